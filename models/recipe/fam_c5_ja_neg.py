"""Japanese mail that is NOT about the reader's job search but reads like it (session 10,
helper C5): job-site alerts of new openings, university entrance results, rental screenings,
card and loan screenings (審査), the reader's own HR at work (年末調整, 給与明細),
audition screenings, event sign-ups, clinic bookings and a friend's job news.
"""

# ruff: noqa: E501

from __future__ import annotations

from c5_kit import C5_N, cat, cday, foot, friend_addr, join, lines, people, writer, writer_addr
from kit import Ctx, Draft, family
from zf_kit import weekday_future

_CO = (
    "株式会社アルファ技研",
    "みどり商事株式会社",
    "株式会社ネクスト・ワン",
    "東京ライフ保険",
    "株式会社ソラ・テック",
    "やまと物流株式会社",
    "株式会社エムズ",
)
_ROLE = (
    "営業（未経験歓迎）",
    "Webエンジニア",
    "経理事務",
    "施工管理",
    "ITコンサルタント",
    "カスタマーサクセス",
    "人事・労務",
)


def _d(ctx: Ctx, subject: str, text: str, sender: tuple[str, str], **kw: object) -> Draft:
    return Draft(
        ctx.fill(subject), text, sender[0], sender[1], greet=False, sign="", lang="ja", **kw
    )  # type: ignore[arg-type]


@family("c5_ja_tenshoku_site_shinchaku", "not_job", lang="ja", n=C5_N)
def shinchaku(ctx: Ctx) -> Draft:
    """A job site's digest of new openings matching saved search conditions."""
    people(ctx, "ja")
    site, host = ctx.pick(
        [
            ("doda", "mail.doda.example.jp"),
            ("リクナビNEXT", "next.rikunabi.example.jp"),
            ("マイナビ転職", "tenshoku.mynavi.example.jp"),
            ("エン転職", "employment.en-japan.example.jp"),
        ]
    )
    jobs = []
    for _ in range(ctx.num(3, 5)):
        low = ctx.num(3, 8) * 100
        jobs.append(
            lines(
                "■" + ctx.pick(_ROLE),
                "　"
                + ctx.pick(_CO)
                + "／"
                + ctx.pick(["東京都", "大阪府", "愛知県", "福岡県", "リモート可"]),
                f"　年収{low}万円〜{low + ctx.num(1, 4) * 100}万円",
                "　▶詳細を見る https://" + host + "/job/" + str(ctx.num(10**6, 10**7)),
            )
        )
    text = join(
        ctx.fill("{last}様"),
        ctx.pick(
            [
                "ご登録の希望条件に合う新着求人が" + str(len(jobs)) + "件見つかりました。",
                "あなたにおすすめの求人をお届けします。",
                "昨日掲載された新着求人のお知らせです。",
            ]
        ),
        *jobs,
        ctx.pick(
            [
                "気になる求人は「気になる」リストに保存しておきましょう。",
                "希望条件の変更はマイページから行えます。",
                "",
            ]
        ),
        "配信停止：https://" + host + "/mail/stop",
        foot(ctx, "ja", 0.5),
        site + " 事務局",
    )
    subject = ctx.pick(
        [
            "【新着求人】あなたの希望条件に合う求人が" + str(len(jobs)) + "件",
            "【" + site + "】おすすめ求人のお知らせ",
            "{last}様におすすめの求人が届いています",
            "今週の注目求人｜" + site,
        ]
    )
    return _d(
        ctx,
        subject,
        text,
        (site, ctx.pick(["info@", "noreply@", "mail@"]) + host),
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )


