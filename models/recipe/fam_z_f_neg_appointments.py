"""Template families (zf_, written blind): hard negatives that read like scheduling mail but
are appointments of the reader's own life: doctors and clinics, therapists and physios, vets,
bank advisors, notaries / lawyers / mortgage brokers and garages.
"""

# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, ascii_word, family
from zf_kit import (
    ZF_N,
    body,
    bye,
    confidential,
    do_not_reply,
    hello,
    logo,
    maybe_cal,
    opt,
    phone,
    privacy,
    unsub_block,
    weekday_future,
    when_text,
)


@family("zf_ng_clinic_portal_appt", "not_job", n=ZF_N)
def _clinic(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "en", "de", "nl"])
    kind = ctx.pick(
        [
            "Family Medicine",
            "Dermatology",
            "Dental",
            "Optometry",
            "Cardiology",
            "Women's Health",
            "Orthopedics",
        ]
    )
    clinic = ctx.pick(
        [
            "Riverside Medical Group",
            "Northside Health",
            "BrightSmile Dental",
            "ClearView Eye Care",
            "Sutter Health",
            "Kaiser Permanente",
            "One Medical",
        ]
    )
    host = ctx.pick(
        ["mychart.org", "patientportal.com", "onemedical.com", "zocdoc.com", "doctolib.de"]
    )
    when = weekday_future(ctx, 1, 30)
    main = {
        "en": body(
            ctx.pick(
                [
                    f"Your appointment with Dr. {ctx.person_last} ({kind}) is confirmed.",
                    f"Reminder: you have an upcoming visit at {clinic}.",
                    f"Appointment scheduled: {kind} follow-up visit",
                    f"Please confirm your appointment with {clinic}.",
                ]
            ),
            f"When: {when_text(ctx, when)}\nWhere: {clinic}, {ctx.pick(['Suite 200', 'Building B, 3rd floor', 'Main campus', 'Video visit'])}\nProvider: Dr. {ctx.person} ",
            ctx.pick(
                [
                    "Please arrive 15 minutes early to complete check-in and bring your insurance card and photo ID.",
                    "eCheck-in is available 7 days before your visit: confirm your insurance, medications and allergies.",
                    "For video visits, join from the app 10 minutes before your appointment.",
                    "Fasting is required for 8 hours before your blood test.",
                ]
            ),
            ctx.pick(
                [
                    "Reply C to confirm or R to reschedule. To cancel, please give us at least 24 hours' notice to avoid a late cancellation fee.",
                    f"Manage appointment: {ctx.url(host, 'appointments')}",
                    "Need to cancel? Call us at " + phone(ctx) + ".",
                ]
            ),
        ),
        "de": body(
            f"Ihr Termin in der Praxis Dr. {ctx.person_last} wurde bestätigt.",
            f"Termin: {when_text(ctx, when, 'de')}\nFachrichtung: {ctx.pick(['Allgemeinmedizin', 'Zahnmedizin', 'Augenheilkunde', 'Physiotherapie'])}",
            "Bitte bringen Sie Ihre Versichertenkarte mit. Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden vorher ab.",
            f"Termin verwalten: {ctx.url('doctolib.de', 'termine')}",
        ),
        "nl": body(
            f"Uw afspraak bij {ctx.pick(['de huisartsenpraktijk', 'de tandarts', 'de opticien', 'het ziekenhuis'])} is bevestigd.",
            f"Datum en tijd: {when_text(ctx, when, 'nl')}",
            "Neem uw legitimatiebewijs en zorgpas mee. Verhinderd? Meld u dan minimaal 24 uur van tevoren af.",
        ),
    }[lang]
    return Draft(
        subject={
            "en": ctx.pick(
                [
                    "Appointment confirmation",
                    f"Upcoming appointment at {clinic}",
                    "Reminder: your visit " + when_text(ctx, when),
                    "Your appointment is scheduled",
                    "Action needed: confirm your appointment",
                ]
            ),
            "de": "Terminbestätigung " + when_text(ctx, when, "de"),
            "nl": "Bevestiging van uw afspraak",
        }[lang],
        body=body(
            logo(clinic, ctx) if ctx.chance(0.5) else "",
            hello(ctx, lang, 0.7),
            main,
            do_not_reply(ctx, lang) if ctx.chance(0.6) else "",
            privacy(ctx, clinic, host, lang) if ctx.chance(0.4) else "",
            opt(
                ctx,
                0.3,
                "This message may contain protected health information (PHI). If you received it in error, please delete it.",
            ),
        ),
        from_name=ctx.pick(
            [clinic, clinic + " Appointments", "MyChart", "Doctolib", "Patient Portal"]
        ),
        from_addr=ctx.pick(["noreply@", "appointments@", "reminders@"]) + host,
        greet=False,
        sign="",
        form=ctx.pick(["html", "alt", "plain"]),
        calendar=maybe_cal(
            ctx,
            ctx.pick(["Doctor's appointment", f"{kind} appointment", "Arzttermin", "Afspraak"]),
            when,
            30,
            "noreply@" + host,
            clinic,
            0.3,
        ),
        lang=lang,
    )


