"""English glosses of job words in Finnish, Hungarian, Czech, Slovak, Romanian, Turkish,
Indonesian, Malay, Vietnamese, Greek, Russian, Ukrainian and Arabic reach the features."""

from __future__ import annotations

import re

import pytest

from applytrack_desktop.intel.features import GLOSSES, feature_text
from applytrack_desktop.intel.glosses_more import MORE
from applytrack_desktop.intel.glosses_world import (
    _OTHER_SCRIPTS,
    PHRASES,
    STEMS,
    WORDS,
    world_glosses,
)
from applytrack_desktop.intel.letters import fold

from .company_mail import company_mail


def _glosses(subject: str, body: str) -> set[str]:
    message = company_mail("Ayşe Kaya", "ayse.kaya@example.com", subject, body)
    return set(feature_text(message).split())


@pytest.mark.parametrize(
    ("subject", "body", "glosses"),
    [
        (  # Turkish
            "Yarınki mülakat",
            "Merhaba, başvurunuz için teşekkürler. Yarın 14:00'te mülakata bekliyoruz.",
            {"interview", "application"},
        ),
        (  # Finnish
            "Kiitos hakemuksestasi",
            "Olemme vastaanottaneet hakemuksesi. Valitettavasti emme voi edetä.",
            {"application", "unfortunately"},
        ),
        (  # Hungarian
            "Állásajánlat",
            "Örömmel küldjük állásajánlatunkat: a pozícióra Önt választottuk.",
            {"position"},
        ),
        (
            "Pozvánka na pohovor",
            "Dobrý den, zveme Vás na pohovor na pozici analytika.",
            {"interview", "position"},
        ),
        (
            "Rezultat interviu",
            "Din păcate nu am putut continua cu aplicația dvs.",
            {"interview", "unfortunately", "application"},
        ),
        (
            "Update lamaran",
            "Terima kasih atas lamaran Anda. Jadwal psikotes: Senin.",
            {"application", "assessment"},
        ),
        (
            "Thư mời phỏng vấn",
            "Chúng tôi mời bạn phỏng vấn cho vị trí Chuyên viên.",
            {"interview", "position"},
        ),
        (
            "Πρόσκληση σε συνέντευξη",
            "Σας ευχαριστούμε για την αίτησή σας.",
            {"interview", "application"},
        ),
        (
            "Приглашение на собеседование",
            "Спасибо за отклик на вакансию.",
            {"interview", "application", "vacancy"},
        ),
        (
            "دعوة لإجراء مقابلة",
            "للأسف لم يتم اختيارك للوظيفة.",
            {"interview", "unfortunately", "job"},
        ),
    ],
)
def test_short_job_mail_in_these_languages_borrows_english_words(
    subject: str, body: str, glosses: set[str]
) -> None:
    assert glosses <= _glosses(subject, body)


def test_mail_without_these_words_gets_no_gloss() -> None:
    words = _glosses("Hafta sonu planı", "Cumartesi kahvaltıya gelir misin? Sevgiler, Ayşe")
    assert words.isdisjoint({"application", "interview", "offer", "candidate", "position"})
    assert (
        world_glosses("Café résumé", "at the naïve bar", " cafe resume at the naive bar ") == set()
    )


def test_a_vietnamese_phrase_is_read_only_in_vietnamese_text() -> None:
    # "vi tri" could be folded from other languages' words; only Vietnamese text is read.
    assert world_glosses("Ví tri", "naïve", " vi tri naive ") == set()
    assert world_glosses("vị trí", "", " vi tri ") == {"position"}


def test_every_key_is_found_the_way_its_script_is_searched() -> None:
    for word, gloss in WORDS.items():
        assert fold(word) == word and re.fullmatch(r"[a-z]+", word), word
        assert GLOSSES[word] == gloss, word  # no other language's gloss overrides it
        assert word not in MORE, word
    for phrase in PHRASES:
        assert re.fullmatch(r"[a-z]+(?: [a-z]+)+", phrase), phrase
    for stem in STEMS:
        assert _OTHER_SCRIPTS.search(stem), stem
    for gloss in {*WORDS.values(), *PHRASES.values(), *STEMS.values()}:
        assert re.fullmatch(r"[a-z]+", gloss), gloss
