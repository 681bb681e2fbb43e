"""Helpers shared by the fam_o4_*.py families (session 10's job-search-ecosystem negatives):
the job cards, greetings, sign-offs and footers that job boards, career networks, agencies
and careers services put in mail that is not about any one of the reader's applications.

Job alerts, newsletters and board marketing are the commonest not-job mail a job seeker
gets and the easiest to mistake for job mail; the families need the boards' real card shapes
(title, employer, place, pay, "Easy Apply") in the languages of the boards (Danish and
Norwegian as well as the other kits' languages), so those shapes live here once; the word
tables they are drawn from (a board's furniture, job titles, employers) are in o4_kit_tables.py.

Not a family module itself (corpus.py discovers only fam_*.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kit import Ctx, Draft
from o3_kit import BYE as O3_BYE
from o3_kit import HELLO as O3_HELLO
from o4_kit_tables import FIRMS, ROLES, WORDS
from zf_kit import body

# Messages per o4_ family.
O4_N = 20

HELLO: dict[str, tuple[str, ...]] = {
    **O3_HELLO,
    "da": ("Hej {first},", "Kære {first},", "Hej {first} {last},", "Hej!"),
    "no": ("Hei {first},", "Hei {first}!", "Hei,", "Kjære {first},"),
}
BYE: dict[str, tuple[str, ...]] = {
    **O3_BYE,
    "da": ("Venlig hilsen", "Mvh.", "De bedste hilsner", "Med venlig hilsen"),
    "no": ("Vennlig hilsen", "Mvh", "Hilsen", "Med vennlig hilsen"),
}

CITIES: dict[str, tuple[str, ...]] = {
    "us": (
        "Austin, TX",
        "Chicago, IL",
        "Remote (US)",
        "Denver, CO",
        "Raleigh, NC",
        "Seattle, WA",
        "Hybrid - New York, NY",
    ),
    "uk": (
        "Manchester",
        "Leeds, West Yorkshire",
        "London (Hybrid)",
        "Bristol",
        "Birmingham",
        "Glasgow",
        "Remote, UK",
        "Reading, Berkshire",
    ),
    "in": (
        "Bengaluru, Karnataka",
        "Pune",
        "Hyderabad",
        "Gurugram",
        "Chennai",
        "Noida",
        "Mumbai (Hybrid)",
    ),
    "au": (
        "Sydney NSW",
        "Melbourne VIC",
        "Brisbane QLD",
        "Perth WA",
        "Adelaide SA",
        "Parramatta, Sydney NSW",
    ),
    "de": (
        "Berlin",
        "Hamburg",
        "München",
        "Köln",
        "Frankfurt am Main",
        "Leipzig",
        "Stuttgart",
        "Remote / Homeoffice",
    ),
    "fr": (
        "Paris (75)",
        "Lyon (69)",
        "Nantes (44)",
        "Bordeaux",
        "Lille (59)",
        "Toulouse",
        "Télétravail partiel - Paris",
    ),
    "es": ("Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Zaragoza", "Málaga"),
    "mx": (
        "Ciudad de México, CDMX",
        "Guadalajara, Jal.",
        "Monterrey, N.L.",
        "Bogotá, D.C.",
        "Medellín, Antioquia",
        "Puebla, Pue.",
    ),
    "it": ("Milano", "Roma", "Torino", "Bologna", "Napoli", "Padova", "Firenze"),
    "nl": ("Amsterdam", "Utrecht", "Rotterdam", "Eindhoven", "Groningen", "Den Haag", "Zwolle"),
    "pt": (
        "São Paulo, SP",
        "Rio de Janeiro, RJ",
        "Belo Horizonte, MG",
        "Curitiba, PR",
        "Porto Alegre, RS",
        "Remoto",
    ),
    "pl": ("Warszawa", "Kraków", "Wrocław", "Poznań", "Gdańsk", "Łódź", "praca zdalna"),
    "sv": ("Stockholm", "Göteborg", "Malmö", "Uppsala", "Umeå", "Linköping"),
    "da": ("København", "Aarhus", "Odense", "Aalborg", "Esbjerg", "Kolding"),
    "no": ("Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø", "Drammen"),
}

REGION_LANG = {
    "us": "en",
    "uk": "en",
    "in": "en",
    "au": "en",
    "mx": "es",
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "nl": "nl",
    "pt": "pt",
    "pl": "pl",
    "sv": "sv",
    "da": "da",
    "no": "no",
}


def salary(ctx: Ctx, region: str) -> str:
    """A pay line as the region's boards print it (or nothing: many cards show none)."""
    n = ctx.num
    table = {
        "us": [
            f"${n(55, 95)}K - ${n(100, 160)}K a year",
            f"${n(22, 48)} - ${n(50, 75)} an hour",
            f"${n(70, 120)},000 - ${n(125, 190)},000",
        ],
        "uk": [
            f"£{n(25, 45)},000 - £{n(46, 70)},000 per annum",
            f"£{n(12, 18)}.{n(10, 90)} per hour",
            f"Up to £{n(40, 90)}k + benefits",
            f"£{n(300, 550)} per day (Outside IR35)",
        ],
        "in": [f"₹{n(4, 12)}-{n(13, 30)} Lacs P.A.", f"{n(3, 8)}-{n(9, 18)} LPA", "Not disclosed"],
        "au": [
            f"${n(80, 120)}k - ${n(125, 170)}k + super",
            f"${n(35, 55)} - ${n(56, 75)} per hour",
            f"${n(90, 140)},000 package",
        ],
        "de": [
            f"{n(42, 58)}.000 € - {n(60, 85)}.000 € / Jahr",
            f"{n(14, 22)},00 € / Std.",
            "Gehalt anzeigen",
        ],
        "fr": [
            f"{n(32, 45)} k€ - {n(46, 65)} k€ / an",
            f"{n(1800, 2400)} € - {n(2500, 3200)} € par mois",
            "Salaire selon profil",
        ],
        "es": [
            f"{n(18, 28)}.000 € - {n(29, 45)}.000 € bruto/año",
            "Salario no disponible",
            f"{n(1200, 1600)} € - {n(1700, 2300)} € brutos/mes",
        ],
        "mx": [
            f"$ {n(12, 25)},000 - $ {n(26, 45)},000 (Mensual)",
            "Sueldo a convenir",
            f"$ {n(9, 18)},000 más prestaciones de ley",
        ],
        "it": [
            f"{n(24, 32)}.000 - {n(33, 45)}.000 € RAL",
            f"€{n(1300, 1700)} - €{n(1800, 2400)} al mese",
            "Retribuzione da definire",
        ],
        "nl": [
            f"€ {n(2600, 3600)} - € {n(3700, 5200)} per maand",
            f"€{n(15, 21)},50 per uur",
            f"€ {n(45, 60)}.000 - € {n(62, 80)}.000 per jaar",
        ],
        "pt": [
            f"R$ {n(2, 5)}.{n(100, 900)} a R$ {n(6, 12)}.{n(100, 900)}",
            "Salário a combinar",
            f"R$ {n(3, 9)}.{n(100, 900)} + VR/VA",
        ],
        "pl": [
            f"{n(6, 11)} 000–{n(12, 22)} 000 zł brutto / mies.",
            f"{n(110, 180)}–{n(190, 260)} zł netto (+ VAT) / godz.",
            f"{n(5, 8)} 500 zł brutto",
        ],
        "sv": [
            f"{n(32, 42)} 000 - {n(43, 58)} 000 kr/mån",
            "Fast månadslön",
            "Lön enligt överenskommelse",
        ],
        "da": [
            f"{n(36, 44)}.000 - {n(45, 60)}.000 kr. pr. måned",
            "Løn efter kvalifikationer",
            "Timeløn 165 kr.",
        ],
        "no": [f"{n(520, 650)} 000 - {n(660, 900)} 000 kr per år", "Fastlønn", "Etter avtale"],
    }
    return ctx.pick(table[region]) if ctx.chance(0.7) else ""


