"""Hard negatives, part 1: mail that says "interview" or books a meeting but has nothing to do
with the user's own job applications.

A journalist or podcast host wants to interview the user, a product team recruits them for a paid
user-research session, a university asks them to join a study, a student wants to interview them
for a class project, a consulate or a bank books an "interview appointment", and friends ask to meet
up. The held-out evaluation shows not-job mail like this taken for interviews, so each family is one
real-world style written from scratch.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

import re
from collections.abc import Callable

import vocab
from kit import Calendar, Ctx, Draft, ascii_word, family

# Messages per wn_ family. Many small families generalise better than a few big ones, and
# the committed corpus has a size budget (tests/models/test_corpus.py), so 20 rather than 30.
WN_N = 20


def _me(ctx: Ctx, domain: str, style: int = 0) -> str:
    first, last = ascii_word(ctx.person_first), ascii_word(ctx.person_last)
    return [f"{first}.{last}", f"{first}", f"{first[:1]}{last}", f"{first}{last[:1]}"][
        style % 4
    ] + f"@{domain}"


# What people and services outside hiring open with: render's own table also has "Dear
# Candidate" / "Dear Applicant", which no journalist, clinic or estate agent writes.
_HELLO = (
    "Hi {first},",
    "Hello {first},",
    "Dear {first},",
    "Hey {first},",
    "{first},",
    "Hi there,",
    "Hello,",
    "Good morning {first},",
    "Dear {first} {last},",
    "Hi {first}!",
)


# ``{link}`` in kit draws from interview-scheduling hosts; outside hiring, links go to the
# sender's own site (Calendly and cal.com stay: everyone books meetings with them).
_ATS_LINK = re.compile(r"https://(?:jobs\.ashbyhq\.com|app\.goodtime\.io)/schedule/")


def not_hiring(make: Callable[[Ctx], Draft]) -> Callable[[Ctx], Draft]:
    """Wrap a family so its mail reads as from outside hiring (shared by the wn_ modules): a
    greeted draft opens with a non-hiring greeting and links point at the sender's host."""

    def wrapped(ctx: Ctx) -> Draft:
        draft = make(ctx)
        if draft.greet:
            draft.greet = False
            if ctx.chance(0.85):
                draft.body = ctx.fill(ctx.pick(_HELLO)) + "\n\n" + draft.body
        host = draft.from_addr.split("@")[1]
        if host in ("gmail.com", "outlook.com", "icloud.com", "hotmail.com", "yahoo.com"):
            host = "forms.gle"
        draft.body = _ATS_LINK.sub(f"https://{host}/l/", draft.body)
        return draft

    return wrapped


