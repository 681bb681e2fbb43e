"""Template families (session 12, helper H6): short job mail from small employers and their
people, in the languages they write in, which the job classifier missed most out of fold: an
Italian school secretary's one-line receipt, a Portuguese clinic's reply, a Polish HR
confirmation and invitation, a Norwegian shop's and a Danish care home's informal offers,
trial shifts in a German bakery and a French restaurant, a tradesman's "still on for Tuesday?",
a Spanish rescheduling thread, an Italian calendar invitation with nothing else, a Swedish
municipality's interview summons and a Norwegian municipality's rejection.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from h6_kit import attribution, cand, go, h6, mobile
from j2_kit import at, bye, day, hi, join, person_addr
from kit import Calendar, Ctx, Draft
from zf_kit import quoted, weekday_future


@h6("h6_cf_it_segreteria_ricevuta", "confirmation", lang="it")
def it_school_receipt(ctx: Ctx) -> Draft:
    """An Italian school's office answers an e-mailed application (messa a disposizione) in a line."""
    go(ctx, "it_school")
    who, addr = cand(ctx)
    quote_it = ctx.chance(0.7)
    earlier = (
        ""
        if not quote_it
        else join(
            ctx.para("Buongiorno,", "Gentile Dirigente,", "Spett.le segreteria,"),
            ctx.para(
                "con la presente invio la mia domanda di messa a disposizione (MAD) per il profilo di {title}, per l'anno scolastico in corso.",
                "invio in allegato il mio curriculum vitae per eventuali supplenze come {title}.",
                "mi permetto di inviare la mia candidatura spontanea come {title}. Allego CV e documento d'identità.",
            ),
            "Cordiali saluti\n" + who,
        )
    )
    sent = ctx.date.replace(hour=ctx.num(7, 20))
    text = join(
        ctx.para(
            "Si conferma la ricezione.",
            "Ricevuta, grazie.",
            "Si accusa ricevuta della Sua domanda.",
            "Buongiorno, la domanda è stata acquisita agli atti. Cordiali saluti",
            "Ricevuto. La Sua domanda è stata protocollata[| con n. {n}{n}{n}{n}].",
        ),
        ctx.pick(
            [
                "La segreteria",
                "Ufficio personale",
                "Segreteria amministrativa",
                "L'ufficio di segreteria",
            ]
        )
        + ctx.para("", "\n{co}"),
        attribution(ctx, who, addr, sent, "it") + "\n" + quoted(earlier) if quote_it else "",
    )
    subject = ctx.para(
        "Re: Domanda di messa a disposizione",
        "R: MAD {title}",
        "Re: invio candidatura",
        "R: Candidatura spontanea - {first} {last}",
    )
    return Draft(
        subject,
        text,
        ctx.para("Segreteria", "Ufficio Personale", "{co}"),
        ctx.pick(["segreteria@", "protocollo@", "personale@"]) + ctx.domain,
        greet=False,
        sign="",
        lang="it",
        form="plain",
    )


@h6("h6_cf_pt_clinica_cv_recebido", "confirmation", lang="pt")
def pt_clinic_reply(ctx: Ctx) -> Draft:
    """A receptionist at a small Portuguese business replies that the CV arrived."""
    go(ctx, "pt_small")
    text = join(
        ctx.para("Bom dia,", "Boa tarde,", "Olá {first},", "Bom dia {first},", "Olá,"),
        ctx.para(
            "Recebemos o seu currículo, muito obrigada.",
            "Confirmamos a receção da sua candidatura para {title}.",
            "Obrigada pelo envio do CV. Já o reencaminhei para a direção.",
            "Agradecemos o seu interesse. O seu CV foi recebido e será analisado.",
        ),
        ctx.para(
            "Caso o seu perfil se enquadre, entraremos em contacto.",
            "Se for selecionada para entrevista, ligamos-lhe durante a próxima semana.",
            "Entraremos em contacto brevemente.",
            "",
        ),
        ctx.pick(["Com os melhores cumprimentos,", "Cumprimentos,", "Obrigada,", "Atentamente,"])
        + "\n"
        + ctx.fill(ctx.pick(["{pfirst}", "{person}", "{pfirst}\nReceção"]))
        + ctx.para("\n{co}", ""),
        mobile(ctx, "pt", 0.4),
    )
    subject = ctx.para(
        "Re: Candidatura",
        "RE: Currículo - {first} {last}",
        "Re: candidatura {title}",
        "Re: Envio de CV",
    )
    return Draft(
        subject,
        text,
        ctx.person,
        ctx.pick(["geral@", "rececao@", "info@"]) + ctx.domain,
        greet=False,
        sign="",
        lang="pt",
        form="plain",
    )


