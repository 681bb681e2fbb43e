"""Hard real-life job mail: reply threads, forwards and one-line mobile notes.

In a thread the NEWEST text decides what the message is: a rejection sent as a reply under
the quoted interview invite, an offer under a long scheduling thread, a reschedule under the
quoted confirmation. Forwards carry the original below a "Forwarded message" divider. The
mobile notes are what recruiters really type on a phone: one line, lower case, no greeting.
These families exist so the model learns to weigh the top of a message over its history.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from datetime import timedelta

import vocab
from kit import Ctx, Draft, ascii_word, ats_sender, family

PHONE_SIGN = (
    "Sent from my iPhone",
    "Sent from my iPhone\n\n{pfirst}",
    "{pfirst}\n\nSent from my iPhone",
    "- {pfirst}\nSent from Outlook for iOS",
    "Get Outlook for Android",
    "{pfirst}",
    "sent from my phone, excuse typos",
    "",
)


def _when(ctx: Ctx, days: int) -> str:
    d = ctx.date - timedelta(days=days, hours=ctx.num(0, 20))
    return ctx.pick(
        [
            d.strftime("%a, %b %d, %Y at %I:%M %p"),
            d.strftime("%A, %B %d, %Y %I:%M %p"),
            d.strftime("%m/%d/%Y %H:%M"),
            d.strftime("%d %b %Y, at %H:%M"),
        ]
    )


def history(ctx: Ctx, name: str, addr: str, text: str, days: int, subject: str = "") -> str:
    """An earlier message as mail clients quote it: Gmail ``>`` style or Outlook headers."""
    text = text.strip()
    if ctx.chance(0.6):
        quoted = "\n".join(("> " + line) if line else ">" for line in text.splitlines())
        return f"On {_when(ctx, days)} {name} <{addr}> wrote:\n{quoted}"
    # The candidate's own note went to the recruiter, whom Outlook shows by name only.
    to = (
        ctx.person
        if addr == ctx.cand_addr
        else f"{ctx.cand_first} {ctx.cand_last} <{ctx.cand_addr}>"
    )
    head = f"From: {name} <{addr}>\nSent: {_when(ctx, days)}\nTo: {to}"
    if subject:
        head += f"\nSubject: {subject}"
    return "________________________________\n" + head + "\n\n" + text


def cand_said(ctx: Ctx, text: str, days: int) -> str:
    """The candidate's own earlier reply, quoted."""
    name = f"{ctx.cand_first} {ctx.cand_last}"
    return history(ctx, name, ctx.cand_addr, ctx.fill(text) + f"\n\n{ctx.cand_first}", days)


def _stack(*blocks: str) -> str:
    return "\n\n".join(b for b in blocks if b)


def _re(ctx: Ctx, base: str) -> str:
    return ctx.pick(["Re: ", "RE: ", "Re: Re: ", "RE: RE: ", "Re: [External] "]) + ctx.fill(base)


THREAD_BASES = (
    "{title} - next steps",
    "{title} interview",
    "Interview with {co}",
    "{co} // {first} {last}",
    "Next steps",
    "Following up",
    "{title} role at {co}",
    "Scheduling",
    "Quick chat?",
)


def _invite_text(ctx: Ctx) -> str:
    return ctx.fill(
        "[Hi|Hello|Hey] {first},\n\n"
        "[Thanks for applying to the {title} role at {co}!|Thanks so much for your interest in {co}.|Great speaking with you earlier.] "
        "[We'd like to invite you to a 45-minute interview with the hiring team.|I'd love to set up a call with our hiring manager.|The team would like to move you forward to a first-round interview.] "
        "[Could you share a few times that work next week?|Please use the link below to book a slot: {link}|Does {day} at {time} work for you?]\n\n"
        "[Best|Thanks|Cheers],\n{pfirst}"
    )


def _sched_text(ctx: Ctx) -> str:
    return ctx.fill(
        "[Perfect|Great|Confirmed], you're [all set|booked|on the calendar] for {day} at {time} with [the panel|our hiring manager|{pfirst} and two engineers]. "
        "[A calendar invite is on its way.|Zoom details are in the invite.|Let me know if anything changes.]\n\n{pfirst}"
    )


