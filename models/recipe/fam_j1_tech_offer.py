"""Template families (session 10, helper J1): assessment rounds from hiring worlds the corpus
had little of: a German apprenticeship's online aptitude test, the UK Civil Service's online
tests, a graduate scheme's game-based assessment, a French second round with a case study, a
Spanish technical test, a Brazilian technical challenge and a Swedish work sample. The offers
follow in fam_j1_tech_offer2.py.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from j1_kit import at, bye, day, de_hi, hi, j1, join, move, staff
from kit import Ctx, Draft
from zf_kit import do_not_reply, weekday_future


@j1("j1_tr_de_online_eignungstest", "technical_round", lang="de")
def de_eignungstest(ctx: Ctx) -> Draft:
    """A German employer invites an apprenticeship applicant to an online aptitude test."""
    move(ctx, "de")
    ctx._title = ctx.pick(
        [
            "Ausbildung Industriekaufmann/-frau",
            "Duales Studium BWL - Bank",
            "Ausbildung Fachinformatiker Anwendungsentwicklung (m/w/d)",
            "Ausbildung Mechatroniker (m/w/d)",
            "Duales Studium Wirtschaftsinformatik",
        ]
    )
    due = weekday_future(ctx, 5, 12)
    text = join(
        de_hi(ctx, True),
        ctx.para(
            "vielen Dank für deine Bewerbung als {title}. Deine Unterlagen haben uns überzeugt - als nächsten Schritt laden wir dich zu unserem Online-Einstellungstest ein.",
            "deine Bewerbung für {title} hat uns gefallen. Im nächsten Schritt bitten wir dich, einen Online-Eignungstest zu absolvieren.",
            "gute Nachrichten: Du bist eine Runde weiter! Für die {title} gehört ein Online-Test zum Auswahlverfahren.",
        ),
        ctx.para(
            "Der Test dauert ca. [60|75|90] Minuten und umfasst [Mathematik, Logik und Deutsch|Zahlenreihen, Textverständnis und Konzentration|logisches Denken, Englisch und Allgemeinwissen].",
            "Der Test besteht aus mehreren Modulen (u. a. Rechnen, Sprachverständnis, räumliches Vorstellungsvermögen). Plane bitte eine ruhige Stunde ein.",
        ),
        "Bitte bis spätestens "
        + day(ctx, due, "de")
        + " abschließen: "
        + ctx.url(
            ctx.pick(
                [
                    "assessment.cut-e.com",
                    "app.testhub.de",
                    "online.u-form.de",
                    "candidate.aon-assessment.de",
                ]
            ),
            "start",
        ),
        ctx.para(
            "Hilfsmittel wie Taschenrechner sind nicht erlaubt. Eine stabile Internetverbindung ist wichtig.",
            "Nach erfolgreichem Test laden wir dich zu einem persönlichen Kennenlerntag ein.",
            "",
        ),
        bye(
            ctx,
            "de",
            ctx.pick(["Dein Ausbildungsteam\n{co}", "{person}\nNachwuchsgewinnung | {co}"]),
        ),
    )
    subject = ctx.para(
        "Einladung zum Online-Test",
        "Dein nächster Schritt bei {co}: Online-Einstellungstest",
        "Online-Eignungstest - {title}",
        "Auswahlverfahren {co}: Online-Test",
    )
    name, addr = ctx.pick(
        [
            (ctx.fill("{co} Ausbildung"), ctx.fill("ausbildung@{domain}")),
            (ctx.fill("{co} Karriere"), ctx.fill("noreply@{slug}.softgarden.io")),
            (ctx.person, staff(ctx)),
        ]
    )
    return Draft(subject, text, name, addr, greet=False, sign="", lang="de")


@j1("j1_tr_civil_service_online_tests", "technical_round")
def cs_tests(ctx: Ctx) -> Draft:
    """UK Civil Service Jobs: complete the online tests for a vacancy by a deadline."""
    move(ctx, "uk_civil")
    due = weekday_future(ctx, 3, 9)
    tests = ctx.pick(
        [
            "Civil Service Verbal Test",
            "Civil Service Numerical Test",
            "Civil Service Judgement Test",
            "Civil Service Management Judgement Test",
            "Civil Service Work Strengths Test",
        ]
    )
    lines = [
        ctx.para(
            "Thank you for applying for the {title} vacancy (reference {req}) at {co}.",
            "Vacancy: {req} - {title}\nDepartment: {co}",
            "Your application for {title} has progressed to the online test stage.",
        ),
        f"As part of the selection process you are required to complete the following online test(s): {tests}"
        + ctx.pick(["", " and Civil Service Numerical Test", " and Behaviour-based questions"])
        + ".",
        "You must complete the test(s) by 23:55 on "
        + day(ctx, due, "en")
        + ". If you do not complete the test(s) by this deadline, your application will be withdrawn.",
        ctx.para(
            "Log in to your Civil Service Jobs account and go to 'My applications' to start.",
            "You can find practice tests on the Civil Service Jobs website. The tests are untimed but most candidates take about 20-40 minutes.",
            "If you need a reasonable adjustment to complete the tests, contact the vacancy holder using the details in the advert.",
        ),
    ]
    subject = ctx.para(
        "Online test invitation - {req}",
        "Civil Service Jobs: action required for your application",
        "Complete your online test(s) - {title}",
        "Your application {req}: online tests",
    )
    return Draft(
        subject,
        "\n\n".join(lines),
        "Civil Service Jobs",
        "noreply@csjobs.cabinetoffice.gov.example",
        sign="Civil Service Resourcing",
        footer=do_not_reply(ctx) if ctx.chance(0.6) else "",
        bulk=True,
        form=ctx.pick(["plain", "html", "alt"]),
    )


@j1("j1_tr_grad_game_based_assessment", "technical_round")
def grad_games(ctx: Ctx) -> Draft:
    """A graduate scheme's next stage: game-based or numerical assessments on a vendor platform."""
    move(ctx, "grad")
    vendor = ctx.pick(["Arctic Shores", "Cappfinity", "SHL", "Sova", "Pymetrics", "Tazio"])
    due = weekday_future(ctx, 4, 10)
    text = join(
        ctx.para(
            "Congratulations! Your application for our {title} has been successful and we'd like to invite you to the next stage: our online assessment.",
            "Thanks for applying to the {co} {title}. The next step is a short set of online assessments.",
            "You've made it through the application form stage for {title} - nice work!",
        ),
        ctx.fill(f"The assessment is delivered by our partner {vendor} and ")
        + ctx.para(
            "is made up of a series of short games. There are no right or wrong answers in some of them, and no prior knowledge is needed.",
            "includes a situational judgement test and a numerical reasoning test (about 45 minutes in total).",
            "combines a strengths-based questionnaire with a short numerical and verbal section.",
        ),
        "Please complete it by "
        + day(ctx, due, "en")
        + ". Link: "
        + ctx.url(
            ctx.pick(
                [
                    "app.arcticshores.com",
                    "assess.cappfinity.com",
                    "shl.com/candidate",
                    "app.sova.ai",
                ]
            ),
            "start",
        ),
        ctx.para(
            "Top tip: find a quiet spot, use a laptop rather than a phone, and make sure you won't be interrupted.",
            "If you need adjustments (extra time, screen reader support), reply to this email before starting.",
            "",
        ),
    )
    name, addr = ctx.pick(
        [
            (ctx.fill("{co} Early Careers"), ctx.fill("earlycareers@{domain}")),
            (ctx.fill("{co} Graduate Recruitment"), ctx.fill("{slug}@oleeo-mail.example")),
            (ctx.fill("{co} Early Talent"), ctx.fill("noreply@{slug}.tal.net")),
        ]
    )
    subject = ctx.para(
        "Next stage: online assessment",
        "Your {title} application - online assessment",
        "Action required: complete your assessment",
        "{co} Early Careers - you're through to the next stage",
    )
    return Draft(
        subject,
        text,
        name,
        addr,
        sign=ctx.fill(
            "[Good luck!|Best of luck,|Best wishes,]\n[The Early Careers Team|Graduate Recruitment Team]\n{co}"
        ),
        bulk=True,
    )


