"""Not-job receipts, session 12, in German, French, Spanish, Italian, Dutch, Portuguese,
Polish and Swedish: helpdesk tickets, complaints, public-office requests, university
applications and event registrations.

"Eingangsbestätigung", "accusé de réception", "hemos recibido su solicitud", "we hebben je
aanvraag ontvangen", "potwierdzenie przyjęcia zgłoszenia", "vi har tagit emot ditt ärende":
the same receipts job applications get, about a ticket, a claim or an official request,
written the way those senders write them.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from h4_kit import H4_N, REPLY_ABOVE, bye, receipt, ref, ticket
from kit import Ctx, Draft, family
from n_kit import service_footer


@family("h4_de_ticket_eingangsbestaetigung", "not_job", lang="de", n=H4_N)
def de_ticket_eingangsbestaetigung(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Stadtwerke Lindenau", "stadtwerke-lindenau.example"),
            ("NetzKabel Plus", "netzkabelplus.example"),
            ("Hausrat24 Versicherung", "hausrat24.example"),
            ("Fahrradhaus Brandt", "fahrradhaus-brandt.example"),
            ("CloudBox GmbH", "cloudbox.example"),
        ]
    )
    num = ctx.pick(
        [
            f"Ticket#{ctx.num(2024000000, 2026999999)}",
            f"#{ctx.num(100000, 999999)}",
            f"Vorgang {ticket(ctx, 'case')}",
        ]
    )
    return receipt(
        ctx,
        [
            f"Eingangsbestätigung Ihrer Anfrage {num}",
            f"Ihre Anfrage ist bei uns eingegangen {num}",
            f"AW: [Rechnung|Zählerstand|Störung|Vertragsänderung] {num}",
            f"[{org}] Wir haben Ihre Nachricht erhalten {num}",
        ],
        [
            f"[vielen Dank für Ihre Nachricht.|vielen Dank für Ihre Anfrage an den Kundenservice von {org}.|hiermit bestätigen wir den Eingang Ihrer Anfrage.] [Ihre Anfrage wurde unter der Nummer {num} erfasst.|Ihr Anliegen hat die Vorgangsnummer {num}.]",
            "[Unser Serviceteam wird Ihr Anliegen prüfen und sich schnellstmöglich, in der Regel innerhalb von [2|3|5] Werktagen, bei Ihnen melden.|Wir bearbeiten die Anfragen in der Reihenfolge ihres Eingangs. Aufgrund des hohen Aufkommens kann es derzeit zu längeren Bearbeitungszeiten kommen.|Ein Mitarbeiter wird sich in Kürze mit Ihnen in Verbindung setzen.]",
            "[Bitte geben Sie bei Rückfragen stets die Vorgangsnummer an.|Viele Antworten finden Sie auch in unseren FAQ unter https://{0}/hilfe.|Bitte antworten Sie direkt auf diese E-Mail, wenn Sie Ergänzungen haben; so bleibt alles in einem Vorgang.]".replace(
                "{0}", host
            ),
        ],
        (
            f"{org} Kundenservice",
            ctx.pick([f"service@{host}", f"kundenservice@{host}", f"noreply@{host}"]),
        ),
        bye(ctx, "de", f"[Ihr Kundenservice-Team|Ihr {org} Team|Ihr Serviceteam]"),
        lang="de",
        greet_p=1.0,
        top=ctx.pick(REPLY_ABOVE["de"]) if ctx.chance(0.3) else "",
        auto=0.4,
        footer=ctx.pick(
            [
                "",
                f"{org} · Sitz: [Leipzig|Hannover|Köln] · Amtsgericht HRB {ctx.num(10000, 99999)} · Geschäftsführer: {ctx.person}",
                service_footer(ctx, org, host, "de"),
            ]
        ),
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("h4_de_behoerde_antrag_eingang", "not_job", lang="de", n=H4_N)
def de_behoerde_antrag_eingang(ctx: Ctx) -> Draft:
    amt, host = ctx.pick(
        [
            ("Bürgeramt Mitte", "berlin-mitte.example"),
            ("Familienkasse", "familienkasse.example"),
            ("Landratsamt Oberwald", "lra-oberwald.example"),
            ("Studierendenwerk Nordstadt", "stw-nordstadt.example"),
            ("Stadt Kleinheim – Wohngeldstelle", "kleinheim.example"),
        ]
    )
    what = ctx.pick(
        [
            "Antrag auf Wohngeld",
            "Antrag auf Kindergeld",
            "BAföG-Antrag",
            "Antrag auf Anwohnerparkausweis",
            "Bauantrag",
            "Antrag auf Erteilung eines Führungszeugnisses",
        ]
    )
    az = f"Az. {ctx.num(10, 99)}-{ctx.num(1000, 9999)}/{ctx.date.year % 100}"
    return receipt(
        ctx,
        [
            f"Eingangsbestätigung – {what}",
            f"Ihr {what} ({az})",
            "Bestätigung: Ihr Antrag ist eingegangen",
            f"Ihr Antrag vom {ctx.date:%d.%m.%Y}",
        ],
        [
            f"Ihr {what} ist am {ctx.date:%d.%m.%Y} bei uns eingegangen und wird unter dem Aktenzeichen {az} bearbeitet.",
            "[Die Bearbeitungszeit beträgt derzeit etwa [6|8|12] Wochen. Wir bitten von Sachstandsanfragen abzusehen.|Sollten Unterlagen fehlen, werden wir Sie gesondert anschreiben.|Sie erhalten einen schriftlichen Bescheid per Post.]",
            "[Den Bearbeitungsstand können Sie im Online-Portal einsehen.|Diese Nachricht wurde automatisch erstellt.|]",
        ],
        (amt, ctx.pick([f"poststelle@{host}", f"noreply@{host}", f"antrag@{host}"])),
        bye(ctx, "de", f"[Im Auftrag\n{{person}}|Ihr Team]\n{amt}"),
        lang="de",
        greet_p=0.9,
        form=ctx.pick(["plain", "alt"]),
    )


@family("h4_fr_reclamation_sav_dossier", "not_job", lang="fr", n=H4_N)
def fr_reclamation_sav_dossier(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Électro Dépôt Maison", "electrodepot-maison.example"),
            ("Mutuelle Horizon", "mutuelle-horizon.example"),
            ("Opéra Télécom", "operatelecom.example"),
            ("Meubles Lefèvre", "meubles-lefevre.example"),
            ("TransExpress Colis", "transexpress.example"),
        ]
    )
    num = ctx.pick(
        [
            f"n° {ctx.num(10000000, 99999999)}",
            f"SAV-{ctx.num(100000, 999999)}",
            f"RC{ctx.num(100000, 999999)}",
        ]
    )
    return receipt(
        ctx,
        [
            f"Accusé de réception de votre demande {num}",
            f"Votre réclamation {num}",
            "Nous avons bien reçu votre message",
            f"RE: Dossier {num}",
            "Votre demande a bien été enregistrée",
        ],
        [
            f"[Nous avons bien reçu votre demande et nous vous en remercions.|Votre réclamation a bien été enregistrée sous le {num}.|Nous accusons réception de votre message du {ctx.date:%d/%m/%Y}.] [Votre dossier porte le numéro {num}.|]",
            "[Un conseiller va étudier votre demande et reviendra vers vous dans les meilleurs délais, sous [48 h|5 jours ouvrés|10 jours].|Notre service client traite les demandes par ordre d'arrivée. Nous reviendrons vers vous dès que possible.|Notre équipe examinera votre dossier et vous tiendra informé(e) de la suite donnée.]",
            "[Merci de rappeler ce numéro dans toute correspondance.|Vous pouvez suivre l'avancement de votre demande dans votre espace client.|Inutile de renvoyer votre demande : cela ralentirait son traitement.]",
        ],
        (
            f"Service Client {org}",
            ctx.pick([f"serviceclient@{host}", f"sav@{host}", f"ne-pas-repondre@{host}"]),
        ),
        bye(ctx, "fr", f"[Le Service Client|L'équipe {org}|Le Service Réclamations]"),
        lang="fr",
        greet_p=0.9,
        auto=0.3,
        footer=service_footer(ctx, org, host, "fr"),
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("h4_fr_candidature_master_portail", "not_job", lang="fr", n=H4_N)
def fr_candidature_master_portail(ctx: Ctx) -> Draft:
    uni, host = ctx.pick(
        [
            ("Université Claude-Rivière", "univ-riviere.example"),
            ("Sciences Po Lumière", "sciencespo-lumiere.example"),
            ("École Supérieure de Commerce de Lyonne", "esc-lyonne.example"),
            ("Université de Haute-Loire", "univ-hauteloire.example"),
        ]
    )
    prog = ctx.pick(
        [
            "Master Économie appliquée",
            "Master MIAGE",
            "Master Droit des affaires",
            "Licence 3 Psychologie",
            "MSc in Management",
            "Master Sciences des données",
        ]
    )
    stage = ctx.pick(["recue", "complet", "maj"])
    para = {
        "recue": f"Nous avons bien reçu votre candidature au {prog} pour la rentrée {ctx.date.year + 1}. Elle sera examinée par la commission pédagogique après la clôture des candidatures.",
        "complet": f"Votre dossier de candidature au {prog} est désormais complet. La commission pédagogique examinera votre dossier ; les résultats seront publiés sur la plateforme.",
        "maj": f"Le statut de votre candidature au {prog} a été mis à jour. Connectez-vous à votre espace candidat pour consulter la décision.",
    }[stage]
    return receipt(
        ctx,
        [
            "Votre candidature a bien été reçue",
            f"Candidature {prog} – mise à jour",
            "Mise à jour de votre dossier",
            f"{uni} : votre candidature",
        ],
        [
            para,
            "[Espace candidat : https://{0}/ecandidat|Pour toute question, contactez la scolarité en précisant votre numéro de dossier.|]".replace(
                "{0}", host
            ),
        ],
        (
            f"{uni} – [Scolarité|Admissions|eCandidat]",
            ctx.pick([f"scolarite@{host}", f"ecandidat@{host}", f"noreply@{host}"]),
        ),
        bye(ctx, "fr", f"[Le service de scolarité|La direction des admissions]\n{uni}"),
        lang="fr",
        greet_p=0.9,
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("h4_es_registro_sede_electronica", "not_job", lang="es", n=H4_N)
def es_registro_sede_electronica(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Ayuntamiento de Villanueva del Río", "villanuevadelrio.es.example"),
            ("Ajuntament de Sant Pere", "santpere.cat.example"),
            ("Consejería de Educación", "educacion.junta.example"),
            ("Agencia Tributaria", "agenciatributaria.example"),
        ]
    )
    what = ctx.pick(
        [
            "solicitud de licencia de obra menor",
            "reclamación por bache en la vía pública",
            "solicitud de empadronamiento",
            "solicitud de ayuda al alquiler",
            "queja sobre ruidos",
            "solicitud de certificado",
        ]
    )
    num = f"REGAGE{ctx.date.year % 100}e{ctx.num(10000000, 99999999)}"
    return receipt(
        ctx,
        [
            "Justificante de presentación",
            f"Registro de entrada nº {num}",
            f"Acuse de recibo: {what}",
            "Su solicitud ha sido registrada",
        ],
        [
            f"Le confirmamos que su {what} ha sido registrada correctamente con número de registro de entrada {num}, con fecha {ctx.date:%d/%m/%Y %H:%M}.",
            "[Su solicitud será tramitada por el servicio competente, que se pondrá en contacto con usted si necesita documentación adicional.|El plazo máximo para resolver y notificar es de tres meses.|Puede consultar el estado de su expediente en la Carpeta Ciudadana.]",
            "[Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.|Se adjunta el justificante en formato PDF.|]",
        ],
        (
            f"Sede Electrónica - {org}",
            ctx.pick([f"noreply@{host}", f"registro@{host}", f"sede@{host}"]),
        ),
        ctx.pick(["", org, f"Atentamente,\n{org}"]),
        lang="es",
        greet_p=0.5,
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("h4_es_atencion_cliente_incidencia", "not_job", lang="es", n=H4_N)
def es_atencion_cliente_incidencia(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Movilnet", "movilnet.es.example"),
            ("Eléctrica del Sur", "electricadelsur.example"),
            ("ModaCasa", "modacasa.example"),
            ("Viajes Brisa", "viajesbrisa.example"),
            ("Mercado Express", "mercadoexpress.mx.example"),
        ]
    )
    num = ctx.pick(
        [
            f"#{ctx.num(100000, 999999)}",
            f"INC-{ctx.num(100000, 999999)}",
            f"{ctx.num(10000000, 99999999)}",
        ]
    )
    return receipt(
        ctx,
        [
            f"Hemos recibido tu consulta [{num}]",
            f"Incidencia {num} registrada",
            f"RE: [Devolución|Factura|Avería|Pedido no recibido] {num}",
            f"{org}: confirmación de tu solicitud",
        ],
        [
            f"[Gracias por contactar con {org}.|Hemos recibido tu mensaje.|Te confirmamos que hemos recibido tu solicitud.] [Hemos abierto la incidencia {num}.|Tu número de caso es {num}.]",
            "[Nuestro equipo de atención al cliente la revisará y te responderá en un plazo máximo de [24|48|72] horas.|Un agente se pondrá en contacto contigo lo antes posible.|Estamos recibiendo un volumen de consultas superior al habitual; te responderemos por orden de llegada.]",
            "[Si quieres añadir información, responde a este correo sin cambiar el asunto.|Puedes consultar el estado en tu área de cliente.|]",
        ],
        (
            f"Atención al Cliente {org}",
            ctx.pick([f"ayuda@{host}", f"atencionalcliente@{host}", f"soporte@{host}"]),
        ),
        bye(ctx, "es", f"[El equipo de {org}|Atención al Cliente]"),
        lang="es",
        greet_p=0.85,
        top=ctx.pick(REPLY_ABOVE["es"]) if ctx.chance(0.35) else "",
        auto=0.4,
        footer=service_footer(ctx, org, host, "es"),
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("h4_it_richiesta_assistenza", "not_job", lang="it", n=H4_N)
def it_richiesta_assistenza(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Fibra Italia Casa", "fibraitalia.example"),
            ("Arredo Design Store", "arredodesign.example"),
            ("Comune di Valdarno – URP", "comune.valdarno.example"),
            ("Assicurazioni Laguna", "laguna-assicurazioni.example"),
        ]
    )
    num = ctx.pick(
        [
            f"#{ctx.num(100000, 999999)}",
            f"Pratica n. {ctx.num(100000, 999999)}",
            f"Ticket {ticket(ctx, 'dash')}",
        ]
    )
    return receipt(
        ctx,
        [
            f"Conferma ricezione richiesta {num}",
            f"Abbiamo ricevuto la tua richiesta {num}",
            "Presa in carico della segnalazione",
            f"R: [Reclamo|Richiesta rimborso|Guasto linea|Segnalazione] {num}",
        ],
        [
            f"[ti confermiamo che abbiamo ricevuto la tua richiesta di assistenza.|la sua segnalazione è stata registrata con il numero {num}.|grazie per averci contattato.] [Il numero della pratica è {num}.|]",
            "[Un nostro operatore la prenderà in carico e ti ricontatterà entro [2|3|5] giorni lavorativi.|Il nostro team esaminerà la richiesta e ti risponderà al più presto.|I tempi di risposta possono variare in base al volume delle richieste.]",
            "[Per aggiungere informazioni, rispondi a questa email.|Puoi seguire lo stato della pratica nell'area riservata.|]",
        ],
        (org, ctx.pick([f"assistenza@{host}", f"noreply@{host}", f"urp@{host}"])),
        bye(ctx, "it", f"[Il team di {org}|Servizio Clienti]"),
        lang="it",
        greet_p=1.0,
        top=ctx.pick(REPLY_ABOVE["it"]) if ctx.chance(0.3) else "",
        footer=service_footer(ctx, org, host, "it"),
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("h4_it_iscrizione_evento_ricevuta", "not_job", lang="it", n=H4_N)
def it_iscrizione_evento_ricevuta(ctx: Ctx) -> Draft:
    event, host = ctx.pick(
        [
            ("Festival della Scienza di Borgo", "festivalscienza.example"),
            ("Codemotion Riviera", "codemotion-riviera.example"),
            ("Corso di ceramica – Bottega Rossi", "bottegarossi.example"),
            ("Maratonina del Lago", "maratoninalago.example"),
            ("Laboratorio di cucina – Sagra d'autunno", "sagradautunno.example"),
        ]
    )
    stage = ctx.pick(["ricevuta", "lista", "valutazione"])
    para = {
        "ricevuta": f"abbiamo ricevuto la tua iscrizione a {event}. Riceverai il biglietto/la conferma definitiva dopo la verifica del pagamento.",
        "lista": f"grazie per esserti iscritto/a a {event}. I posti sono esauriti: sei in lista d'attesa e ti scriveremo se si libera un posto.",
        "valutazione": f"la tua domanda di partecipazione a {event} è stata ricevuta. Le domande saranno valutate dal comitato organizzatore e l'esito sarà comunicato via email entro il {ctx.future(10, 30):%d/%m}.",
    }[stage]
    return receipt(
        ctx,
        [
            f"Iscrizione ricevuta – {event}",
            f"{event}: conferma di ricezione",
            "Sei in lista d'attesa",
            "Grazie per la tua iscrizione",
        ],
        [para, "[Per informazioni scrivi a info@{0}.|Ci vediamo presto!|]".replace("{0}", host)],
        (event, ctx.pick([f"info@{host}", f"iscrizioni@{host}", f"noreply@{host}"])),
        bye(ctx, "it", "[La segreteria organizzativa|Lo staff]"),
        lang="it",
        greet_p=1.0,
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("h4_nl_klantenservice_melding", "not_job", lang="nl", n=H4_N)
def nl_klantenservice_melding(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Gemeente Oosterveld", "oosterveld.nl.example"),
            ("Woonstichting De Linde", "delinde.example"),
            ("FietsFabriek", "fietsfabriek.example"),
            ("Energie Noord", "energienoord.example"),
            ("Webwinkel Kado&Co", "kadoenco.example"),
        ]
    )
    num = ctx.pick(
        [
            f"M{ctx.num(1000000, 9999999)}",
            f"#{ctx.num(100000, 999999)}",
            f"zaaknummer {ctx.num(1000000, 9999999)}",
        ]
    )
    subj_what = ctx.pick(
        ["melding openbare ruimte", "reparatieverzoek", "vraag", "klacht", "retourverzoek"]
    )
    return receipt(
        ctx,
        [
            f"Ontvangstbevestiging {subj_what} {num}",
            f"We hebben je {subj_what} ontvangen",
            f"Uw {subj_what} is geregistreerd ({num})",
            f"Re: {subj_what} {num}",
        ],
        [
            f"[Bedankt voor je bericht.|Hartelijk dank voor uw {subj_what}.|We hebben je {subj_what} goed ontvangen.] [Het nummer is {num}.|We hebben het geregistreerd onder {num}.]",
            "[Een medewerker bekijkt je bericht en neemt binnen [3|5] werkdagen contact met je op.|Wij behandelen uw melding zo snel mogelijk. U ontvangt bericht zodra deze is afgehandeld.|Door drukte kan het iets langer duren voordat je antwoord krijgt.]",
            "[Via Mijn Omgeving kunt u de status volgen.|Reageren? Beantwoord deze e-mail en laat het onderwerp staan.|]",
        ],
        (org, ctx.pick([f"klantenservice@{host}", f"noreply@{host}", f"info@{host}"])),
        bye(ctx, "nl", f"[Klantenservice {org}|Team {org}|{org}]"),
        lang="nl",
        greet_p=0.85,
        top=ctx.pick(REPLY_ABOVE["nl"]) if ctx.chance(0.25) else "",
        footer=service_footer(ctx, org, host, "nl"),
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("h4_pt_protocolo_atendimento", "not_job", lang="pt", n=H4_N)
def pt_protocolo_atendimento(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Banco Horizonte", "bancohorizonte.br.example"),
            ("LojaFácil", "lojafacil.br.example"),
            ("Operadora Vivax", "vivax.br.example"),
            ("Prefeitura de São Bento", "saobento.sp.gov.example"),
            ("CTT Encomendas", "encomendas.pt.example"),
        ]
    )
    proto = f"{ctx.date.year}{ctx.num(10000000, 99999999)}"
    return receipt(
        ctx,
        [
            f"Protocolo de atendimento nº {proto}",
            "Recebemos sua solicitação",
            f"Sua reclamação foi registrada - protocolo {proto}",
            "Confirmação de recebimento do seu pedido",
            f"RE: Chamado {proto}",
        ],
        [
            f"[Recebemos sua solicitação e ela foi registrada com o protocolo {proto}.|Obrigado por entrar em contato. Seu número de protocolo é {proto}.|Confirmamos a receção do seu pedido, registado com a referência {proto}.]",
            "[Nossa equipe vai analisar o seu caso e retornará em até [5|7|10] dias úteis.|Um de nossos atendentes entrará em contato em breve.|O prazo de resposta, conforme a legislação, é de até 10 dias.]",
            "[Guarde este número para acompanhar o andamento no app ou no site.|Esta é uma mensagem automática, não responda.|]",
        ],
        (
            f"[Atendimento|SAC|Ouvidoria] {org}",
            ctx.pick([f"atendimento@{host}", f"naoresponda@{host}", f"sac@{host}"]),
        ),
        bye(ctx, "pt", f"[Equipe {org}|Central de Atendimento]"),
        lang="pt",
        greet_p=0.85,
        auto=0.3,
        footer=service_footer(ctx, org, host, "pt"),
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("h4_pl_zgloszenie_reklamacja", "not_job", lang="pl", n=H4_N)
def pl_zgloszenie_reklamacja(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Sklep Elektro24", "elektro24.pl.example"),
            ("Sieć Światłowód Plus", "swiatlowodplus.example"),
            ("Urząd Miasta Zielonka", "um-zielonka.example"),
            ("Meblex", "meblex.pl.example"),
            ("Kurier Szybki", "kurierszybki.example"),
        ]
    )
    num = ctx.pick(
        [
            f"#{ctx.num(100000, 999999)}",
            f"RK/{ctx.date.year}/{ctx.num(1000, 9999)}",
            f"ZGL-{ctx.num(100000, 999999)}",
        ]
    )
    what, done, came = ctx.pick(
        [
            ("reklamacja", "została przyjęta", "wpłynęła"),
            ("zgłoszenie", "zostało przyjęte", "wpłynęło"),
            ("wniosek", "został przyjęty", "wpłynął"),
        ]
    )
    return receipt(
        ctx,
        [
            f"Potwierdzenie przyjęcia zgłoszenia {num}",
            f"{what.capitalize()} {done} ({num})",
            f"Otrzymaliśmy Twoje zgłoszenie [{num}]",
            f"Odp: {what} {num}",
        ],
        [
            f"[Dziękujemy za kontakt.|Potwierdzamy otrzymanie Twojej wiadomości.|Uprzejmie informujemy, że Państwa {what} {came} do nas dnia {ctx.date:%d.%m.%Y}.] [Numer zgłoszenia: {num}.|Numer sprawy: {num}.]",
            "[Nasz zespół rozpatrzy zgłoszenie i odpowie w ciągu [3|7|14] dni roboczych.|Reklamacja zostanie rozpatrzona w terminie 14 dni.|Konsultant skontaktuje się z Tobą najszybciej, jak to możliwe.]",
            "[Prosimy nie odpowiadać na tę wiadomość – została wygenerowana automatycznie.|Status zgłoszenia sprawdzisz w panelu klienta.|]",
        ],
        (
            f"[Obsługa Klienta|Biuro Obsługi] {org}",
            ctx.pick([f"bok@{host}", f"reklamacje@{host}", f"noreply@{host}"]),
        ),
        bye(ctx, "pl", f"[Zespół {org}|Dział Obsługi Klienta]"),
        lang="pl",
        greet_p=0.85,
        top=ctx.pick(REPLY_ABOVE["pl"]) if ctx.chance(0.3) else "",
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("h4_sv_arende_mottaget", "not_job", lang="sv", n=H4_N)
def sv_arende_mottaget(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Västra kommun", "vastrakommun.se.example"),
            ("Elbolaget Norr", "elbolagetnorr.example"),
            ("Pensionsmyndigheten Syd", "pensionsmyndighetensyd.se.example"),
            ("Hemtextil Butiken", "hemtextilbutiken.example"),
            ("Bostadsbolaget Eken", "bostadseken.example"),
        ]
    )
    num = ctx.pick(
        [
            f"#{ctx.num(100000, 999999)}",
            f"ärendenummer {ctx.num(1000000, 9999999)}",
            f"Dnr {ctx.date.year}-{ctx.num(100, 9999)}",
        ]
    )
    return receipt(
        ctx,
        [
            "Vi har tagit emot ditt ärende",
            f"Bekräftelse: ditt ärende {num}",
            f"Sv: [Felanmälan|Fråga om faktura|Reklamation|Synpunkt] {num}",
            f"Tack för ditt meddelande ({num})",
        ],
        [
            f"[Tack för att du kontaktar oss!|Vi har tagit emot ditt meddelande.|Din felanmälan är registrerad.] [Ditt ärende har fått nummer {num}.|Referens: {num}.]",
            "[Vi handlägger ärenden i den ordning de kommer in och återkommer till dig inom [2|5|10] arbetsdagar.|En handläggare kommer att granska ditt ärende och kontakta dig om vi behöver mer information.|Just nu har vi många ärenden, så det kan ta lite längre tid än vanligt.]",
            "[Svara på detta mejl om du vill komplettera ditt ärende.|Du kan följa ärendet på Mina sidor.|]",
        ],
        (org, ctx.pick([f"kundservice@{host}", f"noreply@{host}", f"kontakt@{host}"])),
        bye(ctx, "sv", f"[Kundservice|{org}|Kontaktcenter, {org}]"),
        lang="sv",
        greet_p=0.85,
        top=ctx.pick(REPLY_ABOVE["sv"]) if ctx.chance(0.3) else "",
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("h4_nl_aanvraag_vergunning_portaal", "not_job", lang="nl", n=H4_N)
def nl_aanvraag_vergunning_portaal(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Gemeente Westerzand", "westerzand.nl.example"),
            ("Omgevingsloket", "omgevingsloket.example"),
            ("DUO", "duo.nl.example"),
            ("Gemeente Hoogdorp", "hoogdorp.nl.example"),
        ]
    )
    what = ctx.pick(
        [
            "aanvraag omgevingsvergunning",
            "aanvraag parkeervergunning",
            "aanvraag studiefinanciering",
            "aanvraag bijzondere bijstand",
            "aanvraag evenementenvergunning",
        ]
    )
    num = ref(ctx, ctx.pick(["OLO", "Z", "AV"]))
    stage = ctx.pick(["ontvangen", "behandeling", "besluit"])
    para = {
        "ontvangen": f"Wij hebben uw {what} ontvangen. Uw aanvraag heeft het zaaknummer {num}.",
        "behandeling": f"Uw {what} ({num}) is in behandeling genomen. Wij nemen binnen [8|12] weken een besluit.",
        "besluit": f"Er is een besluit genomen over uw {what} ({num}). Log in met DigiD op Mijn Gemeente om het besluit te bekijken.",
    }[stage]
    return receipt(
        ctx,
        [
            f"Ontvangstbevestiging {what}",
            f"Uw aanvraag {num}",
            "Er staat een nieuw bericht voor u klaar",
            f"Stand van zaken: {what}",
        ],
        [
            para,
            "[Heeft u vragen? Bel 14 0{n}{n}{n} en noem uw zaaknummer.|Dit is een automatisch bericht.|]",
        ],
        (org, ctx.pick([f"noreply@{host}", f"info@{host}", f"berichtenbox@{host}"])),
        ctx.pick(
            [
                "",
                f"Met vriendelijke groet,\n{org}",
                f"Met vriendelijke groet,\nTeam Vergunningen\n{org}",
            ]
        ),
        lang="nl",
        greet_p=0.8,
        form=ctx.pick(["plain", "html", "alt"]),
    )
