"""``ml_`` families, part 4: non-English mail that is NOT about the user's own job hunt but
borrows its words: job-alert digests from local boards (StepStone, InfoJobs, Indeed.fr,
Welcome to the Jungle, Nationale Vacaturebank, Catho, Gupy), bank/insurance/school/rental
"candidature / Bewerbung / solicitud" mail, and newsletters with "offres" and "Angebote".
"""

# ruff: noqa: E501

from __future__ import annotations

import vocab
from fam_y_lang_base import L, body, pick_lang
from kit import Ctx, Draft, family

BOARDS = {
    "fr": [
        ("Indeed", "alert@indeed.fr"),
        ("Welcome to the Jungle", "hello@welcometothejungle.com"),
        ("APEC", "alertes@apec.fr"),
        ("France Travail", "ne-pas-repondre@francetravail.fr"),
        ("HelloWork", "alertes@hellowork.com"),
    ],
    "de": [
        ("StepStone", "jobagent@stepstone.de"),
        ("Indeed", "alert@indeed.de"),
        ("XING Jobs", "jobs@xing.com"),
        ("Bundesagentur für Arbeit", "noreply@arbeitsagentur.de"),
    ],
    "es": [
        ("InfoJobs", "alertas@infojobs.net"),
        ("Indeed", "alert@indeed.es"),
        ("Tecnoempleo", "alertas@tecnoempleo.com"),
        ("LinkedIn", "jobs-noreply@linkedin.com"),
    ],
    "it": [
        ("InfoJobs", "avvisi@infojobs.it"),
        ("Indeed", "alert@indeed.it"),
        ("Subito Lavoro", "noreply@subito.it"),
        ("Monster", "jobalert@monster.it"),
    ],
    "nl": [
        ("Nationale Vacaturebank", "vacaturemail@nationalevacaturebank.nl"),
        ("Indeed", "alert@indeed.nl"),
        ("werk.nl", "noreply@werk.nl"),
        ("Jobbird", "alerts@jobbird.com"),
    ],
    "pt_br": [
        ("Catho", "vagas@catho.com.br"),
        ("Gupy", "naoresponda@gupy.io"),
        ("Vagas.com", "alerta@vagas.com.br"),
        ("InfoJobs", "alertas@infojobs.com.br"),
    ],
    "pt_pt": [
        ("Net-Empregos", "alertas@net-empregos.com"),
        ("SAPO Emprego", "alertas@emprego.sapo.pt"),
        ("Indeed", "alert@indeed.pt"),
        ("ITJobs", "alertas@itjobs.pt"),
    ],
}
ALERT = {
    "fr": (
        [
            "{n} nouvelles offres pour « {title} »",
            "Votre alerte emploi : {title} à {city}",
            "Ces entreprises recrutent près de chez vous",
            "Offres d'emploi du jour",
        ],
        "Voici les nouvelles offres correspondant à votre alerte :",
        "Postuler en un clic · Modifier mon alerte · Se désabonner",
        "CDI · Télétravail partiel",
    ),
    "de": (
        [
            "{n} neue Jobs für „{title}“",
            "Ihr Jobagent: {title} in {city}",
            "Neue Stellenangebote für Sie",
            "Jobs, die zu Ihnen passen",
        ],
        "Diese neuen Stellenangebote passen zu Ihrem Jobagenten:",
        "Jetzt bewerben · Jobagent bearbeiten · Abmelden",
        "Vollzeit · Homeoffice möglich",
    ),
    "es": (
        [
            "{n} nuevas ofertas de {title}",
            "Tu alerta de empleo: {title} en {city}",
            "Ofertas de trabajo que te pueden interesar",
            "Nuevas ofertas para ti",
        ],
        "Estas son las nuevas ofertas que coinciden con tu alerta:",
        "Inscribirme · Editar alerta · Darme de baja",
        "Contrato indefinido · Jornada completa",
    ),
    "it": (
        [
            "{n} nuove offerte di lavoro per {title}",
            "La tua ricerca salvata: {title}",
            "Offerte di lavoro per te",
            "Nuovi annunci di lavoro",
        ],
        "Ecco i nuovi annunci che corrispondono alla tua ricerca:",
        "Candidati ora · Modifica avviso · Annulla iscrizione",
        "Tempo indeterminato · Full time",
    ),
    "nl": (
        [
            "{n} nieuwe vacatures voor {title}",
            "Je vacaturemail: {title} in {city}",
            "Nieuwe vacatures die bij je passen",
            "Vacatures van vandaag",
        ],
        "Deze nieuwe vacatures passen bij je zoekopdracht:",
        "Solliciteer direct · Vacaturemail aanpassen · Afmelden",
        "32-40 uur · Vast contract",
    ),
    "pt_br": (
        [
            "{n} novas vagas de {title}",
            "Vagas para você: {title}",
            "Novas oportunidades na sua região",
            "Vagas que combinam com seu perfil",
        ],
        "Separamos estas vagas que combinam com seu perfil:",
        "Candidatar-se · Editar alerta · Descadastrar",
        "CLT · Híbrido",
    ),
    "pt_pt": (
        [
            "{n} novas ofertas de emprego: {title}",
            "Alerta de emprego: {title}",
            "Ofertas de emprego para si",
        ],
        "Estas são as novas ofertas que correspondem ao seu alerta:",
        "Candidatar · Editar alerta · Cancelar subscrição",
        "Tempo inteiro · Híbrido",
    ),
}
NEG_FOOTER = {
    "fr": [
        "Vous recevez cet e-mail car vous êtes inscrit(e) à nos communications. Se désinscrire",
        "Conformément au RGPD, vous disposez d'un droit d'accès et de rectification. Gérer mes préférences",
    ],
    "de": [
        "Sie erhalten diese E-Mail, weil Sie sich für unseren Newsletter angemeldet haben. Abmelden | Impressum | Datenschutz",
        "Dies ist eine automatisch versandte Nachricht. Impressum",
    ],
    "es": [
        "Recibes este correo porque estás suscrito/a. Darse de baja | Política de privacidad",
        "Este mensaje se ha enviado automáticamente.",
    ],
    "it": [
        "Ricevi questa e-mail perché sei iscritto/a alla nostra newsletter. Disiscriviti | Privacy",
        "Messaggio generato automaticamente, non rispondere.",
    ],
    "nl": [
        "Je ontvangt deze e-mail omdat je je hebt aangemeld. Afmelden | Privacyverklaring",
        "Dit is een automatisch bericht.",
    ],
    "pt_br": [
        "Você recebeu este e-mail porque se cadastrou em nosso site. Descadastrar | Política de Privacidade (LGPD)",
        "E-mail automático, não responda.",
    ],
    "pt_pt": [
        "Recebeu este e-mail porque subscreveu as nossas comunicações. Cancelar subscrição",
        "Mensagem automática, não responda.",
    ],
}


