"""Hard negatives from the rest of life that borrow hiring words: admissions decisions, a
school place, apartment viewings, volunteer and sports-club selections, event and dating RSVPs,
course certificates, an app-store review of the reader's own app, grant and visa decisions.

"We're pleased to offer you a place", "your application was not successful", "invitation to a
viewing", "you've been selected for the squad": the words of a job decision about something
that is not a job.
"""

# ruff: noqa: E501

from __future__ import annotations

from kit import Calendar, Ctx, Draft, family
from zc_kit import ZC_N, addr_at, neg, personal, unsub


@family("zc_admissions_decision", "not_job", n=ZC_N)
def admissions_decision(ctx: Ctx) -> Draft:
    uni, dom = ctx.pick(
        [
            ("Hollis University", "hollis.edu"),
            ("University of Eastmoor", "eastmoor.ac.uk"),
            ("Calder Institute of Technology", "calder.edu"),
            ("Northfield College", "northfield.edu"),
        ]
    )
    prog = ctx.pick(
        [
            "MSc Data Science",
            "MBA (Full-time)",
            "MA Urban Planning",
            "PhD in Computer Science",
            "Master of Public Health",
            "LLM International Law",
        ]
    )
    outcome = ctx.pick(["admit", "waitlist", "deny"])
    para = {
        "admit": f"Congratulations! On behalf of the admissions committee, I am delighted to offer you admission to the {prog} programme starting [September|January] 2027. [You have also been awarded a partial scholarship.|]",
        "waitlist": f"Thank you for your application to the {prog}. The committee has placed you on the waitlist; we will contact you if a place becomes available, usually by [May|June].",
        "deny": f"Thank you for your interest in the {prog}. We received many strong applications this year and, after careful review, we are unable to offer you a place.",
    }[outcome]
    nxt = {
        "admit": "To accept your offer, pay the deposit in the applicant portal by {day}. An offer-holder day is on {day}; you can book an interview with a current student there too.",
        "waitlist": "Please let us know in the applicant portal whether you wish to remain on the waitlist.",
        "deny": "We wish you every success in your studies and hope you will consider us again in future.",
    }[outcome]
    return neg(
        ctx,
        [
            "Your admission decision",
            f"{prog}: application decision",
            "An update on your application to " + uni,
            "Your decision letter is available",
            "Offer of admission",
        ],
        [ctx.fill(para), ctx.fill(nxt)],
        (
            f"{uni} Admissions",
            ctx.pick([f"admissions@{dom}", f"gradadmissions@{dom}", f"noreply@apply.{dom}"]),
        ),
        ctx.fill(
            f"[Sincerely|Warm regards|With best wishes],\n{{person}}\nDirector of [Admissions|Graduate Admissions], {uni}"
        ),
        form=ctx.pick(["html", "alt"]),
    )


@family("zc_school_place", "not_job", n=ZC_N)
def school_place(ctx: Ctx) -> Draft:
    school = ctx.pick(
        [
            "Meadowbank Primary",
            "St Anne's Infant School",
            "Riverside Academy",
            "Oak Hill Elementary",
        ]
    )
    paras = [
        ctx.para(
            f"We are pleased to offer your child a place at {school} for September 2027. This is your [first|second|third] preference school.",
            f"Your application for a [Reception|Year 7|kindergarten] place has been processed. Unfortunately we cannot offer a place at {school}; your child has been added to its waiting list at position [4|11|23].",
            f"Thank you for your in-year transfer application. {school} has a place available and would like to invite you to a short meeting with the head teacher on {{day}}.",
        ),
        ctx.para(
            "Please accept or decline this offer online by {day}. If you want to appeal, the deadline is in the attached letter.",
            "You can also apply for free school meals and the breakfast club in the parent portal.",
        ),
    ]
    return neg(
        ctx,
        [
            "School place offer",
            "Your school application outcome",
            "National Offer Day: your result",
            f"Admission to {school}",
            "School admissions decision",
        ],
        paras,
        ctx.pick(
            [
                ("School Admissions Team", "admissions@council.example.gov.uk"),
                (
                    school,
                    "office@" + school.lower().replace(" ", "").replace("'", "") + ".example.org",
                ),
            ]
        ),
        "School Admissions Team" if ctx.chance(0.5) else "The School Office",
    )


