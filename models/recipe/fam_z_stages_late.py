"""Technical rounds (assessment platforms, take-homes, a second round with the team), offers
(a verbal offer followed up, e-signature envelopes), and French, German and Spanish mail.

One writer's job-stage families (prefix zs_), each one real-world style; labels follow what
a mail DOES. Written independently of the other fam_*.py modules so held-out evaluation
stays honest.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Calendar, Ctx, Draft, ats_sender, family, sign_person
from zs_kit import (
    casual_sign,
    draft_mail,
    tech_title,
)

# --------------------------------------------------------------------------- technical_round


@family("zs_assessment_platform", "technical_round", n=30)
def assessment_platform(ctx: Ctx) -> Draft:
    """HackerRank / Codility / CodeSignal / TestGorilla invitations and expiry reminders."""
    tech_title(ctx)
    tool, host = ctx.rng.choice(
        [
            ("HackerRank", "hackerrank.com"),
            ("Codility", "app.codility.com"),
            ("CodeSignal", "app.codesignal.com"),
            ("TestGorilla", "app.testgorilla.com"),
            ("CoderPad", "app.coderpad.io"),
            ("Karat", "karat.io"),
        ]
    )
    sender = ctx.rng.choice(
        [
            (ctx.fill("{co} via " + tool), f"no-reply@{host.removeprefix('app.')}"),
            (ctx.fill("{co} Recruiting"), f"support@{host.removeprefix('app.')}"),
            ats_sender(ctx, "greenhouse"),
        ]
    )
    link = ctx.url(host, ctx.pick(["test", "invite", "c", "tests/start"]))
    mins = ctx.pick(["60", "75", "90", "120", "45"])
    reminder = ctx.chance(0.3)
    if reminder:
        body = ctx.fill(
            "[Friendly reminder|Reminder]: your {co} [coding test|assessment|technical screen] [expires in 24 hours|is due on {day}|hasn't been started yet]. [Once you begin, you'll have "
            + mins
            + " minutes to finish.|Make sure you have a quiet space and a stable connection.]\n\n[Start test|Begin assessment]: "
            + link
        )
    else:
        body = ctx.para(
            "[Thanks for your interest in|As the next step for] the {title} [role|position] at {co}, [we'd like to invite you to|you're invited to] complete [a coding challenge|a technical assessment|an online coding test|a timed assessment] on "
            + tool
            + ".\n\nDuration: "
            + mins
            + " minutes\n[Languages: any|Language: Python, Java, Go or JavaScript|Format: [2|3] coding questions and a few multiple-choice questions]\n[Deadline|Please complete by]: {day}\n\n"
            + link,
            '{co} has invited you to take the "[Backend Engineering|Data Structures & Algorithms|General Coding Assessment|SQL Fundamentals|Frontend] [Test|Assessment]" for {title}. [You can take it at any time before the link expires.|The test is timed and must be completed in one sitting.] [Please do not use external help; plagiarism is checked.|You may use documentation, but not AI assistants.]\n\n[Take the test|Start now]: '
            + link,
            "Great chatting [yesterday|earlier]! As promised, here's the [technical screen|coding exercise] link. It's a ["
            + mins
            + "-minute|timed] "
            + tool
            + " session[ with two problems|, mostly practical problems|]. [Aim to complete it by {day}.|Try to do it within the next 5 days.] [Good luck!|Shout if anything breaks.]\n\n"
            + link,
        )
    return draft_mail(
        ctx,
        [
            "{co} coding assessment",
            "Invitation: {title} technical assessment",
            "You're invited to a " + tool + " test",
            "Reminder: complete your assessment",
            "Next step: coding challenge",
            "Your " + tool + " invite from {co}",
            "Technical assessment",
        ],
        body,
        sender,
        footer=ctx.pick(
            [
                f"Powered by {tool}",
                f"Having trouble? Visit support.{host.removeprefix('app.')}",
                "",
                "This invitation is unique to you. Please do not forward it.",
            ]
        ),
        bulk=ctx.chance(0.4),
    )


@family("zs_takehome_brief", "technical_round", n=30)
def takehome_brief(ctx: Ctx) -> Draft:
    """A hiring manager sends the take-home exercise: task, time box, how to submit."""
    sender = ats_sender(ctx, ctx.pick(["person", "person", "ashby", "lever"]))
    intro = ctx.para(
        "Thanks again for [the chat|your time] [on {day}|last week|earlier]. [Everyone enjoyed it|The team really enjoyed meeting you] and we'd like you to [move on to|do] the [take-home|practical] stage.",
        "[As discussed|As mentioned on our call], the next step for the {title} role is a [short take-home exercise|practical assignment|case study].",
        "Here's the [take-home|exercise|assignment] we mentioned!",
    )
    task = ctx.pick(
        [
            "The task: build a small [REST API|CLI tool|web page|data pipeline] that [ingests a CSV of orders and reports daily totals|lets a user search a list of books|deduplicates customer records|consumes a public weather feed and caches it]. [Tests are appreciated.|Include a short README explaining your choices.|Any language is fine, though we mostly use [Python|TypeScript|Go|Kotlin].]",
            "[Attached|Linked] is a [dataset|brief] and [three|four] questions. [Please prepare a short write-up or a notebook with your analysis.|We'd like a [5-slide|short] deck with your recommendation.] [Focus on reasoning over polish.|There's no single right answer.]",
            "Brief: [redesign the onboarding flow for our mobile app|audit the attached landing page and propose improvements|draft a go-to-market plan for a new region]. [Figma, slides or a doc are all fine.|Please keep it to [3|4] pages.]",
        ]
    )
    rules = ctx.para(
        "[Please don't spend more than [3|4|2-3] hours on it.|Time box it to about [3|4] hours — we respect your time.] [Send it back by {day}|Submit within [5|7] days] [by replying to this email|as a link to a private GitHub repo (add @{pfirst}-{slug})|via the upload link: {link}].",
        "[We'll review it together in a [45|60]-minute follow-up session with [two people from the team|the hiring manager and a peer].|After you submit, we'll set up a call to walk through it.] [Let me know if you need more time|Questions welcome — just reply here].",
    )
    body = "\n\n".join([intro, ctx.fill(task), rules])
    return draft_mail(
        ctx,
        [
            "Take-home exercise",
            "{title} - next stage",
            "Next steps: practical exercise",
            "Your take-home",
            "Assignment for {co}",
            "Re: next steps",
        ],
        body,
        sender,
        sign=sign_person(
            ctx,
            ctx.pick(["Engineering Manager", "Head of Data", "Design Lead", "Hiring Manager", ""]),
        ),
    )


@family("zs_second_round_team", "technical_round", n=30)
def second_round_team(ctx: Ctx) -> Draft:
    """After a first call: a technical round with the team (pairing, system design, case)."""
    tech_title(ctx)
    sender = ats_sender(ctx, ctx.pick(["person", "greenhouse", "own", "ashby"]))
    intro = ctx.para(
        "Thank you for speaking with [me|our hiring manager|the team] [last week|on {day}|yesterday]. I'm happy to let you know we'd like to invite you to the [second|next|technical] round for {title}.",
        "Good news — [the team would like to move you forward|you've passed the first stage]! [The next round|Round two] is with [two of our engineers|the team you'd be working with|a senior engineer and the team lead].",
        "Thanks for applying and for the great [first conversation|screen]. Next up: [a technical interview|the technical stage].",
    )
    what = ctx.para(
        "It's a [60|90]-minute [pair-programming session|live coding interview|system design interview|technical deep-dive] [over Zoom|on CoderPad|in our office]. [You'll work through a realistic problem together — no trick questions.|Expect to design a [URL shortener|notification service|rate limiter] and discuss trade-offs.|We'll dig into a project you've built and then do a short coding exercise.]",
        "The format: [45 minutes of system design followed by 45 minutes of coding|a case study you'll present to the panel, then Q&A|a debugging exercise in a small codebase]. [Use whatever language you're most comfortable with.|You'll need a laptop with your usual dev setup.]",
    )
    ask = ctx.para(
        "[Could you share your availability for {day} or {day}?|Please pick a time here: {link}|Does {day} at {time} work?|Let me know a few slots next week.]",
    )
    cal = (
        Calendar(
            ctx.fill("Technical interview — {first} {last}"),
            ctx.future(),
            ctx.pick([60, 90]),
            location=ctx.pick(["Zoom", "CoderPad + Zoom", "Google Meet"]),
        )
        if ctx.chance(0.25)
        else None
    )
    return draft_mail(
        ctx,
        [
            "Second round",
            "Next round - {title}",
            "Technical interview",
            "Re: {title}: next steps",
            "Round 2 with the team",
            "Invitation: technical round",
        ],
        "\n\n".join([intro, what, ask]),
        sender,
        calendar=cal,
    )


# --------------------------------------------------------------------------- offer


@family("zs_verbal_offer_followup", "offer", n=30)
def verbal_offer_followup(ctx: Ctx) -> Draft:
    """After (or before) the offer call: recap of numbers, or booking the compensation call."""
    sender = ats_sender(ctx, ctx.pick(["person", "person", "own"]))
    body = ctx.para(
        "[Great speaking with you|Thanks for taking my call] [just now|earlier|this afternoon]! As discussed, [we're delighted to offer you|I'm thrilled to extend an offer for] the {title} [role|position]. [Quick recap|To recap]:\n\nBase salary: {money}\n[Bonus: {pct}% target|Equity: {eq} RSUs over 4 years|Sign-on bonus: [$5,000|$10,000|$15,000|£5,000|$20,000]]\nStart date: [{day}|flexible, ideally within 4 weeks]\n\n[The written offer will follow from HR|You'll receive the formal letter via DocuSign] [today|within 24 hours|tomorrow].",
        "[Congratulations!|Really happy to share this:] the team [would love to have you|has approved an offer] for {title}. I'd like to walk you through the [details|compensation package] on a call — [are you free {day} at {time}?|when suits you today or tomorrow?|grab any slot here: {link}]",
        "Following up on our conversation — [we're excited to officially offer you the position|I'm pleased to confirm our verbal offer]. [Take a few days to think it over|There's no pressure to decide right away], and [let me know if you have questions about the package|happy to connect you with anyone on the team]. [Ideally we'd hear back by {day}.|]",
        "Hi! [Just tried calling|Left you a voicemail] — [it's good news|we'd like to make you an offer]! Call me back when you can[ at +44 20 7946 0{n}{n}{n}|]. [So excited!|]",
    )
    return draft_mail(
        ctx,
        [
            "Offer - {title}",
            "Great news!",
            "Following up on our call",
            "Your offer",
            "Re: {title}",
            "Quick call about your offer?",
            "Next steps",
        ],
        body,
        sender,
        sign=casual_sign(
            ctx, ["\n[Recruiter|Head of Talent|Hiring Manager|VP Engineering], {co}", "\n{co}"]
        )
        if ctx.chance(0.5)
        else sign_person(ctx),
    )


@family("zs_offer_esign", "offer", n=30)
def offer_esign(ctx: Ctx) -> Draft:
    """DocuSign / Adobe Sign / Dropbox Sign envelope carrying the offer letter."""
    tool, addr = ctx.rng.choice(
        [
            ("DocuSign", "dse_na3@docusign.net"),
            ("DocuSign", "dse@eumail.docusign.net"),
            ("Adobe Acrobat Sign", "adobesign@adobesign.com"),
            ("Dropbox Sign", "noreply@mail.hellosign.com"),
        ]
    )
    sender = (ctx.fill(ctx.pick(["{person} via " + tool, "{co} via " + tool, tool])), addr)
    doc = ctx.fill(
        ctx.pick(
            [
                "{co} Offer Letter - {first} {last}",
                "Offer of Employment_{first}_{last}.pdf",
                "{title} Offer Letter",
                "Employment Agreement - {co}",
            ]
        )
    )
    body = ctx.para(
        "{person} sent you a document to review and sign.\n\n"
        + doc
        + "\n\n[REVIEW DOCUMENT|Review and sign]\n\n[Hi {first}, congratulations! Please review and sign your offer letter by {day}.|{first}, welcome aboard — please find your offer attached for signature.|Please sign at your earliest convenience. Reach out with any questions.]",
        '{co} has requested your signature on "'
        + doc
        + '". [The sender has set this agreement to expire on {day}.|This agreement will expire in 5 days.]\n\n[Click here to review and sign|Review and sign]: '
        + ctx.url(
            {
                "DocuSign": "na3.docusign.net",
                "Adobe Acrobat Sign": "secure.adobesign.com",
                "Dropbox Sign": "app.hellosign.com",
            }[tool],
            "sign",
        )
        + "\n\n[Message from {person}: So excited to have you join us as {title}!|Message from sender: Please review your offer and let me know if you have questions.|]",
        'Reminder: "'
        + doc
        + '" is waiting for your signature. [Sent by {person} on {day}.|Please complete by {day}.]',
    )
    footer = ctx.pick(
        [
            "Do Not Share This Email. This email contains a secure link. Please do not share this email, link, or access code with others.",
            "About "
            + tool
            + ": Sign documents electronically in just minutes. It's safe, secure, and legally binding.",
            "Questions about the document? If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.",
        ]
    )
    return draft_mail(
        ctx,
        [
            "Please DocuSign: " + doc,
            "Complete with " + tool + ": " + doc,
            'Signature requested on "' + doc + '"',
            "Reminder: please sign " + doc,
            "{person} sent you " + doc,
        ],
        body,
        sender,
        greet=False,
        sign="",
        footer=footer,
        bulk=True,
        form=ctx.pick(["html", "alt", "alt"]),
    )


# --------------------------------------------------------------------------- French, German, Spanish

_LOCAL_DAYS = {
    "fr": (
        ("lundi", "mardi", "mercredi", "jeudi", "vendredi"),
        (
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ),
    ),
    "de": (
        ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"),
        (
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ),
    ),
    "es": (
        ("lunes", "martes", "miércoles", "jueves", "viernes"),
        (
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ),
    ),
}


def _local_day(ctx: Ctx, lang: str) -> str:
    """A future day written the way a French, German or Spanish sender writes it."""
    d = ctx.future()
    weekdays, months = _LOCAL_DAYS[lang]
    wd, month = weekdays[d.weekday() % 5], months[d.month - 1]
    forms = {
        "fr": [f"{wd} {d.day} {month}", f"le {d.day} {month}", f"le {d:%d/%m}", wd],
        "de": [f"{wd}, {d.day}. {month}", f"{d:%d.%m.%Y}", f"{d.day}. {month}", wd],
        "es": [f"el {wd} {d.day} de {month}", f"el {d.day} de {month}", f"{d:%d/%m}", f"el {wd}"],
    }[lang]
    return ctx.pick(forms)


@family("zs_fr_entretien", "interview", lang="fr", n=30)
def fr_entretien(ctx: Ctx) -> Draft:
    """French recruiters and managers proposing a first exchange or an interview."""
    sender = ats_sender(ctx, ctx.pick(["person", "person", "own", "smartrecruiters"]))
    day = _local_day(ctx, "fr")
    tutoie = ctx.chance(0.25)
    if tutoie:
        greet = ctx.fill("[Salut {first},|Hello {first} !|Bonjour {first},]")
        body = ctx.para(
            "Petit message rapide : est-ce que tu aurais [10|20] minutes [demain|cette semaine|"
            + day
            + "] pour qu'on discute du poste de {title} ? [Je t'appelle quand tu veux.|Dis-moi ce qui t'arrange.]",
            "Merci pour ta candidature ! On aimerait beaucoup en discuter avec toi — [un call de 30 min|un café en visio|un premier échange] "
            + day
            + ", ça te dirait ? [Sinon envoie-moi tes dispos.|Tu peux aussi prendre un créneau ici : {link}]",
        )
        sign = ctx.fill(
            ctx.pick(
                [
                    "À très vite,\n{pfirst}",
                    "Belle journée,\n{pfirst}",
                    "{pfirst}\n[CTO|Fondatrice|Head of Product] @ {co}",
                ]
            )
        )
    else:
        greet = ctx.fill(
            "[Bonjour {first},|Bonjour {first} {last},|Madame, Monsieur,|Bonjour,|Chère candidate, cher candidat,]"
        )
        body = ctx.para(
            "Merci pour votre candidature au poste de {title}[ chez {co}|]. [Votre profil a retenu toute notre attention|Votre parcours nous intéresse beaucoup] et nous souhaiterions [échanger avec vous|vous rencontrer|organiser un premier entretien téléphonique].\n\n[Seriez-vous disponible "
            + day
            + " à [10h|14h30|11h|16h] ?|Pourriez-vous me communiquer vos disponibilités pour la semaine prochaine ?|Vous pouvez réserver un créneau directement ici : {link}]",
            "Suite à votre candidature, je vous propose un [entretien|échange en visio|appel de 30 minutes] avec [notre responsable d'équipe|le manager du poste|moi-même] "
            + day
            + ". [L'entretien se déroulera sur Teams.|Le lien Google Meet vous sera envoyé par invitation.|Il aura lieu dans nos locaux de {city}.]\n\n[Merci de me confirmer votre disponibilité.|Dites-moi si cela vous convient.]",
            "Nous avons bien étudié votre candidature pour le poste de {title} et avons le plaisir de vous convier à un entretien "
            + day
            + " à [9h30|15h|17h]. [Merci de vous munir d'une pièce d'identité.|Prévoyez environ une heure.] [Pouvez-vous nous confirmer votre présence ?|En cas d'empêchement, merci de nous prévenir.]",
        )
        sign = ctx.fill(
            ctx.pick(
                [
                    "Bien cordialement,\n{person}\n[Chargée de recrutement|Talent Acquisition Manager|Responsable RH], {co}",
                    "Cordialement,\n{person}",
                    "Bien à vous,\n{person}\nService Recrutement",
                ]
            )
        )
    return draft_mail(
        ctx,
        [
            "Votre candidature - {title}",
            "Proposition d'entretien",
            "Entretien {co}",
            "Re: candidature {title}",
            "Échange téléphonique",
            "Prochaine étape",
        ],
        greet + "\n\n" + body,
        sender,
        greet=False,
        sign=sign,
        lang="fr",
    )


@family("zs_de_eingang", "confirmation", lang="de", n=30)
def de_eingang(ctx: Ctx) -> Draft:
    """German Eingangsbestätigungen from Personio-, softgarden- and d.vinci-style systems."""
    sender = ctx.rng.choice(
        [
            (ctx.fill("{co} Recruiting"), "noreply@personio.de"),
            (ctx.fill("{co} Karriere"), ctx.fill("karriere@{domain}")),
            (ctx.fill("{co}"), "noreply@softgarden.io"),
            (ctx.fill("{co} Personalabteilung"), ctx.fill("bewerbung@{domain}")),
            ats_sender(ctx, "smartrecruiters"),
        ]
    )
    if ctx.chance(0.35):  # the start-up "du"
        greet = ctx.fill("[Hallo {first},|Hi {first},|Hey {first},]")
        body = ctx.para(
            "danke für deine Bewerbung als {title}! [Wir haben sie gut erhalten.|Deine Unterlagen sind bei uns angekommen.] [Wir schauen sie uns in den nächsten Tagen in Ruhe an.|Spätestens in [zwei|drei] Wochen melden wir uns bei dir.] [Falls du Fragen hast, antworte einfach auf diese Mail.|Bis dahin: schau gern auf unserem Blog vorbei.]",
            "cool, dass du dich bei {co} beworben hast! Das ist eine automatische Bestätigung — [ein Mensch aus unserem Team meldet sich bald bei dir|wir melden uns, sobald wir deine Unterlagen gesichtet haben]. [Nächste Schritte wären ein kurzes Kennenlernen und danach ein Gespräch mit dem Team.|]",
        )
        sign = ctx.fill(
            ctx.pick(
                [
                    "Beste Grüße\nDein {co} Team",
                    "Viele Grüße\n{pfirst} von {co}",
                    "Liebe Grüße\nDas People-Team",
                ]
            )
        )
    else:
        greet = ctx.fill(
            "[Sehr geehrte Bewerberin, sehr geehrter Bewerber,|Guten Tag {first} {last},|Sehr geehrte/r {first} {last},|Hallo {first} {last},]"
        )
        body = ctx.para(
            "vielen Dank für Ihre Bewerbung als {title}[ bei {co}|] und das damit verbundene Interesse an unserem Unternehmen. Hiermit bestätigen wir den Eingang Ihrer Unterlagen. [Wir werden Ihre Bewerbung sorgfältig prüfen und uns so schnell wie möglich bei Ihnen melden.|Bitte haben Sie Verständnis dafür, dass die Prüfung einige Zeit in Anspruch nehmen kann.]",
            "wir bestätigen den Eingang Ihrer Bewerbung für die Position {title} (Kennziffer {req}) vom "
            + _local_day(ctx, "de")
            + ". [Sollte Ihr Profil zu unseren Anforderungen passen, laden wir Sie zu einem ersten Gespräch ein.|Im weiteren Verlauf kann ein Online-Assessment folgen; Sie erhalten dazu gegebenenfalls eine gesonderte Nachricht.] [Den Status Ihrer Bewerbung können Sie jederzeit im Bewerberportal einsehen.|]",
        )
        sign = ctx.fill(
            ctx.pick(
                [
                    "Mit freundlichen Grüßen\nIhr Recruiting-Team von {co}",
                    "Freundliche Grüße\n{person}\nHR / Recruiting",
                    "Mit freundlichen Grüßen\n{legal}\nPersonalabteilung",
                ]
            )
        )
    footer = ctx.fill(
        ctx.pick(
            [
                "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
                "Informationen zum Datenschutz finden Sie in unserer Datenschutzerklärung für Bewerber.",
                "{legal} · Sitz der Gesellschaft: [München|Berlin|Hamburg] · Handelsregister HRB {n}{n}{n}{n}{n}",
                "",
            ]
        )
    )
    return draft_mail(
        ctx,
        [
            "Eingangsbestätigung Ihrer Bewerbung",
            "Ihre Bewerbung als {title}",
            "Danke für deine Bewerbung!",
            "Bewerbung bei {co}",
            "Eingangsbestätigung - {title}",
            "Ihre Bewerbung (Kennziffer {req})",
        ],
        greet + "\n\n" + body,
        sender,
        greet=False,
        sign=sign,
        footer=footer,
        lang="de",
    )


@family("zs_es_tramites", "other_job", lang="es", n=30)
def es_tramites(ctx: Ctx) -> Draft:
    """Spanish process admin: documents, references, portal, status-still-open, withdrawal."""
    sender = ats_sender(ctx, ctx.pick(["own", "person", "smartrecruiters", "workday"]))
    greet = ctx.fill(
        "[Hola {first},|Estimado/a {first}:|Buenos días, {first}:|Hola {first} {last},|Estimada candidata, estimado candidato:]"
    )
    kind = ctx.pick(["docs", "status", "refs", "account", "withdraw"])
    body = {
        "docs": ctx.fill(
            "Para continuar con tu proceso de selección para el puesto de {title}, necesitamos que nos envíes la siguiente documentación: [copia del DNI/NIE|título universitario|certificado de vida laboral] y [número de la Seguridad Social|datos bancarios|certificado de antecedentes penales]. [Puedes subirla en el portal del candidato.|Puedes responder a este correo con los archivos adjuntos.] [Fecha límite: "
            + _local_day(ctx, "es").removeprefix("el ")
            + ".|]"
        ),
        "status": ctx.fill(
            "Te escribimos para informarte de que tu candidatura para {title} sigue [en revisión|abierta|en proceso]. [Hemos recibido un gran número de solicitudes y las estamos revisando con atención.|El equipo de selección te contactará en cuanto haya novedades.] Gracias por tu paciencia."
        ),
        "refs": ctx.fill(
            "Como parte del proceso, [nos gustaría contactar con dos referencias profesionales|necesitamos verificar tus referencias]. ¿Podrías facilitarnos [nombre, cargo y teléfono|los datos de contacto] de [dos|dos o tres] personas con las que hayas trabajado? [Solo las contactaremos con tu autorización.|]"
        ),
        "account": ctx.fill(
            "Hemos creado tu cuenta en el portal de empleo de {co}. Para activarla, confirma tu dirección de correo electrónico en el siguiente enlace: "
        )
        + ctx.url(ctx.fill("empleo.{domain}"), "activar")
        + ctx.fill(
            "\n\n[Si no has solicitado esta cuenta, ignora este mensaje.|El enlace caduca en 24 horas.]"
        ),
        "withdraw": ctx.fill(
            "Te confirmamos que hemos registrado la retirada de tu candidatura para el puesto de {title}, tal como nos indicaste. [Te deseamos mucha suerte en tu nueva etapa.|Esperamos volver a coincidir en el futuro.]"
        ),
    }[kind]
    subjects = {
        "docs": [
            "Documentación pendiente",
            "Tu candidatura - {title}",
            "Proceso de selección {co}",
        ],
        "status": [
            "Estado de tu candidatura",
            "Tu candidatura - {title}",
            "Actualización de tu proceso",
        ],
        "refs": ["Referencias profesionales", "Re: proceso de selección"],
        "account": ["Activa tu cuenta", "Confirma tu correo electrónico"],
        "withdraw": ["Retirada de candidatura", "Re: tu candidatura"],
    }[kind]
    sign = ctx.fill(
        ctx.pick(
            [
                "Un saludo,\n{person}\n[Selección|Talent Acquisition|Recursos Humanos], {co}",
                "Saludos cordiales,\nEquipo de Selección de {co}",
                "Gracias,\n{pfirst}",
                "Atentamente,\nDepartamento de Recursos Humanos",
            ]
        )
    )
    footer = ctx.pick(
        [
            "Este mensaje ha sido generado automáticamente, por favor no respondas.",
            "Tus datos serán tratados conforme al Reglamento General de Protección de Datos (RGPD).",
            "",
            "",
        ]
    )
    return draft_mail(
        ctx,
        subjects,
        greet + "\n\n" + body,
        sender,
        greet=False,
        sign=sign,
        footer=footer,
        lang="es",
    )
