"""Platform-true candidate mail, part 1: Greenhouse and Lever across the funnel, plus the
helpers the other ``fam_y_ats*`` modules share (one requisition id per message, paired
subjects and bodies).

Each family copies how one applicant-tracking platform's stock template for one stage
really reads (its subject lines, its boilerplate, its footer, its sending domain) so the
classifier learns the *words* of each stage rather than the sender: the same platform
sends confirmations, invites, tests, offers, rejections and plain portal chores.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

from kit import Calendar, Ctx, Draft, family

Make = Callable[[Ctx], Draft]


def fam(
    name: str, category: str, *, ats: str | None = None, n: int = 30, lang: str = "en"
) -> Callable[[Make], Make]:
    """``kit.family`` with one requisition number per message: ATS mail repeats the same id."""

    def register(make: Make) -> Make:
        def one_req(ctx: Ctx) -> Draft:
            value = ctx.req_id()
            object.__setattr__(ctx, "req_id", lambda: value)
            return make(ctx)

        family(name, category, ats=ats, n=n, lang=lang)(one_req)
        return make

    return register


def sender(ctx: Ctx, pairs: list[tuple[str, str]]) -> tuple[str, str]:
    """One (display name, address) pair of a platform, slots filled."""
    name, addr = ctx.pick(pairs)
    return ctx.fill(name), ctx.fill(addr)


def subject(ctx: Ctx, options: list[str]) -> str:
    return ctx.fill(ctx.pick(options))


def topic(ctx: Ctx, table: list[tuple[str, list[str]]]) -> tuple[str, str]:
    """One (sentence, subject) pair, so a chore's subject names the chore its body asks for."""
    text, subjects = ctx.pick(table)
    return ctx.fill(text), ctx.fill(ctx.pick(subjects))


def join(*parts: str) -> str:
    """Paragraphs, skipping the optional ones that came out empty."""
    return "\n\n".join(p for p in parts if p.strip())


GH = [
    ("{co} Recruiting", "no-reply@greenhouse.io"),
    ("{co}", "no-reply@us.greenhouse-mail.io"),
    ("{co} Hiring Team", "no-reply@greenhouse.io"),
    ("{person} at {co}", "no-reply@us.greenhouse-mail.io"),
]
GH_FOOT = (
    "",
    "Powered by Greenhouse",
    "This email was sent via Greenhouse. Please do not reply directly to this message.",
    "Sent via Greenhouse | Privacy Policy",
)


@fam("at_greenhouse_received", "confirmation", ats="greenhouse", n=32)
def gh_received(ctx: Ctx) -> Draft:
    body = join(
        ctx.para(
            "Thank you for your interest in {co}! We wanted to let you know we received your application for [our|the] {title} [role|position], and we are delighted that you would consider joining our team.",
            "Thanks for applying to {co}. Your application for {title} has been received.",
            "Thank you for applying for the {title} position at {co}. We've received your application and our team will be reviewing it shortly.",
            "We're so glad you're interested in {co}! This note confirms we've received your application for {title}.",
        ),
        ctx.para(
            "Our team will review your application and will be in touch if your qualifications match our needs for the role. If you are not selected for this position, keep an eye on our jobs page as we're growing and adding openings.",
            "[Our recruiting team|A member of our team] will review your background and reach out [within the next two weeks|in the coming weeks|if there is a fit].",
            "Due to the high volume of applications, we are unable to respond to every applicant individually, but we will contact you if your experience is a match.",
            "",
        ),
        ctx.pick(
            [
                "",
                "In the meantime, feel free to learn more about us on our blog and follow us on LinkedIn.",
                ctx.fill("Want to see what we're up to? Visit ")
                + ctx.url("boards.greenhouse.io", ctx.fill("{slug}")),
            ]
        ),
    )
    name, addr = sender(ctx, GH)
    return Draft(
        subject(
            ctx,
            [
                "Thank you for applying to {co}",
                "Thank you for your application to {co}",
                "{co} - Application Received",
                "Thanks for applying!",
                "Your application to {co}",
                "Application received: {title}",
            ],
        ),
        body,
        name,
        addr,
        sign=ctx.fill(
            "[Best,|Thanks,|Regards,|All the best,]\n[The {co} Recruiting Team|{co} Talent Acquisition|The {co} Team|{co} People Team]"
        ),
        footer=ctx.pick(GH_FOOT),
    )


