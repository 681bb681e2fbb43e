"""Title cases found on the session-23 blind set's job mail (after it was first measured):
Japanese job cards whose label runs into the value, and words of the letter that are no
title ("以下", "今後", "して", a kind of experience)."""

from __future__ import annotations

import pytest

from applytrack_desktop.intel.title_cjk import cjk_title


def test_a_job_card_whose_label_runs_into_the_value() -> None:
    body = (
        "松本 健太 様\n\n以下の求人への応募(推薦)手続きが完了しましたのでお知らせいたします。\n\n"
        "企業名新和ゴム工業株式会社\n\n求人名品質保証エンジニア(自動車用防振ゴム部品)\n\n"
        "今後の選考状況は、担当キャリアアドバイザーよりご連絡いたします。"
    )
    assert cjk_title("【doda】応募(推薦)手続きが完了しました", body) == (
        "品質保証エンジニア(自動車用防振ゴム部品)"
    )


@pytest.mark.parametrize(
    "body",
    [
        "以下の求人への応募が完了しました。",
        "今後の選考状況はマイページでご確認ください。",
        "今回はサプライヤー品質(SQE)寄りのご経験をお持ちの方を優先する判断となりました。",
        "品質マネジメント系の求人をご紹介します。",
    ],
)
def test_words_of_the_letter_are_no_title(body: str) -> None:
    assert cjk_title("ご連絡", f"田中 健太 様\n\n{body}") is None


def test_a_receipts_role_ends_at_its_link_when_the_next_line_was_joined() -> None:
    from applytrack_desktop.intel.text import prepare
    from applytrack_desktop.intel.titles import extract_title

    from .company_mail import company_mail

    message = company_mail(
        "LinkedIn",
        "jobs-noreply@linkedin.com",
        "Chiara, your application was sent to Studio Calvetti",
        "Your application was sent to Studio Calvetti\n\nBuyer Junior Accessori Moda "
        "<https://www.linkedin.com/comm/jobs/view/4129934871/> Studio Calvetti · Milan\n",
    )
    assert extract_title(prepare(message)) == "Buyer Junior Accessori Moda"


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Monitoring, Evaluation & Learning Manager", "Monitoring, Evaluation & Learning Manager"),
        ("Research, Development and Innovation Lead", "Research, Development and Innovation Lead"),
        ("Jane, Senior Engineer", "Senior Engineer"),  # a greeting's name, not a list
        ("M&E Manager - First Interview", "M&E Manager"),
        ("Satın Alma Uzmanı Pozisyonu", "Satın Alma Uzmanı"),  # Turkish "position"
        (
            "Programme Manager - Gender & Governance - Njeri Kamau",
            "Programme Manager - Gender & Governance",
        ),
    ],
)
def test_clean_title_keeps_a_list_of_fields_and_drops_stage_and_person(
    raw: str, title: str
) -> None:
    from applytrack_desktop.intel.title_clean import clean_title

    assert clean_title(raw) == title


@pytest.mark.parametrize(
    ("label", "title"),
    [
        ("Pozícia", "Skladník/Skladníčka"),
        ("Pozice", "Projektový manažer"),
        ("Stanowisko", "Specjalista ds. logistyki"),
        ("Posisi", "Marketing Executive"),
        ("Stilling", "Kunderådgiver"),
        ("Posição", "SDET Sênior"),
    ],
)
def test_a_labelled_role_in_more_languages(label: str, title: str) -> None:
    from applytrack_desktop.intel.text import prepare
    from applytrack_desktop.intel.titles import extract_title

    from .company_mail import company_mail

    message = company_mail(
        "Board", "noreply@board.example", "Odpověď odeslána", f"Dobrý den,\n\n{label}: {title}\n"
    )
    assert extract_title(prepare(message)) == title
