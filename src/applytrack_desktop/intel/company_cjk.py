"""The employer of Japanese, Chinese and Korean job mail, read from the text.

The Latin-script extractors (``companies``) read phrases such as "Thank you for applying to
Acme"; on CJK mail none of them fire, and the answer used to be the sender's domain
romanised ("Toho Denki") while the mail names "東邦電機株式会社" in every paragraph. CJK
text has no blanks between words, so names are found by their frames instead: a legal form
("株式会社X", "X株式会社", "(주)X"), a department word after the name in a signature or an
introduction ("X 人事部", "X招聘团队", "X 채용팀"), a bracketed subject prefix ("【X】"),
a labelled field in an agency's pitch ("■企業：X", "- 회사: X", "客户：X") and a client
named with an honorific ("株式会社X様"). The candidates vote; a fragment of a longer name
seen more often than the longer name ("云帆网络" in "杭州云帆网络技术有限公司") wins, so
the name is the one the mail itself keeps using. Job boards, agencies and the reader's own
name ("田中 直樹 様", "张明轩同学") never count.

Only called for text with CJK characters (``has_cjk``, one cheap search), so the rest of the
mail goes through ``companies`` untouched.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Final

from applytrack_desktop.intel.cjk import CJK, CJK_CHARS

# What a CJK company name is made of ("ネクストペイ", "華瑞證券", "Sakura Tech" has a blank:
# a Latin name is read by ``companies``).
_N: Final = f"[{CJK_CHARS}A-Za-z0-9ー・&＆]"
_JA_FORMS: Final = "株式会社|有限会社|合同会社"
_ZH_FORMS: Final = "股份有限公司|有限责任公司|有限責任公司|有限公司"
_KO_FORMS: Final = r"주식회사|\(주\)|（주）|㈜"
_ALL_FORMS: Final = re.compile(rf"{_JA_FORMS}|{_ZH_FORMS}|{_KO_FORMS}|\(株\)|（株）")
# The words a company name is followed by when it introduces or signs a message.
_DEPT: Final = (
    r"人事部|人事課|人事グループ|採用担当|採用チーム|採用事務局|新卒採用担当|中途採用担当|"
    r"採用グループ|人材開発課|人力资源部|人力資源部|人资部|人資部|校园招聘团队|校园招聘|"
    r"招聘团队|招聘團隊|人才招聘部|招聘部|招聘组|招聘小组|HR团队|채용팀|채용담당자|채용 담당자|"
    r"인사팀|인사부|인재영입팀"
)
_DEPT_RE: Final = re.compile(rf"(?:{_DEPT}|招聘)$")
# A name ends where a particle, an honorific, a department or punctuation begins.
_END: Final = (
    r"(?=[ \t\n、。，,．.：:（(「」【】\[\]！!｜|]|様|御中|の|で|に|は|を|が|へ|より|から|$|"
    rf"{_DEPT})"
)
_START: Final = r"(?:^|(?<=[ \t\n、。，,：:（(「【\[｜|！!]))"
_LABEL: Final = re.compile(
    r"^[ \t■□●・*\-]*(?:企業名?|会社名?|求人企業|募集企業|회사명?|기업명?|고객사|客户|公司名称|"
    r"招聘企业|企业名称|雇主)[ \t]*[：:][ \t]*(?P<c>[^\n]+)$",
    re.MULTILINE,
)
# A board's card: the label, a run of blanks, the value ("회사   도담페이", Wanted's receipt).
_CARD_LABEL: Final = re.compile(
    r"^[ \t]*(?:회사명?|기업명?|企業名|会社名|公司名称|企业名称)[ \t]{2,}(?P<c>[^\n]+)$",
    re.MULTILINE,
)
# Korean boards' receipts and offers: "도담페이의 시니어 UX 리서처 포지션에 지원이",
# "바로배송의 UX 리서처 채용에 지원하셨습니다", "오름모빌리티에서 김서연님께 포지션을 제안".
_KO_APPLIED: Final = re.compile(
    rf"(?P<c>{_N}{{2,20}}?)의 [^\n]{{2,60}}?(?:포지션|채용|공고)에 지원"
)
_KO_PROPOSED: Final = re.compile(
    rf"(?P<c>{_N}{{2,20}}?)에서 [^\n]{{0,20}}?님(?:께|에게) (?:포지션|채용|면접)"
)
# A Korean writer introduces themself by the firm and their team ("바로배송 프로덕트팀 리드
# 정민호입니다") and signs with the firm before a role in Latin letters ("바로배송 | Product Lead").
_KO_TEAM: Final = re.compile(rf"(?P<c>{_N}{{2,20}}?)[ \t][^\s팀]{{1,10}}팀[ \t]")
_SIGNED_BEFORE_ROLE: Final = re.compile(
    rf"^[ \t]*(?P<c>{_N}{{2,20}})[ \t]*[|｜][ \t]*[A-Za-z][A-Za-z &/-]{{2,40}}$", re.MULTILINE
)
# A withheld or described employer: "某头部互联网大厂（保密）", "東証プライム上場の大手メーカー".
_CONFIDENTIAL: Final = re.compile(
    r"某|保密|非公開|非公开|비공개|機密|기밀|未公開|匿名|大手|外資系|上場|头部|頭部|大厂|大廠|"
    r"知名|대기업|유명|글로벌|국내 |업계"
)
_JA_BEFORE: Final = re.compile(rf"(?:{_JA_FORMS})[ \t]?(?P<c>{_N}{{2,20}}?){_END}")
_JA_AFTER: Final = re.compile(rf"(?P<c>{_N}{{2,20}})[ \t]?(?:{_JA_FORMS})")
_KO_BEFORE: Final = re.compile(rf"(?:{_KO_FORMS})[ \t]?(?P<c>{_N}{{2,20}}?){_END}")
_ZH_AFTER: Final = re.compile(rf"(?P<c>{_N}{{2,20}}?)(?:{_ZH_FORMS})")
_HONORED: Final = re.compile(rf"(?P<c>{_N}{{2,30}}?)様")  # an agent's client: "株式会社X様"
_WITH_DEPT: Final = re.compile(rf"{_START}(?P<c>{_N}{{2,20}}?)[ \t\n]?(?:{_DEPT})", re.MULTILINE)
_BRACKET: Final = re.compile(r"[【\[](?P<c>[^】\]\n]{2,30})[】\]]")
# A firm an agent writes of with an honorific: "(新和ゴム工業様)", "新和ゴム工業様より" (a
# person's "吉川様より" has no katakana and no word of a firm's name).
_FIRM_HONORED: Final = re.compile(rf"(?P<c>{_N}{{3,20}}?)様(?=より|から|へ|[)）】])")
_FIRM_WORD: Final = re.compile(
    r"[ァ-ヺー]|工業|電装|製作所|商事|産業|電機|精機|化学|物産|銀行|建設|技研|製薬|運輸|物流|"
    r"食品|電子|重工|自動車|証券|保険|病院|ホールディングス"
)
# Korean and Chinese subjects open with the name: "한결건설 채용 결과 안내",
# "綠光生技 應徵結果通知".
_SUBJECT_LEAD: Final = re.compile(
    rf"^(?:Re:|RE:|Fwd?:|恭喜！)?[ \t]*(?P<c>{_N}{{2,15}}?)[ \t]?(?:채용|입사지원|서류|전형|"
    r"應徵|应聘|招聘|录用通知|錄用通知|Offer|面试|面試|エントリー)"
)
# Mentions of the employer in stock sentences: "投递星辰科技2025届", "参加凌云汽车的面试".
_ZH_PHRASE: Final = re.compile(
    rf"(?:投递|投遞|参加|參加|关注|關注|加入|应聘|應徵)(?P<c>{_N}{{2,12}}?)"
    r"(?=的|20\d\d|校园|校招|招聘|岗位|職缺|职位|[，。！]|$)"
)
_READER: Final = re.compile(
    rf"(?P<c>{_N}{{1,6}}(?:[ \t]{_N}{{1,6}})?)[ \t]?(?:様|さま|님|同学|同學|先生|女士|小姐|您好)"
)
# Particles, and the verb endings of a sentence running into the name ("先日推薦いたしました
# 新和ゴム工業株式会社様より").
_PARTICLES: Final = re.compile(r".*(?:は|を|に|の|が|で|も|へ|と|、|。|，|ました|ます)")
# Words in a subject's brackets or a labelled line that are not a name.
_NOT_A_NAME: Final = re.compile(
    r"重要|応募|内定|内々定|求人|ヘッドハンティング|필독|제안|机会|機會|卒|お知らせ|ご案内|通知|"
    r"急募|募集|選考|面接|案内|안내|공지|合格|结果|結果|职位|職位|岗位|弊社|当社|本公司|我司|"
    r"貴社|御社|贵公司|당사|저희|皆様|採用|채용|招聘|面试|面試|笔试|筆試|テスト|研修|説明会|"
    r"ポジション|포지션|오퍼|입사|지원|提案|紹介|ご連絡|連絡|背景调查|背景調查|授权|授權|"
    r"此致|敬上|敬祝|谢谢|謝謝|以上|よろしく|드림|올림"  # a letter's closing, above the team
)
# Job boards and agencies: they send the mail, they are never the employer.
_BOARDS: Final = re.compile(
    r"マイナビ|リクナビ|doda|デューダ|ビズリーチ|エン転職|リクルート|Wantedly|LinkedIn|"
    r"Indeed|indeed|脉脉|脈脈|猎聘|獵聘|BOSS直聘|智联|前程无忧|拉勾|104人力|1111人力|"
    r"사람인|잡코리아|원티드|리멤버|인크루트|人力銀行|牛客"
)
_AGENTS: Final = re.compile(
    r"転職|エージェント|サーチ|パートナーズ|キャリア|ヘッドハン|サポート|猎头|獵頭|헤드헌터|"
    r"서치|커리어|科锐|人才顾问|人才顧問"
)


@dataclass(frozen=True, slots=True)
class CjkCompany:
    """The answer of the CJK reading: ``name`` None means the mail says the employer is
    not named ("客户：某头部互联网大厂（保密）"), which is an answer too."""

    name: str | None
    aliases: tuple[str, ...] = ()


def key(name: str) -> str:
    """``name`` without its legal form and blanks: "株式会社 みらい商事" -> "みらい商事"."""
    return "".join(_ALL_FORMS.sub("", name).split())


# A table's label run into its value ("企業名新和ゴム工業株式会社") and an honorific after
# the name ("【浪速電装様】"): neither is part of it.
_LABEL_HEAD: Final = re.compile(
    r"^(?:企業名|会社名|求人企業|募集企業|応募企業|회사명|기업명|公司名称|企业名称)"
)
_HONORIFIC_TAIL: Final = re.compile(r"(?:様|さま|御中)$")


def _clean(raw: str) -> str:
    text = raw.strip(" \t\u3000「」『』【】[]()（）:：・")
    previous = None
    while previous != text:
        previous = text
        text = _DEPT_RE.sub("", text).strip()
        text = _HONORIFIC_TAIL.sub("", _LABEL_HEAD.sub("", text)).strip()
    return text


class _Votes:
    def __init__(self, readers: set[str]) -> None:
        self.weights: Counter[str] = Counter()
        self.readers = readers

    def add(self, raw: str, weight: int) -> None:
        name = key(_clean(raw))
        if (
            len(name) < 2
            or len(name) > 30
            or not CJK.search(name)
            or _NOT_A_NAME.search(name)
            or _BOARDS.search(name)
            or _AGENTS.search(name)
            or any(name in reader or reader in name for reader in self.readers)
        ):
            return
        self.weights[name] += weight

    def add_run(self, run: str, weight: int) -> None:
        """A run of name characters that may open with words of the sentence ("この度は
        日本橋フーズ") or with a name that starts with a particle ("はやて運輸"): both
        readings vote, and ``_winner`` keeps the one the rest of the mail repeats."""
        cut = _after_particle(run)
        if cut != run:
            self.add(run, weight // 2)
        self.add(cut, weight)


def _readers(message_start: str) -> set[str]:
    """The reader's own name as the greeting writes it ("田中 直樹 様", "张明轩同学")."""
    names: set[str] = set()
    for match in _READER.finditer(message_start):
        whole = match.group("c")
        names.add("".join(whole.split()))
        names.update(part for part in whole.split() if len(part) >= 2)
    return names


def _after_particle(run: str) -> str:
    """The end of a run of name characters after its last particle: "この度は日本橋フーズ"
    -> "日本橋フーズ" (a name starting with a particle, "はやて運輸", is seen elsewhere)."""
    cut = _PARTICLES.match(run)
    rest = run[cut.end() :] if cut else run
    return rest if len(rest) >= 2 else run


def _display(name: str, text: str) -> str:
    """The spelling the mail uses: with its Japanese legal form when written with one."""
    forms = Counter(
        re.findall(rf"(?:{_JA_FORMS}){re.escape(name)}|{re.escape(name)}(?:{_JA_FORMS})", text)
    )
    return forms.most_common(1)[0][0] if forms else name


def cjk_company(sender_name: str, subject: str, body: str) -> CjkCompany | None:
    """The employer a CJK job mail names, ``CjkCompany(None)`` when it says the employer is
    withheld, or None when the text gives no answer (the caller then reads it as usual)."""
    text = f"{sender_name}\n{subject}\n{body}"
    votes = _Votes(_readers(body.lstrip().partition("\n")[0]))
    for match in _LABEL.finditer(body):
        value = match.group("c").strip()
        if _CONFIDENTIAL.search(value):
            return CjkCompany(None)
        votes.add(re.split(r"[（(／/｜|]", value)[0].strip(), 300)
    for match in _CARD_LABEL.finditer(body):
        votes.add(re.split(r"[（(／/｜|·]", match.group("c"))[0].strip(), 300)
    for pattern in (_KO_APPLIED, _KO_PROPOSED):
        for match in pattern.finditer(text):
            votes.add(match.group("c"), 100)
    for match in _KO_TEAM.finditer(body):
        votes.add_run(match.group("c"), 40)
    for match in _SIGNED_BEFORE_ROLE.finditer(body):
        # (not the writer's own name: "이하은 | People Team" from 이하은)
        if CJK.search(match.group("c")) and match.group("c") not in sender_name:
            votes.add(match.group("c"), 60)
    for match in _HONORED.finditer(text):
        if _ALL_FORMS.search(match.group("c")):
            votes.add_run(match.group("c"), 150)
    for pattern, weight in ((_JA_BEFORE, 50), (_KO_BEFORE, 50)):
        for match in pattern.finditer(text):
            votes.add(match.group("c"), weight)
    for match in _JA_AFTER.finditer(text):
        votes.add_run(match.group("c"), 50)
    for match in _ZH_AFTER.finditer(text):
        votes.add_run(match.group("c"), 10)
    for match in _WITH_DEPT.finditer(text):
        votes.add_run(match.group("c"), 40)
    for match in _BRACKET.finditer(subject):
        votes.add(match.group("c"), 60)
    for match in _FIRM_HONORED.finditer(text):
        if _FIRM_WORD.search(match.group("c")):
            votes.add_run(match.group("c"), 40)
    if (lead := _SUBJECT_LEAD.search(subject)) is not None:
        votes.add(lead.group("c"), 50)
    for match in _ZH_PHRASE.finditer(text):
        votes.add(match.group("c"), 30)
    votes.add(_sender_company(sender_name), 60)
    if not votes.weights:
        return None
    return _winner(votes.weights, text)


def _sender_company(sender_name: str) -> str:
    """The company of a display name made of a name and a department or a legal form
    ("株式会社北斗システムズ 採用担当", "한빛전자 채용담당자", "华瑞证券招聘"); "" for a person
    ("渡辺 拓也", "中村（ハイクラス転職サポート）")."""
    head, paren, tail = re.split(r"[｜|]", sender_name)[0].partition("（")
    if not paren:
        head, paren, tail = head.partition("(")
    if paren and _BOARDS.search(tail) and not _AGENTS.search(tail) and len(head.strip()) >= 4:
        # "みなと銀行（doda）": the employer writing through a job board ("山田（doda）", a
        # recruiter's surname, is too short to be read as one)
        return head.strip() if len(head.split()) == 1 else ""
    tokens = head.split()
    for token in tokens:
        if _ALL_FORMS.search(token):
            return token
    if not tokens:
        return ""
    if len(tokens) == 1:
        return tokens[0] if _DEPT_RE.search(tokens[0]) else ""
    return tokens[0] if all(_DEPT_RE.search(t) for t in tokens[1:]) else ""


def _winner(weights: Counter[str], text: str) -> CjkCompany | None:
    counts = {name: text.count(name) for name in weights}
    # A fragment seen more often than the longer name it is part of is the name the mail
    # uses; a fragment seen no more often is a cut of the longer one.
    merged: Counter[str] = Counter()
    for name, weight in weights.items():
        target = name
        for other in weights:
            if (
                other != name
                and name in other
                and counts[other] >= counts[name]
                and len(other) > len(target)
            ):
                target = other
        merged[target] += weight
    score = {name: weight + 10 * counts[name] for name, weight in merged.items()}
    best = max(merged, key=lambda n: (score[n], counts[n]))  # max: earlier wins ties
    if score[best] < 50:  # one stock phrase and its one mention at least
        return None
    display = _display(best, text)
    return CjkCompany(display, (best,) if display != best else ())
