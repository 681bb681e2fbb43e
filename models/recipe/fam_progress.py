"""Template families: interview invitations, technical rounds and assessments, offers."""

from __future__ import annotations

from fam_apply import ATS_FOOTERS
from kit import Calendar, Ctx, Draft, ats_sender, family, sign_person, sign_team

SCREEN = (
    "phone screen",
    "recruiter screen",
    "introductory call",
    "initial interview",
    "30-minute call",
    "video interview",
    "first-round interview",
    "screening call",
    "chat with the hiring manager",
    "interview",
)
AVAIL = (
    "Could you [share|send over|let me know] a few times that work for you [this week|next week|"
    "over the next few days]?",
    "Please use [this link|the link below] to [pick|choose|book] a time that works for you: {link}",
    "Please reply with your availability [for {day}|this week|for the coming days] and I'll "
    "send a calendar invite.",
    "Let me know which of these slots works best: {day} at {time}, or {day} at {time}.",
    "You can select a time slot here: {link}",
)
INVITE = (
    "[I'd love to|We'd like to|I'm excited to] [invite you to|set up|schedule] a {screen} "
    "[to learn more about you|to discuss the {title} role|about the {title} position].",
    "[Good news|Great news] - the team [reviewed|liked] your application for {title} and we'd "
    "like to [move you forward|invite you] to a {screen}.",
    "Thank you for applying to the {title} [role|position] at {co}. We would like to invite you "
    "to a {screen} with [me|our recruiting team|{person}].",
    "Your background stood out to us and we'd love to [chat|talk] more about the {title} "
    "opening. The next step is a {screen}.",
    "We have reviewed your application and would like to schedule a {screen} with you.",
)
DETAILS = (
    "The call will last about [30|45|20] minutes and will be [conducted over Zoom|by phone|"
    "on Google Meet|via Microsoft Teams].",
    "[This will be a casual conversation|We'll talk] about your background, what you're "
    "looking for, and the team.",
    "The interview is confirmed for {day} at {time}. [A calendar invitation will follow.|"
    "You'll find the meeting link in the invite.]",
    "[Zoom|Meeting] link: https://zoom.us/j/{num}",
    "[Please|Kindly] make sure you're in a quiet place with a stable connection.",
    "No preparation needed - just come ready to talk about your experience.",
)


def _fill_link(ctx: Ctx, text: str, host: str) -> str:
    return text.replace("{link}", ctx.url(host, "schedule"))


def _interview(ctx: Ctx, sender: str, subjects: tuple[str, ...], cal: float) -> Draft:
    name, addr = ats_sender(ctx, sender)
    screen = ctx.pick(SCREEN)
    host = ctx.pick(["calendly.com", "app.goodtime.io", "app.ashbyhq.com", "meetings.hubspot.com"])
    paras = [
        ctx.fill(ctx.pick(INVITE).replace("{screen}", screen)),
        _fill_link(ctx, ctx.para(*AVAIL), host),
    ]
    if ctx.chance(0.7):
        paras.append(ctx.para(*DETAILS).replace("{num}", str(ctx.num(10**9, 10**10))))
    if ctx.chance(0.3):
        paras.append("Looking forward to speaking with you!")
    calendar = None
    if ctx.chance(cal):
        calendar = Calendar(
            ctx.fill(f"{{co}} {screen.title()} - {{first}} {{last}}"),
            ctx.future(),
            ctx.rng.choice([30, 45, 60]),
            location="https://zoom.us/j/" + str(ctx.num(10**9, 10**10)),
        )
    sign = sign_person(ctx) if sender == "person" or ctx.chance(0.5) else sign_team(ctx)
    return Draft(
        ctx.para(*subjects),
        "\n\n".join(paras),
        name,
        addr,
        sign=sign,
        calendar=calendar,
        footer=ATS_FOOTERS.get(sender, "") if ctx.chance(0.5) else "",
    )


