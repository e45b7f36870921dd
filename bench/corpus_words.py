"""The search corpus's vocabulary: our own word lists, most frequent first.

Each list is ordered by how often its words should occur: the text generator
(bench/corpus_text.py) draws from it with a Zipf-like distribution, so the
first words of a list are common and the last ones rare. Nouns marked with a
trailing "*" have no plural (the generator never writes "securities").
Spelling is British, as on the magazine.
"""

NOUNS = """
government security* war policy state country power year force region minister
leader defence* ministry official president election crisis economy trade* border
conflict alliance agreement army budget sanction deal strategy threat market
energy* aid* military* capital treaty week month coalition parliament opposition
talk summit report plan question cost price interest debt* war* law reform
pressure* influence* development* support* investment* growth* peace* stability*
diplomat analyst negotiator general commander soldier troop weapon missile drone
navy port ship supply* chain network cable pipeline gas* oil* grid infrastructure*
industry* company bank currency inflation* tax tariff export import corridor route
province city village capital community people* population migrant refugee
court constitution vote campaign party candidate voter protest movement
technology* data* system program* programme chip satellite attack operation
mission base deployment exercise fleet submarine aircraft jet tank artillery*
ammunition* shell rocket launcher radar border frontier coast island sea* river
water* food* grain* fertiliser* harvest drought flood climate* emission carbon*
finance* fund loan lender creditor investor bond ceasefire truce negotiation
proposal demand offer concession guarantee commitment promise pledge warning
statement speech interview announcement decision ruling judge lawyer prosecutor
investigation* inquiry evidence* intelligence* agency service spy source
document record archive history* memory* generation decade century era moment
future* past* present* question answer problem solution risk danger opportunity
challenge advantage weakness strength limit line rule norm principle value order
system regime dictator autocrat democracy* authority legitimacy* sovereignty*
independence* unity* integration* membership* enlargement* neighbour partner ally
rival adversary enemy competitor friend member bloc union council committee
commission assembly delegation embassy ambassador envoy consul mediator observer
monitor inspector expert scholar researcher journalist editor reader citizen
worker farmer trader merchant shipper insurer owner buyer seller producer
consumer exporter importer supplier manufacturer factory plant mine mineral
metal copper* lithium* cobalt* nickel* uranium* steel* aluminium* coal* power
electricity* reactor turbine panel battery vehicle car truck train railway road
bridge tunnel airport harbour terminal warehouse container vessel tanker cargo*
shipment delivery contract licence permit quota subsidy incentive loophole
scheme mechanism framework regime instrument tool lever measure step move
response reaction signal message narrative story account version view position
stance approach doctrine posture readiness* capability capacity resilience*
vulnerability exposure* dependence* reliance* leverage* deterrence* escalation*
de-escalation* retaliation* provocation incursion invasion occupation annexation*
withdrawal offensive counteroffensive front trench siege blockade embargo strike
raid ambush casualty victim survivor hostage prisoner detainee soldier veteran
militia insurgent rebel fighter faction clan tribe group network cell leader
spokesman spokeswoman adviser aide deputy secretary chancellor premier prime
king queen prince governor mayor senator lawmaker deputy speaker chairman
chief head director manager administrator bureaucrat technocrat elite
establishment* generation youth* student university school hospital clinic
doctor nurse patient disease outbreak pandemic vaccine medicine health* famine
hunger* poverty* inequality* corruption* scandal bribery* fraud* smuggling*
trafficking* crime* violence* terrorism* extremism* radicalisation* propaganda*
disinformation* censorship* surveillance* privacy* freedom right liberty
justice* accountability* transparency* oversight* scrutiny* criticism* debate
dispute quarrel row feud standoff impasse deadlock stalemate breakthrough
compromise settlement accord pact protocol charter convention declaration
communique resolution mandate veto majority minority margin turnout ballot poll
survey result outcome consequence effect impact implication lesson signal sign
trend pattern shift change transition transformation turn reversal retreat
advance gain loss setback victory defeat success failure mistake miscalculation
gamble bet wager calculation estimate forecast projection figure number share
percentage rate level target goal objective aim purpose reason motive cause
condition term clause provision article chapter section paragraph page book
paper study survey review analysis assessment evaluation audit scenario model
simulation game exercise drill test trial launch flight orbit space* domain
cyberspace* internet* platform website app software* code algorithm computer
server cloud* network hacker breach leak whistleblower journalist newspaper
broadcaster channel audience public* opinion* sentiment* mood* anger* fear* hope
trust* confidence* doubt suspicion* rumour claim allegation denial accusation
complaint appeal petition request invitation visit trip tour meeting session
hearing conference forum gathering rally march demonstration strike walkout
boycott shortage surplus deficit reserve stockpile inventory* capacity output
production* consumption* demand* revenue* income* wage salary pension benefit
cost expenditure* spending* saving* cut increase decline rise fall drop jump
surge slump recession* recovery* boom bubble shock crash panic* default bailout
rescue restructuring* austerity* stimulus* package tranche instalment payment
transfer remittance* investment portfolio asset liability stake holding share
"""

