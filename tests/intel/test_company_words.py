"""A squashed domain stem made readable: sector words and an organisation's head noun split
off; two ordinary words never split."""

from __future__ import annotations

import pytest

from applytrack_desktop.intel.company_spelling import segmented
from applytrack_desktop.intel.company_words import head_and_name

from .company_mail import company_name


@pytest.mark.parametrize(
    ("stem", "readable"),
    [
        ("evergreenkinetics", "Evergreen Kinetics"),
        ("redlinehaulage", "Redline Haulage"),
        ("bankpomorski", "Bank Pomorski"),
        ("gruppoferraresi", "Gruppo Ferraresi"),
        ("hollisjoinery", "Hollis Joinery"),  # a trade closes a small firm's name
        ("dohertyheating", "Doherty Heating"),
        # Practices and small businesses named for their trade.
        ("riverbendphysio", "Riverbend Physio"),
        ("tinsleyevents", "Tinsley Events"),
        ("northfoldarchitects", "Northfold Architects"),
        ("clontarfvets", "Clontarf Vets"),
        ("kalayaanhomes", "Kalayaan Homes"),
        # Nothing says whether a firm writes two words as one: left whole.
        ("copperleaf", "Copperleaf"),
        ("harvesttable", "Harvesttable"),
    ],
)
def test_a_bare_stem_is_split_only_where_the_words_are_certain(stem: str, readable: str) -> None:
    assert segmented(stem) == readable


def test_a_head_noun_needs_a_name_after_it() -> None:
    assert head_and_name("bankco") == ""
    assert head_and_name("banking") == ""


def test_a_person_writing_from_a_squashed_domain_names_the_firm_readably() -> None:
    text = "got it, thanks Robin! will look properly next week\n\nthx\nDaniel"
    sender = "daniel@evergreenkinetics.com"
    found = company_name("Daniel Ivanova", sender, "re: Data Platform Lead", text)
    assert found == "Evergreen Kinetics"
