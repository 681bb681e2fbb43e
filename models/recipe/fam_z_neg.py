"""Hard negatives, round three: mail full of job words that is NOT about the user's own job
search, in styles the classifier kept as job mail on the story mailboxes.

Most are the user on the OTHER side of hiring, at their current employer: interview loops
they sit on, scorecard and feedback nudges from the company's ATS, debriefs, hiring-committee
packets, referral updates, interviewer training. The rest are lives that say "application",
"interview" and "offer" without meaning a job: tenancy, family and friends, benefits and visas,
admissions and grants, the employer's own HR cycle, clubs, podcasts, credit and insurance.
Every family is written from scratch (no phrases borrowed from other families) so that held-out
evaluation on them stays honest.

This module holds the shared helpers and the first interviewer-side families; the rest live in
``fam_z_neg_hiring`` and ``fam_z_neg_panel`` (more of the hiring side), ``fam_z_neg_life``
(tenancy, family, friends), ``fam_z_neg_civic`` (benefits, visas, admissions, grants),
``fam_z_neg_public`` (tax, children's schools, credit and insurance) and ``fam_z_neg_work``
(the employer's HR cycle, clubs, talks), each under 600 lines. All family names start ``zn_``.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from datetime import datetime, timedelta

import vocab
from kit import Calendar, Ctx, Draft, ascii_word, family

N = 30


# ---------------------------------------------------------------- helpers


def _other(ctx: Ctx) -> tuple[str, str]:
    """Somebody who is not the user: a candidate they interview, a friend, a colleague."""
    first = ctx.pick(vocab.FIRST_NAMES)
    while first == ctx.person_first:  # the sender and the person written about differ
        first = ctx.pick(vocab.FIRST_NAMES)
    return first, ctx.pick(vocab.LAST_NAMES)


def _mail(first: str, last: str, domain: str, style: int = 0) -> str:
    f, la = ascii_word(first), ascii_word(last)
    return [f"{f}.{la}@{domain}", f"{f}@{domain}", f"{f[:1]}{la}@{domain}"][style % 3]


def _paras(*parts: str) -> str:
    return "\n\n".join(p.strip() for p in parts if p and p.strip())


def _opt(ctx: Ctx, p: float, *options: str) -> str:
    """One of ``options`` filled, with probability ``p`` (slots read only when used)."""
    return ctx.fill(ctx.pick(options)) if ctx.chance(p) else ""


def _hi(ctx: Ctx, p: float = 0.8, group: bool = False) -> str:
    options = ["Hi {first},", "Hey {first},", "{first},", "Hi {first} -", "Hello {first},", "Hi,"]
    return _opt(ctx, p, *([*options, "Hi all,", "Hi team,"] if group else options))


def _weekday(ctx: Ctx, lo: int, hi: int) -> datetime:
    """A future working-day time: interviews and debriefs do not happen on Sundays."""
    start = ctx.future(lo, hi)
    while start.weekday() >= 5:
        start += timedelta(days=1)
    return start


def _stage(ctx: Ctx) -> str:
    return ctx.pick(
        [
            "Phone Screen",
            "Technical Screen",
            "Coding Interview",
            "System Design",
            "Hiring Manager Interview",
            "Values Interview",
            "Onsite - Pair Programming",
            "Case Study Review",
            "Portfolio Presentation",
            "Culture Add",
            "Bar Raiser",
            "Behavioral",
        ]
    )


def _colleague_sign(ctx: Ctx, role: str) -> str:
    name = ctx.person if ctx.chance(0.6) else ctx.person_first
    lines = [name]
    if ctx.chance(0.7):
        lines.append(role)
    if ctx.chance(0.4):
        lines.append(ctx.fill("{co}"))
    if ctx.chance(0.2):
        lines.append(ctx.pick(["she/her", "he/him", "they/them"]))
    lead = ctx.pick(["Thanks,", "Thanks!", "Best,", "Cheers,", "Thank you,", "", "ty!"])
    return "\n".join(([lead] if lead else []) + lines)


# ---------------------------------------------------------------- the user as interviewer


@family("zn_gh_scorecard_due", "not_job", ats="greenhouse", n=N)
def gh_scorecard_due(ctx: Ctx) -> Draft:
    """Greenhouse's automated nudge to an interviewer whose scorecard is overdue."""
    cf, cl = _other(ctx)
    stage = _stage(ctx)
    late = ctx.pick(["1 day", "2 days", "3 days", "18 hours", "a week"])
    subject = ctx.fill(
        ctx.pick(
            [
                f"Reminder: Please submit your scorecard for {cf} {cl}",
                f"Scorecard due: {cf} {cl} - {{title}}",
                f"[Action Required] Scorecard for {cf} {cl} is overdue",
                f"{cf} {cl} ({{title}}) - {stage} scorecard",
                "You have [2|3|4] outstanding scorecards",
                "You have 1 outstanding scorecard",
                f"Overdue feedback: {cf} {cl}",
            ]
        )
    )
    intro = ctx.fill(
        ctx.pick(
            [
                f"This is a reminder that your scorecard for {cf} {cl}'s {stage} interview for {{title}} has not been submitted.",
                f"You interviewed {cf} {cl} for the {{title}} ([{{city}}|{{req}}]) role {late} ago and we don't have your scorecard yet.",
                f"Your feedback for {cf} {cl} ({stage}) is overdue. Timely feedback helps us give candidates a great experience and make faster decisions.",
                f"Please submit your scorecard for {cf} {cl} - {{title}}. The interview took place {late} ago.",
            ]
        )
    )
    why = _opt(
        ctx,
        0.6,
        "[Hiring managers|The hiring team] can't move candidates forward until all scorecards are in.",
        "Remember: submit your scorecard before you discuss the candidate with anyone else on the panel, to avoid bias.",
        "At {co} we aim to have all interview feedback in within 24 hours.",
        "Your [recruiter|coordinator] has been notified.",
    )
    link = ctx.fill(
        "[Fill out scorecard|Submit scorecard|Leave feedback]: https://app.greenhouse.io/guides/scorecards/"
        + str(ctx.num(10**7, 10**8))
    )
    also = _opt(
        ctx,
        0.3,
        "You also have [1|2] other [pending|outstanding] scorecards. See them all on your dashboard.",
        "Tip: you can submit scorecards from the Greenhouse mobile app.",
    )
    footer = ctx.pick(
        [
            "Sent via Greenhouse. You are receiving this email because you are on an interview panel.",
            "This email was sent by Greenhouse Software on behalf of {co}. Manage notification settings in your Greenhouse account.",
            "Powered by Greenhouse",
            "",
        ]
    )
    return Draft(
        subject,
        _paras(_hi(ctx, 0.7), intro, why, link, also),
        ctx.fill(ctx.pick(["Greenhouse", "{co} Recruiting", "Greenhouse Recruiting"])),
        ctx.pick(["no-reply@greenhouse.io", "notifications@greenhouse.io"]),
        greet=False,
        sign="",
        footer=ctx.fill(footer),
        form=ctx.pick(["html", "alt", "alt"]),
    )


