"""Look-alike cue phrases in the European languages: everyday mail that reads like hiring.

``intel.cues_langs`` gave the hiring stages words in fourteen European languages, but the
look-alike lexicons (``intel.cues``, ``intel.cues_world``) stayed mostly English, with a few
French, German, Spanish, Italian, Dutch and Portuguese words. So a Swedish housing co-op's
membership vetting ("medlemsprövning", with an "intervju"), a Portuguese affordable-rent
"candidatura", an allotment club's "Bewerbung um eine Parzelle", a tradesman's "demande de
devis", an authority's "ärende mottaget" or a university's "rekrutacja na studia" found hiring
cues and no look-alike cue. These phrases, written from general knowledge of how banks,
landlords, co-ops, universities, authorities, insurers, clinics, garages and clubs write (not
from the corpus), extend the existing look-alike cues (``EXTRA``), so such mail also carries
the shared "about something else than a job" marker.

Every phrase is from the customer's, tenant's, student's or member's side: employers write
"Bewerbung", "candidature", "Termin", "contrat", "salaire", "pension", "relocation", a health
"Versicherung" or "mutuelle" as a benefit, and universities and hospitals employ people, so
none of those (nor an institution's name alone) is a cue here. Trade names (electrician,
hairdresser, mechanic) are job titles in job ads and are left out too.

Same syntax as ``intel.cues``: ``[a|b|]`` alternatives; phrases are normalised like message
text (accents folded, ``ł`` -> ``l``, ``ø`` -> ``o``, one-letter words dropped).
"""

from __future__ import annotations

