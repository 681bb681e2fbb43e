"""Template families (zf_, written blind): interview mail as real inboxes show it: corporate
calendar invites with meeting-join boilerplate, recruiters' hand-typed phone-screen notes, onsite
logistics (parking, badge, travel refunds), code-switched invitations, an invite forwarded to
oneself and one-line notes.
"""

# ruff: noqa: E501

from __future__ import annotations

from datetime import timedelta

from kit import Calendar, Ctx, Draft, family, sign_person
from zf_kit import (
    ZF_N,
    addr,
    body,
    bye,
    confidential,
    fwd_header,
    hello,
    opt,
    phone,
    teams_block,
    weekday_future,
    when_text,
)


@family("zf_iv_corp_calendar_invite", "interview", n=ZF_N)
def _corp_calendar_invite(ctx: Ctx) -> Draft:
    start = weekday_future(ctx, 2, 12)
    mins = ctx.pick([30, 45, 60])
    subject = ctx.fill(
        ctx.pick(
            [
                "Invitation: Interview - {first} {last} / {title} @ " + when_text(ctx, start),
                "Interview: {first} {last} | {title} ({co})",
                "{co} Interview - {title} - " + when_text(ctx, start),
                "Updated invitation: {title} interview with {person}",
                "Interview Confirmation: {title} (Req {req})",
            ]
        )
    )
    note = ctx.para(
        "Hi {first}, as discussed, sending over the calendar invitation for your interview for the {title} position. You will meet {person}, [our hiring manager|Director of the team|a senior member of the team].",
        "Dear {first},\nPlease find below the details of your interview with {co} for the {title} role. [Kindly accept the invite so we know it works for you.|Let me know if the time no longer works.]",
        "{first} - invite for your {title} interview attached. [Looking forward to it!|Good luck!|Any issues, just reply here.]",
        "Hello {first},\n\nThank you for your interest in {co}. This invitation confirms your interview on "
        + when_text(ctx, start)
        + " ([{mins} minutes|about an hour]). The interviewers will be {person} and a colleague from the team.".replace(
            "{mins}", str(mins)
        ),
    )
    join = (
        teams_block(ctx)
        if ctx.chance(0.75)
        else ctx.fill("Location: {co} office, {city} - please check in at reception")
    )
    return Draft(
        subject=subject,
        body=body(
            note, join, opt(ctx, 0.35, "Please have your ID ready and test your audio beforehand.")
        ),
        from_name=ctx.person,
        from_addr=addr(
            ctx, ctx.pick(["{pf}.{pl}@{domain}", "{pf}{pl}@{domain}", "recruiting.events@{domain}"])
        ),
        greet=False,
        sign=sign_person(
            ctx,
            ctx.pick(
                ["Recruiting Coordinator", "Talent Acquisition", "Recruiter", "HR Business Partner"]
            ),
        ),
        footer=confidential(ctx) if ctx.chance(0.5) else "",
        form=ctx.pick(["alt", "alt", "plain", "html"]),
        calendar=Calendar(
            summary=ctx.fill(
                "[Interview|Interview: {first} {last}|{co} interview - {title}|{title} Interview]"
            ),
            start=start,
            minutes=mins,
            location=ctx.pick(
                ["Microsoft Teams Meeting", "Zoom", "Google Meet", "Conference Room 4B"]
            ),
        ),
    )


