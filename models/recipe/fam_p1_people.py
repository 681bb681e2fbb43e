"""Template families (session P1): people who write "interview", "referral", "proposal" and
"offer" without hiring the reader. A journalist asks to interview the reader for an article; a
podcast host books them as a guest; a product team invites them to a paid user-research
interview; a friend asks the reader to refer THEM at the reader's company; a German colleague's
out-of-office; a client accepts a freelancer's project proposal; a newsletter on hiring trends.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft
from p1_kit import amount, at, bye, day, draft, hi, join, mailbox, p1, who
from p2_kit import RE, mobile_sig, personal_addr
from zf_kit import weekday_future

_OUTLETS = (
    ("The Harbour Chronicle", "harbourchronicle.com"),
    ("Metro Weekly", "metroweekly.news"),
    ("Lakeside Business Journal", "lakesidebj.com"),
    ("The Civic Desk", "civicdesk.org"),
)
_STORIES = (
    "the rise of community solar co-ops",
    "how renters are coping with rising costs",
    "people who retrain in their forties",
    "the four-day week in small businesses",
    "volunteering after retirement",
    "cycling infrastructure in the city",
    "local food banks",
)


@p1("p1_journalist_interview_request")
def journalist(ctx: Ctx) -> Draft:
    """A reporter asks the reader to be interviewed (quoted) for an article they are writing."""
    outlet, host = ctx.pick(_OUTLETS)
    first, last = who(ctx, "en")
    story = ctx.pick(_STORIES)
    when = weekday_future(ctx, 1, 6)
    how = ctx.pick(
        [
            "I found your comment on the neighbourhood forum",
            "A mutual contact passed on your name",
            "I saw your post about it on Mastodon",
            "I came across your blog",
        ]
    )
    subject = ctx.pick(
        [
            "Interview request",
            f"Interview request - {outlet}",
            "Quick interview for a story?",
            f"Media request: {story}",
            "Could I interview you?",
        ]
    )
    core = [
        f"I'm a reporter at {outlet} and I'm working on a piece about {story}. {how}, and I think your experience would really help readers understand the issue.",
        ctx.pick(
            [
                f"Would you be open to a 20-minute phone interview this week? I'm on deadline for {day(ctx, when, 'en')}, so anytime before then works.",
                "Could we talk for 15-20 minutes by phone or Zoom? I'd also love a photo if you're comfortable with that, but no pressure.",
                f"I'm hoping to speak to a few people by {day(ctx, when, 'en')}. It can be on the record with your name, or just your first name if you prefer.",
            ]
        ),
        ctx.pick(
            [
                "Happy to send over the questions in advance.",
                "",
                "There's no payment, but I'll send you the link when it's published.",
            ]
        ),
    ]
    sign = bye(
        ctx,
        "en",
        f"{first} {last}",
        ctx.pick(["Reporter", "Staff Writer", "Features Writer", "Freelance journalist"]),
        outlet,
        f"@{first.lower()}{last[0].lower()} · ({ctx.num(200, 989)}) {ctx.num(200, 989)}-{ctx.num(1000, 9999)}",
    )
    return draft(
        ctx,
        "en",
        subject,
        join(hi(ctx, "en"), *core, sign),
        (f"{first} {last}", mailbox(ctx, first, last, host)),
        form=ctx.pick(["plain", "alt"]),
    )


_SHOWS = (
    "The Slow Money Show",
    "Backyard Bushcraft",
    "Small Business Yarns",
    "Parenting Unfiltered",
    "The Weekend Brewer",
    "Shelf Life: a podcast about books",
)


@p1("p1_au_podcast_guest_invite", lang="en_au")
def au_podcast(ctx: Ctx) -> Draft:
    """An Australian podcast host invites the reader on as a guest: pitch, recording slot, release."""
    show = ctx.pick(_SHOWS)
    first, last = who(ctx, "en_au")
    when = weekday_future(ctx, 3, 14)
    kind = ctx.pick(["invite", "invite", "booked", "live"])
    if kind == "invite":
        subject = ctx.pick(
            [f"Guest invite: {show}", f"Would you come on {show}?", "Podcast interview?"]
        )
        core = [
            f"I host {show}, a weekly chat with about {ctx.num(2, 40)}k listeners, mostly across Australia and NZ. I loved your {ctx.pick(['talk at the local library', 'Instagram posts', 'piece in the community newsletter', 'market stall story'])} and reckon you'd make a ripper guest.",
            "It's a relaxed 45-minute conversation - no prep needed, we just chat. We record remotely on Riverside, so all you need is headphones.",
            "Keen? If so I'll send a booking link.",
        ]
    elif kind == "booked":
        subject = f"Confirmed: your {show} recording"
        core = [
            f"Thanks for saying yes! You're locked in for {at(ctx, when, 'en_au')} (AEST).",
            f"Here's the studio link: {ctx.url('riverside.fm', 'studio')}",
            "A few tips: wired headphones, a quiet room, and close any apps that ping. I'll send a short outline of questions a couple of days before.",
        ]
    else:
        subject = f"Your episode of {show} is live!"
        core = [
            "Our chat is out today! Thanks again for being so generous with your time.",
            f"Listen here: {ctx.url('podcasts.example.com', 'ep')}",
            "If you could share it with your people, that would mean heaps.",
        ]
    sign = bye(ctx, "en_au", first, f"Host, {show}")
    return draft(
        ctx,
        "en_au",
        subject,
        join(hi(ctx, "en_au", 0.85), *core, sign),
        (
            f"{first} {last}",
            personal_addr(ctx, "en", first, last)
            if ctx.chance(0.5)
            else mailbox(
                ctx,
                first,
                last,
                ctx.pick(["slowmoneyshow.com.au", "yarnspod.com.au", "shelflifepod.com"]),
            ),
        ),
        form=ctx.pick(["plain", "alt", "html"]),
    )


_PRODUCTS = (
    ("Tandem Bank", "tandembank.example", "manage their savings goals"),
    ("PantryPal", "pantrypal.app", "plan their weekly shop"),
    ("Roamly", "roamly.travel", "book and plan trips"),
    ("Kindred Health", "kindredhealth.example", "book and keep track of GP appointments"),
    ("Bikeshelf", "bikeshelf.co", "look after their bikes"),
)


@p1("p1_user_research_paid_interview_invite")
def user_research(ctx: Ctx) -> Draft:
    """A product team invites a customer to a paid user-research interview about the product."""
    brand, host, habit = ctx.pick(_PRODUCTS)
    first, last = who(ctx, "en")
    fee = ctx.pick(["$50", "$75", "$100", "£40", "€60"])
    when = weekday_future(ctx, 2, 10)
    kind = ctx.pick(["invite", "invite", "confirm"])
    if kind == "invite":
        subject = ctx.pick(
            [
                f"Share your feedback with {brand} (and get a {fee} gift card)",
                f"{brand} research: 30-minute interview",
                "We'd love to hear from you",
                f"Help shape the future of {brand}",
            ]
        )
        core = [
            f"We're the research team at {brand}, and we're talking to customers about how they {habit}.",
            f"Would you join a 30-minute video interview with one of our designers? As a thank-you, you'll get a {fee} gift card.",
            "There are no right or wrong answers - we want to learn from your experience. Spots are limited; pick a time here:",
            ctx.url("calendly.com", "research"),
            "Your answers are used only for research and won't affect your account.",
        ]
    else:
        subject = ctx.pick(
            [
                "Your research session is confirmed",
                f"{brand} interview: see you on " + day(ctx, when, "en"),
            ]
        )
        core = [
            f"Thanks for signing up! Your session with {first} from our design team is on {at(ctx, when, 'en')}.",
            f"Join from your laptop: {ctx.url('zoom.us', 'j')}",
            f"Your {fee} gift card will be emailed within 5 business days of the session.",
        ]
    sign = bye(ctx, "en", f"{first} {last}", f"User Research, {brand}")
    return draft(
        ctx,
        "en",
        subject,
        join(hi(ctx, "en"), *core, sign),
        (
            f"{first} at {brand}",
            ctx.pick(
                ["research@", "feedback@", mailbox(ctx, first, last, host).split("@")[0] + "@"]
            )
            + host,
        ),
        form=ctx.pick(["html", "alt"]),
        bulk=ctx.chance(0.5),
    )


@p1("p1_friend_asks_for_referral")
def friend_referral(ctx: Ctx) -> Draft:
    """A friend asks the reader to refer THEM for an opening at the reader's company (their search)."""
    first, last = who(ctx, "en")
    team = ctx.pick(
        [
            "the data team",
            "marketing",
            "your design team",
            "customer support",
            "the finance team",
            "product",
        ]
    )
    subject = ctx.pick(
        [
            "quick favour?",
            "referral?",
            "saw an opening at your place",
            "Hey - random ask",
            "(no subject)",
        ]
    )
    body = ctx.pick(
        [
            f"Hope you're well! Random ask - I saw {team} at your company is hiring and I'm thinking of applying. Would you be up for referring me? Totally fine if not, I know it's awkward.",
            f"So... I'm finally leaving my job 😅 There's an opening in {team} at your place. Could you put in a referral for me? I can send you my CV and the link.",
            f"Do you know anyone in {team}? I applied last week but heard nothing. Would a referral from you help? No worries if you'd rather not.",
            f"I've got an interview with {team} at your company next week!! Any tips on what they're like? Also thanks again for the referral, owe you a drink.",
        ]
    )
    extra = ctx.pick(
        [
            "Also, are we still on for Saturday?",
            "Hope the kids are good!",
            "",
            "Let's catch up soon either way x",
        ]
    )
    headers = {}
    text = join(
        ctx.pick(
            [f"Hey {ctx.cand_first}!", f"Hi {ctx.cand_first},", f"{ctx.cand_first}!", "Hey you,"]
        ),
        body,
        extra,
        ctx.pick([first, "x " + first, "Cheers,\n" + first]),
        mobile_sig(ctx, "en"),
    )
    if ctx.chance(0.3) and subject != "(no subject)":
        subject = RE["en"] + subject
        headers = {"In-Reply-To": f"<{ctx.num(10**9, 10**10)}@mail.gmail.com>"}
    return draft(
        ctx,
        "en",
        subject,
        text,
        (f"{first} {last}", personal_addr(ctx, "en", first, last)),
        form=ctx.pick(["plain", "plain", "alt"]),
        headers=headers,
    )


