"""Helpers shared by the fam_h6_*.py families (session 12, helper H6): small and public
employers in the languages they write in (restaurants, shops, bakeries, clinics, care homes,
schools, trades, municipalities, cooperatives, staffing agencies), mobile signatures and the
reply attribution lines of mail clients in the Nordic languages and Polish.

Out of fold, job mail from such writers (informal notes, non-English HR mail) was what the job
classifier missed most; these helpers let the families write it with correct labels: ``go``
switches a message to one employer and one of its roles, so company and title are labelled only
when the template reads them. Not a family module (corpus.py discovers only fam_*.py).
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import vocab
from j1_kit import Make, j1
from kit import Ctx
from zf_kit import reply_line

# Messages per h6_ family.
H6_N = 20

# kind -> employers "Name|domain|legal name|role;role;...".
EMPLOYERS: dict[str, tuple[str, ...]] = {
    "it_school": (
        "Istituto Comprensivo Leonardo da Vinci|icdavinci.edu.example|Istituto Comprensivo Statale Leonardo da Vinci|collaboratore scolastico;docente di matematica (supplenza);assistente amministrativo",
        "Liceo Scientifico Galilei|liceogalilei.edu.example|Liceo Scientifico Statale G. Galilei|docente di inglese;assistente tecnico;docente di sostegno",
        "Scuola Paritaria Santa Chiara|scuolasantachiara.example|Scuola Paritaria Santa Chiara|maestra di scuola primaria;educatrice;insegnante di musica",
    ),
    "it_small": (
        "Cooperativa Sociale Il Girasole|coopgirasole.example|Cooperativa Sociale Il Girasole ONLUS|operatore socio-sanitario (OSS);educatore professionale;animatore",
        "Trattoria da Nello|trattoriadanello.example|Trattoria da Nello snc|cameriere;aiuto cuoco;lavapiatti",
        "Farmacia Centrale Rossi|farmaciarossi.example|Farmacia Centrale Dott. Rossi|farmacista collaboratore;commesso di farmacia",
    ),
    "pt_small": (
        "Clínica Dentária Sorriso|clinicasorriso.pt|Clínica Dentária Sorriso, Lda.|assistente dentária;rececionista;higienista oral",
        "Pastelaria Avenida|pastelariaavenida.pt|Pastelaria Avenida, Lda.|empregado de balcão;pasteleiro;ajudante de cozinha",
        "Colégio São José|colegiosaojose.pt|Colégio São José|professor de Inglês;auxiliar de ação educativa;educadora de infância",
    ),
    "br": (
        "Supermercados Bom Preço|bompreco.com.br|Supermercados Bom Preço Ltda.|operador de caixa;repositor;auxiliar de padaria;fiscal de loja",
        "Clínica Vida Saudável|clinicavidasaudavel.com.br|Clínica Vida Saudável S/S|recepcionista;técnico de enfermagem;auxiliar administrativo",
        "Transportes Rápido Sul|rapidosul.com.br|Transportes Rápido Sul Ltda.|motorista;assistente de logística;auxiliar de almoxarifado",
        "Escola Criativa|escolacriativa.com.br|Escola Criativa Educação Infantil Ltda.|professora auxiliar;coordenadora pedagógica;auxiliar de limpeza",
    ),
    "pl": (
        "Zakład Usług Komunalnych Lipno|zuk-lipno.example|Zakład Usług Komunalnych w Lipnie Sp. z o.o.|referent ds. kadr;kierowca kat. C;księgowa",
        "Przychodnia Zdrowie|przychodniazdrowie.pl|Przychodnia Zdrowie Sp. z o.o.|rejestratorka medyczna;pielęgniarka;fizjoterapeuta",
        "Logimax Polska|logimax.pl|Logimax Polska Sp. z o.o.|magazynier;specjalista ds. logistyki;kontroler jakości",
        "Piekarnia Kłos|piekarniaklos.pl|Piekarnia Kłos s.c.|sprzedawca;piekarz;pomoc piekarza",
    ),
    "no": (
        "Kiwi Storgata|kiwistorgata.example|Kiwi Storgata AS|butikkmedarbeider (deltid);ferievikar;ansvarshavende",
        "Solsikken barnehage|solsikken-bhg.example|Solsikken barnehage SA|barnehageassistent;pedagogisk leder;tilkallingsvikar",
        "Tønsberg kommune|tonsberg.kommune.example|Tønsberg kommune|helsefagarbeider;miljøterapeut;konsulent",
    ),
    "da": (
        "Bageriet på Torvet|bagerietpaatorvet.dk|Bageriet på Torvet ApS|ekspedient;bagerlærling;weekendmedhjælper",
        "Solhøj Plejecenter|solhojplejecenter.dk|Solhøj Plejecenter|social- og sundhedshjælper;afløser;sygeplejerske",
        "Børnehuset Mælkebøtten|maelkebotten.dk|Børnehuset Mælkebøtten|pædagogmedhjælper;vikar;pædagog",
    ),
    "sv": (
        "Lindesbergs kommun|lindesberg.kommun.example|Lindesbergs kommun|undersköterska;elevassistent;handläggare",
        "Café Kanelbullen|kanelbullen.example|Café Kanelbullen AB|barista;köksbiträde;extrapersonal",
        "Västra Vårdcentralen|vastravc.example|Västra Vårdcentralen AB|distriktssköterska;medicinsk sekreterare;undersköterska",
    ),
    "de_small": (
        "Bäckerei Brotzeit|baeckerei-brotzeit.de|Bäckerei Brotzeit GmbH|Verkäufer/in;Bäckergeselle;Aushilfe (Minijob)",
        "Café Lindenblatt|cafe-lindenblatt.de|Café Lindenblatt Inh. S. Maier|Servicekraft;Barista;Küchenhilfe",
        "Elektro Hofmann|elektro-hofmann.de|Elektro Hofmann GmbH & Co. KG|Elektroniker/in für Energie- und Gebäudetechnik;Auszubildende/r Elektroniker/in;Kundendiensttechniker",
        "Autohaus Brandl|autohaus-brandl.de|Autohaus Brandl GmbH|Kfz-Mechatroniker/in;Auszubildende/r Kfz-Mechatroniker/in;Serviceberater/in",
    ),
    "de_azubi": (
        "Elektro Hofmann|elektro-hofmann.de|Elektro Hofmann GmbH & Co. KG|Ausbildung Elektroniker/in für Energie- und Gebäudetechnik;Ausbildung Elektroniker/in",
        "Autohaus Brandl|autohaus-brandl.de|Autohaus Brandl GmbH|Ausbildung Kfz-Mechatroniker/in;Ausbildung Automobilkaufmann/-frau",
        "Stadtwerke Lindau|stadtwerke-lindau.example|Stadtwerke Lindau GmbH|Ausbildung Industriekaufmann/-frau;Ausbildung Anlagenmechaniker/in SHK;Duales Studium Elektrotechnik",
        "Sanitätshaus Vogt|sanitaetshaus-vogt.de|Sanitätshaus Vogt GmbH|Ausbildung Orthopädietechnik-Mechaniker/in;Ausbildung Kaufmann/-frau im Gesundheitswesen",
    ),
    "de_public": (
        "Stadt Neustadt|neustadt.example|Stadtverwaltung Neustadt|Sachbearbeiter/in Bürgerbüro;Erzieher/in (m/w/d);Verwaltungsfachangestellte/r;Ingenieur/in Tiefbau",
        "Landratsamt Oberau|lra-oberau.example|Landratsamt Oberau|Sachbearbeiter/in Ausländerbehörde;IT-Administrator/in;Sozialpädagoge/in",
    ),
    "fr_small": (
        "Camping Les Pins|campinglespins.fr|SARL Camping Les Pins|animateur saisonnier;agent d'accueil;commis de cuisine;agent d'entretien",
        "Brasserie du Port|brasserieduport.fr|SAS Brasserie du Port|serveur/serveuse;chef de rang;plongeur",
        "Boulangerie Martin|boulangeriemartin.fr|EURL Boulangerie Martin|vendeuse en boulangerie;apprenti boulanger",
        "Garage Dupuis|garagedupuis.fr|SARL Garage Dupuis|mécanicien automobile;apprenti mécanicien (alternance);carrossier",
    ),
    "nl": (
        "Gemeente Zuidwolde|zuidwolde.gemeente.example|Gemeente Zuidwolde|beleidsmedewerker sociaal domein;medewerker burgerzaken;handhaver openbare ruimte",
        "Bakkerij Van Dam|bakkerijvandam.nl|Bakkerij Van Dam B.V.|verkoopmedewerker (bijbaan);bakker;winkelmanager",
        "Zorgcentrum De Linde|zorgcentrumdelinde.nl|Stichting Zorgcentrum De Linde|verzorgende IG;helpende;gastvrouw/-heer",
    ),
    "es": (
        "Clínica Dental Sonrisas|clinicasonrisas.es|Clínica Dental Sonrisas S.L.|auxiliar de clínica;recepcionista;higienista dental",
        "Restaurante El Faro|restauranteelfaro.es|Hostelería El Faro S.L.|camarero/a;ayudante de cocina;jefe de sala",
        "Academia Idiomas Norte|idiomasnorte.es|Academia Idiomas Norte S.L.|profesor/a de inglés;coordinador/a académico/a;administrativo/a",
    ),
    "es_public": (
        "Ayuntamiento de Villanueva|villanueva.es.example|Ayuntamiento de Villanueva del Río|auxiliar administrativo/a;conserje;monitor/a de tiempo libre;peón de jardinería",
        "Área de Gestión Sanitaria Norte|areanorte-salud.example|Área de Gestión Sanitaria Norte|enfermero/a;técnico/a en cuidados auxiliares de enfermería (TCAE);celador/a",
    ),
    "fr_public": (
        "Mairie de Saint-Aubin|saint-aubin.fr.example|Commune de Saint-Aubin|agent d'accueil;ATSEM;agent technique polyvalent;animateur périscolaire",
        "Communauté de communes du Val Vert|ccvalvert.fr.example|Communauté de communes du Val Vert|chargé(e) de mission développement économique;gestionnaire RH;agent de déchetterie",
    ),
    "en_small": (
        "O'Connell Plumbing & Heating|oconnellplumbing.ie|O'Connell Plumbing & Heating Ltd|apprentice plumber;plumber;heating engineer",
        "Bayside Physio|baysidephysio.com.au|Bayside Physiotherapy Pty Ltd|physiotherapist;receptionist;practice manager",
        "The Green Fern Café|greenferncafe.co.uk|The Green Fern Café Ltd|barista;kitchen porter;front of house",
        "Kelly's Hardware|kellyshardware.com.au|Kelly's Hardware Pty Ltd|casual retail assistant;yard hand;store person",
    ),
    "en_care": (
        "Rosewood Care Home|rosewoodcare.co.uk|Rosewood Care Homes Ltd|care assistant;senior carer;night care assistant;activities coordinator",
        "St Brigid's Nursing Home|stbrigidsnh.ie|St Brigid's Nursing Home Ltd|healthcare assistant;staff nurse;household assistant",
    ),
    "agency": (
        "Staffline Temps|stafflinetemps.co.uk|Staffline Temps Ltd|warehouse operative;admin temp;receptionist (temp)",
        "Randolph Personal|randolph-personal.de|Randolph Personaldienstleistungen GmbH|Lagerhelfer/in;Produktionshelfer/in;Bürokraft (Zeitarbeit)",
        "Manpower Uitzend|uitzend-plus.nl|Uitzend Plus B.V.|orderpicker;productiemedewerker;administratief medewerker",
    ),
}

# The client a sender on a phone leaves at the bottom.
MOBILE = {
    "en": (
        "Sent from my iPhone",
        "Sent from my Samsung Galaxy smartphone.",
        "Sent from Outlook for Android",
        "Get Outlook for iOS",
    ),
    "de": (
        "Von meinem iPhone gesendet",
        "Gesendet von meinem Samsung Galaxy Smartphone.",
        "Von Outlook für Android gesendet",
    ),
    "fr": ("Envoyé de mon iPhone", "Envoyé depuis mon smartphone Samsung Galaxy."),
    "es": ("Enviado desde mi iPhone", "Enviado desde mi smartphone Samsung Galaxy."),
    "it": ("Inviato da iPhone", "Inviato dal mio smartphone Samsung Galaxy."),
    "nl": ("Verzonden vanaf mijn iPhone", "Verstuurd vanaf mijn Samsung Galaxy smartphone."),
    "pt": (
        "Enviado do meu iPhone",
        "Enviado do meu smartphone Samsung Galaxy.",
        "Enviado do meu celular",
    ),
    "pl": ("Wysłane z iPhone'a", "Wysłane z mojego smartfona Samsung Galaxy."),
    "sv": ("Skickat från min iPhone", "Skickat från Outlook för Android"),
    "da": ("Sendt fra min iPhone", "Sendt fra Outlook til Android"),
    "no": ("Sendt fra min iPhone", "Sendt fra Outlook for Android"),
}


def go(ctx: Ctx, kind: str) -> None:
    """Switch this message to an employer of ``kind`` and one of its roles (labels follow)."""
    name, domain, legal, roles = ctx.pick(EMPLOYERS[kind]).split("|")
    ctx._co = vocab.Company(name, domain, legal)
    ctx._title = ctx.pick(roles.split(";"))


def mobile(ctx: Ctx, lang: str, p: float = 0.6) -> str:
    """A phone client's signature line, or none."""
    return ctx.pick(MOBILE[lang]) if ctx.chance(p) else ""


def attribution(ctx: Ctx, who: str, who_addr: str, when: datetime, lang: str) -> str:
    """The line a mail client writes above a quoted message, in its language."""
    shapes = {
        "sv": f"Den {when:%d %b %Y} kl. {when:%H:%M} skrev {who} <{who_addr}>:",
        "da": f"Den {when:%d.%m.%Y} kl. {when:%H.%M} skrev {who} <{who_addr}>:",
        "no": f"Den {when:%d.%m.%Y} kl. {when:%H:%M} skrev {who} <{who_addr}>:",
        "pl": f"W dniu {when:%d.%m.%Y} o {when:%H:%M} {who} <{who_addr}> napisał(a):",
    }
    return shapes[lang] if lang in shapes else reply_line(ctx, who, who_addr, when, lang)


def cand(ctx: Ctx) -> tuple[str, str]:
    """The candidate's name and address (for quoted earlier messages)."""
    return f"{ctx.cand_first} {ctx.cand_last}", ctx.cand_addr


def h6(name: str, category: str, *, lang: str = "en") -> Callable[[Make], Make]:
    """``kit.family`` with H6_N messages and one requisition number per message."""
    return j1(name, category, lang=lang, n=H6_N)
