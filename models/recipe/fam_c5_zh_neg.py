"""Chinese mail that is NOT about the reader's job search but reads like it (session 10,
helper C5): job-app recommendation digests (职位推荐), university and graduate-school
admissions (录取通知书), loan and credit-card applications (贷款申请, 审批), the reader's own
payslip and tax (工资条, 个税), visa and government appointments, shopping coupons, and in
traditional characters scholarship results, hospital bookings and a friend's job news.
"""

# ruff: noqa: E501

from __future__ import annotations

from c5_kit import C5_N, cat, cday, foot, friend_addr, join, lines, people, writer_addr
from kit import Ctx, Draft, family
from zf_kit import weekday_future

_CO = (
    "某知名互联网公司",
    "字节风云科技",
    "远望汽车",
    "蓝海医疗",
    "华创电子",
    "星河物流",
    "明日金融",
)
_ROLE = (
    "Java开发工程师",
    "产品运营",
    "销售代表",
    "UI设计师",
    "财务会计",
    "数据分析师",
    "新媒体运营",
)


def _name(ctx: Ctx) -> str:
    return ctx.person_last + ctx.person_first


def _d(
    ctx: Ctx, subject: str, text: str, sender: tuple[str, str], lang: str = "zh", **kw: object
) -> Draft:
    return Draft(
        ctx.fill(subject), text, sender[0], sender[1], greet=False, sign="", lang=lang, **kw
    )  # type: ignore[arg-type]


@family("c5_zh_zhiwei_tuijian_digest", "not_job", lang="zh", n=C5_N)
def tuijian(ctx: Ctx) -> Draft:
    """A job app's digest of recommended openings (BOSS直聘 / 智联招聘 / 前程无忧 style)."""
    people(ctx, "zh")
    site, host = ctx.pick(
        [
            ("BOSS直聘", "mail.zhipin.example.com"),
            ("智联招聘", "edm.zhaopin.example.com"),
            ("前程无忧", "mail.51job.example.com"),
            ("猎聘", "news.liepin.example.com"),
        ]
    )
    jobs = []
    for _ in range(ctx.num(3, 5)):
        low = ctx.num(8, 30)
        jobs.append(
            f"· {ctx.pick(_ROLE)} | {ctx.pick(_CO)} | {ctx.pick(['北京', '上海', '广州', '深圳', '杭州', '武汉'])} | {low}-{low + ctx.num(5, 15)}K"
        )
    text = join(
        ctx.fill("{last}{first}，你好"),
        ctx.pick(
            [
                "根据你的求职意向，为你推荐以下职位：",
                "以下职位正在招人，HR最近活跃：",
                "你关注的职位有新动态，快来看看吧！",
            ]
        ),
        "\n".join(jobs),
        ctx.pick(
            [
                "登录App立即沟通：https://" + host + "/app",
                "查看更多推荐：https://" + host + "/rec/" + str(ctx.num(10**5, 10**6)),
            ]
        ),
        ctx.pick(
            ["退订请点击：https://" + host + "/unsub", "如不想再收到此类邮件，请在设置中关闭推送。"]
        ),
        foot(ctx, "zh", 0.5),
    )
    subject = ctx.pick(
        [
            "为你推荐" + str(len(jobs)) + "个新职位",
            "【" + site + "】今日职位推荐",
            "{last}{first}，这些职位正在招人",
            "你可能感兴趣的职位",
        ]
    )
    return _d(
        ctx, subject, text, (site, "noreply@" + host), bulk=True, form=ctx.pick(["html", "alt"])
    )