@family("zf_iv_phone_screen_by_hand", "interview", n=ZF_N)
def _phone_screen_by_hand(ctx: Ctx) -> Draft:
    when = weekday_future(ctx, 1, 6)
    slot = when_text(ctx, when)
    text = body(
        ctx.pick(["Hi {first},", "Hey {first}!", "{first} -", "Hello {first},", ""]),
        ctx.para(
            "Great, you're confirmed for "
            + slot
            + ". I'll call you on "
            + phone(ctx)
            + " - if that's not the best number just let me know.",
            "Perfect, let's lock in "
            + slot
            + " for our phone screen. I'll give you a ring at the number on your resume.",
            "Confirming our call " + slot + " ({time}). Should take 20-30 min.",
            "Thanks for getting back to me so quickly! "
            + slot
            + " works on my end, I'll call you then.",
        ),
        ctx.para(
            "It'll be pretty informal - I'd like to hear about your background and what you're looking for, and I'll tell you more about the {title} role and the team at {co}.",
            "Mostly a chat about your experience and the {title} opening, plus logistics (location, comp expectations, timing).",
            "We'll go over the role, your experience so far, and next steps in our process at {co}.",
            "Nothing to prepare, just come with questions about {co}!",
        ),
        opt(ctx, 0.4, "If anything comes up, feel free to text me at the number below."),
        opt(ctx, 0.3, "Talk soon,"),
    )
    return Draft(
        subject=ctx.fill(
            ctx.pick(
                [
                    "Re: {title} - phone screen",
                    "Phone screen confirmed",
                    "Our call " + slot,
                    "Re: Quick chat about the {title} role",
                    "Re: {co} - next steps",
                    "confirmed for tomorrow",
                ]
            )
        ),
        body=text,
        from_name=ctx.person,
        from_addr=addr(
            ctx, ctx.pick(["{pf}@{domain}", "{pf}.{pl}@{domain}", "{pf}{pl}@gmail.com"])
        ),
        greet=False,
        sign=ctx.fill(
            ctx.pick(
                [
                    "{pfirst}",
                    "{person}\nTalent Acquisition, {co}",
                    "{pfirst}\nSent from my iPhone",
                    "-{pfirst}",
                ]
            )
        ),
        form=ctx.pick(["plain", "plain", "alt"]),
        quote=ctx.fill(
            ctx.pick(
                [
                    "Hi {pfirst}, thanks for reaching out! I'm available "
                    + slot
                    + " or any time Friday morning.",
                    "That works for me. Looking forward to it.",
                    "Sure, happy to talk. What times work for you?",
                ]
            )
        )
        if ctx.chance(0.6)
        else "",
    )


@family("zf_iv_onsite_logistics_travel", "interview", n=ZF_N)
def _onsite_logistics(ctx: Ctx) -> Draft:
    when = weekday_future(ctx, 5, 20)
    agenda = "\n".join(
        f"{(when + timedelta(minutes=45 * i)):%I:%M %p} - {ctx.pick(['Hiring manager', 'Team lead', 'Cross-functional partner', 'Director', 'Lunch with the team', 'HR conversation'])} ({ctx.pick(['Sarah', 'Kenji', 'Marcus', 'Ines', 'Omar', 'Lena', 'Raj'])} {ctx.pick(['Chen', 'Rossi', 'Okafor', 'Park', 'Weber'])})"
        for i in range(ctx.num(2, 5))
    )
    sections = [
        ctx.para(
            "We're excited to host you at our {city} office on "
            + when_text(ctx, when)
            + " for your interviews for the {title} position. Here is everything you need for the day.",
            "Please find the logistics for your in-person interview with {co} on "
            + when_text(ctx, when)
            + " below.",
            "Thanks again for making the trip to see us! Below are the details for your visit and interviews ({title}).",
        ),
        "Schedule:\n" + agenda if ctx.chance(0.7) else "",
        ctx.para(
            "Arrival: please arrive 10-15 minutes early and check in at the front desk on the ground floor. Bring a government-issued photo ID; security will print a visitor badge for you.",
            "Building access: show your ID at reception and ask for {person}. You'll receive a temporary visitor badge that must be returned at the end of the day.",
            "When you arrive, check in on the iPad at reception (visitor registration) and someone from our team will come down to meet you.",
        ),
        ctx.para(
            "Parking: visitor parking is available in the garage under the building, level P2. We will validate your ticket, so bring it to reception.",
            "Parking is limited; we recommend public transport (the office is a 5-minute walk from the station). If you drive, use the visitor spots marked near the main entrance.",
            "There is no parking on site; the nearest public garage is on the next block and we will reimburse the cost.",
            "",
        ),
        ctx.para(
            "Travel: our travel partner will email your flight and hotel confirmations. For anything else (mileage, taxis, meals), keep your receipts and submit them with the candidate expense form within 30 days; reimbursement usually takes 2-3 weeks.",
            "Reimbursement: please book your train ticket and we'll refund it. Send the receipts to me after your visit together with your bank details.",
            "We have booked a room for you at a hotel nearby for the night before. Reasonable travel expenses will be reimbursed as per our candidate travel policy.",
            "",
        ),
        opt(
            ctx,
            0.5,
            "Dress code is [business casual|casual - most of us wear jeans|smart casual]. Lunch will be provided; let us know about any dietary requirements or accessibility needs.",
        ),
        ctx.para(
            "If you have any questions before your visit, reply to this email or call me.",
            "See you soon!",
            "Safe travels, and good luck!",
        ),
    ]
    return Draft(
        subject=ctx.fill(
            ctx.pick(
                [
                    "Your visit to {co} - interview logistics",
                    "Onsite interview details: {title}",
                    "Interview day information ({co}, {city})",
                    "Travel & logistics for your interview",
                    "Your in-person interview on " + when_text(ctx, when),
                ]
            )
        ),
        body=body(*sections),
        from_name=ctx.person,
        from_addr=addr(
            ctx,
            ctx.pick(["{pf}.{pl}@{domain}", "interviews@{domain}", "candidate.travel@{domain}"]),
        ),
        sign=sign_person(ctx, "Recruiting Coordinator"),
        footer=confidential(ctx) if ctx.chance(0.3) else "",
        form=ctx.pick(["alt", "html", "plain"]),
        calendar=Calendar(
            ctx.fill("Onsite interview - {co}"), when, 240, location=ctx.fill("{co}, {city}")
        )
        if ctx.chance(0.35)
        else None,
    )