def neg_footer(ctx: Ctx, lang: str, p: float) -> str:
    return ctx.pick(NEG_FOOTER[lang]) if ctx.chance(p) else ""


CITIES = {
    "fr": ["Paris", "Lyon", "Nantes", "Lille", "Bordeaux"],
    "de": ["Berlin", "München", "Hamburg", "Köln", "Frankfurt am Main"],
    "es": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao"],
    "it": ["Milano", "Roma", "Torino", "Bologna", "Firenze"],
    "nl": ["Amsterdam", "Utrecht", "Rotterdam", "Eindhoven", "Den Haag"],
    "pt_br": ["São Paulo - SP", "Rio de Janeiro - RJ", "Belo Horizonte - MG", "Curitiba - PR"],
    "pt_pt": ["Lisboa", "Porto", "Braga", "Coimbra"],
}


@family("ml_neg_job_alert", "not_job", n=40)
def job_alert(ctx: Ctx) -> Draft:
    lang = pick_lang(ctx)
    subj, intro, links, tags = ALERT[lang]
    name, addr = ctx.pick(BOARDS[lang])
    query = ctx.title  # the saved search, not an application: labels drop it for not_job
    rows = []
    for _ in range(ctx.num(3, 7)):
        co = ctx.rng.choice(vocab.COMPANIES).name
        role = ctx.pick(
            [
                query,
                ctx.rng.choice(vocab.TITLES),
                f"{query} (H/F)" if lang == "fr" else f"Senior {query}",
            ]
        )
        rows.append(
            f"{role}\n{co} – {ctx.pick(CITIES[lang])}\n{tags}\n{ctx.url(addr.split('@')[1], 'job')}"
        )
    text = "\n\n".join([L(ctx, lang, intro), *rows, links])
    return Draft(
        ctx.fill(ctx.pick(subj).replace("{city}", ctx.pick(CITIES[lang]))),
        text,
        name,
        addr,
        greet=False,
        sign="",
        footer=neg_footer(ctx, lang, 0.5),
        bulk=True,
        form=ctx.pick(["html", "alt", "alt"]),
        lang=lang,
    )


