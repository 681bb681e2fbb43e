"""Helpers shared by the fam_o4_*.py families (session 10's job-search-ecosystem negatives):
the job cards, greetings, sign-offs and footers that job boards, career networks, agencies
and careers services put in mail that is not about any one of the reader's applications.

Job alerts, newsletters and board marketing are the commonest not-job mail a job seeker
gets and the easiest to mistake for job mail; the families need the boards' real card shapes
(title, employer, place, pay, "Easy Apply") in the languages of the boards (Danish and
Norwegian as well as the other kits' languages), so those shapes live here once.

Not a family module itself (corpus.py discovers only fam_*.py).
"""

# Word tables read better unbroken, so long lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kit import Ctx, Draft
from o3_kit import BYE as O3_BYE
from o3_kit import HELLO as O3_HELLO
from zf_kit import body

# Messages per o4_ family.
O4_N = 20

HELLO: dict[str, tuple[str, ...]] = {
    **O3_HELLO,
    "da": ("Hej {first},", "Kære {first},", "Hej {first} {last},", "Hej!"),
    "no": ("Hei {first},", "Hei {first}!", "Hei,", "Kjære {first},"),
}
BYE: dict[str, tuple[str, ...]] = {
    **O3_BYE,
    "da": ("Venlig hilsen", "Mvh.", "De bedste hilsner", "Med venlig hilsen"),
    "no": ("Vennlig hilsen", "Mvh", "Hilsen", "Med vennlig hilsen"),
}

