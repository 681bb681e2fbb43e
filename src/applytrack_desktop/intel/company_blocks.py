"""Parts of a message that name other employers than the one it is about.

A job board's receipt ends with what it recommends next: "People also applied to: Data
Analyst at Nimbus", "Similar jobs", "Jobs you may like". Those blocks name other employers,
in the same phrases ("... at Nimbus") the company extraction votes with, so it reads the
mail without them.
"""

from __future__ import annotations

import re

from applytrack_desktop.intel.text import KeywordGate, Prepared

# Headings of recommendation blocks (lower case), in English, German, French, Spanish and
# Dutch. Only a heading that opens a line counts: prose may say "similar jobs" in passing.
_HEADINGS = (
    "people also applied", "people who applied", "others also applied", "similar jobs",
    "similar roles", "similar positions", "jobs you may like", "jobs you might like",
    "jobs you may be interested in", "you may also be interested in",
    "you might also be interested in", "you may also like", "you might also like",
    "recommended jobs", "recommended for you", "more jobs like this", "more jobs for you",
    "ähnliche jobs", "ähnliche stellen", "das könnte sie auch interessieren",
    "das könnte dich auch interessieren", "weitere passende jobs", "passende jobs für",
    "offres similaires", "emplois similaires", "ces offres pourraient vous intéresser",
    "vous pourriez aussi être intéressé", "vous aimerez aussi", "d'autres candidats ont aussi",
    "empleos similares", "ofertas similares", "también te puede interesar",
    "también te pueden interesar", "otros candidatos también", "vergelijkbare vacatures",
    "misschien ook interessant", "vacatures die bij je passen", "andere kandidaten solliciteerden",
)  # fmt: skip


_GATE = KeywordGate([_HEADINGS])


def without_recommendations(prepared: Prepared) -> Prepared:
    """``prepared`` without the recommendation block of its body (itself when it has none).

    The block is its heading line and the paragraph under it (the list, up to the next blank
    line): a footer after it ("Acme LLC is an Equal Opportunity Employer") is kept.
    """
    low = prepared.body_low
    if len(low) != len(prepared.body):
        return prepared  # lower-casing moved the offsets ("İ"): keep the whole text
    cut = _first_heading(low)
    if cut < 0:
        return prepared
    end = low.find("\n", cut)
    end = len(low) if end < 0 else end
    while end < len(low) and low[end] in " \t\n":
        end += 1  # the blank lines between the heading and its list
    blank = _BLANK_LINE.search(low, end)
    end = len(low) if blank is None else blank.start()
    return Prepared(prepared.subject, prepared.body[:cut] + prepared.body[end:])


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _first_heading(low: str) -> int:
    """Where the first recommendation heading opening a line starts in ``low``, or -1."""
    first = len(low)
    # The shared keyword scan already made of the body answers which headings occur.
    for heading in _GATE.found(low):
        at = low.find(heading, 0, first)
        # Never the very start: then the whole mail is a list of recommendations, and cutting
        # it would leave nothing.
        while 0 <= at < first:
            if at > 0 and not low[low.rfind("\n", 0, at) + 1 : at].strip(" \t>*#•-"):
                first = at
                break
            at = low.find(heading, at + 1, first)
    return first if first < len(low) else -1
