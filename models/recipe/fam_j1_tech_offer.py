"""Template families (session 10, helper J1): assessment rounds and offers from hiring worlds
the corpus had little of: a German apprenticeship's online aptitude test, the UK Civil
Service's online tests, a graduate scheme's game-based assessment, a French second round
with a case study, a Spanish technical test, a Brazilian technical challenge and a Swedish
work sample; offers from a shift-work hiring platform, the Civil Service (provisional, subject
to checks), a university department chair, a German employer, a Spanish owner, a Japanese
company (naitei), a temping agency's booking and a Polish internship.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from j1_kit import US_CITIES, at, bye, day, de_hi, hi, j1, join, move, staff
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


@j1("j1_of_hourly_platform_youre_hired", "offer")
def youre_hired(ctx: Ctx) -> Draft:
    """A shift-work hiring platform: you're hired, your pay rate, finish onboarding before shift one."""
    move(ctx, "us_hourly")
    start = weekday_future(ctx, 3, 10)
    rate = f"${ctx.num(15, 24)}.{ctx.pick(['00', '25', '50', '75'])}/hr"
    lines = [
        ctx.para(
            "Congratulations, you're hired! We're excited to offer you the {title} position at {co}.",
            "Great news - {co} has extended you an offer for {title}!",
            "Welcome to the team! You've been selected for {title}.",
        ),
        "Pay rate: " + rate + ctx.pick(["", " + $2.00 night differential", " (weekly pay)"]),
        "Shift: "
        + ctx.pick(
            [
                "Nights (6:00 PM - 4:30 AM), 4x10",
                "Days, Sun-Wed",
                "Weekend shift (Fri-Sun)",
                "Part-time, 20-25 hrs/week",
            ]
        ),
        "Start date: "
        + day(ctx, start, "en")
        + ctx.pick([" (orientation 8:00 AM)", "", " - orientation first"]),
        "Location: " + ctx.pick(US_CITIES),
        ctx.para(
            "To accept, tap Accept Offer in the app and complete your new-hire tasks: I-9, W-4, direct deposit and the safety video.",
            "Please accept your offer and finish onboarding at least 48 hours before your first shift, or your start date may move.",
            "Your offer is contingent on completing the background check and I-9 verification.",
        ),
    ]
    name, addr = ctx.pick(
        [
            (ctx.fill("{co} Hiring"), "no-reply@fountain.com"),
            (ctx.fill("{co}"), "noreply@paradox.ai"),
            (ctx.fill("{co} Talent"), ctx.fill("hiring@{domain}")),
        ]
    )
    subject = ctx.para(
        "You're hired! 🎉",
        "Your offer from {co}",
        "Offer: {title} - action needed",
        "Congratulations from {co}!",
    )
    return Draft(
        subject,
        lines[0] + "\n\n" + "\n".join(lines[1:5]) + "\n\n" + lines[5],
        name,
        addr,
        sign=ctx.fill("[See you soon,|Welcome aboard,]\n{co} Hiring Team"),
        bulk=True,
    )


@j1("j1_of_civil_service_provisional", "offer")
def cs_provisional(ctx: Ctx) -> Draft:
    """UK Civil Service: a provisional offer subject to pre-employment checks."""
    move(ctx, "uk_civil")
    salary = f"£{ctx.num(24, 58)},{ctx.pick(['000', '350', '610', '120'])}"
    text = join(
        ctx.para(
            "Congratulations! Following your recent interview, I am pleased to make you a provisional offer of employment for the post of {title} (vacancy {req}) at {co}.",
            "I'm pleased to tell you that you have been successful at interview for {title} and we would like to offer you the role, subject to pre-employment checks.",
            "Provisional offer of appointment: {title}, {co}.",
        ),
        "Salary: "
        + salary
        + ctx.pick([" per annum (national)", " per annum (London)", " pro rata"])
        + "\nLocation: "
        + ctx.pick(["Leeds", "Newcastle", "Glasgow", "Cardiff", "Birmingham", "Croydon"])
        + "\nGrade: "
        + ctx.pick(["AO", "EO", "HEO", "SEO"]),
        ctx.para(
            "This offer is provisional and subject to satisfactory pre-employment checks, including identity, right to work, references and Baseline Personnel Security Standard (BPSS) clearance.",
            "Please accept or decline this provisional offer through your Civil Service Jobs account within 5 working days. Once you accept, the Shared Services team will begin your pre-employment checks.",
            "Your merit list position was 4; if you decline, the post will be offered to the next candidate.",
        ),
        ctx.para(
            "Please do not resign from your current employment until you have received a formal (unconditional) offer.",
            "We will contact you to agree a start date once all checks are complete.",
            "",
        ),
    )
    name, addr = ctx.pick(
        [
            ("Civil Service Jobs", "noreply@csjobs.cabinetoffice.gov.example"),
            (ctx.fill("{co} Recruitment"), ctx.fill("recruitment@{domain}")),
            (ctx.person, staff(ctx)),
        ]
    )
    subject = ctx.para(
        "Provisional offer - {req}",
        "Provisional job offer: {title}",
        "Your application {req}: provisional offer",
        "Outcome of interview - {title}",
    )
    return Draft(
        subject,
        text,
        name,
        addr,
        sign=ctx.fill(
            "[Yours sincerely,|Kind regards,]\n[{person}|Vacancy Holder]\n[Resourcing Team|Recruitment Team], {co}"
        ),
    )


