"""Template families (session P2): not-job twins of platform hiring mail (the
job families were set aside, see p2_kit). The same systems used for other things: a UK council's portal
receiving a parking-permit application and a hospital patient portal offering an appointment
slot, a French dentist's invite with a text/calendar part, a video-interview vendor's
marketing to HR buyers, and a coding-test platform's blog newsletter.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

import vocab
from kit import Calendar, Ctx, Draft, family
from p2_kit import P2_N, TESTS, VIDEO, at, bye, day, hi, join
from zf_kit import weekday_future

_COUNCILS = (
    "Harbridge City Council",
    "Ashworth Borough Council",
    "East Fenwick District Council",
    "Royal Borough of Kingsmere",
)


def _council_ref(ctx: Ctx) -> str:
    return ctx.pick(["PP", "RES", "VP", "CPZ"]) + "-" + str(ctx.num(100000, 999999))


@family("p2_nj_uk_council_permit_portal", "not_job", lang="en_gb", n=P2_N)
def council_permit(ctx: Ctx) -> Draft:
    """A council's online portal receives a parking-permit application."""
    council = ctx.pick(_COUNCILS)
    slug = council.lower().replace(" ", "")
    what = ctx.pick(
        [
            "resident parking permit",
            "visitor parking permit",
            "business parking permit",
            "carer's parking permit",
            "electric vehicle charging bay permit",
        ]
    )
    ref = _council_ref(ctx)
    text = join(
        hi(ctx, "en_gb", 1.0),
        ctx.pick(
            [
                f"Thank you for submitting your application for a {what} (reference {ref}).",
                f"This email confirms that your {what} application, reference {ref}, has been successfully submitted to {council}.",
                f"We have received your {what} application. Your reference number is {ref}.",
            ]
        ),
        ctx.pick(
            [
                "Your application will now be checked by our Parking Services team. Please allow up to 10 working days for processing.",
                "We may contact you if we need further evidence of your address (e.g. a council tax bill or tenancy agreement dated within the last 3 months).",
                "Once approved, your permit will be issued virtually and linked to your vehicle registration - you will not receive a paper permit.",
            ]
        ),
        ctx.pick(
            [
                f"You can track your application by signing in to your account: https://my.{slug}.gov.example/permits",
                "If you do not hear from us within 15 working days, please contact us quoting your reference number.",
                "",
            ]
        ),
        "This is an automated message - please do not reply to this email.",
        "Parking Services\n" + council,
    )
    subject = ctx.pick(
        [
            f"Application submitted - {what} - {ref}",
            f"Confirmation of your application: {what}",
            f"{council}: application received ({ref})",
            f"Your application {ref} has been received",
        ]
    )
    return Draft(
        subject,
        text,
        council,
        f"noreply@{slug}.gov.example",
        greet=False,
        sign="",
        bulk=ctx.chance(0.4),
        form=ctx.pick(["plain", "html", "alt"]),
    )


_TRUSTS = (
    "Northbrook Hospitals NHS Foundation Trust",
    "Kestrel Valley NHS Trust",
    "St Aldhelm's University Hospitals",
)


@family("p2_nj_uk_patient_portal_book_slot", "not_job", lang="en_gb", n=P2_N)
def patient_portal(ctx: Ctx) -> Draft:
    """A hospital's patient portal: you have been referred, log in to book your appointment slot."""
    trust = ctx.pick(_TRUSTS)
    when = weekday_future(ctx, 5, 30)
    clinic = ctx.pick(
        [
            "Dermatology Outpatients",
            "Orthopaedic Clinic",
            "Audiology",
            "Physiotherapy",
            "Ophthalmology (Eye Clinic)",
            "Cardiology Outpatients",
        ]
    )
    text = join(
        ctx.fill(
            ctx.pick(["Dear {first} {last},", "Dear {first},", "Hello {first},", "Dear Patient,"])
        ),
        ctx.pick(
            [
                f"You have been referred to {clinic} at {trust}. We have reserved the appointment below for you.",
                f"We are pleased to offer you an appointment with {clinic}.",
                f"Your appointment with {clinic} has been booked.",
            ]
        ),
        "Date: "
        + day(ctx, when, "en_gb")
        + "\nLocation: "
        + ctx.pick(
            [
                "Outpatients Department, Level 2",
                "Main Hospital, Clinic C",
                "Telephone appointment - we will call you",
                "Community Health Centre, Bridge Street",
            ]
        ),
        ctx.pick(
            [
                "Please log in to the patient portal to confirm the appointment or choose another slot. If you do not respond within 14 days you may be returned to your GP.",
                "Please bring a list of your current medications and arrive 15 minutes early.",
                "If you need an interpreter or any reasonable adjustments, please let us know as soon as possible.",
            ]
        ),
        ctx.pick(
            [
                "If you cannot attend, please cancel or rebook via the portal so that the slot can be offered to another patient.",
                "Missed appointments cost the NHS millions each year - please let us know if you cannot attend.",
            ]
        ),
        "Patient Access Centre\n" + trust,
    )
    subject = ctx.pick(
        [
            f"Your appointment with {clinic}",
            "Action required: book your hospital appointment",
            f"{trust} - appointment letter",
            "New letter available in your patient portal",
        ]
    )
    return Draft(
        subject,
        text,
        trust,
        "noreply@patientportal.nhs.example",
        greet=False,
        sign="",
        form=ctx.pick(["plain", "html", "alt"]),
    )


