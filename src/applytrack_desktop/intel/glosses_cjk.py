"""English glosses of Japanese, Chinese and Korean words of job mail and of its look-alikes.

The features keep only ASCII words: text is folded and split into runs of ``[a-z0-9_]``. Mail in
Japanese, Chinese or Korean therefore reached the models as almost nothing but its sender and
header markers, and an interview invitation read like an empty message. These scripts put no
spaces between words, so the words here are found as substrings (the longest first, so that
"不採用", not hired, is not read as "採用", hiring) and their English glosses join the features
as the European glosses do (``features.GLOSSES``): such mail borrows the evidence the models
learnt from the many English messages. Both sides are glossed, the job words and the words of
the mail that borrows them (a loan's screening, a school's admission, a shop's coupon), so that
a look-alike in these languages is not read as job mail for lack of anything else.

Written from general knowledge of how recruiting mail in these languages is phrased (Japanese
new-graduate and mid-career hiring, Chinese campus and social recruiting, Korean open
recruitment), in Japanese, simplified and traditional Chinese, and Korean forms.
"""

from __future__ import annotations

import re

from applytrack_desktop.intel.cjk import has_cjk

GLOSSES_CJK: dict[str, str] = {
    # Japanese: applying and selection
    "応募": "application",
    "応募者": "candidate",
    "エントリー": "application",
    "選考": "selection",
    "書類選考": "screening",
    "書類審査": "screening",
    "面接": "interview",
    "面談": "interview",
    "日程調整": "availability",
    "候補日": "availability",
    "適性検査": "assessment",
    "筆記試験": "test",
    "コーディングテスト": "coding",
    "技術課題": "assignment",
    "内定": "offer",
    "内々定": "offer",
    "オファー": "offer",
    "労働条件": "contract",
    "雇用契約": "contract",
    "入社": "employment",
    "年収": "salary",
    "給与": "salary",
    "不採用": "unfortunately",
    "見送": "unfortunately",
    "残念ながら": "unfortunately",
    "ご活躍をお祈り": "regret",
    "採用": "recruitment",
    "採用担当": "recruiter",
    "人事部": "recruitment",
    "スカウト": "recruiter",
    "求人": "vacancy",
    "職種": "position",
    "ポジション": "position",
    "履歴書": "resume",
    "職務経歴書": "resume",
    "おめでとう": "congratulations",
    # Japanese: the look-alikes
    "新着求人": "jobs alert",
    "おすすめ求人": "recommended jobs",
    "求人情報": "jobs",
    "転職": "career",
    "給与明細": "payslip",
    "年末調整": "tax",
    "審査": "review",
    "入居": "tenancy",
    "ローン": "loan",
    "合格発表": "admission results",
    "入学": "admission",
    "クーポン": "coupon",
    "セール": "sale",
    "予約": "booking",
    "配信停止": "unsubscribe",
    "オーディション": "audition",
    # Chinese (simplified, traditional): applying and selection
    "应聘": "application",
    "應聘": "application",
    "應徵": "application",
    "申请": "application",
    "申請": "application",
    "简历": "resume",
    "簡歷": "resume",
    "履歷": "resume",
    "面试": "interview",
    "面試": "interview",
    "笔试": "test",
    "筆試": "test",
    "测评": "assessment",
    "測評": "assessment",
    "职位": "position",
    "職位": "position",
    "岗位": "position",
    "崗位": "position",
    "录用": "offer",
    "錄用": "offer",
    "入职": "employment",
    "入職": "employment",
    "薪资": "salary",
    "薪資": "salary",
    "薪酬": "salary",
    "年薪": "salary",
    "很遗憾": "unfortunately",
    "很遺憾": "unfortunately",
    "招聘": "recruitment",
    "校招": "recruitment",
    "猎头": "recruiter",
    "獵頭": "recruiter",
    "候选人": "candidate",
    "候選人": "candidate",
    "背景调查": "references",
    "背景調查": "references",
    "恭喜": "congratulations",
    "邀请": "invitation",
    "邀請": "invitation",
    # Chinese: the look-alikes
    "职位推荐": "recommended jobs",
    "職位推薦": "recommended jobs",
    "工资条": "payslip",
    "贷款": "loan",
    "貸款": "loan",
    "录取通知书": "admission",
    "錄取通知書": "admission",
    "优惠券": "coupon",
    "優惠券": "coupon",
    "预约": "booking",
    "預約": "booking",
    "退订": "unsubscribe",
    "退訂": "unsubscribe",
    # Korean: applying and selection
    "지원서": "application",
    "입사지원": "application",
    "지원자": "candidate",
    "서류전형": "screening",
    "서류 전형": "screening",
    "서류심사": "screening",
    "면접": "interview",
    "인적성": "assessment",
    "코딩테스트": "coding",
    "코딩 테스트": "coding",
    "최종 합격": "offer",
    "최종합격": "offer",
    "처우 협의": "salary",
    "연봉": "salary",
    "입사": "employment",
    "불합격": "unfortunately",
    "아쉽게도": "unfortunately",
    "안타깝게도": "unfortunately",
    "채용": "recruitment",
    "공채": "recruitment",
    "헤드헌터": "recruiter",
    "포지션": "position",
    "직무": "position",
    "이력서": "resume",
    "축하": "congratulations",
    # Korean: the look-alikes
    "채용공고": "jobs",
    "추천 채용": "recommended jobs",
    "연말정산": "tax",
    "대출": "loan",
    "심사": "review",
    "입학": "admission",
    "쿠폰": "coupon",
    "예약": "booking",
    "수신거부": "unsubscribe",
}

# Longest first: an alternation takes the first alternative that matches at a position.
_FIND = re.compile("|".join(map(re.escape, sorted(GLOSSES_CJK, key=len, reverse=True))))


def cjk_glosses(*texts: str) -> set[str]:
    """The English glosses of the words above found in ``texts`` (nothing for text without
    a character of these scripts, which is all most mail pays: one failed search)."""
    found: set[str] = set()
    for text in texts:
        if has_cjk(text):
            found.update(GLOSSES_CJK[word] for word in _FIND.findall(text))
    return found
