"""Chinese hiring mail (session 10, helper C5): campus and social recruiting in simplified
Chinese (online-application receipts, written tests and online assessments, interview
invitations, offer letters, 'thank-you letter' rejections, headhunters, background checks)
and Taiwan / Hong Kong recruiting in traditional characters (104-style interview invitations,
rejections).
"""

# ruff: noqa: E501

from __future__ import annotations

from c5_kit import c5, cat, cday, foot, join, lines, move, people, writer_addr
from kit import Ctx, Draft
from zf_kit import weekday_future


def _name(ctx: Ctx) -> str:
    """The writer's full name (no space, as Chinese writers put it)."""
    return ctx.person_last + ctx.person_first


@c5("c5_zh_wangshen_queren", "confirmation", lang="zh")
def wangshen(ctx: Ctx) -> Draft:
    """A campus-recruiting ATS confirms an online application (网申) was submitted."""
    people(ctx, "zh")
    move(ctx, "zh")
    year = ctx.date.year + 1
    text = join(
        ctx.fill("亲爱的{last}{first}同学：" if ctx.chance(0.6) else "{last}{first}，您好！"),
        ctx.para(
            "感谢您关注并投递{co}" + str(year) + "届校园招聘！您的网申已提交成功。",
            "您已成功投递{co}的职位，我们已收到您的简历。",
            "感谢您对{co}的信任与关注，您的申请已提交成功。",
        ),
        lines(
            ctx.fill("申请职位：{title}"),
            ctx.maybe("工作地点：" + ctx.pick(["北京", "上海", "杭州", "深圳", "成都"])),
            ctx.fill("[申请编号：{req}|]"),
        ),
        ctx.pick(
            [
                "后续的笔试、面试安排将通过邮件和短信通知，请保持手机畅通并留意邮箱（包括垃圾邮件箱）。",
                "简历筛选结果预计在两周内通知，请耐心等待。您可以登录招聘官网查看申请进度。",
                "每位同学在本批次中最多可投递2个职位，投递后不可修改，请知悉。",
            ]
        ),
        ctx.maybe(
            "查看申请进度：https://campus."
            + ctx.pick(["mokahr.example.cn", "beisen.example.cn", "hotjob.example.cn"])
            + "/status/"
            + str(ctx.num(10**6, 10**7)),
            0.6,
        ),
        foot(ctx, "zh"),
        ctx.fill("{co}校园招聘团队"),
    )
    subject = ctx.para(
        "【{co}】网申成功通知",
        "{co}" + str(year) + "届校园招聘 - 简历投递成功",
        "感谢您投递{co}",
        "申请确认：{title}",
    )
    sender = ctx.pick(
        [
            (ctx.fill("{co}校园招聘"), "noreply@mokahr.example.cn"),
            (ctx.fill("{co}招聘"), ctx.fill("campus@{domain}")),
            (ctx.fill("{co}"), "hr-noreply@beisen.example.cn"),
        ]
    )
    return Draft(subject, text, sender[0], sender[1], greet=False, sign="", lang="zh", bulk=True)


@c5("c5_zh_bishi_zaixian_ceping", "technical_round", lang="zh")
def bishi(ctx: Ctx) -> Draft:
    """A written test (笔试) or online assessment (在线测评) invitation with a deadline and link."""
    people(ctx, "zh")
    move(ctx, "zh")
    due = weekday_future(ctx, 2, 8)
    kind = ctx.pick(["在线笔试", "在线测评", "编程笔试", "性格测评与综合能力测评"])
    text = join(
        ctx.fill("{last}{first}同学，你好："),
        ctx.para(
            "恭喜你通过{co}简历筛选，现邀请你参加" + kind + "。",
            "感谢你投递{co}{title}岗位。你的简历已通过初筛，请按时完成" + kind + "。",
        ),
        lines(
            "【笔试时间】"
            + cat(ctx, due, "zh")
            + ctx.pick(["（请提前15分钟登录）", "开始，时长90分钟", " 前完成即可"]),
            "【笔试平台】" + ctx.pick(["牛客网", "赛码网", "北森测评", "HackerRank"]),
            "【笔试链接】https://"
            + ctx.pick(
                ["exam.nowcoder.example.com", "test.saima.example.cn", "assess.beisen.example.cn"]
            )
            + "/t/"
            + str(ctx.num(10**5, 10**6)),
            ctx.fill("【应聘岗位】{title}"),
        ),
        ctx.pick(
            [
                "笔试全程需开启摄像头和麦克风，请勿切屏，否则将被判定为作弊。",
                "请使用Chrome浏览器参加考试，并提前进行设备调试。",
                "编程题支持C++/Java/Python/Go，请提前熟悉平台的输入输出格式。",
            ]
        ),
        ctx.maybe("如链接无法打开，请复制到浏览器地址栏访问。", 0.5),
        foot(ctx, "zh", 0.5),
        ctx.fill("{co}人才招聘部"),
    )
    subject = ctx.para(
        "【{co}】" + kind + "邀请",
        "{co}校招" + kind + "通知",
        "【重要】请于" + cday(ctx, due, "zh") + "前完成" + kind,
        kind + "邀请函 - {title}",
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co}招聘"),
        ctx.pick(["noreply@nowcoder.example.com", ctx.fill("hr@{domain}")]),
        greet=False,
        sign="",
        lang="zh",
    )


