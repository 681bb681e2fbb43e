"""Template families (session 10, helper J1): rejections, recruiters' approaches and the
chores around an application, from hiring worlds the corpus had little of: a final-round
rejection with real feedback, an academic search that concluded, Polish, Japanese and Swedish
rejections; travel-nurse and trades-agency recruiters, Polish, Dutch, Japanese and Swedish
recruiters, a recruiter back after months of silence and a professor encouraging an
application; security vetting forms, a civil-service eligibility list, "referred to the
hiring manager", a German request for referees, a Spanish background certificate, candidate
surveys in Dutch, German and French, a courier platform's onboarding and Japanese
pre-joining paperwork.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from j1_kit import bye, day, de_hi, hi, j1, join, move, staff
from kit import Ctx, Draft
from vocab import Company
from zf_kit import do_not_reply, privacy, weekday_future

# --- rejection -------------------------------------------------------------------------


@j1("j1_rj_final_round_feedback", "rejection")
def final_feedback(ctx: Ctx) -> Draft:
    """A hiring manager or recruiter declines after the final round and gives concrete feedback."""
    strengths = ctx.pick(
        [
            "the panel really liked how you structured the system design discussion",
            "your presentation was clear and the team enjoyed your questions",
            "your stakeholder examples were strong and very relevant",
            "everyone commented on how well prepared you were",
        ]
    )
    gap = ctx.pick(
        [
            "the other finalist had more hands-on experience running this kind of team at scale",
            "we felt the depth on data modelling wasn't quite where we need it for this level",
            "in the case exercise we were hoping for more on prioritisation and trade-offs",
            "we ultimately went with someone who has worked in a regulated environment before",
        ]
    )
    text = join(
        ctx.para(
            "Thank you for spending so much time with us through the final round for {title}. I'm sorry to say we've decided not to move forward with an offer.",
            "I wanted to let you know personally that we won't be offering you the {title} role. It was a genuinely close decision after the final interviews.",
            "After a lot of discussion following your onsite, the team has decided to go with another candidate for {title}.",
        ),
        f"You asked for feedback, so here it is, honestly: {strengths}. Where it fell short: {gap}.",
        ctx.para(
            "I'd love to stay in touch - I think you'd be a great fit for a more senior IC role when one opens up.",
            "Please don't read this as a no forever; I'll reach out if something closer to your background comes up.",
            "Happy to jump on a 15-minute call if you'd like to talk it through.",
            "",
        ),
    )
    subject = ctx.para(
        "Update on {title}",
        "Your final round with {co}",
        "{co} - decision and feedback",
        "Re: Final interview - {title}",
        "Feedback",
    )
    return Draft(
        subject, text, ctx.person, staff(ctx), sign=None, form=ctx.pick(["plain", "plain", "alt"])
    )


@j1("j1_rj_academic_search_concluded", "rejection")
def search_concluded(ctx: Ctx) -> Draft:
    """A search committee (or HR) writes that the faculty search concluded without the candidate."""
    move(ctx, "academic")
    text = join(
        ctx.para(
            "On behalf of the search committee, thank you for your interest in the {title} position at {co}.",
            "I am writing to let you know that the search for the {title} position (Position #{req}) has concluded.",
            "Thank you for applying to {co}. We received over [200|300|400] applications for the {title} position this year.",
        ),
        ctx.para(
            "After careful review, the committee has selected another candidate, who has accepted our offer.",
            "We regret to inform you that you were not selected for an interview. The quality of the applicant pool was exceptionally high.",
            "Although your application was strong, the committee has decided to pursue other candidates whose research more closely matches the department's current needs.",
        ),
        ctx.para(
            "We wish you every success in your academic career.",
            "We appreciate the time and effort that went into your application materials.",
            "",
        ),
    )
    name, addr = ctx.pick(
        [
            (ctx.fill("{co} Faculty Search"), ctx.fill("facultysearch@{domain}")),
            ("Interfolio", "no-reply@interfolio.com"),
            (ctx.person, staff(ctx)),
        ]
    )
    subject = ctx.para(
        "{title} search - update",
        "Your application to {co}",
        "Position #{req}: search concluded",
        "Re: {title}",
    )
    return Draft(
        subject,
        text,
        name,
        addr,
        sign=ctx.fill("[Sincerely,|With best wishes,]\n{person}\nChair, Search Committee\n{co}"),
    )


@j1("j1_rj_pl_odmowa", "rejection", lang="pl")
def pl_odmowa(ctx: Ctx) -> Draft:
    """A Polish employer declines an application (after screening or after the interview)."""
    move(ctx, "pl")
    text = join(
        hi(ctx, "pl"),
        ctx.para(
            "dziękujemy za zainteresowanie ofertą pracy na stanowisku {title} oraz poświęcony czas.",
            "dziękujemy za udział w procesie rekrutacyjnym na stanowisko {title} w {co}.",
            "dziękuję za rozmowę i czas poświęcony na rekrutację.",
        ),
        ctx.para(
            "Z przykrością informujemy, że tym razem nie zdecydowaliśmy się na kontynuowanie rozmów z Panią/Panem.",
            "Niestety, po analizie wszystkich kandydatur zdecydowaliśmy się na wybór innej osoby.",
            "Po przeanalizowaniu zgłoszeń musimy poinformować, że Pani/Pana kandydatura nie została zakwalifikowana do kolejnego etapu.",
        ),
        ctx.para(
            "Za zgodą, Pani/Pana CV pozostanie w naszej bazie przez 12 miesięcy i możemy odezwać się przy kolejnych rekrutacjach.",
            "Życzymy powodzenia w dalszych poszukiwaniach.",
            "Zachęcamy do śledzenia naszych ofert w przyszłości.",
        ),
        bye(
            ctx,
            "pl",
            ctx.pick(["Zespół Rekrutacji {co}", "{person}\nHR | {co}", "Dział Personalny\n{co}"]),
        ),
    )
    name, addr = ctx.pick(
        [
            (ctx.person, staff(ctx)),
            (ctx.fill("{co} Kariera"), ctx.fill("rekrutacja@{domain}")),
            (ctx.fill("{co}"), "powiadomienia@system.erecruiter.pl"),
        ]
    )
    subject = ctx.para(
        "Informacja o wyniku rekrutacji",
        "Rekrutacja - {title}",
        "Dziękujemy za aplikację",
        "Odpowiedź na aplikację - {co}",
    )
    return Draft(subject, text, name, addr, greet=False, sign="", lang="pl")


@j1("j1_rj_ja_oinori", "rejection", lang="ja")
def ja_oinori(ctx: Ctx) -> Draft:
    """A Japanese employer's polite rejection (the 'praying for your success' mail)."""
    move(ctx, "ja")
    text = join(
        ctx.fill("{last} {first} 様"),
        ctx.para(
            "{co} 人事部 採用担当です。", "お世話になっております。{co}採用担当でございます。"
        ),
        ctx.para(
            "このたびは、{title}の求人にご応募いただき、誠にありがとうございました。",
            "先日はお忙しい中、面接にお越しいただき誠にありがとうございました。",
        ),
        ctx.pick(
            [
                "慎重に選考を重ねました結果、誠に残念ながら今回はご期待に添えない結果となりました。",
                "社内で慎重に検討いたしました結果、誠に残念ではございますが、今回は採用を見送らせていただくこととなりました。",
            ]
        ),
        ctx.pick(
            [
                "ご応募書類につきましては、弊社にて責任をもって破棄いたします。",
                "なお、選考内容に関するお問い合わせにはお答えいたしかねますので、ご了承ください。",
            ]
        ),
        "末筆ながら、" + ctx.fill("{last}") + "様の今後のご活躍を心よりお祈り申し上げます。",
        ctx.fill("{co}\n人事部 採用担当"),
    )
    subject = ctx.para(
        "選考結果のご連絡", "【{co}】選考結果のお知らせ", "書類選考結果のご連絡（{title}）"
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co} 採用担当"),
        ctx.fill("recruit@{domain}"),
        greet=False,
        sign="",
        lang="ja",
    )


