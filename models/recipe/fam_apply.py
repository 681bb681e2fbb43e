"""Template families: application confirmations and rejections, in many ATS and own styles."""

from __future__ import annotations

from kit import Ctx, Draft, ats_sender, family, sign_person, sign_team

ATS_FOOTERS = {
    "greenhouse": "Powered by Greenhouse",
    "lever": "Sent with Lever",
    "workday": "This email was sent from an unmonitored mailbox. Please do not reply.",
    "icims": "Powered by iCIMS | Privacy Policy",
    "smartrecruiters": "Powered by SmartRecruiters",
    "ashby": "Powered by Ashby",
    "taleo": "Please do not reply to this message. Oracle Taleo",
    "jobvite": "Powered by Jobvite",
    "workable": "Powered by Workable | Privacy notice",
    "bamboohr": "Sent via BambooHR",
}

RECEIVED = (
    "We have received your application for the {title} [position|role|opening|job].",
    "Your application for {title} has been [received|submitted successfully].",
    "Thanks for [applying|your interest in joining us]! We've received your application for "
    "the {title} role.",
    "This email confirms that we received your application for {title} [at {co}|].",
    "We're excited that you applied for the {title} [role|position] at {co}.",
    "Thank you for submitting your application for {title} ([req]).",
)
REVIEW = (
    "Our [recruiting team|hiring team|team] will review your [application|resume|background] "
    "and [reach out|get in touch|contact you] if your [experience|qualifications|skills] "
    "[match|are a good fit for] [the role|our needs|what we're looking for].",
    "We [review|read] every application [carefully|personally] and will be in touch [soon|"
    "within the next two weeks|in the coming weeks] regarding next steps.",
    "If your background is a match, a member of our team will contact you to discuss next steps.",
    "Due to the high volume of applications, we may not be able to respond to every applicant "
    "individually, but we will contact you if you are selected to move forward.",
    "You can check the status of your application at any time by logging into your candidate "
    "account: https://careers.{domain}/candidate/home",
    "In the meantime, feel free to learn more about us at https://www.{domain}/about.",
)
WARM = (
    "Thank you for your interest in {co}[.|!]",
    "Thank you for [taking the time to apply|applying] to {co}[.|!] We [appreciate|value] "
    "your interest in [our team|the company|joining us].",
    "We really appreciate you taking the time to apply for the {title} [role|position].",
    "Thanks so much for your interest in the {title} [role|opening] and for the time you "
    "invested in the process.",
    "[It was a pleasure|It was great] [speaking|talking|chatting] with you [last week|recently|"
    "on {day}] about the {title} role.",
)
DECISION = (
    "Unfortunately, we have decided not to move forward with your application at this time.",
    "After careful consideration, we've decided to move forward with other candidates whose "
    "experience more closely matches our current needs.",
    "Unfortunately, we will not be moving forward with your candidacy for this position.",
    "We regret to inform you that we have decided to pursue other candidates for this role.",
    "While your background is impressive, we have decided to proceed with candidates whose "
    "qualifications better align with the requirements of this position.",
    "The position has now been filled, and we will not be progressing your application further.",
    "After reviewing your application, we have decided not to proceed [further|] at this time.",
    "Unfortunately, we've decided not to move you forward to the next stage of our process.",
    "We had many strong applicants and, after a lot of deliberation, we have decided to extend "
    "an offer to another candidate.",
    "This was a difficult decision, but we will not be moving forward with your application.",
    "Unfortunately the team has decided to go in a different direction for this role.",
    "We won't be able to offer you a position on the team at this time.",
)
SOFTEN = (
    "We [truly|really|sincerely] appreciate the time you [spent|invested] with us.",
    "We will keep your resume on file and may reach out if a suitable [role|opening] comes up.",
    "We encourage you to apply for future openings that match your skills.",
    "Please don't let this discourage you from applying to other roles at {co} in the future.",
    "We wish you the very best in your job search and future endeavors.",
    "Best of luck in your search, and thank you again for considering {co}.",
    "This decision is not a reflection of your abilities; the pool was very competitive.",
    "Feel free to keep an eye on our careers page for other opportunities.",
)


