"""Template families (zf_, written blind): hard negatives about meetings, visits and
interviews that are not hiring: parent-teacher conferences, tradespeople and inspectors, public
offices, parish and neighbourhood events, sports tryouts, school admission interviews and
club / co-op membership interviews.
"""

# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, ascii_word, family
from zf_kit import (
    ZF_N,
    body,
    bye,
    do_not_reply,
    hello,
    maybe_cal,
    opt,
    unsub_block,
    weekday_future,
    when_text,
)


@family("zf_ng_parent_teacher_conference", "not_job", lang="nl", n=ZF_N)
def _ptc(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "nl", "de"])
    kid = ctx.pick(["Emma", "Noah", "Mila", "Leo", "Sophie", "Finn", "Lucas", "Zara"])
    when = weekday_future(ctx, 3, 20)
    text = {
        "en": ctx.pick(
            [
                f"Parent-teacher conferences are coming up! You can sign up for a 15-minute slot to discuss {kid}'s progress. Your slot: {when_text(ctx, when)} in Room {ctx.num(10, 40)}.",
                f"I'd like to meet with you to talk about how {kid} is settling into Year {ctx.num(2, 8)}. Would {when_text(ctx, when)} work? We can also do a phone call.",
                f"Reminder: student-led conferences take place next week. Your scheduled time with Ms. {ctx.person_last} is {when_text(ctx, when)}.",
            ]
        ),
        "nl": f"Graag nodigen wij u uit voor het tienminutengesprek over {kid} op {when_text(ctx, when, 'nl')}. Wilt u via Parro laten weten of dit tijdstip past?",
        "de": f"hiermit laden wir Sie herzlich zum Elternsprechtag ein. Ihr Gesprächstermin bei Frau {ctx.person_last} für {kid} ist am {when_text(ctx, when, 'de')}.",
    }[lang]
    school = ctx.pick(
        [
            "Lincoln Elementary",
            "Oakwood Primary School",
            "St. Mary's",
            "Basisschool De Regenboog",
            "Grundschule am Park",
            "Maple Middle School",
        ]
    )
    return Draft(
        subject={
            "en": ctx.pick(
                [
                    "Parent-Teacher Conference",
                    f"Conference time for {kid}",
                    "Sign up: fall conferences",
                    f"Meeting about {kid}",
                ]
            ),
            "nl": f"Uitnodiging tienminutengesprek {kid}",
            "de": "Einladung zum Elternsprechtag",
        }[lang],
        body=body(
            hello(ctx, lang, 0.9),
            text,
            opt(ctx, 0.4, "Interpreters are available on request."),
            unsub_block(ctx, "parentsquare.com") if ctx.chance(0.25) else "",
        ),
        from_name=ctx.pick(
            [school, f"{ctx.person} ({school})", "ParentSquare", "Parro", "Schulverwaltung"]
        ),
        from_addr=ctx.pick(
            [
                "noreply@parentsquare.com",
                "office@school-district.org",
                "info@basisschool.nl",
                "sekretariat@grundschule.de",
                f"{ascii_word(ctx.person_last)}@school-district.org",
            ]
        ),
        greet=False,
        sign=bye(ctx, lang, ctx.pick(["{person}\nClass teacher", school])),
        calendar=maybe_cal(
            ctx, "Parent-teacher conference", when, 15, "office@school-district.org", school, 0.25
        ),
        lang=lang,
    )


