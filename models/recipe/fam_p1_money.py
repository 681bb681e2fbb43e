"""Template families (session P1): money mail that speaks the language of hiring. A mortgage
"application" moves to underwriting and ends in an "offer"; a bank checks a loan "Antrag"; a
card issuer's "application status"; an estate agent says the sellers accepted "your offer"; a
car dealer answers "your offer"; an insurer sends an "assessor" ("expert"); the tax office
asks for documents. None of it is about a job, and the product must not keep any of it.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from datetime import timedelta

from kit import Ctx, Draft
from p1_kit import amount, at, bye, day, draft, hi, join, mailbox, p1, ref, who
from zf_kit import weekday_future

_UK_LENDERS = (
    ("Harbour Building Society", "harbourbs.co.uk"),
    ("Northgate Mortgages", "northgatemortgages.co.uk"),
    ("Kingsbridge Bank", "kingsbridgebank.co.uk"),
)
_UK_BROKERS = (
    ("Keystone Mortgage Services", "keystonemortgages.co.uk"),
    ("Fenwick & Hale Financial", "fenwickhale.co.uk"),
)


@p1("p1_uk_mortgage_application_progress", lang="en_gb")
def uk_mortgage(ctx: Ctx) -> Draft:
    """A UK lender or broker reports a mortgage application's progress: valuation, underwriting, offer."""
    lender, lhost = ctx.pick(_UK_LENDERS)
    first, last = who(ctx, "en_gb")
    case = ref(ctx, ctx.pick(["MA", "", "KMS-"]), 7)
    loan = amount(ctx, 140000, 420000, "£", 500)
    when = weekday_future(ctx, 2, 9)
    stage = ctx.pick(["received", "valuation", "underwriting", "offer", "docs"])
    if stage == "received":
        subject = ctx.pick(
            [
                f"Your mortgage application {case}",
                "We've received your mortgage application",
                "Mortgage application - next steps",
            ]
        )
        core = [
            f"Thank you for your mortgage application with {lender} for {loan}. Your application reference is {case}.",
            ctx.pick(
                [
                    "One of our underwriters will now review your application. We may contact you if we need anything else, so please keep an eye on your inbox.",
                    "Our next step is to instruct a valuation of the property. The surveyor will contact the estate agent or vendor directly to arrange access.",
                ]
            ),
            "You can track progress at any time in the Mortgage Tracker in online banking.",
        ]
    elif stage == "valuation":
        subject = ctx.pick(
            [
                "Valuation booked for your property",
                f"Mortgage application {case}: valuation appointment",
                "Update on your mortgage application",
            ]
        )
        core = [
            f"Good news - the valuation for your mortgage application ({case}) has been booked for {at(ctx, when, 'en_gb')}.",
            "The surveyor will need access to the whole property, including the loft if possible. The selling agent has been notified.",
            ctx.pick(
                [
                    "Once we receive the report (usually within 2-3 working days) your application will move to the underwriting stage.",
                    "There's nothing you need to do at this stage.",
                ]
            ),
        ]
    elif stage == "underwriting":
        subject = ctx.pick(
            [
                "Your application is with our underwriters",
                f"{case} - application update",
                "Mortgage application: underwriter assessment",
            ]
        )
        core = [
            f"Your application for {loan} is now being assessed by our underwriting team.",
            ctx.pick(
                [
                    "They've asked for your last three months' payslips and your most recent P60. Please upload them through the document portal by "
                    + day(ctx, when, "en_gb")
                    + ".",
                    "We've asked for an updated bank statement showing the deposit funds. Once that's in, the underwriter should be able to make a decision within a few days.",
                    "We don't need anything further from you at this point.",
                ]
            ),
        ]
    elif stage == "offer":
        subject = ctx.pick(
            [
                "Your mortgage offer is ready",
                f"Mortgage offer issued - {case}",
                "Congratulations - your mortgage offer",
            ]
        )
        core = [
            f"We're pleased to confirm that {lender} has issued your mortgage offer for {loan} over {ctx.pick(['25', '30', '35', '28'])} years.",
            f"The offer is valid for six months, until {day(ctx, when + timedelta(days=182), 'en_gb')}. A copy has been sent to your solicitor, who will now carry on with the conveyancing.",
            "Please read the offer carefully and check that your details are correct. If anything is wrong, let us know straight away.",
        ]
    else:
        subject = ctx.pick(
            [
                "Action needed: documents for your mortgage application",
                "We need a few more documents",
                f"Outstanding items - {case}",
            ]
        )
        core = [
            "To keep your mortgage application moving we still need the following:",
            "\n".join(
                ctx.rng.sample(
                    [
                        "- Proof of address dated in the last 3 months",
                        "- Your last 3 months' bank statements",
                        "- Gifted deposit letter signed by the donor",
                        "- Your most recent SA302 and tax year overview",
                        "- Photo ID (passport or driving licence)",
                    ],
                    3,
                )
            ),
            f"Please upload these by {day(ctx, when, 'en_gb')} so that your application isn't delayed.",
        ]
    broker = ctx.chance(0.4)
    org, host = ctx.pick(_UK_BROKERS) if broker else (lender, lhost)
    sign = bye(
        ctx,
        "en_gb",
        f"{first} {last}",
        ctx.pick(["Mortgage Adviser", "Case Manager", "Mortgage Processing Team"]),
        org,
    )
    footer = f"{org} is authorised and regulated by the Financial Conduct Authority. Your home may be repossessed if you do not keep up repayments on your mortgage."
    sender = (
        (f"{first} {last} | {org}", mailbox(ctx, first, last, host))
        if broker
        else (lender, ctx.pick(["mortgages@", "noreply@", "applications@"]) + host)
    )
    return draft(
        ctx,
        "en_gb",
        subject,
        join(hi(ctx, "en_gb"), *core, sign),
        sender,
        footer=footer,
        form=ctx.pick(["html", "alt", "plain"]),
    )


