"""Helpers shared by the fam_j1_*.py families (session 10, helper J1): employers and roles of
the hiring worlds the corpus had little of (warehouses and shops hiring in bulk, civil
services, police and fire services, universities, apprenticeships and graduate schemes,
agency temping, healthcare staffing, trades) in the languages those employers write in, and
greetings, sign-offs and dates for Polish, Swedish and Japanese mail (zd_kit covers the rest).

``move`` switches a message to one of those employers and roles, so the labels (company,
job title) follow what the message really names. Not a family module (corpus.py discovers
only fam_*.py).
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import vocab
from kit import Ctx, Draft, ascii_word, family
from zd_kit import BYE, HELLO, clock, date_in

# Messages per j1_ family (the corpus has a size budget; many small families beat few big ones).
J1_N = 20

Make = Callable[[Ctx], Draft]


def j1(name: str, category: str, *, lang: str = "en", n: int = J1_N) -> Callable[[Make], Make]:
    """``kit.family`` with one requisition number per message (mail repeats the same id)."""

    def register(make: Make) -> Make:
        def one_req(ctx: Ctx) -> Draft:
            value = ctx.req_id()
            object.__setattr__(ctx, "req_id", lambda: value)
            return make(ctx)

        family(name, category, lang=lang, n=n)(one_req)
        return make

    return register


US_CITIES = (
    "Columbus, OH",
    "Reno, NV",
    "Fort Worth, TX",
    "Allentown, PA",
    "Stockton, CA",
    "Joliet, IL",
    "Memphis, TN",
)

# kind -> employers "Name|domain|legal name" and the roles they hire for.
WORLDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "us_hourly": (
        (
            "Bayside Fulfillment|baysidefulfillment.com|Bayside Fulfillment LLC",
            "GreenCart Grocery|greencart.example|GreenCart Stores, Inc.",
            "Parcelway|parcelway.example|Parcelway Logistics Inc.",
            "Mountain Mart|mountainmart.example|Mountain Mart Holdings",
            "Sunny Side Diner|sunnysidediner.example|Sunny Side Diner Inc.",
            "Starlight Theatres|starlighttheatres.example|Starlight Theatres LLC",
        ),
        (
            "Warehouse Associate",
            "Seasonal Package Handler",
            "Cashier",
            "Stocker - Overnight",
            "Forklift Operator",
            "Shift Lead",
            "Server",
            "Dishwasher",
            "Crew Member",
        ),
    ),
    "uk_hourly": (
        (
            "Parcelpoint|parcelpoint.example|Parcelpoint Ltd",
            "FreshMart Distribution|freshmart.example|FreshMart Stores Ltd",
            "Harbour View Hotel|harbourviewhotel.example|Harbour View Hotel Ltd",
            "Midland Foods|midlandfoods.example|Midland Foods plc",
        ),
        (
            "Warehouse Operative",
            "Picker Packer",
            "Kitchen Porter",
            "Forklift Driver (Counterbalance)",
            "Housekeeping Assistant",
            "Production Operative",
        ),
    ),
    "uk_civil": (
        (
            "HM Revenue and Customs|hmrc.gov.example|HM Revenue and Customs",
            "Department for Work and Pensions|dwp.gov.example|Department for Work and Pensions",
            "Ministry of Justice|justice.gov.example|Ministry of Justice",
            "Office for National Statistics|ons.gov.example|Office for National Statistics",
            "Home Office|homeoffice.gov.example|Home Office",
        ),
        (
            "Administrative Officer",
            "Executive Officer",
            "Higher Executive Officer - Policy",
            "Senior Executive Officer - Data",
            "Work Coach",
            "Operational Delivery Officer",
            "Prison Officer",
            "Statistical Officer",
        ),
    ),
    "us_public": (
        (
            "City of Maple Falls|maplefalls.gov.example|City of Maple Falls",
            "Harlan County|harlancounty.gov.example|Harlan County",
            "State Department of Transportation|dot.state.example|State Department of Transportation",
            "Eastvale Unified School District|eastvaleusd.example|Eastvale Unified School District",
        ),
        (
            "Administrative Specialist II",
            "Civil Engineer III",
            "Park Maintenance Worker",
            "Accounting Technician",
            "Librarian I",
            "GIS Analyst",
            "Building Inspector",
        ),
    ),
    "uniform": (
        (
            "Westshire Police|westshire.police.example|Westshire Constabulary|Police Constable;Police Community Support Officer;Police Staff Investigator;Emergency Call Handler",
            "Metro Fire and Rescue|metrofire.gov.example|Metro Fire and Rescue Service|Firefighter (Wholetime);Firefighter (On-Call);Fire Control Operator",
            "Northern Ambulance Service|northernambulance.nhs.example|Northern Ambulance Service NHS Trust|Trainee Paramedic;Emergency Medical Technician;Emergency Call Handler",
            "Riverton Police Department|rivertonpd.gov.example|City of Riverton Police Department|Police Officer Recruit;Police Officer (Lateral);911 Dispatcher",
        ),
        (
            "Police Constable",
            "Firefighter (Wholetime)",
            "Police Officer Recruit",
            "Emergency Call Handler",
            "Police Community Support Officer",
            "Trainee Paramedic",
            "Firefighter/EMT",
        ),
    ),
    "academic": (
        (
            "University of Eastmoor|eastmoor.ac.example|University of Eastmoor",
            "Lakeshore State University|lakeshore.edu.example|Lakeshore State University",
            "Halvorsen College|halvorsen.edu.example|Halvorsen College",
            "Kingsbridge University|kingsbridge.ac.example|Kingsbridge University",
            "Pacific Crest University|pacificcrest.edu.example|Pacific Crest University",
        ),
        (
            "Assistant Professor of Computer Science",
            "Assistant Professor of Sociology",
            "Lecturer in Economics",
            "Tenure-Track Assistant Professor in Chemistry",
            "Postdoctoral Research Associate",
            "Assistant Professor of History",
            "Senior Lecturer in Statistics",
        ),
    ),
    "health_staff": (
        (
            "Mercy Valley Medical Center|mercyvalley.example|Mercy Valley Medical Center",
            "St. Brendan Regional Hospital|stbrendans.example|St. Brendan Regional Hospital",
            "Lakeview Health System|lakeviewhealth.example|Lakeview Health System",
            "Desert Palms Medical Center|desertpalms.example|Desert Palms Medical Center",
        ),
        (
            "Travel RN - ICU",
            "Travel RN - Med/Surg",
            "Travel RN - Labor & Delivery",
            "Travel Respiratory Therapist",
            "Travel CT Technologist",
            "Travel RN - ER",
        ),
    ),
    "uk_trades": (
        (
            "Hartley and Sons Builders|hartleyandsons.example|Hartley and Sons Builders Ltd",
            "Brightspark Electrical|brightspark.example|Brightspark Electrical Ltd",
            "Keller Mechanical|kellermech.example|Keller Mechanical Services Ltd",
            "Ashdown Construction|ashdowncon.example|Ashdown Construction Ltd",
        ),
        (
            "Approved Electrician",
            "Gas Engineer",
            "Multi-skilled Maintenance Operative",
            "Plumber",
            "Scaffolder",
            "Bricklayer",
            "Site Joiner",
        ),
    ),
    "grad": (
        (
            "Castleford Building Society|castlefordbs.example|Castleford Building Society",
            "Meridian Insurance|meridianins.com|Meridian Insurance Company",
            "Summit Bank|summitbank.com|Summit Bank N.A.",
            "Evergreen Energy|evergreenenergy.com|Evergreen Energy Corp.",
            "Vantage Point|vantagepoint.com|Vantage Point Consulting LLP",
            "Northline Rail Services|northlinerail.example|Northline Rail Services Ltd",
        ),
        (
            "Graduate Scheme - Finance",
            "Technology Graduate Programme",
            "Degree Apprenticeship - Software Engineering",
            "Summer Internship - Risk",
            "Graduate Engineer",
            "Level 3 Apprenticeship - Business Administration",
            "Actuarial Graduate",
        ),
    ),
    "de": (
        (
            "Kraftwerk Logistik|kraftwerk-logistik.de|Kraftwerk Logistik GmbH",
            "Stadtwerke Lindenau|stadtwerke-lindenau.de|Stadtwerke Lindenau GmbH",
            "Bäckerei Sonnenkorn|sonnenkorn.de|Bäckerei Sonnenkorn GmbH",
            "Elbtal Kliniken|elbtal-kliniken.de|Elbtal Kliniken gGmbH",
            "Nordhafen Versicherung|nordhafen-versicherung.de|Nordhafen Versicherung AG",
            "Quantum Leaf|quantumleaf.io|Quantum Leaf GmbH",
            "Mayer Elektrotechnik|mayer-elektro.de|Mayer Elektrotechnik GmbH",
        ),
        (
            "Kaufmann im Einzelhandel (m/w/d)",
            "Fachkraft für Lagerlogistik (m/w/d)",
            "Elektroniker für Energie- und Gebäudetechnik (m/w/d)",
            "Pflegefachkraft (m/w/d)",
            "Sachbearbeiter Buchhaltung (m/w/d)",
            "Softwareentwickler Java (m/w/d)",
            "Werkstudent Marketing (m/w/d)",
            "Duales Studium Informatik (B.Sc.)",
            "Industriekaufmann (m/w/d)",
        ),
    ),
    "fr": (
        (
            "Groupe Hôtelier Lumière|groupe-lumiere.fr|Groupe Hôtelier Lumière SAS",
            "Banque Rivemont|rivemont.fr|Banque Rivemont SA",
            "Centre Hospitalier de Valbonne|ch-valbonne.fr|Centre Hospitalier de Valbonne",
            "Atelier Numérique|ateliernumerique.fr|Atelier Numérique SAS",
            "Transports Garnier|transports-garnier.fr|Transports Garnier SARL",
            "Mairie de Saint-Aubin|saint-aubin.fr|Ville de Saint-Aubin",
        ),
        (
            "Chargé de clientèle (H/F)",
            "Développeur Full Stack (H/F)",
            "Infirmier(e) de bloc opératoire",
            "Réceptionniste de nuit (H/F)",
            "Alternance - Assistant RH",
            "Contrôleur de gestion junior (H/F)",
            "Stage - Data Analyst (6 mois)",
            "Chef de projet digital (H/F)",
        ),
    ),
    "es": (
        (
            "Grupo Solaria|gruposolaria.es|Grupo Solaria S.L.",
            "Hoteles Brisamar|brisamar.es|Hoteles Brisamar S.A.",
            "Clínica Santa Elena|clinicasantaelena.es|Clínica Santa Elena S.L.",
            "Ayuntamiento de Villaverde|villaverde.es|Ayuntamiento de Villaverde",
            "Tecnalia Digital|tecnaliadigital.es|Tecnalia Digital S.L.",
            "Supermercados Olivar|olivar.es|Supermercados Olivar S.A.",
        ),
        (
            "Desarrollador/a Backend",
            "Camarero/a de sala",
            "Enfermero/a de planta",
            "Técnico/a de administración",
            "Analista de datos",
            "Dependiente/a",
            "Ingeniero/a de calidad",
            "Becario/a de Marketing",
        ),
    ),
    "it": (
        (
            "Gruppo Ferraresi|gruppoferraresi.it|Gruppo Ferraresi S.p.A.",
            "Banca Adriatica|bancaadriatica.it|Banca Adriatica S.p.A.",
            "Officine Meccaniche Rinaldi|omrinaldi.it|Officine Meccaniche Rinaldi S.r.l.",
            "Studio Legale Conti|studiolegaleconti.it|Studio Legale Conti & Associati",
            "Nuvola Software|nuvolasoftware.it|Nuvola Software S.r.l.",
        ),
        (
            "Stage in Marketing",
            "Tirocinio curriculare - Ingegneria gestionale",
            "Sviluppatore Python",
            "Impiegato/a amministrativo/a",
            "Analista finanziario junior",
            "Tecnico manutentore",
            "Praticante avvocato",
        ),
    ),
    "nl": (
        (
            "Gemeente Waterveld|waterveld.nl|Gemeente Waterveld",
            "Rijksdienst voor Infrastructuur|rijksinfra.nl|Rijksdienst voor Infrastructuur",
            "Zorggroep De Linde|zorggroepdelinde.nl|Zorggroep De Linde",
            "Van Dijk Transport|vandijktransport.nl|Van Dijk Transport B.V.",
            "Tulp Technologies|tulptech.nl|Tulp Technologies B.V.",
            "Hogeschool Amstelland|amstelland.hs.example|Hogeschool Amstelland",
        ),
        (
            "Beleidsmedewerker Wonen",
            "Projectleider Infrastructuur",
            "Verpleegkundige niveau 4",
            "Planner Transport",
            "Medior Java Developer",
            "Docent Wiskunde",
            "Medewerker Klantcontact",
            "Data-analist",
        ),
    ),
    "pt": (
        (
            "Banco Atlântico|bancoatlantico.com.br|Banco Atlântico S.A.",
            "Nuvem Tecnologia|nuvemtec.com.br|Nuvem Tecnologia Ltda.",
            "Varejo Bom Preço|bompreco.com.br|Bom Preço Varejo S.A.",
            "Lusa Engenharia|lusaengenharia.pt|Lusa Engenharia, S.A.",
            "Hospital São Lucas|hsaolucas.com.br|Hospital São Lucas",
        ),
        (
            "Desenvolvedor(a) Back-end Pleno",
            "Analista de Dados Júnior",
            "Estagiário(a) de Engenharia",
            "Engenheiro(a) de Software",
            "Analista de RH",
            "Técnico(a) de Enfermagem",
        ),
    ),
    "pl": (
        (
            "Wisła Logistics|wislalogistics.pl|Wisła Logistics Sp. z o.o.",
            "Bank Pomorski|bankpomorski.pl|Bank Pomorski S.A.",
            "Softwarehaus Kraków|softwarehaus.pl|Softwarehaus Kraków Sp. z o.o.",
            "Szpital Miejski w Lublinie|szpital-lublin.pl|Szpital Miejski w Lublinie",
            "Mazowiecka Energetyka|mazowiecka-energia.pl|Mazowiecka Energetyka S.A.",
        ),
        (
            "Programista Java",
            "Specjalista ds. księgowości",
            "Młodszy Analityk Danych",
            "Stażysta w dziale HR",
            "Magazynier",
            "Pielęgniarka",
            "Tester oprogramowania",
            "Specjalista ds. obsługi klienta",
        ),
    ),
    "sv": (
        (
            "Region Norrdal|regionnorrdal.se|Region Norrdal",
            "Lindby kommun|lindby.kommun.example|Lindby kommun",
            "Fjällvind Energi|fjallvind.se|Fjällvind Energi AB",
            "Foxtrot Games|foxtrotgames.com|Foxtrot Games Studio AB",
            "Skärgårdens Logistik|skargardenslogistik.se|Skärgårdens Logistik AB",
        ),
        (
            "Sjuksköterska",
            "Systemutvecklare",
            "Handläggare",
            "Lärare i matematik",
            "Ekonomiassistent",
            "Lagerarbetare",
            "Projektledare",
            "Undersköterska",
        ),
    ),
    "ja": (
        (
            "株式会社さくらテクノロジー|sakura-tech.co.jp|株式会社さくらテクノロジー",
            "東和商事株式会社|towa-shoji.co.jp|東和商事株式会社",
            "みなと銀行|minato-bank.co.jp|株式会社みなと銀行",
            "株式会社ひかり物流|hikari-logi.co.jp|株式会社ひかり物流",
            "青葉製薬株式会社|aoba-pharma.co.jp|青葉製薬株式会社",
        ),
        (
            "バックエンドエンジニア",
            "営業職（法人営業）",
            "経理スタッフ",
            "データアナリスト",
            "総合職（新卒採用）",
            "インフラエンジニア",
            "人事担当",
        ),
    ),
}


def move(ctx: Ctx, kind: str) -> None:
    """Switch this message to an employer and a role of ``kind`` (labels follow the switch)."""
    employers, roles = WORLDS[kind]
    # An employer may list its own roles after its legal name ("...|role;role"): a fire
    # service does not hire paramedics.
    name, domain, legal, *own = ctx.pick(employers).split("|")
    ctx._co = vocab.Company(name, domain, legal)
    ctx._title = ctx.pick(own[0].split(";") if own else roles)


def staff(ctx: Ctx, domain: str = "") -> str:
    """A named staff member's address at the employer (or at ``domain``)."""
    first, last = ascii_word(ctx.person_first), ascii_word(ctx.person_last)
    shape = ctx.pick(["{f}.{l}", "{f}{l}", "{i}{l}", "{f}", "{i}.{l}"])
    return shape.format(f=first, l=last, i=first[:1]) + "@" + (domain or ctx.domain)


