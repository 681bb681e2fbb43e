"""Template families (session 10, helper J1): rejections from hiring worlds the corpus had
little of: a final-round rejection with real feedback, an academic search that concluded,
Polish, Japanese and Swedish rejections. Recruiters' approaches follow in fam_j1_late2.py and
the chores around an application in fam_j1_late3.py.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from j1_kit import bye, hi, j1, join, move, staff
from kit import Ctx, Draft

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
