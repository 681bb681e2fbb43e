"""Offers, decisions, receipts and practical tests outside tech (helper C1, tag ``ws_``).

The wild set dropped an agency contract offer, a postdoc appointment letter and a teacher's
appointment: offers that never say "offer letter" the way tech does, but speak of day rates,
extensions, pay scales, spine points and start dates. Also here: the receipt a council,
school or hospital sends, their rejections ("not shortlisted on this occasion"), and the
practical skills tests trades and services set as a technical round.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from fam_w_stages_sectors import agency, mobile_sig, person_addr, place
from kit import Ctx, Draft, ats_sender, family


def _rate(ctx: Ctx, sector: str) -> str:
    if sector == "health":
        return ctx.pick(
            [
                f"£{ctx.num(16, 34)}.{ctx.pick(['00', '50'])}/hr",
                f"${ctx.num(38, 72)}/hr (travel contract)",
            ]
        )
    if sector == "school":
        return ctx.pick(
            [
                f"£{ctx.num(14, 23) * 10} per day",
                f"£{ctx.num(130, 210)}/day (supply, paid via PAYE)",
            ]
        )
    if sector == "trades":
        return ctx.pick(
            [
                f"£{ctx.num(18, 30)}/hr CIS",
                f"£{ctx.num(16, 26) * 10} a day",
                f"${ctx.num(28, 55)}/hr",
            ]
        )
    return ctx.pick(
        [
            f"£{ctx.num(28, 85) * 10} per day",
            f"£{ctx.num(30, 75) * 10}/day",
            f"${ctx.num(45, 140)}/hr",
            f"€{ctx.num(40, 95) * 10} a day",
            f"£{ctx.num(350, 750)} per day (outside IR35)",
            f"£{ctx.num(300, 600)}/day inside IR35",
        ]
    )


@family("ws_agency_contract_offer", "offer", n=30)
def agency_contract(ctx: Ctx) -> Draft:
    """An agency confirms the client wants the user: day rate, start date, or an extension."""
    sector = (
        place(ctx, "public", "bank", "law", "trades", "school", "health") if ctx.chance(0.5) else ""
    )
    name, addr, firm = agency(ctx)
    rate = _rate(ctx, sector)
    ext = ctx.chance(0.3)
    if ext:
        body = [
            ctx.para(
                "Good news - {co} would like to extend your contract for a further [3|6|4] months.",
                "The client have confirmed they want to keep you on: extension offered to the end of [March|June|September|the financial year].",
                "{co} have come back and offered an extension on your {title} assignment.",
            ),
            ctx.fill(
                f"[Rate stays the same at {rate}.|They've agreed an uplift to {rate}.|New rate: {rate}.] [I'll send the new schedule over for signing.|Can you confirm you're happy to accept and I'll get the paperwork out?|Let me know by Friday if you'd like to take it.]"
            ),
        ]
        subj = ctx.para(
            "Contract extension", "Extension - {co}", "Re: your contract", "Good news re extension"
        )
    else:
        body = [
            ctx.para(
                "Great news - {co} would like to offer you the {title} contract!",
                "Following your [interview|meeting|call] with {co} I'm pleased to say they'd like to offer you the role.",
                "They loved you! {co} have offered you the {title} position.",
                "I have a formal offer for you from my client {co} for the {title} [contract|assignment|post].",
            ),
            ctx.fill(
                f"[Rate: {rate}\\nStart: {{day}}\\nDuration: [3|6|12] months initially[ with view to extend|]|The rate is {rate} with a start date of {{day}}, [initial 6 months|rolling monthly|until the end of term].|They've agreed {rate}, starting {{day}}.]"
            ).replace("\\n", "\n"),
            ctx.para(
                "Can you confirm you accept and I'll get the contract and onboarding docs over?",
                "Give me a ring to confirm and I'll let them know - they need an answer by tomorrow.",
                "If you're happy, reply 'accept' and our compliance team will be in touch with the paperwork.",
                "Please sign the assignment schedule in the portal to confirm.",
            ),
        ]
        subj = ctx.para(
            "Offer - {title}",
            "{co} - you got it!",
            "Contract offer",
            "Good news!!",
            "Re: {title} contract",
            "Offer from {co}",
        )
    sign = ctx.fill(
        f"[Thanks|Cheers|Kind regards],\n{{person}}\n[Senior Consultant|Account Manager|Director|Contract Consultant] | {firm}"
    )
    if ctx.chance(0.3):
        sign += "\n" + mobile_sig(ctx)
    return Draft(subj, "\n\n".join(body), name, addr, sign=sign, form=ctx.pick(["plain", "alt"]))


@family("ws_appointment_letter_edu", "offer", n=30)
def appointment_letter(ctx: Ctx) -> Draft:
    """Schools and universities: an appointment on a pay scale or grade, subject to checks."""
    place(ctx, "school", "university", "university")
    uni = ".ac." in ctx._co.domain or ".edu." in ctx._co.domain or "Institute" in ctx._co.name
    if ctx.chance(0.6):
        name, addr = (
            ctx.fill("[{co} HR|Human Resources|{co} People Services]"),
            ctx.fill("[hr|recruitment|people]@{domain}"),
        )
    else:
        name, addr = ctx.person, person_addr(ctx)
    if uni:
        pay = ctx.fill(
            "[Grade 7, spine point {n}{n} (£{n}{n},{n}{n}{n} per annum)|Grade 6, point {n}{n}|£{n}{n},{n}{n}{n} per annum on the research scale]"
        )
        term = ctx.fill(
            "[fixed-term for [24|36|18] months|fixed-term until [31 March|31 August] [2026|2027], funded by the [Wellcome Trust|UKRI|NIH] grant|open-ended]"
        )
    else:
        pay = ctx.fill(
            "[Main Pay Scale M[2|3|4]|MPS [1|3|5] plus TLR 2b|Upper Pay Scale UPS[1|2]|Step [3|5|7] on the district salary schedule|the support staff scale, point {n}{n}]"
        )
        term = ctx.fill(
            "[permanent, full-time|fixed-term (maternity cover) until [July|December]|permanent, 0.6 FTE|for the [2025-26|2026-27] school year]"
        )
    body = [
        ctx.para(
            "I am delighted to offer you the appointment of {title} at {co}.",
            "Further to your recent interview, I am pleased to confirm the panel's decision to appoint you to the post of {title}.",
            "Following the selection process for {title}, I am writing to offer you the post[, subject to the conditions below|].",
            "On behalf of the "
            + (
                "[University|Faculty|search committee]"
                if uni
                else "[Governing Body|Trust|Board of Education]"
            )
            + ", it is my pleasure to offer you the position of {title}.",
        ),
        f"The post is {term}, paid at {pay}. "
        + ctx.fill(
            "[Your start date will be {day}.|The appointment will begin on {day}, or as soon as possible thereafter.|We expect you to take up the post from the start of [the autumn term|January|next semester].]"
        ),
        ctx.para(
            "This offer is conditional on satisfactory references, an enhanced DBS check, evidence of your right to work and medical clearance.",
            "The offer is subject to satisfactory pre-employment checks, including references and verification of your qualifications.",
            "Your contract will follow once the pre-employment checks are complete.",
        ),
        ctx.para(
            "Please confirm your acceptance in writing by {day}.",
            "I would be grateful if you could sign and return the enclosed acceptance form.",
            "Please reply to accept, and we will send your contract and induction details.",
            "We very much look forward to welcoming you to the "
            + ("[department|University|group]" if uni else "[school|team|staff]")
            + ".",
        ),
    ]
    subj = ctx.para(
        "Offer of appointment - {title}",
        "Appointment to the post of {title}",
        "Your appointment",
        "Conditional offer: {title} (ref {req})",
        "{co}: offer of employment",
        "Congratulations",
    )
    sign = ctx.fill(
        "[Yours sincerely|Kind regards|With best wishes],\n{person}\n"
        + (
            "[Head of HR|HR Adviser|Head of School|Principal Investigator|Dean of Faculty]"
            if uni
            else "[Headteacher|Head of HR|HR Adviser|Principal|Superintendent]"
        )
        + "\n{co}"
    )
    return Draft(subj, "\n\n".join(body), name, addr, sign=sign)


@family("ws_hourly_shift_offer", "offer", n=30)
def hourly_offer(ctx: Ctx) -> Draft:
    """Pubs, shops, depots and care homes: 'you got the job', an hourly rate and a first shift."""
    sector = place(ctx, "hospitality", "retail", "logistics", "health", "trades")
    if ctx.chance(0.6):
        name, addr = ctx.person, person_addr(ctx)
    else:
        name, addr = ats_sender(ctx, ctx.pick(["own", "own", "workday"]))
    rate = ctx.pick(
        [
            f"£{ctx.num(11, 17)}.{ctx.pick(['00', '44', '50', '75', '21'])}/hr",
            f"${ctx.num(15, 32)}.{ctx.pick(['00', '50', '25'])} an hour",
            f"£{ctx.num(11, 16)}.{ctx.pick(['00', '50'])} per hour plus tips",
            f"${ctx.num(16, 24)}/hour + shift differential",
        ]
    )
    shifts = {
        "hospitality": "[Thurs-Sun evenings|weekends plus one weekday|lunch and dinner, 30-35 hours a week]",
        "retail": "[16 hours, weekends|nights, 4 nights a week|flexible, 20-30 hours]",
        "logistics": "[nights, 4 on 4 off|days, Mon-Fri 6am-2pm|weekend nights]",
        "health": "[3 long days a week|nights, 36 hours a week|days, rota to follow]",
        "trades": "[Mon-Fri 7:30-4:30|40 hours, overtime available]",
    }[sector]
    body = [
        ctx.para(
            "You got the job! We'd love to have you on the team as {title}.",
            "Great news - we'd like to offer you the {title} position!",
            "Thanks for coming in, everyone loved you. We'd like to offer you the job.",
            "Congratulations! We are pleased to offer you the position of {title} at {co}.",
            "Hi {first}, happy to say the job is yours if you want it!",
        ),
        ctx.fill(
            f"[Pay is {rate}, {shifts}.|Rate: {rate}\nHours: {shifts}|It's {rate}, {shifts}.]"
        ),
        ctx.para(
            "First shift would be {day} at {time} - bring your ID and bank details.",
            "Can you start {day}? We'll do your induction first.",
            "Let me know if you accept and I'll get you on the rota for next week.",
            "Please reply to accept and complete your new starter forms in the link we'll send.",
        ),
    ]
    subj = ctx.para(
        "You got the job!",
        "Job offer - {title}",
        "Welcome to the team",
        "Offer: {title}",
        "good news",
        "{co} - job offer",
    )
    return Draft(
        subj,
        "\n\n".join(body),
        name,
        addr,
        sign=ctx.fill(
            "[{pfirst}|Thanks,\n{pfirst}\n[Store Manager|General Manager|Depot Manager|Home Manager|Site Supervisor]|{co} HR]"
        ),
        form=ctx.pick(["plain", "plain", "alt"]),
    )


@family("ws_public_sector_receipt", "confirmation", n=30)
def public_receipt(ctx: Ctx) -> Draft:
    """Councils, schools, hospitals and universities acknowledge an application."""
    place(ctx, "public", "school", "health", "university", "charity")
    name, addr = (
        ctx.fill("[{co} Recruitment|{co} HR Services|Jobs at {co}|{co}]"),
        ctx.fill("[noreply|recruitment|jobs|hr.recruitment]@{domain}"),
    )
    body = [
        ctx.para(
            "Thank you for your application for the post of {title} (reference {req}).",
            "We confirm receipt of your application for {title}.",
            "Your application for {title}, reference {req}, has been successfully submitted.",
            "Thank you for applying to work at {co}. This email confirms we have received your application for {title}.",
        ),
        ctx.para(
            "The closing date for this vacancy is {day}. Shortlisting will take place shortly after, and shortlisted candidates will be contacted by email.",
            "If you have not heard from us within [three|four] weeks of the closing date, please assume that on this occasion you have not been successful.",
            "Applications will be assessed against the essential criteria in the person specification.",
            "Shortlisting is expected to take place w/c {day}.",
        ),
        ctx.para(
            "",
            "You can view your application at any time by logging into your account.",
            "We are committed to safeguarding and promoting the welfare of children and young people and expect all staff to share this commitment.",
            "We guarantee an interview to disabled applicants who meet the minimum criteria.",
            "Please quote the reference number in any correspondence.",
        ),
    ]
    subj = ctx.para(
        "Application received - {title}",
        "Your application (ref {req})",
        "Thank you for your application",
        "Confirmation of application: {title}",
        "{co} - application acknowledgement",
    )
    return Draft(
        subj,
        "\n\n".join(p for p in body if p),
        name,
        addr,
        sign=ctx.fill(
            "[Recruitment Team|HR Services|{co} Recruitment|Yours faithfully,\nHuman Resources]"
        ),
        footer=ctx.pick(
            [
                "",
                "This is an automated message, please do not reply.",
                "Please do not reply to this email address.",
            ]
        ),
        bulk=ctx.chance(0.4),
    )


@family("ws_nontech_rejection", "rejection", n=30)
def nontech_reject(ctx: Ctx) -> Draft:
    """Schools, hospitals, councils, firms and small employers turn the applicant down."""
    place(ctx)
    if ctx.chance(0.5):
        name, addr = ctx.person, person_addr(ctx)
    else:
        name, addr = (
            ctx.fill("[{co} Recruitment|{co} HR|{co}]"),
            ctx.fill("[recruitment|hr|jobs|noreply]@{domain}"),
        )
    body = [
        ctx.para(
            "Thank you for your interest in the post of {title} and for the time you took to apply.",
            "Thank you for attending [the selection day|interview|the panel|your trial shift] for {title}[ last week| on {day}|].",
            "Thanks so much for coming in [for the trial|to see us] - it was lovely to meet you.",
            "Many thanks for your application for {title}.",
        ),
        ctx.para(
            "I am sorry to tell you that on this occasion you have not been shortlisted.",
            "After careful consideration, the panel has decided to appoint another candidate.",
            "Unfortunately we've decided to go with someone with a bit more [experience|availability|local knowledge] this time.",
            "We regret to inform you that your application has been unsuccessful.",
            "We received a very high number of applications and I'm afraid we won't be taking yours forward.",
            "I'm afraid the position has now been filled.",
        ),
        ctx.para(
            "",
            "If you would like feedback, please contact {person} by email.",
            "We will keep your details on file for six months and may contact you about future vacancies.",
            "We wish you every success in your future career.",
            "Please do apply again - we have [more shifts|other posts] coming up [over summer|in the new year].",
            "Please do not be discouraged from applying for future vacancies with us.",
        ),
    ]
    subj = ctx.para(
        "Your application - {title}",
        "Outcome of your application",
        "{title} (ref {req})",
        "Re: {title}",
        "Thank you",
        "Application outcome",
    )
    return Draft(
        subj,
        "\n\n".join(p for p in body if p),
        name,
        addr,
        sign=ctx.fill(
            "[Kind regards|Yours sincerely|Best wishes|Thanks],\n[{person}|{co} Recruitment Team|{pfirst}]"
        ),
    )


@family("ws_practical_skills_test", "technical_round", n=30)
def practical_test(ctx: Ctx) -> Draft:
    """Trades, drivers, law firms and councils set a practical or written test as the next round."""
    sector = place(ctx, "trades", "logistics", "law", "public", "bank", "health")
    if ctx.chance(0.55):
        name, addr = ctx.person, person_addr(ctx)
    else:
        name, addr = (
            ctx.fill("[{co} Recruitment|{co} Resourcing]"),
            ctx.fill("[recruitment|resourcing|jobs]@{domain}"),
        )
    test = {
        "trades": "[a practical test in our workshop: [wiring a consumer unit|a small pipework job|a setting-out exercise], about 2 hours|a hands-on trade test at the yard, PPE provided]",
        "logistics": "[a driving assessment with our transport trainer (around 45 minutes, bring your licence and CPC)|a forklift practical assessment (counterbalance and reach)]",
        "law": "[a written drafting exercise (90 minutes, a short letter of advice)|a timed case study exercise followed by a partner review]",
        "public": "[an online technical test (verbal and numerical reasoning)|a written exercise: a 600-word briefing note, 60 minutes]",
        "bank": "[online numerical and situational judgement tests|a case study exercise on a lending decision, 45 minutes to prepare]",
        "health": "[a clinical skills assessment (OSCE-style, three stations)|a medicines calculation test and a scenario exercise]",
    }[sector]
    first = ctx.para(
        "Thank you for your time at the first stage for {title}. We'd like to invite you to the second stage:",
        "Following your first conversation with us, the next step for {title} is",
        "You've passed the first round for {title}. Stage two is",
        "As the next part of the process for the {title} role, we ask candidates to complete",
    )
    body = [
        first + " " + ctx.fill(test) + ".",
        ctx.para(
            "Please let us know your availability for {day} or {day}.",
            "You'll receive a link by email; please complete it within 5 days.",
            "It's booked provisionally for {day} at {time}; reply to confirm.",
            "Results will be reviewed by the panel before final interviews.",
        ),
    ]
    subj = ctx.para(
        "Stage 2 - {title}",
        "Practical assessment",
        "Next stage: skills test",
        "Your application - second stage",
        "Technical test - {co}",
        "Assessment booking",
    )
    return Draft(subj, "\n\n".join(body), name, addr)
