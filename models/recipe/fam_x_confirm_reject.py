"""Confirmation and rejection families in styles the first corpus lacked.

The classifier fell short on held-out families, so these add independent real-world styles
of the two most common job mails: application receipts (terse ATS lines, Workday and iCIMS
letters, job-board "sent" notices, hourly-job texts, public-sector portals, founders' notes,
six non-English languages) and rejections (one-liners, warm openers that turn, after an
interview, after an assessment, talent-pool and other-openings variants, cancelled roles,
agency recruiters). The hard cases are deliberate: receipts that say "we will contact you
if...", rejections that open exactly like receipts, and very short messages of both kinds.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

import vocab
from kit import Ctx, Draft, ascii_word, ats_sender, family, sign_team


def _j(*parts: str) -> str:
    """Paragraphs joined with blank lines; empty (skipped) ones vanish."""
    return "\n\n".join(p for p in parts if p)


def _opt(ctx: Ctx, p: float, *options: str) -> str:
    """One of ``options``, filled, with probability ``p``; otherwise nothing."""
    return ctx.para(*options) if ctx.chance(p) else ""


def _applied_on(ctx: Ctx) -> str:
    d = ctx.date
    return ctx.pick(
        [f"{vocab.MONTHS[d.month - 1]} {d.day}, {d.year}", f"{d:%m/%d/%Y}", f"{d:%d %b %Y}"]
    )


def _noreply(ctx: Ctx) -> str:
    return ctx.para(
        "This is an automated message. Please do not reply to this email.",
        "Please do not reply to this message; this mailbox is not monitored.",
        "This email was sent from a notification-only address that cannot accept incoming email.",
        "Do not reply - replies to this address are not read.",
        "",
    )


def _eeo(ctx: Ctx) -> str:
    return _opt(
        ctx,
        0.5,
        "{legal} is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or protected veteran status.",
        "{legal} is proud to be an equal opportunity workplace.",
        "We are an equal opportunity employer and value diversity at our company.",
        "[Privacy notice|Candidate privacy statement]: %URL% | [Unsubscribe|Manage email preferences]",
    ).replace("%URL%", ctx.url("privacy." + ctx.pick(["example.com", "example.org"]), "p"))


def _agency(ctx: Ctx) -> tuple[str, str, str]:
    agency, domain = ctx.rng.choice(vocab.RECRUITING_AGENCIES)
    return (
        agency,
        ctx.person,
        f"{ascii_word(ctx.person_first)}.{ascii_word(ctx.person_last)}@{domain}",
    )


# --------------------------------------------------------------------------- confirmations


@family("cr_ats_oneliner", "confirmation", n=30)
def ats_oneliner(ctx: Ctx) -> Draft:
    name, addr = ats_sender(
        ctx,
        ctx.pick(
            [
                "greenhouse",
                "lever",
                "ashby",
                "workable",
                "smartrecruiters",
                "jobvite",
                "own",
                "bamboohr",
            ]
        ),
    )
    body = ctx.para(
        "We received your application[ for {title}|]. [Thanks!|Thank you.|]",
        "Your application for {title} has been received.",
        "Thanks for applying to {co}[ - we've got it|]. [We'll be in touch if it's a match.|]",
        "Application received: {title}[ ({city})|].",
        "This is to confirm we got your application[ for the {title} role|]. No further action is needed[ on your side|].",
        "Got it! Your application to {co} is in.",
        "We've received your application and it is now [under review|with the hiring team].",
        "Thank you, your application [has been submitted successfully|was submitted].",
        "{co} received your application[ for {title}|].",
    )
    extra = _opt(
        ctx,
        0.35,
        "[You can check the status of your application|Track your application] here: %URL%",
        "[If we'd like to move forward|If there's a fit], [someone from the team|a recruiter] will reach out.",
        "[Questions?|Need to update something?] Just reply to this email.",
    ).replace("%URL%", ctx.url("jobs." + ctx.pick(["example.com", "example.net"]), "status"))
    subject = ctx.para(
        "We received your application",
        "Application received",
        "{co}: application received",
        "Thanks for applying",
        "Your application to {co}",
        "Confirmation",
        "[{co}] Application confirmation",
        "Your application",
        "{title} - received",
    )
    sign = ctx.pick(
        ["", "", ctx.fill("- {co}"), sign_team(ctx), ctx.fill("[{co} Recruiting|The {co} team]")]
    )
    return Draft(
        subject,
        _j(body, extra),
        name,
        addr,
        greet=ctx.chance(0.55),
        sign=sign,
        footer=_noreply(ctx),
        bulk=ctx.chance(0.4),
    )


@family("cr_submission_success", "confirmation", n=30)
def submission_success(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["own", "jobvite", "bamboohr", "workable", "own"]))
    head = ctx.para(
        "Thank you for your submission!",
        "Submission successful.",
        "Your submission has been received.",
        "Success! Your [application|form] was submitted.",
        "Thank you for your submission. [We appreciate your interest in {co}.|]",
        "Your form submission for the {title} opening was successful.",
    )
    summary = (
        ctx.fill(
            "[Submission summary|Details of your submission|Here's what you sent us]:\n"
            "[Position|Job|Opening]: {title}\n"
            "[Location|Office]: {city}\n"
            f"[Submitted|Date submitted|Received]: {_applied_on(ctx)}\n"
            "[Reference|Confirmation number|Submission ID]: {req}"
        )
        if ctx.chance(0.7)
        else ""
    )
    after = _opt(
        ctx,
        0.8,
        "Our team will review your submission and contact you if your qualifications match our needs.",
        "We review every submission. If we'd like to learn more, we'll contact you [by email|by phone or email|within two weeks].",
        "Please keep this confirmation for your records. [You do not need to resubmit.|There is no need to send your resume again.]",
        "If you submitted by mistake or need to make a change, contact [careers|talent]@{domain}.",
    )
    subject = ctx.para(
        "Submission successful",
        "Thank you for your submission",
        "Form submission received",
        "We got your submission",
        "{co} Careers - submission confirmation",
        "Submission received: {title}",
    )
    return Draft(
        subject,
        _j(head, summary, after),
        name,
        addr,
        greet=ctx.chance(0.5),
        sign=ctx.pick(["", sign_team(ctx)]),
        footer=_noreply(ctx),
        bulk=True,
    )


@family("cr_workday_candidate_home", "confirmation", ats="workday", n=30)
def workday_home(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "workday")
    home = f"https://{ctx.slug}.wd{ctx.num(1, 12)}.myworkdayjobs.com/{ctx.pick(['External', 'Careers', 'en-US/External_Careers', 'Search'])}/userHome"
    body = _j(
        ctx.para(
            "Thank you for applying to the {title} position[ (Job Requisition ID {req})|] at {co}.",
            "Thank you for applying for {req} {title}.",
            "Thank you for your interest in {co}! We have received your application for [the|our] {title} [position|role|opportunity].",
            "Thank you for applying to {co}. This email confirms that your application for {title} has been submitted.",
        ),
        ctx.para(
            "We will review your qualifications and, if they match the needs of the position, a member of our [recruiting|talent acquisition] team will contact you[ to discuss next steps|].",
            "Our recruiting team is reviewing applications. If we would like to move forward, we will contact you [via email|directly]. [Please note that due to the volume of applications we may not be able to reach out to everyone.|]",
            "If your skills and experience are a fit, you will hear from us regarding next steps, which may include an interview.",
        ),
        ctx.para(
            f"You can track the status of your application by visiting your Candidate Home: {home}",
            f"To view your application or update your profile, sign in to your candidate home account at {home}",
            f"Check your application status at any time: {home}",
            "",
        ),
        _opt(
            ctx,
            0.4,
            "To protect your privacy, we will never ask for payment or banking details during the hiring process.",
        ),
    )
    subject = ctx.para(
        "Thank you for applying!",
        "Thank you for applying to {co}",
        "{co} - Application Received",
        "Thank you for your application - {title}",
        "Application Confirmation: {title}",
    )
    return Draft(
        subject,
        body,
        name,
        addr,
        sign=ctx.pick([sign_team(ctx), ctx.fill("Sincerely,\n{co} Talent Acquisition")]),
        footer=_j(_noreply(ctx), _eeo(ctx)),
        form=ctx.pick(["html", "alt"]),
    )


@family("cr_icims_taleo_formal", "confirmation", n=30)
def icims_taleo(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["icims", "taleo", "icims"]))
    req = ctx.req_id()
    body = _j(
        ctx.fill("[Dear {first} {last},|Dear {first},|Dear Applicant,|{first} {last}:]"),
        ctx.para(
            "Thank you for your interest in employment with {legal}. This email confirms that we have received your application for Requisition #"
            + req
            + ", {title}.",
            "We acknowledge receipt of your application for the position of {title} (Requisition ID: "
            + req
            + ").",
            "Thank you for submitting your application for {title}, Job ID "
            + req
            + ", [at our {city} location|]. Your candidate profile has been updated.",
            "Your application for the position listed below has been received.\n\nJob Title: {title}\nRequisition Number: "
            + req
            + "\nLocation: {city}",
        ),
        ctx.para(
            "Our Talent Acquisition team will carefully review your qualifications. Should your background match the requirements of the position, a recruiter will contact you to discuss next steps.",
            "Due to the high volume of applications we receive, we are unable to respond to each applicant individually. Only candidates selected for an interview will be contacted.",
            "If you are selected to move forward in the process, you will be contacted by a member of our recruiting staff. [Otherwise, your profile will remain active in our system for future consideration.|]",
            "Please allow [two to three|several] weeks for review. [You may log in to the career portal at any time to check the status of your submission.|]",
        ),
        _opt(
            ctx,
            0.35,
            "Should you wish to withdraw your application, you may do so from the Candidate Dashboard.",
            "Please do not respond to this email. For questions, contact the Human Resources Department.",
        ),
    )
    subject = ctx.para(
        "Application Received - Req #" + req,
        "{co} - Thank you for your application",
        "Acknowledgement of Application: {title}",
        "Your Application for {title} ({city})",
        "Application Confirmation",
        "Thank You For Applying",
    )
    sign = ctx.fill(
        "[Sincerely,|Regards,|Respectfully,]\n[Talent Acquisition|Human Resources|Recruitment Services]\n{legal}"
    )
    return Draft(
        subject, body, name, addr, greet=False, sign=sign, footer=_eeo(ctx), bulk=ctx.chance(0.3)
    )


@family("cr_jobboard_sent", "confirmation", n=32)
def jobboard_sent(ctx: Ctx) -> Draft:
    board = ctx.pick(["linkedin", "linkedin", "indeed", "indeed", "glassdoor", "zip"])
    applied = _applied_on(ctx)
    if board == "linkedin":
        name, addr = ats_sender(ctx, "linkedin")
        body = _j(
            ctx.fill(
                "{first}, your application was sent to {co}"
                if ctx.chance(0.5)
                else "Your application was sent to {co}"
            ),
            ctx.fill("{title}\n{co} · {city}[ (On-site)| (Remote)| (Hybrid)|]\nApplied on ")
            + applied,
            "View job: " + ctx.url("www.linkedin.com", "comm/jobs/view"),
            _opt(
                ctx,
                0.6,
                "Now, take these steps to stand out:\n[Message the hiring team|Check your application status|Prepare for your interview with AI-powered tips]\n[Add your skills to your profile|Get notified when your application is viewed]",
            ),
            _opt(
                ctx,
                0.4,
                "Jobs similar to {title} at {co}:\n"
                + ctx.pick(vocab.TITLES)
                + " - "
                + ctx.pick(vocab.COMPANIES).name
                + "\n"
                + ctx.pick(vocab.TITLES)
                + " - "
                + ctx.pick(vocab.COMPANIES).name,
            ),
        )
        subject = ctx.para(
            "{first}, your application was sent to {co}",
            "Your application was sent to {co}",
            "You applied for {title} at {co}",
        )
        footer = (
            "This email was intended for "
            + ctx.fill("{first} {last}")
            + ". You are receiving job application emails.\nUnsubscribe | Help\n© LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."
        )
    elif board == "indeed":
        name, addr = ats_sender(ctx, "indeed")
        body = _j(
            ctx.fill("Application submitted\n{title}\n{co} - {city}"),
            ctx.fill(
                "The following items were sent to {co}.[ Good luck!|]\n• Application\n• Resume[\n• Cover letter|]"
            ),
            ctx.para(
                "Next steps\n• The employer or job advertiser may reach out to you about your application.",
                "What happens next? If the employer is interested, they may contact you by email or message you on Indeed.",
            ),
            _opt(
                ctx,
                0.4,
                "Track all your applications in My jobs: " + ctx.url("www.indeed.com", "myjobs"),
            ),
        )
        subject = ctx.para(
            "Indeed Application: {title}",
            "Application submitted: {title}",
            "Your application to {co} was submitted",
            "Application submitted",
        )
        footer = (
            "© "
            + str(ctx.date.year)
            + " Indeed - Privacy Center - Terms\nYou received this email because you applied to a job on Indeed."
        )
    else:
        glass = board == "glassdoor"
        name, addr = (
            ("Glassdoor", "noreply@glassdoor.com")
            if glass
            else ("ZipRecruiter", "applications@ziprecruiter.example")
        )
        body = _j(
            ctx.para(
                "Your application to {co} has been submitted!",
                "Congratulations, you applied for {title}!",
                "You applied to {title} at {co}.",
            ),
            ctx.fill("{title} | {co} | {city}\nApplied: ") + applied,
            ctx.para(
                "We'll let you know if the employer views your application.",
                "Employers typically respond within [1-2|two] weeks.",
                "[Keep the momentum going - here are more jobs you might like.|]",
            ),
        )
        subject = ctx.para(
            "Application submitted to {co}", "You applied to {co}!", "Your application for {title}"
        )
        footer = (
            "Glassdoor, Inc. · Mill Valley, CA" if glass else "ZipRecruiter · Santa Monica, CA"
        ) + "\nUnsubscribe from application emails"
    return Draft(
        subject,
        body,
        name,
        addr,
        greet=False,
        sign="",
        footer=footer,
        form=ctx.pick(["html", "alt", "alt"]),
        bulk=True,
    )
