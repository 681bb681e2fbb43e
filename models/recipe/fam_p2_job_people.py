"""Template families (session P2): hiring mail written by people, not systems, in the shapes
the corpus under-covered: a small employer's owner answering from a personal Gmail in two
lines (English, German), a staffing agency writing as if it were a text message (Polish,
Dutch), a startup recruiter moving a candidate forward, and the long, warm rejection after a
final interview (English, Danish).
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from datetime import timedelta

from kit import Ctx, Draft
from p2_kit import RE, at, bye, day, go, hi, join, mobile_sig, p2, personal_addr, quote
from zf_kit import weekday_future


@p2("p2_iv_owner_gmail_two_lines", "interview")
def owner_gmail_en(ctx: Ctx) -> Draft:
    """The owner of a cafe, garage or shop answers an application from Gmail: two lines."""
    go(ctx, "small_en")
    when = weekday_future(ctx, 1, 6)
    hour = ctx.pick(["10", "11", "2", "3", "half 9", "4ish", "noon"])
    open_line = ctx.para(
        "Hi {first}, thanks for your application.",
        "Hi {first} - got your CV, thanks for getting in touch.",
        "Thanks for applying for the {title} job {first}.",
        "{first}, saw your application for the {title} position come through.",
        "Hey {first}, thanks for dropping your CV in the other day.",
        "Hello {first}, thank you for your interest in the job at {co}.",
    )
    ask = ctx.pick(
        [
            f"Are you free for a quick chat {day(ctx, when)} around {hour}? Just come by the shop and ask for me.",
            f"Could you pop in {day(ctx, when)} at {hour} so we can have a chat? Bring your CV if you can.",
            "Can you give me a ring on 07"
            + str(ctx.num(100, 999))
            + " "
            + str(ctx.num(100000, 999999))
            + " to arrange an interview? Any time after 3 is best.",
            f"Would you be able to come in for a trial shift {day(ctx, when)}? Maybe an hour or two, paid of course.",
            f"When could you come in for an interview? {day(ctx, when)} or the day after works for me.",
            f"Are you around {day(ctx, when)}? I'd like to meet you, {hour} at the workshop if that suits.",
        ]
    )
    sign = ctx.para(
        "{pfirst}", "{pfirst}\n{co}", "Cheers\n{pfirst}", "Thanks\n{person} (owner)", "- {pfirst}"
    )
    text = join(open_line + ("\n" if ctx.chance(0.5) else " ") + ask, sign, mobile_sig(ctx, "en"))
    headers = {}
    if ctx.chance(0.4):
        # Replied on top of the candidate's own application mail, which Gmail quotes.
        subject = RE["en"] + ctx.para(
            "{title}",
            "Application - {title}",
            "{title} job",
            "CV for {title}",
            "Application for {title} position",
        )
        own = ctx.fill(
            "Hi,\n\nI'd like to apply for the {title} job [I saw on Indeed|advertised in your window|on your Facebook page|on Gumtree]. My CV is attached. I'm available [weekdays and weekends|from next week|immediately].\n\nThanks,\n{first} {last}"
        )
        sent = ctx.date - timedelta(days=ctx.num(1, 6), minutes=ctx.num(0, 900))
        text += "\n\n" + quote(
            ctx, "en", f"{ctx.cand_first} {ctx.cand_last}", ctx.cand_addr, sent, own
        )
        headers = {"In-Reply-To": f"<{ctx.num(10**9, 10**10)}@mail.gmail.com>"}
    else:
        subject = ctx.para(
            "Re: {title}",
            "Re: Job",
            "Your application",
            "interview?",
            "Re: CV",
            "{title} job",
            "Your CV",
        )
    return Draft(
        subject,
        text,
        ctx.person,
        personal_addr(ctx, "en"),
        greet=False,
        sign="",
        form=ctx.pick(["plain", "plain", "alt"]),
        headers=headers,
    )


@p2("p2_iv_de_inhaber_gmail_kurz", "interview", lang="de")
def owner_gmail_de(ctx: Ctx) -> Draft:
    """A German owner (Schreinerei, Café, Praxis) invites from GMX or Gmail in two lines."""
    go(ctx, "small_de")
    when = weekday_future(ctx, 1, 8)
    du = ctx.chance(0.35)
    greet = ctx.fill(
        ctx.pick(
            ["Hallo {first},", "Hi {first},", "Moin {first},"]
            if du
            else ["Hallo {first} {last},", "Guten Tag {first} {last},", "Hallo,"]
        )
    )
    if du:
        body = ctx.para(
            "danke für deine Bewerbung! Hast du am "
            + day(ctx, when, "de")
            + " um [10|11|14|16] Uhr Zeit für ein kurzes Kennenlernen bei uns?",
            "hab deine Bewerbung als {title} bekommen, klingt gut. Magst du am "
            + day(ctx, when, "de")
            + " mal vorbeikommen? Dann zeig ich dir den Laden.",
            "danke für die Unterlagen. Ruf mich doch mal an, dann machen wir einen Termin für ein Gespräch aus: 01[51|60|76] "
            + str(ctx.num(1000000, 9999999)),
            "deine Bewerbung ist angekommen. Hättest du Lust auf einen Probetag am "
            + day(ctx, when, "de")
            + "?",
        )
    else:
        body = ctx.para(
            "vielen Dank für Ihre Bewerbung als {title}. Hätten Sie am "
            + at(ctx, when, "de")
            + " Zeit für ein persönliches Gespräch bei uns im Betrieb?",
            "danke für Ihre Unterlagen. Ich würde Sie gerne kennenlernen - passt es Ihnen am "
            + day(ctx, when, "de")
            + " gegen [9|10|15] Uhr?",
            "Ihre Bewerbung hat uns gefallen. Können Sie mich kurz zurückrufen, damit wir einen Vorstellungstermin ausmachen? Tel. 0[171|152|160] "
            + str(ctx.num(1000000, 9999999)),
            "wir würden Sie gerne zu einem Vorstellungsgespräch einladen. Wie sieht es am "
            + day(ctx, when, "de")
            + " bei Ihnen aus?",
        )
    sign = (
        ctx.pick(["Gruß", "Viele Grüße", "LG", "Beste Grüße", "MfG"])
        + "\n"
        + ctx.para("{pfirst}", "{person}", "{person}\n{co}")
    )
    text = join(greet, body, sign, mobile_sig(ctx, "de"))
    subject = ctx.para(
        "AW: Bewerbung als {title}",
        "AW: Bewerbung",
        "Ihre Bewerbung",
        "Vorstellungsgespräch",
        "AW: {title}",
        "Bewerbung {first} {last}",
    )
    return Draft(
        subject,
        text,
        ctx.person,
        personal_addr(ctx, "de"),
        greet=False,
        sign="",
        lang="de",
        form=ctx.pick(["plain", "plain", "alt"]),
    )


_PL_AGENCIES = (
    ("Agencja Pracy Prima", "primapraca.pl"),
    ("WorkFlex Polska", "workflex.pl"),
    ("Job Partner", "jobpartner.com.pl"),
)


@p2("p2_iv_pl_agencja_krotko", "interview", lang="pl")
def agency_pl(ctx: Ctx) -> Draft:
    """A Polish staffing agency's consultant sets up a client interview, written like an SMS."""
    go(ctx, "agency_pl")
    agency, host = ctx.pick(_PL_AGENCIES)
    when = weekday_future(ctx, 1, 5)
    place = ctx.pick(
        [
            "ul. Przemysłowa " + str(ctx.num(2, 60)),
            "brama nr " + str(ctx.num(1, 4)) + ", portiernia",
            "biuro klienta, 1 piętro",
            "nasze biuro przy ul. Głogowskiej " + str(ctx.num(2, 90)),
        ]
    )
    lead = ctx.para(
        "Cześć {first}! 😊 Klient chce Cię poznać - rozmowa na stanowisko {title}",
        "Hej {first}, mam dobrą wiadomość: {co} zaprasza Cię na rozmowę ({title})",
        "Dzień dobry, zapraszam na spotkanie rekrutacyjne u naszego klienta ({co}) - stanowisko {title}",
        "Cześć! Udało się, jest termin rozmowy w {co} na {title}",
    )
    text = join(
        lead + ": " + at(ctx, when, "pl") + ", " + place + ".",
        ctx.para(
            "Weź ze sobą dowód osobisty i orzeczenie lekarskie jeśli masz.",
            "Proszę zabrać dowód i numer konta, po rozmowie od razu podpiszemy umowę.",
            "Rozmowa trwa ok. 20 min, potem krótkie oprowadzenie po hali.",
            "Ubierz się wygodnie, będzie krótki test na wózku.",
        ),
        ctx.pick(
            [
                "Daj znać czy pasuje!",
                "Potwierdź proszę SMS-em albo mailem 👍",
                "Jakby coś, dzwoń: "
                + str(ctx.num(500, 799))
                + " "
                + str(ctx.num(100, 999))
                + " "
                + str(ctx.num(100, 999)),
                "Czekam na potwierdzenie.",
            ]
        ),
        ctx.pick([ctx.person_first, ctx.person])
        + "\n"
        + ctx.pick(["Konsultant ds. rekrutacji", "Rekruter", "Koordynator"])
        + " | "
        + agency,
        mobile_sig(ctx, "pl"),
    )
    subject = ctx.para(
        "Rozmowa {title} - " + day(ctx, when, "pl"),
        "Termin rozmowy",
        "Rozmowa u klienta 🙂",
        "{co} - rozmowa",
        "Zaproszenie na rozmowę",
    )
    first, last = ctx.person_first.lower(), ctx.person_last.lower()
    return Draft(
        subject,
        text,
        f"{ctx.person_first} | {agency}",
        f"{first}.{last}@{host}",
        greet=False,
        sign="",
        lang="pl",
        form="plain",
    )


