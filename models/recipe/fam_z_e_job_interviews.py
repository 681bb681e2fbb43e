"""Interview invitations in styles the older families may lack: startup founders on Dover or
their own mail with bare subjects ("Quick question"), terse phone-written replies, plain video
links with an invite, HireVue-style one-way video steps, French (Welcome to the Jungle) and
Spanish / Portuguese invitations.
"""

# ruff: noqa: E501

from __future__ import annotations

from datetime import timedelta

from kit import Calendar, Ctx, Draft, family
from zd_kit import bye_in, clock, date_in, hello_in, opt, sched_link, workday
from ze_kit import ZE_N, body, mobile, platform, sender

_PERSON = (
    ("{person}", "{pfirst}@{domain}"),
    ("{person}", "{pfirst}.{plast}@{domain}"),
    ("{pfirst}", "{pfirst}@{domain}"),
)


def _meet(ctx: Ctx) -> str:
    return ctx.pick(
        [
            ctx.url("zoom.us", "j") + f"?pwd={ctx.num(1000, 9999)}",
            f"https://meet.google.com/{ctx.pick(['abc', 'xyt', 'pqr', 'kmw'])}-{ctx.pick(['defg', 'hurp', 'wmzo'])}-{ctx.pick(['hij', 'tuv', 'nop'])}",
            ctx.url("teams.microsoft.com", "l/meetup-join"),
            ctx.url("whereby.com", "room"),
        ]
    )


@family("ze_iv_founder_quick_question", "interview", n=ZE_N)
def _iv_founder(ctx: Ctx) -> Draft:
    dover = ctx.chance(0.4)
    name, addr = platform(ctx, "dover") if dover else sender(ctx, _PERSON)
    subject = ctx.pick(
        [
            "Quick question",
            "Re: your application",
            "Update",
            "Hey!",
            "Chat this week?",
            ctx.fill("{co} <> {first}"),
        ]
    )
    text = body(
        ctx.para(
            "Saw your application for the {title} role come through - loved the project you linked. Would you be up for a 30 min call this week?",
            "I'm one of the founders at {co}. Your background looks like a great fit for what we're building. Free for a quick intro call {day}?",
            "Thanks for applying! I read through your resume myself (we're {n} people, so everyone reads everything). Want to hop on a call to chat about the role?",
            "Quick one: are you still interested in the {title} position? If so I'd love to set up a first conversation.",
        ),
        ctx.para(
            "Grab any slot here: " + sched_link(ctx, ctx.pick(["calendly", "cal"])),
            "Just reply with a couple of times that work and I'll send an invite.",
            "I'm pretty flexible {day} and the day after, afternoons "
            + ctx.pick(["ET", "PT", "CET", "GMT"])
            + ".",
        ),
        opt(
            ctx,
            0.4,
            "No prep needed - it's mostly me telling you what we do and hearing what you're looking for.",
        ),
    )
    sign = ctx.pick(
        [
            "",
            ctx.person_first,
            ctx.fill("{pfirst}\nCo-founder, {co}"),
            ctx.fill("- {pfirst} ({co})"),
        ]
    )
    quote = ""
    if subject.startswith("Re:") or ctx.chance(0.2):
        quote = ctx.fill(
            "Hi, I just applied for the {title} role and wanted to say hello. Happy to share more about my work.\n\n{first}"
        )
    return Draft(
        subject,
        text,
        name,
        addr,
        greet=ctx.chance(0.6),
        sign=sign + ("\n\n" + mobile(ctx, 0.3) if ctx.chance(0.3) else ""),
        quote=quote,
        form=ctx.pick(["plain", "plain", "alt"]),
    )


@family("ze_iv_terse_mobile_reply", "interview", n=ZE_N)
def _iv_terse(ctx: Ctx) -> Draft:
    name, addr = sender(ctx, _PERSON)
    subject = ctx.pick(
        [
            "Re: your application",
            "Re: Application",
            "Update",
            "Re: Following up",
            "Re: CV",
            "Re: Question about the role",
        ]
    )
    text = body(
        ctx.para(
            "Thanks {first}. Can you do a call {day} at {time}?",
            "Yes let's talk. Free tomorrow 10am?",
            "Hi - got it. Team wants to meet you. {day} {time} work for a video call?",
            "Sounds good. I'll send an invite for {day}, 30 min with me and our hiring manager.",
            "Great, would like to bring you in for an interview. What's your availability next week?",
            "Thx for following up! Yes we'd like to interview you - call {day}?",
        ),
    )
    quote = ctx.fill(
        ctx.pick(
            [
                "Hi {pfirst},\n\nI applied for the {title} role last week and wanted to follow up. I'd love to learn more about the team.\n\nBest,\n{first}",
                "Hello, just checking whether my application for {title} is still being considered?\n\nThanks,\n{first} {last}",
                "Hi {pfirst}, attaching my CV as discussed. Let me know if you need anything else.\n{first}",
            ]
        )
    )
    return Draft(
        subject,
        text,
        name,
        addr,
        greet=False,
        sign="\n\n".join(
            p
            for p in (ctx.pick(["", ctx.person_first, ctx.person_first[0]]), mobile(ctx, 0.7))
            if p
        ),
        quote=quote,
        form="plain",
    )


