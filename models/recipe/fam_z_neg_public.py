"""Hard negatives from the institutions a household deals with: the tax office (returns,
employer income records, appointments), children's school admissions (places offered,
assessment "interviews", waiting lists) and lenders and insurers (applications, underwriting
phone interviews, offers, declines). All speak of applications, employers, offers and decisions
without being about the user's job search. Helpers are shared with ``fam_z_neg``
(same author, same tag).
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from fam_z_neg import N, _opt, _paras
from kit import Ctx, Draft, family


@family("zn_tax_office", "not_job", n=N)
def tax_office(ctx: Ctx) -> Draft:
    """Tax authority and tax-software mail: returns, employer income, codes, refunds, appointments."""
    kind = ctx.pick(["uk", "uk", "us", "software"])
    year = ctx.pick(["2024", "2025", "2023 to 2024", "2024 to 2025"])
    if kind == "uk":
        name, addr = "HM Revenue and Customs", "noreply@confirmation.tax.example.gov.uk"
        subject, body = ctx.pick(
            [
                (
                    "Your tax code has changed",
                    "Your tax code has changed because [you started a new job|your employer told us about a change to your benefits|you have more than one employer]. Sign in to your personal tax account to see your new tax code and how it was worked out. [Your employer will use the new code from your next payslip.|You do not need to do anything.]",
                ),
                (
                    "Your Self Assessment tax return",
                    f"This is a reminder that your Self Assessment tax return for the {year} tax year must reach us by 31 January. [Include all income from employment, self-employment and property.|If you've already filed, you do not need to do anything.]",
                ),
                (
                    "We've received your tax return",
                    f"We've received your online tax return for the {year} tax year. Submission reference: {ctx.num(10**9, 10**10)}. [You owe £{ctx.num(120, 4800)}.{ctx.num(10, 99)}.|You are due a repayment of £{ctx.num(40, 1200)}.{ctx.num(10, 99)}.]",
                ),
                (
                    "Your P800 tax calculation",
                    "We've worked out that you paid too [much|little] tax last year, because [your employment income|your employer's records] didn't match the tax code used. Sign in to see your calculation.",
                ),
                (
                    "Your appointment with HMRC",
                    "Your telephone appointment with an HMRC adviser about your [tax credits|employment expenses claim|Self Assessment] is on {day} at [10:15am|2:30pm]. Have your National Insurance number and your [P60|employer's PAYE reference] ready.",
                ),
            ]
        )
        sign = "HM Revenue and Customs"
        footer = "Do not reply to this email. We'll never ask for your personal or payment information by email."
    elif kind == "us":
        name, addr = ctx.pick(
            [
                ("IRS Online Account", "noreply@irs.example.gov"),
                ("Department of Revenue", "dor-notices@revenue.state.example.gov"),
            ]
        )
        subject, body = ctx.pick(
            [
                (
                    "Your refund has been approved",
                    f"Your {year[:4]} federal tax refund of ${ctx.num(80, 3900)} has been approved and is scheduled to be deposited on {{day}}.",
                ),
                (
                    "You have a new notice in your online account",
                    "A new notice is available: [CP2000 - proposed changes to your return because income reported by an employer does not match|CP14 - balance due|Letter 5071C - identity verification]. Sign in to view it. [Respond by {day}.|]",
                ),
                (
                    "Appointment confirmation - Taxpayer Assistance Center",
                    "Your appointment at the Taxpayer Assistance Center in {city} is confirmed for {day}. Bring photo ID, your Social Security card and all Forms W-2 and 1099 from your employers.",
                ),
                (
                    "Return accepted",
                    f"Good news: your {year[:4]} [state|federal] return was accepted. If you're due a refund, most refunds are issued in less than 21 days.",
                ),
            ]
        )
        sign = ""
        footer = "This is an automated message. Please do not reply. We do not initiate contact with taxpayers by email to request personal or financial information."
    else:
        name, addr = ctx.pick(
            [
                ("TurboTax", "turbotax@intuit.example.com"),
                ("TaxAct", "no-reply@taxact.example.com"),
                ("FreeTaxUSA", "support@freetaxusa.example.com"),
            ]
        )
        subject, body = ctx.pick(
            [
                (
                    "Your W-2 is ready to import",
                    f"Good news! {{co}} has made your {year[:4]} W-2 available. Import it in seconds instead of typing it in. [Sign in to continue your return.|Your return is [40|65|80]% complete.]",
                ),
                (
                    "Don't miss the deadline",
                    "Tax Day is {day}. You still haven't filed. [Pick up where you left off.|It only takes a few minutes to finish.] [Get your maximum refund, guaranteed.|]",
                ),
                (
                    "Offer: 20% off Deluxe",
                    "File by {day} and save 20% on Deluxe. [Changed jobs this year? We'll handle multiple W-2s.|Side gig? We've got you.] Offer ends soon.",
                ),
            ]
        )
        sign = ""
        footer = ctx.pick(
            [
                "Unsubscribe from marketing emails.",
                "© Intuit Inc. All rights reserved.",
                "You received this email because you have an account with us.",
            ]
        )
    return Draft(
        subject,
        _paras(
            _opt(ctx, 0.6, "Dear {first} {last},", "Hi {first},", "Dear Taxpayer,"), ctx.fill(body)
        ),
        name,
        addr,
        greet=False,
        sign=sign,
        footer=footer,
        bulk=kind == "software",
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("zn_child_school_admissions", "not_job", n=N)
def child_school_admissions(ctx: Ctx) -> Draft:
    """A child's school or nursery place: council offers, private-school assessments, waiting lists."""
    kid = ctx.pick(
        ["Noah", "Maya", "Leo", "Ava", "Sami", "Ella", "Theo", "Zara", "Oscar", "Amelie"]
    )
    school = ctx.pick(
        [
            "Oakfield Primary School",
            "St Joseph's Catholic Primary",
            "Brookside Academy",
            "Westgate Montessori",
            "Hillcrest Day School",
            "Riverbank Nursery",
            "Lincoln Park Elementary",
            "The Harrow Lane School",
        ]
    )
    kind = ctx.pick(
        ["council_offer", "assessment", "visit", "waitlist", "private_offer", "aid", "received"]
    )
    if kind == "council_offer":
        name, addr = (
            "School Admissions",
            ctx.pick(
                ["admissions@council.example.gov.uk", "school.admissions@county.example.gov.uk"]
            ),
        )
        subject = ctx.pick(
            [
                "Your school offer",
                "National Offer Day - your child's school place",
                "Primary school place offer",
            ]
        )
        body = f"We are pleased to offer {kid} a place at {school} for September. [This was your [first|second|third] preference.|] Please accept or decline the offer online by {{day}}. If you do not respond, the place may be withdrawn. [You have the right to appeal if you were not offered a higher preference.|]"
    elif kind == "assessment":
        name, addr = (
            f"{school} Admissions",
            "admissions@" + school.lower().replace("'", "").split()[0] + ".example.org",
        )
        subject = ctx.pick(
            [
                f"Assessment morning for {kid}",
                "Entrance assessment and family interview",
                "Next steps in your application",
            ]
        )
        body = f"Thank you for your application for {kid} to join [Reception|Year 3|Year 7|kindergarten|first grade] in September. We would like to invite {kid} to an assessment [morning|session] on {{day}}[, and you to a short interview with the Head|, followed by a family interview with our Director of Admissions|]. [Children should bring a pencil case and a snack.|Please arrive 15 minutes early.]"
    elif kind == "visit":
        name, addr = (
            f"{school}",
            "office@" + school.lower().replace("'", "").split()[0] + ".example.org",
        )
        subject = ctx.pick(
            ["Open morning booking confirmed", "Your school tour", "Tour confirmation"]
        )
        body = f"Thank you for booking a tour of {school} on {{day}} at [9:15am|10am|1:30pm]. [The tour lasts about an hour and includes time with the Head.|Please sign in at reception.] [Applications for next September close on {{day}}.|]"
    elif kind == "waitlist":
        name, addr = "School Admissions", "admissions@council.example.gov.uk"
        subject = ctx.pick(
            [
                "Waiting list position",
                "Your child's place on the waiting list",
                "Update: waiting list",
            ]
        )
        body = f"{kid} is currently number {ctx.num(1, 14)} on the waiting list for {school}. Waiting lists are ranked by the admissions criteria, not by date of application, so positions can go down as well as up. [We will contact you if a place becomes available.|]"
    elif kind == "private_offer":
        name, addr = (
            f"{school} Admissions",
            "admissions@" + school.lower().replace("'", "").split()[0] + ".example.org",
        )
        if ctx.chance(0.6):
            subject = ctx.pick([f"An offer for {kid}", "Offer of a place", "Admissions decision"])
            body = f"[I am delighted to offer {kid} a place|We are pleased to offer {kid} a place] at {school} for the coming academic year. [To accept, please return the acceptance form and deposit of [$2,500|£1,500] by {{day}}.|Our offer letter is available in the parent portal.]"
        else:
            subject = ctx.pick(
                ["Admissions decision", "Your application", f"Regarding {kid}'s application"]
            )
            body = f"After careful consideration we are unable to offer {kid} a place at {school} for the coming academic year. [We very much enjoyed meeting your family.|We received far more applications than we have places.] [{kid} will remain on our waiting list unless you tell us otherwise.|]"
    elif kind == "aid":
        name, addr = (
            "Financial Aid Office",
            "financialaid@" + school.lower().replace("'", "").split()[0] + ".example.org",
        )
        subject = ctx.pick(
            [
                "Financial aid application",
                "Your tuition assistance application",
                "Financial aid: documents needed",
            ]
        )
        body = "Your application for tuition assistance is [complete and under review|missing documents]. [Please upload your most recent tax return and both parents' W-2s or payslips from your employers.|Decisions are released with admission offers.] [Deadline: {day}.|]"
    else:
        name, addr = "School Admissions", "school.admissions@county.example.gov.uk"
        subject = ctx.pick(
            [
                "Application received",
                "Your in-year school application",
                "Thank you for your application",
            ]
        )
        body = f"We have received your application for a school place for {kid} (reference {ctx.pick(['PA', 'IYA', 'SA'])}{ctx.num(10000, 99999)}). [We aim to process in-year applications within 15 school days.|Offers for September will be sent on {{day}}.] [You listed {school} as your first preference.|]"
    return Draft(
        ctx.pick([subject, subject, f"{subject} - {kid} {ctx.cand_last}"]),
        _paras(
            _opt(
                ctx,
                0.85,
                "Dear {first} {last},",
                "Dear Parent/Carer,",
                "Dear {first},",
                "Dear Parents,",
            ),
            ctx.fill(body),
        ),
        name,
        addr,
        greet=False,
        sign=ctx.pick(
            [
                "Yours sincerely,\nSchool Admissions Team",
                f"Kind regards,\n{ctx.person}\nAdmissions Registrar",
                f"Warm wishes,\n{ctx.person}\nDirector of Admissions, {school}",
                "",
            ]
        ),
        footer=ctx.pick(
            [
                "",
                "This email was sent from an unmonitored mailbox.",
                f"{school} is committed to safeguarding and promoting the welfare of children.",
                "Please quote your reference in any correspondence.",
            ]
        ),
        form=ctx.pick(["plain", "alt", "html"]),
    )


