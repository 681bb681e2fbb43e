"""The job title of Japanese, Chinese and Korean job mail.

The Latin-script title patterns (``titles``) look for "the X position" or "Application for X"
and a job noun among English, French or German words; CJK mail writes the role in frames of
its own and no title was ever found there. The frames, strongest first:
- labelled fields: "応募職種：営業職", "■ポジション：SRE", "申请职位：Java开发工程师",
  "應徵職務：", "- 포지션: 품질관리 엔지니어", "지원 직무";
- stock phrases: "「製程工程師」一職", "担任数据分析师一职", "关于X职位的申请结果",
  "Xポジションのご提案", "Xの求人にご応募", "Xとして内定", "X 포지션";
- subjects: "面接日程のご連絡（インフラエンジニア）", "이직 제안드립니다 - 데이터 엔지니어",
  "[한빛전자] 경영지원 신입사원 지원 감사드립니다".
A phrase's capture is trimmed of the employer's name ("投递新桥教育数据分析师岗位") and of
the words of the sentence before it ("株式会社みらい商事の技術系総合職として").

Only called for text with CJK characters, so other mail is read by ``titles`` untouched.
"""

from __future__ import annotations

import re
from typing import Final

from applytrack_desktop.intel.company_cjk import key

_LABELS: Final = (
    r"応募職種|募集職種|職種|応募ポジション|募集ポジション|ポジション|求人名|"
    r"申请职位|應徵職位|应聘职位|应聘岗位|申请岗位|入职岗位|录用岗位|招聘职位|职位名称|职位|岗位|"
    r"應徵職務|應徵職缺|職缺|職位|職務|"
    r"지원 포지션|지원포지션|지원 직무|지원직무|지원 분야|지원분야|모집 분야|모집분야|포지션|직무"
)
_LABELLED: Final = re.compile(
    rf"^[ \t■□●・*\-]*(?:[【\[](?:{_LABELS}|対象)[】\]][ \t]*[：:]?|(?:{_LABELS}|対象)[ \t]*[：:]"
    # a job card's table cells run together when the HTML is read: "求人名品質保証エンジニア"
    r"|(?:求人名|応募職種|募集職種|応募ポジション)(?=[^\s：:])"
    # a board's card, the label and a run of blanks: "포지션   시니어 UX 리서처" (Wanted);
    # Saramin's and JobKorea's cards with one blank: "지원분야 UX 리서처 (경력 5년 이상)"
    r"|(?:포지션|지원 포지션|직무|모집 분야|職種|ポジション|职位)[ \t]{2,}(?=\S)"
    r"|(?:지원분야|모집분야|지원직무|공고명|채용공고)[ \t]+(?=\S))"
    r"[ \t]*(?P<t>[^\n]+)$",
    re.MULTILINE,
)
# What a title is made of in a phrase: no blank in Japanese and Chinese ("データアナリスト",
# "Java开发工程师"), blanks in Korean ("품질관리 엔지니어"), brackets for a detail
# ("営業職（法人営業）").
_T: Final = r"[^\s、。，,：:！!？?「」『』【】\[\]]"
_K: Final = r"[^\s\[\]【】,.:!?]"  # a Korean word
_ROLE_ZH: Final = r"(?:一职|一職|职位|職位|岗位|崗位|職缺)"
_PHRASES: Final = (
    re.compile(
        rf"[「『](?P<t>[^」』\n]{{2,30}})[」』]"
        rf"(?:{_ROLE_ZH}|のポジション|ポジション|職|の求人|の募集|へのご応募|にご応募|へご応募)"
    ),
    re.compile(r"様[（(](?P<t>[^\n]{2,40}?)[）)]の"),  # an agent: "株式会社X様（SRE）の選考結果"
    re.compile(
        rf"(?:担任|擔任|应聘|應徵|投递|投遞|申请|申請|关于|關於|在)(?P<t>{_T}{{2,30}}?)"
        rf"(?:{_ROLE_ZH}|招聘过程)"
    ),
    re.compile(rf"(?:担任|擔任)(?P<t>{_T}{{2,30}}?)(?=[。，！]|$)", re.MULTILINE),
    re.compile(rf"(?P<t>{_T}{{2,30}}?)の?ポジション"),
    re.compile(rf"(?P<t>{_T}{{2,30}}?)の求人"),
    re.compile(rf"(?P<t>{_T}{{2,30}}?)として(?:の)?(?:内々定|内定|採用|ご入社)"),
    re.compile(rf"(?P<t>{_T}{{2,30}}?)の(?:書類選考|選考)"),
    re.compile(rf"募集中の(?P<t>{_T}{{2,30}}?)(?:に|の|を|が|へ|、)"),
    re.compile(rf"(?P<t>{_K}{{2,15}}(?:[ \t]{_K}{{1,15}}){{0,3}}?)[ \t]?포지션"),
    re.compile(
        rf"^(?P<t>{_K}{{2,15}}(?:[ \t]{_K}{{1,15}}){{0,3}}?)[ \t](?:전형의|직무에)", re.MULTILINE
    ),
    # "UX 리서처 (디지털채널) 서류전형에 합격하셨음을": the role before the stage it passed
    re.compile(
        rf"^(?P<t>{_K}{{2,15}}(?:[ \t]{_K}{{1,15}}){{0,3}}?)[ \t](?:서류전형|과제전형|"
        r"면접전형|1차 면접|2차 면접)(?:에|을|의)",
        re.MULTILINE,
    ),
)
_SUBJECTS: Final = (
    re.compile(r"(?:ご連絡|お知らせ|ご案内|ご報告|ご紹介)[（(](?P<t>.+)[）)]$"),
    re.compile(r"】[^／\n]{2,30}／(?P<t>[^／\n]{2,40})$"),  # "【選考結果】株式会社X／法人営業"
    re.compile(r"】(?P<t>[^【】\n]{2,40}?)(?:のご紹介|のご提案|のご案内)"),
    re.compile(
        r"(?:제안드립니다|推荐|推薦|邀请函|邀請函|机会|機會)[ \t]*[-–—：:][ \t]*(?P<t>[^\n]{2,30})$"
    ),
    re.compile(r"^\[포지션 제안\][ \t]*(?P<t>[^\n]{2,30})$"),
    re.compile(r"^\[헤드헌팅\][ \t]*(?P<t>[^\n]{2,30}?)[ \t]+제안"),
    re.compile(
        r"^[\[【][^\]】]{2,20}[\]】][ \t]*(?P<t>[^\n]{2,30}?)[ \t]+"
        r"(?:지원|직무적성|온라인|코딩|인적성|AI 역량|서류|면접|최종)"
    ),
    re.compile(r"(?:申请确认|申請確認|感謝您應徵|感谢您应聘)[：: \t]*(?P<t>[^\n]{2,30})$"),
    re.compile(r"^Offer Letter[ \t]*[-–—][ \t]*(?P<t>[^\n]{2,30}?)[ \t]*[-–—]"),
    re.compile(r"^(?P<t>[^\s\-–—]{2,20})(?:机会|機會)[ \t]*[-–—]"),
)
# Captures that are a step, a status or a word of the sentence, not a role.
_NOT_A_TITLE: Final = re.compile(
    r"内定|内々定|選考|面接|面談|説明会|研修|年収|万円|万元|結果|结果|通知|エントリー|応募|"
    r"株式会社|有限公司|様|さん|님|同学|您|弊社|当社|本公司|我司|贵司|貴社|皆様|"
    r"採用$|^新卒|^中途|이직|채용|전형|면접|안내|합격|决定|決定|这个|該|该|此|本次|贵|"
    r"ご|お|いただ|ありがと|感谢|感謝|감사|検査|受検|テスト|オリエンテーション|懇親会|入社|"
    r"온라인|검사|테스트|予定|卒業|年卒|の方|全員|笔试|測評|测评|적합한|추후|좋은|다른|새로운|"
    # words of the letter around a title ("以下", "今回", "して") and a bracket alone
    r"^(?:以下|下記|上記|今回|今後|この度|先日|して|また|なお|이번|금번|해당)$|^[（(][^）)]*[）)]$|"
    # a kind of experience, not a role: "サプライヤー品質(SQE)寄り", "品質マネジメント系"
    r"(?:寄り|系|関連|経験|分野)$|"
    # a season of hiring, not a role: "2026년 상반기 서류전형"
    r"\d{4}년|상반기|하반기"
)
# Korean words of the sentence before a title: "지원하신 UX 디자이너 직무".
_KO_HEAD: Final = re.compile(
    r"^(?:\S*(?:하신|하는|하시는|한|된|던|의|에서|되어|하여|해서|되며)[ \t]+)+"
)
_SENTENCE_HEAD: Final = re.compile(r".*(?:の|を|は|に|で|が|へ|と|より|から|、|您|你|的|本公司)")
# Words after a title in a labelled line: "対象：経理・財務スタッフ 入社予定者".
# And a stage after a Korean title ("리서치 옵스 매니저 1차"), or a posting's "경력 채용".
_TAIL: Final = re.compile(
    r"[ \t]*(?:入社予定者|内定者|ポジション|포지션|の方|[1-9]차|최종|(?:경력|신입)?[ \t]*채용)$"
)
_POSTING_LABEL: Final = re.compile(r"[ \t■□●・*\-]*(?:공고명|채용공고)")
_QUOTES: Final = "'‘’“”\""
# A posting's name opens with the employer in brackets: "[한결헬스케어] 디지털헬스 앱 UX 리서처".
_BRACKET_HEAD: Final = re.compile(r"^[\[【][^\]】]{1,20}[\]】][ \t]*")


