"""Template families (session 11, helper K1): hiring mail in a casual or practical register:
a hiring manager's "got a sec?" call request (English, and German/Dutch/Spanish), onsite visit
logistics (parking, badge, who you will meet; English and European languages), a trial shift
at a shop or restaurant, ATS notices that an assessment task is waiting (English and
European languages), a verbal offer's written follow-up, offer paperwork to sign, and the
informal "we're going another direction" after a call (English and European languages).
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from j1_kit import at, day, j1
from k1_kit import bye, closer, hi, join, local, note, personal_addr, small, staff
from kit import Calendar, Ctx, Draft, ats_sender
from zf_kit import weekday_future

N = 20


@j1("k1_iv_hm_got_a_sec", "interview", n=N)
def got_a_sec(ctx: Ctx) -> Draft:
    """A hiring manager, casually: saw your application, got time for a quick call?"""
    when = weekday_future(ctx, 1, 6)
    text = join(
        ctx.fill("[Hey|Hi] {first}[,| -|!]"),
        ctx.para(
            "Saw your application for the {title} role come through - got a sec for a quick call this week? [15|20] mins, just to chat about what you're after.",
            "I'm the hiring manager for {title}. Would love a quick call to tell you about the team - free "
            + at(ctx, when)
            + "?",
            "Quick one: are you around for a call "
            + day(ctx, when)
            + "? I read your CV and think it could be a good fit.",
            "Your application landed on my desk. Fancy a quick chat? Grab any slot here: {link}",
        ),
        ctx.maybe("No prep needed, very informal.", 0.4),
        ctx.fill("{pfirst}") + ctx.maybe("\nSent from my phone", 0.25),
    )
    subject = ctx.para(
        "Quick call?",
        "Got a sec?",
        "{title} - quick chat",
        "Re: {title}",
        "Your application - call?",
    )
    return note(ctx, "en", subject, text, ctx.person, staff(ctx))


@j1("k1_iv_hm_quick_call_de_nl_es", "interview", lang="de", n=N)
def quick_call_i18n(ctx: Ctx) -> Draft:
    """A hiring manager (German, Dutch, Spanish) casually asks for a short call."""
    lang = ctx.pick(["de", "nl", "es"])
    local(ctx, lang)
    when = weekday_future(ctx, 1, 6)
    w = at(ctx, when, lang)
    body = {
        "de": (
            "ich habe deine Bewerbung als {title} gesehen. Hast du kurz Zeit für ein Telefonat, z. B. "
            + w
            + "? 20 Minuten reichen.",
            "kurze Frage: passt dir ein kurzer Call diese Woche? Ich würde dich gern kennenlernen.",
        ),
        "nl": (
            "ik zag je sollicitatie voorbij komen. Heb je even tijd voor een kort belletje, bijvoorbeeld "
            + w
            + "?",
            "zullen we even bellen over de functie {title}? Kwartiertje, heel informeel.",
        ),
        "es": (
            "he visto tu candidatura para {title}. ¿Tienes un rato para una llamada rápida, por ejemplo el "
            + w
            + "?",
            "¿te viene bien una llamada corta esta semana? Me gustaría conocerte y contarte más del equipo.",
        ),
    }[lang]
    text = join(hi(ctx, lang), ctx.para(*body), ctx.fill("{pfirst}"))
    subject = {"de": "Kurzer Call?", "nl": "Even bellen?", "es": "¿Llamada rápida?"}[lang]
    if ctx.chance(0.4):
        subject = ctx.fill(
            {
                "de": "Deine Bewerbung - {title}",
                "nl": "Je sollicitatie - {title}",
                "es": "Tu candidatura - {title}",
            }[lang]
        )
    return note(ctx, lang, subject, text, ctx.person, staff(ctx))


@j1("k1_iv_onsite_parking_badge", "interview", n=N)
def onsite_logistics(ctx: Ctx) -> Draft:
    """Practical mail before an onsite interview: where to park, the badge, who you'll meet."""
    when = weekday_future(ctx, 1, 8)
    people = [
        "Priya (Engineering Manager)",
        "Tom from Finance",
        "our Head of Ops",
        "two engineers from the team",
        "Maria, the Director",
    ]
    meet = " and ".join(ctx.rng.sample(people, 2))
    text = join(
        hi(ctx, "en"),
        ctx.para(
            "Looking forward to seeing you "
            + at(ctx, when)
            + " for your interview! A few practical bits:",
            "Ahead of your onsite on " + day(ctx, when) + ", here's everything you need to know:",
            "Just confirming the details for your visit " + at(ctx, when) + ".",
        ),
        ctx.para(
            "- Parking: visitor spaces are at the back of the building, [bay 12-20|level -1|behind reception]. Give your reg at the gate.\n- Sign in at reception with photo ID; they'll print you a visitor badge.\n- You'll meet "
            + meet
            + ".",
            "- Address: {n} [Harbour Street|Mill Lane|Queen's Road], {city}\n- Nearest station is a 5 minute walk; there's no parking on site, sorry.\n- Ask reception for me and I'll come down. Agenda: "
            + meet
            + ", then a tour.",
            "The building entrance is on the side street. Security will give you a temporary badge - mention you're here for an interview with {pfirst}. You'll be meeting "
            + meet
            + ".",
        ),
        ctx.para(
            "Plan for about [2|3|4] hours; lunch is on us.",
            "Dress is casual.",
            "Call me on the number below if you get lost.",
            "",
        ),
        bye(
            ctx, "en", "{person}\n[Recruiting Coordinator|Office Manager|Talent Coordinator], {co}"
        ),
    )
    subject = ctx.para(
        "Your visit on " + day(ctx, when),
        "Onsite interview - logistics",
        "Getting here + parking",
        "Re: Interview at {co}",
        "Interview day info - {title}",
    )
    cal = (
        Calendar(
            "Onsite interview - " + ctx.co,
            when,
            180,
            location=ctx.pick(["Reception", "Main office"]),
        )
        if ctx.chance(0.3)
        else None
    )
    d = note(
        ctx, "en", subject, text, ctx.person, staff(ctx), form=ctx.pick(["plain", "alt", "html"])
    )
    d.calendar = cal
    return d