_DE_BANKS = (
    ("Rheinland Sparkasse", "rheinland-sparkasse.de"),
    ("Nordbank Direkt", "nordbank-direkt.de"),
    ("Volksbank Mittelhessen-Lahn", "vb-mittellahn.de"),
)


@p1("p1_de_kreditantrag_status", lang="de")
def de_loan(ctx: Ctx) -> Draft:
    """A German bank on a consumer loan or car loan application: received, documents, approval."""
    bank, host = ctx.pick(_DE_BANKS)
    first, last = who(ctx, "de")
    nr = ref(ctx, ctx.pick(["", "KA-", "RK"]), 9)
    sum_ = amount(ctx, 5000, 45000, "€", 500)
    when = weekday_future(ctx, 3, 10)
    purpose = ctx.pick(["Ratenkredit", "Autokredit", "Modernisierungskredit", "Privatkredit"])
    kind = ctx.pick(["eingang", "unterlagen", "zusage", "ablehnung"])
    if kind == "eingang":
        subject = ctx.pick(
            [
                f"Ihr Kreditantrag Nr. {nr}",
                "Eingangsbestätigung Ihres Kreditantrags",
                f"Ihr {purpose}: Antrag eingegangen",
            ]
        )
        core = [
            f"vielen Dank für Ihren Antrag auf einen {purpose} über {sum_}. Wir haben Ihre Unterlagen erhalten und prüfen Ihren Antrag jetzt.",
            "In der Regel erhalten Sie innerhalb von zwei Werktagen eine Rückmeldung. Den aktuellen Stand sehen Sie jederzeit im Online-Banking unter „Meine Anträge“.",
        ]
    elif kind == "unterlagen":
        subject = ctx.pick(
            [
                "Ihr Kreditantrag – fehlende Unterlagen",
                f"Rückfrage zu Antrag {nr}",
                "Bitte reichen Sie noch Unterlagen nach",
            ]
        )
        core = [
            f"für die weitere Bearbeitung Ihres Kreditantrags ({nr}) benötigen wir noch:",
            "\n".join(
                ctx.rng.sample(
                    [
                        "• die letzten zwei Gehaltsabrechnungen",
                        "• einen aktuellen Kontoauszug",
                        "• eine Kopie Ihres Personalausweises (Vorder- und Rückseite)",
                        "• den Kaufvertrag bzw. die Rechnung des Fahrzeugs",
                        "• Ihren letzten Steuerbescheid",
                    ],
                    3,
                )
            ),
            f"Bitte laden Sie die Dokumente bis zum {day(ctx, when, 'de')} im Kundenportal hoch. Danach geht Ihr Antrag direkt in die abschließende Prüfung.",
        ]
    elif kind == "zusage":
        subject = ctx.pick(
            [
                "Gute Nachrichten zu Ihrem Kreditantrag",
                f"Kreditzusage – Antrag {nr}",
                "Ihr Kredit wurde genehmigt",
            ]
        )
        core = [
            f"wir freuen uns, Ihnen mitteilen zu können, dass wir Ihren {purpose} über {sum_} genehmigt haben. Der effektive Jahreszins beträgt {ctx.num(3, 8)},{ctx.num(10, 99)} %.",
            "Bitte unterschreiben Sie den Kreditvertrag digital per WebID oder in Ihrer Filiale. Nach Eingang der Unterschrift zahlen wir den Betrag innerhalb von ein bis zwei Bankarbeitstagen aus.",
        ]
    else:
        subject = ctx.pick(["Ihr Kreditantrag", f"Entscheidung zu Ihrem Antrag {nr}"])
        core = [
            "leider können wir Ihrem Kreditantrag derzeit nicht entsprechen. Die Entscheidung beruht unter anderem auf den Angaben zu Ihrer Haushaltsrechnung und einer Auskunft der SCHUFA.",
            "Gerne besprechen wir mit Ihnen alternative Finanzierungsmöglichkeiten. Vereinbaren Sie dazu einfach einen Termin mit Ihrer Beraterin oder Ihrem Berater.",
        ]
    sign = bye(ctx, "de", ctx.pick([f"{first} {last}", "Ihr Kreditservice-Team"]), bank)
    footer = f"{bank} · Kundenservice 0800 {ctx.num(100, 999)} {ctx.num(1000, 9999)} · Diese E-Mail wurde automatisch erstellt."
    sender = (bank, ctx.pick(["kreditservice@", "noreply@", "service@"]) + host)
    return draft(
        ctx,
        "de",
        subject,
        join(hi(ctx, "de"), *core, sign),
        sender,
        footer=footer,
        form=ctx.pick(["html", "alt"]),
    )


