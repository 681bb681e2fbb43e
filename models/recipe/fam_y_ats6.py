"""Platform-true candidate mail, part 6: Workday (Candidate Home) across the funnel.

Workday mail from every employer shares one skeleton: "Thank you for applying", "An update
on your application", tasks in Candidate Home ("Complete your assessment", self-
identification), "Your offer is available" and status changes that announce no outcome.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from fam_y_ats import fam, join, sender, subject, topic
from kit import Ctx, Draft

WD = [
    ("{co} Careers", "{slug}@myworkday.com"),
    ("{co}", "{slug}@myworkday.com"),
    ("Workday", "{slug}@myworkday.com"),
    ("{co} Talent Acquisition", "{slug}@myworkday.com"),
    ("{co} Recruiting", "donotreply@myworkday.com"),
]
WD_FOOT = (
    "",
    "This email was sent from an unmonitored mailbox. Please do not reply.",
    "Please do not reply to this email. This mailbox is not monitored.",
    "This is an automated message. To view your application, sign in to Candidate Home.",
)


def wd_home(ctx: Ctx) -> str:
    host = ctx.fill("{slug}.wd" + str(ctx.num(1, 5)) + ".myworkdayjobs.com")
    return ctx.url(
        host,
        ctx.pick(
            ["en-US/careers/userHome", "External/userHome", "en-US/External_Careers/userHome"]
        ),
    )


@fam("at_workday_received", "confirmation", ats="workday", n=32)
def wd_received(ctx: Ctx) -> Draft:
    body = join(
        ctx.para(
            "Thank you for applying to the {title} position [(Job Requisition ID: {req})|- {req}|]. We have received your application.",
            "Thank you for applying for the {req} {title} position with {co}.",
            "Thank you for your interest in {co}! We have received your application for {title}[, {req}|].",
            "Thank you for applying! Your application for {title} was successfully submitted.",
        ),
        ctx.para(
            "We will review your qualifications and contact you if your skills and experience match the requirements of the role.",
            "Our recruiting team will review your application. If you are selected to move forward, a member of the team will contact you.",
            "You can check the status of your application at any time by signing in to Candidate Home.",
            "Please note: if you do not hear from us, it means we have decided to move forward with other applicants.",
        ),
        ctx.maybe("View your application:\n", 0.5) + wd_home(ctx) if ctx.chance(0.5) else "",
    )
    name, addr = sender(ctx, WD)
    return Draft(
        subject(
            ctx,
            [
                "Thank you for applying",
                "Thank you for applying to {co}",
                "Thank you for your application - {title}",
                "{co} - Application Received",
                "Application Submitted: {title}",
                "We received your application",
            ],
        ),
        body,
        name,
        addr,
        sign=ctx.fill(
            "[Sincerely,|Regards,|Best regards,|Thank you,]\n[{co} Talent Acquisition|{co} Recruiting|Talent Acquisition Team|{co} Human Resources]"
        ),
        footer=ctx.pick(WD_FOOT),
    )


@fam("at_workday_update_reject", "rejection", ats="workday", n=30)
def wd_update(ctx: Ctx) -> Draft:
    body = join(
        ctx.para(
            "Thank you for your interest in the {title} position (Requisition {req}) at {co}.",
            "We appreciate your interest in {co} and the time you invested in applying for the {title} role.",
            "Thank you for applying for the {req} {title} opportunity.",
        ),
        ctx.para(
            "After careful review, we regret to inform you that you have not been selected to continue in the recruitment process for this position.",
            "We have reviewed your application and have decided to pursue other candidates whose qualifications better match our current needs.",
            "The position has been filled. We appreciate your interest and encourage you to apply for other roles that fit your experience.",
            "Unfortunately, your application was not selected for further consideration.",
            "This requisition has been closed and we are no longer considering applications for it.",
        ),
        ctx.para(
            "We encourage you to visit our career site regularly and create job alerts to be notified of new opportunities.",
            "Your Candidate Home account will remain active so you can apply for future roles.",
            "We wish you success in your career.",
            "",
        ),
    )
    name, addr = sender(ctx, WD)
    return Draft(
        subject(
            ctx,
            [
                "An update on your application",
                "An Update on Your Application with {co}",
                "Your application for {title}",
                "{co} Application Status",
                "Update regarding {req}",
                "Thank you for your interest",
            ],
        ),
        body,
        name,
        addr,
        sign=ctx.fill(
            "[Sincerely,|Regards,|Best,]\n[{co} Talent Acquisition|The {co} Recruiting Team|Global Talent Acquisition]"
        ),
        footer=ctx.pick(WD_FOOT),
    )


@fam("at_workday_assessment_task", "technical_round", ats="workday", n=28)
def wd_task(ctx: Ctx) -> Draft:
    vendor = ctx.pick(["HireVue", "SHL", "Codility", "HackerRank", "Pymetrics", "Criteria"])
    body = join(
        ctx.para(
            "As part of the application process for {title}, you are required to complete an online assessment.",
            "You have a new task in Candidate Home: Complete Assessment.",
            "Congratulations! You have been selected to move forward to the assessment step for {title} ({req}).",
            "Thank you for your continued interest in {co}. The next step in the process for {title} is a technical assessment.",
        ),
        ctx.fill(
            "[Please complete your assessment|Please complete the "
            + vendor
            + " assessment|Complete your assessment] [within 5 days|by {day}|within 72 hours of receiving this email]. [The assessment takes approximately 60-90 minutes.|It should take about 45 minutes.|Please allow 2 hours.]"
        ),
        ctx.fill("[To access the task, sign in to Candidate Home:|Go to Candidate Home:]")
        + "\n"
        + wd_home(ctx)
        if ctx.chance(0.5)
        else ctx.fill("[Access your assessment here:|Start the assessment:|Your personal link:]")
        + "\n"
        + ctx.url(
            ctx.pick(
                ["app.codility.com", "www.hackerrank.com", "assessment.shl.com", "app.hirevue.com"]
            ),
            "invite",
        ),
        ctx.maybe(
            "If you need an accommodation, please contact the recruiting team before starting.", 0.4
        ),
    )
    name, addr = sender(ctx, WD)
    return Draft(
        subject(
            ctx,
            [
                "Action Required: Complete your assessment",
                "Complete your assessment",
                "You have a new task: Assessment",
                "{co}: Next Step - Online Assessment",
                "Assessment invitation for {title}",
                "Action Required",
            ],
        ),
        body,
        name,
        addr,
        sign=ctx.fill(
            "[Regards,|Thank you,|Best of luck,]\n[{co} Talent Acquisition|{co} Recruiting]"
        ),
        footer=ctx.pick(WD_FOOT),
    )


@fam("at_workday_offer_ready", "offer", ats="workday", n=28)
def wd_offer(ctx: Ctx) -> Draft:
    body = join(
        ctx.para(
            "Congratulations! Your offer is available for review.",
            "We are excited to extend an offer for the {title} position! Your offer letter is now available in Candidate Home.",
            "Congratulations on your offer to join {co} as {title}!",
            "You have a new task: Review Offer ({title} - {req}).",
        ),
        ctx.para(
            "Please sign in to Candidate Home to review and accept your offer by {day}.",
            "To view the details of your offer, including compensation and start date, please sign in and complete the Review Offer task.",
            "Please review the offer and submit your response within [3|5|7] business days.",
        ),
        wd_home(ctx),
        ctx.maybe("If you have questions about your offer, please contact your recruiter.", 0.5),
    )
    name, addr = sender(ctx, WD)
    return Draft(
        subject(
            ctx,
            [
                "Your offer is available",
                "Your Offer from {co}",
                "Congratulations! Your offer is ready",
                "Action Required: Review Offer",
                "Offer for {title}",
            ],
        ),
        body,
        name,
        addr,
        sign=ctx.fill(
            "[Congratulations,|Best regards,|Welcome aboard,]\n[{co} Talent Acquisition|{co} Recruiting|{person}]"
        ),
        footer=ctx.pick(WD_FOOT),
    )


@fam("at_workday_status_changed", "other_job", ats="workday", n=28)
def wd_status(ctx: Ctx) -> Draft:
    status = [
        "Your application status has changed",
        "Application Status Update",
        "Update to your application",
        "{co}: application update",
    ]
    task = [
        "Action Required: Complete your application",
        "Reminder: You have a task in Candidate Home",
        "You have a new task",
    ]
    text, subj = topic(
        ctx,
        [
            ("The status of your application for {title} has changed.", status),
            (
                "Your application status has changed. Sign in to Candidate Home to view the latest status.",
                status,
            ),
            ("There has been an update to your job application for {title} ({req}).", status),
            ("Your application for {req} {title} has been updated.", status),
            ("You have a new task: Complete Voluntary Self-Identification.", task),
            (
                "Please complete your candidate profile. Your application for {title} is incomplete: [work experience|education|the voluntary disclosures|your resume] is missing.",
                task,
            ),
            (
                "You have a new task: Upload Documents ([transcript|work authorization|references]).",
                task,
            ),
        ],
    )
    body = join(
        text,
        ctx.para(
            "To view your application, sign in using the link below.",
            "Sign in to Candidate Home to see details.",
            "Please log in to review.",
        ),
        wd_home(ctx),
    )
    name, addr = sender(ctx, WD)
    sign = ctx.fill("[Thank you,\n|Regards,\n|]") + ctx.fill(
        "[{co} Talent Acquisition|{co} Careers]"
    )
    return Draft(subj, body, name, addr, greet=ctx.chance(0.6), sign=sign, footer=ctx.pick(WD_FOOT))
