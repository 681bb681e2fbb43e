"""Helpers shared by the fam_p2_*.py families (session P2): the hiring styles real mailboxes
hold and the corpus had little of (an owner answering from a personal Gmail in two lines, UK
public-sector recruitment portals, staffing agencies texting by mail, calendar invites,
one-way video and coding-test platforms, e-signature envelopes, reference and background
checks, start-date logistics) and the same surfaces used for things that are not an
application (a friend's note, a council permit, a rental contract, a dentist's invite).

Employers and roles per world, so the labels (company, job title) follow what a message
names; greetings, sign-offs, dates, reply prefixes and Gmail quote lines for the languages
the other kits lack (Finnish, Czech, Turkish) next to the ones they have. Not a family
module (corpus.py discovers only fam_*.py).

The 20 job families written with this kit (fam_p2_job_people.py, fam_p2_job_platforms.py,
fam_p2_job_checks.py: 400 messages, 13 of 20 families not in English) were set aside after
one build (session 16; they are in git history, commit aa76044 and its two follow-ups). Out of
fold the rest of the corpus teaches too little of their styles: 116 of their 300 training
messages were still read as not-job mail, so holding job recall at the recipe's 0.975 on the
training families pushed the cut to the grid's floor (0.31 / 0.10), and the other training
families' not-job mail kept as job mail went from 383 to 642 (cross-validated job precision
0.971 -> 0.954). The same happened to the informal and public-sector job mail of an earlier
session. Teaching these styles needs a recall rule that does not let one group set the cut.
The employer and role tables stay: the not-job twins draw on them too.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from datetime import datetime

import vocab
from j2_kit import bye as j2_bye
from j2_kit import day as j2_day
from j2_kit import go as j2_go
from j2_kit import hi as j2_hi
from j2_kit import join
from kit import Ctx, ascii_word

__all__ = ["join"]

# Messages per p2_ family (many small families beat few big ones).
P2_N = 20

# world -> employers "Name|domain|legal name|role;role;...".
WORLDS: dict[str, tuple[str, ...]] = {
    # Owners who answer applications themselves.
    "small_en": (
        "Copper Kettle Cafe|copperkettlecafe.co.uk|Copper Kettle Cafe Ltd|Barista;Weekend Kitchen Porter;Cafe Supervisor",
        "Ridgeway Joinery|ridgewayjoinery.co.uk|Ridgeway Joinery Ltd|Apprentice Joiner;Site Carpenter;Workshop Assistant",
        "Blue Heron Books|blueheronbooks.com|Blue Heron Books LLC|Bookseller;Part-time Sales Assistant",
        "Patel Pharmacy|patelpharmacy.co.uk|Patel Pharmacy Ltd|Pharmacy Counter Assistant;Dispenser",
        "Summit Auto Repair|summitautorepair.com|Summit Auto Repair Inc.|Lube Technician;Service Writer;Mechanic",
    ),
    "small_de": (
        "Schreinerei Holzmann|schreinerei-holzmann.de|Schreinerei Holzmann GmbH|Schreiner (m/w/d);Azubi Tischler (m/w/d)",
        "Café Lindenblüte|cafe-lindenbluete.de|Café Lindenblüte Inh. S. Wagner|Servicekraft (m/w/d);Barista auf Minijob-Basis",
        "Malerbetrieb Krüger|maler-krueger.de|Malerbetrieb Krüger e.K.|Maler und Lackierer (m/w/d);Helfer (m/w/d)",
        "Physiopraxis am Markt|physio-am-markt.de|Physiopraxis am Markt|Physiotherapeut (m/w/d);Rezeptionskraft (m/w/d)",
    ),
    # Public bodies hiring through national portals.
    "uk_public": (
        "Northbrook Hospitals NHS Foundation Trust|northbrook.nhs.example|Northbrook Hospitals NHS Foundation Trust|Staff Nurse - Band 5;Healthcare Assistant - Band 3;Medical Secretary - Band 4;Physiotherapist - Band 6",
        "Kestrel Valley NHS Trust|kestrelvalley.nhs.example|Kestrel Valley NHS Trust|Ward Clerk - Band 2;Clinical Coding Officer - Band 4;Radiographer - Band 5",
        "Harbridge City Council|harbridge.gov.example|Harbridge City Council|Planning Officer;Customer Service Advisor;Social Worker (Children's Services)",
        "West Lowland Police|westlowland.police.example|West Lowland Police|Police Staff Investigator;Contact Centre Operator;Data Analyst (Police Staff)",
    ),
    "fi_public": (
        "Järvelän kaupunki|jarvela.fi.example|Järvelän kaupunki|Lastentarhanopettaja;Sairaanhoitaja;Hallintosihteeri;Kirjastovirkailija",
        "Pohjois-Savon hyvinvointialue|pshva.fi.example|Pohjois-Savon hyvinvointialue|Lähihoitaja;Sosiaalityöntekijä;Fysioterapeutti",
    ),
    # Agencies' clients and the roles placed there.
    "agency_pl": (
        "LogiTrans Poznań|logitrans.pl|LogiTrans Sp. z o.o.|Magazynier;Operator wózka widłowego;Pracownik produkcji",
        "Mleczarnia Podlasie|mleczarniapodlasie.pl|Mleczarnia Podlasie S.A.|Pracownik produkcji;Kontroler jakości",
        "AutoParts Wrocław|autopartswroclaw.pl|AutoParts Wrocław Sp. z o.o.|Monter podzespołów;Operator CNC",
    ),
    "agency_nl": (
        "Koelhuis Westland|koelhuiswestland.nl|Koelhuis Westland B.V.|Orderpicker;Heftruckchauffeur;Teamleider logistiek",
        "Bloemenveiling Noord|bloemenveilingnoord.nl|Bloemenveiling Noord B.V.|Productiemedewerker;Administratief medewerker",
        "Gemeente Dalstede|dalstede.nl|Gemeente Dalstede|Medewerker Burgerzaken;Beleidsadviseur Sociaal Domein",
    ),
    # Mid-sized and larger employers per language.
    "fr": (
        "Groupe Vernier|groupe-vernier.fr|Groupe Vernier SA|Chargé(e) de recrutement;Comptable fournisseurs (H/F);Ingénieur méthodes (H/F)",
        "Lumio Santé|lumiosante.fr|Lumio Santé SAS|Développeur Python (H/F);Product Owner (H/F);Data Analyst (H/F)",
        "Mutuelle Armorique|mutuelle-armorique.fr|Mutuelle Armorique|Conseiller clientèle (H/F);Gestionnaire prestations (H/F)",
    ),
    "es": (
        "Grupo Alcázar|grupoalcazar.es|Grupo Alcázar S.A.|Técnico/a de Selección;Analista Financiero/a;Comercial B2B",
        "Retail Mediterráneo|retailmed.es|Retail Mediterráneo S.L.|Jefe/a de Tienda;Dependiente/a;Visual Merchandiser",
        "Banco Sierra|bancosierra.es|Banco Sierra S.A.|Gestor/a Comercial;Analista de Riesgos;Programa Graduados 2025",
    ),
    "pt": (
        "Atlântico Software|atlanticosoftware.pt|Atlântico Software, S.A.|Engenheiro(a) de Software Backend;Programador(a) Java;Engenheiro(a) de Dados",
        "Douro Digital|dourodigital.pt|Douro Digital, Lda.|Programador(a) Full Stack;Engenheiro(a) DevOps;Estagiário(a) de Desenvolvimento",
    ),
    "sv": (
        "Norrsken Fastigheter|norrskenfastigheter.se|Norrsken Fastigheter AB|Förvaltare;Fastighetstekniker;Ekonom",
        "Svea Mjukvara|sveamjukvara.se|Svea Mjukvara AB|Backendutvecklare;Testare;Scrum Master",
        "Kullaberg Vård|kullabergvard.se|Kullaberg Vård AB|Sjuksköterska;Undersköterska;Enhetschef",
    ),
    "it": (
        "Gruppo Ferrante|gruppoferrante.it|Gruppo Ferrante S.p.A.|Responsabile Amministrativo;Addetto/a Ufficio Acquisti;Sviluppatore Java",
        "Lagunare Assicurazioni|lagunare.it|Lagunare Assicurazioni S.p.A.|Liquidatore sinistri;Attuario junior;Customer Care Specialist",
        "Moda Serena|modaserena.it|Moda Serena S.r.l.|Store Manager;Addetto/a alle vendite;Visual Merchandiser",
    ),
    "da": (
        "Kattegat Rederi|kattegatrederi.dk|Kattegat Rederi A/S|Økonomichef;Operatør;Indkøber",
        "Lundgaard Design|lundgaarddesign.dk|Lundgaard Design ApS|Grafisk designer;Marketingkoordinator;UX-designer",
        "Fynbo Forsikring|fynboforsikring.dk|Fynbo Forsikring A/S|Skadebehandler;Jurist;Dataanalytiker",
    ),
    "no": (
        "Nordvik Havbruk|nordvikhavbruk.no|Nordvik Havbruk AS|Driftsleder;Biolog;Økonomisjef",
        "Skarven Teknologi|skarventeknologi.no|Skarven Teknologi AS|Senior utvikler;Dataingeniør;Produkteier",
    ),
    "cs": (
        "Vltava Systems|vltavasystems.cz|Vltava Systems s.r.o.|Java vývojář;Tester softwaru;Analytik dat",
        "Moravská strojírna|moravskastrojirna.cz|Moravská strojírna a.s.|Konstruktér;Mistr výroby;Nákupčí",
        "Pražská pojišťovna|prazskapojistovna.cz|Pražská pojišťovna a.s.|Likvidátor pojistných událostí;Účetní;HR specialista",
    ),
    "tr": (
        "Boğaziçi Lojistik|bogazicilojistik.com.tr|Boğaziçi Lojistik A.Ş.|Lojistik Uzmanı;Satın Alma Uzmanı;Depo Sorumlusu",
        "Anadolu Finans|anadolufinans.com.tr|Anadolu Finans A.Ş.|İç Denetçi;Kredi Analisti;Yazılım Geliştirme Uzmanı",
        "Ege Tekstil|egetekstil.com.tr|Ege Tekstil San. ve Tic. A.Ş.|Üretim Planlama Uzmanı;İK Uzmanı;Muhasebe Uzmanı",
    ),
    "en_corp": (
        "Halden Group|haldengroup.com|Halden Group plc|Senior Financial Analyst;Marketing Manager;Operations Lead",
        "Brightlane Health|brightlanehealth.com|Brightlane Health, Inc.|Product Manager;Senior Data Analyst;Clinical Operations Manager",
        "Corvane Logistics|corvane.com|Corvane Logistics Ltd|Supply Chain Analyst;Transport Planner;Head of Procurement",
        "Meridian Fintech|meridianfintech.io|Meridian Fintech Ltd|Backend Engineer;QA Engineer;Compliance Analyst",
    ),
    "en_startup": (
        "Lumen Stack|lumenstack.io|Lumen Stack, Inc.|Senior Backend Engineer;Founding Designer;Growth Marketer",
        "Parcelbird|parcelbird.com|Parcelbird Technologies Ltd|Full-Stack Engineer;Data Engineer;Customer Success Lead",
        "Vetta AI|vetta.ai|Vetta AI, Inc.|ML Engineer;Product Engineer;Solutions Engineer",
        "Tideline|tideline.dev|Tideline Labs GmbH|Platform Engineer;Frontend Engineer (React);Engineering Manager",
    ),
}


def go(ctx: Ctx, world: str) -> None:
    """Switch this message to an employer of ``world`` and one of its roles (labels follow)."""
    j2_go(ctx, world, WORLDS)


# Greetings and sign-offs the other kits lack; the rest come from j2_kit.
_HELLO = {
    "fi": ("Hei {first},", "Hei {first}!", "Hyvä {first} {last},", "Hei,", "Hyvä hakija,"),
    "cs": (
        "Dobrý den,",
        "Dobrý den {first},",
        "Dobrý den,",
        "Dobrý den,",
    ),
    "tr": (
        "Merhaba {first},",
        "Sayın {first} {last},",
        "Merhaba,",
        "Değerli Aday,",
    ),
    "en_gb": (
        "Dear {first},",
        "Dear {first} {last},",
        "Dear Applicant,",
        "Dear Candidate,",
        "Hello {first},",
    ),
}
_BYE = {
    "fi": ("Ystävällisin terveisin", "Terveisin", "Parhain terveisin", "t."),
    "cs": ("S pozdravem", "S přátelským pozdravem", "Děkuji a přeji hezký den,", "Hezký den,"),
    "tr": ("Saygılarımızla,", "İyi çalışmalar,", "Saygılarımla,", "Sevgiler,"),
    "en_gb": ("Kind regards,", "Best wishes,", "Yours sincerely,", "Many thanks,", "Regards,"),
}


def hi(ctx: Ctx, lang: str, p: float | None = None) -> str:
    """A greeting in ``lang`` (or none): English bodies stand without one, others keep one."""
    if lang in _HELLO:
        chance = p if p is not None else (0.9 if lang == "en_gb" else 1.0)
        return ctx.fill(ctx.pick(_HELLO[lang])) if ctx.chance(chance) else ""
    return j2_hi(ctx, lang, p)


def bye(ctx: Ctx, lang: str, who: str) -> str:
    """A sign-off in ``lang`` and the writer's lines (``who`` is a template)."""
    if lang in _BYE:
        return ctx.pick(_BYE[lang]) + "\n" + ctx.fill(who)
    return j2_bye(ctx, lang, who)