def _footer(ctx: Ctx, ats: str) -> str:
    lines = []
    if ats in ATS_FOOTERS and ctx.chance(0.7):
        lines.append(ATS_FOOTERS[ats])
    if ctx.chance(0.3):
        lines.append(ctx.fill("{legal} | {city}"))
    if ctx.chance(0.2):
        lines.append("You are receiving this email because you applied for a job with us.")
    return "\n".join(lines)


def _confirm(ctx: Ctx, ats: str, subjects: tuple[str, ...]) -> Draft:
    name, addr = ats_sender(ctx, ats)
    body = [ctx.para(*RECEIVED), ctx.para(*REVIEW)]
    if ctx.chance(0.5):
        body.append(ctx.para(*REVIEW))
    if ctx.chance(0.4):
        body.insert(0, ctx.para(*WARM[:2]))
    return Draft(
        ctx.para(*subjects),
        "\n\n".join(body),
        name,
        addr,
        sign=sign_team(ctx),
        footer=_footer(ctx, ats),
        bulk=ctx.chance(0.3),
    )


def _reject(ctx: Ctx, ats: str, subjects: tuple[str, ...]) -> Draft:
    name, addr = ats_sender(ctx, ats)
    body = [ctx.para(*WARM), ctx.para(*DECISION)]
    for _ in range(ctx.num(0, 2)):
        body.append(ctx.para(*SOFTEN))
    sign = sign_team(ctx) if ats != "person" else sign_person(ctx)
    return Draft(
        ctx.para(*subjects), "\n\n".join(body), name, addr, sign=sign, footer=_footer(ctx, ats)
    )


CONFIRM_SUBJECTS = {
    "greenhouse": (
        "Thank you for applying to {co}",
        "Thank you for your application to {co}",
        "Thanks for applying to {co}!",
        "{co} - Application Received",
    ),
    "lever": (
        "Thanks for applying to {co}",
        "Your application to {co}",
        "{co} | Application received: {title}",
        "We received your application",
    ),
    "workday": (
        "Application Received - {title}",
        "Thank you for applying to {co}",
        "{co}: We've received your application ({req})",
        "Application Confirmation",
    ),
    "icims": (
        "Thank you for your interest in {co}",
        "{co} Application Confirmation",
        "Your Application for {title}",
    ),
    "smartrecruiters": (
        "Your application for {title} at {co}",
        "We've got your application!",
        "Thanks for applying for {title}",
    ),
    "ashby": (
        "Thanks for applying to {co}!",
        "Application received: {title}",
        "{co} - we got your application",
    ),
    "taleo": (
        "{co} - Confirmation of application submission - {title}",
        "Job Submission Confirmation - {title} ({req})",
        "Your candidacy at {legal}",
    ),
    "jobvite": ("Thank you for applying for {title}", "{co} Application Acknowledgement"),
    "workable": ("Thanks for applying to {co}", "Your application for the {title} job"),
    "bamboohr": ("Thanks for applying to {co}", "Application received: {title}"),
    "own": (
        "Application received",
        "We received your application",
        "Your application - {title}",
        "Thank you for applying!",
        "{title} application",
    ),
}
REJECT_SUBJECTS = {
    "greenhouse": (
        "Thank you for your interest in {co}",
        "Your application to {co}",
        "Update on your {co} application",
        "{co} - {title}",
    ),
    "lever": (
        "Update on your application to {co}",
        "{co} | Your application",
        "Regarding your application for {title}",
        "Following up",
    ),
    "workday": (
        "Regarding your application for {title}",
        "Your application status at {co}",
        "Application Update - {title} ({req})",
    ),
    "icims": ("Thank you for your interest in {co}", "Status of your application"),
    "smartrecruiters": ("Your application for {title}", "An update on your application"),
    "ashby": ("Update from {co}", "{co} application update", "Your application to {co}"),
    "taleo": ("Your candidacy for {title}", "{co} - Application Status"),
    "jobvite": ("{co} Application Status Update", "Regarding the {title} position"),
    "workable": ("Your application at {co}", "Update regarding the {title} job"),
    "bamboohr": ("Your application with {co}", "Update: {title}"),
    "own": (
        "Update on your application",
        "Your application to {co}",
        "Application status",
        "Next steps",
        "Re: {title}",
        "{title} at {co}",
    ),
    "person": ("Following up", "Next steps", "Update", "Re: {title} role", "Quick update"),
}

