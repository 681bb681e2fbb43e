"""Teaching and research roles name their subject with "in" ("Lecturer in Economics"), where
after other roles "in" names a place ("Data Engineer in Berlin")."""

from __future__ import annotations

import pytest

from applytrack_desktop.intel.text import Prepared
from applytrack_desktop.intel.titles import clean_title, extract_title


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Lecturer in Economics", "Lecturer in Economics"),
        ("Teaching Fellow in History", "Teaching Fellow in History"),
        ("Senior Lecturer in Nursing", "Senior Lecturer in Nursing"),
        ("Lecturer in London", "Lecturer"),  # a city after "in" is still a place
        ("Data Engineer in Berlin", "Data Engineer"),
        ("Store Manager in Springfield", "Store Manager"),
    ],
)
def test_clean_title_keeps_a_subject(raw: str, clean: str) -> None:
    assert clean_title(raw) == clean


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("Thank you for your interest in the Lecturer in Economics position at Kingsbridge.",
         "Lecturer in Economics"),
        ("Thank you for your application for the post of Research Fellow in Computational "
         "Biology (ref. REQ-97379).", "Research Fellow in Computational Biology"),
        ("Thank you for applying to the Data Engineer in Berlin position.", "Data Engineer"),
    ],
)  # fmt: skip
def test_extract_title_reads_the_subject(body: str, title: str) -> None:
    assert extract_title(Prepared("Update", body)) == title
