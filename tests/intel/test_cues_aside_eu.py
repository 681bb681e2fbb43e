"""The look-alike cue phrases in the European languages (``intel.cues_aside_eu``)."""

from __future__ import annotations

import ahocorasick
import pytest

from applytrack_desktop.intel import cues, cues_aside_eu
from applytrack_desktop.intel.features import normalize

from .cue_index import index_of, markers


@pytest.fixture(scope="module")
def own_index() -> ahocorasick.Automaton:
    """An automaton of this module's phrases alone."""
    return index_of(cues_aside_eu.EXTRA)


# (language, cue, a sentence of everyday mail in that language that words the cue).
SENTENCES = [
    # German
    ("de", "volunteer", "Ihre Bewerbung um eine Parzelle in unserem Kleingartenverein"),
    ("de", "housing", "Anbei erhalten Sie die Nebenkostenabrechnung für 2025."),
    ("de", "school", "Ihr Zulassungsbescheid für den Studienplatz steht im Portal bereit."),
    ("de", "services", "Gerne senden wir Ihnen ein Handwerkerangebot für das Bad."),
    ("de", "government", "Ihr Steuerbescheid liegt im ELSTER-Postfach."),
    # French
    ("fr", "services", "Suite à votre demande de devis pour la rénovation de la cuisine"),
    ("fr", "housing", "Veuillez trouver votre quittance de loyer du mois de mars."),
    ("fr", "school", "Votre candidature en master a été acceptée sur Mon Master."),
    ("fr", "insurance", "Votre déclaration de sinistre a bien été enregistrée."),
    ("fr", "government", "Votre avis d'imposition est disponible dans votre espace."),
    # Spanish
    ("es", "housing", "Te adjuntamos el contrato de alquiler para la firma."),
    ("es", "school", "Ya está publicada la lista de admitidos del grado."),
    ("es", "services", "Le enviamos el presupuesto sin compromiso que nos solicitó."),
    ("es", "government", "Ya puede consultar el borrador de la renta en la sede electrónica."),
    # Italian
    ("it", "school", "Il test di ammissione si terrà il 3 settembre."),
    ("it", "housing", "In allegato il riepilogo delle spese condominiali."),
    ("it", "services", "Ecco il preventivo per la sostituzione della caldaia."),
    ("it", "health", "Il referto delle analisi del sangue è disponibile."),
    # Portuguese (PT and BR)
    ("pt", "housing", "A sua candidatura ao Programa de Arrendamento Acessível foi submetida."),
    ("pt", "school", "Consulte a lista de colocados no concurso nacional de acesso."),
    ("pt", "services", "Segue o seu orçamento para a revisão do carro."),
    ("pt", "government", "Sua declaração de IR foi recebida pela Receita."),
    # Dutch
    ("nl", "housing", "Uw inschrijfduur bij WoningNet is bijgewerkt."),
    ("nl", "school", "Doe de studiekeuzecheck via Studielink voor 1 mei."),
    ("nl", "services", "Hierbij uw offerte voor het schilderwerk."),
    ("nl", "government", "Uw zorgtoeslag is aangepast; log in met DigiD."),
    # Polish
    ("pl", "school", "Rekrutacja na studia: sprawdź listę rankingową w systemie."),
    ("pl", "housing", "Przypominamy o terminie płatności czynszu."),
    ("pl", "insurance", "Numer polisy znajdziesz w załączniku."),
    ("pl", "volunteer", "Przypominamy o opłaceniu składki członkowskiej za działkę."),
    # Swedish
    ("sv", "housing", "Välkommen till medlemsprövning i bostadsrättsföreningen."),
    ("sv", "government", "Ärende mottaget: vi har tagit emot din ansökan om bostadsbidrag."),
    ("sv", "housing", "Din hyresavi för maj finns nu tillgänglig."),
    ("sv", "school", "Ditt antagningsbesked finns på Antagning.se."),
    ("sv", "services", "Tack för din offertförfrågan om takbyte."),
    # Danish
    ("da", "housing", "Du er nu godkendt som køber af andelsboligen i andelsboligforeningen."),
    ("da", "school", "Du har fået tilbudt en studieplads på uddannelsen."),
    ("da", "government", "Din årsopgørelse er klar hos Skattestyrelsen."),
    ("da", "volunteer", "Husk at betale kontingent inden generalforsamlingen."),
    # Norwegian
    ("no", "housing", "Borettslaget har godkjent deg som ny andelseier."),
    ("no", "school", "Du har fått tilbud om studieplass gjennom Samordna opptak."),
    ("no", "government", "Skattemeldingen din er klar hos Skatteetaten."),
    ("no", "health", "Fastlegen din har svart på meldingen."),
    # Finnish
    ("fi", "school", "Onneksi olkoon, sinulle on myönnetty opiskelupaikka."),
    ("fi", "housing", "Asuntohakemuksesi on vastaanotettu."),
    ("fi", "school", "Valintakokeeseen osallistuminen edellyttää ilmoittautumista."),
    ("fi", "government", "Verotuspäätös on nähtävissä OmaVerossa."),
    # Czech
    ("cs", "school", "Výsledky přijímacího řízení najdete v aplikaci."),
    ("cs", "housing", "Nájemní smlouva je připravena k podpisu."),
    ("cs", "insurance", "Vaše pojistná událost byla zaregistrována."),
    ("cs", "services", "Posíláme cenovou nabídku na opravu střechy."),
    # Turkish
    ("tr", "school", "YKS yerleştirme sonuçları açıklandı."),
    ("tr", "housing", "Kira sözleşmesi ekte yer almaktadır."),
    ("tr", "insurance", "Hasar dosyası numaranız oluşturulmuştur."),
    ("tr", "services", "Talep ettiğiniz fiyat teklifi ektedir."),
    # Romanian
    ("ro", "school", "Rezultatele examenului de admitere au fost publicate."),
    ("ro", "housing", "Contractul de închiriere este atașat."),
    ("ro", "insurance", "Dosarul de daună a fost deschis pentru polița dumneavoastră."),
    ("ro", "services", "Vă trimitem oferta de preț pentru renovare."),
]

