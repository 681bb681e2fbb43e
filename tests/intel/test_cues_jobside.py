"""What a candidate receives around the stages, in more languages (``intel.cues_jobside``)."""

from __future__ import annotations

import ahocorasick
import pytest

from applytrack_desktop.intel import cues, cues_jobside
from applytrack_desktop.intel.features import normalize

from .cue_index import index_of, markers

JOBSIDE_CUES = {"onboard", "portal", "meeting", "checks"}


@pytest.fixture(scope="module")
def own_index() -> ahocorasick.Automaton:
    """An automaton of this module's phrases alone."""
    return index_of(cues_jobside.EXTRA)


# (language, cue, a sentence of real candidate mail in that language that words the cue).
SENTENCES = [
    # English
    ("en", "meeting", "Here are the interview details for Thursday."),
    ("en", "meeting", "Your interview will take place on the third floor."),
    ("en", "meeting", "We need to postpone your interview by a day."),
    ("en", "portal", "Log in to the candidate dashboard to see your next steps."),
    ("en", "onboard", "Please confirm your date of joining."),
    ("en", "checks", "Please send the details of two referees."),
    ("en", "checks", "The offer is subject to pre-employment screening."),
    # German
    ("de", "meeting", "Hier ist der Link zu Ihrem Vorstellungsgespräch."),
    ("de", "meeting", "Können wir das Vorstellungsgespräch verschieben?"),
    ("de", "portal", "Den Status sehen Sie jederzeit in Ihrem Bewerberkonto."),
    ("de", "onboard", "Bitte füllen Sie den Personalfragebogen vor Ihrem Arbeitsbeginn aus."),
    ("de", "checks", "Dürfen wir Referenzen einholen?"),
    # French
    ("fr", "meeting", "Voici le lien Teams pour votre entretien de mardi."),
    ("fr", "meeting", "L'entretien en visioconférence durera une heure."),
    ("fr", "portal", "Connectez-vous à votre espace candidat pour suivre le processus."),
    ("fr", "onboard", "Nous préparons votre arrivée dans l'équipe."),
    ("fr", "checks", "Merci de nous transmettre les coordonnées de vos référents."),
    # Spanish
    ("es", "meeting", "Te enviamos el enlace de la entrevista por correo."),
    ("es", "meeting", "¿Podemos reprogramar la entrevista al jueves?"),
    ("es", "portal", "Accede al portal del candidato para completar tus datos."),
    ("es", "onboard", "Te esperamos en tu primer día a las nueve."),
    ("es", "checks", "Realizaremos una comprobación de referencias."),
    # Italian
    ("it", "meeting", "Il colloquio di selezione si terrà in videochiamata."),
    ("it", "portal", "Puoi aggiornare i tuoi dati nell'area candidati."),
    ("it", "onboard", "Ti inviamo i documenti per l'assunzione."),
    ("it", "checks", "Procederemo con la verifica delle referenze."),
    # Portuguese (PT and BR)
    ("pt", "meeting", "Segue o link da entrevista de amanhã."),
    ("pt", "meeting", "Precisamos remarcar a sua entrevista."),
    ("pt", "portal", "Acesse o portal do candidato para acompanhar o processo."),
    ("pt", "onboard", "Envie os documentos admissionais até sexta-feira."),
    ("pt", "checks", "Faremos a checagem de referências esta semana."),
    # Dutch
    ("nl", "meeting", "Hierbij de link voor het sollicitatiegesprek van morgen."),
    ("nl", "portal", "Je kunt je gegevens aanpassen in het kandidatenportaal."),
    ("nl", "onboard", "We kijken uit naar je eerste werkdag!"),
    ("nl", "checks", "Mogen we je referenties opvragen?"),
    # Polish
    ("pl", "meeting", "Przesyłam link do rozmowy rekrutacyjnej na czwartek."),
    ("pl", "portal", "Status zgłoszenia sprawdzisz w panelu kandydata."),
    ("pl", "onboard", "Prosimy o wypełnienie kwestionariusza osobowego."),
    ("pl", "checks", "Prosimy o kontakt do osób polecających."),
    # Swedish
    ("sv", "meeting", "Här är länken till intervjun på fredag."),
    ("sv", "portal", "Logga in på ditt kandidatkonto för att se status."),
    ("sv", "onboard", "Vi ser fram emot din första arbetsdag!"),
    ("sv", "checks", "Vänligen skicka kontaktuppgifter till två referenspersoner."),
    # Danish
    ("da", "meeting", "Her er linket til jobsamtalen i morgen."),
    ("da", "portal", "Du kan følge din ansøgning i kandidatportalen."),
    ("da", "onboard", "Vi glæder os til din første arbejdsdag."),
    ("da", "checks", "Vi vil gerne kontakte dine referencer."),
    # Norwegian
    ("no", "meeting", "Her er lenken til intervjuet på torsdag."),
    ("no", "portal", "Oppdater jobbsøkerprofilen din før fristen."),
    ("no", "onboard", "Vi gleder oss til din første arbeidsdag."),
    ("no", "checks", "Vi ber om kontaktinformasjon til to referansepersoner."),
    # Finnish
    ("fi", "meeting", "Tässä haastattelulinkki torstain tapaamiseen."),
    ("fi", "portal", "Kirjaudu hakijaportaaliin nähdäksesi tilanteen."),
    ("fi", "onboard", "Ensimmäisenä työpäivänä sinut ottaa vastaan esihenkilösi."),
    ("fi", "checks", "Teemme taustatarkistuksen ennen työsuhteen alkua."),
    # Czech
    ("cs", "meeting", "Zasíláme odkaz na pohovor v pondělí."),
    ("cs", "portal", "Stav přihlášky najdete v profilu uchazeče."),
    ("cs", "onboard", "Před nástupem prosím absolvujte vstupní lékařskou prohlídku."),
    ("cs", "checks", "Můžeme provést ověření referencí?"),
    # Turkish
    ("tr", "meeting", "Mülakat linki ekte yer almaktadır."),
    ("tr", "portal", "Aday portalı üzerinden başvurunuzu takip edebilirsiniz."),
    ("tr", "onboard", "İşe giriş evrakları listesini ekte bulabilirsiniz."),
    ("tr", "checks", "Referans bilgilerinizi paylaşmanızı rica ederiz."),
]


