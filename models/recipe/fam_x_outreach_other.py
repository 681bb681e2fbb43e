"""Independent template families for the two "job, but no status move" categories.

``recruiter_outreach``: first contact about a role from someone who has NOT received an
application (in-house sourcers, agencies pasting whole job descriptions, LinkedIn InMail
notifications, founders, follow-up bumps, referral intros, campus recruiting, non-English
outreach). Many of them ask for "15 minutes to chat", as real sourcing mail does; the text
always makes the cold first contact plain.

``other_job``: mail about a candidacy that changes nothing (reference requests and reference
tools, background-check vendors, careers-site accounts, EEO forms, "still under review",
withdrawal confirmations, pre-hire paperwork, document requests, posting changes, interview
experience surveys). Many of these borrow "interview", "offer", "background" and "status".

Written from scratch (no phrase tables shared with the other ``fam_*`` modules) so that the
families stay independent styles when some are held out for evaluation.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

import vocab
from kit import Ctx, Draft, ascii_word, ats_sender, family, sign_person


def _opt(ctx: Ctx, p: float, *options: str) -> str:
    """One filled alternative with probability ``p``, else nothing (slots read only if used)."""
    return ctx.para(*options) if ctx.chance(p) else ""


def _join(*parts: str) -> str:
    return "\n\n".join(p for p in parts if p.strip())


def _agency(ctx: Ctx) -> tuple[str, str]:
    agency, domain = ctx.rng.choice(vocab.RECRUITING_AGENCIES)
    return agency, domain


def _range(ctx: Ctx) -> str:
    lo = ctx.num(60, 200)
    hi = lo + ctx.num(2, 8) * 10
    return ctx.pick(
        [f"${lo},000 - ${hi},000", f"${lo}k-${hi}k", f"{lo}-{hi}k", f"£{lo}k to £{hi}k"]
    )


def _other_name(ctx: Ctx) -> str:
    """A colleague or friend who is not the sender."""
    return ctx.pick([n for n in vocab.FIRST_NAMES if n != ctx.person_first])


def _lower_casual(ctx: Ctx, text: str) -> str:
    """Some people type in lower case; employer and role keep their spelling."""
    lowered = text.lower()
    for name in (ctx._co.name, ctx._title):
        lowered = lowered.replace(name.lower(), name)
    return lowered


# ---- recruiter outreach -------------------------------------------------------------------------


_SOURCING_FOOTERS = (
    "If you'd prefer not to hear from me again, just reply and let me know.",
    "Not interested? Let me know and I won't follow up.",
    "Sent with Gem - Unsubscribe from these emails: {link}",
    "You received this email because your public profile matches an open role at {co}. Unsubscribe",
    "P.S. If now isn't the right time, I completely understand - feel free to pass this along to anyone you think might be a fit.",
    "",
    "",
)


@family("oo_inhouse_cold_role", "recruiter_outreach", n=30)
def inhouse_cold_role(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    opener = ctx.para(
        "I came across your profile [on LinkedIn|on GitHub|while searching for people in {city}|after reading your blog post] and [wanted to reach out|thought I'd reach out directly|had to say hello].",
        "I lead recruiting for the [platform|data|product|clinical|operations] team at {co}, and your background [caught my eye|stood out|looks like a really strong match] for a role we just opened. We haven't spoken before, so a quick intro: I'm {person}.",
        "Reaching out cold, so apologies for the intrusion! I'm a [recruiter|talent partner|sourcer] at {co} and found your profile while [looking for|researching] [people|folks] with your [experience|skill set].",
        "Your name came up while I was looking for people with a background like yours - I'm hiring a {title} at {co}.",
        "I'm {person}, part of the talent team at {co}. We haven't met, but I've been [following your work|reading your posts] for a while.",
    )
    role = ctx.para(
        "We're hiring a {title} to join our [{city}|remote|hybrid] team. [It's a newly created position.|The team is growing from {n} to 12 this year.|This is a backfill for someone who was promoted.]",
        "The role is {title}[ (req {req})|]: [owning|leading|building] [our core platform|the next version of our product|a brand new function] with a lot of autonomy.",
        "We're looking for a {title} and, based on what I can see on your profile, [you'd be a great fit|your experience lines up really well]. [The hiring manager asked me to reach out personally.|I think you'd really enjoy the team.]",
        "[Right now|This quarter] we're building out our [engineering|go-to-market|research|care delivery] org, and one of the roles I'm hiring for is a {title}.",
    )
    comp = _opt(
        ctx,
        0.5,
        "The range is " + _range(ctx) + "[ plus equity| plus bonus| + full benefits].",
        "[Base|Salary] is [competitive|top of market|on the posting], [fully remote|hybrid two days a week|onsite in {city}].",
        "A few highlights: [4-day work week|unlimited PTO (that people actually take)|401k match], [visa sponsorship available|relocation support], and a [small|senior|very kind] team.",
    )
    ask = ctx.para(
        "Would you have 15 minutes [this week|next week|sometime soon] to [chat|hear more about it]? [No pressure at all if the timing isn't right.|Even if you're happy where you are, I'd love to connect.]",
        "Are you open to new opportunities right now? If so, [just reply here|grab a time here: {link}|send me a good number to reach you].",
        "If this sounds interesting, I'd love to [set up an intro call|tell you more]. If not, [no worries - feel free to ignore this|could you point me to someone who might be?]",
        "[Open to a quick chat?|Worth a conversation?] [Happy to share the full job description first.|I can send the JD over if helpful.]",
    )
    subject = ctx.para(
        "{title} at {co}",
        "Quick question",
        "{first}, open to a chat?",
        "Your background + {co}",
        "Hi from {co}",
        "Role on my team",
        "{title} opportunity",
        "Exploring something new?",
        "{co} x {first}",
    )
    body = _join(opener, role, comp, ask)
    if ctx.chance(0.25):
        body = _lower_casual(ctx, body)
    return Draft(
        subject,
        body,
        name,
        addr,
        sign=sign_person(
            ctx,
            ctx.pick(["Senior Technical Sourcer", "Talent Partner", "Recruiter", "Lead Recruiter"]),
        ),
        footer=ctx.fill(ctx.pick(_SOURCING_FOOTERS)),
        form=ctx.pick(["plain", "alt", "alt", "html"]),
    )


_JD_DUTIES = (
    "Design, build and maintain [scalable|reliable|secure] [services|pipelines|systems]",
    "Collaborate with cross-functional teams to deliver [features|projects] on time",
    "Participate in code reviews and [mentor junior engineers|share best practices]",
    "Troubleshoot production issues and drive root-cause analysis",
    "Own [stakeholder communication|status reporting] for [a portfolio of clients|key accounts]",
    "Work closely with [product owners|business users|clinical staff] to gather requirements",
    "Prepare documentation and [weekly reports|SOPs]",
    "Support [month-end close|audits|regulatory submissions] as needed",
)
_JD_SKILLS = (
    "[3|5|7|8]+ years of relevant experience",
    "Strong communication skills (written and verbal)",
    "Experience with [AWS|Azure|GCP] and [Docker|Kubernetes|Terraform]",
    "Hands-on experience with [Python|Java|.NET|SQL|SAP|Salesforce|Epic]",
    "Bachelor's degree in a related field or equivalent experience",
    "[Banking|Healthcare|Retail|Insurance] domain experience is a plus",
    "Must be able to work [EST|PST|CET] hours",
    "[Active license required|Certification preferred|Security clearance is a plus]",
)


@family("oo_agency_jd_paste", "recruiter_outreach", n=30)
def agency_jd_paste(ctx: Ctx) -> Draft:
    agency, domain = _agency(ctx)
    first = ascii_word(ctx.person_first)
    addr = ctx.pick(
        [
            f"{first}@{domain}",
            f"{first}.{ascii_word(ctx.person_last)}@{domain}",
            f"{first[0]}{ascii_word(ctx.person_last)}@{domain}",
        ]
    )
    contract = ctx.chance(0.6)
    intro = ctx.para(
        "Hope you are doing well. This is {person} from "
        + agency
        + ". I came across your [resume|profile] on [Dice|Monster|LinkedIn|our database|a job board] and wanted to check if you are open to new opportunities.",
        "Greetings! I am a [Technical Recruiter|Senior Recruiter|Talent Acquisition Specialist] with "
        + agency
        + ". We have an [urgent|immediate|excellent] requirement with one of our [direct clients|clients] and your profile seems to be a [good|great|strong] match.",
        "Are you open to new opportunities? I'm recruiting for a {title} [role|position] [for a client|on behalf of a client] of ours and your background looks like a close fit. Please review the JD below and let me know.",
        "My name is {person}, I'm a consultant at "
        + agency
        + " specialising in [tech|finance|healthcare|engineering] roles. I found your details online and think the [role|position] below could be of interest.",
    )
    client = ctx.para(
        "[Confidential|A Fortune 500 [bank|retailer|insurer]|A leading [fintech|healthcare provider|SaaS company]|Our direct client]",
        "{co}",
    )
    if contract:
        rate = f"${ctx.num(35, 95)}/hr " + ctx.pick(
            ["on W2", "on C2C", "W2 or C2C", "1099", "(all-inclusive)"]
        )
        terms = ctx.fill(
            "Duration: [6|9|12|18] months[ (extension likely)| contract-to-hire|, possibility of conversion|]\nRate: "
            + rate
        )
    else:
        terms = ctx.fill(
            "Type: [Permanent|Full-time, direct hire]\nSalary: {money}[ + bonus| + equity| DOE|]"
        )
    duties = "\n".join("- " + ctx.fill(d) for d in ctx.rng.sample(_JD_DUTIES, ctx.num(3, 6)))
    skills = "\n".join(
        ctx.pick(["- ", "* ", "• "]) + ctx.fill(s)
        for s in ctx.rng.sample(_JD_SKILLS, ctx.num(3, 6))
    )
    jd = (
        ctx.fill(
            "[Job Title|Position|Role]: {title}\nLocation: {city}[ (Hybrid)| (Onsite)| (Remote)|]\nClient: "
        )
        + client
        + "\n"
        + terms
        + "\n\n"
        + ctx.pick(["Job Description:", "Responsibilities:", "What you'll do:"])
        + "\n"
        + duties
        + "\n\n"
        + ctx.pick(["Requirements:", "Must have:", "Skills:"])
        + "\n"
        + skills
    )
    ask = ctx.para(
        "If you are interested, please reply with your updated resume[ in Word format|], expected [rate|salary], [visa status|work authorization], current location and availability to interview.",
        "If this is of interest, kindly share your updated resume and a good time to [call|connect]. If not, I would appreciate any referrals - we offer a referral bonus!",
        "Let me know if you'd be open to a quick call to discuss. [The client is moving fast on this one.|Interviews with the client are being scheduled this week for shortlisted candidates.]",
    )
    sig = ctx.fill(
        "[Thanks & Regards|Regards|Best regards|Thanks],\n{person}\n[Technical Recruiter|Senior Recruiter|Account Manager|Lead Recruiter] | "
        + agency
        + "\n[Direct|Phone|Mobile]: ({n}{n}{n}) {n}{n}{n}-{n}{n}{n}{n}\nwww."
        + domain
    )
    footer = ctx.pick(
        [
            'Note: We respect your online privacy. If you are not interested in receiving our emails then please reply with a "REMOVE" in the subject line.',
            "This email and any attachments are confidential. If you received it in error, please notify the sender and delete it.",
            agency + " is an equal opportunity employer.",
            "",
        ]
    )
    subject = ctx.para(
        "[Contract|C2H|Urgent] {title} - [Remote|{city}]",
        "Immediate need: {title}",
        "Are you open to new opportunities?",
        "{title} role - {city}",
        "Job Opportunity - {title}",
        "Requirement: {title}[ - W2| - C2C|]",
        "Your profile - {title}",
    )
    return Draft(
        subject,
        _join(intro, jd, ask),
        ctx.person,
        addr,
        sign=sig,
        footer=footer,
        form=ctx.pick(["plain", "plain", "html"]),
    )


@family("oo_linkedin_message_notice", "recruiter_outreach", ats="linkedin", n=30)
def linkedin_message_notice(ctx: Ctx) -> Draft:
    headline = ctx.fill(
        "[Technical Recruiter|Talent Acquisition Partner|Senior Recruiter|Recruiting Lead|Head of Talent|Executive Recruiter] at {co}"
    )
    degree = ctx.pick(["2nd", "3rd+", "1st", "2nd"])
    snippet = ctx.para(
        "Hi {first}, I came across your profile and I'm hiring a {title} [on my team|at {co}]. Would you be open to a quick chat about it? We're",
        "Hello {first} - I hope this message finds you well! I'm reaching out because your experience really stands out for a {title} opening we have in {city}. The role",
        "Hi {first}! Are you open to new opportunities? I'm working on a {title} search and your background looks like a great",
        "{first}, I know you probably get a lot of these, but I genuinely think the {title} role at {co} could be interesting for you. We",
        "Hi {first}, thanks for connecting earlier! I wanted to share a role that I think matches your profile: {title},",
    ) + ctx.pick(["...", "…", " …"])
    thread = f"https://www.linkedin.com/messaging/thread/2-{ctx.num(10**9, 10**10)}/"
    layout = ctx.num(0, 2)
    if layout == 0:
        body = f"{ctx.person}\n{headline} · {degree}\n\n{snippet}\n\nView message: {thread}"
    elif layout == 1:
        body = (
            ctx.fill("You have a new InMail from {person}.\n\n")
            + f'{headline}\n\n"{snippet}"\n\n'
            + ctx.fill("[Reply|Respond] to {pfirst}: ")
            + thread
            + "\n\n"
            + ctx.pick(
                [
                    "Yes, interested · Not now · View profile",
                    "Reply · Not interested",
                    "Accept · Decline",
                ]
            )
        )
    else:
        body = (
            ctx.fill("[New message|1 new message] from {person}\n")
            + headline
            + "\n\n"
            + snippet
            + "\n\nSee full message "
            + thread
            + ctx.fill(
                "\n\nRecruiters see if you're open to work. [Update your preferences|Manage job seeking preferences]: https://www.linkedin.com/jobs/opentowork"
            )
        )
    footer = ctx.pick(
        [
            "This email was intended for {first} {last}. Learn why we included this.\nYou are receiving InMail notification emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe\n© LinkedIn Corporation",
            "You are receiving Messages from recruiters emails. Unsubscribe · Help\nLinkedIn and the LinkedIn logo are registered trademarks of LinkedIn.",
            "This is an automated message from LinkedIn about InMail. Manage your notifications in Settings.",
        ]
    )
    subject = ctx.para(
        "{pfirst} sent you a message",
        "{person} sent you a new message",
        "You have 1 new message",
        "New InMail: {title}",
        "{pfirst} from {co} wants to talk to you",
        "Message from {person} about an opportunity",
    )
    return Draft(
        subject,
        body,
        ctx.pick([ctx.person + " via LinkedIn", "LinkedIn", "LinkedIn Messages"]),
        ctx.pick(
            [
                "messages-noreply@linkedin.com",
                "inmail-hit-reply@linkedin.com",
                "hit-reply@linkedin.com",
            ]
        ),
        greet=False,
        sign="",
        footer=ctx.fill(footer),
        bulk=True,
        form=ctx.pick(["html", "alt", "alt"]),
    )


@family("oo_founder_personal", "recruiter_outreach", n=30)
def founder_personal(ctx: Ctx) -> Draft:
    addr = ascii_word(ctx.person_first) + "@" + ctx.domain
    role = ctx.pick(
        ["co-founder & CEO", "founder", "co-founder and CTO", "CEO", "CTO and co-founder"]
    )
    who = ctx.para(
        "I'm {pfirst}, "
        + role
        + " of {co}. We've never met - I found you through [your open-source work|a talk you gave|a friend's recommendation|your writing on the topic|your GitHub] and wanted to reach out personally.",
        "{pfirst} here, "
        + role
        + " at {co}. [Sorry for the cold email!|Cold email, I know.] I've been [reading your stuff|following your work] for a while.",
        "Quick intro: I started {co} [last year|in 2022|about 18 months ago] [with two friends from grad school|after a decade in the industry]. I'm writing to you directly because I don't think a recruiter could explain what we're doing properly.",
    )
    pitch = ctx.para(
        "We're a [small|{n}-person|12-person] team [building|working on] [tooling for hospitals|payments infra for marketplaces|a new kind of database|climate risk models|software for logistics teams]. We [just raised a seed round|closed our Series A last month|are profitable and growing], and we're looking for our [first|founding] {title}.",
        "We're hiring a {title} - [you'd be one of the first ten hires|employee #{n}|it's a founding role]. Meaningful equity, [real ownership|no bureaucracy], and a team that ships every day.",
        "I'm looking for someone to join us as our {title} and [help shape the company|build the function from scratch|grow with us]. [Base {money} + equity.|Salary range is flexible for the right person.]",
    )
    ask = ctx.para(
        "Would you be up for a [coffee|20-minute zoom|walk] sometime [next week|soon]? No formal process - just to see if there's mutual interest.",
        "Any interest in hearing more? Totally fine if not - [I'd still love your advice on who we should talk to|appreciate you reading this far].",
        "If you're even slightly curious, reply and I'll send over our deck.",
        "Open to a quick chat? You can grab time on my calendar here: {link}",
    )
    subject = ctx.para(
        "{co} <> {first}",
        "Founding {title}?",
        "coffee?",
        "From the founder of {co}",
        "Building something - want in?",
        "hi {first}",
        "{first} - quick note",
    )
    body = _join(who, pitch, ask)
    if ctx.chance(0.4):
        body = _lower_casual(ctx, body)
    sign = ctx.fill(
        ctx.pick(
            [
                "{pfirst}",
                "Cheers,\n{pfirst}",
                "Best,\n{person}\n" + role[0].upper() + role[1:] + ", {co}",
                "- {pfirst}\n{co} | [we're hiring|{domain}]",
                "thanks!\n{pfirst}\n\nSent from my iPhone",
            ]
        )
    )
    return Draft(
        subject,
        body,
        ctx.person,
        addr,
        greet=ctx.chance(0.7),
        sign=sign,
        form=ctx.pick(["plain", "plain", "alt"]),
    )


@family("oo_sourcer_bump", "recruiter_outreach", n=30)
def sourcer_bump(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["person", "person", "ashby"]))
    bump = ctx.para(
        "Bumping this up in case it got buried!",
        "Circling back on my note below - any interest in the {title} role?",
        "Just floating this to the top of your inbox. Still hiring for the {title} position and I think you'd be a great fit.",
        "Hi again! I know inboxes are busy, so I'm following up on my previous email about {co}.",
        "One last note from me: I'll assume the timing isn't right and won't keep emailing. If anything changes, my door is open - we'll likely have more {title} openings later this year.",
        "Did you get a chance to read my message below? Would love 15 minutes of your time[ this week|, whenever suits|].",
        "Following up since I didn't hear back - totally understand if you're heads down. [Happy to chat whenever.|Is there a better time to reconnect?]",
    )
    original = ctx.para(
        "Hi {first},\n\nI came across your profile and wanted to reach out about a {title} role at {co}. [Would you be open to a short call?|Let me know if you'd like to learn more.]",
        "Hi {first}, I'm {person} from {co}'s talent team. Your background in [infrastructure|design systems|analytics|sales|patient care] stood out when I was sourcing for our open {title} position. Any interest in a quick chat?",
        "{first} - we haven't met, but I'm hiring a {title} and your experience looks spot on. Are you open to hearing about new roles?",
    )
    when = (ctx.date.replace(day=1)).strftime("%a, %b %d, %Y")
    quote = "\n".join("> " + line for line in original.splitlines())
    sign = ctx.fill(
        ctx.pick(
            ["{pfirst}", "Thanks,\n{pfirst}", "Best,\n{person}", "Cheers,\n{pfirst}\n{co} Talent"]
        )
    )
    header = ctx.fill(
        f"[On {when}, {{person}} <{addr}> wrote:|-----Original Message-----\nFrom: {{person}}\nSent: {when}\nSubject: {{title}} at {{co}}|---------- Forwarded message ---------\nFrom: {{person}} <{addr}>\nDate: {when}]"
    )
    body = bump + "\n\n" + sign + "\n\n" + header + "\n" + quote
    subject = ctx.para(
        "Re: {title} at {co}",
        "Re: Quick question",
        "Following up",
        "Bumping this",
        "Re: Your background",
        "Re: Hi {first}",
        "Closing the loop",
    )
    return Draft(
        subject, body, name, addr, greet=ctx.chance(0.5), sign="", form=ctx.pick(["plain", "alt"])
    )


@family("oo_referral_intro", "recruiter_outreach", n=30)
def referral_intro(ctx: Ctx) -> Draft:
    friend = _other_name(ctx)
    if ctx.chance(0.35):  # the mutual contact introduces the two of them
        body = ctx.fill(
            "{first}, meet {person} - [they lead|{pfirst} leads|{pfirst} runs] hiring for the [data|platform|design|sales] team at {co}. They're looking for a {title} and you were the first person I thought of.\n\n"
            "{pfirst}, meet {first} - [we worked together at my last job|we were on the same team for three years|one of the best people I've worked with]. [I've already told {first} a bit about the role.|{first} isn't actively looking, but I think it's worth a conversation.]\n\n"
            "I'll let you two take it from here[ (moving myself to BCC)|]!"
        )
        sign = friend
        addr = f"{ascii_word(friend)}.{ctx.pick(['k', 'm', 'r', 'lee', 'w'])}@{ctx.pick(['gmail.com', 'outlook.com', 'icloud.com'])}"
        subject = ctx.para(
            "Intro: {first} <> {person} ({co})",
            "Intro - {first} / {pfirst}",
            "Connecting you two",
            "{first} <> {pfirst} ({title} role)",
        )
        return Draft(subject, body, friend, addr, greet=False, sign=sign, form="plain")
    name, addr = ats_sender(ctx, "person")
    opener = ctx.fill(
        ctx.pick(
            [
                "My colleague "
                + friend
                + " suggested I reach out - [you two worked together a few years back|you were on the same team at your previous company] and [they|"
                + friend
                + "] spoke very highly of you.",
                "I'm writing at the suggestion of "
                + friend
                + " on our [engineering|product|finance|nursing] team, who mentioned you might be open to hearing about new roles.",
                "Your name came up when I asked "
                + friend
                + " who the best [engineer|designer|analyst|person] they'd ever worked with was.",
                friend
                + " passed along your name (hope that's ok!) and said I should get in touch.",
            ]
        )
    )
    role = ctx.para(
        "I'm hiring a {title} at {co}[ in {city}|, remote-friendly|] and I'd love to tell you more about it.",
        "We have an open {title} role at {co} and, from what "
        + friend
        + " told me, it sounds right up your alley.",
        "We're growing the team at {co} and one of the open roles is {title}.",
    )
    ask = ctx.para(
        "Would you be open to an introductory conversation? [No commitment|Totally informal] - I'd just like to get to know you.",
        "Do you have 20 minutes next week? [Happy to work around your schedule.|Coffee's on me if you're in {city}.]",
        "If you're curious, reply with a couple of times that work for a first chat.",
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "FRIEND suggested I reach out",
                "Referred by FRIEND",
                "Intro via FRIEND",
                "{title} at {co} - FRIEND mentioned you",
                "Hello from {co}",
            ]
        )
    ).replace("FRIEND", friend)
    return Draft(
        subject,
        _join(opener, role, ask),
        name,
        addr,
        sign=sign_person(ctx),
        form=ctx.pick(["plain", "alt"]),
    )
