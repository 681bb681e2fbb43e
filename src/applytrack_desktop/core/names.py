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


# The kind of business some languages put before a firm's own name, normalized: mail and
# domains often leave it off or run it together ("Almar" for "Grupo Hotelero Almar",
# "maisonverdier" for "Maison Verdier"). Read by the domain-stem reader
# (``intel.company_words``) and by matching's store lookups (``store.match_rows``).
BUSINESS_KINDS: frozenset[str] = frozenset(
    {"bank", "banca", "banco", "banque", "gruppo", "grupo", "grupa", "groupe", "region",
     "regione", "hotel", "hoteles", "klinik", "clinica", "zorggroep", "gemeente", "stadt",
     "kommune", "maison", "atelier", "estudio", "studio", "agencia", "agence", "ceramicas",
     "ceramica", "osteria", "trattoria", "taberna", "restaurante", "ristorante", "farmacia",
     "farmacias", "fundacion", "fondazione", "instituto", "colegio", "laboratorios", "bodegas",
     "transportes", "construcciones", "distribuciones", "industrias", "bufete", "despacho",
     "kanzlei", "autohaus", "cafe", "tischlerei", "cooperativa"}
)  # fmt: skip


def word_prefixes(company_norm: str, shortest: int = 4) -> list[str]:
    """A normalized name's leading words, shortest first, each at least ``shortest``
    letters: "alpenglas" for "alpenglas digital" ("ai" begins too many names)."""
    words = company_norm.split(" ")
    prefixes = (" ".join(words[:n]) for n in range(1, len(words)))
    return [prefix for prefix in prefixes if len(prefix) >= shortest]
