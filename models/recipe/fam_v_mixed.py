"""Job-stage families whose words point one way while the mail does another (tag ``vx_``).

Real hiring mail mixes signals: a receipt explains that shortlisted people get interviewed,
a rejection thanks you for the interview and praises you, an invitation opens with "thanks
for applying", a coding test says "next round", an offer is only "a call to discuss", and a
survey asks how your interview went. The category is what the mail DOES; these families
teach that, each in its own phrasing.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Calendar, Ctx, Draft, ats_sender, family, sign_person, sign_team

_BULK_FOOT = (
    "This email was sent by {legal} via [Greenhouse|Lever|Workday|iCIMS|SmartRecruiters]. Please do not reply to this automated message.",
    "{legal} is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.",
    "You are receiving this email because you applied for a position at {co}. [Manage your preferences|Update your candidate profile] at https://careers.{domain}/profile",
    "",
    "",
)


def _sender(ctx: Ctx, *kinds: str) -> tuple[str, str]:
    return ats_sender(ctx, ctx.pick(kinds))


@family("vx_confirm_process_explained", "confirmation", n=30)
def confirm_process(ctx: Ctx) -> Draft:
    name, addr = _sender(ctx, "greenhouse", "workday", "smartrecruiters", "own", "lever")
    opening = ctx.para(
        "Thank you for applying for the {title} position at {co}. We have received your application.",
        "We've got your application for {title}[ ({req})|] - thanks for your interest in {co}!",
        "Your application for the role of {title} has been submitted successfully.",
        "Thanks for your interest in joining {co}. This note confirms we received your application for {title}.",
        "Hi! Just confirming that your application to {co} came through.",
    )
    process = ctx.para(
        "Here's what happens next: our recruiting team reviews every application. If your experience matches what we're looking for, a recruiter will reach out to schedule a [30-minute|short|first] phone interview.",
        "Our process usually has three steps: a recruiter screen, an online assessment and a final interview with the team. If you are shortlisted, we will invite you to the first step within [two|three] weeks.",
        "If shortlisted, you will receive an invitation to complete an online assessment, followed by interviews with the hiring manager.",
        "Shortlisted candidates will be invited to interview. Due to the high volume of applications, we are unable to respond to everyone individually.",
        "Should your profile be a match, we'll be in touch to arrange an interview. If you don't hear from us within [30 days|four weeks|a month], please assume we've moved forward with other candidates.",
        "What to expect: (1) application review, (2) phone screen, (3) technical interview, (4) onsite, (5) offer. Most candidates hear back within [10 business days|two weeks].",
    )
    extra = ctx.para(
        "[In the meantime|Meanwhile], feel free to learn more about life at {co} on our careers blog.",
        "Tip: make sure your contact details are up to date in your candidate profile so we can reach you.",
        "You can check the status of your application at any time in the candidate portal.",
        "",
        "",
    )
    body = "\n\n".join(p for p in (opening, process, extra) if p)
    subject = ctx.fill(
        ctx.pick(
            [
                "Thank you for applying to {co}",
                "Application received: {title}",
                "Your application - next steps",
                "What happens next with your application",
                "{co} | We received your application",
                "Next steps",
            ]
        )
    )
    return Draft(
        subject,
        body,
        name,
        addr,
        sign=sign_team(ctx),
        footer=ctx.fill(ctx.pick(_BULK_FOOT)),
        bulk=ctx.chance(0.4),
    )


@family("vx_reject_after_interview_praise", "rejection", n=30)
def reject_after_interview(ctx: Ctx) -> Draft:
    name, addr = _sender(ctx, "person", "person", "greenhouse", "ashby")
    thanks = ctx.para(
        "Thank you so much for taking the time to interview with us for the {title} role[ last week|on {day}|]. The team really enjoyed meeting you.",
        "I wanted to thank you for the great conversations during your interviews with {co}. Everyone [you met|on the panel] spoke highly of you.",
        "Thanks again for coming in for the final interview - your presentation was [excellent|really thoughtful|one of the strongest we saw].",
        "It was a pleasure speaking with you during the interview process for {title}.",
        "Thank you for all the time and energy you put into the interview process, including the take-home exercise.",
    )
    decision = ctx.para(
        "Unfortunately, after a lot of deliberation, we've decided to move forward with another candidate whose experience is a closer match for where the team is right now.",
        "This was a really difficult decision, but we will not be extending an offer at this time.",
        "After careful consideration, we have decided not to proceed with your candidacy.",
        "I'm sorry to let you know that we've offered the position to someone else.",
        "While we were impressed with your skills, we have decided to pursue other candidates for this position.",
    )
    after = ctx.para(
        "Your [communication skills|product sense|technical depth] really stood out, and I'd genuinely encourage you to apply again in the future.",
        "If you'd like feedback on your interviews, I'm happy to set up a quick call.",
        "Please don't let this discourage you - you were a strong finalist.",
        "We'd love to keep in touch and will reach out if a suitable role opens up.",
        "",
    )
    body = "\n\n".join(p for p in (thanks, decision, after) if p)
    subject = ctx.fill(
        ctx.pick(
            [
                "Your interview with {co}",
                "Following up on your interview",
                "Update on the {title} role",
                "Thank you for interviewing",
                "Re: {title} - final interview",
                "Update",
            ]
        )
    )
    return Draft(subject, body, name, addr, sign=sign_person(ctx))


@family("vx_reject_other_openings", "rejection", n=30)
def reject_other_openings(ctx: Ctx) -> Draft:
    name, addr = _sender(ctx, "workday", "icims", "lever", "own", "workable", "taleo")
    body = ctx.para(
        "Thank you for your interest in the {title} position. We have reviewed your application and, although your background is impressive, we will not be moving forward with it for this role.\n\nWe encourage you to apply for other openings that match your skills - new positions are posted every week at https://careers.{domain}/jobs. [You can also join our talent community to get alerts for similar roles.|]",
        "We appreciate you applying to {co}. After reviewing your experience we've decided to pursue other applicants for {title}.\n\nThat said, we think you could be a great fit elsewhere in our organisation. [Here are a few open roles you might like:|Roles currently open that may interest you:]\n- [Senior|Junior|Lead] {title}\n- [Customer Success Manager|Operations Analyst|Business Analyst]\n- [Solutions Engineer|Project Coordinator|Data Analyst]\n\nFeel free to apply to any of them directly.",
        "Thanks for applying! The hiring team has decided not to move forward with your application for {title} at this time. We'd love for you to keep an eye on our careers page and apply again in [6 months|the future|a few months] - many of our hires applied more than once.",
        "Unfortunately we will not be progressing your application for {title}. However, we have kept your CV on file and a recruiter may contact you if a more suitable opportunity arises. Please also feel free to apply for other vacancies.",
        "We regret to inform you that the {title} position has been filled. We have other openings in {city} and would welcome an application from you - browse them at https://jobs.{domain}.",
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "Your application to {co}",
                "Regarding your application for {title}",
                "{co} - application update",
                "Thank you for applying",
                "Other opportunities at {co}",
                "Application status",
            ]
        )
    )
    return Draft(
        subject,
        body,
        name,
        addr,
        sign=sign_team(ctx),
        footer=ctx.fill(ctx.pick(_BULK_FOOT)),
        bulk=ctx.chance(0.3),
    )


@family("vx_interview_thanks_applying", "interview", n=30)
def interview_after_receipt(ctx: Ctx) -> Draft:
    name, addr = _sender(ctx, "person", "greenhouse", "lever", "ashby", "own")
    if ctx.chance(0.3):
        # One running sentence: the receipt and the invitation in a single breath.
        body = ctx.para(
            "Thank you for applying. I've had a chance to review your resume and I'd like to set up a first interview with you. Are you available on {day} at {time}, or would another time suit better?",
            "Thanks for applying for {title} - I went through your application and would love to get a [phone screen|quick call] on the calendar. Does {day} work?",
        )
    else:
        opening = ctx.para(
            "Thanks for applying to the {title} role at {co}!",
            "Thank you for your application and your interest in {co}.",
            "We received your application for {title} - thanks for thinking of us.",
            "Thanks so much for your application!",
        )
        invite = ctx.para(
            "We'd love to learn more about you and would like to invite you to a [30-minute|20-minute|short] [phone screen|video call|introductory call] with [me|our recruiter|the hiring manager].",
            "Your background looks like a great fit, so the next step is a [quick|brief] call with {person}, our [recruiter|Talent Partner]. Please pick a time that works for you here: {link}",
            "I'd like to schedule a short conversation to talk about the role and your experience. Could you share a few times that work for you this week?",
            "We'd like to move you forward to an interview. Please use the link below to choose a slot:\n\n{link}",
        )
        body = opening + "\n\n" + invite
    if ctx.chance(0.4):
        body += "\n\n" + ctx.para(
            "The call will cover your experience, what you're looking for and some details about the team.",
            "No preparation needed - it's an informal chat.",
            "If none of the times work, just reply and we'll find another.",
        )
    cal = None
    if ctx.chance(0.25):
        cal = Calendar(ctx.fill("Phone screen - {first} {last} / {co}"), ctx.future(), 30)
    subject = ctx.fill(
        ctx.pick(
            [
                "Thanks for applying to {co}",
                "Your application for {title}",
                "Re: your application",
                "{co} - let's chat",
                "Next steps",
                "Invitation to interview",
            ]
        )
    )
    return Draft(subject, body, name, addr, sign=sign_person(ctx), calendar=cal)


@family("vx_tech_platform_invite", "technical_round", n=30)
def tech_platform(ctx: Ctx) -> Draft:
    platform, host = ctx.pick(
        [
            ("HackerRank", "hackerrank.com"),
            ("Codility", "app.codility.com"),
            ("CodeSignal", "app.codesignal.com"),
            ("TestGorilla", "app.testgorilla.com"),
            ("CoderPad", "app.coderpad.io"),
            ("HackerEarth", "assessment.hackerearth.com"),
        ]
    )
    if ctx.chance(0.4):
        name, addr = ctx.fill(f"{{co}} via {platform}"), f"no-reply@{host.split('.', 1)[-1]}"
    else:
        name, addr = _sender(ctx, "greenhouse", "lever", "own", "person")
    link = ctx.url(host, ctx.pick(["test", "invite", "assessments", "t"]))
    body = ctx.para(
        f"Congratulations on moving to the next stage for {{title}}! As part of our process we ask candidates to complete an online assessment on {platform}.\n\nDuration: [60|75|90|120] minutes\nDeadline: {{day}}\n\nStart here: {link}",
        f"{{co}} has invited you to take a coding test for the {{title}} position. The test contains [2|3|4] programming tasks and takes about [70|90] minutes. You can use any of the supported languages.\n\n{link}\n\nThe link expires in [5|7] days.",
        f"Thanks for your time on the phone screen. The next round is a technical assessment on {platform} - please complete it within [3|5|7] days. Good luck!\n\n{link}",
        f"You have been invited to complete the following assessment: {{co}} - {{title}} - [Skills test|General Coding Assessment|Backend Challenge].\n\nBegin assessment: {link}\n\nMake sure you have a stable internet connection and [about an hour|90 minutes] of uninterrupted time.",
        f"Next step: [a short|an] online test ({platform}). It's [timed|proctored|not timed], and we'll review results within a week.\n\n{link}",
    )
    subject = ctx.fill(
        ctx.pick(
            [
                f"{{co}} has invited you to a {platform} test",
                "Your online assessment",
                "Invitation: coding assessment for {title}",
                f"[Action required] Complete your {platform} assessment",
                "Next round - technical assessment",
                "Assessment invitation",
            ]
        )
    )
    return Draft(
        subject,
        body,
        name,
        addr,
        sign=ctx.pick(["", sign_team(ctx), sign_person(ctx)]),
        bulk=ctx.chance(0.3),
    )


@family("vx_tech_next_round_team", "technical_round", n=30)
def tech_next_round(ctx: Ctx) -> Draft:
    name, addr = _sender(ctx, "person", "person", "ashby", "greenhouse")
    opening = ctx.para(
        "Great news - the hiring manager enjoyed your interview and we'd like to move you to the next round!",
        "Thanks for chatting with [me|us] on {day}. You're through to the technical stage.",
        "Following your conversation with {person}, we'd love to invite you to the final round with the engineering team.",
        "You've made it to the next round for {title}.",
        "Quick update: the team wants to keep going with you.",
    )
    what = ctx.para(
        "This round is a [90-minute|two-hour|60-minute] technical interview with two engineers: [live coding in a shared editor and a system design discussion|a pairing session on a small bug in our codebase|a deep dive on a project you've built].",
        "The next step is a take-home exercise. You'll get a small repository and [a brief|a written spec]; we expect it to take [3-4|about 4|no more than 5] hours. Once you submit, we'll schedule a review call with the team.",
        "Next up is a case study: we'll send you a dataset and a business question 48 hours before the session, and you'll present your analysis to [the analytics team|two data scientists|the hiring panel].",
        "It's a [virtual|on-site] loop: system design (60 min), coding (60 min) and a conversation with the engineering manager (30 min).",
        "This is a technical screen with one of our senior engineers - expect algorithm and data structure questions.",
    )
    ask = ctx.para(
        "Could you send me your availability for next week?",
        "Please pick a slot here: {link}",
        "Let me know which days work and I'll send the invites.",
        "I'll send the exercise as soon as you confirm you're ready to start.",
        "",
    )
    body = "\n\n".join(p for p in (opening, what, ask) if p)
    subject = ctx.fill(
        ctx.pick(
            [
                "Next round - {title}",
                "Technical interview",
                "Final round with the engineering team",
                "Take-home exercise",
                "Next steps",
                "Re: {title} interview",
                "Case study - next stage",
            ]
        )
    )
    return Draft(subject, body, name, addr, sign=sign_person(ctx))


@family("vx_offer_call_verbal", "offer", n=30)
def offer_call(ctx: Ctx) -> Draft:
    name, addr = _sender(ctx, "person", "person", "own")
    body = ctx.para(
        "Thanks again for speaking with me earlier - it was great to share the news! As promised, here's a summary of the verbal offer for the {title} role: {money} base, [10|15|20]% bonus target and a start date around {day}. The written offer will follow once you're ready.",
        "I have some very good news and would love to share it over the phone. Do you have 15 minutes [today|tomorrow] for a call to discuss an offer for the {title} position?",
        "The team has finished debriefing and we'd like to extend you an offer! Can we set up a call to walk through the details - compensation, benefits and start date? I'm free {day} at {time}.",
        "Following our call, I'm pleased to confirm we're offering you the role of {title} at {co}. Please review the attached offer letter and let me know if you have any questions. We'd love to have your answer by {day}.",
        "Congratulations! Pending final approval we are ready to make you an offer. Let's jump on a call [this afternoon|tomorrow morning] so I can walk you through the package.",
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "Good news!",
                "Can we talk?",
                "Offer - {title}",
                "Following up on our call",
                "Quick call today?",
                "Your offer from {co}",
                "Verbal offer summary",
            ]
        )
    )
    return Draft(subject, body, name, addr, sign=sign_person(ctx))


@family("vx_other_survey_expenses", "other_job", n=30)
def other_survey(ctx: Ctx) -> Draft:
    name, addr = _sender(ctx, "own", "greenhouse", "person", "ashby")
    kinds = (
        (
            "Thank you for interviewing with {co} recently. We'd love to hear about your experience - good or bad. This [2-minute|3-question|short] survey is anonymous and does not affect your application in any way.\n\nTake the survey: {link}",
            "[How was your interview?|Tell us about your candidate experience|Your {co} interview - 2 minute survey|We'd value your feedback]",
        ),
        (
            "How likely are you to recommend interviewing at {co} to a friend? (0 = not at all, 10 = extremely likely)\n\n0  1  2  3  4  5  6  7  8  9  10\n\nYour answer helps us improve the candidate experience.",
            "[Candidate survey|One question about your interview|How did we do?]",
        ),
        (
            "Thanks for travelling to [Chicago|Boston|London|Austin|Dublin|our headquarters|the {co} campus] for your interview. To get your travel expenses reimbursed, please submit your receipts (train/flight, hotel, meals up to the daily limit) through the expense form by {day}. Reimbursement takes about [two|three] weeks.",
            "[Interview travel reimbursement|Expenses for your onsite|Your travel receipts]",
        ),
        (
            "We've received your documents (ID, right-to-work and references form) for the {title} process. There is nothing else you need to do right now.",
            "[Documents received|Re: documents|Thanks - we have your documents]",
        ),
        (
            "Thank you for uploading your signed NDA ahead of your interview. It has been filed.",
            "[NDA received|Re: NDA before your interview|Signed NDA]",
        ),
        (
            "A quick reminder that your candidate profile at {co} is incomplete. Completing it helps recruiters match you to interview opportunities.",
            "[Complete your candidate profile|Your profile is 60% complete|Reminder: finish your profile]",
        ),
    )
    text, subjects = ctx.pick(kinds)
    return Draft(
        ctx.fill(subjects), ctx.fill(text), name, addr, sign=sign_team(ctx), bulk=ctx.chance(0.5)
    )


@family("vx_other_hold_reviewing", "other_job", n=30)
def other_hold(ctx: Ctx) -> Draft:
    name, addr = _sender(ctx, "person", "person", "own", "lever")
    body = ctx.para(
        "I wanted to give you a quick update: the {title} position has been put on hold [while the team reorganises|due to budget review|until the new quarter]. Your application remains active and I'll let you know as soon as we can resume interviews.",
        "We're still reviewing candidates for {title} and haven't made any decisions yet. Thank you for your patience - I expect to have an update [by the end of next week|within two weeks|after the holidays].",
        "Just a heads-up that interviews for this role are taking longer than planned because the hiring manager is [travelling|out of office]. We haven't forgotten you!",
        "The hiring team is still finalising the interview shortlist. We'll be in touch either way by {day}.",
        "The recruiter who was handling your application, {person}, has left {co}. I'll be your new point of contact for the {title} process going forward.",
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "Update on the {title} role",
                "Quick update",
                "Position on hold",
                "Still reviewing",
                "Re: interview timeline",
                "Your application",
                "New point of contact",
            ]
        )
    )
    return Draft(subject, body, name, addr, sign=sign_person(ctx))


@family("vx_other_offer_stage_checks", "other_job", n=30)
def other_offer_checks(ctx: Ctx) -> Draft:
    vendor = ctx.pick(["Sterling", "HireRight", "Checkr", "First Advantage", "Certn"])
    if ctx.chance(0.45):
        name, addr = (
            ctx.fill(f"{vendor} on behalf of {{co}}"),
            f"noreply@{vendor.lower().replace(' ', '')}.example",
        )
    else:
        name, addr = _sender(ctx, "own", "person", "workday", "icims")
    link = ctx.url(vendor.lower().replace(" ", "") + ".example", "candidate")
    kinds = (
        (
            f"As part of your conditional offer of employment with {{co}}, we have initiated a background check through {vendor}. Please complete the online form within [48 hours|3 business days] so we can finish the screening: {link}",
            "[Action required: background check|Background screening - please complete|{co} background check]",
        ),
        (
            "Congratulations again on your offer! To keep things moving, please provide [two|three] professional references, including one direct manager. We'll contact them only after you let us know it's OK.",
            "[Reference request|References for your offer|Next steps for your offer]",
        ),
        (
            "Your drug screening appointment has been scheduled. Please visit an approved collection site within [72 hours|3 days] and bring your photo ID. This is a standard step for all accepted offers.",
            "[Pre-employment screening|Drug screen scheduled|Action needed within 72 hours]",
        ),
        (
            "Thanks for sending your references. We've reached out to both of them and [one has already responded|will let you know once we've heard back]. No action is needed on your side.",
            "[Re: references|Reference check update|{co} - reference check]",
        ),
        (
            "Your offer acceptance has been recorded. The next step is your pre-employment verification: please upload a copy of your ID and degree certificate in the candidate portal.",
            "[Next steps for your offer|Pre-employment verification|Documents needed]",
        ),
        (
            "Reminder: your background check is still pending. The offer cannot be finalised until the [consent form|education verification|employment history section] is complete.",
            "[Reminder: complete your background check|Pending: background check|Your screening is incomplete]",
        ),
    )
    text, subjects = ctx.pick(kinds)
    body, subject = ctx.fill(text), ctx.fill(subjects)
    return Draft(subject, body, name, addr, sign=ctx.pick(["", sign_team(ctx), sign_person(ctx)]))
