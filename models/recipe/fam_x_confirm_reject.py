"""Confirmation families in styles the first corpus lacked (tag ``cr_``).

The classifier fell short on held-out families, so these add independent real-world styles
of application receipts: terse ATS lines, form-submission notices, Workday and iCIMS/Taleo
letters, job-board "sent" notices, hourly-job texts, public-sector portals and founders'
replies. The hard cases are deliberate: receipts that say "we will contact you if...",
"only candidates selected for an interview will be contacted", and one-line receipts.
The rejections live in fam_x_cr_reject.py and the non-English families in fam_x_cr_i18n.py
(split to keep each file small).
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

import vocab
from kit import Ctx, Draft, ats_sender, family, sign_team

_ATS_SET = (
    "greenhouse",
    "lever",
    "ashby",
    "workable",
    "smartrecruiters",
    "jobvite",
    "own",
    "bamboohr",
)


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


# --------------------------------------------------------------------------- confirmations


@family("cr_ats_oneliner", "confirmation", n=30)
def ats_oneliner(ctx: Ctx) -> Draft:
    name, addr = ats_sender(
        ctx,
        ctx.pick(_ATS_SET),
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
    sign = (
        sign_team(ctx)
        if ctx.chance(0.2)
        else ctx.para("", "", "- {co}", "[{co} Recruiting|The {co} team]")
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
        sign=sign_team(ctx) if ctx.chance(0.5) else "",
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
        sign=sign_team(ctx) if ctx.chance(0.5) else ctx.fill("Sincerely,\n{co} Talent Acquisition"),
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
            else ("ZipRecruiter", "noreply@ziprecruiter.com")
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


@family("cr_hourly_shift_jobs", "confirmation", n=30)
def hourly_shift(ctx: Ctx) -> Draft:
    store = f"#{ctx.num(100, 9999)}"
    name, addr = ctx.rng.choice(
        [
            (ctx.fill("{co} Hiring"), ctx.fill("hiring@apply.{domain}")),
            (ctx.fill("{co} Careers"), "no-reply@hourly-hire.example"),
            (ctx.fill("{co} Store ") + store, ctx.fill("store{n}@{domain}")),
        ]
    )
    body = _j(
        ctx.para(
            "Hi {first}! Thanks for applying to {co}"
            + f" (store {store})"
            + ". We got your application[ for {title}|].",
            "Thanks for applying to work at {co}[ in {city}|]! Your application is complete.",
            "Woohoo, your application is in! The team at {co} " + store + " has received it.",
            "{first}, thanks for your interest in joining our crew at {co}. We received your application for [{title}|an open position|a part-time role|seasonal work].",
        ),
        ctx.para(
            "A hiring manager will review it and may text or call you to set up an interview. [Keep your phone nearby!|Make sure your phone number is correct.]",
            "If you're a match, the store manager will reach out to schedule a quick chat. [This usually happens within a few days.|]",
            "What's next? We'll review your availability and experience and contact you if we'd like to meet.",
            "We hire on a rolling basis, so you could hear from us soon. If you don't hear back within 2 weeks, feel free to stop by the store and ask for the manager on duty.",
        ),
        _opt(
            ctx,
            0.4,
            "Want to speed things up? [Update your availability|Add your weekend availability] here: %URL%",
            "Reply STOP to opt out of text and email updates.",
        ).replace("%URL%", ctx.url("apply.hourly-hire.example", "a")),
    )
    subject = ctx.para(
        "Thanks for applying to {co}!",
        "Application complete",
        "Your {co} application",
        "We got your application",
        "{co} " + store + " - application received",
        "You're one step closer to joining {co}",
    )
    return Draft(
        subject,
        body,
        name,
        addr,
        greet=False,
        sign=ctx.para("", "- Team {co}", "See you soon,\nYour {co} hiring team"),
        footer=_noreply(ctx),
        form=ctx.pick(["plain", "html"]),
        bulk=True,
    )


@family("cr_public_sector", "confirmation", n=32)
def public_sector(ctx: Ctx) -> Draft:
    kind = ctx.pick(["gov", "uni", "hospital"])
    if kind == "gov":
        ann = f"{ctx.pick(['DE', 'MP', 'ST', 'HR'])}-{ctx.date.year % 100}-{ctx.num(10000, 99999)}"
        name, addr = "USAJOBS", "no-reply@usajobs.example"
        body = _j(
            ctx.fill(
                "Your application for {title}, Announcement Number "
                + ann
                + ", has been received by the {co} Human Resources Office."
            ),
            "Application Status: Received" if ctx.chance(0.6) else "",
            ctx.para(
                "After the announcement closes, your application will be reviewed to determine whether you meet the qualification requirements. You will be notified of your status[ by email|] once the review is complete.",
                "You can track the progress of your application in your USAJOBS account under Application Status. [Applicants referred to the hiring official may be contacted for an interview.|]",
            ),
            "Note: this notice confirms receipt only; it is not a determination of your eligibility or qualifications."
            if ctx.chance(0.5)
            else "",
        )
        subject = ctx.para(
            "Application Received - " + ann,
            "Your application to {title} has been received",
            "USAJOBS - Application Received",
        )
        sign = ctx.fill("{co} Human Resources Office")
    elif kind == "uni":
        name, addr = ctx.fill("{co} Human Resources"), ctx.fill("jobs@hr.{domain}")
        body = _j(
            ctx.fill(
                "Thank you for applying to Position #{req}, {title}[, in the Department of [Computer Science|Facilities|Student Affairs|Research Administration]|] at {co}."
            ),
            ctx.para(
                "Review of applications will begin on {day} and continue until the position is filled. The search committee will contact applicants selected for interviews.",
                "Your materials have been forwarded to the search committee. Due to the number of applications, we are unable to provide individual status updates.",
                "The hiring department will review all applications after the posting closes. Only applicants chosen to continue in the process will be contacted.",
            ),
        )
        subject = ctx.para(
            "Application Confirmation - Position #{req}",
            "Thank you for your application to {co}",
            "{co} Jobs: application received",
        )
        sign = ctx.fill(
            "[Sincerely,|Regards,]\n[Office of Human Resources|University Human Resources|Talent Acquisition]\n{co}"
        )
    else:
        name, addr = ctx.fill("{co} Careers"), ctx.fill("careers@{domain}")
        body = _j(
            ctx.para(
                "Thank you for choosing {co} as a place to build your career. We have received your application for {title}[ (Job ID {req})|].",
                "Thank you for your interest in joining our care team. This confirms receipt of your application for {title}[ at our {city} campus|].",
            ),
            ctx.para(
                "A Talent Acquisition Specialist will review your qualifications. If they match the needs of the department, you will be contacted about next steps[, which may include a phone screen|].",
                "[Clinical|Nursing|All] positions require verification of licensure; please make sure your license information is current in your profile.",
            ),
            _opt(ctx, 0.4, "Thank you for everything you do for patients and families."),
        )
        subject = ctx.para(
            "Thank you for applying - {co}",
            "Application Received: {title}",
            "We received your application",
        )
        sign = ctx.fill("[Warm regards,|Sincerely,]\n{co} Talent Acquisition")
    return Draft(
        subject,
        body,
        name,
        addr,
        greet=ctx.chance(0.6),
        sign=sign,
        footer=_j(_noreply(ctx), _eeo(ctx)),
    )


@family("cr_founder_got_it", "confirmation", n=30)
def founder_got_it(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    body = ctx.para(
        "got your application - thanks! I'll take a proper look this week and get back to you either way.",
        "Hey {first}, thanks for sending this over. [Swamped with a launch right now|On the road this week] but I'll read through it [by Friday|over the weekend|in the next few days].",
        "Thanks for applying! I read every application myself, so give me a few days. If it looks like a fit I'll send over some times to chat.",
        "Received, thank you! Sharing with [my cofounder|our CTO|the team] and we'll get back to you [next week|shortly].",
        "{first} - appreciate you reaching out about the {title} role. [Will review and circle back.|Looking through it now, will reply properly soon.]",
        "thanks {first}! got it. we're still collecting applications for [a couple more days|another week], will be in touch after that",
    )
    quote = (
        ctx.para(
            "Hi {pfirst},\n\nI saw the {title} opening on your site and wanted to apply directly. My resume is attached - happy to share more.\n\nBest,\n{first}",
            "Hello - applying for the {title} position. Resume and portfolio attached. Thanks!",
            "Hi there, I'd love to be considered for the {title} role at {co}. CV attached.",
        )
        if ctx.chance(0.55)
        else ""
    )
    sign = ctx.para(
        "{pfirst}",
        "- {pfirst}",
        "{pfirst}\n[Founder|Co-founder & CEO|CTO], {co}",
        "{pfirst}\nSent from my iPhone",
        "",
    )
    subject = ctx.para(
        "{title} application",
        "Re: application",
        "Re: {title} role",
        "hello",
        "Application - {title}",
        "thanks!",
    )
    return Draft(subject, body, name, addr, greet=False, sign=sign, quote=quote, form="plain")