@family("wn_press_interview", "not_job", n=WN_N)
@not_hiring
def press_interview(ctx: Ctx) -> Draft:
    outlet = ctx.pick(
        [
            ("The Ledger Weekly", "ledgerweekly.example"),
            ("Signal & Noise podcast", "signalnoise.fm"),
            ("Tech Local Radio", "techlocal.example"),
            ("The Build Log", "buildlog.example"),
            ("Metro Business Journal", "metrobiz.example"),
            ("Deploy Friday (podcast)", "deployfriday.example"),
        ]
    )
    topic = ctx.pick(
        [
            "the open-source library you maintain",
            "your talk at the regional developer meetup",
            "your blog post on burnout in small teams",
            "how people in your field are using AI tools day to day",
            "the community garden project you started",
            "remote work and four-day weeks",
            "your thread about switching careers into tech",
        ]
    )
    body = [
        ctx.para(
            f"I'm {{person}}, a [reporter|producer|staff writer|host] at {outlet[0]}. I'm working on a [piece|story|feature|segment] about {topic} and I'd love to interview you for it.",
            f"[Hope this isn't out of the blue!|Apologies for the cold email.] I host {outlet[0]} and we're putting together an episode on {topic}. Would you be up for an interview?",
            f"{outlet[0]} here. Your name came up [twice|a few times|more than once] when I asked around about {topic}, and I wondered if you'd be open to a short interview.",
        ),
        ctx.para(
            "It would be [a 20-minute call|about 30 minutes over Zoom|a 45-minute recorded conversation|a quick phone chat], [whenever suits you this week|at a time that works for you|ideally before {day}].",
            "[We record remotely|Recording is remote], takes about [40|45|60] minutes, and you'd get to review [your quotes|the edit] before [publication|it airs].",
            "No prep needed - I'll send a few questions ahead of time. [Deadline for the piece is {day}.|We go to print on {day}.|]",
        ),
    ]
    if ctx.chance(0.5):
        body.append(
            ctx.para(
                "[To be clear, this is editorial, not sponsored.|We don't pay guests, but we link to whatever you'd like to promote.|Happy to keep your employer's name out of it if you prefer.|If you'd rather answer by email, that works too.]",
                "[Previous guests include engineers, founders and a few hiring managers - it's a relaxed format.|You can listen to past episodes on our site.]",
            )
        )
    if ctx.chance(0.4):
        body.append(ctx.fill("[Grab a slot here: {link}|My calendar: {link}]"))
    subject = ctx.pick(
        [
            "Interview request",
            "Interview request - " + outlet[0],
            "Podcast interview?",
            ctx.pick(
                ["Quick interview for a story", "Story I'm working on", "Guest spot on the show?"]
            ),
            "Would you be open to an interview?",
            "Media request",
            "Re: interview",
        ]
    )
    role = ctx.pick(["Reporter", "Producer", "Host", "Senior Writer", "Editor"])
    return Draft(
        subject,
        "\n\n".join(body),
        ctx.person,
        _me(ctx, outlet[1], ctx.num(0, 3)),
        sign=ctx.fill(f"[Thanks|Best|Cheers|Many thanks],\n{{person}}\n{role}, {outlet[0]}"),
        form=ctx.pick(["plain", "alt", "plain"]),
    )


@family("wn_user_research", "not_job", n=WN_N)
@not_hiring
def user_research(ctx: Ctx) -> Draft:
    product = ctx.pick((*vocab.SAAS, "Duolingo", "a budgeting app", "our banking app"))
    gift = ctx.pick(["$50", "$75", "$100", "£40", "€60", "a $60 Amazon gift card"])
    mins = ctx.pick(["30", "45", "60"])
    stage = ctx.pick(["invite", "confirm", "remind", "thanks"])
    if stage == "invite":
        body = ctx.para(
            f"We're [talking to|interviewing] people who use {product} [at work|every week|to plan projects] and we'd love {mins} minutes of your time. As a thank-you, you'll receive {gift} after the session.\n\n[It's a relaxed video call with someone from our design team - no right or wrong answers.|You'll chat with one of our researchers about how you use the product and try out a prototype.]\n\n[Pick a time: {{link}}|Book your session here: {{link}}|Answer 3 screener questions to see if you qualify: {{link}}]",
            f"Thanks for being a {product} customer! Our research team is running user interviews [this month|over the next two weeks] and you've been selected to take part.\n\nSessions last {mins} minutes on Zoom and participants get {gift}. Spots are limited.\n\n{{link}}",
        )
        subject = ctx.pick(
            [
                f"Share your feedback, get {gift}",
                f"{mins} minutes of your time? ({gift} thank-you)",
                f"Invitation: {product} user interview",
                "We'd love to hear from you",
                "Help shape the future of " + product,
                "Research study invitation",
            ]
        )
    elif stage == "confirm":
        body = ctx.para(
            f"Your [interview|session|research call] is confirmed for {{day}} at {{time}}.\n\nYou'll be speaking with {{person}} from the {product} [research|UX|design] team. [Please join from a laptop with a webcam.|You may be asked to share your screen.|The session will be recorded for internal use only.]\n\n[Join link: {{link}}|Reschedule or cancel: {{link}}]",
            f"You're booked! {{day}}, {{time}}, {mins} min. [We'll send the Zoom link an hour before.|Link: {{link}}] Incentive ({gift}) is sent by email within 5 business days.",
        )
        subject = ctx.pick(
            [
                "Interview confirmed",
                "Your session is confirmed",
                "Confirmed: user interview on {day}",
                "You're scheduled",
                "Research session booked",
            ]
        )
        subject = ctx.fill(subject)
    elif stage == "remind":
        body = ctx.para(
            f"Just a reminder that your {product} user interview starts [tomorrow|in 1 hour|today] at {{time}}. [If you can't make it, please reschedule so we can offer the slot to someone else.|Can't wait to chat!]",
            f"Reminder: research call [tomorrow|today] {{time}}. Bring your questions and opinions about {product}!",
        )
        subject = ctx.pick(["Reminder: your interview is tomorrow", "Starting soon", "Reminder"])
    else:
        body = ctx.para(
            f"Thank you for joining our research interview! Your feedback on {product} [was incredibly helpful|gave the team a lot to think about]. Your {gift} reward [is on its way|has been sent to this address via Tremendous|will arrive within 3-5 business days].",
            "Thanks again for your time today. [Here is your reward code|Claim your thank-you gift]: {link}",
        )
        subject = ctx.pick(["Thank you for participating", "Your reward is here", "Thanks!"])
    sender = ctx.pick(
        [
            (f"{product} Research", "research@userinterviews.example"),
            (f"{ctx.person_first} from {product}", "research@respondent.example"),
            ("User Interviews", "noreply@userinterviews.example"),
            (f"{product} UX Team", "ux-research@product.example"),
        ]
    )
    return Draft(
        subject,
        body,
        sender[0],
        sender[1],
        sign=ctx.fill(
            "[Thanks,|Cheers,|Best,]\n[{pfirst}|{person}, UX Researcher|The research team]"
        ),
        footer=ctx.maybe(
            "You received this because you opted in to research invitations. Unsubscribe from research emails.",
            0.6,
        ),
        bulk=stage == "invite",
    )