@j1("j1_tr_fr_second_tour_etude_de_cas", "technical_round", lang="fr")
def fr_case(ctx: Ctx) -> Draft:
    """A French employer moves a candidate to a second round with a case study to prepare."""
    move(ctx, "fr")
    when = weekday_future(ctx, 5, 12)
    text = join(
        hi(ctx, "fr"),
        ctx.para(
            "Suite à votre premier entretien pour le poste de {title}, nous avons le plaisir de vous convier à la seconde étape du processus.",
            "Merci encore pour l'échange de la semaine dernière ! L'équipe souhaite poursuivre avec vous : la prochaine étape est une étude de cas.",
            "Bonne nouvelle : vous êtes retenu(e) pour le deuxième tour de notre processus de recrutement ({title}).",
        ),
        ctx.para(
            "Vous trouverez en pièce jointe un cas pratique à préparer. Vous présenterez vos recommandations pendant 20 minutes, suivies de 25 minutes de questions avec [le manager|le directeur du pôle|deux membres de l'équipe].",
            "Il s'agit d'un exercice technique à réaliser chez vous (compter environ 3 heures), que nous débrieferons ensemble lors de l'entretien.",
            "L'entretien comprendra une mise en situation et un test technique sur [Excel|SQL|les outils de l'équipe].",
        ),
        "Rendez-vous le "
        + at(ctx, when, "fr")
        + ctx.pick([", dans nos locaux.", " en visioconférence (Teams).", ", au siège."]),
        ctx.para(
            "Merci de me confirmer votre disponibilité.",
            "N'hésitez pas si vous avez des questions sur le sujet.",
            "",
        ),
        bye(
            ctx,
            "fr",
            ctx.pick(
                [
                    "{person}\nTalent Acquisition - {co}",
                    "{person}\nChargée de recrutement",
                    "{pfirst}",
                ]
            ),
        ),
    )
    subject = ctx.para(
        "Deuxième entretien - étude de cas",
        "Suite de votre candidature : {title}",
        "Prochaine étape : cas pratique",
        "Re: Entretien {title}",
    )
    return Draft(subject, text, ctx.person, staff(ctx), greet=False, sign="", lang="fr")


