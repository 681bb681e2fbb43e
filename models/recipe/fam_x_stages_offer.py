"""Offer template families: e-signature envelopes, casual "offer coming" notes, verbal-offer
recaps with numbers, ATS "your offer is ready" portal mail, revisions and deadline extensions,
contingent offers pending checks.

Written from scratch like the rest of ``fam_x_stages*``. Hard on purpose: envelopes whose only
job word is in a file name, offers that talk about the interviews, contingent offers that talk
about background checks (which alone would be ``other_job``), vague subjects.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from fam_x_stages import SHORT_SIGN, join, lower_casual
from kit import Ctx, Draft, ascii_word, ats_sender, family, sign_person


def _base(ctx: Ctx) -> str:
    k = ctx.num(48, 260)
    return ctx.pick([f"${k},000", f"${k}K", f"USD {k},000", f"£{k},000", f"€{k},000"])


def _hourly(ctx: Ctx) -> str:
    return f"${ctx.num(15, 58)}.{ctx.pick(['00', '50', '25', '75'])}"


@family("st_offer_esign", "offer", n=32)
def offer_esign(ctx: Ctx) -> Draft:
    doc = ctx.fill(
        "[{co} Offer Letter - {first} {last}|Offer Letter_{last}_{first}.pdf|{first} {last} - {title} Offer|Employment Offer - {first} {last}|{co} - Offer of Employment - {last}|Offer Letter {req}]"
    )
    tool = ctx.pick(["docusign", "docusign", "adobe", "dropbox"])
    if tool == "docusign":
        sender = ctx.fill(
            "[{person} via Docusign|{co} People Team via DocuSign|{co} HR via Docusign]"
        )
        addr = ctx.pick(
            [
                "dse_na2@docusign.net",
                "dse@eumail.docusign.net",
                "dse_na3@docusign.net",
                "dse@docusign.net",
            ]
        )
        subject = ctx.pick(
            [
                f"Please DocuSign: {doc}",
                f"Complete with Docusign: {doc}",
                f"Reminder: Complete with Docusign: {doc}",
            ]
        )
        body = join(
            ctx.fill("{person} sent you a document to review and sign."),
            "REVIEW DOCUMENT\n" + ctx.url("na2.docusign.net", "Signing/EmailStart.aspx"),
            f"{ctx.person}\n{ascii_word(ctx.person_first)}@{ctx.domain}" if ctx.chance(0.5) else "",
            ctx.fill(
                ctx.maybe(
                    "[Hi {first}, please find your offer letter for the {title} position. Congratulations!|Please review and sign your offer letter at your earliest convenience.|Congratulations again - we're thrilled! Let me know if you have any questions about the terms.|Please sign by {day}. Welcome aboard!]",
                    0.7,
                )
            ),
            "Do Not Share This Email\nThis email contains a secure link to Docusign. Please do not share this email, link, or access code with others.",
            "Alternate Signing Method\nVisit Docusign.com, click 'Access Documents', and enter the security code:\n"
            + "".join(ctx.pick("0123456789ABCDEF") for _ in range(32)),
            "About Docusign\nSign documents electronically in just minutes. It's safe, secure, and legally binding.",
        )
    elif tool == "adobe":
        sender = ctx.pick(["Adobe Acrobat Sign", "Adobe Sign"])
        addr = ctx.pick(["adobesign@adobesign.com", "echosign@echosign.com"])
        subject = ctx.pick(
            [
                f'Signature requested on "{doc}"',
                f"You're invited to sign: {doc}",
                f"Reminder: {doc} needs your signature",
            ]
        )
        body = join(
            ctx.fill(
                f"{{person}} ([hr|people|offers]@{{domain}}) has requested your signature on {doc}."
            ),
            "Review and sign\n" + ctx.url("secure.na1.adobesign.com", "public/esign"),
            ctx.fill(
                ctx.maybe(
                    "[Congratulations on your offer! Please review and e-sign.|We're excited to welcome you to the team.|Please complete within 5 business days.]",
                    0.6,
                )
            ),
            "After you sign, all parties will receive a final PDF copy by email.\n\nDon't forward this email: if you forward it, the recipient can sign on your behalf.",
        )
    else:
        sender = ctx.fill("[{co} via Dropbox Sign|{person} via Dropbox Sign]")
        addr = "noreply@mail.hellosign.com"
        subject = ctx.fill(
            f'[You\'ve been asked to sign "{doc}"|{{person}} has requested your signature on {doc}]'
        )
        body = join(
            ctx.fill(f'{{person}} has requested your signature on "{doc}".'),
            ctx.fill(
                ctx.maybe(
                    "Message from {pfirst}: [Hi {first}, here's your official offer - congrats!!|Attached is the offer we discussed on the phone.|Please sign and return by {day}.]",
                    0.7,
                )
            ),
            "REVIEW & SIGN\n" + ctx.url("app.hellosign.com", "sign"),
            "This email was sent via Dropbox Sign. Do not share this link.",
        )
    return Draft(
        subject,
        body,
        sender,
        addr,
        greet=False,
        sign="",
        form=ctx.pick(["html", "html", "alt"]),
        bulk=ctx.chance(0.3),
    )


@family("st_offer_casual_coming", "offer", n=34)
def offer_casual_coming(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    body = ctx.para(
        "hey {first}! just got out of the debrief - it's unanimous, we want you[ as our {title}|]. offer's coming your way [tonight|tomorrow|first thing monday]. [call when you can?|can I call you later?|so excited!!]",
        "The team loved meeting you during the interviews, and I'm very happy to say we'd like to make you an offer! {pfirst} from our people team will send the formal offer [tomorrow|in the next day or two|by end of week].",
        "I'll keep this short because I'm excited: we'd love to have you join us. Everyone you met in the [final round|onsite|interview loop] was impressed. [Paperwork to follow.|Written offer will follow shortly.|I'd love to walk you through the details on a call.]",
        "Thanks for your patience through our [long|rather long] interview process! Good news: [we're moving ahead with an offer|we want to offer you the role]. [When's a good time to talk through the details?|Are you free for a quick call {day}?]",
        "{first} - congrats!! [the hiring committee approved|we got final approval] for your offer[ for the {title} role|]. I'll send numbers [tonight|tmrw] and the letter after that.",
        "Following up on Friday's interviews: we'd like to extend you an offer. [Could you hop on a call {day} so I can share the details?|Please let me know a good time to chat about compensation and start dates.]",
    )
    sign = ctx.fill(SHORT_SIGN) + ctx.fill(
        ctx.pick(
            [
                "",
                "",
                "\n{co}",
                "\n[Founder|CTO|VP Engineering|Head of People|Director of Nursing], {co}",
            ]
        )
    )
    subject = ctx.fill(
        "[Great news|Following up|Next steps|:)|Re: final interview|We'd love to have you|Good news!|an offer!|Quick update|Update]"
    )
    return Draft(
        subject,
        lower_casual(ctx, body, 0.25),
        name,
        addr,
        greet=ctx.chance(0.3),
        sign=sign,
        form=ctx.pick(["plain", "plain", "alt"]),
    )


@family("st_offer_verbal_recap", "offer", n=32)
def offer_verbal_recap(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["person", "person", "own"]))
    intro = ctx.para(
        "It was great speaking with you [earlier today|this afternoon|just now]. As promised, here's a summary of the verbal offer for the {title} role:",
        "Thanks for taking my call! Writing down what we discussed so you have it in one place:",
        "Congratulations again! Below is a recap of the offer I shared on the phone.",
        "Per our conversation, here are the details of our offer:",
    )
    bullet = ctx.pick(["- ", "• ", "* ", ""])
    rows = [
        f"Base salary: {_base(ctx)}" + ctx.pick([" per year", " annually", ""]),
        ctx.maybe(f"Annual bonus target: {ctx.num(5, 25)}%", 0.6),
        ctx.maybe(
            ctx.pick(
                [
                    f"Equity: {ctx.num(2, 80) * 500:,} RSUs vesting over 4 years (1-year cliff)",
                    f"Stock options: {ctx.num(4, 60) * 1000:,} options, 4-year vesting",
                    f"Equity: {ctx.num(1, 9) / 10}% of the company, standard 4-year vest",
                ]
            ),
            0.6,
        ),
        ctx.maybe(f"Sign-on bonus: ${ctx.num(5, 60)},000", 0.35),
        ctx.fill("Start date: [{day}|to be agreed|on or around {day}]"),
        ctx.maybe(
            ctx.pick(
                [
                    "PTO: 25 days + public holidays",
                    "Benefits: medical, dental and vision from day one",
                    "Remote stipend: $1,000/year",
                    "401(k) match up to 4%",
                ]
            ),
            0.6,
        ),
    ]
    table = "\n".join(bullet + r for r in rows if r)
    close = ctx.para(
        "The formal written offer will come via [DocuSign|our HR system|email] [once you're ready|tomorrow|after you confirm verbally]. [This offer is valid until {day}.|Take the weekend to think it over.|Happy to answer any questions about benefits.]",
        "Let me know if anything here doesn't match your understanding. [The offer is open until {day}.|Excited to hopefully have you on board!]",
    )
    subject = ctx.fill(
        "[Following up on our call|Offer summary|Next steps|Recap of our conversation|{co} offer details|Re: {title}|As discussed|Your offer]"
    )
    return Draft(
        subject,
        join(intro, table, close),
        name,
        addr,
        sign=sign_person(
            ctx, ctx.pick(["Recruiter", "Talent Partner", "Recruiting Manager", "Hiring Manager"])
        ),
        form=ctx.pick(["plain", "alt"]),
    )


_PORTAL = {
    "workday": (
        "[An offer has been extended to you. Sign in to your candidate home to view and respond.|Your offer for {title} is ready. Please sign in to review the details and accept or decline by {day}.]",
        "[Offer: {title}|Action required: review your offer|{co} - You have an offer]",
    ),
    "greenhouse": (
        "[{co} has sent you an offer letter. Click here to view your offer: %URL%|Your offer is ready to review. Open the secure link below to view and sign: %URL%]",
        "[Your offer is ready to review|Offer letter from {co}|Please review your offer]",
    ),
    "lever": (
        "[You have received an offer from {co}. Review it here: %URL%|{co} sent you an offer for the {title} position. %URL%]",
        "[Your offer from {co}|Offer - {title}|You have a new offer]",
    ),
    "icims": (
        "[Your offer letter is available in the candidate portal. Log in with your existing credentials to view it.|Congratulations! A new offer letter is waiting for you. Please log in to the career portal to review and accept.]",
        "[Offer Letter Available|Your offer is ready|New document to review: Offer Letter]",
    ),
    "smartrecruiters": (
        "[{co} has made you an offer. View the offer and respond in your SmartProfile: %URL%|Offer details for {title} are ready. Review and respond: %URL%]",
        "[Offer: {title} at {co}|You've received an offer|Your offer is ready to review]",
    ),
    "ashby": (
        "[Your offer from {co} is ready. View offer: %URL%|{co} has shared your offer letter. Review and e-sign here: %URL%]",
        "[Your offer from {co}|Offer letter ready|Next steps]",
    ),
    "bamboohr": (
        "[{co} has sent you an offer letter! Click below to view and sign it.\n\n%URL%|Your offer letter for {title} is ready for your e-signature: %URL%]",
        "[{co} sent you an offer letter|Offer letter from {co}|Please sign your offer letter]",
    ),
}


@family("st_offer_portal", "offer", n=32)
def offer_portal(ctx: Ctx) -> Draft:
    ats = ctx.pick(list(_PORTAL))
    text, subjects = _PORTAL[ats]
    name, addr = ats_sender(ctx, ats)
    body = ctx.fill(
        text.replace("%URL%", ctx.url(addr.split("@")[1], ctx.pick(["offer", "o", "portal/offer"])))
    )
    if ctx.chance(0.35):
        body = ctx.fill("[Congratulations!|Great news!|Hello,] ") + body
    footer = ctx.fill(
        ctx.maybe(
            "[This is an automated message. Please do not reply.|This email was sent from an unmonitored mailbox.|Questions? Contact your recruiter directly.]",
            0.7,
        )
    )
    return Draft(
        ctx.fill(subjects),
        body,
        name,
        addr,
        greet=ctx.chance(0.6),
        sign="" if ctx.chance(0.5) else None,
        footer=footer,
        form=ctx.pick(["html", "alt"]),
        bulk=ctx.chance(0.3),
    )


@family("st_offer_revision_deadline", "offer", n=32)
def offer_revision_deadline(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    kind = ctx.pick(["raise", "extend", "extend", "terms", "nudge"])
    quote = ""
    if kind == "raise":
        body = join(
            ctx.fill(
                "Thanks for the [chat|call] yesterday and for being upfront about [the other offer|your expectations|the numbers]. I've spoken with [the hiring manager|our comp team|{pfirst}] and we're able to [increase the base to %B|add a sign-on bonus of %S|bump the equity grant to %E RSUs].".replace(
                    "%B", _base(ctx)
                )
                .replace("%E", f"{ctx.num(4, 60) * 500:,}")
                .replace("%S", f"${ctx.num(5, 40)},000")
            ),
            ctx.fill(
                "[Everything else in the offer stays the same.|An updated offer letter is on its way.|I've attached the revised offer letter.] [Hope this helps you make a decision!|Let me know what you think.]"
            ),
        )
    elif kind == "extend":
        body = ctx.para(
            "No problem on needing more time — we've extended the deadline for your offer to {day}. [Take the time you need.|Let me know if any questions come up in the meantime.]",
            "Just confirming we've moved your offer expiration date to {day}[, as requested|]. The rest of the offer is unchanged.",
            "Totally understand. I checked with the team and we can hold the offer open until {day}.",
        )
        if ctx.chance(0.5):
            quote = ctx.fill(
                "Hi {pfirst}, thank you so much for the offer! [I'm wrapping up another process|I'd like to talk it over with my family] - would it be possible to have until {day} to decide?"
            )
    elif kind == "terms":
        body = ctx.fill(
            "Good news: [the start date can move to {day}|we can do fully remote for this role|we can offer a relocation package of %B]. I've updated the offer letter[ for the {title} position|] accordingly - you should see it in your inbox shortly."
        ).replace("%B", _base(ctx))
    else:
        body = ctx.para(
            "Just checking in on the offer - any questions I can answer? As a reminder it expires {day}.",
            "hi {first}, circling back on the offer. [no pressure, just want to make sure you have everything you need|happy to jump on a call w/ the team if that helps].",
        )
    subject = ctx.fill(
        "[Revised offer|Updated offer|Re: Offer|Offer deadline extension|Following up|Your offer - update|Checking in|Extension]"
    )
    return Draft(
        subject,
        body,
        name,
        addr,
        greet=kind != "nudge",
        sign=ctx.fill(SHORT_SIGN) if ctx.chance(0.4) else sign_person(ctx),
        quote=quote,
        form=ctx.pick(["plain", "alt"]),
    )


@family("st_offer_contingent", "offer", n=32)
def offer_contingent(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["own", "person", "workday", "icims", "taleo"]))
    pay = ctx.pick(
        [f"{_hourly(ctx)} per hour", f"an annual salary of {_base(ctx)}", f"{_hourly(ctx)}/hr"]
    )
    body = join(
        ctx.para(
            "We are pleased to extend a conditional offer of employment for the position of {title}[ at our {city} location|, {city}|] at "
            + pay
            + ".",
            "Congratulations! [{co} is happy to offer you|We'd like to offer you] the {title} role, starting {day}, at "
            + pay
            + ".",
            "On behalf of {legal}, I'm pleased to offer you the position of {title}. The offer is subject to the conditions below.",
        ),
        ctx.fill(
            "[This offer is contingent upon successful completion of a background check[ and drug screen|, reference check|]|This offer is contingent on a satisfactory background check, employment verification and proof of eligibility to work|Your start date will be confirmed once your background check clears]. [You'll receive an email from [Checkr|HireRight|Sterling] shortly to begin.|Please complete the background check authorization within 3 business days.|Our screening partner will contact you directly.]"
        ),
        ctx.fill(
            ctx.maybe(
                "[Please bring two forms of ID on your first day for the I-9.|Orientation is held every Monday at 8:00 AM.|Scrubs/uniform will be provided.|You'll also be asked to complete a pre-employment health screening.]",
                0.5,
            )
        ),
        ctx.fill(
            "[Please confirm your acceptance by replying to this email.|To accept, sign the attached offer letter and return it by {day}.|Log in to the candidate portal to accept your offer.]"
        ),
    )
    subject = ctx.fill(
        "[Conditional Offer of Employment|Offer - pending background check|Next steps|Your offer from {co}|{title} - offer|Contingent offer - {co}|Welcome to {co}!]"
    )
    return Draft(
        subject,
        body,
        name,
        addr,
        sign=sign_person(
            ctx,
            ctx.pick(
                [
                    "HR Generalist",
                    "Talent Acquisition Specialist",
                    "Store Manager",
                    "HR Coordinator",
                ]
            ),
        ),
    )
