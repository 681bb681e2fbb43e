"""Helpers shared by the fam_z_c_*.py families (one writer's modules): a person's address at
a domain, greetings people outside hiring write, a Draft from subject choices and paragraphs.

Not a family module itself (corpus.py discovers only fam_*.py).
"""

# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kit import Ctx, Draft, ascii_word

# Messages per zc_ family: enough for a style to show its variety, small enough that the
# committed corpus stays inside its size budget (tests/models/test_corpus.py).
ZC_N = 22

# Greetings outside hiring: no "Dear Candidate" / "Dear Applicant" (render's table has them).
_HELLO = (
    "Hi {first},",
    "Hello {first},",
    "Dear {first},",
    "Hey {first},",
    "{first},",
    "Hi there,",
    "Hello,",
    "Dear {first} {last},",
    "Good afternoon {first},",
    "Hi {first} -",
)

PERSONAL_HOSTS = ("gmail.com", "outlook.com", "icloud.com", "hotmail.com", "yahoo.com", "proton.me")


def addr_at(ctx: Ctx, domain: str) -> str:
    """The other person's address at ``domain`` in one of the usual shapes."""
    first, last = ascii_word(ctx.person_first), ascii_word(ctx.person_last)
    shape = ctx.pick([f"{first}.{last}", first, f"{first[:1]}{last}", f"{first}{last[:1]}"])
    return f"{shape}@{domain}"


def personal(ctx: Ctx) -> tuple[str, str]:
    """A friend's or private person's sender: their name at a mailbox provider."""
    return ctx.person, addr_at(ctx, ctx.pick(PERSONAL_HOSTS))


def hello(ctx: Ctx, p: float = 0.85) -> str:
    return ctx.fill(ctx.pick(_HELLO)) if ctx.chance(p) else ""


def body(*parts: str) -> str:
    """Paragraphs joined by blank lines, empty ones dropped."""
    return "\n\n".join(p.strip() for p in parts if p and p.strip())


def neg(
    ctx: Ctx,
    subjects: Sequence[str],
    paras: Sequence[str],
    sender: tuple[str, str],
    sign: str,
    *,
    greet_p: float = 0.85,
    **kw: Any,
) -> Draft:
    """A not-job Draft: its own greeting (never render's hiring ones) and its own sign-off."""
    text = body(hello(ctx, greet_p), *paras)
    return Draft(
        ctx.fill(ctx.pick(subjects)), text, sender[0], sender[1], greet=False, sign=sign, **kw
    )


def job(
    ctx: Ctx, subjects: Sequence[str], paras: Sequence[str], sender: tuple[str, str], **kw: Any
) -> Draft:
    """A job Draft: render adds the greeting and, unless ``sign`` is given, a hiring sign-off."""
    return Draft(ctx.fill(ctx.pick(subjects)), body(*paras), sender[0], sender[1], **kw)


def unsub(ctx: Ctx, org: str, street: str) -> str:
    """A bulk-mail footer: who sent it, where from, how to stop it."""
    return ctx.fill(
        f"[You are receiving this email because|You received this message because|This email was sent to {{first}} because] "
        f"[you have an account with|you opted in to updates from|you are a customer of] {org}. "
        f"[Unsubscribe|Manage preferences|Update your email settings] | [Privacy policy|Privacy] \n{org}, {street}"
    )