@family("zf_ng_home_inspection_trades", "not_job", lang="nl", n=ZF_N)
def _trades(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "en", "nl"])
    when = ctx.future(1, 14)
    text = {
        "en": ctx.pick(
            [
                f"Your home inspection at {ctx.num(10, 999)} {ctx.pick(['Oak', 'Elm', 'Cedar', 'Maple'])} St is booked for {when_text(ctx, when)}. The inspector will need access to the attic, crawlspace and electrical panel. The report will be ready within 24 hours.",
                f"Hi, it's {ctx.person_first} the plumber. I can come by {when_text(ctx, when)} to look at the leak under the sink. Should take an hour or so.",
                f"Your annual boiler service is scheduled between 8am and 12pm on {when_text(ctx, when).split(' at ')[0]}. Our engineer will call 30 minutes before arrival.",
                f"Thanks for choosing us for your kitchen remodel estimate. Our project manager will visit {when_text(ctx, when)} to take measurements.",
            ]
        ),
        "nl": f"Onze monteur komt op {when_text(ctx, when, 'nl')} langs voor het onderhoud van uw cv-ketel. Zorgt u ervoor dat de ketel goed bereikbaar is?",
    }[lang]
    return Draft(
        subject={
            "en": ctx.pick(
                [
                    "Inspection scheduled",
                    "Appointment confirmed",
                    "Re: leak",
                    "Your service visit",
                    "Estimate visit",
                ]
            ),
            "nl": "Bevestiging onderhoudsafspraak",
        }[lang],
        body=body(
            hello(ctx, lang, 0.7),
            text,
            opt(ctx, 0.3, "Please reply to this email if you need to change the time."),
        ),
        from_name=ctx.pick(
            [
                "HomeCheck Inspections",
                ctx.person,
                "British Gas",
                "Handy Plumbing",
                "Installatiebedrijf Jansen",
                "Angi Pros",
            ]
        ),
        from_addr=ctx.pick(
            [
                "bookings@homecheck-inspect.com",
                "noreply@angi.com",
                f"{ascii_word(ctx.person_first)}.plumbing@gmail.com",
                "planning@installatiebedrijf.nl",
            ]
        ),
        greet=False,
        sign=bye(
            ctx,
            lang,
            ctx.pick(
                [
                    "{pfirst}",
                    "The Scheduling Team",
                    "{person}\nLicensed Home Inspector #" + str(ctx.num(1000, 9999)),
                ]
            ),
        ),
        form=ctx.pick(["plain", "alt"]),
        lang=lang,
    )


@family("zf_ng_gov_service_appt", "not_job", lang="es", n=ZF_N)
def _gov(ctx: Ctx) -> Draft:
    lang = ctx.pick(["es", "pt", "de", "fr", "en"])
    when = weekday_future(ctx, 3, 40)
    code = f"{ctx.num(100000, 999999)}"
    text = {
        "es": f"Su cita previa ha sido confirmada.\nTrámite: {ctx.pick(['Renovación DNI', 'Expedición de pasaporte', 'Toma de huellas TIE', 'Empadronamiento'])}\nFecha y hora: {when_text(ctx, when, 'es')}\nLocalizador: {code}\nAcuda con 10 minutos de antelación y la documentación original.",
        "pt": f"A sua marcação foi confirmada.\nServiço: {ctx.pick(['Cartão de Cidadão', 'Passaporte', 'Finanças - atendimento presencial'])}\nData: {when_text(ctx, when, 'pt')}\nCódigo: {code}",
        "de": f"Ihre Terminbuchung beim Bürgeramt war erfolgreich.\nDienstleistung: {ctx.pick(['Personalausweis beantragen', 'Anmeldung einer Wohnung', 'Reisepass beantragen'])}\nTermin: {when_text(ctx, when, 'de')}\nVorgangsnummer: {code}",
        "fr": f"Votre rendez-vous en préfecture est confirmé.\nMotif : {ctx.pick(['Renouvellement de titre de séjour', 'Carte nationale d identité', 'Permis de conduire'])}\nDate : {when_text(ctx, when, 'fr')}\nNuméro : {code}",
        "en": f"Your appointment at the {ctx.pick(['DMV', 'Passport Agency', 'Social Security office', 'Council office'])} is confirmed for {when_text(ctx, when)}. Confirmation number: {code}. Bring proof of identity and residency.",
    }[lang]
    return Draft(
        subject={
            "es": "Confirmación de cita previa",
            "pt": "Confirmação de agendamento",
            "de": "Terminbestätigung Bürgeramt",
            "fr": "Confirmation de rendez-vous",
            "en": "Appointment confirmation",
        }[lang]
        + ctx.pick(["", f" - {code}"]),
        body=body(
            text,
            do_not_reply(ctx, lang),
            opt(
                ctx,
                0.5,
                "Si no puede acudir, anule la cita para que otra persona pueda utilizarla."
                if lang == "es"
                else "",
            ),
        ),
        from_name=ctx.pick(
            [
                "Cita Previa",
                "Agendamento Online",
                "Service-Portal Berlin",
                "ANTS / Préfecture",
                "DMV Appointments",
                "GOV.UK",
            ]
        ),
        from_addr=ctx.pick(
            [
                "noreply@citaprevia.gob.es",
                "noreply@agendamento.gov.pt",
                "noreply@service.berlin.de",
                "ne-pas-repondre@interieur.gouv.fr",
                "donotreply@dmv.ca.gov",
            ]
        ),
        greet=False,
        sign="",
        form=ctx.pick(["plain", "html"]),
        lang=lang,
    )


