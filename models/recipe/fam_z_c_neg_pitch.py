"""Hard negatives written as late-2026 mail: vendor pitches that ask for "15 minutes", the
reader asked to vouch for somebody else, and money mail that says "application", "offer",
"approved" or "declined" about a loan, a card or a policy.

Each reads like hiring mail on the surface (a call to book, a decision, a reference), which is
where the classifier still mistakes them for the reader's own job search.
"""

# ruff: noqa: E501

from __future__ import annotations

from kit import Calendar, Ctx, Draft, family
from zc_kit import ZC_N, addr_at, neg, personal, unsub

_VENDORS = (
    ("Quillstack", "quillstack.io", "AI note-taking for sales teams"),
    ("Ledgerly", "ledgerly.com", "spend management"),
    ("Patchbay", "patchbay.dev", "incident response automation"),
    ("Brindle CRM", "brindlecrm.com", "a CRM your reps will actually update"),
    ("Fernway", "fernway.ai", "AI agents for customer support"),
    ("Stacklane", "stacklane.io", "cloud cost monitoring"),
    ("Onboardly", "onboardly.app", "employee onboarding software"),
    ("Tallyhive", "tallyhive.com", "payroll for distributed teams"),
)


@family("zc_sales_quick_call", "not_job", n=ZC_N)
def sales_quick_call(ctx: Ctx) -> Draft:
    name, dom, what = ctx.pick(_VENDORS)
    paras = [
        ctx.para(
            f"[Saw that|Noticed] {{co}} [is hiring across the team|just opened a new office in {{city}}|raised a round this year] - congrats. I lead partnerships at {name}; we do {what}.",
            f"I'll keep this short. {name} helps teams like yours with {what}, and [three of your competitors|a lot of companies your size|teams in {{city}}] moved over this quarter.",
            f"Reaching out because you [liked a post about|commented on a thread about|follow a few people who write about] {what}. We built {name} for exactly that.",
        ),
        ctx.para(
            "Would you be open to a quick call [next week|this Thursday|on {day}]? [15 minutes, tops.|20 minutes, no slides.|I promise it's not a pitch deck marathon.]",
            "Worth a 15-minute conversation? If you're not the right person, who should I talk to?",
            "Do you have 15 minutes [next week|on {day}] to see if it's a fit? [Here's my calendar: https://cal.com/|Grab any slot: https://calendly.com/]"
            + addr_at(ctx, dom).split("@")[0],
        ),
        ctx.maybe(
            ctx.fill(
                "[P.S. We're offering a free pilot through the end of the quarter.|PS - happy to send a 2-minute Loom instead if that's easier.|PS: not interested? Just reply 'no' and I'll stop.]"
            ),
            0.6,
        ),
    ]
    role = ctx.pick(
        [
            "Account Executive",
            "Partnerships Lead",
            "Founder",
            "Sales Development Rep",
            "Head of Growth",
        ]
    )
    return neg(
        ctx,
        [
            "Quick call?",
            "15 minutes next week?",
            "{first}, quick question",
            f"{name} <> {{co}}",
            "Worth a chat?",
            "Idea for your team",
            "Re: quick call?",
        ],
        paras,
        (ctx.person, addr_at(ctx, dom)),
        ctx.fill(f"[Best|Cheers|Thanks|Talk soon],\n{{pfirst}}\n{role}, {name}")
        + ctx.maybe(f"\n{dom}", 0.5),
        form=ctx.pick(["plain", "plain", "alt"]),
    )


@family("zc_sales_demo_bump", "not_job", n=ZC_N)
def sales_demo_bump(ctx: Ctx) -> Draft:
    name, dom, what = ctx.pick(_VENDORS)
    earlier = ctx.fill(
        f"Hi {{first}}, I'd love to show you how {name} handles {what}. Do you have 15 minutes for a demo on {{day}}?"
    )
    paras = [
        ctx.para(
            "Bumping this to the top of your inbox in case it got buried.",
            "Following up on my note below - [any thoughts?|did you get a chance to look?|is this on your radar for Q1?]",
            "I know end of year is hectic. Just circling back on the demo.",
            "Third time's the charm? :)",
        ),
        ctx.para(
            "I [held|penciled in] [Tuesday at 10|Thursday at 2|{day} at {time}] for a personalised demo - want me to send the invite?",
            "Our [2027 pricing|new AI assistant|SOC 2 report] just went live and I think it changes the math for you. Happy to walk you through it in 15 minutes.",
            "If timing is the issue, let me know when to check back and I'll get out of your hair.",
        ),
        ctx.fill(f"---------- Previous message ----------\n{earlier}") if ctx.chance(0.6) else "",
    ]
    return neg(
        ctx,
        [
            "Re: {first} - demo?",
            "Following up",
            "Re: 15 min next week",
            "Bumping this",
            f"Re: {name} demo",
            "Any thoughts?",
        ],
        paras,
        (ctx.person, addr_at(ctx, dom)),
        ctx.fill(
            f"[Best|Thanks|Cheers],\n{{person}}\n{name} | [Book a demo|Schedule time]: https://{dom}/demo"
        ),
        greet_p=0.7,
    )


