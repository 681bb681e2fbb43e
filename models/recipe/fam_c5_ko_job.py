"""Korean hiring mail (session 10, helper C5): open (공채) and rolling (수시) recruiting as
Korean employers and their ATS write it: application receipts, passing the document screen
with an interview date, aptitude (인적성) and coding tests, final acceptance with salary
talks (처우 협의), rejections, headhunters and the joining paperwork.
"""

# ruff: noqa: E501

from __future__ import annotations

from c5_kit import c5, cat, cday, foot, join, lines, move, people, writer_addr
from kit import Ctx, Draft
from zf_kit import weekday_future


def _name(ctx: Ctx) -> str:
    return ctx.person_last + ctx.person_first


def _ats(ctx: Ctx) -> tuple[str, str]:
    """The employer's own address or a Korean ATS's sending address."""
    return ctx.pick(
        [
            (ctx.fill("{co} 채용담당자"), ctx.fill("recruit@{domain}")),
            (ctx.fill("{co} 인사팀"), ctx.fill("hr@{domain}")),
            (ctx.fill("{co}"), "no-reply@greeting.example.kr"),
            (ctx.fill("{co} 채용팀"), "noreply@ninehire.example.kr"),
        ]
    )


@c5("c5_ko_jiwon_wanryo", "confirmation", lang="ko")
def jiwon(ctx: Ctx) -> Draft:
    """An application receipt (지원 완료) from the employer's recruiting site."""
    people(ctx, "ko")
    move(ctx, "ko")
    text = join(
        ctx.fill(
            ctx.pick(
                [
                    "{last}{first}님, 안녕하세요.",
                    "안녕하세요, {last}{first}님.",
                    "{last}{first} 지원자님께",
                ]
            )
        ),
        ctx.para(
            "{co}에 관심을 가지고 지원해 주셔서 진심으로 감사드립니다.",
            "{co} ["
            + str(ctx.date.year)
            + "년 [상반기|하반기] 신입사원 공개채용|경력 수시채용]에 지원해 주셔서 감사합니다.",
        ),
        lines(
            *(
                ctx.fill(x)
                for x in (
                    "■ 지원 포지션: {title}",
                    "■ 지원 일시: " + cday(ctx, ctx.date, "ko"),
                    "[■ 접수 번호: {req}|]",
                )
            )
        ),
        ctx.pick(
            [
                "서류 전형 결과는 약 2주 이내에 이메일로 개별 안내드릴 예정입니다.",
                "지원서는 마감일 전까지 채용 홈페이지에서 수정하실 수 있습니다.",
                "전형 진행 상황은 채용 홈페이지 [마이페이지|지원내역]에서 확인하실 수 있습니다.",
            ]
        ),
        foot(ctx, "ko", 0.5),
        ctx.fill("{co} 채용팀 드림"),
    )
    subject = ctx.para(
        "[{co}] 지원이 완료되었습니다",
        "{co} 입사지원 접수 완료 안내",
        "[{co}] {title} 지원 감사드립니다",
        "지원서 제출 완료",
    )
    name, addr = _ats(ctx)
    return Draft(
        subject,
        text,
        name,
        addr,
        greet=False,
        sign="",
        lang="ko",
        bulk=True,
        form=ctx.pick(["html", "alt", "plain"]),
    )