@j1("j1_rj_sv_tjansten_tillsatt", "rejection", lang="sv")
def sv_tillsatt(ctx: Ctx) -> Draft:
    """A Swedish employer tells applicants the post has been filled (or they did not go on)."""
    move(ctx, "sv")
    text = join(
        hi(ctx, "sv"),
        ctx.para(
            "Tack för ditt intresse för tjänsten som {title} hos {co}.",
            "Tack för att du sökte tjänsten som {title} (ref.nr {req}).",
            "Tack för intervjun och för att du tog dig tid att träffa oss.",
        ),
        ctx.para(
            "Vi har nu avslutat rekryteringen och tjänsten är tillsatt.",
            "Vi har fått många kvalificerade ansökningar och har tyvärr valt att gå vidare med andra kandidater.",
            "Efter noggrant övervägande har vi bestämt oss för en annan kandidat vars profil bättre matchar våra behov just nu.",
        ),
        ctx.para(
            "Vi önskar dig lycka till i framtiden!",
            "Du är välkommen att söka andra tjänster hos oss.",
            "",
        ),
        bye(ctx, "sv", ctx.pick(["{co}", "{person}\nRekryterande chef", "HR-avdelningen, {co}"])),
    )
    name, addr = ctx.pick(
        [
            (ctx.fill("{co}"), "noreply@varbi.com"),
            (ctx.person, staff(ctx)),
            (ctx.fill("{co} Rekrytering"), "no-reply@reachmee.com"),
        ]
    )
    subject = ctx.para(
        "Angående din ansökan",
        "Besked om tjänsten {title}",
        "Din ansökan till {co}",
        "Rekryteringen är avslutad",
    )
    return Draft(subject, text, name, addr, greet=False, sign="", lang="sv")


# --- recruiter outreach ----------------------------------------------------------------


