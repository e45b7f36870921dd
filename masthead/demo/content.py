"""Demo content for The Meridian Review, a fictional foreign-policy and security magazine.

Everything here is invented for the demo: the people, the organisations, the quotations
and the events. Countries and regions are real; no real publication's text is reproduced.
Articles are grouped by format; ``days_ago`` is counted back from the day the demo is built.
"""

from __future__ import annotations

# fmt: off
# The formatter would give every paragraph its own bracket lines and roughly double the
# length of this file, so the layout below is kept by hand.

MAGAZINE = {
    "name": "The Meridian Review",
    "tagline": "Independent analysis of foreign policy, security and the forces that shape them.",
    "postal_address": "The Meridian Review\n"
                      "Harbourside Chambers, Suite 4\n"
                      "14 Lantern Quay\n"
                      "Port Elwyn PE2 7QL\n"
                      "United Kingdom",
    "newsletter_blurb": "Subscribe now to The Meridian Weekly, our round-up of the week's "
                        "analysis, opinion and news from our contributors and reporters around the "
                        "world, as well as analysis from our own staff. It arrives every Friday "
                        "morning and takes ten minutes to read.",
}

SECTIONS = [
    {
        "slug": "asia-pacific", "title": "Asia-Pacific", "kind": "region",
        "intro": "Maritime disputes, alliances and economic rivalry from the Indian Ocean to the "
                 "Pacific Islands.",
    },
    {
        "slug": "africa", "title": "Africa", "kind": "region",
        "intro": "Security, governance and the politics of trade and resources across the "
                 "continent.",
    },
    {
        "slug": "middle-east", "title": "Middle East", "kind": "region",
        "intro": "Conflict, mediation and the political economy of the Levant, the Gulf and the "
                 "Red Sea.",
    },
    {
        "slug": "europe", "title": "Europe", "kind": "region",
        "intro": "Defence, energy security and a continent renegotiating its relationship with its "
                 "neighbours.",
    },
    {
        "slug": "americas", "title": "Americas", "kind": "region",
        "intro": "Migration, organised crime and regional diplomacy from the Canadian Arctic to "
                 "Tierra del Fuego.",
    },
    {
        "slug": "military-industrial-complex", "title": "Military Industrial Complex",
        "kind": "theme",
        "intro": "Who builds the weapons, who pays for them, and who checks the bill.",
    },
    {
        "slug": "global-crises", "title": "Global Crises", "kind": "theme",
        "intro": "Humanitarian emergencies, famine and displacement, and the systems that respond "
                 "to them.",
    },
    {
        "slug": "diplomacy", "title": "Diplomacy", "kind": "theme",
        "intro": "Negotiation, mediation and the everyday craft of foreign policy.",
    },
    {
        "slug": "climate-security", "title": "Climate Security", "kind": "theme",
        "intro": "How a warming planet reshapes conflict, migration and military planning.",
    },
    {
        "slug": "economics-and-sanctions", "title": "Economics and Sanctions", "kind": "theme",
        "intro": "Sanctions, export controls, trade corridors and the other economic tools of "
                 "statecraft.",
    },
    {
        "slug": "nuclear-security", "title": "Nuclear Security", "kind": "theme",
        "intro": "Arms control, nonproliferation, safeguards and the safety of nuclear facilities.",
    },
]

FORMATS = [
    {
        "kind": "analysis", "title": "Analysis", "slug": "analysis",
        "intro": "In-depth examination of trends and policy choices, grounded in evidence and "
                 "written by specialists.",
    },
    {
        "kind": "opinion", "title": "Opinion", "slug": "opinion",
        "intro": "Arguments from our contributors and staff. The views expressed are the authors' "
                 "own.",
    },
    {
        "kind": "news", "title": "News", "slug": "news",
        "intro": "Reporting on the week's developments in foreign policy and security, from our "
                 "correspondents and news desk.",
    },
    {
        "kind": "report", "title": "Report", "slug": "report",
        "intro": "Long-form research and investigation, often co-authored, with methods explained "
                 "and sources weighed.",
    },
    {
        "kind": "brief", "title": "QiOSK", "slug": "qiosk",
        "intro": "Short-form briefs and quick takes: one idea, a few numbers, read in two minutes.",
    },
    {
        "kind": "republished", "title": "Republished", "slug": "republished",
        "intro": "Selected work from partner publications, republished with permission and full "
                 "attribution.",
    },
]

AUTHORS = [
    {
        "slug": "amara-okafor", "name": "Amara Okafor",
        "role": "Senior Fellow, Africa Program, Kestrel Institute for Strategic Studies",
        "bio": "Amara Okafor studies trade corridors, mining governance and regional security in "
               "central and southern Africa. Before joining the Kestrel Institute, she spent eight "
               "years advising regional economic communities on infrastructure finance.",
        "social": {
            "x": "https://x.com/amara_okafor_kis",
            "bluesky": "https://bsky.app/profile/amaraokafor-kis.bsky.social",
            "linkedin": "https://www.linkedin.com/in/amara-okafor-kestrel",
        },
    },
    {
        "slug": "daniel-whitcombe", "name": "Daniel Whitcombe", "role": "Defence Editor",
        "bio": "Daniel Whitcombe has covered defence budgets, procurement and alliance politics "
               "for fifteen years. He served as an army logistics officer before turning to "
               "journalism, and still suspects that most wars are decided by spare parts.",
        "social": {
            "x": "https://x.com/dwhitcombe_mr",
            "mastodon": "https://mastodon.social/@dwhitcombe_mr",
        },
    },
    {
        "slug": "mei-lin-cho", "name": "Mei-Lin Cho", "role": "Asia-Pacific Editor",
        "bio": "Mei-Lin Cho reports on maritime security and regional diplomacy in East and "
               "Southeast Asia from Singapore. She previously researched fisheries enforcement and "
               "has sailed on coast guard patrols in three countries.",
        "social": {
            "bluesky": "https://bsky.app/profile/meilincho-mr.bsky.social",
            "x": "https://x.com/meilincho_mr",
        },
    },
    {
        "slug": "farid-haddad", "name": "Farid Haddad", "role": "Contributing Editor, Middle East",
        "bio": "Farid Haddad analyses conflict mediation and the political economy of the Levant "
               "and the Arabian Peninsula. He has worked with humanitarian organisations in Yemen "
               "and Syria and now divides his time between Amman and Lisbon.",
        "social": {"linkedin": "https://www.linkedin.com/in/farid-haddad-meridian"},
    },
    {
        "slug": "ingrid-solberg", "name": "Ingrid Solberg",
        "role": "Senior Analyst, Skagerrak Policy Forum",
        "bio": "Ingrid Solberg specialises in Nordic and Baltic security, critical infrastructure "
               "and civil preparedness. She previously coordinated offshore emergency planning for "
               "a coastal administration and writes regularly on northern Europe's maritime and "
               "Arctic affairs.",
        "social": {
            "x": "https://x.com/isolberg_spf",
            "bluesky": "https://bsky.app/profile/isolberg-spf.bsky.social",
        },
    },
    {
        "slug": "lucia-ferreyra", "name": "Lucía Ferreyra", "role": "Americas Editor",
        "bio": "Lucía Ferreyra has reported on migration, organised crime and regional diplomacy "
               "from Bogotá, Mexico City and Panama City. She joined the Meridian Review after a "
               "decade at regional news agencies and is most interested in how a policy made in "
               "one capital reshapes lives on another country's border.",
        "social": {
            "x": "https://x.com/lferreyra_mr",
            "mastodon": "https://mastodon.social/@lferreyra_mr",
            "website": "https://luciaferreyra.example.net/",
        },
    },
    {
        "slug": "rohan-mehta", "name": "Rohan Mehta",
        "role": "Fellow, Economic Statecraft, Lattimer Centre for Global Affairs",
        "bio": "Rohan Mehta researches sanctions, export controls and the plumbing of global "
               "finance. He spent six years in compliance roles at commercial banks before moving "
               "into policy research, and his current project examines how sanctioned trade adapts "
               "to enforcement.",
        "social": {
            "linkedin": "https://www.linkedin.com/in/rohan-mehta-lattimer",
            "bluesky": "https://bsky.app/profile/rmehta-lattimer.bsky.social",
        },
    },
    {
        "slug": "zofia-kowalczyk", "name": "Zofia Kowalczyk", "role": "Europe Correspondent",
        "bio": "Zofia Kowalczyk covers Central and Eastern Europe from Warsaw, with a focus on "
               "energy security, the defence industry and EU enlargement. She previously reported "
               "from Chisinau and Bucharest, and reads budget annexes for pleasure.",
        "social": {"x": "https://x.com/zkowalczyk_mr"},
    },
    {
        "slug": "kwame-asante", "name": "Kwame Asante", "role": "Contributing Analyst, West Africa",
        "bio": "Kwame Asante is an Accra-based analyst of borderland security, agricultural "
               "markets and migration in coastal West Africa and the Sahel. He has carried out "
               "field research in more than a dozen border districts.",
        "social": {
            "x": "https://x.com/kasante_borders",
            "linkedin": "https://www.linkedin.com/in/kwame-asante-borders",
        },
    },
    {
        "slug": "hana-yoshida", "name": "Hana Yoshida",
        "role": "Fellow, Nonproliferation Program, Aldane Centre",
        "bio": "Hana Yoshida works on nuclear safeguards, fuel-cycle policy and crisis "
               "communication between nuclear-armed states. Trained as a nuclear engineer, she "
               "spent several years supporting inspection planning before turning to policy "
               "research.",
        "social": {
            "bluesky": "https://bsky.app/profile/hyoshida-aldane.bsky.social",
            "mastodon": "https://mastodon.social/@hyoshida_aldane",
        },
    },
    {
        "slug": "tendai-moyo", "name": "Tendai Moyo",
        "role": "Climate and Security Fellow, Okavango Resilience Trust",
        "bio": "Tendai Moyo studies how climate shocks interact with displacement, land use and "
               "armed conflict in southern Africa and the Sahel. He previously coordinated "
               "disaster-risk programmes for a regional humanitarian network.",
        "social": {
            "x": "https://x.com/tmoyo_ort",
            "bluesky": "https://bsky.app/profile/tmoyo-ort.bsky.social",
        },
    },
    {
        "slug": "elif-demir", "name": "Elif Demir",
        "role": "Research Director, Bosphorus Policy Lab",
        "bio": "Elif Demir leads research on mediation, middle-power diplomacy and the politics of "
               "the Black Sea region. She has supported several back-channel dialogues and teaches "
               "negotiation to early-career diplomats.",
        "social": {
            "linkedin": "https://www.linkedin.com/in/elif-demir-bpl",
            "website": "https://bosphorus-policy-lab.example.org/people/elif-demir/",
        },
    },
    {
        "slug": "marcus-lindqvist", "name": "Marcus Lindqvist", "role": "Managing Editor",
        "bio": "Marcus Lindqvist oversees the Meridian Review's editorial operations and its "
               "weekly round-up. He spent twelve years as a diplomat, with postings in Nairobi, "
               "Jakarta and Geneva, before joining the magazine.",
        "social": {"x": "https://x.com/mlindqvist_mr"},
    },
    {
        "slug": "priya-raman", "name": "Priya Raman", "role": "Global Crises Editor",
        "bio": "Priya Raman edits the Meridian Review's coverage of humanitarian emergencies, "
               "famine and displacement. She previously worked as a data analyst for humanitarian "
               "coordination offices in East Africa and South Asia, and distrusts any number "
               "presented without a range.",
        "social": {
            "bluesky": "https://bsky.app/profile/praman-mr.bsky.social",
            "mastodon": "https://mastodon.social/@praman_mr",
            "linkedin": "https://www.linkedin.com/in/priya-raman-meridian",
        },
    },
    {
        "slug": "jonah-feld", "name": "Jonah Feld", "role": "Staff Writer, Defence Procurement",
        "bio": "Jonah Feld reports on the defence industry, supply chains and procurement across "
               "Europe and North America. He trained as a mechanical engineer and worked in "
               "manufacturing before moving into journalism.",
        "social": {
            "x": "https://x.com/jfeld_mr",
            "bluesky": "https://bsky.app/profile/jfeld-mr.bsky.social",
        },
    },
    {
        "slug": "nadia-benali", "name": "Nadia Benali", "role": "News Editor",
        "bio": "Nadia Benali runs the Meridian Review's news desk, coordinating correspondents and "
               "contributors across five continents. She previously worked as a wire-service "
               "editor in Rabat and Brussels.",
        "social": {"x": "https://x.com/nbenali_mr"},
    },
    {
        "slug": "mateus-carvalho", "name": "Mateus Carvalho",
        "role": "Contributing Analyst, Brazil and the South Atlantic",
        "bio": "Mateus Carvalho is a Recife-based researcher on naval policy, the defence industry "
               "and maritime governance in the South Atlantic. He has worked with parliamentary "
               "defence committees and regional research institutes.",
        "social": {"linkedin": "https://www.linkedin.com/in/mateus-carvalho-atlantico"},
    },
    {
        "slug": "siosaia-taufa", "name": "Siosaia Taufa",
        "role": "Contributing Writer, Pacific Islands",
        "bio": "Siosaia Taufa writes on Pacific regionalism, fisheries and climate diplomacy from "
               "Nuku'alofa. He previously worked for a regional fisheries agency and advised "
               "island delegations at climate negotiations.",
        "social": {
            "x": "https://x.com/staufa_pacific",
            "bluesky": "https://bsky.app/profile/staufa-pacific.bsky.social",
        },
    },
    {
        "slug": "yara-khoury", "name": "Yara Khoury", "role": "Senior Analyst, Gulf Economies",
        "bio": "Yara Khoury analyses energy, infrastructure and financial policy in the Gulf "
               "states. Based in Dubai, she has advised investors and development banks on "
               "regional risk for more than a decade.",
        "social": {
            "linkedin": "https://www.linkedin.com/in/yara-khoury-gulf",
            "x": "https://x.com/ykhoury_gulf",
        },
    },
    {
        "slug": "thabo-nkosi", "name": "Thabo Nkosi",
        "role": "Researcher, Cape Peace Operations Observatory",
        "bio": "Thabo Nkosi researches peace operations, civilian protection and security "
               "transitions in Africa. He served as a civilian officer in two peacekeeping "
               "missions and now documents what happens to communities after missions withdraw.",
        "social": {"x": "https://x.com/tnkosi_cpoo"},
    },
    {
        "slug": "oleksandra-hrytsenko", "name": "Oleksandra Hrytsenko",
        "role": "Contributing Writer, Eastern Europe",
        "bio": "Oleksandra Hrytsenko is a Kyiv-based writer covering reconstruction, local "
               "government and nuclear safety. She previously advised towns on public procurement "
               "for a municipal development association.",
        "social": {
            "bluesky": "https://bsky.app/profile/ohrytsenko-mr.bsky.social",
            "x": "https://x.com/ohrytsenko_mr",
        },
    },
    {
        "slug": "ruth-calloway", "name": "Ruth Calloway", "role": "Columnist, The Oversight Ledger",
        "bio": "Ruth Calloway writes about defence budgets and the economics of military "
               "sustainment for The Oversight Ledger. She spent two decades as a cost analyst in "
               "public audit institutions.",
        "social": {
            "website": "https://oversight-ledger.example.org/columnists/ruth-calloway/",
            "linkedin": "https://www.linkedin.com/in/ruth-calloway-ledger",
        },
    },
    {
        "slug": "desmond-ferris", "name": "Desmond Ferris",
        "role": "Investigations Columnist, The Oversight Ledger",
        "bio": "Desmond Ferris investigates lobbying, conflicts of interest and procurement "
               "integrity for The Oversight Ledger. He previously worked as a researcher for a "
               "parliamentary public accounts committee.",
        "social": {
            "x": "https://x.com/dferris_ledger",
            "website": "https://oversight-ledger.example.org/columnists/desmond-ferris/",
        },
    },
    {
        "slug": "lena-hartmann", "name": "Lena Hartmann", "role": "Columnist, The Oversight Ledger",
        "bio": "Lena Hartmann covers arms exports, offsets and industrial policy for The Oversight "
               "Ledger. An economist by training, she has studied defence trade agreements in "
               "Europe, the Gulf and South Asia.",
        "social": {},
    },
]

PARTNER = {
    "slug": "the-oversight-ledger", "name": "The Oversight Ledger",
    "site_url": "https://oversight-ledger.example.org/",
    "attribution_template": "{title} appears originally at {partner} and is republished here with "
                            "permission.",
}