@h6("h6_cf_pl_odp_potwierdzam_cv", "confirmation", lang="pl")
def pl_hr_confirm(ctx: Ctx) -> Draft:
    """A Polish HR person answers an application mail: documents received."""
    go(ctx, "pl")
    who, addr = cand(ctx)
    text = join(
        ctx.pick(
            [
                "Dzień dobry,",
                "Dzień dobry Pani/Panie " + ctx.cand_last + ",",
                "Szanowna Pani / Szanowny Panie,",
                "Witam,",
            ]
        ),
        ctx.para(
            "potwierdzam otrzymanie Pani/Pana dokumentów aplikacyjnych na stanowisko {title}.",
            "dziękuję za przesłanie CV. Potwierdzam, że aplikacja dotarła.",
            "uprzejmie informuję, że Pani/Pana zgłoszenie na stanowisko {title} zostało przyjęte.",
        ),
        ctx.para(
            "Skontaktujemy się z wybranymi osobami w celu umówienia rozmowy.",
            "Rekrutacja potrwa do końca miesiąca. Odpowiemy tylko wybranym kandydatom.",
            "O dalszych krokach poinformujemy telefonicznie.",
        ),
        ctx.maybe(
            "Proszę jeszcze o przesłanie podpisanej klauzuli zgody na przetwarzanie danych osobowych (RODO).",
            0.4,
        ),
        bye(ctx, "pl", "{person}\n[Specjalista ds. kadr|Dział Kadr|HR]\n" + ctx.legal),
        attribution(ctx, who, addr, ctx.date, "pl")
        + "\n"
        + quoted(
            ctx.fill(
                "Dzień dobry,\nw załączeniu przesyłam CV w odpowiedzi na ogłoszenie.\nPozdrawiam\n{first} {last}"
            )
        )
        if ctx.chance(0.5)
        else "",
    )
    subject = ctx.para(
        "Odp: CV - {title}",
        "Odp: Aplikacja na stanowisko {title}",
        "Odp: zgłoszenie",
        "RE: CV {first} {last}",
    )
    return Draft(
        subject,
        text,
        ctx.person,
        person_addr(ctx),
        greet=False,
        sign="",
        lang="pl",
        form=ctx.pick(["plain", "alt"]),
    )