@fam("at_greenhouse_schedule", "interview", ats="greenhouse", n=32)
def gh_schedule(ctx: Ctx) -> Draft:
    link = ctx.url("app.greenhouse.io", "scheduling/review")
    kind = ctx.pick(
        [
            "phone screen",
            "video interview",
            "interview",
            "Recruiter Screen",
            "Hiring Manager Interview",
            "onsite interview",
            "video conversation",
        ]
    )
    body = join(
        ctx.maybe("Thanks again for your interest in joining us!", 0.3),
        ctx.fill(
            "[We'd like to invite you to a|We would like to schedule a|Our team would love to set up a|The next step in our process is a] "
            + kind
            + " [for the {title} role|with {co}|for the {title} position at {co}]."
        ),
        ctx.para(
            "Please select your interview times using the link below. [Choose all times that you are available|Select as many times as you can], and we'll confirm the final time by email.",
            "Please use the link below to let us know your availability for the next [week|two weeks|five business days].",
            "Please select your interview times here:",
            "Click the link below to pick a time that works for you. The interview will be [30|45|60] minutes [over Zoom|via Google Meet|by phone].",
        ),
        link,
        ctx.para(
            "If none of the times work, reply to this email and we'll find another option.",
            "Note: times are displayed in your local time zone.",
            "This link will expire in [5|7|3] days.",
            "",
        ),
    )
    name, addr = sender(ctx, [*GH, ("{co} Recruiting", "recruiting@{domain}")])
    return Draft(
        subject(
            ctx,
            [
                "Please select your interview times - {co}",
                "Interview Availability Request: {title}",
                "{co} | Interview availability",
                "Next steps with {co}",
                "Schedule your interview with {co}",
                "Availability request",
                "Please share your availability",
            ],
        ),
        body,
        name,
        addr,
        footer=ctx.pick(GH_FOOT),
    )


@fam("at_greenhouse_confirmed", "interview", ats="greenhouse", n=26)
def gh_confirmed(ctx: Ctx) -> Draft:
    start = ctx.future(2, 10)
    minutes = ctx.pick([30, 45, 60])
    body = join(
        ctx.para(
            "Your interview for the {title} role at {co} has been scheduled. Details are below.",
            "Thank you for submitting your availability. Your interview with {co} is confirmed:",
            "This is a confirmation of your upcoming interview with {co}.",
        ),
        ctx.fill(
            f"Date: {start:%A, %B %d, %Y}\nTime: {start:%I:%M %p} UTC ({minutes} minutes)\n"
            "[Location: Zoom (link in the calendar invite)|Location: Google Meet|Interviewer(s): {person}|Format: video call]"
        ),
        ctx.para(
            "If you need to reschedule, please reply to this email as soon as possible.",
            "Please let us know if you require any accommodations for your interview.",
            "We look forward to speaking with you!",
        ),
    )
    name, addr = sender(ctx, GH)
    return Draft(
        subject(
            ctx,
            [
                "Interview Confirmation: {title} at {co}",
                "Confirmed: your interview with {co}",
                "Interview scheduled",
                "{co} Interview Confirmation",
            ],
        ),
        body,
        name,
        addr,
        calendar=Calendar(ctx.fill("Interview: {first} {last} / {co}"), start, minutes)
        if ctx.chance(0.6)
        else None,
        footer=ctx.pick(GH_FOOT),
    )