@j1("j1_of_academic_chair_offer", "offer")
def academic_offer(ctx: Ctx) -> Draft:
    """A department chair makes a faculty offer by email, the formal letter to follow."""
    move(ctx, "academic")
    text = join(
        ctx.para(
            "On behalf of the Department and the search committee, I am delighted to offer you the position of {title} at {co}, beginning [August 16|September 1|January 1].",
            "It is my great pleasure to write with an offer: the faculty voted unanimously to recommend your appointment as {title}, and the Dean has approved it.",
            "Following your campus visit and job talk, I'm very happy to extend you an offer for the {title} position.",
        ),
        ctx.para(
            f"The offer includes a nine-month salary of ${ctx.num(78, 140)},000 plus summer support for two years, a start-up package of ${ctx.num(1, 6)}50,000, and a reduced teaching load (one course) in your first year.",
            "The formal offer letter from the Dean's office will follow; it sets out salary, start-up funds, moving allowance and the tenure timeline.",
            "Terms: nine-month base salary as discussed, start-up funds, relocation reimbursement up to $5,000, and a teaching release in year one.",
        ),
        ctx.para(
            "We'd like to hear your decision by [March 15|April 1|the end of the month]. I'm glad to set up calls with colleagues, or arrange a second visit.",
            "Please let me know if you'd like to discuss any part of the package.",
            "",
        ),
    )
    subject = ctx.para(
        "Offer: {title}",
        "Faculty position offer - {co}",
        "Good news from {co}",
        "Offer of appointment",
    )
    return Draft(
        subject,
        text,
        ctx.person,
        staff(ctx),
        sign=ctx.fill(
            "[Warmly,|Best wishes,|With best regards,]\n{person}\n[Chair|Professor and Chair|Department Head][, Search Committee|]\n{co}"
        ),
        form=ctx.pick(["plain", "alt"]),
    )


@j1("j1_of_de_vertragsangebot", "offer", lang="de")
def de_angebot(ctx: Ctx) -> Draft:
    """A German employer's written offer (Zusage / Vertragsangebot) with salary and start date."""
    move(ctx, "de")
    du = ctx.chance(0.4)
    start = weekday_future(ctx, 20, 60)
    salary = f"{ctx.num(38, 82)}.{ctx.pick(['000', '500'])} € brutto/Jahr"
    text = join(
        de_hi(ctx, du),
        ctx.fill(
            ctx.pick(
                [
                    "wir freuen uns sehr, dir nach den tollen Gesprächen mitteilen zu können, dass wir dich gerne als {title} in unserem Team begrüßen möchten!",
                    "wie eben telefonisch besprochen, hier unser Angebot für die Position {title}.",
                ]
                if du
                else [
                    "wir freuen uns, Ihnen mitteilen zu können, dass wir Ihnen die Position {title} bei {co} anbieten möchten.",
                    "im Anschluss an unsere Gespräche unterbreiten wir Ihnen hiermit gerne ein Vertragsangebot als {title}.",
                ]
            )
        ),
        "Eckdaten:\n- Gehalt: "
        + salary
        + "\n- Eintritt: "
        + day(ctx, start, "de")
        + "\n- "
        + ctx.pick(
            [
                "30 Tage Urlaub",
                "Vollzeit, 40 Std./Woche",
                "unbefristet, Probezeit 6 Monate",
                "Hybrid, 2 Tage Homeoffice",
            ]
        ),
        ctx.fill(
            ctx.pick(
                [
                    "Den Arbeitsvertrag schicken wir dir per DocuSign. Gib uns bitte bis [Freitag|Ende nächster Woche] Bescheid.",
                    "Melde dich gern bei Fragen - wir freuen uns auf dich!",
                ]
                if du
                else [
                    "Den Arbeitsvertrag erhalten Sie in den nächsten Tagen zur Unterschrift. Wir bitten um Ihre Rückmeldung bis zum [Freitag|Monatsende].",
                    "Für Rückfragen stehe ich Ihnen gerne zur Verfügung.",
                ]
            )
        ),
        bye(
            ctx,
            "de",
            ctx.pick(
                ["{person}\nHR Business Partner | {co}", "{person}\nGeschäftsführung", "{person}"]
            ),
        ),
    )
    subject = ctx.para(
        "Ihr Vertragsangebot - {title}", "Zusage: {title}", "Unser Angebot für dich", "Angebot {co}"
    )
    return Draft(
        subject,
        text,
        ctx.person,
        staff(ctx),
        greet=False,
        sign="",
        lang="de",
        form=ctx.pick(["plain", "alt"]),
    )


