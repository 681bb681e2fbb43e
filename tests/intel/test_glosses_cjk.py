"""English glosses of Japanese, Chinese and Korean words reach the features."""

from __future__ import annotations

import re

from applytrack_desktop.intel.cjk import CJK
from applytrack_desktop.intel.features import feature_text
from applytrack_desktop.intel.glosses_cjk import GLOSSES_CJK, cjk_glosses
from applytrack_desktop.mail.parse import parse_message
from tests.intel.cjk_mail import cjk_mail


def test_a_japanese_interview_invitation_reads_as_one() -> None:
    found = cjk_glosses(
        "一次面接のご案内",
        "この度は弊社の求人にご応募いただき、誠にありがとうございます。面接の日程調整をお願いします。",
    )
    assert {"interview", "application", "vacancy", "availability"} <= found


def test_the_longest_word_wins() -> None:
    # "不採用" (not hired) holds "採用" (hiring); "新着求人" (new postings) holds "求人".
    assert cjk_glosses("選考の結果、不採用となりました") == {"selection", "unfortunately"}
    assert cjk_glosses("新着求人のお知らせ") == {"jobs alert"}


def test_chinese_and_korean() -> None:
    assert cjk_glosses("面试邀请：感谢您应聘我们的职位") >= {"interview", "application", "position"}
    assert cjk_glosses("面試邀請：感謝您應徵我們的職位") >= {"interview", "application", "position"}
    assert cjk_glosses("서류전형 결과 안내: 아쉽게도 불합격") == {"screening", "unfortunately"}
    assert cjk_glosses("대출 심사 결과") == {"loan", "review"}


def test_text_without_these_scripts_gives_nothing() -> None:
    assert cjk_glosses("Interview invitation", "Vorstellungsgespräch, entretien, ¡hola!") == set()


def test_every_word_is_of_these_scripts_and_every_gloss_a_feature_word() -> None:
    for word, gloss in GLOSSES_CJK.items():
        assert CJK.search(word), word  # else the one-search shortcut would skip it
        assert re.fullmatch(r"[a-z]+(?: [a-z]+)*", gloss), gloss


def test_the_glosses_join_the_features() -> None:
    invitation = feature_text(
        parse_message(cjk_mail("面接のご案内", "ご応募ありがとうございます。"))
    )
    assert "interview" in invitation.split() and "application" in invitation.split()
    plain = feature_text(parse_message(cjk_mail("Lunch", "See you at noon.")))
    assert "interview" not in plain.split()