def role(ctx: Ctx, region: str) -> str:
    """A job title as the region's employers write it."""
    return ctx.pick(ROLES[REGION_LANG[region]])


def firm(ctx: Ctx, region: str) -> str:
    """A hiring company as it appears on a card (the board's own word, not the template's)."""
    return ctx.pick(FIRMS[REGION_LANG[region]])


def city(ctx: Ctx, region: str) -> str:
    return ctx.pick(CITIES[region])


# The word a board's job links carry in their path, where it is not English.
_PATH = {
    "de": "stellenangebote",
    "fr": "offres",
    "es": "ofertas",
    "nl": "vacatures",
    "it": "offerte",
    "pt": "vagas",
    "pl": "oferta",
    "sv": "annons",
    "da": "job",
    "no": "stilling",
}


def card(ctx: Ctx, region: str, host: str, *, title: str = "", sep: str = " · ") -> str:
    """One job card as its text part reads: title, employer and place, pay, badges, link."""
    lang = REGION_LANG[region]
    w = WORDS[lang]
    lines = [title or role(ctx, region)]
    lines.append(firm(ctx, region) + sep + city(ctx, region))
    pay = salary(ctx, region)
    if pay:
        lines.append(pay)
    badges = []
    if ctx.chance(0.4):
        badges.append(ctx.fill(w["easy"]))
    if ctx.chance(0.35):
        badges.append(ctx.fill(w["new"]))
    if ctx.chance(0.5):
        badges.append(ctx.fill(w["ago"]).replace("{n}", str(ctx.num(1, 13))))
    if badges:
        lines.append(" | ".join(badges))
    if ctx.chance(0.75):
        lines.append(
            ctx.url(host, ctx.pick(["job", "jobs/view", "rc/clk", "o", _PATH.get(lang, "job")]))
        )
    return "\n".join(lines)


