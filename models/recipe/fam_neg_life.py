"""Hard negatives from the rest of life: other "applications", marketing "offers",
acceptances and rejections that are not about jobs, calendar invites from people.

Table-driven: each entry is one family with its senders, subjects and paragraph slots.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from typing import Any

from kit import Calendar, Ctx, Draft, ascii_word, family

Spec = tuple[
    str, tuple[tuple[str, str], ...], tuple[str, ...], tuple[tuple[str, ...], ...], dict[str, Any]
]

TABLE: tuple[Spec, ...] = (
    (
        "loan_application",
        (
            ("Summit Bank", "loans@summitbank.com"),
            ("SoFi", "no-reply@sofi.com"),
            ("LendingTree", "alerts@lendingtree.com"),
        ),
        (
            "Your loan application has been approved",
            "Update on your loan application",
            "Action needed: your personal loan application",
            "Application received - personal loan",
        ),
        (
            (
                "Thank you for applying for a [personal loan|auto loan|student loan refinance] with us.",
                "We have reviewed your loan application #{req}.",
            ),
            (
                "Congratulations, your application has been approved for ${n},000 at [7.9|11.2]% APR.",
                "Unfortunately, we are unable to approve your application at this time based on your "
                "credit report.",
                "We need a few more documents (pay stubs, ID) to move forward with your "
                "application.",
                "An underwriter will review your application within 2 business days.",
            ),
            ("You can view the decision and next steps in your online account.",),
        ),
        {},
    ),
    (
        "credit_card_application",
        (
            ("Capital One", "capitalone@notification.capitalone.com"),
            ("Chase", "no-reply@alertsp.chase.com"),
            ("American Express", "americanexpress@welcome.aexp.com"),
        ),
        (
            "Your credit card application",
            "Congratulations, you're approved!",
            "We've received your application",
            "Regarding your recent application",
        ),
        (
            ("Thank you for your interest in the [Venture|Sapphire|Gold] card.",),
            (
                "We're pleased to let you know your application has been approved. Your card will arrive "
                "in 7-10 days.",
                "Unfortunately, we are unable to approve your application. You will "
                "receive a letter explaining the reasons.",
                "Your application is under review. We'll "
                "notify you of our decision within 30 days.",
            ),
        ),
        {},
    ),
    (
        "mortgage_rental",
        (
            ("Rocket Mortgage", "noreply@rocketmortgage.com"),
            ("Greystar Leasing", "leasing@greystar.com"),
            ("Zillow Rentals", "rentals@zillow.com"),
            ("Oakwood Apartments", "office@oakwoodapts.com"),
        ),
        (
            "Your rental application for {n}2 Main St",
            "Pre-approval update",
            "Application status",
            "Next steps for your apartment application",
            "Your application was approved!",
        ),
        (
            (
                "Thank you for submitting your [rental|lease|mortgage pre-approval] application.",
                "We've received your application for unit {n}B.",
            ),
            (
                "The landlord has approved your application - please sign the lease by {day}.",
                "Unfortunately the unit has been leased to another applicant.",
                "We're running the credit and background check and will contact you soon.",
                "Please schedule a viewing at your convenience.",
            ),
        ),
        {},
    ),
    (
        "school_admission",
        (
            ("Oakridge University Admissions", "admissions@oakridge.edu"),
            ("Westfield College", "apply@westfield.edu"),
            ("Greenfield Schools", "enrollment@greenfieldschools.org"),
        ),
        (
            "Your application decision is available",
            "Application status update",
            "Welcome to the Class of 2029!",
            "Your application to the MSc program",
        ),
        (
            (
                "Thank you for applying to [our graduate program|Oakridge University|the MBA program].",
                "Your admission decision has been posted to the applicant portal.",
            ),
            (
                "Congratulations! We are delighted to offer you admission.",
                "After careful review, we "
                "regret that we are unable to offer you admission this year.",
                "Please submit your "
                "transcripts and recommendation letters by {day} to complete your application.",
                "You have been placed on the waitlist.",
            ),
            ("Log in to view your decision.",),
        ),
        {},
    ),
    (
        "visa_passport",
        (
            ("U.S. Department of State", "passportstatus@state.gov"),
            ("VFS Global", "info@vfsglobal.com"),
            ("Home Office", "noreply@ukvi.gov.uk"),
        ),
        (
            "Your passport application status",
            "Visa application update",
            "Biometrics appointment confirmation",
            "Your application has been received",
        ),
        (
            (
                "Your [passport|visa|residence permit] application ({req}) is [being processed|approved|"
                "in review].",
                "We have received your application and supporting documents.",
            ),
            (
                "Your appointment for biometrics is on {day} at {time}. Bring your passport.",
                "Your application has been approved. Your document will be mailed within 2 weeks.",
                "Additional documents are required to process your application.",
            ),
        ),
        {},
    ),
    (
        "marketing_offers",
        (
            ("Best Buy", "BestBuyInfo@emailinfo.bestbuy.com"),
            ("Wayfair", "shop@e.wayfair.com"),
            ("Uniqlo", "news@uniqlo.com"),
            ("Delta", "deltaairlines@e.delta.com"),
            ("Hilton", "hilton@h1.hilton.com"),
            ("Spotify", "no-reply@spotify.com"),
            ("Uber Eats", "uber@uber.com"),
        ),
        (
            "Exclusive offer inside",
            "Your offer expires soon!",
            "Special offer: {n}0% off",
            "An offer just for you, {first}",
            "Last chance: offer ends tonight",
            "You've been selected for an exclusive offer",
            "Final notice: your offer is waiting",
        ),
        (
            (
                "Don't miss out - [save {n}0% on everything|get 3 months free|earn double points] when "
                "you [shop|book|upgrade] today.",
                "As a valued member, you've been selected for an exclusive offer.",
            ),
            (
                "Offer valid until {day}. Terms apply.",
                "Use code SAVE{n}0 at checkout.",
                "Claim your offer now before it expires.",
            ),
            ("Shop now: https://www.example-shop.com/deals",),
        ),
        {"bulk": True},
    ),
    (
        "conference_cfp",
        (
            ("PyCon Program Committee", "program@pycon.example.org"),
            ("KubeCon CFP", "cfp@events.example.org"),
            ("Sessionize", "noreply@sessionize.com"),
        ),
        (
            "Your talk has been accepted!",
            "CFP decision: your proposal",
            "Speaker invitation",
            "Update on your submission to DevConf",
        ),
        (
            (
                "Thank you for submitting your talk proposal '[Scaling Postgres|Interviewing engineers "
                "well|Rejection sampling in practice]'.",
            ),
            (
                "We're delighted to let you know your talk has been accepted! Please confirm by {day}.",
                "Unfortunately, we received many great proposals and could not accept yours this year.",
                "Your proposal has been waitlisted; we'll let you know if a slot opens.",
            ),
            (
                "Speaker guidelines and travel info will follow.",
                "We hope to see you at the conference.",
            ),
        ),
        {},
    ),
    (
        "grant_fellowship",
        (
            ("Open Source Fund", "grants@osfund.example.org"),
            ("Fulbright Program", "info@fulbright.example.org"),
            ("City Arts Council", "grants@artscouncil.example.gov"),
        ),
        (
            "Your fellowship application",
            "Scholarship decision",
            "Grant application update",
            "Congratulations - you've been awarded!",
        ),
        (
            (
                "Thank you for applying to the [2025 Fellowship|Community Grant|Graduate Scholarship].",
            ),
            (
                "We are pleased to inform you that your application was successful and you have been "
                "awarded the grant.",
                "Unfortunately, your application was not selected for funding this cycle.",
                "Finalists will be invited to an interview with the selection panel.",
            ),
        ),
        {},
    ),
    (
        "volunteer_membership",
        (
            ("Red Cross Volunteers", "volunteer@redcross.example.org"),
            ("City Climbing Gym", "members@cityclimb.example.com"),
            ("Food Bank", "volunteers@foodbank.example.org"),
            ("Rotary Club", "membership@rotary.example.org"),
        ),
        (
            "Your volunteer application",
            "Welcome, new member!",
            "Membership application received",
            "Volunteer orientation",
        ),
        (
            (
                "Thanks for applying to volunteer with us!",
                "Your membership application was approved.",
            ),
            (
                "Orientation is on {day} at {time}.",
                "Please complete the waiver before your first visit.",
                "We'll match you with a shift soon.",
            ),
        ),
        {},
    ),
    (
        "appstore_review",
        (
            ("App Store Connect", "no_reply@email.apple.com"),
            ("Google Play Console", "noreply-play-console@google.com"),
            ("Chrome Web Store", "chromewebstore-noreply@google.com"),
        ),
        (
            "Your submission was rejected",
            "App Review: Guideline 4.3 - Spam",
            "Your app is ready for distribution",
            "Action required: policy issue with your app",
        ),
        (
            ("We've reviewed your app submission [version 2.{n}|build {n}{n}].",),
            (
                "Unfortunately your submission was rejected because it does not comply with our "
                "guidelines.",
                "Your app has been approved and is now available.",
                "We found an issue that needs your attention before we can approve it.",
            ),
        ),
        {},
    ),
    (
        "calendar_personal",
        (
            ("{pfirst}", "{pfirst_l}{n}@gmail.com"),
            ("Family Calendar", "calendar-notification@google.com"),
        ),
        (
            "Invitation: Dinner at Mom's @ Sat",
            "Invitation: Coffee catch-up",
            "Invitation: Soccer practice @ Tue 5pm",
            "Updated invitation: Book club",
            "Invitation: Dentist",
        ),
        (
            (
                "[Dinner|Coffee|Book club|Game night|Birthday party] on {day} at {time}.",
                "Let's catch up - it's been too long!",
            ),
            ("Bring [snacks|the kids|wine]!", ""),
        ),
        {"cal": True, "form": "alt"},
    ),
    (
        "appointments",
        (
            ("Dr. Patel's Office", "appointments@cityclinic.example.com"),
            ("Jiffy Auto", "service@jiffyauto.example.com"),
            ("Salon Bella", "booking@salonbella.example.com"),
        ),
        (
            "Appointment confirmation",
            "Reminder: your appointment tomorrow",
            "Your visit is scheduled",
        ),
        (
            ("Your appointment is confirmed for {day} at {time}.",),
            ("Please arrive 10 minutes early.", "Reply C to confirm or call us to reschedule."),
        ),
        {"cal": True},
    ),
)


def register(spec: Spec) -> None:
    name, senders, subjects, paras, opts = spec

    def make(ctx: Ctx) -> Draft:
        sender_name, addr = ctx.rng.choice(senders)
        addr = addr.replace("{pfirst_l}", ascii_word(ctx.person_first))
        body = "\n\n".join(ctx.para(*p) for p in paras)
        cal = None
        if opts.get("cal") and ctx.chance(0.8):
            cal = Calendar(
                ctx.fill(
                    ctx.pick(
                        [
                            "Dinner",
                            "Coffee",
                            "Appointment",
                            "Book club",
                            "Soccer practice",
                            "Dentist",
                        ]
                    )
                ),
                ctx.future(),
                60,
            )
        return Draft(
            ctx.para(*subjects),
            body,
            ctx.fill(sender_name),
            ctx.fill(addr),
            greet=opts.get("greet", ctx.chance(0.5)),
            sign=ctx.pick(["", "", "Thanks!"]),
            bulk=opts.get("bulk", ctx.chance(0.4)),
            calendar=cal,
            form=opts.get("form", ""),
        )

    family(f"neg_{name}", "not_job", n=40)(make)


for _spec in TABLE:
    register(_spec)
