"""``ml_`` families, part 3: offers, recruiter outreach and other job mail (documents,
references, candidate-portal notices) in French, German, Spanish, Italian, Dutch and
Portuguese. Offers use each market's own words: promesse d'embauche, Vertragsangebot,
carta oferta, proposta di assunzione, arbeidsvoorwaarden, proposta/carta-oferta.
"""

# ruff: noqa: E501

from __future__ import annotations

import vocab
from fam_y_lang_base import L, ats, body, footer, person_addr, pick_lang, sign
from kit import Ctx, Draft, ascii_word, family


@family("ml_offer_letter", "offer", n=40)
def offer_letter(ctx: Ctx) -> Draft:
    lang = pick_lang(ctx)
    t = {
        "fr": (
            [
                "Proposition d'embauche - {title}",
                "Votre promesse d'embauche",
                "Offre d'emploi {co}",
                "Proposition de contrat",
            ],
            [
                "Nous avons le plaisir de vous confirmer notre proposition d'embauche au poste de {title}, en CDI, au sein de {legal}.",
                "Suite à nos différents échanges, je suis ravie de vous faire une proposition pour rejoindre {co} en tant que {title}.",
            ],
            [
                "Rémunération : %M, sur 12 mois, avec une période d'essai de [3|4] mois. Date de prise de poste envisagée : %D.",
                "Vous trouverez ci-joint la promesse d'embauche détaillant la rémunération (%M) et les avantages (tickets restaurant, mutuelle, RTT).",
            ],
            [
                "Merci de nous retourner le document signé [sous 5 jours|avant vendredi].",
                "Nous restons à votre disposition pour toute question.",
            ],
        ),
        "de": (
            [
                "Ihr Vertragsangebot - {title}",
                "Angebot: {title} bei {co}",
                "Ihr Arbeitsvertrag",
                "Zusage und Vertragsangebot",
            ],
            [
                "wir freuen uns sehr, Ihnen die Position als {title} bei {co} anbieten zu können!",
                "nach den Gesprächen mit dem Team freue ich mich, dir heute unser Angebot schicken zu dürfen.",
            ],
            [
                "Das Jahresgehalt beträgt %M, dazu 30 Tage Urlaub und ein Jobticket. Eintrittsdatum wäre der 1. des Folgemonats.",
                "Anbei finden Sie den Arbeitsvertrag (unbefristet, Probezeit 6 Monate) mit einem Gehalt von %M.",
            ],
            [
                "Bitte senden Sie uns den unterschriebenen Vertrag bis %D zurück.",
                "Bei Fragen zum Vertrag stehe ich Ihnen jederzeit gern zur Verfügung.",
            ],
        ),
        "es": (
            [
                "Oferta de trabajo - {title}",
                "Tu carta oferta de {co}",
                "¡Bienvenido/a a {co}!",
                "Propuesta de incorporación",
            ],
            [
                "Nos complace ofrecerte el puesto de {title} en {co}.",
                "Tras el proceso de selección, estamos encantados de hacerte una oferta para incorporarte como {title}.",
            ],
            [
                "Condiciones: contrato indefinido, salario de %M, jornada completa y teletrabajo [2|3] días por semana.",
                "Adjuntamos la carta oferta con el salario (%M) y la fecha de incorporación prevista, %D.",
            ],
            [
                "Te agradeceríamos que nos confirmases tu aceptación antes de %D.",
                "Cualquier duda, estamos a tu disposición.",
            ],
        ),
        "it": (
            [
                "Proposta di assunzione - {title}",
                "Lettera d'offerta {co}",
                "La nostra proposta",
                "Offerta di lavoro",
            ],
            [
                "siamo lieti di comunicarLe che {co} intende formalizzare una proposta di assunzione per il ruolo di {title}.",
                "con grande piacere ti inviamo la nostra proposta per entrare in {co} come {title}.",
            ],
            [
                "Contratto a tempo indeterminato, CCNL Commercio, %M, con buoni pasto e welfare aziendale.",
                "In allegato trovi la lettera d'offerta con %M e la data di inizio prevista, %D.",
            ],
            [
                "Le chiediamo di restituirci la lettera firmata per accettazione entro %D.",
                "Restiamo a disposizione per qualsiasi chiarimento.",
            ],
        ),
        "nl": (
            [
                "Aanbod: {title}",
                "Je arbeidsvoorwaardenvoorstel",
                "Welkom bij {co}!",
                "Contractvoorstel",
            ],
            [
                "We zijn heel blij je de functie van {title} bij {co} aan te bieden!",
                "Na de gesprekken willen we je graag een aanbod doen voor de rol van {title}.",
            ],
            [
                "Het salaris bedraagt %M, met 8% vakantiegeld, 25 vakantiedagen en een contract voor een jaar met uitzicht op vast.",
                "In de bijlage vind je het arbeidsvoorwaardenvoorstel (%M, startdatum %D).",
            ],
            ["Laat je ons voor %D weten of je akkoord gaat?", "Heb je vragen, bel me gerust."],
        ),
        "pt_br": (
            [
                "Proposta de trabalho - {title}",
                "Sua carta-oferta da {co}",
                "Bem-vindo(a) à {co}!",
                "Proposta CLT",
            ],
            [
                "É com muita alegria que te enviamos a proposta para a vaga de {title}!",
                "Parabéns! Você foi aprovado(a) no processo seletivo para {title}.",
            ],
            [
                "Regime CLT, salário de %M, vale-refeição, plano de saúde e PLR.",
                "Segue em anexo a carta-oferta com a remuneração (%M) e a data de início, %D.",
            ],
            ["Pedimos que confirme o aceite até %D.", "Qualquer dúvida, estou à disposição."],
        ),
        "pt_pt": (
            ["Proposta de contratação - {title}", "A sua proposta da {co}", "Bem-vindo(a) à {co}!"],
            [
                "Temos o prazer de lhe apresentar uma proposta para a função de {title} na {co}.",
                "Parabéns! Gostaríamos de o(a) convidar a integrar a nossa equipa como {title}.",
            ],
            [
                "Contrato sem termo, remuneração de %M, subsídio de alimentação e seguro de saúde.",
                "Em anexo segue a proposta com a remuneração (%M) e data de início %D.",
            ],
            [
                "Agradecemos a sua resposta até %D.",
                "Estamos ao dispor para qualquer esclarecimento.",
            ],
        ),
    }[lang]
    subj, opener, terms, close = t
    name, addr = person_addr(ctx) if ctx.chance(0.6) else ats(ctx, lang)
    paras = [
        L(ctx, lang, ctx.pick(opener)),
        L(ctx, lang, ctx.pick(terms)),
        L(ctx, lang, ctx.pick(close)),
    ]
    return Draft(
        L(ctx, lang, ctx.pick(subj)),
        body(ctx, lang, paras),
        name,
        addr,
        greet=False,
        sign=sign(ctx, lang),
        footer=footer(ctx, lang, 0.2),
        lang=lang,
    )


