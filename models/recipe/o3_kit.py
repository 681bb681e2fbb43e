"""Helpers shared by the fam_o3_*.py families (session 10's hard negatives from working life):
greetings, sign-offs, dates and service footers in the languages the other kits lack (Polish,
Swedish) as well as theirs, and one builder for a not-job Draft in any of them.

Not a family module itself (corpus.py discovers only fam_*.py).
"""

# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from kit import Ctx, Draft
from n_kit import service_footer
from zd_kit import clock, date_in
from zf_kit import LANG_BYE, LANG_HELLO, body, weekday_future

# Messages per o3_ family (the corpus has a size budget, tests/models/test_corpus.py).
O3_N = 20

HELLO = {
    **LANG_HELLO,
    "pl": (
        "Dzień dobry,",
        "Dzień dobry Panie/Pani {last},",
        "Cześć {first},",
        "Szanowni Państwo,",
        "Witam,",
    ),
    "sv": ("Hej {first},", "Hej!", "Hej {first}!", "Hejsan,", "Till {first} {last},"),
}
BYE = {
    **LANG_BYE,
    "pl": ("Pozdrawiam,", "Z poważaniem,", "Pozdrawiamy,", "Serdecznie pozdrawiam,"),
    "sv": ("Vänliga hälsningar,", "Mvh,", "Hälsningar,", "Med vänlig hälsning,", "Ha det bra!"),
}
_MONTHS = {
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
}
_WEEKDAYS = {
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
}
_FOOTER = {
    "pl": (
        "Wiadomość wygenerowana automatycznie, prosimy na nią nie odpowiadać.",
        "Administratorem Twoich danych osobowych jest nadawca tej wiadomości (RODO).",
        "Ta wiadomość może zawierać informacje poufne.",
    ),
    "sv": (
        "Detta är ett automatiskt utskick, det går inte att svara på detta mejl.",
        "Vi behandlar dina personuppgifter enligt GDPR. Läs mer i vår integritetspolicy.",
        "Detta meddelande kan innehålla konfidentiell information.",
    ),
}


def hi(ctx: Ctx, lang: str, p: float = 0.85) -> str:
    """A greeting to the reader in ``lang`` (or none, with probability 1 - ``p``)."""
    return ctx.fill(ctx.pick(HELLO[lang])) if ctx.chance(p) else ""


def bye(ctx: Ctx, lang: str, who: str) -> str:
    """A sign-off in ``lang`` above ``who`` (a template: filled here)."""
    return ctx.pick(BYE[lang]) + "\n" + ctx.fill(who)


def date_x(ctx: Ctx, when: datetime, lang: str = "en") -> str:
    """A date as a writer of ``lang`` puts it, Polish and Swedish included."""
    if lang not in _MONTHS:
        return date_in(ctx, when, lang)
    month = _MONTHS[lang].split()[when.month - 1]
    wd = _WEEKDAYS[lang].split()[when.weekday()]
    if lang == "pl":
        return ctx.pick(
            [f"{when:%d.%m.%Y}", f"{when.day} {month} {when.year}", f"{when.day} {month}"]
        )
    return ctx.pick([f"{when:%Y-%m-%d}", f"{wd} {when.day} {month}", f"den {when.day} {month}"])


def when_x(ctx: Ctx, lang: str = "en") -> str:
    """A weekday in the next fortnight with a time, in ``lang``."""
    when = weekday_future(ctx)
    glue = {
        "en": "at",
        "de": "um",
        "fr": "à",
        "es": "a las",
        "it": "alle",
        "nl": "om",
        "pt": "às",
        "pl": "o godz.",
        "sv": "kl.",
    }
    return f"{date_x(ctx, when, lang)} {glue[lang]} {clock(ctx, when, lang)}"


def footer_x(ctx: Ctx, org: str, host: str, lang: str = "en") -> str:
    """What a service puts under its mail, in ``lang``."""
    if lang in _FOOTER:
        lines = [line for line in _FOOTER[lang] if ctx.chance(0.5)]
        return "\n".join([*lines, f"{org} | {host}"] if ctx.chance(0.5) else lines)
    return service_footer(ctx, org, host, lang)


def mail(
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
    """A not-job Draft: subject and paragraphs filled, its own greeting and sign-off."""
    greeting = hi(ctx, lang, greet_p)
    filled = [ctx.fill(p).strip() for p in paras if p]
    if filled and not (greeting and lang in ("de", "it")):
        # German and Italian go on in lower case after a greeting's comma ("Hallo Jan,
        # vielen Dank..."); other languages, and any text without a greeting, start a sentence.
        filled[0] = filled[0][:1].upper() + filled[0][1:]
    text = body(greeting, *filled)
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
