"""Job mail the classifier confuses, part 2: ATS and portal mail that reads like a
confirmation but is other_job (profile created, password reset, "please complete your
application", background and reference checks, document uploads, a withdrawn posting, a
talent community joined); rejections that open warmly and only decline in the third
paragraph; offers outside tech (healthcare, retail and hospitality, schools and councils).
"""

# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, ats_sender, family, sign_person
from zc_kit import ZC_N, job

_ATS = (
    "greenhouse",
    "lever",
    "workday",
    "ashby",
    "smartrecruiters",
    "workable",
    "icims",
    "taleo",
    "jobvite",
    "bamboohr",
    "own",
)


def _portal(ctx: Ctx) -> str:
    return ctx.fill(
        "https://[{slug}.wd1.myworkdayjobs.com/careers|careers.{domain}/portal|{slug}.icims.com/jobs/login|jobs.{domain}/candidate]"
    )


@family("zc_oj_profile_created", "other_job", n=ZC_N)
def oj_profile_created(ctx: Ctx) -> Draft:
    paras = [
        ctx.para(
            "Your candidate account at {co} has been created. Use it to track your applications, update your details and set up job alerts.",
            "Welcome to the {co} careers site! Please verify your email address to activate your candidate profile.",
            "Thanks for creating a profile with {co}. Your username is {first}.{last}.",
        ),
        ctx.para(
            "[Activate your account|Verify your email]: "
            + _portal(ctx)
            + "/verify?token="
            + str(ctx.num(10**8, 10**9)),
            "You can sign in at any time: " + _portal(ctx),
        ),
        ctx.maybe("If you didn't create this account, you can ignore this email.", 0.6),
    ]
    return job(
        ctx,
        [
            "Your {co} candidate account",
            "Verify your email address",
            "Welcome to {co} Careers",
            "Account created",
        ],
        paras,
        ats_sender(ctx, ctx.pick(_ATS)),
        sign=ctx.fill("[{co} Talent Acquisition|{co} Careers]"),
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )


@family("zc_oj_password_reset", "other_job", n=ZC_N)
def oj_password_reset(ctx: Ctx) -> Draft:
    paras = [
        ctx.para(
            "We received a request to reset the password for your {co} candidate account.",
            "Someone (hopefully you) asked to reset your password on the {co} career portal.",
            "Your one-time code to sign in to the {co} candidate home is "
            + str(ctx.num(100000, 999999))
            + ".",
        ),
        ctx.para(
            "[Reset your password|Choose a new password]: "
            + _portal(ctx)
            + "/reset/"
            + str(ctx.num(10**7, 10**8))
            + " - this link expires in [30 minutes|24 hours|1 hour].",
            "The code expires in 10 minutes. Never share it with anyone.",
        ),
        "If you didn't request this, no action is needed; your password stays the same.",
    ]
    return job(
        ctx,
        [
            "Reset your password",
            "{co} Careers: password reset request",
            "Your verification code",
            "Password change requested",
        ],
        paras,
        ats_sender(ctx, ctx.pick(_ATS)),
        sign=ctx.fill("[{co} Careers|The {co} Recruiting Team]"),
        form=ctx.pick(["html", "plain", "alt"]),
    )


@family("zc_oj_finish_application", "other_job", n=ZC_N)
def oj_finish_application(ctx: Ctx) -> Draft:
    paras = [
        ctx.para(
            "It looks like you started an application for {title} at {co} but didn't submit it. Your progress has been saved.",
            "Your application for {title} is incomplete. Please complete the remaining steps so the hiring team can review it.",
            "Thanks for applying for {title}! One more step: please answer the screening questions and confirm your work authorisation.",
        ),
        ctx.para(
            "[Continue your application|Finish applying]: " + _portal(ctx),
            "Missing: [resume upload|voluntary self-identification|screening questions|references section]. Applications are reviewed only once complete.",
        ),
        ctx.maybe(ctx.fill("This posting may close on {day}."), 0.5),
    ]
    return job(
        ctx,
        [
            "Please complete your application",
            "Finish your application for {title}",
            "You're almost done!",
            "Action required: incomplete application",
        ],
        paras,
        ats_sender(ctx, ctx.pick(_ATS)),
        bulk=ctx.chance(0.5),
    )


