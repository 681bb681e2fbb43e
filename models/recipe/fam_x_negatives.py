"""Hard negatives, third set: mail a job seeker really gets that is full of job words
("application", "interview", "offer", "candidate", "unfortunately", "next steps") but is not
about one of their own job applications, so the classifier must drop it (precision first).

Each family is one sender's own voice. Here, the rest of life: a rental portal and a small
landlord, lenders, card issuers, admissions offices, consulates, funders, volunteer
coordinators, clubs, app stores, CFPs, journal editors, insurers, benefits agencies and
shelters. ``fam_x_negatives_work`` (same tag, these helpers) has the job-adjacent and work
mail: alerts, social notifications, career media, the current employer, interviewer duty,
dev tools, batch jobs, friends' invites, tickets and freelance marketplaces.

Tables are raw strings, one ``subject ## body`` stage per line (``\\n`` is a line break;
``«`` ``»`` are literal square brackets), so long sentences stay readable and the file short.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

import re
from typing import Any

import vocab
from kit import Ctx, Draft, ascii_word, family

Stages = list[tuple[str, str]]


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split("; "))


def _table(spec: str) -> Stages:
    """``subject ## body`` per line; a literal ``\\n`` in the body becomes a line break."""
    rows = []
    for line in spec.strip().splitlines():
        subject, _, body = line.partition(" ## ")
        rows.append((subject.strip(), body.strip().replace("\\n", "\n")))
    return rows


def _fill(ctx: Ctx, template: str, x: dict[str, str] | None = None) -> str:
    """Fill a template with this file's extra slots first; empty optional paragraphs vanish."""
    for key, value in (x or {}).items():
        template = template.replace("{" + key + "}", value)
    text = re.sub(r"[ \t]{2,}", " ", ctx.fill(template)).replace("«", "[").replace("»", "]")
    return "\n\n".join(p.strip() for p in text.split("\n\n") if p.strip())


def _stage(ctx: Ctx, stages: Stages, x: dict[str, str] | None = None) -> tuple[str, str]:
    subject, body = ctx.pick(stages)
    return _fill(ctx, subject, x), _fill(ctx, body, x)


def _from(ctx: Ctx, senders: str, x: dict[str, str] | None = None) -> tuple[str, str]:
    """One of ``Name <addr>; Name <addr>``, filled."""
    name, _, addr = ctx.pick(senders.split("; ")).partition(" <")
    return _fill(ctx, name, x), _fill(ctx, addr.rstrip(">"), x)


def _mail(
    ctx: Ctx,
    sb: tuple[str, str],
    who: tuple[str, str],
    greet: float = 0.0,
    bulk: float = 0.0,
    **kw: Any,
) -> Draft:
    """The Draft, with chances for a greeting and bulk headers; never a recruiter's sign-off.

    The greeting is our own: the kit's list includes "Dear Candidate", which a bank, landlord
    or friend never writes."""
    kw.setdefault("sign", "")
    body = sb[1]
    if ctx.chance(greet):
        body = ctx.fill(ctx.pick(GREETINGS)) + "\n\n" + body
    return Draft(sb[0], body, who[0], who[1], greet=False, bulk=ctx.chance(bulk), **kw)


GREETINGS = (
    "Hi {first},",
    "Hello {first},",
    "Dear {first},",
    "Dear {first} {last},",
    "{first},",
    "Hello,",
    "Hi {first}!",
)


def _other(ctx: Ctx) -> str:
    """Somebody who is neither the user nor the sender: a colleague, a candidate, a friend."""
    return f"{ctx.pick(vocab.FIRST_NAMES)} {ctx.pick(vocab.LAST_NAMES)}"


def _street(ctx: Ctx) -> str:
    street = ctx.fill("[Oak|Maple|Cedar|Lakeview|Hawthorne|Mission|Elm|Park] [St|Ave|Blvd|Rd|Lane]")
    unit = ctx.pick(["", f", Unit {ctx.num(1, 40)}{ctx.pick('ABCD')}", f" Apt {ctx.num(100, 999)}"])
    return f"{ctx.num(12, 4890)} {street}{unit}"


def _slug(text: str, size: int = 14) -> str:
    return ascii_word(text)[:size]


UNSUB = "[You are receiving this email because you signed up for {brand} updates.|This email was sent to {to}. If you no longer wish to receive these emails, unsubscribe here.|Manage your email preferences · Unsubscribe · Privacy Policy|To stop receiving these messages, update your notification settings.] [© 2025 {brand}. All rights reserved.|{brand}, {n}00 Market Street, San Francisco, CA 94105|]"


def _unsub(ctx: Ctx, brand: str) -> str:
    return _fill(ctx, UNSUB, {"brand": brand, "to": ctx.cand_addr})


def _addr(ctx: Ctx, users: str, brand: str, tld: str = "example.com") -> str:
    """``users`` is ``a; b; c``: one local part at the brand's example domain."""
    return f"{ctx.pick(users.split('; '))}@{_slug(brand)}.{tld}"