@family("ml_offer_call_note", "offer", n=30)
def offer_call(ctx: Ctx) -> Draft:
    lang = pick_lang(ctx)
    lines = {
        "fr": [
            "Comme promis au téléphone : c'est un grand OUI de toute l'équipe ! 🎉 Je t'envoie la proposition écrite [demain|dans la journée], on a validé %M comme convenu.",
            "Suite à notre appel, je vous confirme que nous souhaitons vous accueillir comme {title}. Le contrat part chez vous via DocuSign aujourd'hui.",
        ],
        "de": [
            "wie eben am Telefon besprochen: Wir möchten dich unbedingt im Team haben! 🎉 Das schriftliche Angebot kommt [morgen|heute noch], %M wie besprochen.",
            "wie telefonisch besprochen bestätige ich Ihnen gern unsere Zusage für die Stelle als {title}. Den Vertrag erhalten Sie per DocuSign.",
        ],
        "es": [
            "¡Lo que te comentaba por teléfono: queremos que te unas al equipo! 🎉 Te mando la oferta por escrito [mañana|hoy], con %M como hablamos.",
            "Tal y como hablamos, te confirmo que queremos contar contigo como {title}. La oferta formal te llegará por DocuSign.",
        ],
        "it": [
            "come ti dicevo al telefono: vogliamo te nel team! 🎉 La proposta scritta arriva [domani|in giornata], con %M come concordato.",
            "come anticipato telefonicamente, Le confermo la volontà di assumerLa come {title}. Riceverà la proposta via DocuSign.",
        ],
        "nl": [
            "zoals net aan de telefoon gezegd: we willen je heel graag aannemen! 🎉 Het schriftelijke aanbod komt [morgen|vandaag nog], %M zoals besproken.",
            "zoals telefonisch besproken bevestig ik graag dat we je willen aannemen als {title}. Het contract volgt via DocuSign.",
        ],
        "pt_br": [
            "como falei no telefone: você foi aprovado(a)!! 🎉 A proposta formal chega [amanhã|hoje ainda], com %M como combinamos.",
            "conforme conversamos, confirmo que queremos você no time como {title}. A carta-proposta vai pelo DocuSign.",
        ],
        "pt_pt": [
            "como falámos ao telefone: queremos mesmo que te juntes à equipa! 🎉 A proposta escrita segue [amanhã|hoje], com %M como combinado.",
            "conforme conversámos, confirmo que gostaríamos de contar consigo como {title}. A proposta segue por DocuSign.",
        ],
    }
    subj = {
        "fr": ["Bienvenue à bord ! 🎉", "Bonne nouvelle", "Suite à notre appel", "Proposition"],
        "de": ["Willkommen an Bord! 🎉", "Gute Nachrichten", "Wie besprochen", "Zusage"],
        "es": ["¡Bienvenido/a a bordo! 🎉", "Buenas noticias", "Lo hablado", "Oferta"],
        "it": ["Benvenuto/a a bordo! 🎉", "Buone notizie", "Come da telefonata", "Proposta"],
        "nl": ["Welkom aan boord! 🎉", "Goed nieuws", "Zoals besproken", "Aanbod"],
        "pt_br": ["Bem-vindo(a)! 🎉", "Boas notícias", "Conforme conversamos", "Aprovado(a)!"],
        "pt_pt": ["Bem-vindo(a)! 🎉", "Boas notícias", "Conforme falámos", "Proposta"],
    }
    i = ctx.num(0, 1)  # the first line of each language is the informal one
    name, addr = person_addr(ctx)
    return Draft(
        L(ctx, lang, ctx.pick(subj[lang])),
        body(ctx, lang, [L(ctx, lang, lines[lang][i])], casual=i == 0),
        name,
        addr,
        greet=False,
        sign=sign(ctx, lang, casual=i == 0),
        form=ctx.pick(["plain", "plain", "alt"]),
        lang=lang,
    )