def cards(ctx: Ctx, region: str, host: str, lo: int = 3, hi: int = 8, **kw: Any) -> str:
    """Several job cards, as a digest lists them."""
    return "\n\n".join(card(ctx, region, host, **kw) for _ in range(ctx.num(lo, hi)))


def block(text: str) -> str:
    """A card's lines, stripped, without the ones an optional field left empty."""
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def words(ctx: Ctx, lang: str, key: str) -> str:
    return ctx.fill(WORDS[lang][key])


# Where a network's or a service's mail (not an alert) sends the reader to stop it.
PREFS = {
    "en": "[Notification settings|Manage your email preferences|Unsubscribe]",
    "de": "[Benachrichtigungseinstellungen|E-Mail-Einstellungen ändern|Abmelden]",
    "fr": "[Paramètres de notification|Gérer mes préférences e-mail|Se désabonner]",
    "es": "[Ajustes de notificaciones|Preferencias de correo|Darse de baja]",
    "it": "[Impostazioni notifiche|Preferenze email|Annulla l'iscrizione]",
    "nl": "[Meldingsinstellingen|E-mailvoorkeuren beheren|Afmelden]",
    "pt": "[Configurações de notificação|Preferências de e-mail|Cancelar inscrição]",
    "pl": "[Ustawienia powiadomień|Preferencje e-mail|Wypisz się]",
    "sv": "[Aviseringsinställningar|E-postinställningar|Avregistrera]",
    "da": "[Indstillinger for notifikationer|E-mailindstillinger|Afmeld]",
    "no": "[Varslingsinnstillinger|E-postinnstillinger|Avslutt abonnement]",
}


def foot(ctx: Ctx, org: str, host: str, lang: str, *, alert: bool = True) -> str:
    """A board's footer: why you get it, how to stop it, do-not-reply, the company line."""
    parts = []
    if alert and ctx.chance(0.7):
        parts.append(words(ctx, lang, "why") + ".")
    if ctx.chance(0.8):
        stop = words(ctx, lang, "unsub") if alert else ctx.fill(PREFS[lang])
        parts.append(f"{stop}: {ctx.url(host, 'unsubscribe')}")
    if ctx.chance(0.4):
        parts.append(words(ctx, lang, "noreply"))
    if ctx.chance(0.6):
        parts.append(f"© {ctx.date.year} {org}" + ctx.pick(["", f" | {host}"]))
    return "\n".join(parts)


def hi(ctx: Ctx, lang: str, p: float = 0.7) -> str:
    return ctx.fill(ctx.pick(HELLO[lang])) if ctx.chance(p) else ""


def bye(ctx: Ctx, lang: str, who: str) -> str:
    return ctx.pick(BYE[lang]) + "\n" + ctx.fill(who)


def mail(
    ctx: Ctx,
    subjects: Sequence[str],
    paras: Sequence[str],
    sender: tuple[str, str],
    sign: str,
    *,
    lang: str = "en",
    greet_p: float = 0.7,
    top: str = "",
    **kw: Any,
) -> Draft:
    """A not-job Draft: subject and paragraphs filled, its own greeting and sign-off.

    ``top`` (a logo's alt text, a "view in browser" line) goes above the greeting.
    Paragraphs are filled here, so pre-built cards (already filled) must not hold ``[a|b]``
    or braces; cards() output has neither.
    """
    greeting = hi(ctx, lang, greet_p)
    filled = [ctx.fill(p).strip() for p in paras if p]
    for i, text in enumerate(filled):
        # German and Italian go on in lower case after a greeting's comma ("Hallo Jan,
        # es gibt..."); every other paragraph starts a sentence.
        if not (i == 0 and greeting and lang in ("de", "it")) and not text.startswith("http"):
            filled[i] = text[:1].upper() + text[1:]
    return Draft(
        ctx.fill(ctx.pick(subjects)),
        body(top, greeting, *filled),
        sender[0],
        sender[1],
        greet=False,
        sign=sign,
        lang=lang,
        **kw,
    )