# A language's share of a board's furniture: (easy apply, new, posted N days ago, salary word,
# see all, apply, "you receive this because", unsubscribe, do-not-reply).
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "easy": "[Easy Apply|Quick apply|Apply with your profile|1-click apply]",
        "new": "[New|NEW|Just posted|Be an early applicant]",
        "ago": "[{n} days ago|{n}d ago|Posted {n} days ago|Active {n} days ago]",
        "all": "[See all jobs|View all matching jobs|See more jobs|Show all results]",
        "why": "[You are receiving this email because you created a job alert|You're getting this because you saved a search|This alert was set up by you]",
        "unsub": "[Unsubscribe|Manage alerts|Edit or delete this alert|Email preferences]",
        "noreply": "[Please do not reply to this email.|This mailbox is not monitored.|Replies to this address are not read.]",
    },
    "de": {
        "easy": "[Schnellbewerbung|Einfach bewerben|Mit Profil bewerben|Direkt bewerben]",
        "new": "[Neu|NEU|Gerade veröffentlicht]",
        "ago": "[vor {n} Tagen|vor {n} Tg.|seit {n} Tagen online]",
        "all": "[Alle Jobs anzeigen|Weitere Treffer ansehen|Alle Ergebnisse]",
        "why": "[Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben|Diese Nachricht basiert auf Ihrem Suchauftrag|Du bekommst diese Mail, weil du einen Job-Alarm eingerichtet hast]",
        "unsub": "[Jobagent bearbeiten oder löschen|Abmelden|Benachrichtigungen verwalten|E-Mail-Einstellungen]",
        "noreply": "[Bitte antworten Sie nicht auf diese E-Mail.|Diese E-Mail wurde automatisch erstellt.]",
    },
    "fr": {
        "easy": "[Candidature simplifiée|Postuler en 1 clic|Candidature express|Postuler avec mon profil]",
        "new": "[Nouveau|Nouvelle offre|NOUVEAU]",
        "ago": "[il y a {n} jours|publiée il y a {n} j|depuis {n} jours]",
        "all": "[Voir toutes les offres|Voir plus d'offres|Afficher tous les résultats]",
        "why": "[Vous recevez cet e-mail car vous avez créé une alerte emploi|Cette alerte correspond à votre recherche enregistrée|Tu reçois cet e-mail car tu as activé une alerte]",
        "unsub": "[Se désabonner|Gérer mes alertes|Modifier ou supprimer cette alerte]",
        "noreply": "[Merci de ne pas répondre à cet e-mail.|Ce message a été envoyé automatiquement.]",
    },
    "es": {
        "easy": "[Inscripción rápida|Solicitud sencilla|Inscríbete en un clic|Postúlate fácil]",
        "new": "[Nueva|NUEVA|Recién publicada]",
        "ago": "[hace {n} días|publicada hace {n} días|hace {n} d]",
        "all": "[Ver todas las ofertas|Ver más ofertas|Ver todos los resultados]",
        "why": "[Recibes este correo porque creaste una alerta de empleo|Esta alerta se basa en tu búsqueda guardada|Te enviamos este email porque activaste las alertas]",
        "unsub": "[Darse de baja|Gestionar alertas|Modificar o eliminar esta alerta]",
        "noreply": "[Por favor, no respondas a este correo.|Este mensaje se ha enviado automáticamente.]",
    },
    "it": {
        "easy": "[Candidatura semplificata|Candidati in un clic|Candidatura rapida]",
        "new": "[Nuovo|Nuova offerta|NUOVO]",
        "ago": "[{n} giorni fa|pubblicato {n} giorni fa]",
        "all": "[Vedi tutte le offerte|Mostra altri annunci|Tutti i risultati]",
        "why": "[Ricevi questa email perché hai creato un avviso di lavoro|Questo avviso si basa sulla tua ricerca salvata]",
        "unsub": "[Annulla l'iscrizione|Gestisci gli avvisi|Modifica o elimina questo avviso]",
        "noreply": "[Si prega di non rispondere a questa email.|Messaggio generato automaticamente.]",
    },
    "nl": {
        "easy": "[Snel solliciteren|Direct solliciteren|Solliciteer met je profiel]",
        "new": "[Nieuw|NIEUW|Net geplaatst]",
        "ago": "[{n} dagen geleden|{n} dgn geleden|sinds {n} dagen online]",
        "all": "[Bekijk alle vacatures|Meer vacatures|Alle resultaten]",
        "why": "[Je ontvangt deze e-mail omdat je een vacature-alert hebt aangemaakt|Deze e-mail is gebaseerd op je zoekopdracht|U ontvangt deze e-mail omdat u een zoekprofiel heeft]",
        "unsub": "[Afmelden|Alerts beheren|Zoekopdracht wijzigen of verwijderen]",
        "noreply": "[Je kunt niet reageren op deze e-mail.|Dit bericht is automatisch verstuurd.]",
    },
    "pt": {
        "easy": "[Candidatura simplificada|Candidate-se em 1 clique|Candidatura rápida]",
        "new": "[Nova|NOVA|Recém-publicada]",
        "ago": "[há {n} dias|publicada há {n} dias]",
        "all": "[Ver todas as vagas|Ver mais vagas|Ver todos os resultados]",
        "why": "[Você recebe este e-mail porque criou um alerta de vagas|Este alerta é baseado na sua busca salva|Recebe este e-mail porque ativou alertas de emprego]",
        "unsub": "[Cancelar inscrição|Gerenciar alertas|Editar ou excluir este alerta]",
        "noreply": "[Por favor, não responda a este e-mail.|Mensagem automática.]",
    },
    "pl": {
        "easy": "[Szybkie aplikowanie|Aplikuj jednym kliknięciem|Aplikuj szybko]",
        "new": "[Nowa|NOWA|Nowość]",
        "ago": "[{n} dni temu|opublikowana {n} dni temu]",
        "all": "[Zobacz wszystkie oferty|Więcej ofert|Pokaż wszystkie wyniki]",
        "why": "[Otrzymujesz tę wiadomość, ponieważ ustawiłeś powiadomienie o ofertach|Powiadomienie na podstawie Twojego zapisanego wyszukiwania]",
        "unsub": "[Wypisz się|Zarządzaj powiadomieniami|Edytuj lub usuń powiadomienie]",
        "noreply": "[Wiadomość wygenerowana automatycznie, prosimy nie odpowiadać.]",
    },
    "sv": {
        "easy": "[Snabbansökan|Ansök enkelt|Ansök med din profil]",
        "new": "[Ny|NY|Nyinkommen]",
        "ago": "[för {n} dagar sedan|publicerad för {n} dagar sedan]",
        "all": "[Se alla jobb|Visa fler annonser|Alla träffar]",
        "why": "[Du får det här mejlet eftersom du har sparat en sökning|Du har en jobbevakning aktiverad]",
        "unsub": "[Avsluta bevakning|Hantera bevakningar|Avregistrera]",
        "noreply": "[Det går inte att svara på detta mejl.|Detta är ett automatiskt utskick.]",
    },
    "da": {
        "easy": "[Hurtig ansøgning|Søg med din profil|Søg nemt]",
        "new": "[Ny|NY|Netop indrykket]",
        "ago": "[for {n} dage siden|indrykket for {n} dage siden]",
        "all": "[Se alle job|Vis flere job|Alle resultater]",
        "why": "[Du modtager denne mail, fordi du har oprettet en jobagent|Mailen er baseret på din gemte søgning]",
        "unsub": "[Afmeld|Rediger jobagent|Administrer dine jobagenter]",
        "noreply": "[Du kan ikke svare på denne mail.|Denne mail er sendt automatisk.]",
    },
    "no": {
        "easy": "[Enkel søknad|Søk med profilen din|Hurtigsøknad]",
        "new": "[Ny|NY|Nylig publisert]",
        "ago": "[for {n} dager siden|publisert for {n} dager siden]",
        "all": "[Se alle stillinger|Vis flere annonser|Alle treff]",
        "why": "[Du får denne e-posten fordi du har et lagret søk|Du har slått på varsler for dette søket]",
        "unsub": "[Slå av varsel|Administrer varsler|Avslutt abonnement]",
        "noreply": "[Du kan ikke svare på denne e-posten.|Dette er en automatisk e-post.]",
    },
}