@c5("c5_ko_seoryu_hapgyeok_myeonjeop", "interview", lang="ko")
def seoryu_hapgyeok(ctx: Ctx) -> Draft:
    """Passing the document screen (서류 합격) and the first interview's date and place."""
    people(ctx, "ko")
    move(ctx, "ko")
    when = weekday_future(ctx, 3, 12)
    stage = ctx.pick(["1차 면접", "실무진 면접", "직무 면접", "2차 임원 면접"])
    text = join(
        ctx.fill("{last}{first}님 안녕하세요,"),
        ctx.para(
            "{co} 채용담당자입니다. {title} 포지션 서류 전형에 합격하셨음을 축하드립니다.",
            "{co}에 지원해 주셔서 감사합니다. 서류 검토 결과, "
            + stage
            + "에 모시고자 연락드립니다.",
        ),
        lines(
            "- 일시: " + cat(ctx, when, "ko"),
            "- 장소: "
            + ctx.pick(
                [
                    "서울특별시 강남구 테헤란로 "
                    + str(ctx.num(100, 500))
                    + ", "
                    + str(ctx.num(5, 20))
                    + "층",
                    "판교 본사 1층 로비",
                    "화상 면접 (Zoom 링크 별도 안내)",
                ]
            ),
            "- 전형: " + stage + " (약 " + ctx.pick(["40", "60", "90"]) + "분)",
            "- 준비물: " + ctx.pick(["신분증", "포트폴리오", "없음"]),
        ),
        ctx.pick(
            [
                "참석 가능 여부를 " + cday(ctx, when, "ko") + " 이틀 전까지 회신 부탁드립니다.",
                "일정 조율이 필요하시면 아래 링크에서 가능한 시간을 선택해 주세요: https://greeting.example.kr/schedule/"
                + str(ctx.num(10**5, 10**6)),
                "면접 당일 10분 전까지 도착해 주시기 바랍니다.",
            ]
        ),
        lines("감사합니다.", ctx.fill("{co} 인사팀 ") + _name(ctx) + " 드림"),
    )
    subject = ctx.para(
        "[{co}] 서류 전형 합격 및 " + stage + " 안내",
        "[{co}] {title} 면접 일정 안내",
        stage + " 안내드립니다",
        "서류 합격 안내 - {co}",
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co} 인사팀"),
        writer_addr(ctx, ctx.domain),
        greet=False,
        sign="",
        lang="ko",
        form=ctx.pick(["plain", "alt"]),
    )


@c5("c5_ko_injeokseong_coding_test", "technical_round", lang="ko")
def injeokseong(ctx: Ctx) -> Draft:
    """An aptitude test (인적성검사) or coding test invitation on an assessment platform."""
    people(ctx, "ko")
    move(ctx, "ko")
    when = weekday_future(ctx, 3, 10)
    test = ctx.pick(
        [
            "온라인 인적성검사",
            "코딩테스트",
            "AI 역량검사",
            "직무적성검사(GSAT형)",
            "온라인 코딩테스트",
        ]
    )
    platform, host = ctx.pick(
        [
            ("프로그래머스", "programmers.example.kr"),
            ("잡다(JOBDA)", "test.jobda.example.kr"),
            ("코딜리티", "app.codility.example.com"),
            ("자체 응시 시스템", "assess.example.kr"),
        ]
    )
    text = join(
        ctx.fill("{last}{first}님, 안녕하세요."),
        ctx.para(
            "{co} 채용팀입니다. 서류 전형 합격을 축하드리며, 다음 전형인 "
            + test
            + " 일정을 안내드립니다.",
            "{title} 전형의 다음 단계로 " + test + "를 진행합니다.",
        ),
        lines(
            "1. 일시: "
            + cat(ctx, when, "ko")
            + ctx.pick([" ~ 120분간", "", " (입실 30분 전부터 가능)"]),
            "2. 응시 플랫폼: " + platform,
            "3. 응시 링크: https://" + host + "/invite/" + str(ctx.num(10**6, 10**7)),
            "4. 유의사항: "
            + ctx.pick(
                [
                    "웹캠과 마이크가 필요합니다.",
                    "검색 및 외부 IDE 사용은 금지됩니다.",
                    "사전 점검을 반드시 완료해 주세요.",
                ]
            ),
        ),
        ctx.pick(
            [
                "미응시 시 다음 전형 진행이 불가하오니 유의하시기 바랍니다.",
                "문의사항은 본 메일로 회신 부탁드립니다.",
                "",
            ]
        ),
        ctx.fill("{co} 채용팀"),
    )
    subject = ctx.para(
        "[{co}] " + test + " 안내",
        "[{co}] {title} " + test + " 응시 안내",
        test + " 응시 안내 (" + cday(ctx, when, "ko") + ")",
        "[필독] " + test + " 일정 안내",
    )
    name, addr = _ats(ctx)
    return Draft(subject, text, name, addr, greet=False, sign="", lang="ko")


