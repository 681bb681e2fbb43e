"""Look-alike mail about money and shopping: shops' "offers", a marketplace's offers on a
listing, credit and rental "applications" with their approvals and declines (rental ones
even ask for references and proof of employment), grants and scholarships, job-alert
digests and career-advice newsletters, and offers / loan decisions in other languages.

All not_job. One writer's families (zd_), written without reading the other family modules.
"""

# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, family
from zc_kit import neg, unsub
from zd_kit import ZD_N, bye_in, date_in, hello_in, one, opt, workday


@family("zd_neg_retail_offer", "not_job", n=ZD_N)
def retail_offer(ctx: Ctx) -> Draft:
    """A shop's promotional mail: an exclusive offer, ends tonight, members only."""
    shop = ctx.pick(
        [
            "Northface Outlet",
            "Bloom & Wild",
            "Casa Living",
            "TechHaven",
            "Urban Threads",
            "GreenGrocer Box",
            "Wanderlust Travel",
        ]
    )
    pct = ctx.pick(["20", "25", "30", "40", "50"])
    paras = [
        one(
            ctx,
            f"Our biggest offer of the season is here: {pct}% off [everything|sitewide|your next order].",
            f"An exclusive offer, just for you: take {pct}% off with code SAVE{pct}.",
            f"You've been selected for a members-only offer - {pct}% off plus free delivery.",
        ),
        one(
            ctx,
            "[Hurry - the offer ends at midnight.|Offer valid until Sunday while stocks last.|Only 48 hours left to claim it.]",
            "[New arrivals just landed.|Bestsellers are going fast.|Your basket is still waiting for you.]",
        ),
        "Shop now: "
        + ctx.url(f"www.{shop.lower().replace(' ', '').replace('&', '')}.com", "offer"),
    ]
    subjects = [
        f"{pct}% off - your exclusive offer inside",
        "Last chance: offer ends tonight ⏰",
        "{first}, an offer you'll love",
        f"Members only: {pct}% off",
        "We saved you an offer 🎁",
    ]
    return neg(
        ctx,
        subjects,
        paras,
        (shop, f"offers@{shop.lower().replace(' ', '').replace('&', '')}.com"),
        unsub(ctx, shop, "PO Box 4410"),
        greet_p=0.3,
        bulk=True,
        form="html",
    )


@family("zd_neg_marketplace_offer", "not_job", n=ZD_N)
def marketplace_offer(ctx: Ctx) -> Draft:
    """A second-hand marketplace: an offer on your listing, accepted, declined, countered."""
    site = ctx.pick(["Vendora", "Swapsy", "ReLoved", "Marketbay", "Tradeline"])
    item = ctx.pick(
        [
            "Road bike (54cm)",
            "IKEA Kallax shelf",
            "Nintendo Switch OLED",
            "Vintage denim jacket",
            "Standing desk",
            "Baby stroller",
            "Canon EOS 250D",
        ]
    )
    price = ctx.num(15, 450)
    kind = ctx.pick(["received", "accepted", "declined", "counter"])
    lines = {
        "received": (
            f"You received an offer on {item}",
            [
                f"{{person}} offered £{price} for your {item}.",
                "You can accept, decline or make a counter-offer. Offers expire after 48 hours.",
            ],
        ),
        "accepted": (
            "Your offer was accepted! 🎉",
            [
                f"Good news: the seller accepted your offer of £{price} for {item}.",
                "Complete your purchase within 24 hours to secure it.",
            ],
        ),
        "declined": (
            "Your offer was declined",
            [
                f"The seller declined your offer of £{price} for {item}.",
                "Don't give up - you can make a new offer or browse similar items.",
            ],
        ),
        "counter": (
            f"Counter-offer on {item}",
            [
                f"The seller has countered your offer with £{price + ctx.num(5, 40)}.",
                "Respond before the counter-offer expires.",
            ],
        ),
    }
    subject, paras = lines[kind]
    paras = [ctx.fill(p) for p in paras] + [ctx.url(f"www.{site.lower()}.com", "offers")]
    return neg(
        ctx,
        [subject],
        paras,
        (site, f"no-reply@{site.lower()}.com"),
        f"The {site} team",
        greet_p=0.6,
        form=ctx.pick(["html", "alt"]),
    )