@family("wn_academic_study", "not_job", n=WN_N)
@not_hiring
def academic_study(ctx: Ctx) -> Draft:
    uni = ctx.pick(
        [
            "Northfield University",
            "University of Westbrook",
            "Lakeside Institute of Technology",
            "Universidad de Valdemar",
            "Technische Hochschule Rheinfeld",
        ]
    )
    dept = ctx.pick(
        [
            "Department of Psychology",
            "School of Management",
            "Human-Computer Interaction Lab",
            "Centre for Work and Society",
            "Department of Sociology",
        ]
    )
    topic = ctx.pick(
        [
            "how professionals experience job changes",
            "sleep and screen use",
            "how software developers collaborate remotely",
            "career decisions of early-career workers",
            "commuting and wellbeing",
            "how people manage personal finances",
        ]
    )
    body = [
        ctx.para(
            f"You are invited to take part in a research study on {topic}, conducted by the {dept} at {uni}.",
            f"My name is {{person}} and I'm a [PhD candidate|postdoctoral researcher|master's student] in the {dept} at {uni}. I'm recruiting participants for an interview study on {topic}.",
            f"[We are|The {dept} is] looking for adults aged 18+ to take part in a [60-minute|45-minute|one-hour] semi-structured interview about {topic}.",
        ),
        ctx.para(
            "Participation is voluntary and you may withdraw at any time without giving a reason. Interviews are audio-recorded, transcribed and anonymised; no identifying information will appear in any publication.",
            "The interview takes place online and participants receive [a £20 voucher|$25|a €30 voucher|course credit] as compensation for their time.",
            f"This study has been approved by the [Research Ethics Committee|Institutional Review Board (IRB) #{{num}}|Ethics Board] of {uni}.",
        ),
    ]
    if ctx.chance(0.6):
        body.append(
            ctx.para(
                "If you are interested, please [complete the short eligibility survey|read the participant information sheet and sign the consent form] here: {link}",
                "Please reply to this email with a few times that suit you and I will send a consent form before the interview.",
                "[Eligible participants will be contacted to schedule an interview.|We will email you to arrange a time.]",
            )
        )
    if ctx.chance(0.3):
        body.append(
            "Please feel free to forward this invitation to anyone who might be interested."
        )
    subject = ctx.pick(
        [
            "Invitation to participate in a research study",
            "Research participants wanted: " + topic,
            "Study invitation - " + uni,
            "Interview participants needed",
            "Would you take part in a short interview study?",
            "[Research] Participant recruitment",
        ]
    )
    return Draft(
        subject,
        "\n\n".join(body),
        ctx.person,
        _me(ctx, ctx.pick(["northfield.example.edu", "westbrook.ac.example", "lit.example.edu"])),
        sign=ctx.fill("[Kind regards,|Best wishes,|Sincerely,]\n{person}\n") + dept + "\n" + uni,
        footer=ctx.maybe("Principal investigator: Prof. " + ctx.pick(vocab.LAST_NAMES), 0.4),
    )


