"""``ml_`` families, part 1: confirmations and rejections written in
French, German, Spanish, Italian, Dutch and Portuguese (Brazil and Portugal).

The model scores poorly on foreign mail; each family here is one real writing style (a local
ATS receipt, a startup's informal note, a formal HR letter) in every one of those languages,
with the language chosen per message.
"""

# ruff: noqa: E501

from __future__ import annotations

from fam_y_lang_base import L, ats, body, footer, person_addr, pick_lang, sign
from kit import Ctx, Draft, family


@family("ml_confirm_ats", "confirmation", n=42)
def confirm_ats(ctx: Ctx) -> Draft:
    lang = pick_lang(ctx)
    t = {
        "fr": (
            [
                "Votre candidature a bien été reçue",
                "Confirmation de candidature - {title}",
                "{co} : merci pour votre candidature",
                "Candidature {title} ({req})",
                "Accusé de réception",
            ],
            [
                "Nous vous remercions de l'intérêt que vous portez à {co} et avons bien reçu votre candidature pour le poste de {title}.",
                "Votre candidature au poste de [{title}|{title} (H/F)] a bien été enregistrée[ le {n}/0{n}|].",
            ],
            [
                "Notre équipe va étudier votre profil avec attention et reviendra vers vous dans les meilleurs délais.",
                "Si votre profil correspond à nos attentes, nous vous contacterons [sous 2 à 3 semaines|prochainement] pour un premier échange.",
                "Sans retour de notre part dans un délai de 4 semaines, vous pourrez considérer que votre candidature n'a pas été retenue.",
            ],
        ),
        "de": (
            [
                "Eingangsbestätigung Ihrer Bewerbung",
                "Ihre Bewerbung als {title}",
                "Vielen Dank für Ihre Bewerbung bei {co}",
                "Bewerbungseingang - {title} (m/w/d)",
                "Ihre Bewerbung ist bei uns eingegangen",
            ],
            [
                "vielen Dank für Ihre Bewerbung als {title} (m/w/d) und Ihr Interesse an {co}.",
                "hiermit bestätigen wir den Eingang Ihrer Bewerbungsunterlagen für die Position {title}[ (Kennziffer {req})|].",
            ],
            [
                "Wir prüfen Ihre Unterlagen sorgfältig und melden uns [innerhalb der nächsten zwei Wochen|schnellstmöglich] bei Ihnen.",
                "Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.",
                "Bitte haben Sie Verständnis dafür, dass die Sichtung aller Bewerbungen etwas Zeit in Anspruch nimmt.",
            ],
        ),
        "es": (
            [
                "Hemos recibido tu candidatura",
                "Confirmación de tu inscripción en la oferta {title}",
                "Gracias por tu interés en {co}",
                "Tu candidatura para {title}",
                "Inscripción recibida",
            ],
            [
                "¡Gracias por inscribirte en nuestra oferta de {title}!",
                "Te confirmamos que hemos recibido correctamente tu candidatura para el puesto de {title} en {co}.",
            ],
            [
                "Nuestro equipo de selección revisará tu CV y, si tu perfil encaja, nos pondremos en contacto contigo.",
                "Puedes consultar el estado de tu candidatura desde tu área privada.",
                "El proceso de selección puede durar varias semanas. Te mantendremos informado/a.",
            ],
        ),
        "it": (
            [
                "Conferma ricezione candidatura",
                "Grazie per la tua candidatura - {title}",
                "{co}: candidatura ricevuta",
                "La tua candidatura per la posizione {title}",
            ],
            [
                "ti ringraziamo per aver inviato la tua candidatura per la posizione di {title} presso {co}.",
                "confermiamo la ricezione del Suo curriculum vitae per la posizione {title}[ (rif. {req})|].",
            ],
            [
                "Il nostro team HR valuterà il tuo profilo e, in caso di riscontro positivo, ti contatterà per un colloquio conoscitivo.",
                "Qualora il Suo profilo risultasse in linea con i requisiti richiesti, sarà nostra cura ricontattarLa.",
                "Puoi seguire lo stato della tua candidatura nell'area riservata.",
            ],
        ),
        "nl": (
            [
                "Bedankt voor je sollicitatie!",
                "Ontvangstbevestiging sollicitatie {title}",
                "Je sollicitatie bij {co}",
                "We hebben je sollicitatie ontvangen",
            ],
            [
                "Bedankt voor je sollicitatie op de vacature {title} bij {co}.",
                "Hierbij bevestigen wij de ontvangst van uw sollicitatie voor de functie van {title}.",
            ],
            [
                "We bekijken je cv en motivatie zorgvuldig en laten binnen [twee weken|vijf werkdagen] van ons horen.",
                "Je hoort zo snel mogelijk of we je uitnodigen voor een eerste gesprek.",
                "Heb je in de tussentijd vragen? Reageer dan gerust op deze mail.",
            ],
        ),
        "pt_br": (
            [
                "Recebemos sua candidatura!",
                "Candidatura confirmada - {title}",
                "Obrigado por se candidatar na {co}",
                "Sua inscrição na vaga {title}",
            ],
            [
                "Que bom ter você por aqui! Sua candidatura para a vaga de {title} foi recebida com sucesso.",
                "Confirmamos o recebimento da sua inscrição no processo seletivo para {title}.",
            ],
            [
                "Acompanhe as próximas etapas pela plataforma. Fique de olho no seu e-mail!",
                "Nosso time de recrutamento vai analisar seu perfil e retornará em breve.",
                "Lembre-se de manter seu currículo atualizado.",
            ],
        ),
        "pt_pt": (
            [
                "Candidatura recebida",
                "Confirmação de candidatura - {title}",
                "Obrigado pela sua candidatura",
                "A sua candidatura a {title}",
            ],
            [
                "Agradecemos o seu interesse na {co} e confirmamos a receção da sua candidatura à função de {title}.",
                "A sua candidatura para {title} foi submetida com sucesso.",
            ],
            [
                "Iremos analisar o seu perfil e entraremos em contacto caso avance para a próxima fase.",
                "Caso não seja contactado(a) no prazo de 30 dias, considere que a sua candidatura não foi selecionada.",
            ],
        ),
    }[lang]
    subj, opener, rest = t
    name, addr = ats(ctx, lang)
    paras = [L(ctx, lang, ctx.pick(opener)), L(ctx, lang, ctx.pick(rest))]
    if ctx.chance(0.4):
        paras.append(L(ctx, lang, ctx.pick(rest)))
    return Draft(
        L(ctx, lang, ctx.pick(subj)),
        body(ctx, lang, list(dict.fromkeys(paras))),
        name,
        addr,
        greet=False,
        sign=sign(ctx, lang, team=True),
        footer=footer(ctx, lang, 0.6),
        bulk=ctx.chance(0.4),
        lang=lang,
    )


