"""Helpers shared by the fam_k1_*.py families (session 11, helper K1): hiring mail that arrives
informally or inside a thread. Real replies keep the earlier subject ("Re: Application
received: Data Analyst", "AW: Bewerbung als ...", "SV: Ansökan - ...") while the body carries
the new news, with or without the earlier message quoted below in the shape the writer's mail
client uses (Gmail "On ... wrote:" + "> " lines, Outlook "From:/Sent:" blocks, localised).

Also: small employers that answer applications themselves (shops, trades, clinics, schools)
in the languages they write in, and their personal or shop mailboxes. Not a family module
(corpus.py discovers only fam_*.py).
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from datetime import datetime, timedelta

import vocab
from j1_kit import bye, day, join, move, staff
from j1_kit import hi as j1_hi
from kit import Ctx, Draft, ascii_word

__all__ = ["bye", "day", "hi", "join", "move", "staff"]

# kind:lang -> employers "Name|domain|legal name|role;role".
SMALL: dict[str, tuple[str, ...]] = {
    "en": (
        "Hartley Plumbing & Heating|hartleyplumbing.co.uk|Hartley Plumbing & Heating Ltd|Apprentice Plumber;Gas Engineer;Plumbing Improver",
        "Brook Lane Dental|brooklanedental.co.uk|Brook Lane Dental Practice|Dental Nurse;Receptionist;Practice Manager",
        "Kettle & Crumb|kettleandcrumb.com|Kettle & Crumb Bakery|Baker;Barista;Front of House",
        "Oakfield Veterinary Clinic|oakfieldvets.com.au|Oakfield Veterinary Clinic Pty Ltd|Vet Nurse;Veterinary Receptionist",
        "Greenway Primary School|greenway.sch.uk|Greenway Primary School|Teaching Assistant;Year 4 Class Teacher;School Business Manager",
        "Sharma & Sons Electricals|sharmaelectricals.in|Sharma & Sons Electricals Pvt Ltd|Site Electrician;Accounts Executive",
        "Spokes Bike Co.|spokesbikes.com|Spokes Bike Co. LLC|Bike Mechanic;Retail Associate",
    ),
    "de": (
        "Bäckerei Sonnenkorn|sonnenkorn.de|Bäckerei Sonnenkorn GmbH|Bäcker (m/w/d);Verkäufer/in Bäckerei",
        "Elektro Brandt|elektro-brandt.de|Elektro Brandt GmbH|Elektriker (m/w/d);Azubi Elektroniker",
        "Zahnarztpraxis Dr. Lenz|praxis-lenz.de|Zahnarztpraxis Dr. Lenz|ZFA (m/w/d);Praxismanager/in",
        "Radhaus Kiel|radhaus-kiel.de|Radhaus Kiel e.K.|Zweiradmechatroniker (m/w/d);Aushilfe Verkauf",
    ),
    "nl": (
        "Bakkerij de Molen|bakkerijdemolen.nl|Bakkerij de Molen B.V.|Bakker;Verkoopmedewerker",
        "Fysio Centrum Noord|fysiocentrumnoord.nl|Fysio Centrum Noord|Fysiotherapeut;Receptionist",
        "Installatiebedrijf Visser|vissertechniek.nl|Visser Techniek B.V.|Monteur installatietechniek;Servicemonteur",
        "Basisschool De Regenboog|regenboog-school.nl|Stichting De Regenboog|Leerkracht groep 5;Onderwijsassistent",
    ),
    "fr": (
        "Cabinet dentaire des Lilas|cabinet-deslilas.fr|Cabinet dentaire des Lilas|Assistant(e) dentaire;Secrétaire médicale",
        "Clinique vétérinaire du Parc|vetoduparc.fr|Clinique vétérinaire du Parc|ASV (auxiliaire spécialisé vétérinaire);Vétérinaire",
        "Boulangerie Martin|boulangerie-martin.fr|SARL Boulangerie Martin|Vendeur/vendeuse;Boulanger",
        "École Sainte-Marie|ecole-saintemarie.fr|OGEC Sainte-Marie|Professeur des écoles;AESH",
    ),
    "es": (
        "Clínica Dental Sonrisa|clinicasonrisa.es|Clínica Dental Sonrisa S.L.|Higienista dental;Recepcionista",
        "Fisioterapia Levante|fisiolevante.es|Fisioterapia Levante S.L.|Fisioterapeuta;Auxiliar administrativo",
        "Panadería La Espiga|laespiga.es|Panadería La Espiga S.L.|Dependiente/a;Panadero/a",
        "Colegio San Gabriel|colegiosangabriel.es|Colegio San Gabriel|Profesor/a de Inglés;Monitor/a de comedor",
    ),
    "it": (
        "Scuola Primaria Don Milani|scuoladonmilani.it|Istituto Comprensivo Don Milani|Insegnante di sostegno;Collaboratore scolastico",
        "Studio Dentistico Rinaldi|studiorinaldi.it|Studio Dentistico Rinaldi|Assistente alla poltrona;Segretaria di studio",
        "Pasticceria Bellavista|pasticceriabellavista.it|Pasticceria Bellavista S.n.c.|Banconista;Pasticcere",
        "Officina Ferri|officinaferri.it|Officina Ferri S.r.l.|Meccanico;Apprendista meccanico",
    ),
    "pt": (
        "Colégio São Tomé|colegiosaotome.pt|Colégio São Tomé|Professor de Matemática;Auxiliar de ação educativa",
        "Clínica Vet Oeiras|clinicavetoeiras.pt|Clínica Veterinária de Oeiras, Lda.|Enfermeiro veterinário;Rececionista",
        "Padaria Lusitana|padarialusitana.pt|Padaria Lusitana, Lda.|Padeiro;Empregado de balcão",
    ),
    "sv": (
        "Bergs Rör|bergsror.se|Bergs Rör AB|Rörmokare;Servicetekniker",
        "Tandvården Söder|tandvardensoder.se|Tandvården Söder AB|Tandsköterska;Receptionist",
        "Café Kanelbullen|kanelbullen.se|Café Kanelbullen HB|Barista;Bagare",
        "Ekbacka skola|ekbackaskola.se|Ekbacka skola|Lärare i matematik;Fritidspedagog",
    ),
    "pl": (
        "Piekarnia Kłos|piekarniaklos.pl|Piekarnia Kłos Sp. z o.o.|Sprzedawca;Piekarz",
        "Gabinet Stomatologiczny Uśmiech|usmiech-dent.pl|Gabinet Stomatologiczny Uśmiech|Asystentka stomatologiczna;Recepcjonistka",
        "Instal-Bud Nowak|instalbud-nowak.pl|Instal-Bud Nowak Sp. j.|Hydraulik;Monter instalacji",
        "Szkoła Podstawowa nr 12|sp12.edu.pl|Szkoła Podstawowa nr 12|Nauczyciel matematyki;Pedagog szkolny",
    ),
}

# Mid-sized employers per language, each with roles it would really hire for (j1_kit's
# language worlds pair any employer with any role: a bakery hiring a theatre nurse).
LOCAL: dict[str, tuple[str, ...]] = {
    "de": (
        "Kraftwerk Logistik|kraftwerk-logistik.de|Kraftwerk Logistik GmbH|Fachkraft für Lagerlogistik (m/w/d);Disponent (m/w/d);Teamleiter Lager (m/w/d)",
        "Elbtal Kliniken|elbtal-kliniken.de|Elbtal Kliniken gGmbH|Pflegefachkraft (m/w/d);Medizinische Fachangestellte (m/w/d);Assistenzarzt Innere Medizin (m/w/d)",
        "Quantum Leaf|quantumleaf.io|Quantum Leaf GmbH|Softwareentwickler Java (m/w/d);Werkstudent Marketing (m/w/d);Product Owner (m/w/d)",
        "Nordhafen Versicherung|nordhafen-versicherung.de|Nordhafen Versicherung AG|Sachbearbeiter Schaden (m/w/d);Aktuar (m/w/d);Duales Studium BWL-Versicherung",
        "Stadtwerke Lindenau|stadtwerke-lindenau.de|Stadtwerke Lindenau GmbH|Elektroniker für Betriebstechnik (m/w/d);Sachbearbeiter Buchhaltung (m/w/d)",
    ),
    "fr": (
        "Banque Rivemont|rivemont.fr|Banque Rivemont SA|Chargé de clientèle (H/F);Contrôleur de gestion junior (H/F);Analyste risques (H/F)",
        "Centre Hospitalier de Valbonne|ch-valbonne.fr|Centre Hospitalier de Valbonne|Infirmier(e) de bloc opératoire;Aide-soignant(e);Secrétaire médicale",
        "Atelier Numérique|ateliernumerique.fr|Atelier Numérique SAS|Développeur Full Stack (H/F);Chef de projet digital (H/F);Stage - Data Analyst (6 mois)",
        "Groupe Hôtelier Lumière|groupe-lumiere.fr|Groupe Hôtelier Lumière SAS|Réceptionniste de nuit (H/F);Alternance - Assistant RH;Chef de rang (H/F)",
    ),
    "es": (
        "Tecnalia Digital|tecnaliadigital.es|Tecnalia Digital S.L.|Desarrollador/a Backend;Analista de datos;Ingeniero/a de calidad",
        "Hoteles Brisamar|brisamar.es|Hoteles Brisamar S.A.|Camarero/a de sala;Recepcionista;Jefe/a de cocina",
        "Clínica Santa Elena|clinicasantaelena.es|Clínica Santa Elena S.L.|Enfermero/a de planta;Técnico/a de administración;Auxiliar de enfermería",
        "Supermercados Olivar|olivar.es|Supermercados Olivar S.A.|Dependiente/a;Becario/a de Marketing;Encargado/a de tienda",
    ),
    "it": (
        "Nuvola Software|nuvolasoftware.it|Nuvola Software S.r.l.|Sviluppatore Python;Stage in Marketing;Sistemista",
        "Banca Adriatica|bancaadriatica.it|Banca Adriatica S.p.A.|Analista finanziario junior;Impiegato/a amministrativo/a;Addetto/a filiale",
        "Officine Meccaniche Rinaldi|omrinaldi.it|Officine Meccaniche Rinaldi S.r.l.|Tecnico manutentore;Tirocinio curriculare - Ingegneria gestionale;Operatore CNC",
        "Studio Legale Conti|studiolegaleconti.it|Studio Legale Conti & Associati|Praticante avvocato;Segretaria legale",
    ),
    "nl": (
        "Gemeente Waterveld|waterveld.nl|Gemeente Waterveld|Beleidsmedewerker Wonen;Medewerker Klantcontact;Projectleider Openbare Ruimte",
        "Zorggroep De Linde|zorggroepdelinde.nl|Zorggroep De Linde|Verpleegkundige niveau 4;Verzorgende IG;Teamleider Zorg",
        "Van Dijk Transport|vandijktransport.nl|Van Dijk Transport B.V.|Planner Transport;Chauffeur CE;Medewerker Administratie",
        "Tulp Technologies|tulptech.nl|Tulp Technologies B.V.|Medior Java Developer;Data-analist;Scrum Master",
    ),
    "pt": (
        "Lusa Engenharia|lusaengenharia.pt|Lusa Engenharia, S.A.|Engenheiro(a) Civil;Estagiário(a) de Engenharia;Técnico(a) de Obra",
        "Nuvem Tecnologia|nuvemtec.pt|Nuvem Tecnologia, Lda.|Engenheiro(a) de Software;Analista de Dados Júnior;Analista de RH",
        "Hospital São Lucas|hsaolucas.pt|Hospital São Lucas|Enfermeiro(a);Técnico(a) Administrativo(a)",
    ),
    "sv": (
        "Region Norrdal|regionnorrdal.se|Region Norrdal|Sjuksköterska;Undersköterska;Medicinsk sekreterare",
        "Lindby kommun|lindby.kommun.example|Lindby kommun|Handläggare;Lärare i matematik;Ekonomiassistent",
        "Fjällvind Energi|fjallvind.se|Fjällvind Energi AB|Projektledare;Systemutvecklare;Drifttekniker",
        "Skärgårdens Logistik|skargardenslogistik.se|Skärgårdens Logistik AB|Lagerarbetare;Transportledare",
    ),
    "pl": (
        "Softwarehaus Kraków|softwarehaus.pl|Softwarehaus Kraków Sp. z o.o.|Programista Java;Tester oprogramowania;Młodszy Analityk Danych",
        "Bank Pomorski|bankpomorski.pl|Bank Pomorski S.A.|Specjalista ds. obsługi klienta;Specjalista ds. księgowości;Stażysta w dziale HR",
        "Wisła Logistics|wislalogistics.pl|Wisła Logistics Sp. z o.o.|Magazynier;Spedytor;Kierownik zmiany",
        "Szpital Miejski w Lublinie|szpital-lublin.pl|Szpital Miejski w Lublinie|Pielęgniarka;Rejestratorka medyczna",
    ),
}


def local(ctx: Ctx, lang: str) -> None:
    """Switch this message to a mid-sized employer writing in ``lang`` and one of its roles."""
    name, domain, legal, roles = ctx.pick(LOCAL[lang]).split("|")
    ctx._co = vocab.Company(name, domain, legal)
    ctx._title = ctx.pick(roles.split(";"))


def hi(ctx: Ctx, lang: str, p: float = 0.9) -> str:
    """A greeting; always one in languages whose body then starts in lower case."""
    return j1_hi(ctx, lang, p if lang == "en" else 1.0)


# Where small employers' owners write from when they do not use the shop's domain.
PERSONAL = {
    "en": ("gmail.com", "outlook.com", "yahoo.co.uk", "bigpond.com", "icloud.com"),
    "de": ("gmail.com", "web.de", "gmx.de", "t-online.de"),
    "nl": ("gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.com"),
    "fr": ("gmail.com", "orange.fr", "free.fr", "laposte.net"),
    "es": ("gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"),
    "it": ("gmail.com", "libero.it", "virgilio.it", "tiscali.it"),
    "pt": ("gmail.com", "sapo.pt", "hotmail.com"),
    "sv": ("gmail.com", "telia.com", "hotmail.se"),
    "pl": ("gmail.com", "wp.pl", "onet.pl", "interia.pl"),
}

# The prefix a reply's subject gets from the writer's mail client.
RE = {
    "en": ("Re: ", "Re: ", "RE: "),
    "de": ("AW: ", "Re: ", "AW: "),
    "fr": ("RE : ", "Re: ", "RE: "),
    "es": ("RE: ", "Re: ", "RE: "),
    "it": ("R: ", "Re: ", "RE: "),
    "nl": ("Re: ", "RE: ", "Antw: "),
    "pt": ("Re: ", "RES: ", "RE: "),
    "sv": ("SV: ", "Sv: ", "Re: "),
    "pl": ("Odp: ", "Re: ", "RE: "),
}

# Outlook's header block above a quoted message, in its user's language.
_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "pt": ("De", "Enviado", "Para", "Assunto"),
    "sv": ("Från", "Skickat", "Till", "Ämne"),
    "pl": ("Od", "Wysłane", "Do", "Temat"),
}
_GMAIL = {
    "en": "On {d:%a, %b %d, %Y at %I:%M %p} {who} <{addr}> wrote:",
    "de": "Am {d:%d.%m.%Y} um {d:%H:%M} schrieb {who} <{addr}>:",
    "fr": "Le {d:%d/%m/%Y} à {d:%H:%M}, {who} <{addr}> a écrit :",
    "es": "El {d:%d/%m/%Y} a las {d:%H:%M}, {who} (<{addr}>) escribió:",
    "it": "Il giorno {d:%d/%m/%Y} alle ore {d:%H:%M} {who} <{addr}> ha scritto:",
    "nl": "Op {d:%d-%m-%Y} om {d:%H:%M} schreef {who} <{addr}>:",
    "pt": "Em {d:%d/%m/%Y} às {d:%H:%M}, {who} <{addr}> escreveu:",
    "sv": "Den {d:%d %b %Y} kl. {d:%H:%M} skrev {who} <{addr}>:",
    "pl": "W dniu {d:%d.%m.%Y} o {d:%H:%M} {who} <{addr}> napisał(a):",
}


def small(ctx: Ctx, lang: str, like: tuple[str, ...] = ()) -> None:
    """Switch this message to a small employer writing in ``lang`` (labels follow); ``like``
    keeps only employers whose name holds one of these words (clinics, schools, trades)."""
    table = [e for e in SMALL[lang] if not like or any(w in e.split("|")[0] for w in like)]
    name, domain, legal, roles = ctx.pick(table or SMALL[lang]).split("|")
    ctx._co = vocab.Company(name, domain, legal)
    ctx._title = ctx.pick(roles.split(";"))


def personal_addr(ctx: Ctx, lang: str) -> str:
    """A person's own mailbox (the owner of a shop answering from their phone)."""
    first, last = ascii_word(ctx.person_first), ascii_word(ctx.person_last)
    shape = ctx.pick(["{f}.{l}", "{f}{l}", "{i}{l}{n}", "{f}_{l}"])
    local = shape.format(f=first, l=last, i=first[:1], n=ctx.num(1, 99))
    return local + "@" + ctx.pick(PERSONAL[lang])