@family("hd_thread_reject_over_invite", "rejection", n=32)
def thread_reject(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    body = ctx.para(
        "Thanks again for making time to speak with us. [After a lot of discussion|Unfortunately|After meeting with all the finalists], the team has decided to move forward with [another candidate|a candidate whose experience more closely matches what we need right now|someone further along in the process].",
        "I wanted to follow up personally. [We've decided not to move forward|We won't be moving forward] with your candidacy for the {title} role. [I know that's not the news you were hoping for.|It was a close call.|Sorry for the wait on this.]",
        "Quick update on my end - the hiring manager [decided to go with another candidate|has decided to pursue other applicants|closed the role internally], so we won't be scheduling the next round. [Really appreciate your time.|Sorry it didn't work out this time.]",
        "Unfortunately the {title} position has been [filled|put on hold and we're closing out all candidates]. [Thank you for the great conversations.|I'll keep your details on file.]",
    )
    if ctx.chance(0.4):
        body += "\n\n" + ctx.para(
            "[Happy to share feedback if it's useful.|Please do keep an eye on our careers page.|I hope our paths cross again.]"
        )
    quote = [history(ctx, name, addr, _invite_text(ctx), ctx.num(6, 20))]
    if ctx.chance(0.5):
        quote.insert(
            0, cand_said(ctx, "[Thanks! {day} at {time} works great.|Sounds good, talk then!]", 5)
        )
    return Draft(
        _re(ctx, ctx.pick(THREAD_BASES)),
        body,
        name,
        addr,
        footer=_stack(*quote),
        greet=ctx.chance(0.7),
        form=ctx.pick(["plain", "alt"]),
        sign=_me(ctx) if ctx.chance(0.8) else None,
    )


@family("hd_thread_offer_over_sched", "offer", n=30)
def thread_offer(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    body = ctx.para(
        "[Great news|I'm so happy to share this] - [the team loved you|everyone was impressed after the final round] and we'd like to [offer you|extend you an offer for] the {title} position! I've attached the offer letter; [base is {money}|the comp package comes to {money} base plus equity]. [Can we hop on a call tomorrow to walk through it?|Let me know when you're free to chat.]",
        "Following up on Friday's final interviews: I'm delighted to [let you know|confirm] we're extending an offer. [Formal letter is in DocuSign.|You'll receive the written offer from HR shortly.] [Please take a look and let me know if you have any questions.|We'd love an answer by {day} if possible.]",
        "Okay, I can finally say it officially: offer approved! {money} base[, {pct}% bonus target|, sign-on of {money}|]. Offer letter attached - [take your time reading it|review and sign when ready].",
    )
    quote = [
        history(ctx, name, addr, _sched_text(ctx), ctx.num(4, 9)),
        cand_said(
            ctx,
            "[Any of these work for me: {day} at {time}, or {day} afternoon.|I'm free {day} anytime after {time}.]",
            ctx.num(10, 12),
        ),
        history(ctx, name, addr, _invite_text(ctx), ctx.num(13, 20)),
    ]
    return Draft(
        _re(ctx, ctx.pick(THREAD_BASES)),
        body,
        name,
        addr,
        footer=_stack(*quote[: ctx.num(1, 3)]),
        greet=ctx.chance(0.8),
        sign=_me(ctx) if ctx.chance(0.8) else None,
    )


@family("hd_thread_resched_over_confirm", "interview", n=30)
def thread_resched(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["person", "person", "own"]))
    body = ctx.para(
        "So sorry, [something came up for|there's a conflict on] {pfirst}'s calendar. Could we move your interview to {day} at {time} instead? [Same Zoom link.|I'll send an updated invite.]",
        "Hi again - [our hiring manager is out sick|the panel got double booked], so we need to reschedule. [Would any of these work: {day} {time}, or {day} {time}?|Can you grab a new slot here? {link}]",
        "Quick change: the interview is now {day} at {time}[ (same format, 45 min)|]. [Apologies for the shuffle!|Sorry for the back and forth.] Please confirm this still works.",
        "Just confirming we've moved you to {day}, {time}. [New invite attached.|You should see the updated calendar hold.] [Looking forward to it.|Talk soon!]",
    )
    old = ctx.fill(
        "[Thanks for confirming!|Great, you're set.] Your interview for {title} is [booked|scheduled] for {day} at {time}[ via Zoom|, on site at our office|, by phone]. [See you then.|Let me know if you need anything.]\n\n{pfirst}"
    )
    return Draft(
        _re(ctx, ctx.pick((*THREAD_BASES[:6], "Interview confirmation"))),
        body,
        name,
        addr,
        footer=history(ctx, name, addr, old, ctx.num(2, 6)),
        greet=ctx.chance(0.6),
        sign=ctx.pick([None, ctx.fill("Thanks,\n{pfirst}"), ctx.fill("{pfirst}")]),
    )


@family("hd_thread_tech_over_screen", "technical_round", n=30)
def thread_tech(ctx: Ctx) -> Draft:
    techs = [t for t in vocab.TITLES if "Engineer" in t or "Developer" in t or "Data" in t]
    ctx._title = ctx.pick(
        [t for t in techs if not t.startswith(("Mech", "Civil", "Elec", "Process", "Quality"))]
    )
    name, addr = ats_sender(ctx, "person")
    body = ctx.para(
        "Good news - [the hiring manager|our engineering lead|the team] enjoyed the chat and we'd like to move you to the technical round: a [60|90]-minute live coding session [in CoderPad|on HackerRank|pairing with one of our engineers]. [Could you send me your availability for next week?|Book here: {link}]",
        "Following up after your screen: next step is a take-home [exercise|assignment]. You'll get an email from [CodeSignal|HackerRank|our system] with the link; [it takes about 3 hours|please submit within 5 days].",
        "The team would like to do the [technical interview|system design round] next. It's [2 x 45 min|a 90 min block] with [two senior engineers|the platform team]. [What does your week look like?|Would {day} work?]",
        "Thanks for the great conversation yesterday! We'd love to invite you to the [technical assessment|coding round]. [Details below.|I'll send the prep guide separately.]",
    )
    old = ctx.fill(
        "[Thanks for chatting with me today, {first}!|Great to meet you earlier.] [I'll share notes with the hiring manager and get back to you shortly.|I'll circle back with next steps this week.]\n\n{pfirst}"
    )
    return Draft(
        _re(ctx, ctx.pick(THREAD_BASES)),
        body,
        name,
        addr,
        footer=history(ctx, name, addr, old, ctx.num(1, 5)),
        sign=_me(ctx) if ctx.chance(0.8) else None,
    )


def _other_addr(ctx: Ctx) -> str:
    first, last = ascii_word(ctx.cand_first), ascii_word(ctx.cand_last)
    return (
        ctx.pick([f"{first}{last}{ctx.num(1, 99)}", f"{first[0]}{last}", f"{first}.{last}.work"])
        + "@"
        + ctx.pick(vocab.CANDIDATE_DOMAINS)
    )


def _fwd_block(ctx: Ctx, name: str, addr: str, subject: str, text: str) -> str:
    to = ctx.pick(
        [f"<{_other_addr(ctx)}>", f"{ctx.cand_first} {ctx.cand_last} <{_other_addr(ctx)}>"]
    )
    return (
        "---------- Forwarded message ---------\n"
        f"From: {name} <{addr}>\nDate: {_when(ctx, ctx.num(0, 3))}\nSubject: {subject}\nTo: {to}\n\n"
        + text.strip()
    )


def _self_fwd(ctx: Ctx, subject: str, name: str, addr: str, text: str) -> Draft:
    note = ctx.pick(
        [
            "",
            "",
            "fwd to my main inbox",
            "saving this here",
            "fyi",
            "moving to gmail",
            "(forwarding from my old address)",
        ]
    )
    body = _stack(note, _fwd_block(ctx, name, addr, subject, text))
    return Draft(
        ctx.pick(["Fwd: ", "Fw: ", "FW: "]) + subject,
        body,
        f"{ctx.cand_first} {ctx.cand_last}",
        _other_addr(ctx),
        greet=False,
        sign="",
        form="plain",
    )


@family("hd_fwd_self_invite", "interview", n=30)
def fwd_invite(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["person", "greenhouse", "lever", "own"]))
    text = ctx.fill(
        "Hi {first},\n\n[Thank you for applying for the {title} position.|Thanks for your interest in {co}!] "
        "[We'd like to schedule a 30 minute phone screen with you.|We would like to invite you to interview with our team.] "
        "[Please pick a time here: {link}|Are you available {day} at {time}?]\n\n[Best|Regards],\n{person}"
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "Interview invitation - {title}",
                "{co}: let's schedule a call",
                "Next steps with {co}",
                "Phone screen",
            ]
        )
    )
    return _self_fwd(ctx, subject, name, addr, text)