@family("c5_ja_daigaku_nyushi_goukaku", "not_job", lang="ja", n=C5_N)
def nyushi(ctx: Ctx) -> Draft:
    """A university's entrance-exam application receipt or result (合格発表)."""
    people(ctx, "ja")
    uni, host = ctx.pick(
        [
            ("東都大学", "toto-u"),
            ("関西学芸大学", "kansai-gakugei"),
            ("北陵大学", "hokuryo-u"),
            ("みなと看護大学", "minato-kango"),
            ("青山国際大学大学院", "aoyama-kokusai"),
        ]
    )
    result = ctx.pick(["receipt", "pass", "pass", "fail"])
    num = str(ctx.num(10000, 99999))
    if result == "receipt":
        body = lines(
            "Web出願の受付が完了しました。",
            "受験番号：" + num,
            "試験日：" + cday(ctx, weekday_future(ctx, 10, 30), "ja"),
            "受験票はマイページから印刷してください。",
        )
        subject = "【" + uni + "】出願受付完了のお知らせ"
    elif result == "pass":
        body = lines(
            "受験番号 " + num + " の合否結果をお知らせします。",
            "結果：合格",
            "入学手続きの締切は"
            + cday(ctx, weekday_future(ctx, 7, 14), "ja")
            + "です。入学金の納入をお忘れなく。",
        )
        subject = ctx.pick(
            ["【" + uni + "】合格発表のお知らせ", "合否結果を公開しました（" + uni + "）"]
        )
    else:
        body = lines(
            "受験番号 " + num + " の合否結果をお知らせします。",
            "結果：不合格",
            "今回は残念な結果となりましたが、今後のご健闘をお祈りいたします。",
        )
        subject = (
            "【" + uni + "】" + ctx.pick(["一般選抜", "総合型選抜", "大学院入試"]) + " 合否結果"
        )
    text = join(
        ctx.fill("{last} {first} 様"),
        "この度は"
        + uni
        + "[の|] "
        + ctx.pick(["一般選抜", "総合型選抜（AO入試）", "学校推薦型選抜", "大学院修士課程入試"])
        + "にご出願いただき、ありがとうございます。",
        body,
        "合否照会サイト：https://nyushi." + host + ".example.ac.jp/result",
        foot(ctx, "ja"),
        uni + " 入試課",
    )
    return _d(ctx, subject, ctx.fill(text), (uni + " 入試課", "nyushi@" + host + ".example.ac.jp"))


@family("c5_ja_chintai_nyukyo_shinsa", "not_job", lang="ja", n=C5_N)
def nyukyo(ctx: Ctx) -> Draft:
    """A letting agent about the rental application and the guarantor company's screening."""
    people(ctx, "ja")
    agent, host = ctx.pick(
        [
            ("ハウスメイト不動産 渋谷店", "housemate-fudosan.example.jp"),
            ("ミニミニ賃貸 梅田店", "minimini-chintai.example.jp"),
            ("株式会社スマイル住宅", "smile-jutaku.example.jp"),
        ]
    )
    prop = ctx.pick(
        [
            "メゾン桜ヶ丘 203号室",
            "パークハイツ中目黒 501",
            "グランドール江坂 1104号室",
            "コーポ若葉 102",
        ]
    )
    ok = ctx.chance(0.6)
    text = join(
        ctx.fill("{last}様"),
        "お世話になっております。" + agent + "の" + writer(ctx) + "です。",
        ctx.pick(
            [
                "先日お申込みいただきました「" + prop + "」の入居審査について、ご報告いたします。",
                "「"
                + prop
                + "」のお申込みありがとうございました。保証会社の審査結果が出ましたのでご連絡いたします。",
            ]
        ),
        ctx.pick(["無事に審査に通りました！おめでとうございます。", "審査は承認となりました。"])
        + "\n契約日の候補を2〜3日いただけますでしょうか。重要事項説明はIT重説（オンライン）でも可能です。"
        if ok
        else ctx.pick(
            [
                "大変申し訳ございませんが、今回は保証会社の審査が否決となりました。",
                "残念ながら管理会社の判断で、今回はお見送りとなりました。",
            ]
        )
        + "\n別の保証会社での再審査や、他の物件のご紹介も可能ですので、ご相談ください。",
        ctx.maybe("なお、在籍確認のお電話が勤務先に入ることがございます。", 0.3),
        lines(
            agent,
            writer(ctx),
            "TEL 0"
            + str(ctx.num(3, 6))
            + "-"
            + str(ctx.num(1000, 9999))
            + "-"
            + str(ctx.num(1000, 9999)),
        ),
    )
    subject = ctx.pick(
        [
            "入居審査結果のご連絡（" + prop + "）",
            "【" + agent.split(" ")[0] + "】審査結果について",
            "Re: 入居申込の件",
            "お申込み物件の審査について",
        ]
    )
    return _d(
        ctx,
        subject,
        text,
        (writer(ctx) + "（" + agent + "）", writer_addr(ctx, host)),
        form="plain",
    )