@family("ml_confirm_startup", "confirmation", n=32)
def confirm_startup(ctx: Ctx) -> Draft:
    lang = pick_lang(ctx)
    lines = {
        "fr": [
            "Merci pour ta candidature chez {co} ! On a bien reçu ton CV pour le poste de {title}. On regarde tout ça et on revient vers toi d'ici [une semaine|quelques jours] 🙂",
            "Super, ta candidature est bien arrivée ! [Léa|Thomas|Camille] de l'équipe va la lire personnellement. Promis, on répond à tout le monde.",
        ],
        "de": [
            "Danke für deine Bewerbung bei {co}! Wir haben deine Unterlagen für die Stelle als {title} erhalten und melden uns in [den nächsten Tagen|spätestens 10 Tagen] bei dir.",
            "Deine Bewerbung ist angekommen 🎉 Wir schauen sie uns in Ruhe an. Du bekommst auf jeden Fall eine Rückmeldung – versprochen.",
        ],
        "es": [
            "¡Gracias por aplicar a {co}! Tu candidatura para {title} nos ha llegado. La revisamos y te decimos algo en [unos días|una semana como mucho].",
            "¡Recibido! Ya tenemos tu CV. Nuestro equipo lo va a leer con calma y te contestaremos pase lo que pase.",
        ],
        "it": [
            "Grazie per esserti candidato/a da {co}! Abbiamo ricevuto il tuo CV per il ruolo di {title}. Ti faremo sapere al più presto.",
            "Candidatura ricevuta ✅ Il team la leggerà nei prossimi giorni e ti risponderemo in ogni caso.",
        ],
        "nl": [
            "Leuk dat je hebt gesolliciteerd bij {co}! We hebben je sollicitatie voor {title} goed ontvangen en laten binnen een week iets van ons horen.",
            "Je sollicitatie is binnen 🙌 Iemand van het team leest hem persoonlijk en je krijgt sowieso antwoord.",
        ],
        "pt_br": [
            "Valeu por se candidatar na {co}! Recebemos seu currículo para {title} e vamos te dar um retorno em até [7|10] dias úteis.",
            "Sua candidatura chegou por aqui 🚀 Nosso time vai olhar com carinho e te responde em breve.",
        ],
        "pt_pt": [
            "Obrigado pela tua candidatura à {co}! Recebemos o teu CV para {title} e vamos responder-te em breve.",
            "Recebemos a tua candidatura 🙂 A equipa vai analisá-la e dizemos-te qualquer coisa nos próximos dias.",
        ],
    }
    subj = {
        "fr": ["Bien reçu !", "Ta candidature chez {co}", "Merci {first} !"],
        "de": ["Danke für deine Bewerbung!", "Deine Bewerbung bei {co}", "Angekommen!"],
        "es": ["¡Recibido!", "Tu candidatura en {co}", "¡Gracias {first}!"],
        "it": ["Candidatura ricevuta!", "Grazie {first}!", "{co} - la tua candidatura"],
        "nl": ["Bedankt {first}!", "Je sollicitatie bij {co}", "Goed ontvangen!"],
        "pt_br": ["Recebemos sua candidatura 🚀", "Valeu, {first}!", "{co} | Candidatura recebida"],
        "pt_pt": ["Candidatura recebida!", "Obrigado {first}!", "{co} - candidatura"],
    }
    name, addr = ats(ctx, lang) if ctx.chance(0.6) else person_addr(ctx)
    return Draft(
        L(ctx, lang, ctx.pick(subj[lang])),
        body(ctx, lang, [L(ctx, lang, ctx.pick(lines[lang]))], casual=True),
        name,
        addr,
        greet=False,
        sign=sign(ctx, lang, casual=True, team=ctx.chance(0.5)),
        lang=lang,
    )


