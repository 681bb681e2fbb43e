"""Recruiters reaching out (InMail-short, agency, an in-house sourcer's bump) and the job mail
that moves no status: a careers-site account, reference and background checks, paperwork
before day one, and the acknowledgement of a withdrawn application.

One writer's families (zd_), written without reading the other family modules.
"""

# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, ascii_word, ats_sender, family, sign_person, sign_team
from zc_kit import body
from zd_kit import ZD_N, date_in, one, opt, staffing, workday


@family("zd_ro_inmail_short", "recruiter_outreach", n=ZD_N)
def inmail_short(ctx: Ctx) -> Draft:
    """An InMail forwarded by the network: two or three lines, a role, a question."""
    paras = [
        one(
            ctx,
            "{first}, your [profile|background|experience at your current company] [caught my eye|stood out|looks like a great match] for a {title} role I'm hiring for at {co}. Open to a quick chat?",
            "Hi {first} - I lead recruiting for {co}'s [platform|data|product|growth] team. We're hiring a {title} ([remote|hybrid in {city}|{city}]) and I think you'd be great. Interested in hearing more?",
            "Hey {first}! Would you be open to exploring a {title} opportunity at {co}? [Happy to share details.|Comp is competitive and the team is fantastic.|Fully remote, strong equity.]",
            "{first} - not sure if you're looking, but {co} is building out a new team and your name came up for our {title} opening. Worth a 15-minute call?",
        ),
        opt(
            ctx,
            0.4,
            "[No worries if the timing isn't right.|Even if you're happy where you are, I'd love to connect.|Let me know either way!]",
        ),
    ]
    footer = ctx.pick(
        [
            "Reply  |  Not interested\n\nThis is an InMail from a LinkedIn member. You can control who contacts you in your settings.",
            "View profile · Reply\nYou received an InMail because you are open to opportunities.",
            "",
        ]
    )
    subject = one(
        ctx,
        "{title} at {co}",
        "Opportunity at {co}",
        "{first}, quick question",
        "Interested in {co}?",
        "InMail: {title} role",
        "Your next role?",
    )
    name = ctx.fill("{person} via LinkedIn") if footer else ctx.person
    addr = (
        "inmail-hit-reply@linkedin.com"
        if footer
        else f"{ascii_word(ctx.person_first)}@{ctx.domain}"
    )
    sign = (
        ctx.person_first
        if ctx.chance(0.6)
        else sign_person(ctx, ctx.pick(["Technical Recruiter", "Talent Partner", "Head of Talent"]))
    )
    return Draft(
        subject,
        body(*paras),
        name,
        addr,
        greet=False,
        sign=sign,
        footer=footer,
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("zd_ro_agency_brief", "recruiter_outreach", n=ZD_N)
def agency_brief(ctx: Ctx) -> Draft:
    """A staffing agency: my client, a rate or a range, can we speak today."""
    agency, dom = staffing(ctx)
    client = ctx.pick(
        [
            "a leading fintech",
            "a Series B healthtech",
            "a well-known retailer",
            "one of our key clients",
            "a global consultancy",
            "an exciting scale-up",
        ]
    )
    paras = [
        one(
            ctx,
            f"I'm [working on|currently recruiting for] an exclusive {{title}} [role|vacancy|contract] with {client} [in {{city}}|, remote-first|, hybrid].",
            f"Hope you're well. I have a {{title}} [position|requirement] with {client} that matches your CV [very closely|really well].",
            f"Reaching out as I've got a brand-new {{title}} brief with {client}.",
        ),
        one(
            ctx,
            "[Salary up to {money}|Day rate £{n}00 outside IR35|{money} base + bonus|6-month contract, likely to extend].",
            "[Interviews are happening this week.|The client wants to move quickly.|It's a two-stage process.]",
            "",
        ),
        one(
            ctx,
            "Are you free for a [quick|5 min|short] call [today|tomorrow|this afternoon]?",
            "Would you be open to a chat? If so, what's the best number to reach you?",
            "If you're interested please send an updated CV and I'll call you.",
        ),
        opt(
            ctx,
            0.4,
            "[If not for you, do you know anyone who might be?|Referral bonus of £500 if you know someone suitable.]",
        ),
    ]
    subject = one(
        ctx,
        "{title} - exclusive role",
        "{title} opportunity - {city}",
        "New {title} vacancy",
        "Quick call re {title}?",
        "{title} | [contract|permanent] | [remote|hybrid]",
    )
    addr = f"{ascii_word(ctx.person_first)}.{ascii_word(ctx.person_last)}@{dom}"
    sign = "\n".join(
        [
            ctx.pick(["Kind regards,", "Thanks,", "Best,"]),
            ctx.person,
            ctx.pick(
                [
                    "Senior Consultant",
                    "Principal Recruitment Consultant",
                    "Talent Consultant",
                    "Account Manager",
                ]
            )
            + f" | {agency}",
            f"M: +44 7{ctx.num(100, 999)} {ctx.num(100000, 999999)}",
        ]
    )
    return Draft(
        subject, body(*paras), ctx.person, addr, sign=sign, form=ctx.pick(["plain", "alt"])
    )


@family("zd_ro_sourcer_bump", "recruiter_outreach", n=ZD_N)
def sourcer_bump(ctx: Ctx) -> Draft:
    """An in-house sourcer's follow-up to an unanswered first note, the first one quoted."""
    first_note = ctx.fill(
        "Hi {first},\n\nI'm a sourcer at {co}. We're growing our team and I think your experience would be a great fit for our {title} role. Would you be open to a short call?\n\nThanks,\n{pfirst}"
    )
    paras = [
        one(
            ctx,
            "Bumping this to the top of your inbox in case it got buried!",
            "Just following up on my note below. [Still keen to connect if you're open to it.|The role is still open and I'd love to tell you more.]",
            "Circling back here - would [a quick call|15 minutes] [this week|next week] work?",
            "One last nudge from me: [if now isn't the right time, no problem at all|happy to reconnect in a few months if that's better].",
        ),
        opt(
            ctx,
            0.4,
            "[Here's the job description: {link}|You can grab time with me here: {link}|The team just closed a big round, so it's an exciting time to join.]",
        ),
    ]
    earlier = (ctx.date.replace(day=1)).strftime("%a, %b %d, %Y")
    paras.append(
        f"On {earlier}, {ctx.person} <{ascii_word(ctx.person_first)}.{ascii_word(ctx.person_last)}@{ctx.domain}> wrote:\n"
        + "\n".join("> " + line for line in first_note.splitlines())
    )
    subject = ctx.fill("Re: [{title} at {co}|Exploring {co}?|{co} + {first}|Opportunity at {co}]")
    addr = f"{ascii_word(ctx.person_first)}.{ascii_word(ctx.person_last)}@{ctx.domain}"
    return Draft(
        subject,
        body(*paras),
        ctx.person,
        addr,
        sign=ctx.person_first if ctx.chance(0.5) else sign_person(ctx, "Sourcer"),
        greet=ctx.chance(0.6),
        form=ctx.pick(["plain", "alt"]),
    )


@family("zd_oj_portal_account", "other_job", n=ZD_N)
def portal_account(ctx: Ctx) -> Draft:
    """The careers site's own account mail: verify, reset the password, finish the profile."""
    kind = ctx.pick(["verify", "reset", "profile", "login"])
    code = str(ctx.num(100000, 999999))
    if kind == "verify":
        paras = [
            one(
                ctx,
                "Thanks for creating a candidate account on the {co} Careers site.",
                "Welcome to {co} Careers!",
            ),
            "Please verify your email address to activate your account: "
            + ctx.url(ctx.fill("careers.{domain}"), "verify"),
            opt(ctx, 0.5, "This link expires in 24 hours."),
        ]
        subject = one(
            ctx,
            "Verify your email - {co} Careers",
            "Activate your candidate account",
            "Please confirm your email address",
        )
    elif kind == "reset":
        paras = [
            one(
                ctx,
                "We received a request to reset the password for your {co} candidate profile.",
                "Someone asked to reset your {co} Careers password.",
            ),
            "Your verification code is "
            + code
            + ". "
            + one(ctx, "It expires in 15 minutes.", "Enter it on the sign-in page to continue."),
            "If you didn't request this, you can ignore this email.",
        ]
        subject = one(
            ctx,
            "Reset your password",
            "{co} Careers: password reset",
            "Your verification code: " + code,
        )
    elif kind == "profile":
        paras = [
            one(
                ctx,
                "Your candidate profile is [60|75|80]% complete.",
                "You started a profile on the {co} Careers site but haven't finished it.",
            ),
            one(
                ctx,
                "[Add your work history and upload a resume|Complete your profile] so recruiters can find you for future openings.",
                "Profiles with a resume are [3x|twice as] likely to be reviewed.",
            ),
            ctx.url(ctx.fill("careers.{domain}"), "profile"),
        ]
        subject = one(
            ctx,
            "Finish your {co} candidate profile",
            "Your profile is almost complete",
            "Don't forget to complete your profile",
        )
    else:
        paras = [
            one(
                ctx,
                "A new sign-in to your {co} Careers account was detected.",
                "Your {co} candidate account was accessed from a new device.",
            ),
            "Date: "
            + date_in(ctx, ctx.date)
            + "\nDevice: "
            + ctx.pick(["Chrome on Windows", "Safari on iPhone", "Firefox on Linux"]),
            "If this was you, no action is needed. Otherwise, reset your password right away.",
        ]
        subject = one(ctx, "New sign-in to your candidate account", "{co} Careers: security notice")
    sender = ats_sender(ctx, ctx.pick(["workday", "icims", "taleo", "own", "smartrecruiters"]))
    return Draft(
        subject,
        body(*paras),
        sender[0],
        sender[1],
        sign=ctx.fill("[{co} Talent Acquisition|The {co} Careers Team|]"),
        bulk=ctx.chance(0.3),
        form=ctx.pick(["html", "alt"]),
    )


@family("zd_oj_reference_check", "other_job", n=ZD_N)
def reference_check(ctx: Ctx) -> Draft:
    """A reference-check service reports to the candidate on their referees."""
    tool, host = ctx.pick(
        [
            ("RefCheck", "refcheck.io"),
            ("Vouchly", "vouchly.com"),
            ("Referoo", "referoo.app"),
            ("{co} via SkillCheck", "skillcheck.com"),
        ]
    )
    done, total = ctx.num(0, 2), 3
    paras = [
        one(
            ctx,
            "{co} has asked you to provide [two|three] professional references as part of your application for {title}.",
            "As part of the final stage for the {title} role at {co}, we'll be collecting references.",
            "Thank you for adding your references for {co}.",
        ),
        one(
            ctx,
            f"Status: {done} of {total} references have completed their feedback.",
            "Please enter the name and email of [a manager|two former managers and one peer] who can speak to your work.",
            "We've sent requests to your referees. You'll be notified as each one responds.",
        ),
        opt(
            ctx,
            0.6,
            "[Tip: let your referees know to expect an email from us.|Your referees' answers are confidential and shared only with {co}.|Requests expire after 5 days.]",
        ),
        ctx.url(host, "candidate"),
    ]
    subject = one(
        ctx,
        "Reference request from {co}",
        f"Reference check update: {done}/{total} complete",
        "Action needed: add your references",
        "{co} - reference check",
    )
    return Draft(
        subject,
        body(*paras),
        ctx.fill(tool),
        f"no-reply@{host}",
        sign=ctx.fill(tool.replace(" via ", " / ")),
        form=ctx.pick(["html", "alt"]),
        bulk=ctx.chance(0.3),
    )


@family("zd_oj_background_check", "other_job", n=ZD_N)
def background_check(ctx: Ctx) -> Draft:
    """A screening vendor: consent, what is checked, progress, the report."""
    vendor, host = ctx.pick(
        [
            ("ScreenRight", "screenright.com"),
            ("VerifyPath", "verifypath.com"),
            ("ClearHire Screening", "clearhire.net"),
            ("CheckStone Screening", "checkstone.example"),
        ]
    )
    step = ctx.pick(["invite", "progress", "done"])
    if step == "invite":
        paras = [
            one(
                ctx,
                "{co} has requested a background check as part of your offer of employment.",
                "{legal} uses " + vendor + " to complete background screening for new hires.",
            ),
            ctx.fill(
                "Please [review the disclosures and provide your consent|complete your information and sign the authorization] here: "
                + ctx.url(host, "candidate/start")
            ),
            opt(
                ctx,
                0.6,
                "The check typically covers [identity, employment history and education|criminal records, employment verification and right to work]. It takes 3-5 business days.",
            ),
        ]
        subject = one(
            ctx,
            "Action required: background check for {co}",
            "{co} has requested your background check",
            "Complete your background screening",
        )
    elif step == "progress":
        paras = [
            one(
                ctx,
                "Your background check for {co} is in progress.",
                "Quick update on your screening for {co}.",
            ),
            ctx.fill(
                "[Employment verification: pending|Education verification: complete|County criminal search: in progress|Identity: verified]\n[Employment verification: in progress|Right to work: complete]"
            ),
            ctx.fill(
                "We're waiting on [your previous employer|a court record] to respond; no action is needed from you."
            ),
        ]
        subject = one(ctx, "Background check update", "Your screening with {co}: in progress")
    else:
        paras = [
            one(
                ctx,
                "Your background check is complete and the results have been shared with {co}.",
                "Good news - your screening for {co} is complete.",
            ),
            "You can download a copy of your report from the candidate portal: "
            + ctx.url(host, "report"),
            opt(ctx, 0.5, "If anything in it looks wrong, you have the right to dispute it."),
        ]
        subject = one(ctx, "Your background check is complete", "Report ready: {co} screening")
    return Draft(
        subject,
        body(*paras),
        vendor,
        f"noreply@{host}",
        sign=vendor + " Candidate Support",
        form=ctx.pick(["html", "alt"]),
    )


@family("zd_oj_preboarding", "other_job", n=ZD_N)
def preboarding(ctx: Ctx) -> Draft:
    """People ops before day one: forms, the laptop, the first-day plan."""
    start = workday(ctx, 7, 30)
    paras = [
        one(
            ctx,
            "We're so excited you're joining {co}! Your start date is " + date_in(ctx, start) + ".",
            "Welcome aboard! Before your first day ("
            + date_in(ctx, start)
            + ") there are a few things to take care of.",
            "Only a few weeks until you join us as {title}.",
        ),
        one(
            ctx,
            "Please complete the following in the onboarding portal:\n- [Personal details and emergency contact|Tax forms (W-4)|Direct deposit details]\n- [I-9 / right-to-work documents|Signed employee handbook acknowledgement]\n- [Equipment preference (Mac or Windows)|T-shirt size for your welcome pack]",
            "Your new-hire paperwork is waiting for you: [tax forms, bank details for payroll and the policy acknowledgements|the employment contract annex and the data-protection notice].",
        ),
        one(
            ctx,
            "Your laptop will ship to your home address the week before you start.",
            "On day one, please bring [two forms of ID|your passport] to reception at 9:00.",
            "Your onboarding buddy, {person}, will reach out soon.",
        ),
        ctx.url(
            ctx.pick(
                [
                    "app.bamboohr.com",
                    "onboarding.rippling.com",
                    "{slug}.workday.com",
                    "hr.personio.de",
                ]
            ).replace("{slug}", ctx.slug),
            "onboarding",
        ),
    ]
    subject = one(
        ctx,
        "Welcome to {co}! Your pre-boarding checklist",
        "Action needed before your first day",
        "{co} onboarding: documents to complete",
        "Getting ready for " + date_in(ctx, start),
    )
    sender = ctx.pick(
        [
            ("{co} People Team", "people@{domain}"),
            ("{person}", "{pfirst}@{domain}"),
            ("{co} Onboarding", "onboarding@{domain}"),
        ]
    )
    addr = ctx.fill(sender[1].replace("{pfirst}", ascii_word(ctx.person_first)))
    return Draft(
        subject,
        body(*paras),
        ctx.fill(sender[0]),
        addr,
        sign=sign_person(ctx, "People Operations")
        if ctx.chance(0.5)
        else ctx.fill("[The {co} People Team|{co} Onboarding]"),
        form=ctx.pick(["html", "alt"]),
    )


@family("zd_oj_withdrawn_ack", "other_job", n=ZD_N)
def withdrawn_ack(ctx: Ctx) -> Draft:
    """The employer confirms the candidate's own withdrawal: polite, door left open."""
    paras = [
        one(
            ctx,
            "We've received your request to withdraw your application for {title}[| (Req {req})].",
            "Thanks for letting us know that you'd like to withdraw from the {title} process.",
            "This confirms that your application for {title} at {co} has been withdrawn as requested.",
            "Understood, and thank you for the heads-up about withdrawing from the process.",
        ),
        one(
            ctx,
            "We appreciate the time you spent with our team and wish you the best in your next step.",
            "We completely understand, and it was a pleasure getting to know you.",
            "No further action is needed on your side.",
            "",
        ),
        opt(
            ctx,
            0.5,
            "[Should your plans change, you're welcome to apply again in the future.|Your profile stays in our talent community unless you ask us to delete it.|If this was a mistake, reply within 7 days and we can reopen your application.]",
        ),
    ]
    subject = one(
        ctx,
        "Application withdrawn: {title}",
        "Your withdrawal request - {co}",
        "Re: withdrawing my application",
        "Confirmation of withdrawal",
    )
    ats = ctx.pick(["greenhouse", "lever", "workday", "own", "person", "ashby"])
    sender = ats_sender(ctx, ats)
    sign = sign_team(ctx) if ats not in ("person",) else sign_person(ctx)
    quote = (
        ctx.fill(
            "Hi,\n\nI've decided to accept another offer and would like to withdraw my application for the [role|position]. Thank you for your time.\n\n{first}"
        )
        if ats == "person" and ctx.chance(0.6)
        else ""
    )
    return Draft(subject, body(*paras), sender[0], sender[1], sign=sign, quote=quote)
