"""Company and title cases found on the session-24 blind set's job mail (after it was first
measured): Portuguese and Korean boards' receipts, an employer of record's onboarding, German
and Portuguese agencies naming their client, a signature's fuller name, Korean job cards and
stages, and a Swiss title's workload."""

from __future__ import annotations

import pytest

from applytrack_desktop.core.enums import Category
from applytrack_desktop.intel.company_notices import client_in_subject
from applytrack_desktop.intel.company_spelling import fuller_in_signature
from applytrack_desktop.intel.text import prepare
from applytrack_desktop.intel.title_cjk import cjk_title
from applytrack_desktop.intel.titles import extract_title

from .company_mail import company_mail, company_name


def test_a_portuguese_boards_receipt_names_the_employer() -> None:
    body = (
        "Olá Beatriz,\n\nA tua candidatura à oferta Analista de Planeamento Logístico (SAP IBP) "
        "[https://www.itjobs.pt/oferta/48127/analista] da Quantix Sistemas foi enviada com "
        "sucesso.\n\nBoa sorte!\nEquipa ITJobs.pt"
    )
    found = company_name(
        "ITJobs.pt", "noreply@itjobs.pt", "Candidatura enviada - Analista", body,
        Category.CONFIRMATION,
    )  # fmt: skip
    assert found == "Quantix Sistemas"


def test_an_employer_of_records_onboarding_names_the_employer_not_itself() -> None:
    found = company_name(
        "Deel",
        "no-reply@letsdeel.com",
        "Halvard Payments B.V. invited you to complete your onboarding on Deel",
        "Hi Oluwaseun,\n\nHalvard Payments B.V. has hired you through Deel, their employer "
        "of record in Nigeria.\n\nThe Deel Team",
        Category.OTHER_JOB,
    )
    assert found == "Halvard Payments"


def test_a_german_agency_names_its_client_with_her_article() -> None:
    body = (
        "Guten Tag Frau Brunner\n\nUnsere Kundin, die Jurapharm SA in Delémont, sucht eine/n "
        "GMP Compliance Specialist.\n\nBeste Grüsse\nMarco Bianchi\n"
        "Kessler Life Science Personal AG"
    )
    found = company_name(
        "Marco Bianchi", "marco.bianchi@kessler-lifescience.ch", "Spannende Stelle", body,
        Category.RECRUITER_OUTREACH,
    )  # fmt: skip
    assert found == "Jurapharm"


def test_a_staffing_firm_named_human_capital_writes_for_the_client_in_its_subject() -> None:
    body = (
        "Olá Beatriz,\n\nProponho fazermos a entrevista inicial na segunda-feira.\n\nAbraço,\n"
        "Tiago\n\nTiago Sequeira\nSenior Consultant | Supply Chain & Logistics\n"
        "Atlas Human Capital\nAv. da Liberdade 190, 1250-147 Lisboa"
    )
    found = company_name(
        "Tiago Sequeira",
        "tiago.sequeira@atlashc.pt",
        "RE: Oportunidade – Gestor de Operações Logísticas | Frioeste",
        body,
        Category.INTERVIEW,
    )
    assert found == "Frioeste"


@pytest.mark.parametrize(
    ("subject", "client"),
    [
        ("RE: Oportunidade – Gestor de Operações Logísticas | Frioeste", "Frioeste"),
        ("Feedback Jurapharm & nächster Schritt", "Jurapharm"),
        ("Feedback – processo Correia & Vaz", "Correia & Vaz"),
        ("Interview confirmation | Friday", None),  # no role before the bar
    ],
)
def test_an_agencys_subject_names_its_client(subject: str, client: str | None) -> None:
    assert client_in_subject(subject) == client


@pytest.mark.parametrize(
    ("name", "body", "fuller"),
    [
        ("Maré Alta", "Hugo\nMaré Alta Bebidas, Lda. | Zona Industrial", "Maré Alta Bebidas"),
        ("Chakka", "Rohan\nPartner | Chakka Creative Studio LLP", "Chakka Creative Studio"),
        # a team, and a sentence, are no fuller name
        ("Harbourside Health", "Harbourside Health Recruitment Services\n", ""),
        ("Halvard", "Say hi to the Halvard Engineering team!", ""),
    ],
)  # fmt: skip
def test_a_signature_spells_out_the_firms_fuller_name(name: str, body: str, fuller: str) -> None:
    assert fuller_in_signature(name, body) == fuller