for _ats, _subjects in CONFIRM_SUBJECTS.items():
    family(f"confirm_{_ats}", "confirmation", ats=None if _ats == "own" else _ats)(
        lambda ctx, a=_ats, s=_subjects: _confirm(ctx, a, s)
    )
for _ats, _subjects in REJECT_SUBJECTS.items():
    family(f"reject_{_ats}", "rejection", ats=None if _ats in {"own", "person"} else _ats)(
        lambda ctx, a=_ats, s=_subjects: _reject(ctx, a, s)
    )


@family("confirm_linkedin_sent", "confirmation", ats="linkedin", n=44)
def confirm_linkedin(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "linkedin")
    subject = ctx.para(
        "{first}, your application was sent to {co}",
        "Your application was sent to {co}",
        "You applied for {title} at {co}",
    )
    body = ctx.fill(
        "Your application was sent to {co}\n\n{title}\n{co} · {city}\n"
        "Applied on [{day}|today]\n\n"
        "[Now, take these next steps for more success with your job search|"
        "Here's what happens next]:\n"
        "[Check your application status: https://www.linkedin.com/my-items/saved-jobs/|"
        "Track your application: https://www.linkedin.com/jobs/tracker/applied/]"
    )
    if ctx.chance(0.4):
        body += ctx.fill(
            "\n\n[Similar jobs|Jobs you might like]\n"
            + "\n".join(
                f"{t} · {c.name}"
                for t, c in [
                    (ctx.rng.choice(_titles()), ctx.rng.choice(_cos()))
                    for _ in range(ctx.num(2, 4))
                ]
            )
        )
    footer = (
        f"This email was intended for {ctx.cand_first} {ctx.cand_last}. "
        "Learn why we included this.\n"
        "© LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."
    )
    return Draft(
        subject,
        body,
        name,
        addr,
        greet=False,
        sign="",
        footer=footer,
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )


@family("confirm_indeed", "confirmation", ats="indeed", n=40)
def confirm_indeed(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "indeed")
    subject = ctx.para(
        "Indeed Application: {title}",
        "Application submitted: {title} at {co}",
        "Your application to {co} has been submitted",
    )
    body = ctx.fill(
        "[Application submitted|Your application has been submitted]\n\n{title}\n{co} - {city}\n\n"
        "[The following items were sent to {co}. Good luck!|{co} will contact you if they want "
        "to move forward.|Good luck! Here's what you sent to {co}:]\n"
        "• Resume\n[• Cover letter\n|]• Contact information\n\n"
        "[Next steps: employers typically respond within 1-2 weeks.|View your application "
        "status on My Jobs: https://myjobs.indeed.com/applied]"
    )
    return Draft(
        subject,
        body,
        name,
        addr,
        greet=False,
        sign="",
        footer="© 2025 Indeed - Do not reply to this email.",
        bulk=True,
    )


