"""Japanese hiring mail (session 10, helper C5): graduate (新卒) and mid-career (中途)
recruiting as Japanese employers, their ATS and recruitment agencies write it: entry
receipts, aptitude and coding tests, final interviews, agency-relayed rejections, agency
scouts, informal offers (内々定) and the events and paperwork before joining.
"""

from __future__ import annotations

from c5_kit import c5, cat, cday, foot, join, lines, move, people, writer, writer_addr
from kit import Ctx, Draft
from zf_kit import weekday_future


@c5("c5_ja_shinsotsu_entry_uketsuke", "confirmation", lang="ja")
def shinsotsu_entry(ctx: Ctx) -> Draft:
    """A graduate-recruiting site confirms an entry sheet (ES) was submitted on My Page."""
    people(ctx, "ja")
    move(ctx, "ja_new")
    due = weekday_future(ctx, 3, 14)
    year = ctx.date.year + 2
    html = ctx.chance(0.5)
    text = join(
        ctx.fill("{last} {first} 様"),
        ctx.para(
            "この度は{co}の新卒採用にエントリーいただき、誠にありがとうございます。",
            "{co} 新卒採用担当です。エントリーシートのご提出ありがとうございました。",
            "{co}[の|] {year}年度新卒採用へのご応募、ありがとうございます。".replace(
                "{year}", str(year)
            ),
        ),
        ctx.fill(
            lines(
                "■ご提出内容",
                "応募職種：{title}",
                ctx.pick(["受付番号：{req}", "マイページID：{req}", ""]),
                "提出日時：" + cday(ctx, ctx.date, "ja"),
            )
        ),
        ctx.pick(
            [
                "書類選考の結果は、"
                + cday(ctx, due, "ja")
                + "までにマイページにてお知らせいたします。",
                "今後の選考に関するご案内は、マイページのメッセージBOXにお送りします。こまめにご確認ください。",
                "次のステップ（Webテスト受検）のご案内は追ってお送りいたします。",
            ]
        ),
        ctx.maybe(
            "マイページ：https://mypage.i-web.example.jp/"
            + ctx.pick(["entry", "login", "mypage"])
            + "/"
            + str(ctx.num(1000, 9999)),
            0.6,
        ),
        foot(ctx, "ja"),
        ctx.fill("{co} [人事部 新卒採用担当|採用事務局|人財開発部 採用グループ]"),
    )
    name, addr = ctx.pick(
        [
            (ctx.fill("{co} 新卒採用担当"), "noreply@i-web.example.jp"),
            (ctx.fill("{co} 採用事務局"), ctx.fill("saiyo@{domain}")),
            (ctx.fill("{co}"), "entry@mynavi-shinsotsu.example.jp"),
        ]
    )
    subject = ctx.para(
        "【{co}】エントリーシート受付完了のお知らせ",
        "エントリー受付のご連絡（{co}）",
        "【" + str(year) + "卒】{co} エントリーありがとうございます",
        "[{co}] ES提出完了",
    )
    return Draft(
        subject,
        text,
        name,
        addr,
        greet=False,
        sign="",
        lang="ja",
        bulk=True,
        form="html" if html else "plain",
    )


@c5("c5_ja_tekisei_kensa_spi", "technical_round", lang="ja")
def tekisei_kensa(ctx: Ctx) -> Draft:
    """Passing the document screen and the invitation to an online aptitude test (SPI etc.)."""
    people(ctx, "ja")
    move(ctx, ctx.pick(["ja_new", "ja_new", "ja_mid"]))
    due = weekday_future(ctx, 4, 10)
    test = ctx.pick(
        [
            "SPI3（テストセンター）",
            "SPI3（Webテスティング）",
            "玉手箱",
            "TG-WEB",
            "適性検査（Web受検）",
        ]
    )
    text = join(
        ctx.fill("{last} 様"),
        ctx.para(
            "お世話になっております。{co} 採用担当でございます。",
            "{co} 人事部の" + ctx.person_last + "です。",
        ),
        ctx.para(
            "先日はエントリーシートをご提出いただき、ありがとうございました。書類選考の結果、{last}様には次の選考ステップにお進みいただくことになりました。",
            "{title}の書類選考を通過されましたので、適性検査のご案内をお送りいたします。",
            "次の選考として、適性検査の受検をお願いしております。",
        ),
        lines(
            "【検査名】" + test,
            "【受検期限】" + cday(ctx, due, "ja") + " 23:59",
            "【所要時間】約" + ctx.pick(["35", "60", "65", "90"]) + "分",
            "【受検URL】https://"
            + ctx.pick(["arorua.example.net", "web-test.example.jp", "assessment.example.jp"])
            + "/login?id="
            + str(ctx.num(100000, 999999)),
        ),
        ctx.pick(
            [
                "期限を過ぎますと受検いただけなくなりますので、ご注意ください。",
                "受検の際は、静かな環境で、電卓・筆記用具をご用意ください。",
                "テストセンターでの受検をご希望の場合は、予約サイトから会場と日時をご予約ください。",
            ]
        ),
        ctx.maybe("ご不明な点がございましたら、本メールへご返信ください。", 0.5),
        ctx.fill("{co}\n[人事部 採用担当|採用チーム|人事部 新卒採用グループ]"),
    )
    subject = ctx.para(
        "【{co}】適性検査受検のご案内",
        "書類選考結果および適性検査のご案内",
        "【重要】Webテスト受検のお願い（{co}）",
        "次回選考（" + test.split("（")[0] + "）のご案内",
    )
    sender = ctx.pick(
        [
            (ctx.fill("{co} 採用担当"), ctx.fill("recruit@{domain}")),
            (ctx.fill("{co} 人事部"), writer_addr(ctx, ctx.domain)),
        ]
    )
    return Draft(subject, text, sender[0], sender[1], greet=False, sign="", lang="ja")