@family("zf_iv_codeswitch_invite", "interview", lang="de", n=ZF_N)
def _codeswitch_invite(ctx: Ctx) -> Draft:
    lang = ctx.pick(["de", "es", "fr", "nl", "pt", "it"])
    when = weekday_future(ctx, 1, 9)
    slot = when_text(ctx, when, lang)
    texts = {
        "de": "danke für deine Bewerbung als {title}! Wir würden dich gerne zu einem ersten Interview (ca. 30 min, via Google Meet) einladen. Would "
        + slot
        + " work for you? Alternativ schick mir gerne 2-3 Slots.",
        "es": "gracias por aplicar a la posición de {title}. Nos gustaría hacerte una entrevista inicial, a quick call with the hiring manager. ¿Te viene bien el "
        + slot
        + "? Si no, propón otro horario.",
        "fr": "merci pour ta candidature au poste de {title}. On aimerait organiser un premier entretien, a 30-min intro call avec notre Head of Engineering. Est-ce que le "
        + slot
        + " te conviendrait ?",
        "nl": "bedankt voor je sollicitatie als {title}. We willen je graag uitnodigen voor een eerste gesprek - a short video call with the team lead. Past "
        + slot
        + " voor jou?",
        "pt": "obrigado pela sua candidatura para {title}. Gostaríamos de marcar uma entrevista, just a first conversation with our team. Pode ser "
        + slot
        + "?",
        "it": "grazie per la candidatura come {title}! Vorremmo fissare un primo colloquio conoscitivo, a quick chat in English with the hiring manager. Ti andrebbe bene "
        + slot
        + "?",
    }
    subj = {
        "de": "Interview Einladung - {title} @ {co}",
        "es": "Entrevista {co} - {title} / interview",
        "fr": "Entretien {title} - {co} (first call)",
        "nl": "Uitnodiging interview {title} - {co}",
        "pt": "Entrevista - {title} | {co}",
        "it": "Colloquio {title} - {co} / interview",
    }[lang]
    return Draft(
        subject=ctx.fill(subj),
        body=body(
            hello(ctx, lang, 0.95),
            ctx.fill(texts[lang]),
            opt(ctx, 0.4, "Cheers / Saludos / Grüße - {pfirst}"),
        ),
        from_name=ctx.fill(ctx.pick(["{person}", "{person} ({co})", "{person} | {co} Talent"])),
        from_addr=addr(ctx, ctx.pick(["{pf}@{domain}", "{pf}.{pl}@{domain}", "talent@{domain}"])),
        greet=False,
        sign=bye(
            ctx,
            lang,
            ctx.pick(
                ["{person}\nTalent Acquisition | {co}", "{pfirst}", "{person}\nPeople & Culture"]
            ),
        ),
        form=ctx.pick(["plain", "alt"]),
        lang=lang,
    )