BUILDINGS = _words(
    "The Larkin; Parkside Commons; Willow Creek Apartments; Harbor View Lofts; Maple Court Residences; The Foundry Flats; Cedar Ridge Townhomes"
)
PETS = _words("Biscuit; Luna; Pepper; Mochi; Rocky; Juniper; Otis; Clementine; Bear")
PROGRAMS = _words(
    "MS in Data Science; MBA (Full-Time); PhD in Computer Science; MA in Public Policy; MSc Artificial Intelligence; Master of Engineering; BSc Nursing (transfer)"
)
SCHOOLS = _words(
    "Westbrook University; Lakeshore College; University of Northfield; Carrow Institute of Technology; St. Aldric's College"
)
CONFS = _words(
    "PyData Northfield; DevFest Lakeshore; DataCon EU; KubeSummit; RustWeek; UXLondon Live; SRECon West; JSWorld Conf"
)
RENTAL = _table(r"""
[Your rental application for {home}|Application received: {home}|We got your application!|Your application] ## Thanks for applying to [live at|rent] {home}[ with {bldg}|]. [Your application and ${n}5 application fee have been received.|We've received your application and payment.]\n\n[The property manager will review your application together with your screening report.|Our leasing team reviews applications in the order they are received.] [Most applicants hear back within 2-3 business days.|You'll get an email as soon as a decision is made.]\n\n[Application ID: RA-{req}|Reference #{num}|]
[Action required: complete your renter screening|{person} requested a tenant screening|Finish your screening for {home}] ## {person} has invited you to complete a screening for {home}. [Your report includes a credit report, criminal background check and eviction history.|The landlord will see your ResidentScore, criminal history and eviction records - never your full SSN.]\n\n[Complete your screening|Get started]: https://mysmartmove.example.com/renter/{num}\n\n[This request expires in 7 days.|The screening fee of $[40|42] is paid by the [renter|landlord].|]
[Application approved - sign your lease|Congratulations! Your application has been approved|You're approved for {home}|Next steps for your new home] ## Great news - your rental application for {home} has been approved! [Next steps:|Here's what happens next:]\n1. Review and e-sign your lease by {day}\n2. Pay the holding deposit of {rent} in the resident portal\n3. [Schedule your move-in inspection|Book a move-in time with the leasing office|Set up renters insurance]\n\n[Please note the unit is held for 48 hours after approval.|If the lease isn't signed by the deadline, the unit may be offered to the next applicant on the waitlist.|]
[Update on your rental application|Your application status has changed|Regarding your application for {home}] ## [Thank you for your interest in {home}.|We appreciate you applying with {bldg}.] Unfortunately, we are unable to approve your application at this time. [This decision was based in whole or in part on information contained in a consumer report from TransUnion.|The landlord has selected another applicant for this unit.|The household did not meet the income requirement of 3x the monthly rent.]\n\n[Under the Fair Credit Reporting Act, you have the right to obtain a free copy of your report within 60 days and to dispute any inaccurate information.|You are welcome to apply for other available units on our website.|]
[Conditional approval for {home}|Your application: additional deposit required|Decision on your application] ## Your application for {home} has been conditionally approved. [To finalize, we require an additional security deposit equal to one month's rent ({rent}).|We will need a qualified guarantor or co-signer to complete your file.]\n\n[Please reply by {day} to accept these terms.|Let us know by {day} whether you'd like to move forward.]
""")
RENTAL_FROM = "TransUnion SmartMove <noreply@mysmartmove.example.com>; RentCafe <noreply@rentcafe.example.com>; {bldg} Leasing Office <leasing@{slug}.example.com>; Zillow Rental Manager <rentals@zillow.example.com>; AppFolio Property Manager <donotreply@appfolio.example.com>"
RENTAL_SIGN = "[The Leasing Team|{bldg} Leasing|Property Management|]"


@family("ng_rental_portal", "not_job", n=30)
def rental_portal(ctx: Ctx) -> Draft:
    bldg = ctx.pick(BUILDINGS)
    x = {"home": _street(ctx), "bldg": bldg, "slug": _slug(bldg)}
    x["rent"] = f"${ctx.num(12, 48) * 100:,}"
    who = _from(ctx, RENTAL_FROM, x)
    foot = ctx.pick(["", "Equal Housing Opportunity", _unsub(ctx, "SmartMove")])
    sign = _fill(ctx, RENTAL_SIGN, x)
    return _mail(ctx, _stage(ctx, RENTAL, x), who, 0.7, 0.5, sign=sign, footer=foot)


LANDLORD = _table(r"""
[{home}|Re: apartment|Re: viewing on Saturday|The flat] ## Thanks for coming by to see the [apartment|flat|place|unit] on [Saturday|Sunday|{day}]. [We had a lot of interest|We had over 20 applications] and [unfortunately|sadly] we've decided to go with another applicant [whose move-in date lined up better|who can move in sooner]. [Best of luck with the search!|Hope you find something great.]
[Apartment at {home}|Re: your application|good news!|{home} - it's yours] ## Good news! We'd like to offer you the [apartment|unit|room] at {home}. Rent is {rent}/month as discussed, first month + deposit due at signing. [Can you come by {day} to sign the lease?|I'll send the lease through DocuSign tonight.] [Let me know by Friday if you want it.|Please confirm by text or email.]
[rental application|Re: {home}|Quick question|before I decide] ## Thanks for your application for {home}. Before I decide, [could you send me your last two pay stubs and a reference from your current landlord?|I'd like to do a quick phone interview with you and your roommate.] [Would {day} at {time} work?|What time is good for a call?]
[Re: apartment|update|Re: the place on {home}] ## quick update on the [apartment|place] - [still reviewing applications, will let you know by the weekend|the other applicant fell through so it's yours if you still want it!|the owners accepted your offer of {rent}/mo]. [text me|call me] at ({n}1{n}) 555-01{n}{n}
""")
LANDLORD_QUOTE = "[|Hi, I'm very interested in the unit at {home}. I submitted my application this morning and can move in any time after the 1st. Thanks!|]"


@family("ng_landlord_personal", "not_job", n=28)
def landlord_personal(ctx: Ctx) -> Draft:
    x = {"home": _street(ctx), "rent": f"${ctx.num(12, 38) * 100:,}"}
    domain = ctx.pick(vocab.CANDIDATE_DOMAINS)
    who = (ctx.person, f"{ascii_word(ctx.person_first)}{ctx.num(1, 99)}@{domain}")
    sign = ctx.fill("[{pfirst}|{person}|- {pfirst}|{pfirst}\nSent from my iPhone]")
    quote = _fill(ctx, LANDLORD_QUOTE, x)
    return _mail(ctx, _stage(ctx, LANDLORD, x), who, 0.6, sign=sign, form="plain", quote=quote)