@family("zn_lever_feedback_nudge", "not_job", ats="lever", n=N)
def lever_feedback_nudge(ctx: Ctx) -> Draft:
    """Lever's interviewer-side mail: feedback forms, @mentions, an interview moved."""
    cf, cl = _other(ctx)
    kind = ctx.pick(["feedback", "mention", "moved", "digest"])
    if kind == "feedback":
        subject = ctx.fill(
            ctx.pick(
                [
                    f"Feedback requested: {cf} {cl}",
                    f"Please complete your interview feedback for {cf} {cl}",
                    f"{cf} {cl} — {{title}} — feedback form",
                ]
            )
        )
        body = _paras(
            ctx.fill(
                f"[{ctx.person}|Your recruiter|The hiring team] asked you to complete [an interview feedback form|feedback] for {cf} {cl}, [candidate for|interviewing for] {{title}}."
            ),
            ctx.fill(
                "[Rating scale: Strong Hire / Hire / No Hire / Strong No Hire.|Please include a rating and at least two examples.|It takes about 5 minutes.]"
            ),
            ctx.fill(
                "Complete feedback → https://hire.lever.co/feedback/" + str(ctx.num(10**6, 10**7))
            ),
        )
    elif kind == "mention":
        subject = ctx.fill(f"{ctx.person} mentioned you on {cf} {cl}")
        body = _paras(
            ctx.fill(f"{ctx.person} mentioned you in a note on {cf} {cl}'s profile ({{title}}):"),
            ctx.fill(
                ctx.pick(
                    [
                        f'"@{{first}} can you take the technical screen with {cf} on {{day}}? you know the stack best"',
                        '"@{first} thoughts? I\'m leaning hire but want a second opinion on the SQL part"',
                        f'"@{{first}} {cf} asked about on-call, can you cover that in your session"',
                        '"@{first} we need one more interviewer for the onsite — are you free?"',
                    ]
                )
            ),
            "Reply to this email to add a note, or view the profile in Lever.",
        )
    elif kind == "moved":
        subject = ctx.fill(f"Updated: Interview with {cf} {cl} [rescheduled|moved]")
        body = _paras(
            ctx.fill(
                f"Your interview with {cf} {cl} ({{title}}, {_stage(ctx)}) has been moved to {{day}} at {{time}}."
            ),
            ctx.fill(
                "[The candidate asked for a later slot.|Rescheduled at the candidate's request.|The hiring manager had a conflict.]  [Your calendar has been updated.|Please accept the new invite.]"
            ),
            _opt(
                ctx,
                0.5,
                "Interview kit and resume: https://hire.lever.co/interviews/"
                + str(ctx.num(10**5, 10**6)),
            ),
        )
    else:
        n = ctx.num(2, 6)
        subject = ctx.fill(f"Your Lever digest: {n} interviews this week")
        rows = "\n".join(
            ctx.fill(
                f"- {{day}}, {{time}} — {ctx.pick(vocab.FIRST_NAMES)} {ctx.pick(vocab.LAST_NAMES)} ({_stage(ctx)})"
            )
            for _ in range(n)
        )
        body = _paras(
            ctx.fill("Here's what's on your interviewing plate at {co} this week:"),
            rows,
            ctx.fill("[Pending feedback: {n}|You're all caught up on feedback. Nice!]"),
        )
    return Draft(
        subject,
        _paras(_hi(ctx, 0.5), body),
        ctx.fill(ctx.pick(["Lever", "{co} via Lever", "Lever Notifications"])),
        ctx.pick(["notifications@hire.lever.co", "no-reply@hire.lever.co"]),
        greet=False,
        sign="",
        footer=ctx.pick(
            [
                "",
                "You're receiving this because you're a Lever user at your company. Manage your notifications.",
                "Lever · 1125 Mission St · San Francisco",
            ]
        ),
    )


