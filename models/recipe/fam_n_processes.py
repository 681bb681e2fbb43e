"""Hard negatives, session 9: applications, checks and assessments outside work.

A trademark office's examiner, a driving test, a blood and stem-cell donor register, a foster
agency's assessment, a bank's account-opening checks, a background check to coach a kids'
team, the reader standing for election, a restaurant's waitlist, a makerspace induction, an
e-signature envelope for a lease or a car, a matchmaking agency's intake interview: status
updates, "next steps", "assessment", "background check", "candidate", "please review and
sign", in mail that is no job application of the reader's.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Calendar, Ctx, Draft, family
from n_kit import MOBILE, NN_N, at, neg, private, service_footer, service_top


@family("nn_trademark_office", "not_job", n=NN_N)
def trademark_office(ctx: Ctx) -> Draft:
    mark = ctx.pick(
        [
            "LOAFLY",
            "Bramble & Bee",
            "KITEWORKS",
            "Nordhaven Ceramics",
            "PAWSOME PANTRY",
            "Tidy Tortoise",
        ]
    )
    serial = (
        f"{ctx.num(97, 99)}{ctx.num(100000, 999999)}"
        if ctx.chance(0.5)
        else f"UK000{ctx.num(3800000, 3999999)}"
    )
    stage = ctx.pick(["action", "accepted", "received", "attorney"])
    para = {
        "action": f"An examining attorney has reviewed your trademark application for {mark} (serial {serial}) and issued an office action. You must respond within [three months|six months|two months] or the application will be abandoned.",
        "accepted": f"Your application to register {mark} ({serial}) has been examined and accepted. It will be published for opposition on {{day}}; if nobody opposes it within two months, the mark will be registered.",
        "received": f"We have received your application to register the trade mark {mark}. Your application number is {serial}. An examiner will assess it in about [eight|twelve|six] weeks.",
        "attorney": f"Quick update on the {mark} filing: the examiner has come back with a [likelihood-of-confusion refusal|request to narrow the description of goods|question about the specimen]. It's common and usually fixable - can we set up a 20-minute call {{day}} to go through the options?",
    }[stage]
    if stage == "attorney":
        sender = (
            ctx.person,
            at(ctx, ctx.pick(["brightmarkip.example", "hollowaylaw.example", "ipcounsel.example"])),
        )
        sign = ctx.pick(["Best regards,", "Kind regards,"]) + f"\n{ctx.person}\nTrade Mark Attorney"
    else:
        sender = ctx.pick(
            [
                ("Trademark Center", "teas@uspto.example"),
                ("Intellectual Property Office", "tm.notifications@ipo.example"),
                ("EUIPO", "noreply@euipo.example"),
            ]
        )
        sign = ctx.pick(
            [
                "Trademark Examining Operation",
                "Trade Marks Examination",
                "Intellectual Property Office",
            ]
        )
    return neg(
        ctx,
        [
            f"Official notice: trademark application {serial}",
            f"{mark}: application status update",
            f"Re: {mark} trademark - examiner's report",
            f"Your trade mark application {serial}",
        ],
        [
            ctx.fill(para),
            ctx.pick(
                [
                    "Check the status of your application online with your serial number.",
                    "This is an official notice; keep it for your records.",
                    "",
                ]
            ),
        ],
        sender,
        sign,
        greet_p=0.5 if stage != "attorney" else 0.9,
        form=ctx.pick(["plain", "alt"]),
    )


@family("nn_driving_test", "not_job", n=NN_N)
def driving_test(ctx: Ctx) -> Draft:
    stage = ctx.pick(["booked", "passed", "failed", "instructor", "theory"])
    centre = ctx.pick(["Hillside", "Northgate", "Riverside", "Westfield", "Eastbrook"])
    para = {
        "booked": f"Your practical driving test is booked for {{day}} at {{time}} at {centre} test centre. Bring your provisional licence; the examiner will ask you to read a number plate before the test starts.",
        "passed": "Congratulations on passing your driving test! Your examiner's report shows [2|3|4|no] driving faults. Your full licence will arrive within three weeks.",
        "failed": f"Your driving test at {centre} on {{day}}: result - not passed ([1 serious fault|1 dangerous fault|16 driving faults]). You can book another test from [10 working days|two weeks] after today. The examiner's feedback is attached.",
        "instructor": "hiya! just confirming your lesson {day} at {time}, I'll pick you up from home as usual. we'll do a mock test on the routes round the test centre, your test is only 2 weeks away so nearly there!",
        "theory": "Your theory test result: pass. You scored [47|45|50] out of 50 on multiple choice and [58|61|69] out of 75 on hazard perception. Your pass certificate is valid for two years.",
    }[stage]
    if stage == "instructor":
        sender = ctx.pick(
            [private(ctx), (f"{ctx.person_first}'s Driving School", at(ctx, "learn2drive.example"))]
        )
        sign = ctx.pick(MOBILE) or ctx.person_first
    else:
        sender = ctx.pick(
            [
                ("Driving Test Booking", "noreply@drivingtest.example"),
                ("DVSA", "donotreply@dvsa.example"),
                ("Licensing Agency", "tests@licensing.example"),
            ]
        )
        sign = ctx.pick(["Driving and Vehicle Standards", "Driving test service", ""])
    return neg(
        ctx,
        {
            "booked": [
                "Your driving test booking",
                "Confirmation of your practical test",
                "Test appointment confirmed",
            ],
            "passed": ["Driving test result", "Your driving test: pass"],
            "failed": ["Driving test result", "Your practical test result"],
            "instructor": ["lesson tmrw", "Lesson {day}", "re: mock test"],
            "theory": ["Your theory test result", "Theory test: result"],
        }[stage],
        [
            ctx.fill(para),
            ""
            if stage == "instructor"
            else ctx.pick(
                [
                    "Cancel or change your test at least 3 working days before or you'll lose the fee.",
                    "Your car must be roadworthy and display L plates.",
                    "",
                ]
            ),
        ],
        sender,
        sign,
        greet_p=0.7,
        form=ctx.pick(["plain", "alt", "html"]),
    )


@family("nn_donor_register", "not_job", n=NN_N)
def donor_register(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Blood Service", "blood.example"),
            ("Stem Cell Register", "stemcellregister.example"),
            ("Plasma Centre", "plasmacentre.example"),
            ("Bone Marrow Donor Programme", "marrowmatch.example"),
        ]
    )
    stage = ctx.pick(["appt", "match", "screening", "thanks"])
    para = {
        "appt": "Your donation appointment is confirmed for {day} at {time} at {city} Donor Centre. Please eat a good meal and drink plenty of water beforehand.",
        "match": "You've been identified as a potential match for a patient who needs a stem cell transplant. The next step is a short health questionnaire and a blood test to confirm the match. Can we call you {day} to talk it through?",
        "screening": "Before you donate we ask every donor a few health screening questions. Please complete the online questionnaire before your appointment; a nurse will go through it with you in a short private interview.",
        "thanks": "Thank you for joining the register! Your application has been approved and your swab kit is on its way. Most people on the register are never called, but if you are, you could save a life.",
    }[stage]
    return neg(
        ctx,
        {
            "appt": ["Your donation appointment", "Appointment reminder: {day}"],
            "match": ["You could be a match", "Urgent: you may be a match for a patient"],
            "screening": [
                "Important: please complete your health questionnaire",
                "Before your donation",
            ],
            "thanks": ["Welcome to the register", "Your application to join the register"],
        }[stage],
        [
            service_top(ctx, host),
            ctx.fill(para),
            ctx.pick(
                [
                    "To change your appointment, use the app or call 0300 123 23 23.",
                    "Thank you for being a donor.",
                    "",
                ]
            ),
        ],
        (org, ctx.pick([f"donor@{host}", f"noreply@{host}", f"appointments@{host}"])),
        ctx.pick(["Thank you,", "With gratitude,", "Best wishes,"]) + f"\n{org} team",
        footer=service_footer(ctx, org, host),
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("nn_foster_assessment", "not_job", n=NN_N)
def foster_assessment(ctx: Ctx) -> Draft:
    agency = ctx.pick(
        [
            "Brightpath Fostering",
            "County Council Fostering Team",
            "Hearth Family Placement",
            "Kinship Adoption Agency",
        ]
    )
    stage = ctx.pick(["visit", "panel", "training", "received"])
    para = {
        "visit": "Thank you for your enquiry about fostering with us. The next step is an initial home visit with one of our social workers - it's a relaxed conversation about your home, your family and why you'd like to foster. Would {day} at {time} suit you both?",
        "panel": "Your assessment is nearly complete! Your social worker has finished the Form F report and your application is booked for the fostering panel on {day}. The panel will ask you a few questions; most carers say it's less daunting than they expected.",
        "training": "Please book your place on the Skills to Foster preparation course, which every applicant completes during the assessment. The next course runs over three Saturdays starting {day}.",
        "received": "We've received your application to become foster carers. Over the next [four to six|six to eight] months we'll get to know you through visits, references and checks (including a DBS check for everyone over 18 in the household).",
    }[stage]
    sw = ctx.person
    return neg(
        ctx,
        {
            "visit": ["Next steps: home visit", "Your fostering enquiry"],
            "panel": ["Fostering panel date", f"{agency}: your assessment"],
            "training": ["Skills to Foster course", "Preparation training"],
            "received": ["Your fostering application", "Application received"],
        }[stage],
        [
            ctx.fill(para),
            ctx.pick(
                [
                    "If you have any questions at all, just give me a ring.",
                    "We're here to support you through every step.",
                    "",
                ]
            ),
        ],
        (
            sw,
            at(
                ctx,
                ctx.pick(["brightpathfostering.example", "county.gov.example", "hearthfp.example"]),
            ),
        ),
        ctx.pick(["Warm regards,", "Kind regards,", "Best wishes,"])
        + f"\n{sw}\n"
        + ctx.pick(
            [
                "Supervising Social Worker",
                "Assessing Social Worker",
                "Recruitment and Assessment Team",
            ]
        )
        + f"\n{agency}",
        form=ctx.pick(["plain", "alt", "html"]),
    )


@family("nn_bank_account_checks", "not_job", n=NN_N)
def bank_account_checks(ctx: Ctx) -> Draft:
    bank, host = ctx.pick(
        [
            ("Pebble Bank", "pebblebank.example"),
            ("Fjord", "fjordmoney.example"),
            ("Orbit Business Banking", "orbitbiz.example"),
            ("Hearthstone Credit Union", "hearthstonecu.example"),
        ]
    )
    stage = ctx.pick(["review", "docs", "approved", "declined"])
    para = {
        "review": "Thanks for applying for an account. We're reviewing your application - this usually takes [one|two|three] working days. We'll email you as soon as there's an update.",
        "docs": "We need a bit more information to finish verifying your identity. Please upload [a recent utility bill|proof of address dated within 3 months|a selfie holding your ID] in the app. Until then your application is on hold.",
        "approved": "Good news - your application has been approved and your account is open! Your card will arrive in 3-5 working days.",
        "declined": "Thank you for your application. After careful consideration we're unable to open an account for you at this time. This decision was based on our internal checks and doesn't affect your credit score.",
    }[stage]
    return neg(
        ctx,
        {
            "review": ["Your application is being reviewed", "We've got your application"],
            "docs": ["Action needed: verify your identity", "We need a few more details"],
            "approved": ["Welcome to " + bank, "Your account is open"],
            "declined": ["An update on your application", "Your account application"],
        }[stage],
        [
            service_top(ctx, host),
            ctx.fill(para),
            ctx.pick(
                [
                    "We will never ask for your PIN or password by email.",
                    "Questions? Chat with us in the app 24/7.",
                    "",
                ]
            ),
        ],
        (bank, ctx.pick([f"hello@{host}", f"no-reply@{host}", f"onboarding@{host}"])),
        ctx.pick(["Thanks,", "Best,", "Kind regards,"]) + f"\nThe {bank} team",
        footer=service_footer(ctx, bank, host)
        + ctx.pick(["", f"\n\n{bank} is authorised by the Prudential Regulation Authority."]),
        form=ctx.pick(["html", "alt"]),
        bulk=ctx.chance(0.3),
    )


@family("nn_volunteer_background_check", "not_job", n=NN_N)
def volunteer_background_check(ctx: Ctx) -> Draft:
    club = ctx.pick(
        [
            "Millbrook Juniors FC",
            "St Mark's Youth Group",
            "Riverside Swim Club",
            "the PTA reading volunteers",
            "Little League East",
            "Scouts 4th Troop",
        ]
    )
    stage = ctx.pick(["start", "chase", "clear", "safeguarding"])
    para = {
        "start": f"Thanks for offering to help coach with {club}! Everyone working with under-18s needs a background check (DBS/PVG) before their first session. Please complete the online application using the link below and bring two forms of ID to the clubhouse.",
        "chase": f"Friendly reminder: your volunteer background check for {club} is still incomplete. We can't add you to the coaching rota until it's cleared.",
        "clear": f"Your background check has come back clear, so you're all set to volunteer with {club}. Welcome aboard - see you at training {{day}}!",
        "safeguarding": "All new volunteers need to complete the online safeguarding course (about 90 minutes) and upload the certificate. After that we'll pair you with an experienced coach for your first few sessions.",
    }[stage]
    return neg(
        ctx,
        {
            "start": ["Volunteer background check", "Re: helping out on Saturdays"],
            "chase": ["DBS check - action needed", f"{club}: volunteer checks"],
            "clear": ["Background check cleared", "Re: helping out on Saturdays"],
            "safeguarding": ["Safeguarding training", "Before your first session"],
        }[stage],
        [
            ctx.fill(para),
            ctx.fill(f"[Application link|Start here]: {ctx.url('checks.example', 'volunteer')}")
            if stage in ("start", "chase")
            else "",
            ctx.pick(["Thanks for giving up your time!", "Any questions, just reply.", ""]),
        ],
        ctx.pick([private(ctx), (f"{club} Welfare Officer", at(ctx, "clubmail.example"))]),
        ctx.pick(["Thanks,", "Cheers,", "Best,"])
        + f"\n{ctx.person_first}\n"
        + ctx.pick(["Club Welfare Officer", "Volunteer coordinator", "Safeguarding lead"]),
        form=ctx.pick(["plain", "plain", "html"]),
    )


@family("nn_election_candidate", "not_job", n=NN_N)
def election_candidate(ctx: Ctx) -> Draft:
    body_ = ctx.pick(
        [
            "the Parish Council",
            "the School Board",
            "the Students' Union",
            "the Tenants' Association",
            "the union branch committee",
            "the Residents' Association",
        ]
    )
    stage = ctx.pick(["valid", "briefing", "result_no", "result_yes"])
    para = {
        "valid": f"Your nomination papers for the election to {body_} have been checked and are valid. You are now formally a candidate. The statement of persons nominated will be published on {{day}}.",
        "briefing": f"All candidates for {body_} are invited to a candidates' briefing on {{day}} at {{time}}. We'll cover campaigning rules, expenses and the count. Please also send your 150-word candidate statement by Friday.",
        "result_no": f"Thank you for standing in the {body_} election. I'm sorry to let you know that you were not elected this time; the full results are attached. Thank you for taking part - a contested election is good for everyone.",
        "result_yes": f"Congratulations - you have been elected to {body_}! Your declaration of acceptance of office must be signed before your first meeting on {{day}}.",
    }[stage]
    return neg(
        ctx,
        {
            "valid": ["Election: your nomination", f"Election to {body_}: nomination valid"],
            "briefing": ["Candidates' briefing", "Your candidate statement"],
            "result_no": ["Declaration of result", f"Election to {body_}: result"],
            "result_yes": ["Declaration of result", "Congratulations"],
        }[stage],
        [
            ctx.fill(para),
            ctx.pick(
                [
                    "Please keep a record of all campaign spending.",
                    "Polling stations open 7am-10pm.",
                    "",
                ]
            ),
        ],
        ctx.pick(
            [
                ("Elections Office", "elections@council.example"),
                ("Returning Officer", "returning.officer@vote.example"),
                (ctx.person, at(ctx, "studentsunion.example")),
            ]
        ),
        ctx.pick(["Yours sincerely,", "Kind regards,", "Regards,"])
        + "\n"
        + ctx.pick(["Returning Officer", "Deputy Returning Officer", "Elections Team", ctx.person]),
        form=ctx.pick(["plain", "alt"]),
    )


@family("nn_restaurant_waitlist", "not_job", n=NN_N)
def restaurant_waitlist(ctx: Ctx) -> Draft:
    place = ctx.pick(
        [
            "Osteria Lume",
            "The Copper Pot",
            "Sakana Bar",
            "Maison Verte",
            "Fable & Fork",
            "Taqueria Sol",
        ]
    )
    host = ctx.pick(["tablenotify.example", "resyish.example", "dinebook.example"])
    stage = ctx.pick(["offer", "confirmed", "expired", "joined"])
    para = {
        "offer": f"Good news! A table for [2|4|3] at {place} just opened up for {{day}} at [7:30|8:15|6:45] pm. This offer is held for you for [10|15] minutes - claim it before it goes to the next person on the waitlist.",
        "confirmed": f"You're booked! {place}, {{day}}, party of [2|4|6]. Need to cancel? Please let us know 24 hours ahead.",
        "expired": f"The table offer at {place} has expired and was offered to the next guest. You're still on the waitlist for other times.",
        "joined": f"You've joined the waitlist at {place} for {{day}}. We'll notify you if a table becomes available.",
    }[stage]
    return neg(
        ctx,
        {
            "offer": ["A table just opened up!", "Claim your table"],
            "confirmed": [f"You're confirmed at {place}", "Reservation confirmed"],
            "expired": ["Your waitlist offer expired", f"Waitlist: {place}"],
            "joined": [f"Waitlist: {place}", "You're on the waitlist"],
        }[stage],
        [ctx.fill(para), ctx.fill(f"{ctx.url(host, 'reservation')}")],
        (ctx.pick([place, "TableNotify", "Dinebook"]), f"notify@{host}"),
        "",
        greet_p=0.5,
        footer=service_footer(ctx, "Dinebook Inc", host),
        form=ctx.pick(["html", "alt"]),
        bulk=True,
    )


@family("nn_makerspace_induction", "not_job", n=NN_N)
def makerspace_induction(ctx: Ctx) -> Draft:
    space, shost = ctx.pick(
        [
            ("Forge Makerspace", "forgemakers.example"),
            ("the Community Woodshop", "woodshop.example"),
            ("Boulder Barn Climbing", "boulderbarn.example"),
            ("Clayworks Studio", "clayworks.example"),
            ("the Library Fab Lab", "citylibrary.example"),
        ]
    )
    tool = ctx.pick(
        [
            "laser cutter",
            "table saw",
            "lead climbing",
            "pottery wheel",
            "3D printers",
            "welding bay",
        ]
    )
    stage = ctx.pick(["booked", "passed", "membership", "failed"])
    para = {
        "booked": f"Your {tool} induction at {space} is booked for {{day}} at {{time}}. Wear closed-toe shoes and tie back long hair. The session lasts about [90 minutes|an hour] and ends with a short practical assessment.",
        "passed": f"Well done - you passed your {tool} assessment! It's now unlocked on your member card, so you can book it in the app.",
        "membership": f"Thanks for applying for membership at {space}. Your application has been approved. Your first step is the general safety induction; after that you can sign up for tool inductions.",
        "failed": f"Thanks for coming to the {tool} assessment. You're nearly there, but we'd like you to do one more supervised session before we sign you off - [belay technique|feed speed|clamping] needs a little more practice. No extra charge.",
    }[stage]
    return neg(
        ctx,
        {
            "booked": [f"Induction booked: {tool}", "Your induction"],
            "passed": ["Assessment result", f"{tool} unlocked"],
            "membership": [f"{space}: membership application", f"Welcome to {space}"],
            "failed": ["Assessment result", "Your induction"],
        }[stage],
        [
            ctx.fill(para),
            ctx.pick(
                [
                    "Questions? Ask any steward on the floor.",
                    "Please read the space rules before your visit.",
                    "",
                ]
            ),
        ],
        (
            space.removeprefix("the ").title() if ctx.chance(0.6) else ctx.person,
            ctx.pick([f"hello@{shost}", f"bookings@{shost}", at(ctx, shost)]),
        ),
        ctx.pick(["See you soon,", "Cheers,", "Thanks,"])
        + "\n"
        + ctx.pick([f"{ctx.person_first}, steward", f"The {space.removeprefix('the ')} team"]),
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("nn_esign_personal", "not_job", n=NN_N)
def esign_personal(ctx: Ctx) -> Draft:
    doc, sender_org = ctx.pick(
        [
            ("Tenancy Renewal Agreement - Flat 3", "Parkside Lettings"),
            ("Vehicle Purchase Agreement", "Autohaus Lindner"),
            ("Wedding Photography Contract", "Fern & Light Photography"),
            ("School Trip Consent Form", "Oakridge School"),
            ("Kitchen Renovation Quote and Terms", "Cedar Joinery"),
            ("Boarding Agreement - Biscuit", "Happy Tails Kennels"),
        ]
    )
    tool, host = ctx.pick(
        [
            ("DocuSign", "docusign.example"),
            ("Dropbox Sign", "hellosign.example"),
            ("Adobe Acrobat Sign", "echosign.example"),
        ]
    )
    stage = ctx.pick(["sign", "reminder", "done"])
    para = {
        "sign": f"{ctx.person} ({sender_org}) sent you a document to review and sign: {doc}.",
        "reminder": f"Reminder: {doc} is waiting for your signature. It expires {{day}}.",
        "done": f"All parties have completed {doc}. A copy of the signed document is attached.",
    }[stage]
    note = ctx.pick(
        [
            "",
            f"Message from {ctx.person_first}: "
            + ctx.pick(
                [
                    "Hi, here's the paperwork as discussed, any questions just call.",
                    "Please sign by Friday so we can confirm the booking.",
                    "Both of you need to sign, thanks!",
                ]
            ),
        ]
    )
    return neg(
        ctx,
        {
            "sign": [
                f"Please {tool}: {doc}"
                if tool == "DocuSign"
                else f"{ctx.person} requests your signature on {doc}",
                f"{doc} - signature requested",
            ],
            "reminder": [f"Reminder: {doc}"],
            "done": [f"Completed: {doc}"],
        }[stage],
        [
            ctx.fill(para),
            note,
            ctx.fill(
                f"[REVIEW DOCUMENT|Review and sign|View completed document]: {ctx.url(host, 'envelope')}"
            ),
            f"Do not share this email. {tool} is a secure way to sign documents electronically.",
        ],
        (f"{ctx.person} via {tool}", f"dse@{host}"),
        "",
        greet_p=0.3,
        footer=service_footer(ctx, tool, host),
        form=ctx.pick(["html", "alt"]),
    )


@family("nn_matchmaking_intake", "not_job", n=NN_N)
def matchmaking_intake(ctx: Ctx) -> Draft:
    agency = ctx.pick(
        [
            "Kindred Introductions",
            "Two Hearts Matchmaking",
            "The Selective Circle",
            "Lark & Co. Matchmakers",
        ]
    )
    stage = ctx.pick(["intake", "proposal", "feedback"])
    para = {
        "intake": f"Thank you for your application to {agency}. I'd love to get to know you in a personal interview - about an hour, over coffee or video - so we understand what you're looking for. Would {{day}} at {{time}} work?",
        "proposal": "I have an introduction I think you'll like: [a teacher|an architect|a doctor|a musician], [34|38|41|29], who loves [hiking|cooking|jazz|travel]. Profile attached - let me know if you're happy for me to share yours.",
        "feedback": "Thank you for meeting [Daniel|Sophie|Marco|Aisha] last week. They enjoyed the evening but didn't feel a romantic connection, so we won't arrange a second date. I'll keep looking - I have a couple of ideas already.",
    }[stage]
    return neg(
        ctx,
        {
            "intake": [f"{agency}: your personal interview", "Next steps with " + agency],
            "proposal": ["An introduction for you", "Someone I'd like you to meet"],
            "feedback": ["Feedback from your date", "After Thursday"],
        }[stage],
        [ctx.fill(para), ctx.pick(["Everything you share with us is confidential.", ""])],
        (
            f"{ctx.person} | {agency}",
            at(
                ctx,
                ctx.pick(["kindredintros.example", "twohearts.example", "selectivecircle.example"]),
            ),
        ),
        ctx.pick(["Warmly,", "With best wishes,", "Speak soon,"])
        + f"\n{ctx.person_first}\nSenior Matchmaker, {agency}",
        form=ctx.pick(["plain", "html", "alt"]),
        calendar=Calendar(f"Intro call - {agency}", ctx.future(2, 9), 45)
        if stage == "intake" and ctx.chance(0.3)
        else None,
    )