@c5("c5_zh_mianshi_yaoqing_shezhao", "interview", lang="zh")
def mianshi(ctx: Ctx) -> Draft:
    """A social-recruiting interview invitation (面试邀请) from a named HR person."""
    people(ctx, "zh")
    move(ctx, "zh")
    when = weekday_future(ctx, 2, 9)
    online = ctx.chance(0.5)
    sir = ctx.pick(["先生", "女士"])
    text = join(
        ctx.fill("{last}" + sir + "，您好！" if ctx.chance(0.7) else "Hi {last}{first}，"),
        ctx.para(
            "我是{co}的HR "
            + _name(ctx)
            + "。感谢您应聘我司{title}职位，经过初步筛选，诚邀您参加[一面|初试|第一轮技术面试|复试]。",
            "您的简历已通过筛选，现邀请您参加{title}岗位的面试，具体安排如下：",
        ),
        lines(
            "面试时间：" + cat(ctx, when, "zh"),
            "面试方式："
            + (
                ctx.pick(
                    [
                        "腾讯会议（会议号："
                        + str(ctx.num(100, 999))
                        + " "
                        + str(ctx.num(100, 999))
                        + " "
                        + str(ctx.num(100, 999))
                        + "）",
                        "飞书视频会议",
                        "电话面试",
                    ]
                )
                if online
                else "现场面试"
            ),
            ""
            if online
            else "面试地点："
            + ctx.pick(
                [
                    "北京市海淀区中关村大街1号 " + str(ctx.num(5, 20)) + "层前台",
                    "上海市浦东新区张江路88号 A座",
                    "深圳市南山区科技园南区 T3栋",
                ]
            ),
            "面试官：" + ctx.pick(["部门负责人", "技术总监", "HR及业务主管"]),
            "联系人："
            + _name(ctx)
            + " "
            + "1"
            + str(ctx.num(3, 9))
            + str(ctx.num(100000000, 999999999)),
        ),
        ctx.pick(
            [
                "请携带个人简历一份及身份证。",
                "如时间不方便，请回复邮件告知可面试的时间段，我们会为您重新安排。",
                "收到请回复确认，谢谢！",
            ]
        ),
        lines(
            ctx.pick(["祝好！", "期待与您见面！", "此致\n敬礼"]),
            _name(ctx),
            ctx.fill("{co} 人力资源部"),
        ),
    )
    subject = ctx.para(
        "【面试邀请】{co} - {title}",
        "{co}面试通知",
        "面试邀请：{title}（" + cday(ctx, when, "zh") + "）",
        "{last}" + sir + "，{co}诚邀您参加面试",
    )
    return Draft(
        subject,
        text,
        _name(ctx) + ctx.fill("（{co}）"),
        writer_addr(ctx, ctx.domain),
        greet=False,
        sign="",
        lang="zh",
        form=ctx.pick(["plain", "alt", "html"]),
    )