@family("zd_neg_credit_decision", "not_job", n=ZD_N)
def credit_decision(ctx: Ctx) -> Draft:
    """A lender on a card or loan application: approved, declined, one more document."""
    lender = ctx.pick(
        [
            "Summit Bank",
            "Lumen Credit",
            "Allstar Finance",
            "Brightpath Loans",
            "Orbit Card",
            "Keystone Mortgages",
        ]
    )
    product = ctx.pick(["credit card", "personal loan", "car finance", "mortgage", "overdraft"])
    ref = f"{ctx.pick(['APP', 'LN', 'CC'])}-{ctx.num(100000, 999999)}"
    kind = ctx.pick(["approved", "declined", "docs", "received"])
    texts = {
        "approved": [
            f"Congratulations! Your {product} application ({ref}) has been approved.",
            "Your [credit limit is £{n},500|loan amount is £{n}{n},000 at {pct}.9% APR]. Your documents are ready to sign in online banking.",
            "Funds are usually available within one working day of signing.",
        ],
        "declined": [
            f"Thank you for your recent {product} application (reference {ref}).",
            "After careful review, we're unable to approve your application at this time. This decision was based on information from a credit reference agency.",
            "You're entitled to a free copy of your credit report. You may reapply after 90 days.",
        ],
        "docs": [
            f"We're reviewing your {product} application ({ref}) and need one more thing from you.",
            "Please upload [proof of income such as your last three payslips|a letter from your employer confirming your salary|your most recent tax return].",
            "Once we have it, we'll make a decision within two working days.",
        ],
        "received": [
            f"We've received your {product} application.",
            f"Reference: {ref}. We'll be in touch within [3|5] working days.",
            "You can check the status of your application at any time in the app.",
        ],
    }
    subjects = {
        "approved": f"Your {product} application is approved",
        "declined": f"An update on your {product} application",
        "docs": "Action needed: upload a document",
        "received": "Application received - " + ref,
    }
    return neg(
        ctx,
        [subjects[kind]],
        [ctx.fill(p) for p in texts[kind]],
        (lender, f"noreply@{lender.lower().replace(' ', '').replace('-', '')}.com"),
        f"{lender}\n{unsub(ctx, lender, '200 Finance Way')}" if ctx.chance(0.4) else lender,
        form=ctx.pick(["html", "alt"]),
    )


