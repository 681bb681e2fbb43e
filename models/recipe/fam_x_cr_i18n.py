"""Non-English application receipts and rejections (tag ``cr_``, with fam_x_confirm_reject).

Job seekers in Europe and Latin America get these in Spanish, French, German, Italian, Dutch
and Portuguese; the first corpus had only a handful of French, German and Spanish templates.
Each family mixes the six languages, one per message (``Draft.lang`` records which), in two
shapes: an ATS portal notice and a note signed by a person. The hard cases are the same as in
English: receipts promising contact "if your profile fits" (some even say that silence means
no), and rejections whose first sentence is a receipt's.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, ats_sender, family

# language -> slot -> alternatives (each filled with ``ctx.fill``)
T: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "greet": ("Hola {first}:", "Hola {first},", "Estimado/a {first}:", "Buenos días, {first}:"),
        "sign": ("Un saludo,", "Saludos cordiales,", "Atentamente,", "Un abrazo,"),
        "team": (
            "El equipo de Talento de {co}",
            "Equipo de Selección - {co}",
            "Recursos Humanos {co}",
        ),
        "auto": ("Este es un mensaje automático; por favor, no respondas a este correo.",),
        "c_subj": (
            "Hemos recibido tu candidatura",
            "Candidatura recibida - {title}",
            "Gracias por tu interés en {co}",
            "Confirmación de inscripción: {title}",
            "Tu candidatura en {co}",
        ),
        "c_open": (
            "Gracias por presentar tu candidatura al puesto de {title} en {co}.",
            "Te confirmamos que hemos recibido correctamente tu candidatura para la oferta {title}.",
            "¡Gracias por inscribirte en nuestra oferta de {title}! Tu CV ya está en manos del equipo de selección.",
        ),
        "c_next": (
            "Vamos a revisar tu perfil con detenimiento y, si encaja con lo que buscamos, nos pondremos en contacto contigo para los siguientes pasos.",
            "El proceso de selección puede tardar unas semanas. Si tu perfil avanza, te contactaremos por correo o por teléfono.",
            "Puedes consultar el estado de tu candidatura en cualquier momento desde tu área de candidato.",
        ),
        "r_subj": (
            "Tu candidatura a {title}",
            "Actualización sobre tu proceso en {co}",
            "Gracias por tu interés en {co}",
            "Proceso de selección {title}",
        ),
        "r_open": (
            "Gracias por tu interés en {co} y por el tiempo dedicado a tu candidatura para el puesto de {title}.",
            "Te agradecemos sinceramente tu participación en nuestro proceso de selección para {title}.",
            "Gracias por presentar tu candidatura al puesto de {title}.",
        ),
        "r_turn": (
            "Tras revisar detenidamente tu perfil, lamentamos comunicarte que hemos decidido continuar con otros candidatos cuyo perfil se ajusta más a las necesidades actuales del puesto.",
            "En esta ocasión no vamos a seguir adelante con tu candidatura.",
            "Lamentablemente, el puesto ya ha sido cubierto.",
        ),
        "r_close": (
            "Guardaremos tu CV en nuestra base de datos para futuras oportunidades.",
            "Te deseamos mucho éxito en tu búsqueda profesional.",
            "Te animamos a seguir atento/a a nuestras próximas ofertas.",
        ),
    },
    "fr": {
        "greet": (
            "Bonjour {first},",
            "Madame, Monsieur,",
            "Bonjour {first} {last},",
            "Chère candidate, cher candidat,",
        ),
        "sign": ("Cordialement,", "Bien cordialement,", "Belle journée,", "Bien à vous,"),
        "team": (
            "L'équipe Recrutement {co}",
            "Le service des Ressources Humaines - {co}",
            "Talent Acquisition {co}",
        ),
        "auto": ("Ceci est un message automatique, merci de ne pas y répondre.",),
        "c_subj": (
            "Accusé de réception de votre candidature",
            "Votre candidature a bien été envoyée à {co}",
            "Candidature {title} - confirmation",
            "Merci pour votre candidature !",
        ),
        "c_open": (
            "Votre candidature au poste de {title} a bien été enregistrée.",
            "Nous accusons bonne réception de votre candidature pour le poste de {title} et vous remercions de l'intérêt que vous portez à {co}.",
            "Bonne nouvelle : votre candidature a bien été transmise à l'équipe de {co}.",
        ),
        "c_next": (
            "Nos équipes vont l'étudier attentivement. Si votre profil correspond à nos attentes, nous reviendrons vers vous dans les meilleurs délais.",
            "En l'absence de réponse de notre part sous [trois|quatre] semaines, vous pourrez considérer que votre candidature n'a pas été retenue.",
            "Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat.",
        ),
        "r_subj": (
            "Votre candidature chez {co}",
            "Suite donnée à votre candidature",
            "Candidature au poste de {title}",
            "Réponse à votre candidature",
        ),
        "r_open": (
            "Nous vous remercions de l'intérêt que vous portez à {co} et de votre candidature au poste de {title}.",
            "Merci pour votre candidature et pour le temps consacré à nos échanges.",
            "Nous avons bien reçu votre candidature au poste de {title} et nous vous en remercions.",
        ),
        "r_turn": (
            "Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à votre candidature.",
            "Nous avons reçu de nombreuses candidatures et avons retenu des profils correspondant davantage à nos besoins actuels.",
            "Malheureusement, votre candidature n'a pas été retenue pour ce poste.",
        ),
        "r_close": (
            "Avec votre accord, nous conservons votre CV dans notre vivier de talents.",
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "Nous ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.",
        ),
    },
    "de": {
        "greet": (
            "Hallo {first},",
            "Sehr geehrte/r {first} {last},",
            "Guten Tag {first} {last},",
            "Liebe/r {first},",
        ),
        "sign": ("Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße", "Freundliche Grüße"),
        "team": ("Ihr Recruiting-Team von {co}", "Personalabteilung {co}", "Dein {co} Talent Team"),
        "auto": (
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
        ),
        "c_subj": (
            "Eingangsbestätigung Ihrer Bewerbung",
            "Ihre Bewerbung als {title}",
            "Vielen Dank für Ihre Bewerbung",
            "Bewerbung eingegangen: {title}",
        ),
        "c_open": (
            "vielen Dank für Ihre Bewerbung als {title} und Ihr Interesse an {co}. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.",
            "wir haben Ihre Bewerbung für die Position {title} erhalten.",
            "danke für deine Bewerbung bei {co}! Deine Unterlagen sind gut bei uns angekommen.",
        ),
        "c_next": (
            "Wir werden Ihre Unterlagen sorgfältig prüfen und uns schnellstmöglich bei Ihnen melden.",
            "Bitte haben Sie etwas Geduld - die Sichtung aller Bewerbungen kann bis zu [zwei|drei] Wochen dauern. Sollte Ihr Profil passen, laden wir Sie gerne zu einem persönlichen Gespräch ein.",
            "Den Status deiner Bewerbung kannst du jederzeit in unserem Bewerberportal einsehen.",
        ),
        "r_subj": (
            "Ihre Bewerbung bei {co}",
            "Ihre Bewerbung als {title}",
            "Rückmeldung zu Ihrer Bewerbung",
            "Absage - {title}",
        ),
        "r_open": (
            "vielen Dank für Ihre Bewerbung als {title} und das damit verbundene Interesse an {co}.",
            "herzlichen Dank für die Zeit, die Sie in das Bewerbungsverfahren investiert haben.",
            "wir haben Ihre Bewerbung als {title} erhalten und mit Interesse gelesen.",
        ),
        "r_turn": (
            "Leider müssen wir Ihnen mitteilen, dass wir uns für andere Kandidatinnen und Kandidaten entschieden haben, deren Profil besser zu den Anforderungen der Stelle passt.",
            "Nach sorgfältiger Prüfung können wir Ihnen leider keine positive Rückmeldung geben.",
            "Die Stelle wurde inzwischen besetzt.",
        ),
        "r_close": (
            "Diese Entscheidung ist keine Wertung Ihrer Qualifikation. Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.",
            "Ihre Unterlagen löschen wir gemäß DSGVO nach sechs Monaten.",
            "Gerne nehmen wir Sie in unseren Talentpool auf, wenn Sie einverstanden sind.",
        ),
    },
    "it": {
        "greet": (
            "Gentile {first},",
            "Ciao {first},",
            "Gentile {first} {last},",
            "Buongiorno {first},",
        ),
        "sign": ("Cordiali saluti,", "Un caro saluto,", "Distinti saluti,", "A presto,"),
        "team": (
            "Il team Risorse Umane di {co}",
            "Team Recruiting {co}",
            "Ufficio Selezione del Personale - {co}",
        ),
        "auto": ("Questa è una comunicazione automatica, ti preghiamo di non rispondere.",),
        "c_subj": (
            "Conferma ricezione candidatura",
            "Grazie per la tua candidatura - {co}",
            "La tua candidatura per {title}",
            "Candidatura ricevuta",
        ),
        "c_open": (
            "ti ringraziamo per aver inviato la tua candidatura per la posizione di {title}.",
            "abbiamo ricevuto la tua candidatura per il ruolo di {title} presso {co}.",
            "grazie per l'interesse dimostrato verso {co}: la tua candidatura è stata registrata correttamente.",
        ),
        "c_next": (
            "Il nostro team la valuterà con attenzione e ti contatteremo qualora il tuo profilo fosse in linea con le nostre esigenze.",
            "Il processo di selezione potrebbe richiedere alcune settimane. Ti aggiorneremo sull'esito.",
            "Puoi verificare lo stato della tua candidatura nella tua area personale.",
        ),
        "r_subj": (
            "Aggiornamento sulla tua candidatura",
            "Esito della selezione - {title}",
            "La tua candidatura presso {co}",
            "Grazie per il tuo interesse",
        ),
        "r_open": (
            "ti ringraziamo per l'interesse dimostrato verso {co} e per aver inviato la tua candidatura per la posizione di {title}.",
            "grazie per il tempo dedicato ai colloqui per la posizione di {title}.",
            "abbiamo ricevuto e letto con attenzione la tua candidatura per il ruolo di {title}.",
        ),
        "r_turn": (
            "Dopo un'attenta valutazione, ti comunichiamo che abbiamo deciso di proseguire con altri profili più in linea con le esigenze attuali.",
            "Purtroppo la tua candidatura non è stata selezionata per il proseguimento dell'iter di selezione.",
            "Ci dispiace informarti che la posizione è stata coperta.",
        ),
        "r_close": (
            "Conserveremo il tuo curriculum per eventuali future opportunità.",
            "Ti auguriamo il meglio per il tuo percorso professionale.",
            "Ti invitiamo a consultare le nostre prossime offerte di lavoro.",
        ),
    },
    "nl": {
        "greet": (
            "Beste {first},",
            "Hoi {first},",
            "Beste {first} {last},",
            "Geachte {first} {last},",
        ),
        "sign": (
            "Met vriendelijke groet,",
            "Groetjes,",
            "Hartelijke groet,",
            "Vriendelijke groeten,",
        ),
        "team": ("Team Recruitment {co}", "HR-afdeling {co}", "Het {co} recruitmentteam"),
        "auto": ("Dit is een automatisch gegenereerd bericht; je kunt hier niet op reageren.",),
        "c_subj": (
            "Bedankt voor je sollicitatie",
            "Ontvangstbevestiging sollicitatie {title}",
            "We hebben je sollicitatie ontvangen",
            "Je sollicitatie bij {co}",
        ),
        "c_open": (
            "Bedankt voor je sollicitatie naar de functie {title} bij {co}.",
            "We hebben je sollicitatie voor de vacature {title} in goede orde ontvangen.",
            "Leuk dat je hebt gesolliciteerd bij {co}!",
        ),
        "c_next": (
            "We bekijken je cv en motivatie zorgvuldig en nemen binnen [twee|drie] weken contact met je op.",
            "Als je profiel aansluit bij wat we zoeken, nodigen we je uit voor een kennismakingsgesprek.",
            "Je kunt de status van je sollicitatie volgen via je kandidatenportaal.",
        ),
        "r_subj": (
            "Je sollicitatie bij {co}",
            "Terugkoppeling sollicitatie {title}",
            "Update over je sollicitatie",
            "Vacature {title}",
        ),
        "r_open": (
            "Hartelijk dank voor je sollicitatie naar de functie van {title} bij {co} en je interesse in ons bedrijf.",
            "Bedankt voor je tijd en de prettige gesprekken over de functie {title}.",
            "Bedankt voor je sollicitatie naar de functie {title} bij {co}.",
        ),
        "r_turn": (
            "Helaas moeten we je laten weten dat we je niet uitnodigen voor een gesprek.",
            "We hebben veel reacties ontvangen en hebben besloten om met andere kandidaten verder te gaan.",
            "Na zorgvuldige overweging hebben we besloten je sollicitatie niet verder in behandeling te nemen.",
        ),
        "r_close": (
            "We wensen je veel succes met je zoektocht naar een nieuwe baan.",
            "Met jouw toestemming bewaren we je gegevens nog een jaar in onze talentpool.",
            "Houd onze vacaturesite in de gaten voor toekomstige functies.",
        ),
    },
    "pt": {
        "greet": ("Olá {first},", "Prezado(a) {first},", "Caro(a) {first},", "Oi {first}!"),
        "sign": ("Atenciosamente,", "Com os melhores cumprimentos,", "Abraços,", "Cumprimentos,"),
        "team": (
            "Equipe de Recrutamento {co}",
            "Equipa de Talento - {co}",
            "Time de Gente & Gestão {co}",
        ),
        "auto": ("Esta é uma mensagem automática. Por favor, não responda a este e-mail.",),
        "c_subj": (
            "Candidatura recebida",
            "Recebemos a sua candidatura - {title}",
            "Obrigado por se candidatar na {co}",
            "Confirmação de candidatura",
        ),
        "c_open": (
            "Recebemos a sua candidatura para a vaga de {title}. Obrigado pelo interesse na {co}!",
            "A sua candidatura à função de {title} foi submetida com sucesso.",
            "Que bom ter você no nosso processo seletivo para {title}!",
        ),
        "c_next": (
            "A nossa equipa irá analisar o seu perfil e, caso avance no processo, entraremos em contacto.",
            "Caso o seu perfil seja selecionado para a próxima etapa, entraremos em contato por e-mail.",
            "Acompanhe o status da sua candidatura pelo portal do candidato.",
        ),
        "r_subj": (
            "Atualização sobre o processo seletivo",
            "A sua candidatura na {co}",
            "Retorno da vaga de {title}",
            "Processo seletivo {co}",
        ),
        "r_open": (
            "Agradecemos o seu interesse na {co} e o tempo dedicado à sua candidatura para a vaga de {title}.",
            "Obrigado por participar do nosso processo seletivo para {title}.",
            "Recebemos a sua candidatura para a vaga de {title} e agradecemos o interesse.",
        ),
        "r_turn": (
            "Após uma análise cuidadosa, informamos que optamos por seguir com outros candidatos neste momento.",
            "Infelizmente, o seu perfil não foi selecionado para as próximas etapas.",
            "Informamos que a vaga já foi preenchida.",
        ),
        "r_close": (
            "O seu currículo ficará no nosso banco de talentos para futuras oportunidades.",
            "Desejamos sucesso na sua jornada profissional.",
            "Fique de olho nas nossas próximas vagas.",
        ),
    },
}


def _message(ctx: Ctx, category: str) -> Draft:
    lang = ctx.pick(list(T))
    t = T[lang]
    portal = ctx.chance(0.6)
    name, addr = ats_sender(
        ctx,
        ctx.pick(["smartrecruiters", "workable", "own", "workday", "greenhouse"])
        if portal
        else "person",
    )
    if category == "confirmation":
        paras = [ctx.para(*t["c_open"])]
        paras += [ctx.para(*t["c_next"])] if ctx.chance(0.8) else []
        subject = ctx.para(*t["c_subj"])
    else:
        short = ctx.chance(0.2)  # a bare "not this time" with no thanks first
        paras = [] if short else [ctx.para(*t["r_open"])]
        paras.append(ctx.para(*t["r_turn"]))
        paras += [ctx.para(*t["r_close"])] if ctx.chance(0.7) else []
        subject = ctx.para(*t["r_subj"])
    greet = ctx.para(*t["greet"])
    body = greet + "\n\n" + "\n\n".join(paras)
    who = ctx.para(*t["team"]) if portal else ctx.person + ctx.fill("[| - {co}]")
    sign = ctx.pick(t["sign"]) + "\n" + who
    footer = ctx.para(*t["auto"]) if portal and ctx.chance(0.6) else ""
    return Draft(
        subject,
        body,
        name,
        addr,
        greet=False,
        sign=sign,
        footer=footer,
        lang=lang,
        bulk=portal and ctx.chance(0.5),
    )


@family("cr_conf_i18n", "confirmation", lang="es", n=42)
def conf_i18n(ctx: Ctx) -> Draft:
    return _message(ctx, "confirmation")


@family("cr_rej_i18n", "rejection", lang="es", n=42)
def rej_i18n(ctx: Ctx) -> Draft:
    return _message(ctx, "rejection")


# language -> (job boards as (name, address), notices as (subject, body)); Indeed is in every market.
BOARDS: dict[str, tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]] = {
    "es": (
        (("InfoJobs", "noreply@infojobs.net"), ("Indeed", "no-reply@indeed.com")),
        (
            (
                "Te has inscrito en la oferta {title}",
                "Te has inscrito correctamente en la oferta\n{title}\n{co} · {city}\n\nLa empresa revisará tu CV. Te avisaremos cuando tu candidatura cambie de estado ([CV leído|En proceso|Finalista]).",
            ),
            (
                "Candidatura enviada: {title}",
                "Tu candidatura se ha enviado a {co}.\n\n{title} - {city}\n\nSi la empresa está interesada, se pondrá en contacto contigo. ¡Mucha suerte!",
            ),
        ),
    ),
    "fr": (
        (
            ("Welcome to the Jungle", "noreply@welcometothejungle.com"),
            ("Indeed", "no-reply@indeed.com"),
        ),
        (
            (
                "Candidature envoyée : {title}",
                "Votre candidature a été envoyée !\n{title}\n{co} - {city}\n\nL'entreprise a bien reçu votre CV[ et votre lettre de motivation|]. Vous serez notifié(e) dès que votre candidature sera consultée.",
            ),
            (
                "Votre candidature pour {title} chez {co}",
                "Bravo, vous avez postulé chez {co} !\n\nPoste : {title}\nLieu : {city}\n\nRetrouvez le suivi de vos candidatures dans votre espace personnel.",
            ),
        ),
    ),
    "de": (
        (("StepStone", "bewerbung@stepstone.de"), ("Indeed", "no-reply@indeed.com")),
        (
            (
                "Bewerbung erfolgreich versendet: {title}",
                "Ihre Bewerbung wurde erfolgreich versendet\n{title}\n{co}, {city}\n\nDas Unternehmen hat Ihre Unterlagen erhalten. Den Status Ihrer Bewerbung sehen Sie jederzeit unter „Meine Bewerbungen“.",
            ),
            (
                "Ihre Bewerbung bei {co} ist eingegangen",
                "Gute Nachrichten: Ihre Bewerbung als {title} ist bei {co} eingegangen.\n\nWir benachrichtigen Sie, sobald der Arbeitgeber Ihre Bewerbung angesehen hat.",
            ),
        ),
    ),
    "it": (
        (("InfoJobs", "noreply@infojobs.it"), ("Indeed", "no-reply@indeed.com")),
        (
            (
                "Candidatura inviata: {title}",
                "Candidatura inviata\n{title}\n{co} - {city}\n\nIl tuo CV è stato inviato all'azienda. Ti avviseremo quando l'azienda visualizzerà la tua candidatura.",
            ),
            (
                "Ti sei candidato per {title}",
                "Ti sei candidato per l'offerta {title} di {co}.\n\nPuoi seguire lo stato della candidatura dalla sezione «Le mie candidature».",
            ),
        ),
    ),
    "nl": (
        (
            ("Nationale Vacaturebank", "noreply@nationalevacaturebank.nl"),
            ("Indeed", "no-reply@indeed.com"),
        ),
        (
            (
                "Sollicitatie verstuurd: {title}",
                "Je sollicitatie is verstuurd\n{title}\n{co} - {city}\n\nDe werkgever heeft je cv ontvangen. Je krijgt bericht zodra de werkgever je sollicitatie heeft bekeken.",
            ),
            (
                "Je hebt gesolliciteerd op {title}",
                "Gelukt! Je hebt gesolliciteerd op de vacature {title} bij {co}.\n\nBekijk al je sollicitaties in je account.",
            ),
        ),
    ),
    "pt": (
        (("Gupy", "naoresponda@gupy.io"), ("Indeed", "no-reply@indeed.com")),
        (
            (
                "Candidatura enviada: {title}",
                "Candidatura enviada\n{title}\n{co} - {city}\n\nSeu currículo foi enviado para a empresa. Acompanhe as etapas do processo seletivo na sua área do candidato.",
            ),
            (
                "Você se candidatou para {title}",
                "Parabéns! Sua candidatura para a vaga de {title} na {co} foi concluída.\n\nFique atento ao seu e-mail: a empresa pode entrar em contato a qualquer momento.",
            ),
        ),
    ),
}


@family("cr_conf_i18n_board", "confirmation", lang="de", n=36)
def conf_i18n_board(ctx: Ctx) -> Draft:
    lang = ctx.pick(list(BOARDS))
    boards, notices = BOARDS[lang]
    name, addr = ctx.rng.choice(boards)
    subject, body = ctx.rng.choice(notices)
    legal = "© " + str(ctx.date.year) + " " + name
    return Draft(
        ctx.fill(subject),
        ctx.fill(body),
        name,
        addr,
        greet=False,
        sign="",
        footer=legal,
        form=ctx.pick(["html", "alt"]),
        lang=lang,
        bulk=True,
    )


# language -> whole after-interview rejections from a person; %P% is the interviewer.
AFTER_INTERVIEW: dict[str, tuple[str, ...]] = {
    "es": (
        "Hola {first}:\n\nGracias por tu tiempo en la entrevista con %P% [la semana pasada|el martes|el otro día]. Ha sido un proceso muy reñido, pero finalmente hemos decidido avanzar con otra persona cuyo perfil encaja mejor en este momento.\n\n[%P% se quedó con muy buena impresión de ti.|Si quieres, te puedo dar feedback más detallado por teléfono.|]",
        "Hola {first},\n\nte escribo para darte respuesta sobre el puesto de {title}. Lo siento, pero no vamos a continuar con tu candidatura. [Nos gustó mucho hablar contigo|Valoramos mucho la entrevista con %P%] y esperamos coincidir en el futuro.",
    ),
    "fr": (
        "Bonjour {first},\n\nMerci encore pour votre entretien avec %P%. Nous avons beaucoup apprécié nos échanges, mais nous avons finalement choisi de poursuivre avec un autre profil pour le poste de {title}.\n\n[Je reste disponible pour un retour plus détaillé si vous le souhaitez.|%P% a particulièrement apprécié votre présentation.|]",
        "Bonjour {first},\n\nJe reviens vers vous suite à vos entretiens. Malheureusement, nous ne donnerons pas suite cette fois-ci. [Ce fut une décision difficile.|]",
    ),
    "de": (
        "Hallo {first},\n\nvielen Dank für das angenehme Gespräch mit %P%. Wir haben uns die Entscheidung nicht leicht gemacht, uns am Ende aber für eine andere Person entschieden.\n\n[Gerne gebe ich Ihnen telefonisch ein ausführliches Feedback.|%P% war von Ihrem Fallbeispiel sehr angetan.|]",
        "Liebe/r {first},\n\nleider muss ich dir mitteilen, dass wir die Stelle als {title} anderweitig besetzt haben. Danke für deine Zeit und die offenen Gespräche mit %P% und dem Team!",
    ),
    "it": (
        "Ciao {first},\n\ngrazie ancora per il colloquio con %P%. È stata una decisione difficile, ma abbiamo scelto di proseguire con un altro candidato per il ruolo di {title}.\n\n[Se ti fa piacere, posso darti un feedback più dettagliato.|]",
        "Gentile {first},\n\ndopo i colloqui delle scorse settimane abbiamo deciso di non procedere oltre con la tua candidatura. Ti ringrazio per la disponibilità[ e per il tempo dedicato a %P%|].",
    ),
    "nl": (
        "Hoi {first},\n\nBedankt voor het fijne gesprek met %P% afgelopen week. We hebben lang getwijfeld, maar uiteindelijk gekozen voor een andere kandidaat voor de functie {title}.\n\n[Ik geef je graag telefonisch wat feedback.|%P% was erg onder de indruk van je case.|]",
        "Beste {first},\n\nNa de tweede gespreksronde hebben we helaas besloten niet met je verder te gaan. Dank voor je tijd en enthousiasme!",
    ),
    "pt": (
        "Olá {first},\n\nObrigado pela entrevista com %P% na semana passada. Foi uma decisão difícil, mas decidimos seguir com outro candidato para a vaga de {title}.\n\n[Fico à disposição para dar um feedback mais detalhado.|%P% gostou muito da sua apresentação.|]",
        "Oi {first}, tudo bem?\n\nPassando para avisar que não vamos seguir com a sua candidatura desta vez. Agradeço muito pelo papo com %P% e pelo seu tempo!",
    ),
}
R_SUBJ = {
    "es": ("Proceso {title}", "Re: entrevista", "Tu candidatura"),
    "fr": ("Suite à votre entretien", "Poste de {title}", "Re: entretien"),
    "de": ("Ihr Gespräch bei {co}", "Rückmeldung", "Re: {title}"),
    "it": ("Esito colloquio", "Re: {title}", "Aggiornamento"),
    "nl": ("Terugkoppeling gesprek", "Re: {title}", "Update"),
    "pt": ("Retorno da entrevista", "Re: {title}", "Processo seletivo"),
}


@family("cr_rej_i18n_after_interview", "rejection", lang="fr", n=36)
def rej_i18n_after_interview(ctx: Ctx) -> Draft:
    lang = ctx.pick(list(AFTER_INTERVIEW))
    name, addr = ats_sender(ctx, "person")
    panel = ctx.pick(["Carlos", "Marie", "Jonas", "Giulia", "Sanne", "Beatriz", "Ana", "Pierre"])
    body = ctx.para(*AFTER_INTERVIEW[lang]).replace("%P%", panel)
    sign = (
        ctx.pick(T[lang]["sign"])
        + "\n"
        + ctx.person
        + ctx.fill("[|\n{co}|\nTalent Acquisition, {co}]")
    )
    return Draft(
        ctx.para(*R_SUBJ[lang]),
        body,
        name,
        addr,
        greet=False,
        sign=sign,
        lang=lang,
        form=ctx.pick(["plain", "alt"]),
    )
