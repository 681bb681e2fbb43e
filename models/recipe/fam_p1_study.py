"""Template families (session P1): education mail that reads like hiring. A PhD programme
invites an applicant to an admissions "interview"; an Italian university publishes the
scholarship "graduatoria" of shortlisted students; a Polish university's admission results; a
UK course's "technical assessment" (an exam); the Swedish admissions service; an Indian school's
"interaction" for a child's place; a Portuguese Erasmus "candidatura". Applications, interviews
and shortlists for study, never for a job.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft
from p1_kit import amount, at, bye, day, draft, hi, join, mailbox, p1, ref, who
from zf_kit import weekday_future

_PHD = (
    ("Department of Earth Sciences", "Thornbury University", "thornbury.ac.uk"),
    ("Graduate School of Life Sciences", "University of Kestwick", "kestwick.edu"),
    ("School of Computing", "Halberd University", "halberd.ac.uk"),
    ("Doctoral Programme in Neuroscience", "Aldermoor Institute", "aldermoor.edu"),
)
_TOPICS = (
    "glacier dynamics",
    "protein folding",
    "distributed systems",
    "synaptic plasticity",
    "computational linguistics",
    "soil microbiology",
)


@p1("p1_phd_admission_interview")
def phd_interview(ctx: Ctx) -> Draft:
    """A doctoral programme invites an applicant to an admissions interview or sends its decision."""
    dept, uni, host = ctx.pick(_PHD)
    first, last = who(ctx, ctx.pick(["en", "en_gb"]))
    prof = ctx.pick(
        ["Prof. Helen Marsh", "Dr. Samuel Okafor", "Prof. Ingrid Solberg", "Dr. Rafael Mendes"]
    )
    topic = ctx.pick(_TOPICS)
    when = weekday_future(ctx, 5, 15)
    kind = ctx.pick(["invite", "invite", "offer", "waitlist"])
    if kind == "invite":
        subject = ctx.pick(
            [
                "PhD admissions: interview invitation",
                f"Interview for the {dept} PhD programme",
                f"Your application to {uni} - interview",
            ]
        )
        core = [
            f"Thank you for applying to the {dept} doctoral programme at {uni}. The admissions committee has reviewed your application and would like to invite you to an interview.",
            f"The interview will take place on Zoom on {at(ctx, when, 'en')} and will last about 30 minutes. The panel will include {prof}, your proposed supervisor, and two members of the committee.",
            ctx.pick(
                [
                    f"Please prepare a 10-minute presentation on your master's research and how it connects to the proposed project on {topic}.",
                    "You do not need to prepare a presentation; we will ask about your research interests, your previous projects and your motivation for doctoral study.",
                ]
            ),
            "Please confirm your attendance by replying to this email.",
        ]
    elif kind == "offer":
        subject = ctx.pick(
            ["Offer of admission - PhD programme", f"{uni}: decision on your PhD application"]
        )
        core = [
            f"I am delighted to inform you that the committee has recommended you for admission to the {dept} PhD programme, starting in October, with a fully funded studentship (stipend of {amount(ctx, 19000, 23000, '£', 100)} per year and tuition fees).",
            "Your formal offer letter will be issued through the applicant portal within the next two weeks. Please accept or decline it there by the deadline shown.",
        ]
    else:
        subject = "Your PhD application - update"
        core = [
            "Thank you for interviewing with us. The committee was impressed by your application; however, the number of funded places this year is limited and you have been placed on our reserve list.",
            f"We expect to know by {day(ctx, when, 'en')} whether further studentships become available and will contact you then.",
        ]
    sign = bye(
        ctx, "en", f"{first} {last}", "Postgraduate Research Administrator", f"{dept}, {uni}"
    )
    return draft(
        ctx,
        "en",
        subject,
        join(hi(ctx, "en"), *core, sign),
        (f"{dept} PGR Admissions", ctx.pick(["pgr-admissions@", "phd@", "gradschool@"]) + host),
        form=ctx.pick(["plain", "alt"]),
    )


_IT_BODIES = (
    ("Ente Regionale per il Diritto allo Studio", "ersu-veneto.it.example"),
    ("Fondazione Bracci per la Ricerca", "fondazionebracci.it"),
    ("Ufficio Borse di Studio – Università di Ferrara", "unife-borse.it.example"),
)


@p1("p1_it_borsa_di_studio_graduatoria", lang="it")
def it_scholarship(ctx: Ctx) -> Draft:
    """An Italian scholarship body publishes the ranking: shortlisted, interview (colloquio), award."""
    body, host = ctx.pick(_IT_BODIES)
    first, last = who(ctx, "it")
    when = weekday_future(ctx, 3, 12)
    year = f"{ctx.date.year}/{ctx.date.year + 1 - 2000}"
    kind = ctx.pick(["graduatoria", "colloquio", "esito"])
    if kind == "graduatoria":
        subject = ctx.pick(
            [
                f"Pubblicazione graduatoria provvisoria borse di studio a.a. {year}",
                "Borsa di studio: esito della domanda",
            ]
        )
        core = [
            f"ti informiamo che è stata pubblicata la graduatoria provvisoria delle borse di studio per l'a.a. {year}. La tua domanda risulta idonea e sei in posizione n. {ctx.num(12, 860)}.",
            f"Eventuali istanze di revisione vanno presentate entro il {day(ctx, when, 'it')} tramite lo sportello online.",
        ]
    elif kind == "colloquio":
        subject = ctx.pick(
            [
                "Convocazione al colloquio – Borsa di studio",
                "Sei tra i candidati selezionati per il colloquio",
            ]
        )
        core = [
            f"la commissione ha esaminato le domande per le borse di studio della {body} e sei stato/a inserito/a nella rosa dei candidati ammessi al colloquio.",
            f"Il colloquio si terrà il {at(ctx, when, 'it')} presso la sede di {ctx.pick(['Padova', 'Bologna', 'Ferrara'])} (o su Teams per chi è all'estero). Porta un documento d'identità e il libretto universitario.",
        ]
    else:
        subject = "Assegnazione borsa di studio"
        core = [
            f"siamo lieti di comunicarti che ti è stata assegnata una borsa di studio di {amount(ctx, 1500, 7000, '€', 50)} per l'a.a. {year}.",
            "La prima rata sarà accreditata sull'IBAN indicato nella domanda. Ricorda di mantenere i requisiti di merito per la conferma.",
        ]
    sign = bye(ctx, "it", ctx.pick([f"{first} {last}", "L'Ufficio Borse di Studio"]), body)
    return draft(
        ctx,
        "it",
        subject,
        join(hi(ctx, "it"), *core, sign),
        (body, ctx.pick(["borse@", "noreply@", "dirittoallostudio@"]) + host),
        form=ctx.pick(["html", "alt", "plain"]),
    )


_PL_UNIS = (
    ("Uniwersytet Nadwiślański", "un.edu.pl.example"),
    ("Politechnika Bałtycka", "pbalt.edu.pl.example"),
    ("Akademia Śląska", "aslaska.edu.pl.example"),
)
_PL_FIELDS = ("Informatyka", "Psychologia", "Prawo", "Biotechnologia", "Architektura", "Ekonomia")


@p1("p1_pl_rekrutacja_na_studia_wyniki", lang="pl")
def pl_uni(ctx: Ctx) -> Draft:
    """A Polish university's admission system (IRK): results, qualified, documents to bring."""
    uni, host = ctx.pick(_PL_UNIS)
    field = ctx.pick(_PL_FIELDS)
    when = weekday_future(ctx, 2, 8)
    kind = ctx.pick(["wyniki", "zakwalifikowany", "lista_rezerwowa", "rozmowa"])
    if kind == "wyniki":
        subject = "Rekrutacja – nowy komunikat w systemie IRK"
        core = [
            f"w Twoim koncie w systemie Internetowej Rejestracji Kandydatów pojawił się nowy komunikat dotyczący kierunku {field}.",
            "Zaloguj się, aby sprawdzić status swojego zgłoszenia.",
        ]
    elif kind == "zakwalifikowany":
        subject = ctx.pick(
            [f"Zakwalifikowano do przyjęcia – {field}", "Wyniki rekrutacji na studia"]
        )
        core = [
            f"z przyjemnością informujemy, że zostałeś/aś zakwalifikowany/a do przyjęcia na studia stacjonarne I stopnia na kierunku {field}.",
            f"Aby zostać wpisanym/ą na listę studentów, dostarcz komplet dokumentów do dziekanatu do {day(ctx, when, 'pl')}: świadectwo dojrzałości, zdjęcie do legitymacji i podpisane ślubowanie.",
        ]
    elif kind == "lista_rezerwowa":
        subject = f"Status kandydata: lista rezerwowa ({field})"
        core = [
            f"uzyskałeś/aś {ctx.num(180, 420)} punktów, co obecnie nie wystarcza do zakwalifikowania na kierunek {field}. Znajdujesz się na liście rezerwowej.",
            f"Kolejne listy zostaną opublikowane {day(ctx, when, 'pl')}.",
        ]
    else:
        subject = f"Rozmowa kwalifikacyjna – {field} (studia II stopnia)"
        core = [
            f"zapraszamy na rozmowę kwalifikacyjną w ramach rekrutacji na studia II stopnia, kierunek {field}. Odbędzie się ona {at(ctx, when, 'pl')} w sali {ctx.num(100, 350)}.",
            "Rozmowa dotyczy zagadnień z zakresu studiów I stopnia i trwa ok. 15 minut. Prosimy zabrać dowód osobisty.",
        ]
    sign = bye(ctx, "pl", "Uczelniana Komisja Rekrutacyjna", uni)
    return draft(
        ctx,
        "pl",
        subject,
        join(hi(ctx, "pl", 0.8), *core, sign),
        (f"IRK – {uni}", ctx.pick(["irk@", "rekrutacja@", "noreply-irk@"]) + host),
        footer="Wiadomość wygenerowana automatycznie, prosimy na nią nie odpowiadać.",
        form=ctx.pick(["plain", "html"]),
    )