_IN_BANKS = (
    ("Meridian Bank Cards", "meridianbank.co.in"),
    ("Suryoday Credit Cards", "suryodaycards.in"),
    ("Kaveri Bank", "kaveribank.in"),
)


@p1("p1_in_credit_card_application_status", lang="en_in")
def in_card(ctx: Ctx) -> Draft:
    """An Indian bank on a credit card application: status, video KYC, approval, dispatch."""
    bank, host = ctx.pick(_IN_BANKS)
    app_no = ref(ctx, ctx.pick(["", "CC", "APP"]), 11)
    card = ctx.pick(
        ["Platinum Rewards", "Millennia Cashback", "Signature Travel", "Select Lifetime Free"]
    )
    stage = ctx.pick(["process", "kyc", "approved", "dispatch", "declined"])
    when = weekday_future(ctx, 1, 5)
    if stage == "process":
        subject = ctx.pick(
            [
                f"Your {card} Credit Card application is under process",
                f"Application No. {app_no} - Status update",
            ]
        )
        core = [
            f"Thank you for applying for the {bank.split()[0]} {card} Credit Card. Your application number {app_no} is currently under process.",
            "Our representative may call you for verification. Please keep your PAN card and address proof handy.",
        ]
    elif stage == "kyc":
        subject = ctx.pick(
            [
                "Complete your Video KYC to proceed",
                f"Action required: Video KYC for application {app_no}",
            ]
        )
        core = [
            f"Your credit card application ({app_no}) is almost complete. As a next step, please complete your Video KYC with our agent.",
            f"Video KYC is available between 9:00 AM and 9:00 PM. Keep your original PAN card and a white sheet of paper ready. Link valid till {day(ctx, when, 'en_in')}: {ctx.url('vkyc.' + host, 'start')}",
        ]
    elif stage == "approved":
        subject = ctx.pick(
            [
                "Congratulations! Your credit card is approved",
                f"Your {card} Credit Card application has been approved",
            ]
        )
        core = [
            f"We are happy to inform you that your application for the {card} Credit Card has been approved with a credit limit of {amount(ctx, 50000, 500000, '₹', 5000)}.",
            "Your card will be dispatched to your registered address within 7 working days. You can set your PIN through the mobile app once you receive it.",
        ]
    elif stage == "dispatch":
        subject = f"Your {card} Credit Card has been dispatched"
        core = [
            f"Your credit card has been dispatched via Blue Dart, AWB No. {ref(ctx, '', 11)}. It should reach you by {day(ctx, when, 'en_in')}.",
            "For your safety, the card will be inactive until you generate the PIN.",
        ]
    else:
        subject = f"Update on your credit card application {app_no}"
        core = [
            "Thank you for your interest in our credit card. After careful review, we regret that we are unable to approve your application at this time.",
            "This decision is based on our internal credit policy. You may re-apply after 6 months.",
        ]
    sign = bye(ctx, "en_in", "Credit Cards Division", bank.split(" Credit")[0].split(" Cards")[0])
    footer = "This is a system-generated email. Please do not reply. Never share your OTP, CVV or PIN with anyone, including bank staff."
    sender = (bank, ctx.pick(["creditcards@", "alerts@", "noreply@"]) + host)
    return draft(
        ctx,
        "en_in",
        subject,
        join(hi(ctx, "en_in", 0.95), *core, sign),
        sender,
        footer=footer,
        form=ctx.pick(["html", "html", "alt"]),
        bulk=ctx.chance(0.3),
    )