@c5("c5_ja_saishu_mensetsu_annai", "interview", lang="ja")
def saishu_mensetsu(ctx: Ctx) -> Draft:
    """An invitation to the final (executive) interview, with what to bring and travel costs."""
    people(ctx, "ja")
    move(ctx, ctx.pick(["ja_new", "ja_mid"]))
    when = weekday_future(ctx, 4, 14)
    stage = ctx.pick(["最終面接", "役員面接", "二次面接", "最終面接（役員面接）"])
    text = join(
        ctx.fill("{last} {first} 様"),
        ctx.para(
            "お世話になっております。{co} 人事部の" + writer(ctx) + "です。",
            "いつもお世話になっております。{co}採用担当でございます。",
        ),
        ctx.para(
            "先日は一次面接にお越しいただき、誠にありがとうございました。選考の結果、ぜひ{last}様に"
            + stage
            + "へお進みいただきたく、ご案内申し上げます。",
            "{title}の選考につきまして、" + stage + "のご案内をお送りいたします。",
            "一次面接通過のご連絡です。次回は" + stage + "となります。",
        ),
        lines(
            "■日時：" + cat(ctx, when, "ja"),
            "■場所："
            + ctx.pick(
                [
                    "本社 15階 受付（東京都千代田区丸の内1-2-3）",
                    "大阪支社 会議室（大阪市北区梅田2-4-9）",
                    "オンライン（Zoom、URLは前日までにお送りします）",
                ]
            ),
            "■面接官：" + ctx.pick(["代表取締役社長、人事部長", "取締役 事業本部長", "役員2名"]),
            "■所要時間：約" + ctx.pick(["30", "45", "60"]) + "分",
            "■持ち物："
            + ctx.pick(
                ["履歴書（写真貼付）、筆記用具", "特にございません", "成績証明書、卒業見込証明書"]
            ),
        ),
        ctx.pick(
            [
                "交通費は規定に基づき当日お支払いいたします。",
                "当日は受付にて「" + stage + "で来社した」旨をお伝えください。",
                "ご都合が悪い場合は、お手数ですが3営業日前までにご連絡ください。",
            ]
        ),
        ctx.pick(
            [
                "お会いできることを楽しみにしております。",
                "ご出席の可否について、本メールにご返信いただけますと幸いです。",
            ]
        ),
        ctx.fill("{co}\n人事部 採用担当 ") + writer(ctx),
    )
    subject = ctx.para(
        "【{co}】" + stage + "のご案内",
        stage + "日程のご連絡（{title}）",
        "次回選考のご案内：" + stage,
        "Re: 一次面接のお礼",
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co} 採用担当"),
        writer_addr(ctx, ctx.domain),
        greet=False,
        sign="",
        lang="ja",
        form=ctx.pick(["plain", "alt"]),
    )


