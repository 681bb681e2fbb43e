"""Hard negatives, third set continued: job words in mail that is not the user's own job
application - job-alert digests and saved searches, social notifications, career media and
prep-course or retail marketing, the user's CURRENT employer (HR, and hiring where the user is
the interviewer, so the "candidate" is somebody else), dev-tool and batch-"job" notifications,
friends' invites, event tickets and freelance marketplaces (gig proposals and "interviews" are
``not_job`` by decision). Same table format and helpers as ``fam_x_negatives``.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

import vocab
from fam_x_negatives import (
    _addr,
    _fill,
    _from,
    _mail,
    _other,
    _slug,
    _stage,
    _table,
    _unsub,
    _words,
)
from kit import Calendar, Ctx, Draft, ascii_word, family

ROW_EXTRAS = _words(
    " · Easy Apply; · Actively recruiting; · 2 connections work here; · Remote; · Be an early applicant; · Posted 3 days ago; "
)


def _job_rows(ctx: Ctx, k: int, style: int) -> str:
    rows = []
    for _ in range(k):
        co, title = ctx.pick(vocab.COMPANIES).name, ctx.pick(vocab.TITLES)
        city, extra = ctx.pick(vocab.CITIES), ctx.pick(ROW_EXTRAS)
        if ctx.chance(0.2):
            extra = f" · ${ctx.num(60, 210)}K-${ctx.num(211, 290)}K"
        link = ctx.url("jobs.example.com", "view")
        rows.append(
            [
                f"{title}\n{co} · {city}{extra}",
                f"• {title} - {co} ({city})",
                f"{title} | {co} | {city}{extra}\nView job: {link}",
            ][style]
        )
    return "\n\n".join(rows)


DIGEST_FROM = "LinkedIn <jobs-listings@linkedin.com>; Indeed <donotreply@jobalert.indeed.com>; Glassdoor Jobs <noreply@glassdoor.com>; Otta <jobs@otta.example.com>; Welcome to the Jungle <alerts@welcometothejungle.example.com>; Hired <digest@hired.example.com>; Built In <jobs@builtin.example.com>"
DIGEST_SUBJECT = "[{k} new jobs for {t}|Recommended jobs for you|Jobs you may be interested in|{t} in {c} and {k} more|{first}, companies are hiring for {t}|Your weekly job digest|New: {t} roles near {c}|Top job picks for you]"
DIGEST_INTRO = '[Based on your profile and recent searches, here are today\'s top picks.|Your job alert for "{t}" in {c}: {k} new results.|Jobs you may be interested in|We found new jobs that match your preferences.|Recommended for you, {first}]'
DIGEST_OUTRO = "[See all {k} jobs|View all recommendations|Update your job preferences] → {u}\n\n[Tip: candidates who apply within the first 72 hours are 3x more likely to get an interview.|Turn on Open to Work to let recruiters know you're available.|Why am I seeing this? Based on your job alert settings.|]"


@family("ng_job_alert_digest", "not_job", n=34)
def job_alert_digest(ctx: Ctx) -> Draft:
    brand, addr = _from(ctx, DIGEST_FROM)
    x = {"t": ctx.pick(vocab.TITLES), "c": ctx.pick(vocab.CITIES), "k": str(ctx.num(12, 60))}
    x["u"] = ctx.url("jobs.example.com", "search")
    rows = _job_rows(ctx, ctx.num(2, 6), ctx.num(0, 2))
    body = _fill(ctx, DIGEST_INTRO, x) + "\n\n" + rows + "\n\n" + _fill(ctx, DIGEST_OUTRO, x)
    who = (ctx.pick([brand, f"{brand} Job Alerts", f"{brand} Jobs"]), addr)
    form = ctx.pick(["html", "alt", "alt", "plain"])
    sb = (_fill(ctx, DIGEST_SUBJECT, x), body)
    return _mail(ctx, sb, who, bulk=1, form=form, footer=_unsub(ctx, brand))


SAVED_FROM = "USAJOBS <saved-search@usajobs.example.gov>; Handshake <notifications@joinhandshake.example.com>; CalCareers <no-reply@calcareers.example.gov>; NHS Jobs <noreply@jobs.nhs.example.uk>; HigherEdJobs <alerts@higheredjobs.example.com>"
QUERIES = _words(
    "IT Specialist; 2210; Management Analyst; Data Scientist; Program Analyst; nurse; research assistant"
)
SAVED_SUBJECT = '[Your saved search has new results|{b}: {n} new results for "{q}"|New jobs match your saved search|Saved search notification|Daily job digest]'
SAVED_ROW = "- {q}[ (GS-9/11)| (GS-11/12)| (GS-12/13)|, Band {n}|] - [Department of the Interior|County of Marin|Veterans Health Administration|State University|Department of Transportation] - [Washington, DC|Denver, CO|Sacramento, CA|Remote|Atlanta, GA|Multiple locations] - Closes {day}"
SAVED_INTRO = '[Your saved search "{q}" returned new job announcements:|The following jobs were posted since your last notification:|Here are new postings for your saved search.]'
SAVED_OUTRO = "[To change how often you get these notifications, update your saved search.|Sign in to view all results and start your application.|These are announcements only; you have not applied to any of these positions.]"


@family("ng_saved_search_gov", "not_job", n=28)
def saved_search(ctx: Ctx) -> Draft:
    who = _from(ctx, SAVED_FROM)
    x = {"q": ctx.pick(QUERIES), "b": who[0]}
    lines = "\n".join(_fill(ctx, SAVED_ROW, x) for _ in range(ctx.num(2, 5)))
    body = _fill(ctx, SAVED_INTRO, x) + "\n\n" + lines + "\n\n" + ctx.fill(SAVED_OUTRO)
    foot = ctx.pick(["", "This is an automated message; please do not reply.", _unsub(ctx, who[0])])
    return _mail(ctx, (_fill(ctx, SAVED_SUBJECT, x), body), who, 0.3, 1, footer=foot)


SOCIAL = _table(r"""
[{who} viewed your profile|See who's viewed your profile|Your profile is getting noticed] ## [{who}, {wt} at {wco}, viewed your profile.|{who} and {n} others viewed your profile this week.|{k} people viewed your profile in the past 90 days, including {who}.] [Recruiters from {wco} were among them.|] [See all profile viewers with Premium.|Upgrade to Premium to see who's looking - try 1 month free.|]
[{first}, you appeared in {k} searches this week|You appeared in {k} searches|Your search appearances] ## You appeared in {k} searches this week. [Searchers found you through: {wt}.|Top companies your searchers work at: {wco}, {wco2}.|] [See who's looking with Premium.|Keep your profile up to date to appear in more searches.]
[Congratulate {who} on their new job|{who} started a new position] ## {who} started a new position as {wt} at {wco}. [Say congrats|Send a message|Like]\n\n[{who2} and {n} others reacted.|]
[{who} has a work anniversary|Celebrate {who}'s work anniversary] ## {who} is celebrating {n} years at {wco}. [Say congrats|Send a message]
[{who} commented on your post|{who} replied to your comment] ## {who} commented on your post: "[Great tips on the offer negotiation part!|So true - the interview process at most companies is broken.|Congrats on the new role!]" [Reply|View comment]
[{who} mentioned you in a comment|You were mentioned] ## {who} mentioned you: "@{first} [you should apply to this one|this is the team I told you about|thoughts?]" [Reply|View comment]
[{who} wants to connect|You have {n} new invitations] ## [{who}, {wt} at {wco}, wants to connect.|You have {n} pending invitations, including {who}.] [Accept|View profile]\n\n[People you may know: {who2}|]
[{who} sent you a message|New message from {who}] ## {who}: "[Hey {first}, saw we both went to the same bootcamp - let's connect!|Hi {first}, are you going to the meetup on Thursday?|Thanks for the intro yesterday!]" [Reply|View message]
[{first}, add these skills to get more interviews|Your weekly network update|Trending in your network: layoffs and hiring] ## [Members with skills listed get up to 4x more profile views.|Here's what your network is talking about this week.] [{who} shared: "After 6 months of searching I'm thrilled to announce..."|{who2} posted: "5 interview questions I ask every candidate"|]
""")
SOCIAL_FOOT = "This email was intended for {first} {last}. Learn why we included this. Unsubscribe. © 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."
SOCIAL_ADDR = _words(
    "notifications-noreply@linkedin.com; messages-noreply@linkedin.com; invitations@linkedin.com"
)


@family("ng_linkedin_social", "not_job", ats="linkedin", n=34)
def linkedin_social(ctx: Ctx) -> Draft:
    who = _other(ctx)
    x = {"who": who, "who2": _other(ctx), "wt": ctx.pick(vocab.TITLES), "k": str(ctx.num(4, 97))}
    x["wco"], x["wco2"] = ctx.pick(vocab.COMPANIES).name, ctx.pick(vocab.COMPANIES).name
    name = ctx.pick(["LinkedIn", f"{who} via LinkedIn", "LinkedIn Notifications"])
    form = ctx.pick(["html", "alt"])
    sb, foot = _stage(ctx, SOCIAL, x), ctx.fill(SOCIAL_FOOT)
    return _mail(ctx, sb, (name, ctx.pick(SOCIAL_ADDR)), bulk=1, form=form, footer=foot)


MEDIA = _table(r"""
[7 interview mistakes that cost candidates the offer|How to answer "Why should we hire you?"|Your next steps after a rejection|The one question to ask at the end of every interview] ## [This week: what recruiters actually look for in the first 30 seconds.|Most candidates lose the offer in the final round - here's why.|Rejected after the final interview? You're not alone.] [1. Research the company before the phone screen.\n2. Use the STAR method for behavioral questions.\n3. Send a thank-you note within 24 hours.|A reader asks: "My recruiter went silent after the onsite. Should I follow up?"|Plus: salary bands for {t} roles and what a "competitive offer" means in 2025.]\n\n[Read the full post|Keep reading] → {u}
[New episode: How I negotiated a 30% higher offer|Ep. {n}{n}: Inside a FAANG hiring committee|🎙️ New episode is live|Podcast: behavioral interviews, decoded] ## [In this episode, {host} talks with a former Google recruiter about hiring committees, leveling and offer negotiation.|This week's guest went from 200 applications and 0 interviews to three offers in a month.] [Listen on Apple Podcasts, Spotify, or wherever you get your podcasts.|Timestamps: 02:10 the phone screen, 14:45 system design, 31:00 negotiating the offer.]\n\n{u}
[Hiring is picking up (data inside)|The state of tech hiring|Should you take the counter-offer?] ## [Job postings for {t} roles rose {n}% this quarter.|Layoffs are slowing but interview loops are getting longer.] [Paid subscribers get the full report.|Reply and tell me about your search - I read every email.] {u}
""")
MEDIA_BRANDS = _words(
    "The Interview Guys; Ask a Manager Weekly; Career Contessa; Pragmatic Engineer; Lenny's Newsletter; The Muse; Offer Season Podcast; Levels.fyi Digest"
)


@family("ng_career_media", "not_job", n=32)
def career_media(ctx: Ctx) -> Draft:
    brand = ctx.pick(MEDIA_BRANDS)
    x = {"b": brand, "host": ctx.person, "t": ctx.pick(vocab.TITLES)}
    x["u"] = ctx.url(_slug(brand) + ".example.com", "p")
    who = (
        _fill(ctx, "[{b}|{host} from {b}|{host}]", x),
        _addr(ctx, "hello; newsletter; team", brand),
    )
    sign = _fill(ctx, "[- {host}|See you next week,\n{host}|]", x)
    return _mail(ctx, _stage(ctx, MEDIA, x), who, 0.4, 1, sign=sign, footer=_unsub(ctx, brand))


PREP_BRANDS = _words(
    "AlgoExpert; Interview Kickstart; Exponent; LeetCode; Educative; Formation; Interviewing.io; Pramp"
)
PREP_BODY = r"[Struggling with system design interviews?|Your next interview is closer than you think.|{n}0,000+ engineers landed offers at top companies with {b}.|Still preparing for your technical interviews?] [Get {pct}% off lifetime access to 200+ coding questions, video solutions and mock interviews.|Practice with real interviewers from Google, Meta and Amazon and get actionable feedback.|Our structured 12-week program covers DSA, system design and behavioral rounds.]\n\n[Use code OFFER{pct} at checkout. Offer expires {day}.|This exclusive offer expires at midnight.|Limited spots left for the next cohort - apply now.]\n\n[\"I got 3 offers after 6 weeks.\" - {person}, now a [Senior Engineer|SWE II|Staff Engineer]|\"The mock interviews were a game changer.\" - {person}|]\n\n[Claim your discount|Start practicing|Book a free mock interview|Apply for the cohort] → {u}"
PREP_SUBJECT = "[Ace your coding interview - {pct}% off ends tonight|{first}, your offer expires in 24 hours|Land your dream offer: {pct}% off Premium|Last chance: Black Friday offer|You left something in your cart|Mock interview with a FAANG engineer - free this week|Get the offer you deserve]"


@family("ng_prep_course_promo", "not_job", n=30)
def prep_course(ctx: Ctx) -> Draft:
    brand = ctx.pick(PREP_BRANDS)
    x = {"b": brand, "pct": str(ctx.pick([30, 40, 50, 60]))}
    x["u"] = ctx.url(_slug(brand) + ".example.com", "promo")
    body = _fill(ctx, PREP_BODY.replace("\\n", "\n").replace('\\"', '"'), x)
    name = _fill(ctx, "[{b}|{person} at {b}|Team {b}]", x)
    who = (name, _addr(ctx, "hello; marketing; team; offers", brand))
    form = ctx.pick(["html", "html", "alt"])
    sb = (_fill(ctx, PREP_SUBJECT, x), body)
    return _mail(ctx, sb, who, 0.5, 1, form=form, footer=_unsub(ctx, brand))


RETAIL = _table(r"""
[An exclusive offer, just for you|{first}, your offer expires tonight|Your {pct}% off offer is waiting|You've been selected for early access|Final hours: your exclusive offer] ## [As one of our valued members, you've been selected for an exclusive offer:|Thanks for being a loyal customer. Here's something special:] {pct}% off your next order with code {code}. [Offer expires {day}.|Valid online and in stores through {day}.] [Exclusions apply.|Cannot be combined with other offers.]\n\n[Shop now|Redeem offer] → {u}
[Good news about your {s} Card application|You're approved: {s} Credit Card] ## Thank you for applying for the {s} Credit Card. Your application has been approved with a credit limit of ${n},{n}00. [Start saving {pct}% today with your temporary card number.|Your card arrives in 7-10 days.] [Issued by Synchrony Bank.|]
[Your {s} Card application|About your {s} Store Card application] ## Thanks for applying for the {s} Store Card. We are unable to approve your application at this time; you will receive a letter explaining why within 30 days. [You can still enjoy {pct}% off your first order as a member.|] [Issued by Synchrony Bank.|]
[Application status: {s} Credit Card|We're reviewing your {s} Card application] ## Your {s} Card application is pending. We'll notify you within 7-10 business days. [Issued by Synchrony Bank.|]
[You left something behind|Still thinking it over?|Price drop on items in your cart] ## [The items in your cart are selling fast.|Good news: an item you viewed just dropped in price.] [Complete your order and get {pct}% off with code {code}.|Free shipping on orders over $50.] → {u}
[Your rewards are expiring|You have ${n}0 in rewards|Member offer: double points] ## [You have ${n}0 in rewards that expire {day}.|Earn double points on every purchase this weekend.] [Use them before they're gone!|Show your member QR code at checkout.]
""")
SHOPS = (*vocab.SHOPS, "Sephora", "Nordstrom", "Lululemon", "Williams Sonoma", "Costco")


@family("ng_retail_offer", "not_job", n=30)
def retail_offer(ctx: Ctx) -> Draft:
    shop = ctx.pick(SHOPS)
    x = {
        "s": shop,
        "pct": str(ctx.pick([15, 20, 25, 30, 40])),
        "u": ctx.url(_slug(shop) + ".example.com", "deals"),
    }
    x["code"] = f"{ctx.pick(['VIP', 'SAVE', 'HELLO', 'EXTRA'])}{ctx.num(10, 99)}"
    name = _fill(ctx, "[{s}|{s} Rewards|{s} Offers]", x)
    who = (
        name,
        f"{ctx.pick(['offers', 'news', 'no-reply', 'rewards'])}@e.{_slug(shop)}.example.com",
    )
    form = ctx.pick(["html", "alt"])
    return _mail(ctx, _stage(ctx, RETAIL, x), who, 0.3, 1, form=form, footer=_unsub(ctx, shop))


BENEFITS = _table(r"""
[Open Enrollment starts {day}|Action required: elect your 2026 benefits|Reminder: Open Enrollment closes Friday] ## Hi team,\n\nOpen Enrollment for 2026 benefits [runs from {day} through {day}|closes on {day} at 5pm]. [This is the only time of year you can change your medical, dental and vision elections without a qualifying life event.|If you don't make an election, your current coverage will roll over, except your FSA.] [Join a virtual benefits fair on {day} at {time}.|Log in to [Workday|BambooHR|Rippling|ADP] > Benefits to review your options.]
[Your pay statement is available|Payroll: your payslip for {day}|Pay stub ready] ## Your pay statement for the period ending {day} is now available in [ADP|Gusto|Workday|Rippling]. [Net pay will be deposited on {day}.|If you have questions about your deductions, contact payroll@{domain}.] [No action is required.|]
[Your 2025 Total Rewards statement|Total Rewards statement available] ## Your Total Rewards statement is ready. It summarizes the value of your salary, bonus, equity and benefits at {co}. [Please keep this information confidential.|]
[Compensation letter: merit increase|Your compensation review outcome] ## Following the annual compensation review, your base salary will increase by {pct}% effective {day}. Your manager will walk you through the details. [Please keep this information confidential.|]
[Equity vesting reminder|Upcoming RSU vest] ## {eq} RSUs are scheduled to vest on {day}. View details in [Carta|E*TRADE|Shareworks].
[Your W-2 is ready|Your 2025 tax documents] ## Your 2025 Form W-2 is now available electronically. [Sign in to the payroll portal to view.|]
[Action needed: verify your direct deposit|Direct deposit change] ## A change was made to your direct deposit information. If you didn't make this change, contact People Ops immediately.
[Company holidays and PTO reminder|Holiday office closure] ## A reminder that the office is closed {day}. Please submit PTO requests for the holiday period by {day}.
[Reminder: use-it-or-lose-it PTO|PTO balance reminder] ## You have {n} days of PTO that will not roll over. Please plan time off with your manager.
[Parental leave policy update|Policy update: parental leave] ## We've updated our parental leave policy to 16 weeks fully paid. Read the full policy on the intranet.
""")
BENEFITS_FROM = "{co} People Team <people@{domain}>; Benefits <benefits@{domain}>; {co} Payroll <payroll@{domain}>; ADP <securityservices_noreply@adp.example.com>; Rippling <no-reply@rippling.example.com>; Total Rewards <totalrewards@{domain}>"
BENEFITS_SIGN = (
    "[People Operations|Your Benefits Team|The People Team|{person}\nPayroll Specialist|]"
)
BENEFITS_FOOT = "[|Internal - do not forward.|CONFIDENTIAL: This email is intended only for the named employee.]"


@family("ng_employer_benefits_payroll", "not_job", n=30)
def employer_benefits(ctx: Ctx) -> Draft:
    sign, foot = ctx.fill(BENEFITS_SIGN), ctx.fill(BENEFITS_FOOT)
    return _mail(ctx, _stage(ctx, BENEFITS), _from(ctx, BENEFITS_FROM), sign=sign, footer=foot)


REVIEW = _table(r"""
[Performance review cycle kicks off {day}|Action required: submit your self-review|Reminder: peer feedback due {day}|H2 calibration timeline] ## Hi all,\n\nOur [mid-year|annual|H2] performance review cycle [starts {day}|is now open] in [Lattice|Culture Amp|15Five|Workday]. [Please complete your self-review and nominate 3-5 peers by {day}.|Managers: calibration sessions are scheduled for the week of {day}.|Peer feedback requests are due {day}.] [Ratings and promotion decisions will be communicated by your manager.|Questions? Ask in #people-help.]
[Internal opportunities this week|Open roles: internal mobility newsletter|Interested in a new challenge? Internal postings|Career Moves: {n} new internal postings] ## Looking for your next challenge at {co}? These roles are open to internal candidates this week:\n\n- {wt} (Platform)\n- [Engineering Manager|Product Manager|Data Analyst] ([Growth|Payments|Core])\n- [Recruiting Coordinator|Program Manager|Solutions Architect] ([EMEA|Remote])\n\n[Talk to your manager before applying.|Employees must be in role for 12 months to be eligible for an internal transfer.] [Refer a friend for external roles and earn a referral bonus.|]
[Your 1:1 with {mgr}|Quarterly check-in with {mgr}] ## Reminder: your quarterly check-in with {mgr} is scheduled for {day}. Come prepared to discuss goals and next steps.
[Promotion packet feedback|Feedback on your promo packet] ## {mgr} shared feedback on your promotion packet. Review it before the committee meets on {day}.
[All-hands: Q{n} results|Reminder: all-hands {day}] ## Please join the all-hands on {day} at {time}. [The recording will be posted for other time zones.|Bring your questions for the AMA.]
[Org announcement|Welcome our new VP] ## [I'm excited to share that {mgr} has accepted the position of VP of [Engineering|Sales|Operations] and will start {day}.|Following a reorganization, the Data team will now report to {mgr}.] [Please welcome them!|]
""")
REVIEW_FROM = "{co} People Team <people@{domain}>; Lattice <no-reply@{domain}>; {person} <comms@{domain}>; Internal Communications <comms@{domain}>; {co} Talent Mobility <mobility@{domain}>"
REVIEW_SIGN = "[People Team|{person}\nHR Business Partner|Talent Mobility Team|]"


@family("ng_employer_review_mobility", "not_job", n=30)
def employer_review(ctx: Ctx) -> Draft:
    sb = _stage(ctx, REVIEW, {"mgr": _other(ctx), "wt": ctx.pick(vocab.TITLES)})
    return _mail(ctx, sb, _from(ctx, REVIEW_FROM), bulk=0.3, sign=ctx.fill(REVIEW_SIGN))


# The user works somewhere and interviews OTHER people there: the candidate is somebody else.
INTERVIEWER = _table(r"""
[You're scheduled to interview {cand}|Interview scheduled: {cand} for {wt}|Interviewer assignment: {cand}|New interview on your calendar] ## [You've been scheduled to interview a candidate.|Hi {first}, you're on the interview panel for {cand}.|{coord} added you as an interviewer.]\n\nCandidate: {cand}\nRole: {wt}[ ({req})|]\nInterview: [Technical Screen|System Design|Behavioral|Hiring Manager|Culture Add|Coding (pairing)]\nWhen: {day}, {time}\n[Where: Zoom (link in the invite)|Where: Room {n}B / Zoom|Where: Google Meet]\n\n[Please review the candidate's resume and the interview kit beforehand.|Focus areas and suggested questions are in the interview plan.|Please don't ask about salary history - it's prohibited in many states.]
[Reminder: your interview with {cand} starts in 1 hour|Interview in 30 minutes: {cand}|Today: interviewing {cand}] ## [Your interview with {cand} ({wt}) starts at {time}.|Heads up - you're interviewing {cand} for {wt} today at {time}.] [The interview kit and resume are linked below.|If you can't make it, please tell the recruiting coordinator ASAP so we can find a backup interviewer.]\n\n[Join: https://zoom.example.com/j/{num}|Open the interview kit in {ats}]
[Can you cover an interview on {day}?|Interviewer needed: {wt} onsite|Backup interviewer request] ## Hi {first}, [{coord} here from recruiting.|quick ask from the recruiting team:] we need [a backup interviewer|someone from your team] for a [{wt} onsite|phone screen|final round] on {day} at {time}. [The candidate is strong on paper and we'd like to keep the loop on track.|It's the system design slot.] [Can you take it? Reply yes and I'll send the invite.|Let me know by EOD.]
[Interview rescheduled: {cand}|Candidate schedule updated: {cand}] ## The candidate asked to move the interview. New time: {day} at {time}. [No action needed.|Your calendar has been updated.]
[Cancelled: interview with {cand}|Interview cancelled - {cand}] ## This interview has been cancelled; [the candidate withdrew from the process|the candidate accepted another offer|the role was put on hold]. [Your calendar has been updated.|Thanks for making time anyway.]
[Updated interview loop: {cand}|Schedule change for {cand}'s onsite] ## The loop for {cand} has been rearranged - you're now in the [first|last] slot ({time}). [Your calendar has been updated.|]
""")
INTERVIEWER_FROM = "Greenhouse <no-reply@greenhouse.io>; Ashby <notifications@ashbyhq.com>; Lever <notifications@hire.lever.co>; GoodTime <scheduling@goodtime.example.io>; {coord} <{cl}@{domain}>"
INTERVIEW_CAL = "[Interview: {cand} - {wt}|{cand} / [Tech Screen|System Design|Onsite] ({wt})|Candidate interview - {cand}]"
INTERVIEWER_SIGN = "[|Thanks!\n{coord}\nRecruiting Coordinator|Recruiting Ops]"


def _interview_people(ctx: Ctx) -> dict[str, str]:
    coord = _other(ctx)
    x = {"cand": _other(ctx), "coord": coord, "cl": ascii_word(coord.split()[0])}
    x["wt"] = ctx.pick(vocab.TITLES)
    return x


def _interview_sender(ctx: Ctx, x: dict[str, str]) -> tuple[str, str]:
    """The ATS (or coordinator) mail comes from; the text names the same ATS."""
    who = _from(ctx, INTERVIEWER_FROM, x)
    ats = (
        who[0] if who[0] in ("Greenhouse", "Ashby", "Lever") else ctx.pick(["Greenhouse", "Ashby"])
    )
    x["ats"], x["atsl"] = ats, ats.lower()
    return who


@family("ng_interviewer_invite", "not_job", n=34)
def interviewer_invite(ctx: Ctx) -> Draft:
    x = _interview_people(ctx)
    who = _interview_sender(ctx, x)
    sb = _stage(ctx, INTERVIEWER, x)
    cal = None
    if ctx.chance(0.45):
        where = ctx.pick(["Zoom", "Google Meet", "Room 4B"])
        cal = Calendar(
            _fill(ctx, INTERVIEW_CAL, x), ctx.future(), ctx.pick([30, 45, 60]), location=where
        )
    return _mail(ctx, sb, who, sign=_fill(ctx, INTERVIEWER_SIGN, x), calendar=cal)


SCORECARD = _table(r"""
[Reminder: submit your scorecard for {cand}|Overdue: feedback for {cand}|Your feedback is needed: {cand} ({wt})] ## [Your interview with {cand} was {n} days ago and your scorecard is still missing.|Please submit your feedback for {cand} - the debrief is tomorrow.|The hiring team is waiting on your feedback for {cand} ({wt}).] [Feedback should be submitted within 24 hours of the interview, before you talk to other interviewers.|Recommendation options: Strong Yes, Yes, No, Strong No.] [Submit your scorecard in {ats}.|Leave feedback in {ats} → https://{atsl}.example.com/scorecards/{num}|]
[Debrief: {cand} - {wt}|Hiring decision needed: {cand}|Debrief moved to {day}] ## [All feedback for {cand} is in. The debrief is {day} at {time}.|Please join the debrief for {cand} to align on a hire / no-hire decision.] Current votes: [3 Yes, 1 No|2 Strong Yes, 2 Yes|1 Yes, 2 No, 1 Mixed]. [If the panel agrees, recruiting will extend an offer this week.|We'll decide whether to move the candidate to the final round.]
[Offer approval: {cand}|Approval needed: offer for {wt}|Headcount approval request] ## [An offer for {cand} ({wt}) requires your approval.|{coord} submitted an offer for approval: {cand}, {wt}, {money} base.] [Approve or reject in {ats}.|Please review before {day}.] [This request was sent to you as the hiring manager.|]
[New referral: {cand}|Your referral {cand} applied for {wt}] ## {cand} applied for {wt} and was referred by you. [We'll keep you posted.|Thanks for the referral!] [Referral bonuses are paid after the new hire's 90th day.|]
[New candidates to review ({n})|{n} applicants waiting for review: {wt}|{cand} is ready for your review] ## [You have {n} new applicants to review for {wt}, including {cand}.|{cand} is ready for your review in the {wt} pipeline.] [Move forward or reject in one click.|Application review SLA: 3 business days.]
""")
SCORECARD_FOOT = "[|You are receiving this because you are an interviewer or hiring team member for this job.|Manage notification settings in your account.]"


@family("ng_interviewer_feedback", "not_job", n=32)
def interviewer_feedback(ctx: Ctx) -> Draft:
    x = _interview_people(ctx)
    who = _interview_sender(ctx, x)
    sb = _stage(ctx, SCORECARD, x)
    return _mail(ctx, sb, who, 0.3, footer=ctx.fill(SCORECARD_FOOT))


DEV = _table(r"""
[«{repo}» {who} requested your review on: {pr} (#{num4})|Re: «{repo}» {pr} (PR #{num4})|«{repo}» PR #{num4}: changes requested] ## @{gh} requested your review on: {repo}#{num4} {pr}.\n\n[{n} files changed, +{n}{n}{n} -{n}{n}|Checks: all passing|Checks: 1 failing]\n\n[@{gh}: I addressed the comments, can you take another look?|LGTM after the nit below.|Rejected: this approach breaks the offer-letter template.]\n\n—\nReply to this email directly, view it on GitHub, or unsubscribe.\nYou are receiving this because your review was requested.
[«JIRA» ({key}) {issue}|«JIRA» {who} assigned {key} to you|{key} was updated] ## {who} [assigned this issue to you|changed the status to In Progress|commented on this issue]:\n\n{key}: {issue}\nPriority: [High|Medium|Low] · Sprint: [Sprint {n}{n}|Platform Q{n}]\n\n[Could you pick this up before the release?|Moving to next sprint.|]\n\nView issue: https://{org}.atlassian.example.net/browse/{key}
[«{repo}» Pipeline failed for main|Job "build" failed on {repo}|CI: job test-integration failed (#{num4})|Failed: {repo} deploy job] ## [Pipeline #{num4} has failed!|The job "test-integration" failed in stage test.|Your job "deploy-prod" failed after 4m 12s.]\n\nProject: {org}/{repo}\nBranch: [main|release/{n}.{n}|feature/{gh}-offer-api]\nCommit: {sha} "{pr}"\nTriggered by: {who}\n\n[View job log|Retry job|Open pipeline] → https://ci.example.com/{org}/{repo}/-/jobs/{num}
[«Linear» {key} assigned to you|{who} mentioned you in {key}|Your daily digest in Linear] ## [{who} assigned {key} "{issue}" to you.|{who} mentioned you: "@{gh} can you take the candidate-search part?"|{n} issues were updated in your team today.] [Due {day}.|]
""")
PRS = _words(
    "Fix rejection email template rendering; Add interview scheduling endpoint; Refactor application status enum; Bump offer-service to v2; Candidate search: add pagination; Handle expired job postings"
)
ISSUES = _words(
    "Careers page: apply button 500s; Interview scheduler double-books rooms; Offer letter PDF missing signature; Job queue backlog on Mondays; Update candidate privacy notice"
)
CI_FROM = "GitLab <gitlab@gitlab.example.com>; CircleCI <builds@circleci.example.com>; Buildkite <notify@buildkite.example.com>"
REPOS = _words("careers-site; ats-sync; hiring-portal; payments; web-app; infra")


@family("ng_devtools_notify", "not_job", n=34)
def devtools(ctx: Ctx) -> Draft:
    who, org = _other(ctx), ctx.pick(["acme", "northwind", "globex", "hooli", "initech"])
    x = {"who": who, "gh": ascii_word(who)[:9], "repo": ctx.pick(REPOS), "org": org}
    x |= {"pr": ctx.pick(PRS), "issue": ctx.pick(ISSUES), "num4": str(ctx.num(100, 9999))}
    x |= {"key": f"{ctx.pick(['ENG', 'PLAT', 'HR', 'WEB'])}-{ctx.num(100, 4999)}"}
    x["sha"] = f"{ctx.num(16**6, 16**7 - 1):07x}"
    subject, body = sb = _stage(ctx, DEV, x)
    sender = (who, "notifications@github.com")
    if "JIRA" in subject or "updated" in subject:
        sender = (f"{who} (Jira)", f"jira@{org}.atlassian.example.net")
    elif "Linear" in subject or "mentioned" in subject:
        sender = ("Linear", "notifications@linear.example.app")
    elif "Pull request" not in body and ("CI" in subject or "ailed" in subject):
        sender = _from(ctx, CI_FROM)
    return _mail(ctx, sb, sender, bulk=1, form=ctx.pick(["plain", "alt"]))


BATCH = _table(r"""
[«CRON» Job {job} failed on {host}|Cron <{user}@{host}> /opt/jobs/{job}.sh|«FAILED» {job} exited with code {n}] ## Job: {job}\nHost: {host}\nStarted: {day} {time}\nExit status: {n}\n\n--- last 5 lines of output ---\nTraceback (most recent call last):\n  File "/opt/jobs/{job}.py", line {n}{n}, in main\nConnectionError: could not connect to database\n[Job will be retried in 15 minutes.|No retry configured.]
[Airflow alert: DAG {job} failed|Task failed: {job}.load_candidates|«Airflow» Try 3 out of 3] ## [Try 3 out of 3|Task instance failed]\nDAG: {job}\nTask: [extract|load_candidates|transform|notify_recruiters]\nExecution date: {day}\nLog: https://airflow.example.com/log?dag_id={job}\nHost: {host}
[AWS Notification - Batch Job State Change|Batch job {job}: state change] ## Your AWS Batch job "{job}" transitioned to [FAILED|SUCCEEDED|RUNNABLE]. Job queue: prod-high-priority.\n\n--\nIf you wish to stop receiving notifications from this topic, unsubscribe.
[Backup job completed successfully|Backup job report: {job}] ## The backup job "{job}" completed successfully. Processed {n}{n}{n} GB in {n}h {n}{n}m. Next scheduled run: {day} 02:00 UTC.
[Scheduled job summary|Nightly jobs: {n} failed] ## Nightly job summary: {n}{n} jobs succeeded, {n} job failed, 0 jobs skipped. [See the dashboard for details.|]
[Scheduled transfer completed|Your recurring payment job ran|Autopay processed] ## [Your scheduled transfer of ${n}{n}{n}.00 to savings was processed on {day}.|Your autopay for the card ending in {n}{n}{n}{n} was processed.] [Available balance is updated in the app.|No action is needed.]
""")
SCHEDULER_FROM = "Jenkins <jenkins@ci.example.internal>; Rundeck <rundeck@ops.example.internal>; Veeam Backup <veeam@backup.example.internal>"
JOBS = _words(
    "nightly-etl; sync_job_postings; candidate_export; payroll-batch; db-backup; offer_letters_render; interview_reminders"
)


@family("ng_batch_job_alerts", "not_job", n=30)
def batch_jobs(ctx: Ctx) -> Draft:
    host = f"{ctx.pick(['worker', 'batch', 'prod-app', 'etl'])}-{ctx.num(1, 12):02d}"
    x = {"job": ctx.pick(JOBS), "host": host, "user": ctx.pick(["root", "deploy", "etl"])}
    subject, _ = sb = _stage(ctx, BATCH, x)
    sender = ("Cron Daemon", f"{x['user']}@{host}.example.internal")
    if any(w in subject for w in ("transfer", "payment", "Autopay")):
        bank = ctx.pick(vocab.BANKS)
        sender = (bank, f"alerts@{bank.lower().replace(' ', '')}.example.com")
    elif "Airflow" in subject or "Task" in subject:
        sender = ("Airflow", f"airflow@{host}.example.internal")
    elif "AWS" in subject or "Batch" in subject:
        sender = ("AWS Notifications", "no-reply@sns.amazonaws.example.com")
    elif "ackup" in subject or "ightly" in subject or "summary" in subject:
        sender = _from(ctx, SCHEDULER_FROM)
    return _mail(ctx, sb, sender, form="plain")


FAMILY_CAL = _table(r"""
[Dinner at Mom's|Invitation: Dinner at Mom's @ Sun {day}|Sunday dinner 🍝] ## [Mom says dinner's at 6, bring dessert!|Dinner at Mom's this Sunday. She's making lasagna.|Reminder - dinner at Mom and Dad's, {day}.] [Dad wants to hear all about the new job search btw|{pfirst} is bringing the kids|Can you pick up Grandma on the way?|]
[Invitation: {friend}'s birthday drinks|{friend}'s 30th 🎉|Birthday dinner - save the date] ## [Drinks for {friend}'s birthday at [The Anchor|Luna Bar|our place] from 7pm.|We're doing a surprise dinner for {friend} - don't tell!] [RSVP so I can book a table.|Bring a card, we're splitting the gift.|]
[Carpool schedule for next week|Updated: school pickup rota] ## Here's the carpool schedule for next week - you're on [Tuesday and Thursday|Monday and Wednesday]. [Thanks!!|Let me know if that doesn't work.]
[Kids' soccer schedule|Soccer practice moved] ## Soccer practice moved to {time} on {day}. [Snacks are on us this week.|Bring the shin guards!|]
[swap pickup {d}?|pickup on {d}] ## Can you swap pickup with me on {d}? [I have an interview at work (I'm on the panel lol).|I'm stuck in a performance review meeting until 5.|Work thing ran late.] [Thanks!!|owe you one]
[Invitation: Game night|Board games at ours?] ## Game night at ours on {day}, 7ish. Bring snacks. [{pfirst} accepted this invitation.|Reply yes/no/maybe.|]
[Invitation: Hike @ {day}|Hike this weekend?] ## Hike on {day}? Meeting at the trailhead at 9. [Bring water!|Weather looks good.|]
[Invitation: Call with Grandma|Weekly family call] ## Family video call {day} at {time} - Grandma wants to see everyone. [Join with Google Meet: meet.google.com/{code}|FaceTime link to follow.]
[Wedding planning call|Invitation: Wedding planning - venues] ## Planning call for the wedding: venues, guest list, schedule. {day} at {time}. [Join with Google Meet: meet.google.com/{code}|I'll call you.]
""")


@family("ng_family_calendar", "not_job", n=30)
def family_calendar(ctx: Ctx) -> Draft:
    first, last = ctx.person_first, ctx.cand_last
    domain = ctx.pick(vocab.CANDIDATE_DOMAINS)
    x = {"code": f"{ctx.num(100, 999)}-{ctx.num(1000, 9999)}-abc", "d": ctx.day_phrase()}
    x["friend"] = ctx.pick(vocab.FIRST_NAMES)
    sb = _stage(ctx, FAMILY_CAL, x)
    cal = None
    if ctx.chance(0.6):
        where = ctx.pick(["Mom's", "", "Home", "Trailhead parking"])
        cal = Calendar(sb[0].removeprefix("Invitation: "), ctx.future(), 120, location=where)
    who = (f"{first} {last}", f"{ascii_word(first)}.{ascii_word(last)}@{domain}")
    sign = ctx.fill("[{pfirst}|love, {pfirst}|xx|Sent from my iPhone|]")
    return _mail(ctx, sb, who, sign=sign, calendar=cal, form=ctx.pick(["plain", "alt"]))


FREELANCE = _table(r"""
[Your proposal was declined|Update on your proposal: {gig}] ## Unfortunately, the client has declined your proposal for "{gig}". [Your Connects have been refunded.|Keep applying - freelancers who submit 5+ proposals a week get hired faster.|] [Find more work like this|Browse similar jobs] → {u}
[A client closed the job you applied to|Job closed: {gig}] ## [The job "{gig}" was closed by the client and your proposal was not selected.|The client hired another freelancer for "{gig}".] [Your Connects have been refunded.|] [Browse similar jobs|Find work] → {u}
[You've been invited to interview for {gig}|Invitation to interview: {gig}|New message from {client}] ## [A client invited you to interview for the job "{gig}".|{client} wants to chat about your proposal for "{gig}".] Budget: [${n}00 fixed-price|${n}0/hr, 10-30 hrs/week|${n},000 fixed]. [Reply within 24 hours to stay at the top of their list.|Accept the invitation to start messaging.] → {u}
[You received an offer: {gig}|New contract offer from {client}|Offer: {gig} - action required] ## {client} sent you an offer for "{gig}". [Rate: ${n}{n}/hr · Weekly limit: 20 hrs|Fixed price: ${n}00 · {n} milestones]. [Accept the offer to begin the contract.|This offer expires in 7 days.] [Payments are protected by escrow.|]
[Your gig is live|Congrats! Your gig is approved] ## Congrats! Your gig "I will {gig2}" is now live. [Share it to get your first order faster.|Gigs with 3 packages get 2x more orders.]
[You have a new order!|New order from {client}] ## New order from {client}: "I will {gig2}" - due {day}. [Deliver on time to keep your Level 2 badge.|Start working on it now.]
[Buyer requests matching your gig|{n} new buyer requests] ## {n} new buyer requests match your skills, including "{gig}". [Send an offer before they're gone.|] → {u}
[Weekly summary: {n} jobs matching your profile|Jobs you might like] ## Here are freelance jobs matching your skills this week: "{gig}" and {n} more. [Keep your profile updated to get more invites.|] → {u}
[Your Job Success Score changed|Contract ended: {gig}] ## [Your Job Success Score is now {n}{n}%.|{client} ended your contract for "{gig}" and left feedback: ★★★★★.] [Keep up the great work!|]
""")
GIGS = _words(
    "Build a Shopify landing page; Python script to clean CSV data; Logo design for bakery; React Native bug fixes; Write 10 SEO blog posts; Set up Airflow on GCP; Figma prototype for fitness app"
)
GIGS2 = _words(
    "design a modern minimalist logo; build your WordPress website; write a data analysis report; edit your YouTube videos; fix bugs in your React app"
)
FREELANCERS = _words("Upwork; Fiverr; Freelancer.com; PeoplePerHour; Contra")


@family("ng_freelance_marketplace", "not_job", n=32)
def freelance(ctx: Ctx) -> Draft:
    brand = ctx.pick(FREELANCERS)
    x = {"gig": ctx.pick(GIGS), "gig2": ctx.pick(GIGS2), "client": _other(ctx)}
    x["u"] = ctx.url(_slug(brand) + ".example.com", "jobs")
    name = ctx.pick([brand, f"{brand} Notification", f"{x['client']} via {brand}"])
    who = (name, _addr(ctx, "donotreply; notifications; messages", brand))
    return _mail(ctx, _stage(ctx, FREELANCE, x), who, 0.5, 1, footer=_unsub(ctx, brand))


TICKETS = _table(r"""
[Your tickets for {ev}|Order confirmation #{num}|You're going to {ev}!] ## [Thanks for your order!|You're in!] {ev}\n{day} · Doors {time}\n{venue}\n\n[{n} x General Admission|1 x VIP Pass|{n} x Section {n}{n}{n}, Row {n}] [Order total: ${n}{n}.50|]\n\n[Your mobile tickets are in the app. Screenshots will not be accepted.|Print your tickets or show the QR code at the door.]
[Reminder: {ev} is tomorrow|Know before you go: {ev}|Event update: new start time] ## [{ev} is tomorrow at {venue}!|Important update: {ev} now starts at {time}.] [Bag policy: clear bags only.|Parking opens 2 hours before the show.] [Your tickets are attached.|]
[Registration confirmed: {ev}|Your free ticket: {ev}|You're registered for {ev}] ## [You're registered for {ev}.|Here's your ticket for {ev}.] [Meet 50+ employers hiring now, bring copies of your resume and prepare your elevator pitch.|Talks, networking and a hiring fair with on-the-spot interviews!|Add it to your calendar so you don't miss it.] Location: {venue}, {day}.
""")
EVENTS = _words(
    "Tech Career Fair 2025; Phoebe Bridgers - Live; Warriors vs. Lakers; Hamilton; Northfield Half Marathon; Women in Data Meetup; Diversity Hiring Expo; Comedy Night at The Anchor"
)
VENUES = _words(
    "Chase Center; The Fillmore; Convention Center Hall B; Orpheum Theatre; Pier 27; Moscone West"
)
TICKETERS = _words("Ticketmaster; Eventbrite; Dice; StubHub; AXS; Meetup")


@family("ng_event_tickets", "not_job", n=28)
def tickets(ctx: Ctx) -> Draft:
    brand = ctx.pick(TICKETERS)
    x = {"ev": ctx.pick(EVENTS), "venue": ctx.pick(VENUES)}
    who = (brand, _addr(ctx, "orders; noreply; tickets", brand))
    form = ctx.pick(["html", "alt"])
    return _mail(ctx, _stage(ctx, TICKETS, x), who, 0.4, 0.5, form=form, footer=_unsub(ctx, brand))
