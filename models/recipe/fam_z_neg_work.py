"""Hard negatives from the user's working and public life: their employer's HR cycle
(performance reviews, promotion calibration, internal mobility, benefits and pay letters),
clubs and volunteering, and conference talks and podcast "interviews". All borrow the
vocabulary of hiring; none is about a job the user applied for. Helpers are shared with
``fam_z_neg`` (same author, same tag).
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

import vocab
from fam_z_neg import N, _hi, _mail, _opt, _other, _paras
from kit import Calendar, Ctx, Draft, family


@family("zn_perf_review_cycle", "not_job", n=N)
def perf_review_cycle(ctx: Ctx) -> Draft:
    """Lattice / Culture Amp / 15Five / Workday review-cycle mail at the current employer."""
    tool, addr = ctx.pick(
        [
            ("Lattice", "notifications@lattice.com"),
            ("Culture Amp", "no-reply@cultureamp.com"),
            ("15Five", "notifications@15five.com"),
            ("Workday", "{slug}@myworkday.com"),
            ("Leapsome", "notifications@leapsome.com"),
        ]
    )
    cf, cl = _other(ctx)
    cycle = ctx.fill(
        "[H1|H2|Mid-year|Annual|Q3|2025 Year-End] [Performance Review|Review Cycle|Performance & Growth Review]"
    )
    subject, body = ctx.pick(
        [
            (
                f"{cycle}: your self-review is due {{day}}",
                f"The {cycle} is open. Please complete your self-reflection by {{day}}: what you achieved, how you demonstrated our values, and where you want to grow. Your manager will use it when writing your review.",
            ),
            (
                f"{cf} {cl} requested your feedback",
                f"{cf} {cl} has asked you for peer feedback as part of the {cycle}. [It takes about 10 minutes.|Please answer 3 short questions.] Feedback is [shared anonymously|visible to {cf}'s manager only]. Due {{day}}.",
            ),
            (
                "Your review is ready to view",
                f"Your manager has shared your review for the {cycle}. [Please read it before your 1:1 and acknowledge it in {tool}.|Rating and comments are now visible.] [If you have questions, talk to your manager or People Partner.|]",
            ),
            (
                "Calibration session: [Engineering|Product|Sales|Ops] managers",
                f"As a people manager you're invited to the {cycle} calibration on {{day}}. Please have draft ratings and promotion nominations for your direct reports submitted in {tool} beforehand. Ratings are confidential until released.",
            ),
            (
                "Promotion nominations are open",
                f"Managers can now nominate team members for promotion in the {cycle}. Each nomination needs a written case covering scope, impact and readiness at the next level. [Packets are reviewed by the promotion committee in [two|three] weeks.|Deadline: {{day}}.]",
            ),
            (
                "Reminder: 1 task outstanding",
                f"You still have an open task in the {cycle}: [write upward feedback for your manager|complete your self-review|nominate peer reviewers]. The cycle closes {{day}}.",
            ),
        ]
    )
    return Draft(
        ctx.fill(subject),
        _paras(
            _hi(ctx, 0.6),
            ctx.fill(body),
            _opt(
                ctx,
                0.3,
                "How to write a good review: be specific, give examples from the whole period (not just the last few weeks), and focus on impact and behaviours rather than personality. Self-reviews are visible to your manager and, after calibration, to your skip-level. Ratings are finalised only after calibration and will be shared in your review conversation; compensation changes are communicated separately in [March|April].",
            ),
        ),
        ctx.fill(ctx.pick([tool, "{co} via " + tool, "{co} People Team"])),
        ctx.fill(addr),
        greet=False,
        sign=ctx.pick(["", "", "The People Team", "People Ops"]),
        footer=ctx.pick(
            [
                "",
                f"You're receiving this because you're part of the {cycle}. Manage email preferences.",
                f"Sent from {tool}.",
            ]
        ),
        bulk=ctx.chance(0.3),
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("zn_internal_mobility", "not_job", n=N)
def internal_mobility(ctx: Ctx) -> Draft:
    """The employer's internal careers newsletter, talent marketplace and mentoring mail."""
    kind = ctx.pick(["newsletter", "gig", "week", "mentor", "story"])
    if kind == "newsletter":
        roles = "\n".join(
            ctx.fill(
                "• "
                + ctx.pick(vocab.TITLES)
                + " - [{city}|Remote|Hybrid] - [Engineering|Finance|Operations|Marketing|People|Product]"
            )
            for _ in range(ctx.num(3, 6))
        )
        subject = ctx.fill(
            "[Internal Opportunities|Grow@{co}|Open roles inside {co}|Your internal jobs digest] - [this week|{day}|November|Q4]"
        )
        body = _paras(
            ctx.fill(
                "[These roles are open to current employees first.|Here are this week's internal openings.|Thinking about your next move? Start here.] [You must have been in your current role for 12 months and let your manager know before applying.|Talk to your manager first - it's part of our internal mobility policy.]"
            ),
            roles,
            ctx.fill("Browse all internal roles in [Workday|the Careers hub|Gloat|Fuel50]."),
        )
    elif kind == "gig":
        subject = ctx.fill(
            "[New gig matches your skills|3 projects match your profile|A gig you might like: {title} support]"
        )
        body = ctx.fill(
            "[Based on your skills profile|Because you listed [SQL|project management|Figma|Python]], we think you'd be a great fit for a short-term project: '[Q4 pricing analysis|Onboarding redesign|Data quality sprint|Warehouse automation pilot]' ([10|20]% of your time for [6|8|12] weeks). [Gigs don't change your role or manager.|Ask your manager to approve before you express interest.]"
        )
    elif kind == "week":
        subject = ctx.fill(
            "[Career Week is coming|Career Development Week: sessions open|Save the date: Career Week {day}]"
        )
        body = ctx.fill(
            "Join us for Career Week at {co}: [CV and LinkedIn clinics|mock interview practice with recruiters|panels on moving between teams|1:1 career coaching]. [Sessions are recorded.|Sign up in the Learning hub - spaces are limited.] [Open to all employees.|Managers, please give your teams time to attend.]"
        )
    elif kind == "mentor":
        subject = ctx.fill(
            "[You've been matched with a mentor|Mentoring programme: your match|Welcome to the mentoring programme]"
        )
        body = ctx.fill(
            f"Good news - you've been matched with {ctx.person} ([Director, Finance|Staff Engineer|Head of Design|Senior PM]) for the [spring|autumn] mentoring cohort. [Your first session is on {{day}}.|Reach out to set up your first conversation.] [Topics might include promotion, switching teams or interviewing for internal roles.|]"
        )
    else:
        cf, cl = _other(ctx)
        subject = ctx.fill(
            f"[From support to {{title}}: {cf}'s story|How {cf} moved teams|Internal move spotlight: {cf} {cl}]"
        )
        body = ctx.fill(
            f"After [three|four|two] years in [Customer Support|Sales|Operations], {cf} {cl} applied for an internal {{title}} role last [spring|year] - and got it. 'I was nervous about the interview but the hiring manager already knew my work,' [she|he|they] says. [Read the full story on the intranet.|Want to do the same? Our internal mobility team can help.]"
        )
    return Draft(
        subject,
        _paras(_hi(ctx, 0.4), body),
        *[
            ctx.fill(x)
            for x in ctx.pick(
                [
                    ("{co} Internal Mobility", "internal-mobility@{domain}"),
                    ("Talent & Careers", "careers-internal@{domain}"),
                    ("{co} People Team", "people@{domain}"),
                    ("Internal Comms", "comms@{domain}"),
                    ("{co} via Gloat", "noreply@gloat.com"),
                ]
            )
        ],
        greet=False,
        sign=ctx.pick(["", "The Talent & Careers team", "People Team", "Internal Mobility"]),
        footer=ctx.fill(
            ctx.pick(
                [
                    "",
                    "Internal use only.",
                    "{co} internal newsletter. You receive this as an employee; it can't be unsubscribed from.",
                    "Questions? #ask-people",
                ]
            )
        ),
        bulk=kind in ("newsletter", "week"),
        form=ctx.pick(["html", "alt", "alt"]),
    )


