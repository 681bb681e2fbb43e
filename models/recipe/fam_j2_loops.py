"""Template families (session 10, helper J2): the recruiting loops of big tech, consulting,
investment banks and the Big Four: a coordinator's virtual-onsite schedule with its panel,
a team-matching call, case-interview final rounds (English and German), HireVue and
technical superday invitations, a Big-4 virtual assessment centre (English and Dutch; an
interview, as the corpus labels selection days), and a bank's offer with a sign-on bonus and an exploding deadline.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from datetime import timedelta

from j1_kit import de_hi
from j2_kit import at, bye, day, go, hi, j2, join, person_addr
from kit import Calendar, Ctx, Draft
from zf_kit import do_not_reply, weekday_future

_PANEL_FOCUS = (
    "Coding",
    "Coding (data structures)",
    "System Design",
    "Behavioral / Leadership",
    "Product Sense",
    "Architecture deep-dive",
    "Hiring Manager conversation",
    "Debugging",
    "Analytics / SQL",
)


@j2("j2_tr_bigtech_virtual_onsite_panel", "technical_round")
def onsite_panel(ctx: Ctx) -> Draft:
    """A big-tech recruiting coordinator sends the virtual-onsite loop: slots, interviewers, focus."""
    go(ctx, "bigtech")
    start = weekday_future(ctx, 6, 16).replace(hour=ctx.pick([15, 16, 17]), minute=0)
    n = ctx.num(3, 5)
    focus = list(_PANEL_FOCUS)
    ctx.rng.shuffle(focus)
    rows = []
    for i in range(n):
        t = start + timedelta(minutes=60 * i + (15 if i >= 2 else 0))
        who = ctx.pick(["Priya", "Tom", "Ana", "Wei", "Jonas", "Fatima", "Luca", "Grace", "Kenji"])
        rows.append(
            f"{t:%H:%M} - {(t + timedelta(minutes=45)):%H:%M} UTC | {focus[i]} | {who} {ctx.pick(['L.', 'M.', 'S.', 'K.', 'R.'])} ({ctx.pick(['Senior SWE', 'Staff Engineer', 'EM', 'SWE III', 'Principal Engineer', 'Product Manager'])})"
        )
    text = join(
        hi(ctx, "en"),
        ctx.para(
            "Great news - your virtual onsite for the {title} role is confirmed! Here's your schedule for "
            + day(ctx, start)
            + ":",
            "Thanks for sending your availability. Your interview loop for {title} is locked in for "
            + day(ctx, start)
            + ". Details below (all times UTC):",
            "Your {co} onsite interviews are scheduled. Please find the agenda below.",
        ),
        "\n".join(rows),
        ctx.para(
            "Each session has its own [Zoom|Google Meet|Chime] link in the calendar invites you'll receive separately. Coding rounds use [CoderPad|our shared editor|HackerRank CodePair] - no IDE needed.",
            "There is a [15|10]-minute break after the second interview. Please join each session from the individual invite; the interviewers may change before the day.",
            "The coding interviews use a shared document, so please have a stable connection and a quiet room. The system design round uses an online whiteboard.",
        ),
        ctx.para(
            "Our interview prep guide is here: https://careers.{domain}/interview-prep",
            "Let me know if you need any accommodations.",
            "If anything changes on your side, reply to this email as soon as you can so I can reshuffle the panel.",
            "",
        ),
        bye(
            ctx,
            "en",
            "[{person}|{pfirst}]\n[Recruiting Coordinator|Candidate Coordinator|Recruiting Coordinator, Engineering][, {co}|]",
        ),
    )
    subject = ctx.para(
        "Your {co} virtual onsite schedule",
        "Interview schedule - {title}",
        "Confirmed: onsite interviews on " + day(ctx, start),
        "{co} interview loop details",
        "Virtual onsite confirmation: {title}",
    )
    name, addr = ctx.pick(
        [
            (ctx.person, person_addr(ctx)),
            (ctx.fill("{person} via Greenhouse"), "no-reply@greenhouse.io"),
            (ctx.fill("{co} Recruiting"), ctx.fill("recruiting-coordination@{domain}")),
        ]
    )
    cal = (
        Calendar(ctx.fill("{co} virtual onsite"), start, 60 * n + 15, organizer=addr)
        if ctx.chance(0.4)
        else None
    )
    return Draft(subject, text, name, addr, greet=False, sign="", calendar=cal)


@j2("j2_iv_bigtech_team_matching_call", "interview")
def team_match(ctx: Ctx) -> Draft:
    """After a passed loop, a team-matching ('host matching') call with a hiring manager."""
    go(ctx, "bigtech")
    when = weekday_future(ctx, 2, 9)
    team = ctx.pick(
        ["Storage", "Ads Ranking", "Payments Platform", "Maps", "Developer Tools", "Trust & Safety"]
    )
    text = join(
        hi(ctx, "en", 0.8),
        ctx.para(
            "Congrats again on clearing the interviews! We're now in team matching. A hiring manager from the "
            + team
            + " team would like a 30-minute chat with you to see if it's a fit.",
            "Quick update: the "
            + team
            + " team read your packet and their manager wants to set up a team match call - informal, no coding, mostly about what they work on and what you're looking for.",
            "Next step for the {title} process: a host-matching conversation with the "
            + team
            + " team. These calls are two-way - come with questions!",
        ),
        ctx.para(
            "Would " + at(ctx, when) + " work? If not, grab any slot here: {link}",
            "Please pick a time that suits you: {link}",
            "They suggested "
            + at(ctx, when)
            + " - I've sent a placeholder, just accept or propose a new time.",
        ),
        ctx.para(
            "You may have 2-3 of these before we finalise a team, that's normal.",
            "Once you and a team agree, I'll start on the offer.",
            "",
        ),
        bye(
            ctx,
            "en",
            "[{pfirst}|{person}]\n[Technical Recruiter|University Recruiter|Recruiter][, {co}|]",
        ),
    )
    subject = ctx.para(
        "Team matching - next steps",
        "Team match call with the " + team + " team",
        "Re: {co} - team matching",
        "Host matching conversation",
    )
    addr = person_addr(ctx)
    cal = Calendar("Team match: " + team, when, 30, organizer=addr) if ctx.chance(0.35) else None
    return Draft(subject, text, ctx.person, addr, greet=False, sign="", calendar=cal)


@j2("j2_tr_consulting_case_final_round", "technical_round")
def consulting_final(ctx: Ctx) -> Draft:
    """A strategy firm invites a candidate to first/final-round case interviews."""
    go(ctx, "consulting")
    when = weekday_future(ctx, 5, 14)
    rnd = ctx.pick(["first round", "final round", "second round"])
    text = join(
        hi(ctx, "en"),
        ctx.fill(
            f"I'm pleased to let you know that you've been selected for {rnd} interviews for the {{title}} position with {{co}}."
        )
        if ctx.chance(0.5)
        else ctx.fill(f"Congratulations - we'd like to invite you to our {rnd} for {{title}}."),
        ctx.para(
            "The day consists of [two|three] back-to-back 45-minute interviews, each with a case and a personal experience (fit) component. Interviewers will be [Partners|a Partner and a Principal|Managers and Partners].",
            "You will have [two|three] case interviews. Each case is interviewer-led; you may be asked to work through charts and do some mental maths, so bring paper and a pen.",
            "Format: one written case (60 minutes to read a data pack and prepare three slides), followed by a presentation and two live case interviews.",
        ),
        "Date: "
        + day(ctx, when)
        + "\n"
        + ctx.pick(["Location: our ", "Venue: "])
        + ctx.pick(["London", "Chicago", "Munich", "Singapore", "Sydney", "Madrid"])
        + ctx.pick(
            [
                " office",
                " office (reception on the 5th floor)",
                " office - virtual option on request",
            ]
        ),
        ctx.para(
            "Please confirm your attendance through the candidate portal by {day}.",
            "Please reply to confirm and let us know of any dietary requirements for lunch.",
            "Travel will be booked by our travel team; expect a separate email.",
        ),
        bye(
            ctx,
            "en",
            "[{person}|The Recruiting Team]\n[Recruiting|Campus Recruiting|Experienced Hire Recruiting] | {co}",
        ),
    )
    subject = ctx.fill(
        ctx.pick(
            [
                f"{rnd.capitalize()} interview invitation - {{co}}",
                "Invitation: case interviews",
                f"{{co}} {{title}} - {rnd} interviews",
                "Next steps in your {co} application",
            ]
        )
    )
    name, addr = ctx.pick(
        [
            (ctx.fill("{co} Recruiting"), ctx.fill("recruiting@{domain}")),
            (ctx.person, person_addr(ctx)),
            (ctx.fill("{co} Careers"), ctx.fill("noreply@{slug}.avature.net")),
        ]
    )
    return Draft(
        subject, text, name, addr, greet=False, sign="", form=ctx.pick(["plain", "alt", "html"])
    )


@j2("j2_tr_de_beratung_fallstudie", "technical_round", lang="de")
def de_case(ctx: Ctx) -> Draft:
    """A German consultancy invites to case-study interviews (Fallstudien) in a final round."""
    go(ctx, "consulting")
    ctx._title = ctx.pick(
        [
            "Junior Consultant (m/w/d)",
            "Associate (m/w/d)",
            "Praktikant Strategieberatung (m/w/d)",
            "Consultant (w/m/d)",
        ]
    )
    when = weekday_future(ctx, 5, 14)
    text = join(
        de_hi(ctx, False),
        ctx.para(
            "vielen Dank für das angenehme Erstgespräch. Wir freuen uns, Sie zur finalen Runde für die Position {title} einzuladen.",
            "herzlichen Glückwunsch - Sie haben die erste Runde erfolgreich gemeistert! Gerne laden wir Sie zu unserem Recruiting-Tag ein.",
            "wir möchten Sie gerne näher kennenlernen und laden Sie zu den Fallstudien-Interviews für die Stelle als {title} ein.",
        ),
        "Termin: "
        + at(ctx, when, "de")
        + "\nOrt: "
        + ctx.pick(
            [
                "unser Büro in München, Maximilianstraße",
                "Frankfurt, Taunusanlage",
                "Düsseldorf, Königsallee",
                "virtuell über MS Teams",
            ]
        ),
        ctx.para(
            "Der Tag besteht aus zwei Case-Interviews (je ca. 45 Minuten) mit einem Partner und einem Principal sowie einem Gespräch zu Ihrer Motivation.",
            "Sie bearbeiten eine schriftliche Fallstudie (60 Minuten Vorbereitung) und präsentieren Ihre Empfehlung anschließend vor zwei Beratern. Ein Taschenrechner ist nicht erlaubt.",
            "Im Mittelpunkt stehen zwei interaktive Fallstudien; zusätzlich gibt es ein Fit-Interview.",
        ),
        ctx.para(
            "Bitte bestätigen Sie den Termin kurz per Antwort auf diese E-Mail. Reisekosten erstatten wir selbstverständlich.",
            "Bitte geben Sie uns bis "
            + day(ctx, when - timedelta(days=3), "de")
            + " Bescheid, ob der Termin passt.",
            "",
        ),
        bye(ctx, "de", "[{person}|Ihr Recruiting-Team]\n[Recruiting|HR Recruiting] | {co}"),
    )
    subject = ctx.para(
        "Einladung zur finalen Runde - {co}",
        "Ihre Bewerbung: Einladung zu den Case-Interviews",
        "Einladung Recruiting-Tag {title}",
        "Nächster Schritt: Fallstudien-Interviews",
    )
    return Draft(
        subject,
        text,
        ctx.fill("{person} | {co}"),
        person_addr(ctx),
        greet=False,
        sign="",
        lang="de",
    )


@j2("j2_iv_ibank_hirevue_first_round", "interview")
def hirevue(ctx: Ctx) -> Draft:
    """An investment bank's first round: a one-way HireVue video interview (an interview step)."""
    return _bank_round(ctx, superday=False)