@family("ml_outreach_inmail", "recruiter_outreach", n=36)
def outreach_inmail(ctx: Ctx) -> Draft:
    lang = pick_lang(ctx)
    lines = {
        "fr": [
            "Je suis tombée sur ton profil LinkedIn et ton expérience m'a tapé dans l'œil. Chez {co}, on recrute un(e) {title} [en CDI|en full remote|à {city}] et je pense que ça pourrait te plaire. Ouvert(e) à en discuter ?",
            "Je me permets de vous contacter au sujet d'une opportunité de {title} chez un de nos clients, éditeur SaaS en forte croissance. Package : %M. Seriez-vous disponible pour un échange de 15 minutes ?",
        ],
        "de": [
            "ich bin auf dein Profil bei XING gestoßen und finde deinen Werdegang super spannend. Wir suchen bei {co} gerade eine:n {title} – wärst du offen für einen kurzen Austausch?",
            "ich bin Personalberaterin und unterstütze aktuell einen Mandanten bei der Besetzung einer Position als {title} ([Remote|Hybrid in {city}], %M). Hätten Sie Interesse an einem vertraulichen Gespräch?",
        ],
        "es": [
            "He visto tu perfil en LinkedIn y creo que encajarías genial en un puesto de {title} que estamos buscando en {co}. ¿Te apetece que hablemos?",
            "Te escribo de parte de una consultora de selección: tenemos una posición de {title} para un cliente del sector fintech, %M, modelo híbrido. ¿Estarías abierto/a a escuchar la propuesta?",
        ],
        "it": [
            "ho visto il tuo profilo su LinkedIn e credo che potresti essere perfetto/a per una posizione di {title} in {co}. Ti andrebbe di sentirci?",
            "La contatto per conto di un nostro cliente, azienda leader nel settore, che ricerca un/a {title} ([full remote|ibrido a {city}], %M). Sarebbe interessato/a a saperne di più?",
        ],
        "nl": [
            "Ik kwam je profiel tegen op LinkedIn en je ervaring sprak me erg aan. Bij {co} zoeken we een {title} – sta je open voor een kop koffie of een belletje?",
            "Namens een opdrachtgever ben ik op zoek naar een {title} ([32-40 uur|hybride in {city}], %M). Zou je openstaan voor een vrijblijvend gesprek?",
        ],
        "pt_br": [
            "Vi seu perfil no LinkedIn e achei sua trajetória muito interessante! Estamos com uma vaga de {title} na {co} e acho que tem tudo a ver com você. Topa conversar?",
            "Sou headhunter e estou conduzindo uma posição de {title} para um cliente do setor financeiro ([remoto|híbrido em São Paulo], %M). Podemos marcar um papo?",
        ],
        "pt_pt": [
            "Vi o seu perfil no LinkedIn e creio que poderá ter interesse numa oportunidade de {title} na {co}. Podemos falar?",
            "Estou a recrutar para um cliente uma posição de {title} em Lisboa (híbrido, %M). Teria disponibilidade para uma conversa?",
        ],
    }
    subj = {
        "fr": [
            "Opportunité {title}",
            "Ton profil m'intéresse",
            "Poste de {title} - {co}",
            "Échange rapide ?",
        ],
        "de": [
            "Spannende Position als {title}",
            "Dein Profil",
            "Vertrauliche Anfrage",
            "Kurzer Austausch?",
        ],
        "es": ["Oportunidad {title}", "Tu perfil", "Posición {title} - {co}", "¿Hablamos?"],
        "it": [
            "Opportunità {title}",
            "Il tuo profilo",
            "Posizione aperta: {title}",
            "Possiamo sentirci?",
        ],
        "nl": ["Vacature {title}", "Je profiel", "Interessante kans bij {co}", "Kop koffie?"],
        "pt_br": [
            "Oportunidade {title}",
            "Vi seu perfil",
            "Vaga de {title} na {co}",
            "Bora conversar?",
        ],
        "pt_pt": ["Oportunidade {title}", "O seu perfil", "Vaga {title}", "Podemos falar?"],
    }
    if ctx.chance(0.5):
        name, addr = person_addr(ctx)
    else:
        agency, dom = ctx.rng.choice(vocab.RECRUITING_AGENCIES)
        name = ctx.person if ctx.chance(0.5) else f"{ctx.person} | {agency}"
        addr = f"{ascii_word(ctx.person_first)}@{dom}"
    i = ctx.num(0, 1)  # the first line of each language is the informal one
    casual = i == 0 and lang != "pt_pt"
    return Draft(
        L(ctx, lang, ctx.pick(subj[lang])),
        body(ctx, lang, [L(ctx, lang, lines[lang][i])], casual=casual),
        name,
        addr,
        greet=False,
        sign=sign(ctx, lang, casual=casual),
        lang=lang,
    )


