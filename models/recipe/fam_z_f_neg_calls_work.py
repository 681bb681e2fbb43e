"""Template families (zf_, written blind): hard negatives with calls and calendar invites:
press and podcast interview requests, a vendor's customer-success calls, meetings at the
reader's current job (1:1s, calibration, all-hands, on-call handovers) and invitations among
friends and family.
"""

# ruff: noqa: E501

from __future__ import annotations

from kit import Calendar, Ctx, Draft, ascii_word, family
from zf_kit import (
    ZF_N,
    addr,
    body,
    bye,
    hello,
    maybe_cal,
    opt,
    teams_block,
    unsub_block,
    weekday_future,
    when_text,
)


@family("zf_ng_press_podcast_request", "not_job", lang="de", n=ZF_N)
def _press(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "de"])
    when = ctx.future(3, 20)
    text = {
        "en": ctx.pick(
            [
                f"I'm a reporter at {ctx.pick(['The Guardian', 'Wired', 'the local paper', 'TechCrunch', 'Bloomberg'])} working on a story about {ctx.pick(['remote work', 'the housing market', 'open source maintainers', 'cycling infrastructure'])}. Would you be open to a 20-minute phone interview this week? {when_text(ctx, when)} would be ideal.",
                f"I host a podcast about {ctx.pick(['indie game development', 'personal finance', 'design systems', 'urban gardening'])} and would love to have you on as a guest. Recording takes about an hour over Riverside. Any chance you're free {when_text(ctx, when)}?",
                f"We loved your blog post and would like to feature you in our newsletter's Q&A series. It's an email interview - just 6 questions. Deadline: {when_text(ctx, when).split(' at ')[0]}.",
            ]
        ),
        "de": f"ich bin Redakteurin bei {ctx.pick(['der Süddeutschen Zeitung', 'einem Stadtmagazin'])} und würde Sie gerne für einen Beitrag über Ihr Ehrenamt interviewen. Hätten Sie am {when_text(ctx, when, 'de')} Zeit für ein Telefonat?",
    }[lang]
    return Draft(
        subject={
            "en": ctx.pick(
                [
                    "Interview request",
                    "Podcast invitation",
                    "Press inquiry",
                    "Would you be a guest on our show?",
                    "Q&A feature",
                ]
            ),
            "de": "Interviewanfrage",
        }[lang],
        body=body(hello(ctx, lang, 0.9), text),
        from_name=ctx.person,
        from_addr=f"{ascii_word(ctx.person_first)}@"
        + ctx.pick(["newsroom.com", "podcast-studio.fm", "substack.com", "redaktion.de"]),
        greet=False,
        sign=bye(
            ctx,
            lang,
            ctx.pick(
                ["{person}\nReporter", "{person}\nHost, The Build Podcast", "{person}\nRedaktion"]
            ),
        ),
        lang=lang,
    )


@family("zf_ng_saas_customer_success_call", "not_job", n=ZF_N)
def _csm(ctx: Ctx) -> Draft:
    product = ctx.pick(
        ["Notion", "HubSpot", "Asana", "Salesforce", "Monday.com", "Zendesk", "Airtable", "Datadog"]
    )
    when = weekday_future(ctx, 2, 12)
    text = body(
        ctx.pick(
            [
                f"I'm {ctx.person_first}, your dedicated Customer Success Manager at {product}. I'd love to set up a kickoff call to help your team get the most out of your new plan.",
                f"It's time for our quarterly business review! I'd like to walk through your {product} usage, adoption metrics and the roadmap for next quarter.",
                f"Your {product} subscription renews in 30 days. Let's schedule a quick check-in to make sure everything is working for you.",
                f"Thanks for upgrading to {product} Business. Your onboarding session is confirmed for {when_text(ctx, when)}.",
            ]
        ),
        ctx.pick(
            [
                f"Does {when_text(ctx, when)} work? Otherwise pick a time here: {ctx.url('calendly.com', 'csm')}",
                f"Book a time that suits you: {ctx.url('meetings.hubspot.com', ascii_word(ctx.person_first))}",
                teams_block(ctx),
            ]
        ),
    )
    return Draft(
        subject=ctx.pick(
            [
                f"Your {product} onboarding call",
                "Quarterly business review",
                "Quick check-in before your renewal",
                f"Getting started with {product}",
                "Let's connect",
            ]
        ),
        body=body(
            hello(ctx, "en", 0.9),
            text,
            opt(ctx, 0.3, "P.S. Have you tried our new AI features? Happy to demo them."),
        ),
        from_name=f"{ctx.person} ({product})",
        from_addr=f"{ascii_word(ctx.person_first)}@"
        + ctx.pick(
            [
                "notion.so",
                "hubspot.com",
                "asana.com",
                "salesforce.com",
                "monday.com",
                "zendesk.com",
                "airtable.com",
                "datadoghq.com",
            ]
        ),
        greet=False,
        sign=bye(ctx, "en", "{person}\nCustomer Success Manager | " + product),
        footer=unsub_block(ctx, "hubspot.com") if ctx.chance(0.3) else "",
        calendar=maybe_cal(
            ctx,
            f"{product} <> Customer check-in",
            when,
            30,
            "csm@" + product.lower().replace(".", "") + ".com",
            "Zoom",
            0.3,
        ),
    )