_NL_AGENCIES = (
    ("Flexwerk Uitzendbureau", "flexwerk.example"),
    ("Randgroep Uitzend", "randgroep.example"),
    ("TopTalent Detachering", "toptalent.example"),
)


@p2("p2_ro_nl_uitzendbureau_appje", "recruiter_outreach", lang="nl")
def agency_nl(ctx: Ctx) -> Draft:
    """A Dutch agency consultant offers a role by mail the way she would by WhatsApp."""
    go(ctx, "agency_nl")
    agency, host = ctx.pick(_NL_AGENCIES)
    rate = f"€{ctx.num(14, 22)},{ctx.pick(['00', '25', '50', '80'])}"
    text = join(
        ctx.para("Hoi {first}! 👋", "Hoi {first},", "Hey {first}!", "Goedemorgen {first},"),
        ctx.para(
            "Ik zag je cv op [werk.nl|Indeed|onze site] en heb misschien iets leuks voor je: {title} bij {co}.",
            "Ben je nog op zoek naar werk? Ik heb een vacature als {title} bij een opdrachtgever van ons in de regio.",
            "Snelle vraag: zou je interesse hebben in een baan als {title}? Het is bij {co}, fulltime.",
        ),
        ctx.pick(
            [
                f"{rate} per uur, ma t/m vr dagdienst, start per direct.",
                f"Loon {rate} p/u + reiskosten, 32-40 uur, kans op vast contract.",
                f"Het gaat om 2-ploegendienst, {rate} per uur plus toeslagen.",
            ]
        ),
        ctx.pick(
            [
                "Interesse? App of bel me even op 06-" + str(ctx.num(10000000, 99999999)) + " 😊",
                "Laat je even weten of ik je mag voorstellen?",
                "Als je wilt kunnen we morgen even bellen.",
                "Reageer gerust op deze mail, dan plan ik een belletje in.",
            ]
        ),
        ctx.pick(["Groetjes,", "Groet,", "Gr,"]) + "\n" + ctx.person_first + "\n" + agency,
    )
    subject = ctx.para(
        "Leuke baan voor jou?",
        "Vacature {title}",
        "Even een vraagje 🙂",
        "Werk als {title}",
        "Hoi {first}, interesse?",
    )
    return Draft(
        subject,
        text,
        f"{ctx.person_first} - {agency}",
        f"{ctx.person_first.lower()}@{host}",
        greet=False,
        sign="",
        lang="nl",
        form=ctx.pick(["plain", "alt"]),
    )