@pytest.mark.parametrize(
    ("sender", "subject", "body", "company"),
    [
        (
            "원티드",
            "[원티드] 도담페이 시니어 UX 리서처 포지션 지원 완료",
            "김서연님, 도담페이의 시니어 UX 리서처 포지션에 지원이 정상적으로 완료되었습니다.\n\n"
            "회사   도담페이\n포지션   시니어 UX 리서처\n",
            "도담페이",
        ),
        (
            "로켓펀치",
            "[로켓펀치] 바로배송 'UX 리서처' 지원이 완료되었습니다",
            "김서연님, 바로배송의 UX 리서처 채용에 지원하셨습니다.",
            "바로배송",
        ),
        (
            "리멤버",
            "[리멤버] 오름모빌리티에서 김서연님께 포지션을 제안했어요",
            "새로운 포지션 제안이 도착했어요\n\n(주)드라마앤컴퍼니",
            "오름모빌리티",
        ),
    ],
)
def test_korean_boards_name_the_employer_never_themselves(
    sender: str, subject: str, body: str, company: str
) -> None:
    found = company_name(sender, "noreply@board.co.kr", subject, body, Category.CONFIRMATION)
    assert found == company


@pytest.mark.parametrize(
    ("subject", "body", "company", "title"),
    [
        (
            "[원티드] 도담페이 시니어 UX 리서처 포지션 지원 완료",
            "회사   도담페이\n포지션   시니어 UX 리서처\n",
            "도담페이",
            "시니어 UX 리서처",
        ),
        ("[로켓펀치] 바로배송 'UX 리서처' 지원이 완료되었습니다", "", "바로배송", "UX 리서처"),
        ("[오름모빌리티] 리서치 옵스 매니저 1차 면접", "", "오름모빌리티", "리서치 옵스 매니저"),
        ("[한결헬스케어] 서류전형 결과 안내", "이번 서류전형 결과입니다.", "한결헬스케어", None),
    ],
)  # fmt: skip
def test_korean_titles_without_the_board_the_stage_or_the_sentence(
    subject: str, body: str, company: str, title: str | None
) -> None:
    assert cjk_title(subject, body, company) == title


@pytest.mark.parametrize(
    ("subject", "body", "title"),
    [
        (
            "Eingangsbestätigung Ihrer Bewerbung: QA Compliance Specialist (80–100 %)",
            "Guten Tag Frau Brunner",
            "QA Compliance Specialist (80–100 %)",
        ),
        (
            "Ihre Bewerbung ist bei uns eingegangen",
            "Vielen Dank für Ihre Bewerbung als GMP Compliance Specialist 100% in Reinach BL.",
            "GMP Compliance Specialist 100%",
        ),
        (
            "Candidatura: Gestor de Operações Logísticas",
            "Olá Beatriz, obrigado pela sua candidatura.",
            "Gestor de Operações Logísticas",
        ),
    ],
)
def test_a_swiss_workload_and_a_portuguese_role_stay_in_the_title(
    subject: str, body: str, title: str
) -> None:
    message = company_mail("HR", "jobs@example.ch", subject, body)
    assert extract_title(prepare(message), "Acme") == title


def test_a_korean_writer_names_the_firm_by_team_and_signature_never_by_their_own_name() -> None:
    body = (
        "서연님 안녕하세요!\n바로배송 프로덕트팀 리드 정민호입니다. 로켓펀치로 지원해 주신 거 "
        "보고 연락드려요.\n\n정민호 드림\n바로배송 | Product Lead\n010-2874-6610"
    )
    found = company_name(
        "정민호", "minho.jung@barobaesong.kr", "바로배송 UX 리서처 면접 관련", body,
        Category.INTERVIEW,
    )  # fmt: skip
    assert found == "바로배송"
    signed = "리멤버로 제안드렸던 오름모빌리티 이하은입니다.\n\n이하은 | People Team"
    found = company_name(
        "이하은", "haeun.lee@oreummobility.com", "[오름모빌리티] 1차 면접 안내", signed,
        Category.INTERVIEW,
    )  # fmt: skip
    assert found == "오름모빌리티"


def test_a_boards_status_update_names_the_employer() -> None:
    body = (
        "Ciao Chiara,\n\nl'azienda PICCOLO PASSO S.R.L. ha aggiornato lo stato della tua "
        "candidatura per l'offerta Buyer Abbigliamento Bambino.\n\nStato:  Non selezionato"
    )
    found = company_name(
        "InfoJobs", "noreply@infojobs.it", "Aggiornamento sulla tua candidatura", body,
        Category.REJECTION,
    )  # fmt: skip
    assert found is not None and found.casefold() == "piccolo passo"
    german = (
        "Guten Tag,\n\ndas Unternehmen Nordlicht Logistik GmbH hat den Status Ihrer Bewerbung "
        "aktualisiert.\n\nIhr StepStone-Team"
    )
    found = company_name(
        "StepStone", "noreply@stepstone.de", "Neuigkeiten zu Ihrer Bewerbung", german,
        Category.REJECTION,
    )  # fmt: skip
    assert found == "Nordlicht Logistik"


