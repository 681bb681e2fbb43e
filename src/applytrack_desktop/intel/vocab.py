"""Small word lists the extractors share: job nouns, department words, common first names.

They tell a job title ("Senior Data Engineer") from a company ("Acme Analytics") and a
person ("Jane Doe") from an employer in a display name, in English, French, German and
Spanish. Kept short on purpose: they only break ties that the patterns leave open.
"""

from __future__ import annotations

from typing import Final


def words(text: str) -> frozenset[str]:
    """The blank-separated words of ``text`` (long lists read better as one string)."""
    return frozenset(text.split())


# Head nouns of job titles (lower case). A phrase holding one of these is a title, not a company.
JOB_NOUNS: Final[frozenset[str]] = words(
    "engineer engineers engineering developer developers manager analyst scientist designer "
    "director lead leader architect specialist consultant coordinator administrator admin "
    "intern operative worker "
    "internship associate assistant officer representative rep writer editor accountant "
    "nurse teacher technician recruiter sourcer owner president vp head sre devops programmer "
    "researcher strategist marketer executive advisor adviser agent counsel attorney lawyer "
    "paralegal controller auditor clerk cashier barista chef cook driver operator supervisor "
    "planner buyer producer artist animator tester qa support partner fellow apprentice "
    "trainee graduate principal staff member lecturer professor physician pharmacist "
    "therapist electrician mechanic machinist welder copywriter photographer receptionist "
    "secretary bookkeeper underwriter actuary economist statistician cto cfo ceo coo ciso "
    "generalist expert evangelist advocate steward coach instructor tutor master "
    "ingénieur ingenieur ingénieure développeur développeuse developpeur chargé chargée "
    "responsable analyste gestionnaire stagiaire alternant technicien conseiller directeur "
    "directrice chef consultante concepteur "
    "entwickler entwicklerin ingenieurin berater beraterin leiter leiterin referent "
    "referentin sachbearbeiter werkstudent praktikant praktikum mitarbeiter mitarbeiterin "
    "manager:in ingeniero ingeniera desarrollador desarrolladora analista gerente jefe "
    "coordinador coordinadora diseñador diseñadora consultor consultora becario becaria "
    "ejecutivo ejecutiva vendedor vendedora asesor asesora "
    "científico científica técnico técnica especialista "
    "addetto addetta addetto/a impiegato impiegata sviluppatore sviluppatrice ingegnere tecnico "
    "commerciale desenvolvedor desenvolvedora desenvolvedor(a) engenheiro engenheira "
    "engenheiro(a) coordenador coordenadora assistente estagiário estagiária medewerker "
    "teamleider ontwikkelaar adviseur verpleegkundige docent stagiair chargé(e) generalist rn "
    "werkstudentin auszubildende azubi buchhalter buchhalterin kaufmann kauffrau verkäufer "
    "verkäuferin köchin fahrer pfleger pflegerin erzieher erzieherin lehrer lehrerin "
    "assistenz sachbearbeiterin elektriker mechatroniker monteur lagerist disponent einkäufer "
    "contable cocinero cocinera camarero camarera enfermero enfermera profesor profesora "
    "vendedor vendedora dependiente administrativo administrativa auxiliar operario operaria "
    "comptable vendeur vendeuse infirmier infirmière cuisinier cuisinière serveur serveuse "
    "juriste acheteur acheteuse responsabile contabile cuoco commesso commessa magazziniere "
    "infermiere infermiera operaio programmatore boekhouder verkoper "
    "contadora enfermeiro enfermeira cozinheiro cozinheira elektroniker recepcionista "
    "réceptionniste receptionist camarero "
    # Québec and France ("Coordonnateur(trice) de production"), Spain and Latin America
    # ("Encargado/a de Bodega", "Asistente de Obra"), Portugal and Brazil, German trades
    "producteur productrice coordonnateur coordonnatrice coordinateur coordinatrice "
    "technicienne conseillère animateur animatrice éducateur éducatrice magasinier "
    "préparateur préparatrice chauffeur livreur caissier caissière opérateur opératrice "
    "ouvrier ouvrière encargado encargada asistente ayudante dependienta mozo repartidor "
    "empregada empregado atendente balconista zimmerer maurer dachdecker friseur gärtner "
    "kassierer "
    # Portugal's ("Gestor de Operações Logísticas", "Responsável de Planeamento",
    # "Planeador de Transportes")
    "gestor gestora responsável diretor diretora planeador planeadora operadora motorista "
    "spécialiste specialiste "
    # Hungarian, Czech and Slovak, Turkish, Finnish, Greek, Danish ("Junior könyvelő",
    # "Účetní", "Satış Temsilcisi", "İnsan Kaynakları Uzmanı", "Λογιστής/Λογίστρια")
    "recepciós könyvelő asszisztens mérnök értékesítő účetní manažer manažér skladník "
    "skladníčka asistent asistentka uzman uzmanı temsilcisi mühendis mühendisi müdür müdürü "
    "sorumlusu myyjä kirjanpitäjä insinööri asiantuntija suunnittelija päällikkö λογιστής "
    "λογίστρια pædagog "
    # Indonesian ("Analis Produk Digital", "Manajer Operasional", "Staf Keuangan")
    "analis manajer staf insinyur spesialis konsultan koordinator"
)