@c5("c5_ja_agent_omiokuri", "rejection", lang="ja")
def agent_omiokuri(ctx: Ctx) -> Draft:
    """A recruitment agency's consultant relays the employer's 'we will pass' (お見送り)."""
    people(ctx, "ja")
    move(ctx, "ja_mid")
    agency, host = ctx.pick(
        [
            ("ジョブブリッジ・エージェント", "jobbridge-agent.example.jp"),
            ("キャリアリンク転職エージェント", "careerlink.example.jp"),
            ("ハイクラス転職サポート", "hiclass-support.example.jp"),
        ]
    )
    text = join(
        ctx.fill("{last}様"),
        ctx.para(
            "お世話になっております。" + agency + "の" + ctx.person_last + "です。",
            "いつもお世話になっております。"
            + agency
            + " キャリアアドバイザーの"
            + writer(ctx)
            + "でございます。",
        ),
        ctx.para(
            "先日ご応募いただいた{co}様（{title}）の選考結果について、企業様よりご連絡がございました。",
            "{co}様の{title}ポジションにつきまして、[一次面接|書類選考|二次面接]の結果をお伝えいたします。",
        ),
        ctx.pick(
            [
                "大変残念ながら、今回はお見送りとのことでした。",
                "誠に申し上げにくいのですが、今回はご縁がなかったとのご回答でした。",
                "残念ながら、今回は見送りという判断になったとのことです。",
            ]
        ),
        ctx.pick(
            [
                "企業様からは「ご経験は魅力的だったが、今回のポジションでは即戦力としてのマネジメント経験を重視した」とのフィードバックをいただいております。",
                "理由としては、他の候補者の方と比較した結果とのことでした。",
                "",
            ]
        ),
        ctx.pick(
            [
                "引き続き、{last}様のご希望に合う求人をご紹介させていただきます。近日中に新しい案件をお送りしますね。",
                "気持ちを切り替えて、次の選考に向けて一緒に準備していきましょう。来週どこかでお電話できますでしょうか。",
            ]
        ).replace("{last}", ctx.cand_last),
        lines(
            agency,
            "キャリアアドバイザー " + writer(ctx),
            "TEL: 03-" + str(ctx.num(1000, 9999)) + "-" + str(ctx.num(1000, 9999)),
        ),
    )
    subject = ctx.para(
        "{co}様 選考結果のご連絡",
        "【選考結果】{co}／{title}",
        "選考結果のご報告",
        "Re: {co}様 面接のご報告",
    )
    return Draft(
        subject,
        text,
        ctx.person_last + "（" + agency + "）",
        writer_addr(ctx, host),
        greet=False,
        sign="",
        lang="ja",
        form="plain",
    )


@c5("c5_ja_agent_hikokai_kyujin", "recruiter_outreach", lang="ja")
def agent_scout(ctx: Ctx) -> Draft:
    """A headhunter or agency consultant offers an unadvertised (非公開) position."""
    people(ctx, "ja")
    move(ctx, "ja_mid")
    firm, host = ctx.pick(
        [
            ("エグゼクティブサーチ・パートナーズ", "es-partners.example.jp"),
            ("リンクアップ・キャリア", "linkup-career.example.jp"),
            ("株式会社ヘッドハント東京", "headhunt-tokyo.example.jp"),
        ]
    )
    low = ctx.num(6, 12) * 100
    named = ctx.chance(0.6)
    text = join(
        ctx.fill("{last}様"),
        ctx.para(
            "突然のご連絡失礼いたします。" + firm + "の" + writer(ctx) + "と申します。",
            "はじめまして。" + firm + "でコンサルタントをしております" + ctx.person_last + "です。",
        ),
        ctx.para(
            "ビズリーチ上で{last}様のご経歴を拝見し、ぜひご紹介したい非公開求人がございましてご連絡いたしました。".replace(
                "{last}", ctx.cand_last
            ),
            "LinkedInのプロフィールを拝見し、ご経験にマッチする案件がございましたのでご連絡差し上げました。",
        ),
        (
            ctx.fill("■企業：{co}\n■ポジション：{title}\n■想定年収：")
            if named
            else ctx.fill(
                "■企業：[東証プライム上場の大手メーカー|急成長中のSaaSスタートアップ（シリーズC）|外資系金融機関]\n■ポジション：{title}\n■想定年収："
            )
        )
        + f"{low}万円〜{low + ctx.num(2, 6) * 100}万円",
        ctx.pick(
            [
                "まずは情報交換として、30分ほどオンラインでお話しできませんでしょうか。",
                "現在転職をお考えでなくても構いません。ご興味があれば、ご都合の良い日時をいくつかお知らせください。",
            ]
        ),
        lines(
            firm,
            "シニアコンサルタント " + writer(ctx),
            ctx.maybe("厚生労働大臣許可番号 13-ユ-" + str(ctx.num(300000, 399999)), 0.5),
        ),
    )
    subject = ctx.para(
        "【非公開求人】{title}のご紹介",
        "【ヘッドハンティング】{last}様へのご提案".replace("{last}", ctx.cand_last),
        "{title}ポジションのご案内（年収" + str(low) + "万円〜）",
        "突然のご連絡失礼いたします",
    )
    return Draft(
        subject,
        text,
        writer(ctx) + "｜" + firm,
        writer_addr(ctx, host),
        greet=False,
        sign="",
        lang="ja",
        form=ctx.pick(["plain", "plain", "alt"]),
    )


