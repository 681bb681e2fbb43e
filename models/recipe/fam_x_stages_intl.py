"""Non-English stage families (FR, DE, ES, IT, NL, PT): interview, technical round and offer.

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
    and time, ``%DATE%`` a date and ``%EUR%`` a salary, as that language writes them.
    """
    lang = ctx.pick(list(table))
    subjects, slots = table[lang]
    greet, signs, roles = EU_FRAME[lang]
    paras = []
    for slot in slots:
        k = ctx.num(36, 98)
        salary = f"{k}.000 €" if lang != "nl" else f"€ {k}.000"
        when = eu_when(ctx, lang)
        slot = slot.replace("%WHEN%", when).replace("%DATE%", when.split(" ")[0])
        paras.append(ctx.fill(slot.replace("%EUR%", salary)))
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
            "[Você teria disponibilidade no dia %WHEN%?|Pode me enviar sua disponibilidade para a próxima semana?]",
            "[Fico no aguardo!|Qualquer dúvida, estou à disposição.|]",
        ),
    ),
}


# A second interview style: the recruiter writes after a first call or to confirm a slot.
_EU_INTERVIEW_CALL: dict[str, tuple[str, tuple[str, ...]]] = {
    "fr": (
        "[Notre échange de demain|Confirmation de votre entretien|Entretien avec {pfirst}|Re: candidature]",
        (
            "[Je vous confirme notre entretien le %WHEN%[ avec le manager de l'équipe|]. [Il se déroulera sur Teams, le lien suit.|Rendez-vous dans nos locaux de {city}.|Je vous appellerai sur votre portable.]|Suite à notre premier échange, le manager souhaite vous rencontrer pour un second entretien. Il vous propose le %WHEN%.]",
            "[Merci de me confirmer votre présence.|Si le créneau ne vous convient pas, proposez-m'en un autre.|]",
        ),
    ),
    "de": (
        "[Unser Gespräch am Donnerstag|Bestätigung: Vorstellungsgespräch|Einladung zum zweiten Gespräch|AW: Ihre Bewerbung]",
        (
            "[Hiermit bestätige ich unser Vorstellungsgespräch am %WHEN%.[ Teilnehmen wird auch die Teamleitung.|] [Den Teams-Link erhalten Sie separat.|Wir treffen uns an unserem Standort in {city}.]|Nach unserem ersten Telefonat möchte die Fachabteilung Sie gerne persönlich kennenlernen. Wäre der %WHEN% für Sie möglich?]",
            "[Bitte bestätigen Sie kurz den Termin.|Falls es nicht passt, schlagen Sie gerne einen Alternativtermin vor.|]",
        ),
    ),
    "es": (
        "[Confirmación de entrevista|Nuestra entrevista del jueves|Segunda entrevista - {co}|RE: tu candidatura]",
        (
            "[Te confirmo la entrevista el %WHEN%[ con la responsable del equipo|]. [Será por Google Meet, te envío el enlace.|Nos vemos en la oficina de {city}.]|Tras nuestra primera conversación, el responsable del área quiere conocerte en una segunda entrevista. ¿Te viene bien el %WHEN%?]",
            "[Confírmame si te encaja, por favor.|Si no puedes, dime otro horario.|]",
        ),
    ),
    "it": (
        "[Conferma colloquio|Secondo colloquio - {co}|Il nostro colloquio di giovedì]",
        (
            "[Ti confermo il colloquio il %WHEN%[ con il responsabile del team|]. [Si terrà su Teams.|Ci vediamo nella sede di {city}.]|Dopo la nostra prima chiacchierata, il responsabile vorrebbe conoscerti in un secondo colloquio il %WHEN%.]",
            "[Fammi sapere se va bene.|]",
        ),
    ),
    "nl": (
        "[Bevestiging sollicitatiegesprek|Tweede gesprek - {co}|Ons gesprek van donderdag]",
        (
            "[Hierbij bevestig ik ons gesprek op %WHEN%[ met de teamleider|]. [Het gesprek is via Teams.|Je bent welkom op ons kantoor in {city}.]|Na ons eerste gesprek wil de manager je graag uitnodigen voor een tweede gesprek op %WHEN%.]",
            "[Laat je even weten of dat past?|]",
        ),
    ),
    "pt": (
        "[Confirmação de entrevista|Segunda entrevista - {co}|Nossa conversa de quinta]",
        (
            "[Confirmo sua entrevista no dia %WHEN%[ com a gestora da área|]. [Será pelo Google Meet.|Te esperamos no escritório de {city}.]|Depois da nossa primeira conversa, o gestor quer conhecer você numa segunda entrevista no dia %WHEN%.]",
            "[Pode confirmar, por favor?|]",
        ),
    ),
}