ROLES: dict[str, tuple[str, ...]] = {
    "en": (
        "Data Analyst",
        "Senior Data Analyst",
        "Product Manager",
        "Backend Developer (Python)",
        "Frontend Engineer - React",
        "Project Coordinator",
        "Marketing Executive",
        "Customer Success Manager",
        "Business Analyst",
        "DevOps Engineer",
        "UX Designer",
        "Finance Business Partner",
        "Graduate Software Engineer",
        "Operations Manager",
        "Account Manager",
        "Payroll Administrator",
        "Site Reliability Engineer",
        "HR Advisor",
    ),
    "de": (
        "Sachbearbeiter Buchhaltung (m/w/d)",
        "Softwareentwickler Java (m/w/d)",
        "Projektmanager (w/m/d)",
        "Data Analyst (m/w/d)",
        "Werkstudent Marketing (m/w/d)",
        "Vertriebsinnendienst (m/w/d)",
        "IT-Systemadministrator (m/w/d)",
        "Teamleitung Kundenservice (m/w/d)",
        "Produktmanager Digital (all genders)",
        "Personalreferent (m/w/d)",
        "Elektroniker für Betriebstechnik (m/w/d)",
        "Controller (m/w/d)",
        "Frontend-Entwickler React (w/m/d)",
    ),
    "fr": (
        "Chargé de recrutement H/F",
        "Développeur Full Stack H/F",
        "Chef de projet digital H/F",
        "Comptable fournisseurs (F/H)",
        "Data Analyst H/F",
        "Assistant commercial H/F",
        "Responsable logistique H/F",
        "Product Owner (F/H)",
        "Alternance - Chargé de communication",
        "Technicien support informatique H/F",
        "Ingénieur DevOps H/F",
        "Contrôleur de gestion F/H",
    ),
    "es": (
        "Administrativo/a contable",
        "Desarrollador/a Backend Java",
        "Comercial de zona",
        "Técnico/a de selección",
        "Analista de datos",
        "Teleoperador/a atención al cliente",
        "Responsable de almacén",
        "Project Manager IT",
        "Dependiente/a de tienda",
        "Ingeniero/a de calidad",
        "Auxiliar administrativo/a",
        "Diseñador/a UX/UI",
    ),
    "it": (
        "Impiegato amministrativo",
        "Sviluppatore Full Stack",
        "Addetto vendite",
        "Project Manager junior",
        "Magazziniere",
        "Data Analyst",
        "Tecnico manutentore",
        "Responsabile marketing digitale",
        "Contabile",
        "Customer Care Specialist",
        "Ingegnere di processo",
        "Receptionist",
    ),
    "nl": (
        "Medewerker klantenservice",
        "Junior Data Analist",
        "Projectleider",
        "Accountmanager",
        "Software Developer .NET",
        "Administratief medewerker",
        "Logistiek medewerker",
        "Financieel controller",
        "HR-adviseur",
        "Teamleider productie",
        "Marketing specialist",
    ),
    "pt": (
        "Analista de dados",
        "Assistente administrativo",
        "Desenvolvedor Front-end",
        "Vendedor(a) externo",
        "Analista financeiro pleno",
        "Auxiliar de logística",
        "Gerente de projetos",
        "Estágio em marketing",
        "Atendente de loja",
        "Analista de RH",
        "Engenheiro(a) de software",
        "Técnico de suporte",
    ),
    "pl": (
        "Specjalista ds. księgowości",
        "Programista Java",
        "Analityk danych",
        "Przedstawiciel handlowy",
        "Kierownik projektu",
        "Magazynier",
        "Specjalista ds. HR",
        "Tester oprogramowania",
        "Konsultant ds. obsługi klienta",
        "Administrator IT",
        "Młodszy specjalista ds. marketingu",
    ),
    "sv": (
        "Systemutvecklare",
        "Ekonomiassistent",
        "Projektledare",
        "Lagerarbetare",
        "Dataanalytiker",
        "Kundtjänstmedarbetare",
        "Säljare",
        "Undersköterska",
        "HR-specialist",
        "IT-tekniker",
        "Produktägare",
    ),
    "da": (
        "Softwareudvikler",
        "Bogholder",
        "Projektleder",
        "Salgskonsulent",
        "Dataanalytiker",
        "Kundeservicemedarbejder",
        "Lagermedarbejder",
        "HR-partner",
        "Controller",
        "Studentermedhjælper",
        "IT-supporter",
    ),
    "no": (
        "Systemutvikler",
        "Regnskapsmedarbeider",
        "Prosjektleder",
        "Selger",
        "Dataanalytiker",
        "Kundebehandler",
        "Lagermedarbeider",
        "HR-rådgiver",
        "Sykepleier",
        "Butikkmedarbeider",
        "Controller",
    ),
}