# Words that name a department or a hiring function, never a company on their own.
DEPARTMENT_WORDS: Final[frozenset[str]] = words(
    "hiring recruiting recruitment recruiter recruiters talent acquisition people hr team "
    "careers career jobs job human resources staffing candidate experience operations "
    "university campus early recrutement karriere personal personalabteilung reclutamiento "
    "selección seleccion équipe equipo ressources humaines rh portal empleo emploi empleos "
    "candidate candidates onboarding talentos administration administración administracion "
    "administração administracao amministrazione verwaltung "
    # human resources in Turkish, Arabic, Italian, Polish, Nordic and Dutch ("İnsan
    # Kaynakları", "الموارد البشرية", "Risorse Umane", "Personalavdelningen")
    "insan i̇nsan kaynakları kaynaklari الموارد البشرية risorse umane "  # "İ" folds to "i̇"
    "personalavdelningen personaleafdelingen personalavdelingen henkilöstöhallinto "
    "personeelszaken"
)

# Words that start a phrase that is not a name (pronouns, greetings, sign-offs).
NOT_A_NAME: Final[frozenset[str]] = words(
    "we our us you your the this that these those it its they their he she his her i my "
    "dear hi hello hey thanks thank best regards sincerely cheers kind warm all team "
    "unfortunately congratulations please position role job opening opportunity "
    "oportunidade oportunidad opportunité opportunità antworten responder répondre rispondi "
    "application interview offer update next steps today tomorrow january february march "
    "april june july august september october november december re fwd fw bonjour hallo hola "
    "nous vous wir sie ihre ihr nosotros usted su invitation reminder action required "
    "important urgent new quick follow complete ihnen uns euch dir dich mir noi lui ons jou "
    "intro introduction tentative conditional contingent verbal formal final written official "
    "revised updated"
)