# The earlier message a reply may carry: the employer's receipt or the candidate's own mail.
_RECEIPT_SUBJECT = {
    "en": (
        "Application received: {title}",
        "Your application to {co}",
        "Thank you for applying to {co}",
        "We received your application - {title}",
        "{co} | Application confirmation",
    ),
    "de": (
        "Ihre Bewerbung als {title}",
        "Eingangsbestätigung Ihrer Bewerbung",
        "Deine Bewerbung bei {co}",
    ),
    "fr": (
        "Votre candidature - {title}",
        "Accusé de réception de votre candidature",
        "Candidature chez {co}",
    ),
    "es": (
        "Tu candidatura a {title}",
        "Confirmación de recepción de su candidatura",
        "Candidatura - {co}",
    ),
    "it": ("La tua candidatura per {title}", "Conferma ricezione candidatura", "Candidatura {co}"),
    "nl": (
        "Je sollicitatie bij {co}",
        "Ontvangstbevestiging sollicitatie {title}",
        "Bedankt voor je sollicitatie",
    ),
    "pt": ("A sua candidatura - {title}", "Confirmação de candidatura", "Candidatura {co}"),
    "sv": ("Tack för din ansökan - {title}", "Din ansökan till {co}", "Bekräftelse på ansökan"),
    "pl": (
        "Potwierdzenie otrzymania aplikacji - {title}",
        "Twoja aplikacja do {co}",
        "Dziękujemy za aplikację",
    ),
}
_RECEIPT_TEXT = {
    "en": "Hi {first},\n\nThanks for applying for the {title} role at {co}. We've received your application and our team will review it [shortly|over the coming weeks|soon]. [If your experience is a match, we'll be in touch.|You'll hear from us either way.]\n\n[The {co} Recruiting Team|{co} Talent Acquisition]",
    "de": "Hallo {first},\n\nvielen Dank für Ihre Bewerbung als {title}. Wir haben Ihre Unterlagen erhalten und melden uns [in Kürze|so bald wie möglich] bei Ihnen.\n\nViele Grüße\nIhr Recruiting-Team von {co}",
    "fr": "Bonjour {first},\n\nNous avons bien reçu votre candidature au poste de {title} et vous en remercions. Notre équipe l'étudie et reviendra vers vous rapidement.\n\nL'équipe recrutement {co}",
    "es": "Hola {first}:\n\nHemos recibido tu candidatura para el puesto de {title}. Nuestro equipo la revisará y te contactaremos lo antes posible.\n\nEquipo de Selección de {co}",
    "it": "Gentile {first},\n\nabbiamo ricevuto la tua candidatura per la posizione di {title}. Il nostro team la valuterà e ti ricontatteremo al più presto.\n\nTeam Recruiting {co}",
    "nl": "Beste {first},\n\nBedankt voor je sollicitatie op de functie {title}. We hebben je gegevens ontvangen en nemen zo snel mogelijk contact met je op.\n\nMet vriendelijke groet,\nTeam Recruitment {co}",
    "pt": "Olá {first},\n\nRecebemos a sua candidatura para a função de {title}. A nossa equipa irá analisá-la e entraremos em contacto brevemente.\n\nEquipa de Recrutamento {co}",
    "sv": "Hej {first},\n\nTack för din ansökan till tjänsten som {title}. Vi har tagit emot dina handlingar och återkommer så snart vi kan.\n\nVänliga hälsningar\nRekrytering, {co}",
    "pl": "Dzień dobry,\n\ndziękujemy za przesłanie aplikacji na stanowisko {title}. Twoje CV trafiło do naszego zespołu rekrutacji; skontaktujemy się z wybranymi osobami.\n\nZespół HR {co}",
}
_OWN_SUBJECT = {
    "en": (
        "Application - {title}",
        "Application for {title}",
        "{title} application - {first} {last}",
        "CV - {title}",
    ),
    "de": ("Bewerbung als {title}", "Bewerbung - {title}", "Bewerbung {first} {last}"),
    "fr": ("Candidature - {title}", "Candidature au poste de {title}", "Candidature spontanée"),
    "es": (
        "Candidatura - {title}",
        "CV para el puesto de {title}",
        "Solicitud de empleo - {title}",
    ),
    "it": ("Candidatura - {title}", "Candidatura per {title}", "Invio CV - {title}"),
    "nl": ("Sollicitatie {title}", "Sollicitatie - {first} {last}", "Open sollicitatie"),
    "pt": ("Candidatura - {title}", "Envio de CV - {title}", "Candidatura espontânea"),
    "sv": ("Ansökan - {title}", "Ansökan {title}", "Intresseanmälan"),
    "pl": ("Aplikacja - {title}", "CV - {title}", "Zgłoszenie na stanowisko {title}"),
}
_OWN_TEXT = {
    "en": "[Hi|Hello|Dear Hiring Manager],\n\n[Please find attached my CV for the {title} position.|I'd like to apply for the {title} role advertised on [your website|LinkedIn|Indeed|Seek].] [I have [3|5|8] years of relevant experience and am available to start [immediately|in a month].|My CV and a short cover letter are attached.]\n\n[Best regards|Kind regards|Thanks],\n{first} {last}",
    "de": "Sehr geehrte Damen und Herren,\n\nanbei sende ich Ihnen meine Bewerbungsunterlagen für die Stelle als {title}. Über eine Rückmeldung würde ich mich sehr freuen.\n\nMit freundlichen Grüßen\n{first} {last}",
    "fr": "Bonjour,\n\nVeuillez trouver ci-joint mon CV et ma lettre de motivation pour le poste de {title}. Je reste à votre disposition pour un entretien.\n\nCordialement,\n{first} {last}",
    "es": "Buenos días:\n\nLes adjunto mi currículum para el puesto de {title}. Quedo a su disposición para ampliar cualquier información.\n\nUn saludo,\n{first} {last}",
    "it": "Buongiorno,\n\nin allegato il mio CV per la posizione di {title}. Resto a disposizione per un colloquio.\n\nCordiali saluti,\n{first} {last}",
    "nl": "Beste heer/mevrouw,\n\nHierbij stuur ik mijn cv en motivatiebrief voor de functie {title}. Ik hoor graag van u.\n\nMet vriendelijke groet,\n{first} {last}",
    "pt": "Bom dia,\n\nEnvio em anexo o meu CV para a função de {title}. Fico disponível para uma entrevista.\n\nCumprimentos,\n{first} {last}",
    "sv": "Hej!\n\nJag skickar härmed min ansökan till tjänsten som {title}. CV och personligt brev finns bifogade.\n\nMed vänliga hälsningar\n{first} {last}",
    "pl": "Dzień dobry,\n\nw załączeniu przesyłam CV w odpowiedzi na ogłoszenie na stanowisko {title}. Będę wdzięczny/a za informację zwrotną.\n\nPozdrawiam,\n{first} {last}",
}


