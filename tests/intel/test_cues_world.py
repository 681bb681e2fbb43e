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
        # (``intel.cues_aside_eu`` adds more phrases after these.)
        new_phrases = cues.LEXICON[name][: len(cues_world.NEW[name])]
        assert name.isalpha() and name.islower() and new_phrases == cues_world.NEW[name]
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
        # Session 5: look-alikes the cross-validation still kept as job mail.
        ("Appuntamento confermato. In caso di disdetta ci avvisi", "booking"),
        ("Je afspraak is bevestigd, verzetten kan tot 24 uur van tevoren", "booking"),
        ("Olá, sua marcação está confirmada", "booking"),
        ("La sua auto è prenotata in officina per la revisione", "services"),
        ("Tienes una nueva oferta: un comprador te ofrece 40 €", "commerce"),
        ("Dein Angebot wurde angenommen, der Verkäufer meldet sich", "commerce"),
        ("Department of State: your passport application was received", "immigration"),
        ("You've been scheduled to interview Sofia Torres, full schedule for Sofia", "hiring"),
        ("You're confirmed as an interviewer for Ines Rossi", "hiring"),
        ("You're listed as hiring manager on this job", "hiring"),
        ("Zoe Singh has applied for the UI Developer job you're hiring for", "hiring"),
        ("DevPool places pre-vetted data engineers in 10 days, not months", "sales"),
        ("Your demo of HireHive is confirmed for Tuesday", "sales"),
        ("Media request: a short interview for the piece, deadline Friday", "study"),
        ("Top job picks for you", "alert"),
        ("Your application for the summer camp place has been received", "school"),
        ("abbiamo deciso di proseguire con altri profili", "reject"),
        ("the data science intern position (12-34) has been filled", "reject"),
        ("a rental deposit of two months", "housing"),
        ("Thank you for coming to trials; we can't offer you a squad place", "volunteer"),
        ("Airflow alert: DAG interview_reminders failed", "devtools"),
        ("Complete your profile so teammates can find you", "devtools"),
        ("Almost there: set up your workspace", "devtools"),
        ("Riley accepted your lesson request: book your first lesson", "school"),
        ("Is your pay fair? See salary reports for your role", "alert"),
        ("Our trade-in offer, or come in for a test drive", "commerce"),
        ("Metaview: your interview notes are ready", "hiring"),
        ("You are the hiring manager for this job: advance or reject", "hiring"),
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


def test_a_new_hires_direct_deposit_form_is_not_housing(index: ahocorasick.Automaton) -> None:
    onboarding = found("Please complete your direct deposit and tax forms in Workday", index)
    assert "housing" not in onboarding and "onboard" in onboarding


def test_an_interview_appointment_is_not_a_service_booking(index: ahocorasick.Automaton) -> None:
    interview = found(
        "Your interview appointment with the hiring team is confirmed for Monday at 10:00", index
    )
    assert "booking" not in interview and "interview" in interview


def test_a_dutch_vacancy_footer_is_no_price(index: ahocorasick.Automaton) -> None:
    # "Acquisition in response to this vacancy is not appreciated" closes Dutch job mail.
    footer = "Acquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld."
    assert "commerce" not in found(footer, index)
    assert "commerce" in found("Is de vraagprijs nog bespreekbaar?", index)


def test_a_school_or_university_as_employer_is_no_school_cue(index: ahocorasick.Automaton) -> None:
    # Teachers and lecturers apply to schools: the institution's name is the employer's.
    for text in (
        "La Segreteria, Scuola Primaria Don Milani: la sua candidatura è stata protocollata",
        "Colégio São Tomé: confirmamos a receção da sua candidatura para Professor",
        "Thank you for applying to the Lecturer post at the University of Leeds School of Law",
    ):
        assert "school" not in found(text, index)
    assert "school" in found("Your admission to the MSc programme: tuition and enrolment", index)


def test_the_nordic_word_for_day_is_no_airflow_dag(index: ahocorasick.Automaton) -> None:
    assert "devtools" not in found("Vi ber om svar innen i dag. Ha en fin dag!", index)
    assert "devtools" in found("Airflow: DAG run nightly_export failed", index)