@family("c5_ja_card_loan_shinsa", "not_job", lang="ja", n=C5_N)
def card_shinsa(ctx: Ctx) -> Draft:
    """A card issuer or bank about a card or loan application's screening result."""
    people(ctx, "ja")
    issuer, host, product = ctx.pick(
        [
            ("さくらカード", "sakura-card.example.jp", "さくらゴールドカード"),
            ("ミライ銀行", "mirai-bank.example.jp", "住宅ローン（仮審査）"),
            ("JPポイントカード", "jp-pointcard.example.jp", "JPカード（年会費無料）"),
            ("ひまわり信販", "himawari-shinpan.example.jp", "マイカーローン"),
        ]
    )
    status = ctx.pick(["受付", "承認", "承認", "否決"])
    res = {
        "受付": "お申込みを受け付けました。審査結果は通常1週間程度でメールにてお知らせいたします。審査の過程で、勤務先へ在籍確認のお電話をする場合がございます。",
        "承認": "厳正なる審査の結果、ご契約いただけることとなりました。カードは簡易書留にて"
        + str(ctx.num(5, 10))
        + "日程度でお届けします。"
        if "カード" in product
        else "仮審査の結果、承認となりました。本審査のお手続きについて担当者よりご連絡いたします。",
        "否決": "誠に恐れ入りますが、今回はお客様のご希望に添いかねる結果となりました。審査内容についてのお問い合わせにはお答えいたしかねますので、ご了承ください。",
    }[status]
    text = join(
        ctx.fill("{last} {first} 様"),
        "この度は「" + product + "」にお申込みいただき、誠にありがとうございます。",
        res,
        "お申込み番号：" + str(ctx.num(10**9, 10**10)),
        foot(ctx, "ja", 0.8),
        issuer + " " + ctx.pick(["カードセンター", "ローンセンター", "お客様窓口"]),
    )
    subject = ctx.pick(
        [
            "【"
            + issuer
            + "】お申込み"
            + {"受付": "受付", "承認": "審査結果", "否決": "審査結果"}[status]
            + "のお知らせ",
            "審査結果のご案内",
            product + " お申込みについて",
        ]
    )
    return _d(ctx, subject, text, (issuer, "info@" + host), form=ctx.pick(["plain", "html", "alt"]))


@family("c5_ja_shanai_nenmatsu_kyuyo", "not_job", lang="ja", n=C5_N)
def nenmatsu(ctx: Ctx) -> Draft:
    """The reader's own employer's HR: year-end tax adjustment, payslips, health checks."""
    people(ctx, "ja")
    co, host = ctx.pick(
        [
            ("株式会社サンライズ", "sunrise-corp.example.jp"),
            ("大和テクノ株式会社", "yamato-techno.example.jp"),
            ("株式会社ブルーオーシャン", "blueocean.example.jp"),
        ]
    )
    kind = ctx.pick(["年末調整", "給与明細", "健康診断", "人事評価"])
    due = weekday_future(ctx, 5, 14)
    body = {
        "年末調整": "今年も年末調整の時期となりました。"
        + cday(ctx, due, "ja")
        + "までに、人事労務システムから扶養控除等申告書・保険料控除申告書をご提出ください。生命保険料控除証明書の原本は総務部へ郵送をお願いします。",
        "給与明細": ctx.pick(
            ["今月分の給与明細をWeb明細システムに掲載しました。", "賞与明細を発行しました。"]
        )
        + "支給日は"
        + cday(ctx, due, "ja")
        + "です。ログインして内容をご確認ください。",
        "健康診断": "定期健康診断の予約受付を開始しました。"
        + cday(ctx, due, "ja")
        + "までに、提携クリニックの予約サイトからご予約ください。受診は就業時間内として扱います。",
        "人事評価": "上期の人事評価（目標管理シート）の自己評価入力期間です。"
        + cday(ctx, due, "ja")
        + "までに入力し、上長面談の日程を調整してください。",
    }[kind]
    text = join(
        ctx.pick(["社員各位", "従業員の皆さま", "各位", "全社員の皆様へ"]),
        "お疲れ様です。"
        + ctx.pick(["人事部", "総務部 労務課", "人事総務グループ"])
        + "の"
        + ctx.person_last
        + "です。",
        body,
        ctx.pick(
            [
                "ご不明点は社内ポータルのFAQをご確認ください。",
                "" if kind == "給与明細" else "期限厳守でお願いいたします。",
                "不明点は人事部までお問い合わせください（内線" + str(ctx.num(2000, 2999)) + "）。",
            ]
        ),
        lines(co, ctx.pick(["人事部", "総務部"]) + " " + writer(ctx)),
    )
    subject = ctx.pick(
        [
            "【要対応】" + kind + "のお知らせ",
            "【人事部】" + kind + "について",
            kind + "のご案内（" + cday(ctx, due, "ja") + "締切）",
            "[社内] " + kind,
        ]
    )
    return _d(
        ctx, subject, text, (ctx.pick(["人事部", "総務部", writer(ctx)]), writer_addr(ctx, host))
    )


