"""Platform-true candidate mail, part 7: the stages the other parts leave thin.

Greenhouse offer e-signatures and candidate chores, Ashby-scheduled technical rounds,
candidate-experience surveys (full of the word "interview" yet changing nothing), Jobvite
rejections and Greenhouse's job-seeker recommendations (marketing, not job mail).
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

import vocab
from fam_y_ats import GH, GH_FOOT, fam, join, sender, subject, topic
from kit import Calendar, Ctx, Draft


@fam("at_greenhouse_offer_esign", "offer", ats="greenhouse", n=28)
def gh_offer(ctx: Ctx) -> Draft:
    body = join(
        ctx.para(
            "Congratulations! {co} has sent you an offer for the {title} position.",
            "We're excited to share your offer letter for {title} at {co}. Please review it using the secure link below.",
            "Following our conversation, your official offer letter is ready for your signature.",
        ),
        ctx.fill("[Review and sign your offer|View offer letter|Review Document]:")
        + "\n"
        + ctx.url(
            ctx.pick(["app.greenhouse.io", "app.hellosign.com", "na3.docusign.net"]),
            ctx.pick(["offers/sign", "sign", "Signing/EmailStart"]),
        ),
        ctx.para(
            "This offer will expire on {day}. Reach out to your recruiter with any questions.",
            "Once you've signed, we'll kick off onboarding and background verification.",
            "We can't wait to welcome you to the team!",
            "",
        ),
    )
    name, addr = sender(ctx, [*GH, ("{co} via Greenhouse", "no-reply@greenhouse.io")])
    return Draft(
        subject(
            ctx,
            [
                "Your offer from {co}",
                "{co} - Offer Letter for {first} {last}",
                "Offer Letter: {title}",
                "Please review and sign: {co} offer",
                "Congratulations from {co}!",
            ],
        ),
        body,
        name,
        addr,
        sign=ctx.fill("[Congrats again,|Best,|Warmly,]\n[{person}|{co} Recruiting|The {co} Team]"),
        footer=ctx.pick(GH_FOOT),
    )


@fam("at_greenhouse_chores", "other_job", ats="greenhouse", n=28)
def gh_chores(ctx: Ctx) -> Draft:
    text, subj = topic(
        ctx,
        [
            (
                "{co} is committed to building a diverse team. We'd be grateful if you'd complete our voluntary demographic survey. Your responses are confidential and will not be seen by the hiring team.",
                ["Voluntary demographic survey - {co}", "Help {co} build a diverse team"],
            ),
            (
                "{co} has asked you to answer a few additional questions about your application for {title}.",
                [
                    "Additional questions for your {co} application",
                    "{co} needs a bit more information",
                ],
            ),
            (
                "Please upload an updated resume to your application for {title}; the file we received could not be opened.",
                ["Action needed: re-upload your resume", "Problem with your attachment"],
            ),
            (
                "Please confirm your email address to access your MyGreenhouse profile and track your applications.",
                ["Confirm your email address", "Verify your MyGreenhouse account"],
            ),
            (
                "You recently requested to withdraw your application for {title}. Your application has now been withdrawn.",
                ["Your application has been withdrawn", "Withdrawal confirmed"],
            ),
        ],
    )
    body = join(
        text,
        ctx.url(ctx.pick(["app.greenhouse.io", "my.greenhouse.io"]), "candidate"),
    )
    name, addr = sender(ctx, GH)
    return Draft(subj, body, name, addr, greet=ctx.chance(0.7), footer=ctx.pick(GH_FOOT))


AB = [
    ("{co} Hiring Team", "no-reply@ashbyhq.com"),
    ("{co}", "no-reply@ashbyhq.com"),
    ("{person} ({co})", "no-reply@ashbyhq.com"),
]


@fam("at_ashby_technical", "technical_round", ats="ashby", n=28)
def ab_technical(ctx: Ctx) -> Draft:
    stage = ctx.pick(
        [
            "Technical Interview",
            "Pair Programming",
            "System Design Interview",
            "Coding Interview",
            "Technical Deep Dive",
            "Live Coding Session",
        ]
    )
    start = ctx.future(3, 12)
    booked = ctx.chance(0.4)
    intro = ctx.para(
        "Great news - the team enjoyed your first conversation and would like to move you to the technical round for {title}.",
        "Thanks for chatting with us! The next step is a "
        + stage.lower()
        + " with two of our engineers.",
        "You've passed the screen! Up next: the technical stage.",
    )
    if booked:
        core = join(
            intro,
            ctx.fill(
                "Your "
                + stage
                + f" is booked for {start:%A, %B %d} at {start:%H:%M} UTC ([90|60|75] minutes)."
            ),
            ctx.para(
                "Bring a laptop with your usual dev setup; we'll share a repo at the start.",
                "We'll use CoderPad; no prep needed beyond your language of choice.",
                "You'll be asked to design a service end to end and discuss tradeoffs.",
            ),
        )
    else:
        core = join(
            intro,
            ctx.para(
                "Please pick a [90|60|75]-minute slot here:", "Choose a time that works for you:"
            ),
            ctx.url("app.ashbyhq.com", "candidate-self-schedule"),
            ctx.para(
                "You'll code in [Python|any language you like|TypeScript or Go] in a shared editor.",
                "The session focuses on problem solving, not trivia.",
                "",
            ),
        )
    name, addr = sender(ctx, AB)
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Next step: " + stage,
                    stage + " - {co}",
                    "{co} technical round",
                    "Invitation: " + stage + " with {co}",
                ]
            )
        ),
        core,
        name,
        addr,
        calendar=Calendar(ctx.fill(stage + " - {co}"), start, 90)
        if booked and ctx.chance(0.6)
        else None,
        footer=ctx.pick(["", "Sent via Ashby"]),
    )


@fam("at_candidate_survey", "other_job", ats="greenhouse", n=28)
def cand_survey(ctx: Ctx) -> Draft:
    body = join(
        ctx.para(
            "Thank you for interviewing with {co}. We'd love to hear about your experience.",
            "You recently interviewed for {title} at {co}. How did we do?",
            "We're always working to improve our interview process, and your feedback matters.",
            "Thanks for applying to {co}! Please take a moment to tell us about your candidate experience.",
        ),
        ctx.para(
            "The survey is anonymous and will not affect your candidacy in any way.",
            "Your answers go to our recruiting operations team, not to your interviewers.",
            "It takes less than [2|3|5] minutes.",
        ),
        ctx.fill("[Take the survey|Share feedback|Start survey]: ")
        + ctx.url(
            ctx.pick(
                ["survey.greenhouse.io", "hire.lever.co", "app.ashbyhq.com", "candidatesurvey.com"]
            ),
            "s",
        ),
    )
    name, addr = sender(
        ctx, [*GH, ("{co} Talent", "no-reply@hire.lever.co"), ("{co}", "no-reply@ashbyhq.com")]
    )
    return Draft(
        subject(
            ctx,
            [
                "How was your interview experience with {co}?",
                "Tell us about your candidate experience",
                "Quick survey: your interview with {co}",
                "We'd love your feedback",
                "2-minute survey from {co}",
            ],
        ),
        body,
        name,
        addr,
        sign=ctx.fill("[Thank you!|Thanks,]\n[{co} Recruiting|The {co} Talent Team]"),
    )


@fam("at_jobvite_reject", "rejection", ats="jobvite", n=28)
def jv_reject(ctx: Ctx) -> Draft:
    body = join(
        ctx.para(
            "Thank you for your interest in the {title} position at {co}.",
            "We appreciate your interest in {co} and the time you spent applying.",
            "Thank you for meeting with our team regarding {title}.",
        ),
        ctx.para(
            "We have reviewed your qualifications and have decided to pursue other candidates who more closely match our current needs.",
            "After careful consideration, we will not be moving forward with your application.",
            "The position has now been filled. We will not be proceeding with your application.",
        ),
        ctx.para(
            "We encourage you to join our Talent Network to hear about future opportunities.",
            "We wish you success in your search.",
            "",
        ),
    )
    name, addr = sender(
        ctx, [("{co} Recruiting", "notification@jobvite.com"), ("{co}", "noreply@jobvite.com")]
    )
    return Draft(
        subject(
            ctx,
            [
                "Your application with {co}",
                "{co} - {title}",
                "Thank you for your interest in {co}",
                "Application status",
            ],
        ),
        body,
        name,
        addr,
        sign=ctx.fill("[Sincerely,|Best regards,]\n[{co} Talent Acquisition|{co} Recruiting Team]"),
        footer=ctx.pick(["", "Powered by Jobvite"]),
    )


@fam("at_mygreenhouse_recommendations", "not_job", ats="greenhouse", n=28)
def gh_recs(ctx: Ctx) -> Draft:
    picks = [
        (ctx.pick(vocab.TITLES), ctx.pick(vocab.COMPANIES).name, ctx.pick(vocab.CITIES))
        for _ in range(ctx.num(3, 6))
    ]
    listing = "\n".join(f"{t}\n{c} · {where}" for t, c, where in picks)
    body = join(
        ctx.pick(
            [
                "Here are new jobs we think you'll like, based on your profile.",
                "Fresh roles picked for you this week.",
                "Companies hiring for roles like yours:",
            ]
        ),
        listing,
        ctx.pick(["See all recommendations", "Browse jobs", "View more jobs"])
        + ": "
        + ctx.url("my.greenhouse.io", "jobs"),
    )
    return Draft(
        ctx.pick(
            [
                "New jobs for you",
                "Jobs picked for you this week",
                "Roles you might like",
                f"{len(picks)} new jobs match your profile",
            ]
        ),
        body,
        "MyGreenhouse",
        "no-reply@my.greenhouse.io",
        greet=ctx.chance(0.4),
        sign="",
        footer="You're receiving job recommendations because you have a MyGreenhouse account. Update your email preferences or unsubscribe.",
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )
