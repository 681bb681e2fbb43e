"""Hard negatives, session 10: the careers industry's mail to everyone on its list.

AI resume and cover-letter builders, mock-interview platforms, career fairs and hiring events,
agencies' "hot jobs this week" and employers' talent newsletters ("life at X"); more of it in
fam_o4_services2.py. Hiring words throughout (interview, recruiter, apply, offer, hiring), yet
none is about an application the reader made: not_job.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, family
from o3_kit import date_x, when_x
from o4_kit import O4_N, REGION_LANG, bye, cards, city, firm, foot, mail, role
from zf_kit import logo, view_in_browser, weekday_future


@family("o4_ai_resume_cover_letter_builder", "not_job", lang="multi", n=O4_N)
def ai_resume_builder(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "de", "es", "fr", "pt"])
    app, host = ctx.pick(
        [
            ("Resumely", "resumely.example"),
            ("CVgenius", "cvgenius.example"),
            ("Kickresume", "kickresume.example"),
            ("Teal", "tealhq.example"),
        ]
    )
    stage = ctx.pick(["launch", "abandoned", "score", "sale"])
    text = {
        "en": {
            "launch": (
                [
                    "New: write a cover letter in 30 seconds with AI",
                    "Meet your AI cover letter writer",
                ],
                "Paste any job description and our AI writes a tailored cover letter that matches your resume. Recruiters spend 7 seconds on a CV - make them count.",
                "Try it free",
            ),
            "abandoned": (
                [
                    "You left your resume unfinished",
                    f"{ctx.cand_first}, your resume is {ctx.num(40, 85)}% done",
                ],
                "Your resume draft is saved. Finish it in a few minutes and download it as a PDF, ready to send to employers.",
                "Finish my resume",
            ),
            "score": (
                ["Your resume scored 62/100 - here's how to fix it", "Is your CV ATS-friendly?"],
                f"We scanned your resume against {ctx.num(200, 900)} job descriptions. Add measurable achievements and the right keywords to pass applicant tracking systems.",
                "See my full report",
            ),
            "sale": (
                ["48h only: 60% off Pro", "Black Friday: all templates unlocked"],
                "Unlimited resumes, cover letters and the interview question generator. Offer ends Sunday at midnight.",
                "Claim the discount",
            ),
        },
        "de": {
            "launch": (
                ["Neu: Anschreiben mit KI in 30 Sekunden", "Ihr KI-Assistent für Bewerbungen"],
                "Fügen Sie eine Stellenanzeige ein und unsere KI schreibt ein passendes Anschreiben zu Ihrem Lebenslauf.",
                "Kostenlos testen",
            ),
            "abandoned": (
                [
                    "Ihr Lebenslauf ist noch nicht fertig",
                    f"{ctx.cand_first}, Ihr Lebenslauf ist zu {ctx.num(40, 85)} % fertig",
                ],
                "Ihr Entwurf ist gespeichert. Stellen Sie ihn in wenigen Minuten fertig und laden Sie ihn als PDF herunter.",
                "Lebenslauf fertigstellen",
            ),
            "score": (
                ["Ist Ihr Lebenslauf ATS-tauglich?", "Ihr CV-Check: 58 von 100 Punkten"],
                "Wir haben Ihren Lebenslauf mit Hunderten Stellenanzeigen verglichen. Mit den richtigen Schlüsselwörtern kommen Sie durch Bewerbermanagementsysteme.",
                "Bericht ansehen",
            ),
            "sale": (
                ["Nur 48 Stunden: 60 % Rabatt auf Pro", "Black Week: alle Vorlagen freigeschaltet"],
                "Unbegrenzt Lebensläufe und Anschreiben erstellen. Das Angebot endet am Sonntag.",
                "Rabatt sichern",
            ),
        },
        "es": {
            "launch": (
                ["Nuevo: tu carta de presentación con IA en 30 segundos"],
                "Pega cualquier oferta y nuestra IA redacta una carta de presentación adaptada a tu CV.",
                "Pruébalo gratis",
            ),
            "abandoned": (
                ["Tu CV está a medias", f"{ctx.cand_first}, tu CV está al {ctx.num(40, 85)} %"],
                "Tu borrador está guardado. Termínalo en unos minutos y descárgalo en PDF.",
                "Terminar mi CV",
            ),
            "score": (
                ["¿Tu CV supera los filtros ATS?"],
                "Analizamos tu CV frente a cientos de ofertas: añade logros medibles y palabras clave.",
                "Ver mi informe",
            ),
            "sale": (
                ["Solo 48 h: 60 % de descuento en Pro"],
                "CV y cartas ilimitadas. La oferta termina el domingo.",
                "Aprovechar la oferta",
            ),
        },
        "fr": {
            "launch": (
                ["Nouveau : votre lettre de motivation générée par l'IA"],
                "Collez une offre d'emploi et notre IA rédige une lettre de motivation adaptée à votre CV.",
                "Essayer gratuitement",
            ),
            "abandoned": (
                [
                    "Votre CV n'est pas terminé",
                    f"{ctx.cand_first}, votre CV est complet à {ctx.num(40, 85)} %",
                ],
                "Votre brouillon est enregistré. Terminez-le en quelques minutes et téléchargez-le en PDF.",
                "Terminer mon CV",
            ),
            "score": (
                ["Votre CV passe-t-il les logiciels de recrutement ?"],
                "Nous avons comparé votre CV à des centaines d'offres : ajoutez des résultats chiffrés et les bons mots-clés.",
                "Voir mon rapport",
            ),
            "sale": (
                ["48 h seulement : -60 % sur Pro"],
                "CV et lettres illimités. L'offre se termine dimanche.",
                "J'en profite",
            ),
        },
        "pt": {
            "launch": (
                ["Novo: carta de apresentação com IA em 30 segundos"],
                "Cole qualquer vaga e a nossa IA escreve uma carta de apresentação sob medida para o seu currículo.",
                "Testar grátis",
            ),
            "abandoned": (
                ["Seu currículo ficou pela metade"],
                "Seu rascunho está salvo. Termine em poucos minutos e baixe em PDF.",
                "Terminar currículo",
            ),
            "score": (
                ["Seu currículo passa nos filtros ATS?"],
                "Comparamos seu currículo com centenas de vagas: inclua resultados e palavras-chave.",
                "Ver relatório",
            ),
            "sale": (
                ["Só 48h: 60% de desconto no Pro"],
                "Currículos e cartas ilimitados. A oferta acaba no domingo.",
                "Quero o desconto",
            ),
        },
    }[lang][stage]
    return mail(
        ctx,
        text[0],
        [text[1], f"{text[2]} → {ctx.url(host, 'app')}", foot(ctx, app, host, lang, alert=False)],
        (app, f"{ctx.pick(['hello', 'team', 'news'])}@{host}"),
        ctx.pick(["", f"— {ctx.person_first}, {app}", f"The {app} team"]) if lang == "en" else "",
        lang=lang,
        greet_p=0.7,
        bulk=True,
        top=ctx.pick(["", logo(app, ctx)]),
        form=ctx.pick(["alt", "html"]),
    )


@family("o4_mock_interview_practice_platform", "not_job", lang="en_in", n=O4_N)
def mock_interview(ctx: Ctx) -> Draft:
    app, host = ctx.pick(
        [
            ("Pramp", "pramp.example"),
            ("InterviewBuddy", "interviewbuddy.example"),
            ("PrepSpace", "prepspace.example"),
            ("Scaler Mock", "scaler.example"),
        ]
    )
    topic = ctx.pick(
        ["system design", "DSA", "behavioural", "SQL", "product sense", "case interview"]
    )
    stage = ctx.pick(["booked", "reminder", "feedback", "promo", "cohort"])
    subj, para = {
        "booked": (
            [f"Your {topic} practice session is booked", "Peer mock interview confirmed"],
            f"You're paired with a peer for a {topic} practice session on {when_x(ctx)}. You'll each take turns as interviewer and candidate. This is practice only - no company sees it.",
        ),
        "reminder": (
            [f"Starting in 1 hour: {topic} mock interview", "Your practice partner is waiting"],
            f"Your {topic} practice session starts in one hour. Join from your dashboard and keep a notepad ready.",
        ),
        "feedback": (
            ["Your peer left feedback on your mock interview", "How did your practice session go?"],
            f"Your practice partner rated your {topic} session {ctx.num(3, 5)}/5: clear communication, could structure trade-offs better. Book another session to keep improving.",
        ),
        "promo": (
            [
                f"Crack your next {topic} round: 3 free mock interviews",
                "FAANG-style mock interviews with real engineers",
            ],
            f"Practise with interviewers from top product companies. Detailed feedback after every {topic} mock. First session free this week only.",
        ),
        "cohort": (
            [
                "New cohort starts Monday: interview prep bootcamp",
                f"Last {ctx.num(3, 12)} seats: {topic} masterclass",
            ],
            f"{ctx.num(6, 12)} weeks of live classes, weekly mock interviews and placement support. EMI options available from ₹{ctx.num(2, 9)},999/month.",
        ),
    }[stage]
    return mail(
        ctx,
        subj,
        [
            para,
            f"{ctx.pick(['Go to dashboard', 'Book a session', 'Reserve my seat', 'Join now'])}: {ctx.url(host, 'dashboard')}",
            foot(ctx, app, host, "en", alert=False),
        ],
        (app, f"{ctx.pick(['team', 'sessions', 'noreply'])}@{host}"),
        ctx.pick(["", f"Team {app}", f"Cheers,\n{ctx.person_first} from {app}"]),
        greet_p=0.8,
        bulk=stage in ("promo", "cohort"),
    )


@family("o4_career_fair_hiring_event_announcements", "not_job", lang="multi", n=O4_N)
def career_fair(ctx: Ctx) -> Draft:
    region = ctx.pick(["de", "fr", "es", "nl", "uk", "us", "it"])
    lang = REGION_LANG[region]
    place = city(ctx, region)
    day = date_x(ctx, weekday_future(ctx, 5, 40), lang)
    k = ctx.num(25, 180)
    firms = ", ".join(dict.fromkeys(firm(ctx, region) for _ in range(4)))  # ordered, unlike a set
    text = {
        "en": (
            [
                f"Career fair in {place}: {k}+ employers hiring",
                f"Hiring event on {day} - free entry",
                "You're invited: Virtual Career Fair",
            ],
            f"Meet recruiters from {k}+ employers at our career fair on {day} in {place}. Bring copies of your CV - some employers hold on-the-spot interviews. Exhibitors include {firms}.",
            "Register for free",
        ),
        "de": (
            [
                f"Jobmesse {place}: über {k} Arbeitgeber vor Ort",
                f"Karrieretag am {day}",
                "Einladung: Virtuelle Jobmesse",
            ],
            f"Lernen Sie auf der Jobmesse am {day} in {place} über {k} Arbeitgeber kennen, darunter {firms}. Bringen Sie Ihre Bewerbungsunterlagen mit – kostenloser Bewerbungsmappen-Check und Bewerbungsfotos vor Ort.",
            "Kostenlos anmelden",
        ),
        "fr": (
            [
                f"Salon de l'emploi à {place} : {k} recruteurs",
                f"Forum emploi le {day}",
                "Invitation : job dating",
            ],
            f"Rencontrez {k} entreprises qui recrutent lors du forum emploi du {day} à {place}, dont {firms}. Venez avec votre CV : des entretiens flash sont organisés sur place.",
            "Je m'inscris",
        ),
        "es": (
            [f"Feria de empleo en {place}: {k} empresas", f"Jornada de empleo el {day}"],
            f"El {day} se celebra en {place} la feria de empleo con {k} empresas, entre ellas {firms}. Trae tu CV impreso: algunas empresas harán entrevistas allí mismo.",
            "Inscríbete gratis",
        ),
        "nl": (
            [f"Banenmarkt {place}: {k} werkgevers", f"Carrièrebeurs op {day}"],
            f"Ontmoet {k} werkgevers op de banenmarkt van {day} in {place}, waaronder {firms}. Neem je cv mee; er zijn speeddates met recruiters.",
            "Meld je gratis aan",
        ),
        "it": (
            [f"Career day a {place}: {k} aziende", f"Fiera del lavoro il {day}"],
            f"Il {day} a {place} incontra {k} aziende che assumono, tra cui {firms}. Porta il tuo CV: alcune aziende faranno colloqui sul posto.",
            "Iscriviti gratis",
        ),
    }[lang]
    org = ctx.pick(
        [
            "JobFair Europe",
            "Karriere Forum",
            {
                "de": "Stadt ",
                "fr": "Ville de ",
                "es": "Ayuntamiento de ",
                "it": "Comune di ",
                "nl": "Gemeente ",
            }.get(lang, "City of ")
            + place.split(",")[0],
            "Career Events Co",
            "Forum Emploi",
        ]
    )
    return mail(
        ctx,
        text[0],
        [
            text[1],
            f"{text[2]}: {ctx.url('careerevents.example', 'register')}",
            foot(ctx, org, "careerevents.example", lang, alert=False),
        ],
        (
            org,
            ctx.pick(
                [
                    "events@careerevents.example",
                    "info@careerevents.example",
                    "newsletter@careerevents.example",
                ]
            ),
        ),
        "",
        lang=lang,
        greet_p=0.6,
        bulk=True,
        top=ctx.pick(["", view_in_browser(ctx, "careerevents.example", lang)]),
        form=ctx.pick(["alt", "html", "plain"]),
    )


@family("o4_agency_hot_jobs_weekly", "not_job", lang="multi", n=O4_N)
def agency_hot_jobs(ctx: Ctx) -> Draft:
    region = ctx.pick(["uk", "uk", "nl", "de", "au", "in"])
    lang = REGION_LANG[region]
    agency, host = ctx.pick(
        [
            ("Hays", "hays.example"),
            ("Randstad", "randstad.example"),
            ("Brook Street", "brookstreet.example"),
            ("Tempo-Team", "tempo-team.example"),
            ("Adecco", "adecco.example"),
            ("Michael Page", "michaelpage.example"),
        ]
    )
    text = {
        "en": (
            [
                f"Hot jobs this week in {city(ctx, region).split(',')[0]}",
                "This week's top vacancies",
                "Hot jobs 🔥 apply today",
                f"{agency} Jobs Bulletin",
            ],
            "Here are this week's hottest vacancies from our consultants. Interested? Reply with your updated CV or apply online.",
            "Know someone looking? Refer a friend and earn a referral bonus when they're placed.",
        ),
        "nl": (
            [
                "Toppers van de week: nieuwe vacatures",
                f"Deze week {ctx.num(10, 80)} nieuwe vacatures bij {agency}",
            ],
            "Dit zijn de populairste vacatures van deze week. Interesse? Reageer met je cv of solliciteer online.",
            "Ken je iemand die werk zoekt? Tip een vriend en ontvang een bedankje.",
        ),
        "de": (
            ["Top-Jobs der Woche", f"Neue Jobs bei {agency} – diese Woche"],
            "Hier sind die gefragtesten Stellen dieser Woche aus unserer Vermittlung. Interesse? Antworten Sie einfach mit Ihrem aktuellen Lebenslauf.",
            "Freunde werben: 250 € Prämie bei erfolgreicher Vermittlung.",
        ),
    }[lang]
    return mail(
        ctx,
        text[0],
        [
            text[1],
            cards(ctx, region, host, 4, 8),
            text[2],
            foot(ctx, agency, host, lang, alert=False),
        ],
        (
            f"{agency} {ctx.pick(['Jobs', 'Recruitment', city(ctx, region).split(',')[0]])}",
            f"{ctx.pick(['jobs', 'newsletter', 'bulletin'])}@{host}",
        ),
        ctx.pick(["", f"{agency}", bye(ctx, lang, f"{{person}}\nConsultant, {agency}")]),
        lang=lang,
        greet_p=0.7,
        bulk=True,
        form=ctx.pick(["alt", "html"]),
    )


@family("o4_employer_talent_newsletter_life_at", "not_job", lang="multi", n=O4_N)
def talent_newsletter(ctx: Ctx) -> Draft:
    region = ctx.pick(["uk", "us", "de", "fr", "nl", "sv"])
    lang = REGION_LANG[region]
    co = firm(ctx, region)
    host = "careers." + "".join(c for c in co.lower().split()[0] if c.isalpha()) + ".example"
    text = {
        "en": (
            [
                f"Life at {co}: {ctx.pick(['our new office', 'meet the data team', 'hackathon recap', 'a day in the life'])}",
                f"We're hiring across teams at {co}",
                f"{co} Careers newsletter",
            ],
            f"Thanks for joining the {co} talent community. This month: {ctx.pick(['a look inside our engineering hackathon', 'how our nurses shape patient care', 'our new parental leave policy', 'stories from our graduate programme'])}, and the teams that are growing.",
            "Open roles this month",
        ),
        "de": (
            [f"Einblicke: Arbeiten bei {co}", f"{co} wächst – wir stellen in vielen Teams ein"],
            f"Danke, dass Sie Teil unseres Talent-Netzwerks sind. Diesen Monat: {ctx.pick(['ein Tag im Leben unserer Azubis', 'unser neues Büro in Leipzig', 'Nachhaltigkeit bei uns'])} und die Teams, die gerade wachsen.",
            "Aktuelle Stellen",
        ),
        "fr": (
            [f"La vie chez {co}", f"{co} recrute dans toutes ses équipes"],
            f"Merci de faire partie de notre communauté de talents. Ce mois-ci : {ctx.pick(['les coulisses de notre hackathon', 'rencontre avec nos alternants', 'notre nouvelle politique de télétravail'])}, et les équipes qui grandissent.",
            "Nos offres du moment",
        ),
        "nl": (
            [f"Werken bij {co}: nieuws", f"{co} groeit – we zoeken collega's"],
            f"Bedankt dat je lid bent van onze talentcommunity. Deze maand: {ctx.pick(['een kijkje bij ons datateam', 'ons nieuwe kantoor', 'verhalen van onze trainees'])}.",
            "Openstaande vacatures",
        ),
        "sv": (
            [f"Livet på {co}", f"{co} rekryterar i flera team"],
            f"Tack för att du är med i vårt talangnätverk. Den här månaden: {ctx.pick(['en dag med vårt utvecklingsteam', 'vårt nya kontor', 'traineeprogrammet'])}.",
            "Lediga tjänster",
        ),
    }[lang]
    roles = "\n".join(f"• {role(ctx, region)} – {city(ctx, region)}" for _ in range(ctx.num(3, 6)))
    return mail(
        ctx,
        text[0],
        [
            text[1],
            f"{text[2]}:\n{roles}",
            ctx.url(host, "jobs"),
            foot(ctx, f"{co} Talent Acquisition", host, lang, alert=False),
        ],
        (
            f"{co} {ctx.pick(['Careers', 'Talent Community', 'Recruiting'])}",
            f"{ctx.pick(['talent', 'careers', 'noreply'])}@{host}",
        ),
        "",
        lang=lang,
        greet_p=0.6,
        bulk=True,
        top=logo(co, ctx) if ctx.chance(0.4) else "",
        form=ctx.pick(["alt", "html"]),
    )
