"""Title readings the session-22 mail needed: a board's receipt listing the role on the line
under "for the following job:"."""

from __future__ import annotations

from applytrack_desktop.intel.text import Prepared
from applytrack_desktop.intel.titles import extract_title


def test_the_role_under_for_the_following_job() -> None:
    body = (
        "Thanks for applying, Aoife!\nWe've passed your CV and cover letter on to Slaney Medical "
        "for the following job:\nQuality Engineer (Sterilisation)\nSlaney Medical – Tallaght\n"
    )
    assert extract_title(Prepared("Your application to Slaney Medical", body)) == (
        "Quality Engineer (Sterilisation)"
    )


def test_a_digest_of_the_following_jobs_names_no_role() -> None:
    body = "We found the following jobs:\nQuality Engineer\nValidation Engineer\n"
    assert extract_title(Prepared("New jobs for you", body)) is None