INTERVIEW_SUBJECTS = {
    "person": (
        "Next steps",
        "{co} - {title}",
        "Interview request",
        "Following up",
        "Quick chat?",
        "Re: {title} application",
        "Let's find a time to talk",
        "{title} role - next steps",
    ),
    "greenhouse": (
        "Interview availability request from {co}",
        "{co} - Let's schedule your interview",
        "Please provide your availability - {co}",
    ),
    "lever": (
        "{co} would like to schedule an interview",
        "Next steps with {co}",
        "Interview invitation - {title}",
    ),
    "ashby": ("Schedule your interview with {co}", "{co}: pick a time for your {title} interview"),
    "workday": ("Interview Invitation - {title}", "Invitation to Interview: {title} ({req})"),
    "own": (
        "Interview Invitation: {title}",
        "Invitation to interview at {co}",
        "Your interview with {co}",
        "Phone screen - {title}",
        "Next steps",
    ),
    "icims": ("{co} - Interview Request", "Interview Request for {title}"),
    "smartrecruiters": ("Interview request: {title}", "You're invited to interview at {co}"),
}
for _s, _subj in INTERVIEW_SUBJECTS.items():
    family(f"interview_{_s}", "interview", n=40 if _s == "person" else 32)(
        lambda ctx, s=_s, j=_subj: _interview(ctx, s, j, 0.3)
    )


@family("interview_confirmed_invite", "interview", n=40)
def interview_confirmed(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["own", "person", "greenhouse"]))
    start = ctx.future()
    kind = ctx.pick(
        [
            "Phone Screen",
            "Interview",
            "Recruiter Call",
            "Hiring Manager Interview",
            "Onsite Interview",
            "Video Interview",
            "Virtual Onsite",
        ]
    )
    body = ctx.fill(
        f"Your {kind.lower()} [for the {{title}} position|with {{co}}] is [confirmed|scheduled] "
        f"for {start:%A, %B %d} at {start:%I:%M %p} UTC.\n\n"
        "[Interviewer|You will meet]: {person}[, Engineering Manager|, Recruiter|]\n"
        "[Location|Where]: [Zoom (link in the invite)|Google Meet|our office at {city}|Phone - we "
        "will call you]\n\n[If you need to reschedule, please reply to this email.|Need to make "
        "a change? Let us know at least 24 hours in advance.]"
    )
    cal = Calendar(ctx.fill(f"{kind}: {{first}} {{last}} / {{co}}"), start, 45)
    subject = ctx.para(
        "Interview Confirmation: {title} at {co}",
        f"Confirmed: {kind} with {{co}}",
        f"Invitation: {{co}} {kind} @ {start:%a %b %d, %Y}",
        "Your interview is scheduled",
    )
    return Draft(subject, body, name, addr, calendar=cal if ctx.chance(0.8) else None)


@family("interview_onsite", "interview", n=32)
def interview_onsite(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["person", "own", "lever"]))
    body = [
        ctx.para(
            "[Thanks again for|Thank you for] your time [on the phone|with {person}] "
            "[last week|earlier]. We'd like to invite you to [an onsite|an in-person] "
            "interview at our {city} office.",
            "We'd love to have you [come in|visit us] for an onsite [interview|loop] for "
            "the {title} role.",
        ),
        ctx.para(
            "[The day|Your visit] will include [three|four|a few] conversations with the "
            "team and lunch with [some of your future colleagues|the hiring manager].",
            "Plan for about [3|4] hours; we'll cover travel and send an itinerary.",
        ),
        ctx.para(*AVAIL[0:1], *AVAIL[2:4]),
    ]
    return Draft(
        ctx.para(
            "Onsite interview - {co}",
            "Next steps: onsite",
            "Invitation to visit {co}",
            "Next steps",
        ),
        "\n\n".join(body),
        name,
        addr,
        sign=sign_person(ctx),
    )


@family("interview_video_oneway", "interview", n=28)
def interview_video(ctx: Ctx) -> Draft:
    name, addr = ctx.fill("{co} via HireVue"), ctx.fill("noreply@hirevue.com")
    body = [
        ctx.para(
            "{co} has invited you to complete an on-demand video interview for the "
            "{title} position.",
            "As the next step for {title}, please record a short video interview.",
        ),
        ctx.para(
            "You'll answer [4|5|6] questions on camera[ at a time that suits you|]. "
            "Please complete it by {day}.",
            "The interview takes about 20 minutes.",
        ),
        "Start your interview: " + ctx.url("app.hirevue.com", "interview"),
    ]
    return Draft(
        ctx.para("{co} Video Interview Invitation", "Complete your video interview for {co}"),
        "\n\n".join(body),
        name,
        addr,
        sign=sign_team(ctx),
    )