_DENTISTS = (
    ("Cabinet dentaire des Lilas", "cabinet-deslilas.fr"),
    ("Centre dentaire Bellecour", "dentaire-bellecour.fr"),
    ("Dr Mathilde Roussel - Chirurgien-dentiste", "dr-roussel.fr"),
)


@family("p2_nj_fr_rdv_dentiste_ics", "not_job", lang="fr", n=P2_N)
def fr_dentist_ics(ctx: Ctx) -> Draft:
    """A French dental practice confirms an appointment with a calendar invite attached."""
    practice, host = ctx.pick(_DENTISTS)
    when = weekday_future(ctx, 2, 20)
    act = ctx.pick(
        ["détartrage", "contrôle annuel", "soin carie", "consultation", "pose de couronne"]
    )
    text = join(
        hi(ctx, "fr"),
        ctx.pick(
            [
                "Nous vous confirmons votre rendez-vous\u00a0:",
                "Votre rendez-vous est bien enregistré\u00a0:",
                "Suite à votre appel, voici la confirmation de votre rendez-vous\u00a0:",
            ]
        ),
        "Date\u00a0: "
        + at(ctx, when, "fr")
        + "\nMotif\u00a0: "
        + act
        + "\nPraticien\u00a0: Dr "
        + ctx.person_last,
        ctx.pick(
            [
                "Merci de vous munir de votre carte Vitale et de votre attestation de mutuelle.",
                "En cas d'empêchement, merci de prévenir au moins 48 heures à l'avance.",
                "Vous trouverez l'invitation en pièce jointe (fichier .ics) pour l'ajouter à votre agenda.",
            ]
        ),
        bye(
            ctx,
            "fr",
            practice
            + "\n"
            + ctx.pick(["01", "04", "02"])
            + f" {ctx.num(10, 99)} {ctx.num(10, 99)} {ctx.num(10, 99)} {ctx.num(10, 99)}",
        ),
    )
    subject = ctx.pick(
        [
            "Confirmation de votre rendez-vous",
            "Rendez-vous du " + day(ctx, when, "fr"),
            "Invitation\u00a0: RDV dentiste",
            "Rappel\u00a0: votre rendez-vous",
        ]
    )
    cal = Calendar(
        "RDV " + act + " - " + practice, when, 30, organizer=f"rdv@{host}", location=practice
    )
    return Draft(
        subject,
        text,
        practice,
        f"rdv@{host}",
        greet=False,
        sign="",
        lang="fr",
        calendar=cal,
        form=ctx.pick(["plain", "alt"]),
    )


