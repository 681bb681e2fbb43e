"""Hard negatives, session 10: people choosing people for rooms and places.

A German shared flat invites to a "WG-Casting" and sends a "Zusage" or "Absage"; a British or
Australian flatshare holds "flatmate interviews"; a housing co-operative admits members and
offers a flat; a French nursery committee gives an "avis favorable" and an "entretien" with the
director; a Swedish municipality offers a preschool place with a start date. More follow in
fam_n2_homes_people2.py. Hiring words, no job search.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, family
from n2_kit import bye2, day2, local_time, neg2, staged, when2
from n_kit import MOBILE, NN_N, at, private, service_footer
from zf_kit import bye


@family("n2_de_wg_casting", "not_job", lang="de", n=NN_N)
def de_wg_casting(ctx: Ctx) -> Draft:
    zimmer = "[14|16|19|22] m²-Zimmer in [Neukölln|der Südstadt|Connewitz|Ehrenfeld|der Neustadt]"
    _stage, subjects, para = staged(
        ctx,
        {
            "einladung": (
                ["WG-Casting", "Re: Dein Zimmer-Anfrage", "Einladung zum WG-Casting :)"],
                f"danke für deine nette Nachricht zum {zimmer}! Wir würden dich gern kennenlernen und laden dich zum WG-Casting ein: {when2(ctx, 'de')}. Wir sind zu dritt, kochen oft zusammen und suchen keine Zweck-WG. Sag kurz Bescheid, ob das klappt.",
            ),
            "zusage": (
                ["Zusage fürs Zimmer!", "Re: WG-Casting", "Du hast das Zimmer :)"],
                f"wir haben uns nach dem Casting lange beraten und würden dir das Zimmer sehr gern anbieten! Einzug wäre ab [1. Oktober|1. März|Mitte April], die Miete ist [420|480|550] € warm. Gib uns bitte bis {day2(ctx, 'de')} Bescheid, dann schicken wir dir den Untermietvertrag.",
            ),
            "absage": (
                ["Re: WG-Casting", "Absage Zimmer", "Unser Zimmer"],
                "vielen Dank, dass du beim Casting warst, es war echt nett mit dir! Leider haben wir uns für jemand anderen entschieden - es war eine knappe Entscheidung. Wir wünschen dir viel Glück bei der Suche!",
            ),
            "zweites": (
                ["Zweites Kennenlernen?", "Re: Casting am Wochenende"],
                "du bist bei uns in der engeren Auswahl! Hättest du Lust, am [Samstag|Sonntag] nochmal zum Abendessen vorbeizukommen? Dann lernst du auch [Jonas|Max|Leo] kennen, der beim ersten Mal nicht da war.",
            ),
        },
    )
    return neg2(
        ctx,
        subjects,
        # Flatmates write "du": their own greeting, never the kit's formal German ones.
        [
            ctx.fill(
                ctx.pick(["Hey {first}!", "Hi {first},", "Hallo {first},", "Hallo {first} :)"])
            ),
            para,
        ],
        private(ctx),
        ctx.pick(["Liebe Grüße", "LG", "Viele Grüße", "Bis bald!"])
        + f"\n{ctx.person_first}"
        + ctx.pick(["", " (für die WG)", " & die WG"]),
        lang="de",
        greet_p=0.0,
        form=ctx.pick(["plain", "plain", "alt"]),
        footer=ctx.pick(["", "", "Gesendet von meinem iPhone"]),
    )


@family("n2_flatmate_interview", "not_job", n=NN_N)
def flatmate_interview(ctx: Ctx) -> Draft:
    area = ctx.pick(["Peckham", "Clapham", "Newtown", "Fitzroy", "Headingley", "Leith", "Bondi"])
    stage, subjects, para = staged(
        ctx,
        {
            "invite": (
                ["Re: Double room in " + area, "Room viewing", "Re: your message about the room"],
                f"Thanks for your message about the double room in {area}! We're doing viewings / flatmate interviews on {{day}} - could you come by at {local_time(ctx)}? It's pretty informal, just a chat over a cuppa so we can see if we'd all get on. There are [two|three] of us, mostly working from home, fairly tidy.",
            ),
            "offer": (
                ["Re: Room", "The room is yours if you want it!", "Room in " + area],
                "It was really nice to meet you on Tuesday. We all agreed you'd be a great fit, so we'd love to offer you the room! The move-in date would be [the 1st|the 15th|whenever suits after the 1st], rent is [£850|$320 a week|£720] plus bills. The agent will need references and a holding deposit - shall I put you in touch?",
            ),
            "no": (
                ["Re: Room", "Re: flatmate interview", "Thanks for coming round"],
                "Thanks so much for coming to see the flat. Unfortunately we've decided to go with someone else this time - it was a really tough choice. Best of luck finding somewhere, I'm sure you'll find something soon!",
            ),
            "platform": (
                ["New message about your ad", "Someone replied to your Room Wanted ad"],
                f'You have a new message from a flatmate in {area}: "Hi! Saw your room wanted ad - we\'ve got a room coming up. Would you like to come for a flatmate interview?" Reply within 24 hours to stay at the top of their list.',
            ),
        },
    )
    if stage == "platform":
        return neg2(
            ctx,
            subjects,
            [
                para,
                ctx.fill(
                    f"[Read the message|Reply now]: {ctx.url('spareroom.example.co.uk', 'messages')}"
                ),
            ],
            ("SpareRoom", "messages@spareroom.example.co.uk"),
            "The SpareRoom Team",
            greet_p=0.7,
            form=ctx.pick(["html", "alt"]),
            footer=service_footer(ctx, "SpareRoom", "spareroom.example.co.uk"),
        )
    return neg2(
        ctx,
        subjects,
        [para],
        private(ctx),
        ctx.pick(["Cheers,", "Thanks!", "Best,", "x"]) + f"\n{ctx.person_first}",
        greet_p=0.9,
        form="plain",
        footer=ctx.pick(list(MOBILE)),
    )


@family("n2_de_genossenschaft_mitglied", "not_job", lang="de", n=NN_N)
def de_genossenschaft_mitglied(ctx: Ctx) -> Draft:
    geno = ctx.pick(
        [
            "Wohnungsbaugenossenschaft Freie Scholle eG",
            "WBG Zukunft eG",
            "Bauverein der Elbgemeinden eG",
            "Wohnungsgenossenschaft am Ostseeplatz eG",
        ]
    )
    _stage, subjects, para = staged(
        ctx,
        {
            "aufnahme": (
                ["Ihr Antrag auf Mitgliedschaft", "Aufnahme in die Genossenschaft"],
                "der Vorstand hat Ihrem Antrag auf Aufnahme als Mitglied zugestimmt. Bitte zahlen Sie die Pflichtanteile ([3|5] Anteile zu je [200|310] €) innerhalb von vier Wochen ein. Erst danach können wir Sie bei der Wohnungsvergabe berücksichtigen.",
            ),
            "angebot": (
                ["Wohnungsangebot", "Angebot einer Genossenschaftswohnung"],
                f"wir können Ihnen eine [2-Zimmer|3-Zimmer|2,5-Zimmer]-Wohnung ({ctx.num(48, 86)} m², [2. OG|EG|4. OG mit Aufzug]) zum [1. Juli|1. September|1. Januar] anbieten. Eine Besichtigung ist möglich am {when2(ctx, 'de')}. Bitte teilen Sie uns innerhalb von einer Woche mit, ob Sie das Angebot annehmen.",
            ),
            "gespraech": (
                ["Einladung zum Kennenlerngespräch", "Gesprächstermin Wohnungsvergabe"],
                f"im Rahmen der Wohnungsvergabe führen wir mit allen Interessenten ein persönliches Gespräch. Ihr Termin: {when2(ctx, 'de')} in der Geschäftsstelle. Bitte bringen Sie Einkommensnachweise und den WBS (falls vorhanden) mit.",
            ),
            "absage": (
                ["Ihre Bewerbung um eine Wohnung", "Wohnungsvergabe - Rückmeldung"],
                "für die von Ihnen angefragte Wohnung haben wir sehr viele Bewerbungen erhalten und sie an ein langjähriges Mitglied vergeben. Ihre Vormerkung bleibt bestehen.",
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
                    "Sprechzeiten der Geschäftsstelle: Mo und Do 9-12 Uhr, Di 14-18 Uhr.",
                    "Bitte geben Sie bei Rückfragen Ihre Mitgliedsnummer an.",
                ]
            ),
        ],
        (geno, ctx.pick(["vermietung@geno.example.de", at(ctx, "geno.example.de")])),
        bye(ctx, "de", f"{ctx.person}\n[Vermietung|Mitgliederbetreuung]\n{geno}"),
        lang="de",
        greet_p=0.95,
        form=ctx.pick(["plain", "alt"]),
        footer=ctx.pick(
            [
                "",
                f"{geno} | Vorstand: {ctx.person} | Registergericht Amtsgericht, GnR {ctx.num(100, 999)}",
            ]
        ),
    )


@family("n2_fr_creche_commission", "not_job", lang="fr", n=NN_N)
def fr_creche_commission(ctx: Ctx) -> Draft:
    creche = ctx.pick(
        [
            "crèche Les Petits Loups",
            "multi-accueil Les Lucioles",
            "crèche collective Pomme d'Api",
            "micro-crèche Les Ptits Mousses",
        ]
    )
    enfant = ctx.pick(["Louise", "Gabriel", "Jade", "Raphaël", "Inès"])
    _stage, subjects, para = staged(
        ctx,
        {
            "avis": (
                [
                    "Décision de la commission d'attribution des places en crèche",
                    "Votre demande de place en crèche",
                ],
                f"la commission d'attribution des places en accueil collectif s'est réunie le [14|21|28] [mai|juin|mars]. [Elle a émis un avis favorable pour l'accueil de {enfant} à la {creche} à compter de [septembre|janvier].|Nous sommes au regret de vous informer qu'aucune place n'a pu être proposée pour {enfant}. Votre demande reste active pour la prochaine commission.]",
            ),
            "rdv": (
                ["Rendez-vous d'admission", "Entretien avec la directrice de la crèche"],
                f"suite à l'attribution d'une place pour {enfant}, la directrice de la {creche} vous propose un entretien d'admission le {when2(ctx, 'fr')}. Merci d'apporter le carnet de santé, votre avis d'imposition et un justificatif de domicile.",
            ),
            "adaptation": (
                ["Période d'adaptation", f"Adaptation de {enfant}"],
                f"la période d'adaptation de {enfant} commencera le {day2(ctx, 'fr')} : une heure le premier jour, puis nous allongerons progressivement. Prévoyez une tenue de rechange et le doudou !",
            ),
            "confirmation": (
                ["Confirmation de votre acceptation", "Acceptation de la place"],
                f"nous avons bien reçu votre acceptation de la place pour {enfant}. Le contrat d'accueil vous sera remis lors du premier jour. Sans réponse de votre part sous 8 jours, la place aurait été proposée à une autre famille.",
            ),
        },
    )
    return neg2(
        ctx,
        subjects,
        [
            para,
            ctx.pick(
                ["", "Direction de la Petite Enfance", "Merci de ne pas répondre à ce courriel."]
            ),
        ],
        (
            ctx.pick(["Mairie - Service Petite Enfance", creche.capitalize()]),
            ctx.pick(["petite-enfance@mairie.example.fr", at(ctx, "mairie.example.fr")]),
        ),
        bye(ctx, "fr", ctx.pick(["Le Service Petite Enfance", f"{ctx.person}\nDirectrice"])),
        lang="fr",
        greet_p=0.95,
        form=ctx.pick(["plain", "alt", "html"]),
    )


@family("n2_sv_forskoleplats", "not_job", lang="sv", n=NN_N)
def sv_forskoleplats(ctx: Ctx) -> Draft:
    forskola = ctx.pick(
        ["Förskolan Solrosen", "Förskolan Ekorren", "Förskolan Humlan", "Förskolan Tallbacken"]
    )
    barn = ctx.pick(["Ella", "Liam", "Wilma", "Noah", "Astrid", "Elias"])
    _stage, subjects, para = staged(
        ctx,
        {
            "erbjudande": (
                ["Erbjudande om förskoleplats", "Placeringserbjudande"],
                f"{barn} erbjuds plats på {forskola} med startdatum {day2(ctx, 'sv')}. Du behöver tacka ja eller nej inom 14 dagar i e-tjänsten. Om du tackar nej står {barn} kvar i kön men förlorar sitt garantidatum.",
            ),
            "inskolning": (
                ["Välkommen till förskolan!", "Information om inskolning"],
                f"välkommen till {forskola}! Inskolningen för {barn} börjar {when2(ctx, 'sv')}. Vi har föräldraaktiv inskolning, vilket betyder att du är med hela dagarna den första veckan.",
            ),
            "ko": (
                ["Bekräftelse på köanmälan", "Din ansökan om förskoleplats"],
                f"vi har tagit emot din ansökan om förskoleplats för {barn}. Önskat placeringsdatum är registrerat. Du får ett erbjudande senast fyra månader efter önskat datum.",
            ),
            "samtal": (
                ["Inbjudan till utvecklingssamtal", "Dags för utvecklingssamtal"],
                f"nu är det dags för utvecklingssamtal om {barn}. Boka en tid som passar via länken i Vklass. Samtalet tar ca 30 minuter.",
            ),
        },
    )
    return neg2(
        ctx,
        subjects,
        [
            para,
            ctx.pick(["", "Detta mejl kan inte besvaras.", "Frågor? Kontakta förskoleenheten."]),
        ],
        (
            ctx.pick(["Förskoleförvaltningen", forskola, "Barn- och utbildningsförvaltningen"]),
            ctx.pick(["noreply@kommun.example.se", at(ctx, "kommun.example.se")]),
        ),
        bye2(ctx, "sv", ctx.pick(["Placeringsenheten", f"{ctx.person}\nförskolechef, {forskola}"])),
        lang="sv",
        greet_p=0.9,
        form=ctx.pick(["plain", "html", "alt"]),
    )
