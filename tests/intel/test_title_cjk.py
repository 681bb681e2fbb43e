"""Job titles in Japanese, Chinese and Korean job mail (``intel.title_cjk``), alone and
through ``extract_title``: labelled fields, stock phrases, subjects, and the steps and
statuses that look like a title in the same frames."""

from __future__ import annotations

import pytest

from applytrack_desktop.intel.text import Prepared
from applytrack_desktop.intel.title_cjk import cjk_title
from applytrack_desktop.intel.titles import extract_title


@pytest.mark.parametrize(
    ("subject", "body", "company", "title"),
    [
        ("【応募完了】ソラリス 中途採用", "山田様\n\n応募職種：カスタマーサクセス\n番号：1",
         "株式会社ソラリス", "カスタマーサクセス"),
        ("【北辰物流】网申成功通知", "李娜同学，你好！\n\n申请职位：物流专员\n工作地点：上海",
         "北辰物流", "物流专员"),
        ("[한울소프트] 지원이 완료되었습니다", "김민수님\n\n■ 지원 포지션: 백엔드 개발자\n",
         "한울소프트", "백엔드 개발자"),
        ("在线笔试邀请", "【笔试时间】5月24日 09:00\n【应聘岗位】算法工程师", "新桥教育",
         "算法工程师"),
        ("研修のご案内", "日時：3月21日\n対象：品質保証スタッフ 入社予定者", None,
         "品質保証スタッフ"),
    ],
)  # fmt: skip
def test_labelled_fields(subject: str, body: str, company: str | None, title: str) -> None:
    assert cjk_title(subject, body, company) == title


@pytest.mark.parametrize(
    ("subject", "body", "company", "title"),
    [
        ("面試結果通知", "王先生您好：\n\n感謝您應徵本公司「軟體工程師」一職，並撥冗參加面試。",
         "晨曦科技", "軟體工程師"),
        ("录用通知书", "尊敬的王雨桐：\n\n北辰物流决定录用您担任财务专员一职。", "北辰物流",
         "财务专员"),
        ("在线笔试邀请", "感谢你投递北辰物流数据分析师岗位。你的简历已通过初筛。", "北辰物流",
         "数据分析师"),
        ("選考結果のご連絡（内々定）",
         "このたび、田中様を株式会社ソラリスの技術系総合職として内々定とさせていただきました。",
         "株式会社ソラリス", "技術系総合職"),
        ("選考結果のご報告", "株式会社ネオテック様の機械学習エンジニアポジションにつきまして",
         "株式会社ネオテック", "機械学習エンジニア"),
        ("書類選考結果のご連絡", "このたびは、経理スタッフの求人にご応募いただき、誠にありがとう"
         "ございました。", None, "経理スタッフ"),
        ("최종 합격 안내", "이지은님, 안녕하세요.\n\n지원하신 UX 디자이너 직무에 최종 합격하셨음을 "
         "알려드립니다.", "다인테크", "UX 디자이너"),
        ("서류 전형 결과 안내", "김민수님께\n\n한울소프트 마케팅 매니저 포지션에 지원해 주셔서 "
         "감사합니다.", "한울소프트", "마케팅 매니저"),
        ("【一次面接のご案内】株式会社みらい商事",
         "この度は株式会社みらい商事の「データアナリスト」職にご応募いただき、ありがとうございます。",
         "株式会社みらい商事", "データアナリスト"),
        ("応募受付のお知らせ", "「法人営業（東京）」の求人にご応募いただきありがとうございます。",
         None, "法人営業（東京）"),
    ],
)  # fmt: skip
def test_stock_phrases(subject: str, body: str, company: str | None, title: str) -> None:
    assert cjk_title(subject, body, company) == title


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("面接日程のご連絡（営業職（法人営業））", "営業職（法人営業）"),
        ("【選考結果】株式会社ネオテック／法人営業（SaaS）", "法人営業（SaaS）"),
        ("【スカウト】株式会社ソラリスより人事担当のご案内", "人事担当"),
        ("이직 제안드립니다 - 데이터 엔지니어", "데이터 엔지니어"),
        ("[한울소프트] 프론트엔드 개발자 코딩테스트 응시 안내", "프론트엔드 개발자"),
        ("关于前端开发工程师职位的申请结果", "前端开发工程师"),
        ("编程笔试邀请函 - 算法工程师", "算法工程师"),
    ],
)
def test_subjects(subject: str, title: str) -> None:
    assert cjk_title(subject, "ご確認ください。", None) == title


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("選考結果のご連絡（内々定）", "おめでとうございます。添付の書類をご確認ください。"),
        ("【株式会社ソラリス】適性検査受検のご案内", "受検期限：2月3日 23:59"),
        ("エントリー受付のご連絡（株式会社ソラリス）", "マイページをご確認ください。"),
        ("[푸른바이오] 전형 결과 안내", "추후 적합한 포지션이 있을 경우 다시 연락드리겠습니다."),
        ("[필독] 온라인 인적성검사 일정 안내", "1. 일시: 11월 12일(수) 오후 2시"),
        ("【新桥教育】应聘结果通知", "很遗憾地通知您，本次未能进入下一轮。"),
    ],
)
def test_steps_and_statuses_are_not_titles(subject: str, body: str) -> None:
    assert cjk_title(subject, body, None) is None


def test_extract_title_reads_cjk_mail() -> None:
    prepared = Prepared(
        "面接日程のご連絡（インフラエンジニア）", "Whitfield 様\n\nお世話になっております。"
    )
    assert extract_title(prepared, "株式会社ソラリス") == "インフラエンジニア"


def test_extract_title_leaves_other_mail_to_the_latin_patterns() -> None:
    prepared = Prepared("Application for Senior Data Engineer", "Thanks for applying.")
    assert extract_title(prepared, "Acme") == "Senior Data Engineer"
    assert cjk_title(prepared.subject, prepared.body, "Acme") is None
