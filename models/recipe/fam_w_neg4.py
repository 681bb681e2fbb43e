"""Hard negatives, part 4: work-flavoured mail that is not about the user's own applications.

LinkedIn's social notifications, news from the company the user already works for (all-hands,
re-orgs, a colleague's leaving drinks), payroll and timesheet reminders, freelance payment
notices, open-source review mail and a German employer's internal notices. These carry the
vocabulary of the job world ("hiring", "manager", "position", "application", "review") and the
classifier keeps them as ``other_job``; they belong to ``not_job``.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

import vocab
from fam_w_neg1 import WN_N, not_hiring
from kit import Ctx, Draft, ascii_word, family


def _addr(ctx: Ctx, domain: str) -> str:
    first, last = ascii_word(ctx.person_first), ascii_word(ctx.person_last)
    return ctx.pick([f"{first}.{last}", first, f"{first[:1]}{last}"]) + "@" + domain


def _other(ctx: Ctx) -> str:
    return f"{ctx.pick(vocab.FIRST_NAMES)} {ctx.pick(vocab.LAST_NAMES)}"


@family("wn_linkedin_social", "not_job", n=WN_N)
@not_hiring
def linkedin_social(ctx: Ctx) -> Draft:
    who = _other(ctx)
    kind = ctx.num(0, 6)
    link = ctx.url("www.linkedin.com", ctx.pick(["comm/in", "comm/feed", "e/v2"]))
    if kind == 0:
        k = ctx.num(3, 48)
        body = ctx.fill(
            f"{k} people viewed your profile [this week|in the past 7 days]. [See who's looking: {link}|Including someone from {{co}}.] [Try Premium free for 1 month to see all viewers.|]"
        )
        subject = ctx.pick([f"{k} people viewed your profile", "You appeared in searches"])
    elif kind == 1:
        body = ctx.fill(
            f"{who} endorsed you for [Python|Project Management|Leadership|SQL|Customer Service|Data Analysis]. [Endorse {who.split()[0]} back?|View your skills: {link}]"
        )
        subject = ctx.pick([f"{who} endorsed you!", "You have a new endorsement"])
    elif kind == 2:
        years = ctx.num(1, 12)
        body = ctx.fill(
            f"Congratulate {who} for {years} year{'s' if years > 1 else ''} at [{{co}}|their company]! [Say congrats: {link}|Start a conversation.] [Also celebrating: 2 more of your connections.|]"
        )
        subject = ctx.pick(
            [f"Congratulate {who} on their work anniversary", "Celebrate your network"]
        )
    elif kind == 3:
        body = ctx.fill(
            f"People you may know:\n\n{who} - {{title}} at {{co}}\n{_other(ctx)} - [Student|Hiring Manager|Talent Partner|Software Engineer] at [Stanford|a startup|{ctx.pick(vocab.COMPANIES).name}]\n{_other(ctx)} - [Recruiter|Founder|Consultant]\n\n[Connect|Grow your network]: {link}"
        )
        subject = ctx.pick(["People you may know", f"{who} and others you may know"])
    elif kind == 4:
        body = ctx.fill(
            f"{who} [started a new position as {{title}} at {{co}}|was promoted|shared a post about hiring on their team]. [Congratulate them: {link}|Like or comment]"
        )
        subject = ctx.pick([f"{who} has a new job!", f"{who} started a new position"])
    elif kind == 5:
        body = ctx.fill(
            f'{who} [commented on|reacted to|reposted] your post: "[Excited to share|After 5 years|Some thoughts on] [our team\'s launch|my first conference talk|leading a remote team]..."\n\n[See all activity: {link}|View comment]'
        )
        subject = ctx.pick([f"{who} commented on your post", "Your post is getting attention"])
    else:
        body = ctx.fill(
            f"{who} has accepted your invitation. [Let's start a conversation.|Send a message.] [{who.split()[0]} works as {{title}}.|You now have 500+ connections.]"
        )
        subject = ctx.pick([f"{who} accepted your invitation", f"You and {who} are now connected"])
    return Draft(
        subject,
        body,
        ctx.pick(["LinkedIn", f"{who} via LinkedIn", "LinkedIn Notifications"]),
        ctx.pick(
            [
                "notifications-noreply@linkedin.com",
                "messages-noreply@linkedin.com",
                "invitations@linkedin.com",
            ]
        ),
        greet=ctx.chance(0.4),
        sign="",
        footer=ctx.fill(
            "[This email was intended for {first} {last} ({title}). Learn why we included this.|You are receiving notification emails. Unsubscribe · Help]\n© LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."
        ),
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )


@family("wn_company_news", "not_job", n=WN_N)
@not_hiring
def company_news(ctx: Ctx) -> Draft:
    co = ctx.co
    leaver = ctx.pick(vocab.FIRST_NAMES)
    intranet = ctx.url(f"intranet.{ctx.domain}", "go")
    body, subject = ctx.pick(
        [
            (
                "Hi all,\n\n[Our Q[2|3|4] all-hands is {day} at {time}|Join us for the all-hands this {day}]. [We'll cover results, the roadmap for next year and open Q&A.|Our CEO will share the plan for next year and introduce two new leaders.] [Submit questions anonymously: {link}|Recording will be shared for those who can't make it.]",
                "[All-hands {day}|Save the date: company all-hands|Reminder: all-hands this week]",
            ),
            (
                "Team,\n\nToday we're announcing some changes to how we're organized. [Product and Engineering will now report to {person}.|The Platform and Data teams are merging into one group.|We're consolidating our EMEA offices.] [There are no changes to anyone's role or compensation as part of this.|Your manager will reach out this week to talk through what this means for you.] [We're also pausing hiring for the rest of the quarter.|We'll keep hiring for critical roles only.]\n\nI know change is hard. Please bring your questions to {day}'s town hall.",
                "[Org update|Organizational changes|An update on our structure|Changes to our team]",
            ),
            (
                "After [7|4|11] wonderful years, {leaver} is moving on! [Leaving drinks|Farewell lunch|A send-off] will be {day} [at the Crown & Anchor from 5:30|in the kitchen at 4pm|at Luigi's, 12:30]. [There's a card going round - sign it here: {link}|Chip in for a gift if you'd like.]",
                "[{leaver}'s leaving do|Farewell {leaver}!|Goodbye drinks for {leaver}|Send-off for {leaver}]",
            ),
            (
                "Please welcome {newcomer}, who joins us as our new {title}! [They'll be working with the growth team.|Say hi in #general.] [Their first day is {day}.|]\n\n[Also: we're hiring! Referral bonus is now $3,000 - see open roles on the internal board.|Know someone great? Refer them through Workday.]",
                "[Welcome {pfirst}!|New joiner|Please welcome our new {title}]",
            ),
            (
                "Reminder: [open enrollment for benefits closes {day}|performance self-reviews are due {day}|the engagement survey closes Friday]. [It takes about 15 minutes.|Your manager will discuss results in your next 1:1.] [Questions? Ask People Ops in #ask-hr.|]",
                "[Reminder: self-review due|Benefits open enrollment|Engagement survey - last call|Action needed: performance review]",
            ),
        ]
    )
    return Draft(
        ctx.fill(subject.replace("{leaver}", leaver)),
        ctx.fill(
            body.replace("{leaver}", leaver)
            .replace("{link}", intranet)
            .replace("{newcomer}", f"{ctx.pick(vocab.FIRST_NAMES)} {ctx.pick(vocab.LAST_NAMES)}")
        ),
        ctx.pick([ctx.person, f"{co} Internal Comms", f"{co} People Team", "All Staff"]),
        ctx.pick(["allhands", "comms", "people", ascii_word(ctx.person_first)]) + f"@{ctx.domain}",
        greet=False,
        sign=ctx.fill("[Thanks,|Cheers,|Best,|]\n[{person}|{pfirst}|People Team]"),
        footer=ctx.maybe("Internal - do not forward outside the company.", 0.4),
    )


@family("wn_payroll_timesheet", "not_job", n=WN_N)
@not_hiring
def payroll_timesheet(ctx: Ctx) -> Draft:
    system = ctx.pick(["Workday", "ADP", "BambooHR", "Gusto", "Personio", "Deel", "Rippling"])
    body, subject = ctx.pick(
        [
            (
                "Your timesheet for the week ending {day} has not been submitted. [Please submit by 5pm Friday so payroll can process it.|Late timesheets may delay your pay.] [Open timesheet: {link}|]",
                "[Reminder: submit your timesheet|Timesheet overdue|Action required: timesheet]",
            ),
            (
                "Your payslip for [March|April|October|this period] is now available. [Net pay: {money}.|Log in to view your pay statement.] [Payment date: {day}.|]",
                "[Your payslip is ready|New pay statement available|Payslip available]",
            ),
            (
                "{person} approved your [expense report (Team offsite travel)|expense report (Conference ticket)|time off request ({n} days from {day})|PTO request for {day}]. [Reimbursement will be included in your next paycheck.|Your balance has been updated.]",
                "[Expense report approved|Time off approved|Your request was approved]",
            ),
            (
                "You have [1|2|3] task(s) awaiting your action in {system}: [Complete your W-4|Acknowledge the updated handbook|Review your benefits elections|Approve {pfirst}'s timesheet]. [Due {day}.|]",
                "[You have tasks awaiting action|Inbox: new task|Action required in {system}]",
            ),
            (
                "Your [annual compensation statement|total rewards statement|updated contract addendum] is ready to view. [Your salary review outcome will be discussed with your manager.|This reflects the merit increase effective {day}.]",
                "[Your compensation statement|Total rewards statement available]",
            ),
        ]
    )
    return Draft(
        ctx.fill(subject.replace("{system}", system)),
        ctx.fill(body.replace("{system}", system)),
        ctx.pick([system, f"{system} Notifications", "Payroll"]),
        ctx.pick(["noreply", "notifications", "payroll"]) + f"@{ascii_word(system)}.example",
        greet=ctx.chance(0.5),
        sign=ctx.pick(["", "Payroll Team", "This is an automated message. Please do not reply."]),
        bulk=ctx.chance(0.3),
    )


@family("wn_freelance_payments", "not_job", n=WN_N)
@not_hiring
def freelance_payments(ctx: Ctx) -> Draft:
    client = ctx.pick(["Bluefin Studio", "Harper Digital", "Okafor & Sons", "Nordlicht GmbH"])
    amount = f"${ctx.num(200, 9000):,}.00"
    body, subject, sender = ctx.pick(
        [
            (
                f'Good news! {client} released a payment of {amount} for milestone "[Landing page redesign|API integration|Logo concepts|Month 2 retainer]". [Funds will be available in 5 days.|View transaction details.]',
                "[Payment released|You've been paid!|Milestone payment received]",
                ("Upwork", "donotreply@upwork.example"),
            ),
            (
                f"Invoice #[INV-|]{{num}} for {amount} was paid by {client}. [The payout will reach your bank account in 2 business days.|]",
                "[Invoice paid|Payment received for invoice|{n} new payment]",
                ("Stripe", "receipts@stripe.example"),
            ),
            (
                f'{client} has ended your contract "[Frontend work|Copywriting|Data cleanup]". [Leave feedback for your client.|Your Job Success Score will update in 2 weeks.] [Thanks for working on Upwork!|]',
                "[Contract ended|Your contract has ended|Leave feedback for {client}]".replace(
                    "{client}", client
                ),
                ("Upwork", "donotreply@upwork.example"),
            ),
            (
                f'Bonne nouvelle ! Votre facture de {amount.replace("$", "")} € pour la mission "[Refonte site|Audit SEO|Développement mobile]" a été réglée par {client}. [Le virement arrivera sous 3 jours ouvrés.|]',
                "[Paiement reçu|Votre facture a été réglée]",
                ("Malt", "notifications@malt.example"),
            ),
            (
                f"Hi, just a heads up that invoice INV-{ctx.num(1000, 9999)} ({amount}) is [now 14 days overdue|due on {{day}}]. [Could you check with accounts payable?|Let me know if you need it re-sent.]",
                "[Invoice reminder|Re: invoice|Payment follow-up]",
                (ctx.person, _addr(ctx, "harperdigital.example")),
            ),
        ]
    )
    return Draft(
        ctx.fill(subject),
        ctx.fill(body),
        *sender,
        greet=ctx.chance(0.4),
        # A platform's notice has no sign-off; a person's reminder is signed with the name
        # (the kit's default sign-offs are a recruiting team's or a hiring manager's).
        sign="" if sender[0] in ("Upwork", "Stripe", "Malt") else f"Thanks,\n{sender[0]}",
    )


@family("wn_oss_review", "not_job", n=WN_N)
@not_hiring
def oss_review(ctx: Ctx) -> Draft:
    repo = ctx.pick(
        [
            "pandas-dev/pandas",
            "fastapi/fastapi",
            "rust-lang/cargo",
            "home-assistant/core",
            "mdn/content",
            "acme-oss/tiny-orm",
        ]
    )
    pr = ctx.num(100, 30000)
    who = ascii_word(ctx.person_first) + ctx.pick(["", "-dev", str(ctx.num(1, 99)), "x"])
    body, subject = ctx.pick(
        [
            (
                f"@{who} approved this pull request.\n\n[LGTM, thanks for the fix!|Nice work - one nit but fine to merge.|Looks good. Can you add a changelog entry?]",
                f"Re: [{repo}] [Fix|Add|Refactor] [date parsing in reader|retry logic|docs for config] (PR #{pr})",
            ),
            (
                f"@{who} requested changes on this pull request.\n\n[I don't think this handles the empty case - could you add a test?|We'd rather not add a new dependency for this.|Please rebase on main.]",
                f"Re: [{repo}] [Improve|Support] [error messages|Windows paths|async client] (PR #{pr})",
            ),
            (
                f"Merged #{pr} into main.\n\n[Thanks for your first contribution!|Released in v[2.3.1|0.9.0|1.14.0].]",
                f"Re: [{repo}] (PR #{pr})",
            ),
            (
                f"@{who} commented on this issue.\n\n[Is anyone working on this? I'd be happy to review a PR.|This is a known bug, see #{pr - 7}.|Closing as stale - please reopen if still relevant.]",
                f"Re: [{repo}] [Crash when|Wrong output with|Feature request:] [config is empty|unicode filenames|dark mode] (Issue #{pr})",
            ),
            (
                f"You were [requested to review|assigned to] #{pr} by @{who}. [Review requested: {{link}}|]",
                f"[{repo}] Review requested on #{pr}",
            ),
        ]
    )
    return Draft(
        ctx.fill(subject),
        ctx.fill(body)
        + "\n\n—\nReply to this email directly, view it on GitHub, or unsubscribe.\n"
        + ctx.fill(
            "You are receiving this because you [authored the thread|were mentioned|are subscribed to this thread]."
        ),
        who,
        "notifications@github.com",
        greet=False,
        sign="",
        headers={"X-GitHub-Reason": ctx.pick(["author", "mention", "review_requested"])},
    )


@family("wn_de_arbeitgeber", "not_job", lang="de", n=WN_N)
@not_hiring
def de_arbeitgeber(ctx: Ctx) -> Draft:
    co = ctx.co
    body, subject = ctx.pick(
        [
            (
                "Liebe Kolleginnen und Kollegen,\n\nhiermit laden wir euch herzlich zur [Betriebsversammlung|Weihnachtsfeier|Sommerfeier] am {tag} ein. [Beginn ist um 14 Uhr in der Kantine.|Für Essen und Getränke ist gesorgt.] [Bitte tragt euch bis Freitag in die Liste ein.|]",
                "[Einladung zur Betriebsversammlung|Einladung: Weihnachtsfeier|Save the date: Sommerfeier]",
            ),
            (
                "Hallo {first},\n\ndeine Zeiterfassung für [KW {kw}|den letzten Monat] ist noch nicht vollständig. [Bitte trage die fehlenden Stunden bis {tag} nach.|Sonst kann die Gehaltsabrechnung nicht erstellt werden.]",
                "[Erinnerung: Zeiterfassung|Fehlende Stunden in KW {kw}]",
            ),
            (
                "Deine Gehaltsabrechnung für [Oktober|November|März] steht im Mitarbeiterportal zum Download bereit. [Bei Fragen wende dich an die Personalabteilung.|]",
                "[Neue Gehaltsabrechnung verfügbar|Deine Entgeltabrechnung]",
            ),
            (
                "Liebes Team,\n\nnach [8|5|12] Jahren verlässt uns {leaver} zum Monatsende. [Zum Abschied gibt es am {tag} einen kleinen Umtrunk in der Teeküche.|Wer sich an einem Abschiedsgeschenk beteiligen möchte, meldet sich bei mir.] [Wir wünschen alles Gute für die neue Stelle!|]",
                "[Abschied von {leaver}|Ausstand {leaver}|{leaver} verlässt uns]",
            ),
            (
                "Hallo zusammen,\n\nab {tag} gilt die neue Organisationsstruktur: [die Teams Vertrieb und Marketing werden zusammengelegt|die IT berichtet künftig an {person}]. [Für euch ändert sich an den Arbeitsverträgen nichts.|Details erklären eure Führungskräfte im nächsten Teammeeting.]",
                "[Neue Organisationsstruktur|Info: Umstrukturierung|Wichtige Änderungen ab {tag}]",
            ),
        ]
    )
    when = ctx.future(2, 25)
    subs = {
        "tag": f"{when:%d.%m.}",
        "kw": str(when.isocalendar()[1]),
        "leaver": ctx.pick(vocab.FIRST_NAMES),
    }
    for key, value in subs.items():
        body = body.replace("{" + key + "}", value)
        subject = subject.replace("{" + key + "}", value)
    return Draft(
        ctx.fill(subject),
        ctx.fill(body),
        ctx.pick([f"{co} Personalabteilung", ctx.person, "Betriebsrat", "HR Team"]),
        ctx.pick(["personal", "hr", "betriebsrat", ascii_word(ctx.person_first)])
        + f"@{ctx.domain}",
        greet=False,
        sign=ctx.fill(
            "[Viele Grüße|Beste Grüße|Liebe Grüße]\n[{person}|Eure Personalabteilung|Der Betriebsrat]"
        ),
        lang="de",
    )
