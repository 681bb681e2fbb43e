"""Template families (zf_, written blind): hard negatives that borrow the words 'offer',
'outreach' and 'application': offers on a house or a car, marketing newsletters with several
sections, sales prospecting and partnership pitches, applications for loans, permits, flats
and memberships, and job-site account mail that is not about an application.
"""

# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, ascii_word, family
from zf_kit import (
    ZF_N,
    body,
    bye,
    do_not_reply,
    hello,
    logo,
    phone,
    privacy,
    unsub_block,
    view_in_browser,
    when_text,
)


@family("zf_ng_house_sale_offer", "not_job", lang="nl", n=ZF_N)
def _house_offer(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "en", "nl"])
    price = f"{ctx.num(280, 990)},{ctx.pick(['000', '500'])}"
    text = {
        "en": body(
            ctx.pick(
                [
                    f"Great news - we've received an offer on your property at {ctx.num(10, 300)} {ctx.pick(['Willow Lane', 'High Street', 'Park Avenue', 'Church Road'])}. The buyers are offering ${price}, with a 30-day close and financing pre-approved.",
                    f"We now have two offers on the house. The stronger one is ${price}, cash, no inspection contingency. The other is slightly higher but contingent on the sale of their home.",
                    f"The buyers have come back with a counter-offer of ${price} and asked for the closing date to move to the end of the month.",
                ]
            ),
            ctx.pick(
                [
                    "Let's talk tonight about whether to accept, counter or wait for the open house on Saturday.",
                    "Offers are due by 5pm tomorrow; I recommend we review them together. Can I call you at 6?",
                    "Please review the attached offer and let me know how you'd like to proceed.",
                ]
            ),
        ),
        "nl": f"Er is een bod uitgebracht op uw woning van € {price} kosten koper, met een voorbehoud van financiering. Zullen we morgen even bellen om het tegenbod te bespreken?",
    }[lang]
    return Draft(
        subject={
            "en": ctx.pick(
                [
                    "Offer received on your home",
                    "Re: offers - decision needed",
                    "Counter-offer from the buyers",
                    "Two offers!",
                ]
            ),
            "nl": "Bod op uw woning",
        }[lang],
        body=body(hello(ctx, lang, 0.9), text),
        from_name=ctx.pick(
            [
                ctx.person,
                f"{ctx.person} | Compass",
                f"{ctx.person} - Keller Williams",
                "Makelaardij Van Dijk",
            ]
        ),
        from_addr=f"{ascii_word(ctx.person_first)}@"
        + ctx.pick(["compass.com", "kw.com", "remax.net", "makelaardijvandijk.nl"]),
        greet=False,
        sign=bye(
            ctx,
            lang,
            ctx.pick(["{person}\nRealtor® | " + phone(ctx), "{pfirst}", "{person}\nMakelaar"]),
        ),
        lang=lang,
    )


@family("zf_ng_car_tradein_offer", "not_job", lang="de", n=ZF_N)
def _car_offer(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "de", "fr"])
    car = ctx.pick(["VW Golf", "Toyota Corolla", "BMW X1", "Renault Clio", "Ford Focus", "Audi A4"])
    amount = ctx.num(4, 28) * 500
    text = {
        "en": ctx.pick(
            [
                f"Your instant cash offer for your {car} is ready: ${amount:,}. This offer is valid for 7 days. Drop off at any location and get paid on the spot.",
                f"Upgrade today! Get up to ${amount:,} for your trade-in when you lease a new model before the end of the month. Exclusive offer for existing customers.",
            ]
        ),
        "de": f"Ihr persönliches Ankaufsangebot für Ihren {car}: {amount:,} €. Das Angebot ist 7 Tage gültig. Jetzt Termin zur Fahrzeugbewertung vereinbaren.".replace(
            ",", "."
        ),
        "fr": f"Votre offre de reprise pour votre {car} : {amount:,} €. Profitez en plus d'une prime de 1 500 € sur un véhicule neuf. Offre valable jusqu'à la fin du mois.".replace(
            ",", " "
        ),
    }[lang]
    brand = ctx.pick(
        ["Carvana", "CarMax", "wirkaufendeinauto.de", "Aramis Auto", "AutoScout24", "Peugeot"]
    )
    return Draft(
        subject={
            "en": ctx.pick(
                [
                    f"Your offer: ${amount:,}",
                    "Your trade-in offer expires soon",
                    "Exclusive upgrade offer",
                ]
            ),
            "de": "Ihr Angebot für Ihren " + car,
            "fr": "Votre offre de reprise",
        }[lang],
        body=body(
            logo(brand, ctx) if ctx.chance(0.5) else "",
            view_in_browser(ctx, "mail.cars.com", lang) if ctx.chance(0.3) else "",
            hello(ctx, lang, 0.7),
            text,
            unsub_block(ctx, "mail.cars.com", lang),
            privacy(ctx, brand, "mail.cars.com", lang) if ctx.chance(0.4) else "",
        ),
        from_name=brand,
        from_addr=ctx.pick(["offers@", "noreply@", "angebote@", "offres@"])
        + ctx.pick(["carvana.com", "carmax.com", "wirkaufendeinauto.de", "aramisauto.com"]),
        greet=False,
        sign="",
        form=ctx.pick(["html", "alt"]),
        bulk=True,
        lang=lang,
    )


@family("zf_ng_marketing_html_sections", "not_job", lang="it", n=ZF_N)
def _marketing(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "it", "es"])
    brand = ctx.pick(
        [
            "Hello Fresh",
            "Sephora",
            "Decathlon",
            "Nespresso",
            "Lush",
            "Zara Home",
            "The Fork",
            "Airbnb",
        ]
    )
    host = "news." + ascii_word(brand) + ".com"
    sections = {
        "en": [
            ctx.pick(
                [
                    "THIS WEEK'S OFFERS",
                    "Exclusive offer for you: 25% off",
                    "Members-only sale starts now",
                ]
            )
            + "\n"
            + ctx.pick(
                [
                    "Save on your next three boxes with code HELLO25.",
                    "Free shipping on orders over $50 until Sunday.",
                    "Your loyalty points are about to expire - use them now.",
                ]
            ),
            ctx.pick(["IN CONVERSATION", "Meet the maker", "Behind the scenes"])
            + "\n"
            + ctx.pick(
                [
                    "An interview with our head chef about seasonal cooking.",
                    "We sat down with the founder for a candid interview about sustainability.",
                    "Our designers on how the new collection came together.",
                ]
            )
            + " Read more "
            + ctx.url(host, "blog"),
            ctx.pick(["EVENTS NEAR YOU", "Workshops", "Save the date"])
            + "\n"
            + ctx.pick(
                [
                    "Join a free tasting session at our store on Saturday - book your slot.",
                    "Sign up for a masterclass: limited places.",
                    "Our summer party is back. RSVP now.",
                ]
            ),
            ctx.pick(
                [
                    "We're hiring! Check out careers at " + brand + ".",
                    "Download the app",
                    "Refer a friend and get $20",
                ]
            ),
        ],
        "it": [
            "OFFERTE DELLA SETTIMANA\nSconto del 20% su tutta la collezione fino a domenica.",
            "INTERVISTA\nAbbiamo intervistato il nostro chef: i segreti della cucina di stagione.",
            "EVENTI\nPrenota il tuo posto per il workshop gratuito in negozio.",
        ],
        "es": [
            "OFERTAS EXCLUSIVAS\nHasta un 30% de descuento solo este fin de semana.",
            "ENTREVISTA\nHablamos con nuestra diseñadora sobre la nueva colección.",
            "EVENTOS\nApúntate a la cata gratuita en tienda.",
        ],
    }[lang]
    return Draft(
        subject={
            "en": ctx.pick(
                [
                    "Your weekly picks + an exclusive offer",
                    "Don't miss out: members' sale",
                    "New season, new favourites",
                    "Inside: our chef interview & 25% off",
                ]
            ),
            "it": "Le offerte della settimana + un'intervista",
            "es": "Ofertas exclusivas y mucho más",
        }[lang],
        body=body(
            view_in_browser(ctx, host, lang),
            logo(brand, ctx),
            *sections,
            privacy(ctx, brand, host, lang),
            unsub_block(ctx, host, lang),
        ),
        from_name=brand,
        from_addr=ctx.pick(["news@", "hello@", "offers@", "newsletter@"]) + host,
        greet=False,
        sign="",
        form=ctx.pick(["html", "html", "alt"]),
        bulk=True,
        lang=lang,
    )


@family("zf_ng_sales_prospecting", "not_job", n=ZF_N)
def _prospect(ctx: Ctx) -> Draft:
    vendor = ctx.pick(
        ["Apollo", "Gong", "Vanta", "Rippling", "Clari", "Outreach", "Deel", "Brex", "Loom"]
    )
    text = body(
        ctx.pick(
            [
                f"Noticed your team is growing - congrats! Teams like yours use {vendor} to cut the time spent on manual reporting by 40%.",
                f"I'm reaching out because companies in your space are switching to {vendor} for SOC 2 compliance in weeks, not months.",
                f"Quick question: who's the right person to talk to about your {ctx.pick(['payroll', 'sales tooling', 'security compliance', 'expense management'])} setup?",
                "Following up on my last note - I know you're busy, so I'll keep it short.",
            ]
        ),
        ctx.pick(
            [
                "Open to a 15-minute call next week to see if it's a fit?",
                f"Worth a quick chat? Here's my calendar: {ctx.url('calendly.com', ascii_word(ctx.person_first))}",
                "If it's not a priority right now, just reply 'not now' and I'll stop reaching out.",
                "Would Tuesday or Wednesday work for a short intro call?",
            ]
        ),
    )
    return Draft(
        subject=ctx.pick(
            [
                "Quick question",
                "{first}, idea for your team",
                "Re: intro",
                "15 minutes?",
                f"{vendor} + your team",
                "Following up",
            ]
        ).replace("{first}", ctx.cand_first),
        body=body(hello(ctx, "en", 0.9), text),
        from_name=ctx.person,
        from_addr=f"{ascii_word(ctx.person_first)}@"
        + ctx.pick(
            [
                "get" + vendor.lower() + ".com",
                vendor.lower() + ".io",
                "try" + vendor.lower() + ".com",
            ]
        ),
        greet=False,
        sign=bye(ctx, "en", "{person}\nAccount Executive, " + vendor),
        footer=ctx.pick(
            [
                "",
                "",
                "If you'd rather not hear from me, let me know and I won't follow up.",
                unsub_block(ctx, vendor.lower() + ".io"),
            ]
        ),
        form=ctx.pick(["plain", "alt"]),
    )


@family("zf_ng_partnership_pitch", "not_job", lang="fr", n=ZF_N)
def _partnership(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "fr"])
    text = {
        "en": ctx.pick(
            [
                "I run partnerships at a growing DTC brand and love your blog. We'd like to propose a paid collaboration: a sponsored post plus two Instagram stories. Budget is flexible.",
                "We're an agency specialising in SEO link building. We'd love to place a guest article on your site - we'll pay $150 per post. Interested?",
                "I think there's a great partnership opportunity between your Etsy shop and our subscription box. Could we set up a call to discuss a co-branded product?",
                "Our affiliate programme pays 30% recurring commission. Your audience would be a perfect fit - want me to send the details?",
            ]
        ),
        "fr": "Je vous contacte de la part de notre agence d'influence : nous aimerions vous proposer un partenariat rémunéré avec une marque de cosmétiques pour votre compte Instagram. Seriez-vous disponible pour en discuter ?",
    }[lang]
    return Draft(
        subject={
            "en": ctx.pick(
                [
                    "Partnership opportunity",
                    "Collaboration proposal",
                    "Sponsored post?",
                    "Let's work together",
                ]
            ),
            "fr": "Proposition de partenariat",
        }[lang],
        body=body(hello(ctx, lang, 0.9), text),
        from_name=ctx.person,
        from_addr=f"{ascii_word(ctx.person_first)}@"
        + ctx.pick(["brandcollab.co", "influence-agence.fr", "seo-growth.net", "boxclub.com"]),
        greet=False,
        sign=bye(
            ctx,
            lang,
            ctx.pick(["{person}\nPartnerships Manager", "{person}\nHead of Growth", "{person}"]),
        ),
    )