@family("wn_student_project", "not_job", n=WN_N)
@not_hiring
def student_project(ctx: Ctx) -> Draft:
    course = ctx.pick(
        [
            "my Intro to Business class",
            "a journalism assignment",
            "our capstone project",
            "my career exploration class",
            "a school project on local industries",
            "my Professional Practice module",
        ]
    )
    body = ctx.para(
        f"My name is {{pfirst}} and I'm a [sophomore|junior|second-year student|high school senior] at [Riverside Community College|Westbrook High|the University of Lakeside]. For {course} I have to interview someone who works as a {{title}}, and [my professor|a friend of yours|your cousin|my uncle] suggested you. Would you have 20 minutes [sometime next week|this month|before {{day}}] for a few questions? It can be by phone or email, whatever is easier.\n\n[The questions are about what a typical day looks like and how you got started.|I've attached my questions in case you want to look first.|] Thank you so much for considering it!",
        f"hi! sorry to bother you. I'm doing an assignment for {course} where we interview a professional about their career. [would you be willing?|could I interview you?] it'd only take 15 min and i can work around your schedule. thanks!!",
        f"Hello, I am a student and for {course} I need to conduct an informational interview with someone in your field ({{title}}). [I found you on LinkedIn|You spoke at our career fair last year] and I would really appreciate it if you could spare a little time. [I am free most afternoons after 3.|Would {{day}} work?]",
    )
    return Draft(
        ctx.pick(
            [
                "Interview for a school project?",
                "Quick favor - class assignment",
                "Informational interview request",
                "Student project interview",
                "Hi from a student",
                "Question about your job (school project)",
            ]
        ),
        body,
        ctx.person,
        _me(
            ctx,
            ctx.pick(["gmail.com", "student.riverside.example.edu", "outlook.com"]),
            ctx.num(0, 3),
        ),
        greet=ctx.chance(0.7),
        sign=ctx.fill("[Thank you,|Best,|Thanks!|Sincerely,]\n[{person}|{pfirst}]"),
        form=ctx.pick(["plain", "plain", "alt"]),
    )


