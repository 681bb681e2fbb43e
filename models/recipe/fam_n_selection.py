"""Hard negatives, session 9: being picked, or not, for something that is not a job.

An airline's upgrade bid, a marathon ballot, an open-source project's vote to make the reader
a committer, a forum's moderator applications, a gaming guild's trial, a fantasy league's trade
offers, a student society's recruitment rounds and a game show's casting: "your offer was not
accepted", "unsuccessful", "we'd like to offer you", "application", "trial", "next round",
"shortlisted", with nothing to do with the reader's own job search.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, family
from n_kit import NN_N, at, neg, private, service_footer, service_top


@family("nn_upgrade_bid", "not_job", n=NN_N)
def upgrade_bid(ctx: Ctx) -> Draft:
    brand, host = ctx.pick(
        [
            ("Aerolina", "aerolina.example"),
            ("NorthSky Airways", "northsky.example"),
            ("Coastline Air", "coastlineair.example"),
            ("Harbour Hotels", "harbourhotels.example"),
            ("Meridian Rail", "meridianrail.example"),
        ]
    )
    cabin = ctx.pick(
        ["Business Class", "Premium Economy", "First", "a suite", "Club Lounge access", "1st class"]
    )
    ref = "".join(ctx.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    outcome = ctx.pick(["won", "lost", "lost", "received"])
    para = {
        "won": f"Congratulations! Your offer for an upgrade to {cabin} on booking {ref} has been accepted. Your card ending {ctx.num(1000, 9999)} has been charged and your new boarding pass is in the app.",
        "lost": f"Thank you for your upgrade offer for booking {ref}. Unfortunately, your offer was not successful this time [as demand for {cabin} was high|and the cabin is now full|- other offers were higher]. You have not been charged.",
        "received": f"We've received your offer to upgrade to {cabin} on booking {ref}. You can change or cancel your offer until [72|48|24] hours before departure; we'll let you know the outcome by email.",
    }[outcome]
    more = ctx.pick(
        [
            "Bidding again on your return flight could still get you the upgrade.",
            "Your offer amount was ranked against other passengers' offers and the seats available.",
            "Remember you can still buy extra legroom seats in Manage Booking.",
            "",
        ]
    )
    return neg(
        ctx,
        [
            "Your upgrade offer: "
            + ("accepted" if outcome == "won" else "update" if outcome == "lost" else "received"),
            f"Booking {ref}: upgrade offer result",
            "Good news about your upgrade offer"
            if outcome == "won"
            else f"About your offer for {cabin}",
            f"{brand} Upgrade: your bid",
        ],
        [
            service_top(ctx, host),
            ctx.fill(para),
            more,
            ctx.fill(
                f"Flight/stay date: {{day}}. [Manage your booking|Check your offer] at {ctx.url(host, 'upgrade')}"
            ),
        ],
        (f"{brand}", ctx.pick([f"upgrades@{host}", f"noreply@{host}", f"offers@mail.{host}"])),
        ctx.pick(["Have a great trip,", "Kind regards,", "Thank you,"]) + f"\nThe {brand} team",
        footer=service_footer(ctx, brand, host),
        form=ctx.pick(["html", "alt", "alt"]),
        bulk=ctx.chance(0.5),
    )


@family("nn_race_ballot", "not_job", n=NN_N)
def race_ballot(ctx: Ctx) -> Draft:
    event, host = ctx.pick(
        [
            ("the Riverside Marathon", "riversidemarathon.example"),
            ("the City Half", "cityhalf.example"),
            ("Greenfield Festival", "greenfieldfest.example"),
            ("the Coast-to-Coast Cycle", "c2ccycle.example"),
            ("the Lakes Ultra", "lakesultra.example"),
        ]
    )
    outcome = ctx.pick(["no", "no", "yes", "charity"])
    first = {
        "no": "[Thank you for entering the ballot for|Thanks for applying for a place in] {event}. We're sorry to tell you that [your application was unsuccessful|you have not been successful in this year's ballot|you didn't get a place this time]. We had [over 400,000|more than 90,000|a record number of] applications for [just 17,000|around 9,000|a limited number of] places.",
        "yes": "Congratulations - you've been [successful in the ballot|offered a place|selected] for {event}! To accept your place, [pay the entry fee|confirm your entry] by {day}; unclaimed places go to the reserve list.",
        "charity": "Thanks for applying for one of our charity places in {event}. We'd love to have you on the team - we'll call you [this week|in the next few days] for a quick chat about your fundraising plans before confirming.",
    }[outcome].replace("{event}", event)
    second = {
        "no": ctx.pick(
            [
                "Don't give up: you can still get a place by running for one of our charity partners, or try again next year.",
                "Unsuccessful applicants are automatically entered into the reserve ballot.",
                "Your [running club|cycling club] may also have a guaranteed place - ask your club secretary.",
            ]
        ),
        "yes": "Your race pack and start time will be sent [six weeks|a month] before the event.",
        "charity": "Our minimum sponsorship is £[1,800|2,000|750]; we'll send you a running vest and a fundraising pack.",
    }[outcome]
    return neg(
        ctx,
        [
            f"Your ballot result for {event}",
            "Ballot results are in",
            f"Your application for {event}",
            "Congratulations, you're in!" if outcome == "yes" else "Ballot update",
        ],
        [
            ctx.fill(first),
            ctx.fill(second),
            ctx.fill(f"[Log in to your account|See your entry] at {ctx.url(host, 'entry')}"),
        ],
        (
            event.removeprefix("the ").title() if ctx.chance(0.5) else "Entries Team",
            ctx.pick([f"entries@{host}", f"ballot@{host}", f"no-reply@{host}"]),
        ),
        ctx.pick(["Best wishes,", "Happy training,", "Kind regards,"])
        + "\n"
        + ctx.pick(["The Entries Team", "Race Director", "The Events Team"]),
        footer=service_footer(ctx, event.removeprefix("the "), host),
        form=ctx.pick(["html", "alt", "plain"]),
        bulk=True,
    )


@family("nn_oss_committer_vote", "not_job", n=NN_N)
def committer_vote(ctx: Ctx) -> Draft:
    project = ctx.pick(
        [
            "Apache Tern",
            "the Quill project",
            "libgrove",
            "OpenPlanter",
            "Ferrox",
            "the Heron Foundation's Drift",
        ]
    )
    kind = ctx.pick(["committer", "maintainer", "PMC member", "core reviewer"])
    outcome = ctx.pick(["invite", "invite", "nominated", "declined"])
    para = {
        "invite": f"The {project} [PMC|steering committee|core team] has [voted|agreed] to invite you to become a {kind}. [Being a {kind} lets you merge patches directly|This gives you write access to the repositories] and comes with a vote on releases. We hope you will accept!",
        "nominated": f"[I've nominated you|You've been nominated] as a {kind} of {project}. The vote runs on the private list for [72 hours|a week]; I'll let you know the result. This is recognition of your [patches over the last year|reviews and triage work|documentation work].",
        "declined": f"[Thanks again for your work on {project}.|I wanted to follow up on the {kind} vote.] The vote to make you a {kind} did not pass this time: [a few people felt it was a bit early|we like to see a longer track record of reviews]. Please don't read this as a rejection of your contributions - we'd love to revisit in [six months|the new year].",
    }[outcome]
    nxt = {
        "invite": "If you accept, please [file your contributor license agreement|reply to this thread] and we'll set up your account. There is no obligation: you can decline without giving a reason.",
        "nominated": "No action needed from you yet.",
        "declined": "Happy to chat about it on [the dev list|a call|chat] if useful.",
    }[outcome]
    sender = ctx.pick(
        [
            private(ctx),
            (
                ctx.person,
                at(
                    ctx, ctx.pick(["apache.example", "quill.dev", "libgrove.org", "openplanter.io"])
                ),
            ),
        ]
    )
    return neg(
        ctx,
        [
            f"Invitation to become a {project} {kind}"
            if outcome == "invite"
            else f"{kind.title()} nomination",
            f"[{project}] {kind} vote",
            f"Re: [VOTE] new {kind}",
            f"{project}: {kind} invitation",
        ],
        [ctx.fill(para), ctx.fill(nxt)],
        sender,
        ctx.pick(["Cheers,", "Best,", "Thanks,", "--"])
        + "\n"
        + ctx.person_first
        + ctx.pick(["", f"\non behalf of the {project} PMC"]),
        form=ctx.pick(["plain", "plain", "alt"]),
    )


@family("nn_community_moderator", "not_job", n=NN_N)
def community_moderator(ctx: Ctx) -> Draft:
    place = ctx.pick(
        [
            "r/homebrewing",
            "the Sourdough Discord",
            "the Trailrunners forum",
            "Cooking Stack Exchange",
            "the Photography Guild server",
            "r/learnpython",
        ]
    )
    outcome = ctx.pick(["accepted", "trial", "declined", "received"])
    para = {
        "accepted": f"Thanks for applying to moderate {place}! We've read all the applications and we'd like to add you to the mod team. You'll start with [queue access|the new-posts queue|the report queue] and we'll walk you through the tools.",
        "trial": f"Good news: your moderator application for {place} made it through the first round. New mods do a [two-week|30-day] trial period with a mentor before we make it permanent. [Can you join a quick voice chat|Are you around for a 20-minute call] {{day}} so we can go over the rules?",
        "declined": f"Thank you for applying to join the {place} moderation team. We had [many|a lot of|over 80] applications and we've picked a small group for now, so [we won't be adding you this round|you weren't selected this time]. We'll open applications again [in a few months|next season].",
        "received": f"We've received your moderator application for {place}. The current team reviews applications [every Sunday|over the next week] and we'll reply by modmail either way.",
    }[outcome]
    return neg(
        ctx,
        [
            f"Your mod application for {place}",
            "Moderator applications: update",
            f"{place} mod team",
            "re: mod application",
        ],
        [
            ctx.fill(para),
            ctx.pick(
                [
                    "This is a volunteer role: no pay, lots of gratitude.",
                    "Please read the mod guidelines before your first shift.",
                    "",
                    "Thanks for caring about the community.",
                ]
            ),
        ],
        ctx.pick(
            [
                private(ctx),
                (
                    f"{place} mods",
                    ctx.pick(
                        [
                            "noreply@redditmail.example",
                            "modmail@forum.example",
                            "notifications@discord.example",
                        ]
                    ),
                ),
            ]
        ),
        ctx.pick(["Thanks,", "Cheers,", "Best,"])
        + "\n"
        + ctx.pick([ctx.person_first, f"The {place} mod team", f"{ctx.person_first} (head mod)"]),
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("nn_gaming_guild", "not_job", n=NN_N)
def gaming_guild(ctx: Ctx) -> Draft:
    guild = ctx.pick(
        [
            "Ember Covenant",
            "Night Owls",
            "Tidecallers",
            "Northwind Raiders",
            "Team Vanta",
            "Ashen Circle",
        ]
    )
    game = ctx.pick(
        [
            "the raid team",
            "our Mythic roster",
            "the competitive squad",
            "our Valorant five-stack",
            "the Tuesday static",
        ]
    )
    outcome = ctx.pick(["trial", "accepted", "declined"])
    para = {
        "trial": f"hey! thanks for applying to {guild}. your logs look solid so we'd like to give you a trial spot in {game} - first trial raid is {{day}} at [8|9|7:30] server time. trials usually last [two|three] weeks.",
        "accepted": f"Welcome to {guild}! Officers voted and your trial is over - you're now a full member of {game}. Ranks updated in Discord.",
        "declined": f"Hi, officer here from {guild}. Thanks for your application and for trialing with {game}. We've decided not to keep you on the roster [right now - we're full on your role|as the schedule didn't really line up]. No hard feelings, you're welcome to reapply next tier.",
    }[outcome]
    return neg(
        ctx,
        [
            f"{guild} application",
            f"Re: [{guild}] Application - trial",
            f"{guild} - your trial",
            "guild app",
        ],
        [
            ctx.fill(para),
            ctx.pick(
                [
                    "bring flasks and food. voice is required (listen only is fine).",
                    "make sure your addons are up to date.",
                    "",
                    "GL HF",
                ]
            ),
        ],
        ctx.pick([private(ctx), (f"{guild} (via Guildhall)", "noreply@guildhall.example")]),
        ctx.pick(["-", "cheers", "gl", "see ya"]) + " " + ctx.person_first,
        greet_p=0.5,
        form=ctx.pick(["plain", "plain", "html"]),
    )


@family("nn_fantasy_league", "not_job", n=NN_N)
def fantasy_league(ctx: Ctx) -> Draft:
    league = ctx.pick(
        [
            "Office Fantasy Football 2025",
            "Dad Jokes Dynasty League",
            "The Sunday Scaries",
            "Premier Picks League",
            "Hoops Heads",
        ]
    )
    host = ctx.pick(["fantasy.example", "sleeperish.example", "fpl.example"])
    a, b = (
        ctx.pick(["Kane", "Saka", "Jefferson", "McCaffrey", "Tatum", "Haaland", "Adebayo"]),
        ctx.pick(["Lamb", "Foden", "Brown", "Hurts", "Morant", "Palmer", "Kelce"]),
    )
    outcome = ctx.pick(["received", "rejected", "accepted", "waiver"])
    para = {
        "received": f"{ctx.person_first} has proposed a trade: your {a} for their {b}. Review the offer before it expires {{day}}.",
        "rejected": f"Your trade offer to {ctx.person_first} ({a} for {b}) was rejected.",
        "accepted": f"Trade accepted! {b} is now on your roster and {a} has moved to {ctx.person_first}'s team. League members can veto within 24 hours.",
        "waiver": f"Waiver results: your claim on {b} was [successful|unsuccessful - another manager had a higher priority]. [Your new waiver priority is {{n}}.|]",
    }[outcome]
    return neg(
        ctx,
        [
            {
                "received": "New trade offer in " + league,
                "rejected": "Your trade offer was declined",
                "accepted": "Trade accepted",
                "waiver": "Waiver claim results",
            }[outcome],
            f"{league}: trade update",
            f"{league} - transaction alert",
        ],
        [
            ctx.fill(para),
            ctx.fill(f"[Open the app|View the offer|See your team]: {ctx.url(host, 'league')}"),
            ctx.pick(["Gameweek deadline: Friday 18:30.", "", "Don't forget to set your lineup!"]),
        ],
        (ctx.pick(["Fantasy", "League Manager", league]), f"noreply@{host}"),
        "",
        greet_p=0.3,
        footer=service_footer(ctx, "Fantasy Sports Co", host),
        form=ctx.pick(["html", "alt"]),
        bulk=True,
    )


@family("nn_society_recruitment", "not_job", n=NN_N)
def society_recruitment(ctx: Ctx) -> Draft:
    outcome = ctx.pick(["round", "bid", "release", "committee"])
    if outcome == "committee":
        org = ctx.pick(
            [
                "the Debating Union",
                "the Student Newspaper",
                "the Rowing Club",
                "Model UN Society",
                "the Film Society",
            ]
        )
    else:
        org = ctx.pick(["Alpha Phi", "Kappa Sigma", "Delta Gamma", "Sigma Nu", "Chi Omega"])
    para = {
        "round": f"Thank you for going through [fall|spring] recruitment with us! You're invited back to the [second|preference|final] round at {org} on {{day}}. [Dress code is business casual.|Please arrive ten minutes early.]",
        "bid": f"Congratulations! [We're|The chapter is] excited to extend you a bid to join {org}. Bid day is {{day}}: [meet at the quad at 4pm|look out for the party in the student centre].",
        "release": f"Thank you for participating in recruitment. Unfortunately the {org} chapter is not able to invite you back for the next round. We know this is disappointing; [your recruitment counsellor|a Rho Gamma] is available to talk through your options.",
        "committee": f"Thanks for applying for the {ctx.pick(['social secretary', 'treasurer', 'events officer', 'publicity'])} role on the {org.removeprefix('the ')} committee! We'd like to invite you to a short chat with the outgoing committee on {{day}}; it's informal - we just want to hear your ideas.",
    }[outcome]
    return neg(
        ctx,
        {
            "round": ["Recruitment update", f"{org}: invitation to the next round"],
            "bid": ["Bid Day!", "recruitment results"],
            "release": ["Recruitment update", "recruitment results"],
            "committee": [f"Your application to {org}", "Committee applications"],
        }[outcome],
        [
            ctx.fill(para),
            ctx.pick(
                [
                    "Check the recruitment portal for your schedule.",
                    "Reply to this email if you have any questions.",
                    "",
                ]
            ),
        ],
        ctx.pick(
            [
                private(ctx),
                (
                    f"{org} Recruitment",
                    ctx.pick(
                        ["recruitment@students.example.edu", "vp.recruitment@greeklife.example"]
                    ),
                ),
            ]
        ),
        ctx.pick(["Love,", "Best,", "Go team!", "Cheers,"])
        + "\n"
        + ctx.pick([ctx.person_first, f"{ctx.person} | VP Recruitment", f"{org} Exec"]),
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("nn_show_casting", "not_job", n=NN_N)
def show_casting(ctx: Ctx) -> Draft:
    show = ctx.pick(
        [
            "The Big Quiz",
            "Garden Rescue",
            "Bake Off Challenge",
            "Know It All",
            "The Great House Swap",
            "Pointless Pursuits",
        ]
    )
    host = ctx.pick(["castingtv.example", "studio9productions.example", "quizcasting.example"])
    stage = ctx.pick(["shortlisted", "audition", "unsuccessful", "received"])
    para = {
        "shortlisted": f"Thank you for applying to be a contestant on {show}! We loved your application and you've been shortlisted for the next stage: a [short video call|Zoom audition|phone chat] with one of our producers on {{day}}.",
        "audition": f"We're delighted to invite you to an in-person audition for {show} in {{city}} on {{day}}. You'll play a mock game and have a quick on-camera chat with the casting team. Travel expenses are covered.",
        "unsuccessful": f"Thank you for your interest in {show} and for taking part in the audition. We had an amazing number of applicants and, unfortunately, we won't be taking your application further this series. We'll keep your details on file for future series.",
        "received": f"Thanks for applying to take part in {show}. Our casting team reads every form; if you're shortlisted we'll be in touch within [four|six] weeks.",
    }[stage]
    return neg(
        ctx,
        [
            f"{show} - your application",
            f"{show} casting: next steps",
            "You've been shortlisted!" if stage == "shortlisted" else f"{show} auditions",
            "Contestant application update",
        ],
        [
            ctx.fill(para),
            ctx.pick(
                [
                    "Please don't post about your application on social media.",
                    "Filming takes place over two days in the summer.",
                    "",
                    "Bring photo ID and a smile!",
                ]
            ),
        ],
        (
            f"{show} Casting",
            ctx.pick([f"casting@{host}", f"{show.lower().replace(' ', '')}@{host}"]),
        ),
        ctx.pick(["Best wishes,", "Thanks again,", "Cheers,"])
        + "\n"
        + ctx.pick([ctx.person_first, f"{ctx.person}\nCasting Producer", "The Casting Team"]),
        form=ctx.pick(["html", "alt", "plain"]),
        footer=ctx.pick(
            [
                "",
                f"{show} is produced by Studio 9 Productions Ltd. Your data is processed for casting purposes only.",
            ]
        ),
    )
