"""The hiring-stage cue phrases in more European languages (``intel.cues_langs``)."""

from __future__ import annotations

import ahocorasick
import pytest

from applytrack_desktop.intel import cues, cues_langs
from applytrack_desktop.intel.features import normalize

from .cue_index import index_of, markers

JOB_STAGE_CUES = {
    "reject", "regret", "future", "applied", "review", "interview", "schedule", "assess",
    "technical", "advance", "offer", "comp", "checks", "status",
}  # fmt: skip


@pytest.fixture(scope="module")
def own_index() -> ahocorasick.Automaton:
    """An automaton of this module's phrases alone."""
    return index_of(cues_langs.EXTRA)


# (language, cue, a sentence of real hiring mail in that language that words the cue).
SENTENCES = [
    # German
    ("de", "reject", "leider haben wir uns für eine*n andere*n Bewerber*in entschieden"),
    ("de", "reject", "Die Stelle wurde inzwischen besetzt."),
    ("de", "reject", "dass wir Ihre Bewerbung leider nicht weiter berücksichtigt haben"),
    ("de", "regret", "Nach sorgfältiger Prüfung Ihrer Unterlagen"),
    ("de", "future", "Gerne nehmen wir Sie in unseren Talentpool auf."),
    ("de", "applied", "Herzlichen Dank für Ihre Bewerbung als Projektleiter!"),
    ("de", "review", "Wir werden uns zeitnah bei Ihnen melden."),
    ("de", "interview", "Wir würden Sie gerne persönlich kennenlernen."),
    ("de", "schedule", "Wann passt es Ihnen am besten?"),
    ("de", "assess", "Als nächsten Schritt senden wir Ihnen einen Onlinetest."),
    ("de", "technical", "Im Fachgespräch mit dem Teamleiter geht es um Ihre Projekte."),
    ("de", "advance", "Sie sind in der nächsten Runde!"),
    ("de", "offer", "Anbei erhalten Sie Ihre Vertragsunterlagen zur Unterschrift."),
    ("de", "comp", "Bitte nennen Sie uns Ihre Gehaltsvorstellung."),
    ("de", "checks", "Bitte reichen Sie ein erweitertes Führungszeugnis ein."),
    ("de", "status", "Hier ein Zwischenbescheid zu Ihrer Bewerbung."),
    # French
    ("fr", "reject", "nous ne donnerons pas suite à votre candidature"),
    ("fr", "reject", "notre choix s'est porté sur un autre profil"),
    ("fr", "regret", "Après mûre réflexion, nous avons retenu un autre profil."),
    ("fr", "future", "Nous vous souhaitons une bonne continuation."),
    ("fr", "applied", "Votre candidature a bien été enregistrée."),
    ("fr", "review", "Votre dossier est en cours d'étude par nos équipes."),
    ("fr", "interview", "Nous serions ravis de faire votre connaissance lors d'un entretien."),
    ("fr", "assess", "Vous recevrez un lien vers un test de personnalité."),
    ("fr", "technical", "La prochaine étape est un échange technique avec l'équipe."),
    ("fr", "advance", "Nous vous proposons un second entretien avec le directeur."),
    ("fr", "offer", "Nous sommes ravis de vous proposer le poste de chef de projet."),
    ("fr", "comp", "Quelles sont vos prétentions salariales ?"),
    ("fr", "checks", "Merci de nous fournir un extrait de casier judiciaire."),
    ("fr", "status", "Voici le suivi de votre candidature."),
    # Spanish
    ("es", "reject", "Lamentablemente no has sido seleccionado para el puesto."),
    ("es", "reject", "La vacante ya fue cubierta."),
    ("es", "regret", "Tras un cuidadoso análisis de tu perfil"),
    ("es", "future", "Te deseamos suerte en tu búsqueda de empleo."),
    ("es", "applied", "Tu candidatura ha sido recibida correctamente."),
    ("es", "review", "Si tu perfil encaja con lo que buscamos, te contactaremos."),
    ("es", "interview", "Nos gustaría conocerte en persona."),
    ("es", "schedule", "¿Podemos agendar una llamada esta semana?"),
    ("es", "assess", "El siguiente paso es una prueba psicotécnica online."),
    ("es", "technical", "Las entrevistas técnicas serán con el equipo de desarrollo."),
    ("es", "advance", "¡Has pasado a la siguiente fase del proceso!"),
    ("es", "offer", "Nos complace ofrecerte el puesto de analista de datos."),
    ("es", "comp", "¿Cuáles son tus expectativas salariales?"),
    ("es", "checks", "Necesitamos tu certificado de antecedentes penales."),
    ("es", "status", "Te escribimos con una actualización sobre tu candidatura."),
    # Italian
    ("it", "reject", "abbiamo deciso di procedere con altri candidati"),
    ("it", "reject", "Il suo profilo non è in linea con la posizione."),
    ("it", "regret", "Dopo un'attenta valutazione del suo profilo"),
    ("it", "future", "La terremo in considerazione per future selezioni."),
    ("it", "applied", "La tua candidatura è stata correttamente inviata."),
    ("it", "review", "La sua candidatura sarà valutata dal nostro team HR."),
    ("it", "interview", "Saremmo lieti di incontrarLa per un colloquio."),
    ("it", "assess", "Le invieremo un test attitudinale online."),
    ("it", "technical", "Seguiranno due colloqui tecnici con il team."),
    ("it", "advance", "Lei è passato alla fase successiva della selezione."),
    ("it", "offer", "Siamo felici di offrirle la posizione di sviluppatore."),
    ("it", "comp", "Quali sono le sue aspettative economiche?"),
    ("it", "checks", "Le chiediamo il certificato penale aggiornato."),
    ("it", "status", "Un aggiornamento sulla sua candidatura."),
    # Portuguese (PT and BR)
    ("pt", "reject", "Optamos por seguir com outros candidatos neste momento."),
    ("pt", "reject", "Infelizmente, você não foi aprovado para a próxima etapa."),
    ("pt", "reject", "Não vamos dar continuidade à sua candidatura."),
    ("pt", "regret", "Após uma análise cuidadosa do seu perfil"),
    ("pt", "future", "Seu currículo ficará em nosso banco de talentos."),
    ("pt", "applied", "Candidatura realizada com sucesso!"),
    ("pt", "review", "Caso seu perfil atenda aos requisitos, entraremos em contato."),
    ("pt", "interview", "Gostaríamos de conhecê-lo melhor."),
    ("pt", "schedule", "Vamos agendar uma entrevista?"),
    ("pt", "assess", "A próxima fase é um teste de personalidade online."),
    ("pt", "technical", "Você avançou para a etapa técnica."),
    ("pt", "advance", "Parabéns, você avançou para a próxima fase!"),
    ("pt", "offer", "Segue a nossa proposta de trabalho para a posição."),
    ("pt", "comp", "Qual a sua pretensão salarial?"),
    ("pt", "checks", "Envie o seu registo criminal atualizado."),
    ("pt", "status", "Confira o status da sua candidatura."),
    # Dutch
    ("nl", "reject", "We nodigen je helaas niet uit voor een gesprek."),
    ("nl", "reject", "We hebben gekozen voor een andere sollicitant."),
    ("nl", "regret", "Na zorgvuldige afweging hebben we een besluit genomen."),
    ("nl", "future", "Veel succes met je zoektocht naar een nieuwe baan."),
    ("nl", "applied", "Je sollicitatie is goed ontvangen."),
    ("nl", "review", "We bekijken je sollicitatie zo snel mogelijk."),
    ("nl", "schedule", "Kunnen we een datum prikken voor volgende week?"),
    ("nl", "assess", "We vragen je een capaciteitentest te maken."),
    ("nl", "technical", "De technische ronde duurt een uur."),
    ("nl", "advance", "Je bent door naar de volgende ronde!"),
    ("nl", "offer", "Hierbij ontvang je ons arbeidsvoorwaardenvoorstel."),
    ("nl", "comp", "Wat is je salarisindicatie?"),
    ("nl", "checks", "Wil je een verklaring omtrent het gedrag aanvragen?"),
    ("nl", "status", "Een update over je sollicitatie bij ons."),
    # Polish
    ("pl", "reject", "Niestety zdecydowaliśmy się kontynuować proces z innymi kandydatami."),
    ("pl", "reject", "Pani kandydatura nie została zakwalifikowana do kolejnego etapu."),
    ("pl", "reject", "Stanowisko zostało już obsadzone."),
    ("pl", "regret", "Z przykrością informujemy o naszej decyzji."),
    ("pl", "future", "Życzymy powodzenia w dalszych poszukiwaniach."),
    ("pl", "applied", "Dziękujemy za przesłanie aplikacji na stanowisko Analityka."),
    ("pl", "review", "Skontaktujemy się tylko z wybranymi kandydatami."),
    ("pl", "interview", "Zapraszamy na rozmowę kwalifikacyjną w przyszły wtorek."),
    ("pl", "schedule", "Prosimy o wskazanie dogodnego terminu."),
    ("pl", "assess", "Kolejnym krokiem będzie zadanie techniczne do wykonania w domu."),
    ("pl", "technical", "Zapraszamy na rozmowę techniczną z zespołem."),
    ("pl", "advance", "Przechodzi Pan do kolejnego etapu rekrutacji."),
    ("pl", "offer", "Z przyjemnością przedstawiamy propozycję zatrudnienia."),
    ("pl", "comp", "Jakie są Pana oczekiwania finansowe?"),
    ("pl", "checks", "Prosimy o zaświadczenie o niekaralności."),
    ("pl", "status", "Pracodawca wyświetlił Twoją aplikację."),
    # Swedish
    ("sv", "reject", "Vi har valt att gå vidare med andra kandidater."),
    ("sv", "reject", "Du är tyvärr inte längre aktuell för tjänsten."),
    ("sv", "regret", "Tyvärr har vi beslutat oss för en annan lösning."),
    ("sv", "future", "Lycka till i ditt fortsatta jobbsökande!"),
    ("sv", "applied", "Tack för din ansökan till tjänsten som utvecklare."),
    ("sv", "review", "Urval sker löpande, så vänta inte med din ansökan."),
    ("sv", "interview", "Vi vill gärna träffa dig för en intervju."),
    ("sv", "schedule", "När passar det för dig nästa vecka?"),
    ("sv", "assess", "Nästa steg är ett arbetsprov som du gör hemma."),
    ("sv", "technical", "Den tekniska intervjun hålls på plats."),
    ("sv", "advance", "Du går vidare i processen!"),
    ("sv", "offer", "Vi vill erbjuda dig tjänsten som projektledare."),
    ("sv", "comp", "Vad har du för löneanspråk?"),
    ("sv", "checks", "Vi kommer att göra en referenstagning."),
    ("sv", "status", "Här kommer en lägesrapport om rekryteringen."),
    # Danish
    ("da", "reject", "Det er desværre ikke blevet dig denne gang."),
    ("da", "reject", "Stillingen er nu blevet besat."),
    ("da", "regret", "Vi må desværre meddele dig, at vi har valgt anderledes."),
    ("da", "future", "Held og lykke med din videre jobsøgning."),
    ("da", "applied", "Tak for din ansøgning til stillingen som konsulent."),
    ("da", "review", "Ansøgningerne behandles løbende."),
    ("da", "interview", "Vi vil gerne invitere dig til en jobsamtale."),
    ("da", "schedule", "Hvornår passer det dig bedst?"),
    ("da", "assess", "Vi beder dig udfylde en personlighedstest."),
    ("da", "technical", "Anden del er en teknisk samtale med teamet."),
    ("da", "advance", "Du er gået videre til næste runde."),
    ("da", "offer", "Vi vil gerne tilbyde dig stillingen som udvikler."),
    ("da", "comp", "Hvad er din lønforventning?"),
    ("da", "checks", "Vi indhenter referencer inden ansættelsen."),
    ("da", "status", "Her er en status på rekrutteringen."),
    # Norwegian
    ("no", "reject", "Det ble dessverre ikke deg denne gangen."),
    ("no", "reject", "Stillingen er nå besatt."),
    ("no", "regret", "Vi må dessverre meddele at du ikke er valgt."),
    ("no", "future", "Lykke til videre med jobbsøkingen!"),
    ("no", "applied", "Takk for din søknad på stillingen som rådgiver."),
    ("no", "review", "Søknadene vurderes fortløpende."),
    ("no", "interview", "Vi ønsker å innkalle deg til intervju."),
    ("no", "schedule", "Gi beskjed om et tidspunkt som passer."),
    ("no", "assess", "Vi ber deg gjennomføre en personlighetstest."),
    ("no", "technical", "Det blir et faglig intervju med teamleder."),
    ("no", "advance", "Du er videre til neste runde."),
    ("no", "offer", "Vi har gleden av å tilby deg stillingen."),
    ("no", "comp", "Hva er dine lønnsforventninger?"),
    ("no", "checks", "Du må levere politiattest før oppstart."),
    ("no", "status", "Her er en status i rekrutteringen."),
    # Finnish
    ("fi", "reject", "Valinta ei tällä kertaa kohdistunut sinuun."),
    ("fi", "reject", "Jatkamme prosessia muiden hakijoiden kanssa."),
    ("fi", "regret", "Valitettavasti emme voi jatkaa kanssasi."),
    ("fi", "future", "Onnea työnhakuun!"),
    ("fi", "applied", "Kiitos hakemuksestasi!"),
    ("fi", "review", "Käymme hakemukset läpi kuun loppuun mennessä."),
    ("fi", "interview", "Haluamme kutsua sinut haastatteluun."),
    ("fi", "schedule", "Sopiiko sinulle tiistai kello kymmenen?"),
    ("fi", "assess", "Seuraavaksi pyydämme sinua tekemään ennakkotehtävän."),
    ("fi", "technical", "Kutsumme sinut tekniseen haastatteluun."),
    ("fi", "advance", "Olet päässyt jatkoon!"),
    ("fi", "offer", "Olet tullut valituksi tehtävään."),
    ("fi", "comp", "Mikä on palkkatoiveesi?"),
    ("fi", "checks", "Pyydämme suosittelijoiden yhteystiedot."),
    ("fi", "status", "Rekrytointi on vielä kesken."),
    # Czech
    ("cs", "reject", "Rozhodli jsme se pro jiného kandidáta."),
    ("cs", "reject", "Pozice již byla obsazena."),
    ("cs", "regret", "Bohužel Vám musíme sdělit, že jsme vybrali jinak."),
    ("cs", "future", "Přejeme hodně úspěchů v dalším hledání."),
    ("cs", "applied", "Děkujeme za Vaši přihlášku na pozici účetní."),
    ("cs", "review", "Ozveme se Vám do dvou týdnů."),
    ("cs", "interview", "Rádi bychom Vás pozvali na osobní pohovor."),
    ("cs", "schedule", "Navrhněte prosím vhodný termín."),
    ("cs", "assess", "Zasíláme Vám testovací úkol."),
    ("cs", "technical", "Druhé kolo je technický pohovor."),
    ("cs", "advance", "Postupujete do dalšího kola."),
    ("cs", "offer", "Rádi bychom Vám nabídli pozici vývojáře v našem týmu."),
    ("cs", "comp", "Nástupní mzda je 45 000 Kč měsíčně."),
    ("cs", "checks", "Prosíme o výpis z rejstříku trestů."),
    ("cs", "status", "Výběrové řízení stále probíhá."),
    # Turkish
    ("tr", "reject", "Maalesef sizinle bu süreçte ilerleyemeyeceğiz."),
    ("tr", "reject", "Diğer adaylarla devam etme kararı aldık."),
    ("tr", "regret", "Üzülerek bildiririz ki pozisyon için farklı bir karar verdik."),
    ("tr", "future", "Kariyerinizde başarılar dileriz."),
    ("tr", "applied", "Başvurunuz için teşekkür ederiz."),
    ("tr", "review", "Başvurunuz değerlendirilecek ve size dönüş yapılacaktır."),
    ("tr", "interview", "Sizi mülakata davet etmek istiyoruz."),
    ("tr", "schedule", "Müsait olduğunuz saatleri paylaşır mısınız?"),
    ("tr", "assess", "Sizden bir kişilik envanteri doldurmanızı rica ediyoruz."),
    ("tr", "technical", "Teknik mülakat ekip lideri ile yapılacak."),
    ("tr", "advance", "Bir sonraki aşamaya geçtiniz."),
    ("tr", "offer", "Size iş teklifimizi iletmekten mutluluk duyarız."),
    ("tr", "comp", "Maaş beklentinizi öğrenebilir miyiz?"),
    ("tr", "checks", "Adli sicil kaydınızı göndermenizi rica ederiz."),
    ("tr", "status", "Başvuru durumunuz güncellendi."),
    # Romanian
    ("ro", "reject", "Din păcate, nu ați fost selectat pentru etapa următoare."),
    ("ro", "reject", "Postul a fost deja ocupat."),
    ("ro", "regret", "Cu părere de rău vă anunțăm decizia noastră."),
    ("ro", "future", "Vă dorim mult succes în continuare!"),
    ("ro", "applied", "Mulțumim pentru candidatura ta!"),
    ("ro", "review", "Doar candidații selectați vor fi contactați."),
    ("ro", "interview", "Te invităm la un interviu joi."),
    ("ro", "schedule", "Te rugăm să ne comunici disponibilitatea ta."),
    ("ro", "assess", "Următorul pas este un test tehnic online."),
    ("ro", "technical", "Interviul tehnic va dura o oră."),
    ("ro", "advance", "Ai trecut în etapa următoare!"),
    ("ro", "offer", "Îți trimitem oferta de angajare."),
    ("ro", "comp", "Care sunt așteptările salariale?"),
    ("ro", "checks", "Te rugăm să ne trimiți cazierul judiciar."),
    ("ro", "status", "Statusul aplicației tale a fost actualizat."),
]


