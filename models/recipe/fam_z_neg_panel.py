"""Hard negatives, the user on the hiring side (part three): agencies sending CVs to the user
as a hiring manager, scheduling tools telling the user as HOST that somebody booked an
interview with them, and AI interview note-takers mailing the interviewer a summary. The words
are those of a candidate's own mail (CV, interview booked, next round); the reader is the one
doing the hiring. Helpers are shared with ``fam_z_neg`` (same author, same tag).
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

import vocab
from fam_z_neg import N, _hi, _opt, _other, _paras, _stage, _weekday
from kit import Calendar, Ctx, Draft, ascii_word, family


@family("zn_agency_cvs_to_hiring_manager", "not_job", n=N)
def agency_cvs_to_hm(ctx: Ctx) -> Draft:
    """A recruitment agency pitching candidates to the user, who is hiring at their company."""
    agency, adomain = ctx.rng.choice(vocab.RECRUITING_AGENCIES)
    cf, cl = _other(ctx)
    kind = ctx.pick(["shortlist", "single", "feedback", "spec", "terms"])
    if kind == "shortlist":
        n = ctx.num(2, 4)
        cur = ctx.pick(["${}k", "£{},000", "€{}.000"])
        people = "\n".join(
            ctx.fill(
                f"{i + 1}. {ctx.pick(vocab.FIRST_NAMES)} {ctx.pick(vocab.LAST_NAMES)[:1]}. - [{ctx.num(3, 12)} yrs|ex-[Stripe|Deloitte|Amazon|a Series B fintech]|currently contracting] - [notice: 1 month|available immediately|4 weeks notice] - [{cur.format(ctx.num(55, 160))}|{cur.format(ctx.num(55, 160))} base|day rate £[450|550|600]]"
            )
            for i in range(n)
        )
        subject = ctx.fill(
            f"[Shortlist|{n} CVs|Candidates] for your {{title}} [role|vacancy|search]"
        )
        body = _paras(
            ctx.fill(
                "As promised, here's my shortlist for the {title} [role|position] [we discussed on Tuesday|you briefed me on]. [All have been interviewed by me and are keen.|Each one has been screened against your must-haves.]"
            ),
            people,
            ctx.fill(
                "[CVs attached. Let me know who you'd like to interview and I'll set it up.|Could you let me have feedback by {day}? Two of them have other interviews.|Happy to get them in front of you this week.]"
            ),
        )
    elif kind == "single":
        subject = ctx.fill(
            f"[Candidate for {{title}}: {cf} {cl}|{cf} {cl} - CV attached|Strong {{title}} profile|Re: {{title}} vacancy]"
        )
        body = _paras(
            ctx.fill(
                f"I'd like to introduce {cf} {cl} for your {{title}} vacancy. {cf} has [six|eight|four] years' experience[ in the sector|, most recently at a competitor of yours|] and is [on a one-month notice|available to start immediately|interviewing elsewhere, so moving quickly]."
            ),
            ctx.fill(
                f"[Salary expectation: {{money}}.|Looking for {{money}} base.|{cf} is flexible on package.] [CV attached.|I've attached the CV and a short summary.] [Are you free for a quick call to discuss?|Would you like to meet them?]"
            ),
        )
    elif kind == "feedback":
        subject = ctx.fill(f"[Feedback on {cf}?|Re: {cf} {cl} interview|How did it go with {cf}?]")
        body = ctx.fill(
            f"Thanks for seeing {cf} [yesterday|on Tuesday|this morning]. [{cf} really enjoyed meeting you and is keen to move forward.|{cf} came out buzzing!] Could you share your feedback when you get a chance? [If it's a yes, they're free for a second round {{day}}.|They've got an offer on the table elsewhere so timing matters.]"
        )
    elif kind == "spec":
        subject = ctx.fill(
            "[Quick question about your {title} hire|Can we help with your {title} search?|Saw you're hiring]"
        )
        body = ctx.fill(
            "I noticed {co} is hiring a {title}. We've placed [several|12|a dozen] similar roles in {city} this year and I have [two|three] candidates who'd be a strong fit right now. Would you be open to a 15-minute call to hear about them? [No fee unless you hire.|Our fee is [15|18|20]% on a successful placement.]"
        )
    else:
        subject = ctx.pick(["Terms of business", "Our terms - as discussed", "Re: agency terms"])
        body = ctx.fill(
            "Great to speak earlier. As discussed, please find attached our terms of business for the {title} search: [18|20|22]% of first-year base salary, [12-week|3-month] rebate period. Once signed I'll send over CVs[ within 48 hours|]."
        )
    greet = _opt(
        ctx, 0.85, "Hi {first},", "Hello {first},", "Morning {first},", "Dear {first},", "{first} -"
    )
    return Draft(
        subject,
        _paras(greet, body),
        ctx.person,
        f"{ascii_word(ctx.person_first)}.{ascii_word(ctx.person_last)}@{adomain}",
        greet=False,
        sign=ctx.pick(["Best,", "Kind regards,", "Thanks,", "Cheers,"])
        + f"\n{ctx.person}\n"
        + ctx.pick(["Senior Consultant", "Principal Consultant", "Director", "Account Manager"])
        + f" | {agency}"
        + ctx.pick(
            [
                "",
                f"\n+44 20 {ctx.num(1000, 9999)} {ctx.num(1000, 9999)}",
                f"\n+1 ({ctx.num(200, 989)}) {ctx.num(200, 989)}-{ctx.num(1000, 9999)}",
            ]
        ),
        footer=ctx.pick(
            [
                "",
                f"{agency} is acting as an employment agency in relation to this vacancy.",
                "This email and any attachments are confidential and intended solely for the addressee.",
                "Candidate details are shared in confidence and must not be forwarded.",
            ]
        ),
        form=ctx.pick(["plain", "alt", "alt"]),
    )


@family("zn_scheduler_host_booking", "not_job", n=N)
def scheduler_host_booking(ctx: Ctx) -> Draft:
    """Calendly / Cal.com / Microsoft Bookings telling the HOST that a candidate booked a slot."""
    cf, cl = _other(ctx)
    inv_mail = f"{ascii_word(cf)}.{ascii_word(cl)}@{ctx.pick(vocab.CANDIDATE_DOMAINS)}"
    event = ctx.fill(
        ctx.pick(
            [
                "30 Minute Interview",
                "Phone Screen",
                "{title} - Intro Call",
                "Candidate Interview (45 min)",
                "Hiring chat",
                "Technical Interview",
            ]
        )
    )
    start = _weekday(ctx, 1, 14)
    tool = ctx.pick(["calendly", "calcom", "bookings", "calendly"])
    kind = ctx.pick(["new", "new", "canceled", "rescheduled"])
    verb = {"new": "New Event", "canceled": "Canceled", "rescheduled": "Updated"}[kind]
    if tool == "calendly":
        name, addr = "Calendly", "notifications@calendly.com"
        subject = f"{verb}: {cf} {cl} - {start:%I:%M%p} {start:%a, %b %d, %Y} - {event}"
    elif tool == "calcom":
        name, addr = "Cal.com", "notifications@cal.com"
        subject = {
            "new": f"New booking: {event} between {ctx.fill('{first}')} and {cf} {cl}",
            "canceled": f"Cancelled: {event} with {cf} {cl}",
            "rescheduled": f"Rescheduled: {event} with {cf} {cl}",
        }[kind]
    else:
        name, addr = "Microsoft Bookings", "noreply@bookings.microsoft.com"
        subject = {
            "new": f"New booking: {event} with {cf} {cl}",
            "canceled": f"Booking cancelled: {cf} {cl}",
            "rescheduled": f"Booking changed: {cf} {cl}",
        }[kind]
    head = {
        "new": ctx.fill(
            "[A new event has been scheduled.|Hi {first}, a new event has been scheduled.|You have a new booking.]"
        ),
        "canceled": f"{cf} {cl} canceled the event."
        + ctx.pick(
            [
                "",
                " Reason: found another role",
                " Reason: scheduling conflict, will rebook",
                " Reason: accepted an offer elsewhere",
            ]
        ),
        "rescheduled": f"{cf} {cl} rescheduled the event to a new time.",
    }[kind]
    details = f"Event Type:\n{event}\n\nInvitee:\n{cf} {cl}\n\nInvitee Email:\n{inv_mail}\n\nEvent Date/Time:\n{start:%I:%M%p - %A, %B %d, %Y} ({ctx.pick(['Eastern Time - US & Canada', 'GMT', 'Central European Time', 'Pacific Time - US & Canada'])})"
    answers = _opt(
        ctx,
        0.6,
        "Questions:\nWhich role are you applying for?\n{title}\n\nLinkedIn profile\nhttps://www.linkedin.com/in/"
        + ascii_word(cf)
        + ascii_word(cl),
        "Please share anything that will help prepare for our meeting.\n[Looking forward to chatting!|I've attached my portfolio link in my application.|I'm available to start in [March|two weeks].]",
    )
    tail = ctx.pick(
        [
            "View event in Calendly",
            "Pro Tip: connect Zoom to add a video link automatically.",
            "Cancel or reschedule in your dashboard.",
            "",
        ]
    )
    return Draft(
        subject,
        _paras(head, details, answers, tail),
        name,
        addr,
        greet=False,
        sign="",
        footer=ctx.pick(
            [
                "",
                "Sent from Calendly",
                "You're receiving this email because you're the host of this event type.",
            ]
        ),
        calendar=Calendar(
            f"{cf} {cl} and {ctx.fill('{first} {last}')}",
            start,
            30,
            method="CANCEL" if kind == "canceled" else "REQUEST",
        )
        if tool != "calcom" and ctx.chance(0.4)
        else None,
        form=ctx.pick(["html", "alt"]),
    )


@family("zn_interview_notetaker", "not_job", n=N)
def interview_notetaker(ctx: Ctx) -> Draft:
    """BrightHire / Metaview / Otter-style AI notes sent to the interviewer after a call."""
    cf, cl = _other(ctx)
    stage = _stage(ctx)
    tool, addr = ctx.pick(
        [
            ("BrightHire", "notifications@brighthire.ai"),
            ("Metaview", "notes@metaview.ai"),
            ("Otter.ai", "no-reply@otter.ai"),
            ("Fireflies.ai", "fred@fireflies.ai"),
            ("Pillar", "notifications@heypillar.com"),
        ]
    )
    subject = ctx.fill(
        ctx.pick(
            [
                f"Your interview notes: {cf} {cl} ({stage})",
                f"{cf} {cl} - {{title}} - notes are ready",
                f"Recap: {stage} with {cf} {cl}",
                f"Meeting notes: {cf} {cl} <> {{first}}",
                f"Draft scorecard ready for {cf} {cl}",
            ]
        )
    )
    bullets = "\n".join(
        "- " + ctx.fill(ctx.pick(pair))
        for pair in ctx.rng.sample(
            [
                [
                    f"{cf} described leading a [migration|launch|re-org] at their current company",
                    f"{cf} talked through a [difficult stakeholder|failed project|scaling problem] in depth",
                ],
                [
                    "Strong answers on [SQL|system design|prioritisation|customer empathy]",
                    "Clear, structured communication throughout",
                ],
                [
                    "Asked about [on-call|team size|remote policy|growth path]",
                    "Wants to know about [the product roadmap|the team's tech stack|career progression]",
                ],
                [
                    "Notice period: [1 month|2 weeks|3 months]",
                    "Currently interviewing at [2|3] other companies",
                ],
                [
                    "Salary expectations were not discussed (recruiter to cover)",
                    "Follow-up: send the take-home details via the recruiter",
                ],
            ],
            ctx.num(3, 5),
        )
    )
    body = _paras(
        _hi(ctx, 0.5),
        ctx.fill(
            f"[Here are the AI-generated notes|{tool} took notes|Your notes are ready] from your {stage.lower()} with {cf} {cl} for {{title}}[ ({ctx.num(28, 62)} min)|]."
        ),
        "Highlights:\n" + bullets,
        _opt(
            ctx,
            0.6,
            "[Use these notes to complete your scorecard in [Greenhouse|Lever|Ashby].|Your draft scorecard has been pre-filled - review it before submitting.]",
            "Reminder: AI notes are a draft. Your hiring decision must be your own.",
        ),
        ctx.fill(
            "[View full transcript|Open in "
            + tool
            + "|Review and submit] → "
            + ctx.url(addr.split("@")[1], "i")
        ),
    )
    return Draft(
        subject,
        body,
        ctx.pick([tool, f"{tool} Notes", f"{tool} for {ctx.co}"]),
        addr,
        greet=False,
        sign="",
        footer=ctx.pick(
            [
                "",
                f"You're receiving this because {tool} joined a meeting you hosted. Manage settings.",
                "Recordings are retained for 90 days per your company's policy.",
            ]
        ),
        form=ctx.pick(["html", "alt"]),
    )
