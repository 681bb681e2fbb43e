"""Hard negatives, session 10, continued from fam_n2_housing.py, which had grown past the
600-line limit: students get a halls "offer" with a "contract start date"; a Swedish flat is
bought by open bidding; allotments and marina berths come off waiting lists with an offer to
accept by a deadline. None of it is the reader's job search. Its name sorts right after
fam_n2_housing.py (corpus.py imports fam_*.py in name order), so its families keep their place
in the registry and the corpus stays byte-identical.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, ascii_word, family
from n2_kit import bye2, local_time, neg2, staged, when2
from n_kit import MOBILE, NN_N, at, private, service_footer, service_top
from zf_kit import bye


@family("n2_student_halls_offer", "not_job", n=NN_N)
def student_halls_offer(ctx: Ctx) -> Draft:
    uni = ctx.pick(
        [
            "University of Leeds",
            "Cardiff University",
            "Newcastle University",
            "University of Glasgow",
            "UNSW",
            "Monash University",
        ]
    )
    hall = ctx.pick(
        [
            "Sentinel Towers",
            "Talybont South",
            "Castle Leazes",
            "Murano Street",
            "Kensington Colleges",
            "Mannix College",
        ]
    )
    _stage, subjects, para = staged(
        ctx,
        {
            "offer": (
                ["Your accommodation offer", "Accommodation offer - action required"],
                f"We are delighted to offer you a room in {hall} for the [2025/26|2026/27] academic year ([ensuite, catered|studio, self-catered|standard room, shared kitchen]). You must accept your offer and pay the £[250|300] advance rent within 5 days, otherwise it will be withdrawn. Your contract start date is [20|14|27] September.",
            ),
            "waitlist": (
                ["Accommodation application update", "You're on the accommodation waiting list"],
                f"Thank you for applying for accommodation at {uni}. Demand this year is very high and we have not yet been able to make you an offer. Your application remains on the waiting list and we are working through it daily.",
            ),
            "arrival": (
                ["Book your arrival slot", f"Moving in to {hall}"],
                f"Your arrival slot at {hall} is {{day}} between {local_time(ctx)} and an hour later. Collect your key from the residences desk; bring photo ID and your acceptance email.",
            ),
            "reallocated": (
                ["Change to your room allocation", "Room swap request outcome"],
                f"Your room swap request has been approved: your new room is in {hall}, flat [C|F|12], from {{day}}. Your rent will be adjusted from the move date.",
            ),
        },
    )
    host = (
        "accommodation."
        + ascii_word(uni)
        + (".example.edu.au" if uni in ("UNSW", "Monash University") else ".example.ac.uk")
    )
    return neg2(
        ctx,
        subjects,
        [
            service_top(ctx, host),
            para,
            ctx.fill(
                f"[Accommodation portal|Your offer|Manage your booking]: {ctx.url(host, 'portal')}"
            ),
        ],
        (
            f"{uni} Accommodation",
            ctx.pick([f"accommodation@{host}", f"residences@{host}", f"noreply@{host}"]),
        ),
        ctx.pick(["Best wishes,", "Kind regards,", "Warm regards,"])
        + f"\n{ctx.pick(['Accommodation Services', 'Residential Life', 'The Residences Team'])}",
        greet_p=0.85,
        form=ctx.pick(["html", "alt", "plain"]),
        footer=service_footer(ctx, uni, host),
    )


@family("n2_sv_budgivning", "not_job", lang="sv", n=NN_N)
def sv_budgivning(ctx: Ctx) -> Draft:
    firma = ctx.pick(
        [
            "Fastighetsbyrån",
            "Svensk Fastighetsförmedling",
            "Bjurfors",
            "Notar",
            "Länsförsäkringar Fastighetsförmedling",
        ]
    )
    obj = ctx.fill(
        f"[Bostadsrätt|Radhus|Villa], [Södermalm|Majorna|Limhamn|Vasastan|Kungsholmen] ({ctx.num(2, 5)} rok)"
    )
    bud = f"{ctx.num(2, 8)} {ctx.num(1, 39) * 25:03d} 000"
    stage, subjects, para = staged(
        ctx,
        {
            "nytt": (
                ["Nytt bud", f"Nytt bud på {obj}"],
                f"ett nytt bud har lagts på {obj}: {bud} kr. Du leder inte längre budgivningen. Lägg ett nytt bud via länken eller svara på sms:et.",
            ),
            "leder": (
                ["Ditt bud är registrerat", "Budbekräftelse"],
                f"tack för ditt bud på {bud} kr på {obj}. Du leder just nu budgivningen. Säljaren har ännu inte bestämt sig; vi hör av oss så fort något händer.",
            ),
            "accepterat": (
                ["Säljaren har accepterat ditt bud", "Grattis!"],
                f"säljaren har accepterat ditt bud på {bud} kr! Vi bokar in kontraktsskrivning {when2(ctx, 'sv')} på vårt kontor. Ta med legitimation och besked om lånelöfte. Handpenningen på 10 % betalas inom en vecka.",
            ),
            "annan": (
                ["Budgivningen är avslutad", f"{obj} - besked"],
                f"tack för ditt intresse för {obj}. Säljaren har valt att gå vidare med en annan spekulant och budgivningen är avslutad. Vi har flera liknande objekt på gång; säg till om du vill gå på visning.",
            ),
        },
    )
    return neg2(
        ctx,
        subjects,
        [
            para,
            ctx.fill(f"[Se budgivningen|Lägg bud]: {ctx.url('bud.maklare.example.se', 'objekt')}")
            if stage in ("nytt", "leder")
            else "",
        ],
        (f"{ctx.person}, {firma}", at(ctx, "maklare.example.se")),
        bye2(ctx, "sv", f"{ctx.person}\nReg. fastighetsmäklare\n{firma}"),
        lang="sv",
        greet_p=0.8,
        form=ctx.pick(["plain", "alt"]),
    )


@family("n2_marina_berth_offer", "not_job", n=NN_N)
def marina_berth_offer(ctx: Ctx) -> Draft:
    club = ctx.pick(
        [
            "Lymington Yacht Haven",
            "Port Solent Marina",
            "Rushcutters Bay Marina",
            "Royal Forth Yacht Club",
            "Sandy Bay Boat Club",
        ]
    )
    _stage, subjects, para = staged(
        ctx,
        {
            "offer": (
                ["Berth offer", "A berth has become available"],
                "Good news: a [10m|12m|8.5m] [pontoon berth|swinging mooring|walk-ashore berth] has become available and you are next on the waiting list. If you would like to accept the offer, please sign the licence agreement and pay the first quarter by {day}; otherwise it will be offered to the next applicant.",
            ),
            "waitlist": (
                ["Mooring waiting list", "Your position on the berth waiting list"],
                "Thank you for your annual waiting list renewal. You are currently number [4|9|15] for a berth of your boat's length. [Turnover has been slow this season.|We expect several berths to come free in the spring.]",
            ),
            "membership": (
                ["Membership application", "Your application to join the club"],
                "The General Committee considered your membership application at its meeting last night and I'm pleased to say it was approved. Your proposer and seconder have been told. Please [come to the new members' evening on {day}|collect your burgee and fob from the office].",
            ),
            "survey": (
                [
                    "Boat survey before your berth start date",
                    "Insurance and survey documents needed",
                ],
                "Before your berth start date we need a copy of your third-party insurance (minimum £3m) and, for boats over 25 years old, a recent out-of-water survey.",
            ),
        },
    )
    return neg2(
        ctx,
        subjects,
        [para, ctx.pick(["", "Fair winds,", "VHF channel 80 / tel. on the website."])],
        (
            ctx.pick([club, f"{ctx.person} ({club})"]),
            ctx.pick(["berthing@marina.example", at(ctx, "yachtclub.example")]),
        ),
        ctx.pick(["Kind regards,", "Best wishes,", "Regards,"])
        + f"\n{ctx.person}\n{ctx.pick(['Berthing Manager', 'Hon. Secretary', 'Marina Office'])}",
        form=ctx.pick(["plain", "alt"]),
    )


@family("n2_allotment_offer", "not_job", n=NN_N)
def allotment_offer(ctx: Ctx) -> Draft:
    site = ctx.pick(
        [
            "Hill Road Allotments",
            "Meadow Lane allotment site",
            "Riverside Community Garden",
            "St Anne's Allotment Society",
            "Victoria Park plots",
        ]
    )
    _stage, subjects, para = staged(
        ctx,
        {
            "offer": (
                ["Allotment offer", f"Plot offer - {site}"],
                f"You've reached the top of the waiting list! We can offer you [a half plot|a full plot|a quarter plot] (no. [14A|27|3B|52]) at {site}. Please let me know by {{day}} whether you'd like to take it. I can show you round on Saturday morning if that helps.",
            ),
            "waitlist": (
                ["Allotment waiting list", "Your waiting list application"],
                f"Thank you for your application for an allotment at {site}. You have been added to the waiting list at position [38|61|112]. Current waiting times are [2-3 years|about 18 months|over 4 years], sorry.",
            ),
            "inspection": (
                ["Plot inspection", "Plot inspection - cultivation notice"],
                "At the [spring|summer] inspection your plot was found to be less than 75% cultivated. [Please get in touch if there's a reason we should know about.|If things haven't improved by the next inspection we may have to offer the plot to someone on the waiting list.]",
            ),
            "agm": (
                ["AGM and committee nominations", "Allotment Society AGM"],
                "The AGM is on {day} in the hut. We need nominations for secretary and treasurer - if you'd like to stand, please send your name with a proposer and seconder.",
            ),
        },
    )
    sender = ctx.pick([(f"{site} Lettings", "allotments@council.example.gov.uk"), private(ctx)])
    return neg2(
        ctx,
        subjects,
        [para, ctx.pick(["", "Rent is £[38|45|62] a year, payable in October.", "Happy digging!"])],
        sender,
        ctx.pick(["Kind regards,", "Best wishes,", "Thanks,"])
        + f"\n{ctx.person_first}\n{ctx.pick(['Lettings Secretary', 'Site Rep', 'Allotments Officer'])}",
        form=ctx.pick(["plain", "plain", "alt"]),
        footer=ctx.pick(list(MOBILE))
        if sender[1].split("@")[1] != "council.example.gov.uk"
        else "",
    )


@family("n2_de_kleingarten_parzelle", "not_job", lang="de", n=NN_N)
def de_kleingarten_parzelle(ctx: Ctx) -> Draft:
    verein = ctx.pick(
        [
            "KGV Sonnenschein e.V.",
            "Kleingartenverein Am Wiesengrund",
            "KGV Erholung 1921",
            "Gartenfreunde Nord e.V.",
        ]
    )
    _stage, subjects, para = staged(
        ctx,
        {
            "bewerbung": (
                ["Ihre Bewerbung um einen Kleingarten", "Eingang Ihrer Bewerbung"],
                f"vielen Dank für Ihre Bewerbung um eine Parzelle im {verein}. Wir haben Sie auf unsere Bewerberliste gesetzt (derzeit Platz [23|41|7]). Bitte haben Sie Verständnis, dass die Wartezeit [zwei bis drei Jahre|etwa ein Jahr] beträgt.",
            ),
            "gespraech": (
                ["Einladung zum Kennenlernen", "Parzelle frei - Besichtigung"],
                f"es ist eine Parzelle ([312|280|405] m², mit Laube) frei geworden. Der Vorstand lädt Sie zu einer Besichtigung und einem kurzen Gespräch ein: {when2(ctx, 'de')}, Treffpunkt am Vereinsheim.",
            ),
            "zusage": (
                ["Zusage Parzelle", "Pachtvertrag"],
                "wir freuen uns, Ihnen die Parzelle Nr. [17|42|88] verpachten zu können. Der Pachtvertrag beginnt am [1. März|1. April|1. November]; die Ablöse für Laube und Bepflanzung laut Wertermittlung beträgt [1.850|3.200|950] €. Bitte kommen Sie zur Vertragsunterzeichnung in die Sprechstunde.",
            ),
            "absage": (
                ["Ihre Bewerbung", "Vergabe der Parzelle"],
                "leider haben wir die Parzelle an einen anderen Bewerber vergeben. Sie bleiben selbstverständlich auf unserer Liste.",
            ),
        },
    )
    return neg2(
        ctx,
        subjects,
        [
            para,
            ctx.pick(
                [
                    "",
                    "Gemeinschaftsarbeit: 6 Stunden pro Jahr sind Pflicht.",
                    "Sprechstunde: jeden ersten Sonntag im Monat, 10-12 Uhr.",
                ]
            ),
        ],
        (
            ctx.pick([verein, ctx.person]),
            ctx.pick(
                [
                    "vorstand@kgv-sonnenschein.example",
                    at(ctx, ctx.pick(["web.de", "gmx.de", "t-online.de"])),
                ]
            ),
        ),
        bye(ctx, "de", f"{ctx.person}\n[1. Vorsitzender|Schriftführerin|Vorstand] {verein}"),
        lang="de",
        greet_p=1.0,
        form=ctx.pick(["plain", "plain", "alt"]),
    )
