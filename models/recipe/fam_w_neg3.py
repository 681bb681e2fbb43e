"""Hard negatives, part 3: "offers", "acceptances" and "selections" that are not job offers.

Buyers making offers on something the user sells (in English and on a German classifieds site),
an estate agent's accepted or countered offer on a flat, a dealer's trade-in offer, a bank's credit
and refinance offers, an internet provider trying to keep the user, scholarship and course
admission offers (English and French), and the user being selected for a mentoring programme, a
volunteer placement or a sports team. The classifier takes this kind of mail for job offers.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

import vocab
from fam_w_neg1 import WN_N, not_hiring
from kit import Ctx, Draft, ascii_word, family


def _addr(ctx: Ctx, domain: str) -> str:
    first, last = ascii_word(ctx.person_first), ascii_word(ctx.person_last)
    return ctx.pick([f"{first}.{last}", first, f"{first[:1]}{last}"]) + "@" + domain


def _one(
    ctx: Ctx, *variants: tuple[str, list[str], tuple[str, ...]]
) -> tuple[str, str, tuple[str, ...]]:
    """One variant's body, a matching subject and its sender, so the three always agree."""
    body, subjects, sender = ctx.pick(variants)
    return ctx.fill(body), ctx.fill(ctx.pick(subjects)), sender


_ITEMS = (
    "IKEA Kallax shelf",
    "road bike (54cm)",
    "Nintendo Switch OLED",
    "vintage leather jacket",
    "standing desk",
    "Canon EOS camera body",
    "baby stroller",
    "set of 4 winter tyres",
    "mid-century armchair",
    "PS5 + 2 controllers",
)


@family("wn_marketplace_offer", "not_job", n=WN_N)
@not_hiring
def marketplace_offer(ctx: Ctx) -> Draft:
    item = ctx.pick(_ITEMS)
    price = ctx.num(20, 600)
    offer = int(price * ctx.pick([0.6, 0.7, 0.8, 0.85, 0.9]))
    site = ctx.pick(
        [
            ("eBay", "ebay@ebay.example"),
            ("Vinted", "no-reply@vinted.example"),
            ("Marketplace", "notification@facebookmail.example"),
            ("OfferUp", "offers@offerup.example"),
            ("Depop", "hello@depop.example"),
        ]
    )
    kind = ctx.pick(["new", "counter", "accepted", "expiring", "buyer"])
    if kind == "new":
        body = ctx.para(
            f"You've received an offer! A buyer offered ${offer}.00 for your {item} (listed at ${price}.00).\n\n[Accept, counter or decline the offer within 48 hours.|Respond before the offer expires.]\n\n[Review offer: {{link}}|{{link}}]",
            f'New offer on your listing\n\n{item}\nOffer: ${offer}\nYour price: ${price}\n\n[The buyer has a 100% positive feedback score.|Buyer\'s message: "would you take {offer} if I pick up today?"]',
        )
        subject = ctx.pick(
            [
                f"You have a new offer on {item}",
                "New offer received",
                f"Offer: ${offer} for your item",
            ]
        )
    elif kind == "counter":
        body = ctx.fill(
            f"The buyer has countered your offer on {item}. Their new offer is ${offer + ctx.num(5, 30)}.\n\n[You can accept this offer, counter again or let it expire.|This counteroffer expires in 24 hours.]"
        )
        subject = ctx.pick(["Counteroffer received", "The buyer sent a counteroffer"])
    elif kind == "accepted":
        body = ctx.fill(
            f"Congratulations! Your offer of ${offer} was accepted[ by the seller|]. [Please pay within 48 hours to complete your purchase.|Arrange pickup with the seller in Messages.]\n\nItem: {item}"
        )
        subject = ctx.pick(["Your offer was accepted!", "Offer accepted - pay now", "Good news!"])
    elif kind == "expiring":
        body = ctx.fill(
            f"[Reminder: |]An offer on your {item} expires [soon|in 6 hours|tomorrow]. Don't miss the chance to sell! [Buyers who get a reply are 3x more likely to buy.|]"
        )
        subject = ctx.pick(["Your offer expires soon", "Don't miss this offer", "Offer expiring"])
    else:
        body = ctx.para(
            f"hi is the {item} still available?? [I can do ${offer} cash|would you accept ${offer}]. [can pick up tonight|I'm 10 min away]",
            f"Hello, I'm interested in your {item}. [My best offer is ${offer}.|Is the price negotiable? I could offer ${offer}.] [Thanks!|Let me know.]",
        )
        subject = ctx.pick([f"Re: {item}", "still available?", "Offer", "About your listing"])
    return Draft(
        subject,
        body,
        site[0],
        site[1],
        greet=kind not in ("buyer",) and ctx.chance(0.6),
        sign=ctx.pick(["", f"The {site[0]} team", "Happy selling!"])
        if kind != "buyer"
        else ctx.person_first,
        footer=ctx.maybe(f"You received this email because you have a {site[0]} account.", 0.5),
        form="plain" if kind == "buyer" else "",
    )


