"""Hard negatives, session 10: the reader as a vendor, an agency or a freelancer selling to clients.

A prospective client who "decided to go with another agency" or wants to "move forward with
your proposal", a Spanish client answering a freelancer's quote ("presupuesto"), a buyer's
supplier portal asking to "complete your profile" and confirming "documents received", a
Dutch supplier registration, a German software vendor's renewal "Angebot" and a trade fair
approving an exhibitor application: decisions about the reader's business, never a job.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, family
from n_kit import MOBILE, at, private
from o3_kit import O3_N, bye, date_x, footer_x, mail, when_x
from zf_kit import weekday_future


@family("o3_agency_pitch_outcome", "not_job", n=O3_N)
def agency_pitch_outcome(ctx: Ctx) -> Draft:
    brand, host = ctx.pick(
        [
            ("Pellow Coffee", "pellowcoffee.example"),
            ("Northside Dental Group", "northsidedental.example"),
            ("Ravel Outdoor", "raveloutdoor.example"),
            ("Amberley Homes", "amberleyhomes.example"),
            ("Fenwick & Rowe Solicitors", "fenwickrowe.example"),
            ("Lumo Skincare", "lumoskin.example"),
        ]
    )
    work = ctx.pick(
        [
            "the rebrand",
            "the new website",
            "our paid social",
            "the SEO retainer",
            "the product launch campaign",
            "the app redesign",
        ]
    )
    stage = ctx.pick(["lost", "lost", "won", "chemistry", "budget"])
    paras = {
        "lost": [
            f"Thanks so much for pitching for {work} last [week|Thursday|month]. We really enjoyed meeting the team.",
            "[After a lot of back and forth we've decided to go with another agency.|I'm sorry to say we've decided to go in a different direction and appoint another agency.|It was really close, but the board went with an agency that has more experience in our category.] [Your creative route was the team's favourite, for what it's worth.|The deciding factor was budget, honestly.|]",
            "I'd be happy to share more feedback if useful, and we'd love to keep in touch for future projects.",
        ],
        "won": [
            f"Great news - we'd love to move forward with your proposal for {work}!",
            "[Can you send over the contract and the first invoice for the deposit?|Next step on our side is a PO; our finance team needs your bank details and a W-9 / company registration.] Could we do a kick-off call [next week|early next week]?",
        ],
        "chemistry": [
            f"Thanks for your credentials deck. You're one of [three|four] agencies we'd like to invite to a chemistry meeting for {work}.",
            f"Would {when_x(ctx)} work? [45 minutes at our office|An hour on Zoom]; no need to prepare creative, we just want to meet the people who'd be on the account.",
        ],
        "budget": [
            f"We've reviewed your proposal for {work}. We love the approach, but the quote is above what we've budgeted for this year.",
            "Is there a phased version you could do for around [£15k|$20k|€12k]? If not, totally understand - we may revisit in Q[1|2|3].",
        ],
    }[stage]
    who = ctx.person
    # Some answer the reader's chaser, quoted below (mime adds "Re:" and the attribution).
    quote = (
        ctx.fill(
            f"Hi {{pfirst}}, just checking in on {work} - any update on timing for a decision? Happy to answer any questions.\nBest,\n{{first}}"
        )
        if ctx.chance(0.35)
        else ""
    )
    d = mail(
        ctx,
        {
            "lost": [
                f"{brand} - agency decision",
                f"Re: {brand} pitch",
                "Re: Proposal for " + work,
                "Pitch feedback",
            ],
            "won": ["Re: Proposal - " + work, f"{brand} x you!", "Good news"],
            "chemistry": [f"{brand} agency review - chemistry meeting", "Invitation to meet"],
            "budget": ["Re: Your proposal", f"{brand} - quote"],
        }[stage],
        paras,
        (who, at(ctx, host)),
        bye(
            ctx,
            "en",
            f"{who}\n[Marketing Director|Head of Brand|Founder|Marketing Manager|Operations Director], {brand}",
        )
        + ("\n\n" + ctx.pick(MOBILE) if ctx.chance(0.2) else ""),
        greet_p=0.9,
        form=ctx.pick(["plain", "plain", "alt"]),
    )
    d.quote = quote
    return d


@family("o3_es_presupuesto_cliente", "not_job", lang="es", n=O3_N)
def es_presupuesto_cliente(ctx: Ctx) -> Draft:
    trabajo = ctx.pick(
        [
            "la web de la tienda",
            "las fotos del catálogo",
            "la traducción del manual",
            "el logo y la identidad",
            "la app de reservas",
            "la campaña de Navidad",
        ]
    )
    stage = ctx.pick(["otro", "otro", "si", "dudas"])
    paras = {
        "otro": [
            f"Muchas gracias por el presupuesto para {trabajo} y por el tiempo que le has dedicado.",
            "[Al final hemos decidido seguir con otro proveedor,|Lo hemos estado valorando y finalmente nos quedamos con otra propuesta,|Te escribo para decirte que este año no vamos a hacer el proyecto,] [sobre todo por precio.|más que nada por plazos.|ya que nos encajaba mejor por cercanía.] Te tendremos en cuenta para próximos trabajos.",
        ],
        "si": [
            f"Hemos revisado tu propuesta para {trabajo} y nos encaja. ¡Adelante!",
            "[¿Nos mandas la factura del 50 % por adelantado?|Te paso los datos fiscales para la factura.] ¿Podemos vernos [el lunes|esta semana|a principios de mes] para arrancar?",
        ],
        "dudas": [
            f"Gracias por el presupuesto para {trabajo}. Antes de decidir tenemos un par de dudas: ¿el precio incluye IVA? ¿Cuántas rondas de cambios entran?",
            "Estamos comparando con [otra|dos] propuesta[s|] y queremos decidir antes de fin de mes.",
        ],
    }[stage]
    who = (
        private(ctx)
        if ctx.chance(0.4)
        else (
            ctx.person,
            at(
                ctx,
                ctx.pick(
                    [
                        "tiendalaola.example",
                        "bodegasferrer.example",
                        "clinicavet.example",
                        "hotelmirador.example",
                    ]
                ),
            ),
        )
    )
    return mail(
        ctx,
        {
            "otro": ["Re: Presupuesto para " + trabajo, "Presupuesto", "Re: Propuesta"],
            "si": [
                "Re: Presupuesto para " + trabajo,
                "¡Adelante con el proyecto!",
                "Re: propuesta",
            ],
            "dudas": ["Dudas sobre el presupuesto", "Re: Presupuesto"],
        }[stage],
        paras,
        who,
        bye(ctx, "es", ctx.pick([who[0], ctx.person_first]))
        + (
            "\n\n" + ctx.pick(["Enviado desde mi iPhone", "Enviado desde mi móvil"])
            if ctx.chance(0.25)
            else ""
        ),
        lang="es",
        greet_p=0.95,
        form="plain",
    )


@family("o3_supplier_portal_onboarding", "not_job", n=O3_N)
def supplier_portal_onboarding(ctx: Ctx) -> Draft:
    buyer = ctx.pick(
        [
            "Globex Manufacturing",
            "Helios Pharma",
            "Northwind Retail",
            "Stark Logistics",
            "Brightwater Utilities",
        ]
    )
    portal, host = ctx.pick(
        [
            ("Coupa Supplier Portal", "supplier.coupahost.example"),
            ("SAP Business Network", "ariba.example"),
            ("Jaggaer", "jaggaer.example"),
            ("Tradeshift", "tradeshift.example"),
            ("supplier onboarding", "vendors.example"),
        ]
    )
    stage = ctx.pick(["invite", "docs", "approved", "missing", "bank"])
    paras = {
        "invite": [
            f"{buyer} has invited you to register as a supplier on {portal}.",
            "To be set up as an approved vendor and receive purchase orders, please complete your supplier profile: company details, tax ID, remit-to address, insurance certificate and bank information.",
            f"Complete your profile: {ctx.url(host, 'register')}",
        ],
        "docs": [
            f"Thank you. We have received the following documents for your supplier registration with {buyer}: [W-9|W-8BEN-E|Certificate of Insurance|Modern Slavery Statement|ISO 9001 certificate].",
            "Your registration is now with our Supplier Master Data team for review. This usually takes 3-5 business days.",
        ],
        "approved": [
            f"Your supplier registration with {buyer} has been approved. Supplier number: {ctx.num(100000, 999999)}.",
            "You can now receive purchase orders and submit invoices through the portal. Payment terms: [net 30|net 45|net 60].",
        ],
        "missing": [
            f"Your supplier profile for {buyer} is [75|80|60]% complete. The following items are still required: [bank account verification letter|signed Supplier Code of Conduct|tax residency certificate].",
            f"Please complete your profile by {date_x(ctx, weekday_future(ctx))} to avoid delays in payment of your invoices.",
        ],
        "bank": [
            "A change to your remittance bank details was requested on your supplier account.",
            "For your protection, our Accounts Payable team will call the phone number on file to verify the change before it is applied. If you did not request this change, contact us immediately.",
        ],
    }[stage]
    return mail(
        ctx,
        {
            "invite": [
                f"Invitation: register as a supplier for {buyer}",
                f"{buyer} invites you to join {portal}",
                "Action required: complete your supplier profile",
            ],
            "docs": [
                "Documents received - supplier registration",
                f"{buyer}: registration documents received",
            ],
            "approved": [
                f"Supplier registration approved - {buyer}",
                "Welcome to our supplier network",
            ],
            "missing": [
                "Reminder: your supplier profile is incomplete",
                f"Action needed: {buyer} supplier profile",
            ],
            "bank": [
                "Bank detail change request - verification",
                "Important: supplier bank details",
            ],
        }[stage],
        paras,
        (
            ctx.pick([f"{buyer} via {portal}", f"{buyer} Procurement", portal]),
            ctx.pick([f"no-reply@{host}", f"notifications@{host}"]),
        ),
        bye(
            ctx,
            "en",
            ctx.pick(
                [
                    f"{buyer} Supplier Enablement Team",
                    "Accounts Payable\n" + buyer,
                    "Supplier Onboarding",
                ]
            ),
        ),
        greet_p=0.5,
        form=ctx.pick(["html", "alt"]),
        bulk=ctx.chance(0.3),
        footer=footer_x(ctx, portal, host),
    )


@family("o3_nl_leveranciersregistratie", "not_job", lang="nl", n=O3_N)
def nl_leveranciersregistratie(ctx: Ctx) -> Draft:
    klant, host = ctx.pick(
        [
            ("Gemeente Eindhoven", "eindhoven.example"),
            ("Albert Heijn", "ah-leveranciers.example"),
            ("Rabobank", "rabo-inkoop.example"),
            ("UMC Utrecht", "umcutrecht.example"),
            ("Hogeschool Rotterdam", "hr-inkoop.example"),
        ]
    )
    stage = ctx.pick(["welkom", "documenten", "goedgekeurd", "factuur"])
    paras = {
        "welkom": [
            f"{klant} nodigt u uit om zich als leverancier te registreren in ons inkoopsysteem.",
            f"Vul uw bedrijfsgegevens in (KvK-nummer, btw-nummer, IBAN) via {ctx.url(host, 'registratie')}. Zonder registratie kunnen wij geen inkooporders plaatsen.",
        ],
        "documenten": [
            "Wij hebben uw registratie ontvangen, maar missen nog de volgende documenten: [een recent KvK-uittreksel|een bankverklaring|de getekende Gedragscode voor Leveranciers|de G-rekeningovereenkomst].",
            f"Wilt u deze vóór {date_x(ctx, weekday_future(ctx), 'nl')} uploaden?",
        ],
        "goedgekeurd": [
            f"Uw registratie als leverancier bij {klant} is goedgekeurd. Uw crediteurnummer is {ctx.num(200000, 899999)}.",
            "Vermeld dit nummer en het inkoopordernummer op al uw facturen, anders kunnen wij ze niet verwerken.",
        ],
        "factuur": [
            f"Uw factuur [F{ctx.num(2024, 2026)}-{ctx.num(10, 999)}|{ctx.num(1000, 9999)}] "
            + ctx.pick(
                [
                    "is afgekeurd. Reden: het inkoopordernummer ontbreekt.",
                    "is goedgekeurd voor betaling. Betaling volgt binnen 30 dagen.",
                    "is in behandeling. De budgethouder moet de factuur nog accorderen.",
                ]
            ),
        ],
    }[stage]
    return mail(
        ctx,
        {
            "welkom": [
                f"Uitnodiging leveranciersregistratie {klant}",
                "Registreer uw bedrijf als leverancier",
            ],
            "documenten": [
                "Ontbrekende documenten leveranciersregistratie",
                f"{klant}: aanvullende gegevens nodig",
            ],
            "goedgekeurd": ["Uw registratie is goedgekeurd", f"Welkom als leverancier van {klant}"],
            "factuur": ["Status van uw factuur", f"{klant} crediteurenadministratie"],
        }[stage],
        paras,
        ctx.pick(
            [
                (f"{klant} Inkoop", f"inkoop@{host}"),
                ("Crediteurenadministratie", f"crediteuren@{host}"),
                (ctx.person, at(ctx, host)),
            ]
        ),
        bye(
            ctx,
            "nl",
            ctx.pick(
                [f"Team Inkoop\n{klant}", f"{ctx.person}\nInkoper", "Crediteurenadministratie"]
            ),
        ),
        lang="nl",
        greet_p=0.8,
        form=ctx.pick(["plain", "alt"]),
        footer=ctx.pick(["", footer_x(ctx, klant, host, "nl")]),
    )


@family("o3_de_verlaengerungsangebot_b2b", "not_job", lang="de", n=O3_N)
def de_verlaengerungsangebot_b2b(ctx: Ctx) -> Draft:
    vendor, host = ctx.pick(
        [
            ("DATEV", "datev-partner.example"),
            ("Personio", "personio-billing.example"),
            ("TeamViewer", "teamviewer-sales.example"),
            ("Atlassian Partner Netzwerk GmbH", "apn.example"),
            ("SAP Concur", "concur-renewals.example"),
        ]
    )
    stage = ctx.pick(["angebot", "erinnerung", "upgrade", "bestaetigung"])
    lizenzen = ctx.num(8, 250)
    paras = {
        "angebot": [
            f"Ihr Vertrag über {lizenzen} Lizenzen läuft am {date_x(ctx, weekday_future(ctx, 20, 40), 'de')} aus. Anbei erhalten Sie unser Verlängerungsangebot Nr. AN-{ctx.num(10000, 99999)}.",
            "Bei Unterzeichnung bis Monatsende gewähren wir Ihnen [10|12|15] % Rabatt auf die Jahreslizenz sowie Preisstabilität für 24 Monate.",
        ],
        "erinnerung": [
            f"Kurze Erinnerung: Unser Angebot zur Verlängerung Ihres {vendor}-Abonnements ist nur noch bis {date_x(ctx, weekday_future(ctx), 'de')} gültig.",
            "Danach gelten die neuen Listenpreise. Haben Sie Fragen? Ich nehme mir gerne 15 Minuten Zeit.",
        ],
        "upgrade": [
            f"Sie nutzen aktuell {lizenzen} von {lizenzen} Lizenzen. Für Ihr Wachstum haben wir ein Angebot für den Wechsel auf [Enterprise|Business Plus|Premium] erstellt.",
            f"Passt Ihnen ein kurzer Termin am {when_x(ctx, 'de')}?",
        ],
        "bestaetigung": [
            f"Vielen Dank für Ihre Auftragsbestätigung. Die Verlängerung um 12 Monate ({lizenzen} Nutzer) ist aktiv. Die Rechnung folgt separat.",
        ],
    }[stage]
    who = ctx.person
    return mail(
        ctx,
        {
            "angebot": [
                f"Ihr Verlängerungsangebot – {vendor}",
                f"Angebot AN-{ctx.num(10000, 99999)} zur Vertragsverlängerung",
                "Ihr Vertrag läuft aus",
            ],
            "erinnerung": ["Erinnerung: Ihr Angebot läuft ab", f"Re: Verlängerung {vendor}"],
            "upgrade": [f"Angebot: Upgrade auf {vendor} Enterprise", "Mehr Lizenzen für Ihr Team"],
            "bestaetigung": [
                "Auftragsbestätigung Verlängerung",
                f"{vendor}: Ihre Verlängerung ist aktiv",
            ],
        }[stage],
        paras,
        (f"{who} | {vendor}" if ctx.chance(0.5) else who, at(ctx, host)),
        bye(
            ctx,
            "de",
            f"{who}\n[Account Executive|Key Account Manager|Customer Success Manager|Renewals Specialist]\n{vendor}",
        ),
        lang="de",
        greet_p=0.9,
        form=ctx.pick(["plain", "alt", "html"]),
        footer=ctx.pick(
            [
                "",
                f"{vendor} · Sitz der Gesellschaft: München · Amtsgericht München HRB {ctx.num(100000, 299999)}",
            ]
        ),
    )


@family("o3_trade_fair_exhibitor_application", "not_job", n=O3_N)
def trade_fair_exhibitor_application(ctx: Ctx) -> Draft:
    fair, host = ctx.pick(
        [
            ("The Retail Expo 2025", "retailexpo.example"),
            ("SaaStock Dublin", "saastock.example"),
            ("Food & Drink Expo", "foodanddrinkexpo.example"),
            ("Web Summit Startup Programme", "websummit.example"),
            ("Maker Faire", "makerfaire.example"),
            ("HIMSS Europe", "himss-europe.example"),
        ]
    )
    stage = ctx.pick(["received", "approved", "waitlist", "declined", "manual"])
    paras = {
        "received": [
            f"Thank you for your application to exhibit at {fair}. Our team reviews every application to make sure the show floor is a good fit for visitors.",
            "You'll hear from us within [10 working days|two weeks]. No payment is taken until your application is approved.",
        ],
        "approved": [
            f"Congratulations - your exhibitor application for {fair} has been approved! Stand [B{ctx.num(10, 99)}|A{ctx.num(100, 299)}|Startup Pod {ctx.num(1, 40)}] has been provisionally allocated to you.",
            "To confirm your booking, please sign the exhibitor contract and pay the 50% deposit within 14 days.",
        ],
        "waitlist": [
            f"Thank you for applying to exhibit at {fair}. The [Startup Zone|Innovation Village|main hall] is now fully booked, and your application has been placed on the waiting list.",
            "We'll contact you if a stand becomes available.",
        ],
        "declined": [
            f"Thank you for your interest in exhibiting at {fair}. Unfortunately we're unable to accept your application this year: [your products fall outside our show categories|we received far more applications than stands|the programme is limited to companies under five years old].",
            "You're very welcome to attend as a visitor - use code VISIT25 for a free pass.",
        ],
        "manual": [
            f"The Exhibitor Manual for {fair} is now available in the exhibitor portal, including build-up times, stand-fitting rules and badge registration.",
            f"Deadline for the stand graphics order: {date_x(ctx, weekday_future(ctx))}.",
        ],
    }[stage]
    return mail(
        ctx,
        {
            "received": [f"{fair}: exhibitor application received", "We've got your application"],
            "approved": [
                f"Your {fair} exhibitor application is approved",
                "You're exhibiting! Next steps",
            ],
            "waitlist": [f"{fair} - exhibitor waiting list", "Your exhibitor application"],
            "declined": [
                f"Your application to exhibit at {fair}",
                f"{fair} exhibitor application update",
            ],
            "manual": ["Exhibitor Manual now available", f"{fair}: important exhibitor deadlines"],
        }[stage],
        paras,
        ctx.pick(
            [
                (f"{fair} Exhibitor Team", f"exhibitors@{host}"),
                (fair, f"noreply@{host}"),
                (ctx.person, at(ctx, host)),
            ]
        ),
        bye(ctx, "en", ctx.pick([f"The {fair} Team", f"{ctx.person}\nExhibitor Sales Manager"])),
        greet_p=0.8,
        form=ctx.pick(["html", "alt", "plain"]),
        footer=footer_x(ctx, fair, host),
    )