@family("hd_fwd_self_rejection", "rejection", n=28)
def fwd_reject(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["greenhouse", "workday", "own", "lever"]))
    text = ctx.fill(
        "Dear {first},\n\nThank you for your interest in the {title} role at {co}. "
        "[After careful review, we have decided to move forward with other candidates.|Unfortunately we will not be progressing your application further.|We regret to inform you that the position has been filled.] "
        "[We encourage you to apply for future openings.|We wish you the best in your search.]\n\n{co} Talent Acquisition"
    )
    subject = ctx.fill(
        ctx.pick(["Your application to {co}", "{title} - application update", "Update from {co}"])
    )
    return _self_fwd(ctx, subject, name, addr, text)


@family("hd_fwd_friend_offer_mine", "offer", n=24)
def fwd_offer_via_partner(ctx: Ctx) -> Draft:
    # The candidate asked HR to send the offer to a second address and forwards it home.
    name, addr = ats_sender(ctx, ctx.pick(["own", "person"]))
    text = ctx.fill(
        "Dear {first},\n\n[We are delighted to offer you the position of {title} at {co}.|On behalf of {co}, I am pleased to extend an offer of employment as {title}.] "
        "Your starting salary will be {money}[ with a start date of {day}|]. [Please sign and return the attached letter by {day}.|The offer letter is attached for your review.]\n\n{person}\nHuman Resources"
    )
    subject = ctx.fill(
        ctx.pick(["Offer Letter - {title}", "Your offer from {co}", "Offer of employment"])
    )
    return _self_fwd(ctx, subject, name, addr, text)