@j1("j1_ro_travel_nurse_pay_package", "recruiter_outreach")
def travel_nurse(ctx: Ctx) -> Draft:
    """A travel-nurse recruiter pitches a contract with the weekly pay package."""
    move(ctx, "health_staff")
    agency, host = ctx.pick(
        [
            ("Meridian Travel Nursing", "meridiantravelnursing.example"),
            ("Vivid Travel Health", "vividtravel.example"),
            ("TrueNorth Medical Staffing", "truenorthmed.example"),
        ]
    )
    weekly = f"${ctx.num(36, 68) * 50:,}/wk"
    text = join(
        ctx.para(
            "Hi {first}! I saw your profile and wanted to reach out about a {title} contract at {co}.",
            "Hey {first} - are you open to a new assignment? I have a hot {title} job at {co} I think you'd be great for.",
            "{first}, quick one: {co} just opened {n} {title} spots and asked us for experienced travelers.",
        ),
        "Details:\n- Weekly gross: "
        + weekly
        + " (incl. tax-free stipends)\n- 13 weeks, "
        + ctx.pick(["nights", "days", "rotating", "3x12s"])
        + "\n- Start: ASAP / "
        + ctx.pick(["2 weeks out", "next month", "flexible"])
        + "\n- "
        + ctx.pick(
            [
                "1 yr experience required",
                "Compact license preferred",
                "Epic charting",
                "Guaranteed hours",
            ]
        ),
        ctx.para(
            "If you're interested, reply and I'll submit you today - these close fast.",
            "Want me to send it over to the manager? Just need your updated skills checklist.",
            "Not looking right now? No worries, let me know what you'd want for your next one.",
        ),
    )
    sign = f"{ctx.person}\nRecruiter | {agency}\nText: ({ctx.num(200, 989)}) {ctx.num(200, 989)}-{ctx.num(1000, 9999)}"
    subject = ctx.para(
        "{title} - " + weekly,
        "New travel contract: {co}",
        "Open to a new assignment?",
        "Hot job: {title}",
    )
    return Draft(
        subject,
        text,
        ctx.person,
        staff(ctx, host),
        greet=False,
        sign=sign,
        form=ctx.pick(["plain", "alt", "html"]),
    )


@j1("j1_ro_trades_agency_short", "recruiter_outreach")
def trades_short(ctx: Ctx) -> Draft:
    """A construction agency recruiter's short note: a job, the rate, the start, interested?"""
    move(ctx, "uk_trades")
    rate = f"£{ctx.num(18, 34)}/hr {ctx.pick(['CIS', 'PAYE', 'umbrella', 'day rate avail'])}"
    text = ctx.para(
        "Hi {first}, got a [6 month|12 week|long-running] job for an {title} in [Leeds|Bristol|Manchester|Reading|Milton Keynes], "
        + rate
        + ", start [Monday|next week|ASAP]. Interested? Give us a call.",
        "Morning {first} - {co} are after a {title} on their [hospital|school|housing] job, "
        + rate
        + ", [days only|7-5 Mon-Fri|some weekends]. Need CSCS and own tools. You about?",
        "{first}, you still looking? {title} needed [asap|for Monday], "
        + rate
        + ", [steady work through to Christmas|ongoing]. Ring me.",
    )
    agency, host = ctx.pick(
        [
            ("BuildRight Personnel", "buildright.example"),
            ("Sitewise Recruitment", "sitewise.example"),
            ("Trade Force", "tradeforce.example"),
        ]
    )
    sign = ctx.pick(
        [
            f"{ctx.person_first}\n{agency}\n07{ctx.num(100, 999)} {ctx.num(100000, 999999)}",
            f"{ctx.person_first}\nSent from my iPhone",
            ctx.person_first,
        ]
    )
    subject = ctx.para(
        "{title} - " + rate, "Work", "Job for you", "{title} needed", "Start Monday?"
    )
    return Draft(subject, text, ctx.person, staff(ctx, host), greet=False, sign=sign, form="plain")


@j1("j1_ro_pl_rekruter", "recruiter_outreach", lang="pl")
def pl_rekruter(ctx: Ctx) -> Draft:
    """A Polish recruiter (in-house or agency) approaches a candidate about a role."""
    move(ctx, "pl")
    text = join(
        hi(ctx, "pl"),
        ctx.para(
            "nazywam się {person} i prowadzę rekrutację na stanowisko {title} dla {co}. Twój profil na LinkedIn bardzo mnie zainteresował.",
            "obecnie prowadzimy proces rekrutacyjny na stanowisko {title} i pomyślałam o Tobie.",
            "piszę z propozycją współpracy - szukamy osoby na stanowisko {title} w [Warszawie|Krakowie|Gdańsku|Wrocławiu] (praca hybrydowa).",
        ),
        ctx.para(
            "Oferujemy: umowę o pracę lub B2B, widełki [12-16|15-20|18-24] tys. zł, prywatną opiekę medyczną i kartę sportową.",
            "Czy byłbyś/byłabyś otwarty/a na krótką rozmowę w tym tygodniu?",
            "Jeśli temat jest dla Ciebie interesujący, daj znać - chętnie opowiem więcej.",
        ),
        bye(
            ctx,
            "pl",
            ctx.pick(
                [
                    "{person}\nIT Recruiter",
                    "{person}\nTalent Acquisition Specialist | {co}",
                    "{pfirst}",
                ]
            ),
        ),
    )
    subject = ctx.para(
        "Propozycja pracy - {title}",
        "Oferta współpracy",
        "{title} - czy jesteś otwarty/a na zmianę?",
        "Rekrutacja {co}",
    )
    return Draft(subject, text, ctx.person, staff(ctx), greet=False, sign="", lang="pl")


