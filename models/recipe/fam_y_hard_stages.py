"""Hard real-life job mail whose category hangs on the main point, not on the loudest word.

Mixed signals: a rejection that invites you to apply elsewhere, an application receipt that
lays out the whole interview process, a technical-round invite that opens by thanking you for
the interview, an offer that talks about the background check, a "still reviewing" note that
mentions interviews. Then the technical rounds the model misses (portfolio and teaching demos,
case interviews, presentation rounds, virtual onsites) and the quiet ``other_job`` mail
(unfinished applications, candidate accounts, first-day logistics, drug screens, delays,
withdrawals, interview surveys).
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

import vocab
from kit import Calendar, Ctx, Draft, ats_sender, family, sign_person, sign_team

ATS_ANY = ("greenhouse", "lever", "workday", "icims", "smartrecruiters", "ashby", "workable", "own")


def _sender(ctx: Ctx, person: float = 0.5) -> tuple[str, str]:
    return ats_sender(ctx, "person" if ctx.chance(person) else ctx.pick(ATS_ANY))


TECH = ("Engineer", "Developer", "Data ", "Scientist", "Architect", "Administrator")
NOT_TECH = ("Mechanical", "Civil", "Electrical", "Process", "Quality", "Manager", "Sales")
TEACH = ("Teacher", "Teaching", "Instructional", "Curriculum")
DESIGN = ("Designer", "Artist", "Copywriter", "Content", "Editor", "Architect")
CASE = ("Analyst", "Chief of Staff", "Associate Product", "Operations")
LEAD = ("Manager", "Director", "Head of", "VP", "Chief")


def role(ctx: Ctx, keys: tuple[str, ...], avoid: tuple[str, ...] = ()) -> None:
    """Give this message a role that fits the kind of round it describes."""
    fits = [t for t in vocab.TITLES if any(k in t for k in keys) and not any(a in t for a in avoid)]
    ctx._title = ctx.pick(fits)


def _opt(ctx: Ctx, p: float, *options: str) -> str:
    return ctx.para(*options) if ctx.chance(p) else ""


def _join(*paras: str) -> str:
    return "\n\n".join(p for p in paras if p)


@family("hd_mixed_reject_other_roles", "rejection", n=32)
def reject_other_roles(ctx: Ctx) -> Draft:
    name, addr = _sender(ctx, 0.4)
    body = _join(
        ctx.para(
            "Thank you for [your interest in|applying to] the {title} [role|position] at {co}. [We were impressed by your background|Your experience stood out to us|We enjoyed learning about you], and [this was a difficult decision|we had a very strong pool].",
            "Thanks for taking the time to interview for {title}. [Everyone enjoyed meeting you.|The team appreciated your thoughtful answers.]",
        ),
        ctx.para(
            "[That said|However|Unfortunately], we've decided [not to move forward with your application for this role|to proceed with candidates whose experience is a closer match|to move ahead with other applicants] at this time.",
            "[Ultimately|In the end] the team [chose another candidate|decided to go in a different direction] for this particular opening.",
        ),
        ctx.para(
            "We'd genuinely love for you to apply to other roles at {co} - [we have several openings in|there are open positions on] [our platform team|customer success|product|operations] [that may be a great fit|you might like]. [Browse them here: {link}|You can see current openings on our careers site.]",
            "[Please don't let this discourage you from applying again|We encourage you to apply for other positions that match your skills] - [we keep strong profiles on file|our recruiters regularly search past applicants] and [may reach out about future roles|would be glad to hear from you again].",
            "If you're open to it, I'd like to [introduce you to the recruiter for our {city} office|keep you in mind for the [senior|associate|contract] version of this role opening next quarter]. [Just reply and let me know.|No action needed for now.]",
        ),
        _opt(
            ctx,
            0.4,
            "[We wish you the best of luck in your search.|Thank you again for considering {co}.|All the best.]",
        ),
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Your application to {co}",
                    "Update on your {title} application",
                    "{co} - {title}",
                    "Thank you from {co}",
                    "Other opportunities at {co}",
                    "Application status",
                ]
            )
        ),
        body,
        name,
        addr,
    )


@family("hd_mixed_confirm_process", "confirmation", n=32)
def confirm_process(ctx: Ctx) -> Draft:
    name, addr = _sender(ctx, 0.1)
    steps = ctx.pick(
        [
            "1. Recruiter phone screen (30 min)\n2. Hiring manager interview (45 min)\n3. Technical or case interview\n4. Final interviews with the team\n5. Offer",
            "- Application review (1-2 weeks)\n- Introductory call with a recruiter\n- Skills interview\n- Onsite / virtual onsite\n- References",
            "Step 1: Online assessment\nStep 2: Video interview\nStep 3: Panel interview\nStep 4: Decision",
            "Screening call -> Technical interview -> Team interviews -> Offer",
        ]
    )
    body = _join(
        ctx.para(
            "Thank you for applying for the {title} position at {co}! We've received your application[ (ref {req})|] and [our team is reviewing it|it's now with the recruiting team].",
            "We have successfully received your application for {title}. [This email confirms your submission.|No further action is needed right now.]",
            "Thanks for your interest in {co}. Your application for {title} has been submitted.",
        ),
        ctx.para(
            "[So you know what to expect|To help you prepare|For transparency], here's what our interview process [usually looks like|typically involves]:",
            "If your profile matches, [our hiring process|the next steps] will [look like this|include]:",
        ),
        steps,
        ctx.para(
            "[Not everyone will move to every stage.|Timelines vary by team.|We aim to respond within two weeks.] [If you're selected for an interview, a recruiter will contact you.|We'll be in touch if there's a match.|You can check your status in the candidate portal.]"
        ),
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Thank you for applying to {co}",
                    "Application received: {title}",
                    "We've received your application",
                    "{co} | Application confirmation",
                    "Your application - what happens next",
                ]
            )
        ),
        body,
        name,
        addr,
        sign=sign_team(ctx),
        bulk=ctx.chance(0.6),
    )


@family("hd_mixed_tech_thanks", "technical_round", n=32)
def tech_thanks(ctx: Ctx) -> Draft:
    role(ctx, TECH, NOT_TECH)
    name, addr = _sender(ctx, 0.7)
    body = _join(
        ctx.para(
            "Thank you for interviewing with [us|{pfirst}|the hiring manager] [on {day}|last week|yesterday]! [The feedback was really positive.|The team enjoyed the conversation.|We're excited about your background.]",
            "Thanks again for [the great interview|your time on the phone]. [I have good news!|Really appreciated it.]",
        ),
        ctx.para(
            "[The next step|Next up] is a [technical interview|coding interview|technical deep dive] with [two engineers|our senior developers|the platform team]: [{n}0 minutes of live coding|a system design discussion and a coding exercise|a pair-programming session in your language of choice].",
            "We'd like to move you forward to the [technical assessment|take-home challenge]: [you'll receive a HackerRank link|a CodeSignal invite will arrive separately|the brief is attached]. [Please complete it within 5 days.|Budget about 2-3 hours.]",
            "We'd like to invite you to the [technical round|second round, which is technical]. [You'll work through a real problem from our codebase|Expect questions on data modeling and SQL|It's a whiteboard-style exercise over Zoom].",
        ),
        _opt(
            ctx,
            0.6,
            "[Please share your availability for next week.|Book a slot here: {link}|Does {day} at {time} work?]",
        ),
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Next steps - {title}",
                    "Thank you + next round",
                    "Technical interview: {co}",
                    "Re: {title} interview",
                    "Great chatting!",
                    "Moving forward",
                ]
            )
        ),
        body,
        name,
        addr,
    )


@family("hd_mixed_offer_bgcheck", "offer", n=30)
def offer_bgcheck(ctx: Ctx) -> Draft:
    name, addr = _sender(ctx, 0.5)
    body = _join(
        ctx.para(
            "Congratulations! We are pleased to offer you the position of {title} [at {co}|with our {city} team]. [Your offer letter is attached.|Please find the offer details in the candidate portal.]",
            "I'm delighted to [share|confirm] that we'd like to offer you the {title} role. [Base salary is {money}.|The package includes {money} base and benefits from day one.]",
        ),
        ctx.para(
            "This offer is contingent on [a background check|successful completion of a background check and reference verification|a background and employment verification]. [You'll receive an email from [Checkr|Sterling|HireRight|First Advantage] to begin|Our vendor will reach out within 24 hours]; [it usually takes 3-5 business days|please complete the form promptly].",
            "[As mentioned|As a reminder], [all offers|our offers] are conditional on [a background check|a criminal background check and I-9 verification]. [Nothing you need to do yet.|We'll start it once you sign.]",
        ),
        _opt(
            ctx,
            0.7,
            "[Please sign by {day}.|Let me know if you have questions about the offer.|We can't wait to have you on board!]",
        ),
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Your offer from {co}",
                    "Offer - {title}",
                    "Congratulations!",
                    "Offer letter and next steps",
                    "Employment offer",
                ]
            )
        ),
        body,
        name,
        addr,
    )


@family("hd_mixed_still_reviewing", "other_job", n=30)
def still_reviewing(ctx: Ctx) -> Draft:
    name, addr = _sender(ctx, 0.8)
    body = _join(
        ctx.para(
            "Just a quick update: we're still [reviewing|wrapping up] interviews for the {title} role[ this week|]. [We'll have an update for you next week.|I expect to have news by {day}.|Thanks for your patience.]",
            "I wanted to check in so you're not left wondering. The team is still interviewing [a couple of|two more] candidates, and we'll [update you|circle back] [next week|by end of next week].",
            "No decision yet on {title} - [the hiring manager was traveling|we had a few more interviews to finish]. I'll be in touch [next week|as soon as I hear more].",
        ),
        _opt(
            ctx,
            0.4,
            "[Nothing needed from you in the meantime.|Feel free to reach out with any questions.|You're still very much in the running.]",
        ),
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Quick update",
                    "Update on {title}",
                    "Checking in",
                    "Re: {title} interview",
                    "Still in process",
                    "Status update",
                ]
            )
        ),
        body,
        name,
        addr,
        sign=sign_person(ctx),
        form=ctx.pick(["plain", "alt"]),
    )


@family("hd_tech_portfolio_demo", "technical_round", n=32)
def portfolio_demo(ctx: Ctx) -> Draft:
    name, addr = _sender(ctx, 0.7)
    track = ctx.pick(["design", "teach", "lead"])
    role(ctx, {"design": DESIGN, "teach": TEACH, "lead": LEAD}[track])
    kind = ctx.pick(
        {
            "design": [
                "a 45-minute portfolio presentation, walking the panel through two projects end to end (problem, process, outcome)",
                "a design presentation: you'll present a case study from your portfolio, then a short design critique",
                "a portfolio review followed by a [2-hour|90-minute] whiteboard design exercise",
            ],
            "teach": [
                "a teaching demonstration: a 20-minute demo lesson for a Grade [7|9|11] class on a topic of your choice, followed by a reflection",
                "a sample lesson - please prepare a [15|20|30] minute mini-lesson as if teaching [first-year students|our adult learners|a small group]",
            ],
            "lead": [
                "a presentation round: 20 minutes presenting your 30-60-90 day plan, then Q&A with the leadership team",
                "a case presentation: we'll send a short brief two days ahead and you'll present your recommendations to the panel",
            ],
        }[track]
    )
    body = _join(
        ctx.para(
            "[Congratulations on progressing|Thank you for meeting with us|Great news] - [we'd like to invite you to the next stage|the panel would like to see more] for the {title} [role|position].",
            "We're moving forward with your application and would like to schedule the [second|final] stage.",
        ),
        ctx.fill("This stage is " + kind + "."),
        ctx.para(
            "[Please send your slides by {day}.|Bring a laptop; HDMI is available.|We'll share a Zoom link and you can screen share.|Panel members: {person} and two team leads.]",
            "[Let us know your availability for {day} or {day}.|The session is on {day} at {time}.]",
        ),
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "Portfolio presentation - {title}",
                "Next stage: presentation",
                "Demo lesson invitation",
                "Second stage interview - {co}",
                "{title}: presentation round",
            ]
        )
    )
    start = ctx.future(3, 10)
    cal = Calendar(ctx.fill("Presentation - {title}"), start, 60) if ctx.chance(0.25) else None
    return Draft(subject, body, name, addr, calendar=cal)


@family("hd_tech_case_interview", "technical_round", n=30)
def case_interview(ctx: Ctx) -> Draft:
    role(ctx, CASE)
    name, addr = _sender(ctx, 0.5)
    body = _join(
        ctx.para(
            "[Congratulations!|We are pleased to let you know that] you have been selected for [first-round|second-round|final-round] case interviews for the {title} position[ at {co}|].",
            "Thank you for your interest in {co}. We'd like to invite you to [case interviews|our Round 2 interviews], which will take place on {day}.",
        ),
        ctx.para(
            "You will complete [two|three] [case interviews|business cases] with [consultants|managers|partners], each [about 45 minutes|30 minutes plus Q&A]. [Expect a market-sizing question and a profitability case.|Cases are interviewer-led; bring paper and a calculator.|One case includes a written exhibit analysis.]",
            "The day includes a [group case exercise|written case] and [a case interview|a fit interview plus a case] with [a Principal|an Engagement Manager].",
        ),
        _opt(
            ctx,
            0.6,
            "[Our case prep resources are linked below.|Please confirm your attendance by {day}.|Dress code is business casual.]",
        ),
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Case interview invitation",
                    "{co} Round 2 interviews",
                    "Invitation: case interviews",
                    "Next round - {title}",
                ]
            )
        ),
        body,
        name,
        addr,
    )


@family("hd_tech_virtual_onsite", "technical_round", n=32)
def virtual_onsite(ctx: Ctx) -> Draft:
    role(ctx, TECH, NOT_TECH)
    name, addr = _sender(ctx, 0.5)
    loop = ctx.pick(
        [
            "10:00 - Coding (45 min)\n11:00 - System design (60 min)\n12:00 - Lunch break\n1:00 - Behavioral (45 min)\n2:00 - Coding II (45 min)",
            "Session 1: Live coding in CoderPad\nSession 2: Architecture / design\nSession 3: Debugging exercise\nSession 4: Values interview",
            "- Algorithms & data structures\n- Practical coding (your own IDE)\n- Systems design\n- Hiring manager chat",
        ]
    )
    body = _join(
        ctx.para(
            "Your virtual onsite for {title} is [confirmed|scheduled] for {day}. [Here's the agenda:|The loop looks like this:|Below is your schedule:]",
            "We're excited to invite you to the [virtual onsite|final technical loop|full interview loop] for {title}. [It's {n} back-to-back sessions:|Agenda:]",
        ),
        loop,
        ctx.para(
            "[Each coding session uses a shared editor - no need to install anything.|You can use any language you're comfortable with.|Make sure your camera works and you have a quiet space.] [A prep guide is attached.|Ping me with any questions.]"
        ),
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Your virtual onsite - {co}",
                    "Onsite agenda: {title}",
                    "Interview loop details",
                    "Final round schedule",
                    "Virtual onsite confirmed",
                ]
            )
        ),
        body,
        name,
        addr,
        calendar=Calendar("Virtual onsite", ctx.future(3, 12), 240) if ctx.chance(0.3) else None,
    )


@family("hd_other_unfinished_app", "other_job", n=30)
def unfinished_app(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["workday", "icims", "taleo", "smartrecruiters", "own"]))
    body = _join(
        ctx.para(
            "You started an application for {title} [but haven't submitted it yet|on our careers site but it's not complete]. [Your progress has been saved.|Pick up where you left off: {link}]",
            "Reminder: your application for {title} at {co} is still in draft. [Applications are only reviewed once submitted.|Complete it before the posting closes on {day}.]",
            "Don't miss out! It looks like you didn't finish applying to {co}. [It only takes a few more minutes.|Finish your application here.]",
        ),
        _opt(
            ctx,
            0.5,
            "[If you've already submitted, please ignore this message.|You can withdraw the draft from your candidate home page.]",
        ),
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Finish your application",
                    "Your application is incomplete",
                    "You're almost done!",
                    "Reminder: {title} application in progress",
                    "Complete your application to {co}",
                ]
            )
        ),
        body,
        name,
        addr,
        sign=sign_team(ctx),
        bulk=True,
    )


@family("hd_other_candidate_account", "other_job", n=30)
def candidate_account(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["workday", "icims", "taleo", "smartrecruiters", "own"]))
    body = ctx.para(
        "Your candidate account [for {co} Careers|on the {co} job portal] has been created. Username: {first}.{last}. [Verify your email address|Activate your account] using the link below within 24 hours.",
        "We received a request to reset the password for your {co} candidate profile. [If you did not request this, ignore this email.|This link expires in 60 minutes.]",
        "Your one-time verification code for the {co} careers site is {n}{n}{n}{n}{n}{n}. [Do not share this code.|It expires in 10 minutes.]",
        "The email address on your {co} candidate profile was changed. If this wasn't you, contact [careers support|our recruiting help desk].",
        "Your candidate profile has been inactive for 12 months and will be [deleted|anonymized] on {day} in line with our privacy policy. [Log in to keep it.|No action is needed if you agree.]",
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Verify your email",
                    "Password reset request",
                    "Your verification code",
                    "Candidate account created",
                    "Profile update notification",
                    "Your {co} careers account",
                ]
            )
        ),
        body,
        name,
        addr,
        greet=ctx.chance(0.6),
        sign=ctx.fill("[{co} Careers|{co} Talent Acquisition|The {co} Recruiting Team]"),
        footer="This is an automated message. Please do not reply.",
    )


@family("hd_other_first_day", "other_job", n=30)
def first_day(ctx: Ctx) -> Draft:
    name, addr = _sender(ctx, 0.6)
    body = _join(
        ctx.para(
            "[Welcome aboard!|We're so glad you accepted!|Excited for your start on {day}!] Here are a few details for your first day as {title}.",
            "Ahead of your start date ({day}), here's what to expect on day one.",
        ),
        ctx.para(
            "[Please arrive at 9:00 at reception, {city}, and ask for {pfirst}.|Your laptop will ship to your home address this week.|Orientation starts at 9:30 on Zoom.] [Bring two forms of ID for your I-9.|Parking is in the garage on level 2.|Lunch is on us!]",
            "[Your badge photo will be taken at 10.|IT will send login details the night before.|Dress code is casual.] [Your buddy for the first weeks is {person}.|Your manager will set up a 1:1 in the afternoon.]",
        ),
        _opt(
            ctx,
            0.5,
            "[Please complete your onboarding tasks in Workday before Monday.|Reply with your t-shirt size!|Any questions, just reply.]",
        ),
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Your first day at {co}",
                    "Welcome to {co}!",
                    "Day 1 logistics",
                    "Before you start",
                    "Onboarding: what to expect",
                ]
            )
        ),
        body,
        name,
        addr,
    )


@family("hd_other_drug_screen", "other_job", n=28)
def drug_screen(ctx: Ctx) -> Draft:
    name, addr = ctx.pick(
        [
            ("Quest Diagnostics", "noreply@questdiagnostics.example"),
            ("Employment Screening", "screening@accurate-bg.example"),
            ("", ""),
        ]
    )
    sign = ctx.pick(
        [
            "Employment Screening Services",
            "Donor Services Team",
            "Quest Diagnostics\nEmployer Solutions",
        ]
    )
    if not name:
        name, addr = _sender(ctx, 0.5)
        sign = None
    body = _join(
        ctx.para(
            "[As part of your pre-employment process with {co}, you are required to complete|{co} has requested that you complete] a [drug screen|10-panel drug test]. [Please visit a collection site within 48 hours.|Your donor pass is attached.|Schedule your appointment using the link below.]",
            "Your pre-employment drug screening is scheduled for {day} at {time} at [our {city} clinic|the lab listed below]. Bring a photo ID[ and this registration number: {num}|].",
        ),
        _opt(
            ctx,
            0.5,
            "[Results usually take 2-3 business days.|Do not reply to this message.|If you need to reschedule, call the number below.]",
        ),
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Drug screen scheduling",
                    "Action required: pre-employment screening",
                    "Your donor pass",
                    "Drug test appointment confirmed",
                    "Pre-employment screening - {co}",
                ]
            )
        ),
        body,
        name,
        addr,
        sign=sign,
    )
