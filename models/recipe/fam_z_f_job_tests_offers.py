"""Template families (zf_, written blind): later hiring steps as real inboxes show them:
assessment-deadline reminders wrapped in ATS HTML boilerplate, and offer follow-ups (start
date, relocation, background check pending) in English and six other languages.
"""

# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, family, sign_person
from zf_kit import (
    ZF_N,
    addr,
    body,
    bye,
    confidential,
    do_not_reply,
    hello,
    logo,
    opt,
    privacy,
    weekday_future,
    when_text,
)


@family("zf_tr_assessment_deadline_reminder", "technical_round", n=ZF_N)
def _assessment_deadline(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "en", "de", "fr"])
    tool = ctx.pick(
        [
            "HackerRank",
            "Codility",
            "TestGorilla",
            "SHL",
            "CodeSignal",
            "Criteria",
            "HireVue Assessments",
        ]
    )
    host = {
        "HackerRank": "hackerrank.com",
        "Codility": "app.codility.com",
        "TestGorilla": "app.testgorilla.com",
        "SHL": "shl.com",
        "CodeSignal": "app.codesignal.com",
        "Criteria": "criteriacorp.com",
        "HireVue Assessments": "app.hirevue.com",
    }[tool]
    due = ctx.future(1, 5)
    hours = ctx.pick(["24", "48", "72"])
    if lang == "en":
        main = body(
            ctx.para(
                "This is a friendly reminder that your online assessment for the {title} position at {co} has not been completed yet. The invitation expires in "
                + hours
                + " hours.",
                "Reminder: please complete your {co} technical assessment before "
                + when_text(ctx, due)
                + " (your local time). After this date the link will no longer be active.",
                "You were invited to take a coding test as the next step of your application to {co} ({title}). We noticed you haven't started it yet.",
            ),
            ctx.para(
                "The test takes about [60|75|90] minutes and must be completed in one sitting. Make sure you have a stable internet connection and a quiet environment.",
                "It consists of [2|3] coding tasks and a short multiple-choice section. You can use the language of your choice.",
                "The assessment includes a numerical and a logical reasoning section. Once started, the timer cannot be paused.",
            ),
            f"Start your assessment: {ctx.url(host, 'invite')}",
            opt(
                ctx,
                0.5,
                "Need accommodations or having technical trouble? Contact support@"
                + host
                + " and mention your invitation code.",
            ),
        )
        subj = ctx.fill(
            ctx.pick(
                [
                    "Reminder: complete your {co} assessment",
                    "[Action required] Your {title} coding test expires in " + hours + " hours",
                    "{co} - assessment deadline approaching",
                    "Don't forget: " + tool + " test for {co}",
                ]
            )
        )
    elif lang == "de":
        main = body(
            ctx.fill(
                "Erinnerung: Ihr Online-Test für die Position {title} bei {co} ist noch nicht abgeschlossen. Bitte bearbeiten Sie ihn bis "
            )
            + when_text(ctx, due, "de")
            + ".",
            "Der Test dauert ca. 60 Minuten und muss am Stück bearbeitet werden.",
            f"Zum Test: {ctx.url(host, 'invite')}",
        )
        subj = ctx.fill("Erinnerung: Online-Assessment {co} ({title})")
    else:
        main = body(
            ctx.fill(
                "Rappel : votre test technique pour le poste de {title} chez {co} n'a pas encore été complété. Il expire le "
            )
            + when_text(ctx, due, "fr")
            + ".",
            "Prévoyez environ une heure sans interruption.",
            f"Commencer le test : {ctx.url(host, 'invite')}",
        )
        subj = ctx.fill("Rappel : test en ligne {co} - {title}")
    return Draft(
        subject=subj,
        body=body(
            logo(tool if ctx.chance(0.5) else ctx.co, ctx),
            hello(ctx, lang),
            main,
            do_not_reply(ctx, lang),
            privacy(ctx, tool, host, lang) if ctx.chance(0.6) else "",
        ),
        from_name=ctx.fill(ctx.pick([tool, "{co} via " + tool, "{co} Recruiting"])),
        from_addr=ctx.pick(["no-reply@", "noreply@", "support@"]) + host,
        greet=False,
        sign=bye(
            ctx, lang, ctx.pick([tool + " Team", "{co} Talent Acquisition", "The {co} Hiring Team"])
        ),
        form=ctx.pick(["html", "alt", "alt"]),
        bulk=ctx.chance(0.5),
        lang=lang,
    )