@j1("j1_ro_nl_detachering_recruiter", "recruiter_outreach", lang="nl")
def nl_detachering(ctx: Ctx) -> Draft:
    """A Dutch secondment/recruitment agency recruiter approaches a candidate."""
    move(ctx, "nl")
    agency, host = ctx.pick(
        [
            ("Flexwerk Uitzendbureau", "flexwerk.example"),
            ("Brabant Detachering", "brabantdetachering.example"),
            ("TechForce Nederland", "techforce.example"),
            ("Randweg Werving & Selectie", "randweg.example"),
        ]
    )
    text = join(
        hi(ctx, "nl"),
        ctx.para(
            "Ik kwam je profiel tegen en denk dat je goed past bij een opdracht als {title} bij een van onze klanten in de regio [Utrecht|Eindhoven|Rotterdam|Zwolle].",
            "Voor {co} ben ik op zoek naar een {title}. Ik denk dat jouw ervaring hier heel goed aansluit.",
            "Sta je open voor een nieuwe uitdaging? Ik heb een mooie functie als {title} ([32-40|36-40] uur).",
        ),
        ctx.para(
            "Het gaat om een vaste baan met een salaris tussen de € [3.400|3.800|4.200] en € [4.600|5.200|5.900] bruto per maand, plus reiskostenvergoeding.",
            "Het is een detacheringsopdracht van 12 maanden met uitzicht op een vast contract.",
            "Zullen we even bellen? Dan vertel ik je er meer over.",
        ),
        bye(
            ctx,
            "nl",
            f"{{person}}\nRecruiter | {agency}\n06 {ctx.num(10, 99)} {ctx.num(10, 99)} {ctx.num(10, 99)} {ctx.num(10, 99)}",
        ),
    )
    subject = ctx.para(
        "Vacature {title}",
        "Interessante functie voor jou?",
        "{title} - regio [Utrecht|Eindhoven|Rotterdam]",
        "Even kennismaken?",
    )
    return Draft(subject, text, ctx.person, staff(ctx, host), greet=False, sign="", lang="nl")


@j1("j1_ro_ja_direct_scout", "recruiter_outreach", lang="ja")
def ja_scout(ctx: Ctx) -> Draft:
    """A Japanese direct-recruiting 'scout' message relayed by a job site."""
    move(ctx, "ja")
    site, addr = ctx.pick(
        [
            ("ビズリーチ", "scout@bizreach.example.jp"),
            ("doda", "scout@doda.example.jp"),
            ("LinkedIn", "inmail-hit-reply@linkedin.com"),
        ]
    )
    text = join(
        ctx.fill("{last} 様"),
        ctx.fill("突然のご連絡失礼いたします。{co}で採用を担当しております{pfirst}と申します。"),
        ctx.para(
            "{last}様のご経歴を拝見し、ぜひ弊社の{title}ポジションについてお話しさせていただきたく、スカウトをお送りしました。",
            "これまでのご経験が、弊社で募集中の{title}に大変マッチすると感じ、ご連絡いたしました。",
        ),
        ctx.pick(
            [
                "まずはカジュアル面談で、お互いのことを知る機会をいただけませんでしょうか。",
                "ご興味をお持ちいただけましたら、ぜひ一度オンラインでお話しできれば幸いです。",
            ]
        ),
        "想定年収："
        + str(low := ctx.num(5, 9) * 100)
        + "万円〜"
        + str(low + ctx.num(2, 5) * 100)
        + "万円",
        ctx.fill("{co}\n採用担当 {pfirst}"),
    )
    subject = ctx.para(
        "【スカウト】{co}より{title}のご案内",
        "{last}様へ：カジュアル面談のお誘い",
        "【{co}】{title}ポジションのご提案",
    )
    return Draft(
        subject, text, f"{ctx.fill('{co}')}（{site}）", addr, greet=False, sign="", lang="ja"
    )