@family("ml_reject_formal", "rejection", n=42)
def reject_formal(ctx: Ctx) -> Draft:
    lang = pick_lang(ctx)
    t = {
        "fr": (
            [
                "Votre candidature chez {co}",
                "Suite à votre candidature - {title}",
                "Réponse à votre candidature",
                "Candidature {title}",
            ],
            [
                "Nous vous remercions pour l'intérêt que vous avez manifesté pour le poste de {title}.",
                "Nous avons bien étudié votre candidature au poste de {title} et vous remercions de votre confiance.",
            ],
            [
                "Malheureusement, nous ne pouvons pas donner une suite favorable à votre candidature.",
                "Après examen attentif, nous avons le regret de vous informer que nous avons retenu des profils plus en adéquation avec nos besoins.",
                "Nous sommes au regret de vous annoncer que votre candidature n'a pas été retenue.",
            ],
            [
                "Nous conservons votre CV dans notre vivier et ne manquerons pas de revenir vers vous si une opportunité se présente.",
                "Nous vous souhaitons pleine réussite dans vos recherches.",
                "",
            ],
        ),
        "de": (
            [
                "Ihre Bewerbung bei {co}",
                "Ihre Bewerbung als {title}",
                "Rückmeldung zu Ihrer Bewerbung",
                "Absage: {title}",
            ],
            [
                "nochmals vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an {co}.",
                "wir bedanken uns für Ihre Bewerbung als {title} und die Zeit, die Sie investiert haben.",
            ],
            [
                "Leider müssen wir Ihnen mitteilen, dass wir uns für andere Kandidat:innen entschieden haben.",
                "Nach sorgfältiger Prüfung Ihrer Unterlagen können wir Ihnen leider keine positive Rückmeldung geben.",
                "Wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.",
            ],
            [
                "Diese Entscheidung ist keine Bewertung Ihrer Qualifikation. Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.",
                "Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.",
                "",
            ],
        ),
        "es": (
            [
                "Tu candidatura en {co}",
                "Proceso de selección {title}",
                "Actualización sobre tu candidatura",
                "Respuesta a tu solicitud",
            ],
            [
                "Gracias por tu interés en formar parte de {co} y por el tiempo dedicado al proceso de {title}.",
                "Queremos agradecerte tu participación en el proceso de selección para {title}.",
            ],
            [
                "Lamentablemente, en esta ocasión hemos decidido continuar con otros candidatos cuyo perfil se ajusta más a lo que buscamos.",
                "Tras valorar todas las candidaturas, sentimos comunicarte que no has sido seleccionado/a para la siguiente fase.",
                "Lamentamos informarte de que tu candidatura no ha sido seleccionada.",
            ],
            [
                "Guardaremos tu CV para futuras vacantes. ¡Mucha suerte en tu búsqueda!",
                "Te animamos a seguir atento/a a nuestras ofertas.",
                "",
            ],
        ),
        "it": (
            [
                "Esito della tua candidatura",
                "Candidatura {title} - {co}",
                "Aggiornamento sul processo di selezione",
                "Riscontro candidatura",
            ],
            [
                "La ringraziamo per l'interesse dimostrato nei confronti di {co} e per aver partecipato alla selezione per {title}.",
                "grazie per aver inviato la tua candidatura per {title}.",
            ],
            [
                "Purtroppo dobbiamo comunicarLe che la Sua candidatura non è stata selezionata per il prosieguo dell'iter.",
                "Dopo un'attenta valutazione, abbiamo deciso di proseguire con altri profili più in linea con le nostre esigenze.",
                "Ci dispiace informarti che non potremo procedere con la tua candidatura.",
            ],
            [
                "Il Suo CV resterà nel nostro database per eventuali future opportunità.",
                "Le auguriamo il meglio per il Suo percorso professionale.",
                "",
            ],
        ),
        "nl": (
            [
                "Je sollicitatie bij {co}",
                "Terugkoppeling sollicitatie {title}",
                "Update over je sollicitatie",
                "Uw sollicitatie",
            ],
            [
                "Bedankt voor je interesse in {co} en je sollicitatie als {title}.",
                "Hartelijk dank voor uw sollicitatie naar de functie van {title}.",
            ],
            [
                "Helaas moeten we je laten weten dat we niet verder gaan met je sollicitatie.",
                "Na zorgvuldige overweging hebben we besloten andere kandidaten uit te nodigen voor een gesprek.",
                "Tot onze spijt moeten wij u mededelen dat wij uw sollicitatie niet in behandeling nemen.",
            ],
            [
                "We wensen je veel succes met het vinden van een passende baan.",
                "Mag we je gegevens een jaar bewaren in onze talentpool? Laat het ons weten.",
                "",
            ],
        ),
        "pt_br": (
            [
                "Atualização sobre sua candidatura",
                "Processo seletivo {title} - {co}",
                "Retorno do processo seletivo",
                "Sua candidatura na {co}",
            ],
            [
                "Agradecemos muito seu interesse em fazer parte da {co} e sua participação no processo para {title}.",
                "Obrigado por ter participado do nosso processo seletivo.",
            ],
            [
                "Infelizmente, neste momento, não seguiremos com a sua candidatura.",
                "Após análise cuidadosa, optamos por seguir com outros candidatos cujo perfil está mais alinhado à vaga.",
                "Neste momento seu perfil não foi selecionado para as próximas etapas.",
            ],
            [
                "Seu currículo continuará em nosso banco de talentos. Desejamos sucesso!",
                "Fique de olho em nossas outras vagas.",
                "",
            ],
        ),
        "pt_pt": (
            [
                "A sua candidatura à {co}",
                "Processo de recrutamento - {title}",
                "Resposta à sua candidatura",
            ],
            [
                "Agradecemos o interesse demonstrado na {co} e a sua candidatura a {title}.",
                "Obrigado pela sua participação no processo de recrutamento para {title}.",
            ],
            [
                "Lamentamos informar que a sua candidatura não foi selecionada para a fase seguinte.",
                "Após análise, decidimos avançar com outros candidatos com um perfil mais ajustado.",
            ],
            [
                "Desejamos-lhe as maiores felicidades profissionais.",
                "Manteremos o seu CV na nossa base de dados.",
                "",
            ],
        ),
    }[lang]
    subj, thanks, no, close = t
    name, addr = ats(ctx, lang) if ctx.chance(0.7) else person_addr(ctx)
    paras = [
        L(ctx, lang, ctx.pick(thanks)),
        L(ctx, lang, ctx.pick(no)),
        L(ctx, lang, ctx.pick(close)),
    ]
    return Draft(
        L(ctx, lang, ctx.pick(subj)),
        body(ctx, lang, paras),
        name,
        addr,
        greet=False,
        sign=sign(ctx, lang, team=ctx.chance(0.6)),
        footer=footer(ctx, lang, 0.4),
        lang=lang,
    )


