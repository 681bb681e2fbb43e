"""Other-job mail that looks like a status or a stage: reference and background checks,
candidate-portal accounts, "still under review", withdrawals, self-ID and right-to-work
forms, candidate surveys.

One writer's job-stage families (prefix zs_), each one real-world style; labels follow what
a mail DOES. Written independently of the other fam_*.py modules so held-out evaluation
stays honest.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, ats_sender, family, sign_team
from zs_kit import (
    draft_mail,
    stage_footer,
)

# --------------------------------------------------------------------------- other_job


@family("zs_reference_request", "other_job", n=30)
def reference_request(ctx: Ctx) -> Draft:
    """Reference checks: asking the candidate for referees, or a reference tool's nudge."""
    kind = ctx.pick(["ask", "ask", "tool", "reminder"])
    if kind == "ask":
        sender = ats_sender(ctx, ctx.pick(["person", "own"]))
        body = ctx.para(
            "[As we get closer to a decision|As part of the final stage|Before we can wrap things up] on the {title} role, could you [send me|share] [two|three|2-3] professional references? [Ideally at least one former manager.|At least one should be someone you reported to.|Name, relationship, email and phone for each is perfect.]",
            "We'd like to [run|do] reference checks [now|this week]. Please [email|reply with] the [names and contact details|contact info] of [two|three] people who [have managed you|can speak to your work] in the last [five|three] years.",
            "[Thanks again for your time with the team.|Really enjoyed the last conversation.] The next thing we need is references — [no need to warn them yet, I'll reach out once you've sent names over|please give them a heads up that I'll be in touch].",
        )
        body += ctx.fill(
            "[\n\nWe will only contact them with your permission.|\n\nThanks for turning this around quickly!|]"
        )
    else:
        tool, host = ctx.rng.choice(
            [
                ("SkillSurvey", "skillsurvey.com"),
                ("Xref", "xref.com"),
                ("Checkster", "checkster.com"),
                ("Crosschq", "crosschq.com"),
                ("Referoo", "referoo.com.au"),
            ]
        )
        sender = (ctx.fill(f"{{co}} via {tool}"), f"noreply@{host}")
        if kind == "tool":
            body = ctx.para(
                "{co} has asked you to provide references as part of your application for {title}. [It takes about 5 minutes.|Please nominate [2|3] referees.|Your referees will receive a short online questionnaire.]\n\nStart here: "
                + ctx.url(host, "candidate"),
                f"You've been invited to complete the {tool} reference process for {{co}}. [Enter your referees' details|Add your references] using the secure link below.\n\n"
                + ctx.url(host, "r"),
            )
        else:
            body = ctx.para(
                "Reminder: {co} is still waiting for your references. [Only 1 of 2 referees has responded.|None of your referees have responded yet.|Your request expires in 48 hours.] [You can send them a reminder or add someone else.|Log in to check their status.]\n\n"
                + ctx.url(host, "status"),
                "[Good news|Update]: [{pfirst}|one of your referees] has completed their reference for {co}. [We're still waiting on one more.|Your reference check is now complete.]",
            )
    return draft_mail(
        ctx,
        [
            "References",
            "Reference check",
            "Quick ask: references",
            "{co} - references",
            "Action required: provide your references",
            "Reminder: references outstanding",
            "Re: next steps",
        ],
        body,
        sender,
        bulk=kind != "ask",
        sign=None if kind == "ask" else ctx.fill("[The {co} Talent Team|{co} Recruiting|]"),
        footer=stage_footer(ctx, "ats") if kind != "ask" else "",
    )