@family("zc_apartment_viewing", "not_job", n=ZC_N)
def apartment_viewing(ctx: Ctx) -> Draft:
    flat = ctx.pick(
        [
            "2-bed on Alder Street",
            "the studio at 14 Quay Road",
            "the 1BR on Linden Ave",
            "Apartment 3B, Harbour View",
            "the loft on Mercer St",
        ]
    )
    paras = [
        ctx.para(
            f"Thanks for your enquiry about {flat}. We'd like to invite you to a viewing on {{day}} at {{time}}.",
            f"Good news - the landlord has shortlisted your application for {flat} and would like to meet you at a second viewing [on {{day}}|this weekend].",
            f"Your rental application for {flat} has been [approved|declined|received]. [Please sign the lease and pay the holding deposit within 48 hours.|The landlord has chosen another applicant.|We'll run the referencing and credit check next.]",
        ),
        ctx.para(
            "Please bring photo ID and proof of income (last 3 payslips or an employment contract).",
            "It's a group viewing, so please arrive on time. Reply to confirm your slot or pick another one.",
            "Parking is available on the street. Ring flat 1 and I'll come down.",
        ),
    ]
    sender = ctx.pick(
        [
            (
                ctx.person,
                addr_at(ctx, ctx.pick(["brickandkey.co.uk", "urbannest.com", "havenlets.com"])),
            ),
            personal(ctx),
            ("Rightmove Lettings", "noreply@lettings.example.co.uk"),
        ]
    )
    return neg(
        ctx,
        [
            "Viewing invitation",
            f"Viewing: {flat}",
            "Re: your enquiry",
            "Your rental application",
            "Second viewing?",
            "Confirm your viewing slot",
        ],
        paras,
        sender,
        ctx.fill(
            "[Kind regards|Thanks|Best],\n{person}\n[Lettings Negotiator|Property Manager|Leasing Agent|Landlord]"
        ),
        calendar=Calendar("Viewing - " + flat, ctx.future(), 20, location=flat)
        if ctx.chance(0.3)
        else None,
    )


@family("zc_volunteer_shift", "not_job", n=ZC_N)
def volunteer_shift(ctx: Ctx) -> Draft:
    org = ctx.pick(
        [
            "Riverside Food Bank",
            "Green Corridor Trust",
            "City Marathon 2027",
            "Harbour Animal Rescue",
            "Little Free Library Network",
            "Night Shelter Network",
        ]
    )
    paras = [
        ctx.para(
            f"Thank you for applying to volunteer with {org}! Your application has been approved and we'd love to welcome you to an orientation session on {{day}} at {{time}}.",
            "We still have gaps on the rota for {day} - could you take a [morning|afternoon|evening] shift ([9-12|1-4|6-9])?",
            f"Welcome to the team at {org}. Before your first shift we need a quick DBS/background check and a signed volunteer agreement.",
        ),
        ctx.para(
            "Wear comfy shoes; we provide gloves, a T-shirt and snacks. [Parking is behind the church hall.|Meet at the blue gate.]",
            "Reply to this email or sign up on the volunteer portal. Shifts are first come, first served.",
            "Thank you for giving your time - last month our volunteers [sorted 4 tonnes of food|planted 300 trees|walked 120 dogs].",
        ),
    ]
    return neg(
        ctx,
        [
            "Welcome to the volunteer team!",
            "Volunteer orientation on {day}",
            "Can you help this weekend?",
            "Your volunteer application",
            "Shift rota: gaps to fill",
        ],
        paras,
        ctx.pick(
            [
                (f"{org} Volunteers", "volunteers@" + org.lower().replace(" ", "") + ".org"),
                personal(ctx),
            ]
        ),
        ctx.fill(
            f"[Thanks so much|With gratitude|Cheers],\n{{pfirst}}\nVolunteer Coordinator, {org}"
        ),
        bulk=ctx.chance(0.4),
    )


