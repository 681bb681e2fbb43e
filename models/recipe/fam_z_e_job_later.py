"""Later hiring stages in new styles: Karat / Codility / TestGorilla steps, German and Dutch
technical rounds, DocuSign offer envelopes, hand-written startup offers, Italian and Dutch
offers. Rejections, outreach and the other job mail around an application follow in
fam_z_e_job_later2.py.
"""

# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, ascii_word, family
from zd_kit import bye_in, date_in, hello_in, opt, workday
from ze_kit import ZE_N, body, mobile, sender

_PERSON = (("{person}", "{pfirst}@{domain}"), ("{person}", "{pfirst}.{plast}@{domain}"))


@family("ze_tr_karat_codility_testgorilla", "technical_round", n=ZE_N)
def _tr_tools(ctx: Ctx) -> Draft:
    tool, host = ctx.pick(
        [
            ("Karat", "karat.io"),
            ("Codility", "codility.com"),
            ("TestGorilla", "testgorilla.com"),
            ("CoderPad", "coderpad.io"),
        ]
    )
    due = ctx.future(3, 8)
    if tool == "Karat":
        subject = ctx.para(
            "Schedule your technical interview with {co}",
            "{co} Technical Interview - powered by Karat",
            "Reminder: book your Karat interview",
        )
        core = ctx.para(
            "{co} has partnered with Karat to conduct the first technical interview for {title}. It's a 60-minute live coding conversation with a professional Interview Engineer.",
            "Next up in your {co} process is a technical interview hosted by Karat. You'll work through coding questions with an engineer in a shared editor.",
        )
        call = "Choose a time that suits you (slots available 7 days a week): " + ctx.url(
            "app.karat.io", "candidate/schedule"
        )
    elif tool == "Codility":
        subject = ctx.para(
            "{co} invites you to a coding test",
            "Your Codility test for {title}",
            "Reminder: {co} coding assessment",
        )
        core = ctx.para(
            "As the next stage for {title}, please complete an online coding test. It has {n} tasks and a time limit of 90 minutes.",
            "You have been invited by {co} to take a programming test on Codility. You may choose Python, Java, JavaScript, Go or C++.",
        )
        call = (
            "Start the test (before "
            + date_in(ctx, due)
            + "): "
            + ctx.url("app.codility.com", "test")
        )
    elif tool == "TestGorilla":
        subject = ctx.para(
            "{co} has invited you to an assessment",
            "Complete your assessment for {title}",
            "Next step: skills assessment",
        )
        core = ctx.para(
            "{co} would like you to complete an assessment for the {title} role. It includes {n} short tests covering the skills needed for the job.",
            "Thanks for your interest in {co}! The next step is a skills assessment of around 45 minutes.",
        )
        call = (
            "Begin here: "
            + ctx.url("app.testgorilla.com", "invitation")
            + " (the link is valid until "
            + date_in(ctx, due)
            + ")"
        )
    else:
        subject = ctx.para(
            "Live coding session - {co}", "Technical interview for {title}: CoderPad link"
        )
        core = ctx.para(
            "For your technical interview on {day} we'll use CoderPad. You'll pair with one of our engineers for about an hour."
        )
        call = "Your pad: " + ctx.url("app.coderpad.io", "pad")
    text = body(
        core,
        call,
        opt(
            ctx,
            0.5,
            "Tip: find a quiet place with a stable connection. The camera may be used to record the session.",
        ),
        opt(ctx, 0.3, "If you need extra time as an accommodation, reply and let us know."),
    )
    name = ctx.fill(ctx.pick(["{co} via " + tool, tool + " for {co}", "{co} Recruiting"]))
    return Draft(
        subject,
        text,
        name,
        ctx.pick(["no-reply@", "noreply@", "support@", "candidates@"]) + host,
        bulk=True,
    )


