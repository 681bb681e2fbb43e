"""Not-job mail, session 11: the reader judges other people, outside hiring. A PhD admissions
committee, a doctoral or master's examination the reader sits on, grant and scholarship
panels, an awards jury, orchestra auditions, a volunteer programme the reader screens, journal
and conference reviewing, a pitch-contest jury, mentees asking to be matched, an intern the
reader supervises. The words are the words of selection (applicants, shortlist, interview,
scores, decision), but the reader is the one deciding.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from h1_kit import H1_N, form, mail, mine, other, when
from kit import Ctx, Draft, family


@family("h1_phd_admissions_committee", "not_job", n=H1_N)
def phd_admissions_committee(ctx: Ctx) -> Draft:
    dept = ctx.pick(
        [
            "Computer Science",
            "Chemistry",
            "Economics",
            "Neuroscience",
            "Sociology",
            "Civil Engineering",
        ]
    )
    n = ctx.num(6, 30)
    kind = ctx.num(0, 2)
    return mail(
        ctx,
        [
            [
                f"PhD admissions: {n} applications assigned to you",
                f"{dept} graduate admissions - reviewer assignments",
            ],
            [
                "Reminder: admissions scores due [Friday|Monday|this week]",
                f"Re: {dept} PhD shortlist",
            ],
            [
                "Applicant interviews - please sign up for slots",
                "Zoom interviews with shortlisted PhD applicants",
            ],
        ][kind],
        [
            [
                f"Thank you for serving on the {dept} PhD admissions committee this cycle. You have been assigned {n} applications in Slate. Please score each on research fit, preparation and letters (1-5) by [January 15|February 2|the end of the month].",
                "We still need scores for [3|5|7] of your assigned applicants before the committee meeting. The current shortlist has [28|35|41] names for about [12|15] offers.",
                "Shortlisted applicants will be interviewed over Zoom in the last two weeks of January. Please add yourself to at least three 30-minute slots in the sign-up sheet; each interview needs two faculty members.",
            ][kind],
            ctx.pick(
                [
                    "Please recuse yourself from applicants you have a conflict with.",
                    "Funding decisions follow once the Graduate School confirms the stipend lines.",
                    "",
                ]
            ),
        ],
        (
            "{person}",
            mine(
                ctx, ctx.pick(["cs.university.example", "grad.uni.example", "mail.state.example"])
            ),
        ),
        "{person}\n[Director of Graduate Admissions|Graduate Program Coordinator]\n" + dept,
        greet_p=0.9,
        form=form(ctx, "plain", "alt"),
    )


@family("h1_de_zweitgutachten_disputation", "not_job", lang="de", n=H1_N)
def de_zweitgutachten_disputation(ctx: Ctx) -> Draft:
    cand = other(ctx)
    kind = ctx.num(0, 2)
    return mail(
        ctx,
        [
            [
                "Bestellung als Zweitgutachter/in - Promotionsverfahren " + cand,
                "Anfrage Zweitgutachten",
            ],
            ["Termin der Disputation " + cand, "Einladung zur Disputation"],
            ["Erinnerung: Gutachten fällig", "Re: Gutachten zur Dissertation " + cand],
        ][kind],
        [
            [
                f"der Promotionsausschuss hat Sie in seiner Sitzung vom [12.|19.|26.] als Zweitgutachter/in für die Dissertation von {cand} bestellt. Das Exemplar erhalten Sie per Hauspost; das Gutachten erbitten wir innerhalb von acht Wochen.",
                f"die Disputation von {cand} findet am {when(ctx, 'de')} im Senatssaal statt. Als Mitglied der Prüfungskommission bitten wir Sie um Ihre Teilnahme (Dauer ca. 90 Minuten, danach nichtöffentliche Beratung).",
                f"die Frist für Ihr Gutachten zur Dissertation von {cand} ist [letzte Woche|am Freitag] abgelaufen. Könnten Sie uns kurz mitteilen, bis wann wir damit rechnen dürfen?",
            ][kind],
            ctx.pick(
                [
                    "Bitte verwenden Sie die Notenskala summa cum laude bis rite.",
                    "Bei Befangenheit bitten wir um umgehende Mitteilung.",
                    "",
                ]
            ),
        ],
        (
            "Promotionsbüro [Fakultät für Physik|Philosophische Fakultät|Fachbereich Informatik]",
            ctx.pick(["promotionsbuero@uni-example.de", "promotion@fb-informatik.example.de"]),
        ),
        "{person}\nPromotionsbüro",
        lang="de",
        greet_p=1.0,
        form="plain",
    )


@family("h1_fr_expertise_projets_anr", "not_job", lang="fr", n=H1_N)
def fr_expertise_projets_anr(ctx: Ctx) -> Draft:
    agency = ctx.pick(
        ["ANR", "Bpifrance", "la Région Occitanie", "l'ERC (panel SH2)", "la Fondation de France"]
    )
    kind = ctx.num(0, 2)
    return mail(
        ctx,
        [
            [f"Sollicitation d'expertise - {agency}", "Proposition d'évaluation d'un projet"],
            ["Rappel : rapport d'expertise attendu", "Votre évaluation est attendue"],
            ["Comité d'évaluation - convocation", "Réunion du comité de sélection"],
        ][kind],
        [
            [
                f"{agency} vous sollicite pour l'évaluation d'un projet déposé à l'appel à projets [générique|PRCE|JCJC] 202[5|6]. Merci d'accepter ou de décliner l'expertise sur la plateforme dans les 7 jours ; une déclaration d'absence de conflit d'intérêts vous sera demandée.",
                "Nous n'avons pas encore reçu votre rapport d'expertise. La date limite est fixée au [15|22|30] du mois ; passé ce délai, le projet sera confié à un autre expert.",
                f"Vous êtes convié(e) à la réunion du comité d'évaluation le {when(ctx, 'fr')} (visioconférence). Le comité classera les [24|31|46] projets et établira la liste principale et la liste complémentaire.",
            ][kind],
            ctx.pick(
                [
                    "Les informations relatives aux projets sont strictement confidentielles.",
                    "Une indemnité forfaitaire est prévue pour chaque rapport.",
                    "",
                ]
            ),
        ],
        (
            f"Évaluation {agency}",
            ctx.pick(
                ["expertise@agence-recherche.example.fr", "ne-pas-repondre@evaluation.example.fr"]
            ),
        ),
        "Le service de l'évaluation",
        lang="fr",
        greet_p=1.0,
        form=form(ctx),
    )


@family("h1_uk_awards_judging_panel", "not_job", lang="en_gb", n=H1_N)
def uk_awards_judging_panel(ctx: Ctx) -> Draft:
    award = ctx.pick(
        [
            "the Regional Business Awards",
            "the Digital Innovation Awards",
            "the Charity Times Awards",
            "the Young Engineer of the Year award",
            "the Community Champion Awards",
        ]
    )
    kind = ctx.num(0, 2)
    return mail(
        ctx,
        [
            [f"Invitation to judge {award}", "Would you join our judging panel?"],
            [
                "Your judging pack - entries now open for scoring",
                "[14|18|22] entries to score by [Friday|the 30th]",
            ],
            ["Shortlist meeting and finalist interviews", "Judging day: finalist presentations"],
        ][kind],
        [
            [
                f"We'd be delighted if you would join the judging panel for {award} this year. It's around six hours of reading in total, plus a half-day shortlisting meeting.",
                "Thank you for agreeing to judge. Your entries are now live on the judging portal; please score each against the four criteria and add a short comment.",
                f"The panel will meet to agree the shortlist on {when(ctx, 'en_gb')}, and finalists will present to the judges a fortnight later. Lunch will be provided.",
            ][kind],
            ctx.pick(
                [
                    "Please declare any conflicts of interest before you start scoring.",
                    "Judges are welcome to bring a guest to the awards dinner.",
                    "",
                ]
            ),
        ],
        (
            "{person}",
            mine(ctx, ctx.pick(["awards-events.example.co.uk", "chamber.example.org.uk"])),
        ),
        "{person}\n[Awards Manager|Head of Events]",
        lang="en_gb",
        greet_p=1.0,
        form=form(ctx, "plain", "alt"),
    )


@family("h1_it_commissione_audizioni_orchestra", "not_job", lang="it", n=H1_N)
def it_commissione_audizioni_orchestra(ctx: Ctx) -> Draft:
    kind = ctx.num(0, 2)
    instrument = ctx.pick(["violino di fila", "viola", "primo corno", "contrabbasso", "oboe"])
    return mail(
        ctx,
        [
            [f"Commissione audizioni {instrument}", "Nomina in commissione giudicatrice"],
            ["Calendario delle audizioni", f"Audizioni {instrument}: elenco candidati ammessi"],
            ["Verbale e graduatoria finale", "Re: graduatoria audizioni"],
        ][kind],
        [
            [
                f"La informiamo che è stato/a nominato/a membro della commissione giudicatrice per le audizioni di {instrument} della nostra Orchestra. Le prove si svolgeranno dietro sipario.",
                f"Le audizioni inizieranno {when(ctx, 'it')}. Sono stati ammessi [18|24|31] candidati; troverà in allegato l'elenco e il programma delle prove eliminatorie.",
                "In allegato il verbale da firmare e la graduatoria finale. Il primo idoneo sarà contattato dalla segreteria artistica entro la settimana.",
            ][kind],
            ctx.pick(
                [
                    "Le ricordiamo che i commissari non possono avere rapporti didattici con i candidati.",
                    "Il gettone di presenza verrà liquidato con il rimborso spese.",
                    "",
                ]
            ),
        ],
        (
            "Segreteria artistica",
            ctx.pick(["segreteria.artistica@orchestra-example.it", "audizioni@teatro-example.it"]),
        ),
        "{person}\nSegreteria artistica",
        lang="it",
        greet_p=1.0,
        form=form(ctx, "plain", "alt"),
    )


@family("h1_volunteer_applications_coordinator", "not_job", n=H1_N)
def volunteer_applications_coordinator(ctx: Ctx) -> Draft:
    tool, host = ctx.pick(
        [
            ("Better Impact", "betterimpact.com"),
            ("VolunteerHub", "volunteerhub.com"),
            ("Rosterfy", "rosterfy.com"),
            ("Galaxy Digital", "galaxydigital.com"),
        ]
    )
    vol = other(ctx)
    opp = ctx.pick(
        [
            "Food Bank Sorting",
            "Youth Mentor",
            "Hospice Companion",
            "Trail Maintenance",
            "Front Desk Greeter",
        ]
    )
    kind = ctx.num(0, 2)
    return mail(
        ctx,
        [
            [f"New volunteer application: {vol}", f"{vol} applied for {opp}"],
            ["Background check completed", f"Screening complete: {vol}"],
            ["[3|5|9] applications waiting for your review", "Weekly coordinator digest"],
        ][kind],
        [
            [
                f"{vol} has applied for the {opp} opportunity. As coordinator, please review the application and schedule a screening call.",
                f"The background check for {vol} ({opp}) has come back clear. You can now approve them and assign an orientation session.",
                f"Applications for {opp} are waiting for a coordinator decision. Applicants not contacted within 14 days receive an automatic reminder.",
            ][kind],
            f"[Review in {tool}|Open dashboard]: {ctx.url('app.' + host, 'admin')}",
        ],
        (
            f"{tool} for [Riverside Food Bank|Hope Hospice|City Parks Trust|Big Brothers Big Sisters]",
            f"[noreply|notifications]@{host}",
        ),
        "",
        greet_p=0.6,
        form=form(ctx, "html", "alt"),
        bulk=True,
    )


@family("h1_es_tribunal_tfm", "not_job", lang="es", n=H1_N)
def es_tribunal_tfm(ctx: Ctx) -> Draft:
    alum = other(ctx)
    kind = ctx.num(0, 2)
    return mail(
        ctx,
        [
            [
                "Nombramiento como vocal de tribunal TFM",
                "Composición de tribunales - convocatoria de [junio|julio|septiembre]",
            ],
            ["Defensa TFM " + alum, "Calendario de defensas"],
            ["Actas de calificación pendientes", "RE: notas tribunal TFM"],
        ][kind],
        [
            [
                "la Comisión Académica del Máster le ha nombrado vocal del tribunal de evaluación de Trabajos Fin de Máster en la próxima convocatoria. Le corresponden [4|5|6] trabajos.",
                f"le recordamos que la defensa del TFM de {alum} será el {when(ctx, 'es')} en el aula [2.04|Magna|B12]. Cada estudiante dispone de 20 minutos de exposición y 10 de preguntas del tribunal.",
                "faltan por firmar las actas de calificación de su tribunal. Recuerde que la matrícula de honor requiere unanimidad.",
            ][kind],
            ctx.pick(
                [
                    "Los trabajos están disponibles en el Campus Virtual.",
                    "",
                    "Si existiera causa de abstención, comuníquelo a la secretaría.",
                ]
            ),
        ],
        (
            "Secretaría del Máster",
            ctx.pick(["master.secretaria@uni-example.es", "posgrado@facultad.example.es"]),
        ),
        "Secretaría del Máster",
        lang="es",
        greet_p=1.0,
        form="plain",
    )


@family("h1_pt_banca_examinadora", "not_job", lang="pt", n=H1_N)
def pt_banca_examinadora(ctx: Ctx) -> Draft:
    aluno = other(ctx)
    nivel = ctx.pick(["mestrado", "doutorado", "qualificação de doutorado"])
    return mail(
        ctx,
        [
            f"Convite para banca de {nivel} - {aluno}",
            "Convite: banca examinadora",
            f"Defesa de {nivel} - confirmação de data",
            "Re: convite banca",
        ],
        [
            ctx.pick(
                [
                    f'Tenho a satisfação de convidá-lo(a) a participar, como membro externo, da banca examinadora de {nivel} de {aluno}, intitulada "[Modelos de previsão de demanda hídrica|Redes neurais para diagnóstico precoce|Políticas públicas de habitação em São Paulo]".',
                    f"A defesa de {aluno} está prevista para {when(ctx, 'pt')}, em formato híbrido. O texto final será enviado com 30 dias de antecedência.",
                ]
            ),
            ctx.pick(
                [
                    "O programa cobre passagens e diárias para membros externos.",
                    "Peço a gentileza de confirmar sua disponibilidade até sexta-feira.",
                    "",
                ]
            ),
        ],
        (
            "Prof. {person}",
            mine(ctx, ctx.pick(["usp.example.br", "unicamp.example.br", "ufmg.example.br"])),
        ),
        "Prof. {person}\nOrientador(a) - Programa de Pós-Graduação",
        lang="pt",
        greet_p=1.0,
        form="plain",
    )


@family("h1_pl_zaproszenie_do_recenzji", "not_job", lang="pl", n=H1_N)
def pl_zaproszenie_do_recenzji(ctx: Ctx) -> Draft:
    journal = ctx.pick(
        ["Przegląd Socjologiczny", "Studia Regionalne", "Ekonomista", "Kwartalnik Historyczny"]
    )
    kind = ctx.num(0, 1)
    return mail(
        ctx,
        [
            [f"Zaproszenie do recenzji - {journal}", "Prośba o recenzję artykułu"],
            ["Przypomnienie: termin recenzji", f"{journal}: recenzja oczekuje"],
        ][kind],
        [
            [
                f"Redakcja czasopisma „{journal}” zwraca się z uprzejmą prośbą o przygotowanie recenzji artykułu pt. „[Rynek pracy w miastach średnich|Migracje powrotne po 2004 roku|Polityka mieszkaniowa gmin]”. Recenzja ma charakter double-blind; prosimy o odpowiedź w ciągu 7 dni.",
                "Uprzejmie przypominamy, że termin nadesłania recenzji mija za [3|5|7] dni. Formularz recenzji jest dostępny w systemie redakcyjnym.",
            ][kind],
            ctx.pick(
                [
                    "Zaakceptuj lub odrzuć zaproszenie w systemie.",
                    "Dziękujemy za wsparcie czasopisma.",
                    "",
                ]
            ),
        ],
        (
            f"Redakcja {journal}",
            ctx.pick(["redakcja@czasopismo.example.pl", "noreply@journals.example.pl"]),
        ),
        "Sekretarz Redakcji\n{person}",
        lang="pl",
        greet_p=1.0,
        form=form(ctx, "plain", "html"),
    )


@family("h1_sv_pitchtavling_jury", "not_job", lang="sv", n=H1_N)
def sv_pitchtavling_jury(ctx: Ctx) -> Draft:
    contest = ctx.pick(
        ["Venture Cup", "Startup Battle Göteborg", "Innovationspriset", "Uppsala Pitch Night"]
    )
    kind = ctx.num(0, 2)
    return mail(
        ctx,
        [
            [f"Vill du sitta i juryn för {contest}?", f"Jury {contest} 202[5|6]"],
            ["Bidragen är klara för bedömning", f"{contest}: [12|16|20] ansökningar att läsa"],
            ["Finalen - schema för juryn", "Re: juryns överläggning"],
        ][kind],
        [
            [
                f"Vi söker jurymedlemmar till {contest} och tänkte direkt på dig. Juryn läser ansökningar, väljer ut finalister och bedömer pitcharna på finalkvällen.",
                "Nu ligger alla ansökningar uppe i bedömningsverktyget. Poängsätt varje bidrag på affärsidé, team och genomförbarhet senast på fredag.",
                f"Finalen är {when(ctx, 'sv')}. Juryn samlas en timme innan för genomgång, och efter pitcharna har vi 30 minuters överläggning innan vinnaren utses.",
            ][kind],
            ctx.pick(
                ["Säg till om du har jäv mot något av bolagen.", "Middag för juryn efteråt!", ""]
            ),
        ],
        (
            "{person}",
            mine(ctx, ctx.pick(["venturecup.example.se", "innovation.example.se", "gmail.com"])),
        ),
        "{person}\n[Projektledare|Programansvarig], " + contest,
        lang="sv",
        greet_p=1.0,
        form=form(ctx, "plain", "alt"),
    )


@family("h1_in_scholarship_selection_committee", "not_job", lang="en_in", n=H1_N)
def in_scholarship_selection_committee(ctx: Ctx) -> Draft:
    trust = ctx.pick(
        [
            "the Tata Education Trust",
            "Rotary Club of Pune West",
            "the Alumni Association",
            "the Sitaram Memorial Foundation",
        ]
    )
    kind = ctx.num(0, 2)
    return mail(
        ctx,
        [
            [
                "Scholarship selection committee - applications for review",
                f"{trust}: merit-cum-means scholarship 202[5|6]",
            ],
            ["Interview panel for shortlisted students", "Scholarship interviews - your slot"],
            ["Final list of awardees - for your approval", "Re: scholarship committee minutes"],
        ][kind],
        [
            [
                f"Kindly find attached the [46|62|85] applications received for {trust} scholarship this year. As a committee member, please mark your top [10|15] and send it to me by [Saturday|Monday].",
                f"The shortlisted students will be interviewed on {when(ctx, 'en_in')} at the trust office. You are on panel [A|B] with {{person}}; each student gets 15 minutes.",
                "Please find attached the final list of awardees as discussed in the meeting. Kindly give your approval on mail so that we can release the cheques.",
            ][kind],
            ctx.pick(
                [
                    "Income certificates have been verified by the office.",
                    "Please keep the applicant details confidential.",
                    "",
                ]
            ),
        ],
        (
            "{person}",
            mine(
                ctx,
                ctx.pick(["gmail.com", "yahoo.co.in", "rediffmail.com", "trust.example.org.in"]),
            ),
        ),
        "{person}\n[Hon. Secretary|Trustee|Convenor, Scholarship Committee]",
        lang="en_in",
        greet_p=1.0,
        form="plain",
    )


@family("h1_mentor_platform_mentee_requests", "not_job", n=H1_N)
def mentor_platform_mentee_requests(ctx: Ctx) -> Draft:
    site, host = ctx.pick(
        [
            ("ADPList", "adplist.org"),
            ("MentorCruise", "mentorcruise.com"),
            ("Women Who Code Mentorship", "womenwhocode.com"),
            ("Alumni Mentoring Network", "alumni.example.edu"),
        ]
    )
    mentee = other(ctx)
    kind = ctx.num(0, 2)
    return mail(
        ctx,
        [
            [f"{mentee} wants you as their mentor", "New mentorship request"],
            [f"Session booked: {mentee}", "You have a new session"],
            ["[3|4|6] mentees applied to your programme", "Review your mentee applications"],
        ][kind],
        [
            [
                f'{mentee} sent you a mentorship request: "I\'m preparing for interviews for {{title}} roles and would love your advice on my portfolio." Accept or decline within 7 days.',
                f"{mentee} booked a 30-minute session with you {when(ctx, 'en')}. Topic: [career change|resume review|interview practice|salary negotiation].",
                "People have applied to join your mentoring cohort. Review their applications and accept up to [3|5] mentees before the cohort starts.",
            ][kind],
            f"[Respond|View request|Open dashboard]: {ctx.url(host, 'mentor')}",
        ],
        (site, f"[hello|noreply|notifications]@{host}"),
        "",
        greet_p=0.8,
        form=form(ctx, "html", "alt"),
        bulk=True,
    )


@family("h1_nl_stagebegeleider_beoordeling", "not_job", lang="nl", n=H1_N)
def nl_stagebegeleider_beoordeling(ctx: Ctx) -> Draft:
    student = other(ctx)
    school = ctx.pick(["Hogeschool Utrecht", "ROC Midden Nederland", "Hanzehogeschool", "Fontys"])
    kind = ctx.num(0, 2)
    return mail(
        ctx,
        [
            [f"Beoordeling stagiair {student}", "Beoordelingsformulier praktijkbegeleider"],
            ["Tussentijds evaluatiegesprek stage", f"Stagebezoek {student}"],
            [
                "Aanmeldingen stageplaats - wie wil je spreken?",
                "[3|4|5] studenten hebben gereageerd op jullie stageplek",
            ],
        ][kind],
        [
            [
                f"Als praktijkbegeleider van {student} vragen we je het beoordelingsformulier in te vullen vóór het einde van de stageperiode. De docent gebruikt jouw oordeel voor het eindcijfer.",
                f"Ik kom graag langs voor het tussentijdse evaluatiegesprek met {student} en jou, {when(ctx, 'nl')}. Past dat?",
                f"Via het stageportaal van {school} hebben studenten gereageerd op de stageplek in jouw team. Wil je aangeven met wie je een kennismakingsgesprek wilt?",
            ][kind],
            ctx.pick(["Alvast bedankt voor je begeleiding!", "", "Vragen? Bel het stagebureau."]),
        ],
        (
            "{person} | " + school,
            mine(ctx, ctx.pick(["hu.example.nl", "rocmn.example.nl", "stagebureau.example.nl"])),
        ),
        "{person}\nStagedocent " + school,
        lang="nl",
        greet_p=1.0,
        form=form(ctx, "plain", "alt"),
    )


@family("h1_conference_pc_reviewing", "not_job", n=H1_N)
def conference_pc_reviewing(ctx: Ctx) -> Draft:
    conf = ctx.pick(
        ["ICSE 2026", "CHI 2026", "EMNLP 2025", "PyCon US", "KubeCon EU", "SIGMOD 2026"]
    )
    sys_name, host = ctx.pick(
        [
            ("EasyChair", "easychair.org"),
            ("HotCRP", "hotcrp.com"),
            ("OpenReview", "openreview.net"),
            ("Sessionize", "sessionize.com"),
        ]
    )
    kind = ctx.num(0, 2)
    return mail(
        ctx,
        [
            [f"[{conf}] Paper assignments", f"{conf} PC: your review assignments"],
            [f"[{conf}] Reviews due in 3 days", "Reminder: [2|3] reviews outstanding"],
            [f"[{conf}] Discussion phase open", f"{conf}: PC meeting and decisions"],
        ][kind],
        [
            [
                f"[Dear PC member,|Dear reviewer,|Hello,] [you have been assigned|the chairs have assigned you] [4|6|8] submissions for {conf}[ (research track)| (short papers)|]. Please [enter your reviews by the deadline|submit your reviews by the deadline shown on your home page] and [flag any conflicts immediately|tell us at once if you have a conflict with any of them].",
                "[You still have reviews outstanding.|Our records show [1|2|3] of your reviews are not yet submitted.|A gentle reminder that reviews close [on Sunday AoE|in 72 hours|this Friday].] [Late reviews delay author notifications for everyone.|If you cannot finish, please tell us so we can find an emergency reviewer.|Please also check that your scores match your written comments.]",
                "[The discussion phase is now open.|Author responses are in and discussion has started.|Reviews are complete; we are moving to the online discussion.] Please read the other reviews of your papers and [converge on accept/reject recommendations before the PC meeting|post at least one comment on each paper where scores disagree|update your score if the rebuttal changed your mind].",
            ][kind],
            f"{sys_name}: {ctx.url(host, 'review')}",
        ],
        (f"{conf} PC Chairs", f"[noreply|chairs]@{host}"),
        f"{conf} Program Chairs",
        greet_p=0.0,
        form="plain",
        bulk=ctx.chance(0.5),
    )
