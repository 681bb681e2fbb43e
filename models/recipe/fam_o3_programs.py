"""Hard negatives, session 10: the reader's business applying to programmes and platforms.

An affiliate network approving or declining "your application", an Italian vendor's reseller
programme, a German marketplace reviewing a seller account, a payment processor's risk team
reviewing a merchant account (in English and Brazilian Portuguese), a developer programme's
enrolment and an app's early-access waitlist in French and Swedish: applications, reviews,
approvals and rejections, about accounts and businesses rather than jobs.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, family
from n_kit import at
from o3_kit import O3_N, bye, date_x, footer_x, mail, when_x
from zf_kit import logo, weekday_future


@family("o3_affiliate_program_decision", "not_job", n=O3_N)
def affiliate_program_decision(ctx: Ctx) -> Draft:
    network, host = ctx.pick(
        [
            ("Impact", "impact.example"),
            ("Awin", "awin.example"),
            ("CJ Affiliate", "cj.example"),
            ("ShareASale", "shareasale.example"),
            ("Rakuten Advertising", "rakutenadvertising.example"),
            ("PartnerStack", "partnerstack.example"),
        ]
    )
    brand = ctx.pick(
        [
            "Allbirds",
            "NordVPN",
            "Gymshark",
            "Canva",
            "Booking Partner Hub",
            "HelloFresh",
            "Shopify Partners",
            "Grammarly",
        ]
    )
    site = ctx.pick(
        [
            "your blog",
            "traveltips.example",
            "the-budget-kitchen.example",
            "your YouTube channel",
            "gearreviews.example",
        ]
    )
    stage = ctx.pick(["approved", "declined", "declined", "pending", "terms"])
    paras = {
        "approved": [
            f"Good news! {brand} has approved your application to join their affiliate program.",
            f"Commission: [8%|20% recurring|$25 per sale|€10 per lead]. Cookie window: [30|45|90] days. You can now generate tracking links for {site} in your dashboard.",
        ],
        "declined": [
            f"Thank you for your interest in the {brand} affiliate program. After reviewing your application, {brand} has decided not to accept it at this time.",
            "[Common reasons include: not enough traffic, content that doesn't match the brand, or promotional methods not allowed under the program terms (e.g. PPC brand bidding).|The advertiser did not provide a reason.] You may reapply after [90|60] days.",
        ],
        "pending": [
            f"Your application to the {brand} program is pending review. Advertisers typically respond within 5-10 business days.",
            f"Tip: make sure {site} has a visible affiliate disclosure and a privacy policy - brands often check.",
        ],
        "terms": [
            f"{brand} has updated the terms of its program. [The commission rate changes to 6% from next month.|Coupon sites are no longer permitted.|Payouts move to a monthly schedule.]",
            "Continuing to promote the program means you accept the new terms.",
        ],
    }[stage]
    d = mail(
        ctx,
        {
            "approved": [
                f"You've been approved: {brand}",
                f"Application approved - {brand} affiliate program",
                "Congratulations! New partnership",
            ],
            "declined": [
                f"Your application to {brand} was declined",
                f"{brand} program application update",
                "Application status: Declined",
            ],
            "pending": ["Application received", f"{brand}: application pending"],
            "terms": [f"{brand} has changed its program terms", "Program terms update"],
        }[stage],
        paras,
        (
            ctx.pick([network, f"{brand} via {network}", f"{network} Partner Notifications"]),
            ctx.pick([f"noreply@{host}", f"notifications@{host}"]),
        ),
        bye(ctx, "en", ctx.pick([f"The {network} Team", f"{brand} Partnerships"])),
        greet_p=0.7,
        form=ctx.pick(["html", "alt"]),
        bulk=True,
        footer=footer_x(ctx, network, host),
    )
    d.body = logo(network, ctx) + "\n\n" + d.body  # the header image's alt text comes first
    return d


@family("o3_it_programma_partner_rivenditore", "not_job", lang="it", n=O3_N)
def it_programma_partner_rivenditore(ctx: Ctx) -> Draft:
    vendor, host = ctx.pick(
        [
            ("Zucchetti", "zucchetti-partner.example"),
            ("TeamSystem", "teamsystem-partner.example"),
            ("Aruba Business", "aruba-partner.example"),
            ("Fastweb Partner", "fastweb-partner.example"),
            ("Bitdefender Italia", "bitdefender-partner.example"),
        ]
    )
    stage = ctx.pick(["ricevuta", "approvata", "respinta", "colloquio"])
    paras = {
        "ricevuta": [
            f"abbiamo ricevuto la richiesta di adesione della sua azienda al Programma Partner {vendor}.",
            "Il nostro team Channel valuterà la documentazione (visura camerale, referenze clienti, certificazioni) entro [10|15] giorni lavorativi.",
        ],
        "approvata": [
            f"siamo lieti di comunicarle che la sua richiesta è stata approvata: da oggi la sua azienda è Rivenditore Autorizzato {vendor}, livello [Silver|Gold|Registered].",
            "Nel portale partner trova listini riservati, materiali marketing e il percorso di certificazione tecnica.",
        ],
        "respinta": [
            f"la ringraziamo per l'interesse verso il Programma Partner {vendor}. Al momento non possiamo accogliere la sua richiesta, [poiché nella sua zona la copertura è già completa|in quanto non risultano i requisiti minimi di fatturato|poiché manca la certificazione tecnica richiesta].",
            "Potrà ripresentare domanda tra sei mesi.",
        ],
        "colloquio": [
            f"per completare la valutazione della sua candidatura al programma partner vorremmo fissare una call conoscitiva con il nostro Channel Manager {ctx.person}.",
            f"Le andrebbe bene {when_x(ctx, 'it')}? Parleremo di mercato, clienti e obiettivi commerciali.",
        ],
    }[stage]
    return mail(
        ctx,
        {
            "ricevuta": [
                f"Richiesta di adesione al Programma Partner {vendor}",
                "Abbiamo ricevuto la sua richiesta",
            ],
            "approvata": [
                f"Benvenuto nel Programma Partner {vendor}",
                "Richiesta approvata: Rivenditore Autorizzato",
            ],
            "respinta": [
                f"Esito richiesta Programma Partner {vendor}",
                "La sua richiesta di adesione",
            ],
            "colloquio": ["Call conoscitiva - Programma Partner", f"{vendor}: prossimi passi"],
        }[stage],
        paras,
        ctx.pick([(f"{vendor} Partner Program", f"partner@{host}"), (ctx.person, at(ctx, host))]),
        bye(ctx, "it", ctx.pick([f"Il team Canale {vendor}", f"{ctx.person}\nChannel Manager"])),
        lang="it",
        greet_p=0.9,
        form=ctx.pick(["plain", "alt", "html"]),
        footer=footer_x(ctx, vendor, host, "it"),
    )


@family("o3_de_verkaeuferkonto_pruefung", "not_job", lang="de", n=O3_N)
def de_verkaeuferkonto_pruefung(ctx: Ctx) -> Draft:
    mkt, host = ctx.pick(
        [
            ("Amazon Seller Central", "sellercentral.example"),
            ("Otto Market", "otto-market.example"),
            ("Kaufland Global Marketplace", "kaufland-seller.example"),
            ("eBay", "ebay-haendler.example"),
            ("Etsy", "etsy-seller.example"),
        ]
    )
    stage = ctx.pick(["pruefung", "dokumente", "freigegeben", "abgelehnt", "video"])
    paras = {
        "pruefung": [
            f"vielen Dank für Ihre Registrierung bei {mkt}. Ihre Angaben werden derzeit geprüft.",
            "Die Prüfung dauert in der Regel [3|5|7] Werktage. Bis dahin können Sie noch keine Artikel einstellen.",
        ],
        "dokumente": [
            "Für die Verifizierung Ihres Verkäuferkontos benötigen wir weitere Unterlagen: [einen aktuellen Handelsregisterauszug|eine Gewerbeanmeldung|einen Kontoauszug, der nicht älter als 180 Tage ist|einen Ausweis des wirtschaftlich Berechtigten].",
            f"Bitte laden Sie die Dokumente bis {date_x(ctx, weekday_future(ctx), 'de')} hoch.",
        ],
        "freigegeben": [
            "Ihr Verkäuferkonto wurde erfolgreich verifiziert und freigeschaltet. Sie können jetzt Angebote einstellen.",
            "Tipp: Hinterlegen Sie Ihre Widerrufsbelehrung und Ihr Impressum, bevor Sie die ersten Artikel veröffentlichen.",
        ],
        "abgelehnt": [
            "Leider konnten wir Ihre Identität nicht bestätigen. Ihr Antrag auf ein Verkäuferkonto wurde daher abgelehnt.",
            "Wenn Sie glauben, dass es sich um einen Fehler handelt, können Sie innerhalb von 30 Tagen Widerspruch einlegen.",
        ],
        "video": [
            "Im Rahmen der Verifizierung bitten wir Sie zu einem kurzen Videogespräch mit unserem Team (ca. 10 Minuten). Halten Sie Ihren Ausweis bereit.",
            f"Ihr Termin: {when_x(ctx, 'de')}.",
        ],
    }[stage]
    return mail(
        ctx,
        {
            "pruefung": ["Ihr Verkäuferkonto wird geprüft", f"{mkt}: Registrierung eingegangen"],
            "dokumente": [
                "Aktion erforderlich: Verifizierung Ihres Verkäuferkontos",
                "Weitere Unterlagen erforderlich",
            ],
            "freigegeben": ["Ihr Verkäuferkonto ist freigeschaltet", f"Willkommen bei {mkt}"],
            "abgelehnt": ["Ihr Antrag auf ein Verkäuferkonto", "Verifizierung nicht erfolgreich"],
            "video": ["Terminbestätigung: Video-Verifizierung", "Ihr Verifizierungstermin"],
        }[stage],
        paras,
        (mkt, ctx.pick([f"seller-notification@{host}", f"noreply@{host}"])),
        bye(ctx, "de", ctx.pick([f"Ihr {mkt} Team", "Team Händlerverifizierung"])),
        lang="de",
        greet_p=0.7,
        form=ctx.pick(["html", "alt"]),
        footer=footer_x(ctx, mkt, host, "de"),
    )


@family("o3_merchant_account_risk_review", "not_job", n=O3_N)
def merchant_account_risk_review(ctx: Ctx) -> Draft:
    psp, host = ctx.pick(
        [
            ("Stripe", "stripe.example"),
            ("PayPal", "paypal.example"),
            ("Square", "squareup.example"),
            ("Adyen", "adyen.example"),
            ("Checkout.com", "checkout.example"),
            ("Razorpay", "razorpay.example"),
        ]
    )
    biz = ctx.pick(
        [
            "Cedar & Pine Candles",
            "Little Fox Prints",
            "NovaFit Coaching",
            "Kiln Studio",
            "Bytewise Ltd",
            "Sharma Exports",
        ]
    )
    stage = ctx.pick(["review", "info", "approved", "rejected", "reserve"])
    paras = {
        "review": [
            f"We're reviewing the account for {biz}. This is a standard review of your business information and website to make sure we can support your business.",
            "While the review is in progress, you can keep accepting payments, but payouts are paused.",
        ],
        "info": [
            f"To continue processing payments for {biz}, we need more information: [a description of your products and fulfilment times|your refund policy and terms of service URL|proof of address for the business|the last 3 months of processing statements].",
            f"Please provide it in your Dashboard by {date_x(ctx, weekday_future(ctx))}.",
        ],
        "approved": [
            f"Your account for {biz} has been verified. Payouts are now enabled and will arrive on a [daily|weekly|2-day rolling] schedule.",
        ],
        "rejected": [
            f"After reviewing your account, we've determined that we can no longer accept payments for {biz}, [as it appears to present a higher level of risk than we can support|because your business type is restricted under our Services Agreement].",
            "Any remaining balance will be paid out after [90|120] days, less any refunds or disputes.",
        ],
        "reserve": [
            f"Because of a recent increase in disputes, we're placing a [rolling|fixed] reserve of [10|25]% on payments to {biz} for [60|90] days.",
            "This helps cover potential refunds and chargebacks. We'll review it again in 60 days.",
        ],
    }[stage]
    return mail(
        ctx,
        {
            "review": [f"Your {psp} account is under review", "We're reviewing your account"],
            "info": [
                "Action required: additional information needed",
                f"{psp}: please verify your business",
            ],
            "approved": ["Your account is verified", "Payouts enabled"],
            "rejected": [f"Your {psp} account", "Important: your account has been closed"],
            "reserve": ["Reserve added to your account", f"An update about your {psp} payouts"],
        }[stage],
        paras,
        (
            ctx.pick([psp, f"{psp} Support", f"{psp} Risk"]),
            ctx.pick([f"support@{host}", f"notifications@{host}", f"risk@{host}"]),
        ),
        bye(
            ctx,
            "en",
            ctx.pick([f"The {psp} team", f"{psp} Risk Operations", f"{psp} Merchant Services"]),
        ),
        greet_p=0.8,
        form=ctx.pick(["html", "alt", "plain"]),
        footer=footer_x(ctx, psp, host),
    )


@family("o3_pt_conta_comercial_analise", "not_job", lang="pt", n=O3_N)
def pt_conta_comercial_analise(ctx: Ctx) -> Draft:
    psp, host = ctx.pick(
        [
            ("Mercado Pago", "mercadopago.example"),
            ("PagSeguro", "pagseguro.example"),
            ("Stone", "stone.example"),
            ("Cielo", "cielo.example"),
            ("SumUp", "sumup.example"),
            ("ifthenpay", "ifthenpay.example"),
        ]
    )
    stage = ctx.pick(["analise", "docs", "aprovado", "recusado"])
    paras = {
        "analise": [
            f"recebemos o cadastro da sua empresa na {psp}. Nossa equipe está fazendo a análise dos dados (CNPJ, sócios e atividade).",
            "O prazo de análise é de até [2|3|5] dias úteis. Você receberá um e-mail assim que terminarmos.",
        ],
        "docs": [
            "Para concluir o seu credenciamento, precisamos de documentos adicionais: [contrato social|comprovante de endereço da empresa|documento com foto do sócio administrador|extrato bancário da conta PJ].",
            f"Envie até {date_x(ctx, weekday_future(ctx), 'pt')} pelo app ou pelo site.",
        ],
        "aprovado": [
            f"boa notícia! O cadastro da sua empresa foi aprovado e a sua conta {psp} já está liberada para receber pagamentos.",
            "A sua maquininha será enviada em até [5|7] dias úteis.",
        ],
        "recusado": [
            "após análise, não foi possível aprovar o credenciamento da sua empresa neste momento.",
            "[A atividade informada não é atendida pela nossa política.|Não conseguimos validar os dados enviados.] Você pode solicitar uma nova análise em 30 dias.",
        ],
    }[stage]
    return mail(
        ctx,
        {
            "analise": ["Seu cadastro está em análise", f"{psp}: recebemos seu cadastro"],
            "docs": ["Precisamos de mais documentos", "Pendência no seu credenciamento"],
            "aprovado": ["Cadastro aprovado! 🎉", f"Sua conta {psp} está ativa"],
            "recusado": ["Resultado da análise do seu cadastro", "Sobre o seu credenciamento"],
        }[stage],
        paras,
        (psp, ctx.pick([f"nao-responda@{host}", f"comunicacao@{host}"])),
        bye(ctx, "pt", ctx.pick([f"Equipe {psp}", f"Time de Credenciamento {psp}"])),
        lang="pt",
        greet_p=0.9,
        form=ctx.pick(["html", "alt"]),
        footer=footer_x(ctx, psp, host, "pt"),
    )


@family("o3_developer_program_enrollment", "not_job", n=O3_N)
def developer_program_enrollment(ctx: Ctx) -> Draft:
    prog, host = ctx.pick(
        [
            ("Apple Developer Program", "developer.apple.example"),
            ("Google Play Console", "play-console.example"),
            ("Microsoft Partner Center", "partner.microsoft.example"),
            ("Meta for Developers", "developers.meta.example"),
            ("Samsung Developers", "developer.samsung.example"),
        ]
    )
    stage = ctx.pick(["received", "verify", "complete", "unable", "renew"])
    paras = {
        "received": [
            f"Thank you for enrolling in the {prog} as an organization. We're reviewing your information, which may include verifying your D-U-N-S Number and legal entity status.",
            "This usually takes a few business days. Please make sure you can be reached at the phone number you provided.",
        ],
        "verify": [
            "We need to verify your identity before we can complete your developer account setup. [Upload a government-issued ID|Confirm your organisation's website domain|Verify your payments profile] in the console.",
            f"If verification is not completed by {date_x(ctx, weekday_future(ctx))}, your account will be closed and the registration fee refunded.",
        ],
        "complete": [
            f"Welcome to the {prog}. Your enrollment is complete and your membership is active for one year.",
            "You can now sign apps, access beta software and submit to the store.",
        ],
        "unable": [
            f"We're unable to continue with your enrollment in the {prog}. [The legal entity name you provided doesn't match our records.|Your organisation couldn't be verified.|Your account appears to be associated with a previously terminated account.]",
            "If you believe this is in error, you can reply with additional documentation.",
        ],
        "renew": [
            f"Your {prog} membership expires in [30|14|7] days. Renew now to keep your apps available.",
        ],
    }[stage]
    return mail(
        ctx,
        {
            "received": [f"Your {prog} enrollment", "We've received your enrollment request"],
            "verify": [
                "Action needed: verify your developer account",
                "Identity verification required",
            ],
            "complete": [f"Welcome to the {prog}", "Your enrollment is complete"],
            "unable": [f"Your {prog} enrollment", "We're unable to complete your enrollment"],
            "renew": ["Your membership is expiring soon", f"Renew your {prog} membership"],
        }[stage],
        paras,
        (
            ctx.pick([prog, "Developer Relations", "Developer Support"]),
            ctx.pick([f"no-reply@{host}", f"devprograms@{host}"]),
        ),
        bye(ctx, "en", ctx.pick([f"{prog} Support", "Developer Relations"])),
        greet_p=0.7,
        form=ctx.pick(["html", "alt", "plain"]),
        footer=footer_x(ctx, prog, host),
    )


@family("o3_waitlist_early_access_fr_sv", "not_job", lang="fr", n=O3_N)
def waitlist_early_access_fr_sv(ctx: Ctx) -> Draft:
    lang = ctx.pick(["fr", "fr", "sv"])
    app, host = ctx.pick(
        [
            ("Mistral Le Chat Pro", "chat.mistral.example"),
            ("Qonto Teams", "qonto.example"),
            ("Lydia Pro", "lydia.example"),
            ("Klarna Business", "klarna.example"),
            ("Tink Console", "tink.example"),
            ("Voi Business", "voi.example"),
        ]
    )
    stage = ctx.pick(["inscrit", "accepte", "rang", "relance"])
    rank = f"{ctx.num(1, 9)} {ctx.num(100, 999)}"
    paras = {
        "fr": {
            "inscrit": [
                f"merci pour votre inscription à la liste d'attente de {app} !",
                f"Vous êtes {rank}e sur la liste. Parrainez vos collègues pour gagner des places.",
            ],
            "accepte": [
                f"bonne nouvelle : votre accès anticipé à {app} est prêt ! Votre candidature à la bêta privée a été acceptée.",
                f"Activez votre compte avant le {date_x(ctx, weekday_future(ctx), 'fr')} : {ctx.url(host, 'invite')}",
            ],
            "rang": [
                f"vous avez gagné [120|430|1 000] places ! Vous êtes désormais {rank}e sur la liste d'attente.",
                "Nous ouvrons l'accès par vagues chaque semaine.",
            ],
            "relance": [
                f"votre invitation à {app} expire dans 48 heures.",
                "Après ce délai, votre place sera attribuée à la personne suivante sur la liste.",
            ],
        },
        "sv": {
            "inscrit": [
                f"tack för att du ställt dig i kö till {app}!",
                f"Du har plats {rank} i kön. Bjud in kollegor för att flytta fram.",
            ],
            "accepte": [
                f"grattis, du har fått tidig tillgång till {app}! Din ansökan till betan har godkänts.",
                f"Aktivera ditt konto senast {date_x(ctx, weekday_future(ctx), 'sv')}: {ctx.url(host, 'invite')}",
            ],
            "rang": [
                f"du har flyttat fram [120|430|1 000] platser och har nu plats {rank} i kön.",
                "Vi släpper in nya användare varje vecka.",
            ],
            "relance": [
                f"din inbjudan till {app} går ut om 48 timmar.",
                "Därefter går platsen till nästa person i kön.",
            ],
        },
    }[lang][stage]
    subjects = {
        "fr": {
            "inscrit": ["Vous êtes sur la liste d'attente ✨", f"{app} : inscription confirmée"],
            "accepte": ["Votre accès anticipé est prêt", f"Bienvenue dans la bêta {app}"],
            "rang": ["Vous avez gagné des places !"],
            "relance": ["Votre invitation expire bientôt"],
        },
        "sv": {
            "inscrit": ["Du står i kön ✨", f"{app}: du är anmäld"],
            "accepte": ["Din tidiga tillgång är klar", f"Välkommen till betan av {app}"],
            "rang": ["Du har flyttat fram i kön!"],
            "relance": ["Din inbjudan går snart ut"],
        },
    }[lang][stage]
    return mail(
        ctx,
        subjects,
        paras,
        (app, ctx.pick([f"hello@{host}", f"noreply@{host}", f"team@{host}"])),
        bye(
            ctx,
            lang,
            ctx.pick(
                [
                    f"L'équipe {app}" if lang == "fr" else f"Teamet på {app}",
                    ctx.person + (", co-fondateur" if lang == "fr" else ", grundare"),
                ]
            ),
        ),
        lang=lang,
        greet_p=0.8,
        form=ctx.pick(["html", "alt"]),
        bulk=True,
        footer=footer_x(ctx, app, host, lang),
    )
