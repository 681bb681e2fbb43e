"""Three more zc_ styles where the shipped model still errs on the zc_ families: a staffing
agency selling contractors to the reader (read as recruiter outreach), text-message-short
appointment reminders in Italian, Dutch, Portuguese and French (read as interviews), and the
ATS notice that only says an application's status changed (other_job, read as a confirmation).
"""

# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, ats_sender, family
from zc_kit import ZC_N, addr_at, job, neg


@family("zc_sales_staffing", "not_job", n=ZC_N)
def sales_staffing(ctx: Ctx) -> Draft:
    agency, dom = ctx.pick(
        [
            ("Brightbench Talent", "brightbench.io"),
            ("Nearshore Nine", "nearshorenine.com"),
            ("Keel & Co Staffing", "keelstaffing.com"),
            ("DevPool", "devpool.example.com"),
        ]
    )
    paras = [
        ctx.para(
            f"I noticed {{co}} has [several engineering roles open|been hiring for a while|a backlog of open reqs]. {agency} places pre-vetted [senior developers|data engineers|QA contractors] in [5|10|14] days, not months.",
            "Are you the right person to talk to about contract staffing at {co}? We have [3|4|6] engineers coming off a project next week who could start immediately.",
            f"Hiring is hard right now - {agency} can take the sourcing and screening off your plate. Clients pay only when a contractor starts.",
        ),
        ctx.para(
            "Happy to send over a few anonymised profiles. Would a 15-minute call [this week|on {day}] make sense?",
            "Our rates start at [$45|$60|€40]/hour with no long-term commitment. Worth a quick chat?",
            "Can I send you [two|three] CVs to look at? No obligation.",
        ),
    ]
    return neg(
        ctx,
        [
            "Engineers available next week",
            "Your open roles at {co}",
            "Contract developers for {co}?",
            "Quick question about your hiring plans",
            "Re: staffing support",
        ],
        paras,
        (ctx.person, addr_at(ctx, dom)),
        ctx.fill(
            f"[Best|Thanks|Regards],\n{{person}}\n[Business Development Manager|Client Partner|Account Director], {agency}"
        ),
        form=ctx.pick(["plain", "alt"]),
    )


_SMS = {
    "it": (
        "Promemoria: [visita|appuntamento|igiene dentale] <when> presso [Studio Medico Verdi|Ambulatorio Centro|Officina Ferri|Salone Anna]. Per disdire rispondi NO.",
        ["Promemoria appuntamento", "Appuntamento domani", "Conferma appuntamento"],
        "noreply@promemoria.example.it",
    ),
    "nl": (
        "Herinnering: uw afspraak [bij de huisarts|bij de tandarts|bij de kapper|in de werkplaats] is <when>. Verzetten? Bel ons of antwoord met NEE.",
        ["Herinnering afspraak", "Uw afspraak morgen", "Afspraakbevestiging"],
        "noreply@afspraken.example.nl",
    ),
    "pt": (
        "Lembrete: a sua [consulta|marcação|revisão] é <when> na [Clínica Central|Oficina Lopes|Barbearia Nova]. Responda SIM para confirmar.",
        ["Lembrete de marcação", "A sua consulta amanhã", "Confirme a sua marcação"],
        "naoresponder@marcacoes.example.pt",
    ),
    "fr": (
        "Rappel : votre rendez-vous [chez le kiné|au cabinet dentaire|au garage|chez le coiffeur] est <when>. Pour annuler, répondez NON.",
        ["Rappel de rendez-vous", "Votre rendez-vous demain", "Confirmez votre rendez-vous"],
        "noreply@rappels.example.fr",
    ),
}
_WHEN = {
    "it": "il <d> alle <h>",
    "nl": "op <d> om <h>",
    "pt": "no dia <d> às <h>",
    "fr": "le <d> à <h>",
}


@family("zc_rdv_sms_mixed", "not_job", n=ZC_N)
def rdv_sms_mixed(ctx: Ctx) -> Draft:
    lang = ctx.pick(sorted(_SMS))
    text, subjects, addr = _SMS[lang]
    when = ctx.future(1, 6)
    line = (
        ctx.fill(text)
        .replace("<when>", _WHEN[lang])
        .replace("<d>", f"{when:%d/%m}")
        .replace("<h>", f"{when:%H:%M}")
    )
    return Draft(ctx.pick(subjects), line, "", addr, greet=False, sign="", lang=lang, form="plain")


@family("zc_oj_status_changed", "other_job", n=ZC_N)
def oj_status_changed(ctx: Ctx) -> Draft:
    paras = [
        ctx.para(
            "The status of your application for {title} at {co} has been updated.",
            "There's an update on your application for {title} (req {req}). For privacy reasons we don't include details in email.",
            "You have a new message about your {co} application in the candidate portal.",
        ),
        ctx.para(
            "Sign in to view it: https://[{slug}.wd3.myworkdayjobs.com/careers/userHome|careers.{domain}/candidate/messages|{slug}.icims.com/jobs/candidate]",
            "Log in to your candidate home to see the latest status and any tasks waiting for you.",
        ),
    ]
    return job(
        ctx,
        [
            "Your application status has changed",
            "Update on your application",
            "New message in your candidate portal",
            "{co}: application update",
        ],
        paras,
        ats_sender(ctx, ctx.pick(("workday", "icims", "taleo", "smartrecruiters", "own"))),
        sign=ctx.fill("[{co} Talent Acquisition|{co} Careers|Do not reply to this message.]"),
        bulk=ctx.chance(0.5),
        form=ctx.pick(["html", "alt", "plain"]),
    )