def _quote_block(
    ctx: Ctx, lang: str, who: str, addr: str, to: str, subject: str, text: str, when: datetime
) -> str:
    """The earlier message below a reply, as Gmail/Apple or Outlook puts it."""
    if ctx.chance(0.55):
        line = _GMAIL[lang].format(d=when, who=who, addr=addr)
        body = "\n".join("> " + x if x else ">" for x in text.strip().splitlines())
        return line + "\n" + body
    f, s, t, subj = _OUTLOOK[lang]
    head = (
        "________________________________\n"
        if ctx.chance(0.6)
        else ctx.pick(
            [
                "-----Original Message-----\n",
                "-----Ursprüngliche Nachricht-----\n"
                if lang == "de"
                else "-----Original Message-----\n",
            ]
        )
    )
    sent = f"{when:%d %B %Y %H:%M}" if lang == "en" else f"{when:%d.%m.%Y %H:%M}"
    return f"{head}{f}: {who} <{addr}>\n{s}: {sent}\n{t}: {to}\n{subj}: {subject}\n\n{text.strip()}"


def reply(
    ctx: Ctx,
    lang: str,
    text: str,
    from_name: str,
    from_addr: str,
    *,
    earlier: str = "",
    quote: float = 0.5,
    form: str = "",
) -> Draft:
    """A reply inside a thread: the earlier subject kept, maybe the earlier message quoted.

    ``earlier``: "receipt" (the employer's confirmation), "own" (the candidate's application
    mail) or "" (either). ``text`` is the whole new body, greeting and sign-off included.
    """
    earlier = earlier or ctx.pick(["receipt", "own"])
    when = ctx.date - timedelta(days=ctx.num(2, 30), minutes=ctx.num(0, 600))
    if earlier == "receipt":
        subject = ctx.fill(ctx.pick(_RECEIPT_SUBJECT[lang]))
        if ctx.chance(quote):
            old = ctx.fill(_RECEIPT_TEXT[lang])
            # The receipt came from the employer's mailbox; a person now answers in its thread.
            host = from_addr.split("@")[1]
            box = ctx.pick(["careers", "jobs", "recruiting", "no-reply", "talent"]) + "@" + host
            team = ctx.pick([" Recruiting", " Careers", " Talent", ""])
            me = f"{ctx.cand_first} {ctx.cand_last}"
            text += "\n\n" + _quote_block(
                ctx, lang, ctx._co.name + team, box, me, subject, old, when
            )
    else:
        subject = ctx.fill(ctx.pick(_OWN_SUBJECT[lang]))
        if ctx.chance(quote):
            old = ctx.fill(_OWN_TEXT[lang])
            me = f"{ctx.cand_first} {ctx.cand_last}"
            text += "\n\n" + _quote_block(
                ctx, lang, me, ctx.cand_addr, from_name, subject, old, when
            )
    prefix = ctx.pick(RE[lang])
    if ctx.chance(0.12):
        prefix = prefix + prefix.strip().rstrip(":") + ": " if lang != "fr" else prefix
    ref = f"<{ctx.num(10**9, 10**10)}.{ctx.num(100, 999)}@{from_addr.split('@')[1]}>"
    return Draft(
        prefix + subject,
        text,
        from_name,
        from_addr,
        greet=False,
        sign="",
        form=form or ctx.pick(["plain", "plain", "alt", "html"]),
        lang=lang,
        headers={"In-Reply-To": ref, "References": ref},
    )