def _trim(raw: str, company: str | None) -> str:
    """The title in a capture: without the sentence and the employer's name before it,
    and without decoration."""
    text = _BRACKET_HEAD.sub("", raw.strip(" \t\u3000・-–—■「」『』" + _QUOTES))
    if company:
        for name in sorted({company, key(company)}, key=len, reverse=True):
            at = text.find(name) if name else -1
            if at >= 0:
                text = text[at + len(name) :].lstrip(" \t様の")
                break
    # (quotes again: the name cut may leave one, "[로켓펀치] 바로배송 'UX 리서처'")
    return _TAIL.sub("", _KO_HEAD.sub("", text.strip(" \t" + _QUOTES)))


def _plausible(title: str) -> bool:
    return 2 <= len(title) <= 40 and _NOT_A_TITLE.search(title) is None


def _balanced(text: str) -> str:
    """A cut that left a bracket open is closed again ("営業職（法人営業" -> "営業職（法人営業）"),
    one with a stray closing bracket loses it."""
    for left, right in (("（", "）"), ("(", ")")):
        if text.count(left) > text.count(right):
            text += right
        while text.count(right) > text.count(left) and text.endswith(right):
            text = text[:-1]
    return text


def _candidate(raw: str, company: str | None) -> str | None:
    """The title in one capture, or None when it is not one."""
    before, paren, after = raw.partition("（")
    if (head := _SENTENCE_HEAD.match(before)) is not None:
        before = before[head.end() :]  # "田中様を株式会社Xの技術系総合職"
    title = _balanced(_trim(before + paren + after, company))
    return title if _plausible(title) else None


def cjk_title(subject: str, body: str, company: str | None = None) -> str | None:
    """The job title a CJK job mail names, or None (the caller then reads it as usual)."""
    # A posting's name ("공고명 [X] 디지털헬스 앱 UX 리서처 채용") only when no field names
    # the role alone ("지원분야 UX 리서처").
    matches = sorted(
        _LABELLED.finditer(body), key=lambda m: _POSTING_LABEL.match(m.group(0)) is not None
    )
    for match in matches:
        value = re.split(r"[ \t]{2,}|[｜|]", match.group("t"))[0]
        title = _balanced(_trim(value, company))  # a field holds the title alone
        if _plausible(title):
            return title
    for pattern in _SUBJECTS:
        hit = pattern.search(subject)
        if hit is not None and (found := _candidate(hit.group("t"), company)) is not None:
            return found
    for text in (subject, body):
        for pattern in _PHRASES:
            for match in pattern.finditer(text):
                if (found := _candidate(match.group("t"), company)) is not None:
                    return found
    return None