# (language, a sentence of real job mail in that language): a rejection, an interview
# invitation, an offer with benefits or relocation, a university's offer to a lecturer.
# (A benefit named "seguro", "assicurazione", "tarjeta" or "tickets" still finds the older
# insurance, finance and events cues; these sentences test this module, so they avoid those words.)
JOB_SENTENCES = [
    ("de", "Leider haben wir uns für einen anderen Bewerber entschieden."),
    ("de", "Wir laden Sie gerne zu einem Vorstellungsgespräch am Dienstag ein."),
    ("de", "Anbei Ihr Arbeitsvertrag mit Gehalt, Probezeit und betrieblicher Altersvorsorge."),
    ("de", "Die Universität freut sich, Ihnen die Stelle als Lehrbeauftragter anzubieten."),
    ("fr", "Nous ne donnerons pas suite à votre candidature."),
    ("fr", "Nous vous invitons à un entretien avec le directeur technique."),
    ("fr", "Le poste inclut une mutuelle, des titres-restaurant et une aide au déménagement."),
    ("fr", "L'université a le plaisir de vous proposer un poste de maître de conférences."),
    ("es", "Lamentablemente no has sido seleccionado para el puesto."),
    ("es", "Nos gustaría invitarte a una entrevista el jueves."),
    ("es", "La oferta incluye salario fijo, cheques comida y ayuda para la reubicación."),
    ("es", "La universidad le ofrece una plaza de profesor asociado en el departamento."),
    ("it", "Purtroppo abbiamo scelto un altro candidato."),
    ("it", "Vorremmo invitarla a un colloquio presso la nostra sede."),
    ("it", "L'offerta comprende buoni pasto, welfare aziendale e contributo al trasloco."),
    ("it", "L'università le propone un contratto di docenza per il prossimo semestre."),
    ("pt", "Infelizmente optamos por outro candidato."),
    ("pt", "Gostaríamos de convidá-lo para uma entrevista."),
    ("pt", "A proposta inclui plano de saúde, vale refeição e apoio à mudança."),
    ("pt", "A universidade tem o prazer de lhe oferecer o cargo de professor auxiliar."),
    ("nl", "Helaas hebben we gekozen voor een andere kandidaat."),
    ("nl", "Graag nodigen we je uit voor een sollicitatiegesprek."),
    ("nl", "Het aanbod omvat een pensioenregeling, een leaseauto en een verhuisvergoeding."),
    ("nl", "De universiteit biedt u een aanstelling als universitair docent aan."),
    ("pl", "Niestety zdecydowaliśmy się na innego kandydata."),
    ("pl", "Zapraszamy na rozmowę kwalifikacyjną w przyszłym tygodniu."),
    ("pl", "Oferujemy prywatną opiekę medyczną, kartę sportową i pakiet relokacyjny."),
    ("pl", "Uniwersytet oferuje Panu stanowisko adiunkta na wydziale."),
    ("sv", "Tyvärr har vi valt att gå vidare med andra kandidater."),
    ("sv", "Vi vill gärna bjuda in dig till en intervju."),
    ("sv", "Erbjudandet omfattar tjänstepension, friskvårdsbidrag och flytthjälp."),
    ("sv", "Universitetet erbjuder dig en anställning som universitetslektor."),
    ("da", "Vi har desværre valgt en anden kandidat."),
    ("da", "Vi vil gerne invitere dig til en jobsamtale."),
    ("da", "Vi tilbyder pension, sundhedsordning og hjælp til flytning."),
    ("da", "Universitetet tilbyder dig en stilling som adjunkt."),
    ("no", "Vi har dessverre valgt en annen kandidat."),
    ("no", "Vi ønsker å invitere deg til et intervju."),
    ("no", "Tilbudet inkluderer pensjon, helseforsikring gjennom jobben og flyttehjelp."),
    ("no", "Universitetet tilbyr deg en stilling som førsteamanuensis."),
    ("fi", "Valitettavasti valitsimme toisen hakijan."),
    ("fi", "Haluaisimme kutsua sinut haastatteluun."),
    ("fi", "Tarjoamme kilpailukykyisen palkan, työterveyshuollon ja muuttoavustuksen."),
    ("fi", "Yliopisto tarjoaa sinulle yliopistonlehtorin tehtävää."),
    ("cs", "Bohužel jsme se rozhodli pro jiného kandidáta."),
    ("cs", "Rádi bychom vás pozvali na pracovní pohovor."),
    ("cs", "Nabízíme stravenky, penzijní připojištění a příspěvek na stěhování."),
    ("cs", "Univerzita vám nabízí místo odborného asistenta."),
    ("tr", "Maalesef başka bir adayla devam etmeye karar verdik."),
    ("tr", "Sizi mülakata davet etmek istiyoruz."),
    ("tr", "Teklifimiz özel sağlık sigortası, yemek kartı ve taşınma desteği içerir."),
    ("tr", "Üniversitemiz size öğretim görevlisi pozisyonu teklif etmektedir."),
    ("ro", "Din păcate am ales un alt candidat."),
    ("ro", "Dorim să vă invităm la un interviu."),
    ("ro", "Oferta include asigurare medicală privată, tichete de masă și relocare."),
    ("ro", "Universitatea vă oferă postul de lector universitar."),
]

