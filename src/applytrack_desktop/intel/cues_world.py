"""More cue phrases for look-alike mail: everyday life in more words and more languages.

``intel.cues`` holds the hiring lexicons and the first look-alike ones. Real mailboxes are
full of mail that shares a hiring word and nothing else: a German appointment ("Termin"), a
Spanish marketplace "oferta", a bank's "sign in to your account", a pet rescue's "your
application", a journal's "manuscript submitted", the reader's own employer's HR tasks. These
phrases, written from general knowledge of such mail (not from the corpus), extend the cue
lexicons (``EXTRA``: more phrases for existing cues) and add a few new ones (``NEW``); the
cue marker then says what the mail is about whatever words it uses.

Same syntax as ``intel.cues``: ``[a|b|]`` alternatives, an empty one makes the slot optional;
phrases are normalised like message text, so accents and case do not matter.
"""

from __future__ import annotations

# More phrases for cues that already exist in ``intel.cues.LEXICON``.
EXTRA: dict[str, tuple[str, ...]] = {
    "reject": (
        "[do not|does not|did not] meet the [minimum |basic |][qualification|qualifications|"
        "requirements]",
        "[go|going|went|gone] in [a |][different|another] direction",
        "[chosen|selected|picked|hired] [another|a different|a more experienced] "
        "[candidate|applicant|person]",
        "[pursue|pursuing|proceed with|continue with] [candidates|applicants] whose",
        "[not among the best qualified|not referred to the selecting official|client passed|"
        "decided to pass|we will pass|we ll pass|going to pass on|retenu d autres|"
        "retenu des profils|retenu un autre]",
        "[we re going to|we are going to|we ve decided to|we have decided to|we will|we ll] "
        "pass [for now|on your application|on this|this time]",
        "[fur eine andere kandidat|fur einen anderen kandidat|andere kandidat in|"
        "anderen bewerber in]",
        # Swedish, Danish / Norwegian and Polish.
        "[inte ga vidare|inte gar vidare|valt en annan|annan kandidat|andra kandidater|"
        "ikke ga videre|ikke gar videre|ikke videre med|valgt en anden|valgt en annen|"
        "anden kandidat|annen kandidat|andre kandidater|innego kandydata|innych kandydatow|"
        "nie przejdzie|nie zakwalifikowa]",
        "[altri profili|proseguire con altri|blev det inte du|tjansten ar tillsatt|"
        "rekryteringen ar nu avslutad|gjort vart val|inte du den har gangen]",
        "[has|have] [now |already |]been filled",
    ),
    "offer": (
        "[like|love|want|pleased|happy|going] to offer you [the |a |this |][job|role|position|"
        "post|contract]",
        "[offer|an offer|the offer|your offer] [coming|is coming|is on its way|on its way]",
        "[extend your contract|contract extension|the job is yours|the role is yours|"
        "you got the job]",
    ),
    "status": (
        "[status changed|status has changed|status has been updated|is now in review|"
        "now under review|moved to review]",
        "[looked at|has looked at|viewed|opened] your [profile|application|resume|cv] for",
        "your application for [the |][role |position |][was|has been] [seen|viewed|opened]",
        "[still finalising|still finalizing|finalising the|finalizing the|in touch either way]",
    ),
    "checks": (
        "[drug screening|collection site|fingerprinting|first advantage|dbs check|"
        "disclosure and barring|credential check|credentials check|education verification]",
    ),
    # Job alerts and their footers in the languages the glosses cover.
    "alert": (
        "[novas vagas|vagas para voce|vagas que combinam|vagas recomendadas|nuove offerte|"
        "nuovi annunci|annunci di lavoro|ricerca salvata|offerte per te|nuevas ofertas|"
        "empleos para ti|ofertas para ti|alerta de empleo|nouvelles offres|alerte emploi|"
        "recherche enregistree|offres pour vous|neue jobs|passende jobs|jobs fur sie|"
        "jobs fur dich|jobagent|suchauftrag|nieuwe vacatures|vacatures voor jou|"
        "vacature alert|jobs in your area|jobs near you]",
        "[salary reports|salary report|is your pay fair|salaries for|salaries at|"
        "interview questions at|what candidates were asked|upgrade to see|job picks|top job picks|"
        "shared job post|shared a job post|separamos estas vagas|"
        "correspondem ao seu alerta|seu alerta|novas oportunidades|ofertas de emprego|"
        "corresponden con tu alerta|tu alerta]",
    ),
    "footer": (
        "[annulla iscrizione|desinscrever|abmelden|se desinscrire|se desabonner|darse de baja|"
        "cancelar suscripcion|uitschrijven|afmelden|descadastrar|cancelar inscricao]",
    ),
    "government": (
        "[burgeramt|auslanderbehorde|finanzamt|standesamt|kfz zulassung|prefecture|mairie|"
        "impots|securite sociale|ayuntamiento|extranjeria|cita previa|agencia tributaria|"
        "seguridad social|comune di|anagrafe|questura|agenzia delle entrate|gemeente|"
        "belastingdienst|receita federal|carte grise|elster|rijbewijs|identiteitsbewijs|"
        "pasfoto|paspoort|pasaporte|passaporte|carta d identita|carte d identite|"
        "personalausweis|reisepass]",
    ),
    "immigration": (
        "[titre de sejour|carte de sejour|carte de resident|aufenthaltstitel|"
        "aufenthaltserlaubnis|visum|permesso di soggiorno|toma de huellas|"
        "tarjeta de residencia|residence card|biometric appointment|einburgerung|"
        "naturalisation]",
        "[home office|ukvi|department of state|passport office|hm passport office|"
        "passport application|passport renewal|passport status|travel document|"
        "document will be mailed|biometric residence]",
    ),
    "housing": (
        "[besichtigungstermin|schufa|nebenkosten|kaution|wohnungsbewerbung|dossier de location|"
        "etat des lieux|agence immobiliere|inmobiliaria|fianza|immobiliare|caparra|makelaar|"
        "huurwoning|imobiliaria|letting agent|lettings|holding deposit|tenant referencing|"
        "right to rent|guarantor|inventory check|move out|co op board|board interview|"
        "purchase application|leasing office|leasing]",
        "[estate agent|vendor agent|selling agent|listing agent|asking price|"
        "offer on the property|exchange contracts|conveyancing|conveyancer|escrow|open house]",
    ),
    "finance": (
        "[kreditantrag|kreditberatung|financiacion|ma banque|tu banco|il tuo conto|je bank|"
        "o seu banco|your bank]",
        "[low balance|account balance|available balance|statement is available|"
        "direct debit|standing order|wire transfer|payment received|card ending|kontostand|"
        "kontoauszug|lastschrift|uberweisung|releve de compte|virement|prelevement|extracto|"
        "estratto conto|bonifico|afschrift|overboeking|extrato|boleto]",
    ),
    "commerce": (
        "[angebot nr|kostenvoranschlag|unverbindliches angebot|inkl mwst|mwst|rechnung|"
        "bestellung|lieferung|versand|gutschein|rabatt|descuento|"
        "factura|oferta valida|commande|livraison|facture|soldes|ordine|spedizione|fattura|"
        "sconto|bestelling|levering|factuur|korting|fatura|desconto|frete|"
        "marketplace|your listing|your item|trade in|your quote|quotation|kleinanzeigen|"
        "instant offer|cash offer|your car|your vehicle|sell your car]",
        # Marketplace offers between buyers and sellers ("oferta", "Angebot", "bod").
        "[comprador|compradora|vendedor|vendedora|verkaufer|verkauferin|kaufer|kauferin|"
        "gegenangebot|acheteur|vendeur|acquirente|venditore|koper|verkoper|wallapop|vinted|"
        "leboncoin|subito|marktplaats|milanuncios|olx|ebay|etsy|depop|te ofrece|tu oferta|"
        "nueva oferta|ofertas caducan|contraoferta|dein angebot|neues angebot|"
        "angebot angenommen|votre offre|la tua offerta|nuova offerta|je bod|nieuw bod|"
        "sua oferta|nova oferta|precio|preis|prezzo|vraagprijs|de prijs|je prijs|uw prijs|"
        "test drive|on the lot|"
        "trade in offer|trade in value]",
    ),
    "employer": (
        "[inbox task|self evaluation|self review|self assessment|performance self|annual review|"
        "mid year review|goal setting|learning assignment|mandatory training|required training|"
        "leave request|absence request|time off request|dear colleagues|all staff|"
        "staff meeting|team meeting|internal use only|stretch assignment]",
        "[successful referrals|submit referral|submit a referral|refer someone|hot roles|"
        "referral push|great people know great people]",
        "[betriebsrat|liebes team|hallo zusammen|teammeeting|mitarbeiterversammlung|"
        "betriebsversammlung|urlaubsantrag|zeiterfassung|gehaltsabrechnung|lohnabrechnung|"
        "note de service|fiche de paie|bulletin de paie|recibo de nomina|nomina|busta paga|"
        "cedolino|loonstrook|holerite|contracheque]",
    ),
    "hiring": (
        "[been named|been listed|been nominated|been put down] as [a |their |his |her |]"
        "[professional |][reference|referee]",
        "as [professional |][reference|referee] for",
        "[reference questionnaire|reference survey|reference form for|for interviewers|"
        "review the candidate|has canceled the event|"
        "has cancelled the event|booked a time with you|scheduled a meeting with you|"
        "scheduled an event with you|interviewer needed|interviewers needed|called in sick|"
        "you could cover|interviewing plate|the loop for|your teammates|your job posting|"
        "your job post|job posting expires|keep receiving applications|new applicants for|"
        "applicants for your job|promote your job|sponsor your job]",
        "could you take [a |the |an |][slot|session|interview]",
        # The interviewer's itinerary and the coordinator asking for one (session 5).
        # (Not "scheduled to interview": an employer writes that to its candidate.)
        "[scheduled|confirmed|booked|assigned|added] [as an interviewer for|as interviewer for]",
        "[on|join|joining] the interview panel for",
        "[full schedule for|focus areas and suggested questions|suggested questions|"
        "can you interview|could you interview|open on your calendar|"
        "suggest someone from your team|someone from your team]",
        # The hiring manager's own applicant-tracking notices.
        "[listed|added|set] as [the |a |][hiring manager|interviewer|recruiter|coordinator]",
        "[you re hiring for|you are hiring for|review candidate|review applicant|"
        "applied to your job|applied for your job|applied to your posting|"
        "hiring manager for this job|or disqualify|advance or reject|reject the candidate|"
        "in your pipeline]",
        "[you are|you re] the [hiring manager|recruiter|interviewer] [for|on]",
        "[notes are ready|took notes from your|metaview|interview intelligence|"
        "interview notes are ready]",
    ),
    "outreach": (
        # One-letter words are dropped: "I'm hiring" is read as "hiring", which every hiring
        # manager's notice says; "I am hiring" keeps its "am".
        "[your name came up|name came up|did you get a chance to|did you see my|"
        "following up on my|bumping this|circling back|would love to tell you more|"
        "je recrute|ich suche|estoy buscando|sto cercando|ik ben op zoek|estou procurando|"
        "we re hiring|we are hiring|am hiring]",
    ),
    "schedule": (
        "[grab|book|pick|choose|select] [a |some |][time|slot|slots]",
        "get to know you call",
    ),
    "peer": (
        "[do you know anyone at|know anyone at|know anyone who works at|put in a good word|"
        "a name to follow up|heard nothing back|no worries if]",
    ),
    "school": (
        "[dear parents|parents evening|estimadas familias|liebe eltern|chers parents|"
        "cari genitori|beste ouders|elternabend|etudiant|"
        "etudiante|estudiante|studente|estudante|bourse|beca|borsa di studio|"
        "bolsa de estudos|matricula|einschreibung|inschrijving|tutoring]",
        "[music|guitar|piano|violin|singing|dance|driving|swim|swimming] [lesson|lessons]",
        "[tutor|tutors|lesson request|your first lesson|trial lesson|summer camp|"
        "after school program|after school club|childcare|nursery place|camp place]",
    ),
    "devtools": (
        "[backup job|cron job|batch job|scheduled job|job completed|job failed|job succeeded|"
        "jenkins|workflow run|ci pipeline]",
        # ("dag" alone is "day" in the Nordic languages and Dutch: "i dag", "vandaag".)
        "[airflow|airflow dag|dag run|dag runs|execution date|task instance|app store connect|"
        "resolution center|"
        "google play console|testflight|your app]",
        # A work tool's welcome series ("complete your profile so teammates can find you"):
        # the profile is a workspace's, not a candidate portal's.
        "[teammates can find you|invite your teammates|invite teammates|your workspace|"
        "set up your workspace|your team workspace|your teammates are waiting]",
    ),
    "sales": (
        "[book a|quick|short|product|live|our] demo",
        "[sales development|solutions consultant|chili piper|integrates with|trusted by|"
        "customers like|is scaling its|are scaling their|free pilot|pitch deck|"
        "partnerships at|raised a round|opened a new office|our software]",
        # Vendor demos and staffing agencies selling to the reader's company.
        "[your demo|the demo] [is booked|is confirmed|is scheduled|of]",
        "[thanks for booking time with us|feel free to bring colleagues|hubspot meetings|"
        "account executive|pre vetted|prevetted|anonymised profiles|anonymized profiles|"
        "staff augmentation|team augmentation|nearshore|offshore team|dedicated developers|"
        "contract developers|in days not months|no obligation|client partner|"
        "been hiring for while|noticed you re hiring|noticed you are hiring|saw you re hiring]",
        "see if [it|we|there] [fit|is fit|could help|can help]",
    ),
    # The press interviewing the reader.
    "study": (
        "[ux researcher|ux research|research invitations|research emails|oral history|"
        "session will be recorded|recorded for internal use|opted in to research]",
        "[media request|press request|press inquiry|press enquiry|for the piece|"
        "deadline for the piece|our readers|our listeners|past episodes|the next issue|"
        "on the record|off the record|bring recorder|agreeing to the interview|"
        "for our magazine|for our publication]",
    ),
}