# (subjects, body, sender) per language: a bank, a landlord or school, an insurer.
PRIVATE = {
    "fr": [
        (
            ["Votre demande de prêt immobilier", "Suivi de votre demande de crédit"],
            "Nous avons bien reçu votre demande de prêt et votre dossier est en cours d'étude par notre service crédit. [Pièces manquantes : avis d'imposition.|Réponse sous 5 jours ouvrés.]",
            ("Ma Banque", "noreply@mabanque-example.fr"),
        ),
        (
            ["Votre candidature pour l'appartement", "Votre dossier de location"],
            "Votre dossier de location pour l'appartement rue [Victor Hugo|de la Paix] a bien été transmis au propriétaire. [Une réponse vous sera apportée sous 48h.|Malheureusement, le bien a été attribué à un autre candidat.]",
            ("Agence Immo Centre", "contact@immo-centre.fr"),
        ),
        (
            ["Votre offre personnalisée", "Votre devis assurance habitation"],
            "Suite à votre demande de devis, voici notre offre personnalisée valable 30 jours.",
            ("Assur+", "devis@assurplus.fr"),
        ),
        (
            ["Votre candidature Parcoursup", "Admission : votre candidature"],
            "Votre candidature en master a été examinée par la commission pédagogique. [Vous êtes convoqué(e) à un entretien d'admission.|Elle a reçu un avis favorable.]",
            ("Université", "scolarite@univ-example.fr"),
        ),
    ],
    "de": [
        (
            ["Ihre Kreditanfrage", "Ihr Antrag auf Kontoeröffnung"],
            "vielen Dank für Ihre Anfrage. Wir prüfen Ihre Unterlagen und melden uns innerhalb von 3 Werktagen.",
            ("Sparkasse Musterstadt", "service@sparkasse-muster.de"),
        ),
        (
            ["Ihre Bewerbung für die Wohnung", "Wohnungsbewerbung Lindenstraße"],
            "vielen Dank für Ihre Bewerbung um die 3-Zimmer-Wohnung. [Leider haben wir uns für andere Mietinteressenten entschieden.|Gerne laden wir Sie zur Besichtigung ein.]",
            ("Hausverwaltung Schmidt", "info@hv-schmidt.de"),
        ),
        (
            ["Ihr Versicherungsangebot", "Ihr persönliches Angebot"],
            "anbei erhalten Sie Ihr persönliches Angebot für die Kfz-Versicherung.",
            ("Versicherung Beispiel", "angebot@versicherung-beispiel.de"),
        ),
        (
            ["Ihre Bewerbung um einen Studienplatz", "Zulassungsbescheid"],
            "Ihre Bewerbung um einen Studienplatz im Masterstudiengang ist eingegangen. [Den Zulassungsbescheid finden Sie im Portal.|Das Auswahlgespräch findet online statt.]",
            ("Hochschule Beispiel", "bewerbung@hs-beispiel.de"),
        ),
    ],
    "es": [
        (
            ["Tu solicitud de préstamo", "Solicitud de tarjeta de crédito"],
            "Hemos recibido tu solicitud. Un gestor la revisará y te contactará en 48 horas.",
            ("Banco Ejemplo", "no-responder@bancoejemplo.es"),
        ),
        (
            ["Tu solicitud de alquiler", "Sobre el piso en Chamberí"],
            "Gracias por tu solicitud para el piso en alquiler. [El propietario ha elegido a otro inquilino.|El propietario quiere hacerte una entrevista y pedirte la nómina.]",
            ("Idealista", "noreply@idealista.com"),
        ),
        (
            ["Tu oferta de seguro", "Tu presupuesto"],
            "Aquí tienes tu oferta personalizada de seguro de hogar.",
            ("Seguros Ejemplo", "ofertas@seguros-ejemplo.es"),
        ),
        (
            ["Tu solicitud de admisión", "Preinscripción al máster"],
            "Tu solicitud de admisión al máster ha sido recibida. [Te convocamos a una entrevista personal.|Consulta el estado en la secretaría virtual.]",
            ("Universidad Ejemplo", "admisiones@universidad-ejemplo.es"),
        ),
    ],
    "it": [
        (
            ["La tua richiesta di finanziamento", "Richiesta mutuo: esito"],
            "abbiamo ricevuto la tua richiesta di finanziamento, l'esito ti sarà comunicato entro 5 giorni lavorativi.",
            ("Banca Esempio", "noreply@bancaesempio.it"),
        ),
        (
            ["Domanda di iscrizione", "Esito graduatoria asilo nido"],
            "la domanda di iscrizione all'asilo nido è stata [accolta|inserita in lista d'attesa].",
            ("Comune di Milano", "servizi@comune.milano.it"),
        ),
        (
            ["Preventivo assicurazione", "La tua offerta RC Auto"],
            "ecco il tuo preventivo per l'assicurazione auto, valido 30 giorni.",
            ("Assicura Online", "preventivi@assicura.it"),
        ),
        (
            ["Candidatura per l'appartamento", "Il tuo annuncio"],
            "il proprietario ha ricevuto la tua candidatura per l'appartamento in affitto e ti contatterà per la visita.",
            ("Immobiliare.it", "noreply@immobiliare.it"),
        ),
    ],
    "nl": [
        (
            ["Je aanvraag voor een hypotheek", "Aanvraag creditcard"],
            "We hebben je aanvraag ontvangen en nemen binnen 5 werkdagen contact op.",
            ("Bank Voorbeeld", "klantenservice@bankvoorbeeld.nl"),
        ),
        (
            ["Je inschrijving voor de huurwoning", "Reactie op woning"],
            "[Helaas ben je niet geselecteerd voor de bezichtiging van de huurwoning.|Je bent uitgenodigd voor een bezichtiging.]",
            ("Woningnet", "noreply@woningnet.nl"),
        ),
        (
            ["Je offerte", "Je persoonlijke aanbieding"],
            "Hierbij je persoonlijke offerte voor de inboedelverzekering.",
            ("Verzekeraar", "offerte@verzekeraar.nl"),
        ),
        (
            ["Je aanmelding bij de opleiding", "Studiekeuzecheck"],
            "Bedankt voor je aanmelding via Studielink. Je wordt uitgenodigd voor een matchingsgesprek.",
            ("Hogeschool Voorbeeld", "studentenzaken@hs-voorbeeld.nl"),
        ),
    ],
    "pt_br": [
        (
            ["Sua solicitação de cartão", "Proposta de empréstimo aprovada!"],
            "Recebemos sua solicitação e ela está em análise. Você receberá a resposta pelo app.",
            ("Banco Exemplo", "naoresponda@bancoexemplo.com.br"),
        ),
        (
            ["Inscrição no vestibular confirmada", "Sua inscrição no processo seletivo de bolsas"],
            "Sua inscrição foi confirmada. A prova será no dia {n}/1{n}, às 9h.",
            ("Vestibular", "inscricao@vestibular.br"),
        ),
        (
            ["Sua proposta de seguro", "Cotação pronta"],
            "Sua proposta de seguro auto está pronta!",
            ("Seguradora", "cotacao@seguradora.com.br"),
        ),
        (
            ["Proposta de locação", "Análise de cadastro"],
            "Sua proposta de aluguel foi enviada ao proprietário. A análise de crédito leva até 48h.",
            ("QuintoAndar", "naoresponda@quintoandar.com.br"),
        ),
    ],
    "pt_pt": [
        (
            ["O seu pedido de crédito", "Simulação de crédito habitação"],
            "Recebemos o seu pedido de crédito habitação e está em análise.",
            ("Banco Exemplo", "geral@bancoexemplo.pt"),
        ),
        (
            ["Candidatura ao arrendamento", "Programa de Arrendamento Acessível"],
            "A sua candidatura ao programa de arrendamento acessível foi recebida.",
            ("Portal do Arrendamento", "noreply@arrendamento.gov.pt"),
        ),
        (
            ["Candidatura ao ensino superior", "Resultados da 1.ª fase"],
            "A sua candidatura ao ensino superior foi submetida com sucesso.",
            ("DGES", "candidaturas@dges.gov.pt"),
        ),
        (
            ["A sua proposta de seguro", "Simulação de seguro"],
            "Segue a sua proposta de seguro automóvel.",
            ("Seguros Exemplo", "propostas@seguros-exemplo.pt"),
        ),
    ],
}


