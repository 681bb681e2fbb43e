"""Receipts, technical rounds and offers in shapes the corpus lacked: job boards' "your
application was sent" (LinkedIn, Indeed, Glassdoor, Otta, Welcome to the Jungle, StepStone,
Xing, Seek, Naukri, in their languages), a company's own warm receipt, a take-home handed
over as a repository invite, the final loop's agenda, the written offer after the call and
the e-signature envelope.

One writer's families (zd_), written without reading the other family modules.
"""

# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, ascii_word, family, sign_person, sign_team
from zc_kit import body
from zd_kit import ZD_N, date_in, one, opt, workday


@family("zd_cf_board_sent", "confirmation", n=ZD_N)
def board_sent(ctx: Ctx) -> Draft:
    """An English-speaking job board's receipt: the card of the job, then similar jobs."""
    board, addr = ctx.pick(
        [
            ("LinkedIn", "jobs-noreply@linkedin.com"),
            ("Indeed", "indeedapply@indeed.com"),
            ("Glassdoor", "noreply@glassdoor.com"),
            ("Otta", "hello@otta.com"),
            ("Welcome to the Jungle", "no-reply@welcometothejungle.com"),
            ("Seek", "noreply@seek.com.au"),
            ("Naukri", "info@naukri.com"),
            ("Wellfound", "notifications@wellfound.com"),
        ]
    )
    paras = [
        one(
            ctx,
            "Your application was sent to {co}",
            "Application submitted",
            "You applied to {title} at {co}",
            "Good luck! Your application is on its way to {co}.",
        ),
        one(
            ctx,
            "{title}\n{co} · {city}\nApplied [just now|today|on " + date_in(ctx, ctx.date) + "]",
            "{title} - {co} - {city}",
            "Role: {title}\nCompany: {co}\nLocation: {city}",
        ),
        one(
            ctx,
            "[The employer will contact you directly if your profile is a match.|{co} may reach out by email or phone.|You can track this application under My Jobs.|We'll let you know when the employer views your application.]",
            "Next step: keep your profile up to date so {co} sees your latest experience.",
            "",
        ),
        opt(
            ctx,
            0.5,
            "[Jobs similar to this one|People also applied to|More jobs for you]:\n- [Data Analyst|Product Designer|Backend Engineer] at [Nimbus|Orbital|Fernway]\n- [Operations Lead|QA Engineer|Marketing Manager] at [Cobalt|Tandem|Quarry]",
        ),
    ]
    subject = one(
        ctx,
        "{first}, your application was sent to {co}",
        "Application sent: {title}",
        "You applied for {title} at {co}",
        "Your application to {co}",
        "Application submitted - {title}",
    )
    footer = ctx.fill(
        f"[This email was intended for {{first}} {{last}}.|You are receiving {board} notification emails.] [Unsubscribe|Manage notifications] · [Help|Privacy]"
    )
    return Draft(
        subject,
        body(*paras),
        board,
        addr,
        greet=ctx.chance(0.3),
        sign="",
        footer=footer,
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )


_EU = {
    "de": (
        [
            ("StepStone", "noreply@stepstone.de"),
            ("XING", "jobs@xing.com"),
            ("Indeed", "indeedapply@indeed.com"),
        ],
        [
            "Ihre Bewerbung wurde an {co} gesendet",
            "Bewerbung erfolgreich versendet: {title}",
            "Danke für Ihre Bewerbung bei {co}",
        ],
        [
            "[Hallo {first},|Guten Tag {first} {last},|Hallo,]",
            "[Ihre Bewerbung als {title} wurde erfolgreich an {co} übermittelt.|Sie haben sich soeben als {title} bei {co} beworben.|Gut gemacht! Ihre Unterlagen sind bei {co} angekommen.]",
            "[Das Unternehmen meldet sich direkt bei Ihnen, wenn Ihr Profil passt.|Den Status Ihrer Bewerbung sehen Sie jederzeit unter „Meine Bewerbungen“.|Viel Erfolg!]",
        ],
        "[Diese E-Mail wurde an {first} {last} gesendet.|Sie erhalten diese Nachricht, weil Sie ein Konto bei uns haben.] [Abmelden|Benachrichtigungen verwalten] | Impressum | Datenschutz",
    ),
    "fr": (
        [
            ("Welcome to the Jungle", "no-reply@welcometothejungle.com"),
            ("Indeed", "indeedapply@indeed.com"),
            ("HelloWork", "candidature@hellowork.com"),
        ],
        [
            "Votre candidature a bien été envoyée à {co}",
            "Candidature envoyée : {title}",
            "{co} a bien reçu votre candidature",
        ],
        [
            "[Bonjour {first},|Bonjour,|Hello {first} !]",
            "[Votre candidature pour le poste de {title} a bien été transmise à {co}.|Vous venez de postuler chez {co} ({title}).|C'est envoyé ! {co} a reçu votre candidature au poste de {title}.]",
            "[Le recruteur reviendra vers vous si votre profil correspond.|Suivez l'avancement de vos candidatures depuis votre espace.|Bonne chance !]",
        ],
        "[Vous recevez cet e-mail car vous avez un compte candidat.|Cet e-mail a été envoyé à {first} {last}.] [Se désabonner|Gérer mes alertes] · Confidentialité",
    ),
    "es": (
        [
            ("InfoJobs", "noreply@infojobs.net"),
            ("Indeed", "indeedapply@indeed.com"),
            ("LinkedIn", "jobs-noreply@linkedin.com"),
        ],
        [
            "Tu candidatura se ha enviado a {co}",
            "Candidatura enviada: {title}",
            "Te has inscrito en la oferta {title}",
        ],
        [
            "[Hola {first}:|Hola,|¡Hola {first}!]",
            "[Tu candidatura para {title} se ha enviado correctamente a {co}.|Te has inscrito en la oferta de {title} de {co}.]",
            "[La empresa se pondrá en contacto contigo si tu perfil encaja.|Puedes seguir el estado de tu candidatura en tu área privada.|¡Mucha suerte!]",
        ],
        "[Recibes este correo porque tienes una cuenta de candidato.|Este mensaje se envió a {first} {last}.] [Darse de baja|Preferencias] · Privacidad",
    ),
}


@family("zd_cf_board_sent_eu", "confirmation", n=ZD_N)
def board_sent_eu(ctx: Ctx) -> Draft:
    """The European boards' receipts in their own language."""
    lang = ctx.pick(sorted(_EU))
    senders, subjects, paras, footer = _EU[lang]
    name, addr = ctx.pick(senders)
    text = body(*(ctx.fill(p) for p in paras), opt(ctx, 0.4, "{title}\n{co} · {city}"))
    return Draft(
        ctx.fill(ctx.pick(subjects)),
        text,
        name,
        addr,
        greet=False,
        sign="",
        footer=ctx.fill(footer),
        bulk=True,
        lang=lang,
        form=ctx.pick(["html", "alt"]),
    )


