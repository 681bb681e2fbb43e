"""Template families (session P2): hiring mail sent through platforms the corpus under-covered:
a UK public-sector recruitment portal (Trac / Jobtrain style) confirming an application and
shortlisting for interview, an interview confirmation carrying a text/calendar part (French),
one-way video interview platforms (English, Spanish), coding-test platforms' reminders
(English, Portuguese) and offers sent as e-signature envelopes (Swedish, Italian).
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Calendar, Ctx, Draft
from p2_kit import ESIGN, TESTS, VIDEO, at, bye, day, go, hi, join, p2
from zf_kit import weekday_future

# The portals public bodies recruit through: (display suffix, sending address, web host).
_UK_PORTALS = (
    ("Trac", "no-reply@trac.jobs.example", "apply.trac.jobs.example"),
    ("Jobtrain", "notifications@jobtrain.example", "candidate.jobtrain.example"),
    ("Recruitment", "recruitment.noreply@{domain}", "jobs.{domain}"),
)


def _uk_ref(ctx: Ctx) -> str:
    """A portal's job reference: ``345-NB-1234-A`` style."""
    return f"{ctx.num(100, 999)}-{ctx.pick(['NB', 'KV', 'HC', 'WLP', 'AC'])}-{ctx.num(1000, 9999)}{ctx.pick(['', '-A', '-B', '-24'])}"


@p2("p2_cf_uk_trac_portal_received", "confirmation", lang="en_gb")
def uk_portal_received(ctx: Ctx) -> Draft:
    """An NHS trust, council or police force's portal: application submitted, shortlisting next."""
    go(ctx, "uk_public")
    suffix, addr, host = ctx.pick(_UK_PORTALS)
    ref = _uk_ref(ctx)
    closes = weekday_future(ctx, 3, 20)
    text = join(
        hi(ctx, "en_gb", 1.0),
        ctx.para(
            "Thank you for submitting your application for the post of {title} (job reference "
            + ref
            + ") with {co}.",
            "This email confirms that your application for {title}, reference "
            + ref
            + ", has been successfully submitted to {co}.",
            "Thank you for applying for the position of {title} at {co}. Your application reference is "
            + ref
            + ".",
        ),
        ctx.para(
            "Your application will be passed to the recruiting manager for shortlisting once the advert closes on "
            + day(ctx, closes, "en_gb")
            + ".",
            "The closing date for this vacancy is "
            + day(ctx, closes, "en_gb")
            + ". Shortlisting will take place shortly afterwards and you will be notified of the outcome by email.",
            "Shortlisting for this post will take place after the closing date ("
            + day(ctx, closes, "en_gb")
            + "). Please check your account regularly, as all correspondence will be sent via this system.",
        ),
        ctx.para(
            "If you have not heard from us within [3|4|6] weeks of the closing date, please assume that you have not been successful on this occasion.",
            "Please note that we may close vacancies early if we receive a high volume of applications.",
            "Your equality and diversity information is not shared with the shortlisting panel.",
        ),
        ctx.maybe(
            "You can view and track your application at any time by logging in to your account: https://"
            + host.replace("{domain}", ctx._co.domain)
            + "/applications",
            0.7,
        ),
        ctx.pick(
            [
                "This is an automated message - please do not reply to this email.",
                "Please do not reply to this email address as it is not monitored.",
                "",
            ]
        ),
        bye(
            ctx,
            "en_gb",
            "[Recruitment Team|Resourcing Team|Workforce Recruitment|HR Recruitment Services]\n{co}",
        ),
    )
    subject = ctx.para(
        "Application submitted - {title} - " + ref,
        "Confirmation of your application: {title}",
        "{co}: application received ({title})",
        "Your application for " + ref + " has been received",
    )
    name = ctx.fill("{co}") if ctx.chance(0.6) else ctx.fill("{co} via " + suffix)
    return Draft(
        subject,
        text,
        name,
        ctx.fill(addr),
        greet=False,
        sign="",
        bulk=ctx.chance(0.4),
        form=ctx.pick(["plain", "html", "alt"]),
    )


