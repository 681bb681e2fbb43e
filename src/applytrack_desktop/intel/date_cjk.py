"""Dates, clock times and deadlines written in Japanese, Chinese and Korean.

The patterns of ``date_patterns`` read "March 14 at 5pm" and "14 mars à 17h"; CJK mail writes
"12月3日（水）14:00", "2025年12月3日 午後2時", "12月3日下午2点" and "12월 3일(수) 오후 2시",
and puts its deadline cue AFTER the date ("12月5日までに", "12月5日前", "12월 5일까지"),
where ``dates`` never looks. These forms are kept here, apart, because they share nothing
with the European ones and ``dates.find_dates`` runs them only when a text holds a CJK
character, so other mail pays nothing for them (the pipeline's speed budget is tight).

A month needs a day ("12月3日"), so "月給25万円", "3ヶ月" and "第3回" are not dates, and
"12/3" counts only with a weekday or a time after it (a fraction or a ratio has neither).
A duration ("3日以内") is a deadline only when its clause holds a request ("ご返信ください",
"请回复", "회신 부탁"): "1週間以内にご連絡いたします" is the employer's promise.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Final, NamedTuple
from zoneinfo import ZoneInfo

from applytrack_desktop.intel.date_math import add_working_days, infer_year

# Full-width digits and punctuation map one character to one, so positions stay valid.
# (str.replace per character present is ~10x faster than str.translate on non-ASCII text.)
_FULL_WIDTH: Final = tuple(zip("０１２３４５６７８９：／（）", "0123456789:/()", strict=True))
# Every date and duration starts with a digit run: matching only there is ~3x faster than
# letting ``finditer`` try the patterns (which open with a lookbehind) at every position.
_DIGIT_RUN: Final = re.compile(r"\d+")

_MONTH = r"(?P<mon>1[0-2]|0?[1-9])"
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])"
# "（水）", "(수)", "（水曜日）", "星期三", "周三", "수요일".
_WEEKDAY = (
    r"(?:[ \t]*\([ \t]*(?:[月火水木金土日][曜]?[日]?|(?:星期|礼拜|禮拜|周|週)?[一二三四五六日天]"
    r"|[월화수목금토일](?:요일)?)"
    r"[ \t]*\)|[ \t]*(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]|[ \t]*[월화수목금토일]요일)?"
)
_HALF_DAY = r"(?P<ap>午前|午後|上午|下午|中午|早上|晚上|晚|오전|오후)"
_CLOCK = (
    rf"(?:{_HALF_DAY}[ \t]*)?(?P<hh>[01]?\d|2[0-3])[ \t]*"
    r"(?::(?P<mm>[0-5]\d)|[時时点點시][ \t]*(?:(?P<mm2>[0-5]?\d)[ \t]*[分분]|(?P<half>半|반))?)"
    r"|(?P<noon>正午|정오)"
)
CJK_DATE: Final = re.compile(
    r"(?<![\d./-])(?:"
    rf"(?:(?P<year>20\d\d)[ \t]*[年년][ \t]*)?{_MONTH}[ \t]*[月월][ \t]*{_DAY}[ \t]*[日号號일]"
    r"|(?:(?P<syear>20\d\d)/)?(?P<smon>1[0-2]|0?[1-9])/(?P<sday>3[01]|[12]\d|0?[1-9])(?![\d/])"
    # Korean "2026. 12. 3.(수)" and "2026.12.03": the year is required ("12.3" is a number).
    r"|(?P<dyear>20\d\d)\.[ \t]?(?P<dmon>1[0-2]|0?[1-9])\.[ \t]?(?P<dday>3[01]|[12]\d|0?[1-9])"
    r"(?![\d.]\d)\.?"
    # "2025-10-16（星期四） 10:30": ISO, but the weekday hides the time from date_patterns.
    r"|(?P<hyear>20\d\d)-(?P<hmon>1[0-2]|0[1-9])-(?P<hday>3[01]|[12]\d|0[1-9])"
    r")"
    rf"(?P<wd>{_WEEKDAY})"
    rf"(?:[ \t,、の]*(?:{_CLOCK})"
    # "14:00（日本時間）", "오후 2시 KST", "14:00 北京时间": the mail's Date may be in UTC.
    r"(?:[ \t]*[(]?[ \t]*(?P<zone>JST|KST|CST|日本時間|北京时间|北京時間|한국 ?시간)"
    r"[ \t]*[)]?)?)?"
)
# The zones written after a CJK clock time (CST here is China's, not Chicago's).
_ZONES: Final = {
    "JST": "Asia/Tokyo", "日本時間": "Asia/Tokyo", "KST": "Asia/Seoul",
    "한국 시간": "Asia/Seoul", "한국시간": "Asia/Seoul", "CST": "Asia/Shanghai",
    "北京时间": "Asia/Shanghai", "北京時間": "Asia/Shanghai",
}  # fmt: skip
# A deadline cue right after a date: "までに", "迄", "前"/"之前"/"以前" (not "前後", around),
# "截止", "为止", "까지", "마감".
CUE_AFTER: Final = re.compile(
    r"[ \t]*(?:の)?(?:まで|迄|〆|締切|締め切り|之前|以前|前(?!後)|截止|为止|為止|까지|마감)"
)
# A deadline cue just before a date: "截止日期：", "応募締切：", "提出期限は", "마감일:".
CUE_BEFORE: Final = re.compile(r"(?:截止|截至|締切|締め切り|〆切|期限|마감|기한)[^\n\d]{0,6}$")
# "3日以内", "48時間以内", "2週間以内", "3天内", "3일 이내", counted from the Date header
# (digits only: a written number, "一週間", is rare in a request and left out).
CJK_DURATION: Final = re.compile(
    r"(?<![\d月월])(?P<n>\d{1,3})[ \t]*"
    r"(?P<unit>営業日|個工作日|个工作日|工作日|영업일|時間|小时|小時|시간|週間|周|주일?|日|天|일)"
    r"[ \t]*(?:以内|之内|以內|之內|内|內|이내|안에)"
)
_REQUEST: Final = re.compile(r"ください|下さい|願い|お願|请|請|부탁|주시기|주세요|바랍니다")

# "ご連絡いたします", "联系您", "연락드리겠습니다": the employer will write, nobody must reply
# ("結果は3月26日までにお知らせいたします" is a promise, not a deadline).
_PROMISE: Final = re.compile(
    r"連絡(?:いた|致)?します|ご連絡差し上げ|お知らせ(?:いた)?します|联系您|聯繫您|通知您|"
    r"연락드리|안내드리|알려드리"
)
_CLAUSE_END: Final = re.compile(r"[。．！!？?\n]")


class CjkDate(NamedTuple):
    when: datetime
    deadline: bool
    has_time: bool
    start: int


def _clock(m: re.Match[str]) -> tuple[int, int] | None:
    if m.group("noon"):
        return 12, 0
    if m.group("hh") is None:
        return None
    hour = int(m.group("hh"))
    minute = int(m.group("mm") or m.group("mm2") or (30 if m.group("half") else 0))
    half = m.group("ap") or ""
    # 午後/下午/晚上/오후 are afternoon or evening; "中午1点" is 1 pm, "中午12点" noon.
    evening = half in {"午後", "下午", "晚上", "晚", "오후"}
    if (evening and hour < 12) or (half == "中午" and hour < 11):
        hour += 12
    elif half in {"午前", "上午", "早上", "오전"} and hour == 12:
        hour = 0
    return hour, minute


def _duration(m: re.Match[str], ref: datetime) -> datetime:
    count, unit = int(m.group("n")), m.group("unit")
    if unit in {"時間", "小时", "小時", "시간"}:
        return ref + timedelta(hours=count)
    if unit in {"週間", "周", "주", "주일"}:
        return ref + timedelta(weeks=count)
    if unit in {"営業日", "個工作日", "个工作日", "工作日", "영업일"}:
        return add_working_days(ref, count)
    return ref + timedelta(days=count)


def find_cjk_dates(text: str, ref: datetime) -> list[CjkDate]:
    """Every CJK date, time and duration in ``text`` (``ref`` = the aware Date header)."""
    for wide, narrow in _FULL_WIDTH:
        if wide in text:
            text = text.replace(wide, narrow)
    midnight = ref.replace(hour=0, minute=0, second=0, microsecond=0)
    found: list[CjkDate] = []
    dates: list[re.Match[str]] = []
    durations: list[re.Match[str]] = []
    covered = 0
    for run in _DIGIT_RUN.finditer(text):
        at = run.start()
        if at < covered:
            continue
        if (hit := CJK_DATE.match(text, at)) is not None:
            dates.append(hit)
        elif (hit := CJK_DURATION.match(text, at)) is not None:
            durations.append(hit)
        if hit is not None:
            covered = hit.end()
    for m in dates:
        slash = m.group("smon") is not None
        clock = _clock(m)
        if slash and m.group("syear") is None and not m.group("wd") and clock is None:
            continue  # a bare "12/3" may be a fraction, a ratio or a score
        if m.group("hyear") and not m.group("wd"):
            continue  # a plain ISO date is date_patterns' to read
        month = int(m.group("mon") or m.group("smon") or m.group("dmon") or m.group("hmon"))
        day = int(m.group("day") or m.group("sday") or m.group("dday") or m.group("hday"))
        year_text = m.group("year") or m.group("syear") or m.group("dyear") or m.group("hyear")
        year = int(year_text) if year_text else infer_year(month, day, midnight)
        try:
            date = midnight.replace(year=year, month=month, day=day)
        except ValueError:
            continue  # "2月30日"
        hour, minute = clock if clock else (23, 59)
        when = date.replace(hour=hour, minute=minute)
        if zone := m.group("zone"):
            when = when.replace(tzinfo=ZoneInfo(_ZONES[zone]))
        deadline = (
            CUE_AFTER.match(text, m.end()) is not None
            or CUE_BEFORE.search(text[max(0, m.start() - 16) : m.start()]) is not None
        ) and not _PROMISE.search(_CLAUSE_END.split(text[m.end() : m.end() + 40], maxsplit=1)[0])
        found.append(CjkDate(when, deadline, clock is not None, m.start()))
    for m in durations:
        # The clause around it ("请在…内完成", "…以内にご返信ください"): a request there
        # makes the duration a deadline.
        lead = _CLAUSE_END.split(text[max(0, m.start() - 12) : m.start()])[-1]
        clause = lead + _CLAUSE_END.split(text[m.end() : m.end() + 24], maxsplit=1)[0]
        if _REQUEST.search(clause) and not _PROMISE.search(clause):
            found.append(CjkDate(_duration(m, ref), True, True, m.start()))
    return found