@c5("c5_ko_choejong_hapgyeok_cheou", "offer", lang="ko")
def choejong(ctx: Ctx) -> Draft:
    """Final acceptance (최종 합격) with the salary negotiation (처우 협의) and a start date."""
    people(ctx, "ko")
    move(ctx, "ko")
    start = weekday_future(ctx, 14, 40)
    pay = ctx.num(38, 90) * 100
    text = join(
        ctx.fill("{last}{first}님, 축하드립니다!"),
        ctx.para(
            "{co} {title} 포지션에 최종 합격하셨습니다.",
            "그동안 여러 차례 면접에 응해 주셔서 감사합니다. {last}{first}님께서 {co} {title} 최종 합격자로 선정되셨음을 기쁜 마음으로 알려드립니다.",
        ),
        ctx.pick(
            [
                f"처우 협의를 위해 아래 조건을 제안드립니다.\n- 연봉: {pay:,}만원 (기본급+고정 OT 포함)\n- 입사 예정일: "
                + cday(ctx, start, "ko")
                + "\n- 수습기간: 3개월",
                "처우 협의를 위해 원천징수영수증과 급여명세서(최근 3개월)를 회신해 주시면, 검토 후 연봉 조건을 제안드리겠습니다.",
                f"입사 예정일은 {cday(ctx, start, 'ko')}이며, 제시 연봉은 {pay:,}만원입니다. 첨부된 처우 안내서를 확인해 주세요.",
            ]
        ),
        ctx.pick(
            [
                "입사 의사를 "
                + cday(ctx, weekday_future(ctx, 2, 6), "ko")
                + "까지 회신 부탁드립니다.",
                "편하신 시간에 통화로 세부 조건을 논의하면 좋겠습니다.",
            ]
        ),
        lines("함께하게 되어 기쁩니다.", ctx.fill("{co} 인사팀 ") + _name(ctx) + " 드림"),
    )
    subject = ctx.para(
        "[{co}] 최종 합격 안내",
        "[{co}] 최종 합격 및 처우 협의 안내",
        "{title} 최종 합격을 축하드립니다",
        "[{co}] 합격을 축하드립니다",
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co} 인사팀"),
        writer_addr(ctx, ctx.domain),
        greet=False,
        sign="",
        lang="ko",
        form=ctx.pick(["plain", "alt", "html"]),
    )


@c5("c5_ko_bulhapgyeok_annae", "rejection", lang="ko")
def bulhapgyeok(ctx: Ctx) -> Draft:
    """A rejection (불합격 안내) after the document screen or an interview."""
    people(ctx, "ko")
    move(ctx, "ko")
    text = join(
        ctx.fill(
            ctx.pick(
                [
                    "{last}{first}님께",
                    "안녕하세요, {last}{first}님.",
                    "{last}{first} 지원자님, 안녕하세요.",
                ]
            )
        ),
        ctx.para(
            "{co} {title} 포지션에 지원해 주셔서 진심으로 감사드립니다.",
            "바쁘신 와중에 {co} [면접|서류 전형|인적성검사]에 참여해 주셔서 감사합니다.",
        ),
        ctx.pick(
            [
                "안타깝게도 이번 전형에서는 좋은 소식을 전해 드리지 못하게 되었습니다.",
                "신중한 검토 끝에, 아쉽게도 이번에는 함께하기 어렵다는 결정을 내리게 되었습니다.",
                "지원자님의 역량은 충분히 훌륭하나, 한정된 인원으로 인해 불합격 소식을 전하게 되어 죄송합니다.",
            ]
        ),
        ctx.pick(
            [
                "지원자님의 정보는 인재풀에 등록되어, 추후 적합한 포지션이 있을 때 다시 연락드리겠습니다.",
                "제출하신 서류는 관련 법령에 따라 파기될 예정입니다.",
                "",
            ]
        ),
        ctx.pick(
            [
                "앞으로의 앞날에 좋은 일만 가득하시길 바랍니다.",
                "지원자님의 건승을 기원합니다.",
                "다시 한번 감사드립니다.",
            ]
        ),
        ctx.fill("{co} 채용팀 드림"),
    )
    subject = ctx.para(
        "[{co}] 전형 결과 안내",
        "[{co}] {title} 지원 결과 안내드립니다",
        "{co} 채용 결과 안내",
        "지원해 주셔서 감사합니다",
    )
    name, addr = _ats(ctx)
    return Draft(subject, text, name, addr, greet=False, sign="", lang="ko")