@p2("p2_iv_uk_jobtrain_shortlisted", "interview", lang="en_gb")
def uk_portal_shortlisted(ctx: Ctx) -> Draft:
    """The portal tells an applicant they are shortlisted and asks them to book an interview slot."""
    go(ctx, "uk_public")
    suffix, addr, host = ctx.pick(_UK_PORTALS)
    ref = _uk_ref(ctx)
    when = weekday_future(ctx, 5, 18)
    place = ctx.pick(
        [
            "Education Centre, Level 2, Northbrook General Hospital",
            "Civic Centre, Committee Room 3",
            "Microsoft Teams (a link will be sent to you)",
            "Headquarters, Bridge Street - please report to reception",
            "Trust Offices, Block B",
        ]
    )
    text = join(
        hi(ctx, "en_gb", 1.0),
        ctx.para(
            "Following the shortlisting for the post of {title} (reference "
            + ref
            + "), I am pleased to inform you that you have been shortlisted for interview.",
            "We are delighted to let you know that you have been shortlisted for interview for the role of {title} at {co}.",
            "Thank you for your application for {title}. I am pleased to invite you to attend an interview.",
        ),
        "Interview date: " + day(ctx, when, "en_gb") + "\nLocation: " + place,
        ctx.para(
            "Please log in to your account to select an interview time slot. Slots are allocated on a first come, first served basis: https://"
            + host.replace("{domain}", ctx._co.domain)
            + "/interview-booking",
            "Please confirm your attendance and choose an available slot by logging in to your account within 48 hours.",
            "Your interview time is "
            + at(ctx, when, "en_gb").split(" at ")[-1]
            + ". Please confirm that you are able to attend by clicking 'Accept invitation' in your account.",
        ),
        ctx.para(
            "Please bring original documents to confirm your identity and right to work in the UK (e.g. passport, birth certificate, biometric residence permit), proof of address dated within the last 3 months, and your professional registration and qualification certificates.",
            "The panel will ask you to give a 10-minute presentation on 'How would you improve the patient experience in your first six months?'. Please bring your ID documents for our pre-employment checks.",
            "The interview will consist of a short written exercise followed by a panel interview of approximately 45 minutes.",
        ),
        ctx.maybe(
            "If you require any reasonable adjustments to attend the interview, please let us know as soon as possible.",
            0.7,
        ),
        bye(
            ctx,
            "en_gb",
            "[Recruitment Team|Recruitment Officer|{person}, Recruitment Administrator]\n{co}",
        ),
    )
    subject = ctx.para(
        "Invitation to interview - {title} - " + ref,
        "Shortlisted for interview: {title}",
        "{co} - Interview invitation",
        "Action required: book your interview slot (" + ref + ")",
    )
    name = ctx.fill("{co}") if ctx.chance(0.6) else ctx.fill("{co} via " + suffix)
    return Draft(
        subject,
        text,
        name,
        ctx.fill(addr),
        greet=False,
        sign="",
        form=ctx.pick(["plain", "html", "alt"]),
    )


@p2("p2_iv_fr_confirmation_entretien_ics", "interview", lang="fr")
def fr_interview_ics(ctx: Ctx) -> Draft:
    """A French recruiter confirms the interview slot; the mail carries a calendar invite."""
    go(ctx, "fr")
    when = weekday_future(ctx, 2, 10)
    mode = ctx.pick(["visio", "site", "tel"])
    minutes = ctx.pick([30, 45, 60]) if mode != "tel" else 30
    where = {
        "visio": "Visioconférence (Teams) - le lien figure dans l'invitation",
        "site": ctx.pick(
            [
                "12 rue de la République, 69002 Lyon",
                "Tour Horizon, 52 quai de Dion-Bouton, Puteaux",
                "3 allée des Tanneurs, 35000 Rennes",
            ]
        ),
        "tel": "Entretien téléphonique - nous vous appellerons sur votre portable",
    }[mode]
    text = join(
        hi(ctx, "fr"),
        ctx.para(
            "Je vous confirme notre entretien pour le poste de {title}\u00a0:",
            "Suite à notre échange téléphonique, voici la confirmation de votre entretien pour le poste de {title} chez {co}\u00a0:",
            "Merci pour votre disponibilité. Votre entretien est bien planifié\u00a0:",
        ),
        "Date\u00a0: "
        + at(ctx, when, "fr")
        + "\nDurée\u00a0: "
        + ("1 heure" if minutes == 60 else f"{minutes} minutes")
        + "\nLieu\u00a0: "
        + where,
        ctx.para(
            "Vous rencontrerez [Claire Dubois|Marc Lefèvre|Sophie Martin|Julien Moreau], [manager de l'équipe|responsable du service|directeur·rice technique], ainsi que moi-même.",
            "L'entretien se déroulera avec le manager opérationnel et une personne de l'équipe RH.",
            "Cet entretien sera l'occasion de revenir sur votre parcours et de vous présenter l'équipe.",
        ),
        ctx.para(
            "Vous trouverez l'invitation en pièce jointe (fichier .ics) pour l'ajouter à votre agenda.",
            "Une invitation Outlook vous a été envoyée, merci de l'accepter.",
            "N'hésitez pas à me contacter si vous avez un empêchement.",
        ),
        bye(
            ctx,
            "fr",
            "{person}\n[Chargée de recrutement|Talent Acquisition Partner|Responsable RH] - {co}",
        ),
    )
    subject = ctx.para(
        "Confirmation de votre entretien - {title}",
        "Entretien {co} - " + day(ctx, when, "fr"),
        "Invitation\u00a0: Entretien {title}",
        "Votre entretien du " + day(ctx, when, "fr"),
    )
    addr = (
        ctx.fill("[recrutement|rh|talents]@{domain}")
        if ctx.chance(0.3)
        else ctx.person_first.lower() + "." + ctx.person_last.lower() + "@" + ctx.domain
    )
    cal = Calendar(
        ctx.fill("Entretien - {title} - {co}"),
        when,
        minutes,
        organizer=addr,
        location=where if mode == "site" else ("Microsoft Teams" if mode == "visio" else ""),
    )
    return Draft(
        subject,
        text,
        ctx.person,
        addr,
        greet=False,
        sign="",
        lang="fr",
        calendar=cal,
        form=ctx.pick(["plain", "alt"]),
    )


