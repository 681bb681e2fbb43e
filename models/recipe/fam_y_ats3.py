"""Platform-true candidate mail, part 3: Taleo / Oracle Recruiting, Jobvite and Workable.

Taleo and Oracle Recruiting mail is formal and wrapped in long legal footers (EEO, privacy,
"do not reply") that look identical across stages; Jobvite sends accept/decline interview
requests; Workable sends short stage-move notes, assessments and "disqualified" mail.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from fam_y_ats import fam, join, sender, subject
from kit import Calendar, Ctx, Draft

TL = [
    ("{co} Careers", "{slug}@taleo.net"),
    ("{legal}", "do-not-reply@taleo.net"),
    ("{co} Talent Acquisition", "{slug}.fa.sender@workflow.mail.us2.cloud.oracle.com"),
    ("{co} Recruiting", "no-reply@{slug}.fa.em2.oraclecloud.com"),
]


def tl_footer(ctx: Ctx) -> str:
    """The legal block Taleo and Oracle clients paste under every message."""
    parts = [
        ctx.pick(
            [
                "*** This is an automated message. Please do not reply to this email. ***",
                "PLEASE DO NOT REPLY TO THIS MESSAGE.",
                "This message was sent from an unmonitored account.",
            ]
        ),
        ctx.fill(
            "[{legal} is an equal opportunity employer and considers qualified applicants for employment without regard to race, gender, age, color, religion, national origin, marital status, disability, sexual orientation, gender identity/expression, protected military/veteran status, or any other legally protected factor.|{legal} is committed to a diverse and inclusive workplace. We are an Equal Opportunity / Affirmative Action employer; minorities/women/veterans/disabled are encouraged to apply.]"
        ),
    ]
    if ctx.chance(0.6):
        parts.append(
            ctx.fill(
                "[CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee and may contain confidential information. If you have received this e-mail in error, please notify the sender and delete it.|Your personal data will be processed in accordance with the {co} Candidate Privacy Notice. To exercise your data rights, visit our careers site.|Applicants with disabilities may request a reasonable accommodation by contacting HR Shared Services.]"
            )
        )
    return "\n\n".join(parts)


def tl_link(ctx: Ctx) -> str:
    if ctx.chance(0.5):
        return ctx.url(ctx.fill("{slug}.taleo.net"), "careersection/2/mysubmissions.ftl")
    return ctx.url(
        ctx.fill("{slug}.fa.us2.oraclecloud.com"),
        "hcmUI/CandidateExperience/en/sites/CX/my-profile",
    )


@fam("at_taleo_received", "confirmation", ats="taleo", n=30)
def tl_received(ctx: Ctx) -> Draft:
    body = join(
        ctx.para(
            "Thank you for applying for the position of {title} (Job Number: {req}). We have received your application and it will be reviewed by our recruitment team.",
            "This is to acknowledge receipt of your application for the {title} position, requisition number {req}.",
            "Thank you for your interest in employment opportunities with {legal}. Your submission for job {req} - {title} has been received.",
        ),
        ctx.para(
            "If your qualifications are a match for the position, a recruiter will contact you. Due to the volume of applications received, we are only able to contact candidates selected for further consideration.",
            "You may review the status of your submission at any time by accessing the My Submissions tab of our career section.",
            "Your application will be considered along with those of other applicants. Should you be selected for an interview, you will be contacted directly.",
        ),
        tl_link(ctx) if ctx.chance(0.5) else "",
    )
    name, addr = sender(ctx, TL)
    return Draft(
        subject(
            ctx,
            [
                "{legal} - Acknowledgement of Application",
                "Thank you for applying - Job Number {req}",
                "Application Received - {title}",
                "Confirmation of your submission",
                "Your Job Application: {req}",
            ],
        ),
        body,
        name,
        addr,
        sign=ctx.fill(
            "[Sincerely,|Regards,|Best Regards,]\n[Talent Acquisition|{legal} Recruiting|Human Resources Department\n{legal}]"
        ),
        footer=tl_footer(ctx),
    )


@fam("at_taleo_reject", "rejection", ats="taleo", n=30)
def tl_reject(ctx: Ctx) -> Draft:
    body = join(
        ctx.para(
            "Thank you for your interest in the {title} position (Job Number {req}) with {legal}.",
            "We would like to thank you for applying for the position of {title}, requisition {req}.",
            "Reference: {req} / {title}",
        ),
        ctx.para(
            "We regret to inform you that your application was not retained for further consideration. This decision was based on a careful comparison of your qualifications with the requirements of the position.",
            "After careful review, we have determined that other candidates more closely meet the requirements of this position. Therefore, we will not be pursuing your candidacy further.",
            "Please be advised that this position has been filled. We appreciate your interest.",
            "The hiring team has completed its review and your candidacy was not selected to advance.",
        ),
        ctx.para(
            "We will retain your information in our database and encourage you to apply for other positions that interest you.",
            "We wish you success in your career search.",
            "We invite you to create a job alert on our career section.",
        ),
    )
    name, addr = sender(ctx, TL)
    return Draft(
        subject(
            ctx,
            [
                "Your application - Job Number {req}",
                "{legal} - Application Status",
                "Regarding Your Application",
                "Update: {title} ({req})",
                "Thank you for your interest in {legal}",
            ],
        ),
        body,
        name,
        addr,
        sign=ctx.fill(
            "[Sincerely,|Respectfully,|Regards,]\n[Talent Acquisition|{legal} Recruitment Services|Global Recruiting Operations]"
        ),
        footer=tl_footer(ctx),
    )


@fam("at_taleo_offer", "offer", ats="taleo", n=26)
def tl_offer(ctx: Ctx) -> Draft:
    body = join(
        ctx.para(
            "Congratulations! We are pleased to extend to you an offer of employment for the position of {title} (Job Number {req}).",
            "On behalf of {legal}, we are delighted to offer you the position of {title}.",
            "An offer has been prepared for you for requisition {req}, {title}.",
        ),
        ctx.para(
            "Your offer letter is available in the career section. Please log in to review the offer details and accept or decline electronically by {day}.",
            "To view your offer, please access the My Offers tab in the candidate portal and complete the electronic signature.",
            "Please review the attached offer letter and respond in the portal within [five|seven|three] business days.",
        ),
        tl_link(ctx),
        ctx.maybe(
            "This offer is contingent upon the successful completion of a pre-employment background screening.",
            0.6,
        ),
    )
    name, addr = sender(ctx, TL)
    return Draft(
        subject(
            ctx,
            [
                "Offer of Employment - {title}",
                "{legal} - Offer Letter Available",
                "Your offer for Job Number {req}",
                "Action Required: Review Your Offer",
                "Congratulations from {legal}",
            ],
        ),
        body,
        name,
        addr,
        sign=ctx.fill(
            "[Sincerely,|Warm regards,]\n[Talent Acquisition|{legal} Human Resources|{person}, Recruiter]"
        ),
        footer=tl_footer(ctx),
    )


JV = [
    ("{co} Recruiting", "notification@jobvite.com"),
    ("{co}", "noreply@jobvite.com"),
    ("{person} at {co}", "notification@jobvite.com"),
    ("{co} Careers", "{slug}@jobvite.com"),
]
JV_FOOT = (
    "",
    "Powered by Jobvite",
    "Please do not reply to this message; it was sent from an unmonitored address.",
    "This email was sent by Jobvite on behalf of {co}.",
)


@fam("at_jobvite_received", "confirmation", ats="jobvite", n=28)
def jv_received(ctx: Ctx) -> Draft:
    body = join(
        ctx.para(
            "Thank you for your interest in {co}! We have received your application for the {title} position.",
            "Thank you for applying for {title}. Your application has been successfully submitted to {co}.",
            "We appreciate your interest in joining {co}. This email confirms receipt of your application for {title}[ in {city}|].",
        ),
        ctx.para(
            "Our recruiting team is reviewing applications and will contact you if your skills and experience are a good fit.",
            "If we would like to move forward, a member of our team will be in touch with next steps.",
            "Please allow us some time to review. We'll contact qualified candidates directly.",
        ),
        ctx.maybe("Follow us on social media to stay up to date on new openings.", 0.3),
    )
    name, addr = sender(ctx, JV)
    return Draft(
        subject(
            ctx,
            [
                "Thank you for applying to {co}",
                "{co}: we received your application",
                "Thank you for your interest in {title}",
                "Application Confirmation",
                "Your {co} Application",
            ],
        ),
        body,
        name,
        addr,
        footer=ctx.fill(ctx.pick(JV_FOOT)),
    )


@fam("at_jobvite_interview_request", "interview", ats="jobvite", n=28)
def jv_interview(ctx: Ctx) -> Draft:
    start = ctx.future(2, 10)
    body = join(
        ctx.para(
            "{co} would like to schedule an interview with you for the {title} position.",
            "You have been invited to interview for {title} at {co}.",
            "Interview Request: the hiring team for {title} has requested an interview.",
        ),
        ctx.fill(
            f"Proposed time: {start:%a %b %d, %Y %I:%M %p}"
            + " [(Eastern)|(Pacific)|(Central)|UTC]\n[Type: Phone Interview|Type: Video Interview|Type: Onsite Interview]\n[With: {person}|Duration: 30 minutes|Duration: 1 hour]"
        ),
        ctx.para(
            "Please click below to Accept, Decline or Propose a New Time.",
            "Please respond to this interview request using the link below.",
            "Click the link to confirm your interview.",
        ),
        ctx.url("app.jobvite.com", "CompanyJobs/Careers.aspx/interview"),
    )
    name, addr = sender(ctx, JV)
    return Draft(
        subject(
            ctx,
            [
                "Interview Request from {co}",
                "Interview Request: {title}",
                "{co} Interview Invitation",
                "Please respond: interview request",
                "Interview - {title}",
            ],
        ),
        body,
        name,
        addr,
        calendar=Calendar(ctx.fill("Interview with {co}"), start, 45) if ctx.chance(0.35) else None,
        footer=ctx.fill(ctx.pick(JV_FOOT)),
    )


WK = [
    ("{co}", "noreply@candidates.workablemail.com"),
    ("{co} Hiring Team", "noreply@workablemail.com"),
    ("{person} from {co}", "noreply@candidates.workablemail.com"),
    ("{co} Recruitment", "{slug}@candidates.workablemail.com"),
]
WK_FOOT = (
    "",
    "Powered by Workable",
    "Sent with Workable · Manage your data",
    "You can reply to this email to contact the hiring team.",
)


@fam("at_workable_received", "confirmation", ats="workable", n=30)
def wk_received(ctx: Ctx) -> Draft:
    body = join(
        ctx.para(
            "Thank you for your application for the {title} position at {co}.",
            "Thanks for applying to {co}! Your application for {title} has been received.",
            "We've received your application for {title}, thanks for your interest in {co}.",
            "Your application to {co} was submitted successfully.",
        ),
        ctx.para(
            "We will review it and get back to you [as soon as possible|within the next few weeks|shortly].",
            "Our hiring team will go through your application and we'll contact you if you're shortlisted.",
            "We'll be in touch about next steps.",
            "",
        ),
    )
    name, addr = sender(ctx, WK)
    return Draft(
        subject(
            ctx,
            [
                "Thanks for applying to {co}",
                "Your application for {title}",
                "{co} - We received your application",
                "Application received: {title} at {co}",
                "Thank you for your application",
            ],
        ),
        body,
        name,
        addr,
        sign=ctx.fill(
            "[Kind regards,|Best regards,|Thanks,|Best,]\n[{co} Hiring Team|{co} HR|{person}\n{co}]"
        ),
        footer=ctx.pick(WK_FOOT),
    )


@fam("at_workable_next_step", "interview", ats="workable", n=30)
def wk_next(ctx: Ctx) -> Draft:
    body = join(
        ctx.para(
            "Great news! You've been moved to the next step of our hiring process for {title}.",
            "We're happy to let you know that you've been moved to the next step: [Phone Screen|Interview|First Interview|Video Interview].",
            "Congratulations, your application for {title} has progressed to the interview stage.",
            "We liked your application and would like to get to know you better in a short [phone|video] interview.",
        ),
        ctx.para(
            "Please pick a time slot that suits you using the link below:",
            "Please choose a convenient time for your interview here:",
            "Book your interview slot:",
        ),
        ctx.url("apply.workable.com", ctx.fill("{slug}/interview/schedule")),
        ctx.para(
            "The interview will last about [30|45|20] minutes and will be held [on Google Meet|over Zoom|by phone].",
            "If none of the slots suit you, just reply to this email.",
            "",
        ),
    )
    name, addr = sender(ctx, WK)
    return Draft(
        subject(
            ctx,
            [
                "You've been moved to the next step",
                "Next step in your application to {co}",
                "Interview invitation: {title}",
                "{co}: schedule your interview",
                "Good news from {co}",
            ],
        ),
        body,
        name,
        addr,
        footer=ctx.pick(WK_FOOT),
    )


@fam("at_workable_assessment", "technical_round", ats="workable", n=28)
def wk_assess(ctx: Ctx) -> Draft:
    body = join(
        ctx.para(
            "As the next step in the hiring process for {title}, we'd like you to complete a short skills assessment.",
            "You've been invited to take an assessment for {title} at {co}.",
            "Thanks for your interest in {co}! Before we move on to interviews, please complete our [technical test|skills test|coding assessment|case study].",
        ),
        ctx.para(
            "The assessment takes around [30|45|60|90] minutes and must be completed in one sitting.",
            "You have [5|7|3] days to complete it. Once you start, the timer cannot be paused.",
            "It consists of [several short tasks|a coding exercise and a few multiple-choice questions|a practical exercise based on a real problem we faced].",
        ),
        ctx.fill("[Start the assessment|Take the assessment|Begin the test]:")
        + "\n"
        + ctx.url(
            ctx.pick(["apply.workable.com", "app.testgorilla.com", "www.testdome.com"]),
            "assessment",
        ),
    )
    name, addr = sender(ctx, WK)
    return Draft(
        subject(
            ctx,
            [
                "Complete your assessment for {title}",
                "Assessment invitation from {co}",
                "{co} - skills test",
                "Next step: assessment",
                "Your {title} assessment",
            ],
        ),
        body,
        name,
        addr,
        footer=ctx.pick(WK_FOOT),
    )


@fam("at_workable_disqualified", "rejection", ats="workable", n=30)
def wk_reject(ctx: Ctx) -> Draft:
    body = join(
        ctx.para(
            "Thank you for your interest in the {title} position at {co} and for taking the time to apply.",
            "Thanks again for applying to {co}.",
            "We appreciate the time you spent on the {title} process.",
        ),
        ctx.para(
            "Unfortunately, we have decided not to proceed with your application.",
            "After reviewing your application, we regret to inform you that we won't be moving forward with your candidacy.",
            "We have now filled the role, so we won't be progressing your application.",
            "This time we've decided to go with candidates whose experience better matches the role.",
        ),
        ctx.para(
            "We'll keep your CV on file for future opportunities.",
            "We wish you the best of luck in your job search.",
            "Thank you again and good luck!",
            "",
        ),
    )
    name, addr = sender(ctx, WK)
    return Draft(
        subject(
            ctx,
            [
                "Your application to {co}",
                "Update on your application for {title}",
                "{co} - {title}",
                "Thank you for applying",
                "Application update",
            ],
        ),
        body,
        name,
        addr,
        sign=ctx.fill(
            "[Kind regards,|Best regards,|Best wishes,]\n[{co} Hiring Team|{person}\n{co}]"
        ),
        footer=ctx.pick(WK_FOOT),
    )