_FR_AGENCIES = (
    ("Immobilière du Parc", "immo-duparc.fr"),
    ("Cabinet Lemoine Immobilier", "lemoine-immobilier.fr"),
    ("Agence des Quais", "agencedesquais.fr"),
)
_FR_TOWNS = ("Nantes", "Angers", "Rennes", "Tours", "Lyon 7e", "Bordeaux Caudéran", "Lille")


@p1("p1_fr_offre_achat_immobilier", lang="fr")
def fr_house_offer(ctx: Ctx) -> Draft:
    """A French estate agent: the sellers accepted (or countered) the reader's offer on a flat or house."""
    agency, host = ctx.pick(_FR_AGENCIES)
    first, last = who(ctx, "fr")
    price = amount(ctx, 180000, 520000, "€", 1000)
    place = (
        ctx.pick(["l'appartement T3", "la maison", "l'appartement T2", "la longère", "le duplex"])
        + " à "
        + ctx.pick(_FR_TOWNS)
    )
    when = weekday_future(ctx, 4, 14)
    kind = ctx.pick(["acceptee", "acceptee", "contre", "visite"])
    if kind == "acceptee":
        subject = ctx.pick(
            [
                "Votre offre d'achat a été acceptée !",
                f"Offre acceptée – {place}",
                "Bonne nouvelle pour votre offre",
            ]
        )
        core = [
            f"J'ai le plaisir de vous annoncer que les vendeurs ont accepté votre offre d'achat de {price} pour {place}.",
            f"Prochaine étape : la signature du compromis de vente chez Maître {ctx.pick(['Girard', 'Perrin', 'Barbier'])}, notaire des vendeurs. Je vous propose le {at(ctx, when, 'fr')}. Merci de me confirmer vos disponibilités.",
            "Pensez à me transmettre une pièce d'identité et, si vous avez recours à un prêt, l'attestation de votre courtier.",
        ]
    elif kind == "contre":
        subject = ctx.pick([f"Re: Offre d'achat {place}", "Contre-proposition des vendeurs"])
        core = [
            f"J'ai bien présenté votre offre de {price} aux propriétaires. Ils ne l'acceptent pas en l'état mais seraient prêts à signer à {amount(ctx, 190000, 540000, '€', 1000, 'fr')}.",
            "Je reste à votre disposition pour en discuter par téléphone. Sachez qu'une autre visite est prévue samedi, il faudrait donc me répondre rapidement.",
        ]
    else:
        subject = ctx.pick(["Confirmation de votre visite", f"Visite {place}"])
        core = [
            f"Je vous confirme la seconde visite de {place} le {at(ctx, when, 'fr')}. Rendez-vous directement sur place.",
            "Si le bien vous plaît toujours, vous pourrez formuler une offre d'achat écrite à l'issue de la visite ; je vous enverrai le modèle.",
        ]
    sign = bye(
        ctx,
        "fr",
        f"{first} {last}",
        "Conseiller(e) immobilier",
        f"{agency} – {ctx.pick(['06', '07'])} {ctx.num(10, 99)} {ctx.num(10, 99)} {ctx.num(10, 99)} {ctx.num(10, 99)}",
    )
    return draft(
        ctx,
        "fr",
        subject,
        join(hi(ctx, "fr"), *core, sign),
        (f"{first} {last}", mailbox(ctx, first, last, host)),
        form=ctx.pick(["plain", "alt"]),
    )


