"""Helpers shared by the fam_h2_*.py families (session 12): everyday account and service mail.

Sign-up verifications, password resets, one-time codes, new-sign-in alerts, welcome
sequences, work-tool logins, calendar invitations and rating requests all share a few
pieces: a code or a link that expires, the device and place of a sign-in, and the
transactional footer (do not reply, privacy, "you received this because"). Greetings and
footers exist here in Polish and Swedish too, which the older kits lack.

Not a family module itself (corpus.py discovers only fam_*.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kit import Ctx, Draft
from zf_kit import LANG_HELLO, body, do_not_reply, privacy, unsub_block

# Messages per h2_ family: many small families generalise better than a few big ones.
H2_N = 20

_HELLO_MORE = {
    "pl": ("Cześć {first},", "Dzień dobry,", "Witaj {first}!", "Dzień dobry {first} {last},"),
    "sv": ("Hej {first}!", "Hej {first},", "Hej,", "Hallå {first}!"),
}

_NO_REPLY_MORE = {
    "pl": ["Ta wiadomość została wygenerowana automatycznie, prosimy na nią nie odpowiadać."],
    "sv": ["Det här är ett automatiskt meddelande och går inte att svara på."],
}

_PRIVACY_MORE = {
    "pl": "{org} przetwarza Twoje dane osobowe zgodnie z RODO. Polityka prywatności: {url}",
    "sv": "{org} behandlar dina personuppgifter enligt GDPR. Läs vår integritetspolicy: {url}",
}

DEVICES = (
    "Chrome on Windows",
    "Safari on iPhone",
    "Firefox on Ubuntu",
    "Edge on Windows 11",
    "Chrome on Android",
    "Safari on macOS",
    "the iOS app",
    "Samsung Internet on Android",
)

PLACES = (
    "Berlin, Germany",
    "London, United Kingdom",
    "Austin, TX, United States",
    "Lyon, France",
    "Madrid, Spain",
    "Toronto, Canada",
    "Amsterdam, Netherlands",
    "Warsaw, Poland",
    "Stockholm, Sweden",
    "Porto, Portugal",
    "Milan, Italy",
    "Bengaluru, India",
)


def greet(ctx: Ctx, lang: str, p: float = 0.8) -> str:
    """A greeting in ``lang`` (or nothing): services often start straight with the point."""
    if not ctx.chance(p):
        return ""
    return ctx.fill(ctx.pick(_HELLO_MORE.get(lang) or LANG_HELLO[lang]))


def code(ctx: Ctx, digits: int = 6) -> str:
    """A one-time code as services print it: plain, spaced or dashed."""
    raw = "".join(str(ctx.num(0, 9)) for _ in range(digits))
    half = digits // 2
    return ctx.pick([raw, raw, f"{raw[:half]} {raw[half:]}", f"{raw[:half]}-{raw[half:]}"])


def ip(ctx: Ctx) -> str:
    return f"{ctx.num(23, 212)}.{ctx.num(0, 255)}.{ctx.num(0, 255)}.{ctx.num(1, 254)}"


def stamp(ctx: Ctx) -> str:
    """When something happened, in one of the ways account alerts print it."""
    d = ctx.date
    return ctx.pick(
        [
            f"{d:%B %d, %Y} at {d:%H:%M} UTC",
            f"{d:%Y-%m-%d %H:%M:%S} UTC",
            f"{d:%d/%m/%Y %H:%M} (GMT)",
            f"{d:%a, %d %b %Y %I:%M %p} GMT",
        ]
    )


def footer(ctx: Ctx, org: str, host: str, lang: str = "en", p: float = 0.8) -> str:
    """A transactional footer: some of do-not-reply, privacy and a why-you-got-this line."""
    if not ctx.chance(p):
        return ""
    parts = []
    if lang in _NO_REPLY_MORE:
        if ctx.chance(0.6):
            parts.append(ctx.pick(_NO_REPLY_MORE[lang]))
        if ctx.chance(0.6):
            parts.append(_PRIVACY_MORE[lang].format(org=org, url=ctx.url(host, "privacy")))
        return "\n\n".join(parts)
    if ctx.chance(0.5):
        parts.append(do_not_reply(ctx, lang))
    if ctx.chance(0.5):
        parts.append(privacy(ctx, org, host, lang))
    if ctx.chance(0.25):
        parts.append(unsub_block(ctx, host, lang))
    if lang == "en" and ctx.chance(0.4):
        parts.append(
            ctx.pick(
                [
                    "Manage your email preferences in your account settings.",
                    f"You're receiving this email because you have an account on {host}.",
                    "Need help? Visit our Help Center.",
                ]
            )
        )
    return "\n\n".join(parts)


def acct(
    ctx: Ctx,
    subjects: Sequence[str],
    paras: Sequence[str],
    sender: tuple[str, str],
    sign: str,
    *,
    lang: str = "en",
    greet_p: float = 0.7,
    **kw: Any,
) -> Draft:
    """A not-job Draft with its own greeting and sign-off (never render's hiring ones).

    ``subjects``, ``paras``, the sender and ``sign`` are templates: they are filled here, so a
    literal brace must not appear in them.
    """
    text = body(greet(ctx, lang, greet_p), *(ctx.fill(p).strip() for p in paras if p))
    return Draft(
        ctx.fill(ctx.pick(subjects)),
        text,
        ctx.fill(sender[0]),
        ctx.fill(sender[1]),
        greet=False,
        sign=ctx.fill(sign),
        lang=lang,
        **kw,
    )
