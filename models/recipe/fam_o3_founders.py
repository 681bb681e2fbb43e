"""Hard negatives, session 10: founders, investors and boards.

A startup's monthly investor update (with its hiring plan and "we're hiring" asks), a company
secretary's board pack and written resolutions (appointing a CFO), a venture fund passing on
or advancing a founder's pitch ("partner meeting", "second meeting"), an innovation agency's
grant decision ("unsuccessful", "offer letter") and a Portuguese coworking space answering a
membership application: the reader hires, invests or applies as a business, not for a job.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

import vocab
from kit import Ctx, Draft, family
from n_kit import MOBILE, at
from o3_kit import O3_N, bye, date_x, footer_x, mail, when_x
from zf_kit import weekday_future


@family("o3_investor_update_monthly", "not_job", n=O3_N)
def investor_update_monthly(ctx: Ctx) -> Draft:
    startup, host = ctx.pick(
        [
            ("Fernly", "fernly.example"),
            ("Quillstack", "quillstack.example"),
            ("Harbor Health", "harborhealth.example"),
            ("Tessellate AI", "tessellate.example"),
            ("Moss & Co", "mossandco.example"),
            ("Ledgerlight", "ledgerlight.example"),
        ]
    )
    month = ctx.pick(vocab.MONTHS)
    mrr = ctx.num(18, 420)
    hire_role = ctx.pick(
        [
            "a founding sales lead",
            "two senior backend engineers",
            "a Head of Finance",
            "our first designer",
            "a VP Marketing",
        ]
    )
    highlights = ctx.pick(
        [
            f"MRR ${mrr}k (+[8|12|21|4]% MoM). Burn $[90|140|210]k/month, runway [14|19|22] months.",
            f"Revenue: €{mrr}k MRR, net revenue retention [112|124|98]%. Cash in bank: €[1.4|2.8|0.9]M.",
        ]
    )
    paras = [
        ctx.pick(
            [
                f"Hi investors and friends - here's our {month} update.",
                f"{startup} update - {month}",
                f"Hello all, a quick {month} update from the {startup} team.",
            ]
        ),
        f"Highlights\n- {highlights}\n- [Signed our largest customer to date (a top-10 UK retailer).|Launched the self-serve plan; 140 sign-ups in week one.|SOC 2 Type I report completed.]\n- [Closed the pilot with the NHS trust.|Shipped the Salesforce integration.|Churned one mid-size account (budget cuts).]",
        f"Team\n- [We hired|Welcomed] {ctx.pick(vocab.FIRST_NAMES)} as [Head of Engineering|our first AE|Customer Success Lead]; {ctx.pick(vocab.FIRST_NAMES)} joins as [Senior Product Designer|Data Engineer] next month.\n- Still hiring: {hire_role}. [Referrals very welcome - we pay a £2k referral bonus.|If you know someone great, please send them our way.]",
        "Asks\n- [Intros to heads of operations at mid-market logistics companies|Intros to CFOs at Series B SaaS companies|Feedback on our pricing page|Warm intros to seed funds in the Nordics] \n- [Candidates for the roles above|Anyone who has scaled a sales team from 3 to 15]",
        ctx.pick(
            [
                "As always, reply with any questions. Thank you for your support!",
                "Full metrics in the attached deck. Thanks for being in our corner.",
                "",
            ]
        ),
    ]
    who = ctx.person
    return mail(
        ctx,
        [
            f"{startup} investor update - {month}",
            f"{startup} | {month} update",
            f"[{startup}] Monthly update: {month}",
            f"{month} update: {{n}} new customers, hiring",
        ],
        paras,
        ctx.pick(
            [
                (who, at(ctx, host)),
                (f"{who} ({startup})", at(ctx, host)),
                (f"{startup} via Visible", "updates@visible.example"),
            ]
        ),
        bye(ctx, "en", f"{who}\n[Co-founder & CEO|CEO|Founder], {startup}")
        + ("\n\n" + ctx.pick(MOBILE) if ctx.chance(0.1) else ""),
        greet_p=0.0,
        form=ctx.pick(["plain", "alt", "html"]),
        bulk=ctx.chance(0.3),
    )


@family("o3_board_pack_company_secretary", "not_job", n=O3_N)
def board_pack_company_secretary(ctx: Ctx) -> Draft:
    firm, host = ctx.pick(
        [
            ("Alder Robotics Ltd", "alderrobotics.example"),
            ("Greyfriars Brewing plc", "greyfriars.example"),
            ("Northbank Housing Association", "northbankha.example"),
            ("Cobalt Payments Ltd", "cobaltpay.example"),
            ("St Aidan's Trust", "staidans.example"),
        ]
    )
    meeting = weekday_future(ctx, 5, 20)
    appointee = f"{ctx.pick(vocab.FIRST_NAMES)} {ctx.pick(vocab.LAST_NAMES)}"
    stage = ctx.pick(["pack", "resolution", "minutes", "nomination", "agm"])
    paras = {
        "pack": [
            f"Please find the board pack for the meeting on {date_x(ctx, meeting)} in [the board portal (Diligent)|BoardEffect|the shared folder]. Papers include the management accounts, the FY budget, the risk register and the Remuneration Committee report.",
            "Please let me know of any conflicts of interest in advance of the meeting.",
        ],
        "resolution": [
            f"A written resolution of the directors is attached for signature via DocuSign: the appointment of {appointee} as [Chief Financial Officer|a non-executive director|Company Secretary] with effect from {date_x(ctx, weekday_future(ctx, 10, 30))}, and the approval of the option grants listed in the schedule.",
            "The resolution passes once signed by a majority of directors.",
        ],
        "minutes": [
            f"Attached are the draft minutes of the board meeting of {date_x(ctx, ctx.date)}. Please send any comments by Friday, after which they will be tabled for approval at the next meeting."
        ],
        "nomination": [
            f"The Nomination Committee has completed its search for a new independent non-executive director and recommends the appointment of {appointee}.",
            f"The committee's paper, {appointee.split()[0]}'s CV and the references are in the portal for discussion at the meeting on {date_x(ctx, meeting)}.",
        ],
        "agm": [
            f"The notice of the Annual General Meeting on {when_x(ctx)} has been sent to members. Directors standing for re-election: please confirm you'll attend."
        ],
    }[stage]
    return mail(
        ctx,
        {
            "pack": [
                f"Board pack - {date_x(ctx, meeting)} meeting",
                f"{firm}: board papers",
                "Board papers now available",
            ],
            "resolution": [
                "Written resolution for signature",
                "Please sign: directors' written resolution",
                "DocuSign: Written resolution of the board",
            ],
            "minutes": ["Draft board minutes for comment", "Minutes - last board meeting"],
            "nomination": ["Nomination Committee recommendation", "Board appointment - papers"],
            "agm": ["AGM notice", "Annual General Meeting"],
        }[stage],
        paras,
        ctx.pick([(ctx.person, at(ctx, host)), (f"{firm} Company Secretariat", f"cosec@{host}")]),
        bye(ctx, "en", f"{ctx.person}\nCompany Secretary\n{firm}"),
        greet_p=0.4,
        form=ctx.pick(["plain", "alt"]),
        footer=ctx.pick(["", "STRICTLY PRIVATE AND CONFIDENTIAL - board members only."]),
    )


@family("o3_vc_pitch_pass_or_partner_meeting", "not_job", n=O3_N)
def vc_pitch_pass_or_partner_meeting(ctx: Ctx) -> Draft:
    fund, host = ctx.pick(
        [
            ("Northzone", "northzone.example"),
            ("Seedcamp", "seedcamp.example"),
            ("LocalGlobe", "localglobe.example"),
            ("Point Nine", "pointnine.example"),
            ("Blackbird Ventures", "blackbird.example"),
            ("Kima Ventures", "kimaventures.example"),
        ]
    )
    startup = ctx.pick(["Fernly", "Quillstack", "Harbor Health", "Tessellate AI", "Ledgerlight"])
    stage = ctx.pick(["pass", "pass", "second", "partner", "diligence"])
    paras = {
        "pass": [
            f"Thanks again for taking the time to walk us through {startup}. [We discussed it as a team on Monday|I shared it with the partnership] and we've decided to pass on this round.",
            "[The main concern is market size at this stage.|We'd want to see more evidence of retention before investing.|It's a bit early for us - we typically lead once there's $1M ARR.] This is not a no forever: please keep us posted on progress, we'd love to see the next update.",
        ],
        "second": [
            f"Great to meet you last week. We'd love to continue the conversation about {startup} - could we do a second meeting with [my partner|two of my partners], focused on the product and the go-to-market plan?",
            f"Does {when_x(ctx)} work? [Our office in {{city}}|Zoom is fine].",
        ],
        "partner": [
            f"Good news: we'd like to invite you to our Monday partner meeting to present {startup} to the full partnership ({when_x(ctx)}, 45 minutes).",
            "Bring the deck you used with me, plus the cohort data. Happy to do a prep call beforehand.",
        ],
        "diligence": [
            "Following the partner meeting we're moving into due diligence. Could you share access to the data room: cap table, customer contracts, the last 24 months of financials and the hiring plan?",
            "We aim to be in a position to send a term sheet within [two|three] weeks.",
        ],
    }[stage]
    who = ctx.person
    # Half the time the fund answers the founder's follow-up, quoted below (mime adds "Re:").
    quote = (
        ctx.fill(
            "Hi {pfirst}, thanks for the time today. Deck and data attached as promised. Let me know what the next steps look like on your side.\n{first}"
        )
        if ctx.chance(0.4)
        else ""
    )
    d = mail(
        ctx,
        {
            "pass": [f"Re: {startup} <> {fund}", f"{startup}", "Re: Intro: " + startup],
            "second": [f"Re: {startup} <> {fund}", "Next meeting"],
            "partner": [f"{fund} partner meeting - {startup}", f"Re: {startup} <> {fund}"],
            "diligence": [f"{startup} - due diligence", "Data room request"],
        }[stage],
        paras,
        (who, at(ctx, host)),
        bye(ctx, "en", f"{who}\n[Partner|Principal|Associate|General Partner], {fund}")
        + ("\n\n" + ctx.pick(MOBILE) if ctx.chance(0.2) else ""),
        greet_p=0.95,
        form=ctx.pick(["plain", "plain", "alt"]),
    )
    d.quote = quote
    return d


@family("o3_innovation_grant_decision_uk", "not_job", n=O3_N)
def innovation_grant_decision_uk(ctx: Ctx) -> Draft:
    funder, host = ctx.pick(
        [
            ("Innovate UK", "iuk-business-connect.example"),
            ("UKRI Innovation Funding Service", "ukri.example"),
            ("Scottish Enterprise", "scotent.example"),
            ("Enterprise Ireland", "enterprise-ireland.example"),
            ("Business Growth Fund Wales", "businesswales.example"),
        ]
    )
    comp = ctx.pick(
        [
            "Smart Grants: August round",
            "Net Zero Accelerator",
            "Biomedical Catalyst",
            "Digital Innovation Voucher",
            "Feasibility Studies - Round 3",
        ]
    )
    appno = ctx.num(10000000, 10099999)
    stage = ctx.pick(["unsuccessful", "unsuccessful", "successful", "feedback", "monitoring"])
    paras = {
        "unsuccessful": [
            f"Application {appno}: {comp}.",
            "We regret to inform you that your application has been unsuccessful. The competition was highly competitive; your application scored [68|72|61]% against a funding threshold of [84|81]%.",
            "The assessors' feedback is available in your dashboard. You may apply to a future competition.",
        ],
        "successful": [
            f"Application {appno}: {comp}.",
            "We are pleased to inform you that your application has been successful and we are offering a grant of up to £[49,800|248,000|96,500], subject to project setup.",
            "Complete the project setup tasks (bank details, finance checks, Monitoring Officer allocation) within 30 days to receive your grant offer letter.",
        ],
        "feedback": [
            f"The assessor comments for application {appno} are now available. [Assessor 3: 'The team is strong, but the route to market lacks detail.'|Assessor 1: 'Clear innovation; the financial plan is not credible.']"
        ],
        "monitoring": [
            f"Your Monitoring Officer for project {appno} has scheduled the quarterly review on {when_x(ctx)}.",
            "Please upload the claim, the updated project plan and the risk register beforehand.",
        ],
    }[stage]
    return mail(
        ctx,
        {
            "unsuccessful": [
                f"Application outcome: {comp}",
                f"{appno}: application unsuccessful",
                "Your application - decision",
            ],
            "successful": [
                f"Congratulations: your application {appno} has been successful",
                f"{comp}: funding decision",
            ],
            "feedback": ["Assessor feedback is available", f"Feedback on application {appno}"],
            "monitoring": ["Quarterly project review", f"Project {appno}: monitoring meeting"],
        }[stage],
        paras,
        ctx.pick([(funder, f"noreply@{host}"), (f"{funder} Customer Support", f"support@{host}")]),
        bye(ctx, "en", ctx.pick([f"{funder} Customer Support Services", f"The {funder} team"])),
        greet_p=0.7,
        form=ctx.pick(["plain", "html", "alt"]),
        footer=footer_x(ctx, funder, host),
    )


@family("o3_pt_cowork_adesao_membro", "not_job", lang="pt", n=O3_N)
def pt_cowork_adesao_membro(ctx: Ctx) -> Draft:
    space, host = ctx.pick(
        [
            ("Second Home Lisboa", "secondhome.example"),
            ("Avila Spaces", "avilaspaces.example"),
            ("Selina Cowork Porto", "selina.example"),
            ("Heden", "heden.example"),
            ("Impact Hub Lisbon", "impacthub.example"),
            ("Cubo Itaú", "cubo.example"),
        ]
    )
    stage = ctx.pick(["recebida", "aprovada", "espera", "visita", "recusada"])
    paras = {
        "recebida": [
            f"obrigado pela sua candidatura a membro do {space}! A nossa comunidade é pequena e escolhemos os membros com cuidado para manter um bom equilíbrio de áreas.",
            "Vamos analisar o seu pedido e responder em até [5|7] dias úteis.",
        ],
        "aprovada": [
            f"temos o prazer de informar que a sua candidatura foi aprovada. Bem-vindo(a) à comunidade {space}!",
            f"O seu plano [Hot Desk|Fixed Desk|Escritório privado para 4] começa no dia {date_x(ctx, weekday_future(ctx), 'pt')}. Traga um documento de identificação para o cartão de acesso.",
        ],
        "espera": [
            "neste momento não temos secretárias fixas disponíveis, por isso colocámos a sua candidatura em lista de espera.",
            "Entretanto pode usar o plano Hot Desk.",
        ],
        "visita": [
            f"confirmamos a sua visita ao {space}: {when_x(ctx, 'pt')}. Vai conhecer o espaço com o nosso community manager, {ctx.person}, e tomar um café connosco."
        ],
        "recusada": [
            "agradecemos o seu interesse, mas de momento não conseguimos aceitar a sua candidatura para o programa de residência de startups.",
            "Pode voltar a candidatar-se na próxima edição.",
        ],
    }[stage]
    return mail(
        ctx,
        {
            "recebida": ["Recebemos a sua candidatura", f"{space}: candidatura a membro"],
            "aprovada": [f"Bem-vindo(a) ao {space}!", "A sua candidatura foi aprovada"],
            "espera": ["Lista de espera", f"{space}: a sua candidatura"],
            "visita": ["Visita confirmada", f"A sua visita ao {space}"],
            "recusada": ["Sobre a sua candidatura", f"{space} - resultado da candidatura"],
        }[stage],
        paras,
        ctx.pick(
            [
                (space, f"hello@{host}"),
                (ctx.person, at(ctx, host)),
                (f"{space} Community", f"community@{host}"),
            ]
        ),
        bye(ctx, "pt", ctx.pick([f"Equipa {space}", f"{ctx.person}\nCommunity Manager"])),
        lang="pt",
        greet_p=0.9,
        form=ctx.pick(["plain", "alt", "html"]),
        footer=ctx.pick(["", footer_x(ctx, space, host, "pt")]),
    )