@j1("j1_ro_sv_rekryterare", "recruiter_outreach", lang="sv")
def sv_rekryterare(ctx: Ctx) -> Draft:
    """A Swedish recruiter approaches a candidate about a role."""
    move(ctx, "sv")
    text = join(
        hi(ctx, "sv"),
        ctx.para(
            "Jag heter {person} och arbetar med rekrytering på {co}. Jag hittade din profil och blev nyfiken!",
            "Vi söker just nu en {title} och jag tror att din bakgrund skulle passa riktigt bra.",
            "Jag hjälper {co} att hitta en {title} till teamet i [Stockholm|Göteborg|Malmö|Umeå].",
        ),
        ctx.para(
            "Är du öppen för att höra mer? Vi kan ta ett kort samtal när det passar dig.",
            "Tjänsten är en tillsvidareanställning med hybridupplägg och kollektivavtal.",
            "Hör av dig om det låter intressant, så berättar jag mer!",
        ),
        bye(
            ctx,
            "sv",
            ctx.pick(
                ["{person}\nTalent Acquisition, {co}", "{pfirst}", "{person}\nRekryteringskonsult"]
            ),
        ),
    )
    subject = ctx.para(
        "{title} hos {co}?", "Nyfiken på en ny utmaning?", "Rekrytering: {title}", "Hej från {co}"
    )
    return Draft(subject, text, ctx.person, staff(ctx), greet=False, sign="", lang="sv")


@j1("j1_ro_recruiter_back_after_silence", "recruiter_outreach")
def back_after_silence(ctx: Ctx) -> Draft:
    """A recruiter who spoke with the candidate months ago comes back with a new opening."""
    text = join(
        ctx.para(
            "It's been a while! We spoke back in [the spring|March|last year|the autumn] when you were interviewing for a role on another team, and I've kept your details to hand.",
            "Long time no speak - I hope the new year's treating you well. You were our runner-up for a role last year and I promised I'd come back to you.",
            "Apologies for the radio silence since our last chat. Things went quiet on our side with the hiring freeze, but we're hiring again.",
        ),
        ctx.para(
            "We've just opened a {title} position at {co} and you were the first person I thought of.",
            "There's now a {title} opening that I think is a better fit for your background than the one we discussed.",
            "The {title} role at {co} is live as of this week - fully remote, same team you met before.",
        ),
        ctx.para(
            "Any interest? If so, I can skip you straight to the hiring manager conversation.",
            "Would you be open to a quick catch-up call? No need to reapply - I can move your profile over.",
            "Let me know either way, and if you're happily settled, no worries at all.",
        ),
    )
    subject = ctx.para(
        "Re: catching up",
        "New role at {co}",
        "Been a while - {title}",
        "Circling back",
        "Something new for you",
    )
    name, addr = ctx.person, staff(ctx)
    return Draft(subject, text, name, addr, sign=None, form=ctx.pick(["plain", "alt"]))


@j1("j1_ro_academic_encourage_apply", "recruiter_outreach")
def academic_encourage(ctx: Ctx) -> Draft:
    """A professor chairing a search encourages a candidate to apply to an open faculty position."""
    move(ctx, "academic")
    text = join(
        ctx.para(
            "I'm chairing the search for a {title} at {co} this year, and [a colleague|your advisor|a mutual colleague] suggested I reach out to you.",
            "I enjoyed your talk at [the conference|the workshop in the spring|ASA|NeurIPS] and wanted to make sure you'd seen our open {title} position.",
            "We have just posted an opening for a {title} at {co}, and your work seems like an excellent fit for the department.",
        ),
        ctx.para(
            "Review of applications begins on [November 1|December 15|January 5]. The posting is here: "
            + ctx.url(ctx.domain, "jobs/faculty"),
            "I'd strongly encourage you to apply; I'm also happy to answer any questions about the department informally.",
            "If you're on the market this year, please do consider applying - we're especially interested in candidates working on [computational methods|inequality|climate|urban history].",
        ),
    )
    subject = ctx.para(
        "{title} position at {co}",
        "Encouraging you to apply",
        "Faculty opening - {co}",
        "Job opening you might like",
    )
    return Draft(
        subject,
        text,
        ctx.person,
        staff(ctx),
        sign=ctx.fill(
            "[Best,|Warm regards,|All best,]\n{person}\nProfessor and Search Chair\n{co}"
        ),
        form=ctx.pick(["plain", "alt"]),
    )


# --- other job mail --------------------------------------------------------------------


@j1("j1_oj_security_vetting_forms", "other_job")
def vetting(ctx: Ctx) -> Draft:
    """After an offer, a vetting unit asks the candidate to complete security clearance forms."""
    move(ctx, "uk_civil")
    level = ctx.pick(
        [
            "Baseline Personnel Security Standard (BPSS)",
            "Security Check (SC)",
            "Counter Terrorist Check (CTC)",
            "Non-Police Personnel Vetting (NPPV) Level 2",
            "Recruitment Vetting (RV)",
        ]
    )
    due = weekday_future(ctx, 5, 14)
    text = join(
        ctx.para(
            "As part of your pre-employment checks for the {title} post, you are required to obtain "
            + level
            + " clearance.",
            "Following your acceptance of our offer for {title}, the Vetting Unit at {co} will now carry out your "
            + level
            + " check.",
            "Your security vetting application has been initiated.",
        ),
        ctx.para(
            "Please log in to the vetting portal and complete the online questionnaire by "
            + day(ctx, due, "en")
            + ". You will need details of your addresses, employment and finances for the last 5 years.",
            "Please complete the attached vetting forms and return them, with copies of two forms of ID, by "
            + day(ctx, due, "en")
            + ".",
            "You'll receive a separate email from United Kingdom Security Vetting (UKSV) with your login details. Please complete the form within 10 working days.",
        ),
        ctx.para(
            "Clearance typically takes 4-8 weeks. We'll confirm your start date once it is granted.",
            "Please do not share your login details. If you have questions, contact the Vetting Unit.",
            "",
        ),
    )
    name, addr = ctx.pick(
        [
            (ctx.fill("{co} Vetting Unit"), ctx.fill("vetting@{domain}")),
            ("UKSV", "no-reply@uksv.gov.example"),
            (ctx.fill("{co} Pre-Employment"), ctx.fill("preemployment@{domain}")),
        ]
    )
    subject = ctx.para(
        "Security vetting - action required",
        "Pre-employment checks: security clearance",
        "Vetting forms - {title}",
        "Your " + level.split(" (")[0] + " application",
    )
    return Draft(
        subject,
        text,
        name,
        addr,
        sign=ctx.fill("[Kind regards,|Regards,]\n[Vetting Unit|Pre-Employment Checks Team]\n{co}"),
    )