# More phrases for look-alike cues that already exist in ``intel.cues.LEXICON``.
EXTRA: dict[str, tuple[str, ...]] = {
    "housing": (
        # German
        "[nebenkostenabrechnung|betriebskostenabrechnung|mieterhöhung|wohnungsgenossenschaft|"
        "baugenossenschaft|genossenschaftsanteile|genossenschaftswohnung|wohnungsübergabe|"
        "wohnungsbesichtigung|mieterselbstauskunft|mietschuldenfreiheitsbescheinigung|"
        "nachmieter|untermiete|untermietvertrag|kaltmiete|warmmiete|wohnberechtigungsschein|"
        "eigentümerversammlung|hausordnung|wg zimmer|mietkaution|mietrückstand]",
        # French
        "[quittance de loyer|avis d'échéance|charges locatives|dépôt de garantie|"
        "logement social|demande de logement|bailleur social|colocation|colocataire|"
        "visite de l'appartement|syndic de copropriété|copropriétaires|contrat de bail|"
        "révision du loyer]",
        # Spanish
        "[contrato de alquiler|contrato de arrendamiento|recibo del alquiler|piso compartido|"
        "vivienda protegida|vivienda de protección oficial|comunidad de propietarios|"
        "cooperativa de viviendas|visita al piso|subida del alquiler|casero|casera]",
        # Italian
        "[contratto di locazione|canone di locazione|amministratore di condominio|"
        "spese condominiali|cooperativa edilizia|alloggio popolare|case popolari|"
        "visita dell'appartamento|disdetta del contratto di affitto]",
        # Portuguese (PT and BR)
        "[renda acessível|arrendamento acessível|contrato de arrendamento|senhorio|senhoria|"
        "recibo de renda|valor da renda|habitação social|habitação a custos controlados|"
        "visita ao imóvel|visita ao apartamento|contrato de aluguel|fiador|"
        "cooperativa de habitação]",
        # Dutch
        "[huurovereenkomst|huurprijs|woningcorporatie|woningnet|inschrijfduur|servicekosten|"
        "huurverhoging|woningzoekende|woningaanbod|sociale huurwoning|huurachterstand|"
        "vereniging van eigenaren|koopwoning|woningcoöperatie]",
        # Swedish
        "[bostadskö|bostadskön|bostadsrättsförening|bostadsrättsföreningen|bostadsrätt|"
        "medlemsprövning|medlemsprövningen|hyresavi|hyresavin|hyresgäst|hyresgästen|hyresvärd|"
        "hyresvärden|hyreskontrakt|hyreskontraktet|andrahandsuthyrning|förstahandskontrakt|"
        "lägenhetsbyte|budgivning|budgivningen|överlåtelseavtal|månadsavgiften]",
        # Danish
        "[andelsbolig|andelsboligforening|andelsboligforeningen|boligforening|husleje|"
        "huslejen|lejekontrakt|lejekontrakten|lejer|udlejer|lejemål|lejemålet|almen bolig|"
        "boligtilbud|ventelisten til bolig|fremvisning af lejligheden]",
        # Norwegian
        "[borettslag|borettslaget|husleie|husleien|leiekontrakt|leiekontrakten|leietaker|"
        "utleier|budrunde|budrunden|felleskostnader|forkjøpsrett|boligbyggelag|"
        "visning av leiligheten]",
        # Polish
        "[umowa najmu|umowy najmu|najemca|wynajmujący|czynsz|czynszu|kaucja|kaucji|"
        "spółdzielnia mieszkaniowa|spółdzielni mieszkaniowej|wspólnota mieszkaniowa|"
        "wspólnoty mieszkaniowej|mieszkanie komunalne|mieszkanie na wynajem|"
        "oglądanie mieszkania|przydział mieszkania|lokator|lokatorów]",
        # Finnish
        "[vuokrasopimus|vuokrasopimuksen|vuokranantaja|vuokranantajan|vuokralainen|"
        "vuokranmaksu|asuntohakemus|asuntohakemuksesi|asumisoikeusasunto|asumisoikeus|"
        "vuokra asunto|vuokra asunnon|taloyhtiö|taloyhtiön|yhtiövastike|"
        "asuntonäyttö|takuuvuokra|vuokravakuus]",
        # Czech
        "[nájemní smlouva|nájemní smlouvy|nájemné|nájemník|nájemce|pronajímatel|kauce|"
        "bytové družstvo|bytového družstva|společenství vlastníků|prohlídka bytu|"
        "obecní byt|podnájem]",
        # Turkish
        "[kira sözleşmesi|kiracı|ev sahibi|kira bedeli|kira artışı|depozito|aidat|aidatı|"
        "site yönetimi|apartman yönetimi|kura çekimi|konut başvurusu]",
        # Romanian
        "[contract de închiriere|contractul de închiriere|chiria|chirie|chiriaș|"
        "asociația de proprietari|cheltuieli de întreținere|locuință socială|"
        "vizionare apartament|vizionarea apartamentului]",
    ),
    "finance": (
        "[girokonto|tagesgeld|kontoeröffnung|kreditkartenabrechnung|baufinanzierung|tilgung|"
        "ratenkredit|kreditzusage|kreditanfrage|online banking|sparplan|ihre bank]",
        "[conseiller bancaire|prêt immobilier|offre de prêt|simulation de crédit|"
        "découvert autorisé|relevé bancaire|taux d'intérêt|demande de financement]",
        "[cuenta corriente|tu préstamo|su préstamo|recibo domiciliado|banca online|bizum|"
        "transferencia recibida]",
        "[il tuo mutuo|carta prepagata|home banking|rata del prestito|richiesta di prestito]",
        "[conta à ordem|crédito habitação|crédito à habitação|fatura do cartão|"
        "pedido de empréstimo|simulação de crédito|seu banco|pix recebido]",
        "[betaalrekening|spaarrekening|pinpas|automatische incasso|aflossing|persoonlijke lening]",
        "[bolån|bolånet|lånelöfte|lånelöftet|ditt lån|kreditkort|kontoutdrag|amortering|"
        "autogiro|räntan]",
        "[boliglån|kontoudtog|betalingsservice|netbank|netbanken|lånetilbud]",
        "[kontoutskrift|avtalegiro|nettbank|nettbanken|lånesøknad|finansieringsbevis]",
        "[kredyt hipoteczny|kredytu hipotecznego|wyciąg z konta|karta kredytowa|"
        "karty kredytowej|rata kredytu|bankowość internetowa|pożyczka|pożyczki|"
        "wniosek kredytowy]",
        "[asuntolaina|asuntolainan|lainatarjous|tiliote|luottokortti|verkkopankki|"
        "lainahakemus|lainahakemuksesi]",
        "[hypotéka|hypotéky|úvěr|úvěru|výpis z účtu|kreditní karta|splátka|splátky|"
        "internetové bankovnictví]",
        "[kredi kartı|hesap özeti|hesap ekstresi|konut kredisi|ihtiyaç kredisi|taksit|"
        "internet bankacılığı|kredi başvurusu]",
        "[credit ipotecar|extras de cont|card de credit|rata lunară|cerere de credit|"
        "împrumut|internet banking]",
    ),
    "insurance": (
        "[versicherungsnummer|schadensmeldung|schadenmeldung|schadennummer|"
        "haftpflichtversicherung|hausratversicherung|kfz versicherung|versicherungsnehmer|"
        "ihr versicherungsschutz|beitragsrechnung|versicherungspolice]",
        "[déclaration de sinistre|votre assureur|attestation d'assurance|assurance habitation|"
        "assurance auto|constat amiable|contrat d'assurance|assurance emprunteur]",
        "[tu aseguradora|su aseguradora|parte de siniestro|siniestro|seguro de hogar|"
        "seguro del coche|renovación de tu seguro]",
        "[rc auto|rinnovo polizza|compagnia assicurativa|denuncia di sinistro]",
        "[seguro automóvel|seguro auto|participação de sinistro|seguro multirriscos]",
        "[polisnummer|schademelding|inboedelverzekering|autoverzekering|opstalverzekering|"
        "uw verzekeraar]",
        "[skadeanmälan|hemförsäkring|hemförsäkringen|bilförsäkring|försäkringsnummer|"
        "din försäkring|försäkringsbrev]",
        "[skadeanmeldelse|indboforsikring|bilforsikring|policenummer|din forsikring]",
        "[skademelding|innboforsikring|bilforsikring|polisenummer|din forsikring]",
        "[numer polisy|polisa|polisy|ubezpieczenie oc|zgłoszenie szkody|likwidacja szkody|"
        "ubezpieczyciel|ubezpieczenie mieszkania]",
        "[vahinkoilmoitus|kotivakuutus|autovakuutus|vakuutusnumero|vakuutuskirja|"
        "vakuutusyhtiö|vakuutusyhtiön]",
        "[pojistná smlouva|pojistné smlouvy|pojistná událost|pojistné události|"
        "povinné ručení|havarijní pojištění|pojištění domácnosti]",
        "[poliçe numarası|poliçeniz|hasar dosyası|hasar bildirimi|kasko|"
        "trafik sigortası|konut sigortası|sigorta şirketi]",
        "[polița|poliță|polița de asigurare|rca|casco|dosar de daună|asigurare locuință|"
        "asigurătorul]",
    ),
    # Admissions to a study place, from the student's side (never the institution's name).
    "school": (
        "[studienplatz|studienplatzes|studienplatzvergabe|immatrikulation|"
        "immatrikulationsbescheinigung|zulassungsbescheid|zulassungsbescheides|"
        "hochschulstart|uni assist|semesterbeitrag|semesterticket|bafög|aufnahmeprüfung|"
        "studierendensekretariat|studienbewerbung|bewerbung um einen studienplatz|"
        "exmatrikulation|rückmeldung zum semester]",
        "[parcoursup|inscription administrative|admission en master|admission en licence|"
        "candidature en master|votre admission|concours d'entrée|frais de scolarité|"
        "frais d'inscription|entretien d'admission|jury d'admission|campus france|"
        "certificat de scolarité|inscription pédagogique|mon master]",
        "[preinscripción|prueba de acceso|selectividad|ebau|evau|nota de corte|"
        "lista de admitidos|has sido admitido|has sido admitida|carta de admisión|"
        "entrevista de admisión|tasas de matrícula|plaza en el grado|admisión al máster|"
        "admisión en el máster]",
        "[immatricolazione|test di ammissione|test d'ingresso|tasse universitarie|"
        "graduatoria di ammissione|bando di ammissione|segreteria studenti|"
        "diritto allo studio|iscrizione all'università|colloquio di ammissione]",
        "[vestibular|enem|concurso nacional de acesso|acesso ao ensino superior|"
        "lista de colocados|foi colocado|foi colocada|exames nacionais|"
        "candidatura ao mestrado|candidatura à licenciatura|matrícula e inscrição|"
        "mensalidade escolar]",
        "[studielink|studiekeuzecheck|matchingsactiviteit|collegegeld|decentrale selectie|"
        "numerus fixus|studiefinanciering|toelatingsbesluit|bewijs van inschrijving]",
        "[antagningsbesked|antagningsbeskedet|antagning se|högskoleprovet|studieplats|"
        "reservplats|antagen till utbildningen|anmälan till utbildning|terminsavgift|"
        "universitets och högskolerådet|csn]",
        "[studieplads|optagelse på uddannelsen|optaget på uddannelsen|optagelse dk|"
        "optagelsesprøve]",
        "[samordna opptak|studieplass|tilbud om studieplass|lånekassen|semesteravgift|"
        "opptaksprøve|søknad om opptak]",
        "[rekrutacja na studia|przyjęcie na studia|przyjęty na studia|przyjęta na studia|"
        "lista przyjętych|lista rankingowa|immatrykulacja|opłata rekrutacyjna|czesne|"
        "wyniki matur|egzamin wstępny|legitymacja studencka|dziekanat|irk]",
        "[opiskelupaikka|opiskelupaikan|opiskelupaikkasi|opiskelijavalinta|"
        "opiskelijavalinnat|valintakoe|valintakokeeseen|opintopolku|yhteishaku|"
        "hyväksytty opiskelijaksi|lukukausimaksu|opintotuki]",
        "[přijímací řízení|přijímacího řízení|přijímací zkouška|přijímací zkoušky|"
        "přihláška ke studiu|přijetí ke studiu|zápis ke studiu|rozhodnutí o přijetí|"
        "studijní oddělení|školné]",
        "[yks|ösym|tercih sonuçları|yerleştirme sonuçları|üniversiteye kayıt|kesin kayıt|"
        "öğrenci belgesi|öğrenci işleri|yüksek lisans başvurusu|harç ücreti]",
        "[admitere|admiterea|admiterea la facultate|examen de admitere|examenul de admitere|"
        "înmatriculare|taxa de școlarizare|secretariatul facultății|"
        "loc la buget|locuri bugetate|dosar de înscriere]",
    ),
    "immigration": (
        "[visumantrag|aufenthaltsgenehmigung|niederlassungserlaubnis|fiktionsbescheinigung|"
        "einbürgerungstest|visumstermin]",
        "[demande de titre de séjour|visa long séjour|ofii|demande de naturalisation]",
        "[autorización de residencia|arraigo|nacionalidad española|renovación de residencia]",
        "[ricongiungimento familiare|cittadinanza italiana|rinnovo del permesso]",
        "[autorização de residência|visto de residência|nacionalidade portuguesa|aima|"
        "manifestação de interesse]",
        "[verblijfsvergunning|inburgering|inburgeringsexamen|naturalisatie]",
        "[uppehållstillstånd|uppehållstillståndet|migrationsverket|medborgarskap]",
        "[opholdstilladelse|udlændingestyrelsen|statsborgerskab]",
        "[oppholdstillatelse|udi|statsborgerskap]",
        "[karta pobytu|karty pobytu|zezwolenie na pobyt|urząd wojewódzki|obywatelstwo polskie]",
        "[oleskelulupa|oleskeluluvan|oleskelulupahakemus|maahanmuuttovirasto|migri|"
        "kansalaisuushakemus]",
        "[povolení k pobytu|pobytové oprávnění|odbor azylové a migrační politiky|občanství]",
        "[ikamet izni|oturma izni|göç idaresi|vize başvurusu|vize başvurunuz|vatandaşlık]",
        "[permis de ședere|permisul de ședere|inspectoratul general pentru imigrări|"
        "cetățenie|cetățenia română]",
    ),
    # Authorities: tax, benefits, case numbers, licences.
    "government": (
        "[steuerbescheid|steuererklärung|bürgergeld|kindergeld|elterngeld|wohngeld|"
        "familienkasse|rundfunkbeitrag|bußgeldbescheid|anhörungsbogen|meldebescheinigung|"
        "führerscheinstelle|ihr antrag ist eingegangen|ihr antrag wurde bewilligt]",
        "[allocations familiales|caf|avis d'imposition|déclaration de revenus|numéro fiscal|"
        "ameli|cpam|service public fr|urssaf]",
        "[hacienda|declaración de la renta|borrador de la renta|sede electrónica|"
        "certificado digital|empadronamiento|padrón|multa de tráfico|dgt]",
        "[dichiarazione dei redditi|cartella esattoriale|carta d'identità "
        "elettronica|multa stradale]",
        "[portal das finanças|imposto de renda|declaração de ir|detran|autoridade tributária]",
        "[toeslagen|zorgtoeslag|huurtoeslag|aangifte inkomstenbelasting|digid|mijnoverheid|"
        "voorlopige aanslag]",
        "[skatteverket|deklarationen|försäkringskassan|ärende mottaget|ditt ärende|"
        "transportstyrelsen|kronofogden|bostadsbidrag|barnbidrag|"
        "föräldrapenning|vi har tagit emot din ansökan om]",
        "[skattestyrelsen|årsopgørelse|forskudsopgørelse|borger dk|udbetaling danmark|"
        "boligstøtte|børnepenge|sagsnummer|din sag]",
        "[skatteetaten|skattemelding|skattemeldingen|skatteoppgjør|saksnummer|"
        "statens vegvesen|barnetrygd|bostøtte|husbanken|din sak]",
        "[urząd skarbowy|urzędu skarbowego|zeznanie podatkowe|epuap|profil zaufany|"
        "sygnatura sprawy|numer sprawy|mobywatel|świadczenie wychowawcze]",
        "[verohallinto|omavero|veroilmoitus|verotuspäätös|kela|asumistuki|lapsilisä|"
        "traficom|suomi fi|asianumero]",
        "[finanční úřad|daňové přiznání|spisová značka|přídavky na děti]",
        "[e devlet kapısı|e devlet şifresi|vergi dairesi|beyanname|nüfus müdürlüğü|"
        "dosya numarası|trafik cezası]",
        "[anaf|declarația unică|ghișeul|alocația|ajutor social|drpciv]",
    ),
    "health": (
        "[versichertenkarte|gesundheitskarte|laborbefund|impftermin|vorsorgeuntersuchung|"
        "zahnreinigung|krankengymnastik|befund]",
        "[compte rendu médical|résultats d'analyses|laboratoire d'analyses|tiers payant|"
        "rendez vous médical]",
        "[cita médica|resultados de análisis|analítica|tarjeta sanitaria|historia clínica]",
        "[prenotazione visita|referto|analisi del sangue|fascicolo sanitario|tessera sanitaria]",
        "[consulta marcada|receita médica|resultado das análises|marcação de consulta]",
        "[herhaalrecept|zorgverzekeraar|uitslag van het onderzoek]",
        "[provsvar|provsvaret|recept|läkartid|vaccinationen|tid hos tandläkaren]",
        "[egen læge|prøvesvar|sundhed dk|lægetid|tandlægetid]",
        "[fastlegen din|din fastlege|helsenorge|resept|legetime|tannlegetime]",
        "[wizyta lekarska|wizyta u lekarza|wizyta u dentysty|nfz|recepta]",
        "[lääkäriaika|lääkäriaikasi|hammaslääkäriaika|resepti|laboratoriotulokset]",
        "[e recept|výsledky vyšetření|objednání k lékaři]",
        "[mhrs|hastane randevusu|muayene|reçete|tahlil sonuçları]",
        "[programare la medic|rețetă|rezultatele analizelor]",
        # Practices and practitioners a patient writes to (none seen in job mail here).
        "[tandläkare|tandläkaren|tandlæge|tandlægen|tannlege|tannlegen|hammaslääkäri|"
        "hammaslääkärin|zubař|diş hekimi|stomatolog|vårdcentral|vårdcentralen|lægehuset|"
        "legekontor|legekontoret|terveysasema|terveysaseman|przychodnia|przychodni|"
        "praktický lékař|praktického lékaře|medic de familie|médico de família|medico di base|"
        "medico di famiglia|kinésithérapeute|ophtalmologue|dermatologue|pédiatre|"
        "cabinet stomatologic|zubní ordinace|ordinace|centro de saúde|fastlege|fastlegen]",
    ),
    # Tradespeople, garages and salons from the customer's side: quotes and visits.
    "services": (
        "[handwerkerangebot|werkstatttermin|hauptuntersuchung|tüv termin|heizungswartung|"
        "zählerstand|ablesung|reifenwechsel|friseurtermin]",
        "[demande de devis|votre devis|devis|devis gratuit|intervention à domicile|"
        "vidange|révision de votre véhicule|carrosserie|devis de réparation]",
        "[solicitud de presupuesto|tu presupuesto|presupuesto sin compromiso|"
        "presupuesto de reparación|revisión del coche|cita en el taller]",
        "[preventivo|richiesta di preventivo|il tuo preventivo|intervento tecnico|"
        "preventivo gratuito]",
        "[pedido de orçamento|seu orçamento|orçamento gratuito|orçamento sem compromisso|"
        "revisão do carro|revisão do veículo]",
        "[offerte aanvragen|uw offerte|je offerte|offerteaanvraag|vrijblijvende offerte]",
        "[offert|offerten|din offert|offertförfrågan|bilbesiktning|besiktning|däckbyte|frisörtid]",
        "[prisoverslag|syn af bil|dækskifte|frisørtid]",
        "[pristilbud|eu kontroll|dekkskift|frisørtime]",
        "[wycena|wyceny|kosztorys|przegląd techniczny|wymiana opon|wizyta w salonie]",
        "[tarjouspyyntö|tarjouspyyntösi|katsastus|renkaanvaihto|kampaamoaika]",
        "[cenová nabídka|cenovou nabídku|stk|kadeřnictví|oprava vozu|výměna pneumatik]",
        "[fiyat teklifi|servis randevusu|araç muayenesi|kuaför randevusu]",
        "[ofertă de preț|oferta de preț|cerere de ofertă|service auto|programare la service]",
    ),
    "booking": (
        "[ihre reservierung|reservierungsbestätigung|votre réservation|"
        "confirmation de réservation|tu reserva|su reserva|la tua prenotazione|"
        "a sua reserva|uw reservering|je reservering|din bokning|bokningsbekräftelse|"
        "din booking|bookingbekræftelse|din bestilling|twoja rezerwacja|"
        "potwierdzenie rezerwacji|varauksesi|varausvahvistus|vaše rezervace|"
        "potvrzení rezervace|rezervasyonunuz|rezervarea ta|rezervarea dumneavoastră]",
    ),
    "pets": (
        # The reader's own animal (not the vet: vets and their clinics hire too).
        "[ihr haustier|ihres haustieres|votre animal|tu mascota|su mascota|il tuo animale|"
        "seu pet|seu animal de estimação|uw huisdier|je huisdier|ditt husdjur|dit kæledyr|"
        "ditt kjæledyr|twój pupil|twojego pupila|lemmikkisi|vašeho mazlíčka|"
        "evcil hayvanınız|animalul tău|animalutul dumneavoastră]",
        "[tierschutzverein|pflegestelle|schutzgebühr|vorkontrolle]",
        "[tierarzt|tierarztpraxis|veterinario|veterinaria|veterinário|dierenarts|veterinär|"
        "veterinären|djursjukhus|dyrlæge|dyrlægen|dyrlege|dyrlegen|weterynarz|weterynarza|"
        "eläinlääkäri|eläinlääkärin|veterinář|veterinární|veteriner|veterinar|veterinarul]",
        "[famille d'accueil|association de protection animale]",
        "[protectora|casa de acogida]",
        "[adozione|canile]",
        "[adoção|canil|família de acolhimento]",
        "[dierenasiel|adoptie|opvanggezin]",
        "[hemkontroll|omplacering]",
        "[dyreinternat|dyrenes beskyttelse]",
        "[dyrebeskyttelsen|omplassering]",
        "[schronisko|adopcja|adopcji|dom tymczasowy]",
        "[eläinsuoja|adoptio|kotikäynti]",
        "[útulek|útulku|adopce|dočasná péče]",
        "[sahiplendirme|barınak|barınağı]",
        "[adopție|adopția|adăpost]",
    ),
    # Clubs, associations, co-ops and allotments: membership, dues, the annual meeting.
    "volunteer": (
        "[kleingartenverein|kleingarten|parzelle|vereinsmitglied|mitgliedsbeitrag|"
        "mitgliederversammlung|mitgliedsantrag|aufnahmeantrag|jahreshauptversammlung|"
        "probetraining]",
        "[adhérent|adhérente|cotisation annuelle|jardin partagé|jardins familiaux|"
        "parcelle|licence sportive]",
        "[cuota de socio|hazte socio|asociación de vecinos|huerto urbano|cuota anual]",
        "[quota associativa|tesseramento|orti urbani|assemblea dei soci|orto urbano]",
        "[quota de sócio|horta comunitária]",
        "[lidmaatschap|contributie|ledenvergadering|volkstuin|moestuin|volkstuinvereniging]",
        "[medlemsavgift|medlemsavgiften|årsmöte|årsmötet|koloniträdgård|"
        "kolonilott|odlingslott|idrottsförening]",
        "[kontingent|kontingentet|medlemskab|generalforsamling|kolonihave]",
        "[medlemskap|årsmøte|kolonihage|parsell|idrettslag|idrettslaget|dugnad]",
        "[składka członkowska|składki członkowskiej|składkę członkowską|członkostwo|"
        "walne zgromadzenie|ogródek działkowy|"
        "ogrody działkowe|działka|działki|działkę]",
        "[jäsenmaksu|jäsenyys|vuosikokous|siirtolapuutarha|viljelypalsta|palsta]",
        "[členský příspěvek|členství|valná hromada|zahrádkářská osada|spolek|spolku]",
        "[üyelik|üyeliğiniz|genel kurul|gönüllü|hobi bahçesi]",
        "[cotizație|cotizația|membru al asociației|adunarea generală]",
    ),
    "grant": (
        "[stipendium|fördermittel|förderantrag|förderzusage|zuwendungsbescheid|"
        "subvention|appel à projets|dossier de subvention|subvención|convocatoria de ayudas|"
        "contributo a fondo perduto|subvenção|subsidie|subsidieaanvraag|stypendium|"
        "stypendia|dotacja|apuraha|apurahahakemus|dotace|hibe|bursa de studiu]",
    ),
    "commerce": (
        "[versandbestätigung|sendungsverfolgung|suivi de colis|colis|abonnement|"
        "devolución|tu pedido|il tuo ordine|seu pedido|encomenda|pakket|bezorging|"
        "din beställning|prenumeration|din ordre|twoje zamówienie|"
        "zamówienie|przesyłka|przesyłki|tilauksesi|tilausvahvistus|kuitti|"
        "vaše objednávka|objednávka|zásilka|siparişiniz|kargo|kargonuz|comanda ta|"
        "comanda dumneavoastră|colet|coletul]",
    ),
    "events": (
        "[eintrittskarte|eintrittskarten|ihre tickets|billet|billets|biglietti|"
        "biglietto|ingressos|kaartjes|biljett|biljetter|billetter|billetten|bilety|biletu|"
        "lippu|liput|vstupenka|vstupenky|biletiniz|biletul]",
    ),
}