@family("zc_sports_trial", "not_job", n=ZC_N)
def sports_trial(ctx: Ctx) -> Draft:
    club = ctx.pick(
        [
            "Eastside Rovers FC",
            "Harbour City Rowing Club",
            "Northgate Netball",
            "Valley Ultimate Frisbee",
            "Ironbridge Rugby Club",
            "Lakeside Volleyball",
        ]
    )
    paras = [
        ctx.para(
            f"Thanks for signing up for trials at {club}. Your trial session is on {{day}} at {{time}} - please arrive 20 minutes early to warm up.",
            "Great news: after the trials the coaching team has selected you for the [first team|development squad|league roster] for the 2027 season!",
            "Thank you for coming to trials. It was a very competitive intake and unfortunately we can't offer you a squad place this season, but our social sessions are open to everyone.",
        ),
        ctx.para(
            "Bring [boots and shin pads|your own racket|water and trainers], and fill in the medical form before you come.",
            "Membership fees are due by {day}. Training is Tuesdays and Thursdays 7-9pm.",
            "Any questions, just reply to this email or message the team WhatsApp.",
        ),
    ]
    return neg(
        ctx,
        [
            "Trials this week",
            "Your trial session",
            "Squad selection",
            "Trial result",
            f"{club}: 2027 season",
        ],
        paras,
        ctx.pick(
            [(club, "secretary@" + club.lower().replace(" ", "") + ".example.org"), personal(ctx)]
        ),
        ctx.fill(
            f"[Cheers|See you on the pitch|Best],\n{{pfirst}}\n[Head Coach|Club Secretary|Captain], {club}"
        ),
    )


@family("zc_event_rsvp", "not_job", n=ZC_N)
def event_rsvp(ctx: Ctx) -> Draft:
    ev = ctx.pick(
        [
            "Singles Supper Club",
            "Speed Dating: 30s & 40s",
            "Board Game Social",
            "Jazz Night at The Vault",
            "Founders & Friends Mixer",
            "Book Club Meetup",
        ]
    )
    paras = [
        ctx.para(
            f"You're going to {ev}! Your RSVP is confirmed for {{day}} at {{time}}.",
            f"Your application to join {ev} has been approved - our hosts review every profile to keep the group balanced.",
            f"Good news: a spot opened up and you're off the waitlist for {ev}.",
        ),
        ctx.para(
            "Venue: [The Copper Room|Loft 22|Café Meridian], {city}. Show your ticket QR code at the door.",
            "Can't make it? Please cancel so someone on the waitlist can take your place.",
            "Dress code: smart casual. First drink is on us.",
        ),
    ]
    host = ctx.pick(
        [
            ("Eventbrite", "noreply@order.eventbrite.com"),
            ("Meetup", "info@meetup.com"),
            ("Lumen Socials", "hello@lumensocials.example.com"),
            ("Luma", "notifications@lu.ma"),
        ]
    )
    return neg(
        ctx,
        [
            f"You're in: {ev}",
            "Your RSVP is confirmed",
            "Your ticket for " + ev,
            "You're off the waitlist!",
            "Application approved - see you there",
        ],
        paras,
        host,
        f"See you there!\n{host[0]}",
        footer=unsub(ctx, host[0], "San Francisco, CA"),
        bulk=True,
        form=ctx.pick(["html", "alt"]),
        calendar=Calendar(ev, ctx.future(), 120) if ctx.chance(0.3) else None,
    )


