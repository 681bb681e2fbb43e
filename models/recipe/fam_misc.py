"""Template families: recruiter outreach and other job mail (checks, portals, status)."""

from __future__ import annotations

import vocab
from fam_apply import ATS_FOOTERS
from kit import Ctx, Draft, ascii_word, ats_sender, family, sign_person, sign_team

HOOK = (
    "I came across your profile and [was impressed by|loved] your [experience|background] "
    "[in|with] [data|distributed systems|product|design|growth|backend engineering].",
    "I'm [a recruiter|a technical recruiter|on the talent team] at {co} and I think you'd be a "
    "[great|strong] fit for our {title} [role|opening].",
    "Your [background|profile|work at your current company] caught my eye.",
    "I hope this message finds you well! I'm reaching out because we're hiring a {title}.",
    "Are you open to new opportunities? [I'm working on|I'm hiring for] a {title} role "
    "[at {co}|with a fast-growing client] in {city}.",
)
PITCH = (
    "{co} is [a Series B startup|a profitable, growing company|one of the leaders in our "
    "space] and the team is [growing fast|doubling this year].",
    "The role is [fully remote|hybrid in {city}|based in {city}] and pays [{money}|"
    "competitively|a top-of-market salary] plus equity.",
    "[You'd be working|You would work] on [our core platform|a brand new product|the data "
    "infrastructure] with a small, senior team.",
    "I think your experience would translate really well to what the team is building.",
)
ASK = (
    "Would you be open to a [quick|15-minute|short] chat [this week|next week]?",
    "If you're interested, just reply and we can find a time to talk.",
    "Even if the timing isn't right, I'd love to connect for the future.",
    "Let me know if you'd like to hear more - happy to share the job description.",
    "Are you [available|free] for a brief call [on {day}|sometime this week]?",
)


def _outreach(ctx: Ctx, agency: bool) -> tuple[str, str, str]:
    parts = [ctx.para(*HOOK)]
    if agency:
        agency_name, agency_domain = ctx.rng.choice(vocab.RECRUITING_AGENCIES)
        if ctx.chance(0.5):
            parts.append(
                ctx.fill(
                    "My client, [a well-funded fintech|a leading healthcare "
                    "company|a global retailer], is looking for a {title}."
                )
            )
        else:
            parts.append(ctx.para("I'm partnering with {co} on their {title} search."))
        name = f"{ctx.person}"
        first = ascii_word(ctx.person_first)
        addr = f"{first}@{agency_domain}"
        sign = sign_person(ctx, f"Senior Consultant, {agency_name}")
    else:
        name, addr = ats_sender(ctx, "person")
        sign = sign_person(
            ctx,
            ctx.pick(
                [
                    "Technical Recruiter",
                    "Talent Partner",
                    "Head of Talent",
                    "Founder & CEO",
                    "Sourcer",
                ]
            ),
        )
    parts += [ctx.para(*PITCH), ctx.para(*ASK)]
    return "\n\n".join(parts) + "\n\n" + sign, name, addr


@family("outreach_inhouse", "recruiter_outreach", n=44)
def outreach_inhouse(ctx: Ctx) -> Draft:
    body, name, addr = _outreach(ctx, agency=False)
    subject = ctx.para(
        "{title} opportunity at {co}",
        "Quick question",
        "{co} is hiring",
        "Exploring a role at {co}?",
        "Your background + {co}",
        "Hi {first}",
        "Opportunity: {title}",
        "Would you be open to a chat?",
    )
    return Draft(subject, body, name, addr, sign="", form=ctx.pick(["plain", "alt"]))


@family("outreach_agency", "recruiter_outreach", n=44)
def outreach_agency(ctx: Ctx) -> Draft:
    body, name, addr = _outreach(ctx, agency=True)
    subject = ctx.para(
        "Exciting {title} opportunity - {city}",
        "{title} role - interested?",
        "New opportunity",
        "Confidential search: {title}",
        "Re: your profile",
        "Permanent {title} position",
    )
    return Draft(subject, body, name, addr, sign="", form="plain")


