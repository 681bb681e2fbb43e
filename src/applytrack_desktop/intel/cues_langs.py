"""More hiring-stage cue phrases in the European languages job mail arrives in.

``intel.cues`` covers English hiring mail well and other languages thinly: a handful of
phrases each, in the wordings our corpus templates happen to use. Out of fold, mail in
those languages is misread whenever it words a stage differently: a Polish rejection that
"continues the process with other candidates", a Danish "it did not become you", a French
"nous ne donnerons pas suite", a German "die Stelle wurde inzwischen besetzt". These phrases,
written from knowledge of how recruiters, applicant-tracking systems and public employers
phrase each stage in German, French, Spanish, Italian, Portuguese (PT and BR), Dutch,
Polish, Swedish, Danish, Norwegian, Finnish, Czech, Turkish and Romanian (not from the
corpus), extend the EXISTING job-stage cues, so an unseen phrasing borrows the evidence the
cue's marker collected in every language.

Precision comes first: a phrase must mean its cue on its own in job mail and be rare in
look-alike mail (a bank's refused loan, a school's admission letter, a shop's offer, a
doctor's appointment), so most are two to five words and refusals name the application,
the candidates or the post. Conditional wording ("if you have not heard from us...") is
``silence`` (``intel.cues_world``), never ``reject``.

Same syntax as ``intel.cues``: ``[a|b|]`` alternatives (an empty one makes the slot
optional), phrases normalised like message text: case and accents do not matter, "ł", "ø"
and "æ" are folded (``intel.letters``), and one-letter words ("a", "e", "i", "w", "z") drop
out of the phrase as they drop out of the text.
"""

from __future__ import annotations

from applytrack_desktop.intel.letters import fold