@family("zc_sales_webinar", "not_job", n=ZC_N)
def sales_webinar(ctx: Ctx) -> Draft:
    name, dom, what = ctx.pick(_VENDORS)
    when = ctx.future(3, 20)
    paras = [
        ctx.para(
            f"You're invited: a live session on {what} with the {name} product team.",
            f"Join us on {{day}} for '[The 2027 playbook|Ship faster in 2027|What changed this year]: {what}', a 45-minute live demo with Q&A.",
        ),
        ctx.para(
            "What you'll learn:\n- How [top teams|fast-growing companies] cut [manual work|costs] by [30%|40%|half]\n- A live walkthrough of the new features\n- Your questions, answered live",
            "Spots are limited to [100|250|50] attendees. [Can't make it? Register anyway and we'll send the recording.|Every registrant gets the recording.]",
        ),
        ctx.para(
            f"[Save my seat|Register now|Reserve your spot]: https://{dom}/events/"
            + str(ctx.num(100, 999))
        ),
    ]
    return neg(
        ctx,
        [
            f"[Live demo|Webinar]: {what}",
            "You're invited, {first}",
            f"{name} live: save your seat",
            "Last chance to register",
            "Starting soon: your personalised demo",
        ],
        paras,
        (f"{name} Events", f"events@{dom}"),
        f"The {name} team",
        greet_p=0.5,
        footer=unsub(
            ctx,
            name,
            f"{ctx.num(10, 999)} Market Street, {ctx.pick(['San Francisco, CA', 'Austin, TX', 'New York, NY'])}",
        ),
        bulk=True,
        form=ctx.pick(["html", "alt"]),
        calendar=Calendar(f"{name} live demo", when, 45) if ctx.chance(0.3) else None,
    )


@family("zc_ref_for_colleague", "not_job", n=ZC_N)
def ref_for_colleague(ctx: Ctx) -> Draft:
    cand = ctx.pick(
        [
            "Marta Ilić",
            "Devin Osei",
            "Hana Kobayashi",
            "Ruben Castillo",
            "Fiona Byrne",
            "Yusuf Demir",
        ]
    )
    paras = [
        ctx.para(
            f"{cand} has applied for a [senior role|position|lead role] on my team at {{co}} and listed you as a reference. I understand you managed them [at your previous company|for about two years|on the payments project].",
            f"I'm [the hiring manager|a recruiter] at {{co}}. {cand} gave us your name as a referee - would you be willing to speak with me about your time working together?",
        ),
        ctx.para(
            "Would you have 15-20 minutes for a call [this week|on {day}|before Friday]? I'd ask about their strengths, how they handle pressure, and areas to grow.",
            "If a call is hard to fit in, I can send a short questionnaire instead - [five questions|six questions], ten minutes at most.",
        ),
        ctx.maybe(
            ctx.fill(
                "Everything you share stays confidential and is only used for this hiring decision."
            ),
            0.6,
        ),
    ]
    return neg(
        ctx,
        [
            f"Reference for {cand}",
            f"Reference request: {cand}",
            f"{cand} listed you as a reference",
            "Quick reference call?",
            f"Re: {cand} - reference",
        ],
        paras,
        (ctx.person, addr_at(ctx, ctx._co.domain)),
        ctx.fill(
            "[Many thanks|Thank you|Best],\n{person}\n[Engineering Manager|Head of Design|Recruiter|Director of Operations], {co}"
        ),
    )