def _phone(ctx: Ctx, text: str) -> str:
    text = ctx.fill(text)
    if not ctx.chance(0.4):
        return text
    lowered = text.lower()
    for label in (ctx._title, ctx._co.name):  # people type names as they are
        lowered = lowered.replace(label.lower(), label)
    return lowered


def _me(ctx: Ctx) -> str:
    """The sign-off of the one person writing the whole thread."""
    return ctx.fill(
        ctx.pick(["[Best|Thanks|Cheers],\n{pfirst}", "{pfirst}", "[Best|Thanks],\n{person}"])
    )


@family("hd_terse_call_request", "interview", n=32)
def terse_call(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    body = _phone(
        ctx,
        ctx.pick(
            [
                "are you free tmrw at 2 for a quick call?",
                "hey {first} - got 15 min {day}? hiring mgr wants to chat",
                "can you do a call at {time}? want to walk you through the {title} role",
                "free for a quick phone screen this week? mornings best for me",
                "just saw your app - call {day}? send me a time",
                "{first}, can we talk tomorrow re: {co}? 20 min, phone is fine",
                "would {day} {time} work for a first interview? zoom link to follow",
            ]
        ),
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "quick call?",
                    "call",
                    "tmrw?",
                    "Re: {title}",
                    "chat this week",
                    "(no subject)",
                    "{co}",
                ]
            )
        ),
        body,
        name,
        addr,
        greet=False,
        sign=ctx.fill(ctx.pick(PHONE_SIGN)),
        form="plain",
    )


@family("hd_terse_rejection", "rejection", n=32)
def terse_reject(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    body = _phone(
        ctx,
        ctx.pick(
            [
                "we went another direction, sorry",
                "hey - unfortunately they went with someone else for the {title} spot. sorry {first}",
                "bad news, client passed. said they want someone with more [fintech|healthcare|B2B] background",
                "sorry, {co} decided not to move fwd. i'll keep you in mind for others",
                "they filled it internally :( sorry for the runaround",
                "team decided to pass on this one. thanks for your time though",
                "heads up - we're not moving forward. appreciate you interviewing",
            ]
        ),
    )
    return Draft(
        ctx.fill(
            ctx.pick(["update", "Re: {title}", "sorry", "news", "Re: next steps", "{co} update"])
        ),
        body,
        name,
        addr,
        greet=False,
        sign=ctx.fill(ctx.pick(PHONE_SIGN)),
        form="plain",
    )


@family("hd_terse_offer", "offer", n=30)
def terse_offer(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    body = _phone(
        ctx,
        ctx.pick(
            [
                "offer letter attached, lmk",
                "here's the formal offer! sign by {day} if it all looks good",
                "congrats!! written offer attached. call me w questions",
                "{money} base approved. letter attached - lmk thoughts",
                "they said yes! offer coming via docusign in a few min",
                "attached: offer for {title}. excited for you",
            ]
        ),
    )
    return Draft(
        ctx.fill(
            ctx.pick(["offer", "Offer letter", "!!", "Re: {title}", "{co} offer", "signed copy?"])
        ),
        body,
        name,
        addr,
        greet=False,
        sign=ctx.fill(ctx.pick(PHONE_SIGN)),
        form="plain",
    )


@family("hd_terse_confirm_received", "confirmation", n=26)
def terse_confirm(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    body = _phone(
        ctx,
        ctx.pick(
            [
                "got your resume, thanks! will pass to the team",
                "received, thanks {first}. will review and circle back",
                "thanks for sending - I've submitted you for the {title} role",
                "got it! application's in for {co}",
                "thx, received your cv + cover letter",
            ]
        ),
    )
    return Draft(
        ctx.fill(ctx.pick(["Re: resume", "Re: {title}", "Re: application", "got it", "Re: CV"])),
        body,
        name,
        addr,
        greet=False,
        sign=ctx.fill(ctx.pick(PHONE_SIGN)),
        form="plain",
        quote=ctx.fill(
            "[Hi, attached is my resume for the {title} opening.|Please find my CV attached. Thanks!]"
        )
        if ctx.chance(0.5)
        else "",
    )
