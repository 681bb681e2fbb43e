"""Cue markers for Japanese, Chinese and Korean job mail, its negations and its look-alikes."""

from __future__ import annotations

import pytest

from applytrack_desktop.intel import cues
from applytrack_desktop.intel.cjk import has_cjk
from applytrack_desktop.intel.cues_cjk import CUES_CJK, OWN_SENSE, cjk_cues
from applytrack_desktop.intel.features import feature_text
from applytrack_desktop.mail.parse import parse_message
from tests.intel.cjk_mail import cjk_mail


def found(text: str) -> set[str]:
    return cjk_cues("", text)[0]


def test_cue_names_are_those_of_the_lexicon() -> None:
    assert set(CUES_CJK) <= set(cues.LEXICON)
    phrases = {p for ps in CUES_CJK.values() for p in ps}
    assert phrases >= OWN_SENSE


@pytest.mark.parametrize(("name", "phrase"), [(n, p) for n, ps in CUES_CJK.items() for p in ps])
def test_every_phrase_gives_its_cue_on_its_own(name: str, phrase: str) -> None:
    # (Only text with CJK is searched: an ASCII phrase such as "SPI3" is given some.)
    got = found(phrase if has_cjk(phrase) else f"{phrase} です")
    # (Where a school's admission words are present, its hiring-like steps are the school's.)
    assert name in got or ("school" in got and name in {"offer", "advance", "interview", "reject"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Japanese
        (
            "誠に残念ではございますが、今回は採用を見送らせていただくこととなりました。",
            {"reject", "regret"},
        ),
        ("先日ご応募いただいた件ですが、企業様より今回はお見送りとのことでした。", {"reject"}),
        (
            "選考の結果、誠に残念ながら今回はご期待に添えない結果となりました。",
            {"reject", "regret"},
        ),
        ("末筆ながら、今後のご活躍を心よりお祈り申し上げます。", {"future"}),
        ("この度は弊社求人にご応募いただき、誠にありがとうございます。", {"applied"}),
        ("書類選考の結果につきましては、1週間以内にご連絡いたします。", {"review"}),
        (
            "一次面接のご案内：下記の候補日からご都合の良い日時をお知らせください。",
            {"interview", "schedule"},
        ),
        ("最終面接（役員面接）のご案内", {"interview", "advance"}),
        ("適性検査（ＳＰＩ３）受検のお願い。受検期限は3月10日です。", {"assess"}),
        (
            "技術面接の前にコーディングテストを受検してください。",
            {"technical", "assess", "interview"},
        ),
        ("書類選考を通過されましたので、次の選考のご案内をお送りします。", {"advance"}),
        ("内定のご連絡。労働条件通知書を添付いたします。", {"offer", "comp"}),
        ("ご経歴を拝見し、スカウトのご連絡を差し上げました。", {"outreach"}),
        ("入社手続きのご案内", {"onboard"}),
        # Chinese, simplified and traditional
        ("我们遗憾地通知你，你未能通过本次面试。", {"reject", "interview"}),
        ("此次無法為您安排後續流程，祝您求職順利。", {"reject", "future"}),
        ("您的简历与该职位暂不匹配，我们已将您的简历保留在人才库中。", {"reject", "future"}),
        ("感谢您投递我们的职位，我们会尽快与您联系。", {"applied", "review"}),
        (
            "面试邀请：请确认方便的时间参加视频面试（腾讯会议）。",
            {"interview", "schedule", "meeting"},
        ),
        ("恭喜您通过初试，进入下一轮复试。", {"advance", "interview"}),
        ("请在三天内完成在线测评，笔试包括编程题。", {"assess"}),
        ("技术面试将包括算法题和手撕代码。", {"technical", "interview"}),
        ("录用通知：我们很高兴地通知您，您已被录用，月薪两万元。", {"offer", "comp"}),
        ("錄用通知：恭喜您獲得錄用，請於報到日攜帶相關文件。", {"offer", "onboard"}),
        ("我们将对您进行背景调查，请提供证明人联系方式。", {"checks"}),
        ("我是猎头顾问，看到您的简历，想了解您是否有兴趣看看新的机会。", {"outreach"}),
        # Korean
        ("안타깝게도 이번 채용에서는 귀하를 모시지 못하게 되었습니다.", {"reject", "regret"}),
        ("서류전형 결과 불합격하셨음을 알려드립니다.", {"reject", "status"}),
        ("귀하의 앞날에 행운을 빕니다.", {"future"}),
        ("지원해 주셔서 감사합니다. 서류 검토 후 개별 연락드리겠습니다.", {"applied", "review"}),
        ("1차 면접 일정 안내: 가능하신 일정을 회신 부탁드립니다.", {"interview", "schedule"}),
        ("서류전형 합격을 축하드립니다. 인적성검사 일정을 안내드립니다.", {"advance", "assess"}),
        ("기술 면접 전에 코딩 테스트가 진행됩니다.", {"technical", "assess", "interview"}),
        ("최종 합격을 축하드립니다. 처우 협의를 위해 연락드리겠습니다.", {"offer", "comp"}),
        ("헤드헌터입니다. 좋은 포지션 제안 드리고자 연락드렸습니다.", {"outreach"}),
    ],
)
def test_job_mail_sentences(text: str, expected: set[str]) -> None:
    assert expected <= found(text), text


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        ("選考の結果、不採用となりました。", {"reject"}, {"offer"}),
        ("内定辞退のご連絡を承りました。", {"status"}, {"offer"}),
        ("内定取り消しのお知らせ", {"reject"}, {"offer"}),
        ("書類選考を通過とはなりませんでした。", {"reject"}, {"advance"}),
        ("서류전형 불합격 안내", {"reject"}, {"advance", "offer"}),
        ("최종 합격하지 못하셨습니다.", {"reject"}, {"offer", "advance"}),
        ("서류전형 합격을 축하드립니다.", {"advance"}, {"offer", "reject"}),
        ("很遗憾，您未被录用。", {"reject"}, {"offer"}),
        ("经综合评估，公司决定不予录用。", {"reject"}, {"offer"}),
        ("未能通過本次面試。", {"reject"}, {"advance"}),
        # "Only those who pass will hear from us": a receipt, not a pass.
        ("書類選考を通過された方にのみご連絡いたします。", {"review"}, {"advance"}),
        ("서류 합격자에 한하여 개별 연락드립니다.", {"review"}, {"advance"}),
        # Those who already accepted an offer, a friend's news, a club's intake.
        ("内定者懇親会のご案内", {"onboard"}, {"offer"}),
        ("内定もらったよ！今度飲みに行こう", {"peer", "personal"}, {"offer"}),
        ("我拿到offer了，下周入职，请你吃饭", {"peer", "personal"}, {"offer"}),
        ("나 이번에 이직했어! 연봉도 올랐어 ㅋㅋ", {"peer", "personal"}, {"offer"}),
        (
            "봉사 동아리 신입 부원 면접 결과: 합격을 축하합니다",
            {"volunteer"},
            {"interview", "advance"},
        ),
        ("2027학년도 입시 결과: 합격을 축하합니다", {"school"}, {"advance"}),
    ],
)
def test_negations_and_containment(text: str, expected: set[str], not_expected: set[str]) -> None:
    got = found(text)
    assert expected <= got, text
    assert not got & not_expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("住宅ローン審査の結果のお知らせ。ご融資を承認いたしました。", {"finance"}),
        ("您的贷款申请已通过审核，额度为五万元。", {"finance"}),
        ("대출 심사 결과 안내: 신청하신 대출이 승인되었습니다.", {"finance"}),
        ("大学入試の合格発表。合格通知書を郵送します。入学手続きをお願いします。", {"school"}),
        ("恭喜你被我校录取！录取通知书将于下周寄出，研究生复试安排见附件。", {"school"}),
        (
            "2027학년도 수시모집 최종 합격을 축하합니다. 면접고사 일정과 등록금 납부 안내",
            {"school"},
        ),
        (
            "期間限定クーポン！タイムセール開催中、送料無料。特別オファーをお見逃しなく。",
            {"commerce"},
        ),
        ("限时优惠券已发放，下单立享折扣。", {"commerce"}),
        ("회원님만을 위한 할인 쿠폰이 도착했습니다. 수신거부", {"commerce", "footer"}),
        ("あなたにおすすめの新着求人が10件あります。配信停止はこちら", {"alert", "footer"}),
        ("为您推荐以下热招职位", {"alert"}),
    ],
)
def test_look_alikes_are_not_read_as_job_steps(text: str, expected: set[str]) -> None:
    got = found(text)
    assert expected <= got, text
    assert not got & {"reject", "offer", "interview"}, text


def test_subject_cues_and_text_without_cjk() -> None:
    anywhere, in_subject = cjk_cues("一次面接のご案内", "ご都合の良い日時をお知らせください。")
    assert in_subject == {"interview"}
    assert anywhere == {"interview", "schedule"}
    # The English lexicon reads English; these phrases do not fire on it.
    assert cjk_cues("Interview invitation", "We regret to inform you") == (set(), set())


def test_the_markers_reach_the_features() -> None:
    message = parse_message(
        cjk_mail(
            "選考結果のご連絡", "誠に残念ながら、今回は採用を見送らせていただくこととなりました。"
        )
    )
    words = feature_text(message).split()
    assert {"xcuereject", "xcueregret", "xcuestatus", "xscuestatus"} <= set(words)
    assert "xscuereject" not in words