@family("ze_tr_de_nl_next_round", "technical_round", n=ZE_N)
def _tr_de_nl(ctx: Ctx) -> Draft:
    lang = ctx.pick(["de", "nl"])
    when = workday(ctx, 3, 10)
    name, addr = sender(ctx, _PERSON)
    if lang == "de":
        subject = ctx.para(
            "Einladung zum Fachgespräch - {title}",
            "Nächste Runde: technisches Interview",
            "Ihre Bewerbung: Probeaufgabe",
            "Zweites Gespräch bei {co}",
        )
        text = body(
            hello_in(ctx, "de"),
            ctx.para(
                "vielen Dank für das angenehme Kennenlerngespräch. Wir möchten Sie gerne zur nächsten Runde einladen: ein technisches Fachgespräch mit zwei Kollegen aus dem Team.",
                "wie besprochen schicken wir Ihnen die Probeaufgabe für die Position als {title}. Bitte senden Sie uns Ihre Lösung bis zum "
                + date_in(ctx, when, "de")
                + ".",
                "gerne laden wir Sie zu einem zweiten Gespräch ein, in dem wir an einer Fallstudie gemeinsam arbeiten.",
            ),
            opt(
                ctx,
                0.6,
                "Termin: " + date_in(ctx, when, "de") + ", " + f"{when:%H:%M}" + " Uhr, per Teams.",
            ),
            opt(ctx, 0.4, "Rechnen Sie mit etwa 90 Minuten; Live-Coding ist Teil des Gesprächs."),
        )
    else:
        subject = ctx.para(
            "Uitnodiging technisch gesprek - {title}",
            "Volgende ronde bij {co}",
            "Opdracht: case voor {title}",
        )
        text = body(
            hello_in(ctx, "nl"),
            ctx.para(
                "Bedankt voor het fijne eerste gesprek. We nodigen je graag uit voor de volgende ronde: een technisch gesprek met het team.",
                "Zoals besproken stuur ik je hierbij de thuisopdracht. Je hebt een week de tijd; lever hem in voor "
                + date_in(ctx, when, "nl")
                + ".",
                "We willen graag een tweede gesprek plannen waarin je een korte case presenteert.",
            ),
            opt(
                ctx,
                0.6,
                "Datum: "
                + date_in(ctx, when, "nl")
                + " om "
                + f"{when:%H:%M}"
                + " uur, op ons kantoor of via Google Meet.",
            ),
        )
    sign = bye_in(ctx, lang, ctx.fill("[{person}|{person}\n{co}|{pfirst}, Recruitment]"))
    return Draft(subject, text, name, addr, greet=False, sign=sign, lang=lang)


@family("ze_of_docusign_envelope", "offer", n=ZE_N)
def _of_docusign(ctx: Ctx) -> Draft:
    sender_name = ctx.fill(
        ctx.pick(["{person} via DocuSign", "{co} via Docusign", "DocuSign on behalf of {co}"])
    )
    subject = ctx.para(
        "Please DocuSign: {co} Offer Letter - {first} {last}",
        "Complete with DocuSign: Offer of Employment - {title}",
        "Please DocuSign: {first}_{last}_Offer_Letter.pdf",
        "{person} sent you a document to review and sign",
        "Reminder: Please DocuSign: Employment Agreement",
    )
    text = body(
        ctx.para(
            "{person} sent you a document to review and sign.",
            "{co} has sent you an envelope to review and sign.",
        ),
        "REVIEW DOCUMENT " + ctx.url("na3.docusign.net", "Signing/EmailStart.aspx"),
        ctx.fill(
            ctx.pick(
                [
                    "Hi {first}, we're delighted to offer you the position of {title}! Please review and sign your offer letter. Reach out with any questions.",
                    "Please find attached your offer of employment for {title}. Kindly sign by "
                    + ctx.day_phrase()
                    + ".",
                    "Congrats again! Here's the formal offer we discussed. Welcome aboard.",
                ]
            )
        ),
        ctx.pick(
            [
                "Do Not Share This Email\nThis email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.",
                "About DocuSign\nSign documents electronically in just minutes. It's safe, secure, and legally binding.",
            ]
        ),
    )
    return Draft(
        subject,
        text,
        sender_name,
        ctx.pick(["dse@docusign.net", "dse_na3@docusign.net", "dse@eumail.docusign.net"]),
        greet=False,
        sign="",
        reply_to=ascii_word(ctx.person_first) + "@" + ctx.domain,
        form=ctx.pick(["html", "alt"]),
        bulk=False,
    )