@family("zc_oj_background_check", "other_job", n=ZC_N)
def oj_background_check(ctx: Ctx) -> Draft:
    vendor, host = ctx.pick(
        [
            ("Checkr", "checkr.com"),
            ("Sterling", "sterlingcheck.com"),
            ("HireRight", "hireright.com"),
            ("Verifirst", "verifirst.example.com"),
            ("First Advantage", "fadv.com"),
        ]
    )
    paras = [
        ctx.para(
            f"{{co}} has asked {vendor} to complete a background check as part of your application. Please provide your information and consent within [3|5|7] days.",
            f"As part of the hiring process for {{title}}, {{co}} uses {vendor} to run a pre-employment screening ([criminal record|employment history|education verification] and identity).",
            "Your background check is still waiting for your consent. Without it we can't continue with your application.",
        ),
        ctx.para(
            f"[Start here|Complete your information]: https://candidate.{host}/invite/"
            + str(ctx.num(10**6, 10**7)),
            "You'll need your address history for the last 7 years and a government ID.",
        ),
        ctx.maybe(
            "You have the right to request a copy of any report and to dispute inaccurate information.",
            0.6,
        ),
    ]
    return job(
        ctx,
        [
            "{co} background check - action needed",
            "Complete your background check",
            "Please authorize your background check",
            "Pre-employment screening",
        ],
        paras,
        ctx.pick(
            [
                (f"{vendor} on behalf of {ctx._co.name}", f"noreply@{host}"),
                (vendor, f"candidates@{host}"),
                ats_sender(ctx, ctx.pick(_ATS)),
            ]
        ),
        sign=ctx.fill(f"[{vendor} Candidate Support|The {vendor} team]"),
    )


@family("zc_oj_reference_check", "other_job", n=ZC_N)
def oj_reference_check(ctx: Ctx) -> Draft:
    paras = [
        ctx.para(
            "As we move towards the final stage for {title}, we'd like to contact your references. Could you send us details for [two|three] professional referees, including at least one former manager?",
            "We're at the reference-check stage! Please enter your referees' names and email addresses in the portal; they'll receive a short questionnaire.",
            "Thanks for your patience. Our reference checks are underway - we've heard back from one of your referees and are waiting for the second.",
        ),
        ctx.para(
            "We won't contact anyone without letting you know first.",
            "Please give your referees a heads-up so the email doesn't land in spam.",
            "[Add references|Submit referee details]: " + _portal(ctx),
        ),
    ]
    return job(
        ctx,
        [
            "Reference check - {title}",
            "Your references",
            "Next step: references",
            "Reference request for your application",
        ],
        paras,
        ats_sender(ctx, ctx.pick(("person", "greenhouse", "lever", "workday", "own"))),
    )


@family("zc_oj_documents", "other_job", n=ZC_N)
def oj_documents(ctx: Ctx) -> Draft:
    paras = [
        ctx.para(
            "To continue with your application for {title}, please upload the following documents: [proof of right to work|a copy of your degree certificate|your professional licence|a recent payslip] and photo ID.",
            "We need a few documents before we can proceed: [transcripts|certifications|your passport or national ID]. Please upload them through the candidate portal by {day}.",
            "Your document upload for {co} is incomplete. [Your ID photo was unreadable.|The right-to-work document is missing.] Please upload it again.",
        ),
        ctx.para(
            "[Upload documents|Go to your checklist]: " + _portal(ctx),
            "Files must be PDF or JPG, under 10 MB. Documents are stored securely and deleted if you are not hired.",
        ),
    ]
    return job(
        ctx,
        [
            "Documents needed for your application",
            "Action required: upload documents",
            "{co}: please upload your documents",
            "Missing documents - {title}",
        ],
        paras,
        ats_sender(ctx, ctx.pick(_ATS)),
    )


@family("zc_oj_posting_closed", "other_job", n=ZC_N)
def oj_posting_closed(ctx: Ctx) -> Draft:
    paras = [
        ctx.para(
            "We wanted to let you know that the {title} position you applied for has been withdrawn. [The role is on hold due to a change in business priorities.|The team has been restructured.|Budget for the role was not approved.]",
            "The job posting for {title} (req {req}) has been closed and is no longer accepting applications. This is not a decision about your candidacy.",
            "The requisition for {title} has been cancelled. Your profile remains in our system and we'll reach out if it reopens.",
        ),
        ctx.maybe(
            ctx.fill(
                "[You're welcome to apply for other openings on our careers site.|We appreciate your interest in {co}.]"
            ),
            0.8,
        ),
    ]
    return job(
        ctx,
        [
            "Update: {title} posting withdrawn",
            "The position you applied for has been closed",
            "Job posting update - {title}",
            "{co}: requisition update",
        ],
        paras,
        ats_sender(ctx, ctx.pick(_ATS)),
    )