ADJECTIVES = """
new military foreign political economic national international regional global
public strategic nuclear former senior major key local domestic western eastern
northern southern central european american chinese russian african asian arab
large small long short high low early late recent current future possible likely
important significant serious difficult clear real full open free fair strong
weak hard soft broad narrow deep wide direct indirect official unofficial formal
informal secret covert overt legal illegal constitutional democratic
authoritarian liberal conservative moderate radical extreme hardline pragmatic
cautious bold ambitious modest limited unlimited fragile stable unstable volatile
tense peaceful violent hostile friendly neutral allied rival competing joint
bilateral multilateral collective unilateral partial total complete final initial
temporary permanent annual monthly daily rapid slow gradual sudden unexpected
predictable uncertain ambiguous vague precise detailed broad costly cheap
expensive affordable scarce abundant rich poor wealthy vulnerable resilient
exposed dependent independent sovereign federal provincial municipal rural urban
coastal maritime naval aerial territorial continental civilian humanitarian
diplomatic commercial financial fiscal monetary industrial agricultural
technological digital electronic cyber nuclear chemical biological conventional
tactical operational logistical administrative judicial legislative executive
electoral parliamentary presidential ministerial bureaucratic institutional
structural systemic historic historical modern traditional contemporary ancient
familiar unfamiliar obvious subtle visible invisible quiet loud public private
personal collective popular unpopular controversial contested disputed agreed
binding nonbinding voluntary mandatory enforceable effective ineffective
efficient credible plausible realistic unrealistic optimistic pessimistic
sceptical critical supportive hesitant reluctant willing unwilling eager
determined divided united isolated connected integrated fragmented polarised
crowded remote distant nearby adjacent neighbouring frontline rear forward
defensive offensive preventive pre-emptive punitive coercive persuasive
decisive indecisive dramatic modest marginal minor substantial considerable
enormous vast tiny massive heavy light sharp steep gentle severe mild acute
chronic lasting enduring brief growing shrinking rising falling declining
emerging established advanced developing underdeveloped industrialised
landlocked arid fertile frozen mountainous
"""

VERBS = """
say warn argue claim suggest insist deny admit announce declare confirm reject
accept approve agree refuse propose offer demand urge call seek want need plan
try expect hope fear face meet hold lead build raise cut reduce increase expand
extend limit restrict ban impose lift ease tighten strengthen weaken undermine
threaten protect defend attack strike target launch deploy withdraw send deliver
supply provide fund finance invest spend borrow lend repay owe sell buy export
import produce ship sign ratify negotiate broker mediate renegotiate suspend
resume end begin start continue keep stop block allow permit prevent avoid
deter provoke escalate contain manage control monitor track watch inspect
investigate examine review assess measure count estimate calculate forecast
expect predict show reveal expose hide conceal leak publish report describe
explain understand misread underestimate overestimate ignore overlook notice
recognise acknowledge welcome criticise condemn praise support back oppose
resist challenge question doubt trust rely depend benefit suffer lose win gain
secure restore rebuild repair replace reform modernise upgrade integrate join
leave quit abandon retain preserve maintain sustain survive collapse fall rise
grow shrink decline recover stabilise shift change move turn return remain stay
wait delay postpone accelerate slow speed push pull press force drive steer
shape define determine decide choose select elect appoint dismiss resign
replace succeed fail struggle compete cooperate coordinate align divide unite
isolate sanction punish reward encourage discourage persuade convince pressure
coerce bargain trade exchange swap match balance offset hedge insure cover
open close cross enter occupy annex seize capture release free detain arrest
prosecute try convict sentence pardon appeal rule overturn uphold enforce
implement apply adopt draft amend revise update test develop design deploy
"""

