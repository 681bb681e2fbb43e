"""Words that make a squashed domain stem readable with confidence.

When a mail never spells its sender's firm, the name shown is the domain stem made readable
(``company_spelling.segmented``): industry words split off the end ("kitepharmalabs" ->
"Kite Pharma Labs"). This module adds the sector words ``vocab.INDUSTRY_WORDS`` lacks
("evergreenkinetics" -> "Evergreen Kinetics") and an organisation's head noun before its own
name ("bankpomorski" -> "Bank Pomorski", "gruppoferraresi" -> "Gruppo Ferraresi").

Two ordinary words are never split apart: firms write "Redwood", "Copperleaf" and
"Fieldstone" as one word as often as "Harvest Table" or "Signal Peak" as two, and nothing in a
stem tells which.
"""

from __future__ import annotations

from typing import Final

from applytrack_desktop.core.names import BUSINESS_KINDS
from applytrack_desktop.intel.vocab import INDUSTRY_WORDS, words

# Sectors that close a firm's name ("Evergreen Kinetics", "Redline Haulage").
SECTOR_WORDS: Final[frozenset[str]] = INDUSTRY_WORDS | words(
    "kinetics haulage hauling trucking plumbing electric electrical roofing landscaping "
    "catering nursing veterinary optics photonics automation imaging biologics renewables "
    "environmental agritech fintech insurtech medtech edtech proptech "
    # trades and small firms ("Hollis Joinery", "Doherty Heating", "Marsh Carpentry")
    "joinery carpentry heating glazing scaffolding plastering decorating joiners plumbers "
    "electricians mechanical fabrication welding landscapes gardens nurseries bakeries "
    # care providers ("brightwatercare": "Brightwater Care")
    "care "
    "dairy brewery winery distillery kitchens interiors flooring cleaning removals "
    # shops and firms named for what they sell or do, in other languages too
    "books bookshop kitchen logistik logistica logistique "
    # practices and small businesses named for their trade ("riverbendphysio",
    # "tinsleyevents", "northfoldarchitects", "clontarfvets", "kalayaanhomes")
    "physio physiotherapy chiropractic orthodontics optometry opticians events architects "
    "homes vets salon florists printing "
    # products a firm is named for ("kestrelmetrics", "tessellatemaps", "tweerivierewines")
    "metrics maps wines"
)
# What follows "and" at the end of a firm's domain: "greerandsons" is "Greer & Sons".
AND_TAILS: Final[frozenset[str]] = words("sons daughters partners associates brothers bros")
# An organisation's head noun, then its own name: a bank, a group, a region, a hotel, a small
# firm's kind ("maisonverdier", "estudionube"); matching reads the same list.
HEAD_WORDS: Final[frozenset[str]] = BUSINESS_KINDS


def head_and_name(stem: str) -> str:
    """ "bankpomorski" -> "Bank Pomorski": a head noun and a name of 4 letters or more, else ""."""
    for size in range(min(len(stem) - 4, 9), 3, -1):
        if stem[:size] in HEAD_WORDS:
            return f"{stem[:size].capitalize()} {stem[size:].capitalize()}"
    return ""