MORTGAGE = _table(r"""
[Your pre-approval letter is ready|You're pre-approved!|Pre-approval: next steps] ## Congratulations! Based on the information you provided, you've been pre-approved for a [30-year fixed|15-year fixed|5/1 ARM] mortgage up to {amt}. [Your pre-approval letter is attached and valid for 90 days.|Download your pre-approval letter from your dashboard to include with an offer on a home.]\n\n[When you find a home and your offer is accepted, upload the signed purchase agreement and we'll lock your rate.|Next step: make an offer! Your loan officer can update the letter for each offer you submit.]
[Loan application #{req}: documents needed|Action needed on your mortgage application|Conditions to clear] ## Your loan application is in underwriting. To keep things moving, please upload:\n- [Last two pay stubs|W-2s for the past two years]\n- [Two months of bank statements|A letter of explanation for a recent credit inquiry]\n- [Verification of employment form signed by your employer|Homeowners insurance quote]\n\n[Conditions must be cleared by {day} to meet your closing date.|Your closing date is {day}.]
[Clear to close!|Your loan has been approved|Final approval] ## Great news - your loan has received final approval and is clear to close. [Your Closing Disclosure will arrive within 24 hours; please review and e-sign it.|Your closing is scheduled for {day} at {time}.] Locked rate: {rate}.
[Update on your loan application|Your application decision|Important information about your request] ## Thank you for applying for a [home loan|home equity line of credit|refinance] with {lender}. Unfortunately, we are unable to approve your application [at this time|as submitted]. Principal reason(s): [debt-to-income ratio too high|insufficient length of employment|insufficient collateral|delinquent credit obligations].\n\n[A statement of adverse action will be mailed to you.|You may request the specific reasons within 60 days.]
[Your rate lock expires in 5 days|Rate lock confirmation|Rates dropped - lock today] ## Your rate of {rate} is locked through {day}. [If you need an extension, reply to this email and your loan officer will schedule a call.|Loan amount: {amt}.]
""")
LENDERS = _words(
    "Rocket Mortgage; Better; Guild Mortgage; Summit Bank Home Lending; Lakeshore Credit Union; loanDepot"
)
MORTGAGE_SIGN = "{person}\n[Senior Loan Officer|Mortgage Advisor|Loan Officer] | {lender}\nNMLS #{n}{n}{n}{n}{n}{n}"
MORTGAGE_FOOT = "Equal Housing Lender. This is not a commitment to lend. Programs, rates, terms and conditions are subject to change without notice."


@family("ng_mortgage_loan", "not_job", n=30)
def mortgage_loan(ctx: Ctx) -> Draft:
    lender = ctx.pick(LENDERS)
    x = {"lender": lender, "amt": f"${ctx.num(180, 890)},000"}
    x["rate"] = f"{ctx.num(5, 7)}.{ctx.num(0, 99):02d}%"
    name = ctx.pick([lender, f"{ctx.person} | {lender}"])
    who = (name, _addr(ctx, f"loans; no-reply; {ascii_word(ctx.person_first)}", lender))
    sign = _fill(ctx, MORTGAGE_SIGN, x) if ctx.chance(0.7) else ""
    foot = ctx.pick(["", MORTGAGE_FOOT])
    return _mail(ctx, _stage(ctx, MORTGAGE, x), who, 0.8, sign=sign, footer=foot)


CARD = _table(r"""
[Your application is approved!|Welcome to {card}|Congratulations, {first}! You're approved] ## [Great news - your application for the {card} card has been approved.|You're approved! Welcome to {card}.] Your credit limit is {limit}. [Your card will arrive in 7-10 business days.|Add your card to your digital wallet and start using it today.]\n\n[Earn a bonus of 60,000 points when you spend $4,000 in the first 3 months.|]
[We've received your application|Your {card} application is under review|Thanks for applying] ## Thanks for applying for the {card} card. [We need a little more time to review your application.|Your application is being reviewed and we'll let you know our decision within 7-10 days.] [You may be asked to verify your identity.|No action is needed from you right now.]\n\nApplication reference: {num}
[Important information about your application|An update on your credit card application|Your recent request] ## Thank you for your recent application for the {card} card. Unfortunately, we are unable to approve your request at this time. Our decision was based on [too many recent inquiries on your credit report|insufficient credit history|your current balances relative to your income|a recent delinquency].\n\n[We obtained information from Experian. The consumer reporting agency did not make this decision and cannot explain why it was made.|You have the right to a free copy of your credit report within 60 days.] [Your credit score: {n}{n}{n}.|]
[{first}, you're pre-approved for {card}|Pre-approved offer inside - respond by {day}|Your exclusive pre-approved offer] ## [Good news: you've|Great news - you've|Congratulations! You've] been pre-approved for the {card} card with [0% intro APR for 15 months|a {limit} credit line|no annual fee]. [Your offer code: PA-{req}.|Respond by {day} to accept this offer.] [Applying won't affect your credit score.|]\n\nPRESCREEN & OPT-OUT NOTICE: This "prescreened" offer of credit is based on information in your credit report indicating that you meet certain criteria. To opt out, call 1-888-5OPT-OUT.
""")
CARDS = _words(
    "Venture Rewards; Sapphire Preferred; Blue Cash Everyday; Freedom Flex; Quicksilver; Platinum; Summit Cash+ Visa"
)
ISSUERS = _words("Capital One; Chase; American Express; Discover; Summit Bank; Citi")


