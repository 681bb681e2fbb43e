"""Hard negatives, the user on the hiring side (part two): their employer's referral programme,
hiring-committee packets, interviewer training, hiring-manager notifications from the ATS, the
team's hiring channel, and product news from the HR-tech tools the team uses. Mail that names a
candidate, a role and a stage, but is about somebody else's application. Helpers are shared with ``fam_z_neg`` (same author, same tag).
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

import vocab
from fam_z_neg import N, _colleague_sign, _hi, _mail, _opt, _other, _paras, _stage
from kit import Ctx, Draft, family


@family("zn_referral_program", "not_job", n=N)
def referral_program(ctx: Ctx) -> Draft:
    """The employer's referral programme: bonus campaigns and updates on someone you referred."""
    rf, rl = _other(ctx)
    kind = ctx.pick(["status", "status", "campaign", "thanks", "paid"])
    if kind == "status":
        subject = ctx.fill(
            ctx.pick(
                [
                    f"Update on your referral: {rf} {rl}",
                    f"Your referral {rf} {rl} has moved to [Onsite|Interview|Offer] stage",
                    "Referral status update",
                    f"{rf} {rl} - {{title}} - referral update",
                ]
            )
        )
        body = _paras(
            ctx.fill(
                ctx.pick(
                    [
                        f"Thanks for referring {rf} {rl} for {{title}}! We wanted to let you know they've [moved to the interview stage|been invited to an onsite interview|received an offer|accepted our offer]. ",
                        f"Good news: {rf} {rl}, whom you referred for the {{title}} role, is [now interviewing with the team|progressing to the final round|in the offer stage].",
                        f"We've reviewed your referral, {rf} {rl}, for {{title}}. Unfortunately we won't be moving forward with them at this time. Thank you for thinking of us — please keep the referrals coming!",
                    ]
                )
            ),
            _opt(
                ctx,
                0.6,
                "For privacy reasons we can't share interview feedback.",
                "Please don't share this update with the candidate; their recruiter will contact them directly.",
                "Remember: referral bonuses are paid after the new hire completes 90 days.",
            ),
        )
    elif kind == "campaign":
        subject = ctx.fill(
            ctx.pick(
                [
                    "Refer a friend, earn [$3,000|$5,000|$7,500|€4.000]",
                    "Double referral bonus for {title} roles this month!",
                    "We're hiring — know anyone?",
                    "[Q3|Q4|Q1] referral push: [12|20|35] open roles",
                ]
            )
        )
        body = _paras(
            ctx.fill(
                "[Our best hires come from people like you.|Great people know great people.|Hiring is everyone's job!] [Through the end of the month|Until {day}], successful referrals for [engineering|{title}|sales|all] roles earn a [doubled|boosted] bonus of [$6,000|$10,000|€5.000|£4,000|$3,000]."
            ),
            ctx.fill(
                "Hot roles right now:\n- {title} ({city})\n- [Staff Engineer|Account Executive|Data Scientist|Nurse Manager] ([Remote|{city}])\n- [Product Designer|Recruiter|Controller] ({city})"
            ),
            ctx.fill(
                "Submit a referral in [Workday|Greenhouse|the Referrals app|Jobvite] or reply to this email with their LinkedIn."
            ),
        )
    elif kind == "thanks":
        subject = ctx.fill(f"Thank you for referring {rf}!")
        body = ctx.fill(
            f"We received your referral for {rf} {rl} ({{title}}). [A recruiter will review their profile within a week.|We'll keep you posted as things progress.] [Thanks for helping {{co}} grow!|You're a star.]"
        )
    else:
        subject = "Your referral bonus is on its way"
        body = ctx.fill(
            f"{rf} {rl} just passed 90 days at {{co}}, so your referral bonus of [$2,500|$5,000|€3.000|£2,000] will be paid in the [next|{{day}}] payroll run (before tax). Thank you!"
        )
    return Draft(
        subject,
        _paras(_hi(ctx, 0.6), body),
        ctx.fill(
            ctx.pick(
                [
                    "{co} Referrals",
                    "Talent Acquisition",
                    "{co} Recruiting",
                    "Employee Referral Program",
                    "{person}",
                ]
            )
        ),
        ctx.fill(
            ctx.pick(
                [
                    "referrals@{domain}",
                    "talent@{domain}",
                    "no-reply@greenhouse.io",
                    "noreply@jobvite.com",
                    "{slug}@myworkday.com",
                ]
            )
        ),
        greet=False,
        sign=ctx.fill(
            ctx.pick(["", "The Talent Team", "{co} Talent Acquisition", "Cheers,\nRecruiting"])
        ),
        footer=ctx.fill(
            ctx.pick(
                [
                    "",
                    "Internal — do not forward.",
                    "{co} internal communication. Questions? #ask-recruiting",
                ]
            )
        ),
    )


