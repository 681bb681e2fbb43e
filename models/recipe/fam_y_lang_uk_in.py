"""``ml_`` families, part 5: regional English from the UK and India.

UK mail is formal ("We regret to inform you", "shortlisted", "assessment centre", "CV",
Right to Work and DBS checks, agencies quoting £ and "days in the office"); Indian mail has
its own vocabulary ("your candidature", "HR round", "CTC", "LPA", "kindly revert", campus
placement cells). Both read differently from US ATS templates the model learned from.
"""

# ruff: noqa: E501

from __future__ import annotations

import vocab
from fam_y_lang_base import person_addr
from kit import Calendar, Ctx, Draft, ascii_word, family

UK_SIGN = ("Kind regards,", "Yours sincerely,", "Many thanks,", "Best wishes,", "Regards,")
IN_SIGN = (
    "Thanks & Regards,",
    "Regards,",
    "Warm Regards,",
    "Thanks and regards,",
    "With best wishes,",
)
UK_CITIES = (
    "London",
    "Manchester",
    "Leeds",
    "Bristol",
    "Birmingham",
    "Edinburgh",
    "Glasgow",
    "Cardiff",
)
IN_CITIES = ("Bengaluru", "Hyderabad", "Pune", "Chennai", "Gurugram", "Noida", "Mumbai", "Kolkata")


def uk_date(ctx: Ctx) -> str:
    d = ctx.future(3, 14)
    wd = vocab.WEEKDAYS[d.weekday() % 5]
    th = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
    hour = f"{(d.hour - 1) % 12 + 1}{':' + format(d.minute, '02d') if d.minute else ''}{'am' if d.hour < 12 else 'pm'}"
    return ctx.pick(
        [
            f"{wd} {d.day}{th} {vocab.MONTHS[d.month - 1]} at {hour}",
            f"{d:%d/%m/%Y} at {d:%H:%M}",
            f"{wd} {d.day} {vocab.MONTHS[d.month - 1][:3]}, {hour}",
        ]
    )


def in_date(ctx: Ctx) -> str:
    d = ctx.future(1, 7)
    return ctx.pick(
        [
            f"{d:%d-%m-%Y} at {d:%I:%M %p} IST",
            f"{d.day} {vocab.MONTHS[d.month - 1][:3]} {d.year}, {d:%H:%M} hrs",
            f"{d:%d/%m/%Y} ({vocab.WEEKDAYS[d.weekday() % 5]}) {d:%I:%M %p}",
        ]
    )


def uk_sign(ctx: Ctx, team: bool = False) -> str:
    who = (
        ctx.fill(
            ctx.pick(
                ["Recruitment Team", "{co} Resourcing", "HR Shared Services", "The Talent Team"]
            )
        )
        if team
        else ctx.person
    )
    role = (
        ""
        if team
        else "\n"
        + ctx.fill(
            ctx.pick(
                [
                    "Resourcing Advisor",
                    "Talent Acquisition Partner",
                    "Recruitment Officer",
                    "HR Administrator",
                ]
            )
        )
    )
    return ctx.pick(UK_SIGN) + "\n" + who + role


def in_sign(ctx: Ctx) -> str:
    role = ctx.pick(
        [
            "HR Executive",
            "Talent Acquisition",
            "Sr. HR Recruiter",
            "HR - Talent Acquisition",
            "Placement Officer",
        ]
    )
    phone = f"\nMob: +91 {ctx.num(70000, 99999)} {ctx.num(10000, 99999)}" if ctx.chance(0.5) else ""
    return ctx.pick(IN_SIGN) + "\n" + ctx.person + "\n" + role + phone


def _fill(ctx: Ctx, text: str, date: str = "") -> str:
    return ctx.fill(text).replace("%D", date).replace("%C", ctx.pick(UK_CITIES))