MORE_HELLO = {
    "pl": (
        "Dzień dobry,",
        "Dzień dobry Pani/Panie {last},",
        "Cześć {first},",
        "Szanowna Pani / Szanowny Panie,",
        "Witam,",
    ),
    "sv": ("Hej {first}!", "Hej {first},", "Hej,", "Hejsan {first},", "God dag {first} {last},"),
    "ja": (
        "{last} 様",
        "{last} {first} 様",
        "{first} {last} 様",
        "{last}様\n\nお世話になっております。",
    ),
}
MORE_BYE = {
    "pl": ("Pozdrawiam,", "Z poważaniem,", "Pozdrawiam serdecznie,", "Miłego dnia,"),
    "sv": ("Med vänliga hälsningar,", "Vänliga hälsningar,", "Hälsningar,", "Ha en fin dag!"),
    "ja": (
        "よろしくお願いいたします。",
        "何卒よろしくお願い申し上げます。",
        "以上、よろしくお願いいたします。",
    ),
}

_PL_MONTHS = [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
]
_PL_DAYS = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
_SV_MONTHS = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
]
_SV_DAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
_JA_DAYS = "月火水木金土日"


def hi(ctx: Ctx, lang: str, p: float = 0.9) -> str:
    """A greeting in ``lang`` (en and the zd_kit languages included), or none."""
    if not ctx.chance(p):
        return ""
    if lang == "en":
        return ctx.fill(
            ctx.pick(
                ("Hi {first},", "Hello {first},", "Dear {first},", "Dear {first} {last},", "Hi,")
            )
        )
    table = MORE_HELLO.get(lang) or HELLO[lang]
    return ctx.fill(ctx.pick(table))


