"""Dates, interview times and deadlines in Japanese, Chinese and Korean job mail."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone

import pytest

from applytrack_desktop.core.enums import Category
from applytrack_desktop.intel.analyze import analyze
from applytrack_desktop.intel.date_cjk import find_cjk_dates
from applytrack_desktop.intel.dates import extract_dates, find_dates
from applytrack_desktop.mail.message import MailMessage

TOKYO = timezone(timedelta(hours=9))
REF = datetime(2026, 11, 27, 10, 0, tzinfo=TOKYO)  # a Friday


def _found(text: str, ref: datetime = REF) -> list[tuple[str, bool, bool]]:
    return [(f.when.isoformat(), f.deadline, f.has_time) for f in find_dates(text, ref)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("①日時：12月3日（水）14:00〜15:00", "2026-12-03T14:00:00+09:00"),
        ("面接日時：12月3日(水) 14時30分より", "2026-12-03T14:30:00+09:00"),
        ("日時：１２月３日（水）１４：００～", "2026-12-03T14:00:00+09:00"),
        ("12/3（水）14:00からオンラインで実施します。", "2026-12-03T14:00:00+09:00"),
        ("2026年12月3日 午後2時に弊社本社にお越しください。", "2026-12-03T14:00:00+09:00"),
        ("12月3日 午前10時半からの面接となります。", "2026-12-03T10:30:00+09:00"),
        ("面试时间：12月3日（周三）下午2点", "2026-12-03T14:00:00+09:00"),
        ("面试安排在2026年12月3日星期三上午9:30。", "2026-12-03T09:30:00+09:00"),
        ("面试时间为12月3日中午12点。", "2026-12-03T12:00:00+09:00"),
        ("면접 일시: 12월 3일(수) 오후 2시", "2026-12-03T14:00:00+09:00"),
        ("면접은 2026년 12월 3일 14:00에 진행됩니다.", "2026-12-03T14:00:00+09:00"),
        ("1차 면접: 12월 3일 수요일 오전 10시 30분", "2026-12-03T10:30:00+09:00"),
        ("일시: 2026. 12. 3.(수) 14:00~15:00", "2026-12-03T14:00:00+09:00"),
        ("面接日：2026/12/03 13:30", "2026-12-03T13:30:00+09:00"),
        ("【笔试时间】2026-12-03（星期四） 10:30开始，时长90分钟", "2026-12-03T10:30:00+09:00"),
    ],
)
def test_one_dated_time_is_the_interview(text: str, expected: str) -> None:
    facts = extract_dates("", text, REF)
    assert facts.interview_at is not None
    assert facts.interview_at.isoformat() == expected
    assert facts.deadlines == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12月5日（金）までにご返信ください。", "2026-12-05T23:59:00+09:00"),
        ("ご都合を12月5日17時までにお知らせください。", "2026-12-05T17:00:00+09:00"),
        ("応募締切：2026年12月5日", "2026-12-05T23:59:00+09:00"),
        ("提出期限は12月5日（金）正午です。", "2026-12-05T12:00:00+09:00"),
        ("截止日期：12月5日", "2026-12-05T23:59:00+09:00"),
        ("请于12月5日前回复确认。", "2026-12-05T23:59:00+09:00"),
        ("请在12月5日下午5点之前完成在线测评。", "2026-12-05T17:00:00+09:00"),
        ("12월 5일까지 회신 부탁드립니다.", "2026-12-05T23:59:00+09:00"),
        ("서류 마감: 12월 5일(금) 오후 6시", "2026-12-05T18:00:00+09:00"),
        ("3日以内にご返信ください。", "2026-11-30T10:00:00+09:00"),
        ("请在48小时内完成测评。", "2026-11-29T10:00:00+09:00"),
        ("【笔试时间】2026-12-03（星期四） 16:15 前完成即可", "2026-12-03T16:15:00+09:00"),
        ("3영업일 이내에 회신 주시기 바랍니다.", "2026-12-02T10:00:00+09:00"),
    ],
)
def test_deadline_cues_after_and_before_the_date(text: str, expected: str) -> None:
    assert [d.isoformat() for d in extract_dates("", text, REF).deadlines] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "お電話は03-1234-5678までお願いします。",
        "月給25万円以上（経験・能力を考慮）",
        "第3回選考会のご案内",
        "試用期間は3ヶ月です。",
        "選考結果は1週間以内にご連絡いたします。",
        "结果将在3个工作日内通知您。",
        "결과는 7일 이내에 안내드리겠습니다.",
        "正答率は12/3でした。",
        "2月30日",
        "平均評価は4.5、合格ラインは12/3/5の順です。",
    ],
)
def test_non_dates_and_promises_give_nothing(text: str) -> None:
    assert find_dates(text, REF) == []


def test_a_date_without_a_cue_or_time_is_neither() -> None:
    assert _found("12月5日前後にご案内予定です。") == [("2026-12-05T23:59:00+09:00", False, False)]
    assert extract_dates("", "12月5日前後にご案内予定です。", REF).deadlines == ()


def test_a_promised_answer_date_is_not_a_deadline() -> None:
    text = "書類選考の結果は、12月5日（金）までにマイページにてお知らせいたします。"
    assert _found(text) == [("2026-12-05T23:59:00+09:00", False, False)]
    assert _found("12月5日（金）までにマイページにてご回答ください。")[0][1]


def test_several_slots_are_offered_not_an_appointment() -> None:
    text = "候補日：12月3日（水）14:00、12月4日（木）10:00。12月1日までにご返信ください。"
    facts = extract_dates("", text, REF)
    assert facts.interview_at is None
    assert [d.isoformat() for d in facts.deadlines] == ["2026-12-01T23:59:00+09:00"]


def test_year_is_inferred_from_the_date_header() -> None:
    assert _found("1月10日までに") == [("2027-01-10T23:59:00+09:00", True, False)]
    summer = datetime(2026, 6, 1, 9, 0, tzinfo=TOKYO)
    assert _found("7月1日までに", summer) == [("2026-07-01T23:59:00+09:00", True, False)]
    assert _found("2025年12月3日")[0][0] == "2025-12-03T23:59:00+09:00"


def test_a_written_zone_wins_over_the_date_header() -> None:
    utc = datetime(2026, 11, 27, 1, 0, tzinfo=UTC)
    assert _found("日時：12月3日（水）14:00（日本時間）", utc)[0][0] == "2026-12-03T14:00:00+09:00"
    assert _found("12월 3일 오후 2시 KST", utc)[0][0] == "2026-12-03T14:00:00+09:00"
    assert _found("12月3日 14:00 北京时间", utc)[0][0] == "2026-12-03T14:00:00+08:00"
    assert _found("12月3日 14:00", utc)[0][0] == "2026-12-03T14:00:00+00:00"


def test_cjk_dates_sit_in_order_with_the_european_ones() -> None:
    found = find_dates("Deadline: 2026-12-10. 面接は12月3日 14:00です。", REF)
    assert [f.when.day for f in found] == [10, 3]
    assert [f.start for f in found] == sorted(f.start for f in found)


def test_ascii_and_european_text_never_reach_the_cjk_patterns() -> None:
    assert find_cjk_dates("12/3 14:00", REF)  # the CJK reader alone would take it ...
    assert find_dates("12/3 14:00", REF) == []  # ... but find_dates does not ask it
    assert find_dates("Réponse avant le 5 décembre, merci.", REF)[0].deadline


@dataclass(frozen=True)
class _Prediction:
    category: Category
    confidence: float = 0.9
    job_related_confidence: float = 0.95
    probabilities: Mapping[Category, float] = field(default_factory=dict)


class _InterviewClassifier:
    """A classifier double that calls every message an interview."""

    def predict(self, message: MailMessage) -> _Prediction:
        return _Prediction(Category.INTERVIEW)

    def predict_many(self, messages: Sequence[MailMessage]) -> list[_Prediction]:
        return [self.predict(m) for m in messages]


def test_a_japanese_invitation_gets_its_interview_date_end_to_end() -> None:
    message = MailMessage(
        message_id="<jp@test>",
        subject="【株式会社サンプル】一次面接日程のご案内",
        sender_name="株式会社サンプル 採用担当",
        sender_address="saiyo@sample.co.jp",
        date=datetime(2026, 11, 27, 10, 0, tzinfo=TOKYO),
        text=(
            "山田 太郎 様\n\nこの度は弊社求人にご応募いただき、誠にありがとうございます。\n"
            "一次面接を下記の日程で実施いたします。\n\n"
            "①日時：12月3日（水）14:00〜15:00\n②場所：オンライン（Zoom）\n\n"
            "ご都合が悪い場合は、12月1日（月）までにご連絡ください。\n"
        ),
    )
    result = analyze(message, classifier=_InterviewClassifier())  # type: ignore[arg-type]
    assert result.interview_at is not None
    assert result.interview_at.isoformat() == "2026-12-03T14:00:00+09:00"
    assert [d.isoformat() for d in result.deadlines] == [
        "2026-12-01T23:59:00+09:00",
        "2026-12-03T14:00:00+09:00",
    ]
