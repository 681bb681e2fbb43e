"""Helpers shared by the fam_n_*.py families (session 9's hard negatives): a not-job Draft
with a greeting and sign-off people outside hiring write (in the message's language), the
footers services put under their mail, and a private person's or an organisation's sender.

Not a family module itself (corpus.py discovers only fam_*.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kit import Ctx, Draft, ascii_word
from zc_kit import PERSONAL_HOSTS
from zf_kit import (
    body,
    do_not_reply,
    hello,
    privacy,
    unsub_block,
    view_in_browser,
    weekday_future,
    when_text,
)

# Messages per nn_ family: many small families generalise better than a few big ones, and the
# committed corpus has a size budget (tests/models/test_corpus.py).
NN_N = 20

MOBILE = ("Sent from my iPhone", "Sent from my phone", "Sent from Outlook for Android", "")


def at(ctx: Ctx, host: str) -> str:
    """The writer's own address at ``host`` in one of the usual shapes."""
    first, last = ascii_word(ctx.person_first), ascii_word(ctx.person_last)
    return (
        ctx.pick([f"{first}.{last}", first, f"{first[:1]}{last}", f"{first}{last[:1]}"])
        + "@"
        + host
    )


def private(ctx: Ctx) -> tuple[str, str]:
    """A private person writing from a mailbox provider."""
    return ctx.person, at(ctx, ctx.pick(PERSONAL_HOSTS))


def when(ctx: Ctx, lang: str = "en") -> str:
    """A weekday in the next fortnight with a time, as a writer of ``lang`` puts it."""
    return when_text(ctx, weekday_future(ctx), lang)


def service_footer(ctx: Ctx, org: str, host: str, lang: str = "en") -> str:
    """What a service's mail carries below the words: some of do-not-reply, privacy, unsubscribe."""
    parts = []
    if ctx.chance(0.5):
        parts.append(do_not_reply(ctx, lang))
    if ctx.chance(0.6):
        parts.append(privacy(ctx, org, host, lang))
    if ctx.chance(0.4):
        parts.append(unsub_block(ctx, host, lang))
    return "\n\n".join(parts)


def service_top(ctx: Ctx, host: str, lang: str = "en") -> str:
    """A "view in browser" line some services open with (or nothing)."""
    return view_in_browser(ctx, host, lang) if ctx.chance(0.3) else ""


def neg(
    ctx: Ctx,
    subjects: Sequence[str],
    paras: Sequence[str],
    sender: tuple[str, str],
    sign: str,
    *,
    lang: str = "en",
    greet_p: float = 0.85,
    **kw: Any,
) -> Draft:
    """A not-job Draft: its own greeting (never render's hiring ones) and its own sign-off."""
    text = body(hello(ctx, lang, greet_p), *(p.strip() for p in paras))
    return Draft(
        ctx.fill(ctx.pick(subjects)),
        text,
        sender[0],
        sender[1],
        greet=False,
        sign=sign,
        lang=lang,
        **kw,
    )