@family("zn_benefits_total_rewards", "not_job", n=N)
def benefits_total_rewards(ctx: Ctx) -> Draft:
    """Open enrolment, pay letters, equity refreshes and bonus statements from the current employer."""
    year = ctx.pick(["2025", "2026", "2024"])
    subject, body = ctx.pick(
        [
            (
                f"Open Enrollment {year} starts now",
                f"Open enrollment for {year} benefits runs until {{day}}. This is your once-a-year chance to change your medical, dental and vision plans and FSA/HSA elections. [If you do nothing, your current elections roll over (except FSA).|New this year: [a second PPO option|fertility benefits|pet insurance].]",
            ),
            (
                f"Your {year} Total Rewards Statement",
                "Your Total Rewards Statement is available in [Workday|the benefits portal]. It shows the full value of your compensation: base salary, bonus, equity, retirement match and benefits paid by {co}. [Total value: {money}.|]",
            ),
            (
                "Your compensation letter",
                "Following the annual review, your [base salary|pay] will increase by [3.0|3.5|4.2|5.0]% effective {day}. Your new annual base salary is {money}. [Your bonus for the year is {money}.|] Please read your letter in [Workday|the HR portal] and reach out to your manager with questions.",
            ),
            (
                "Equity refresh grant",
                "You've been granted [1,200|2,500|600|4,000] RSUs as part of this year's refresh. The grant vests over four years. Please accept your grant in [Carta|Shareworks|E*TRADE|Schwab Equity Award Center] by {day} or it will be forfeited.",
            ),
            (
                "Your benefits offer: choose your plan",
                "As a valued employee you're offered [a new voluntary benefit|discounted gym membership|legal insurance|critical illness cover] at group rates. Enroll by {day} in the benefits portal. [This offer is only available during enrollment.|]",
            ),
            (
                "Annual bonus statement",
                "Your bonus for the [{year}|last] performance year has been calculated. Individual multiplier: [1.0|1.1|0.9|1.2]x. Payout: [$8,450|$12,300|€6.900|£4,120|$21,750|$3,980], paid with the [March|next] payroll. [Details in your statement.|]".replace(
                    "{year}", year
                ),
            ),
        ]
    )
    return Draft(
        ctx.fill(subject),
        _paras(_hi(ctx, 0.6), ctx.fill(body)),
        *[
            ctx.fill(x)
            for x in ctx.pick(
                [
                    ("{co} Benefits", "benefits@{domain}"),
                    ("Total Rewards", "total-rewards@{domain}"),
                    ("{co} HR", "hr@{domain}"),
                    ("Workday", "{slug}@myworkday.com"),
                ]
            )
        ],
        greet=False,
        sign=ctx.fill(
            ctx.pick(["", "Total Rewards Team", "The Benefits Team\n{co}", "People Operations"])
        ),
        footer=ctx.pick(
            [
                "",
                "Confidential. This message contains personal compensation information.",
                "Benefits questions? Call the Benefits Center at 1-800-555-0142.",
            ]
        ),
        form=ctx.pick(["html", "alt", "plain"]),
    )