@family("wn_de_kleinanzeigen", "not_job", lang="de", n=WN_N)
@not_hiring
def de_kleinanzeigen(ctx: Ctx) -> Draft:
    item = ctx.pick(
        ["Kinderfahrrad", "Sofa, 3-Sitzer", "Waschmaschine", "Schreibtisch", "E-Bike", "Kamera"]
    )
    price = ctx.num(20, 800)
    offer = int(price * ctx.pick([0.6, 0.75, 0.8, 0.9]))
    kind = ctx.num(0, 4)
    termin = f"{ctx.future(2, 20):%d.%m.%Y}"
    if kind == 0:
        body = ctx.fill(
            f"Hallo, ist das {item} noch zu haben? [Ich würde {offer} € bieten.|Wäre {offer} € VB in Ordnung?|Mein Angebot: {offer} €, Abholung heute.] [Viele Grüße|LG|Danke]"
        )
        subject, sender = f"Nachricht zu deiner Anzeige „{item}“", (ctx.person, "Kleinanzeigen")
    elif kind == 1:
        body = ctx.fill(
            f"Du hast ein neues Angebot erhalten!\n\nArtikel: {item}\nDein Preis: {price} €\nAngebot: {offer} €\n\n[Du kannst das Angebot annehmen, ablehnen oder ein Gegenangebot machen.|Das Angebot verfällt in 48 Stunden.]"
        )
        subject, sender = f"Neues Angebot für „{item}“", ("Kleinanzeigen", "Kleinanzeigen")
    elif kind == 2:
        body = ctx.fill(
            f"Gute Nachricht: Der Verkäufer hat dein Angebot über {offer} € für „{item}“ angenommen. [Bitte bezahle innerhalb von 2 Tagen.|Vereinbart jetzt die Übergabe.]"
        )
        subject, sender = "Dein Angebot wurde angenommen", ("Kleinanzeigen", "Kleinanzeigen")
    elif kind == 3:
        body = ctx.fill(
            f"Sehr geehrte/r {{first}} {{last}},\n\nvielen Dank für Ihre Anfrage. Anbei erhalten Sie unser unverbindliches Angebot für [die Renovierung Ihres Badezimmers|den Umzug am {termin}|die Reparatur Ihrer Heizung]: {price * 10} € inkl. MwSt.\n\nDas Angebot ist 30 Tage gültig. [Bei Annahme bitten wir um Ihre Unterschrift.|Für Rückfragen stehen wir gerne zur Verfügung.]"
        )
        subject = ctx.pick(["Ihr Angebot", "Angebot Nr. " + str(ctx.num(1000, 9999))])
        sender = ("Handwerk Müller GmbH", "Handwerk")
    else:
        body = ctx.fill(
            f"Vielen Dank für Ihre Bewerbung um die Wohnung [in der Lindenstraße|am Stadtpark|in Schwabing]. [Wir laden Sie zu einem Besichtigungstermin am {termin} ein.|Der Vermieter möchte Sie am {termin} persönlich kennenlernen.] [Bitte bringen Sie eine SCHUFA-Auskunft und Gehaltsnachweise mit.|]"
        )
        subject, sender = (
            ctx.pick(["Ihre Bewerbung für die Wohnung", "Besichtigungstermin"]),
            (
                "Hausverwaltung " + ctx.person_last,
                "Wohnung",
            ),
        )
    addr = {
        "Kleinanzeigen": "noreply@kleinanzeigen.example.de",
        "Handwerk": "angebote@handwerk-mueller.example.de",
        "Wohnung": "vermietung@hausverwaltung.example.de",
    }[sender[1]]
    return Draft(
        subject,
        body,
        sender[0],
        addr,
        greet=False,
        sign=ctx.pick(["", "Viele Grüße", "Mit freundlichen Grüßen\n" + ctx.person])
        if kind in (3, 4)
        else "",
        lang="de",
    )


