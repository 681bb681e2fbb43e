"""Everyday mail, part 6: "How did we do?" - ratings and satisfaction surveys.

"How was your trip with Daniel? Rate your driver", a delivery rating, a solved support
ticket's CSAT question, "How was your stay?", an app-store review nudge, NPS ("how likely
are you to recommend"), and Italian and French survey mail. They ask for feedback on an
experience, the way interview surveys do, but the experience was a ride, a meal or a hotel.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from h2_kit import H2_N, acct, footer
from kit import Ctx, Draft, family

_DRIVERS = (
    "Daniel",
    "Mohammed",
    "Ana",
    "Piotr",
    "Kwame",
    "Lucía",
    "Sven",
    "Ravi",
    "Chloé",
    "Tomasz",
)
_STARS = "★★★★★"


@family("h2_rate_ride_delivery", "not_job", n=H2_N)
def rate_ride_delivery(ctx: Ctx) -> Draft:
    org, host, ride = ctx.pick(
        [
            ("Uber", "uber.com", True),
            ("Bolt", "bolt.eu", True),
            ("Lyft", "lyftmail.com", True),
            ("FREENOW", "free-now.com", True),
            ("Deliveroo", "deliveroo.co.uk", False),
            ("DoorDash", "doordash.com", False),
            ("Wolt", "wolt.com", False),
            ("Uber Eats", "uber.com", False),
        ]
    )
    who = ctx.pick(_DRIVERS)
    fare = ctx.pick(["£14.20", "€9.80", "$23.45", "€31.10", "$8.90", "£6.75"])
    if ride:
        subjects = [
            f"How was your trip with {who}?",
            f"Rate your trip with {who}",
            f"Your {ctx.pick(['Monday', 'Friday', 'Saturday', 'Sunday'])} [morning|evening|night] trip with {org}",
            "How was your ride?",
        ]
        paras = [
            f"[Thanks for riding with {org}, {{first}}.|We hope you enjoyed your ride.|Thanks for riding with {who}.]",
            f"Total: {fare}\n[Pickup|From]: {ctx.pick(['12 Baker St', 'Hauptbahnhof', 'Gare de Lyon', 'Airport Terminal 2', 'Main St & 3rd Ave'])}\n[Drop-off|To]: {ctx.pick(['Home', '41 Elm Road', 'Office', 'Central Station', 'Marriott Downtown'])}",
            f"[How was your trip with {who}? Rate your driver:|Rate your driver|Tell us how it went:] {_STARS} {ctx.url(host, 'rate')}",
            "[You can also add a tip for your driver in the app.|Your feedback helps keep rides safe and comfortable.|Lost an item? Contact your driver through the app.]",
        ]
    else:
        subjects = [
            "How was your order?",
            f"Rate your order from {ctx.pick(['Wagamama', 'Five Guys', 'Pizza Pilgrims', 'Sushi Shop', 'Burger King', 'Pho Saigon'])}",
            "How did we do?",
            f"{who} delivered your order - how was it?",
        ]
        paras = [
            f"[Your order was delivered by {who}.|Thanks for ordering with {org}!|Your food arrived at {ctx.date:%H:%M}.]",
            f"[Rate your food and delivery|How was everything?|Tap a star to rate]: {_STARS} {ctx.url(host, 'rate')}",
            "[Something wrong with your order? Let us know within 48 hours.|Your rating is anonymous.|]",
        ]
    return acct(
        ctx,
        subjects,
        paras,
        (org, ctx.pick([f"noreply@{host}", f"receipts@{host}", f"no-reply@{host}"])),
        ctx.pick(["", f"The {org} team", f"Thanks,\n{org}"]),
        greet_p=0.3,
        footer=footer(ctx, org, host, p=0.6),
        form=ctx.pick(["html", "html", "alt"]),
    )


@family("h2_support_ticket_csat", "not_job", n=H2_N)
def support_ticket_csat(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Vodafone", "vodafone.co.uk"),
            ("Zalando", "zalando.co.uk"),
            ("Logitech Support", "logitech.com"),
            ("Backblaze", "backblaze.com"),
            ("IKEA Customer Service", "ikea.com"),
            ("Shopify Support", "shopify.com"),
            ("Virgin Media", "virginmedia.com"),
            ("Apple Support", "apple.com"),
        ]
    )
    ticket = f"#{ctx.num(100000, 9999999)}"
    agent = ctx.pick(_DRIVERS)
    return acct(
        ctx,
        [
            f"How would you rate the support you received? [{ticket}]",
            f"Request {ticket} has been solved",
            f"[{org}] Your ticket {ticket} was resolved - how did we do?",
            "Tell us about your recent support experience",
            "Quick question about your chat with " + agent,
        ],
        [
            f"[Your request ({ticket}) has been solved.|We hope {agent} was able to help with your [order|router|refund|keyboard|backup|return].|Thanks for contacting {org}.]",
            "[How would you rate the support you received?|How did we do?|Was your issue resolved?|How satisfied were you with your recent interaction?]\n[Good, I'm satisfied|😀 Great  🙂 OK  🙁 Bad|Yes / No|1  2  3  4  5] "
            + ctx.url(host, "survey"),
            "[If you feel the issue is not resolved, simply reply to this email to reopen the ticket.|The survey takes less than a minute.|Your feedback helps us improve.]",
            f"[--- Conversation history ---\n{agent} ({org}): I've processed the [return|replacement|refund]; you should see it within 3-5 working days. Is there anything else I can help with?|]",
        ],
        (org, ctx.pick([f"support@{host}", f"help@{host}", f"noreply@{host}", f"survey@{host}"])),
        ctx.pick([f"{agent}\n{org}", f"The {org} Support Team", ""]),
        greet_p=0.7,
        footer=footer(ctx, org, host, p=0.5),
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("h2_stay_purchase_review", "not_job", n=H2_N)
def stay_purchase_review(ctx: Ctx) -> Draft:
    kind = ctx.pick(["hotel", "airbnb", "product", "trustpilot", "restaurant"])
    place = ctx.pick(
        [
            "Hotel Astoria",
            "Premier Inn Manchester",
            "Ibis Styles Lyon",
            "NH Collection Madrid",
            "The Hoxton",
            "Motel One Hamburg",
        ]
    )
    org, host = {
        "hotel": (place, "guest-feedback.example"),
        "airbnb": ("Airbnb", "airbnb.com"),
        "product": ("Amazon", "amazon.co.uk"),
        "trustpilot": ("Trustpilot", "trustpilot.com"),
        "restaurant": ("OpenTable", "opentable.com"),
    }[kind]
    para = {
        "hotel": f"[Thank you for staying with us at {place}.|We hope you enjoyed your recent stay at {place}.] [Please take 3 minutes to tell us about your stay.|How likely are you to recommend us to a friend? 0-10]",
        "airbnb": "[How was your stay at {pfirst}'s place in {city}?|Write a review for {pfirst}.] [Reviews help hosts and guests.|You have 14 days to write a review.]",
        "product": "[How many stars would you give the [Anker USB-C charger|Bosch cordless drill|Kindle Paperwhite|Le Creuset casserole]?|Review your recent purchase: [Oral-B toothbrush heads|Yoga mat|Phone case].] "
        + _STARS,
        "trustpilot": "[How was your experience with [Octopus Energy|Monzo|Gousto|AO.com]?|Share your experience with [Vinted|Wise|Gymshark].] [Your review helps others make better choices.|It only takes a minute.]",
        "restaurant": f"[How was your meal at [Dishoom|Barrafina|The Ivy|Zuma]?|Tell us about your dining experience.] Rate your visit on {ctx.date:%B %d}.",
    }[kind]
    return acct(
        ctx,
        {
            "hotel": [
                "How was your stay?",
                f"Your stay at {place}: share your feedback",
                "We'd love your feedback",
            ],
            "airbnb": ["Write a review for your stay", "How was your trip to {city}?"],
            "product": [
                "How would you rate your purchase?",
                "Review your recent order",
                "{first}, how do you like it?",
            ],
            "trustpilot": ["How did we do? Share your review", "Tell others about your experience"],
            "restaurant": ["How was your meal?", "Rate your dining experience"],
        }[kind],
        [para, f"[Leave a review|Start survey|Write a review|Rate now]: {ctx.url(host, 'review')}"],
        (org, ctx.pick([f"feedback@{host}", f"no-reply@{host}", f"reviews@{host}"])),
        ctx.pick(["", f"Thank you,\n{org}", "Guest Relations"]),
        greet_p=0.7,
        footer=footer(ctx, org, host, p=0.7),
        form=ctx.pick(["html", "html", "alt"]),
        bulk=ctx.chance(0.4),
    )


@family("h2_app_review_nps_nudge", "not_job", n=H2_N)
def app_review_nps_nudge(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Todoist", "todoist.com"),
            ("Headspace", "headspace.com"),
            ("Revolut", "revolut.com"),
            ("Duolingo", "duolingo.com"),
            ("1Password", "1password.com"),
            ("Trainline", "thetrainline.com"),
            ("Zoom", "zoom.us"),
            ("Notion", "notion.so"),
            ("Spotify", "spotify.com"),
        ]
    )
    kind = ctx.pick(["store", "nps", "feature", "survey"])
    para = {
        "store": f"[Enjoying {org}?|Loving {org}? We'd love to hear it!|You've been using {org} for [30 days|3 months|a year] 🎉] [A quick rating on the App Store or Google Play helps others find us.|Would you mind leaving us a review?]",
        "nps": f"[How likely are you to recommend {org} to a friend or colleague?|One question: on a scale of 0-10, how likely are you to recommend {org}?]\n0  1  2  3  4  5  6  7  8  9  10",
        "feature": "[You recently tried [dark mode|the new widgets|shared lists|offline mode]. What did you think?|We shipped [recurring reminders|Family plan|a new home screen] last week. Is it working for you?]",
        "survey": f"[Help us shape the future of {org}: take our 5-minute user survey.|We're looking for users to chat with our product team for 20 minutes (and a €20 voucher as thanks).]",
    }[kind]
    return acct(
        ctx,
        {
            "store": [f"Enjoying {org}? ⭐", "Got a minute?", f"Rate {org}"],
            "nps": [
                f"How likely are you to recommend {org}?",
                "Quick question 🙏",
                "One question for you",
            ],
            "feature": ["What do you think?", "We'd love your feedback"],
            "survey": [f"Help us improve {org}", "Take our user survey"],
        }[kind],
        [para, f"[Rate us|Answer|Give feedback|Take the survey]: {ctx.url(host, 'feedback')}"],
        (
            org,
            ctx.pick([f"feedback@{host}", f"hello@{host}", f"no-reply@{host}", f"research@{host}"]),
        ),
        ctx.pick(["", f"Thanks!\nThe {org} team", f"{ctx.person_first}, Product at {org}"]),
        greet_p=0.6,
        footer=footer(ctx, org, host, p=0.9),
        form=ctx.pick(["html", "alt"]),
        bulk=ctx.chance(0.6),
    )


@family("h2_it_fr_valuta_esperienza", "not_job", lang="it", n=H2_N)
def it_fr_valuta_esperienza(ctx: Ctx) -> Draft:
    fr = ctx.chance(0.45)
    if fr:
        org, host = ctx.pick(
            [
                ("SNCF Connect", "sncf-connect.com"),
                ("Uber Eats", "uber.com"),
                ("Fnac Darty", "fnac.com"),
                ("Orange", "orange.fr"),
                ("Ibis", "all.accor.com"),
                ("Back Market", "backmarket.fr"),
            ]
        )
        subjects = [
            "Votre avis compte !",
            "Comment s'est passé votre voyage ?",
            f"Donnez votre avis sur {org}",
            "Notez votre expérience",
        ]
        paras = [
            f"[Merci d'avoir choisi {org}.|Vous avez récemment [voyagé avec nous|passé commande|contacté notre service client|séjourné dans notre hôtel].]",
            f"[Comment évalueriez-vous votre expérience ?|Recommanderiez-vous {org} à un proche ? (0 à 10)|Prenez 2 minutes pour répondre à notre questionnaire.] {ctx.url(host, 'avis')}",
            "[Merci pour votre temps !|Vos réponses restent anonymes.]",
        ]
        sign = f"L'équipe {org}"
        lang = "fr"
    else:
        org, host = ctx.pick(
            [
                ("Italo", "italotreno.it"),
                ("Glovo", "glovoapp.com"),
                ("Unieuro", "unieuro.it"),
                ("Vodafone Italia", "vodafone.it"),
                ("Booking.com", "booking.com"),
                ("Zalando", "zalando.it"),
            ]
        )
        subjects = [
            "Com'è andata?",
            "La tua opinione è importante",
            f"Valuta la tua esperienza con {org}",
            "Ci dedichi 2 minuti?",
        ]
        paras = [
            f"[Grazie per aver scelto {org}.|Di recente hai [viaggiato con noi|effettuato un ordine|contattato il servizio clienti|soggiornato presso la struttura].]",
            f"[Come valuti la tua esperienza?|Quanto consiglieresti {org} a un amico? (da 0 a 10)|Rispondi al nostro breve questionario.] {ctx.url(host, 'sondaggio')}",
            "[Grazie per il tuo tempo!|Le risposte sono anonime.]",
        ]
        sign = f"Il team {org}"
        lang = "it"
    return acct(
        ctx,
        subjects,
        paras,
        (
            org,
            ctx.pick(
                [
                    f"noreply@{host}",
                    f"feedback@{host}",
                    f"sondaggi@{host}" if lang == "it" else f"enquete@{host}",
                ]
            ),
        ),
        ctx.pick([sign, ""]),
        lang=lang,
        greet_p=0.6,
        footer=footer(ctx, org, host, lang, p=0.7),
        form=ctx.pick(["html", "alt"]),
        bulk=ctx.chance(0.5),
    )
