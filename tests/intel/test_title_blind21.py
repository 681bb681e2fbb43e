"""Title readings the session-21 mail needed: Frontline's "Job ID N – Title" line, a board's
"Application sent: Title" subject, and gendered pairs ("Starsza Księgowa / Starszy Księgowy")
kept whole."""

from __future__ import annotations

import pytest

from applytrack_desktop.intel.text import Prepared
from applytrack_desktop.intel.title_clean import clean_title
from applytrack_desktop.intel.titles import extract_title


def _title(subject: str, body: str) -> str | None:
    return extract_title(Prepared(subject, body))


@pytest.mark.parametrize(
    ("subject", "body", "want"),
    [
        (
            "Application Received - Arapahoe Ridge School District",
            "This message confirms that your application has been received for the following "
            "posting:\n\nJob ID 4417 – HVAC Maintenance Supervisor\nLocation: Operations Center\n",
            "HVAC Maintenance Supervisor",
        ),
        (
            "Aplikacja wysłana: Starsza Księgowa / Starszy Księgowy",
            "Gotowe! Twoja aplikacja trafiła do pracodawcy\n\nGrupa Mazowsze Energia S.A.\n",
            "Starsza Księgowa / Starszy Księgowy",
        ),
        (
            "Wynik rekrutacji",
            "dziękujemy za udział w rekrutacji na stanowisko Starsza Księgowa / Starszy Księgowy "
            "w Grupie Mazowsze Energia.",
            "Starsza Księgowa / Starszy Księgowy",
        ),
    ],
)
def test_session_21_titles(subject: str, body: str, want: str) -> None:
    assert _title(subject, body) == want


def test_a_gendered_pair_stays_whole_and_a_person_before_a_title_goes() -> None:
    assert clean_title("Projektingenieurin / Projektingenieur Tiefbau") == (
        "Projektingenieurin / Projektingenieur Tiefbau"
    )
    assert clean_title("Robin Ashe / Treasury Analyst") == "Treasury Analyst"
