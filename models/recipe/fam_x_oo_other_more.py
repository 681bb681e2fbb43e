"""``other_job`` families, part two: "still in review", withdrawals, pre-hire paperwork,
document requests, posting changes, interview-experience surveys.

Split from ``fam_x_outreach_other`` (shared helpers live there) to keep files under 600 lines.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from fam_x_outreach_other import _join, _opt
from kit import Ctx, Draft, ats_sender, family, sign_person


@family("oo_in_review_status", "other_job", n=30)
def in_review_status(ctx: Ctx) -> Draft:
    kind = ctx.num(0, 3)
    if kind == 0:  # a USAJOBS-like status system
        ann = f"{ctx.pick(['DE', 'MP', 'ST', 'VA'])}-{ctx.num(24, 26)}-{ctx.num(10000, 99999)}"
        status = ctx.pick(
            [
                "Reviewing Applications",
                "Received",
                "Application under review",
                "Referred to hiring official",
                "Eligible - minimum qualifications met",
            ]
        )
        body = ctx.fill(
            "Your application status has been updated.\n\nPosition: {title}\nAnnouncement number: "
            + ann
            + "\nAgency: [Department of Veterans Affairs|Department of the Interior|a federal agency|U.S. Department of Agriculture]\nNew status: "
            + status
            + "\n\n"
            "[Being referred means your application was sent to the hiring official for consideration; it does not mean you will be contacted for an interview.|No action is required at this time.|You can check the status of your application at any time by signing in.]"
        )
        subject = ctx.pick(
            [
                "Application status update",
                "Your application status has changed",
                "Status update: " + status,
            ]
        )
        return Draft(
            subject,
            body,
            "USA Hiring",
            "notification@usahire.example",
            greet=False,
            sign="",
            footer="This is an automated message. Please do not reply.",
            bulk=True,
            form="plain",
        )
    if kind == 1:
        name, addr = ats_sender(ctx, ctx.pick(["workday", "taleo", "icims", "smartrecruiters"]))
        body = ctx.fill(
            "[The status of your application for|Your application for] {title} (Job ID {req}) [has changed to|is now]: [In Review|Under Review|Screening|Hiring Manager Review].\n\n"
            "[No action is needed from you right now.|You can view the status at any time in your Candidate Home.|If your qualifications match the needs of the position, a member of the team will contact you.]"
        )
        subject = ctx.para(
            "Status update: In Review",
            "Application status update - {title}",
            "Your application status has changed",
            "Update on your application",
        )
        return Draft(
            subject,
            body,
            name,
            addr,
            sign=ctx.pick(["", "Talent Acquisition"]),
            form=ctx.pick(["html", "alt"]),
        )
    name, addr = ats_sender(ctx, ctx.pick(["person", "own"]))
    body = _join(
        ctx.para(
            "I wanted to give you a quick update on the {title} role: your application is still under review and we haven't made any decisions yet.",
            "Just checking in so you don't think we've forgotten you! We received a lot of applications for {title} and we're still working through them.",
            "Thanks for your patience. The hiring manager has been [travelling|out of office|busy with quarter-end], so reviews for {title} are running [about a week|a little] behind.",
            "You're still very much in consideration. We're interviewing a handful of candidates over the next two weeks and will update everyone once that first round is done.",
            "Your application has been forwarded to the [department|unit|hiring] manager for review. [They typically respond within 10 business days.|You'll hear from us either way.]",
            "No news yet on {title}, sorry! Still in review - I'll ping you [as soon as I hear anything|by the end of next week].",
            "Status: still in review. [Nothing needed from you.|Hang tight!]",
        ),
        _opt(
            ctx,
            0.6,
            "I expect to have an update by {day}.",
            "Nothing needed from you in the meantime.",
            "Feel free to reach out if anything changes on your end, like another offer or timeline.",
            "Sorry this is taking longer than we'd hoped!",
        ),
    )
    subject = ctx.para(
        "Quick update",
        "Your application",
        "Update on {title}",
        "Still reviewing",
        "Re: {title} application",
        "Status of your application",
    )
    return Draft(
        subject,
        body,
        name,
        addr,
        sign=sign_person(ctx) if ctx.chance(0.6) else None,
        form=ctx.pick(["plain", "alt"]),
    )


@family("oo_withdrawal_confirm", "other_job", n=30)
def withdrawal_confirm(ctx: Ctx) -> Draft:
    if ctx.chance(0.5):
        name, addr = ats_sender(
            ctx, ctx.pick(["greenhouse", "lever", "workday", "icims", "ashby", "own"])
        )
        body = ctx.fill(
            ctx.pick(
                [
                    "This confirms that you have withdrawn your application for {title}[ (Req {req})|]. [You will no longer be considered for this position.|It has been removed from consideration.]\n\n",
                    "You've withdrawn your application for {title}. [We're sorry to see you go!|Thanks for letting us know.]\n\n",
                    "Your request to withdraw from the {title} position[ (Job ID {req})|] has been processed. [No further action is needed.|The hiring team has been notified.]\n\n",
                ]
            )
            + "[You can still apply to other open roles at {co} at any time.|If this was a mistake, please contact the recruiting team.|Your candidate profile remains active for future openings.]"
        )
        subject = ctx.para(
            "Application withdrawn",
            "Confirmation: you withdrew your application",
            "Withdrawal confirmation - {title}",
            "Your application has been withdrawn",
        )
        return Draft(subject, body, name, addr, form=ctx.pick(["html", "alt", "plain"]))
    name, addr = ats_sender(ctx, "person")
    reason, new_job = ctx.rng.choice(
        [
            ("I've accepted another offer", True),
            ("I've decided to stay in my current role", False),
            ("I feel the timing isn't right for me", False),
            ("I'm relocating", False),
            ("I've accepted a position elsewhere", True),
            ("I need to focus on a family matter right now", False),
        ]
    )
    quote = ctx.fill(
        "Hi {pfirst},\n\nThank you for [the opportunity|your time throughout the process]. After a lot of thought, "
        + reason
        + " and would like to withdraw my application for the {title} role. [I'm sorry for any inconvenience.|I really enjoyed meeting the team.]\n\nBest,\n{first}"
    )
    body = _join(
        ctx.para(
            "Thanks for letting me know, and congratulations[ on the new role|]!"
            if new_job
            else "Thanks for letting me know, I hope everything goes well.",
            "Totally understand - thanks for the heads up.",
            "Thank you for telling me directly, I really appreciate it.",
            "Sorry to hear it, but I completely get it.",
        ),
        ctx.para(
            "I've withdrawn your application[ in our system| on our side|] and cancelled the interview [on {day}|we had scheduled|with the team].",
            "I've let the hiring manager know and closed out your candidacy for the {title} role.",
            "I've marked you as withdrawn for {title}, so you won't get any more automated emails about it.",
        ),
        _opt(
            ctx,
            0.6,
            "If things change down the road, please don't hesitate to reach out - my door is always open.",
            "Best of luck with the next chapter!",
            "Would love to stay in touch for future roles at {co}.",
        ),
    )
    return Draft(
        ctx.fill("[Re: Withdrawing my application|Re: {title}|Re: Update|Re: Withdrawal]"),
        body,
        name,
        addr,
        sign=sign_person(ctx),
        quote=quote,
        form="plain",
    )


@family("oo_prehire_paperwork", "other_job", n=30)
def prehire_paperwork(ctx: Ctx) -> Draft:
    tool = ctx.pick(
        [
            "Workday",
            "BambooHR",
            "Rippling",
            "Gusto",
            "Sapling",
            "Personio",
            "the onboarding portal",
            "ADP",
        ]
    )
    start = ctx.day_phrase()
    uk = ctx.chance(0.3)
    if uk:
        tool = ctx.pick(["Personio", "HiBob", "Workday", "BambooHR", "our onboarding portal"])
    if uk:
        lead = ctx.para(
            "Ahead of your start date on "
            + start
            + ", we need to complete a right to work check. [Please send us your share code from the GOV.UK website|Please bring your original passport or BRP on your first morning|Please upload a clear scan of your passport to "
            + tool
            + "], so we can verify your eligibility to work in the UK.",
            "As part of our pre-employment checks for the {title} role, we are required by law to check your right to work before your first day ("
            + start
            + ").",
        )
        extra = ctx.para(
            "[We'll also need your P45 from your previous employer, or a completed starter checklist.|Please also complete the new starter form with your bank details and National Insurance number.|Your DBS check application link will follow separately.]",
        )
    else:
        lead = ctx.para(
            "Now that you've accepted your offer, there are a few things to take care of before your first day on "
            + start
            + ". Please log in to "
            + tool
            + " and complete your new hire tasks.",
            "Welcome aboard! Before you start on "
            + start
            + ", please complete Section 1 of Form I-9 in "
            + tool
            + " [no later than your first day of work|by end of day on your first day|as soon as possible].",
            "We're excited to have you join as {title}! Your pre-boarding checklist is ready in "
            + tool
            + ". [Most people finish it in about 20 minutes.|Please finish it at least 3 business days before "
            + start
            + ".]",
        )
        extra = ctx.para(
            "Tasks:\n- Form I-9 (Section 1)\n- W-4 and state tax forms\n- Direct deposit\n- Emergency contact\n- Handbook acknowledgement",
            "On your first day, please bring [original documents for your I-9 (for example a passport, or a driver's license and Social Security card)|your acceptable I-9 documents - see the list of acceptable documents in the portal]. [We use E-Verify.|{legal} participates in E-Verify.]",
            "[Your equipment will ship to your home address the week before you start.|Parking and building access details will follow.|You'll receive an invite for new hire orientation separately.]",
        )
    sender = ctx.pick(["onboarding", "peopleops", "hr", "newhire", "people"])
    return Draft(
        ctx.para(
            "Action required before your start date",
            "Your new hire paperwork",
            "Right to work check",
            "Pre-boarding: a few things before day one",
            "Complete your I-9",
            "Welcome to {co}! Next steps before you start",
            "Pre-employment checks",
        ),
        _join(lead, extra),
        ctx.fill("[People Operations|{co} Onboarding|HR Team|{co} People Team|{person}]"),
        ctx.fill(sender + "@{domain}"),
        sign=sign_person(
            ctx, ctx.pick(["Onboarding Specialist", "People Operations", "HR Coordinator"])
        )
        if ctx.chance(0.5)
        else None,
        form=ctx.pick(["plain", "alt", "html"]),
    )


@family("oo_document_request", "other_job", n=30)
def document_request(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["person", "person", "own"]))
    doc, short = ctx.rng.choice(
        [
            ("an official (or unofficial) copy of your transcripts", "Transcript"),
            ("a copy of your degree certificate", "Degree verification"),
            ("two or three writing samples", "Writing samples"),
            ("a link to your portfolio or a PDF of recent work", "Portfolio"),
            ("a copy of your current nursing license", "License"),
            ("proof of your work authorization", "Work authorization"),
            ("copies of the certifications listed on your resume", "Certifications"),
            ("your updated resume (the one we have seems to be an older version)", "Resume"),
        ]
    )
    body = _join(
        ctx.para(
            "To complete your file for the {title} position, we need " + doc + ".",
            "Thanks again for applying for {title}. Our records show we're still missing "
            + doc
            + ".",
            "Quick admin request: could you send me "
            + doc
            + "? It's required for all candidates [for this role|at this stage|in our regulated roles].",
            "The hiring committee for {title} has asked that every applicant provide "
            + doc
            + " [before applications are reviewed|to complete their application packet].",
        ),
        ctx.para(
            "You can reply to this email with the file attached, or upload it in your candidate profile.",
            "Please upload it here: " + ctx.url(addr.split("@")[1], "documents") + "[ by {day}|]",
            "[PDF format preferred.|Scans or phone photos are fine.|Please redact your Social Security number if it appears.]",
        ),
        _opt(
            ctx,
            0.4,
            "[This doesn't change anything about where you are in the process - it's purely administrative.|Let me know if you have trouble getting it in time.|Thanks for your patience with the paperwork!]",
        ),
    )
    return Draft(
        ctx.para(
            "Documents needed for your application",
            "Missing document: {title}",
            "Quick admin request",
            short + " request",
            short + " needed - {title}",
            "Re: your application",
            "Action needed: upload documents",
        ),
        body,
        name,
        addr,
        form=ctx.pick(["plain", "alt"]),
    )


@family("oo_posting_changed", "other_job", n=30)
def posting_changed(ctx: Ctx) -> Draft:
    kind = ctx.num(0, 3)
    if kind == 0:
        name, addr = ats_sender(ctx, "linkedin")
        body = ctx.fill(
            "A job you applied to is no longer accepting applications.\n\n{title}\n{co} · {city}\nApplied [{n} days ago|{n} weeks ago|on LinkedIn]\n\n"
            "[This means the employer has stopped accepting new applicants; your application may still be reviewed.|The employer can still view your application.]\n\nSee similar jobs: https://www.linkedin.com/jobs/"
        )
        return Draft(
            ctx.para(
                "{title} at {co} is no longer accepting applications",
                "An update on a job you applied to",
                "Update on your application to {co}",
            ),
            body,
            name,
            addr,
            greet=False,
            sign="",
            bulk=True,
            footer="You are receiving Job application update emails. Unsubscribe",
            form="html",
        )
    name, addr = ats_sender(
        ctx, ctx.pick(["greenhouse", "workable", "smartrecruiters", "own", "person"])
    )
    if kind == 1:
        change = ctx.para(
            "the location for this role has changed to [{city}|hybrid (3 days in office)|fully remote]",
            "the job title has been updated to better reflect the scope (the responsibilities are the same)",
            "the posting was moved to a new requisition number ({req}) for internal reasons",
            "the salary range in the posting has been updated",
            "the start date has moved to [next quarter|early next year]",
        )
        body = (
            ctx.fill(
                "We wanted to let you know that the {title} posting you applied to has been updated: "
            )
            + change
            + ctx.fill(
                ". [Your application has been carried over automatically - no action needed.|You don't need to reapply.|If this changes your interest, just let us know.]"
            )
        )
        subject = ctx.para(
            "The job you applied to was updated",
            "Update to the {title} posting",
            "Posting change: {title}",
            "A change to the role you applied for",
        )
    elif kind == 2:
        body = ctx.fill(
            "The {title} role is [temporarily on hold|paused while we finalize budget|on hold until the new team lead starts]. Your application is still active[ and we'll pick it back up as soon as hiring resumes|] - [you don't need to do anything|it won't be withdrawn].\n\n"
            "[We expect an update within 4-6 weeks.|I'll reach out as soon as I know more.|Sorry for the uncertainty!]"
        )
        subject = ctx.para(
            "Update: {title} on hold",
            "Hiring timeline update",
            "A quick update on timing",
            "Update on the {title} role",
        )
    else:
        body = ctx.fill(
            "We've reposted the {title} position to reach a wider pool of candidates. [You're already in our system|Your existing application still counts], so please don't apply again - [duplicate applications may slow things down|we have everything we need from you]."
        )
        subject = ctx.para(
            "You don't need to reapply",
            "About the reposted {title} job",
            "Note about the {title} posting",
        )
    return Draft(subject, body, name, addr, form=ctx.pick(["plain", "alt", "html"]))


@family("oo_interview_survey", "other_job", n=30)
def interview_survey(ctx: Ctx) -> Draft:
    # Only the chosen sender is filled, so the employer is marked as named only when it is.
    name_t, addr_t = ctx.rng.choice(
        [
            ("{co} Recruiting", "noreply@qemailserver.com"),
            ("{co} Candidate Experience", "candidate-experience@{domain}"),
            ("{co} via Survale", "survey@survale.com"),
            ("{co} Talent", "no-reply@greenhouse.io"),
            ("Candidate Survey", "surveys@{domain}"),
        ]
    )
    name, addr = ctx.fill(name_t), ctx.fill(addr_t)
    link = ctx.url(addr.split("@")[1], "survey")
    stem = ctx.para(
        "Thank you for interviewing with us for the {title} position. We'd love to hear about your experience - [good or bad|honestly].",
        "How was your interview experience with {co}? Your feedback helps us improve how we interview.",
        "You recently [interviewed|spoke with our team] at {co}. Would you take 2 minutes to rate your candidate experience?",
        "We're always trying to make our hiring process better, and you're one of the people who can tell us how we're doing.",
    )
    scale = ctx.para(
        "On a scale of 0-10, how likely are you to recommend applying to {co} to a friend?\n\n0  1  2  3  4  5  6  7  8  9  10",
        "Rate your interview: " + link,
        "Take the survey ([3|4|5] questions): " + link,
        "[Were your interviewers prepared?|Did you get enough information about the role?|How would you rate the scheduling process?] Tell us here: "
        + link,
    )
    note = ctx.para(
        "Your responses are anonymous and will not affect your candidacy in any way.",
        "[This survey is confidential and is not shared with the hiring team.|Responses are reviewed in aggregate by our Talent Operations team.]",
        "This is separate from any decision about your application.",
    )
    return Draft(
        ctx.para(
            "How was your interview?",
            "Tell us about your interview experience",
            "Your feedback on interviewing at {co}",
            "Quick survey: your candidate experience",
            "2 minutes? Rate your interview",
            "We value your feedback",
        ),
        _join(stem, scale, note),
        name,
        addr,
        sign=ctx.pick(["", "Thank you!", "Thanks,\nTalent Operations"]),
        bulk=ctx.chance(0.5),
        footer=ctx.pick(
            [
                "",
                "Powered by Qualtrics",
                "Unsubscribe from surveys",
                "Please do not reply to this email.",
            ]
        ),
        form=ctx.pick(["html", "alt"]),
    )