@p2("p2_iv_video_platform_oneway_invite", "interview")
def video_invite_en(ctx: Ctx) -> Draft:
    """A one-way video interview platform invites on behalf of the employer."""
    # Any employer and role (the one this message was drawn with): platforms serve them all.
    brand, domain, host = ctx.pick(VIDEO)
    due = weekday_future(ctx, 3, 7)
    qs = ctx.num(3, 8)
    text = join(
        hi(ctx, "en"),
        ctx.para(
            "{co} has invited you to complete a video interview for the {title} position.",
            "Thank you for your interest in {co}! As the next step for the {title} role, we'd like you to complete an on-demand video interview.",
            "Congratulations - you've been selected to move forward with {co}. The next step is a short recorded video interview.",
        ),
        f"You'll be asked {qs} questions. For each one you'll have 30 seconds to prepare and up to {ctx.pick(['2', '3'])} minutes to record your answer. "
        + ctx.pick(
            [
                "You can re-record each answer once.",
                "Answers cannot be re-recorded, but you can try a practice question first.",
                "There is no live interviewer - complete it whenever suits you.",
            ]
        ),
        "Please complete your interview by " + day(ctx, due) + ".",
        "Start your interview: " + ctx.url(host, "interview"),
        ctx.para(
            "Tips: use Chrome or Firefox, find a quiet, well-lit space, and check your camera and microphone before you begin.",
            "Need help? Visit our candidate support center or reply to this email.",
            "",
        ),
        ctx.pick(["Good luck!", "We look forward to learning more about you.", ""]),
        ctx.fill("[The {co} Talent Acquisition Team|{co} Recruiting|{person}, {co}]"),
        f"Powered by {brand}",
    )
    subject = ctx.para(
        "{co} video interview invitation",
        "Invitation: on-demand video interview for {title}",
        "Next step: complete your {co} video interview",
        "Action required: {title} video interview",
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co} via " + brand),
        f"no-reply@{domain}",
        greet=False,
        sign="",
        bulk=ctx.chance(0.3),
        form=ctx.pick(["html", "alt"]),
    )


@p2("p2_iv_es_videoentrevista_diferida", "interview", lang="es")
def video_invite_es(ctx: Ctx) -> Draft:
    """A Spanish employer's invitation to a recorded video interview on a platform."""
    go(ctx, "es")
    brand, domain, host = ctx.pick(VIDEO)
    due = weekday_future(ctx, 2, 7)
    text = join(
        hi(ctx, "es"),
        ctx.para(
            "Gracias por tu interés en el puesto de {title} en {co}. Nos gustaría conocerte un poco mejor a través de una videoentrevista diferida.",
            "Has superado la primera fase del proceso de selección para {title}. El siguiente paso es una breve videoentrevista grabada.",
            "Te invitamos a realizar una entrevista en vídeo para la posición de {title}.",
        ),
        "Tendrás que responder a "
        + str(ctx.num(3, 6))
        + " preguntas. Dispondrás de 30 segundos para pensar y de un máximo de 2 minutos para grabar cada respuesta.",
        "Fecha límite: " + day(ctx, due, "es") + " a las 23:59.",
        "Accede a la entrevista aquí: " + ctx.url(host, "entrevista"),
        ctx.para(
            "Te recomendamos hacerla desde un ordenador, en un lugar tranquilo y con buena conexión.",
            "Antes de empezar podrás hacer una pregunta de prueba para comprobar la cámara y el micrófono.",
        ),
        ctx.pick(["¡Mucha suerte!", "Un saludo,", "Gracias y mucha suerte,"])
        + "\n"
        + ctx.fill("[Equipo de Selección de {co}|Talento {co}|{person} - Selección, {co}]"),
        f"Enviado a través de {brand}",
    )
    subject = ctx.para(
        "Videoentrevista - {title}",
        "{co}: invitación a videoentrevista",
        "Siguiente paso en tu candidatura a {title}",
        "Te invitamos a una entrevista en vídeo",
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co} vía " + brand),
        f"no-reply@{domain}",
        greet=False,
        sign="",
        lang="es",
        form=ctx.pick(["html", "alt"]),
    )