@family("zc_ref_friend_asks", "not_job", n=ZC_N)
def ref_friend_asks(ctx: Ctx) -> Draft:
    paras = [
        ctx.para(
            "[Big favour to ask|Hope you're well!|Long time!] I'm in the final round for a [job|role] at [a fintech|a hospital group|a design agency|a climate startup] and they want [two|three] references. Would you be OK being one of them?",
            "So I've got an offer pending references (!!) and I was hoping I could put you down, since we worked together on [the migration|the Berlin launch|the rebrand].",
            "quick one - can I list you as a reference? recruiter says they'll email or call in the next few days",
        ),
        ctx.para(
            "They'll probably ask about [how I work with stakeholders|my leadership|the project we did together]. No pressure at all if you'd rather not.",
            "Their recruiter is called [Nadia|Tom|Grace] and will reach out from their work email. Totally fine to say no!",
            "I can send you my CV and the job description so you know what to expect.",
        ),
        ctx.maybe("Drinks on me either way :)", 0.5),
    ]
    sender = personal(ctx)
    return neg(
        ctx,
        [
            "Favour - reference?",
            "Could I list you as a reference?",
            "reference :)",
            "Re: catching up",
            "Quick favour",
        ],
        paras,
        sender,
        ctx.fill("[Thanks so much|Thank you!!|x|Cheers],\n{pfirst}")
        + ctx.maybe("\n\nSent from my iPhone", 0.3),
        greet_p=0.9,
        form="plain",
    )


_LENDERS = (
    ("Northmark Bank", "northmarkbank.com"),
    ("Crestline Credit Union", "crestlinecu.org"),
    ("Fairway Lending", "fairwaylending.com"),
    ("Oakridge Finance", "oakridgefinance.co.uk"),
    ("PayNest", "paynest.com"),
)


@family("zc_loan_decision", "not_job", n=ZC_N)
def loan_decision(ctx: Ctx) -> Draft:
    bank, dom = ctx.pick(_LENDERS)
    outcome = ctx.pick(["approved", "declined", "more"])
    ref = ctx.num(10**7, 10**8)
    first = ctx.pick(
        [
            f"Your application for a personal loan (reference {ref}) has been reviewed.",
            f"Thank you for applying for a{ctx.pick(['', 'n auto', ' home improvement'])} loan with {bank}.",
            f"We've finished reviewing your loan application {ref}.",
        ]
    )
    second = {
        "approved": ctx.para(
            "Good news: your application has been approved for [$12,500|$8,000|£15,000|$25,000] at [7.9%|9.4%|11.2%] APR over [36|48|60] months. Review and accept your offer in the app within [14|30] days.",
            "Congratulations - you're approved! Your loan offer is ready to sign in online banking. Funds are usually in your account within one business day of acceptance.",
        ),
        "declined": ctx.para(
            "Unfortunately we are unable to approve your application at this time. This decision was based in part on information from [Experian|Equifax|TransUnion]. You have the right to a free copy of your credit report within 60 days.",
            "After careful review, we're unable to offer you a loan right now. You can reapply after 90 days; improving your credit utilisation may help.",
        ),
        "more": ctx.para(
            "Before we can make a decision we need a few more documents: your two most recent payslips and a bank statement. Upload them in the app - your application stays open for 30 days.",
            "Your application is almost complete. Please verify your income so we can continue; it takes about five minutes.",
        ),
    }[outcome]
    return neg(
        ctx,
        {
            "approved": [
                "Your loan application is approved",
                "Good news about your application",
                "Your loan offer is ready",
            ],
            "declined": [
                "Update on your loan application",
                "Your application decision",
                "About your recent application",
            ],
            "more": [
                "Action needed: your loan application",
                "We need a few more details",
                "Complete your application",
            ],
        }[outcome],
        [
            first,
            second,
            ctx.maybe(
                "Questions? Call us on 1-800-555-0"
                + str(ctx.num(100, 199))
                + ", Monday to Saturday.",
                0.6,
            ),
        ],
        (bank, ctx.pick([f"no-reply@{dom}", f"alerts@{dom}", f"loans@{dom}"])),
        "Lending Services",
        footer=f"{bank} is an Equal Housing Lender. Member FDIC. Please do not reply to this email.",
        form=ctx.pick(["html", "alt", "alt"]),
    )


@family("zc_card_preapproved", "not_job", n=ZC_N)
def card_preapproved(ctx: Ctx) -> Draft:
    bank, dom = ctx.pick(_LENDERS)
    card = ctx.pick(["Voyager Rewards", "Cashback Plus", "Horizon Travel", "Everyday Platinum"])
    paras = [
        ctx.para(
            f"You're pre-approved for the {bank} {card} card, {{first}}. Apply in 60 seconds - it won't affect your credit score.",
            f"Your exclusive offer: earn [60,000|75,000|40,000] bonus points with the {card} card. This offer is reserved for you until {{day}}.",
            f"Thanks for applying for the {card} card. Your application has been received and is under review; most decisions take 7-10 business days.",
        ),
        ctx.para(
            "0% intro APR for [15|18|21] months on purchases. No annual fee the first year.",
            "Your offer code: "
            + str(ctx.num(100000, 999999))
            + ". [Apply now|Accept your offer|See your offer] before it expires.",
        ),
    ]
    return neg(
        ctx,
        [
            "{first}, you're pre-approved",
            f"Your {card} offer expires soon",
            "An offer selected for you",
            f"We received your {card} application",
            "Final reminder: your exclusive offer",
        ],
        paras,
        (bank, f"offers@{dom}"),
        "",
        greet_p=0.2,
        footer=unsub(ctx, bank, "PO Box " + str(ctx.num(1000, 9999)) + ", Wilmington, DE")
        + "\nSee terms for rates and fees. Subject to credit approval.",
        bulk=True,
        form="html",
    )