@p2("p2_tr_startup_move_you_forward", "technical_round")
def startup_forward(ctx: Ctx) -> Draft:
    """A startup recruiter: the team wants to move the candidate forward to a technical stage."""
    go(ctx, "en_startup")
    stage = ctx.pick(
        [
            (
                "a 90-minute technical interview with two of our engineers",
                "We'll pair on a small problem similar to what we work on day to day - no trick puzzles. You can use your own editor and look things up.",
            ),
            (
                "a take-home exercise",
                "It should take about 3-4 hours; please don't spend more. You'll have a week, and we'll go through it together in a follow-up call.",
            ),
            (
                "a system design session with our CTO",
                "It's a conversation, not an exam: we'll sketch a service end to end and talk trade-offs.",
            ),
            (
                "a paid trial day with the team",
                "You'll pick up a real (small) ticket, pair with an engineer and join our standup and lunch.",
            ),
        ]
    )
    text = join(
        ctx.para("Hi {first},", "Hey {first}!", "Hi {first} -"),
        ctx.para(
            "Great news - the team really enjoyed talking with you, and we'd like to move you forward for the {title} role.",
            "Thanks again for your time this week. I've had great feedback from {pfirst} and the team, and we'd love to move you forward to the next stage.",
            "Quick update: you're through! We'd like to move you on to the next step for {title} at {co}.",
        ),
        "Next up is " + stage[0] + ". " + stage[1],
        ctx.para(
            "Could you grab a slot that works for you here: {link}",
            "Let me know a few times that work for you next week and I'll send over an invite.",
            "I'll send the details and a calendar invite once you confirm you're in.",
        ),
        ctx.maybe(
            "After this there's one final conversation with our founders, and then we'd aim to move quickly.",
            0.6,
        ),
        ctx.para(
            "Any questions in the meantime, just shout.",
            "Excited for this one!",
            "Let me know if anything's unclear.",
        ),
        bye(
            ctx, "en", "{person}\n[Talent Partner|Head of Talent|Recruiter|People & Talent] @ {co}"
        ),
    )
    subject = ctx.para(
        "Next steps - {title}",
        "{co}: next stage",
        "Moving forward!",
        "Re: {title} at {co}",
        "Good news + next steps",
    )
    first = ctx.person_first.lower()
    return Draft(
        subject,
        text,
        ctx.person,
        f"{first}@{ctx.domain}",
        greet=False,
        sign="",
        form=ctx.pick(["plain", "alt", "html"]),
    )