def _hc_summary(ctx: Ctx) -> str:
    """The interview-by-interview table a committee packet opens with."""
    rows = ["Interview summary:"]
    for _ in range(ctx.num(3, 6)):
        rows.append(
            f"- {_stage(ctx)} ({ctx.pick(vocab.FIRST_NAMES)}): "
            + ctx.pick(["Strong Hire", "Hire", "Hire", "Lean Hire", "Lean No Hire", "No Hire"])
            + ctx.pick(
                [
                    "",
                    "",
                    " - strong on fundamentals",
                    " - needed hints",
                    " - great communicator",
                    " - concerns on scope",
                ]
            )
        )
    rows.append(
        ctx.fill(
            "Recruiter notes: [candidate is in final stages elsewhere|expects {money} base|open to relocation|notice period 3 months]."
        )
    )
    return "\n".join(rows)


@family("zn_hiring_committee_packet", "not_job", n=N)
def hiring_committee_packet(ctx: Ctx) -> Draft:
    """Big-company hiring-committee mail to a committee member: packets, votes, agendas."""
    cf, cl = _other(ctx)
    level = ctx.pick(["L3", "L4", "L5", "L6", "IC4", "E5", "Senior", "Staff", "M1"])
    subject = ctx.fill(
        ctx.pick(
            [
                f"HC packet: {cf} {cl} ({level} {{title}})",
                "Hiring Committee - {day} - [3|4|5|6] packets",
                f"[HC] Please review: {cf} {cl}",
                f"Vote needed: {cf} {cl}, {level}",
                "HC agenda for this week",
                f"Re: HC packet {cf} {cl}",
            ]
        )
    )
    body = _paras(
        _hi(ctx, 0.5, group=True),
        ctx.fill(
            ctx.pick(
                [
                    f"The packet for {cf} {cl} ({{title}}, level {level}, {{city}}) is ready for committee review. Interviews: [4|5|6], scores [3.2|3.5|2.9|3.8] avg, [one|no|two] no-hire[s|].",
                    "Attached are this week's packets for the {title} hiring committee. Please read them before {day} and enter your independent vote in the tool.",
                    f"Reminder that HC meets {{day}}. {cf} {cl} is first on the list; the recruiter is asking for a decision by end of week because the candidate has a competing offer.",
                ]
            )
        ),
        _hc_summary(ctx) if ctx.chance(0.3) else "",
        _opt(
            ctx,
            0.6,
            "Concerns flagged by the panel: [depth in distributed systems|communication in the design round|limited leadership scope|level calibration].",
            "The hiring manager is recommending hire at [{title}|the next level up].",
            "Reference checks are [complete|pending] and comp has [not yet been discussed|been pre-approved].",
        ),
        _opt(
            ctx,
            0.4,
            "Reminder: packets are confidential. Do not forward or download.",
            "Please recuse yourself if you know the candidate personally.",
            "Committee members: please vote by Thursday noon.",
        ),
        ctx.fill("Packet: https://hiring.{domain}/hc/" + str(ctx.num(10**5, 10**6)))
        if ctx.chance(0.6)
        else "",
    )
    return Draft(
        subject,
        body,
        ctx.fill(
            ctx.pick(["{person}", "Hiring Committee", "HC Coordinator", "{co} Hiring Committee"])
        ),
        ctx.fill(ctx.pick(["hc-coordinators@{domain}", "hiring-committee@{domain}"]))
        if ctx.chance(0.5)
        else _mail(ctx.person_first, ctx.person_last, ctx.domain),
        greet=False,
        sign=_colleague_sign(
            ctx, ctx.pick(["HC Program Manager", "Recruiting Ops", "Hiring Committee Coordinator"])
        ),
        form=ctx.pick(["plain", "alt"]),
    )