@family("confirm_personal", "confirmation", ats=None)
def confirm_personal(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    body = [
        ctx.para(
            "Thanks for sending over your application for the {title} role[!|.]",
            "Got your application for {title} - thank you!",
            "Just confirming I received your CV for the {title} position at {co}.",
            "Thank you for reaching out and applying to {co}.",
        ),
        ctx.para(
            "I'll [review|go through] it [this week|in the next few days|shortly] and "
            "[get back to you|let you know about next steps].",
            "The team is reviewing applications now; you'll hear from us either way.",
            "We're a small team so it may take a week or so, but I'll be in touch.",
        ),
    ]
    subject = ctx.para(
        "Re: {title} application",
        "Your application",
        "Received - {title}",
        "Thanks!",
        "Re: Application for {title}",
    )
    return Draft(
        subject,
        "\n\n".join(body),
        name,
        addr,
        sign=sign_person(ctx),
        form="plain",
        quote=ctx.maybe(
            "Hi, please find attached my resume for the role. Best, " + ctx.cand_first, 0.4
        ),
    )


def _titles() -> tuple[str, ...]:
    import vocab

    return vocab.TITLES


def _cos() -> tuple[object, ...]:
    import vocab

    return vocab.COMPANIES


@family("reject_no_unfortunately", "rejection", n=40)
def reject_plain(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["own", "greenhouse", "lever", "ashby"]))
    body = [
        ctx.para(*WARM),
        ctx.para(
            "We've reviewed your [profile|application] and have decided to pursue "
            "candidates whose experience more closely [fits|matches] the needs of the team.",
            "The role has been filled by another candidate.",
            "We will not be scheduling further interviews for the {title} position.",
            "At this stage we are not able to take your application further.",
            "We have now closed this requisition and are no longer considering applicants.",
            "Your application was not selected for further consideration.",
        ),
        ctx.para(*SOFTEN),
    ]
    return Draft(
        ctx.para(*REJECT_SUBJECTS["own"]), "\n\n".join(body), name, addr, sign=sign_team(ctx)
    )


@family("reject_after_interview", "rejection", ats=None, n=44)
def reject_after_interview(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    body = [
        ctx.para(
            "Thank you so much for taking the time to [meet|speak|interview] with "
            "[the team|us|me and the team] [last week|on {day}|earlier this week].",
            "I wanted to follow up personally after your interviews for the {title} role.",
            "I hope you had a good weekend! I'm reaching out with an update on the {title} "
            "process.",
        ),
        ctx.para(
            "Everyone enjoyed [talking|speaking] with you, [and|but] "
            "[it was a really close call|the decision was hard].",
            "The team was impressed by your [experience|background|thoughtfulness].",
        ),
        ctx.para(
            "[Unfortunately|Ultimately|In the end], we've decided to move forward with "
            "another candidate whose experience is a closer match for [this role|what we "
            "need right now].",
            "After a lot of discussion, we've decided not to extend an offer at this time.",
            "Unfortunately we will not be moving forward, as we've decided to go with a "
            "candidate with more [domain|industry|leadership] experience.",
        ),
        ctx.para(*SOFTEN),
    ]
    if ctx.chance(0.3):
        body.append("If you'd like feedback, I'm happy to set up a quick call.")
    subject = ctx.para(*REJECT_SUBJECTS["person"])
    return Draft(
        subject,
        "\n\n".join(body),
        name,
        addr,
        sign=sign_person(ctx),
        form="plain",
        quote=ctx.maybe(
            "Thanks again for the conversation today, looking forward to hearing from you.", 0.3
        ),
    )


@family("reject_linkedin_update", "rejection", ats="linkedin", n=30)
def reject_linkedin(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "linkedin")
    subject = ctx.para(
        "Your application to {title} at {co}",
        "An update on your application to {co}",
        "{first}, an update from {co}",
    )
    body = ctx.fill(
        "Your update from {co}\n\n{title}\n{co} · {city}\n\n"
        "Thank you for your interest in the {title} position at {co}. Unfortunately, {co} has "
        "decided not to move forward with your application. [We wish you the best in your job "
        "search.|Keep applying - the right job is out there.]\n\n"
        "[Top job picks for you|Jobs similar to this one]: https://www.linkedin.com/jobs/"
    )
    return Draft(
        subject,
        body,
        name,
        addr,
        greet=False,
        sign="",
        bulk=True,
        footer="You are receiving LinkedIn notification emails.",
    )