@family("zd_neg_rental_application", "not_job", n=ZD_N)
def rental_application(ctx: Ctx) -> Draft:
    """A property manager's portal: tenant screening, references, approval or denial."""
    pm = ctx.pick(
        [
            "Cityline Property Management",
            "Oak & Stone Residential",
            "Harbor Point Apartments",
            "The Residences at Mill Creek",
        ]
    )
    unit = f"Unit {ctx.num(1, 30)}{ctx.pick(['A', 'B', 'C', ''])}"
    kind = ctx.pick(["screening", "approved", "denied", "references"])
    texts = {
        "screening": [
            "Thank you for applying for " + unit + ". Your rental application is now in screening.",
            "We'll run a credit check and a background check and verify your employment and income (at least 3x the monthly rent).",
            "Most applications are processed within 2-3 business days.",
        ],
        "approved": [
            "Congratulations! Your rental application for " + unit + " has been approved.",
            "To hold the apartment, please pay the security deposit and sign the lease in the resident portal within 48 hours.",
            "Move-in day can be scheduled once the lease is signed.",
        ],
        "denied": [
            "Thank you for your interest in " + unit + ".",
            "Unfortunately, we are unable to approve your rental application at this time. This decision was based in whole or in part on information in a consumer report.",
            "You have the right to request a free copy of that report within 60 days.",
        ],
        "references": [
            "We're processing your application for " + unit + ".",
            "We still need a reference from your current landlord and proof of employment (an offer letter or your two most recent pay stubs).",
            "Upload them in the applicant portal to avoid delays.",
        ],
    }
    subjects = {
        "screening": "Your application is being reviewed",
        "approved": "Application approved - " + unit,
        "denied": "Update on your rental application",
        "references": "Missing documents for your application",
    }
    return neg(
        ctx,
        [subjects[kind]],
        texts[kind],
        (pm, f"leasing@{pm.lower().replace(' ', '').replace('&', '')}.com"),
        f"Leasing Office\n{pm}",
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("zd_neg_grant_scholarship", "not_job", n=ZD_N)
def grant_scholarship(ctx: Ctx) -> Draft:
    """A foundation or a scholarship fund: shortlisted, panel interview, awarded, regret."""
    fund = ctx.pick(
        [
            "The Hartwell Foundation",
            "Arts Council Small Grants",
            "Future Leaders Scholarship",
            "Open Source Fund",
            "Community Heritage Grant",
            "Marlowe Travel Bursary",
        ]
    )
    kind = ctx.pick(["shortlist", "award", "regret"])
    texts = {
        "shortlist": [
            f"Thank you for your application to {fund}. We're pleased to tell you it has been shortlisted.",
            f"The final stage is a 20-minute panel interview on {date_in(ctx, workday(ctx, 10, 30))}. You'll be asked to present your project and answer questions from the panel.",
            "Please confirm your attendance by replying to this email.",
        ],
        "award": [
            f"On behalf of {fund}, congratulations! Your application has been successful and you have been awarded {{money}}.",
            "The grant agreement is attached. Please sign and return it, with your bank details, within 14 days.",
            "We'll ask for a short progress report at the halfway point.",
        ],
        "regret": [
            f"Thank you for applying to {fund} this round.",
            "We received over [400|900|1,200] applications and, I'm sorry to say, we are unable to fund your proposal on this occasion.",
            "[Feedback from the panel is attached.|We encourage you to apply again in the next round.]",
        ],
    }
    subjects = {
        "shortlist": "Your application has been shortlisted",
        "award": f"{fund}: your application was successful",
        "regret": f"Your application to {fund}",
    }
    return neg(
        ctx,
        [subjects[kind]],
        [ctx.fill(p) for p in texts[kind]],
        (fund, f"grants@{fund.lower().replace(' ', '')[:18]}.org"),
        f"{{person}}\nGrants Officer, {fund}".replace("{person}", ctx.person),
    )


@family("zd_neg_job_alert_digest", "not_job", n=ZD_N)
def job_alert_digest(ctx: Ctx) -> Draft:
    """A saved-search digest: jobs matching your alert, no application behind any of them."""
    board, addr = ctx.pick(
        [
            ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
            ("Indeed", "alert@indeed.com"),
            ("Glassdoor Jobs", "noreply@glassdoor.com"),
            ("StepStone", "jobagent@stepstone.de"),
            ("Otta", "hello@otta.com"),
            ("Seek", "jobmail@seek.com.au"),
        ]
    )
    count = ctx.num(3, 40)
    picks = [
        ctx.fill(
            "{title} - "
            + ctx.pick(
                ["Nimbus", "Fernway", "Cobalt Labs", "Quarry", "Tandem", "Aurora Health", "{co}"]
            )
            + " - {city}"
        )
        for _ in range(ctx.pick([3, 4, 5]))
    ]
    paras = [
        one(
            ctx,
            f"{count} new jobs match your alert",
            f"We found {count} jobs you may be interested in",
            "New jobs for you this week",
            f"Your job alert: {count} new results",
        ),
        "\n".join(picks),
        one(
            ctx,
            "[Easy Apply|Be an early applicant|Actively recruiting] · [Posted 2 hours ago|New|Posted 1 day ago]",
            "See all jobs: " + ctx.url(addr.split("@")[1], "jobs"),
        ),
        opt(
            ctx,
            0.6,
            "[Your alert: {title} in {city}.|Edit or delete this alert anytime.|Tip: turn on Open to Work to let recruiters know.]",
        ),
    ]
    subjects = [
        f"{count} new jobs for '{{title}}'",
        "{title}: new jobs in {city}",
        "Jobs you might like",
        f"{count}+ new {{title}} jobs",
        "Your daily job alert",
    ]
    return neg(
        ctx,
        subjects,
        paras,
        (board, addr),
        unsub(ctx, board.split()[0], "1000 W Maude Ave"),
        greet_p=0.3,
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )


@family("zd_neg_career_newsletter", "not_job", n=ZD_N)
def career_newsletter(ctx: Ctx) -> Draft:
    """A careers newsletter: interview tips, salary talks, offers to negotiate - advice, not news."""
    letter = ctx.pick(
        [
            "The Career Ladder",
            "Offer Desk Weekly",
            "Hiring Unpacked",
            "The Job Hunt Digest",
            "Workplace Signals",
        ]
    )
    topics = ctx.rng.sample(
        [
            "5 questions to ask at the end of an interview",
            "How to negotiate a job offer without burning bridges",
            "What recruiters actually look at in 7 seconds",
            "Turning a rejection into a referral",
            "The take-home test: how long is too long?",
            "Why your application gets auto-rejected (and how to fix it)",
            "Phone screen scripts that work",
            "Counter-offers: when to say yes",
        ],
        3,
    )
    paras = [
        one(
            ctx,
            f"This week in {letter}:",
            "In today's issue:",
            "Here's what we're reading this week:",
        ),
        "\n".join(f"• {t}" for t in topics),
        one(
            ctx,
            "[Our paid members also get the salary-negotiation template.|Reply and tell us your story - we read everything.|Forward this to a friend who's job hunting.]",
            "Read online: " + ctx.url(f"{letter.lower().replace(' ', '')}.substack.com", "p"),
        ),
    ]
    subjects = [
        topics[0],
        f"{letter}: {topics[0]}",
        f"#{ctx.num(40, 260)} - {topics[1]}",
        f"{topics[0]} + more",
    ]
    return neg(
        ctx,
        subjects,
        paras,
        (letter, f"{letter.lower().replace(' ', '')}@substack.com"),
        unsub(ctx, letter, "548 Market St"),
        greet_p=0.2,
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )


_I18N = {
    "nl": (
        "Exclusieve aanbieding voor jou",
        [
            "We hebben een speciale aanbieding voor je: [20|30]% korting op je volgende bestelling.",
            "De aanbieding is geldig tot en met zondag.",
            "Bekijk het aanbod in de app.",
        ],
    ),
    "it": (
        "La tua richiesta di prestito è stata approvata",
        [
            "Siamo lieti di comunicarti che la tua richiesta di prestito personale è stata approvata.",
            "Firma il contratto nell'area riservata entro 10 giorni per ricevere l'importo.",
            "Per qualsiasi domanda il nostro servizio clienti è a tua disposizione.",
        ],
    ),
    "pt": (
        "Oferta especial: só até domingo",
        [
            "Temos uma oferta exclusiva para si: portes grátis e [15|25]% de desconto.",
            "A oferta é válida até domingo, enquanto houver stock.",
            "Aproveite já!",
        ],
    ),
    "fr": (
        "Votre demande de crédit",
        [
            "Nous avons bien reçu votre demande de crédit immobilier.",
            "Malheureusement, nous ne pouvons pas y donner une suite favorable en l'état de votre dossier.",
            "Votre conseiller reste à votre disposition pour étudier d'autres solutions.",
        ],
    ),
    "de": (
        "Ihr Kreditantrag wurde genehmigt",
        [
            "Gute Nachrichten: Ihr Antrag auf einen Ratenkredit wurde genehmigt.",
            "Bitte bestätigen Sie den Vertrag per Video-Ident innerhalb von 14 Tagen.",
            "Die Auszahlung erfolgt in der Regel am nächsten Bankarbeitstag.",
        ],
    ),
    "es": (
        "Tu oferta exclusiva te espera",
        [
            "Solo para clientes: [2x1|un 30% de descuento] en toda la tienda.",
            "Oferta válida hasta agotar existencias.",
            "¡No te la pierdas!",
        ],
    ),
}


@family("zd_neg_offers_loans_i18n", "not_job", n=ZD_N)
def offers_loans_i18n(ctx: Ctx) -> Draft:
    """Shops' offers and banks' loan decisions in Dutch, Italian, Portuguese, French, German, Spanish."""
    lang = ctx.pick(sorted(_I18N))
    subject, paras = _I18N[lang]
    sender = {
        "nl": ("Bol & Co", "aanbiedingen@bolco.nl"),
        "it": ("Banca Serena", "noreply@bancaserena.it"),
        "pt": ("Loja Aurora", "ofertas@lojaaurora.pt"),
        "fr": ("Crédit Riviera", "noreply@credit-riviera.fr"),
        "de": ("Nordbank", "service@nordbank.de"),
        "es": ("Tienda Sol", "ofertas@tiendasol.es"),
    }[lang]
    text_paras = [hello_in(ctx, lang, 0.6), *(ctx.fill(p) for p in paras)]
    return Draft(
        subject,
        "\n\n".join(p for p in text_paras if p),
        sender[0],
        sender[1],
        greet=False,
        sign=bye_in(ctx, lang, sender[0]),
        bulk=ctx.chance(0.6),
        lang=lang,
        form=ctx.pick(["html", "alt"]),
    )