@fam("at_greenhouse_takehome", "technical_round", ats="greenhouse", n=28)
def gh_takehome(ctx: Ctx) -> Draft:
    hours = ctx.pick(["48 hours", "72 hours", "5 days", "one week", "3 days"])
    body = join(
        ctx.para(
            "Thanks for taking the time to speak with us about the {title} role. As a next step, we'd like you to complete a take-home [exercise|assignment|test].",
            "{co} has invited you to complete a coding test for the {title} position.",
            "Congratulations on moving forward in our process! The next stage is a technical assessment.",
            "You've been sent a Take Home Test for {title} at {co}.",
        ),
        ctx.fill(
            "When you're ready, click the link below to start. You'll have "
            + hours
            + " to submit once you begin[, and the timer starts when you open the test|]."
        ),
        ctx.url(
            ctx.pick(
                ["app.greenhouse.io", "app.codesignal.com", "www.hackerrank.com", "app.coderpad.io"]
            ),
            ctx.pick(["tests", "test", "invite"]),
        ),
        ctx.para(
            "Please complete the test by {day}. If you have questions about the prompt, reply to this email.",
            "We recommend setting aside [2|3|2-3] hours of uninterrupted time.",
            "Please do not share the test content. Good luck!",
            "",
        ),
    )
    name, addr = sender(ctx, GH)
    return Draft(
        subject(
            ctx,
            [
                "{co} - Take Home Test",
                "Take-home assignment: {title}",
                "Your coding test for {co}",
                "Technical assessment - {title}",
                "Next step: technical exercise",
            ],
        ),
        body,
        name,
        addr,
        footer=ctx.pick(GH_FOOT),
    )


@fam("at_greenhouse_reject", "rejection", ats="greenhouse", n=32)
def gh_reject(ctx: Ctx) -> Draft:
    body = join(
        ctx.para(
            "Thank you for your interest in the {title} position at {co}. [We appreciate you taking the time to apply.|We know it takes time to apply and we're grateful.]",
            "Thanks so much for applying to {co} and for your patience while we reviewed your application.",
            "Thank you for taking the time to interview with us for the {title} role. We enjoyed getting to know you.",
            "We appreciate your interest in {co}.",
        ),
        ctx.para(
            "After careful consideration, we have decided to move forward with other candidates whose experience more closely aligns with the needs of the role.",
            "Unfortunately, we have decided to move forward with other candidates at this time.",
            "While your background is impressive, we've decided to pursue other candidates for this position.",
            "We received a large number of applications, and after reviewing yours carefully we have decided not to move forward.",
            "We have decided to move forward with other candidates for this role.",
        ),
        ctx.para(
            "We'll keep your information on file and encourage you to apply again for future openings that match your skills.",
            "Please don't let this discourage you from applying to future roles at {co}.",
            "We wish you the best of luck in your job search.",
            "",
        ),
    )
    name, addr = sender(ctx, GH)
    return Draft(
        subject(
            ctx,
            [
                "Your application to {co}",
                "Thank you for your interest in {co}",
                "Update on your application",
                "{co} Application Update",
                "{title} at {co}",
                "Regarding your application",
            ],
        ),
        body,
        name,
        addr,
        sign=ctx.fill(
            "[Best,|Regards,|Sincerely,|Best wishes,]\n[The {co} Recruiting Team|{co} Talent Acquisition|{person}]"
        ),
        footer=ctx.pick(GH_FOOT),
    )


LV = [
    ("{co}", "no-reply@hire.lever.co"),
    ("{co} Talent", "no-reply@hire.lever.co"),
    ("{person} from {co}", "no-reply@hire.lever.co"),
    ("{co} Recruiting", "mail@hire.lever.co"),
]
LV_FOOT = ("", "Sent with Lever", "Powered by Lever", "You can reply directly to this email.")