@c5("c5_ja_nainaitei_shinsotsu", "offer", lang="ja")
def nainaitei(ctx: Ctx) -> Draft:
    """A graduate informal offer (内々定) with the acceptance form and the next steps."""
    people(ctx, "ja")
    move(ctx, "ja_new")
    due = weekday_future(ctx, 7, 14)
    text = join(
        ctx.fill("{last} {first} 様"),
        ctx.para(
            "{co} 人事部 新卒採用担当です。",
            "お世話になっております。{co}の" + writer(ctx) + "です。",
        ),
        ctx.para(
            "先日は最終面接にお越しいただき、誠にありがとうございました。厳正なる選考の結果、{last}様に内々定をお出しすることが決定いたしましたので、お知らせいたします。",
            "おめでとうございます。このたび、{last}様を{co}の{title}として内々定とさせていただきました。",
            "選考にご参加いただきありがとうございました。{last}様の{title}としての内々定が決まりましたことをご連絡いたします。",
        ),
        ctx.pick(
            [
                "つきましては、添付の内定承諾書に必要事項をご記入のうえ、"
                + cday(ctx, due, "ja")
                + "までにご返送ください。",
                "内々定をお受けいただける場合は、"
                + cday(ctx, due, "ja")
                + "までにマイページから承諾のご登録をお願いいたします。",
            ]
        ),
        ctx.pick(
            [
                "10月1日には内定式を予定しております。詳細は後日ご案内いたします。",
                "今後、内定者懇親会や入社前研修のご案内をお送りいたします。",
                "ご不明な点や、ご家族へのご説明で必要な資料がございましたら、お気軽にご相談ください。",
            ]
        ),
        ctx.pick(
            [
                "{last}様と一緒に働ける日を、社員一同心より楽しみにしております。",
                "まずは取り急ぎ、ご連絡まで。",
            ]
        ).replace("{last}", ctx.cand_last),
        ctx.fill("{co}\n人事部 新卒採用担当"),
    )
    subject = ctx.para(
        "【{co}】内々定のご連絡",
        "選考結果のご連絡（内々定）",
        "【重要】内々定のお知らせと今後の手続きについて",
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co} 人事部"),
        ctx.fill("[shinsotsu|recruit|saiyo]@{domain}"),
        greet=False,
        sign="",
        lang="ja",
        form=ctx.pick(["plain", "alt", "html"]),
    )


@c5("c5_ja_naiteisha_kenshu", "other_job", lang="ja")
def naiteisha_kenshu(ctx: Ctx) -> Draft:
    """A future hire is invited to the pre-joining training or get-together (内定者研修/懇親会)."""
    people(ctx, "ja")
    move(ctx, ctx.pick(["ja_new", "ja_mid"]))
    when = weekday_future(ctx, 7, 30)
    event = ctx.pick(
        ["内定者懇親会", "入社前研修", "内定者研修（ビジネスマナー）", "入社オリエンテーション"]
    )
    text = join(
        ctx.fill("内定者の皆様\n（{last} {first} 様）"),
        ctx.para(
            "{co} 人事部です。いつもご連絡ありがとうございます。",
            "入社まで残りわずかとなりました。{co} 人事部よりご案内です。",
        ),
        "下記の日程で" + event + "を開催いたします。配属予定部署の先輩社員も参加いたします。",
        lines(
            "日時：" + cat(ctx, when, "ja"),
            "会場："
            + ctx.pick(
                ["本社 研修ルーム", "オンライン（Microsoft Teams）", "新宿ワシントンホテル 宴会場"]
            ),
            "服装：" + ctx.pick(["スーツ", "オフィスカジュアル", "自由"]),
            ctx.fill("対象：{title} 入社予定者") if ctx.chance(0.6) else "",
        ),
        ctx.pick(
            [
                "出欠を" + cday(ctx, when, "ja") + "の1週間前までにフォームからご回答ください。",
                "あわせて、入社後に使用するPCの貸与手続きと、社員証用の写真データのご提出をお願いいたします。",
                "当日は入社手続きに必要な書類（誓約書・身元保証書）もお持ちください。",
            ]
        ),
        ctx.fill("{co} 人事部 人材開発課"),
    )
    subject = ctx.para(
        "【{co}】" + event + "のご案内",
        event + "開催のお知らせ",
        "【内定者の皆様へ】" + event + "について",
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co} 人事部"),
        ctx.fill("jinji@{domain}"),
        greet=False,
        sign="",
        lang="ja",
    )
