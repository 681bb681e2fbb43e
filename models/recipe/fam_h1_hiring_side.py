"""Not-job mail, session 11: the reader is the one who hires. A job board reports how the
reader's own post performs, an applicant-tracking tool announces new applicants for the
reader's opening, an agency sends profiles to the reader as its client, a workflow asks the
reader to approve somebody else's offer, finance plans the reader's headcount, a panel rota,
a reference asked about the reader's former report, contractors' timesheets, a new hire the
reader manages, freelancers bidding on the reader's gig, people asking the reader's café for
work. Every one names a role, a candidate and a stage, but nobody's application is the reader's.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from h1_kit import H1_N, form, mail, mine, other, private, when
from kit import Ctx, Draft, family


@family("h1_jobpost_performance_report", "not_job", n=H1_N)
def jobpost_performance_report(ctx: Ctx) -> Draft:
    board, host = ctx.pick(
        [
            ("Indeed for Employers", "indeed.com"),
            ("ZipRecruiter", "ziprecruiter.com"),
            ("LinkedIn Talent Solutions", "linkedin.com"),
            ("Seek Employer", "seek.com.au"),
            ("Totaljobs Recruiter", "totaljobs.com"),
        ]
    )
    views, clicks, apps = ctx.num(180, 4200), ctx.num(20, 400), ctx.num(0, 38)
    return mail(
        ctx,
        [
            "Your job post is live: {title}",
            "Weekly performance: {title} ({city})",
            f"{apps} applicants so far for {{title}}",
            "Your job is getting fewer views than similar jobs",
            "Your sponsored job budget is almost spent",
        ],
        [
            "Here's how your job post [{title}|{title} - {city}] performed [this week|over the last 7 days|since you posted it]:",
            f"Views: {views}\nApply clicks: {clicks}\nApplicants: {apps}",
            ctx.pick(
                [
                    "Jobs with a salary range get up to 30% more applicants. [Add pay to your post|Edit your job] to stand out.",
                    "Your post is performing below similar jobs in your area. Consider sponsoring it for [$5|$10|$15] a day.",
                    "Tip: review new applicants within 48 hours. Employers who respond quickly hire faster.",
                    "Your daily budget was reached on [3|4|5] of the last 7 days.",
                ]
            ),
            f"Manage your jobs: {ctx.url('employers.' + host, 'dashboard')}",
        ],
        (board, f"[no-reply|employer-noreply|alerts]@{host}"),
        "",
        greet_p=0.5,
        form=form(ctx, "html", "alt"),
        bulk=True,
        footer=f"You are receiving this because you posted a job on {board}. Email preferences: {ctx.url(host, 'settings')}",
    )


@family("h1_fr_candidatures_recues_recruteur", "not_job", lang="fr", n=H1_N)
def fr_candidatures_recues_recruteur(ctx: Ctx) -> Draft:
    site, host = ctx.pick(
        [
            ("HelloWork Recruteur", "hellowork.com"),
            ("Indeed Employeur", "indeed.fr"),
            ("Welcome to the Jungle - Espace recruteur", "welcometothejungle.com"),
            ("Jobteaser Recruteurs", "jobteaser.com"),
        ]
    )
    cand = other(ctx)
    n = ctx.num(2, 14)
    return mail(
        ctx,
        [
            "Nouvelle candidature pour votre offre « {title} »",
            f"{n} nouvelles candidatures pour {{title}}",
            f"{cand} a postulé à votre offre",
            "Votre offre {title} expire dans [3|5|7] jours",
            "Candidatures en attente de traitement",
        ],
        [
            ctx.pick(
                [
                    f"Vous avez reçu {n} nouvelles candidatures pour votre offre « {{title}} » à {{city}}.",
                    f"{cand} vient de postuler à votre offre « {{title}} ». Son CV est disponible dans votre espace recruteur.",
                    f"[{n}|Plusieurs] candidatures pour « {{title}} » attendent votre réponse depuis plus de 7 jours. Les candidats apprécient un retour rapide.",
                ]
            ),
            ctx.pick(
                [
                    "Pensez à qualifier les profils (Retenu / À revoir / Non retenu) pour améliorer vos recommandations.",
                    "Votre offre a été vue [120|340|870] fois cette semaine.",
                    "Astuce : activez la réponse automatique aux candidats non retenus.",
                    "",
                ]
            ),
            f"Voir les candidatures : {ctx.url('recruteur.' + host, 'offres')}",
        ],
        (site, f"[ne-pas-repondre|notifications|recruteur]@{host}"),
        "",
        lang="fr",
        greet_p=0.7,
        form=form(ctx),
        bulk=ctx.chance(0.6),
        footer=f"Vous recevez cet e-mail en tant que recruteur sur {site}. Gérer mes notifications : {ctx.url(host, 'compte')}",
    )


@family("h1_sv_rekryteringsverktyg_ny_kandidat", "not_job", lang="sv", n=H1_N)
def sv_rekryteringsverktyg_ny_kandidat(ctx: Ctx) -> Draft:
    cand = other(ctx)
    tool, host = ctx.pick(
        [
            ("Teamtailor", "teamtailor.com"),
            ("ReachMee", "reachmee.com"),
            ("Varbi", "varbi.com"),
            ("Jobylon", "jobylon.com"),
        ]
    )
    kind = ctx.pick(["ny", "betyg", "intervju", "mention"])
    para = {
        "ny": f"{cand} har sökt tjänsten {{title}}. Du är tillagd som rekryterande chef på jobbet och får därför den här notisen.",
        "betyg": "[2|3|4] kandidater i {title} väntar på ditt betyg. Rekryteraren [{person}|{pfirst}] har flyttat dem till steget Intervju.",
        "intervju": f"En intervju med {cand} för {{title}} är bokad {when(ctx, 'sv')}. Du är med i intervjupanelen. Kom ihåg att fylla i bedömningen efteråt.",
        "mention": f'{{person}} nämnde dig i en kommentar om {cand} ({{title}}): "Kan du titta på arbetsproverna innan fredag?"',
    }[kind]
    return mail(
        ctx,
        {
            "ny": ["Ny kandidat: {title}", f"{cand} har sökt {{title}}"],
            "betyg": ["Kandidater väntar på ditt betyg", "Påminnelse: betygsätt kandidater"],
            "intervju": ["Intervju inbokad med " + cand, "Du är intervjuare: {title}"],
            "mention": ["Du har nämnts i " + tool, "Ny kommentar på " + cand],
        }[kind],
        [para, f"Öppna i {tool}: {ctx.url('app.' + host, 'jobs')}"],
        (f"{{co}} via {tool}", f"[notifications|no-reply]@{host}"),
        "",
        lang="sv",
        greet_p=0.6,
        form=form(ctx, "html", "alt"),
        bulk=True,
        footer=f"Du får det här mejlet eftersom du är användare i {{co}}s {tool}-konto. Ändra aviseringar under Inställningar.",
    )


@family("h1_de_personalberater_kandidatenprofile", "not_job", lang="de", n=H1_N)
def de_personalberater_kandidatenprofile(ctx: Ctx) -> Draft:
    firm = ctx.pick(
        ["Hays", "Michael Page", "Robert Half", "Kienbaum", "Personalwerk Nord", "Brunel"]
    )
    host = firm.lower().replace(" ", "") + ".example"
    a, b = other(ctx), other(ctx)
    kind = ctx.pick(["profile", "feedback", "termin", "angebot"])
    paras = {
        "profile": [
            "wie besprochen sende ich Ihnen anbei die anonymisierten Profile für Ihre Vakanz {title}:",
            "1. [Senior|Erfahrene/r] {title}, [7|9|12] Jahre Erfahrung, Kündigungsfrist 3 Monate, Gehaltsvorstellung [68|75|82] T€\n2. {title}, [4|5|6] Jahre Erfahrung, sofort verfügbar, [58|62|66] T€",
            "Wenn Sie einen der Kandidaten kennenlernen möchten, schlage ich Ihnen gern Termine vor.",
        ],
        "feedback": [
            f"haben Sie schon die Gelegenheit gehabt, sich die Unterlagen von Herrn/Frau {a.split()[1]} anzusehen? Der Kandidat hat parallel noch zwei weitere Prozesse laufen.",
            "Ein kurzes Feedback bis [Mittwoch|Freitag|morgen] wäre super, dann kann ich ihn entsprechend vorbereiten.",
        ],
        "termin": [
            f"ich habe die Gespräche mit {a} und {b} für {when(ctx, 'de')} bzw. den Folgetag angefragt. Bitte bestätigen Sie mir kurz, ob Sie und Ihre Teamleitung dabei sein können.",
        ],
        "angebot": [
            f"gute Nachrichten: {a} würde Ihr Angebot für die Position {{title}} grundsätzlich annehmen, wünscht sich aber 30 Urlaubstage und einen Starttermin zum [1.|15.] des übernächsten Monats.",
            "Unser Honorar ([20|22|25] % des Jahresbruttogehalts) wird wie vereinbart nach Arbeitsaufnahme fällig.",
        ],
    }[kind]
    return mail(
        ctx,
        {
            "profile": [
                "Kandidatenvorschläge {title}",
                "Ihre Vakanz {title} - Profile",
                "Profile anbei",
            ],
            "feedback": ["Feedback zu Kandidat " + a, "Re: Kandidatenvorschläge {title}"],
            "termin": [
                "Vorstellungsgespräche für Ihre Vakanz",
                "Terminabstimmung Kandidatengespräche",
            ],
            "angebot": ["Rückmeldung zum Angebot", "Re: Vertragsangebot " + a],
        }[kind],
        paras,
        ("{person} | " + firm, mine(ctx, host)),
        "{person}\n[Senior Consultant|Personalberater/in|Account Manager] | " + firm,
        lang="de",
        greet_p=1.0,
        form=form(ctx, "plain", "alt"),
        footer=ctx.pick(
            [
                "",
                f"{firm} GmbH · Geschäftsführer: {{person}} · Amtsgericht [München|Hamburg|Frankfurt] HRB [1|2|3]4[5|6]78",
            ]
        ),
    )


@family("h1_offer_approval_workflow", "not_job", n=H1_N)
def offer_approval_workflow(ctx: Ctx) -> Draft:
    tool, host = ctx.pick(
        [
            ("Greenhouse", "greenhouse.io"),
            ("Workday", "myworkday.com"),
            ("Ashby", "ashbyhq.com"),
            ("Pave", "pave.com"),
        ]
    )
    cand = other(ctx)
    kind = ctx.pick(["request", "reminder", "approved", "changed"])
    para = {
        "request": f"An offer for {cand} ({{title}}) requires your approval. Base salary {{money}}, level [L3|L4|L5|IC2|M1], start date {{day}}. Approvers after you: [Finance|VP Engineering|CFO].",
        "reminder": f"Reminder: the offer for {cand} ({{title}}) has been waiting for your approval for [2|3|4] days. The recruiter plans to extend it [today|tomorrow].",
        "approved": f"All approvers have signed off on the offer for {cand} ({{title}}). The recruiter can now send it to the candidate.",
        "changed": f"The offer for {cand} was edited after you approved it (base salary changed to {{money}}). Please review and approve again.",
    }[kind]
    return mail(
        ctx,
        {
            "request": [
                "Approval requested: Offer for " + cand,
                "[Action required] Offer approval - {title}",
            ],
            "reminder": ["Reminder: offer approval pending", "Pending approval: " + cand],
            "approved": ["Offer approved: " + cand, "Offer for {title} fully approved"],
            "changed": ["Offer updated - re-approval needed", "Offer for " + cand + " changed"],
        }[kind],
        [
            para,
            f"[Approve or reject|Review the offer|View details]: {ctx.url('app.' + host, 'approvals')}",
            ctx.pick(
                [
                    "",
                    "Please do not forward this email: it contains confidential compensation details.",
                ]
            ),
        ],
        (f"{tool} Approvals", f"[approvals|no-reply|notifications]@{host}"),
        "",
        greet_p=0.6,
        form=form(ctx, "html", "alt"),
        bulk=True,
    )


@family("h1_in_headcount_plan_hrbp", "not_job", lang="en_in", n=H1_N)
def in_headcount_plan_hrbp(ctx: Ctx) -> Draft:
    q = ctx.pick(["Q1 FY26", "H2", "FY 2025-26", "Q3"])
    return mail(
        ctx,
        [
            f"Headcount plan {q} - inputs needed from your team",
            f"Re: {q} hiring plan - [Bangalore|Pune|Hyderabad|Chennai] delivery",
            "Backfill approval for your team",
            f"Fwd: Open positions tracker - {q}",
        ],
        [
            ctx.pick(
                [
                    f"As discussed in the leadership sync, kindly fill in the {q} headcount sheet for your team by EOD [Friday|Wednesday|tomorrow]. Please mention backfills and new positions separately.",
                    "Your backfill request for the {title} position has been approved by Finance. TA will open the requisition ({req}) this week; please share the JD and the panel names.",
                    f"Sharing the open positions tracker for {q}. Your team has [2|3|4] open positions, of which [1|2] are on hold due to the budget freeze.",
                ]
            ),
            ctx.pick(
                [
                    "Note that campus hires will join only in July, so plan the bench accordingly.",
                    "Any lateral hiring above band [B3|C1] needs BU head approval.",
                    "Please revert with your inputs; we have to present to the CFO next week.",
                    "",
                ]
            ),
        ],
        ("{person}", mine(ctx, "{domain}")),
        "{person}\n[HR Business Partner|HRBP - Technology|Talent Acquisition Lead] | {co}",
        lang="en_in",
        greet_p=1.0,
        form=form(ctx, "plain", "alt"),
    )


@family("h1_nl_interviewpanel_rooster", "not_job", lang="nl", n=H1_N)
def nl_interviewpanel_rooster(ctx: Ctx) -> Draft:
    return mail(
        ctx,
        [
            "Rooster sollicitatiegesprekken {title} - week [12|23|38|45]",
            "Jij zit in het panel: {title}",
            "Re: wie kan er donderdag bij de gesprekken zijn?",
            "Gewijzigd rooster interviewpanel",
        ],
        [
            ctx.pick(
                [
                    "Hierbij het rooster voor de gesprekken voor de vacature {title}. Jij bent ingedeeld bij de [eerste|tweede] ronde, samen met {person}.",
                    "Fijn dat je wilt aansluiten bij de selectiecommissie. Hieronder het schema; de cv's staan in de gedeelde map.",
                    "Door een ziekmelding is het rooster aangepast. Kun jij de gesprekken van de middag overnemen?",
                ]
            ),
            f"{other(ctx)} - {when(ctx, 'nl')}\n{other(ctx)} - {when(ctx, 'nl')}\n{other(ctx)} - {when(ctx, 'nl')}",
            ctx.pick(
                [
                    "Wil je na elk gesprek het beoordelingsformulier invullen?",
                    "We houden direct na de laatste kandidaat een kort overleg.",
                    "Graag vóór vrijdag laten weten als het niet uitkomt.",
                ]
            ),
        ],
        ("{person}", mine(ctx, "{domain}")),
        "{person}\n[HR-adviseur|Recruiter|Teamleider] {co}",
        lang="nl",
        greet_p=0.9,
        form=form(ctx, "plain", "alt"),
    )


@family("h1_es_referencias_excolaborador", "not_job", lang="es", n=H1_N)
def es_referencias_excolaborador(ctx: Ctx) -> Draft:
    former = other(ctx)
    return mail(
        ctx,
        [
            f"Referencias de {former}",
            f"Solicitud de referencias - {former}",
            f"{former} nos ha dado su contacto",
            f"RE: Referencias {former}",
        ],
        [
            ctx.pick(
                [
                    f"estamos en la fase final de un proceso de selección y {former} nos ha indicado que usted fue su responsable directo durante [dos|tres|cuatro] años.",
                    f"{former} participa en un proceso con nosotros y le ha mencionado como referencia de su etapa anterior en su equipo.",
                ]
            ),
            ctx.pick(
                [
                    "¿Tendría 10 minutos esta semana para una breve llamada? Le preguntaría por sus responsabilidades, su forma de trabajar en equipo y sus puntos de mejora.",
                    "Si lo prefiere, puede responder por escrito a las preguntas del documento adjunto. Toda la información se tratará de forma confidencial.",
                    f"Le propongo llamarle el {when(ctx, 'es')}. Si no le va bien, indíqueme otro momento.",
                ]
            ),
        ],
        (
            "{person}",
            mine(
                ctx, ctx.pick(["{domain}", "gmail.com", "adecco.example", "talentia-rrhh.example"])
            ),
        ),
        "{person}\n[Consultora de selección|Técnico de RR. HH.|Headhunter]",
        lang="es",
        greet_p=1.0,
        form=form(ctx, "plain", "alt"),
    )


@family("h1_au_contractor_timesheets", "not_job", lang="en_au", n=H1_N)
def au_contractor_timesheets(ctx: Ctx) -> Draft:
    tool, host = ctx.pick(
        [
            ("Deel", "deel.com"),
            ("Employment Hero", "employmenthero.com"),
            ("Hays Timesheets", "hays.com.au"),
            ("Xero", "xero.com"),
        ]
    )
    worker = other(ctx)
    hours = ctx.num(16, 45)
    kind = ctx.num(0, 2)
    return mail(
        ctx,
        [
            [
                f"Timesheet submitted for approval - {worker}",
                f"{worker} submitted [a timesheet|their hours]",
            ],
            [
                "[2|3|4] timesheets awaiting your approval",
                "Reminder: approve your contractors' hours by [Monday|Tuesday] 5pm",
            ],
            [f"Invoice {ctx.num(1000, 9999)} from {worker}", f"New invoice from {worker}"],
        ][kind],
        [
            [
                f"{worker} has submitted a timesheet for the week ending {{day}}: {hours} hours ({{title}} contract).",
                "You have timesheets waiting for approval. Contractors are paid only after their manager approves, so please action these before the pay run.",
                f"{worker} sent an invoice for {hours} hours at $[85|110|140]/hr plus GST.",
            ][kind],
            f"[Approve|Review timesheet|Open in {tool}]: {ctx.url('app.' + host, 'timesheets')}",
        ],
        (tool, f"[no-reply|notifications|timesheets]@{host}"),
        "",
        lang="en_au",
        greet_p=0.6,
        form=form(ctx, "html", "alt"),
        bulk=True,
    )


@family("h1_uk_new_report_onboarding_manager", "not_job", lang="en_gb", n=H1_N)
def uk_new_report_onboarding_manager(ctx: Ctx) -> Draft:
    hire = other(ctx)
    return mail(
        ctx,
        [
            f"Your new starter: {hire} joins on {{day}}",
            "Manager checklist: new joiner in your team",
            f"{hire}'s first week - a few things from you",
            f"Re: laptop and access for {hire}",
        ],
        [
            ctx.pick(
                [
                    f"{hire} starts as {{title}} in your team on {{day}}. As their line manager, please complete the checklist below before their first day.",
                    f"Just a reminder that {hire} joins you on Monday. IT have ordered the laptop; could you confirm which systems they need access to?",
                ]
            ),
            ctx.pick(
                [
                    "- Book a welcome 1:1 for day one\n- Assign an onboarding buddy\n- Share the 30/60/90 day plan\n- Add them to team meetings",
                    "Please also confirm the desk location and whether they'll be hybrid from week one.",
                    "Their probation review is due after six months; you'll get a reminder from us.",
                ]
            ),
        ],
        ("{co} People Team", ctx.pick(["people@{domain}", "onboarding@{domain}", "hr@{domain}"])),
        "[The People Team|{person}, People Partner]",
        lang="en_gb",
        greet_p=0.9,
        form=form(ctx),
    )


@family("h1_freelance_client_proposals", "not_job", n=H1_N)
def freelance_client_proposals(ctx: Ctx) -> Draft:
    site, host = ctx.pick(
        [
            ("Upwork", "upwork.com"),
            ("Freelancer", "freelancer.com"),
            ("Malt", "malt.com"),
            ("PeoplePerHour", "peopleperhour.com"),
            ("Fiverr", "fiverr.com"),
        ]
    )
    project = ctx.pick(
        [
            "Logo redesign for my bakery",
            "Shopify store setup",
            "WordPress site fixes",
            "Translate 20 product pages",
            "Bookkeeping for small business",
            "Explainer video (60 s)",
        ]
    )
    who = other(ctx)
    kind = ctx.num(0, 2)
    return mail(
        ctx,
        [
            [
                f'You received [3|5|8|12] new proposals for "{project}"',
                "New proposals on your job post",
            ],
            [f"{who} submitted a proposal", f"New message from {who}"],
            [f'Your job post "{project}" is about to expire', "Still looking for a freelancer?"],
        ][kind],
        [
            [
                f'Freelancers are applying to your job "{project}". Review their proposals and invite the best ones to interview.',
                f'{who} sent you a proposal for "{project}": "Hi! I have [5|7|10] years of experience and can start today. My rate is $[25|40|60]/hr."',
                f'Your job post "{project}" closes in 2 days. You haven\'t hired anyone yet. Extend the post or hire from your shortlist.',
            ][kind],
            f"[View proposals|Reply|Go to your job post]: {ctx.url('www.' + host, 'ab/jobs')}",
        ],
        (site, f"[donotreply|notifications|noreply]@{host}"),
        "",
        greet_p=0.5,
        form=form(ctx, "html", "alt"),
        bulk=True,
    )


@family("h1_au_cafe_owner_job_enquiries", "not_job", lang="en_au", n=H1_N)
def au_cafe_owner_job_enquiries(ctx: Ctx) -> Draft:
    shop = ctx.pick(["the cafe", "your bakery", "the shop", "Bean There", "your restaurant"])
    role = ctx.pick(["barista", "kitchen hand", "casual FOH", "weekend", "delivery driver"])
    return mail(
        ctx,
        [
            f"{role} job?",
            f"Re: sign in the window - {role}",
            "Casual work enquiry",
            f"Hi, saw your ad for a {role}",
            "my resume",
        ],
        [
            ctx.pick(
                [
                    f"Hi, I saw the sign at {shop} saying you need a {role}. Is it still going? I'm available weekends and after school.",
                    f"Hey, my mate said {shop} is looking for a {role}. I've got [two|three] years experience and my RSA. Happy to come in for a trial shift.",
                    f"Hello, I'm writing about the {role} position on Gumtree. Please find my resume attached. I can start [straight away|next week].",
                ]
            ),
            ctx.pick(["Thanks heaps", "Cheers", "Thank you for your time", ""]),
        ],
        private(ctx),
        "",
        lang="en_au",
        greet_p=0.0,
        form="plain",
        footer=ctx.pick(["Sent from my iPhone", "Sent from my Galaxy", "", ""]),
    )


@family("h1_pl_hr_kandydaci_do_zespolu", "not_job", lang="pl", n=H1_N)
def pl_hr_kandydaci_do_zespolu(ctx: Ctx) -> Draft:
    a, b = other(ctx), other(ctx)
    return mail(
        ctx,
        [
            "Kandydaci na stanowisko {title} do Twojego zespołu",
            "Prośba o feedback - rekrutacja {title}",
            "Spotkania z kandydatami - proponowane terminy",
            "RE: rekrutacja do zespołu",
        ],
        [
            ctx.pick(
                [
                    f"przesyłam CV dwóch kandydatów na stanowisko {{title}}: {a} i {b}. Daj znać, z kim chcesz się spotkać.",
                    f"czy mógłbyś/mogłabyś przekazać feedback po rozmowie z {a}? Kandydat czeka na odpowiedź, a ma równolegle inną ofertę.",
                    f"proponuję spotkanie z {a} {when(ctx, 'pl')}. Jeśli nie pasuje, zaproponuj inny termin w kalendarzu.",
                ]
            ),
            ctx.pick(
                [
                    "Widełki, które zatwierdził dział finansów, są w arkuszu.",
                    "Zadanie rekrutacyjne jest w załączniku.",
                    "",
                ]
            ),
        ],
        ("{person}", mine(ctx, "{domain}")),
        "{person}\n[HR Business Partner|Specjalista ds. rekrutacji|Talent Acquisition]",
        lang="pl",
        greet_p=0.9,
        form=form(ctx, "plain", "alt"),
    )


@family("h1_pt_br_gestor_vagas_relatorio", "not_job", lang="pt", n=H1_N)
def pt_br_gestor_vagas_relatorio(ctx: Ctx) -> Draft:
    tool, host = ctx.pick(
        [
            ("Gupy", "gupy.io"),
            ("Solides", "solides.com.br"),
            ("Kenoby", "kenoby.com"),
            ("InfoJobs Empresas", "infojobs.com.br"),
        ]
    )
    n = ctx.num(3, 60)
    return mail(
        ctx,
        [
            "Resumo semanal das suas vagas",
            f"{n} novos candidatos na vaga {{title}}",
            "Você tem candidatos aguardando avaliação",
            "Sua vaga {title} foi publicada",
        ],
        [
            ctx.pick(
                [
                    f"Olá, gestor(a)! A vaga {{title}} recebeu {n} novas candidaturas esta semana. [5|8|12] candidatos já passaram pelo teste de perfil.",
                    "Há candidatos na etapa Entrevista com o gestor aguardando seu parecer. Lembre-se de registrar a avaliação para que o RH dê retorno aos candidatos.",
                    "Sua vaga {title} foi publicada e já está visível nos principais portais parceiros.",
                ]
            ),
            f"Acessar painel: {ctx.url('app.' + host, 'vagas')}",
        ],
        (tool, f"[naoresponda|notificacoes|no-reply]@{host}"),
        "",
        lang="pt",
        greet_p=0.3,
        form=form(ctx, "html", "alt"),
        bulk=True,
    )
