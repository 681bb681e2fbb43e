"""Look-alike cue phrases for kinds of everyday mail that borrow the words of hiring.

A procurement team writes "your proposal has been shortlisted, we invite you to present"; an
investor "we are pleased to offer a term sheet, next steps are a partner meeting"; a casting
director "you have a callback"; a sports club "trials are on Saturday"; a party "the selection
meeting for candidates"; a hackathon "you are a finalist, the jury"; a literary agent "we'd
love to see the full manuscript"; a mortgage broker "your application, the offer in
principle"; a community programme "your ambassador application is accepted". None of these
kinds has a look-alike cue of its own, so a model trained on hiring templates keeps them as job
mail. These phrases, written from general knowledge of such mail (not from the corpus), add new
look-alike cues (``NEW``) and extend existing ones (``EXTRA``); every cue here is in
``intel.cues.ASIDE``, so each also adds the shared "about something else" marker.

Precision comes first: employers also say "shortlisted", "next steps", "panel", "offer",
"presentation", "case study", "selection committee", "finalist", "jury" (French public
hiring), "concours" / "concorso" / "konkurs" (public-sector hiring), "Kandidatur" (Swiss
applications) and "proposta" (a Portuguese job offer). So no phrase here is a bare hiring word:
each names what the mail is about (a bid, a term sheet, an audition, a tryout, a ballot, a
prize) or pairs a hiring word with one that only the look-alike uses.

Same syntax as ``intel.cues``: ``[a|b|]`` alternatives, an empty one makes the slot optional;
phrases are normalised like message text (accents and case do not matter, one-letter words
such as the "d" of "we'd" are dropped).
"""

from __future__ import annotations