@h6("h6_iv_pl_zaproszenie_do_biura", "interview", lang="pl")
def pl_interview(ctx: Ctx) -> Draft:
    """A Polish employer invites to an interview at the office and asks to confirm."""
    go(ctx, "pl")
    when = weekday_future(ctx, 2, 10)
    text = join(
        ctx.pick(
            [
                "Dzień dobry,",
                "Dzień dobry Pani/Panie " + ctx.cand_last + ",",
                "Szanowna Pani / Szanowny Panie,",
                "Witam,",
            ]
        ),
        ctx.para(
            "dziękujemy za przesłanie aplikacji na stanowisko {title}. Chcielibyśmy zaprosić Panią/Pana na rozmowę kwalifikacyjną.",
            "w odpowiedzi na Pani/Pana aplikację zapraszam na spotkanie rekrutacyjne.",
            "zapraszamy na rozmowę w sprawie pracy na stanowisku {title}.",
        ),
        "Termin: "
        + at(ctx, when, "pl")
        + "\n"
        + ctx.pick(
            [
                "Miejsce: ul. Kościuszki "
                + str(ctx.num(2, 80))
                + ", "
                + ctx.pick(["Lipno", "Toruń", "Łódź", "Poznań"]),
                "Miejsce: siedziba firmy, biuro na I piętrze",
                "Forma: rozmowa przez Teams (link wyślę dzień wcześniej)",
            ]
        ),
        ctx.para(
            "Proszę o potwierdzenie obecności mailowo lub telefonicznie.",
            "Uprzejmie proszę o potwierdzenie, czy termin odpowiada.",
            "W razie braku możliwości przybycia proszę o informację, ustalimy inny termin.",
        ),
        ctx.maybe("Proszę zabrać ze sobą dowód osobisty oraz kopie świadectw pracy.", 0.4),
        bye(
            ctx,
            "pl",
            "{person}\n[Dział Kadr|Kierownik zmiany|HR]\n"
            + ctx.co
            + "\ntel. "
            + str(ctx.num(500, 799))
            + " "
            + str(ctx.num(100, 999))
            + " "
            + str(ctx.num(100, 999)),
        ),
    )
    subject = ctx.para(
        "Zaproszenie na rozmowę kwalifikacyjną",
        "Rozmowa rekrutacyjna - {title}",
        "Odp: CV",
        "Zaproszenie na spotkanie - {co}",
    )
    return Draft(
        subject,
        text,
        ctx.person,
        person_addr(ctx),
        greet=False,
        sign="",
        lang="pl",
        form=ctx.pick(["plain", "alt", "html"]),
    )


@h6("h6_of_no_butikk_uformelt_tilbud", "offer", lang="no")
def no_shop_offer(ctx: Ctx) -> Draft:
    """A Norwegian shop or kindergarten manager offers the job in a few friendly lines."""
    go(ctx, "no")
    start = weekday_future(ctx, 7, 25)
    text = join(
        ctx.fill(ctx.pick(["Hei {first}!", "Hei {first},", "Hei igjen!"])),
        ctx.para(
            "Takk for hyggelig prat i går. Vi vil gjerne tilby deg jobben som {title}!",
            "Vi har bestemt oss, og vil veldig gjerne ha deg med på laget som {title}.",
            "Godt nytt: du får stillingen hos oss om du fortsatt er interessert.",
        ),
        ctx.para(
            "Tenkte oppstart "
            + day(ctx, start, "no")
            + ", med ca. "
            + str(ctx.num(10, 30))
            + " timer i uka til å begynne med.",
            "Første vakt blir " + day(ctx, start, "no") + ". Arbeidskontrakt får du når du kommer.",
            "Lønn etter tariff. Kan du starte " + day(ctx, start, "no") + "?",
        ),
        ctx.para(
            "Gi meg beskjed så fort du kan.",
            "Svar gjerne på denne e-posten eller send meg en sms.",
            "Håper du takker ja :)",
        ),
        ctx.fill(ctx.pick(["Mvh\n{pfirst}", "Hilsen {pfirst}", "Mvh {person}\nDaglig leder"]))
        + ctx.para("\n{co}", ""),
        mobile(ctx, "no"),
    )
    subject = ctx.para(
        "Jobb hos oss",
        "Tilbud om jobb",
        "SV: Søknad {title}",
        "Stillingen som {title}",
        "Gode nyheter",
    )
    return Draft(
        subject, text, ctx.person, person_addr(ctx), greet=False, sign="", lang="no", form="plain"
    )