@family("zc_insurance_notice", "not_job", n=ZC_N)
def insurance_notice(ctx: Ctx) -> Draft:
    ins, dom = ctx.pick(
        [
            ("Harborline Insurance", "harborline.com"),
            ("Kinley Mutual", "kinleymutual.com"),
            ("Brightcover", "brightcover.co.uk"),
            ("Assura Vie", "assura-vie.example"),
        ]
    )
    kind = ctx.pick(["claim", "quote", "renewal", "underwriting"])
    para = {
        "claim": "Your claim "
        + str(ctx.num(10**6, 10**7))
        + " for [water damage|a cracked windscreen|lost luggage|the rear bumper] has been [approved|partially approved|declined]. [Payment of $"
        + str(ctx.num(300, 4000))
        + " will reach your account in 3-5 days.|The reasons are in the decision letter in your account.]",
        "quote": "Thanks for your application for [home|car|pet|travel|renters] insurance. Your personalised quote is ready: $"
        + str(ctx.num(12, 140))
        + " a month. [The offer is valid for 30 days.|Lock in this price today.]",
        "renewal": "Your [car|home] policy renews on {day}. [Your premium goes up by "
        + str(ctx.num(3, 18))
        + "% because of rising repair costs.|Good news: your premium stays the same.] No action needed if you're happy.",
        "underwriting": "Your life insurance application has moved to underwriting. [A nurse will call to book a short medical exam.|We may contact your doctor for records.] A decision usually takes 2-4 weeks.",
    }[kind]
    return neg(
        ctx,
        {
            "claim": ["Update on your claim", "Claim decision", "Your claim has been reviewed"],
            "quote": ["Your quote is ready", "Your application: next steps"],
            "renewal": ["Your renewal offer", "Your policy renews soon"],
            "underwriting": ["Your application status", "Application received - what happens next"],
        }[kind],
        [
            ctx.fill(para),
            ctx.fill(
                "[Manage your policy online or in the app.|Log in to view documents.|Questions? Chat with us 24/7.]"
            ),
        ],
        (ins, ctx.pick([f"noreply@{dom}", f"claims@{dom}", f"service@{dom}"])),
        ctx.fill(f"[Kind regards|Thank you],\n{ins} Customer Care"),
        footer=f"{ins} is authorised and regulated. Policy number {ctx.num(10**8, 10**9)}.",
    )


@family("zc_mortgage_broker", "not_job", n=ZC_N)
def mortgage_broker(ctx: Ctx) -> Draft:
    paras = [
        ctx.para(
            "Great news - the lender has approved your [mortgage in principle|agreement in principle|pre-approval] for up to [$640,000|£410,000|€380,000].",
            "Quick update on your mortgage application: the valuation came back fine and the underwriter has issued a formal offer.",
            "I'm afraid [Northmark|the first lender] declined the application because of the [self-employed income|short credit history]. Don't worry - I've already lined up two other lenders.",
        ),
        ctx.para(
            "Could we jump on a 15-minute call [tomorrow|on {day}] to go through the offer and the next steps with your solicitor?",
            "Next step: please sign the offer documents I've sent via DocuSign and send me your proof of deposit.",
            "I'll need your last three payslips and P60 again, as the lender wants fresh copies.",
        ),
    ]
    return neg(
        ctx,
        [
            "Your mortgage application",
            "Mortgage offer!",
            "Update: your application",
            "Re: mortgage - next steps",
            "Agreement in principle approved",
        ],
        paras,
        (
            ctx.person,
            addr_at(
                ctx, ctx.pick(["keymortgages.co.uk", "homewardbrokers.com", "brightkeyhome.com"])
            ),
        ),
        ctx.fill(
            "[Best|Kind regards],\n{person}\n[Mortgage Adviser|Senior Loan Officer|Mortgage Broker]\n[NMLS #|FCA No. ]"
        )
        + str(ctx.num(100000, 999999)),
        form=ctx.pick(["plain", "alt"]),
    )
