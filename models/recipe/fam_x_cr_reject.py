"""Rejection families in styles the first corpus lacked (tag ``cr_``, with fam_x_confirm_reject).

Real rejections range from a one-line "the position has been filled" to warm letters that
open exactly like an application receipt and only turn in the second paragraph. These add
independent styles: terse notes, warm openers that turn, after-interview letters naming the
interviewer, ATS "other candidates" mail, talent-pool and other-openings variants, failed
assessments, cancelled roles, agency recruiters and public-sector notices.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

import vocab
from kit import Ctx, Draft, ascii_word, ats_sender, family, sign_person, sign_team


def _j(*parts: str) -> str:
    """Paragraphs joined with blank lines; empty (skipped) ones vanish."""
    return "\n\n".join(p for p in parts if p)


def _opt(ctx: Ctx, p: float, *options: str) -> str:
    """One of ``options``, filled, with probability ``p``; otherwise nothing."""
    return ctx.para(*options) if ctx.chance(p) else ""


def _footer(ctx: Ctx, addr: str) -> str:
    tools = {
        "greenhouse": "Greenhouse",
        "lever.co": "Lever",
        "ashbyhq": "Ashby",
        "workable": "Workable",
    }
    tool = next((v for k, v in tools.items() if k in addr), "")
    return _opt(
        ctx,
        0.45,
        "Please do not reply to this email. This inbox is not monitored.",
        "{legal} | [Privacy Policy|Candidate Privacy Notice] | Unsubscribe",
        "You are receiving this email because you applied for a position with {co}.",
        "{legal} is an equal opportunity employer.",
        f"Sent via {tool}" if tool else "",
    )


_ATS = ("greenhouse", "lever", "ashby", "workable", "smartrecruiters", "own", "bamboohr", "jobvite")


@family("cr_rej_terse", "rejection", n=30)
def rej_terse(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["person", "own", "person", "greenhouse", "lever"]))
    body = ctx.para(
        "The position has been filled.",
        "Thanks for applying. The {title} role has been filled[ and we've closed the posting|].",
        "Unfortunately we won't be moving forward. Thanks for your interest[ and good luck|].",
        "We've filled this role. Thanks again for applying.",
        "Thank you for your interest. This position is no longer available.",
        "Thanks for applying - we're going with someone else for this one.",
        "Unfortunately your application was not successful on this occasion.",
        "hi {first} - we ended up hiring for this role already. sorry and thanks for applying!",
        "We have decided not to proceed with your application.",
        "This requisition is closed. Thank you for applying to {co}.",
    )
    subject = ctx.para(
        "Re: {title}",
        "Your application",
        "Update",
        "{title} position",
        "Re: application",
        "Position filled",
        "{co}",
        "Application status",
    )
    sign = (
        sign_person(ctx)
        if ctx.chance(0.25)
        else ctx.para("", "{pfirst}", "- {pfirst}", "{co} HR", "Thanks,\n{pfirst}")
    )
    return Draft(
        subject,
        body,
        name,
        addr,
        greet=ctx.chance(0.5) and not body.startswith("hi "),
        sign=sign,
        form=ctx.pick(["plain", "plain", "alt"]),
    )


@family("cr_rej_warm_turn", "rejection", n=32)
def rej_warm_turn(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(_ATS))
    opener = ctx.para(
        "Thank you for applying to the {title} position at {co}.",
        "Thank you so much for your interest in {co} and for taking the time to apply for our {title} role.",
        "Thanks for applying to {co}! We truly appreciate the time and energy you put into your application.",
        "We wanted to thank you for applying to be our next {title}. We know how much work goes into an application.",
        "Thank you for applying for {title}. We received an overwhelming number of applications for this role[ - over {n}00 in the first week|].",
    )
    turn = ctx.para(
        "After careful consideration, we have decided to pursue other candidates whose experience more closely matches the needs of the role at this time.",
        "Unfortunately, after reviewing your application, we will not be moving forward with your candidacy.",
        "We've reviewed your background and, while it's impressive, we've decided to move ahead with applicants whose skills are a closer fit for what the team needs right now.",
        "While your background is impressive, we have decided not to move forward with your application.",
        "This was a difficult decision, but we will not be progressing your application further.",
    )
    soften = _opt(
        ctx,
        0.75,
        "We'd love for you to keep an eye on our careers page and apply again for future roles that match your experience.",
        "Please don't let this discourage you from applying to {co} in the future.",
        "We know this isn't the news you were hoping for, and we really appreciate your interest in {co}.",
        "Due to the volume of applications, we are unable to provide individual feedback.",
        "We wish you the very best in your search and in your future endeavors.",
    )
    subject = ctx.para(
        "Thank you for applying to {co}",
        "Your application to {co}",
        "Thank you for your interest in {co}",
        "{title} at {co}",
        "Update on your application",
        "Your {co} application",
    )
    return Draft(
        subject,
        _j(opener, turn, soften),
        name,
        addr,
        sign=sign_team(ctx) if ctx.chance(0.7) else None,
        footer=_footer(ctx, addr),
        bulk=ctx.chance(0.3),
    )


@family("cr_rej_after_interview", "rejection", n=32)
def rej_after_interview(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    panel = ctx.pick(vocab.FIRST_NAMES) + ctx.pick(["", " " + ctx.pick(vocab.LAST_NAMES)])
    who = ctx.pick(
        [panel, panel + " and " + ctx.pick(vocab.FIRST_NAMES), "the panel", panel + " and the team"]
    )
    body = _j(
        ctx.para(
            "Thank you for taking the time to speak with "
            + who
            + " [last week|on {day}|earlier this week] about the {title} role.",
            "I wanted to follow up on your conversations with "
            + who
            + ". Thank you for the time and thought you put into the process.",
            "Thanks again for coming in to meet " + who + ". Everyone enjoyed getting to know you.",
            "I really appreciate your patience while we wrapped up [interviews|the final round] for {title}.",
        ),
        ctx.para(
            "After a lot of discussion, the team has decided to move forward with another candidate whose experience is a closer match to what we need right now.",
            "Unfortunately, we've decided not to move forward with your candidacy. It was a very close call.",
            "I'm sorry to say that we won't be extending an offer for this role.",
            "We've made the difficult decision to go with a candidate who has more [hands-on|direct|domain] experience in [payments|healthcare|our stack|enterprise sales].",
        ),
        _opt(
            ctx,
            0.6,
            panel
            + " [was particularly impressed by|really liked] your [take-home|system design discussion|portfolio walkthrough|questions about the roadmap], and I hope our paths cross again.",
            "If it's helpful, I'm happy to share some feedback from the interviewers - just reply and we can set up 15 minutes.",
            "I'd genuinely like to stay in touch; I'll reach out if a role opens up that fits your background better.",
        ),
    )
    subject = ctx.para(
        "{title} - update",
        "Following up",
        "Update from {co}",
        "Re: {title} interviews",
        "Thank you",
        "Your candidacy for {title}",
    )
    return Draft(subject, body, name, addr, sign=sign_person(ctx))


@family("cr_rej_ats_other_candidates", "rejection", n=32)
def rej_ats_other(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(_ATS))
    body = _j(
        ctx.para(
            "We've decided to move forward with other candidates for the {title} role.",
            "We're not moving forward with your application at this time.",
            "Thanks for your interest in {co}. At this time we've decided to move forward with other candidates.",
            "We appreciate you applying to {co}. We will not be moving forward with your application for {title} at this time.",
            "Your application for {title} has been reviewed. We are not moving forward at this time.",
            "We regret to inform you that we have chosen other applicants for this position.",
        ),
        _opt(
            ctx,
            0.6,
            "We'll keep your information [and may reach out|on record] if something more aligned opens up.",
            "We encourage you to apply for other roles on our [careers page|job board].",
            "Best of luck in your search.",
            "This decision is final for this requisition; your profile remains active for other openings.",
        ),
    )
    subject = ctx.para(
        "Your application to {co}",
        "{co} - {title}",
        "Application update",
        "Regarding your application",
        "{title} application status",
        "Update on your {co} application",
    )
    sign = sign_team(ctx) if ctx.chance(0.6) else ctx.para("{co} Recruiting", "The {co} Team", "")
    return Draft(
        subject,
        body,
        name,
        addr,
        greet=ctx.chance(0.7),
        sign=sign,
        footer=_footer(ctx, addr),
        bulk=ctx.chance(0.5),
    )


@family("cr_rej_talent_pool", "rejection", n=30)
def rej_talent_pool(ctx: Ctx) -> Draft:
    name, addr = ats_sender(
        ctx, ctx.pick(["smartrecruiters", "workable", "own", "greenhouse", "lever"])
    )
    body = _j(
        ctx.para(
            "Thank you for your application for the {title} position. Although your profile was not selected for this role, we were impressed by your background.",
            "We have now completed the selection process for {title} and, unfortunately, you have not been shortlisted.",
            "We appreciate your interest in {co}. After reviewing all applications, we have decided not to progress your application for {title}.",
        ),
        ctx.para(
            "With your permission, we'd like to keep your profile on file and add you to our talent pool, so we can reach out when a suitable opportunity arises.",
            "We will keep your CV in our talent community for [12|24|6] months and may contact you about future vacancies.",
            "Your profile will remain in our database, and our recruiters regularly search it when new roles open.",
            "We've added you to our Talent Network. You'll be among the first to hear about roles that match your skills.",
        ),
        _opt(
            ctx,
            0.6,
            "If you would prefer that we delete your data, simply reply to this email or use this link: %URL%",
            "You can withdraw your consent at any time from your candidate profile.",
        ).replace("%URL%", ctx.url("careers.example.com", "privacy")),
    )
    subject = ctx.para(
        "Your application - {co}",
        "Thank you for applying",
        "{title}: application outcome",
        "Staying in touch",
        "About your application",
        "Talent pool - {co}",
    )
    return Draft(
        subject,
        body,
        name,
        addr,
        sign=sign_team(ctx) if ctx.chance(0.6) else None,
        footer=_footer(ctx, addr),
        bulk=ctx.chance(0.4),
    )


@family("cr_rej_other_openings", "rejection", n=30)
def rej_other_openings(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["own", "person", "greenhouse", "ashby"]))
    roles = "\n".join(
        "- " + ctx.pick(vocab.TITLES) + " (" + ctx.pick(vocab.CITIES) + ")"
        for _ in range(ctx.num(2, 4))
    )
    body = _j(
        ctx.para(
            "Thank you for applying for {title}. We've reviewed your application and unfortunately won't be moving forward for this position.",
            "While we've decided not to move forward with your application for {title}, we think your experience could be a great fit elsewhere at {co}.",
            "I'm sorry to share that the hiring team has selected another candidate for {title}.",
        ),
        ctx.para(
            "[That said, you|You] might be interested in these open roles:\n" + roles,
            "Here are a few openings that could be a better match:\n"
            + roles
            + "\n\nYou can apply with one click from your candidate profile.",
            "[I'd love to|We'd be happy to] consider you for one of these instead - just let me know:\n"
            + roles,
        ),
        _opt(ctx, 0.4, "Browse all open positions: %URL%").replace(
            "%URL%", ctx.url("careers.example.com", "jobs")
        ),
    )
    subject = ctx.para(
        "Your application for {title}",
        "Other opportunities at {co}",
        "Update + other roles",
        "{co} - application update",
        "Re: {title}",
    )
    return Draft(subject, body, name, addr, footer=_footer(ctx, addr))


@family("cr_rej_post_assessment", "rejection", n=30)
def rej_post_assessment(ctx: Ctx) -> Draft:
    name, addr = ats_sender(
        ctx, ctx.pick(["greenhouse", "lever", "own", "workday", "smartrecruiters"])
    )
    test = ctx.pick(
        [
            "HackerRank assessment",
            "Codility test",
            "online assessment",
            "coding challenge",
            "take-home exercise",
            "skills assessment",
            "personality and aptitude test",
            "case study",
        ]
    )
    body = _j(
        ctx.para(
            "Thank you for completing the " + test + " for the {title} position.",
            "Thanks for the time you spent on the " + test + ". We know these take real effort.",
            "We have now reviewed the results of your " + test + "[ for {title}|].",
        ),
        ctx.para(
            "Unfortunately, your results did not meet the threshold required to progress to the next stage of the process.",
            "After reviewing your submission, the team has decided not to move you forward to the interview stage.",
            "While there were strong elements in your solution, we will not be progressing your application further.",
            "Regrettably, we are unable to offer you a place in the next round.",
        ),
        _opt(
            ctx,
            0.5,
            "Candidates may reapply after [6|12] months.",
            "Due to the number of candidates, we cannot share detailed scores.",
            "The reviewers noted [good test coverage|clear code] but felt [the solution missed some edge cases|the design would not scale to our needs].",
        ),
    )
    subject = ctx.para(
        "Your assessment results",
        "{co} assessment - outcome",
        "{title}: next steps",
        "Update on your " + test,
        "Assessment update",
    )
    return Draft(subject, body, name, addr, footer=_footer(ctx, addr), bulk=ctx.chance(0.3))


@family("cr_rej_role_cancelled", "rejection", n=28)
def rej_role_cancelled(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["person", "own", "person", "greenhouse"]))
    body = _j(
        ctx.para(
            "I'm writing to let you know that we've made the difficult decision to [close|pause|cancel] the {title} search.",
            "Unfortunately, due to [a company-wide hiring freeze|budget changes|a reorganization of the team|changing business priorities], the {title} position has been cancelled.",
            "The {title} requisition has been put on hold indefinitely, and we are closing all open applications for it.",
            "I have some disappointing news: [leadership|the business] has decided not to fill the {title} role this year.",
        ),
        ctx.para(
            "This has nothing to do with your qualifications, and I'm sorry we couldn't take things further.",
            "As a result, we won't be continuing the process with you[ or any other candidate|]. Thank you for your patience and the time you invested.",
            "We're closing your application. If the role reopens, you're welcome to apply again.",
        ),
        _opt(
            ctx,
            0.4,
            "I'll reach out personally if the position is reinstated.",
            "Please feel free to connect with me on LinkedIn - I'd be glad to help where I can.",
        ),
    )
    subject = ctx.para(
        "{title} role - update",
        "Position on hold",
        "Update on the {title} search",
        "Update",
        "Unfortunate news",
    )
    return Draft(subject, body, name, addr, sign=sign_person(ctx) if ctx.chance(0.7) else None)


@family("cr_rej_agency_client", "rejection", n=30)
def rej_agency(ctx: Ctx) -> Draft:
    agency, domain = ctx.rng.choice(vocab.RECRUITING_AGENCIES)
    addr = f"{ascii_word(ctx.person_first)}.{ascii_word(ctx.person_last)}@{domain}"
    body = _j(
        ctx.para(
            "Just heard back from {co} - unfortunately they've gone with another candidate for the {title} role.",
            "Bad news I'm afraid, the client has decided to go with someone else. [They had an internal candidate in the end.|It came down to two of you.|]",
            "{co} came back with feedback: they liked you but have offered the role to someone with more [fintech|leadership|client-facing|B2B] experience.",
            "Sorry {first}, {co} aren't progressing your application for the {title} position.",
            "Unfortunately the hiring manager at my client has decided not to proceed with you for this one.",
        ),
        _opt(
            ctx,
            0.7,
            "Don't be disheartened, I have a couple of other roles that could suit - free for a call [tomorrow|this week]?",
            "I'll keep you in mind for similar roles - I've got a few coming through.",
            "Shall we catch up [later|next week] to look at other options?",
            "Let's keep in touch.",
        ),
    )
    sign = (
        ctx.fill(
            ctx.pick(
                [
                    "{person}\n[Senior Consultant|Recruitment Consultant|Principal Recruiter]",
                    "{pfirst}",
                    "Cheers,\n{pfirst}",
                ]
            )
        )
        + "\n"
        + agency
    )
    subject = ctx.para(
        "{co} update", "Feedback from {co}", "Re: {title}", "Update", "{title} role - feedback"
    )
    return Draft(
        subject,
        body,
        ctx.person,
        addr,
        greet=ctx.chance(0.7) and not body.startswith("Sorry"),
        sign=sign,
        form=ctx.pick(["plain", "alt"]),
    )


@family("cr_rej_public_sector", "rejection", n=30)
def rej_public_sector(ctx: Ctx) -> Draft:
    if ctx.chance(0.5):
        ann = f"{ctx.pick(['DE', 'MP', 'ST'])}-{ctx.date.year % 100}-{ctx.num(10000, 99999)}"
        name, addr = "USAJOBS", "no-reply@usajobs.example"
        body = _j(
            ctx.fill(
                "Thank you for applying for {title}, Announcement Number " + ann + " with {co}."
            ),
            ctx.para(
                "Your application was reviewed and you were found qualified; however, you were not among the best qualified candidates and your application was not referred to the selecting official.",
                "Your application status has been updated to: Not Selected. The position has been filled.",
                "We have determined that you do not meet the minimum qualification requirements for this position.",
            ),
            "You can view your application status in your USAJOBS account."
            if ctx.chance(0.6)
            else "",
        )
        subject, sign = (
            ctx.para(
                "Application Status Update - " + ann,
                "Notice of Results",
                "Your application status has changed",
            ),
            ctx.fill("{co} Human Resources"),
        )
    else:
        req = ctx.req_id()
        name, addr = (
            ctx.fill("{co} [Human Resources|Faculty Recruitment|Recruitment Services]"),
            ctx.fill("[jobs|recruitment|hr]@{domain}"),
        )
        body = _j(
            ctx.fill(
                "Thank you for your interest in the {title} position (Posting #"
                + req
                + ") at {co}."
            ),
            ctx.para(
                "The search committee has completed its review of applications and has selected other applicants whose qualifications more closely match the needs of the department.",
                "We regret to inform you that you have not been shortlisted for interview on this occasion.",
                "The position has now been filled. We appreciate the time you took to apply.",
            ),
            _opt(
                ctx,
                0.5,
                "We receive a large number of applications and regret that we cannot provide individual feedback.",
                "We encourage you to review other opportunities on our jobs site.",
            ),
        )
        subject, sign = (
            ctx.para(
                "Your application - Posting #" + req,
                "Application outcome",
                "{title} - recruitment update",
            ),
            ctx.fill("[Yours sincerely,|Sincerely,]\n[Recruitment Team|Human Resources]\n{co}"),
        )
    return Draft(subject, body, name, addr, greet=ctx.chance(0.7), sign=sign)


@family("cr_rej_portal_status", "rejection", n=30)
def rej_portal_status(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["workday", "taleo", "icims", "smartrecruiters"]))
    status = ctx.pick(
        [
            "Not Selected",
            "No Longer Under Consideration",
            "Declined",
            "Position Filled",
            "Not Moving Forward",
            "Closed - Not Selected",
        ]
    )
    body = _j(
        ctx.para(
            "The status of your application for {title} ({req}) has been updated.",
            "Your application status has changed.",
            "There has been an update to your application for {title}.",
            "We have updated the status of your candidacy for Job {req} - {title}.",
        ),
        ctx.fill("[Status|Application status|New status|Current status]: ") + status
        if ctx.chance(0.75)
        else ctx.para(
            "You are no longer being considered for this position.",
            "The position has been filled by another candidate.",
            "This requisition has been closed.",
        ),
        _opt(
            ctx,
            0.6,
            "Log in to your candidate account to view details or to apply for other openings.",
            "You can view all of your applications on the Candidate Home page.",
            "Thank you for your interest in {co}. We encourage you to continue to explore our career opportunities.",
        ),
    )
    subject = ctx.para(
        "Application status update",
        "Your application status has changed",
        "{co}: Update to your application",
        "Status update - {title}",
        "Candidate status change notification",
    )
    return Draft(
        subject,
        body,
        name,
        addr,
        greet=ctx.chance(0.6),
        sign=sign_team(ctx) if ctx.chance(0.4) else "",
        footer=_footer(ctx, addr),
        bulk=True,
    )


@family("cr_rej_reply_to_followup", "rejection", n=30)
def rej_reply_followup(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    body = _j(
        ctx.para(
            "Thanks for following up, and sorry for the slow reply! [Unfortunately|Sadly] we've gone in a different direction for the {title} role.",
            "Thanks for checking in. I should have gotten back to you sooner - the team decided to move ahead with another candidate.",
            "Appreciate the nudge! I'm afraid we won't be moving forward with your application this time.",
            "Hi {first}, apologies for leaving you hanging. We've [filled the role|made a hire] and I'm sorry it wasn't you this time.",
        ),
        _opt(
            ctx,
            0.6,
            "It was genuinely close, and I'd encourage you to apply again when we post [more roles|the senior version of this role] [later this year|in Q{n}|].",
            "Happy to keep in touch - feel free to connect on LinkedIn.",
            "Good luck with the search, I'm sure you'll land somewhere great.",
        ),
    )
    quote = ctx.para(
        "Hi {pfirst},\n\nI hope you're well! I wanted to follow up on my application for the {title} position. I'm still very interested and would love to hear about next steps.\n\nBest,\n{first}",
        "Hi {pfirst} - just checking in on the {title} role. Any update? Thanks!",
        "Hello, I applied for {title} a few weeks ago and wanted to ask about the status of my application. Thank you!",
    )
    sign = (
        ctx.para("{pfirst}", "Best,\n{pfirst}", "Thanks,\n{person}", "- {pfirst}")
        if ctx.chance(0.6)
        else sign_person(ctx)
    )
    subject = ctx.para(
        "Following up: {title} application",
        "{title} application",
        "Checking in",
        "Application status",
    )
    return Draft(
        subject,
        body,
        name,
        addr,
        greet=False,
        sign=sign,
        quote=quote,
        form=ctx.pick(["plain", "alt"]),
    )