ADVERBS = """
also now still already again only just even quietly publicly openly privately
largely partly mostly increasingly gradually rapidly slowly suddenly finally
eventually initially recently repeatedly consistently reluctantly carefully
deliberately effectively formally informally officially reportedly apparently
clearly briefly sharply steadily broadly narrowly firmly strongly directly
"""

SENTENCE_OPENERS = """
Yet|Still|For now|In practice|Meanwhile|By contrast|At the same time|In theory
|On paper|Behind the scenes|Seen from the capital|For years|Since then|Even so
|In the end|Until recently|More broadly|In private|Above all|Just as important
"""

PLACES = """
the United States|China|Russia|Ukraine|Europe|Germany|France|the United Kingdom
|Britain|Japan|India|Iran|Israel|Turkey|Poland|NATO|the European Union|Brussels
|Washington|Beijing|Moscow|Kyiv|Taiwan|South Korea|North Korea|Saudi Arabia|Egypt
|Pakistan|Brazil|Mexico|Canada|Australia|Indonesia|Vietnam|the Philippines|Nigeria
|South Africa|Ethiopia|Kenya|Sudan|Syria|Iraq|Lebanon|Jordan|Yemen|Qatar
|the United Arab Emirates|Afghanistan|Kazakhstan|Georgia|Armenia|Azerbaijan
|Belarus|Moldova|Romania|Hungary|Finland|Sweden|Norway|Denmark|Estonia|Latvia
|Lithuania|the Netherlands|Belgium|Italy|Spain|Greece|Serbia|Kosovo|Bosnia|Libya
|Tunisia|Algeria|Morocco|Mali|Niger|Burkina Faso|Chad|Senegal|Ghana|Somalia
|Eritrea|Djibouti|Tanzania|Uganda|Rwanda|Congo|Angola|Mozambique|Zimbabwe
|Argentina|Chile|Colombia|Venezuela|Peru|Bolivia|Ecuador|Cuba|Haiti|Panama
|Thailand|Malaysia|Singapore|Myanmar|Cambodia|Bangladesh|Sri Lanka|Nepal
|Mongolia|New Zealand|Tokyo|Seoul|New Delhi|Tehran|Ankara|Riyadh|Cairo|Berlin
|Paris|London|Warsaw|Vilnius|Riga|Tallinn|Helsinki|Stockholm|Geneva|Vienna
|Rome|Madrid|Athens|Belgrade|Bucharest|Tbilisi|Baku|Yerevan|Minsk|Chisinau
|Damascus|Baghdad|Beirut|Amman|Doha|Abu Dhabi|Kabul|Islamabad|Dhaka|Jakarta
|Manila|Hanoi|Bangkok|Canberra|Ottawa|Brasilia|Buenos Aires|Bogota|Caracas
|Lagos|Abuja|Nairobi|Addis Ababa|Khartoum|Bamako|Niamey|Dakar|Accra|Kinshasa
|Pretoria|Luanda|Maputo|the Sahel|the Arctic|the Balkans|the Caucasus
|Central Asia|the Gulf|the Horn of Africa|the Indo-Pacific|Latin America
|Southeast Asia|the Black Sea|the Mediterranean|the Baltic Sea|the Red Sea
|the South China Sea|the Taiwan Strait|the Strait of Hormuz|the Suez Canal
|the Persian Gulf|the North Sea|the Pacific|the Atlantic|the Indian Ocean
|Crimea|Donbas|Gaza|the West Bank|Kashmir|Xinjiang|Hong Kong|Kaliningrad
|Transnistria|Nagorno-Karabakh|Darfur|Tigray|Greenland|Svalbard
"""

ORGANISATIONS = """
United Nations|Security Council|International Monetary Fund|World Bank
|World Trade Organization|African Union|Arab League|Group of Seven|Group of Twenty
|International Atomic Energy Agency|International Criminal Court|Pentagon
|State Department|Foreign Office|Kremlin|European Commission|European Parliament
|European Central Bank|Federal Reserve|Shanghai Cooperation Organisation
|Association of Southeast Asian Nations|Organization of American States
|Gulf Cooperation Council|Organisation for Security and Co-operation in Europe
|World Health Organization|World Food Programme|Red Cross
"""