@family("zs_background_vendor", "other_job", n=30)
def background_vendor(ctx: Ctx) -> Draft:
    """Checkr / Sterling / HireRight / First Advantage / GoodHire: consent, status, done."""
    vendor, host = ctx.rng.choice(
        [
            ("Checkr", "checkr.com"),
            ("Sterling", "sterlingcheck.com"),
            ("HireRight", "hireright.com"),
            ("First Advantage", "fadv.com"),
            ("GoodHire", "goodhire.com"),
            ("Accurate Background", "accurate.com"),
        ]
    )
    sender = (
        ctx.pick([vendor, f"{vendor} Candidate Support", f"{vendor} on behalf of " + ctx.co]),
        f"no-reply@{host}",
    )
    stage = ctx.pick(["start", "start", "info", "progress", "done"])
    link = ctx.url(f"candidate.{host}", ctx.pick(["invitation", "apply", "portal"]))
    body = {
        "start": ctx.para(
            "{co} has requested a background check [as part of your hiring process|in connection with your application|for the {title} position]. [To get started, please|Please] [complete your information|provide your consent and personal details] using the secure link below.\n\n"
            + link
            + "\n\n[This link expires in 7 days.|Most candidates finish in under 10 minutes.|You will need your Social Security number and address history.]",
            "Hi {first}, you've been invited by {co} to complete a background [screening|check]. [Click below to begin.|Start your check here:] "
            + link,
        ),
        "info": ctx.para(
            "We need [more information|additional documents] to complete your background check for {co}. [Please upload a copy of your [driver's license|diploma|previous W-2].|Please confirm your previous employer's contact details.|We could not verify one of your addresses.]\n\n"
            + link,
        ),
        "progress": ctx.para(
            "Your background check for {co} is [in progress|underway]. [Some county court searches can take 3-5 business days.|We'll email you when it's complete.|There is nothing you need to do right now.]",
            "Status update: [education verification|employment verification|criminal search] [pending|in progress]. Estimated completion: {day}.",
        ),
        "done": ctx.para(
            "Your background check [requested by|for] {co} is complete. [The report has been shared with the employer.|You can view a copy of your report in the candidate portal.|{co} will be in touch with any next steps.]",
            "Good news — [your screening|the report] is [complete|finished]. You can [download|view] it here: "
            + link,
        ),
        "dispute": ctx.para(
            "This is a pre-adverse action notice. {co} may make a decision based in whole or in part on information in your [background report|consumer report]. [A copy of the report and a summary of your rights under the Fair Credit Reporting Act are attached.|You have 5 business days to dispute any information you believe is inaccurate.]",
        ),
    }[stage]
    subjects = {
        "start": [
            "Action required: complete your background check",
            "{co} has requested a background check",
            "Your background check invitation",
            "Please complete: background screening",
        ],
        "info": [
            "We need more information",
            "Action needed on your background check",
            "Additional documents required",
        ],
        "progress": [
            "Your background check is in progress",
            "Status update",
            "Background check update",
        ],
        "done": ["Your background check is complete", "Report complete", "Update from {co}"],
        "dispute": ["Pre-Adverse Action Notice", "Important: your background report"],
    }[stage]
    footer = ctx.pick(
        [
            f"{vendor} is a consumer reporting agency. Questions? Visit help.{host}.",
            f"© {vendor}. Please do not reply to this automated message.",
            "Do not share this link. It is unique to you.",
        ]
    )
    return draft_mail(
        ctx,
        subjects,
        body,
        sender,
        footer=footer,
        sign=ctx.pick([f"The {vendor} Team", f"{vendor} Candidate Experience", ""]),
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )


