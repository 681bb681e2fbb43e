"""More template families in styles the first ones lack: texty and casual notes, formal
letters (UK / public-sector / hospital), terse system mail, agencies booking interviews,
onboarding paperwork, and more hard negatives that borrow job words (school places,
volunteer "interviews", current-employer Workday tasks, premium upsells).
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

import vocab
from kit import Calendar, Ctx, Draft, ascii_word, ats_sender, family

CASUAL_SIGN = (
    "{pfirst}",
    "- {pfirst}",
    "{pfirst}\nSent from my iPhone",
    "cheers, {pfirst}",
    "thx\n{pfirst}",
    "",
)


def _casual(ctx: Ctx, text: str) -> str:
    text = ctx.fill(text)
    if not ctx.chance(0.35):
        return text
    lowered = text.lower()
    for name in (ctx._title, ctx._co.name):  # labels keep their case, as people type them
        lowered = lowered.replace(name.lower(), name)
    return lowered


def _agency(ctx: Ctx) -> tuple[str, str]:
    _, domain = ctx.rng.choice(vocab.RECRUITING_AGENCIES)
    return ctx.person, f"{ascii_word(ctx.person_first)}@{domain}"


@family("offer_texty", "offer", n=30)
def offer_texty(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    body = _casual(
        ctx,
        ctx.pick(
            [
                "{first} - we want you on the team!! [official paperwork|the formal letter] is coming [tomorrow|from HR] but wanted you to hear it from me first. [numbers are what we talked about|comp is as discussed]: {money} base[ + equity|]. [call me tonight?|can you chat later?]",
                "great news - the team said yes! we'd love to have you as our {title}. offer letter incoming, [let me know when you can talk numbers|happy to walk you through it]",
                "I'm thrilled to tell you we're making you an offer for the {title} role! I'll send the written offer [today|shortly]. Congrats!!",
            ]
        ),
    )
    return Draft(
        ctx.fill(ctx.pick(["!!!", "good news", "Offer!", "we'd love to have you", "{title}"])),
        body,
        name,
        addr,
        greet=False,
        sign=ctx.fill(ctx.pick(CASUAL_SIGN)),
        form="plain",
    )


@family("offer_formal_letter", "offer", n=30)
def offer_formal(ctx: Ctx) -> Draft:
    name, addr = (
        ctx.fill(ctx.pick(["Human Resources", "HR Department", "{co} HR", "People Services"])),
        ctx.fill("[hr|people|recruitment]@{domain}"),
    )
    body = ctx.fill(
        "[{legal} is pleased to confirm its offer of employment|We are pleased to offer you employment|Further to your recent interview, I am delighted to offer you the post] [for the role|as] {title}[, reporting to the [Head of Operations|Regional Manager|Director of Engineering]|].\n\n"
        "Your [annual salary|starting salary] will be {money}[, payable monthly|, paid bi-weekly|]. Your employment will commence on {day}[, subject to satisfactory references|, subject to pre-employment checks|].\n\n"
        "[Please confirm your acceptance by signing and returning the enclosed contract within 7 days.|Kindly indicate your acceptance by signing the attached copy of this letter.|We look forward to welcoming you.]"
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Employment Offer - {co}",
                    "Offer of Employment",
                    "Conditional offer of employment: {title}",
                    "Your offer letter",
                ]
            )
        ),
        body,
        name,
        addr,
        sign=ctx.pick(
            [
                "Yours sincerely,\nHR Department",
                "Kind regards,\nHuman Resources",
                "Sincerely,\n" + ctx.person,
            ]
        ),
    )


@family("offer_revised", "offer", n=26)
def offer_revised(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    body = ctx.fill(
        "[Good news|Great news] - I [was able to get approval on|got sign-off for] the changes we discussed. Updated package for the {title} [position|role]:\n\n"
        "Base: {money} (up from {money})\n[Signing bonus|Sign-on]: {money}\nStart: {day}\n\n"
        "[The updated letter is in DocuSign now.|I'll send the revised letter today.] [Let me know if anything looks off!|Hope this works for you.]"
    )
    return Draft(
        ctx.pick(["Revised offer details", "Updated offer", "Re: offer", "Your updated package"]),
        body,
        name,
        addr,
        sign=ctx.fill(ctx.pick(CASUAL_SIGN[:3])),
    )


@family("offer_contingent_ats", "offer", n=26)
def offer_contingent(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["workday", "icims", "taleo", "smartrecruiters"]))
    body = ctx.fill(
        "We are pleased to extend to you a [contingent|conditional] offer of employment as {title}[ at our {city} location|]. This offer is contingent upon successful completion of a background check[ and drug screen|]. "
        "[Please log in to your candidate home page to review and accept.|Review and accept your offer in the candidate portal.]"
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Congratulations - Contingent Offer for {title}",
                    "Your conditional offer",
                    "{co}: offer of employment",
                ]
            )
        ),
        body,
        name,
        addr,
    )


@family("interview_texty", "interview", n=32)
def interview_texty(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    body = _casual(
        ctx,
        ctx.pick(
            [
                "hi {first} - saw your application come through for the {title} role. are you free for 20 min [tmrw|this week|thurs or fri]? just want to walk you through the team and hear what you're after.",
                "Hey {first}, thanks for applying! Want to hop on a quick call [Tuesday|tomorrow|this week]? Any time after [11|2pm] works for me.",
                "{first} - loved your application. got time for a [quick chat|video call] this week? send me a couple of slots",
            ]
        ),
    )
    sign = ctx.fill(ctx.pick(CASUAL_SIGN[:4])) + ctx.fill(
        ctx.pick(["\nHead of Eng, {co}", "\nFounder, {co}", "\n{co}", ""])
    )
    return Draft(
        ctx.pick(["quick call?", "hey", "chat this week?", "your application", "20 min?"]),
        body,
        name,
        addr,
        greet=False,
        sign=sign,
        form="plain",
    )


@family("interview_agency_booked", "interview", n=30)
def interview_agency(ctx: Ctx) -> Draft:
    name, addr = _agency(ctx)
    body = ctx.fill(
        "[Great news|Good news|Brilliant news], {co} want to meet you! I've booked you in with their [Head of Data|hiring manager|CTO|team lead] for {day} at {time}[, on Teams|, via Zoom|, at their office|]. [Link to follow from their side.|Calendar invite to follow.]\n\n"
        "[Give me a ring beforehand and I'll prep you.|Let's have a quick call beforehand to prepare.|Any questions, just shout.]"
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                ["Interview booked - {co}", "Interview confirmed", "{co} interview", "Good news!"]
            )
        ),
        body,
        name,
        addr,
        sign=ctx.fill(ctx.pick(CASUAL_SIGN[:2])),
        form="plain",
    )


@family("interview_panel_logistics", "interview", n=26)
def interview_panel(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["own", "person"]))
    body = ctx.fill(
        "We're looking forward to hosting you for the {title} [panel|interviews|final interviews] on {day} at our {city} office. You'll meet with [the VP of Operations, two site leads and a peer|three members of the team|the hiring manager and a peer]. "
        "[Please bring a photo ID for building security.|Parking is available on site.|Ask for us at reception.]"
    )
    cal = (
        Calendar(ctx.fill("Interviews: {first} {last}"), ctx.future(), 180)
        if ctx.chance(0.3)
        else None
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                ["Your panel interview on {day}", "Interview day details", "See you on {day}!"]
            )
        ),
        body,
        name,
        addr,
        calendar=cal,
    )


@family("tech_round_confirmation", "technical_round", n=30)
def tech_round_confirm(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["own", "person"]))
    kind = ctx.pick(
        [
            "system design session",
            "coding round",
            "technical deep dive",
            "live coding exercise",
            "debugging session",
        ]
    )
    body = ctx.fill(
        f"You are confirmed for Round [2|3|two] of the {{title}} process: a [45|60|90]-minute {kind} with {{person}} ([Principal Engineer|Staff Engineer|Tech Lead]). "
        "[You'll design a service end to end on a shared whiteboard.|You'll write code in a shared editor.|Bring questions about our architecture.]\n\n{day}, {time}\n[Zoom|Meet]: https://zoom.us/j/{num}"
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    f"{{co}} - Round 2 ({kind.title()}) confirmation",
                    "Confirmed: technical interview",
                    "Round 2 details",
                ]
            )
        ),
        body,
        name,
        addr,
    )


@family("tech_case_presentation", "technical_round", n=28)
def tech_case(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    body = ctx.fill(
        "[Thank you again for your time with the team.|Thanks for the great conversations so far.] [As discussed, the|The] [final|next] step for the {title} role is a [product case|case study|work sample|presentation exercise]. "
        "The prompt is attached; please prepare a [20|30]-minute presentation and we'll schedule the session once you're ready."
    )
    return Draft(
        ctx.pick(
            ["Case exercise", "Product case exercise", "Next step: case study", "Work sample"]
        ),
        body,
        name,
        addr,
    )


@family("tech_casual_exercise", "technical_round", n=28)
def tech_casual(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    body = _casual(
        ctx,
        ctx.pick(
            [
                "Loved the chat [yesterday|earlier]. Next up is a small exercise: build a [tiny CLI|small API|little web page] that [reads our sample CSV|calls our public API] and [flags anomalies|shows a summary]. Should be ~[2|3|4]h, any language. Send me a repo link whenever you're done.",
                "next step is a quick coding exercise - I'll share a repo with the task. no rush, within a week is ideal. then we'd go through it together with two engineers",
            ]
        ),
    )
    return Draft(
        ctx.pick(["Re: next steps", "small exercise", "next step", "coding exercise"]),
        body,
        name,
        addr,
        greet=ctx.chance(0.5),
        sign=ctx.fill(ctx.pick(CASUAL_SIGN[:4])),
        form="plain",
    )


@family("confirm_terse_system", "confirmation", n=30)
def confirm_terse(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["own", "taleo", "icims", "workday"]))
    body = ctx.fill(
        "[Application received.|Your application has been recorded.|Submission successful.]\n[Position|Job|Role]: {title}\n[Reference|Req ID|Job ID]: {req}\nStatus: [New|Received|Submitted]\n\n[This is an automated message.|Please do not reply.|]"
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                ["Application: {title}", "Application received ({req})", "Submission confirmation"]
            )
        ),
        body,
        name,
        addr,
        greet=False,
        sign="",
    )


@family("confirm_casual_person", "confirmation", n=28)
def confirm_casual(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    body = _casual(
        ctx,
        ctx.pick(
            [
                "got it, thanks {first}! [portfolio|cv|resume] looks [fun|great]. i'm heads-down [on a launch|this week] but will look properly [thursday|next week] and get back to you",
                "Thanks for applying, {first}! I'll go through everything this week and let you know.",
                "Received, thank you! We'll review and come back to you soon.",
            ]
        ),
    )
    return Draft(
        ctx.fill(ctx.pick(["re: the role", "Re: application", "thanks!", "re: {title}"])),
        body,
        name,
        addr,
        greet=False,
        sign=ctx.fill(ctx.pick(CASUAL_SIGN)),
        form="plain",
    )


@family("confirm_formal_acknowledgement", "confirmation", n=28)
def confirm_formal(ctx: Ctx) -> Draft:
    name, addr = (
        ctx.fill("{co} [HR|Human Resources|Recruitment]"),
        ctx.fill("[hr-noreply|recruitment|jobs]@{domain}"),
    )
    body = ctx.fill(
        "This message acknowledges receipt of your application for [Requisition {req}|vacancy {req}|the post of {title}][, {title}|]. Applications are screened against the [minimum|essential] qualifications listed in the posting. "
        "[Qualified applicants will be contacted by a Talent Acquisition Specialist.|Shortlisted candidates will be contacted.|If you have not heard from us within four weeks, please assume you have not been shortlisted on this occasion.]"
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Requisition {req} - Application Acknowledgement",
                    "Acknowledgement of application",
                    "Vacancy {req}: application received",
                ]
            )
        ),
        body,
        name,
        addr,
        sign="Human Resources",
    )


@family("reject_formal_uk", "rejection", n=30)
def reject_formal(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["own", "icims", "taleo"]))
    body = ctx.fill(
        "[Thank you for your application for the post of {title}.|We have carefully reviewed your qualifications.] "
        "[I am sorry to inform you that on this occasion your application has not been successful.|At this time, we have identified other applicants whose experience more closely aligns with the position requirements.|We regret that you have not been shortlisted for interview.] "
        "[Your profile will remain in our talent community.|We wish you success in your career.|]"
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "{co} - {title} - Status Update",
                    "Your application",
                    "Application outcome",
                    "Vacancy {req}",
                ]
            )
        ),
        body,
        name,
        addr,
    )


@family("reject_terse", "rejection", n=28)
def reject_terse(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["own", "person"]))
    body = ctx.fill(
        ctx.pick(
            [
                "Thank you for applying. The position has now been filled.",
                "Thanks for your interest - we've gone with another candidate.",
                "The {title} role is no longer open. Thanks for applying.",
                "We won't be taking your application further. Thanks for your time.",
            ]
        )
    )
    return Draft(
        ctx.fill(ctx.pick(["Your application", "Re: application", "{title}"])),
        body,
        name,
        addr,
        sign=ctx.fill("[{co}|{pfirst}|]"),
    )


@family("reject_founder_call", "rejection", n=26)
def reject_founder(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    body = _casual(
        ctx,
        ctx.pick(
            [
                "I wanted to call but couldn't catch you - I'm sorry to say we've decided to go with someone else for the {title} role. It came down to two people and honestly it was close. I'd love to stay in touch as we grow.",
                "Bad news I'm afraid: we're not going to move ahead for the {title} role. You were great with the team, it really was a tough call. Happy to give feedback if useful.",
                "Hate sending these, but we've offered the role to another candidate. Thank you for all the time you put in.",
            ]
        ),
    )
    return Draft(
        ctx.fill(ctx.pick(["Thank you", "update", "Re: {title}", "sorry"])),
        body,
        name,
        addr,
        sign=ctx.fill(ctx.pick(CASUAL_SIGN[:3])),
        form="plain",
    )


@family("outreach_texty_agency", "recruiter_outreach", n=30)
def outreach_texty(ctx: Ctx) -> Draft:
    name, addr = _agency(ctx)
    body = _casual(
        ctx,
        ctx.pick(
            [
                "hey {first} - {pfirst} here, i place [backend|data|product|design] folks with [series A/B startups|scale-ups|fintechs] in {city}. got a couple of roles that look like a great match for your background, {money} base. worth a 10 min chat?",
                "Hi {first}, quick one: I'm working on a {title} role with [a client|{co}], [remote|hybrid]. Interested? Happy to send details.",
            ]
        ),
    )
    return Draft(
        ctx.fill(ctx.pick(["hey {first}", "quick one", "role you might like", "{title} role"])),
        body,
        name,
        addr,
        greet=False,
        sign="",
        form="plain",
    )


@family("outreach_company_recruiting", "recruiter_outreach", n=28)
def outreach_company(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "own")
    body = ctx.fill(
        "Our recruiting team came across your profile and we'd love to tell you about open {title} roles at {co}. "
        "[Reply to this email if you'd like to set up an introductory conversation with a recruiter.|If you're open to it, book a short intro call here: {link}]"
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "{first}, we think you'd be a fit for our team",
                    "Opportunities at {co}",
                    "{co} would like to connect",
                ]
            )
        ),
        body,
        name,
        addr,
    )


@family("other_onboarding_forms", "other_job", n=28)
def onboarding(ctx: Ctx) -> Draft:
    name, addr = (
        ctx.fill("[People Ops|HR|Onboarding]"),
        ctx.fill("[peopleops|onboarding|hr]@{domain}"),
    )
    body = ctx.fill(
        "Welcome! Before your first day on {day} please complete your [I-9, W-4 and direct deposit forms|tax forms and bank details|right-to-work check] in [Rippling|BambooHR|Workday|Personio]. [Your laptop ships Monday.|We'll send your first-week schedule soon.]"
    )
    return Draft(
        ctx.pick(["Before your first day", "Onboarding paperwork", "Welcome aboard - a few forms"]),
        body,
        name,
        addr,
    )


@family("other_portal_code", "other_job", n=26)
def portal_code(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["workday", "icims", "smartrecruiters"]))
    body = ctx.fill(
        "Your one-time passcode to access the {co} career site is {n}{n}{n}{n}{n}{n}. This code will expire in [10|15] minutes."
    )
    return Draft(
        ctx.pick(["Verify your account", "Your passcode", "Sign-in code"]),
        body,
        name,
        addr,
        greet=False,
        sign="",
    )


@family("other_status_note", "other_job", n=26)
def status_note(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["own", "person"]))
    body = _casual(
        ctx,
        "[Just a note that we haven't forgotten you!|Quick heads-up:] We're still working through [interviews|applications] for the {title} role and expect to make decisions in about [two weeks|ten days]. Thanks for your patience.",
    )
    return Draft(
        ctx.pick(["Quick status note", "Still here!", "Update on timing"]), body, name, addr
    )
