"""Non-English stage families (FR, DE, ES, IT, NL, PT): interview, technical round, offer.

Each message draws its language; the sentences are native phrasing (not translations of the
English families), with dates, times and salaries written the local way. Family names carry
the ``st_`` tag of ``fam_x_stages.py``, whose helpers they share.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from fam_x_stages import join
from kit import Ctx, Draft, ats_sender, family


def eu_when(ctx: Ctx, lang: str) -> str:
    """A date and time as they are written in ``lang``: ``12/03 à 14h30``, ``12.3. um 14:30 Uhr``."""
    d = ctx.future()
    hour, minute = ctx.num(8, 17), ctx.pick(["00", "30", "15"])
    date = (
        f"{d.day:02d}/{d.month:02d}" if lang in ("fr", "es", "it", "pt") else f"{d.day}.{d.month}."
    )
    at = {
        "fr": f"{hour}h{minute}",
        "de": f"{hour}:{minute} Uhr",
        "nl": f"{hour}.{minute} uur",
        "pt": f"{hour}h{minute}",
    }.get(lang, f"{hour}:{minute}")
    link = {"fr": "à", "de": "um", "es": "a las", "it": "alle", "nl": "om", "pt": "às"}[lang]
    return f"{date} {link} {at}"


# lang -> (greeting alternatives, sign-off alternatives, sender role alternatives)
EU_FRAME: dict[str, tuple[str, str, str]] = {
    "fr": (
        "[Bonjour {first},|Bonjour {first} {last},|Madame, Monsieur,|Bonjour,]",
        "[Cordialement,|Bien à vous,|Belle journée,|Bien cordialement,]",
        "[Chargée de recrutement|Talent Acquisition|Responsable RH|Lead Tech]",
    ),
    "de": (
        "[Hallo {first},|Guten Tag {first} {last},|Liebe/r {first},|Sehr geehrte/r {first} {last},]",
        "[Viele Grüße|Beste Grüße|Mit freundlichen Grüßen|Herzliche Grüße]",
        "[Recruiterin|Talent Acquisition|HR Business Partner|Teamleitung Entwicklung]",
    ),
    "es": (
        "[Hola {first}:|Hola {first},|Estimado/a {first}:|Buenos días {first},]",
        "[Un saludo,|Saludos cordiales,|Atentamente,|Un abrazo,]",
        "[Reclutadora|Técnica de selección|Talent Acquisition|Responsable de RR. HH.]",
    ),
    "it": (
        "[Ciao {first},|Gentile {first} {last},|Buongiorno {first},]",
        "[Cordiali saluti,|Un saluto,|A presto,|Distinti saluti,]",
        "[Recruiter|HR Specialist|Responsabile Selezione]",
    ),
    "nl": (
        "[Hoi {first},|Beste {first},|Beste {first} {last},|Goedemiddag {first},]",
        "[Met vriendelijke groet,|Groet,|Hartelijke groet,|Groetjes,]",
        "[Recruiter|HR-adviseur|Corporate Recruiter]",
    ),
    "pt": (
        "[Olá {first},|Olá {first}, tudo bem?|Prezado(a) {first},|Oi {first}!]",
        "[Atenciosamente,|Abraços,|Um abraço,|Obrigado(a),]",
        "[Recrutadora|Analista de RH|Talent Acquisition]",
    ),
}


def eu_draft(ctx: Ctx, table: dict[str, tuple[str, tuple[str, ...]]]) -> Draft:
    """One message in a language drawn from ``table``: lang -> (subjects, paragraph slots).

    Each paragraph slot is one template (``[a|b]`` inside); ``%WHEN%`` becomes a local date
    and ``%EUR%`` a salary as that language writes it.
    """
    lang = ctx.pick(list(table))
    subjects, slots = table[lang]
    greet, signs, roles = EU_FRAME[lang]
    paras = []
    for slot in slots:
        k = ctx.num(36, 98)
        salary = f"{k}.000 €" if lang != "nl" else f"€ {k}.000"
        paras.append(ctx.fill(slot.replace("%WHEN%", eu_when(ctx, lang)).replace("%EUR%", salary)))
    name, addr = ats_sender(
        ctx, ctx.pick(["person", "own", "person", "smartrecruiters", "workable"])
    )
    sign = ctx.fill(signs) + "\n" + ctx.person + ctx.fill(ctx.maybe("\n" + roles, 0.7))
    return Draft(
        ctx.fill(subjects),
        join(ctx.fill(greet), *paras),
        name,
        addr,
        greet=False,
        sign=sign,
        lang=lang,
    )


_EU_INTERVIEW: dict[str, tuple[str, tuple[str, ...]]] = {
    "fr": (
        "[Invitation à un échange - {co}|Votre candidature : prochaine étape|Entretien pour le poste de {title}|Suite de votre candidature|RDV téléphonique]",
        (
            "Merci pour votre candidature[ au poste de {title}|] ! Votre parcours nous a beaucoup plu et nous aimerions [faire votre connaissance|en discuter avec vous] lors d'un [premier entretien|échange téléphonique de 30 minutes|entretien en visio].",
            "[Seriez-vous disponible le %WHEN% ?|Pourriez-vous me transmettre quelques créneaux pour la semaine prochaine ?|Vous pouvez réserver un créneau directement ici : {link}]",
            "[Au plaisir d'échanger avec vous.|N'hésitez pas à me contacter si vous avez des questions.|]",
        ),
    ),
    "de": (
        "[Einladung zum Kennenlernen - {co}|Ihre Bewerbung bei {co}|Terminvorschlag Vorstellungsgespräch|Nächste Schritte|Kurzes Telefonat?]",
        (
            "Vielen Dank für Ihre Bewerbung[ als {title}|]! Ihr Profil hat uns überzeugt und wir möchten Sie gerne zu einem [ersten Kennenlerngespräch|Vorstellungsgespräch per Video|kurzen Telefoninterview] einladen.",
            "[Passt Ihnen der %WHEN%?|Bitte teilen Sie mir ein paar Terminvorschläge für die kommende Woche mit.|Einen Termin können Sie direkt hier buchen: {link}]",
            "[Wir freuen uns auf das Gespräch!|Bei Fragen melden Sie sich gerne jederzeit.|]",
        ),
    ),
    "es": (
        "[Entrevista - {co}|Tu candidatura en {co}|Siguiente paso: entrevista para {title}|Seguimiento|¿Hablamos?]",
        (
            "¡Gracias por tu candidatura[ al puesto de {title}|]! Nos ha gustado mucho tu perfil y nos encantaría conocerte en una [primera entrevista|llamada de 30 minutos|videollamada].",
            "[¿Te vendría bien el %WHEN%?|¿Podrías indicarme tu disponibilidad para la próxima semana?|Puedes reservar un hueco aquí: {link}]",
            "[Quedo atenta a tu respuesta.|Cualquier duda, me dices.|]",
        ),
    ),
    "it": (
        "[Invito a colloquio - {co}|La tua candidatura per {title}|Prossimi passi|Colloquio conoscitivo]",
        (
            "Grazie per la tua candidatura[ per la posizione di {title}|]! Il tuo profilo ci ha colpito e vorremmo invitarti a un [primo colloquio conoscitivo|colloquio telefonico|colloquio in videochiamata].",
            "[Saresti disponibile il %WHEN%?|Mi indicheresti qualche disponibilità per la prossima settimana?]",
            "[Resto a disposizione per qualsiasi domanda.|A presto!|]",
        ),
    ),
    "nl": (
        "[Uitnodiging sollicitatiegesprek - {co}|Je sollicitatie bij {co}|Volgende stap|Kennismaking {title}]",
        (
            "Bedankt voor je sollicitatie[ op de functie {title}|]! We willen je graag uitnodigen voor een [eerste kennismakingsgesprek|sollicitatiegesprek|kort telefonisch gesprek].",
            "[Schikt %WHEN%?|Kun je me laten weten wanneer je volgende week beschikbaar bent?]",
            "[We kijken ernaar uit je te spreken!|Vragen? Laat het gerust weten.|]",
        ),
    ),
    "pt": (
        "[Convite para entrevista - {co}|Sua candidatura na {co}|Próximos passos|Bate-papo sobre a vaga de {title}]",
        (
            "Obrigado pela sua candidatura[ para a vaga de {title}|]! Gostamos muito do seu perfil e queremos convidar você para uma [entrevista inicial|conversa por telefone|entrevista por vídeo].",
            "[Você teria disponibilidade %WHEN%?|Pode me enviar sua disponibilidade para a próxima semana?]",
            "[Fico no aguardo!|Qualquer dúvida, estou à disposição.|]",
        ),
    ),
}


@family("st_intl_interview", "interview", lang="multi", n=36)
def intl_interview(ctx: Ctx) -> Draft:
    return eu_draft(ctx, _EU_INTERVIEW)
