"""Not-job mail, session 12: hiring TOOLS write to the reader because the reader hires.

Scheduling tools tell the host that somebody booked a slot, applicant-tracking systems in
several countries announce applicants for the reader's opening or ask for a review, employer
accounts on job boards report on the reader's ad, an approval workflow asks the reader to sign
off a requisition, screening vendors report on a new starter. Each names a role, a candidate
and a stage, yet the reader is the interviewer, manager or employer, never the applicant.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from h1_kit import H1_N, form, mail, mine, other, when
from kit import Calendar, Ctx, Draft, family


@family("h5_uk_ms_bookings_staff_new_booking", "not_job", n=H1_N)
def uk_ms_bookings_staff_new_booking(ctx: Ctx) -> Draft:
    cand = other(ctx)
    kind = ctx.pick(["new", "new", "cancel", "change"])
    service = ctx.pick(
        [
            "Phone screen (30 min)",
            "Initial chat",
            "Graduate scheme - video interview",
            "Assessment centre slot",
            "Informal call with the hiring manager",
        ]
    )
    moment = when(ctx, "en_gb")
    head = {
        "new": f"{cand} has booked {service} with you for {moment}.",
        "cancel": f"{cand} has cancelled {service} on {moment}. The slot is free again on your booking page.",
        "change": f"{cand} has moved {service} to {moment}. Your Outlook calendar has been updated.",
    }[kind]
    return mail(
        ctx,
        {
            "new": [
                f"New booking: {service} with {cand}",
                f"{cand} booked time with you",
                "New booking for {co} Talent bookings",
            ],
            "cancel": [f"Booking cancelled: {service}", f"Cancelled: {cand} - {service}"],
            "change": [f"Booking rescheduled: {service} with {cand}", f"Updated booking - {cand}"],
        }[kind],
        [
            head,
            "Staff member: {first} {last}\nService: "
            + service
            + "\nCustomer email: "
            + cand.split()[0].lower()
            + "@[gmail.com|outlook.com|hotmail.co.uk]\nLocation: [Microsoft Teams meeting|Phone call|Office - Reception, 2nd floor]",
            "[You are receiving this because you are listed as staff on the {co} booking page.|Customer notes: [Running from another interview, may be 5 min late.|Please call my mobile.|None]]",
            "Manage bookings: " + ctx.url("outlook.office.com", "bookings"),
        ],
        ("{co} Talent bookings", "[bookings|talent-bookings]@{domain}"),
        "",
        lang="en_gb",
        greet_p=0.2,
        form=form(ctx, "html", "alt"),
        calendar=Calendar(f"{service} - {cand}", ctx.future(), 30)
        if kind != "cancel" and ctx.chance(0.5)
        else None,
    )


@family("h5_de_calendly_gastgeber_neuer_termin", "not_job", lang="de", n=H1_N)
def de_calendly_gastgeber_neuer_termin(ctx: Ctx) -> Draft:
    cand = other(ctx)
    tool, host = ctx.pick(
        [
            ("Calendly", "calendly.com"),
            ("Cal.com", "cal.com"),
            ("HubSpot Meetings", "hubspot.com"),
            ("Zeeg", "zeeg.me"),
        ]
    )
    event = ctx.pick(
        [
            "Kennenlerngespräch Bewerbung",
            "Telefoninterview 20 Min.",
            "Zweitgespräch Fachbereich",
            "Erstgespräch Werkstudent/in",
        ]
    )
    cancel = ctx.chance(0.25)
    return mail(
        ctx,
        [
            f"Abgesagt: {event} mit {cand}" if cancel else f"Neuer Termin: {cand} - {event}",
            f"{'Abgesagt' if cancel else 'Neues Ereignis'}: {event} am {when(ctx, 'de')}",
        ],
        [
            "Hallo {first},",
            f"{cand} hat {'den folgenden Termin abgesagt' if cancel else 'einen neuen Termin bei Ihnen gebucht'}:",
            f"Ereignistyp: {event}\nEinladende Person: {cand}\nDatum: {when(ctx, 'de')} (Mitteleuropäische Zeit)\nOrt: [Google Meet|Microsoft Teams|Telefon - Sie rufen an|Büro {{city}}]",
            "[Antworten auf Fragen:\nWelche Position? {title}\nGehaltsvorstellung? [55|60|65].000 €|Fragen: Gibt es Parkplätze vor Ort?|]",
            ""
            if cancel
            else "[Ereignis in Ihrem Kalender ansehen|Termin verschieben oder absagen]: "
            + ctx.url(host, "scheduled_events"),
        ],
        (tool, f"[notifications|no-reply]@{host}"),
        "",
        lang="de",
        greet_p=0.0,
        form=form(ctx, "html", "alt"),
        bulk=ctx.chance(0.3),
        footer=f"Sie erhalten diese Benachrichtigung als Gastgeber/in dieses Ereignistyps bei {tool}.",
    )


@family("h5_prelude_candidate_rescheduled_interviewer", "not_job", n=H1_N)
def prelude_candidate_rescheduled_interviewer(ctx: Ctx) -> Draft:
    cand = other(ctx)
    tool, host = ctx.pick(
        [
            ("GoodTime", "goodtime.io"),
            ("Prelude", "prelude.co"),
            ("ModernLoop", "modernloop.io"),
            ("Gem Scheduling", "gem.com"),
        ]
    )
    kind = ctx.pick(["moved", "removed", "swap", "dropped"])
    lines = {
        "moved": f"The candidate asked to reschedule. Your {{title}} interview with {cand} has moved to {when(ctx)}. No action needed; the invite was updated.",
        "removed": f"You have been removed from the interview loop for {cand} ({{title}}). Another interviewer is covering your slot. Thanks for flagging the conflict.",
        "swap": f"[{{person}}|A coordinator] requested that you cover a {ctx.pick(['system design', 'values', 'hiring manager', 'case study', 'coding'])} interview for {cand} on {when(ctx)}. Accept or decline in {tool}.",
        "dropped": f"{cand} has withdrawn from the process for {{title}}. Your interview on {when(ctx)} has been cancelled and removed from your calendar.",
    }[kind]
    return mail(
        ctx,
        {
            "moved": ["Interview rescheduled: " + cand, "Updated: your interview with " + cand],
            "removed": ["You've been removed from an interview", "Interview change: " + cand],
            "swap": ["Can you cover an interview?", "Interview request: " + cand + " ({title})"],
            "dropped": [
                "Cancelled: interview with " + cand,
                "Candidate withdrew - interview cancelled",
            ],
        }[kind],
        [
            lines,
            "Your interviewer load this week: [2|3|4] of [4|5|6] interviews."
            if ctx.chance(0.4)
            else "",
            f"View in {tool}: " + ctx.url("app." + host, "interviews"),
        ],
        (f"{{co}} Interviews via {tool}", f"[notifications|no-reply]@{host}"),
        "",
        greet_p=0.6,
        form=form(ctx),
        bulk=True,
        footer=f"You're receiving this because you're an interviewer at {{co}}. [Notification settings|Manage interviewer preferences]: {ctx.url('app.' + host, 'settings')}",
    )


@family("h5_de_personio_bewerbung_stelle", "not_job", lang="de", n=H1_N)
def de_personio_bewerbung_stelle(ctx: Ctx) -> Draft:
    cand = other(ctx)
    tool, host = ctx.pick(
        [
            ("Personio", "personio.de"),
            ("Softgarden", "softgarden.io"),
            ("d.vinci", "dvinci-hr.com"),
            ("rexx systems", "rexx-systems.com"),
        ]
    )
    kind = ctx.pick(["neu", "bewerten", "status", "termin"])
    para = {
        "neu": f"für Ihre Stelle „{{title}}“ ist eine neue Bewerbung von {cand} eingegangen. Als verantwortliche Führungskraft können Sie die Unterlagen jetzt einsehen.",
        "bewerten": "[2|3|5] Bewerbungen für „{title}“ warten seit mehr als [5|7|10] Tagen auf Ihre Bewertung. Bitte geben Sie Ihre Einschätzung ab, damit wir den Bewerbenden zeitnah antworten können.",
        "status": f"{{person}} hat den Status von {cand} (Stelle: {{title}}) auf „[Zweitgespräch|Angebot|Absage]“ geändert.",
        "termin": f"ein Vorstellungsgespräch mit {cand} für „{{title}}“ wurde für {when(ctx, 'de')} angelegt. Sie sind als Teilnehmer/in eingetragen.",
    }[kind]
    return mail(
        ctx,
        {
            "neu": ["Neue Bewerbung für Ihre Stelle {title}", f"Neue Bewerbung: {cand}"],
            "bewerten": ["Erinnerung: Bewerbungen bewerten", "Offene Bewertungen für {title}"],
            "status": ["Statusänderung: " + cand, "Aktualisierung im Bewerbungsprozess {title}"],
            "termin": [
                "Neuer Interviewtermin mit " + cand,
                "Einladung zum Interview (intern): {title}",
            ],
        }[kind],
        [
            "Hallo {first}," if ctx.chance(0.6) else "Guten Tag,",
            para,
            f"Zur Bewerbung in {tool}: " + ctx.url("{slug}." + host, "recruiting"),
        ],
        (f"{tool} | {{co}}", f"[noreply|notifications]@{host}"),
        "",
        lang="de",
        greet_p=0.0,
        form=form(ctx, "html", "alt"),
        bulk=True,
        footer="Diese E-Mail wurde automatisch versendet. Benachrichtigungen können Sie in Ihrem Profil unter „Einstellungen“ anpassen.",
    )


@family("h5_fr_recruitee_mention_evaluation", "not_job", lang="fr", n=H1_N)
def fr_recruitee_mention_evaluation(ctx: Ctx) -> Draft:
    cand = other(ctx)
    tool, host = ctx.pick(
        [
            ("Recruitee", "recruitee.com"),
            ("Teamtailor", "teamtailor.com"),
            ("Flatchr", "flatchr.io"),
            ("Taleez", "taleez.com"),
        ]
    )
    kind = ctx.pick(["mention", "eval", "tache"])
    para = {
        "mention": f"{{person}} vous a mentionné·e dans une note sur le profil de {cand} ({{title}}) : « [Tu peux jeter un œil à son portfolio ?|Dispo pour un second entretien jeudi ?|Je le verrais bien dans ton équipe, ton avis ?] »",
        "eval": f"Vous avez été invité·e à évaluer {cand} pour le poste {{title}}. Merci de remplir la grille d'évaluation avant {when(ctx, 'fr')}.",
        "tache": f"Nouvelle tâche qui vous est assignée : « Appeler {cand} pour un retour » - échéance {when(ctx, 'fr')}.",
    }[kind]
    return mail(
        ctx,
        {
            "mention": ["{person} vous a mentionné·e", f"Nouvelle mention sur {cand}"],
            "eval": ["Évaluation demandée : " + cand, "Merci d'évaluer un·e candidat·e"],
            "tache": ["Nouvelle tâche assignée", "Tâche : rappeler " + cand],
        }[kind],
        [para, "Ouvrir dans " + tool + " : " + ctx.url("app." + host, "candidates")],
        (f"{tool} · {{co}}", f"[notifications|no-reply]@{host}"),
        "",
        lang="fr",
        greet_p=0.5,
        form=form(ctx, "html", "alt"),
        bulk=True,
        footer=f"Vous recevez cet e-mail en tant que membre de l'équipe de recrutement de {{co}}. Gérer les notifications : {ctx.url(host, 'settings')}",
    )


@family("h5_es_infojobs_empresa_inscritos", "not_job", lang="es", n=H1_N)
def es_infojobs_empresa_inscritos(ctx: Ctx) -> Draft:
    site, host = ctx.pick(
        [
            ("InfoJobs Empresas", "infojobs.net"),
            ("Indeed para empresas", "indeed.es"),
            ("Jobandtalent Empresas", "jobandtalent.com"),
            ("Computrabajo Empresas", "computrabajo.com"),
        ]
    )
    n = ctx.num(2, 40)
    kind = ctx.pick(["inscritos", "caduca", "factura", "filtro"])
    para = {
        "inscritos": f"Tu oferta «{{title}}» en {{city}} tiene {n} nuevos inscritos desde ayer. [{other(ctx)} cumple el 100% de los requisitos.|{ctx.num(1, n)} candidatos tienen la experiencia mínima que pediste.]",
        "caduca": "Tu oferta «{title}» caduca en [2|3|5] días. Si todavía no has cubierto la vacante, puedes renovarla con un clic sin gastar un nuevo crédito.",
        "factura": f"Ya tienes disponible la factura de tu pack de [5|10|20] ofertas. Te quedan {ctx.num(0, 9)} créditos de publicación.",
        "filtro": f"Has descartado {n} candidatos de la oferta «{{title}}». Recuerda que [puedes enviarles un mensaje de agradecimiento automático|tienes 12 candidatos pendientes de revisar].",
    }[kind]
    return mail(
        ctx,
        {
            "inscritos": [f"{n} nuevos inscritos en tu oferta", "Nuevos candidatos para «{title}»"],
            "caduca": ["Tu oferta está a punto de caducar", "Renueva tu oferta «{title}»"],
            "factura": ["Tu factura ya está disponible", f"{site}: factura y créditos"],
            "filtro": ["Resumen de tu proceso de selección", "Candidatos pendientes de revisar"],
        }[kind],
        [para, "Gestiona tus procesos: " + ctx.url("empresa." + host, "ofertas")],
        (site, f"[noreply|empresas]@{host}"),
        "",
        lang="es",
        greet_p=0.7,
        form=form(ctx, "html", "alt"),
        bulk=True,
        footer=f"Recibes este correo porque tienes una cuenta de empresa en {site}. Darte de baja: {ctx.url(host, 'baja')}",
    )


@family("h5_it_ats_nuovo_candidato_responsabile", "not_job", lang="it", n=H1_N)
def it_ats_nuovo_candidato_responsabile(ctx: Ctx) -> Draft:
    cand = other(ctx)
    tool, host = ctx.pick(
        [
            ("Workable", "workablemail.com"),
            ("InRecruiting", "inrecruiting.com"),
            ("Altamira", "altamirahrm.com"),
            ("TeamSystem HR", "teamsystem.com"),
        ]
    )
    kind = ctx.pick(["nuovo", "valuta", "colloquio"])
    para = {
        "nuovo": f"{cand} si è candidato/a alla posizione {{title}} ({{city}}). Sei il responsabile di selezione per questa posizione.",
        "valuta": f"Ti ricordiamo di inserire la tua valutazione sul colloquio con {cand}. Il team HR attende il tuo parere per procedere.",
        "colloquio": f"È stato fissato un colloquio tecnico con {cand} per {when(ctx, 'it')}. Partecipano: tu, {{person}} (HR).",
    }[kind]
    return mail(
        ctx,
        {
            "nuovo": ["Nuovo candidato per {title}", f"{cand} si è candidato"],
            "valuta": ["Promemoria: valutazione colloquio", "Valutazione in attesa - " + cand],
            "colloquio": ["Colloquio pianificato: " + cand, "Sei stato aggiunto a un colloquio"],
        }[kind],
        [para, "Apri il profilo: " + ctx.url("app." + host, "candidati")],
        (f"{{co}} - {tool}", f"[noreply|notifiche]@{host}"),
        "",
        lang="it",
        greet_p=0.6,
        form=form(ctx),
        bulk=True,
        footer="Hai ricevuto questa email perché fai parte del team di selezione di {co}.",
    )


@family("h5_nl_vacature_nieuwe_sollicitanten_werkgever", "not_job", lang="nl", n=H1_N)
def nl_vacature_nieuwe_sollicitanten_werkgever(ctx: Ctx) -> Draft:
    site, host = ctx.pick(
        [
            ("JOIN", "join.com"),
            ("Werkzoeken.nl Werkgevers", "werkzoeken.nl"),
            ("Nationale Vacaturebank Werkgevers", "nationalevacaturebank.nl"),
            ("Homerun", "homerun.co"),
        ]
    )
    n = ctx.num(1, 15)
    kind = ctx.pick(["nieuw", "verloopt", "reactie"])
    para = {
        "nieuw": f"Er {'is 1 nieuwe sollicitant' if n == 1 else f'zijn {n} nieuwe sollicitanten'} voor je vacature {{title}} in {{city}}. [{other(ctx)} past goed bij je eisen.|Bekijk de cv's en geef ze een duim omhoog of omlaag.]",
        "verloopt": "Je vacature {title} verloopt over [3|5|7] dagen. Verleng hem om sollicitanten te blijven ontvangen.",
        "reactie": f"Je hebt [{n}|een paar] sollicitanten nog geen reactie gegeven. Kandidaten waarderen snel antwoord, ook als het een afwijzing is.",
    }[kind]
    return mail(
        ctx,
        {
            "nieuw": [
                f"{n} nieuwe sollicitant(en) voor {{title}}",
                "Nieuwe sollicitatie op je vacature",
            ],
            "verloopt": ["Je vacature verloopt binnenkort", "Verleng je vacature {title}"],
            "reactie": [
                "Sollicitanten wachten op je reactie",
                "Herinnering: reageer op sollicitanten",
            ],
        }[kind],
        [para, "Naar je dashboard: " + ctx.url("werkgever." + host, "vacatures")],
        (site, f"[noreply|werkgevers]@{host}"),
        "",
        lang="nl",
        greet_p=0.6,
        form=form(ctx, "html", "alt"),
        bulk=True,
        footer=f"Je ontvangt deze e-mail omdat je een werkgeversaccount hebt bij {site}. Afmelden: {ctx.url(host, 'afmelden')}",
    )


@family("h5_de_stepstone_arbeitgeber_anzeige", "not_job", lang="de", n=H1_N)
def de_stepstone_arbeitgeber_anzeige(ctx: Ctx) -> Draft:
    site, host = ctx.pick(
        [
            ("StepStone für Arbeitgeber", "stepstone.de"),
            ("Indeed für Arbeitgeber", "indeed.de"),
            ("XING E-Recruiting", "xing.com"),
            ("karriere.at Arbeitgeber", "karriere.at"),
        ]
    )
    views, apps = ctx.num(300, 5200), ctx.num(0, 45)
    kind = ctx.pick(["bericht", "ablauf", "rechnung"])
    paras = {
        "bericht": [
            "Ihre Stellenanzeige „{title}“ ({city}) in den letzten 7 Tagen:",
            f"Aufrufe: {views}\nBewerbungen: {apps}\nMerkliste: {ctx.num(3, 90)}",
            "[Tipp: Anzeigen mit Gehaltsangabe erhalten bis zu 25 % mehr Bewerbungen.|Mit einem Upgrade auf „Premium“ erscheint Ihre Anzeige ganz oben.]",
        ],
        "ablauf": [
            "Ihre Stellenanzeige „{title}“ läuft in [3|7] Tagen ab.",
            "Wenn die Stelle noch nicht besetzt ist, können Sie die Laufzeit jetzt verlängern.",
        ],
        "rechnung": [
            f"Ihre Rechnung Nr. {ctx.num(100000, 999999)} über [1.190,00|1.785,00|2.499,00] € für die Anzeige „{{title}}“ steht zum Download bereit.",
            "Zahlungsziel: 14 Tage netto.",
        ],
    }[kind]
    return mail(
        ctx,
        {
            "bericht": ["Performance Ihrer Stellenanzeige {title}", "Ihr Wochenbericht: {title}"],
            "ablauf": ["Ihre Stellenanzeige läuft bald ab", "Anzeige verlängern: {title}"],
            "rechnung": ["Ihre Rechnung von " + site.split()[0], "Neue Rechnung verfügbar"],
        }[kind],
        [*paras, "Zum Arbeitgeberkonto: " + ctx.url("arbeitgeber." + host, "anzeigen")],
        (site, f"[noreply|arbeitgeber]@{host}"),
        "",
        lang="de",
        greet_p=0.7,
        form=form(ctx, "html", "alt"),
        bulk=True,
        footer=f"{site.split()[0]} GmbH · Sie erhalten diese E-Mail als Kunde mit Arbeitgeberkonto.",
    )


@family("h5_hm_review_queue_ats", "not_job", n=H1_N)
def hm_review_queue_ats(ctx: Ctx) -> Draft:
    tool, host = ctx.pick(
        [
            ("SmartRecruiters", "smartrecruiters.com"),
            ("iCIMS", "icims.com"),
            ("Oracle Recruiting", "oraclecloud.com"),
            ("SAP SuccessFactors", "successfactors.com"),
        ]
    )
    names = [other(ctx) for _ in range(ctx.num(2, 5))]
    listing = "\n".join(
        f"- {n} · [Screened by recruiter|Phone screen passed|Referral|Internal]" for n in names
    )
    return mail(
        ctx,
        [
            "Candidates awaiting your review: {title}",
            f"{len(names)} candidates need hiring manager review",
            "Action required: review candidates for {req}",
            "Hiring Manager Review - {title}",
        ],
        [
            "You are the hiring manager for {title} ({req}). The following candidates have been forwarded to you for review:",
            listing,
            "Please move each candidate to Interview or Reject [within 3 business days|by Friday|as soon as you can] so the recruiter can keep the process moving.",
            f"Review in {tool}: " + ctx.url(host, "hiring-manager"),
        ],
        (f"{{co}} Recruiting ({tool})", f"[noreply|notifications]@{host}"),
        "",
        greet_p=0.6,
        form=form(ctx),
        bulk=True,
        footer="This is an automated message from {co}'s recruiting system. Do not reply.",
    )


@family("h5_candidate_no_show_to_interviewer", "not_job", n=H1_N)
def candidate_no_show_to_interviewer(ctx: Ctx) -> Draft:
    cand = other(ctx)
    return mail(
        ctx,
        [
            "Candidate no-show - " + cand,
            "Re: interview with " + cand,
            "No-show today ({title})",
            "FYI: " + cand + " did not join",
        ],
        [
            ctx.pick(
                [
                    f"Quick heads-up: {cand} didn't join the {{time}} call and hasn't replied to my email or voicemail. Please don't wait on the line - you can drop off.",
                    f"Sorry for the wasted slot this morning. {cand} was a no-show; I've marked it in the ATS. No scorecard needed from you.",
                    f"{cand} emailed me at the last minute asking to reschedule (family emergency). I'll find a new time next week and send you an updated invite if you're still able to interview.",
                ]
            ),
            "[Thanks for blocking the time.|Appreciate your flexibility.|Apologies again.|]",
        ],
        ("{person}", mine(ctx, ctx.domain)),
        "{pfirst}\n[Recruiting Coordinator|Talent Acquisition|Recruiter] | {co}",
        greet_p=0.9,
        form=form(ctx, "plain", "alt"),
    )


@family("h5_pl_zatwierdzenie_wakatu", "not_job", lang="pl", n=H1_N)
def pl_zatwierdzenie_wakatu(ctx: Ctx) -> Draft:
    kind = ctx.pick(["wniosek", "zatwierdzony", "przypomnienie"])
    para = {
        "wniosek": f"{{person}} złożył(a) wniosek o otwarcie rekrutacji na stanowisko {{title}} (nr {ctx.req_id()}). Jako przełożony/a musisz go zatwierdzić lub odrzucić.",
        "zatwierdzony": "Twój wniosek rekrutacyjny na stanowisko {title} został zatwierdzony przez dział HR i finanse. Ogłoszenie zostanie opublikowane w ciągu [2|3] dni roboczych.",
        "przypomnienie": "Wniosek o zatrudnienie na stanowisko {title} czeka na Twoją akceptację od [3|5|8] dni.",
    }[kind]
    return mail(
        ctx,
        {
            "wniosek": [
                "Wniosek rekrutacyjny do akceptacji: {title}",
                "Nowy wniosek o etat - wymagana akceptacja",
            ],
            "zatwierdzony": [
                "Wniosek rekrutacyjny zatwierdzony",
                "Zatwierdzono: rekrutacja {title}",
            ],
            "przypomnienie": [
                "Przypomnienie: wniosek czeka na akceptację",
                "Oczekuje na Twoją decyzję: {title}",
            ],
        }[kind],
        [
            para,
            f"Budżet: [{ctx.num(8, 25)} 000 zł brutto/mies.|zgodny z planem na {ctx.date.year}]\nDział: [IT|Sprzedaż|Finanse|Logistyka]",
            "Przejdź do wniosku: " + ctx.url("hr.{domain}", "wnioski"),
        ],
        ("[System HR|Portal Pracownika] {co}", "[noreply|hr-system]@{domain}"),
        "",
        lang="pl",
        greet_p=0.7,
        form=form(ctx),
        footer="Wiadomość wygenerowana automatycznie. Prosimy na nią nie odpowiadać.",
    )


@family("h5_background_check_employer_portal", "not_job", n=H1_N)
def background_check_employer_portal(ctx: Ctx) -> Draft:
    cand = other(ctx)
    vendor, host = ctx.pick(
        [
            ("Checkr", "checkr.com"),
            ("HireRight", "hireright.com"),
            ("Sterling", "sterlingcheck.com"),
            ("First Advantage", "fadv.com"),
        ]
    )
    kind = ctx.pick(["complete", "consider", "pending", "invoice"])
    para = {
        "complete": f"The background report for {cand} ({{title}}) is complete. Result: Clear. You may proceed with onboarding.",
        "consider": f"The report for {cand} is complete and requires review (Consider). Before taking any adverse action, send the pre-adverse action notice from your dashboard.",
        "pending": f"The report for {cand} is delayed: a county court search is still in progress. Estimated completion: {ctx.day_phrase()}.",
        "invoice": f"Your {vendor} invoice for [October|November|last month] is ready: {ctx.num(6, 48)} reports, total ${ctx.num(300, 2900)}.00.",
    }[kind]
    return mail(
        ctx,
        {
            "complete": ["Report complete: " + cand, "Background check complete"],
            "consider": [
                "Action needed: report requires review",
                "Report ready for review - " + cand,
            ],
            "pending": ["Report delayed: " + cand, "Update on a pending report"],
            "invoice": [f"Your {vendor} invoice is ready", "Invoice available"],
        }[kind],
        [para, "Log in to your employer account: " + ctx.url("dashboard." + host, "reports")],
        (f"{vendor} for Employers", f"[noreply|employer-notifications]@{host}"),
        "",
        greet_p=0.5,
        form=form(ctx, "html", "alt"),
        bulk=True,
        footer=f"You are receiving this because you are an account user for {{co}} on {vendor}. {vendor} is a consumer reporting agency.",
    )


@family("h5_uk_right_to_work_new_starter_employer", "not_job", lang="en_gb", n=H1_N)
def uk_right_to_work_new_starter_employer(ctx: Ctx) -> Draft:
    cand = other(ctx)
    vendor, host = ctx.pick(
        [
            ("Credas", "credas.co.uk"),
            ("TrustID", "trustid.co.uk"),
            ("Yoti for Business", "yoti.com"),
            ("uCheck", "ucheck.co.uk"),
        ]
    )
    kind = ctx.pick(["done", "chase", "dbs"])
    para = {
        "done": f"{cand} has completed their digital right to work check. Result: [Pass|Pass - time-limited permission, follow-up check due in 12 months]. Please keep the PDF on the employee file.",
        "chase": f"{cand} has not yet completed the right to work check you sent on {ctx.day_phrase()}. Their start date is coming up; you may wish to chase them.",
        "dbs": f"The Basic DBS application for {cand} has been submitted to the DBS. Typical turnaround is [2-5|5-10] working days.",
    }[kind]
    return mail(
        ctx,
        {
            "done": ["Check complete: " + cand, "Right to work check completed"],
            "chase": ["Outstanding check - " + cand, "Reminder: new starter check not completed"],
            "dbs": ["DBS application submitted", "Update: DBS check for " + cand],
        }[kind],
        [para, "Open the client portal: " + ctx.url("portal." + host, "checks")],
        (vendor, f"[noreply|notifications]@{host}"),
        "",
        lang="en_gb",
        greet_p=0.6,
        form=form(ctx),
        bulk=ctx.chance(0.5),
        footer=f"This message was sent to you as an employer user of {vendor}. Registered in England and Wales.",
    )


@family("h5_in_naukri_recruiter_responses", "not_job", lang="en_in", n=H1_N)
def in_naukri_recruiter_responses(ctx: Ctx) -> Draft:
    site, host = ctx.pick(
        [
            ("Naukri Recruiter", "naukri.com"),
            ("iimjobs Recruiter", "iimjobs.com"),
            ("foundit Recruiter", "foundit.in"),
            ("Apna Employer", "apna.co"),
        ]
    )
    n = ctx.num(5, 180)
    kind = ctx.pick(["responses", "credits", "resdex"])
    para = {
        "responses": f"Your job posting '{{title}} - [{{city}}|Bengaluru|Pune|Gurugram]' has received {n} new responses. [{ctx.num(2, 20)} candidates match all your key skills.|Notice period: most applicants can join within 30 days.]",
        "credits": f"Your Resdex subscription expires in [5|7|10] days. CV views remaining: {ctx.num(0, 400)}. Kindly renew to continue searching candidates.",
        "resdex": f"{ctx.num(3, 30)} new profiles match your saved search '{{title}}, 3-6 yrs'. Contact them before other recruiters do.",
    }[kind]
    return mail(
        ctx,
        {
            "responses": [f"{n} new responses for your job posting", "New applies: {title}"],
            "credits": ["Your Resdex subscription is expiring", "Renew your recruiter plan"],
            "resdex": ["New matching profiles for your search", "Saved search alert: {title}"],
        }[kind],
        [para, "Login to recruiter account: " + ctx.url("recruit." + host, "jobs")],
        (site, f"[noreply|recruiter]@{host}"),
        "",
        lang="en_in",
        greet_p=0.7,
        form=form(ctx, "html", "alt"),
        bulk=True,
        footer=f"You are receiving this mail as a registered recruiter with {site}. To unsubscribe: {ctx.url(host, 'unsub')}",
    )


@family("h5_pt_anuncio_empresa_candidaturas", "not_job", lang="pt", n=H1_N)
def pt_anuncio_empresa_candidaturas(ctx: Ctx) -> Draft:
    site, host = ctx.pick(
        [
            ("Net-Empregos Empresas", "net-empregos.com"),
            ("SAPO Emprego", "sapo.pt"),
            ("Landing.jobs Company", "landing.jobs"),
            ("Indeed Empresas", "indeed.pt"),
        ]
    )
    n = ctx.num(2, 30)
    kind = ctx.pick(["novas", "expira", "pagamento"])
    para = {
        "novas": f"O seu anúncio «{{title}}» recebeu {n} novas candidaturas. [{other(ctx)} enviou também uma carta de apresentação.|Pode ver os CV na sua área de empresa.]",
        "expira": "O seu anúncio «{title}» expira daqui a [2|3|5] dias. Se a vaga ainda estiver em aberto, renove-o.",
        "pagamento": f"Recebemos o pagamento da referência multibanco relativo ao pacote de [3|5|10] anúncios. Fatura n.º FT {ctx.date.year}/{ctx.num(100, 9999)}.",
    }[kind]
    return mail(
        ctx,
        {
            "novas": [f"{n} novas candidaturas ao seu anúncio", "Novas candidaturas: {title}"],
            "expira": ["O seu anúncio vai expirar", "Renovar anúncio «{title}»"],
            "pagamento": ["Pagamento recebido", "Fatura disponível"],
        }[kind],
        [para, "Aceder à área de empresa: " + ctx.url("empresas." + host, "anuncios")],
        (site, f"[naoresponder|empresas]@{host}"),
        "",
        lang="pt",
        greet_p=0.7,
        form=form(ctx),
        bulk=True,
        footer=f"Recebe este email porque tem uma conta de empresa em {site}.",
    )


@family("h5_sv_platsbanken_arbetsgivare_annons", "not_job", lang="sv", n=H1_N)
def sv_platsbanken_arbetsgivare_annons(ctx: Ctx) -> Draft:
    until = when(ctx, "sv", 14, 30).split(" kl.")[0]
    kind = ctx.pick(["publicerad", "matchning", "avpublicerad"])
    para = {
        "publicerad": f"Din annons {{title}} (id {ctx.num(20000000, 29999999)}) är nu publicerad i Platsbanken och syns för arbetssökande fram till {until}.",
        "matchning": f"Vi har hittat {ctx.num(3, 40)} arbetssökande vars profil matchar din annons {{title}}. Du kan be dem söka tjänsten direkt i tjänsten Hitta kandidater.",
        "avpublicerad": "Din annons {title} har avpublicerats eftersom sista ansökningsdag har passerat. Kom ihåg att meddela de sökande när tjänsten är tillsatt.",
    }[kind]
    return mail(
        ctx,
        {
            "publicerad": ["Din annons är publicerad", "Annons publicerad: {title}"],
            "matchning": ["Kandidater som matchar din annons", "Nya matchningar för {title}"],
            "avpublicerad": ["Din annons har avpublicerats", "Annonsen {title} är avslutad"],
        }[kind],
        [para, "Logga in på Arbetsgivare: " + ctx.url("arbetsformedlingen.se", "for-arbetsgivare")],
        ("Arbetsförmedlingen", "[no-reply|arbetsgivare]@arbetsformedlingen.se"),
        "",
        lang="sv",
        greet_p=0.6,
        form=form(ctx, "html", "alt"),
        footer="Det här meddelandet går inte att svara på. Arbetsförmedlingen, 113 99 Stockholm.",
    )


@family("h5_de_kununu_arbeitgeber_bewertung", "not_job", lang="de", n=H1_N)
def de_kununu_arbeitgeber_bewertung(ctx: Ctx) -> Draft:
    site, host = ctx.pick(
        [("kununu für Arbeitgeber", "kununu.com"), ("Glassdoor for Employers", "glassdoor.com")]
    )
    stars = ctx.pick(["2,4", "3,1", "3,8", "4,2", "4,6", "1,9"])
    kind = ctx.pick(["mitarbeiter", "bewerber", "score"])
    para = {
        "mitarbeiter": f"Ihr Unternehmen {{co}} hat eine neue Mitarbeiterbewertung erhalten ({stars} Sterne). Titel: „[Gutes Team, schwaches Management|Flexible Arbeitszeiten, Gehalt ausbaufähig|Toller Zusammenhalt]“.",
        "bewerber": f"Eine Person hat ihren Bewerbungsprozess bei {{co}} bewertet ({stars} Sterne): „[Schnelle Rückmeldung, freundliche Gespräche|Nach dem Interview nie wieder etwas gehört|Professionell, aber lange Wartezeit]“.",
        "score": f"Ihr Score ist in diesem Monat auf {stars} gestiegen. Reagieren Sie auf Bewertungen, um Ihr Arbeitgeberprofil zu stärken.",
    }[kind]
    return mail(
        ctx,
        {
            "mitarbeiter": ["Neue Bewertung für Ihr Unternehmen", "{co} wurde neu bewertet"],
            "bewerber": ["Neue Bewerberbewertung für {co}", "Neue Bewertung: Bewerbungsprozess"],
            "score": ["Ihr monatlicher Arbeitgeber-Report", "Ihr Score im Überblick"],
        }[kind],
        [para, "Jetzt öffentlich antworten: " + ctx.url(host, "arbeitgeber/bewertungen")],
        (site, f"[noreply|arbeitgeber]@{host}"),
        "",
        lang="de",
        greet_p=0.6,
        form=form(ctx, "html", "alt"),
        bulk=True,
        footer="Sie erhalten diese E-Mail als Verwalter/in des Arbeitgeberprofils. Benachrichtigungen abbestellen: "
        + ctx.url(host, "abmelden"),
    )