@family("c5_ja_audition_shinsa", "not_job", lang="ja", n=C5_N)
def audition(ctx: Ctx) -> Draft:
    """A talent, voice-acting or theatre audition's screening result and next round."""
    people(ctx, "ja")
    org, host = ctx.pick(
        [
            ("スターライトプロダクション", "starlight-pro"),
            ("劇団あおぞら", "gekidan-aozora"),
            ("声優アカデミー東京", "seiyu-academy"),
            ("ガールズグループ新メンバーオーディション実行委員会", "gg-audition"),
            ("ミュージカル『銀河鉄道』制作委員会", "ginga-musical"),
        ]
    )
    passed = ctx.chance(0.7)
    when = weekday_future(ctx, 5, 20)
    text = join(
        ctx.fill("{last} {first} 様"),
        "この度は"
        + org
        + "の"
        + ctx.pick(["オーディション", "新人発掘オーディション", "第5期生募集オーディション"])
        + "にご応募いただき、誠にありがとうございました。",
        (
            ctx.pick(
                [
                    "厳正なる書類審査の結果、" + ctx.cand_last + "様は一次審査を通過されました。",
                    "おめでとうございます！書類選考を通過されました。",
                ]
            )
            + "\n\n"
            + lines(
                "■二次審査（面接・実技）",
                "日時：" + cat(ctx, when, "ja"),
                "会場：" + ctx.pick(["都内スタジオ（詳細は別途）", "大阪・心斎橋スタジオ"]),
                "持ち物："
                + ctx.pick(["動きやすい服装、課題曲の音源", "自己PR用の台本", "宣材写真"]),
            )
        )
        if passed
        else "多数のご応募をいただき、慎重に審査いたしました結果、誠に残念ながら今回は不合格となりました。"
        + ctx.cand_last
        + "様の今後のご活躍をお祈り申し上げます。",
        ctx.maybe("未成年の方は保護者の同意書をご持参ください。", 0.4),
        org + " オーディション事務局",
    )
    subject = ctx.pick(
        [
            "【" + org + "】書類審査結果のお知らせ",
            "オーディション審査結果について",
            "【重要】二次審査のご案内" if passed else "審査結果のご連絡",
        ]
    )
    return _d(ctx, subject, text, (org + " 事務局", "audition@" + host + ".example.jp"))


