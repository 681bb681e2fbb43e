"""Template families (session P2): not-job twins of people-written hiring mail
(owners' two-line Gmail replies, agencies' text-style notes; the job families were set
aside, see p2_kit). Same surface, other business: a friend's two-line Gmail about a flat or
a move (English, German, where a flat "Bewerbung" is not a job), a staffing agency's
timesheet reminder to a contractor already placed (Polish), a salon's text-style booking
(Dutch), a landlord asking a tenant-to-be for references (Czech), and the warm "we went with
someone else" after a room or flat viewing (English, Danish).
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from datetime import timedelta

from kit import Ctx, Draft, family
from p2_kit import P2_N, RE, bye, day, hi, join, mobile_sig, personal_addr, quote
from zf_kit import weekday_future

_STREETS = ("Körnerstraße", "Lindenallee", "Bergmannstraße", "Am Stadtpark", "Weserstraße")


@family("p2_nj_de_freundin_wohnung_kurz", "not_job", lang="de", n=P2_N)
def de_friend_flat(ctx: Ctx) -> Draft:
    """A friend writes two lines from GMX/Gmail about a flat viewing or a flat application."""
    when = weekday_future(ctx, 1, 6)
    street = ctx.pick(_STREETS)
    greet = ctx.fill(
        ctx.pick(["Hey {first},", "Hi {first}!", "Hallo {first},", "Huhu {first},", "{first}!"])
    )
    body = ctx.pick(
        [
            f"hast du am {day(ctx, when, 'de')} um {ctx.num(17, 19)} Uhr Zeit? Die Besichtigung für die Wohnung in der {street} ist doch schon diese Woche, komm bitte mit!",
            f"hast du deine Bewerbung für die Wohnung in der {street} schon abgeschickt? Die Verwaltung will bis Freitag Schufa und Gehaltsnachweise sehen.",
            f"der Vermieter hat sich gemeldet, wir dürfen die Wohnung am {day(ctx, when, 'de')} nochmal anschauen. Passt dir 18 Uhr?",
            "kannst du mir am Samstag beim Umzug helfen? Ab 10 Uhr, Pizza und Bier gehen auf mich 😅",
            f"wir haben die Zusage für die Wohnung!!! Einzug ist am {day(ctx, when, 'de')}. Magst du beim Streichen helfen?",
        ]
    )
    sign = ctx.pick(["LG", "Liebe Grüße", "Bis dann", "Gruß", "Bussi"]) + "\n" + ctx.person_first
    text = join(greet, body, sign, mobile_sig(ctx, "de"))
    subject = ctx.pick(
        [
            "Wohnung",
            "Besichtigung",
            "Samstag?",
            "Re: Wohnung " + street,
            "Umzug",
            "!!!",
            "kurze Frage",
        ]
    )
    return Draft(
        subject,
        text,
        ctx.person,
        personal_addr(ctx, "de"),
        greet=False,
        sign="",
        lang="de",
        form=ctx.pick(["plain", "plain", "alt"]),
    )


@family("p2_nj_friend_gmail_two_lines", "not_job", n=P2_N)
def friend_two_lines(ctx: Ctx) -> Draft:
    """A friend or neighbour writes two lines from Gmail: a favour, a viewing, a plan."""
    when = weekday_future(ctx, 1, 6)
    hour = ctx.pick(["10", "11", "2", "6", "half 7", "6ish", "noon"])
    open_line = ctx.fill(
        ctx.pick(["Hi {first},", "Hey {first}!", "{first} -", "Hiya,", "Hey you,"])
    )
    ask = ctx.pick(
        [
            f"Are you free {day(ctx, when)} around {hour}? The letting agent can show us the flat on Elm Road, would love a second pair of eyes.",
            f"Could you pop round {day(ctx, when)} at {hour} and help me shift the sofa? I'll owe you a pint.",
            "Can you give me a ring when you get a sec? Need to ask you about the deposit for the new place.",
            f"Still on for {day(ctx, when)}? Table's booked for {hour}, I'll meet you there.",
            "Got your message about the van - yes, Saturday works, I'll bring the straps.",
            f"Landlord wants to come and look at the boiler {day(ctx, when)} at {hour}. Are you in?",
        ]
    )
    sign = ctx.pick(
        [
            ctx.person_first,
            "x " + ctx.person_first,
            "Cheers\n" + ctx.person_first,
            "- " + ctx.person_first[:1],
        ]
    )
    text = join(open_line + ("\n" if ctx.chance(0.5) else " ") + ask, sign, mobile_sig(ctx, "en"))
    headers = {}
    if ctx.chance(0.35):
        subject = RE["en"] + ctx.pick(["Saturday", "the flat", "moving day", "dinner?", "van"])
        own = ctx.fill(
            "[Hey|Hi]!\n\n[Are we still on for the weekend?|Did you hear back from the landlord?|Do you still have that van?|Fancy dinner this week?]\n\n{first}"
        )
        sent = ctx.date - timedelta(days=ctx.num(1, 4), minutes=ctx.num(0, 900))
        text += "\n\n" + quote(
            ctx, "en", f"{ctx.cand_first} {ctx.cand_last}", ctx.cand_addr, sent, own
        )
        headers = {"In-Reply-To": f"<{ctx.num(10**9, 10**10)}@mail.gmail.com>"}
    else:
        subject = ctx.pick(
            ["Saturday", "flat viewing", "quick one", "Sat?", "(no subject)", "favour?", "boiler"]
        )
    return Draft(
        subject,
        text,
        ctx.person,
        personal_addr(ctx, "en"),
        greet=False,
        sign="",
        form=ctx.pick(["plain", "plain", "alt"]),
        headers=headers,
    )


_PL_AGENCIES = (
    ("Agencja Pracy Prima", "primapraca.pl"),
    ("WorkFlex Polska", "workflex.pl"),
    ("Job Partner", "jobpartner.com.pl"),
)
_PL_MONTHS_NOM = (
    "styczeń",
    "luty",
    "marzec",
    "kwiecień",
    "maj",
    "czerwiec",
    "lipiec",
    "sierpień",
    "wrzesień",
    "październik",
    "listopad",
    "grudzień",
)


@family("p2_nj_pl_agencja_ewidencja_godzin", "not_job", lang="pl", n=P2_N)
def pl_timesheet(ctx: Ctx) -> Draft:
    """A staffing agency reminds a worker it already employs to send hours: payroll, not hiring."""
    agency, host = ctx.pick(_PL_AGENCIES)
    month = _PL_MONTHS_NOM[(ctx.date.month - 2) % 12]
    due = weekday_future(ctx, 1, 4)
    text = join(
        ctx.pick(["Cześć {first}!", "Dzień dobry,", "Hej {first},"]).format(first=ctx.cand_first),
        ctx.pick(
            [
                f"przypominam o przesłaniu ewidencji godzin za {month} - najpóźniej do {due:%d.%m}. Bez podpisu kierownika zmiany nie rozliczymy wypłaty.",
                f"brakuje nam Twojej karty godzin za {month}. Wyślij proszę zdjęcie podpisanej karty, żeby wypłata poszła w terminie.",
                f"lista płac za {month} zamyka się w piątek. Jeśli masz nadgodziny albo zwolnienie L4, daj znać do {due:%d.%m}.",
            ]
        ),
        ctx.pick(
            [
                "Pasek wynagrodzenia znajdziesz jak zwykle w aplikacji.",
                "Przypominam też o badaniach okresowych - termin mija w przyszłym miesiącu.",
                "Wypłata zgodnie z umową do 10. dnia miesiąca.",
                "",
            ]
        ),
        ctx.pick(["Dzięki! 👍", "Pozdrawiam,", "Dzięki i miłego dnia!"])
        + "\n"
        + ctx.person_first
        + "\n"
        + ctx.pick(["Koordynator", "Dział płac", "Opiekun klienta"])
        + " | "
        + agency,
        mobile_sig(ctx, "pl"),
    )
    subject = ctx.pick(
        [
            f"Ewidencja godzin - {month}",
            "Karta godzin 🕒",
            "Przypomnienie: godziny za " + month,
            "Lista płac",
            "Brak karty godzin",
        ]
    )
    first, last = ctx.person_first.lower(), ctx.person_last.lower()
    return Draft(
        subject,
        text,
        f"{ctx.person_first} | {agency}",
        f"{first}.{last}@{host}",
        greet=False,
        sign="",
        lang="pl",
        form="plain",
    )


_SALONS = (
    ("Kapsalon Knip & Zo", "knipenzo.example"),
    ("Barbershop De Snor", "desnor.example"),
    ("Autobedrijf Jansen", "autojansen.example"),
    ("Nagelstudio Glans", "glans.example"),
)


@family("p2_nj_nl_kapsalon_appje", "not_job", lang="nl", n=P2_N)
def nl_salon(ctx: Ctx) -> Draft:
    """A Dutch salon or garage confirms a booking the way it would by WhatsApp."""
    shop, host = ctx.pick(_SALONS)
    when = weekday_future(ctx, 1, 9)
    garage = "Auto" in shop
    what = (
        ctx.pick(["APK-keuring", "kleine beurt", "bandenwissel"])
        if garage
        else ctx.pick(["knippen", "knippen + wassen", "kleuren", "baard trimmen", "gellak"])
    )
    text = join(
        ctx.fill(
            ctx.pick(["Hoi {first}! 👋", "Hoi {first},", "Hey {first}!", "Goedemorgen {first},"])
        ),
        f"Je afspraak staat: {day(ctx, when, 'nl')} om {when:%H:%M} voor {what}"
        + ctx.pick([" bij " + ctx.person_first + ".", ".", " 😊"]),
        ctx.pick(
            [
                "Lukt het toch niet? Laat het ons uiterlijk 24 uur van tevoren weten, anders rekenen we 50% van het bedrag.",
                "Kun je even bevestigen? Een 👍 is genoeg!",
                "Parkeren kan gratis achter de zaak.",
                "Tot dan!",
            ]
        ),
        ctx.pick(["Groetjes,", "Groet,", "Tot snel!"]) + "\n" + ctx.person_first + "\n" + shop,
    )
    subject = ctx.pick(
        [
            "Je afspraak 📅",
            "Afspraak bevestigd",
            "Tot " + day(ctx, when, "nl") + "!",
            "Herinnering afspraak",
            "Hoi, even je afspraak",
        ]
    )
    return Draft(
        subject,
        text,
        f"{ctx.person_first} - {shop}",
        f"info@{host}",
        greet=False,
        sign="",
        lang="nl",
        form=ctx.pick(["plain", "alt"]),
    )


@family("p2_nj_cs_pronajimatel_reference", "not_job", lang="cs", n=P2_N)
def cs_landlord_references(ctx: Ctx) -> Draft:
    """A Czech landlord or letting agent asks a would-be tenant for references before signing."""
    due = weekday_future(ctx, 2, 6)
    street = ctx.pick(["Vinohradská", "Milady Horákové", "Koliště", "Palackého", "Masarykova"])
    text = join(
        hi(ctx, "cs"),
        ctx.pick(
            [
                f"děkujeme za prohlídku bytu 2+kk v ulici {street}. Než podepíšeme nájemní smlouvu, prosíme o kontakt na Vašeho předchozího pronajímatele jako referenci.",
                f"máte zájem o byt v ulici {street}, což nás těší. Majitel si před podpisem smlouvy žádá reference od současného pronajímatele a potvrzení o příjmu.",
                "jak jsme se domluvili na prohlídce, pošlete mi prosím kontakt na předchozího pronajímatele a doklad o příjmu (stačí výplatní páska).",
            ]
        ),
        ctx.pick(
            [
                "Kauce činí dva měsíční nájmy a je splatná při podpisu smlouvy.",
                "Nájem je " + str(ctx.num(14, 32)) + " 000 Kč měsíčně + zálohy na energie.",
                "Předání bytu je možné od prvního dne příštího měsíce.",
            ]
        ),
        "Prosím o zaslání do "
        + f"{due.day}. {due.month}."
        + ctx.pick([" Děkuji!", " Předem děkuji.", ""]),
        bye(ctx, "cs", "{person}\n[Realitní makléř|Správa nemovitostí|majitel bytu]"),
    )
    subject = ctx.pick(
        [
            "Byt " + street + " - reference",
            "Reference k pronájmu",
            "Re: Prohlídka bytu",
            "Nájemní smlouva - podklady",
            "Pronájem " + street,
        ]
    )
    host = ctx.pick(["seznam.cz", "email.cz", "reality-domov.example", "centrum.cz"])
    addr = f"{ctx.person_first.lower()}.{ctx.person_last.lower()}@{host}"
    return Draft(
        subject,
        text,
        ctx.person,
        addr,
        greet=False,
        sign="",
        lang="cs",
        form=ctx.pick(["plain", "alt"]),
    )


@family("p2_nj_flatshare_warm_decline", "not_job", n=P2_N)
def flatshare_decline(ctx: Ctx) -> Draft:
    """After a room viewing: a long, warm 'we went with someone else' from the flatmates."""
    area = ctx.pick(
        ["Peckham", "Leith", "Headingley", "Clifton", "Didsbury", "Jesmond", "Walthamstow"]
    )
    text = join(
        ctx.fill(ctx.pick(["Hi {first},", "Hey {first}!", "Dear {first},"])),
        ctx.pick(
            [
                f"Thanks so much for coming round to see the room in {area} on the weekend - it was really lovely to meet you, and Sam and I both enjoyed the chat over tea.",
                "I wanted to message you personally rather than just go quiet. Thank you for taking the time to come to the second viewing and meet everyone in the house.",
            ]
        ),
        ctx.pick(
            [
                "It was a really hard decision (we had over 40 messages!), but we've decided to offer the room to someone who can move in a bit earlier, as our current flatmate leaves at the end of the month.",
                "Unfortunately we've gone with another person this time. Honestly it was very close - it came down to timing and the fact that they work from home on the same days as us.",
            ]
        ),
        ctx.pick(
            [
                "If it falls through for any reason, would you mind if we got back in touch? You'd be the first person we'd ask.",
                "I'll keep your number in case another room comes up - Jess is moving out in the spring.",
                "I hope you find somewhere great - the listings in this area move fast, so don't be discouraged.",
            ]
        ),
        ctx.pick(
            [
                "All the best with the search!",
                "Take care, and thanks again.",
                "Good luck, and sorry it wasn't better news.",
            ]
        ),
        ctx.person_first + ctx.pick(["", " (and the rest of the house)", " x"]),
    )
    subject = ctx.pick(
        [
            "The room",
            "Re: Double room in " + area,
            "Room - update",
            "Thanks for coming to see the room",
            "Flatshare",
        ]
    )
    return Draft(
        subject,
        text,
        ctx.person,
        personal_addr(ctx, "en"),
        greet=False,
        sign="",
        form=ctx.pick(["plain", "alt"]),
    )


@family("p2_nj_da_lejlighed_afslag", "not_job", lang="da", n=P2_N)
def da_flat_decline(ctx: Ctx) -> Draft:
    """A Danish landlord's warm no after a flat viewing (an 'afslag' that is no job's)."""
    street = ctx.pick(
        ["Jægersborggade", "Vesterbrogade", "Nørrebrogade", "Frederiksberg Allé", "Mejlgade"]
    )
    text = join(
        hi(ctx, "da"),
        ctx.pick(
            [
                f"Tak fordi du kom forbi til fremvisningen af lejligheden på {street}. Det var rigtig hyggeligt at møde dig.",
                f"Mange tak for din interesse i lejligheden på {street} og for en god snak til fremvisningen.",
            ]
        ),
        ctx.pick(
            [
                "Vi har haft over 60 interesserede, og vi har desværre valgt at udleje lejligheden til en anden. Det var en svær beslutning.",
                "Lejligheden er desværre blevet lejet ud til en anden, som kunne flytte ind allerede den 1. i næste måned.",
            ]
        ),
        ctx.pick(
            [
                "Hvis den nye lejer springer fra, kontakter jeg dig gerne igen, hvis det er i orden?",
                "Jeg har flere lejemål på vej til foråret - må jeg skrive til dig, når de bliver ledige?",
                "Held og lykke med boligjagten!",
            ]
        ),
        bye(ctx, "da", "{person}\n[Udlejer|Ejendomsadministrator|Boligudlejning]"),
    )
    subject = ctx.pick(
        [
            "Lejligheden på " + street,
            "Vedr. fremvisning",
            "Svar på din henvendelse",
            "Lejemål " + street,
        ]
    )
    host = ctx.pick(["gmail.com", "hotmail.dk", "boligudlejning.example", "mail.dk"])
    addr = f"{ctx.person_first.lower()}.{ctx.person_last.lower()}@{host}"
    return Draft(
        subject,
        text,
        ctx.person,
        addr,
        greet=False,
        sign="",
        lang="da",
        form=ctx.pick(["plain", "alt"]),
    )