@c5("c5_zh_luyong_tongzhi_offer", "offer", lang="zh")
def offer(ctx: Ctx) -> Draft:
    """A formal offer (录用通知书 / Offer Letter) with pay, start date and acceptance deadline."""
    people(ctx, "zh")
    move(ctx, "zh")
    start = weekday_future(ctx, 14, 40)
    monthly = ctx.num(12, 45) * 1000
    text = join(
        ctx.fill("尊敬的{last}{first}："),
        ctx.para(
            "非常高兴地通知您，经过面试评估，{co}决定录用您担任{title}一职。",
            "恭喜您！您已通过{co}的全部面试，我们诚挚地邀请您加入{co}，担任{title}。",
        ),
        lines(
            ctx.fill("入职岗位：{title}"),
            "所属部门："
            + ctx.pick(["技术研发中心", "产品部", "财务管理部", "市场营销中心", "数据智能部"]),
            f"税前月薪：人民币{monthly:,}元 × " + ctx.pick(["13", "14", "15", "16"]) + "薪",
            "试用期："
            + ctx.pick(["3个月", "6个月"])
            + "，试用期工资为转正工资的"
            + ctx.pick(["80%", "100%"]),
            "报到日期：" + cday(ctx, start, "zh"),
            "福利：五险一金（公积金按"
            + ctx.pick(["12%", "7%", "10%"])
            + "缴纳）、年度体检、带薪年假",
        ),
        ctx.pick(
            [
                "请于收到本通知后3个工作日内回复邮件确认是否接受。逾期未回复视为放弃。",
                "请在Offer系统中点击“接受”完成确认，并按入职指引准备相关材料。",
            ]
        ),
        ctx.pick(
            [
                "入职时请携带：身份证、学历学位证书原件、离职证明、一寸照片2张。",
                "我们将另行发送入职体检安排。",
            ]
        ),
        lines("期待您的加入！", ctx.fill("{legal}\n人力资源部"), cday(ctx, ctx.date, "zh")),
    )
    subject = ctx.para(
        "{co}录用通知书",
        "Offer Letter - {title} - {co}",
        "【{co}】录用意向书",
        "恭喜！{co} Offer 通知",
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co}人力资源部"),
        ctx.pick([ctx.fill("offer@{domain}"), ctx.fill("hr@{domain}"), "offer@mokahr.example.cn"]),
        greet=False,
        sign="",
        lang="zh",
        form=ctx.pick(["html", "alt"]),
    )


@c5("c5_zh_ganxiexin", "rejection", lang="zh")
def ganxiexin(ctx: Ctx) -> Draft:
    """The 'thank-you letter' (感谢信) rejection after screening or interviews."""
    people(ctx, "zh")
    move(ctx, "zh")
    text = join(
        ctx.fill(
            ctx.pick(
                ["亲爱的{last}{first}：", "{last}{first}同学，你好：", "尊敬的{last}[先生|女士]："]
            )
        ),
        ctx.para(
            "感谢您对{co}的关注，以及在{title}岗位招聘过程中付出的时间与精力。",
            "非常感谢你参加{co}的[笔试|面试|校园招聘]。",
        ),
        ctx.pick(
            [
                "经过慎重评估，很遗憾地通知您，您与该岗位的要求暂不匹配，本次未能进入下一轮。",
                "经过综合考虑，我们遗憾地通知你，你未能通过本次面试。",
                "由于本次招聘名额有限，我们暂时无法为您提供该职位的机会。",
            ]
        ),
        ctx.pick(
            [
                "您的简历已存入我们的人才库，今后如有合适的职位，我们会第一时间与您联系。",
                "这并不代表对你能力的否定，希望未来还有合作的机会。",
                "",
            ]
        ),
        ctx.pick(["再次感谢您的关注，祝您求职顺利！", "祝前程似锦！", "祝工作顺利，生活愉快！"]),
        ctx.fill("{co}招聘团队"),
        foot(ctx, "zh", 0.4),
    )
    subject = ctx.para(
        "{co}感谢信", "感谢您参加{co}的招聘", "【{co}】应聘结果通知", "关于{title}职位的申请结果"
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co}招聘"),
        ctx.pick(
            [ctx.fill("hr@{domain}"), "noreply@mokahr.example.cn", "no-reply@hotjob.example.cn"]
        ),
        greet=False,
        sign="",
        lang="zh",
    )