@family("ze_of_startup_handwritten", "offer", n=ZE_N)
def _of_startup(ctx: Ctx) -> Draft:
    name, addr = sender(ctx, _PERSON)
    subject = ctx.pick(
        [
            "Offer!",
            "Update",
            ctx.fill("Offer - {title}"),
            "Re: next steps",
            ctx.fill("{co} offer 🎉"),
            "Good news",
        ]
    )
    text = body(
        ctx.para(
            "The team loved meeting you and we'd like to make you an offer to join {co} as our {title}.",
            "Great news - we want you on the team! Offering you the {title} role.",
            "Everyone who met you was a yes. I'm thrilled to offer you the position.",
        ),
        ctx.para(
            "Base would be {money} plus {eq} options (4-year vesting, 1-year cliff), full benefits and a flexible start date.",
            "We're proposing {money} base and {pct}% bonus. Paperwork will come through Rippling tonight.",
            "Details: {money}/yr, equity as discussed, start {day} if that works.",
        ),
        ctx.para(
            "Take a couple of days to think about it - happy to jump on a call to answer anything.",
            "Would love an answer by end of next week. Call me anytime.",
            "Let me know if you'd like to talk to anyone else on the team before deciding.",
        ),
    )
    sign = ctx.fill(
        ctx.pick(["{pfirst}", "{person}\nCEO, {co}", "- {pfirst}", "{pfirst}\nFounder"])
    )
    quote = (
        ctx.fill("Thanks again for the time today, it was great meeting the team.\n{first}")
        if ctx.chance(0.3)
        else ""
    )
    return Draft(
        subject,
        text,
        name,
        addr,
        greet=ctx.chance(0.7),
        sign=sign + ("\n" + mobile(ctx, 0.5) if ctx.chance(0.3) else ""),
        quote=quote,
        form=ctx.pick(["plain", "plain", "alt"]),
    )


@family("ze_of_it_nl_proposta", "offer", n=ZE_N)
def _of_it_nl(ctx: Ctx) -> Draft:
    lang = ctx.pick(["it", "nl"])
    name, addr = sender(
        ctx,
        (
            ("{person}", "hr@{domain}"),
            ("{co} HR", "people@{domain}"),
            ("{person}", "{pfirst}@{domain}"),
        ),
    )
    if lang == "it":
        subject = ctx.para(
            "Proposta di assunzione - {title}",
            "Lettera di offerta {co}",
            "La nostra proposta per te",
        )
        text = body(
            hello_in(ctx, "it"),
            ctx.para(
                "siamo lieti di comunicarti che abbiamo deciso di offrirti la posizione di {title} presso {co}.",
                "a seguito dei colloqui, ti inviamo in allegato la nostra proposta di assunzione per il ruolo di {title}.",
            ),
            ctx.para(
                "La retribuzione annua lorda proposta è di {money}, con contratto a tempo indeterminato (CCNL Commercio) e buoni pasto.",
                "Trovi tutti i dettagli (RAL, benefit, data di inizio) nel documento allegato.",
            ),
            "Ti chiediamo gentilmente di restituirci la lettera firmata entro il "
            + date_in(ctx, ctx.future(4, 9), "it")
            + ".",
        )
    else:
        subject = ctx.para(
            "Aanbod - {title}", "Je arbeidsvoorwaardenvoorstel bij {co}", "Goed nieuws!"
        )
        text = body(
            hello_in(ctx, "nl"),
            ctx.para(
                "Wat leuk je te laten weten dat we je graag een aanbod doen voor de functie van {title} bij {co}!",
                "Na de gesprekken zijn we enthousiast en bieden we je graag de rol van {title} aan.",
            ),
            ctx.para(
                "Het bruto maandsalaris bedraagt {money} op jaarbasis, inclusief 8% vakantiegeld en een 13e maand.",
                "In de bijlage vind je het arbeidsvoorwaardenvoorstel met salaris, pensioen en startdatum.",
            ),
            "Laat je voor " + date_in(ctx, ctx.future(4, 9), "nl") + " weten of je akkoord gaat?",
        )
    sign = bye_in(ctx, lang, ctx.fill("[{person}|{person}\nHR {co}|{pfirst}]"))
    return Draft(subject, text, name, addr, greet=False, sign=sign, lang=lang)
