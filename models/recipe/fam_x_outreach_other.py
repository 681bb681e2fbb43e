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


_MAJORS = (
    "Computer Science",
    "Electrical Engineering",
    "Data Science",
    "Business Administration",
    "Mechanical Engineering",
    "Statistics",
    "Finance",
    "Nursing",
    "Design",
)
_FAIRS = (
    "Fall Engineering Career Fair",
    "Spring Career Expo",
    "STEM Career Fair",
    "Tech Talent Night",
    "Graduate Career Fair",
    "Business & Tech Career Fair",
)


@family("oo_campus_recruiting", "recruiter_outreach", n=30)
def campus_recruiting(ctx: Ctx) -> Draft:
    major = ctx.pick(_MAJORS)
    fair = ctx.pick(_FAIRS)
    via_handshake = ctx.chance(0.4)
    opener = ctx.para(
        "I'm on the University Recruiting team at {co}, and I noticed on your profile that you're studying "
        + major
        + " [and graduating next spring|and looking for a summer internship|with an interest in our industry].",
        "Your profile came up in our search for [students|recent grads] in "
        + major
        + ", and [your project experience|your coursework|your internship last summer] really stood out to us.",
        "We're visiting your campus [soon|this semester] and wanted to personally invite you to connect with {co}!",
    )
    event = ctx.para(
        "We'll be at the "
        + fair
        + " on {day} - stop by booth [#{n}{n}|{n}] to meet our [engineers|recruiters|team], ask questions, and learn about our {title} [openings|program].",
        "We're hosting [an info session|a virtual coffee chat|a resume review night|a tech talk with pizza] on {day} at {time}[ in the Student Union| on Zoom|]. Seats are limited, so RSVP here: {link}",
        "We'd love for you to apply to our {title} [role|program] for [summer 2025|2026 new grads|the upcoming cohort] - applications are open until {day}.",
    )
    extra = _opt(
        ctx,
        0.5,
        "[Bring a few copies of your resume!|No need to prepare anything - just come say hi.|Students from all years are welcome.]",
        "Our [intern class|new grad cohort] gets [mentorship, real projects and a return offer path|paid housing and a stipend|rotations across teams].",
        "Sponsorship [is|is not] available for this program.",
    )
    subject = ctx.para(
        "Meet {co} at the " + fair,
        "You're invited: {co} info session",
        "{first}, we'd love to meet you on campus",
        "Invitation to apply: {title}",
        "{co} is hiring " + major + " students",
        "Message from {co}",
    )
    body = _join(opener, event, extra)
    if via_handshake:
        body = (
            ctx.fill("{person} from {co} sent you a message:\n\n")
            + body
            + "\n\nReply on Handshake: https://app.joinhandshake.com/stu/conversations/"
            + str(ctx.num(10**6, 10**7))
        )
        return Draft(
            ctx.fill(
                "[New message from {co}|{person} from {co} sent you a message|{co} wants to meet you]"
            ),
            body,
            "Handshake",
            "messages@notifications.joinhandshake.com",
            greet=False,
            sign="",
            footer="You're receiving this because you are a Handshake student user. Manage email preferences.",
            bulk=True,
            form="alt",
        )
    name, addr = (
        ctx.fill("[University Recruiting|{co} Campus Recruiting|{co} Early Careers|{person}]"),
        ctx.fill("[campus|earlycareers|university]@{domain}"),
    )
    return Draft(
        subject,
        body,
        name,
        addr,
        sign=sign_person(
            ctx,
            ctx.pick(["University Recruiter", "Campus Recruiting Lead", "Early Careers Recruiter"]),
        ),
        bulk=ctx.chance(0.3),
    )


