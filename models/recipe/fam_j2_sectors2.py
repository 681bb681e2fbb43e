"""Template families (session 10, helper J2), continued from fam_j2_sectors.py, which had grown
past the 600-line limit: more sectors with their own rituals: a hotel group's interview with a
trial shift (German) and its Spanish application receipt; an airline's cabin-crew assessment
day and conditional offer; a game studio's art test; a design portfolio review
(Portuguese/English). Its name sorts right after fam_j2_sectors.py (corpus.py imports fam_*.py
in name order), so its families keep their place in the registry and the corpus stays
byte-identical.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from j1_kit import de_hi
from j2_kit import at, bye, day, go, hi, j2, join, person_addr
from kit import Calendar, Ctx, Draft
from zf_kit import do_not_reply, weekday_future


@j2("j2_iv_de_hotel_gespraech_probearbeiten", "interview", lang="de")
def de_hotel(ctx: Ctx) -> Draft:
    """A hotel or restaurant group invites to an interview plus a paid trial shift (German)."""
    go(ctx, "hotel")
    ctx._title = ctx.pick(
        [
            "Koch (m/w/d)",
            "Chef de Rang (m/w/d)",
            "Rezeptionist (m/w/d)",
            "Servicekraft (m/w/d)",
            "Commis de Cuisine (m/w/d)",
            "Hausdame / Hausmann (m/w/d)",
        ]
    )
    when = weekday_future(ctx, 2, 8)
    kitchen = "Koch" in ctx._title or "Commis" in ctx._title
    du = ctx.chance(0.6)
    text = join(
        de_hi(ctx, du),
        ctx.para(
            (
                "danke für deine Bewerbung als {title}! Wir würden dich gerne kennenlernen."
                if du
                else "vielen Dank für Ihre Bewerbung als {title}. Wir möchten Sie gerne persönlich kennenlernen."
            ),
        ),
        ("Wie wär's mit " if du else "Passt Ihnen ")
        + at(ctx, when, "de")
        + "? "
        + ctx.pick(
            [
                "Erst ein kurzes Gespräch mit [dem Küchenchef|der Restaurantleitung|der Hausdame|unserer Personalerin], danach ein Probearbeiten von ca. 3 Stunden (wird bezahlt).",
                "Nach dem Gespräch kannst du gerne direkt einen Tag probearbeiten.",
                "Wir starten mit einem Gespräch und zeigen dir anschließend das Haus.",
            ]
            if du
            else [
                "Nach einem kurzen Gespräch mit der Personalleitung bitten wir Sie zu einem bezahlten Probearbeiten von etwa drei Stunden.",
                "Wir starten mit einem Gespräch und zeigen Ihnen anschließend das Haus.",
                "Im Anschluss an das Gespräch ist ein Probearbeitstag vorgesehen.",
            ]
        ),
        ctx.para(
            (
                "Bitte bring Arbeitsschuhe und Kochjacke mit, wenn du hast."
                if kitchen
                else "Bitte bring deinen Lebenslauf und gute Laune mit."
            )
            if du
            else "Bitte melden Sie sich an der Rezeption bei der Personalabteilung.",
            "Gib mir kurz Bescheid, ob das klappt - gerne auch per WhatsApp."
            if du
            else "Bitte bestätigen Sie kurz den Termin.",
        ),
        bye(ctx, "de", "{person}\n[Personalabteilung|Küchenchef|Restaurantleitung|HR] | {co}"),
    )
    subject = ctx.para(
        "Einladung zum Vorstellungsgespräch",
        "Deine Bewerbung als {title}",
        "Kennenlernen + Probearbeiten bei {co}",
        "Vorstellungsgespräch {title}",
    )
    return Draft(
        subject,
        text,
        ctx.fill("{person} | {co}"),
        person_addr(ctx),
        greet=False,
        sign="",
        lang="de",
        form=ctx.pick(["plain", "alt"]),
    )


@j2("j2_cf_es_hotel_candidatura_recibida", "confirmation", lang="es")
def es_hotel_received(ctx: Ctx) -> Draft:
    """A Spanish hotel group's careers site confirms an application (season hiring)."""
    go(ctx, "hotel")
    ctx._title = ctx.pick(
        [
            "Recepcionista",
            "Camarero/a de pisos",
            "Ayudante de cocina",
            "Jefe/a de partida",
            "Animador/a turístico/a",
            "Gobernanta",
        ]
    )
    place = ctx.pick(["Ibiza", "Tenerife", "Marbella", "Palma", "Benidorm", "Fuerteventura"])
    text = join(
        hi(ctx, "es"),
        ctx.para(
            "gracias por inscribirte en la oferta de {title} (temporada de verano) en "
            + place
            + ". Hemos recibido tu candidatura correctamente.",
            "te confirmamos que tu candidatura para el puesto de {title} en nuestro hotel de "
            + place
            + " se ha registrado con éxito.",
            "¡Gracias por querer formar parte de {co}! Tu solicitud para {title} ya está en manos de nuestro equipo de selección.",
        ),
        ctx.para(
            "Si tu perfil encaja, nos pondremos en contacto contigo en las próximas semanas por teléfono o WhatsApp.",
            "Revisaremos tu CV y, si avanzas a la siguiente fase, te llamaremos para una entrevista.",
            "Debido al elevado número de candidaturas, solo contactaremos con las personas preseleccionadas.",
        ),
        ctx.pick(
            [
                "Puedes consultar el estado de tu candidatura en el Portal del Candidato.",
                "Recuerda mantener tu perfil actualizado.",
                "",
            ]
        ),
        bye(ctx, "es", "Equipo de Talento\n{co}"),
    )
    subject = ctx.para(
        "Candidatura recibida: {title}",
        "Hemos recibido tu candidatura",
        "{co} - confirmación de inscripción",
        "Gracias por tu candidatura",
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co} Empleo"),
        ctx.fill("[empleo|noreply]@{domain}"),
        greet=False,
        sign="",
        lang="es",
        bulk=True,
        form=ctx.pick(["html", "alt"]),
        footer=do_not_reply(ctx, "es") if ctx.chance(0.4) else "",
    )