@family("c5_zh_luqu_tongzhi_daxue", "not_job", lang="zh", n=C5_N)
def luqu(ctx: Ctx) -> Draft:
    """A university's admission news: postgraduate re-examination (复试), admission, dormitory."""
    people(ctx, "zh")
    uni = ctx.pick(["华东理工学院", "西南财经学院", "北方交通大学", "江南师范大学", "中山海洋大学"])
    kind = ctx.pick(["fushi", "luqu", "luqu", "tiaoji"])
    when = weekday_future(ctx, 5, 20)
    body = {
        "fushi": lines(
            "你已进入" + str(ctx.date.year) + "年硕士研究生招生复试名单。",
            "复试时间：" + cat(ctx, when, "zh"),
            "复试形式：" + ctx.pick(["线上复试（腾讯会议）", "现场复试"]),
            "请于复试前完成资格审查材料上传。",
        ),
        "luqu": "恭喜你被我校"
        + ctx.pick(["计算机科学与技术", "会计学", "临床医学", "汉语言文学", "金融专硕"])
        + "专业录取！录取通知书已通过EMS寄出，单号：EMS"
        + str(ctx.num(10**9, 10**10))
        + "。请于"
        + cday(ctx, when, "zh")
        + "报到。",
        "tiaoji": "很遗憾，你未被第一志望专业录取。调剂系统将于"
        + cday(ctx, when, "zh")
        + "开放，请及时关注中国研究生招生信息网。",
    }[kind]
    text = join(
        ctx.fill("{last}{first}同学："),
        body,
        ctx.pick(
            [
                "新生入学须知、缴费及住宿安排请登录迎新系统查看。",
                "如有疑问请致电研究生招生办公室。",
                "",
            ]
        ),
        uni + ctx.pick(["招生办公室", "研究生院", "本科招生办"]),
    )
    subject = {
        "fushi": "【" + uni + "】硕士研究生复试通知",
        "luqu": ctx.pick(
            ["【" + uni + "】录取通知", "恭喜！你已被" + uni + "录取", "录取通知书邮寄信息"]
        ),
        "tiaoji": uni + "研究生招生录取结果通知",
    }[kind]
    return _d(
        ctx,
        subject,
        text,
        (uni + "招生办", "zsb@" + ctx.pick(["ecit", "swufe-x", "bjtu-x"]) + ".edu.example.cn"),
    )


@family("c5_zh_daikuan_xinyongka_shenpi", "not_job", lang="zh", n=C5_N)
def daikuan(ctx: Ctx) -> Draft:
    """A bank about a loan or credit-card application (申请受理, 审批通过, 未通过)."""
    people(ctx, "zh")
    bank, host, products = ctx.pick(
        [
            ("招商银行信用卡中心", "cmbchina.example.com", "信用卡"),
            ("平安普惠", "pingan-ph.example.com", "个人消费贷款;车贷"),
            ("建设银行", "ccb.example.com", "住房按揭贷款;信用卡;个人消费贷款"),
            ("微众银行", "webank.example.com", "个人消费贷款"),
        ]
    )
    product = ctx.pick(products.split(";"))
    status = ctx.pick(["shouli", "tongguo", "weitongguo"])
    body = {
        "shouli": "您的"
        + product
        + "申请已受理，我们将在3-5个工作日内完成审核，审核期间可能会致电您的工作单位核实信息，请保持电话畅通。",
        "tongguo": "恭喜您，您申请的"
        + product
        + "已审批通过！"
        + (
            f"核定额度：{ctx.num(2, 20) * 10000:,}元。"
            if "贷" in product
            else "卡片将在7个工作日内寄出，收到后请激活。"
        ),
        "weitongguo": "很抱歉，经综合评估，您本次申请的"
        + product
        + "未能通过审批。您可在3个月后重新申请。",
    }[status]
    text = join(
        ctx.fill("尊敬的{last}[先生|女士]："),
        body,
        "申请编号：" + str(ctx.num(10**11, 10**12)),
        ctx.pick(
            [
                "如有疑问，请拨打客服热线95" + str(ctx.num(100, 999)) + "。",
                "请勿向任何人透露验证码。",
            ]
        ),
        foot(ctx, "zh", 0.7),
        bank,
    )
    subject = ctx.pick(
        [
            "【" + bank + "】" + product + "申请进度通知",
            product + "审批结果通知",
            "您的申请已" + {"shouli": "受理", "tongguo": "通过", "weitongguo": "处理完毕"}[status],
        ]
    )
    return _d(
        ctx, subject, text, (bank, "service@" + host), form=ctx.pick(["html", "alt", "plain"])
    )


