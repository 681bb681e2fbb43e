"""Helpers shared by the fam_n2_*.py families (session 10's hard negatives): greetings,
sign-offs and dates in Polish and Swedish, which the older kits (zd_kit, zf_kit) do not
speak, and one ``neg2`` that builds a not-job Draft in any of the corpus languages.

Not a family module itself (corpus.py discovers only fam_*.py).
"""

# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from kit import Ctx, Draft
from n_kit import neg, when
from zd_kit import date_in
from zf_kit import body, weekday_future

_MONTHS = {
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
}
_WEEKDAYS = {
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
}
HELLO2 = {
    "pl": ("Dzień dobry,", "Szanowna Pani / Szanowny Panie,", "Witam,", "Szanowni Państwo,"),
    "sv": ("Hej {first}!", "Hej {first},", "Hej,", "Hej {first} {last},", "Hejsan,"),
}
BYE2 = {
    "pl": ("Pozdrawiam,", "Z poważaniem,", "Pozdrawiamy serdecznie,", "Z wyrazami szacunku,"),
    "sv": ("Vänliga hälsningar,", "Med vänlig hälsning,", "Hälsningar,", "Mvh,", "Ha det bra!"),
}


def date2(ctx: Ctx, day: datetime, lang: str) -> str:
    """A date the way a Polish or Swedish writer puts it."""
    month = _MONTHS[lang].split()[day.month - 1]
    wd = _WEEKDAYS[lang].split()[day.weekday()]
    if lang == "pl":
        return ctx.pick([f"{wd}, {day.day} {month}", f"{day:%d.%m.%Y}", f"{day.day} {month}"])
    return ctx.pick([f"{wd} den {day.day} {month}", f"{day:%Y-%m-%d}", f"{day.day} {month}"])


def when2(ctx: Ctx, lang: str) -> str:
    """A weekday in the next fortnight with a time, in any corpus language incl. pl/sv."""
    if lang not in _MONTHS:
        return when(ctx, lang)
    day = weekday_future(ctx)
    if lang == "pl":  # "dnia ..." reads right after any preposition
        return f"dnia {day:%d.%m.%Y} o godz. {day:%H:%M}"
    return f"{date2(ctx, day, lang)} kl. {day:%H:%M}"


def day2(ctx: Ctx, lang: str) -> str:
    """A weekday in the next fortnight, without a time, in any corpus language."""
    day = weekday_future(ctx)
    if lang == "pl":  # after "do"/"na" a Polish weekday would need its genitive: dates only
        return ctx.pick([f"{day:%d.%m.%Y}", f"{day.day} {_MONTHS['pl'].split()[day.month - 1]}"])
    return date2(ctx, day, lang) if lang in _MONTHS else date_in(ctx, day, lang)


def local_time(ctx: Ctx) -> str:
    """A clock time as a local office writes it, with no time zone (vocab's carry one)."""
    hour, minute = ctx.num(9, 16), ctx.pick(["00", "30", "15", "45"])
    if ctx.chance(0.5):
        return f"{hour}:{minute}"
    return f"{(hour - 1) % 12 + 1}{'' if minute == '00' else '.' + minute}{'am' if hour < 12 else 'pm'}"


def bye2(ctx: Ctx, lang: str, who: str) -> str:
    """A sign-off in Polish or Swedish (other languages: zf_kit.bye)."""
    return ctx.pick(BYE2[lang]) + "\n" + ctx.fill(who)


def neg2(
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
    """n_kit.neg, and the same for Polish and Swedish with their own greetings."""
    # Extra lines drawn from a list may still hold [a|b] alternatives: fill them (a filled
    # paragraph has no brackets or braces left, so filling it again changes nothing).
    paras = [ctx.fill(p) for p in paras]
    if lang not in HELLO2:
        return neg(ctx, subjects, paras, sender, sign, lang=lang, greet_p=greet_p, **kw)
    greeting = ctx.fill(ctx.pick(HELLO2[lang])) if ctx.chance(greet_p) else ""
    text = body(greeting, *(p.strip() for p in paras))
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


def staged(ctx: Ctx, table: dict[str, tuple[Sequence[str], str]]) -> tuple[str, Sequence[str], str]:
    """One stage of a process drawn: its name, its subject lines and its filled main paragraph."""
    stage = ctx.pick(list(table))
    subjects, para = table[stage]
    return stage, subjects, ctx.fill(para)
