"""Hard negatives, session 10: permits, licences, tests and school places.

A planning application is "validated", "assessed" by an officer and "granted" or "refused";
a German Bauantrag asks for missing "Unterlagen"; a premises licence goes to a "hearing"
before a sub-committee; citizenship comes with a test, an "appointment" and a ceremony; a
Polish driving test is booked and passed ("wynik pozytywny"); a reading room issues a
reader's pass after an "application"; parents appeal a school place before a panel, wait for
an Italian nursery ranking ("graduatoria"), a Polish preschool "rekrutacja", a Dutch school
lottery or a Delhi nursery admission draw. Every one speaks of applications, interviews,
results and offers; none is the reader's job search.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, ascii_word, family
from n2_kit import bye2, day2, local_time, neg2, staged, when2
from n_kit import NN_N, at, service_footer, service_top
from zf_kit import bye


@family("n2_planning_decision", "not_job", n=NN_N)
def planning_decision(ctx: Ctx) -> Draft:
    ref = f"{ctx.num(20, 26)}/{ctx.num(1000, 9999)}/{ctx.pick(['FUL', 'HOU', 'LBC', 'PRIOR'])}"
    what = ctx.pick(
        [
            "single storey rear extension",
            "loft conversion with rear dormer",
            "two storey side extension",
            "replacement windows (listed building)",
            "garden room and new vehicle access",
        ]
    )
    stage, subjects, para = staged(
        ctx,
        {
            "validated": (
                [
                    f"Planning application {ref} - validated",
                    "Your planning application has been validated",
                ],
                f"Your application {ref} for a {what} has been validated and the consultation period runs until {{day}}. The target decision date is 8 weeks from validation. The case officer is {ctx.person}.",
            ),
            "visit": (
                [f"Site visit - {ref}", "Planning officer site visit"],
                f"I'm the case officer for your application ({what}). I'd like to carry out a site visit on {{day}} at {local_time(ctx)}; I'll need access to the rear garden. [If that doesn't suit, let me know another time.|I'll be about 20 minutes.]",
            ),
            "decision": (
                [f"Decision notice {ref}", "Decision on your planning application"],
                f"A decision has been made on application {ref} ({what}): [PERMISSION GRANTED subject to the conditions listed in the attached notice.|REFUSED. The reasons for refusal are set out in the decision notice. You may appeal to the Planning Inspectorate within 12 weeks.|Prior approval is not required.]",
            ),
            "amend": (
                ["Re: " + ref + " - amended drawings", "Amendments requested"],
                "Having looked at the scheme, the [depth|height|roof form] of the extension is likely to be unacceptable as it stands. If you can submit amended drawings by {day} reducing it, I'm minded to recommend approval. Otherwise I will have to determine the application as submitted.",
            ),
        },
    )
    host = ctx.pick(["planning.example.gov.uk", "council.example.gov.uk"])
    officer = stage in ("visit", "amend")
    return neg2(
        ctx,
        subjects,
        [
            para,
            ""
            if officer
            else ctx.fill(
                f"[Track the application|View documents]: {ctx.url(host, 'online-applications')}"
            ),
        ],
        (ctx.person, at(ctx, host)) if officer else ("Development Management", f"planning@{host}"),
        ctx.pick(["Kind regards,", "Regards,", "Yours faithfully,"])
        + (f"\n{ctx.person}\nPlanning Officer" if officer else "\nDevelopment Management"),
        greet_p=0.8 if officer else 0.5,
        form=ctx.pick(["plain", "alt"]),
        footer=""
        if officer
        else ctx.pick(
            ["", "This email and any attachments are intended solely for the addressee."]
        ),
    )


@family("n2_de_bauantrag", "not_job", lang="de", n=NN_N)
def de_bauantrag(ctx: Ctx) -> Draft:
    az = f"{ctx.pick(['BA', '63', 'B'])}-{ctx.num(100, 2999)}/{ctx.num(24, 26)}"
    vorhaben = ctx.pick(
        [
            "Errichtung eines Carports",
            "Anbau eines Wintergartens",
            "Dachgeschossausbau",
            "Neubau eines Einfamilienhauses",
            "Nutzungsänderung Garage zu Wohnraum",
        ]
    )
    _stage, subjects, para = staged(
        ctx,
        {
            "eingang": (
                ["Eingangsbestätigung Bauantrag", f"Ihr Bauantrag Az. {az}"],
                f"Ihr Bauantrag ({vorhaben}) ist bei uns eingegangen und wird unter dem Aktenzeichen {az} geführt. Die Prüfung der Vollständigkeit erfolgt innerhalb von drei Wochen.",
            ),
            "nachforderung": (
                ["Nachforderung von Unterlagen", f"Az. {az} - fehlende Unterlagen"],
                f"bei der Prüfung Ihres Bauantrags ({vorhaben}) haben wir festgestellt, dass folgende Unterlagen fehlen: [Standsicherheitsnachweis|Lageplan eines Vermessungsingenieurs|Entwässerungsplan]. Bitte reichen Sie diese bis zum {day2(ctx, 'de')} nach, andernfalls gilt der Antrag als zurückgenommen.",
            ),
            "genehmigung": (
                ["Baugenehmigung erteilt", f"Bescheid zu Az. {az}"],
                f'die Baugenehmigung für das Vorhaben "{vorhaben}" wird hiermit erteilt. Den Bescheid mit Nebenbestimmungen finden Sie im Anhang. Bitte zeigen Sie den Baubeginn mindestens eine Woche vorher an.',
            ),
            "termin": (
                ["Terminvorschlag Ortsbesichtigung", f"Ortstermin zu Az. {az}"],
                f"zur weiteren Bearbeitung Ihres Antrags ({vorhaben}) schlage ich einen Ortstermin vor: {when2(ctx, 'de')}. Bitte bestätigen Sie kurz per E-Mail.",
            ),
        },
    )
    amt = ctx.pick(["Bauaufsichtsamt", "Untere Bauaufsichtsbehörde", "Bauordnungsamt"])
    return neg2(
        ctx,
        subjects,
        [
            para,
            ctx.pick(
                [
                    "",
                    "Dieses Schreiben wurde elektronisch erstellt und ist ohne Unterschrift gültig.",
                    "Sprechzeiten: Di und Do 8:30-12:00 Uhr.",
                ]
            ),
        ],
        (
            f"{amt} {ctx.pick(['Stadt Freiburg', 'Landkreis Harburg', 'Stadt Leipzig'])}",
            at(ctx, "stadt.example.de"),
        ),
        bye(ctx, "de", f"Im Auftrag\n{ctx.person}\n{amt}"),
        lang="de",
        greet_p=0.9,
        form=ctx.pick(["plain", "plain", "alt"]),
    )


@family("n2_premises_licence_hearing", "not_job", n=NN_N)
def premises_licence_hearing(ctx: Ctx) -> Draft:
    venue = ctx.pick(
        [
            "The Crooked Spoon",
            "Harbour Street Deli & Wine",
            "Café Luma",
            "Bottle & Bean",
            "The Old Forge Taproom",
        ]
    )
    _stage, subjects, para = staged(
        ctx,
        {
            "hearing": (
                [
                    "Notice of hearing - premises licence application",
                    f"Licensing Sub-Committee hearing: {venue}",
                ],
                f"Representations have been received in respect of your application for a premises licence for {venue}. The application will therefore be determined at a hearing of the Licensing Sub-Committee on {{day}} at {local_time(ctx)} in Committee Room 2. You may attend, be represented and call witnesses.",
            ),
            "granted": (
                ["Premises licence granted", f"Licence decision - {venue}"],
                f"The Sub-Committee has granted the premises licence for {venue}, with the conditions agreed with the police (CCTV, Challenge 25, no sales after [23:00|22:30|midnight]). The licence will be posted to you within 10 working days.",
            ),
            "ten": (
                ["Temporary Event Notice acknowledged", "TEN received"],
                f"Your Temporary Event Notice for {venue} on {{day}} has been received. No objection has been raised by the police or environmental health, so the event may go ahead.",
            ),
            "dps": (
                ["Personal licence / DPS", "Designated premises supervisor variation"],
                f"Thank you for the application to vary the designated premises supervisor at {venue}. [Please send a copy of the new DPS's personal licence.|The variation has effect from today.]",
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
                    "Licensing Team, Environment and Regulatory Services",
                    "Please quote your application reference in all correspondence.",
                ]
            ),
        ],
        (
            "Licensing Team",
            ctx.pick(["licensing@council.example.gov.uk", at(ctx, "council.example.gov.uk")]),
        ),
        ctx.pick(["Yours sincerely,", "Kind regards,", "Regards,"])
        + f"\n{ctx.person}\nLicensing Officer",
        greet_p=0.7,
        form=ctx.pick(["plain", "alt"]),
    )


@family("n2_citizenship_ceremony", "not_job", n=NN_N)
def citizenship_ceremony(ctx: Ctx) -> Draft:
    country = ctx.pick(["au", "uk", "ca"])
    org = {
        "au": "Department of Home Affairs",
        "uk": "Home Office - UK Visas and Immigration",
        "ca": "Immigration, Refugees and Citizenship Canada",
    }[country]
    stage, subjects, para = staged(
        ctx,
        {
            "appointment": (
                ["Citizenship appointment", "Your citizenship test appointment"],
                f"Your citizenship appointment has been booked for {{day}} at {local_time(ctx)}. At the appointment we will confirm your identity, you will sit the citizenship test and you may be asked questions about your application. Bring your original identity documents.",
            ),
            "result": (
                ["Citizenship test result", "Your test result"],
                "[You passed the citizenship test with a score of [85|90|95]%. Your application will now be assessed.|You did not pass the citizenship test on this occasion. You can book another test at no extra cost.]",
            ),
            "approved": (
                ["Your application for citizenship has been approved", "Application decision"],
                "We are pleased to tell you that your application for citizenship has been approved. The next step is to attend a citizenship ceremony and make the pledge of commitment. Your local council will invite you to a ceremony.",
            ),
            "ceremony": (
                ["Invitation to your citizenship ceremony", "Citizenship ceremony - {day}"],
                f"You are invited to attend a citizenship ceremony on {{day}} at {local_time(ctx)} at the [Town Hall|Civic Centre|Council Chambers]. Please arrive 30 minutes early, bring your invitation letter and photo ID. You may bring up to two guests.",
            ),
        },
    )
    host = {
        "au": "homeaffairs.example.gov.au",
        "uk": "homeoffice.example.gov.uk",
        "ca": "cic.example.gc.ca",
    }[country]
    return neg2(
        ctx,
        subjects,
        [
            para,
            ctx.pick(
                [
                    "",
                    "This is an automated message. Please do not reply.",
                    f"Check your application in your online account: {ctx.url(host, 'account')}",
                ]
            ),
        ],
        (
            org if stage != "ceremony" else ctx.pick(["Citizenship Ceremonies", "Register Office"]),
            f"noreply@{host}",
        ),
        ctx.pick(["Yours sincerely,", "Kind regards,", "Regards,"])
        + f"\n{ctx.pick(['Citizenship Program', 'Ceremonies Officer', org])}",
        greet_p=0.7,
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("n2_de_einbuergerung", "not_job", lang="de", n=NN_N)
def de_einbuergerung(ctx: Ctx) -> Draft:
    _stage, subjects, para = staged(
        ctx,
        {
            "test": (
                ["Ergebnis Einbürgerungstest", "Ihr Testergebnis"],
                'Sie haben den Test "Leben in Deutschland" / Einbürgerungstest [mit 31 von 33 Punkten|mit 27 von 33 Punkten|mit 33 von 33 Punkten] bestanden. Die Bescheinigung wird Ihnen per Post zugesandt.',
            ),
            "antrag": (
                ["Ihr Antrag auf Einbürgerung", "Eingangsbestätigung Einbürgerungsantrag"],
                "Ihr Antrag auf Einbürgerung ist bei uns eingegangen. Aufgrund der hohen Zahl von Anträgen beträgt die Bearbeitungszeit derzeit [12 bis 18 Monate|etwa ein Jahr]. Bitte sehen Sie von Sachstandsanfragen ab.",
            ),
            "unterlagen": (
                ["Anforderung von Unterlagen", "Einbürgerung - fehlende Nachweise"],
                f"für die weitere Bearbeitung Ihres Einbürgerungsantrags benötigen wir: aktuelle Gehaltsabrechnungen der letzten drei Monate, Arbeitsvertrag, Rentenversicherungsverlauf. Bitte laden Sie die Unterlagen bis zum {day2(ctx, 'de')} im Online-Portal hoch.",
            ),
            "urkunde": (
                [
                    "Termin zur Aushändigung der Einbürgerungsurkunde",
                    "Einladung: Einbürgerungsfeier",
                ],
                f"wir freuen uns, Ihnen mitteilen zu können, dass Ihre Einbürgerungsurkunde vorliegt. Die Aushändigung erfolgt am {when2(ctx, 'de')} im Rathaus, Raum [104|2.17|Festsaal]. Bitte bringen Sie Ihren Nationalpass mit.",
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
                    "Bitte geben Sie bei Rückfragen immer Ihr Aktenzeichen an.",
                    "Diese E-Mail wurde automatisch erstellt.",
                ]
            ),
        ],
        (
            ctx.pick(
                [
                    "Einbürgerungsbehörde",
                    "Landesamt für Einwanderung",
                    "Bürgeramt - Staatsangehörigkeit",
                ]
            ),
            ctx.pick(["einbuergerung@stadt.example.de", "noreply@lea.example.de"]),
        ),
        bye(
            ctx,
            "de",
            ctx.pick(
                ["Ihre Einbürgerungsbehörde", f"{ctx.person}\nSachbearbeitung Staatsangehörigkeit"]
            ),
        ),
        lang="de",
        greet_p=0.9,
        form=ctx.pick(["plain", "alt"]),
    )


@family("n2_pl_egzamin_prawo_jazdy", "not_job", lang="pl", n=NN_N)
def pl_egzamin_prawo_jazdy(ctx: Ctx) -> Draft:
    word = ctx.pick(["WORD Warszawa", "WORD Kraków", "WORD Gdańsk", "MORD Łódź", "WORD Poznań"])
    _stage, subjects, para = staged(
        ctx,
        {
            "termin": (
                ["Potwierdzenie terminu egzaminu", "Termin egzaminu na prawo jazdy kat. B"],
                f"potwierdzamy zapisanie na egzamin państwowy na prawo jazdy kat. B. Część [teoretyczna|praktyczna] odbędzie się {when2(ctx, 'pl')} w ośrodku {word}. Prosimy o zabranie dowodu osobistego i przybycie 15 minut wcześniej.",
            ),
            "wynik": (
                ["Wynik egzaminu", "Informacja o wyniku egzaminu państwowego"],
                "informujemy, że wynik Pana/Pani egzaminu [teoretycznego|praktycznego] jest [POZYTYWNY. Dokument prawa jazdy można odebrać w wydziale komunikacji po otrzymaniu powiadomienia.|NEGATYWNY. Można zapisać się na kolejny termin przez system Info-Car.]",
            ),
            "zmiana": (
                ["Zmiana terminu egzaminu", "Odwołanie egzaminu - prosimy o wybór nowego terminu"],
                f"z przyczyn organizacyjnych egzamin zaplanowany na {day2(ctx, 'pl')} został odwołany. Prosimy o wybranie nowego terminu w systemie; opłata zostaje zachowana.",
            ),
            "dokument": (
                ["Prawo jazdy gotowe do odbioru", "Dokument gotowy"],
                "uprzejmie informujemy, że prawo jazdy jest gotowe do odbioru w Wydziale Komunikacji. Prosimy zabrać dowód osobisty.",
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
                    "Wiadomość wygenerowana automatycznie, prosimy na nią nie odpowiadać.",
                    "Szczegóły na info-car.example.pl",
                ]
            ),
        ],
        (
            ctx.pick(["Info-Car", word]),
            ctx.pick(["powiadomienia@info-car.example.pl", "egzaminy@word.example.pl"]),
        ),
        bye2(ctx, "pl", ctx.pick([word, "Zespół Info-Car"])),
        lang="pl",
        greet_p=0.8,
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("n2_archive_reader_pass", "not_job", n=NN_N)
def archive_reader_pass(ctx: Ctx) -> Draft:
    lib = ctx.pick(
        [
            "The British Library",
            "The National Archives",
            "Bodleian Libraries",
            "State Library Victoria",
            "London Metropolitan Archives",
        ]
    )
    _stage, subjects, para = staged(
        ctx,
        {
            "preregistered": (
                ["Your Reader Pass pre-registration", "Reader registration: next steps"],
                f"Thank you for pre-registering for a Reader Pass at {lib}. To complete your application, come to Reader Registration with proof of identity and address. A member of staff will [briefly interview you about your research|check that our collections meet your research needs] before issuing your pass.",
            ),
            "approved": (
                ["Your Reader Pass application has been approved", "Reader's ticket ready"],
                "Your application for a reader's ticket has been approved. Your ticket is valid for [three years|one year] and gives you access to the reading rooms. [You can now order documents in advance.|Lockers are available on the ground floor.]",
            ),
            "order": (
                ["Your document order is ready", "Items ready for collection"],
                "The items you ordered ([3|5|1] in total) are ready in the [Manuscripts|Rare Books and Music|Map] Reading Room and will be held for you until {day}.",
            ),
            "refused": (
                ["Your Reader Pass application", "Reader registration - we need more information"],
                "Unfortunately we are unable to issue a Reader Pass on the basis of your application, as the items you wish to consult are available in other libraries. You may reapply with a letter of introduction from your supervisor or institution.",
            ),
        },
    )
    host = ascii_word(lib) + ".example.org"
    return neg2(
        ctx,
        subjects,
        [service_top(ctx, host), para],
        (f"{lib} Reader Services", ctx.pick([f"reader-services@{host}", f"noreply@{host}"])),
        ctx.pick(["Kind regards,", "Best wishes,", "Regards,"]) + "\nReader Services",
        form=ctx.pick(["html", "alt", "plain"]),
        footer=service_footer(ctx, lib, host),
    )


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