@family("c5_zh_gongzitiao_geshui", "not_job", lang="zh", n=C5_N)
def gongzitiao(ctx: Ctx) -> Draft:
    """The reader's own employer's payslip, year-end bonus or individual-tax notice."""
    people(ctx, "zh")
    co, host = ctx.pick(
        [
            ("远帆科技", "yuanfan.example.cn"),
            ("汇通贸易", "huitong.example.cn"),
            ("博远咨询", "boyuan.example.cn"),
        ]
    )
    month = ctx.num(1, 12)
    kind = ctx.pick(["工资条", "个税", "年终奖", "社保"])
    body = {
        "工资条": lines(
            f"{ctx.date.year}年{month}月工资条",
            f"基本工资：{ctx.num(8, 30) * 1000}",
            f"绩效奖金：{ctx.num(5, 50) * 100}",
            f"五险一金个人部分：-{ctx.num(10, 40) * 100}",
            f"个人所得税：-{ctx.num(1, 30) * 50}",
            "实发工资：请登录HR系统查看",
        ),
        "个税": "个人所得税年度汇算已开始，请于"
        + cday(ctx, weekday_future(ctx, 5, 20), "zh")
        + "前在个人所得税App中完成专项附加扣除信息确认（子女教育、住房贷款利息、赡养老人等）。",
        "年终奖": "年终奖将于"
        + cday(ctx, weekday_future(ctx, 3, 15), "zh")
        + "随工资一并发放，具体金额请查看工资条。年终奖计税方式可在个税App中选择。",
        "社保": "本年度社保公积金缴费基数调整已完成，自"
        + str(month)
        + "月起按新基数缴纳，请知悉。",
    }[kind]
    text = join(
        ctx.pick(["各位同事：", ctx.fill("{last}{first}，您好："), "Dear all，"]),
        body,
        ctx.pick(
            [
                "本邮件内容保密，请勿转发。",
                "如对工资有疑问，请联系人力资源部薪酬组（分机" + str(ctx.num(8000, 8999)) + "）。",
                "",
            ]
        ),
        co + " 人力资源部 " + _name(ctx),
    )
    subject = ctx.pick(
        [
            f"{ctx.date.year}年{month}月工资条",
            "【" + kind + "】通知",
            "关于" + kind + "的通知",
            "【薪酬】" + kind + "相关事宜",
        ]
    )
    return _d(ctx, subject, text, (co + "人力资源部", writer_addr(ctx, host)))


@family("c5_zh_qianzheng_zhengwu_yuyue", "not_job", lang="zh", n=C5_N)
def qianzheng(ctx: Ctx) -> Draft:
    """A visa centre's or a government office's appointment confirmation (预约成功)."""
    people(ctx, "zh")
    office, host, whats = ctx.pick(
        [
            ("日本签证申请中心", "vfs-jp.example.cn", "日本签证申请递交;日本签证领取"),
            ("出入境管理局", "nia.example.gov.cn", "护照办理;港澳通行证续签"),
            ("申根签证中心", "tlscontact.example.cn", "申根签证递交;签证生物信息采集"),
            ("政务服务中心", "zwfw.example.gov.cn", "居住证办理;驾驶证换证;公积金提取"),
        ]
    )
    when = weekday_future(ctx, 3, 20)
    what = ctx.pick(whats.split(";"))
    text = join(
        ctx.fill("尊敬的{last}{first}："),
        "您已成功预约" + what + "。",
        lines(
            "预约时间：" + cat(ctx, when, "zh"),
            "办理地点："
            + ctx.pick(
                ["北京市朝阳区东三环中路1号", "上海市浦东新区民生路1500号", "广州市天河区体育西路"]
            ),
            "预约号：" + str(ctx.num(10**7, 10**8)),
        ),
        ctx.pick(
            [
                "请携带本人身份证原件及预约确认单，提前15分钟到达。",
                "请携带护照、照片及在职证明等材料。",
                "如需取消预约，请至少提前24小时操作。",
            ]
        ),
        foot(ctx, "zh", 0.6),
        office,
    )
    subject = ctx.pick(["预约成功通知", "【" + office + "】预约确认", what + "预约提醒"])
    return _d(ctx, subject, text, (office, "noreply@" + host))


