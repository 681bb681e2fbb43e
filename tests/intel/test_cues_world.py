"""The everyday look-alike cue phrases (``intel.cues_world``) and the shared 'aside' marker."""

from __future__ import annotations

import ahocorasick
import pytest

from applytrack_desktop.intel import cues, cues_world
from applytrack_desktop.intel.features import normalize


@pytest.fixture(scope="module")
def index() -> ahocorasick.Automaton:
    return cues.build_index(normalize)


def found(text: str, index: ahocorasick.Automaton) -> set[str]:
    return cues.find_cues(normalize(text), index)


def test_extra_phrases_extend_existing_cues_and_new_cues_are_marker_safe() -> None:
    assert set(cues_world.EXTRA) <= set(cues.LEXICON)
    assert not set(cues_world.NEW) & (set(cues.LEXICON) - set(cues_world.NEW))
    for name in cues_world.NEW:
        assert name.isalpha() and name.islower() and cues.LEXICON[name] == cues_world.NEW[name]
    assert set(cues.LEXICON) >= cues.ASIDE
    assert cues.ASIDE_MARKER not in cues.LEXICON


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Ihr Termin in unserer Praxis bei Frau Dr. Weber", "health"),
        ("Votre rendez-vous chez le dentiste est confirmé", "health"),
        ("Dein Termin für die Inspektion in der Werkstatt", "services"),
        ("Thank you for your interest in adopting Otis, our rescue dog", "pets"),
        ("Your manuscript has been sent out for peer review", "publishing"),
        ("Security alert: new sign-in from a new device", "security"),
        ("Low balance alert: log in to view details", "finance"),
        ("Angebot Nr. 123 für die Reparatur, inkl. MwSt.", "commerce"),
        ("Su cita previa en la oficina de extranjería", "government"),
        ("Rendez-vous en préfecture pour votre titre de séjour", "immigration"),
        ("You have an inbox task: annual performance self-evaluation", "employer"),
        ("Hallo zusammen, der Betriebsrat informiert", "employer"),
        ("You've been named as a professional reference by Lena", "hiring"),
        ("Ngozi Rivera has canceled the event Phone screen", "hiring"),
        ("do you know anyone at Initech? could you refer me", "peer"),
        ("We're hiring a UX researcher; the session will be recorded", "study"),
        ("Happy to set up a quick demo for your team", "sales"),
        ("Novas vagas que combinam com seu perfil", "alert"),
        ("If you do not hear from us within four weeks", "silence"),
        ("we have chosen another candidate for this role", "reject"),
        ("you do not meet the minimum qualification requirements", "reject"),
        ("we'd love to offer you the job, first shift Monday", "offer"),
        ("Your application is now in review", "status"),
        ("your name came up when I asked around", "outreach"),
    ],
)
def test_phrases_find_their_cue(text: str, cue: str, index: ahocorasick.Automaton) -> None:
    assert cue in found(text, index)


def test_job_mail_keeps_clear_of_the_new_cues(index: ahocorasick.Automaton) -> None:
    job = found(
        "Thanks for applying to the Buyer role. We'd like to schedule a technical interview "
        "with the hiring manager; please be patient while we review your application.",
        index,
    )
    assert not job & (cues.ASIDE | set(cues_world.NEW))