# New look-alike cues (cue name -> phrases); names are lower-case letters only.
NEW: dict[str, tuple[str, ...]] = {
    # Procurement, tenders, quotes and agency pitches: the READER's company is the bidder.
    # (Not "tender", "procurement" or "bid" alone: recruiters write to bid and procurement
    # managers about their next role.)
    "tender": (
        "[request for proposal|request for proposals|request for quotation|request for quote|"
        "request for tender|invitation to tender|invitation to bid|call for tenders|"
        "tender documents|tender documentation|tender submission|tender portal|tender notice|"
        "tender reference|tender deadline|bid deadline|bid submission|bid documents|"
        "bidder|bidders|shortlisted bidders|shortlisted suppliers|shortlisted vendors|"
        "preferred supplier|preferred bidder|preferred vendor|supplier onboarding|"
        "supplier registration|supplier portal|supplier questionnaire|vendor onboarding|"
        "vendor registration|vendor selection|vendor questionnaire|"
        "contract award|award of contract|notice of award|intention to award|"
        "standstill period|framework agreement|best and final offer|bafo|rfp|rfps|rfq|rfi|"
        "clarification deadline|pricing schedule|price schedule|"
        "agency pitch|creative pitch|pitch brief|agency roster|agency selection|"
        "pitch outcome|the pitch process|quote request|quotation request]",
        # (Not "the tender" or "the bid": a bid manager's job is to "own the bid".)
        "your [bid|tender|rfp response|quotation]",
        "[your|our] [quote|pitch|proposal] [has been|was|is] [shortlisted|selected|"
        "successful|unsuccessful|accepted|awarded|under evaluation|not successful]",
        "present your [bid|tender|pitch] to",
        "[presentation|demonstration|demo] of your [bid|tender]",
        # German, French, Spanish, Italian, Portuguese, Dutch, Polish and Swedish.
        "[vergabeverfahren|vergabestelle|vergabeunterlagen|vergabeplattform|den zuschlag|"
        "zuschlag erteilt|zuschlagserteilung|angebotsabgabe|angebotsfrist|bieterfragen|"
        "bietergesprach|bieter|"
        "lieferantenregistrierung|lieferantenportal|ausschreibungsunterlagen|"
        "offentliche ausschreibung|teilnahmewettbewerb|leistungsverzeichnis|"
        "angebotsanfrage|kostenvoranschlag|pitchprasentation]",
        "[appel offres|appels offres|dossier de consultation|marche public|marches publics|"
        "attribution du marche|avis attribution|soumissionnaire|soumissionnaires|"
        "consultation fournisseurs|referencement fournisseur|votre offre ete retenue|"
        "votre offre commerciale|demande de devis|votre devis|notre devis|un devis|le devis]",
        "[licitacion|licitaciones|pliego de condiciones|pliegos|adjudicacion|adjudicada|"
        "adjudicado|solicitud de propuestas|solicitud de cotizacion|proveedor homologado|"
        "alta de proveedor|alta como proveedor|solicitud de presupuesto|su presupuesto|"
        "propuesta comercial]",
        "[gara appalto|appalto|appalti|bando di gara|capitolato|offerta economica|"
        "offerta tecnica|aggiudicazione|aggiudicata|albo fornitori|richiesta di offerta|"
        "richiesta di preventivo|il preventivo|vostro preventivo]",
        "[licitacao|licitacoes|pregao|pregao eletronico|caderno de encargos|adjudicacao|"
        "proposta adjudicada|pedido de cotacao|pedido de orcamento|cadastro de fornecedor|"
        "cadastro de fornecedores|proposta comercial|seu orcamento]",
        "[aanbesteding|aanbestedingen|aanbestedingsdocument|inschrijving op de aanbesteding|"
        "gunning|voorlopige gunning|gunningsbeslissing|offerteaanvraag|offerte aanvraag|"
        "uw offerte|je offerte|leveranciersregistratie]",
        "[przetarg|przetargu|przetargowe|przetargowej|zapytanie ofertowe|"
        "zapytania ofertowego|zamowien publicznych|zamowienia publicznego|siwz|wadium]",
        "[upphandling|upphandlingen|upphandlingar|anbud|anbudet|ert anbud|tilldelningsbeslut|"
        "forfragningsunderlag|offertforfragan|er offert|var offert]",
    ),
    # Fundraising: the READER is a founder and an investor writes. (Not "series a", "seed
    # round", "funding round", "investors" or "due diligence" alone: startups' recruiters
    # and finance job descriptions say them.)
    "invest": (
        "[term sheet|term sheets|termsheet|pre money|post money|valuation cap|"
        "lead investor|lead the round|leading the round|lead your round|"
        "your round of funding|your funding round|your fundraise|your fundraising|"
        "raising a round|angel round|"
        "convertible note|safe note|cap table|data room|ticket size|pro rata rights|"
        "co investors|co investor|investment memo|our investment committee|"
        "pitch competition|demo day|investor update|investor updates]",
        "[invest|investing|investment] in [your|the] [round|startup|start up|company s round]",
        "[start|begin|kick off|proceed to|move to|move into|moving to|moving into] "
        "[confirmatory |the |]due diligence",
        "due diligence [request list|questionnaire|checklist|call|materials]",
        "[accelerator|incubator] [program|programme|application|cohort|batch]",
        "[join|joining|accepted into|accepted to|apply to|applying to] [our|the] "
        "[accelerator|incubator]",
        "[finanzierungsrunde|beteiligungsvertrag|beteiligungsangebot|"
        "business angel|business angels|wandeldarlehen|pre money bewertung]",
        "[levee de fonds|tour de table|pacte associes|"
        "incubateur|accelerateur|lettre intention investissement]",
        "[ronda de financiacion|ronda de inversion|aceleradora|incubadora|nota convertible]",
        "[round di investimento|round di finanziamento|acceleratore|incubatore]",
        "[rodada de investimento|rodada de captacao|captacao de recursos|aceleradora|incubadora]",
        "[financieringsronde|investeringsronde]",
        "[runda finansowania|runda inwestycyjna|akcelerator|inkubator]",
        "[finansieringsrunda|nyemission|inkubator]",
    ),
    # Auditions and castings (actors, dancers, singers, choirs, extras). ("Role" is an actor's
    # word too, and "callback" a customer service one, so neither stands alone; nor "casting":
    # foundries hire die-casting operators.)
    "casting": (
        "[audition|auditions|auditioning|auditioned|self tape|self tapes|selftape|selftapes|"
        "casting call|casting calls|casting director|casting directors|casting team|"
        "casting agency|casting breakdown|casting notice|casting brief|casting session|"
        "open casting|open call for actors|cast list|acting agent|"
        "choir|chorus|voice part|sight reading|monologue|monologues|"
        "extras casting|background actors|background artists]",
        "[callback|callbacks|call back|recall] [audition|auditions|session|sessions|list]",
        "[you have been|you ve been|you are|you were|have been] cast [as|in]",
        "[vorsprechen|vorsingen|vortanzen|castingtermin|casting termin|komparsen|komparserie|"
        "statisten|chorprobe]",
        "[figurants|figurant|figuration|essai camera|comedienne|comediens|chorale]",
        "[audicion|audiciones|figurantes|figuracion|prueba de camara|coro]",
        "[provino|provini|audizione|audizioni|comparse|comparsa]",
        "[audicao|audicoes|teste de elenco|figurantes|figuracao]",
        "[auditie|audities|figuranten|figurant|figuratie|castingbureau]",
        "[przesluchanie|przesluchania|statysci|statystow|zdjecia probne]",
        "[provspelning|provsjungning|provdans|statister|statist]",
    ),
    # Sports trials and team selection, races and their ballots. (Not "trial day", "trial
    # shift" or a club's name: cafes hire by trial shifts and clubs hire groundstaff.)
    "sport": (
        "[tryout|tryouts|try outs|open trials|club trials|player trials|academy trials|"
        "youth trials|trial match|trial game|trial training|selection trials|"
        "trials will be held|talent id day|"
        "matchday squad|team sheet|starting lineup|first team squad|named in the squad|"
        "football boots|shin pads|training kit|match fees|fixture list|home game|away game|"
        "pre season|preseason|marathon|half marathon|race entry|race pack|race number|"
        "bib number|start wave|ballot result|ballot results|race ballot]",
        "[selected for|named in|picked for] [the |our |this |][squad|first team|starting "
        "eleven|team for saturday|team for sunday]",
        "[probetraining|sichtungstraining|sichtungstag|kaderplatz|trainingszeiten|"
        "spielbetrieb|vereinsmitglied]",
        "[journee de detection|stage de detection|essai au club|entrainements|"
        "licence sportive|match amical]",
        "[jornada de captacion|captacion de talentos|entrenamiento de prueba|"
        "club deportivo|primer equipo]",
        "[allenamento di prova|allenamenti|selezioni per la squadra|prima squadra|"
        "societa sportiva|tesseramento]",
        "[peneira|peneiras|treino experimental|treinos|clube esportivo|clube desportivo]",
        "[proeftraining|selectietraining|wedstrijden|sportvereniging]",
        "[testy do druzyny|trening probny|nabor do druzyny|nabor do akademii|klub sportowy]",
        "[provtraning|provtraningar|idrottsforening|traningar]",
    ),
    # Elections: a party's candidate selection, a board or association vote. (Not "elected",
    # "candidate selection" or "selection committee": rejections and academic hiring say them;
    # nor the Swiss "Kandidatur" or the Belgian "kandidaatstelling": job applications.)
    "election": (
        "[general|local|council|parliamentary|presidential|board|mayoral|party|leadership|"
        "municipal|european] [election|elections]",
        "election [day|campaign|results|leaflets|leaflet|candidate|candidates|count]",
        "[the|this|upcoming|next] election",
        "[electoral|by election|ballot paper|ballot papers|postal vote|"
        "polling day|polling station|hustings|constituency|nomination papers|"
        "stand for election|standing for election|run for office|running for office|"
        "candidate statement|annual general meeting|general assembly|"
        "cast your vote|your vote|voting opens|voting closes|voting is now open|"
        "party members|party membership|local party|"
        "parliamentary candidate|council candidate|mayoral candidate]",
        "candidate for [the board|the council|mayor|parliament|the party|the committee|"
        "treasurer|trustee|councillor]",
        "[your|the] candidacy for [the board|the council|mayor|parliament|the committee|"
        "treasurer|trustee|councillor]",
        "[wahlkreis|wahlliste|listenplatz|aufstellungsversammlung|nominierungsversammlung|"
        "stimmzettel|wahlvorschlag|mitgliederversammlung|vorstandswahl|kommunalwahl|"
        "landtagswahl|bundestagswahl|betriebsratswahl|briefwahl]",
        "[scrutin|bulletin de vote|investiture|liste electorale|tete de liste|"
        "assemblee generale|candidat aux elections|candidate aux elections]",
        "[elecciones|papeleta|votacion|candidatura las elecciones|asamblea general|mesa electoral]",
        "[elezioni|elettorale|elettorali|scheda elettorale|votazione|"
        "assemblea dei soci|candidatura alle elezioni]",
        "[eleicoes|eleitoral|eleitorais|votacao|boletim de voto|assembleia geral|"
        "candidatura as eleicoes]",
        "[verkiezingen|verkiezing|kieslijst|kandidatenlijst|kandidaatstellingscommissie|"
        "ledenvergadering|stembiljet|stembureau]",
        "[wybory|wyborach|wyborcza|wyborczy|wyborczej|wyborczego|glosowanie|glosowania|"
        "walne zgromadzenie|komisja wyborcza]",
        "[riksdagsvalet|kommunvalet|valberedning|valberedningen|rostsedel|rostning|arsmote|"
        "arsmotet|kandidatlista|medlemsmote]",
    ),
    # Competitions, hackathons and awards: entries, juries, finalists and prizes. (Not
    # "finalist" or "jury" alone, nor "concours", "concorso", "konkurs" or "Wettbewerb":
    # hiring says them; not "award" alone: "an award-winning company".)
    "contest": (
        "[hackathon|hackathons|devpost|the jury|our jury|jury members|jury has|jury decision|"
        "panel of judges|the judges|our judges|judging panel|judging criteria|judges will|"
        "prize money|grand prize|cash prize|first prize|prize pool|prizes|"
        "winners will be announced|winners announced|winner announcement|your entry|"
        "your entries|entry fee|submit your entry|competition entry|contest|contests|"
        "case competition|awards ceremony|award ceremony|awards night|awards gala|"
        "award category|award entry|award entries|award nomination|awards shortlist|"
        "award shortlist|awards entry|awards submission]",
        "[competition|contest|award|awards|prize|challenge|hackathon|category] "
        "[finalist|finalists|winner|winners|shortlist]",
        "[nominated|shortlisted|selected|finalist|finalists] for [the|an|this|our] "
        "[award|awards|prize]",
        "[innovation|startup|sustainability|design|impact|industry|community|young talent|"
        "photography|poetry|short story|film] [award|awards|prize]",
        "[wettbewerbsbeitrag|preisverleihung|preistrager|preistragerin|preisgeld|die jury|"
        "der jury|jurymitglieder|jurysitzung|finalisten des]",
        "[remise des prix|prix du public|grand prix|trophees|trophee|finalistes du]",
        "[entrega de premios|ceremonia de premios|el jurado|jurado del|finalistas del]",
        "[premiazione|la giuria|giuria|finalisti del]",
        "[premiacao|cerimonia de premiacao|juri do|finalistas do premio]",
        "[de jury|juryrapport|prijsuitreiking|wedstrijd|genomineerden]",
        "[jury konkursu|gala wreczenia nagrod|laureaci|nagroda glowna|finalisci konkursu]",
        "[tavling|tavlingen|juryn|prisutdelning|finalister|vinnarna]",
    ),
    # Literary agents: queries, partial and full manuscript requests, representation. (A cue
    # apart from the academic "publishing" of ``intel.cues_world``, whose lexicon is pinned.)
    "literary": (
        "[literary agent|literary agency|query letter|full manuscript|"
        "partial manuscript|sample chapters|first three chapters|first chapters|synopsis|"
        "your novel|your book|debut novel|comp titles|book deal|publishing deal|"
        "offer of representation]",
        "[manuskript|leseprobe|literaturagentur|ihr roman|dein roman]",
        "[manuscrit|votre roman|comite de lecture|agent litteraire|agence litteraire]",
        "[manuscrito|su novela|tu novela|agente literario|agencia literaria]",
        "[manoscritto|il suo romanzo|il tuo romanzo|agenzia letteraria|agente letterario]",
        "[seu romance|agente literario|agencia literaria]",
        "[uw roman|je roman|literair agent|literair agentschap]",
        "[maszynopis|rekopis|twoja powiesc|agent literacki]",
        "[ditt manus|manuset|litterar agent]",
    ),
    # Community programmes (apart from the clubs of ``intel.cues_world``'s "volunteer"):
    # ambassadors, forum and server moderators, beta testers.
    "community": (
        "[ambassador program|ambassador programme|ambassadors program|ambassadors programme|"
        "ambassador application|community ambassador|community ambassadors|"
        "become an ambassador|mod team|mod application|community mod|volunteer moderator|"
        "discord server|subreddit|beta tester|beta testers|beta program|"
        "early access program|champions program|community champion]",
        "[botschafterprogramm|programme ambassadeur|programme ambassadeurs|"
        "programa de embajadores|programma ambassador|programa de embaixadores|"
        "ambassadeursprogramma|program ambasadorski|ambassadorsprogram]",
    ),
}