_AU_DEALERS = (
    ("Bayside Mazda", "baysidemazda.com.au"),
    ("Parramatta Toyota", "parramattatoyota.com.au"),
    ("Geelong Auto Group", "geelongautogroup.com.au"),
)
_CARS = (
    "2019 Mazda CX-5 Maxx Sport",
    "2021 Toyota RAV4 GX Hybrid",
    "2018 Hyundai i30 Active",
    "2020 Kia Sportage SX",
    "2017 VW Golf 110TSI",
)


@p1("p1_au_car_dealer_your_offer", lang="en_au")
def au_car_offer(ctx: Ctx) -> Draft:
    """An Australian car salesperson answers the reader's offer on a used car or trade-in."""
    dealer, host = ctx.pick(_AU_DEALERS)
    first, last = who(ctx, "en_au")
    car = ctx.pick(_CARS)
    base = ctx.num(36, 84) * 500
    offer = f"${base:,}"
    counter = f"${base + ctx.num(2, 8) * 250:,}"
    trade = ctx.num(16, 60) * 250
    when = weekday_future(ctx, 1, 5)
    subject = ctx.pick(
        [
            f"Re: Your offer on the {car}",
            f"{car} - your offer",
            "Following up on your offer",
            "Re: enquiry - " + car,
        ]
    )
    core = [
        ctx.pick(
            [
                f"Thanks for coming in on the weekend. I took your offer of {offer} drive-away on the {car} to my sales manager.",
                f"Thanks for your offer of {offer} on the {car}. I've run it past the boss.",
            ]
        ),
        ctx.pick(
            [
                f"Best we can do is {counter} drive-away, and that includes new tyres, a fresh service and 12 months rego.",
                "Good news - he's happy to accept it as long as we can do the paperwork this week.",
                f"We can't quite get there, but with your trade-in appraised at ${trade:,} the changeover would come to ${base + 1000 - trade:,}.",
            ]
        ),
        ctx.pick(
            [
                f"Let me know if you want to lock it in. I can hold the car until {day(ctx, when, 'en_au')} with a $500 deposit.",
                "Give me a call when you get a chance and we'll go through the next steps on finance.",
                "Happy to have another chat - just reply here or text me.",
            ]
        ),
    ]
    sign = bye(
        ctx,
        "en_au",
        f"{first} {last}",
        "Sales Consultant",
        dealer,
        f"04{ctx.num(10, 99)} {ctx.num(100, 999)} {ctx.num(100, 999)}",
    )
    return draft(
        ctx,
        "en_au",
        subject,
        join(hi(ctx, "en_au", 0.8), *core, sign),
        (f"{first} {last}", mailbox(ctx, first, last, host)),
        form=ctx.pick(["plain", "alt", "alt"]),
    )


_NL_INSURERS = (
    ("Polderland Verzekeringen", "polderland.nl"),
    ("Zeker & Vast", "zekerenvast.nl"),
    ("De Hollandse Schade", "hollandseschade.nl"),
)


