"""Everyday account mail, part 7: accounts at generic career-adjacent sites, government
portals, Indian and Australian banks and telcos, cloud storage and family sharing, smart-home
devices, and Japanese services.

The coding-practice, portfolio and freelance sites (LeetCode, HackerRank, Behance, Upwork,
Wellfound) speak of profiles and skills, but an account there belongs to no employer and no
application: like any generic account it is not job mail. The rest is the account noise of
ordinary life in English of India, Australia and the UK, and in Japanese.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from h2_kit import DEVICES, H2_N, acct, code, footer, stamp
from kit import Ctx, Draft, family


@family("h2_coding_portfolio_site_accounts", "not_job", n=H2_N)
def coding_portfolio_site_accounts(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("LeetCode", "leetcode.com"),
            ("HackerRank", "hackerrank.com"),
            ("Codewars", "codewars.com"),
            ("Exercism", "exercism.org"),
            ("Behance", "behance.net"),
            ("Dribbble", "dribbble.com"),
            ("Upwork", "upwork.com"),
            ("Fiverr", "fiverr.com"),
            ("Wellfound", "wellfound.com"),
            ("freeCodeCamp", "freecodecamp.org"),
        ]
    )
    kind = ctx.pick(["verify", "reset", "streak", "signin", "profile"])
    para = {
        "verify": f"[Thanks for signing up for {org}!|Welcome to {org}.] [Please verify your email address to activate your account:|Confirm your email so you can save your progress:] {ctx.url(host, 'accounts/confirm-email')}",
        "reset": f"[Someone requested a password reset for your {org} account.|You asked to reset your {org} password.] [Reset it here|Choose a new password]: {ctx.url(host, 'accounts/password/reset')}\n[If you didn't ask for this, ignore this email.|The link expires in 24 hours.]",
        "streak": "[You're on a [7|14|30]-day streak! Keep it going with today's problem.|Your daily challenge is waiting: [Two Sum II|Merge Intervals|LRU Cache|Kata: Roman numerals].|You earned the \"[50 Days|Problem Solver|Pythonista]\" badge.]",
        "signin": f"[A new sign-in to your {org} account from {ctx.pick(DEVICES)} on {stamp(ctx)}.|Your {org} one-time login code is {code(ctx)}.] [If this wasn't you, reset your password.|The code expires in 10 minutes.]",
        "profile": "[Add your skills and a profile photo to complete your profile.|Your profile is 60% complete: add a portfolio project.|Link your GitHub account to show off your work.]",
    }[kind]
    return acct(
        ctx,
        {
            "verify": [
                "Verify your email address",
                f"Welcome to {org}! Please confirm your email",
                f"[{org}] Confirm your account",
            ],
            "reset": ["Password reset", f"Reset your {org} password"],
            "streak": [
                "Don't break your streak 🔥",
                "Today's daily challenge",
                "You earned a new badge!",
            ],
            "signin": ["New sign-in detected", f"Your {org} login code", "Security notification"],
            "profile": [
                "Complete your profile",
                f"Finish setting up your {org} profile",
                "Your profile is almost ready",
            ],
        }[kind],
        [para],
        (
            org,
            ctx.pick([f"no-reply@{host}", f"noreply@{host}", f"hello@{host}", f"support@{host}"]),
        ),
        ctx.pick(
            [
                "",
                f"The {org} Team",
                f"Happy coding,\nThe {org} team"
                if org in ("LeetCode", "HackerRank", "Codewars", "Exercism", "freeCodeCamp")
                else f"Thanks,\n{org}",
            ]
        ),
        greet_p=0.6,
        footer=footer(ctx, org, host),
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("h2_gov_portal_accounts", "not_job", n=H2_N)
def gov_portal_accounts(ctx: Ctx) -> Draft:
    org, host, what = ctx.pick(
        [
            ("GOV.UK One Login", "sign-in.service.gov.uk", "GOV.UK One Login"),
            ("HMRC", "hmrc.gov.uk", "Government Gateway"),
            ("Login.gov", "login.gov", "Login.gov"),
            ("ID.me", "id.me", "ID.me"),
            ("myGov", "my.gov.au", "myGov"),
            ("DigiLocker", "digilocker.gov.in", "DigiLocker"),
            ("NHS App", "nhs.uk", "NHS login"),
            ("IRS Online Account", "irs.gov", "IRS Online Account"),
        ]
    )
    kind = ctx.pick(["code", "created", "userid", "changed", "verify"])
    c = code(ctx)
    para = {
        "code": f"[Your {what} security code is {c}.|Use this code to sign in to {what}: {c}] [The code will expire in 15 minutes.|Do not share this code with anyone.]",
        "created": f"[You've created your {what}.|Your {what} has been set up.] [You can now use it to access [Self Assessment|your tax account|your health record|Centrelink|your documents].|Next, prove your identity to use more services.]",
        "userid": f"Your {what} user ID is {ctx.num(10, 99)} {ctx.num(10, 99)} {ctx.num(10, 99)} {ctx.num(10, 99)} {ctx.num(10, 99)} {ctx.num(10, 99)}. [Keep it safe, you'll need it to sign in.|We will never email you a link to sign in.]",
        "changed": f"[The email address for your {what} was changed on {stamp(ctx)}.|Your {what} password was changed.|Your {what} phone number was updated.] If you did not make this change, [contact us|call the helpline on 0300 200 {ctx.num(3000, 3999)}] straight away.",
        "verify": f"[Confirm your email address to finish creating your {what}.|To continue, verify your email address.] [Enter this code: {code(ctx)}|Use this link: {ctx.url(host, 'verify')}]",
    }[kind]
    return acct(
        ctx,
        {
            "code": [
                f"{what}: your security code",
                "Your security code",
                f"{c} is your {what} code",
            ],
            "created": [f"You've created your {what}", "Your account has been created"],
            "userid": [f"Your {what} user ID", "Your user ID"],
            "changed": [f"{what}: your details have changed", "Changes to your account"],
            "verify": ["Confirm your email address", f"Verify your email - {what}"],
        }[kind],
        [para, "[This is an automated message, do not reply.|Do not reply to this email.|]"],
        (org, ctx.pick([f"noreply@{host}", f"no-reply@{host}", f"notifications@{host}"])),
        ctx.pick(["", org, f"{org} team"]),
        greet_p=0.3,
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("h2_in_au_bank_telco_otp", "not_job", n=H2_N)
def in_au_bank_telco_otp(ctx: Ctx) -> Draft:
    india = ctx.chance(0.55)
    if india:
        org, host = ctx.pick(
            [
                ("HDFC Bank", "hdfcbank.net"),
                ("ICICI Bank", "icicibank.com"),
                ("Airtel", "airtel.in"),
                ("Jio", "jio.com"),
                ("Paytm", "paytm.com"),
                ("IRCTC", "irctc.co.in"),
                ("Flipkart", "flipkart.com"),
            ]
        )
        amount = f"Rs. {ctx.num(100, 25000)}.00"
    else:
        org, host = ctx.pick(
            [
                ("Commonwealth Bank", "cba.com.au"),
                ("Telstra", "telstra.com"),
                ("Optus", "optus.com.au"),
                ("ANZ", "anz.com"),
                ("Woolworths Rewards", "woolworths.com.au"),
                ("Medicare", "servicesaustralia.gov.au"),
            ]
        )
        amount = f"A${ctx.num(10, 900)}.{ctx.num(10, 99)}"
    kind = ctx.pick(["otp", "otp", "profile", "login", "kyc"])
    c = code(ctx, ctx.pick([6, 6, 4]))
    para = {
        "otp": f"[Dear Customer,|Dear {{first}},] [{c} is your One Time Password (OTP) for the transaction of {amount} at [AMAZON|SWIGGY|BIGBASKET|COLES|JB HI-FI] on your card ending {ctx.num(1000, 9999)}.|Your OTP for login is {c}.|Use OTP {c} to verify your mobile number.] [Valid for 10 mins. Do not share this OTP with anyone.|Never share your OTP, not even with bank staff.]",
        "profile": f"[Your {org} profile has been updated successfully.|Your registered email ID has been updated.|Your mobile number has been linked to your account.] [If not done by you, call {ctx.pick(['1800 202 6161', '13 22 21', '1860 500 1234', '13 20 32'])} immediately.|]",
        "login": f"[You have logged in to {org} [NetBanking|app] on {stamp(ctx)}.|A new device was registered for {org} mobile banking.] If this was not you, [please block your access|call us] immediately.",
        "kyc": f"[Your KYC details have been verified successfully.|Please update your KYC by {ctx.future(5, 20):%d-%b-%Y} to avoid interruption of services.|Your address proof has been accepted.] [Visit your nearest branch or update online.|]",
    }[kind]
    return acct(
        ctx,
        {
            "otp": [
                f"OTP for your {org} transaction",
                "One Time Password",
                f"Your {org} verification code",
                "OTP Alert",
            ],
            "profile": [
                "Profile update alert",
                "Your details have been updated",
                f"{org}: change to your account",
            ],
            "login": [
                "Login alert",
                f"{org} NetBanking login alert" if india else "New device registered",
            ],
            "kyc": ["KYC update", "Important: verify your details"],
        }[kind],
        [
            para,
            "[This is a system generated mail. Please do not reply.|**This is an auto-generated email. Please do not reply.**|]",
        ],
        (org, ctx.pick([f"alerts@{host}", f"noreply@{host}", f"information@{host}"])),
        ctx.pick(["", f"Warm Regards,\n{org}", f"Team {org}", f"Regards,\n{org} Customer Care"]),
        greet_p=0.0,
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("h2_storage_family_sharing", "not_job", n=H2_N)
def storage_family_sharing(ctx: Ctx) -> Draft:
    kind = ctx.pick(["full", "family", "shared", "kid", "album"])
    org, host = ctx.pick(
        {
            "full": [
                ("Apple", "email.apple.com"),
                ("Google", "google.com"),
                ("Microsoft OneDrive", "onedrive.com"),
                ("Dropbox", "dropbox.com"),
            ],
            "family": [
                ("Apple", "email.apple.com"),
                ("Google", "google.com"),
                ("Spotify", "spotify.com"),
                ("Nintendo", "accounts.nintendo.com"),
            ],
            "shared": [
                ("Google", "google.com"),
                ("Microsoft OneDrive", "onedrive.com"),
                ("Dropbox", "dropbox.com"),
            ],
            "kid": [("Apple", "email.apple.com"), ("Google", "google.com")],
            "album": [
                ("Apple", "email.apple.com"),
                ("Google", "google.com"),
                ("Amazon Photos", "amazon.com"),
            ],
        }[kind]
    )
    para = {
        "full": f"[Your iCloud storage is full.|Your {org} storage is almost full ([91|97|100]% used).|You've used 15 GB of your Google Account storage.] [Photos and files will stop uploading and backing up.|You may stop receiving email.] [Upgrade to [50 GB|200 GB|2 TB] for [€0.99|$2.99|£8.99] a month.|Free up space or get more storage.]",
        "family": f"[{{person}} invited you to join their family group.|{{pfirst}} has invited you to join Family Sharing.|You've been added to the {org} Family plan by {{pfirst}}.] [Accept the invitation|Join the family]: {ctx.url(host, 'family/invite')}",
        "shared": f'[{{pfirst}} shared a folder with you: "[Holiday 2024|Wedding photos|House docs|Kids school]".|{{person}} shared "[Budget 2025.xlsx|Packing list|Recipes]" with you.] [Open|View]: {ctx.url(host, "share")}',
        "kid": f'[{ctx.pick(["Maya", "Leo", "Ava", "Sam"])} wants to buy "[Minecraft|Roblox coins|Toca Life World]". [Approve|Decline] the request in Family Sharing.|Screen Time weekly report: average [2h 14m|3h 5m] a day.]',
        "album": '[{pfirst} added [12|34|5] photos to the shared album "[Lisbon trip|Garden|Baby\'s first year]".|Your memories from this day [3|5] years ago.]',
    }[kind]
    return acct(
        ctx,
        {
            "full": [
                "Your iCloud storage is full" if org == "Apple" else "Your storage is almost full",
                "You're running out of storage",
                "Storage limit reached",
            ],
            "family": [
                "You're invited to join a family group",
                "{pfirst} invited you to Family Sharing",
                f"Join {{pfirst}}'s {org} Family plan",
            ],
            "shared": [
                "{pfirst} shared a folder with you",
                "Shared with you",
                "{person} shared a file",
            ],
            "kid": ["Ask to Buy request", "Weekly Screen Time report"],
            "album": ["New photos in a shared album", "You have a new memory"],
        }[kind],
        [para],
        (
            org,
            ctx.pick(
                [
                    f"no-reply@{host}",
                    f"noreply@{host}",
                    f"drive-shares-noreply@{host}" if org == "Google" else f"family@{host}",
                ]
            ),
        ),
        ctx.pick(["", f"The {org} team", f"{org} Support"]),
        greet_p=0.4,
        footer=footer(ctx, org, host, p=0.6),
        form=ctx.pick(["html", "alt"]),
    )


@family("h2_smart_home_device_accounts", "not_job", n=H2_N)
def smart_home_device_accounts(ctx: Ctx) -> Draft:
    org, host, thing = ctx.pick(
        [
            ("Ring", "ring.com", "Ring Video Doorbell"),
            ("Google Nest", "google.com", "Nest Thermostat"),
            ("Sonos", "sonos.com", "Sonos One"),
            ("Philips Hue", "meethue.com", "Hue Bridge"),
            ("Tado", "tado.com", "Smart Thermostat"),
            ("Garmin Connect", "garmin.com", "Forerunner 265"),
            ("Fitbit", "fitbit.com", "Charge 6"),
            ("Tesla", "tesla.com", "Model 3"),
        ]
    )
    kind = ctx.pick(["added", "shared", "firmware", "verify", "offline"])
    if kind == "shared" and org in ("Garmin Connect", "Fitbit", "Tesla"):
        kind = "firmware"  # a watch or a car is not shared like a home's devices
    para = {
        "added": f"[A new device was added to your {org} account: {thing}.|Your {thing} has been set up successfully.] [If you didn't add this device, remove it and change your password.|]",
        "shared": f"[{{person}} has given you Shared User access to their {thing}.|{{pfirst}} invited you to their home in the {org} app.] [Accept the invitation in the app.|Download the app and sign in with this email address to get started.]",
        "firmware": f"[A software update is available for your {thing}.|Your {thing} was updated to version {ctx.num(1, 9)}.{ctx.num(0, 40)}.{ctx.num(0, 9)}.] [Read the release notes.|No action needed.]",
        "verify": f"[Please verify your email address to finish creating your {org} account:|Confirm your email for {org}:] {ctx.url(host, 'verify')}\n[Your verification code: {code(ctx)}|]",
        "offline": f"[Your {thing} has been offline since {stamp(ctx)}.|We haven't heard from your {thing} in 24 hours.] [Check your Wi-Fi connection and power.|Try restarting your router.]",
    }[kind]
    return acct(
        ctx,
        {
            "added": ["New device added to your account", f"Your {thing} is ready"],
            "shared": [f"You've been invited to a {org} home", "Shared User invitation"],
            "firmware": ["Software update available", f"Your {thing} has been updated"],
            "verify": ["Verify your email", f"Complete your {org} account setup"],
            "offline": [f"Your {thing} is offline", "Device offline"],
        }[kind],
        [para],
        (org, ctx.pick([f"no-reply@{host}", f"notifications@{host}", f"noreply@{host}"])),
        ctx.pick(["", f"The {org} Team", f"Thanks,\n{org}"]),
        greet_p=0.5,
        footer=footer(ctx, org, host, p=0.7),
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("h2_ja_account_tsuchi", "not_job", lang="ja", n=H2_N)
def ja_account_tsuchi(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("楽天会員", "rakuten.co.jp"),
            ("Amazon.co.jp", "amazon.co.jp"),
            ("メルカリ", "mercari.jp"),
            ("LINE", "line.me"),
            ("ヨドバシ・ドット・コム", "yodobashi.com"),
            ("マイナポータル", "myna.go.jp"),
            ("PayPay", "paypay.ne.jp"),
        ]
    )
    kind = ctx.pick(["verify", "reset", "login", "code"])
    c = code(ctx)
    para = {
        "verify": f"{org}へのご登録ありがとうございます。\n以下のURLをクリックして、メールアドレスの確認を完了してください。\n{ctx.url(host, 'verify')}\n※このURLの有効期限は24時間です。",
        "reset": f"パスワード再設定のリクエストを受け付けました。\n以下のリンクから新しいパスワードを設定してください。\n{ctx.url(host, 'password/reset')}\nお心当たりのない場合は、このメールを破棄してください。",
        "login": f"お客様のアカウントに新しい端末からログインがありました。\n日時：{ctx.date:%Y/%m/%d %H:%M}\n端末：{ctx.pick(['iPhone', 'Windows', 'Android', 'Mac'])}\nお心当たりのない場合は、すぐにパスワードを変更してください。",
        "code": f"認証コード：{c}\nこのコードの有効期限は10分です。第三者には絶対に教えないでください。",
    }[kind]
    return acct(
        ctx,
        {
            "verify": ["【" + org + "】メールアドレス確認のお願い", "メールアドレスの確認"],
            "reset": ["【" + org + "】パスワード再設定のご案内", "パスワードの再設定"],
            "login": ["【" + org + "】ログインのお知らせ", "新しい端末からのログイン"],
            "code": [f"【{org}】認証コード：{c}", "認証コードのお知らせ"],
        }[kind],
        [
            "[{last} {first} 様|{last}様|お客様各位]",
            para,
            "※本メールは送信専用です。ご返信いただいてもお答えできませんのでご了承ください。",
        ],
        (org, ctx.pick([f"no-reply@{host}", f"info@{host}", f"account@{host}"])),
        ctx.pick([f"{org}", f"{org} カスタマーサポート", ""]),
        greet_p=0.0,
        form=ctx.pick(["plain", "html", "alt"]),
    )