@j1("j1_of_es_owner_casual_offer", "offer", lang="es")
def es_casual(ctx: Ctx) -> Draft:
    """A Spanish owner or manager tells the candidate they want them, numbers in the message."""
    move(ctx, "es")
    text = join(
        ctx.para("Hola {first}!", "Buenas {first},", "{first}, ¿qué tal?"),
        ctx.para(
            "Te escribo para decirte que nos encantó la entrevista y queremos que te unas al equipo como {title}.",
            "Después de hablarlo con el equipo, lo tenemos claro: el puesto de {title} es tuyo si lo quieres.",
            "¡Buenas noticias! Queremos contar contigo para {title} en {co}.",
        ),
        ctx.para(
            f"Las condiciones serían: contrato indefinido, {ctx.num(22, 48)}.000 € brutos anuales, jornada completa. Empezarías el lunes [3|10|17] si te va bien.",
            "Te ofrecemos contrato de 6 meses con posibilidad de indefinido, 1.{n}00 € netos al mes y turnos de mañana.",
            "Mañana te mando la propuesta por escrito con el salario y el horario.",
        ),
        ctx.para("Dime algo cuando puedas.", "Cualquier duda me llamas.", "¿Cómo lo ves?"),
        ctx.fill("[Un abrazo,|Saludos,]\n{pfirst}") + ctx.pick(["", "\n" + ctx.fill("{co}")]),
    )
    subject = ctx.para(
        "¡Te queremos en el equipo!", "Oferta - {title}", "Buenas noticias", "Re: Entrevista"
    )
    return Draft(
        subject, text, ctx.person, staff(ctx), greet=False, sign="", lang="es", form="plain"
    )


@j1("j1_of_ja_naitei_tsuchi", "offer", lang="ja")
def ja_naitei(ctx: Ctx) -> Draft:
    """A Japanese employer's formal job offer notice (内定通知) with next steps."""
    move(ctx, "ja")
    text = join(
        ctx.fill("{last} {first} 様"),
        ctx.fill("お世話になっております。{co} 人事部です。"),
        ctx.para(
            "先日は最終面接にお越しいただき、誠にありがとうございました。厳正なる選考の結果、{last}様を{title}として採用させていただくことが内定いたしましたので、ご連絡いたします。",
            "このたびは{title}の選考にご参加いただき、ありがとうございました。慎重に検討いたしました結果、{last}様に内定をお出しすることとなりました。",
        ),
        ctx.pick(
            [
                "労働条件通知書（内定通知書）を添付いたしますので、ご確認ください。",
                "給与・勤務地などの条件は、添付の労働条件通知書をご確認ください。",
            ]
        ),
        ctx.pick(
            [
                "つきましては、内定承諾書にご署名のうえ、1週間以内にご返送くださいますようお願いいたします。",
                "ご入社いただけるかどうか、今月末までにご回答いただけますと幸いです。",
            ]
        ),
        ctx.fill("{co}\n人事部 採用担当"),
    )
    subject = ctx.para(
        "【{co}】内定のご連絡", "内定通知書の送付について", "選考結果のご連絡（内定）"
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co} 人事部"),
        ctx.fill("recruit@{domain}"),
        greet=False,
        sign="",
        lang="ja",
    )