@h6("h6_of_da_vikar_tilbud", "offer", lang="da")
def da_substitute_offer(ctx: Ctx) -> Draft:
    """A Danish care home, daycare or bakery offers a (substitute) position informally."""
    go(ctx, "da")
    start = weekday_future(ctx, 5, 20)
    text = join(
        ctx.fill(ctx.pick(["Hej {first}", "Hej {first}!", "Kære {first},"])),
        ctx.para(
            "Tak for samtalen. Vi vil rigtig gerne tilbyde dig stillingen som {title}.",
            "Vi er glade for at kunne tilbyde dig job hos os som {title}.",
            "Du har fået jobbet! Vi synes, du passer rigtig godt ind i teamet.",
        ),
        ctx.para(
            "Du starter "
            + day(ctx, start, "da")
            + ". Timeløn efter overenskomst, og vi sender kontrakten i løbet af ugen.",
            "Vi forestiller os opstart "
            + day(ctx, start, "da")
            + " med "
            + str(ctx.num(15, 32))
            + " timer om ugen.",
            "Første vagt er "
            + day(ctx, start, "da")
            + " kl. 7. Husk at tage straffeattest og sygesikringskort med.",
        ),
        ctx.para(
            "Vil du skrive tilbage, om du siger ja tak?",
            "Giv mig lige et svar, så vi kan lægge vagtplanen.",
            "Ring endelig, hvis du har spørgsmål.",
        ),
        ctx.fill(ctx.pick(["Venlig hilsen\n{person}\nLeder", "Hilsen {pfirst}", "Mvh. {person}"]))
        + "\n"
        + ctx.co,
        mobile(ctx, "da", 0.4),
    )
    subject = ctx.para(
        "Tilbud om stilling", "Jobbet som {title}", "SV: Ansøgning", "Velkommen til {co}"
    )
    return Draft(
        subject,
        text,
        ctx.person,
        person_addr(ctx),
        greet=False,
        sign="",
        lang="da",
        form=ctx.pick(["plain", "alt"]),
    )


@h6("h6_iv_de_probearbeiten", "interview", lang="de")
def de_trial_shift(ctx: Ctx) -> Draft:
    """A German bakery, café or workshop asks the applicant in for a paid trial day."""
    go(ctx, "de_small")
    when = weekday_future(ctx, 2, 9)
    du = ctx.chance(0.5)
    text = join(
        ctx.fill(
            ctx.pick(
                ["Hallo {first},", "Hi {first},"]
                if du
                else [
                    "Hallo {first} {last},",
                    "Guten Tag {first} {last},",
                    "Sehr geehrte/r {first} {last},",
                ]
            )
        ),
        ctx.para(
            "danke für deine Bewerbung als {title}. Magst du zum Probearbeiten vorbeikommen?"
            if du
            else "vielen Dank für Ihre Bewerbung als {title}. Wir würden Sie gern zu einem Probearbeitstag einladen.",
            "wie telefonisch besprochen: Probearbeiten bei uns"
            if du
            else "wie telefonisch besprochen bestätige ich Ihnen den Probetag in unserem Betrieb.",
        ),
        "Wann: "
        + at(ctx, when, "de")
        + ctx.pick([" (ca. 4 Stunden)", " bis ca. 14 Uhr", ""])
        + "\nWo: "
        + ctx.pick(["Hauptstraße ", "Marktplatz ", "Bahnhofstraße "])
        + str(ctx.num(1, 60))
        + ctx.pick(["", ", bitte hinten am Lieferanteneingang klingeln"]),
        ctx.para(
            "Bitte "
            + ("bring" if du else "bringen Sie")
            + " feste Schuhe und eine dunkle Hose mit. Der Tag wird natürlich bezahlt.",
            ("Arbeitskleidung bekommst du von uns." if du else "Arbeitskleidung stellen wir."),
            "",
        ),
        ctx.para(
            "Gib kurz Bescheid, ob das klappt!"
            if du
            else "Bitte geben Sie uns kurz Bescheid, ob der Termin passt."
        ),
        ctx.fill(
            ctx.pick(
                [
                    "Viele Grüße\n{person}",
                    "LG {pfirst}",
                    "Mit freundlichen Grüßen\n{person}\nInhaber",
                ]
            )
        )
        + "\n"
        + ctx.legal,
        mobile(ctx, "de", 0.4),
    )
    subject = ctx.para(
        "Probearbeiten",
        "Probetag am " + day(ctx, when, "de"),
        "AW: Bewerbung als {title}",
        "Ihre Bewerbung - Probearbeitstag",
    )
    return Draft(
        subject, text, ctx.person, person_addr(ctx), greet=False, sign="", lang="de", form="plain"
    )


