"""Template families (session 10, helper J1), continued from fam_j1_tech_offer.py, which had
grown past the 600-line limit: offers from hiring worlds the corpus had little of: a shift-work
hiring platform, the Civil Service (provisional, subject to checks), a university department
chair, a German employer, a Spanish owner, a Japanese company (naitei), a temping agency's
booking and a Polish internship. Its name sorts right after fam_j1_tech_offer.py (corpus.py
imports fam_*.py in name order), so its families keep their place in the registry and the
corpus stays byte-identical.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from j1_kit import US_CITIES, bye, day, de_hi, hi, j1, join, move, staff
from kit import Ctx, Draft
from zf_kit import weekday_future


@j1("j1_of_hourly_platform_youre_hired", "offer")
def youre_hired(ctx: Ctx) -> Draft:
    """A shift-work hiring platform: you're hired, your pay rate, finish onboarding before shift one."""
    move(ctx, "us_hourly")
    start = weekday_future(ctx, 3, 10)
    rate = f"${ctx.num(15, 24)}.{ctx.pick(['00', '25', '50', '75'])}/hr"
    lines = [
        ctx.para(
            "Congratulations, you're hired! We're excited to offer you the {title} position at {co}.",
            "Great news - {co} has extended you an offer for {title}!",
            "Welcome to the team! You've been selected for {title}.",
        ),
        "Pay rate: " + rate + ctx.pick(["", " + $2.00 night differential", " (weekly pay)"]),
        "Shift: "
        + ctx.pick(
            [
                "Nights (6:00 PM - 4:30 AM), 4x10",
                "Days, Sun-Wed",
                "Weekend shift (Fri-Sun)",
                "Part-time, 20-25 hrs/week",
            ]
        ),
        "Start date: "
        + day(ctx, start, "en")
        + ctx.pick([" (orientation 8:00 AM)", "", " - orientation first"]),
        "Location: " + ctx.pick(US_CITIES),
        ctx.para(
            "To accept, tap Accept Offer in the app and complete your new-hire tasks: I-9, W-4, direct deposit and the safety video.",
            "Please accept your offer and finish onboarding at least 48 hours before your first shift, or your start date may move.",
            "Your offer is contingent on completing the background check and I-9 verification.",
        ),
    ]
    name, addr = ctx.pick(
        [
            (ctx.fill("{co} Hiring"), "no-reply@fountain.com"),
            (ctx.fill("{co}"), "noreply@paradox.ai"),
            (ctx.fill("{co} Talent"), ctx.fill("hiring@{domain}")),
        ]
    )
    subject = ctx.para(
        "You're hired! 🎉",
        "Your offer from {co}",
        "Offer: {title} - action needed",
        "Congratulations from {co}!",
    )
    return Draft(
        subject,
        lines[0] + "\n\n" + "\n".join(lines[1:5]) + "\n\n" + lines[5],
        name,
        addr,
        sign=ctx.fill("[See you soon,|Welcome aboard,]\n{co} Hiring Team"),
        bulk=True,
    )


@j1("j1_of_civil_service_provisional", "offer")
def cs_provisional(ctx: Ctx) -> Draft:
    """UK Civil Service: a provisional offer subject to pre-employment checks."""
    move(ctx, "uk_civil")
    salary = f"£{ctx.num(24, 58)},{ctx.pick(['000', '350', '610', '120'])}"
    text = join(
        ctx.para(
            "Congratulations! Following your recent interview, I am pleased to make you a provisional offer of employment for the post of {title} (vacancy {req}) at {co}.",
            "I'm pleased to tell you that you have been successful at interview for {title} and we would like to offer you the role, subject to pre-employment checks.",
            "Provisional offer of appointment: {title}, {co}.",
        ),
        "Salary: "
        + salary
        + ctx.pick([" per annum (national)", " per annum (London)", " pro rata"])
        + "\nLocation: "
        + ctx.pick(["Leeds", "Newcastle", "Glasgow", "Cardiff", "Birmingham", "Croydon"])
        + "\nGrade: "
        + ctx.pick(["AO", "EO", "HEO", "SEO"]),
        ctx.para(
            "This offer is provisional and subject to satisfactory pre-employment checks, including identity, right to work, references and Baseline Personnel Security Standard (BPSS) clearance.",
            "Please accept or decline this provisional offer through your Civil Service Jobs account within 5 working days. Once you accept, the Shared Services team will begin your pre-employment checks.",
            "Your merit list position was 4; if you decline, the post will be offered to the next candidate.",
        ),
        ctx.para(
            "Please do not resign from your current employment until you have received a formal (unconditional) offer.",
            "We will contact you to agree a start date once all checks are complete.",
            "",
        ),
    )
    name, addr = ctx.pick(
        [
            ("Civil Service Jobs", "noreply@csjobs.cabinetoffice.gov.example"),
            (ctx.fill("{co} Recruitment"), ctx.fill("recruitment@{domain}")),
            (ctx.person, staff(ctx)),
        ]
    )
    subject = ctx.para(
        "Provisional offer - {req}",
        "Provisional job offer: {title}",
        "Your application {req}: provisional offer",
        "Outcome of interview - {title}",
    )
    return Draft(
        subject,
        text,
        name,
        addr,
        sign=ctx.fill(
            "[Yours sincerely,|Kind regards,]\n[{person}|Vacancy Holder]\n[Resourcing Team|Recruitment Team], {co}"
        ),
    )


