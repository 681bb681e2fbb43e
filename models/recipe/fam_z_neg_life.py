"""Hard negatives from private life: renting a flat (applications, viewings, references,
lease offers), family and friends who write about THEIR interviews and offers, and party
invitations for somebody's new job. Real mailboxes are full of these and they say
"application", "interview", "offer", "references" and "start date" without being about the
user's own job search. Helpers are shared with ``fam_z_neg`` (same author, same tag).
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

import vocab
from fam_z_neg import N, _mail, _opt, _other, _paras
from kit import Calendar, Ctx, Draft, ascii_word, family

_STREETS = (
    "Elm Street",
    "Maple Ave",
    "Harbour Road",
    "Kingsley Court",
    "Alder Way",
    "Station Rd",
    "Linden Place",
    "Mill Lane",
    "Cedar Terrace",
    "Queen's Walk",
)


def _address(ctx: Ctx) -> str:
    unit = ctx.pick(["Apt 3B", "Unit 12", "Flat 4", "#205", "Apt 1", "Flat 2A", ""])
    return f"{ctx.num(2, 480)} {ctx.pick(_STREETS)}" + (f", {unit}" if unit else "")


@family("zn_rental_portal", "not_job", n=N)
def rental_portal(ctx: Ctx) -> Draft:
    """A US property manager's portal: application received, screening, approval, lease."""
    home = _address(ctx)
    pm, pm_domain = ctx.pick(
        [
            ("Keyhaven Property Management", "keyhavenpm.com"),
            ("Brightdoor Rentals", "brightdoorrentals.com"),
            ("Oak & Stone Residential", "oakandstone.com"),
            ("Parkview Apartments", "parkviewliving.com"),
            ("Summit Ridge Leasing", "summitridgeleasing.com"),
            ("The Lofts at Millbrook", "loftsatmillbrook.com"),
        ]
    )
    kind = ctx.pick(
        ["received", "screening", "approved", "conditional", "lease", "renewal", "declined", "docs"]
    )
    fee = ctx.pick(["$35", "$45", "$50", "$55"])
    if kind == "received":
        subject = ctx.pick(
            [
                "Rental application received",
                f"Application received - {home}",
                "We got your application!",
                "Your application for " + home,
            ]
        )
        body = f"Thank you for applying to rent {home}. We have received your application and the {fee} application fee. Processing usually takes [1-3|2-4] business days once all co-applicants have submitted."
    elif kind == "screening":
        subject = ctx.pick(
            [
                "Action needed: complete your screening",
                "Your rental application - next step",
                "Screening in progress",
            ]
        )
        body = (
            "To finish processing your application for "
            + home
            + " we need to run a credit and background check[ through TransUnion SmartMove|]. Please complete the screening request we sent to your email [within 48 hours|as soon as possible]. We also need [proof of income (two recent pay stubs or an offer letter from your employer)|a copy of your photo ID and last two pay stubs|your current landlord's contact details]."
        )
    elif kind == "approved":
        subject = ctx.pick(
            [
                "Congratulations - your application is approved!",
                "Application approved",
                "Good news about " + home,
                "You're approved!",
            ]
        )
        body = (
            "Great news! Your rental application for "
            + home
            + " has been approved. To hold the unit, please pay the [security deposit|holding deposit] of [$1,200|$950|$1,850|one month's rent] within [48 hours|2 business days]. Your lease will be sent for e-signature shortly, with a move-in date of {day}."
        )
    elif kind == "conditional":
        subject = ctx.pick(
            [
                "Conditional approval - " + home,
                "Update on your application",
                "Your application: additional deposit required",
            ]
        )
        body = (
            "Your application for "
            + home
            + " has been conditionally approved. Based on the screening results, approval is subject to [a co-signer|an additional deposit of one month's rent|verification of employment]. Please reply by {day} to let us know how you'd like to proceed."
        )
    elif kind == "lease":
        subject = ctx.pick(
            [
                "Your lease is ready to sign",
                "Lease offer - " + home,
                "Please sign: Residential Lease Agreement",
            ]
        )
        body = (
            "Your lease for "
            + home
            + " is ready. Monthly rent: $"
            + str(ctx.num(14, 39))
            + "00. Term: 12 months starting {day}. Please review and sign in the resident portal[ within 72 hours to keep your approval|]. [Let us know if you have any questions about the terms.|Both applicants must sign.]"
        )
    elif kind == "renewal":
        subject = ctx.pick(
            [
                "Lease renewal offer",
                "Your renewal options",
                "Time to renew? Your lease offer inside",
            ]
        )
        body = (
            "Your lease at "
            + home
            + " ends on {day}. We're pleased to offer you a renewal: [12 months at $"
            + str(ctx.num(14, 39))
            + "00/month|12 months at the current rent, or 6 months at a $150/month premium]. [The offer expires in 30 days.|Please let us know your decision by replying or in the resident portal.] [If you plan to move out, we need 60 days' written notice.|]"
        )
    elif kind == "declined":
        subject = ctx.pick(
            [
                "Update on your rental application",
                "Regarding your application",
                "Application status",
            ]
        )
        body = (
            "Thank you for your interest in "
            + home
            + ". Unfortunately we are unable to approve your application at this time[ because the unit has been leased to another applicant| based on information in your consumer report]. [You have the right to request a free copy of your report within 60 days.|We encourage you to apply for other available units.]"
        )
    else:
        subject = ctx.pick(["Move-in checklist", "Before your move-in", "Documents needed"])
        body = "Before move-in on {day} please upload [renters insurance proof|your signed pet addendum|utility transfer confirmation] and schedule your key pickup. [Office hours are 9-5 Mon-Sat.|Keys are released only after all move-in funds are received.]"
    sign = ctx.pick(
        [
            f"Leasing Office\n{pm}",
            f"{ctx.person}\nLeasing Consultant\n{pm}",
            pm,
            f"Thanks,\n{ctx.person_first} | {pm}",
        ]
    )
    return Draft(
        subject,
        _paras(
            _opt(
                ctx, 0.7, "Hi {first},", "Dear {first} {last},", "Hello {first},", "Dear Applicant,"
            ),
            ctx.fill(body),
            _opt(
                ctx,
                0.3,
                "Reminder: all adult occupants (18+) must submit a separate application. Income must be at least [2.5|3] times the monthly rent; we accept pay stubs, an offer letter from a new employer, bank statements or a guarantor. Pets are welcome with a [$300|$400] non-refundable pet fee and signed pet addendum. Renter's insurance with at least $100,000 liability coverage is required from move-in.",
                "Office hours: Monday to Friday 9am-6pm, Saturday 10am-4pm. For maintenance emergencies after hours call the on-call line. Rent is due on the 1st and is considered late after the 5th. You can pay online, set up autopay or pay by money order at the leasing office.",
            ),
        ),
        pm,
        ctx.pick(["leasing@", "noreply@", "office@", "applications@"]) + pm_domain,
        greet=False,
        sign=sign,
        footer=ctx.pick(
            [
                "",
                "Equal Housing Opportunity",
                "Powered by AppFolio",
                "This message was sent from the resident portal. Please do not reply directly.",
                "Equal Housing Opportunity. Professionally managed.",
            ]
        ),
        form=ctx.pick(["html", "alt", "alt", "plain"]),
    )


