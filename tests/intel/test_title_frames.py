"""Titles framed by "stillingen som", "tjänsten som" and "na stanowisko" (``intel.title_frames``),
alone and through ``extract_title``: the title needs no known job noun, and ends where the
sentence goes on."""

from __future__ import annotations

import pytest

from applytrack_desktop.intel.text import Prepared
from applytrack_desktop.intel.title_frames import frame_title
from applytrack_desktop.intel.titles import extract_title


@pytest.mark.parametrize(
    ("body", "company", "title"),
    [
        ("Takk for søknaden din på stillingen som Sykepleier. Vi ønsker å invitere deg.", None,
         "Sykepleier"),
        ("Tak for din ansøgning til stillingen som Product Owner hos Bølgen Software.",
         "Bølgen Software", "Product Owner"),
        ("Som nästa steg i rekryteringen till tjänsten som Line Cook vill vi ta referenser.",
         None, "Line Cook"),
        ("vi har tagit emot din ansökan avseende Lagerarbetare (ref.nr JR15470).", None,
         "Lagerarbetare"),
        ("szukamy osoby na stanowisko Magazynier w Wrocławiu (praca hybrydowa).", None,
         "Magazynier"),
        ("ofertą pracy na stanowisku Specjalista ds. obsługi klienta oraz poświęcony czas.",
         None, "Specjalista ds. obsługi klienta"),
        ("Pani aplikacja na stanowisko Stażysta w dziale HR zainteresowała nas.", None,
         "Stażysta w dziale HR"),
        ("za wykonanie testu na stanowisko 3D Artist (Mid). Zespół przejrzał pracę.", None,
         "3D Artist (Mid)"),
        ("Vi vil gjerne tilby deg stillingen som Head of Engineering.", None,
         "Head of Engineering"),
        ("du kanske kan vara intresserad av vår nya roll som Supply Chain Analyst.", None,
         "Supply Chain Analyst"),
    ],
)  # fmt: skip
def test_frames(body: str, company: str | None, title: str) -> None:
    assert frame_title(body, body.lower(), company) == title
    assert extract_title(Prepared("Hei", body), company) == title


@pytest.mark.parametrize(
    "body",
    [
        "Jeg har ikke tid som planlagt, beklager.",  # "som" without a role frame
        "Tjänsten som du beställt är nu aktiv.",  # the frame, then no title word
        "Stillingen som vi snakket om er fylt.",
        "Zmiana na stanowisku kierownika zmiany.",
    ],
)
def test_no_title_without_a_title_word(body: str) -> None:
    assert frame_title(body, body.lower(), None) is None


def test_a_pattern_title_wins_over_a_frame() -> None:
    body = "Thank you for applying to the Data Engineer position.\nTjänsten som Kock."
    assert extract_title(Prepared("Hej", body)) == "Data Engineer"


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("wir bestätigen den Eingang Ihrer Bewerbung für Ausbildung Industriekaufmann/-frau "
         "zum 1. August.", "Ausbildung Industriekaufmann/-frau"),  # "zum" starts a date
        ("Eingang Ihrer Bewerbung für Ausbildung Industriekaufmann/-frau 2025 zum "
         "Ausbildungsbeginn am 1. August.", "Ausbildung Industriekaufmann/-frau"),
        ("Ihre Bewerbung als Mechatroniker zum nächstmöglichen Zeitpunkt ist da.",
         "Mechatroniker"),
        ("danke für Ihre Bewerbung als Ausbildung zum Kaufmann im Einzelhandel (m/w/d) bei "
         "uns.", "Ausbildung zum Kaufmann im Einzelhandel (m/w/d)"),  # the trade goes on
        ("Ihre Bewerbung als Mechatroniker zum Thema Wartung", None),  # no half title
        ("vielen Dank für deine Bewerbung als Duales Studium Wirtschaftsinformatik. Deine "
         "Unterlagen haben uns überzeugt.", "Duales Studium Wirtschaftsinformatik"),
        ("vielen Dank für deine Bewerbung um einen Ausbildungsplatz als Fachkraft für "
         "Lagerlogistik (m/w/d) bei Elbtal Kliniken!", "Fachkraft für Lagerlogistik (m/w/d)"),
        ("Vielen Dank für Ihre Bewerbung für Ihre Stelle.", None),
        ("Ihre Bewerbung um einen Studienplatz im Masterstudiengang ist eingegangen.", None),
        ("la sua candidatura per la posizione di Cameriere/a di sala non è stata selezionata.",
         "Cameriere/a di sala"),
        ("a seguito della tua candidatura all'annuncio \"Stage in Marketing\", siamo lieti.",
         "Stage in Marketing"),
        ("la sua candidatura per la posizione di Informatore scientifico del farmaco non è "
         "stata selezionata.", None),  # an Italian title going on in lower case
    ],
)  # fmt: skip
def test_german_and_italian_frames(body: str, title: str | None) -> None:
    assert frame_title(body, body.lower(), None) == title


def test_a_capitalised_word_after_find_a_new_is_a_title() -> None:
    body = "vi hjælper Region Østjylland med at finde en ny IT-supporter, og din profil passer."
    assert frame_title(body, body.lower(), None) == "IT-supporter"
    assert frame_title("vi skal finde en ny løsning.", "vi skal finde en ny løsning.", None) is None