@family("zn_interviewer_training", "not_job", n=N)
def interviewer_training(ctx: Ctx) -> Draft:
    """Interviewer enablement at the user's employer: courses, shadowing, certification."""
    kind = ctx.pick(["course", "certified", "shadow", "calibration", "refresher"])
    due = ctx.day_phrase()
    if kind == "course":
        subject = ctx.fill(
            ctx.pick(
                [
                    "Assigned: Interviewing at {co} (45 min)",
                    "Required training: Inclusive Interviewing",
                    f"Action needed: complete interviewer training by {due}",
                ]
            )
        )
        body = ctx.fill(
            f"You've been assigned [Interviewing at {{co}}|Structured Interviewing 101|Inclusive Hiring Practices|Interviewer Onboarding] in [Workday Learning|Docebo|Lessonly|the Learning Hub]. Completing it is required before you can join interview panels for [{{title}}|engineering|any] roles. Due: {due}."
        )
    elif kind == "certified":
        subject = ctx.pick(
            [
                "You're now a certified interviewer 🎉",
                "Interviewer certification complete",
                "Welcome to the interviewer pool",
            ]
        )
        body = ctx.fill(
            "Congratulations! You've completed your shadow and reverse-shadow sessions and are now certified to run [{title} technical|behavioral|system design|coding] interviews. You'll start receiving interview requests [next week|from the scheduling team shortly]. [Thank you for investing in hiring.|Please keep your availability up to date in GoodTime.]"
        )
    elif kind == "shadow":
        cf, cl = _other(ctx)
        subject = ctx.fill(f"Shadow interview: {cf} {cl} - {{day}}")
        body = ctx.fill(
            f"You're shadowing [{ctx.person}|a senior interviewer] on an interview with {cf} {cl} for {{title}}. Please join with camera off, stay quiet, and take notes. Afterwards, write a practice scorecard (it won't be shared with the hiring team) and discuss it with your mentor."
        )
    elif kind == "calibration":
        subject = ctx.pick(
            [
                "Interviewer calibration session",
                "Question bank refresh + calibration",
                "Bar calibration: coding rubric",
            ]
        )
        body = ctx.fill(
            "We're running a calibration session for everyone on the [{title}|backend|data|design] interview rotation on {day} at {time}. We'll go through [three|four] anonymised scorecards, compare ratings, and retire the [leaked|overused] questions. Attendance is strongly encouraged."
        )
    else:
        subject = ctx.pick(
            [
                "Annual interviewer refresher",
                "Hiring policy update for interviewers",
                "Your interviewer status will lapse",
            ]
        )
        body = ctx.fill(
            "Our records show you haven't [done an interview|completed the refresher] in [6|9|12] months. To stay in the interviewer pool, please complete the [15-minute|short] refresher module by {day}. [New this year: questions about salary history are not allowed in any location.|Reminder: never ask candidates about age, family plans or immigration status.]"
        )
    return Draft(
        subject,
        _paras(_hi(ctx, 0.6), body),
        *[
            ctx.fill(x)
            for x in ctx.pick(
                [
                    ("Talent Acquisition Enablement", "ta-enablement@{domain}"),
                    ("{co} Learning", "learning@{domain}"),
                    ("Recruiting Ops", "recruiting-ops@{domain}"),
                    (ctx.person, _mail(ctx.person_first, ctx.person_last, ctx.domain)),
                    ("Workday", "{slug}@myworkday.com"),
                ]
            )
        ],
        greet=False,
        sign=ctx.fill(
            ctx.pick(["", "TA Enablement", "— Recruiting Ops", "The Learning Team\n{co}"])
        ),
        bulk=ctx.chance(0.3),
    )


