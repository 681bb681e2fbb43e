"""Command-line tables line up in a terminal, also with Japanese, Chinese or Korean cells."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from applytrack_desktop.commands.text_table import cell, render, width


def test_width_counts_the_columns_a_terminal_shows() -> None:
    assert width("Acme") == 4
    assert width("株式会社みらい商事") == 18
    assert width("한빛전자 ＡＢ") == 13  # full-width letters take two columns too
    assert width("Café") == 4 and width("Cafe\u0301") == 4  # a combining accent takes none


def test_columns_line_up_after_wide_cells() -> None:
    text = render(
        ("ID", "Company", "Status"),
        [("1", "株式会社みらい商事", "Applied"), ("2", "Acme", "Rejected")],
    )
    lines = text.splitlines()
    starts = [
        width(line[: line.index(status)])
        for line, status in zip(lines, ("Status", "Applied", "Rejected"), strict=True)
    ]
    assert len(set(starts)) == 1
    assert all(line == line.rstrip() for line in lines)


def test_a_long_cell_is_cut_to_its_columns() -> None:
    assert cell("Data   Engineer\n(Remote)", 40) == "Data Engineer (Remote)"
    assert cell("x" * 50, 40) == "x" * 39 + "…"
    cut = cell("面接" * 30, 40)
    assert cut.endswith("…") and width(cut) <= 40


@given(st.text(), st.integers(min_value=2, max_value=60))
def test_a_cell_never_passes_its_width(text: str, max_width: int) -> None:
    cut = cell(text, max_width)
    assert width(cut) <= max_width
    assert "\n" not in cut