@c5("c5_zh_lietou_zhiwei", "recruiter_outreach", lang="zh")
def lietou(ctx: Ctx) -> Draft:
    """A headhunter (猎头) writes about an opening, casual and direct."""
    people(ctx, "zh")
    move(ctx, "zh")
    firm, host = ctx.pick(
        [
            ("锐仕方达", "ruishi-hunter.example.cn"),
            ("科锐国际", "kerui-search.example.cn"),
            ("翰德猎头", "hande-search.example.cn"),
            ("", "163.com"),
        ]
    )
    named = ctx.chance(0.6)
    low = ctx.num(30, 80)
    text = join(
        ctx.fill("{last}[总|工|老师]您好，" if ctx.chance(0.5) else "{last}{first}，您好！"),
        ctx.para(
            "我是"
            + (firm + "的猎头顾问" if firm else "独立猎头")
            + _name(ctx)
            + "，在LinkedIn/脉脉上看到您的履历，非常契合我们正在做的一个职位。",
            "冒昧打扰，我是"
            + (firm or "猎头顾问")
            + _name(ctx)
            + "。目前手上有一个不错的机会想跟您聊聊。",
        ),
        (
            ctx.fill("客户：{co}\n职位：{title}\n")
            if named
            else ctx.fill(
                "客户：[某头部互联网大厂|某知名外资车企|某独角兽新能源公司]（保密）\n职位：{title}\n"
            )
        )
        + f"年薪：{low}-{low + ctx.num(10, 40)}万 + 股票",
        ctx.pick(
            [
                "如果您近期有看机会的想法，方便加个微信详聊吗？我的微信号：hunter_"
                + str(ctx.num(100, 999)),
                "不知道您最近是否考虑新的机会？方便的话可以约个时间电话沟通15分钟。",
            ]
        ),
        lines(
            ctx.pick(["谢谢！", "期待您的回复～", "祝好"]),
            _name(ctx),
            firm + " 高级顾问" if firm else "",
        ),
    )
    subject = ctx.para(
        "{title}机会 - {last}您好".replace("{last}", ctx.cand_last),
        "猎头推荐：{title}",
        "【职位机会】年薪" + str(low) + "万+",
        "您好，有个机会想和您聊聊",
    )
    return Draft(
        subject,
        text,
        _name(ctx),
        writer_addr(ctx, host),
        greet=False,
        sign="",
        lang="zh",
        form="plain",
    )


@c5("c5_zh_beijing_diaocha", "other_job", lang="zh")
def beidiao(ctx: Ctx) -> Draft:
    """A third-party background-check (背景调查) request before the offer takes effect."""
    people(ctx, "zh")
    move(ctx, "zh")
    vendor = ctx.pick(["全程德邦", "安新背调", "易职信", "壹点背调"])
    due = weekday_future(ctx, 1, 5)
    text = join(
        ctx.fill("{last}{first}您好："),
        ctx.para(
            "受{co}委托，" + vendor + "将对您进行入职前背景调查。",
            "您好，{co}已向您发放{title}岗位的录用意向，根据公司规定，入职前需完成背景调查。调查由第三方机构"
            + vendor
            + "执行。",
        ),
        ctx.pick(
            [
                "请于"
                + cday(ctx, due, "zh")
                + "前点击以下链接，填写个人信息并签署《背景调查授权书》：",
                "请在48小时内完成授权及信息填写：",
            ]
        )
        + "\nhttps://bgc."
        + ctx.pick(["quanchengdebang", "anxinbd", "yizhixin"])
        + ".example.cn/auth/"
        + str(ctx.num(10**7, 10**8)),
        "调查内容包括：身份信息核实、学历学位验证、最近两段工作经历核实（需提供证明人联系方式）。",
        ctx.pick(
            ["如有疑问，请联系{co}HR。", "调查结果仅用于本次录用决策，我们将严格保护您的个人信息。"]
        ).replace("{co}", ctx.co),
        ctx.fill(vendor + " 客服中心\n" if ctx.chance(0.5) else "{co}人力资源部"),
    )
    subject = ctx.para(
        "【背景调查】{co}入职背景调查授权",
        "背景调查授权书签署提醒",
        "{co} - 入职前背景调查通知",
        "请完成背景调查信息填写",
    )
    return Draft(
        subject,
        text,
        vendor + ctx.pick(["背调", "客服"]),
        "service@" + ctx.pick(["bgcheck.example.cn", "anxin-bd.example.cn"]),
        greet=False,
        sign="",
        lang="zh",
    )