@family("zc_oj_talent_community", "other_job", n=ZC_N)
def oj_talent_community(ctx: Ctx) -> Draft:
    paras = [
        ctx.para(
            "Welcome to the {co} Talent Community! You'll be the first to hear about new roles, events and news from our teams.",
            "Thanks for joining the {co} talent network. We've saved your interests: [engineering|operations|data|design] roles, [{city}|remote or hybrid].",
        ),
        ctx.para(
            "Keep your profile up to date so our recruiters can match you to the right opportunities.",
            "You can update your preferences or leave the community any time.",
        ),
    ]
    return job(
        ctx,
        [
            "Welcome to the {co} Talent Community",
            "You've joined our talent network",
            "Thanks for joining {co} Careers",
        ],
        paras,
        ats_sender(ctx, ctx.pick(_ATS)),
        sign=ctx.fill("[{co} Talent Acquisition|The {co} Careers Team]"),
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )


@family("zc_rej_warm_third", "rejection", n=ZC_N)
def rej_warm_third(ctx: Ctx) -> Draft:
    paras = [
        ctx.para(
            "Thank you so much for your interest in {co} and for the time you've invested in the process for {title}. It was a pleasure getting to know you.",
            "I hope your week is going well! I wanted to personally thank you for applying to {title} and for the thoughtful conversations with our team.",
        ),
        ctx.para(
            "We received [an overwhelming|a record] number of applications for this role, and the team reviewed every one carefully. Your experience in [building products|leading projects|your field] was genuinely impressive.",
            "Our team really enjoyed learning about your background, and we appreciate the care you put into your application.",
        ),
        ctx.para(
            "After much consideration, we've decided to move forward with other candidates whose experience more closely matches the needs of the team right now.",
            "That said, we have decided to move forward with other candidates for this position.",
            "Unfortunately, we won't be moving forward with your application at this time.",
        ),
        ctx.maybe(
            ctx.fill(
                "[We'll keep your details on file and may reach out about future roles.|We encourage you to apply again in the future.|We wish you the very best in your search.]"
            ),
            0.8,
        ),
    ]
    return job(
        ctx,
        [
            "Your application to {co}",
            "Thank you from {co}",
            "{title} - update",
            "Update on your candidacy",
            "Thank you for your interest",
        ],
        paras,
        ats_sender(ctx, ctx.pick(_ATS)),
    )


@family("zc_rej_post_interview", "rejection", n=ZC_N)
def rej_post_interview(ctx: Ctx) -> Draft:
    paras = [
        ctx.para(
            "Thanks again for spending time with us [last week|on Thursday|over the past few weeks]. Everyone you met enjoyed the conversations.",
            "I wanted to follow up after your interviews for {title}. First, thank you for the energy you brought - the team had great things to say.",
        ),
        ctx.para(
            "This was a tough call, and I'm sorry to say we've decided not to move ahead. We went with a candidate with more [direct domain|people-management|enterprise] experience.",
            "After debriefing, the team decided to proceed with another candidate for this role.",
        ),
        ctx.maybe(
            ctx.fill(
                "[If you'd like feedback, I'm happy to set up a quick call.|I'd love to stay in touch - I think you'd be a great fit for future roles here.]"
            ),
            0.7,
        ),
    ]
    return job(
        ctx,
        [
            "Following up on your interviews",
            "Re: {title}",
            "Update from {co}",
            "Your interviews with {co}",
        ],
        paras,
        ats_sender(ctx, ctx.pick(("person", "greenhouse", "lever", "ashby"))),
        sign=sign_person(ctx) if ctx.chance(0.8) else None,
    )


@family("zc_rej_buried_ats", "rejection", n=ZC_N)
def rej_buried_ats(ctx: Ctx) -> Draft:
    paras = [
        ctx.para(
            "Thank you for applying to {co}. At {co}, we're building [the future of logistics|tools millions of people rely on|healthier communities], and we're grateful that you considered joining us.",
            "Thanks for taking the time to apply for our {title} opening (req {req}). We know applying takes effort, and we appreciate it.",
        ),
        ctx.para(
            "Our hiring team has now completed its review of applications for this position.",
            "Every application is read by a member of our recruiting team.",
        ),
        ctx.para(
            "While your background is impressive, we have decided to pursue other candidates whose qualifications better align with the requirements of the role.",
            "We regret to inform you that you have not been selected to move forward.",
            "We won't be progressing your application further on this occasion.",
        ),
        ctx.maybe(
            ctx.fill(
                "Please keep an eye on our careers page: https://careers.{domain} - new roles open every week."
            ),
            0.5,
        ),
    ]
    return job(
        ctx,
        [
            "Your application for {title}",
            "{co} application update",
            "Regarding your application",
            "Application status - {title}",
        ],
        paras,
        ats_sender(ctx, ctx.pick(_ATS)),
        sign=ctx.fill("[{co} Talent Acquisition|The {co} Recruiting Team|{co} Careers]"),
        bulk=ctx.chance(0.6),
    )