# General phrases; the topics (below) add their own. A piece uses a few each.
PHRASES = """
foreign policy|national security|the rule of law|human rights|climate change
|economic growth|interest rates|public opinion|the armed forces|military aid
|defence spending|the balance of power|great power competition|the global south
|supply chains|energy security|food security|critical minerals|the cold war
|the post-war order|foreign investment|trade policy|the arms race|border security
|civil society|the private sector|state media|the opposition party
|the ruling party|the central bank|the finance ministry|the defence ministry
|the foreign ministry|the interior ministry|the general staff|the security services
|the peace process|the nuclear programme|the sanctions regime|the trade deficit
|the budget deficit|the debt ceiling|the refugee crisis|the humanitarian corridor
|the front line|the ceasefire line|the election campaign|the coalition talks
|nuclear deterrence|export controls|arms control|missile defence|air defence
|cyber attacks|undersea cables|the Baltic Sea|the Red Sea|shipping lanes
|freedom of navigation|the grain deal|the gas pipeline|renewable energy
|rare earths|semiconductor supply|artificial intelligence|the space race
|peacekeeping forces|the security guarantee|collective defence|the eastern flank
|the northern flank|the nuclear umbrella|extended deterrence|the red line
|hybrid warfare|information warfare|economic coercion|debt relief|development aid
|climate finance|carbon pricing|the energy transition|the green transition
|the migration pact|asylum seekers|labour shortages|the housing market
|the labour market|youth unemployment|the informal economy|capital flight
|the exchange rate|foreign reserves|sovereign debt|the bond market|the oil price
|the gas price|oil revenues|the mining sector|the tech sector|the defence industry
|the arms trade|dual-use goods|secondary sanctions|frozen assets|the price cap
|the shadow fleet|the grey zone|maritime security|port calls|the naval blockade
"""

# Uncommon words: the first half is drawn now and then, the second half only
# rarely, so that some real words occur in a handful of pieces only.
RARE_NOUNS = """
brinkmanship quagmire bellwether linchpin bulwark tinderbox bottleneck chokepoint
flashpoint watershed harbinger juggernaut kleptocracy plutocracy gerontocracy
oligarchy hegemony irredentism revanchism isolationism protectionism mercantilism
realpolitik detente rapprochement appeasement containment attrition insurgency
counterinsurgency interregnum referendum plebiscite gerrymander filibuster
stalemate imbroglio fiasco debacle conundrum paradox dilemma predicament
archipelago peninsula isthmus estuary delta plateau steppe tundra permafrost
glacier monsoon cyclone typhoon tsunami earthquake landslide wildfire heatwave
aquifer reservoir dam canal lock sluice wharf jetty quay dry-dock shipyard
foundry smelter refinery distillery tannery granary silo abattoir bazaar souk
caravan convoy flotilla armada squadron battalion brigade regiment garrison
outpost bastion citadel rampart bunker minefield checkpoint cordon enclave
exclave buffer demilitarisation cantonment protectorate condominium mandate
suzerainty vassal tributary satrapy emirate sultanate khanate principality
duchy margrave viceroy consulate legation chancery attache emissary plenipotentiary
interlocutor intermediary go-between conduit backchannel demarche aide-memoire
communique memorandum dossier cable telegram dispatch missive epistle codicil
annex addendum proviso caveat carve-out sunset moratorium embargo quarantine
cordon-sanitaire tariff-rate drawback rebate kickback sinecure patronage
clientelism nepotism cronyism graft embezzlement extortion racketeering piracy
smuggler bootlegger profiteer speculator arbitrageur underwriter actuary
cartographer surveyor hydrographer seismologist glaciologist epidemiologist
virologist agronomist demographer numismatist archivist lexicographer
palimpsest manuscript codex almanac gazetteer ledger logbook manifest bill-of-lading
letter-of-credit escrow collateral annuity debenture gilt sukuk remittance-corridor
hawala microfinance cooperative kibbutz commune collective-farm sovkhoz kolkhoz
samizdat dissident refusenik apparatchik nomenklatura politburo junta
praetorian janissary mercenary condottiere privateer corsair buccaneer
semaphore heliograph telegraphy sonar hydrophone periscope torpedo depth-charge
minesweeper icebreaker corvette frigate destroyer cruiser dreadnought trireme
galleon dhow junk sampan felucca coracle bathyscaphe
"""

