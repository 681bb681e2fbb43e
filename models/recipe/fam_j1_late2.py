"""Template families (session 10, helper J1), continued from fam_j1_late.py, which had grown
past the 600-line limit: recruiters' approaches from hiring worlds the corpus had little of:
travel-nurse and trades-agency recruiters, Polish, Dutch, Japanese and Swedish recruiters, a
recruiter back after months of silence and a professor encouraging an application. Its name
sorts right after fam_j1_late.py (corpus.py imports fam_*.py in name order), so its families
keep their place in the registry and the corpus stays byte-identical.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from j1_kit import bye, hi, j1, join, move, staff
from kit import Ctx, Draft

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
