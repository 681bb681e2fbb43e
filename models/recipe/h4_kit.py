"""Helpers shared by the fam_h4_*.py families (session 12): automatic receipts and status
notices of helpdesks, shops, public bodies and universities, and the e-mailed-application
acknowledgements they resemble.

The receipts share every word of a job confirmation ("we have received", "our team will
review", "we'll be in touch") except what was received, so the families need ticket numbers,
case references and the footers those tools put under their mail in several languages,
including Polish and Swedish, which the older kits do not greet in.

Not a family module itself (corpus.py discovers only fam_*.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kit import Ctx, Draft
from zd_kit import BYE, HELLO

# Messages per h4_ family (many small families generalise better than a few big ones).
H4_N = 20

_HELLO = {
    "en": ("Hi {first},", "Hello {first},", "Dear {first} {last},", "Hello,", "Dear customer,"),
    "pl": (
        "Dzień dobry,",
        "Szanowna Pani / Szanowny Panie,",
        "Witaj {first},",
        "Dzień dobry {first},",
    ),
    # Hiring mail greets applicants, never "customers".
    "en_job": (
        "Dear {first},",
        "Dear {first} {last},",
        "Dear Applicant,",
        "Dear Candidate,",
        "Hello {first},",
        "Hi {first},",
    ),
    "sv": ("Hej {first}!", "Hej,", "Hej {first},", "Hej {first} {last},"),
    **HELLO,
}
_BYE = {
    "en": ("Kind regards,", "Best regards,", "Thanks,", "Regards,", "Many thanks,"),
    "pl": ("Pozdrawiamy,", "Z poważaniem,", "Serdecznie pozdrawiamy,"),
    "sv": ("Med vänlig hälsning,", "Vänliga hälsningar,", "Hälsningar,", "Mvh"),
    **BYE,
}

# "Reply above this line" markers the helpdesk tools put at the top of their mail.
REPLY_ABOVE = {
    "en": ("##- Please type your reply above this line -##", "--- Reply above this line ---"),
    "de": ("##- Bitte geben Sie Ihre Antwort über dieser Zeile ein. -##",),
    "fr": ("##- Veuillez répondre au-dessus de cette ligne -##",),
    "es": ("##- Escriba su respuesta por encima de esta línea -##",),
    "it": ("##- Rispondi sopra questa riga -##",),
    "nl": ("##- Typ uw antwoord boven deze regel -##",),
    "pt": ("##- Digite sua resposta acima desta linha -##",),
    "pl": ("##- Wpisz odpowiedź nad tą linią -##",),
    "sv": ("##- Skriv ditt svar ovanför denna rad -##",),
}


def hi(ctx: Ctx, lang: str, p: float = 0.85) -> str:
    """A greeting in ``lang`` (or none, with probability 1 - ``p``); ``en_job`` for applicants."""
    return ctx.fill(ctx.pick(_HELLO[lang])) if ctx.chance(p) else ""


def bye(ctx: Ctx, lang: str, who: str) -> str:
    """A sign-off in ``lang`` above ``who`` (a template: slots are filled)."""
    return ctx.pick(_BYE[lang]) + "\n" + ctx.fill(who)


def ticket(ctx: Ctx, style: str = "") -> str:
    """A ticket or case number in one of the shapes the tools print."""
    style = style or ctx.pick(["hash", "inc", "case", "dash"])
    if style == "hash":
        return f"#{ctx.num(10000, 999999)}"
    if style == "inc":
        return ctx.pick(["INC", "REQ", "RITM", "CS"]) + f"{ctx.num(100000, 9999999):07d}"
    if style == "case":
        return f"{ctx.num(1000000, 9999999):08d}"
    prefix = ctx.pick(["SD", "HELP", "SUP", "CX", "SR", "CASE"])
    return f"{prefix}-{ctx.num(1000, 99999)}"


def ref(ctx: Ctx, prefix: str = "") -> str:
    """An official reference: letters, the year and a serial number."""
    year = ctx.date.year
    return f"{prefix or ctx.pick(['REF', 'FOI', 'CR', 'APP'])}/{year}/{ctx.num(1000, 99999)}"


def external(ctx: Ctx, subject: str, p: float = 0.15) -> str:
    """The ``[External]`` tag corporate mail gateways add to some subjects."""
    return ctx.pick(["[External] ", "[EXTERNAL] ", "EXT: "]) + subject if ctx.chance(p) else subject


def receipt(
    ctx: Ctx,
    subjects: Sequence[str],
    paras: Sequence[str],
    sender: tuple[str, str],
    sign: str,
    *,
    lang: str = "en",
    greet_p: float = 0.8,
    top: str = "",
    auto: float = 0.0,
    ext_p: float = 0.0,
    job: bool = False,
    **kw: Any,
) -> Draft:
    """A receipt Draft: its own greeting (an applicant's if ``job``) and sign-off, an optional
    "reply above" line on top and an ``Auto-Submitted`` header with probability ``auto``."""
    parts = [
        top,
        hi(ctx, "en_job" if job and lang == "en" else lang, greet_p),
        *(ctx.fill(p).strip() for p in paras),
    ]
    headers: dict[str, str] = kw.pop("headers", {})
    if "footer" in kw:
        kw["footer"] = ctx.fill(kw["footer"])
    if ctx.chance(auto):
        headers["Auto-Submitted"] = "auto-replied"
    return Draft(
        external(ctx, ctx.fill(ctx.pick(subjects)), ext_p),
        "\n\n".join(p for p in parts if p),
        ctx.fill(sender[0]),
        ctx.fill(sender[1]),
        greet=False,
        sign=ctx.fill(sign),
        lang=lang,
        headers=headers,
        **kw,
    )