@family("zf_ng_loan_permit_application", "not_job", lang="es", n=ZF_N)
def _loan_permit(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "de", "es"])
    ref = f"{ctx.pick(['BP', 'LN', 'APP', 'AZ'])}-{ctx.num(10000, 99999)}"
    text = {
        "en": ctx.pick(
            [
                f"We have received your application for a personal loan (reference {ref}). Our underwriting team will review it within 2 business days. You may be asked to upload proof of income.",
                f"Your building permit application {ref} for a rear extension is under review. A planning officer may contact you to arrange a site visit.",
                "Good news! Your auto loan application has been conditionally approved. Next step: upload your driver's licence and proof of insurance.",
                "Unfortunately we are unable to approve your credit card application at this time. You can request a free copy of your credit report.",
                "Thank you for your application for a residential parking permit. Your application has been approved and your permit will be mailed within 10 days.",
            ]
        ),
        "de": f"wir haben Ihren Antrag auf {ctx.pick(['einen Ratenkredit', 'eine Baugenehmigung', 'Wohngeld', 'einen Bewohnerparkausweis'])} (Aktenzeichen {ref}) erhalten. Die Bearbeitung dauert in der Regel 4-6 Wochen.",
        "es": f"hemos recibido tu solicitud de {ctx.pick(['préstamo personal', 'licencia de obra', 'hipoteca'])} (referencia {ref}). Te informaremos del resultado en los próximos días.",
    }[lang]
    who = ctx.pick(
        [
            "SoFi",
            "LendingClub",
            "City Planning Department",
            "Sparkasse",
            "Bürgeramt",
            "BBVA",
            "Ayuntamiento",
        ]
    )
    return Draft(
        subject={
            "en": ctx.pick(
                [
                    "Your application " + ref,
                    "Application received",
                    "Update on your application",
                    "Your loan application",
                    "Permit application status",
                ]
            ),
            "de": "Ihr Antrag " + ref,
            "es": "Tu solicitud " + ref,
        }[lang],
        body=body(
            logo(who, ctx) if ctx.chance(0.4) else "",
            hello(ctx, lang, 0.9),
            text,
            do_not_reply(ctx, lang) if ctx.chance(0.5) else "",
            privacy(ctx, who, "notify-mail.com", lang) if ctx.chance(0.4) else "",
        ),
        from_name=who,
        from_addr=ctx.pick(["noreply@", "applications@", "antrag@", "solicitudes@"])
        + ctx.pick(["sofi.com", "lendingclub.com", "planning.gov", "sparkasse.de", "bbva.es"]),
        greet=False,
        sign=bye(ctx, lang, who),
        form=ctx.pick(["html", "alt", "plain"]),
        lang=lang,
    )