@family("c5_zh_dianshang_youhuiquan", "not_job", lang="zh", n=C5_N)
def youhuiquan(ctx: Ctx) -> Draft:
    """A shop's coupon and 'special offer' marketing mail (双十一, 会员专享)."""
    people(ctx, "zh")
    shop, host = ctx.pick(
        [
            ("京东", "jd.example.com"),
            ("天猫", "tmall.example.com"),
            ("唯品会", "vip.example.com"),
            ("携程旅行", "ctrip.example.com"),
        ]
    )
    amt = ctx.num(5, 50) * 10
    text = join(
        ctx.fill("亲爱的会员{last}{first}："),
        ctx.pick(
            [
                f"您有一张{amt}元优惠券即将到期！",
                f"双十一狂欢开启，会员专享满{amt * 5}减{amt}！",
                f"限时offer：精选商品低至{ctx.num(3, 8)}折起。",
                f"恭喜您获得{amt}元新人礼包，已发放至您的账户。",
            ]
        ),
        ctx.pick(
            [
                "立即领取：https://" + host + "/coupon/" + str(ctx.num(10**5, 10**6)),
                "马上抢购：https://" + host + "/promo",
            ]
        ),
        "退订回T | 取消订阅：https://" + host + "/unsub",
    )
    subject = ctx.pick(
        [
            f"【{shop}】{amt}元券已到账",
            "限时特惠offer，错过再等一年",
            "会员专享福利来啦",
            "您的优惠券即将过期",
        ]
    )
    return _d(ctx, subject, text, (shop, "promo@" + host), bulk=True, form="html")


@family("c5_zhtw_jiangxuejin_shencha", "not_job", lang="zh-Hant", n=C5_N)
def jiangxuejin(ctx: Ctx) -> Draft:
    """A foundation's or university's scholarship screening result in traditional characters."""
    people(ctx, "tw")
    org, host = ctx.pick(
        [
            ("財團法人明德教育基金會", "mingde.org.example.tw"),
            ("國立清遠大學 學務處", "cy.edu.example.tw"),
            ("嶺南大學 獎學金辦公室", "ln.edu.example.hk"),
            ("台灣半導體青年獎學金", "tsyf.org.example.tw"),
        ]
    )
    ok = ctx.chance(0.6)
    text = join(
        ctx.fill("{last}{first} 同學您好："),
        "感謝您申請本年度"
        + ctx.pick(["清寒獎學金", "優秀學生獎學金", "海外研修獎助學金", "研究生獎學金"])
        + "。",
        (
            "恭喜您通過書面審查，請於"
            + cat(ctx, weekday_future(ctx, 5, 15), "zh-Hant")
            + "出席面談審查。"
            if ok
            else "經審查委員會審慎評選，很遺憾此次未能獲選，感謝您的參與。"
        )
        if ctx.chance(0.6)
        else (
            "恭喜您獲選！獎學金新台幣" + f"{ctx.num(2, 10) * 10000:,}" + "元將於下月撥入您的帳戶。"
            if ok
            else "很遺憾通知您，本次申請未獲核定。"
        ),
        ctx.pick(
            [
                "如有疑問請洽承辦人，分機" + str(ctx.num(2000, 2999)) + "。",
                "請至系統查詢審查結果。",
                "",
            ]
        ),
        org,
    )
    subject = ctx.pick(
        [
            "獎學金審查結果通知",
            "【" + org + "】獎學金申請結果",
            "面談審查通知" if ok else "申請結果通知",
        ]
    )
    return _d(ctx, subject, text, (org, "scholarship@" + host), lang="zh-Hant")