@family("zf_ng_therapist_physio_session", "not_job", lang="fr", n=ZF_N)
def _therapist(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "fr", "es", "de"])
    when = ctx.future(1, 10)
    slot = when_text(ctx, when, lang)
    text = {
        "en": [
            "Just confirming our session on "
            + slot
            + ". Same room as last time, or I can send a video link if you'd rather do telehealth.",
            "I had a cancellation, so I can move your physio session to "
            + slot
            + " if that suits you better. Remember to wear comfortable clothes for the knee exercises.",
            "Reminder of your counselling appointment "
            + slot
            + ". If you need to cancel, please let me know 48 hours in advance as per our agreement.",
            "Your next massage / physiotherapy treatment is booked for "
            + slot
            + ". Please bring your referral from the GP if you haven't already.",
        ],
        "fr": [
            "Je vous confirme notre séance de kinésithérapie le "
            + slot
            + ". Pensez à apporter votre ordonnance.",
            "Petit rappel pour votre rendez-vous chez l'ostéopathe le "
            + slot
            + ". En cas d'empêchement, merci de prévenir 24h à l'avance.",
            "Je vous propose de décaler notre séance au "
            + slot
            + ". Dites-moi si cela vous convient.",
        ],
        "es": [
            "Te confirmo la sesión de fisioterapia el " + slot + ". Trae ropa cómoda.",
            "Recordatorio de tu cita con la psicóloga el "
            + slot
            + ". Si necesitas cancelar, avísame con 24 horas de antelación.",
        ],
        "de": [
            "hiermit bestätige ich Ihren Termin zur Physiotherapie am "
            + slot
            + ". Bitte denken Sie an Ihr Rezept und ein Handtuch.",
            "ich muss unsere Sitzung leider verschieben. Ginge auch " + slot + "?",
        ],
    }[lang]
    who = ctx.pick(
        [
            "{person}\nLicensed Therapist (LMFT)",
            "{pfirst}",
            "{person}, PT, DPT\n{city} Physio & Sports Clinic",
            "{person}\nKinésithérapeute D.E.",
            "{person}\nPsicóloga colegiada",
        ]
    )
    return Draft(
        subject={
            "en": ctx.pick(
                [
                    "Our session " + slot,
                    "Appointment reminder",
                    "Re: rescheduling",
                    "Tuesday session",
                ]
            ),
            "fr": "Rendez-vous " + slot,
            "es": "Cita " + slot,
            "de": "Ihr Termin am " + slot,
        }[lang],
        body=body(
            hello(ctx, lang, 0.9),
            ctx.pick(text),
            opt(ctx, 0.3, "Confidentiality: this email may contain sensitive health information."),
        ),
        from_name=ctx.person,
        from_addr=ctx.pick(
            [
                "info@cityphysio.com",
                "hello@mindfulcounselling.net",
                "cabinet.kine@orange.fr",
                "consulta@fisiosalud.es",
                "praxis@physio-mitte.de",
                f"{ascii_word(ctx.person_first)}@therapy-practice.com",
            ]
        ),
        greet=False,
        sign=bye(ctx, lang, who),
        form=ctx.pick(["plain", "plain", "alt"]),
        lang=lang,
    )


