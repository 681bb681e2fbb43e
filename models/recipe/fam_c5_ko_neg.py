"""Korean mail that is NOT about the reader's job search but reads like it (session 10,
helper C5): job-board recommendation newsletters (추천 채용공고), university and
certification results (합격자 발표), loan screenings (대출 심사), the reader's own HR at work
(연말정산, 급여명세서), club and volunteer applications with their own 서류/면접 rounds, and a
friend's job news.
"""

# ruff: noqa: E501

from __future__ import annotations

from c5_kit import C5_N, cat, cday, foot, friend_addr, join, people, writer_addr
from kit import Ctx, Draft, family
from zf_kit import weekday_future

_CO = (
    "(주)한솔테크",
    "대명물산",
    "그린에너지솔루션",
    "에이원소프트",
    "미래로지스",
    "바른회계법인",
    "오션커머스",
)
_ROLE = (
    "웹 개발자(경력 3년↑)",
    "총무/경리 사무직",
    "영업관리 신입",
    "UX 디자이너",
    "물류센터 관리자",
    "CS 상담원",
    "마케팅 인턴",
)


def _name(ctx: Ctx) -> str:
    return ctx.person_last + ctx.person_first


def _ya(name: str) -> str:
    """The vocative particle a Korean friend adds: 아 after a final consonant, else 야."""
    return name + ("아" if (ord(name[-1]) - 0xAC00) % 28 else "야")


def _d(ctx: Ctx, subject: str, text: str, sender: tuple[str, str], **kw: object) -> Draft:
    return Draft(
        ctx.fill(subject), text, sender[0], sender[1], greet=False, sign="", lang="ko", **kw
    )  # type: ignore[arg-type]


@family("c5_ko_chucheon_chaeyong_gonggo", "not_job", lang="ko", n=C5_N)
def chucheon(ctx: Ctx) -> Draft:
    """A job board's newsletter of recommended openings (잡코리아 / 사람인 / 원티드 style)."""
    people(ctx, "ko")
    site, host = ctx.pick(
        [
            ("잡코리아", "mail.jobkorea.example.kr"),
            ("사람인", "news.saramin.example.kr"),
            ("원티드", "mail.wanted.example.kr"),
            ("인크루트", "edm.incruit.example.kr"),
        ]
    )
    items = [
        f"▶ {ctx.pick(_CO)} | {ctx.pick(_ROLE)} | {ctx.pick(['서울 강남구', '경기 성남시', '부산 해운대구', '재택근무'])} | ~{cday(ctx, weekday_future(ctx, 3, 20), 'ko')} 마감"
        for _ in range(ctx.num(3, 6))
    ]
    text = join(
        ctx.fill("{last}{first}님을 위한 추천 채용공고"),
        ctx.pick(
            [
                "관심 직무와 경력에 맞는 공고를 골라봤어요.",
                "이번 주 마감 임박 공고를 확인하세요!",
                "최근 본 공고와 비슷한 공고가 새로 등록되었습니다.",
            ]
        ),
        "\n".join(items),
        "더 많은 공고 보기: https://" + host + "/recommend",
        ctx.pick(
            [
                "수신거부: https://" + host + "/unsubscribe",
                "본 메일은 "
                + site
                + " 회원님께 발송되는 맞춤 정보 메일입니다. 수신을 원하지 않으시면 [수신거부]를 눌러주세요.",
            ]
        ),
        foot(ctx, "ko", 0.5),
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "[" + site + "] {last}{first}님 맞춤 추천 공고",
                "(광고) 이번 주 추천 채용정보",
                "마감 임박! 놓치면 아쉬운 공고",
                "{first}님이 관심 가질 만한 공고 " + str(len(items)) + "건",
            ]
        )
    )
    return _d(
        ctx, subject, text, (site, "no-reply@" + host), bulk=True, form=ctx.pick(["html", "alt"])
    )


