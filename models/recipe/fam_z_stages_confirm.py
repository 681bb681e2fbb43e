"""Confirmations from founders, shops, hospitals, universities, public bodies, agencies and
job boards, some describing the "next steps" ahead without taking one.

One writer's job-stage families (prefix zs_), each one real-world style; labels follow what
a mail DOES. Written independently of the other fam_*.py modules so held-out evaluation
stays honest.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

import vocab
from kit import Ctx, Draft, ats_sender, family, sign_team
from zs_kit import (
    agency_recruiter,
    casual_sign,
    draft_mail,
    stage_footer,
    texty,
)

# --------------------------------------------------------------------------- confirmation


@family("zs_founder_reply", "confirmation", n=30)
def founder_reply(ctx: Ctx) -> Draft:
    """A founder or owner of a small company acknowledging an emailed application."""
    sender = ats_sender(ctx, "person")
    body = texty(
        ctx,
        ctx.para(
            "Thanks for reaching out and for sending your CV! [I'll read through it properly this week|I'm going to go through applications over the weekend|We're a tiny team so bear with me] and get back to you either way.",
            "Got it, thanks[ {first}|]. [We're still collecting applications|We'll keep the posting open] until [the end of the month|{day}], then [my co-founder and I|the two of us] will [go through everything|review them all together].",
            "Hey, appreciate you applying for the {title} [gig|role|job]! [Had a quick look and|Just confirming] it's come through fine. [I'll be in touch in the next week or so.|You'll hear from me soon either way.]",
            "Thank you for your interest in joining {co}. As a small [business|shop|studio], I personally read every application, so it may take me [a few days|a week or two] to reply properly.",
            "Received, thanks! [Really appreciate the thoughtful note.|Love the cover letter.] [I'm travelling until {day}|Things are hectic with our launch] but I'll come back to you after that.",
        ),
    )
    quote = ""
    if ctx.chance(0.55):
        quote = ctx.fill(
            "[Hi {pfirst}|Hello|Dear {pfirst}],\n\n[I saw your post on [LinkedIn|Hacker News|Twitter|Wellfound] about the {title} role and wanted to apply.|Please find attached my CV for the {title} position.|I'd love to be considered for the {title} opening at {co}.] [I've attached my resume.|My portfolio is linked in my CV.|]\n\n[Best,|Thanks,|Kind regards,]\n{first} {last}"
        )
    sign = casual_sign(
        ctx, ["\n[Founder|Co-founder & CEO|Owner|Managing Director], {co}", "\nFounder", "", ""]
    )
    return draft_mail(
        ctx,
        [
            "Re: {title}",
            "Re: application",
            "Re: Job application - {first} {last}",
            "Re: {title} role",
            "Re: hello",
        ],
        body,
        sender,
        greet=ctx.chance(0.5),
        sign=sign,
        quote=quote,
        form=ctx.pick(["plain", "plain", "alt"]),
    )


@family("zs_hourly_retail", "confirmation", n=30)
def hourly_retail(ctx: Ctx) -> Draft:
    """Retail, restaurant and warehouse hourly applications: store numbers, shift talk."""
    role = ctx.pick(
        [
            "Team Member",
            "Crew Member",
            "Sales Associate",
            "Barista",
            "Cashier",
            "Warehouse Associate",
            "Shift Supervisor",
            "Stocker",
            "Delivery Driver",
            "Host",
        ]
    )
    ctx._title = role  # the posting names the role, so the label does too
    role = ctx.title
    store = ctx.fill("[Store|Location|Restaurant|Site] #" + str(ctx.num(100, 9999)))
    sender = ctx.rng.choice(
        [
            (ctx.fill("{co} Careers"), ctx.fill("careers@{domain}")),
            (ctx.fill("{co} Hiring"), "noreply@harri.com"),
            (ctx.fill("{co}"), "notifications@fountain.com"),
            (ctx.fill("{co} Jobs"), "no-reply@paradox.ai"),
            ats_sender(ctx, "workday"),
        ]
    )
    body = ctx.para(
        f"Thanks for applying to be a {role} at {{co}} {store}! [Your application has been received.|We got your application.] [A hiring manager will review it and may reach out to you by phone or text.|If your availability matches our open shifts, the store manager will contact you.|Keep an eye on your phone — we often text candidates.]",
        f"Hi {{first}}, this is [Olivia|Ava|Sam], the virtual hiring assistant for {{co}}. I've received your application for {role} at {store}. [The team will review it shortly.|What happens next: the hiring manager reviews your availability and experience.] [Reply STOP to opt out of texts.|]",
        f"We've received your application for: {role}\nLocation: {store}, {{city}}\nSubmitted: {{day}}\n\n[Positions fill quickly, so we'll be in touch soon if there's a match.|If selected for an interview, you'll receive a text or email with scheduling options.]",
        f"Welcome to the {{co}} hiring process! Thanks for your interest in [part-time|full-time|seasonal] {role} [opportunities|positions]. [Your application is on file for 90 days.|You can check your status anytime in the app.] [Don't forget to keep your availability up to date.|]",
    )
    extra = ctx.pick(
        [
            "",
            "",
            "Did you know? [Team members get a 20% discount from day one.|We offer flexible scheduling and weekly pay.]",
            "Questions? Visit our careers FAQ or ask at your local store.",
        ]
    )
    return draft_mail(
        ctx,
        [
            "Application received",
            f"Thanks for applying - {role}",
            "We got your application!",
            "{co}: application confirmation",
            "Your application to {co}",
            "Next steps",
        ],
        body + ("\n\n" + ctx.fill(extra) if extra else ""),
        sender,
        sign=ctx.fill("[The {co} Team|{co} Talent Acquisition|Your friends at {co}|]"),
        bulk=True,
        form=ctx.pick(["html", "alt", "plain"]),
        footer=ctx.fill(
            "[{legal} is an equal opportunity employer.|Msg & data rates may apply.|To unsubscribe from hiring updates, click here.|]"
        ),
    )


@family("zs_public_sector_receipt", "confirmation", n=30)
def public_sector_receipt(ctx: Ctx) -> Draft:
    """Government and council receipts: announcement numbers, eligibility, long process."""
    agency, host = ctx.rng.choice(
        [
            ("Department of Transportation", "dot.example.gov"),
            ("City of Springfield", "springfield.example.gov"),
            ("State Department of Health", "health.example.gov"),
            ("County of Marin", "marincounty.example.gov"),
            ("Ministry of Justice", "justice.example.gov.uk"),
            ("Department for Education", "education.example.gov.uk"),
            ("Harbour District Council", "harbourdc.example.gov.uk"),
            ("Department of Veterans Affairs", "va.example.gov"),
            ("Parks and Recreation Department", "parks.example.gov"),
        ]
    )
    ctx._co = vocab.Company(agency, host, agency)  # the employer is the public body itself
    sender = ctx.rng.choice(
        [
            ("USAJOBS", "no-reply@usajobs.gov"),
            (agency, f"hr-noreply@{host}"),
            (f"{agency} Human Resources", f"recruitment@{host}"),
            ("Civil Service Jobs", "noreply@csjobs.example.gov.uk"),
            ("NEOGOV", "noreply@governmentjobs.com"),
        ]
    )
    num = ctx.pick(["DOT-24-", "ST-", "HHS-", "CSC-", ""]) + str(ctx.num(100000, 9999999))
    body = ctx.para(
        "Your application for {title}[, {co}|], announcement number "
        + num
        + ", was received on {day}. [Your application will be reviewed to determine if you meet the minimum qualifications.|Applications are evaluated after the announcement closes.] [You may check the status of your application in your account at any time.|Status updates will be posted to your account.]",
        "Thank you for applying for the position of {title} (Job ID "
        + num
        + ")[ with {co}|]. [This is an automated confirmation that we have received your application.|We acknowledge receipt of your application.] [Due to the volume of applications, the selection process may take [6-8 weeks|several weeks|up to three months].|Shortlisting will take place after the closing date.] [Candidates who are shortlisted may be invited to [an assessment|a written test|an interview].|If you are selected to proceed, you will be contacted.]",
        "We confirm receipt of your application reference "
        + num
        + " for {title}. Please quote this reference in all correspondence. [The sift will take place after the closing date.|The vacancy closes on {day}.] [If you require reasonable adjustments at any stage, please contact us.|Please do not reply to this email.]",
    )
    if ctx.chance(0.4):
        body += ctx.fill(
            "\n\nWhat happens next\n\n[Your application will be assessed against the essential and desirable criteria in the person specification.|Human Resources will review your application to determine whether you meet the eligibility requirements, including any education or licensing requirements.] [Applicants who are found eligible will be referred to the hiring manager.|Qualified applicants may be placed on an eligibility list for up to 12 months.] [Please allow up to [30|45|60] days for this process.|You will be notified by email of the outcome of the review.] [Do not contact the hiring department directly regarding the status of your application.|]"
        )
    footer = ctx.pick(
        [
            "This is an official notification. Do not reply to this message.",
            "An Equal Opportunity Employer. Veterans' preference applies where eligible.",
            "Privacy Act Statement: the information you provide is used to determine your qualifications for employment.",
            "",
        ]
    )
    sign = ctx.fill(
        ctx.pick(["{co}\nHuman Resources", "Recruitment Team", "", "Office of Human Resources"])
    )
    return draft_mail(
        ctx,
        [
            "Application Received",
            f"Application received: {num}",
            "Thank you for applying",
            "Your application has been submitted",
            "Confirmation of application - {title}",
            "Application status notification",
        ],
        body,
        sender,
        sign=sign,
        footer=footer,
        bulk=ctx.chance(0.5),
    )


@family("zs_hospital_university", "confirmation", n=30)
def hospital_university(ctx: Ctx) -> Draft:
    """Hospitals and universities: requisitions, credentials, committees, "assessment may follow"."""
    if ctx.chance(0.5):
        inst, host = ctx.rng.choice(
            [
                ("St. Mary's Medical Center", "stmarys.example.org"),
                ("Riverside Health System", "riversidehealth.example.org"),
                ("Mercy General Hospital", "mercygeneral.example.org"),
                ("Lakeside Children's Hospital", "lakesidechildrens.example.org"),
                ("Northside NHS Foundation Trust", "northside.example.nhs.uk"),
                ("Valley Regional Medical Center", "valleyregional.example.org"),
            ]
        )
        ctx._co = vocab.Company(inst, host, inst)
        ctx._title = ctx.pick(
            [
                "Registered Nurse",
                "Patient Care Technician",
                "Medical Assistant",
                "Pharmacy Technician",
                "Unit Secretary",
                "Respiratory Therapist",
                "Healthcare Assistant",
                ctx._title,
            ]
        )
        body = ctx.para(
            "Thank you for applying for the {title} position (Requisition #{req}) at {co}. [Our Talent Acquisition team is reviewing your application and credentials.|A recruiter will review your qualifications against the requirements of the position.] [If your experience is a match, a recruiter will contact you to discuss next steps.|Please ensure your license and certification information is up to date in your profile.]",
            "Thank you for your application for the post of {title}, reference {req}. [Shortlisting will be completed by the recruiting manager after the closing date.|Please check your email regularly, including your junk folder, as all communication will be by email.] [Candidates may be asked to complete an assessment as part of the selection process.|If shortlisted you will be invited to interview by email.]",
        )
    else:
        inst, host = ctx.rng.choice(
            [
                ("Northfield State University", "northfield.example.edu"),
                ("Westbrook College", "westbrook.example.edu"),
                ("Kingsbridge University", "kingsbridge.example.ac.uk"),
                ("Lakemont Institute of Technology", "lakemont.example.edu"),
            ]
        )
        ctx._co = vocab.Company(inst, host, inst)
        body = ctx.para(
            "Thank you for your interest in employment at {co}. This message confirms we have received your application for {title} (Posting {req}). [The search committee will begin reviewing applications on {day}.|Review of applications will begin after the posting closes.] [Due to the volume of applications, only candidates selected for interview will be contacted.|You may track the status of your application in your applicant portal.]",
            "Your application for {title} in [the Department of Biology|the School of Engineering|the Office of the Registrar|the University Library|Facilities Management] has been successfully submitted. [Please note that the committee may request additional materials, such as letters of reference or a teaching statement, at a later stage.|Finalists may be asked to give a short presentation.] [We appreciate your patience during this process.|]",
        )
    body += ctx.fill(
        "[\n\nApplication ID: {num}|\n\nPlease do not reply to this automatically generated email.|]"
    )
    sender = ctx.rng.choice(
        [
            (f"{inst} Human Resources", f"noreply@jobs.{host}"),
            (f"{inst} Careers", f"talent@{host}"),
            (inst, f"donotreply@careers.{host}"),
        ]
    )
    return draft_mail(
        ctx,
        [
            "Application Received: {title}",
            "Thank you for applying to {co}",
            "Your application - {req}",
            "Confirmation of your application",
            "Application submitted successfully",
        ],
        body,
        sender,
        sign=ctx.fill(
            ctx.pick(
                [
                    "{co}\nHuman Resources",
                    "Talent Acquisition",
                    "Employment Services",
                    "Recruitment Team",
                ]
            )
        ),
        footer=ctx.fill(
            ctx.pick(
                [
                    "{co} is an Equal Opportunity/Affirmative Action employer.",
                    "",
                    "This mailbox is not monitored.",
                ]
            )
        ),
    )


@family("zs_agency_cv_received", "confirmation", n=30)
def agency_cv_received(ctx: Ctx) -> Draft:
    """A staffing agency's auto-reply or consultant note: "we've received your CV"."""
    name, addr, agency = agency_recruiter(ctx)
    auto = ctx.chance(0.55)
    if auto:
        sender = (agency, "applications@" + addr.split("@")[1])
        body = ctx.para(
            "Thank you for your application for the {title} [role|vacancy|position] (ref: {req}). [We have received your CV and one of our consultants will review it shortly.|Your CV has been successfully received.] [If your skills and experience match our client's requirements, we will contact you within [5|3|7] working days.|Due to the high volume of applications, we are unable to respond to every applicant individually.|If you do not hear from us within 14 days, please assume you have not been successful on this occasion.]",
            "We've received your CV! [Thanks for applying via our website.|Thank you for registering with us.] [A consultant will be in touch if there's a suitable match.|Your details are now on our database and we'll let you know about relevant roles.] [Please make sure your CV is up to date.|]",
        )
        sign = ctx.pick(
            ["Kind regards,\nThe " + agency + " Team", agency, "Candidate Services\n" + agency]
        )
    else:
        sender = (name, addr)
        body = ctx.para(
            "Thanks for sending your CV over for the {title} role. [I've got it and will review it today.|Received with thanks.] [If it's a fit for my client I'll call you to discuss before anything is submitted.|I'll be in touch once I've spoken to the client about it.]",
            "Just a quick note to confirm I have your application for {title}. [Shortlisting is happening at the end of the week.|The client is reviewing CVs next week.] [I'll come back to you either way.|Speak soon.]",
        )
        sign = (
            ctx.fill(
                "[Thanks|Best regards|Kind regards],\n{person}\n[Recruitment Consultant|Senior Consultant|Resourcer], "
            )
            + agency
        )
    return draft_mail(
        ctx,
        [
            "Your application - {title}",
            "We've received your CV",
            "Application received (ref {req})",
            "Thank you for your application",
            "RE: {title}",
            "CV received",
        ],
        body,
        sender,
        sign=sign,
        footer=stage_footer(ctx, "agency"),
        bulk=auto and ctx.chance(0.5),
    )