def note(
    ctx: Ctx, lang: str, subject: str, text: str, from_name: str, from_addr: str, form: str = ""
) -> Draft:
    """A short personal message: no generated greeting or sign-off (``text`` has its own)."""
    return Draft(
        subject,
        text,
        from_name,
        from_addr,
        greet=False,
        sign="",
        form=form or ctx.pick(["plain", "plain", "plain", "alt"]),
        lang=lang,
    )


# A second, optional line after the news, by kind of news and language (variety within a
# family: the news sentence alone repeats too often across 20 messages).
_CLOSE: dict[str, dict[str, tuple[str, ...]]] = {
    "rj": {
        "de": (
            "Wir bewahren Ihre Unterlagen [gerne|auf Wunsch] für künftige Stellen auf.",
            "Für die weitere Suche wünschen wir [Ihnen|dir] alles Gute.",
            "Danke für [Ihre|deine] Zeit und [Ihr|dein] Interesse.",
            "",
        ),
        "fr": (
            "Nous conservons votre CV [pour de futures opportunités|dans notre vivier].",
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "Merci encore pour [votre|ton] intérêt.",
            "",
        ),
        "es": (
            "Guardaremos tu CV para futuros procesos.",
            "Te deseamos mucha suerte en tu búsqueda.",
            "Gracias de nuevo por tu tiempo.",
            "",
        ),
        "it": (
            "Terremo il tuo CV per future opportunità.",
            "Ti auguriamo il meglio per la tua ricerca.",
            "Grazie ancora per il tempo dedicato.",
            "",
        ),
        "pt": (
            "Guardaremos o seu CV para futuras oportunidades.",
            "Desejamos-lhe boa sorte.",
            "Obrigado pelo seu tempo.",
            "",
        ),
        "pl": (
            "Zachowamy Twoje CV w naszej bazie.",
            "Życzymy powodzenia w dalszych poszukiwaniach.",
            "Dziękujemy za poświęcony czas.",
            "",
        ),
        "sv": (
            "Vi sparar gärna din ansökan för framtida tjänster.",
            "Lycka till framöver!",
            "Tack för ditt intresse.",
            "",
        ),
        "nl": (
            "We bewaren je cv graag voor toekomstige vacatures.",
            "Veel succes met je zoektocht!",
            "Dank voor je tijd en interesse.",
            "",
        ),
    },
    "iv": {
        "de": (
            "Das Gespräch dauert etwa [45|60] Minuten[, per Teams| bei uns vor Ort|].",
            "Falls der Termin nicht passt, schlagen Sie gerne eine Alternative vor.",
            "Bitte bringen Sie Ihre Zeugnisse mit.",
            "",
        ),
        "fr": (
            "L'entretien durera environ [45 minutes|une heure].",
            "Si ce créneau ne convient pas, proposez-moi d'autres disponibilités.",
            "L'entretien aura lieu [sur Teams|dans nos locaux|par téléphone].",
            "",
        ),
        "es": (
            "La entrevista durará unos [30|45] minutos.",
            "Si no te viene bien, dime otra hora.",
            "Será [por Teams|en nuestras oficinas|por teléfono].",
            "",
        ),
        "it": (
            "Il colloquio durerà circa [mezz'ora|un'ora].",
            "Se l'orario non va bene, proponimi un'alternativa.",
            "Si terrà [su Teams|presso la nostra sede].",
            "",
        ),
        "pl": (
            "Rozmowa potrwa ok. [30|45] minut.",
            "Jeśli termin nie pasuje, proszę zaproponować inny.",
            "Spotkanie odbędzie się [online (Teams)|w naszym biurze].",
            "",
        ),
        "sv": (
            "Intervjun tar ungefär [45 minuter|en timme].",
            "Passar inte tiden så hör av dig så hittar vi en annan.",
            "Vi ses [på vårt kontor|via Teams].",
            "",
        ),
        "nl": (
            "Het gesprek duurt ongeveer [45 minuten|een uur].",
            "Past het niet? Laat dan een ander moment weten.",
            "Het gesprek is [op kantoor|via Teams].",
            "",
        ),
        "pt": (
            "A entrevista terá cerca de [30|45] minutos.",
            "Se não der jeito, sugira outro horário.",
            "",
        ),
    },
    "tr": {
        "de": (
            "Bei Fragen zur Aufgabe melden Sie sich gerne.",
            "Danach besprechen wir Ihre Lösung in einem Fachgespräch.",
            "",
        ),
        "fr": (
            "Nous en discuterons ensuite lors d'un entretien technique.",
            "N'hésitez pas si vous avez des questions.",
            "",
        ),
        "es": (
            "Después comentaremos tu solución en una entrevista técnica.",
            "Cualquier duda, me escribes.",
            "",
        ),
        "pl": (
            "Następnie omówimy rozwiązanie na rozmowie technicznej.",
            "W razie pytań proszę o kontakt.",
            "",
        ),
    },
    "of": {
        "de": (
            "Wir freuen uns sehr auf die Zusammenarbeit!",
            "Bei Fragen zum Vertrag rufen Sie mich gerne an.",
            "Bitte geben Sie uns bis [Freitag|Ende nächster Woche] Bescheid.",
            "",
        ),
        "fr": (
            "Nous avons hâte de vous accueillir !",
            "Merci de nous faire part de votre réponse [d'ici vendredi|sous une semaine].",
            "",
        ),
        "nl": (
            "We kijken ernaar uit om met je samen te werken!",
            "Laat je [voor vrijdag|binnen een week] weten of je akkoord gaat?",
            "",
        ),
        "sv": (
            "Vi ser fram emot att jobba med dig!",
            "Hör av dig [senast fredag|inom en vecka] med besked.",
            "",
        ),
        "pl": (
            "Cieszymy się na współpracę!",
            "Prosimy o odpowiedź [do piątku|w ciągu tygodnia].",
            "",
        ),
        "es": (
            "¡Estamos deseando que te incorpores!",
            "Dinos algo [antes del viernes|en una semana].",
            "",
        ),
        "it": (
            "Non vediamo l'ora di averti in squadra!",
            "Facci sapere [entro venerdì|entro una settimana].",
            "",
        ),
        "pt": (
            "Estamos muito contentes por tê-lo(a) connosco!",
            "Aguardamos a sua resposta [até sexta|durante a próxima semana].",
            "",
        ),
    },
}


def closer(ctx: Ctx, lang: str, kind: str) -> str:
    """An optional follow-on line for news of ``kind`` ("rj", "iv", "tr", "of") in ``lang``."""
    return ctx.fill(ctx.pick(_CLOSE[kind][lang]))