@family("ze_iv_video_link_invite", "interview", n=ZE_N)
def _iv_video(ctx: Ctx) -> Draft:
    when = workday(ctx, 2, 10)
    mins = ctx.pick([30, 45, 45, 60])
    link = _meet(ctx)
    own = ctx.chance(0.5)
    name, addr = (
        (ctx.fill("{person}"), ctx.fill("recruiting@{domain}"))
        if own
        else platform(ctx, ctx.pick(["teamtailor", "recruitee", "breezy", "rippling"]))
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "Interview invitation: {title} - " + date_in(ctx, when),
                "Invitation: {co} interview @ " + date_in(ctx, when) + " " + clock(ctx, when),
                "Your interview with {co}",
                "Video interview - {title}",
                "Next step: meet the team ({co})",
            ]
        )
    )
    text = body(
        ctx.para(
            "We'd like to invite you to a video interview for the {title} position.",
            "Thank you for your application. We were impressed and would like to get to know you better in a first interview.",
            "Following your call with our recruiter, the hiring manager would like to meet you.",
        ),
        "When: "
        + date_in(ctx, when)
        + ", "
        + clock(ctx, when)
        + " ("
        + ctx.pick(["CET", "ET", "PT", "GMT", "your local time"])
        + f")\nDuration: {mins} minutes\nWhere: "
        + link,
        ctx.para(
            "You'll meet {person} ([Engineering Lead|Head of Product|Team Lead|Director of Operations|Hiring Manager]).",
            "The conversation will cover your experience, the role, and any questions you have for us.",
            "Please test your camera and microphone beforehand. If the time doesn't work, use the link in this email to pick another.",
        ),
        opt(ctx, 0.5, "Need to reschedule? " + ctx.url(addr.split("@")[1], "reschedule")),
    )
    cal = (
        Calendar(ctx.fill("Interview: {first} {last} / {co}"), when, mins, location=link)
        if ctx.chance(0.6)
        else None
    )
    return Draft(subject, text, name, addr, calendar=cal, bulk=not own and ctx.chance(0.6))


@family("ze_iv_oneway_video_platform", "interview", n=ZE_N)
def _iv_oneway(ctx: Ctx) -> Draft:
    tool, host = ctx.pick(
        [
            ("HireVue", "hirevue.com"),
            ("Spark Hire", "sparkhire.com"),
            ("Willo", "willo.video"),
            ("HireVue", "hirevue.com"),
        ]
    )
    due = ctx.future(3, 7)
    subject = ctx.para(
        "{co} - On-Demand Video Interview Invitation",
        "Action needed: complete your video interview for {title}",
        "Your {co} interview is ready",
        "Reminder: video interview expires soon",
    )
    text = body(
        ctx.para(
            "Thank you for your interest in the {title} role at {co}. As the next step, we invite you to complete an on-demand video interview via "
            + tool
            + ".",
            "Congratulations - you have been selected to move to the interview stage for {title}. This stage is a recorded video interview you can complete at a time that suits you.",
            "Just a reminder that your video interview for {co} has not been completed yet.",
        ),
        ctx.para(
            "You'll answer {n} questions on camera, with up to 3 minutes per answer and time to think before each one. Plan about 30 minutes.",
            "There is a practice question first, so you can get comfortable before recording your answers.",
            "The interview works in Chrome or Firefox on a laptop, or in the app on your phone.",
        ),
        "Complete it by " + date_in(ctx, due) + ": " + ctx.url(f"app.{host}", "interview"),
        opt(
            ctx,
            0.4,
            "If you need an accommodation, reply to this email and we'll be happy to help.",
        ),
    )
    name = ctx.fill(ctx.pick(["{co} via " + tool, "{co} Talent Acquisition", tool]))
    return Draft(
        subject,
        text,
        name,
        ctx.pick(["noreply@", "no-reply@", "notifications@"]) + host,
        bulk=True,
        form=ctx.pick(["alt", "html"]),
    )