@family("wn_official_appointment", "not_job", n=WN_N)
@not_hiring
def official_appointment(ctx: Ctx) -> Draft:
    kind = ctx.pick(["visa", "naturalization", "mortgage", "passport", "residence", "loan"])
    when = ctx.future(5, 40)
    ref = f"{ctx.pick(['APT', 'NAT', 'MTG', 'REF', 'A'])}-{ctx.num(100000, 999999)}"
    if kind == "visa":
        body = ctx.fill(
            f"Your visa interview appointment has been scheduled.\n\nApplicant: {{first}} {{last}}\nConfirmation number: {ref}\nDate: {when:%d %B %Y}\nTime: {when:%H:%M}\nLocation: [Consular Section, Embassy|Visa Application Centre|Consulate General], [{{city}}|Building B, 2nd floor]\n\n[Please arrive 15 minutes early and bring your passport, the DS-160 confirmation page and this appointment letter.|Applicants must bring the appointment confirmation, passport and supporting documents. Electronic devices are not permitted in the building.|Failure to attend will require a new application fee.]"
        )
        sender = ("Visa Appointment Service", "no-reply@visa-appointments.example.gov")
        subject = ctx.pick(
            ["Appointment Confirmation", "Your visa interview appointment", "Interview scheduled"]
        )
    elif kind == "naturalization":
        body = ctx.fill(
            f"[NOTICE OF INTERVIEW|Interview Notice]\n\nYou are requested to appear for an interview on your application for naturalization (receipt number {ref}).\n\nDate: {when:%A, %B %d, %Y}\nTime: {when:%I:%M %p}\nOffice: Field Office, [{{city}}|Suite 300]\n\n[You must bring this notice, your permanent resident card, passport and any travel documents.|If you need to reschedule, write to the office immediately. Rescheduling may delay your case.]"
        )
        sender = (
            "Immigration Services Online Account",
            "donotreply@immigration-services.example.gov",
        )
        subject = ctx.pick(["Case update: interview scheduled", "New notice in your account"])
    elif kind in ("mortgage", "loan"):
        body = ctx.para(
            f"Thanks for starting your {kind} application with us. Your [appointment|application interview|consultation] with {{person}}, [Mortgage Adviser|Lending Specialist|Home Loan Officer], is booked for {when:%A %d %B} at {when:%H:%M}.\n\n[Please have ready: last 3 months' payslips, photo ID and bank statements.|We'll go through your income, outgoings and the property details.] [The meeting lasts about an hour.|It'll be by phone.]",
            f"Reminder: your {kind} application interview is [tomorrow|on {when:%d/%m}] at {when:%H:%M}. Your adviser will call you on the number we have on file. Reference: {ref}.",
        )
        bank = ctx.pick(vocab.BANKS)
        sender = (
            bank + ctx.pick([" Home Loans", " Mortgages", "", " Lending"]),
            ctx.pick(["appointments", "mortgages", "noreply"]) + f"@{ascii_word(bank)}.example",
        )
        subject = ctx.pick(
            [
                "Your mortgage appointment",
                "Appointment confirmed",
                "Reminder: application interview",
                "Your upcoming appointment",
            ]
        )
    else:
        body = ctx.fill(
            f"[Booking confirmation|Appointment booked]\n\nService: [{kind.title()} application - in-person interview|Biometrics and identity interview|{kind.title()} renewal appointment]\nReference: {ref}\nWhen: {when:%d %b %Y, %H:%M}\nWhere: [Civic Centre, {{city}}|Passport Office, Counter 4]\n\n[To cancel or change, use the link in your account.|Bring the original documents listed on the checklist.]"
        )
        sender = ("Appointments", "noreply@appointments.example.gov")
        subject = ctx.pick(
            ["Booking confirmation " + ref, "Your appointment", "Appointment " + ref]
        )
    cal = None
    if ctx.chance(0.3):
        cal = Calendar(subject, when, 60, location=ctx.pick(vocab.CITIES))
    return Draft(
        subject,
        body,
        sender[0],
        sender[1],
        greet=ctx.chance(0.5),
        sign=ctx.pick(["", "Do not reply to this message.", "Appointment Service"]),
        calendar=cal,
    )


@family("wn_friend_invites", "not_job", n=WN_N)
@not_hiring
def friend_invites(ctx: Ctx) -> Draft:
    body = ctx.para(
        "board games on saturday? [we're doing Catan|Wingspan night|I got Ticket to Ride] at ours from 7. bring snacks if you want",
        "Coffee next week? [It's been ages!|I'm back in town until the 14th.|I want to hear about the new place.] [Tue or Thu morning work?|I'm free {day}.]",
        "can you call me tomorrow? nothing bad, just want to pick your brain about [the wedding|mum's birthday|moving|my car]",
        "Hey! [A few of us|Ana and I] are going to [the climbing gym|trivia at the Crown|the farmers market] {day}. In?",
        "[so|ok so] [my manager|my boss] finally approved the week off so we can do the [camping trip|Lisbon trip]!! when are you free to plan? [call later?|dinner?]",
        "Are you around this weekend? [Need help moving a sofa|Want to try that ramen place|Kids want a playdate], [I'll buy lunch|no pressure].",
        "Lunch {day}? I'm near your office [around 12:30|after my interview at 11 - the dentist one lol|at noon]",
        "quick one - are we still on for {day}? [I can drive.|I'll book the table for 8.|Let me know if the time changed.]",
    )
    subject = ctx.pick(
        [
            "saturday?",
            "Coffee?",
            "call tomorrow?",
            "",
            "this weekend",
            "hey",
            "plans",
            "Re: catching up",
            "Lunch",
            "!!",
        ]
    )
    domain = ctx.pick((*vocab.CANDIDATE_DOMAINS, "icloud.com", "hotmail.com"))
    return Draft(
        subject,
        body,
        ctx.person_first if ctx.chance(0.4) else ctx.person,
        _me(ctx, domain, ctx.num(0, 3)),
        greet=False,
        sign=ctx.fill(
            ctx.pick(["", "{pfirst}", "x", "- {pfirst}", "{pfirst}\nSent from my iPhone", "xx"])
        ),
        form="plain",
        quote=ctx.maybe("sounds good, let me check my calendar", 0.15),
    )