# Where each airline holds its assessment days.
_CREW_VENUES = {
    "Skyreach Airways": (
        "Crew Training Centre, Gatwick",
        "Skyreach House, Manchester Airport",
        "Hilton Heathrow Terminal 4",
    ),
    "Aurora Air": ("Arlanda, Terminal 5 office building", "Aurora Air Crew Centre, Kastrup"),
    "Pacifica Airlines": ("Changi Airline Training Centre", "Airline House, Changi Business Park"),
}


def _cabin_crew(ctx: Ctx) -> None:
    """An airline and one of its cabin-crew roles (these mails are about crew, not pilots)."""
    go(ctx, "airline")
    while "Crew" not in ctx._title and "Flight" not in ctx._title:
        go(ctx, "airline")


@j2("j2_iv_airline_cabin_crew_assessment_day", "interview")
def cabin_crew_day(ctx: Ctx) -> Draft:
    """An airline invites to a cabin-crew assessment day: reach test, group task, interview."""
    _cabin_crew(ctx)
    when = weekday_future(ctx, 6, 20).replace(hour=ctx.pick([8, 9, 12]), minute=ctx.pick([0, 30]))
    text = join(
        hi(ctx, "en"),
        ctx.para(
            "Thank you for completing your video interview. We are delighted to invite you to a {title} assessment day.",
            "Congratulations! You have been selected to attend our {co} {title} assessment day.",
            "We loved your application and would like to meet you in person at our recruitment day for {title}.",
        ),
        "When: " + at(ctx, when) + "\nWhere: " + ctx.pick(_CREW_VENUES[ctx._co.name]),
        ctx.para(
            "The day includes a reach test (you must be able to reach 212 cm on tiptoes), a group exercise, a short English test and a one-to-one interview. It can last up to 6 hours.",
            "Please arrive in business attire, with your passport, proof of address and a printed copy of your CV. A swim test may be part of the day.",
            "Candidates who are unsuccessful at any stage will be released during the day. Please be ready to stay until 5pm.",
        ),
        ctx.para(
            "Please confirm your place using the link in your candidate portal within 48 hours.",
            "Spaces are limited, so please let us know if you can't attend.",
            "",
        ),
    )
    subject = ctx.para(
        "Your {title} assessment day invitation",
        "{co} Cabin Crew - assessment day",
        "Invitation: recruitment day",
        "Next step: {co} assessment day",
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co} Cabin Crew Recruitment"),
        ctx.fill("[cabincrew|recruitment|careers]@{domain}"),
        greet=False,
        sign=ctx.fill(
            "[Kind regards|Best wishes],\n[Cabin Crew Recruitment Team|{co} Recruitment]"
        ),
        bulk=ctx.chance(0.5),
        form=ctx.pick(["html", "alt", "plain"]),
    )


@j2("j2_of_airline_cabin_crew_conditional", "offer")
def cabin_crew_offer(ctx: Ctx) -> Draft:
    """An airline's conditional offer: training course dates, checks, medical."""
    _cabin_crew(ctx)
    start = weekday_future(ctx, 25, 60)
    text = join(
        hi(ctx, "en"),
        ctx.para(
            "Congratulations! We are delighted to offer you the position of {title} with {co}, subject to the conditions below.",
            "Welcome aboard! Following your assessment day, we are pleased to make you a conditional offer of employment as {title}.",
        ),
        "Initial training course starts: "
        + day(ctx, start)
        + " ("
        + ctx.pick(["6 weeks", "5 weeks", "7 weeks"])
        + ", full attendance required)",
        ctx.para(
            "This offer is conditional on a satisfactory 5-year background check, an aviation medical, airside pass clearance and right-to-work documents.",
            "The offer is subject to references covering the last five years, a criminal record check and successful completion of initial training.",
        ),
        ctx.para(
            "Please accept your offer in the candidate portal within 5 days.",
            "Your contract and a starter's pack will follow by email.",
            "",
        ),
    )
    subject = ctx.para(
        "Your conditional offer - {title}",
        "Welcome to {co}: offer of employment",
        "Congratulations from {co} Cabin Crew Recruitment",
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co} Recruitment"),
        ctx.fill("[recruitment|cabincrew]@{domain}"),
        greet=False,
        sign=ctx.fill("[Kind regards|Best wishes],\n{person}\nCabin Crew Recruitment, {co}"),
    )