@family("zf_ng_internal_1on1_calibration", "not_job", n=ZF_N)
def _internal(ctx: Ctx) -> Draft:
    when = weekday_future(ctx, 1, 10)
    kind = ctx.pick(
        [
            "Weekly 1:1",
            "1:1 {first} / {pfirst}",
            "Performance calibration - Q{n}",
            "Mid-year review",
            "Skip-level",
            "Sprint retro",
            "Planning: Q{n} OKRs",
            "Promo committee prep",
        ]
    )
    summary = ctx.fill(kind)
    text = body(
        ctx.para(
            "Moving our 1:1 to this slot since I'm out on Thursday. Agenda doc is linked in the invite - add anything you want to cover.",
            "Calibration session for the team leads. Please have your ratings and written feedback entered in Lattice before the meeting.",
            "Setting up time to go over your self-review and goals for next half. No prep needed beyond what you've already written.",
            "Hey, can we grab 30 min to talk about the reorg? Nothing to worry about!",
            "Recurring sync. Let's keep it to 25 min.",
        ),
        teams_block(ctx) if ctx.chance(0.7) else "",
    )
    return Draft(
        subject=ctx.pick(["Invitation: ", "Updated invitation: ", "", "Accepted: "])
        + summary
        + " @ "
        + when_text(ctx, when),
        body=text,
        from_name=ctx.person,
        from_addr=addr(ctx, ctx.pick(["{pf}@{domain}", "calendar-notification@google.com"])),
        greet=False,
        sign="",
        form=ctx.pick(["alt", "plain", "html"]),
        calendar=Calendar(
            summary,
            when,
            ctx.pick([25, 30, 60]),
            location=ctx.pick(["Microsoft Teams Meeting", "Zoom", "Room 3.14", ""]),
        ),
    )


@family("zf_ng_internal_allhands_oncall", "not_job", lang="de", n=ZF_N)
def _allhands(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "de"])
    when = weekday_future(ctx, 1, 10)
    text = {
        "en": ctx.pick(
            [
                f"Our Q{ctx.num(1, 4)} all-hands is on {when_text(ctx, when)}. We'll cover company results, product launches and Q&A with the leadership team. Submit questions anonymously via Slido.",
                f"On-call handover: you're primary on-call from {when_text(ctx, when)} for the payments service. Open incidents: {ctx.num(0, 3)}. Runbook and escalation policy are in PagerDuty.",
                "Reminder: the office will be closed on Friday for the team offsite. Agenda and travel details below; please book your train by Monday.",
                "Town hall moved to the big auditorium. Lunch provided after. Remote folks: the stream link is in the invite.",
            ]
        ),
        "de": f"Einladung zur Betriebsversammlung am {when_text(ctx, when, 'de')} in der Kantine. Tagesordnung: Bericht des Betriebsrats, Jahresplanung, Verschiedenes.",
    }[lang]
    return Draft(
        subject={
            "en": ctx.pick(
                [
                    "All-hands: agenda",
                    "On-call handover",
                    "Team offsite logistics",
                    "Town hall this week",
                ]
            ),
            "de": "Einladung Betriebsversammlung",
        }[lang],
        body=body(hello(ctx, lang, 0.4), text, opt(ctx, 0.3, "Internal - do not forward.")),
        from_name=ctx.fill(
            ctx.pick(["{co} Internal Comms", "{person}", "PagerDuty", "People Team"])
        ),
        from_addr=addr(
            ctx,
            ctx.pick(
                [
                    "internal-comms@{domain}",
                    "{pf}@{domain}",
                    "no-reply@pagerduty.com",
                    "people@{domain}",
                ]
            ),
        ),
        greet=False,
        sign=bye(ctx, lang, ctx.pick(["{pfirst}", "Internal Comms", "Ihr Betriebsrat"])),
        calendar=maybe_cal(ctx, "All-hands", when, 60, "", "Auditorium", 0.4),
        lang=lang,
    )


@family("zf_ng_friends_family_invite", "not_job", lang="pt", n=ZF_N)
def _friends(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "fr", "es", "pt"])
    when = ctx.future(2, 30)
    host = ctx.pick(["Maya", "Ben", "Rosa", "Pierre", "Lucía", "Ana", "Jonas"])
    what = {
        "en": ctx.pick(
            [
                "Dinner at ours",
                "Birthday drinks",
                "Hike + picnic",
                "Game night",
                "Mum's 60th",
                "Baby shower",
            ]
        ),
        "fr": ctx.pick(["Dîner chez nous", "Anniversaire de Léa", "Pique-nique"]),
        "es": ctx.pick(["Cena en casa", "Cumple de Marta", "Barbacoa"]),
        "pt": ctx.pick(["Jantar lá em casa", "Aniversário da avó", "Churrasco"]),
    }[lang]
    text = {
        "en": ctx.pick(
            [
                f"You're invited! {what} on {when_text(ctx, when)}. Bring whoever you like.",
                "Hope you can make it! Let me know if you're vegetarian.",
                f"{host} has invited you to this event.",
            ]
        ),
        "fr": f"{what} le {when_text(ctx, when, 'fr')}, tu viens ?",
        "es": f"{what} el {when_text(ctx, when, 'es')}. ¿Te apuntas?",
        "pt": f"{what} no dia {when_text(ctx, when, 'pt')}. Vens?",
    }[lang]
    return Draft(
        subject=ctx.pick(["Invitation: ", ""]) + what + " @ " + when_text(ctx, when, lang),
        body=body(
            text,
            opt(
                ctx,
                0.5,
                "Going? Yes - Maybe - No\nInvitation from Google Calendar. You are receiving this email because you are an attendee on the event.",
            ),
        ),
        from_name=host,
        from_addr=f"{host.lower()}{ctx.num(1, 99)}@gmail.com".replace("í", "i"),
        greet=False,
        sign="",
        form=ctx.pick(["alt", "plain"]),
        calendar=Calendar(
            what, when, 180, location=ctx.pick(["Home", "Central Park", "Chez nous", "Casa"])
        )
        if ctx.chance(0.6)
        else None,
        lang=lang,
    )