@family("outreach_inmail", "recruiter_outreach", ats="linkedin", n=40)
def outreach_inmail(ctx: Ctx) -> Draft:
    body, _, _ = _outreach(ctx, agency=ctx.chance(0.3))
    subject = ctx.para(
        "{pfirst} sent you a new message",
        "InMail: {title} at {co}",
        "New message from {person}",
        "{person} wants to connect about a role",
    )
    text = ctx.fill("{person}\n[Technical Recruiter|Talent Acquisition|Recruiter] at {co}\n\n") + (
        body + "\n\nReply: https://www.linkedin.com/messaging/thread/" + str(ctx.num(10**9, 10**10))
    )
    return Draft(
        subject,
        text,
        ctx.fill("{person} via LinkedIn"),
        "inmail-hit-reply@linkedin.com",
        greet=False,
        sign="",
        bulk=True,
        footer="This is an InMail from LinkedIn.",
    )


@family("outreach_followup", "recruiter_outreach", n=32)
def outreach_followup(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    body = ctx.para(
        "Just bumping this to the top of your inbox in case you missed my note about the {title} "
        "role at {co}. [Still interested in chatting?|Would love to connect.]",
        "Following up on my earlier message - are you open to hearing about a {title} position "
        "[with {co}|on my team]?",
        "I know you're probably busy, so I'll keep it short: we're hiring a {title} at {co} and "
        "I think you'd be great. Interested?",
    )
    return Draft(
        ctx.para(
            "Following up", "Re: {title} opportunity at {co}", "Checking in", "Re: Quick question"
        ),
        body,
        name,
        addr,
        sign=sign_person(ctx),
        quote=ctx.maybe("I came across your profile and think you'd be a great fit.", 0.5),
        form="plain",
    )


# ---- other job mail ---------------------------------------------------------------------------


@family("other_background_check", "other_job", n=40)
def background_check(ctx: Ctx) -> Draft:
    vendor, addr = ctx.rng.choice(
        [
            ("Checkr", "noreply@checkr.com"),
            ("HireRight", "noreply@hireright.com"),
            ("Sterling", "donotreply@sterlingcheck.com"),
        ]
    )
    body = [
        ctx.para(
            f"{{co}} has requested a background check [as part of your application|"
            f"for the {{title}} position] through {vendor}.",
            f"[Please complete|Action required:] your background screening for {{co}}."
            f" {vendor} needs [a few details|your consent] to begin.",
            "Your background check for {co} is [complete|in progress|almost done].",
        ),
        "[Get started|Continue|Provide information]: " + ctx.url(addr.split("@")[1], "apply"),
        ctx.para(
            "This usually takes 3-5 business days.",
            f"If you have questions, contact {vendor} support.",
        ),
    ]
    return Draft(
        ctx.para(
            "{co} background check - action required",
            f"Complete your {vendor} background check",
            "Your background check is complete",
            "Background screening for {co}",
        ),
        "\n\n".join(body),
        vendor,
        addr,
        sign=f"The {vendor} Team",
    )


@family("other_reference_check", "other_job", n=36)
def reference_check(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["person", "own"]))
    body = ctx.para(
        "As we finalize the process for the {title} role, could you [please |]send the names and "
        "contact details of [two|three] professional references?",
        "We'll be reaching out to the references you provided this week. Please give them a "
        "heads-up!",
        "Thanks for sharing your references. We've sent each of them a short questionnaire via "
        "[Crosschq|SkillSurvey|our reference tool].",
        "Our reference check for the {title} position is underway; we'll be in touch soon.",
    )
    return Draft(
        ctx.para(
            "Reference check", "References - {title}", "Next step: references", "Reference request"
        ),
        body,
        name,
        addr,
    )


@family("other_ats_account", "other_job", n=44)
def ats_account(ctx: Ctx) -> Draft:
    ats = ctx.pick(["workday", "icims", "taleo", "smartrecruiters", "own", "jobvite"])
    name, addr = ats_sender(ctx, ats)
    body = [
        ctx.para(
            "Your candidate account [at|for] {co} [Careers|Career Site] has been created.",
            "Please verify your email address to finish creating your {co} candidate account.",
            "We received a request to reset the password for your {co} careers account.",
            "Your verification code is {n}{n}{n}{n}{n}{n}. It expires in 10 minutes.",
        ),
        ctx.para(
            "[Sign in|Log in|Verify]: https://{slug}.wd5.myworkdayjobs.com/en-US/careers/login",
            "If you did not request this, you can ignore this email.",
        ),
    ]
    return Draft(
        ctx.para(
            "Verify your candidate account",
            "Welcome to {co} Careers",
            "Password reset request",
            "{co} Careers: verification code",
            "Your candidate account",
        ),
        "\n\n".join(body),
        name,
        addr,
        sign=sign_team(ctx),
        footer=ATS_FOOTERS.get(ats, ""),
    )