@family("ml_other_documents", "other_job", n=34)
def other_documents(ctx: Ctx) -> Draft:
    lang = pick_lang(ctx)
    lines = {
        "fr": [
            "Pour préparer votre arrivée, merci de nous transmettre les pièces suivantes : pièce d'identité, RIB, attestation de sécurité sociale et justificatif de domicile.",
            "Dans le cadre de votre candidature pour {title}, pourriez-vous nous communiquer les coordonnées de deux références professionnelles ?",
            "Merci de compléter votre dossier candidat sur notre portail avant %D.",
        ],
        "de": [
            "für die Vorbereitung Ihres Arbeitsvertrags benötigen wir noch folgende Unterlagen: Steuer-ID, Sozialversicherungsausweis, Bankverbindung und Ihr Arbeitszeugnis.",
            "im Rahmen Ihrer Bewerbung als {title} bitten wir Sie, uns zwei Referenzen zu nennen.",
            "Bitte laden Sie bis %D ein erweitertes Führungszeugnis in Ihrem Bewerberportal hoch.",
        ],
        "es": [
            "Para preparar tu incorporación necesitamos: copia del DNI/NIE, número de la Seguridad Social y certificado de titularidad bancaria.",
            "¿Podrías facilitarnos el contacto de dos referencias profesionales para tu candidatura a {title}?",
            "Por favor, completa tu perfil en el portal de candidatos antes de %D.",
        ],
        "it": [
            "per la predisposizione del contratto Le chiediamo di inviarci: documento d'identità, codice fiscale, IBAN e certificato dei carichi pendenti.",
            "potresti indicarci due referenze professionali per la tua candidatura come {title}?",
            "La preghiamo di completare il Suo profilo sul portale candidati entro %D.",
        ],
        "nl": [
            "Voor je contract hebben we nog nodig: kopie ID, BSN, IBAN en een Verklaring Omtrent het Gedrag (VOG). De aanvraag voor de VOG ontvang je via Justis.",
            "Zou je ons twee referenties willen sturen voor je sollicitatie als {title}?",
            "Vul je gegevens in ons kandidatenportaal aan vóór %D.",
        ],
        "pt_br": [
            "Para sua admissão, precisamos dos documentos: RG, CPF, carteira de trabalho digital, comprovante de residência e dados bancários. Envie pela plataforma até %D.",
            "Você pode nos passar o contato de duas referências profissionais para a vaga de {title}?",
            "Agende seu exame admissional na clínica credenciada.",
        ],
        "pt_pt": [
            "Para preparar a sua admissão, precisamos de: Cartão de Cidadão, NIF, NISS e IBAN.",
            "Poderia indicar-nos duas referências profissionais para a sua candidatura a {title}?",
            "Por favor complete o seu perfil no portal de candidatos até %D.",
        ],
    }
    subj = {
        "fr": [
            "Documents à fournir",
            "Vos références",
            "Dossier d'embauche",
            "Action requise : votre dossier",
        ],
        "de": [
            "Benötigte Unterlagen",
            "Referenzen",
            "Ihre Einstellungsunterlagen",
            "Erinnerung: Unterlagen",
        ],
        "es": [
            "Documentación para tu incorporación",
            "Referencias",
            "Acción requerida",
            "Tu alta en {co}",
        ],
        "it": ["Documenti per l'assunzione", "Referenze", "Azione richiesta", "Documentazione"],
        "nl": ["Benodigde documenten", "Referenties", "Actie vereist", "Je contractgegevens"],
        "pt_br": ["Documentos para admissão", "Referências", "Ação necessária", "Sua admissão"],
        "pt_pt": ["Documentação necessária", "Referências", "Ação necessária", "Admissão"],
    }
    name, addr = ats(ctx, lang) if ctx.chance(0.5) else person_addr(ctx)
    return Draft(
        L(ctx, lang, ctx.pick(subj[lang])),
        body(ctx, lang, [L(ctx, lang, ctx.pick(lines[lang]))]),
        name,
        addr,
        greet=False,
        sign=sign(ctx, lang, team=ctx.chance(0.5)),
        footer=footer(ctx, lang, 0.3),
        lang=lang,
    )