def _loop_schedule(ctx: Ctx, cand: str, start: datetime, stage: str, minutes: int) -> str:
    """The whole day's loop as scheduling tools print it for every panelist."""

    def row(t: datetime, length: int, what: str, who: str) -> str:
        return f"{t:%H:%M}-{t + timedelta(minutes=length):%H:%M}  {what:<28} {who}"

    rows = [f"Full schedule for {cand}:"]
    t = start - timedelta(minutes=45 * ctx.num(0, 2))
    while t < start:
        rows.append(
            row(
                t,
                45,
                _stage(ctx),
                f"{ctx.pick(vocab.FIRST_NAMES)} {ctx.pick(vocab.LAST_NAMES)[:1]}.",
            )
        )
        t += timedelta(minutes=45)
    rows.append(row(start, minutes, stage, ctx.fill("{first} {last}")[:40] + " *"))
    t = start + timedelta(minutes=minutes + ctx.pick([0, 15]))
    for _ in range(ctx.num(1, 3)):
        length = ctx.pick([30, 45, 60])
        rows.append(
            row(
                t,
                length,
                _stage(ctx),
                f"{ctx.pick(vocab.FIRST_NAMES)} {ctx.pick(vocab.LAST_NAMES)[:1]}.",
            )
        )
        t += timedelta(minutes=length + ctx.pick([0, 15]))
    rows.append(ctx.pick(["(you are marked with *)", "Lunch with the team is not evaluated.", ""]))
    return "\n".join(r for r in rows if r)