@family("zn_letting_agent_uk", "not_job", n=N)
def letting_agent_uk(ctx: Ctx) -> Draft:
    """A UK letting agent: viewings, offers on a flat, tenant referencing, holding deposits."""
    flat = ctx.pick(
        ["2 bed flat", "1 bed flat", "studio", "3 bed house", "room in a house share", "maisonette"]
    )
    area = ctx.pick(
        [
            "Clapham",
            "Didsbury",
            "Leith",
            "Headingley",
            "Bishopston",
            "Jesmond",
            "Walthamstow",
            "Southsea",
        ]
    )
    agent = ctx.pick(
        [
            "Harbour Lettings",
            "Foxley & Moore",
            "Greenway Estates",
            "Castle Residential",
            "Parkside Lettings",
            "Town & Quay",
        ]
    )
    kind = ctx.pick(["viewing", "offer", "referencing", "employer_ref", "accepted", "guarantor"])
    if kind == "viewing":
        subject = ctx.pick(
            [
                f"Viewing confirmation - {flat}, {area}",
                "Your viewing is booked",
                "Viewing tomorrow",
                "Re: enquiry about the " + flat,
            ]
        )
        body = f"Thanks for your enquiry. I can confirm your viewing of the {flat} in {area} on {{day}} at {{time}}. [I'll meet you outside.|Please bring photo ID.|It's a busy one so there'll be a few other viewings around the same time.] [If you'd like to go ahead afterwards you can put an offer in through our website.|Let me know if you need to rearrange.]"
    elif kind == "offer":
        subject = ctx.pick(["Offer received", "Your offer on " + area, "Offer form - next steps"])
        body = f"Thanks for your offer on the {flat} in {area} at £[1,150|1,400|1,875|950] pcm. I've passed it to the landlord and will come back to you [by end of day|tomorrow]. [They have had two other offers so it may go to best and final.|The landlord would prefer a 12-month term with a 6-month break clause.]"
    elif kind == "referencing":
        subject = ctx.pick(
            [
                "Tenant referencing - action required",
                "Complete your reference application",
                "Referencing started",
            ]
        )
        body = "To progress your tenancy we've started referencing through [Goodlord|HomeLet|our referencing partner]. Please complete the online form within 48 hours. You'll need: [employer details, current landlord details and three months of bank statements|proof of ID, right to rent documents and proof of income]. [We will contact your employer to confirm your salary and start date.|If you're starting a new job, an offer letter is acceptable as proof of income.]"
    elif kind == "employer_ref":
        subject = ctx.pick(
            [
                "Reference request - tenancy",
                "Employment reference for tenancy application",
                "Re: reference",
            ]
        )
        body = "We've now received your employer reference and your previous landlord's reference. [Everything has come back fine|Your references are complete] - we're just waiting on the credit check and then we can issue the tenancy agreement."
    elif kind == "accepted":
        subject = ctx.pick(
            [
                "Good news - offer accepted!",
                "Holding deposit request",
                "Your offer has been accepted",
            ]
        )
        body = f"Good news - the landlord has accepted your offer for the {flat} in {area}! To take the property off the market we need a holding deposit of £[250|300|325] (one week's rent) by {{day}}. [The tenancy agreement will follow once referencing is complete.|Move-in is pencilled in for {{day}}.]"
    else:
        subject = ctx.pick(["Guarantor needed", "Referencing outcome", "Referencing - update"])
        body = "Your referencing has come back as 'accept with guarantor'[ because you're in a probation period at work| because your salary doesn't meet 30x the monthly rent|]. Could you send us the details of a UK-based guarantor? [Alternatively we can accept six months' rent in advance.|No problem if not, just let me know.]"
    quote = ""
    if ctx.chance(0.25):
        quote = ctx.pick(
            [
                "Hi, is the flat still available? I'd love to view it this week.",
                "Thanks - we'd like to put an offer in.",
                "Hello, just checking on the status of the referencing? Thanks",
            ]
        )
    return Draft(
        subject,
        _paras(
            _opt(
                ctx,
                0.8,
                "Hi {first},",
                "Dear {first},",
                "Hello {first},",
                "Morning {first},",
                "Dear Mr/Ms {last},",
            ),
            ctx.fill(body),
        ),
        ctx.pick([agent, f"{ctx.person} - {agent}", ctx.person]),
        _mail(ctx.person_first, ctx.person_last, ascii_word(agent) + ".co.uk", ctx.num(0, 2)),
        greet=False,
        sign=ctx.pick(["Kind regards,", "Many thanks,", "Best wishes,", "Thanks,"])
        + f"\n{ctx.person}\n"
        + ctx.pick(
            [
                "Lettings Negotiator",
                "Lettings Manager",
                "Property Manager",
                "Senior Lettings Consultant",
            ]
        )
        + f"\n{agent}",
        footer=ctx.pick(
            [
                "",
                "Client money protection provided by Propertymark. Registered in England and Wales.",
                f"{agent} Ltd. A member of The Property Ombudsman scheme.",
                "This email and any attachments are confidential. If you have received it in error please notify the sender.",
            ]
        ),
        quote=quote,
        form=ctx.pick(["plain", "alt", "alt"]),
    )


