"""The employer of Japanese, Chinese and Korean job mail (``intel.company_cjk``), alone and
through ``extract_company``: legal forms, signatures, bracketed subjects, an agent's client,
and the look-alikes that must never be the employer (job boards, agencies, the reader)."""

from __future__ import annotations

import pytest

from applytrack_desktop.intel.company_cjk import cjk_company, key

from .company_mail import company_guess, company_name


def test_key_drops_legal_forms_and_blanks() -> None:
    assert key("株式会社 みらい商事") == "みらい商事"
    assert key("東邦電機株式会社") == "東邦電機"
    assert key("晨曦科技股份有限公司") == "晨曦科技"
    assert key("(주)한울소프트") == "한울소프트"


@pytest.mark.parametrize(
    ("sender", "address", "subject", "body", "company"),
    [
        (
            "株式会社ソラリス 採用担当",
            "recruit@solaris-inc.co.jp",
            "【株式会社ソラリス】書類選考通過のお知らせ",
            "山田 太郎 様\n\nこの度は株式会社ソラリスの求人にご応募いただき、"
            "誠にありがとうございます。\n\n株式会社ソラリス\n人事部 採用担当",
            "株式会社ソラリス",
        ),
        (
            "東邦精機株式会社 人事部",
            "jinji@toho-seiki.co.jp",
            "選考結果のご連絡",
            "佐藤 花子 様\n\nこの度は東邦精機株式会社の新卒採用にエントリーいただき、"
            "誠にありがとうございます。\n\n東邦精機株式会社 人事部 新卒採用担当",
            "東邦精機株式会社",
        ),
        (
            "北辰物流招聘",
            "noreply@mokahr.example.cn",
            "【北辰物流】网申成功通知",
            "李娜同学，你好！\n\n感谢您关注并投递北辰物流2026届校园招聘！\n\n"
            "上海北辰物流科技有限公司\n北辰物流校园招聘团队",
            "北辰物流",
        ),
        (
            "晨曦科技 人資部",
            "hr@chenxi-tech.com.tw",
            "面試邀請",
            "陳小姐您好：\n\n感謝您應徵本公司「軟體工程師」一職。\n\n"
            "晨曦科技股份有限公司 人力資源部",
            "晨曦科技",
        ),
        (
            "한울소프트 채용담당자",
            "recruit@hanul-soft.co.kr",
            "[한울소프트] 서류 전형 결과 안내",
            "김민수님, 안녕하세요.\n\n한울소프트 백엔드 개발자 포지션에 지원해 주셔서 "
            "감사합니다.\n\n"
            "한울소프트 인사팀 드림",
            "한울소프트",
        ),
    ],
)
def test_employer_named_in_the_text_not_the_domain(
    sender: str, address: str, subject: str, body: str, company: str
) -> None:
    assert company_name(sender, address, subject, body) == company


def test_japanese_legal_form_is_kept_with_the_bare_name_as_alias() -> None:
    guess = company_guess(
        "株式会社ソラリス 採用担当",
        "recruit@solaris-inc.co.jp",
        "面接日程のご連絡",
        "鈴木様\n\n株式会社ソラリス採用担当でございます。\n\n株式会社ソラリス\n人事部",
    )
    assert guess is not None
    assert guess.name == "株式会社ソラリス"
    assert guess.aliases == ("ソラリス",)


def test_name_opening_with_a_particle_is_not_cut() -> None:
    # "はやて" opens with "は", a particle: the mail repeats the whole name.
    found = cjk_company(
        "はやて運輸株式会社 採用担当",
        "【はやて運輸株式会社】選考結果のお知らせ",
        "小林様\n\nこの度ははやて運輸株式会社にご応募いただきありがとうございます。\n\n"
        "はやて運輸株式会社\n人事部",
    )
    assert found is not None
    assert found.name == "はやて運輸株式会社"


def test_an_agents_client_is_the_employer_not_the_agency() -> None:
    name = company_name(
        "中村（ハイクラス転職サポート）",
        "nakamura@hiclass-support.example.jp",
        "株式会社ネオテック様 選考結果のご連絡",
        "伊藤様\n\nハイクラス転職サポートの中村でございます。\n\n株式会社ネオテック様の"
        "データサイエンティストポジションにつきまして、一次面接の結果をお伝えいたします。\n\n"
        "ハイクラス転職サポート\nキャリアアドバイザー 中村",
    )
    assert name == "株式会社ネオテック"


@pytest.mark.parametrize(
    ("sender", "subject", "body", "company"),
    [
        ("渡辺 拓也｜エグゼクティブサーチ・パートナーズ", "【非公開求人】SREのご紹介",
         "鈴木様\n\n■企業：株式会社コスモ電装\n■ポジション：SRE", "株式会社コスモ電装"),
        ("박재원", "[포지션 제안] 데이터 엔지니어",
         "박유진님, 안녕하세요.\n\n- 회사: 누리에너지\n- 포지션: 데이터 엔지니어", "누리에너지"),
    ],
)  # fmt: skip
def test_a_labelled_employer_in_a_pitch(sender: str, subject: str, body: str, company: str) -> None:
    found = cjk_company(sender, subject, body)
    assert found is not None
    assert found.name == company


@pytest.mark.parametrize(
    "body",
    [
        "徐静，您好！\n\n我是猎头顾问黄伟。\n\n客户：某头部互联网大厂（保密）\n职位：产品经理",
        "松本様\n\n■企業：東証プライム上場の大手メーカー\n■ポジション：経理マネージャー",
        "박유진님, 안녕하세요.\n\n- 회사: 비공개 (국내 대기업)\n- 포지션: 품질관리 엔지니어",
    ],
)
def test_a_withheld_employer_gives_no_company(body: str) -> None:
    found = cjk_company("黄伟", "职位机会", body)
    assert found is not None
    assert found.name is None
    assert company_name("黄伟", "weihuang@kerui-search.example.cn", "职位机会", body) is None


def test_a_job_board_is_never_the_employer() -> None:
    # A board's own newsletter: its name is everywhere, but it hires nobody.
    found = cjk_company(
        "マイナビ転職",
        "【マイナビ転職】新着求人のお知らせ",
        "鈴木 一郎 様\n\nマイナビ転職をご利用いただきありがとうございます。\n\nマイナビ転職 事務局",
    )
    assert found is None


def test_the_employer_writing_through_a_board_is_the_employer() -> None:
    found = cjk_company(
        "みなと信用金庫（ビズリーチ）",
        "Lee様へ：カジュアル面談のお誘い",
        "Lee 様\n\n突然のご連絡失礼いたします。ご経歴を拝見し、ご連絡いたしました。",
    )
    assert found is not None
    assert found.name == "みなと信用金庫"


def test_the_readers_own_name_is_never_the_employer() -> None:
    # The greeting names the reader; a sender signing with a person's name is not a company.
    found = cjk_company(
        "田中 直樹",
        "ご相談",
        "高橋 美咲 様\n\n先日はありがとうございました。高橋様のご経歴について伺いたく存じます。\n\n"
        "田中 直樹",
    )
    assert found is None


def test_a_recruiters_surname_beside_a_board_is_not_the_employer() -> None:
    assert cjk_company("山田（doda）", "面談のお願い", "佐藤様\n\nご連絡いたしました。") is None


def test_a_letters_closing_above_the_department_is_not_a_name() -> None:
    # "此致\n人力资源部": the closing formula sits where a signature's company would.
    found = cjk_company(
        "", "面试邀请", "您好：\n\n请于6月3日上午10点参加面试。\n\n此致\n人力资源部"
    )
    assert found is None