@family("wn_es_citas", "not_job", lang="es", n=WN_N)
@not_hiring
def es_citas(ctx: Ctx) -> Draft:
    when = ctx.future(2, 30)
    kind = ctx.pick(["medico", "extranjeria", "banco", "colegio", "veterinario"])
    lines = {
        "medico": "Le recordamos su cita con [el Dr.|la Dra.] {plast} en el Centro de Salud [San Roque|La Alameda] el día {fecha} a las {hora}. [Si no puede acudir, por favor anule la cita.|Traiga su tarjeta sanitaria.]",
        "extranjeria": "Su cita previa para [TOMA DE HUELLAS (EXPEDICIÓN DE TARJETAS)|ENTREVISTA de nacionalidad|renovación de residencia] ha sido confirmada.\n\nLocalizador: {ref}\nFecha: {fecha}\nHora: {hora}\nOficina: [Comisaría de Policía|Oficina de Extranjería], {ciudad}\n\nDebe presentar el justificante de la cita y su pasaporte.",
        "banco": "Hola {first}, tu cita con tu gestor [para estudiar tu solicitud de hipoteca|para la entrevista de préstamo personal|para revisar la oferta de financiación] queda confirmada el {fecha} a las {hora} en la oficina de [Gran Vía|Calle Mayor]. [Recuerda traer tus tres últimas nóminas.|Puedes modificarla desde la app.]",
        "colegio": "Estimadas familias: les convocamos a la [entrevista|reunión] individual con [la tutora|el tutor] de [3º B|5º A|1º de ESO] el {fecha} a las {hora}. [Rogamos confirmen su asistencia.|Si el horario no les viene bien, contacten con secretaría.]",
        "veterinario": "¡Hola! Recordatorio: cita de [vacunación|revisión anual] para [Luna|Toby|Kira] el {fecha} a las {hora}. [Responde SI para confirmar.|Clínica Veterinaria Los Pinos.]",
    }
    text = (
        lines[kind]
        .replace("{plast}", ctx.person_last)
        .replace("{fecha}", f"{when:%d/%m/%Y}")
        .replace("{hora}", f"{when:%H:%M}")
        .replace("{ref}", str(ctx.num(100000, 999999)))
        .replace("{ciudad}", ctx.pick(["Madrid", "Valencia", "Sevilla", "Barcelona"]))
    )
    text = ctx.fill(text)
    subject = ctx.pick(
        {
            "medico": ["Recordatorio de cita", "Cita confirmada"],
            "extranjeria": ["Justificante de cita previa", "Confirmación de cita"],
            "banco": ["Tu cita está confirmada", "Cita con tu gestor"],
            "colegio": ["Entrevista con el tutor/a", "Convocatoria de entrevista"],
            "veterinario": ["Recordatorio de cita", "Tu cita en la clínica"],
        }[kind]
    )
    return Draft(
        subject,
        text,
        *{
            "medico": ("Centro de Salud", "citas@salud.example.es"),
            "extranjeria": ("Cita Previa", "noreply@citaprevia.example.es"),
            "banco": ("Tu banco", "avisos@banco.example.es"),
            "colegio": ("Secretaría del colegio", "secretaria@colegio.example.es"),
            "veterinario": ("Clínica Los Pinos", "citas@vetlospinos.example.es"),
        }[kind],
        greet=False,
        sign=ctx.pick(
            ["", "Un saludo.", "Atentamente,\nLa Dirección", "Gracias."]
            if kind == "colegio"
            else ["", "Un saludo.", "Gracias.", "Este es un mensaje automático, no responda."]
        ),
        lang="es",
        calendar=Calendar(subject, when, 30) if ctx.chance(0.2) else None,
    )