@j1("j1_tr_es_prueba_tecnica", "technical_round", lang="es")
def es_prueba(ctx: Ctx) -> Draft:
    """A Spanish employer sends a technical test to complete at home before the next interview."""
    move(ctx, "es")
    ctx._title = ctx.pick(
        [
            "Desarrollador/a Backend",
            "Analista de datos",
            "Ingeniero/a de calidad",
            "Desarrollador/a Frontend (React)",
            "Data Engineer",
            "Técnico/a de sistemas",
        ]
    )
    hours = ctx.pick(["48", "72", "96"])
    text = join(
        hi(ctx, "es"),
        ctx.para(
            "Muchas gracias por la entrevista del otro día. Como siguiente paso en el proceso para {title}, te enviamos la prueba técnica.",
            "Tu candidatura para {title} en {co} ha pasado a la fase técnica.",
            "¡Enhorabuena! Has superado la primera fase. Ahora te proponemos una prueba técnica.",
        ),
        f"Tienes {hours} horas desde la recepción de este correo para entregarla. "
        + ctx.para(
            "El enunciado está en este repositorio: https://github.com/{slug}/prueba-tecnica (haz un fork privado y compártelo con nosotros).",
            "Accede a la plataforma con este enlace: https://app.codility.com/test/{num}",
            "Encontrarás el enunciado en el PDF adjunto. Puedes usar el lenguaje que prefieras.",
        ),
        ctx.para(
            "Después la revisaremos juntos en una entrevista técnica con el equipo.",
            "Valoramos la claridad del código, los tests y las decisiones que tomes más que terminarlo todo.",
            "",
        ),
        bye(
            ctx,
            "es",
            ctx.pick(
                [
                    "{person}\nTalent Acquisition | {co}",
                    "{person}\nTech Recruiter",
                    "Equipo de Selección de {co}",
                ]
            ),
        ),
    )
    subject = ctx.para(
        "Prueba técnica - {title}",
        "Siguiente paso: prueba técnica",
        "Proceso de selección {co}",
        "Re: Entrevista {title}",
    )
    return Draft(subject, text, ctx.person, staff(ctx), greet=False, sign="", lang="es")