# More phrases for job-stage cues that already exist in ``intel.cues.LEXICON``.
EXTRA: dict[str, tuple[str, ...]] = {
    "reject": (
        # German
        "[für eine andere bewerber|für eine andere person|für andere bewerbende|"
        "für eine andere bewerbende|zugunsten eines anderen bewerbers|"
        "zugunsten einer anderen bewerberin|zugunsten einer anderen person|"
        "zugunsten eines anderen kandidaten|zugunsten einer anderen kandidatin]",
        "[andere|anderen] [bewerbende|bewerbenden|bewerber|bewerberinnen|kandidatinnen] "
        "entschieden",
        "stelle [wurde|ist] [bereits |inzwischen |mittlerweile |schon |][besetzt|vergeben]",
        "position wurde [bereits |][besetzt|vergeben]",
        "bewerbung [leider |][nicht|nicht weiter] [berücksichtigt|weiterverfolgen|"
        "weiter verfolgen]",
        "[nicht|leider nicht] in die [nächste|weitere] [runde|auswahlrunde|phase|auswahl]",
        "gegen [ihre|deine] [bewerbung|kandidatur] entschieden",
        "[keine positive rückmeldung|keine positivere nachricht|keine bessere nachricht|"
        "keine besseren nachrichten]",
        "[ihr|dein] profil [passt|entspricht] [leider |][nicht|nicht ganz]",
        # French
        # ("une suite favorable à votre demande" is also a bank's or a landlord's refusal.)
        "ne donnerons [pas |malheureusement pas |][une suite favorable|suite] "
        "[à votre candidature|à ta candidature]",
        "ne [pouvons|pourrons] [pas |malheureusement pas |][donner une suite favorable|"
        "donner suite] [à votre candidature|à ta candidature]",
        "[ne sera pas|ne pourra pas être|pas pu être] [retenue|retenu|retenues|retenus]",
        "pas été [retenues|retenus]",
        "[poste|offre] [a déjà été|est déjà|est désormais|a été] pourvue",
        "[poste a déjà été|poste est déjà|poste est désormais] pourvu",
        "notre choix [sur|vers] [un autre|une autre|d autres]",
        "[s est porté|s est portée] sur [un autre|une autre|d autres]",
        "[profils|candidats|candidatures] [correspondant|correspondent|correspond] "
        "[davantage|mieux|plus précisément]",
        # Spanish
        "[no has sido|no has resultado|no ha resultado] [seleccionado|seleccionada] [para|en]",
        "[no has sido|no ha sido] [elegido|elegida] para",
        "[no podemos|no vamos a|hemos decidido no] [continuar|seguir adelante|avanzar] "
        "[con tu candidatura|con su candidatura|contigo|con usted]",
        "[no continuarás|no seguirás|no avanzarás|no pasarás] [en el proceso|a la siguiente]",
        "[vacante|posición] [ya fue|fue|ya está] [cubierta|ocupada]",
        "[vacante|posición] [ha sido|ya ha sido] ocupada",
        "puesto [ha sido|ya ha sido|ya fue|fue|ya está] [cubierto|ocupado]",
        "[perfil|perfiles] [que |][se ajusta|se ajustan|encaja|encajan] [más|mejor]",
        # Italian
        "[procedere|continuare|andare avanti] con [altri|altre|un altro|un altra]",
        "proseguire con [altre|un altro|un altra]",
        "[non possiamo|non potremo|abbiamo deciso di non] [proseguire|procedere] con la "
        "[sua|tua] candidatura",
        "[non possiamo|non potremo|abbiamo deciso di non] dare seguito alla [sua|tua] candidatura",
        "posizione [è già stata|risulta già] [coperta|assegnata|chiusa]",
        "posizione è stata [assegnata|chiusa]",
        "ruolo [è stato|è già stato|risulta già] [coperto|assegnato|chiuso]",
        "[profilo|candidatura] non [in linea|risulta in linea|corrisponde|coerente]",
        "[profili|candidati] [maggiormente in linea|più in linea|più aderenti]",
        "non [è|sia] stata [ritenuta idonea|selezionata per]",
        # Portuguese (PT and BR)
        "[optamos por|decidimos] [seguir|prosseguir|avançar] com [outros|outro|outra]",
        "não [vamos|iremos|podemos|poderemos] dar [continuidade|seguimento] [à sua|à tua|ao seu] "
        "[candidatura|processo]",
        "não será possível dar [continuidade|seguimento] [à sua candidatura|ao seu processo]",
        "[vaga|posição|oportunidade] [já |][foi|está] [preenchida|encerrada]",
        "[perfil|perfis] mais [aderente|aderentes|alinhado|alinhados|adequado|adequados]",
        "não [foi|foste] [selecionado|selecionada|escolhido|escolhida] para",
        "não [foi|foste] [aprovado|aprovada] para [a próxima|as próximas]",
        "não [seguirá|avançará|prosseguirá|passará] para [a próxima|as próximas]",
        "[encerrar|encerramos|encerrada|encerrado] [a sua|a tua] participação",
        # Dutch
        "[profiel|ervaring|achtergrond] [beter|meer] [aansluit|aansluiten|aansloot]",
        "vacature is [inmiddels|al|reeds] [vervuld|ingevuld|vergeven]",
        "vacature is vergeven",
        "[functie|positie] is [inmiddels |al |reeds |][vervuld|ingevuld|vergeven]",
        "[nodigen je|nodigen jou|nodigen u|nodigen we je|nodigen wij je|nodigen we u] "
        "[niet|helaas niet] uit",
        "[je|jou|u] [niet|helaas niet] [uit te nodigen|uitnodigen] voor",
        "[je|u] niet door te laten gaan",
        "niet in aanmerking [voor de functie|voor deze functie|voor de vacature|"
        "voor deze vacature|voor een gesprek|voor een vervolggesprek|voor de volgende ronde]",
        "[een andere sollicitant|een andere kandidate]",
        # Polish
        "[innymi kandydatami|innymi kandydatkami|innym kandydatem|inną kandydatką]",
        "[wybraliśmy|zdecydowaliśmy się na|wybrana została|wybrano|wybrany został] "
        "[inną osobę|innego kandydata|inną kandydatkę|innych kandydatów|inną kandydaturę]",
        "nie [zakwalifikowała się|zakwalifikował się|została zakwalifikowana|"
        "został zakwalifikowany|przeszła|przeszedł|przejdzie|przechodzi] "
        "do [kolejnego|następnego|dalszego] etapu",
        "nie [zakwalifikowała się|zakwalifikował się|została zakwalifikowana|"
        "został zakwalifikowany|przeszła|przeszedł|przejdzie] do [kolejnych|dalszych] etapów",
        "kandydatura nie [została|zostanie] [zakwalifikowana|wybrana|rozpatrzona pozytywnie]",
        "[nie możemy|nie będziemy mogli] [kontynuować rekrutacji|kontynuować procesu|"
        "zaprosić pani|zaprosić pana|zaprosić cię|zaproponować pani współpracy|"
        "zaproponować panu współpracy|zaproponować współpracy]",
        "stanowisko [zostało|jest już|zostało już] obsadzone",
        # Swedish
        "inte kommer att [gå|går] vidare",
        "[går|gå|gått|gick] vidare med [andra|en annan] [kandidat|kandidater|sökande]",
        "inte [längre |]aktuell [för tjänsten|för rollen|för denna tjänst|för den här tjänsten|"
        "i processen|i rekryteringen|i rekryteringsprocessen]",
        "[tjänsten|rollen] har [nu |]tillsatts",
        # Danish
        "[ikke blevet dig|blev ikke dig|blevet en anden|faldt på en anden|faldet på en anden|"
        "valget er faldet på]",
        "[stillingen|jobbet] er [nu |blevet |nu blevet ]besat",
        "[ikke kommet|ikke komme|ikke kommer] i betragtning",
        "ikke [gået|kommet] videre",
        "ikke [indkalde dig|indkaldt|blevet indkaldt|inviteret] til [samtale|jobsamtale|"
        "ansættelsessamtale|en samtale]",
        # Norwegian
        "[stillingen er|stillingen har blitt] [nå |]besatt",
        "[ble dessverre ikke|ble ikke|har dessverre ikke blitt|har ikke blitt] deg",
        "ikke [lenger |]aktuell [for stillingen|i den videre prosessen|videre i prosessen]",
        "ikke gått videre",
        "ikke [innkalle deg|innkalt|blitt innkalt] til [intervju|samtale]",
        # Finnish
        "valinta ei [tällä kertaa |][kohdistunut|kohdistu] [sinuun|teihin]",
        "valinta [kohdistui|on kohdistunut] [toiseen|toisiin|muihin]",
        "[et|ette] [valikoitunut|valikoituneet|tullut valituksi|edennyt|edenneet]",
        "muiden [hakijoiden|ehdokkaiden|kandidaattien] kanssa",
        "[toiseen|toisen] [hakijaan|hakijan|ehdokkaaseen|ehdokkaan]",
        "[tehtävä|paikka|työpaikka] on [nyt |jo |]täytetty",
        # Czech
        "[jiného|jinou|jiné|jiných] [kandidáta|kandidátku|kandidáty|uchazeče|uchazečku|uchazečů]",
        "[nebudeme|nemůžeme] pokračovat [ve výběrovém řízení|s vaší kandidaturou]",
        "[kandidatura|přihláška] nebyla [úspěšná|vybrána]",
        "[nepostoupil|nepostoupila|nepostoupili] do [dalšího|další]",
        "pozice [již |už |][byla|je] obsazena",
        "[nebyl jste vybrán|nebyla jste vybrána|nevybrali jsme vás]",
        # Turkish
        "[diğer adaylarla|başka bir adayla|farklı bir adayla] [devam|ilerleme|ilerlemeye]",
        "[sizinle|adaylığınızla] [bu süreçte |][ilerleyemeyeceğiz|devam edemeyeceğiz|"
        "ilerlememe kararı]",
        "pozisyon [doldurulmuştur|kapanmıştır|kapatılmıştır]",
        # Romanian
        "nu [ați fost|ai fost] [selectat|selectată|selecționat|selecționată] [pentru|în]",
        "nu [ați trecut|ai trecut|veți trece|vei trece] în [etapa|următoarea]",
        "[continuăm|continua|mergem mai departe] cu [alți candidați|alt candidat]",
        "[poziția|postul] [a fost|este deja|a fost deja] [ocupat|ocupată]",
    ),
    "regret": (
        "[niestety|z przykrością|tyvärr|desværre|dessverre|valitettavasti|bohužel|je nám líto|"
        "s lítostí|maalesef|üzülerek|üzgünüz|din păcate|cu părere de rău|regretăm|"
        "lamentavelmente|beklagenswerterweise]",
        "[nach sorgfältiger|nach eingehender|nach gründlicher] [prüfung|abwägung|überlegung]",
        "[nach reiflicher überlegung|keine leichte entscheidung|schwere entscheidung|"
        "schwierige entscheidung]",
        "[après une étude attentive|après examen attentif|après mûre réflexion|"
        "après une analyse attentive|après étude approfondie|décision difficile]",
        "[tras un cuidadoso análisis|tras analizar detenidamente|después de un análisis detallado|"
        "tras valorar detenidamente|decisión difícil]",
        "[dopo un attenta valutazione|dopo attenta valutazione|dopo un attenta analisi|"
        "decisione difficile|scelta difficile]",
        "[na zorgvuldige overweging|na zorgvuldige afweging|na een zorgvuldige afweging|"
        "na zorgvuldige beoordeling|moeilijke beslissing|lastige keuze|moeilijke keuze]",
        "[após cuidadosa análise|após análise cuidadosa|após uma análise cuidadosa|"
        "decisão difícil]",
        "[po dokładnej analizie|po wnikliwej analizie|po starannej analizie|trudna decyzja|"
        "trudną decyzję]",
        # "Many applications": the reason a refusal gives (also in receipts, as in English).
        "[zahlreiche bewerbungen|vielzahl von bewerbungen|vielzahl an bewerbungen|"
        "große anzahl an bewerbungen|nombreuses candidatures|grand nombre de candidatures|"
        "gran número de candidaturas|numerosas candidaturas|gran cantidad de candidaturas|"
        "numerose candidature|elevato numero di candidature|grande numero di candidature|"
        "groot aantal sollicitaties|vele sollicitaties|grande número de candidaturas|"
        "grande volume de candidaturas|duża liczba aplikacji|dużą liczbę aplikacji|"
        "dużą liczbę zgłoszeń|många sökande|stort antal sökande|många ansökningar|"
        "mange ansøgere|mange ansøgninger|mange kvalificerede|mange søkere|"
        "mange godt kvalifiserte|runsaasti hakemuksia|paljon hakemuksia|velký počet uchazečů|"
        "velké množství uchazečů|çok sayıda başvuru|număr mare de candidați|"
        "număr mare de aplicații]",
    ),
    "future": (
        "[talentpool|talent pool|bewerberpool|kandidatenpool|für ihren weiteren beruflichen|"
        "für deinen weiteren beruflichen|bei ihrer weiteren jobsuche|bei deiner weiteren jobsuche]",
        "[bonne continuation|plein succès|succès dans vos|réussite dans vos|"
        "dans vos recherches|dans votre recherche d emploi|conserver votre candidature|"
        "conservons votre candidature|conserver votre cv|conservons votre cv|notre vivier]",
        "[mucha suerte en|te deseamos suerte|le deseamos suerte|en tu búsqueda de empleo|"
        "en su búsqueda de empleo|en tu búsqueda laboral|"
        "próximos procesos|futuros procesos|procesos futuros|conservaremos tu cv|"
        "conservaremos su cv|guardaremos tu cv]",
        "[future posizioni|future selezioni|prossime selezioni|future ricerche|prossime ricerche|"
        "future occasioni|occasioni future|opportunità future|prossime opportunità|"
        "successi professionali|buona fortuna per]",
        "[banco de talentos|futuros processos|próximos processos|processos futuros|"
        "oportunidades futuras|futuras vagas|próximas vagas]",
        "[succes met je|succes met uw|succes bij je|succes bij uw|je zoektocht|uw zoektocht|"
        "toekomstige vacatures|toekomstige functies|talentenpool]",
        "[życzymy powodzenia|życzę powodzenia|życzymy sukcesów|sukcesów zawodowych|"
        "dalszych poszukiwaniach|przyszłych rekrutacjach|przyszłych procesach rekrutacyjnych|"
        "kolejnych rekrutacjach|kolejnych procesach rekrutacyjnych|bazie kandydatów|"
        "bazy kandydatów|bazę kandydatów]",
        "[lycka till|framtida rekryteringar|framtida tjänster|kommande rekryteringar|"
        "kommande tjänster|fortsatta jobbsökande|ditt fortsatta sökande|kandidatbank]",
        "[held og lykke|fremtidige stillinger|fremtidige rekrutteringer|din videre jobsøgning|"
        "videre jobsøgning|god vind fremover]",
        "[lykke til|fremtidige muligheter|videre jobbsøking|jobbsøkingen videre]",
        "[onnea jatkoon|onnea työnhakuun|tulevissa rekrytoinneissa|tuleviin tehtäviin|"
        "menestystä jatkoon|menestystä työnhakuun]",
        "[hodně štěstí|hodně úspěchů|mnoho úspěchů|budoucích výběrových|budoucí pozice|"
        "budoucích pozic|databázi kandidátů|dalším hledání]",
        "[kariyerinizde başarılar|başarılar dileriz|ileride açılacak|gelecekteki pozisyon|"
        "gelecekte açılacak|aday havuzumuzda|aday havuzu]",
        "[mult succes|succes în continuare|oportunități viitoare|viitoare oportunități|"
        "poziții viitoare|recrutări viitoare]",
    ),
    "applied": (
        "[danke|herzlichen dank|besten dank] für [ihre|deine] bewerbung",
        "vielen dank für deine bewerbung",
        "bewerbung [ist bei uns|ist gut|ist erfolgreich|haben wir] [eingegangen|angekommen|"
        "erhalten]",
        "eingangsbestätigung [ihrer|deiner] bewerbung",
        "merci de votre candidature",
        "[nous vous remercions|je vous remercie] [de|pour] votre candidature",
        "[accusé de réception de|accusons réception de|accuser réception de] votre candidature",
        "votre candidature a [bien été|été] [reçue|enregistrée|transmise|prise en compte]",
        "[tu|su] [candidatura|postulación] [ha sido|fue] [recibida|registrada|enviada]",
        "[te has inscrito en la oferta|te has postulado|te postulaste|postulación enviada|"
        "postulación recibida|has aplicado a la oferta]",
        "[tua|sua] candidatura [è stata |][correttamente |][ricevuta|inviata|registrata|inoltrata]",
        "[ti sei candidato|ti sei candidata|hai inviato la tua candidatura|"
        "hai inviato la candidatura|candidatura inviata]",
        "[obrigada pela|obrigada por|agradecemos a sua] candidatura",
        "[sua|tua] candidatura foi [enviada|registrada|registada|submetida|realizada]",
        "candidatura [enviada|realizada|registrada] com sucesso",
        "[você se candidatou|candidatou se à vaga|se candidatar à vaga]",
        "[dank voor|dank je wel voor|dank u wel voor|hartelijk dank voor] [je|jouw|uw] "
        "sollicitatie",
        "[je|jouw|uw] sollicitatie [is|is goed] [ontvangen|binnengekomen]",
        "[ontvangstbevestiging sollicitatie|ontvangstbevestiging van je sollicitatie|"
        "ontvangstbevestiging van uw sollicitatie|je hebt gesolliciteerd|u heeft gesolliciteerd|"
        "gesolliciteerd op de vacature|gesolliciteerd naar de functie]",
        "[dziękujemy|dziękuję] za [aplikację|przesłanie cv|przesłanie aplikacji|"
        "udział w rekrutacji|aplikowanie|przesłanie zgłoszenia|twoją aplikację|"
        "pani aplikację|pana aplikację|zainteresowanie naszą ofertą]",
        "[otrzymaliśmy|otrzymałam|otrzymałem] [twoją|pani|pana] [aplikację|kandydaturę|cv]",
        "aplikacja [została |][wysłana|przesłana|przyjęta|zarejestrowana|dostarczona]",
        "[potwierdzenie aplikacji|potwierdzenie złożenia aplikacji|"
        "potwierdzenie otrzymania aplikacji|aplikowałeś|aplikowałaś|zaaplikowałeś|zaaplikowałaś]",
        "tack för [din ansökan|ansökan|att du sökt|att du har sökt|att du sökte|"
        "ditt intresse för tjänsten]",
        "[vi har tagit emot|vi har mottagit|har tagit emot|har mottagit] din ansökan",
        "din ansökan [är mottagen|är registrerad|har skickats|har tagits emot|har kommit in]",
        "[tak for din ansøgning|tak for ansøgningen|mange tak for din ansøgning|"
        "vi har modtaget din ansøgning|har modtaget din ansøgning|din ansøgning er modtaget|"
        "ansøgning modtaget|kvittering for din ansøgning|kvittering for modtaget ansøgning]",
        "[takk for din søknad|takk for søknaden|vi har mottatt din søknad|har mottatt søknaden|"
        "din søknad er mottatt|søknad mottatt|bekreftelse på mottatt søknad]",
        "[kiitos hakemuksestasi|kiitos kun hait|kiitos että hait|kiitos kiinnostuksestasi|"
        "olemme vastaanottaneet hakemuksesi|hakemuksesi on vastaanotettu|hakemus vastaanotettu|"
        "hakemuksesi on lähetetty|vastaanottaneet hakemuksesi]",
        "[děkujeme za váš zájem o pozici|děkujeme za vaši přihlášku|děkujeme za váš životopis|"
        "děkujeme za vaši reakci|děkujeme za vaši odpověď na inzerát|přihláška byla přijata|"
        "obdrželi jsme vaši|obdrželi jsme váš životopis|potvrzujeme přijetí]",
        "[başvurunuz için teşekkür|başvurduğunuz için teşekkür|başvurunuz alınmıştır|"
        "başvurunuzu aldık|başvurunuz bize ulaştı|başvurunuz başarıyla|"
        "ilanına yaptığınız başvuru]",
        "mulțumim pentru [aplicația|candidatura]",
        "[aplicația ta|aplicația dumneavoastră|candidatura ta|candidatura dumneavoastră] a fost "
        "[trimisă|primită|înregistrată]",
        "am primit [aplicația|cv ul|candidatura]",
    ),
    "review": (
        "[sichten|sorgfältig prüfen|eingehend prüfen|prüfen|bearbeiten] [ihre|deine] "
        "[bewerbung|unterlagen|bewerbungsunterlagen]",
        "uns [zeitnah |in kürze |schnellstmöglich |baldmöglichst |][bei ihnen|bei dir] "
        "[melden|zurückmelden]",
        "[vous recontacter|vous recontacterons|vous recontactera]",
        "[candidature|profil|dossier] est en cours [d étude|d examen|de traitement|d analyse]",
        "[estudiaremos|analizaremos|evaluaremos|valoraremos] tu [candidatura|perfil|cv|"
        "postulación]",
        "si tu perfil [encaja|se ajusta|coincide|cumple]",
        "[sarà valutata|verrà valutata|sarà presa in considerazione|"
        "verrà presa in considerazione|in fase di valutazione]",
        "se il [tuo|suo] profilo [sarà|risulterà|risulta] [in linea|idoneo]",
        "[sua|tua] candidatura [está |será |][em análise|analisada|avaliada]",
        "[caso seu|caso teu] perfil [seja|esteja|atenda|corresponda]",
        "se [seu|teu] perfil [for|estiver|atender|corresponder]",
        "[bekijken|beoordelen|bestuderen] [je|jouw|uw] [sollicitatie|cv|profiel]",
        "[przeanalizujemy|rozpatrzymy] [twoją|pani|pana] [aplikację|kandydaturę]",
        "zapoznamy się z [twoją|pani|pana] [aplikacją|kandydaturą]",
        "[tylko|wyłącznie] z wybranymi [osobami|kandydatami|kandydatkami]",
        "[aplikacja|kandydatura] [jest |zostanie |][rozpatrywana|rozpatrzona|przeanalizowana|"
        "analizowana|weryfikowana]",
        "[gå igenom|går igenom|granska|granskar] [din ansökan|ansökningarna|alla ansökningar]",
        "[urval sker löpande|urvalet sker löpande]",
        "[vi vender tilbage|vender tilbage til dig|gennemgår ansøgningerne|"
        "gennemgår din ansøgning|vurderer din ansøgning|vurdere din ansøgning|"
        "ansøgningerne behandles|behandles løbende|vurderes løbende]",
        "[kommer tilbake til deg|vurdere søknaden|vurderer søknaden|går gjennom søknaden|"
        "går gjennom søknadene|søknadene vurderes|vurderes fortløpende|behandles fortløpende]",
        "[käymme läpi hakemukset|käymme hakemukset läpi|hakemuksesi käsitellään|"
        "hakemuksesi on käsittelyssä|palaamme asiaan|haastatteluun valittuihin]",
        "[posoudíme|projdeme|prostudujeme] [váš životopis|vaši přihlášku|vaši reakci|"
        "tvůj životopis|tvou přihlášku]",
        "[budeme vás kontaktovat|ozveme se vám|ozveme se ti|kontaktovat pouze vybrané]",
        "[başvurunuz değerlendirilecek|başvurunuzu değerlendireceğiz|değerlendirme sürecindedir|"
        "değerlendirme aşamasında|sizinle iletişime geçeceğiz|sizinle iletişime geçilecektir]",
        "[vom analiza aplicația|vom evalua aplicația|vom analiza candidatura|"
        "vom evalua candidatura|te vom contacta|vă vom contacta|veți fi contactat|"
        "veți fi contactată|doar candidații selectați|numai candidații selectați]",
    ),
    "interview": (
        "[sie|dich] [gerne |persönlich |gerne persönlich |][kennenlernen|kennen lernen]",
        "[bewerbungsgespräch|telefoninterview|videointerview|auswahlgespräch|jobinterview]",
        "[faire votre connaissance|faire ta connaissance|un échange téléphonique|"
        "un premier échange|entretien visio|entretien téléphonique]",
        "[nos gustaría|queremos|quisiéramos] [conocerte|conocerle|conocerla]",
        "[lieti|felici|piacere] di [incontrarla|incontrarti|conoscerla|conoscerti]",
        "[videocolloquio|video colloquio|colloquio conoscitivo|colloquio telefonico]",
        "[gostaríamos de|queremos|adoraríamos] [conhecê lo|conhecê la|conhecer você|"
        "te conhecer|conversar com você]",
        "[rozmowa kwalifikacyjna|rozmowę kwalifikacyjną|rozmowy kwalifikacyjnej|"
        "rozmowie kwalifikacyjnej|rozmowy kwalifikacyjne|rozmów kwalifikacyjnych|"
        "rozmowa rekrutacyjna|rozmowę rekrutacyjną|rozmowy rekrutacyjnej|rozmowie rekrutacyjnej|"
        "spotkanie rekrutacyjne|spotkania rekrutacyjnego|spotkaniu rekrutacyjnym]",
        "[rozmowa|rozmowę|rozmowy|rozmowie|spotkanie] z [rekruterem|rekruterką]",
        "[intervju|intervjun|anställningsintervju|telefonintervju|videointervju|"
        "digital intervju|rekryteringssamtal]",
        "[jobsamtale|jobsamtalen|ansættelsessamtale|ansættelsessamtalen|indledende samtale|"
        "til samtale|til en samtale|telefoninterview|indkaldelse til samtale]",
        "[jobbintervju|intervjuet|innkalle deg til|innkalling til intervju|innkalt til intervju|"
        "til intervju]",
        "[haastattelu|haastatteluun|haastattelussa|haastattelun|haastattelua|haastattelukutsu|"
        "haastattelut|haastatteluaika|työhaastattelu|työhaastatteluun|videohaastattelu|"
        "videohaastatteluun|puhelinhaastattelu|puhelinhaastatteluun]",
        "[pohovor|pohovoru|pohovorem|pohovory|osobní pohovor|videopohovor|telefonický pohovor|"
        "přijímací pohovor|pozvánka na pohovor]",
        "[mülakat|mülakata|mülakatı|mülakatta|mülakatımız|mülakatınız|mülakatınıza|"
        "iş görüşmesi|iş görüşmesine|yüz yüze görüşme|görüşmeye davet]",
        "[interviu|interviul|interviului|interviuri|interviurile|invitație la interviu]",
    ),
    "schedule": (
        "[wann passt es ihnen|wann passt es dir|wann hätten sie zeit|wann hättest du zeit]",
        "[agendar|coordinar|programar] una [llamada|videollamada]",
        "agendar [uma |][entrevista|conversa|chamada]",
        "[wanneer schikt het|wanneer het je schikt|wanneer het u schikt|datum prikken|"
        "moment prikken]",
        "[dostępność|dostępności|termin rozmowy|terminu rozmowy|terminie rozmowy|"
        "termin spotkania|terminu spotkania|dogodny termin|dogodnego terminu|dogodnym terminie]",
        "[när passar det|vilka tider|föreslagna tider|lediga tider|passar det dig]",
        "[hvornår passer det|passer det dig|forslag til tidspunkt|forslag til tidspunkter]",
        "[passer det for deg|når passer det|tidspunkt som passer|forslag til tidspunkt]",
        "[sopiiko sinulle|sopivaa aikaa|sopiva aika|sopivan ajan|aikaehdotus|aikaehdotuksia|"
        "ehdotetut ajat]",
        "[vhodný termín|vhodného termínu|navrhněte termín|domluvit termín|kdy by vám vyhovovalo]",
        "[müsait olduğunuz|müsaitlik|uygun olduğunuz|uygun bir zaman|görüşme saati|görüşme tarihi]",
        "[disponibilitatea ta|disponibilitatea dumneavoastră|interval orar|intervale orare]",
    ),
    "assess": (
        "[onlinetest|eignungstest|persönlichkeitstest|arbeitsprobe|testaufgabe|"
        "assessment center|case aufgabe]",
        "[test en ligne|tests en ligne|test psychotechnique|tests psychotechniques|"
        "test de personnalité|questionnaire de personnalité|mise en situation|étude de cas|"
        "exercice pratique|test de logique|test d aptitude]",
        "[prueba online|pruebas online|prueba psicotécnica|pruebas psicotécnicas|"
        "prueba de conocimientos|prueba de aptitud|prueba de personalidad|prueba de programación]",
        "[caso práctico|reto técnico|test de personalidad|test psicotécnico]",
        "[test attitudinale|test attitudinali|test psicoattitudinale|test tecnico|test di logica|"
        "prova pratica|caso pratico|test di programmazione|sfida tecnica]",
        "[teste online|testes online|teste de perfil|teste comportamental|teste de lógica|"
        "teste de personalidade|avaliação online|avaliação técnica|case prático|estudo de caso|"
        "teste prático|desafio prático]",
        "[capaciteitentest|capaciteitentesten|persoonlijkheidstest|persoonlijkheidsvragenlijst|"
        "praktijkopdracht|thuisopdracht|programmeeropdracht]",
        "[zadanie techniczne|zadania technicznego|"
        "test kompetencji|test kompetencyjny|test techniczny|testu technicznego|"
        "zadanie praktyczne|test psychometryczny|testy online]",
        "[arbetsprov|arbetsprovet|personlighetstest|logiktest|kompetenstest|caseuppgift|"
        "kodtest|arbetspsykologiska tester|arbetspsykologiskt test|alva labs|assessio|matrigma]",
        "[personlighedstest|logiktest|personprofil|caseopgave|case opgave|arbejdsprøve|kodetest]",
        "[personlighetstest|evnetest|kodetest|caseoppgave|case oppgave|arbeidsprøve]",
        "[soveltuvuusarviointi|soveltuvuusarviointiin|soveltuvuustesti|soveltuvuustestit|"
        "henkilöarviointi|henkilöarviointiin|ennakkotehtävä|ennakkotehtävän|koodaustehtävä|"
        "persoonallisuustesti]",
        "[testovací úkol|testový úkol|technický test|technický úkol|psychologický test|"
        "osobnostní test|programátorský úkol]",
        "[online sınav|değerlendirme testi|kişilik envanteri|kişilik testi|yetenek testi|"
        "teknik test|teknik ödev|vaka çalışması]",
        "[test online|test tehnic|testul tehnic|temă tehnică|studiu de caz|"
        "test de personalitate|test de logică|evaluare online]",
    ),
    "technical": (
        "[fachgespräch|fachgespräche|fachliches gespräch|fachlichen gespräch|"
        "probearbeit|probearbeiten|probearbeitstag]",
        "[entretiens techniques|échange technique|entretien avec l équipe technique]",
        "[entrevistas técnicas|colloqui tecnici|etapa técnica|fase técnica]",
        "[technische gesprekken|technisch interview|technische ronde]",
        "[rozmowa techniczna|rozmowę techniczną|rozmowy technicznej|rozmowie technicznej|"
        "etap techniczny|etapu technicznego|etapie technicznym|weryfikacja techniczna|"
        "weryfikacji technicznej|spotkanie techniczne|spotkania technicznego]",
        "[teknisk intervju|tekniska intervjun|tekniska intervjuer|tekniskt samtal|"
        "tekniska samtalet|teknisk samtale|tekniske samtale|teknisk interview|tekniske intervjuet|"
        "faglig intervju|faglig samtale]",
        "[tekninen haastattelu|tekniseen haastatteluun|teknisessä haastattelussa|"
        "teknisen haastattelun]",
        "[technický pohovor|technického pohovoru|technickém pohovoru|technické kolo|"
        "technického kola]",
        "[teknik mülakat|teknik mülakata|teknik mülakatta|teknik görüşme|teknik görüşmeye]",
        "[interviu tehnic|interviul tehnic|interviului tehnic|etapa tehnică|runda tehnică]",
    ),
    "advance": (
        "[nächste runde|nächsten runde|nächste phase|nächsten phase|zweite runde|zweiten runde|"
        "zweites gespräch|zweiten gespräch|weiteren auswahlprozess|weiteren bewerbungsprozess]",
        "[étape suivante du processus|prochaine étape du processus|deuxième entretien|"
        "second entretien|deuxième tour|prochain tour|poursuivre le processus avec vous|"
        "suite du processus de recrutement]",
        "[siguiente fase|siguiente etapa|próxima fase|próxima etapa|segunda fase|"
        "segunda entrevista|siguiente ronda|has superado la]",
        "[fase successiva|prossima fase|prossimo step|step successivo|secondo colloquio|"
        "superato la prima fase]",
        "[próxima etapa|próxima fase|etapa seguinte|fase seguinte|segunda etapa|avançou para|"
        "aprovado para a próxima|aprovada para a próxima]",
        "[volgende ronde|tweede ronde|volgende fase|tweede gesprek|vervolggesprek|"
        "door naar de volgende|je bent door|ben je door naar]",
        "[kolejny etap|kolejnego etapu|kolejnym etapie|następny etap|następnego etapu|"
        "następnym etapie|drugi etap|drugiego etapu|dalszy etap|dalszego etapu|dalszym etapie]",
        "[nästa steg i processen|nästa omgång|andra omgången|vidare i processen|vidare till nästa]",
        "[næste runde|anden runde|videre i processen|videre til næste]",
        "[neste runde|andre runde|videre i prosessen|videre til neste]",
        "[seuraavaan vaiheeseen|seuraavaan haastatteluun|toiselle kierrokselle|"
        "toiseen vaiheeseen|pääsit jatkoon|olet päässyt jatkoon|jatkohaastatteluun|"
        "jatkohaastattelu]",
        "[další kolo|dalšího kola|druhé kolo|druhého kola|další fázi|postupujete|"
        "postoupil jste|postoupila jste]",
        "[bir sonraki aşama|sonraki aşamaya|ikinci aşama|ikinci mülakat|ikinci tur]",
        "[etapa următoare|următoarea etapă|următoarea rundă|runda următoare|a doua etapă|"
        "al doilea interviu]",
    ),
    "offer": (
        "[jobzusage|stellenzusage|einstellungszusage|vertragsunterlagen|willkommen an bord]",
        "[sie|dich] [gerne |gern |][einstellen|an bord begrüßen]",
        "[heureux|heureuse|ravis|ravi|ravie|plaisir] de vous proposer [le poste|ce poste|"
        "un contrat|un cdi|un cdd]",
        "[proposition de contrat|proposition d emploi|lettre d engagement|bienvenue à bord]",
        "[propuesta de contratación|propuesta laboral|carta oferta|nos complace ofrecerte|"
        "nos complace ofrecerle|ofrecerte el puesto|ofrecerle el puesto|ofrecerte la posición|"
        "ofrecerle la posición]",
        "[proposta contrattuale|lettera di assunzione|contratto di assunzione|"
        "offrirle la posizione|offrirti la posizione|offrirle il ruolo|offrirti il ruolo|"
        "proporle la posizione|proporti la posizione]",
        "[proposta de trabalho|proposta de contratação|proposta salarial|oferecer lhe a vaga|"
        "oferecer te a vaga|oferecer lhe a posição|oferecer te a posição]",
        "[arbeidsvoorwaardengesprek|arbeidsvoorwaardenvoorstel|aanbiedingsbrief|welkom aan boord|"
        "bieden je de functie aan|bieden u de functie aan|je de functie aan te bieden|"
        "u de functie aan te bieden]",
        "[oferta zatrudnienia|ofertę zatrudnienia|oferty zatrudnienia|propozycja zatrudnienia|"
        "propozycję zatrudnienia|propozycji zatrudnienia|witamy na pokładzie]",
        "[erbjudande om anställning|anställningserbjudande|erbjuda dig tjänsten|"
        "erbjuda dig jobbet|erbjuda dig en anställning|jobberbjudande|välkommen ombord]",
        "[jobtilbud|tilbud om ansættelse|tilbyde dig stillingen|tilbyde dig jobbet|"
        "ansættelsesbrev|velkommen ombord]",
        "[jobbtilbud|tilbud om ansettelse|tilby deg stillingen|tilby deg jobben|"
        "ansettelsestilbud|velkommen om bord]",
        "[työtarjous|sinut on valittu tehtävään|olet tullut valituksi|valinta kohdistui sinuun]",
        "[nabídnout vám pozici|nabídnout ti pozici|rádi bychom vám nabídli pozici|"
        "rádi bychom ti nabídli pozici]",
        "[iş teklifi|iş teklifimiz|iş teklifimizi|iş teklifini|teklif mektubu|teklif mektubunuz|"
        "işe alım teklifi]",
        "[oferta de angajare|oferta noastră de angajare|scrisoare de ofertă|scrisoarea de ofertă]",
    ),
    "comp": (
        "[gehaltsvorstellung|gehaltsvorstellungen|bruttojahresgehalt|jahresbruttogehalt|"
        "arbeitsbeginn|ersten arbeitstag|erster arbeitstag|eintrittstermin]",
        "[salaire annuel|rémunération annuelle|package salarial|prétentions salariales|"
        "date d embauche|date de prise de poste|prise de poste]",
        "[salario bruto|salario anual|banda salarial|expectativas salariales|"
        "pretensiones salariales|fecha de incorporación]",
        "[retribuzione annua|stipendio annuo|aspettative economiche|data di inserimento|"
        "data di assunzione|primo giorno di lavoro]",
        "[pretensão salarial|faixa salarial|salário base|data de admissão|"
        "primeiro dia de trabalho]",
        "[bruto maandsalaris|brutosalaris|salarisindicatie|salarisverwachting|salarisvoorstel|"
        "eerste werkdag]",
        "[wynagrodzenie|wynagrodzenia|oczekiwania finansowe|oczekiwań finansowych|"
        "widełki płacowe|data rozpoczęcia pracy|pierwszy dzień pracy|pierwszego dnia pracy]",
        "[löneanspråk|ingångslön|första arbetsdag|första arbetsdagen]",
        "[lønforventning|lønforventninger|månedsløn|tiltrædelse|tiltrædelsesdato|"
        "første arbejdsdag]",
        "[lønnsforventning|lønnsforventninger|månedslønn|årslønn|tiltredelse|første arbeidsdag]",
        "[palkkatoive|palkkatoiveesi|palkkatoiveen|kuukausipalkka|aloituspäivä|"
        "työsuhteen alkamispäivä|ensimmäinen työpäivä]",
        "[mzda|mzdu|platové ohodnocení|mzdové ohodnocení|nástupní mzda|datum nástupu|"
        "nástup do práce|první pracovní den]",
        "[maaş beklentisi|maaş beklentiniz|maaş beklentinizi|yan haklar|işe başlama tarihi|"
        "işe başlama tarihiniz|ilk iş günü|ilk iş gününüz]",
        "[salariu|salariul|pachet salarial|așteptări salariale|așteptările salariale|"
        "data de începere|data angajării|prima zi de lucru]",
    ),
    "checks": (
        "[führungszeugnis|polizeiliches führungszeugnis|arbeitszeugnisse|referenzgeber]",
        "[casier judiciaire|extrait de casier|prise de références|vérification des références|"
        "références professionnelles]",
        "[certificado de antecedentes|verificación de referencias|referencias laborales]",
        "[casellario giudiziale|certificato penale]",
        "[antecedentes criminais|registo criminal|certidão de antecedentes|"
        "referências profissionais|verificação de referências]",
        "[verklaring omtrent het gedrag|vog aanvragen|referentiecheck]",
        "[zaświadczenie o niekaralności|niekaralności|referencje|referencji|"
        "sprawdzenie referencji|weryfikacja referencji]",
        "[referenser|referenstagning|referenstagningen|belastningsregister|bakgrundskontroll]",
        "[referencer|straffeattest|børneattest|referencetjek]",
        "[referanser|politiattest|referansesjekk]",
        "[suosittelija|suosittelijat|suosittelijoita|suosittelijoiden|suosittelijasi|rikosrekisteriote|"
        "taustaselvitys|turvallisuusselvitys]",
        "[výpis z rejstříku trestů|rejstříku trestů|rejstřík trestů]",
        "[referanslarınız|referans kontrolü|adli sicil]",
        "[referințe|cazier judiciar|cazierul judiciar|verificarea referințelor]",
    ),
    "status": (
        "[bewerbungsstatus|status ihrer bewerbung|status deiner bewerbung|"
        "stand ihrer bewerbung|stand deiner bewerbung|noch keine entscheidung|"
        "zwischenbescheid|zwischennachricht]",
        "[statut de votre candidature|suivi de votre candidature|état de votre candidature|"
        "pas encore de décision|pas encore pris de décision]",
        "[estado de tu candidatura|estado de su candidatura|estado de tu postulación|"
        "actualización de tu candidatura|actualización sobre tu candidatura|seguimos evaluando|"
        "aún no hemos tomado]",
        "[stato della tua candidatura|stato della sua candidatura|"
        "aggiornamento sulla tua candidatura|aggiornamento sulla sua candidatura|"
        "stiamo ancora valutando]",
        "[status da sua candidatura|status da candidatura|atualização sobre sua candidatura|"
        "atualização da sua candidatura|estado da sua candidatura|ainda estamos avaliando]",
        "[status van je sollicitatie|status van uw sollicitatie|update over je sollicitatie|"
        "update over uw sollicitatie|nog geen beslissing|nog geen besluit]",
        "[status aplikacji|status twojej aplikacji|statusu aplikacji|statusie aplikacji|"
        "status rekrutacji|jeszcze nie podjęliśmy]",
        "[pracodawca|rekruter|rekruterka] [wyświetlił|wyświetliła|otworzył|otworzyła|"
        "przejrzał|przejrzała|zobaczył|zobaczyła]",
        "[status för din ansökan|status på din ansökan|läget i rekryteringen|lägesrapport|"
        "rekryteringen pågår|dragit ut på tiden]",
        "[status på din ansøgning|status på rekrutteringen|status på forløbet|endnu ikke truffet]",
        "[status på din søknad|status i rekrutteringen|status på prosessen|"
        "ikke tatt en beslutning]",
        "[hakemuksesi tila|hakemuksen tila|tilannepäivitys|rekrytointi on vielä kesken|"
        "rekrytointi on kesken]",
        "[stav vaší žádosti|stav vaší přihlášky|stav výběrového řízení|"
        "výběrové řízení stále probíhá]",
        "[başvuru durumu|başvurunuzun durumu|başvuru durumunuz|değerlendirme süreci devam]",
        "[statusul aplicației|stadiul aplicației|statusul candidaturii|încă evaluăm]",
    ),
}


# Folded once per pattern here: the automaton's build normalises every expanded phrase, and
# accented text takes the slow path there (~4,000 phrases: ~40 ms more at import).
EXTRA = {cue: tuple(fold(p) for p in patterns) for cue, patterns in EXTRA.items()}
