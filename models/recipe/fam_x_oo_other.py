"""``other_job`` families, part one: references, reference tools, background checks,
careers-site accounts, EEO / self-identification forms.

Split from ``fam_x_outreach_other`` (shared helpers live there) to keep files under 600 lines.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from fam_x_outreach_other import _join, _opt
from kit import Ctx, Draft, ats_sender, family, sign_person


@family("oo_references_ask", "other_job", n=30)
def references_ask(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    lead = ctx.para(
        "Thanks again for your time with the team[ last week| on {day}|]. As we move into the final stage for the {title} role, we'd like to speak with [two|three|a couple] of your professional references.",
        "Quick ask: could you send over [2|3] references? At least one should be someone who managed you directly.",
        "We're at the point in our process where we collect references. This is a standard step for every finalist and doesn't mean anything is wrong!",
        "Before we can finalize anything on our side, our policy is to complete reference checks for the {title} position.",
        "As part of the {co} hiring process, we ask every candidate at this stage for references - [ideally a former manager and a peer|a mix of managers and colleagues from the last five years].",
    )
    how = ctx.para(
        "For each person, please include:\n- Name\n- Title and company\n- How you worked together\n- Email and phone number",
        "Just reply with their names, emails and how you know them. [We'll always let you know before we reach out.|I'll contact them by email first to set up a 15-minute call.]",
        "Please enter them in the form here: LINKREF - it takes about five minutes.",
        "Name, relationship, email, phone - that's all I need. [Current employers are fine to leave out if you'd rather keep your search confidential.|Please don't include your current manager if that would be awkward.]",
    ).replace("LINKREF", ctx.url(ctx.pick(["forms.gle", "form.jotform.com", "tally.so"]), "r"))
    timing = _opt(
        ctx,
        0.6,
        "If you could send them by {day}, that would keep things moving.",
        "No huge rush, but the sooner the better[ - the hiring manager is keen to wrap up|].",
        "Let me know if you have any questions about this step!",
        "Any questions about the offer process can wait until after references - one step at a time!",
    )
    subject = ctx.para(
        "References",
        "Reference request - {title}",
        "Next step: references",
        "Quick ask",
        "Re: {title} - references",
        "Could you send references?",
    )
    body = _join(lead, how, timing)
    if ctx.chance(0.2):  # the one-line version a busy recruiter sends
        body = ctx.para(
            "Could you send me [2|3] references when you get a chance? [Ideally one former manager.|Names and emails are plenty.]",
            "last bit of admin on our side: references! [2-3 people, at least one manager.|can you send a couple by {day}?]",
            "One more thing for the {title} process - please send over [two|three] references (name, relationship, email). Thanks!",
        )
    return Draft(
        subject,
        body,
        name,
        addr,
        sign=sign_person(ctx) if ctx.chance(0.7) else ctx.fill("[{pfirst}|Thanks!\n{pfirst}]"),
        form=ctx.pick(["plain", "plain", "alt"]),
    )


_REF_TOOLS = (
    ("SkillSurvey Reference", "noreply@skillsurvey.com", "SkillSurvey"),
    ("Xref", "noreply@xref.com", "Xref"),
    ("Crosschq", "notifications@crosschq.com", "Crosschq"),
    ("Checkster", "no-reply@checkster.com", "Checkster"),
    ("Referoo", "noreply@referoo.com", "Referoo"),
)


@family("oo_reference_tool", "other_job", n=30)
def reference_tool(ctx: Ctx) -> Draft:
    tool, addr, short = ctx.rng.choice(_REF_TOOLS)
    link = ctx.url(addr.split("@")[1], "candidate")
    kind = ctx.num(0, 3)
    if kind == 0:
        body = ctx.fill(
            "{co} has asked you to provide references for the {title} position. [Please nominate|You'll need to add] [{n}|3|2] referees[, including at least one former supervisor|].\n\n"
            "Get started: "
            + link
            + "\n\n[This request expires in 5 days.|Please complete this by {day}.|It usually takes less than 10 minutes.]"
        )
        subject = ctx.para(
            "{co} has requested your references",
            "Action required: add your references",
            "Reference request from {co}",
            "Please provide your references",
        )
    elif kind == 1:
        done = ctx.num(0, 2)
        body = ctx.fill(
            f"[Reminder:|Friendly reminder -] {done} of your 3 references have completed their feedback for your {{co}} application. "
            "[You may want to give the others a nudge.|Consider adding another referee.|We've sent them a reminder too.]\n\nView status: "
            + link
        )
        subject = ctx.para(
            "Your references haven't responded yet",
            "Reference check status",
            "Reminder: references pending",
            "Reference update - {co}",
        )
    elif kind == 2:
        body = ctx.fill(
            "Good news! All of your references have responded and your reference check for {co} is complete. [The hiring team has been notified.|{co} will be in touch about next steps.|There's nothing else you need to do.]"
        )
        subject = ctx.para(
            "Your reference check is complete", "References complete", "All references received"
        )
    else:
        body = ctx.fill(
            "One of your referees ([{pfirst}|a referee]) could not be reached at the email address provided. Please [check the address|replace this referee] so your reference check for {co} can continue.\n\nUpdate referee: "
            + link
        )
        subject = ctx.para(
            "Action needed: referee email bounced",
            "Please update a referee",
            "Problem with a reference",
        )
    footer = ctx.fill(
        ctx.pick(
            [
                short
                + " is used by {co} to collect reference feedback. Your data is handled according to our Privacy Policy.",
                "Questions? Visit the "
                + short
                + " help centre. Please do not reply to this email.",
                "This email was sent by " + short + " on behalf of {co}. © " + short,
            ]
        )
    )
    return Draft(
        subject,
        body,
        tool,
        addr,
        sign=ctx.pick(["", "The " + short + " Team", "Thanks,\n" + short]),
        footer=footer,
        bulk=ctx.chance(0.4),
        form=ctx.pick(["html", "alt"]),
    )


_BG_VENDORS = (
    ("Checkr", "candidates@checkr.com"),
    ("HireRight", "donotreply@hireright.com"),
    ("Sterling", "notifications@sterlingcheck.com"),
    ("First Advantage", "noreply@fadv.com"),
    ("GoodHire", "support@goodhire.com"),
    ("Accurate Background", "noreply@accurate.com"),
)


@family("oo_background_vendor", "other_job", n=30)
def background_vendor(ctx: Ctx) -> Draft:
    vendor, addr = ctx.rng.choice(_BG_VENDORS)
    link = ctx.url(addr.split("@")[1], "apply")
    kind = ctx.num(0, 4)
    if kind == 0:
        body = ctx.fill(
            "{co} [has requested|would like] [a background check|a background screening|an employment screening] [as part of your application for|in connection with|as part of your conditional offer for] the {title} role. "
            "To get started, [please complete the consent and disclosure forms|enter your personal information and e-sign the authorization|fill out your screening profile].\n\n"
            "Start now: "
            + link
            + "\n\n[Most candidates finish in about 10 minutes.|You'll need your Social Security number and addresses from the last 7 years.|Please complete it within 3 business days to avoid delays.]"
        )
        subject = ctx.para(
            vendor + ": complete your background check for {co}",
            "Action required: background check",
            "{co} has requested a background check",
            "Please complete your screening",
            "Your background check with " + vendor,
        )
    elif kind == 1:
        body = ctx.fill(
            "We need a bit more information to continue the background check requested by {co}. [Please upload a copy of a government-issued photo ID.|We couldn't verify your education - please upload a copy of your diploma or transcript.|Please confirm the dates of your previous employment.|Please provide any previous names or aliases.]\n\nUpload here: "
            + link
        )
        subject = ctx.para(
            "Additional information needed",
            "Action needed on your background check",
            "We need more information from you",
            "Your screening is on hold",
        )
    elif kind == 2:
        body = ctx.fill(
            "Your background check [for {co}|requested by {co}|] is complete and the results have been shared with the employer. You can view a copy of your report at any time in the candidate portal: "
            + link
            + "\n\n[If you believe any information is inaccurate, you can file a dispute.|Status: Complete]"
        )
        subject = ctx.para(
            "Your background check is complete",
            "Report complete",
            "Status update: background check complete",
            "Your " + vendor + " report is ready",
        )
    elif kind == 3:
        body = ctx.fill(
            "{co} has requested a [drug screening|10-panel drug test|pre-employment drug test] as part of your [pre-employment screening|onboarding screening|screening]. Please visit a collection site within [48 hours|3 days] and bring your donor pass and a photo ID.\n\nFind a site and download your donor pass: "
            + link
        )
        subject = ctx.para(
            "Your drug test is scheduled - donor pass inside",
            "Action required: drug screening",
            "Complete your drug test for {co}",
        )
    else:
        body = ctx.fill(
            "Reminder: your background check for {co} is still waiting on you. [We haven't received your authorization yet.|Your invitation expires in 2 days.|You started but haven't finished.]\n\nContinue: "
            + link
        )
        subject = ctx.para(
            "Reminder: finish your background check",
            "Don't forget: " + vendor + " invitation",
            "Your background check is incomplete",
        )
    footer = ctx.pick(
        [
            "You have rights under the Fair Credit Reporting Act (FCRA). A summary of your rights is available at "
            + link,
            vendor + " is a consumer reporting agency. Please do not reply to this email.",
            "This message was sent on behalf of {co}. "
            + vendor
            + " does not make hiring decisions.",
            "",
        ]
    )
    return Draft(
        subject,
        body,
        vendor,
        addr,
        sign=ctx.pick(["", "Thank you,\nThe " + vendor + " Team", vendor + " Candidate Support"]),
        footer=ctx.fill(footer),
        bulk=ctx.chance(0.3),
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("oo_careers_account", "other_job", n=30)
def careers_account(ctx: Ctx) -> Draft:
    platform = ctx.pick(["workday", "icims", "taleo", "smartrecruiters", "own", "own"])
    name, addr = ats_sender(ctx, platform)
    site = ctx.fill(
        "[the {co} Careers site|{co}'s career portal|the {co} Candidate Home|{co} Jobs]"
    )
    code = "".join(str(ctx.num(0, 9)) for _ in range(ctx.pick([6, 6, 8])))
    kind = ctx.num(0, 3)
    if kind == 0:
        body = ctx.fill(
            "Your candidate account on "
            + site
            + " has been created. [Your username is your email address.|Username: {first}.{last}]\n\n"
            "[You can now sign in to track your applications, update your profile and set up job alerts.|Use this account to check the status of your applications at any time.]"
        )
        subject = ctx.para(
            "Your candidate account has been created",
            "Welcome to {co} Careers",
            "Account created",
            "{co}: account confirmation",
        )
    elif kind == 1:
        body = (
            ctx.fill(
                "We received a request to reset the password for your account on "
                + site
                + ". [Click the link below to choose a new password.|Use the link below to reset it.] [The link expires in 24 hours.|This link can only be used once.]\n\n"
            )
            + ctx.url(addr.split("@")[1], "reset")
            + ctx.fill(
                "\n\n[If you didn't request this, you can ignore this email.|Didn't ask for this? Your password won't change.]"
            )
        )
        subject = ctx.para(
            "Password reset request",
            "Reset your password",
            "{co} Careers - password reset",
            "Your password reset link",
        )
    elif kind == 2:
        body = ctx.fill(
            "[Your verification code is|Enter this code to verify your email:|Use the following one-time code to sign in to] "
            + site
            + "[:|]\n\n"
            + code
            + "\n\n[This code expires in 10 minutes.|For your security, do not share this code.|Never share this code with anyone - {co} recruiters will never ask for it.]"
        )
        subject = ctx.para(
            "Your verification code",
            "Verify your email address",
            code + " is your {co} verification code",
            "Sign-in code",
            "Confirm your email",
        )
    else:
        body = (
            ctx.fill(
                "Please verify your email address to finish setting up your account on "
                + site
                + ". [Until you verify, you won't be able to submit applications.|Verifying helps us keep your candidate profile secure.]\n\n"
            )
            + "Verify email: "
            + ctx.url(addr.split("@")[1], "verify")
        )
        subject = ctx.para(
            "Please verify your email",
            "Action required: confirm your account",
            "Activate your {co} candidate account",
        )
    footer = ctx.pick(
        [
            "This is an automated message. Please do not reply.",
            "This email was sent from an unmonitored mailbox. For help, visit the Candidate FAQ.",
            "Copyright {legal} - all rights reserved. Privacy Notice",
            "",
        ]
    )
    return Draft(
        subject,
        body,
        name,
        addr,
        sign=ctx.pick(["", "Thank you,\n" + name, "Regards,\nTalent Acquisition"]),
        footer=ctx.fill(footer),
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("oo_profile_selfid", "other_job", n=30)
def profile_selfid(ctx: Ctx) -> Draft:
    name, addr = ats_sender(
        ctx, ctx.pick(["workday", "greenhouse", "icims", "jobvite", "bamboohr", "own"])
    )
    link = ctx.url(addr.split("@")[1], "candidate")
    kind = ctx.num(0, 2)
    if kind == 0:
        body = _join(
            ctx.para(
                "Thank you for your interest in {co}. As a federal contractor, we invite all applicants to complete our Voluntary Self-Identification form.",
                "We're asking every applicant for the {title} role to complete a short, voluntary Equal Employment Opportunity (EEO) survey.",
                "Please take a moment to complete the voluntary self-identification questions (gender, race/ethnicity, veteran status and disability status) for your application.",
            ),
            ctx.para(
                "Completing this form is voluntary and [declining to answer will not affect your candidacy|your answers will not be shared with the hiring team|the information is kept confidential and separate from your application].",
                'You may select "I do not wish to answer" for any question.',
            ),
            "Complete the form: " + link,
            _opt(
                ctx,
                0.5,
                "{legal} is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status.",
                "Form CC-305 (Voluntary Self-Identification of Disability) is included in the survey.",
            ),
        )
        subject = ctx.para(
            "Voluntary self-identification",
            "Please complete: EEO survey",
            "Action requested: voluntary self-identification form",
            "Your application: one more (optional) step",
            "EEO information request - {title}",
        )
    elif kind == 1:
        missing = ctx.pick(
            [
                "your work history",
                "your education",
                "your desired salary",
                "your availability",
                "a phone number",
                "two screening questions",
            ]
        )
        body = (
            ctx.fill(
                "Your candidate profile at {co} is [almost complete|{n}0% complete|missing a few details]. We noticed you haven't added "
                + missing
                + " yet. [Complete profiles help recruiters find you for future roles.|Please update your profile so the team can review your application.|This only takes a couple of minutes.]\n\n"
            )
            + "Update your profile: "
            + link
        )
        subject = ctx.para(
            "Complete your candidate profile",
            "Your profile is missing information",
            "Finish your profile",
            "Reminder: update your {co} profile",
        )
    else:
        body = (
            ctx.fill(
                "It looks like you started an application for {title} but didn't finish the [assessment questions|application questionnaire|document upload step|availability section]. Your progress has been saved - [pick up where you left off|continue whenever you're ready].\n\n"
            )
            + link
            + ctx.fill(
                "\n\n[Applications close on {day}.|Incomplete applications can't be reviewed.|]"
            )
        )
        subject = ctx.para(
            "You have an unfinished application",
            "Complete your application for {title}",
            "Don't forget to finish your application",
            "Still interested in {title}?",
        )
    return Draft(
        subject,
        body,
        name,
        addr,
        sign=ctx.pick(["", "Thank you,\nTalent Acquisition", "Regards,\nRecruiting Operations"]),
        bulk=ctx.chance(0.4),
        form=ctx.pick(["html", "alt", "plain"]),
    )