@family("ml_uk_shortlisted", "interview", n=34)
def uk_shortlisted(ctx: Ctx) -> Draft:
    name, addr = ctx.pick(
        [
            (ctx.fill("{co} Resourcing"), ctx.fill("resourcing@{domain}")),
            ("NHS Jobs", "noreply@jobs.nhs.uk"),
            ("Civil Service Jobs", "noreply@csjobs.example.gov.uk"),
            person_addr(ctx),
        ]
    )
    opener = ctx.pick(
        [
            "Thank you for your application for the post of {title}. I am pleased to inform you that you have been shortlisted for interview.",
            "Further to your recent application, we would like to invite you to attend an interview for the position of {title}[ (ref {req})|].",
            "Good news - you've been shortlisted for the {title} role and we'd like to invite you to our assessment centre.",
        ]
    )
    detail = ctx.pick(
        [
            "The interview will take place on %D at our [%C office|head office in %C] and will last approximately 45 minutes. The panel will consist of [the Head of Service and an HR representative|two members of the team].",
            "The assessment centre will be held on %D and will include a group exercise, a presentation (10 minutes, topic enclosed) and a competency-based interview.",
            "Your interview is scheduled for %D via Microsoft Teams. You will be asked a series of strength-based and behavioural questions.",
        ]
    )
    extra = ctx.pick(
        [
            "Please bring with you original documents confirming your Right to Work in the UK (e.g. passport) and proof of address.",
            "Please confirm your attendance by replying to this email. If you have any access requirements or require reasonable adjustments, do let us know.",
            "Should you be unable to attend, please let us know as soon as possible so that we can offer the slot to another candidate.",
            "",
        ]
    )
    date = uk_date(ctx)
    body = "\n\n".join(
        p
        for p in [
            ctx.pick(["Dear {first},", "Dear {first} {last},", "Dear Candidate,", "Hi {first},"]),
            opener,
            detail,
            extra,
        ]
        if p
    )
    cal = (
        Calendar(ctx.fill("Interview - {title}"), ctx.future(3, 14), 45)
        if ctx.chance(0.2)
        else None
    )
    return Draft(
        _fill(
            ctx,
            ctx.pick(
                [
                    "Invitation to interview",
                    "Interview invitation - {title}",
                    "You have been shortlisted",
                    "Assessment centre invitation",
                    "Application update: {title} ({req})",
                ]
            ),
        ),
        _fill(ctx, body, date),
        name,
        addr,
        greet=False,
        sign=uk_sign(ctx, team=ctx.chance(0.5)),
        calendar=cal,
        lang="en_gb",
    )


@family("ml_uk_regret", "rejection", n=34)
def uk_regret(ctx: Ctx) -> Draft:
    name, addr = ctx.pick(
        [
            (ctx.fill("{co} Recruitment"), ctx.fill("recruitment@{domain}")),
            ("NHS Jobs", "noreply@jobs.nhs.uk"),
            (ctx.fill("{co} Careers"), "noreply@tal.net"),
        ]
    )
    paras = [
        ctx.pick(["Dear {first},", "Dear {first} {last},", "Dear Applicant,"]),
        ctx.pick(
            [
                "Thank you for your interest in the {title} vacancy and for the time you took to apply.",
                "Thank you for attending the interview for the post of {title}[ on {day}|].",
            ]
        ),
        ctx.pick(
            [
                "We regret to inform you that on this occasion your application has been unsuccessful.",
                "Unfortunately, on this occasion you have not been shortlisted for interview. We received a very high number of applications and the standard was extremely high.",
                "I am sorry to let you know that the panel has decided not to offer you the post.",
                "After careful consideration, we regret that we will not be progressing your application any further.",
            ]
        ),
        ctx.pick(
            [
                "We are unable to provide individual feedback at the shortlisting stage owing to the volume of applications.",
                "If you would like feedback, please contact the recruiting manager within 28 days.",
                "We wish you every success in your future career and would encourage you to apply for future roles with us.",
                "",
            ]
        ),
    ]
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Your application",
                    "Application outcome - {title}",
                    "Re: Your application for {title}",
                    "Outcome of your interview",
                    "Application update",
                ]
            )
        ),
        ctx.fill("\n\n".join(p for p in paras if p)),
        name,
        addr,
        greet=False,
        sign=uk_sign(ctx, team=ctx.chance(0.6)),
        footer=ctx.pick(
            [
                "",
                "This email and any attachments are confidential and intended solely for the addressee. Registered in England and Wales No. "
                + str(ctx.num(1000000, 9999999))
                + ".",
            ]
        ),
        lang="en_gb",
    )