@h6("h6_iv_fr_journee_essai", "interview", lang="fr")
def fr_trial_day(ctx: Ctx) -> Draft:
    """A French restaurant, campsite or shop invites for a trial day (journée d'essai)."""
    go(ctx, "fr_small")
    when = weekday_future(ctx, 2, 9)
    text = join(
        ctx.fill(ctx.pick(["Bonjour {first},", "Bonjour {first} {last},", "Bonjour,"])),
        ctx.para(
            "Suite à votre candidature pour le poste de {title}, je vous propose de venir faire une journée d'essai.",
            "Merci pour votre CV. Seriez-vous disponible pour un essai en service ?",
            "Comme convenu au téléphone, je vous confirme votre essai chez nous.",
        ),
        "Rendez-vous "
        + at(ctx, when, "fr")
        + ctx.pick([" pour le service du midi", " pour le service du soir", "", " à l'accueil"])
        + ".",
        ctx.para(
            "Prévoir une tenue noire et des chaussures fermées.",
            "Le repas est offert. Merci de venir avec une pièce d'identité et votre carte Vitale.",
            "Si l'essai est concluant, nous pourrons parler du contrat dans la foulée.",
        ),
        ctx.para(
            "Merci de me confirmer votre venue.",
            "Tenez-moi au courant.",
            "Répondez-moi par mail ou par SMS au 06 "
            + " ".join(str(ctx.num(10, 99)) for _ in range(4))
            + ".",
        ),
        ctx.fill(
            ctx.pick(
                [
                    "Cordialement,\n{person}\nGérant",
                    "Bonne journée,\n{pfirst}",
                    "Bien à vous,\n{person}",
                ]
            )
        )
        + "\n"
        + ctx.co,
        mobile(ctx, "fr", 0.4),
    )
    subject = ctx.para(
        "Journée d'essai",
        "Essai le " + day(ctx, when, "fr"),
        "RE: Candidature {title}",
        "Votre candidature - essai",
    )
    return Draft(
        subject, text, ctx.person, person_addr(ctx), greet=False, sign="", lang="fr", form="plain"
    )


@h6("h6_iv_en_tradesman_still_on", "interview", lang="en")
def en_trades_casual(ctx: Ctx) -> Draft:
    """An Irish/Australian/UK small-business owner checks the applicant is still coming for a chat."""
    go(ctx, "en_small")
    when = weekday_future(ctx, 1, 6)
    text = join(
        ctx.fill(
            ctx.pick(
                ["Hi {first}", "{first},", "Hey {first},", "Morning {first}", "G'day {first},"]
            )
        ),
        ctx.para(
            "Still good for "
            + at(ctx, when, "en")
            + "? Just come to the [shop|yard|office|café] and ask for me.",
            "Are you still right to come in "
            + day(ctx, when, "en")
            + "? We'll have a chat about the {title} job and show you around.",
            "Just confirming you're coming in "
            + day(ctx, when, "en")
            + " re the {title} position. Say half 10?",
            "Thanks for dropping your CV in. Can you pop in "
            + day(ctx, when, "en")
            + " for a quick chat?",
        ),
        ctx.para(
            "Bring your CV and any tickets/certs you have.",
            "Parking out the back.",
            "Won't take more than half an hour.",
            "",
        ),
        ctx.fill(
            ctx.pick(
                [
                    "Cheers\n{pfirst}",
                    "Thanks\n{pfirst}",
                    "{pfirst}",
                    "Cheers, {pfirst}\n{co}\n0"
                    + str(ctx.num(400, 499))
                    + " "
                    + str(ctx.num(100, 999))
                    + " "
                    + str(ctx.num(100, 999)),
                ]
            )
        ),
        mobile(ctx, "en", 0.6),
    )
    subject = ctx.para("Tuesday", "Re: job", "Re: CV", "Tomorrow", "Re: {title}", "chat this week")
    return Draft(
        subject,
        text,
        ctx.person,
        person_addr(ctx)
        if ctx.chance(0.5)
        else ctx.fill("{pfirst}.")
        + ctx.slug
        + ctx.pick(["@gmail.com", "@outlook.com", "@bigpond.com", "@eircom.net"]),
        greet=False,
        sign="",
        lang="en",
        form="plain",
    )


