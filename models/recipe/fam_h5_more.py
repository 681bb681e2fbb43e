"""Not-job mail, session 12 (second batch): more mail the reader gets because the reader hires.

A Dutch staffing agency proposes temps to the reader's firm, HR prepares the arrival of a new
member of the reader's French team, a Swedish consultancy asks to extend its consultant at the
reader's site, people send unsolicited CVs to the reader's Italian shop, a school's HR sends the
head of department a shortlisting pack, the Polish job board reports on the reader's ad. The
candidate is always somebody else.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from h1_kit import H1_N, form, mail, mine, other, private, when
from kit import Ctx, Draft, ascii_word, family


@family("h5_nl_uitzendbureau_kandidaten_opdrachtgever", "not_job", lang="nl", n=H1_N)
def nl_uitzendbureau_kandidaten_opdrachtgever(ctx: Ctx) -> Draft:
    firm = ctx.pick(["Randstad", "Tempo-Team", "YoungCapital", "Olympia", "Start People", "Covebo"])
    a, b = other(ctx), other(ctx)
    kind = ctx.pick(["voorstel", "start", "uren"])
    paras = {
        "voorstel": [
            f"Naar aanleiding van jullie aanvraag voor [2|3|4] {{title}} stel ik graag {a} en {b} voor. Beiden hebben ervaring in een vergelijkbare functie en kunnen per [maandag|volgende week] starten.",
            "Zal ik een kennismaking inplannen, of willen jullie direct een proefdag afspreken?",
        ],
        "start": [
            f"Ter bevestiging: {a} start {when(ctx, 'nl')} bij jullie op de locatie in [Tilburg|Venlo|Zwolle|Almere]. Wie kan hem/haar ontvangen en de veiligheidsinstructie geven?",
        ],
        "uren": [
            "Wil je de uren van jullie uitzendkrachten van vorige week nog even fiatteren in het klantportaal? De verloning loopt op [dinsdag|woensdag].",
            f"Het gaat om [3|5|8] medewerkers, onder wie {b}.",
        ],
    }[kind]
    return mail(
        ctx,
        {
            "voorstel": [
                "Kandidaten voor jullie aanvraag {title}",
                "Voorstel uitzendkrachten",
                "Re: Personeelsaanvraag {title}",
            ],
            "start": ["Bevestiging start " + a, "Start uitzendkracht maandag"],
            "uren": ["Uren fiatteren", "Herinnering: urenbriefjes goedkeuren"],
        }[kind],
        paras,
        (f"{{person}} | {firm}", mine(ctx, ascii_word(firm) + ".nl")),
        "{person}\n[Intercedent|Accountmanager|Vestigingsmanager] "
        + firm
        + " [Eindhoven|Utrecht|Rotterdam]",
        lang="nl",
        greet_p=1.0,
        form=form(ctx, "plain", "alt"),
    )


@family("h5_fr_arrivee_nouveau_collaborateur_manager", "not_job", lang="fr", n=H1_N)
def fr_arrivee_nouveau_collaborateur_manager(ctx: Ctx) -> Draft:
    cand = other(ctx)
    kind = ctx.pick(["arrivee", "checklist", "periode"])
    paras = {
        "arrivee": [
            f"Nous avons le plaisir de vous confirmer l'arrivée de {cand} dans votre équipe le {when(ctx, 'fr').split(' à ')[0]}, au poste de {{title}}.",
            "Merci de préparer son parcours d'intégration (accueil, présentation à l'équipe, référent) et de valider la commande de matériel informatique.",
        ],
        "checklist": [
            f"Pour l'arrivée de {cand} lundi, il reste à votre charge :",
            "- désigner un parrain/une marraine\n- réserver un déjeuner d'équipe\n- planifier le point d'étonnement à 1 mois",
        ],
        "periode": [
            f"La période d'essai de {cand} se termine dans [15|30] jours. Merci de nous indiquer avant cette date si vous souhaitez la confirmer, la renouveler ou y mettre fin.",
            "Un entretien de fin de période d'essai est recommandé.",
        ],
    }[kind]
    return mail(
        ctx,
        {
            "arrivee": ["Arrivée de " + cand + " dans votre équipe", "Nouvel arrivant : " + cand],
            "checklist": ["Intégration de " + cand + " - à faire", "RE: Arrivée de " + cand],
            "periode": ["Fin de période d'essai - " + cand, "Période d'essai : action requise"],
        }[kind],
        paras,
        ("{person}", mine(ctx, ctx.domain)) if ctx.chance(0.6) else ("RH {co}", "rh@{domain}"),
        "{person}\n[Chargé(e) RH|HR Business Partner|Responsable développement RH] - {co}",
        lang="fr",
        greet_p=1.0,
        form=form(ctx),
    )


@family("h5_sv_konsultbolag_forlangning_kund", "not_job", lang="sv", n=H1_N)
def sv_konsultbolag_forlangning_kund(ctx: Ctx) -> Draft:
    firm = ctx.pick(["Academic Work", "Poolia", "Experis", "Lernia Bemanning", "Nexer", "Randstad"])
    a, b = other(ctx), other(ctx)
    kind = ctx.pick(["forlang", "cv", "avslut"])
    paras = {
        "forlang": [
            f"{a}s uppdrag hos er löper ut [den sista|om två veckor]. Vill ni förlänga uppdraget med [3|6] månader på samma villkor?",
            "Hör gärna av dig så tar vi fram ett nytt avrop.",
        ],
        "cv": [
            f"Tack för er förfrågan om en {{title}}. Här kommer CV för {a} och {b}, båda tillgängliga från [v. 12|nästa månad|omgående].",
            "Timpris enligt ramavtalet. Vill du träffa någon av dem på en kort intervju?",
        ],
        "avslut": [
            f"Vi har tagit emot ert besked om att avsluta {b}s uppdrag. Sista dag blir {when(ctx, 'sv').split(' kl.')[0]}.",
            "Tack för samarbetet, vi skickar en kort utvärdering till dig.",
        ],
    }[kind]
    return mail(
        ctx,
        {
            "forlang": ["Förlängning av uppdrag - " + a, "Uppdraget hos er löper ut"],
            "cv": ["CV:n för er förfrågan {title}", "Förslag på konsulter"],
            "avslut": ["Bekräftelse: avslut av uppdrag", "Sv: Avslut " + b],
        }[kind],
        paras,
        (f"{{person}} | {firm}", mine(ctx, ascii_word(firm) + ".se")),
        "{person}\n[Konsultchef|Kundansvarig|Affärsområdeschef] " + firm,
        lang="sv",
        greet_p=1.0,
        form=form(ctx, "plain", "alt"),
    )


@family("h5_it_negozio_candidature_spontanee", "not_job", lang="it", n=H1_N)
def it_negozio_candidature_spontanee(ctx: Ctx) -> Draft:
    shop = ctx.pick(
        ["pizzeria", "bar", "negozio di abbigliamento", "agriturismo", "gelateria", "ferramenta"]
    )
    return mail(
        ctx,
        [
            "Candidatura spontanea",
            f"Disponibilità per {shop}",
            "Curriculum",
            "Cercate personale?",
            "Re: cercasi personale",
        ],
        [
            ctx.pick(["Buongiorno,", "Salve,", "Gentile titolare,", "Ciao,"]),
            ctx.pick(
                [
                    f"mi chiamo {{pfirst}} e vorrei proporre la mia candidatura per lavorare presso {shop}. Ho [19|23|31|45] anni e ho già esperienza come [cameriere/a|commesso/a|aiuto cuoco].",
                    "sono passato/a ieri da voi e il ragazzo al banco mi ha detto di scrivervi. Vi allego il curriculum, sono disponibile anche nei weekend.",
                    "ho visto il cartello «cercasi personale» sulla vostra vetrina. È ancora valido? Sarei disponibile da subito.",
                ]
            ),
            "[Resto in attesa di un vostro gentile riscontro.|Il mio numero è 3[3|4|9][1|5|8] [412|778|905] [2291|6630|1187].|Grazie mille e buona giornata.|]",
        ],
        private(ctx),
        "{person}" if ctx.chance(0.6) else "{pfirst}",
        lang="it",
        greet_p=0.0,
        form="plain",
        footer=ctx.pick(["", "", "Inviato da iPhone"]),
    )


@family("h5_uk_school_shortlisting_pack_hod", "not_job", lang="en_gb", n=H1_N)
def uk_school_shortlisting_pack_hod(ctx: Ctx) -> Draft:
    subj = ctx.pick(["Maths", "English", "Science", "Geography", "Computing", "Modern Languages"])
    a, b = other(ctx), other(ctx)
    n = ctx.num(4, 14)
    kind = ctx.pick(["pack", "day", "refs"])
    paras = {
        "pack": [
            f"The advert for the Teacher of {subj} post closed on Friday and we have {n} applications. The anonymised forms are in the Recruitment folder on the shared drive.",
            "Could you and the deputy head score them against the person specification by [Wednesday|Thursday] so we can invite up to four to interview?",
        ],
        "day": [
            f"Interview day for the {subj} post is confirmed for {when(ctx, 'en_gb').split(' at ')[0]}. Candidates: {a}, {b} and [one other|two others].",
            "Schedule: tour 8:45, lesson observation (Year [8|9|10], 25 mins) from 9:30, student panel at 11, formal interviews after lunch. Please book cover for your period 3.",
        ],
        "refs": [
            f"References for {a} have come back; both are positive. The safeguarding check and Section 128 check are clear.",
            "Once you confirm, the head will make a verbal offer this afternoon.",
        ],
    }[kind]
    return mail(
        ctx,
        {
            "pack": [f"Shortlisting - Teacher of {subj}", f"{n} applications for the {subj} post"],
            "day": [f"Interview day - {subj} post", f"RE: Shortlisting - Teacher of {subj}"],
            "refs": ["References received - " + a, f"{subj} appointment - next steps"],
        }[kind],
        paras,
        (
            "{person}",
            mine(
                ctx,
                ctx.pick(
                    [
                        "[oakfield|st-marys|kingsmead|riverside]academy.org.uk",
                        "[harrowfield|beechwood]school.sch.uk",
                    ]
                ),
            ),
        ),
        "{person}\n[HR Manager|Business Manager|PA to the Headteacher]",
        lang="en_gb",
        greet_p=1.0,
        form=form(ctx, "plain", "alt"),
        footer=ctx.pick(
            [
                "",
                "This email and any attachments are confidential and intended solely for the addressee. [Oakfield|Kingsmead] Academy Trust is a company limited by guarantee.",
            ]
        ),
    )


@family("h5_pl_pracuj_pracodawca_ogloszenie", "not_job", lang="pl", n=H1_N)
def pl_pracuj_pracodawca_ogloszenie(ctx: Ctx) -> Draft:
    site, host = ctx.pick(
        [
            ("Pracuj.pl dla pracodawców", "pracuj.pl"),
            ("OLX Praca - pracodawca", "olx.pl"),
            ("justjoin.it", "justjoin.it"),
            ("Indeed dla pracodawców", "indeed.pl"),
        ]
    )
    n = ctx.num(2, 60)
    kind = ctx.pick(["aplikacje", "wygasa", "faktura"])
    para = {
        "aplikacje": f"Twoje ogłoszenie „{{title}}” ([Warszawa|Kraków|Wrocław|Poznań]) otrzymało {n} nowych aplikacji. [{other(ctx)} spełnia wszystkie wymagania.|Przejrzyj kandydatów w panelu pracodawcy.]",
        "wygasa": "Twoje ogłoszenie „{title}” wygasa za [2|3|5] dni. Przedłuż publikację, jeśli rekrutacja nadal trwa.",
        "faktura": f"Faktura VAT nr FV/{ctx.num(1000, 9999)}/{ctx.date.year} za publikację ogłoszenia „{{title}}” jest dostępna do pobrania.",
    }[kind]
    return mail(
        ctx,
        {
            "aplikacje": [f"{n} nowych aplikacji na Twoje ogłoszenie", "Nowi kandydaci: {title}"],
            "wygasa": ["Twoje ogłoszenie wkrótce wygaśnie", "Przedłuż ogłoszenie „{title}”"],
            "faktura": ["Nowa faktura do pobrania", f"{site}: faktura"],
        }[kind],
        [para, "Przejdź do panelu: " + ctx.url("pracodawca." + host, "ogloszenia")],
        (site, f"[noreply|pracodawcy]@{host}"),
        "",
        lang="pl",
        greet_p=0.6,
        form=form(ctx, "html", "alt"),
        bulk=True,
        footer=f"Otrzymujesz tę wiadomość, ponieważ masz konto pracodawcy w serwisie {site}.",
    )
