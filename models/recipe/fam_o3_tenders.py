"""Hard negatives, session 10: public tenders and private RFPs, where the reader's FIRM is the
applicant.

A bid that was "unsuccessful", a supplier "shortlisted for the next stage", an invitation to
present, a "preferred supplier" decision, a German "Nichtberücksichtigung" under § 134 GWB, a
French "candidature" admitted to the offer phase of a public contract, a Swedish award
decision ("tilldelningsbeslut") and a Polish notice of the best offer: the words of a hiring
outcome, none of it the reader's job search.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, family
from n_kit import at
from o3_kit import O3_N, bye, date_x, footer_x, mail, when_x
from zf_kit import weekday_future


@family("o3_tender_outcome_uk_portal", "not_job", n=O3_N)
def tender_outcome_uk_portal(ctx: Ctx) -> Draft:
    buyer, host = ctx.pick(
        [
            ("Leeds City Council", "procontract.example"),
            ("NHS Supply Chain", "atamis.example"),
            ("Crown Commercial Service", "ccs-etendering.example"),
            ("Transport for Greater Manchester", "the-chest.example"),
            ("University of Bristol", "in-tendhost.example"),
            ("Scottish Water", "publiccontractsscotland.example"),
        ]
    )
    ref = f"{ctx.pick(['ITT', 'RFQ', 'CFT', 'DN'])}-{ctx.num(100000, 999999)}"
    lot = ctx.pick(
        [
            "Lot 1 - Website redevelopment",
            "Lot 2 - Managed print services",
            "Grounds maintenance",
            "Occupational health services",
            "Translation and interpreting",
            "Cloud hosting (G-Cloud call-off)",
        ]
    )
    stage = ctx.pick(["lost", "lost", "won", "clarify", "sq_pass"])
    q, p = ctx.num(38, 58), ctx.num(18, 39)
    paras = {
        "lost": [
            f"Thank you for submitting a tender for {ref} {lot}. [We regret to inform you that your bid has been unsuccessful on this occasion.|I am writing to inform you that your tender was not the most advantageous tender and has not been selected.]",
            f"Your scores: Quality {q}/60, Price {p}/40, total {q + p}/100. The winning tenderer scored [88.5|91.2|86.0]/100. The name of the successful tenderer and the relative advantages of its tender are set out in the attached award letter.",
            "In accordance with the Public Contracts Regulations 2015 a standstill period of [ten|10] calendar days applies before the contract is entered into. [Should you require a debrief, please raise a request via the messaging facility within the portal.|Questions can be raised via the portal messaging function only.]",
        ],
        "won": [
            f"We are pleased to inform you that, following evaluation, your organisation has been identified as the preferred bidder for {ref} {lot}.",
            "This letter does not form a contract. The award is subject to the expiry of the standstill period and to satisfactory completion of the pre-contract checks (insurance certificates, financial standing).",
        ],
        "clarify": [
            f"A clarification question has been raised by the buyer on {ref}: [please confirm that your day rates include travel|please provide the missing Appendix C (pricing schedule)|please confirm your ISO 27001 certificate is current].",
            f"Responses must be submitted via the portal by {date_x(ctx, weekday_future(ctx), 'en')} 12:00 noon.",
        ],
        "sq_pass": [
            f"Thank you for completing the Selection Questionnaire for {ref} {lot}. We are pleased to confirm that your organisation has passed the selection stage and has been shortlisted to receive the Invitation to Tender.",
            "The ITT documents will be published in the portal shortly. [Shortlisted bidders will be invited to a site visit.|The deadline for tender returns is stated in the ITT.]",
        ],
    }[stage]
    subjects = {
        "lost": [
            f"Outcome of tender {ref}",
            f"{ref} - notification of contract award decision",
            f"Unsuccessful bid notification: {lot}",
        ],
        "won": [f"{ref} - intention to award", f"Preferred bidder letter: {lot}"],
        "clarify": [
            f"New message: {ref} clarification",
            f"[{buyer}] Clarification request - {ref}",
        ],
        "sq_pass": [
            f"{ref}: outcome of selection stage",
            f"Selection Questionnaire result - {lot}",
        ],
    }[stage]
    return mail(
        ctx,
        subjects,
        paras,
        (
            ctx.pick([f"{buyer} via Portal", f"{buyer} Procurement", "eTendering Portal"]),
            ctx.pick([f"noreply@{host}", f"notifications@{host}"]),
        ),
        bye(
            ctx,
            "en",
            ctx.pick(
                [f"{buyer} Procurement Team", "Category Manager\n" + buyer, "Commercial Services"]
            ),
        ),
        greet_p=0.6,
        form=ctx.pick(["plain", "alt", "html"]),
        footer=footer_x(ctx, buyer, host)
        if ctx.chance(0.5)
        else "This message was sent by the e-tendering system. Log in to view the full correspondence.",
    )


@family("o3_de_vergabe_information", "not_job", lang="de", n=O3_N)
def de_vergabe_information(ctx: Ctx) -> Draft:
    stelle, shost = ctx.pick(
        [
            ("Stadt Karlsruhe, Zentrale Vergabestelle", "karlsruhe.example"),
            ("Landratsamt Ortenaukreis", "ortenaukreis.example"),
            ("Universität Leipzig, Beschaffung", "uni-leipzig.example"),
            ("Deutsche Rentenversicherung Bund", "drv-bund.example"),
            ("Stadtwerke Bielefeld GmbH", "stadtwerke-bielefeld.example"),
        ]
    )
    vn = f"{ctx.pick(['VgV', 'UVgO', 'VOB/A'])}-{ctx.num(2024, 2026)}-{ctx.num(100, 999)}"
    leistung = ctx.pick(
        [
            "Reinigungsleistungen Verwaltungsgebäude",
            "Rahmenvertrag IT-Dienstleistungen",
            "Planungsleistungen Schulneubau",
            "Lieferung von Büromöbeln",
            "Wartung der Aufzugsanlagen",
        ]
    )
    stage = ctx.pick(["absage", "absage", "zuschlag", "aufklaerung", "teilnahme"])
    paras = {
        "absage": [
            f"Information nach § 134 GWB über die beabsichtigte Zuschlagserteilung im Vergabeverfahren {vn} „{leistung}“.",
            "Wir teilen Ihnen mit, dass Ihr Angebot nicht berücksichtigt werden kann. [Ihr Angebot war nicht das wirtschaftlichste.|Ihr Angebot musste wegen fehlender Nachweise ausgeschlossen werden.|Ihr Angebot belegte in der Wertung Rang [2|3|4].]",
            f"Der Zuschlag soll frühestens am {date_x(ctx, weekday_future(ctx, 10, 15), 'de')} auf das Angebot der Firma [Müller Gebäudeservice GmbH|Datatec Systemhaus AG|Planwerk Architekten PartG mbB] erteilt werden.",
        ],
        "zuschlag": [
            f"im Vergabeverfahren {vn} „{leistung}“ erteilen wir Ihnen hiermit den Zuschlag auf Ihr Angebot vom [12.|3.|21.] des Vormonats.",
            "Der Vertrag kommt mit Zugang dieses Schreibens zustande. Bitte senden Sie uns die Vertragserfüllungsbürgschaft innerhalb von 14 Tagen zu.",
        ],
        "aufklaerung": [
            f"zu Ihrem Angebot im Verfahren {vn} bitten wir um Aufklärung: [Bitte erläutern Sie die Kalkulation der Position 4.2.|Die Eigenerklärung zur Tariftreue fehlt.|Bitte reichen Sie den aktuellen Handelsregisterauszug nach.]",
            f"Bitte antworten Sie ausschließlich über die Vergabeplattform bis {when_x(ctx, 'de')}.",
        ],
        "teilnahme": [
            f"Ihr Teilnahmeantrag im Verhandlungsverfahren {vn} „{leistung}“ wurde geprüft. Wir freuen uns, Ihnen mitzuteilen, dass Sie zur Angebotsabgabe aufgefordert werden.",
            f"Das Verhandlungsgespräch (Präsentation Ihres Konzepts, ca. 60 Minuten) ist für den {when_x(ctx, 'de')} vorgesehen.",
        ],
    }[stage]
    return mail(
        ctx,
        {
            "absage": [
                f"Vorabinformation gemäß § 134 GWB – {vn}",
                f"Nichtberücksichtigung Ihres Angebots – {leistung}",
                f"Vergabeverfahren {vn}: Mitteilung",
            ],
            "zuschlag": [f"Zuschlagserteilung {vn}", f"Auftragserteilung – {leistung}"],
            "aufklaerung": [f"Aufklärungsersuchen {vn}", f"Nachforderung von Unterlagen – {vn}"],
            "teilnahme": [
                f"Aufforderung zur Angebotsabgabe – {vn}",
                f"Ergebnis Teilnahmewettbewerb {vn}",
            ],
        }[stage],
        paras,
        ctx.pick(
            [
                (stelle, "vergabestelle@" + shost),
                (stelle, at(ctx, shost)),
                ("Vergabemarktplatz", "noreply@vergabe-nrw.example"),
                ("DTVP Nachrichtendienst", "noreply@dtvp.example"),
            ]
        ),
        bye(
            ctx,
            "de",
            ctx.pick([f"Im Auftrag\n{ctx.person}\n{stelle}", stelle, "Zentrale Vergabestelle"]),
        ),
        lang="de",
        greet_p=0.8,
        form=ctx.pick(["plain", "alt"]),
        footer=ctx.pick(
            [
                "",
                "Diese Nachricht wurde über die Vergabeplattform versandt.",
                footer_x(ctx, stelle, "vergabe.example", "de"),
            ]
        ),
    )


@family("o3_fr_marche_public_candidature", "not_job", lang="fr", n=O3_N)
def fr_marche_public_candidature(ctx: Ctx) -> Draft:
    acheteur, ahost = ctx.pick(
        [
            ("Ville de Nantes", "nantes.example"),
            ("Métropole de Lyon", "grandlyon.example"),
            ("Conseil départemental de la Gironde", "gironde.example"),
            ("CHU de Rennes", "chu-rennes.example"),
            ("Région Occitanie", "laregion.example"),
        ]
    )
    objet = ctx.pick(
        [
            "prestations de nettoyage des locaux",
            "maintenance des installations de chauffage",
            "refonte du site internet",
            "fourniture de mobilier scolaire",
            "mission de maîtrise d'œuvre",
            "accompagnement RH et formation des agents",
        ]
    )
    ref = f"{ctx.num(2024, 2026)}-{ctx.pick(['AO', 'MAPA', 'DCE'])}-{ctx.num(10, 999):03d}"
    stage = ctx.pick(["rejet", "rejet", "admise", "attribution", "pieces"])
    paras = {
        "rejet": [
            f"Objet : marché n° {ref} – {objet}.",
            "Nous avons le regret de vous informer que votre offre n'a pas été retenue. [Elle a été classée en position [2|3|5] sur [4|6|9] offres.|Votre candidature a été déclarée irrecevable (DC2 incomplet).]",
            "Conformément aux articles R2181-1 et suivants du Code de la commande publique, le marché sera attribué à l'issue d'un délai de suspension de [11|16] jours. Vous pouvez demander les motifs détaillés du rejet.",
        ],
        "admise": [
            f"Dans le cadre de la procédure {ref} ({objet}), nous avons le plaisir de vous informer que votre candidature a été retenue. Vous êtes invité(e) à remettre une offre.",
            f"Une audition des candidats admis aura lieu le {when_x(ctx, 'fr')} dans nos locaux.",
        ],
        "attribution": [
            f"Nous avons le plaisir de vous informer que votre offre pour le marché {ref} – {objet} a été retenue.",
            "Afin de finaliser l'attribution, merci de nous transmettre sous 8 jours les attestations fiscales et sociales ainsi que l'attestation d'assurance.",
        ],
        "pieces": [
            f"Après ouverture des plis du marché {ref}, nous constatons que certaines pièces de votre candidature sont manquantes : [le DC1 signé|l'extrait Kbis|les références de moins de 3 ans].",
            f"Merci de compléter votre dossier via le profil acheteur avant le {date_x(ctx, weekday_future(ctx), 'fr')}.",
        ],
    }[stage]
    return mail(
        ctx,
        {
            "rejet": [
                f"Marché {ref} – Lettre de rejet",
                f"Notification de rejet de votre offre – {objet}",
                f"Information des candidats non retenus – {ref}",
            ],
            "admise": [
                f"Procédure {ref} : votre candidature est retenue",
                f"Admission des candidatures – {ref}",
            ],
            "attribution": [
                f"Notification d'attribution – marché {ref}",
                f"Marché {ref} : votre offre est retenue",
            ],
            "pieces": [f"Demande de compléments – {ref}", f"Pièces manquantes – marché {ref}"],
        }[stage],
        paras,
        ctx.pick(
            [
                (f"{acheteur} – Service de la commande publique", "commande.publique@" + ahost),
                (acheteur, at(ctx, ahost)),
                ("PLACE – Plateforme des achats", "nepasrepondre@marches-publics.example"),
                ("Marchés Sécurisés", "notification@marches-securises.example"),
            ]
        ),
        bye(
            ctx,
            "fr",
            ctx.pick(
                [
                    f"Le Pouvoir adjudicateur\n{acheteur}",
                    f"{ctx.person}\nAcheteuse publique",
                    "Service de la commande publique",
                ]
            ),
        ),
        lang="fr",
        greet_p=0.9,
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("o3_rfp_shortlist_procurement", "not_job", n=O3_N)
def rfp_shortlist_procurement(ctx: Ctx) -> Draft:
    client, chost = ctx.pick(
        [
            ("Halden Foods", "haldenfoods.example"),
            ("Marlow Logistics", "marlowlogistics.example"),
            ("Beacon Insurance", "beacon-ins.example"),
            ("Orbis Retail Group", "orbisretail.example"),
            ("Tidewater Health", "tidewaterhealth.example"),
            ("Kestrel Energy", "kestrel-energy.example"),
        ]
    )
    scope = ctx.pick(
        [
            "managed IT services",
            "payroll software",
            "facilities management",
            "digital marketing retainer",
            "cyber security assessment",
            "fleet telematics",
        ]
    )
    stage = ctx.pick(["shortlist", "orals", "preferred", "declined", "declined"])
    paras = {
        "shortlist": [
            f"Thank you for your response to our RFP for {scope}. [We received [nine|eleven|14] proposals|The evaluation panel has now scored all submissions] and I'm pleased to let you know that you have been shortlisted for the next stage.",
            "Next stage is a [90-minute|two-hour] presentation to the evaluation panel (procurement, IT and finance), followed by Q&A. Please also send two client references we can contact.",
        ],
        "orals": [
            f"Following up on the shortlist: your supplier presentation is booked for {when_x(ctx)}. Panel: our CFO, Head of IT and myself. Please keep commercials to 10 minutes; we'll go deep on implementation and SLAs.",
            "Please confirm who from your side will attend.",
        ],
        "preferred": [
            f"Good news - following the presentations and reference checks, [you have been selected as our preferred supplier|we'd like to move forward with you as preferred supplier] for {scope}.",
            "Next steps are contract negotiation and our vendor due diligence (security questionnaire, insurance, financials). Our legal team will send the MSA redlines this week.",
        ],
        "declined": [
            f"Thank you for the time your team put into the proposal and presentation for {scope}.",
            "After careful consideration, we have decided not to progress your proposal [on this occasion|to the final stage]. [The decision came down to pricing and implementation timeline.|It was a close decision; the selected supplier had more experience in our sector.] Happy to give feedback on a short call.",
        ],
    }[stage]
    who = ctx.person
    return mail(
        ctx,
        {
            "shortlist": [
                f"RFP {scope} - shortlist",
                f"{client} RFP: next stage",
                "Re: RFP submission - " + scope,
            ],
            "orals": [f"Supplier presentation - {client}", f"Re: {client} RFP next steps"],
            "preferred": [f"{client} - preferred supplier decision", f"RFP outcome: {scope}"],
            "declined": [f"RFP outcome - {scope}", f"Re: {client} proposal", "Your proposal"],
        }[stage],
        paras,
        (who, at(ctx, chost)),
        bye(
            ctx,
            "en",
            f"{who}\n[Procurement Manager|Senior Buyer|Head of Procurement|Category Lead, Indirect Spend]\n{client}",
        ),
        greet_p=0.95,
        form=ctx.pick(["plain", "alt"]),
        footer=ctx.pick(
            [
                "",
                "",
                "This email and any attachments are confidential. If you are not the intended recipient, please delete it.",
            ]
        ),
    )


@family("o3_sv_upphandling_tilldelning", "not_job", lang="sv", n=O3_N)
def sv_upphandling_tilldelning(ctx: Ctx) -> Draft:
    myndighet, mhost = ctx.pick(
        [
            ("Göteborgs Stad", "goteborg.example"),
            ("Region Skåne", "skane.example"),
            ("Trafikverket", "trafikverket.example"),
            ("Uppsala kommun", "uppsala.example"),
            ("Malmö stad", "malmo.example"),
        ]
    )
    dnr = f"{ctx.pick(['Dnr', 'Ärende'])} {ctx.num(2024, 2026)}-{ctx.num(100, 9999)}"
    avse = ctx.pick(
        [
            "städtjänster",
            "IT-konsulttjänster",
            "kontorsmaterial",
            "skolskjuts",
            "tolktjänster",
            "snöröjning",
        ]
    )
    stage = ctx.pick(["ej", "ej", "antagen", "fraga"])
    paras = {
        "ej": [
            f"Tilldelningsbeslut i upphandling av {avse}, {dnr}.",
            "Ert anbud har inte antagits. [Anbudet uppfyllde samtliga krav men hade inte lägst utvärderingspris.|Anbudet har förkastats då ska-krav 3.4 inte uppfylldes.] Avtal kommer att tecknas med [Nordic Service AB|Konsultbolaget i Väst AB|Snabbtolk Sverige AB].",
            "Avtalsspärr gäller i tio dagar från dagen för detta meddelande.",
        ],
        "antagen": [
            f"Vi har glädjen att meddela att ert anbud i upphandlingen av {avse} ({dnr}) har antagits.",
            "Avtal tecknas efter att avtalsspärren har löpt ut. Vi återkommer med avtalet för signering.",
        ],
        "fraga": [
            f"Förtydligande begärs avseende ert anbud i {dnr}: [bifoga referensuppdrag|bekräfta timpriset i bilaga 2|komplettera med F-skattsedel].",
            f"Svara via upphandlingsverktyget senast {date_x(ctx, weekday_future(ctx), 'sv')}.",
        ],
    }[stage]
    return mail(
        ctx,
        {
            "ej": [f"Tilldelningsbeslut {dnr}", f"Meddelande om tilldelningsbeslut – {avse}"],
            "antagen": [
                f"Tilldelningsbeslut {dnr} – ert anbud har antagits",
                "Tilldelning: " + avse,
            ],
            "fraga": [f"Begäran om förtydligande {dnr}", "Fråga om ert anbud"],
        }[stage],
        paras,
        ctx.pick(
            [
                (myndighet, "upphandling@" + mhost),
                (myndighet, at(ctx, mhost)),
                ("TendSign", "noreply@tendsign.example"),
                ("e-Avrop", "noreply@e-avrop.example"),
            ]
        ),
        bye(
            ctx, "sv", ctx.pick([f"{ctx.person}\nUpphandlare, {myndighet}", "Upphandlingsenheten"])
        ),
        lang="sv",
        greet_p=0.6,
        form=ctx.pick(["plain", "alt"]),
        footer=footer_x(ctx, myndighet, "tendsign.example", "sv"),
    )


@family("o3_pl_przetarg_wynik", "not_job", lang="pl", n=O3_N)
def pl_przetarg_wynik(ctx: Ctx) -> Draft:
    zam, zhost = ctx.pick(
        [
            ("Gmina Miasto Gdańsk", "gdansk.example"),
            ("Urząd Marszałkowski Województwa Małopolskiego", "umwm.example"),
            ("Politechnika Wrocławska", "pwr.example"),
            ("Szpital Wojewódzki w Poznaniu", "szpital-poznan.example"),
            ("Zarząd Dróg Miejskich w Warszawie", "zdm.example"),
        ]
    )
    nr = f"{ctx.pick(['ZP', 'DZP', 'ZDM'])}/{ctx.num(10, 250)}/{ctx.num(2024, 2026)}"
    co = ctx.pick(
        [
            "usługę sprzątania budynków",
            "dostawę sprzętu komputerowego",
            "wykonanie dokumentacji projektowej",
            "usługi cateringowe",
            "utrzymanie zieleni miejskiej",
        ]
    )
    stage = ctx.pick(["wybor", "odrzucenie", "wyjasnienia", "umowa"])
    paras = {
        "wybor": [
            f"Zawiadomienie o wyborze najkorzystniejszej oferty w postępowaniu nr {nr} na {co}.",
            "Zamawiający informuje, że jako najkorzystniejszą wybrano ofertę złożoną przez [ABC Serwis Sp. z o.o.|Komputronik Biznes S.A.|Pracownię Projektową Nowak]. Oferta Państwa firmy uzyskała [78,4|85,1|69,9] pkt i zajęła [2.|3.] miejsce w rankingu.",
        ],
        "odrzucenie": [
            f"Zamawiający informuje o odrzuceniu oferty Państwa firmy w postępowaniu {nr} na {co}.",
            "Uzasadnienie: [oferta zawiera rażąco niską cenę|nie złożono wymaganego wadium|oferta jest niezgodna z warunkami zamówienia]. Przysługuje Państwu odwołanie do KIO w terminie 10 dni.",
        ],
        "wyjasnienia": [
            f"W związku z prowadzonym postępowaniem {nr} Zamawiający wzywa do złożenia wyjaśnień dotyczących [kalkulacji ceny|doświadczenia wykonawcy|podwykonawców].",
            f"Wyjaśnienia należy złożyć za pośrednictwem platformy do dnia {date_x(ctx, weekday_future(ctx), 'pl')}.",
        ],
        "umowa": [
            f"Informujemy, że Państwa oferta w postępowaniu {nr} została wybrana jako najkorzystniejsza.",
            f"Prosimy o stawienie się w celu podpisania umowy w dniu {when_x(ctx, 'pl')}, pok. [104|212|3.15]. Prosimy o wniesienie zabezpieczenia należytego wykonania umowy.",
        ],
    }[stage]
    return mail(
        ctx,
        {
            "wybor": [
                f"Zawiadomienie o wyborze oferty – {nr}",
                f"Informacja o wyniku postępowania {nr}",
            ],
            "odrzucenie": [f"Odrzucenie oferty – {nr}", f"Postępowanie {nr}: informacja"],
            "wyjasnienia": [f"Wezwanie do wyjaśnień – {nr}", f"{nr} – wezwanie"],
            "umowa": [f"Podpisanie umowy – {nr}", f"Wybór oferty {nr}"],
        }[stage],
        paras,
        ctx.pick(
            [
                (zam, "zamowienia@" + zhost),
                (zam, at(ctx, zhost)),
                ("Platforma Zakupowa", "powiadomienia@platformazakupowa.example"),
                ("e-Zamówienia", "noreply@ezamowienia.example"),
            ]
        ),
        bye(ctx, "pl", ctx.pick([f"{ctx.person}\nDział Zamówień Publicznych", zam])),
        lang="pl",
        greet_p=0.7,
        form=ctx.pick(["plain", "alt", "html"]),
        footer=footer_x(ctx, zam, "platformazakupowa.example", "pl"),
    )
