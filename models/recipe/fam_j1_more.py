"""Template families (session 10, helper J1): four styles the out-of-fold misses pointed at
and the corpus had only in English or not at all: a recruiter's text message relayed to the
mailbox by an SMS gateway, one-way video interview invitations in German, French and
Spanish, an offer waiting in an HR system's candidate portal in French and Italian, and a
background-screening vendor's notice in German, French, Spanish and Polish.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from j1_kit import bye, day, hi, j1, join, move
from kit import Ctx, Draft
from zf_kit import do_not_reply, privacy, weekday_future


@j1("j1_iv_sms_gateway_relay", "interview")
def sms_relay(ctx: Ctx) -> Draft:
    """A hiring manager's text message, relayed to email by a phone carrier or Google Voice."""
    move(ctx, "us_hourly")
    when = weekday_future(ctx, 1, 4)
    mins = ctx.pick(["", ":30"])
    # "at 2" reads wrong: a bare hour keeps its am/pm, "2:30" may drop it.
    hour = f"{(when.hour - 1) % 12 + 1}{mins}" + (
        "am" if when.hour < 12 else "pm" if not mins or ctx.chance(0.5) else ""
    )
    msg = ctx.para(
        "Hi {first} this is {pfirst} from {co}. Got your application for {title}, can you come in "
        + ctx.pick(["tmrw", "tomorrow", when.strftime("%A")])
        + " at "
        + hour
        + " for an interview? Reply Y or N",
        "{first}, {pfirst} w/ {co} here re: the {title} job. Are you free for a quick interview "
        + ctx.pick(["today", "tomorrow", when.strftime("%a")])
        + " around "
        + hour
        + "? Ask for me at the front",
        "Hello this is {co} hiring. We reviewed your application ({title}). Interview available "
        + when.strftime("%m/%d")
        + " "
        + hour
        + ". Text back YES to confirm. Msg&data rates may apply",
        "hey {first} its {pfirst} the manager at {co}, saw you applied. want to do an interview thurs or fri? im here after 2",
    )
    number = f"{ctx.num(200, 989)}{ctx.num(200, 989)}{ctx.num(1000, 9999)}"
    gateway = ctx.pick(["voice", "att", "vzw", "tmo"])
    if gateway == "voice":
        name, addr = (
            f"({number[:3]}) {number[3:6]}-{number[6:]}",
            f"1{number}.1{ctx.num(10**9, 10**10 - 1)}.{ctx.pick(['x7b2', 'kq9d', 'p3mz'])}@txt.voice.google.com",
        )
        text = join(
            "New text message from " + name,
            msg,
            "To respond to this text message, reply to this email or visit Google Voice.\nYOUR ACCOUNT HELP CENTER HELP FORUM",
        )
        subject = "New text message from " + name
    else:
        host = {"att": "mms.att.net", "vzw": "vzwpix.com", "tmo": "tmomail.net"}[gateway]
        name, addr = "", f"{number}@{host}"
        text = msg
        subject = ctx.pick(["", "Text Message", "(no subject)"])
    return Draft(subject, text, name, addr, greet=False, sign="", form="plain")