@family("zf_ng_residency_rental_membership_app", "not_job", lang="pt", n=ZF_N)
def _residency(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "nl", "pt", "it"])
    text = {
        "en": ctx.pick(
            [
                "Thank you for your rental application for the 2-bedroom apartment. We've started the tenant screening (credit and references). You'll hear from us within 3 business days.",
                "Your application for a coworking membership has been accepted! Your access card will be ready at reception on your first day.",
                "We have received your residence permit application. Your biometrics appointment will be sent by post.",
                "Your application to the community garden has been placed on the waiting list (position 14).",
            ]
        ),
        "nl": "Bedankt voor je inschrijving voor de huurwoning. Je staat op de shortlist voor een bezichtiging; we nemen contact op zodra er een plek vrijkomt.",
        "pt": "Recebemos o seu pedido de autorização de residência. O processo encontra-se em análise e será notificado da decisão por email.",
        "it": "Abbiamo ricevuto la sua domanda di iscrizione alla palestra comunale. La sua tessera sarà pronta entro una settimana.",
    }[lang]
    return Draft(
        subject={
            "en": ctx.pick(
                [
                    "Your application",
                    "Application received",
                    "Welcome - membership approved",
                    "Waiting list update",
                ]
            ),
            "nl": "Je inschrijving voor de woning",
            "pt": "Pedido de autorização de residência",
            "it": "Domanda di iscrizione ricevuta",
        }[lang],
        body=body(hello(ctx, lang, 0.9), text, do_not_reply(ctx, lang) if ctx.chance(0.4) else ""),
        from_name=ctx.pick(
            [
                "Zillow Rentals",
                "WeWork",
                "Immigration Services",
                "Woningnet",
                "AIMA",
                "Comune - Sport",
            ]
        ),
        from_addr=ctx.pick(
            [
                "noreply@zillow.com",
                "membership@wework.com",
                "noreply@woningnet.nl",
                "noreply@aima.gov.pt",
                "sport@comune.it",
            ]
        ),
        greet=False,
        sign=bye(ctx, lang, "The Team" if lang == "en" else "Equipa / Team"),
        lang=lang,
    )


@family("zf_ng_jobsite_account_security", "not_job", lang="de", n=ZF_N)
def _account(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "en", "de"])
    site, host = ctx.pick(
        [
            ("LinkedIn", "linkedin.com"),
            ("Indeed", "indeed.com"),
            ("Glassdoor", "glassdoor.com"),
            ("XING", "xing.com"),
            ("StepStone", "stepstone.de"),
        ]
    )
    pairs = {
        "en": [
            (
                f"Your {site} password was changed",
                f"Your {site} password was changed. If you made this change, no further action is needed. If you didn't, secure your account now: {ctx.url(host, 'security')}",
            ),
            (
                "New sign-in to your account",
                f"We noticed a new sign-in to your {site} account from Chrome on Windows near {ctx.pick(['Berlin', 'London', 'Austin', 'Toronto'])}. Was this you?",
            ),
            (
                "You appeared in searches this week",
                f"Your profile appeared in {ctx.num(8, 120)} searches this week. See who's looking with Premium - try it free for 1 month.",
            ),
            (
                "Your Premium trial is ending",
                f"Your {site} Premium free trial ends in 3 days. You'll be charged $39.99/month unless you cancel.",
            ),
            (
                "Your verification code",
                f"Here's your verification code: {ctx.num(100000, 999999)}. It expires in 10 minutes.",
            ),
            (
                "Updates to our terms",
                f"Update to our User Agreement and Privacy Policy: we're making changes that take effect on {when_text(ctx, ctx.future(10, 30)).split(' at ')[0]}.",
            ),
        ],
        "de": [
            (
                "Ihr Passwort wurde geändert",
                f"Ihr {site}-Passwort wurde geändert. Wenn Sie das nicht waren, sichern Sie bitte sofort Ihr Konto.",
            ),
            (
                "Ihre Profilbesucher",
                f"Ihr Profil wurde diese Woche {ctx.num(5, 60)} Mal angesehen. Mit Premium sehen Sie, wer es war.",
            ),
        ],
    }[lang]
    subject, text = ctx.pick(pairs)
    return Draft(
        subject=subject,
        body=body(
            logo(site, ctx),
            hello(ctx, lang, 0.7),
            text,
            do_not_reply(ctx, lang) if ctx.chance(0.4) else "",
            privacy(ctx, site, host, lang) if ctx.chance(0.5) else "",
            unsub_block(ctx, host, lang) if ctx.chance(0.4) else "",
        ),
        from_name=ctx.pick([site, f"{site} Security", f"{site} Premium"]),
        from_addr=ctx.pick(["security-noreply@", "messages-noreply@", "noreply@", "no-reply@"])
        + host,
        greet=False,
        sign="",
        form=ctx.pick(["html", "alt"]),
        bulk=ctx.chance(0.4),
        lang=lang,
    )