@p2("p2_tr_coding_test_reminder", "technical_round")
def coding_reminder_en(ctx: Ctx) -> Draft:
    """A coding-test platform's reminder that the employer's assessment expires soon."""
    # Any employer and role (the one this message was drawn with): platforms serve them all.
    brand, domain, host = ctx.pick(TESTS)
    left = ctx.pick(["24 hours", "48 hours", "2 days", "12 hours", "3 days"])
    mins = ctx.pick(["60", "75", "90", "120"])
    text = join(
        hi(ctx, "en"),
        ctx.para(
            "This is a friendly reminder that your {co} coding assessment expires in " + left + ".",
            "You haven't started your {title} assessment for {co} yet. Your invitation expires in "
            + left
            + ".",
            "Just a reminder: {co} is waiting for you to complete the technical test for {title}. The link expires in "
            + left
            + ".",
        ),
        f"Duration: {mins} minutes\nTasks: {ctx.num(2, 4)} ({ctx.pick(['algorithms, SQL', 'coding, debugging', 'algorithms', 'REST API task, unit tests'])})\nLanguages: {ctx.pick(['Python, Java, JavaScript, Go, C#', 'any of 20+ languages', 'Python 3, Java 17, TypeScript'])}",
        ctx.para(
            "Once you start, the timer can't be paused, so make sure you have an uninterrupted block of time.",
            "Try the demo task first to get familiar with the editor. Your solution is graded on correctness and performance.",
            "You may use documentation, but the work must be your own. Webcam proctoring is not enabled for this test.",
        ),
        "Start the test: " + ctx.url(host, "test"),
        ctx.para(
            "If you've already completed the test, please ignore this email.",
            "Questions about the role? Contact {person} at {co}.",
            "",
        ),
        f"- The {brand} team on behalf of " + ctx.fill("{co}"),
    )
    subject = ctx.para(
        "Reminder: your {co} assessment expires in " + left,
        "Don't forget your {title} coding test",
        "{co} technical assessment - reminder",
        "Your test invitation from {co} expires soon",
    )
    return Draft(
        subject,
        text,
        ctx.fill(brand + " for {co}") if ctx.chance(0.5) else brand,
        f"no-reply@{domain}",
        greet=False,
        sign="",
        bulk=ctx.chance(0.4),
        form=ctx.pick(["html", "alt"]),
    )


@p2("p2_tr_pt_lembrete_teste_tecnico", "technical_round", lang="pt")
def coding_reminder_pt(ctx: Ctx) -> Draft:
    """A Portuguese employer's coding test, reminded by the testing platform."""
    go(ctx, "pt")
    brand, domain, host = ctx.pick(TESTS)
    due = weekday_future(ctx, 1, 4)
    text = join(
        hi(ctx, "pt"),
        ctx.para(
            "Lembramos que ainda não concluiu o teste técnico para a função de {title} na {co}.",
            "O seu desafio técnico da {co} ({title}) expira em breve.",
            "Este é um lembrete: o convite para o teste de programação da {co} termina "
            + ctx.pick(["amanhã", "dentro de 48 horas", "no dia " + day(ctx, due, "pt")])
            + ".",
        ),
        "Duração: "
        + ctx.pick(["60", "90", "120"])
        + " minutos\nTarefas: "
        + str(ctx.num(2, 4))
        + "\nLinguagens: Java, Python, JavaScript, C#",
        ctx.para(
            "Depois de iniciar, o cronómetro não pode ser parado. Recomendamos que reserve um período sem interrupções.",
            "Pode fazer primeiro um exercício de demonstração para conhecer o editor.",
        ),
        "Iniciar o teste: " + ctx.url(host, "teste"),
        ctx.para(
            "Se já concluiu o teste, ignore esta mensagem.",
            "Em caso de dúvida sobre a vaga, contacte a equipa de recrutamento da {co}.",
            "",
        ),
        ctx.fill("Equipa " + brand + " em nome de {co}"),
    )
    subject = ctx.para(
        "Lembrete: teste técnico {co}",
        "O seu teste para {title} expira em breve",
        "{co} - desafio técnico por concluir",
        "Não se esqueça do seu teste de programação",
    )
    return Draft(
        subject,
        text,
        brand,
        f"no-reply@{domain}",
        greet=False,
        sign="",
        lang="pt",
        form=ctx.pick(["html", "alt"]),
    )