@family("st_intl_interview", "interview", lang="multi", n=36)
def intl_interview(ctx: Ctx) -> Draft:
    return eu_draft(ctx, _EU_INTERVIEW if ctx.chance(0.6) else _EU_INTERVIEW_CALL)


_EU_TECH_TEST: dict[str, tuple[str, tuple[str, ...]]] = {
    "fr": (
        "[Test technique - {title}|Prochaine étape : exercice technique|Votre test pour {co}|Suite de votre candidature]",
        (
            "[Merci pour notre échange ! La prochaine étape est un [test technique en ligne|exercice de code|cas pratique].|Suite à votre entretien, nous avons le plaisir de vous proposer un [test technique|exercice de code à réaliser chez vous].]",
            "[Le test dure environ [60|90] minutes.|Comptez [2|3] à 4 heures de travail, pas plus.] [Merci de le rendre avant le %DATE%.|Le lien expire dans 72 heures.]",
            "[Lien vers le test : [https://www.codingame.com/evaluate/?id={num}|https://hackerrank.com/tests/{num}|https://app.codility.com/test/{num}]|L'énoncé est en pièce jointe.|Le dépôt GitHub est ici : https://github.com/{slug}/exercice-technique]",
        ),
    ),
    "de": (
        "[Technische Aufgabe - {title}|Ihre Programmieraufgabe|Nächster Schritt: Coding-Challenge|Ihre Bewerbung bei {co}]",
        (
            "[Vielen Dank für das nette Gespräch! Als nächsten Schritt möchten wir Sie bitten, eine [Programmieraufgabe|Probeaufgabe|Coding-Challenge] zu bearbeiten.|Im nächsten Schritt unseres Bewerbungsprozesses folgt eine kleine [Programmieraufgabe|Fallstudie].]",
            "[Die Bearbeitung dauert etwa [2|3] Stunden.|Der Test ist auf [60|90] Minuten begrenzt.] [Bitte senden Sie uns Ihre Lösung bis zum %DATE%.|Abgabe bis %WHEN%.]",
            "[Zur Aufgabe: [https://www.codingame.com/evaluate/?id={num}|https://hackerrank.com/tests/{num}|https://app.codility.com/test/{num}]|Die Aufgabenstellung finden Sie im Anhang.|Das Repository: https://github.com/{slug}/aufgabe]",
        ),
    ),
    "es": (
        "[Prueba técnica - {title}|Siguiente paso: prueba técnica|Tu prueba para {co}|Ejercicio práctico]",
        (
            "[¡Gracias por la entrevista! El siguiente paso es una [prueba técnica|prueba de código|caso práctico].|Nos gustaría que avanzaras a la fase técnica con un [ejercicio práctico|reto técnico].]",
            "[La prueba dura unos [60|90] minutos.|No deberías dedicarle más de [3|4] horas.] [El plazo para entregarla es el %DATE%.|Tienes 5 días para completarla.]",
            "[Accede aquí: [https://www.codingame.com/evaluate/?id={num}|https://hackerrank.com/tests/{num}|https://app.codility.com/test/{num}]|Te adjunto el enunciado.|Repositorio: https://github.com/{slug}/prueba-tecnica]",
        ),
    ),
    "it": (
        "[Prova tecnica - {title}|Prossimo step: esercizio tecnico|La tua prova per {co}]",
        (
            "[Grazie per il colloquio! Il prossimo passo è una [prova tecnica|esercitazione di programmazione|prova pratica].|Siamo lieti di invitarti alla fase tecnica: un [esercizio di coding|caso pratico] da svolgere in autonomia.]",
            "[La prova dura circa [60|90] minuti.|Dovrebbe richiedere [2|3] ore al massimo.] [Ti chiediamo di consegnarla entro il %DATE%.|Il link scade tra 72 ore.]",
            "[Link alla prova: [https://www.codingame.com/evaluate/?id={num}|https://hackerrank.com/tests/{num}|https://app.codility.com/test/{num}]|Trovi la traccia in allegato.]",
        ),
    ),
    "nl": (
        "[Technische opdracht - {title}|Volgende stap: programmeeropdracht|Je assessment voor {co}]",
        (
            "[Bedankt voor het gesprek! De volgende stap is een [technische opdracht|programmeeropdracht|case].|Graag nodigen we je uit voor de technische ronde: een korte [thuisopdracht|online test].]",
            "[Reken op ongeveer [2|3] uur werk.|De test duurt [60|90] minuten.] [Lever je oplossing uiterlijk %WHEN% in.|De link is 72 uur geldig.]",
            "[Start de opdracht: [https://www.codingame.com/evaluate/?id={num}|https://hackerrank.com/tests/{num}|https://app.codility.com/test/{num}]|De opdracht zit in de bijlage.]",
        ),
    ),
    "pt": (
        "[Teste técnico - {title}|Próxima etapa: desafio técnico|Seu desafio para a {co}]",
        (
            "[Obrigado pela conversa! A próxima etapa é um [teste técnico|desafio técnico|case prático].|Você avançou para a etapa técnica do processo: um [desafio de código|teste online].]",
            "[O teste leva cerca de [60|90] minutos.|Não gaste mais de [3|4] horas.] [O prazo de entrega é dia %DATE%.|O link expira em 72 horas.]",
            "[Acesse o teste: [https://www.codingame.com/evaluate/?id={num}|https://hackerrank.com/tests/{num}|https://app.codility.com/test/{num}]|O enunciado está em anexo.|Repositório: https://github.com/{slug}/desafio-tecnico]",
        ),
    ),
}
_EU_TECH_TALK: dict[str, tuple[str, tuple[str, ...]]] = {
    "fr": (
        "[Entretien technique - {co}|Prochaine étape|Votre entretien technique]",
        (
            "[Bonne nouvelle : vous passez à l'étape suivante ! Nous vous proposons un entretien technique avec deux [développeurs|ingénieurs|membres de l'équipe].|La prochaine étape est un entretien technique[ pour le poste de {title}|] : [live coding|conception d'architecture|revue de code] pendant [45|60] minutes.]",
            "[Êtes-vous disponible le %WHEN% ?|Merci de choisir un créneau ici : {link}]",
        ),
    ),
    "de": (
        "[Technisches Interview - {co}|Einladung zum Fachgespräch|Nächste Runde]",
        (
            "[Gute Nachrichten: Sie sind eine Runde weiter! Wir laden Sie zu einem technischen Interview mit zwei [Entwicklern|Engineers|Kollegen aus dem Team] ein.|Als nächstes folgt ein Fachgespräch[ zur Stelle {title}|] mit [Live-Coding|Systemdesign|Code-Review] ([45|60] Minuten).]",
            "[Passt Ihnen der %WHEN%?|Bitte wählen Sie hier einen Termin: {link}]",
        ),
    ),
    "es": (
        "[Entrevista técnica - {co}|Siguiente fase|Tu entrevista técnica]",
        (
            "[¡Buenas noticias, pasas a la siguiente fase! Te proponemos una entrevista técnica con dos [desarrolladores|ingenieros|personas del equipo].|El siguiente paso es una entrevista técnica[ para el puesto de {title}|] con [live coding|diseño de sistemas|revisión de código] de [45|60] minutos.]",
            "[¿Te viene bien el %WHEN%?|Elige un hueco aquí: {link}]",
        ),
    ),
    "it": (
        "[Colloquio tecnico - {co}|Prossima fase|Il tuo colloquio tecnico]",
        (
            "[Buone notizie: passi alla fase successiva! Ti proponiamo un colloquio tecnico con due [sviluppatori|ingegneri] del team.|Il prossimo step è un colloquio tecnico[ per la posizione di {title}|] con [live coding|system design] di [45|60] minuti.]",
            "[Saresti disponibile il %WHEN%?|Scegli uno slot qui: {link}]",
        ),
    ),
    "nl": (
        "[Technisch gesprek - {co}|Volgende ronde|Je technische interview]",
        (
            "[Goed nieuws: je gaat door naar de volgende ronde! We nodigen je uit voor een technisch gesprek met twee [developers|engineers] uit het team.|De volgende stap is een technisch interview[ voor de functie {title}|] met [live coding|systeemontwerp] van [45|60] minuten.]",
            "[Kun je op %WHEN%?|Kies hier een moment: {link}]",
        ),
    ),
    "pt": (
        "[Entrevista técnica - {co}|Próxima fase|Sua entrevista técnica]",
        (
            "[Boa notícia: você passou para a próxima fase! Queremos marcar uma entrevista técnica com dois [desenvolvedores|engenheiros] do time.|A próxima etapa é uma entrevista técnica[ para a vaga de {title}|] com [live coding|system design] de [45|60] minutos.]",
            "[Pode ser no dia %WHEN%?|Escolha um horário aqui: {link}]",
        ),
    ),
}


