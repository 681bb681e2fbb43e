"""Hard negatives, session 10: the reader pitching, submitting and being picked.

A founder gets a term sheet with vesting and an option pool; a novelist queries literary
agents ("not right for my list", "offer of representation"); a photographer is
"shortlisted" by a competition's judges; an artist answers a gallery's open call; a French
crowdfunding platform reviews a project; a tradesperson is "shortlisted" for a homeowner's
job and their quote accepted; a German tutoring marketplace passes on a pupil's booking
request; a comedian is booked for an open-mic night; a Dutch neighbourhood fund and a Polish
participatory budget decide on the reader's proposal. None of it is the reader's job search.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, ascii_word, family
from n2_kit import bye2, day2, neg2, staged, when2
from n_kit import MOBILE, NN_N, at, private, service_footer, service_top
from zf_kit import bye


@family("n2_investor_term_sheet", "not_job", n=NN_N)
def investor_term_sheet(ctx: Ctx) -> Draft:
    fund = ctx.pick(
        [
            "Northstar Ventures",
            "Seedcamp",
            "Kindred Capital",
            "Blackbird",
            "Hummingbird Ventures",
            "LocalGlobe",
        ]
    )
    startup = ctx.pick(
        ["Parcelly", "Tidewise", "Loomly Health", "Quantix Labs", "Fernweh Travel", "Ledgerbird"]
    )
    pre = ctx.pick(["$6M", "$8.5M", "£4M", "€7M", "$12M"])
    stage, subjects, para = staged(
        ctx,
        {
            "partner": (
                [f"{startup} <> {fund}", f"Next step with {fund}: partner meeting"],
                f"Great to meet you last week - the team really enjoyed hearing about {startup}. We'd like you to come in and pitch to the full partnership on {{day}} at {{time}}. Plan for 20 minutes of presentation and 25 of Q&A; send the deck and the data-room link beforehand.",
            ),
            "term_sheet": (
                [f"{startup} - term sheet", f"Term sheet: {fund} x {startup}"],
                f"Following Monday's partner meeting I'm delighted to share a term sheet for {startup}'s seed round: {fund} to lead with [$1.5M|$2M|£1.2M|€2.5M] at a {pre} pre-money valuation, a 10% post-money option pool, standard 1x non-participating preference, and founder shares re-vesting over four years with a one-year cliff. The offer is open until {{day}}.",
            ),
            "pass": (
                [f"Re: {startup}", f"{startup} - our decision"],
                f"Thanks again for taking the time to walk us through {startup}. We discussed it at Monday's partner meeting and unfortunately we've decided not to move forward at this stage - [it's a bit early for us|the market size is the sticking point for the partnership|we have a conflict in the portfolio]. Happy to stay in touch and would love to see updates.",
            ),
            "dd": (
                ["Due diligence checklist", f"{startup} - confirmatory diligence"],
                "Our lawyers will send the confirmatory diligence list today: cap table, IP assignment agreements for all founders and contractors, customer contracts and the last two years of accounts. Target closing is {day}.",
            ),
        },
    )
    return neg2(
        ctx,
        subjects,
        [para],
        (ctx.person, at(ctx, fund.lower().replace(" ", "") + ".example")),
        ctx.pick(["Best,", "Cheers,", "Speak soon,"])
        + f"\n{ctx.person_first}\n{ctx.pick(['Partner', 'Principal', 'General Partner'])}, {fund}",
        greet_p=0.9,
        form=ctx.pick(["plain", "alt"]),
        footer=ctx.pick(
            [
                "",
                "This email is confidential and does not constitute a binding offer except as expressly set out in the term sheet.",
            ]
        ),
        quote=ctx.fill(
            f"Hi {ctx.person_first}, thanks for the call today. [Attached is our updated deck.|Here's the data room link as promised.] Looking forward to next steps."
        )
        if stage in ("pass", "term_sheet") and ctx.chance(0.4)
        else "",
    )


@family("n2_literary_agent_query", "not_job", n=NN_N)
def literary_agent_query(ctx: Ctx) -> Draft:
    book = ctx.pick(
        [
            "THE SALT HOUSE",
            "A MAP OF SMALL HOURS",
            "NORTH OF KIND",
            "THE LAST ORCHARD",
            "WHAT THE RIVER KEEPS",
        ]
    )
    agency = ctx.pick(
        [
            "Curtis Brown",
            "Janklow & Nesbit",
            "Darley Anderson",
            "Greenhouse Literary",
            "Aevitas Creative",
        ]
    )
    _stage, subjects, para = staged(
        ctx,
        {
            "form_no": (
                [f"Re: Query - {book}", f"Query: {book} (literary fiction, 92,000 words)"],
                f"Thank you for sending me your query for {book}. I read it with interest, but unfortunately I don't feel I'm the right agent for this project. This business is very subjective and another agent may well feel differently. I wish you the very best of luck in your search for representation.",
            ),
            "full": (
                [f"Re: Query - {book}", f"Full manuscript request - {book}"],
                f"Thank you for your submission. I enjoyed the opening chapters of {book} very much and would love to read the full manuscript. Please send it as a Word document; I aim to respond within [six|eight] weeks.",
            ),
            "offer": (
                [f"{book} - offer of representation", f"Re: {book}"],
                f"I finished {book} over the weekend and I loved it. I'd like to offer you representation. Could we talk on {{day}}? I'd like to share my editorial thoughts and how I'd approach submission to publishers. Please take the time you need to let any other agents considering the book know.",
            ),
            "nudge_no": (
                [f"Re: Full manuscript - {book}", f"Re: {book}"],
                f"Thank you for your patience while I read {book}. There's so much to admire in the writing, but I'm afraid I didn't connect with the narrative voice as strongly as I'd need to in order to champion it. I'm going to step aside, with thanks for the chance to consider it.",
            ),
        },
    )
    return neg2(
        ctx,
        subjects,
        [para],
        (
            ctx.pick([ctx.person, f"{ctx.person} | {agency}", "Submissions"]),
            ctx.pick([at(ctx, "agency.example.co.uk"), "submissions@literaryagency.example"]),
        ),
        ctx.pick(["Best wishes,", "All best,", "Warmly,", "Kind regards,"])
        + f"\n{ctx.person}\n{ctx.pick(['Literary Agent', 'Associate Agent', 'Assistant'])}, {agency}",
        greet_p=0.9,
        form=ctx.pick(["plain", "plain", "alt"]),
    )


@family("n2_photo_competition_shortlist", "not_job", n=NN_N)
def photo_competition_shortlist(ctx: Ctx) -> Draft:
    comp = ctx.pick(
        [
            "Landscape Photographer of the Year",
            "Wildlife Photographer of the Year",
            "Bridport Prize",
            "Sony World Photography Awards",
            "Fish Short Story Prize",
        ]
    )
    _stage, subjects, para = staged(
        ctx,
        {
            "shortlist": (
                ["Congratulations - you've been shortlisted!", f"{comp}: shortlist"],
                f"We're delighted to tell you that your entry has been shortlisted in {comp}. The judges will meet for the final round on {{day}}; before then we need the original high-resolution file / unedited version and a short caption within 7 days.",
            ),
            "winner": (
                ["Final results", f"{comp} results"],
                f"The judging of {comp} is now complete. [Your entry has been Commended and will appear in the book and exhibition.|Your entry won its category - congratulations! We'd love you to join us at the awards ceremony on {{day}}.|Unfortunately your entry did not reach the final this year; thank you for entering.]",
            ),
            "received": (
                ["Entry confirmation", "Thank you for your entry"],
                f"Thank you for entering {comp}. Your entry has been received and will be judged anonymously. Shortlisted entrants will be notified by email.",
            ),
            "longlist": (
                ["You're on the longlist", f"{comp}: longlist announced"],
                f"Your entry has made the longlist for {comp}, from over [4,000|12,000|7,500] entries. The shortlist will be announced on {{day}}.",
            ),
        },
    )
    host = "awards.example.com"
    return neg2(
        ctx,
        subjects,
        [
            service_top(ctx, host),
            para,
            ctx.fill(f"[Your entrant dashboard|Manage your entries]: {ctx.url(host, 'entrant')}"),
        ],
        (comp, ctx.pick([f"entries@{host}", f"noreply@{host}", at(ctx, host)])),
        ctx.pick(["Best wishes,", "With congratulations,", "Kind regards,"]) + f"\nThe {comp} team",
        form=ctx.pick(["html", "alt", "plain"]),
        footer=service_footer(ctx, comp, host),
    )


@family("n2_art_open_call", "not_job", n=NN_N)
def art_open_call(ctx: Ctx) -> Draft:
    venue = ctx.pick(
        [
            "Eastside Projects",
            "The Tetley",
            "Studio Voltaire",
            "Cass Art Open",
            "Collective Gallery",
            "Platform Arts",
        ]
    )
    _stage, subjects, para = staged(
        ctx,
        {
            "selected": (
                ["Open call - selected", f"{venue} Open: your submission"],
                f"Thank you for applying to the {venue} open call. We're pleased to tell you that the selection panel has chosen [two of your works|your piece] for the exhibition. Delivery of work is on {{day}} between 10am and 4pm; the private view follows on the Friday.",
            ),
            "not_selected": (
                ["Open call outcome", f"{venue} open call - outcome"],
                "We received over [900|1,400|600] applications to this year's open call and the panel had some very difficult decisions. Unfortunately your work was not selected on this occasion. We really appreciate you applying and hope you'll apply again.",
            ),
            "residency": (
                ["Studio residency - interview", "Residency shortlist"],
                f"You have been shortlisted for the [six-month|three-month] studio residency at {venue}. We'd like to invite you to a short conversation with the panel (20 minutes, online) on {{day}} to talk about your proposal.",
            ),
            "sales": (
                ["Sold! Your work in the Open", "Exhibition sales update"],
                f"Good news: your work has sold at the {venue} Open. Payment (less 30% commission) will be made by bank transfer within 30 days of the exhibition closing.",
            ),
        },
    )
    return neg2(
        ctx,
        subjects,
        [
            para,
            ctx.pick(
                [
                    "",
                    "Best of luck with your practice.",
                    "Follow us on Instagram for the installation shots.",
                ]
            ),
        ],
        (venue, ctx.pick(["opencall@gallery.example.org", at(ctx, "gallery.example.org")])),
        ctx.pick(["Best wishes,", "All the best,", "Warmly,"])
        + f"\n{ctx.person}\n{ctx.pick(['Exhibitions Coordinator', 'Programme Manager', 'Curator'])}",
        form=ctx.pick(["plain", "alt", "html"]),
    )


@family("n2_fr_ulule_projet", "not_job", lang="fr", n=NN_N)
def fr_ulule_projet(ctx: Ctx) -> Draft:
    projet = ctx.pick(
        [
            "La Brasserie du Quai",
            "Le jeu de société Mistral",
            "Atelier Céramique Lune",
            "Le food-truck Bao Bao",
            "Le livre Nos forêts",
        ]
    )
    plat = ctx.pick(["Ulule", "KissKissBankBank", "Miimosa", "HelloAsso"])
    _stage, subjects, para = staged(
        ctx,
        {
            "validation": (
                ["Votre projet est en cours de validation", f"{projet} : relecture de votre page"],
                f"merci d'avoir soumis votre projet « {projet} ». Un membre de notre équipe relit votre page sous 48 h ouvrées. [Pensez à ajouter une vidéo et des contreparties dès 10 €.|Nous pourrions vous demander quelques modifications avant la mise en ligne.]",
            ),
            "accepte": (
                ["Votre projet a été accepté !", "Bonne nouvelle : votre projet est validé"],
                f"bonne nouvelle, votre projet « {projet} » a été validé par notre équipe ! Vous pouvez lancer la collecte quand vous le souhaitez. Notre conseil : prévenez votre premier cercle avant le lancement.",
            ),
            "refuse": (
                ["Votre projet n'a pas été retenu", "Concernant votre projet"],
                f"après étude, nous ne pouvons malheureusement pas publier « {projet} » sur {plat} en l'état : [le projet ne respecte pas nos conditions générales|l'objectif de collecte nous semble trop élevé pour une première campagne|il manque une présentation claire de l'équipe]. N'hésitez pas à nous recontacter après modification.",
            ),
            "objectif": (
                ["Objectif atteint !", "Votre collecte est terminée"],
                f"félicitations, la collecte de « {projet} » est terminée avec [112|134|205] % de l'objectif ! Les fonds seront versés sous 15 jours ouvrés, après vérification de votre identité.",
            ),
        },
    )
    host = plat.lower() + ".example.fr"
    return neg2(
        ctx,
        subjects,
        [para, ctx.fill(f"[Accéder à mon projet|Mon tableau de bord]: {ctx.url(host, 'projet')}")],
        (
            ctx.pick([plat, f"{ctx.person_first} de {plat}"]),
            ctx.pick([f"projets@{host}", f"bonjour@{host}"]),
        ),
        bye(ctx, "fr", f"[L'équipe {plat}|{ctx.person_first}, coach projets {plat}]"),
        lang="fr",
        greet_p=0.9,
        form=ctx.pick(["html", "alt"]),
        footer=service_footer(ctx, plat, host, "fr"),
    )


@family("n2_trades_quote_shortlisted", "not_job", n=NN_N)
def trades_quote_shortlisted(ctx: Ctx) -> Draft:
    plat = ctx.pick(["MyBuilder", "Checkatrade", "Rated People", "hipages", "Bark"])
    job = ctx.pick(
        [
            "bathroom refit",
            "replace consumer unit",
            "fence panels x6",
            "boiler service",
            "loft insulation",
            "patio relaying",
        ]
    )
    place = ctx.pick(["Croydon", "Stockport", "Leith", "Parramatta", "Bristol BS5", "Cardiff"])
    stage, subjects, para = staged(
        ctx,
        {
            "shortlisted": (
                ["You've been shortlisted!", f"Shortlisted: {job} in {place}"],
                f"Good news! A homeowner has shortlisted you for their job: {job} in {place}. Their contact details are now unlocked - get in touch quickly, homeowners usually hire one of the first tradespeople to call.",
            ),
            "accepted": (
                ["Your quote has been accepted", f"Quote accepted - {job}"],
                f"[Sarah|Mike|Priya|Tom] has accepted your quote of £[480|1,250|2,900|175] for the {job} in {place}. Agree a start date with them and remember to mark the job as complete when you're done so they can leave feedback.",
            ),
            "lead": (
                ["New job near you", f"New lead: {job}"],
                f"A new job matching your trade has been posted [2 miles|5 miles|8 km] from you: {job} ({place}). Budget: [under £500|£1,000-£3,000|not sure]. [Express interest|Send a quote] before other trades do.",
            ),
            "unsuccessful": (
                ["Update on a job you expressed interest in", "Job update"],
                f"The homeowner has hired another tradesperson for {job} in {place}. Don't worry - there are plenty more jobs in your area.",
            ),
        },
    )
    host = plat.lower().replace(" ", "") + ".example"
    return neg2(
        ctx,
        subjects,
        [para, ctx.fill(f"[View job|See the job|Open in the app]: {ctx.url(host, 'jobs')}")],
        (plat, f"notifications@{host}"),
        ctx.pick(["Thanks,", "Cheers,", "The team at"]) + f"\n{plat}",
        greet_p=0.7,
        form=ctx.pick(["html", "alt"]),
        bulk=stage == "lead",
        footer=service_footer(ctx, plat, host),
    )


@family("n2_de_nachhilfe_anfrage", "not_job", lang="de", n=NN_N)
def de_nachhilfe_anfrage(ctx: Ctx) -> Draft:
    plat = ctx.pick(["Superprof", "Studienkreis-Lehrerbörse", "tutoria", "Nachhilfe-Portal24"])
    fach = ctx.pick(["Mathe", "Englisch", "Physik", "Latein", "Chemie", "Deutsch"])
    schueler = ctx.pick(
        ["Lukas (9. Klasse)", "Emma (Oberstufe)", "Ben (7. Klasse)", "Sophie (Abiturjahrgang)"]
    )
    _stage, subjects, para = staged(
        ctx,
        {
            "anfrage": (
                ["Neue Anfrage für Ihren Unterricht", f"Neue Nachhilfe-Anfrage: {fach}"],
                f"Sie haben eine neue Anfrage erhalten! {schueler} sucht Nachhilfe in {fach} und möchte eine Probestunde bei Ihnen buchen. Bitte antworten Sie innerhalb von 24 Stunden, um Ihre Antwortquote hoch zu halten.",
            ),
            "gebucht": (
                ["Probestunde gebucht", "Buchungsbestätigung"],
                f"die Eltern von {schueler} haben eine Probestunde {fach} bei Ihnen gebucht: {when2(ctx, 'de')}. Der Betrag wird nach der Stunde an Sie ausgezahlt (abzüglich Servicegebühr).",
            ),
            "bewertung": (
                ["Neue Bewertung", "Sie haben eine Bewertung erhalten"],
                f'{schueler} hat Ihren Unterricht mit [5|4] Sternen bewertet: "[Sehr geduldig und gut erklärt!|Endlich verstehe ich Integralrechnung.|Hat mir vor der Klausur sehr geholfen.]"',
            ),
            "profil": (
                ["Ihr Profil ist online", "Profil freigeschaltet"],
                f"Ihr Lehrerprofil für {fach} wurde geprüft und ist jetzt online. Tipp: Profile mit Foto und Video erhalten bis zu dreimal mehr Anfragen.",
            ),
        },
    )
    host = ascii_word(plat) + ".example.de"
    return neg2(
        ctx,
        subjects,
        [
            para,
            ctx.fill(
                f"[Zur Anfrage|Nachricht beantworten|Zum Profil]: {ctx.url(host, 'nachrichten')}"
            ),
        ],
        (plat, f"noreply@{host}"),
        bye(ctx, "de", f"Ihr {plat}-Team"),
        lang="de",
        greet_p=0.85,
        form=ctx.pick(["html", "alt"]),
        footer=service_footer(ctx, plat, host, "de"),
    )


@family("n2_open_mic_booking", "not_job", n=NN_N)
def open_mic_booking(ctx: Ctx) -> Draft:
    night = ctx.pick(
        [
            "Laughing Horse New Act",
            "The Comedy Cellar open mic",
            "Folk Club singers' night",
            "Poetry Unplugged",
            "Jazz Jam at the Blue Door",
        ]
    )
    _stage, subjects, para = staged(
        ctx,
        {
            "booked": (
                ["You're booked!", f"{night} - {{day}}"],
                "You're on the bill for {day}! You've got a [5|7|10]-minute spot, doors 7pm, show starts 8. Please arrive by 7:30 so I can sort the running order. Bring a friend if you can - it helps fill the room.",
            ),
            "full": (
                ["Re: open spot request", "Re: spot"],
                "Thanks for getting in touch! Unfortunately we're fully booked for the next [two|three] months. I've put you on the reserve list in case anyone drops out - can you do short notice?",
            ),
            "feedback": (
                ["Great set last night", "Re: last night"],
                "Really enjoyed your set last night - the [bit about the self-checkout|closer|second song] went down a storm. I'd like to offer you a paid 15 at our [Friday|Saturday] showcase next month if you fancy it.",
            ),
            "confirm": (
                ["Confirming your spot", "Still on for Thursday?"],
                "Just confirming you're still on for {day}. If you can't make it, let me know by midday so I can give the spot to someone on the reserve list.",
            ),
        },
    )
    return neg2(
        ctx,
        subjects,
        [para],
        private(ctx),
        ctx.pick(["Cheers,", "Ta,", "See you there,", "Thanks!"])
        + f"\n{ctx.person_first}\n{ctx.pick(['', night])}".rstrip(),
        greet_p=0.8,
        form="plain",
        footer=ctx.pick(list(MOBILE)),
    )


@family("n2_nl_buurtfonds_aanvraag", "not_job", lang="nl", n=NN_N)
def nl_buurtfonds_aanvraag(ctx: Ctx) -> Draft:
    idee = ctx.pick(
        [
            "de buurtmoestuin",
            "het straatfeest",
            "de speelplek bij het pleintje",
            "het repair café",
            "de bankjes en plantenbakken in de straat",
        ]
    )
    fonds = ctx.pick(
        ["Buurtbudget Noord", "Initiatievenfonds", "Oranje Fonds", "Wijkfonds Zuid", "Kern met Pit"]
    )
    _stage, subjects, para = staged(
        ctx,
        {
            "ontvangen": (
                ["Je aanvraag is ontvangen", f"Aanvraag {fonds}: ontvangstbevestiging"],
                f"bedankt voor je aanvraag voor {idee}. De beoordelingscommissie bekijkt alle aanvragen in de vergadering van {day2(ctx, 'nl')}. Je hoort binnen zes weken of je aanvraag is toegekend.",
            ),
            "gesprek": (
                ["Uitnodiging gesprek over je aanvraag", "Kennismaking met de wijkcommissie"],
                f"de commissie is enthousiast over je plan voor {idee} en wil graag kennismaken. Kun je {when2(ctx, 'nl')} langskomen in het buurthuis? Neem gerust een medebewoner mee.",
            ),
            "toegekend": (
                ["Je aanvraag is toegekend!", "Besluit op je aanvraag"],
                f"goed nieuws: je aanvraag voor {idee} is toegekend. Je ontvangt €[750|1.500|2.400] op het rekeningnummer van je bewonersgroep. Na afloop vragen we een kort verslag met foto's en de bonnetjes.",
            ),
            "afgewezen": (
                ["Besluit op je aanvraag", "Helaas: aanvraag niet toegekend"],
                f"helaas kunnen we je aanvraag voor {idee} niet toekennen. [Het budget voor dit jaar is op.|Het plan past niet binnen de voorwaarden van het fonds, omdat er te weinig buurtbewoners bij betrokken zijn.] Je mag volgend jaar opnieuw aanvragen.",
            ),
        },
    )
    return neg2(
        ctx,
        subjects,
        [para, ctx.pick(["", "Succes met jullie plan!", "Vragen? Bel de wijkregisseur."])],
        ctx.pick(
            [
                (fonds, "aanvragen@buurtfonds.example.nl"),
                (ctx.person, at(ctx, "gemeente.example.nl")),
            ]
        ),
        bye(
            ctx,
            "nl",
            ctx.pick([f"{ctx.person}\nWijkregisseur", f"De beoordelingscommissie\n{fonds}"]),
        ),
        lang="nl",
        greet_p=0.9,
        form=ctx.pick(["plain", "alt"]),
    )


@family("n2_pl_budzet_obywatelski", "not_job", lang="pl", n=NN_N)
def pl_budzet_obywatelski(ctx: Ctx) -> Draft:
    projekt = ctx.pick(
        [
            "Zielone podwórko na Grochowie",
            "Siłownia plenerowa w parku",
            "Ścieżka rowerowa wzdłuż rzeki",
            "Biblioteka sąsiedzka",
            "Łąka kwietna przy szkole",
        ]
    )
    nr = ctx.num(100, 2999)
    _stage, subjects, para = staged(
        ctx,
        {
            "formalna": (
                ["Wynik oceny formalnej projektu", f"Projekt nr {nr} - ocena formalna"],
                f"informujemy, że Pani/Pana projekt nr {nr} \u201e{projekt}\u201d [przeszedł pozytywnie ocenę formalną i został przekazany do oceny merytorycznej.|wymaga uzupełnienia: prosimy o poprawienie kosztorysu w ciągu 7 dni.]",
            ),
            "merytoryczna": (
                ["Wynik oceny merytorycznej", "Ocena merytoryczna projektu"],
                f"po ocenie merytorycznej projekt \u201e{projekt}\u201d [został dopuszczony do głosowania. Głosowanie potrwa od 1 do 15 czerwca.|został oceniony negatywnie. Od decyzji przysługuje odwołanie w terminie 5 dni.]",
            ),
            "spotkanie": (
                [
                    "Zaproszenie na spotkanie z projektodawcami",
                    "Spotkanie w sprawie realizacji projektu",
                ],
                f"zapraszamy na spotkanie z przedstawicielami urzędu dotyczące projektu \u201e{projekt}\u201d, {when2(ctx, 'pl')}, sala konferencyjna urzędu dzielnicy.",
            ),
            "wyniki": (
                ["Wyniki głosowania", "Ogłoszenie wyników budżetu obywatelskiego"],
                f"ogłoszono wyniki głosowania. Projekt \u201e{projekt}\u201d otrzymał [2 341|876|4 120] głosów i [zostanie zrealizowany w przyszłym roku. Gratulujemy!|niestety nie zmieścił się w puli środków dla dzielnicy.]",
            ),
        },
    )
    return neg2(
        ctx,
        subjects,
        [
            para,
            ctx.pick(
                [
                    "",
                    "Wiadomość wygenerowana automatycznie.",
                    "Szczegóły projektu w serwisie budżetu obywatelskiego.",
                ]
            ),
        ],
        (
            ctx.pick(["Budżet Obywatelski", "Urząd Miasta - Budżet Obywatelski"]),
            ctx.pick(["budzetobywatelski@um.example.pl", "noreply@bo.example.pl"]),
        ),
        bye2(
            ctx,
            "pl",
            ctx.pick(
                ["Zespół ds. Budżetu Obywatelskiego", f"{ctx.person}\nKoordynator dzielnicowy"]
            ),
        ),
        lang="pl",
        greet_p=0.85,
        form=ctx.pick(["plain", "alt", "html"]),
    )