@family("interview_reminder", "interview", n=28)
def interview_reminder(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["own", "greenhouse", "ashby"]))
    body = ctx.para(
        "This is a [friendly|quick] reminder of your interview with {co} [tomorrow|on {day}] at "
        "{time}.\n\nJoin: https://meet.google.com/[abc-defg-hij|xyz-pqrs-tuv]",
        "Just a reminder that you're meeting {person} [tomorrow|today|on {day}] for the {title} "
        "interview. [Good luck!|We look forward to it.]",
        "Your interview has been [rescheduled|moved] to {day} at {time}. [Sorry for the change!|"
        "An updated invite is attached.]",
    )
    return Draft(
        ctx.para(
            "Reminder: your interview with {co}",
            "Interview reminder - {title}",
            "Updated: interview time",
            "Rescheduled: {co} interview",
        ),
        body,
        name,
        addr,
    )


ASSESS_INTRO = (
    "As the next step in our [hiring process|process] for {title}, we'd like you to complete "
    "a [coding assessment|technical assessment|coding challenge|online test].",
    "{co} has invited you to take the {title} [coding test|assessment|challenge].",
    "Congratulations on moving to the next stage! Please complete the following "
    "[technical assessment|coding exercise] for the {title} role.",
    "You have been invited to complete a [HackerRank|CodeSignal|Codility] test for {co}.",
)
ASSESS_DETAILS = (
    "The test has [2|3|4] [problems|questions] and takes about [60|75|90|120] minutes. You can "
    "use any of the supported languages.",
    "Please complete it within [5|7|3] days[, by {day}|]. The link expires after that.",
    "Make sure you have a stable internet connection; the timer starts as soon as you begin.",
    "You can practice with a sample test first to get familiar with the environment.",
)
PLATFORMS = {
    "hackerrank": ("{co} via HackerRank", "support@hackerrankforwork.com", "hackerrank.com"),
    "codesignal": ("CodeSignal", "noreply@codesignal.com", "app.codesignal.com"),
    "codility": ("{co} Recruitment Team", "no-reply@codility.com", "app.codility.com"),
    "testgorilla": ("{co} via TestGorilla", "no-reply@testgorilla.com", "app.testgorilla.com"),
}
for _p, (_n, _a, _h) in PLATFORMS.items():

    def _assess(ctx: Ctx, n: str = _n, a: str = _a, h: str = _h, p: str = _p) -> Draft:
        body = [
            ctx.para(*ASSESS_INTRO),
            ctx.para(*ASSESS_DETAILS),
            ctx.para(*ASSESS_DETAILS),
            "[Start|Begin|Take] [the test|your assessment]: " + ctx.url(h, "test"),
        ]
        subj = ctx.para(
            "{co} has invited you to take a test",
            "Invitation: {co} coding assessment",
            "{co} - {title} Technical Assessment",
            "Complete your {co} assessment",
            "Reminder: your {co} test expires soon",
        )
        return Draft(
            subj,
            "\n\n".join(body),
            ctx.fill(n),
            a,
            sign=sign_team(ctx),
            footer=f"Powered by {p.title()}" if ctx.chance(0.5) else "",
        )

    family(f"tech_{_p}", "technical_round", ats=_p, n=32)(_assess)


