"""The receipt's conditional close ("if you do not hear from us within four weeks, please
consider your application unsuccessful") carries the ``silence`` cue in every language we
read, so a receipt that says when to give up is not taken for the refusal it describes."""

from __future__ import annotations

import pytest

from applytrack_desktop.intel.features import cue_words, normalize


@pytest.mark.parametrize(
    "sentence",
    [
        "Due to the volume of applications, only shortlisted candidates will be contacted.",
        "If you have not heard from us within 4 weeks, please assume that your application "
        "was not successful.",
        "Sollten Sie innerhalb von vier Wochen nichts von uns hören, ist Ihre Bewerbung "
        "leider nicht berücksichtigt worden.",
        "Sans retour de notre part sous 3 semaines, considérez que votre candidature n'a pas "
        "été retenue.",
        "Si no has recibido noticias en 15 días, entiende que tu candidatura no ha sido "
        "seleccionada.",
        "In assenza di riscontro entro 30 giorni, la candidatura è da ritenersi non selezionata.",
        "Na ausência de resposta em 20 dias, considere que a sua candidatura não avançou.",
        "Mocht je niets van ons horen binnen drie weken, dan ben je helaas niet door.",
        "Jeśli nie otrzymasz od nas odpowiedzi w ciągu 14 dni, prosimy uznać, że Twoja "
        "kandydatura nie została zakwalifikowana.",
        "Om du inte hör av oss inom tre veckor har vi gått vidare med andra kandidater.",
        "Hører du ikke fra os inden for 3 uger, er du ikke gået videre.",
        # The condition and its verb apart, with the words between them.
        "Mocht je binnen drie weken niets van ons horen, dan is je sollicitatie niet gekozen.",
        "Falls Sie in den nächsten drei Wochen keine Rückmeldung von uns erhalten, haben wir "
        "uns anders entschieden.",
        "Si en 15 días no tienes noticias nuestras, entiende que no has sido seleccionado.",
        "If after two weeks you haven't heard back from us within that time, please assume "
        "the role has gone to someone else.",
        "Se entro 30 giorni non avrà notizie da parte nostra, la selezione è chiusa.",
        "Caso não tenha notícias nossas em 20 dias, a vaga foi preenchida.",
        "Sans nouvelles de notre part sous trois semaines, votre candidature n'est pas retenue.",
    ],
)
def test_conditional_close_is_silence(sentence: str) -> None:
    assert "xcuesilence" in cue_words("", normalize(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Unfortunately we have decided to move forward with other candidates.",
        "Leider haben wir uns für eine andere Kandidatin entschieden.",
        "Nous avons le plaisir de vous inviter à un entretien.",
        # A promise to write, not a condition.
        "You will hear from us within two weeks about the next steps.",
        "We look forward to hearing from you within the week.",
    ],
)
def test_plain_news_is_not_silence(sentence: str) -> None:
    assert "xcuesilence" not in cue_words("", normalize(sentence))