@family("zs_board_receipt", "confirmation", n=30)
def board_receipt(ctx: Ctx) -> Draft:
    """LinkedIn Easy Apply / Indeed Apply / Glassdoor / Wellfound receipts, HTML-heavy."""
    board = ctx.pick(
        ["linkedin", "linkedin", "indeed", "indeed", "glassdoor", "wellfound", "ziprecruiter"]
    )
    sender = {
        "linkedin": ats_sender(ctx, "linkedin"),
        "indeed": ats_sender(ctx, "indeed"),
        "glassdoor": ("Glassdoor", "noreply@glassdoor.com"),
        "wellfound": ("Wellfound", "team@wellfound.com"),
        "ziprecruiter": ("ZipRecruiter", "alerts@ziprecruiter.com"),
    }[board]
    link = {
        "linkedin": ctx.url("www.linkedin.com", "jobs/view"),
        "indeed": ctx.url("www.indeed.com", "myjobs"),
        "glassdoor": ctx.url("www.glassdoor.com", "apply"),
        "wellfound": ctx.url("wellfound.com", "jobs/applications"),
        "ziprecruiter": ctx.url("www.ziprecruiter.com", "candidate/applied"),
    }[board]
    body = ctx.para(
        "Your application was sent to {co}\n\n{title}\n{co} · {city}[ (Hybrid)| (Remote)| (On-site)|]\nApplied on {day}\n\n[View your application|See application status]: @LINK",
        "[Great job|Nice work], {first}! Your application for {title} at {co} [has been submitted|is on its way]. [The employer will contact you directly if they'd like to move forward.|We'll let you know when the employer views your application.|Track your application in My Jobs.]",
        "Application submitted\n\n{title}\n{co} - {city}\n\n[The following items were sent to {co}: resume, contact information.|Your resume and answers to screening questions were shared with the employer.] [Good luck!|Keep an eye on your inbox.]\n\n@LINK",
        "You applied to {title} at {co}. [Applicants usually hear back within [1-2|2] weeks.|This employer typically responds within 3 days.] [Keep applying — candidates who apply to more jobs hear back sooner.|]",
    ).replace("@LINK", link)
    extra = ctx.pick(
        [
            "",
            "",
            "Jobs you may be interested in: [Senior Analyst|Operations Manager|Product Designer] · [Data Scientist|Account Executive] · [see more]",
            "Get the app to track your applications on the go.",
        ]
    )
    subjects = {
        "linkedin": [
            "{first}, your application was sent to {co}",
            "Your application was sent to {co}",
            "You applied for {title}",
        ],
        "indeed": [
            "Indeed Application: {title}",
            "Application submitted: {title}",
            "Your application to {co}",
        ],
        "glassdoor": ["Application confirmation", "You applied for {title} at {co}"],
        "wellfound": ["Your application to {co}", "Application sent: {title}"],
        "ziprecruiter": ["You applied for {title} at {co}", "Application confirmation"],
    }[board]
    return draft_mail(
        ctx,
        subjects,
        body + ("\n\n" + ctx.fill(extra) if extra else ""),
        sender,
        greet=False,
        sign="",
        bulk=True,
        form=ctx.pick(["html", "alt"]),
        footer=ctx.pick(
            [
                "You are receiving these emails because you applied to a job. Unsubscribe · Help",
                "This email was intended for you. Learn why we included this.",
                "Manage your notification settings.",
            ]
        ),
    )


