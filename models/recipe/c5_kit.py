"""Helpers shared by the fam_c5_*.py families (session 10, helper C5): mail in Japanese,
Chinese (simplified and traditional) and Korean, job and not-job alike.

The corpus had six Japanese job families and no CJK not-job mail, so the model saw CJK
hiring words only next to job labels. These helpers give the families CJK people (a
candidate and a writer, with the romanised forms their mail addresses use), employers and
roles of the Japanese, Chinese, Taiwanese/Hong Kong and Korean hiring worlds, and dates as
those writers put them. ``move`` switches a message to one of those employers and roles,
so the labels (company, job title) follow what the message really names.

The kit renders every message as UTF-8: ``mime.render`` sets the text with the email
package's default charset and a Draft cannot ask for ISO-2022-JP, Shift_JIS, GBK, Big5 or
EUC-KR. Not a family module (corpus.py discovers only fam_*.py).
"""

# Sentence tables read better unbroken, so long template lines are allowed here.

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import vocab
from j1_kit import j1
from kit import Ctx, Draft

# Messages per c5_ family (many small families beat few big ones).
C5_N = 20

Make = Callable[[Ctx], Draft]


def c5(name: str, category: str, *, lang: str) -> Callable[[Make], Make]:
    """``kit.family`` with one requisition number per message (``j1_kit.j1``), n=C5_N."""
    return j1(name, category, lang=lang, n=C5_N)


