"""Template families (session 10, helper J2): hiring mail of sectors with their own rituals: a
law firm's vacation-scheme receipt, assessment centre and training-contract offer; a UN
agency's written test and an NGO's competency-based interview (French) and regret letter
(Spanish/French); pre-recruitment clearances. More sectors follow in fam_j2_sectors2.py.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from j2_kit import at, bye, day, go, hi, j2, join, person_addr
from kit import Calendar, Ctx, Draft
from zf_kit import privacy, weekday_future


@j2("j2_cf_law_vacation_scheme_received", "confirmation")
def law_received(ctx: Ctx) -> Draft:
    """A UK law firm's graduate portal confirms a vacation-scheme / training-contract application."""
    go(ctx, "law")
    ref = f"{ctx.pick(['VS', 'TC', 'GR'])}-{ctx.num(10000, 99999)}"
    text = join(
        hi(ctx, "en"),
        ctx.para(
            "Thank you for submitting your application for the {title} at {co}. Your reference number is "
            + ref
            + ".",
            "We confirm receipt of your application for our {title} (ref. " + ref + ").",
            "Thank you for your interest in {co}. This email confirms that your application for the {title} has been received.",
        ),
        ctx.para(
            "Applications are reviewed on a rolling basis, so we may close the scheme before the deadline. You will hear from us once your application has been considered.",
            "Our graduate recruitment team reads every application carefully. Successful applicants will be invited to complete the Watson Glaser critical thinking test.",
            "We assess applications after the closing date and aim to let all candidates know the outcome within six weeks.",
        ),
        ctx.para(
            "You can track the status of your application through your candidate account.",
            "Please do not reply to this email; for queries contact graduaterecruitment@{domain}.",
            "",
        ),
    )
    subject = ctx.para(
        "Application received - {title}",
        "{co}: thank you for your application",
        "Your application to {co} (" + ref + ")",
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co} Graduate Recruitment"),
        ctx.fill("[noreply|graduates]@{slug}.[apply4law.example|tal.net|oleeo-mail.example]"),
        greet=False,
        sign=ctx.fill(
            "[Kind regards|Best wishes|Yours sincerely],\n[Graduate Recruitment Team|Early Talent Team]\n{co}"
        ),
        footer=privacy(ctx, ctx.co, ctx.domain) if ctx.chance(0.5) else "",
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )


@j2("j2_iv_law_assessment_centre_partner", "interview")
def law_ac(ctx: Ctx) -> Draft:
    """A law firm invites to its assessment centre: written exercise, group task, partner interview."""
    go(ctx, "law")
    when = weekday_future(ctx, 5, 16).replace(hour=ctx.pick([9, 13]), minute=ctx.pick([0, 30]))
    text = join(
        hi(ctx, "en"),
        ctx.para(
            "We are pleased to invite you to an assessment centre for the {title} at {co}.",
            "Following your video interview, we would like to invite you to the final stage of our process for the {title}: an assessment centre at our London office.",
            "Congratulations - you have been selected for the {co} assessment centre.",
        ),
        "Date and time: "
        + at(ctx, when)
        + "\nVenue: "
        + ctx.pick(
            [
                "One Fleet Place, London EC4",
                "our Manchester office, Spinningfields",
                "virtual (Microsoft Teams)",
                "Bristol, Temple Quay",
            ]
        ),
        ctx.para(
            "The assessment centre includes a written case study, a group exercise and an interview with a partner and a senior associate. The interview will cover your motivation for commercial law and a current commercial issue.",
            "You will complete a 45-minute written exercise (drafting an email of advice to a client), followed by a partner interview lasting around 40 minutes.",
            "The afternoon comprises a negotiation exercise, a proofreading task and a competency interview with two partners.",
        ),
        ctx.para(
            "Please confirm your attendance by replying to this email and let us know if you require any reasonable adjustments.",
            "Please bring photographic ID and your original degree certificate or transcript.",
        ),
    )
    subject = ctx.para(
        "Assessment centre invitation - {title}",
        "{co}: invitation to assessment centre",
        "Your {title} application - next stage",
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co} Graduate Recruitment"),
        ctx.fill("graduaterecruitment@{domain}"),
        greet=False,
        sign=ctx.fill(
            "[Kind regards|Best wishes],\n{person}\nGraduate Recruitment [Advisor|Officer]\n{co}"
        ),
        calendar=Calendar(ctx.fill("{co} assessment centre"), when, 240)
        if ctx.chance(0.3)
        else None,
    )


