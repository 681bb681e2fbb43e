"""More cue phrases for the HIRING side of mail, in the languages our users read.

Job precision misses mostly on private mail the model keeps as job mail, and the largest
group of it is written to someone who hires: the hiring manager ("candidates for your team"),
an interviewer ("can you take the interview on the 18th?"), an HR colleague (offer approvals,
headcount plans, a new joiner's checklist) or an agency's client ("three profiles for your
vacancy"). It uses every word of a candidate's mail (candidate, interview, offer) about
someone else. ``intel.cues`` and ``intel.cues_world`` know this mostly in English; these
phrases, written from knowledge of real HR and agency mail (not from the corpus), give the
``hiring`` cue the same reach in German, French, Spanish, Italian, Portuguese, Dutch,
Polish, Swedish, Danish, Norwegian, Finnish, Czech and Turkish, and add English wording
the lexicons lacked. ``peer`` gets someone else's job news told in the first person.

Every phrase must be one a CANDIDATE never receives: employers also write "candidate" to
candidates ("Dear Candidate", the candidate portal) and invite them to interviews, so a
phrase names the reader's team, vacancy or role as interviewer, or a candidate in the third
person together with what only the hiring side does with one (feedback on, approval of).

Same syntax as ``intel.cues``: ``[a|b|]`` alternatives, an empty one makes the slot
optional; phrases are normalised like message text (lower case, accents folded, punctuation
gone, one-letter words dropped), so "Kandidatenvorschläge" is written "kandidatenvorschlage".
"""

from __future__ import annotations