@family("ml_uk_agency_outreach", "recruiter_outreach", n=30)
def uk_agency(ctx: Ctx) -> Draft:
    _agency, dom = ctx.rng.choice(vocab.RECRUITING_AGENCIES)
    k = ctx.num(35, 95)
    body = ctx.fill(
        ctx.pick(
            [
                "Hope you're well. I came across your CV on [CV-Library|Reed|Totaljobs|LinkedIn] and wanted to reach out about a permanent {title} role I'm recruiting for with a [leading fintech|well-established housing association|fast-growing scale-up] in %C.\n\nSalary is up to £"
                + str(k)
                + "k + [bonus|benefits|25 days holiday + bank hols], hybrid with 2 days a week in the office.\n\nIs this something you'd be open to discussing? If so, could you send over an up-to-date CV and let me know a good time for a quick call?",
                "Hi {first}, are you currently looking? I've got an interesting contract role - {title}, outside IR35, £"
                + str(ctx.num(350, 750))
                + " per day, 6 months initial, mostly remote. Shall we have a chat?",
                "Apologies for the cold approach. I'm working exclusively with {co} on a {title} hire (£"
                + str(k)
                + ",000 - £"
                + str(k + 10)
                + ",000). Your background looks like a strong match - fancy a quick chat this week?",
            ]
        )
    ).replace("%C", ctx.pick(UK_CITIES))
    return Draft(
        ctx.fill(
            ctx.pick(
                ["Contract role - outside IR35", "Quick chat?", "{title} contract - £ day rate"]
                if "IR35" in body
                else [
                    "{title} opportunity - %C",
                    "Permanent {title} role",
                    "Quick chat?",
                    "Exciting opportunity",
                ]
            )
        ).replace("%C", ctx.pick(UK_CITIES)),
        body,
        ctx.person,
        f"{ascii_word(ctx.person_first)}.{ascii_word(ctx.person_last)}@{dom}",
        greet=ctx.chance(0.5),
        sign=ctx.pick(UK_SIGN)
        + "\n"
        + ctx.person
        + "\nSenior Consultant"
        + ctx.pick(["", "\nDD: 0161 " + str(ctx.num(100, 999)) + " " + str(ctx.num(1000, 9999))]),
        lang="en_gb",
    )


@family("ml_uk_preemployment", "other_job", n=28)
def uk_preemployment(ctx: Ctx) -> Draft:
    body = ctx.fill(
        ctx.pick(
            [
                "As part of our pre-employment checks for the {title} post, please complete your DBS application using the link below within 5 working days.",
                "We have now contacted your referees. Please could you confirm the dates of employment for your two most recent employers, as one of your references is outstanding.",
                "Please upload a copy of your passport or share code so that we can complete your Right to Work check before your start date.",
                "Your occupational health questionnaire is now available in the candidate portal. Please complete it as soon as possible.",
            ]
        )
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Pre-employment checks",
                    "Action required: DBS check",
                    "References",
                    "Right to Work check - {title}",
                    "Occupational health questionnaire",
                ]
            )
        ),
        ctx.fill("[Dear {first},|Hi {first},]")
        + "\n\n"
        + body
        + "\n\n"
        + ctx.url(ctx.pick(["trac.jobs", "tal.net", "jobs.nhs.uk"]), "candidate"),
        ctx.fill("{co} Recruitment"),
        ctx.fill("recruitment@{domain}"),
        greet=False,
        sign=uk_sign(ctx, team=True),
        lang="en_gb",
    )


@family("ml_in_hr_round", "interview", n=32)
def in_hr_round(ctx: Ctx) -> Draft:
    name, addr = person_addr(ctx)
    body = ctx.fill(
        ctx.pick(
            [
                "Greetings from {co}!\n\nWith reference to your application for the post of {title}, we are pleased to inform you that your profile has been shortlisted for the HR round. The interview is scheduled on %D [over Teams|at our {city} office|telephonically].\n\nKindly revert with your confirmation. Please keep a copy of your updated resume and a government ID proof handy.",
                "Dear Candidate,\n\nYou have been shortlisted for the telephonic round of interview for {title}. Our HR team will call you on %D. Kindly ensure you are available on your registered mobile number.",
                "Hi {first},\n\nAs discussed over call, please find below the details of your HR discussion:\nDate/Time: %D\nMode: Virtual (link will be shared)\nDuration: 30 mins\n\nPlease confirm your availability at the earliest.",
            ]
        ).replace("{city}", ctx.pick(IN_CITIES))
    ).replace("%D", in_date(ctx))
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Interview Schedule - {title}",
                    "Shortlisted for HR Round",
                    "Interview Call Letter",
                    "Invitation for Interview || {co}",
                    "Telephonic Interview",
                ]
            )
        ),
        body,
        name,
        addr,
        greet=False,
        sign=in_sign(ctx),
        lang="en_in",
    )


@family("ml_in_campus_technical", "technical_round", n=30)
def in_campus(ctx: Ctx) -> Draft:
    body = ctx.fill(
        ctx.pick(
            [
                "Dear Student,\n\nCongratulations! You have cleared the online aptitude test conducted by {co} as part of the campus placement drive. You are shortlisted for the Technical Interview round scheduled on %D.\n\nReport to the Placement Cell 30 minutes before your slot with two copies of your resume and college ID card. Formal dress code is mandatory.",
                "Dear {first},\n\nGreetings from {co}. Based on your performance in the online coding test, you are shortlisted for Technical Round 1 for the role of {title}. The round will be conducted on HackerEarth/Teams on %D. Kindly ensure a stable internet connection and keep your camera on.",
                "Hi {first},\n\nYou have cleared the first technical round. Your second technical interview (DSA + system design) with the engineering manager is scheduled for %D. Post this, there will be a Managerial and HR round.",
            ]
        )
    ).replace("%D", in_date(ctx))
    sender = ctx.pick(
        [
            ("Training & Placement Cell", "tpo@college.example.ac.in"),
            (ctx.fill("{co} Campus Hiring"), ctx.fill("campus@{domain}")),
            person_addr(ctx),
        ]
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Shortlisted for Technical Interview - {co}",
                    "Campus Placement Drive 2025 | {co} | Technical Round",
                    "Technical Round 2 - {title}",
                    "Result of Online Assessment",
                ]
            )
        ),
        body,
        sender[0],
        sender[1],
        greet=False,
        sign=in_sign(ctx),
        lang="en_in",
    )