@family("ng_card_decision", "not_job", n=30)
def card_decision(ctx: Ctx) -> Draft:
    issuer = ctx.pick(ISSUERS)
    x = {"card": ctx.pick(CARDS), "limit": f"${ctx.num(8, 150) * 100:,}"}
    who = (issuer, _addr(ctx, "no-reply; alerts; offers; cards", issuer))
    foot = _unsub(ctx, issuer) if ctx.chance(0.6) else ""
    form = ctx.pick(["html", "alt", "plain"])
    return _mail(ctx, _stage(ctx, CARD, x), who, 0.5, 0.6, form=form, footer=foot)


ADMISSIONS = _table(r"""
[Application received - {prog}|{uni}: we received your application|Your application for {term}] ## Thank you for applying to the {prog} program at {uni} for {term}. [Your application is now complete and will be forwarded to the admissions committee.|We have received your application; our records show the following items are still missing: official transcripts, one letter of recommendation.] [You can track your status in the applicant portal.|Decisions are released on a rolling basis.]\n\n[Applicant ID: {num}|]
[Interview invitation - {prog} admissions|{uni} admissions interview|Next steps in your application] ## [Congratulations! The admissions committee has reviewed your application and would like to invite you to an interview.|Following a review of your file, you have been shortlisted for an admissions interview.] Interviews are [held on Zoom and last about 30 minutes|conducted by a faculty member and a current student]. [Please select a time slot by {day}.|Available dates: {day} and {day}.]\n\n[The interview is not a test of technical knowledge; we want to understand your motivation for the program.|]
[Your admission decision is available|Admission decision - {uni}|An update on your application to {uni}|Application status update] ## [A decision has been posted to your applicant portal. Please log in to view it.|Your admission decision for {term} is now available.]\n\n[Log in: https://apply.{slug}.example.edu/portal|]
[Congratulations! Offer of admission|Welcome to {uni}!|Your offer of admission to the {prog}] ## On behalf of the admissions committee, I am delighted to offer you admission to the {prog} at {uni}, beginning {term}. [You have also been awarded a merit scholarship of ${n},000 per year.|]\n\n[To accept your offer, submit your enrollment deposit by {day}.|Please accept or decline this offer in the portal by {day}.]
[Your application to {uni}|Admission decision|{term} admission decision] ## Thank you for your interest in {uni}. After careful review, [we regret to inform you that we are unable to offer you a place in the {prog} this year|the committee was unable to offer you admission]. [We received a record number of applications and the competition was exceptionally strong.|This decision does not reflect on your potential.] [We have placed you on the waitlist and will contact you if a position becomes available.|We wish you every success in your future studies.]
""")
ADMISSIONS_SIGN = "[Office of Graduate Admissions|Admissions Committee|{person}\nDirector of Admissions|Graduate School Admissions Office]\n{uni}"
TERMS = _words("Fall 2025; Spring 2026; Fall 2026; Autumn 2025")


@family("ng_university_admissions", "not_job", n=32)
def admissions(ctx: Ctx) -> Draft:
    uni = ctx.pick(SCHOOLS)
    x = {"prog": ctx.pick(PROGRAMS), "uni": uni, "slug": _slug(uni, 10), "term": ctx.pick(TERMS)}
    name = _fill(ctx, "[{uni} Admissions|Graduate Admissions|{uni}]", x)
    who = (name, f"{ctx.pick(['admissions', 'gradadmit', 'noreply'])}@{x['slug']}.example.edu")
    sign = _fill(ctx, ADMISSIONS_SIGN, x)
    return _mail(ctx, _stage(ctx, ADMISSIONS, x), who, 0.8, sign=sign)


VISA = _table(r"""
[Appointment confirmation - visa interview|Your visa appointment is scheduled|Interview appointment at {post}] ## Your appointment has been scheduled.\n\nApplicant: {first} {last}\nVisa category: [B1/B2|F-1|H-1B|O-1|Schengen C]\nLocation: {post}\nDate: {day}\nTime: {time}\n\n[Please arrive 15 minutes early with your passport, the DS-160 confirmation page and this letter.|Electronic devices are not permitted inside the building.|Applicants without a printed appointment letter will not be admitted to the interview.]
[Case status update: {case}|Your case was updated|Case status notification] ## [Case Was Received.|Case Was Approved.|Request for Evidence Was Sent.|Interview Was Scheduled.|Card Is Being Produced.] On {day}, we [received your Form I-765, Application for Employment Authorization|approved your Form I-131, Application for Travel Document|scheduled an interview for your Form I-485|mailed a request for additional evidence], Receipt Number {case}. [Follow the instructions in the notice.|If you move, you must notify us of your new address.]\n\n[Do not reply to this automated message.|]
[Your passport application status|Passport application: in process|Your passport is on its way] ## Your passport application [has been received and is in process|has been approved and your passport was mailed|requires additional information]. [Routine processing currently takes 6-8 weeks.|Tracking number: 9400{num}.|Please respond to the letter we mailed you within 90 days or your application may be denied.]
[Biometrics appointment|Book your biometrics appointment|Reminder: biometrics on {day}] ## [You must give your fingerprints and photo (biometrics) for your application.|This is a reminder of your biometric services appointment.] [Book an appointment within 30 days using the link in your account.|Bring this notice and a valid photo ID.] Application number: {case}
""")
VISA_FROM = "U.S. Citizenship and Immigration Services <uscis-notifications@uscis.example.gov>; Visa Appointment Service <no-reply@ustraveldocs.example.com>; VFS Global <donotreply@vfsglobal.example.com>; Passport Services <npic@passports.example.gov>; IRCC <no-reply@cic.example.gc.ca>"
POSTS = _words(
    "U.S. Embassy London; Consulate General Frankfurt; VFS Global Centre; Passport Office; Embassy of Canada; IRCC"
)
VISA_FOOT = "[|This is an automated message. Please do not reply.|Official government communication. We will never ask for payment by phone.]"


