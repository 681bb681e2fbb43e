"""Platform-true candidate mail, part 4: the small-company ATSs and bilingual Personio.

BambooHR, Teamtailor, Recruitee, Personio (German and English), JazzHR, Breezy, Rippling
and Pinpoint carry mail for small employers: short, friendly, often customised by a founder
or office manager. Teamtailor's job alerts and talent-community newsletters come from the
same career sites as its candidate mail and are not job mail for the applicant's tracker.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

import vocab
from fam_y_ats import fam, join, sender, subject
from kit import Ctx, Draft

BH = [
    ("{co}", "notifications@app.bamboohr.com"),
    ("{co} Hiring", "{slug}@bamboohr.com"),
    ("{person} ({co})", "notifications@app.bamboohr.com"),
]
TT = [
    ("{co}", "noreply@teamtailor-mail.com"),
    ("{co} Careers", "noreply@teamtailor-mail.com"),
    ("{person} at {co}", "{slug}@teamtailor-mail.com"),
]
RC = [
    ("{co}", "{slug}@recruiteemail.com"),
    ("{co} Recruitment", "no-reply@recruitee.com"),
    ("{person} - {co}", "{slug}@recruiteemail.com"),
]
SMALL = [
    ("{co}", "noreply@applytojob.com"),
    ("{co} Hiring", "{slug}@applytojob.com"),
    ("{co}", "noreply@breezy.hr"),
    ("{co} Team", "{slug}@messaging.breezy.hr"),
    ("{co} Recruiting", "ats-noreply@rippling.com"),
    ("{co}", "no-reply@rippling.com"),
    ("{co} Careers", "notifications@pinpointhq.com"),
    ("{co} Talent", "{slug}@pinpointhq.com"),
]
SMALL_FOOT = (
    "",
    "",
    "Powered by JazzHR",
    "Sent via Breezy HR",
    "Powered by Rippling Recruiting",
    "Powered by Pinpoint",
    "Please do not reply to this automated message.",
)


def small_link(ctx: Ctx) -> str:
    host = ctx.pick(
        ["{slug}.applytojob.com", "{slug}.breezy.hr", "ats.rippling.com", "{slug}.pinpointhq.com"]
    )
    return ctx.url(ctx.fill(host), ctx.pick(["apply", "p", "candidate", "portal"]))


@fam("at_bamboohr_received", "confirmation", ats="bamboohr", n=28)
def bh_received(ctx: Ctx) -> Draft:
    body = join(
        ctx.para(
            "Thank you for applying for the {title} position at {co}! We've received your application.",
            "Thanks so much for your interest in {co}. We got your application for {title} and we're excited to take a look.",
            "This is just a note to let you know your application for {title} made it to us safely.",
        ),
        ctx.para(
            "We review every application personally, so give us a little time. If it looks like a good match, we'll reach out to set up a conversation.",
            "Our hiring manager will review your materials, and someone will contact you if we'd like to move forward.",
            "We'll be in touch soon.",
        ),
    )
    name, addr = sender(ctx, BH)
    return Draft(
        subject(
            ctx,
            [
                "Thanks for applying to {co}!",
                "Your application for {title}",
                "We got your application",
                "{co} - {title}",
            ],
        ),
        body,
        name,
        addr,
        sign=ctx.fill(
            "[Thanks,|Best,|Cheers,|Thank you!]\n[{person}|The {co} Team|{co} Hiring Team]"
        ),
        footer=ctx.pick(["", "Powered by BambooHR", "This email was sent using BambooHR."]),
    )


@fam("at_bamboohr_offer_esign", "offer", ats="bamboohr", n=26)
def bh_offer(ctx: Ctx) -> Draft:
    body = join(
        ctx.para(
            "We're thrilled to offer you the position of {title} at {co}!",
            "{person} has sent you an offer letter from {co} to review and sign.",
            "Congratulations! Your offer letter for {title} is ready.",
        ),
        ctx.para(
            "Click the link below to view your offer letter. You'll be able to review the details and sign electronically.",
            "Please review and sign your offer letter by {day}. If you have any questions before signing, reply to this email.",
            "The letter includes your start date, compensation ({money}) and benefits summary.",
        ),
        ctx.fill("[View Offer Letter|Review & Sign]: ")
        + ctx.url(ctx.fill("{slug}.bamboohr.com"), "offer_letter/view"),
        ctx.maybe("We can't wait to have you on the team!", 0.5),
    )
    name, addr = sender(ctx, BH)
    return Draft(
        subject(
            ctx,
            [
                "Your offer letter from {co}",
                "{co} has sent you an offer letter",
                "Offer Letter: {title}",
                "Please sign your offer letter",
            ],
        ),
        body,
        name,
        addr,
        footer=ctx.pick(["", "Powered by BambooHR", "This link will expire in 7 days."]),
    )


@fam("at_teamtailor_received", "confirmation", ats="teamtailor", n=28)
def tt_received(ctx: Ctx) -> Draft:
    body = join(
        ctx.para(
            "Thank you for applying for the {title} position at {co}! We're so happy that you're interested in joining us.",
            "Thanks for your application! We've received it and will get back to you as soon as we can.",
            "Woohoo, your application for {title} has landed in our inbox!",
            "Thank you for your interest in {co} and for applying to {title}.",
        ),
        ctx.para(
            "We'll review your application carefully and get back to you within [two weeks|14 days|10 working days].",
            "Someone from our team will get in touch with you regarding the next steps.",
            "While you wait, why not get to know us a bit better on our career site?",
            "",
        ),
        ctx.maybe(
            "You can update or withdraw your application at any time from the link below.", 0.3
        ),
    )
    name, addr = sender(ctx, TT)
    return Draft(
        subject(
            ctx,
            [
                "Thank you for your application!",
                "Thanks for applying to {co}",
                "We've received your application for {title}",
                "Your application to {co}",
            ],
        ),
        body,
        name,
        addr,
        sign=ctx.fill(
            "[Best regards,|Kind regards,|Cheers,|Warm wishes,]\n[{co}|The {co} team|{person}, Talent Acquisition]"
        ),
        footer=ctx.pick(["", "Sent with Teamtailor", "Powered by Teamtailor · Privacy policy"]),
    )


@fam("at_teamtailor_job_alert", "not_job", ats="teamtailor", n=28)
def tt_alert(ctx: Ctx) -> Draft:
    n = ctx.num(1, 6)
    roles = [ctx.pick(vocab.TITLES) for _ in range(n)]
    listing = "\n".join(f"{r} - {ctx.pick(vocab.CITIES)}" for r in roles)
    body = join(
        ctx.fill(
            f"[There {'is a new job' if n == 1 else f'are {n} new jobs'} at {{co}} that match your job alert.|New jobs at {{co}}|Hey! We just posted new openings that might interest you.|Here are the latest jobs at {{co}} matching your preferences.]"
        ),
        listing,
        ctx.fill("[See all jobs|View jobs|Apply now]: ")
        + ctx.url(ctx.fill("{slug}.teamtailor.com"), "jobs"),
        ctx.pick(
            [
                "You receive this email because you signed up for job alerts on our career site.",
                "You are subscribed to job alerts. Unsubscribe at any time.",
                "Don't want these emails? Update your preferences or unsubscribe.",
            ]
        ),
    )
    name, addr = sender(ctx, TT)
    return Draft(
        subject(
            ctx,
            [
                f"{n} new job{'s' if n > 1 else ''} at {{co}}",
                "New jobs at {co}",
                "Job alert: new openings at {co}",
                "{co} is hiring!",
                "We have new jobs that match your alert",
            ],
        ),
        body,
        name,
        addr,
        greet=ctx.chance(0.4),
        sign="",
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )


@fam("at_talent_community_news", "not_job", ats="teamtailor", n=28)
def talent_news(ctx: Ctx) -> Draft:
    body = join(
        ctx.para(
            "Welcome to the {co} Talent Community newsletter! Here's what's been happening this [month|quarter|season].",
            "Thanks for being part of the {co} talent community. This month: a behind-the-scenes look at our new {city} office.",
            "Life at {co}: stories from our teams, events and open roles.",
        ),
        ctx.para(
            "Meet the team: our engineers share how they interview candidates and what they look for.",
            "We're hosting a virtual open house on {day}: come meet our recruiters and ask anything about working here.",
            "Employee spotlight: how {person} went from intern to team lead.",
            "Tips: how to prepare for a video interview, from our recruiting team.",
        ),
        ctx.para(
            "Curious about open positions? Browse our careers page any time.",
            "Refer a friend: know someone who'd be a great fit? Share our careers page.",
            "",
        ),
        ctx.pick(
            [
                "You are receiving this email because you joined our Talent Community. Unsubscribe | Manage preferences",
                "You're receiving this because you opted in to hear from us. To stop, click unsubscribe.",
                "Manage your Talent Community preferences or unsubscribe here.",
            ]
        ),
    )
    name, addr = sender(
        ctx,
        [
            *TT,
            ("{co} Talent Community", "talentcommunity@{domain}"),
            ("{co} Careers", "careers@email.{domain}"),
        ],
    )
    return Draft(
        subject(
            ctx,
            [
                "{co} Talent Community Newsletter",
                "Life at {co}: [March|June|Autumn|Winter] edition",
                "News from {co} Careers",
                "Join us at our virtual open house",
                "Inside {co}",
            ],
        ),
        body,
        name,
        addr,
        greet=ctx.chance(0.5),
        sign="",
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )


@fam("at_careersite_job_alert", "not_job", ats="workday", n=28)
def career_alert(ctx: Ctx) -> Draft:
    # The sender and the link belong to one platform: pick it once.
    host, pair = ctx.pick(
        [
            ("{slug}.wd5.myworkdayjobs.com", ("{co} Careers", "{slug}@myworkday.com")),
            ("careers-{slug}.icims.com", ("{co} Job Alerts", "noreply@{slug}.icims.com")),
            ("jobs.smartrecruiters.com", ("{co}", "jobalerts@smartrecruiters.com")),
        ]
    )
    roles = [ctx.pick(vocab.TITLES) for _ in range(ctx.num(2, 5))]
    listing = "\n".join(
        f"{r}\n{ctx.pick(vocab.CITIES)} | Full time | Posted {ctx.num(1, 6)} days ago"
        for r in roles
    )
    body = join(
        ctx.para(
            "Jobs matching your saved search are now available at {co}.",
            "Your job alert has new results.",
            'New opportunities matching your alert ["{title}"|"engineering"|"remote"] were posted this week.',
        ),
        listing,
        ctx.fill("[View all matching jobs|See jobs|Manage job alerts]")
        + "\n"
        + ctx.url(ctx.fill(host), "jobs"),
        ctx.pick(
            [
                "To stop receiving these emails, manage your job alerts in your candidate account.",
                "You are receiving this email because you created a job alert. Unsubscribe.",
                "Please do not reply to this email.",
            ]
        ),
    )
    name, addr = sender(ctx, [pair])
    return Draft(
        subject(
            ctx,
            [
                "Job Alert: new jobs at {co}",
                "New jobs matching your search",
                "{co} Job Alert",
                "Jobs you may be interested in",
                "Your job alert: {title}",
            ],
        ),
        body,
        name,
        addr,
        greet=ctx.chance(0.5),
        sign="",
        bulk=True,
    )


RC_FOOT = (
    "",
    "Powered by Recruitee",
    "This message was sent via Recruitee. You can reply to it directly.",
)


@fam("at_recruitee_interview", "interview", ats="recruitee", n=28)
def rc_interview(ctx: Ctx) -> Draft:
    body = join(
        ctx.para(
            "Thank you for applying for {title}! We enjoyed reading your application and would like to invite you for an interview.",
            "We'd love to get to know you better! You're invited to a [first interview|video call|meet & greet|call with the hiring manager] for the {title} role.",
            "Good news: we've moved your application forward to the interview stage.",
        ),
        ctx.para(
            "Please choose a time that works best for you from the available slots:",
            "Please select one of the available time slots via the link below:",
            "Use the button below to book your interview:",
        ),
        ctx.url(ctx.fill("{slug}.recruitee.com"), "o/interview/book"),
        ctx.para(
            "The interview will take place [on Microsoft Teams|via Google Meet|at our office in {city}] and will take about [30|45|60] minutes.",
            "Can't find a suitable time? Just reply to this email.",
            "",
        ),
    )
    name, addr = sender(ctx, RC)
    return Draft(
        subject(
            ctx,
            [
                "Invitation to interview - {co}",
                "Interview invitation: {title}",
                "Let's meet! {co}",
                "{co} | Book your interview",
                "Next step: interview",
            ],
        ),
        body,
        name,
        addr,
        footer=ctx.pick(RC_FOOT),
    )


@fam("at_recruitee_reject", "rejection", ats="recruitee", n=28)
def rc_reject(ctx: Ctx) -> Draft:
    body = join(
        ctx.para(
            "Thank you for applying for the {title} position at {co}, and for the time and effort you put into your application.",
            "Thank you for your interest in {co} and for our conversation last week.",
            "We have carefully considered your application for {title}.",
        ),
        ctx.para(
            "Unfortunately, we have decided to continue with other candidates whose profile better fits the position.",
            "We regret to tell you that we will not continue with your application.",
            "It was a difficult decision, but we have chosen a candidate who more closely matches our requirements.",
        ),
        ctx.para(
            "With your permission, we'd like to keep your details in our talent pool for 12 months.",
            "We wish you the best in finding your next role.",
            "Feel free to apply again for future vacancies.",
            "",
        ),
    )
    name, addr = sender(ctx, RC)
    return Draft(
        subject(
            ctx,
            [
                "Your application at {co}",
                "Update on your application",
                "{title} - {co}",
                "Regarding your application for {title}",
            ],
        ),
        body,
        name,
        addr,
        sign=ctx.fill(
            "[Kind regards,|Best regards,|All the best,]\n[{person}|The {co} recruitment team|{person}\nPeople & Culture | {co}]"
        ),
        footer=ctx.pick(RC_FOOT),
    )
