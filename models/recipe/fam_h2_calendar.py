"""Everyday mail, part 5: calendar invitations among friends and colleagues.

"Invitation: Coffee chat with Leo", a manager's weekly 1:1, a team sync, lunch, a book club,
"Accepted: ..." / "Updated invitation" / "Canceled event" replies, in Google Calendar,
Outlook / Teams and iCloud shapes and in German and French, most with a ``text/calendar``
part. A meeting with a time and a video link is not an interview: these are people the
reader already knows, at work or in life.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from datetime import datetime

from h2_kit import H2_N
from kit import Calendar, Ctx, Draft, family
from n_kit import at, private
from zf_kit import weekday_future

_FRIEND_EVENTS = (
    ("Coffee chat with [Leo|Marta|Kenji|Priya|Tom]", 30, "Blue Bottle Coffee, {city}"),
    ("Coffee ☕", 45, "the usual place"),
    ("Catch-up", 60, ""),
    ("Lunch with [Leo|Marta|Kenji|Priya|the twins]", 60, "Dishoom"),
    (
        "Book club: [Tomorrow, and Tomorrow|Demon Copperhead|The Covenant of Water|Piranesi]",
        120,
        "{pfirst}'s place",
    ),
    ("Climbing 🧗", 90, "The Castle Climbing Centre"),
    ("Dinner at [Mum's|Nonna's|ours]", 150, ""),
    ("Birthday drinks for [Sam|Noor|Ella|Tom]", 180, "The Crown & Anchor"),
    ("Board game night", 180, ""),
    ("Run club - 10k", 60, "Victoria Park gate"),
    ("Call re: holiday plans", 30, "FaceTime"),
)

_WORK_EVENTS = (
    ("{pfirst} / {first} 1:1", 30),
    ("Weekly 1:1", 30),
    ("Team sync", 30),
    ("[Sprint planning|Sprint review|Retro] - [Platform|Growth|Payments] team", 60),
    ("Coffee chat ({pfirst} + {first})", 30),
    ("Catch-up re: Q[1|2|3|4] roadmap", 45),
    ("Lunch & Learn: [Intro to dbt|Accessibility basics|Our new expense policy]", 60),
    ("Team lunch 🍕", 60),
    ("[Onboarding buddy check-in|Mentoring session|Skip-level]", 30),
    ("Design review: [checkout redesign|new settings page|mobile nav]", 45),
    ("Quarterly all-hands", 60),
)


def _when_g(start: datetime, mins: int) -> str:
    """Google Calendar's one-line time: 'Tue Mar 5, 2024 10am – 10:30am (GMT)'."""
    end_min = start.minute + mins
    end_h = (start.hour + end_min // 60) % 24
    end_m = end_min % 60

    def hm(h: int, m: int) -> str:
        suffix = "am" if h < 12 else "pm"
        return f"{(h - 1) % 12 + 1}{'' if m == 0 else f':{m:02d}'}{suffix}"

    return f"{start:%a %b} {start.day}, {start.year} {hm(start.hour, start.minute)} – {hm(end_h, end_m)} (GMT)"


@family("h2_cal_gcal_friends", "not_job", n=H2_N)
def cal_gcal_friends(ctx: Ctx) -> Draft:
    title, mins, place = ctx.pick(_FRIEND_EVENTS)
    summary = ctx.fill(title)
    where = ctx.fill(place) if place else ""
    start = ctx.future(1, 20)
    name, addr = private(ctx)
    meet = f"meet.google.com/{''.join(ctx.pick('abcdefghijkmnopqrstuvwxyz') for _ in range(3))}-{''.join(ctx.pick('abcdefghijkmnopqrstuvwxyz') for _ in range(4))}-{''.join(ctx.pick('abcdefghijkmnopqrstuvwxyz') for _ in range(3))}"
    lines = [
        ctx.pick(
            [
                "",
                "",
                f"{name} has invited you to an event.",
                "Let's do this! 🙂",
                "Finally got a date that works for everyone",
            ]
        ),
        summary,
        f"When\n{_when_g(start, mins)}" if ctx.chance(0.5) else f"When: {_when_g(start, mins)}",
        f"Where: {where}"
        if where
        else (f"Joining info\nJoin with Google Meet\n{meet}" if ctx.chance(0.5) else ""),
        f"Calendar\n{ctx.cand_addr}",
        f"Who\n{name} - organizer\n{ctx.cand_first} {ctx.cand_last}"
        + ctx.pick(["", "\nMaria Costa", "\nTom Reilly\nAisha Khan"]),
        "Reply for " + ctx.cand_addr + "\nYes | No | Maybe | More options",
        f"Invitation from Google Calendar\n\nYou are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.\n\nForwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more {ctx.url('support.google.com', 'calendar/answer')}",
    ]
    return Draft(
        ctx.pick(
            [
                f"Invitation: {summary} @ {_when_g(start, mins)} ({ctx.cand_addr})",
                f"Updated invitation: {summary} @ {_when_g(start, mins)} ({ctx.cand_addr})",
                f"Invitation: {summary}",
            ]
        ),
        "\n\n".join(x for x in lines if x),
        name,
        addr,
        greet=False,
        sign="",
        form=ctx.pick(["alt", "alt", "html"]),
        calendar=Calendar(summary, start, mins, organizer=addr, location=where or meet)
        if ctx.chance(0.85)
        else None,
    )


@family("h2_cal_outlook_colleagues", "not_job", n=H2_N)
def cal_outlook_colleagues(ctx: Ctx) -> Draft:
    title, mins = ctx.pick(_WORK_EVENTS)
    summary = ctx.fill(title)
    start = weekday_future(ctx, 1, 10)
    addr = at(ctx, ctx.domain)
    recurring = ctx.chance(0.4)
    note = ctx.pick(
        [
            "",
            "",
            "Quick weekly check-in - priorities, blockers, anything on your mind.",
            "Let's grab a coffee and catch up, it's been a while!",
            "Agenda in the doc, please add your topics: " + ctx.url("onedrive.live.com", "edit"),
            "Moving this to the bigger room since a few more people are joining.",
            "Pizza is on the team budget 🍕",
            "Nothing formal, just want to hear how the first weeks are going.",
        ]
    )
    teams = (
        "________________________________________________________________________________\n"
        "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\n"
        f"Meeting ID: {ctx.num(100, 999)} {ctx.num(100, 999)} {ctx.num(100, 999)} {ctx.num(100, 999)}\nPasscode: {''.join(ctx.pick('ABCDEFGHJKabcdefghjk23456789') for _ in range(6))}\n"
        "Download Teams | Join on the web\nLearn More | Meeting options\n"
        "________________________________________________________________________________"
    )
    room = ctx.pick(
        ["", "", "Room 4.12 (Kestrel)", "Kitchen, 3rd floor", "Microsoft Teams Meeting", "Canteen"]
    )
    body = "\n\n".join(
        x
        for x in [
            note,
            f"When: {start:%A, %B} {start.day}, {start.year} {start:%H:%M}-{(start.hour * 60 + start.minute + mins) // 60 % 24:02d}:{(start.minute + mins) % 60:02d} (UTC+00:00) Dublin, Edinburgh, Lisbon, London"
            + (
                "\nOccurs every " + ctx.pick(["Monday", "Tuesday", "Thursday", "other Wednesday"])
                if recurring
                else ""
            ),
            f"Where: {room}" if room else "",
            teams if ctx.chance(0.6) else "",
        ]
        if x
    )
    return Draft(
        ctx.pick(
            [
                summary,
                f"Invitation: {summary}",
                f"{summary}" + (" (recurring)" if recurring else ""),
                f"Updated: {summary}",
            ]
        ),
        body,
        ctx.person,
        addr,
        greet=False,
        sign="",
        form=ctx.pick(["alt", "html"]),
        calendar=Calendar(
            summary, start, mins, organizer=addr, location=room or "Microsoft Teams Meeting"
        )
        if ctx.chance(0.85)
        else None,
    )


@family("h2_cal_responses_updates", "not_job", n=H2_N)
def cal_responses_updates(ctx: Ctx) -> Draft:
    work = ctx.chance(0.5)
    title = ctx.fill(ctx.pick(_WORK_EVENTS)[0] if work else ctx.pick(_FRIEND_EVENTS)[0])
    start = weekday_future(ctx) if work else ctx.future(1, 14)
    name, addr = (ctx.person, at(ctx, ctx.domain)) if work else private(ctx)
    kind = ctx.pick(["accepted", "declined", "tentative", "canceled", "moved"])
    subject = {
        "accepted": f"Accepted: {title}",
        "declined": f"Declined: {title}",
        "tentative": f"Tentatively Accepted: {title}",
        "canceled": ctx.pick([f"Canceled event: {title}", f"Canceled: {title}"]),
        "moved": f"Updated invitation with note: {title}",
    }[kind]
    text = {
        "accepted": ctx.pick(
            [f"{name} has accepted this invitation.", f"{name} accepted", "Yes, I'll attend."]
        ),
        "declined": f"{name} has declined this invitation."
        + ctx.pick(
            [
                "",
                "\n\nSorry, I'm off that day - can we do next week?",
                "\n\nClashes with the dentist, let's move it.",
            ]
        ),
        "tentative": f"{name} has tentatively accepted this invitation.",
        "canceled": ctx.pick(
            [
                "This event has been canceled and removed from your calendar.",
                "Need to cancel this one, sorry! Let's find another slot.",
                "Cancelling - half the team is out this week.",
            ]
        ),
        "moved": ctx.pick(
            [
                "Pushing by 30 minutes, my previous meeting runs over.",
                "Moved to Thursday, hope that still works!",
                "Changed the location, see below.",
            ]
        ),
    }[kind]
    cal = None
    if kind in ("canceled", "moved") and ctx.chance(0.8):
        cal = Calendar(
            title, start, 30, organizer=addr, method="CANCEL" if kind == "canceled" else "REQUEST"
        )
    elif ctx.chance(0.6):
        cal = Calendar(title, start, 30, organizer=addr, method="REPLY")
    return Draft(
        subject,
        f"{text}\n\n{title}\n{_when_g(start, 30)}"
        + ("\n\nInvitation from Google Calendar" if ctx.chance(0.5) else ""),
        name,
        addr,
        greet=False,
        sign="",
        form=ctx.pick(["alt", "plain", "html"]),
        calendar=cal,
    )


@family("h2_cal_de_fr_einladung", "not_job", lang="de", n=H2_N)
def cal_de_fr_einladung(ctx: Ctx) -> Draft:
    fr = ctx.chance(0.45)
    work = ctx.chance(0.5)
    start = weekday_future(ctx) if work else ctx.future(1, 14)
    if fr:
        title = ctx.fill(
            ctx.pick(
                [
                    "Café avec [Léa|Hugo|Inès|Karim]",
                    "Point hebdo",
                    "Déjeuner d'équipe",
                    "Point 1:1 {pfirst} / {first}",
                    "Apéro de fin de sprint",
                    "Club de lecture",
                    "Dîner chez [Claire|Hugo|Inès]",
                ]
            )
        )
        when = f"{['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'][start.weekday()]} {start.day} {['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'][start.month - 1]} {start.year} {start:%H:%M}"
        body = "\n\n".join(
            [
                ctx.pick(
                    [
                        "",
                        "On se voit pour un café ?",
                        "Petit point rapide sur la semaine.",
                        "Je réserve la salle, à jeudi !",
                    ]
                ),
                f"{title}\nQuand : {when}\n"
                + ctx.pick(
                    [
                        "Où : Google Meet",
                        "Où : salle Jupiter",
                        "Où : Le Petit Cler",
                        "Lieu : chez moi",
                    ]
                ),
                "Invitation envoyée depuis Google Agenda"
                if ctx.chance(0.6)
                else "Participer à la réunion Microsoft Teams",
            ]
        )
        subject = ctx.pick(
            [f"Invitation : {title} @ {when}", f"Invitation mise à jour : {title}", title]
        )
        lang = "fr"
    else:
        title = ctx.fill(
            ctx.pick(
                [
                    "Kaffee mit [Lena|Jonas|Ayşe|Felix]",
                    "Jour fixe {pfirst} / {first}",
                    "Team-Sync",
                    "Mittagessen",
                    "Teamfrühstück 🥐",
                    "Lesekreis",
                    "Abendessen bei [Jana|Paul|Oma]",
                    "Feierabendbier",
                ]
            )
        )
        when = f"{['Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.', 'So.'][start.weekday()]} {start.day}. {['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'][start.month - 1]} {start.year} {start:%H:%M}"
        body = "\n\n".join(
            [
                ctx.pick(
                    [
                        "",
                        "Lass uns mal wieder quatschen!",
                        "Wöchentlicher Austausch, wie besprochen.",
                        "Ich hab den großen Raum gebucht.",
                    ]
                ),
                f"{title}\nWann: {when}\n"
                + ctx.pick(
                    [
                        "Wo: Google Meet",
                        "Ort: Besprechungsraum Spree",
                        "Ort: Café Einstein",
                        "Ort: bei mir",
                    ]
                ),
                "Einladung von Google Kalender"
                if ctx.chance(0.6)
                else "Microsoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen",
            ]
        )
        subject = ctx.pick(
            [f"Einladung: {title} @ {when}", f"Aktualisierte Einladung: {title}", title]
        )
        lang = "de"
    name, addr = (ctx.person, at(ctx, ctx.domain)) if work else private(ctx)
    return Draft(
        subject,
        body.strip(),
        name,
        addr,
        greet=False,
        sign="",
        lang=lang,
        form=ctx.pick(["alt", "html"]),
        calendar=Calendar(title, start, ctx.pick([30, 45, 60, 90]), organizer=addr)
        if ctx.chance(0.85)
        else None,
    )