_UK_COURSES = (
    ("Certificate in Network Engineering", "Brackenfield College", "brackenfield.ac.uk"),
    ("Level 3 Diploma in Electrical Installation", "Severnside College", "severnside.ac.uk"),
    ("Data Analytics Bootcamp (part-time)", "CodeYard Academy", "codeyard.academy"),
)


@p1("p1_uk_course_technical_assessment_exam", lang="en_gb")
def uk_exam(ctx: Ctx) -> Draft:
    """A college or bootcamp the reader is enrolled on schedules a course's 'technical assessment'."""
    course, school, host = ctx.pick(_UK_COURSES)
    first, last = who(ctx, "en_gb")
    when = weekday_future(ctx, 5, 21)
    unit = ctx.pick(["Unit 4", "Module 3", "Unit 7", "Module 2"])
    kind = ctx.pick(["schedule", "reminder", "result"])
    if kind == "schedule":
        subject = ctx.pick(
            [
                f"{unit} technical assessment - date confirmed",
                "Your upcoming technical assessment",
                f"{course}: assessment timetable",
            ]
        )
        core = [
            f"Your {unit} technical assessment for the {course} has been scheduled for {at(ctx, when, 'en_gb')} in {ctx.pick(['Room B12', 'the Workshop', 'Lab 3', 'the exam hall'])}.",
            ctx.pick(
                [
                    "The assessment is practical and lasts three hours. You may bring a calculator but no notes.",
                    "It is an online, timed assessment (90 minutes) taken under exam conditions on college PCs.",
                    "Please arrive 15 minutes early with your student ID card.",
                ]
            ),
            "If you have access arrangements, please make sure Student Services have them on file.",
        ]
    elif kind == "reminder":
        subject = "Reminder: submission window for your assessment"
        core = [
            f"A reminder that the submission window for the {unit} assessment closes on {day(ctx, when, 'en_gb')} at 5pm.",
            "Late submissions without an approved extension will be capped at a pass.",
        ]
    else:
        subject = ctx.pick([f"{unit} assessment results", "Your assessment result is available"])
        core = [
            f"Your result for the {unit} technical assessment is now on the learner portal: {ctx.pick(['Pass', 'Merit', 'Distinction', 'Referral'])}.",
            "Written feedback from your assessor is attached to the submission. If you'd like to discuss it, book a tutorial with your course tutor.",
        ]
    sign = bye(
        ctx,
        "en_gb",
        f"{first} {last}",
        ctx.pick(["Course Tutor", "Exams Officer", "Programme Coordinator"]),
        school,
    )
    return draft(
        ctx,
        "en_gb",
        subject,
        join(hi(ctx, "en_gb"), *core, sign),
        (f"{first} {last}", mailbox(ctx, first, last, host)),
        form=ctx.pick(["plain", "alt"]),
    )