@j1("j1_tr_ptbr_desafio_tecnico", "technical_round", lang="pt")
def pt_desafio(ctx: Ctx) -> Draft:
    """A Brazilian company sends a technical challenge (desafio técnico) for the next stage."""
    move(ctx, "pt")
    days = ctx.pick(["5 dias", "uma semana", "3 dias úteis"])
    text = join(
        hi(ctx, "pt"),
        ctx.para(
            "Obrigado pela conversa com o time! Você avançou no processo seletivo para a vaga de {title} e a próxima etapa é o desafio técnico.",
            "Parabéns, você passou para a etapa técnica do processo de {title} na {co}!",
            "Seguindo o processo da vaga {title}, segue o case técnico.",
        ),
        f"Você tem {days} para a entrega. "
        + ctx.para(
            "As instruções estão no link: https://{slug}.gupy.io/desafio/{num}",
            "O enunciado está no Notion: https://{slug}.notion.site/desafio-tecnico",
            "Anexei o PDF com o case. Pode usar a linguagem que preferir.",
        ),
        ctx.para(
            "Depois da entrega, agendamos uma conversa técnica de 1h com o time para você apresentar a solução.",
            "Qualquer dúvida é só responder este e-mail.",
            "",
        ),
        bye(
            ctx,
            "pt",
            ctx.pick(
                [
                    "{person}\nTech Recruiter | {co}",
                    "{person}\nPeople & Culture",
                    "Time de Talentos {co}",
                ]
            ),
        ),
    )
    subject = ctx.para(
        "Desafio técnico - {title}",
        "Próxima etapa: desafio técnico",
        "Processo seletivo {co} - etapa técnica",
        "[{co}] Case técnico",
    )
    name, addr = ctx.pick(
        [(ctx.person, staff(ctx)), (ctx.fill("{co} via Gupy"), "noreply@gupy.com.br")]
    )
    return Draft(subject, text, name, addr, greet=False, sign="", lang="pt")


@j1("j1_tr_sv_arbetsprov", "technical_round", lang="sv")
def sv_arbetsprov(ctx: Ctx) -> Draft:
    """A Swedish employer asks a candidate to do a work sample / case before the second interview."""
    move(ctx, "sv")
    when = weekday_future(ctx, 4, 10)
    text = join(
        hi(ctx, "sv"),
        ctx.para(
            "Tack för intervjun i förra veckan! Vi vill gärna gå vidare med dig i rekryteringen till {title}.",
            "Du är vidare till nästa steg i rekryteringen av {title} hos {co}.",
            "Roligt att få träffa dig! Nästa steg i processen är ett arbetsprov.",
        ),
        ctx.para(
            "Nästa steg är ett arbetsprov som du gör hemma. Du får uppgiften via länken nedan och har [tre|fem] dagar på dig.",
            "Vi skickar ett arbetsprov (case) som du sedan presenterar för oss under en andra intervju.",
            "Arbetsprovet består av ett logiktest och ett kort case. Det tar ungefär en timme.",
        ),
        "Andra intervjun: " + at(ctx, when, "sv"),
        ctx.para("Hör av dig om du har frågor.", "Lycka till!", ""),
        bye(
            ctx, "sv", ctx.pick(["{person}\nRekryterare, {co}", "{person}\nEnhetschef", "{pfirst}"])
        ),
    )
    subject = ctx.para(
        "Arbetsprov - {title}",
        "Nästa steg i rekryteringen",
        "Arbetsprov och andra intervju",
        "Re: Intervju {title}",
    )
    return Draft(subject, text, ctx.person, staff(ctx), greet=False, sign="", lang="sv")