@j2("j2_tr_ibank_superday_technical", "technical_round")
def superday(ctx: Ctx) -> Draft:
    """An investment bank's superday: back-to-back technical interviews or a modelling test."""
    return _bank_round(ctx, superday=True)


def _bank_round(ctx: Ctx, *, superday: bool) -> Draft:
    """One bank's campus-recruiting mail: the HireVue step or the superday invitation."""
    go(ctx, "ibank")
    due = weekday_future(ctx, 3, 8)
    if not superday:
        text = join(
            hi(ctx, "en"),
            ctx.para(
                "Thank you for your application to the {title} programme. We are pleased to invite you to complete a HireVue video interview, the first round of our process.",
                "Your application for {title} has been reviewed and you are invited to the next stage: an on-demand digital interview via HireVue.",
            ),
            ctx.para(
                "You will answer [4|5|6] questions, with [30 seconds|1 minute] to prepare and up to [2|3] minutes to record each answer. Some questions may be technical (accounting, valuation, markets).",
                "The interview includes behavioural questions and a short technical section. You can complete a practice question as often as you like before starting.",
            ),
            "Please complete it by 11:59 PM on "
            + day(ctx, due)
            + ": "
            + ctx.url("app.hirevue.com", "interviews"),
            ctx.pick(
                [
                    "We strongly recommend a laptop with Chrome.",
                    "Late submissions cannot be reviewed.",
                    "",
                ]
            ),
        )
        subject = ctx.para(
            "{co} - HireVue interview invitation",
            "Next step: digital interview for {title}",
            "Action required: complete your HireVue interview",
        )
    else:
        text = join(
            hi(ctx, "en"),
            ctx.para(
                "Congratulations! You have been selected to attend the {co} superday for {title}.",
                "We are delighted to invite you to our final round (superday) for the {title} position.",
                "Following your first-round interviews, you are invited to the final round of the {title} process: a superday at our offices.",
            ),
            "Date: "
            + day(ctx, due)
            + "\n"
            + ctx.pick(
                [
                    "Location: 25 Bank Street, London",
                    "Location: 277 Park Avenue, New York",
                    "Location: Marina Bay, Singapore",
                    "Format: virtual (Zoom), 8:30am - 2:00pm",
                ]
            ),
            ctx.para(
                "You will have [three|four] 30-minute interviews with [Vice Presidents and a Managing Director|members of the desk|bankers from different groups]. Expect technical questions (DCF, LBO, accounting) as well as behavioural ones.",
                "The day includes a case study (modelling test, 60 minutes, Excel provided) and three interviews.",
                "Expect a paper LBO or a three-statement modelling test, followed by technical interviews with the deal team.",
            ),
            ctx.para(
                "Please confirm your attendance by replying by {day}. Business formal dress.",
                "Please confirm through the portal; a detailed agenda follows 48 hours before.",
                "",
            ),
        )
        subject = ctx.para(
            "Superday invitation - {co}",
            "{co}: final round interviews - {title}",
            "Invitation to Superday",
        )
    name, addr = ctx.pick(
        [
            (ctx.fill("{co} Campus Recruiting"), ctx.fill("campusrecruiting@{domain}")),
            (ctx.fill("{co} Careers"), ctx.fill("{slug}@myworkday.com")),
            (ctx.fill("{co} Graduate Recruitment"), ctx.fill("noreply@{slug}.tal.net")),
        ]
    )
    sign = ctx.fill(
        "[Kind regards,|Best regards,|Sincerely,]\n[Campus Recruiting|Graduate Recruitment|Emerging Talent] | {co}"
    )
    return Draft(
        subject,
        text,
        name,
        addr,
        greet=False,
        sign=sign,
        bulk=ctx.chance(0.5),
        footer=do_not_reply(ctx) if ctx.chance(0.4) else "",
    )