@family("ml_other_portal", "other_job", n=32)
def other_portal(ctx: Ctx) -> Draft:
    lang = pick_lang(ctx)
    lines = {
        "fr": [
            "Votre compte candidat a été créé. Pour finaliser votre inscription, cliquez sur le lien suivant : %P",
            "Votre candidature est conservée dans notre vivier depuis 2 ans. Souhaitez-vous que nous conservions vos données ? Confirmez ici : %P",
            "Votre mot de passe de l'espace candidat a été modifié.",
        ],
        "de": [
            "Ihr Bewerberkonto wurde erfolgreich angelegt. Bitte bestätigen Sie Ihre E-Mail-Adresse: %P",
            "Sie haben der Aufnahme in unseren Talentpool zugestimmt. Ihre Einwilligung läuft am %D ab – jetzt verlängern: %P",
            "Ihr Passwort für das Karriereportal wurde zurückgesetzt.",
        ],
        "es": [
            "Tu cuenta de candidato ha sido creada. Activa tu cuenta aquí: %P",
            "Hace un año que tu CV está en nuestra base de datos. ¿Quieres mantenerlo? %P",
            "Has cambiado la contraseña de tu área de candidato.",
        ],
        "it": [
            "Il tuo account candidato è stato creato. Conferma l'indirizzo e-mail: %P",
            "Il consenso al trattamento dei Suoi dati scade %D. Per rinnovarlo: %P",
            "La password del portale candidati è stata modificata.",
        ],
        "nl": [
            "Je kandidaataccount is aangemaakt. Bevestig je e-mailadres via %P",
            "Je gegevens staan bijna een jaar in onze talentpool. Wil je erin blijven? %P",
            "Het wachtwoord van je sollicitantenaccount is gewijzigd.",
        ],
        "pt_br": [
            "Seu cadastro na página de carreiras foi criado! Confirme seu e-mail: %P",
            "Atualize seu currículo para continuar no nosso banco de talentos: %P",
            "A senha da sua conta de candidato foi alterada.",
        ],
        "pt_pt": [
            "A sua conta de candidato foi criada. Confirme o seu e-mail: %P",
            "O consentimento para manter o seu CV expira %D. Renove aqui: %P",
            "A palavra-passe da sua área de candidato foi alterada.",
        ],
    }
    subj = {
        "fr": [
            "Activez votre espace candidat",
            "Vos données personnelles",
            "Espace candidat {co}",
            "Mot de passe modifié",
        ],
        "de": [
            "Bestätigung Ihres Bewerberkontos",
            "Ihr Talentpool-Eintrag",
            "Karriereportal {co}",
            "Passwort zurückgesetzt",
        ],
        "es": ["Activa tu cuenta", "Tus datos en {co}", "Área de candidato", "Contraseña cambiada"],
        "it": [
            "Conferma il tuo account",
            "Consenso privacy",
            "Portale candidati {co}",
            "Password modificata",
        ],
        "nl": [
            "Bevestig je account",
            "Je talentpool-gegevens",
            "Kandidatenportaal {co}",
            "Wachtwoord gewijzigd",
        ],
        "pt_br": [
            "Confirme seu cadastro",
            "Banco de talentos {co}",
            "Atualize seu currículo",
            "Senha alterada",
        ],
        "pt_pt": [
            "Confirme a sua conta",
            "Os seus dados",
            "Portal de candidatos {co}",
            "Palavra-passe alterada",
        ],
    }
    name, addr = ats(ctx, lang)
    portal = ctx.url(addr.split("@")[1], ctx.pick(["candidate", "portal", "account/verify"]))
    i = ctx.num(0, 2)  # account created / data retention / password changed
    text = L(ctx, lang, lines[lang][i]).replace("%P", portal)
    return Draft(
        L(ctx, lang, ctx.pick([subj[lang][(0, 1, 3)[i]], subj[lang][2]])),
        body(ctx, lang, [text]),
        name,
        addr,
        greet=False,
        sign=sign(ctx, lang, team=True),
        footer=footer(ctx, lang, 0.8),
        bulk=ctx.chance(0.3),
        lang=lang,
    )
