"""The reader's current job and appointments abroad: payroll, the performance review cycle,
the internal mobility newsletter, an interviewer's scorecard reminder (the reader on the
hiring side), and everyday appointments in French, German, Spanish, Italian, Dutch and
Portuguese (a prefecture, a town hall, a garage, a hairdresser, a doctor).

All not_job. One writer's families (zd_), written without reading the other family modules.
"""

# ruff: noqa: E501

from __future__ import annotations

import vocab
from kit import Ctx, Draft, ascii_word, family
from zc_kit import neg
from zd_kit import ZD_N, bye_in, clock, date_in, hello_in, one, opt, workday


def _employer(ctx: Ctx) -> tuple[str, str]:
    """The reader's own employer, named plainly (not_job mail carries no company label)."""
    company = ctx.pick(vocab.COMPANIES)
    return company.name, company.domain


@family("zd_neg_hr_payroll", "not_job", n=ZD_N)
def hr_payroll(ctx: Ctx) -> Draft:
    """Payroll at the reader's employer: payslip ready, pay rise letter, tax form, bonus."""
    name, dom = _employer(ctx)
    month = vocab.MONTHS[ctx.date.month - 1]
    kind = ctx.pick(["payslip", "raise", "tax", "expenses"])
    texts = {
        "payslip": (
            f"Your {month} payslip is available",
            [
                f"Your payslip for {month} is now available in [Workday|the HR portal|ADP].",
                "Payment will reach your bank account on the last working day of the month.",
                "Questions? Contact payroll@" + dom + ".",
            ],
        ),
        "raise": (
            "Your compensation letter",
            [
                f"Following this year's compensation review, your base salary will increase by {{pct}}% effective 1 {month}.",
                "Your updated compensation letter is available in the HR portal under Documents.",
                "Thank you for your contribution this year.",
            ],
        ),
        "tax": (
            "Your annual tax form is ready",
            [
                "Your [W-2|P60|annual salary statement] for last year is now available to download.",
                "Keep it for your tax return. Former employees receive theirs by post.",
                "",
            ],
        ),
        "expenses": (
            "Expense report approved",
            [
                f"Your expense report EXP-{ctx.num(1000, 9999)} ({ctx.pick(['Team offsite', 'Client visit', 'Conference travel'])}) has been approved by your manager.",
                "It will be reimbursed with your next salary payment.",
                "",
            ],
        ),
    }
    subject, paras = texts[kind]
    sender = ctx.pick(
        [
            (f"{name} Payroll", f"payroll@{dom}"),
            ("Workday", f"{dom.split('.')[0]}@myworkday.com"),
            (f"{name} People Team", f"people@{dom}"),
        ]
    )
    return neg(
        ctx,
        [subject],
        [ctx.fill(p) for p in paras],
        sender,
        f"{name} Payroll & Benefits",
        greet_p=0.6,
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("zd_neg_hr_perf_review", "not_job", n=ZD_N)
def hr_perf_review(ctx: Ctx) -> Draft:
    """The review cycle: self-review due, peer feedback requested, calibration, check-in booked."""
    name, dom = _employer(ctx)
    due = date_in(ctx, workday(ctx, 3, 14))
    paras = [
        one(
            ctx,
            f"The [mid-year|annual|H2] performance review cycle is now open. Please complete your self-review by {due}.",
            f"{{person}} has requested your feedback as a peer reviewer. Responses are due {due}.",
            f"Reminder: your self-assessment is due {due}. You haven't started it yet.",
            f"Your review conversation with your manager is booked for {due} at {clock(ctx, workday(ctx))}.",
        ),
        one(
            ctx,
            "[Reflect on your goals, impact and growth areas.|Feedback is shared with the employee's manager and summarised anonymously.|Ratings are finalised in calibration and shared in your 1:1.]",
            "Open the review in [Lattice|Culture Amp|15Five|Workday] to get started.",
        ),
        opt(
            ctx,
            0.4,
            "[Tip: link to concrete examples.|This cycle also includes promotion nominations.|Managers: calibration sessions start next week.]",
        ),
    ]
    subjects = [
        "Action required: self-review due " + due,
        "You've been asked to give feedback",
        f"{name} performance review cycle is open",
        "Reminder: complete your review",
        "Your review conversation",
    ]
    return neg(
        ctx,
        subjects,
        paras,
        (
            ctx.pick(["Lattice", "Culture Amp", f"{name} People Team"]),
            ctx.pick(
                ["notifications@lattice.example", "no-reply@cultureamp.example", f"people@{dom}"]
            ),
        ),
        f"{name} People Team",
        form=ctx.pick(["html", "alt"]),
    )


@family("zd_neg_internal_mobility", "not_job", n=ZD_N)
def internal_mobility(ctx: Ctx) -> Draft:
    """The employer's internal-mobility newsletter: open roles inside, a colleague's move, a panel."""
    name, dom = _employer(ctx)
    roles = ctx.rng.sample(
        [
            "Product Analyst (Payments)",
            "Engineering Manager, Platform",
            "Customer Success Lead",
            "Data Engineer (Ops)",
            "Technical Writer",
            "HR Business Partner",
        ],
        3,
    )
    paras = [
        one(
            ctx,
            "This month on the internal talent marketplace:",
            "Grow your career without leaving: here's what's open internally.",
            f"Welcome to Moves@{name}, our internal mobility update.",
        ),
        "\n".join(f"- {r}" for r in roles),
        one(
            ctx,
            "[Meet {person}, who moved from support to product last spring.|Internal candidates are considered before external ones for 2 weeks.|Talk to your manager before applying - it's encouraged!]",
            "Join our [career conversations|internal mobility] lunch & learn next Thursday.",
        ),
        opt(ctx, 0.5, "Questions? #internal-mobility on Slack."),
    ]
    subjects = [
        f"Moves@{name}: new internal openings",
        "Internal opportunities this month",
        "Your monthly career growth digest",
        f"{name} Talent Marketplace update",
    ]
    return neg(
        ctx,
        subjects,
        paras,
        (f"{name} Internal Comms", f"internal-comms@{dom}"),
        f"{name} People Team",
        greet_p=0.3,
        bulk=True,
        form="html",
    )


@family("zd_neg_interviewer_scorecard", "not_job", n=ZD_N)
def interviewer_scorecard(ctx: Ctx) -> Draft:
    """The reader interviews for their employer: scorecard due, debrief booked, new loop assigned."""
    name, dom = _employer(ctx)
    cand = ctx.pick(
        [
            "Dana Whitfield",
            "Kofi Mensah",
            "Yara Haddad",
            "Pavel Horak",
            "Sun-hee Park",
            "Oliver Grant",
        ]
    )
    kind = ctx.pick(["scorecard", "debrief", "assigned"])
    texts = {
        "scorecard": (
            f"Reminder: submit your scorecard for {cand}",
            [
                f"You interviewed {cand} for {{title}} on {date_in(ctx, ctx.date)}. Your scorecard is overdue.",
                "Please submit it within 24 hours so the hiring team can make a timely decision.",
                "Submit scorecard: " + ctx.url("app.greenhouse.io", "scorecards"),
            ],
        ),
        "debrief": (
            f"Debrief: {cand} - {{title}}",
            [
                f"Thanks for interviewing {cand}! The debrief is scheduled for {date_in(ctx, workday(ctx, 1, 3))} at {clock(ctx, workday(ctx))}.",
                "Please have your scorecard submitted before the meeting. Don't discuss your feedback with other interviewers until then.",
                "",
            ],
        ),
        "assigned": (
            f"You've been added to an interview: {cand}",
            [
                f"You've been scheduled to interview {cand} for {{title}} ({ctx.pick(['System design', 'Culture add', 'Coding', 'Hiring manager'])} focus).",
                "Review the candidate's resume and the interview kit before the session.",
                "Interview kit: " + ctx.url("app.greenhouse.io", "kits"),
            ],
        ),
    }
    subject, paras = texts[kind]
    return neg(
        ctx,
        [subject],
        [ctx.fill(p) for p in paras],
        (f"{name} Recruiting", ctx.pick(["no-reply@greenhouse.io", f"recruiting@{dom}"])),
        f"{name} Recruiting Ops",
        greet_p=0.6,
    )


_RDV = {
    "fr": [
        (
            "Confirmation de votre rendez-vous en préfecture",
            "Préfecture de {ville} - Rendez-vous",
            "rdv-{ville_l}@interieur.gouv.example",
            [
                "Votre rendez-vous pour le [retrait de titre de séjour|renouvellement de passeport|dépôt de dossier] est confirmé le {quand}.",
                "Merci de vous présenter 10 minutes avant l'heure, muni(e) de la convocation et des pièces justificatives.",
                "Toute absence non signalée entraîne l'annulation de la demande.",
            ],
        ),
        (
            "Votre rendez-vous chez le coiffeur",
            "Salon Mèches Folles",
            "contact@mechesfolles.fr",
            [
                "Nous vous confirmons votre rendez-vous le {quand} avec [Julie|Karim|Sophie].",
                "Pour annuler ou décaler, merci de nous prévenir 24h à l'avance.",
                "",
            ],
        ),
    ],
    "de": [
        (
            "Terminbestätigung Bürgeramt",
            "Bürgeramt {ville}",
            "termine@buergeramt-{ville_l}.example",
            [
                "Ihr Termin für [Anmeldung einer Wohnung|Personalausweis beantragen|Reisepass abholen] ist bestätigt: {quand}.",
                "Bitte bringen Sie alle erforderlichen Unterlagen und diese Bestätigung mit.",
                "Absagen bitte über den Link in dieser E-Mail.",
            ],
        ),
        (
            "Ihr Werkstatttermin",
            "Autohaus Brenner",
            "service@autohaus-brenner.de",
            [
                "wir bestätigen Ihren Termin zur [Inspektion|Hauptuntersuchung|Reifenwechsel] am {quand}.",
                "Bitte geben Sie das Fahrzeug bis 8:00 Uhr ab. Ein Ersatzwagen steht auf Wunsch bereit.",
                "",
            ],
        ),
    ],
    "es": [
        (
            "Cita previa confirmada",
            "Sede Electrónica - Cita Previa",
            "citaprevia@administracion.example",
            [
                "Su cita previa para [la renovación del DNI|la toma de huellas (TIE)|empadronamiento] ha sido confirmada para el {quand}.",
                "Presente este justificante y la documentación original el día de la cita.",
                "Si no puede acudir, anule la cita para liberar el hueco.",
            ],
        ),
        (
            "Recordatorio de su cita en la clínica",
            "Clínica Dental Sonrisa",
            "citas@clinicasonrisa.es",
            [
                "Le recordamos su cita el {quand}.",
                "Responda SÍ para confirmar o NO para anular.",
                "",
            ],
        ),
    ],
    "it": [
        (
            "Conferma prenotazione visita",
            "CUP Regione",
            "prenotazioni@cup-regione.example",
            [
                "La sua prenotazione per la [visita cardiologica|visita oculistica|analisi del sangue] è confermata per il {quand}.",
                "Si presenti 15 minuti prima con la tessera sanitaria e l'impegnativa.",
                "Per disdire utilizzi il codice di prenotazione.",
            ],
        ),
    ],
    "nl": [
        (
            "Bevestiging van je afspraak",
            "Gemeente {ville}",
            "afspraken@gemeente-{ville_l}.example",
            [
                "Je afspraak voor [een nieuw paspoort|het ophalen van je rijbewijs|een verhuizing doorgeven] staat gepland op {quand}.",
                "Neem je identiteitsbewijs en deze bevestiging mee.",
                "Kun je niet? Annuleer je afspraak via de link.",
            ],
        ),
    ],
    "pt": [
        (
            "Confirmação de agendamento",
            "Loja do Cidadão",
            "agendamentos@lojadocidadao.example",
            [
                "O seu agendamento para [renovação do Cartão de Cidadão|pedido de passaporte|atendimento na Segurança Social] está confirmado para {quand}.",
                "Compareça com 10 minutos de antecedência e traga os documentos necessários.",
                "",
            ],
        ),
    ],
}
_TOWNS = {
    "fr": "Lyon",
    "de": "Köln",
    "es": "Sevilla",
    "it": "Bologna",
    "nl": "Utrecht",
    "pt": "Porto",
}


@family("zd_neg_rdv_i18n", "not_job", n=ZD_N)
def rdv_i18n(ctx: Ctx) -> Draft:
    """Appointment confirmations from offices and shops in six languages."""
    lang = ctx.pick(sorted(_RDV))
    subject, org, addr, paras = ctx.pick(_RDV[lang])
    town = _TOWNS[lang]
    start = workday(ctx, 2, 30)
    quand = f"{date_in(ctx, start, lang)} {'à' if lang == 'fr' else 'um' if lang == 'de' else 'alle' if lang == 'it' else 'om' if lang == 'nl' else 'às' if lang == 'pt' else 'a las'} {clock(ctx, start, lang)}"
    town_l = ascii_word(town)

    def sub(text: str) -> str:
        return ctx.fill(
            text.replace("{ville}", town).replace("{ville_l}", town_l).replace("{quand}", quand)
        )

    body = "\n\n".join(p for p in [hello_in(ctx, lang, 0.5), *(sub(p) for p in paras)] if p)
    return Draft(
        sub(subject),
        body,
        sub(org),
        sub(addr),
        greet=False,
        sign=bye_in(ctx, lang, sub(org)),
        lang=lang,
        form=ctx.pick(["html", "alt", "plain"]),
    )
