"""Not-job receipts, session 12, in English: helpdesk and contact-form auto-replies, quote
requests, returns, warranty claims, refunds and complaints.

Each of these says "we have received your request, our team will review it and get back to
you", the words of a job application's confirmation; what was received (a ticket, an order,
a quote request) is the only difference, so the families name it the way the tools do:
ticket numbers, "reply above this line" markers, order and RMA references.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from h4_kit import H4_N, REPLY_ABOVE, bye, receipt, ticket
from kit import Ctx, Draft, family
from n_kit import at, service_footer


@family("h4_zendesk_request_received", "not_job", n=H4_N)
def zendesk_request_received(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Bloomly", "bloomly.example"),
            ("Parcelhop", "parcelhop.example"),
            ("Kettle & Crumb", "kettleandcrumb.example"),
            ("Tidewater Bikes", "tidewaterbikes.example"),
            ("Nimbus Backup", "nimbusbackup.example"),
        ]
    )
    num = ticket(ctx, "hash")
    return receipt(
        ctx,
        [
            f"[{org}] Re: [Order issue|Question about my order|Missing item|Login problem|Billing question] ({num})",
            f"Request received: {num}",
            f"We've received your request [{num}]",
            f"[{org}] Your request {num} has been received",
        ],
        [
            f"[Thanks for reaching out!|Thank you for contacting {org} Support.|Your request ({num}) has been received and is being reviewed by our support staff.] [We've received your request and a member of our team will get back to you within 24 hours.|A member of our support team will respond as soon as possible, usually within 1-2 business days.|Our team will review your message and get back to you shortly.]",
            "[In the meantime, you may find an answer in our Help Center: https://help.{0}/hc/en-us|Many questions are answered in our FAQ at https://{0}/faq.|]".replace(
                "{0}", host
            ),
            "[To add additional comments, reply to this email.|You can view the status of your request at https://{0}/hc/requests.|Please don't open a new ticket for the same issue; it resets your place in the queue.]".replace(
                "{0}", host
            ),
        ],
        (f"{org} Support", f"support@{host}"),
        bye(ctx, "en", f"[The {org} Support Team|{org} Customer Care|{{person}}, {org} Support]"),
        top=ctx.pick(REPLY_ABOVE["en"]) if ctx.chance(0.6) else "",
        auto=0.5,
        footer=ctx.pick(
            [
                f"This email is a service from {org}. Delivered by Zendesk",
                f"[{host.split('.')[0].upper()}-{ctx.num(1000, 9999)}]",
                "",
            ]
        ),
        form=ctx.pick(["html", "alt", "alt", "plain"]),
    )


@family("h4_freshdesk_ticket_autoreply", "not_job", n=H4_N)
def freshdesk_ticket_autoreply(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("QuickRecharge", "quickrecharge.example"),
            ("FlatMate Rentals", "flatmaterentals.example"),
            ("PayNest", "paynest.example"),
            ("UrbanTiffin", "urbantiffin.example"),
            ("EduSpark Learning", "eduspark.example"),
        ]
    )
    num = str(ctx.num(10000, 99999))
    return receipt(
        ctx,
        [
            f"Ticket Received - [#{num}] [Refund not credited|Unable to login|Wrong item delivered|Course access issue|Payment deducted twice]",
            f"[#{num}] Your ticket has been created",
            f"Re: [Complaint|Query|Issue] regarding my [account|order|subscription] [#{num}]",
        ],
        [
            f"Thank you for writing to {org}. This is an automated response to let you know that we have received your [query|concern|ticket] and a ticket has been created with ID #{num}.",
            "[Our support executive will get in touch with you within 24-48 working hours.|Kindly allow us [24|48|72] hours to revert. We appreciate your patience.|One of our agents will look into this and update you at the earliest.]",
            "[You can check the status of your ticket anytime here: https://{0}/support/tickets/{1}|Kindly do not raise multiple tickets for the same issue as this may delay the resolution.|For urgent issues, call our helpline 1800-{2}-{3} (9 AM to 9 PM, all days).]".replace(
                "{0}", f"{org.lower().replace(' ', '')}.freshdesk.com"
            )
            .replace("{1}", num)
            .replace("{2}", str(ctx.num(100, 999)))
            .replace("{3}", str(ctx.num(1000, 9999))),
        ],
        (f"{org} Support", f"support@{host}"),
        bye(ctx, "en", f"[Team {org}|{org} Customer Support|Customer Delight Team, {org}]"),
        greet_p=0.9,
        auto=0.6,
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("h4_it_service_portal_request", "not_job", n=H4_N)
def it_service_portal_request(ctx: Ctx) -> Draft:
    tool = ctx.pick(["jira", "servicenow"])
    what = ctx.pick(
        [
            "New laptop request",
            "VPN access not working",
            "Password reset for SAP",
            "Request access to shared drive",
            "Printer on 3rd floor offline",
            "Monitor replacement",
            "Software install: Visual Studio Code",
        ]
    )
    if tool == "jira":
        num = ctx.fill(f"[IT|ITSD|HELP|SD]-{ctx.num(100, 9999)}")
        subjects = [f"{num} {what}", f"[JIRA] ({num}) {what}", f"Re: {num} {what}"]
        paras = [
            f"[Your request has been received.|Thanks for raising a request with the IT Service Desk.|We've received your request {num}.] [An agent will pick it up shortly.|Our team will review it and get back to you.|The IT team will be in touch if they need any more information.]",
            "[View request · Turn off this request's notifications|You can view the request and add comments in the portal.|Reply to this email to add a comment to your request.]",
            "[Summary: {0}\nPriority: Medium\nStatus: Waiting for support|Request type: Get IT help\nStatus: Open|]".replace(
                "{0}", what
            ),
        ]
        sender = (
            "[IT Service Desk|Jira Service Management|IT Help Desk]",
            "jira@[atlassian.net|servicedesk.internal.example]",
        )
    else:
        num = ticket(ctx, "inc")
        subjects = [
            f"{num} has been opened on your behalf",
            f"Incident {num} - {what}",
            f"Your request {num} has been received",
        ]
        paras = [
            f"[Incident|Request] {num} has been opened on your behalf. [Our support team will review the details and contact you if necessary.|You will receive updates by email as the work progresses.]",
            f"Short description: {what}\n[Assignment group: Service Desk L1|State: New|Priority: 4 - Low]",
            "[To view the incident, click here: https://[corp|company].service-now.com/sp|If you believe this issue has been resolved, reply with 'Please close'.|Ref:MSG{0}]".replace(
                "{0}", str(ctx.num(1000000, 9999999))
            ),
        ]
        sender = (
            "[IT Service Desk|ServiceNow|Global Service Desk]",
            "[servicedesk|itsupport|noreply]@service-now.com",
        )
    return receipt(
        ctx,
        subjects,
        paras,
        sender,
        ctx.pick(["", "IT Service Desk", "Kind regards,\nIT Support"]),
        greet_p=0.6,
        top=ctx.pick(REPLY_ABOVE["en"]) if ctx.chance(0.4) else "",
        ext_p=0.1,
        form=ctx.pick(["html", "alt"]),
    )


@family("h4_website_contact_form_autoreply", "not_job", n=H4_N)
def website_contact_form_autoreply(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Harbour Yoga Studio", "harbouryoga.example"),
            ("The Old Mill B&B", "oldmillbnb.example"),
            ("Greenleaf Dental", "greenleafdental.example"),
            ("Riverside Piano Lessons", "riversidepiano.example"),
            ("Mosaic Photography", "mosaicphoto.example"),
            ("Bramble & Oak Interiors", "brambleoak.example"),
        ]
    )
    return receipt(
        ctx,
        [
            "Thanks for your submission",
            "We have received your message",
            f"Thank you for contacting {org}",
            "New message from your website - confirmation",
            "Your enquiry",
            f"Re: Contact form - {org}",
        ],
        [
            "[Thanks for your submission, we have received your message.|Thank you for getting in touch! This is to confirm that we have received your enquiry.|Your message has been sent successfully.|Thanks for contacting us - we've got your message.]",
            "[We'll be in touch within [1-2|two|3] working days.|Someone from our team will get back to you as soon as possible.|We aim to reply to all messages within 48 hours.|We read every message and will reply personally.]",
            "[Here is a copy of what you sent:\n\nName: {first} {last}\nEmail: {first}@[gmail.com|outlook.com]\nMessage: [Do you have availability in [March|June|October]?|I'd like to ask about prices.|Could you call me back please?]|If your enquiry is urgent, please call us on 0[1632|20] {n}{n}{n} {n}{n}{n}{n}.|]",
        ],
        (org, ctx.pick([f"info@{host}", f"hello@{host}", f"wordpress@{host}", f"noreply@{host}"])),
        ctx.pick(["", f"{org}", f"Warm wishes,\n{{person}}\n{org}"]),
        greet_p=0.5,
        footer=ctx.pick(
            [
                "",
                f"This e-mail was sent from a contact form on {org} (https://{host})",
                f"Sent via Wix Forms · {host}",
            ]
        ),
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("h4_trades_quote_request_received", "not_job", n=H4_N)
def trades_quote_request_received(ctx: Ctx) -> Draft:
    org, host, job = ctx.pick(
        [
            ("Hartley Plumbing & Heating", "hartleyplumbing.example", "boiler replacement"),
            ("Summit Roofing Ltd", "summitroofing.example", "roof repair"),
            ("SwiftMove Removals", "swiftmove.example", "house move"),
            ("BrightSpark Electrical", "brightspark.example", "consumer unit upgrade"),
            ("Evergreen Landscapes", "evergreenlandscapes.example", "garden landscaping"),
            ("ClearView Windows", "clearviewwindows.example", "window replacement"),
        ]
    )
    return receipt(
        ctx,
        [
            "Your quote request",
            f"Quote request received - {job}",
            f"Thanks for your enquiry - {org}",
            "Re: Quote",
            f"Free estimate request #Q{ctx.num(1000, 9999)}",
        ],
        [
            f"[Thank you for requesting a quote for your {job}.|Thanks for your enquiry about a {job}.|We've received your request for a free estimate ({job}).]",
            "[One of our estimators will review the details and contact you within [2|3] working days to arrange a site visit.|We'll review your request and get back to you with a price or a few questions.|Our surveyor will be in touch to book a convenient time to take measurements.]",
            "[If you have photos of the area, just reply to this email with them attached - it helps us quote accurately.|Please note we're very busy at the moment, so it may take a little longer than usual.|We are Gas Safe registered and fully insured.|]",
        ],
        (org, ctx.pick([f"quotes@{host}", f"office@{host}", at(ctx, host)])),
        bye(ctx, "en", f"[{{person}}|The office team]\n{org}"),
        footer=ctx.pick(
            [
                "",
                f"{org} | Registered in England No. {ctx.num(1000000, 9999999)}",
                "Checkatrade member · Rated 9.8/10",
            ]
        ),
        form=ctx.pick(["plain", "alt"]),
    )


@family("h4_agency_new_business_enquiry", "not_job", n=H4_N)
def agency_new_business_enquiry(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Northlight Studio", "northlight.example"),
            ("Pixel & Pine", "pixelpine.example"),
            ("Copperfield Events", "copperfieldevents.example"),
            ("Atlas Translation Services", "atlastranslate.example"),
            ("Ledgerline Accountants", "ledgerline.example"),
        ]
    )
    return receipt(
        ctx,
        [
            "Thanks for your brief",
            f"Your enquiry to {org}",
            "We've received your project details",
            "Re: New project enquiry",
            "Your request for a proposal",
        ],
        [
            "[Thanks for sending over your project brief.|Thank you for your enquiry and for considering us for your project.|We've received your request for a proposal.]",
            "[Our team will review your requirements and come back to you with a proposal and timeline within [3|5] working days.|A member of our new business team will be in touch to set up a short discovery call.|We'll look through the details and let you know if we have any questions before we quote.]",
            "[In the meantime, take a look at our recent work: https://{0}/work|If you have any supporting documents (brand guidelines, source files), feel free to reply with them.|]".replace(
                "{0}", host
            ),
        ],
        (org, ctx.pick([f"hello@{host}", f"newbusiness@{host}", at(ctx, host)])),
        bye(ctx, "en", f"{{person}}\n[Client Services|Account Director|Founder] | {org}"),
        greet_p=0.9,
        form=ctx.pick(["plain", "alt", "html"]),
    )


@family("h4_returns_rma_authorised", "not_job", n=H4_N)
def returns_rma_authorised(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Voltstore", "voltstore.example"),
            ("Northtrail Outdoor", "northtrail.example"),
            ("Casa Linen", "casalinen.example"),
            ("GadgetBarn", "gadgetbarn.example"),
        ]
    )
    rma = f"RMA{ctx.num(100000, 999999)}"
    order = f"{ctx.pick(['#', 'Order ', 'No. '])}{ctx.num(100000, 9999999)}"
    return receipt(
        ctx,
        [
            f"Your return request for order {order}",
            f"Return authorised - {rma}",
            "We've received your return request",
            f"Return label for {order}",
        ],
        [
            f"[We've received your return request for order {order}.|Your return ({rma}) has been approved.|Thanks - your return request has been logged.] [Please print the attached label and drop the parcel at any [Royal Mail|UPS|DHL|Post Office] location within 14 days.|Once the item arrives at our warehouse, our team will inspect it and process your refund within 5-7 business days.]",
            f"Return reference: {rma}\nReason: [Doesn't fit|Faulty|Changed my mind|Arrived damaged]\nRefund method: [Original payment method|Store credit]",
            "[You can track your return at https://{0}/returns.|Please include the return slip inside the parcel.|]".replace(
                "{0}", host
            ),
        ],
        (f"{org} Returns", ctx.pick([f"returns@{host}", f"no-reply@{host}"])),
        ctx.pick(["", f"The {org} team"]),
        greet_p=0.7,
        footer=service_footer(ctx, org, host),
        form=ctx.pick(["html", "alt"]),
    )


@family("h4_warranty_claim_logged", "not_job", n=H4_N)
def warranty_claim_logged(ctx: Ctx) -> Draft:
    org, host, item = ctx.pick(
        [
            ("Dyson-style Appliances Care", "appliancecare.example", "cordless vacuum"),
            ("Kestrel Home Appliances", "kestrelhome.example", "washing machine"),
            ("SonicWave Audio", "sonicwave.example", "headphones"),
            ("Arbor Furniture", "arborfurniture.example", "sofa"),
        ]
    )
    claim = f"WC-{ctx.num(100000, 999999)}"
    return receipt(
        ctx,
        [
            f"Warranty claim {claim} received",
            "Your warranty claim",
            f"Re: Faulty {item} - claim {claim}",
            "We have received your claim",
        ],
        [
            f"Thank you for registering a warranty claim for your {item}. Your claim number is {claim}.",
            "[Our technical team will assess the information and photos you provided and contact you within [5|7|10] working days.|We'll review your claim and let you know whether a repair, replacement or engineer visit is needed.|Please keep your proof of purchase; we may ask for it during the review.]",
            "[Status: Under review|Current status: Claim received|]",
        ],
        (f"{org}", ctx.pick([f"warranty@{host}", f"claims@{host}"])),
        bye(ctx, "en", f"[Customer Care Team|Warranty Department]\n{org}"),
        greet_p=0.8,
        footer=service_footer(ctx, org, host),
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("h4_refund_request_received", "not_job", n=H4_N)
def refund_request_received(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("SkyBridge Airways", "skybridgeair.example"),
            ("RailGo", "railgo.example"),
            ("StayWell Hotels", "staywellhotels.example"),
            ("TicketTown", "tickettown.example"),
        ]
    )
    case = ctx.pick(
        [
            f"R{ctx.num(1000000, 9999999)}",
            f"CAS-{ctx.num(10000, 99999)}-{ctx.pick(['X2', 'K7', 'B9'])}",
        ]
    )
    return receipt(
        ctx,
        [
            f"Your refund request {case}",
            "Refund request received",
            f"We've received your claim ({case})",
            "Delay Repay claim received",
            "Re: Refund for cancelled booking",
        ],
        [
            f"[We have received your refund request and it has been assigned reference {case}.|Thank you for submitting your claim. Your reference is {case}.]",
            "[Due to high volumes, claims are currently taking up to [28 days|6 weeks|14 working days] to process. Our team will review your claim and contact you if we need more information.|We'll be in touch once a decision has been made.|You don't need to do anything else right now.]",
            "[Please quote your reference in any correspondence.|If your claim is approved, the refund will be paid to the original payment card.|]",
        ],
        (f"{org} Customer Relations", ctx.pick([f"customer.relations@{host}", f"noreply@{host}"])),
        bye(ctx, "en", f"Customer Relations\n{org}"),
        greet_p=0.8,
        auto=0.3,
        footer=service_footer(ctx, org, host),
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("h4_complaint_ombudsman_case", "not_job", n=H4_N)
def complaint_ombudsman_case(ctx: Ctx) -> Draft:
    org, host, sector = ctx.pick(
        [
            ("Energy Ombudsman", "energyombudsman.example", "your energy supplier"),
            ("The Financial Ombudsman Service", "financial-ombudsman.example", "your bank"),
            ("Telecoms Ombudsman", "telecomsombudsman.example", "your broadband provider"),
            ("Housing Ombudsman Service", "housing-ombudsman.example", "your landlord"),
        ]
    )
    case = ctx.fill(f"[CAS|C|HOS]-{ctx.num(100000, 999999)}")
    return receipt(
        ctx,
        [
            f"Your complaint - case reference {case}",
            "We've received your complaint",
            f"Complaint against {sector} - acknowledgement",
            f"RE: {case}",
        ],
        [
            f"Thank you for contacting us about your complaint against {sector}. We have received your complaint form and registered it under case reference {case}.",
            "[An investigator will review your case and contact you within [four|six|eight] weeks. We will let you know if we need any further evidence.|Your case is now in a queue to be assigned to an investigator. Current waiting times are around [10|12] weeks.|Before we can look at your case, the business must have had eight weeks to resolve it. If it hasn't, we'll pass your complaint to them first.]",
            "[Please don't reply to this email; use our online portal to send documents.|You can check the progress of your complaint online at any time.|If your circumstances change, please let us know.]",
        ],
        (org, ctx.pick([f"complaints@{host}", f"noreply@{host}", f"enquiries@{host}"])),
        bye(ctx, "en", f"[Customer Contact Team|Case Handling Team]\n{org}"),
        greet_p=0.95,
        ext_p=0.1,
        form=ctx.pick(["plain", "alt"]),
    )
