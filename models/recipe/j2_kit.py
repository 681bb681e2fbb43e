"""Helpers shared by the fam_j2_*.py families (session 10, helper J2): employers and roles of
hiring worlds the corpus had little of (big-tech recruiting loops, founders hiring from their
own domain, consulting and investment-bank recruiting seasons, law firms, Big-4 graduate
recruiting, pharma, NGOs and UN agencies, schools, hotel groups, airlines, game studios,
design and remote-first companies, executive search), each in the languages such employers
write in, plus greetings, sign-offs and dates for Danish and Norwegian mail.

``go`` switches a message to one of those employers and one of its roles, so the labels
(company, job title) follow what the message really names. Not a family module (corpus.py
discovers only fam_*.py).
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import vocab
from j1_kit import MORE_BYE, MORE_HELLO, Make, j1
from j1_kit import day as j1_day
from kit import Ctx, ascii_word
from zd_kit import BYE, HELLO, clock

# Messages per j2_ family (many small families beat few big ones).
J2_N = 20

# kind -> employers "Name|domain|legal name|role;role;...".
WORLDS: dict[str, tuple[str, ...]] = {
    "bigtech": (
        "Nimbus|nimbus.com|Nimbus Inc.|Software Engineer II;Senior Software Engineer, Infrastructure;Data Scientist, Product Analytics;Site Reliability Engineer;Software Engineer, Machine Learning",
        "Orbitly|orbitly.com|Orbitly, Inc.|Software Engineer (Backend);Product Manager, Ads;Senior iOS Engineer;Engineering Manager, Payments",
        "Helix Cloud|helixcloud.com|Helix Cloud Corporation|Solutions Architect;Software Development Engineer;Senior Data Engineer;Technical Program Manager",
        "Quanta Search|quantasearch.com|Quanta Search LLC|Software Engineer, New Grad;Research Scientist;Security Engineer;UX Researcher",
    ),
    "startup": (
        "Ferrous|ferrous.dev|Ferrous Labs Inc.|Founding Engineer;Senior Backend Engineer;Product Designer",
        "Kiln|kiln.so|Kiln Technologies Ltd|Founding Engineer;Full-stack Engineer;Head of Growth",
        "Tallyho|tallyho.app|Tallyho GmbH|Senior Frontend Engineer;Founding Product Manager;Data Engineer",
        "Mossbank|mossbank.io|Mossbank SAS|Backend Engineer (Elixir);Head of Operations;Design Engineer",
        "Loopwise|loopwise.ai|Loopwise AI, Inc.|ML Engineer;Founding Engineer;Developer Advocate",
    ),
    "consulting": (
        "Whitfield & Partners|whitfieldpartners.com|Whitfield & Partners LLP|Associate;Business Analyst;Summer Associate;Consultant",
        "Crane Strategy Group|cranestrategy.com|Crane Strategy Group Inc.|Associate Consultant;Senior Associate;Summer Associate",
        "Boreal Advisory|borealadvisory.com|Boreal Advisory GmbH|Junior Consultant;Associate;Fellow",
    ),
    "ibank": (
        "Ashgrove Capital|ashgrovecapital.com|Ashgrove Capital Markets LLC|Investment Banking Summer Analyst;Investment Banking Analyst;Sales & Trading Summer Analyst",
        "Lindqvist Brothers|lindqvistbros.com|Lindqvist Brothers & Co.|Investment Banking Analyst;Equity Research Associate;Global Markets Analyst",
        "Marlowe Sterling|marlowesterling.com|Marlowe Sterling plc|Summer Analyst - M&A;Off-Cycle Intern - Leveraged Finance;Graduate Analyst - Markets",
    ),
    "law": (
        "Hollis Crane LLP|holliscrane.com|Hollis Crane LLP|Vacation Scheme 2025;Trainee Solicitor;Training Contract 2027;Paralegal",
        "Bramwell Ashby|bramwellashby.com|Bramwell Ashby LLP|Winter Vacation Scheme;Trainee Solicitor (September 2027 intake);Spring Insight Scheme",
        "Ostrander Vale|ostrandervale.com|Ostrander Vale LLP|Summer Associate;Junior Associate - Corporate;Litigation Associate",
    ),
    "big4": (
        "Carrow Kent|carrowkent.com|Carrow Kent LLP|Audit Graduate Programme;Tax Associate;Technology Consulting Graduate;Deals Analyst",
        "Fairley Young|fairleyyoung.com|Fairley Young LLP|Assurance Associate;Risk Advisory Graduate;Consulting Analyst",
        "Pryce Lorimer|prycelorimer.com|Pryce Lorimer Services LLP|Audit Associate;Tax Graduate;Forensic Analyst",
    ),
    "pharma": (
        "Veridian Therapeutics|veridiantx.com|Veridian Therapeutics, Inc.|Scientist II, Protein Sciences;Clinical Research Associate;Medical Science Liaison;QA Specialist",
        "Alvero Pharma|alveropharma.com|Alvero Pharma AG|Regulatory Affairs Manager;Process Engineer;Senior Scientist, Analytical Development",
        "Corvia Bio|corviabio.com|Corvia Biosciences Ltd|Research Associate;Bioinformatician;Clinical Trial Manager",
    ),
    "ngo": (
        "United Nations Relief Office|unro.org.example|United Nations Relief Office|Programme Officer (P-3);Associate Information Management Officer (P-2);Finance Assistant (G-6)",
        "Médecins du Monde Ouvert|mdmo.org.example|Médecins du Monde Ouvert|Coordinateur/trice logistique;Chargé(e) de plaidoyer;Responsable RH terrain",
        "Save Tomorrow International|savetomorrow.org.example|Save Tomorrow International|Monitoring & Evaluation Officer;Grants Manager;Country Director",
        "World Water Alliance|worldwater.org.example|World Water Alliance|WASH Specialist;Programme Coordinator;Communications Officer",
    ),
    "school": (
        "St. Aldric's School|staldrics.sch.example|St. Aldric's School|Teacher of Mathematics;Head of Science;Teacher of English (maternity cover);Teaching Assistant",
        "Harrowgate Academy Trust|harrowgatetrust.example|Harrowgate Academy Trust|Teacher of Computing;SENCo;Teacher of Geography",
        "Northfield International School|northfield-is.example|Northfield International School|Primary Class Teacher;IB Diploma Chemistry Teacher;Head of Year 9",
    ),
    "hotel": (
        "Ardent Hotels|ardenthotels.com|Ardent Hotels & Resorts|Front Office Manager;Sous Chef;Guest Service Agent;Revenue Analyst",
        "Casa Marea|casamarea.example|Casa Marea Hospitality Group|Chef de Partie;Restaurant Manager;Sommelier;Barista",
        "Larchwood Inns|larchwoodinns.example|Larchwood Inns Ltd|Duty Manager;Housekeeping Supervisor;Commis Chef",
    ),
    "airline": (
        "Skyreach Airways|skyreach.aero|Skyreach Airways Ltd|Cabin Crew;Cabin Crew - Gatwick base;Cadet Pilot;Ground Operations Agent",
        "Aurora Air|auroraair.example|Aurora Air AB|Cabin Crew - Stockholm base;Flight Attendant;Customer Service Agent",
        "Pacifica Airlines|pacifica-air.example|Pacifica Airlines Pte Ltd|Cabin Crew (Singapore-based);Flight Steward/Stewardess;Airport Services Officer",
    ),
    "games": (
        "Glasswing Games|glasswing.games|Glasswing Games Ltd|Environment Artist;Senior Character Artist;Gameplay Programmer;Technical Artist;Level Designer",
        "Pixel Fjord|pixelfjord.com|Pixel Fjord AS|3D Artist;Concept Artist;Game Designer;UI Artist",
        "Wildcard Interactive|wildcardinteractive.com|Wildcard Interactive S.A.|Animator;VFX Artist;Narrative Designer",
    ),
    "design": (
        "Studio Marrow|studiomarrow.com|Studio Marrow Ltd|Senior Product Designer;Brand Designer;UX Writer;Design Lead",
        "Fathom & Field|fathomandfield.com|Fathom & Field Inc.|Product Designer;Visual Designer;Interaction Designer",
    ),
    "remote": (
        "Driftwood|driftwood.dev|Driftwood, Inc.|Senior Backend Engineer (Remote);Staff Engineer;Developer Experience Engineer",
        "Openfield|openfield.io|Openfield OÜ|Full-Stack Engineer (Remote, EU);Support Engineer;Platform Engineer",
        "Quietloop|quietloop.com|Quietloop Ltd|Senior Rails Engineer;Product Engineer;Data Analyst (Remote)",
    ),
    "exec": (
        "Harcourt Lane|harcourtlane.com|Harcourt Lane Holdings|Chief Financial Officer;Chief Operating Officer;VP Engineering",
        "Solenne Group|solennegroup.com|Solenne Group SA|Managing Director, Iberia;Chief Technology Officer;General Counsel",
        "Brightwater Foods|brightwaterfoods.com|Brightwater Foods plc|Chief People Officer;Managing Director;Head of Supply Chain",
    ),
    "da": (
        "Nordlys Energi|nordlysenergi.dk|Nordlys Energi A/S|Projektleder;Elektriker;Dataanalytiker;Økonomimedarbejder",
        "Region Østjylland|regionostjylland.dk|Region Østjylland|Sygeplejerske;Lægesekretær;IT-supporter",
        "Havnegade Skole|havnegadeskole.dk|Havnegade Skole|Lærer i dansk og historie;Pædagog;Skoleleder",
        "Bølgen Software|bolgensoftware.dk|Bølgen Software ApS|Softwareudvikler;Frontend-udvikler;Product Owner",
    ),
    "no": (
        "Fjordkraft Nett|fjordkraftnett.no|Fjordkraft Nett AS|Ingeniør;Prosjektleder;Driftsoperatør",
        "Helse Vestland|helsevestland.no|Helse Vestland HF|Sykepleier;Helsefagarbeider;Spesialrådgiver",
        "Tindsoft|tindsoft.no|Tindsoft AS|Utvikler;Systemarkitekt;Rådgiver",
        "Bergvik kommune|bergvik.kommune.example|Bergvik kommune|Lektor;Saksbehandler;Barnehagelærer",
    ),
}


def go(ctx: Ctx, kind: str, worlds: dict[str, tuple[str, ...]] | None = None) -> None:
    """Switch this message to an employer of ``kind`` and one of its roles (labels follow).

    ``worlds`` is another kit's table in the same "Name|domain|legal name|role;role" form.
    """
    name, domain, legal, roles = ctx.pick((worlds or WORLDS)[kind]).split("|")
    ctx._co = vocab.Company(name, domain, legal)
    ctx._title = ctx.pick(roles.split(";"))


def person_addr(ctx: Ctx, domain: str = "") -> str:
    """A named person's mailbox at the employer (or at ``domain``)."""
    first, last = ascii_word(ctx.person_first), ascii_word(ctx.person_last)
    shape = ctx.pick(["{f}.{l}", "{f}", "{i}{l}", "{f}{l}"])
    return shape.format(f=first, l=last, i=first[:1]) + "@" + (domain or ctx.domain)