@family("wn_realestate_offer", "not_job", n=WN_N)
@not_hiring
def realestate_offer(ctx: Ctx) -> Draft:
    street = ctx.pick(["Elm Street", "Harbour View", "Maple Court", "Station Road", "Oak Lane"])
    home = f"{ctx.num(2, 180)} {street}"
    price = ctx.num(180, 950) * 1000
    agent = ctx.pick(["Harbor Realty", "Key Homes", "Brightmove Estates"])
    hello = ctx.fill("[Hi {first},|{first} -|Hi {first}!|Dear {first},|Hello,]") + "\n\n"
    body, subject, _ = _one(
        ctx,
        (
            f"Great news - the sellers have accepted your offer on {home} at ${price:,}! [Next steps: your lender will order the appraisal and we'll schedule the inspection for {{day}}.|The purchase agreement is in DocuSign for your signature.] [Congratulations!!|We're on our way!]",
            ["Offer accepted!", f"{home} - WE GOT IT", "Great news on " + home],
            (),
        ),
        (
            f"I've just heard back from the vendor's agent. They've [countered at|come back at] ${price + ctx.num(5, 30) * 1000:,} and want to exchange by {{day}}. [My advice is to meet them halfway.|Let's talk tonight about whether you want to go up.]",
            ["Counteroffer", f"{home} - counter", "Re: your offer"],
            (),
        ),
        (
            f"Unfortunately your offer on {home} was not accepted - the sellers went with another buyer [who waived the inspection|with a cash offer]. I know that's disappointing. [There are two new listings I'd like to show you {{day}}.|Let's regroup.]",
            ["Update on your offer", f"{home}", "Sorry, news on the house"],
            (),
        ),
        (
            f"Following your viewing, we are pleased to confirm that your offer of £{price:,} on {home} has been accepted subject to contract. [Please provide details of your solicitor.|Our memorandum of sale will follow.] [The property will now be marked as Sold STC.|]",
            ["Offer accepted - " + home, "Your offer", "Memorandum of sale"],
            (),
        ),
        (
            f"Offer submitted! We've sent your offer of ${price:,} for {home} to the listing agent. [Response deadline: {{day}} at 5pm.|Expect a response within 24-48 hours.]",
            ["Offer submitted", f"Your offer on {home}"],
            (),
        ),
    )
    return Draft(
        subject,
        hello + body,
        ctx.person,
        _addr(ctx, ascii_word(agent) + ".example"),
        greet=False,
        sign=ctx.fill(
            f"[Best,|Talk soon,|Kind regards,]\n{{person}}\n[Realtor®|Sales Negotiator|Buyer's Agent] - {agent}"
        ),
    )