def de_hi(ctx: Ctx, du: bool) -> str:
    """A German greeting in the register (informal "du" or formal "Sie") the body keeps."""
    if du:
        return ctx.fill(ctx.pick(("Hallo {first},", "Hi {first},", "Liebe/r {first},")))
    return ctx.fill(
        ctx.pick(
            ("Sehr geehrte/r {first} {last},", "Guten Tag {first} {last},", "Hallo {first} {last},")
        )
    )


def bye(ctx: Ctx, lang: str, who: str) -> str:
    """A sign-off in ``lang`` and the writer's lines (``who`` is a template)."""
    if lang == "en":
        words = ctx.pick(("Best,", "Kind regards,", "Thanks,", "Regards,", "Many thanks,"))
    else:
        words = ctx.pick(MORE_BYE.get(lang) or BYE[lang])
    return words + "\n" + ctx.fill(who)


def day(ctx: Ctx, when: datetime, lang: str = "en") -> str:
    """A date as a writer of ``lang`` puts it."""
    if lang == "pl":
        return ctx.pick(
            [
                f"{_PL_DAYS[when.weekday()]}, {when.day} {_PL_MONTHS[when.month - 1]}",
                f"{when:%d.%m.%Y}",
            ]
        )
    if lang == "sv":
        return ctx.pick(
            [
                f"{_SV_DAYS[when.weekday()]} {when.day} {_SV_MONTHS[when.month - 1]}",
                f"{when:%Y-%m-%d}",
            ]
        )
    if lang == "ja":
        return ctx.pick(
            [
                f"{when.month}月{when.day}日（{_JA_DAYS[when.weekday()]}）",
                f"{when:%Y/%m/%d}（{_JA_DAYS[when.weekday()]}）",
            ]
        )
    return date_in(ctx, when, lang)


def at(ctx: Ctx, when: datetime, lang: str = "en") -> str:
    """A date and a time as a writer of ``lang`` puts them."""
    if lang in ("pl", "sv"):
        word = {"pl": "o godz.", "sv": "kl."}[lang]
        return f"{day(ctx, when, lang)} {word} {when:%H:%M}"
    if lang == "ja":
        return f"{day(ctx, when, lang)} {when:%H:%M}〜"
    word = {"en": "at", "de": "um", "fr": "à", "es": "a las", "it": "alle", "nl": "om", "pt": "às"}[
        lang
    ]
    return f"{date_in(ctx, when, lang)} {word} {clock(ctx, when, lang)}"


def join(*parts: str) -> str:
    """Paragraphs, the empty (optional, not drawn) ones left out."""
    return "\n\n".join(p for p in parts if p and p.strip())