# Syllables for invented surnames and towns: the long tail of proper nouns
# that quotes and datelines bring, each in one or a few pieces.
NAME_ONSETS = """
b br d dr f g gr h k kr l m n p pr r s st t tr v z ch sh zh j y kh ts
"""
NAME_VOWELS = "a e i o u a e o ia ei ou ay"
SURNAME_ENDINGS = """
ov ova ski ska enko ic ovic yan uli idze escu os akis oglu ani eni ari oro
ez sen berg stein mann ner son sson quist ai ong ura oto ana ema ye wale ola
"""
TOWN_ENDINGS = """
grad pol ovo evo ava ino sk ets ia bad abad pur stan dorf burg heim vik
fjord ville mouth ford port haven dale
"""

FIRST_NAMES = """
Amara Bruno Chiara Dmitri Elena Farid Grace Hana Ibrahim Julia Kwame Lena Marta
Nadia Oskar Priya Quentin Rosa Samir Tomas Ulla Vera Wen Ximena Yusuf Zofia Aiko
Bilal Carmen Dawit Adaeze Bogdan Camille Daniel Esther Fatima Gabriel Helena
Ines Jakub Kateryna Laila Mateo Nikolai Olga Pedro Rania Sofia Theo Valeria
William Yara Zainab Anders Beatriz Chen Dilnoza Emre Freya Giorgi Hamid Irina
Jonas Kenji Lucia Mehmet Noor Orla Pablo Rafael Sara Tariq Usha Viktor Wanjiru
Yevgenia Zeynep Ada Ben Clara David Eva Felix Hugo Ida Jan Kim Leo Mia Nils
Omar Paula Ruth Simon Tara Anna Maria James Sarah Michael Laura Thomas Emma
"""

LAST_NAMES = """
Adeyemi Bauer Castillo Dubois Eriksen Fischer Gomez Haddad Ivanova Jensen
Kowalski Lindqvist Mensah Novak Okafor Petrova Quinn Rahman Santos Tanaka Usman
Varga Weber Xu Yilmaz Zhou Achebe Brennan Costa Demir Abara Berger Carvalho
Dimitrov Ekwueme Ferrari Grant Horvath Iqbal Jovanovic Kaplan Lopez Moreau
Nakamura Ortiz Pavlenko Rossi Schmidt Takahashi Ueda Vasquez Walsh Yamamoto
Zeller Ahmed Bianchi Chowdhury Delacroix Estrada Fitzgerald Gallagher Hosseini
Ibekwe Kuznetsova Lambert Mbeki Nowak Osei Park Ramirez Sokolov Tiwari Uddin
Vogel Wojcik Zapata Ali Baker Clarke Davies Evans Hughes Kelly Lewis Morgan
Nguyen Owusu Patel Reyes Shah Turner Wright Young Kovac Lund Marsh Singh Khan
"""