@j1("k1_iv_onsite_logistics_de_fr_it_nl", "interview", lang="de", n=N)
def onsite_i18n(ctx: Ctx) -> Draft:
    """Directions and practicalities for an interview on site (German, French, Italian, Dutch)."""
    lang = ctx.pick(["de", "fr", "it", "nl"])
    local(ctx, lang)
    when = weekday_future(ctx, 1, 8)
    w = at(ctx, when, lang)
    body = {
        "de": "zur Vorbereitung auf unser Vorstellungsgespräch am "
        + w
        + " noch ein paar Hinweise: Bitte melden Sie sich am Empfang (Gebäude B) und bringen Sie Ihren Personalausweis mit. Besucherparkplätze finden Sie direkt vor dem Eingang. Sie sprechen mit mir und [der Teamleitung|unserem Abteilungsleiter].",
        "fr": "pour votre entretien du "
        + w
        + " : l'accueil se trouve au rez-de-chaussée, un badge visiteur vous sera remis sur présentation d'une pièce d'identité. Le parking visiteurs est accessible par la rue arrière. Vous rencontrerez [la responsable d'équipe|le directeur technique] et moi-même.",
        "it": "ecco le informazioni per il colloquio di "
        + w
        + ": all'ingresso si registri alla reception con un documento, riceverà un badge. C'è parcheggio per i visitatori nel cortile. Incontrerà me e [il responsabile del reparto|la direttrice].",
        "nl": "hierbij wat praktische info voor je gesprek op "
        + w
        + ": meld je bij de receptie, je krijgt daar een bezoekerspas. Parkeren kan gratis in de garage (P2). Je spreekt met mij en [de teamleider|onze CTO].",
    }[lang]
    text = join(
        hi(ctx, lang), ctx.fill(body), closer(ctx, lang, "iv"), bye(ctx, lang, "{person}\n{co}")
    )
    subject = ctx.fill(
        {
            "de": "[Ihr Vorstellungsgespräch - Anfahrt|Infos zum Gespräch am Standort|Anfahrt und Parken]",
            "fr": "[Votre entretien - informations pratiques|Accès et stationnement|Entretien sur site]",
            "it": "[Colloquio - informazioni pratiche|Come raggiungerci|Il suo colloquio in sede]",
            "nl": "[Praktische info sollicitatiegesprek|Route en parkeren|Je gesprek bij {co}]",
        }[lang]
    )
    return note(ctx, lang, subject, text, ctx.person, staff(ctx))