@j2("j2_of_law_training_contract", "offer")
def law_offer(ctx: Ctx) -> Draft:
    """A law firm offers a training contract (often after a vacation scheme), with a reply deadline."""
    go(ctx, "law")
    ctx._title = ctx.pick(
        [
            "training contract",
            "Training Contract commencing September 2027",
            "trainee solicitor position",
            "Training Contract (March 2028 intake)",
        ]
    )
    due = weekday_future(ctx, 14, 28)
    text = join(
        hi(ctx, "en"),
        ctx.para(
            "I am delighted to offer you a {title} with {co}. Congratulations - the partners were very impressed with you during the vacation scheme.",
            "Further to your assessment centre, I am very pleased to confirm that {co} would like to offer you a {title}.",
            "Many congratulations! It gives me great pleasure to offer you a {title} at {co}.",
        ),
        ctx.para(
            "Your formal offer letter is attached. It sets out the trainee salary (currently £[50,000|52,000|56,000] in the first year), our sponsorship of the SQE and the LPC/SQE maintenance grant.",
            "The attached letter sets out the terms, including sponsorship of your SQE preparation course and a maintenance grant of £[8,000|10,000|12,000].",
        ),
        "Under the SRA voluntary code, you have until "
        + day(ctx, due)
        + " to accept. If you need longer, please speak to me.",
        ctx.para(
            "We'll send you our trainee newsletter and invite you to our future trainee events.",
            "I'll call you tomorrow to talk it through.",
            "",
        ),
    )
    subject = ctx.para(
        "Offer of a training contract - {co}", "Congratulations from {co}", "Your offer from {co}"
    )
    return Draft(
        subject,
        text,
        ctx.person,
        person_addr(ctx),
        greet=False,
        sign=ctx.fill(
            "[Warm regards|Kind regards|Best wishes],\n{person}\n[Graduate Recruitment Partner|Head of Early Talent|Graduate Recruitment Manager]"
        ),
    )


@j2("j2_tr_un_written_test", "technical_round")
def un_test(ctx: Ctx) -> Draft:
    """A UN agency's written test (timed, proctored) for a shortlisted candidate, in en/fr/es."""
    go(ctx, "ngo")
    lang = ctx.pick(["en", "en", "fr", "es"])
    when = weekday_future(ctx, 5, 12).replace(hour=ctx.pick([10, 12, 14]), minute=0)
    vac = f"{ctx.pick(['VA', 'JO', 'UNRO/VA'])}/{ctx.date.year}/{ctx.num(100, 999)}"
    body = {
        "en": (
            "Further to your application to vacancy "
            + vac
            + ", {title}, we are pleased to inform you that you have been shortlisted and invited to take a written assessment.",
            "The test will take place online on "
            + at(ctx, when)
            + " (Geneva time) and last [2|3] hours. It includes a technical section and a drafting exercise.",
            "The test is proctored; please make sure your webcam works. Candidates who pass will be invited to a competency-based interview.",
        ),
        "fr": (
            "Suite à votre candidature à l'avis de vacance "
            + vac
            + " ({title}), nous avons le plaisir de vous informer que vous avez été présélectionné(e) pour une épreuve écrite.",
            "L'épreuve aura lieu en ligne le "
            + at(ctx, when, "fr")
            + " (heure de Genève) et durera [2|3] heures.",
            "Les candidat(e)s ayant réussi l'épreuve seront invité(e)s à un entretien axé sur les compétences.",
        ),
        "es": (
            "En relación con su candidatura a la vacante "
            + vac
            + " ({title}), nos complace informarle de que ha sido preseleccionado/a para realizar una prueba escrita.",
            "La prueba se realizará en línea el "
            + at(ctx, when, "es")
            + " (hora de Ginebra) y tendrá una duración de [2|3] horas.",
            "Las personas que superen la prueba serán invitadas a una entrevista basada en competencias.",
        ),
    }[lang]
    text = join(
        hi(ctx, lang),
        ctx.fill(body[0]),
        ctx.fill(body[1]),
        ctx.fill(body[2]),
        ctx.fill(
            {
                "en": "Please confirm your availability by reply.",
                "fr": "Merci de confirmer votre disponibilité par retour de courriel.",
                "es": "Le rogamos confirme su disponibilidad respondiendo a este correo.",
            }[lang]
        ),
    )
    subject = {
        "en": f"Written assessment - {vac}",
        "fr": f"Épreuve écrite - {vac}",
        "es": f"Prueba escrita - {vac}",
    }[lang]
    sign = ctx.fill(
        {
            "en": "Kind regards,\nHuman Resources Section\n{co}",
            "fr": "Cordialement,\nSection des ressources humaines\n{co}",
            "es": "Atentamente,\nSección de Recursos Humanos\n{co}",
        }[lang]
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co} Recruitment"),
        ctx.fill("recruitment@{domain}"),
        greet=False,
        sign=sign,
        lang=lang,
        footer=ctx.pick(["", "Please do not reply to this automated message."]),
    )