@c5("c5_zhtw_104_mianshi_yaoyue", "interview", lang="zh-Hant")
def tw_mianshi(ctx: Ctx) -> Draft:
    """A Taiwanese employer's interview invitation relayed by a 104-style job bank."""
    people(ctx, "tw")
    move(ctx, "tw")
    hk = ctx._co.domain.endswith(".hk")  # Hong Kong employers: no 104, a Kowloon office
    when = weekday_future(ctx, 2, 10)
    text = join(
        ctx.fill(ctx.pick(["{last}{first} 您好：", "{last}先生/小姐 您好，", "親愛的{first}："])),
        ctx.para(
            "感謝您應徵{co}「{title}」職缺，經初步審核，誠摯邀請您參加面試。",
            "您好，我是{co}人資部"
            + ctx.person_last
            + "小姐，感謝您"
            + ("透過JobsDB" if hk else "透過104人力銀行")
            + "投遞履歷，想邀請您來公司面談。",
        ),
        lines(
            "面試時間：" + cat(ctx, when, "zh-Hant"),
            "面試地點："
            + ctx.pick(
                [
                    "香港九龍觀塘道" + str(ctx.num(300, 420)) + "號 " + str(ctx.num(10, 30)) + "樓",
                    "線上面試（Zoom）",
                ]
                if hk
                else [
                    "台北市信義區松仁路100號 " + str(ctx.num(8, 30)) + "樓",
                    "新竹科學園區力行路" + str(ctx.num(1, 30)) + "號",
                    "線上面試（Google Meet，連結將另行寄送）",
                ]
            ),
            "面試流程："
            + ctx.pick(["筆試30分鐘＋主管面談", "人資面談＋部門主管面談", "英文能力測驗＋面談"]),
            "請攜帶：" + ctx.pick(["履歷表、作品集", "身分證、畢業證書影本", "無"]),
        ),
        ctx.pick(
            [
                "請於收到信件後回覆是否能出席，若時間無法配合，歡迎提供其他方便的時段。",
                "請致電 2" + str(ctx.num(1000000, 9999999)) + " 與我們確認。"
                if hk
                else "請點選下方「接受邀約」或「婉拒」回覆：https://www.104.example.com.tw/interview/"
                + str(ctx.num(10**6, 10**7)),
            ]
        ),
        lines(
            "順頌 商祺" if ctx.chance(0.5) else "謝謝！",
            ctx.fill("{co} 人力資源部"),
            ctx.person_last + ctx.person_first,
        ),
        foot(ctx, "zh-Hant", 0.4),
    )
    subject = ctx.para(
        "【面試邀約】{co}－{title}",
        "{co}邀請您面試" if hk else "104人力銀行：{co}邀請您面試",
        "{co} 面試通知",
        "面試邀請：{title}",
    )
    sender = ctx.pick(
        [(ctx.fill("{co} 人資部"), writer_addr(ctx, ctx.domain))]
        + ([] if hk else [(ctx.fill("{co}（104人力銀行）"), "interview@104.example.com.tw")])
    )
    return Draft(
        subject,
        text,
        sender[0],
        sender[1],
        greet=False,
        sign="",
        lang="zh-Hant",
        form=ctx.pick(["html", "alt"]),
    )


@c5("c5_zhtw_hk_yinghui_jieguo", "rejection", lang="zh-Hant")
def tw_reject(ctx: Ctx) -> Draft:
    """A Taiwan / Hong Kong rejection in traditional characters, sometimes with an English copy."""
    people(ctx, "tw")
    move(ctx, "tw")
    hk = ctx._co.domain.endswith(".hk")  # Hong Kong employers write "閣下" and add English
    text = join(
        ctx.fill("{last}{first} [先生/小姐|] 您好：" if not hk else "親愛的{last}{first}："),
        ctx.para(
            "感謝您應徵本公司「{title}」一職，並撥冗參加面試。",
            "多謝閣下應徵本公司{title}職位。" if hk else "感謝您對{co}的興趣與應徵。",
        ),
        ctx.pick(
            [
                "經審慎評估後，很遺憾通知您，此次未能錄取。",
                "經過仔細考慮，我們決定不進一步安排面試，敬請見諒。",
                "由於應徵者眾多，經比較後，您的條件與本職缺需求尚有差距，此次無法為您安排後續流程。",
            ]
        ),
        ctx.pick(
            [
                "您的履歷將保留於本公司人才庫六個月，若有適合職缺將再與您聯繫。",
                "閣下的資料將於六個月內銷毀。" if hk else "",
                "",
            ]
        ),
        ctx.pick(["敬祝 求職順利", "祝 順心", "再次感謝您的參與。"]),
        ctx.fill("{co} 人力資源部"),
        ctx.fill(
            "---\nDear {first},\nThank you for your interest in the {title} position at {co}. We regret to inform you that your application was unsuccessful on this occasion."
        )
        if hk and ctx.chance(0.6)
        else "",
    )
    subject = ctx.para(
        "{co} 應徵結果通知",
        "感謝您應徵{title}",
        "【{co}】面試結果通知",
        "Application Result 應徵結果 - {co}" if hk else "應徵結果通知",
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co} 人資部"),
        ctx.fill("[hr|recruit|talent]@{domain}"),
        greet=False,
        sign="",
        lang="zh-Hant",
    )