@j1("j1_oj_eligibility_list_rank", "other_job")
def eligibility(ctx: Ctx) -> Draft:
    """A US public employer: the exam is scored and the applicant is placed on an eligibility list."""
    move(ctx, "us_public")
    rank = ctx.num(2, 40)
    text = join(
        ctx.para(
            "Thank you for participating in the examination process for {title} (Exam #{req}).",
            "Your application for {title} has been reviewed and scored.",
            "This notice is to inform you of your status for the {title} recruitment (Exam #{req}).",
        ),
        f"Final score: {ctx.num(70, 98)}.{ctx.num(0, 99):02d}\nRank on eligible list: {rank}\nList expires: "
        + ctx.pick(["6 months from establishment", "12 months from establishment", "one year"]),
        ctx.para(
            "Your name has been placed on the eligible list. Hiring departments may contact candidates from this list for interviews as vacancies occur.",
            "You are eligible for referral to hiring departments. Being on the list does not guarantee an interview or a job offer.",
            "Candidates are referred in rank order (Rule of Three). If you are contacted for an interview, please respond promptly.",
        ),
        ctx.pick(
            [
                "You can view your application status at any time in your governmentjobs.com account.",
                "If you believe there is an error in your score, you may request a review within 7 calendar days.",
                "",
            ]
        ),
    )
    name, addr = ctx.pick(
        [
            (ctx.fill("{co} Human Resources"), "noreply@governmentjobs.com"),
            (ctx.fill("{co} Civil Service Commission"), ctx.fill("civilservice@{domain}")),
            (ctx.fill("{co} Personnel"), ctx.fill("hr@{domain}")),
        ]
    )
    subject = ctx.para(
        "Eligibility notice - {title}",
        "Notice of examination results",
        "Your status: {title} (Exam #{req})",
        "Eligible list placement",
    )
    return Draft(
        subject,
        text,
        name,
        addr,
        sign=ctx.fill(
            "[Sincerely,|Regards,]\n[Human Resources Department|Civil Service Commission]\n{co}"
        ),
        bulk=True,
    )


@j1("j1_oj_referred_to_hiring_manager", "other_job")
def referred(ctx: Ctx) -> Draft:
    """A government jobs portal says the application was referred to the hiring manager (no outcome)."""
    move(ctx, "us_public")
    text = join(
        ctx.para(
            "Your application for the position of {title}, announcement number {req}, has been referred to the hiring manager for further consideration.",
            "Status update for {title} ({req}): Referred.",
            "The application you submitted for {title} with {co} has been reviewed. You have been found qualified and your application has been forwarded to the selecting official.",
        ),
        ctx.para(
            "The hiring manager may contact you directly to schedule an interview. Being referred does not mean you have been selected.",
            "Please allow several weeks for the hiring manager to review applications. You will be notified once a final selection is made.",
            "No further action is required at this time. You can track your application status by signing in to your account.",
        ),
        ctx.pick([do_not_reply(ctx), ""]),
    )
    name, addr = ctx.pick(
        [
            ("State Jobs Portal", "no-reply@jobs.state.example"),
            (ctx.fill("{co}"), "noreply@governmentjobs.com"),
            (ctx.fill("{co} Talent Acquisition"), ctx.fill("noreply@{slug}.csod.com")),
        ]
    )
    subject = ctx.para(
        "Application status update: {title}",
        "Your application has been referred",
        "{req} - Referred to hiring manager",
        "Application update from {co}",
    )
    return Draft(
        subject,
        text,
        name,
        addr,
        sign=ctx.fill("[Thank you,|Regards,]\n{co} Human Resources"),
        bulk=True,
    )