NORDIC_HELLO = {
    "da": ("Kære {first},", "Hej {first},", "Hej {first}!", "Kære {first} {last},", "Hej,"),
    "no": ("Hei {first},", "Hei {first}!", "Hei,", "Kjære {first},", "Hei {first} {last},"),
}
NORDIC_BYE = {
    "da": ("Venlig hilsen", "Med venlig hilsen", "Mvh.", "Bedste hilsner", "Hilsen"),
    "no": ("Vennlig hilsen", "Med vennlig hilsen", "Mvh", "Beste hilsen", "Hilsen"),
}
EN_HELLO = ("Hi {first},", "Hello {first},", "Dear {first},", "Dear {first} {last},", "Hi,")
EN_BYE = ("Best,", "Kind regards,", "Thanks,", "Regards,", "Many thanks,", "Best wishes,")

_DA_MONTHS = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
]
_NO_MONTHS = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
]
_DA_DAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
_NO_DAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def hi(ctx: Ctx, lang: str, p: float | None = None) -> str:
    """A greeting in ``lang`` or none (English bodies stand without one; others start lower-case)."""
    if not ctx.chance(p if p is not None else (0.9 if lang == "en" else 1.0)):
        return ""
    table = (
        EN_HELLO if lang == "en" else NORDIC_HELLO.get(lang) or MORE_HELLO.get(lang) or HELLO[lang]
    )
    return ctx.fill(ctx.pick(table))