@family("c5_ko_hapgyeokja_balpyo_ipsi", "not_job", lang="ko", n=C5_N)
def hapgyeokja(ctx: Ctx) -> Draft:
    """A university admission or a certification exam's result announcement (합격자 발표)."""
    people(ctx, "ko")
    org, host, exam = ctx.pick(
        [
            ("한빛대학교 입학처", "ipsi.hanbit-univ.example.ac.kr", "수시모집"),
            ("새솔대학교 대학원", "grad.saesol.example.ac.kr", "일반대학원 석사과정"),
            ("한국산업인력공단", "q-net.example.or.kr", "정보처리기사 실기"),
            ("어학시험센터", "toeic-kr.example.kr", "토익스피킹"),
        ]
    )
    ok = ctx.chance(0.65)
    text = join(
        ctx.fill("{last}{first}님, 안녕하세요."),
        exam + " " + ctx.pick(["합격자 발표", "최종 결과", "면접고사 결과"]) + "를 안내드립니다.",
        (
            "축하드립니다! " + exam + "에 합격하셨습니다."
            if ok
            else "아쉽게도 이번 " + exam + "에서는 불합격하셨습니다."
        )
        + " "
        + ctx.pick(
            [
                "결과는 홈페이지에서 확인하실 수 있습니다.",
                "수험번호 " + str(ctx.num(100000, 999999)) + "으로 조회 가능합니다.",
            ]
        ),
        (
            ctx.pick(
                [
                    "자격증 발급 신청은 온라인으로 가능합니다.",
                    "성적표는 홈페이지에서 출력하실 수 있습니다.",
                ]
                if "대학" not in org
                else [
                    "등록금 납부 기간: " + cday(ctx, weekday_future(ctx, 3, 10), "ko") + "까지",
                    "신입생 오리엔테이션 일정: " + cat(ctx, weekday_future(ctx, 5, 15), "ko"),
                ]
            )
            if ok
            else ""
        ),
        foot(ctx, "ko", 0.6),
        org,
    )
    subject = ctx.pick(
        [
            "[" + org + "] " + exam + " 합격자 발표 안내",
            exam + " 결과 안내",
            "[안내] 합격 여부 확인",
        ]
    )
    return _d(ctx, subject, text, (org, "no-reply@" + host))


@family("c5_ko_daechul_simsa_gyeolgwa", "not_job", lang="ko", n=C5_N)
def daechul(ctx: Ctx) -> Draft:
    """A bank or card company about a loan or card application's screening (심사)."""
    people(ctx, "ko")
    bank, host = ctx.pick(
        [
            ("새솔은행", "saesolbank.example.kr"),
            ("토스뱅크", "tossbank.example.kr"),
            ("한빛카드", "hanbitcard.example.kr"),
            ("카카오뱅크", "kakaobank.example.kr"),
        ]
    )
    product = ctx.pick(["전세자금대출", "신용대출", "주택담보대출", "신용카드"])
    status = ctx.pick(["접수", "승인", "거절", "서류"])
    body = {
        "접수": product
        + " 신청이 정상적으로 접수되었습니다. 심사 결과는 영업일 기준 3~5일 내 안내드립니다.",
        "승인": product
        + " 심사가 승인되었습니다. "
        + (
            f"승인 한도: {ctx.num(1, 30) * 1000:,}만원, 금리 연 {ctx.num(3, 7)}.{ctx.num(0, 99):02d}%"
            if product != "신용카드"
            else "카드는 영업일 기준 5일 내 배송됩니다."
        ),
        "거절": "신청하신 "
        + product
        + "은(는) 내부 심사 기준에 따라 승인이 어려운 것으로 결정되었습니다. 자세한 사유는 고객센터로 문의해 주세요.",
        "서류": product
        + " 심사를 위해 재직증명서와 소득금액증명원을 "
        + cday(ctx, weekday_future(ctx, 2, 7), "ko")
        + "까지 앱에서 제출해 주세요.",
    }[status]
    text = join(
        ctx.fill("{last}{first} 고객님, 안녕하세요."),
        body,
        "신청번호: " + str(ctx.num(10**9, 10**10)),
        foot(ctx, "ko", 0.7),
        bank,
    )
    subject = ctx.pick(
        [
            "[" + bank + "] " + product + " 심사 결과 안내",
            product + " 신청 " + status + " 안내",
            "[" + bank + "] 대출 진행 상황 안내"
            if product != "신용카드"
            else "[" + bank + "] 카드 발급 심사 안내",
        ]
    )
    return _d(ctx, subject, text, (bank, "notice@" + host), form=ctx.pick(["html", "alt", "plain"]))


