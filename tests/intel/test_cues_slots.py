"""Hiring-side phrases with a role's name in the middle (``intel.cues_slots``) and the fixed
phrases of agencies' terms, boards' employer notices and reference requests."""

from __future__ import annotations

import pytest

from applytrack_desktop.intel.cues_slots import slot_cues
from applytrack_desktop.intel.features import cue_words, normalize
from tests.intel.samples import SAMPLES


def hiring(subject: str, body: str = "") -> bool:
    return "xcuehiring" in cue_words(normalize(subject), normalize(body))


@pytest.mark.parametrize(
    "sentence",
    [
        "Please find attached 5 CVs for your Electrical Engineer vacancy.",
        "Candidates for your Growth Marketing Manager role",
        "Shortlist for your VP of Marketing role",
        "Quick question about your Physical Therapist hire",
        "Can we help with your Legal Counsel search?",
        "3 new applicants applied to your Senior Nurse job",
        "Your Barista job posting is live",
        "Drei Bewerbungen auf Ihre Stellenanzeige Buchhalter (m/w/d)",
        "Ihre Stellenanzeige Lagerist wurde veröffentlicht",
        "Nieuwe sollicitanten voor je vacature Controller",
        "Sua vaga Electrical Engineer foi publicada",
        "Tu oferta Camarero/a ha sido publicada",
        "Votre offre Comptable a été publiée",
    ],
)
def test_a_role_between_the_words_still_gives_the_hiring_cue(sentence: str) -> None:
    assert slot_cues(normalize(sentence)) == {"hiring"}
    assert hiring(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # The reader's own search: the slot never takes the words of a candidate's mail.
        "Thanks for your time in our hiring process",
        "We received your application for the Data Analyst position",
        "Thank you for your application to our Backend Engineer vacancy",
        "Good luck with your job search",
        "Can we help with your job search?",
        "Your new hire paperwork is ready",
        "Complete the onboarding for your first day as a new hire",
        "A question about your graduate recruitment application",
        "You would be a strong candidate for the Product role",
        "Your job alert is live: 12 new Data Analyst jobs",
        "Votre candidature au poste de Comptable a été reçue",
        "Sua candidatura para a vaga de Analista foi recebida",
    ],
)
def test_candidate_side_sentences_have_no_slotted_hiring_cue(sentence: str) -> None:
    assert slot_cues(normalize(sentence)) == set()


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Terms of business", "Our fee is 18% of first-year base salary, 12-week rebate period."),
        ("Re: agency terms", "Once signed I'll send over CVs within 48 hours."),
        ("Saw you're hiring", "We place senior engineers in 3 weeks on average."),
        ("Referencias de Priya", "Nos ha indicado que usted fue su responsable directo."),
        ("Referência", "A Ana disse que você foi sua gestora durante três anos."),
        ("Référence", "Vous étiez son manager chez Lumen, pourriez-vous nous rappeler ?"),
        ("Referenz", "Sie waren sein Vorgesetzter bei Nordlicht, hätten Sie kurz Zeit?"),
        ("Reference", "Jamie listed you as a referee; you were her line manager."),
        ("Panel", "Fijn dat je wilt aansluiten bij de selectiecommissie."),
        ("Rooster sollicitatiegesprekken Controller", "Zie de planning hieronder."),
        ("12 novos candidatos na vaga", "Há candidatos aguardando seu parecer."),
        ("Nuevos candidatos en tu oferta", "Revisa los perfiles."),
        ("Nouvelles candidatures pour votre annonce", "Consultez les profils."),
        ("Neue Bewerbungen auf Ihre Stellenanzeige", "Jetzt ansehen."),
    ],
)
def test_agency_terms_board_notices_and_references_are_hiring_side(subject: str, body: str) -> None:
    assert hiring(subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Your offer", "Your signing bonus is 10% of your first-year salary."),
        ("CV", "Could you send over the CV in Word format before the interview?"),
        ("Reference check", "We will contact the referees you listed after your interview."),
        ("Entrevista", "Tu entrevista con la responsable del equipo es el martes."),
    ],
)
def test_candidate_mail_with_the_same_words_is_not_hiring_side(subject: str, body: str) -> None:
    assert not hiring(subject, body)


def test_hand_written_job_mail_to_candidates_has_no_slotted_hiring_cue() -> None:
    for sample in SAMPLES:
        assert slot_cues(normalize(f"{sample.subject} {sample.text}")) == set(), sample.name