@family("zn_interviewer_itinerary_invite", "not_job", n=N)
def interviewer_itinerary(ctx: Ctx) -> Draft:
    """The calendar invite (GoodTime/Ashby/Outlook) a panel interviewer gets for a loop."""
    cf, cl = _other(ctx)
    stage = _stage(ctx)
    start = _weekday(ctx, 1, 10)
    minutes = ctx.pick([30, 45, 45, 60, 60, 90])
    summary = ctx.fill(
        ctx.pick(
            [
                f"Interview: {cf} {cl} - {stage}",
                f"[{{title}}] {cf} {cl} / {stage}",
                f"{cf} {cl} <> {{first}} ({stage})",
                f"Onsite loop - {cf} {cl} - {{title}}",
                f"INTERVIEWER: {stage} w/ {cf} {cl}",
            ]
        )
    )
    body = _paras(
        ctx.fill(
            ctx.pick(
                [
                    f"You've been scheduled to interview {cf} {cl} for the {{title}} position.",
                    f"Thanks for helping us hire! You're on the {stage} slot of {cf} {cl}'s loop for {{title}}.",
                    f"Hi {{first}}, you're confirmed as an interviewer for {cf} {cl} ({{title}}, req {{req}}).",
                ]
            )
        ),
        ctx.fill(
            f"Your session: {stage}\nWhen: {start:%A %d %B}, {start:%H:%M} ({minutes} min)\n"
            "[Where: Zoom link in the invite|Where: Room [Redwood|Everest|Kilimanjaro|3.14|Fishbowl], [2nd|4th|5th] floor|Where: Google Meet|Format: virtual]"
        ),
        _loop_schedule(ctx, cf, start, stage, minutes) if ctx.chance(0.35) else "",
        _opt(
            ctx,
            0.7,
            "Focus area: [problem solving and code quality|ownership and collaboration|architecture trade-offs|stakeholder management|craft and portfolio depth]. Please don't cover [compensation|other areas of the loop] — the recruiter owns that.",
            "Interview kit, resume and the question bank are linked below. Please review them beforehand.",
            "The candidate has been told to expect a [live coding exercise|whiteboard discussion|conversation about past projects].",
        ),
        _opt(
            ctx,
            0.6,
            "Please submit your scorecard within 24 hours of the interview.",
            "Feedback is due by end of day. Don't discuss the candidate with other panelists until you've submitted.",
            "Debrief is scheduled separately.",
        ),
        _opt(
            ctx,
            0.4,
            "Resume: https://drive.{domain}/file/" + str(ctx.num(10**6, 10**7)),
            "Interview kit: https://app.ashbyhq.com/interview-kit/" + str(ctx.num(10**6, 10**7)),
        ),
    )
    sender = ctx.pick(["goodtime", "ashby", "coordinator"])
    if sender == "goodtime":
        name, addr = ctx.fill("{co} Interview Scheduling"), "scheduling@goodtime.io"
    elif sender == "ashby":
        name, addr = ctx.fill("{co} (via Ashby)"), "no-reply@ashbyhq.com"
    else:
        name, addr = ctx.person, _mail(ctx.person_first, ctx.person_last, ctx.domain)
    return Draft(
        ctx.pick(["Invitation: ", "Updated invitation: ", "", "New event: "]) + summary,
        body,
        name,
        addr,
        greet=False,
        sign=_colleague_sign(ctx, "Recruiting Coordinator") if sender == "coordinator" else "",
        calendar=Calendar(
            summary,
            start,
            minutes,
            location=ctx.pick(
                ["Zoom", "Google Meet", "Microsoft Teams Meeting", "Conference Room B", ""]
            ),
        ),
    )


@family("zn_coordinator_asks_availability", "not_job", n=N)
def coordinator_asks(ctx: Ctx) -> Draft:
    """A colleague on the recruiting team asking the user, an employee, to sit on a panel."""
    cf, cl = _other(ctx)
    day = ctx.day_phrase()
    # (subject alternatives, body): the subject always fits the ask.
    subjects, body = ctx.pick(
        [
            (
                f"[Can you interview {day}?|Interview slot - {{title}}|quick ask: interview slot|{cf} {cl} - {_stage(ctx).lower()}?]",
                f"Could you take a [45|60]-min {_stage(ctx).lower()} slot for a {{title}} candidate ({cf} {cl}) on {day}? I have [10-11|2-3pm|3:30-4:15] open on your calendar. If not, can you suggest someone from your team?",
            ),
            (
                f"[Onsite {day} - need you|Interview panel - {{title}}|Re: {{title}} loop|can you do the deep dive?]",
                f"We've got a strong {{title}} candidate coming onsite {day} and [the HM|{ctx.pick(vocab.FIRST_NAMES)}] asked for you specifically for the [technical deep dive|design round|values interview]. Are you able to do it? Just reply yes/no and I'll send the invite.",
            ),
            (
                "[Reverse shadow - {title}|Interviewer training: your reverse shadow|next step in your interviewer training]",
                f"Interview shadowing: you're next in the queue for {{title}} loops. Would {day} work for you to reverse-shadow? You'd lead, [{ctx.pick(vocab.FIRST_NAMES)}|the trained interviewer] observes.",
            ),
            (
                f"[Coverage needed: {cf} {cl} onsite|URGENT: interviewer needed tomorrow|Interviewer needed|can anyone cover?]",
                f"Sorry for the short notice — [an interviewer dropped out of|someone called in sick for|we lost an interviewer on] tomorrow's loop for {cf} {cl}. Any chance you could cover the {_stage(ctx)} session at {{time}}?",
            ),
            (
                "[Interview panel - {title}|Join the {title} interview rotation?|panel help?|Hiring plan Q[1|2|3|4]]",
                "We're opening [3|4|two] new {title} reqs next quarter and I'm building the interview panel. Would you be up for joining the rotation? It's roughly [2|3] interviews a week.",
            ),
        ]
    )
    extra = _opt(
        ctx,
        0.4,
        "Interview kit is in Greenhouse as usual.",
        "No prep needed beyond reading the resume.",
        "You'd be doing the same question set as last time.",
        "Thanks for always helping out with hiring, it's noticed!",
    )
    quote = ""
    if ctx.chance(0.25):
        quote = ctx.fill(
            "[Sure, happy to help.|Which day works?|I might be able to, send details.] [What level is the role?|Is it remote?|]"
        )
    return Draft(
        ctx.fill(subjects),
        _paras(_hi(ctx, 0.85, group=True), ctx.fill(body), extra),
        ctx.person,
        _mail(ctx.person_first, ctx.person_last, ctx.domain, ctx.num(0, 2)),
        greet=False,
        sign=_colleague_sign(
            ctx,
            ctx.pick(
                [
                    "Recruiting Coordinator",
                    "Talent Acquisition",
                    "Technical Recruiter",
                    "Sr. Recruiter, Engineering",
                    "Interview Scheduling",
                ]
            ),
        ),
        form=ctx.pick(["plain", "plain", "alt"]),
        quote=quote,
    )