@j1("j1_of_agency_temp_booking", "offer")
def temp_booking(ctx: Ctx) -> Draft:
    """A temping agency confirms the assignment the candidate applied for: site, rate, start."""
    agency, host = ctx.pick(
        [
            ("Harbour Staffing", "harbourstaffing.example"),
            ("Pertempo Recruitment", "pertempo.example"),
            ("Blue Arrow Temps", "bluearrowtemps.example"),
            ("Staffline Works", "stafflineworks.example"),
        ]
    )
    move(ctx, ctx.pick(["uk_hourly", "uk_trades"]))
    start = weekday_future(ctx, 1, 6)
    rate = f"£{ctx.num(11, 19)}.{ctx.pick(['00', '44', '50', '95'])}ph"
    text = join(
        ctx.para(
            "Good news - the client has accepted you for the {title} assignment you applied for. You're booked in!",
            "Confirming your booking: {title} at {co}.",
            "You've got the job! {co} want you to start on the {title} assignment.",
        ),
        "Start: "
        + day(ctx, start, "en")
        + ctx.pick([" 07:00", " 06:00 (report to security gate)", " 08:30", " 22:00 (nights)"])
        + "\nRate: "
        + rate
        + ctx.pick([" PAYE", " + holiday pay", " (umbrella)"])
        + "\nDuration: "
        + ctx.pick(
            [
                "4 weeks, possible extension",
                "ongoing temp-to-perm",
                "2 weeks cover",
                "until Christmas",
            ]
        ),
        ctx.para(
            "Bring hi-vis and safety boots. Timesheets are submitted through the app every Sunday.",
            "Please reply to confirm you accept the assignment and I'll send the assignment details form to sign.",
            "Make sure your right-to-work documents are uploaded before Monday or payroll can't set you up.",
        ),
    )
    sign = ctx.fill(
        f"[Cheers,|Thanks,]\n{{pfirst}}\n{agency}\n07{ctx.num(100, 999)} {ctx.num(100000, 999999)}"
    )
    subject = ctx.para(
        "Booking confirmed - {co}",
        "Assignment confirmation: {title}",
        "You start Monday!",
        "Your booking",
    )
    return Draft(
        subject,
        text,
        ctx.person,
        staff(ctx, host),
        sign=sign,
        form=ctx.pick(["plain", "plain", "alt"]),
    )


@j1("j1_of_pl_oferta_stazu", "offer", lang="pl")
def pl_oferta(ctx: Ctx) -> Draft:
    """A Polish employer offers an internship or a job after the recruitment process."""
    move(ctx, "pl")
    start = weekday_future(ctx, 10, 40)
    text = join(
        hi(ctx, "pl"),
        ctx.para(
            "z przyjemnością informujemy, że zakończyliśmy proces rekrutacji na stanowisko {title} i chcielibyśmy złożyć Pani/Panu ofertę zatrudnienia.",
            "mam dobre wiadomości - chcemy zaprosić Cię do naszego zespołu na stanowisko {title}!",
            "dziękujemy za udział w rekrutacji do programu stażowego. Z radością przedstawiamy ofertę stażu ({title}).",
        ),
        "Warunki:\n- wynagrodzenie: "
        + ctx.pick(
            [
                f"{ctx.num(6, 18)} {ctx.pick(['000', '500'])} zł brutto miesięcznie",
                f"{ctx.num(4, 7)} 000 zł brutto (staż)",
                f"B2B {ctx.num(90, 180)} zł/h netto",
            ]
        )
        + "\n- rozpoczęcie: "
        + day(ctx, start, "pl")
        + "\n- "
        + ctx.pick(
            [
                "umowa o pracę na okres próbny 3 miesiące",
                "umowa zlecenie, 3 miesiące",
                "praca hybrydowa (2 dni w biurze)",
            ]
        ),
        ctx.para(
            "Prosimy o odpowiedź do końca tygodnia.",
            "Jeśli akceptujesz ofertę, prześlę umowę do podpisu.",
            "Chętnie odpowiem na wszystkie pytania.",
        ),
        bye(
            ctx,
            "pl",
            ctx.pick(
                [
                    "{person}\nHR Business Partner | {co}",
                    "{person}\nKoordynator programu stażowego",
                    "Zespół HR {co}",
                ]
            ),
        ),
    )
    subject = ctx.para(
        "Oferta zatrudnienia - {title}",
        "Oferta stażu w {co}",
        "Dobre wieści!",
        "Propozycja współpracy - {title}",
    )
    return Draft(subject, text, ctx.person, staff(ctx), greet=False, sign="", lang="pl")