@h6("h6_iv_es_cambio_hora_hilo", "interview", lang="es")
def es_reschedule_thread(ctx: Ctx) -> Draft:
    """A Spanish employer answers the applicant's request to move the interview."""
    go(ctx, "es")
    old = weekday_future(ctx, 1, 6)
    new = weekday_future(ctx, 3, 10)
    who, addr = cand(ctx)
    earlier = (
        ctx.fill(
            ctx.pick(
                [
                    "Hola {pfirst},\nmuchas gracias por la convocatoria. Me ha surgido un imprevisto y no podré asistir a la entrevista del ",
                    "Buenos días,\nperdone las molestias, ¿sería posible cambiar la hora de la entrevista del ",
                ]
            )
        )
        + day(ctx, old, "es")
        + "?\nUn saludo,\n"
        + who
    )
    text = join(
        ctx.fill(ctx.pick(["Hola {first},", "Buenos días {first},", "Hola,"])),
        ctx.para("No hay problema.", "Sin problema, lo cambiamos.", "Claro, gracias por avisar."),
        ctx.para(
            "Te propongo el " + at(ctx, new, "es") + ", en la misma dirección.",
            "¿Te vendría bien el "
            + at(ctx, new, "es")
            + "? La entrevista sigue siendo conmigo, aquí en el local.",
            "Queda cambiada al " + at(ctx, new, "es") + ". Si no te encaja, dime otra franja.",
        ),
        ctx.para("Confírmame, por favor.", "Un saludo,", "Quedo a la espera."),
        ctx.fill(ctx.pick(["{person}", "{pfirst}", "{person}\nRRHH"])) + "\n" + ctx.co,
        attribution(ctx, who, addr, ctx.date, "es") + "\n" + quoted(earlier),
    )
    subject = ctx.para(
        "Re: Entrevista {title}",
        "RE: Convocatoria entrevista",
        "Re: Cambio de hora entrevista",
        "RE: Entrevista " + day(ctx, old, "es"),
    )
    return Draft(
        subject,
        text,
        ctx.person,
        person_addr(ctx),
        greet=False,
        sign="",
        lang="es",
        form=ctx.pick(["plain", "alt"]),
    )


@h6("h6_iv_it_invito_calendario", "interview", lang="it")
def it_calendar_only(ctx: Ctx) -> Draft:
    """An Italian employer's calendar sends the interview invitation and little else."""
    go(ctx, ctx.pick(["it_small", "it_school"]))
    when = weekday_future(ctx, 2, 10)
    what = ctx.para(
        "Colloquio {first} {last}",
        "Colloquio conoscitivo - {title}",
        "Colloquio di selezione {title}",
        "Incontro con {first} {last}",
    )
    where = ctx.pick(
        [
            "Google Meet",
            "Microsoft Teams",
            "Sede - ufficio personale",
            "Via Roma " + str(ctx.num(1, 90)),
        ]
    )
    text = join(
        ctx.pick(
            [
                "Sei stato invitato al seguente evento.",
                "Hai ricevuto un invito.",
                "Invito a un evento",
            ]
        ),
        what
        + "\n"
        + ctx.pick(["Quando", "Data"])
        + ": "
        + at(ctx, when, "it")
        + " ("
        + ctx.pick(["30 min", "45 minuti", "1 ora"])
        + ")\nDove: "
        + where,
        "Partecipa con Google Meet: meet.google.com/"
        + "".join(ctx.pick("abcdefghijk") for _ in range(3))
        + "-"
        + "".join(ctx.pick("lmnopqrstuvwxyz") for _ in range(4))
        + "-"
        + "".join(ctx.pick("abcdefghijk") for _ in range(3))
        if where == "Google Meet"
        else "",
        "Organizzatore: " + ctx.person + "\nInvitati: " + ctx.cand_addr,
        ctx.pick(["Partecipi? Sì - Forse - No", "Rispondi: Sì | Forse | No", ""]),
    )
    subject = "Invito: " + what + " @ " + day(ctx, when, "it")
    return Draft(
        subject,
        text,
        ctx.person,
        person_addr(ctx),
        greet=False,
        sign="",
        lang="it",
        form=ctx.pick(["alt", "html"]),
        calendar=Calendar(what, when, ctx.pick([30, 45, 60]), person_addr(ctx), where),
    )