@family("zc_dating_app", "not_job", n=ZC_N)
def dating_app(ctx: Ctx) -> Draft:
    app = ctx.pick(["Kindred", "Spark", "Hinge", "Bumble", "Tandem Hearts"])
    paras = [
        ctx.para(
            "[Maya|Jonas|Leila|Marcus] wants to meet you! You matched [2 days ago|yesterday] - say hi before the match expires.",
            "Your profile has been reviewed and approved. Complete your prompts to get up to 3x more matches.",
            "[Sofia|Ethan|Camille] accepted your date invitation for {day} at {time}. Don't be late!",
            "Your profile didn't pass our review: photos must clearly show your face. Please update them and resubmit.",
        ),
        ctx.maybe(
            ctx.fill(
                "[Upgrade to Premium to see who liked you.|Tip: ask about their weekend plans.]"
            ),
            0.6,
        ),
    ]
    return neg(
        ctx,
        [
            "You have a new match!",
            "Someone wants to meet you",
            "Your profile is live",
            "Date confirmed for {day}",
            "Action needed: update your profile",
        ],
        paras,
        (app, f"no-reply@{app.lower().replace(' ', '')}.example.com"),
        "",
        greet_p=0.5,
        footer=unsub(ctx, app, "Austin, TX"),
        bulk=True,
        form="html",
    )


@family("zc_course_certificate", "not_job", n=ZC_N)
def course_certificate(ctx: Ctx) -> Draft:
    course = ctx.pick(
        [
            "Machine Learning Foundations",
            "Project Management Essentials",
            "AWS Cloud Practitioner Prep",
            "Conversational Spanish A2",
            "First Aid at Work",
            "Data Visualisation with Python",
        ]
    )
    plat = ctx.pick(
        [
            ("Coursera", "no-reply@m.mail.coursera.org"),
            ("edX", "no-reply@edx.org"),
            ("Udemy", "no-reply@e.udemymail.com"),
            ("Northfield Extension", "learning@northfield.edu"),
        ]
    )
    paras = [
        ctx.para(
            f"Congratulations, {{first}}! You've completed {course} and earned your certificate.",
            f"You passed the final assessment for {course} with a score of [82|91|76|88]%. Your certificate is ready to download.",
            f"Your certificate for {course} has been issued and verified.",
        ),
        ctx.para(
            "Share it on your LinkedIn profile to show employers your new skills.",
            "Keep learning: learners like you also enrolled in [Deep Learning|Agile for Teams|Spanish B1].",
            "Certificate ID: "
            + str(ctx.num(10**9, 10**10))
            + ". Anyone can verify it with this ID.",
        ),
    ]
    return neg(
        ctx,
        [
            "You earned a certificate!",
            f"Your {course} certificate",
            "Congratulations on completing your course",
            "Your certificate is ready",
        ],
        paras,
        plat,
        f"The {plat[0]} Team",
        greet_p=0.3,
        footer=unsub(ctx, plat[0], "Mountain View, CA"),
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )


@family("zc_appstore_review", "not_job", n=ZC_N)
def appstore_review(ctx: Ctx) -> Draft:
    app = ctx.pick(["Tally Habit", "PocketPlanner", "Birdsong ID", "SplitEasy", "Runlog"])
    store = ctx.pick(["apple", "google"])
    ver = f"{ctx.num(1, 4)}.{ctx.num(0, 9)}.{ctx.num(0, 9)}"
    para = ctx.para(
        f"Your submission of {app} {ver} has been reviewed and is now Ready for Distribution.",
        f"We've completed our review of {app} {ver} and found it does not comply with the [App Review Guidelines|Developer Program Policies]: [Guideline 4.3 - Spam|Guideline 2.1 - App Completeness|Data safety section incomplete]. The submission was rejected.",
        f"Your app {app} is in review. Reviews usually complete within 24-48 hours.",
        f"Your update to {app} ({ver}) was approved and is rolling out to [20%|100%] of users.",
    )
    return neg(
        ctx,
        [
            "The status of your app has changed",
            f"{app} {ver}: review complete",
            "Your submission was rejected",
            "Your app update is live",
            "App Review: action needed",
        ],
        [
            para,
            ctx.fill(
                "[Reply in App Store Connect if you have questions.|You can reply in the Resolution Center.]"
                if store == "apple"
                else "[View details in the Play Console.|You can appeal in the Play Console.]"
            ),
        ],
        ("App Store Connect", "no_reply@email.apple.com")
        if store == "apple"
        else ("Google Play Console", "noreply-play-console@google.com"),
        "Apple Developer Relations" if store == "apple" else "The Google Play Team",
        greet_p=0.6,
        form=ctx.pick(["html", "plain"]),
    )


