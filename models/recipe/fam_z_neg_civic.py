"""Hard negatives from institutions: unemployment benefits (which talk about job searches and
interviews all the time), visa and immigration appointments, university admissions, grants and
fellowships. Each has applications, interviews, offers and rejections of its own, none of which
is a job application. Helpers are shared with ``fam_z_neg`` (same author, same tag).
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from fam_z_neg import N, _opt, _paras
from kit import Ctx, Draft, family


@family("zn_unemployment_claim", "not_job", n=N)
def unemployment_claim(ctx: Ctx) -> Draft:
    """State unemployment insurance / UK Universal Credit: certifications, work search, interviews."""
    region = ctx.pick(["us", "us", "uk"])
    claim = f"{ctx.num(100, 999)}-{ctx.num(10, 99)}-{ctx.num(1000, 9999)}"
    if region == "us":
        agency, addr = ctx.pick(
            [
                ("Department of Employment Security", "noreply@esd.state.example.gov"),
                ("Division of Unemployment Insurance", "ui-notices@labor.state.example.gov"),
                ("Workforce Commission", "donotreply@twc.example.gov"),
                ("Employment Development Department", "edd-notify@edd.example.gov"),
            ]
        )
        kind = ctx.pick(
            ["certify", "worksearch", "interview", "determination", "payment", "reemploy"]
        )
        if kind == "certify":
            subject = ctx.pick(
                [
                    "Reminder: Request your weekly benefit payment",
                    "Weekly certification due",
                    "Action required: file your weekly claim",
                ]
            )
            body = "Your weekly certification for the week ending {day} is now available. You must answer all questions, including whether you [looked for work|made at least three work search contacts] and whether you [refused any job offers|started a new job], to receive payment."
        elif kind == "worksearch":
            subject = ctx.pick(
                [
                    "Work search requirements",
                    "Your work search log",
                    "Reminder: keep a record of your job contacts",
                ]
            )
            body = "To remain eligible you must complete at least [three|five] work search activities each week, such as submitting job applications, attending job interviews or job fairs, or registering with [WorkSource|the state job bank]. Keep a record of the employer, position and date of each contact. [We may audit your work search log at any time.|Failure to provide this record may result in an overpayment.]"
        elif kind == "interview":
            subject = ctx.pick(
                [
                    "Notice of Telephone Interview",
                    "Eligibility interview scheduled",
                    "Important: fact-finding interview",
                    "Claim " + claim + ": interview appointment",
                ]
            )
            body = "A telephone interview has been scheduled regarding your claim for unemployment benefits. An adjudicator will call you on {day} at {time} to discuss [the reason you separated from your last employer|your availability for work|a job offer your former employer reports you refused]. [If you miss the call, a decision will be made using the information available.|Please have your separation notice and any documents ready.]"
        elif kind == "determination":
            subject = ctx.pick(
                [
                    "Determination notice available",
                    "A new document is available in your inbox",
                    "Your claim decision",
                ]
            )
            body = "A determination has been issued on your claim. [You have been found eligible for benefits.|You have been found ineligible for benefits for the week(s) in question.|Benefits are allowed; your former employer's account will be charged.] Log in to read the full notice. [You have 30 days to file an appeal.|If you disagree you may request a hearing.]"
        elif kind == "payment":
            subject = ctx.pick(
                ["Payment issued", "Your benefit payment has been processed", "Debit card deposit"]
            )
            body = (
                "A payment of [$"
                + str(ctx.num(180, 760))
                + ".00|your weekly benefit amount] for the week ending {day} has been issued to your [direct deposit account|benefits debit card]. Remaining balance on your claim: $"
                + str(ctx.num(900, 9800))
                + ".00."
            )
        else:
            subject = ctx.pick(
                [
                    "Mandatory: Reemployment Services appointment",
                    "RESEA appointment scheduled",
                    "You've been selected for reemployment services",
                ]
            )
            body = "You have been selected to take part in the Reemployment Services and Eligibility Assessment (RESEA) program. Your appointment with a career counselor is on {day} at {time}[ at the {city} career center| by phone]. Bring your resume and your work search record. Attendance is required to continue receiving benefits."
        sign = agency
        footer = ctx.pick(
            [
                "Do not reply to this email. This mailbox is not monitored.",
                "Claim ID: " + claim + "\nThis is an automated message.",
                "Equal opportunity employer/program. Auxiliary aids and services are available upon request.",
            ]
        )
    else:
        agency, addr = "Universal Credit", "noreply@universal-credit.service.example.gov.uk"
        pay = f"£{ctx.num(310, 980)}.{ctx.num(10, 99)}"
        subject, body = ctx.pick(
            [
                (
                    "You have a new message in your Universal Credit account",
                    "You have a new message in your journal. Sign in to your account to read it. You must not reply to this email.",
                ),
                (
                    "Your to-do list has been updated",
                    "Your work coach has added a to-do: [Apply for 5 jobs and record them in your journal|Update your CV and upload it|Attend the jobs fair at the Jobcentre on {day}|Record your job search activity for this week]. [Complete it by {day}.|Sign in to see the details.]",
                ),
                (
                    "Universal Credit: appointment reminder",
                    "Reminder: you have an appointment with your work coach at [the Jobcentre|[Leeds|Croydon|Cardiff|Salford] Jobcentre Plus|by phone] on {day} at [9:20am|10:40am|1:50pm|3:10pm]. If you can't attend, tell us in your journal before the appointment or your payment could be affected.",
                ),
                (
                    "Your statement is ready",
                    "Your Universal Credit statement is ready. Your payment of "
                    + pay
                    + " will be paid on {day}. [Your earnings from employment have reduced this payment.|]",
                ),
            ]
        )
        sign = "Universal Credit"
        footer = "This is an automatic email. Do not reply."
    return Draft(
        subject,
        _paras(
            _opt(ctx, 0.5, "Dear {first} {last},", "Dear Claimant,", "Hello {first},"),
            ctx.fill(body),
            _opt(
                ctx,
                0.3,
                "IMPORTANT: You must continue to request benefit payments every [week|two weeks] while your claim is pending. If you return to work, report your gross earnings for the week in which you performed the work, not the week you were paid. Failure to report earnings or job offers can result in an overpayment, penalties and disqualification. If you have questions, call the claims center Monday to Friday, 8am to 5pm. Language assistance is available free of charge.",
                "Your rights: you may appeal any determination within 30 days of the mailing date. You may bring documents and witnesses to a hearing and you may be represented by an attorney or another person of your choice at your own expense. Continue to file your weekly claims while an appeal is pending.",
            ),
        ),
        agency,
        addr,
        greet=False,
        sign=sign,
        footer=footer,
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("zn_visa_immigration", "not_job", n=N)
def visa_immigration(ctx: Ctx) -> Draft:
    """Visa, residence-permit and citizenship appointments: interviews that are not job interviews."""
    kind = ctx.pick(["consular", "biometrics", "adjustment", "citizenship", "permit", "decision"])
    ref = ctx.pick(["IOE", "MSC", "EAC", "WAC", "LIN", "AA"]) + str(ctx.num(10**8, 10**9))
    if kind == "consular":
        subject = ctx.pick(
            [
                "Appointment Confirmation",
                "Your visa appointment is confirmed",
                "Visa interview - appointment letter",
                "Confirmation: consular appointment",
            ]
        )
        body = "Your visa interview appointment at the [Embassy|Consulate General] in [London|Madrid|Mumbai|Toronto|Berlin] is confirmed for {day} at {time}. Please bring your passport, the DS-160 confirmation page, this appointment letter and one photograph. [Electronic devices are not permitted inside.|Arrive no more than 15 minutes before your appointment.] [If you are applying for a work visa, bring your petition approval notice.|]"
        sender, addr = "Visa Information Service", "no-reply@visa-appointments.example.gov"
    elif kind == "biometrics":
        subject = ctx.pick(
            [
                "Biometrics appointment notice",
                "Your biometrics appointment",
                "Case status update: biometrics scheduled",
            ]
        )
        body = (
            "Receipt number "
            + ref
            + ": we have scheduled your biometric services appointment at the Application Support Center on {day} at {time}. Bring this notice and photo identification. [Failure to appear may result in your application being denied.|To reschedule, use your online account.]"
        )
        sender, addr = "USCIS Case Status", "uscis-case-status@uscis.example.gov"
    elif kind == "adjustment":
        subject = ctx.pick(
            [
                "Interview Appointment Notice",
                "Your case status has been updated",
                "Case " + ref + ": interview scheduled",
            ]
        )
        body = "On {day}, we scheduled an interview for your Form [I-485, Application to Register Permanent Residence or Adjust Status|I-130, Petition for Alien Relative]. [Please follow the instructions in the interview notice we mailed you.|Both you and your spouse must attend.] [Bring original documents and any evidence of employment authorization.|]"
        sender, addr = "USCIS Case Status", "uscis-case-status@uscis.example.gov"
    elif kind == "citizenship":
        subject = ctx.pick(
            ["Naturalisation interview", "Your citizenship appointment", "Oath ceremony invitation"]
        )
        body = "[You are invited to your naturalisation interview and civics test on {day} at {time}.|Congratulations - your application for citizenship has been approved and you are invited to the citizenship ceremony on {day}.] [Bring your residence card and passport.|Guests are welcome; please arrive 30 minutes early.]"
        sender, addr = ctx.pick(
            [
                ("Citizenship Services", "citizenship@homeoffice.example.gov.uk"),
                ("Immigration Office", "termine@auslaenderbehoerde.example.de"),
            ]
        )
    elif kind == "permit":
        subject = ctx.pick(
            [
                "Residence permit appointment",
                "Terminbestätigung / appointment confirmation",
                "Your residence permit application",
            ]
        )
        body = "Your appointment for the [residence permit|Blue Card|work permit] application is on {day} at {time}, room [2.14|B 103|4]. Please bring: passport, [employment contract|signed job offer], proof of health insurance, [lease agreement|registration certificate], one biometric photo and the fee of [€100|€75]."
        sender, addr = "Immigration Office", "termine@auslaenderbehoerde.example.de"
    else:
        subject = ctx.pick(
            [
                "Decision on your application",
                "Your visa decision",
                "Application " + ref + " - update",
            ]
        )
        body = "A decision has been made on your application. [Your visa has been approved and your passport is ready for collection.|Unfortunately your application has been refused. The reasons are set out in the attached letter.|Your application is approved. Your BRP will be delivered to the address you gave.] [You can track delivery online.|You may apply for an administrative review within 14 days.]"
        sender, addr = ctx.pick(
            [
                ("UK Visas and Immigration", "no-reply@ukvi.example.gov.uk"),
                ("Visa Information Service", "no-reply@visa-appointments.example.gov"),
            ]
        )
    return Draft(
        subject,
        _paras(
            _opt(ctx, 0.6, "Dear {first} {last},", "Dear Applicant,", "Dear {last},"),
            ctx.fill(body),
        ),
        sender,
        addr,
        greet=False,
        sign=ctx.pick(["", sender, "Do not reply to this message."]),
        footer=ctx.pick(
            [
                "",
                "This is a system-generated message. Please do not reply.",
                "Official communication. Reference: " + ref,
            ]
        ),
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("zn_university_admissions", "not_job", n=N)
def university_admissions(ctx: Ctx) -> Draft:
    """Graduate, MBA and undergraduate admissions: received, interview, offer, waitlist, decline."""
    deadline = ctx.day_phrase()
    uni = ctx.pick(
        [
            "Northfield University",
            "University of Westbrook",
            "Kingsgate College",
            "Lakemont Business School",
            "St Aldric's College",
            "Pacific Coast University",
            "Hollins Institute of Technology",
        ]
    )
    prog = ctx.pick(
        [
            "MSc Data Science",
            "MBA (Full-Time)",
            "MA Journalism",
            "PhD in Computer Science",
            "BSc Nursing",
            "Master of Public Health",
            "LLM",
            "MEng Robotics",
            "Executive MBA",
            "PGCE Secondary",
        ]
    )
    kind = ctx.pick(
        [
            "received",
            "incomplete",
            "interview",
            "offer",
            "conditional",
            "waitlist",
            "decline",
            "deposit",
        ]
    )
    app_id = f"{ctx.pick(['AP', 'G', 'U', ''])}{ctx.num(100000, 999999)}"
    subjects = {
        "received": [
            f"Application received: {prog}",
            f"Thank you for applying to {uni}",
            "Your application has been submitted",
        ],
        "incomplete": [
            "Your application is incomplete",
            "Missing documents: recommendation letters",
            f"{uni}: action required",
        ],
        "interview": [
            f"Interview invitation - {prog}",
            "Invitation to interview",
            f"{uni} admissions interview",
            "Next step in your application",
        ],
        "offer": [
            f"Congratulations from {uni}!",
            f"Your offer of admission to {prog}",
            "Admission decision",
            "A decision has been posted to your portal",
        ],
        "conditional": [
            f"Conditional offer - {prog}",
            "Your offer from " + uni,
            "Offer of a place",
        ],
        "waitlist": ["Admission decision", "Update on your application", f"{prog}: waitlist"],
        "decline": [
            "Your application to " + uni,
            "Admission decision",
            "Update regarding your application",
        ],
        "deposit": [
            "Secure your place: deposit deadline",
            "Reply to your offer",
            "Accept your offer by " + deadline,
        ],
    }
    bodies = {
        "received": f"Thank you for submitting your application to the {prog} programme (application ID {app_id}). [Our admissions committee will begin reviewing completed applications after the deadline.|Decisions are typically released within 6-8 weeks.] You can track the status of your application in the applicant portal.",
        "incomplete": "We are unable to review your application for "
        + prog
        + " until we receive [two letters of recommendation|your official transcripts|your English language test scores|your statement of purpose]. Please upload the missing items by {day}.",
        "interview": f"The admissions committee has reviewed your application to the {prog} programme and would like to invite you to an interview. Interviews [last about 30 minutes|are conducted by a faculty member and a current student] and take place [online via Zoom|on campus] during the week of {{day}}. Please book a slot in the applicant portal.",
        "offer": f"On behalf of the admissions committee, I am delighted to offer you a place on the {prog} programme at {uni}, starting [September|January|this fall]. [You have also been awarded a [partial|merit] scholarship of [£3,000|$10,000|€5.000].|Your offer letter and next steps are available in the portal.]",
        "conditional": f"We are pleased to make you a conditional offer for {prog}. The condition is: [a 2:1 or equivalent in your current degree|IELTS 7.0 overall with no band below 6.5|satisfactory references and a DBS check]. Please accept or decline the offer through the portal by {{day}}.",
        "waitlist": f"After careful review, the committee has placed your application for {prog} on our waitlist. [We expect to make further decisions by {{day}}.|Please confirm in the portal whether you wish to remain on the waitlist.] This is not a reflection of your qualifications; we received an exceptional number of applications this year.",
        "decline": f"Thank you for your interest in the {prog} programme. After careful consideration, we regret that we are unable to offer you a place this year. [We received over [1,200|3,400|900] applications for [40|120|65] places.|We encourage you to consider applying again in a future cycle.] We wish you every success.",
        "deposit": f"To secure your place on {prog} you need to accept your offer and pay the tuition deposit of [£2,000|$1,500|€1.000] by {deadline}. [After this date the offer will lapse.|Scholarship holders must also sign their award letter.]",
    }
    return Draft(
        ctx.pick(subjects[kind]),
        _paras(
            _opt(
                ctx, 0.8, "Dear {first},", "Dear {first} {last},", "Dear Applicant,", "Hi {first},"
            ),
            ctx.fill(bodies[kind]),
            _opt(
                ctx,
                0.3,
                "International applicants: if you require a visa to study, you will receive your Confirmation of Acceptance for Studies once you have met all conditions and paid the deposit. Please allow at least eight weeks for your visa application. Accommodation is guaranteed for first-year postgraduate students who apply by the deadline; details will follow in our welcome pack, together with information about enrolment, induction week and fees.",
                "Next steps: log in to the applicant portal to view your full decision letter, upload any outstanding documents and tell us whether you plan to accept. Tuition fees for the programme are published on our website; scholarships and bursaries are assessed separately and you will be notified if you have been selected. If your circumstances change, please contact the admissions office quoting your applicant ID.",
            ),
        ),
        ctx.pick(
            [
                f"{uni} Admissions",
                "Graduate Admissions",
                "Office of Admissions",
                f"{prog} Admissions Team",
            ]
        ),
        ctx.pick(["admissions@", "gradadmissions@", "noreply-admissions@", "apply@"])
        + uni.lower().replace("university of ", "").replace("'", "").split()[0]
        + ctx.pick([".edu", ".ac.uk", ".example.edu"]),
        greet=False,
        sign=ctx.pick(
            [
                "Sincerely,\nOffice of Admissions",
                f"Kind regards,\n{ctx.person}\nAdmissions Officer, {prog}",
                f"Best wishes,\n{uni} Admissions",
                f"{ctx.person}\nDirector of Admissions",
            ]
        ),
        footer=ctx.pick(
            [
                "",
                "Applicant ID: " + app_id,
                f"{uni} is a registered charity. Please do not reply to this automated message.",
                "Questions? Visit our applicant FAQ or reply to this email.",
            ]
        ),
        bulk=ctx.chance(0.3),
        form=ctx.pick(["html", "alt", "alt", "plain"]),
    )


@family("zn_grant_fellowship", "not_job", n=N)
def grant_fellowship(ctx: Ctx) -> Draft:
    """Research grants, arts funding, fellowships and scholarships: panels, awards, regrets."""
    funder, fdomain, scheme = ctx.pick(
        [
            (
                "The Hartwell Foundation",
                "hartwellfoundation.org",
                "[Early Career Grant|Seed Funding Round]",
            ),
            (
                "Arts Council Small Grants",
                "artscouncil-grants.example.org",
                "[Creative Development Award|Project Grant]",
            ),
            (
                "Northern Research Fund",
                "northernresearchfund.org",
                "[Early Career Grant|Innovation Voucher|Travel Bursary]",
            ),
            (
                "The Whitcombe Trust",
                "whitcombetrust.org",
                "[Travel Bursary|Postgraduate Scholarship]",
            ),
            ("Open Science Fellowship", "openscifellowship.org", "Open Science Fellowship"),
            (
                "Community Impact Fund",
                "communityimpactfund.org",
                "[Small Grants Round|Neighbourhood Grant]",
            ),
            ("Greenleaf Scholarship Programme", "greenleafscholars.org", "Greenleaf Scholarship"),
        ]
    )
    scheme = ctx.fill(scheme)
    ref = f"{ctx.pick(['GR', 'APP', 'FEL', 'ECG'])}-{ctx.num(10000, 99999)}"
    kind = ctx.pick(["submitted", "eligibility", "shortlist", "panel", "award", "regret", "report"])
    subject = {
        "submitted": [
            f"Application {ref} submitted",
            f"{scheme}: submission confirmation",
            "Thank you for your application",
        ],
        "eligibility": [
            "Eligibility check passed",
            f"{ref}: your application is under review",
            "Application update",
        ],
        "shortlist": [
            "You've been shortlisted",
            f"{scheme} - shortlisted applicants",
            "Invitation to the second stage",
        ],
        "panel": [
            "Panel interview invitation",
            f"{scheme}: interview with the panel",
            "Interview - " + ref,
        ],
        "award": [
            f"Congratulations - {scheme}",
            "Grant offer letter",
            "Award notification " + ref,
            "Your award",
        ],
        "regret": [
            "Outcome of your application",
            f"{scheme} outcome",
            "Application " + ref + " - decision",
        ],
        "report": [
            "End-of-grant report due",
            "Reminder: progress report",
            "Grant conditions - please sign",
        ],
    }[kind]
    body = {
        "submitted": f"We confirm receipt of your application to the {scheme} (reference {ref}). [Applications are assessed by an independent panel.|You will hear from us by {{day}}.] [Please do not send additional material unless requested.|]",
        "eligibility": "Your application has passed the eligibility check and has been sent to [two|three] external reviewers. [We expect to notify applicants by {day}.|No action is needed from you at this stage.]",
        "shortlist": f"We are pleased to tell you that your proposal has been shortlisted for the {scheme}. [[42|65|130] applications were received for [8|10|12] awards. |]The next stage is a [full proposal due {{day}}|short video pitch|panel interview].",
        "panel": f"We would like to invite you to a 20-minute interview with the {scheme} panel on {{day}} at {{time}}[ via Zoom|, at our offices]. You'll give a [5|10]-minute presentation on your project followed by questions from the panel. [Panel members' names will be shared in advance.|Reasonable travel expenses will be reimbursed.]",
        "award": f"I am delighted to inform you that {funder} has awarded you [£5,000|$12,500|€8.000|£25,000] under the {scheme}. Please read the enclosed grant offer letter and terms and conditions, and return the signed acceptance form by {{day}}. [Funds will be released within 30 days of acceptance.|Congratulations!]",
        "regret": f"Thank you for applying to the {scheme}. I'm sorry to tell you that your application was not successful on this occasion. [Competition was exceptionally strong.|We received many more excellent applications than we could fund.] [Panel feedback is available on request.|We hope you will apply again.]",
        "report": "Under the terms of your grant ("
        + ref
        + ") your [interim|final] report is due on {day}. Please submit it through the grants portal, including a short financial statement.",
    }[kind]
    return Draft(
        ctx.pick(subject),
        _paras(
            _opt(
                ctx,
                0.75,
                "Dear {first},",
                "Dear {first} {last},",
                "Dear Applicant,",
                "Hello {first},",
            ),
            ctx.fill(body),
        ),
        ctx.pick([funder, f"{funder} Grants Team", "Grants Office"]),
        ctx.pick(["grants@", "awards@", "noreply@", "applications@"]) + fdomain,
        greet=False,
        sign=ctx.pick(
            [
                f"Yours sincerely,\n{ctx.person}\nGrants Manager",
                "Best wishes,\nThe Grants Team",
                f"Kind regards,\n{ctx.person}\nProgramme Officer, {funder}",
                "",
            ]
        ),
        footer=ctx.pick(
            [
                "",
                "Registered charity no. " + str(ctx.num(200000, 1199999)),
                "Grant portal: https://grants." + fdomain,
            ]
        ),
        form=ctx.pick(["plain", "alt", "html"]),
    )