@family("ml_in_offer_ctc", "offer", n=30)
def in_offer(ctx: Ctx) -> Draft:
    lpa = ctx.num(4, 42)
    body = ctx.fill(
        ctx.pick(
            [
                "Congratulations!\n\nWe are pleased to offer you the position of {title} at {legal}. Your annual CTC will be INR "
                + f"{lpa},00,000"
                + " (Rupees "
                + str(lpa)
                + " Lakhs only), as detailed in the annexure.\n\nYour date of joining will be %D. Kindly sign and share the scanned copy of the offer letter as a token of your acceptance within 3 working days.",
                "Dear {first},\n\nPFA your offer letter for the role of {title}. CTC: "
                + str(lpa)
                + " LPA (fixed + variable). Notice period buyout is not applicable. Please revert with your acceptance and expected DOJ.",
                "Hi {first},\n\nHappy to inform you that you have been selected! Please find attached the offer letter with the CTC break-up. Kindly accept it on the portal and upload your relieving letter and last 3 months' payslips.",
            ]
        )
    ).replace("%D", in_date(ctx).split(" at ")[0])
    name, addr = person_addr(ctx)
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Offer Letter - {title}",
                    "Offer of Employment || {co}",
                    "Congratulations - You are selected!",
                    "Offer letter with CTC break-up",
                ]
            )
        ),
        body,
        name,
        addr,
        greet=False,
        sign=in_sign(ctx),
        lang="en_in",
    )


@family("ml_in_candidature_regret", "rejection", n=30)
def in_regret(ctx: Ctx) -> Draft:
    body = ctx.fill(
        ctx.pick(
            [
                "Dear {first},\n\nThank you for your interest in {co}. We regret to inform you that your candidature for the position of {title} has not been shortlisted for further rounds. We will retain your profile in our database for future requirements.",
                "Dear Candidate,\n\nThank you for attending the interview. After careful evaluation, we regret to inform you that we will not be able to take your candidature forward at this point of time. We wish you all the best for your future endeavours.",
                "Hi {first},\n\nThanks for your time in the technical discussion. Unfortunately the panel has decided not to proceed with your profile for this position. All the best!",
            ]
        )
    )
    name, addr = ctx.pick(
        [
            (ctx.fill("{co} HR"), ctx.fill("hr@{domain}")),
            (ctx.fill("{co} Talent Acquisition"), ctx.fill("careers@{domain}")),
            person_addr(ctx),
        ]
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Status of your application",
                    "Your candidature for {title}",
                    "Application Status - {co}",
                    "Interview Feedback",
                ]
            )
        ),
        body,
        name,
        addr,
        greet=False,
        sign=in_sign(ctx),
        lang="en_in",
    )


@family("ml_in_consultancy_outreach", "recruiter_outreach", n=30)
def in_outreach(ctx: Ctx) -> Draft:
    lo = ctx.num(2, 8)
    body = ctx.fill(
        "Greetings from [TalentEdge Consultants|Srishti HR Solutions|NextGen Placements]!\n\n"
        "We have an urgent opening for [{title}|{title} with our MNC client] at ["
        + "|".join(IN_CITIES)
        + "].\n\n"
        "Experience: "
        + f"{lo}-{lo + 4}"
        + " yrs\nNotice period: Immediate to 30 days\nCTC: [As per industry standards|Best in industry|Up to "
        + str(ctx.num(8, 40))
        + " LPA]\n\n"
        "If interested, kindly share your updated resume along with the below details:\nTotal Exp:\nCurrent CTC:\nExpected CTC:\nNotice Period:\nCurrent Location:"
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Urgent opening for {title}",
                    "Job Opportunity || {title} || [" + "|".join(IN_CITIES) + "]",
                    "Exciting opportunity with MNC",
                    "Requirement for {title}",
                ]
            )
        ),
        body,
        ctx.person,
        f"{ascii_word(ctx.person_first)}.hr{ctx.num(1, 99)}@gmail.com"
        if ctx.chance(0.4)
        else f"{ascii_word(ctx.person_first)}@talentedge.example.in",
        greet=ctx.chance(0.5),
        sign=in_sign(ctx),
        lang="en_in",
    )