ARTICLES = [
    # Analysis
    {
        "slug": "south-china-sea-coast-guard-arithmetic",
        "title": "The Quiet Arithmetic of the South China Sea's Coast Guards",
        "dek": "Navies draw the headlines, but the contest over reefs and fishing grounds is "
               "increasingly decided by white-hulled cutters and the budgets that keep them at "
               "sea.",
        "format": "analysis", "section": "asia-pacific",
        "further_sections": ["diplomacy", "military-industrial-complex"],
        "authors": ["mei-lin-cho"], "days_ago": 1,
        "image": {
            "alt": "Abstract map of the South China Sea in deep blue, with white ship silhouettes "
                   "clustered around scattered reefs marked in orange",
            "caption": "Coast guard vessels now outnumber warships on routine patrol in most "
                       "contested waters.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "For most of the past decade, analysts counting ships in the South China Sea counted "
             "warships. That habit now misleads. On an ordinary day, the vessels that shadow "
             "fishing boats, block resupply runs and board survey ships are painted white and "
             "flagged as coast guards or maritime militias. They operate under law-enforcement "
             "rules, carry water cannon rather than missiles, and are designed to make "
             "confrontation look like policing. The result is a contest in which the side with "
             "more hulls on station, rather than more firepower, sets the terms."),
            ("subheading", "Hulls on station"),
            ("paragraph",
             "The numbers behind this shift are stark. Regional coast guards have commissioned "
             "well over a hundred ocean-going cutters since 2018, many of them larger than the "
             "frigates of smaller navies. Yet commissioning figures overstate real presence. A "
             "cutter spends roughly a third of its life in maintenance, another third in transit "
             "or training, and only the remainder on patrol. A fleet of thirty large vessels "
             "therefore yields perhaps ten on station at any time, and fewer still when typhoon "
             "season sends ships back to port."),
            ("paragraph",
             "This is where smaller claimants have found room to compete. Manila, Hanoi and Kuala "
             "Lumpur cannot match the largest fleet ship for ship, but they can improve the ratio "
             "of presence to hulls. Shared maintenance yards, forward fuelling at island outposts "
             "and crews rotated by air rather than by sea can double the useful days that a modest "
             "fleet delivers. Several of these measures cost less than a single new cutter, and "
             "none of them requires a defence treaty to implement."),
            ("pull_quote", {
                "text": "The side that can keep one more ship on station for one more week often "
                        "wins the argument without firing a shot.",
                "attribution": "Captain (ret.) Armand Villareal, Tasman Ocean Policy Unit",
            }),
            ("inline_image", {
                "alt": "Stylised bar chart drawn as a row of white ship silhouettes of increasing "
                       "size against a teal background",
                "caption": "Large cutters commissioned by regional coast guards since 2018, "
                           "grouped by displacement.",
                "credit": "Illustration: Jana Novak", "licence": "staff",
            }),
            ("subheading", "What outside partners can usefully do"),
            ("paragraph",
             "Partners from outside the region tend to offer ships, which arrive with "
             "ribbon-cutting ceremonies and leave behind maintenance bills. The more useful "
             "contributions are less photogenic: spare-parts pools, shared satellite tracking of "
             "vessels that switch off their transponders, and legal training that helps boarding "
             "officers document incidents in ways that stand up in arbitration. Presence at sea is "
             "ultimately a logistics problem. The states that treat it as one, rather than as a "
             "procurement race, are likely to hold their ground longest."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "lobito-corridor-beyond-the-cargo",
        "title": "Why the Lobito Corridor Matters More Than Its Cargo",
        "dek": "A railway from the copper belt to Angola's Atlantic coast is being sold as a "
               "minerals deal. Its real test is whether it changes how governments bargain with "
               "outside powers.",
        "format": "analysis", "section": "africa",
        "further_sections": ["economics-and-sanctions"],
        "authors": ["amara-okafor", "rohan-mehta"], "days_ago": 4,
        "image": {
            "alt": "Stylised railway line in copper orange crossing a dark green map of southern "
                   "Africa toward a blue coastline",
            "caption": "The corridor links inland mining districts to an Atlantic port.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Infrastructure announcements in Africa are usually described by what they carry. The "
             "rehabilitated line from the copper and cobalt districts of Zambia and the southern "
             "Democratic Republic of Congo to the port of Lobito is no exception: briefings dwell "
             "on tonnage, transit times and the minerals that electric vehicles need. Those "
             "numbers matter, but they obscure a more consequential question. A working corridor "
             "changes the bargaining position of the governments along it, and that is where its "
             "strategic value will be won or lost."),
            ("paragraph",
             "For two decades, inland producers have depended on long truck routes to Indian Ocean "
             "ports, with border delays that could stretch to a week. A second, faster outlet to "
             "the Atlantic gives those governments something they have rarely had: a credible "
             "alternative. Alternatives are leverage. They allow a finance ministry to renegotiate "
             "port fees, a mining regulator to insist on local processing, and a foreign ministry "
             "to resist pressure from any single investor, whoever that investor happens to be."),
            ("subheading", "The governance gap"),
            ("paragraph",
             "Leverage, however, exists only if it is used. The corridor is run through a "
             "patchwork of concession agreements, each negotiated separately and few published in "
             "full. Tariff-setting, border procedures and dispute resolution are governed by "
             "different instruments in each country. Without a shared regulatory framework, the "
             "three governments risk competing against one another for traffic, undercutting fees "
             "and conceding processing rights in a race that the corridor's financiers would be "
             "happy to referee."),
            ("pull_quote", {
                "text": "A railway is a negotiating position laid in steel. It is only as strong "
                        "as the agreements that govern it.",
                "attribution": "",
            }),
            ("paragraph",
             "There are practical steps that would change this. A joint corridor authority with "
             "published tariffs and a single customs window would cost little and narrow the scope "
             "for quiet side deals. Requiring concession contracts to be disclosed, as several "
             "mining codes in the region already do for extraction licences, would let parliaments "
             "and investors alike see who pays for what. None of these measures is glamorous. All "
             "of them will decide whether the corridor becomes an instrument of African bargaining "
             "power or simply a faster route for someone else's supply chain."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "water-not-oil-gulf-bargain",
        "title": "Water, Not Oil, Will Decide the Next Gulf Bargain",
        "dek": "Desalination keeps Gulf cities alive, and the plants that do it are concentrated, "
               "exposed and hard to defend. That vulnerability is reshaping regional security "
               "calculations.",
        "format": "analysis", "section": "middle-east",
        "further_sections": ["climate-security"],
        "authors": ["yara-khoury"], "days_ago": 9,
        "image": {
            "alt": "Abstract aerial view of a coastline in sand and turquoise, with geometric "
                   "outlines of desalination plants lined up along the shore",
            "caption": "Most drinking water in Gulf cities comes from a small number of coastal "
                       "plants.",
            "credit": "Illustration: Jana Novak", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "The Gulf's security debates have long been organised around hydrocarbons: export "
             "terminals, tanker lanes and the price of a barrel. Yet the single most critical "
             "piece of infrastructure in most Gulf cities is not an oil facility. It is the "
             "desalination plant. In several states, a handful of coastal sites supply the large "
             "majority of municipal drinking water, and storage reserves cover days rather than "
             "weeks. A sustained disruption to those plants would produce a civilian crisis faster "
             "than any interruption to oil exports."),
            ("paragraph",
             "This concentration is a product of economics. Large plants built alongside power "
             "stations are cheaper per cubic metre, and for decades cheap energy made the model "
             "look unbeatable. But the features that make the plants efficient also make them "
             "vulnerable. They sit on open coastlines, draw seawater through intakes that can be "
             "fouled by oil spills or algal blooms, and depend on grid connections that drones and "
             "missiles have already shown they can reach."),
            ("subheading", "From resilience to restraint"),
            ("paragraph",
             "Governments have begun to respond, though unevenly. Strategic water reserves, "
             "smaller distributed plants and cross-border pipeline links are all under study. More "
             "interesting is the diplomatic dimension. Water infrastructure is one of the few "
             "areas in which rivals share an interest in restraint: every state on the Gulf coast "
             "is exposed, and each knows it. An informal understanding that desalination sites are "
             "off limits in any conflict would cost little to declare and could be verified by the "
             "simple fact of the taps still running."),
            ("block_quote", {
                "text": "No state in the region can defend every intake pipe. Every state can "
                        "decide not to be the first to attack one.",
                "source": "Gulf Water Security Roundtable, summary of proceedings",
            }),
            ("paragraph",
             "Such an understanding would not stop armed groups that answer to no government, and "
             "it would not remove the need for physical protection. But it would move water from "
             "the margins of Gulf security talks to their centre, where it belongs. As summers "
             "lengthen and urban demand keeps rising, the region's next durable bargain may be "
             "written in cubic metres rather than in barrels."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "baltic-cable-problem-no-naval-solution",
        "title": "The Baltic Sea Cable Problem Has No Naval Solution",
        "dek": "Patrol ships and drones can deter some sabotage on the seabed, but the real "
               "remedies lie in redundancy, repair capacity and maritime law.",
        "format": "analysis", "section": "europe",
        "further_sections": ["military-industrial-complex"],
        "authors": ["ingrid-solberg"], "days_ago": 2,
        "image": {
            "alt": "Dark blue cross-section of a shallow sea with thin glowing cables running "
                   "along the seabed and a small ship outline on the surface",
            "caption": "Power and data cables crisscross one of Europe's busiest and shallowest "
                       "seas.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Each time an anchor drags across a Baltic cable, the response follows a familiar "
             "script. Navies announce additional patrols, a suspect vessel is shadowed into port, "
             "and officials promise that critical infrastructure will be protected. Patrols have "
             "value: they gather evidence and signal attention. But the Baltic seabed holds "
             "thousands of kilometres of power and data lines in water that is often shallower "
             "than fifty metres. No fleet, however large, can watch all of it, and the anchor of a "
             "merchant ship is a weapon that requires no training to use."),
            ("subheading", "Redundancy beats vigilance"),
            ("paragraph",
             "The more effective defence is to make any single break matter less. Network "
             "operators can add routes so that traffic on a severed line is rerouted within "
             "seconds, and grid planners can design interconnectors so that the loss of one does "
             "not strand a market. Several northern European operators have quietly done this for "
             "data. Power links are harder and costlier to duplicate, but the principle is the "
             "same: resilience is cheaper than omnipresence, and it denies a saboteur the "
             "disruption that makes sabotage worthwhile."),
            ("inline_image", {
                "alt": "Diagram-like illustration of overlapping cable routes between two "
                       "coastlines, drawn as thin gold lines on a navy background",
                "caption": "Redundant routes allow data traffic to bypass a damaged cable within "
                           "seconds.",
                "credit": "Illustration: Per Aalto", "licence": "cc_by",
            }),
            ("paragraph",
             "Repair capacity is the second gap. Europe has only a few cable-repair ships, and "
             "several are booked for months on commercial contracts. A damaged interconnector can "
             "stay offline for weeks while a vessel is found and mobilised. Governments could "
             "underwrite a standing repair reserve, shared among the Baltic states, at a fraction "
             "of the cost of a new patrol ship. Spare cable lengths and jointing kits, "
             "pre-positioned in regional ports, would shorten repairs further."),
            ("pull_quote", {
                "text": "We will never have a ship over every cable. We can have a repair crew "
                        "ready for every break.",
                "attribution": "Senior official, Nordic grid operator",
            }),
            ("paragraph",
             "Finally, the law needs work. Ships suspected of dragging anchors often sail under "
             "flags of convenience, and coastal states have limited authority to board them "
             "outside territorial waters. Clearer rules on evidence, insurance liability and "
             "port-state inspection would raise the cost of “accidents” without raising the risk "
             "of escalation at sea. The Baltic's problem is real and serious, but most of its "
             "solutions lie ashore, in contracts, repair yards and courtrooms."),
        ],
        "corrections": [
            ("2026-11-26",
             "An earlier version of this article overstated the combined length of power and data "
             "cables on the Baltic seabed. The figure has been removed pending verification."),
        ],
        "original_url": None,
    },
    {
        "slug": "brazil-south-atlantic-shipyards",
        "title": "Brazil's South Atlantic Ambitions Run Through Its Shipyards",
        "dek": "A nuclear-powered submarine is the flagship of Brazil's naval plans, but the "
               "country's strategic reach depends just as much on keeping its shipbuilding "
               "workforce employed.",
        "format": "analysis", "section": "americas",
        "further_sections": ["military-industrial-complex"],
        "authors": ["mateus-carvalho"], "days_ago": 15,
        "image": {
            "alt": "Stylised submarine outline in steel grey beneath a green and yellow wave "
                   "pattern",
            "caption": "Brazil's submarine programme is the largest naval project in South "
                       "America.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Brazilian strategists like to describe the South Atlantic as the country's “blue "
             "Amazon”, a maritime domain of oil fields, fisheries and seabed minerals that rivals "
             "the rainforest in economic value. Defending it has become the organising idea of the "
             "navy's long-term plans, and the centrepiece is a nuclear-powered attack submarine "
             "that would make Brazil the only state without nuclear weapons to operate one. The "
             "project is usually debated as a question of prestige or proliferation. It is better "
             "understood as a bet on industrial continuity."),
            ("paragraph",
             "Submarines are built by people as much as by steel. The programme has trained "
             "welders, engineers and reactor technicians whose skills take a decade to acquire and "
             "only months to lose. Each gap between hulls risks dispersing that workforce to the "
             "offshore oil sector, which pays more and hires readily. Navies elsewhere have "
             "learned this lesson expensively: a yard that stops building for five years often "
             "needs ten to recover its former productivity."),
            ("subheading", "Budgets against the drumbeat"),
            ("paragraph",
             "Brazil's defence budget is dominated by personnel and pensions, leaving a thin slice "
             "for investment that shrinks whenever the economy slows. That pattern produces a "
             "stop-start rhythm poorly suited to shipbuilding. A steadier “drumbeat” of smaller "
             "vessels, such as patrol ships and support craft built between submarine hulls, would "
             "keep crews working and lower the unit cost of the flagship programme. It would also "
             "give the navy the ships it most needs for everyday tasks such as fisheries "
             "protection and search and rescue."),
            ("pull_quote", {
                "text": "A navy's reach is measured in decades of steady work, not in the launch "
                        "of a single hull.",
                "attribution": "",
            }),
            ("paragraph",
             "The strategic payoff is regional. A capable Brazilian shipbuilding base offers "
             "neighbours an alternative source of patrol vessels and maintenance, strengthening "
             "cooperation along the Atlantic seaboard from the Caribbean to the Gulf of Guinea. "
             "That is a more durable form of influence than any single submarine, and it depends "
             "on budget decisions that will be made in Brasília, a long way from the water."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "europe-ammunition-propellant-wall",
        "title": "Europe's Ammunition Ramp-Up Is Hitting the Propellant Wall",
        "dek": "New shell factories are opening across the continent, but the chemicals that fire "
               "those shells come from a handful of suppliers that cannot expand as fast.",
        "format": "analysis", "section": "military-industrial-complex",
        "further_sections": ["europe"],
        "authors": ["jonah-feld", "daniel-whitcombe"], "days_ago": 3,
        "image": {
            "alt": "Row of artillery shell silhouettes in muted brass tones beside stylised "
                   "laboratory flasks on a charcoal background",
            "caption": "Propellant has become the narrowest point in Europe's munitions supply "
                       "chain.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "European governments have spent the past three years announcing artillery shell "
             "factories, and many are now producing. Casings, fuzes and explosive fill are "
             "arriving in volumes that would have seemed implausible a few years ago. Yet output "
             "has plateaued below official targets, and the reason lies in a less visible input: "
             "propellant. The powder that launches a shell depends on nitrocellulose, which in "
             "turn depends on specialised cotton linters and chemical plants that take years to "
             "permit and build."),
            ("paragraph",
             "The two of us have spent several months speaking with plant managers, procurement "
             "officials and chemical suppliers. Their accounts converge on a single point. "
             "Europe's propellant capacity is concentrated in a few facilities, several of them "
             "decades old, and their owners are reluctant to expand on the strength of one-year "
             "contracts. Shell factories can be assembled quickly in existing industrial parks. "
             "Propellant lines require hazardous-materials licences, blast-safe distances and "
             "local consent that no emergency decree can fully shortcut."),
            ("subheading", "Contracts, not announcements"),
            ("paragraph",
             "The fix is contractual before it is industrial. Suppliers told us they would invest "
             "if governments committed to purchases over seven to ten years, with prices indexed "
             "to the cost of raw materials. Several ministries have begun offering such terms, but "
             "most still buy year by year, because that is how their budgets work. Pooling orders "
             "through a joint European vehicle would help, as would treating propellant stockpiles "
             "as strategic reserves rather than as consumables that vanish from the books once "
             "bought."),
            ("block_quote", {
                "text": "We can build the casing in a month. The powder to fill it is booked until "
                        "the year after next.",
                "source": "Operations director, Central European munitions producer",
            }),
            ("paragraph",
             "There is also a sourcing risk. Much of the cotton linter used in nitrocellulose "
             "comes from outside Europe, and alternative cellulose sources are still being "
             "qualified. Until they are, the continent's shell output depends on supply chains it "
             "neither controls nor fully maps. Ramping up defence production is rarely a matter of "
             "one bottleneck. It is a matter of finding the next one before it finds you, and "
             "propellant will not be the last."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "famine-warnings-arrive-money-does-not",
        "title": "When Famine Warnings Arrive on Time and the Money Does Not",
        "dek": "Early-warning systems have become remarkably good at predicting hunger crises. The "
               "funding that should follow those warnings still arrives months too late.",
        "format": "analysis", "section": "global-crises",
        "further_sections": ["africa"],
        "authors": ["priya-raman"], "days_ago": 12,
        "image": {
            "alt": "Abstract timeline in ochre and grey, with a warning symbol at the start and a "
                   "small stack of coins far to the right",
            "caption": "The gap between warning and response is often measured in months.",
            "credit": "Illustration: Jana Novak", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Humanitarian agencies now possess forecasting tools that would have seemed "
             "extraordinary a generation ago. Satellite rainfall estimates, market price "
             "monitoring and household surveys feed models that can flag a looming food crisis six "
             "months or more before it peaks. The forecasts are frequently right. What has not "
             "improved at the same pace is the response. Across recent crises, large-scale funding "
             "has typically arrived only after malnutrition rates crossed emergency thresholds, "
             "which is to say after the warnings had already come true."),
            ("paragraph",
             "The reasons are structural. Donor budgets are organised around appeals, and appeals "
             "are built around needs that can be documented. A forecast is not a need; it is a "
             "probability. Finance officials reasonably ask what happens if they pay for a crisis "
             "that does not materialise. The answer, which economists have modelled repeatedly, is "
             "that early action is usually cheaper even after accounting for false alarms, because "
             "protecting livelihoods costs far less than rebuilding them."),
            ("subheading", "Paying in advance"),
            ("paragraph",
             "Anticipatory financing schemes try to close this gap by agreeing in advance what "
             "money will be released when a forecast crosses a trigger. Pilots have paid cash to "
             "herders before droughts, allowing them to sell animals at fair prices rather than in "
             "distress. The results are encouraging but small. Most such schemes still account for "
             "a tiny fraction of humanitarian spending, and they are often designed around a "
             "single hazard when real crises combine drought, conflict and currency collapse."),
            ("pull_quote", {
                "text": "We are very good at predicting the famine. We are still bad at preventing "
                        "it.",
                "attribution": "Field coordinator, regional nutrition cluster",
            }),
            ("paragraph",
             "Scaling up would require donors to accept a different definition of accountability, "
             "one that judges success by crises that did not happen. That is politically awkward, "
             "since averted famines make no headlines and win no votes. But the alternative is a "
             "system that spends more, later, to save fewer people. The forecasters have done "
             "their job. The money now needs to learn to listen to them."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "return-of-the-mediator-state",
        "title": "The Return of the Mediator State",
        "dek": "With the Security Council deadlocked, a cluster of middle powers has turned "
               "mediation into a foreign-policy specialism. The trend brings opportunities and new "
               "risks.",
        "format": "analysis", "section": "diplomacy",
        "further_sections": ["middle-east"],
        "authors": ["elif-demir"], "days_ago": 20,
        "image": {
            "alt": "Two abstract hands reaching toward a small round table from opposite sides, "
                   "drawn in muted blue and gold",
            "caption": "Mediation has become a niche that middle powers compete to fill.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Not long ago, mediating the world's conflicts was assumed to be the business of the "
             "United Nations and a few permanent members of its Security Council. Today, many of "
             "the most consequential negotiations run through smaller capitals. Gulf states host "
             "prisoner exchanges, Nordic foreign ministries maintain quiet back channels, and "
             "countries such as Türkiye and South Africa offer themselves as venues for talks that "
             "larger powers cannot convene. Mediation has become a recognisable niche, and states "
             "now compete to occupy it."),
            ("paragraph",
             "The motives are mixed. Mediators gain access and visibility far beyond their size, "
             "along with goodwill in capitals that might otherwise ignore them. A successful grain "
             "arrangement or hostage release can do more for a country's standing than years of "
             "aid spending. Mediation also offers a form of insurance: a state that is useful to "
             "all sides is harder to pressure. For governments navigating between rival blocs, "
             "being the indispensable host is an attractive position."),
            ("subheading", "Crowded tables"),
            ("paragraph",
             "The risks grow as the field becomes crowded. Parties to a conflict can now shop "
             "among mediators, dropping one that presses too hard for another that asks less. "
             "Competing initiatives produce overlapping ceasefire texts that no one is obliged to "
             "honour. And mediators with commercial or security interests in the outcome may steer "
             "talks toward deals that suit themselves. The credibility that made a mediator useful "
             "can erode quickly once it starts to look like a party in disguise."),
            ("block_quote", {
                "text": "The best mediator is the one who can walk away. Most of the new mediators "
                        "cannot afford to.",
                "source": "Retired Nordic envoy, in an interview with the author",
            }),
            ("paragraph",
             "Some coordination would help. Mediators could agree to share draft texts and avoid "
             "parallel tracks, as happened informally during several recent prisoner exchanges. "
             "Donors could fund the technical support, from ceasefire monitoring to legal "
             "drafting, that smaller mediators often lack. The mediator state is here to stay. The "
             "open question is whether the new mediators form something like a system, or simply a "
             "marketplace in which the warring parties do the shopping."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "sahel-climate-migration-short-distance",
        "title": "Climate Migration in the Sahel Is Mostly Short Distance. Policy Should Notice",
        "dek": "European debates picture climate migrants heading north across the desert. Most "
               "people displaced by drought and flooding in the Sahel move only a few dozen "
               "kilometres.",
        "format": "analysis", "section": "climate-security",
        "further_sections": ["africa"],
        "authors": ["tendai-moyo", "kwame-asante"], "days_ago": 26,
        "image": {
            "alt": "Abstract map of the Sahel in sand and ochre with many short curved arrows "
                   "between small dots, and a single long faded arrow pointing north",
            "caption": "Most climate-related movement in the Sahel is local or regional.",
            "credit": "Illustration: Adwoa Mensah", "licence": "cc_by_sa",
        },
        "body": [
            ("paragraph",
             "When European officials talk about climate migration from the Sahel, they usually "
             "picture long journeys across the Sahara toward the Mediterranean. The data gathered "
             "by regional statistics offices and humanitarian agencies tell a different story. The "
             "great majority of people who move because of drought, flooding or degraded pasture "
             "travel short distances: from a village to a nearby market town, from one grazing "
             "area to another, or across a single border into a neighbouring country. "
             "Long-distance migration to Europe is a small share of the total."),
            ("paragraph",
             "This matters because policy built on the wrong picture spends money in the wrong "
             "places. Border surveillance and return agreements absorb a large share of European "
             "funding labelled as migration management. Yet the pressure points are in secondary "
             "towns whose water systems, schools and clinics are absorbing new arrivals with "
             "little outside support. When those towns fail, tensions between herders and farmers, "
             "or between newcomers and long-standing residents, become raw material for armed "
             "groups."),
            ("subheading", "Where resilience is built"),
            ("inline_image", {
                "alt": "Stylised illustration of a market town in warm earth tones, with water "
                       "towers and small new houses at its edges",
                "caption": "Secondary towns absorb most new arrivals.",
                "credit": "Illustration: Adwoa Mensah", "licence": "cc_by_sa",
            }),
            ("paragraph",
             "The two of us have visited several such towns in recent years, and the pattern is "
             "consistent. Municipal governments know who is arriving and what they need, but they "
             "control almost no budget. The investments that would make the biggest difference are "
             "modest: boreholes, veterinary services along livestock routes, and land-registration "
             "systems that reduce disputes over plots and water points. These are development "
             "projects, not security projects, but their security value is considerable."),
            ("pull_quote", {
                "text": "Climate shocks do not create conflict on their own. Neglected towns do.",
                "attribution": "",
            }),
            ("paragraph",
             "Recognising short-distance movement would also change diplomacy. Regional "
             "free-movement agreements, which allow herders to cross borders with their animals, "
             "are among the most effective climate adaptation tools in the Sahel, and they are "
             "fraying as governments tighten borders for security reasons. Supporting them, rather "
             "than funding the fences that undermine them, would be a rare case of migration "
             "policy and climate policy pulling in the same direction."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "sanctions-evasion-insurance-desk",
        "title": "Sanctions Evasion Has Moved to the Insurance Desk",
        "dek": "The shadow fleet carrying sanctioned oil depends less on secrecy than on "
               "paperwork. Marine insurance has become the weakest link in enforcement.",
        "format": "analysis", "section": "economics-and-sanctions",
        "further_sections": [],
        "authors": ["rohan-mehta"], "days_ago": 7,
        "image": {
            "alt": "Abstract tanker silhouette in black on a field of overlapping translucent "
                   "documents in pale yellow",
            "caption": "Insurance certificates determine which ships can enter which ports.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "The popular image of sanctions evasion is of ships going dark: transponders switched "
             "off, cargoes transferred at night in open water. Those practices exist, but they are "
             "the visible tip of a more bureaucratic operation. An ageing tanker cannot load at a "
             "major port, transit a strait or enter a shipyard without certificates showing that "
             "it carries protection and indemnity insurance. For a fleet assembled to move "
             "sanctioned oil, the most important asset is not a captain willing to go dark. It is "
             "a policy document that satisfies a harbour master."),
            ("paragraph",
             "Over the past few years, cover for such vessels has migrated from long-established "
             "insurance clubs to new and thinly capitalised providers, some registered in "
             "jurisdictions with minimal oversight. Their policies may look adequate on paper, but "
             "few have the reserves to pay for a major spill. Coastal states are therefore "
             "accepting ships whose insurance, in a real accident, would amount to very little. "
             "The enforcement gap and the environmental risk turn out to be the same gap."),
            ("subheading", "A lever already in hand"),
            ("paragraph",
             "This points to a practical lever. Port and coastal states already have the legal "
             "right to check insurance documents, and several have begun asking for <a "
             'href="https://example.org/briefings/insurer-solvency-checks">proof that an insurer '
             "can actually pay</a>. Verifying the insurer's solvency, rather than merely the "
             "existence of a certificate, would squeeze the shadow fleet without requiring new "
             "sanctions. It would also be defensible on safety grounds alone, which makes it much "
             "harder for flag states to challenge."),
            ("pull_quote", {
                "text": "You can hide a ship for a night. You cannot hide its paperwork from every "
                        "port it needs.",
                "attribution": "",
            }),
            ("paragraph",
             "The approach has limits. Vessels can trade between friendly ports that ask no "
             "questions, and verification requires cooperation among maritime administrations that "
             "rarely share data. But sanctions policy has long focused on listing ships and "
             "owners, a process that evaders outpace by renaming and reflagging. Shifting "
             "attention to the insurance desk targets the one service that every tanker, whatever "
             "name is painted on its stern this month, still needs."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "verification-gap-nobody-wants-to-fund",
        "title": "The Verification Gap Nobody Wants to Fund",
        "dek": "Nuclear safeguards inspectors are asked to monitor more material, in more places, "
               "on budgets that have barely moved in real terms for a decade.",
        "format": "analysis", "section": "nuclear-security",
        "further_sections": ["diplomacy"],
        "authors": ["hana-yoshida"], "days_ago": 33,
        "image": {
            "alt": "Abstract illustration of a magnifying glass over a grid of small glowing atom "
                   "symbols in teal and white",
            "caption": "Safeguards work has expanded far faster than the money to pay for it.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Nuclear verification rarely makes the news unless it fails. That is a sign of its "
             "success, but it also explains why it is chronically underfunded. The international "
             "safeguards system, which checks that civilian nuclear material is not diverted to "
             "weapons, now covers more facilities, more material and more complex fuel cycles than "
             "at any time in its history. Its inspectors work across power plants, research "
             "reactors, enrichment sites and storage facilities on every inhabited continent. Its "
             "budget, adjusted for inflation, has not kept pace with any of these trends."),
            ("paragraph",
             "The consequences are visible in the details. Inspection schedules stretch, equipment "
             "is replaced later than planned, and analytical laboratories work through backlogs of "
             "environmental samples. Voluntary contributions from a few wealthy states fill some "
             "of the gaps, but they come with their own priorities and can be withdrawn at short "
             "notice. An agency that depends on discretionary top-ups for its core work is an "
             "agency that can be quietly pressured."),
            ("subheading", "New technologies, new demands"),
            ("paragraph",
             "The next decade will add to the burden. Small modular reactors promise many more, "
             "smaller sites, some of them in countries with little nuclear experience. Advanced "
             "fuels use higher enrichment levels that require closer monitoring. Meanwhile, the "
             "tools of verification are improving: remote monitoring, satellite imagery analysis "
             "and better sampling techniques can make each inspector more effective. But those "
             "tools need investment before they pay off, and investment is exactly what flat "
             "budgets prevent."),
            ("block_quote", {
                "text": "Every euro spent on verification buys confidence that would cost far more "
                        "to rebuild once lost.",
                "source": "Internal review of safeguards resources, as summarised for member "
                          "states",
            }),
            ("paragraph",
             "Member states could fix this at modest cost. Moving core safeguards funding onto "
             "assessed contributions, indexed to the amount of material under safeguards, would "
             "give the system predictable resources that grow with its workload. The sums involved "
             "are small next to national defence budgets. The alternative is a verification system "
             "that thins out quietly, year after year, until one day it misses something that "
             "matters."),
        ],
        "corrections": [
            ("2026-10-29",
             "This article originally said the safeguards budget had fallen in nominal terms. It "
             "has been broadly flat in nominal terms and has fallen in real terms. The text has "
             "been amended."),
        ],
        "original_url": None,
    },
    {
        "slug": "pacific-island-states-security-rules",
        "title": "Pacific Island States Are Writing Their Own Security Rules",
        "dek": "Courted by rival powers, Pacific governments are increasingly setting conditions "
               "of their own, from policing agreements to climate commitments.",
        "format": "analysis", "section": "asia-pacific",
        "further_sections": ["diplomacy"],
        "authors": ["siosaia-taufa"], "days_ago": 40,
        "image": {
            "alt": "Abstract ocean in layered blues with small green island shapes connected by a "
                   "ring of thin gold lines",
            "caption": "Pacific states are using regional forums to set terms for outside "
                       "partners.",
            "credit": "Illustration: Mele Fifita", "licence": "cc_by",
        },
        "body": [
            ("paragraph",
             "For outsiders, the Pacific Islands are often described as a chessboard on which "
             "larger powers move their pieces: a port here, a policing deal there. That framing "
             "misses what has changed. Pacific governments have become more assertive about the "
             "terms on which they accept security assistance, and they are using regional "
             "institutions to do it. The result is a set of expectations that outside partners, "
             "whichever capital they come from, increasingly have to meet if their offers are to "
             "be taken seriously."),
            ("paragraph",
             "The first expectation is that climate change is treated as the region's primary "
             "security threat, not a talking point. Partners that offer patrol boats but resist "
             "commitments on emissions or on finance for loss and damage find their offers "
             "received politely and implemented slowly. The second is that policing and defence "
             "arrangements are transparent to neighbours. Secret agreements have caused regional "
             "friction, and leaders now prefer deals that can be discussed openly at the annual "
             "forum of island states."),
            ("subheading", "Regionalism as leverage"),
            ("paragraph",
             "Regional solidarity is not automatic. Island states differ in size, wealth and "
             "alignment, and some have welcomed assistance that their neighbours view with "
             "suspicion. But the regional forum gives smaller members a way to set common "
             "standards, such as requiring that new security agreements respect existing regional "
             "frameworks. Collective positions carry weight that individual states of a few "
             "hundred thousand people would struggle to command alone, and they make it harder for "
             "outsiders to pick off governments one at a time."),
            ("pull_quote", {
                "text": "We are not a frontier for anyone. We are the people who live here.",
                "attribution": "Senior Pacific diplomat, speaking at a regional security dialogue",
            }),
            ("paragraph",
             "For partners, the lesson is that influence in the Pacific is earned through "
             "sustained, unglamorous work: maintaining patrol boats, funding fisheries "
             "surveillance, training police and showing up on climate finance year after year. "
             "Grand announcements timed to a rival's visit have diminishing returns. The "
             "governments of the Pacific have learned to read them for what they are, and to ask "
             "what will still be there when the delegation has flown home."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "moldova-energy-pivot-security-policy",
        "title": "Moldova's Energy Pivot Is a Security Policy in Disguise",
        "dek": "By rewiring its electricity and gas supplies westward, Moldova has removed a key "
               "lever of outside pressure. The work is unfinished, and households are paying for "
               "it.",
        "format": "analysis", "section": "europe",
        "further_sections": ["economics-and-sanctions"],
        "authors": ["zofia-kowalczyk"], "days_ago": 47,
        "image": {
            "alt": "Abstract silver power lines crossing a rolling landscape of green and gold "
                   "toward a western horizon",
            "caption": "New interconnectors have changed where Moldova's electricity comes from.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Few countries illustrate the link between energy and sovereignty as clearly as "
             "Moldova. For years, the country depended on a single external supplier for gas and "
             "on a power plant in its breakaway Transnistria region for much of its electricity. "
             "That arrangement gave outsiders a switch they could flip in any dispute, and they "
             "flipped it more than once. Over the past few years, Chisinau has worked to remove "
             "the switch by building interconnectors with Romania, diversifying its gas purchases "
             "and joining European energy markets."),
            ("paragraph",
             "The strategic effects are significant. A Moldova that can buy power from the "
             "European grid is harder to coerce through winter shortages, and its government has "
             "more room to pursue policies its neighbours dislike. The shift also changes the "
             "economics of the separatist region, whose industry relied on cheap energy. Some "
             "analysts argue that energy, rather than diplomacy, may eventually do more to reshape "
             "the frozen conflict than three decades of negotiation formats have achieved."),
            ("subheading", "Who pays for sovereignty"),
            ("paragraph",
             "Independence has come at a price. Market-based tariffs have raised household bills "
             "sharply in one of Europe's poorer countries, and the subsidies that cushion the "
             "increase strain the state budget. Opposition parties have campaigned on energy "
             "costs, and disinformation campaigns have amplified public frustration. An energy "
             "policy designed for security can quickly become a political vulnerability if voters "
             "experience it mainly as a higher bill every month."),
            ("block_quote", {
                "text": "Every new interconnector removes one risk and adds to a household's "
                        "monthly bill. Governments rarely get credit for the first.",
                "source": "Energy researcher in Chisinau, in an interview with the author",
            }),
            ("paragraph",
             "European partners have funded much of the new infrastructure. The next step is less "
             "visible: helping Moldova improve energy efficiency in its ageing housing stock, "
             "expand domestic renewable generation and target support at the households least able "
             "to pay. These are not security programmes in the conventional sense. In Moldova, "
             "they may be among the most important security programmes there are."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "red-sea-shipping-adapted-ports-have-not",
        "title": "Red Sea Shipping Has Adapted. The Region's Ports Have Not",
        "dek": "Container lines have rerouted, repriced and moved on. The ports that lived on Suez "
               "traffic are still waiting for a recovery that may not come on the old terms.",
        "format": "analysis", "section": "middle-east",
        "further_sections": ["economics-and-sanctions"],
        "authors": ["farid-haddad"], "days_ago": 58,
        "image": {
            "alt": "Abstract shipping lanes drawn as orange dotted lines around the Horn of Africa "
                   "on a dark blue sea, with a faded route through a narrow channel",
            "caption": "Some rerouted traffic has not returned to the Red Sea route.",
            "credit": "Illustration: Jana Novak", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "When attacks on merchant ships pushed container lines away from the Red Sea, "
             "industry forecasters predicted chaos. There was disruption: freight rates spiked, "
             "voyages lengthened and schedules unravelled. Yet within months the shipping industry "
             "had adapted. Lines added ships to the long route around southern Africa, rebuilt "
             "their schedules and passed the costs on to customers. For the global carriers, the "
             "crisis became an operational problem with an operational solution, and in some "
             "quarters a profitable one."),
            ("paragraph",
             "The ports along the Red Sea have had a harder time. Transshipment hubs that earned "
             "fees from vessels calling on the way to and from Suez saw volumes fall steeply. Some "
             "have won back traffic as security improved, but many carriers now treat the route as "
             "optional, returning when conditions are calm and leaving again at the first sign of "
             "trouble. For a port, occasional traffic is a poor basis for investment. Cranes, "
             "dredging and rail links to the hinterland all need predictable volumes."),
            ("subheading", "Competing for reliability"),
            ("paragraph",
             "The ports that recover fastest will be those that sell reliability rather than "
             "location. That means investing in security arrangements with naval partners, "
             "offering insurance support for calling vessels and building regional cargo bases "
             "that give lines a reason to call regardless of Suez traffic. Several Gulf and East "
             "African ports have begun marketing themselves on exactly these terms. Red Sea ports "
             "that relied on geography alone now face a far more competitive market than the one "
             "they knew."),
            ("pull_quote", {
                "text": "Geography used to be our business model. Now it is only our starting "
                        "point.",
                "attribution": "Port authority executive on the Red Sea coast",
            }),
            ("editors_note",
             "This article is part of the Meridian Review's series on trade corridors and maritime "
             "chokepoints. Earlier instalments examined the Lobito railway and the protection of "
             "undersea cables in the Baltic."),
            ("paragraph",
             "The broader lesson concerns how chokepoints work. A strait or canal is only as "
             "valuable as the confidence that ships can pass through it, and restoring that "
             "confidence takes longer than restoring the security that first undermined it. "
             "Governments in the region that want their ports to benefit from the eventual return "
             "of traffic will need to plan for a world in which carriers keep their options open, "
             "and in which loyalty has to be earned voyage by voyage."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "peacekeeping-after-blue-helmets-leave",
        "title": "Peacekeeping After the Blue Helmets Leave",
        "dek": "United Nations missions in Africa have been closing faster than planned. What "
               "replaces them, from regional forces to private contractors, is being improvised in "
               "real time.",
        "format": "analysis", "section": "africa",
        "further_sections": ["global-crises"],
        "authors": ["thabo-nkosi"], "days_ago": 64,
        "image": {
            "alt": "Abstract illustration of a fading blue helmet shape over a patchwork of "
                   "earth-toned map fragments",
            "caption": "Several large peace operations have drawn down in recent years.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "For two decades, large United Nations peace operations were a fixture of African "
             "security. Tens of thousands of troops and police protected civilians, monitored "
             "ceasefires and supported fragile governments. That era is ending. Host governments "
             "have asked missions to leave, Security Council divisions have blocked new mandates "
             "and budget pressures have forced cuts. In several countries, drawdowns that were "
             "meant to take years were compressed into months, leaving gaps that no one had "
             "planned to fill."),
            ("paragraph",
             "What has filled them varies. In some places, regional forces deployed under African "
             "Union or sub-regional mandates, with uneven funding and limited capacity to protect "
             "civilians. Elsewhere, host governments turned to bilateral security partners or "
             "private military contractors, who offer force without the reporting requirements and "
             "human-rights monitoring that came with UN missions. In still others, the gap has "
             "simply remained a gap, occupied by local militias and self-defence groups."),
            ("subheading", "The missing middle"),
            ("paragraph",
             "Our research at the Cape Peace Operations Observatory suggests that the most "
             "damaging losses are often not military. UN missions ran radio stations, supported "
             "local reconciliation committees, documented abuses and provided logistics for "
             "humanitarian agencies. These civilian functions rarely transfer to regional or "
             "bilateral forces, which are built for combat operations. When a mission leaves, "
             "communities lose not only patrols but the whole infrastructure of information and "
             "accountability that grew up around them."),
            ("pull_quote", {
                "text": "The soldiers were never the whole mission. We are only now counting "
                        "everything else that left with them.",
                "attribution": "Former civil affairs officer, speaking in Johannesburg",
            }),
            ("paragraph",
             "A more deliberate approach to transitions is possible. Civilian functions could be "
             "handed to national institutions or regional bodies well before troops withdraw, with "
             "funding guaranteed for several years. Assessed UN contributions for African-led "
             "operations, long debated, would give regional forces predictable resources and, with "
             "them, binding obligations to report and protect. Peacekeeping is not disappearing. "
             "It is changing shape, and the new shape should be designed rather than left to "
             "chance."),
        ],
        "corrections": [],
        "original_url": None,
    },

    # Opinion
    {
        "slug": "stop-measuring-defence-by-gdp",
        "title": "Stop Measuring Defence Budgets by Percentage of GDP",
        "dek": "Spending targets expressed as a share of national income are easy to announce and "
               "easy to game. They tell voters almost nothing about what their armed forces can "
               "do.",
        "format": "opinion", "section": "military-industrial-complex",
        "further_sections": ["europe"],
        "authors": ["daniel-whitcombe"], "days_ago": 5,
        "image": {
            "alt": "Abstract pie chart in military green and grey, with a large slice breaking "
                   "apart into small gear shapes",
            "caption": "Headline spending targets say little about military capability.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Every alliance summit now produces a number. Members pledge to spend two, three or "
             "more per cent of gross domestic product on defence, and governments compete to show "
             "they are on track. The percentage has become the main currency of alliance politics. "
             "It is also a poor measure of military strength, and the obsession with it is "
             "crowding out the questions that matter more: what the money buys, how quickly it "
             "buys it, and whether the forces it pays for can actually fight."),
            ("paragraph",
             "Percentages are easy to game. Pensions, border police and coast guards can be "
             "reclassified as defence. Budgets can be inflated by one-off purchases that leave "
             "nothing for spare parts or training. And because the target scales with the economy, "
             "a recession can make a country look more committed while its real spending falls. "
             "Two governments at exactly the same percentage can field forces of wildly different "
             "readiness, and the headline figure will never reveal which is which."),
            ("subheading", "Measure outputs instead"),
            ("paragraph",
             "Alliances already know how to do better. Planners set capability targets for each "
             "member: numbers of brigades, ships, aircraft, munitions stocks and readiness levels. "
             "The details are classified, but their broad outlines could be published and tracked. "
             "Governments could report what share of their forces is deployable within thirty "
             "days, how many days of high-intensity combat their munitions stocks would sustain, "
             "and whether maintenance backlogs are shrinking or growing. Those figures would tell "
             "voters far more than a percentage."),
            ("pull_quote", {
                "text": "A spending target is a promise about inputs. Voters deserve promises "
                        "about outputs.",
                "attribution": "",
            }),
            ("paragraph",
             "Politicians like percentages because they are simple and can be met through "
             "accounting. That is precisely the problem. If governments are asking taxpayers to "
             "fund the largest defence increases in a generation, they owe them a clearer account "
             "of what the money achieves. The percentage should be a footnote in that account, not "
             "its headline, and certainly not the whole of the argument."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "summits-are-not-strategy",
        "title": "Summits Are Not Strategy",
        "dek": "Diplomacy has become a calendar of set-piece meetings that produce communiqués and "
               "photographs. The patient work that turns agreements into outcomes is being "
               "starved.",
        "format": "opinion", "section": "diplomacy",
        "further_sections": [],
        "authors": ["marcus-lindqvist"], "days_ago": 18,
        "image": {
            "alt": "Abstract long conference table in pale wood seen from above, with empty chairs "
                   "and scattered papers in muted colours",
            "caption": "The summit calendar grows more crowded every year.",
            "credit": "Illustration: Jana Novak", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Count the summits in a typical year and the number is startling. Alliance meetings, "
             "regional gatherings, climate conferences, investment forums and state visits fill "
             "the diplomatic calendar so densely that foreign ministries spend much of their "
             "energy preparing for the next one. Each produces a communiqué, a family photograph "
             "and a list of deliverables. Few produce a follow-up mechanism with the staff and "
             "money needed to deliver any of them."),
            ("paragraph",
             "The summit has become a substitute for strategy rather than an instrument of it. "
             "Leaders announce initiatives to fill a press conference, and ministries inherit "
             "commitments they did not design and cannot fund. A year later, the next summit "
             "repackages the same goals under new names. Researchers who track these pledges find "
             "that a striking share are never reported on again. The diplomatic equivalent of a "
             "product launch has replaced the diplomatic equivalent of maintenance."),
            ("subheading", "Invest in the unglamorous"),
            ("paragraph",
             "The remedy is not to abolish summits; leaders meeting in person still matters, "
             "especially in a crisis. It is to rebalance resources toward the work between them. "
             "That means permanent secretariats for major initiatives, working groups with clear "
             "reporting duties and diplomats who stay in post long enough to see agreements "
             "through. It also means fewer deliverables, chosen because they can be implemented "
             "rather than because they sound good when read aloud at a podium."),
            ("block_quote", {
                "text": "A summit is a deadline, not a destination. Its value lies in what "
                        "bureaucracies are forced to finish before it and to commit to after it.",
                "source": "Handbook for Negotiators, Lattimer Centre for Global Affairs",
            }),
            ("paragraph",
             "I spent twelve years as a diplomat, and the colleagues who achieved the most were "
             "rarely the ones in the family photograph. Foreign ministries in many countries have "
             "seen their budgets and headcounts cut even as summit calendars expand. That is a "
             "poor trade. A diplomat in a distant capital who knows the ministers, the language "
             "and the history is worth more than another glossy declaration. If governments want "
             "summits to matter, they should fund the people who make them matter."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "arms-control-fewer-treaties-more-hotlines",
        "title": "Arms Control Needs Fewer Grand Treaties and More Hotlines",
        "dek": "The age of comprehensive nuclear agreements may be over for now. Modest, practical "
               "risk-reduction measures could do more to prevent catastrophe in the meantime.",
        "format": "opinion", "section": "nuclear-security",
        "further_sections": ["diplomacy"],
        "authors": ["hana-yoshida"], "days_ago": 29,
        "image": {
            "alt": "Two vintage telephone handsets, one red and one black, connected by a thin "
                   "white line across a dark field",
            "caption": "Crisis communication links remain among the cheapest tools for reducing "
                       "nuclear risk.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Arms control advocates have spent years lamenting the collapse of the treaties that "
             "once constrained nuclear arsenals. The lament is justified: verification regimes "
             "have lapsed, limits have expired and the major powers show little appetite for new "
             "comprehensive agreements. But mourning the old architecture can become a reason to "
             "do nothing. While grand treaties are off the table, smaller measures that reduce the "
             "risk of accidental or mistaken nuclear use remain available, and they deserve far "
             "more attention than they get."),
            ("paragraph",
             "The most basic is communication. Direct crisis links between militaries, not only "
             "between leaders, allow officers to clarify an ambiguous missile test or an "
             "aircraft's flight path before it escalates. Several pairs of nuclear-armed states "
             "lack reliable links of this kind, or have links that exist on paper but are rarely "
             "tested. Regular exercises using these channels, maintained even in periods of "
             "tension, would cost almost nothing and could one day matter more than anything else "
             "on this list."),
            ("subheading", "Small steps that add up"),
            ("paragraph",
             "Other measures are equally modest. Advance notification of missile launches and "
             "large exercises, already practised between some states, could be extended to others. "
             "Agreements to keep nuclear command-and-control networks off the target list of cyber "
             "operations would address a new and poorly understood escalation pathway. Joint "
             "statements that a nuclear war cannot be won, once routine, could be reaffirmed with "
             "concrete commitments attached, such as regular military-to-military talks on "
             "doctrine."),
            ("pull_quote", {
                "text": "Treaties take a decade to negotiate. A telephone line can be installed in "
                        "a week.",
                "attribution": "",
            }),
            ("editors_note",
             "This opinion piece is part of our occasional series on nuclear risk. The Meridian "
             "Review welcomes responses from readers and practitioners, which may be published in "
             "a future edition of the weekly round-up."),
            ("paragraph",
             "None of this replaces arms control in the full sense. Numerical limits and "
             "verification remain essential, and their absence makes every crisis more dangerous. "
             "But the choice is not between grand treaties and nothing at all. Practical risk "
             "reduction builds habits of contact that future negotiations will need, and it keeps "
             "channels open for the day when political conditions change. It is the diplomacy of "
             "the possible, and it is overdue."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "darien-regional-failure",
        "title": "The Darién Is a Regional Failure, Not a Panamanian One",
        "dek": "Migrants crossing the jungle between Colombia and Panama are the visible end of "
               "policies made across the hemisphere. Responsibility for the crossing should be "
               "shared accordingly.",
        "format": "opinion", "section": "americas",
        "further_sections": ["global-crises"],
        "authors": ["lucia-ferreyra"], "days_ago": 11,
        "image": {
            "alt": "Dense stylised jungle in layered greens, with a thin winding trail of small "
                   "white footprints",
            "caption": "The Darién crossing remains one of the most dangerous migration routes in "
                       "the Americas.",
            "credit": "Illustration: Tomás Ibarra", "licence": "rights_managed",
        },
        "body": [
            ("paragraph",
             "The Darién Gap is often discussed as though it were a Panamanian problem, or a "
             "Colombian one, or simply a natural obstacle. It is none of these. The numbers "
             "crossing the roadless jungle rise and fall with decisions made far away: visa rules "
             "in South American capitals, asylum policies in North America, economic collapse in "
             "countries thousands of kilometres from the border. Treating the crossing as a local "
             "border-control challenge all but guarantees that it will be handled badly."),
            ("paragraph",
             "Panama has borne the cost of reception camps, medical care and onward transport, and "
             "it has periodically tightened controls in response to domestic pressure. Colombia "
             "faces armed groups that profit from smuggling on its side of the border. Neither can "
             "change the factors that send people toward the jungle in the first place. When one "
             "country closes a route, migrants take more dangerous paths rather than staying home, "
             "and smugglers simply raise their prices."),
            ("subheading", "Sharing the burden"),
            ("paragraph",
             "A regional approach would begin with legal pathways. Temporary work visas, family "
             "reunification and processing centres closer to countries of origin would give people "
             "alternatives to a journey that kills or injures many each year. Destination "
             "countries could fund reception capacity along the route in proportion to the "
             "arrivals they ultimately receive. Transit countries could coordinate their visa "
             "policies so that a change in one does not simply redirect the flow toward another."),
            ("pull_quote", {
                "text": "Every closed door on the map opens a more dangerous one in the jungle.",
                "attribution": "Humanitarian worker at a reception station in Darién province",
            }),
            ("paragraph",
             "Regional declarations on migration already exist. Their commitments on shared "
             "responsibility remain largely unfunded, and their follow-up meetings are sparsely "
             "attended. The Darién will not be made safe by fences, and it will not be made safe "
             "by speeches. It will be made safer when the governments whose policies shape the "
             "flow accept that the jungle is their problem too, and budget as if they meant it."),
        ],
        "corrections": [
            ("2026-11-20",
             "An earlier version of this article misstated how long the jungle crossing usually "
             "takes. It typically takes several days, not several weeks."),
        ],
        "original_url": None,
    },
    {
        "slug": "ukraine-reconstruction-municipalities",
        "title": "Ukraine's Reconstruction Must Begin With Its Municipalities",
        "dek": "Donor conferences plan reconstruction in the hundreds of billions. The "
               "institutions best placed to spend it well are the town halls that kept services "
               "running through the war.",
        "format": "opinion", "section": "europe",
        "further_sections": ["economics-and-sanctions"],
        "authors": ["oleksandra-hrytsenko"], "days_ago": 36,
        "image": {
            "alt": "Abstract rebuilt apartment blocks in soft blue and yellow tones, with "
                   "scaffolding drawn in thin white lines",
            "caption": "Local governments have carried out much of the emergency repair work.",
            "credit": "Illustration: Olena Savchuk", "licence": "cc_by",
        },
        "body": [
            ("paragraph",
             "Reconstruction planning for Ukraine tends to happen at a scale that dwarfs the "
             "people doing the work. International conferences discuss funds in the hundreds of "
             "billions, flagship projects and investment platforms. Yet since the full-scale "
             "invasion, much of the actual repair work has been carried out by municipalities: "
             "replacing windows, restoring heating networks, reopening schools and clinics. Town "
             "halls have proved adaptable and, in many places, more trusted by residents than the "
             "central institutions in Kyiv."),
            ("paragraph",
             "This is partly the legacy of decentralisation reforms that began years before the "
             "full-scale war. Those reforms gave communities real budgets and responsibilities, "
             "and they created a generation of local officials who know how to deliver services "
             "under pressure. Reconstruction that routes money mainly through central ministries "
             "and large contractors risks sidelining them, repeating a pattern seen in other "
             "post-war settings where aid bypassed the institutions closest to citizens."),
            ("subheading", "Trust is built locally"),
            ("inline_image", {
                "alt": "Stylised street scene with a small town hall, repaired rooftops and a tram "
                       "line, rendered in flat pastel colours",
                "caption": "Municipal services have been central to keeping communities "
                           "functioning.",
                "credit": "Illustration: Olena Savchuk", "licence": "cc_by",
            }),
            ("paragraph",
             "Channelling a substantial share of reconstruction funds through municipalities would "
             "not be risk-free. Capacity varies widely, and corruption is a concern at every level "
             "of government. But the answer is transparency rather than centralisation. The public "
             "procurement platforms already used in Ukraine allow citizens and journalists to "
             "follow contracts in detail. Extending them to every reconstruction project, with "
             "independent audit and community oversight, would make local spending more visible "
             "than many national programmes."),
            ("pull_quote", {
                "text": "The people who fixed the boiler in February know better than anyone what "
                        "the town needs next.",
                "attribution": "",
            }),
            ("paragraph",
             "Reconstruction is ultimately about whether people come back. Families decide to "
             "return based on whether the school is open, the water runs and the local "
             "administration answers the phone. Those are municipal services, delivered by "
             "municipal staff. Donors who want reconstruction to succeed should invest in the "
             "level of government that residents deal with every day, and trust it with more than "
             "the leftovers."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "adaptation-money-where-soldiers-are",
        "title": "Put Adaptation Money Where the Soldiers Are",
        "dek": "Armed forces are increasingly the first responders to floods, fires and heatwaves. "
               "Adaptation budgets rarely account for them, and military planners rarely account "
               "for climate.",
        "format": "opinion", "section": "climate-security",
        "further_sections": ["military-industrial-complex"],
        "authors": ["tendai-moyo"], "days_ago": 52,
        "image": {
            "alt": "Abstract military truck outline wading through stylised blue floodwater "
                   "beneath a heavy grey sky",
            "caption": "Militaries are increasingly called on for disaster response at home and "
                       "abroad.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "When a cyclone flattens a coastline or wildfires approach a city, governments send "
             "in the army. Soldiers fill sandbags, evacuate hospitals, fly helicopters over "
             "flooded villages and run field kitchens. In much of the world, the armed forces are "
             "the only institution with the vehicles, communications and manpower to respond at "
             "scale. Climate change is making these deployments more frequent. Yet most adaptation "
             "finance ignores the military, and most military planning treats disaster relief as a "
             "distraction from real missions."),
            ("paragraph",
             "Both assumptions are outdated. Disaster deployments draw troops away from training "
             "and wear out equipment that was never designed for them. Bases themselves sit on "
             "coastlines and floodplains that are increasingly exposed. A military that spends "
             "half its year on disaster response without planning for it will do neither disaster "
             "response nor defence particularly well. Conversely, civilian adaptation plans that "
             "assume the army will turn up, without funding it to do so, are building on sand."),
            ("subheading", "A shared budget line"),
            ("paragraph",
             "Governments should recognise disaster response as a core military task where it "
             "already is one in practice, and fund it accordingly. That means dedicated units, "
             "appropriate equipment such as high-clearance vehicles and amphibious craft, and "
             "joint training with civilian emergency services. International adaptation funds "
             "could support these capabilities in vulnerable countries, with firm safeguards to "
             "ensure that the equipment serves civilian protection rather than internal "
             "repression."),
            ("pull_quote", {
                "text": "We train for a war that may never come and improvise for floods that come "
                        "every year.",
                "attribution": "Officer in a southern African defence force",
            }),
            ("paragraph",
             "Some will argue that this militarises climate policy. The risk is real, and civilian "
             "control must be explicit and enforced. But pretending that soldiers are not already "
             "on the front line of climate disasters does not keep them off it. It only ensures "
             "that they arrive underprepared, with the wrong vehicles and no plan. Adaptation "
             "money should follow the people who actually do the adapting."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "humanitarian-access-negotiated-away",
        "title": "Humanitarian Access Is Being Negotiated Away One Checkpoint at a Time",
        "dek": "Aid convoys now face permits, escorts and inspections that each seem reasonable "
               "alone. Together they have turned access into a privilege that warring parties "
               "ration.",
        "format": "opinion", "section": "global-crises",
        "further_sections": ["africa"],
        "authors": ["priya-raman", "thabo-nkosi"], "days_ago": 70,
        "image": {
            "alt": "Abstract line of small white trucks halted before a series of red and white "
                   "barrier gates on a dusty ochre road",
            "caption": "Convoys increasingly wait at multiple checkpoints before reaching "
                       "civilians.",
            "credit": "Illustration: Jana Novak", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Humanitarian law is clear that parties to a conflict must allow impartial aid to "
             "reach civilians in need. In practice, access is rarely refused outright. It is "
             "delayed, conditioned and fragmented. A convoy needs a permit from one ministry, a "
             "security clearance from another and an escort from a local commander. Each "
             "checkpoint inspects the cargo again. Each request seems reasonable on its own terms. "
             "Together, they turn a legal obligation into a favour that armed actors dispense when "
             "it suits them."),
            ("paragraph",
             "The two of us have spoken with convoy leaders and access negotiators in several "
             "conflicts over the past year. They describe a consistent pattern. Agencies under "
             "pressure to deliver something accept conditions they would once have rejected: "
             "limits on which districts they serve, restrictions on the nationality of staff, "
             "requirements to share lists of beneficiaries. Each concession sets a precedent that "
             "the next negotiation starts from. Over time, the space for principled aid shrinks "
             "without any single dramatic refusal."),
            ("subheading", "Collective bargaining for access"),
            ("paragraph",
             "The remedy is for humanitarian agencies to negotiate together rather than "
             "separately. When agencies bargain alone, armed actors can play them against one "
             "another, granting access to whichever accepts the most conditions. Joint negotiating "
             "positions, with agreed red lines that no agency will cross, would strengthen "
             "everyone's hand. Donors can help by backing those red lines publicly and by refusing "
             "to penalise agencies that suspend operations rather than accept unacceptable terms."),
            ("pull_quote", {
                "text": "No one ever says no. They just say not today, and not that road, and not "
                        "those staff.",
                "attribution": "Convoy coordinator in East Africa",
            }),
            ("paragraph",
             "Governments that fund aid while also arming or supporting parties to a conflict have "
             "leverage they rarely use. Access should be a standing item in every diplomatic "
             "conversation with warring parties, and in every decision about arms sales or "
             "military cooperation, not a matter left to drivers and field officers at a "
             "roadblock. The checkpoints are where access is lost. They are not where it will be "
             "won back."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "taiwan-strait-boring-deterrence",
        "title": "The Case for Boring Deterrence in the Taiwan Strait",
        "dek": "Dramatic announcements and high-profile visits make headlines. Stability across "
               "the strait depends more on predictable, quiet measures that reduce the chance of "
               "miscalculation.",
        "format": "opinion", "section": "asia-pacific",
        "further_sections": ["diplomacy"],
        "authors": ["mei-lin-cho"], "days_ago": 88,
        "image": {
            "alt": "Calm stylised strait of pale grey-blue water between two abstract coastlines, "
                   "with a single thin horizon line",
            "caption": "Stability in the strait depends on predictability as much as on strength.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Debates about the Taiwan Strait swing between alarm and reassurance, often within "
             "the same week. A military exercise prompts warnings of imminent conflict; a "
             "diplomatic meeting prompts talk of a thaw. Lost in the noise is the fact that "
             "deterrence across the strait has held for decades largely because it has been "
             "boring: incremental, predictable and unexciting. The greatest risk today is not that "
             "deterrence is too weak but that it is becoming theatrical, performed for audiences "
             "rather than built for crises."),
            ("paragraph",
             "Theatrical deterrence relies on signals designed to be seen: high-profile visits, "
             "symbolic arms announcements, exercises named and publicised for maximum effect. Each "
             "side reads these signals as evidence of hostile intent and responds in kind. The "
             "cycle raises tension without necessarily changing the military balance. Meanwhile, "
             "the practical elements of deterrence, such as readiness, stockpiles, hardened "
             "infrastructure and resilient communications, progress slowly and attract little "
             "attention."),
            ("subheading", "What boring looks like"),
            ("paragraph",
             "Boring deterrence means investing in things that are hard to photograph. Dispersed "
             "fuel and munitions storage, runways that can be repaired in hours, civil defence "
             "training and redundant undersea cables all make coercion less likely to succeed "
             "without giving anyone a pretext to respond. It also means keeping channels of "
             "communication open between militaries, even when political relations are poor, so "
             "that an unplanned encounter between aircraft or ships does not spiral into something "
             "neither side intended."),
            ("pull_quote", {
                "text": "The best deterrent is one your adversary respects and your own public "
                        "barely notices.",
                "attribution": "",
            }),
            ("paragraph",
             "None of this guarantees peace. Intentions can change, and capabilities continue to "
             "grow on every side. But governments that care about stability should ask, before "
             "every announcement, whether it strengthens deterrence or merely advertises it. In "
             "the Taiwan Strait, the quiet measures have a better record than the loud ones, and "
             "they are far less likely to start the crisis they are meant to prevent."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "secondary-sanctions-wasting-asset",
        "title": "Secondary Sanctions Are a Wasting Asset",
        "dek": "Threatening third countries' banks and firms has been a powerful tool. Used too "
               "often, it teaches its targets to build systems that sanctions cannot reach.",
        "format": "opinion", "section": "economics-and-sanctions",
        "further_sections": ["diplomacy"],
        "authors": ["yara-khoury"], "days_ago": 95,
        "image": {
            "alt": "Abstract hourglass in gold and black with small currency symbols falling "
                   "through it",
            "caption": "Each use of secondary sanctions strengthens the incentive to build "
                       "alternatives.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Secondary sanctions, which penalise third-country companies for dealing with a "
             "sanctioned state, have become one of the most potent tools of economic statecraft. "
             "Their power rests on the centrality of a few currencies and financial systems to "
             "global trade. A bank that risks losing access to dollar clearing will usually walk "
             "away from a customer, however lucrative. That leverage is real. It is also finite, "
             "and every time it is used, some of it is spent."),
            ("paragraph",
             "Each threat of secondary sanctions gives banks, traders and governments in the "
             "affected countries a fresh incentive to build workarounds: settlement in other "
             "currencies, regional payment systems, barter arrangements and small banks with no "
             "exposure to the sanctioning state. Individually, these alternatives are clumsy and "
             "expensive. Collectively, and over time, they chip away at the very dependence that "
             "makes secondary sanctions work. The Gulf, where I work, has seen several such "
             "experiments in recent years."),
            ("subheading", "Spend leverage deliberately"),
            ("paragraph",
             "None of this means secondary sanctions should be abandoned. It means they should be "
             "treated as a scarce resource. Threats should be reserved for cases where the stakes "
             "justify the long-term cost and where allies are aligned. Enforcement should be "
             "predictable, with clear guidance so that compliant firms are not frightened away "
             "from legitimate trade. Overcompliance, in which banks refuse any business near a "
             "sanctioned jurisdiction, pushes legitimate commerce into the same alternative "
             "channels as illicit trade."),
            ("pull_quote", {
                "text": "Sanctions are strongest when they are rare, clear and shared. They weaken "
                        "when they become routine.",
                "attribution": "",
            }),
            ("paragraph",
             "The sanctioning states still hold enormous advantages. Their currencies, markets and "
             "courts remain the preferred choice for most of the world's businesses, and no "
             "alternative comes close. Yet every workaround that matures into a working system "
             "marks out a market that sanctions can no longer reach. Preference is not permanence. "
             "A policy that treats financial dominance as an inexhaustible resource will "
             "eventually discover, probably at the worst possible moment, that it was not."),
        ],
        "corrections": [],
        "original_url": None,
    },

    # Reports
    {
        "slug": "counting-the-displaced-sudan-data",
        "title": "Counting the Displaced: Inside the Data Behind Sudan's Emergency",
        "dek": "We spent four months tracing how Sudan's displacement figures are collected, "
               "revised and used. They are better than critics claim, and more fragile than their "
               "users assume.",
        "format": "report", "section": "global-crises",
        "further_sections": ["africa"],
        "authors": ["priya-raman", "amara-okafor", "thabo-nkosi"], "days_ago": 0,
        "image": {
            "alt": "Abstract grid of small human figures in muted ochre and grey, some outlined "
                   "and some filled, over a faint map of the Nile",
            "caption": "Displacement estimates combine field surveys, registration data and remote "
                       "sensing.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Every humanitarian response begins with a number. In Sudan, that number has been the "
             "count of people forced from their homes since the fighting began, a figure now cited "
             "in appeals, briefings and parliamentary debates around the world. The three of us "
             "set out to understand where it comes from. Over four months, we interviewed "
             "enumerators, data analysts, camp coordinators and donor officials, and we reviewed "
             'the <a href="https://example.org/meridian/sudan-displacement-methods">methodological '
             "notes</a> behind the main displacement datasets. This report summarises what we "
             "found."),
            ("editors_note",
             "This report draws on interviews conducted in person and remotely between July and "
             "October. Several sources asked not to be named because they are not authorised to "
             "speak publicly. Figures are rounded, and we cite no estimate that has not been "
             "published by the agency that produced it."),
            ("subheading", "How the count is made"),
            ("paragraph",
             "Displacement figures in Sudan are built from several imperfect sources. Field teams "
             "carry out assessments in locations they can reach, asking community leaders and "
             "households how many people have arrived and from where. Registration data from camps "
             "and host communities adds detail where it exists. In areas too dangerous to visit, "
             "analysts rely on phone surveys, satellite imagery of settlements and reports from "
             "local volunteer networks. Each source is combined in a model that produces an "
             "estimate with a wide margin of uncertainty."),
            ("paragraph",
             "That uncertainty is rarely reported. Public summaries usually present a single "
             "figure, sometimes to the nearest thousand, implying a precision that the underlying "
             "data cannot support. The analysts we spoke to were candid about this. They publish "
             "ranges internally and in technical annexes, but the headline number is what travels. "
             "Journalists, donors and advocates then repeat it, sometimes adding figures from "
             "different sources that count overlapping populations and so double-count the same "
             "families."),
            ("inline_image", {
                "alt": "Illustrated chart showing a single bold line inside a wide shaded band in "
                       "pale orange, representing an estimate and its range of uncertainty",
                "caption": "Headline figures sit within wide ranges that rarely appear in public "
                           "summaries.",
                "credit": "Meridian Review illustration", "licence": "staff",
            }),
            ("paragraph",
             "The most serious gaps are geographic. Areas under siege or controlled by armed "
             "groups hostile to aid agencies are counted largely from a distance. Our interviews "
             "suggest that populations in these areas may be undercounted, because people who "
             "cannot flee are invisible to methods that track movement. Conversely, repeated "
             "displacement, in which a family moves three or four times, can inflate totals if "
             "each move is recorded as a new case. Analysts try to correct for both, with varying "
             "success."),
            ("block_quote", {
                "text": "We are counting people who are moving through places we cannot go. Every "
                        "number is a negotiation between what we know and what we can defend.",
                "source": "Senior data analyst, humanitarian coordination office",
            }),
            ("paragraph",
             "None of this means the figures are wrong in any useful sense. Every analyst we "
             "interviewed agreed that this is among the largest displacement emergencies ever "
             "recorded, whatever the precise count. Our recommendations are modest: publish ranges "
             "alongside headline figures, explain plainly what each dataset counts, and fund the "
             "field teams whose access determines the quality of everything else. Better numbers "
             "will not end the war. They will help ensure that the response reaches the people it "
             "is meant for."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "who-builds-the-drones-europe-supply-chain",
        "title": "Who Builds the Drones? Mapping Europe's Uncrewed Systems Supply Chain",
        "dek": "We traced the components inside drones bought by European armed forces. Final "
               "assembly is increasingly European; the motors, batteries and sensors often are "
               "not.",
        "format": "report", "section": "military-industrial-complex",
        "further_sections": ["europe"],
        "authors": ["jonah-feld", "ingrid-solberg", "zofia-kowalczyk"], "days_ago": 6,
        "image": {
            "alt": "Exploded-view illustration of a small quadcopter drone with its components "
                   "floating apart, drawn in white lines on a deep navy background",
            "caption": "A typical military drone combines components from several countries.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "European armed forces have bought uncrewed aircraft in unprecedented numbers, from "
             "hand-launched reconnaissance drones to one-way attack systems. Governments present "
             "these purchases as a boost for European industry, and final assembly is indeed "
             "increasingly done by firms based on the continent. The three of us wanted to know "
             "what lies underneath the label. Over five months, we examined procurement notices, "
             "company filings and teardown reports, and interviewed engineers at eleven "
             "manufacturers in six countries."),
            ("subheading", "Assembled in Europe"),
            ("paragraph",
             "Our central finding is that European drone production is broad but shallow. "
             "Airframes, flight software and systems integration are largely domestic. But the "
             "components that determine performance and cost, notably brushless motors, lithium "
             "battery cells, thermal imaging sensors and some microcontrollers, are still sourced "
             "mainly from Asian suppliers, some of them in countries that European governments "
             "regard as strategic competitors. Several manufacturers told us that they could not "
             "currently produce at scale without those imports."),
            ("pull_quote", {
                "text": "We can design the drone, write the code and build the airframe. Then we "
                        "wait for a shipment of motors like everyone else.",
                "attribution": "Chief engineer at a Baltic drone start-up",
            }),
            ("paragraph",
             "This dependence creates two risks. The first is supply disruption: export "
             "restrictions on key components could halt production lines within weeks, since few "
             "firms hold more than a few months of inventory. The second is security. Components "
             "with embedded firmware, such as flight controllers and cameras, could in principle "
             "contain vulnerabilities that are difficult to detect. Most of the firms we "
             "interviewed conduct some testing, but few have the resources for deep hardware "
             "audits."),
            ("inline_image", {
                "alt": "Flat world map in grey with thin coloured lines converging on Europe from "
                       "East Asia, each line marked only by a small component icon",
                "caption": "Key drone components travel long supply routes before final assembly.",
                "credit": "Illustration: Per Aalto", "licence": "cc_by",
            }),
            ("paragraph",
             "Building European alternatives is possible but slow. Motor and battery production "
             "requires capital investment and specialised materials that are themselves "
             "concentrated in a few countries. Start-ups told us they would invest if governments "
             "guaranteed multi-year orders for domestically sourced components, even at a price "
             "premium. Some ministries have begun to include origin requirements in tenders, but "
             "requirements without long-term demand leave suppliers exposed to the next cheap "
             "import."),
            ("paragraph",
             "Our recommendations are practical. Governments should map component origins for "
             "every drone they buy, pool demand across borders to justify European production of "
             "the most critical parts, and fund independent testing of firmware and hardware. We "
             "have published our <a "
             'href="https://example.org/meridian/drone-component-map">component map</a> so that '
             "others can extend it. The drone industry has shown that Europe can move fast. "
             "Whether it can also move deep will decide how autonomous its defence production "
             "really is."),
        ],
        "corrections": [
            ("2026-11-24",
             "An earlier version of this report misidentified the country in which one "
             "battery-cell supplier is headquartered. The reference has been corrected, and the "
             "supplier is no longer named."),
        ],
        "original_url": None,
    },
    {
        "slug": "rising-seas-moving-bases-indo-pacific",
        "title": "Rising Seas, Moving Bases: Military Installations at Risk in the Indo-Pacific",
        "dek": "Many of the region's most important military sites sit a few metres above sea "
               "level. Our survey suggests that adaptation plans lag far behind the threat.",
        "format": "report", "section": "climate-security",
        "further_sections": ["asia-pacific", "military-industrial-complex"],
        "authors": ["tendai-moyo", "siosaia-taufa"], "days_ago": 22,
        "image": {
            "alt": "Stylised atoll with a runway outline in pale grey, encircled by rising bands "
                   "of blue water",
            "caption": "Low-lying airfields and ports face growing flood risk.",
            "credit": "Illustration: Mele Fifita", "licence": "cc_by",
        },
        "body": [
            ("paragraph",
             "Military planners in the Indo-Pacific talk constantly about geography: distances, "
             "chokepoints, the island chains that shape naval strategy. They talk less about "
             "elevation. Yet a large number of the region's airfields, ports and communications "
             "sites were built on low-lying coasts and atolls, often on reclaimed land. As sea "
             "levels rise and storms intensify, these installations face flooding, erosion and "
             "saltwater intrusion that threaten their usefulness long before any of them is "
             "submerged."),
            ("paragraph",
             "We reviewed publicly available information on more than forty military installations "
             "across the Pacific and Indian Oceans, combining elevation data with regional "
             "sea-level projections and storm records. We also interviewed engineers, base "
             "planners and residents of the communities that live alongside these facilities. The "
             "survey is necessarily incomplete, because many governments publish little about "
             "their sites, but the patterns are clear enough to support firm conclusions."),
            ("subheading", "A growing maintenance burden"),
            ("paragraph",
             "The immediate problem is not submersion but damage. Runways on coral atolls crack "
             "when saltwater rises through their foundations. Fuel storage on reclaimed land is "
             "vulnerable to storm surge. The freshwater lenses beneath small islands, which supply "
             "bases and nearby villages alike, are contaminated by seawater during king tides. "
             "Each of these effects raises maintenance costs and reduces the number of days a "
             "facility is fully usable. Several engineers described repairs that now recur every "
             "single year."),
            ("block_quote", {
                "text": "We used to resurface the runway every fifteen years. Now we patch the "
                        "same sections after every storm season.",
                "source": "Civil engineer, Pacific airfield maintenance contractor",
            }),
            ("inline_image", {
                "alt": "Coastal base perimeter fence partially submerged in shallow turquoise "
                       "water, with sandbags stacked along it",
                "caption": "Saltwater intrusion damages infrastructure long before sites are "
                           "submerged.",
                "credit": "Illustration: Mele Fifita", "licence": "cc_by",
            }),
            ("paragraph",
             "Adaptation plans exist for some installations, particularly those operated by "
             "wealthier states, but they are uneven. Seawalls and raised runways are expensive and "
             "can shift erosion onto neighbouring communities. Relocating facilities is "
             "politically sensitive, especially where hosting arrangements took years to "
             "negotiate. The residents we spoke to often felt excluded from decisions about "
             "adaptation works that affect their land, their reefs and their water."),
            ("paragraph",
             "Our findings point to three priorities. Governments should publish climate risk "
             "assessments for their installations, at least in summary form, so that host "
             "communities can plan alongside them. Adaptation projects should be designed jointly "
             "with those communities, sharing the benefits of freshwater and coastal protection. "
             "And strategic planners should treat sea-level rise as a factor in deciding where to "
             "invest for the long term. A base that floods every year is not an asset; it is a "
             "liability with a flag on it."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "enrichment-civilian-fuel-cycle-survey",
        "title": "Enrichment by Stealth? A Survey of Civilian Fuel-Cycle Ambitions",
        "dek": "More states are expressing interest in enriching uranium for their own reactors. "
               "We examined the plans of seven countries and the safeguards that would apply to "
               "them.",
        "format": "report", "section": "nuclear-security",
        "further_sections": ["middle-east"],
        "authors": ["hana-yoshida", "farid-haddad"], "days_ago": 44,
        "image": {
            "alt": "Abstract centrifuge cascade drawn as rows of slim silver cylinders against a "
                   "dark violet background",
            "caption": "Enrichment technology can serve both civilian fuel and weapons programmes.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Uranium enrichment sits at the heart of proliferation concerns because the same "
             "technology that produces fuel for power reactors can, with further processing, "
             "produce material for weapons. For decades, a small number of states have dominated "
             "commercial enrichment, and most countries with nuclear power have bought fuel from "
             "them. That pattern may be changing. Several governments with new or planned nuclear "
             "programmes have signalled interest in domestic enrichment, citing energy security "
             "and national prestige."),
            ("paragraph",
             "We examined public statements, official energy plans and parliamentary records from "
             "seven countries that have expressed such interest in the past five years, and we "
             "interviewed former inspectors and energy officials. Our aim was not to allege "
             "weapons intentions, for which we found no evidence, but to assess whether existing "
             "safeguards would detect diversion in time if intentions changed. That is the "
             "question that matters for policy, and it is rarely asked before facilities are "
             "built."),
            ("subheading", "Economics do not explain it"),
            ("paragraph",
             "The commercial case for small national enrichment plants is weak. Global enrichment "
             "capacity is sufficient for projected demand, and a small plant would produce fuel at "
             "a much higher unit cost than established suppliers. Officials in several countries "
             "acknowledged this in interviews but emphasised the value of independence from "
             "foreign suppliers. That argument is not unreasonable after recent supply "
             "disruptions, but it suggests that political motives, rather than economics, are "
             "driving the interest."),
            ("pull_quote", {
                "text": "Nobody builds an enrichment plant to save money. They build one to have "
                        "options.",
                "attribution": "Former safeguards inspector, in an interview with the authors",
            }),
            ("paragraph",
             "Safeguards would apply to any declared enrichment facility in a state with a "
             "comprehensive safeguards agreement. But the strength of those safeguards varies. "
             "States that have also accepted the additional protocol, which allows broader "
             "inspections and access to undeclared sites, offer much stronger assurances. Of the "
             "seven countries we studied, three have not accepted it. Enrichment in those states "
             "would be monitored, but with fewer tools to detect clandestine activity elsewhere in "
             "the country."),
            ("paragraph",
             "There are alternatives that address energy security without spreading enrichment. "
             "Multinational fuel banks, guaranteed supply agreements and joint ownership of "
             "enrichment facilities in established supplier states have all been proposed, and "
             "some exist in limited form. Making them more attractive, and linking nuclear "
             "cooperation to acceptance of the additional protocol, would reduce risks without "
             "denying any country the benefits of nuclear power. The time to act is before the "
             "first cascade is installed, not after."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "amazon-illicit-gold-mining-borderlands",
        "title": "Gold, Gangs and Ghost Airstrips: Illicit Mining in the Amazon Borderlands",
        "dek": "Illegal gold mining has become a source of finance for criminal groups operating "
               "across Amazon borders. Our investigation follows the metal from the riverbank to "
               "the refinery.",
        "format": "report", "section": "americas",
        "further_sections": ["climate-security"],
        "authors": ["lucia-ferreyra", "mateus-carvalho"], "days_ago": 75,
        "image": {
            "alt": "Abstract muddy brown river winding through dense dark green forest, with small "
                   "golden flecks scattered along its banks",
            "caption": "Illegal mining has spread along rivers in several Amazon countries.",
            "credit": "Illustration: Tomás Ibarra", "licence": "rights_managed",
        },
        "body": [
            ("paragraph",
             "The rivers of the Amazon basin that cross the borders of Brazil, Colombia, Peru, "
             "Venezuela and Guyana have become corridors for a gold rush that respects no "
             "frontier. Dredges and hydraulic pumps tear up riverbeds, mercury poisons the fish "
             "and the communities that eat them, and clandestine airstrips carved from the forest "
             "move fuel, equipment and gold. Over the past decade, the trade has drawn in criminal "
             "organisations that once focused on drugs, attracted by high prices and low risk."),
            ("paragraph",
             "We spent several months tracing how illicit gold moves from mining sites to "
             "international markets. We reviewed court records, customs data and satellite imagery "
             "of airstrips and mining scars, and spoke with prosecutors, police officers, miners, "
             "traders and Indigenous leaders, many of whom asked not to be named for their safety. "
             "What emerged is a supply chain that depends less on concealment than on paperwork: "
             "gold is laundered by being declared as coming from legal mines."),
            ("subheading", "Laundering by declaration"),
            ("paragraph",
             "In several countries, gold buyers rely on self-declarations of origin that are "
             "rarely checked. A trader can purchase gold mined illegally on Indigenous land and "
             "record it as coming from a licensed concession hundreds of kilometres away. Once it "
             "enters the formal system, it can be exported to refineries abroad with documents "
             "that appear legitimate. Prosecutors described cases in which small concessions "
             "reported output far exceeding anything their geology could plausibly produce."),
            ("inline_image", {
                "alt": "Stylised aerial view of a straight pale strip cut into a dark green "
                       "canopy, with a small aircraft silhouette above it",
                "caption": "Clandestine airstrips link remote mining sites to regional trading "
                           "hubs.",
                "credit": "Illustration: Tomás Ibarra", "licence": "rights_managed",
            }),
            ("block_quote", {
                "text": "The gold is illegal for the first few hundred kilometres. After that it "
                        "has a certificate.",
                "source": "Federal prosecutor in northern Brazil",
            }),
            ("paragraph",
             "The consequences go far beyond the environment. Criminal groups use mining revenue "
             "to buy weapons and corrupt officials, and they impose control over river communities "
             "through extortion and violence. Indigenous territories have suffered most, with "
             "health crises linked to mercury and the destruction of food sources. Enforcement "
             "operations have destroyed equipment and expelled miners from some areas, but the "
             "miners often return, or move across the nearest border and start again."),
            ("paragraph",
             "Regional cooperation is essential. Shared registers of licensed concessions and "
             "their realistic production capacity, electronic tracking of gold from mine to "
             "export, and joint border operations would make laundering harder. Importing "
             "countries and refineries bear responsibility too. Due-diligence rules that require "
             "refiners to verify origin, rather than accept declarations, would close a market "
             "that currently asks few questions. The gold rush is a security problem, and no "
             "single country can solve it alone."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "sanctions-scorecard-export-controls",
        "title": "The Sanctions Scorecard: What Three Years of Export Controls Achieved",
        "dek": "We assessed export controls on advanced technology against their stated goals. "
               "They slowed some programmes, missed others and carried costs few had anticipated.",
        "format": "report", "section": "economics-and-sanctions",
        "further_sections": ["military-industrial-complex"],
        "authors": ["rohan-mehta", "yara-khoury", "marcus-lindqvist"], "days_ago": 100,
        "image": {
            "alt": "Abstract scorecard grid with some squares filled in deep green, some in amber "
                   "and some left empty, on a cream background",
            "caption": "Export controls have met some of their goals and fallen short of others.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Export controls on advanced technology have become a central instrument of economic "
             "statecraft. Governments have restricted sales of semiconductors, machine tools, "
             "aviation components and other dual-use goods to states whose military programmes "
             "they aim to slow. The measures are now several years old, long enough for an initial "
             "assessment. The three of us, drawing on trade data, company disclosures and "
             "interviews with compliance officers and former officials, set out to compare the "
             "results with the goals that governments stated at the outset."),
            ("subheading", "What worked"),
            ("paragraph",
             "The clearest successes concern the most advanced items. Restrictions on cutting-edge "
             "chips and the equipment to make them have slowed access to the highest-performing "
             "components, forcing targeted industries to rely on older technology or costly "
             "workarounds. Several compliance officers told us that major manufacturers have "
             "become far more careful about end users. Controls coordinated among all the main "
             "producing countries proved considerably more effective than those imposed by one "
             "country alone."),
            ("paragraph",
             "The record on lower-technology goods is weaker. Trade data show sharp increases in "
             "exports of controlled items to third countries that neighbour sanctioned states, "
             "which suggests transshipment on a significant scale. Many of the components "
             "recovered from weapons in recent conflicts are commercial-grade parts available from "
             "distributors worldwide. Controlling them is extremely difficult, because the same "
             "parts appear in household appliances, cars and industrial equipment of every kind."),
            ("pull_quote", {
                "text": "You can control a lithography machine. You cannot control every "
                        "microcontroller in every washing machine.",
                "attribution": "Former export-control official, in an interview with the authors",
            }),
            ("subheading", "Costs and consequences"),
            ("paragraph",
             "The controls have had costs for the countries imposing them. Companies report lost "
             "sales, complex compliance burdens and uncertainty about future rules. Some targeted "
             "states have accelerated investment in domestic alternatives, potentially creating "
             "competitors in the long run. And enforcement agencies remain understaffed relative "
             "to the volume of trade they are expected to monitor. Several officials we "
             "interviewed said that licensing backlogs had delayed perfectly legitimate exports "
             "for months."),
            ("paragraph",
             "Our overall assessment is <strong>mixed but not negative</strong>. Export controls "
             "work best when they target a small number of truly critical items, are coordinated "
             "among all major producers and are backed by serious enforcement. They work poorly "
             "when spread across thousands of commodity goods. We recommend narrowing control "
             "lists where they have proved ineffective, investing in enforcement and data sharing, "
             "and publishing regular assessments so that the policy can be judged on evidence "
             "rather than on announcements."),
        ],
        "corrections": [
            ("2026-08-25",
             "This report originally gave an incorrect date for the expansion of controls on "
             "machine tools. The date has been corrected."),
        ],
        "original_url": None,
    },

    # Republished from The Oversight Ledger
    {
        "slug": "maintenance-contracts-outlive-fighters",
        "title": "The Maintenance Contracts That Outlive the Fighters",
        "dek": "The purchase price of a combat aircraft is only the beginning. Decades of "
               "sustainment contracts, often awarded without competition, make up most of the "
               "bill.",
        "format": "republished", "section": "military-industrial-complex",
        "further_sections": [],
        "authors": ["ruth-calloway"], "days_ago": 8,
        "image": {
            "alt": "Abstract fighter jet outline in grey lines surrounded by a dense spiral of "
                   "small wrench and invoice icons in amber",
            "caption": "Sustainment costs typically exceed an aircraft's purchase price several "
                       "times over.",
            "credit": "Illustration: The Oversight Ledger", "licence": "rights_managed",
        },
        "body": [
            ("paragraph",
             "When governments announce the purchase of a new fleet of fighter jets, the headline "
             "figure is the acquisition cost: so many aircraft for so many billions. That number "
             "misleads. Over a service life of thirty or forty years, the cost of maintaining, "
             "upgrading and supporting those aircraft typically exceeds the purchase price several "
             "times over. Yet sustainment contracts receive a fraction of the scrutiny that "
             "purchase decisions attract, and many are awarded to the original manufacturer with "
             "little or no competition."),
            ("paragraph",
             "The reasons are partly technical. Manufacturers control the technical data, software "
             "and specialised tools needed to maintain their aircraft. Buying governments often "
             "fail to secure rights to that data at the time of purchase, when their negotiating "
             "leverage is greatest. Once the fleet is in service, the manufacturer becomes the "
             "only realistic provider of many services, and its prices reflect that position. "
             "Audit reports in several countries have documented spare parts priced far above "
             "their cost of production."),
            ("subheading", "Leverage lost at signature"),
            ("paragraph",
             "Procurement officials I have spoken to over the years acknowledge the problem. "
             "Negotiating teams focus on delivery schedules and unit prices, which are visible to "
             "ministers and parliaments. Data rights and sustainment terms are technical, "
             "long-term and easily traded away to secure a lower headline price. The consequences "
             "land decades later on budgets managed by different officials, long after the "
             "ministers who announced the purchase have left office."),
            ("pull_quote", {
                "text": "The cheapest time to buy the right to fix your own aircraft is before you "
                        "own it.",
                "attribution": "",
            }),
            ("paragraph",
             "Some governments are changing their approach. Contracts that require delivery of "
             "technical data, open software architectures that allow third parties to install "
             "upgrades, and independent estimates of whole-life support costs have all appeared in "
             "recent programmes. Parliaments can help by demanding whole-life cost figures before "
             "they approve a purchase. The fighter jet is the visible part of the deal. The "
             "maintenance contract is where the money goes."),
        ],
        "corrections": [],
        "original_url": "https://oversight-ledger.example.org/2026/11/fighter-sustainment-costs/",
    },
    {
        "slug": "revolving-doors-procurement-agency",
        "title": "Revolving Doors at the Procurement Agency",
        "dek": "Senior defence procurement officials routinely move to jobs with the contractors "
               "they once supervised. Cooling-off rules exist, but they are short, narrow and "
               "rarely enforced.",
        "format": "republished", "section": "military-industrial-complex",
        "further_sections": [],
        "authors": ["desmond-ferris"], "days_ago": 31,
        "image": {
            "alt": "Abstract revolving door in brushed steel, with figures in suits rendered as "
                   "simple silhouettes passing through in both directions",
            "caption": "Movement between procurement agencies and industry is common in many "
                       "countries.",
            "credit": "Illustration: The Oversight Ledger", "licence": "rights_managed",
        },
        "body": [
            ("paragraph",
             "Over the past year, <em>The Oversight Ledger</em> reviewed the career paths of "
             "senior officials who left defence procurement agencies in several countries. The "
             "pattern was consistent. A substantial share took positions with defence contractors "
             "within two years of leaving government, often with companies whose contracts they "
             "had overseen. Some joined as directors or advisers; others founded consultancies "
             "that coach firms on winning government business. In most cases, the moves were "
             "entirely legal."),
            ("paragraph",
             "Defenders of the practice argue that it is inevitable and even useful. Procurement "
             "is specialised work, and the pool of people who understand both government and "
             "industry is small. Contractors benefit from hiring people who know how acquisition "
             "works, and governments benefit from recruiting industry experience in the other "
             "direction. Banning movement altogether would make recruitment harder and might "
             "reduce the expertise available to both sides of the table."),
            ("subheading", "Rules with gaps"),
            ("paragraph",
             "The problem lies in the gaps. Cooling-off periods, during which former officials may "
             "not lobby their old agencies, are often a year or less. They typically prohibit "
             "direct contact but not advice given behind the scenes. The committees that review "
             "post-government employment frequently lack the power to refuse, and rarely publish "
             "their reasoning. Enforcement is weak: in the countries we examined, breaches of the "
             "rules have almost never been sanctioned."),
            ("block_quote", {
                "text": "Under the current rules, a former official may not call their old "
                        "colleagues. Nothing prevents them from writing the script for the person "
                        "who does.",
                "source": "Transparency campaigner, in evidence to a parliamentary committee",
            }),
            ("paragraph",
             "Reform need not be draconian. Longer cooling-off periods for the most senior roles, "
             "public registers of post-government employment, and bans on working on specific "
             "contracts an official oversaw would address the most serious risks. Independent "
             "bodies with the power to refuse approval, and a duty to publish their decisions, "
             "would restore public confidence. As defence budgets rise, the stakes of getting this "
             "right are rising with them."),
        ],
        "corrections": [],
        "original_url": "https://oversight-ledger.example.org/2026/10/revolving-door-rules/",
    },
    {
        "slug": "audit-office-frigate-programme",
        "title": "What the Audit Office Found in the Frigate Programme",
        "dek": "A national audit of a troubled frigate programme reveals a familiar pattern: "
               "optimistic schedules, shifting requirements and cost overruns that everyone saw "
               "coming.",
        "format": "republished", "section": "military-industrial-complex",
        "further_sections": ["europe"],
        "authors": ["lena-hartmann", "desmond-ferris"], "days_ago": 60,
        "image": {
            "alt": "Abstract frigate hull in navy blue lines on a drafting grid, with red "
                   "correction marks scattered across it",
            "caption": "Design changes made after construction began drove much of the delay.",
            "credit": "Illustration: The Oversight Ledger", "licence": "rights_managed",
        },
        "body": [
            ("paragraph",
             "The audit office's report on the frigate programme runs to more than two hundred "
             "pages, and most of it makes dry reading. But the story it tells will be familiar to "
             "anyone who follows defence procurement. The ships are years late and substantially "
             "over budget. The navy changed its requirements after construction began. The "
             "shipyard underestimated the workforce it would need. And warnings raised in internal "
             "reviews were noted, filed and, for the most part, ignored."),
            ("paragraph",
             "The report traces the problems to the programme's earliest days. Ministers wanted "
             "the first ship in the water before a particular date, and the schedule was built "
             "backwards from that goal rather than forwards from a mature design. Construction "
             "started while significant parts of the design were unfinished. Each later change, "
             "from new sensors to modified accommodation, required rework on hulls already under "
             "construction, and rework is where shipbuilding budgets go to die."),
            ("subheading", "Warnings on file"),
            ("paragraph",
             "The most striking passages concern internal warnings. Independent reviewers "
             "commissioned by the ministry itself rated the programme's schedule as unachievable "
             "on several occasions. Their assessments reached senior officials but not parliament, "
             "which continued to receive optimistic updates. The audit office concludes that "
             "decision makers had enough information to act earlier and chose not to, a finding "
             "the ministry disputes in a response printed as an annex to the report."),
            ("inline_image", {
                "alt": "Stack of bound grey reports with coloured tabs, one red tab pulled out "
                       "further than the rest",
                "caption": "Internal reviews flagged the schedule as unachievable years before the "
                           "delays were acknowledged.",
                "credit": "Illustration: The Oversight Ledger", "licence": "rights_managed",
            }),
            ("pull_quote", {
                "text": "Every one of these problems was identified in writing before it happened.",
                "attribution": "Summary of the audit office's findings",
            }),
            ("paragraph",
             "The report's recommendations are sensible and familiar: mature designs before "
             "construction, realistic schedules, independent cost estimates reported to parliament "
             "and stable requirements. Near-identical recommendations appeared in audits of "
             "earlier programmes. The question the audit office cannot answer is why they are so "
             "rarely followed. Part of the answer lies in incentives: ministers want early "
             "announcements, and nobody in the system is rewarded for delivering bad news on "
             "time."),
        ],
        "corrections": [],
        "original_url": "https://oversight-ledger.example.org/2026/09/frigate-audit-findings/",
    },
    {
        "slug": "offset-deals-nobody-audits",
        "title": "The Offset Deals Nobody Audits",
        "dek": "Arms sales often come with promises of local investment and jobs. Those promises "
               "are rarely measured, and when they are, the results tend to fall short.",
        "format": "republished", "section": "economics-and-sanctions",
        "further_sections": ["military-industrial-complex"],
        "authors": ["lena-hartmann"], "days_ago": 85,
        "image": {
            "alt": "Abstract handshake drawn in gold lines above a small factory outline whose "
                   "chimney is a question mark, on a slate background",
            "caption": "Offset commitments are often announced alongside major arms sales.",
            "credit": "Illustration: The Oversight Ledger", "licence": "rights_managed",
        },
        "body": [
            ("paragraph",
             "When a government buys fighter jets, submarines or air-defence systems from a "
             "foreign supplier, the deal frequently comes with a second set of promises. The "
             "seller commits to invest in the buyer's economy, transfer technology, build local "
             "factories or purchase goods from local firms. These arrangements, known as offsets, "
             "are marketed as a way to turn defence spending into jobs and industrial development. "
             "They are also among the least scrutinised parts of the arms trade."),
            ("paragraph",
             "Offset obligations are usually recorded in confidential agreements, and their "
             "fulfilment is reported by the supplier to the buying government, often through "
             "multipliers that count some investments several times over. A training programme may "
             "be credited at five times its cost, a technology transfer at ten. The result is that "
             "suppliers can meet large nominal obligations with relatively small real investments. "
             "Independent verification of what was actually delivered is rare."),
            ("subheading", "Promises without metrics"),
            ("paragraph",
             "Where researchers and auditors have examined offsets, the findings are sobering. "
             "Promised factories have closed after a few years. Technology transfers have involved "
             "outdated processes. Local purchases have sometimes been goods that the supplier "
             "would have bought anyway. Several economic studies have found little evidence that "
             "offsets produce lasting industrial benefits beyond what would have happened without "
             "them. Meanwhile, the cost of the offsets is typically built into the price of the "
             "weapons."),
            ("pull_quote", {
                "text": "An offset is a promise paid for in advance and checked, if at all, years "
                        "after the money has gone.",
                "attribution": "",
            }),
            ("paragraph",
             "Greater transparency would be a start. Governments could publish the value of offset "
             "obligations, the multipliers applied and independent assessments of what was "
             "delivered. Parliaments could require that offsets be evaluated against the same "
             "standards as any other public investment. Some governments have concluded that "
             "offsets are not worth their cost and have abolished them altogether. The rest would "
             "at least benefit from knowing what they are paying for."),
        ],
        "corrections": [],
        "original_url": "https://oversight-ledger.example.org/2026/09/offset-deals-unaudited/",
    },

    # News
    {
        "slug": "nordic-ministers-arctic-air-policing",
        "title": "Nordic Ministers Agree Joint Air-Policing Rotation Over the Arctic",
        "dek": "Defence ministers from four Nordic countries agreed to share fighter patrols over "
               "the high north, pooling aircraft and airfields from next spring.",
        "format": "news", "section": "europe",
        "further_sections": ["diplomacy", "military-industrial-complex"],
        "authors": ["nadia-benali"], "days_ago": 0,
        "image": {
            "alt": "Stylised fighter jets in silhouette flying over a white and pale blue Arctic "
                   "landscape under a low sun",
            "caption": "The rotation will pool aircraft from several northern air forces.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Defence ministers from four Nordic countries agreed on Thursday to set up a joint "
             "air-policing rotation over the Arctic, pooling fighter aircraft and forward "
             "airfields to patrol airspace stretching from the Norwegian Sea to the far north of "
             "Finland. Under the arrangement, each air force will take responsibility for the "
             "mission for several months at a time, starting next spring."),
            ("paragraph",
             "Officials said the rotation would ease the strain on individual air forces, which "
             "have struggled to keep aircraft on alert across vast distances while meeting "
             "commitments elsewhere. A joint operations cell will coordinate the patrols, and "
             "aircraft will be able to use any participating country's northern airfields for "
             "refuelling and maintenance."),
            ("paragraph",
             "“The distances in the high north are too large for any one of us to cover alone,” "
             "said Colonel Liv Aasheim, who led the working group that drafted the plan. “Sharing "
             "the task lets each of us keep aircraft ready where they are needed most.” Ministers "
             "did not disclose the cost of the arrangement, which will be reviewed after its first "
             "year."),
            ("paragraph",
             "The agreement is the latest in a series of steps toward closer Nordic defence "
             "integration, including joint purchases of munitions and shared air-surveillance "
             "data. Analysts said the rotation could become a model for other regional groupings "
             "facing similar problems of geography."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "eastern-congo-regional-force-mandate-extended",
        "title": "Regional Bloc Extends Eastern Congo Mission Mandate by Six Months",
        "dek": "East African leaders renewed the mandate of their regional force in eastern Congo, "
               "but deferred decisions on funding and troop numbers to a later meeting.",
        "format": "news", "section": "africa",
        "further_sections": ["global-crises"],
        "authors": ["thabo-nkosi"], "days_ago": 2,
        "image": {
            "alt": "Abstract map of the Great Lakes region in green and blue, with a dotted circle "
                   "around the highlands of eastern Congo",
            "caption": "The regional force operates in provinces near the borders with Rwanda and "
                       "Uganda.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Leaders of an East African regional bloc agreed on Wednesday to extend the mandate "
             "of their force in the eastern Democratic Republic of Congo for a further six months, "
             "averting an expiry that aid agencies had warned could leave displacement camps "
             "without protection. The decision came at the end of a two-day summit marked by "
             "disagreement over money."),
            ("paragraph",
             "The force, which includes contingents from four member states, was deployed to "
             "support ceasefire arrangements in provinces where armed groups have repeatedly "
             "clashed with government troops. Its commanders have complained of shortages of "
             "helicopters, medical evacuation capacity and funds to pay allowances, problems the "
             "summit communiqué acknowledged without resolving."),
            ("paragraph",
             "A senior official at the bloc's secretariat, speaking on condition of anonymity, "
             "said member states had agreed in principle to seek support from the African Union's "
             "peace fund but had not settled how costs would be shared in the meantime. Defence "
             "ministers are due to meet within six weeks."),
            ("paragraph",
             "Humanitarian groups welcomed the extension but said six months was too short to plan "
             "around. “Every renewal that goes to the last minute makes it harder for families in "
             "the camps to believe anyone will be there next year,” said Esther Mwangaza of the "
             "Kivu Civilian Protection Network, a coalition of local organisations based in Goma."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "yemen-truce-monitors-first-quiet-week",
        "title": "Truce Monitors Report First Full Week Without Shelling on a Yemen Front Line",
        "dek": "Observers along a contested front in western Yemen recorded seven consecutive days "
               "without artillery fire, a first since a local truce was agreed in the summer.",
        "format": "news", "section": "middle-east",
        "further_sections": ["diplomacy"],
        "authors": ["farid-haddad"], "days_ago": 5,
        "image": {
            "alt": "Abstract desert ridge line in warm sand tones under a pale sky, with a thin "
                   "white line marking a front",
            "caption": "The monitored front runs through farmland and desert inland from the Red "
                       "Sea coast.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Civilian monitors overseeing a local truce in western Yemen reported on Saturday "
             "that a full week had passed without artillery or mortar fire along the front line "
             "they observe, the first such period since the arrangement was negotiated in July. "
             "Small-arms incidents continued, the monitors said, but at a lower rate than in "
             "previous months."),
            ("paragraph",
             "The truce, brokered by tribal mediators with support from a regional humanitarian "
             "organisation, covers a stretch of farmland and desert where shelling had repeatedly "
             "damaged irrigation channels and forced families to abandon their fields. Monitors "
             "said farmers had begun returning to plots near the front for the first time in more "
             "than a year."),
            ("paragraph",
             "“A quiet week is not peace, but it is the difference between planting and not "
             "planting,” said Abdulrahman al-Sayadi, a member of the monitoring committee. The "
             "committee's next report is due at the end of the month."),
            ("paragraph",
             "Diplomats involved in wider negotiations over Yemen's future cautioned against "
             "reading too much into a single local arrangement, but said such truces could help "
             "build confidence for broader talks on prisoner releases and the reopening of roads "
             "between front-line cities."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "caribbean-maritime-surveillance-centre",
        "title": "Caribbean States Launch Shared Maritime Surveillance Centre",
        "dek": "Nine Caribbean governments opened a joint centre to track vessels suspected of "
               "drug and arms smuggling, pooling radar, patrol and satellite data for the first "
               "time.",
        "format": "news", "section": "americas",
        "further_sections": [],
        "authors": ["lucia-ferreyra"], "days_ago": 10,
        "image": {
            "alt": "Abstract turquoise Caribbean Sea with small island shapes linked by a web of "
                   "thin white radar arcs",
            "caption": "The centre combines radar and satellite feeds from the participating "
                       "states.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Nine Caribbean governments on Monday opened a joint maritime surveillance centre "
             "intended to track vessels suspected of smuggling drugs, firearms and people across "
             "the region's waters. The centre combines coastal radar feeds, satellite "
             "ship-tracking data and reports from national coast guards into a single shared "
             "picture."),
            ("paragraph",
             "Officials said smugglers had long exploited the gaps between national jurisdictions, "
             "switching routes whenever one country stepped up patrols. “Our waters are connected, "
             "and so are the criminal networks that use them,” said Commander Renée Baptiste, the "
             "centre's first director. “Until now, our information was not.”"),
            ("paragraph",
             "The initiative follows a sharp rise in firearms seizures across the eastern "
             "Caribbean, which police attribute to trafficking from the mainland. Governments hope "
             "the centre will help coast guards intercept shipments before they reach shore, "
             "although several member states have only a handful of patrol vessels capable of "
             "operating offshore."),
            ("paragraph",
             "Funding for the first three years has been provided by the participating governments "
             "and international partners. A review of the centre's effectiveness is scheduled at "
             "the end of its first year of operations."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "philippines-vietnam-coast-guard-memorandum",
        "title": "Philippines and Vietnam Sign Coast Guard Cooperation Memorandum",
        "dek": "The two South China Sea claimants agreed to hold joint search-and-rescue exercises "
               "and to set up a hotline between their coast guard headquarters.",
        "format": "news", "section": "asia-pacific",
        "further_sections": ["diplomacy"],
        "authors": ["mei-lin-cho"], "days_ago": 13,
        "image": {
            "alt": "Two stylised white coast guard cutters side by side on a calm blue sea, drawn "
                   "in simple geometric lines",
            "caption": "The agreement focuses on search and rescue and communication at sea.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "The coast guards of the Philippines and Vietnam signed a memorandum of understanding "
             "on Saturday committing them to joint search-and-rescue exercises, information "
             "sharing on maritime incidents and a direct communications hotline between their "
             "headquarters. The agreement was signed in Manila during a visit by a Vietnamese "
             "coast guard delegation."),
            ("paragraph",
             "Both countries have claims in the South China Sea, including to features in the "
             "Spratly Islands, and their fishermen have occasionally been involved in incidents "
             "with each other's patrol vessels. Officials from both sides said the memorandum was "
             "intended to ensure that such incidents are handled through communication rather than "
             "confrontation."),
            ("paragraph",
             "“We have disagreements, but we also share the same waters, the same storms and the "
             "same fishermen in distress,” a Philippine coast guard spokesperson said at the "
             "signing ceremony. The first joint exercise is expected early next year."),
            ("paragraph",
             "Regional analysts described the agreement as a modest but meaningful step, noting "
             "that claimant states have often found it easier to cooperate on practical maritime "
             "safety than on the underlying questions of sovereignty."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "atomic-agency-board-inspector-access",
        "title": "Atomic Agency Board Ends Session Without Resolution on Inspector Access",
        "dek": "The nuclear watchdog's governing board failed to agree on a text calling for "
               "inspectors' access to be restored at several facilities in one member state.",
        "format": "news", "section": "nuclear-security",
        "further_sections": ["diplomacy"],
        "authors": ["hana-yoshida"], "days_ago": 17,
        "image": {
            "alt": "Abstract round conference table in white with small coloured rectangles "
                   "resembling flags around its edge, seen from above",
            "caption": "The board meets several times a year to review safeguards implementation.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "The governing board of the international nuclear watchdog ended its autumn session "
             "in Vienna on Friday without adopting a resolution on restoring inspectors' access to "
             "several facilities in a member state where monitoring has been curtailed for more "
             "than a year. A draft text circulated by a group of European states was withdrawn "
             "after it became clear it lacked sufficient support."),
            ("paragraph",
             "Diplomats said several board members were reluctant to back a resolution they feared "
             "would provoke further restrictions on inspections, while others argued that the "
             "board's credibility required a formal response. The agency's director general told "
             "the board that its ability to provide assurances about the peaceful nature of the "
             "programme had been “seriously eroded”."),
            ("paragraph",
             "“Silence from the board is itself a message, and not the one we should be sending,” "
             "said one European ambassador after the session, speaking on condition of anonymity. "
             "Others argued that quiet diplomacy offered a better chance of restoring cooperation "
             "before the board next meets in March."),
            ("paragraph",
             "The agency will continue to report on the situation, and several delegations said "
             "they expected the issue to return to the agenda early in the new year."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "armoured-vehicle-contract-vote-delayed",
        "title": "Parliamentary Committee Delays Vote on Armoured Vehicle Contract",
        "dek": "Members of the Dutch parliament's defence committee postponed approval of a large "
               "armoured vehicle order, citing unanswered questions about costs and delivery "
               "dates.",
        "format": "news", "section": "military-industrial-complex",
        "further_sections": ["europe"],
        "authors": ["jonah-feld"], "days_ago": 24,
        "image": {
            "alt": "Stylised olive green armoured vehicle outline standing on a parliamentary "
                   "seating plan drawn in thin grey lines",
            "caption": "The order would replace vehicles in service for more than three decades.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "The defence committee of the Dutch parliament on Tuesday postponed a vote on a "
             "multibillion-euro order for wheeled armoured vehicles, saying the ministry had not "
             "provided enough information on lifetime costs, delivery schedules and the share of "
             "work that would go to domestic suppliers. The vote had been expected to be a "
             "formality."),
            ("paragraph",
             "Committee members from several parties said the ministry's cost estimate covered "
             "only the purchase price and initial training, not maintenance over the vehicles' "
             "expected service life. They also asked what penalties would apply if deliveries "
             "slipped, citing delays in other European armoured vehicle programmes."),
            ("paragraph",
             "A ministry spokesperson said the department would answer the committee's questions "
             "in writing within three weeks and expressed confidence that the order would be "
             "approved. The vehicles are intended to replace a fleet that has been in service for "
             "more than three decades."),
            ("paragraph",
             "The committee is now expected to vote in early December. Industry representatives "
             "warned that further delay could push the first deliveries into a later production "
             "slot, as the manufacturer's order book has filled rapidly amid rising European "
             "demand."),
        ],
        "corrections": [
            ("2026-11-05",
             "An earlier version of this article gave the wrong timing for the committee's "
             "rescheduled vote. It is expected in early December, not late November."),
        ],
        "original_url": None,
    },
    {
        "slug": "bangladesh-delta-flood-appeal-shortfall",
        "title": "Flood Appeal for Bangladesh's Delta Reaches Only a Third of Its Target",
        "dek": "Six weeks after severe monsoon flooding, a humanitarian appeal for the country's "
               "southwestern districts remains badly underfunded, aid agencies said.",
        "format": "news", "section": "global-crises",
        "further_sections": ["climate-security"],
        "authors": ["priya-raman"], "days_ago": 27,
        "image": {
            "alt": "Abstract flooded rice fields in layered greens and silver water, with small "
                   "house outlines on raised ground",
            "caption": "Flooding in the southwestern delta displaced hundreds of thousands of "
                       "people.",
            "credit": "Illustration: Farhana Akter", "licence": "cc_by",
        },
        "body": [
            ("paragraph",
             "A humanitarian appeal for districts in Bangladesh's southwestern delta hit by severe "
             "monsoon flooding has received just over a third of the funds requested, aid agencies "
             "said on Wednesday, warning that the shortfall would force cuts to food assistance "
             "and to repairs of embankments before the next storm season."),
            ("paragraph",
             "The floods, which followed weeks of heavy rain and a tidal surge, inundated rice "
             "fields and shrimp farms and damaged tens of thousands of homes. Many families remain "
             "in temporary shelters on embankments and in schools, and health workers have "
             "reported rising cases of diarrhoeal disease."),
            ("paragraph",
             "“The water has receded in most places, but the damage to livelihoods will last at "
             "least a year,” said Nusrat Jahan, a coordinator with a consortium of local relief "
             "organisations. “Without seed, tools and repaired embankments, families will not be "
             "able to plant in time.”"),
            ("paragraph",
             "Agencies said the appeal was competing for attention with larger crises elsewhere. "
             "They urged donors to fund embankment repairs in particular, noting that the delta's "
             "defences had been weakened by successive storms and rising salinity."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "eu-shadow-fleet-listing-fourteen-tankers",
        "title": "EU Adds Fourteen Tankers to Shadow-Fleet Sanctions List",
        "dek": "The additions bring the number of listed vessels to a new high, with officials "
               "signalling closer scrutiny of the insurers and registries behind them.",
        "format": "news", "section": "economics-and-sanctions",
        "further_sections": ["europe"],
        "authors": ["nadia-benali"], "days_ago": 38,
        "image": {
            "alt": "Row of abstract charcoal tanker silhouettes on a pale blue sea, several marked "
                   "with small red crosses",
            "caption": "Listed vessels are barred from European ports and services.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "The European Union added fourteen oil tankers to its list of vessels subject to "
             "sanctions for carrying cargoes in breach of price-cap and embargo rules, officials "
             "announced on Thursday. The listed ships are barred from entering EU ports and from "
             "receiving services from European companies, including insurance, finance and "
             "repairs."),
            ("paragraph",
             "Most of the newly listed vessels are more than fifteen years old and have changed "
             "name or flag at least once in the past two years, according to a summary published "
             "alongside the decision. Several were identified through ship-to-ship transfers "
             "observed off the coasts of southern Europe and North Africa."),
            ("paragraph",
             "Officials said future listings would pay closer attention to the insurers and flag "
             "registries that allow such vessels to operate. “A ship needs a flag and a policy to "
             "trade. We intend to look at both,” an EU spokesperson told reporters in Brussels."),
            ("paragraph",
             "Maritime analysts said listings alone had a limited effect, since vessels could keep "
             "trading with countries that do not recognise the sanctions, but that cumulative "
             "pressure was raising costs for operators and narrowing the pool of ports willing to "
             "receive them."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "glacier-lake-warning-system-northern-pakistan",
        "title": "Glacier Lake Outburst Warning System Goes Live in Northern Pakistan",
        "dek": "A network of sensors and sirens will give mountain villages advance warning of "
               "floods from glacial lakes, which have become more frequent as temperatures rise.",
        "format": "news", "section": "climate-security",
        "further_sections": ["asia-pacific"],
        "authors": ["tendai-moyo"], "days_ago": 49,
        "image": {
            "alt": "Stylised mountain valley in icy blue and white, with a small turquoise lake "
                   "below a glacier and tiny village shapes downstream",
            "caption": "Glacial lakes form and grow as glaciers retreat.",
            "credit": "Illustration: Farhana Akter", "licence": "cc_by",
        },
        "body": [
            ("paragraph",
             "Authorities in northern Pakistan have switched on an early-warning system covering "
             "several glacial lakes in the Gilgit-Baltistan region, giving mountain communities "
             "advance notice of outburst floods that can destroy villages, roads and bridges "
             "within minutes. The system combines water-level sensors, automatic weather stations "
             "and sirens in downstream settlements."),
            ("paragraph",
             "Glacial lake outburst floods occur when the natural dams of ice or debris that hold "
             "back meltwater give way. Scientists say the number and size of such lakes in the "
             "region have increased as glaciers retreat, raising the risk for communities that "
             "depend on narrow valleys for farming and transport."),
            ("paragraph",
             "Local volunteers have been trained to maintain the equipment and run evacuation "
             "drills. “The siren gives us perhaps twenty minutes. The drills make sure we use "
             "them,” said Karim Baig, a volunteer coordinator in one of the valleys covered. "
             "Officials plan to extend the network to further lakes over the next two years."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "nile-dam-technical-talks-resume",
        "title": "Ethiopia and Egypt Resume Technical Talks on Nile Dam Operations",
        "dek": "Water experts from the two countries, joined by Sudanese officials, met for the "
               "first time in more than a year to discuss data sharing and drought releases.",
        "format": "news", "section": "diplomacy",
        "further_sections": ["africa", "middle-east"],
        "authors": ["amara-okafor"], "days_ago": 66,
        "image": {
            "alt": "Abstract deep blue river flowing past a stylised concrete dam wall, with small "
                   "data points rising above the water",
            "caption": "The talks focus on technical rules for drought years.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Technical teams from Ethiopia, Egypt and Sudan met on Monday for the first formal "
             "talks in more than a year on the operation of Ethiopia's large hydroelectric dam on "
             "the Blue Nile, officials from all three countries confirmed. The discussions focused "
             "on sharing data about reservoir levels and on how releases would be managed during "
             "prolonged droughts."),
            ("paragraph",
             "Earlier rounds of negotiation broke down over whether any agreement should be "
             "legally binding and how disputes would be resolved. Officials described this week's "
             "meeting as technical rather than political, and none suggested that the underlying "
             "disagreements had been settled."),
            ("paragraph",
             "“Hydrologists can agree on numbers even when governments cannot agree on "
             "principles,” said Selam Tesfaye, an independent water-resources engineer who has "
             "advised several regional bodies. “Shared data is the foundation for any deal that "
             "comes later.”"),
            ("paragraph",
             "The teams agreed to meet again within two months. Observers said the resumption "
             "reflected growing concern in all three countries about the effect of drought on "
             "downstream water supplies, an issue on which cooperation is in everyone's interest."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "japan-defence-budget-request-munitions",
        "title": "Japan's Defence Ministry Submits Record Budget Request Focused on Munitions",
        "dek": "The request prioritises missile stockpiles, ammunition storage and hardened bases "
               "over new platforms, reflecting lessons drawn from recent wars.",
        "format": "news", "section": "asia-pacific",
        "further_sections": ["military-industrial-complex"],
        "authors": ["daniel-whitcombe"], "days_ago": 80,
        "image": {
            "alt": "Abstract rows of missile canisters in muted grey and white arranged like a bar "
                   "chart rising to the right",
            "caption": "Stockpiles and storage account for a growing share of the request.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Japan's defence ministry has submitted a budget request for the coming fiscal year "
             "that would be the largest in the country's post-war history, with officials "
             "emphasising spending on munitions, storage and the protection of existing bases "
             "rather than on new ships or aircraft. The request will be reviewed by the finance "
             "ministry before the cabinet finalises the budget in December."),
            ("paragraph",
             "The largest increases are for long-range missile stockpiles, ammunition production "
             "contracts and hardened shelters for aircraft at bases in the country's southwest. "
             "Officials said the priorities reflected lessons from recent conflicts about how "
             "quickly munitions are consumed in high-intensity fighting."),
            ("paragraph",
             "“Platforms without magazines are not deterrence,” a senior ministry official told "
             "reporters at a briefing in Tokyo. The ministry also requested funds to expand "
             "domestic production lines for several missile types, with the aim of reducing "
             "dependence on foreign suppliers."),
            ("paragraph",
             "Opposition lawmakers questioned how the increase would be financed, noting that "
             "planned tax rises to fund defence have been repeatedly postponed. The finance "
             "ministry is expected to trim parts of the request, as it has in previous years."),
        ],
        "corrections": [],
        "original_url": None,
    },

    # QiOSK: briefs and quick takes
    {
        "slug": "solomons-new-pier-quick-take",
        "title": "Quick Take: A New Pier in the Solomons",
        "dek": "A modest harbour upgrade has drawn outsized attention abroad. The more useful "
               "question is who will maintain it.",
        "format": "brief", "section": "asia-pacific",
        "further_sections": [],
        "authors": ["siosaia-taufa"], "days_ago": 0,
        "image": {
            "alt": "Simple stylised concrete pier extending into turquoise water from a green "
                   "island shore",
            "caption": "Small harbour projects often attract large geopolitical interpretations.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "A newly completed pier on a provincial island in the Solomons has prompted "
             "speculation in foreign media about naval access. Local officials describe it more "
             "plainly: a place where inter-island ferries and fishing boats can unload safely in "
             "rough weather. The pier is too shallow for warships, and it was financed through a "
             "development loan whose terms have been published."),
            ("paragraph",
             "The more important question is maintenance. Pacific infrastructure often "
             "deteriorates within a decade because no one budgets for upkeep. Partners competing "
             "for influence would do better to fund the provincial works department than to argue "
             "over who poured the concrete."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "sudan-harvest-three-numbers",
        "title": "Three Numbers on Sudan's Harvest",
        "dek": "Planted area, fuel prices and checkpoints explain why this year's harvest will do "
               "little to ease the hunger crisis.",
        "format": "brief", "section": "africa",
        "further_sections": ["global-crises"],
        "authors": ["amara-okafor"], "days_ago": 1,
        "image": {
            "alt": "Three stylised sorghum stalks in ochre of different heights against a pale "
                   "green field",
            "caption": "Cereal production has fallen sharply in conflict-affected states.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Sudan's harvest will bring little relief this year, and three numbers explain why. "
             "The planted area in several key farming states is estimated at well under half its "
             "pre-war level, as farmers fled the fighting or could not afford seed. Diesel for "
             "irrigation pumps and tractors costs several times what it did before the war. And "
             "traders say that moving grain between states now means passing dozens of "
             "checkpoints, each adding cost and delay."),
            ("paragraph",
             "Even where crops grow, they do not reach the markets where hunger is worst. A "
             "response focused on production alone will miss the problem."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "iraq-electricity-summer-ended-early",
        "title": "Brief: Iraq's Grid Got Through the Summer. Thank the Weather",
        "dek": "A cooler September spared the power grid its usual collapse, but the structural "
               "gap between supply and demand remains.",
        "format": "brief", "section": "middle-east",
        "further_sections": [],
        "authors": ["yara-khoury"], "days_ago": 3,
        "image": {
            "alt": "Abstract power pylon in silhouette against a sky shading from orange to dusk "
                   "blue",
            "caption": "Peak demand usually coincides with the hottest weeks of summer.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Iraq's power grid came through the summer with fewer prolonged blackouts than in "
             "recent years, and officials have been quick to claim credit. The main reason was the "
             "weather: a cooler September cut air-conditioning demand just when the grid is "
             "usually most strained. New generating capacity helped at the margin, but high "
             "transmission losses and reliance on imported gas for power stations remain "
             "unresolved."),
            ("paragraph",
             "The real test comes next summer. Without investment in capturing the gas now flared "
             "at oil fields, the country's electricity will keep depending on its neighbours and "
             "on luck."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "shelter-audit-civil-defence",
        "title": "Brief: What a Shelter Audit Says About Civil Defence",
        "dek": "A national inventory of public shelters in one Baltic state found far fewer usable "
               "places than official records suggested.",
        "format": "brief", "section": "europe",
        "further_sections": [],
        "authors": ["ingrid-solberg"], "days_ago": 4,
        "image": {
            "alt": "Stylised concrete doorway leading underground, drawn in grey with a small "
                   "green exit sign glowing above it",
            "caption": "Many public shelters date from the Cold War and need modernisation.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "A government inventory of public shelters in one Baltic state, published this week, "
             "found that fewer than half of the places listed in official records could be used "
             "without repairs. Many shelters were in basements converted to storage or shops; "
             "others lacked ventilation, water or step-free entrances."),
            ("paragraph",
             "The findings are not unusual. Civil defence infrastructure across much of Europe was "
             "neglected for decades after the Cold War, and its records were rarely updated. The "
             "audit is a useful model precisely because it was published. Governments elsewhere "
             "should count their shelters honestly before they need them."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "guyana-oil-fund-stress-test",
        "title": "Quick Take: Guyana's Oil Fund Rules Face a Stress Test",
        "dek": "Withdrawals from the sovereign wealth fund are rising fast. The rules meant to "
               "protect it are about to be tested.",
        "format": "brief", "section": "americas",
        "further_sections": ["economics-and-sanctions"],
        "authors": ["mateus-carvalho"], "days_ago": 6,
        "image": {
            "alt": "Abstract offshore oil platform in dark silhouette above a bar chart of rising "
                   "gold coins",
            "caption": "Oil revenue has transformed the public finances of a small economy.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Guyana's offshore oil boom has filled its sovereign wealth fund faster than almost "
             "anyone predicted. Withdrawals to pay for roads, hospitals and housing are rising "
             "just as fast, and the legislated formula that caps them is under pressure from "
             "spending commitments. Budget discussions suggest the formula may soon be revised."),
            ("paragraph",
             "Changing the rules is not necessarily wrong; the country's infrastructure needs are "
             "real. But a wealth fund's credibility rests on withdrawal rules that do not bend "
             "whenever spending pressures rise. How any change is made, and with what oversight, "
             "will matter as much as the new numbers."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "artillery-barrel-bottleneck",
        "title": "Brief: The Artillery Barrel Bottleneck",
        "dek": "Shell production gets the attention, but guns wear out, and the forges that make "
               "replacement barrels are few.",
        "format": "brief", "section": "military-industrial-complex",
        "further_sections": [],
        "authors": ["jonah-feld"], "days_ago": 7,
        "image": {
            "alt": "Long stylised gun barrel in dark steel emerging from a glowing orange forge",
            "caption": "Forging barrels requires specialised presses and skilled workers.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Every artillery barrel has a finite life. After a few thousand rounds, erosion from "
             "hot propellant gases degrades accuracy until the barrel must be replaced. In "
             "sustained fighting, guns fire those rounds in months rather than years. Yet the "
             "forges capable of producing large-calibre barrels are concentrated in a handful of "
             "plants, several of which are already booked for years ahead."),
            ("paragraph",
             "Ministries tracking shell output should track barrel output too. A stockpile of "
             "ammunition is of limited use if the guns that fire it are waiting in a queue for new "
             "tubes."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "cholera-vaccine-stockpile-dips",
        "title": "Quick Take: The Cholera Vaccine Stockpile Dips Again",
        "dek": "Outbreaks in several countries have drawn down the emergency reserve faster than "
               "manufacturers can refill it.",
        "format": "brief", "section": "global-crises",
        "further_sections": [],
        "authors": ["priya-raman"], "days_ago": 9,
        "image": {
            "alt": "Stylised pale blue vaccine vials arranged on a shelf, with several gaps where "
                   "vials are missing",
            "caption": "The global emergency stockpile is managed by an international coordinating "
                       "group.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "The global emergency stockpile of oral cholera vaccine has again fallen below the "
             "level health agencies regard as a safe minimum, after outbreaks in several "
             "conflict-affected and flood-hit countries. The shortage has forced a return to "
             "single-dose campaigns, which protect for a shorter time than the standard two "
             "doses."),
            ("paragraph",
             "The underlying problem is supply. Only a very small number of manufacturers produce "
             "the vaccine at scale, and demand has outrun their expansion plans. Until new "
             "production lines come online, every outbreak response will involve rationing."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "venue-of-peace-talks-matters",
        "title": "Brief: Why the Venue of Peace Talks Matters",
        "dek": "Where negotiations happen shapes who attends, who leaks and who takes the credit. "
               "Parties choose venues carefully for good reason.",
        "format": "brief", "section": "diplomacy",
        "further_sections": [],
        "authors": ["elif-demir"], "days_ago": 14,
        "image": {
            "alt": "Abstract conference room door slightly ajar, rendered in warm wood tones with "
                   "a thin beam of light",
            "caption": "The choice of venue can signal neutrality or alignment.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Arguments over where to hold peace talks can look petty, but they are rarely about "
             "logistics. A venue signals which mediator has standing, whether the talks are public "
             "or discreet, and which delegations can travel without legal risk. A capital with a "
             "large press corps invites leaks; a remote resort discourages them."),
            ("paragraph",
             "Parties often accept a venue only when each believes it slightly favours them. That "
             "ambiguity is useful. Mediators who insist on a particular location for reasons of "
             "prestige may win the photograph and lose the process."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "heat-night-shift-gulf-ports",
        "title": "Quick Take: Heat Is Moving Gulf Port Work to the Night Shift",
        "dek": "Rising summer temperatures are changing working hours in the region's ports, with "
               "consequences for throughput and safety.",
        "format": "brief", "section": "climate-security",
        "further_sections": ["middle-east"],
        "authors": ["tendai-moyo"], "days_ago": 16,
        "image": {
            "alt": "Stylised container cranes silhouetted against a dark blue night sky, lit by "
                   "warm floodlights",
            "caption": "Restrictions on outdoor work in the hottest hours are expanding.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Ports across the Gulf are shifting more outdoor work into the night as summer "
             "temperatures routinely pass the point at which heavy labour becomes dangerous. "
             "Midday work bans, once limited to a few weeks, now cover a longer season in several "
             "states. Operators say night shifts keep cargo moving but add costs for lighting, "
             "security and staff transport."),
            ("paragraph",
             "Automation is part of the industry's answer, but most ports still depend on people "
             "at the quayside. Heat is becoming a constraint on port capacity, and therefore on "
             "the region's competitiveness as a trading hub."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "reading-a-sanctions-listing",
        "title": "Brief: How to Read a Sanctions Listing",
        "dek": "The press release names the targets. The annex explains the strategy, if you know "
               "where to look.",
        "format": "brief", "section": "economics-and-sanctions",
        "further_sections": [],
        "authors": ["rohan-mehta"], "days_ago": 19,
        "image": {
            "alt": "Abstract document page with most lines blurred in grey and a few highlighted "
                   "in bright yellow",
            "caption": "Listing annexes often reveal more than the announcement that accompanies "
                       "them.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "When governments announce new sanctions, the headline counts the people and "
             "companies listed. The useful information sits in the annex. Read the stated reason "
             "for each listing: is a target chosen for what it did, or for the network it belongs "
             "to? Check company registration dates, which can expose recently created fronts. And "
             "look for general licences that quietly exempt whole categories of transactions."),
            ("paragraph",
             "A listing heavy on shipping firms and light on banks tells you something about "
             "priorities. So does one that names suppliers in third countries for the first time."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "small-modular-reactors-safeguards",
        "title": "Brief: Small Reactors, Big Safeguards Questions",
        "dek": "Compact reactors could bring nuclear power to new countries and remote sites. "
               "Inspectors will need new methods to keep track of them.",
        "format": "brief", "section": "nuclear-security",
        "further_sections": [],
        "authors": ["hana-yoshida"], "days_ago": 21,
        "image": {
            "alt": "Small stylised reactor module in white and teal, shown as a simple cylinder "
                   "beside a transport truck outline",
            "caption": "Factory-built reactor modules could be shipped to remote locations.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Small modular reactors are marketed as a way to bring nuclear power to countries and "
             "places that could never support a large plant. For safeguards inspectors, that "
             "promise raises practical questions. More, smaller sites mean more travel and more "
             "inspections. Some designs use sealed cores that are never refuelled on site, which "
             "could simplify verification; others use novel fuels that existing procedures were "
             "not designed to measure."),
            ("paragraph",
             "Building monitoring into reactors from the drawing board is the obvious answer. It "
             "should be a condition of export, not an afterthought."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "mekong-dam-data-sharing-slips",
        "title": "Brief: Mekong Dam Data Sharing Slips Again",
        "dek": "Upstream reservoirs are releasing water with less notice to downstream countries, "
               "according to river monitors.",
        "format": "brief", "section": "asia-pacific",
        "further_sections": ["climate-security"],
        "authors": ["mei-lin-cho"], "days_ago": 25,
        "image": {
            "alt": "Abstract brown and green river winding between stylised dam walls, with a "
                   "faded data graph above it",
            "caption": "Downstream fisheries depend on predictable seasonal flows.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Monitoring groups along the lower Mekong report that advance notice of reservoir "
             "releases from upstream dams has become less regular this year, with several sudden "
             "changes in water levels affecting fishing communities downstream. Data-sharing "
             "arrangements agreed in recent years are voluntary, and how well they are honoured "
             "varies from season to season."),
            ("paragraph",
             "Predictable flows matter as much as total volume. Fish migration, rice planting and "
             "river transport all depend on the river rising and falling when communities expect "
             "it to. Binding notification rules would cost upstream operators little and help "
             "downstream users a great deal."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "west-africa-cocoa-smuggling-border-security",
        "title": "Quick Take: Cocoa Smuggling Is Now a Border Security Issue",
        "dek": "Price gaps between neighbouring countries are pushing cocoa across West African "
               "borders, and armed groups are taking notice.",
        "format": "brief", "section": "africa",
        "further_sections": [],
        "authors": ["kwame-asante"], "days_ago": 30,
        "image": {
            "alt": "Stylised cocoa pods in warm brown and yellow stacked beside a dotted border "
                   "line on a green map",
            "caption": "Price differences between neighbouring markets drive cross-border trade.",
            "credit": "Illustration: Adwoa Mensah", "licence": "cc_by_sa",
        },
        "body": [
            ("paragraph",
             "When the regulated farm-gate price of cocoa in one country falls well below the "
             "price across the border, beans move. West Africa has seen this before, but this "
             "season some smuggling routes run through northern border areas where armed groups "
             "from the Sahel have been extending their reach. Security officials fear that "
             "informal cocoa routes could become a source of revenue for those groups."),
            ("paragraph",
             "Tighter border patrols will not fix a problem created by price gaps. Paying farmers "
             "closer to world prices, and paying them promptly, would remove much of the incentive "
             "to smuggle."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "balkans-quiet-ammunition-boom",
        "title": "Brief: The Balkans' Quiet Ammunition Boom",
        "dek": "Factories across the Western Balkans are running extra shifts to meet demand for "
               "artillery and small-arms ammunition.",
        "format": "brief", "section": "europe",
        "further_sections": ["military-industrial-complex"],
        "authors": ["zofia-kowalczyk"], "days_ago": 34,
        "image": {
            "alt": "Abstract factory building with smoking chimneys in muted red and grey, set "
                   "against rolling green hills",
            "caption": "Ammunition plants built decades ago have found new customers.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Ammunition plants across the Western Balkans, many dating from the Yugoslav era, are "
             "running extra shifts to meet rising European and global demand. Export licences for "
             "small-arms and artillery ammunition have increased sharply, according to figures "
             "published by several governments in the region. The boom is bringing jobs to towns "
             "that have struggled since the 1990s."),
            ("paragraph",
             "It also raises questions about end-use controls. Ammunition sold through "
             "intermediaries has a long history of reaching destinations its first buyers never "
             "declared. The strength of export oversight will decide whether the boom is an "
             "economic opportunity or a reputational liability."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "haiti-mission-needs-helicopters",
        "title": "Quick Take: Haiti's Security Mission Needs Helicopters, Not Pledges",
        "dek": "The multinational force has troops on the ground. It lacks the air mobility to "
               "reach the communities that gangs control.",
        "format": "brief", "section": "americas",
        "further_sections": ["global-crises"],
        "authors": ["lucia-ferreyra"], "days_ago": 42,
        "image": {
            "alt": "Stylised dark grey helicopter silhouette above a dense hillside of small "
                   "colourful houses",
            "caption": "Armed groups control road access to many neighbourhoods.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "The multinational mission supporting Haiti's police has received pledges of troops "
             "from several countries, but its most urgent shortage is air mobility. Gangs control "
             "many of the roads into and out of the capital, and ground convoys are slow and "
             "vulnerable. Helicopters would let the mission move personnel, evacuate the wounded "
             "and resupply isolated police stations."),
            ("paragraph",
             "Contributing countries tend to offer infantry because infantry is what they have. "
             "The countries with spare helicopters and crews are mostly not contributing at all. A "
             "targeted request for air assets would do more than another round of troop pledges."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "jordan-refugee-budget-gap",
        "title": "Brief: Jordan's Refugee Budget Gap Is Widening",
        "dek": "Funding for services to refugees in Jordan has fallen sharply, and the costs are "
               "shifting onto host communities.",
        "format": "brief", "section": "middle-east",
        "further_sections": ["global-crises"],
        "authors": ["farid-haddad"], "days_ago": 55,
        "image": {
            "alt": "Abstract rows of pale tent shapes giving way to concrete houses on a sandy "
                   "hillside under a clear sky",
            "caption": "Most refugees in Jordan live in towns and cities rather than camps.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "International funding for Jordan's refugee response plan has fallen to its lowest "
             "share of requirements in years, according to figures presented at a donor meeting "
             "this month. Most refugees in the country live in towns and cities rather than camps, "
             "so the shortfall is felt in crowded schools, clinics and water networks that serve "
             "refugees and Jordanians alike."),
            ("paragraph",
             "Donor fatigue is understandable after more than a decade. But cutting support to a "
             "stable host country risks onward displacement and social tension that would cost far "
             "more to deal with later."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "locust-season-outlook",
        "title": "Brief: The Locust Outlook Is Quiet, for Now",
        "dek": "Forecasters expect little desert locust activity this winter, but conflict has "
               "left gaps in the monitoring of key breeding areas.",
        "format": "brief", "section": "global-crises",
        "further_sections": ["climate-security"],
        "authors": ["nadia-benali"], "days_ago": 62,
        "image": {
            "alt": "Stylised green and yellow locust resting on a pattern of sand dunes",
            "caption": "Desert locust outbreaks can spread rapidly across regions.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Locust forecasters expect low desert locust activity through the winter breeding "
             "season, a welcome contrast with the upsurge that swept East Africa and South Asia "
             "several years ago. Rainfall in the traditional breeding areas along the Red Sea "
             "coast has been below average, limiting the conditions in which swarms form."),
            ("paragraph",
             "The caveat is monitoring. Survey teams cannot safely reach parts of the breeding "
             "zone because of conflict, and gaps in observation are how small outbreaks become "
             "large ones. Funding for control teams should be maintained even in quiet years."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "front-line-reactor-cooling-water",
        "title": "Brief: Cooling Water at a Front-Line Reactor",
        "dek": "The loss of a reservoir near a nuclear plant in a war zone has made its cooling "
               "arrangements a standing safety concern.",
        "format": "brief", "section": "nuclear-security",
        "further_sections": ["europe"],
        "authors": ["oleksandra-hrytsenko"], "days_ago": 72,
        "image": {
            "alt": "Abstract dark cooling pond with a cracked dry edge and a distant grey reactor "
                   "dome outline",
            "caption": "The plant's reactors are shut down but still require cooling.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "The nuclear power plant on the front line in southern Ukraine has kept its reactors "
             "in cold shutdown for a long time, which reduces but does not remove the need for "
             "cooling. Since the loss of the large reservoir that once supplied it, the plant has "
             "relied on wells and a cooling pond whose levels are checked by international "
             "observers on site."),
            ("paragraph",
             "Cooling water is only one vulnerability, alongside fragile external power lines and "
             "staff shortages. Each is manageable on its own. Together, in a war zone, they make "
             "the plant a safety question that cannot be set aside until the fighting stops."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "embassy-staffing-crunch",
        "title": "Quick Take: The Embassy Staffing Crunch",
        "dek": "Foreign ministries are opening new missions abroad while cutting the staff needed "
               "to run them.",
        "format": "brief", "section": "diplomacy",
        "further_sections": [],
        "authors": ["marcus-lindqvist"], "days_ago": 90,
        "image": {
            "alt": "Stylised cream embassy facade with a single lit window among many dark ones",
            "caption": "Small missions often operate with only a handful of diplomats.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Several European foreign ministries have announced new embassies in Africa, Central "
             "Asia and the Pacific, part of a welcome effort to broaden their diplomatic reach. At "
             "the same time, many of those ministries face budget cuts that leave existing "
             "missions short of staff. The result is a growing number of embassies run by two or "
             "three diplomats who spend most of their time on consular cases and on hosting visits "
             "from home."),
            ("paragraph",
             "A flag on a building is not a diplomatic presence. Ministries should open fewer "
             "missions and staff them properly."),
        ],
        "corrections": [],
        "original_url": None,
    },
    {
        "slug": "arctic-cruise-traffic-search-and-rescue",
        "title": "Brief: Arctic Cruise Traffic Tests Search-and-Rescue Capacity",
        "dek": "More passenger ships sail into remote Arctic waters each summer, far from the "
               "rescue resources an emergency would demand.",
        "format": "brief", "section": "climate-security",
        "further_sections": ["europe"],
        "authors": ["ingrid-solberg"], "days_ago": 110,
        "image": {
            "alt": "Stylised white cruise ship among small drifting ice floes on a dark blue sea, "
                   "with a distant rescue helicopter",
            "caption": "Summer passenger traffic in Arctic waters has grown steadily.",
            "credit": "Meridian Review illustration", "licence": "staff",
        },
        "body": [
            ("paragraph",
             "Passenger ships are sailing further into Arctic waters each summer as sea ice "
             "retreats and demand for expedition cruises grows. Some carry several hundred "
             "passengers into areas where the nearest rescue helicopter is hours away and hospital "
             "capacity is limited. Coast guard officials in the region have warned that a serious "
             "accident involving a large vessel would overwhelm the resources available."),
            ("paragraph",
             "Joint exercises between Arctic states have improved coordination, but capacity has "
             "not kept pace with traffic. Requiring operators to sail in pairs in the most remote "
             "areas, as some already do voluntarily, would be a sensible start."),
        ],
        "corrections": [],
        "original_url": None,
    },
]
# fmt: on