FIRMS: dict[str, tuple[str, ...]] = {
    "en": (
        "Halden & Co",
        "Brightwave Digital",
        "Northgate Systems",
        "Maple Ridge Health",
        "Quantus Analytics",
        "Silverline Logistics",
        "Orchard Retail Group",
        "Kestrel Energy",
        "Bluefin Payments",
        "Harbourside Housing",
        "Crestview Consulting",
        "Pioneer Freight",
    ),
    "de": (
        "Bergmann Logistik GmbH",
        "Nordlicht Software AG",
        "Stadtwerke Lindenau",
        "Krämer & Söhne KG",
        "Vita Pharma GmbH",
        "Rheinblick Versicherung",
        "Alpina Technik GmbH",
        "Hanse Consulting",
        "Müller Medien GmbH",
        "Sonnenhof Kliniken",
    ),
    "fr": (
        "Groupe Valmont",
        "Atelier Lumière",
        "Transports Moreau",
        "Banque Rivière",
        "Solvéo",
        "Clinique des Tilleuls",
        "Digitalis Conseil",
        "Maison Bertrand",
        "Nexa Ingénierie",
        "Horizon Assurances",
    ),
    "es": (
        "Grupo Almendro",
        "Logística Sierra",
        "Soluciones Tajo",
        "Clínica San Rafael",
        "Distribuciones Levante",
        "Banco Mirador",
        "Talleres Ibarra",
        "Tecnova Consulting",
        "Supermercados Olivo",
        "Aguas del Norte",
    ),
    "it": (
        "Gruppo Ferrante",
        "Logistica Adriatica",
        "Studio Bellini",
        "Tecnoservizi Srl",
        "Banca del Borgo",
        "Moda Vittoria",
        "Farmacie Riunite",
        "Sistemi Aurora Spa",
    ),
    "nl": (
        "Van Dijk Logistiek",
        "Polderbank",
        "Zorggroep De Linde",
        "Hollandia Techniek",
        "Bakker & Jansen",
        "Datavaart",
        "Gemeente Rijnstad",
        "Noordzee Energie",
    ),
    "pt": (
        "Grupo Ipê",
        "Logística Serra Azul",
        "Banco Aurora",
        "Construtora Horizonte",
        "Clínica Bem Viver",
        "TechNorte Sistemas",
        "Supermercados Palmeira",
        "Atlântico Seguros",
    ),
    "pl": (
        "Bałtyk Logistics Sp. z o.o.",
        "Kraków Software House",
        "Mazowiecki Bank Spółdzielczy",
        "Polmed Klinika",
        "Wisła Energia S.A.",
        "Sklepy Pod Lipą",
        "Nowak i Wspólnicy",
    ),
    "sv": (
        "Norrlands Bygg AB",
        "Kustbanken",
        "Region Fjällmark",
        "Ljungberg IT",
        "Svea Logistik",
        "Björkhaga Vård",
        "Tallskogen Media",
    ),
    "da": (
        "Nordhavn Logistik A/S",
        "Fjordbanken",
        "Region Vestkyst",
        "Klitgaard Software ApS",
        "Bøgely Dagligvarer",
        "Havnens Rådgivning",
    ),
    "no": (
        "Fjellheim Bygg AS",
        "Vestlandsbanken",
        "Nordlys Energi",
        "Havbris Sjømat",
        "Bergtatt IT AS",
        "Kommune Elvdal",
    ),
}