@family("ze_iv_fr_wttj_entretien", "interview", lang="fr", n=ZE_N)
def _iv_fr(ctx: Ctx) -> Draft:
    when = workday(ctx, 2, 9)
    via_board = ctx.chance(0.4)
    name, addr = (
        ("Welcome to the Jungle", "noreply@welcometothejungle.com")
        if via_board
        else (ctx.person, ctx.fill("recrutement@{domain}"))
    )
    subject = ctx.para(
        "Votre candidature chez {co} : proposition d'entretien",
        "Entretien pour le poste de {title}",
        "{co} souhaite échanger avec vous",
        "Invitation à un premier échange - {title}",
        "Re: Candidature {title}",
    )
    text = body(
        hello_in(ctx, "fr"),
        ctx.para(
            "Merci pour votre candidature au poste de {title}. Votre profil a retenu notre attention et nous aimerions vous rencontrer.",
            "Bonne nouvelle : l'équipe de {co} a consulté votre profil et souhaite organiser un entretien avec vous.",
            "Suite à votre candidature, je vous propose un premier échange téléphonique d'une trentaine de minutes.",
        ),
        ctx.para(
            "Seriez-vous disponible le "
            + date_in(ctx, when, "fr")
            + " à "
            + clock(ctx, when, "fr")
            + " ?",
            "Vous pouvez choisir un créneau directement ici : " + sched_link(ctx),
            "L'entretien se fera en visio (" + _meet(ctx) + ").",
        ),
        opt(
            ctx,
            0.4,
            "N'hésitez pas à me faire part de vos disponibilités si ce créneau ne vous convient pas.",
        ),
    )
    sign = bye_in(
        ctx, "fr", ctx.fill("[{person}|{person}\nTalent Acquisition, {co}|L'équipe {co}]")
    )
    return Draft(subject, text, name, addr, greet=False, sign=sign, bulk=via_board, lang="fr")


@family("ze_iv_es_pt_entrevista", "interview", n=ZE_N)
def _iv_es_pt(ctx: Ctx) -> Draft:
    lang = ctx.pick(["es", "pt"])
    when = workday(ctx, 2, 9)
    name, addr = (
        ctx.person,
        ctx.fill(ctx.pick(["talento@{domain}", "rrhh@{domain}", "people@{domain}"])),
    )
    if lang == "es":
        subject = ctx.para(
            "Entrevista - {title}",
            "Tu candidatura en {co}",
            "Siguiente paso: entrevista con {co}",
            "Re: Candidatura {title}",
        )
        text = body(
            hello_in(ctx, "es"),
            ctx.para(
                "Gracias por tu interés en el puesto de {title}. Nos ha gustado tu perfil y queremos conocerte en una entrevista.",
                "Te escribo de {co}: hemos revisado tu candidatura y nos gustaría tener una primera llamada contigo.",
            ),
            ctx.para(
                "¿Te vendría bien el "
                + date_in(ctx, when, "es")
                + " a las "
                + clock(ctx, when, "es")
                + "? Sería por videollamada, unos 45 minutos.",
                "Puedes elegir el horario que mejor te venga aquí: " + sched_link(ctx),
            ),
            opt(ctx, 0.4, "Si no te encaja, dime qué disponibilidad tienes esta semana."),
        )
    else:
        subject = ctx.para(
            "Entrevista - {title}",
            "Sua candidatura na {co}",
            "Convite para entrevista",
            "Re: Vaga de {title}",
        )
        text = body(
            hello_in(ctx, "pt"),
            ctx.para(
                "Obrigado pelo seu interesse na vaga de {title}. Gostamos muito do seu perfil e queremos marcar uma entrevista.",
                "Sou recrutador(a) na {co} e gostaria de conversar com você sobre a vaga de {title}.",
            ),
            ctx.para(
                "Você teria disponibilidade na "
                + date_in(ctx, when, "pt")
                + " às "
                + clock(ctx, when, "pt")
                + "? A conversa será online.",
                "Escolha o melhor horário neste link: " + sched_link(ctx),
            ),
            opt(ctx, 0.4, "Qualquer dúvida, fico à disposição."),
        )
    sign = bye_in(ctx, lang, ctx.fill("[{person}|{person}\nTalent Acquisition | {co}|{pfirst}]"))
    cal = Calendar(ctx.fill("Entrevista {co}"), when, 45) if ctx.chance(0.3) else None
    d = Draft(subject, text, name, addr, greet=False, sign=sign, lang=lang, calendar=cal)
    if ctx.chance(0.15):
        d.calendar = Calendar("Entrevista", when + timedelta(minutes=0), 30)
    return d
