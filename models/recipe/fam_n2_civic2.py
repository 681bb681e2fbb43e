"""Hard negatives, session 10, continued from fam_n2_civic.py, which had grown past the
600-line limit: school places. Parents appeal a school place before a panel, wait for an
Italian nursery ranking ("graduatoria"), a Polish preschool "rekrutacja", a Dutch school
lottery or a Delhi nursery admission draw: applications, results and offers, none of them the
reader's job search. Its name sorts right after fam_n2_civic.py (corpus.py imports fam_*.py in
name order), so its families keep their place in the registry and the corpus stays
byte-identical.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, family
from n2_kit import bye2, day2, local_time, neg2, staged, when2
from n_kit import NN_N
from zf_kit import bye


@family("n2_school_admission_appeal", "not_job", n=NN_N)
def school_admission_appeal(ctx: Ctx) -> Draft:
    school = ctx.pick(
        [
            "Beechwood Academy",
            "St Mary's Catholic Primary",
            "Kingsfield School",
            "Northgate Grammar",
            "Hillcrest Primary",
        ]
    )
    kid = ctx.pick(["Amelia", "Harry", "Zara", "Oscar", "Isla", "Aarav"])
    stage, subjects, para = staged(
        ctx,
        {
            "hearing": (
                ["School admission appeal hearing", f"Appeal for {kid} - {school}"],
                f"Your appeal against the decision to refuse {kid} a place at {school} will be heard by an independent appeal panel on {{day}} at {local_time(ctx)}. The hearing lasts about 30 minutes. The admission authority's case is attached; any further evidence must reach us five working days before the hearing.",
            ),
            "decision": (
                ["Appeal decision", f"Outcome of your appeal - {school}"],
                f"The independent appeal panel met on {{day}} to consider your appeal for {kid}. [The panel upheld your appeal: {school} will contact you to offer a place.|The panel did not uphold your appeal. The decision is binding on all parties.]",
            ),
            "offer": (
                ["National Offer Day: your school offer", "Your child's school place offer"],
                f"You have been offered a place for {kid} at {school}. [This was your 1st preference.|This was your 3rd preference. Your child will be kept on the waiting list for your higher preferences.] Please accept or decline the offer in the parent portal by {{day}}.",
            ),
            "waiting": (
                ["Waiting list position", "Waiting list update"],
                f"{kid} is currently number [2|5|13] on the waiting list for {school} (Year [7|3|R]). Waiting lists are ranked by the oversubscription criteria, not by the date you joined.",
            ),
        },
    )
    panel = stage in ("hearing", "decision")
    return neg2(
        ctx,
        subjects,
        [
            para,
            ctx.pick(
                ["", "Please do not reply to this email.", "School Admissions, Children's Services"]
            ),
        ],
        (
            ctx.pick(["Appeals Clerk", "Independent Appeals Service"]),
            "appeals@schoolappeals.example",
        )
        if panel
        else ("School Admissions", "admissions@council.example.gov.uk"),
        ctx.pick(["Yours sincerely,", "Kind regards,", "Regards,"])
        + f"\n{ctx.person}\n"
        + ("Clerk to the Appeal Panel" if panel else "School Admissions Officer"),
        greet_p=0.8,
        form=ctx.pick(["plain", "alt"]),
    )


@family("n2_it_graduatoria_nido", "not_job", lang="it", n=NN_N)
def it_graduatoria_nido(ctx: Ctx) -> Draft:
    nido = ctx.pick(
        [
            "Nido d'infanzia Il Girasole",
            "Asilo nido comunale Arcobaleno",
            "Nido Peter Pan",
            "Scuola dell'infanzia Rodari",
        ]
    )
    kid = ctx.pick(["Giulia", "Leonardo", "Sofia", "Tommaso", "Aurora"])
    _stage, subjects, para = staged(
        ctx,
        {
            "graduatoria": (
                [
                    "Pubblicazione graduatoria provvisoria",
                    "Graduatoria nidi d'infanzia a.e. 2025/26",
                ],
                f"si comunica che è stata pubblicata la graduatoria provvisoria per l'ammissione ai nidi d'infanzia. [{kid} risulta AMMESSO/A presso {nido}.|{kid} risulta in lista d'attesa (posizione [12|27|45]).] Eventuali ricorsi possono essere presentati entro 10 giorni dalla pubblicazione.",
            ),
            "accettazione": (
                ["Accettazione del posto", "Conferma del posto al nido"],
                f"per confermare il posto assegnato a {kid} presso {nido} è necessario accettare online entro il {day2(ctx, 'it')}. In mancanza di accettazione il posto sarà assegnato al successivo in graduatoria.",
            ),
            "colloquio": (
                ["Colloquio di inserimento", "Invito al colloquio con le educatrici"],
                f"prima dell'inserimento di {kid} vi invitiamo a un colloquio individuale con le educatrici {when2(ctx, 'it')}. Durante il colloquio parleremo delle abitudini del bambino e dei tempi dell'ambientamento.",
            ),
            "domanda": (
                ["Domanda di iscrizione ricevuta", "Ricevuta domanda di iscrizione"],
                f"la domanda di iscrizione di {kid} ai servizi educativi 0-3 anni è stata protocollata. Il punteggio provvisorio attribuito è di [18|24|31] punti.",
            ),
        },
    )
    return neg2(
        ctx,
        subjects,
        [
            para,
            ctx.pick(
                [
                    "",
                    "Questa è una comunicazione automatica, si prega di non rispondere.",
                    "Ufficio Servizi Educativi - orari: lun-ven 9-12.",
                ]
            ),
        ],
        (
            ctx.pick(["Comune - Servizi Educativi", nido]),
            ctx.pick(["servizieducativi@comune.example.it", "noreply@iscrizioni.example.it"]),
        ),
        bye(ctx, "it", ctx.pick(["Ufficio Iscrizioni", f"{ctx.person}\nCoordinamento pedagogico"])),
        lang="it",
        greet_p=0.85,
        form=ctx.pick(["plain", "alt", "html"]),
    )


@family("n2_pl_rekrutacja_przedszkole", "not_job", lang="pl", n=NN_N)
def pl_rekrutacja_przedszkole(ctx: Ctx) -> Draft:
    placowka = ctx.pick(
        [
            "Przedszkole Miejskie nr 12",
            'Przedszkole nr 5 "Słoneczko"',
            "Szkoła Podstawowa nr 48",
            "Przedszkole Niepubliczne Bajka",
        ]
    )
    kid = ctx.pick(["Zuzia", "Antek", "Hania", "Franek", "Lena"])
    _stage, subjects, para = staged(
        ctx,
        {
            "wyniki": (
                ["Wyniki rekrutacji", "Rekrutacja do przedszkoli - lista zakwalifikowanych"],
                f"informujemy, że w systemie rekrutacji opublikowano listy kandydatów zakwalifikowanych i niezakwalifikowanych. [Dziecko {kid} zostało zakwalifikowane do: {placowka}.|Dziecko {kid} nie zostało zakwalifikowane do żadnej z wybranych placówek.]",
            ),
            "potwierdzenie": (
                ["Potwierdzenie woli zapisu", "Przypomnienie: potwierdź wolę przyjęcia"],
                f"przypominamy, że do {day2(ctx, 'pl')} należy potwierdzić wolę przyjęcia dziecka do placówki: {placowka}. Brak potwierdzenia oznacza rezygnację z miejsca.",
            ),
            "przyjeci": (
                ["Lista przyjętych", "Dziecko zostało przyjęte"],
                f"z przyjemnością informujemy, że dziecko {kid} zostało przyjęte od 1 września (placówka: {placowka}). Zapraszamy na zebranie dla rodziców {when2(ctx, 'pl')}.",
            ),
            "odwolanie": (
                ["Uzasadnienie odmowy przyjęcia", "Odpowiedź komisji rekrutacyjnej"],
                "w odpowiedzi na Państwa wniosek komisja rekrutacyjna przekazuje uzasadnienie odmowy przyjęcia: dziecko uzyskało [35|20|50] punktów, a najniższa liczba punktów uprawniająca do przyjęcia wyniosła [60|45|70]. Od decyzji przysługuje odwołanie do dyrektora w terminie 7 dni.",
            ),
        },
    )
    return neg2(
        ctx,
        subjects,
        [
            para,
            ctx.pick(
                [
                    "",
                    "Wiadomość wysłana automatycznie z systemu rekrutacji.",
                    "Sekretariat czynny pon.-pt. 8:00-15:00.",
                ]
            ),
        ],
        (
            ctx.pick(["System Rekrutacji", placowka, "Komisja Rekrutacyjna"]),
            ctx.pick(["rekrutacja@edu.example.pl", "sekretariat@przedszkole.example.pl"]),
        ),
        bye2(ctx, "pl", ctx.pick(["Dyrekcja przedszkola", "Komisja Rekrutacyjna", placowka])),
        lang="pl",
        greet_p=0.85,
        form=ctx.pick(["plain", "alt"]),
    )


@family("n2_nl_schoolloting", "not_job", lang="nl", n=NN_N)
def nl_schoolloting(ctx: Ctx) -> Draft:
    school = ctx.pick(
        [
            "Het Amsterdams Lyceum",
            "Montessori Lyceum",
            "Spinoza Lyceum",
            "Cartesius Lyceum",
            "Het Stedelijk Gymnasium",
        ]
    )
    kid = ctx.pick(["Sem", "Julia", "Daan", "Tess", "Finn"])
    _stage, subjects, para = staged(
        ctx,
        {
            "uitslag": (
                ["Uitslag matching en loting", "Je plaatsing voor het voortgezet onderwijs"],
                f"de uitslag van de centrale matching en loting is bekend. {kid} is geplaatst op {school} (jouw [eerste|tweede|vijfde] voorkeur). [Het lotnummer was 2.341.|Gefeliciteerd!] Je krijgt binnenkort bericht van de school over de inschrijving.",
            ),
            "kennismaking": (
                ["Kennismakingsmiddag nieuwe brugklassers", f"Welkom op {school}"],
                f"wij nodigen {kid} en jullie als ouders van harte uit voor de kennismakingsmiddag op {when2(ctx, 'nl')}. {kid} maakt dan kennis met de mentor en de nieuwe klasgenoten.",
            ),
            "reserve": (
                ["Plaatsing op reservelijst", "Reservelijst " + school],
                f"{kid} staat op de reservelijst van {school} op plek [4|11|23]. Als er een plek vrijkomt, bellen we je. Tot die tijd blijft de plaatsing op de andere school gewoon staan.",
            ),
            "aanmelding": (
                ["Aanmelding ontvangen", "Bevestiging aanmelding voorkeurslijst"],
                "we hebben je voorkeurslijst ontvangen. Let op: het schooladvies van de basisschool is leidend voor de plaatsing.",
            ),
        },
    )
    return neg2(
        ctx,
        subjects,
        [
            para,
            ctx.pick(
                [
                    "",
                    "Dit bericht is automatisch verstuurd.",
                    "Vragen? Neem contact op met de administratie.",
                ]
            ),
        ],
        (
            ctx.pick([school, "Centrale Loting VO", "Kernprocedure"]),
            ctx.pick(["administratie@lyceum.example.nl", "noreply@schoolkeuze.example.nl"]),
        ),
        bye(ctx, "nl", ctx.pick(["De toelatingscommissie", school, "Team Schoolkeuze"])),
        lang="nl",
        greet_p=0.85,
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("n2_in_nursery_admission_draw", "not_job", n=NN_N)
def in_nursery_admission_draw(ctx: Ctx) -> Draft:
    school = ctx.pick(
        [
            "Delhi Public School, R.K. Puram",
            "Modern School, Barakhamba Road",
            "Springdales School",
            "The Heritage School",
            "Bal Bharati Public School",
        ]
    )
    kid = ctx.pick(["Aarav", "Ananya", "Vihaan", "Diya", "Reyansh", "Saanvi"])
    stage, subjects, para = staged(
        ctx,
        {
            "list": (
                ["Nursery Admission 2025-26: first list", "Admission list - Nursery/Pre-school"],
                f"Dear Parent, the first list of shortlisted candidates for Nursery admission has been displayed on the school website and notice board. [Your ward {kid} (Reg. No. {ctx.num(1000, 9999)}) has been shortlisted on the basis of points.|Your ward {kid} is on the waiting list (WL-[18|42|77]).|Your ward {kid} has been selected in the draw of lots.]",
            ),
            "verification": (
                ["Document verification for Nursery admission", "Reporting for verification"],
                f"Parents of shortlisted candidates are requested to report for document verification on {{day}} between 9:00 AM and 12:00 noon with originals of birth certificate, address proof and the registration slip of {kid}. Fee to be deposited within 3 working days of verification.",
            ),
            "interaction": (
                ["Interaction with parents", "Parent orientation / interaction"],
                f"Kindly note that an orientation for parents of {kid} and other new entrants is scheduled for {{day}} at 10:30 AM in the school auditorium. Only parents are required to attend.",
            ),
            "fee": (
                ["Fee payment confirmation", "Admission confirmed"],
                f"We acknowledge receipt of the admission fee for {kid}. Admission stands confirmed. The session begins on the 1st of April; uniform and books can be collected from the school shop.",
            ),
        },
    )
    return neg2(
        ctx,
        subjects,
        [
            para,
            ctx.pick(
                [
                    "",
                    "This is a system generated mail, please do not reply.",
                    "For queries contact the admission cell between 9 AM and 1 PM.",
                ]
            ),
        ],
        (
            ctx.pick([school, "Admission Cell"]),
            ctx.pick(["admissions@school.example.in", "info@dpsschool.example.in"]),
        ),
        ctx.pick(["Regards,", "Thanks and regards,", "Warm regards,"])
        + f"\n{ctx.pick(['Admission In-charge', 'Principal', 'Admission Cell'])}\n{school}",
        greet_p=0.3 if stage == "list" else 0.8,
        form=ctx.pick(["plain", "html", "alt"]),
    )