@family("zn_hm_ats_notifications", "not_job", n=N)
def hm_ats_notifications(ctx: Ctx) -> Draft:
    """What an ATS sends the HIRING MANAGER: new applicants, stage moves, offers accepted."""
    cf, cl = _other(ctx)
    tool = ctx.pick(["workable", "bamboohr", "greenhouse", "teamtailor", "recruitee", "personio"])
    sender = {
        "workable": ("Workable", "notifications@workablemail.com"),
        "bamboohr": ("BambooHR", "notifications@app.bamboohr.com"),
        "greenhouse": ("Greenhouse", "no-reply@greenhouse.io"),
        "teamtailor": ("Teamtailor", "no-reply@teamtailor.com"),
        "recruitee": ("Recruitee", "notifications@recruitee.com"),
        "personio": ("Personio", "no-reply@personio.de"),
    }[tool]
    kind = ctx.pick(["new", "new", "batch", "moved", "accepted", "declined", "approval"])
    if kind == "new":
        subject = ctx.fill(
            ctx.pick(
                [
                    f"New candidate for {{title}}: {cf} {cl}",
                    f"{cf} {cl} applied for {{title}}",
                    "New application: {title} ({city})",
                    f"[{{co}}] New applicant - {cf} {cl}",
                ]
            )
        )
        body = _paras(
            ctx.fill(
                f"{cf} {cl} [just applied|has applied|applied via [LinkedIn|Indeed|your careers page|a referral]] for the {{title}} [job|position|opening] you're hiring for."
            ),
            _opt(
                ctx,
                0.6,
                "[Source|Came from]: [LinkedIn|Indeed|Careers page|Referral|Agency]\nLocation: {city}\n[Years of experience|Experience]: [3|5|7|10+]",
                "Disqualifying questions: none flagged.",
                "This candidate matches [4|5|6] of your [7|8] required skills.",
            ),
            ctx.fill(
                "[Review candidate|View profile|Open in "
                + sender[0]
                + "] → https://app."
                + tool
                + ".com/c/"
                + str(ctx.num(10**6, 10**7))
            ),
        )
    elif kind == "batch":
        n = ctx.num(3, 40)
        subject = ctx.fill(f"[{n} new candidates|{n} new applicants] for {{title}}")
        body = _paras(
            ctx.fill(
                f"You have {n} new [candidates|applicants] [in the Applied stage|waiting for review] for {{title}} at {{co}}."
            ),
            ctx.fill(
                "[Candidates reviewed within 48 hours are twice as likely to accept an offer.|Keep your pipeline moving: review new applicants every day.|Tip: use the [thumbs up|Yes / Maybe / No] buttons to screen faster.]"
            ),
        )
    elif kind == "moved":
        stage = ctx.pick(
            ["Phone Screen", "Interview", "Onsite", "Offer", "Assessment", "Reference Check"]
        )
        subject = ctx.fill(f"{cf} {cl} was moved to {stage}")
        body = ctx.fill(
            f"{ctx.person} moved {cf} {cl} ({{title}}) from [Applied|Phone Screen|Interview] to {stage}. [You're listed as hiring manager on this job.|You follow this job.]"
        )
    elif kind == "accepted":
        subject = ctx.fill(
            ctx.pick(
                [
                    f"🎉 {cf} {cl} accepted the offer!",
                    f"Offer accepted: {cf} {cl} - {{title}}",
                    "Offer signed",
                ]
            )
        )
        body = ctx.fill(
            f"Great news! {cf} {cl} has [signed|accepted] the offer for {{title}}[. Start date: {{day}}.|.] [The job will be closed automatically.|Remember to close the job or mark it as filled.|Onboarding will be kicked off by People Ops.]"
        )
    elif kind == "declined":
        subject = ctx.fill(f"Offer declined: {cf} {cl}")
        body = ctx.fill(
            f"{cf} {cl} declined the offer for {{title}}. Reason given: [accepted another offer|compensation|relocation|no reason given]. [The job is still open.|Talk to your recruiter about the next candidate in the pipeline.]"
        )
    else:
        subject = ctx.fill(f"Approval needed: offer for {cf} {cl}")
        body = ctx.fill(
            f"[{ctx.person}|Your recruiter] submitted an offer for approval: {cf} {cl}, {{title}}, {{money}} base[, start {{day}}|]. You are [an approver|the next approver]. [Approve or reject in "
            + sender[0]
            + ".|Please review by end of day.]"
        )
    return Draft(
        subject,
        _paras(_hi(ctx, 0.6), body),
        ctx.fill(ctx.pick([sender[0], "{co} via " + sender[0], "{co} Hiring"])),
        sender[1],
        greet=False,
        sign="",
        footer=ctx.pick(
            [
                "",
                "You're receiving this email because you are a hiring manager on this job. Change your notification settings.",
                "Unsubscribe from these notifications",
            ]
        ),
        bulk=ctx.chance(0.4),
        form=ctx.pick(["html", "alt", "alt", "plain"]),
    )


