"""Platform-true candidate mail, part 2: iCIMS, SmartRecruiters, Ashby, Taleo/Oracle, Jobvite.

The enterprise platforms (iCIMS, Taleo, Oracle Recruiting) read formal, carry requisition
numbers and long legal footers whatever the stage; the startup ones (Ashby) read like the
company wrote them. The same sender carries every stage, so only the words tell them apart.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from fam_y_ats import fam, join, sender, subject, topic
from kit import Calendar, Ctx, Draft

IC = [
    ("{co} Talent Acquisition", "noreply@{slug}.icims.com"),
    ("{co} Careers", "donotreply@icims.com"),
    ("{legal} Recruitment", "noreply@{slug}.icims.com"),
    ("{co} Recruiting", "{slug}-notifications@icims.com"),
]
IC_FOOT = (
    "Please do not reply to this message. This email was sent from an unattended mailbox.",
    "This message was sent via iCIMS on behalf of {legal}. Replies to this address are not monitored.",
    "{legal} is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or protected veteran status.",
    "",
)


def ic_portal(ctx: Ctx) -> str:
    return ctx.url(ctx.fill("careers-{slug}.icims.com"), "jobs/candidate")


def ic_block(ctx: Ctx) -> str:
    return ctx.fill(
        "Requisition ID: {req}\nJob Title: {title}\n[Location: {city}|Location: Remote|Department: [Operations|Engineering|Finance|Nursing|Sales]]"
    )


@fam("at_icims_received", "confirmation", ats="icims", n=30)
def ic_received(ctx: Ctx) -> Draft:
    body = join(
        ctx.para(
            "Thank you for your interest in career opportunities with {legal}. This email confirms that we have received your application for the position listed below.",
            "Thank you for applying to {co}. We have successfully received your application for Job ID {req}, {title}.",
            "Your application has been submitted successfully. Thank you for considering {legal} as your next employer.",
        ),
        ic_block(ctx) if ctx.chance(0.6) else "",
        ctx.para(
            "Our Talent Acquisition team will review your qualifications against the requirements of the position. If your background is a match, a recruiter will contact you to discuss next steps.",
            "Qualified candidates will be contacted for further consideration. You may check the status of your application at any time by logging in to your candidate profile.",
            "Should your qualifications meet the requirements of the position, a member of our recruitment team will be in contact with you.",
        ),
        ctx.maybe("Candidate Portal: ", 0.4) + ic_portal(ctx) if ctx.chance(0.4) else "",
    )
    name, addr = sender(ctx, IC)
    return Draft(
        subject(
            ctx,
            [
                "Thank you for applying - {title} ({req})",
                "Application Received: {req} {title}",
                "{legal} - Application Confirmation",
                "Thank you for your interest in {co}",
                "Your Application Has Been Received",
            ],
        ),
        body,
        name,
        addr,
        sign=ctx.fill(
            "[Sincerely,|Regards,|Best regards,]\n[Talent Acquisition|{co} Talent Acquisition Team|Human Resources\n{legal}]"
        ),
        footer=ctx.fill(ctx.pick(IC_FOOT)),
        bulk=ctx.chance(0.3),
    )


@fam("at_icims_not_selected", "rejection", ats="icims", n=30)
def ic_reject(ctx: Ctx) -> Draft:
    body = join(
        ctx.para(
            "Thank you for your interest in the {title} position (Requisition {req}) with {legal}.",
            "We appreciate the time you took to apply for the position of {title}, Job ID {req}.",
            "Re: {title} - {req}",
        ),
        ctx.para(
            "We have carefully reviewed your qualifications and, while your background is impressive, we have selected other candidates whose qualifications more closely match the requirements of this position.",
            "Your application status has been updated to: Not Selected.",
            "Please be advised that the position has been filled. As a result, your application will not be considered further.",
            "After careful review, we regret to inform you that you were not selected for this position.",
            "This requisition has been cancelled and is no longer accepting applicants; your candidacy for it has been closed.",
        ),
        ctx.para(
            "Your profile will remain in our database, and we encourage you to apply for future openings for which you are qualified.",
            "We thank you for your interest in {co} and wish you every success in your future endeavors.",
            "We encourage you to continue to visit our career site.",
        ),
    )
    name, addr = sender(ctx, IC)
    return Draft(
        subject(
            ctx,
            [
                "Your Application Status - {req}",
                "Application Status Update: {title}",
                "Regarding your application with {legal}",
                "{co} - Application Update",
                "Status Update",
                "Thank you for your interest in {co}",
            ],
        ),
        body,
        name,
        addr,
        sign=ctx.fill(
            "[Sincerely,|Respectfully,|Regards,]\n[Talent Acquisition|{co} Human Resources|The Recruitment Team]"
        ),
        footer=ctx.fill(ctx.pick(IC_FOOT)),
    )


@fam("at_icims_interview", "interview", ats="icims", n=28)
def ic_interview(ctx: Ctx) -> Draft:
    start = ctx.future(3, 12)
    body = join(
        ctx.para(
            "We are pleased to invite you to interview for the position of {title} (Requisition {req}).",
            "Thank you for your interest in {legal}. You have been selected for an interview for {title}.",
            "The hiring team has reviewed your application for {title} and would like to schedule an interview.",
        ),
        ctx.fill(
            f"Interview Date: {start:%m/%d/%Y}\nInterview Time: {start:%I:%M %p}"
            + " [ET|CT|PT|local time]\n[Interview Type: Virtual (Microsoft Teams)|Interview Type: In Person, {city}|Interview Type: Phone]\n[Interviewer: {person}|Panel: Hiring Manager and Department Director]"
        ),
        ctx.para(
            "Please confirm your attendance by clicking the link below or by logging in to your candidate portal.",
            "Please select Accept or Decline in the portal to confirm.",
            "Please respond within 48 hours to confirm your availability.",
        ),
        ic_portal(ctx),
        ctx.maybe("Please arrive 15 minutes early and bring a valid photo ID.", 0.3),
    )
    name, addr = sender(ctx, IC)
    return Draft(
        subject(
            ctx,
            [
                "Interview Invitation - {title} ({req})",
                "Interview Request: {req}",
                "{legal} Interview Invitation",
                "Please confirm your interview",
                "Interview Scheduled - {title}",
            ],
        ),
        body,
        name,
        addr,
        calendar=Calendar(ctx.fill("Interview - {title}"), start, 60) if ctx.chance(0.4) else None,
        footer=ctx.fill(ctx.pick(IC_FOOT)),
    )


@fam("at_icims_portal_tasks", "other_job", ats="icims", n=30)
def ic_tasks(ctx: Ctx) -> Draft:
    text, subj = topic(
        ctx,
        [
            (
                "Our records indicate that your candidate profile is incomplete. Please log in and complete all required fields so your application for {title} can be considered.",
                [
                    "Action Required: Complete Your Candidate Profile",
                    "Your candidate profile is incomplete",
                ],
            ),
            (
                "As part of our commitment to equal employment opportunity, we invite you to complete the voluntary self-identification (EEO) form. Submission is voluntary and will not affect your application.",
                [
                    "Voluntary Self-Identification",
                    "EEO Self-Identification Form",
                    "{co} Careers: action needed",
                ],
            ),
            (
                "Please upload the following documents to your candidate portal: [copy of your nursing license|transcripts|two professional references|a current resume and cover letter].",
                [
                    "Document Request",
                    "Documents needed for your application",
                    "{co} Careers: action needed",
                ],
            ),
            (
                "A password reset was requested for your {co} careers account. If you did not request this, you can ignore this message.",
                ["Password Reset Request", "{co} Careers - Password Reset"],
            ),
            (
                "You have outstanding forms to complete in the portal: [Form I-9 Section 1|Direct Deposit Authorization|Background Check Authorization|Employee Handbook Acknowledgment].",
                ["Reminder: Forms to Complete", "Action Required: Onboarding Forms"],
            ),
            (
                "Your application for {title} is saved but not yet submitted. Log in to finish your application.",
                ["Your application is incomplete", "Finish your application for {title}"],
            ),
        ],
    )
    body = join(
        text,
        ic_portal(ctx),
        ctx.maybe(
            "If you have trouble logging in, use the Forgot Password link on the login page.", 0.4
        ),
    )
    name, addr = sender(ctx, IC)
    return Draft(
        subj,
        body,
        name,
        addr,
        greet=ctx.chance(0.7),
        sign=ctx.fill(
            "[Thank you,|Regards,]\n[Talent Acquisition|{co} HR Onboarding|{co} Careers]"
        ),
        footer=ctx.fill(ctx.pick(IC_FOOT)),
    )


SR = [
    ("{co}", "noreply@smartrecruiters.com"),
    ("{co} Hiring Team", "{slug}@smartrecruitersmail.com"),
    ("{person} via SmartRecruiters", "{slug}@smartrecruitersmail.com"),
    ("{co} Careers", "noreply@smartrecruiters.com"),
]
SR_FOOT = (
    "",
    "Powered by SmartRecruiters",
    "You are receiving this email because you applied for a job powered by SmartRecruiters. Privacy Policy",
    "Replies to this email will be shared with the hiring team.",
)


@fam("at_smartrecruiters_received", "confirmation", ats="smartrecruiters", n=30)
def sr_received(ctx: Ctx) -> Draft:
    body = join(
        ctx.para(
            "Thank you for applying for the {title} position at {co}! We've received your application.",
            "Thanks for your interest in {co}. Your application for {title} ([{city}|Remote]) has been successfully submitted.",
            "We're happy to confirm that we've received your application for {title}.",
        ),
        ctx.para(
            "What happens next? The hiring team will review your application. If your profile matches the role, they will contact you to arrange next steps.",
            "You can track the status of your application in My Applications at any time.",
            "We'll let you know as soon as there's an update.",
            "",
        ),
        ctx.maybe("Track your application: ", 0.5)
        + ctx.url("my.smartrecruiters.com", "applications")
        if ctx.chance(0.5)
        else "",
    )
    name, addr = sender(ctx, SR)
    return Draft(
        subject(
            ctx,
            [
                "Thank you for applying to {co}",
                "Your application to {co}: {title}",
                "Application received",
                "{co} has received your application",
                "Thanks for applying!",
            ],
        ),
        body,
        name,
        addr,
        sign=ctx.fill(
            "[Best regards,|Kind regards,|Thank you,]\n[{co} Hiring Team|{co} Talent Acquisition|The {co} Team]"
        ),
        footer=ctx.pick(SR_FOOT),
    )


def sr_wrap(ctx: Ctx, message: str) -> str:
    """SmartRecruiters frames a hiring-team message with its own lines."""
    head = ctx.fill(
        ctx.pick(
            [
                "You have a new message from the hiring team at {co}.",
                "{person} from {co} sent you a message:",
                "A message from the hiring team at {co}",
                "New message regarding your application for {title}",
            ]
        )
    )
    tail = ctx.pick(
        [
            "Reply to this email to respond to the hiring team.",
            "View message in My Applications",
            "",
            "To reply, simply respond to this email.",
        ]
    )
    return join(head, message, tail)


@fam("at_smartrecruiters_message_invite", "interview", ats="smartrecruiters", n=30)
def sr_msg_invite(ctx: Ctx) -> Draft:
    msg = join(
        ctx.fill("[Hi {first},|Dear {first},|Hello {first},]"),
        ctx.para(
            "Thanks for applying for {title}. We'd like to invite you for a first interview with [our Store Manager|the hiring manager|our team lead|me] to get to know you better.",
            "We reviewed your profile and would like to talk with you about the {title} role. Could you let us know your availability for a [video call|phone call|short interview] on {day} or the following day?",
            "Your application stood out to us! Please book an interview slot using the link below.",
        ),
        ctx.url("my.smartrecruiters.com", "interview-scheduler"),
        ctx.fill("[Kind regards,|Best,|Thanks!]\n{person}"),
    )
    name, addr = sender(ctx, SR)
    return Draft(
        subject(
            ctx,
            [
                "A message from the hiring team at {co}",
                "New message from {co}",
                "{co}: {title} - interview",
                "Interview invitation",
                "You have a new message",
            ],
        ),
        sr_wrap(ctx, msg),
        name,
        addr,
        greet=False,
        sign="",
        footer=ctx.pick(SR_FOOT),
    )


@fam("at_smartrecruiters_message_reject", "rejection", ats="smartrecruiters", n=28)
def sr_msg_reject(ctx: Ctx) -> Draft:
    msg = join(
        ctx.fill("[Hi {first},|Dear {first},|Dear {first} {last},]"),
        ctx.para(
            "Thank you for your interest in the {title} position and for the time you invested in your application.",
            "Thank you for applying to {co}.",
        ),
        ctx.para(
            "We have reviewed your application carefully, and we regret to let you know that we will not be taking it further at this stage.",
            "Unfortunately, we have decided to proceed with other applicants whose profiles more closely match our requirements.",
            "This time we have chosen another candidate, but we were glad to get to know you.",
        ),
        ctx.maybe("We wish you all the best in your job search.", 0.7),
        ctx.fill("[Kind regards,|Best wishes,]\n[{person}|{co} Hiring Team]"),
    )
    name, addr = sender(ctx, SR)
    return Draft(
        subject(
            ctx,
            [
                "A message from the hiring team at {co}",
                "Your application for {title}",
                "Update on your application at {co}",
                "New message from {co}",
            ],
        ),
        sr_wrap(ctx, msg),
        name,
        addr,
        greet=False,
        sign="",
        footer=ctx.pick(SR_FOOT),
    )


AB = [
    ("{co} Hiring Team", "no-reply@ashbyhq.com"),
    ("{co}", "no-reply@ashbyhq.com"),
    ("{co} Recruiting", "recruiting@{domain}"),
    ("{person}", "no-reply@ashbyhq.com"),
]
AB_FOOT = ("", "", "Sent via Ashby", "Powered by Ashby · Privacy Policy")


@fam("at_ashby_received", "confirmation", ats="ashby", n=30)
def ab_received(ctx: Ctx) -> Draft:
    body = join(
        ctx.para(
            "Thanks for applying to {co}! We've received your application for {title} and we're excited to learn more about you.",
            "Thank you for your interest in {co}. We've received your application for the {title} role.",
            "Application received! Thanks for applying for {title} at {co}.",
            "Hey {first}, thanks for applying to be our {title}. A real human on our team will read your application.",
        ),
        ctx.para(
            "We're a small team and we review every application ourselves, so it may take [a week or two|up to two weeks|a little while] to hear back.",
            "If your background looks like a fit, someone from the team will reach out to schedule a first conversation.",
            "We'll be in touch either way.",
            "",
        ),
        ctx.maybe("P.S. While you wait, our engineering blog is a good look at how we work.", 0.25),
    )
    name, addr = sender(ctx, AB)
    return Draft(
        subject(
            ctx,
            [
                "Thanks for applying to {co}!",
                "Your application to {co}",
                "We received your application for {title}",
                "Thanks for your application",
                "{co} | {title}",
            ],
        ),
        body,
        name,
        addr,
        sign=ctx.fill(
            "[Best,|Cheers,|Thanks,|Talk soon,]\n[The {co} Team|{co} Recruiting|{person}, {co}]"
        ),
        footer=ctx.pick(AB_FOOT),
    )


@fam("at_ashby_schedule", "interview", ats="ashby", n=30)
def ab_schedule(ctx: Ctx) -> Draft:
    stage = ctx.pick(
        [
            "intro call",
            "Recruiter Screen",
            "Hiring Manager Chat",
            "Culture interview",
            "call with our CTO",
            "Founder chat",
        ]
    )
    start = ctx.future(2, 9)
    booked = ctx.chance(0.4)
    if booked:
        core = join(
            ctx.fill("Your " + stage + " with {co} is confirmed."),
            ctx.fill(
                f"{start:%A, %B %d} at {start:%H:%M} UTC\n"
                + "[Google Meet link in the calendar invite|Zoom details in the invite|We'll call you at the number on your application]"
            ),
            ctx.pick(
                [
                    "Need to reschedule? Use the link below.",
                    "If something comes up, you can reschedule here:",
                ]
            )
            + "\n"
            + ctx.url("app.ashbyhq.com", "interview-reschedule"),
        )
    else:
        core = join(
            ctx.para(
                "We'd love to move forward with your application for {title}! The next step is a [30|45|25]-minute "
                + stage
                + ".",
                "Thanks for applying to {co}. We'd like to invite you to a "
                + stage
                + " for the {title} role.",
                "Good news: the team would like to chat! Please pick a time for your "
                + stage
                + ".",
            ),
            ctx.pick(
                [
                    "Pick a time that works for you:",
                    "Use this link to choose a slot:",
                    "Self-schedule here:",
                ]
            )
            + "\n"
            + ctx.url("app.ashbyhq.com", "candidate-self-schedule"),
        )
    name, addr = sender(ctx, AB)
    return Draft(
        subject(
            ctx,
            ["Interview confirmed: " + stage, "Invitation: " + stage + " ({co})", "Confirmed: {co}"]
            if booked
            else [
                "Schedule your interview with {co}",
                "Next steps with {co}",
                "{co} - let's find a time",
            ],
        ),
        core,
        name,
        addr,
        calendar=Calendar(ctx.fill(stage + " - {co}"), start, 30)
        if booked and ctx.chance(0.7)
        else None,
        footer=ctx.pick(AB_FOOT),
    )


@fam("at_ashby_reject", "rejection", ats="ashby", n=30)
def ab_reject(ctx: Ctx) -> Draft:
    body = join(
        ctx.para(
            "Thanks so much for applying to {co} and for your interest in the {title} role.",
            "Thank you for taking the time to interview with us. It was great getting to know you.",
            "Thanks for your patience while we reviewed applications for {title}.",
        ),
        ctx.para(
            "We've decided not to move forward with your application at this time. This was a tough call: we received a lot of strong applications.",
            "After a lot of discussion, we've decided to move forward with another candidate for this role.",
            "Unfortunately we won't be moving forward. We're looking for someone with more [direct experience in our domain|experience at our stage|backend depth] right now.",
            "We're going to pass for now, but we'd genuinely like to stay in touch.",
        ),
        ctx.para(
            "We know this isn't the news you were hoping for, and we really appreciate the time you put in.",
            "If it's helpful, I'm happy to share a little feedback - just reply.",
            "We'll keep you in mind as the team grows.",
            "",
        ),
    )
    name, addr = sender(ctx, AB)
    return Draft(
        subject(
            ctx,
            [
                "Your application to {co}",
                "Update on your {co} application",
                "{co} - {title}",
                "Thanks from {co}",
                "An update",
            ],
        ),
        body,
        name,
        addr,
        sign=ctx.fill(
            "[Best,|Warmly,|All the best,|Take care,]\n[{person}|The {co} Team|{person}\n[Head of Talent|Recruiting Lead|Co-founder], {co}]"
        ),
        footer=ctx.pick(AB_FOOT),
    )