# Common given names, to tell "Jane Doe" (a person) from "Acme Labs" (an employer) in a
# display name. Not exhaustive: a miss only costs a weak, outvoted candidate.
FIRST_NAMES: Final[frozenset[str]] = words(
    "james john robert michael william david richard joseph thomas charles christopher "
    "daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian "
    "george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan "
    "stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick "
    "raymond jack dennis jerry tyler aaron jose adam nathan henry zachary douglas peter "
    "kyle noah ethan jeremy walter christian keith roger terry austin sean gerald carl "
    "harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe logan alan "
    "juan albert willie elijah wayne randy vincent mason roy ralph bobby russell bradley "
    "philip eugene mary patricia jennifer linda elizabeth barbara susan jessica sarah karen "
    "lisa nancy betty sandra margaret ashley kimberly emily donna michelle carol amanda "
    "melissa deborah stephanie dorothy rebecca sharon laura cynthia amy kathleen angela "
    "shirley brenda emma anna pamela nicole samantha katherine christine helen debra "
    "rachel carolyn janet maria catherine heather diane olivia julie joyce victoria ruth "
    "virginia lauren kelly christina joan evelyn judith andrea hannah megan cheryl jacqueline "
    "martha madison teresa gloria sara janice ann kathryn abigail sophia frances jean alice "
    "judy isabella julia grace amber denise danielle marilyn beverly charlotte natalie "
    "theresa diana brittany doris kayla alexis lori marie jane priya raj rahul ananya "
    "wei li chen mei yuki hiroshi kenji sofia lucas leon lena lukas jonas felix max anna "
    "julien pierre camille manon chloe chloé léa lea hugo louis nicolas thomas antoine "
    "mathieu sophie claire isabelle nathalie carlos javier miguel luis pablo alejandro "
    "lucía lucia carmen elena laura marta ana jorge diego fernando sebastian sebastián "
    "ahmed mohammed fatima omar ali aisha sam alex chris pat jamie taylor morgan casey "
    "riley avery quinn drew robin kim lee nina tom tim ben dan nick mike matt steve "
    "jen jess kate katie beth liz meg ella mia zoe ava ivy eva nora "
    # Common given names of more countries: a recruiter signing "Kwame Okafor" is a person.
    "nadia rosa arjun devon mateo ngozi isabel amara marcus maya katrin kwame victor bianca "
    "leila tariq liam ines oliver harry oscar charlie alfie archie theo leo isaac finn luca "
    "marco matteo giulia francesca alessandro lorenzo giovanni paolo sven lars erik anders "
    "ingrid astrid johan pieter sanne noor daan ivan olga dmitri sergei natasha yusuf ibrahim "
    "hassan mustafa zainab layla amir reza farah kofi chidi emeka tunde femi aditya vikram "
    "anil sunil deepa kavya arun rohan neha pooja sanjay ravi hana haruto sakura yuna jürgen "
    "jurgen klaus stefan andreas markus "
    # Names the session-21 mail signed with ("Dale Porter, our Director of Plant Operations",
    # "Darragh" of an Irish agency) and other Irish, Brazilian, Polish and American ones
    "dale darragh kelli aoife orla grainne gráinne bruno renata jenna ciara sinead "
    "sinéad eimear niamh roisin róisín ruairi ruairí fionnuala tomas tomás deirdre "
    "padraig pádraig cormac oisin oisín eoin ciaran ciarán caoimhe saoirse aisling "
    "clodagh declan dermot donal eamon fergus gearoid colm brendan seamus shane conor "
    "cian mairead máiréad siobhán thiago larissa rafael gabriela leticia letícia "
    "fernanda juliana luiz gustavo rodrigo felipe vinicius vinícius matheus leonardo "
    "patrícia renan otavio marcos andré andre paulo ricardo eduardo fabio fábio bruna "
    "debora débora tatiana vanessa aline priscila kasia aleksandra justyna karolina "
    "ewelina grzegorz mateusz dorota iwona manny phyllis tamsin hollie imogen harriet "
    "bea nate derek rick jim dave darnell trey tanya brandi shawna latoya tasha kendra "
    # Names the wild and session-22 mail signed with ("Noelia García (Jobandtalent)" had made
    # the recruiter the employer) and other Spanish, Nordic, South African and Dutch ones
    "aditi aino alejandra alicia amandine anand andile anika ayesha bas bec becky bengt "
    "beppe bethany birgitta brad brent brett brianna bridget bryce burcu callum camilla "
    "carla carolina chantal colin corinne daniela dara darius darren debbie delphine "
    "dimitri eitan elin erin esther federica fiachra francisco fredrik freya gabrielle "
    "gareth gemma gillian gina gordon graham greg gwen gérard harpreet hattie hazel "
    "hendrik henna hélène ife imani inès inés ioana irene jake janelle jannik jared "
    "jasmine jeroen joanne joel jonah joost kagiso karin katharina keisha kemi kenny "
    "kirsty klara kuba lavanya leanne leena lina lindiwe lindsey lorena lorna lorraine "
    "lupita maggie maja manuel maren marisa marit mattias mauricio melanie mihai mika "
    "nacho naledi nia nisha nitin noelia noelle nomvula ollie paige paloma paola paula "
    "pirjo priyanka quique radek refilwe renee rhea riaan rosie ruud saara sasha serkan "
    "seun shanice sheila shermaine shwetha sofía sônia stéphanie sylvie takuya tamara "
    "tamika terrence tessa thuy tina tova ute verity wim yolanda yvette "
    # Names the session-20 blind inboxes signed with ("Confirmed: Intro chat with Dana
    # Whitfield", "Owen" over a design exercise) and other common ones; none a word or a
    # firm's name too (no "Happy", "Eli" of Eli Lilly, "Kerry" of Kerry Group, "Piper")
    "dana owen salome aaliyah addison adeline aiden aishwarya allison amelia amira anjali "
    "aria ariana arya aubrey audrey caleb camila caroline clara deepak divya eleanor eliana "
    "ellie emery emilia everly ezra fiona freddie gabriella gianna hailey isla josephine "
    "jules kai kinsley kiran leah levi lillian louise lucy luke lydia madeline madelyn "
    "marisol mila naomi nevaeh pauline penelope priscilla rajesh raphael romain rylee sadie "
    "scarlett shreya sione skylar thibault varun wyatt zoey siobhan brooke beatriz sabine "
    # More European, Middle Eastern, African, South and East Asian given names (the applicant
    # signs "Data Analyst - Tobias Brandt"; a recruiter "Mina Park"). No name that is also a
    # common brand or company word ("Ada", "Ford", "Grant", "Chase") is listed.
    "tobias matthias florian sebastian jens lars niklas moritz jonathan philipp simon "
    "tim timo fabian dominik benedikt johannes maximilian julian hannes henrik frederik mads "
    "rasmus mikkel soren søren bjorn björn magnus nils ola jonas emil oskar elias "
    "aleksander piotr pawel paweł krzysztof tomasz marcin michal michał jakub kamil lukasz "
    "łukasz wojciech katarzyna agnieszka małgorzata malgorzata joanna magdalena monika "
    "ewa zofia petra jana tereza lucie martina veronika eszter zsofia andras "
    "giorgio stefano davide simone federico riccardo chiara martina valentina alessia "
    "sara silvia beatriz ines inês joao joão pedro tiago rui duarte goncalo mariana "
    "raquel rocio rocío pilar dolores ignacio alvaro álvaro sergio raul raúl ruben rubén "
    "javier adrián adrian nuria núria marion aurelie aurélie elodie élodie mathilde juliette "
    "margaux clement clément baptiste theo théo remi rémi quentin maxime guillaume "
    "annelies femke lotte sanne anouk bram joris thijs ruben wouter "
    "mina minji jisoo jiwoo seojun hyun jin soo yeon yuto ren sota hina aoi riko takeshi "
    "akira kaito haruka yui mei ling xiao jun hao yan lin jing ying fang hui "
    "ananya aarav vivaan ishaan diya saanvi meera lakshmi sneha nikhil siddharth karthik "
    "suresh ramesh ganesh harish manish "
    "fatma ayse ayşe elif zeynep emre burak mehmet ahmet yusuf cem "
    "amina khadija mariam youssef karim samir nour rania salma tarek "
    "chinedu chioma ngozi adaeze obinna oluwaseun temitope abena akosua kwabena yaw "
    "thabo sipho lerato zanele wanjiru kamau otieno achieng "
    "yuko takashi akiko naoko keiko yuka yumi kaori tomoko sachiko emi mai aya ayumi kenta "
    "daisuke shota yusuke kazuki ryota riku hinata misaki nanami miho megumi naoki hideki "
    "masato satoshi makoto tetsuya koji shinji hiroko junko kumiko mariko noriko reiko yoko "
    "michiko kazuko shun taro ichiro kenichi hiroki tomohiro yoshiko chika rie saki asuka "
    "kazuo hiroyuki yoshihiro masaki shinya "
    "njeri wanjiku akinyi atieno wambui nyambura muthoni wairimu kiprono mwangi odhiambo "
    "ochieng omondi wekesa barasa baraka neema amani zawadi halima fatuma"
)