@family("zf_of_followup_start_reloc", "offer", n=ZF_N)
def _offer_followup(ctx: Ctx) -> Draft:
    start = weekday_future(ctx, 20, 60)
    paras = [
        ctx.para(
            "Just following up on the offer we sent over on {day} for the {title} position. I wanted to make sure you received everything and see if you have any questions.",
            "Thanks for the great conversation yesterday. As promised, here is a summary of the offer for the {title} role at {co}:",
            "Hope you had a chance to review the offer letter. A couple of practical points below so you have the full picture.",
            "Checking in on your offer from {co}. We'd love to have you on board as our new {title}!",
        ),
        ctx.para(
            "Start date: we proposed "
            + when_text(ctx, start).split(" at ")[0]
            + ", but we can be flexible by a week or two if you need to give notice.",
            "Regarding the start date, the team suggested "
            + when_text(ctx, start).split(" at ")[0]
            + "; let me know if that works with your notice period.",
            "- Base salary: {money}\n- Sign-on bonus: {sign}\n- Start date: flexible, ideally within 6 weeks",
        ),
        ctx.para(
            "Relocation: the package includes a lump sum of {sign} plus up to 30 days of temporary housing. Our relocation partner will contact you once the offer is signed.",
            "On relocation, we cover moving costs up to {sign} and a house-hunting trip. The details are in the relocation policy attached.",
            "",
        ),
        ctx.para(
            "Please note the offer is contingent on a background check. Once you sign, you'll receive an email from our screening vendor to start it; it usually takes 3-5 business days.",
            "Your background check is still pending - nothing needed from you right now, the vendor will reach out if they need more documents.",
            "The offer expires on {day}. You can sign it electronically through the link in the original email.",
            "",
        ),
        ctx.para(
            "Happy to jump on a call to discuss anything.",
            "Let me know if you'd like to talk to anyone else on the team before deciding.",
            "Looking forward to hearing from you!",
        ),
    ]
    return Draft(
        subject=ctx.fill(
            ctx.pick(
                [
                    "Re: Your offer from {co}",
                    "Following up on your offer - {title}",
                    "Offer details: start date & relocation",
                    "Re: {co} offer - next steps",
                    "Your {co} offer - questions?",
                ]
            )
        ),
        body=body(*paras),
        from_name=ctx.person,
        from_addr=addr(ctx, ctx.pick(["{pf}.{pl}@{domain}", "{pf}@{domain}"])),
        sign=sign_person(ctx),
        footer=confidential(ctx) if ctx.chance(0.4) else "",
        quote=ctx.fill(
            "Hi {pfirst}, thanks so much for the offer! I'm reviewing it now and will get back to you by the end of the week."
        )
        if ctx.chance(0.3)
        else "",
    )


@family("zf_of_i18n_contract_followup", "offer", lang="de", n=ZF_N)
def _offer_i18n(ctx: Ctx) -> Draft:
    lang = ctx.pick(["de", "fr", "es", "it", "nl", "pt"])
    start = weekday_future(ctx, 20, 60)
    d = when_text(ctx, start, lang).split(" ")[0:-2]
    day = " ".join(d)
    texts = {
        "de": (
            "Ihr Vertragsangebot bei {co}",
            "wie telefonisch besprochen, freuen wir uns, Ihnen die Position als {title} anzubieten. Anbei erhalten Sie Ihren Arbeitsvertrag zur Unterschrift. Als Eintrittsdatum schlagen wir den "
            + day
            + " vor. Bitte senden Sie uns den unterschriebenen Vertrag innerhalb von 7 Tagen zurück.",
        ),
        "fr": (
            "Proposition d'embauche - {title}",
            "suite à nos échanges, nous avons le plaisir de vous proposer le poste de {title} chez {co}. Vous trouverez ci-joint votre promesse d'embauche. Date de démarrage envisagée : "
            + day
            + ". Merci de nous la retourner signée sous huit jours.",
        ),
        "es": (
            "Oferta de empleo - {co}",
            "nos complace ofrecerte el puesto de {title} en {co}. Te adjuntamos la carta oferta con las condiciones (salario, fecha de incorporación el "
            + day
            + " y beneficios). ¿Podrías confirmarnos tu respuesta antes del viernes?",
        ),
        "it": (
            "Proposta di assunzione {co}",
            "siamo lieti di proporti la posizione di {title} presso {co}. In allegato trovi la lettera di offerta con RAL, benefit e data di inizio prevista ("
            + day
            + "). Attendiamo un tuo riscontro entro la prossima settimana.",
        ),
        "nl": (
            "Aanbod voor de functie {title}",
            "naar aanleiding van ons gesprek bieden we je graag de functie van {title} bij {co} aan. In de bijlage vind je het arbeidsvoorwaardenvoorstel. Voorgestelde startdatum: "
            + day
            + ". Laat je ons binnen een week weten of je akkoord gaat?",
        ),
        "pt": (
            "Proposta de trabalho - {title}",
            "temos o prazer de lhe apresentar a proposta para a posição de {title} na {co}. Em anexo segue a carta-proposta com a remuneração e a data de início prevista ("
            + day
            + "). Aguardamos a sua resposta até sexta-feira.",
        ),
    }
    subj, main = texts[lang]
    extra = {
        "de": "Der Vertrag steht unter dem Vorbehalt eines einwandfreien Führungszeugnisses.",
        "fr": "Notre offre reste soumise à la vérification de vos références.",
        "es": "La incorporación queda sujeta a la verificación de antecedentes.",
        "it": "L'assunzione è subordinata alla verifica dei documenti.",
        "nl": "Het aanbod is onder voorbehoud van een positieve VOG.",
        "pt": "A contratação está sujeita à verificação de antecedentes.",
    }[lang]
    h = hello(ctx, lang, 1.0)
    main_filled = ctx.fill(main)
    if not h.endswith(","):
        main_filled = main_filled[0].upper() + main_filled[1:]
    return Draft(
        subject=ctx.fill(("Re: " if ctx.chance(0.3) else "") + subj),
        body=body(h, main_filled, extra if ctx.chance(0.5) else ""),
        from_name=ctx.person,
        from_addr=addr(ctx, "{pf}.{pl}@{domain}"),
        greet=False,
        sign=bye(
            ctx, lang, ctx.pick(["{person}\nHR / Talent Acquisition\n{co}", "{person}", "{pfirst}"])
        ),
        footer=confidential(ctx) if ctx.chance(0.3) else "",
        lang=lang,
    )