@family("zs_candidate_portal", "other_job", n=30)
def candidate_portal(ctx: Ctx) -> Draft:
    """Candidate-portal account mail: verify, password, complete your profile, new message."""
    ats = ctx.pick(["workday", "icims", "taleo", "smartrecruiters", "own", "jobvite"])
    sender = ats_sender(ctx, ats)
    what = ctx.pick(["verify", "password", "profile", "message", "login", "merge"])
    host = {
        "workday": "{slug}.wd5.myworkdayjobs.com",
        "icims": "careers-{slug}.icims.com",
        "taleo": "{slug}.taleo.net",
        "smartrecruiters": "jobs.smartrecruiters.com",
        "jobvite": "jobs.jobvite.com",
        "own": "careers.{domain}",
    }[ats]
    link = ctx.url(ctx.fill(host), ctx.pick(["account", "verify", "reset", "candidate"]))
    body = {
        "verify": ctx.para(
            "Thanks for creating [a candidate account|an account] on the {co} [careers site|Career Portal|Talent Community]. Please verify your email address [to activate your account|before you continue]:\n\n"
            + link
            + "\n\n[This link expires in 24 hours.|If you didn't create this account, ignore this email.]"
        ),
        "password": ctx.para(
            "We received a request to reset the password for your {co} candidate account. [Click the link below to choose a new password.|Use this link to reset it:] "
            + link
            + "\n\n[If you didn't request this, you can safely ignore this message.|For your security, this link is valid for 30 minutes.]"
        ),
        "profile": ctx.para(
            "Your candidate profile is [60%|only partly|almost] complete. [Recruiters at {co} are more likely to find you when|Candidates with a complete profile hear back faster when] [your work history and skills are filled in|you add a resume and a photo].\n\n[Complete your profile|Finish your profile]: "
            + link,
            "[Don't forget to finish|You still need to finish] your [application|profile] for {title}. [Your answers are saved.|It only takes a few minutes to complete.] "
            + link,
        ),
        "message": ctx.para(
            "You have a new message regarding your application for {title}[ (Req {req})|]. [Log in to your candidate home page to read it.|For your privacy, please sign in to view it.]\n\n"
            + link
        ),
        "login": ctx.para(
            "A new sign-in to your {co} [candidate account|careers account] was detected [from Chrome on Windows|from a new device|in {city}]. If this was you, no action is needed."
        ),
        "merge": ctx.para(
            "We noticed you have [two candidate profiles|more than one candidate account|duplicate candidate accounts] with {co}. [We've merged them so your applications are in one place.|Please sign in and confirm which one to keep.] "
            + link
        ),
    }[what]
    subjects = {
        "verify": [
            "Verify your email",
            "Activate your {co} candidate account",
            "Please confirm your email address",
        ],
        "password": [
            "Password reset request",
            "Reset your password",
            "{co} Careers: password reset",
        ],
        "profile": [
            "Complete your profile",
            "Your profile is incomplete",
            "Finish your application",
            "Reminder",
        ],
        "message": ["You have a new message", "New message from {co}", "Update"],
        "login": ["New sign-in to your account", "Security alert"],
        "merge": ["Your candidate accounts", "Account update"],
    }[what]
    return draft_mail(
        ctx,
        subjects,
        body,
        sender,
        footer=stage_footer(ctx, "ats"),
        bulk=ctx.chance(0.5),
        sign=sign_team(ctx) if ctx.chance(0.6) else "",
    )


@family("zs_still_reviewing", "other_job", n=30)
def still_reviewing(ctx: Ctx) -> Draft:
    """ "Your application is still under review": a status nudge, neither yes nor no."""
    sender = ats_sender(
        ctx, ctx.pick(["greenhouse", "lever", "workday", "own", "person", "workable"])
    )
    body = ctx.para(
        "[We wanted to give you a quick update|Just a quick update] on your application for {title}: [it's still under review|the team is still reviewing applications|we haven't made a decision yet]. [We received a high volume of applications|The hiring team has been travelling|Hiring for this role was briefly paused] . [We appreciate your patience.|Thank you for bearing with us.|Thanks for your patience.]",
        "Your application for the {title} role (Req {req}) is [still being reviewed|under consideration|in review]. [There's nothing you need to do right now.|We'll be in touch as soon as there's news.|You can check your status at any time in your candidate profile.]",
        "[Sorry for the silence!|Apologies for the radio silence.] [You haven't been forgotten|We haven't forgotten about you] — [the hiring manager is still working through the shortlist|we expect to have an update in the next [week or two|couple of weeks]]. [I'll reach out either way.|Thanks for hanging in there.]",
        "Application status: [In Review|Under Review|Being considered]\nPosition: {title}\nLast updated: {day}\n\n[No action is required.|We'll notify you if your status changes.]",
        "Thanks for checking in! [Nothing to report just yet|No news yet], [but you're still very much in the process|but your application is still active]. [Hope to have more for you by {day}.|I'll follow up next week.]",
    )
    quote = ""
    if ctx.chance(0.3):
        quote = ctx.fill(
            "Hi, I applied for the {title} role [a few weeks ago|on {day}] and wanted to check on the status of my application. [Thanks!|Any update would be appreciated.]\n\n{first}"
        )
    return draft_mail(
        ctx,
        [
            "Application update",
            "Update on your application",
            "Your application status",
            "Still reviewing",
            "Re: application status",
            "{title} — update",
            "Quick update",
        ],
        body,
        sender,
        quote=quote,
        footer=stage_footer(ctx, "ats") if ctx.chance(0.4) else "",
    )