@family("other_profile_reminder", "other_job", n=36)
def profile_reminder(ctx: Ctx) -> Draft:
    ats = ctx.pick(["workday", "icims", "smartrecruiters", "own", "greenhouse"])
    name, addr = ats_sender(ctx, ats)
    body = ctx.para(
        "You started an application for {title} at {co} but haven't submitted it yet. "
        "[Finish it now|Pick up where you left off]: https://careers.{domain}/apply",
        "Your candidate profile is [incomplete|missing a few details]. Please complete it so "
        "[recruiters|our team] can consider you for the {title} role.",
        "Please upload [your transcript|a copy of your work permit|your portfolio] to complete "
        "your application for {title}.",
        "Your application is missing [required documents|the voluntary self-identification "
        "form]. Log in to your candidate portal to complete it.",
    )
    return Draft(
        ctx.para(
            "Complete your application",
            "Reminder: finish your application",
            "Action needed on your {co} application",
            "Your profile is incomplete",
        ),
        body,
        name,
        addr,
        sign=sign_team(ctx),
        bulk=ctx.chance(0.4),
    )


@family("other_documents_received", "other_job", n=32)
def documents_received(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["own", "person", "workday"]))
    body = ctx.para(
        "We received your [documents|signed forms|transcripts|work authorization documents], "
        "thank you.",
        "Thanks for sending the [I-9 documents|tax forms|ID copy]; everything is in order.",
        "This is to confirm receipt of the additional information you submitted "
        "for the {title} application.",
    )
    return Draft(
        ctx.para(
            "Documents received",
            "Re: documents",
            "Confirmation of receipt",
            "We got your documents",
        ),
        body,
        name,
        addr,
    )


@family("other_still_reviewing", "other_job", n=40)
def still_reviewing(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["own", "person", "greenhouse", "lever", "workday"]))
    body = [
        ctx.para(
            "I wanted to give you a quick update: your application for {title} is "
            "still under review.",
            "Thanks for your patience! The hiring team is still "
            "reviewing applications for the {title} role.",
            "We haven't forgotten "
            "about you - the {title} [process|search] is taking a bit longer than "
            "expected.",
        ),
        ctx.para(
            "We expect to have an update [by {day}|in the next week or two|soon].",
            "No decision has been made yet, and we'll be in touch as soon as we know more.",
            "The hiring manager is out this week, so we'll follow up after.",
        ),
    ]
    return Draft(
        ctx.para(
            "Application status update",
            "Quick update",
            "Following up",
            "Status of your application - {title}",
            "Update on {title}",
        ),
        "\n\n".join(body),
        name,
        addr,
        sign=sign_person(ctx),
    )


@family("other_candidate_survey", "other_job", n=28)
def candidate_survey(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["own", "greenhouse", "smartrecruiters"]))
    body = ctx.para(
        "How was your interview experience with {co}? We'd love your feedback - the survey "
        "takes 2 minutes: https://survey.{domain}/candidate",
        "Thank you for interviewing for {title}. Please tell us about your candidate experience; "
        "your answers are anonymous and won't affect your application.",
    )
    return Draft(
        ctx.para(
            "How did we do?",
            "Tell us about your interview experience",
            "Candidate experience survey - {co}",
        ),
        body,
        name,
        addr,
        sign=sign_team(ctx),
        bulk=True,
    )


@family("other_withdrawn_onboarding", "other_job", n=32)
def withdrawn_or_onboarding(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["own", "person", "workday"]))
    body = ctx.para(
        "This confirms that you have withdrawn your application for {title}. We wish you all "
        "the best.",
        "Welcome aboard! Before your first day, please complete the onboarding "
        "tasks in [BambooHR|Workday|our portal]: tax forms, direct deposit and the handbook.",
        "Your start date for {title} is confirmed. Your laptop will be shipped to your home "
        "address next week.",
        "Your application for {title} has been withdrawn at your request.",
    )
    return Draft(
        ctx.para(
            "Application withdrawn",
            "Welcome to {co}! Onboarding next steps",
            "Before your first day",
            "Your start date",
        ),
        body,
        name,
        addr,
    )
