"""Template families (session 12, helper H6): job mail from public employers, apprenticeships,
seasonal work, care homes and staffing agencies, in their own languages and forms: a German town
hall's receipt quoting the vacancy reference, a Dutch municipality's receipt, apprenticeship
aptitude tests and offers (Ausbildung), a French seasonal fixed-term contract offer, an Italian
social cooperative's rejection, a UK/Irish care home's conditional offer and its vetting forms, a
Brazilian employer's list of admission documents and a staffing agency confirming a temp
assignment (English, German or Dutch).
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from h6_kit import go, h6, mobile
from j2_kit import at, day, join, person_addr
from kit import Ctx, Draft
from zf_kit import weekday_future


@h6("h6_cf_de_stadt_eingang_kennziffer", "confirmation", lang="de")
def de_town_receipt(ctx: Ctx) -> Draft:
    """A German town hall or district office confirms an application under its vacancy reference."""
    go(ctx, "de_public")
    ref = (
        ctx.pick(["Kennziffer", "Kennz.", "Ausschreibungsnummer", "Stellen-Nr."])
        + " "
        + ctx.pick(["", "10/", "32-", "II/"])
        + str(ctx.num(10, 99))
        + "/"
        + str(ctx.date.year % 100)
    )
    deadline = weekday_future(ctx, 5, 25)
    text = join(
        ctx.fill(
            ctx.pick(
                [
                    "Sehr geehrte/r {first} {last},",
                    "Sehr geehrte Bewerberin, sehr geehrter Bewerber,",
                    "Guten Tag {first} {last},",
                ]
            )
        ),
        ctx.para(
            "vielen Dank für Ihre Bewerbung auf die ausgeschriebene Stelle als {title} ("
            + ref
            + "). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.",
            "Ihre Bewerbung ({title}, " + ref + ") ist bei uns eingegangen.",
            "wir bestätigen den Eingang Ihrer Bewerbung unter der " + ref + ".",
        ),
        ctx.para(
            "Nach Ablauf der Bewerbungsfrist am "
            + day(ctx, deadline, "de")
            + " werden alle Bewerbungen gesichtet. Wir bitten um Verständnis, dass das Auswahlverfahren einige Wochen in Anspruch nehmen kann.",
            "Das Auswahlverfahren wird unter Beteiligung des Personalrats und der Gleichstellungsbeauftragten durchgeführt. Sie erhalten nach Abschluss eine Nachricht.",
            "Bitte sehen Sie von Sachstandsanfragen ab; wir melden uns unaufgefordert bei Ihnen.",
        ),
        ctx.maybe(
            "Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt. Sofern noch nicht geschehen, fügen Sie bitte einen entsprechenden Nachweis bei.",
            0.4,
        ),
        ctx.maybe(
            "Hinweise zum Datenschutz gemäß Art. 13 DSGVO finden Sie auf unserer Internetseite.",
            0.5,
        ),
        "Mit freundlichen Grüßen\n"
        + ctx.fill(
            "[Im Auftrag\n{person}|{person}|Ihr Team Personal]\n[Fachbereich Personal und Organisation|Hauptamt - Personalabteilung|Sachgebiet Personal]\n{legal}"
        ),
    )
    subject = ctx.para(
        "Eingangsbestätigung Ihrer Bewerbung - " + ref,
        "Ihre Bewerbung als {title}",
        "Bewerbung " + ref + " - Eingangsbestätigung",
        "AW: Bewerbung auf die Stelle " + ref,
    )
    return Draft(
        subject,
        text,
        ctx.para("{legal}", "Personalabteilung {co}", "{person}"),
        ctx.pick(["personal@", "bewerbung@", "poststelle@"]) + ctx.domain,
        greet=False,
        sign="",
        lang="de",
        form=ctx.pick(["plain", "alt", "html"]),
    )


@h6("h6_cf_nl_gemeente_ontvangst", "confirmation", lang="nl")
def nl_municipal_receipt(ctx: Ctx) -> Draft:
    """A Dutch municipality or care foundation confirms an application and its vacancy number."""
    go(ctx, "nl")
    vac = "[vacaturenummer|vacature] " + str(ctx.date.year) + "-" + str(ctx.num(10, 199))
    text = join(
        ctx.fill(
            ctx.pick(["Beste {first},", "Beste {first} {last},", "Geachte heer/mevrouw {last},"])
        ),
        ctx.para(
            "Hartelijk dank voor je sollicitatie op de functie {title} ("
            + vac
            + "). We hebben je brief en cv in goede orde ontvangen.",
            "Wij bevestigen de ontvangst van uw sollicitatie naar de functie van {title}.",
            "Bedankt voor je reactie op de vacature {title} (" + vac + ").",
        ),
        ctx.para(
            "De sluitingsdatum is "
            + day(ctx, weekday_future(ctx, 4, 20), "nl")
            + ". Daarna maakt de selectiecommissie een selectie; je hoort uiterlijk een week later of je wordt uitgenodigd.",
            "De eerste gesprekken staan gepland in week "
            + str(ctx.date.isocalendar()[1] % 52 + 2)
            + ". Je hoort in ieder geval van ons.",
            "Een assessment kan onderdeel zijn van de procedure.",
        ),
        ctx.maybe(
            "Heb je vragen over de procedure? Bel dan met team P&O, telefoonnummer 14 0"
            + str(ctx.num(100, 999))
            + ".",
            0.5,
        ),
        ctx.fill("Met vriendelijke groet,\n[Team P&O|{person}, recruiter|Afdeling HRM]\n{co}"),
    )
    subject = ctx.para(
        "Ontvangstbevestiging sollicitatie",
        "Je sollicitatie {title}",
        "Bevestiging ontvangst sollicitatie " + vac,
        "Uw sollicitatie bij {co}",
    )
    return Draft(
        subject,
        text,
        ctx.para("{co}", "Werken bij {co}", "{person}"),
        ctx.pick(["noreply@", "sollicitaties@", "po@"]) + ctx.domain,
        greet=False,
        sign="",
        lang="nl",
        form=ctx.pick(["plain", "alt", "html"]),
        bulk=ctx.chance(0.3),
    )


@h6("h6_tr_de_einstellungstest_azubi", "technical_round", lang="de")
def de_aptitude_test(ctx: Ctx) -> Draft:
    """A German firm invites an apprenticeship applicant to its aptitude test (Einstellungstest)."""
    go(ctx, "de_azubi")
    when = weekday_future(ctx, 4, 14)
    online = ctx.chance(0.5)
    text = join(
        ctx.fill(ctx.pick(["Hallo {first},", "Liebe/r {first},", "Guten Tag {first} {last},"])),
        ctx.para(
            "vielen Dank für deine Bewerbung für die {title}. Deine Unterlagen haben uns gefallen, und wir laden dich zum nächsten Schritt ein: unserem Einstellungstest.",
            "danke für deine Bewerbung um einen Ausbildungsplatz ({title}). Im nächsten Schritt bitten wir dich, an unserem Eignungstest teilzunehmen.",
        ),
        ctx.para(
            "Der Online-Test dauert etwa 60 Minuten (Mathe, Logik, Deutsch, technisches Verständnis). Bitte bearbeite ihn bis "
            + day(ctx, when, "de")
            + ": "
            + ctx.url("azubi-test.example", "start"),
            "Den Test kannst du bequem von zu Hause machen. Dein Zugangscode: "
            + str(ctx.num(100000, 999999))
            + ". Bearbeitungsfrist: "
            + day(ctx, when, "de")
            + ".",
        )
        if online
        else ctx.para(
            "Der schriftliche Test findet am "
            + at(ctx, when, "de")
            + " bei uns im Betrieb statt. Bitte bring einen Kuli, einen Taschenrechner und dein letztes Zeugnis mit.",
            "Termin für den Eignungstest: "
            + at(ctx, when, "de")
            + ", Schulungsraum im Erdgeschoss. Anschließend gibt es eine kurze Werkstattführung.",
        ),
        ctx.para(
            "Wer den Test besteht, wird zum Vorstellungsgespräch eingeladen.",
            "Danach melden wir uns innerhalb von zwei Wochen.",
            "Viel Erfolg!",
        ),
        ctx.fill(
            "[Viele Grüße|Beste Grüße|Mit freundlichen Grüßen]\n{person}\n[Ausbildungsleitung|Ausbilder|Personal]\n{legal}"
        ),
    )
    subject = ctx.para(
        "Einladung zum Einstellungstest",
        "Dein nächster Schritt: Eignungstest",
        "Ihre Bewerbung für die {title} - Einstellungstest",
        "Einstellungstest {co}",
    )
    return Draft(
        subject,
        text,
        ctx.para("{person}", "{co} Ausbildung"),
        person_addr(ctx),
        greet=False,
        sign="",
        lang="de",
        form=ctx.pick(["plain", "alt", "html"]),
    )


@h6("h6_of_de_ausbildung_zusage", "offer", lang="de")
def de_apprenticeship_offer(ctx: Ctx) -> Draft:
    """A German firm offers an apprenticeship place (Zusage) and sends the contract."""
    go(ctx, "de_azubi")
    year = ctx.date.year + ctx.pick([0, 1])
    text = join(
        ctx.fill(
            ctx.pick(["Hallo {first},", "Liebe/r {first},", "Sehr geehrte/r {first} {last},"])
        ),
        ctx.para(
            "wir freuen uns sehr, dir einen Ausbildungsplatz zum 1. "
            + ctx.pick(["August", "September"])
            + " "
            + str(year)
            + " anbieten zu können: {title}!",
            "nach dem netten Kennenlernen bei uns können wir dir heute eine Zusage für die {title} ab dem 1. "
            + ctx.pick(["August", "September"])
            + " "
            + str(year)
            + " geben.",
            "herzlichen Glückwunsch! Du hast uns im Gespräch überzeugt. Wir möchten dich gern als Azubi einstellen ({title}).",
        ),
        ctx.para(
            "Den Ausbildungsvertrag schicken wir dir in den nächsten Tagen per Post. Bitte unterschreibe beide Exemplare (bei Minderjährigen auch die Eltern) und schick eines an uns zurück.",
            "Bitte gib uns bis "
            + day(ctx, weekday_future(ctx, 7, 14), "de")
            + " Bescheid, ob du den Platz annimmst. Danach melden wir den Vertrag bei der "
            + ctx.pick(["Handwerkskammer", "IHK"])
            + " an.",
            "Für die Ausbildung brauchen wir noch eine ärztliche Erstuntersuchung (Jugendarbeitsschutz) und deine Steuer-ID.",
        ),
        ctx.para(
            "Wir freuen uns auf dich!",
            "Willkommen im Team!",
            "Bei Fragen kannst du mich jederzeit anrufen.",
        ),
        ctx.fill(
            "[Viele Grüße|Beste Grüße|Mit freundlichen Grüßen]\n{person}\n[Ausbildungsleitung|Geschäftsführung|Personal]\n{legal}"
        ),
    )
    subject = ctx.para(
        "Zusage Ausbildungsplatz",
        "Deine Ausbildung bei {co}",
        "Zusage: {title}",
        "AW: Bewerbung um einen Ausbildungsplatz",
    )
    return Draft(
        subject,
        text,
        ctx.person,
        person_addr(ctx),
        greet=False,
        sign="",
        lang="de",
        form=ctx.pick(["plain", "alt"]),
    )


@h6("h6_of_fr_cdd_saisonnier", "offer", lang="fr")
def fr_seasonal_contract(ctx: Ctx) -> Draft:
    """A French campsite, brasserie or bakery offers a seasonal fixed-term contract."""
    go(ctx, "fr_small")
    start = weekday_future(ctx, 10, 40)
    text = join(
        ctx.fill(ctx.pick(["Bonjour {first},", "Bonjour {first} {last},", "Bonjour,"])),
        ctx.para(
            "Suite à notre entretien, j'ai le plaisir de vous proposer un CDD saisonnier au poste de {title}.",
            "Nous avons le plaisir de retenir votre candidature pour la saison : poste de {title} en CDD.",
            "Bonne nouvelle, on vous prend pour la saison comme {title} !",
        ),
        "Début : "
        + day(ctx, start, "fr")
        + "\nFin : "
        + ctx.pick(["fin août", "30 septembre", "15 septembre", "fin de saison"])
        + "\n"
        + ctx.pick(
            ["35h/semaine", "39h/semaine, heures supp. payées", "temps partiel, 24h/semaine"]
        )
        + "\n"
        + ctx.pick(
            [
                "Logement possible sur place",
                "Repas pris en charge",
                "SMIC hôtelier + pourboires",
                "Salaire : " + str(ctx.num(1800, 2100)) + " € brut/mois",
            ]
        ),
        ctx.para(
            "Merci de me confirmer votre accord avant la fin de la semaine, je vous enverrai le contrat à signer.",
            "Pour préparer le contrat, j'ai besoin de votre numéro de sécurité sociale, d'un RIB et d'une copie de votre pièce d'identité.",
            "Le contrat vous sera remis le premier jour. Confirmez-moi simplement votre accord par retour de mail.",
        ),
        ctx.fill(
            "[Cordialement|Bien cordialement|À bientôt]\n{person}\n[Gérant|Directrice|Responsable du personnel]\n{co}"
        ),
        mobile(ctx, "fr", 0.3),
    )
    subject = ctx.para(
        "Proposition de CDD saisonnier",
        "Saison " + str(start.year) + " - {title}",
        "RE: Candidature saison " + str(start.year),
        "Votre contrat pour la saison",
    )
    return Draft(
        subject,
        text,
        ctx.person,
        person_addr(ctx),
        greet=False,
        sign="",
        lang="fr",
        form=ctx.pick(["plain", "alt"]),
    )


@h6("h6_rej_it_cooperativa_esito", "rejection", lang="it")
def it_coop_rejection(ctx: Ctx) -> Draft:
    """An Italian social cooperative, trattoria or pharmacy tells the applicant it went another way."""
    go(ctx, "it_small")
    text = join(
        ctx.fill(
            ctx.pick(
                [
                    "Gentile {first} {last},",
                    "Buongiorno {first},",
                    "Gentile candidata/o,",
                    "Ciao {first},",
                ]
            )
        ),
        ctx.para(
            "La ringraziamo per aver partecipato alla selezione per il ruolo di {title}. Ci dispiace comunicarLe che abbiamo scelto un altro profilo.",
            "grazie per il colloquio della settimana scorsa. Purtroppo per il posto di {title} abbiamo scelto un'altra persona, con più esperienza nel ruolo.",
            "a seguito del colloquio, Le comunichiamo che la Sua candidatura non è stata selezionata per la posizione di {title}.",
        ),
        ctx.para(
            "Conserveremo il Suo curriculum per eventuali future necessità.",
            "Se ti va, ti ricontattiamo per la stagione estiva.",
            "Le auguriamo ogni bene per il Suo percorso professionale.",
        ),
        ctx.fill(
            "[Cordiali saluti|Un caro saluto|Distinti saluti]\n[{person}|Ufficio Risorse Umane|{pfirst}]\n{co}"
        ),
    )
    subject = ctx.para(
        "Esito selezione {title}",
        "Esito colloquio",
        "Re: colloquio",
        "Comunicazione esito candidatura",
    )
    return Draft(
        subject,
        text,
        ctx.para("{person}", "{co}"),
        person_addr(ctx),
        greet=False,
        sign="",
        lang="it",
        form=ctx.pick(["plain", "alt"]),
    )


@h6("h6_of_uk_care_home_conditional", "offer", lang="en")
def en_care_conditional_offer(ctx: Ctx) -> Draft:
    """A UK or Irish care home makes a conditional offer subject to DBS or Garda vetting."""
    go(ctx, "en_care")
    irish = ctx._co.domain.endswith(".ie")
    check = "Garda vetting" if irish else "an enhanced DBS check"
    rate = (
        ("€" if irish else "£")
        + str(ctx.num(11, 15))
        + "."
        + ctx.pick(["00", "25", "50", "75", "44"])
    )
    text = join(
        ctx.fill(ctx.pick(["Dear {first},", "Hi {first},", "Dear {first} {last},"])),
        ctx.para(
            "Thank you for coming in to meet us. I'm pleased to offer you the position of {title} at {co}, subject to satisfactory references and "
            + check
            + ".",
            "Further to your interview, we would like to offer you the role of {title}. This offer is conditional on two satisfactory references, "
            + check
            + " and proof of your right to work.",
            "Great news - we'd love you to join the team as {title}! The offer is conditional until your "
            + ("vetting" if irish else "DBS")
            + " and references come back.",
        ),
        ctx.para(
            "The rate of pay is "
            + rate
            + " per hour, "
            + ctx.pick(
                [
                    "36 hours a week on a rota including alternate weekends",
                    "12-hour shifts, 3 per week",
                    "nights, 4 on 4 off",
                    "flexible hours (bank)",
                ]
            )
            + ".",
            "Pay is "
            + rate
            + " per hour, with paid induction and the Care Certificate in your first 12 weeks.",
        ),
        ctx.para(
            "Please reply to accept, and bring your passport and proof of address to the home so we can start your checks.",
            "I've attached the offer letter and the new starter form. Please sign and return them as soon as you can.",
            "Let me know if you accept and I'll send the "
            + ("vetting invitation form (NVB1)" if irish else "DBS link")
            + " straight away.",
        ),
        ctx.fill(
            "[Kind regards|Best wishes|Many thanks]\n{person}\n[Home Manager|Deputy Manager|Administrator|Director of Nursing]\n{co}"
        ),
    )
    subject = ctx.para(
        "Offer of employment - {title}",
        "Conditional offer",
        "Your job offer from {co}",
        "Re: Interview - {title}",
    )
    return Draft(
        subject,
        text,
        ctx.person,
        person_addr(ctx),
        greet=False,
        sign="",
        lang="en",
        form=ctx.pick(["plain", "alt"]),
    )


@h6("h6_oj_uk_ie_vetting_forms", "other_job", lang="en")
def en_vetting_forms(ctx: Ctx) -> Draft:
    """A school or care employer's administrator chases the vetting / DBS paperwork after an offer."""
    go(ctx, "en_care")
    irish = ctx._co.domain.endswith(".ie")
    text = join(
        ctx.fill(ctx.pick(["Hi {first},", "Dear {first},", "Hello {first},", "{first},"])),
        ctx.para(
            "Just a reminder that we're still waiting on your "
            + ("Garda vetting form (NVB1) and ID" if irish else "DBS application and ID documents")
            + " before we can confirm your start date.",
            "To get your "
            + ("vetting" if irish else "DBS check")
            + " started I need to see two forms of ID (one photo ID, one proof of address dated in the last 3 months).",
            (
                "You should have received an email from the National Vetting Bureau e-vetting portal - please complete it within 30 days."
                if irish
                else "You'll get an email from uCheck shortly to complete your DBS application online; please do it within 5 days."
            ),
        ),
        ctx.para(
            "Could you also send your referees' email addresses? One must be your most recent employer.",
            "Can you drop them in to reception this week? Originals please, we'll copy them.",
            "Once this is back, your induction can be booked.",
        ),
        ctx.fill(
            "[Thanks|Many thanks|Kind regards]\n{pfirst}\n[Administrator|HR Administrator|Office Manager]\n{co}"
        ),
        mobile(ctx, "en", 0.2),
    )
    subject = ctx.para(
        ("Garda vetting" if irish else "DBS check") + " - action needed",
        "Your pre-employment checks",
        "Re: start date",
        "ID documents for your " + ("vetting" if irish else "DBS"),
    )
    return Draft(
        subject,
        text,
        ctx.person,
        person_addr(ctx),
        greet=False,
        sign="",
        lang="en",
        form=ctx.pick(["plain", "alt"]),
    )