_FAMILY = ("Mum", "Dad", "Mom", "Gran", "Auntie Sue", "your sister", "your brother")


@family("zn_family_news", "not_job", n=N)
def family_news(ctx: Ctx) -> Draft:
    """Parents and siblings writing about THEIR (or a cousin's) interviews, offers and jobs."""
    who = ctx.pick(["mum", "dad", "sister", "brother", "cousin", "aunt"])
    sib = ctx.pick(vocab.FIRST_NAMES)
    msgs = {
        "mum": [
            "Hello love, just to say my interview at the [library|surgery|school office|garden centre] went well I think! They said they'd let me know by {day}. Fingers crossed. Dad says hello. Are you still coming on Sunday?",
            "Darling, I got the job!! The part-time one at the [council|hospital|bakery]. Start on {day}. They offered me 3 days a week which is perfect. Speak soon, love Mum xx",
            "Hi sweetheart, Did you see the photos from Saturday? Also your cousin "
            + sib
            + " has an interview in [London|Manchester|the city] next week, can she stay at yours the night before? x",
        ],
        "dad": [
            "Hi, Quick one - the garage offered me [£400|$500] for the old car, do you think I should take it? Also your mother's interview is Thursday so ring her after. Dad",
            "Well that's that - retirement papers signed. They offered me a consultancy day a week but I said no thanks. Lunch on {day}? Dad",
        ],
        "sister": [
            "omg I have a second interview at [the museum|the agency|the hospital] on {day}!!! can we do a practice call tomorrow night? you're so good at this stuff",
            "soooo I got the offer. Do I take it?? it's less money but no commute. call me when you're out of work pls",
            "hey, can you look at my application for the [PGCE|nursing course|apprenticeship] before I send it? deadline is {day}. attaching it. love you",
        ],
        "brother": [
            "mate I start the new job Monday, bit nervous. They sent an offer letter with a start date and that's it lol. Drinks on Friday to celebrate if you're around",
            "hey did mum tell you I didn't get the job? it's fine, there's another interview next week. How's things with you",
        ],
        "cousin": [
            "Hi! Thanks so much for the advice before my interview - I got it!! Start in [March|September|two weeks]. I owe you a coffee (or three)",
            "Hiya, Mum said you'd be ok with me staying over before my interview on {day}? I'll bring wine. Let me know x",
        ],
        "aunt": [
            "Dear both, "
            + sib
            + " has been offered a place on the [graduate scheme|apprenticeship|nursing programme] - we're so proud! Party at ours on {day}, do come. Love, Auntie",
            "Hello dear, I hear congratulations are in order for your promotion? Your mother told me. We must celebrate. Love",
        ],
    }
    name = {
        "mum": ctx.pick(["Mum", "Mom", "Mum ❤️"]),
        "dad": ctx.pick(["Dad", "Papa"]),
        "sister": sib,
        "brother": sib,
        "cousin": sib,
        "aunt": ctx.pick(["Auntie Sue", "Aunt Linda", "Tante Rosa"]),
    }[who]
    subject = ctx.fill(
        ctx.pick(
            [
                "News!",
                "guess what",
                "Sunday",
                "(no subject)",
                "quick q",
                "Re: catch up",
                "!!!",
                "good news",
                "hi",
            ]
        )
    )
    body = ctx.fill(ctx.pick(msgs[who]))
    if "interview" in body and ctx.chance(0.4):
        subject = ctx.pick(["interview!!", "the interview", "Re: interview"])
    if ctx.chance(0.3):
        body = body.replace(". ", ".\n\n", 1)
    sign = ctx.pick(
        ["", "", "Sent from my iPad", "Sent from my iPhone", "x", "Get Outlook for Android"]
    )
    last = (
        ctx.cand_last if who in ("mum", "dad", "sister", "brother") else ctx.pick(vocab.LAST_NAMES)
    )
    return Draft(
        subject if subject != "(no subject)" else "",
        body,
        name,
        _mail(
            name.split()[0].strip("❤️ ") or "mum",
            last,
            ctx.pick((*vocab.CANDIDATE_DOMAINS, "btinternet.com", "hotmail.co.uk", "aol.com")),
            ctx.num(0, 2),
        ),
        greet=False,
        sign=sign,
        form="plain",
        quote=ctx.pick(["", "Good luck!! Let me know how it goes x", "How did it go??"])
        if "my interview" in body
        else "",
    )