_CLUBS = (
    # name, domain, what a place is called, what a first visit is called, who writes
    (
        "Riverside Rowing Club",
        "riversiderowing.org",
        "places in the novice squad",
        "learn-to-row taster",
        "Membership Secretary",
    ),
    (
        "Northside Food Bank",
        "northsidefoodbank.org",
        "volunteer shifts",
        "warehouse induction",
        "Volunteer Coordinator",
    ),
    (
        "Hollybrook Allotment Society",
        "hollybrookallotments.org.uk",
        "plots",
        "site walk-round",
        "Plot Secretary",
    ),
    (
        "The Foundry Coworking",
        "thefoundry.example",
        "resident desks",
        "free day pass",
        "Community Manager",
    ),
    (
        "City Chamber Choir",
        "citychamberchoir.org",
        "places in the alto and tenor sections",
        "open rehearsal",
        "Membership Secretary",
    ),
    (
        "St Mary's Hospice",
        "stmaryshospice.org.uk",
        "volunteer roles on the ward",
        "volunteer induction morning",
        "Volunteer Services Manager",
    ),
    (
        "Mill Street Housing Co-op",
        "millstreet.coop",
        "rooms",
        "house dinner",
        "Membership Secretary",
    ),
    (
        "Eastside Youth Football",
        "eastsideyouthfc.org",
        "coaching roles",
        "training session",
        "Club Welfare Officer",
    ),
)