def test_extra_extends_existing_cues_only() -> None:
    assert set(cues_jobside.EXTRA) == JOBSIDE_CUES
    for name, patterns in cues_jobside.EXTRA.items():
        merged = cues.LEXICON[name]
        assert all(pattern in merged for pattern in patterns)


def test_phrases_are_folded_and_new() -> None:
    """Folded to ASCII once (a fast build), and none repeats a phrase of the lexicon or of
    this module (the index builds as before, one phrase one key)."""
    own = {name: set(patterns) for name, patterns in cues_jobside.EXTRA.items()}
    before = {
        " ".join(normalize(phrase).split())
        for name, patterns in cues.LEXICON.items()
        for pattern in patterns
        if pattern not in own.get(name, set())
        for phrase in cues.expand(pattern)
    }
    seen: set[str] = set()
    for patterns in cues_jobside.EXTRA.values():
        for pattern in patterns:
            assert pattern.isascii() and pattern == pattern.lower(), pattern
            for phrase in cues.expand(pattern):
                key = normalize(phrase)
                assert key and key not in before and key not in seen, phrase
                seen.add(key)


@pytest.mark.parametrize(("lang", "cue", "text"), SENTENCES)
def test_sentence_yields_the_cue(
    lang: str, cue: str, text: str, own_index: ahocorasick.Automaton
) -> None:
    assert cue in cues.find_cues(normalize(text), own_index), (lang, text)
    assert f"xcue{cue}" in markers(text), (lang, text)


def test_every_language_has_a_sentence_for_every_cue() -> None:
    langs = {lang for lang, _cue, _text in SENTENCES}
    covered = {(lang, cue) for lang, cue, _text in SENTENCES}
    assert len(langs) == 14
    assert {(lang, cue) for lang in langs for cue in JOBSIDE_CUES} <= covered


# Everyday mail that shares the words: a bank's account, a doctor's video consultation, a
# garage's service ("entretien"), a school's first day and parents' evening, a podcast's
# interview, a debt collector's client, a shop's welcome, a passport office.
LOOK_ALIKES = [
    "Log in to your account to see your statement.",
    "Your video consultation link for Dr. Patel is below.",
    "We need to reschedule your appointment with the hygienist.",
    "Thanks for joining the podcast, the phone interview will air next week.",
    "Track your passport application online.",
    "Ihr Gesprächstermin bei Ihrer Bankberaterin ist bestätigt.",
    "Ihr Kundenkonto wurde erfolgreich eingerichtet.",
    "Votre entretien annuel de chaudière est confirmé pour mardi.",
    "Connectez-vous à votre espace client pour consulter votre facture.",
    "Nous avons été mandatés pour le compte de notre client pour recouvrer votre dette.",
    "El enlace de la videoconsulta con su médico está disponible.",
    "Accede a tu área de cliente para ver tus pedidos.",
    "I colloqui con i genitori si terranno online giovedì.",
    "Il primo giorno di scuola inizia alle otto.",
    "Acesse a área do cliente para ver a sua fatura.",
    "Namens onze opdrachtgever verzoeken wij u het openstaande bedrag te betalen.",
    "Uw afspraak met de huisarts is verzet naar dinsdag.",
    "Twoja aplikacja mobilna wymaga aktualizacji. Dokończ instalację.",
    "Rozmowa telefoniczna z doradcą banku odbędzie się jutro.",
    "Välkommen som kund! Logga in på Mina sidor.",
    "Din tid hos tandlægen er flyttet til torsdag.",
    "Velkommen som kunde hos oss, logg inn på Min side.",
    "Videovastaanoton linkki lääkärille on alla.",
    "Vaše objednávka byla odeslána, sledujte ji ve svém účtu.",
    "Aramıza hoş geldiniz! Hesabınız oluşturuldu.",
    "Toplantı linki: teams üzerinden görüşme yarın.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_mail_gets_no_jobside_cue_from_here(
    text: str, own_index: ahocorasick.Automaton
) -> None:
    found = cues.find_cues(normalize(text), own_index)
    assert not found & JOBSIDE_CUES, (text, found)
