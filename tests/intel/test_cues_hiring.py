"""The hiring side in more languages (``intel.cues_hiring``) and the person markers."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from applytrack_desktop.intel import cues, cues_hiring
from applytrack_desktop.intel.features import cue_words, feature_text, normalize
from applytrack_desktop.mail.message import MailMessage
from tests.intel.samples import SAMPLES


def cue_markers(subject: str, body: str) -> set[str]:
    return set(cue_words(normalize(subject), normalize(body)))


def mail(subject: str, text: str) -> MailMessage:
    return MailMessage(
        message_id="<h@example.com>",
        subject=subject,
        sender_name="",
        sender_address="someone@example.com",
        date=datetime(2026, 1, 1, tzinfo=UTC),
        text=text,
    )


def test_every_phrase_joins_an_existing_cue() -> None:
    assert set(cues_hiring.EXTRA) == {"hiring", "peer"}
    for name, patterns in cues_hiring.EXTRA.items():
        assert set(patterns) <= set(cues.LEXICON[name]), name


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Kandydaci na stanowisko Java Developer do Twojego zespołu", "Proszę o opinię."),
        ("Kun jij 18-06 een gesprek doen?", "Sara kan niet, de kandidaat komt om 10 uur."),
        ("Kandidatenvorschläge Senior Software Engineer", "Anbei drei Profile für Sie."),
        ("Re: Backend", "Unser Kandidat ist ab März verfügbar, Kündigungsfrist 4 Wochen."),
        ("Feedback", "Bitte geben Sie uns Ihr Feedback zum Kandidaten bis Freitag."),
        ("Entretiens jeudi", "Pourrais-tu mener l'entretien de 14h ? Je suis en congé."),
        ("Poste Data", "Ci-joint le CV de notre candidate, disponible sous un mois."),
        ("Arrivée", "Préparez l'arrivée de votre nouvelle collaboratrice lundi."),
        ("Vacante Backend", "Te comparto los CV de los tres finalistas."),
        ("Entrevistas", "¿Puedes cubrir la entrevista del jueves con la candidata?"),
        ("Referenza", "Marco Bianchi ti ha indicato come referenza per il ruolo."),
        ("Profili", "Ecco tre candidati per la tua posizione di sviluppatore."),
        ("Vaga de UX", "Seguem os currículos dos finalistas para sua vaga."),
        ("Avaliação", "Pode nos enviar seu feedback sobre o candidato até sexta?"),
        ("Intervju", "Kan du hålla intervjun på torsdag? Jag är sjuk."),
        ("Rekrytering", "Här är tre kandidater till ditt team, säg vad du tycker."),
        ("Ansættelse", "Her er fem ansøgere til din stilling som projektleder."),
        ("Ny ansatt", "Din nye medarbeider starter mandag, husk tilgang til systemene."),
        ("Haastattelu", "Voisitko toimia haastattelijana torstaina?"),
        ("Rekrytointi", "Tässä kolme hakijoita tiimiisi, kerro mielipiteesi."),
        ("Pohovor", "Mohl bys vést pohovor s uchazečem ve čtvrtek?"),
        ("Tým", "Posílám tři kandidáti do vašeho týmu."),
        ("Mülakat", "Yarın saat 10'daki mülakatı yapabilir misin?"),
        ("Kadro", "Ekibiniz için adaylar hazır, kadro talebi onaylandı."),
        ("Requisition", "The requisition has been approved; please open the search."),
        ("Your new starter", "Your new starter joins on Monday: laptop and access below."),
        ("Backfill", "Three CVs for your review from our shortlist."),
        ("Reference for Jamie", "Would you rehire Jamie? How long did you work with her?"),
        ("Start on Monday", "Please order their laptop and assign a buddy before day one."),
        ("Rekrutacja", "Wybierz kandydatów do rozmowy, rekrutacja w Twoim zespole."),
        (
            "Profil",
            "Möchten Sie den Kandidaten kennenlernen? Gehaltsvorstellung des Kandidaten: 80k",
        ),
        ("Intervju torsdag", "Kan du sitta med på intervjun? Kandidaten kommer kl 10."),
        ("Gesprek", "Kun je aanschuiven bij het gesprek van dinsdag?"),
    ],
)
def test_hiring_side_mail_carries_the_hiring_cue(subject: str, body: str) -> None:
    assert "xcuehiring" in cue_markers(subject, body)


@pytest.mark.parametrize(
    "body",
    [
        "Ich habe den Job! Mein neuer Job beginnt im April.",
        "J'ai décroché le poste ! Mon nouveau poste commence lundi.",
        "¡Me han contratado! Mi nuevo trabajo empieza el lunes.",
        "Mi hanno assunto, il mio nuovo lavoro inizia a maggio.",
        "Consegui o emprego! Meu novo emprego começa segunda.",
        "Ik heb de baan! Mijn nieuwe baan begint in juni.",
        "Dostałam pracę, trzymajcie kciuki za pierwszy dzień!",
        "Jag fick jobbet! Mitt nya jobb börjar i augusti.",
        "Jeg fikk jobben, min nye jobb starter i morgen.",
        "Sain työpaikan, pitäkää peukkuja!",
        "Dostal jsem práci, držte mi palce.",
        "İşe alındım, yarın başlıyorum!",
    ],
)
def test_a_friends_job_news_is_peer_mail(body: str) -> None:
    assert "xcuepeer" in cue_markers("Neuigkeiten", body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Dear Candidate", "Thank you for applying. Log in to the candidate portal."),
        ("Interview invitation", "We would like to invite you to an interview on Monday."),
        ("Interview", "Please send your availability to interview next week."),
        ("Einladung", "Wir möchten gerne ein Gespräch mit Ihnen führen."),
        ("Bewerbung für Ihre ausgeschriebene Stelle", "Vielen Dank für Ihre Unterlagen."),
        ("Entretien", "Nous souhaitons vous inviter à un entretien jeudi."),
        ("Offre d'emploi", "Ci-joint le profil du poste pour préparer l'entretien."),
        ("RE: CV pour votre poste de développeur", "Merci, nous revenons vers vous."),
        ("Entrevista", "Tendrás una entrevista con un panel de entrevistadores."),
        ("Candidatura", "Invio il mio CV per la vostra posizione, grazie."),
        ("Processo seletivo", "A avaliação dos candidatos será feita em duas etapas."),
        ("Uitnodiging", "We willen graag een interview afnemen op dinsdag."),
        ("Intervju", "Vi skulle vilja hålla en intervju med dig nästa vecka."),
        ("Rekrutacja", "Skontaktujemy się z wybranymi kandydatami. Dołącz do naszego zespołu!"),
        ("Başvurunuz", "Sayın Aday, başvurunuz alınmıştır. Aday hakkında KVKK metni ektedir."),
        ("Good news", "Congratulations, du fick jobbet! Välkommen."),
        ("New hire orientation", "Get ready for your new hire orientation on Monday."),
    ],
)
def test_candidate_side_mail_has_no_hiring_or_peer_cue(subject: str, body: str) -> None:
    assert not cue_markers(subject, body) & {"xcuehiring", "xcuepeer"}, (subject, body)


def test_hand_written_job_mail_to_candidates_is_not_hiring_side() -> None:
    for sample in SAMPLES:
        found = cue_markers(sample.subject, sample.text)
        assert not found & {"xcuehiring", "xcuepeer"}, sample.name


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Kandidatinnen für die Stelle", "Die Bewerbenden sind ab sofort verfügbar."),
        ("Postulantes", "Tres postulantes pasaron el filtro."),
        ("Sökande", "Sökandena är intervjuade."),
        ("Ansøgere", "Vi har fået tolv ansøgere."),
        ("Hakijat", "Hakijat on nyt käyty läpi."),
        ("Uchazeči", "Uchazeči jsou v příloze."),
        ("Adaylar", "Adaylar ekte."),
    ],
)
def test_candidates_in_the_third_person_in_more_languages(subject: str, text: str) -> None:
    words = feature_text(mail(subject, text)).split()
    assert "xthirdparty" in words and "xsecondperson" not in words


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Votre profil", "Votre profil a retenu notre attention."),
        ("Bewerbung", "Vielen Dank für Ihre Unterlagen, liebe Kandidatin."),
        ("Postulación", "Recibimos tu postulación, estimado aspirante."),
        ("Candidatura", "Grazie per la tua candidatura."),
        ("Zgłoszenie", "Dziękujemy za Twoje zgłoszenie, skontaktujemy się z kandydatami."),
        ("Ansökan", "Tack! Du har sökt tjänsten, kandidater kontaktas."),
        ("Hakemus", "Kiitos hakemuksestasi, hakijat valitaan pian."),
        ("Přihláška", "Děkujeme za Vaši přihlášku, uchazeči budou kontaktováni."),
        ("Başvuru", "Sayın Aday, başvurunuz alınmıştır."),
    ],
)
def test_mail_addressing_the_reader_as_the_applicant_in_more_languages(
    subject: str, text: str
) -> None:
    words = feature_text(mail(subject, text)).split()
    assert "xsecondperson" in words and "xthirdparty" not in words


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        # Written to candidates: a salutation, and who will be contacted.
        ("Rekrutacja", "Skontaktujemy się tylko z wybranymi kandydatami."),
        ("Rekrytering", "Vi kommer att kontakta kandidaterna efter sista ansökningsdag."),
        ("Hallo", "Liebe Kandidatin, danke für das nette Telefonat."),
    ],
)
def test_candidate_notices_are_not_third_person(subject: str, text: str) -> None:
    assert "xthirdparty" not in feature_text(mail(subject, text)).split()


def test_a_cars_service_is_not_the_reader_applying() -> None:
    # "entretien" is also maintenance; "solicitud" any application (a loan, a permit).
    for subject, text in (
        ("Rappel", "Votre entretien annuel est prévu au garage le 12 mars."),
        ("Préstamo", "Tu solicitud de préstamo está en revisión."),
    ):
        assert "xsecondperson" not in feature_text(mail(subject, text)).split()
