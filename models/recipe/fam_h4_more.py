"""More not-job receipts, session 12: data-protection requests, insurance claims, police and
lost-property reports, course enrolment requests, housing repair jobs, and (in German,
French and Spanish) cancellations, craftsmen's quotes and booking requests.

Each acknowledges a request with "we have received", "reviewed", "reference number" and
"we will be in touch"; a housing repair even has a "job number". None is about employment.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from h4_kit import H4_N, bye, receipt, ref, ticket
from kit import Ctx, Draft, family
from n_kit import at, service_footer
from zd_kit import date_in
from zf_kit import weekday_future


@family("h4_gdpr_access_request_received", "not_job", n=H4_N)
def gdpr_access_request_received(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Streamly", "streamly.example"),
            ("FitPulse Gyms", "fitpulse.example"),
            ("Northgate Bank", "northgatebank.example"),
            ("QuickCab", "quickcab.example"),
            ("ShopHaven", "shophaven.example"),
        ]
    )
    num = ctx.pick(
        [
            ticket(ctx, "dash").replace("SD", "DSAR"),
            f"PRIV-{ctx.num(10000, 99999)}",
            ref(ctx, "DSR"),
        ]
    )
    return receipt(
        ctx,
        [
            f"Your data request {num}",
            "We've received your privacy request",
            "Subject access request - acknowledgement",
            f"Re: GDPR request [{num}]",
        ],
        [
            f"[Thank you for your request to access the personal data {org} holds about you.|We have received your request to [access|delete|correct] your personal data.|Your privacy request has been received and logged as {num}.]",
            "[To protect your information, we first need to verify your identity. Please reply with the email address and postcode linked to your account.|Our Data Protection team will review your request and respond within one month, as required by law.|If your request is complex, we may extend this by up to two further months; we will tell you if so.]",
            "[Reference: {0}|You can also manage your data in your account settings.|]".replace(
                "{0}", num
            ),
        ],
        (
            f"{org} Privacy Team",
            ctx.pick([f"privacy@{host}", f"dpo@{host}", f"dataprotection@{host}"]),
        ),
        bye(ctx, "en", f"[Privacy Team|Data Protection Officer]\n{org}"),
        greet_p=0.85,
        footer=ctx.pick(
            ["", f"{org} Ltd, registered in England and Wales.", service_footer(ctx, org, host)]
        ),
        form=ctx.pick(["plain", "alt"]),
    )


@family("h4_insurance_claim_registered", "not_job", n=H4_N)
def insurance_claim_registered(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Harbourside Insurance", "harboursideins.example"),
            ("Koala Cover", "koalacover.com.au.example"),
            ("Shield Home & Motor", "shieldhm.example"),
            ("PetPal Insurance", "petpal.example"),
        ]
    )
    what = ctx.pick(
        [
            "home contents claim",
            "motor claim",
            "travel insurance claim",
            "pet insurance claim",
            "storm damage claim",
        ]
    )
    num = ctx.pick(
        [
            f"CLM{ctx.num(1000000, 9999999)}",
            f"{ctx.pick(['HM', 'MT', 'TR'])}{ctx.num(100000, 999999)}/{ctx.num(1, 9)}",
        ]
    )
    return receipt(
        ctx,
        [
            f"Your {what} - {num}",
            "We've received your claim",
            f"Claim lodged: {num}",
            f"Claim update: {num}",
            "Your claim has been submitted",
        ],
        [
            f"[Thanks for lodging your {what}.|We're sorry to hear about what happened. We've received your {what}.|Your {what} has been registered.] Your claim number is {num}.",
            "[A claims assessor will review the information you've provided and contact you within [2|3|5] business days.|We may need to appoint a loss adjuster, who will call you to arrange a visit.|We'll be in touch if we need any more documents, such as receipts or photos.]",
            "[You can upload documents and track your claim in the app.|Please don't dispose of any damaged items until we've assessed your claim.|Your excess will be deducted from any settlement.]",
        ],
        (f"{org} Claims", ctx.pick([f"claims@{host}", f"noreply@{host}"])),
        bye(ctx, "en", f"[Claims Team|{{person}}\nClaims Consultant]\n{org}"),
        greet_p=0.9,
        footer=service_footer(ctx, org, host),
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("h4_police_online_report_ack", "not_job", n=H4_N)
def police_online_report_ack(ctx: Ctx) -> Draft:
    force, host = ctx.pick(
        [
            ("Westshire Police", "westshire.police.example"),
            ("Vale Constabulary", "valeconstabulary.example"),
            ("NSW Police Force", "police.nsw.gov.example"),
            ("Transport Police", "transportpolice.example"),
        ]
    )
    what = ctx.pick(
        [
            "lost property",
            "theft of a bicycle",
            "criminal damage to a vehicle",
            "a non-emergency incident",
            "a road traffic collision (no injuries)",
        ]
    )
    num = ctx.pick(
        [
            f"{ctx.num(10, 99)}{ctx.num(100000, 999999)}/{ctx.date.year % 100}",
            f"E{ctx.num(10000000, 99999999)}",
            f"LP-{ctx.num(100000, 999999)}",
        ]
    )
    return receipt(
        ctx,
        [
            "Your online report",
            f"Report received - {num}",
            "Thank you for contacting us",
            f"Your report of {what}",
        ],
        [
            f"Thank you for your online report of {what}. Your reference number is {num}.",
            "[Your report will be reviewed by an officer. If we need further information, we will contact you.|Due to demand, it may be some time before we contact you. Please keep this reference for your insurance company.|If your property is found and handed in, we will contact you using the details you provided.]",
            "[If a crime is in progress or someone is in danger, call 999.|Please do not reply to this email as the mailbox is not monitored.|Victim support services are available: https://{0}/support]".replace(
                "{0}", host
            ),
        ],
        (force, ctx.pick([f"noreply@{host}", f"onlinereporting@{host}"])),
        ctx.pick(["", f"{force}", f"Public Contact Centre\n{force}"]),
        greet_p=0.7,
        footer=ctx.pick(
            [
                "",
                "OFFICIAL",
                "This email and any attachments may contain information that is confidential.",
            ]
        ),
        form=ctx.pick(["plain", "alt"]),
    )


@family("h4_course_enrolment_request", "not_job", n=H4_N)
def course_enrolment_request(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("City Adult Learning", "cityadultlearning.example"),
            ("Riverside College", "riverside.ac.example"),
            ("Brightwater Community Centre", "brightwatercc.example"),
            ("TAFE Coastal", "tafecoastal.edu.example"),
        ]
    )
    course = ctx.pick(
        [
            "Evening Spanish B1",
            "Pottery for Beginners",
            "First Aid at Work",
            "Introduction to Python",
            "Certificate III in Hospitality",
            "Life Drawing",
        ]
    )
    return receipt(
        ctx,
        [
            f"Enrolment request received: {course}",
            "We've received your enrolment",
            f"Your application for {course}",
            "Course enquiry - confirmation",
        ],
        [
            f"[Thank you for your enrolment request for {course}.|We have received your application to join {course}.|Thanks for your interest in {course}.] [Your place is not confirmed until you receive a confirmation email and invoice.|We'll check availability and eligibility and get back to you within [3|5] working days.]",
            "[Some courses need a short assessment to check your level; if so, our tutor will contact you.|If the course is full, we will add you to the waiting list.|Fee concessions are available; reply if you'd like to know more.]",
        ],
        (org, ctx.pick([f"enrolments@{host}", f"admissions@{host}", f"info@{host}"])),
        bye(
            ctx, "en", f"[Enrolment Team|Student Services|{{person}}\nCourse Administrator]\n{org}"
        ),
        greet_p=0.9,
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("h4_housing_repair_job_logged", "not_job", n=H4_N)
def housing_repair_job_logged(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Riverside Homes", "riversidehomes.example"),
            ("Eastvale Housing Association", "eastvaleha.example"),
            ("Metro Lettings Maintenance", "metrolettings.example"),
            ("Greenacre Community Housing", "greenacre.example"),
        ]
    )
    what = ctx.pick(
        [
            "leaking kitchen tap",
            "broken boiler",
            "damp in bedroom",
            "faulty front door lock",
            "blocked toilet",
            "loose stair handrail",
        ]
    )
    job = ctx.pick(
        [
            f"{ctx.num(1000000, 9999999)}",
            f"RJ{ctx.num(100000, 999999)}",
            f"WO-{ctx.num(10000, 99999)}",
        ]
    )
    return receipt(
        ctx,
        [
            f"Repair request received - job no. {job}",
            f"Your repair: {what}",
            f"Repair job {job} booked",
            "We've received your repair request",
        ],
        [
            f"[Thank you for reporting a repair: {what}.|We've received your repair request ({what}).] Your job number is {job}.",
            "[This has been classed as a [routine|urgent] repair. Our contractor will contact you within [3|5|10] working days to book an appointment.|An operative will attend on {0} between 8am and 1pm. Please make sure someone over 18 is at home.|Our surveyor will review the photos and decide what work is needed.]".replace(
                "{0}", f"{ctx.future(2, 10):%A %d %B}"
            ),
            "[Quote your job number if you need to contact us.|For gas leaks, call the National Gas Emergency number.|]",
        ],
        (f"{org} Repairs", ctx.pick([f"repairs@{host}", f"noreply@{host}", at(ctx, host)])),
        bye(ctx, "en", f"[Repairs Team|Customer Hub]\n{org}"),
        greet_p=0.85,
        form=ctx.pick(["plain", "alt", "html"]),
    )


@family("h4_de_kuendigung_eingang", "not_job", lang="de", n=H4_N)
def de_kuendigung_eingang(ctx: Ctx) -> Draft:
    org, host, what, of_what = ctx.pick(
        [
            (
                "FitLife Studios",
                "fitlife-studios.example",
                "Mitgliedschaft",
                "Ihrer Mitgliedschaft",
            ),
            ("Handynetz 5G", "handynetz.example", "Mobilfunkvertrag", "Ihres Mobilfunkvertrags"),
            ("Zeitung am Morgen", "zeitung-am-morgen.example", "Abonnement", "Ihres Abonnements"),
            (
                "Stromdirekt",
                "stromdirekt.example",
                "Stromliefervertrag",
                "Ihres Stromliefervertrags",
            ),
        ]
    )
    num = f"{ctx.pick(['Kd.-Nr.', 'Vertragsnr.', 'Kundennummer'])} {ctx.num(1000000, 9999999)}"
    return receipt(
        ctx,
        [
            "Eingangsbestätigung Ihrer Kündigung",
            f"Ihre Kündigung – {num}",
            f"Bestätigung: Kündigung {of_what}",
            f"AW: Kündigung {what}",
        ],
        [
            f"wir bestätigen den Eingang Ihrer Kündigung {of_what} ({num}) vom {ctx.date:%d.%m.%Y}.",
            "[Wir prüfen Ihre Kündigung und senden Ihnen die Kündigungsbestätigung mit dem genauen Vertragsende innerhalb von [5|10] Werktagen zu.|Ihre Kündigung wird zum nächstmöglichen Termin wirksam. Die schriftliche Bestätigung erhalten Sie separat.|Schade, dass Sie gehen! Ein Mitarbeiter meldet sich noch einmal bei Ihnen.]",
            "[Diese E-Mail ist nur eine Eingangsbestätigung und noch keine Kündigungsbestätigung.|Bei Fragen erreichen Sie uns unter 0800 {n}{n}{n} {n}{n}{n}{n}.|]",
        ],
        (
            f"{org} Kundenservice",
            ctx.pick([f"kuendigung@{host}", f"service@{host}", f"noreply@{host}"]),
        ),
        bye(ctx, "de", f"[Ihr {org} Team|Ihr Kundenservice]"),
        lang="de",
        greet_p=1.0,
        auto=0.3,
        footer=service_footer(ctx, org, host, "de"),
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("h4_fr_demande_devis_artisan", "not_job", lang="fr", n=H4_N)
def fr_demande_devis_artisan(ctx: Ctx) -> Draft:
    org, host, job = ctx.pick(
        [
            ("Menuiserie Garnier", "menuiserie-garnier.example", "remplacement de fenêtres"),
            ("Toitures du Sud-Ouest", "toitures-so.example", "réfection de toiture"),
            ("Déménagements Martin", "demenagements-martin.example", "déménagement"),
            ("Élec'Pro Services", "elecpro.example", "mise aux normes électrique"),
            ("Peinture & Déco Roux", "peinture-roux.example", "peinture intérieure"),
        ]
    )
    return receipt(
        ctx,
        [
            "Votre demande de devis",
            f"Demande de devis – {job}",
            "Nous avons bien reçu votre demande",
            f"RE: Devis {job}",
        ],
        [
            f"[Nous vous remercions pour votre demande de devis concernant votre projet de {job}.|Votre demande de devis ({job}) nous est bien parvenue.]",
            "[Un de nos techniciens étudiera votre demande et vous contactera sous [48 h|3 jours ouvrés|une semaine] pour convenir d'une visite.|Nous reviendrons vers vous rapidement avec une proposition chiffrée.|Compte tenu de notre planning, le délai de réponse peut être un peu plus long en ce moment.]",
            "[N'hésitez pas à nous envoyer des photos en répondant à ce message.|Devis gratuit et sans engagement.|]",
        ],
        (org, ctx.pick([f"contact@{host}", f"devis@{host}", at(ctx, host)])),
        bye(ctx, "fr", f"[L'équipe {org}|{{person}}\n{org}]"),
        lang="fr",
        greet_p=0.9,
        footer=ctx.pick(
            [
                "",
                f"{org} – SARL au capital de 10 000 € – RCS {ctx.num(100, 999)} {ctx.num(100, 999)} {ctx.num(100, 999)}",
            ]
        ),
        form=ctx.pick(["plain", "alt"]),
    )


@family("h4_es_solicitud_reserva_recibida", "not_job", lang="es", n=H4_N)
def es_solicitud_reserva_recibida(ctx: Ctx) -> Draft:
    org, host, what = ctx.pick(
        [
            ("Casa Rural El Almendro", "casaruralalmendro.example", "estancia"),
            ("Restaurante La Lonja", "restaurantelalonja.example", "mesa para grupo"),
            ("Hotel Mirador del Mar", "hotelmiradormar.example", "habitación"),
            ("Centro Deportivo Municipal", "deportes.ayto.example", "pista de pádel"),
        ]
    )
    return receipt(
        ctx,
        [
            "Hemos recibido tu solicitud de reserva",
            f"Solicitud de reserva – {org}",
            "Tu petición está pendiente de confirmación",
            f"RE: Reserva {what}",
        ],
        [
            f"[Gracias por tu solicitud de reserva ({what}).|Hemos recibido tu petición de reserva de {what} para el {date_in(ctx, weekday_future(ctx), 'es')}.] [Ten en cuenta que todavía NO está confirmada.|La reserva queda pendiente de confirmación.]",
            "[Revisaremos la disponibilidad y te responderemos en un plazo de [24|48] horas.|Nuestro equipo comprobará la disponibilidad y te enviará la confirmación junto con las condiciones de pago.|Si no hay disponibilidad, te propondremos otras fechas.]",
            "[Para cualquier cambio, responde a este correo.|]",
        ],
        (org, ctx.pick([f"reservas@{host}", f"info@{host}"])),
        bye(ctx, "es", f"[El equipo de {org}|Recepción]"),
        lang="es",
        greet_p=0.9,
        form=ctx.pick(["plain", "html", "alt"]),
    )