@family("zc_grant_decision", "not_job", n=ZC_N)
def grant_decision(ctx: Ctx) -> Draft:
    fund = ctx.pick(
        [
            "Arts Council Project Grants",
            "Open Source Sustainability Fund",
            "Regional Innovation Voucher",
            "Foundation for Community Science",
            "Creative Writing Bursary 2027",
        ]
    )
    outcome = ctx.pick(["award", "decline", "interview"])
    para = {
        "award": f"I am pleased to tell you that the panel has approved your application to the {fund}, with an award of [£8,500|$15,000|€12,000|$4,000].",
        "decline": f"Thank you for applying to the {fund}. We received [412|230|980] applications for a limited budget and regret that we are unable to fund your project this round.",
        "interview": f"Your application to the {fund} has been shortlisted. Shortlisted applicants are invited to a 20-minute panel conversation on {{day}} to talk through their project plan.",
    }[outcome]
    return neg(
        ctx,
        [
            "Your grant application",
            f"{fund}: decision",
            "Application outcome",
            "Shortlisted: next steps",
            "Grant award notification",
        ],
        [
            ctx.fill(para),
            ctx.fill(
                "[Feedback from the assessors is in your applicant account.|Grant conditions and the payment schedule are attached.|You may apply again in the next round.]"
            ),
        ],
        (
            fund,
            "grants@"
            + ctx.pick(
                ["fundinghub.example.org", "artscouncil.example.org.uk", "ossfund.example.org"]
            ),
        ),
        ctx.fill("[Kind regards|Best wishes],\n{person}\nGrants Officer"),
    )


@family("zc_visa_decision", "not_job", n=ZC_N)
def visa_decision(ctx: Ctx) -> Draft:
    kind = ctx.pick(["decision", "biometrics", "docs"])
    ref = ctx.pick(["GWF", "VFS", "EAC", "IRL"]) + str(ctx.num(10**7, 10**8))
    para = {
        "decision": f"A decision has been made on your [visa|residence permit|travel authorisation] application {ref}. [Your application has been approved.|Your application has been refused; the reasons are in the decision letter.] Collect your passport at the visa centre.",
        "biometrics": f"Your biometrics appointment for application {ref} is on {{day}} at {{time}}. Bring your passport and appointment letter.",
        "docs": f"We need additional documents for application {ref}: [proof of funds|a marriage certificate|your employment letter]. Upload them within 14 days or the application may be refused.",
    }[kind]
    return neg(
        ctx,
        [
            "Decision on your application",
            "Your biometrics appointment",
            "Request for further information",
            "Update on your visa application " + ref,
            "Your case status has changed",
        ],
        [
            ctx.fill(para),
            "Do not reply to this email. Check your status online with your reference number.",
        ],
        ctx.pick(
            [
                ("UK Visas and Immigration", "no-reply@visas.example.gov.uk"),
                ("VFS Global", "info@vfsglobal.example.com"),
                ("Immigration Service", "noreply@immigration.example.gov"),
                ("Consulate General", "visa@consulate.example.org"),
            ]
        ),
        "",
        greet_p=0.5,
        form=ctx.pick(["plain", "html"]),
    )