@j1("j1_iv_oneway_video_i18n", "interview")
def oneway_video(ctx: Ctx) -> Draft:
    """An invitation to a one-way (recorded) video interview, in German, French or Spanish."""
    lang = ctx.pick(["de", "fr", "es"])
    move(ctx, lang)
    tool, host = ctx.pick(
        [
            ("HireVue", "app.hirevue.com"),
            ("Spark Hire", "app.sparkhire.com"),
            ("Cammio", "app.cammio.com"),
            ("Willo", "candidate.willo.video"),
        ]
    )
    due = weekday_future(ctx, 3, 8)
    link = ctx.url(host, "interview")
    n_q = ctx.pick(["3", "4", "5"])
    paras = {
        "de": [
            "vielen Dank für Ihre Bewerbung als {title}. Als nächsten Schritt laden wir Sie zu einem zeitversetzten Videointerview ein.",
            f"Sie beantworten {n_q} Fragen per Video, wann es Ihnen passt - pro Frage haben Sie 30 Sekunden Bedenkzeit und bis zu 2 Minuten für Ihre Antwort. Bitte schließen Sie das Interview bis {day(ctx, due, 'de')} ab.",
            f"Zum Videointerview ({tool}): {link}",
            "Tipp: Nutzen Sie Chrome oder Firefox und testen Sie vorher Kamera und Mikrofon.",
        ],
        "fr": [
            "Merci pour votre candidature au poste de {title}. Nous vous invitons à passer un entretien vidéo différé.",
            f"Vous répondrez à {n_q} questions en vidéo, au moment qui vous convient. Merci de le compléter avant le {day(ctx, due, 'fr')}.",
            f"Accéder à l'entretien ({tool}) : {link}",
            "Prévoyez environ 20 minutes dans un endroit calme. Vous pourrez faire un essai avant de commencer.",
        ],
        "es": [
            "Gracias por tu candidatura para {title}. El siguiente paso es una entrevista en vídeo diferida.",
            f"Tendrás que responder a {n_q} preguntas grabándote en vídeo cuando mejor te venga, antes del {day(ctx, due, 'es')}.",
            f"Enlace a la entrevista ({tool}): {link}",
            "Busca un sitio tranquilo y con buena luz. Puedes hacer una prueba antes de empezar.",
        ],
    }[lang]
    text = join(
        hi(ctx, lang),
        *(ctx.fill(p) for p in paras),
        do_not_reply(ctx, lang) if ctx.chance(0.4) else "",
        bye(ctx, lang, ctx.pick(["{co} Talent Acquisition", "{person}\n{co}", "{co}"])),
    )
    subject = {
        "de": [
            "Einladung zum Videointerview",
            "Ihr Videointerview bei {co}",
            "Nächster Schritt: Videointerview - {title}",
        ],
        "fr": [
            "Invitation à un entretien vidéo",
            "{co} : votre entretien vidéo",
            "Prochaine étape : entretien vidéo différé",
        ],
        "es": [
            "Invitación a entrevista en vídeo",
            "{co}: tu entrevista en vídeo",
            "Siguiente paso: entrevista en vídeo - {title}",
        ],
    }[lang]
    name, addr = ctx.pick(
        [
            (ctx.fill("{co} via " + tool), f"noreply@{host.split('.', 1)[1]}"),
            (ctx.fill("{co} Recruiting"), ctx.fill("noreply@{domain}")),
        ]
    )
    return Draft(ctx.para(*subject), text, name, addr, greet=False, sign="", lang=lang, bulk=True)


@j1("j1_of_hr_portal_offer_fr_it", "offer")
def portal_offer(ctx: Ctx) -> Draft:
    """An HR system says an offer waits in the candidate portal, in French or Italian."""
    lang = ctx.pick(["fr", "it"])
    move(ctx, lang)
    system = ctx.pick(["workday", "successfactors", "cornerstone"])
    due = weekday_future(ctx, 3, 7)
    if lang == "fr":
        paras = [
            ctx.para(
                "Félicitations ! Une proposition d'embauche pour le poste de {title} vous attend dans votre espace candidat {co}.",
                "Nous avons le plaisir de vous informer qu'une offre vous a été adressée pour le poste {title}.",
            ),
            "Connectez-vous pour consulter votre proposition, puis acceptez-la ou refusez-la avant le "
            + day(ctx, due, "fr")
            + ".",
            ctx.para(
                "Votre contrat sera ensuite envoyé pour signature électronique.",
                "Pour toute question, contactez votre chargé(e) de recrutement.",
                "",
            ),
        ]
        subject = ctx.para(
            "Votre proposition d'embauche - {title}",
            "Une offre vous attend",
            "{co} : proposition d'embauche disponible",
        )
    else:
        paras = [
            ctx.para(
                "Congratulazioni! Nel tuo profilo candidato {co} è disponibile una proposta di assunzione per la posizione di {title}.",
                "Siamo lieti di comunicarti che ti è stata inviata un'offerta per la posizione {title}.",
            ),
            "Accedi al portale per visualizzare la lettera di offerta e accettarla entro il "
            + day(ctx, due, "it")
            + ".",
            ctx.para(
                "Dopo l'accettazione riceverai il contratto da firmare digitalmente.",
                "Per qualsiasi domanda puoi contattare il tuo referente HR.",
                "",
            ),
        ]
        subject = ctx.para(
            "Proposta di assunzione - {title}",
            "Hai ricevuto un'offerta",
            "{co}: la tua offerta è disponibile",
        )
    link = {
        "workday": ctx.url(ctx.fill("{slug}.wd3.myworkdayjobs.com"), "candidate"),
        "successfactors": ctx.url("career5.successfactors.eu", "career"),
        "cornerstone": ctx.url(ctx.fill("{slug}.csod.com"), "ats/careersite"),
    }[system]
    addr = {
        "workday": ctx.fill("{slug}@myworkday.com"),
        "successfactors": "noreply@successfactors.eu",
        "cornerstone": ctx.fill("noreply@{slug}.csod.com"),
    }[system]
    text = join(
        hi(ctx, lang),
        *paras,
        link,
        bye(
            ctx,
            lang,
            ctx.pick(
                [
                    "{co} Talent Acquisition",
                    "{co} - Ressources Humaines" if lang == "fr" else "{co} - Risorse Umane",
                ]
            ),
        ),
    )
    foot = privacy(ctx, ctx.legal, ctx.domain, lang) if ctx.chance(0.35) else ""
    return Draft(
        subject,
        text,
        ctx.fill("{co}"),
        addr,
        greet=False,
        sign="",
        footer=foot,
        lang=lang,
        bulk=True,
    )