@p2("p2_rj_after_final_warm_long", "rejection")
def warm_reject(ctx: Ctx) -> Draft:
    """After a final round: a long, warm, personal rejection with feedback and an open door."""
    go(ctx, ctx.pick(["en_corp", "en_startup"]))
    text = join(
        ctx.para("Hi {first},", "Dear {first},", "Hi {first}, I hope you're well."),
        ctx.para(
            "I wanted to reach out personally rather than send a generic email. Thank you so much for the time and energy you put into the final round for the {title} role - I know it was a long process and a lot to ask.",
            "Thank you for coming in for the final interviews last week. Everyone who met you enjoyed the conversations, and I wanted to let you know where we landed as soon as I could.",
            "First of all, thank you. You made it through every stage of our process for {title}, which says a lot, and I really appreciated how thoughtful you were throughout.",
        ),
        ctx.para(
            "This was a genuinely difficult decision, but we've decided to offer the position to another candidate whose experience more closely matched what the team needs right now.",
            "After a lot of discussion, we've decided not to move forward with an offer. It was very close, and the other finalist simply had more hands-on experience in an area that is critical for us this year.",
            "Unfortunately, we won't be extending an offer this time. I'm sorry to be sharing this news after you invested so much in the process.",
        ),
        ctx.para(
            "Some feedback, in case it's useful: the panel were especially impressed by your [case presentation|system design session|stakeholder exercise] and the way you structured your thinking. Where we felt others were stronger was depth of experience with [scaling a team|enterprise customers|regulatory reporting|large distributed systems].",
            "The feedback from the panel was really positive about your communication and your questions for the team. The deciding factor was specific domain experience, not anything you did or didn't do in the interviews.",
            "I'm very happy to get on a call and share more detailed feedback from each interviewer if that would help.",
        ),
        ctx.para(
            "I'd genuinely love to stay in touch. We expect to open more roles in the coming months, and if something comes up that fits, I'll reach out to you first.",
            "Please don't let this put you off - if you're open to it, I'd like to keep your details on file and get in touch about future opportunities at {co}.",
            "I'm sure you'll land somewhere great, and I hope our paths cross again.",
        ),
        ctx.para(
            "Thanks again, and all the best with your search.",
            "Wishing you every success.",
            "Take care, and thank you again.",
        ),
        bye(
            ctx,
            "en",
            "{person}\n[Head of Talent|Senior Recruiter|Hiring Manager|Talent Partner|Recruitment Lead], {co}",
        ),
    )
    subject = ctx.para(
        "{title} - update",
        "Update on your application",
        "Following up on your final interview",
        "{co} - {title}",
        "Thank you, {first}",
    )
    return Draft(
        subject,
        text,
        ctx.person,
        f"{ctx.person_first.lower()}.{ctx.person_last.lower()}@{ctx.domain}",
        greet=False,
        sign="",
        form=ctx.pick(["plain", "alt"]),
    )


