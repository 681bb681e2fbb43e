"""Template families (session P1): mail from the reader's own working life and hobbies that
uses hiring words. The current employer's benefits "enrolment", the French annual review
("entretien annuel", "évaluation"), a Spanish payslip ("nómina"); a software vendor's customer
"onboarding" kickoff; an Italian hackathon's shortlisted finalists; a conference's decision on a
talk "proposal"; a vet's pre-anaesthetic "assessment". The reader already has the job, or it
is not about a job at all.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft
from p1_kit import amount, at, bye, day, draft, evening, hi, join, mailbox, p1, who
from zf_kit import weekday_future

_US_EMPLOYERS = (
    ("Cedarline Health", "cedarlinehealth.com"),
    ("Marrow & Pine", "marrowpine.com"),
    ("Stonebridge Analytics", "stonebridge-analytics.com"),
)


@p1("p1_us_benefits_open_enrollment")
def us_benefits(ctx: Ctx) -> Draft:
    """The reader's current US employer: benefits open enrollment, a reminder, a confirmation."""
    co, host = ctx.pick(_US_EMPLOYERS)
    first, last = who(ctx, "en")
    close = weekday_future(ctx, 5, 18)
    year = ctx.date.year + 1
    kind = ctx.pick(["open", "reminder", "confirm"])
    if kind == "open":
        subject = ctx.pick(
            [
                f"Open Enrollment for {year} benefits is now open",
                f"Action required: {year} Open Enrollment",
                "It's time to choose your benefits",
            ]
        )
        core = [
            f"Open Enrollment for your {year} benefits runs through {day(ctx, close, 'en')}. This is your once-a-year chance to change your medical, dental and vision plans, add or remove dependents, and enroll in an FSA or HSA.",
            ctx.pick(
                [
                    "What's new this year: a second PPO option, a higher HSA employer contribution, and pet insurance.",
                    "Premiums for the HDHP stay the same; PPO premiums increase by about 4%.",
                    "FSA elections do not roll over - you must re-enroll every year.",
                ]
            ),
            f"Log in to the benefits portal from the {co} intranet to review your options. Join a live Q&A with the Benefits team on {at(ctx, weekday_future(ctx, 1, 4), 'en')}.",
        ]
    elif kind == "reminder":
        subject = ctx.pick(
            ["Reminder: Open Enrollment closes soon", "Last chance to make your benefits elections"]
        )
        core = [
            f"Open Enrollment closes on {day(ctx, close, 'en')} at 11:59 pm. If you don't make an election, your current medical plan will roll over, but your FSA will not.",
            "Questions? Reply to this email or open a ticket with People Services.",
        ]
    else:
        subject = "Your benefits elections are confirmed"
        core = [
            f"Thanks for completing Open Enrollment. Your {year} elections: {ctx.pick(['PPO Gold', 'HDHP with HSA', 'PPO Silver'])} (employee + {ctx.pick(['spouse', 'children', 'family'])}), dental, vision.",
            "Your new ID cards will arrive by mail in late December. Deductions start with the first paycheck of January.",
        ]
    sign = bye(
        ctx,
        "en",
        ctx.pick([f"{first} {last}\nBenefits Manager", "The Benefits Team", "People Services"]),
        co,
    )
    return draft(
        ctx,
        "en",
        subject,
        join(hi(ctx, "en", 0.6), *core, sign),
        (f"{co} Benefits", ctx.pick(["benefits@", "peopleservices@", "hr@"]) + host),
        form=ctx.pick(["html", "alt"]),
        bulk=ctx.chance(0.5),
    )


_FR_EMPLOYERS = (
    ("Groupe Arvalis Services", "arvalis-services.fr"),
    ("Mutuelle du Littoral", "mutuelle-littoral.fr"),
    ("Ciel & Terre Ingénierie", "cieletterre-ing.fr"),
)


def _fr_hello(ctx: Ctx, kind: str) -> str:
    """HR writes to all staff formally; the manager booking the review uses first names."""
    if kind == "rdv":
        return ctx.pick(["Salut ", "Bonjour ", "Hello "]) + ctx.cand_first + ","
    return ctx.pick(["Bonjour,", "Bonjour à toutes et à tous,", "Bonjour " + ctx.cand_first + ","])