@family("st_intl_technical", "technical_round", lang="multi", n=36)
def intl_technical(ctx: Ctx) -> Draft:
    return eu_draft(ctx, _EU_TECH_TEST if ctx.chance(0.6) else _EU_TECH_TALK)


_EU_OFFER: dict[str, tuple[str, tuple[str, ...]]] = {
    "fr": (
        "[Proposition d'embauche - {title}|Votre promesse d'embauche|Bonne nouvelle !|Suite à vos entretiens|Félicitations]",
        (
            "[Suite à vos entretiens, nous avons le plaisir de vous proposer le poste de {title} au sein de {co}.|Félicitations ! L'équipe a été conquise et nous souhaitons vous faire une proposition d'embauche[ pour le poste de {title}|].|Bonne nouvelle : nous aimerions vous accueillir chez {co} !]",
            "[La rémunération annuelle brute proposée est de %EUR%[, plus une part variable de {pct} %|].|Vous trouverez ci-joint votre promesse d'embauche (CDI, %EUR% bruts annuels).|Le salaire proposé est de %EUR% bruts par an, avec une prise de poste le %DATE%.]",
            "[Merci de nous retourner le document signé sous huit jours.|Je vous appelle demain pour en discuter.|Nous restons à votre disposition pour toute question.]",
        ),
    ),
    "de": (
        "[Ihr Vertragsangebot|Angebot: {title}|Herzlichen Glückwunsch!|Zusage - {co}|Unser Angebot an Sie]",
        (
            "[Wir freuen uns sehr, Ihnen nach den Gesprächen die Stelle als {title} anbieten zu können!|Herzlichen Glückwunsch - wir möchten Sie gerne bei {co} einstellen.|Nach den tollen Gesprächen mit dem Team möchten wir Ihnen ein Vertragsangebot machen.]",
            "[Wir bieten Ihnen ein Jahresbruttogehalt von %EUR%[ zzgl. Bonus|].|Anbei erhalten Sie Ihren Arbeitsvertrag (unbefristet, %EUR% brutto jährlich).|Das Gehalt beträgt %EUR% brutto im Jahr; Eintrittsdatum wäre der %DATE%.]",
            "[Bitte senden Sie uns den unterschriebenen Vertrag bis Ende nächster Woche zurück.|Ich rufe Sie morgen an, um offene Fragen zu klären.|Wir freuen uns auf Ihre Rückmeldung!]",
        ),
    ),
    "es": (
        "[Oferta - {title}|Tu carta oferta|¡Enhorabuena!|Propuesta de incorporación a {co}]",
        (
            "[¡Enhorabuena! Tras el proceso de entrevistas, nos encantaría que te incorporaras a {co} como {title}.|Nos complace hacerte una oferta formal para el puesto de {title}.|Buenas noticias: ¡queremos que formes parte del equipo!]",
            "[El salario bruto anual es de %EUR%[ más variable|].|Te adjunto la carta oferta con un salario de %EUR% brutos anuales.|La fecha de incorporación sería el %DATE%, con un salario de %EUR% brutos/año.]",
            "[Por favor, devuélvenos la oferta firmada antes del viernes.|Te llamo mañana para resolver dudas.|Quedo a la espera de tu respuesta.]",
        ),
    ),
    "it": (
        "[Proposta di assunzione - {title}|La tua offerta da {co}|Congratulazioni!]",
        (
            "[Congratulazioni! Dopo i colloqui siamo felici di offrirti la posizione di {title}.|Siamo lieti di presentarti una proposta di assunzione in {co}.]",
            "[La RAL proposta è di %EUR%.|In allegato trovi la lettera di offerta (tempo indeterminato, RAL %EUR%).|La retribuzione annua lorda è di %EUR%, con data di inizio il %DATE%.]",
            "[Ti chiediamo di restituirci la lettera firmata entro una settimana.|Ti chiamo domani per parlarne.]",
        ),
    ),
    "nl": (
        "[Aanbod - {title}|Je contractvoorstel|Gefeliciteerd!|Goed nieuws van {co}]",
        (
            "[Gefeliciteerd! Na de gesprekken willen we je graag de functie van {title} aanbieden.|We zijn enthousiast en doen je graag een aanbod om bij {co} te komen werken.]",
            "[Het bruto jaarsalaris bedraagt %EUR%, inclusief vakantiegeld.|In de bijlage vind je de arbeidsovereenkomst (%EUR% bruto per jaar).|Je startdatum zou %DATE% zijn, met een salaris van %EUR% bruto per jaar.]",
            "[Wil je het getekende contract binnen een week terugsturen?|Ik bel je morgen om het door te nemen.]",
        ),
    ),
    "pt": (
        "[Proposta - {title}|Sua carta-oferta|Parabéns!|Proposta de emprego - {co}]",
        (
            "[Parabéns! Depois das entrevistas, queremos oferecer a você a vaga de {title}.|Temos o prazer de apresentar uma proposta para você se juntar à {co}.]",
            "[O salário anual bruto é de %EUR%.|Segue em anexo a carta-oferta com salário de %EUR% por ano.|A data de início seria %DATE%, com salário de %EUR% anuais.]",
            "[Pode nos devolver a proposta assinada até sexta?|Te ligo amanhã para conversarmos.]",
        ),
    ),
}


@family("st_intl_offer", "offer", lang="multi", n=36)
def intl_offer(ctx: Ctx) -> Draft:
    return eu_draft(ctx, _EU_OFFER)
