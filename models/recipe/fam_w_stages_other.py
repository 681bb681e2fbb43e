"""Job mail that moves nothing: board notices, status pings, portal accounts, paperwork.

Helper C1, tag ``ws_``. These are ``other_job``: tied to a real application, but not a
confirmation (nothing was just submitted), not an invitation and not a decision. Boards
tell you an employer "viewed" your application; portals flip a status to "In review"; a
candidate account needs a password; a school or hospital asks for certificates, referee
details or a DBS form while the application is still being considered.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from fam_w_stages_sectors import person_addr, place
from kit import Ctx, Draft, ats_sender, family


@family("ws_board_viewed_notice", "other_job", n=30)
def board_viewed(ctx: Ctx) -> Draft:
    """LinkedIn / Indeed / Glassdoor-style pings: an employer opened or is reviewing it."""
    if ctx.chance(0.45):
        place(ctx)
    board = ctx.pick(["linkedin", "indeed", "glassdoor", "ziprecruiter"])
    name, addr = {
        "linkedin": ("LinkedIn", "jobs-noreply@linkedin.com"),
        "indeed": ("Indeed", "donotreply@match.indeed.com"),
        "glassdoor": ("Glassdoor", "noreply@glassdoor.com"),
        "ziprecruiter": ("ZipRecruiter", "alerts@ziprecruiter.com"),
    }[board]
    head = ctx.para(
        "Your application was viewed by {co}",
        "{co} viewed your application",
        "{co} is reviewing applications for {title}",
        "Good news! An employer viewed your application",
        "Your application for {title} was seen",
        "A recruiter at {co} looked at your profile for a job you applied to",
    )
    body = [
        head,
        ctx.para(
            "{title}\n{co} · {city}\nApplied on {day}",
            "{title} · {co}\n{city} · Applied [2|3|5|9] days ago",
            "Job: {title}\nCompany: {co}\nLocation: {city}\nStatus: Application submitted",
            "{co} - {title} ({city})\nYou applied [last week|{day}|recently]",
        ),
        ctx.para(
            "A recruiter at {co} looked at your profile for the job you applied to. This doesn't mean a decision has been made.",
            "Employers often view applications several times before they reach out. We'll let you know if there's an update.",
            "Your application is being looked at. Applicants who follow up within a week are more likely to hear back.",
            "{co} has viewed your application [today|on {day}]. No action is needed.",
            "The hiring team is actively reviewing candidates for this role.",
            "",
        ),
        ctx.para(
            "View application: " + ctx.url("www." + board + ".com", "jobs/applied"),
            "Track your applications: " + ctx.url("my." + board + ".com", "applications"),
            "See your application status",
            "",
        ),
    ]
    footer = ctx.fill(
        "[You're receiving this email because you applied for a job on "
        + name
        + ".|Manage notification settings · Unsubscribe|This email was intended for {first} {last}. Learn why we included this.] "
        + "[© 2025 "
        + name
        + "|]"
    )
    subj = (
        head
        if ctx.chance(0.6)
        else ctx.para(
            "Application update",
            "{first}, your application has been viewed",
            "Someone looked at your application",
            "Update on {title}",
        )
    )
    return Draft(
        subj,
        "\n\n".join(p for p in body if p),
        name,
        addr,
        greet=ctx.chance(0.3),
        sign="",
        footer=footer,
        bulk=True,
        form=ctx.pick(["html", "alt", "alt"]),
    )


@family("ws_ats_status_in_review", "other_job", n=30)
def status_in_review(ctx: Ctx) -> Draft:
    """A candidate portal reports a status change that is not a step forward or a decision."""
    if ctx.chance(0.45):
        place(ctx)
    name, addr = ats_sender(ctx, ctx.pick(["workday", "icims", "taleo", "smartrecruiters", "own"]))
    status = ctx.pick(
        [
            "In Review",
            "Under Review",
            "Under Consideration",
            "Screening",
            "Application Review",
            "Being Reviewed",
            "In Progress",
            "Shortlisting in progress",
        ]
    )
    body = [
        ctx.para(
            f"The status of your application for {{title}} (Req {{req}}) has changed to: {status}.",
            f"Application status: {status}\nPosition: {{title}}\nLast updated: {{day}}",
            f"Your application for {{title}} is now {status.lower()}.",
            f"We wanted to let you know your application has moved to the '{status}' stage.",
            f"Status update for your {{co}} application: {status}",
        ),
        ctx.para(
            "You don't need to do anything right now. If your profile matches, a member of the team will contact you.",
            "You can track the progress of your application at any time from your candidate home page.",
            "We review every application carefully and appreciate your patience.",
            "Due to the high volume of applications, this stage can take up to [two|three|four] weeks.",
            "",
        ),
        ctx.para(
            "Log in: " + ctx.url(ctx.slug + ".careers-portal.example", "candidate/home"),
            "Sign in to your account to see your application.",
            "",
        ),
    ]
    subj = ctx.para(
        "Application status update",
        f"Your application status: {status}",
        "{co} - {title} - status changed",
        "Update to your application",
        "Req {req}: status update",
    )
    return Draft(
        subj,
        "\n\n".join(p for p in body if p),
        name,
        addr,
        greet=ctx.chance(0.7),
        footer=ctx.pick(
            [
                "",
                "This is an automated message. Please do not reply.",
                "Please do not reply to this email; this mailbox is not monitored.",
            ]
        ),
        bulk=ctx.chance(0.5),
    )


@family("ws_candidate_portal_account", "other_job", n=30)
def portal_account(ctx: Ctx) -> Draft:
    """Password resets, account activation and 'finish your profile' mail tied to an application."""
    if ctx.chance(0.5):
        place(ctx, "health", "public", "school", "university", "bank", "retail")
    name, addr = ats_sender(ctx, ctx.pick(["workday", "icims", "taleo", "own", "smartrecruiters"]))
    kind = ctx.pick(["reset", "activate", "finish", "username", "locked"])
    lines = {
        "reset": [
            "We received a request to reset the password for your {co} candidate account.",
            "To choose a new password, click the link below. The link expires in [24 hours|60 minutes|2 hours].\n"
            + ctx.url(ctx.slug + ".careers-portal.example", "password/reset"),
            "If you didn't request this, you can ignore this email - your application for {title} is not affected.",
        ],
        "activate": [
            "Thanks for creating an account on the {co} careers site[ to apply for {title}|].",
            "Please verify your email address to activate your account:\n"
            + ctx.url(ctx.slug + ".careers-portal.example", "verify"),
            "You'll need an active account to track your application and respond to any requests.",
        ],
        "finish": [
            "You started an application for {title} but it looks like your candidate profile isn't complete yet.",
            "[Add your employment history|Upload your CV|Answer the remaining screening questions] so the team can review your application in full.",
            "[Continue|Complete your profile]: "
            + ctx.url(ctx.slug + ".careers-portal.example", "profile"),
        ],
        "username": [
            "As requested, your username for the {co} recruitment portal is: "
            + ctx.cand_first.lower()
            + ctx.fill("{n}{n}"),
            "Use it to sign in and check the progress of your application[ for {title}|].",
            "",
        ],
        "locked": [
            "Your candidate account has been locked after [3|5] unsuccessful sign-in attempts.",
            "Your applications are safe. To unlock your account, reset your password using the link below.\n"
            + ctx.url(ctx.slug + ".careers-portal.example", "unlock"),
            "",
        ],
    }[kind]
    subj = {
        "reset": ctx.para(
            "Password reset request", "Reset your password", "{co} Careers: password reset"
        ),
        "activate": ctx.para(
            "Please verify your email",
            "Activate your {co} candidate account",
            "Welcome to {co} Careers",
        ),
        "finish": ctx.para(
            "Finish your application",
            "Your profile is incomplete",
            "Don't forget to complete your profile",
        ),
        "username": ctx.para(
            "Your username", "Username reminder", "{co} recruitment: account details"
        ),
        "locked": ctx.para("Account locked", "Your account has been locked", "Security notice"),
    }[kind]
    body = "\n\n".join(ctx.fill(x) for x in lines if x)
    return Draft(
        subj,
        body,
        name,
        addr,
        greet=ctx.chance(0.6),
        sign=ctx.fill("[{co} Talent Acquisition|The {co} Careers Team|{co} Recruitment Support|]"),
        footer=ctx.pick(
            ["", "Do not reply to this message.", "Need help? Visit our candidate FAQ."]
        ),
        bulk=ctx.chance(0.5),
    )


@family("ws_document_request", "other_job", n=30)
def document_request(ctx: Ctx) -> Draft:
    """HR asks for certificates, right-to-work proof, transcripts or forms for an application."""
    sector = place(
        ctx, "school", "health", "university", "public", "law", "bank", "trades", "logistics"
    )
    if ctx.chance(0.55):
        name, addr = ctx.person, person_addr(ctx)
    else:
        name, addr = (
            ctx.fill("[{co} HR|{co} Recruitment|HR Team|Resourcing]"),
            ctx.fill("[hr|recruitment|resourcing|jobs]@{domain}"),
        )
    common = [
        "your passport (photo page) and proof of address dated within 3 months",
        "the completed equal opportunities monitoring form",
        "your right to work documents (share code)",
    ]
    own = {
        "school": [
            "a copy of your degree certificate and QTS confirmation",
            "your DBS certificate number, if you are on the Update Service",
        ],
        "health": [
            "your NMC registration details and your last two payslips",
            "your immunisation records for Occupational Health",
        ],
        "university": [
            "your academic transcripts",
            "a copy of your PhD certificate (or a letter confirming your viva outcome)",
        ],
        "public": [
            "your completed Baseline Personnel Security Standard form",
            "your academic transcripts",
        ],
        "law": [
            "your degree transcripts and SQE/LPC results",
            "your completed conflict-check questionnaire",
        ],
        "bank": [
            "your proof of qualifications (CeMAP or equivalent)",
            "your completed credit-check consent form",
        ],
        "trades": [
            "your CSCS card and any trade certificates",
            "your 18th Edition certificate and ECS card",
        ],
        "logistics": [
            "a scan of your driving licence (both sides) and your CPC card",
            "your digital tachograph card number",
        ],
    }[sector]
    docs = ctx.pick(common + own + own)
    body = [
        ctx.para(
            "Regarding your application for {title}:",
            "Thank you for your application for the post of {title}.",
            "I'm just processing your application for the {title} vacancy and noticed something missing.",
            "Hope you're well.",
            "",
        ),
        ctx.fill(
            f"[Could you please send us|We need|Please upload|Please email across] {docs} [at your earliest convenience|by {{day}}|before we can progress your application|so we can complete your file]."
        ),
        ctx.para(
            "",
            "You can reply to this email with the documents attached, or upload them to your candidate portal.",
            "Scans or clear phone photos are fine.",
            "Please do not send original documents by post.",
            "This is a standard part of our safer recruitment process and does not mean a decision has been made.",
        ),
    ]
    subj = ctx.para(
        "Documents required",
        "Re: your application",
        "{title} - missing documents",
        "Action needed: documents",
        "Please send certificates",
        "Ref {req}",
    )
    return Draft(
        subj,
        "\n\n".join(p for p in body if p),
        name,
        addr,
        sign=ctx.fill(
            "[Many thanks|Kind regards|Thanks],\n{person}\n[HR Assistant|Recruitment Administrator|HR Officer|Office Manager]\n{co}"
        ),
    )


@family("ws_referees_and_checks", "other_job", n=30)
def referees_checks(ctx: Ctx) -> Draft:
    """Referee details, reference chasers and DBS/background-check forms mid-process."""
    place(ctx, "school", "health", "charity", "public", "bank", "logistics", "university")
    name, addr = (
        (ctx.person, person_addr(ctx))
        if ctx.chance(0.5)
        else (
            ctx.fill("[{co} Pre-Employment|{co} HR|Vetting Team]"),
            ctx.fill("[vetting|hr|onboarding|recruitment]@{domain}"),
        )
    )
    kind = ctx.pick(["referees", "chase", "dbs", "vetting"])
    text = {
        "referees": "[We're now collecting references for shortlisted candidates for {title}.|As part of the recruitment process for {title} we take up references before the panel.] Could you confirm the contact details for two referees, one of whom must be your current or most recent employer?",
        "chase": "We've contacted your referees for the {title} application but haven't heard back from [your second referee|{person}|one of them] yet. [Could you give them a nudge?|If you have an alternative contact, please let us know.]",
        "dbs": "To progress your application for {title} we need you to complete an [Enhanced DBS|Basic DBS|PVG] check. You'll receive a separate email from [uCheck|our screening partner|Atlantic Data] with a link to the online form - please complete it within [5|7] days.",
        "vetting": "Our screening partner [HireRight|Sterling|First Advantage] will be in touch to run a background check for the {title} position. Please look out for their email and complete the consent form.",
    }[kind]
    body = [
        ctx.fill(text),
        ctx.para(
            "",
            "Please note this is a routine step and does not guarantee an appointment.",
            "If you have any questions, just reply to this email.",
            "You'll need your passport and proof of address to hand.",
        ),
    ]
    subj = ctx.para(
        "References - {title}",
        "Referee details",
        "Background check",
        "DBS application",
        "Re: your application",
        "Pre-employment checks",
    )
    return Draft(subj, "\n\n".join(p for p in body if p), name, addr)
