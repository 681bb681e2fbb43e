"""Technical-round template families: coding-test platforms, take-homes, "next round" mail,
design / pairing / case rounds, expiry reminders and technical-loop scheduling.

Written from scratch like the rest of ``fam_x_stages*`` so held-out families are new styles.
The hard part on purpose: most of these say "interview" again and again (a technical interview
is still a technical round), many open with thanks for the last conversation, and subjects
are often just "Next steps" or "Following up".
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from fam_x_stages import SHORT_SIGN, join, lower_casual, someone
from kit import Calendar, Ctx, Draft, ats_sender, family, sign_person, sign_team

# platform -> (senders "display/address", subjects, bodies, footers); %URL% is the test link.
_PLATFORMS: dict[str, tuple[tuple[str, ...], str, tuple[str, ...], str]] = {
    "hackerrank": (
        (
            "HackerRank/support@hackerrankforwork.com",
            "{co} Hiring Team/no-reply@hackerrankforwork.com",
        ),
        "[Invitation: {co} [{title} |]Assessment|{co} has invited you to take a test|Your {co} coding challenge|Complete your HackerRank test for {co}]",
        (
            "You have been invited to attempt the {co} [{title} |]Hiring Test[ on HackerRank|].\n\nTest duration: [60|75|90|120] minutes\nNumber of questions: [2|3|4]\n[Test link expires on {day}.|]\n\nPlease ensure you have a stable internet connection and attempt the test in one sitting.\n\nStart test: %URL%",
            "{co} would like you to take a [coding challenge|programming test] as the next step for the {title} position. [You can practice with a sample test before starting.|The test supports Python, Java, C++, JavaScript and more.]\n\nBegin the test: %URL%",
        ),
        "[You received this email because {co} invited you to a HackerRank assessment.|HackerRank - Candidate Support]",
    ),
    "codility": (
        ("Codility/no-reply@codility.com", "{co} via Codility/tests@codility.com"),
        "[{co} has invited you to take a test|Your Codility test from {co}|Test invitation - {title}|Next steps]",
        (
            "{co} has invited you to take a test on Codility[ as part of the {title} recruitment process|].\n\nTime limit: [70|90|100|120] minutes\nDeadline: {day}\n\nWe recommend trying the demo test first so you know what to expect. When you're ready, start here: %URL%",
            "Hello, {co} asked us to send you a programming assessment. [It contains [2|3] tasks.|It covers algorithms and code correctness.] Once you open a task, the timer starts.\n\n%URL%",
        ),
        "[Codility - Global Candidate Support|This message was sent by Codility on behalf of {co}.]",
    ),
    "codesignal": (
        ("CodeSignal/noreply@codesignal.com", "{co} Recruiting/no-reply@app.codesignal.com"),
        "[Complete your coding assessment for {co}|{co}: your Pre-Screen invitation|Action required: General Coding Assessment|Reminder: {co} wants to see your skills]",
        (
            "{co} invited you to complete [a Pre-Screen|the General Coding Assessment|a Certified Evaluation] for the {title} role. The assessment is [70|90] minutes long and proctored: you'll need a webcam and a photo ID.\n\nGet started: %URL%",
            "Next step in your {co} application: a [coding assessment|technical screen] on CodeSignal. Complete it by {day}. Your score can be shared with other companies only if you allow it.\n\n%URL%",
        ),
        "[CodeSignal, Inc. - Unsubscribe from assessment emails|Questions? Visit support.codesignal.com]",
    ),
    "testgorilla": (
        ("TestGorilla/no-reply@testgorilla.com", "{co}/assessments@testgorilla.com"),
        "[{co} has invited you to take an assessment|Your assessment for {title}|Invitation: skills test for {co}]",
        (
            "{co} has invited you to take an assessment for the {title} position. This assessment includes tests like [Python (Coding): Data Structures & Objects|SQL (Coding): Entry-level|JavaScript (Coding): Debugging|Attention to Detail (Textual)|Excel (Intermediate)].\n\nIt takes about [30|45|60] minutes. Start the assessment: %URL%",
            "Good news: {co} wants to learn more about your skills! Please complete the [skills test|assessment] [by {day}|within 5 days]. [A webcam snapshot is taken for anti-cheating purposes.|]\n\n%URL%",
        ),
        "[Sent by TestGorilla on behalf of {co}|TestGorilla - Privacy policy]",
    ),
    "karat": (
        ("Karat/scheduling@karat.io", "{co} Technical Interviews/interviews@karat.io"),
        "[Schedule your technical interview with {co}|Karat interview: {co} {title}|Action required: book your {co} technical interview|Next steps]",
        (
            "Karat is partnering with {co} to conduct your technical interview[ for the {title} position|]. Your interview will be a [60|45]-minute video call with a professional Interview Engineer and will include coding questions.\n\nPlease schedule your interview within 3 days: %URL%\n\nYou can use the language of your choice. Review the interview prep guide before your session.",
            "{co} has asked Karat to host your technical interview. Pick any time slot (interviews run 24/7): %URL%\n\nYour Interview Engineer will explain the format at the start of the interview.",
        ),
        "[Karat - The Interviewing Cloud|Need help? support@karat.io]",
    ),
    "coderpad": (
        ("CoderPad Screen/no-reply@coderpad.io", "{co} via CoderPad/screen@coderpad.io"),
        "[{co} has invited you to a CoderPad Screen|Your technical screen for {co}|Coding exercise - {title}]",
        (
            "{co} has invited you to complete a technical screen on CoderPad[ for the {title} role|]. You'll solve [two|three] programming exercises in your browser. Expected time: about [60|90] minutes.\n\nThe invitation is valid until {day}.\n\nStart: %URL%",
        ),
        "[Powered by CoderPad|]",
    ),
}


@family("st_assess_platform", "technical_round", n=36)
def assess_platform(ctx: Ctx) -> Draft:
    senders, subjects, bodies, footers = _PLATFORMS[ctx.pick(list(_PLATFORMS))]
    if ctx.chance(0.2):  # the company forwards the platform link itself
        display, addr = ats_sender(ctx, ctx.pick(["own", "person"]))
    else:
        display, addr = ctx.pick(senders).split("/")
        display = ctx.fill(display)
    link = ctx.url(addr.split("@")[1], ctx.pick(["test", "invite", "a", "assessment"]))
    body = ctx.fill(ctx.pick(bodies).replace("%URL%", link))
    if ctx.chance(0.3):
        body = (
            ctx.fill(
                "[Thanks for applying for the {title} role!|Thank you for your interest in {co}.|Congrats on moving forward!] "
            )
            + body
        )
    return Draft(
        ctx.fill(subjects),
        body,
        display,
        addr,
        greet=ctx.chance(0.6),
        sign="" if ctx.chance(0.6) else sign_team(ctx),
        footer=ctx.fill(footers),
        form=ctx.pick(["html", "alt", "alt", "plain"]),
        bulk=ctx.chance(0.3),
    )


@family("st_takehome_deadline", "technical_round", n=34)
def takehome_deadline(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["person", "person", "own", "lever"]))
    kind = ctx.pick(["code", "code", "data", "design", "writing"])
    task = {
        "code": "[build a small REST service|implement a rate limiter|extend the starter app in the repo|fix the failing tests and add one feature|write a CLI that parses the attached log file]",
        "data": "[analyse the attached dataset and share a short write-up|build a simple churn model on the sample data|answer the questions in the notebook]",
        "design": "[redesign the onboarding flow in the brief|propose a mobile checkout experience|critique and improve the attached screens]",
        "writing": "[draft a launch plan for the scenario in the brief|write a one-page strategy memo|prepare a 30-60-90 day plan for the role]",
    }[kind]
    opener = ctx.para(
        "Thanks for your time with {pfirst} [last week|on {day}|earlier]! As the next step, we'd like you to complete a take-home [exercise|assignment|project].",
        "Great news - the team would like to move you forward to the [assignment|take-home] stage for the {title} role.",
        "As discussed, here is the [take-home|homework assignment|practical exercise].",
        "Thanks for applying and for the great chat! The next stage of our process is a short [practical task|work sample].",
    )
    brief = ctx.fill(
        f"The task: {task}. [The full brief is attached.|Brief: {{url}}|Everything you need is in the repo: https://github.com/{{slug}}-hiring/[take-home|exercise|challenge]-{ctx.num(1, 40)}]".replace(
            "{url}", ctx.url("docs.google.com", "document/d")
        )
    )
    rules = ctx.fill(
        "[Please timebox it to about [2|3|4] hours|It should take [2-3|3-4] hours; please don't spend more than that|There's no strict time limit, but we don't expect more than an evening's work]. [Focus on clarity over completeness.|We care more about your reasoning than polish.|Include a README explaining your choices.|]"
    )
    due = ctx.fill(
        "[The deadline is {day} at {time}|Please submit by {day}|We'd love to have it back within [5|7] days|Deadline: {day}, end of day]. [If you need more time, just let me know.|Reply to this email with a link or zip.|You'll then walk the team through it in a [45|60]-minute review.|]"
    )
    subject = ctx.fill(
        "[Take-home assignment|Next steps|{co} - exercise|Your assignment (due {day})|Following up|Take home for {title}|Re: {title} - next stage|Practical task]"
    )
    return Draft(subject, join(opener, brief, rules, due), name, addr, sign=sign_person(ctx))


@family("st_next_round_moved", "technical_round", n=36)
def next_round_moved(ctx: Ctx) -> Draft:
    name, addr = ats_sender(
        ctx, ctx.pick(["person", "own", "greenhouse", "workday", "smartrecruiters", "ashby"])
    )
    opener = ctx.para(
        "Thanks for taking the time to interview with us[ for the {title} role|]. [The team enjoyed meeting you|{pfirst} really enjoyed your conversation|We were impressed by your interview], and we'd like to move you forward to the technical interview stage.",
        "Good news - after your interview with {person}, you've been moved to the next round: the technical interview.",
        "Congratulations! You have been selected to advance to the [technical interview|second round technical interview|technical assessment round] for {title}.",
        "Following up on your recruiter interview: the hiring team would like to continue with a technical interview.",
        "Your application status has been updated: Technical Interview.",
    )
    what = ctx.para(
        "This round is a [60|75|90]-minute [live coding session|technical deep-dive|technical interview] with [two engineers|a senior engineer|members of the {title} team]. [You'll solve a practical problem and talk through your approach.|Expect questions on your past projects and a coding exercise.|You can use the language you're most comfortable with.]",
        "The technical interview covers [data structures and problem solving|SQL and data modelling|debugging a small service|your domain knowledge] and will be held on [Zoom|Teams|CoderPad].",
        "In this interview you'll [walk us through a technical problem you've solved|solve a couple of coding questions in a shared editor|go deep on architecture and trade-offs].",
    )
    action = ctx.para(
        "Please [pick a time|share your availability] using this link: {link}",
        "Our coordinator will reach out shortly with interview times.",
        "Let me know your availability for next week and I'll set up the interview.",
        "Log in to your candidate account to schedule your interview.",
    )
    tip = ctx.fill(
        ctx.maybe(
            "[Tip: have a working microphone and a quiet space.|No prep needed beyond a refresher on fundamentals.|Feel free to ask clarifying questions during the interview - we encourage it.]",
            0.4,
        )
    )
    subject = ctx.fill(
        "[Next steps|Update on your application|Moving forward|Following up|{co} - technical interview|Invitation to the next round|You're moving to the next round!|Application update - {title}]"
    )
    return Draft(
        subject,
        join(opener, what, action, tip),
        name,
        addr,
        sign=sign_person(ctx) if ctx.chance(0.6) else sign_team(ctx),
    )


_ROUND_KINDS: dict[str, tuple[str, str]] = {
    "design": (
        "[system design interview|architecture interview|systems round]",
        "You'll be asked to design a [large-scale system|service] such as [a URL shortener|a news feed|a ride-matching service|a rate limiter|a notification system]. We care about how you reason about trade-offs, scaling and failure modes, not a single right answer. [We'll use Excalidraw for diagrams.|A virtual whiteboard link will be in the invite.]",
    ),
    "pair": (
        "[pair-programming interview|pairing session|collaborative coding interview]",
        "You'll pair with [one of our engineers|{pfirst} from the team] on a [small, realistic problem|feature in a sample codebase|refactoring exercise] in your own environment. Please have your IDE set up and be ready to share your screen. [Think out loud - we want to see how you collaborate.|Tests are welcome but not required.]",
    ),
    "case": (
        "[case interview|first round case interviews|case study round]",
        "The round consists of [two|three] [30|45]-minute case interviews, each with a short fit portion. Expect [a market sizing question|a profitability case|a growth strategy case], some quick math, and a synthesis at the end. [Bring pen and paper - calculators aren't allowed.|Charts will be shared on screen.]",
    ),
    "pm": (
        "[product sense interview|product case interview|execution case round]",
        "You'll work through a product case live: [design a product for first-time home buyers|how would you improve our onboarding|set goals and metrics for a new feature|prioritize a roadmap given a scenario]. [We look for structured thinking and clear trade-offs.|You may be asked to sketch a rough wireframe.]",
    ),
    "analytics": (
        "[analytics case interview|SQL and metrics interview|technical data round]",
        "Expect a live SQL exercise on a sample schema, followed by a metrics case ([a drop in weekly actives|an A/B test readout|a funnel analysis]). [A shared editor link will be in the invite.|You can use any SQL dialect.]",
    ),
}


@family("st_design_pair_case", "technical_round", n=34)
def design_pair_case(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["person", "person", "own", "greenhouse"]))
    label, detail = _ROUND_KINDS[ctx.pick(list(_ROUND_KINDS))]
    label = ctx.fill(label)
    intro = ctx.fill(
        f"[Thanks again for your time on the last interview!|Great news - you're through to the next stage.|Hope you're having a good week.|] [The next step in the process is|Next up is|Your next round is] the {label}[ for the {{title}} [role|position]|][ on {{day}} at {{time}}|]."
    )
    prep = ctx.fill(
        ctx.maybe(
            "[To prepare, review the prep guide linked below.|There's nothing to prepare in advance.|Feel free to bring notes.]",
            0.5,
        )
    )
    after = ctx.para(
        "Interviewers: " + someone(ctx) + " and " + someone(ctx) + ".",
        "Let me know if you have any questions about the format.",
        "Please confirm the time works for you.",
        "",
    )
    subject = ctx.fill(
        f"[{label.capitalize()} - {{co}}|Next steps|Your next interview|Prep for {{day}}|Following up|Interview details|Re: {{title}} - next round]"
    )
    cal = (
        Calendar(
            ctx.fill(f"{label.title()}: {{first}} {{last}}"), ctx.future(), ctx.pick([45, 60, 90])
        )
        if ctx.chance(0.25)
        else None
    )
    return Draft(
        subject,
        join(intro, ctx.fill(detail), prep, after),
        name,
        addr,
        sign=sign_person(ctx),
        calendar=cal,
    )


@family("st_assess_reminder", "technical_round", n=30)
def assess_reminder(ctx: Ctx) -> Draft:
    source = ctx.pick(
        ["hackerrank", "codility", "codesignal", "testgorilla", "own", "workday", "greenhouse"]
    )
    if source in ("own", "workday", "greenhouse"):
        name, addr = ats_sender(ctx, source)
    else:
        name, addr = {
            "hackerrank": ("HackerRank", "support@hackerrankforwork.com"),
            "codility": ("Codility", "no-reply@codility.com"),
            "codesignal": ("CodeSignal", "noreply@codesignal.com"),
            "testgorilla": ("TestGorilla", "no-reply@testgorilla.com"),
        }[source]
    thing = ctx.pick(
        [
            "coding assessment",
            "online test",
            "technical challenge",
            "skills assessment",
            "coding test",
            "technical exercise",
        ]
    )
    body = ctx.para(
        f"This is a reminder that your invitation to the {{co}} {thing} will expire [in 48 hours|in 2 days|tomorrow|on {{day}} at {{time}}]. [If you've already completed it, please ignore this message.|]",
        f"You haven't started your {thing} for {{title}} yet. The link expires in [48|24|72] hours.",
        f"Friendly reminder: please complete the {thing} we sent [last week|a few days ago] by {{day}}. [Let us know if you're having trouble with the link.|After that the invitation can't be reopened.]",
        f"Only [2 days|48 hours] left to complete your {{co}} {thing}!",
    )
    link = ctx.url(addr.split("@")[1], "test")
    subject = ctx.fill(
        f"[Reminder: your {{co}} {thing} expires soon|Friendly reminder|Don't forget your {thing}|Only 2 days left|Reminder|Your invitation expires in 48 hours|Following up]"
    )
    return Draft(
        subject,
        join(body, ctx.maybe(link, 0.7)),
        name,
        addr,
        greet=ctx.chance(0.6),
        sign="" if ctx.chance(0.5) else sign_team(ctx),
        form=ctx.pick(["plain", "html", "alt"]),
        bulk=ctx.chance(0.5),
    )


@family("st_tech_loop_coordinator", "technical_round", n=34)
def tech_loop_coordinator(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    if ctx.chance(0.4):  # an engineer writing the way engineers text
        body = ctx.para(
            "hey {first}! {pfirst} from the eng team. next step is a live coding session w/ me, ~1h, [python|go|typescript|whatever language you like]. [wed 3pm ok?|does {day} work?|send me a couple of times]",
            "hi - I'll be your technical interviewer for the {title} loop. we'll [pair on a small problem|do some debugging together|build something tiny] in coderpad. nothing to prep, just bring your brain :) see you {day}",
            "quick heads up before our technical interview {day}: it's ~[45|60] min, [mostly coding, a bit of system design at the end|one coding problem then Q&A]. link: https://coderpad.io/{n}{n}{n}",
        )
        return Draft(
            ctx.fill(
                "[technical interview|tmrw|coding session|quick heads up|Next steps|re: interview]"
            ),
            lower_casual(ctx, body, 0.5),
            name,
            addr,
            greet=False,
            sign=ctx.fill(SHORT_SIGN),
            form="plain",
        )
    sessions = ctx.rng.sample(
        [
            "Coding (algorithms)",
            "Coding (practical)",
            "System design",
            "Technical deep dive on a past project",
            "Debugging",
            "Data modelling",
            "Architecture discussion",
        ],
        ctx.num(2, 4),
    )
    bullet = ctx.pick(["- ", "• ", "", "* "])
    loop = "\n".join(bullet + ctx.fill(f"{s} ([45|60] min)") for s in sessions)
    body = join(
        ctx.fill(
            "[Congratulations on moving to the [technical interview loop|virtual onsite|final technical round]!|Thanks for your patience - we're ready to schedule your technical interviews.|I'm coordinating your [technical|engineering] interviews for the {title} role.]"
        ),
        ctx.fill(
            "[The loop consists of|You'll have] ["
            + str(len(sessions))
            + "|the following] interviews[, back to back|, which can be split over two days|]:"
        )
        + "\n"
        + loop,
        ctx.fill(
            "[Please select your availability for your technical interviews here: {link}|Could you send me [3-4|a few] half-day windows over the next two weeks?|Reply with the days that work and I'll send calendar holds.]"
        ),
        ctx.fill(
            ctx.maybe(
                "[Coding interviews use CoderPad; you can pick your language.|A laptop with a webcam is required for the whole loop.|Prep guide: https://{domain}/careers/interview-guide]",
                0.6,
            )
        ),
    )
    subject = ctx.fill(
        "[Scheduling your technical interviews|Technical interview loop - {co}|Next steps|Your virtual onsite|Availability for technical interviews|Following up]"
    )
    return Draft(
        subject,
        body,
        name,
        addr,
        sign=sign_person(
            ctx,
            ctx.pick(["Recruiting Coordinator", "Technical Recruiter", "Candidate Coordinator"]),
        ),
    )