_FI_MONTHS = [
    "tammikuuta",
    "helmikuuta",
    "maaliskuuta",
    "huhtikuuta",
    "toukokuuta",
    "kesäkuuta",
    "heinäkuuta",
    "elokuuta",
    "syyskuuta",
    "lokakuuta",
    "marraskuuta",
    "joulukuuta",
]
_FI_DAYS = [
    "maanantaina",
    "tiistaina",
    "keskiviikkona",
    "torstaina",
    "perjantaina",
    "lauantaina",
    "sunnuntaina",
]
_CS_MONTHS = [
    "ledna",
    "února",
    "března",
    "dubna",
    "května",
    "června",
    "července",
    "srpna",
    "září",
    "října",
    "listopadu",
    "prosince",
]
_CS_DAYS = ["v pondělí", "v úterý", "ve středu", "ve čtvrtek", "v pátek", "v sobotu", "v neděli"]
_TR_MONTHS = [
    "Ocak",
    "Şubat",
    "Mart",
    "Nisan",
    "Mayıs",
    "Haziran",
    "Temmuz",
    "Ağustos",
    "Eylül",
    "Ekim",
    "Kasım",
    "Aralık",
]
_TR_DAYS = ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"]


def day(ctx: Ctx, when: datetime, lang: str = "en") -> str:
    """A date as a writer of ``lang`` puts it."""
    if lang == "fi":
        return ctx.pick(
            [
                f"{_FI_DAYS[when.weekday()]} {when.day}. {_FI_MONTHS[when.month - 1]}",
                f"{when.day}.{when.month}.{when.year}",
            ]
        )
    if lang == "cs":
        return ctx.pick(
            [
                f"{_CS_DAYS[when.weekday()]} {when.day}. {_CS_MONTHS[when.month - 1]}",
                f"{when.day}. {when.month}. {when.year}",
            ]
        )
    if lang == "tr":
        return ctx.pick(
            [
                f"{when.day} {_TR_MONTHS[when.month - 1]} {_TR_DAYS[when.weekday()]}",
                f"{when:%d.%m.%Y}",
            ]
        )
    if lang == "en_gb":
        return ctx.pick(
            [
                f"{when:%A} {when.day} {vocab.MONTHS[when.month - 1]}",
                f"{when:%d/%m/%Y}",
                f"{when.day} {vocab.MONTHS[when.month - 1]} {when.year}",
            ]
        )
    return j2_day(ctx, when, lang)