_LENDERS = (
    (
        "Summit Bank",
        "summitbank.example.com",
        ("received", "approved", "preapproved", "docs", "declined"),
        "[the Summit Rewards Card|a personal loan]",
    ),
    (
        "Harbor Credit Union",
        "harborcu.example.org",
        ("received", "approved", "docs", "declined"),
        "[an auto loan|a personal loan|membership]",
    ),
    (
        "NovaCard",
        "novacard.example.com",
        ("received", "approved", "preapproved", "declined"),
        "the NovaCard Platinum card",
    ),
    (
        "Keystone Mortgage",
        "keystonemortgage.example.com",
        ("received", "preapproved", "docs", "declined", "approved"),
        "a mortgage",
    ),
    (
        "Everline Life",
        "everlinelife.example.com",
        ("received", "phone_interview", "docs", "policy", "declined"),
        "term life insurance",
    ),
    (
        "Bluestone Insurance",
        "bluestoneins.example.com",
        ("received", "phone_interview", "policy"),
        "[income protection|life] insurance",
    ),
    (
        "Brightpath Lending",
        "brightpathlending.example.com",
        ("received", "approved", "preapproved", "docs", "declined"),
        "a personal loan",
    ),
)


@family("zn_credit_insurance_application", "not_job", n=N)
def credit_insurance(ctx: Ctx) -> Draft:
    """Credit cards, loans, mortgages and life insurance: applications, interviews, offers, declines."""
    lender, ldomain, kinds, product = ctx.pick(_LENDERS)
    product = ctx.fill(product)
    kind = ctx.pick(kinds)
    ref = str(ctx.num(10**7, 10**8))
    subject = {
        "received": [
            "We received your application",
            "Your application is being reviewed",
            f"Application {ref} received",
        ],
        "approved": [
            "Congratulations, you're approved!",
            "Your offer is ready",
            "Your application has been approved",
            "Welcome to " + lender,
        ],
        "preapproved": [
            "You're pre-approved!",
            "{first}, a special offer just for you",
            "Your offer in principle",
            "Exclusive offer inside",
        ],
        "docs": [
            "We need a few more documents",
            "Action needed on your application",
            "Verify your income to continue",
        ],
        "declined": [
            "About your recent application",
            "Important information about your application",
            "Application decision",
        ],
        "phone_interview": [
            "Schedule your phone interview",
            "Next step: your health interview",
            "Your life insurance application - next steps",
        ],
        "policy": [
            "Your policy documents",
            "Your coverage is active",
            "Welcome! Your policy is in force",
        ],
    }[kind]
    body = {
        "received": f"Thanks for applying for {product}. We're reviewing your application and will let you know our decision [within 7-10 business days|by email]. Application number: {ref}.",
        "approved": f"Good news: your application for {product} has been approved[ with a limit of ${ctx.num(2, 15)},000| for ${ctx.num(3, 40)},000|]. [Review and accept your offer online within 30 days.|Your documents will arrive in 7-10 business days.] [APR: {ctx.num(6, 29)}.{ctx.num(1, 9)}%.|]",
        "preapproved": f"Based on your credit profile, you've been pre-selected for {product}[ with a limit of up to $15,000| of up to £250,000|]. This offer expires on {{day}}. [Applying takes 5 minutes and won't affect your credit score.|Terms apply.]",
        "docs": "To finish reviewing your application we need [proof of income: your two most recent pay stubs or your employment contract|a letter from your employer confirming your salary and start date|your last two years' tax returns]. Upload them securely [in the app|at our website] by {day}.",
        "declined": "Thank you for your application. After careful review we are unable to approve it at this time. [The main reasons for our decision are listed in the attached notice.|This decision was based in whole or in part on information obtained from a consumer reporting agency.] [You have the right to a free copy of your credit report within 60 days.|You may reapply in 6 months.]",
        "phone_interview": "The next step in your application is a short phone interview (about [15|20|30] minutes) with one of our underwriting nurses, who will ask about your medical history and lifestyle. [Pick a time that suits you: {link}|We'll call you on {day} at {time}.] [Please have your doctor's details and list of medications to hand.|]",
        "policy": f"Your {product} policy {ref} is now active. Your documents are attached. [Your first premium of ${ctx.num(12, 140)} will be collected on {{day}}.|Check that your details are correct.]",
    }[kind]
    return Draft(
        ctx.fill(ctx.pick(subject)),
        _paras(
            _opt(
                ctx, 0.7, "Dear {first} {last},", "Hi {first},", "Dear Customer,", "Hello {first},"
            ),
            ctx.fill(body),
        ),
        lender,
        ctx.pick(["no-reply@", "alerts@", "applications@", "service@"]) + ldomain,
        greet=False,
        sign=ctx.pick(
            [
                "",
                f"The {lender} Team",
                f"{lender} Customer Service",
                f"Sincerely,\n{lender} Underwriting",
            ]
        ),
        footer=ctx.pick(
            [
                "",
                f"{lender} is a trading name of {lender} Financial Services Ltd. Authorised and regulated by the Financial Conduct Authority.",
                "Member FDIC. Equal Housing Lender. To unsubscribe from marketing emails click here."
                if "Insurance" not in lender and "Life" not in lender
                else "Underwritten by " + lender + " Assurance Company.",
                "Please do not reply to this email. This mailbox is not monitored.",
            ]
        ),
        bulk=kind == "preapproved",
        form=ctx.pick(["html", "alt", "alt"]),
    )