@family("ng_immigration_appointment", "not_job", n=30)
def immigration(ctx: Ctx) -> Draft:
    case = ctx.pick(["IOE", "EAC", "WAC", "MSC", "LIN"]) + str(ctx.num(10**9, 10**10))
    sb = _stage(ctx, VISA, {"case": case, "post": ctx.pick(POSTS)})
    return _mail(ctx, sb, _from(ctx, VISA_FROM), 0.4, footer=ctx.fill(VISA_FOOT))


GRANT = _table(r"""
[Application submitted: {prog}|We received your application|{prog} - confirmation] ## Thank you for submitting your application to the {prog}. [Our review panel will assess all proposals after the deadline on {day}.|Shortlisted applicants will be invited to a panel interview in [March|the spring|six weeks].] [Please do not reply to this email.|You can edit your submission until the call closes.]
[{prog}: decision|Outcome of your application|Your {prog} application] ## Thank you for applying to the {prog}. We received [over 1,200|more than 400|{n}00] applications this cycle and were only able to fund a small number. Unfortunately, your proposal was not selected for funding. [Reviewer comments are available in the portal.|We encourage you to apply again in the next round.|Please understand that we cannot provide individual feedback.]
[Congratulations - you've been awarded|Award offer: {prog}|You're a {prog} recipient!] ## We are thrilled to inform you that you have been selected as a recipient of the {prog}[ in the amount of ${n},000|]. [To accept the award, sign the grant agreement in the portal by {day}.|Next steps: complete the tax form (W-9) and confirm your bank details.|We'll announce this year's cohort on {day}; please keep the news confidential until then.]
[Finalist interview - {prog}|Invitation to interview: {prog}|You've been shortlisted] ## Congratulations! Your application for the {prog} has been shortlisted. The final stage is a [20-minute interview with the selection panel|short video interview] on {day}. [Please book a slot using the link below.|Reply with your availability.] {link}
""")
GRANTS = _words(
    "Open Source Sustainability Grant; Emerging Artists Fellowship; Graduate Research Fellowship; Community Innovation Fund; Global Leaders Scholarship; Women in Tech Scholarship; Climate Action Microgrant"
)
FUNDERS = _words(
    "The Alder Foundation; Compass Rose Foundation; Northfield Arts Council; The Harwell Trust; Open Code Fund"
)
GRANT_SIGN = "[Warm regards,|Sincerely,|Best wishes,]\n[The Grants Team|{person}, Program Officer|The Selection Committee]\n{fund}"


@family("ng_grant_fellowship", "not_job", n=30)
def grant_fellowship(ctx: Ctx) -> Draft:
    x = {"prog": ctx.pick(GRANTS), "fund": ctx.pick(FUNDERS)}
    name = _fill(ctx, "[{fund}|{prog} Team|Grants Team, {fund}]", x)
    who = (name, _addr(ctx, "grants; awards; fellowships; programs", x["fund"], "example.org"))
    sign = _fill(ctx, GRANT_SIGN, x)
    return _mail(ctx, _stage(ctx, GRANT, x), who, 0.8, sign=sign)


VOLUNTEER = _table(r"""
[Volunteer interview - next steps|Your volunteer application|Schedule your volunteer interview] ## Thank you for your interest in volunteering with {org}! We've reviewed your application for the {role} position and would like to schedule a [brief volunteer interview|30-minute phone interview|group information session]. [Please pick a time here: {link}|Are you available {day} at {time}?]\n\n[Volunteers must be 18+ and commit to 4 hours a month.|]
[Welcome aboard, volunteer!|You're accepted into our volunteer program|Orientation on {day}] ## Congratulations - you've been accepted as a {role} volunteer! [Next steps: complete the background check, the TB test, and orientation on {day}.|Your first shift is scheduled for {day}. Please sign up for additional shifts in VolunteerHub.] [Wear closed-toe shoes.|Your volunteer badge will be ready at the front desk.]
[Update on your volunteer application|Thank you for applying to volunteer|Volunteer position filled] ## Thank you for applying to be a {role} with {org}. Unfortunately, [all positions for this season have been filled|we have more applicants than open volunteer roles right now]. [We'll keep your application on file and reach out when a spot opens.|Please consider our one-day volunteer events instead.]
[Shift reminder|Volunteer schedule for next week|Your upcoming shift] ## Reminder: you're scheduled for [a {role} shift|your shift] on {day} from {time}. [If you can't make it, please release the shift in the app so someone else can take it.|Thank you for everything you do!]
""")
ORGS = _words(
    "St. Luke's Hospital Volunteer Services; Northfield Food Bank; Crisis Text Line; Big Brothers Big Sisters; Habitat for Humanity; Riverside Literacy Project; Parks Conservancy"
)
ROLES = _words(
    "patient escort; weekend pantry shift lead; crisis counselor; mentor; build-day volunteer; reading tutor; trail steward"
)
VOLUNTEER_SIGN = (
    "[With gratitude,|Thanks so much,|Warmly,]\n[{pfirst}|{person}], Volunteer Coordinator\n{org}"
)


@family("ng_volunteer_programme", "not_job", n=30)
def volunteer(ctx: Ctx) -> Draft:
    x = {"org": ctx.pick(ORGS), "role": ctx.pick(ROLES)}
    who = (x["org"], f"volunteer@{_slug(x['org'], 16)}.example.org")
    sign = _fill(ctx, VOLUNTEER_SIGN, x)
    return _mail(ctx, _stage(ctx, VOLUNTEER, x), who, 0.8, 0.3, sign=sign)