@family("zn_friend_career_help", "not_job", n=N)
def friend_career_help(ctx: Ctx) -> Draft:
    """Friends and ex-colleagues asking the user for help with THEIR job hunt."""
    ff, fl = _other(ctx)
    ask = ctx.pick(
        [
            "Could you have a look at my CV? I'm applying for a {title} role at {co} and I think it's way too long. Brutal honesty welcome.",
            "random favour - would you be a reference for me? I've got to the final stage at {co} and they want two referees. It'd just be a quick call, they'll probably ring you [this week|on {day}].",
            "I've got an interview at {co} on {day} (!!) for a {title} position. Any chance we could do a mock interview over zoom one evening? You always ace these.",
            "Is {co} hiring? I saw a {title} opening on their site - could you refer me? Happy to send my CV. No worries if it's awkward.",
            "So I got the offer from {co}! But they've offered {money} and I'm sure that's low. How did you negotiate yours? Can I call you tonight?",
            "Do you know anyone at {co}? I applied for the {title} job two weeks ago and heard nothing. Trying to get a name to follow up with.",
            "Cover letter attached - would you read it before I send? The application closes {day}. I owe you a pint.",
        ]
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "favour?",
                "CV help",
                "quick favour",
                "can you be my reference?",
                "interview prep",
                "{co}!",
                "hi!",
                "Re: drinks",
                "need your advice",
                "question",
            ]
        )
    )
    body = _paras(
        _opt(ctx, 0.7, "Hey {first}!", "Hi {first},", "{first}!!", "Hiya,", "Hey you,"),
        ctx.fill(ask),
        _opt(
            ctx,
            0.5,
            "Hope you're well btw, it's been ages!",
            "Thanks so much, you're the best.",
            "No rush at all.",
            "Also are we still on for [Saturday|Friday drinks|the gig]?",
        ),
    )
    sign = ctx.pick(
        [
            ff,
            f"{ff} x",
            f"- {ff[:1]}",
            f"{ff}\nSent from my iPhone",
            f"Cheers,\n{ff}",
            f"Thanks!\n{ff} {fl}",
        ]
    )
    return Draft(
        subject,
        body,
        f"{ff} {fl}",
        _mail(ff, fl, ctx.pick(vocab.CANDIDATE_DOMAINS), ctx.num(0, 2)),
        greet=False,
        sign=sign,
        form=ctx.pick(["plain", "plain", "alt"]),
        quote=ctx.pick(
            ["", "", "", "Of course, send it over!", "Yes happy to help - what's the role?"]
        ),
    )