@p1("p1_fr_entretien_annuel_evaluation", lang="fr")
def fr_review(ctx: Ctx) -> Draft:
    """The reader's current French employer: the annual review and professional interview campaign."""
    co, host = ctx.pick(_FR_EMPLOYERS)
    first, last = who(ctx, "fr")
    when = weekday_future(ctx, 3, 15)
    kind = ctx.pick(["campagne", "rdv", "signature"])
    if kind == "campagne":
        subject = ctx.pick(
            [
                f"Lancement de la campagne d'entretiens annuels {ctx.date.year}",
                "Entretiens annuels et professionnels : c'est parti",
            ]
        )
        core = [
            f"La campagne des entretiens annuels d'évaluation et des entretiens professionnels est ouverte jusqu'au {day(ctx, when, 'fr')}.",
            "Avant votre rendez-vous avec votre manager, merci de compléter votre auto-évaluation dans l'outil RH (objectifs de l'année, compétences, souhaits de formation).",
            "Pour rappel, l'entretien professionnel porte sur vos perspectives d'évolution et n'est pas un entretien d'évaluation.",
        ]
    elif kind == "rdv":
        subject = ctx.pick(
            ["Invitation : entretien annuel", f"Entretien annuel – {day(ctx, when, 'fr')}"]
        )
        core = [
            f"Je te propose de faire ton entretien annuel le {at(ctx, when, 'fr')} en salle {ctx.pick(['Loire', 'Garonne', 'Rhône', '3.12'])}.",
            "Pense à remplir ton auto-évaluation avant, on partira de là. Prévois une heure.",
        ]
    else:
        subject = "Votre compte rendu d'entretien est à signer"
        core = [
            "Votre manager a finalisé le compte rendu de votre entretien annuel. Vous pouvez le consulter, ajouter vos commentaires et le signer dans l'outil RH.",
            f"Merci de le faire avant le {day(ctx, when, 'fr')}.",
        ]
    sign = bye(
        ctx,
        "fr",
        f"{first} {last}",
        ctx.pick(["Responsable RH", "Manager", "Direction des Ressources Humaines"]),
        co,
    )
    return draft(
        ctx,
        "fr",
        subject,
        join(_fr_hello(ctx, kind), *core, sign),
        (f"{first} {last}", mailbox(ctx, first, last, host)),
        form=ctx.pick(["plain", "alt", "html"]),
    )


_ES_EMPLOYERS = (
    ("Transportes Levante", "transleva.es"),
    ("Clínica San Rafael", "clinicasanrafael.es"),
    ("Grupo Hostelero Marina", "ghmarina.es"),
)


@p1("p1_es_nomina_disponible", lang="es")
def es_payslip(ctx: Ctx) -> Draft:
    """The reader's current Spanish employer's payroll portal: payslip available, tax certificate, holidays."""
    co, host = ctx.pick(_ES_EMPLOYERS)
    months = [
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
    ]
    month = months[(ctx.date.month - 2) % 12]
    kind = ctx.pick(["nomina", "nomina", "certificado", "vacaciones"])
    if kind == "nomina":
        subject = ctx.pick(
            [
                f"Tu nómina de {month} ya está disponible",
                f"Nómina {month} {ctx.date.year}",
                "Nuevo documento en tu portal del empleado",
            ]
        )
        core = [
            f"Ya puedes consultar y descargar tu nómina correspondiente a {month} en el Portal del Empleado.",
            ctx.pick(
                [
                    "El ingreso se realizará el último día hábil del mes.",
                    f"Este mes incluye la paga extra prorrateada y {amount(ctx, 30, 400, '€', 5)} de horas extra.",
                    "Recuerda que puedes actualizar tu IBAN en el apartado «Mis datos».",
                ]
            ),
        ]
    elif kind == "certificado":
        subject = f"Certificado de retenciones {ctx.date.year - 1}"
        core = [
            "Tienes disponible en el Portal del Empleado tu certificado de retenciones e ingresos a cuenta del IRPF para la declaración de la renta.",
            "Si detectas algún error, contacta con el departamento de Administración de Personal.",
        ]
    else:
        subject = "Solicitud de vacaciones aprobada"
        core = [
            f"Tu solicitud de vacaciones del {day(ctx, weekday_future(ctx, 10, 30), 'es')} ({ctx.num(3, 15)} días laborables) ha sido aprobada por tu responsable.",
            f"Te quedan {ctx.num(2, 18)} días pendientes este año.",
        ]
    return draft(
        ctx,
        "es",
        subject,
        join(hi(ctx, "es", 0.8), *core, bye(ctx, "es", "Departamento de Personas", co)),
        (f"Portal del Empleado – {co}", ctx.pick(["rrhh@", "nominas@", "noreply@"]) + host),
        footer="Este es un mensaje automático. Por favor, no respondas a este correo.",
        form=ctx.pick(["html", "plain"]),
        bulk=ctx.chance(0.3),
    )