@family("zn_debrief_invite", "not_job", n=N)
def debrief_invite(ctx: Ctx) -> Draft:
    """The hiring manager's Outlook/Google invite for a candidate debrief."""
    cf, cl = _other(ctx)
    start = _weekday(ctx, 1, 6)
    summary = ctx.fill(
        ctx.pick(
            [
                f"Debrief: {cf} {cl} - {{title}}",
                f"Candidate debrief - {cf} {cl}",
                f"{{title}} debrief ({cf} {cl.upper()[:1]}.)",
                f"Hiring decision: {cf} {cl}",
                f"Roundup - {cf} {cl} onsite",
            ]
        )
    )
    body = _paras(
        ctx.fill(
            ctx.pick(
                [
                    f"Let's get together to discuss {cf}'s interviews and make a hire / no hire call.",
                    f"Debrief for {cf} {cl} who interviewed with us [yesterday|on Tuesday|this week] for the {{title}} role.",
                    "Quick sync to go over the loop and decide next steps.",
                    f"Thanks all for interviewing {cf}. 30 min to compare notes.",
                ]
            )
        ),
        _opt(
            ctx,
            0.75,
            "Please have your scorecard submitted in Greenhouse BEFORE this meeting.",
            "Submit feedback before the debrief so we don't anchor on each other.",
            "If you can't attend, please leave detailed notes in Ashby.",
            "Come with a clear yes/no and your reasoning.",
        ),
        _opt(
            ctx,
            0.4,
            "Agenda:\n1. Scores round-robin\n2. Concerns\n3. Decision + level\n4. Reference check plan (if hire)",
            "We also need to decide on level ([L4|L5|Senior|Staff]) if it's a yes.",
        ),
        _opt(
            ctx,
            0.5,
            "Join Zoom Meeting\nhttps://{slug}.zoom.us/j/" + str(ctx.num(10**9, 10**10)),
            "Join with Google Meet: https://meet.google.com/"
            + ctx.pick(["abc-defg-hij", "xkq-mnop-rst", "tuv-wxyz-abc"]),
            "Microsoft Teams meeting\nJoin on your computer or mobile app\nClick here to join the meeting",
        ),
    )
    return Draft(
        ctx.pick(["Invitation: ", "Invitation: ", "", "Updated invitation: "])
        + summary
        + ctx.fill(ctx.pick(["", " @ {day}", f" @ {start:%a %b %d, %Y %I%p}"])),
        body,
        ctx.person,
        _mail(ctx.person_first, ctx.person_last, ctx.domain, ctx.num(0, 2)),
        greet=False,
        sign="",
        calendar=Calendar(summary, start, ctx.pick([15, 25, 30, 45])),
        form=ctx.pick(["alt", "alt", "html", "plain"]),
    )