@family("zc_offer_healthcare", "offer", n=ZC_N)
def offer_healthcare(ctx: Ctx) -> Draft:
    ctx._title = ctx.pick(
        [
            "Registered Nurse",
            "Nurse Practitioner",
            "Medical Assistant",
            "Pharmacist",
            "Physical Therapist",
            "Lab Technician",
            "Clinical Research Coordinator",
        ]
    )
    paras = [
        ctx.para(
            "I'm delighted to offer you the position of {title} [on our cardiology unit|in the emergency department|at our {city} clinic|on nights, 3 x 12-hour shifts].",
            "Following your interview, we are pleased to make you a conditional offer of employment as {title} with {co}.",
        ),
        ctx.para(
            "Your starting rate is $[38|42|47|52].[00|50] per hour [plus a $5,000 sign-on bonus|with a night differential of $4/hour|], with full benefits from day one.",
            "The salary for this post is {money} per year, [Band 5|Band 6|Grade 4], with [27|30] days' annual leave.",
        ),
        ctx.para(
            "This offer is conditional on your licence verification, occupational health clearance and satisfactory references.",
            "Please sign the offer letter in the portal by {day}. Orientation starts on {day}.",
        ),
    ]
    return job(
        ctx,
        [
            "Offer of employment - {title}",
            "Your offer from {co}",
            "Conditional offer",
            "Congratulations! {title} offer",
        ],
        paras,
        ats_sender(ctx, ctx.pick(("own", "workday", "taleo", "icims", "person"))),
    )


@family("zc_offer_frontline", "offer", n=ZC_N)
def offer_frontline(ctx: Ctx) -> Draft:
    ctx._title = ctx.pick(
        [
            "Store Manager",
            "Barista",
            "Line Cook",
            "Sous Chef",
            "Delivery Driver",
            "Warehouse Associate",
            "Electrician",
            "Welder",
            "Office Manager",
        ]
    )
    paras = [
        ctx.para(
            "Great news! We'd love to have you join the {co} team as {title}.",
            "Congratulations - you got the job! We're offering you the {title} role [at our {city} location|on the early shift|starting next month].",
            "Thanks for coming in on [Saturday|Tuesday] - the manager was impressed and we'd like to offer you the {title} position.",
        ),
        ctx.para(
            "Pay is $[17|19|22|26|31] an hour, [full time|32-40 hours a week|part time, weekends], [with overtime at time and a half|plus tips|with a staff discount].",
            "Your start date would be {day}. [Please bring your ID and bank details to your first shift.|Uniform will be provided.]",
        ),
        ctx.para(
            "Reply YES to accept, or call us if you have questions.",
            "Accept your offer in the app so we can start your onboarding paperwork.",
        ),
    ]
    return job(
        ctx,
        [
            "Job offer - {title}",
            "You got the job!",
            "Your offer from {co}",
            "Welcome aboard - offer details",
        ],
        paras,
        ats_sender(ctx, ctx.pick(("own", "workday", "person", "bamboohr", "indeed"))),
    )


@family("zc_offer_public_school", "offer", n=ZC_N)
def offer_public_school(ctx: Ctx) -> Draft:
    ctx._title = ctx.pick(
        [
            "Teacher",
            "Math Teacher",
            "Teaching Assistant",
            "Project Manager",
            "Civil Engineer",
            "HR Generalist",
            "Financial Analyst",
        ]
    )
    paras = [
        ctx.para(
            "Following your interview on {day}, I am pleased to offer you the post of {title}, subject to the pre-employment checks set out below.",
            "On behalf of the selection panel, I am writing to offer you the appointment of {title} at {co}.",
        ),
        ctx.para(
            "The post is [permanent|a fixed-term contract for 12 months], full time, on [Main Pay Scale point 3|Grade 7, spinal point 28|Step 2 of the salary schedule], currently {money} a year, with membership of the [Teachers'|Local Government] Pension Scheme.",
            "The starting salary is {money}. Your contract will follow in a separate letter.",
        ),
        ctx.para(
            "The offer is conditional on an enhanced DBS check, two satisfactory references and evidence of your qualifications.",
            "Please confirm in writing by {day} whether you accept this offer.",
        ),
    ]
    return job(
        ctx,
        [
            "Offer of appointment - {title}",
            "Conditional offer of employment",
            "Your appointment",
            "Offer letter",
        ],
        paras,
        ats_sender(ctx, ctx.pick(("own", "workday", "taleo", "person"))),
        sign=ctx.fill(
            "[Yours sincerely|Kind regards],\n{person}\n[Headteacher|HR Business Partner|Head of Resourcing], {co}"
        ),
    )