@j1("k1_iv_trial_shift_shop", "interview", n=N)
def trial_shift(ctx: Ctx) -> Draft:
    """A shop, café or workshop invites the applicant to a trial shift (en, de, sv, es)."""
    lang = ctx.pick(["en", "de", "sv", "es"])
    small(ctx, lang, ("Kettle", "Spokes", "Bäckerei", "Radhaus", "Café", "Panadería"))
    when = weekday_future(ctx, 1, 7)
    w = at(ctx, when, lang)
    body = {
        "en": "Thanks for applying for the {title} job. Could you come in for a trial shift "
        + w
        + "? About 3 hours, paid. Wear comfy shoes.",
        "de": "danke für deine Bewerbung als {title}! Magst du zum Probearbeiten vorbeikommen, "
        + w
        + "? Dauert ca. 3 Stunden.",
        "sv": "tack för din ansökan som {title}! Vill du komma in och provjobba "
        + w
        + "? Ungefär tre timmar.",
        "es": "gracias por tu candidatura para {title}. ¿Puedes venir a hacer una prueba en tienda el "
        + w
        + "? Son unas 3 horas.",
    }[lang]
    text = join(hi(ctx, lang), ctx.fill(body), bye(ctx, lang, "{pfirst}\n{co}"))
    subject = {
        "en": "Trial shift?",
        "de": "Probearbeiten",
        "sv": "Provjobb",
        "es": "Prueba en tienda",
    }[lang]
    sender = personal_addr(ctx, lang) if ctx.chance(0.5) else staff(ctx)
    return note(ctx, lang, subject, text, ctx.person, sender)


@j1("k1_tr_ats_assessment_task_waiting", "technical_round", n=N)
def ats_assessment(ctx: Ctx) -> Draft:
    """An ATS notice: an assessment task has been assigned and waits to be done."""
    ats = ctx.pick(["greenhouse", "lever", "workable", "smartrecruiters", "ashby"])
    name, addr = ats_sender(ctx, ats)
    due = weekday_future(ctx, 3, 7)
    link = ctx.url(
        ctx.pick(
            ["app.testgorilla.com", "www.hackerrank.com", "app.codesignal.com", addr.split("@")[1]]
        ),
        "assessment",
    )
    text = join(
        ctx.fill("Hi {first},"),
        ctx.para(
            "As the next step in your application for {title} at {co}, you have been assigned an assessment.",
            "{co} has sent you an assessment task for the {title} position.",
            "You've been invited to complete a skills assessment for {title}.",
        ),
        ctx.para(
            "Start your assessment: "
            + link
            + "\nDue: "
            + day(ctx, due)
            + "\nEstimated time: [45|60|90] minutes",
            "Please complete it by "
            + day(ctx, due)
            + ". It takes around [an hour|45 minutes] and must be done in one sitting.\n\n"
            + link,
        ),
        "This is an automated message. Please do not reply.",
    )
    subject = ctx.para(
        "Assessment for {title} at {co}",
        "Action required: complete your assessment",
        "{co}: your assessment task",
        "You have a new task - {title}",
    )
    return Draft(
        subject,
        text,
        name,
        addr,
        greet=False,
        sign="",
        form=ctx.pick(["html", "alt"]),
        bulk=ctx.chance(0.3),
    )


@j1("k1_tr_ats_assessment_de_fr_es_pl", "technical_round", lang="de", n=N)
def ats_assessment_i18n(ctx: Ctx) -> Draft:
    """An ATS notice in German, French, Spanish or Polish: an assessment task is waiting."""
    lang = ctx.pick(["de", "fr", "es", "pl"])
    local(ctx, lang)
    name, addr = ats_sender(ctx, ctx.pick(["smartrecruiters", "workable", "own"]))
    due = weekday_future(ctx, 3, 7)
    link = ctx.url(
        ctx.pick(["app.testgorilla.com", "www.hackerrank.com", "app.codility.com"]), "assessment"
    )
    d = day(ctx, due, lang)
    body = {
        "de": "im nächsten Schritt Ihrer Bewerbung als {title} bitten wir Sie, einen Online-Test zu absolvieren. Bitte bearbeiten Sie ihn bis "
        + d
        + ":\n"
        + link,
        "fr": "dans le cadre de votre candidature au poste de {title}, un test en ligne vous a été attribué. Merci de le compléter avant le "
        + d
        + " :\n"
        + link,
        "es": "como siguiente paso de tu candidatura a {title}, te hemos asignado una prueba online. Complétala antes del "
        + d
        + ":\n"
        + link,
        "pl": "w kolejnym etapie rekrutacji na stanowisko {title} prosimy o wykonanie testu online do "
        + d
        + ":\n"
        + link,
    }[lang]
    text = join(hi(ctx, lang, 1.0), ctx.fill(body), bye(ctx, lang, "[Recruiting-Team|Team] {co}"))
    subject = ctx.fill(
        {
            "de": "[Online-Test|Ihr Assessment] - {title}",
            "fr": "[Test en ligne|Votre évaluation] - {title}",
            "es": "[Prueba online|Tu evaluación] - {title}",
            "pl": "[Test online|Zadanie rekrutacyjne] - {title}",
        }[lang]
    )
    return Draft(
        subject,
        text,
        name,
        addr,
        greet=False,
        sign="",
        form=ctx.pick(["html", "alt", "plain"]),
        lang=lang,
    )