@family("p2_nj_video_vendor_marketing", "not_job", n=P2_N)
def video_vendor(ctx: Ctx) -> Draft:
    """A one-way video interview vendor markets itself to HR buyers: webinar, demo, report."""
    brand, domain, host = ctx.pick(VIDEO)
    when = weekday_future(ctx, 5, 20)
    kind = ctx.pick(["webinar", "demo", "report", "release"])
    lead, detail, cta, subject = {
        "webinar": (
            f'Join our live webinar "The future of high-volume hiring" on {day(ctx, when)} - with talent leaders from retail, healthcare and logistics.',
            "In 45 minutes we'll cover: screening 1,000 applicants without burning out your recruiters, reducing bias with structured questions, and what candidates really think of one-way video.",
            "Save my seat",
            ctx.pick(
                [
                    f"Webinar: the future of high-volume hiring ({day(ctx, when)})",
                    "You're invited: live webinar for talent leaders",
                    "Last chance to register",
                ]
            ),
        ),
        "demo": (
            f"Hiring teams using {brand} cut time-to-hire by {ctx.num(30, 60)}% last year. Want to see how?",
            "Book a 20-minute demo with our team and get a free 30-day pilot for up to 3 open roles.",
            "Book a demo",
            ctx.pick(
                [
                    "Cut time-to-hire in half",
                    "Your recruiters deserve a break",
                    f"{ctx.cand_first}, 20 minutes?",
                ]
            ),
        ),
        "report": (
            f"Our {ctx.date.year} Candidate Experience Report is out: {ctx.num(2, 9)},{ctx.num(100, 999)} job seekers told us what makes them drop out of a hiring process.",
            "Download the report to benchmark your funnel and see where candidates drop off.",
            "Download the report",
            ctx.pick(
                [
                    f"The {ctx.date.year} Candidate Experience Report",
                    "Why candidates ghost your hiring process",
                    "New research for talent teams",
                ]
            ),
        ),
        "release": (
            f"New in {brand}: AI-generated interview summaries, structured scorecards and a Workday integration.",
            "Existing customers can switch the new features on today from the admin settings.",
            "See what's new",
            ctx.pick(
                [
                    f"What's new in {brand}",
                    f"{brand} product update",
                    "Structured scorecards are here",
                ]
            ),
        ),
    }[kind]
    text = join(
        ctx.fill(ctx.pick(["Hi {first},", "Hello {first},", "Hi there,"])),
        lead,
        detail,
        f"{cta}: {ctx.url(host, 'lp')}",
        ctx.pick(["Cheers,", "Best,", "Talk soon,"])
        + "\n"
        + ctx.person_first
        + ", "
        + ctx.pick(["Customer Marketing", "Account Executive", "Head of Growth"])
        + " at "
        + brand,
        f"You are receiving this because you subscribed to {brand} updates. Unsubscribe: {ctx.url(host, 'unsubscribe')}\n{brand}, {ctx.num(10, 999)} Market Street, San Francisco, CA",
    )
    return Draft(
        subject,
        text,
        f"{ctx.person_first} at {brand}",
        f"hello@{domain}",
        greet=False,
        sign="",
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )


@family("p2_nj_coding_platform_blog_digest", "not_job", n=P2_N)
def coding_blog(ctx: Ctx) -> Draft:
    """A coding-test platform's monthly blog newsletter: challenges, articles, no one's test."""
    brand, domain, host = ctx.pick(TESTS)
    posts = ctx.rng.sample(
        [
            "How we stopped our test suite from flaking (and what it taught us)",
            "Monthly challenge: the longest palindromic substring in O(n)",
            "Dynamic programming for people who hate dynamic programming",
            "Why we rewrote our grader in Rust",
            "Remote pair programming: 7 habits of great pairs",
            "What 2 million submissions tell us about Python vs Java",
            "Big-O is not the whole story: profiling a real API",
            "Last month's challenge results: 12,400 solutions, 3 perfect scores",
        ],
        3,
    )
    text = join(
        ctx.pick(
            [
                f"This month on the {brand} blog",
                f"The {brand} Digest - {vocab.MONTHS[ctx.date.month - 1]}",
                "Hello developers,",
            ]
        ),
        "\n\n".join(f"{p}\nRead more: {ctx.url(host, 'blog')}" for p in posts),
        ctx.pick(
            [
                "Take this month's challenge and get a certificate you can share on your profile - it's free and takes about 30 minutes.",
                "Try our new practice arena: 300 problems with hints and editorial solutions.",
                "",
            ]
        ),
        f"You're receiving this because you signed up for the {brand} newsletter. Manage preferences or unsubscribe: {ctx.url(host, 'preferences')}",
    )
    subject = ctx.pick(
        [
            f"The {brand} Digest: {posts[0]}",
            posts[0],
            f"Monthly challenge is live + {ctx.num(3, 6)} reads",
            f"{brand} blog: what's new this month",
        ]
    )
    return Draft(
        subject,
        text,
        f"{brand} Blog",
        f"newsletter@{domain}",
        greet=False,
        sign="",
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )
