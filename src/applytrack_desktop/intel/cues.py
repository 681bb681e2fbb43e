"""Curated cue lexicons: phrases of real hiring (and look-alike) mail, grouped by meaning.

A template corpus can only teach the words its templates use. Real senders say the same
things in other words: "we have decided to pursue other candidates", "the position has been
filled", "we won't be progressing your application" all mean a rejection. These lexicons,
written from knowledge of real hiring mail rather than from the corpus, map many phrasings
(and a few other languages) to one marker word per cue, e.g. ``xcuereject``. The classifier
sees the words AND the marker, so an unseen phrasing that shares a cue borrows the evidence
the marker collected in training.

Phrases are written in plain text with ``[a|b|]`` alternatives (an empty alternative makes
the slot optional) and are normalised exactly like message text (``features.normalize``), so
matching is a walk over the words with one dictionary lookup per word.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

import ahocorasick

from applytrack_desktop.intel import (
    cues_aside_eu,
    cues_aside_new,
    cues_hiring,
    cues_jobside,
    cues_langs,
    cues_world,
)

# cue name -> phrases. Names are lower-case letters only (they become marker words).
LEXICON: dict[str, tuple[str, ...]] = {
    # A "no" on its own.
    "reject": (
        "not [be |]moving forward with your [application|candidacy]",
        "not [to |][move|moving|proceed|proceeding|progress|progressing] "
        "[forward |]with [your|you]",
        "[will not|won't|wont|cannot|can't|are unable to] [be |][move|moving|proceed|"
        "proceeding|progress|progressing|advance|advancing|take|taking] [you |your application |"
        "][forward|further|any further]",
        "[will not|won't|are not|aren't|is not|isn't] [be |][moving|proceeding|progressing|"
        "advancing|taking] [forward |further |ahead |][with |]your [application|candidacy|profile]",
        "[decided|chosen|elected] to [move forward|proceed|continue|go forward|move ahead] with "
        "[other|another|a different|different|a more] [candidates|candidate|applicants|applicant]",
        "[decided|chosen] to [pursue|go with|focus on|progress] [other|another|a different]",
        "[pursue|pursuing|consider|considering] other candidates",
        "other candidates [whose|who] [experience|qualifications|background|skills]",
        # Not a bare "more": "more matches the" is a job board's sales line.
        "[more closely|better|most closely] [match|matches|matched|aligns|aligned] [our|the]",
        "[position|role|vacancy|job|opening|requisition] has [now |already |][been filled|"
        "been closed|closed]",
        "[gone|go|going|went] [with|forward with] [another|other|a different] "
        "[candidate|applicant|person]",
        "offered the [role|position|job] to [another|someone else]",
        "[not|no longer] [be |][been |][selected|shortlisted|considered|under consideration]",
        "[was|has|were|have] not [been |][successful|selected|shortlisted|retained]",
        "[were|was|have been|has been] unsuccessful",
        "[decided|chosen] not to [move|proceed|progress|advance|continue|extend|invite]",
        "not [a fit|the right fit|the right match|a match] "
        "[at this time|for this|for the|right now]",
        "[unable|not able] to offer you",
        "will not be [offering|inviting|scheduling]",
        "[ne pas donner suite|pas ete retenue|pas ete retenu|ne correspond pas|pas retenu]",
        "[nicht berucksichtigen|nicht weiter berucksichtigen|absage|anderen kandidaten|"
        "anderweitig besetzt|nicht in die engere]",
        "[no ha sido seleccionado|no ha sido seleccionada|no continuar|otros candidatos|"
        "no seguir adelante|no avanzar]",
        "[non e stata selezionata|non proseguire|altri candidati|altro candidato]",
        "[niet verder|andere kandidaat|andere kandidaten|niet door]",
        # Not a bare "afgewezen": a bank refuses a loan in the same word.
        "[sollicitatie|kandidatuur|kandidaatstelling] [is |werd |][helaas |][afgewezen|niet "
        "weerhouden]",
        "[nao foi selecionado|nao foi selecionada|outros candidatos|nao seguir|nao avancar]",
        "[lamentamos comunicarte|lamentamos comunicarle|lamentamos informarte|"
        "lamentamos informarle|continuar con otros|otro candidato|otra candidata|otra persona|"
        "ha sido cubierta|ya ha sido cubierta|no fue seleccionado|no fue seleccionada]",
        "[foi preenchida|ja foi preenchida|outra pessoa|outro candidato|outra candidata|"
        "optamos por outro|optamos por outra|nao vamos avancar|nao seguiremos|nao avancaremos]",
        "[fur eine andere kandidatin|fur einen anderen kandidaten|fur jemanden entschieden|"
        "fur jemand anderen|anderen bewerber|andere bewerberin|anderweitig entschieden|"
        "leider mussen wir ihnen|leider konnen wir ihnen|leider haben wir uns]",
        "[autre candidature|autre candidat|une autre candidate|un autre profil|"
        "avons fait le choix|ne pas poursuivre|poste a ete pourvu|poste est pourvu|"
        "pas ete selectionne|pas ete selectionnee]",
        "[altro profilo|un altra candidata|altra candidatura|non e stato selezionato|"
        "posizione e stata coperta|ricaduta su]",
        "[niet voor jou|niet voor u|voor een andere kandidaat|we gaan niet verder|"
        "vacature is vervuld|vacature is ingevuld|niet geselecteerd]",
        "[not moving forward|no longer under consideration|no longer being considered]",
        "[status|new status|application status] [not selected|rejected|unsuccessful|declined|"
        "closed not selected|position filled|no longer under consideration]",
        # A "yes" taken back is a "no".
        "[rescind|rescinded|rescinding|withdraw|withdrawing|withdrawn|retract|retracting] "
        "[the|our|your|this] offer",
        "[offer|position|role|headcount|requisition] [has been|was|is being] [rescinded|"
        "withdrawn|eliminated|cancelled|canceled|frozen]",
        "no longer [move|moving|proceed|proceeding] [forward |ahead |]with your offer",
    ),
    # Softeners that nearly always come with a "no" (also in loan and school refusals).
    "regret": (
        "unfortunately",
        "regret",
        "regrettably",
        "sadly",
        "[we are|we re|i am|i m] sorry",
        "disappointing news",
        "difficult decision",
        "[tough|hard|difficult] [decision|choice]",
        "after careful [consideration|review|deliberation]",
        "[highly|very] competitive",
        "large number of [applications|applicants|candidates]",
        "[malheureusement|regret|regrettons|desole|desolee]",
        "[leider|bedauern|bedauerlicherweise]",
        "[lamentablemente|desafortunadamente|lamentamos|lamento|sentimos]",
        "[purtroppo|spiacenti|dispiace]",
        "[helaas|spijt]",
        "[infelizmente|lamentamos]",
    ),
    # The polite close of a "no": future openings, keeping the CV on file.
    "future": (
        "future [opportunities|openings|roles|positions|vacancies]",
        "[keep|kept|retain|hold] your [resume|cv|details|profile|information] on file",
        "[encourage|welcome|invite] you to [apply|re apply|reapply|keep an eye]",
        "[wish|wishing] you [the best|all the best|every success|success|luck|good luck|well]",
        "[best of luck|all the best] [in|with] your [job |career |][search|endeavors|future]",
        "[futures opportunites|prochaines opportunites|future candidature]",
        "[zukunft|weiterhin viel erfolg|viel erfolg]",
        "[futuras oportunidades|exito en tu|exito en su]",
        "[future opportunita|in bocca al lupo]",
        "[toekomst|veel succes]",
        # Not a bare "sucesso": banks and shops wish it too ("sucesso no seu negocio").
        "[futuras oportunidades|boa sorte|muito sucesso|sucesso na sua|sucesso em sua|"
        "sucesso na procura|sucesso na busca|sucesso nos seus]",
    ),
    # "We got your application."
    "applied": (
        "thank you for [applying|your application|your interest|submitting]",
        "thanks for [applying|your application|your interest|submitting]",
        "[received|receiving|got] your [application|resume|cv|submission|candidacy]",
        "your application [has been|was|is] [received|submitted|sent|complete]",
        "application [received|submitted|confirmation|sent|complete]",
        "[successfully|has been] [applied|submitted]",
        "your application was sent to",
        "you applied [for|to]",
        "[application|candidature|bewerbung|solicitud|candidatura|sollicitatie] "
        "[received|recue|eingegangen|erhalten|recibida|ricevuta|ontvangen|recebida]",
        "[bien recu votre|avons recu votre|vielen dank fur ihre bewerbung|hemos recibido|"
        "abbiamo ricevuto|hebben je sollicitatie|hebben uw sollicitatie|recebemos]",
        "[merci pour votre candidature|gracias por tu|gracias por su|grazie per|"
        "bedankt voor je|bedankt voor uw|obrigado pela|obrigado por]",
    ),
    # "We will look at it and come back to you."
    "review": (
        "[will|ll|going to] [review|be reviewing|carefully review|look at|assess|evaluate] "
        "your [application|resume|cv|profile|qualifications|background|materials]",
        "[our|the] [team|recruiters|recruiting team|hiring team] will [review|be in touch|"
        "contact you|reach out|get back]",
        "if [your|you r] [skills|experience|qualifications|background|profile] [match|"
        "matches|meet|meets|align|aligns|fit]",
        "if [there is|we see|we find|we identify] a [fit|match]",
        "[we ll|we will|someone will|a recruiter will|we shall] [be in touch|contact you|reach out|"
        "get back to you|get in touch|let you know]",
        "[only|due to the volume] [shortlisted|selected|successful] [candidates|applicants]",
        "[review process|under review|being reviewed|in review|reviewing applications]",
        "[nous reviendrons|etudier votre|examiner votre|wir melden uns|prufen ihre|"
        "revisaremos|nos pondremos en contacto|valuteremo|contatteremo|we nemen contact|"
        "beoordelen|analisaremos|entraremos em contato]",
    ),
    "interview": (
        "interview",
        "interviews",
        "interviewing",
        "[phone|video|recruiter|initial|intro|introductory|first|screening] [screen|call|chat]",
        "[invite|invited|inviting|invitation] [you |][to |][for |][an |a ][interview|chat|"
        "conversation|call|meeting|meet]",
        "[speak|talk|chat|meet|connect] with you",
        "[hiring manager|meet the team|onsite|on site|in person|panel|final round|superday]",
        "[entretien|entretiens|entrevista|entrevistas|vorstellungsgesprach|gesprach|"
        "kennenlerngesprach|colloquio|colloqui|sollicitatiegesprek|gesprek|kennismakingsgesprek]",
    ),
    "schedule": (
        "[schedule|scheduling|reschedule|rescheduled|book|booked|confirm|confirmed|set up|"
        "arrange|find] [a|an|your|the|some] [time|slot|call|interview|meeting|chat|date]",
        "[your|some|a few|the|general] availability",
        "[available|open] [times|slots|time slots]",
        "[time slots|time slot|timeslot|times that work|time that works|what works for you|"
        "when works|when are you free|works best for you|pick a time|choose a time|select a time]",
        "[calendar invite|calendar invitation|scheduling link|booking link|meeting invite]",
        "[calendly|goodtime|modernloop|doodle]",
        "[disponibilites|creneau|creneaux|verfugbarkeit|termin|terminvorschlag|disponibilidad|"
        "horario|disponibilita|orario|beschikbaarheid|tijdstip|disponibilidade|horario]",
    ),
    "meeting": (
        "[zoom|microsoft teams|teams meeting|google meet|webex|hangouts|skype|meet link]",
        "[video call|video interview|phone call|dial in|meeting link|meeting id|passcode|"
        "join the call|conference room|reception|visitor|parking|building]",
    ),
    "assess": (
        "[assessment|assessments|coding challenge|code challenge|coding test|coding exercise|"
        "technical test|technical assessment|technical exercise|skills test|skills assessment|"
        "online assessment|online test|aptitude test|personality test|cognitive test|"
        "work sample|case study|case exercise|take home|take home assignment|home assignment|"
        "home task|test task|assignment]",
        "[hackerrank|codesignal|codility|coderpad|karat|testgorilla|hirevue|leetcode|"
        "devskiller|qualified io|woven]",
        # Not "complete the task": an employer's HR system says that about timesheets.
        "[complete|finish|submit] [the|your|this] [test|assessment|challenge|exercise]",
        "[test technique|exercice technique|cas pratique|programmieraufgabe|"
        "technische aufgabe|fallstudie|prueba tecnica|ejercicio tecnico|prova tecnica|"
        "esercizio|technische opdracht|opdracht|case opdracht|teste tecnico|desafio tecnico]",
    ),
    "technical": (
        "technical [interview|round|screen|discussion|deep dive|call|stage|assessment]",
        "[system design|systems design|architecture interview|live coding|pair programming|"
        "pairing session|whiteboard|algorithms|data structures|coding interview|coding round]",
        "[entretien technique|technisches interview|technisches gesprach|entrevista tecnica|"
        "colloquio tecnico|technisch gesprek|entrevista tecnica]",
        # Consulting-style and portfolio rounds are the technical step of other trades.
        "[case interview|case interviews|business case|business cases|written case|group case|"
        "market sizing|profitability case|portfolio review|portfolio presentation|"
        "portfolio walkthrough|present your work|presentation round|work trial|trial shift|"
        "trial day|skills demonstration]",
    ),
    # Moving on to a later stage, whatever it is: a phone screen as often as a technical
    # round, so it is a cue of its own rather than evidence of a technical step.
    "advance": (
        "[next round|second round|third round|final round|next stage|next step in the process|"
        "move you forward|moving you forward|advance you|progress you|advanced to|"
        "move forward with your application|moving forward with your application|"
        "progress your application|take your application forward|to the next stage]",
    ),
    "offer": (
        "[offer letter|offer of employment|employment offer|job offer|formal offer|written offer|"
        "verbal offer|offer details|offer package|your offer|the offer|an offer|our offer]",
        "[pleased|happy|delighted|thrilled|excited] to [offer|extend|make]",
        "extend [you |][an |a |the ][offer|formal offer]",
        "[accept|accepting|sign|signing|countersign|review and sign] [the|this|your] "
        "[offer|agreement|contract|letter]",
        "[welcome aboard|welcome to the team|join our team as|joining us as]",
        "[docusign|adobe sign|e signature|esignature]",
        "[proposition d embauche|promesse d embauche|offre d embauche|lettre d offre|"
        "vertragsangebot|arbeitsvertrag|angebot fur die position|angebot fur die stelle|"
        "angebot als|unser angebot an sie|ein angebot unterbreiten|carta de oferta|"
        "oferta de empleo|oferta laboral|"
        "oferta formal|proposta di assunzione|lettera di offerta|aanbod|contractvoorstel|"
        "arbeidsovereenkomst|proposta de emprego|carta proposta|proposta formal]",
    ),
    "comp": (
        "[compensation|base salary|annual salary|salary of|salary|bonus|signing bonus|"
        "sign on bonus|equity|stock options|rsus|rsu|vesting|benefits package|retirement plan|"
        "relocation package|per annum|gross annual]",
        "[start date|starting date|first day|your first day|anticipated start|proposed start]",
        "[salaire|remuneration|date de debut|gehalt|jahresgehalt|eintrittsdatum|salario|"
        "fecha de inicio|stipendio|retribuzione|data di inizio|salaris|startdatum|"
        "data de inicio|remuneracao]",
    ),
    "outreach": (
        "[came across|come across|found|saw|noticed|reviewed|impressed by] your [profile|"
        "background|experience|resume|linkedin|work|github|portfolio]",
        "[your background|your experience|your profile] [caught|stood out|looks|seems]",
        "[reaching out|reach out|wanted to reach out|reached out] [to you|about|regarding|because]",
        "[open to|interested in|considering] [new |a new |exploring |][opportunities|roles|"
        "a move|a change|a conversation|a chat|hearing more|learning more]",
        "[would you be|are you|might you be|could you be] [open|interested]",
        "[exciting|great|unique|interesting] [opportunity|role|position]",
        "[my client|our client|on behalf of|a client of ours|confidential search|headhunter|"
        "sourcer|sourcing]",
        "[great fit|perfect fit|ideal fit|ideal candidate] for",
        # Employers recruiting at universities write to students they have not met.
        "[university recruiting|campus recruiting|campus recruiter|early careers team|"
        "career fair|career expo|info session|information session|new grad|new grads|"
        "recent grads|recent graduates|graduating next|graduate programme|graduate scheme]",
        "[quick chat|quick call|brief chat|short call|coffee chat|informal chat]",
        "[mes clients|un client|meine kunden|einen kunden|mis clientes|un cliente|miei clienti|"
        "mijn klant|een klant|meus clientes|ouvert a|offen fur|abierto a|abierta a|aperto a|"
        "openstaat voor|aberto a|aberta a]",
        "[auf ihr profil gestossen|auf dein profil gestossen|wir kennen uns noch nicht|"
        "falls sie interesse haben|bei interesse|nieuwe uitdaging|heb je interesse|"
        "ben je geinteresseerd|vrijblijvend|te interesaria|estarias interesado|"
        "estarias interesada|ti interesserebbe|teria interesse|vous seriez interesse|"
        "seriez vous ouvert|seriez vous ouverte]",
        "[votre profil|ihr profil|dein profil|tu perfil|su perfil|il tuo profilo|"
        "je profiel|seu perfil|opportunite|opportunita|oportunidad|oportunidade|kans]",
    ),
    "checks": (
        "[background check|background screening|background verification|reference check|"
        "reference checks|references|referees|employment verification|drug test|drug screen|"
        "criminal record|right to work|work authorization|employment eligibility|"
        "consent form|checkr|hireright|"
        "sterling]",
        "[referenzen|references|referencias|referenze|referenties|antecedentes]",
    ),
    "portal": (
        "[candidate portal|candidate account|careers account|career site|candidate profile|"
        "candidate home|your account|your profile|job portal|applicant portal]",
        "[verify your email|verification code|confirm your email|reset your password|"
        "password reset|activate your account|log in|login|sign in]",
        "[complete your profile|update your profile|incomplete application|finish your "
        "application|documents|upload|questionnaire|survey|feedback on your experience]",
    ),
    # Where an application stands, short of a decision.
    "status": (
        "[status of your application|application status|status update|still under review|"
        "still reviewing|no update yet|no decision yet|on hold|withdrawn|withdraw|withdrew|"
        "paused|delayed|taking longer|update on your application]",
        # Job-board read receipts: an employer opened the application; nothing moved.
        "[viewed your application|application was viewed|application has been viewed|"
        "viewed your resume|viewed your cv|downloaded your resume|downloaded your cv|"
        "opened your application|looked at your application|application was seen|"
        "application has been seen]",
    ),
    # After a yes: the paperwork of starting.
    "onboard": (
        "[onboarding|new hire|paperwork|tax forms|direct deposit|orientation|equipment|laptop|"
        "first day|day one|badge|welcome packet]",
        "[new starter|starter form|starter pack|employee handbook|emergency contact|"
        "proof of identity|identity documents|right to work documents|non disclosure agreement|"
        "e verify|everify|benefits enrollment|payroll details|pre employment|preemployment|"
        "pre hire|prehire|before your start date|ahead of your start date|before you start]",
    ),
    # Mail about jobs that is not about an application: alerts, digests, media.
    "alert": (
        "[job alert|job alerts|jobs alert|new jobs|jobs for you|jobs you may|recommended jobs|"
        "job recommendations|recommended for you|similar jobs|jobs matching|matching jobs|"
        "top jobs|new openings|is hiring|are hiring|people also viewed|easy apply|apply now|"
        "apply today|view job|view jobs|see all jobs|see more jobs|saved search|job matches]",
        "based on your [profile|search|preferences|activity|saved search]",
        "[manage alerts|manage your alerts|job alert settings|alert settings]",
        "[offres d emploi|stellenangebote|jobangebote|ofertas de empleo|offerte di lavoro|"
        "vacatures|vagas]",
    ),
    # The footer of bulk and automated mail: ATS notices and calendar invites carry it as
    # much as job alerts do, so it is a cue of its own, not evidence of an alert.
    "footer": (
        "[unsubscribe|email preferences|notification settings|stop receiving|opt out|"
        "update your preferences|manage notifications|manage notification settings]",
    ),
    "media": (
        "[newsletter|podcast|episode|webinar|article|blog|read more|listen now|watch now|"
        "this week in|weekly digest|tips|guide|ebook|course|masterclass|bootcamp|upskill]",
    ),
    "housing": (
        "[lease|tenant|tenancy|landlord|rental|rent|apartment|flat|property manager|"
        "property management|move in|viewing|showing|hoa|realtor|sublet|"
        "roommate|condo|home inspection|closing]",
        # Not "deposit" alone: a new hire's "direct deposit" form is onboarding, not housing.
        "[security|rental|tenancy|damage|rent|bond|apartment] deposit",
        # the same in the languages the glosses cover
        "[logement|loyer|locataire|proprietaire|bail|appartement|wohnung|miete|mieter|vermieter|"
        "hausverwaltung|besichtigung|mietvertrag|alquiler|piso|inquilino|arrendador|"
        "arrendamento|aluguel|inquilino|imovel|affitto|inquilino|locatore|appartamento|huur|"
        "huurder|verhuurder|woning|bezichtiging|huurcontract]",
    ),
    "finance": (
        "[mortgage|loan|loans|credit card|card|cardmember|cardholder|bank|banking|credit|debit|"
        "credit score|credit report|credit limit|pre approved|"
        "preapproved|apr|interest rate|refinance|underwriting|bank account|bank statement|"
        "transaction|payment due|minimum payment|overdraft|lender|borrower]",
        # (not "compte", "Konto", "cuenta", "conta": a candidate account is one too)
        "[banque|pret|credit immobilier|carte bancaire|kredit|darlehen|kreditkarte|sparkasse|"
        "banco|prestamo|tarjeta|hipoteca|cartao|emprestimo|financiamento|credito|"
        "conto corrente|prestito|mutuo|carta di credito|rekening|lening|hypotheek|creditcard]",
    ),
    # Not the institution's name ("university", "school", "campus"): schools and universities
    # employ teachers, lecturers and staff, and their job mail names them in every line.
    "school": (
        "[admission|admissions|tuition|enrollment|enrolment|semester|scholarship|financial aid|"
        "undergraduate|transcript|student|students|waitlist|wait list]",
    ),
    "immigration": (
        "[visa|passport|uscis|immigration|embassy|consulate|biometrics|residence permit|"
        "green card|citizenship|naturalization|work permit]",
    ),
    "insurance": (
        "[insurance|policy number|your policy|claim|claims|premium|deductible|coverage|insurer|"
        "policyholder]",
        "[assurance|sinistre|versicherung|versicherungsschein|schaden|seguro|seguradora|"
        "poliza|apolice|sinistro|assicurazione|polizza|verzekering|polis|schadeclaim]",
    ),
    # Grants, fellowships and awards: applications, shortlists and interviews, but no job.
    "grant": (
        "[grant|grants|grant application|bursary|fellowship|fellowships|funding application|"
        "research proposal|your proposal|award committee|grants team|registered charity|"
        "charity no|endowment|funding round|funder|funders]",
    ),
    "commerce": (
        "[order|your order|shipping|shipped|delivered|delivery|tracking|receipt|cart|checkout|"
        "discount|sale|coupon|promo|promo code|off your|free shipping|limited time|deal|deals|"
        "subscription|renewal|invoice|refund|membership|rewards|"
        "pricing]",
        # Marketing "offers": nothing to do with a job offer.
        "[special offer|exclusive offer|limited time offer|limited offer|offer ends|"
        "offer expires|offer valid|claim your offer|claim your reward|shop now|buy now|"
        "order now|use code|voucher|cashback|cash back|flash sale|black friday|cyber monday|"
        "members only|upgrade now|upgrade your plan|your cart|welcome offer|trial offer]",
    ),
    # Someone interviewing the READER for research, a podcast or the press: not a job.
    "study": (
        "[user research|user study|research study|usability study|usability test|"
        "usability session|research session|research participant|study participant|"
        "focus group|gift card|honorarium|thank you gift|paid study]",
        "[take part|participate] in [a|our|this] [study|research|survey]",
        "interview you [for|about] [our|the|my|a|an] [podcast|show|article|story|blog|"
        "newsletter|research|piece|thesis|dissertation|study|project|documentary]",
        "guest on [our|the|my] [podcast|show]",
        "[be a guest|podcast guest|for an article|for a story|for my thesis|"
        "for my dissertation|research interview|customer interview|customer interviews|"
        "user interview|user interviews]",
    ),
    "events": (
        "[conference|cfp|call for papers|call for proposals|speaker|speakers|"
        "abstract|workshop|meetup|rsvp|tickets|registration|attendees|"
        "keynote|program committee]",
    ),
    "devtools": (
        "[pull request|merge request|merged|commit|commits|repository|repo|branch|build failed|"
        "build passed|pipeline|deploy|deployment|github|gitlab|bitbucket|jira|ticket|"
        "sprint|incident|alert triggered|pagerduty|dependabot]",
    ),
    "employer": (
        "[payroll|payslip|pay stub|open enrollment|pto|time off|timesheet|all hands|town hall|"
        "performance review|expense report|expenses|your manager|team offsite|"
        "referral bonus|refer a friend|intranet|it department|"
        "security training|compliance training|org announcement]",
    ),
    "personal": (
        "[birthday|dinner|party|wedding|vacation|holiday|kids|mom|dad|"
        "congrats on|miss you|catch up|drinks|lunch|brunch|bbq|game night]",
        "[grandma|grandpa|granny|auntie|aunt|uncle|cousin|sister|brother|sis|bro|my son|"
        "my daughter|the kids|your dad|your mom|love you|xoxo|hugs|sleepover|playdate|"
        "school pickup|pick up the kids|soccer practice|recital|family dinner|thanksgiving|"
        "christmas|anniversary dinner|baby shower|housewarming|road trip]",
        # Plans among friends, and a friend's good wishes about the reader's job search.
        "[board games|board game|game night|movie night|poker night|trivia night|pub quiz|"
        "potluck|picnic|hike|hiking|concert|book club|at my place|at our place|come over|"
        "bring snacks|bring dessert|bring wine|see you saturday|see you sunday|"
        "see you there]",
        # (Not "good luck with your interview": recruiters write that before one.)
        "[good luck|best of luck|fingers crossed] [with|for|on] [all the|all your|all those] "
        "[interviews|applications]",
    ),
    # The reader is on the HIRING side: interviewing, scoring or referring someone else.
    # Real hiring-team mail (interview kits, scorecards, debriefs, approvals) reads like a
    # candidate's interview mail but is about another person.
    "hiring": (
        "[interview kit|interview guide|scorecard|scorecards|interviewer training|"
        "interviewer calibration|backup interviewer|shadow interviewer|reverse shadow|"
        "debrief|hire no hire|hiring decision|hiring committee|strong yes|strong no|"
        "headcount approval|headcount request|offer approval|approval needed|"
        "approve or reject|hiring team member|hiring team members]",
        "[submit|leave|enter|share|add|complete] [your |the |][interview |interviewer |]"
        "[feedback|scorecard|notes|evaluation|rating]",
        "[feedback|scorecard|scorecards] [is |are |][due|overdue|missing|pending|reminder]",
        "[you are|you re|you have been|you ve been|you were] [scheduled|added|booked|assigned|"
        "invited|selected] [as an interviewer|as interviewer|to the interview panel|"
        "to the loop|to the interview loop]",
        "[interview|interviews|interviewing|meet|screen|assess] [the|this|a|our] "
        "[candidate|applicant|candidates|applicants]",
        "[interview rotation|interviewer rotation|join the rotation|building the interview panel|"
        "lost an interviewer|need an interviewer|need another interviewer|could you cover|"
        "can you cover|cover the interview|cover the session|strong candidate coming|"
        "candidate coming onsite|candidate coming in|open reqs|new reqs|hiring manager asked]",
        "the candidate [is|has|was|will|asked|accepted|declined|withdrew|cancelled|moved|"
        "prefers|needs]",
        "[candidates|applicants] [to review|waiting for review|waiting for your review|"
        "for your review|in your pipeline]",
        "[new |][applicants|candidates] to review",
        "ready for your review",
        "[referred by you|your referral|you referred|referral status|referral update]",
        "[listed|named|put] you [down |]as [a |their |his |her |][professional |]"
        "[reference|referee]",
        "as a [professional |][reference|referee] for",
    ),
    # Someone ELSE's job news, told in the first person (a friend, a relative).
    "peer": (
        # One-letter words are dropped ("I got the job" is read as "got the job", which a
        # recruiter writes too: "once you've accepted the offer"), so no phrase leans on "I".
        "[just|finally|officially] [got|accepted|signed|took|turned down|declined] "
        "[the|an|my|a] [offer|job|role|position]",
        "[got|accepted|signed|took|turned down|declined] my [first |][offer|job]",
        "[they hired me|they offered me|they moved me|moved me to]",
        "[my|my first|my second|my final|my last|my next|my big] [interview|interviews|"
        "onsite|job interview|phone screen|technical round]",
        "[my new job|my new role|my new position|my new boss|my new team|my new company|"
        "my old job|my current job|my job search|my resume|my cv]",
        "[wish me luck|fingers crossed|any tips|drinks on me|so nervous|super nervous]",
        "[refer me|be a reference for me|be my reference|be one of my references|"
        "send you my cv|send my cv|send you my resume|send my resume|look over my cv|"
        "look over my resume|look at my cv|look at my resume]",
        "[am starting|starting my new] [on|next|monday|in]",
    ),
    # Networking-site activity: about the reader's network, not an application.
    "social": (
        "[commented on your post|reacted to your post|liked your post|mentioned you|"
        "tagged you|shared a post|new post|work anniversary|say congrats|endorsed you|"
        "endorsement|new connection|connection request|wants to connect|accept invitation|"
        "invitation to connect|people you may know|appeared in searches|"
        "appeared in search results|searches this week|profile views|viewed your profile|"
        "who viewed|followers|trending]",
    ),
    # Selling to the reader's company (a "quick call" that is a sales pitch).
    "sales": (
        "[companies like yours|teams like yours|our platform|our product|our solution|our tool|"
        "book a demo|a quick demo|free trial|roi|cut costs|save time|your team could|"
        "help your team|help teams|if you re not the right person|right person to speak|"
        "who handles]",
    ),
    # Government services: benefits, taxes, licences (they also "review applications").
    "government": (
        "[unemployment benefits|unemployment insurance|social security|benefit claim|"
        "benefits claim|universal credit|child benefit|jobseeker s allowance|food assistance|"
        "snap benefits|medicaid|medicare|tax return|tax refund|tax office|irs|hmrc|cra|"
        "council tax|dmv|driver license|drivers license|driving licence|jury duty|jury service|"
        "voter registration|census|department of labor|department of revenue|ministry of|"
        "local authority|city council|county clerk|permit application|eligibility interview|"
        "caseworker|case worker|case number|government|gov]",
    ),
}

# Look-alike mail (``intel.cues_world``), the hiring side (``intel.cues_hiring``), what a
# candidate receives around the stages (``intel.cues_jobside``) and the hiring stages
# (``intel.cues_langs``), in more words and languages; look-alike mail in the
# European languages (``intel.cues_aside_eu``, which also extends the new cues); look-alike
# kinds that borrow hiring words (tenders, term sheets, auditions: ``intel.cues_aside_new``).
LEXICON.update(cues_world.NEW)
for _extra in (
    cues_world.EXTRA,
    cues_hiring.EXTRA,
    cues_jobside.EXTRA,
    cues_langs.EXTRA,
    cues_aside_eu.EXTRA,
    cues_aside_new.EXTRA,
):
    for _name, _patterns in _extra.items():
        LEXICON[_name] = LEXICON[_name] + _patterns
LEXICON.update(cues_aside_new.NEW)

# The cues of look-alike mail: each also adds one shared marker (``ASIDE_MARKER``), so a kind
# of mail the training corpus rarely shows (a vet's appointment) borrows the evidence that
# every other kind of everyday mail collected: "about something else than a job".
ASIDE = frozenset(
    {"alert", "media", "housing", "finance", "school", "immigration", "insurance", "grant",
     "commerce", "study", "events", "devtools", "employer", "personal", "hiring", "peer",
     "social", "sales", "government", "health", "pets", "publishing", "security", "booking",
     "services", "volunteer", "tender", "invest", "casting", "sport", "election", "contest",
     "literary", "community"}
)  # fmt: skip
ASIDE_MARKER = "aside"

_PLACEHOLDERS = {"xurl", "xemail", "xmoney", "xtime", "xnum"}
_ALTERNATIVES = re.compile(r"\[([^\[\]]*)\]")


def expand(pattern: str) -> list[str]:
    """Every phrase a ``[a|b|]`` pattern stands for (an empty alternative drops the slot)."""
    pieces = _ALTERNATIVES.split(pattern)
    # split() alternates literal text and group contents: even indexes literal, odd groups.
    choices = [[p] if i % 2 == 0 else p.split("|") for i, p in enumerate(pieces)]
    return [" ".join("".join(combo).split()) for combo in itertools.product(*choices)]


# One Aho-Corasick automaton over every phrase, each key led and followed by a blank: in a
# normalised text (words split by one space) padded with blanks, " a b " occurs exactly
# where the words "a b" follow each other. One scan in C finds every phrase, overlapping ones
# included (a walk over the words in Python was ~10 us a message).


def build_index(normalize: Callable[[str], str]) -> ahocorasick.Automaton:
    """An automaton of every phrase (normalised like message text) giving its cue names."""
    phrases: dict[str, set[str]] = {}
    for cue, patterns in LEXICON.items():
        for pattern in patterns:
            for phrase in expand(pattern):
                words = normalize(phrase).split()
                if not words or any(w.startswith("x") and w in _PLACEHOLDERS for w in words):
                    raise ValueError(f"cue phrase {phrase!r} is empty or holds a number")
                phrases.setdefault(f" {' '.join(words)} ", set()).add(cue)
    automaton = ahocorasick.Automaton()
    for key, names in phrases.items():
        automaton.add_word(key, frozenset(names))
    automaton.make_automaton()
    return automaton


def find_cues(text: str, index: ahocorasick.Automaton) -> set[str]:
    """The cue names whose phrases occur in ``text`` (normalised: words split by one space)."""
    found: set[str] = set()
    for _end, names in index.iter(f" {text} "):
        found |= names
    return found