def at(ctx: Ctx, when: datetime, lang: str = "en") -> str:
    """A date and a time (24-hour outside English) as a writer of ``lang`` puts them."""
    if lang == "en":
        hour = (when.hour - 1) % 12 + 1
        return (
            f"{day(ctx, when, lang)} at {hour}:{when.minute:02d} {'am' if when.hour < 12 else 'pm'}"
        )
    if lang == "ja":
        return f"{day(ctx, when, lang)} {when:%H:%M}〜"
    word = {
        "en_gb": "at",
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
        "fi": "klo",
        "cs": "v",
        "tr": "saat",
    }[lang]
    clock = (
        f"{when.hour}h{when.minute:02d}" if lang == "fr" and ctx.chance(0.5) else f"{when:%H:%M}"
    )
    if lang == "fi":
        clock = f"{when.hour}.{when.minute:02d}"
    return f"{day(ctx, when, lang)} {word} {clock}"


# The prefix a reply's subject gets, and the line Gmail puts above a quoted message.
RE = {
    "en": "Re: ",
    "en_gb": "RE: ",
    "de": "AW: ",
    "fr": "RE\u00a0: ",
    "es": "RE: ",
    "it": "R: ",
    "nl": "Re: ",
    "pt": "RE: ",
    "sv": "SV: ",
    "da": "SV: ",
    "no": "SV: ",
    "fi": "VS: ",
    "pl": "Odp: ",
    "cs": "Re: ",
    "tr": "YNT: ",
    "ja": "Re: ",
}
_GMAIL = {
    "en": "On {d:%a, %b %d, %Y at %I:%M %p} {who} <{addr}> wrote:",
    "en_gb": "On {d:%a, %d %b %Y at %H:%M}, {who} <{addr}> wrote:",
    "de": "Am {d:%d.%m.%Y} um {d:%H:%M} schrieb {who} <{addr}>:",
    "fr": "Le {d:%d/%m/%Y} à {d:%H:%M}, {who} <{addr}> a écrit\u00a0:",
    "es": "El {d:%d/%m/%Y} a las {d:%H:%M}, {who} (<{addr}>) escribió:",
    "it": "Il giorno {d:%d/%m/%Y} alle ore {d:%H:%M} {who} <{addr}> ha scritto:",
    "nl": "Op {d:%d-%m-%Y} om {d:%H:%M} schreef {who} <{addr}>:",
    "pt": "Em {d:%d/%m/%Y} às {d:%H:%M}, {who} <{addr}> escreveu:",
    "sv": "Den {d:%d-%m-%Y} kl. {d:%H:%M} skrev {who} <{addr}>:",
    "da": "Den {d:%d.%m.%Y} kl. {d:%H.%M} skrev {who} <{addr}>:",
    "no": "Den {d:%d.%m.%Y} kl. {d:%H:%M} skrev {who} <{addr}>:",
    "fi": "{who} <{addr}> kirjoitti {d:%d.%m.%Y} klo {d:%H.%M}:",
    "pl": "W dniu {d:%d.%m.%Y} o {d:%H:%M} {who} <{addr}> napisał(a):",
    "cs": "Dne {d:%d.%m.%Y} v {d:%H:%M} {who} <{addr}> napsal(a):",
    "tr": "{who} <{addr}>, {d:%d %m %Y} tarihinde şunu yazdı:",
    "ja": "{d:%Y年%m月%d日} {d:%H:%M} {who} <{addr}>:",
}