@p1("p1_de_abwesenheitsnotiz_kollegin", lang="de")
def de_ooo(ctx: Ctx) -> Draft:
    """A German colleague's automatic out-of-office reply; some mention interviews they are running."""
    first, last = who(ctx, "de")
    co = ctx.pick(
        [
            ("Hanseatische Werft", "hanseatische-werft.de"),
            ("Brenner Logistik", "brenner-logistik.de"),
            ("Stadtwerke Kleve", "stadtwerke-kleve.de.example"),
        ]
    )
    back = weekday_future(ctx, 2, 15)
    deputy = ctx.pick(["Herr Lorenz", "Frau Krause", "mein Kollege Jan Becker", "Frau Wolf"])
    subject = "Automatische Antwort: " + ctx.pick(
        [
            "Budget Q3",
            "Protokoll Teammeeting",
            "Rückfrage Lieferung",
            "Termin nächste Woche",
            "AW: Angebot",
        ]
    )
    body = ctx.pick(
        [
            f"Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {day(ctx, back, 'de')} nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an {deputy}.",
            f"Ich bin heute ganztägig in Vorstellungsgesprächen für unser Team und lese meine E-Mails erst morgen. Bei dringenden Anliegen erreichen Sie {deputy}.",
            f"Ich befinde mich bis {day(ctx, back, 'de')} im Urlaub. Ihre E-Mail wird nicht weitergeleitet. Bitte wenden Sie sich an {deputy} oder schreiben Sie nach meiner Rückkehr erneut.",
            f"Ich bin bis {day(ctx, back, 'de')} auf einer Schulung und nur eingeschränkt erreichbar. Ich melde mich so schnell wie möglich.",
        ]
    )
    sign = bye(
        ctx,
        "de",
        f"{first} {last}",
        ctx.pick(
            [
                "Teamleitung Einkauf",
                "Controlling",
                "Projektleitung",
                "Assistenz der Geschäftsführung",
            ]
        ),
        co[0],
    )
    return draft(
        ctx,
        "de",
        subject,
        join(body, sign),
        (f"{first} {last}", mailbox(ctx, first, last, co[1])),
        form=ctx.pick(["plain", "alt"]),
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    )