LOOKALIKE_MARKERS = {f"xcue{name}" for name in cues.ASIDE} | {f"xcue{cues.ASIDE_MARKER}"}


@pytest.mark.parametrize(("lang", "cue", "sentence"), SENTENCES)
def test_everyday_mail_carries_its_lookalike_cue(
    own_index: ahocorasick.Automaton, lang: str, cue: str, sentence: str
) -> None:
    # This module's phrases alone find the cue, and the features carry it with the shared
    # "about something else" marker.
    assert cue in cues.find_cues(normalize(sentence), own_index), (lang, sentence)
    found = markers(sentence)
    assert f"xcue{cue}" in found, (lang, sentence)
    assert f"xcue{cues.ASIDE_MARKER}" in found, (lang, sentence)


@pytest.mark.parametrize(("lang", "sentence"), JOB_SENTENCES)
def test_job_mail_carries_no_lookalike_cue(
    own_index: ahocorasick.Automaton, lang: str, sentence: str
) -> None:
    assert cues.find_cues(normalize(sentence), own_index) == set(), (lang, sentence)
    assert LOOKALIKE_MARKERS.isdisjoint(markers(sentence)), (lang, sentence)


def test_every_language_has_both_kinds_of_sentence() -> None:
    languages = {"de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "no", "fi", "cs", "tr", "ro"}
    assert {lang for lang, _cue, _sentence in SENTENCES} == languages
    assert {lang for lang, _sentence in JOB_SENTENCES} == languages


def test_extra_only_extends_existing_lookalike_cues() -> None:
    # The module adds phrases, never a cue of its own, and only to look-alike cues.
    assert set(cues_aside_eu.EXTRA) <= cues.ASIDE
    for name, patterns in cues_aside_eu.EXTRA.items():
        assert set(patterns) <= set(cues.LEXICON[name]), name
