"""More confirmation families (tag ``cr_``, with fam_x_confirm_reject): the ones that read
most like something else.

A startup ATS welcome mail lays out the whole interview process and links to blog posts; a
company inbox's auto-reply says "if you have not heard from us in four weeks, assume you were
unsuccessful"; an agency recruiter acknowledging an application to an advert sounds like
recruiter outreach. All three only confirm that an application arrived.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

import vocab
from kit import Ctx, Draft, ascii_word, ats_sender, family, sign_team


def _j(*parts: str) -> str:
    """Paragraphs joined with blank lines; empty (skipped) ones vanish."""
    return "\n\n".join(p for p in parts if p)


def _opt(ctx: Ctx, p: float, *options: str) -> str:
    """One of ``options``, filled, with probability ``p``; otherwise nothing."""
    return ctx.para(*options) if ctx.chance(p) else ""


@family("cr_startup_welcome", "confirmation", n=30)
def startup_welcome(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["greenhouse", "lever", "ashby", "ashby"]))
    steps = ctx.pick(
        [
            "1. Intro call with a recruiter (30 min)\n2. Hiring manager interview\n3. [Technical|Skills|Craft] interview\n4. Final conversations with the team",
            "- Recruiter screen\n- Take-home or live exercise\n- Onsite (virtual) loop\n- References and offer",
            "Step 1: Application review\nStep 2: Phone screen\nStep 3: Team interviews\nStep 4: Decision",
        ]
    )
    body = _j(
        ctx.para(
            "Thanks for applying to {co}! We're excited that you're interested in joining us as our next {title}.",
            "Your application for {title} is in - thank you! We know applying takes time, and we don't take it for granted.",
            "Woo! We got your application for {title}. Thanks for thinking of {co}.",
            "Thank you for your interest in {co}. We've received your application for {title} and our team is on it.",
        ),
        ctx.para(
            "What happens next: our team reviews every application [within 5 business days|as quickly as we can|by hand]. If your experience is a match, a recruiter will reach out to schedule an intro call.",
            "We review applications on a rolling basis. If we think there's a fit, you'll hear from us about next steps; if not, we'll let you know either way.",
            "Someone on our team (a real human!) will look at your application soon. We'll be in touch if we'd like to chat.",
        ),
        _opt(
            ctx,
            0.6,
            "[Here's what our interview process usually looks like|So you know what to expect, our process typically includes]:\n"
            + ctx.fill(steps),
        ),
        _opt(
            ctx,
            0.6,
            "In the meantime, [get to know us|learn more about how we work]:\n- Our engineering blog: %U1%\n- Our values: %U2%",
            "While you wait, check out [our blog|what the team has been building]: %U1%",
        )
        .replace("%U1%", ctx.url("blog.example.com", "posts"))
        .replace("%U2%", ctx.url("www.example.com", "values")),
        _opt(
            ctx,
            0.35,
            "P.S. Don't worry if you don't tick every box in the job description. We care more about [how you think|what you've built] than a checklist.",
        ),
    )
    subject = ctx.para(
        "Thanks for applying to {co}!",
        "We got your application 🙌",
        "Your application is in!",
        "{co} + {first}",
        "Thank you for applying - {title}",
        "Welcome to the {co} hiring process",
    )
    sign = (
        sign_team(ctx)
        if ctx.chance(0.6)
        else ctx.fill("[Cheers|Talk soon|Thanks again],\n{pfirst} & the {co} [team|People team]")
    )
    tool = "Greenhouse" if "greenhouse" in addr else "Lever" if "lever" in addr else "Ashby"
    footer = ctx.para(
        f"[Sent with|Powered by] {tool}",
        "",
        "{co} · [Privacy|Candidate privacy policy] · Unsubscribe",
    )
    return Draft(
        subject,
        body,
        name,
        addr,
        sign=sign,
        footer=footer,
        form=ctx.pick(["html", "alt", "alt"]),
        bulk=ctx.chance(0.5),
    )


@family("cr_inbox_autoreply", "confirmation", n=30)
def inbox_autoreply(ctx: Ctx) -> Draft:
    # Lazy: reading {co} for an unused sender would label the employer as named.
    name = ctx.para("{co} Careers", "{co} HR", "Recruitment", "jobs", "")
    addr = ctx.fill("[careers|hr|recruitment|jobs|apply]@{domain}")
    body = _j(
        ctx.para(
            "Thank you for your email. This is an automatic confirmation that your application and attachments have been received.",
            "Thank you for contacting the [{co}|] recruitment team. We confirm receipt of your message and CV.",
            "This is an automated response. Your email has reached our Human Resources department.",
            "Thanks for getting in touch! Your application has landed safely in our inbox.",
        ),
        ctx.para(
            "Due to the high number of applications we receive, we are unable to reply to each one individually. If your profile matches one of our open positions, a member of our team will contact you within [10 working days|three weeks|a month].",
            "If you have not heard from us within [four weeks|30 days|six weeks], please assume that your application has not been successful on this occasion.",
            "We will review your details and get back to you if there is a suitable opening.",
            "Our team reads every email but cannot always reply. Shortlisted applicants will be contacted by phone.",
        ),
        _opt(
            ctx,
            0.35,
            "Please do not resend your application; duplicate submissions slow down our review.",
            "For general enquiries, please call our office on +44 20 {n}{n}{n}{n} {n}{n}{n}{n}.",
        ),
    )
    subject = ctx.para(
        "Automatic reply: Application for {title}",
        "Auto-Reply: {title} - {first} {last}",
        "[Auto-Reply] Thank you for your email",
        "Automatic reply: {title} application",
        "Thank you for your application",
        "Autoreply: CV - {first} {last}",
    )
    return Draft(
        subject,
        body,
        name,
        addr,
        greet=ctx.chance(0.3),
        sign=ctx.para("", "{co} Recruitment", "Human Resources\n{legal}"),
        form=ctx.pick(["plain", "plain", "alt"]),
        headers={"Auto-Submitted": "auto-replied"} if ctx.chance(0.7) else {},
    )


@family("cr_agency_ack", "confirmation", n=30)
def agency_ack(ctx: Ctx) -> Draft:
    agency, domain = ctx.rng.choice(vocab.RECRUITING_AGENCIES)
    addr = f"{ascii_word(ctx.person_first)}@{domain}"
    body = _j(
        ctx.para(
            "Thanks for applying for the {title} role I advertised on [LinkedIn|Indeed|our website|Reed|CV-Library].",
            "Many thanks for your application for the {title} position[ with my client in {city}|].",
            "Thanks for sending your CV through for the {title} vacancy.",
            "Just confirming I've received your application for the {title} opportunity[ - a [Series B|fast-growing|well-known] [fintech|SaaS|retail] business|].",
        ),
        ctx.para(
            "I'm reviewing applications against the client's brief this week. If you're shortlisted I'll give you a call to talk through the role in more detail.",
            "I've got a lot of applications to get through, so please bear with me. If your experience fits I'll be in touch to arrange a quick chat before putting you forward.",
            "I'll take a look and come back to you within [a couple of days|48 hours|the week] either way.",
            "Before I submit anything to the client I'll always check with you first.",
        ),
        _opt(
            ctx,
            0.4,
            "In the meantime, could you let me know your notice period and salary expectations?",
            "If you're also open to similar roles, let me know and I'll keep you in mind.",
        ),
    )
    sign = (
        ctx.fill(
            "[Kind regards|Best|Thanks],\n{person}\n[Recruitment Consultant|Senior Consultant|Talent Partner]\n"
        )
        + agency
    )
    subject = ctx.para(
        "Your application - {title}",
        "Re: {title}",
        "{title} application",
        "Thanks for your application",
        "Application received - {title} ({city})",
    )
    return Draft(subject, body, ctx.person, addr, sign=sign, form=ctx.pick(["plain", "alt"]))
