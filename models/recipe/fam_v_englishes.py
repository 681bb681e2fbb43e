"""Hiring mail in the Englishes of India, Singapore, the Philippines, Nigeria and South Africa
(tag ``vx_``).

Their idiom differs from US/UK templates: "kindly revert", "your candidature", "walk-in
drive", "HR round", "shortlisted for the next level", "JO", "pre-employment requirements",
"this serves to confirm", "(Pty) Ltd". A classifier trained on US/UK phrasing misreads them,
and millions of job seekers read mail like this every day.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, ascii_word, ats_sender, family

_IN_OFFICES = (
    "4th Floor, Tower B, DLF Cyber City, Gurugram",
    "Plot No. 12, Hitech City, Madhapur, Hyderabad",
    "Prestige Tech Park, Outer Ring Road, Bengaluru",
    "7th Floor, Commerzone, Yerawada, Pune",
    "Olympia Tech Park, Guindy, Chennai",
    "Sector 62, Noida",
)
_IN_AGENCIES = (
    ("Sai Talent Solutions", "saitalent.example"),
    ("Quadrant HR Services", "quadranthr.example"),
    ("Peoplelink Consulting", "peoplelinkconsulting.example"),
    ("Vedanta Staffing", "vedantastaffing.example"),
)


def _ist(ctx: Ctx) -> str:
    """Indian recruiters write times as "11:30 AM IST" or "3 PM"."""
    hour = ctx.num(9, 17)
    half = ctx.pick(["00", "30"])
    return f"{(hour - 1) % 12 + 1}:{half} {'AM' if hour < 12 else 'PM'}" + ctx.pick(
        [" IST", "", " (IST)"]
    )


def _in_sign(ctx: Ctx) -> str:
    return ctx.fill(
        "[Thanks & Regards|Thanks and Regards|Regards|Warm Regards],\n{person}\n[HR Executive - Talent Acquisition|Senior HR Recruiter|Associate - Talent Acquisition|HR Team]\n[{co}|{legal}]"
        + ctx.pick(["", f"\nMob: +91 {ctx.num(70000, 99999)} {ctx.num(10000, 99999)}"])
    )


@family("vx_in_hr_round_walkin", "interview", n=30)
def in_interview(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["own", "person", "person"]))
    style = ctx.pick(["letter", "letter", "walkin", "short"])
    if style == "letter":
        body = ctx.fill(
            "Greetings from {co}!\n\n"
            "With reference to your application for the post of {title}, we are pleased to inform you that your profile has been shortlisted for the [HR round of interview|first round of interview|HR discussion]. Please find the details below:\n\n"
            "Date: {day}\nTime: "
            + _ist(ctx)
            + "\nMode: [Telephonic|Virtual (MS Teams)|Face to face]\n"
            f"[Venue: {ctx.pick(_IN_OFFICES)}\n|]"
            "Contact Person: {person}\n\n"
            "Kindly revert with your confirmation at the earliest. [Please carry two copies of your updated resume.|Please carry a valid photo ID proof and your last three months' salary slips.|Please carry your original documents and a passport size photograph.|]"
        )
    elif style == "walkin":
        body = ctx.fill(
            "Greetings of the day!\n\n"
            "{co} is conducting a walk-in drive for {title} on {day} from [10:00 AM to 4:00 PM|10 AM - 1 PM|9:30 AM onwards]. Your profile has been shortlisted based on your application on [Naukri|our careers portal|Foundit|LinkedIn].\n\n"
            f"Venue: {ctx.pick(_IN_OFFICES)}\n"
            "Interview rounds: [HR round followed by Operations round|HR round and Manager round|Versant, Ops round, HR round]\n\n"
            "Kindly walk in with [your updated resume|resume and Aadhaar card|resume and a copy of your PAN card] and mention '{pfirst}' at the reception. [Do not forget to carry a pen.|Please reach 15 minutes early.|]"
        )
    else:
        body = ctx.fill(
            "Your interview for [{title}|the {title} opening] is scheduled on {day} at "
            + _ist(ctx)
            + ". It will be a [telephonic HR discussion|virtual interview] with {person}. [Please be available on your registered mobile number.|Teams link will be shared shortly.] Kindly confirm[ your availability|]."
        )
    subject = ctx.fill(
        ctx.pick(
            [
                "Interview Call Letter - {co}",
                "Walk-in Drive for {title} | {day}",
                "Shortlisted for HR Round",
                "Interview Schedule - {title}",
                "Invitation for Face to Face Interview",
                "Interview Confirmation",
            ]
        )
    )
    greet = ctx.fill("[Dear {first}|Dear Candidate|Hi {first}|Dear {first} {last}],")
    return Draft(subject, greet + "\n\n" + body, name, addr, greet=False, sign=_in_sign(ctx))


@family("vx_in_next_level_test", "technical_round", n=30)
def in_tech(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["own", "person", "person"]))
    cleared = ctx.para(
        "Congratulations! You have cleared the [HR round|first round|telephonic screening|preliminary round] and have been shortlisted for the next level of the selection process for {title}.",
        "We are happy to inform you that you have been shortlisted for the next level i.e. the technical round.",
        "Further to your discussion with our HR team, your candidature has been moved to the technical evaluation stage.",
        "Thank you for your interest. As a next step, you are required to take an online assessment.",
    )
    detail = ctx.para(
        "The online assessment link will be shared on your registered mail id. It consists of [aptitude, logical reasoning and coding|MCQs on Java and 2 coding questions|SQL and Python questions|data structures and one coding problem]. Duration: [60|90|75] mins. Please ensure a stable internet connection and a laptop with webcam.[ The test is proctored; switching tabs will end the test.|]",
        "Technical Round 1 will be conducted on {day} at "
        + _ist(ctx)
        + " [via MS Teams|via Google Meet|at our office] by our technical panel. It will cover [core Java, Spring Boot and SQL|your project work and problem solving|data structures, OOPS and DBMS]. Duration approx. [45 mins|1 hour].",
        "You need to complete the coding test on [HackerRank|HackerEarth|Mettl|AMCAT] within [48 hours|3 days] of receiving the link. Candidates who clear the test will be called for the technical interview with the delivery team.",
    )
    close = ctx.para(
        "Kindly revert with your availability.",
        "Kindly acknowledge the receipt of this mail.",
        "Kindly do the needful and revert at the earliest.",
        "All the best!",
        "",
    )
    body = "\n\n".join(p for p in (cleared, detail, close) if p)
    subject = ctx.fill(
        ctx.pick(
            [
                "Shortlisted for Next Level - {title}",
                "Technical Round Schedule",
                "Online Assessment - {co}",
                "Next round: Technical interview",
                "Your candidature for {title} - Technical Evaluation",
            ]
        )
    )
    greet = ctx.fill("[Dear {first}|Dear Candidate|Hi {first}],")
    return Draft(subject, greet + "\n\n" + body, name, addr, greet=False, sign=_in_sign(ctx))


@family("vx_in_consultancy_requirement", "recruiter_outreach", n=30)
def in_outreach(ctx: Ctx) -> Draft:
    agency, domain = ctx.pick(_IN_AGENCIES)
    name, addr = ctx.person, f"{ascii_word(ctx.person_first)}@{domain}"
    client = ctx.pick(
        [
            "one of our MNC clients",
            "a leading product based company",
            "{co}",
            "a Fortune 500 client",
        ]
    )
    body = ctx.fill(
        "[Hi {first}|Dear {first}|Hello {first}|Dear Candidate],\n\n"
        "[Hope you are doing well.|Greetings from "
        + agency
        + "!|Good day!] This is {pfirst} from "
        + agency
        + ". "
        "We have an [urgent requirement|immediate opening|excellent opportunity] for {title} with "
        + client
        + " at [Bangalore|Pune|Hyderabad|Chennai|Noida|Mumbai] location.\n\n"
        "Experience: [3-6|5-8|2-4|8-12] years\nNotice period: [Immediate to 30 days|Max 60 days|Immediate joiners preferred]\nMode: [Hybrid|WFO|Remote]\n\n"
        "If interested, kindly share your updated CV along with the following details:\n"
        "Total Exp:\nRelevant Exp:\nCurrent CTC:\nExpected CTC:\nNotice Period:\nCurrent Location:\n\n"
        "[If not interested, kindly refer your friends.|Looking forward to your response.|Kindly revert at the earliest.]"
    )
    sign = ctx.fill(
        "[Thanks & Regards|Regards],\n{person}\n[Sr. Recruiter|Talent Acquisition Specialist|IT Recruiter]\n"
        + agency
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "Urgent Requirement - {title}",
                "Opening for {title} | [Bangalore|Pune|Hyderabad]",
                "Job Opportunity - {title} - Immediate Joiners",
                "Your profile for {title}",
                "Requirement with MNC client",
            ]
        )
    )
    return Draft(subject, body, name, addr, greet=False, sign=sign, form=ctx.pick(["plain", "alt"]))


@family("vx_sgph_job_offer", "offer", n=30)
def sgph_offer(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["own", "person", "person"]))
    if ctx.chance(0.5):  # Philippines
        if ctx.chance(0.5):
            body = ctx.fill(
                "Dear {first},\n\nWe are pleased to inform you that you have been selected for the position of {title}. Please find attached your Job Offer (JO) for your review.\n\n"
                "Monthly basic salary: PHP [35,000|48,000|62,000|28,500]\nBenefits: 13th month pay, HMO coverage [from day one|upon regularization] [plus one dependent|], [15|12] days vacation leave\nStart date: {day}\n\n"
                "Kindly revert with your acceptance [by signing the JO|on or before {day}]. Upon acceptance, please submit your pre-employment requirements: NBI clearance, SSS, PhilHealth and Pag-IBIG numbers, TIN and medical results."
            )
        else:
            body = ctx.fill(
                "Hi {first}! Congrats, you passed the final interview! 🎉 We'd like to offer you the {title} role. JO signing will be on {day} at our [BGC|Makati|Ortigas|Cebu IT Park] office, [10AM|2PM]. Please bring 2 valid IDs. [See you!|Let me know if you have questions po.|]"
            )
    else:  # Singapore
        if ctx.chance(0.5):
            body = ctx.fill(
                "Hi {first},\n\nHappy to share that the hiring manager would like to proceed with an offer for the {title} role! I'll send the LOO (letter of offer) [by end of day|tomorrow morning]. Package as discussed: SGD [5,200|6,800|8,500|11,000] per month, AWS (13th month) and [variable bonus|performance bonus]. Can you revert by [Friday|{day}]?"
            )
        else:
            body = ctx.fill(
                "Dear {first},\n\nFurther to your interviews, we are pleased to offer you the position of {title} with {legal}. Attached please find the Letter of Offer.\n\n"
                "[Your monthly gross salary will be SGD [6,000|7,400|9,200], with CPF contributions as per statutory requirements|The offer is subject to a probation period of 3 months].[ Employment Pass application will be submitted upon your acceptance.|]\n\n"
                "Kindly sign and return the acceptance copy by {day}."
            )
    sign = ctx.fill(
        "[Best regards|Thank you|Regards|Warm regards],\n{person}\n[HR Officer|Talent Acquisition|Recruitment Specialist|HR Business Partner][, {co}|]"
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "Job Offer - {title}",
                "JO for {title}",
                "Letter of Offer",
                "Congratulations!",
                "Offer - {co}",
                "Re: final interview",
            ]
        )
    )
    return Draft(subject, body, name, addr, greet=False, sign=sign)


@family("vx_ngza_candidature_regret", "rejection", n=30)
def ngza_reject(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["own", "own", "workday", "smartrecruiters", "person"]))
    if ctx.chance(0.5):  # Nigeria
        body = ctx.fill(
            "Dear {first} {last},\n\n"
            "[RE: APPLICATION FOR THE POSITION OF|Re: Application for the role of] {title}\n\n"
            "We thank you for your interest in {co} and for the time you spent on the [assessment|interview|recruitment exercise|aptitude test]. "
            "[We regret to inform you that your candidature was not successful at this time.|After careful review, we regret to inform you that you were not selected to proceed to the next stage.|We regret to inform you that your application was unsuccessful.]\n\n"
            "[We have however retained your details in our database and may contact you should a suitable vacancy arise.|Please do not be discouraged; we encourage you to apply for future openings.|]\n\n"
            "We wish you the best in your future endeavours."
        )
        sign = ctx.fill(
            "[Yours faithfully|Best regards|Regards],\n[Human Resources|Talent Acquisition Team|HR Department]\n[{legal}|{co} Plc|{co} Limited]"
        )
    else:  # South Africa
        body = ctx.fill(
            "[Dear {first}|Good day {first}|Dear Applicant],\n\n"
            "Thank you for your application for the {title} vacancy[ (Ref: {req})|]. "
            "[Unfortunately we regret to advise that you have not been shortlisted.|We regret to advise that your application was unsuccessful on this occasion.|Following the interviews, we regret to inform you that another candidate has been appointed.] "
            "[Please do not hesitate to apply for future vacancies.|We wish you well in your job search.|Your CV will be kept on our database for six months.]"
        )
        sign = ctx.fill(
            "[Kind regards|Regards],\n[Talent Acquisition|Human Capital|Recruitment Team]\n{co} (Pty) Ltd"
        )
    subject = ctx.fill(
        ctx.pick(
            [
                "Outcome of your application",
                "Re: Application for {title}",
                "Your candidature - {co}",
                "Application Feedback",
                "{title} vacancy - regret",
                "Recruitment exercise update",
            ]
        )
    )
    return Draft(subject, body, name, addr, greet=False, sign=sign)


@family("vx_ngza_only_shortlisted", "confirmation", n=30)
def ngza_confirm(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["own", "own", "workday", "smartrecruiters", "icims"]))
    body = ctx.para(
        "Dear Applicant,\n\nThank you for applying for the {title} position. This serves to confirm that your application has been received.\n\nKindly note that only shortlisted candidates will be contacted for interviews. Should you not hear from us within [two|three|four] weeks of the closing date, please consider your application unsuccessful.",
        "Dear {first},\n\nYour application for {title} has been received and is being processed. Shortlisted candidates will be invited for an aptitude test and interview at our [Lagos|Abuja|Port Harcourt] office.\n\nKindly note that {co} does not charge any fee at any stage of the recruitment process. Report any request for payment to [recruitment|hr]@{domain}.",
        "Good day {first},\n\nWe acknowledge receipt of your CV for the {title} (Ref: {req}) vacancy. [{co} is committed to Employment Equity; preference will be given to candidates from designated groups.|]\n\nOnly shortlisted candidates will be contacted. Correspondence will be limited to shortlisted candidates only.",
        "Dear {first} {last},\n\nThank you for your interest in the {co} [Graduate Trainee Programme|Management Trainee Programme|{title} role]. Your application has been successfully submitted. Successful candidates will be invited for the next stage of the recruitment process via email and SMS.",
    )
    sign = ctx.fill(
        "[Kind regards|Regards|Best regards],\n[Recruitment Team|Talent Acquisition|Human Resources]\n[{co} (Pty) Ltd|{co} Plc|{co}]"
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "Application received - {title}",
                "Acknowledgement of application",
                "Your application to {co}",
                "{title} (Ref {req})",
                "Thank you for applying",
            ]
        )
    )
    return Draft(subject, body, name, addr, greet=False, sign=sign, bulk=ctx.chance(0.4))