@h6("h6_oj_br_documentos_admissao", "other_job", lang="pt")
def br_admission_documents(ctx: Ctx) -> Draft:
    """A Brazilian employer's HR lists the documents needed for admission after the hiring decision."""
    go(ctx, "br")
    due = weekday_future(ctx, 2, 8)
    docs = [
        "Carteira de Trabalho (CTPS digital)",
        "RG e CPF",
        "Título de eleitor",
        "Comprovante de residência atualizado",
        "PIS/PASEP",
        "1 foto 3x4",
        "Certidão de nascimento dos filhos menores de 14 anos",
        "Certificado de reservista (homens)",
        "Comprovante de escolaridade",
        "Dados bancários (conta salário)",
    ]
    ctx.rng.shuffle(docs)
    text = join(
        ctx.fill(
            ctx.pick(
                [
                    "Olá {first}, tudo bem?",
                    "Bom dia, {first}!",
                    "Prezado(a) {first},",
                    "Oi {first}!",
                ]
            )
        ),
        ctx.para(
            "Seguem os documentos necessários para a sua admissão no cargo de {title}:",
            "Para darmos andamento à sua contratação, por favor envie os documentos abaixo:",
            "Conforme conversamos, segue a lista de documentos para admissão:",
        ),
        "\n".join("- " + d for d in docs[: ctx.num(5, 9)]),
        ctx.para(
            "Pode enviar escaneado em PDF para este e-mail até " + day(ctx, due, "pt") + ".",
            "Os documentos podem ser enviados por foto pelo WhatsApp do RH ou por este e-mail.",
            "O exame admissional está agendado para "
            + at(ctx, due, "pt")
            + " na clínica "
            + ctx.pick(["MedTrab", "Ocupacional Saúde", "SESMT Centro"])
            + "; leve um documento com foto.",
        ),
        ctx.para("Qualquer dúvida estou à disposição.", "Obrigada!", "Aguardo retorno."),
        ctx.fill(
            "[Att.|Atenciosamente,|Abraços,]\n{person}\n[Departamento Pessoal|RH|Analista de RH]\n{co}"
        ),
    )
    subject = ctx.para(
        "Documentos para admissão",
        "Documentação admissional - {title}",
        "Admissão - documentos pendentes",
        "Re: Processo seletivo {co}",
    )
    return Draft(
        subject,
        text,
        ctx.person,
        person_addr(ctx),
        greet=False,
        sign="",
        lang="pt",
        form=ctx.pick(["plain", "alt"]),
    )