@j1("j1_oj_de_referenzen_anfrage", "other_job", lang="de")
def de_referenzen(ctx: Ctx) -> Draft:
    """A German employer asks the candidate for referees before deciding (no outcome yet)."""
    move(ctx, "de")
    du = ctx.chance(0.4)
    text = join(
        de_hi(ctx, du),
        ctx.fill(
            ctx.pick(
                [
                    "danke nochmal für das gute Gespräch! Bevor wir eine finale Entscheidung für die Position {title} treffen, würden wir gern zwei Referenzen einholen.",
                    "wir sind fast am Ende des Auswahlprozesses für {title}. Kannst du uns noch zwei Referenzgeber*innen nennen?",
                ]
                if du
                else [
                    "vielen Dank für Ihr Interesse an der Position {title}. Im Rahmen unseres Auswahlverfahrens bitten wir Sie um die Kontaktdaten von zwei Referenzgebern.",
                    "für den weiteren Prozess ({title}) benötigen wir noch Referenzen aus Ihren letzten Beschäftigungsverhältnissen.",
                ]
            )
        ),
        ctx.fill(
            ctx.pick(
                [
                    "Am besten ehemalige Vorgesetzte - Name, Funktion, Telefonnummer und E-Mail reichen. Wir melden uns natürlich erst nach deinem OK bei ihnen.",
                    "Bitte schick uns die Kontakte bis [Freitag|Mittwoch], dann können wir zügig weitermachen.",
                ]
                if du
                else [
                    "Bitte teilen Sie uns Name, Position, Telefonnummer und E-Mail-Adresse mit. Wir kontaktieren die Referenzgeber selbstverständlich nur mit Ihrem Einverständnis.",
                    "Zusätzlich bitten wir um Kopien Ihrer letzten Arbeitszeugnisse, falls noch nicht eingereicht.",
                ]
            )
        ),
        bye(
            ctx, "de", ctx.pick(["{person}\nHR | {co}", "{person}\nTalent Acquisition", "{pfirst}"])
        ),
    )
    subject = ctx.para(
        "Referenzen - {title}",
        "Bitte um Referenzen",
        "Ihre Bewerbung: Referenzen und Zeugnisse",
        "Kurze Bitte: Referenzkontakte",
    )
    return Draft(subject, text, ctx.person, staff(ctx), greet=False, sign="", lang="de")


@j1("j1_oj_es_certificado_antecedentes", "other_job", lang="es")
def es_certificado(ctx: Ctx) -> Draft:
    """A Spanish employer asks for the background certificates and documents before the contract."""
    move(ctx, "es")
    doc = ctx.pick(
        [
            "el Certificado de Delitos de Naturaleza Sexual",
            "el certificado de antecedentes penales",
            "el título compulsado y el número de colegiado/a",
        ]
    )
    text = join(
        hi(ctx, "es"),
        ctx.para(
            "Para continuar con tu incorporación como {title}, necesitamos que nos envíes la siguiente documentación:",
            "Antes de formalizar el contrato para el puesto de {title}, te pedimos la siguiente documentación:",
            "Como parte del proceso de selección de {co}, es obligatorio presentar:",
        ),
        "- "
        + doc
        + "\n- copia del DNI/NIE\n- número de la Seguridad Social\n- "
        + ctx.pick(["cuenta bancaria (IBAN)", "foto tamaño carné", "titulación"]),
        ctx.para(
            "El certificado se puede solicitar online en la sede electrónica del Ministerio de Justicia con certificado digital o Cl@ve.",
            "Puedes subirlo al portal del candidato o responder a este correo con los documentos adjuntos.",
            "Por favor, envíalo antes del [viernes|día 15|lunes] para no retrasar tu alta.",
        ),
        bye(
            ctx,
            "es",
            ctx.pick(["{person}\nRRHH | {co}", "Departamento de Personas\n{co}", "{pfirst}"]),
        ),
    )
    subject = ctx.para(
        "Documentación pendiente - {title}",
        "Certificado y documentación para tu incorporación",
        "Proceso de selección: documentos necesarios",
        "Documentación {co}",
    )
    return Draft(subject, text, ctx.person, staff(ctx), greet=False, sign="", lang="es")