def test_extra_extends_existing_job_stage_cues_only() -> None:
    assert set(cues_langs.EXTRA) <= JOB_STAGE_CUES
    for name, patterns in cues_langs.EXTRA.items():
        merged = cues.LEXICON[name]
        assert merged[len(merged) - len(patterns) :] == patterns


def test_phrases_are_folded_and_new() -> None:
    """Folded to ASCII once (a fast build), and none repeats a phrase the lexicon had."""
    own = {name: set(patterns) for name, patterns in cues_langs.EXTRA.items()}
    before = {
        " ".join(normalize(phrase).split())
        for name, patterns in cues.LEXICON.items()
        for pattern in patterns
        if pattern not in own.get(name, set())
        for phrase in cues.expand(pattern)
    }
    for patterns in cues_langs.EXTRA.values():
        for pattern in patterns:
            assert pattern.isascii() and pattern == pattern.lower(), pattern
            for phrase in cues.expand(pattern):
                assert normalize(phrase) not in before, phrase


@pytest.mark.parametrize(("lang", "cue", "text"), SENTENCES)
def test_sentence_yields_the_cue(
    lang: str, cue: str, text: str, own_index: ahocorasick.Automaton
) -> None:
    assert cue in cues.find_cues(normalize(text), own_index), (lang, text)
    assert f"xcue{cue}" in markers(text), (lang, text)