@p1("p1_sv_antagning_besked", lang="sv")
def sv_admission(ctx: Ctx) -> Draft:
    """The Swedish admissions service: results, reserve place, reply by a date to keep a place."""
    prog = ctx.pick(
        [
            "Sjuksköterskeprogrammet",
            "Civilingenjör i datateknik",
            "Juristprogrammet",
            "Grundlärarprogrammet F-3",
            "Kandidatprogram i ekonomi",
        ]
    )
    uni = ctx.pick(["Norrlands universitet", "Högskolan i Vättern", "Kustuniversitetet"])
    when = weekday_future(ctx, 4, 12)
    kind = ctx.pick(["besked", "reserv", "svara"])
    if kind == "besked":
        subject = ctx.pick(["Ditt antagningsbesked finns nu", "Antagningsbesked – höstterminen"])
        core = [
            f"Nu finns ditt antagningsbesked på Mina sidor. Du är antagen till {prog} vid {uni}.",
            "Läs beskedet noga – där står hur du registrerar dig och när upprop är.",
        ]
    elif kind == "reserv":
        subject = "Du är reserv – så fungerar det"
        core = [
            f"Du är reserv nummer {ctx.num(3, 140)} till {prog} vid {uni}.",
            f"Om du får en plats efter andra urvalet meddelas du på Mina sidor senast {day(ctx, when, 'sv')}. Du måste själv bevaka det.",
        ]
    else:
        subject = "Glöm inte att svara på ditt besked"
        core = [
            f"Du behöver svara senast {day(ctx, when, 'sv')} om du vill behålla din plats eller reservplats till {prog}.",
            "Om du inte svarar i tid stryks du från utbildningen.",
        ]
    return draft(
        ctx,
        "sv",
        subject,
        join(hi(ctx, "sv", 0.7), *core, bye(ctx, "sv", "Antagningen")),
        (
            "Antagningen",
            ctx.pick(["noreply@antagningen.se.example", "info@antagningen.se.example"]),
        ),
        footer="Det här meddelandet går inte att svara på.",
        form=ctx.pick(["html", "plain"]),
    )


