"""Hard negatives, session 10: career networks' and boards' notifications that are about the
reader's profile or network, never about one of the reader's applications.

Push-like one-liners ("3 new jobs for Data Analyst"), "Anna and 12 others are hiring", "you
appeared in 27 searches this week" and "a recruiter viewed your profile - see who with
Premium", in English, German, French, Spanish, Dutch, Italian and Portuguese; more in
fam_o4_network2.py, which shares the networks and people here. They carry hiring words
(recruiter, hiring, applicants, new job) yet are not_job.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, family
from o4_kit import O4_N, REGION_LANG, cards, city, firm, foot, mail, role
from zf_kit import logo

# The networks' display names and mail hosts; "XING" and "LinkedIn" as the display names
# the real ones use, the others invented.
_NETS = (
    ("LinkedIn", "linkedin.com"),
    ("XING", "xing.com"),
    ("Viadeo", "viadeo.example"),
    ("ProNet", "pronet.example"),
)
_PEOPLE = (
    "Priya Nair",
    "Jonas Weber",
    "Camille Martin",
    "Lucía Romero",
    "Sanne de Vries",
    "Marco Bianchi",
    "Tom Fletcher",
    "Aisha Khan",
    "Lukas Novak",
    "Inês Costa",
)


def _net(ctx: Ctx, lang: str) -> tuple[str, str]:
    name, host = ctx.pick(_NETS[:2] if lang in ("de", "en") else (_NETS[0], _NETS[2], _NETS[3]))
    return name, host


@family("o4_push_style_job_notifications", "not_job", lang="multi", n=O4_N)
def push_notifs(ctx: Ctx) -> Draft:
    region = ctx.pick(["us", "uk", "in", "de", "fr", "es", "nl", "it", "pt"])
    lang = REGION_LANG[region]
    app, host = ctx.pick(
        [
            ("Indeed", "indeed.com"),
            ("LinkedIn", "linkedin.com"),
            ("Glassdoor", "glassdoor.com"),
            ("Jobs app", "jobsapp.example"),
        ]
    )
    what, where, k = role(ctx, region), city(ctx, region), ctx.num(2, 19)
    line = ctx.pick(
        {
            "en": [
                f"{k} new jobs for {what} in {where}",
                f"{firm(ctx, region)} is hiring: {what}",
                f"New: {what} ({where})",
                f"{what} · {firm(ctx, region)} · {where} and {k} more",
            ],
            "de": [
                f"{k} neue Jobs für {what} in {where}",
                f"{firm(ctx, region)} stellt ein: {what}",
                f"Neu: {what} ({where})",
            ],
            "fr": [
                f"{k} nouvelles offres pour {what} à {where}",
                f"{firm(ctx, region)} recrute : {what}",
                f"Nouveau : {what} ({where})",
            ],
            "es": [
                f"{k} empleos nuevos de {what} en {where}",
                f"{firm(ctx, region)} está contratando: {what}",
            ],
            "nl": [
                f"{k} nieuwe vacatures voor {what} in {where}",
                f"{firm(ctx, region)} zoekt: {what}",
            ],
            "it": [
                f"{k} nuove offerte per {what} a {where}",
                f"{firm(ctx, region)} assume: {what}",
            ],
            "pt": [
                f"{k} novas vagas de {what} em {where}",
                f"{firm(ctx, region)} está contratando: {what}",
            ],
        }[lang]
    )
    more = {
        "en": "Open the app",
        "de": "In der App öffnen",
        "fr": "Ouvrir l'appli",
        "es": "Abrir la app",
        "nl": "Open de app",
        "it": "Apri l'app",
        "pt": "Abrir o app",
    }[lang]
    return mail(
        ctx,
        [line, f"{app}: {line}", line.split(":")[0]],
        [
            line,
            f"{more} {ctx.url(host, 'm')}" if ctx.chance(0.7) else "",
            ctx.pick(["", "Notification settings", "Turn off these notifications"])
            if lang == "en"
            else "",
        ],
        (app, f"{ctx.pick(['notifications', 'alert', 'noreply'])}@{host}"),
        "",
        lang=lang,
        greet_p=0.0,
        bulk=ctx.chance(0.5),
        form=ctx.pick(["plain", "html"]),
    )


@family("o4_network_people_hiring_companies_followed", "not_job", lang="multi", n=O4_N)
def network_hiring(ctx: Ctx) -> Draft:
    region = ctx.pick(["us", "uk", "de", "fr", "nl", "es"])
    lang = REGION_LANG[region]
    net, host = _net(ctx, lang)
    who, k = ctx.pick(_PEOPLE), ctx.num(3, 40)
    co = firm(ctx, region)
    text = {
        "en": (
            [
                f"{who.split()[0]} and {k} others in your network are hiring",
                f"New jobs at companies you follow: {co}",
                f"{co} is hiring - {k} new jobs",
                f"{who} is hiring for a {role(ctx, region)}",
            ],
            [
                f"{who.split()[0]} and {k} other people in your network posted jobs this week.",
                f"{co}, a company you follow, posted {k} new jobs.",
                f'{who} shared a job post: "We\'re hiring! Come work with me at {co}."',
            ],
            "Your network can help: you have connections at these companies.",
        ),
        "de": (
            [
                f"{who.split()[0]} und {k} weitere Kontakte stellen ein",
                f"Neue Jobs bei {co}",
                f"{co} sucht Verstärkung",
            ],
            [
                f"{who.split()[0]} und {k} weitere Personen aus Ihrem Netzwerk haben Jobs geteilt.",
                f"{co}, dem Sie folgen, hat {k} neue Stellen veröffentlicht.",
                f"{who} hat einen Beitrag geteilt: „Wir suchen Verstärkung! Komm in unser Team bei {co}.“",
            ],
            "Ihre Kontakte können Ihnen Einblicke in diese Unternehmen geben.",
        ),
        "fr": (
            [
                f"{who.split()[0]} et {k} autres personnes de votre réseau recrutent",
                f"Nouvelles offres chez {co}",
                f"{co} recrute",
            ],
            [
                f"{who.split()[0]} et {k} autres membres de votre réseau ont publié des offres.",
                f"{co}, entreprise que vous suivez, a publié {k} nouvelles offres.",
                f"{who} a partagé : « On recrute ! Rejoignez-nous chez {co}. »",
            ],
            "Vos relations peuvent vous en dire plus sur ces entreprises.",
        ),
        "nl": (
            [f"{who.split()[0]} en {k} anderen in je netwerk werven", f"Nieuwe vacatures bij {co}"],
            [
                f"{who.split()[0]} en {k} anderen uit je netwerk hebben vacatures gedeeld.",
                f"{co}, dat je volgt, heeft {k} nieuwe vacatures geplaatst.",
            ],
            "Je connecties kunnen je meer vertellen over deze bedrijven.",
        ),
        "es": (
            [
                f"{who.split()[0]} y {k} personas más de tu red están contratando",
                f"Nuevos empleos en {co}",
            ],
            [
                f"{who.split()[0]} y otras {k} personas de tu red publicaron empleos.",
                f"{co}, empresa que sigues, publicó {k} empleos nuevos.",
            ],
            "Tus contactos pueden contarte más sobre estas empresas.",
        ),
    }[lang]
    return mail(
        ctx,
        text[0],
        [
            ctx.pick(text[1]),
            cards(ctx, region, host, 2, 4),
            text[2],
            foot(ctx, net, host, lang, alert=False),
        ],
        (net, f"{ctx.pick(['jobs-noreply', 'notifications-noreply', 'mailrobot'])}@{host}"),
        "",
        lang=lang,
        greet_p=0.4,
        bulk=True,
        top=ctx.pick(["", logo(net, ctx)]),
        form=ctx.pick(["alt", "html"]),
    )


@family("o4_profile_search_appearances", "not_job", lang="multi", n=O4_N)
def search_appearances(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "de", "fr", "es", "it", "pt", "nl"])
    net, host = _net(ctx, lang)
    k, pct = ctx.num(4, 160), ctx.num(5, 80)
    kw = ctx.pick(["Data Analyst", "Project Manager", "Python", "Marketing", "Controlling", "SAP"])
    text = {
        "en": (
            [
                f"You appeared in {k} searches this week",
                f"{ctx.cand_first}, your profile is getting noticed",
                f"Your weekly search stats: {k} appearances",
            ],
            [
                f"You appeared in {k} searches this week, {pct}% more than last week.",
                f"People from {firm(ctx, 'uk')}, {firm(ctx, 'us')} and others found you through searches.",
            ],
            f"Top search keyword: {kw}. Recruiters and hiring managers were among the searchers.",
            "Add skills to your profile to appear in more searches.",
        ),
        "de": (
            [f"Sie wurden diese Woche in {k} Suchen gefunden", "Ihre Profil-Statistik der Woche"],
            [
                f"Ihr Profil wurde diese Woche in {k} Suchergebnissen angezeigt ({pct} % mehr als letzte Woche).",
                f"Mitglieder von {firm(ctx, 'de')} und anderen Unternehmen haben Sie gefunden.",
            ],
            f"Häufigster Suchbegriff: {kw}. Unter den Suchenden waren auch Recruiter.",
            "Ergänzen Sie Ihre Kenntnisse, um in mehr Suchen aufzutauchen.",
        ),
        "fr": (
            [f"Vous êtes apparu dans {k} recherches cette semaine", "Vos statistiques de profil"],
            [
                f"Votre profil est apparu dans {k} recherches cette semaine ({pct} % de plus que la semaine dernière).",
                f"Des membres de {firm(ctx, 'fr')} vous ont trouvé.",
            ],
            f"Mot-clé principal : {kw}. Des recruteurs faisaient partie des personnes qui vous ont cherché.",
            "Ajoutez des compétences pour apparaître dans plus de recherches.",
        ),
        "es": (
            [f"Has aparecido en {k} búsquedas esta semana", "Tus estadísticas de perfil"],
            [
                f"Tu perfil apareció en {k} búsquedas esta semana ({pct} % más que la anterior).",
                f"Personas de {firm(ctx, 'es')} te encontraron.",
            ],
            f"Palabra clave principal: {kw}. Entre quienes buscaron había reclutadores.",
            "Añade aptitudes para aparecer en más búsquedas.",
        ),
        "it": (
            [f"Sei comparso in {k} ricerche questa settimana", "Le statistiche del tuo profilo"],
            [
                f"Il tuo profilo è comparso in {k} ricerche questa settimana (+{pct}%).",
                f"Persone di {firm(ctx, 'it')} ti hanno trovato.",
            ],
            f"Parola chiave principale: {kw}. Tra chi ha cercato c'erano recruiter.",
            "Aggiungi competenze per comparire in più ricerche.",
        ),
        "pt": (
            [f"Você apareceu em {k} pesquisas esta semana", "Estatísticas do seu perfil"],
            [
                f"Seu perfil apareceu em {k} pesquisas esta semana ({pct}% a mais).",
                f"Pessoas da {firm(ctx, 'pt')} encontraram você.",
            ],
            f"Palavra-chave principal: {kw}. Recrutadores estavam entre quem pesquisou.",
            "Adicione competências para aparecer em mais pesquisas.",
        ),
        "nl": (
            [f"Je verscheen deze week in {k} zoekopdrachten", "Je profielstatistieken"],
            [
                f"Je profiel verscheen deze week in {k} zoekopdrachten ({pct}% meer dan vorige week).",
                f"Mensen van {firm(ctx, 'nl')} vonden je.",
            ],
            f"Belangrijkste zoekterm: {kw}. Ook recruiters zochten mee.",
            "Voeg vaardigheden toe om in meer zoekopdrachten te verschijnen.",
        ),
    }[lang]
    return mail(
        ctx,
        text[0],
        [
            ctx.pick(text[1]),
            text[2],
            f"{text[3]} {ctx.url(host, 'me/search-appearances')}",
            foot(ctx, net, host, lang, alert=False),
        ],
        (net, f"{ctx.pick(['notifications-noreply', 'messages-noreply', 'mailrobot'])}@{host}"),
        "",
        lang=lang,
        greet_p=0.6,
        bulk=True,
    )


@family("o4_recruiter_viewed_profile_premium_teaser", "not_job", lang="multi", n=O4_N)
def viewed_teaser(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "de", "fr", "es", "nl"])
    net, host = _net(ctx, lang)
    k = ctx.num(2, 30)
    text = {
        "en": (
            [
                f"{k} people viewed your profile",
                "A recruiter viewed your profile",
                f"{ctx.cand_first}, someone at a staffing firm looked at your profile",
                "See who's viewed your profile",
            ],
            [
                f"Your profile was viewed by {k} people in the past week, including a recruiter in the {ctx.pick(['staffing and recruiting', 'IT services', 'financial services'])} industry.",
                "Someone with the title 'Talent Acquisition Partner' viewed your profile. Unlock their name with Premium.",
                f"A hiring manager at a company in {city(ctx, 'uk')} viewed your profile.",
            ],
            "Try Premium free for 1 month to see everyone who viewed your profile in the last 365 days. Cancel anytime.",
        ),
        "de": (
            [
                f"{k} Besucher auf Ihrem Profil",
                "Ein Recruiter hat Ihr Profil besucht",
                "Wer hat Ihr Profil angesehen?",
            ],
            [
                f"Ihr Profil hatte diese Woche {k} Besucher, darunter ein Recruiter aus der Branche Personaldienstleistungen.",
                "Jemand mit der Position „Senior Recruiter“ hat Ihr Profil besucht.",
            ],
            "Testen Sie ProJobs/Premium einen Monat kostenlos und sehen Sie alle Besucher. Jederzeit kündbar.",
        ),
        "fr": (
            [f"{k} personnes ont consulté votre profil", "Un recruteur a consulté votre profil"],
            [
                f"Votre profil a été consulté {k} fois cette semaine, notamment par un recruteur du secteur des ressources humaines.",
                "Une personne occupant le poste de « Chargée de recrutement » a consulté votre profil.",
            ],
            "Essayez Premium gratuitement pendant 1 mois pour découvrir qui a consulté votre profil.",
        ),
        "es": (
            [f"{k} personas han visto tu perfil", "Un reclutador ha visto tu perfil"],
            [
                f"Tu perfil recibió {k} visitas esta semana, entre ellas la de un reclutador del sector de selección de personal.",
                "Alguien con el cargo «Técnica de selección» ha visto tu perfil.",
            ],
            "Prueba Premium gratis durante 1 mes para ver quién ha visto tu perfil.",
        ),
        "nl": (
            [f"{k} mensen bekeken je profiel", "Een recruiter bekeek je profiel"],
            [
                f"Je profiel is deze week {k} keer bekeken, onder meer door een recruiter uit de uitzendbranche.",
                "Iemand met de functie 'Corporate Recruiter' bekeek je profiel.",
            ],
            "Probeer Premium 1 maand gratis en zie wie je profiel heeft bekeken.",
        ),
    }[lang]
    return mail(
        ctx,
        text[0],
        [
            ctx.pick(text[1]),
            f"{text[2]} {ctx.url(host, 'premium')}",
            foot(ctx, net, host, lang, alert=False),
        ],
        (net, f"{ctx.pick(['notifications-noreply', 'premium-noreply', 'mailrobot'])}@{host}"),
        "",
        lang=lang,
        greet_p=0.6,
        bulk=True,
        form=ctx.pick(["alt", "html", "plain"]),
    )
