"""Hard negatives, session 9: decisions about what the reader sent in, that are not about work.

A review or a photo the reader posted that a platform rejected, a phone traded in whose
offer was revised after the technicians' assessment, a parking fine appeal decided, a DNA
service's new relative matches, a citizens' assembly's lottery, an online course's peer
grading, a wedding venue's proposal: "unfortunately", "not approved", "assessment", "revised
offer", "appeal unsuccessful", "new matches", "you have been selected", "this offer is valid
until", with no job in sight.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, family
from n_kit import NN_N, neg, service_footer, service_top


@family("nn_contribution_rejected", "not_job", n=NN_N)
def contribution_rejected(ctx: Ctx) -> Draft:
    platform, host, thing = ctx.pick(
        [
            ("Maps", "maps.example", "review of Café Aroma"),
            ("TripReviews", "tripreviews.example", "review of Hotel Marina"),
            ("Stockpix", "stockpix.example", "photo submission 'Harbour at dusk'"),
            ("CraftMarket", "craftmarket.example", "listing 'Hand-thrown mug, blue glaze'"),
            ("RecipeShare", "recipeshare.example", "recipe 'Grandma's lemon cake'"),
        ]
    )
    stage = ctx.pick(["rejected", "approved", "appeal"])
    para = {
        "rejected": f"Thanks for your {thing}. Unfortunately it wasn't approved because it doesn't meet our [content guidelines|quality standards|policy on promotional content]. [You can edit it and submit again.|This decision was made after a manual review.]",
        "approved": f"Good news - your {thing} has been approved and is now live. [It has already been viewed {{n}}0 times.|Thanks for helping other people decide.]",
        "appeal": f"We've reviewed your appeal about your {thing}. [After a second review we've reinstated it.|After careful review, our original decision stands.]",
    }[stage]
    return neg(
        ctx,
        {
            "rejected": [
                f"Your {thing.split(' ')[0]} was not approved",
                "Update on your submission",
                "Your contribution was rejected",
            ],
            "approved": ["Your contribution is live", "Approved: your submission"],
            "appeal": ["Your appeal has been reviewed", "About your appeal"],
        }[stage],
        [
            service_top(ctx, host),
            ctx.fill(para),
            ctx.fill(
                f"[See your contributions|Review our guidelines|Go to your dashboard]: {ctx.url(host, 'contrib')}"
            ),
        ],
        (f"{platform}", ctx.pick([f"noreply@{host}", f"community@{host}", f"moderation@{host}"])),
        ctx.pick(["Thanks,", "", "Best,"])
        + ("\n" if ctx.chance(0.7) else " ")
        + f"The {platform} team",
        greet_p=0.6,
        footer=service_footer(ctx, platform, host),
        form=ctx.pick(["html", "alt"]),
        bulk=ctx.chance(0.4),
    )


@family("nn_device_tradein", "not_job", n=NN_N)
def device_tradein(ctx: Ctx) -> Draft:
    shop, host = ctx.pick(
        [
            ("PhoneBack", "phoneback.example"),
            ("ReCircuit", "recircuit.example"),
            ("FixFirst Repairs", "fixfirst.example"),
            ("Mobile Plus", "mobileplus.example"),
        ]
    )
    device = ctx.pick(
        [
            "iPhone 13 128GB",
            "Galaxy S22",
            "iPad Air (4th gen)",
            "Pixel 7",
            "MacBook Air M1",
            "Apple Watch Series 7",
        ]
    )
    stage = ctx.pick(["revised", "accepted", "repair_quote", "received"])
    para = {
        "revised": f"Our technicians have assessed your {device}. Because of [a cracked back glass|battery health below 80%|screen burn-in|a dent on the frame], we've revised our offer from £[240|310|180] to £[150|190|95]. Accept the revised offer within 7 days, or we'll return your device for free.",
        "accepted": f"Thanks for accepting our offer for your {device}. Payment will reach your bank account in 1-2 working days.",
        "repair_quote": f"We've completed the diagnostic assessment of your {device}. The repair will cost £[89|129|59] and take about [2|3|5] working days. Reply YES to approve the quote.",
        "received": f"We've received your {device}. Our team will check it within [2|3] working days and confirm your offer.",
    }[stage]
    return neg(
        ctx,
        {
            "revised": ["We've revised your trade-in offer", "Your offer has changed"],
            "accepted": ["Offer accepted - payment on its way", "Thanks for trading in"],
            "repair_quote": ["Your repair quote", "Diagnostic complete"],
            "received": ["We've received your device", "Your trade-in has arrived"],
        }[stage],
        [
            service_top(ctx, host),
            ctx.fill(para),
            ctx.fill(
                f"Order {ctx.pick(['TR', 'RP', 'MP'])}-{ctx.num(100000, 999999)}. [Track your order|Respond here]: {ctx.url(host, 'order')}"
            ),
        ],
        (shop, ctx.pick([f"orders@{host}", f"noreply@{host}", f"support@{host}"])),
        ctx.pick(["Thanks,", "Kind regards,", "Cheers,"]) + f"\nThe {shop} team",
        footer=service_footer(ctx, shop, host),
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("nn_parking_appeal", "not_job", n=NN_N)
def parking_appeal(ctx: Ctx) -> Draft:
    pcn = f"{ctx.pick(['PC', 'WK', 'BN'])}{ctx.num(10000000, 99999999)}"
    issuer = ctx.pick(
        [
            "City Council Parking Services",
            "ParkSafe Ltd",
            "Metro Transport Enforcement",
            "Retail Park Parking Management",
        ]
    )
    stage = ctx.pick(["rejected", "accepted", "received", "tribunal"])
    para = {
        "rejected": f"We have considered your challenge to Penalty Charge Notice {pcn}. Unfortunately your challenge has been rejected, as [the signage was clear|the vehicle was parked in a restricted bay|no valid ticket was displayed]. You may now pay the reduced charge of £[35|50] within 14 days, or wait for the Notice to Owner and make a formal representation.",
        "accepted": f"Thank you for your challenge to Penalty Charge Notice {pcn}. Having reviewed the evidence, we have decided to cancel the notice. No further action is needed.",
        "received": f"We have received your appeal regarding parking charge {pcn}. We aim to respond within [28|35] days; the charge is on hold until then.",
        "tribunal": f"Your appeal to the independent adjudicator about {pcn} will be decided [on the papers|at a telephone hearing on {{day}}]. The adjudicator's decision is final.",
    }[stage]
    return neg(
        ctx,
        {
            "rejected": [f"PCN {pcn}: challenge rejected", "Outcome of your challenge"],
            "accepted": [f"PCN {pcn} cancelled", "Outcome of your challenge"],
            "received": ["Your appeal has been received", f"Appeal {pcn}"],
            "tribunal": ["Your appeal to the adjudicator", f"Appeal hearing: {pcn}"],
        }[stage],
        [
            ctx.fill(para),
            ctx.pick(
                [
                    "Please quote the PCN number in all correspondence.",
                    "",
                    "This email was sent from an unmonitored mailbox.",
                ]
            ),
        ],
        (
            issuer,
            ctx.pick(
                [
                    "parking.appeals@council.example",
                    "appeals@parksafe.example",
                    "noreply@tribunal.example",
                ]
            ),
        ),
        ctx.pick(["Yours sincerely,", "Regards,"]) + f"\n{issuer}",
        greet_p=0.6,
        form=ctx.pick(["plain", "alt"]),
    )


@family("nn_dna_matches", "not_job", n=NN_N)
def dna_matches(ctx: Ctx) -> Draft:
    svc, host = ctx.pick(
        [
            ("HelixRoots", "helixroots.example"),
            ("AncestryLine", "ancestryline.example"),
            ("MyKin DNA", "mykin.example"),
        ]
    )
    stage = ctx.pick(["matches", "results", "message"])
    para = {
        "matches": "You have [3|5|12] new DNA matches, including a possible [2nd cousin|1st cousin once removed|3rd-4th cousin] who shares {n}{n}0 cM with you. See how you're connected and explore your shared ancestors.",
        "results": "Your DNA results are ready! Discover your ethnicity estimate, where your ancestors came from and the relatives we found for you.",
        "message": f"{ctx.person} sent you a message: \"Hi! We're a DNA match - I think we're related through the [O'Neill|Kowalski|Moreau] side. Would love to compare trees if you're up for it.\"",
    }[stage]
    return neg(
        ctx,
        {
            "matches": ["You have new DNA matches", "New relatives found"],
            "results": ["Your DNA results are in", "Your results are ready"],
            "message": [f"New message from {ctx.person}", "A DNA match sent you a message"],
        }[stage],
        [
            service_top(ctx, host),
            ctx.fill(para),
            ctx.fill(f"[See your matches|View results|Reply]: {ctx.url(host, 'dna')}"),
        ],
        (svc, f"noreply@{host}"),
        f"The {svc} team",
        greet_p=0.7,
        footer=service_footer(ctx, svc, host),
        form=ctx.pick(["html", "alt"]),
        bulk=True,
    )


@family("nn_citizens_assembly", "not_job", n=NN_N)
def citizens_assembly(ctx: Ctx) -> Draft:
    topic = ctx.pick(
        [
            "climate and transport",
            "the future of the high street",
            "housing in the city",
            "health and social care",
            "how the council spends its budget",
        ]
    )
    stage = ctx.pick(["invite", "selected", "not_selected", "briefing"])
    para = {
        "invite": f"Your household has been chosen at random to receive an invitation to join the Citizens' Assembly on {topic}. Anyone aged 16 or over at this address can register their interest; no experience is needed. Members receive £[150|300|450] as a thank-you for their time.",
        "selected": f"Thank you for registering. From everyone who replied, a representative group was selected by lottery - and you have been selected as a member of the Citizens' Assembly on {topic}. The first weekend session is on {{day}}.",
        "not_selected": f"Thank you for registering your interest in the Citizens' Assembly on {topic}. We had far more people register than places, and the final members were chosen by lottery to reflect the population. Unfortunately you were not selected this time.",
        "briefing": "Ahead of the first session, your facilitator will call you for a short welcome chat to answer any questions and check what support you need (travel, childcare, accessibility).",
    }[stage]
    return neg(
        ctx,
        {
            "invite": [
                "You're invited to join a Citizens' Assembly",
                "An invitation to have your say",
            ],
            "selected": [
                "You've been selected for the Citizens' Assembly",
                "Welcome to the Citizens' Assembly",
            ],
            "not_selected": ["Citizens' Assembly: selection result", "Thank you for registering"],
            "briefing": ["Before your first session", "Welcome call"],
        }[stage],
        [
            ctx.fill(para),
            ctx.pick(
                [
                    "The assembly is run independently by the Sortition Foundation on behalf of the council.",
                    "",
                    "Questions? Call our freephone line.",
                ]
            ),
        ],
        (
            ctx.pick(
                ["Citizens' Assembly Team", "Sortition Foundation", "City Council Engagement"]
            ),
            ctx.pick(["assembly@sortition.example", "haveyoursay@council.example"]),
        ),
        ctx.pick(["Best wishes,", "Kind regards,", "Thank you,"])
        + "\n"
        + ctx.pick(["The Citizens' Assembly Team", f"{ctx.person}\nEngagement Officer"]),
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("nn_course_peer_assessment", "not_job", n=NN_N)
def course_peer_assessment(ctx: Ctx) -> Draft:
    course, host = ctx.pick(
        [
            ("Intro to Data Visualisation", "learnhub.example"),
            ("Creative Writing: The Short Story", "openclass.example"),
            ("Machine Learning Foundations", "moocademy.example"),
            ("Garden Design Basics", "learnhub.example"),
        ]
    )
    stage = ctx.pick(["graded", "review_others", "resubmit", "passed"])
    para = {
        "graded": f'Your classmates have finished assessing your assignment for {course}. Score: [7|8|9|6]/10. Reviewer feedback: "[Clear structure, but the conclusion felt rushed.|Great use of colour - axis labels could be bigger.|Strong opening; the dialogue needs tightening.]"',
        "review_others": f"You're almost done! To receive your grade for week [3|4|5] of {course}, please review at least 3 of your peers' submissions by {{day}}.",
        "resubmit": f"Your submission for {course} did not reach the passing score this time. You can revise and resubmit it before the next session's deadline; your best score counts.",
        "passed": f"Congratulations! You've passed all the graded assessments in {course}. Your certificate is ready to download and share.",
    }[stage]
    return neg(
        ctx,
        {
            "graded": ["Your assignment has been graded", "Peer feedback is ready"],
            "review_others": ["Reminder: review your peers", "Action needed to get your grade"],
            "resubmit": ["Your assignment: try again", "Submission result"],
            "passed": ["You passed!", "Your course certificate"],
        }[stage],
        [
            service_top(ctx, host),
            ctx.fill(para),
            ctx.fill(f"[Go to course|See feedback|Open assignment]: {ctx.url(host, 'course')}"),
        ],
        (course if ctx.chance(0.4) else host.split(".")[0].title(), f"no-reply@{host}"),
        ctx.pick(["Happy learning,", "Keep going,", ""])
        + ("\n" if ctx.chance(0.6) else "")
        + f"The {host.split('.')[0].title()} team",
        greet_p=0.7,
        footer=service_footer(ctx, host.split(".")[0].title(), host),
        form=ctx.pick(["html", "alt"]),
        bulk=True,
    )


@family("nn_wedding_venue_enquiry", "not_job", n=NN_N)
def wedding_venue_enquiry(ctx: Ctx) -> Draft:
    venue = ctx.pick(
        ["Hartwell Barn", "The Old Rectory", "Lakeside Manor", "Villa Castellina", "The Glasshouse"]
    )
    stage = ctx.pick(["availability", "hold", "proposal", "decline"])
    para = {
        "availability": f"Thank you so much for your enquiry about getting married at {venue}! Congratulations to you both. Good news: [Saturday 14 June|Friday 5 September|Saturday 2 May] is still available. Our wedding coordinator would love to show you around - would {{day}} suit for a viewing?",
        "hold": f"As promised, we've put a provisional hold on your date at {venue} for [7|10|14] days. To confirm, we just need the signed booking form and the deposit.",
        "proposal": f"Lovely to meet you both at {venue} yesterday. As discussed, I've attached a tailored proposal for [80|120|150] guests, including the drinks package and the evening food. This offer is valid until {{day}}.",
        "decline": f"Thank you for thinking of {venue}. Unfortunately your date is already booked, but we do still have [a Friday|a Sunday|two weekday dates] that month - let me know if you'd like to hear about them.",
    }[stage]
    coord = ctx.person
    return neg(
        ctx,
        {
            "availability": [f"Your wedding enquiry - {venue}", "Re: wedding date availability"],
            "hold": ["Provisional hold on your date", f"{venue}: your date is held"],
            "proposal": ["Your wedding proposal", f"{venue} - tailored proposal"],
            "decline": ["Re: your enquiry", f"{venue}: date availability"],
        }[stage],
        [
            ctx.fill(para),
            ctx.pick(
                [
                    "Any questions at all, just give me a call.",
                    "",
                    "We can't wait to hear from you!",
                ]
            ),
        ],
        (
            f"{coord} | {venue}",
            ctx.pick(
                [
                    "events@hartwellbarn.example",
                    "weddings@oldrectory.example",
                    "hello@lakesidemanor.example",
                    "info@villacastellina.example",
                ]
            ),
        ),
        ctx.pick(["Warm wishes,", "Best wishes,", "Kind regards,"])
        + f"\n{coord}\nWedding Coordinator, {venue}",
        form=ctx.pick(["html", "alt", "plain"]),
    )