@family("tech_take_home", "technical_round", n=40)
def take_home(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["person", "person", "own", "ashby"]))
    body = [
        ctx.para(
            "Thanks for chatting with [me|us] [earlier|last week]! The next step is a "
            "[take-home|short take-home] [assignment|exercise|project].",
            "We'd like to move you to the technical stage: a take-home [exercise|case "
            "study] for the {title} role.",
            "Please find attached the [take-home assignment|case study] we discussed.",
        ),
        ctx.para(
            "It should take [2-3|3-4|about 4] hours[; please don't spend more than that|]. "
            "[Send|Submit] [your solution|a link to a repo] [within a week|by {day}].",
            "You'll present your [solution|work] to [two engineers|the team] in a follow-up "
            "[session|call].",
        ),
        ctx.para("Repository template: https://github.com/{slug}/take-home-[api|frontend|data]")
        if ctx.chance(0.4)
        else "",
    ]
    return Draft(
        ctx.para(
            "Take-home assignment - {title}",
            "Next steps: technical exercise",
            "Next steps",
            "{co} case study",
            "Re: {title} - next stage",
        ),
        "\n\n".join(p for p in body if p),
        name,
        addr,
        sign=sign_person(ctx),
    )


@family("tech_interview_round", "technical_round", n=44)
def tech_interview(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["person", "own", "greenhouse", "lever"]))
    kind = ctx.pick(
        [
            "technical interview",
            "system design interview",
            "coding interview",
            "live coding session",
            "pair programming interview",
            "technical round",
            "second-round technical interview",
            "final round technical interviews",
            "architecture deep dive",
            "next round",
        ]
    )
    body = [
        ctx.fill(
            f"[Great news|Congratulations]! [The team enjoyed speaking with you and|We] "
            f"would like to invite you to the {kind} for the {{title}} position."
        ),
        ctx.para(
            "[It will be|This is] a [60|90|45]-minute session with [two|one of our] "
            "[senior engineers|engineers|team leads] [on CoderPad|over Zoom|in our office].",
            "You'll [work through|solve] [a practical problem|an algorithms problem|a "
            "system design question] and discuss trade-offs.",
            "[Feel free to use|You can code in] the language you're most comfortable with.",
        ),
        _fill_link(ctx, ctx.para(*AVAIL), "calendly.com"),
    ]
    cal = None
    if ctx.chance(0.25):
        cal = Calendar(ctx.fill(f"{{co}} {kind.title()} - {{first}} {{last}}"), ctx.future(), 60)
    subject = ctx.fill(
        ctx.pick(
            [
                f"{kind.capitalize()} - {{co}}",
                "Next steps",
                "Next round - {title}",
                f"Invitation: {kind}",
                "Moving forward with {co}",
            ]
        )
    )
    return Draft(subject, "\n\n".join(body), name, addr, calendar=cal, sign=sign_person(ctx))


@family("tech_karat", "technical_round", ats="karat", n=24)
def tech_karat(ctx: Ctx) -> Draft:
    body = [
        ctx.para(
            "{co} has partnered with Karat to conduct the technical interview for the "
            "{title} role.",
            "Your next step with {co} is a technical interview "
            "conducted by a Karat Interview Engineer.",
        ),
        "[Schedule your interview|Choose a time]: " + ctx.url("karat.io", "schedule"),
        ctx.para(
            "The interview is 60 minutes and includes coding questions.",
            "Review the interview guide before your session.",
        ),
    ]
    return Draft(
        ctx.para(
            "Schedule your technical interview for {co}", "{co} Technical Interview with Karat"
        ),
        "\n\n".join(body),
        "Karat",
        "noreply@karat.io",
        sign=sign_team(ctx),
    )


OFFER_OPEN = (
    "[Congratulations|I'm thrilled|We're delighted]! [On behalf of {co}, |]we're [pleased|"
    "excited|happy] to offer you the position of {title}.",
    "Following our [call|conversation] [today|earlier], I'm [happy|excited] to [confirm|share] "
    "the details of your offer for the {title} role.",
    "It's my pleasure to extend you an offer to join {co} as {title}.",
    "We're excited to let you know that the team would like to make you an offer for {title}!",
    "Please find attached your offer letter for the {title} position at {legal}.",
)
OFFER_TERMS = (
    "Your starting base salary will be {money} per year, [plus a {pct}% annual bonus target|with "
    "{eq} RSUs vesting over four years|plus a {sign} sign-on bonus].",
    "The offer includes a base salary of {money}, [equity|stock options], and our full "
    "benefits package.",
    "Your proposed start date is {day}.",
    "This offer is contingent on [the successful completion of a background check|proof of "
    "eligibility to work].",
)
OFFER_ACTION = (
    "Please [review and sign|sign] the offer letter [via DocuSign|in the portal|attached] by "
    "{day}.",
    "Let me know if you have any questions - happy to hop on a call to walk through it.",
    "[We'd appreciate|Please let us know] your decision by {day}.",
    "We can't wait to have you on the team!",
)