@c5("c5_ko_headhunter_jean", "recruiter_outreach", lang="ko")
def headhunter(ctx: Ctx) -> Draft:
    """A headhunter (헤드헌터) proposes a position, often without naming the client."""
    people(ctx, "ko")
    move(ctx, "ko")
    firm, host = ctx.pick(
        [
            ("커리어브릿지 서치", "careerbridge-search.example.kr"),
            ("피플앤잡 헤드헌팅", "peoplenjob-hh.example.kr"),
            ("유니코 서치펌", "unico-search.example.kr"),
        ]
    )
    named = ctx.chance(0.5)
    text = join(
        ctx.fill("{last}{first}님, 안녕하세요."),
        "갑작스럽게 연락드려 죄송합니다. " + firm + "의 헤드헌터 " + _name(ctx) + "입니다.",
        ctx.pick(
            [
                "리멤버에서 프로필을 보고 연락드립니다.",
                "링크드인 프로필을 보고 좋은 기회가 있어 제안드리고자 합니다.",
                "잡코리아 인재검색을 통해 이력을 확인했습니다.",
            ]
        ),
        (
            ctx.fill("- 회사: {co}\n- 포지션: {title}\n")
            if named
            else ctx.fill(
                "- 회사: [국내 대기업 계열사|코스닥 상장 IT기업|글로벌 외국계 기업] (비공개)\n- 포지션: {title}\n"
            )
        )
        + "- 연봉: "
        + str(ctx.num(6, 12))
        + "천만원~ (협의 가능)",
        ctx.pick(
            [
                "관심 있으시면 편하신 시간에 10분 정도 통화 가능할까요?",
                "이력서를 회신해 주시면 상세 JD를 전달드리겠습니다.",
            ]
        ),
        lines(
            "감사합니다.",
            _name(ctx) + " 이사 | " + firm,
            "010-" + str(ctx.num(1000, 9999)) + "-" + str(ctx.num(1000, 9999)),
        ),
    )
    subject = ctx.para(
        "[포지션 제안] {title}",
        "{last}{first}님께 좋은 포지션 제안드립니다",
        "[헤드헌팅] {title} 제안",
        "이직 제안드립니다 - {title}",
    )
    return Draft(
        subject,
        text,
        _name(ctx),
        writer_addr(ctx, host),
        greet=False,
        sign="",
        lang="ko",
        form="plain",
    )


@c5("c5_ko_ipsa_seoryu_jechul", "other_job", lang="ko")
def ipsa_seoryu(ctx: Ctx) -> Draft:
    """A future hire is asked for the joining documents (입사 서류) and the first-day details."""
    people(ctx, "ko")
    move(ctx, "ko")
    due = weekday_future(ctx, 3, 10)
    text = join(
        ctx.fill("{last}{first}님, 안녕하세요."),
        ctx.para(
            "{co} 인사팀입니다. 입사를 진심으로 환영합니다.",
            "{co} {title} 입사 예정자분들께 입사 서류 제출을 안내드립니다.",
        ),
        "아래 서류를 "
        + cday(ctx, due, "ko")
        + "까지 "
        + ctx.pick(["이메일로", "온보딩 시스템에", "인사팀 메일로 스캔본을"])
        + " 제출해 주세요.",
        lines(
            "1. 주민등록등본 1부",
            "2. 최종학력 졸업증명서",
            "3. " + ctx.pick(["경력증명서(전 직장)", "건강검진 결과서", "통장 사본(급여 이체용)"]),
            "4. 개인정보 수집·이용 동의서 (첨부 양식)",
        ),
        ctx.pick(
            [
                "첫 출근일에는 오전 9시까지 본사 1층 로비로 오시면 됩니다.",
                "입사 당일 오리엔테이션이 진행됩니다.",
                "",
            ]
        ),
        lines("감사합니다.", ctx.fill("{co} 인사팀 ") + _name(ctx)),
    )
    subject = ctx.para(
        "[{co}] 입사 서류 제출 안내",
        "입사 전 준비사항 안내",
        "[{co}] 입사를 환영합니다 - 제출 서류 안내",
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co} 인사팀"),
        ctx.fill("hr@{domain}"),
        greet=False,
        sign="",
        lang="ko",
    )