@p2("p2_rj_da_efter_sidste_samtale", "rejection", lang="da")
def warm_reject_da(ctx: Ctx) -> Draft:
    """A Danish manager's warm, long rejection after a second (final) interview."""
    go(ctx, "da")
    text = join(
        hi(ctx, "da"),
        ctx.para(
            "Tusind tak for 2. samtale i [mandags|tirsdags|onsdags|torsdags|fredags] og for den tid og energi, du har lagt i forløbet om stillingen som {title}.",
            "Tak fordi du kom ind til den afsluttende samtale. Vi har været glade for at lære dig at kende gennem hele forløbet.",
            "Jeg ville gerne selv give dig besked i stedet for at sende et standardsvar, da du har været med helt til sidste runde.",
        ),
        ctx.para(
            "Det har været en svær beslutning, men vi har valgt at gå videre med en anden kandidat, som har lidt mere erfaring inden for netop det område, vi skal styrke nu.",
            "Vi har desværre valgt en anden kandidat til stillingen. Det var meget tæt, og det er ikke en vurdering af dine kompetencer som sådan.",
        ),
        ctx.para(
            "Panelet var især begejstret for din case-præsentation og dine gode spørgsmål. Hvis du har lyst, vil jeg gerne give dig en mere detaljeret feedback over telefonen.",
            "Du er meget velkommen til at ringe til mig, hvis du ønsker feedback på samtalerne.",
            "Vi vil rigtig gerne beholde din ansøgning, hvis der åbner en lignende stilling hos {co} - må vi det?",
        ),
        ctx.para(
            "Jeg ønsker dig held og lykke med jobsøgningen.",
            "Endnu en gang tak, og alt det bedste fremover.",
        ),
        bye(ctx, "da", "{person}\n[Afdelingschef|HR-partner|Direktør|Teamleder], {co}"),
    )
    subject = ctx.para(
        "Vedr. stillingen som {title}",
        "Tak for samtalen",
        "Svar efter 2. samtale",
        "{co} - {title}",
    )
    return Draft(
        subject,
        text,
        ctx.person,
        f"{ctx.person_first.lower()}@{ctx.domain}",
        greet=False,
        sign="",
        lang="da",
        form=ctx.pick(["plain", "alt"]),
    )