def _money(ctx: Ctx) -> str:
    k = ctx.num(55, 240)
    return ctx.pick([f"${k},000", f"${k}k", f"€{k}.000", f"£{k},000", f"USD {k},000"])


@family("offer_letter", "offer", n=44)
def offer_letter(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["person", "person", "own", "greenhouse"]))
    paras = [ctx.para(*OFFER_OPEN)]
    for _ in range(ctx.num(1, 2)):
        paras.append(ctx.para(*OFFER_TERMS))
    paras.append(ctx.para(*OFFER_ACTION))
    text = "\n\n".join(paras)
    text = text.replace("{money}", _money(ctx)).replace("{pct}", str(ctx.num(5, 20)))
    text = text.replace("{eq}", str(ctx.num(1, 40) * 500)).replace("{sign}", _money(ctx))
    subject = ctx.para(
        "Your offer from {co}",
        "Offer letter - {title}",
        "Congratulations!",
        "{co} offer details",
        "Next steps",
        "Offer of employment - {title}",
        "Following up on our call",
    )
    return Draft(subject, text, name, addr, sign=sign_person(ctx))


@family("offer_docusign", "offer", ats="docusign", n=28)
def offer_docusign(ctx: Ctx) -> Draft:
    body = ctx.fill(
        "{person} sent you a document to review and sign.\n\n"
        "[{co} Offer Letter - {first} {last}|Offer Letter: {title}]\n\n"
        "REVIEW DOCUMENT: "
    ) + ctx.url("na3.docusign.net", "Signing")
    body += "\n\n" + ctx.para(
        "Please review your offer letter for the {title} role. "
        "Congratulations, and welcome to {co}!",
        "Please sign your offer of employment by {day}.",
    )
    return Draft(
        ctx.fill("Complete with DocuSign: {co} Offer Letter"),
        body,
        ctx.fill("{person} via DocuSign"),
        "dse_na3@docusign.net",
        greet=False,
        sign="",
        footer="Do Not Share This Email. Powered by DocuSign",
    )


@family("offer_verbal_followup", "offer", n=36)
def offer_verbal(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    body = [
        ctx.para(
            "Great speaking with you [today|this afternoon]! As promised, here's a "
            "summary of the offer we discussed:",
            "I'm so glad we could talk [earlier|today]. To recap the verbal offer:",
        ),
        ctx.fill("- Role: {title}\n- Base: ")
        + _money(ctx)
        + ctx.fill(
            "\n- [Equity|Stock]: [0.1%|0.25%|4,000 options|$80k RSUs over 4 years]\n"
            "- Start date: {day}"
        ),
        ctx.para(
            "The formal offer letter will follow [shortly|tomorrow|once approvals are done].",
            "Take a couple of days to think it over and let me know if you have questions.",
        ),
    ]
    return Draft(
        ctx.para(
            "Following up on our call",
            "Offer summary",
            "Next steps",
            "{co} - offer recap",
            "Re: {title}",
        ),
        "\n\n".join(body),
        name,
        addr,
        sign=sign_person(ctx),
        form="plain",
    )


@family("offer_ats_portal", "offer", n=24)
def offer_portal(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["workday", "icims", "smartrecruiters", "lever"]))
    body = [
        ctx.para(
            "Congratulations! An offer for the {title} position is ready for you in "
            "[our candidate portal|your candidate home].",
            "{co} has extended an offer for {title}. Log in to view and accept it.",
        ),
        "View your offer: " + ctx.url(f"careers.{ctx.domain}", "offer"),
        ctx.para("The offer expires on {day}.", "Please respond within 5 business days."),
    ]
    return Draft(
        ctx.para(
            "Your offer is ready", "Action required: review your offer", "{co} - Offer for {title}"
        ),
        "\n\n".join(body),
        name,
        addr,
        sign=sign_team(ctx),
    )