@family("zf_iv_fwd_to_self", "interview", n=ZF_N)
def _fwd_to_self(ctx: Ctx) -> Draft:
    when = weekday_future(ctx, 2, 10)
    orig_from = ctx.person
    orig_addr = addr(
        ctx, ctx.pick(["{pf}.{pl}@{domain}", "recruiting@{domain}", "no-reply@greenhouse.io"])
    )
    orig_subj = ctx.fill(
        ctx.pick(
            [
                "Interview invitation - {title}",
                "{co}: Interview for {title}",
                "Next steps with {co}",
                "Invitation to interview",
            ]
        )
    )
    orig = body(
        ctx.fill("Hi {first},"),
        ctx.para(
            "Thank you for applying to the {title} role at {co}. We'd like to invite you to a video interview with {person} on "
            + when_text(ctx, when)
            + ". Please confirm whether this time works.",
            "We enjoyed reviewing your application and would like to schedule an interview. Are you available "
            + when_text(ctx, when)
            + "? The conversation will last about 45 minutes.",
            "Following your application for {title}, we are pleased to invite you to an interview at our {city} office on "
            + when_text(ctx, when)
            + ".",
        ),
        ctx.fill("Best,\n{person}\n{co}"),
    )
    note = ctx.pick(
        [
            "",
            "fyi",
            "for the calendar",
            "save",
            "!!",
            "remember to prep",
            "forwarding to personal",
            "need to reply to this by tomorrow",
            "sending to myself",
        ]
    )
    cand_work = ctx.pick(
        ["@student.university.edu", "@work-mail.com", "@icloud.com", "@hotmail.com"]
    )
    return Draft(
        subject=ctx.pick(["Fwd: ", "FW: ", "Fw: "]) + orig_subj,
        body=body(
            note,
            fwd_header(
                ctx, orig_from, orig_addr, orig_subj, ctx.date - timedelta(hours=ctx.num(1, 40))
            ),
            orig,
        ),
        from_name=f"{ctx.cand_first} {ctx.cand_last}",
        from_addr=f"{ctx.cand_first.lower()}{ctx.cand_last[0].lower()}{ctx.num(1, 99)}{cand_work}",
        greet=False,
        sign=ctx.pick(["", "", "Sent from my iPhone"]),
        form=ctx.pick(["plain", "alt"]),
    )


@family("zf_iv_very_short_recruiter", "interview", n=ZF_N)
def _very_short(ctx: Ctx) -> Draft:
    text = ctx.para(
        "Free for a quick call tomorrow at {time} about the {title} role?",
        "Can we do the phone screen {day} instead? Same time.",
        "Does {day} at {time} work for a 20 min intro call re {co}?",
        "Booked you in with our hiring manager for {day} {time}. Invite to follow.",
        "Interview moved to {time} - same link. See you then!",
        "Hi {first} - can you talk today about the {title} position? Call me when free.",
        "We'd love to interview you for {title}. When are you free this week?",
    )
    return Draft(
        subject=ctx.fill(
            ctx.pick(
                [
                    "quick call?",
                    "Re: {title}",
                    "{co} interview",
                    "Re: phone screen",
                    "interview time",
                    "Re: your application",
                ]
            )
        ),
        body=text,
        from_name=ctx.fill(ctx.pick(["{person}", "{pfirst} ({co})", "{person} - {co}"])),
        from_addr=addr(ctx, ctx.pick(["{pf}@{domain}", "{pf}.{pl}@{domain}"])),
        greet=ctx.chance(0.4),
        sign=ctx.fill(
            ctx.pick(
                ["{pfirst}", "-{pfirst}", "{pfirst}\n{co} Recruiting", "Sent from my iPhone", ""]
            )
        ),
        form="plain",
    )
