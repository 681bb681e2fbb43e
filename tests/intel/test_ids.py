"""Requisition and posting ids from text and links, normalized so they compare equal."""

from __future__ import annotations

import pytest

from applytrack_desktop.intel.ids import extract_ids, normalize_id

from .samples import SAMPLES, Sample


@pytest.mark.parametrize("sample", [s for s in SAMPLES if s.ids], ids=lambda s: s.name)
def test_hand_written_samples(sample: Sample) -> None:
    assert extract_ids(sample.subject, sample.text, sample.html) == sample.ids


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("Requisition ID: REQ-2024-0017", ("REQ20240017",)),
        ("Job ID: 12345", ("12345",)),
        ("Job #: 778899", ("778899",)),
        ("Reference: AB-1234", ("AB1234",)),
        ("for R-12345 and JR123456", ("R12345", "JR123456")),
        ("https://boards.greenhouse.io/acme/jobs/4567890?gh_src=x", ("4567890",)),
        ("https://acme.com/careers?gh_jid=4567891", ("4567891",)),
        (
            "https://jobs.lever.co/acme/3F1C2A9E-7B6D-4C1E-9A2F-0B8E5D4C3A21/apply",
            ("3f1c2a9e-7b6d-4c1e-9a2f-0b8e5d4c3a21",),
        ),
        (
            "https://acme.wd5.myworkdayjobs.com/en-US/External/job/Austin/Data-Engineer_R98765-1",
            ("R98765",),
        ),
        ("https://apply.workable.com/acme/j/4F2E9A1B0C/", ("4F2E9A1B0C",)),
    ],
)
def test_forms(text: str, ids: tuple[str, ...]) -> None:
    assert extract_ids("", text) == ids


@pytest.mark.parametrize(
    "text",
    [
        "Call me at 555-123-4567.",
        "Position: Senior Data Engineer",
        "We received 12345 applications in 2026.",
        "Your reference: our conversation",
    ],
)
def test_no_false_ids(text: str) -> None:
    assert extract_ids("", text) == ()


def test_text_and_link_forms_compare_equal() -> None:
    in_text = extract_ids("Data Engineer (R-98765)", "")
    in_link = extract_ids("", "https://x.wd1.myworkdayjobs.com/ext/job/Data-Engineer_R98765")
    assert in_text == in_link == ("R98765",)


def test_links_in_html_only() -> None:
    html = '<a href="https://boards.greenhouse.io/acme/jobs/7654321">View job</a>'
    assert extract_ids("Thanks", "View job", html) == ("7654321",)


def test_normalize_id() -> None:
    assert normalize_id(" jr-0042 ") == "JR0042"
    assert normalize_id("3F1C2A9E-7B6D-4C1E-9A2F-0B8E5D4C3A21") == (
        "3f1c2a9e-7b6d-4c1e-9a2f-0b8e5d4c3a21"
    )