CLUB = _table(r"""
[Your membership application|Membership application received|Thanks for applying to {club}] ## Thank you for applying for membership at {club}. [Our membership committee meets monthly and will review your application at its next meeting.|Your application and sponsor letters have been received.] [As part of the process, applicants meet two committee members for an informal interview over coffee.|There is currently a waitlist of approximately {n} months.]
[Membership interview|Meet the membership committee|Invitation: new member interview] ## The membership committee would like to invite you [and your partner|] for an informal interview on {day} at {time} in the [clubhouse lounge|members' bar|front office]. [Dress code is smart casual.|It's a relaxed conversation so we can get to know you.] [Please confirm you can attend.|]
[Welcome to {club}!|Your membership has been approved|Application accepted] ## We're delighted to let you know your membership application has been accepted. [Your initiation fee and first month's dues will be charged on {day}.|Please sign the membership agreement and set up autopay in the member app.] [Your welcome offer: 3 free guest passes and a complimentary personal training session.|Orientation is on {day}.]
[Regarding your membership application|Membership update|{club} membership] ## Thank you for your interest in {club}. Unfortunately, [we are unable to offer membership at this time as the club is at capacity|the committee has not approved your application this cycle]. [You're welcome to reapply in 12 months.|We've added you to the waitlist.]
[Your exclusive offer: join for $0|Last chance: founding member offer|Your offer expires soon] ## [Come back to {club}!|Ready to start?] [Join this week and pay no enrollment fee.|Get your first month for $1.] [This offer expires {day}.|Offer valid for new members only.] [Claim my offer|Book a tour]: https://join.{slug}.example.com/offer
""")
CLUBS = _words(
    "Equinox Northfield; The Wharf Rowing Club; Fairway Hills Country Club; Soho Works; The Commons Coworking; Lakeshore Tennis Club; Summit Climbing Gym; The Arts Club"
)
CLUB_SIGN = "[Membership Committee|The {club} Team|{person}\nMembership Director|]"


@family("ng_club_membership", "not_job", n=28)
def club_membership(ctx: Ctx) -> Draft:
    club = ctx.pick(CLUBS)
    x = {"club": club, "slug": _slug(club, 12)}
    sb = _stage(ctx, CLUB, x)
    who = (
        _fill(ctx, "[{club}|{club} Membership|Membership Office]", x),
        f"membership@{x['slug']}.example.com",
    )
    bulk = 1.0 if "offer" in sb[0].lower() else 0.0
    return _mail(ctx, sb, who, 0.6, bulk, sign=_fill(ctx, CLUB_SIGN, x))


APPSTORE = _table(r"""
[Your submission was rejected|App Review: {app} {ver} rejected|We noticed an issue with your submission] ## Hello,\n\nWe reviewed your app submission for {app} version {ver} and found that it does not comply with the App Review Guidelines.\n\n[Guideline 4.3 - Design - Spam|Guideline 2.1 - Performance - App Completeness|Guideline 5.1.1 - Legal - Privacy - Data Collection|Guideline 3.1.1 - In-App Purchase]\n[Your app crashed on launch on iPad running iPadOS 17.|We were unable to sign in with the demo account provided.|Your app collects user data without a clear privacy policy.]\n\nNext steps: [Please revise your app and resubmit.|Reply in App Store Connect if you have questions.|You may appeal this decision.]
[The status of your app has changed to Ready for Sale|{app} {ver} is approved|Your submission was accepted] ## The status for the following app has changed to [Ready for Sale|Pending Developer Release|Approved].\nApp Name: {app}\nApp Version Number: {ver}\n\n[You can now release it in App Store Connect.|It may take up to 24 hours for your app to appear on the store.]
[Action required: {app} policy violation|Your update was rejected on Google Play|Issue found: Data safety section] ## After review, {app} ({ver}) has been rejected due to a policy violation. [Issue found: inaccurate Data safety declaration.|Issue found: Missing prominent disclosure for location access.|Issue found: Deceptive behavior.] [Your existing version remains available to users.|Please address the issue and submit a compliant update within 7 days.]
[Welcome to the Apple Developer Program|Your Apple Developer Program enrollment is complete] ## Your enrollment in the Apple Developer Program is complete. [Sign in to your account to get started.|Your membership renews annually.]
[Developer account application update|Your Apple Developer Program enrollment] ## [We're unable to continue with your enrollment at this time.|Your application to the developer program is under review; we may contact you to verify your identity.] [For assistance, contact developer support.|]
""")
APPS = _words(
    "Tally Budget; Pocket Trails; Snapnote; Fieldlog; Habitly; Cardstack; Mealplan Pro; Quiet Hours"
)
APPLE_FROM = "App Store Connect <no_reply@email.apple.com>; App Review <noreply@apple.example.com>; Apple Developer <developer@apple.example.com>"
GOOGLE_FROM = "Google Play Console <noreply-play-console@google.com>; Chrome Web Store <chromewebstore-noreply@google.com>"


@family("ng_app_store_review", "not_job", n=30)
def app_store(ctx: Ctx) -> Draft:
    x = {"app": ctx.pick(APPS), "ver": f"{ctx.num(1, 4)}.{ctx.num(0, 12)}.{ctx.num(0, 9)}"}
    sb = _stage(ctx, APPSTORE, x)
    google = "Google" in sb[0] or "Issue found" in sb[0] or "policy" in sb[0]
    who = _from(ctx, GOOGLE_FROM if google else APPLE_FROM)
    sign = ctx.pick(["", "The Google Play Team" if google else "Best regards,\nApp Review"])
    return _mail(ctx, sb, who, sign=sign, form=ctx.pick(["html", "alt"]))