@family("ml_reject_after_interview", "rejection", n=32)
def reject_after_interview(ctx: Ctx) -> Draft:
    lang = pick_lang(ctx)
    lines = {
        "fr": [
            "Merci encore pour [ton temps|les échanges] lors de nos entretiens, on a vraiment apprécié de te rencontrer. C'était serré, mais on a finalement choisi un profil avec plus d'expérience sur [le produit|la partie data|le management]. Je sais que ce n'est pas la réponse que tu espérais.",
            "Je reviens vers vous après votre entretien avec l'équipe. Votre parcours est très intéressant, mais nous avons fait le choix d'une autre candidature pour le poste de {title}. Je reste disponible si vous souhaitez un feedback.",
        ],
        "de": [
            "danke nochmal für die offenen Gespräche mit dem Team – du hast einen richtig guten Eindruck hinterlassen. Am Ende haben wir uns trotzdem für jemanden entschieden, der mehr Erfahrung in [unserem Tech-Stack|B2B-SaaS|der Teamleitung] mitbringt.",
            "vielen Dank für das angenehme Gespräch letzte Woche. Leider haben wir uns für die Position {title} für eine andere Kandidatin entschieden. Gerne gebe ich Ihnen telefonisch ein kurzes Feedback.",
        ],
        "es": [
            "mil gracias por tu tiempo en las entrevistas. Nos ha costado mucho decidir, pero al final hemos optado por otra persona para {title}. Me encantaría seguir en contacto para futuras posiciones.",
            "te escribo para darte feedback tras la entrevista con el equipo. Aunque nos gustó mucho tu perfil, hemos decidido no avanzar en esta ocasión.",
        ],
        "it": [
            "grazie ancora per il tempo che ci hai dedicato durante i colloqui. È stata una scelta difficile, ma abbiamo deciso di procedere con un altro candidato per il ruolo di {title}.",
            "La ringrazio per il colloquio dei giorni scorsi. Purtroppo la nostra scelta è ricaduta su un altro profilo. Resto a disposizione per un feedback.",
        ],
        "nl": [
            "bedankt voor de fijne gesprekken met het team. Het was een lastige keuze, maar we hebben besloten om met een andere kandidaat verder te gaan voor de rol van {title}. Wil je feedback? Bel me gerust.",
            "na het tweede gesprek hebben we intern overlegd en helaas kiezen we niet voor jou. Dat heeft niks te maken met je inzet, de andere kandidaat had net wat meer ervaring.",
        ],
        "pt_br": [
            "muito obrigada pelo seu tempo nas entrevistas! Foi uma decisão difícil, mas seguimos com outra pessoa para {title}. Adoraria manter contato para próximas oportunidades.",
            "passando para dar um retorno depois da entrevista com o gestor: infelizmente não vamos avançar com seu perfil agora. Se quiser um feedback mais detalhado, é só me chamar.",
        ],
        "pt_pt": [
            "obrigado pelo seu tempo na entrevista. Foi uma decisão difícil, mas optámos por outro candidato para {title}. Fico disponível para lhe dar feedback.",
            "depois da entrevista com a equipa decidimos não avançar com a tua candidatura. Gostámos muito de te conhecer e esperamos cruzar-nos no futuro.",
        ],
    }
    subj = {
        "fr": ["Retour suite à nos échanges", "Re: entretien {title}", "Notre décision"],
        "de": ["Feedback zu unserem Gespräch", "Re: Gespräch {title}", "Kurzes Update"],
        "es": ["Feedback del proceso", "Re: entrevista {title}", "Novedades"],
        "it": ["Riscontro colloquio", "Re: colloquio {title}", "Aggiornamento"],
        "nl": ["Terugkoppeling gesprek", "Re: gesprek {title}", "Update"],
        "pt_br": ["Retorno da entrevista", "Re: entrevista {title}", "Atualização"],
        "pt_pt": ["Feedback da entrevista", "Re: entrevista {title}", "Novidades"],
    }
    name, addr = person_addr(ctx)
    i = ctx.num(0, 1)  # the first line of each language is the informal (tu/du/tú) one
    casual = i == (1 if lang == "pt_pt" else 0)
    return Draft(
        L(ctx, lang, ctx.pick(subj[lang])),
        body(ctx, lang, [L(ctx, lang, lines[lang][i])], casual=casual),
        name,
        addr,
        greet=False,
        sign=sign(ctx, lang, casual=casual),
        lang=lang,
        form=ctx.pick(["plain", "alt"]),
    )