@family("zs_receipt_next_steps", "confirmation", n=30)
def receipt_next_steps(ctx: Ctx) -> Draft:
    """Confirmations that describe the process ahead ("an assessment may follow") without inviting."""
    sender = ats_sender(
        ctx,
        ctx.pick(
            ["greenhouse", "lever", "smartrecruiters", "workable", "bamboohr", "own", "ashby"]
        ),
    )
    intro = ctx.para(
        "Thanks for applying to {co}! We've received your application for {title}.",
        "[Thank you for your application|Thanks for your interest] — [this is to confirm that|just letting you know] we've received [it|your application for the {title} role] [safely|and it's with our team].",
        "Your application for {title} is in. [Thanks for taking the time!|Nice one!]",
    )
    steps = ctx.para(
        "What happens next?\n\n1. [Our team reviews your application|A recruiter reviews your profile] ([usually within|typically] [5|7|10] business days).\n2. If there's a match, [we'll invite you to a short call|you'll hear from us about an introductory conversation].\n3. [For some roles, an online assessment may follow.|Technical roles include a skills assessment later in the process.]",
        "[Next steps:|Here's how our process works:] [a recruiter screen, then a conversation with the hiring manager, then a [take-home exercise|case study|skills assessment] and a final round.|application review → intro call → team interviews → offer.] [We'll be in touch at each stage.|Not every step applies to every role.]",
        "[If your background fits what we're looking for,|Should your profile match the requirements,] [a member of our team will reach out to discuss next steps|we'll contact you to arrange the next stage, which may include an assessment]. [Otherwise we'll let you know either way.|We aim to reply to every applicant.]",
    )
    extra = ctx.pick(
        [
            "",
            "",
            "In the meantime, [check out our engineering blog|learn more about life at {co} on our careers page|follow us on LinkedIn].",
            "Please note we will never ask you for payment during the hiring process.",
        ]
    )
    body = "\n\n".join(p for p in (intro, steps, ctx.fill(extra)) if p)
    return draft_mail(
        ctx,
        [
            "Thanks for applying to {co}",
            "Application received - next steps",
            "Next steps",
            "We've got your application",
            "{co} | {title}",
            "Your application",
        ],
        body,
        sender,
        footer=stage_footer(ctx, "ats"),
        bulk=ctx.chance(0.4),
        sign=sign_team(ctx) if ctx.chance(0.7) else None,
    )