# Family name, given name, and their romanisations (what an address is built from).
_NAMES: dict[str, tuple[tuple[str, str], ...]] = {
    "ja_last": (
        ("佐藤", "sato"),
        ("鈴木", "suzuki"),
        ("高橋", "takahashi"),
        ("田中", "tanaka"),
        ("伊藤", "ito"),
        ("渡辺", "watanabe"),
        ("山本", "yamamoto"),
        ("中村", "nakamura"),
        ("小林", "kobayashi"),
        ("加藤", "kato"),
        ("吉田", "yoshida"),
        ("山口", "yamaguchi"),
        ("松本", "matsumoto"),
        ("井上", "inoue"),
    ),
    "ja_first": (
        ("翔太", "shota"),
        ("美咲", "misaki"),
        ("大輔", "daisuke"),
        ("陽菜", "hina"),
        ("健太", "kenta"),
        ("さくら", "sakura"),
        ("拓也", "takuya"),
        ("結衣", "yui"),
        ("亮", "ryo"),
        ("彩花", "ayaka"),
        ("直樹", "naoki"),
        ("真由美", "mayumi"),
    ),
    "zh_last": (
        ("王", "wang"),
        ("李", "li"),
        ("张", "zhang"),
        ("刘", "liu"),
        ("陈", "chen"),
        ("杨", "yang"),
        ("赵", "zhao"),
        ("黄", "huang"),
        ("周", "zhou"),
        ("吴", "wu"),
        ("徐", "xu"),
        ("孙", "sun"),
    ),
    "zh_first": (
        ("伟", "wei"),
        ("静", "jing"),
        ("磊", "lei"),
        ("敏", "min"),
        ("思远", "siyuan"),
        ("雨桐", "yutong"),
        ("子涵", "zihan"),
        ("浩然", "haoran"),
        ("欣怡", "xinyi"),
        ("俊杰", "junjie"),
        ("晓丽", "xiaoli"),
        ("明轩", "mingxuan"),
    ),
    "tw_last": (
        ("陳", "chen"),
        ("林", "lin"),
        ("黃", "huang"),
        ("張", "chang"),
        ("李", "lee"),
        ("王", "wang"),
        ("吳", "wu"),
        ("劉", "liu"),
        ("蔡", "tsai"),
        ("楊", "yang"),
    ),
    "tw_first": (
        ("怡君", "yichun"),
        ("志明", "chihming"),
        ("雅婷", "yating"),
        ("俊傑", "chunchieh"),
        ("家豪", "chiahao"),
        ("淑芬", "shufen"),
        ("冠宇", "kuanyu"),
        ("詩涵", "shihhan"),
        ("建宏", "chienhung"),
        ("欣妤", "hsinyu"),
    ),
    "ko_last": (
        ("김", "kim"),
        ("이", "lee"),
        ("박", "park"),
        ("최", "choi"),
        ("정", "jung"),
        ("강", "kang"),
        ("조", "cho"),
        ("윤", "yoon"),
        ("장", "jang"),
        ("임", "lim"),
        ("한", "han"),
        ("오", "oh"),
    ),
    "ko_first": (
        ("민준", "minjun"),
        ("서연", "seoyeon"),
        ("지훈", "jihoon"),
        ("수빈", "subin"),
        ("현우", "hyunwoo"),
        ("지은", "jieun"),
        ("도윤", "doyoon"),
        ("하은", "haeun"),
        ("성민", "sungmin"),
        ("유진", "yujin"),
        ("재원", "jaewon"),
        ("예린", "yerin"),
    ),
}
_MAILBOXES = {
    "ja": ("gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "outlook.jp"),
    "zh": ("qq.com", "163.com", "126.com", "gmail.com", "foxmail.com", "outlook.com"),
    "tw": ("gmail.com", "yahoo.com.tw", "hotmail.com", "ms1.hinet.net", "outlook.com"),
    "ko": ("naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com"),
}


def people(ctx: Ctx, region: str) -> None:
    """CJK names for the candidate and the writer of this message (``region``: ja/zh/tw/ko).

    The ``{first}``/``{last}`` slots then read the candidate's CJK names, ``ctx.rom`` holds
    the romanised (first, last) of the candidate and ``ctx.prom`` of the writer.
    """
    (last, rlast), (first, rfirst) = (
        ctx.pick(_NAMES[region + "_last"]),
        ctx.pick(_NAMES[region + "_first"]),
    )
    ctx.cand_first, ctx.cand_last = first, last
    shape = ctx.pick(["{f}.{l}", "{f}{l}", "{l}{f}", "{f}_{l}{n}", "{l}.{f}{n}"])
    local = shape.format(f=rfirst, l=rlast, n=ctx.num(1, 99))
    ctx.cand_addr = local + "@" + ctx.pick(_MAILBOXES[region])
    (plast, rplast), (pfirst, rpfirst) = (
        ctx.pick(_NAMES[region + "_last"]),
        ctx.pick(_NAMES[region + "_first"]),
    )
    ctx.person_first, ctx.person_last = pfirst, plast
    ctx.rom = (rfirst, rlast)  # type: ignore[attr-defined]
    ctx.prom = (rpfirst, rplast)  # type: ignore[attr-defined]


def writer(ctx: Ctx) -> str:
    """The writer's full name, family name first (a space between for Japanese)."""
    return ctx.person_last + " " + ctx.person_first


def writer_addr(ctx: Ctx, host: str) -> str:
    """The writer's address at ``host`` in one of the usual shapes."""
    first, last = ctx.prom  # type: ignore[attr-defined]
    shape = ctx.pick(["{f}.{l}", "{l}.{f}", "{f}{l}", "{l}{f}", "{f}"])
    return shape.format(f=first, l=last) + "@" + host


def friend_addr(ctx: Ctx, region: str) -> str:
    """The writer's private mailbox."""
    first, last = ctx.prom  # type: ignore[attr-defined]
    shape = ctx.pick(["{f}.{l}", "{f}{l}{n}", "{l}{f}", "{f}_{n}"])
    return shape.format(f=first, l=last, n=ctx.num(1, 99)) + "@" + ctx.pick(_MAILBOXES[region])


# kind -> employers "Name|domain|legal name" and the roles they hire for.
WORLDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ja_new": (
        (
            "株式会社みらい商事|mirai-shoji.co.jp|株式会社みらい商事",
            "東邦電機株式会社|toho-denki.co.jp|東邦電機株式会社",
            "あおぞら損害保険|aozora-sonpo.co.jp|あおぞら損害保険株式会社",
            "株式会社北斗システムズ|hokuto-sys.co.jp|株式会社北斗システムズ",
            "日本橋フーズ株式会社|nihonbashi-foods.co.jp|日本橋フーズ株式会社",
            "株式会社ときわ銀行|tokiwa-bank.co.jp|株式会社ときわ銀行",
        ),
        (
            "総合職",
            "技術職（システムエンジニア）",
            "営業職",
            "事務職（一般職）",
            "研究開発職",
            "総合職（事務系）",
            "技術系総合職",
        ),
    ),
    "ja_mid": (
        (
            "株式会社クラウドブリッジ|cloudbridge.co.jp|株式会社クラウドブリッジ",
            "株式会社ミナトデジタル|minato-digital.jp|株式会社ミナトデジタル",
            "株式会社シンセイ物産|shinsei-bussan.co.jp|株式会社シンセイ物産",
            "ネクストペイ株式会社|nextpay.co.jp|ネクストペイ株式会社",
            "株式会社ハルカ製作所|haruka-mfg.co.jp|株式会社ハルカ製作所",
            "はやて運輸株式会社|hayate-unyu.co.jp|はやて運輸株式会社",
        ),
        (
            "Webアプリケーションエンジニア",
            "SRE（Site Reliability Engineer）",
            "フロントエンドエンジニア",
            "プロダクトマネージャー",
            "法人営業（SaaS）",
            "経理・財務スタッフ",
            "生産管理",
            "人事（採用担当）",
            "データサイエンティスト",
        ),
    ),
    "zh": (
        (
            "星辰科技|xingchen-tech.cn|北京星辰科技有限公司",
            "云帆网络|yunfan.com.cn|杭州云帆网络技术有限公司",
            "华瑞证券|huaruisec.com.cn|华瑞证券股份有限公司",
            "凌云汽车|lingyun-auto.cn|凌云汽车集团有限公司",
            "鲸鱼电商|jingyu-ec.cn|深圳鲸鱼电子商务有限公司",
            "中合医药|zhonghe-pharma.cn|中合医药集团股份有限公司",
            "新桥教育|xinqiao-edu.cn|上海新桥教育科技有限公司",
        ),
        (
            "Java开发工程师",
            "算法工程师",
            "产品经理",
            "前端开发工程师",
            "数据分析师",
            "管理培训生",
            "销售经理",
            "财务专员",
            "测试开发工程师",
            "运营专员",
            "HRBP",
        ),
    ),
    "tw": (
        (
            "台灣晶創科技|jingchuang.com.tw|台灣晶創科技股份有限公司",
            "富邦遠航物流|yuanhang-logistics.com.tw|遠航物流股份有限公司",
            "綠光生技|greenlight-bio.com.tw|綠光生技股份有限公司",
            "安和數位|anhe-digital.com.tw|安和數位股份有限公司",
            "港灣金融集團|harbourfin.com.hk|港灣金融集團有限公司",
            "九龍百貨|kowloondept.com.hk|九龍百貨有限公司",
        ),
        (
            "軟體工程師",
            "製程工程師",
            "業務專員",
            "行銷企劃",
            "會計助理",
            "客服專員",
            "UI/UX 設計師",
            "人資專員",
        ),
    ),
    "ko": (
        (
            "한빛전자|hanbit-elec.co.kr|한빛전자 주식회사",
            "누리소프트|nurisoft.co.kr|(주)누리소프트",
            "새솔은행|saesolbank.co.kr|새솔은행",
            "다온물산|daon-corp.co.kr|다온물산 주식회사",
            "푸른바이오|pureunbio.co.kr|(주)푸른바이오",
            "별빛게임즈|byulbitgames.com|(주)별빛게임즈",
            "한결건설|hangyeol-enc.co.kr|한결건설 주식회사",
        ),
        (
            "백엔드 개발자",
            "서비스 기획자",
            "데이터 엔지니어",
            "경영지원 신입사원",
            "영업관리",
            "연구개발 연구원",
            "마케팅 매니저",
            "품질관리 엔지니어",
            "프론트엔드 개발자",
        ),
    ),
}