@j2("j2_iv_fr_ong_entretien_competences", "interview", lang="fr")
def ngo_interview_fr(ctx: Ctx) -> Draft:
    """A French-speaking NGO invites to a competency-based (or field-manager) interview."""
    go(ctx, "ngo")
    when = weekday_future(ctx, 3, 10)
    text = join(
        hi(ctx, "fr"),
        ctx.para(
            "nous vous remercions pour votre candidature au poste de {title}. Votre profil a retenu notre attention et nous souhaitons vous proposer un entretien.",
            "suite à l'étude de votre dossier pour le poste de {title} ([Tchad|RDC|Haïti|Liban|Mali]), nous avons le plaisir de vous convier à un entretien.",
        ),
        "L'entretien aura lieu le "
        + at(ctx, when, "fr")
        + ctx.pick(
            [" (heure de Paris) sur Teams.", " par Zoom.", " au siège, à Paris.", " par Skype."]
        ),
        ctx.para(
            "Il s'agira d'un entretien basé sur les compétences (environ 45 minutes) avec la coordinatrice terrain et une personne des RH. Nous vous demanderons des exemples concrets de situations vécues.",
            "L'entretien se déroulera en français et en partie en anglais, avec le/la responsable de desk et le/la référent(e) RH.",
        ),
        ctx.para(
            "Merci de nous confirmer votre disponibilité.",
            "Si ce créneau ne vous convient pas, proposez-nous deux alternatives.",
            "",
        ),
        bye(
            ctx, "fr", "{person}\n[Chargée de recrutement|Responsable RH|Service Recrutement]\n{co}"
        ),
    )
    subject = ctx.para(
        "Proposition d'entretien - {title}",
        "Votre candidature {co} : entretien",
        "Entretien pour le poste de {title}",
    )
    return Draft(subject, text, ctx.person, person_addr(ctx), greet=False, sign="", lang="fr")


@j2("j2_rj_ngo_regret_es_fr", "rejection", lang="es")
def ngo_regret(ctx: Ctx) -> Draft:
    """An NGO or UN agency's regret letter (Spanish or French), sometimes after an interview."""
    go(ctx, "ngo")
    lang = ctx.pick(["es", "fr"])
    lines = {
        "es": (
            "Le agradecemos el interés mostrado en el puesto de {title}. Tras una cuidadosa evaluación, lamentamos informarle de que su candidatura no ha sido seleccionada para la siguiente etapa.",
            "Gracias por participar en la entrevista para {title}. Lamentamos comunicarle que se ha seleccionado a otra persona cuyo perfil se ajustaba más a las necesidades actuales.",
            "Hemos recibido un gran número de candidaturas para {title}. Lamentablemente, no podremos avanzar con la suya en esta ocasión.",
        ),
        "fr": (
            "Nous vous remercions de l'intérêt porté au poste de {title}. Après examen attentif, nous sommes au regret de vous informer que votre candidature n'a pas été retenue.",
            "Merci d'avoir participé à l'entretien pour le poste de {title}. Malheureusement, nous avons retenu une autre personne dont le profil correspond davantage à nos besoins.",
        ),
    }[lang]
    more = {
        "es": (
            "Le animamos a seguir consultando nuestras vacantes.",
            "Su perfil permanecerá en nuestra base de datos durante 12 meses.",
            "",
        ),
        "fr": (
            "Nous vous encourageons à consulter nos prochaines offres.",
            "Nous vous souhaitons plein succès dans vos démarches.",
            "",
        ),
    }[lang]
    text = join(
        hi(ctx, lang),
        ctx.fill(ctx.pick(lines)),
        ctx.pick(more),
        bye(ctx, lang, {"es": "Recursos Humanos\n{co}", "fr": "Ressources humaines\n{co}"}[lang]),
    )
    subject = ctx.fill(
        {
            "es": "[Su candidatura: {title}|Respuesta a su candidatura|{co} - proceso de selección]",
            "fr": "[Votre candidature : {title}|Réponse à votre candidature|{co} - suite de votre candidature]",
        }[lang]
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co}"),
        ctx.fill("[recrutement|rrhh|noreply]@{domain}"),
        greet=False,
        sign="",
        lang=lang,
        form=ctx.pick(["plain", "html"]),
    )


@j2("j2_oj_un_clearances_references", "other_job")
def un_clearances(ctx: Ctx) -> Draft:
    """Before an appointment: reference checks, medical clearance, a personal history form."""
    go(ctx, "ngo")
    text = join(
        hi(ctx, "en"),
        ctx.para(
            "As part of the pre-recruitment formalities for the {title} position, we kindly ask you to complete the attached Personal History Form (P11) and return it with copies of your degrees.",
            "You have been recommended for the {title} post, subject to satisfactory reference checks. Please provide the contact details of three referees, including your current or last supervisor.",
            "To proceed with your appointment as {title}, you will need a medical clearance. Please book an examination with a UN-approved physician and send the completed MS-2 form.",
        ),
        ctx.para(
            "Please note that this is not an offer of appointment. A formal offer will be issued once all checks are complete.",
            "We also need a copy of your passport and your bank details for the travel authorisation.",
            "Kindly return the documents within five working days.",
        ),
        bye(ctx, "en", "{person}\nHuman Resources [Assistant|Officer]\n{co}"),
    )
    subject = ctx.para(
        "Pre-recruitment formalities - {title}",
        "Reference checks - {title}",
        "Medical clearance required",
        "Documents needed for your appointment",
    )
    return Draft(subject, text, ctx.person, person_addr(ctx), greet=False, sign="")