@family("zs_withdraw_confirm", "other_job", n=30)
def withdraw_confirm(ctx: Ctx) -> Draft:
    """The employer confirming the candidate withdrew; friendly or automated."""
    sender = ats_sender(ctx, ctx.pick(["person", "person", "greenhouse", "workday", "own"]))
    body = ctx.para(
        "Thanks for letting me know[, {first}|]. [Totally understand|I completely understand] — [congrats on the new role!|sounds like a great opportunity.|timing is everything.] I've withdrawn you from the {title} process. [Let's stay in touch.|Door's always open if things change.]",
        "This email confirms that your application for {title}[ (Req {req})|] has been withdrawn[ at your request|]. [If this was a mistake, please contact us.|You're welcome to apply for other roles in the future.|You can reapply at any time.]",
        "We've received your request to withdraw from consideration for the {title} position. [Your application has been closed.|Your candidacy is now withdrawn.] [Thank you for your interest in {co}.|We wish you all the best.]",
        "No worries at all — I've [cancelled|removed] [your interview on {day}|the upcoming interviews] and [closed out|withdrawn] your application. [Best of luck!|All the best with the move.]",
    )
    quote = ""
    if ctx.chance(0.5):
        quote = ctx.fill(
            "[Hi {pfirst}|Hello], [I've accepted another offer|after some thought I've decided to stay in my current role|due to personal circumstances I'm no longer able to move forward] and would like to withdraw my application for the {title} role. [Thank you for your time.|Sorry for any inconvenience.]\n\n{first}"
        )
    return draft_mail(
        ctx,
        [
            "Re: withdrawing my application",
            "Application withdrawn",
            "Confirmation: withdrawal",
            "Your application has been withdrawn",
            "Re: {title}",
            "Withdrawal received",
        ],
        body,
        sender,
        quote=quote,
    )


@family("zs_selfid_forms", "other_job", n=30)
def selfid_forms(ctx: Ctx) -> Draft:
    """Voluntary self-identification (EEO, veteran, disability) and similar forms."""
    sender = ats_sender(ctx, ctx.pick(["greenhouse", "icims", "workday", "own", "lever"]))
    body = ctx.para(
        "[As a federal contractor|As an equal opportunity employer], {co} invites applicants to [voluntarily self-identify|complete a voluntary self-identification form]. [Providing this information is optional and will not affect your application.|Your responses are kept confidential and separate from your application.]\n\n[Complete the form|Self-identify]: @LINK",
        'Please take a moment to complete the [Voluntary Self-Identification of Disability (Form CC-305)|veteran status survey|demographic survey] for your application to {title}. [Submission is voluntary.|You may choose "I do not wish to answer."]',
        "[We're committed to building a diverse team.|At {co}, we measure the fairness of our hiring process.] [Would you share some optional demographic information?|This short, anonymous survey helps us do that.] [It takes 2 minutes.|It is not visible to the hiring team.] @LINK",
        "Reminder: your [EEO|diversity] questionnaire for {title} is still open. [If you've already completed it, please disregard.|Completion is voluntary.]",
    ).replace("@LINK", ctx.url(ctx.pick(["forms.office.com", "survey.alchemer.com"]), "s"))
    return draft_mail(
        ctx,
        [
            "Voluntary self-identification",
            "Optional: EEO survey",
            "Please complete: demographic questionnaire",
            "A short optional survey",
            "Action requested for your application",
            "Reminder: self-ID form",
        ],
        body,
        sender,
        footer=stage_footer(ctx, "ats"),
        bulk=ctx.chance(0.5),
    )


