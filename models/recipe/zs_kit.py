"""Helpers shared by the fam_z_stages_*.py families (one writer's modules): a Draft from
subject choices, phone-typed casing, an agency recruiter, footers, casual sign-offs.

Not a family module itself (corpus.py discovers only fam_*.py).
"""

# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import vocab
from kit import Ctx, Draft, ascii_word


def draft_mail(
    ctx: Ctx, subjects: Sequence[str], body: str, sender: tuple[str, str], **kw: Any
) -> Draft:
    """A Draft with one of ``subjects`` (filled) and an already-filled body."""
    return Draft(ctx.fill(ctx.pick(subjects)), body, sender[0], sender[1], **kw)


def texty(ctx: Ctx, text: str) -> str:
    """Phone-typed: often all lower case, but names keep the case people paste them in."""
    if not ctx.chance(0.4):
        return text
    low = text.lower()
    for name in (ctx._co.name, ctx._title, ctx.cand_first):
        low = low.replace(name.lower(), name)
    return low


def agency_recruiter(ctx: Ctx) -> tuple[str, str, str]:
    """An agency recruiter: display name, address and the agency's name."""
    agency, domain = ctx.rng.choice(vocab.RECRUITING_AGENCIES)
    first, last = ascii_word(ctx.person_first), ascii_word(ctx.person_last)
    addr = ctx.pick([f"{first}.{last}@{domain}", f"{first}@{domain}", f"{first[0]}{last}@{domain}"])
    return ctx.person, addr, agency


def stage_footer(ctx: Ctx, kind: str) -> str:
    if kind == "ats":
        return ctx.fill(
            ctx.pick(
                [
                    "This message was sent from an unmonitored mailbox. Please do not reply directly to this email.",
                    "You are receiving this email because you applied for a position with {co}. [Manage your candidate preferences|Update your communication preferences] in your candidate profile.",
                    "© {legal} — all rights reserved. [Privacy Notice|Candidate Privacy Statement] | [Terms|Help]",
                    "{legal} is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.",
                    "",
                ]
            )
        )
    if kind == "agency":
        return ctx.pick(
            [
                "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.",
                "We are acting as an employment agency in relation to this vacancy. To stop receiving emails from us, reply UNSUBSCRIBE.",
                "Registered in England and Wales. Company No. 0"
                + str(ctx.num(1000000, 9999999))
                + ".",
                "",
                "",
            ]
        )
    return ""


CASUAL_SIGNS = (
    "{pfirst}",
    "- {pfirst}",
    "{pfirst}\nSent from my iPhone",
    "thanks!\n{pfirst}",
    "{pfirst}\n\nSent from Outlook for Android",
    "{person}",
)


def casual_sign(ctx: Ctx, roles: Sequence[str]) -> str:
    """Name, maybe a role line, maybe the phone's "Sent from" line: in that order."""
    sign = ctx.fill(
        ctx.pick(["{pfirst}", "- {pfirst}", "{person}", "thanks!\n{pfirst}", "{pfirst}"])
    )
    sign += ctx.fill(ctx.pick(roles))
    return sign + ctx.pick(
        ["", "", "", "\n\nSent from my iPhone", "\n\nSent from Outlook for Android"]
    )


def tech_title(ctx: Ctx) -> None:
    """Coding rounds are for technical roles: redraw the role from the technical titles."""
    words = ("Engineer", "Developer", "Data", "Scientist", "Architect", "DevOps", "Analyst")
    tech = [t for t in vocab.TITLES if any(w in t for w in words)]
    ctx._title = ctx.pick(tech)
