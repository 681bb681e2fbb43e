"""Hard negatives, session 10: permits, licences and tests.

A planning application is "validated", "assessed" by an officer and "granted" or "refused"; a
German Bauantrag asks for missing "Unterlagen"; a premises licence goes to a "hearing" before a
sub-committee; citizenship comes with a test, an "appointment" and a ceremony; a Polish driving
test is booked and passed ("wynik pozytywny"); a reading room issues a reader's pass after an
"application". School places follow in fam_n2_civic2.py. Every one speaks of applications,
interviews, results and offers; none is the reader's job search.
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