@family("zf_ng_vet_pet_reminder", "not_job", lang="it", n=ZF_N)
def _vet(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "it", "pt", "nl"])
    pet = ctx.pick(["Luna", "Max", "Bella", "Milo", "Coco", "Rocky", "Nala", "Oscar"])
    when = ctx.future(2, 21)
    text = {
        "en": ctx.pick(
            [
                f"{pet} is due for the annual vaccination and check-up. We have booked an appointment for {when_text(ctx, when)}; please let us know if you need another time.",
                f"This is a reminder of {pet}'s appointment at Pawsome Vet Clinic on {when_text(ctx, when)}. Please bring any medications and a stool sample if possible.",
                f"{pet}'s grooming session is confirmed for {when_text(ctx, when)}. Full groom + nail trim.",
            ]
        ),
        "it": f"Le ricordiamo l'appuntamento per {pet} presso l'ambulatorio veterinario il {when_text(ctx, when, 'it')} per il richiamo del vaccino.",
        "pt": f"Lembramos a consulta do(a) {pet} na clínica veterinária no dia {when_text(ctx, when, 'pt')}. Traga o boletim de vacinas.",
        "nl": f"Herinnering: de afspraak van {pet} bij de dierenarts is op {when_text(ctx, when, 'nl')}. Graag 5 minuten van tevoren aanwezig zijn.",
    }[lang]
    clinic = ctx.pick(
        [
            "Pawsome Vet Clinic",
            "Banfield Pet Hospital",
            "VCA Animal Hospital",
            "Clinica Veterinaria San Marco",
            "Dierenkliniek De Vaart",
            "Hospital Veterinário do Porto",
        ]
    )
    return Draft(
        subject=ctx.pick(
            [
                f"{pet}'s appointment reminder",
                f"{pet} is due for vaccines",
                "Appointment confirmed",
                f"Promemoria appuntamento {pet}",
                f"Consulta {pet}",
                f"Afspraak {pet}",
            ]
        ),
        body=body(
            hello(ctx, lang, 0.8),
            text,
            opt(ctx, 0.4, "Reply YES to confirm, or call " + phone(ctx) + " to reschedule."),
            unsub_block(ctx, "petdesk.com") if ctx.chance(0.3) else "",
        ),
        from_name=clinic,
        from_addr=ctx.pick(
            [
                "reminders@petdesk.com",
                "noreply@vetclinic-mail.com",
                "info@clinicaveterinaria.it",
                "afspraken@dierenkliniek.nl",
            ]
        ),
        greet=False,
        sign=bye(ctx, lang, clinic),
        lang=lang,
    )