@p1("p1_in_freelance_client_accepts_proposal", lang="en_in")
def in_freelance(ctx: Ctx) -> Draft:
    """A client of the reader's freelance business accepts a project proposal: scope, advance, kickoff."""
    first, last = who(ctx, "en_in")
    client = ctx.pick(
        [
            ("Shree Sai Caterers", "shreesaicaterers.in"),
            ("Nilgiri Organics", "nilgiriorganics.co.in"),
            ("UrbanNest Interiors", "urbannest.in"),
            ("Deccan Dental Clinic", "deccandental.in"),
        ]
    )
    work = ctx.pick(
        [
            "website redesign",
            "mobile app for online orders",
            "logo and brand kit",
            "Shopify store setup",
            "SEO and Google Ads setup",
        ]
    )
    fee = amount(ctx, 30000, 450000, "₹", 5000)
    when = weekday_future(ctx, 2, 8)
    subject = ctx.pick(
        [
            f"Re: Proposal for {work}",
            "Proposal approved - next steps",
            f"{client[0]} - {work} quotation",
            "Re: Quotation",
        ]
    )
    core = [
        ctx.pick(
            [
                f"We have gone through your proposal for the {work} and are happy to go ahead at the quoted amount of {fee} plus GST.",
                f"Thanks for the revised quotation. Our partners have approved it - {fee} for the {work}, delivered in {ctx.num(3, 10)} weeks.",
            ]
        ),
        ctx.pick(
            [
                "As discussed, we will release 40% advance once you share the invoice. Please send it with your GSTIN and bank details.",
                "Please share the agreement/work order format you use and we will get it signed.",
            ]
        ),
        f"Can we do a kickoff call on {at(ctx, when, 'en_in')}? I will add our marketing person also.",
    ]
    sign = bye(
        ctx,
        "en_in",
        f"{first} {last}",
        client[0],
        f"+91 {ctx.num(70000, 99999)} {ctx.num(10000, 99999)}",
    )
    return draft(
        ctx,
        "en_in",
        subject,
        join(hi(ctx, "en_in", 0.9), *core, sign),
        (
            f"{first} {last}",
            mailbox(ctx, first, last, client[1])
            if ctx.chance(0.6)
            else personal_addr(ctx, "en", first, last),
        ),
        form=ctx.pick(["plain", "alt"]),
    )