CFP = _table(r"""
[{conf}: your proposal was not selected|{conf} CFP results|Update on your talk submission] ## Thank you for submitting "{talk}" to {conf}. We received [{n}00|over 600] proposals for [about 40|only 32] slots, and unfortunately we regret to inform you that your talk was not accepted this year. [This was an incredibly hard decision.|Many excellent talks could not be included.] [Reviewer feedback is below.|We'd love to see you at the conference - here's a 20% discount code for a ticket: CFP20.|Please consider submitting to our lightning talk track.]
[Congratulations! Your talk has been accepted to {conf}|{conf}: you're in!|Speaker acceptance - {conf}] ## We're excited to let you know that your proposal "{talk}" has been accepted for {conf}! [Please confirm your participation by {day}.|Next steps: confirm in Sessionize, upload a headshot and bio, and book travel.] [Speakers receive a free pass and [two nights of hotel|travel reimbursement up to $500].|Your session is scheduled for {day} at {time}.]
[{conf}: speaker schedule and next steps|Action needed: speaker agreement|Tech check for your session] ## Your session "{talk}" is scheduled for {day} at {time}[ in Room {n}|]. [Please sign the speaker agreement and upload your slides by {day}.|A 15-minute tech check is scheduled the day before.] [Reply if you need to reschedule.|]
[{conf} - waitlisted talk|Your talk is on the reserve list|{conf} proposal status] ## Your proposal "{talk}" has been placed on our reserve list. If a speaker cancels, we'll reach out by {day}. [Thanks for your patience!|]
""")
TALKS = _words(
    "Scaling Postgres Without Tears; What We Learned Rewriting Our Pipeline in Rust; Designing for Trust; Observability on a Budget; Testing ML Systems in Production; Accessible Forms, Finally"
)
CFP_SIGN = "[The {conf} Program Committee|{person}, Program Chair|The {conf} Team]"


@family("ng_cfp_decision", "not_job", n=30)
def cfp(ctx: Ctx) -> Draft:
    x = {"conf": ctx.pick(CONFS), "talk": ctx.pick(TALKS)}
    name = _fill(ctx, "[{conf} Program Committee|{conf}|{conf} Speakers]", x)
    who = (name, _addr(ctx, "speakers; cfp; program", x["conf"], "example.org"))
    return _mail(ctx, _stage(ctx, CFP, x), who, 0.8, sign=_fill(ctx, CFP_SIGN, x))


JOURNAL = _table(r"""
[Decision on Manuscript ID {ms}|{jr} - Decision on your submission|Your manuscript {ms}] ## Manuscript ID {ms}, entitled "[Robust estimation under label noise|A longitudinal study of developer onboarding|Graph methods for supply chain risk]", which you submitted to {jr}, has been reviewed. [The comments of the reviewers are included at the bottom of this letter.|]\n\n[I regret to inform you that, based on the reviewers' recommendations, your manuscript has been rejected for publication.|The reviewers have recommended major revisions. You are invited to revise and resubmit within 90 days.|I am pleased to inform you that your manuscript has been accepted for publication in {jr}.|Minor revisions are required before the manuscript can be accepted.]\n\nReviewer: 1\nComments to the Author\n[The contribution is unclear relative to prior work.|The experiments are thorough and the paper is well written.|The sample size is too small to support the conclusions.]
[{jr}: submission received|Manuscript {ms} submitted|Thank you for your submission] ## Thank you for submitting your manuscript to {jr}. Your manuscript ID is {ms}. [Please mention it in all future correspondence.|You can check the status by logging in to the submission site.] [The editor will assign reviewers shortly.|]
[Invitation to review for {jr}|Review request: {ms}|Reviewer invitation] ## In view of your expertise, I would be grateful if you would review manuscript {ms} for {jr}. [Please let me know whether you accept or decline this invitation within 7 days.|If you accept, the review is due within 21 days.]
""")
JOURNALS = _words(
    "Journal of Applied Statistics; IEEE Transactions on Software Engineering; PLOS Computational Biology; Empirical Software Engineering; Data Mining and Knowledge Discovery; Journal of Urban Health"
)
JOURNAL_FROM = "{jr} <onbehalfof@manuscriptcentral.example.com>; {jr} Editorial Office <em@editorialmanager.example.com>; ScholarOne Manuscripts <onbehalfof@manuscriptcentral.example.com>"
JOURNAL_SIGN = "[Sincerely,|Kind regards,|Best wishes,]\n[Prof.|Dr.] {person}\n[Editor-in-Chief|Associate Editor|Handling Editor], {jr}"


@family("ng_journal_decision", "not_job", n=28)
def journal(ctx: Ctx) -> Draft:
    x = {"jr": ctx.pick(JOURNALS)}
    initials = "".join(w[0] for w in x["jr"].split() if w[0].isupper())
    x["ms"] = f"{initials}-{ctx.pick(['2024', '2025'])}-{ctx.num(1000, 9999)}"
    subject, body = _stage(ctx, JOURNAL, x)
    body = ctx.fill("Dear [Dr. {last}|{first} {last}|Author|Professor {last}]:") + "\n\n" + body
    sign = _fill(ctx, JOURNAL_SIGN, x)
    return _mail(ctx, (subject, body), _from(ctx, JOURNAL_FROM, x), sign=sign, form="plain")


CLAIM = _table(r"""
[Your claim application has been received|Claim #{claim} submitted|We've got your claim] ## Thanks for submitting your [auto|home|renters|travel|pet] insurance claim. [Your claim number is {claim}.|Claim reference: {claim}.] [An adjuster will contact you within 2 business days to schedule an inspection.|Upload photos of the damage and any receipts to help us process your claim faster.]
[Claim {claim}: approved|Good news about your claim] ## Good news! Your claim has been approved. A payment of ${n}{n}{n}.00 will be deposited within 3-5 business days. [See the explanation of benefits in your account.|]
[Update on claim {claim}|Your claim decision] ## [Unfortunately, after review, your claim has been denied because the loss is not covered under your policy.|Your claim is partially approved; the deductible of $500 applies.] [You can appeal this decision within 60 days.|See the explanation of benefits in your account.|]
[Schedule your inspection|Adjuster appointment - claim {claim}|Next steps on your claim] ## Your adjuster, {person}, [would like to schedule an inspection|has availability] on {day} at {time}. [Please confirm or pick another time in the app.|Reply to this email to reschedule.]
[Your policy renewal offer|Renewal: new rate offer|Your quote is ready] ## [Your policy renews on {day}. Your new premium is ${n}{n}{n}.00 per 6 months.|Here's your personalized quote. This offer is valid for 30 days.] [Review your coverage in the app.|Questions? Talk to an agent.]
""")
INSURERS = _words(
    "Lemonade; State Farm; Meridian Insurance; Mapleleaf Insurance; Trupanion; Allianz Travel; GEICO"
)