def move(ctx: Ctx, kind: str) -> None:
    """Switch this message to an employer and a role of ``kind`` (labels follow the switch)."""
    employers, roles = WORLDS[kind]
    name, domain, legal = ctx.pick(employers).split("|")
    ctx._co = vocab.Company(name, domain, legal)
    ctx._title = ctx.pick(roles)


_JA_DAYS = "月火水木金土日"
_ZH_DAYS = "一二三四五六日"
_KO_DAYS = "월화수목금토일"


def cday(ctx: Ctx, when: datetime, lang: str) -> str:
    """A date as a writer of ``lang`` (ja, zh, zh-Hant, ko) puts it."""
    m, d, w = when.month, when.day, when.weekday()
    if lang == "ja":
        return ctx.pick(
            [
                f"{m}月{d}日（{_JA_DAYS[w]}）",
                f"{when:%Y/%m/%d}（{_JA_DAYS[w]}）",
                f"{when.year}年{m}月{d}日",
            ]
        )
    if lang == "ko":
        return ctx.pick(
            [
                f"{m}월 {d}일({_KO_DAYS[w]})",
                f"{when:%Y.%m.%d}({_KO_DAYS[w]})",
                f"{when.year}년 {m}월 {d}일",
            ]
        )
    if lang == "zh-Hant":
        return ctx.pick(
            [
                f"{m}月{d}日（{_ZH_DAYS[w]}）",
                f"{when.year}/{m}/{d}（星期{_ZH_DAYS[w]}）",
                f"{when.year - 1911}年{m}月{d}日",
            ]
        )
    return ctx.pick(
        [
            f"{m}月{d}日（周{_ZH_DAYS[w]}）",
            f"{when.year}年{m}月{d}日",
            f"{when:%Y-%m-%d}（星期{_ZH_DAYS[w]}）",
        ]
    )