# ~40 topics an editor would tag pieces with: the sections they belong to,
# the places they happen in, and the words a piece about them keeps using.
# A piece is about one of them (its first topic), drawn Zipf-like in this order.
TOPICS = [  # most written about first
    (
        "The War in Ukraine",
        "Russia and Eurasia",
        "Ukraine|Kyiv|Donbas|Crimea|Russia|the Black Sea",
        "front line|counteroffensive|artillery|military aid|mobilisation|occupied territory|"
        "the Black Sea",
    ),
    (
        "Sanctions",
        "Economy",
        "Russia|Iran|North Korea|Venezuela|Belarus",
        "sanction|enforcement|evasion|secondary sanctions|frozen assets|the price cap|"
        "the shadow fleet|asset freeze",
    ),
    (
        "NATO",
        "Europe",
        "Brussels|Poland|Finland|Sweden|Turkey|the United States",
        "alliance|collective defence|the eastern flank|summit|defence spending|forward presence",
    ),
    (
        "Trade Policy",
        "Economy",
        "the United States|China|the European Union|Mexico|Vietnam",
        "tariff|trade policy|the trade deficit|customs|free trade agreement|rules of origin",
    ),
    (
        "Elections",
        "Diplomacy",
        "the United States|India|Indonesia|Mexico|Poland|Turkey",
        "election|ballot|turnout|candidate|campaign|electoral commission|recount",
    ),
    (
        "Energy Security",
        "Energy",
        "Germany|Qatar|Norway|Azerbaijan|the North Sea",
        "energy security|liquefied gas|pipeline|storage|the gas price|interconnector|winter supply",
    ),
    (
        "Iran",
        "Middle East",
        "Iran|Tehran|Israel|the Strait of Hormuz|Iraq",
        "the nuclear programme|enrichment|proxy|militia|the Strait of Hormuz|sanctions relief",
    ),
    (
        "Gaza",
        "Middle East",
        "Gaza|Israel|Egypt|Qatar|the West Bank",
        "hostage|ceasefire|humanitarian corridor|aid convoy|reconstruction|truce",
    ),
    (
        "Taiwan",
        "Asia-Pacific",
        "Taiwan|the Taiwan Strait|China|Japan|the Philippines",
        "strait|blockade|amphibious landing|semiconductor supply|deterrence|the Taiwan Strait|"
        "reunification",
    ),
    (
        "Drones",
        "Defence",
        "Ukraine|Iran|Turkey|Russia|Taiwan",
        "drone|swarm|munition|operator|interceptor|loitering munitions|drone warfare|air defence",
    ),
    (
        "The European Union",
        "Europe",
        "Brussels|Hungary|France|Germany|Poland",
        "enlargement|the European Commission|qualified majority|unanimity|recovery fund|accession",
    ),
    (
        "Migration",
        "Europe",
        "Italy|Greece|Libya|Tunisia|Mexico|Turkey",
        "migrant|asylum seekers|border security|the migration pact|smuggler|deportation|"
        "reception centre",
    ),
    (
        "Defence Budgets",
        "Defence",
        "Germany|Poland|Japan|the United Kingdom|the United States",
        "defence spending|procurement|ammunition|the defence industry|two percent|budget",
    ),
    (
        "Climate Finance",
        "Climate",
        "Brazil|India|Kenya|Indonesia|Bangladesh",
        "climate finance|adaptation|loss and damage|carbon pricing|green bond|"
        "the energy transition",
    ),
    (
        "Nuclear Deterrence",
        "Defence",
        "Russia|China|the United States|France|North Korea",
        "warhead|arsenal|nuclear deterrence|extended deterrence|the nuclear umbrella|missile|"
        "doctrine|first use",
    ),
    (
        "Food Security",
        "Economy",
        "Ukraine|Egypt|Sudan|India|the Sahel",
        "food security|grain|fertiliser|harvest|the grain deal|famine|wheat price",
    ),
    (
        "Cyber Defence",
        "Technology",
        "Russia|China|Iran|North Korea|Estonia",
        "cyber attacks|hacker|ransomware|breach|malware|attribution|critical infrastructure",
    ),
    (
        "Artificial Intelligence",
        "Technology",
        "the United States|China|the European Union|the United Kingdom",
        "artificial intelligence|algorithm|model|compute|regulation|data centre|autonomous weapons",
    ),
    (
        "Human Rights",
        "Diplomacy",
        "Xinjiang|Myanmar|Belarus|Iran|Hong Kong",
        "human rights|detention|repression|dissident|accountability|"
        "the International Criminal Court",
    ),
    (
        "Debt and Development",
        "Economy",
        "Zambia|Sri Lanka|Ghana|Pakistan|Argentina",
        "sovereign debt|restructuring|debt relief|creditor|bailout|the bond market|default",
    ),
    (
        "Export Controls",
        "Technology",
        "China|the United States|the Netherlands|Japan|South Korea",
        "export controls|chip|lithography|licence|entity list|dual-use goods|semiconductor supply",
    ),
    (
        "The Indo-Pacific",
        "Asia-Pacific",
        "the Indo-Pacific|Japan|Australia|India|the Philippines",
        "the Indo-Pacific|submarine|freedom of navigation|the Quad|basing rights|coast guard",
    ),
    (
        "The Sahel",
        "Africa",
        "Mali|Niger|Burkina Faso|Chad|the Sahel",
        "junta|coup|jihadist|mercenary|gold mine|counterterrorism",
    ),
    (
        "Oil and Gas",
        "Energy",
        "Saudi Arabia|Russia|Qatar|Nigeria|the Gulf",
        "the oil price|output cut|refinery|oil revenues|the gas price|production quota",
    ),
    (
        "Semiconductors",
        "Technology",
        "Taiwan|South Korea|Japan|the Netherlands|China",
        "chip|foundry|semiconductor supply|fabrication plant|subsidy|export controls",
    ),
    (
        "Baltic Security",
        "Europe",
        "the Baltic Sea|Estonia|Latvia|Lithuania|Finland|Kaliningrad",
        "the Baltic Sea|undersea cables|sabotage|anchor|the eastern flank|seabed|brigade",
    ),
    (
        "Red Sea Shipping",
        "Middle East",
        "the Red Sea|Yemen|the Suez Canal|Egypt|Djibouti|Eritrea",
        "the Red Sea|shipping lanes|tanker|insurer|rerouting|freight rate|maritime security|"
        "the Suez Canal",
    ),
    (
        "Arms Control",
        "Diplomacy",
        "Russia|the United States|Geneva|Vienna|China",
        "arms control|treaty|verification|inspection|stockpile|moratorium|warhead",
    ),
    (
        "Intelligence",
        "Defence",
        "Russia|China|the United Kingdom|Israel|the United States",
        "intelligence|spy|surveillance|agent|espionage|leak|the security services",
    ),
    (
        "Disinformation",
        "Technology",
        "Russia|China|Moldova|Romania|the European Union",
        "disinformation|propaganda|platform|bot network|election interference|fact-checking",
    ),
    (
        "Critical Minerals",
        "Energy",
        "Congo|Chile|Indonesia|Australia|China",
        "critical minerals|lithium|cobalt|rare earths|refining|mine|processing capacity",
    ),
    (
        "The South China Sea",
        "Asia-Pacific",
        "the South China Sea|the Philippines|Vietnam|China|Malaysia",
        "reef|coast guard|water cannon|island building|fishing fleet|freedom of navigation",
    ),
    (
        "The Korean Peninsula",
        "Asia-Pacific",
        "North Korea|South Korea|Seoul|Japan|China",
        "missile test|demilitarised zone|satellite launch|joint exercise|the nuclear umbrella",
    ),
    (
        "Peacekeeping",
        "Africa",
        "Mali|Congo|Lebanon|Somalia|Sudan",
        "peacekeeping forces|mandate|blue helmets|mission|protection of civilians|drawdown",
    ),
    (
        "Terrorism",
        "Defence",
        "Syria|Iraq|Afghanistan|Somalia|Mozambique",
        "terrorism|extremism|attack|insurgent|radicalisation|counterterrorism",
    ),
    (
        "Global Health",
        "Diplomacy",
        "the World Health Organization|India|Africa|Brazil",
        "pandemic|vaccine|outbreak|surveillance|the pandemic treaty|health system",
    ),
    (
        "Undersea Cables",
        "Technology",
        "the Baltic Sea|the North Sea|the Red Sea|Taiwan|Svalbard",
        "undersea cables|cable|seabed|repair ship|landing station|sabotage|data traffic",
    ),
    (
        "The Arctic",
        "Climate",
        "the Arctic|Greenland|Svalbard|Norway|Russia|Canada",
        "icebreaker|permafrost|sea ice|the northern flank|shipping route|polar research",
    ),
    (
        "Space",
        "Technology",
        "the United States|China|Russia|India|Japan",
        "satellite|orbit|launch|debris|anti-satellite weapon|the space race|constellation",
    ),
    (
        "Water",
        "Climate",
        "Ethiopia|Egypt|Sudan|Central Asia|India|Pakistan",
        "dam|river|drought|water rights|irrigation|aquifer|the Nile",
    ),
]

