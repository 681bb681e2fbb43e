"""Everyday bookings that borrow hiring words: "interview", "appointment", "confirm your
slot", "application", "shortlisted" - from a clinic, a consulate, a bank, a letting agent,
a school, a university, a volunteer group, a sports club or theatre, a court, a friend.

All not_job: nothing here is about the reader getting a job. One writer's families (zd_),
written without reading the other family modules.
"""

# ruff: noqa: E501

from __future__ import annotations

from datetime import datetime, timedelta

from kit import Calendar, Ctx, Draft, family
from zc_kit import addr_at, neg, personal, unsub
from zd_kit import ZD_N, clock, date_in, one, opt, workday


def _slot(ctx: Ctx, lo: int = 2, hi: int = 20) -> tuple[str, datetime]:
    start = workday(ctx, lo, hi)
    return f"{date_in(ctx, start)} at {clock(ctx, start)}", start


@family("zd_neg_clinic_confirm", "not_job", n=ZD_N)
def clinic_confirm(ctx: Ctx) -> Draft:
    """A clinic or dentist: confirm your appointment, reply C, arrive early, cancel fees."""
    place = ctx.pick(
        [
            "Riverside Dental",
            "Northgate Family Practice",
            "Bright Smile Orthodontics",
            "City Physio Clinic",
            "Oakwood Eye Care",
            "Harbour Dermatology",
        ]
    )
    when, start = _slot(ctx)
    who = ctx.pick(
        [
            "Dr. Patel",
            "Dr. Moreau",
            "Dr. Nguyen",
            "your hygienist",
            "your physiotherapist",
            "Dr. Schultz",
        ]
    )
    paras = [
        one(
            ctx,
            f"This is a reminder of your appointment with {who} at {place} on {when}.",
            f"Your appointment at {place} is booked for {when}.",
            f"Please confirm your upcoming visit with {who}: {when}.",
        ),
        one(
            ctx,
            "[Reply C to confirm or R to reschedule.|Click below to confirm your slot.|Please confirm your appointment within 48 hours or it may be released.]",
            "To confirm, simply reply YES to this email.",
        ),
        opt(
            ctx,
            0.7,
            "[Please arrive 10 minutes early to complete your new patient forms.|Bring your insurance card and a list of current medications.|Cancellations with less than 24 hours' notice may be charged.]",
        ),
        opt(
            ctx,
            0.5,
            f"{place} · {ctx.num(10, 400)} {ctx.pick(['Main St', 'High Street', 'Oak Ave', 'Station Rd'])} · {ctx.pick(['(555) 201-7788', '020 7946 0123', '+1 415 555 0199'])}",
        ),
    ]
    subjects = [
        "Appointment reminder - " + when,
        "Please confirm your appointment",
        f"Your appointment at {place}",
        "Confirm your slot: " + when,
        "Upcoming visit reminder",
    ]
    cal = (
        Calendar(f"Appointment - {place}", start, 30, location=place) if ctx.chance(0.35) else None
    )
    return neg(
        ctx,
        subjects,
        paras,
        (place, f"appointments@{place.lower().replace(' ', '')}.com"),
        f"{place} Front Desk",
        calendar=cal,
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("zd_neg_visa_interview", "not_job", n=ZD_N)
def visa_interview(ctx: Ctx) -> Draft:
    """A consulate's visa interview appointment: documents, biometrics, no phones."""
    kind = ctx.pick(
        [
            "visa interview",
            "biometrics appointment",
            "consular interview",
            "residence permit appointment",
        ]
    )
    when, _ = _slot(ctx, 10, 60)
    paras = [
        one(
            ctx,
            f"Your {kind} has been scheduled for {when} at the {ctx.pick(['U.S. Embassy', 'Consulate General', 'Visa Application Centre', 'Immigration Office'])} in {{city}}.",
            f"This email confirms your {kind} appointment: {when}.",
        ),
        f"Confirmation number: {ctx.pick(['AA', 'VAC', 'GB'])}{ctx.num(100000, 999999)}",
        one(
            ctx,
            "Please bring: your passport, the appointment confirmation page, your [DS-160 confirmation|application form] and one photograph [that meets the requirements|taken within six months].",
            "Applicants must arrive no earlier than 15 minutes before their appointment. Electronic devices are not permitted inside.",
        ),
        opt(
            ctx,
            0.5,
            "To reschedule, sign in to your applicant account. Rescheduling is limited to [two|three] times.",
        ),
    ]
    subjects = [
        f"Appointment Confirmation - {kind.title()}",
        "Your appointment has been scheduled",
        f"{kind.title()} confirmation",
        "Visa appointment details",
    ]
    return neg(
        ctx,
        subjects,
        paras,
        (
            "Visa Appointment Service",
            ctx.pick(
                [
                    "noreply@usvisa-info.example",
                    "appointments@vfs-global.example",
                    "no-reply@tlscontact.example",
                ]
            ),
        ),
        "Visa Information and Appointment Service",
        greet_p=0.5,
        form=ctx.pick(["html", "alt"]),
    )


@family("zd_neg_bank_advisor", "not_job", n=ZD_N)
def bank_advisor(ctx: Ctx) -> Draft:
    """A bank books a meeting with an adviser: mortgage, savings, a business account."""
    bank = ctx.pick(
        [
            "Summit Bank",
            "Harbourside Building Society",
            "First Meridian",
            "Nordbank",
            "Crestline Credit Union",
        ]
    )
    topic = ctx.pick(
        ["mortgage", "home-buying", "savings and investments", "business account", "pension review"]
    )
    when, start = _slot(ctx, 3, 15)
    paras = [
        one(
            ctx,
            f"Thanks for booking a {topic} appointment with {bank}. We're looking forward to speaking with you on {when}.",
            f"Your {topic} meeting is confirmed for {when}.",
        ),
        one(
            ctx,
            "Your adviser, {person}, will [call you on the number we hold|meet you at our {city} branch|send a video link before the meeting].",
            "The meeting will take about 45 minutes.",
        ),
        opt(
            ctx,
            0.7,
            "[To make the most of it, have your last three payslips and bank statements to hand.|Please bring photo ID and proof of address.|You don't need to prepare anything.]",
        ),
        "Need to change it? Manage your appointment in the app.",
    ]
    subjects = [
        "Your appointment is confirmed",
        f"Your {topic} appointment",
        f"{bank}: appointment on " + when,
        "See you soon - appointment details",
    ]
    cal = Calendar(f"{bank} - {topic} appointment", start, 45) if ctx.chance(0.3) else None
    return neg(
        ctx,
        subjects,
        paras,
        (bank, f"appointments@{bank.lower().replace(' ', '')}.com"),
        f"{bank}\n{unsub(ctx, bank, '1 Bank Plaza')}",
        calendar=cal,
        form=ctx.pick(["html", "alt"]),
    )


@family("zd_neg_viewing_slot", "not_job", n=ZD_N)
def viewing_slot(ctx: Ctx) -> Draft:
    """A letting agent or landlord: confirm your viewing slot, bring your references."""
    street = f"{ctx.num(2, 180)} {ctx.pick(['Elm Road', 'Rue des Lilas', 'Keizersgracht', 'Calle Mayor', 'Maple Court', 'Hazel Grove'])}"
    when, _ = _slot(ctx, 1, 6)
    paras = [
        one(
            ctx,
            f"Thanks for your enquiry about the [1-bed|2-bed|studio] flat at {street}.",
            f"You're booked in for a viewing of {street} on {when}.",
            f"Following your request, please confirm your slot for the viewing at {street}: {when}.",
        ),
        one(
            ctx,
            "[It's a group viewing, so please be on time.|The current tenant will be in, so please be respectful.|I'll meet you outside the front door.]",
            "If you like the place, you can submit a tenancy application the same day.",
        ),
        opt(
            ctx,
            0.6,
            "[Please bring ID and proof of income (recent payslips or an employment contract).|We'll need references from your employer and previous landlord with the application.|The holding deposit is one week's rent.]",
        ),
    ]
    subjects = [
        "Viewing confirmed: " + street,
        "Please confirm your viewing slot",
        "Re: flat viewing",
        "Your viewing appointment",
    ]
    if ctx.chance(0.5):
        sender, sign = personal(ctx), ctx.person_first
    else:
        agency = ctx.pick(
            ["Keyhouse Lettings", "Urban Nest Estates", "Parkview Property", "Foxley Homes"]
        )
        sender, sign = (
            (agency, addr_at(ctx, agency.lower().replace(" ", "") + ".co.uk")),
            f"{ctx.person}\nLettings Negotiator | {agency}",
        )
    return neg(ctx, subjects, paras, sender, sign)


@family("zd_neg_school_admission", "not_job", n=ZD_N)
def school_admission(ctx: Ctx) -> Draft:
    """A school's admissions office invites the parent and child to an admissions interview."""
    school = ctx.pick(
        [
            "St. Anne's Primary",
            "Westbrook Academy",
            "The Lycée International",
            "Greenfield Montessori",
            "Hillside Prep School",
        ]
    )
    child = ctx.pick(["Maya", "Leo", "Noah", "Amara", "Theo", "Sofia"])
    when, _ = _slot(ctx, 5, 25)
    paras = [
        one(
            ctx,
            f"Thank you for your application for {child} to join {school} in [Reception|Year 3|Grade 6|the Foundation Stage] next September.",
            f"We are pleased to invite you and {child} to an admissions interview on {when}.",
        ),
        one(
            ctx,
            "[The family interview is an informal conversation with our Head of Admissions.|Children spend around 40 minutes in a classroom activity while parents meet the Head.|There is nothing to prepare.]",
            "Please confirm your slot by replying to this email, or choose another time below.",
        ),
        opt(
            ctx,
            0.5,
            "Offers of places will be sent by [1 March|mid-April]. The waiting list remains open.",
        ),
    ]
    subjects = [
        f"Admissions interview - {child}",
        f"{school}: your child's application",
        "Invitation to an admissions visit",
        "Please confirm your interview slot",
    ]
    host = "".join(ch for ch in school.lower() if ch.isalnum()) + ".org"
    return neg(
        ctx,
        subjects,
        paras,
        (f"{school} Admissions", f"admissions@{host}"),
        f"Admissions Office\n{school}",
    )


@family("zd_neg_uni_course_app", "not_job", n=ZD_N)
def uni_course_app(ctx: Ctx) -> Draft:
    """A university on the reader's course application: received, interview, decision."""
    uni = ctx.pick(
        [
            "University of Eastbridge",
            "Lakeshore University",
            "Technische Hochschule Nordstadt",
            "Universidad del Valle Alto",
            "Kingsgate College",
        ]
    )
    course = ctx.pick(
        [
            "MSc Data Science",
            "MA in Journalism",
            "MBA (part-time)",
            "BSc Nursing",
            "PhD in Economics",
            "Postgraduate Certificate in Teaching",
        ]
    )
    step = ctx.pick(["received", "interview", "offer", "decline"])
    texts = {
        "received": [
            "We have received your application for the " + course + " programme.",
            "Your application will be reviewed by the admissions tutor. Decisions are usually made within six weeks.",
            "You can track your application in the applicant portal.",
        ],
        "interview": [
            "Thank you for applying to the "
            + course
            + ". We would like to invite you to an interview with the programme director.",
            "Interviews take place online and last around 20 minutes. Please book a slot in the applicant portal.",
            "",
        ],
        "offer": [
            "Congratulations! We are delighted to make you an offer of a place on the "
            + course
            + ".",
            "Your offer is [unconditional|conditional on your final transcript]. Please accept it in the applicant portal by the deadline shown.",
            "Welcome week starts in September.",
        ],
        "decline": [
            "Thank you for your application to the " + course + ".",
            "We received many strong applications this year and, I'm sorry to say, we are unable to offer you a place.",
            "You may apply again in a future intake.",
        ],
    }
    paras = [ctx.fill(p) for p in texts[step]]
    subjects = {
        "received": "Application received - " + course,
        "interview": "Interview invitation: " + course,
        "offer": "Your offer from " + uni,
        "decline": "Your application to " + uni,
    }
    return neg(
        ctx,
        [subjects[step]],
        paras,
        (f"{uni} Admissions", "admissions@" + uni.lower().split()[-1] + ".ac.example"),
        f"Graduate Admissions\n{uni}",
        form=ctx.pick(["html", "alt"]),
    )


@family("zd_neg_volunteer_shift", "not_job", n=ZD_N)
def volunteer_shift(ctx: Ctx) -> Draft:
    """A volunteer group: your application to volunteer, an induction chat, shift sign-ups."""
    org = ctx.pick(
        [
            "Eastside Food Bank",
            "Paws Rescue Shelter",
            "Riverside Community Garden",
            "Lifeline Helpline",
            "Cityreads Literacy Project",
            "Parkrun",
        ]
    )
    when, _ = _slot(ctx, 2, 14)
    paras = [
        one(
            ctx,
            f"Thank you so much for applying to volunteer with {org}!",
            f"Great news - your volunteer application with {org} has been approved.",
            f"Thanks for signing up to help at {org}.",
        ),
        one(
            ctx,
            f"The next step is a short, friendly interview with our volunteer coordinator. Are you free {when}?",
            f"Your induction session is on {when}. It covers safety, how shifts work and a tour.",
            "You can now sign up for shifts on the volunteer rota.",
        ),
        opt(
            ctx,
            0.5,
            "[We'll also need a DBS check, which is free for volunteers.|Wear comfy shoes!|Please bring a reference from someone who has known you for two years.]",
        ),
    ]
    subjects = [
        "Your volunteer application",
        f"Welcome to {org}!",
        "Volunteer interview - next step",
        "Your induction is booked",
    ]
    return neg(
        ctx,
        subjects,
        paras,
        (f"{org} Volunteers", f"volunteers@{org.lower().replace(' ', '')}.org"),
        f"{ctx.person_first}\nVolunteer Coordinator, {org}",
    )


@family("zd_neg_trials_auditions", "not_job", n=ZD_N)
def trials_auditions(ctx: Ctx) -> Draft:
    """Sports trials and auditions: you've been selected, callback, shortlisted for the squad."""
    kind = ctx.pick(["club", "choir", "theatre", "orchestra", "dance"])
    org = {
        "club": "Northside FC U14",
        "choir": "City Chamber Choir",
        "theatre": "Lantern Players",
        "orchestra": "Youth Symphony of the Valley",
        "dance": "Studio Nine Dance Company",
    }[kind]
    when, _ = _slot(ctx, 3, 20)
    what = {
        "club": "trial session",
        "choir": "audition",
        "theatre": "callback audition",
        "orchestra": "seating audition",
        "dance": "audition workshop",
    }[kind]
    paras = [
        one(
            ctx,
            f"Thanks for registering for the {org} {what}s.",
            f"Congratulations - you've been shortlisted for the {org} {what}.",
            f"We'd like to invite [you|your child] to a {what} with {org} on {when}.",
        ),
        one(
            ctx,
            {
                "club": "Bring boots, shin pads and a water bottle. Parents can watch from the stand.",
                "choir": "Please prepare a short piece of your choice and be ready for some sight-reading.",
                "theatre": "You'll read scenes from the script; sides are attached.",
                "orchestra": "Prepare two contrasting pieces and the scales listed on the website.",
                "dance": "Wear clothes you can move in; the workshop includes a short solo.",
            }[kind],
            "Please confirm your slot by replying to this email.",
        ),
        opt(
            ctx,
            0.5,
            "Results will be posted [on the noticeboard|by email] within a week. Not everyone can be offered a place, but everyone is welcome at our open sessions.",
        ),
    ]
    subjects = [
        f"{org} - {what} details",
        f"Your {what} slot",
        f"Invitation to {what}",
        "Shortlisted!",
    ]
    sender = (org, f"info@{org.lower().replace(' ', '')}.org") if ctx.chance(0.6) else personal(ctx)
    return neg(ctx, subjects, paras, sender, ctx.pick([ctx.person_first, f"{ctx.person}\n{org}"]))


@family("zd_neg_jury_civic", "not_job", n=ZD_N)
def jury_civic(ctx: Ctx) -> Draft:
    """Civic duties with an interview or a summons: jury service, a census or a citizenship test."""
    kind = ctx.pick(["jury", "citizenship", "census", "tax"])
    when, _ = _slot(ctx, 14, 60)
    texts = {
        "jury": (
            "Jury Summons - Response Required",
            [
                "You have been summoned for jury service beginning " + when + ".",
                "Please complete the online juror questionnaire within 10 days. If you need to postpone, you may request a deferral once.",
                "Your juror number is " + str(ctx.num(100000, 999999)) + ".",
            ],
        ),
        "citizenship": (
            "Naturalization interview notice",
            [
                "Your naturalization interview has been scheduled for " + when + ".",
                "Bring this notice, your permanent resident card, passport and any travel documents. The interview includes the civics and English tests.",
                "Failure to appear may result in your application being denied.",
            ],
        ),
        "census": (
            "Census follow-up interview",
            [
                "We have not yet received your household's census response.",
                "A field officer may visit to conduct a short interview. You can avoid this by completing the form online.",
                "Completing the census is required by law.",
            ],
        ),
        "tax": (
            "Your appointment with the tax office",
            [
                "Your appointment at the tax service centre is confirmed for " + when + ".",
                "Please bring your ID, your tax reference number and the letter we sent you.",
                "Most questions can also be answered online.",
            ],
        ),
    }
    senders = {
        "jury": ("Superior Court Jury Services", "noreply@courts.gov.example"),
        "citizenship": ("Citizenship and Immigration Services", "notices@uscis.example"),
        "census": ("National Statistics Office", "census@stats.gov.example"),
        "tax": ("Revenue Service", "noreply@tax.gov.example"),
    }
    subject, paras = texts[kind]
    return neg(
        ctx,
        [subject],
        paras,
        senders[kind],
        "This is an automated message. Please do not reply.",
        greet_p=0.4,
    )


@family("zd_neg_friend_invite", "not_job", n=ZD_N)
def friend_invite(ctx: Ctx) -> Draft:
    """A friend's calendar invite: dinner, a birthday, a run; almost no text, like the job ones."""
    start = ctx.future(1, 20).replace(hour=ctx.pick([12, 18, 19, 20, 9]))
    what = ctx.pick(
        [
            "Dinner at Luca's",
            "Sam's 30th 🎉",
            "Saturday long run",
            "Board games night",
            "Coffee catch-up",
            "Mum's birthday lunch",
            "Book club: chapter 8",
            "Move-out help (bring gloves)",
            "Pub quiz",
        ]
    )
    who = personal(ctx)
    when = f"{start:%a %b} {start.day}, {start.year} {clock(ctx, start)} - {clock(ctx, start + timedelta(hours=2))}"
    paras = [
        ctx.pick([f"{who[0]} has invited you to this event.", "", f"{who[0]} invited you"]),
        ctx.pick(
            [
                "",
                "Can't wait!",
                "Table's booked for 6.",
                "Bring whatever you like to drink.",
                "Meet at the usual spot.",
                "RSVP so I know numbers 🙏",
            ]
        ),
        ctx.pick(
            [
                f"Reply for {ctx.cand_addr}\nYes  No  Maybe",
                "Invitation from Google Calendar",
                "Accept  Tentative  Decline",
            ]
        ),
    ]
    subjects = [
        f"Invitation: {what} @ {when}",
        f"Invitation: {what}",
        what,
        f"Updated invitation: {what}",
    ]
    cal = Calendar(
        what,
        start,
        120,
        who[1],
        ctx.pick(["", "Luca's Trattoria", "Our place", "Victoria Park gate"]),
    )
    return neg(ctx, subjects, paras, who, "", greet_p=0.0, calendar=cal)