CITIES: dict[str, tuple[str, ...]] = {
    "us": (
        "Austin, TX",
        "Chicago, IL",
        "Remote (US)",
        "Denver, CO",
        "Raleigh, NC",
        "Seattle, WA",
        "Hybrid - New York, NY",
    ),
    "uk": (
        "Manchester",
        "Leeds, West Yorkshire",
        "London (Hybrid)",
        "Bristol",
        "Birmingham",
        "Glasgow",
        "Remote, UK",
        "Reading, Berkshire",
    ),
    "in": (
        "Bengaluru, Karnataka",
        "Pune",
        "Hyderabad",
        "Gurugram",
        "Chennai",
        "Noida",
        "Mumbai (Hybrid)",
    ),
    "au": (
        "Sydney NSW",
        "Melbourne VIC",
        "Brisbane QLD",
        "Perth WA",
        "Adelaide SA",
        "Parramatta, Sydney NSW",
    ),
    "de": (
        "Berlin",
        "Hamburg",
        "München",
        "Köln",
        "Frankfurt am Main",
        "Leipzig",
        "Stuttgart",
        "Remote / Homeoffice",
    ),
    "fr": (
        "Paris (75)",
        "Lyon (69)",
        "Nantes (44)",
        "Bordeaux",
        "Lille (59)",
        "Toulouse",
        "Télétravail partiel - Paris",
    ),
    "es": ("Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Zaragoza", "Málaga"),
    "mx": (
        "Ciudad de México, CDMX",
        "Guadalajara, Jal.",
        "Monterrey, N.L.",
        "Bogotá, D.C.",
        "Medellín, Antioquia",
        "Puebla, Pue.",
    ),
    "it": ("Milano", "Roma", "Torino", "Bologna", "Napoli", "Padova", "Firenze"),
    "nl": ("Amsterdam", "Utrecht", "Rotterdam", "Eindhoven", "Groningen", "Den Haag", "Zwolle"),
    "pt": (
        "São Paulo, SP",
        "Rio de Janeiro, RJ",
        "Belo Horizonte, MG",
        "Curitiba, PR",
        "Porto Alegre, RS",
        "Remoto",
    ),
    "pl": ("Warszawa", "Kraków", "Wrocław", "Poznań", "Gdańsk", "Łódź", "praca zdalna"),
    "sv": ("Stockholm", "Göteborg", "Malmö", "Uppsala", "Umeå", "Linköping"),
    "da": ("København", "Aarhus", "Odense", "Aalborg", "Esbjerg", "Kolding"),
    "no": ("Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø", "Drammen"),
}

REGION_LANG = {
    "us": "en",
    "uk": "en",
    "in": "en",
    "au": "en",
    "mx": "es",
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "nl": "nl",
    "pt": "pt",
    "pl": "pl",
    "sv": "sv",
    "da": "da",
    "no": "no",
}