@j1("j1_oj_background_vendor_i18n", "other_job")
def vendor_i18n(ctx: Ctx) -> Draft:
    """A background-screening vendor asks the candidate to start their check, in de/fr/es/pl."""
    lang = ctx.pick(["de", "fr", "es", "pl"])
    move(ctx, lang)
    vendor, host = ctx.pick(
        [
            ("Sterling", "sterlingcheck.example"),
            ("HireRight", "hireright.example"),
            ("First Advantage", "fadv.example"),
            ("Verifile", "verifile.example"),
        ]
    )
    link = ctx.url(f"candidate.{host}", "start")
    paras = {
        "de": [
            "im Auftrag von {co} führen wir im Rahmen Ihres Bewerbungsprozesses ({title}) eine Hintergrundüberprüfung durch.",
            "Bitte geben Sie Ihre Daten (Beschäftigungsverlauf, Ausbildung, ggf. Führungszeugnis) über unser sicheres Portal ein: "
            + link,
            "Die Überprüfung beginnt erst, wenn Sie Ihre Einwilligung erteilt haben. Sie dauert in der Regel 3-5 Werktage.",
        ],
        "fr": [
            "{co} nous a mandatés pour réaliser une vérification de vos antécédents professionnels dans le cadre de votre candidature ({title}).",
            "Merci de compléter votre dossier et de donner votre consentement via notre portail sécurisé : "
            + link,
            "La vérification porte sur vos diplômes et vos expériences. Elle prend généralement 3 à 5 jours ouvrés.",
        ],
        "es": [
            "En nombre de {co}, realizamos la verificación de antecedentes de tu proceso de selección ({title}).",
            "Completa tus datos (historial laboral, formación) y firma el consentimiento en nuestro portal seguro: "
            + link,
            "La verificación suele tardar entre 3 y 5 días laborables.",
        ],
        "pl": [
            "w imieniu {co} przeprowadzamy weryfikację kandydata w ramach procesu rekrutacji na stanowisko {title}.",
            "Prosimy o uzupełnienie danych (historia zatrudnienia, wykształcenie) i wyrażenie zgody w naszym bezpiecznym portalu: "
            + link,
            "Weryfikacja trwa zazwyczaj od 3 do 5 dni roboczych.",
        ],
    }[lang]
    text = join(
        hi(ctx, lang), *(ctx.fill(p) for p in paras), bye(ctx, lang, f"{vendor} Candidate Care")
    )
    subject = {
        "de": [
            "Hintergrundprüfung für {co}: Bitte Angaben vervollständigen",
            "Ihre Zustimmung zur Hintergrundprüfung",
            "Aktion erforderlich: Background Check",
        ],
        "fr": [
            "Vérification des antécédents - {co}",
            "Action requise : complétez votre dossier",
            "Votre vérification pour {co}",
        ],
        "es": [
            "Verificación de antecedentes - {co}",
            "Acción necesaria: completa tu verificación",
            "Tu verificación para {co}",
        ],
        "pl": [
            "Weryfikacja kandydata - {co}",
            "Wymagane działanie: uzupełnij dane",
            "Twoja weryfikacja dla {co}",
        ],
    }[lang]
    foot = do_not_reply(ctx, lang) if lang != "pl" and ctx.chance(0.5) else ""
    return Draft(
        ctx.para(*subject),
        text,
        f"{vendor} Screening",
        f"no-reply@{host}",
        greet=False,
        sign="",
        footer=foot,
        lang=lang,
        bulk=True,
    )