def bye(ctx: Ctx, lang: str, who: str) -> str:
    """A sign-off in ``lang`` and the writer's lines (``who`` is a template)."""
    table = EN_BYE if lang == "en" else NORDIC_BYE.get(lang) or MORE_BYE.get(lang) or BYE[lang]
    return ctx.pick(table) + "\n" + ctx.fill(who)


def day(ctx: Ctx, when: datetime, lang: str = "en") -> str:
    """A date as a writer of ``lang`` puts it."""
    if lang in ("da", "no"):
        months = _DA_MONTHS if lang == "da" else _NO_MONTHS
        days = _DA_DAYS if lang == "da" else _NO_DAYS
        return ctx.pick(
            [
                f"{days[when.weekday()]}{' den' if lang == 'da' else ''} {when.day}. {months[when.month - 1]}",
                f"{when.day}. {months[when.month - 1]}",
                f"{when:%d.%m.%Y}",
            ]
        )
    return j1_day(ctx, when, lang)


def at(ctx: Ctx, when: datetime, lang: str = "en") -> str:
    """A date and a time as a writer of ``lang`` puts them."""
    word = {
        "en": "at",
        "de": "um",
        "fr": "à",
        "es": "a las",
        "it": "alle",
        "nl": "om",
        "pt": "às",
        "da": "kl.",
        "no": "kl.",
        "sv": "kl.",
        "pl": "o godz.",
    }[lang]
    return (
        f"{day(ctx, when, lang)} {word} {clock(ctx, when, lang if lang in ('en', 'fr') else 'de')}"
    )


def join(*parts: str) -> str:
    """Paragraphs, the empty (optional, not drawn) ones left out."""
    return "\n\n".join(p for p in parts if p and p.strip())


def j2(name: str, category: str, *, lang: str = "en") -> Callable[[Make], Make]:
    """``kit.family`` with J2_N messages and one requisition number per message."""
    return j1(name, category, lang=lang, n=J2_N)
