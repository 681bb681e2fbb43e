"""Not-job receipts and status notices, session 12, in English: public bodies, health
services, universities, events, submissions, visas, tenancies and loans.

A council's "your report has been received", an FOI acknowledgement, an admissions portal's
"there is an update to your application, log in to view it", a conference waitlist or a
rental application "under review" use the words of hiring mail (application, reviewed,
decision, shortlisted, next steps) about something that is not a job.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from h4_kit import H4_N, bye, receipt, ref, ticket
from kit import Ctx, Draft, family
from n_kit import service_footer


@family("h4_foi_request_acknowledged", "not_job", n=H4_N)
def foi_request_acknowledged(ctx: Ctx) -> Draft:
    body_, host = ctx.pick(
        [
            ("Westshire County Council", "westshire.gov.example"),
            ("Department for Transport", "dft.gov.example"),
            ("Northfield NHS Foundation Trust", "northfield.nhs.example"),
            ("Metropolitan Police Service", "met-police.example"),
            ("University of Eastbridge", "eastbridge.ac.example"),
        ]
    )
    num = ref(ctx, ctx.pick(["FOI", "FOIR", "EIR"]))
    return receipt(
        ctx,
        [
            f"Freedom of Information request - {num}",
            f"Acknowledgement of your request {num}",
            "Your FOI request",
            f"RE: Information request [{num}]",
        ],
        [
            f"Thank you for your request for information, which we received on {ctx.date:%d %B %Y}. Your request has been logged under reference {num} and is being handled under the Freedom of Information Act 2000.",
            "[We will respond promptly and in any case within 20 working days of receipt.|We aim to respond within 20 working days. If we need to extend this deadline, for example to consider the public interest, we will let you know.|If we require clarification of your request, the 20 working days will start again once we receive it.]",
            "[Please quote the reference number above in any future correspondence.|If you are unhappy with the handling of your request, you may ask for an internal review.|]",
        ],
        (
            f"[Information Governance|FOI Team|Information Rights Team] - {body_}",
            ctx.pick([f"foi@{host}", f"information.requests@{host}"]),
        ),
        bye(
            ctx, "en", f"[Information Governance Team|FOI Officer|Information Rights Unit]\n{body_}"
        ),
        greet_p=0.95,
        ext_p=0.1,
        footer=ctx.pick(
            [
                "",
                "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.",
                "OFFICIAL",
            ]
        ),
        form=ctx.pick(["plain", "alt"]),
    )


@family("h4_council_report_it_received", "not_job", n=H4_N)
def council_report_it_received(ctx: Ctx) -> Draft:
    council, host = ctx.pick(
        [
            ("Brentmoor Borough Council", "brentmoor.gov.example"),
            ("City of Marlow Bay", "marlowbay.nsw.gov.example"),
            ("Eastvale District Council", "eastvale.gov.example"),
            ("Kingsford City Council", "kingsford.vic.gov.example"),
        ]
    )
    what = ctx.pick(
        [
            "pothole",
            "fly-tipping",
            "broken street light",
            "missed bin collection",
            "overgrown hedge",
            "graffiti",
            "blocked drain",
        ]
    )
    num = ctx.pick(
        [
            str(ctx.num(10000000, 99999999)),
            f"CRM-{ctx.num(100000, 999999)}",
            f"SR{ctx.num(100000, 999999)}",
        ]
    )
    return receipt(
        ctx,
        [
            f"Your report has been received - {what}",
            f"Report it: {what} [{num}]",
            f"Thank you for your report (ref {num})",
            "Enquiry received",
            f"Customer request {num} - acknowledgement",
        ],
        [
            f"[Thank you for reporting a problem: {what}|Thanks for your report ({what})][| at [Station Road|High Street|Mill Lane|Church Street]]. Your reference number is {num}.",
            "[Our [highways|street scene|waste] team will review your report and, if needed, arrange an inspection within [5|10] working days.|We aim to deal with reports like this within [10|15] working days. We won't always contact you again unless we need more information.|An officer will assess the location and decide on the appropriate action.]",
            "[You can track the progress of your report online using your reference number.|Please do not reply to this email.|If this is an emergency, please call us on 0[300|1632] {n}{n}{n} {n}{n}{n}{n}.|]",
        ],
        (council, ctx.pick([f"noreply@{host}", f"customerservices@{host}", f"reportit@{host}"])),
        ctx.pick(["", f"Customer Services\n{council}", f"Regards,\n{council}"]),
        greet_p=0.6,
        footer=service_footer(ctx, council, host),
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("h4_permit_licence_application_portal", "not_job", n=H4_N)
def permit_licence_application_portal(ctx: Ctx) -> Draft:
    council, host = ctx.pick(
        [
            ("Brentmoor Borough Council", "brentmoor.gov.example"),
            ("Riverton City Council", "riverton.gov.example"),
            ("Shire of Coolabah", "coolabah.wa.gov.example"),
        ]
    )
    what = ctx.pick(
        [
            "residents' parking permit",
            "householder planning application",
            "skip permit",
            "street party application",
            "dropped kerb application",
            "dog licence",
            "building consent application",
        ]
    )
    num = ref(ctx, ctx.pick(["PP", "HH", "PLN", "LIC"]))
    stage = ctx.pick(["received", "valid", "update"])
    para = {
        "received": f"We have received your {what} (reference {num}). Our team will review your application and check the supporting documents.",
        "valid": f"Your {what} (reference {num}) has been validated and is now being assessed. [A decision is due by {ctx.future(20, 50):%d %B %Y}.|Neighbours will be consulted for 21 days.]",
        "update": f"There has been an update to your {what} ({num}). Please log in to your account to view the latest status and any documents.",
    }[stage]
    return receipt(
        ctx,
        [
            f"Your {what} - {num}",
            f"Application {num}: [received|status update]",
            "There is an update to your application",
            f"Acknowledgement: {what}",
        ],
        [
            para,
            "[Sign in to your account at https://{0}/myaccount to track its progress.|We will contact you if we need any further information.|Please allow up to [8 weeks|10 working days] for a decision.]".replace(
                "{0}", host
            ),
        ],
        (council, ctx.pick([f"noreply@{host}", f"planning@{host}", f"permits@{host}"])),
        ctx.pick(["", f"[Planning Services|Parking Services|Licensing Team]\n{council}"]),
        greet_p=0.7,
        auto=0.3,
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("h4_medical_records_appointment_request", "not_job", n=H4_N)
def medical_records_appointment_request(ctx: Ctx) -> Draft:
    practice, host = ctx.pick(
        [
            ("Parkside Medical Practice", "parksidemedical.nhs.example"),
            ("Lakeview Family Clinic", "lakeviewclinic.example"),
            ("St Anne's Hospital Health Records", "stannes.nhs.example"),
            ("Harbourside Physiotherapy", "harboursidephysio.example"),
        ]
    )
    kind = ctx.pick(["records", "appointment", "repeat"])
    paras = {
        "records": [
            f"Thank you for your Subject Access Request for a copy of your health records. Your request has been received and logged (reference {ref(ctx, 'SAR')}).",
            "[We will respond within one calendar month. We may contact you to confirm your identity before releasing any records.|Records will be sent to you securely by email once they have been reviewed by a clinician.]",
        ],
        "appointment": [
            "[Thank you for your appointment request.|We have received your online appointment request.] Please note this is a REQUEST only and your appointment is not yet booked.",
            "[A member of our reception team will review your request and contact you within [1|2] working days to offer a time.|A clinician will review your request and we will call or text you with the next steps.]",
        ],
        "repeat": [
            "We have received your repeat prescription request. [Please allow 2 full working days before collecting from your nominated pharmacy.|Your request will be reviewed by a GP.]",
            "[If your medication needs a review, we will be in touch to arrange this.|]",
        ],
    }[kind]
    return receipt(
        ctx,
        [
            {
                "records": "Subject Access Request received",
                "appointment": "Your appointment request",
                "repeat": "Repeat prescription request received",
            }[kind],
            f"{practice}: [we have received your request|request received]",
            "Online request [received|confirmation]",
        ],
        [
            *paras,
            "[If your symptoms get worse, call 111 or, in an emergency, 999.|Please do not reply to this email; this inbox is not monitored.|]",
        ],
        (practice, ctx.pick([f"noreply@{host}", f"reception@{host}", f"records@{host}"])),
        ctx.pick(["", f"{practice}", f"Kind regards,\nReception Team\n{practice}"]),
        greet_p=0.8,
        form=ctx.pick(["plain", "alt"]),
    )


@family("h4_event_registration_waitlist", "not_job", n=H4_N)
def event_registration_waitlist(ctx: Ctx) -> Draft:
    event, host = ctx.pick(
        [
            ("PyData Northern Europe", "pydata-ne.example"),
            ("DevOpsDays Harbour City", "devopsdays-harbour.example"),
            ("Climate Hack Weekend", "climatehack.example"),
            ("Women in Data Summit", "widsummit.example"),
            ("Future of Retail Conference", "futureofretail.example"),
            ("City Half Marathon", "cityhalf.example"),
        ]
    )
    stage = ctx.pick(["waitlist", "received", "review"])
    para = {
        "waitlist": f"Thanks for registering for {event}. The event is currently full, so you have been added to the waitlist (position [{ctx.num(3, 140)}|unknown]). If a place becomes available we will email you, and you will have 48 hours to confirm.",
        "received": f"We've received your registration for {event}. [Your ticket will be sent once payment is confirmed.|Your place is not confirmed until you receive your ticket.|Order #{ctx.num(1000000, 9999999)}]",
        "review": f"Thank you for applying to attend {event}. Because places are limited, our team will review all registrations and let you know by {ctx.future(7, 30):%d %B} whether we can offer you a place.",
    }[stage]
    return receipt(
        ctx,
        [
            f"You're on the waitlist for {event}",
            f"Registration received: {event}",
            f"{event} - your registration",
            f"Thanks for signing up for {event}!",
        ],
        [
            para,
            "[Questions? Reply to this email or visit https://{0}/faq|Follow us for speaker announcements.|]".replace(
                "{0}", host
            ),
        ],
        (
            f"{event}",
            ctx.pick(
                [
                    f"hello@{host}",
                    "noreply@eventbrite.example",
                    "no-reply@tito.example",
                    "notifications@lu.ma.example",
                ]
            ),
        ),
        ctx.pick(["", f"See you soon,\nThe {event} team", "Cheers,\nThe organising committee"]),
        greet_p=0.8,
        footer=service_footer(ctx, event, host),
        form=ctx.pick(["html", "alt"]),
        bulk=ctx.chance(0.3),
    )


@family("h4_submission_entry_received", "not_job", n=H4_N)
def submission_entry_received(ctx: Ctx) -> Draft:
    what, org, host = ctx.pick(
        [
            ("short story", "The Larkspur Review", "larkspurreview.example"),
            ("manuscript", "Journal of Applied Ecology Letters", "jael.example"),
            ("photo entry", "Wild Light Photo Awards", "wildlightawards.example"),
            ("poetry submission", "Saltmarsh Press", "saltmarshpress.example"),
            ("award nomination", "Regional Business Awards", "regionalbizawards.example"),
            ("conference paper", "ICSE Workshop on Test Automation", "wta-workshop.example"),
        ]
    )
    kind = {
        "photo entry": "contest",
        "award nomination": "contest",
        "manuscript": "journal",
        "conference paper": "journal",
    }.get(what, "literary")
    num = ctx.pick(
        [
            f"#{ctx.num(100000, 999999)}",
            f"{org.split()[-1][:4].upper()}-D-{ctx.num(24, 25)}-{ctx.num(100, 999)}",
        ]
    )
    return receipt(
        ctx,
        [
            f"Submission received: {num}",
            f"Thank you for your {what}",
            f"{org} - submission confirmation",
            f"We've received your {what}",
        ],
        [
            f"Thank you for your {what} to {org}. [It has been received and assigned the number {num}.|Your submission ID is {num}.]",
            {
                "contest": "[The judging panel will review all entries after the closing date, and shortlisted entrants will be notified by email.|Results will be announced on our website; finalists will be contacted in advance.]",
                "journal": "[Your submission will now be checked by the editorial office before it is sent for peer review.|The editor will assess your manuscript and decide whether to send it out for review.|Reviews are due four weeks after the submission deadline; notifications of acceptance follow.]",
                "literary": "[Our editors read every submission carefully; please allow up to [3|4|6] months for a response.|We read submissions in the order received and respond to every one.]",
            }[kind],
            "[Simultaneous submissions are fine, but please withdraw yours through Submittable if it is accepted elsewhere.|You can track the status of your submission in your account.|]"
            if kind == "literary"
            else "[You can track the status of your submission in your account.|Please quote your submission number in any correspondence.|]",
        ],
        (
            org,
            ctx.pick(
                [
                    f"editors@{host}",
                    "notifications@submittable.example",
                    f"no-reply@{host}",
                    "em@editorialmanager.example",
                ]
            ),
        ),
        bye(ctx, "en", f"[The Editors|Editorial Office|The Awards Team]\n{org}"),
        greet_p=0.85,
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("h4_university_portal_update", "not_job", n=H4_N)
def university_portal_update(ctx: Ctx) -> Draft:
    uni, host = ctx.pick(
        [
            ("University of Eastbridge", "eastbridge.ac.example"),
            ("Kingsley College London", "kingsley.ac.example"),
            ("University of the South Coast", "uots.edu.example"),
            ("Delft Lakes University", "dlu.nl.example"),
            ("Universidad Atlántica", "uatlantica.es.example"),
        ]
    )
    prog = ctx.pick(
        [
            "MSc Data Science",
            "MA International Relations",
            "MSc Environmental Engineering",
            "BSc (Hons) Psychology",
            "LLM Commercial Law",
            "PhD in Computer Science",
            "MBA (Full-time)",
        ]
    )
    return receipt(
        ctx,
        [
            "There is an update to your application",
            f"Your application to {uni}",
            f"Application update - {prog}",
            f"{uni}: action required on your application",
            f"Applicant ID {ctx.num(2000000, 2999999)} - new message in your applicant portal",
        ],
        [
            f"[There is an update to your application for the {prog} programme.|A new document has been added to your application for {prog}.|The status of your application for {prog} has changed.] [Please log in to the applicant portal to view it.|To see the update, sign in to your Applicant Portal.]",
            "[For security reasons we do not include details of your application in this email.|If you have any questions about your application, please contact the Admissions Office quoting your applicant ID.|]",
            "Log in: https://{0}/applicant-portal".replace("{0}", host),
        ],
        (
            f"{uni} [Admissions|Graduate Admissions|Postgraduate Admissions]",
            ctx.pick([f"admissions@{host}", f"noreply@{host}", f"pgadmissions@{host}"]),
        ),
        ctx.pick(["", f"[Admissions Office|Graduate School]\n{uni}"]),
        greet_p=0.8,
        footer=service_footer(ctx, uni, host),
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("h4_visa_passport_tracking", "not_job", n=H4_N)
def visa_passport_tracking(ctx: Ctx) -> Draft:
    body_, host, what = ctx.pick(
        [
            ("HM Passport Office", "passport.service.gov.example", "passport application"),
            ("Immigration Service", "immigration.gov.example", "visa application"),
            ("VFS Global", "vfsglobal.example", "visa application"),
            ("Department of Home Affairs", "homeaffairs.gov.example", "visitor visa application"),
        ]
    )
    num = ctx.pick(
        [
            f"GWF{ctx.num(10000000, 99999999):09d}",
            f"{ctx.num(1000, 9999)}-{ctx.num(1000, 9999)}-{ctx.num(1000, 9999)}",
            f"TRN {ctx.pick(['EGO', 'EGP'])}{ctx.num(1000000, 9999999)}",
        ]
    )
    stage = ctx.pick(["received", "processing", "decision", "docs"])
    para = {
        "received": f"We have received your {what} and supporting documents. Your reference number is {num}.",
        "processing": f"Your {what} ({num}) is being processed. [We'll contact you if we need more information.|The standard processing time is [3|8|10] weeks.]",
        "decision": f"A decision has been made on your {what} ({num}). [Log in to your account to view the outcome.|Your passport will be returned by secure delivery.]",
        "docs": f"Your application documents for {num} have been received at the Visa Application Centre and forwarded to the embassy for assessment.",
    }[stage]
    return receipt(
        ctx,
        [
            f"Your {what}: [update|status update|we've received your documents]",
            f"Application reference {num}",
            f"{body_} - application status",
            "Update on your application",
        ],
        [
            para,
            "[Do not book travel until you have received your passport.|Track your application online at https://{0}/track|Please do not reply to this email.]".replace(
                "{0}", host
            ),
        ],
        (body_, ctx.pick([f"noreply@{host}", f"notifications@{host}", f"info@{host}"])),
        ctx.pick(["", body_, f"Kind regards,\n{body_}"]),
        greet_p=0.8,
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("h4_rental_loan_application_portal", "not_job", n=H4_N)
def rental_loan_application_portal(ctx: Ctx) -> Draft:
    kind = ctx.pick(["rental", "rental", "loan", "card"])
    if kind == "rental":
        org, host = ctx.pick(
            [
                ("Harbour Realty", "harbourrealty.example"),
                ("Ray & Co Property", "rayco.example"),
                ("Snugly Rentals", "snugly.example"),
            ]
        )
        addr = ctx.pick(
            ["4/18 Ocean Street", "12 Wattle Avenue", "Flat 3, 27 Victoria Road", "9 Elm Close"]
        )
        paras = [
            f"[Thank you for your application for {addr}.|We have received your rental application for {addr}.|Your application for {addr} has been submitted to the agent.] [The property manager will review all applications and contact the successful applicant.|Applications are reviewed with the landlord; we'll be in touch within [2|3] business days.|Unfortunately we are unable to contact unsuccessful applicants individually.]",
            "[Log in to your renter profile to view your application or upload missing documents.|You can view the status of your application in the app.|]",
        ]
        subjects = [
            f"Application received - {addr}",
            f"Your rental application for {addr}",
            "Your application has been submitted",
            f"Update on your application for {addr}",
        ]
    else:
        org, host = ctx.pick(
            [
                ("Northgate Bank", "northgatebank.example"),
                ("Lendwise", "lendwise.example"),
                ("Cobalt Credit Union", "cobaltcu.example"),
            ]
        )
        what = "personal loan" if kind == "loan" else "credit card"
        paras = [
            f"[Thanks for applying for a {what} with {org}.|We have received your {what} application (ref {ticket(ctx, 'case')}).|There's an update on your {what} application.] [Our team is reviewing your application and will let you know the decision within [2|5] working days.|Log in to online banking to view your decision.|We need a little more information before we can make a decision. Please log in to upload your documents.]",
            "[Checking your eligibility will not affect your credit score.|We will never ask for your password by email.|]",
        ]
        subjects = [
            f"Your {what} application",
            "There's an update on your application",
            f"{org}: application received",
            "Log in to view your decision",
        ]
    return receipt(
        ctx,
        subjects,
        paras,
        (org, ctx.pick([f"noreply@{host}", f"applications@{host}", f"notifications@{host}"])),
        ctx.pick(["", f"The {org} team", f"Regards,\n{org}"]),
        greet_p=0.85,
        footer=service_footer(ctx, org, host),
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("h4_feedback_acknowledgement", "not_job", n=H4_N)
def feedback_acknowledgement(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Greenway Supermarkets", "greenway.example"),
            ("Metro Transit", "metrotransit.example"),
            ("Northfield NHS Foundation Trust", "northfield.nhs.example"),
            ("Brightlane Broadband", "brightlane.example"),
            ("City Library Service", "citylibraries.example"),
        ]
    )
    return receipt(
        ctx,
        [
            "Thank you for your feedback",
            f"We've received your feedback ({ticket(ctx, 'dash')})",
            "Your comments",
            f"{org} - feedback received",
            "RE: Compliment / complaint form",
        ],
        [
            f"[Thank you for taking the time to share your feedback with {org}.|Thank you for your comments, which we have received.|We're grateful you took the time to get in touch.]",
            "[Every comment is read by our Customer Experience team and shared with the relevant [store|depot|department] manager.|Your feedback has been passed to the team concerned, who will review it. If you asked for a reply, we aim to respond within 10 working days.|We use feedback like yours to improve our services.]",
            "[If your feedback is about a safety issue, please call us.|]",
        ],
        (
            f"{org} [Customer Experience|Customer Care|PALS]",
            ctx.pick([f"feedback@{host}", f"noreply@{host}", f"customer.care@{host}"]),
        ),
        bye(ctx, "en", f"[Customer Experience Team|Customer Care]\n{org}"),
        greet_p=0.8,
        form=ctx.pick(["plain", "alt"]),
    )


@family("h4_business_out_of_office", "not_job", n=H4_N)
def business_out_of_office(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Fairbanks Conveyancing", "fairbankslaw.example"),
            ("Oakridge Veterinary Surgery", "oakridgevets.example"),
            ("Thorne Accounting", "thorneaccounting.example"),
            ("Bluewater Property Management", "bluewaterpm.example"),
            ("Cedar Print Works", "cedarprint.example"),
        ]
    )
    return receipt(
        ctx,
        [
            "Automatic reply: [Invoice query|Re: your quote|Booking|Question about the completion date|Order update]",
            "Out of Office",
            "Auto-Reply: Office closed",
            f"Automatic reply: {org}",
        ],
        [
            "[Thank you for your email.|Thanks for your message.] [Our office is closed from [23 December|Friday] and reopens on [2 January|Monday]|I am out of the office until [Monday|the 14th|next week] with limited access to email].",
            "[Your message has been received and we will respond on our return.|We will reply to all messages in order of receipt when we are back.|For urgent matters please contact [{person}|the office] on 0{n}{n}{n}{n} {n}{n}{n}{n}{n}{n}.]",
        ],
        (
            ctx.pick([org, "{person}"]),
            ctx.pick([f"office@{host}", f"info@{host}", f"accounts@{host}"]),
        ),
        ctx.pick(["", f"Kind regards,\n{org}", "{person}"]),
        greet_p=0.2,
        auto=0.8,
        form=ctx.pick(["plain", "plain", "alt"]),
    )