_SAAS = (
    ("Fieldnote CRM", "fieldnote.io"),
    ("Ledgerly", "ledgerly.com"),
    ("ShiftPilot", "shiftpilot.app"),
    ("Quillbox", "quillbox.io"),
)


@p1("p1_saas_customer_onboarding_kickoff")
def saas_onboarding(ctx: Ctx) -> Draft:
    """A software vendor's customer-success manager runs onboarding for the reader's company account."""
    brand, host = ctx.pick(_SAAS)
    first, last = who(ctx, "en")
    when = weekday_future(ctx, 2, 8)
    seats = ctx.num(5, 250)
    kind = ctx.pick(["intro", "kickoff", "checkin"])
    if kind == "intro":
        subject = ctx.pick(
            [
                f"Welcome to {brand} - let's get you onboarded",
                f"Your {brand} onboarding",
                "Introducing your Customer Success Manager",
            ]
        )
        core = [
            f"I'm {first}, your Customer Success Manager at {brand}. Thanks for choosing us - your {seats}-seat workspace is live.",
            "Over the next 30 days I'll guide your team through onboarding: data import, integrations and admin training. Most teams are fully up and running within three weeks.",
            f"Could we schedule a 45-minute kickoff call? Here's my calendar: {ctx.url('calendly.com', first.lower())}",
        ]
    elif kind == "kickoff":
        subject = ctx.pick(
            [f"{brand} kickoff - agenda and next steps", "Recap: onboarding kickoff"]
        )
        core = [
            "Thanks for the time today! Quick recap of what we agreed:",
            "\n".join(
                [
                    "1. You'll export your contacts/customers as CSV and share them by "
                    + day(ctx, when, "en")
                    + ".",
                    "2. We'll set up SSO once IT sends the metadata file.",
                    "3. Admin training for your team leads on "
                    + at(ctx, weekday_future(ctx, 6, 14), "en")
                    + ".",
                ]
            ),
            "Next steps are also in the shared onboarding plan. Shout if anything's missing.",
        ]
    else:
        subject = ctx.pick(["Checking in on your onboarding", f"How's {brand} going so far?"])
        core = [
            f"You're {ctx.num(2, 5)} weeks into onboarding and {ctx.num(40, 95)}% of your users have logged in - nice work.",
            "I noticed the integration with your accounting software isn't connected yet. Want me to walk someone through it?",
        ]
    sign = bye(ctx, "en", f"{first} {last}", "Customer Success Manager", brand)
    return draft(
        ctx,
        "en",
        subject,
        join(hi(ctx, "en"), *core, sign),
        (f"{first} from {brand}", mailbox(ctx, first, last, host)),
        form=ctx.pick(["alt", "html", "plain"]),
    )


