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
from collections.abc import Callable, Mapping, Sequence
from typing import Any

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
        "[more closely|better|more] [match|matches|matched|aligns|aligned] [our|the]",
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
        "[niet verder|andere kandidaat|andere kandidaten|afgewezen|niet door]",
        "[nao foi selecionado|nao foi selecionada|outros candidatos|nao seguir|nao avancar]",
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
        "[futuras oportunidades|boa sorte|sucesso]",
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
        "[complete|finish|submit] [the|your|this] [test|assessment|challenge|exercise|task]",
        "[test technique|exercice technique|cas pratique|programmieraufgabe|"
        "technische aufgabe|fallstudie|prueba tecnica|ejercicio tecnico|prova tecnica|"
        "esercizio|technische opdracht|opdracht|case opdracht|teste tecnico|desafio tecnico]",
    ),
    "technical": (
        "technical [interview|round|screen|discussion|deep dive|call|stage|assessment]",
        "[system design|systems design|architecture interview|live coding|pair programming|"
        "pairing session|whiteboard|algorithms|data structures|coding interview|coding round]",
        "[next round|second round|third round|next stage|next step in the process|"
        "move you forward|moving you forward|advance you|progress you|advanced to]",
        "[entretien technique|technisches interview|technisches gesprach|entrevista tecnica|"
        "colloquio tecnico|technisch gesprek|entrevista tecnica]",
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
        "vertragsangebot|arbeitsvertrag|angebot|carta de oferta|oferta de empleo|oferta laboral|"
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
        "[quick chat|quick call|brief chat|short call|coffee chat|informal chat]",
        "[mes clients|un client|meine kunden|einen kunden|mis clientes|un cliente|miei clienti|"
        "mijn klant|een klant|meus clientes|ouvert a|offen fur|abierto a|abierta a|aperto a|"
        "openstaat voor|aberto a|aberta a]",
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
    ),
    # After a yes: the paperwork of starting.
    "onboard": (
        "[onboarding|new hire|paperwork|tax forms|direct deposit|orientation|equipment|laptop|"
        "first day|day one|badge|welcome packet]",
    ),
    # Mail about jobs that is not about an application: alerts, digests, media.
    "alert": (
        "[job alert|job alerts|jobs alert|new jobs|jobs for you|jobs you may|recommended jobs|"
        "job recommendations|recommended for you|similar jobs|jobs matching|matching jobs|"
        "top jobs|new openings|is hiring|are hiring|people also viewed|easy apply|apply now|"
        "apply today|view job|view jobs|see all jobs|see more jobs|saved search|job matches]",
        "based on your [profile|search|preferences|activity|saved search]",
        "[unsubscribe|manage alerts|manage your alerts|email preferences|notification settings|"
        "stop receiving|opt out|update your preferences]",
        "[offres d emploi|stellenangebote|jobangebote|ofertas de empleo|offerte di lavoro|"
        "vacatures|vagas]",
    ),
    "media": (
        "[newsletter|podcast|episode|webinar|article|blog|read more|listen now|watch now|"
        "this week in|weekly digest|tips|guide|ebook|course|masterclass|bootcamp|upskill]",
    ),
    "housing": (
        "[lease|tenant|tenancy|landlord|rental|rent|apartment|flat|property manager|"
        "property management|move in|viewing|showing|hoa|realtor|deposit|sublet|"
        "roommate|condo|home inspection|closing]",
    ),
    "finance": (
        "[mortgage|loan|loans|credit card|card|cardmember|cardholder|bank|banking|credit|debit|"
        "credit score|credit report|credit limit|pre approved|"
        "preapproved|apr|interest rate|refinance|underwriting|bank account|bank statement|"
        "transaction|payment due|minimum payment|overdraft|lender|borrower]",
    ),
    "school": (
        "[admission|admissions|tuition|enrollment|enrolment|semester|scholarship|financial aid|"
        "undergraduate|graduate program|campus|transcript|student|students|university|"
        "college|faculty|dean|school|kindergarten|daycare|waitlist|wait list]",
    ),
    "immigration": (
        "[visa|passport|uscis|immigration|embassy|consulate|biometrics|residence permit|"
        "green card|citizenship|naturalization|work permit]",
    ),
    "insurance": (
        "[insurance|policy number|your policy|claim|claims|premium|deductible|coverage|insurer|"
        "policyholder]",
    ),
    "commerce": (
        "[order|your order|shipping|shipped|delivered|delivery|tracking|receipt|cart|checkout|"
        "discount|sale|coupon|promo|promo code|off your|free shipping|limited time|deal|deals|"
        "subscription|renewal|invoice|refund|membership|rewards|"
        "pricing]",
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
    ),
}

_PLACEHOLDERS = {"xurl", "xemail", "xmoney", "xtime", "xnum"}
_ALTERNATIVES = re.compile(r"\[([^\[\]]*)\]")


def expand(pattern: str) -> list[str]:
    """Every phrase a ``[a|b|]`` pattern stands for (an empty alternative drops the slot)."""
    pieces = _ALTERNATIVES.split(pattern)
    # split() alternates literal text and group contents: even indexes literal, odd groups.
    choices = [[p] if i % 2 == 0 else p.split("|") for i, p in enumerate(pieces)]
    return [" ".join("".join(combo).split()) for combo in itertools.product(*choices)]


# A word trie: each node maps the next word to its child; the key "" holds the cue names of
# the phrases that end at that node. One dictionary step per word walked.


def build_index(normalize: Callable[[str], str]) -> dict[str, Any]:
    """A trie of every phrase's words (normalised like message text) ending in its cues."""
    root: dict[str, Any] = {}
    for cue, patterns in LEXICON.items():
        for pattern in patterns:
            for phrase in expand(pattern):
                words = normalize(phrase).split()
                if not words or any(w.startswith("x") and w in _PLACEHOLDERS for w in words):
                    raise ValueError(f"cue phrase {phrase!r} is empty or holds a number")
                node = root
                for word in words:
                    node = node.setdefault(word, {})
                node.setdefault("", set()).add(cue)
    return root


def find_cues(words: Sequence[str], index: Mapping[str, Any]) -> set[str]:
    """The cue names whose phrases occur in ``words`` (normalised words, in order)."""
    found: set[str] = set()
    count = len(words)
    for i, word in enumerate(words):
        node = index.get(word)
        j = i + 1
        while node is not None:
            ends = node.get("")
            if ends is not None:
                found |= ends
            if j >= count:
                break
            node = node.get(words[j])
            j += 1
    return found