@family("c5_ko_yeonmal_jeongsan_sanae", "not_job", lang="ko", n=C5_N)
def yeonmal(ctx: Ctx) -> Draft:
    """The reader's own employer's HR: year-end tax settlement, payslips, evaluations."""
    people(ctx, "ko")
    co, host = ctx.pick(
        [
            ("대한정밀", "daehan-precision.example.kr"),
            ("스마일커머스", "smilecommerce.example.kr"),
            ("한마음식품", "hanmaum-food.example.kr"),
        ]
    )
    kind = ctx.pick(["연말정산", "급여명세서", "인사평가", "건강검진"])
    due = weekday_future(ctx, 5, 15)
    body = {
        "연말정산": "올해 연말정산 자료 제출 기간입니다. 홈택스 간소화 자료(PDF)를 다운로드하여 "
        + cday(ctx, due, "ko")
        + "까지 그룹웨어에 업로드해 주세요. 부양가족 변동이 있으신 분은 가족관계증명서도 함께 제출 바랍니다.",
        "급여명세서": "이번 달 급여명세서가 발행되었습니다. 급여일은 "
        + cday(ctx, due, "ko")
        + "이며, 그룹웨어 > 인사 > 급여조회에서 확인하실 수 있습니다.",
        "인사평가": "하반기 인사평가 자기평가 입력 기간입니다. "
        + cday(ctx, due, "ko")
        + "까지 성과관리 시스템에 입력해 주시고, 팀장님과 면담 일정을 잡아주세요.",
        "건강검진": "올해 임직원 건강검진 대상자 안내드립니다. "
        + cday(ctx, due, "ko")
        + "까지 제휴 검진기관에 예약해 주세요. 검진 당일은 공가 처리됩니다.",
    }[kind]
    text = join(
        ctx.pick(
            [
                "임직원 여러분 안녕하세요.",
                "전 직원 여러분께",
                ctx.fill("{last}{first}님, 안녕하세요."),
            ]
        ),
        "인사팀 " + _name(ctx) + "입니다.",
        body,
        ctx.pick(
            [
                "문의: 인사팀 내선 " + str(ctx.num(1000, 1999)),
                "" if kind == "급여명세서" else "기한 내 완료 부탁드립니다.",
                "",
            ]
        ),
        co + " 인사팀",
    )
    subject = ctx.pick(
        [
            "[인사팀] " + kind + " 안내",
            "[필독] " + kind + " 관련 공지",
            "[" + co + "] " + kind + (" 발행 안내" if kind == "급여명세서" else " 일정 안내"),
        ]
    )
    return _d(ctx, subject, text, ("인사팀 " + _name(ctx), writer_addr(ctx, host)))


@family("c5_ko_dongari_bongsa_jiwon", "not_job", lang="ko", n=C5_N)
def dongari(ctx: Ctx) -> Draft:
    """A student club, volunteer group or supporters' programme about an application round."""
    people(ctx, "ko")
    org = ctx.pick(
        [
            "연합 IT 동아리 코드나무",
            "대학생 봉사단 한마음",
            "청년 서포터즈 12기",
            "밴드 동아리 소리울림",
            "지역아동센터 교육봉사단",
        ]
    )
    ok = ctx.chance(0.65)
    when = weekday_future(ctx, 2, 10)
    text = join(
        ctx.fill(
            ctx.pick(
                ["{first}님 안녕하세요!", "{last}{first} 지원자님께", "안녕하세요 {first}님 :)"]
            )
        ),
        org + "에 지원해 주셔서 감사합니다.",
        (
            "서류 합격을 축하드립니다! 아래 일정으로 면접을 진행합니다.\n- 일시: "
            + cat(ctx, when, "ko")
            + "\n- 장소: "
            + ctx.pick(["학생회관 3층 동아리방", "줌(Zoom) 온라인", "센터 2층 교육실"])
            if ok
            else "아쉽게도 이번 모집에서는 함께하지 못하게 되었습니다. 다음 기수 모집 때 다시 만나길 바랍니다."
        ),
        ctx.pick(
            [
                "회비는 학기당 3만원입니다.",
                "봉사 시간은 1365 자원봉사포털에 등록됩니다.",
                "궁금한 점은 오픈채팅방으로 물어봐 주세요!",
                "",
            ]
        ),
        org + " 운영진 드림",
    )
    subject = ctx.pick(
        [
            "[" + org + "] 서류 결과 안내",
            "[" + org + "] " + ("면접 안내" if ok else "모집 결과 안내"),
            org + " 지원 결과",
        ]
    )
    return _d(ctx, subject, text, (org, friend_addr(ctx, "ko")), form="plain")


@family("c5_ko_chingu_ijik_soshik", "not_job", lang="ko", n=C5_N)
def chingu(ctx: Ctx) -> Draft:
    """A friend's personal mail about their own job news (passing, moving jobs, quitting)."""
    people(ctx, "ko")
    news = ctx.pick(
        [
            "나 드디어 최종 합격했어!! 다음 달부터 출근해 ㅎㅎ",
            "이직 확정됐다~ 연봉도 좀 올랐어. 면접만 네 번 봤다 진짜.",
            "나 회사 그만뒀어. 당분간 좀 쉬면서 여행 다니려고.",
            "공채 떨어졌어 ㅠㅠ 그래도 다음 주에 다른 데 면접 있어.",
        ]
    )
    text = join(
        ctx.pick(
            [_ya(ctx.cand_first) + "!", _ya(ctx.cand_first) + " 잘 지내?", ctx.cand_first + "에게"]
        ),
        news,
        ctx.pick(["이번 주말에 밥 한번 먹자! 내가 쏠게", "너는 요즘 어때?", "시간 될 때 연락 줘~"]),
        ctx.person_first,
    )
    subject = ctx.pick(["소식 전해!", "오랜만이야", "Re: 요즘 어때", "ㅎㅎ"])
    return _d(ctx, subject, text, (_name(ctx), friend_addr(ctx, "ko")), form="plain")
