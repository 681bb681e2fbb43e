"""Helpers shared by the fam_h1_*.py families (session 11's not-job mail where the reader sits
on the hiring or judging side, or where other mail borrows hiring words): one Draft builder
with greetings and sign-offs in the message's language (UK/Indian/Australian English included),
dates and times as those writers put them, and the senders such mail comes from.

Not a family module itself (corpus.py discovers only fam_*.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import vocab
from j1_kit import at as j1_at
from j1_kit import bye as j1_bye
from j1_kit import hi as j1_hi
from kit import Ctx, Draft, ascii_word
from zc_kit import PERSONAL_HOSTS
from zf_kit import body, weekday_future

# Messages per h1_ family: many small families generalise better than a few big ones, and the
# committed corpus has a size budget (tests/models/test_corpus.py).
H1_N = 20

# The regional Englishes greet and sign off a little differently from the US default.
_EN_HELLO = {
    "en_gb": ("Hi {first},", "Dear {first},", "Morning {first},", "Hello {first},", "{first} -"),
    "en_in": ("Dear {first},", "Hi {first},", "Dear Sir/Madam,", "Hello {first} ji,", "Greetings,"),
    "en_au": ("Hi {first},", "G'day {first},", "Hey {first},", "Hiya {first},", "Morning {first},"),
}
_EN_BYE = {
    "en_gb": ("Kind regards,", "Best wishes,", "Many thanks,", "Cheers,", "All the best,"),
    "en_in": ("Regards,", "Thanks & Regards,", "Warm regards,", "Best regards,", "Thanking you,"),
    "en_au": ("Cheers,", "Thanks,", "Kind regards,", "Ta,", "Regards,"),
}


def base(lang: str) -> str:
    """The language the shared date and greeting tables know ``lang`` as."""
    return "en" if lang.startswith("en") else lang


def hi(ctx: Ctx, lang: str, p: float = 0.85) -> str:
    """A greeting in ``lang`` addressed to the reader, or none."""
    if lang in _EN_HELLO:
        return ctx.fill(ctx.pick(_EN_HELLO[lang])) if ctx.chance(p) else ""
    return j1_hi(ctx, lang, p)


def bye(ctx: Ctx, lang: str, who: str) -> str:
    """A sign-off in ``lang`` and the writer's lines (``who`` is a template)."""
    if lang in _EN_BYE:
        return ctx.pick(_EN_BYE[lang]) + "\n" + ctx.fill(who)
    return j1_bye(ctx, lang, who)


def when(ctx: Ctx, lang: str = "en", lo: int = 1, hi_: int = 14) -> str:
    """A weekday in the coming days with a time, as a writer of ``lang`` puts it."""
    moment = weekday_future(ctx, lo, hi_)
    if lang in _EN_HELLO:
        month = vocab.MONTHS[moment.month - 1]
        return f"{moment.strftime('%A')} {moment.day} {month} at {moment:%H:%M}"
    return j1_at(ctx, moment, base(lang))


def other(ctx: Ctx) -> str:
    """Somebody else's full name: a candidate, a former report, a mentee, an applicant."""
    first, last = ctx.pick(vocab.CANDIDATES)
    while (first, last) == (ctx.cand_first, ctx.cand_last):  # never the reader themself
        first, last = ctx.pick(vocab.CANDIDATES)
    return f"{first} {last}"


def mine(ctx: Ctx, host: str) -> str:
    """The writer's own address at ``host`` in one of the usual shapes."""
    first, last = ascii_word(ctx.person_first), ascii_word(ctx.person_last)
    shape = ctx.pick([f"{first}.{last}", first, f"{first[:1]}{last}", f"{first}{last[:1]}"])
    return f"{shape}@{host}"


def private(ctx: Ctx) -> tuple[str, str]:
    """A private person writing from a mailbox provider."""
    return ctx.person, mine(ctx, ctx.pick(PERSONAL_HOSTS))


def mail(
    ctx: Ctx,
    subjects: Sequence[str],
    paras: Sequence[str],
    sender: tuple[str, str],
    who: str,
    *,
    lang: str = "en",
    greet_p: float = 0.85,
    **kw: Any,
) -> Draft:
    """A not-job Draft with its own greeting and sign-off (never render's hiring ones).

    ``paras`` are templates, filled here; empty ones are left out. ``who`` is the signature
    (a template); an empty ``who`` means no sign-off at all, as notifications do.
    """
    if kw.get("footer"):
        kw["footer"] = ctx.fill(kw["footer"])
    text = body(hi(ctx, lang, greet_p), *(ctx.fill(p).strip() for p in paras))
    return Draft(
        ctx.fill(ctx.pick(subjects)),
        text,
        ctx.fill(sender[0]),
        ctx.fill(sender[1]),
        greet=False,
        sign=bye(ctx, lang, who) if who else "",
        lang=base(lang),
        **kw,
    )


def form(ctx: Ctx, *choices: str) -> str:
    """One of the given MIME shapes (plain, html, alt); all three when none are given."""
    return ctx.pick(choices or ("plain", "html", "alt"))
