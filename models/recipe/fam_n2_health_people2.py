"""Hard negatives, session 10, continued from fam_n2_health_people.py, which had grown past the
600-line limit: auditions and places. A choir, a Swedish municipal music school and an Italian
conservatory hold "auditions" and offer places; a German adult-education centre sets a
placement test; a Spanish care home "adjudicates" a place for a parent. Hiring words, none of
it the reader's job search. Its name sorts right after fam_n2_health_people.py (corpus.py
imports fam_*.py in name order), so its families keep their place in the registry and the
corpus stays byte-identical.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, family
from n2_kit import bye2, day2, local_time, neg2, staged, when2
from n_kit import NN_N, at, private
from zf_kit import bye


@family("n2_amateur_choir_audition", "not_job", n=NN_N)
def amateur_choir_audition(ctx: Ctx) -> Draft:
    choir = ctx.pick(
        [
            "City Chamber Choir",
            "Bach Choir",
            "Harbour Voices",
            "Philharmonic Chorus",
            "St Cecilia Singers",
            "Community Gospel Choir",
        ]
    )
    part = ctx.pick(["soprano", "alto", "tenor", "bass"])
    parts = "basses" if part == "bass" else part + "s"
    _stage, subjects, para = staged(
        ctx,
        {
            "invite": (
                ["Audition", f"{choir} - audition slot"],
                f"Thanks for your interest in joining {choir}. Auditions are informal: you'll sing a piece of your choice (or a hymn), some scales, and a short sight-reading exercise with our music director. Your slot is {{day}} at {local_time(ctx)}.",
            ),
            "offer": (
                ["Welcome to the choir!", "Audition result"],
                f"Thank you for auditioning on Tuesday. We're delighted to offer you a place in the {parts}! Rehearsals are Wednesdays 7:30-9:30pm; your start date can be the first rehearsal of term. Subs are £[60|90|120] a term.",
            ),
            "waitlist": (
                ["Audition result", "Thank you for auditioning"],
                f"Thank you for auditioning. We really enjoyed hearing you; unfortunately the {part} section is full at the moment, so we've put you on our waiting list and will be in touch when a place opens.",
            ),
            "reaudition": (
                ["Re-auditions this term", "Voice check reminder"],
                "A reminder that every member has a voice check every three years, and yours is due. It's a friendly 10 minutes with the MD - please book a slot using the sheet in the rehearsal room.",
            ),
        },
    )
    return neg2(
        ctx,
        subjects,
        [para, ctx.pick(["", "Music: bring a pencil!", "Any questions, just reply."])],
        ctx.pick([private(ctx), (f"{choir} Membership", at(ctx, "choir.example.org.uk"))]),
        ctx.pick(["Best wishes,", "All best,", "Cheers,"])
        + f"\n{ctx.person_first}\n{ctx.pick(['Membership Secretary', 'Choir Manager', 'Auditions'])}, {choir}",
        form=ctx.pick(["plain", "plain", "alt"]),
    )


@family("n2_sv_kulturskolan", "not_job", lang="sv", n=NN_N)
def sv_kulturskolan(ctx: Ctx) -> Draft:
    kid = ctx.pick(["Elsa", "Oscar", "Maja", "William", "Alice", "Hugo"])
    amne = ctx.pick(["fiol", "piano", "gitarr", "trummor", "sång", "cello", "teater"])
    _stage, subjects, para = staged(
        ctx,
        {
            "erbjudande": (
                ["Erbjudande om plats i Kulturskolan", f"Plats i {amne}"],
                f"{kid} erbjuds en plats i ämnet {amne} från och med vårterminen. Du måste tacka ja till platsen senast {day2(ctx, 'sv')} via e-tjänsten, annars går den till nästa barn i kön. Avgiften är [600|750|900] kr per termin.",
            ),
            "ko": (
                ["Din köplats", "Bekräftelse på köanmälan"],
                f"Tack för din anmälan! {kid} står nu i kö till {amne}. Kötiden är för närvarande [1-2 år|ca ett år|upp till 3 år] beroende på ämne.",
            ),
            "provspelning": (
                ["Inbjudan till provspelning", "Antagningsprov - fördjupningskurs"],
                f"{kid} är inbjuden till provspelning för fördjupningskursen i {amne} {when2(ctx, 'sv')}. Förbered två stycken av olika karaktär. Besked om antagning skickas ut inom två veckor.",
            ),
            "besked": (
                ["Besked efter provspelning", "Antagningsbesked"],
                f"Tack för provspelningen! [Vi är glada att kunna meddela att {kid} är antagen till fördjupningskursen.|Tyvärr fick {kid} inte plats i fördjupningskursen den här gången, men är välkommen att söka igen nästa år.]",
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
                    "Detta är ett automatiskt utskick.",
                    "Frågor? Ring expeditionen vardagar 9-12.",
                ]
            ),
        ],
        (
            ctx.pick(["Kulturskolan", "Kulturskolan Malmö", "Kulturskolan Uppsala"]),
            ctx.pick(["kulturskolan@kommun.example.se", "noreply@e-tjanst.example.se"]),
        ),
        bye2(ctx, "sv", ctx.pick(["Kulturskolan", f"{ctx.person}\nexpeditionen"])),
        lang="sv",
        greet_p=0.85,
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("n2_it_conservatorio_ammissione", "not_job", lang="it", n=NN_N)
def it_conservatorio_ammissione(ctx: Ctx) -> Draft:
    cons = ctx.pick(
        [
            "Conservatorio G. Verdi",
            "Conservatorio di Musica A. Boito",
            "Conservatorio N. Paganini",
            "Conservatorio S. Cecilia",
        ]
    )
    strum = ctx.pick(["pianoforte", "violino", "flauto", "chitarra", "violoncello"])
    _stage, subjects, para = staged(
        ctx,
        {
            "calendario": (
                ["Calendario esami di ammissione", f"Esame di ammissione - {strum}"],
                f"si comunica che l'esame di ammissione ai corsi propedeutici di {strum} si terrà in data {when2(ctx, 'it')} presso l'Aula [3|12|Magna]. Il/la candidato/a dovrà presentarsi munito/a di documento di riconoscimento e del programma d'esame.",
            ),
            "graduatoria": (
                ["Pubblicazione graduatorie di ammissione", "Esito esame di ammissione"],
                "sono state pubblicate all'albo online le graduatorie degli esami di ammissione. [Il/la candidato/a risulta IDONEO/A e AMMESSO/A.|Il/la candidato/a risulta idoneo/a ma non ammesso/a per mancanza di posti; resterà in graduatoria per eventuali scorrimenti.|Il/la candidato/a non è risultato/a idoneo/a.]",
            ),
            "iscrizione": (
                ["Immatricolazione", "Termini per l'immatricolazione"],
                f"i candidati ammessi devono perfezionare l'immatricolazione entro il {day2(ctx, 'it')} tramite la piattaforma Isidata, allegando il versamento del contributo.",
            ),
            "docente": (
                ["Assegnazione docente", "Inizio lezioni"],
                f"le comunichiamo che è stato assegnato/a alla classe del M° {ctx.person_last}. Le lezioni inizieranno {when2(ctx, 'it')}.",
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
                    "La Segreteria Didattica riceve il pubblico martedì e giovedì 10-12.",
                    "Comunicazione inviata dalla Segreteria Didattica.",
                ]
            ),
        ],
        (
            f"Segreteria Didattica - {cons}",
            ctx.pick(["didattica@conservatorio.example.it", "segreteria@conservatorio.example.it"]),
        ),
        bye(ctx, "it", "La Segreteria Didattica"),
        lang="it",
        greet_p=0.85,
        form=ctx.pick(["plain", "alt"]),
    )


@family("n2_de_vhs_einstufungstest", "not_job", lang="de", n=NN_N)
def de_vhs_einstufungstest(ctx: Ctx) -> Draft:
    sprache = ctx.pick(
        ["Spanisch", "Italienisch", "Französisch", "Englisch", "Japanisch", "Niederländisch"]
    )
    vhs = ctx.pick(
        [
            "VHS Köln",
            "Münchner Volkshochschule",
            "VHS Hamburg",
            "VHS Stuttgart",
            "Volkshochschule Leipzig",
        ]
    )
    _stage, subjects, para = staged(
        ctx,
        {
            "test": (
                ["Einstufungstest", f"Einladung zum Einstufungstest {sprache}"],
                f"vielen Dank für Ihre Anfrage. Um den passenden Kurs für Sie zu finden, laden wir Sie zu einem Einstufungstest {sprache} ein: {when2(ctx, 'de')}, Raum [2.04|115|E 12]. Der Test besteht aus einem schriftlichen Teil und einem kurzen Gespräch und dauert ca. 45 Minuten.",
            ),
            "ergebnis": (
                ["Ergebnis Ihrer Einstufung", "Ihre Kursempfehlung"],
                f"aufgrund Ihres Einstufungstests empfehlen wir Ihnen den Kurs {sprache} [A2.2|B1.1|B2.1] (Kursnummer {ctx.num(1000, 9999)}). Bitte melden Sie sich bis zum {day2(ctx, 'de')} online an; die Plätze werden in der Reihenfolge der Anmeldung vergeben.",
            ),
            "warteliste": (
                ["Warteliste", f"Kurs {sprache}: Warteliste"],
                f"der Kurs {sprache} ist leider ausgebucht. Sie stehen auf Platz [2|5|8] der Warteliste. Wir informieren Sie, sobald ein Platz frei wird.",
            ),
            "bestaetigung": (
                ["Anmeldebestätigung", "Bestätigung Ihrer Kursanmeldung"],
                f"hiermit bestätigen wir Ihre Anmeldung zum Kurs {sprache} (12 Termine, mittwochs 18:00-19:30 Uhr). Das Entgelt wird per Lastschrift eingezogen.",
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
                    "Bitte beachten Sie unsere Rücktrittsbedingungen.",
                    "Dies ist eine automatisch erzeugte E-Mail.",
                ]
            ),
        ],
        (
            vhs,
            ctx.pick(
                ["anmeldung@vhs.example.de", "sprachen@vhs.example.de", at(ctx, "vhs.example.de")]
            ),
        ),
        bye(ctx, "de", f"Ihr Fachbereich Sprachen\n{vhs}"),
        lang="de",
        greet_p=0.9,
        form=ctx.pick(["plain", "alt", "html"]),
    )


@family("n2_es_plaza_residencia", "not_job", lang="es", n=NN_N)
def es_plaza_residencia(ctx: Ctx) -> Draft:
    res = ctx.pick(
        [
            "Residencia de Mayores Los Olivos",
            "Centro Sociosanitario Santa Clara",
            "Residencia Municipal San José",
            "Centro de Día El Pinar",
        ]
    )
    fam_member = ctx.pick(["su madre", "su padre", "su familiar"])
    _stage, subjects, para = staged(
        ctx,
        {
            "solicitud": (
                ["Solicitud de plaza residencial", "Registro de su solicitud"],
                f"le confirmamos que hemos registrado la solicitud de plaza pública residencial para {fam_member}. El expediente pasa ahora a valoración del grado de dependencia.",
            ),
            "valoracion": (
                ["Cita para valoración de dependencia", "Visita de valoración"],
                f"un/a trabajador/a social visitará el domicilio de {fam_member} el {when2(ctx, 'es')} para realizar la entrevista de valoración. Tenga preparados los informes médicos más recientes.",
            ),
            "adjudicacion": (
                ["Adjudicación de plaza", f"Plaza en {res}"],
                f"nos complace comunicarle que se ha adjudicado a {fam_member} una plaza en {res}. Dispone de diez días para aceptar la plaza; la fecha de ingreso prevista es el {day2(ctx, 'es')}.",
            ),
            "lista": (
                ["Lista de espera", "Situación de su solicitud"],
                f"la solicitud de {fam_member} se encuentra en lista de espera con el número [37|81|154]. Le informaremos en cuanto haya una plaza disponible en alguno de los centros seleccionados.",
            ),
        },
    )
    return neg2(
        ctx,
        subjects,
        [
            para,
            ctx.pick(
                ["", "Para cualquier consulta puede llamar al 012.", "Este mensaje es automático."]
            ),
        ],
        (
            ctx.pick(["Servicios Sociales - Dependencia", res]),
            ctx.pick(
                ["dependencia@servicios-sociales.example.es", at(ctx, "residencia.example.es")]
            ),
        ),
        bye(ctx, "es", ctx.pick(["Trabajo Social", f"{ctx.person}\nDirección del centro"])),
        lang="es",
        greet_p=0.9,
        form=ctx.pick(["plain", "alt"]),
    )