@j2("j2_of_ibank_signon_exploding", "offer")
def bank_offer(ctx: Ctx) -> Draft:
    """A bank's offer: base, sign-on bonus, and a short deadline to accept (exploding offer)."""
    go(ctx, "ibank")
    due = weekday_future(ctx, 2, 7)
    base = ctx.num(95, 125)
    bonus = ctx.pick(["10,000", "15,000", "20,000", "12,500"])
    cur = ctx.pick(["$", "£", "S$"])
    text = join(
        hi(ctx, "en"),
        ctx.para(
            "Congratulations! Following your superday, we are delighted to offer you the position of {title} at {co}.",
            "On behalf of {co}, I'm thrilled to extend you an offer for {title}. The team was very impressed.",
            "Great news - the desk would like to make you an offer for {title}. Details below, and the formal letter is in the portal.",
        ),
        f"Base salary: {cur}{base},000\nSign-on bonus: {cur}{bonus} (repayable if you leave within 12 months)\n"
        + ctx.pick(
            [
                "Start date: July (Analyst class)",
                "Start: summer programme, 10 weeks",
                "Start date: to be agreed",
            ]
        ),
        ctx.fill("This offer is open until " + day(ctx, due) + " [at 5pm|at close of business|]. ")
        + ctx.para(
            "We are unable to extend this deadline.",
            "If we don't hear back by then, the offer will lapse.",
            "Please let me know if you need to talk anything through before then.",
        ),
        ctx.para(
            "To accept, sign the letter in DocuSign. Background screening will start once you accept.",
            "Please accept via the candidate portal; onboarding details follow.",
            "Give me a call when you can - happy to walk you through it.",
        ),
        bye(ctx, "en", "{person}\n[Campus Recruiting|Recruiting|Human Resources], {co}"),
    )
    subject = ctx.para(
        "Your offer from {co}",
        "{co} - offer of employment ({title})",
        "Congratulations! Offer - {title}",
        "Offer: please respond by " + day(ctx, due),
    )
    return Draft(subject, text, ctx.person, person_addr(ctx), greet=False, sign="")