@j1("j1_oj_candidate_survey_i18n", "other_job")
def survey_i18n(ctx: Ctx) -> Draft:
    """A candidate-experience survey after an interview, in Dutch, German or French."""
    lang = ctx.pick(["nl", "de", "fr"])
    move(ctx, lang)
    link = ctx.url(
        ctx.pick(
            [
                "survey.survale.com",
                "candidate.starred.com",
                "feedback.greenhouse.io",
                "app.qualtrics.com",
            ]
        ),
        "s",
    )
    paras = {
        "nl": [
            "Bedankt voor je sollicitatie bij {co} voor de functie {title}. We horen graag hoe je het sollicitatieproces hebt ervaren.",
            "Het invullen van de korte vragenlijst duurt ongeveer 2 minuten. Je antwoorden zijn anoniem en hebben geen invloed op je sollicitatie.",
            "Hoe waarschijnlijk is het dat je {co} als werkgever aanbeveelt aan een vriend? "
            + link,
        ],
        "de": [
            "vielen Dank, dass Sie sich bei {co} als {title} beworben haben. Wie haben Sie unseren Bewerbungsprozess erlebt?",
            "Die Umfrage dauert nur 2 Minuten und ist anonym. Ihre Antworten haben keinen Einfluss auf Ihre Bewerbung.",
            "Zur Umfrage: " + link,
        ],
        "fr": [
            "Merci d'avoir postulé chez {co} pour le poste de {title}. Votre avis sur notre processus de recrutement nous intéresse.",
            "Ce questionnaire ne prend que 2 minutes. Vos réponses sont anonymes et n'ont aucun impact sur votre candidature.",
            "Répondre au questionnaire : " + link,
        ],
    }[lang]
    text = join(
        hi(ctx, lang),
        *(ctx.fill(p) for p in paras),
        bye(ctx, lang, ctx.pick(["Team Recruitment {co}", "{co} Talent Acquisition", "{co}"])),
    )
    subject = {
        "nl": [
            "Hoe was je sollicitatie bij {co}?",
            "Jouw mening telt - korte vragenlijst",
            "Feedback over je sollicitatieproces",
        ],
        "de": [
            "Wie war Ihr Bewerbungsprozess?",
            "Ihr Feedback zu Ihrer Bewerbung bei {co}",
            "2 Minuten für uns?",
        ],
        "fr": [
            "Votre avis sur notre processus de recrutement",
            "Comment s'est passée votre candidature chez {co} ?",
            "Questionnaire candidat",
        ],
    }[lang]
    foot = privacy(ctx, ctx.legal, ctx.domain, lang) if ctx.chance(0.4) else ""
    return Draft(
        ctx.para(*subject),
        text,
        ctx.fill("{co} Recruitment"),
        ctx.fill("no-reply@{domain}"),
        greet=False,
        sign="",
        footer=foot,
        lang=lang,
        bulk=True,
    )


@j1("j1_oj_courier_platform_onboarding", "other_job")
def courier_onboarding(ctx: Ctx) -> Draft:
    """A delivery platform's onboarding steps for a driver who applied (documents, video, kit)."""
    brand, host = ctx.pick(
        [
            ("Parcelway Flex", "parcelway.example"),
            ("Swiftline Couriers", "swiftline.example"),
            ("Falcon Freight Drivers", "falconfreight.com"),
            ("Sparrow Logistics", "sparrowlogistics.com"),
        ]
    )
    ctx._co = Company(brand, host, brand)
    ctx._title = ctx.pick(
        ["Delivery Driver", "Courier (own vehicle)", "Multi-drop Van Driver", "Delivery Partner"]
    )
    steps = ctx.pick(
        [
            "1. Upload your driving licence and proof of insurance\n2. Complete the background check consent\n3. Watch the 20-minute safety video",
            "1. Verify your identity\n2. Add your vehicle details\n3. Book your kit collection",
            "1. Right-to-work check\n2. DVLA licence code\n3. Bank details for weekly payments",
        ]
    )
    text = join(
        ctx.para(
            "Thanks for applying to drive with {co}! You're almost there - finish these steps to activate your account:",
            "Your {title} application with {co} is in progress. A few things are still missing:",
            "Welcome! Before you can book your first block, please complete your onboarding.",
        ),
        steps,
        ctx.para(
            "Most drivers finish in under 30 minutes. Open the app to continue.",
            "Spots in your area fill fast, so don't leave it too long.",
            "Need help? Visit our Driver Support centre.",
        ),
    )
    subject = ctx.para(
        "Finish your onboarding",
        "{co}: 2 steps left",
        "Action needed on your driver application",
        "Complete your profile to start delivering",
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co}"),
        ctx.fill("no-reply@{domain}"),
        sign=ctx.fill("The {co} team"),
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )


@j1("j1_oj_ja_nyusha_shorui", "other_job", lang="ja")
def ja_shorui(ctx: Ctx) -> Draft:
    """A Japanese employer asks a future hire to send the pre-joining paperwork."""
    move(ctx, "ja")
    due = weekday_future(ctx, 5, 15)
    text = join(
        ctx.fill("{last} 様"),
        ctx.fill("お世話になっております。{co} 人事部です。"),
        ctx.para(
            "ご入社に向けて、下記の書類のご提出をお願いいたします。",
            "入社手続きに必要な書類についてご案内いたします。",
        ),
        "・"
        + ctx.pick(["年金手帳（基礎年金番号通知書）", "雇用保険被保険者証"])
        + "\n・源泉徴収票（前職分）\n・マイナンバー確認書類\n・"
        + ctx.pick(["健康診断書", "給与振込口座届", "身元保証書"]),
        "提出期限：" + day(ctx, due, "ja"),
        ctx.pick(
            [
                "書類は郵送または入社手続きシステムからアップロードしてください。",
                "ご不明な点がございましたら、お気軽にお問い合わせください。",
            ]
        ),
        ctx.fill("{co}\n人事部 入社手続き担当"),
    )
    subject = ctx.para("【{co}】入社書類ご提出のお願い", "入社手続きのご案内", "ご提出書類について")
    return Draft(
        subject,
        text,
        ctx.fill("{co} 人事部"),
        ctx.fill("jinji@{domain}"),
        greet=False,
        sign="",
        lang="ja",
    )