# New cues. Names are lower-case letters only (they become marker words).
NEW: dict[str, tuple[str, ...]] = {
    # "No news means no": the receipt's conditional close, not a rejection.
    "silence": (
        "[if you do not hear|if you don t hear|if you have not heard|if you haven t heard|"
        "should you not hear|if you are not contacted|if we do not contact you|"
        "caso nao seja contactado|caso nao receba|si no recibes|si no recibe|"
        "si vous n avez pas de nouvelles|sans reponse de notre part|wenn sie nichts|"
        "falls sie nichts|se non ricevi|se non ricevera|als je niets|als u niets]",
        # The same conditional close in more words and languages (session 13): a receipt that
        # says when to give up is not a refusal, whatever its "not selected" says.
        "[only shortlisted candidates will be contacted|only successful candidates will be "
        "contacted|we will only contact|we only contact|unsuccessful candidates will not be|"
        "please assume that your application|please consider your application unsuccessful|"
        "sollten sie innerhalb|sollten wir uns nicht|falls wir uns nicht|wenn wir uns nicht|"
        "sollten sie bis|ohne rückmeldung|si vous ne recevez pas|passé ce délai|"
        "sans retour de notre part|si nous ne revenons pas vers vous|en l absence de réponse|"
        "si no has recibido|si no ha recibido|si no te contactamos|si no le contactamos|"
        "en caso de no recibir|de no recibir respuesta|transcurrido dicho plazo|"
        "in assenza di riscontro|qualora non ricevesse|se non dovesse ricevere|"
        "in mancanza di risposta|in mancanza di riscontro|trascorso tale termine|"
        "se não receber|caso não tenha notícias|na ausência de resposta|"
        "caso não entremos em contato|indien je niets|indien u niets|mocht je niets|"
        "mocht u niets|hoor je binnen|hoort u binnen|jeśli nie otrzymasz|jeżeli nie otrzymasz|"
        "jeśli nie otrzyma|jeżeli nie otrzyma|w przypadku braku odpowiedzi|"
        "skontaktujemy się tylko z wybranymi|skontaktujemy się wyłącznie z wybranymi|"
        "kontaktujemy się tylko z wybranymi|om du inte hör|om du inte har hört|"
        "hör du inte av oss|hvis du ikke hører|hvis du ikke har hørt|hører du ikke fra os|"
        "hører du ikke fra oss|dersom du ikke hører|mikäli et kuule|jos et ole kuullut|"
        "pokud se vám neozveme|neozveme li se|geri dönüş yapılmazsa]",
        # The condition and its verb apart ("Mocht je binnen drie weken niets van ons horen",
        # "if after two weeks you have not heard from us"): the words that close it.
        "[not|haven t|havent|don t|dont|didn t] [hear|heard] [back |]from us [within|by|"
        "after|in the next|in]",
        "[niets|niks] van ons [horen|hoort|gehoord|vernomen]",
        "[nichts|keine nachricht|keine rückmeldung] [mehr |][von uns|unsererseits] "
        "[hören|gehört|erhalten|bekommen]",
        "[no|ninguna] [tienes|tiene|recibes|recibe|has tenido|ha tenido|hayas tenido|"
        "haya tenido|has recibido|ha recibido] [noticias|respuesta] [nuestras|nuestra|"
        "de nosotros|por nuestra parte]",
        "[pas|aucune|sans] [de |][nouvelles|réponse|retour] de notre part",
        "[non|nessuna] [ha|hai|riceve|ricevi|avrà|avrai] [notizie|riscontro|risposta] "
        "[da parte nostra|da noi]",
        "[não|nao] [tiver|tenha|receber] [notícias|resposta|retorno] [nossas|nossa|de nós]",
    ),
    # A service's booking: the customer greeting and the change-or-cancel close of dentists,
    # garages and salons appointment mail ("appointment" alone is also an interview's word).
    "booking": (
        "[in caso di disdetta|disdetta|disdire|annullare l appuntamento|"
        "spostare l appuntamento|promemoria appuntamento|afzeggen|verzetten kan|"
        "verzetten of afzeggen|herinnering afspraak|com antecedencia|desmarcar|remarcar|"
        "para alterar contacte|reserva confirmada|marcacao confirmada|sua marcacao|"
        "recordatorio de cita|anular la cita|cambiar la cita|gentile cliente|caro cliente|"
        "prezado cliente|estimado cliente|beste klant|geachte klant|cher client|chere cliente|"
        "lieber kunde|liebe kundin|dear customer|valued customer|appointment reminder]",
    ),
    # Health and care appointments: "your appointment is confirmed" without a job.
    "health": (
        "[doctor|dentist|dental|clinic|prescription|check up|checkup|"
        "vaccination|vaccine|test results|lab results|physiotherapy|physio|optician|eye exam|"
        "veterinary|vet clinic|patient portal|mychart|zocdoc|doctolib|centro de salud|"
        "health centre|health center|medical centre|medical center|carte vitale|"
        "kinesitherapeute|krankenkasse|dokter|huisarts|huisartsenpraktijk|tandartspraktijk|"
        "consultorio|clinica|studio dentistico|igiene dentale|zahnarztpraxis|cabinet medical|"
        "cabinet dentaire|hygienist|medical group|family practice|protected health information|"
        "medicina|dentaria|higiene oral]",
        "[frau dr|herr dr|bei dr|con la dra|con el dr|la dra|el dr|le dr|la doctora|dottor|"
        "dottoressa|the doctor|dr s office]",
        "[arzt|arztin|arztpraxis|zahnarzt|hausarzt|praxis|rezept|medecin|dentiste|ordonnance|"
        "kine|medico|dentista|consulta medica|receta|huisarts|tandarts|fysiotherapeut]",
    ),
    # Volunteering and clubs: applications, orientations and "a chat with the committee".
    "volunteer": (
        "[volunteer|volunteers|volunteering|membership|waiver|benevole|"
        "benevolat|ehrenamt|ehrenamtlich|verein|voluntario|voluntariado|volontario|"
        "volontariato|vrijwilliger|vrijwilligers|vereniging]",
        # Sports clubs hold trials and pick squads; mentoring programmes pick mentees.
        "[squad place|squad|this season|club trials|see you on the pitch|netball|rugby club|"
        "football club|training sessions|mentee|mentees|mentoring programme|mentoring program|"
        "mentorship programme|mentorship program]",
    ),
    # Appointments for the reader's car, home or hair: "your appointment is confirmed".
    "services": (
        "[car service|oil change|mot test|tyre change|tire change|service appointment|"
        "technician visit|engineer visit|repair|repairs|hairdresser|haircut|salon|barber|"
        "inspektion|werkstatt|autohaus|reifenwechsel|reparatur|friseur|controle technique|"
        "rendez vous technicien|passage du technicien|reparation|coiffeur|itv|"
        "reparacion|peluqueria|officina meccanica|riparazione|parrucchiere|apk keuring|"
        "reparatie|kapper|kapsalon|knippen|oficina mecanica|reparo|cabeleireiro|manicure|pedicure|"
        "massage|massagem|massaggio|estetica|coloracao]",
        "[otturazione|pulizia dei denti|ortodonzia|visita di controllo|officina|revisione|"
        "tagliando|gommista|carrozzeria|estetista|revisao|oficina auto|inspecao|cabeleireira|"
        "brushing|unhas|depilacao|vulling|mondhygienist|onderhoudsbeurt|kleuren|fohnen|"
        "schoonheidssalon|nagelstudio|garage]",
    ),
    # Pet adoption and rescues: applications, "meet and greets" and home visits.
    "pets": (
        "[adopt|adoption|adopting|adopter|rescue|shelter|foster home|foster carer|fostering|"
        "pet|pets|dog|dogs|cat|cats|puppy|kitten|animal|animals|fenced yard|home check]",
        "[tierheim|hund|katze|adopcion|perro|gato|mascota|refuge|chien|chiot|cane|gatto|"
        "canile|asiel|hond|kat|cachorro|abrigo]",
    ),
    # Academic publishing: manuscripts are "submitted", "under review", "accepted", "rejected".
    "publishing": (
        "[manuscript|manuscripts|journal|peer review|reviewer comments|reviewers comments|"
        "editor in chief|revise and resubmit|major revision|major revisions|minor revision|"
        "minor revisions|accepted for publication|camera ready|proceedings|preprint|"
        "article processing|manuscript id|scholarone|editorial manager]",
    ),
    # Account-security notices from banks and online services.
    "security": (
        "[security alert|new sign in|new login|from a new device|on a new device|"
        "unusual activity|suspicious activity|"
        "unrecognized device|unrecognised device|password changed|password was changed|"
        "one time code|one time password|sicherheitswarnung|neue anmeldung|"
        "alerte de securite|nouvelle connexion|alerta de seguridad|nuevo inicio de sesion|"
        "avviso di sicurezza|nuovo accesso|beveiligingsmelding|alerta de seguranca|novo acesso]",
    ),
}