def salary(ctx: Ctx, region: str) -> str:
    """A pay line as the region's boards print it (or nothing: many cards show none)."""
    n = ctx.num
    table = {
        "us": [
            f"${n(55, 95)}K - ${n(100, 160)}K a year",
            f"${n(22, 48)} - ${n(50, 75)} an hour",
            f"${n(70, 120)},000 - ${n(125, 190)},000",
        ],
        "uk": [
            f"£{n(25, 45)},000 - £{n(46, 70)},000 per annum",
            f"£{n(12, 18)}.{n(10, 90)} per hour",
            f"Up to £{n(40, 90)}k + benefits",
            f"£{n(300, 550)} per day (Outside IR35)",
        ],
        "in": [f"₹{n(4, 12)}-{n(13, 30)} Lacs P.A.", f"{n(3, 8)}-{n(9, 18)} LPA", "Not disclosed"],
        "au": [
            f"${n(80, 120)}k - ${n(125, 170)}k + super",
            f"${n(35, 55)} - ${n(56, 75)} per hour",
            f"${n(90, 140)},000 package",
        ],
        "de": [
            f"{n(42, 58)}.000 € - {n(60, 85)}.000 € / Jahr",
            f"{n(14, 22)},00 € / Std.",
            "Gehalt anzeigen",
        ],
        "fr": [
            f"{n(32, 45)} k€ - {n(46, 65)} k€ / an",
            f"{n(1800, 2400)} € - {n(2500, 3200)} € par mois",
            "Salaire selon profil",
        ],
        "es": [
            f"{n(18, 28)}.000 € - {n(29, 45)}.000 € bruto/año",
            "Salario no disponible",
            f"{n(1200, 1600)} € - {n(1700, 2300)} € brutos/mes",
        ],
        "mx": [
            f"$ {n(12, 25)},000 - $ {n(26, 45)},000 (Mensual)",
            "Sueldo a convenir",
            f"$ {n(9, 18)},000 más prestaciones de ley",
        ],
        "it": [
            f"{n(24, 32)}.000 - {n(33, 45)}.000 € RAL",
            f"€{n(1300, 1700)} - €{n(1800, 2400)} al mese",
            "Retribuzione da definire",
        ],
        "nl": [
            f"€ {n(2600, 3600)} - € {n(3700, 5200)} per maand",
            f"€{n(15, 21)},50 per uur",
            f"€ {n(45, 60)}.000 - € {n(62, 80)}.000 per jaar",
        ],
        "pt": [
            f"R$ {n(2, 5)}.{n(100, 900)} a R$ {n(6, 12)}.{n(100, 900)}",
            "Salário a combinar",
            f"R$ {n(3, 9)}.{n(100, 900)} + VR/VA",
        ],
        "pl": [
            f"{n(6, 11)} 000–{n(12, 22)} 000 zł brutto / mies.",
            f"{n(110, 180)}–{n(190, 260)} zł netto (+ VAT) / godz.",
            f"{n(5, 8)} 500 zł brutto",
        ],
        "sv": [
            f"{n(32, 42)} 000 - {n(43, 58)} 000 kr/mån",
            "Fast månadslön",
            "Lön enligt överenskommelse",
        ],
        "da": [
            f"{n(36, 44)}.000 - {n(45, 60)}.000 kr. pr. måned",
            "Løn efter kvalifikationer",
            "Timeløn 165 kr.",
        ],
        "no": [f"{n(520, 650)} 000 - {n(660, 900)} 000 kr per år", "Fastlønn", "Etter avtale"],
    }
    return ctx.pick(table[region]) if ctx.chance(0.7) else ""


def role(ctx: Ctx, region: str) -> str:
    """A job title as the region's employers write it."""
    return ctx.pick(ROLES[REGION_LANG[region]])


def firm(ctx: Ctx, region: str) -> str:
    """A hiring company as it appears on a card (the board's own word, not the template's)."""
    return ctx.pick(FIRMS[REGION_LANG[region]])


def city(ctx: Ctx, region: str) -> str:
    return ctx.pick(CITIES[region])


# The word a board's job links carry in their path, where it is not English.
_PATH = {
    "de": "stellenangebote",
    "fr": "offres",
    "es": "ofertas",
    "nl": "vacatures",
    "it": "offerte",
    "pt": "vagas",
    "pl": "oferta",
    "sv": "annons",
    "da": "job",
    "no": "stilling",
}


def card(ctx: Ctx, region: str, host: str, *, title: str = "", sep: str = " · ") -> str:
    """One job card as its text part reads: title, employer and place, pay, badges, link."""
    lang = REGION_LANG[region]
    w = WORDS[lang]
    lines = [title or role(ctx, region)]
    lines.append(firm(ctx, region) + sep + city(ctx, region))
    pay = salary(ctx, region)
    if pay:
        lines.append(pay)
    badges = []
    if ctx.chance(0.4):
        badges.append(ctx.fill(w["easy"]))
    if ctx.chance(0.35):
        badges.append(ctx.fill(w["new"]))
    if ctx.chance(0.5):
        badges.append(ctx.fill(w["ago"]).replace("{n}", str(ctx.num(1, 13))))
    if badges:
        lines.append(" | ".join(badges))
    if ctx.chance(0.75):
        lines.append(
            ctx.url(host, ctx.pick(["job", "jobs/view", "rc/clk", "o", _PATH.get(lang, "job")]))
        )
    return "\n".join(lines)