@family("zn_club_volunteer_membership", "not_job", n=N)
def club_volunteer(ctx: Ctx) -> Draft:
    """Clubs, charities, co-ops and boards: membership and volunteer applications with 'interviews'."""
    org, dom, places, taster, role = ctx.pick(_CLUBS)
    kind = ctx.pick(["received", "interview", "accepted", "waitlist", "board", "trial"])
    when = ctx.pick(["6:30pm", "7pm", "10am", "Saturday morning", "11:00"])
    subject, body = {
        "received": (
            "[Thanks for your application|Membership application received|Your application to join]",
            f"Thanks for applying to [join|volunteer with] {org}. [I'll be in touch within [two weeks|10 days].|We review applications at the monthly committee meeting.] [You'll need two referees and a DBS check for this role.|No experience needed - full training is given.]",
        ),
        "interview": (
            "[Informal chat|Volunteer interview|Meet the committee|Next step]",
            f"We'd love to invite you for an informal [chat|interview] with [me and another committee member|a couple of us from the committee|our team lead] on {{day}} at {when}. It's nothing formal - we just want to get to know you and explain how {org} works. [Bring photo ID for your DBS check.|Tea and biscuits provided!]",
        ),
        "accepted": (
            f"[Welcome to {org}!|Your membership has been approved|Congratulations - you're in!]",
            f"[We're delighted to offer you membership of|The committee was happy to approve your application to] {org}. [Your first subs of £{ctx.num(15, 90)} are due by {{day}}.|Your induction is on {{day}}.|Welcome pack to follow by post.]",
        ),
        "waitlist": (
            "[Waiting list|Your application - update]",
            f"Thank you for applying. All our {places} are currently filled, so we've added you to the waiting list (you're number {ctx.num(3, 48)}). [We'll contact you when a space opens up.|Typical wait is 6-12 months.]",
        ),
        "board": (
            "[Trustee vacancy: your application|Committee nominations|Standing for the committee]",
            "Thank you for putting yourself forward for the [board of trustees|committee|treasurer role]. Candidate statements will be circulated to members and voting takes place at the AGM on {day}. [Please send a 200-word statement by Friday.|The chair would like a quick call beforehand.]",
        ),
        "trial": (
            f"[Your {taster}|Come along!|{taster.capitalize()} - {{day}}]",
            f"Great to hear you'd like to join! Come along to our {taster} on {{day}} at {when}. [If you enjoy it, we'll send a membership form afterwards.|Just let me know if you can't make it.]",
        ),
    }[kind]
    return Draft(
        ctx.fill(subject),
        _paras(
            _opt(ctx, 0.85, "Hi {first},", "Dear {first},", "Hello {first}!", "Hi there,"),
            ctx.fill(body),
        ),
        ctx.pick([org, f"{ctx.person} ({org})", ctx.person]),
        ctx.pick(["membership@", "volunteer@", "secretary@", "hello@"]) + dom,
        greet=False,
        sign=ctx.pick(["Best wishes,", "Thanks,", "Cheers,", "Warmly,"])
        + "\n"
        + ctx.person_first
        + ctx.pick(["", f"\n{org}", f"\n{role}", f"\n{role}, {org}"]),
        footer=ctx.pick(
            [
                "",
                f"{org} is a registered charity.",
                "You're receiving this because you contacted us. Reply STOP to opt out.",
            ]
        ),
        form=ctx.pick(["plain", "alt"]),
    )


