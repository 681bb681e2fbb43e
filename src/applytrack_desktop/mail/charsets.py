"""Turning bytes in a declared charset into text, whatever the declaration says.

Mail often lies about its charset (``iso-8859-1`` that is really UTF-8, ``us-ascii`` with
8-bit bytes) or names one Python does not know (``x-unknown``, ``unknown-8bit``). We try the
declared charset, then UTF-8, then cp1252 with replacement, and say what went wrong as a
short defect string (never the content itself).
"""

from __future__ import annotations

import codecs
from functools import lru_cache

from applytrack_desktop.mail import iso2022jp_ms

# Names seen in real mail that Python's codec registry does not know, or knows too narrowly.
_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "euc-kr": "cp949",
    "iso-8859-8-i": "iso-8859-8",
    # Japanese and Taiwanese mail labelled with the standard names is mostly written by
    # Windows programs, with the Windows code pages' extra characters (①, ㈱, 髙; 裏, 碁):
    # the Windows code pages hold the standard ones, so they read both.
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "x-sjis": "cp932",
    "sjis": "cp932",
    "windows-31j": "cp932",
    "ms_kanji": "cp932",
    "csshiftjis": "cp932",
    "big5": "cp950",
    "x-x-big5": "cp950",
    "csbig5": "cp950",
    "cp50220": "iso2022_jp",  # ISO-2022-JP as Windows writes it (see ``iso2022jp_ms``)
    "cp50221": "iso2022_jp",
    "iso-2022-jp-ms": "iso2022_jp",
    "windows-874": "cp874",
    "x-mac-roman": "mac_roman",
    "macintosh": "mac_roman",
    "utf8": "utf-8",
    "ascii": "utf-8",  # 8-bit bytes under an "ascii" label are nearly always UTF-8
    "us-ascii": "utf-8",
    "iso-8859-1": "cp1252",  # the WHATWG rule: latin-1 labels mean windows-1252
    "latin1": "cp1252",
    "latin-1": "cp1252",
}

# Labels that say "no idea": go straight to the fallbacks (still noted as a defect).
_UNKNOWN_LABELS = frozenset({"unknown-8bit", "x-unknown", "unknown", "8bit", "default"})

# ISO-2022-JP with Windows' extra characters: tried when the strict codec refuses the bytes.
_MS_ISO2022JP = "iso2022_jp (windows)"
_ISO2022JP = frozenset({"iso2022_jp", "iso2022_jp_1", "iso2022_jp_ext"})

# Python codec names of charsets that encode text in 7-bit bytes (escape sequences).
_SEVEN_BIT = ("iso2022", "utf-7", "hz")

# Python codec names of single-byte charsets (where every byte string decodes).
_SINGLE_BYTE = ("cp125", "cp437", "cp850", "cp874", "iso8859", "latin", "mac-", "mac_", "koi8")


@lru_cache(maxsize=256)
def codec_for(label: str | None) -> str | None:
    """The Python codec name for a charset label, or None when it is unknown or not text."""
    if not label:
        return None
    name = _clean(label)  # also drops an RFC 2231 language suffix: utf-8*en
    if name in _UNKNOWN_LABELS:
        return None
    name = _ALIASES.get(name, name)
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True):
        return None  # "base64", "rot13", "zlib": codecs, but not charsets
    return info.name


def decode_bytes(
    data: bytes, label: str | None, *, partial: bool = False, trust_label: bool = False
) -> tuple[str, str]:
    """Decode ``data`` declared as ``label``; return (text, defect) where defect may be "".

    ``partial`` means the bytes were cut at a size cap, so an incomplete multi-byte
    sequence at the very end is dropped instead of counting as an error. ``trust_label``
    turns off the "valid UTF-8 beats a single-byte label" rule, for labels a program wrote
    next to the very bytes it encoded (RFC 2047 encoded words).
    """
    codec = codec_for(label)
    if data.isascii() and not (codec and codec.startswith(_SEVEN_BIT)):
        return data.decode("ascii"), ""
    defect = ""
    if codec is None and _clean(label):
        defect = f"unknown charset {_safe_label(label)}"
    order: list[str] = []
    if codec is not None and codec.startswith(_SINGLE_BYTE) and not trust_label:
        # Any byte string is "valid" in a single-byte charset, so a mislabelled UTF-8 body
        # would silently become mojibake: valid UTF-8 wins, and the label was wrong.
        order = ["utf-8", codec]
    elif codec in _ISO2022JP:
        order = [codec, _MS_ISO2022JP, "utf-8"]
    elif codec is not None:
        order = [codec, "utf-8"]
    else:
        order = ["utf-8"]
    for candidate in order:
        try:
            text = _decode(data, candidate, partial)
        except (UnicodeDecodeError, LookupError, ValueError, TypeError):
            continue
        if codec is not None and candidate not in (codec, _MS_ISO2022JP) and not defect:
            defect = f"wrong charset {_safe_label(label)}"
        return text, defect
    if codec is not None and not defect:
        defect = f"wrong charset {_safe_label(label)}"
    return data.decode("cp1252", errors="replace"), defect


def _decode(data: bytes, codec: str, partial: bool) -> str:
    if codec == _MS_ISO2022JP:
        return iso2022jp_ms.decode(data, final=not partial)
    if partial:
        return codecs.getincrementaldecoder(codec)("strict").decode(data, final=False)
    return data.decode(codec)


def _clean(label: str | None) -> str:
    return (label or "").strip().strip("\"'").lower().partition("*")[0]


def _safe_label(label: str | None) -> str:
    """The charset label as it may appear in a defect string (short, printable)."""
    cleaned = "".join(ch for ch in (label or "") if ch.isprintable())
    return cleaned[:40] or "(empty)"


def fix_surrogates(value: str) -> str:
    """Re-read a header that the parser kept as surrogate-escaped 8-bit bytes."""
    if value.isascii():
        return value
    try:
        raw = value.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:
        return value  # real non-ASCII text already (a str given by a caller)
    text, _defect = decode_bytes(raw, "utf-8")
    return text