# More phrases for cues that already exist in ``intel.cues.LEXICON``.
EXTRA: dict[str, tuple[str, ...]] = {
    "hiring": (
        # English. Interviewer availability and panel scheduling.
        # (Not "availability to interview" or "interviewer availability": a recruiter asks a
        # candidate for the first and waits on the second.)
        "[available to interview the|available to interview this|available to interview our|"
        "available to interview him|available to interview her|available to interview them|"
        "sit on the panel|sit on the interview panel|panel for the candidate]",
        # Candidate profiles sent for the reader's judgement: an agency to its client, a
        # recruiter to the hiring manager.
        "[candidates|profiles|resumes|cvs|shortlist] for your [review|consideration|vacancy|"
        "open role|opening|req|requisition|team|search]",
        "[candidate shortlist|shortlist of candidates|shortlisted candidates for your|"
        "candidate submission|candidate submittal|submittal for|submitting a candidate|"
        "presenting a candidate|present a candidate|placement fee|fee agreement|"
        "would like to present|like to submit my candidate|like to submit our candidate]",
        "[our|my] candidate [is|has|would|will|was|can|currently]",
        # An agency's terms to its client: the fee is a share of the hire's first year.
        "[terms of business|rebate period|rebate scheme|replacement guarantee|"
        "free replacement|replacement period|retained search fee|contingency fee|"
        "contingent fee|our fee structure|our recruitment fee|our placement fee]",
        "[of|on] [first year|first year s|the first year s|the first years|the candidate s "
        "first year|the successful candidate s first year] [base |gross |annual |]"
        "[salary|remuneration|earnings|package|compensation]",
        "send [over|across] [some |a few |][cvs|profiles|resumes|shortlists]",
        # A vendor or an agency that noticed the reader's company hiring.
        "[saw|see|noticed|notice|seen] [you re|you are|that you re|that you are|your team is|"
        "your company is|that your team is|you have been|you ve been] [hiring|recruiting]",
        # A job board or an ATS to the employer about its posting's applicants.
        "[new applicant|new applicants|new candidate|new candidates|new applications] "
        "[for|to|on] your [job|posting|job posting|listing|vacancy|ad|opening]",
        "[candidates|applicants] [awaiting|waiting for] your [review|feedback|decision|evaluation]",
        # Asked about a former colleague: the reader managed or worked with them.
        "[listed you|named you|gave your name|gave you|put you down|nominated you] as "
        "[a |their |his |her |][reference|referee]",
        "you [were|was] [his|her|their] [manager|line manager|direct manager|supervisor|"
        "team lead|team leader|boss]",
        "[attached|enclosed] [is|are] [the |][cv|resume|profile|cvs|resumes|profiles] of "
        "[our|my|the] [candidate|candidates]",
        # Requisitions, offers and headcount waiting for the reader's approval.
        "[requisition approval|req approval|approve the requisition|approve this requisition|"
        "requisition has been approved|requisition was approved|requisition pending|"
        "requisition is pending|job requisition approval|headcount plan|headcount planning|"
        "hiring plan|open headcount|backfill request|backfill approval|approve the offer|"
        "approve this offer|offer details for approval|compensation approval]",
        # The manager's side of someone else's first day.
        "your new [hire|starter|joiner|team member|direct report] [starts|is starting|joins|"
        "will start|will join|arrives]",
        "[new hire|new starter|new joiner] [in|on|joining] your team",
        # (Not "your new hire ...": the new hire's own "new hire orientation" reads so.)
        "[prepare|get ready|getting ready] for your new [starter|joiner|team member]",
        "[manager onboarding checklist|onboarding checklist for managers|"
        "hiring manager checklist|before your new starter]",
        "[order|request|set up|arrange] [their|his|her] [laptop|equipment|access|accounts|"
        "desk|badge]",
        "[assign|choose|pick|nominate] a buddy",
        "as [their|his|her] [line manager|manager|buddy]",
        # Asked for a reference ABOUT someone.
        "would you [rehire|re hire|hire him again|hire her again|hire them again|"
        "work with him again|work with her again|work with them again]",
        "[provide|give|write] a reference for [him|her|them]",
        "[in what capacity did you|how long did you work with|how long did you manage]",
        # German: agency proposals, feedback, interview duty, approvals, the new colleague.
        "[kandidatenvorschlag|kandidatenvorschlage|profilvorschlag|profilvorschlage|"
        "bewerbervorschlag|bewerbervorschlage|kandidatenprofil|kandidatenprofile|"
        "bewertungsbogen|interviewbogen|gesprachsleitfaden|interviewleitfaden|"
        "einstellungsfreigabe|einstellungsantrag|stellenfreigabe|angebotsfreigabe|"
        "stellenplan|personalplanung|personalanforderung|headcountplanung|interviewpanel]",
        "[kandidaten|kandidatinnen|bewerber|bewerberinnen|profile|lebenslaufe] "
        "[fur ihr|fur dein|fur euer|zu ihrem|zu deinem] team",
        "[den lebenslauf|das profil|die unterlagen|die bewerbungsunterlagen] "
        "[unseres kandidaten|unserer kandidatin|des kandidaten|der kandidatin|"
        "des bewerbers|der bewerberin]",
        "[unser kandidat|unsere kandidatin|der kandidat hat|die kandidatin hat|"
        "der kandidat ist|die kandidatin ist|der kandidat mochte|die kandidatin mochte]",
        "feedback [zum kandidaten|zur kandidatin|zu den kandidaten|zum bewerber|zur bewerberin|"
        "zu den bewerbern|zu herrn|zu frau]",
        # (Not "ein Gespräch führen": employers write that to the candidate.)
        "[gesprach|interview|vorstellungsgesprach|gesprache|interviews] ubernehmen",
        "[als interviewer|als interviewerin]",
        "freigabe [des angebots|des vertragsangebots|der einstellung|der stelle|der planstelle|"
        "des gehaltsangebots]",
        "[neuer|neue|neuen] [mitarbeiter|mitarbeiterin|kollege|kollegin|kollegen] "
        "[in ihrem|in deinem|fur ihr|fur dein] team",
        "[ihr neuer|ihre neue|dein neuer|deine neue] [mitarbeiter|mitarbeiterin]",
        "[sie|dich] als referenz [angegeben|genannt]",
        "[sie waren|du warst] [sein|ihr] [vorgesetzter|vorgesetzte|teamleiter|teamleiterin|"
        "manager|managerin|chef|chefin]",
        "[neue bewerbung|neue bewerbungen|neuer bewerber|neue bewerberin] [auf|fur] "
        "[ihre|deine] [stellenanzeige|anzeige|stelle|ausschreibung]",
        "[vermittlungshonorar|vermittlungsprovision|honorarvereinbarung|kurzprofile|"
        "anonymisiertes profil|anonymisierte profile|anonymisierten profile]",
        "gehaltsvorstellung [des kandidaten|der kandidatin|unseres kandidaten|unserer kandidatin]",
        "[mochten sie|wollen sie|willst du|mochtest du] [ihn|den kandidaten|die kandidatin] "
        "kennenlernen",
        "[kannst du|konnen sie|konntest du|konnten sie] [beim|bei dem] [gesprach|interview|"
        "vorstellungsgesprach] dabei sein",
        # French.
        # (Not "CV pour votre poste": the subject of a candidate's own mail, quoted in replies.)
        "[candidats|profils] pour [votre|ton|ta] [poste|equipe|besoin|recrutement|mission]",
        "[cv|profils|candidatures|candidats] [a examiner|a valider|a etudier|a evaluer]",
        # (Not "ci-joint le profil du poste": the job description sent to a candidate.)
        "ci joint [le cv|les cv|la candidature|les candidatures] [de|du|des]",
        "[notre candidat|notre candidate|le candidat souhaite|la candidate souhaite]",
        "[retour|avis|votre retour|ton retour|votre avis|ton avis] sur [le candidat|"
        "la candidate|les candidats|ce candidat|cette candidate|les profils|ce profil|les cv]",
        "[grille d evaluation|fiche d evaluation|compte rendu d entretien|trame d entretien|"
        "guide d entretien|jury de recrutement|demande de recrutement|demande d embauche|"
        "demande d ouverture de poste|plan de recrutement|plan d effectifs]",
        "[peux tu|pouvez vous|pourrais tu|pourriez vous] [mener|assurer|conduire|prendre] "
        "[l entretien|un entretien|cet entretien|les entretiens]",
        "en tant qu [intervieweur|intervieweuse|evaluateur|evaluatrice]",
        "validation de [l offre|la proposition d embauche|l embauche|la promesse d embauche|"
        "la creation de poste|l ouverture de poste]",
        "[votre|ton] [nouveau collaborateur|nouvelle collaboratrice|nouvelle recrue]",
        "[arrivee|integration|accueil] de [votre|ton] [nouveau|nouvelle] "
        "[collaborateur|collaboratrice|recrue]",
        "[vous|t] a [cite|indique|mentionne|donne] comme [reference|referent|referente]",
        "[participer|assister] aux entretiens",
        "[vous etiez|tu etais] [son|sa] [responsable|manager|superieur|superieure]",
        "[nouvelles candidatures|nouvelle candidature|nouveaux candidats|nouveau candidat] "
        "[pour|sur|a] votre [offre|annonce]",
        # Spanish.
        "[candidatos|candidatas|perfiles|cvs|postulantes] para [tu|su|vuestra] "
        "[vacante|posicion|busqueda|equipo]",
        "[adjunto|te comparto|le comparto|te envio|le envio] [los cv|los cvs|el cv] de",
        # (Not "feedback de los candidatos": the candidates' own, in an experience survey.)
        "feedback sobre [el candidato|la candidata|los candidatos]",
        "[cubrir la entrevista|entrevistar al candidato|entrevistar a la candidata|"
        "entrevistar a los candidatos|entrevistar a este candidato|como entrevistador|"
        "como entrevistadora|requisicion de personal|"
        "aprobacion de contratacion|aprobar la oferta|aprobar la contratacion]",
        "[tu nuevo|su nuevo] [colaborador|empleado|integrante]",
        "[tu nueva|su nueva] [colaboradora|empleada|incorporacion]",
        "nueva incorporacion en [tu|su] equipo",
        "[te|le] [ha |][indicado|puesto|dado|mencionado] como referencia",
        "[usted fue|tu fuiste|fue usted|fuiste tu|usted era|tu eras] su [responsable|jefe|"
        "jefa|supervisor|supervisora|manager|superior]",
        "[nuevos candidatos|nuevas candidaturas|nuevos inscritos|candidatos pendientes] "
        "[en|para|de] [tu|su] [oferta|vacante|anuncio|proceso]",
        "participar en las entrevistas",
        # Italian.
        "[candidati|profili] per [la tua|la vostra|il tuo|il vostro] "
        "[posizione|ricerca|team|gruppo]",
        "[ti|vi|le] [invio|inviamo|giro|allego|alleghiamo] [i cv|il cv|i curriculum|"
        "il curriculum] [di|dei|del|della]",
        # (Not "la valutazione dei candidati": a selection notice to the candidates says so.)
        "[feedback|valutazione|parere] [sul candidato|sulla candidata|sui candidati]",
        "[scheda di valutazione|griglia di valutazione|tenere il colloquio|"
        "condurre il colloquio|coprire il colloquio|come intervistatore|come intervistatrice|"
        "richiesta di assunzione|richiesta di personale|piano assunzioni|"
        "approvazione dell offerta|approvazione dell assunzione]",
        "[nuovo|nuova] [collega|collaboratore|collaboratrice|risorsa|assunto|assunta] "
        "[nel tuo|nel suo|nel vostro] team",
        "inserimento [del nuovo collaboratore|della nuova collaboratrice|della nuova risorsa]",
        "[ti|la|vi] ha [indicato|indicata|citato|citata] come referenza",
        "partecipare ai colloqui",
        # Portuguese.
        "[candidatos|candidatas|perfis|curriculos|cvs] para [sua|tua] [vaga|posicao|equipe|equipa]",
        "[segue|seguem] [o curriculo|os curriculos|o cv|os cvs] [do|da|dos|das|de]",
        "[feedback|avaliacao|parecer] sobre [o candidato|a candidata|os candidatos]",
        "[conduzir|cobrir|assumir] [a entrevista|essa entrevista|esta entrevista]",
        "[como entrevistador|como entrevistadora|"
        "aprovacao da contratacao|aprovacao de contratacao|requisicao de pessoal|"
        "solicitacao de contratacao|aprovacao de headcount]",
        "[novo|nova] [colaborador|colaboradora|integrante|contratado|contratada] "
        "[na sua|da sua|na tua|da tua|no seu|no teu] [equipe|equipa|time]",
        "[seu novo|teu novo] [colaborador|contratado|funcionario]",
        "[sua nova|tua nova] [colaboradora|contratada|funcionaria]",
        "[te|lhe] [indicou|citou|listou|colocou] como referencia",
        "[voce foi|voce era|tu foste|tu eras] [seu|sua] [gestor|gestora|chefe|supervisor|"
        "supervisora|lider|responsavel]",
        "[novos candidatos|novas candidaturas|candidatos inscritos] [na|para] [sua |tua |]vaga",
        "[candidatos|candidaturas] aguardando [avaliacao|sua avaliacao|seu parecer|"
        "sua analise|sua decisao]",
        "participar [das|nas] entrevistas",
        # Dutch.
        # (Not "een interview afnemen": an employer writes that to its candidate.)
        "[een gesprek doen|het gesprek doen|gesprek afnemen|gesprekken afnemen|"
        "gesprek overnemen|interviews afnemen|sollicitatiegesprekken afnemen]",
        "[kandidaten|sollicitanten|cv s|profielen] voor [jouw|je|uw] [vacature|team|afdeling]",
        "feedback [over|op] [de kandidaat|deze kandidaat|de kandidaten|de sollicitant|"
        "deze sollicitant|de sollicitanten]",
        "[beoordelingsformulier|gespreksverslag|scorekaart|vacatureaanvraag|"
        "personeelsaanvraag|formatieplan|goedkeuring van het aanbod|goedkeuring aanbod|"
        "goedkeuring vacature|goedkeuring van de vacature]",
        "[nieuwe collega|nieuwe medewerker|nieuwe medewerkster] [in jouw|in je|in uw|"
        "voor jouw|voor je|voor uw] team",
        "[jouw|je|uw] nieuwe [medewerker|medewerkster]",
        "[heeft je|heeft jou|heeft u] [opgegeven|genoemd|vermeld] als referentie",
        "[aansluiten bij|zitting in|plaats in|deel uitmaken van] de [selectiecommissie|"
        "sollicitatiecommissie|benoemingscommissie]",
        "[rooster sollicitatiegesprekken|planning sollicitatiegesprekken|"
        "jij zit in het panel|je zit in het panel|u zit in het panel]",
        # (Not "aansluiten bij het gesprek": a candidate's video link says so.)
        "aanschuiven bij [het gesprek|de gesprekken|het sollicitatiegesprek|"
        "de sollicitatiegesprekken]",
        # Polish.
        # (An employer asks its candidate to join "naszego zespołu", ours, never "yours".)
        "do [twojego|pana|pani|waszego] zespolu",
        "[przesylam|przesylamy|zalaczam|zalaczamy|w zalaczniku] [cv|profile|profil|"
        "zyciorysy|zyciorys] [kandydata|kandydatki|kandydatow|kandydatek]",
        # (Not "opinie kandydatów": the candidates' own opinions, asked in a survey.)
        "[opinia|feedback|opinie] [o kandydacie|o kandydatce|o kandydatach]",
        "[mozesz|czy mozesz|moglbys|moglabys|czy moglbys|czy moglabys|moze pan|moze pani] "
        "[przeprowadzic|poprowadzic|przejac] [rozmowe|rozmowy|rekrutacje]",
        "[zatwierdzenie zatrudnienia|wniosek o zatrudnienie|wniosek rekrutacyjny|"
        "wniosek o etat|plan zatrudnienia]",
        "[nowy pracownik|nowa pracownica|nowa osoba] w [twoim|pana|pani] zespole",
        "[twoj nowy pracownik|twoja nowa pracownica]",
        "[podal|podala|wskazal|wskazala] [cie|ciebie|pana|pania] jako",
        "w [twoim|waszym] zespole",
        "[wybierz|wskaz|zaznacz|wybierzcie|wskazcie] [kandydatow|kandydatki|osoby] "
        "[do rozmowy|do rozmow|do dalszego etapu]",
        "[kogo chcesz zaprosic|kogo zapraszamy|ktorych kandydatow|ktore kandydatki]",
        # Swedish.
        "[kandidater|kandidaterna|sokande|profiler] [till|for] [din|er|ditt|ert] "
        "[tjanst|rekrytering|team|grupp|avdelning]",
        # (Not "hålla en intervju / intervjuerna": employers write that to applicants.)
        "halla intervjun",
        "[aterkoppling|feedback] [pa|om] [kandidaten|kandidaterna|den sokande]",
        "[bedomning av kandidaten|bedomning av kandidaterna|bedomningsformular|"
        "godkannande av erbjudandet|godkannande av rekryteringen|rekryteringsbehov|"
        "bemanningsplan]",
        "[ny medarbetare|ny kollega|nyanstalld] i ditt team",
        "[din nya medarbetare|din nyanstallda]",
        "[angett|uppgett|namnt] dig som referens",
        "kan du sitta med pa [intervjun|intervjuerna]",
        # Danish.
        "[kandidater|ansogere] til [dit|jeres|din] [team|stilling|afdeling]",
        "feedback pa [kandidaten|kandidaterne|ansogeren|ansogerne]",
        "[vurdering af kandidaten|vurdering af ansogeren|ny medarbejder i dit team|"
        "din nye medarbejder|jeres nye medarbejder]",
        "[opgivet|angivet|naevnt] dig som reference",
        # Norwegian.
        "[kandidater|sokere] til [ditt|deres|din] [team|stilling|avdeling]",
        "tilbakemelding pa [kandidaten|kandidatene|sokeren|sokerne]",
        "[godkjenning av ansettelsen|godkjenning av stillingen|ny medarbeider i ditt team|"
        "din nye medarbeider]",
        "[oppgitt deg|nevnt deg|satt deg opp] som referanse",
        "kan du sitte med pa [intervjuet|intervjuene]",
        # Finnish (one word carries "your": tiimiisi = into your team).
        "[hakijoita|hakijat|ehdokkaita|ehdokkaat|kandidaatit|kandidaatteja] tiimiisi",
        "[palaute|arvio|arviosi|palautteesi] [hakijasta|ehdokkaasta|kandidaatista|hakijoista|"
        "ehdokkaista]",
        "[haastattelijana|haastattelijaksi|rekrytointipyynto|rekrytointilupa|"
        "uusi tyontekijasi|uuden tyontekijasi]",
        "sinut suosittelijaksi",
        # Czech.
        "[kandidati|uchazeci|zivotopisy] [do vaseho|do tveho] tymu",
        "[kandidati|uchazeci] na [vasi|tvoji] pozici",
        "zpetna vazba [na kandidata|na uchazece|ke kandidatovi|k uchazeci|na uchazecku]",
        "[muzes|muzete|mohl bys|mohla bys|mohl byste|mohla byste] [vest|prevzit] "
        "[pohovor|ten pohovor|pohovory]",
        "[schvaleni prijeti|schvaleni pozice|novy kolega ve vasem tymu|"
        "novy zamestnanec ve vasem tymu|vas novy zamestnanec|tvuj novy zamestnanec]",
        "[uvedl|uvedla] [vas|te|tebe] jako",
        # Turkish.
        "[ekibiniz|ekibin|pozisyonunuz|ilaniniz] icin [aday|adaylar]",
        # (Not "aday hakkında": the privacy notice every Turkish applicant gets says it.)
        "[adayla|adaylarla] ilgili [geri bildiriminiz|degerlendirmeniz|gorusunuz]",
        "mulakati [yapabilir|alabilir] [misin|misiniz]",
        "[mulakatci olarak|teklif onayi|kadro onayi|kadro talebi|ise alim talebi|"
        "ise alim onayi|ekibinize katilacak|ekibine katilacak|yeni calisaniniz]",
        "sizi referans olarak [gosterdi|belirtti|verdi]",
    ),
    # Someone else's job news told in the first person (a friend, a relative).
    "peer": (
        "[ich habe den job|ich hab den job|habe die stelle bekommen|mein neuer job|"
        "meine neue stelle|mein vorstellungsgesprach|druck mir die daumen|"
        "drueckt mir die daumen|druckt mir die daumen]",
        "[ai eu le poste|ai decroche le poste|ai obtenu le poste|mon nouveau poste|"
        "mon nouveau boulot|mon nouveau travail|mon entretien|croisez les doigts pour moi]",
        "[me han contratado|me dieron el puesto|consegui el trabajo|mi nuevo trabajo|"
        "mi nuevo puesto|mi entrevista|deseadme suerte|deseame suerte]",
        "[mi hanno assunto|mi hanno assunta|ho avuto il lavoro|il mio nuovo lavoro|"
        "il mio colloquio|incrociate le dita]",
        "[fui contratado|fui contratada|consegui o emprego|consegui a vaga|meu novo emprego|"
        "meu novo trabalho|minha entrevista|torcam por mim]",
        "[ik heb de baan|mijn nieuwe baan|mijn sollicitatiegesprek|duimen voor me|duim voor me]",
        "[dostalem prace|dostalam prace|moja nowa praca|moja rozmowa kwalifikacyjna|"
        "moja rozmowe kwalifikacyjna|trzymajcie kciuki|trzymaj kciuki]",
        # (Not "fick jobbet" alone: "du fick jobbet" is an offer.)
        "[jag fick jobbet|mitt nya jobb|min intervju|hall tummarna]",
        "[jeg fik jobbet|jeg fikk jobben|mit nye job|min nye jobb|min jobsamtale|"
        "krydser fingre|hold tommelen]",
        "[sain tyopaikan|uusi tyopaikkani|tyohaastatteluni|pida peukkuja|pitakaa peukkuja]",
        "[dostal jsem praci|dostala jsem praci|moje nova prace|muj pohovor|drz mi palce|"
        "drzte mi palce]",
        "[ise girdim|is buldum|ise alindim|mulakatim|bana sans dileyin]",
    ),
}
