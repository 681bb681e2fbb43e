"""Hard negatives, session 10: screening visits, donations, auditions and placements.

A clinical trial "screens" the reader and finds them "eligible" (in English and Italian); a
blood service books a donation "appointment"; a hospital sends a pre-operative "assessment"
and offers a surgery date; a student-exchange organisation "interviews" a host family; a
college coach recruits the reader's child with an "offer"; a choir, a Swedish municipal music
school and an Italian conservatory hold "auditions" and offer places; a German adult-education
centre sets a placement test; a Spanish care home "adjudicates" a place for a parent. Hiring
words, none of it the reader's job search.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Calendar, Ctx, Draft, family
from n2_kit import bye2, day2, local_time, neg2, staged, when2
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


@family("n2_amateur_choir_audition", "not_job", n=NN_N)
def amateur_choir_audition(ctx: Ctx) -> Draft:
    choir = ctx.pick(
        [
            "City Chamber Choir",
            "Bach Choir",
            "Harbour Voices",
            "Philharmonic Chorus",
            "St Cecilia Singers",
            "Community Gospel Choir",
        ]
    )
    part = ctx.pick(["soprano", "alto", "tenor", "bass"])
    parts = "basses" if part == "bass" else part + "s"
    _stage, subjects, para = staged(
        ctx,
        {
            "invite": (
                ["Audition", f"{choir} - audition slot"],
                f"Thanks for your interest in joining {choir}. Auditions are informal: you'll sing a piece of your choice (or a hymn), some scales, and a short sight-reading exercise with our music director. Your slot is {{day}} at {local_time(ctx)}.",
            ),
            "offer": (
                ["Welcome to the choir!", "Audition result"],
                f"Thank you for auditioning on Tuesday. We're delighted to offer you a place in the {parts}! Rehearsals are Wednesdays 7:30-9:30pm; your start date can be the first rehearsal of term. Subs are £[60|90|120] a term.",
            ),
            "waitlist": (
                ["Audition result", "Thank you for auditioning"],
                f"Thank you for auditioning. We really enjoyed hearing you; unfortunately the {part} section is full at the moment, so we've put you on our waiting list and will be in touch when a place opens.",
            ),
            "reaudition": (
                ["Re-auditions this term", "Voice check reminder"],
                "A reminder that every member has a voice check every three years, and yours is due. It's a friendly 10 minutes with the MD - please book a slot using the sheet in the rehearsal room.",
            ),
        },
    )
    return neg2(
        ctx,
        subjects,
        [para, ctx.pick(["", "Music: bring a pencil!", "Any questions, just reply."])],
        ctx.pick([private(ctx), (f"{choir} Membership", at(ctx, "choir.example.org.uk"))]),
        ctx.pick(["Best wishes,", "All best,", "Cheers,"])
        + f"\n{ctx.person_first}\n{ctx.pick(['Membership Secretary', 'Choir Manager', 'Auditions'])}, {choir}",
        form=ctx.pick(["plain", "plain", "alt"]),
    )


@family("n2_sv_kulturskolan", "not_job", lang="sv", n=NN_N)
def sv_kulturskolan(ctx: Ctx) -> Draft:
    kid = ctx.pick(["Elsa", "Oscar", "Maja", "William", "Alice", "Hugo"])
    amne = ctx.pick(["fiol", "piano", "gitarr", "trummor", "sång", "cello", "teater"])
    _stage, subjects, para = staged(
        ctx,
        {
            "erbjudande": (
                ["Erbjudande om plats i Kulturskolan", f"Plats i {amne}"],
                f"{kid} erbjuds en plats i ämnet {amne} från och med vårterminen. Du måste tacka ja till platsen senast {day2(ctx, 'sv')} via e-tjänsten, annars går den till nästa barn i kön. Avgiften är [600|750|900] kr per termin.",
            ),
            "ko": (
                ["Din köplats", "Bekräftelse på köanmälan"],
                f"Tack för din anmälan! {kid} står nu i kö till {amne}. Kötiden är för närvarande [1-2 år|ca ett år|upp till 3 år] beroende på ämne.",
            ),
            "provspelning": (
                ["Inbjudan till provspelning", "Antagningsprov - fördjupningskurs"],
                f"{kid} är inbjuden till provspelning för fördjupningskursen i {amne} {when2(ctx, 'sv')}. Förbered två stycken av olika karaktär. Besked om antagning skickas ut inom två veckor.",
            ),
            "besked": (
                ["Besked efter provspelning", "Antagningsbesked"],
                f"Tack för provspelningen! [Vi är glada att kunna meddela att {kid} är antagen till fördjupningskursen.|Tyvärr fick {kid} inte plats i fördjupningskursen den här gången, men är välkommen att söka igen nästa år.]",
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
                    "Detta är ett automatiskt utskick.",
                    "Frågor? Ring expeditionen vardagar 9-12.",
                ]
            ),
        ],
        (
            ctx.pick(["Kulturskolan", "Kulturskolan Malmö", "Kulturskolan Uppsala"]),
            ctx.pick(["kulturskolan@kommun.example.se", "noreply@e-tjanst.example.se"]),
        ),
        bye2(ctx, "sv", ctx.pick(["Kulturskolan", f"{ctx.person}\nexpeditionen"])),
        lang="sv",
        greet_p=0.85,
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("n2_it_conservatorio_ammissione", "not_job", lang="it", n=NN_N)
def it_conservatorio_ammissione(ctx: Ctx) -> Draft:
    cons = ctx.pick(
        [
            "Conservatorio G. Verdi",
            "Conservatorio di Musica A. Boito",
            "Conservatorio N. Paganini",
            "Conservatorio S. Cecilia",
        ]
    )
    strum = ctx.pick(["pianoforte", "violino", "flauto", "chitarra", "violoncello"])
    _stage, subjects, para = staged(
        ctx,
        {
            "calendario": (
                ["Calendario esami di ammissione", f"Esame di ammissione - {strum}"],
                f"si comunica che l'esame di ammissione ai corsi propedeutici di {strum} si terrà in data {when2(ctx, 'it')} presso l'Aula [3|12|Magna]. Il/la candidato/a dovrà presentarsi munito/a di documento di riconoscimento e del programma d'esame.",
            ),
            "graduatoria": (
                ["Pubblicazione graduatorie di ammissione", "Esito esame di ammissione"],
                "sono state pubblicate all'albo online le graduatorie degli esami di ammissione. [Il/la candidato/a risulta IDONEO/A e AMMESSO/A.|Il/la candidato/a risulta idoneo/a ma non ammesso/a per mancanza di posti; resterà in graduatoria per eventuali scorrimenti.|Il/la candidato/a non è risultato/a idoneo/a.]",
            ),
            "iscrizione": (
                ["Immatricolazione", "Termini per l'immatricolazione"],
                f"i candidati ammessi devono perfezionare l'immatricolazione entro il {day2(ctx, 'it')} tramite la piattaforma Isidata, allegando il versamento del contributo.",
            ),
            "docente": (
                ["Assegnazione docente", "Inizio lezioni"],
                f"le comunichiamo che è stato assegnato/a alla classe del M° {ctx.person_last}. Le lezioni inizieranno {when2(ctx, 'it')}.",
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
                    "La Segreteria Didattica riceve il pubblico martedì e giovedì 10-12.",
                    "Comunicazione inviata dalla Segreteria Didattica.",
                ]
            ),
        ],
        (
            f"Segreteria Didattica - {cons}",
            ctx.pick(["didattica@conservatorio.example.it", "segreteria@conservatorio.example.it"]),
        ),
        bye(ctx, "it", "La Segreteria Didattica"),
        lang="it",
        greet_p=0.85,
        form=ctx.pick(["plain", "alt"]),
    )


@family("n2_de_vhs_einstufungstest", "not_job", lang="de", n=NN_N)
def de_vhs_einstufungstest(ctx: Ctx) -> Draft:
    sprache = ctx.pick(
        ["Spanisch", "Italienisch", "Französisch", "Englisch", "Japanisch", "Niederländisch"]
    )
    vhs = ctx.pick(
        [
            "VHS Köln",
            "Münchner Volkshochschule",
            "VHS Hamburg",
            "VHS Stuttgart",
            "Volkshochschule Leipzig",
        ]
    )
    _stage, subjects, para = staged(
        ctx,
        {
            "test": (
                ["Einstufungstest", f"Einladung zum Einstufungstest {sprache}"],
                f"vielen Dank für Ihre Anfrage. Um den passenden Kurs für Sie zu finden, laden wir Sie zu einem Einstufungstest {sprache} ein: {when2(ctx, 'de')}, Raum [2.04|115|E 12]. Der Test besteht aus einem schriftlichen Teil und einem kurzen Gespräch und dauert ca. 45 Minuten.",
            ),
            "ergebnis": (
                ["Ergebnis Ihrer Einstufung", "Ihre Kursempfehlung"],
                f"aufgrund Ihres Einstufungstests empfehlen wir Ihnen den Kurs {sprache} [A2.2|B1.1|B2.1] (Kursnummer {ctx.num(1000, 9999)}). Bitte melden Sie sich bis zum {day2(ctx, 'de')} online an; die Plätze werden in der Reihenfolge der Anmeldung vergeben.",
            ),
            "warteliste": (
                ["Warteliste", f"Kurs {sprache}: Warteliste"],
                f"der Kurs {sprache} ist leider ausgebucht. Sie stehen auf Platz [2|5|8] der Warteliste. Wir informieren Sie, sobald ein Platz frei wird.",
            ),
            "bestaetigung": (
                ["Anmeldebestätigung", "Bestätigung Ihrer Kursanmeldung"],
                f"hiermit bestätigen wir Ihre Anmeldung zum Kurs {sprache} (12 Termine, mittwochs 18:00-19:30 Uhr). Das Entgelt wird per Lastschrift eingezogen.",
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
                    "Bitte beachten Sie unsere Rücktrittsbedingungen.",
                    "Dies ist eine automatisch erzeugte E-Mail.",
                ]
            ),
        ],
        (
            vhs,
            ctx.pick(
                ["anmeldung@vhs.example.de", "sprachen@vhs.example.de", at(ctx, "vhs.example.de")]
            ),
        ),
        bye(ctx, "de", f"Ihr Fachbereich Sprachen\n{vhs}"),
        lang="de",
        greet_p=0.9,
        form=ctx.pick(["plain", "alt", "html"]),
    )


@family("n2_es_plaza_residencia", "not_job", lang="es", n=NN_N)
def es_plaza_residencia(ctx: Ctx) -> Draft:
    res = ctx.pick(
        [
            "Residencia de Mayores Los Olivos",
            "Centro Sociosanitario Santa Clara",
            "Residencia Municipal San José",
            "Centro de Día El Pinar",
        ]
    )
    fam_member = ctx.pick(["su madre", "su padre", "su familiar"])
    _stage, subjects, para = staged(
        ctx,
        {
            "solicitud": (
                ["Solicitud de plaza residencial", "Registro de su solicitud"],
                f"le confirmamos que hemos registrado la solicitud de plaza pública residencial para {fam_member}. El expediente pasa ahora a valoración del grado de dependencia.",
            ),
            "valoracion": (
                ["Cita para valoración de dependencia", "Visita de valoración"],
                f"un/a trabajador/a social visitará el domicilio de {fam_member} el {when2(ctx, 'es')} para realizar la entrevista de valoración. Tenga preparados los informes médicos más recientes.",
            ),
            "adjudicacion": (
                ["Adjudicación de plaza", f"Plaza en {res}"],
                f"nos complace comunicarle que se ha adjudicado a {fam_member} una plaza en {res}. Dispone de diez días para aceptar la plaza; la fecha de ingreso prevista es el {day2(ctx, 'es')}.",
            ),
            "lista": (
                ["Lista de espera", "Situación de su solicitud"],
                f"la solicitud de {fam_member} se encuentra en lista de espera con el número [37|81|154]. Le informaremos en cuanto haya una plaza disponible en alguno de los centros seleccionados.",
            ),
        },
    )
    return neg2(
        ctx,
        subjects,
        [
            para,
            ctx.pick(
                ["", "Para cualquier consulta puede llamar al 012.", "Este mensaje es automático."]
            ),
        ],
        (
            ctx.pick(["Servicios Sociales - Dependencia", res]),
            ctx.pick(
                ["dependencia@servicios-sociales.example.es", at(ctx, "residencia.example.es")]
            ),
        ),
        bye(ctx, "es", ctx.pick(["Trabajo Social", f"{ctx.person}\nDirección del centro"])),
        lang="es",
        greet_p=0.9,
        form=ctx.pick(["plain", "alt"]),
    )