@j1("j1_of_academic_chair_offer", "offer")
def academic_offer(ctx: Ctx) -> Draft:
    """A department chair makes a faculty offer by email, the formal letter to follow."""
    move(ctx, "academic")
    text = join(
        ctx.para(
            "On behalf of the Department and the search committee, I am delighted to offer you the position of {title} at {co}, beginning [August 16|September 1|January 1].",
            "It is my great pleasure to write with an offer: the faculty voted unanimously to recommend your appointment as {title}, and the Dean has approved it.",
            "Following your campus visit and job talk, I'm very happy to extend you an offer for the {title} position.",
        ),
        ctx.para(
            f"The offer includes a nine-month salary of ${ctx.num(78, 140)},000 plus summer support for two years, a start-up package of ${ctx.num(1, 6)}50,000, and a reduced teaching load (one course) in your first year.",
            "The formal offer letter from the Dean's office will follow; it sets out salary, start-up funds, moving allowance and the tenure timeline.",
            "Terms: nine-month base salary as discussed, start-up funds, relocation reimbursement up to $5,000, and a teaching release in year one.",
        ),
        ctx.para(
            "We'd like to hear your decision by [March 15|April 1|the end of the month]. I'm glad to set up calls with colleagues, or arrange a second visit.",
            "Please let me know if you'd like to discuss any part of the package.",
            "",
        ),
    )
    subject = ctx.para(
        "Offer: {title}",
        "Faculty position offer - {co}",
        "Good news from {co}",
        "Offer of appointment",
    )
    return Draft(
        subject,
        text,
        ctx.person,
        staff(ctx),
        sign=ctx.fill(
            "[Warmly,|Best wishes,|With best regards,]\n{person}\n[Chair|Professor and Chair|Department Head][, Search Committee|]\n{co}"
        ),
        form=ctx.pick(["plain", "alt"]),
    )


@j1("j1_of_de_vertragsangebot", "offer", lang="de")
def de_angebot(ctx: Ctx) -> Draft:
    """A German employer's written offer (Zusage / Vertragsangebot) with salary and start date."""
    move(ctx, "de")
    du = ctx.chance(0.4)
    start = weekday_future(ctx, 20, 60)
    salary = f"{ctx.num(38, 82)}.{ctx.pick(['000', '500'])} € brutto/Jahr"
    text = join(
        de_hi(ctx, du),
        ctx.fill(
            ctx.pick(
                [
                    "wir freuen uns sehr, dir nach den tollen Gesprächen mitteilen zu können, dass wir dich gerne als {title} in unserem Team begrüßen möchten!",
                    "wie eben telefonisch besprochen, hier unser Angebot für die Position {title}.",
                ]
                if du
                else [
                    "wir freuen uns, Ihnen mitteilen zu können, dass wir Ihnen die Position {title} bei {co} anbieten möchten.",
                    "im Anschluss an unsere Gespräche unterbreiten wir Ihnen hiermit gerne ein Vertragsangebot als {title}.",
                ]
            )
        ),
        "Eckdaten:\n- Gehalt: "
        + salary
        + "\n- Eintritt: "
        + day(ctx, start, "de")
        + "\n- "
        + ctx.pick(
            [
                "30 Tage Urlaub",
                "Vollzeit, 40 Std./Woche",
                "unbefristet, Probezeit 6 Monate",
                "Hybrid, 2 Tage Homeoffice",
            ]
        ),
        ctx.fill(
            ctx.pick(
                [
                    "Den Arbeitsvertrag schicken wir dir per DocuSign. Gib uns bitte bis [Freitag|Ende nächster Woche] Bescheid.",
                    "Melde dich gern bei Fragen - wir freuen uns auf dich!",
                ]
                if du
                else [
                    "Den Arbeitsvertrag erhalten Sie in den nächsten Tagen zur Unterschrift. Wir bitten um Ihre Rückmeldung bis zum [Freitag|Monatsende].",
                    "Für Rückfragen stehe ich Ihnen gerne zur Verfügung.",
                ]
            )
        ),
        bye(
            ctx,
            "de",
            ctx.pick(
                ["{person}\nHR Business Partner | {co}", "{person}\nGeschäftsführung", "{person}"]
            ),
        ),
    )
    subject = ctx.para(
        "Ihr Vertragsangebot - {title}", "Zusage: {title}", "Unser Angebot für dich", "Angebot {co}"
    )
    return Draft(
        subject,
        text,
        ctx.person,
        staff(ctx),
        greet=False,
        sign="",
        lang="de",
        form=ctx.pick(["plain", "alt"]),
    )