@family("zf_ng_church_community_event", "not_job", lang="es", n=ZF_N)
def _church(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "es", "pt"])
    when = ctx.future(2, 20)
    text = {
        "en": ctx.pick(
            [
                f"Join us for our community potluck after the service on {when_text(ctx, when)}. Bring a dish to share! Volunteers needed for setup - reply to sign up.",
                f"Our small group will meet at the Hendersons' on {when_text(ctx, when)}. We'll continue our study of Acts, chapter {ctx.num(2, 20)}.",
                f"The neighbourhood association meeting is on {when_text(ctx, when)} at the community centre. Agenda: park clean-up, speed bumps, summer fair.",
                f"Reminder: choir rehearsal moves to {when_text(ctx, when)} this week because of the concert.",
            ]
        ),
        "es": f"Te invitamos a la reunión de la parroquia el {when_text(ctx, when, 'es')}. Hablaremos de la organización de las fiestas del barrio.",
        "pt": f"Convidamos você para o encontro da comunidade no dia {when_text(ctx, when, 'pt')}, no salão paroquial. Haverá lanche depois!",
    }[lang]
    return Draft(
        subject={
            "en": ctx.pick(
                [
                    "Potluck this Sunday!",
                    "Small group this week",
                    "Neighbourhood meeting",
                    "Choir update",
                ]
            ),
            "es": "Reunión parroquial",
            "pt": "Encontro da comunidade",
        }[lang],
        body=body(
            hello(ctx, lang, 0.6),
            text,
            opt(ctx, 0.4, "Blessings,") if lang == "en" else "",
            unsub_block(ctx, "mailchi.mp", lang if lang != "pt" else "pt")
            if ctx.chance(0.4)
            else "",
        ),
        from_name=ctx.pick(
            [
                "St. Luke's Parish",
                "Grace Community Church",
                "Parroquia San José",
                "Riverside Neighbours",
                ctx.person,
            ]
        ),
        from_addr=ctx.pick(
            [
                "office@stlukes.org",
                "news@gracecommunity.church",
                "parroquia.sanjose@gmail.com",
                "hello@riversideneighbours.org",
            ]
        ),
        greet=False,
        sign=bye(ctx, lang, ctx.pick(["Pastor {pfirst}", "{person}", "The Events Team"])),
        bulk=ctx.chance(0.4),
        lang=lang,
    )


@family("zf_ng_sports_tryouts_coaching", "not_job", lang="it", n=ZF_N)
def _sports(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "it", "nl"])
    kid = ctx.pick(["Emma", "Noah", "Leo", "Sofia", "Luca", "Daan"])
    when = ctx.future(2, 15)
    text = {
        "en": ctx.pick(
            [
                f"U12 tryouts for the spring season will be held on {when_text(ctx, when)} at Field 3. Players should bring cleats, shin guards and water. Selections will be emailed the following week.",
                f"Thanks for signing up for a private coaching session! Coach {ctx.person_first} will meet you at the courts on {when_text(ctx, when)}.",
                f"Congrats - {kid} made the travel team! First practice is {when_text(ctx, when)}. Please complete the registration and pay the season fee.",
                f"Your personal training intro session is booked for {when_text(ctx, when)}. We'll do a fitness assessment and set goals.",
            ]
        ),
        "it": f"Le selezioni per la squadra under 14 si terranno il {when_text(ctx, when, 'it')} presso il campo comunale. Portare scarpe da calcio e certificato medico.",
        "nl": f"De selectietrainingen voor de jeugd zijn op {when_text(ctx, when, 'nl')}. {kid} wordt verwacht om kwart voor in kleedkamer 2.",
    }[lang]
    return Draft(
        subject={
            "en": ctx.pick(
                [
                    "Tryouts info",
                    "Coaching session confirmed",
                    f"{kid} made the team!",
                    "Your PT session",
                ]
            ),
            "it": "Selezioni under 14",
            "nl": "Selectietrainingen jeugd",
        }[lang],
        body=body(hello(ctx, lang, 0.7), text, opt(ctx, 0.3, "Go Tigers!") if lang == "en" else ""),
        from_name=ctx.pick(
            [
                "Coach " + ctx.person_first,
                "Westside Youth Soccer",
                "TeamSnap",
                "ASD Calcio Giovani",
                "VV De Zwaluwen",
                "Anytime Fitness",
            ]
        ),
        from_addr=ctx.pick(
            [
                "noreply@teamsnap.com",
                "coach@westsideyouthsoccer.org",
                "segreteria@asdcalcio.it",
                "jeugd@vvdezwaluwen.nl",
                "club@fitness-mail.com",
            ]
        ),
        greet=False,
        sign=bye(ctx, lang, ctx.pick(["Coach {pfirst}", "{person}", "The Club"])),
        lang=lang,
    )