def cards(ctx: Ctx, region: str, host: str, lo: int = 3, hi: int = 8, **kw: Any) -> str:
    """Several job cards, as a digest lists them."""
    return "\n\n".join(card(ctx, region, host, **kw) for _ in range(ctx.num(lo, hi)))


def block(text: str) -> str:
    """A card's lines, stripped, without the ones an optional field left empty."""
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def words(ctx: Ctx, lang: str, key: str) -> str:
    return ctx.fill(WORDS[lang][key])


# Where a network's or a service's mail (not an alert) sends the reader to stop it.
PREFS = {
    "en": "[Notification settings|Manage your email preferences|Unsubscribe]",
    "de": "[Benachrichtigungseinstellungen|E-Mail-Einstellungen ändern|Abmelden]",
    "fr": "[Paramètres de notification|Gérer mes préférences e-mail|Se désabonner]",
    "es": "[Ajustes de notificaciones|Preferencias de correo|Darse de baja]",
    "it": "[Impostazioni notifiche|Preferenze email|Annulla l'iscrizione]",
    "nl": "[Meldingsinstellingen|E-mailvoorkeuren beheren|Afmelden]",
    "pt": "[Configurações de notificação|Preferências de e-mail|Cancelar inscrição]",
    "pl": "[Ustawienia powiadomień|Preferencje e-mail|Wypisz się]",
    "sv": "[Aviseringsinställningar|E-postinställningar|Avregistrera]",
    "da": "[Indstillinger for notifikationer|E-mailindstillinger|Afmeld]",
    "no": "[Varslingsinnstillinger|E-postinnstillinger|Avslutt abonnement]",
}


def foot(ctx: Ctx, org: str, host: str, lang: str, *, alert: bool = True) -> str:
    """A board's footer: why you get it, how to stop it, do-not-reply, the company line."""
    parts = []
    if alert and ctx.chance(0.7):
        parts.append(words(ctx, lang, "why") + ".")
    if ctx.chance(0.8):
        stop = words(ctx, lang, "unsub") if alert else ctx.fill(PREFS[lang])
        parts.append(f"{stop}: {ctx.url(host, 'unsubscribe')}")
    if ctx.chance(0.4):
        parts.append(words(ctx, lang, "noreply"))
    if ctx.chance(0.6):
        parts.append(f"© {ctx.date.year} {org}" + ctx.pick(["", f" | {host}"]))
    return "\n".join(parts)


def hi(ctx: Ctx, lang: str, p: float = 0.7) -> str:
    return ctx.fill(ctx.pick(HELLO[lang])) if ctx.chance(p) else ""


def bye(ctx: Ctx, lang: str, who: str) -> str:
    return ctx.pick(BYE[lang]) + "\n" + ctx.fill(who)


def mail(
    ctx: Ctx,
    subjects: Sequence[str],
    paras: Sequence[str],
    sender: tuple[str, str],
    sign: str,
    *,
    lang: str = "en",
    greet_p: float = 0.7,
    top: str = "",
    **kw: Any,
) -> Draft:
    """A not-job Draft: subject and paragraphs filled, its own greeting and sign-off.

    ``top`` (a logo's alt text, a "view in browser" line) goes above the greeting.
    Paragraphs are filled here, so pre-built cards (already filled) must not hold ``[a|b]``
    or braces; cards() output has neither.
    """
    greeting = hi(ctx, lang, greet_p)
    filled = [ctx.fill(p).strip() for p in paras if p]
    for i, text in enumerate(filled):
        # German and Italian go on in lower case after a greeting's comma ("Hallo Jan,
        # es gibt..."); every other paragraph starts a sentence.
        if not (i == 0 and greeting and lang in ("de", "it")) and not text.startswith("http"):
            filled[i] = text[:1].upper() + text[1:]
    return Draft(
        ctx.fill(ctx.pick(subjects)),
        body(top, greeting, *filled),
        sender[0],
        sender[1],
        greet=False,
        sign=sign,
        lang=lang,
        **kw,
    )