@h6("h6_iv_sv_kallelse_kommun", "interview", lang="sv")
def sv_municipal_interview(ctx: Ctx) -> Draft:
    """A Swedish municipality or clinic summons to an interview, with the vacancy's reference."""
    go(ctx, "sv")
    when = weekday_future(ctx, 3, 12)
    ref = ctx.fill(
        "[Ref|Annons-ID|Dnr] "
        + ctx.pick(["KS", "SOC", "BUN"])
        + " "
        + str(ctx.date.year)
        + "/"
        + str(ctx.num(100, 999))
    )
    text = join(
        hi(ctx, "sv"),
        ctx.para(
            "Tack för din ansökan till tjänsten som {title}. Vi vill gärna träffa dig på en intervju.",
            "Vi har gått igenom ansökningarna och vill bjuda in dig till intervju för tjänsten som {title}.",
            "Du är välkommen på intervju!",
        ),
        "Tid: "
        + at(ctx, when, "sv")
        + "\nPlats: "
        + ctx.pick(
            [
                "Kommunhuset, reception plan 2",
                "Västra Vårdcentralen, ingång B",
                "Teams (länk skickas separat)",
            ]
        )
        + "\n"
        + ref,
        ctx.para(
            "Ta med giltig legitimation. Vi kommer även att fråga efter två referenser.",
            "Intervjun tar cirka 45 minuter och du träffar enhetschef och en medarbetare.",
            "Meddela gärna om tiden inte passar så hittar vi en annan.",
        ),
        bye(ctx, "sv", "{person}\n[Enhetschef|Rekryterande chef|HR-konsult]\n" + ctx.co),
    )
    subject = ctx.para(
        "Kallelse till intervju",
        "Inbjudan till intervju - {title}",
        "Intervju " + ref,
        "SV: Ansökan {title}",
    )
    return Draft(
        subject,
        text,
        ctx.person,
        person_addr(ctx),
        greet=False,
        sign="",
        lang="sv",
        form=ctx.pick(["plain", "alt", "html"]),
    )


@h6("h6_rej_no_kommune_avslag", "rejection", lang="no")
def no_municipal_rejection(ctx: Ctx) -> Draft:
    """A Norwegian municipality or kindergarten tells an applicant someone else got the post."""
    go(ctx, "no")
    text = join(
        hi(ctx, "no"),
        ctx.para(
            "Takk for din søknad på stillingen som {title}. Vi har nå gjennomført intervjuer, og stillingen er besatt.",
            "Vi takker for din interesse for stillingen som {title} hos {co}. Dessverre har vi valgt å gå videre med andre kandidater.",
            "Stillingen som {title} er nå tilsatt. Du nådde dessverre ikke opp denne gangen.",
        ),
        ctx.para(
            "Det var mange godt kvalifiserte søkere.",
            "Vi ønsker deg lykke til videre i jobbsøkingen.",
            "Vi oppfordrer deg til å søke på andre stillinger hos oss.",
        ),
        ctx.maybe("Søkerlisten er offentlig og kan ses på kommunens nettside.", 0.3),
        bye(ctx, "no", "[{person}|Personal- og organisasjonsavdelingen]\n{co}"),
    )
    subject = ctx.para(
        "Svar på søknad",
        "Stillingen som {title}",
        "Angående din søknad",
        "Søknad - {title} - avslag",
    )
    return Draft(
        subject,
        text,
        ctx.para("{co}", "{person}"),
        ctx.pick(["noreply@", "postmottak@", "rekruttering@"]) + ctx.domain,
        greet=False,
        sign="",
        lang="no",
        form=ctx.pick(["plain", "alt"]),
        bulk=ctx.chance(0.3),
    )