def test_a_meeting_named_for_both_sides_names_the_employer_and_no_title() -> None:
    import dataclasses

    from applytrack_desktop.intel.companies import extract_company
    from applytrack_desktop.mail.message import CalendarEvent

    message = dataclasses.replace(
        company_mail(
            "Noor Al-Sayed (via Google Calendar)",
            "calendar-notification@google.com",
            "Invitation: Maya Lindqvist <> Orrin Health – Hiring Manager Interview @ Thu 12 Mar",
            "Maya Lindqvist <> Orrin Health – Hiring Manager Interview\n\nOrganiser\n"
            "Noor Al-Sayed\nnoor.alsayed@orrinhealth.com\n\n"
            "Hiring manager conversation with Peter (Director).",
        ),
        calendar=(
            CalendarEvent(
                summary="Maya Lindqvist <> Orrin Health – Hiring Manager Interview",
                organizer="noor.alsayed@orrinhealth.com",
            ),
        ),
    )
    guess = extract_company(message, prepare(message), Category.INTERVIEW)
    assert guess is not None and guess.name == "Orrin Health"
    assert extract_title(prepare(message), guess.name) is None  # "Maya Lindqvist": the reader


@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        ("07700 918 442", ""),  # a phone number
        ("via Google Calendar", ""),  # the tool a person wrote through
        ("Oportunidade", ""),  # Portuguese for "opportunity"
        ("İnsan Kaynakları", ""),  # human resources, in Turkish
        ("الموارد البشرية", ""),  # and in Arabic
        ("Antworten", ""),  # XING's "reply" button
        ("Background Verification", ""),  # India's pre-joining check
        ("Orrin Health", "Orrin Health"),
    ],
)
def test_phone_numbers_tools_and_words_are_no_company(raw: str, kept: str) -> None:
    from applytrack_desktop.intel.company_names import clean_candidate

    assert clean_candidate(raw) == kept


def test_malaysias_legal_form_and_swedish_surnames() -> None:
    from applytrack_desktop.intel.company_names import strip_legal_form
    from applytrack_desktop.intel.title_clean import has_job_noun, looks_like_person

    assert strip_legal_form("Bayan Precision Moulding Sdn. Bhd.") == "Bayan Precision Moulding"
    assert looks_like_person("Maya Lindqvist") and not has_job_noun("Maya Lindqvist")
    assert has_job_noun("Clinical Pharmacist")  # the ending still reads a role


def test_a_chinese_check_and_a_coding_test_site_are_no_employer() -> None:
    from applytrack_desktop.intel.company_cjk import cjk_company

    found = cjk_company(
        "牛客网",
        "【牛客网】北辰数科 2026届校招 笔试邀请",
        "您好，北辰数科邀请您参加笔试。\n\n背景调查授权书请于本周内签署。",
    )
    assert found is None or found.name not in {"牛客网", "背景调查授权"}


@pytest.mark.parametrize(
    ("subject", "body", "company", "title"),
    [
        (
            "[사람인] (주)한결헬스케어 입사지원이 완료되었습니다.",
            "기업명 (주)한결헬스케어\n\n공고명 [한결헬스케어] 디지털헬스 앱 UX 리서처 채용\n\n"
            "지원분야 UX 리서처 (경력 5년 이상)\n",
            "한결헬스케어",
            "UX 리서처 (경력 5년 이상)",  # the field over the posting's name
        ),
        (
            "[잡코리아] (주)모아스튜디오 온라인 입사지원 완료 안내",
            "회사명 (주)모아스튜디오\n\n채용공고 [모아스튜디오] UX 리서치 매니저 경력 채용\n",
            "모아스튜디오",
            "UX 리서치 매니저",  # the posting's name without its employer and "경력 채용"
        ),
        (
            "[스텔라뱅크] 서류전형 합격 및 과제전형 안내",
            "김서연님, 안녕하세요.\n\nUX 리서처 (디지털채널) 서류전형에 합격하셨음을 알려드립니다.",
            "스텔라뱅크",
            "UX 리서처 (디지털채널)",
        ),
        ("서류전형 결과", "2026년 상반기 서류전형에 합격하셨습니다.", "한빛전자", None),
    ],
)
def test_korean_cards_postings_and_stages_name_the_role(
    subject: str, body: str, company: str, title: str | None
) -> None:
    assert cjk_title(subject, body, company) == title


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Técnico/a de Manutenção Industrial (Ref. TMI/02)", "Técnico/a de Manutenção Industrial"),
        ("Specjalista ds. płac jest wciąż analizowana przez zespół", "Specjalista ds. płac"),
        ("QA Compliance Specialist (80–100 %)", "QA Compliance Specialist (80–100 %)"),
    ],
)
def test_a_reference_in_brackets_and_a_sentence_after_the_role_are_cut(
    raw: str, clean: str
) -> None:
    from applytrack_desktop.intel.title_clean import clean_title

    assert clean_title(raw) == clean