@family("oo_xing_de_nl", "recruiter_outreach", n=30)
def xing_de_nl(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    if ctx.chance(0.55):
        lang = "de"
        if ctx.chance(0.6):  # "Sie": the usual first contact
            hello = ctx.fill(
                "[Guten Tag {first} {last}|Hallo {first} {last}|Sehr geehrte/r {first} {last}|Hallo {first}],"
            )
            intro = ctx.para(
                "ich bin auf Ihr [Profil bei XING|LinkedIn-Profil|Profil] gestoßen und möchte Sie gerne auf eine spannende Position bei {co} aufmerksam machen.",
                "mein Name ist {person}, ich bin [Recruiterin|Recruiter|Talent Acquisition Partner] bei {co}. Ihr Werdegang hat mich sehr angesprochen, daher melde ich mich direkt bei Ihnen.",
                "wir kennen uns noch nicht - ich bin {person} aus dem Recruiting-Team von {co} und bin bei meiner Suche auf Ihr Profil gestoßen.",
            )
            ask = ctx.para(
                "Wären Sie grundsätzlich offen für einen Wechsel? Dann würde ich mich über ein kurzes, unverbindliches Telefonat freuen.",
                "Hätten Sie in den nächsten Tagen 15 Minuten Zeit für ein erstes Kennenlernen?",
                "Falls Sie Interesse haben, sende ich Ihnen gerne die vollständige Stellenbeschreibung zu.",
            )
        else:  # "du": startups and tech
            hello = ctx.fill("[Hi {first}|Hallo {first}|Hey {first}|Moin {first}],")
            intro = ctx.para(
                "entschuldige die direkte Nachricht - ich bin {pfirst} von {co} und suche aktuell Verstärkung für unser Team.",
                "ich bin über dein [GitHub|LinkedIn-Profil|XING-Profil] auf dich aufmerksam geworden und wollte mich kurz melden. Ich bin {pfirst}, [Recruiterin|Recruiter|Gründer] bei {co}.",
            )
            ask = ctx.para(
                "Hast du Lust, dich kurz auszutauschen? Schreib mir gerne, wann es dir passt.",
                "Wärst du offen für einen kurzen Call diese Woche? Ganz unverbindlich.",
                "Falls das spannend klingt, meld dich gern - sonst nichts für ungut!",
            )
        body = _join(
            hello,
            intro,
            ctx.para(
                "Wir suchen eine/n {title} (m/w/d)[ am Standort {city}| in {city} oder remote| - hybrid in {city}|]. [Unbefristet, 30 Urlaubstage, Gehalt bis {money}.|Die Stelle ist neu geschaffen.|Das Team besteht aus {n} Kolleg:innen.]",
                "Aktuell besetzen wir die Position {title} (w/m/d)[ in Vollzeit|] - [mit viel Gestaltungsspielraum|in einem wachsenden Team|mit flexiblen Arbeitszeiten].",
            ),
            ask,
            ctx.fill("[Viele Grüße|Beste Grüße|Mit freundlichen Grüßen|LG]\n{person}[\n{co}|]"),
        )
        subject = ctx.para(
            "Spannende Position als {title}",
            "Ihr Profil - {title} (m/w/d)",
            "Kurze Frage",
            "Neue Herausforderung?",
            "{co} sucht {title}",
            "Kontaktaufnahme",
        )
    else:
        lang = "nl"
        body = _join(
            ctx.fill("[Hoi {first}|Hallo {first}|Beste {first}|Goedemiddag {first}],"),
            ctx.para(
                "ik kwam je profiel tegen op LinkedIn en werd meteen enthousiast.",
                "mijn naam is {person}, recruiter bij {co}. We kennen elkaar nog niet, maar ik zag je ervaring en wilde je graag benaderen.",
                "ik ben {pfirst} van {co} en ik ben op zoek naar een {title} voor ons team[ in {city}|].",
            ),
            ctx.para(
                "Het gaat om een functie als {title}[ in {city}| (hybride)| (32-40 uur)|]. [Salaris tot {money}, plus een goede pensioenregeling.|Het team groeit hard dit jaar.|Je krijgt veel vrijheid en verantwoordelijkheid.]",
                "We zoeken een {title} die [het team komt versterken|mee wil bouwen aan ons platform]. [Vast contract na een jaar.|Inclusief leasebudget en thuiswerkvergoeding.]",
            ),
            ctx.para(
                "Sta je open voor een nieuwe uitdaging? Zullen we even bellen?",
                "Heb je deze week tijd voor een kort, vrijblijvend kennismakingsgesprek?",
                "Laat je me weten of je interesse hebt? Dan stuur ik je de vacaturetekst.",
            ),
            ctx.fill(
                "[Groet|Met vriendelijke groet|Groetjes|Hartelijke groet],\n{person}[\n{co}|]"
            ),
        )
        subject = ctx.para(
            "Nieuwe uitdaging als {title}?",
            "Vacature: {title}",
            "Even kennismaken?",
            "Jouw profiel",
            "Interessante functie bij {co}",
        )
    return Draft(
        subject, body, name, addr, greet=False, sign="", lang=lang, form=ctx.pick(["plain", "alt"])
    )


@family("oo_fr_es_approche", "recruiter_outreach", n=30)
def fr_es_approche(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["person", "person", "own"]))
    if ctx.chance(0.5):
        lang = "fr"
        body = _join(
            ctx.fill("[Bonjour {first}|Bonjour {first} {last}|Hello {first}],"),
            ctx.para(
                "Je me permets de vous contacter car votre profil a retenu toute mon attention.",
                "Je suis {person}, [chargée|chargé] de recrutement chez {co}. Nous ne nous connaissons pas, mais j'ai découvert votre parcours sur LinkedIn.",
                "Je travaille chez {co} et je recherche actuellement un(e) {title} pour [notre équipe|notre bureau de {city}|un poste clé].",
            ),
            ctx.para(
                "Il s'agit d'un poste de {title} en [CDI|CDD de 12 mois|freelance] basé à {city}[ avec 2 jours de télétravail|, full remote possible|]. [Rémunération : {money} selon profil.|Le poste est à pourvoir rapidement.]",
                "Nous renforçons notre équipe et cherchons un(e) {title} [confirmé(e)|senior|motivé(e)].",
            ),
            ctx.para(
                "Seriez-vous ouvert(e) à de nouvelles opportunités ? Si oui, seriez-vous disponible pour un échange téléphonique de 15 minutes ?",
                "Si le sujet vous intéresse, je serais ravi(e) d'en discuter lors d'un premier appel, sans engagement.",
                "N'hésitez pas à me répondre directement ici si vous souhaitez en savoir plus.",
            ),
            ctx.fill("[Bien à vous|Cordialement|Belle journée|Bien cordialement],\n{person}"),
        )
        subject = ctx.para(
            "Opportunité : {title}",
            "Votre profil",
            "Poste de {title} chez {co}",
            "Prise de contact",
            "Une opportunité qui pourrait vous intéresser",
        )
    else:
        lang = "es"
        body = _join(
            ctx.fill("[Hola {first}|Buenos días {first}|Estimado/a {first}],"),
            ctx.para(
                "¿qué tal? Soy {person}, [recruiter|responsable de selección|talent acquisition] en {co}. He visto tu perfil en LinkedIn y creo que encajarías muy bien en un puesto que tenemos abierto.",
                "te escribo porque tu perfil me ha llamado mucho la atención. Trabajo en {co} y estoy buscando un/a {title}.",
                "no nos conocemos, pero me he tomado la libertad de contactarte por tu experiencia como profesional del sector.",
            ),
            ctx.para(
                "Se trata de una posición de {title} en {city}[ (modalidad híbrida)| (100% remoto)|]. [Contrato indefinido y salario de {money}.|Incorporación inmediata.|Equipo joven y en pleno crecimiento.]",
                "Buscamos un/a {title} para [reforzar el equipo|liderar un nuevo proyecto] en {co}.",
            ),
            ctx.para(
                "¿Estarías abierto/a a escuchar nuevas oportunidades? Si te apetece, podemos tener una llamada de 15 minutos esta semana.",
                "Si te interesa, respóndeme y te paso la descripción completa del puesto.",
                "¿Te viene bien que hablemos por teléfono un momento?",
            ),
            ctx.fill("[Un saludo|Saludos|Muchas gracias|Un abrazo],\n{person}"),
        )
        subject = ctx.para(
            "Oportunidad: {title}",
            "Tu perfil",
            "Posición de {title} en {co}",
            "¿Hablamos?",
            "Oferta de empleo: {title}",
        )
    return Draft(
        subject, body, name, addr, greet=False, sign="", lang=lang, form=ctx.pick(["plain", "alt"])
    )