@j1("j1_of_es_owner_casual_offer", "offer", lang="es")
def es_casual(ctx: Ctx) -> Draft:
    """A Spanish owner or manager tells the candidate they want them, numbers in the message."""
    move(ctx, "es")
    text = join(
        ctx.para("Hola {first}!", "Buenas {first},", "{first}, ¿qué tal?"),
        ctx.para(
            "Te escribo para decirte que nos encantó la entrevista y queremos que te unas al equipo como {title}.",
            "Después de hablarlo con el equipo, lo tenemos claro: el puesto de {title} es tuyo si lo quieres.",
            "¡Buenas noticias! Queremos contar contigo para {title} en {co}.",
        ),
        ctx.para(
            f"Las condiciones serían: contrato indefinido, {ctx.num(22, 48)}.000 € brutos anuales, jornada completa. Empezarías el lunes [3|10|17] si te va bien.",
            "Te ofrecemos contrato de 6 meses con posibilidad de indefinido, 1.{n}00 € netos al mes y turnos de mañana.",
            "Mañana te mando la propuesta por escrito con el salario y el horario.",
        ),
        ctx.para("Dime algo cuando puedas.", "Cualquier duda me llamas.", "¿Cómo lo ves?"),
        ctx.fill("[Un abrazo,|Saludos,]\n{pfirst}") + ctx.pick(["", "\n" + ctx.fill("{co}")]),
    )
    subject = ctx.para(
        "¡Te queremos en el equipo!", "Oferta - {title}", "Buenas noticias", "Re: Entrevista"
    )
    return Draft(
        subject, text, ctx.person, staff(ctx), greet=False, sign="", lang="es", form="plain"
    )


@j1("j1_of_ja_naitei_tsuchi", "offer", lang="ja")
def ja_naitei(ctx: Ctx) -> Draft:
    """A Japanese employer's formal job offer notice (内定通知) with next steps."""
    move(ctx, "ja")
    text = join(
        ctx.fill("{last} {first} 様"),
        ctx.fill("お世話になっております。{co} 人事部です。"),
        ctx.para(
            "先日は最終面接にお越しいただき、誠にありがとうございました。厳正なる選考の結果、{last}様を{title}として採用させていただくことが内定いたしましたので、ご連絡いたします。",
            "このたびは{title}の選考にご参加いただき、ありがとうございました。慎重に検討いたしました結果、{last}様に内定をお出しすることとなりました。",
        ),
        ctx.pick(
            [
                "労働条件通知書（内定通知書）を添付いたしますので、ご確認ください。",
                "給与・勤務地などの条件は、添付の労働条件通知書をご確認ください。",
            ]
        ),
        ctx.pick(
            [
                "つきましては、内定承諾書にご署名のうえ、1週間以内にご返送くださいますようお願いいたします。",
                "ご入社いただけるかどうか、今月末までにご回答いただけますと幸いです。",
            ]
        ),
        ctx.fill("{co}\n人事部 採用担当"),
    )
    subject = ctx.para(
        "【{co}】内定のご連絡", "内定通知書の送付について", "選考結果のご連絡（内定）"
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co} 人事部"),
        ctx.fill("recruit@{domain}"),
        greet=False,
        sign="",
        lang="ja",
    )