@p1("p1_it_hackathon_finalisti", lang="it")
def it_hackathon(ctx: Ctx) -> Draft:
    """An Italian hackathon or startup competition: team shortlisted as finalist, pitch slot, results."""
    event, host = ctx.pick(
        [
            ("Hack the Lagoon", "hackthelagoon.it"),
            ("Smart City Hackathon Torino", "smartcityhack.it"),
            ("Green Code Challenge", "greencodechallenge.eu"),
            ("AgriTech Hack Puglia", "agritechhack.it"),
        ]
    )
    team = ctx.pick(
        ["ByteBuoi", "Pesto Coders", "Quattro Formaggi", "NullPointer", "Verde Digitale"]
    )
    first, last = who(ctx, "it")
    when = evening(ctx, weekday_future(ctx, 3, 14), 10, 18)
    kind = ctx.pick(["finalisti", "pitch", "risultati"])
    if kind == "finalisti":
        subject = ctx.pick([f"{event}: il vostro team è tra i finalisti!", "Siete in finale 🎉"])
        core = [
            f"Congratulazioni! La giuria ha selezionato il team {team} tra i finalisti di {event} ({ctx.num(6, 12)} team su {ctx.num(30, 90)} iscritti).",
            f"La finale si terrà il {at(ctx, when, 'it')}. Ogni team avrà 5 minuti di pitch e 3 minuti di domande.",
        ]
    elif kind == "pitch":
        subject = "Ordine dei pitch e istruzioni per la finale"
        core = [
            f"Ecco l'ordine dei pitch: il team {team} salirà sul palco alle ore {ctx.num(10, 17)}:{ctx.pick(['00', '20', '40'])}.",
            "Caricate le slide in PDF sul drive entro la sera prima. Niente video con audio, per favore.",
        ]
    else:
        subject = f"Risultati {event}"
        core = [
            ctx.pick(
                [
                    f"Il team {team} ha vinto il {ctx.pick(['primo', 'secondo', 'terzo'])} premio ({amount(ctx, 1000, 10000, '€', 500)})! Vi contatteremo per la consegna.",
                    f"Grazie per aver partecipato. Il team {team} non è rientrato tra i vincitori, ma la giuria ha apprezzato molto la demo.",
                ]
            ),
            "Le foto della serata sono online sulla nostra pagina.",
        ]
    sign = bye(ctx, "it", f"{first} {last}", f"Team organizzativo {event}")
    return draft(
        ctx,
        "it",
        subject,
        join(ctx.pick(["Ciao a tutti,", f"Ciao team {team},", "Ciao ragazzi,"]), *core, sign),
        (event, ctx.pick(["info@", "team@"]) + host),
        form=ctx.pick(["html", "alt"]),
        bulk=ctx.chance(0.3),
    )


_CONFS = (
    ("PyData Lakeside", "pydatalakeside.org"),
    ("DevOpsDays Riverton", "devopsdays-riverton.org"),
    ("Frontend North", "frontendnorth.dev"),
    ("OpenGeo Summit", "opengeosummit.org"),
)