@family("zf_ng_admission_interview_school", "not_job", lang="it", n=ZF_N)
def _admission(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "it", "fr"])
    when = weekday_future(ctx, 5, 25)
    prog = ctx.pick(
        [
            "MBA",
            "MSc Computer Science",
            "BA Economics",
            "Grade 6 entry",
            "PhD in Biology",
            "Executive Master",
        ]
    )
    text = {
        "en": ctx.pick(
            [
                f"Thank you for your application to the {prog} programme. We are pleased to invite you to an admissions interview on {when_text(ctx, when)}. The interview will be conducted by a member of the admissions committee via Zoom.",
                f"Your alumni interview for undergraduate admission has been scheduled for {when_text(ctx, when)}. Your interviewer, {ctx.person}, will contact you with the location.",
                f"We're delighted to invite your child for an assessment morning and family interview on {when_text(ctx, when)} as part of the {prog} admissions process.",
            ]
        ),
        "it": f"la informiamo che il colloquio di ammissione al corso di laurea magistrale si terrà il {when_text(ctx, when, 'it')} in modalità telematica.",
        "fr": f"nous avons le plaisir de vous convoquer à l'entretien d'admission pour le programme {prog} le {when_text(ctx, when, 'fr')}.",
    }[lang]
    uni = ctx.pick(
        [
            "Graduate Admissions Office",
            "Office of Undergraduate Admission",
            "Ufficio Ammissioni",
            "Service des admissions",
            "Admissions - Hillcrest Academy",
        ]
    )
    return Draft(
        subject={
            "en": ctx.pick(
                [
                    "Admissions interview invitation",
                    f"{prog}: interview scheduled",
                    "Your alumni interview",
                ]
            ),
            "it": "Convocazione colloquio di ammissione",
            "fr": "Convocation à l'entretien d'admission",
        }[lang],
        body=body(
            hello(ctx, lang, 0.9),
            text,
            opt(ctx, 0.4, "Please have your applicant ID and a photo ID ready."),
            do_not_reply(ctx, lang) if ctx.chance(0.3) else "",
        ),
        from_name=uni,
        from_addr=ctx.pick(["admissions@", "admissions-noreply@", "ammissioni@", "admissions@"])
        + ctx.pick(["university.edu", "business-school.fr", "ateneo.it", "hillcrest-academy.org"]),
        greet=False,
        sign=bye(ctx, lang, uni),
        lang=lang,
    )


@family("zf_ng_club_membership_interview", "not_job", n=ZF_N)
def _club(ctx: Ctx) -> Draft:
    when = ctx.future(5, 25)
    text = ctx.pick(
        [
            f"The Board has reviewed your purchase application for Unit {ctx.num(2, 20)}{ctx.pick('ABCD')}. As part of the process, we would like to meet you for a short board interview on {when_text(ctx, when)} in the building's community room.",
            f"Thank you for your interest in joining the club. New members are invited to an informal interview with the membership committee. Would {when_text(ctx, when)} suit you? Your two sponsoring members are welcome to attend.",
            f"Your membership application has progressed to the interview stage. The committee meets on {when_text(ctx, when)} at the clubhouse; smart dress please.",
            f"Welcome! Before your first shift at the food co-op we hold a short orientation chat with each new member. You're booked for {when_text(ctx, when)}.",
        ]
    )
    return Draft(
        subject=ctx.pick(
            [
                "Board interview",
                "Membership committee",
                "Your membership application",
                "Co-op orientation",
                "Next step: meet the committee",
            ]
        ),
        body=body(hello(ctx, "en", 0.9), text),
        from_name=ctx.pick(
            [
                "Riverside Co-op Board",
                "Membership Secretary",
                "Lakeview Golf Club",
                "Park Slope Food Coop",
                ctx.person,
            ]
        ),
        from_addr=ctx.pick(
            [
                "board@riversidecoop.org",
                "membership@lakeviewgolf.com",
                "membership@foodcoop.com",
                "secretary@rowingclub.org.uk",
            ]
        ),
        greet=False,
        sign=bye(
            ctx,
            "en",
            ctx.pick(
                ["{person}\nMembership Secretary", "{person}\nBoard President", "The Committee"]
            ),
        ),
    )
