"""The confidence shown beside a category never claims more certainty than the model has."""

from __future__ import annotations

import pytest

from applytrack_desktop.gui.confidence import percent


@pytest.mark.parametrize(
    ("confidence", "shown"),
    [(0.995, "99%"), (0.9999, "99%"), (1.0, "100%"), (0.937, "93%"), (0.5, "50%"), (0.004, "0%")],
)
def test_percent_floors_and_keeps_100_for_certainty(confidence: float, shown: str) -> None:
    assert percent(confidence) == shown