@family("zn_hiring_channel_digest", "not_job", n=N)
def hiring_channel_digest(ctx: Ctx) -> Draft:
    """Slack / Teams unread-message mail from the team's hiring channel."""
    app = ctx.pick(["Slack", "Slack", "Microsoft Teams"])
    chan = ctx.fill(
        ctx.pick(
            [
                "#hiring-[backend|data|design|sales|platform]",
                "#recruiting",
                "#interview-loop-[q3|q4|fall]",
                "#hm-{slug}",
            ]
        )
    )
    lines = []
    for _ in range(ctx.num(1, 4)):
        cf, cl = _other(ctx)
        who = ctx.pick(vocab.FIRST_NAMES) + " " + ctx.pick(vocab.LAST_NAMES)
        lines.append(
            ctx.fill(
                who
                + ": "
                + ctx.pick(
                    [
                        f"{cf} {cl} is through to the onsite, can someone take the {_stage(ctx).lower()}?",
                        f"feedback for {cf} still missing from @{{first}} :eyes:",
                        f"{cf} {cl} signed!! welcome to the team :tada:",
                        f"heads up: {cf} withdrew, has another offer",
                        "we're pausing the {title} req until Q[1|2|3]",
                        "new take-home rubric is in the drive, pls use it from monday",
                        f"@{{first}} can you do the phone screen with {cf} tomorrow [10am|2pm]?",
                    ]
                )
            )
        )
    if app == "Slack":
        subject = ctx.fill(
            ctx.pick(
                [
                    f"[Slack] New messages in {chan}",
                    "You have new mentions in {co}",
                    "[Slack] Notifications from the {co} workspace",
                ]
            )
        )
        name, addr = "Slack", "feedback@slack.com"
        head = ctx.fill(
            f"You have [a new mention|new messages|{len(lines)} unread messages] in {chan}:"
        )
        tail = "Open Slack\n\nYou're getting this email because you have unread messages. Manage notification settings."
    else:
        subject = ctx.fill(
            ctx.pick(["You have unread messages in Teams", f"{chan.strip('#')}: new activity"])
        )
        name, addr = "Microsoft Teams", "noreply@email.teams.microsoft.com"
        head = ctx.fill(
            f"Your teammates are trying to reach you in Microsoft Teams ({{co}}, {chan})."
        )
        tail = "Reply in Teams\n\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052"
    return Draft(
        subject,
        _paras(head, "\n".join(lines), tail),
        name,
        addr,
        greet=False,
        sign="",
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )


@family("zn_hrtech_product_updates", "not_job", n=N)
def hrtech_product_updates(ctx: Ctx) -> Draft:
    """Product news from HR-tech and scheduling SaaS that the user administers or uses at work."""
    down = ctx.day_phrase()
    vendor, addr = ctx.pick(
        [
            ("Greenhouse", "news@greenhouse.io"),
            ("Lever", "product@lever.co"),
            ("Ashby", "updates@ashbyhq.com"),
            ("GoodTime", "hello@goodtime.io"),
            ("Calendly", "newsletter@calendly.com"),
            ("Workable", "news@workable.com"),
            ("BambooHR", "updates@bamboohr.com"),
        ]
    )
    feature = ctx.pick(
        [
            "AI-assisted interview notes",
            "structured scorecards",
            "offer approvals in Slack",
            "self-scheduling for panel interviews",
            "candidate sourcing automations",
            "interviewer load balancing",
            "rejection email templates",
            "pipeline analytics",
        ]
    )
    subject = ctx.fill(
        ctx.pick(
            [
                f"New in {vendor}: {feature}",
                "[What's new|Product update|Release notes] - [October|November|Q3|Spring]",
                f"{vendor} product digest",
                f"Webinar: hire faster with {feature}",
                f"[{vendor}] Scheduled maintenance on {down}",
            ]
        )
    )
    if "maintenance" in subject:
        body = ctx.fill(
            f"{vendor} will be unavailable for up to [30 minutes|2 hours] during scheduled maintenance on {down} between [01:00 and 03:00|22:00 and 23:30] UTC. [Scheduled interviews and automated candidate emails will be sent after the window.|Candidate-facing job boards and application forms are not affected.] [Check status.{addr.split('@')[1]} for updates.|No action is needed.]"
        )
    else:
        body = _paras(
            ctx.fill(
                f"[This month we shipped|Introducing|We're excited to launch] {feature}. [Recruiters and hiring managers can now|Your team can now] [cut time-to-hire by up to 30%|schedule interviews in one click|give candidates a better experience|spend less time on admin]."
            ),
            _opt(
                ctx,
                0.6,
                "Also new:\n- [Bulk reject with custom templates|Interview kits on mobile|Offer letter e-signature]\n- [Improved EEOC reporting|New API endpoints|Dark mode]\n- [Faster search|Candidate NPS surveys|Job board integrations]",
            ),
            _opt(
                ctx,
                0.5,
                "Join our live webinar on {day} at {time} to see it in action.",
                "Read the release notes in the Help Center.",
                "Admins: turn it on in Settings > Features.",
            ),
            ctx.fill(
                "[Learn more|See what's new|Register now] → " + ctx.url(addr.split("@")[1], "l")
            ),
        )
    return Draft(
        subject,
        body,
        ctx.pick([vendor, f"{vendor} Product Team", f"{ctx.person_first} from {vendor}"]),
        addr,
        greet=False,
        sign="",
        footer=f"You're receiving this email as a {vendor} customer. Unsubscribe | Preferences\n{vendor}, Inc.",
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )
