"""Helpers shared by the fam_z_d_*.py families (one writer's modules): optional sentences,
dates in several languages, scheduling-tool links, and greetings / sign-offs for the
languages whose mail must not get render's English hiring ones.

Not a family module itself (corpus.py discovers only fam_*.py).
"""

# ruff: noqa: E501

from __future__ import annotations

from datetime import datetime, timedelta

import vocab
from kit import Ctx

# Messages per zd_ family: enough for a style to show its variety, small enough that the
# committed corpus stays inside its size budget (tests/models/test_corpus.py).
ZD_N = 24

_MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}
_WEEKDAYS = {
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
}

HELLO = {
    "fr": (
        "Bonjour {first},",
        "Bonjour {first} {last},",
        "Bonjour,",
        "Cher/Chère {first},",
        "Madame, Monsieur,",
    ),
    "de": (
        "Hallo {first},",
        "Liebe/r {first},",
        "Guten Tag {first} {last},",
        "Sehr geehrte/r {first} {last},",
        "Hallo,",
    ),
    "es": (
        "Hola {first}:",
        "Hola {first},",
        "Estimado/a {first}:",
        "Buenos días {first},",
        "Hola,",
    ),
    "it": ("Ciao {first},", "Gentile {first} {last},", "Buongiorno {first},", "Salve {first},"),
    "nl": ("Hoi {first},", "Beste {first},", "Beste {first} {last},", "Goedemiddag {first},"),
    "pt": (
        "Olá {first},",
        "Olá {first}!",
        "Caro/a {first},",
        "Bom dia {first},",
        "Prezado(a) {first} {last},",
    ),
}
BYE = {
    "fr": ("Bien à vous,", "Cordialement,", "Belle journée,", "Bien cordialement,", "À bientôt,"),
    "de": ("Viele Grüße", "Beste Grüße", "Mit freundlichen Grüßen", "Herzliche Grüße", "VG"),
    "es": ("Un saludo,", "Saludos cordiales,", "Un abrazo,", "Atentamente,", "Saludos,"),
    "it": ("Un caro saluto,", "Cordiali saluti,", "A presto,", "Buona giornata,"),
    "nl": ("Met vriendelijke groet,", "Groetjes,", "Hartelijke groet,", "Vriendelijke groeten,"),
    "pt": ("Abraço,", "Atenciosamente,", "Um abraço,", "Cumprimentos,", "Obrigado,"),
}


def opt(ctx: Ctx, p: float, template: str) -> str:
    """``template`` filled with probability ``p``, else nothing (slots read only when kept)."""
    return ctx.fill(template) if ctx.chance(p) else ""


def one(ctx: Ctx, *templates: str) -> str:
    """One of ``templates``, filled (``ctx.para`` by another name, for reading flow)."""
    return ctx.fill(ctx.pick(templates))


def date_in(ctx: Ctx, when: datetime, lang: str = "en") -> str:
    """A date the way a writer of ``lang`` puts it, one of a few shapes."""
    if lang == "en":
        month = vocab.MONTHS[when.month - 1]
        wd = when.strftime("%A")
        return ctx.pick(
            [
                f"{wd}, {month} {when.day}",
                f"{month} {when.day}",
                f"{wd} {when.day} {month}",
                f"{when:%m/%d}",
            ]
        )
    month = _MONTHS[lang].split()[when.month - 1]
    wd = _WEEKDAYS[lang].split()[when.weekday()]
    if lang == "de":
        return ctx.pick([f"{wd}, {when.day}. {month}", f"{when:%d.%m.%Y}", f"{when.day}. {month}"])
    if lang == "nl":
        return ctx.pick([f"{wd} {when.day} {month}", f"{when:%d-%m-%Y}", f"{when.day} {month}"])
    glue = " de " if lang in ("es", "pt") else " "
    return ctx.pick(
        [f"{wd} {when.day}{glue}{month}", f"{when:%d/%m/%Y}", f"{when.day}{glue}{month}"]
    )


def clock(ctx: Ctx, when: datetime, lang: str = "en") -> str:
    """The time of ``when``: 12-hour for English writers (mostly), 24-hour elsewhere."""
    # One message keeps one clock: decided at its first time, remembered on ctx.
    h12 = ctx.__dict__.setdefault("_zd_h12", ctx.chance(0.7))
    if lang == "en" and h12:
        return f"{(when.hour - 1) % 12 + 1}:{when.minute:02d} {'am' if when.hour < 12 else 'pm'}"
    sep = "h" if lang == "fr" and ctx.chance(0.6) else ":"
    return f"{when.hour}{sep}{when.minute:02d}"


def hello_in(ctx: Ctx, lang: str, p: float = 0.9) -> str:
    return ctx.fill(ctx.pick(HELLO[lang])) if ctx.chance(p) else ""


def bye_in(ctx: Ctx, lang: str, who: str) -> str:
    return ctx.pick(BYE[lang]) + "\n" + who


def sched_link(ctx: Ctx, tool: str = "") -> str:
    """A self-scheduling link from one of the tools recruiters send them from."""
    tool = tool or ctx.pick(
        ["calendly", "goodtime", "modernloop", "cal", "paradox", "ashby", "gem"]
    )
    first = "".join(ch for ch in ctx.person_first.lower() if ch.isalpha())
    hosts = {
        "calendly": f"calendly.com/{first}-{ctx.pick(['recruiting', 'talent', 'chat', '30min', 'intro'])}",
        "goodtime": "app.goodtime.io/candidate/availability",
        "modernloop": "candidate.modernloop.io/s",
        "cal": f"cal.com/{first}/{ctx.pick(['intro', '20min', 'screen'])}",
        "paradox": "olivia.paradox.ai/schedule",
        "ashby": "jobs.ashbyhq.com/schedule",
        "gem": "meetings.gem.com/book",
    }
    host, _, path = hosts[tool].partition("/")
    return ctx.url(host, path)


def staffing(ctx: Ctx) -> tuple[str, str]:
    """A staffing agency's name and domain."""
    return ctx.pick(vocab.RECRUITING_AGENCIES)


def workday(ctx: Ctx, lo: int = 1, hi: int = 12) -> datetime:
    """``ctx.future`` moved off the weekend: offices book Monday to Friday."""
    when = ctx.future(lo, hi)
    return when + timedelta(days=(7 - when.weekday()) % 7 if when.weekday() >= 5 else 0)
