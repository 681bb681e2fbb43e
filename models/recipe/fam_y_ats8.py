"""Platform-true candidate mail, part 8: the remaining (platform, stage) pairs.

Workday interview scheduling, Lever-sent coding tests, iCIMS offers, and the small-company
rejections of Teamtailor (which invite you to its "Connect" talent pool in the same breath)
and BambooHR (often two lines from an office manager).
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from fam_y_ats import LV, LV_FOOT, fam, join, sender, subject
from fam_y_ats2 import IC, IC_FOOT, ic_portal
from fam_y_ats6 import WD, WD_FOOT, wd_home
from kit import Calendar, Ctx, Draft


@fam("at_workday_interview", "interview", ats="workday", n=28)
def wd_interview(ctx: Ctx) -> Draft:
    start = ctx.future(2, 12)
    scheduled = ctx.chance(0.5)
    if scheduled:
        core = join(
            ctx.para(
                "Your interview for {title} ({req}) has been scheduled.",
                "This email confirms your interview with {co} for the position of {title}.",
                "Thank you for scheduling your interview with {co}.",
            ),
            ctx.fill(
                f"Date: {start:%B %d, %Y}\nTime: {start:%I:%M %p}"
                + " [Eastern Time|Central Time|Pacific Time|GMT]\n[Interviewer: {person}|Interview Type: Video|Location: {city} office]"
            ),
            ctx.para(
                "You can view interview details in Candidate Home.",
                "If you need to reschedule, please contact your recruiter.",
                "",
            ),
        )
    else:
        core = join(
            ctx.para(
                "Congratulations! You have been selected to interview for {title} ({req}).",
                "You have a new task: Schedule Interview.",
                "The hiring team would like to interview you for the {title} position.",
            ),
            ctx.para(
                "Please sign in to Candidate Home to select an interview time slot.",
                "Please choose your preferred interview time in Candidate Home within 48 hours.",
                "Select an available slot using the link below.",
            ),
        )
    core = join(core, wd_home(ctx))
    name, addr = sender(ctx, WD)
    return Draft(
        subject(
            ctx,
            [
                "Interview Scheduled: {title}",
                "Your interview with {co}",
                "Interview Confirmation - {req}",
            ]
            if scheduled
            else [
                "Action Required: Schedule Your Interview",
                "Interview Invitation - {title}",
                "{co}: please schedule your interview",
            ],
        ),
        core,
        name,
        addr,
        calendar=Calendar(ctx.fill("Interview - {title} ({co})"), start, 45)
        if scheduled and ctx.chance(0.5)
        else None,
        sign=ctx.fill(
            "[Best regards,|Regards,|Good luck,]\n[{co} Talent Acquisition|{co} Recruiting|{person}]"
        ),
        footer=ctx.pick(WD_FOOT),
    )


@fam("at_lever_coding_test", "technical_round", ats="lever", n=28)
def lv_test(ctx: Ctx) -> Draft:
    vendor, host = ctx.pick(
        [
            ("HackerRank", "www.hackerrank.com"),
            ("CodeSignal", "app.codesignal.com"),
            ("Codility", "app.codility.com"),
            ("CoderByte", "coderbyte.com"),
        ]
    )
    body = join(
        ctx.para(
            "Thanks for your time on the phone! As discussed, the next step for the {title} role is a short online coding challenge on "
            + vendor
            + ".",
            "We'd like to invite you to the technical assessment stage for {title}. You'll receive the "
            + vendor
            + " link below.",
            "You're moving on to our technical round! First up is a timed "
            + vendor
            + " assessment.",
        ),
        ctx.para(
            "It's [3|2|4] problems and takes about [70|90|60] minutes. You can use the language you're most comfortable with.",
            "Please complete it within [5|7] days. Once you start, you'll need to finish in one sitting.",
            "Focus on correctness first; we review your code, not just the score.",
        ),
        ctx.url(host, "test"),
        ctx.maybe("After this, there's a live technical interview with the team.", 0.4),
    )
    name, addr = sender(ctx, LV)
    return Draft(
        subject(
            ctx,
            [
                "{co} coding challenge",
                "Next step: technical assessment",
                "{title} - online assessment",
                "Your " + vendor + " invite from {co}",
                "Re: next steps",
            ],
        ),
        body,
        name,
        addr,
        footer=ctx.pick(LV_FOOT),
    )


@fam("at_icims_offer", "offer", ats="icims", n=26)
def ic_offer(ctx: Ctx) -> Draft:
    body = join(
        ctx.para(
            "Congratulations! {legal} is pleased to extend an offer of employment for the position of {title} (Requisition {req}).",
            "We are delighted to inform you that you have been selected for the position of {title}.",
            "Your offer letter for {title} is now available in the candidate portal.",
        ),
        ctx.para(
            "Please log in to the portal to review your offer letter and indicate your acceptance by {day}.",
            "To accept, please electronically sign the offer letter in the portal. Your offer is contingent upon satisfactory completion of a background check and drug screen.",
            "Your starting rate of pay and benefits eligibility are outlined in the offer letter.",
        ),
        ic_portal(ctx),
    )
    name, addr = sender(ctx, IC)
    return Draft(
        subject(
            ctx,
            [
                "Offer of Employment - {title}",
                "Your Offer Letter from {legal}",
                "Congratulations! Offer for Req {req}",
                "Action Required: Review Your Offer",
            ],
        ),
        body,
        name,
        addr,
        sign=ctx.fill(
            "[Sincerely,|Congratulations,]\n[Talent Acquisition|{co} Human Resources|{person}, Talent Acquisition Partner]"
        ),
        footer=ctx.fill(ctx.pick(IC_FOOT)),
    )


@fam("at_teamtailor_reject", "rejection", ats="teamtailor", n=28)
def tt_reject(ctx: Ctx) -> Draft:
    body = join(
        ctx.para(
            "Thank you for your interest in {co} and for applying to {title}.",
            "Thanks again for taking the time to apply to us at {co}.",
            "We really appreciate your interest in joining the team.",
        ),
        ctx.para(
            "After careful consideration we've decided to move forward with other candidates for this role.",
            "We've now reviewed all applications and unfortunately we won't be progressing yours this time.",
            "Sadly, it's a no from us this time - we had many strong applicants.",
        ),
        ctx.para(
            "We'd love to stay in touch! Join our Connect talent community and be the first to hear about new openings.",
            "Don't let this stop you from applying again - new roles are posted on our career site all the time.",
            "We wish you all the best in your job search.",
        ),
        ctx.maybe("Join Connect: ", 0.6) + ctx.url(ctx.fill("{slug}.teamtailor.com"), "connect")
        if ctx.chance(0.4)
        else "",
    )
    name, addr = sender(
        ctx,
        [
            ("{co}", "noreply@teamtailor-mail.com"),
            ("{person} at {co}", "{slug}@teamtailor-mail.com"),
        ],
    )
    return Draft(
        subject(
            ctx,
            [
                "Your application to {co}",
                "Update on your application",
                "{title} at {co}",
                "Thank you for applying!",
            ],
        ),
        body,
        name,
        addr,
        sign=ctx.fill("[Best wishes,|Kind regards,|All the best,]\n[The {co} team|{person}]"),
        footer=ctx.pick(["", "Sent with Teamtailor"]),
    )


@fam("at_bamboohr_reject", "rejection", ats="bamboohr", n=26)
def bh_reject(ctx: Ctx) -> Draft:
    body = join(
        ctx.para(
            "Thanks for applying for {title}. We've decided to move ahead with other applicants, but we appreciate your interest in {co}.",
            "Thank you for your interest in {co}. The {title} position has been filled.",
            "We wanted to let you know that we've chosen to pursue other candidates for the {title} role. Thank you for applying!",
            "Thanks for interviewing with us. It was a close call, but we've offered the role to another candidate.",
        ),
        ctx.maybe("Best of luck with your search.", 0.5),
    )
    name, addr = sender(
        ctx, [("{co}", "notifications@app.bamboohr.com"), ("{co} Hiring", "{slug}@bamboohr.com")]
    )
    return Draft(
        subject(
            ctx,
            [
                "Your application for {title}",
                "{co} - {title}",
                "Thanks for applying",
                "Application update",
            ],
        ),
        body,
        name,
        addr,
        sign=ctx.fill("[Thanks,|Best,|Take care,]\n[{person}|{person}\nOffice Manager|{co}]"),
        footer=ctx.pick(["", "Powered by BambooHR"]),
    )