@family("c5_ja_event_moushikomi_kanryo", "not_job", lang="ja", n=C5_N)
def event(ctx: Ctx) -> Draft:
    """An event, seminar, race or exam sign-up confirmation (申込完了)."""
    people(ctx, "ja")
    ev, host = ctx.pick(
        [
            ("TechTalk Tokyo #" + str(ctx.num(20, 90)), "connpass.example.com"),
            ("東京シティマラソン2025", "runnet.example.jp"),
            ("日商簿記検定2級（ネット試験）", "cbt-s.example.jp"),
            ("はじめての資産運用セミナー", "peatix.example.com"),
            ("TOEIC L&R 公開テスト", "iibc.example.jp"),
        ]
    )
    when = weekday_future(ctx, 7, 40)
    text = join(
        ctx.fill("{last} {first} 様"),
        ctx.pick(
            [
                "以下の内容でお申込みを受け付けました。",
                "お申込みが完了しました。",
                "参加登録ありがとうございます！",
            ]
        ),
        lines(
            "イベント名：" + ev,
            "日時：" + cat(ctx, when, "ja"),
            "会場："
            + ctx.pick(
                [
                    "渋谷ストリームホール",
                    "オンライン（YouTube Live）",
                    "東京ビッグサイト",
                    "指定のテストセンター",
                ]
            ),
            "受付番号：" + str(ctx.num(100000, 999999)),
        ),
        ctx.pick(
            [
                "当日は受付でこのメールをご提示ください。",
                "キャンセルの場合はマイページから手続きしてください。",
                "参加費はクレジットカードで決済済みです。",
            ]
        ),
        foot(ctx, "ja", 0.7),
    )
    subject = ctx.pick(
        [
            "【申込完了】" + ev,
            ev + " お申込みありがとうございます",
            "【" + ev + "】参加登録完了のお知らせ",
        ]
    )
    return _d(ctx, subject, text, (ev.split("（")[0], "no-reply@" + host), bulk=ctx.chance(0.5))


@family("c5_ja_byoin_yoyaku", "not_job", lang="ja", n=C5_N)
def byoin(ctx: Ctx) -> Draft:
    """A clinic's booking confirmation or reminder (including the company health check)."""
    people(ctx, "ja")
    clinic, host = ctx.pick(
        [
            ("さくら内科クリニック", "sakura-naika"),
            ("みなとみらい歯科", "minatomirai-dental"),
            ("新宿健診センター", "shinjuku-kenshin"),
            ("あおば皮膚科", "aoba-hifuka"),
        ]
    )
    when = weekday_future(ctx, 1, 10)
    text = join(
        ctx.fill("{last} {first} 様"),
        ctx.pick(
            [
                "ご予約ありがとうございます。以下の内容でご予約を承りました。",
                "ご予約日が近づいてまいりましたので、お知らせいたします。",
                "予約の変更を承りました。",
            ]
        ),
        lines(
            "予約日時：" + cat(ctx, when, "ja"),
            "診療内容："
            + ctx.pick(["初診", "定期検診", "人間ドック（日帰り）", "インフルエンザ予防接種"]),
            "診察券番号：" + str(ctx.num(10000, 99999)),
        ),
        ctx.pick(
            [
                "保険証（マイナ保険証）をお持ちください。",
                "前日21時以降は絶食でお願いします。",
                "キャンセルは前日までにWebまたはお電話でお願いします。",
            ]
        ),
        clinic,
    )
    subject = ctx.pick(
        [
            "【" + clinic + "】ご予約確認",
            "ご予約のリマインド",
            "【予約完了】" + cday(ctx, when, "ja") + " " + clinic,
        ]
    )
    return _d(ctx, subject, text, (clinic, "yoyaku@" + host + ".example.jp"))


@family("c5_ja_tomodachi_shushoku_hokoku", "not_job", lang="ja", n=C5_N)
def tomodachi(ctx: Ctx) -> Draft:
    """A friend's personal mail about their own job news (offer, new job, quitting)."""
    people(ctx, "ja")
    news = ctx.pick(
        [
            "ついに内定もらったよ！第一志望の会社で、4月から社会人です🎉",
            "報告！転職先が決まりました。来月から新しい会社で働きます。面接5社受けてやっと…",
            "実は会社辞めることにした。しばらく休んでから次を考えるつもり。",
            "無事に最終面接通って、内定承諾しました。やっと就活終わった〜",
        ]
    )
    text = join(
        ctx.fill(ctx.pick(["{first}へ", "{first}ちゃん", "{last}くん", "{first}、久しぶり！"])),
        news,
        ctx.pick(
            [
                "落ち着いたら飲みに行こう！来週の金曜とか空いてる？",
                "お祝いしてくれるって言ってたの、楽しみにしてるね笑",
                "{first}は最近どう？仕事忙しい？".replace("{first}", ctx.cand_first),
            ]
        ),
        ctx.pick(["またLINEするね", "じゃあまた！", ""]),
        ctx.person_first,
    )
    subject = ctx.pick(["報告です！", "久しぶり〜", "Re: 近況", "ご報告", "(件名なし)"])
    return _d(ctx, subject, text, (writer(ctx), friend_addr(ctx, "ja")), form="plain")