_IN_SCHOOLS = (
    ("Greenwood International School", "greenwoodschool.edu.in"),
    ("St. Anselm's Convent School", "stanselms.edu.in"),
    ("Vidya Niketan Public School", "vidyaniketan.ac.in"),
)


@p1("p1_in_school_admission_interaction", lang="en_in")
def in_school(ctx: Ctx) -> Draft:
    """An Indian school on a child's admission: interaction (interview) slot, shortlist, fee payment."""
    school, host = ctx.pick(_IN_SCHOOLS)
    child = ctx.pick(["Aarav", "Diya", "Vihaan", "Anaya", "Ishaan", "Saanvi", "Kabir", "Myra"])
    grade = ctx.pick(["Nursery", "KG-I", "Grade 1", "Grade 6"])
    when = weekday_future(ctx, 3, 10)
    kind = ctx.pick(["interaction", "shortlist", "fee"])
    if kind == "interaction":
        subject = ctx.pick(
            [
                f"Admission {ctx.date.year + 1}-{ctx.date.year - 1999}: Interaction schedule",
                f"Parent-child interaction for {grade} admission",
            ]
        )
        core = [
            f"Thank you for registering {child} for admission to {grade}. We are pleased to invite the child and both parents for an informal interaction on {at(ctx, when, 'en_in')}.",
            "Please bring the original birth certificate, two passport-size photographs of the child and Aadhaar copies of the parents. The interaction takes about 20 minutes; parents will also meet the Principal.",
        ]
    elif kind == "shortlist":
        subject = f"{grade} Admission - Shortlisted candidates"
        core = [
            f"We are happy to inform you that {child} has been shortlisted for admission to {grade}. Registration No. {ref(ctx, 'ADM/', 5)}.",
            f"Kindly complete the admission formalities by {day(ctx, when, 'en_in')}, failing which the seat will be offered to the next child on the waiting list.",
        ]
    else:
        subject = "Admission confirmed - fee payment"
        core = [
            f"Admission of {child} to {grade} is confirmed on receipt of the first-quarter fee of {amount(ctx, 25000, 120000, '₹', 500)} (including admission fee).",
            "Payment can be made online through the parent portal or by DD in favour of the school.",
        ]
    sign = bye(ctx, "en_in", "Admissions Office", school)
    return draft(
        ctx,
        "en_in",
        subject,
        join(
            ctx.pick(
                [
                    "Dear Parent,",
                    "Dear Parents,",
                    "Dear Mr./Ms. " + ctx.cand_last + ",",
                    "Dear Parent/Guardian,",
                ]
            ),
            *core,
            sign,
        ),
        (f"{school} Admissions", ctx.pick(["admissions@", "office@"]) + host),
        form=ctx.pick(["plain", "html", "alt"]),
    )