@h6("h6_of_agency_assignment_confirmed", "offer", lang="en")
def agency_assignment(ctx: Ctx) -> Draft:
    """A staffing agency confirms a temp assignment: where, when, pay; in English, German or Dutch."""
    go(ctx, "agency")
    lang = {"stafflinetemps.co.uk": "en", "randolph-personal.de": "de", "uitzend-plus.nl": "nl"}[
        ctx._co.domain
    ]
    start = weekday_future(ctx, 1, 7)
    client = ctx.pick(
        ["a food distribution centre", "a parcel hub", "a local council office", "a bakery plant"]
        if lang == "en"
        else ["einem Logistikzentrum", "einem Lebensmittelhersteller", "einem Versandhandel"]
        if lang == "de"
        else ["een distributiecentrum", "een voedselproducent", "een drukkerij"]
    )
    place = ctx.pick(
        {
            "en": ["Unit 4, Brookside Industrial Estate", "Gate 2, Westway Park"],
            "de": ["Gewerbepark Süd, Halle 3", "Industriestraße 8, Tor 2"],
            "nl": ["Industrieweg 12", "Distributieweg 3, hal B"],
        }[lang]
    )
    if lang == "en":
        body = join(
            ctx.fill(ctx.pick(["Hi {first},", "Hello {first},", "{first} -"])),
            ctx.para(
                "Your assignment is confirmed! You'll be working as {title} at "
                + client
                + " from "
                + day(ctx, start, "en")
                + ".",
                "Great news, the client has accepted you for the {title} assignment starting "
                + day(ctx, start, "en")
                + ".",
            ),
            "Address: "
            + place
            + "\nStart: "
            + at(ctx, start, "en")
            + "\nPay: £"
            + str(ctx.num(11, 14))
            + "."
            + ctx.pick(["44", "50", "90"])
            + "/hr (weekly pay)\nAsk for: "
            + ctx.person
            + " at the gatehouse",
            ctx.para(
                "Please bring safety boots and hi-vis. Reply YES to confirm.",
                "Remember to log your hours on the timesheet app each Friday.",
                "Any problems call the branch before 8am.",
            ),
            ctx.fill("[Thanks|Cheers|Best]\n{pfirst}\n{co} - [Leeds|Bolton|Slough] branch"),
        )
        subject = ctx.para(
            "Assignment confirmed - start " + day(ctx, start, "en"),
            "Your booking for {title}",
            "Confirmed: temp assignment",
        )
    elif lang == "de":
        body = join(
            ctx.fill(ctx.pick(["Hallo {first},", "Guten Tag {first} {last},"])),
            ctx.para(
                "wie besprochen bestätigen wir Ihren Einsatz als {title} bei "
                + client
                + " ab "
                + day(ctx, start, "de")
                + ".",
                "Ihr neuer Einsatz steht: {title} bei " + client + ".",
            ),
            "Einsatzort: "
            + place
            + "\nArbeitsbeginn: "
            + at(ctx, start, "de")
            + "\nSchicht: "
            + ctx.pick(["Früh 6-14 Uhr", "Spät 14-22 Uhr", "Wechselschicht"])
            + "\nAnsprechpartner vor Ort: "
            + ctx.pick(["Herr Krause", "Frau Wolff", "Herr Yilmaz", "Frau Becker"]),
            ctx.para(
                "Bitte Sicherheitsschuhe mitbringen. Den Arbeitsvertrag unterschreiben Sie vorab digital.",
                "Bitte bestätigen Sie den Einsatz kurz per Mail oder Telefon.",
            ),
            ctx.fill("Viele Grüße\n{pfirst}\n{legal}, Niederlassung [Kassel|Erfurt|Bremen]"),
        )
        subject = ctx.para(
            "Einsatzbestätigung", "Ihr Einsatz ab " + day(ctx, start, "de"), "Einsatz als {title}"
        )
    else:
        body = join(
            ctx.fill(ctx.pick(["Hoi {first},", "Beste {first},"])),
            ctx.para(
                "Goed nieuws: je bent geplaatst als {title} bij "
                + client
                + ". Je begint "
                + day(ctx, start, "nl")
                + ".",
                "Hierbij bevestigen we je opdracht als {title}.",
            ),
            "Adres: "
            + place
            + "\nStart: "
            + at(ctx, start, "nl")
            + "\nUurloon: €"
            + str(ctx.num(14, 17))
            + ","
            + ctx.pick(["10", "40", "75"])
            + " bruto\nMeld je bij: "
            + ctx.person,
            ctx.para(
                "Neem veiligheidsschoenen en je ID mee.",
                "Vergeet niet je uren in de app te zetten.",
            ),
            ctx.fill("Groet,\n{pfirst}\n{co}, vestiging [Tilburg|Venlo|Zwolle]"),
        )
        subject = ctx.para("Bevestiging plaatsing", "Je start als {title}", "Je nieuwe opdracht")
    return Draft(
        subject,
        body,
        ctx.person,
        person_addr(ctx),
        greet=False,
        sign="",
        lang=lang,
        form=ctx.pick(["plain", "alt"]),
    )