# More phrases for cues that already exist in ``intel.cues.LEXICON``.
EXTRA: dict[str, tuple[str, ...]] = {
    # Mortgage brokers: the application, the agreement / offer "in principle", the lender.
    "finance": (
        "[offer in principle|agreement in principle|decision in principle|"
        "mortgage in principle|mortgage offer|mortgage application|mortgage adviser|"
        "mortgage advisor|mortgage broker|remortgage|loan to value|affordability check|"
        "pre approval|conditional approval|loan estimate|closing disclosure|rate lock]",
        "[finanzierungsbestatigung|finanzierungszusage|baufinanzierung|darlehensvertrag|"
        "kreditzusage|immobilienfinanzierung]",
        "[offre de pret|accord de principe|pret immobilier|courtier en credit|"
        "simulation de pret|taux endettement]",
        "[oferta vinculante|preaprobacion|prestamo hipotecario|broker hipotecario]",
        "[delibera del mutuo|mediatore creditizio|mediatore del credito]",
        "[credito habitacao|financiamento imobiliario|simulacao de credito|"
        "aprovacao de credito|pre aprovacao]",
        "[hypotheekofferte|hypotheekadviseur|bindend aanbod|renteaanbod]",
        "[kredyt hipoteczny|doradca kredytowy|decyzja kredytowa|wniosek kredytowy]",
        "[lanelofte|bolan|bolanelofte]",
    ),
}
