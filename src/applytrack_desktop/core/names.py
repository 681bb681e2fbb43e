"""Company-name normalization shared by extraction, matching and the store.

Two spellings of one employer ("Acme, Inc.", "ACME Inc", "acme") must compare equal, and
two different employers must not ("Meta" vs "Metaverse Inc"), so matching compares
normalized names for equality, never substrings.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_LEGAL_SUFFIXES = (
    "incorporated",
    "inc",
    "llc",
    "l l c",
    "ltd",
    "limited",
    "corp",
    "corporation",
    "co",
    "company",
    "plc",
    "gmbh",
    "ag",
    "sa",
    "s a",
    "sas",
    "sarl",
    "srl",
    "spa",
    "bv",
    "nv",
    "oy",
    "ab",
    "as",
    "pty",
    "pte",
    "kk",
    "lp",
    "llp",
    "pbc",
    "group",
    "holdings",
)
_SUFFIX_RE = re.compile(r"(?:\s+(?:" + "|".join(re.escape(s) for s in _LEGAL_SUFFIXES) + r"))+$")
# Japanese, Chinese and Korean legal forms, written with no space before or after the name
# ("株式会社みらい商事", "東邦電機株式会社", "云帆网络有限公司", "(주)한빛전자"; "㈱" and
# full-width brackets become "(株)" under NFKC): the same employer as the bare name.
_CJK_FORMS = "株式会社|有限会社|合同会社|\\(株\\)|\\(有\\)|주식회사|\\(주\\)"
_CJK_FORM_RE = re.compile(
    f"^(?:(?:{_CJK_FORMS})\\s*)+|(?:\\s*(?:{_CJK_FORMS}|股份有限公司|有限责任公司|有限公司|公司))+$"
)
_PUNCT_RE = re.compile(r"[^\w\s&+]")
_SPACE_RE = re.compile(r"\s+")


# The same few names come back in every email of a mailbox, and the matcher, the extractors
# and the pipeline all ask: one shared cache here.
@lru_cache(maxsize=8192)
def normalize_company(name: str) -> str:
    """A comparison key: lower case, accents folded, punctuation and legal suffixes dropped.

    >>> normalize_company("Acme, Inc.") == normalize_company("ACME inc") == "acme"
    True
    """
    text = unicodedata.normalize("NFKC", name).strip()  # NFKD would split Hangul into jamo
    text = _CJK_FORM_RE.sub("", text) or text
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = _PUNCT_RE.sub(" ", text)
    text = _SPACE_RE.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    stripped = _SUFFIX_RE.sub("", text).strip()
    return stripped or text


def display_company(name: str) -> str:
    """A tidy display form: surrounding space and trailing legal suffix punctuation trimmed."""
    return _SPACE_RE.sub(" ", name).strip().strip(",.;:-").strip()