@family("zd_cf_company_warm", "confirmation", n=ZD_N)
def company_warm(ctx: Ctx) -> Draft:
    """A company writes its own receipt with some personality: what happens next, and when."""
    paras = [
        one(
            ctx,
            "Thank you for [applying|your application] to [join us as|be our next] {title}! [We know applying takes time and we appreciate it.|It genuinely means a lot that you want to build with us.]",
            "Just a note to say we've got your application for {title} - a real human will read it.",
            "We're thrilled you're interested in {co}. Your application for the {title} role is in.",
        ),
        one(
            ctx,
            "Here's what happens next: our team reviews every application [within 10 working days|over the next two weeks|in the order we receive them]. If there's a match, {pfirst} from our talent team will email you to set up a first call.",
            "[We aim to reply to everyone, whatever the outcome.|You'll hear from us either way.|If you don't hear back within three weeks, feel free to nudge us.]",
        ),
        opt(
            ctx,
            0.5,
            "In the meantime, [our engineering blog|our culture handbook|the podcast our CEO recorded] is a good way to get to know us: "
            + ctx.url(ctx.domain, "about"),
        ),
    ]
    subject = one(
        ctx,
        "We've got your application, {first}!",
        "Thanks for applying to {co} 🙌",
        "{co} | application received: {title}",
        "Your application is in",
    )
    sender = ctx.pick(
        [
            ("{co} Talent", "talent@{domain}"),
            ("{co}", "hello@{domain}"),
            ("{pfirst} at {co}", "people@{domain}"),
        ]
    )
    return Draft(
        subject,
        body(*paras),
        ctx.fill(sender[0]),
        ctx.fill(sender[1]),
        sign=sign_team(ctx) if ctx.chance(0.7) else sign_person(ctx),
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("zd_tr_repo_takehome", "technical_round", n=ZD_N)
def repo_takehome(ctx: Ctx) -> Draft:
    """The next step is a take-home: a private repository, a brief, a deadline."""
    due = workday(ctx, 4, 9)
    paras = [
        one(
            ctx,
            "Thanks again for [your time with the team|the conversation last week|the great first interview]! We'd like to move you forward to the [technical exercise|take-home assignment|practical task] for {title}.",
            "Great news: the team would like you to take on our take-home challenge, the next step for the {title} role.",
            "Next up in the process is a short coding exercise.",
        ),
        one(
            ctx,
            "You'll receive an invitation to a private [GitHub|GitLab] repository with the brief and a starter project. [It should take 3-4 hours; please don't spend more than that.|Please timebox it to about half a day.|There's no trick - we want to see how you structure real code.]",
            "The brief is attached as a PDF. [Build a small API that|Write a service that] [ingests a CSV of orders and exposes a summary endpoint|deduplicates events from a stream|schedules jobs with retries]. [Use any language you like.|Python or Go preferred.]",
        ),
        "Please submit by "
        + date_in(ctx, due)
        + ". "
        + one(
            ctx,
            "Afterwards we'll book a 60-minute review where you walk us through your solution.",
            "We'll then discuss it together in the technical interview.",
            "If you need more time, just let us know.",
        ),
    ]
    subject = one(
        ctx,
        "{co} - take-home exercise",
        "Next step: technical assignment for {title}",
        "Your {co} coding challenge",
        "Take-home: {title}",
    )
    return Draft(
        subject,
        body(*paras),
        ctx.person,
        f"{ascii_word(ctx.person_first)}@{ctx.domain}",
        sign=sign_person(
            ctx, ctx.pick(["Engineering Manager", "Technical Recruiter", "Recruiting Coordinator"])
        ),
    )


@family("zd_tr_final_loop", "technical_round", n=ZD_N)
def final_loop(ctx: Ctx) -> Draft:
    """The agenda of the technical loop: system design, pairing, a values chat."""
    start = workday(ctx, 3, 12)
    blocks = ctx.rng.sample(
        [
            "System design (60 min)",
            "Pair programming (60 min)",
            "Code review exercise (45 min)",
            "Architecture deep dive (60 min)",
            "Debugging session (45 min)",
            "Behavioural / values (30 min)",
            "Lunch with the team",
        ],
        3,
    )
    paras = [
        one(
            ctx,
            "Congratulations on making it to the final round for {title}! Your [virtual onsite|onsite|technical loop] is set for "
            + date_in(ctx, start)
            + ".",
            "You're through to the technical interviews. Here's what "
            + date_in(ctx, start)
            + " will look like.",
            "The team enjoyed your screen, so we'd like to invite you to the technical round.",
        ),
        "Agenda:\n" + "\n".join(f"- {b}" for b in blocks),
        one(
            ctx,
            "For the pairing session we use [CoderPad|a shared VS Code session|your own editor with screen share]. [Any language is fine.|No leetcode-style puzzles.]",
            "For system design, expect to sketch something close to what the team builds day to day.",
            "Please have a quiet spot with a good connection.",
        ),
        opt(ctx, 0.5, "A prep guide is here: " + ctx.url(ctx.fill("careers.{domain}"), "prep")),
    ]
    subject = one(
        ctx,
        "Final round: your technical interviews at {co}",
        "{co} virtual onsite - agenda",
        "Next round for {title}",
        "Technical interview day - details",
    )
    return Draft(
        subject,
        body(*paras),
        ctx.fill("{person}"),
        ctx.fill("recruiting@{domain}"),
        sign=sign_person(ctx),
    )


@family("zd_of_written_after_call", "offer", n=ZD_N)
def written_after_call(ctx: Ctx) -> Draft:
    """The written offer follows the recruiter's phone call: numbers, dates, the deadline."""
    start = workday(ctx, 20, 45)
    decide = workday(ctx, 3, 7)
    paras = [
        one(
            ctx,
            "It was [great|wonderful|such a pleasure] speaking [earlier|today|this afternoon]! As promised, [here's|please find attached] your formal offer for {title} at {co}.",
            "Following our call, I'm delighted to confirm our offer for the {title} position in writing.",
            "Congratulations again! Attached is the offer letter we talked through on the phone.",
        ),
        one(
            ctx,
            "To recap:\n- Base salary: {money}\n- [Equity: {eq} RSUs vesting over four years|Annual bonus target: {pct}%|Signing bonus: {money}]\n- Start date: "
            + date_in(ctx, start)
            + "\n- [Hybrid, 3 days in the {city} office|Fully remote|Based in {city}]",
            "The package is a base salary of {money} with a {pct}% bonus target, plus [{eq} stock options|the standard benefits]. Proposed start date: "
            + date_in(ctx, start)
            + ".",
        ),
        "[We'd love an answer by|Could you let us know your decision by|The offer is valid until] "
        + date_in(ctx, decide)
        + ". "
        + one(
            ctx,
            "Happy to jump on another call if you have questions.",
            "Our hiring manager would love to chat if that helps.",
            "Sign electronically via the link in the attached letter when you're ready.",
        ),
    ]
    paras[-1] = ctx.fill(paras[-1])
    subject = one(
        ctx,
        "Your offer from {co}",
        "{co} offer - {title}",
        "Offer letter: {title}",
        "As discussed - your written offer",
        "Welcome to {co} (offer attached)",
    )
    return Draft(
        subject,
        body(*paras),
        ctx.person,
        f"{ascii_word(ctx.person_first)}.{ascii_word(ctx.person_last)}@{ctx.domain}",
        sign=sign_person(ctx),
    )


@family("zd_of_esign_envelope", "offer", n=ZD_N)
def esign_envelope(ctx: Ctx) -> Draft:
    """An e-signature service delivers the offer letter envelope."""
    service, host = ctx.pick(
        [
            ("DocuSign", "docusign.net"),
            ("Dropbox Sign", "hellosign.com"),
            ("Adobe Acrobat Sign", "adobesign.com"),
            ("PandaDoc", "pandadoc.net"),
        ]
    )
    doc = one(
        ctx,
        "Offer Letter - {first} {last}",
        "{co} Offer Letter - {title}",
        "Employment Offer - {title}",
        "{first} {last} - Offer of Employment",
    )
    paras = [
        f"{ctx.person} sent you a document to review and sign.",
        doc,
        one(ctx, "REVIEW DOCUMENT", "Review and sign", "View document"),
        opt(
            ctx,
            0.7,
            "[Hi {first}, congratulations! Please review and sign your offer. Reach out with any questions.|Welcome to the team! Please sign by "
            + date_in(ctx, workday(ctx, 3, 7))
            + ".|Excited to have you on board.]",
        ),
        f"Do not share this email. This link gives access to the document. Powered by {service}.",
    ]
    subject = ctx.pick(
        [
            f"Please sign: {doc}",
            f"{ctx.person} sent you {doc}",
            f"Complete with {service}: {doc}",
            f"{doc} - signature requested",
        ]
    )
    return Draft(
        subject,
        body(*paras),
        f"{ctx.person} via {service}",
        f"dse@{host}",
        greet=False,
        sign="",
        form=ctx.pick(["html", "alt"]),
    )