@p1("p1_nl_schademelding_expertise", lang="nl")
def nl_claim(ctx: Ctx) -> Draft:
    """A Dutch insurer on a damage claim: an expert ("schade-expert") comes to assess it."""
    ins, host = ctx.pick(_NL_INSURERS)
    first, last = who(ctx, "nl")
    nr = ref(ctx, ctx.pick(["SCH-", "", "S"]), 8)
    when = weekday_future(ctx, 2, 8)
    what = ctx.pick(
        [
            "waterschade in de badkamer",
            "stormschade aan het dak",
            "schade aan uw auto (aanrijding)",
            "inbraakschade aan de achterdeur",
            "lekkage bij de buren",
        ]
    )
    kind = ctx.pick(["expert", "beoordeling", "uitkering"])
    if kind == "expert":
        subject = ctx.pick(
            [
                f"Uw schademelding {nr}: afspraak met de expert",
                "Afspraak schade-expert",
                f"Schadenummer {nr}",
            ]
        )
        core = [
            f"We hebben uw melding over {what} ontvangen. Om de schade goed te beoordelen komt er een onafhankelijke schade-expert bij u langs.",
            f"De expert, {first} {last} van {ctx.pick(['Expertisebureau Van Dijk', 'Noordhoek Expertise', 'Schadexpert Midden'])}, komt op {at(ctx, when, 'nl')}. Past dit niet? Bel dan het expertisebureau om een nieuwe afspraak te maken.",
            "Bewaar beschadigde spullen en foto's tot de expert is geweest.",
        ]
    elif kind == "beoordeling":
        subject = ctx.pick(["Beoordeling van uw schade", f"Stand van zaken schademelding {nr}"])
        core = [
            f"Het expertiserapport over {what} is binnen. Onze schadebehandelaar beoordeelt nu of de schade onder uw polis valt.",
            "U hoort uiterlijk binnen tien werkdagen van ons. U kunt de status ook volgen in Mijn "
            + ins.split()[0]
            + ".",
        ]
    else:
        subject = ctx.pick(["We vergoeden uw schade", f"Besluit over uw schademelding {nr}"])
        core = [
            f"Goed nieuws: we vergoeden de {what} voor {amount(ctx, 400, 9000, '€', 25, 'nl')} (na aftrek van uw eigen risico).",
            "Het bedrag staat binnen vijf werkdagen op uw rekening. Heeft u vragen over deze beslissing? Reageer dan op deze e-mail.",
        ]
    sign = bye(ctx, "nl", ctx.pick(["Afdeling Schade", f"{first} {last}, schadebehandelaar"]), ins)
    return draft(
        ctx,
        "nl",
        subject,
        join(hi(ctx, "nl"), *core, sign),
        (ins, ctx.pick(["schade@", "noreply@", "klantenservice@"]) + host),
        footer=f"Schadenummer: {nr} · Vermeld dit nummer altijd als u contact met ons opneemt.",
        form=ctx.pick(["html", "alt"]),
    )


@p1("p1_es_agencia_tributaria_requerimiento", lang="es")
def es_tax(ctx: Ctx) -> Draft:
    """The Spanish tax office notifies a letter, a draft return or a document request (no hiring)."""
    when = weekday_future(ctx, 5, 20)
    year = ctx.date.year - 1
    kind = ctx.pick(["notificacion", "borrador", "cita", "devolucion"])
    csv = ref(ctx, "", 16)
    if kind == "notificacion":
        subject = ctx.pick(
            [
                "Aviso de notificación electrónica",
                "Tiene una nueva notificación en la Sede Electrónica",
            ]
        )
        core = [
            f"Le informamos de que tiene a su disposición una notificación en la Dirección Electrónica Habilitada única relativa al procedimiento de comprobación limitada del IRPF {year}.",
            f"Dispone de 10 días naturales para acceder a su contenido. Puede consultarla con certificado electrónico o Cl@ve. Código seguro de verificación: {csv}.",
        ]
    elif kind == "borrador":
        subject = f"Renta {year}: ya puede consultar su borrador"
        core = [
            f"Ya está disponible su borrador de la declaración de la Renta {year}. Revise sus datos fiscales antes de confirmarlo.",
            "Si tiene derecho a deducciones autonómicas o ha cambiado de domicilio, compruebe que aparecen correctamente.",
        ]
    elif kind == "cita":
        subject = "Confirmación de cita previa"
        core = [
            f"Su cita previa para «Ayuda Renta» ha quedado registrada para el {at(ctx, when, 'es')} en la Delegación de {ctx.pick(['Valencia', 'Sevilla', 'Zaragoza', 'Málaga', 'Madrid-Guzmán el Bueno'])}.",
            f"Localizador: {ref(ctx, '', 6)}. Acuda con su DNI y la referencia del borrador.",
        ]
    else:
        subject = f"Devolución IRPF {year}"
        core = [
            f"Se ha ordenado la devolución de {amount(ctx, 80, 2400, '€', 1)} correspondiente a su declaración de IRPF {year}.",
            "El importe se abonará en la cuenta bancaria indicada en la declaración en los próximos días.",
        ]
    return draft(
        ctx,
        "es",
        subject,
        join(*core, "Agencia Tributaria"),
        (
            "Agencia Tributaria",
            ctx.pick(["notificaciones@correo.aeat.es.example", "no-reply@aeat.es.example"]),
        ),
        footer="Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.",
        form=ctx.pick(["plain", "html"]),
    )