# Regions for the region sections: their places come first in datelines.
SECTION_PLACES = {
    "Africa": (
        "Nigeria|Ethiopia|Kenya|Sudan|South Africa|Mali|Niger|Congo|Somalia|Lagos|Nairobi|"
        "Addis Ababa|the Sahel|the Horn of Africa"
    ),
    "Americas": (
        "the United States|Canada|Mexico|Brazil|Argentina|Chile|Colombia|Venezuela|Cuba|"
        "Washington|Ottawa|Brasilia|Latin America"
    ),
    "Asia-Pacific": (
        "China|Japan|India|Taiwan|South Korea|North Korea|Indonesia|Vietnam|the Philippines|"
        "Australia|Beijing|Tokyo|Seoul|New Delhi"
    ),
    "Europe": (
        "Germany|France|Poland|Italy|Spain|the United Kingdom|the Netherlands|Finland|Sweden|"
        "Brussels|Berlin|Paris|Warsaw|Vilnius"
    ),
    "Middle East": (
        "Israel|Iran|Saudi Arabia|Egypt|Iraq|Syria|Lebanon|Yemen|Qatar|Gaza|the Gulf|Tehran|Riyadh"
    ),
    "Russia and Eurasia": (
        "Russia|Ukraine|Belarus|Kazakhstan|Georgia|Armenia|Azerbaijan|Moldova|Moscow|Kyiv|"
        "Central Asia|the Caucasus|Minsk"
    ),
}
