"""The look-alike cues of mail that borrows hiring words (``intel.cues_aside_new``)."""

from __future__ import annotations

import ahocorasick
import pytest

from applytrack_desktop.intel import cues, cues_aside_new, cues_world
from applytrack_desktop.intel.features import cue_words, normalize

NEW_CUES = frozenset(cues_aside_new.NEW)


@pytest.fixture(scope="module")
def index() -> ahocorasick.Automaton:
    return cues.build_index(normalize)


def found(text: str, index: ahocorasick.Automaton) -> set[str]:
    return cues.find_cues(normalize(text), index)


def test_new_cues_are_merged_marker_safe_and_aside() -> None:
    names = "tender invest casting sport election contest literary community"
    assert set(names.split()) == NEW_CUES
    for name in NEW_CUES:
        assert name.isalpha() and name.islower() and cues.LEXICON[name] == cues_aside_new.NEW[name]
    # New names clash with no other module's cue, and every one is a look-alike cue.
    assert not NEW_CUES & set(cues_world.NEW)
    assert NEW_CUES <= cues.ASIDE
    for name, patterns in cues_aside_new.EXTRA.items():
        assert name in cues.ASIDE and cues.LEXICON[name][-len(patterns) :] == patterns


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # Procurement and agency pitches.
        ("We are pleased to inform you that your proposal has been shortlisted", "tender"),
        ("Request for Proposal: managed IT services, responses due 12 May", "tender"),
        ("We invite you to present your bid to the evaluation panel", "tender"),
        ("Ihr Angebot im Vergabeverfahren: Bieterfragen bis Freitag", "tender"),
        ("Réponse à l'appel d'offres : votre offre a été retenue", "tender"),
        ("Le informamos de la adjudicación de la licitación", "tender"),
        ("Bando di gara: l'aggiudicazione è prevista entro marzo", "tender"),
        ("Resultado da licitação: proposta adjudicada", "tender"),
        ("Voorlopige gunning van de aanbesteding", "tender"),
        ("Zapytanie ofertowe nr 4/2026: termin składania ofert", "tender"),
        ("Tilldelningsbeslut i upphandlingen av städtjänster", "tender"),
        # Fundraising.
        ("We are pleased to offer a term sheet for your seed round", "invest"),
        ("Next step: we'd like to kick off confirmatory due diligence", "invest"),
        ("Congratulations, you've been accepted into our accelerator program", "invest"),
        ("Wir würden gerne an eurer Finanzierungsrunde teilnehmen", "invest"),
        ("Nous participerons volontiers à votre levée de fonds", "invest"),
        ("Queremos liderar vuestra ronda de inversión", "invest"),
        # Castings and auditions.
        ("You're invited to a callback audition for the role of Nora", "casting"),
        ("Please send a self-tape of both scenes by Friday", "casting"),
        ("Congratulations, you have been cast as Puck", "casting"),
        ("Einladung zum Vorsprechen am Stadttheater", "casting"),
        ("Convocazione ai provini per il musical", "casting"),
        ("Uitnodiging voor de auditie van ons koor", "casting"),
        ("Vi söker statister till en långfilm", "casting"),
        # Sports.
        ("Open trials for the U16 squad are this Saturday, bring shin pads", "sport"),
        ("Congratulations, you've been selected for the squad for the cup match", "sport"),
        ("Einladung zum Probetraining bei der A-Jugend", "sport"),
        ("Inscrições abertas para a peneira do clube", "sport"),
        ("Your race entry for the Berlin Marathon is confirmed", "sport"),
        # Elections.
        ("Nomination papers for the local elections must be in by noon", "election"),
        ("Thank you for standing for election to the board", "election"),
        ("Einladung zur Aufstellungsversammlung für den Wahlkreis 12", "election"),
        ("Wyniki głosowania komisji wyborczej", "election"),
        ("Kallelse till årsmöte och valberedningens förslag", "election"),
        # Competitions and awards.
        ("Your team is a finalist: the jury will meet on demo day", "contest"),
        ("Shortlisted for the Innovation Awards: the awards ceremony is on 3 June", "contest"),
        ("Hackathon results: winners will be announced on Sunday", "contest"),
        ("Die Jury hat entschieden: Einladung zur Preisverleihung", "contest"),
        ("Uitnodiging voor de prijsuitreiking van de wedstrijd", "contest"),
        # Literary agents and community programmes.
        ("Thanks for your query letter; we'd love to see the full manuscript", "literary"),
        ("Ich habe Ihr Manuskript und die Leseprobe mit Interesse gelesen", "literary"),
        ("Your application to the Community Ambassador program was accepted", "community"),
        ("Welcome to the mod team of our Discord server", "community"),
        # Mortgage brokers.
        ("Your agreement in principle is ready; the lender will value the property", "finance"),
        ("Ihre Finanzierungszusage für die Baufinanzierung", "finance"),
    ],
)
def test_look_alike_phrasings_yield_their_cue_and_the_aside_marker(
    text: str, cue: str, index: ahocorasick.Automaton
) -> None:
    assert cue in found(text, index)
    words = cue_words(normalize(text), "")
    assert f"xcue{cue}" in words and f"xcue{cues.ASIDE_MARKER}" in words


@pytest.mark.parametrize(
    "text",
    [
        # A rejection and an interview invitation with a presentation and a case study.
        "Unfortunately you have not been shortlisted for the Procurement Manager role",
        "We'd like to invite you to the final round: a 20 minute presentation to the panel",
        "Please prepare a case study and present your solution to the hiring team",
        "Next steps: a call with the hiring manager, then a meeting with the partners",
        "Congratulations, you are one of our finalists for the Head of Sales position",
        "The selection committee has reviewed your application",
        # An offer, and a recruiter writing to a sales, bid or procurement manager.
        "We are pleased to offer you the position of Bid Manager, starting 1 March",
        "I'm recruiting a Tender Manager and a Head of Procurement for a client",
        "We're a Series A startup backed by top investors and are hiring a founding engineer",
        "Your experience with due diligence and investor relations stands out",
        # Jobs at a theatre, an orchestra's office and a sports club.
        "Interview invitation: Box Office Assistant at the Royal Theatre",
        "Thank you for applying for the Groundskeeper role at Riverside Athletic",
        "Your trial shift at the café is on Tuesday at 9am",
        # Words of other languages' hiring mail.
        "Nach Sichtung Ihrer Unterlagen laden wir Sie zum Vorstellungsgespräch ein",
        "Vielen Dank für Ihre Kandidatur als Projektleiter",
        "Le jury d'entretien vous recevra le 4 mars",
        "Concours externe : vous êtes admis à l'oral",
        "Le confermiamo la proposta di assunzione",
        "Gostaríamos de fazer uma proposta de emprego",
        "Dziękujemy za udział w konkursie na stanowisko specjalisty",
        "Wij bieden trainingen en een goed salaris",
        "Thanks for your query about the role, the deadline is Friday",
        "Clinical trials for the oncology portfolio; are you open to a chat?",
        "An award-winning company: please make your benefit elections by Friday",
    ],
)
def test_job_mail_yields_none_of_the_new_cues(text: str, index: ahocorasick.Automaton) -> None:
    assert not found(text, index) & NEW_CUES
    assert not found(text, index) & set(cues_aside_new.EXTRA)