@family("ng_insurance_claim", "not_job", n=30)
def insurance(ctx: Ctx) -> Draft:
    ins = ctx.pick(INSURERS)
    sb = _stage(ctx, CLAIM, {"claim": f"{ctx.pick(['CL', 'C-', ''])}{ctx.num(10**6, 10**8)}"})
    who = (ins, _addr(ctx, "claims; no-reply; service", ins))
    sign = _fill(
        ctx, "[{ins} Claims|The {ins} Team|{person}\nClaims Adjuster, {ins}|]", {"ins": ins}
    )
    foot = ctx.pick(["", "Please do not reply to this email.", _unsub(ctx, ins)])
    return _mail(ctx, sb, who, 0.6, sign=sign, footer=foot)


GOV = _table(r"""
[Your unemployment claim: weekly certification due|Reminder: certify for benefits|Action required: request your payment] ## [It's time to certify for the week ending {day}.|Your weekly certification is due.] [Remember to report your work search activities: you must contact at least 3 employers each week and keep a record of the date, employer name, position applied for and the result.|You must be able and available for work and actively seeking employment to receive benefits.] [Log in to your online account to request payment.|Failure to certify may delay your payments.]
[Notice of eligibility interview|Important: phone interview scheduled|Your benefits interview] ## [A phone interview has been scheduled to determine your eligibility for benefits.|We need to talk to you about your claim.]\n\nDate: {day}\nTime: {time}\n\n[A representative will call you at the number on file. If you miss the call, your benefits may be denied.|Have your pay stubs and separation notice ready.] [Issue: reason for separation from your last employer.|Issue: refusal of suitable work.|]
[Your application for benefits: decision|Notice of determination] ## Your application for [SNAP|Medicaid|housing assistance|unemployment insurance] has been [approved|denied]. [You will receive a notice in the mail explaining your benefit amount.|If you disagree with this decision, you have the right to appeal within 30 days.]
[Your SNAP application|Application received - food assistance] ## We received your application on {day}. An eligibility worker will contact you to schedule an interview within 10 days. [Missing the interview may delay your benefits.|]
[Reemployment services appointment|RESEA appointment scheduled|Mandatory workshop] ## You are required to attend a Reemployment Services and Eligibility Assessment (RESEA) on {day} at {time}. [A career counselor will review your work search log and help you build a reemployment plan.|Bring your resume and a list of the jobs you applied for.] [Failure to attend may result in a loss of benefits.|]
""")
GOV_FROM = "Department of Labor <noreply@dol.example.gov>; Employment Development Department <edd-noreply@edd.example.gov>; Unemployment Insurance <ui-notices@labor.example.gov>; Department of Human Services <benefits@dhs.example.gov>; Jobcentre Plus <noreply@dwp.example.gov.uk>"


@family("ng_gov_benefits", "not_job", n=32)
def gov_benefits(ctx: Ctx) -> Draft:
    foot = ctx.fill(
        "[|Do not reply to this message. This mailbox is not monitored.|Claimant ID: {num}]"
    )
    form = ctx.pick(["plain", "alt"])
    return _mail(ctx, _stage(ctx, GOV), _from(ctx, GOV_FROM), 0.5, footer=foot, form=form)


PETS_T = _table(r"""
[Your adoption application for {pet}|We received your application!|Application received - {pet}] ## Thank you for applying to adopt {pet}! [Our adoption counselors review every application carefully and will reach out within 3-5 days.|Because {pet} has had lots of interest, we're reviewing applications in the order received.] [Next step is a short phone interview and a reference check with your vet.|Please make sure your landlord has approved pets.]
[Meet and greet with {pet}?|Home visit - next steps|Good news about {pet}!] ## [Good news - your application looks great and we'd love to set up a meet and greet with {pet}!|We'd like to schedule a home visit before finalizing the adoption.] [Are you free {day} at {time}?|Please pick a time that works for the whole household.] [Bring your current dog if you have one.|]
[Adoption approved!|{pet} is going home!|Your application was approved] ## Congratulations, your adoption application has been approved! [{pet} can go home with you on {day}.|The adoption fee is ${n}5 and includes vaccines and microchip.] [Don't forget a crate and a collar!|]
[Update on {pet}|About your application|{pet} has been adopted] ## Thank you so much for your interest in {pet}. Unfortunately, [{pet} has already been adopted by another family|we've decided to go with an applicant with a fenced yard]. [Your application stays active for 90 days, so we'll let you know if another dog or cat might be a great match!|We hope you'll look at our other adoptable pets.]
""")
SHELTERS = _words(
    "Harbor Animal Rescue; Second Chance Pets; Paws & Whiskers; City Animal Shelter; Golden Retriever Rescue NW"
)


@family("ng_pet_adoption", "not_job", n=28)
def pet_adoption(ctx: Ctx) -> Draft:
    shelter = ctx.pick(SHELTERS)
    who = (shelter, _addr(ctx, "adopt; adoptions; info", shelter, "example.org"))
    sign = _fill(
        ctx,
        "[{pfirst}\nAdoption Counselor, {s}|The {s} Team|{pfirst} & the adoption team]",
        {"s": shelter},
    )
    sb = _stage(ctx, PETS_T, {"pet": ctx.pick(PETS)})
    return _mail(ctx, sb, who, 0.7, sign=sign, form=ctx.pick(["plain", "alt"]))
