"""Job confirmations, session 12: acknowledgements of a job application sent BY E-MAIL to a
jobs@ / careers@ / hr@ mailbox or an HR helpdesk, in English, German, French, Spanish and
Dutch.

They are the job side of the h4_ receipts: a mailbox auto-reply or a ticket ("[HR-4821]
Application received") in the very words of a support desk, except that what was received
is a CV for a named post. The employer and role are labelled only where the mail names them
(the templates read ``{co}`` / ``{title}`` only in text that is sent).
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from h4_kit import H4_N, REPLY_ABOVE, bye, receipt, ticket
from kit import Ctx, Draft, family


@family("h4_job_cv_mailbox_autoreply", "confirmation", n=H4_N)
def job_cv_mailbox_autoreply(ctx: Ctx) -> Draft:
    return receipt(
        ctx,
        [
            "Automatic reply: Application for the post of {title}",
            "Auto-Reply: CV for {title} - {first} {last}",
            "RE: Application - {title}",
            "Acknowledgement: your application for {title}",
            "Automatic reply: Job application",
            "Thank you for your CV",
        ],
        [
            "[We have received your CV for the post of {title}.|Thank you for your email and CV regarding the {title} vacancy. This is to confirm that it has reached our recruitment inbox.|Thank you for applying for the position of {title} at {co}. Your email and attachments have been received.|Your application has been received by the {co} HR team.]",
            "[All applications will be reviewed after the closing date and shortlisted candidates will be contacted within [two|three] weeks.|Due to the volume of applications, we are unable to respond to each applicant individually. If you have not heard from us within [14|21|30] days, please consider your application unsuccessful.|A member of our HR team will review your CV and be in touch if your experience matches the role.|We will contact you if you are shortlisted for interview.]",
            "[Please do not reply to this automated message.|If you need to send additional documents, please email them with your name and the job reference in the subject line.|For enquiries please call the HR office on 0{n}{n}{n} {n}{n}{n} {n}{n}{n}{n}.|]",
        ],
        (
            ctx.pick(["{co} HR", "{co} Recruitment", "Careers", "HR Department", "Jobs"]),
            ctx.pick(
                [
                    "jobs@{domain}",
                    "careers@{domain}",
                    "hr@{domain}",
                    "recruitment@{domain}",
                    "vacancies@{domain}",
                ]
            ),
        ),
        ctx.pick(
            ["", "Human Resources\n{co}", "Kind regards,\nRecruitment Team\n{legal}", "HR Team"]
        ),
        greet_p=0.45,
        job=True,
        auto=0.7,
        form=ctx.pick(["plain", "plain", "alt"]),
    )


@family("h4_job_hr_helpdesk_ticket", "confirmation", n=H4_N)
def job_hr_helpdesk_ticket(ctx: Ctx) -> Draft:
    num = ticket(ctx, ctx.pick(["hash", "dash"]))
    num = "HR-" + num.split("-")[-1] if "-" in num else num

    def n(text: str) -> str:
        return text.replace("{num}", num)

    return receipt(
        ctx,
        [
            n("[{num}] Application: {title}"),
            n("Request received: {num} - Job application {title}"),
            n("Re: [{num}] CV - {first} {last} - {title}"),
            n("Your request {num} has been received"),
            n("[{co} People Support] {num}: Application for {title}"),
        ],
        [
            n(
                "[Thank you for contacting {co} People Services.|Your request ({num}) has been received and is being reviewed by our HR support team.|Thanks for your email to the {co} HR helpdesk.] [We've logged your job application for {title} as ticket {num} and forwarded it to the hiring team.|Your application for the {title} role has been passed to the recruiter responsible for this vacancy.]"
            ),
            "[The recruiter will review your CV and get back to you if your profile fits the requirements, usually within [5|10] working days.|If you are shortlisted, a member of the recruitment team will contact you to arrange a first conversation.|We'll be in touch once the hiring team has reviewed all applications.]",
            n(
                "[To add comments or documents, reply to this email above the line.|Please quote {num} in any follow-up about your application.|]"
            ),
        ],
        (
            "[{co} HR Helpdesk|{co} People Services|HR Service Desk]",
            "[hrhelpdesk|peoplesupport|hr]@{domain}",
        ),
        bye(ctx, "en", "[{co} HR Service Desk|People Services|The HR Team, {co}]"),
        top=ctx.pick(REPLY_ABOVE["en"]) if ctx.chance(0.5) else "",
        greet_p=0.75,
        job=True,
        auto=0.5,
        ext_p=0.1,
        footer=ctx.pick(
            [
                "",
                "This email is a service from {co} People Services. Delivered by Zendesk",
                "Powered by Freshservice",
                "[HR-{n}{n}{n}{n}]",
            ]
        ),
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("h4_job_de_bewerbung_per_mail_eingang", "confirmation", lang="de", n=H4_N)
def job_de_bewerbung_per_mail_eingang(ctx: Ctx) -> Draft:
    return receipt(
        ctx,
        [
            "Eingangsbestätigung Ihrer Bewerbung als {title}",
            "AW: Bewerbung als {title} - {first} {last}",
            "Automatische Antwort: Bewerbung {title}",
            "Ihre Bewerbung bei {co}",
            "Eingangsbestätigung Ihrer Bewerbung",
        ],
        [
            "[vielen Dank für Ihre Bewerbung als {title}, die wir per E-Mail erhalten haben.|hiermit bestätigen wir den Eingang Ihrer Bewerbungsunterlagen für die Stelle als {title}.|vielen Dank für Ihr Interesse an {co}. Ihre E-Mail-Bewerbung ist bei uns eingegangen.]",
            "[Wir werden Ihre Unterlagen sorgfältig prüfen und uns innerhalb von [zwei|drei|vier] Wochen bei Ihnen melden.|Bitte haben Sie Verständnis dafür, dass die Prüfung aller Bewerbungen einige Zeit in Anspruch nimmt. Wir melden uns unaufgefordert bei Ihnen.|Die Fachabteilung sichtet die Unterlagen nach Ende der Bewerbungsfrist; danach erhalten Sie eine Rückmeldung.]",
            "[Ihre Daten werden ausschließlich für das Bewerbungsverfahren verwendet und nach Abschluss gemäß DSGVO gelöscht.|Dies ist eine automatisch erzeugte Nachricht.|]",
        ],
        (
            ctx.pick(["{co} Personalabteilung", "Bewerbermanagement {co}", "Personal", "{co} HR"]),
            ctx.pick(
                ["bewerbung@{domain}", "karriere@{domain}", "personal@{domain}", "jobs@{domain}"]
            ),
        ),
        bye(
            ctx,
            "de",
            "[Ihr Personalteam|Personalabteilung\n{legal}|{person}\nPersonalreferentin, {co}]",
        ),
        lang="de",
        greet_p=1.0,
        auto=0.5,
        form=ctx.pick(["plain", "alt", "html"]),
    )


@family("h4_job_fr_candidature_mail_recue", "confirmation", lang="fr", n=H4_N)
def job_fr_candidature_mail_recue(ctx: Ctx) -> Draft:
    return receipt(
        ctx,
        [
            "Accusé de réception de votre candidature au poste de {title}",
            "Réponse automatique : Candidature {title}",
            "RE: Candidature – {title} – {first} {last}",
            "Votre candidature chez {co}",
            "Nous avons bien reçu votre candidature",
        ],
        [
            "[Nous accusons bonne réception de votre candidature au poste de {title} et vous remercions de l'intérêt que vous portez à {co}.|Nous avons bien reçu votre CV et votre lettre de motivation pour le poste de {title}.|Votre e-mail de candidature pour le poste de {title} est bien parvenu au service des ressources humaines.]",
            "[Votre dossier va être étudié avec attention par notre équipe RH. Si votre profil correspond à nos attentes, nous reviendrons vers vous sous [15 jours|trois semaines|un mois].|Sans réponse de notre part dans un délai de [4|6] semaines, vous pourrez considérer que nous ne sommes pas en mesure de donner une suite favorable à votre candidature.|Nous ne manquerons pas de revenir vers vous si votre candidature est retenue pour un entretien.]",
            "[Merci de ne pas renvoyer votre candidature.|Ceci est une réponse automatique.|]",
        ],
        (
            ctx.pick(["{co} – Ressources Humaines", "Recrutement {co}", "Service RH", "{co}"]),
            ctx.pick(
                ["recrutement@{domain}", "rh@{domain}", "candidatures@{domain}", "jobs@{domain}"]
            ),
        ),
        bye(
            ctx,
            "fr",
            "[Le service Ressources Humaines|L'équipe Recrutement {co}|{person}\nChargée de recrutement]",
        ),
        lang="fr",
        greet_p=0.9,
        auto=0.5,
        form=ctx.pick(["plain", "alt", "html"]),
    )


@family("h4_job_es_cv_recibido_correo", "confirmation", lang="es", n=H4_N)
def job_es_cv_recibido_correo(ctx: Ctx) -> Draft:
    return receipt(
        ctx,
        [
            "Hemos recibido tu CV - {title}",
            "Respuesta automática: Candidatura {title}",
            "RE: Oferta {title} - {first} {last}",
            "Confirmación de recepción de su candidatura",
            "Tu candidatura en {co}",
        ],
        [
            "[Gracias por enviarnos tu currículum para el puesto de {title}.|Le confirmamos la recepción de su candidatura para la posición de {title} en {co}.|Hemos recibido tu correo con tu CV para la vacante de {title}.]",
            "[Nuestro equipo de Selección revisará el perfil y, si encaja con lo que buscamos, nos pondremos en contacto en las próximas [dos|tres] semanas.|Debido al elevado número de candidaturas, solo contactaremos con las personas preseleccionadas.|Si en [30|45] días no hay respuesta por nuestra parte, la candidatura no habrá sido seleccionada en esta ocasión.]",
            "[Los datos personales se tratarán conforme al RGPD únicamente para este proceso de selección.|Este es un mensaje automático.|]",
        ],
        (
            ctx.pick(["{co} Recursos Humanos", "Selección {co}", "RRHH", "Talento {co}"]),
            ctx.pick(
                [
                    "empleo@{domain}",
                    "rrhh@{domain}",
                    "seleccion@{domain}",
                    "trabajaconnosotros@{domain}",
                ]
            ),
        ),
        bye(
            ctx,
            "es",
            "[Equipo de Selección|Departamento de RRHH\n{co}|{person}\nTalent Acquisition]",
        ),
        lang="es",
        greet_p=0.9,
        auto=0.5,
        form=ctx.pick(["plain", "alt", "html"]),
    )


@family("h4_job_nl_sollicitatie_mail_ontvangen", "confirmation", lang="nl", n=H4_N)
def job_nl_sollicitatie_mail_ontvangen(ctx: Ctx) -> Draft:
    return receipt(
        ctx,
        [
            "Ontvangstbevestiging sollicitatie {title}",
            "Automatisch antwoord: Sollicitatie {title}",
            "RE: Sollicitatie {title} - {first} {last}",
            "Bedankt voor je sollicitatie bij {co}",
            "Je sollicitatie is ontvangen",
        ],
        [
            "[Bedankt voor je sollicitatie op de functie {title}. We hebben je e-mail en cv in goede orde ontvangen.|Hartelijk dank voor uw sollicitatie naar de functie van {title} bij {co}.|Je mail met sollicitatie voor {title} is bij ons binnengekomen.]",
            "[We bekijken alle sollicitaties na de sluitingsdatum en laten je binnen [twee|drie] weken weten of we je uitnodigen voor een gesprek.|Onze recruiter bekijkt je cv en neemt contact met je op als je profiel aansluit bij de vacature.|Binnen tien werkdagen ontvang je van ons een reactie.]",
            "[Dit is een automatisch bericht.|Je gegevens bewaren we maximaal vier weken na afloop van de procedure, tenzij je toestemming geeft voor langer.|]",
        ],
        (
            ctx.pick(["{co} HR", "Recruitment {co}", "P&O", "Werken bij {co}"]),
            ctx.pick(
                ["sollicitatie@{domain}", "hr@{domain}", "werkenbij@{domain}", "vacatures@{domain}"]
            ),
        ),
        bye(ctx, "nl", "[Team Recruitment|Afdeling HR, {co}|{person}\nRecruiter]"),
        lang="nl",
        greet_p=0.85,
        auto=0.5,
        form=ctx.pick(["plain", "alt", "html"]),
    )