# ---- other job mail -----------------------------------------------------------------------------


@family("oo_references_ask", "other_job", n=30)
def references_ask(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    lead = ctx.para(
        "Thanks again for your time with the team[ last week| on {day}|]. As we move into the final stage for the {title} role, we'd like to speak with [two|three|a couple] of your professional references.",
        "Quick ask: could you send over [2|3] references? At least one should be someone who managed you directly.",
        "We're at the point in our process where we collect references. This is a standard step for every finalist and doesn't mean anything is wrong!",
        "Before we can finalize anything on our side, our policy is to complete reference checks for the {title} position.",
        "As part of the {co} hiring process, we ask every candidate at this stage for references - [ideally a former manager and a peer|a mix of managers and colleagues from the last five years].",
    )
    how = ctx.para(
        "For each person, please include:\n- Name\n- Title and company\n- How you worked together\n- Email and phone number",
        "Just reply with their names, emails and how you know them. [We'll always let you know before we reach out.|I'll contact them by email first to set up a 15-minute call.]",
        "Please enter them in the form here: LINKREF - it takes about five minutes.",
        "Name, relationship, email, phone - that's all I need. [Current employers are fine to leave out if you'd rather keep your search confidential.|Please don't include your current manager if that would be awkward.]",
    ).replace("LINKREF", ctx.url(ctx.pick(["forms.gle", "form.jotform.com", "tally.so"]), "r"))
    timing = _opt(
        ctx,
        0.6,
        "If you could send them by {day}, that would keep things moving.",
        "No huge rush, but the sooner the better[ - the hiring manager is keen to wrap up|].",
        "Let me know if you have any questions about this step!",
        "Any questions about the offer process can wait until after references - one step at a time!",
    )
    subject = ctx.para(
        "References",
        "Reference request - {title}",
        "Next step: references",
        "Quick ask",
        "Re: {title} - references",
        "Could you send references?",
    )
    body = _join(lead, how, timing)
    if ctx.chance(0.2):  # the one-line version a busy recruiter sends
        body = ctx.para(
            "Could you send me [2|3] references when you get a chance? [Ideally one former manager.|Names and emails are plenty.]",
            "last bit of admin on our side: references! [2-3 people, at least one manager.|can you send a couple by {day}?]",
            "One more thing for the {title} process - please send over [two|three] references (name, relationship, email). Thanks!",
        )
    return Draft(
        subject,
        body,
        name,
        addr,
        sign=sign_person(ctx) if ctx.chance(0.7) else ctx.fill("[{pfirst}|Thanks!\n{pfirst}]"),
        form=ctx.pick(["plain", "plain", "alt"]),
    )


_REF_TOOLS = (
    ("SkillSurvey Reference", "noreply@skillsurvey.com", "SkillSurvey"),
    ("Xref", "noreply@xref.com", "Xref"),
    ("Crosschq", "notifications@crosschq.com", "Crosschq"),
    ("Checkster", "no-reply@checkster.com", "Checkster"),
    ("Referoo", "noreply@referoo.com", "Referoo"),
)


@family("oo_reference_tool", "other_job", n=30)
def reference_tool(ctx: Ctx) -> Draft:
    tool, addr, short = ctx.rng.choice(_REF_TOOLS)
    link = ctx.url(addr.split("@")[1], "candidate")
    kind = ctx.num(0, 3)
    if kind == 0:
        body = ctx.fill(
            "{co} has asked you to provide references for the {title} position. [Please nominate|You'll need to add] [{n}|3|2] referees[, including at least one former supervisor|].\n\n"
            "Get started: "
            + link
            + "\n\n[This request expires in 5 days.|Please complete this by {day}.|It usually takes less than 10 minutes.]"
        )
        subject = ctx.para(
            "{co} has requested your references",
            "Action required: add your references",
            "Reference request from {co}",
            "Please provide your references",
        )
    elif kind == 1:
        done = ctx.num(0, 2)
        body = ctx.fill(
            f"[Reminder:|Friendly reminder -] {done} of your 3 references have completed their feedback for your {{co}} application. "
            "[You may want to give the others a nudge.|Consider adding another referee.|We've sent them a reminder too.]\n\nView status: "
            + link
        )
        subject = ctx.para(
            "Your references haven't responded yet",
            "Reference check status",
            "Reminder: references pending",
            "Reference update - {co}",
        )
    elif kind == 2:
        body = ctx.fill(
            "Good news! All of your references have responded and your reference check for {co} is complete. [The hiring team has been notified.|{co} will be in touch about next steps.|There's nothing else you need to do.]"
        )
        subject = ctx.para(
            "Your reference check is complete", "References complete", "All references received"
        )
    else:
        body = ctx.fill(
            "One of your referees ([{pfirst}|a referee]) could not be reached at the email address provided. Please [check the address|replace this referee] so your reference check for {co} can continue.\n\nUpdate referee: "
            + link
        )
        subject = ctx.para(
            "Action needed: referee email bounced",
            "Please update a referee",
            "Problem with a reference",
        )
    footer = ctx.fill(
        ctx.pick(
            [
                short
                + " is used by {co} to collect reference feedback. Your data is handled according to our Privacy Policy.",
                "Questions? Visit the "
                + short
                + " help centre. Please do not reply to this email.",
                "This email was sent by " + short + " on behalf of {co}. © " + short,
            ]
        )
    )
    return Draft(
        subject,
        body,
        tool,
        addr,
        sign=ctx.pick(["", "The " + short + " Team", "Thanks,\n" + short]),
        footer=footer,
        bulk=ctx.chance(0.4),
        form=ctx.pick(["html", "alt"]),
    )


_BG_VENDORS = (
    ("Checkr", "candidates@checkr.com"),
    ("HireRight", "donotreply@hireright.com"),
    ("Sterling", "notifications@sterlingcheck.com"),
    ("First Advantage", "noreply@fadv.com"),
    ("GoodHire", "support@goodhire.com"),
    ("Accurate Background", "noreply@accurate.com"),
)


@family("oo_background_vendor", "other_job", n=30)
def background_vendor(ctx: Ctx) -> Draft:
    vendor, addr = ctx.rng.choice(_BG_VENDORS)
    link = ctx.url(addr.split("@")[1], "apply")
    kind = ctx.num(0, 4)
    if kind == 0:
        body = ctx.fill(
            "{co} [has requested|would like] [a background check|a background screening|an employment screening] [as part of your application for|in connection with|as part of your conditional offer for] the {title} role. "
            "To get started, [please complete the consent and disclosure forms|enter your personal information and e-sign the authorization|fill out your screening profile].\n\n"
            "Start now: "
            + link
            + "\n\n[Most candidates finish in about 10 minutes.|You'll need your Social Security number and addresses from the last 7 years.|Please complete it within 3 business days to avoid delays.]"
        )
        subject = ctx.para(
            vendor + ": complete your background check for {co}",
            "Action required: background check",
            "{co} has requested a background check",
            "Please complete your screening",
            "Your background check with " + vendor,
        )
    elif kind == 1:
        body = ctx.fill(
            "We need a bit more information to continue the background check requested by {co}. [Please upload a copy of a government-issued photo ID.|We couldn't verify your education - please upload a copy of your diploma or transcript.|Please confirm the dates of your previous employment.|Please provide any previous names or aliases.]\n\nUpload here: "
            + link
        )
        subject = ctx.para(
            "Additional information needed",
            "Action needed on your background check",
            "We need more information from you",
            "Your screening is on hold",
        )
    elif kind == 2:
        body = ctx.fill(
            "Your background check [for {co}|requested by {co}|] is complete and the results have been shared with the employer. You can view a copy of your report at any time in the candidate portal: "
            + link
            + "\n\n[If you believe any information is inaccurate, you can file a dispute.|Status: Complete]"
        )
        subject = ctx.para(
            "Your background check is complete",
            "Report complete",
            "Status update: background check complete",
            "Your " + vendor + " report is ready",
        )
    elif kind == 3:
        body = ctx.fill(
            "{co} has requested a [drug screening|10-panel drug test|pre-employment drug test] as part of your [pre-employment screening|onboarding screening|screening]. Please visit a collection site within [48 hours|3 days] and bring your donor pass and a photo ID.\n\nFind a site and download your donor pass: "
            + link
        )
        subject = ctx.para(
            "Your drug test is scheduled - donor pass inside",
            "Action required: drug screening",
            "Complete your drug test for {co}",
        )
    else:
        body = ctx.fill(
            "Reminder: your background check for {co} is still waiting on you. [We haven't received your authorization yet.|Your invitation expires in 2 days.|You started but haven't finished.]\n\nContinue: "
            + link
        )
        subject = ctx.para(
            "Reminder: finish your background check",
            "Don't forget: " + vendor + " invitation",
            "Your background check is incomplete",
        )
    footer = ctx.pick(
        [
            "You have rights under the Fair Credit Reporting Act (FCRA). A summary of your rights is available at "
            + link,
            vendor + " is a consumer reporting agency. Please do not reply to this email.",
            "This message was sent on behalf of {co}. "
            + vendor
            + " does not make hiring decisions.",
            "",
        ]
    )
    return Draft(
        subject,
        body,
        vendor,
        addr,
        sign=ctx.pick(["", "Thank you,\nThe " + vendor + " Team", vendor + " Candidate Support"]),
        footer=ctx.fill(footer),
        bulk=ctx.chance(0.3),
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("oo_careers_account", "other_job", n=30)
def careers_account(ctx: Ctx) -> Draft:
    platform = ctx.pick(["workday", "icims", "taleo", "smartrecruiters", "own", "own"])
    name, addr = ats_sender(ctx, platform)
    site = ctx.fill(
        "[the {co} Careers site|{co}'s career portal|the {co} Candidate Home|{co} Jobs]"
    )
    code = "".join(str(ctx.num(0, 9)) for _ in range(ctx.pick([6, 6, 8])))
    kind = ctx.num(0, 3)
    if kind == 0:
        body = ctx.fill(
            "Your candidate account on "
            + site
            + " has been created. [Your username is your email address.|Username: {first}.{last}]\n\n"
            "[You can now sign in to track your applications, update your profile and set up job alerts.|Use this account to check the status of your applications at any time.]"
        )
        subject = ctx.para(
            "Your candidate account has been created",
            "Welcome to {co} Careers",
            "Account created",
            "{co}: account confirmation",
        )
    elif kind == 1:
        body = (
            ctx.fill(
                "We received a request to reset the password for your account on "
                + site
                + ". [Click the link below to choose a new password.|Use the link below to reset it.] [The link expires in 24 hours.|This link can only be used once.]\n\n"
            )
            + ctx.url(addr.split("@")[1], "reset")
            + ctx.fill(
                "\n\n[If you didn't request this, you can ignore this email.|Didn't ask for this? Your password won't change.]"
            )
        )
        subject = ctx.para(
            "Password reset request",
            "Reset your password",
            "{co} Careers - password reset",
            "Your password reset link",
        )
    elif kind == 2:
        body = ctx.fill(
            "[Your verification code is|Enter this code to verify your email:|Use the following one-time code to sign in to] "
            + site
            + "[:|]\n\n"
            + code
            + "\n\n[This code expires in 10 minutes.|For your security, do not share this code.|Never share this code with anyone - {co} recruiters will never ask for it.]"
        )
        subject = ctx.para(
            "Your verification code",
            "Verify your email address",
            code + " is your {co} verification code",
            "Sign-in code",
            "Confirm your email",
        )
    else:
        body = (
            ctx.fill(
                "Please verify your email address to finish setting up your account on "
                + site
                + ". [Until you verify, you won't be able to submit applications.|Verifying helps us keep your candidate profile secure.]\n\n"
            )
            + "Verify email: "
            + ctx.url(addr.split("@")[1], "verify")
        )
        subject = ctx.para(
            "Please verify your email",
            "Action required: confirm your account",
            "Activate your {co} candidate account",
        )
    footer = ctx.pick(
        [
            "This is an automated message. Please do not reply.",
            "This email was sent from an unmonitored mailbox. For help, visit the Candidate FAQ.",
            "Copyright {legal} - all rights reserved. Privacy Notice",
            "",
        ]
    )
    return Draft(
        subject,
        body,
        name,
        addr,
        sign=ctx.pick(["", "Thank you,\n" + name, "Regards,\nTalent Acquisition"]),
        footer=ctx.fill(footer),
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("oo_profile_selfid", "other_job", n=30)
def profile_selfid(ctx: Ctx) -> Draft:
    name, addr = ats_sender(
        ctx, ctx.pick(["workday", "greenhouse", "icims", "jobvite", "bamboohr", "own"])
    )
    link = ctx.url(addr.split("@")[1], "candidate")
    kind = ctx.num(0, 2)
    if kind == 0:
        body = _join(
            ctx.para(
                "Thank you for your interest in {co}. As a federal contractor, we invite all applicants to complete our Voluntary Self-Identification form.",
                "We're asking every applicant for the {title} role to complete a short, voluntary Equal Employment Opportunity (EEO) survey.",
                "Please take a moment to complete the voluntary self-identification questions (gender, race/ethnicity, veteran status and disability status) for your application.",
            ),
            ctx.para(
                "Completing this form is voluntary and [declining to answer will not affect your candidacy|your answers will not be shared with the hiring team|the information is kept confidential and separate from your application].",
                'You may select "I do not wish to answer" for any question.',
            ),
            "Complete the form: " + link,
            _opt(
                ctx,
                0.5,
                "{legal} is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status.",
                "Form CC-305 (Voluntary Self-Identification of Disability) is included in the survey.",
            ),
        )
        subject = ctx.para(
            "Voluntary self-identification",
            "Please complete: EEO survey",
            "Action requested: voluntary self-identification form",
            "Your application: one more (optional) step",
            "EEO information request - {title}",
        )
    elif kind == 1:
        missing = ctx.pick(
            [
                "your work history",
                "your education",
                "your desired salary",
                "your availability",
                "a phone number",
                "two screening questions",
            ]
        )
        body = (
            ctx.fill(
                "Your candidate profile at {co} is [almost complete|{n}0% complete|missing a few details]. We noticed you haven't added "
                + missing
                + " yet. [Complete profiles help recruiters find you for future roles.|Please update your profile so the team can review your application.|This only takes a couple of minutes.]\n\n"
            )
            + "Update your profile: "
            + link
        )
        subject = ctx.para(
            "Complete your candidate profile",
            "Your profile is missing information",
            "Finish your profile",
            "Reminder: update your {co} profile",
        )
    else:
        body = (
            ctx.fill(
                "It looks like you started an application for {title} but didn't finish the [assessment questions|application questionnaire|document upload step|availability section]. Your progress has been saved - [pick up where you left off|continue whenever you're ready].\n\n"
            )
            + link
            + ctx.fill(
                "\n\n[Applications close on {day}.|Incomplete applications can't be reviewed.|]"
            )
        )
        subject = ctx.para(
            "You have an unfinished application",
            "Complete your application for {title}",
            "Don't forget to finish your application",
            "Still interested in {title}?",
        )
    return Draft(
        subject,
        body,
        name,
        addr,
        sign=ctx.pick(["", "Thank you,\nTalent Acquisition", "Regards,\nRecruiting Operations"]),
        bulk=ctx.chance(0.4),
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("oo_in_review_status", "other_job", n=30)
def in_review_status(ctx: Ctx) -> Draft:
    kind = ctx.num(0, 3)
    if kind == 0:  # a USAJOBS-like status system
        ann = f"{ctx.pick(['DE', 'MP', 'ST', 'VA'])}-{ctx.num(24, 26)}-{ctx.num(10000, 99999)}"
        status = ctx.pick(
            [
                "Reviewing Applications",
                "Received",
                "Application under review",
                "Referred to hiring official",
                "Eligible - minimum qualifications met",
            ]
        )
        body = ctx.fill(
            "Your application status has been updated.\n\nPosition: {title}\nAnnouncement number: "
            + ann
            + "\nAgency: [Department of Veterans Affairs|Department of the Interior|a federal agency|U.S. Department of Agriculture]\nNew status: "
            + status
            + "\n\n"
            "[Being referred means your application was sent to the hiring official for consideration; it does not mean you will be contacted for an interview.|No action is required at this time.|You can check the status of your application at any time by signing in.]"
        )
        subject = ctx.pick(
            [
                "Application status update",
                "Your application status has changed",
                "Status update: " + status,
            ]
        )
        return Draft(
            subject,
            body,
            "USA Hiring",
            "notification@usahire.example",
            greet=False,
            sign="",
            footer="This is an automated message. Please do not reply.",
            bulk=True,
            form="plain",
        )
    if kind == 1:
        name, addr = ats_sender(ctx, ctx.pick(["workday", "taleo", "icims", "smartrecruiters"]))
        body = ctx.fill(
            "[The status of your application for|Your application for] {title} (Job ID {req}) [has changed to|is now]: [In Review|Under Review|Screening|Hiring Manager Review].\n\n"
            "[No action is needed from you right now.|You can view the status at any time in your Candidate Home.|If your qualifications match the needs of the position, a member of the team will contact you.]"
        )
        subject = ctx.para(
            "Status update: In Review",
            "Application status update - {title}",
            "Your application status has changed",
            "Update on your application",
        )
        return Draft(
            subject,
            body,
            name,
            addr,
            sign=ctx.pick(["", "Talent Acquisition"]),
            form=ctx.pick(["html", "alt"]),
        )
    name, addr = ats_sender(ctx, ctx.pick(["person", "own"]))
    body = _join(
        ctx.para(
            "I wanted to give you a quick update on the {title} role: your application is still under review and we haven't made any decisions yet.",
            "Just checking in so you don't think we've forgotten you! We received a lot of applications for {title} and we're still working through them.",
            "Thanks for your patience. The hiring manager has been [travelling|out of office|busy with quarter-end], so reviews for {title} are running [about a week|a little] behind.",
            "You're still very much in consideration. We're interviewing a handful of candidates over the next two weeks and will update everyone once that first round is done.",
            "Your application has been forwarded to the [department|unit|hiring] manager for review. [They typically respond within 10 business days.|You'll hear from us either way.]",
            "No news yet on {title}, sorry! Still in review - I'll ping you [as soon as I hear anything|by the end of next week].",
            "Status: still in review. [Nothing needed from you.|Hang tight!]",
        ),
        _opt(
            ctx,
            0.6,
            "I expect to have an update by {day}.",
            "Nothing needed from you in the meantime.",
            "Feel free to reach out if anything changes on your end, like another offer or timeline.",
            "Sorry this is taking longer than we'd hoped!",
        ),
    )
    subject = ctx.para(
        "Quick update",
        "Your application",
        "Update on {title}",
        "Still reviewing",
        "Re: {title} application",
        "Status of your application",
    )
    return Draft(
        subject,
        body,
        name,
        addr,
        sign=sign_person(ctx) if ctx.chance(0.6) else None,
        form=ctx.pick(["plain", "alt"]),
    )


@family("oo_withdrawal_confirm", "other_job", n=30)
def withdrawal_confirm(ctx: Ctx) -> Draft:
    if ctx.chance(0.5):
        name, addr = ats_sender(
            ctx, ctx.pick(["greenhouse", "lever", "workday", "icims", "ashby", "own"])
        )
        body = ctx.fill(
            ctx.pick(
                [
                    "This confirms that you have withdrawn your application for {title}[ (Req {req})|]. [You will no longer be considered for this position.|It has been removed from consideration.]\n\n",
                    "You've withdrawn your application for {title}. [We're sorry to see you go!|Thanks for letting us know.]\n\n",
                    "Your request to withdraw from the {title} position[ (Job ID {req})|] has been processed. [No further action is needed.|The hiring team has been notified.]\n\n",
                ]
            )
            + "[You can still apply to other open roles at {co} at any time.|If this was a mistake, please contact the recruiting team.|Your candidate profile remains active for future openings.]"
        )
        subject = ctx.para(
            "Application withdrawn",
            "Confirmation: you withdrew your application",
            "Withdrawal confirmation - {title}",
            "Your application has been withdrawn",
        )
        return Draft(subject, body, name, addr, form=ctx.pick(["html", "alt", "plain"]))
    name, addr = ats_sender(ctx, "person")
    reason, new_job = ctx.rng.choice(
        [
            ("I've accepted another offer", True),
            ("I've decided to stay in my current role", False),
            ("I feel the timing isn't right for me", False),
            ("I'm relocating", False),
            ("I've accepted a position elsewhere", True),
            ("I need to focus on a family matter right now", False),
        ]
    )
    quote = ctx.fill(
        "Hi {pfirst},\n\nThank you for [the opportunity|your time throughout the process]. After a lot of thought, "
        + reason
        + " and would like to withdraw my application for the {title} role. [I'm sorry for any inconvenience.|I really enjoyed meeting the team.]\n\nBest,\n{first}"
    )
    body = _join(
        ctx.para(
            "Thanks for letting me know, and congratulations[ on the new role|]!"
            if new_job
            else "Thanks for letting me know, I hope everything goes well.",
            "Totally understand - thanks for the heads up.",
            "Thank you for telling me directly, I really appreciate it.",
            "Sorry to hear it, but I completely get it.",
        ),
        ctx.para(
            "I've withdrawn your application[ in our system| on our side|] and cancelled the interview [on {day}|we had scheduled|with the team].",
            "I've let the hiring manager know and closed out your candidacy for the {title} role.",
            "I've marked you as withdrawn for {title}, so you won't get any more automated emails about it.",
        ),
        _opt(
            ctx,
            0.6,
            "If things change down the road, please don't hesitate to reach out - my door is always open.",
            "Best of luck with the next chapter!",
            "Would love to stay in touch for future roles at {co}.",
        ),
    )
    return Draft(
        ctx.fill("[Re: Withdrawing my application|Re: {title}|Re: Update|Re: Withdrawal]"),
        body,
        name,
        addr,
        sign=sign_person(ctx),
        quote=quote,
        form="plain",
    )


@family("oo_prehire_paperwork", "other_job", n=30)
def prehire_paperwork(ctx: Ctx) -> Draft:
    tool = ctx.pick(
        [
            "Workday",
            "BambooHR",
            "Rippling",
            "Gusto",
            "Sapling",
            "Personio",
            "the onboarding portal",
            "ADP",
        ]
    )
    start = ctx.day_phrase()
    uk = ctx.chance(0.3)
    if uk:
        tool = ctx.pick(["Personio", "HiBob", "Workday", "BambooHR", "our onboarding portal"])
    if uk:
        lead = ctx.para(
            "Ahead of your start date on "
            + start
            + ", we need to complete a right to work check. [Please send us your share code from the GOV.UK website|Please bring your original passport or BRP on your first morning|Please upload a clear scan of your passport to "
            + tool
            + "], so we can verify your eligibility to work in the UK.",
            "As part of our pre-employment checks for the {title} role, we are required by law to check your right to work before your first day ("
            + start
            + ").",
        )
        extra = ctx.para(
            "[We'll also need your P45 from your previous employer, or a completed starter checklist.|Please also complete the new starter form with your bank details and National Insurance number.|Your DBS check application link will follow separately.]",
        )
    else:
        lead = ctx.para(
            "Now that you've accepted your offer, there are a few things to take care of before your first day on "
            + start
            + ". Please log in to "
            + tool
            + " and complete your new hire tasks.",
            "Welcome aboard! Before you start on "
            + start
            + ", please complete Section 1 of Form I-9 in "
            + tool
            + " [no later than your first day of work|by end of day on your first day|as soon as possible].",
            "We're excited to have you join as {title}! Your pre-boarding checklist is ready in "
            + tool
            + ". [Most people finish it in about 20 minutes.|Please finish it at least 3 business days before "
            + start
            + ".]",
        )
        extra = ctx.para(
            "Tasks:\n- Form I-9 (Section 1)\n- W-4 and state tax forms\n- Direct deposit\n- Emergency contact\n- Handbook acknowledgement",
            "On your first day, please bring [original documents for your I-9 (for example a passport, or a driver's license and Social Security card)|your acceptable I-9 documents - see the list of acceptable documents in the portal]. [We use E-Verify.|{legal} participates in E-Verify.]",
            "[Your equipment will ship to your home address the week before you start.|Parking and building access details will follow.|You'll receive an invite for new hire orientation separately.]",
        )
    sender = ctx.pick(["onboarding", "peopleops", "hr", "newhire", "people"])
    return Draft(
        ctx.para(
            "Action required before your start date",
            "Your new hire paperwork",
            "Right to work check",
            "Pre-boarding: a few things before day one",
            "Complete your I-9",
            "Welcome to {co}! Next steps before you start",
            "Pre-employment checks",
        ),
        _join(lead, extra),
        ctx.fill("[People Operations|{co} Onboarding|HR Team|{co} People Team|{person}]"),
        ctx.fill(sender + "@{domain}"),
        sign=sign_person(
            ctx, ctx.pick(["Onboarding Specialist", "People Operations", "HR Coordinator"])
        )
        if ctx.chance(0.5)
        else None,
        form=ctx.pick(["plain", "alt", "html"]),
    )


@family("oo_document_request", "other_job", n=30)
def document_request(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["person", "person", "own"]))
    doc, short = ctx.rng.choice(
        [
            ("an official (or unofficial) copy of your transcripts", "Transcript"),
            ("a copy of your degree certificate", "Degree verification"),
            ("two or three writing samples", "Writing samples"),
            ("a link to your portfolio or a PDF of recent work", "Portfolio"),
            ("a copy of your current nursing license", "License"),
            ("proof of your work authorization", "Work authorization"),
            ("copies of the certifications listed on your resume", "Certifications"),
            ("your updated resume (the one we have seems to be an older version)", "Resume"),
        ]
    )
    body = _join(
        ctx.para(
            "To complete your file for the {title} position, we need " + doc + ".",
            "Thanks again for applying for {title}. Our records show we're still missing "
            + doc
            + ".",
            "Quick admin request: could you send me "
            + doc
            + "? It's required for all candidates [for this role|at this stage|in our regulated roles].",
            "The hiring committee for {title} has asked that every applicant provide "
            + doc
            + " [before applications are reviewed|to complete their application packet].",
        ),
        ctx.para(
            "You can reply to this email with the file attached, or upload it in your candidate profile.",
            "Please upload it here: " + ctx.url(addr.split("@")[1], "documents") + "[ by {day}|]",
            "[PDF format preferred.|Scans or phone photos are fine.|Please redact your Social Security number if it appears.]",
        ),
        _opt(
            ctx,
            0.4,
            "[This doesn't change anything about where you are in the process - it's purely administrative.|Let me know if you have trouble getting it in time.|Thanks for your patience with the paperwork!]",
        ),
    )
    return Draft(
        ctx.para(
            "Documents needed for your application",
            "Missing document: {title}",
            "Quick admin request",
            short + " request",
            short + " needed - {title}",
            "Re: your application",
            "Action needed: upload documents",
        ),
        body,
        name,
        addr,
        form=ctx.pick(["plain", "alt"]),
    )


@family("oo_posting_changed", "other_job", n=30)
def posting_changed(ctx: Ctx) -> Draft:
    kind = ctx.num(0, 3)
    if kind == 0:
        name, addr = ats_sender(ctx, "linkedin")
        body = ctx.fill(
            "A job you applied to is no longer accepting applications.\n\n{title}\n{co} · {city}\nApplied [{n} days ago|{n} weeks ago|on LinkedIn]\n\n"
            "[This means the employer has stopped accepting new applicants; your application may still be reviewed.|The employer can still view your application.]\n\nSee similar jobs: https://www.linkedin.com/jobs/"
        )
        return Draft(
            ctx.para(
                "{title} at {co} is no longer accepting applications",
                "An update on a job you applied to",
                "Update on your application to {co}",
            ),
            body,
            name,
            addr,
            greet=False,
            sign="",
            bulk=True,
            footer="You are receiving Job application update emails. Unsubscribe",
            form="html",
        )
    name, addr = ats_sender(
        ctx, ctx.pick(["greenhouse", "workable", "smartrecruiters", "own", "person"])
    )
    if kind == 1:
        change = ctx.para(
            "the location for this role has changed to [{city}|hybrid (3 days in office)|fully remote]",
            "the job title has been updated to better reflect the scope (the responsibilities are the same)",
            "the posting was moved to a new requisition number ({req}) for internal reasons",
            "the salary range in the posting has been updated",
            "the start date has moved to [next quarter|early next year]",
        )
        body = (
            ctx.fill(
                "We wanted to let you know that the {title} posting you applied to has been updated: "
            )
            + change
            + ctx.fill(
                ". [Your application has been carried over automatically - no action needed.|You don't need to reapply.|If this changes your interest, just let us know.]"
            )
        )
        subject = ctx.para(
            "The job you applied to was updated",
            "Update to the {title} posting",
            "Posting change: {title}",
            "A change to the role you applied for",
        )
    elif kind == 2:
        body = ctx.fill(
            "The {title} role is [temporarily on hold|paused while we finalize budget|on hold until the new team lead starts]. Your application is still active[ and we'll pick it back up as soon as hiring resumes|] - [you don't need to do anything|it won't be withdrawn].\n\n"
            "[We expect an update within 4-6 weeks.|I'll reach out as soon as I know more.|Sorry for the uncertainty!]"
        )
        subject = ctx.para(
            "Update: {title} on hold",
            "Hiring timeline update",
            "A quick update on timing",
            "Update on the {title} role",
        )
    else:
        body = ctx.fill(
            "We've reposted the {title} position to reach a wider pool of candidates. [You're already in our system|Your existing application still counts], so please don't apply again - [duplicate applications may slow things down|we have everything we need from you]."
        )
        subject = ctx.para(
            "You don't need to reapply",
            "About the reposted {title} job",
            "Note about the {title} posting",
        )
    return Draft(subject, body, name, addr, form=ctx.pick(["plain", "alt", "html"]))


@family("oo_interview_survey", "other_job", n=30)
def interview_survey(ctx: Ctx) -> Draft:
    # Only the chosen sender is filled, so the employer is marked as named only when it is.
    name_t, addr_t = ctx.rng.choice(
        [
            ("{co} Recruiting", "noreply@qemailserver.com"),
            ("{co} Candidate Experience", "candidate-experience@{domain}"),
            ("{co} via Survale", "survey@survale.com"),
            ("{co} Talent", "no-reply@greenhouse.io"),
            ("Candidate Survey", "surveys@{domain}"),
        ]
    )
    name, addr = ctx.fill(name_t), ctx.fill(addr_t)
    link = ctx.url(addr.split("@")[1], "survey")
    stem = ctx.para(
        "Thank you for interviewing with us for the {title} position. We'd love to hear about your experience - [good or bad|honestly].",
        "How was your interview experience with {co}? Your feedback helps us improve how we interview.",
        "You recently [interviewed|spoke with our team] at {co}. Would you take 2 minutes to rate your candidate experience?",
        "We're always trying to make our hiring process better, and you're one of the people who can tell us how we're doing.",
    )
    scale = ctx.para(
        "On a scale of 0-10, how likely are you to recommend applying to {co} to a friend?\n\n0  1  2  3  4  5  6  7  8  9  10",
        "Rate your interview: " + link,
        "Take the survey ([3|4|5] questions): " + link,
        "[Were your interviewers prepared?|Did you get enough information about the role?|How would you rate the scheduling process?] Tell us here: "
        + link,
    )
    note = ctx.para(
        "Your responses are anonymous and will not affect your candidacy in any way.",
        "[This survey is confidential and is not shared with the hiring team.|Responses are reviewed in aggregate by our Talent Operations team.]",
        "This is separate from any decision about your application.",
    )
    return Draft(
        ctx.para(
            "How was your interview?",
            "Tell us about your interview experience",
            "Your feedback on interviewing at {co}",
            "Quick survey: your candidate experience",
            "2 minutes? Rate your interview",
            "We value your feedback",
        ),
        _join(stem, scale, note),
        name,
        addr,
        sign=ctx.pick(["", "Thank you!", "Thanks,\nTalent Operations"]),
        bulk=ctx.chance(0.5),
        footer=ctx.pick(
            [
                "",
                "Powered by Qualtrics",
                "Unsubscribe from surveys",
                "Please do not reply to this email.",
            ]
        ),
        form=ctx.pick(["html", "alt"]),
    )
