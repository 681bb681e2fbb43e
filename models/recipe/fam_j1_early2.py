"""Template families (session 10, helper J1), continued from fam_j1_early.py, which had grown
past the 600-line limit: interviews in hiring worlds the corpus had little of: at a Polish
employer, a Japanese company, an Italian internship, a US warehouse hiring event, a police or
fire service and a travel-nurse facility. Its name sorts right after fam_j1_early.py (corpus.py
imports fam_*.py in name order), so its families keep their place in the registry and the
corpus stays byte-identical.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from j1_kit import US_CITIES, at, bye, hi, j1, join, move, staff
from kit import Ctx, Draft
from zf_kit import weekday_future


@j1("j1_iv_pl_rozmowa", "interview", lang="pl")
def pl_rozmowa(ctx: Ctx) -> Draft:
    """A Polish employer or agency invites an applicant to an interview (rozmowa kwalifikacyjna)."""
    move(ctx, "pl")
    when = weekday_future(ctx, 2, 10)
    text = join(
        hi(ctx, "pl"),
        ctx.fill(
            ctx.pick(
                [
                    "dziękujemy za przesłanie aplikacji na stanowisko {title}. Chcielibyśmy zaprosić Panią/Pana na rozmowę kwalifikacyjną.",
                    "w nawiązaniu do Twojej aplikacji na stanowisko {title} w {co} zapraszam Cię na rozmowę.",
                    "Pani/Pana kandydatura na stanowisko {title} zainteresowała nas. Zapraszamy na spotkanie rekrutacyjne.",
                ]
            )
        ),
        "Termin: "
        + at(ctx, when, "pl")
        + "\n"
        + ctx.para(
            *[
                "Forma: online (MS Teams) - link prześlę w osobnym zaproszeniu",
                "Miejsce: biuro przy ul. [Marszałkowskiej 10|Grunwaldzkiej 45|Piotrkowskiej 120], [piętro 3|recepcja na parterze]",
                "Forma: rozmowa telefoniczna, ok. 20-30 minut",
            ]
        ),
        ctx.pick(
            [
                "Prosimy o potwierdzenie obecności w odpowiedzi na tę wiadomość.",
                "Jeśli termin nie pasuje, proszę zaproponować inny dogodny termin.",
                "Proszę zabrać ze sobą dokument tożsamości.",
            ]
        ),
        bye(
            ctx,
            "pl",
            ctx.pick(
                [
                    "{person}\nSpecjalista ds. rekrutacji\n{co}",
                    "{person}\nHR Business Partner",
                    "Zespół Rekrutacji {co}",
                ]
            ),
        ),
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "Zaproszenie na rozmowę kwalifikacyjną",
                "Rekrutacja - {title}",
                "Zaproszenie na spotkanie - {co}",
                "Re: Aplikacja na stanowisko {title}",
            ]
        )
    )
    return Draft(
        subject,
        text,
        ctx.person,
        staff(ctx),
        greet=False,
        sign="",
        lang="pl",
        form=ctx.pick(["plain", "alt"]),
    )


@j1("j1_iv_ja_mensetsu_annai", "interview", lang="ja")
def ja_mensetsu(ctx: Ctx) -> Draft:
    """A Japanese employer announces passing the document screen and schedules an interview."""
    move(ctx, "ja")
    when = weekday_future(ctx, 3, 12)
    text = join(
        ctx.fill("{last} 様"),
        ctx.fill("お世話になっております。{co} 人事部の{pfirst}です。"),
        ctx.fill(
            ctx.pick(
                [
                    "先日は{title}の求人にご応募いただき、誠にありがとうございました。厳正なる書類選考の結果、ぜひ面接にお越しいただきたくご連絡いたしました。",
                    "{title}ポジションの一次面接のご案内をお送りいたします。",
                    "書類選考を通過されましたので、次の選考（一次面接）のご案内です。",
                ]
            )
        ),
        "■日時："
        + at(ctx, when, "ja")
        + "（約"
        + ctx.pick(["45", "60", "30"])
        + "分）\n■形式："
        + ctx.pick(["Web面接（Zoom）", "対面（本社 会議室）", "オンライン（Google Meet）"])
        + "\n■面接官："
        + ctx.pick(["人事部 課長", "配属予定部署 部長", "採用担当および現場責任者"]),
        ctx.pick(
            [
                "ご都合が悪い場合は、候補日を3つほどお知らせください。",
                "お手数ですが、上記日程でのご参加可否をご返信ください。",
                "当日は履歴書・職務経歴書をご用意ください。",
            ]
        ),
        ctx.fill("{co}\n人事部 採用担当 {pfirst}"),
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "【{co}】一次面接のご案内",
                "面接日程のご連絡（{title}）",
                "書類選考結果および面接のご案内",
            ]
        )
    )
    return Draft(
        subject, text, ctx.fill("{co} 採用担当"), staff(ctx), greet=False, sign="", lang="ja"
    )


@j1("j1_iv_it_stage_colloquio_video", "interview", lang="it")
def it_stage(ctx: Ctx) -> Draft:
    """An Italian company invites a student to a video interview for an internship (stage)."""
    move(ctx, "it")
    ctx._title = ctx.pick(
        [
            "Stage in Marketing",
            "Tirocinio curriculare - Ingegneria gestionale",
            "Stage Area Finance",
            "Tirocinio extracurriculare - HR",
            "Stage Sviluppo Software",
        ]
    )
    when = weekday_future(ctx, 2, 10)
    text = join(
        hi(ctx, "it"),
        ctx.fill(
            ctx.pick(
                [
                    "ti ringraziamo per la candidatura per lo {title} presso {co}. Ci piacerebbe conoscerti meglio con un breve colloquio conoscitivo in videochiamata.",
                    'a seguito della tua candidatura all\'annuncio "{title}", siamo lieti di invitarti a un colloquio.',
                    "abbiamo ricevuto il tuo CV tramite il portale dell'università per lo {title}: ti proponiamo un primo colloquio.",
                ]
            )
        ),
        "Quando: "
        + at(ctx, when, "it")
        + "\n"
        + ctx.para(
            *[
                "Dove: Google Meet (il link arriverà con l'invito)",
                "Dove: Microsoft Teams",
                "Dove: in sede, via [Roma 12|Garibaldi 8|Mazzini 33], [Milano|Bologna|Torino]",
            ]
        ),
        ctx.pick(
            [
                "Il colloquio durerà circa 30 minuti: parleremo del tuo percorso di studi e delle attività dello stage.",
                "Ti chiediamo di confermare la tua disponibilità rispondendo a questa email. Se l'orario non va bene, indicaci due alternative.",
                "Ricordati di tenere a portata di mano il tuo piano di studi: lo stage è curriculare e richiede la convenzione con l'ateneo.",
            ]
        ),
        bye(
            ctx,
            "it",
            ctx.pick(
                [
                    "{person}\nTalent Acquisition | {co}",
                    "Ufficio Risorse Umane\n{legal}",
                    "{person}",
                ]
            ),
        ),
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "Invito a colloquio - {title}",
                "Colloquio conoscitivo {co}",
                "La tua candidatura per lo stage",
                "Convocazione colloquio",
            ]
        )
    )
    return Draft(subject, text, ctx.person, staff(ctx), greet=False, sign="", lang="it")


@j1("j1_iv_hiring_event_hourly", "interview")
def hiring_event(ctx: Ctx) -> Draft:
    """A warehouse / store invites an applicant to an on-site hiring event interview."""
    move(ctx, "us_hourly")
    when = weekday_future(ctx, 1, 7)
    site = ctx.pick(
        [
            "DFW7",
            "Building 3",
            "Store #" + str(ctx.num(100, 3999)),
            "the North Dock entrance",
            "our Riverside location",
        ]
    )
    lines = [
        ctx.fill(
            ctx.pick(
                [
                    "Thanks for applying for {title} at {co}! You're invited to our in-person hiring event, where you'll interview with a manager on the spot.",
                    "Good news - based on your application for {title}, we'd like you to come in for an interview at our hiring event.",
                    "{co} is hiring! You applied for {title}, and we've saved you a spot at our on-site interview day.",
                ]
            )
        ),
        f"When: {when:%A, %B} {when.day}, "
        + ctx.pick(
            [
                "9am-1pm (arrive any time)",
                f"{(when.hour - 1) % 12 + 1}:00 {'AM' if when.hour < 12 else 'PM'}",
                "10:00 AM - 2:00 PM",
            ]
        ),
        f"Where: {site}, " + ctx.pick(US_CITIES),
        ctx.pick(
            [
                "Bring: two forms of ID (for your I-9), closed-toe shoes, and your phone.",
                "Please bring a photo ID and your Social Security card or other work authorization documents. Interviews take about 20 minutes; some candidates receive a conditional offer the same day.",
                "No resume needed. Dress comfortably - you may get a quick tour of the floor.",
            ]
        ),
        ctx.pick(
            [
                "Reply YES to confirm or RESCHEDULE to pick a new time.",
                "Can't make it? Use the link below to choose another session.",
                "",
            ]
        ),
    ]
    name, addr = ctx.pick(
        [
            (ctx.fill("{co} Hiring"), ctx.fill("hiring@{domain}")),
            (ctx.fill("{co} Careers"), "noreply@paradox.ai"),
            (ctx.fill("{co} Talent Team"), ctx.fill("{slug}@hirevue-mail.com")),
            (ctx.fill("{co} Recruiting"), "no-reply@fountain.com"),
        ]
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "You're invited: {co} hiring event",
                "Interview invitation - {title}",
                "Your interview at {co} on " + f"{when:%b} {when.day}",
                "Next step: in-person interview",
            ]
        )
    )
    return Draft(
        subject,
        lines[0] + "\n\n" + "\n".join(lines[1:4]) + "\n\n" + lines[4],
        name,
        addr,
        sign=ctx.fill("[See you there!|Thanks,]\n{co} Hiring Team"),
        bulk=True,
    )


@j1("j1_iv_uniform_services_interview", "interview")
def uniform_interview(ctx: Ctx) -> Draft:
    """A police, fire or ambulance service invites a recruit to the interview stage."""
    move(ctx, "uniform")
    service = (
        "police" if "Police" in ctx._co.name else "fire" if "Fire" in ctx._co.name else "ambulance"
    )
    venue = {
        "police": [
            "Venue: Force Headquarters, Training Wing (Room 2.14)",
            "Venue: Police Recruitment Centre, [Station Road|Bridge Street] - please arrive 20 minutes early",
        ],
        "fire": [
            "Venue: Service Training Centre, Main Reception",
            "Venue: [Central|North] Fire Station, [Station Road|Bridge Street]",
        ],
        "ambulance": [
            "Venue: Trust Headquarters, Education Centre",
            "Venue: Emergency Operations Centre, [Ground Floor|Meeting Room 3]",
        ],
    }[service] + ["Format: video interview via Microsoft Teams"]
    team = {
        "police": "Police Recruitment Team",
        "fire": "Firefighter Recruitment Team",
        "ambulance": "Resourcing Team",
    }[service]
    when = weekday_future(ctx, 5, 20)
    stage = ctx.pick(["Stage 3", "Stage 4", "the final stage", "the next stage"])
    text = join(
        hi(ctx, "en"),
        ctx.fill(
            ctx.pick(
                [
                    "Congratulations - you have been successful at the previous stage of the {title} recruitment process and are invited to "
                    + stage
                    + ": the competency-based interview.",
                    "Thank you for your continued interest in joining {co} in the role of {title}. We are pleased to invite you to attend an interview.",
                    "Following your application for {title}, you are invited to a structured interview with a panel from {co}.",
                ]
            )
        ),
        "Date: " + at(ctx, when, "en") + "\n" + ctx.para(*venue),
        ctx.pick(
            [
                "The interview will last approximately 45 minutes and will assess you against the Competency and Values Framework. You will be asked about times you have shown integrity, resilience and teamwork.",
                "The panel will ask questions about your motivation and values. Please bring your photo ID and the original of your driving licence.",
                "You will be asked to give examples from your own experience (STAR format is helpful). There is no presentation at this stage.",
            ]
        ),
        ctx.pick(
            [
                "Please confirm your attendance via the candidate portal within 3 working days.",
                "If you require reasonable adjustments, please contact the recruitment team as soon as possible.",
                "",
            ]
        ),
    )
    name, addr = ctx.pick(
        [
            (ctx.fill("{co} Recruitment"), ctx.fill("recruitment@{domain}")),
            (ctx.fill("{co} Careers"), ctx.fill("noreply@{slug}.tal.net")),
            (ctx.fill("{co}"), ctx.fill("careers@{domain}")),
        ]
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "Invitation to interview - {title}",
                "{title} recruitment: interview stage",
                "Your application - next stage",
                "Interview invitation ({req})",
            ]
        )
    )
    return Draft(
        subject,
        text,
        name,
        addr,
        greet=False,
        sign=ctx.fill("[Kind regards,|Regards,]\n[Recruitment Team|" + team + "]\n{co}"),
    )


@j1("j1_iv_travel_nurse_facility_interview", "interview")
def facility_interview(ctx: Ctx) -> Draft:
    """A healthcare staffing recruiter: the facility wants to interview the nurse for a contract."""
    move(ctx, "health_staff")
    agency = ctx.pick(
        [
            "Meridian Travel Nursing|meridiantravelnursing.example",
            "Cross Country Nurses|crosscountrynurses.example",
            "Vivid Travel Health|vividtravel.example",
            "TrueNorth Medical Staffing|truenorthmed.example",
        ]
    ).split("|")
    when = weekday_future(ctx, 1, 5)
    text = join(
        ctx.fill(
            ctx.pick(
                [
                    "Great news! {co} reviewed your profile for the {title} contract and the unit manager wants to interview you.",
                    "The manager at {co} wants to do a phone interview for the {title} job you applied to through us.",
                    "You've got an interview request from {co} ({title}, 13 weeks, nights).",
                ]
            )
        ),
        ctx.pick(
            [
                "They can call you "
                + at(ctx, when, "en")
                + ". Does that work? Interviews for these contracts are usually 10-15 minutes.",
                "Please send me 2-3 windows you're free in the next 48 hours - these go fast.",
                "She'll call from a blocked number "
                + at(ctx, when, "en")
                + ", so keep your phone on.",
            ]
        ),
        ctx.pick(
            [
                "Questions they usually ask: your charting system (Epic/Cerner), patient ratios you're used to, and float expectations.",
                "After the interview they typically decide within 24 hours.",
                "",
            ]
        ),
    )
    sign = ctx.fill(
        f"[Thanks!|Talk soon,]\n{{person}}\nTravel Nurse Recruiter | {agency[0]}\n[Text me anytime|Cell]: ({ctx.num(200, 989)}) {ctx.num(200, 989)}-{ctx.num(1000, 9999)}"
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "Interview request - {co}",
                "{co} wants to interview you!",
                "Interview for {title}",
                "Re: {title} submission",
            ]
        )
    )
    return Draft(
        subject, text, ctx.person, staff(ctx, agency[1]), sign=sign, form=ctx.pick(["plain", "alt"])
    )
