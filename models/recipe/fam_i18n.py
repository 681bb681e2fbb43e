"""Template families in French, German and Spanish: a few of each job category.

One family per language and category; sentences are slot-filled like the English ones.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Calendar, Ctx, Draft, ats_sender, family

# category -> (subjects, list of paragraph alternatives, sign-off options)
FR: dict[str, tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]] = {
    "confirmation": (
        (
            "Votre candidature chez {co}",
            "Confirmation de candidature - {title}",
            "Merci pour votre candidature",
        ),
        (
            (
                "Nous avons bien reçu votre candidature pour le poste de {title}.",
                "Merci d'avoir postulé chez {co} pour le poste de {title}.",
            ),
            (
                "Notre équipe va l'étudier avec attention et reviendra vers vous [rapidement|dans les "
                "prochaines semaines].",
                "Si votre profil correspond, nous vous contacterons pour la suite du processus.",
            ),
        ),
    ),
    "interview": (
        ("Invitation à un entretien - {title}", "Entretien chez {co}", "Prochaines étapes"),
        (
            (
                "Votre profil a retenu notre attention et nous souhaitons vous proposer un entretien "
                "[téléphonique|en visio|] pour le poste de {title}.",
                "Suite à votre candidature, nous aimerions échanger avec vous lors d'un premier "
                "entretien.",
            ),
            (
                "Pourriez-vous nous indiquer vos disponibilités [cette semaine|la semaine prochaine] ?",
                "Seriez-vous disponible le {day} à {time} ?",
            ),
        ),
    ),
    "technical_round": (
        ("Test technique - {title}", "Prochaine étape : exercice technique", "Entretien technique"),
        (
            (
                "Nous avons le plaisir de vous inviter à l'étape suivante : un [test technique|exercice "
                "de code|entretien technique] pour le poste de {title}.",
                "Suite à notre échange, nous vous proposons un entretien technique avec deux "
                "[ingénieurs|membres de l'équipe].",
            ),
            (
                "Le test dure environ [90|60] minutes. Merci de le compléter avant le {day}.",
                "Vous pouvez accéder au test via ce lien : https://app.codingame.com/test",
            ),
        ),
    ),
    "offer": (
        ("Proposition d'embauche - {title}", "Votre offre chez {co}", "Félicitations !"),
        (
            (
                "Nous avons le plaisir de vous proposer le poste de {title} au sein de {co}.",
                "Félicitations ! Suite à nos échanges, nous souhaitons vous faire une offre pour le "
                "poste de {title}.",
            ),
            (
                "Vous trouverez ci-joint votre promesse d'embauche avec une rémunération annuelle "
                "brute de {money}.",
                "Merci de nous retourner la lettre signée avant le {day}.",
            ),
        ),
    ),
    "rejection": (
        (
            "Votre candidature chez {co}",
            "Réponse à votre candidature - {title}",
            "Suite à votre candidature",
        ),
        (
            (
                "Nous vous remercions de l'intérêt que vous portez à {co}.",
                "Merci pour le temps que vous nous avez consacré lors de nos échanges.",
            ),
            (
                "Malheureusement, nous ne pouvons pas donner une suite favorable à votre candidature.",
                "Après examen attentif, nous avons retenu un autre profil pour le poste de {title}.",
            ),
            (
                "Nous vous souhaitons plein succès dans vos recherches.",
                "Nous conservons votre CV pour de futures opportunités.",
            ),
        ),
    ),
    "recruiter_outreach": (
        ("Opportunité {title} - {city}", "Votre profil nous intéresse", "Poste de {title}"),
        (
            (
                "J'ai découvert votre profil sur LinkedIn et je pense qu'il correspondrait à un poste "
                "de {title} chez {co}.",
                "Je recrute actuellement un(e) {title} pour un de mes clients.",
            ),
            ("Seriez-vous ouvert(e) à un échange de 15 minutes cette semaine ?",),
        ),
    ),
    "other_job": (
        (
            "Vérification de références",
            "Documents reçus",
            "Votre candidature est en cours d'examen",
        ),
        (
            (
                "Nous avons bien reçu vos documents, merci.",
                "Votre candidature pour le poste de {title} est toujours en cours d'examen.",
                "Pourriez-vous nous transmettre les coordonnées de deux références ?",
            ),
        ),
    ),
}
DE: dict[str, tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]] = {
    "confirmation": (
        (
            "Ihre Bewerbung bei {co}",
            "Eingangsbestätigung Ihrer Bewerbung - {title}",
            "Vielen Dank für Ihre Bewerbung",
        ),
        (
            (
                "Vielen Dank für Ihre Bewerbung als {title}. Wir haben Ihre Unterlagen erhalten.",
                "hiermit bestätigen wir den Eingang Ihrer Bewerbung für die Position {title}.",
            ),
            (
                "Wir prüfen Ihre Unterlagen sorgfältig und melden uns [in Kürze|innerhalb von zwei "
                "Wochen] bei Ihnen.",
            ),
        ),
    ),
    "interview": (
        (
            "Einladung zum Vorstellungsgespräch - {title}",
            "Ihr Gespräch bei {co}",
            "Nächste Schritte",
        ),
        (
            (
                "Ihre Bewerbung hat uns überzeugt und wir möchten Sie gerne zu einem [ersten "
                "Kennenlernen|Vorstellungsgespräch|Telefoninterview] einladen.",
                "wir würden Sie gerne für die Position {title} kennenlernen.",
            ),
            ("Passt Ihnen der {day} um {time}?", "Bitte teilen Sie uns Ihre Verfügbarkeit mit."),
        ),
    ),
    "technical_round": (
        ("Technisches Interview - {title}", "Coding Challenge bei {co}", "Nächste Runde"),
        (
            (
                "Als nächsten Schritt laden wir Sie zu einem technischen Interview mit unserem "
                "Entwicklungsteam ein.",
                "Wir möchten Sie bitten, eine kurze Programmieraufgabe (Take-Home) zu bearbeiten.",
            ),
            (
                "Die Aufgabe dauert etwa drei Stunden. Bitte senden Sie Ihre Lösung bis {day}.",
                "Das Gespräch dauert 60 Minuten und findet per Video statt.",
            ),
        ),
    ),
    "offer": (
        ("Ihr Vertragsangebot - {title}", "Angebot von {co}", "Herzlichen Glückwunsch!"),
        (
            (
                "Wir freuen uns, Ihnen die Position als {title} anbieten zu können.",
                "Herzlichen Glückwunsch! Anbei erhalten Sie Ihren Arbeitsvertrag.",
            ),
            (
                "Das Jahresbruttogehalt beträgt {money}.",
                "Bitte senden Sie uns den unterschriebenen Vertrag bis zum {day} zurück.",
            ),
        ),
    ),
    "rejection": (
        ("Ihre Bewerbung bei {co}", "Absage - {title}", "Rückmeldung zu Ihrer Bewerbung"),
        (
            ("Vielen Dank für Ihr Interesse an {co} und die Zeit, die Sie investiert haben.",),
            (
                "Leider müssen wir Ihnen mitteilen, dass wir uns für andere Kandidaten entschieden "
                "haben.",
                "Nach sorgfältiger Prüfung können wir Ihre Bewerbung leider nicht weiter "
                "berücksichtigen.",
            ),
            ("Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.",),
        ),
    ),
    "recruiter_outreach": (
        ("Spannende Position als {title}", "Ihr Profil auf XING", "Neue Herausforderung?"),
        (
            (
                "ich bin auf Ihr Profil aufmerksam geworden und suche für {co} einen {title}.",
                "für einen Kunden in {city} suche ich aktuell einen {title}.",
            ),
            ("Hätten Sie Zeit für ein kurzes Telefonat?",),
        ),
    ),
    "other_job": (
        ("Unterlagen erhalten", "Stand Ihrer Bewerbung", "Referenzen"),
        (
            (
                "Ihre Bewerbung als {title} befindet sich weiterhin in Prüfung.",
                "wir haben Ihre nachgereichten Unterlagen erhalten.",
                "Könnten Sie uns bitte zwei Referenzen nennen?",
            ),
        ),
    ),
}
ES: dict[str, tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]] = {
    "confirmation": (
        (
            "Hemos recibido tu candidatura",
            "Tu solicitud para {title}",
            "Gracias por postularte a {co}",
        ),
        (
            (
                "Gracias por tu interés en {co}. Hemos recibido tu candidatura para el puesto de "
                "{title}.",
                "Confirmamos la recepción de tu solicitud para {title}.",
            ),
            (
                "Nuestro equipo revisará tu perfil y nos pondremos en contacto contigo si encaja con "
                "lo que buscamos.",
            ),
        ),
    ),
    "interview": (
        ("Invitación a entrevista - {title}", "Entrevista con {co}", "Próximos pasos"),
        (
            (
                "Nos gustaría invitarte a una [entrevista telefónica|primera entrevista|videollamada] "
                "para el puesto de {title}.",
                "Tu perfil nos ha encantado y queremos conocerte.",
            ),
            ("¿Qué disponibilidad tienes esta semana?", "¿Te vendría bien el {day} a las {time}?"),
        ),
    ),
    "technical_round": (
        ("Prueba técnica - {title}", "Siguiente fase: entrevista técnica", "Reto técnico"),
        (
            (
                "El siguiente paso es una [prueba técnica|entrevista técnica con el equipo|prueba de "
                "código].",
                "Te invitamos a completar un ejercicio técnico para el puesto de {title}.",
            ),
            ("Tienes [cinco|siete] días para completarla.", "La entrevista durará una hora."),
        ),
    ),
    "offer": (
        ("Oferta de empleo - {title}", "¡Enhorabuena!", "Tu oferta de {co}"),
        (
            (
                "Nos complace ofrecerte el puesto de {title} en {co}.",
                "¡Enhorabuena! Queremos hacerte una oferta formal para unirte al equipo.",
            ),
            (
                "El salario bruto anual es de {money}.",
                "Por favor, confírmanos tu respuesta antes del {day}.",
            ),
        ),
    ),
    "rejection": (
        (
            "Tu candidatura en {co}",
            "Actualización sobre tu candidatura",
            "Proceso de selección - {title}",
        ),
        (
            ("Gracias por tu interés en formar parte de {co}.",),
            (
                "Lamentablemente, hemos decidido continuar con otros candidatos.",
                "Tras revisar tu perfil, en esta ocasión no seguiremos adelante con tu candidatura.",
            ),
            ("Te deseamos mucho éxito en tu búsqueda.",),
        ),
    ),
    "recruiter_outreach": (
        ("Oportunidad como {title}", "¿Abierto a nuevas oportunidades?", "Posición en {co}"),
        (
            (
                "He visto tu perfil y creo que encajarías muy bien como {title} en {co}.",
                "Estoy buscando un {title} para un cliente en {city}.",
            ),
            ("¿Tendrías 15 minutos para una llamada?",),
        ),
    ),
    "other_job": (
        ("Documentación recibida", "Estado de tu candidatura", "Verificación de referencias"),
        (
            (
                "Tu candidatura para {title} sigue en revisión.",
                "Hemos recibido tu documentación.",
                "¿Podrías enviarnos el contacto de dos referencias?",
            ),
        ),
    ),
}
GREET = {
    "fr": ("Bonjour {first},", "Madame, Monsieur,", "Bonjour,"),
    "de": ("Hallo {first},", "Sehr geehrte/r {first} {last},", "Guten Tag,"),
    "es": ("Hola {first},", "Estimado/a {first}:", "Buenos días,"),
}
SIGN = {
    "fr": ("Cordialement,", "Bien à vous,", "Belle journée,"),
    "de": ("Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße"),
    "es": ("Un saludo,", "Saludos cordiales,", "Atentamente,"),
}


def _make(
    lang: str, category: str, spec: tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]
) -> None:
    subjects, paras = spec

    def make(ctx: Ctx) -> Draft:
        kind = ctx.pick(["person", "own", "greenhouse", "workday", "smartrecruiters", "workable"])
        if category == "recruiter_outreach":
            kind = "person"
        name, addr = ats_sender(ctx, kind)
        body = [ctx.fill(ctx.pick(GREET[lang]))] + [ctx.para(*p) for p in paras]
        sign = ctx.pick(SIGN[lang]) + "\n" + (ctx.person if kind == "person" else ctx.co)
        cal = None
        if category == "interview" and ctx.chance(0.25):
            cal = Calendar(ctx.fill("Entretien / Interview {co}"), ctx.future(), 30)
        return Draft(
            ctx.para(*subjects),
            "\n\n".join(body),
            name,
            addr,
            greet=False,
            sign=sign,
            lang=lang,
            calendar=cal,
        )

    family(f"{category}_{lang}", category, lang=lang, n=14)(make)


for _lang, _table in (("fr", FR), ("de", DE), ("es", ES)):
    for _cat, _spec in _table.items():
        _make(_lang, _cat, _spec)