def quote(ctx: Ctx, lang: str, who: str, addr: str, when: datetime, text: str) -> str:
    """An earlier message below a reply, as Gmail puts it in its user's language."""
    body = "\n".join("> " + line if line else ">" for line in text.strip().splitlines())
    return _GMAIL[lang].format(d=when, who=who, addr=addr) + "\n" + body


# Where people write from when they do not use a company's domain.
PERSONAL = {
    "en": ("gmail.com", "gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk"),
    "de": ("gmail.com", "gmx.de", "web.de", "t-online.de"),
    "nl": ("gmail.com", "ziggo.nl", "hotmail.com", "kpnmail.nl"),
    "pl": ("gmail.com", "wp.pl", "o2.pl", "interia.pl"),
    "fr": ("gmail.com", "orange.fr", "free.fr"),
    "es": ("gmail.com", "hotmail.es", "yahoo.es"),
    "sv": ("gmail.com", "hotmail.se", "telia.com"),
    "no": ("gmail.com", "online.no", "hotmail.com"),
}


def personal_addr(ctx: Ctx, lang: str, first: str = "", last: str = "") -> str:
    """A person's own mailbox (``first``/``last`` default to this message's other person)."""
    f = ascii_word(first or ctx.person_first)
    ln = ascii_word(last or ctx.person_last)
    shape = ctx.pick(["{f}.{l}", "{f}{l}", "{i}{l}{n}", "{f}.{l}{n}", "{f}{n}"])
    return (
        shape.format(f=f, l=ln, i=f[:1], n=ctx.num(1, 99))
        + "@"
        + ctx.pick(PERSONAL.get(lang, PERSONAL["en"]))
    )


