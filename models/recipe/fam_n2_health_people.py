"""Hard negatives, session 10: screening visits, donations and placements.

A clinical trial "screens" the reader and finds them "eligible" (in English and Italian); a
blood service books a donation "appointment"; a hospital sends a pre-operative "assessment" and
offers a surgery date; a student-exchange organisation "interviews" a host family; a college
coach recruits the reader's child with an "offer". Auditions and places follow in
fam_n2_health_people2.py. Hiring words, none of it the reader's job search.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Calendar, Ctx, Draft, family
from n2_kit import day2, local_time, neg2, staged, when2
from n_kit import MOBILE, NN_N, at, private, service_footer
from zf_kit import bye, weekday_future


@family("n2_clinical_trial_screening", "not_job", n=NN_N)
def clinical_trial_screening(ctx: Ctx) -> Draft:
    study = ctx.pick(
        [
            "the ASCEND-2 asthma study",
            "a migraine prevention study",
            "the REST sleep study",
            "a type 2 diabetes study",
            "the HEART-Lp(a) trial",
        ]
    )
    site = ctx.pick(
        [
            "Royal Infirmary Clinical Research Facility",
            "Meridian Clinical Research",
            "City Hospital Research Unit",
            "Evergreen Trials Centre",
        ]
    )
    stage, subjects, para = staged(
        ctx,
        {
            "prescreen": (
                ["Thank you for your interest", "Your pre-screening questionnaire"],
                f"Thanks for completing the online questionnaire for {study}. Based on your answers you may be eligible, so the next step is a short phone call with one of our research nurses to go through your medical history. [What times suit you this week?|Reply with a good time to call.]",
            ),
            "visit": (
                ["Your screening visit", "Screening visit confirmed"],
                f"Your screening visit for {study} is booked for {{day}} at {local_time(ctx)} at {site}. Please fast from midnight (water is fine), bring a list of your medications and allow about 3 hours. We'll go through the consent form with you before any tests.",
            ),
            "eligible": (
                ["Screening results", "Good news about your screening"],
                f"Your screening results are back and you are eligible to take part in {study}. Your first dosing visit (Visit 2) will be on {{day}}. You'll receive £[50|75|120] per completed visit plus travel expenses.",
            ),
            "not_eligible": (
                ["Your screening results", "Update on your participation"],
                f"Thank you for coming in for screening. Unfortunately your [blood results|lung function test|ECG] fell outside the range the protocol allows, so you can't take part in {study} this time. This doesn't mean anything is wrong; your GP will receive a copy of the results. We'd be happy to keep your details for future studies.",
            ),
        },
    )
    sender = (
        (f"{ctx.person} (Research Nurse)", at(ctx, "research.example.nhs.uk"))
        if ctx.chance(0.5)
        else (site, "volunteers@clinicaltrials-site.example")
    )
    cal = (
        Calendar("Study screening visit", weekday_future(ctx), 180, location=site)
        if stage == "visit" and ctx.chance(0.5)
        else None
    )
    return neg2(
        ctx,
        subjects,
        [
            para,
            ctx.pick(
                [
                    "",
                    "Participation is voluntary and you can withdraw at any time.",
                    "Ref: study participant ID " + str(ctx.num(1000, 9999)),
                ]
            ),
        ],
        sender,
        ctx.pick(["Kind regards,", "Best wishes,", "Many thanks,"])
        + f"\n{ctx.person}\n{ctx.pick(['Research Nurse', 'Study Coordinator', 'Clinical Trials Assistant'])}",
        form=ctx.pick(["plain", "alt"]),
        calendar=cal,
    )


@family("n2_it_sperimentazione_clinica", "not_job", lang="it", n=NN_N)
def it_sperimentazione_clinica(ctx: Ctx) -> Draft:
    centro = ctx.pick(
        [
            "Centro Sperimentazioni Cliniche - Policlinico",
            "Unità di Ricerca Clinica Fase 1",
            "Istituto di Ricerche Cliniche",
        ]
    )
    _stage, subjects, para = staged(
        ctx,
        {
            "screening": (
                ["Convocazione visita di screening", "Appuntamento per la visita di screening"],
                f"La ringraziamo per la disponibilità a partecipare allo studio clinico. La visita di screening è fissata per {when2(ctx, 'it')} presso il nostro centro. Si presenti a digiuno con un documento d'identità e la tessera sanitaria. Durata prevista: circa due ore.",
            ),
            "idoneo": (
                ["Esito visita di screening", "Idoneità allo studio"],
                "Le comunichiamo che, in base agli esami effettuati, [è risultato/a IDONEO/A a partecipare allo studio. La prima visita del trattamento sarà comunicata a breve.|non è risultato/a idoneo/a per questo studio. La ringraziamo e, se lo desidera, la ricontatteremo per studi futuri.]",
            ),
            "consenso": (
                ["Consenso informato", "Documentazione dello studio"],
                "in allegato trova il foglio informativo e il modulo di consenso informato. La preghiamo di leggerli con attenzione; potrà fare tutte le domande al medico sperimentatore prima di firmare.",
            ),
            "rimborso": (
                ["Rimborso spese", "Rimborso partecipazione allo studio"],
                f"le confermiamo che il rimborso delle spese per la partecipazione allo studio (€ [150|300|90]) sarà accreditato entro il {day2(ctx, 'it')} sull'IBAN indicato.",
            ),
        },
    )
    return neg2(
        ctx,
        subjects,
        [
            para,
            ctx.pick(
                [
                    "",
                    "Per informazioni: lun-ven 9:00-16:00.",
                    "Lo studio è stato approvato dal Comitato Etico.",
                ]
            ),
        ],
        (
            centro,
            ctx.pick(
                ["studi.clinici@policlinico.example.it", at(ctx, "ricercaclinica.example.it")]
            ),
        ),
        bye(
            ctx,
            "it",
            f"{ctx.person}\n[Study coordinator|Segreteria studi clinici|Infermiera di ricerca]",
        ),
        lang="it",
        greet_p=0.8,
        form=ctx.pick(["plain", "alt"]),
    )


@family("n2_de_blutspende", "not_job", lang="de", n=NN_N)
def de_blutspende(ctx: Ctx) -> Draft:
    ort = ctx.pick(
        [
            "Gemeindehaus St. Michael",
            "Stadthalle",
            "Grundschule am Park",
            "Feuerwehrgerätehaus",
            "Blutspendezentrum am Klinikum",
        ]
    )
    stage, subjects, para = staged(
        ctx,
        {
            "termin": (
                ["Ihr Blutspendetermin", "Terminbestätigung Blutspende"],
                f"vielen Dank für Ihre Reservierung! Ihr Spendetermin: {when2(ctx, 'de')}, {ort}. Bitte bringen Sie Ihren Personalausweis und Ihren Blutspendeausweis mit, trinken Sie vorher ausreichend und essen Sie etwas.",
            ),
            "erinnerung": (
                ["Sie dürfen wieder spenden!", "Wir brauchen Sie: Blutspende in Ihrer Nähe"],
                f"seit Ihrer letzten Spende sind 8 Wochen vergangen - Sie dürfen wieder spenden. Der nächste Termin in Ihrer Nähe: {when2(ctx, 'de')}, {ort}. Jetzt Termin reservieren und Wartezeit sparen.",
            ),
            "werte": (
                ["Ihre Laborwerte sind da", "Ihre Blutgruppe und Laborwerte"],
                "Ihre Laborwerte von der letzten Spende sind jetzt in der Spender-App abrufbar. [Ihre Blutgruppe: A Rh positiv.|Ihre Blutgruppe: 0 Rh negativ - Sie sind Universalspender!] Alle Werte lagen im Normalbereich.",
            ),
            "danke": (
                ["Danke für Ihre Spende!", "Ihre Spende hilft"],
                "Ihr Blut wurde heute an eine Klinik in Ihrer Region geliefert. Danke, dass Sie Leben retten! Ihre nächste Spende ist ab dem {sp} möglich.".replace(
                    "{sp}", day2(ctx, "de")
                ),
            ),
        },
    )
    host = "blutspende.example.de"
    return neg2(
        ctx,
        subjects,
        [
            para,
            ctx.fill(
                f"[Termin verwalten|Zur Spender-App|Termin absagen]: {ctx.url(host, 'termin')}"
            ),
        ],
        (
            ctx.pick(["DRK-Blutspendedienst", "Blutspendedienst West", "Haema Blutspende"]),
            f"noreply@{host}",
        ),
        bye(ctx, "de", "Ihr Blutspende-Team"),
        lang="de",
        greet_p=0.8,
        form=ctx.pick(["html", "alt"]),
        footer=service_footer(ctx, "Blutspendedienst", host, "de"),
        bulk=stage == "erinnerung",
    )


@family("n2_preop_assessment", "not_job", n=NN_N)
def preop_assessment(ctx: Ctx) -> Draft:
    op = ctx.pick(
        [
            "knee arthroscopy",
            "hernia repair",
            "cataract surgery",
            "gallbladder removal",
            "carpal tunnel release",
        ]
    )
    hosp = ctx.pick(
        [
            "St Thomas' Hospital",
            "Royal Victoria Infirmary",
            "Southmead Hospital",
            "Westmead Hospital",
            "Apollo Hospital",
        ]
    )
    _stage, subjects, para = staged(
        ctx,
        {
            "assessment": (
                ["Pre-operative assessment appointment", "Your pre-op assessment"],
                f"You have been listed for {op}. Before we can give you a date you need a pre-operative assessment with our nursing team on {{day}} at {local_time(ctx)} (Pre-Assessment Clinic, [Level 2|Outpatients B]). Allow 2 hours; bring your medications in their boxes.",
            ),
            "date": (
                ["Offer of admission date", "Your surgery date"],
                f"We can offer you a date for your {op}: {{day}}, admission at 7:30am to the Day Surgery Unit. Please call within 48 hours to accept this date. If you decline two reasonable offers you may be referred back to your GP.",
            ),
            "fit": (
                ["Pre-assessment outcome", "Fit for surgery"],
                f"Following your pre-operative assessment you have been [passed as fit for surgery|asked to have an ECG before we can confirm your fitness for surgery]. Your admission letter for {op} will follow separately.",
            ),
            "cancel": (
                ["Your operation has been postponed", "Change to your admission"],
                f"We are very sorry, but your {op} planned for {{day}} has had to be postponed because of emergency pressures. You will be offered a new date within 28 days.",
            ),
        },
    )
    return neg2(
        ctx,
        subjects,
        [
            para,
            ctx.pick(
                [
                    "",
                    "Please do not reply to this email; call the admissions office on the number in your letter.",
                    "You can view your letters in the Patient Portal.",
                ]
            ),
        ],
        (
            ctx.pick([f"{hosp} Admissions", "Elective Admissions Office", "Patient Portal"]),
            ctx.pick(["admissions@hospital.example.nhs.uk", "noreply@patientportal.example"]),
        ),
        ctx.pick(["Yours sincerely,", "Kind regards,", "Regards,"])
        + f"\n{ctx.pick(['Admissions Office', 'Pre-Assessment Team', 'Waiting List Coordinator'])}\n{hosp}",
        greet_p=0.75,
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("n2_exchange_host_family", "not_job", n=NN_N)
def exchange_host_family(ctx: Ctx) -> Draft:
    org = ctx.pick(
        [
            "AFS Intercultural Programs",
            "Rotary Youth Exchange",
            "EF High School Exchange Year",
            "YFU",
        ]
    )
    student = ctx.pick(
        [
            "Luca from Italy",
            "Mei from Taiwan",
            "Jonas from Germany",
            "Camila from Brazil",
            "Yuki from Japan",
        ]
    )
    _stage, subjects, para = staged(
        ctx,
        {
            "interview": (
                ["Host family home interview", "Next step: your home visit"],
                "Thanks so much for completing your host family application! The next step is a home interview: one of our volunteers will visit on {day} to meet everyone in the household and see the student's room. It takes about an hour and everyone who lives in the home should be there.",
            ),
            "approved": (
                ["Your host family application is approved", "You're approved to host!"],
                "Great news - your host family application has been approved, including the background checks for all adults in the home. We'll start sharing student profiles with you next week.",
            ),
            "match": (
                ["We have a match!", "Meet your exchange student"],
                f"We'd love you to meet {student}! Their profile and letter to their future host family are attached. Have a read and let us know by {{day}} if you'd like to accept the placement. Arrival is planned for [mid-August|late January].",
            ),
            "orientation": (
                ["Host family orientation", "Pre-arrival orientation - please RSVP"],
                f"All new host families are invited to an online orientation on {{day}} at {local_time(ctx)}. We'll cover school enrolment, house rules and what to expect in the first weeks with {student}.",
            ),
        },
    )
    personal = ctx.chance(0.5)
    return neg2(
        ctx,
        subjects,
        [para, ctx.pick(["", "Thank you for opening your home!", "Questions? Just hit reply."])],
        private(ctx)
        if personal
        else (org, ctx.pick(["hosting@exchange.example.org", "noreply@exchange.example.org"])),
        ctx.pick(["Warmly,", "Best,", "Thanks so much,"])
        + f"\n{ctx.person_first if personal else ctx.person}\n{ctx.pick(['Volunteer Liaison', 'Hosting Coordinator', 'Placement Team'])}, {org}",
        form=ctx.pick(["plain", "alt"]),
        footer=ctx.pick(list(MOBILE)) if personal else "",
    )


@family("n2_college_recruiting_parent", "not_job", n=NN_N)
def college_recruiting_parent(ctx: Ctx) -> Draft:
    kid = ctx.pick(["Jake", "Emma", "Tyler", "Olivia", "Marcus", "Sophia"])
    sport = ctx.pick(["soccer", "swimming", "volleyball", "baseball", "track & field", "lacrosse"])
    uni = ctx.pick(["Wake Forest", "Bucknell", "UC Davis", "Creighton", "Furman", "Colgate"])
    _stage, subjects, para = staged(
        ctx,
        {
            "interest": (
                [f"{uni} {sport} - {kid}", f"Re: {kid}'s recruiting video"],
                f"Thanks for sending {kid}'s highlight video and schedule. Our staff watched {kid} at the [showcase|regional championships|ID camp] and we're very interested. Could we set up a call with you and {kid} on {{day}}? NCAA rules allow us to talk from June 15 after sophomore year.",
            ),
            "visit": (
                ["Official visit", f"Official visit to {uni}"],
                f"We'd like to invite {kid} on an official visit on {{day}}. We'll cover travel, lodging and meals for {kid} and one parent. {kid} will meet the team, attend a class and sit down with our academic advisor.",
            ),
            "offer": (
                ["Scholarship offer", f"{kid} - athletic scholarship"],
                f"I'm thrilled to let you know we're extending {kid} an offer of a [50%|75%|full] athletic scholarship for the fall. This offer is contingent on admission and academic eligibility. We'd need a verbal commitment by {{day}} as we have other athletes at the position.",
            ),
            "decline": (
                [f"Update from {uni} {sport}", "Thank you"],
                f"I wanted to let you know personally that we've filled our roster for {kid}'s class. Unfortunately we won't be able to offer a spot, but {kid} is a talented athlete and I'm sure will find a great fit. Best of luck!",
            ),
        },
    )
    coach = ctx.person
    return neg2(
        ctx,
        subjects,
        [para],
        (f"Coach {ctx.person_last}", at(ctx, f"{uni.lower().replace(' ', '')}.example.edu")),
        f"{ctx.pick(['Best,', 'Thanks,', 'Talk soon,'])}\n{coach}\n{ctx.pick(['Head Coach', 'Assistant Coach / Recruiting Coordinator'])}, {uni} {sport.title()}",
        greet_p=0.9,
        form=ctx.pick(["plain", "alt"]),
        quote=ctx.fill(
            f"Hi Coach, [here is|attached is] {kid}'s updated schedule for the [fall|spring] season. [Let us know if you'll be at the tournament.|{kid} is very interested in your program.]"
        )
        if ctx.chance(0.35)
        else "",
    )