_NEWSLETTERS = (
    ("The People Brief", "peoplebrief.co.uk"),
    ("HR Pulse UK", "hrpulse.co.uk"),
    ("Workforce Weekly", "workforceweekly.news"),
)


@p1("p1_uk_hiring_trends_newsletter", lang="en_gb")
def uk_newsletter(ctx: Ctx) -> Draft:
    """A UK HR-industry newsletter on hiring trends: a reading digest, not a job or an application."""
    name, host = ctx.pick(_NEWSLETTERS)
    n = ctx.num(38, 260)
    items = ctx.rng.sample(
        [
            f"Vacancies fall for the {ctx.pick(['third', 'fifth', 'eighth'])} quarter running, ONS figures show - but candidate shortlists are getting longer.",
            "Why four-stage interview processes are losing employers good candidates (and what to do instead).",
            "Skills-based hiring: one year on, what the early adopters learned.",
            "Onboarding that sticks: three councils share their first-90-days playbooks.",
            f"Survey: {ctx.num(41, 78)}% of HR leaders plan to use AI to screen applications this year.",
            "The offer-decline problem: what candidates say about counter-offers.",
            "Podcast: a talent director on rebuilding graduate schemes.",
            "Employment Rights Bill: what changes for probation periods.",
        ],
        4,
    )
    body = join(
        f"{name} · Issue {n}",
        ctx.pick(["Good morning,", "Hello,", "Morning all,"])
        + "\n\n"
        + ctx.pick(
            [
                "Here's what we're reading this week.",
                "This week: shortlists, offers and the great interview debate.",
                "Your weekly round-up of the people and hiring news that matters.",
            ]
        ),
        "\n\n".join("• " + item + "\n" + ctx.url("link." + host, "r") for item in items),
        ctx.pick(
            [
                f"EVENT: HR Pulse Live, {day(ctx, weekday_future(ctx, 14, 40), 'en_gb')}, Manchester - early bird tickets on sale now.",
                "Enjoying this newsletter? Forward it to a colleague.",
                "",
            ]
        ),
    )
    subject = ctx.pick(
        [
            f"{name}: {items[0][:60].rstrip()}…",
            f"This week in hiring ({name} #{n})",
            f"{name} - the week's hiring trends",
        ]
    )
    footer = f"You're receiving this because you subscribed at {host}. Unsubscribe | Manage preferences\n{name}, {ctx.num(1, 200)} {ctx.pick(['Old Street', 'Deansgate', 'Corn Street'])}, {ctx.pick(['London', 'Manchester', 'Bristol'])}"
    return draft(
        ctx,
        "en_gb",
        subject,
        body,
        (name, ctx.pick(["newsletter@", "hello@", "editor@"]) + host),
        footer=footer,
        form=ctx.pick(["html", "alt"]),
        bulk=True,
    )