@j2("j2_tr_games_art_test", "technical_round")
def art_test(ctx: Ctx) -> Draft:
    """A game studio sends the art test (brief, deliverables, time limit) to an artist candidate."""
    go(ctx, "games")
    due = weekday_future(ctx, 5, 10)
    text = join(
        hi(ctx, "en"),
        ctx.para(
            "Thanks for chatting with us last week! As the next step for the {title} role we'd like you to complete a short art test.",
            "The team loved your portfolio. The next stage of the {title} process is a paid art test.",
            "Next up: the art test for {title}. The brief is attached.",
        ),
        ctx.para(
            "Brief: [a small modular environment piece (e.g. an abandoned railway platform)|a stylised character from our concept sheet, game-ready|a UI flow for an inventory screen|three props in our style guide]. Deliverables: [renders + a Marmoset viewer|turnaround sheet and textured mesh under 20k tris|Figma file and a short rationale].",
            "We expect it to take around [8|10|12] hours. Please don't spend more than that - we're looking at how you approach it, not polish.",
        ),
        "Please send your submission (a WeTransfer or Drive link is fine) by "
        + day(ctx, due)
        + ".",
        ctx.para(
            "We pay a flat fee of £[150|200|250] for the test.",
            "Everything you make stays yours; we only use it for this review.",
            "Any questions about the brief, just reply here.",
            "",
        ),
        bye(ctx, "en", "{pfirst}\n[Talent Acquisition|Art Director|Recruiter] | {co}"),
    )
    subject = ctx.para(
        "Art test - {title}",
        "{co}: your art test",
        "Next step: art test",
        "Art test brief ({title})",
    )
    return Draft(subject, text, ctx.person, person_addr(ctx), greet=False, sign="")


@j2("j2_tr_portfolio_review_pt_en", "technical_round", lang="pt")
def portfolio_review(ctx: Ctx) -> Draft:
    """A design team invites to a portfolio review presentation (Portuguese or English)."""
    go(ctx, "design")
    when = weekday_future(ctx, 3, 10)
    if ctx.chance(0.5):
        ctx._title = ctx.pick(
            ["Product Designer Sênior", "Designer de UX/UI", "Designer de Produto Pleno"]
        )
        text = join(
            hi(ctx, "pt"),
            ctx.para(
                "adoramos a conversa inicial! A próxima etapa para a vaga de {title} é a apresentação do portfólio para o time de design.",
                "passando para te convidar para a etapa de portfólio review da vaga de {title}.",
            ),
            "Data: " + at(ctx, when, "pt") + " (horário de Brasília), pelo Google Meet.",
            ctx.para(
                "Você terá 45 minutos: cerca de 25 para apresentar dois projetos (problema, processo, decisões, resultado) e o restante para perguntas.",
                "Escolha um ou dois cases de que você se orgulha e conte a história: contexto, seu papel, trade-offs e impacto.",
            ),
            bye(ctx, "pt", "{person}\nTalent Acquisition | {co}"),
        )
        subject = ctx.para(
            "Portfólio review - {title}",
            "Próxima etapa: apresentação de portfólio",
            "{co} | Convite para portfolio review",
        )
        lang = "pt"
    else:
        text = join(
            hi(ctx, "en"),
            ctx.para(
                "The team enjoyed meeting you. Next step for {title}: a portfolio review with the design team.",
                "We'd like to invite you to present your portfolio for the {title} role.",
            ),
            "When: " + at(ctx, when) + ", on Zoom, 60 minutes.",
            ctx.para(
                "Please walk us through two projects in depth (about 30 minutes), focusing on your process and the decisions you made. The rest is Q&A with [two designers and a PM|the Design Lead and an engineer].",
                "Pick one project you led end-to-end and one that didn't go to plan. We care more about your reasoning than pixels.",
            ),
            bye(ctx, "en", "{pfirst}\n[Design Recruiter|Recruiting Coordinator], {co}"),
        )
        subject = ctx.para(
            "Portfolio review - {title}",
            "Next step: portfolio presentation",
            "{co} portfolio review",
        )
        lang = "en"
    return Draft(
        subject,
        text,
        ctx.person,
        person_addr(ctx),
        greet=False,
        sign="",
        lang=lang,
        calendar=Calendar("Portfolio review", when, 60) if ctx.chance(0.3) else None,
    )