@family("wn_car_tradein", "not_job", n=WN_N)
@not_hiring
def car_tradein(ctx: Ctx) -> Draft:
    car = ctx.pick(
        [
            "2017 Honda Civic",
            "2019 Toyota RAV4",
            "2015 VW Golf",
            "2020 Tesla Model 3",
            "2018 Mazda CX-5",
        ]
    )
    value = f"${ctx.num(6, 32) * 500:,}"
    link = ctx.url("carvio.example", "offer")
    online = ("Carvio", "offers@carvio.example")
    dealer = (ctx.person, _addr(ctx, "riversidemotors.example"))
    body, subject, sender = _one(
        ctx,
        (
            f"Your instant offer is ready! We'll pay {value} for your {car}. [This offer is valid for 7 days or 500 miles.|Schedule a pickup and get paid on the spot.] [See offer: {link}|{link}]",
            ["Your instant cash offer", f"Your offer for the {car}", "Your offer is ready"],
            online,
        ),
        (
            f"Thanks for bringing your {car} in for an appraisal. Our trade-in offer is {value}[, which we can apply toward any vehicle on the lot|]. [I can hold this number until {{day}}.|Let me know if you'd like to come in for a test drive.]\n\n[Thanks,|Best,]\n{{person}}\nSales Consultant, Riverside Motors",
            ["Your trade-in value", "Trade-in offer", "Re: appraisal"],
            dealer,
        ),
        (
            f"[Good news!|Hi!] Used car values are up and your {car} could be worth more than you think. [Get a guaranteed offer in 2 minutes.|We're making offers on cars like yours this week only.] {link}",
            ["We want to buy your car", "What's your car worth?", "Your car's value went up"],
            online,
        ),
        (
            f"Your offer has been updated: {value} for your {car}. [Our inspection found minor wear on the tyres.|Price adjusted after inspection.] Accept the new offer to continue.",
            ["Updated offer", "Your offer has changed"],
            online,
        ),
    )
    return Draft(subject, body, *sender, sign="", bulk=sender is online)


@family("wn_bank_offers", "not_job", n=WN_N)
@not_hiring
def bank_offers(ctx: Ctx) -> Draft:
    bank = ctx.pick(vocab.BANKS)
    body, subject, _ = _one(
        ctx,
        (
            f"Good news, {{first}}: you've been approved for a credit limit increase to ${ctx.num(30, 200) * 100:,}. [No action is needed - your new limit is available now.|Accept your new limit in the app.] [This offer does not affect your credit score.|]",
            ["Your new credit limit", "Good news about your credit limit"],
            (),
        ),
        (
            "You're pre-approved! Refinance your student loans at rates from [4.9|5.2|3.8]% APR. [This offer expires {day}.|Check your rate in 2 minutes without affecting your credit.]",
            ["You've been pre-approved", "Lower your student loan payments"],
            (),
        ),
        (
            f"We've reviewed your application and are pleased to offer you a personal loan of ${ctx.num(5, 40) * 1000:,} at [8.9|11.4|6.7]% APR. [Your offer is valid for 30 days.|Sign your loan agreement online to receive funds in 1 business day.]",
            [
                "Your loan offer is ready",
                "Congratulations, you're approved",
                "Your application decision",
            ],
            (),
        ),
        (
            f"Your mortgage refinance offer is ready. Estimated new monthly payment: ${ctx.num(900, 3400):,}. [Lock your rate today.|Your loan officer, {{person}}, will call you to go through the terms.]",
            ["Your refinance offer", "Your offer is ready to review"],
            (),
        ),
        (
            "[Exclusive offer|Special offer] for you: earn [60,000|75,000] bonus points after you spend $4,000 in the first 3 months. [Apply by {day}.|Your application takes 5 minutes.]",
            ["An offer just for you", "Limited-time card offer"],
            (),
        ),
    )
    return Draft(
        subject,
        body,
        bank,
        ctx.pick(["offers", "alerts", "no-reply"]) + f"@{ascii_word(bank)}.example",
        greet=False,
        sign=ctx.pick(["", f"{bank} Customer Care", f"The {bank} team"]),
        footer=ctx.fill(
            "[Rates and terms subject to credit approval. Member FDIC.|This is a marketing message. To opt out of offers, update your preferences.|Representative APR. Credit subject to status.]"
        ),
        bulk=True,
    )


