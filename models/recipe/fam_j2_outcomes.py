"""Template families (session 10, helper J2): scheduling mail in shapes the corpus had few of:
a scheduling tool's terse booking confirmation with an invite (en/de/fr), an Outlook/Teams
invite whose body is one line (nl/de), the company moving or cancelling an interview (en/es), a
take-home sent as a repository invitation. Outcomes follow in fam_j2_outcomes2.py.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from datetime import timedelta

from j2_kit import at, bye, day, go, hi, j2, join, person_addr
from kit import Calendar, Ctx, Draft, ascii_word
from zf_kit import teams_block, weekday_future


@j2("j2_iv_scheduler_booked_terse_ics", "interview", lang="de")
def scheduler_booked(ctx: Ctx) -> Draft:
    """Calendly / Cal.com / Zoom Scheduler: 'event scheduled' with little text and an invite."""
    go(ctx, ctx.pick(["startup", "remote", "bigtech", "design", "pharma"]))
    lang = ctx.pick(["en", "en", "de", "fr"])
    when = weekday_future(ctx, 1, 8)
    mins = ctx.pick([20, 30, 45, 30])
    event = ctx.fill(
        ctx.pick(
            {
                "en": [
                    "{co} intro call",
                    "Interview: {title}",
                    "30 Minute Interview",
                    "Recruiter screen - {co}",
                    "Hiring manager chat ({title})",
                ],
                "de": [
                    "Kennenlerngespräch {co}",
                    "Interview {title}",
                    "Erstgespräch mit {co}",
                    "Bewerbungsgespräch - {title}",
                ],
                "fr": [
                    "Entretien {co}",
                    "Premier échange - {title}",
                    "Entretien téléphonique {co}",
                    "Entretien : {title}",
                ],
            }[lang]
        )
    )
    tool = ctx.pick(["Calendly", "Cal.com", "Zoom Scheduler", "Microsoft Bookings"])
    # Each tool sends from its own address and links back to itself.
    tool_from, tool_host = {
        "Calendly": ("notifications@calendly.com", "calendly.com"),
        "Cal.com": ("no-reply@cal.com", "app.cal.com"),
        "Zoom Scheduler": ("no-reply@zoom.us", "scheduler.zoom.us"),
        "Microsoft Bookings": ("no-reply@bookings.microsoft.com", "outlook.office365.com"),
    }[tool]
    host = ctx.person
    lines = {
        "en": (
            "Confirmed",
            "A new event has been scheduled.",
            "Event Type:",
            "Invitee:",
            "Event Date/Time:",
            "Location:",
            "Need to make changes to this event?",
            "Cancel",
            "Reschedule",
        ),
        "de": (
            "Bestätigt",
            "Ein neuer Termin wurde geplant.",
            "Termin:",
            "Teilnehmer:",
            "Datum/Uhrzeit:",
            "Ort:",
            "Möchtest du diesen Termin ändern?",
            "Absagen",
            "Verschieben",
        ),
        "fr": (
            "Confirmé",
            "Un nouvel événement a été planifié.",
            "Type d'événement :",
            "Invité :",
            "Date/heure :",
            "Lieu :",
            "Besoin de modifier cet événement ?",
            "Annuler",
            "Reprogrammer",
        ),
    }[lang]
    place = ctx.pick(
        ["Zoom", "Google Meet", "Microsoft Teams", ctx.fill(f"Phone call ({host} will call you)")]
    )
    text = join(
        ctx.pick([f"{lines[0]}: {event}", lines[1], ""]),
        f"{lines[2]} {event}\n{lines[3]} {ctx.cand_first} {ctx.cand_last}\n{lines[4]} {at(ctx, when, lang)} ({ctx.pick(['Central European Time', 'GMT', 'Eastern Time', 'CET'])})\n{lines[5]} {place}",
        ctx.pick(["", "Host: " + host]),
        f"{lines[6]}\n{lines[7]}: {ctx.url(tool_host, 'cancellations')}\n{lines[8]}: {ctx.url(tool_host, 'reschedulings')}",
        ctx.pick(["Powered by " + tool, "Sent from " + tool, ""]),
    )
    subject = ctx.pick(
        {
            "en": [
                f"Confirmed: {event} with {host} on {day(ctx, when)}",
                f"New Event: {event}",
                f"Invitation: {event} @ {day(ctx, when)}",
            ],
            "de": [
                f"Bestätigt: {event} mit {host} am {day(ctx, when, 'de')}",
                f"Neuer Termin: {event}",
                f"Einladung: {event}",
            ],
            "fr": [
                f"Confirmé : {event} avec {host} le {day(ctx, when, 'fr')}",
                f"Nouvel événement : {event}",
                f"Invitation : {event}",
            ],
        }[lang]
    )
    name, addr = ctx.pick(
        [
            (
                tool if tool != "Microsoft Bookings" else ctx.fill("{co} Bookings"),
                tool_from,
            ),
            (host, person_addr(ctx)),
        ]
    )
    cal = Calendar(event, when, mins, organizer=person_addr(ctx), location=place)
    return Draft(
        subject,
        text,
        name,
        addr,
        greet=False,
        sign="",
        lang=lang,
        calendar=cal,
        form=ctx.pick(["html", "alt"]),
    )


@j2("j2_iv_teams_invite_one_line_nl_de", "interview", lang="nl")
def teams_one_line(ctx: Ctx) -> Draft:
    """An Outlook meeting invite from the hiring manager: a one-line body and the Teams block."""
    go(ctx, ctx.pick(["big4", "pharma", "remote", "bigtech"]))
    lang = ctx.pick(["nl", "de"])
    if lang == "nl":
        ctx._title = ctx.pick(
            ["Medior Data Engineer", "Business Controller", "Scrum Master", "Senior Consultant"]
        )
    else:
        ctx._title = ctx.pick(
            [
                "Senior Data Engineer (m/w/d)",
                "Controller (m/w/d)",
                "Projektmanager (m/w/d)",
                "Teamleiter IT (m/w/d)",
            ]
        )
    when = weekday_future(ctx, 2, 9)
    summary = ctx.fill(
        {
            "nl": "[Sollicitatiegesprek|Kennismakingsgesprek|Tweede gesprek] {title} - {first} {last}",
            "de": "[Vorstellungsgespräch|Kennenlernen|Zweitgespräch] {title} - {first} {last}",
        }[lang]
    )
    line = ctx.fill(
        {
            "nl": "[Zoals besproken, hierbij de uitnodiging voor ons gesprek.|Hoi {first}, hierbij de uitnodiging. Tot dan!|Uitnodiging voor het gesprek over de functie {title}.|]",
            "de": "[Wie besprochen, hier die Einladung zu unserem Gespräch.|Hallo {first}, anbei die Einladung. Bis dann!|Einladung zum Gespräch über die Position {title}.|]",
        }[lang]
    )
    block = teams_block(ctx)
    text = join(line, block)
    addr = person_addr(ctx)
    place = (
        "Microsoft Teams Meeting"
        if "Teams" in block
        else ("Zoom" if "zoom" in block else "Google Meet")
    )
    return Draft(
        summary,
        text,
        ctx.person,
        addr,
        greet=False,
        sign="",
        lang=lang,
        calendar=Calendar(summary, when, ctx.pick([45, 60]), organizer=addr, location=place),
        form=ctx.pick(["alt", "html"]),
    )


@j2("j2_iv_company_moves_or_cancels_interview", "interview", lang="es")
def moved(ctx: Ctx) -> Draft:
    """The company reschedules (or cancels and offers a new slot for) an interview (en/es)."""
    go(ctx, ctx.pick(["bigtech", "pharma", "hotel", "consulting", "remote"]))
    lang = ctx.pick(["en", "es"])
    old = weekday_future(ctx, 1, 5)
    new = old + timedelta(days=ctx.num(1, 6), hours=ctx.pick([0, 1, -2, 3]))
    if lang == "en":
        text = join(
            hi(ctx, "en"),
            ctx.para(
                "Apologies for the late notice, but "
                + ctx.pick(
                    ["the hiring manager", "our Head of Engineering", "one of your interviewers"]
                )
                + " has been pulled into an urgent meeting and we need to move your interview for {title}, originally on "
                + at(ctx, old)
                + ".",
                "Unfortunately we have to cancel tomorrow's interview for {title} - the interviewer is out sick. I'm so sorry for the inconvenience.",
                "I need to reschedule your {title} interview due to a conflict on our side.",
            ),
            ctx.para(
                "Would "
                + at(ctx, new)
                + " work instead? If not, please pick another time here: {link}",
                "I've sent an updated invite for "
                + at(ctx, new)
                + ". Let me know if that doesn't suit.",
            ),
            bye(ctx, "en", "{person}\n[Recruiting Coordinator|Talent Acquisition], {co}"),
        )
        subject = ctx.para(
            "Rescheduling your interview",
            "Change of time: {title} interview",
            "Interview cancelled - new time?",
            "Updated: interview with {co}",
        )
    else:
        text = join(
            hi(ctx, "es"),
            ctx.para(
                "lamentamos avisarte con tan poca antelación, pero tenemos que cambiar la entrevista para {title} prevista para el "
                + at(ctx, old, "es")
                + ".",
                "por un imprevisto del responsable del equipo, tenemos que cancelar la entrevista de mañana para el puesto de {title}. Disculpa las molestias.",
            ),
            ctx.para(
                "¿Te vendría bien el "
                + at(ctx, new, "es")
                + "? Si no, dime qué franjas te encajan.",
                "Te he enviado una nueva convocatoria para el "
                + at(ctx, new, "es")
                + ". Confírmame si te va bien.",
            ),
            bye(ctx, "es", "{person}\n[Talent Acquisition|Selección|RRHH] - {co}"),
        )
        subject = ctx.para(
            "Cambio de hora: entrevista {title}",
            "Reprogramación de tu entrevista",
            "Entrevista {co} - nueva fecha",
        )
    addr = person_addr(ctx)
    cal = (
        Calendar(ctx.fill("Interview - {title}"), new, 45, organizer=addr)
        if ctx.chance(0.4)
        else None
    )
    return Draft(subject, text, ctx.person, addr, greet=False, sign="", lang=lang, calendar=cal)


@j2("j2_tr_remote_takehome_repo_invite", "technical_round")
def repo_invite(ctx: Ctx) -> Draft:
    """A remote-first company sends the take-home as an invitation to a private repository."""
    go(ctx, "remote")
    host = ctx.pick(["GitHub", "GitLab"])
    org = ctx.slug
    user = ctx.pick(["mara-eng", "hiring-bot", ascii_word(ctx.person_first) + "-" + org])
    repo = (
        ctx.pick(["take-home", "hiring-exercise", "interview-challenge", "candidate-task"])
        + "-"
        + ascii_word(ctx.cand_first)
    )
    if ctx.chance(0.45):
        text = join(
            f"@{user} has invited you to collaborate on the {org}/{repo} repository",
            "You can accept or decline this invitation. You can also head over to "
            + ctx.url(
                ("github.com" if host == "GitHub" else "gitlab.com"), f"{org}/{repo}/invitations"
            )
            + " to check out the repository or visit @"
            + user
            + " to learn a bit more about them.",
            "This invitation will expire in 7 days.",
            ctx.pick(["Note: This invitation was intended for " + ctx.cand_addr + ".", ""]),
        )
        subject = f"@{user} has invited you to collaborate on the {org}/{repo} repository"
        return Draft(
            subject,
            text,
            host,
            "noreply@" + ("github.com" if host == "GitHub" else "gitlab.com"),
            greet=False,
            sign="",
            form=ctx.pick(["alt", "html"]),
        )
    due = weekday_future(ctx, 5, 9)
    text = join(
        hi(ctx, "en"),
        ctx.para(
            "Thanks for the chat! As promised, the next step for {title} is our take-home. I've just invited you to a private repo: "
            + org
            + "/"
            + repo
            + " (check your "
            + host
            + " notifications).",
            "You'll find the exercise in the README of the repo I've shared with you on "
            + host
            + ". It's the same task every candidate for {title} gets.",
        ),
        ctx.para(
            "We're async-first, so work whenever suits you; it should take [3-4|about 4|no more than 5] hours. Open a pull request when you're done and we'll review it together in the next call.",
            "Please commit as you go - we care about how you get there. When you're done, open a PR against main and ping me.",
        ),
        "Deadline: "
        + day(ctx, due)
        + ctx.pick([" (flexible, just tell me)", "", " - shout if you need more time"]),
        bye(ctx, "en", "{pfirst}\n[Engineering Manager|Recruiter|Staff Engineer] @ {co}"),
    )
    subject = ctx.para(
        "Your {co} take-home",
        "Take-home exercise - {title}",
        "Next step: code exercise",
        "Repo invite for the {title} exercise",
    )
    return Draft(subject, text, ctx.person, person_addr(ctx), greet=False, sign="")