@family("zs_documents_rtw", "other_job", n=30)
def documents_rtw(ctx: Ctx) -> Draft:
    """Document requests mid-process: right to work, ID, transcripts, certificates."""
    sender = ats_sender(ctx, ctx.pick(["own", "person", "workday", "person"]))
    body = ctx.para(
        "[As part of our pre-employment checks|Before we can progress your application], we need to verify your right to work in the UK. Please [send your share code|provide your share code from the Home Office online service] and date of birth[, or bring your passport to your next visit|]. [Thank you.|This is a legal requirement for all applicants.]",
        "Could you please upload [a copy of your degree certificate and transcripts|your professional licence|proof of eligibility to work] to the [candidate portal|secure upload link] by {day}? @LINK",
        "[Hi {first}, quick admin one|Small admin request]: [please send a scan of your passport (photo page)|we need your [Working with Children Check|DBS certificate|nursing registration number]|could you confirm your visa type and expiry date?] [for our records|for the hiring file]. [No rush, end of week is fine.|Thanks!]",
        "To complete your file for the {title} [position|vacancy], the following documents are outstanding:\n\n- [Photo ID|Passport or national ID]\n- [Proof of address|Utility bill dated within 3 months]\n- [Signed candidate declaration|Copy of qualifications]\n\n[Please reply with attachments or use the portal.|Please submit these by {day}.]",
    ).replace("@LINK", ctx.url(ctx.pick(["upload.sharefile.com", "secure.docsend.com"]), "u"))
    return draft_mail(
        ctx,
        [
            "Documents required",
            "Right to work check",
            "Action required: documents",
            "Quick admin request",
            "Outstanding documents - {title}",
            "Pre-employment checks",
            "Re: next steps",
        ],
        body,
        sender,
    )


@family("zs_candidate_survey", "other_job", n=30)
def candidate_survey(ctx: Ctx) -> Draft:
    """Candidate-experience surveys after an interview or an application (Survale-style)."""
    tool = ctx.pick(["Survale", "Qualtrics", "Greenhouse", "Typeform", "Lever"])
    sender = ctx.rng.choice(
        [
            (ctx.fill("{co} Recruiting"), "surveys@survale.com"),
            (ctx.fill("{co} Talent"), "noreply@qualtrics-survey.com"),
            ats_sender(ctx, "greenhouse"),
            ats_sender(ctx, "own"),
        ]
    )
    link = ctx.url(ctx.pick(["survey.survale.com", "co1.qualtrics.com", "form.typeform.com"]), "s")
    body = ctx.para(
        "Thanks for [interviewing|taking the time to interview|speaking] with us [for the {title} role|recently]. [We'd love to hear about your experience|How did we do?] — [this 2-minute survey|a few quick questions] [helps us improve|will help us make our process better for every candidate]. [Your answers are anonymous and won't affect your application.|Responses are confidential and not shared with the hiring team.]\n\n[Take the survey|Share feedback]: "
        + link,
        "How likely are you to recommend applying to {co} to a friend?\n\n0 1 2 3 4 5 6 7 8 9 10\n\n[Click a number to answer.|Just one click.] [Your feedback is anonymous.|]",
        "[You recently applied for|You recently interviewed for] {title} at {co}. [Would you take a moment to rate your candidate experience?|We're collecting feedback on our hiring process.] [It takes less than 3 minutes.|There are only five questions.] "
        + link,
    )
    return draft_mail(
        ctx,
        [
            "How was your interview experience?",
            "Tell us about your experience with {co}",
            "Quick survey: your candidate experience",
            "We'd love your feedback",
            "2 minutes? Your feedback matters",
        ],
        body,
        sender,
        footer=ctx.pick(
            [
                f"Survey powered by {tool}. Unsubscribe from surveys.",
                "You received this email because you recently interacted with our recruiting team.",
                "",
            ]
        ),
        bulk=True,
        form=ctx.pick(["html", "alt"]),
        sign=ctx.fill("[The {co} Talent Team|{co} Recruiting|]"),
    )
