"""Everyday account mail, part 4: the work tools of the reader's CURRENT employer.

Okta / SSO prompts, the IT helpdesk's "your password expires in 5 days", Microsoft 365 MFA
registration and security codes, the payroll portal's user-ID reminder (ADP, Workday as HR
system, Personio for employees) and an expense tool's invitation. They name an employer
and speak of accounts, "onboarding" and HR, but the reader already works there: nothing in
them belongs to a job search.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from h2_kit import DEVICES, H2_N, acct, code, stamp
from kit import Ctx, Draft, family
from zf_kit import confidential


@family("h2_work_okta_sso", "not_job", n=H2_N)
def work_okta_sso(ctx: Ctx) -> Draft:
    tenant = ctx.fill("[{slug}|{slug}-corp|{slug}.okta-emea]")
    kind = ctx.pick(["enroll", "reset", "signon", "verify", "app"])
    para = {
        "enroll": f"[Your {{co}} Okta account has been updated to require multifactor authentication.|Your organization now requires Okta Verify to sign in.] [Set up your authenticator before {ctx.future(3, 10):%B %d}: |Enroll now: ]https://{tenant}.okta.com/enduser/settings",
        "reset": f"[A password reset request was made for your Okta account.|Your password was reset by your administrator.] [Reset password|Choose a new password]: https://{tenant}.okta.com/reset_password/{ctx.num(10**7, 10**8)}\nThis link expires in 1 hour.",
        "signon": f"We detected a new sign-on to your Okta account.\nDate: {stamp(ctx)}\nBrowser: {ctx.pick(DEVICES)}\nLocation: {ctx.pick(['New York, US', 'Dublin, IE', 'Munich, DE', 'Remote (VPN)'])}\n[If this was you, no action is needed.|If you don't recognize this activity, report it to IT immediately.]",
        "verify": f"Your Okta verification code is {code(ctx)}. [It expires in 5 minutes.|Enter it to finish signing in.]",
        "app": f"[You've been assigned a new application in Okta: [Jira|Salesforce|Workday|Tableau|GitHub Enterprise].|[Jira|Salesforce|Tableau|Zoom] has been added to your Okta dashboard.] Sign in at https://{tenant}.okta.com to open it.",
    }[kind]
    return acct(
        ctx,
        {
            "enroll": [
                "Action required: set up multifactor authentication",
                "{co} - Okta Verify enrollment",
                "Secure your account with Okta Verify",
            ],
            "reset": [
                "Okta password reset requested",
                "Your Okta password has been reset",
                "Account password reset",
            ],
            "signon": [
                "New sign-on notification",
                "Security alert: new sign-on to your Okta account",
            ],
            "verify": ["Okta verification code", "One-time verification code"],
            "app": ["New application assigned", "An app has been added to your dashboard"],
        }[kind],
        [
            para,
            "[Questions? Contact the IT Service Desk at it-help@{domain} or ext. "
            + str(ctx.num(2000, 7999))
            + ".|This is an automatically generated message from Okta.|]",
        ],
        ctx.pick(
            [
                ("Okta", "noreply@okta.com"),
                ("{co} IT", "no-reply@{domain}"),
                ("Okta", f"noreply@{tenant}.okta.com"),
            ]
        ),
        ctx.pick(["", "{co} IT Security", "IT Service Desk"]),
        greet_p=0.6,
        footer=confidential(ctx) if ctx.chance(0.2) else "",
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("h2_work_password_expiry", "not_job", n=H2_N)
def work_password_expiry(ctx: Ctx) -> Draft:
    days = ctx.pick(["1", "3", "5", "7", "14"])
    de = ctx.chance(0.3)
    if de:
        paras = [
            "[Hallo {first},|Guten Tag,|Liebe Kolleginnen und Kollegen,]",
            f"Ihr Windows-Kennwort läuft in {days} Tagen ab. Bitte ändern Sie es rechtzeitig, um Ihren Zugang zu E-Mail, VPN und SAP nicht zu verlieren.",
            "[So geht's: Strg+Alt+Entf > Kennwort ändern, oder im Self-Service-Portal: |Kennwort ändern: ]https://passwort.{domain}",
            "[Bei Fragen wenden Sie sich an den IT-Servicedesk (Durchwahl "
            + str(ctx.num(100, 999))
            + ").|Das neue Kennwort muss mindestens 12 Zeichen lang sein.]",
        ]
        subjects = [
            f"Ihr Kennwort läuft in {days} Tagen ab",
            "Erinnerung: Kennwortänderung erforderlich",
            "IT-Hinweis: Passwortablauf",
        ]
        sign = "Ihr IT-Servicedesk"
    else:
        paras = [
            f"[Your network password will expire in {days} day(s).|The password for your account {{first}}.{{last}}@{{domain}} expires in {days} days.|This is a reminder that your domain password expires on {ctx.future(1, 14):%A, %B %d}.]",
            "[To change it, press Ctrl+Alt+Del and choose Change a password, or use the self-service portal:|Please change your password before it expires to avoid losing access to email, VPN and shared drives:|Change your password at:] https://[passwordreset.microsoftonline.com|sspr.{domain}|myaccount.{domain}/password]",
            "[Your new password must be at least [12|14] characters and cannot match your last [5|10] passwords.|Remote? Connect to the VPN first so your laptop picks up the new password.|]",
            "[IT will never ask you for your password. If in doubt, call the Service Desk.|Ticket: INC"
            + str(ctx.num(1000000, 9999999))
            + "|]",
        ]
        subjects = [
            f"Your password expires in {days} days",
            "Password expiration notice",
            f"[Action required] Password expiring in {days} day(s)",
            "REMINDER: change your network password",
        ]
        sign = ctx.fill("[IT Service Desk|{co} IT|Global IT Support|Information Security Team]")
    return acct(
        ctx,
        subjects,
        paras,
        ctx.pick(
            [
                ("IT Service Desk", "servicedesk@{domain}"),
                ("{co} IT", "it-noreply@{domain}"),
                ("Password Expiry Notification", "no-reply@{domain}"),
            ]
        ),
        sign,
        lang="de" if de else "en",
        greet_p=0.0 if de else 0.5,
        footer=confidential(ctx) if ctx.chance(0.3) else "",
        form=ctx.pick(["html", "plain", "alt"]),
    )


@family("h2_work_m365_mfa", "not_job", n=H2_N)
def work_m365_mfa(ctx: Ctx) -> Draft:
    kind = ctx.pick(["register", "code", "signin", "teams"])
    para = {
        "register": f"[Your organization ({{co}}) requires more information to keep your account secure.|Starting {ctx.future(3, 20):%B %d}, {{co}} will require multi-factor authentication for all Microsoft 365 accounts.] [Register the Microsoft Authenticator app|Set up your security info] at https://aka.ms/mfasetup.",
        "code": f"Please use the following security code for the work or school account {{first}}.{{last}}@{{domain}}.\n\nSecurity code: {code(ctx)}\n\n[If you don't recognize the account, you can ignore this email.|]",
        "signin": f"[We detected a sign-in to your {{co}} Microsoft 365 account from an unfamiliar location.|Unusual sign-in activity.]\nCountry/region: {ctx.pick(['Germany', 'United States', 'Netherlands', 'India'])}\nIP address: {ctx.num(23, 212)}.{ctx.num(0, 255)}.{ctx.num(0, 255)}.{ctx.num(1, 254)}\nDate: {stamp(ctx)}\nPlatform: {ctx.pick(['Windows', 'iOS', 'Android', 'macOS'])}",
        "teams": '[You\'ve been added to the team "[Platform Ops|Marketing EMEA|Finance Close|Office Berlin|Design Guild]" in Microsoft Teams.|Your Microsoft 365 licence has been assigned. You can now use Outlook, Teams and OneDrive.|Your mailbox is almost full ([95|98]% of 50 GB). Archive old items to keep receiving mail.]',
    }[kind]
    return acct(
        ctx,
        {
            "register": [
                "Action required: register for multi-factor authentication",
                "Microsoft 365: set up MFA",
                "Your account needs more information",
            ],
            "code": ["Microsoft account security code", "Your single-use code"],
            "signin": ["Unusual sign-in activity", "Review recent activity for your work account"],
            "teams": [
                "You've been added to a team",
                "Welcome to Microsoft 365",
                "Your mailbox is almost full",
            ],
        }[kind],
        [
            para,
            "[IT Support, ext. "
            + str(ctx.num(2000, 7999))
            + "|Need help? Raise a ticket at https://helpdesk.{domain}|]",
        ],
        ctx.pick(
            [
                ("Microsoft", "msonlineservicesteam@microsoftonline.com"),
                (
                    "Microsoft account team",
                    "account-security-noreply@accountprotection.microsoft.com",
                ),
                ("{co} IT", "it@{domain}"),
                ("Microsoft Teams", "noreply@email.teams.microsoft.com"),
            ]
        ),
        ctx.pick(["", "Thanks,\nThe Microsoft account team", "{co} IT"]),
        greet_p=0.3,
        form=ctx.pick(["html", "alt"]),
    )


@family("h2_work_payroll_portal_login", "not_job", n=H2_N)
def work_payroll_portal_login(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("ADP", "adp.com"),
            ("ADP Workforce Now", "workforcenow.adp.com"),
            ("Paychex Flex", "paychex.com"),
            ("Gusto", "gusto.com"),
            ("Sage People", "sage.com"),
            ("UKG Pro", "ukg.com"),
        ]
    )
    kind = ctx.pick(["userid", "reset", "registered", "code", "w2"])
    para = {
        "userid": f"[As requested, here is your User ID for {org}:|You requested a reminder of your {org} user ID.] [{{first}}.{{last}}@{{slug}}|{{first}}{{last}}{ctx.num(1, 99)}|{{last}}{{first}}-{ctx.num(100, 999)}]. [Your employer is {{co}}.|Organization: {{legal}}]",
        "reset": f"Your {org} password was reset on {stamp(ctx)}. [If you didn't make this change, call your payroll administrator at {{co}}.|If you did not request this change, contact your HR department.]",
        "registered": f"You have successfully registered for {org} using the registration code from {{co}}. You can now see your pay statements, tax forms and direct-deposit settings.",
        "code": f"Your {org} verification code is {code(ctx)}. It expires in 10 minutes. [Do not share this code.|{org} will never call you to ask for it.]",
        "w2": f"[Your [W-2|P60|payslip for {ctx.date:%B}] from {{co}} is now available in your {org} account.|Your direct-deposit account was changed. If you did not make this change, contact HR at {{co}} right away.]",
    }[kind]
    return acct(
        ctx,
        {
            "userid": [f"Your {org} User ID", "User ID reminder", "Here's your User ID"],
            "reset": [f"{org}: your password has been reset", "Password change confirmation"],
            "registered": [f"Welcome to {org}", "Registration complete"],
            "code": [f"{org} verification code", "Your one-time code"],
            "w2": [
                "A new document is available",
                "Your pay statement is ready",
                "Direct deposit change notification",
            ],
        }[kind],
        [
            para,
            f"[Log in at {ctx.url(host, 'login')}|Sign in to the app or visit {host}.|]",
            "[This is a system-generated message; please do not reply.|This message was sent to you because you are an employee of a "
            + org
            + " client.|]",
        ],
        (
            org,
            ctx.pick([f"SecurityServices_NoReply@{host}", f"no-reply@{host}", f"noreply@{host}"]),
        ),
        ctx.pick(["", f"{org} Security Services", f"The {org} Team"]),
        greet_p=0.5,
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("h2_work_expense_tool_invite", "not_job", n=H2_N)
def work_expense_tool_invite(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Expensify", "expensify.com"),
            ("SAP Concur", "concur.com"),
            ("Navan", "navan.com"),
            ("Pleo", "pleo.io"),
            ("Ramp", "ramp.com"),
            ("Spendesk", "spendesk.com"),
            ("Brex", "brex.com"),
        ]
    )
    kind = ctx.pick(["invite", "card", "report", "travel"])
    para = {
        "invite": f"[{{person}} has invited you to join {{co}} on {org}.|{{person}} added you to the {{co}} workspace on {org}.|Your company, {{co}}, uses {org} for expenses and company cards.] [Accept the invite|Join your team|Activate your account]: {ctx.url(host, 'invite')}",
        "card": f"[Your {{co}} virtual card is ready to use.|A physical {org} card is on its way to you.] Spending limit: [€500|$1,000|£250] per month. [Activate it in the app.|Add it to Apple Pay or Google Pay.]",
        "report": f'[Your expense report "[Client visit|Team offsite|Conference trip] {ctx.date:%B}" was approved by {{person}}.|Reminder: you have [2|3|5] receipts missing for last month\'s card transactions.|Your reimbursement of [€84.20|$312.50|£46.00] has been paid.]',
        "travel": f"[Your trip to {{city}} has been booked through {org}.|Your company travel profile is incomplete: add your passport details before your next booking.]",
    }[kind]
    return acct(
        ctx,
        {
            "invite": [
                f"{{person}} invited you to {org}",
                f"Join {{co}} on {org}",
                "You've been invited to a workspace",
            ],
            "card": ["Your card is ready", f"Your new {org} card"],
            "report": ["Expense report approved", "Missing receipts", "Reimbursement sent"],
            "travel": ["Trip booked", "Complete your travel profile"],
        }[kind],
        [
            para,
            "[Download the mobile app to snap receipts on the go.|Questions? Ask your finance team.|]",
        ],
        (org, ctx.pick([f"notifications@{host}", f"no-reply@{host}", f"concierge@{host}"])),
        ctx.pick(["", f"The {org} Team", f"Happy spending,\n{org}"]),
        greet_p=0.6,
        footer=footer_wrap(ctx, org, host),
        form=ctx.pick(["html", "alt"]),
    )


def footer_wrap(ctx: Ctx, org: str, host: str) -> str:
    """Expense tools put a short legal line under their notifications (or nothing)."""
    return ctx.pick(
        [
            "",
            f"© {ctx.date.year} {org}. All rights reserved.",
            f"You're receiving this because your company uses {org}. Manage notifications in Settings.",
            "",
        ]
    )