@family("zn_new_job_party_invite", "not_job", n=N)
def new_job_party(ctx: Ctx) -> Draft:
    """Partiful / Evite / Paperless Post / plain calendar invites to somebody's job celebration."""
    host, _ = _other(ctx)
    # The organiser is the honoree or a friend throwing it for them.
    org, ol = _other(ctx) if ctx.chance(0.5) else (host, ctx.pick(vocab.LAST_NAMES))
    occasion = ctx.pick(
        [
            f"{host}'s new job drinks 🥂",
            f"{host}'s leaving do",
            f"Farewell {host}! ✈️",
            f"{host} got the job - celebration!",
            f"{host}'s promotion party",
            f"Offer accepted! drinks w/ {host}",
            f"{host}'s last day at {{co}} pub trip",
        ]
    )
    occasion = ctx.fill(occasion)
    start = ctx.future(2, 20).replace(hour=ctx.pick([18, 19, 19, 20]), minute=ctx.pick([0, 30]))
    venue = ctx.pick(
        [
            "The Crown & Anchor",
            "Brewdog Shoreditch",
            "Rooftop at the Standard",
            "our place",
            "Lucky Dog Tavern",
            "Bar Pintxo",
            "the usual spot",
        ]
    )
    service = ctx.pick(["partiful", "evite", "paperless", "gcal", "gcal"])
    blurb = ctx.pick(
        [
            f"{host} officially starts the new role on Monday so come help send them off in style!",
            f"After {ctx.num(3, 9)} years, {host} is moving on. Drinks from 6, food from 8.",
            f"{host} accepted an offer (finally!!) - first round's on them 😄",
            f"Let's celebrate {host}'s new job. Partners welcome. RSVP so we know numbers.",
        ]
    )
    if org != host and ctx.chance(0.3):
        blurb = f"We're throwing {host} a surprise - DON'T tell them. They think it's just a quiet pint."
    if service == "partiful":
        name, addr = "Partiful", "hello@partiful.com"
        subject = f"{org} invited you to {occasion}"
        body = _paras(
            f"{org} {ol} invited you to {occasion}",
            f"{start:%a, %b %d · %I:%M %p}\n{venue}",
            blurb,
            "RSVP → " + ctx.url("partiful.com", "e"),
        )
    elif service == "evite":
        name, addr = f"{org} {ol} via Evite", "info@mailva.evite.com"
        subject = ctx.pick(
            [f"You're invited: {occasion}", f"{org} {ol} has invited you!", occasion]
        )
        body = _paras(
            f"You're invited to {occasion}",
            f"When: {start:%A, %B %d at %I:%M %p}\nWhere: {venue}",
            blurb,
            "Reply Yes, No or Maybe on Evite",
        )
    elif service == "paperless":
        name, addr = f"{org} {ol}", "invitations@paperlesspost.com"
        subject = f"{occasion} - {org} {ol} sent you an invitation"
        body = _paras(
            f"{org} {ol} sent you an invitation via Paperless Post.", "View invitation", blurb
        )
    else:
        name, addr = f"{org} {ol}", _mail(org, ol, ctx.pick(vocab.CANDIDATE_DOMAINS))
        subject = f"Invitation: {occasion} @ {start:%a %b %d, %Y %I:%M%p}"
        body = _paras(
            blurb,
            f"{venue}",
            "Going? Yes - Maybe - No    more options »",
            "Invitation from Google Calendar",
        )
    return Draft(
        subject,
        body,
        name,
        addr,
        greet=False,
        sign="",
        bulk=service != "gcal",
        calendar=Calendar(occasion, start, 180, location=venue)
        if service in ("gcal", "evite") and ctx.chance(0.7)
        else None,
        form=ctx.pick(["html", "alt"]),
    )