# Industry words that end many company names. A bare domain stem ending in one is shown split
# ("clearpathrobotics" -> "Clearpath Robotics") when the mail never spells the name out.
INDUSTRY_WORDS: Final[frozenset[str]] = words(
    "robotics foods food security dynamics logistics labs lab data health healthcare media "
    "capital systems therapeutics bank energy analytics software technologies technology tech "
    "partners consulting solutions networks studios studio games ventures insurance pharma "
    "pharmaceuticals motors airlines brewing coffee schools school hospital clinic retail "
    "stores markets aerospace automotive biotech bio financial finance foundation industries "
    "manufacturing mobility payments realty properties construction engineering electronics "
    "semiconductor telecom communications digital interactive learning education academy "
    "design creative marketing travel hotels resorts restaurants farms apparel fashion beauty "
    "sports fitness gaming entertainment pictures records music publishing press news "
    "services works cloud bakery consultants medical sciences science research "
    # more sectors that close a firm's name ("Nautilus Marine", "Orbital Freight")
    "marine maritime freight shipping outdoor outdoors outfitters textiles legal pharmacy "
    "dental hospitality solar utilities aviation airways railway transport "
    "builders biosciences genomics diagnostics devices instruments materials chemicals "
    "mining nutrition brands goods supply supplies distribution wholesale trading "
    "advisors advisory accounting lending credit defense"
)