def mobile_sig(ctx: Ctx, lang: str) -> str:
    """What a phone puts under a message, sometimes nothing."""
    table = {
        "en": ("Sent from my iPhone", "Sent from my Galaxy", "Sent from Outlook for Android", ""),
        "de": ("Von meinem iPhone gesendet", "Gesendet von meinem Smartphone", ""),
        "nl": ("Verzonden vanaf mijn iPhone", "Verstuurd vanaf mijn Samsung", ""),
        "pl": ("Wysłane z iPhone'a", "Wysłano z telefonu", ""),
    }
    return ctx.pick(table.get(lang, ("",)))


# Platforms that send for an employer: (brand, sending domain, web host).
VIDEO = (
    ("Vidlyn", "vidlyn.io", "app.vidlyn.io"),
    ("Interviewstream One", "interviewstream.example", "candidate.interviewstream.example"),
    ("Sparkcue", "sparkcue.com", "go.sparkcue.com"),
)
TESTS = (
    ("Codetrial", "codetrial.io", "app.codetrial.io"),
    ("TestLane", "testlane.dev", "candidate.testlane.dev"),
    ("Algopath", "algopath.com", "assess.algopath.com"),
)
ESIGN = (
    ("Signhub", "signhub.example", "app.signhub.example"),
    ("PenPoint Sign", "penpointsign.com", "sign.penpointsign.com"),
    ("Skrivfast", "skrivfast.se", "app.skrivfast.se"),
)