def cat(ctx: Ctx, when: datetime, lang: str) -> str:
    """A date and a time as a writer of ``lang`` puts them."""
    if lang == "ko":
        half = "오전" if when.hour < 12 else "오후"
        hour = (when.hour - 1) % 12 + 1
        clock = ctx.pick(
            [f"{half} {hour}시" + (f" {when.minute}분" if when.minute else ""), f"{when:%H:%M}"]
        )
        return f"{cday(ctx, when, lang)} {clock}"
    if lang == "ja":
        return f"{cday(ctx, when, lang)} {when:%H:%M}{ctx.pick(['〜', '～', ''])}"
    return f"{cday(ctx, when, lang)} {when:%H:%M}"


def join(*parts: str) -> str:
    """Paragraphs, the empty (optional, not drawn) ones left out."""
    return "\n\n".join(p for p in parts if p and p.strip())


def lines(*parts: str) -> str:
    """Lines of one block, the empty ones left out."""
    return "\n".join(p for p in parts if p and p.strip())


# What CJK service mail carries at its foot.
FOOT = {
    "ja": (
        "※本メールは送信専用です。ご返信いただいてもお答えできません。",
        "※このメールはシステムより自動配信されています。",
        "※本メールにお心当たりのない場合は、お手数ですが削除してください。",
    ),
    "zh": (
        "此邮件为系统自动发送，请勿直接回复。",
        "本邮件由系统自动发出，请勿回复。如有疑问请联系客服。",
        "如非本人操作，请忽略本邮件。",
    ),
    "zh-Hant": (
        "此郵件為系統自動發送，請勿直接回覆。",
        "本信件由系統自動發出，請勿回信。",
        "如非本人操作，請忽略此信件。",
    ),
    "ko": (
        "본 메일은 발신 전용으로 회신되지 않습니다.",
        "본 메일은 정보통신망법에 따라 수신 동의하신 분께 발송되었습니다.",
        "문의사항은 고객센터로 연락 주시기 바랍니다.",
    ),
}


def foot(ctx: Ctx, lang: str, p: float = 0.6) -> str:
    """A service footer line in ``lang`` (or none)."""
    return ctx.pick(FOOT[lang]) if ctx.chance(p) else ""