@j2("j2_iv_big4_virtual_assessment_centre", "interview")
def big4_ac(ctx: Ctx) -> Draft:
    """A Big-4 firm's virtual assessment centre (UK/India English): e-tray, group exercise, partner interview."""
    go(ctx, "big4")
    when = weekday_future(ctx, 5, 15)
    text = join(
        ctx.para(
            "Dear {first},",
            "Hi {first},",
            "Dear Candidate,",
        ),
        ctx.para(
            "Well done on completing the online tests. We are pleased to invite you to a Virtual Assessment Centre for the {title}.",
            "Thank you for your interest in {co}. Following your video interview, you are invited to attend our Virtual Assessment Centre (VAC).",
            "Congratulations on progressing to the final stage of our selection process for {title}, the Virtual Assessment Centre.",
        ),
        "Date: "
        + day(ctx, when)
        + "\nTime: "
        + ctx.pick(
            [
                "9:00 - 13:30 (UK time)",
                "9.30am - 2pm GMT",
                "10:00 AM - 3:00 PM IST",
                "1:00 - 5:30pm",
            ]
        ),
        ctx.para(
            "The assessment centre includes a written exercise (e-tray), a group exercise with other candidates, and a final interview with a Partner or Director.",
            "You'll complete a case study exercise, a presentation to an assessor, and a strengths-based interview with a senior manager.",
            "The day comprises a group task, an individual analysis exercise (45 minutes) and a competency interview.",
        ),
        ctx.para(
            "Kindly confirm your slot on the portal within 48 hours, failing which the slot may be released.",
            "Please book your preferred slot via the link below by {day}: "
            + ctx.url("candidate.oleeo.com", "book"),
            "Please make sure your camera works and you have your photo ID ready for the identity check.",
        ),
        ctx.fill(
            "[Best of luck|Good luck|All the best],\n[Student Recruitment Team|Graduate Recruitment|Campus Hiring Team]\n{co}"
        ),
    )
    subject = ctx.para(
        "Invitation to Virtual Assessment Centre - {title}",
        "{co}: your assessment centre invitation",
        "Next stage - Assessment Centre",
        "Action required: book your assessment centre",
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co} Student Recruitment"),
        ctx.fill("studentrecruitment@{domain}"),
        greet=False,
        sign="",
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )


@j2("j2_iv_nl_big4_assessmentdag", "interview", lang="nl")
def nl_assessment(ctx: Ctx) -> Draft:
    """A Dutch accountancy firm invites a starter to an assessment day with a case."""
    go(ctx, "big4")
    ctx._title = ctx.pick(
        [
            "Starter Audit",
            "Trainee Belastingadvies",
            "Junior Consultant Risk Advisory",
            "Young Professional Deals",
        ]
    )
    when = weekday_future(ctx, 5, 15)
    text = join(
        hi(ctx, "nl"),
        ctx.para(
            "Leuk dat je hebt gesolliciteerd op de functie {title} bij {co}! Je bent door naar de volgende ronde: onze assessmentdag.",
            "Bedankt voor het prettige eerste gesprek. Graag nodigen we je uit voor de assessmentdag voor {title}.",
            "Gefeliciteerd, je hebt de online assessments goed afgerond. De volgende stap is een assessmentdag op ons kantoor.",
        ),
        "Datum: "
        + at(ctx, when, "nl")
        + "\nLocatie: "
        + ctx.pick(
            ["Amsterdam, Zuidas", "Rotterdam, Wilhelminakade", "Eindhoven", "online via Teams"]
        ),
        ctx.para(
            "Op het programma staan een businesscase die je in een groepje uitwerkt, een presentatie en een gesprek met een partner.",
            "Je werkt een praktijkcase uit (60 minuten), presenteert je advies en hebt daarna een interview met twee collega's.",
        ),
        ctx.para(
            "Wil je via de link in het portal bevestigen dat je erbij bent?",
            "Laat je even weten of de datum past?",
            "",
        ),
        ctx.fill(
            "[Met vriendelijke groet,|Groetjes,|Hartelijke groet,]\n[{person}|Team Campus Recruitment]\n{co}"
        ),
    )
    subject = ctx.para(
        "Uitnodiging assessmentdag {co}",
        "Je sollicitatie: volgende stap",
        "Uitnodiging: assessmentdag {title}",
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co} Recruitment"),
        ctx.fill("recruitment@{domain}"),
        greet=False,
        sign="",
        lang="nl",
    )