@family("c5_zhtw_yiyuan_guahao", "not_job", lang="zh-Hant", n=C5_N)
def guahao(ctx: Ctx) -> Draft:
    """A hospital's outpatient booking confirmation or reminder in traditional characters."""
    people(ctx, "tw")
    hosp, host = ctx.pick(
        [
            ("臺北仁愛紀念醫院", "renai-hosp.example.tw"),
            ("高雄榮心醫院", "rongxin-hosp.example.tw"),
            ("新光健康診所", "sk-clinic.example.tw"),
            ("瑪麗醫院（香港）", "qmh.example.hk"),
        ]
    )
    when = weekday_future(ctx, 1, 14)
    text = join(
        ctx.fill("{last}{first} 先生/小姐 您好："),
        ctx.pick(["您已完成網路掛號。", "提醒您明日的門診預約。", "您的預約已變更。"]),
        lines(
            "看診日期：" + cat(ctx, when, "zh-Hant"),
            "科別：" + ctx.pick(["家醫科", "牙科", "皮膚科", "眼科", "健康檢查中心"]),
            "看診號碼：" + str(ctx.num(1, 80)) + "號",
            "醫師：" + ctx.person_last + "醫師",
        ),
        ctx.pick(
            [
                "請攜帶身份證並提早報到。" if host.endswith(".hk") else "請攜帶健保卡並提早報到。",
                "如需取消請於前一日來電或上網取消。",
                "",
            ]
        ),
        hosp,
    )
    subject = ctx.pick(["掛號成功通知", "【" + hosp + "】門診預約提醒", "預約看診通知"])
    return _d(ctx, subject, text, (hosp, "noreply@" + host), lang="zh-Hant")


@family("c5_zh_pengyou_gongzuo_jinkuang", "not_job", lang="zh", n=C5_N)
def pengyou(ctx: Ctx) -> Draft:
    """A friend's personal mail about their own job news (offer, switching jobs, quitting)."""
    people(ctx, "zh")
    trad = ctx.chance(0.35)
    if trad:
        people(ctx, "tw")
    news = ctx.pick(
        [
            "跟你說個好消息，我拿到offer了！下個月就去新公司報到～"
            if trad
            else "跟你说个好消息，我拿到offer了！下个月就去新公司报到～",
            "我終於辭職了哈哈，面試了好幾家，最後去了一家小公司，錢少一點但不加班。"
            if trad
            else "我终于裸辞了哈哈，面试了好几家，最后去了一家小公司，钱少一点但不加班。",
            "我秋招結束啦，簽了三方，明年七月入職。"
            if trad
            else "我秋招结束啦，签了三方，明年七月入职。",
        ]
    )
    text = join(
        ctx.fill(
            ctx.pick(
                [
                    "{first}：",
                    "嗨 {first}！",
                    "{last}{first}，好久不见！" if not trad else "{first}，好久不見！",
                ]
            )
        ),
        news,
        ctx.pick(
            [
                "改天請你吃飯！" if trad else "改天请你吃饭！",
                "你最近怎么样？" if not trad else "你最近怎麼樣？",
                "周末有空一起出来玩吗？" if not trad else "週末有空一起出來玩嗎？",
            ]
        ),
        ctx.person_first,
    )
    subject = ctx.pick(
        [
            "好消息！",
            "近況" if trad else "近况",
            "Re: 最近怎么样" if not trad else "Re: 最近好嗎",
            "嘿",
        ]
    )
    return _d(
        ctx,
        subject,
        text,
        (_name(ctx), friend_addr(ctx, "tw" if trad else "zh")),
        lang="zh-Hant" if trad else "zh",
        form="plain",
    )