@j1("j1_of_agency_temp_booking", "offer")
def temp_booking(ctx: Ctx) -> Draft:
    """A temping agency confirms the assignment the candidate applied for: site, rate, start."""
    agency, host = ctx.pick(
        [
            ("Harbour Staffing", "harbourstaffing.example"),
            ("Pertempo Recruitment", "pertempo.example"),
            ("Blue Arrow Temps", "bluearrowtemps.example"),
            ("Staffline Works", "stafflineworks.example"),
        ]
    )
    move(ctx, ctx.pick(["uk_hourly", "uk_trades"]))
    start = weekday_future(ctx, 1, 6)
    rate = f"£{ctx.num(11, 19)}.{ctx.pick(['00', '44', '50', '95'])}ph"
    text = join(
        ctx.para(
            "Good news - the client has accepted you for the {title} assignment you applied for. You're booked in!",
            "Confirming your booking: {title} at {co}.",
            "You've got the job! {co} want you to start on the {title} assignment.",
        ),
        "Start: "
        + day(ctx, start, "en")
        + ctx.pick([" 07:00", " 06:00 (report to security gate)", " 08:30", " 22:00 (nights)"])
        + "\nRate: "
        + rate
        + ctx.pick([" PAYE", " + holiday pay", " (umbrella)"])
        + "\nDuration: "
        + ctx.pick(
            [
                "4 weeks, possible extension",
                "ongoing temp-to-perm",
                "2 weeks cover",
                "until Christmas",
            ]
        ),
        ctx.para(
            "Bring hi-vis and safety boots. Timesheets are submitted through the app every Sunday.",
            "Please reply to confirm you accept the assignment and I'll send the assignment details form to sign.",
            "Make sure your right-to-work documents are uploaded before Monday or payroll can't set you up.",
        ),
    )
    sign = ctx.fill(
        f"[Cheers,|Thanks,]\n{{pfirst}}\n{agency}\n07{ctx.num(100, 999)} {ctx.num(100000, 999999)}"
    )
    subject = ctx.para(
        "Booking confirmed - {co}",
        "Assignment confirmation: {title}",
        "You start Monday!",
        "Your booking",
    )
    return Draft(
        subject,
        text,
        ctx.person,
        staff(ctx, host),
        sign=sign,
        form=ctx.pick(["plain", "plain", "alt"]),
    )


@j1("j1_of_pl_oferta_stazu", "offer", lang="pl")
def pl_oferta(ctx: Ctx) -> Draft:
    """A Polish employer offers an internship or a job after the recruitment process."""
    move(ctx, "pl")
    start = weekday_future(ctx, 10, 40)
    text = join(
        hi(ctx, "pl"),
        ctx.para(
            "z przyjemnością informujemy, że zakończyliśmy proces rekrutacji na stanowisko {title} i chcielibyśmy złożyć Pani/Panu ofertę zatrudnienia.",
            "mam dobre wiadomości - chcemy zaprosić Cię do naszego zespołu na stanowisko {title}!",
            "dziękujemy za udział w rekrutacji do programu stażowego. Z radością przedstawiamy ofertę stażu ({title}).",
        ),
        "Warunki:\n- wynagrodzenie: "
        + ctx.pick(
            [
                f"{ctx.num(6, 18)} {ctx.pick(['000', '500'])} zł brutto miesięcznie",
                f"{ctx.num(4, 7)} 000 zł brutto (staż)",
                f"B2B {ctx.num(90, 180)} zł/h netto",
            ]
        )
        + "\n- rozpoczęcie: "
        + day(ctx, start, "pl")
        + "\n- "
        + ctx.pick(
            [
                "umowa o pracę na okres próbny 3 miesiące",
                "umowa zlecenie, 3 miesiące",
                "praca hybrydowa (2 dni w biurze)",
            ]
        ),
        ctx.para(
            "Prosimy o odpowiedź do końca tygodnia.",
            "Jeśli akceptujesz ofertę, prześlę umowę do podpisu.",
            "Chętnie odpowiem na wszystkie pytania.",
        ),
        bye(
            ctx,
            "pl",
            ctx.pick(
                [
                    "{person}\nHR Business Partner | {co}",
                    "{person}\nKoordynator programu stażowego",
                    "Zespół HR {co}",
                ]
            ),
        ),
    )
    subject = ctx.para(
        "Oferta zatrudnienia - {title}",
        "Oferta stażu w {co}",
        "Dobre wieści!",
        "Propozycja współpracy - {title}",
    )
    return Draft(subject, text, ctx.person, staff(ctx), greet=False, sign="", lang="pl")