@family("zf_ng_bank_advisor_meeting", "not_job", lang="fr", n=ZF_N)
def _bank(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "fr", "fr", "de", "es"])
    when = weekday_future(ctx, 2, 15)
    bank = {
        "en": ctx.pick(["Chase", "Wells Fargo", "Barclays", "HSBC", "Summit Bank"]),
        "fr": ctx.pick(
            ["Crédit Agricole", "BNP Paribas", "Société Générale", "LCL", "Caisse d'Epargne"]
        ),
        "de": ctx.pick(["Sparkasse", "Commerzbank", "Deutsche Bank", "Volksbank"]),
        "es": ctx.pick(["BBVA", "CaixaBank", "Santander", "Sabadell"]),
    }[lang]
    text = {
        "en": ctx.pick(
            [
                f"Thank you for scheduling time with your {bank} Financial Advisor. Your meeting is confirmed for {when_text(ctx, when)} at the {ctx.pick(['Main Street', 'Downtown', 'Riverside'])} branch.",
                f"I'd like to set up a short call to review your savings and retirement goals. Are you available {when_text(ctx, when)}? It only takes about 30 minutes.",
                f"Your mortgage consultation with a {bank} Home Lending Advisor is scheduled for {when_text(ctx, when)}. Please bring recent pay stubs and bank statements.",
            ]
        ),
        "fr": ctx.pick(
            [
                f"Votre conseiller {bank} vous confirme votre rendez-vous le {when_text(ctx, when, 'fr')} en agence, pour faire le point sur votre épargne et votre projet immobilier.",
                f"Suite à votre demande, je vous propose un rendez-vous téléphonique le {when_text(ctx, when, 'fr')} pour étudier votre demande de prêt.",
            ]
        ),
        "de": f"gerne bestätigen wir Ihren Beratungstermin in unserer Filiale am {when_text(ctx, when, 'de')}. Thema: Baufinanzierung und Altersvorsorge. Bitte bringen Sie Ihren Personalausweis mit.",
        "es": f"Te confirmamos la cita con tu gestor personal de {bank} el {when_text(ctx, when, 'es')} para revisar tus inversiones.",
    }[lang]
    return Draft(
        subject={
            "en": ctx.pick(
                [
                    "Your appointment is confirmed",
                    f"Meeting with your {bank} advisor",
                    "Let's review your financial plan",
                ]
            ),
            "fr": ctx.pick(
                ["Confirmation de votre rendez-vous", "Votre rendez-vous avec votre conseiller"]
            ),
            "de": "Ihr Beratungstermin",
            "es": "Confirmación de cita con tu gestor",
        }[lang],
        body=body(
            logo(bank, ctx) if ctx.chance(0.5) else "",
            hello(ctx, lang, 0.9),
            text,
            opt(
                ctx,
                0.4,
                {
                    "en": "Questions? Call us: ",
                    "fr": "Pour toute question : ",
                    "de": "Bei Fragen erreichen Sie uns unter ",
                    "es": "Para cualquier consulta: ",
                }[lang]
                + phone(ctx, lang),
            ),
            privacy(ctx, bank, "bank-mail.com", lang) if ctx.chance(0.5) else "",
            opt(
                ctx,
                0.3,
                "Security reminder: we will never ask for your password or one-time codes by email.",
            ),
        ),
        from_name=ctx.pick(
            [bank, f"{ctx.person} - {bank}", f"{bank} Rendez-vous", f"{bank} Advisors"]
        ),
        from_addr=ctx.pick(["rdv@", "advisor@", "noreply@", "termine@", "citas@"])
        + ctx.pick(["bank-mail.com", "mail.bank.fr", "banking-notify.com"]),
        greet=False,
        sign=bye(
            ctx,
            lang,
            ctx.pick(
                [
                    "{person}\nConseiller(ère) clientèle"
                    if lang == "fr"
                    else "{person}\nFinancial Advisor",
                    bank,
                ]
            ),
        ),
        calendar=maybe_cal(
            ctx,
            "Rendez-vous conseiller" if lang == "fr" else "Advisor meeting",
            when,
            45,
            "noreply@bank-mail.com",
            bank,
            0.3,
        ),
        lang=lang,
    )