@family("zn_speaker_podcast_press", "not_job", n=N)
def speaker_podcast(ctx: Ctx) -> Draft:
    """Talk proposals, podcast guest interviews and journalists' interview requests."""
    event = ctx.pick(
        [
            "PyData Lisbon",
            "DevOpsDays Ghent",
            "UX Camp North",
            "DataConf 2025",
            "Women in Product Summit",
            "RustFest",
            "ProductCamp",
            "the Regional HR Forum",
        ]
    )
    show = ctx.pick(
        [
            "The Build Loop",
            "Data Diaries",
            "Ship It Weekly",
            "Design Matters-ish",
            "Scale Stories",
            "The Ops Room",
        ]
    )
    kind = ctx.pick(["cfp_yes", "cfp_no", "podcast", "podcast_sched", "press", "panel"])
    talk = ctx.pick(
        [
            "Testing in production without tears",
            "What we learned migrating to Postgres",
            "Accessible forms at scale",
            "Hiring your first data team",
            "Feature flags in anger",
            "Interviewing engineers fairly",
        ]
    )
    subject, body, name, addr = {
        "cfp_yes": (
            f"[{event}] Your proposal has been accepted!",
            f"Congratulations! Your talk '{talk}' has been accepted for {event}. [Please confirm your participation by {{day}}.|Please confirm you can attend and send a short bio and headshot.] [We cover travel and two nights' hotel for speakers.|Speakers get a free ticket.]",
            f"{event} Program Committee",
            "cfp@sessionize.com",
        ),
        "cfp_no": (
            f"[{event}] Your proposal",
            f"Thank you for submitting '{talk}' to {event}. We received [412|650|280] proposals for [30|42|24] slots and unfortunately we weren't able to include yours this year. [We'd love you to submit again next year.|Here's a discount code for a ticket: SPEAKER20.]",
            f"{event} Program Committee",
            "cfp@sessionize.com",
        ),
        "podcast": (
            f"Invitation: guest on {show}",
            f"I host {show}, a podcast about [building software teams|data careers|product and design|engineering leadership]. I loved your [blog post|talk at {event}|thread] and would love to interview you for an episode. It's a relaxed [45|60]-minute conversation, recorded remotely. Would you be up for it?",
            ctx.person,
            _mail(
                ctx.person_first,
                ctx.person_last,
                ctx.pick(["gmail.com", "substack.com", "buildloop.fm"]),
            ),
        ),
        "podcast_sched": (
            f"{show} - recording confirmed",
            "Thanks for booking! Your interview recording for "
            + show
            + " is on {day} at {time}. [We'll record on Riverside - use Chrome and wired headphones.|The link is in the calendar invite.] [The episode usually goes live 2-3 weeks later.|I'll send the questions a few days ahead.]",
            show,
            "bookings@calendly.com",
        ),
        "press": (
            "[Interview request|Request for comment|Quick interview for a piece on remote work?]",
            "I'm a [reporter|journalist|features writer] at [the City Herald|TechWeekly] writing a piece on [hiring in the AI era|the four-day week|burnout in tech|return-to-office]. Could I interview you for 15 minutes [this week|before {day}]? [Happy to keep it anonymous.|Deadline is Friday.]",
            ctx.person,
            _mail(
                ctx.person_first,
                ctx.person_last,
                ctx.pick(["cityherald.example.com", "techweekly.example.com"]),
            ),
        ),
        "panel": (
            f"Panel invite: {event}",
            f"Would you join a panel at {event} on '[The future of hiring|Careers in data|Building inclusive teams|Moving from IC to manager]'? It's on {{day}}, 40 minutes, three panelists plus a moderator. [We'd do a short prep call beforehand.|No slides needed!]",
            ctx.person,
            _mail(ctx.person_first, ctx.person_last, "events.example.org"),
        ),
    }[kind]
    start = ctx.future(3, 30)
    cal = (
        Calendar(f"{show} recording", start, 60, location="Riverside")
        if kind == "podcast_sched" and ctx.chance(0.6)
        else None
    )
    return Draft(
        ctx.fill(subject),
        _paras(
            _opt(ctx, 0.8, "Hi {first},", "Hey {first}!", "Dear {first},", "Hello {first},"),
            ctx.fill(body),
        ),
        name,
        addr,
        greet=False,
        sign=ctx.pick(
            [
                "",
                f"Best,\n{ctx.person_first}",
                f"Thanks!\n{ctx.person}",
                f"Cheers,\n{ctx.person_first}\nHost, {show}"
                if kind.startswith("podcast")
                else f"Cheers,\n{ctx.person_first}",
            ]
        ),
        footer=ctx.pick(
            [
                "",
                "Sent via Sessionize" if kind.startswith("cfp") else "",
                "Powered by Calendly" if kind == "podcast_sched" else "",
            ]
        ),
        calendar=cal,
        form=ctx.pick(["plain", "alt", "html"]),
    )