@p1("p1_conference_cfp_talk_decision")
def cfp(ctx: Ctx) -> Draft:
    """A conference programme committee decides on the reader's talk proposal (CFP)."""
    conf, host = ctx.pick(_CONFS)
    talk = ctx.pick(
        [
            "Testing data pipelines without tears",
            "What we learned running Postgres on Kubernetes",
            "Accessible charts for everyone",
            "Geocoding at scale on a budget",
            "From notebook to production in one afternoon",
        ]
    )
    when = weekday_future(ctx, 5, 20)
    kind = ctx.pick(["accepted", "declined", "waitlist", "speaker_info"])
    if kind == "accepted":
        subject = ctx.pick(
            [
                f"[{conf}] Your proposal has been accepted!",
                f"{conf}: congratulations, you're speaking",
            ]
        )
        core = [
            f'We\'re thrilled to let you know that your talk "{talk}" has been accepted for {conf}.',
            f"Please confirm your participation in Pretalx by {day(ctx, when, 'en')}. Speakers get a free ticket and we cover travel up to {ctx.pick(['$500', '€400', '£350'])}.",
        ]
    elif kind == "declined":
        subject = f"[{conf}] Update on your proposal"
        core = [
            f'Thank you for submitting "{talk}" to {conf}. We received {ctx.num(180, 600)} proposals for {ctx.num(24, 40)} slots, and unfortunately we weren\'t able to include yours this year.',
            "This says more about the number of great submissions than about your proposal. We hope you'll submit again next year.",
        ]
    elif kind == "waitlist":
        subject = f"[{conf}] Your proposal is on the waitlist"
        core = [
            f'Your proposal "{talk}" didn\'t make the first round, but the committee liked it and put it on the waitlist.',
            "If a speaker drops out we'll contact you - usually no later than three weeks before the event.",
        ]
    else:
        subject = f"[{conf}] Speaker information and next steps"
        core = [
            "Here's what you need to know before the event:",
            f"- Slides due: {day(ctx, when, 'en')}\n- Speaker check-in opens at 8:00\n- Your slot: 30 minutes including Q&A",
            "Don't forget to update your speaker profile with a photo and a short bio.",
        ]
    sign = bye(ctx, "en", f"The {conf} Program Committee")
    return draft(
        ctx,
        "en",
        subject,
        join(hi(ctx, "en", 0.8), *core, sign),
        (f"{conf} Program Committee", ctx.pick(["cfp@", "program@", "speakers@"]) + host),
        form=ctx.pick(["plain", "alt", "html"]),
    )


_AU_VETS = (
    ("Northside Vet Clinic", "northsidevet.com.au"),
    ("Coastal Paws Veterinary Hospital", "coastalpaws.com.au"),
    ("Greenhill Animal Hospital", "greenhillvets.com.au"),
)


@p1("p1_au_vet_pet_assessment", lang="en_au")
def au_vet(ctx: Ctx) -> Draft:
    """An Australian vet clinic on a pet's pre-anaesthetic assessment, booking or post-op check."""
    clinic, host = ctx.pick(_AU_VETS)
    _first, last = who(ctx, "en_au")
    pet = ctx.pick(["Milo", "Bella", "Luna", "Charlie", "Coco", "Max", "Ruby", "Teddy"])
    when = weekday_future(ctx, 1, 10)
    kind = ctx.pick(["booking", "preop", "result"])
    if kind == "booking":
        subject = ctx.pick(
            [f"Appointment reminder for {pet}", f"{pet}'s assessment on {day(ctx, when, 'en_au')}"]
        )
        core = [
            f"This is a reminder that {pet} is booked in for a {ctx.pick(['senior wellness assessment', 'dental assessment', 'skin assessment', 'lameness assessment'])} with Dr {last} on {at(ctx, when, 'en_au')}.",
            "Please arrive 5 minutes early. If you need to reschedule, reply to this email or call us.",
        ]
    elif kind == "preop":
        subject = f"Pre-op instructions for {pet}"
        core = [
            f"{pet} is booked in for surgery on {day(ctx, when, 'en_au')}. Admission is between 8:00 and 8:30am.",
            "No food after 10pm the night before; water is fine. On the day, the vet will do a pre-anaesthetic assessment and blood test to make sure {pet} is a good candidate for the anaesthetic.".replace(
                "{pet}", pet
            ),
        ]
    else:
        subject = f"{pet}'s results"
        core = [
            f"Dr {last} has reviewed {pet}'s blood results from the assessment and everything is within normal range.",
            ctx.pick(
                [
                    "We'll see you for the recheck in two weeks.",
                    f"The estimate for the dental procedure is {amount(ctx, 450, 1800, '$', 10)} - we've emailed it separately.",
                ]
            ),
        ]
    sign = bye(ctx, "en_au", f"The team at {clinic}")
    return draft(
        ctx,
        "en_au",
        subject,
        join(hi(ctx, "en_au"), *core, sign),
        (clinic, ctx.pick(["reception@", "appointments@", "hello@"]) + host),
        footer=f"{clinic} · Ph (0{ctx.pick(['2', '3', '7', '8'])}) {ctx.num(1000, 9999)} {ctx.num(1000, 9999)}",
        form=ctx.pick(["html", "alt", "plain"]),
    )