@family("zf_ng_notary_lawyer_broker_call", "not_job", lang="fr", n=ZF_N)
def _notary(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "fr", "it"])
    when = weekday_future(ctx, 2, 14)
    text = {
        "en": ctx.pick(
            [
                f"Following up on the purchase of your home, I'd like to schedule a short call to go over the closing documents. Would {when_text(ctx, when)} work?",
                f"Our office has scheduled the signing of your will and power of attorney for {when_text(ctx, when)}. Please bring two forms of ID.",
                f"As your mortgage broker, I've received three offers from lenders. Let's hop on a call {when_text(ctx, when)} to compare rates before your rate lock expires.",
                f"This is to confirm your initial consultation with attorney {ctx.person} regarding your lease dispute on {when_text(ctx, when)}. The consultation fee is $150.",
            ]
        ),
        "fr": f"Maître {ctx.person_last} vous confirme le rendez-vous de signature de l'acte de vente le {when_text(ctx, when, 'fr')} en l'étude. Merci de vous munir d'une pièce d'identité.",
        "it": f"Le confermiamo l'appuntamento presso lo studio notarile per il rogito il {when_text(ctx, when, 'it')}. Porti con sé un documento d'identità e il codice fiscale.",
    }[lang]
    return Draft(
        subject={
            "en": ctx.pick(
                [
                    "Closing call",
                    "Consultation confirmed",
                    "Re: rates - quick call?",
                    "Signing appointment",
                ]
            ),
            "fr": "Rendez-vous de signature",
            "it": "Appuntamento rogito",
        }[lang],
        body=body(hello(ctx, lang, 0.9), text),
        from_name=ctx.person,
        from_addr=f"{ascii_word(ctx.person_first)}@"
        + ctx.pick(
            [
                "lawoffice.com",
                "notaires-associes.fr",
                "studionotarile.it",
                "homeloans-broker.com",
                "titlecompany.com",
            ]
        ),
        greet=False,
        sign=bye(
            ctx,
            lang,
            ctx.pick(
                [
                    "{person}\nAttorney at Law",
                    "{person}\nMortgage Broker, NMLS #" + str(ctx.num(100000, 999999)),
                    "{person}\nClerc de notaire",
                    "{person}\nStudio Notarile",
                ]
            ),
        ),
        footer=confidential(ctx) if ctx.chance(0.6) else "",
        lang=lang,
    )


@family("zf_ng_car_service_booking", "not_job", lang="de", n=ZF_N)
def _car(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "de", "de", "it"])
    when = weekday_future(ctx, 1, 20)
    car = ctx.pick(
        [
            "VW Golf",
            "Toyota RAV4",
            "BMW 320d",
            "Fiat 500",
            "Honda Civic",
            "Tesla Model 3",
            "Skoda Octavia",
        ]
    )
    text = {
        "en": ctx.pick(
            [
                f"Your service appointment for your {car} is confirmed for {when_text(ctx, when)}. Services: oil change, tire rotation, multi-point inspection.",
                f"Your {car} is due for its annual inspection. We've reserved {when_text(ctx, when)} for you - please confirm.",
                f"Good news: your {car} is ready for pickup. Total due: ${ctx.num(90, 900)}.00",
            ]
        ),
        "de": f"vielen Dank für Ihre Terminbuchung. Ihr Werkstatttermin für Ihren {car} am {when_text(ctx, when, 'de')} ist bestätigt (Inspektion, Reifenwechsel). Ein Ersatzwagen steht bereit.",
        "it": f"le confermiamo l'appuntamento in officina per il tagliando della sua {car} il {when_text(ctx, when, 'it')}.",
    }[lang]
    dealer = ctx.pick(
        [
            "Autohaus Müller",
            "City Motors",
            "Jiffy Lube",
            "Officina Rossi",
            "Firestone Complete Auto Care",
            "Autohaus am Ring",
        ]
    )
    return Draft(
        subject={
            "en": ctx.pick(
                [
                    "Service appointment confirmation",
                    f"Your {car} is due for service",
                    "Vehicle ready for pickup",
                ]
            ),
            "de": "Terminbestätigung Werkstatt",
            "it": "Conferma appuntamento officina",
        }[lang],
        body=body(
            logo(dealer, ctx) if ctx.chance(0.4) else "",
            hello(ctx, lang, 0.8),
            text,
            opt(ctx, 0.3, "Check in online to save time at drop-off."),
            unsub_block(ctx, "dealer-mail.com", lang) if ctx.chance(0.3) else "",
        ),
        from_name=dealer,
        from_addr=ctx.pick(["service@", "termine@", "noreply@", "officina@"])
        + ctx.pick(["dealer-mail.com", "autohaus-mueller.de", "citymotors.com"]),
        greet=False,
        sign=bye(ctx, lang, dealer + ctx.pick(["\nService Team", "\nKundendienst", ""])),
        lang=lang,
    )