@j1("k1_of_verbal_offer_followup", "offer", n=N)
def verbal_followup(ctx: Ctx) -> Draft:
    """After a phone call with the offer: the written recap, numbers and next steps."""
    start = weekday_future(ctx, 14, 40)
    text = join(
        hi(ctx, "en"),
        ctx.para(
            "Great speaking earlier - as promised, here's the offer we discussed in writing.",
            "Thanks for taking my call today! Just putting the verbal offer on paper.",
            "Following up on our conversation this afternoon: we're thrilled to offer you the {title} role.",
        ),
        ctx.fill(
            "- Role: {title}\n- Base salary: {money}\n- Start date: "
            + day(ctx, start)
            + "\n- [Bonus: {pct}% target|Holiday: 25 days plus bank holidays|Equity: {eq} options]"
        ),
        ctx.para(
            "The formal contract will come from HR in the next day or two. Let me know if you have any questions before then.",
            "Once you confirm you're happy, I'll ask [HR|our People team] to issue the contract.",
            "Take the weekend to think it over and let me know by [Monday|Tuesday].",
        ),
        bye(ctx, "en", "{person}\n[Hiring Manager|Talent Partner|Recruiter], {co}"),
    )
    subject = ctx.para(
        "Your offer - {title}", "Following up on our call", "Offer recap", "Re: {title} - offer"
    )
    return note(ctx, "en", subject, text, ctx.person, staff(ctx), form=ctx.pick(["plain", "alt"]))


@j1("k1_of_offer_paperwork_sign", "offer", n=N)
def paperwork(ctx: Ctx) -> Draft:
    """The offer paperwork: sign the contract (DocuSign/Adobe Sign) by a date (en, de)."""
    lang = ctx.pick(["en", "en", "de"])
    if lang == "de":
        local(ctx, "de")
    due = weekday_future(ctx, 3, 8)
    link = ctx.url(
        ctx.pick(["na3.docusign.net", "secure.adobesign.com", "app.hellosign.com"]), "sign"
    )
    if lang == "en":
        body = join(
            ctx.para(
                "Please find your offer letter and employment contract for the {title} position ready for signature:",
                "Congratulations again on your offer! Your contract is ready to sign electronically:",
            ),
            link,
            ctx.para(
                "Kindly sign by "
                + day(ctx, due)
                + " and complete the new starter form (bank details, emergency contact).",
                "Once signed, we'll start your right-to-work check and send your onboarding pack.",
            ),
        )
        text = join(
            hi(ctx, "en"),
            body,
            bye(ctx, "en", "{person}\n[HR Coordinator|People Operations], {co}"),
        )
        subject = ctx.para(
            "Your offer letter - please sign",
            "Contract for signature - {title}",
            "{co} offer documents",
        )
    else:
        text = join(
            hi(ctx, "de"),
            "anbei erhalten Sie Ihren Arbeitsvertrag als {title} zur digitalen Unterschrift:".replace(
                "{title}", ctx.title
            ),
            link,
            "Bitte unterschreiben Sie bis "
            + day(ctx, due, "de")
            + " und senden Sie uns den Personalfragebogen zurück.",
            bye(ctx, "de", "{person}\nPersonalabteilung, {co}"),
        )
        subject = ctx.para("Ihr Arbeitsvertrag zur Unterschrift", "Vertragsunterlagen - {title}")
    return note(
        ctx, lang, subject, text, ctx.person, staff(ctx), form=ctx.pick(["plain", "alt", "html"])
    )