@family("wn_isp_retention", "not_job", n=WN_N)
@not_hiring
def isp_retention(ctx: Ctx) -> Draft:
    isp = ctx.pick(["FibreNet", "Skyline Broadband", "Comlink", "Zoomtel Mobile", "StreamMax TV"])
    body, subject, _ = _one(
        ctx,
        (
            f"We're sorry to hear you're thinking of leaving {isp}. Before you go, we'd like to offer you [50% off for 12 months|a free speed upgrade to 1 Gbps|your first 3 months free]. [Reply YES to accept this offer.|Call us on 0800 {{n}}{{n}}{{n}} {{n}}{{n}}{{n}} to accept.] [This offer is exclusive to you and expires {{day}}.|]",
            [
                "An exclusive offer before you go",
                "We'd hate to see you leave",
                "Wait - a special offer",
            ],
            (),
        ),
        (
            "Your contract ends on {day}. [As a loyal customer|Because you've been with us for {n} years], we've got an offer for you: keep your plan for [£22|$35|€25]/month, locked for 24 months. [Accept offer: {link}|]",
            ["Your contract is ending soon", "Your loyalty offer"],
            (),
        ),
        (
            "Thanks for speaking with our retention team today. As agreed, your new offer has been applied: [$20 off your monthly bill|Unlimited data at no extra cost]. [Your next bill will reflect the change.|Ref: {req}]",
            ["Your new offer is confirmed", "Confirmation of your new plan"],
            (),
        ),
    )
    return Draft(
        subject,
        body,
        isp,
        f"offers@{ascii_word(isp)}.example",
        sign=ctx.pick(["", f"The {isp} Team", f"{isp} Customer Loyalty"]),
        footer=ctx.maybe("Terms apply. Offer available to existing customers only.", 0.6),
    )


@family("wn_scholarship_place", "not_job", n=WN_N)
def scholarship_place(ctx: Ctx) -> Draft:
    uni = ctx.pick(
        [
            "University of Westbrook",
            "Northfield College",
            "Lakeside Institute",
            "Kingsbridge University",
        ]
    )
    prog = ctx.pick(
        [
            "MSc Data Science",
            "MBA (part-time)",
            "PGCert Teaching",
            "BA Economics",
            "Evening Certificate in UX Design",
            "MA Journalism",
        ]
    )
    body = ctx.para(
        f"Congratulations! We are delighted to offer you a place on the {prog} programme at {uni}, starting in [September|January|the autumn term]. [This offer is conditional on receipt of your final transcript.|This is an unconditional offer.]\n\nPlease accept your offer through the applicant portal by {{day}}.",
        f"I am pleased to inform you that you have been awarded the [{uni} Excellence Scholarship|Dean's Bursary|Alumni Fund Scholarship] of [£3,000|$5,000|€2,500] towards your studies on the {prog}. [The award will be paid in two instalments.|Please confirm your acceptance of the award within 14 days.]",
        f"Your application to the {prog} has been successful. [Your offer letter is attached.|Log in to view your offer and enrolment steps.] [Welcome to {uni}!|We look forward to welcoming you.]",
        f"Following review of your application, the admissions committee has placed you on the waiting list for the {prog}. [We will contact you if a place becomes available.|]",
    )
    return Draft(
        ctx.pick(
            [
                "Your offer from " + uni,
                "Offer of a place",
                "Scholarship award",
                "Congratulations!",
                "Application decision",
                "Your application - " + prog,
            ]
        ),
        body,
        ctx.pick([f"{uni} Admissions", "Graduate Admissions", "Student Funding Office"]),
        ctx.pick(["admissions@westbrook.ac.example", "funding@northfield.example.edu"]),
        sign=ctx.fill(
            "[Yours sincerely,|Kind regards,|Best wishes,]\n[{person}|Admissions Office]"
        ),
    )