def test_every_language_has_a_sentence_for_every_cue() -> None:
    langs = {lang for lang, _cue, _text in SENTENCES}
    covered = {(lang, cue) for lang, cue, _text in SENTENCES}
    # Dutch interview mail says "gesprek", which the lexicon already held.
    missing = {(lang, cue) for lang in langs for cue in JOB_STAGE_CUES} - covered
    assert missing <= {("nl", "interview"), ("fr", "schedule"), ("it", "schedule")}


# Look-alike mail: a bank, a school, a shop, a doctor, a public office, in these languages.
LOOK_ALIKES = [
    "Ihr Kreditantrag wurde leider abgelehnt. Wir melden uns mit Alternativen.",
    "Ihr Termin bei Dr. Weber in der Praxis ist bestätigt.",
    # A shop's "Angebot" and a bank's "afgewezen": only the hiring phrasings are cues.
    "Unser Angebot der Woche: 20 % Rabatt auf alle Schuhe.",
    "Votre demande de prêt n'a pas été acceptée par notre banque.",
    "Votre rendez-vous chez le dentiste est confirmé pour mardi.",
    "Su solicitud de préstamo no ha sido aprobada.",
    "La sua richiesta di finanziamento non è stata approvata.",
    "O seu pedido de crédito não foi aprovado.",
    "Sua consulta com a Dra. Silva está confirmada.",
    "Uw aanvraag voor een lening is helaas afgewezen door de bank.",
    "Twój wniosek o kredyt nie został zaakceptowany.",
    "Niestety Twoje dziecko nie zostało przyjęte do przedszkola.",
    "Potwierdzamy wizytę u lekarza w przyszły wtorek.",
    "Tyvärr har din låneansökan inte beviljats.",
    "Desværre kan vi ikke tilbyde dig en studieplads.",
    "Dessverre fikk du ikke plass på studiet.",
    "Valitettavasti lainahakemustasi ei hyväksytty.",
    "Bohužel Vaše žádost o úvěr nebyla schválena.",
    "Kredi başvurunuz olumsuz sonuçlanmıştır.",
    "Cererea dumneavoastră de credit a fost respinsă.",
    "Super oferta: reducere de 30% la toate produsele!",
    "Özel teklif: tüm ürünlerde yüzde 20 indirim.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_mail_is_no_reject_offer_or_interview(text: str) -> None:
    found = set(markers(text))
    assert not found & {"xcuereject", "xcueoffer", "xcueinterview"}, (text, found)


@pytest.mark.parametrize("text", [getattr(t, "values", (t,))[0] for t in LOOK_ALIKES])
def test_no_phrase_here_reads_look_alike_mail_as_a_stage(
    text: str, own_index: ahocorasick.Automaton
) -> None:
    found = cues.find_cues(normalize(text), own_index)
    assert not found & {"reject", "offer", "interview", "advance", "applied"}, (text, found)


# "If you do not hear from us..." is silence (``cues_world``), never a rejection.
CONDITIONALS = [
    "Sollten Sie innerhalb von vier Wochen nichts von uns hören, gehen Sie bitte davon aus, "
    "dass wir Sie nicht berücksichtigen konnten.",
    "Si vous n'avez pas de nouvelles de notre part sous trois semaines, considérez que "
    "nous ne pouvons pas vous proposer d'entretien.",
    "Om du inte har hört något från oss inom två veckor är du tyvärr inte aktuell.",
    "Als je binnen twee weken niets van ons hoort, ben je helaas niet door.",
]


@pytest.mark.parametrize("text", CONDITIONALS)
def test_conditional_receipt_wording_is_not_a_reject_phrase(
    text: str, own_index: ahocorasick.Automaton
) -> None:
    assert "reject" not in cues.find_cues(normalize(text), own_index)