@j1("k1_of_verbal_offer_fr_es_it_pt_nl", "offer", lang="fr", n=N)
def verbal_i18n(ctx: Ctx) -> Draft:
    """After a call: the offer confirmed in writing (French, Spanish, Italian, Portuguese, Dutch)."""
    lang = ctx.pick(["fr", "es", "it", "pt", "nl"])
    local(ctx, lang)
    body = {
        "fr": "comme convenu au téléphone, je vous confirme notre proposition pour le poste de {title} : salaire annuel brut de [42|48|55] k€, démarrage à convenir. Le contrat suivra.",
        "es": "tal y como hablamos por teléfono, te confirmo nuestra oferta para {title}: [32.000|38.000|45.000] € brutos anuales e incorporación el mes que viene. Te enviamos el contrato esta semana.",
        "it": "come anticipato al telefono, ti confermo la proposta per il ruolo di {title}: RAL [34.000|40.000|46.000] €, inizio da concordare. Ti mando a breve la lettera d'offerta.",
        "pt": "conforme falámos ao telefone, confirmo a nossa proposta para {title}: [1.800|2.200|2.600] € brutos mensais, início no próximo mês. O contrato segue em breve.",
        "nl": "zoals telefonisch besproken bevestig ik hierbij ons aanbod voor de functie {title}: [€3.600|€4.200|€4.900] bruto per maand, startdatum in overleg. Het contract volgt.",
    }[lang]
    text = join(
        hi(ctx, lang), ctx.fill(body), closer(ctx, lang, "of"), bye(ctx, lang, "{person}\n{co}")
    )
    subject = ctx.fill(
        {
            "fr": "[Proposition d'embauche|Suite à notre échange] - {title}",
            "es": "[Oferta|Tu oferta] - {title}",
            "it": "[Proposta di assunzione|La nostra offerta] - {title}",
            "pt": "[Proposta de emprego|Proposta] - {title}",
            "nl": "[Aanbod|Bevestiging aanbod] - {title}",
        }[lang]
    )
    return note(ctx, lang, subject, text, ctx.person, staff(ctx))


@j1("k1_rj_informal_after_call", "rejection", n=N)
def informal_after_call(ctx: Ctx) -> Draft:
    """A hiring manager's own short no after a call: going another direction."""
    text = join(
        ctx.fill("[Hi|Hey] {first},"),
        ctx.para(
            "Thanks again for the chat [on Tuesday|last week|yesterday]. I really enjoyed it, but we've decided to go in a different direction for the {title} role.",
            "Wanted to let you know personally - we've gone with another candidate whose background is closer to what we need right now. Sorry it's not better news.",
            "Appreciate you taking the time to talk. After thinking it over we're not going to move forward, mostly because we need someone more senior.",
        ),
        ctx.para(
            "Happy to give more feedback if useful.",
            "Good luck with the search!",
            "Let's stay in touch.",
            "",
        ),
        ctx.fill("{pfirst}"),
    )
    subject = ctx.para("Re: Quick call", "Following up", "{title}", "Thanks for the chat")
    return note(ctx, "en", subject, text, ctx.person, staff(ctx))


@j1("k1_rj_informal_after_call_de_fr_es_sv", "rejection", lang="de", n=N)
def informal_after_call_i18n(ctx: Ctx) -> Draft:
    """A hiring manager's short no after a call (German, French, Spanish, Swedish)."""
    lang = ctx.pick(["de", "fr", "es", "sv"])
    local(ctx, lang)
    body = {
        "de": "danke nochmal für das nette Gespräch. Wir haben uns am Ende für jemand anderen entschieden - hat nichts mit dir persönlich zu tun, es passte einfach ein anderes Profil besser.",
        "fr": "merci encore pour notre échange. Après réflexion, nous avons choisi de poursuivre avec un autre candidat. Je te souhaite bonne chance pour la suite.",
        "es": "gracias de nuevo por la charla. Al final hemos decidido seguir con otra persona para {title}. Te deseo mucha suerte.",
        "sv": "tack igen för samtalet. Vi har valt att gå vidare med en annan kandidat, men det var trevligt att prata med dig.",
    }[lang]
    text = join(hi(ctx, lang, 1.0), ctx.fill(body), ctx.fill("{pfirst}"))
    subject = ctx.fill(
        {
            "de": "Unser Gespräch",
            "fr": "Suite à notre échange",
            "es": "Nuestra llamada",
            "sv": "Vårt samtal",
        }[lang]
    )
    return note(ctx, lang, subject, text, ctx.person, staff(ctx))