@family("wn_fr_admission", "not_job", lang="fr", n=WN_N)
@not_hiring
def fr_admission(ctx: Ctx) -> Draft:
    prog = ctx.pick(
        ["Master 2 Économie", "Licence pro Logistique", "MBA Executive", "BTS Commerce", "DU Data"]
    )
    when = ctx.future(3, 25)
    date, heure = f"{when:%d/%m/%Y}", f"{when:%Hh%M}"
    school = ("Service des admissions", "admissions@univ-lyon.example.fr")
    body, subject, sender = _one(
        ctx,
        (
            f"[Bonjour {{first}},|Madame, Monsieur,]\n\nNous avons le plaisir de vous informer que votre candidature au {prog} a été retenue. [Vous êtes admis(e) pour la rentrée de septembre.|Une proposition d'admission vous a été faite sur la plateforme.]\n\n[Merci de confirmer votre inscription avant le {date}.|Vous devez accepter ou refuser cette proposition dans les délais indiqués.]\n\nCordialement,\nLe service des admissions",
            ["Résultat de votre candidature", "Proposition d'admission", "Félicitations"],
            school,
        ),
        (
            "Bonjour,\n\nSuite à l'examen de votre dossier, la commission a décidé de vous attribuer une bourse d'études de [2 500|4 000|1 200] € pour l'année universitaire. [Le versement sera effectué en dix mensualités.|Merci de nous retourner l'attestation signée.]\n\nBien cordialement,\nService de la vie étudiante",
            ["Attribution de bourse", "Votre demande de bourse", "Décision de la commission"],
            ("Vie étudiante", "bourses@univ-lyon.example.fr"),
        ),
        (
            f"Bonjour {{first}},\n\nVotre entretien d'admission pour le {prog} est fixé au {date} à {heure}[ en visioconférence|, salle B204|]. [Merci de vous munir d'une pièce d'identité.|L'entretien dure environ 20 minutes.]\n\nL'équipe pédagogique",
            ["Convocation à l'entretien d'admission", "Votre entretien de sélection"],
            ("Scolarité", "scolarite@ecole.example.fr"),
        ),
        (
            "Bonjour {first},\n\nFélicitations ! Votre offre de location a été acceptée par le propriétaire. [Le bail vous sera envoyé pour signature électronique.|Nous vous contacterons pour l'état des lieux.] [Pensez à souscrire une assurance habitation.|]\n\nCordialement,\n{person}\nAgence Immobilière du Parc",
            ["Votre dossier de location", "Félicitations", "Votre candidature pour l'appartement"],
            ("Agence Immobilière du Parc", "location@agenceduparc.example.fr"),
        ),
    )
    return Draft(subject, body, *sender, greet=False, sign="", lang="fr")


@family("wn_selected_programme", "not_job", n=WN_N)
@not_hiring
def selected_programme(ctx: Ctx) -> Draft:
    body, subject, sender = _one(
        ctx,
        (
            "We're thrilled to let you know you've been [accepted|selected] as a [mentee|mentor] in [Cohort {n}|the spring cohort] of the [Women in Tech|Next Gen Leaders|Open Doors] mentoring programme! [Your match will be introduced on {day}.|Please complete the onboarding form by {day}.] [Competition was strong this year - over 400 applications.|]",
            ["You've been selected!", "Welcome to the programme", "Your mentoring application"],
            ("Programme Team", "hello@mentorship.example.org"),
        ),
        (
            "Thank you for applying to volunteer with [the City Food Bank|Riverside Parks Trust|the marathon organising team]. We're happy to confirm your placement [as a Saturday shift lead|on the welcome desk|in the warehouse team], starting {day}. [Please bring closed-toe shoes.|Your DBS/background check form is attached.]",
            ["Placement confirmed", "Your volunteer application", "Welcome, volunteer!"],
            ("Volunteer Coordinator", "volunteers@foodbank.example.org"),
        ),
        (
            "Congrats! You've made the [A team|first XI|league squad] for the [spring|winter] season. [First training is {day} at 7pm.|Subs are due by {day}.] [Well done at trials!|Coach {pfirst} will send the fixtures list.]",
            ["Squad announcement", "Team selection", "You're in!"],
            ("Riverside FC", "coach@fc-riverside.example"),
        ),
        (
            "Your membership application to [the Rotary Club|the Alpine Club|Toastmasters Downtown] has been approved by the committee. [Welcome aboard!|Your induction evening is {day}.]",
            ["Your application was accepted", "Welcome to the club", "Membership approved"],
            ("Club Secretary", "secretary@club.example.org"),
        ),
        (
            "You have been selected for jury service. Please report to the [County Courthouse|Crown Court] on {day} at 8:30am. [Your employer must allow you time off.|Bring this summons with you.]",
            ["Jury summons", "You have been selected for jury service"],
            ("Jury Central Summoning", "jury@courts.example.gov"),
        ),
    )
    return Draft(
        subject,
        body,
        *sender,
        sign=ctx.fill("[Best,|Cheers,|Warm wishes,|Regards,]\n[{pfirst}|The team]"),
    )