@fam("at_lever_received", "confirmation", ats="lever", n=30)
def lv_received(ctx: Ctx) -> Draft:
    body = join(
        ctx.para(
            "Thank you for applying to {co}! We've received your application for the {title} position.",
            "Thanks for your interest in {co}. This is a quick note to let you know we got your application for {title}.",
            "Thank you for your application for the {title} role at {co}!",
            "We just wanted to confirm that your application to {co} has been received.",
        ),
        ctx.para(
            "We're reviewing applications now and will be in touch if your background looks like a match.",
            "Our team reads every application. If we'd like to move forward, you'll hear from [a recruiter|someone on our team] [soon|in the next couple of weeks].",
            "We'll review your application and reach out about next steps.",
            "",
        ),
        ctx.maybe(
            "In the meantime, check out our careers page to learn more about life at the company.",
            0.3,
        ),
    )
    name, addr = sender(ctx, LV)
    return Draft(
        subject(
            ctx,
            [
                "Thank you for applying to {co}",
                "Thanks for your application!",
                "{co}: application received",
                "We've received your application",
                "Your application for {title}",
            ],
        ),
        body,
        name,
        addr,
        sign=ctx.fill("[Cheers,|Best,|Thanks!|Warmly,]\n[{co} Talent Team|The {co} team|{person}]"),
        footer=ctx.pick(LV_FOOT),
    )


@fam("at_lever_nextsteps", "interview", ats="lever", n=30)
def lv_next(ctx: Ctx) -> Draft:
    link = ctx.url(
        ctx.pick(["hire.lever.co", "calendly.com", "app.goodtime.io"]),
        ctx.pick(["interviews/schedule", "candidate/schedule", "d"]),
    )
    body = join(
        ctx.para(
            "Thanks for applying to {co}! I've had a chance to look over your background and I'd love to set up a time to chat about the {title} role.",
            "I'm reaching out regarding next steps for the {title} position. The team was impressed with your application and would like to move you forward to an interview.",
            "Great news - we'd like to move forward with your application for {title}!",
            "I hope you're doing well! Following up on your application, we'd like to invite you to an initial [30-minute|20 minute|45 min] call.",
        ),
        ctx.para(
            "Please use the link below to pick a time that works for you:",
            "You can book a slot on my calendar here:",
            "When you get a chance, grab a time here:",
        ),
        link,
        ctx.para(
            "The call will cover your background, what you're looking for, and a bit more about the team.",
            "If none of those times work, just reply and we'll figure something out.",
            "Looking forward to connecting!",
            "",
        ),
    )
    name, addr = sender(ctx, LV)
    return Draft(
        subject(
            ctx,
            [
                "Next steps",
                "Next steps with {co}",
                "{co} <> {first}",
                "Let's chat! {title} at {co}",
                "Interview for {title}",
                "Following up on your application",
            ],
        ),
        body,
        name,
        addr,
        sign=None
        if ctx.chance(0.5)
        else ctx.fill("{person}\n[Talent Partner|Recruiter|Technical Recruiter] @ {co}"),
        footer=ctx.pick(LV_FOOT),
    )


@fam("at_lever_reject", "rejection", ats="lever", n=30)
def lv_reject(ctx: Ctx) -> Draft:
    body = join(
        ctx.para(
            "Thank you for your interest in {co} and the {title} role. [We really appreciate the time you spent on your application.|We enjoyed learning more about you.]",
            "Thanks again for applying to {co}.",
            "I wanted to follow up on your application for {title}.",
            "Thank you for the time you spent talking with our team.",
        ),
        ctx.para(
            "Unfortunately, we won't be moving forward with your candidacy at this time.",
            "After reviewing your application, we've decided not to move forward for this role.",
            "We've decided to move ahead with candidates whose experience more closely matches what we need right now.",
            "While we were impressed with your background, we've made the difficult decision to pursue other candidates.",
            "We've filled the position and won't be moving forward with other applicants.",
        ),
        ctx.para(
            "We'll hold on to your details and may reach out if a more suitable role opens up.",
            "We'd love for you to keep an eye on our careers page for future opportunities.",
            "Best of luck with your search!",
            "",
        ),
    )
    name, addr = sender(ctx, LV)
    return Draft(
        subject(
            ctx,
            [
                "Your application to {co}",
                "Update from {co}",
                "{co} - {title}",
                "Following up",
                "Thanks from {co}",
                "Re: {title}",
            ],
        ),
        body,
        name,
        addr,
        footer=ctx.pick(LV_FOOT),
    )