@p2("p2_of_sv_anstallningsavtal_esign", "offer", lang="sv")
def esign_offer_sv(ctx: Ctx) -> Draft:
    """A Swedish employment contract arrives as an e-signature envelope with a personal note."""
    go(ctx, "sv")
    brand, domain, host = ctx.pick(ESIGN)
    start = weekday_future(ctx, 20, 90)
    doc = ctx.fill(
        "[Anställningsavtal|Anställningsavtal - {title}|Erbjudande om anställning] {first} {last}"
    )
    note = ctx.para(
        "Hej {first}! Så roligt att du vill börja hos oss. Här kommer anställningsavtalet för tjänsten som {title} - läs igenom och signera när du har möjlighet. Hör av dig om något är oklart!",
        "Hej! Som vi pratade om i telefon: här är ditt avtal med tillträde "
        + day(ctx, start, "sv")
        + ". Varmt välkommen till {co}!",
        "Hej {first}, här kommer erbjudandet om anställning. Lön enligt vårt samtal, provanställning 6 månader. Signera gärna senast fredag.",
    )
    text = join(
        ctx.fill("{person} på {co} har skickat ett dokument till dig för signering."),
        "Dokument: " + doc,
        'Meddelande från avsändaren:\n"' + note + '"',
        "Öppna och signera dokumentet: " + ctx.url(host, "sign"),
        ctx.pick(
            ["Du signerar med BankID.", "Signera med BankID eller med e-post och SMS-kod.", ""]
        ),
        "Det här mejlet skickades av "
        + brand
        + " på uppdrag av "
        + ctx.fill("{co}")
        + ". Dela inte länken med någon annan.",
    )
    subject = ctx.para(
        '{person} ({co}) har skickat dokumentet "' + doc + '" för signering',
        "Signera: " + doc,
        "Dokument att signera från {co}",
    )
    return Draft(
        subject,
        text,
        ctx.fill("{person} via " + brand),
        f"noreply@{domain}",
        greet=False,
        sign="",
        lang="sv",
        form=ctx.pick(["html", "alt"]),
    )


@p2("p2_of_it_lettera_assunzione_firma", "offer", lang="it")
def esign_offer_it(ctx: Ctx) -> Draft:
    """An Italian letter of employment sent for electronic signature."""
    go(ctx, "it")
    brand, domain, host = ctx.pick(ESIGN[:2])
    start = weekday_future(ctx, 15, 60)
    doc = ctx.fill(
        "[Lettera di assunzione|Proposta di assunzione|Lettera d'offerta] - {first} {last}"
    )
    ral = f"{ctx.num(26, 58)}.000 €"
    note = ctx.para(
        "Gentile {first}, come anticipato al telefono ti inviamo la proposta di assunzione per il ruolo di {title}: RAL "
        + ral
        + ", contratto a tempo indeterminato, inizio previsto "
        + day(ctx, start, "it")
        + ". Ti chiediamo di firmarla entro 5 giorni lavorativi.",
        "Ciao {first}, siamo felici di darti il benvenuto in {co}! In allegato la lettera di assunzione da firmare digitalmente.",
        "Buongiorno, ecco la lettera d'offerta per la posizione di {title}. Per qualsiasi dubbio sono a disposizione.",
    )
    text = join(
        ctx.fill("{person} ({co}) ti ha inviato un documento da firmare."),
        "Documento: " + doc,
        "Messaggio:\n«" + note + "»",
        "Rivedi e firma: " + ctx.url(host, "firma"),
        ctx.pick(
            [
                "Il link scade tra 14 giorni.",
                "Per firmare ti verrà inviato un codice OTP via SMS.",
                "",
            ]
        ),
        "Questa email è stata inviata da "
        + brand
        + " per conto di "
        + ctx.fill("{co}")
        + ". Non inoltrarla: il link è personale.",
    )
    subject = ctx.para(
        "Firma richiesta: " + doc,
        '{person} ti ha inviato "' + doc + '"',
        "{co} - documento da firmare",
    )
    return Draft(
        subject,
        text,
        ctx.fill("{person} tramite " + brand),
        f"noreply@{domain}",
        greet=False,
        sign="",
        lang="it",
        form=ctx.pick(["html", "alt"]),
    )