@family("ml_neg_bank_insurance", "not_job", n=34)
def bank_insurance(ctx: Ctx) -> Draft:
    lang = pick_lang(ctx)
    subjects, line, (name, addr) = ctx.rng.choice(PRIVATE[lang])
    return Draft(
        ctx.fill(ctx.pick(subjects)),
        body(ctx, lang, [ctx.fill(line)], neutral=True),
        name,
        addr,
        greet=False,
        sign="",
        footer=neg_footer(ctx, lang, 0.7),
        bulk=ctx.chance(0.5),
        lang=lang,
    )


@family("ml_neg_newsletter", "not_job", n=34)
def newsletter(ctx: Ctx) -> Draft:
    lang = pick_lang(ctx)
    t = {
        "fr": (
            [
                "-30 % sur toute la boutique 🔥",
                "Votre offre exclusive expire ce soir",
                "La newsletter du mois",
                "Invitation : webinaire « Réussir son entretien d'embauche »",
            ],
            [
                "Profitez de nos offres de printemps jusqu'à dimanche. Livraison offerte dès 50 €.",
                "Ce mois-ci : 5 conseils pour négocier son salaire, le baromètre des recrutements et notre podcast.",
                "Inscrivez-vous à notre conférence en ligne sur le marché de l'emploi tech.",
            ],
        ),
        "de": (
            [
                "Nur heute: 20 % auf alles",
                "Ihr exklusives Angebot",
                "Unser Newsletter im März",
                "Webinar: Tipps fürs Vorstellungsgespräch",
            ],
            [
                "Sichern Sie sich jetzt unsere Frühlingsangebote – nur solange der Vorrat reicht.",
                "In dieser Ausgabe: Gehaltsreport 2025, die besten Arbeitgeber und Karrieretipps.",
                "Melden Sie sich jetzt kostenlos zu unserem Webinar an.",
            ],
        ),
        "es": (
            [
                "¡Rebajas! Hasta -50 %",
                "Tu oferta exclusiva",
                "Newsletter semanal",
                "Webinar: cómo preparar tu entrevista",
            ],
            [
                "Aprovecha nuestras ofertas de temporada. Envío gratis.",
                "Esta semana: guía salarial, las empresas que más contratan y consejos para tu CV.",
                "Apúntate gratis a nuestro webinar.",
            ],
        ),
        "it": (
            [
                "Saldi fino al 50%",
                "Offerta esclusiva per te",
                "La newsletter della settimana",
                "Webinar: come affrontare un colloquio",
            ],
            [
                "Approfitta delle nostre offerte, spedizione gratuita.",
                "In questo numero: osservatorio stipendi, le aziende che assumono e consigli per il CV.",
                "Iscriviti gratis al nostro webinar.",
            ],
        ),
        "nl": (
            [
                "Alleen vandaag: 25% korting",
                "Jouw exclusieve aanbieding",
                "Nieuwsbrief",
                "Webinar: solliciteren doe je zo",
            ],
            [
                "Profiteer van onze aanbiedingen, gratis verzending vanaf €20.",
                "Deze maand: salarisonderzoek, de beste werkgevers en tips voor je cv.",
                "Meld je gratis aan voor ons webinar.",
            ],
        ),
        "pt_br": (
            [
                "Black Friday: até 70% OFF",
                "Oferta exclusiva pra você",
                "Newsletter da semana",
                "Webinar: como mandar bem na entrevista",
            ],
            [
                "Aproveite as ofertas com frete grátis.",
                "Nesta edição: pesquisa salarial, empresas que mais contratam e dicas de currículo.",
                "Inscreva-se grátis no nosso webinar.",
            ],
        ),
        "pt_pt": (
            [
                "Promoções até 50%",
                "Oferta exclusiva para si",
                "Newsletter",
                "Webinar: preparar a entrevista de emprego",
            ],
            [
                "Aproveite as nossas promoções, portes grátis.",
                "Nesta edição: estudo salarial, empresas que estão a recrutar e dicas para o CV.",
                "Inscreva-se gratuitamente no webinar.",
            ],
        ),
    }[lang]
    subj, lines = t
    name, addr = ctx.pick(
        [
            ("Zalando", "info@news.zalando.example"),
            ("Le Blog Carrière", "newsletter@carriere-news.example"),
            ("Decathlon", "news@decathlon.example"),
            ("Talent Insights", "news@talentinsights.example"),
        ]
    )
    return Draft(
        ctx.pick(subj),
        "\n\n".join(dict.fromkeys([ctx.pick(lines), ctx.pick(lines)])),
        name,
        addr,
        greet=False,
        sign="",
        footer=neg_footer(ctx, lang, 1.0),
        bulk=True,
        form=ctx.pick(["html", "alt"]),
        lang=lang,
    )