@p1("p1_pt_candidatura_erasmus", lang="pt")
def pt_erasmus(ctx: Ctx) -> Draft:
    """A Portuguese university's mobility office on an Erasmus+ application: ranking, placement, documents."""
    uni, host = ctx.pick(
        [
            ("Universidade do Minho", "relinternacionais.uminho.pt.example"),
            ("Universidade de Aveiro", "ua-mobilidade.pt.example"),
            ("Instituto Politécnico de Leiria", "gri.ipleiria.pt.example"),
        ]
    )
    dest = ctx.pick(
        [
            "Universidad de Salamanca",
            "Université de Lille",
            "Uniwersytet Jagielloński",
            "Universität Leipzig",
            "Università di Bologna",
        ]
    )
    first, last = who(ctx, "pt")
    when = weekday_future(ctx, 5, 20)
    kind = ctx.pick(["seriacao", "colocado", "documentos"])
    if kind == "seriacao":
        subject = ctx.pick(
            ["Erasmus+: resultados da seriação", "Candidatura Erasmus+ – lista provisória"]
        )
        core = [
            f"Informamos que foi publicada a lista provisória de seriação das candidaturas Erasmus+ para o próximo ano letivo. A sua candidatura ficou em {ctx.num(2, 45)}.º lugar.",
            f"O período de audiência prévia decorre até {day(ctx, when, 'pt')}.",
        ]
    elif kind == "colocado":
        subject = "Colocação Erasmus+ – confirmação"
        core = [
            f"Temos o prazer de informar que ficou colocado(a) na {dest} para o 1.º semestre, com uma bolsa mensal de {amount(ctx, 350, 700, '€', 10)}.",
            "Deverá aceitar a vaga na plataforma de mobilidade e preparar o Learning Agreement com o seu coordenador.",
        ]
    else:
        subject = "Documentos em falta – mobilidade Erasmus+"
        core = [
            f"Para concluir o processo de mobilidade para a {dest}, falta-nos o Learning Agreement assinado e o comprovativo do seguro.",
            f"Por favor envie os documentos até {day(ctx, when, 'pt')}.",
        ]
    sign = bye(ctx, "pt", f"{first} {last}", "Gabinete de Relações Internacionais", uni)
    return draft(
        ctx,
        "pt",
        subject,
        join(hi(ctx, "pt"), *core, sign),
        ("Relações Internacionais", ctx.pick(["mobilidade@", "erasmus@"]) + host),
        form=ctx.pick(["plain", "alt", "html"]),
    )
