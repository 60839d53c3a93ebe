"""What the seed builder does with each sourced fact: our decisions, written once, in one place.

- NETWORK_SOURCES: the pages that state a network's service (what a prêt d'honneur is, that the DLA is free...), with
  the date each page gives. They are cited on every offer of that network, beside the structure's own source.
- ALIAS: network-file names (networks/*.csv, column structure_name) -> structure key, when several names are one
  organisation or when the name carries a note in brackets.
- STRUCTURES: per structure key, its current name, types, and the facts the template cannot guess.
- ROW_OFFERS / ROW_ZONES / ROW_NOTES / SKIP_ROWS: per (network, name), which offers the row gives, corrections of its
  zones, a precision for its offers, or why it gives nothing.
- REFERENCE: per row of shared/reference/ess-support-actors.csv, what it becomes.
- CUSTOM_OFFERS: offers written one by one (national actors, financers, regional programmes).
- DISPOSITIFS: the programmes and labels (not structures any more).

Every text here is our own wording of the facts the cited rows state.
"""

# --------------------------------------------------------------------------------------------------------------------
# Network-level sources: id -> [(url, date the page gives or '')]. Looked up in the stored public pages (corpus
# "pages"), or taken from the reference rows that cite them.

NETWORK_SOURCES = {
    # DLA: free, present everywhere, accueil / diagnostic partagé / ingénieries, for employer structures.
    "dla": [
        ("https://www.avise.org/annuaire-des-acteurs/dispositif-local-daccompagnement-dla", "2023-08-28"),
        ("http://travail-emploi.gouv.fr/emploi/developpement-de-l-emploi/developpement-de-l-emploi-et-des-competences/article/dispositif-local-d-accompagnement-dla", ""),
    ],
    # DLA national: 106 departmental DLA, animated nationally by the Avise, national site info-dla.fr.
    "dla-national": [
        ("https://associations.ligue52.org/dla", "2020"),
        ("https://via28-asso.fr/le-dispositif-local-daccompagnement/", ""),
    ],
    "dla-grand-est": [("https://www.dla-grandest.org/dla-organisation.php", "")],
    "dla-centre": [("https://www.dla-centrevaldeloire.org/quest-ce-que-le-dla/", "")],
    # France Active: guarantee up to 65 % (200 000 €); prêts, primes, garanties, fonds propres; conseillers and
    # comité d'engagement.
    "fa-garantie": [("https://www.fonds-publics.fr/aides/garantie-france-active", "")],
    "fa-financement": [
        ("https://www.associationmodeemploi.fr/article/france-active-le-soutien-en-5-pactes.68720", ""),
        ("https://www.socialter.fr/article/france-active-au-service-des-entrepreneurs-engages-et-en-pleine-croissance", "2016"),
    ],
    "fa-accompagnement": [("https://www.associationmodeemploi.fr/article/france-active-le-soutien-en-5-pactes.68720", "")],
    # Initiative France: personal loan without interest or guarantee, comité d'agrément, 2-5 years, parrainage.
    "initiative": [
        ("https://www.cession-affaire.com/actualite-entreprise/pret-d-honneur-d-initiative-france-9-700-euros-en-moyenne-2423.html", "2019-06-13"),
        ("https://www.expert-comptable-a-distance.fr/les-plateformes-dinitiative-locale-mode-demploi/", ""),
    ],
    # Réseau Entreprendre: prêt d'honneur à taux zéro, two years of support by a business owner.
    "reseau-entreprendre": [
        ("https://millenaire3.grandlyon.com/Interview/2019/le-mentorat-et-la-creation-d-entreprise-l-exemple-du-reseau-entreprendre", ""),
        ("https://experts-et-decideurs.fr/strategie-entreprise/financement/pret-dhonneur-qui-peut-en-beneficier", ""),
    ],
    # Adie: microcrédit for people without access to bank credit, free support.
    "adie": [
        ("https://banque.pagesjaunes.fr/astuce/voir/94577/adie-l-association-pour-le-micro-credit", ""),
        ("https://region-sud.latribune.fr/economie/2022-01-12/la-difficulte-de-trouver-des-emplois-stables-incite-davantage-a-prendre-le-risque-de-creer-une-entreprise-marine-viala-adie-901852.html", ""),
    ],
    # BGE: support from the idea to development; couveuses.
    "bge": [("http://www.47infos.fr/bge-lassociation-qui-dynamise-le-developpement-economique-et-la-creation-demploi/", "")],
    # Couveuses: test of an activity under CAPE.
    "couveuse": [
        ("https://jetestemonentreprise.com/couveuses-dentreprises-et-porteurs-de-projet-une-relation-de-confiance/", ""),
        ("https://corsenetinfos.corsica/L-union-nationale-des-couveuses-d-entreprises-en-assemblee-generale-a-Bastia_a15475.html", ""),
    ],
    # CAE: entrepreneur-salarié, shared administration, contribution of about 10 % of turnover.
    "cae": [("https://www.emploilr.com/actualites/creer-son-activite-au-sein-d-une-cooperative_6996.php", "")],
    # Scop unions: the CG Scop's own guides ("un accompagnement de spécialistes", "des financements spécifiques").
    "urscop": [
        ("https://issuu.com/cgscop/docs/creer_en_scic", ""),
        ("https://issuu.com/cgscop/docs/transformer_en_scop", ""),
    ],
    # CRESS: legal missions, including support for creating and developing ESS enterprises.
    "cress": [("https://ess-france.org/chiffre-de-la-semaine-d-aesio-mutuelle-et-d-ess-france-50-fois-moins", "")],
    # Fabrique à initiatives: starts from a territory's needs, makes activities emerge.
    "fabrique": [("https://avise.org/le-reseau-fabrique-initiatives", "2024-07-23")],
    "tiers-lieux": [("https://observatoire.francetierslieux.fr/?p=6162", "")],
    "mouvement-associatif": [("https://lemouvementassociatif.org/accompagnement-les-associations-actrices-de-leur-developpement-15", "")],
    "ptce": [
        ("https://banquedesterritoires.fr/poles-territoriaux-de-cooperation-economique-un-nouvel-ami-est-ouvert-jusquau-31-juillet", "2023-06"),
        ("https://up.coop/blog/enjeux-societaux/une-economie-sociale-solidaire-et-ecologique/less-un-reseau-de-cooperation-au-coeur-des-territoires", ""),
    ],
    "poles-ess-bretagne": [("https://www.ajiter.fr/?LeReseauDesPolesEssAccueilleLesPorteurs", "2020-04")],
    "uriopss": [("https://uriopss-nouvelleaquitaine.fr/content/presentation-du-reseau-16", "")],
    # FDVA: in each département a collège consultatif and the State's services answer the associations' requests
    # (fonctionnement global or nouveaux projets); small associations (two employees at most) come first.
    "fdva": [
        ("https://www.communesetassociations.com/article-les-delegations-locales-d-associations-nationales-peuvent-beneficier-du-fdva-181931.html", "2021-06-07"),
        ("https://www.associationmodeemploi.fr/article/un-nouveau-volet-du-fdva-pour-soutenir-l-innovation-associative.67509", ""),
    ],
}

# Which network-level sources each kind of offer cites.
KIND_NETWORK = {
    "dla": ["dla"], "dla-regional": ["dla"], "dla-tbc": ["dla", "dla-national"],
    "fa-garantie": ["fa-garantie"], "fa-financement": ["fa-financement"], "fa-accompagnement": ["fa-accompagnement"],
    "initiative": ["initiative"], "initiative-coord": ["initiative"], "reseau-entreprendre": ["reseau-entreprendre"],
    "adie": ["adie"], "bge": ["bge"], "bge-formation": ["bge"], "couveuse": ["couveuse"], "cae": ["cae"],
    "urscop": ["urscop"], "cress": ["cress"], "fabrique": ["fabrique"], "fabrique-tbc": ["fabrique"],
    "tiers-lieux": ["tiers-lieux"], "mouvement-associatif": ["mouvement-associatif"], "ptce": ["ptce"],
    "pole-ess": ["poles-ess-bretagne"], "incubation": [], "uriopss": ["uriopss"], "insertion": [], "fdva": ["fdva"],
}

# Default offers of a row, by network file.
NETWORK_OFFERS = {
    "adie": ["adie"], "bge": ["bge"], "cae": ["cae"], "couveuse": ["couveuse"], "cress": ["cress"],
    "dla": ["dla"], "fabrique-initiatives": ["fabrique"], "financeur": [],
    "france-active": ["fa-garantie", "fa-financement", "fa-accompagnement"], "incubateur": ["incubation"],
    "initiative-france": ["initiative"], "insertion": ["insertion"], "mouvement-associatif": ["mouvement-associatif"],
    "pole-ess": ["ptce"], "reseau-entreprendre": ["reseau-entreprendre"], "tiers-lieux-reseau": ["tiers-lieux"],
    "urscop": ["urscop"], "fdva": ["fdva"],
}

# Order in which a structure's families decide its description template.
FAMILY_PRIORITY = ["france-active", "initiative-france", "reseau-entreprendre", "adie", "urscop", "cress", "bge",
                   "cae", "couveuse", "incubateur", "fabrique-initiatives", "tiers-lieux-reseau",
                   "mouvement-associatif", "insertion", "pole-ess", "dla", "fdva", "financeur", "reference"]

FAMILY_TYPES = {
    "adie": ["financeur"], "bge": ["conseil"], "cae": ["cooperative"], "couveuse": ["couveuse"], "cress": ["cress"],
    "fabrique-initiatives": ["generateur"], "financeur": ["financeur"], "france-active": ["financeur"],
    "incubateur": ["incubateur"], "initiative-france": ["financeur"], "insertion": ["reseau"],
    "mouvement-associatif": ["reseau"], "pole-ess": ["reseau"], "reseau-entreprendre": ["financeur"],
    "tiers-lieux-reseau": ["reseau", "tiers-lieu"], "urscop": ["cooperative", "reseau"], "dla": [], "fdva": ["financeur"],
}

FAMILY_NETWORK_NAME = {
    "france-active": "France Active", "initiative-france": "Initiative France",
    "reseau-entreprendre": "Réseau Entreprendre", "bge": "BGE", "urscop": "Les Scop et Scic",
    "cress": "ESS France", "tiers-lieux-reseau": "France Tiers-Lieux", "mouvement-associatif": "Le Mouvement associatif",
}

GENERALIST_FAMILIES = {"initiative-france", "reseau-entreprendre", "adie", "bge", "couveuse"}

# --------------------------------------------------------------------------------------------------------------------
# Network-file names -> structure key. A name absent from ALIAS gives the key slug(name).

ALIAS = {
    # data-more2: local financers of associations and of ESS projects
    "Contrat de ville du Pays Ajaccien (CAPA, État, Ville d'Ajaccio)": "communaute-d-agglomeration-du-pays-ajaccien",
    "Appel à projets ESS du Département de la Nièvre": "departement-de-la-nievre",
    "Appel à projets « Économie solidaire de proximité » (Département de la Drôme)": "departement-de-la-drome",
    "Appel à projets ESS du Département du Val-de-Marne": "departement-du-val-de-marne",
    "Appel à projets ESS du Département de la Seine-Saint-Denis": "departement-de-la-seine-saint-denis",
    "Prix de l'innovation durable (Département de l'Essonne)": "departement-de-l-essonne",
    "Département de la Corrèze – subventions aux associations": "departement-de-la-correze",
    "France Active (antenne de Mayotte)": "france-active-mayotte",
    "Services de l'État à la jeunesse, à l'engagement et aux sports (DRAJES et SDJES)": "drajes-sdjes",
    # one association, many directions, agencies and antennas (adie-notes.md)
    **{n: "adie" for n in [
        "Adie (Guadeloupe)", "Adie (direction Antilles-Guyane)", "Adie (antennes de Saint-Denis et Saint-Louis, La Réunion)",
        "Adie Réunion-Mayotte (direction)", "Adie (Mayotte)", "Adie Île-de-France", "Adie (agence de Meaux)",
        "Adie (agence de Melun)", "Adie (agence de Noisiel)", "Adie (antenne de Poissy)",
        "Adie Seine-Saint-Denis (Montreuil, Saint-Denis, Aubervilliers, Clichy)",
        "Adie Centre-Val de Loire (direction territoriale)", "Adie Centre-Val de Loire – agence mobile (bus)",
        "Adie (antenne de Bourges)", "Adie (antenne de Châteauroux)", "Adie (Indre-et-Loire)", "Adie Côte-d'Or",
        "Adie (antenne régionale Franche-Comté)", "Adie (antenne expérimentale près de Nevers)", "Adie (Basse-Normandie)",
        "Adie Normandie", "Adie (permanence d'Évreux)", "Adie (agence de Rouen)", "Adie (agence du Havre)",
        "Adie Hauts-de-France", "Adie (Alsace)", "Adie Grand Est et Bourgogne-Franche-Comté (direction régionale)",
        "ADIE (au « 48, l’atelier des entrepreneurs »)", "Adie (Loire-Atlantique et Vendée)",
        "Adie (direction régionale Pays de la Loire)", "Adie Bretagne Pays-de-la-Loire (direction régionale)",
        "Adie Grand Ouest (direction régionale Bretagne, Pays de la Loire, Normandie)", "Adie (antenne de Saint-Brieuc)",
        "Adie (agence de Carhaix)", "Adie (antenne de Brest)", "Adie (antenne de Quimper)", "Adie (antenne de Rennes)",
        "Adie (antenne de Saint-Malo)", "Adie (antenne de Lorient)", "Adie (antenne de Vannes)", "Adie (Limousin)",
        "Adie (Nouvelle-Aquitaine)", "Adie Dordogne (Adie 24)", "Adie (agence de Lormont)", "Adie (agence de Talence)",
        "Adie (délégation territoriale Gironde)", "Adie (Dax)", "Adie (Poitiers)", "Adie (Lot, Aveyron, Tarn)",
        "Adie Occitanie", "Adie Occitanie – direction territoriale Littoral Occitanie (ex-Languedoc-Roussillon)",
        "Adie (antenne expérimentale près de Saint-Lizier)", "Adie (agence de Nîmes)", "Adie Occitanie (Toulouse)",
        "Adie (antenne de Montpellier)", "Adie (antenne Tarbes Lourdes Pyrénées)",
        "Adie (agence de la région Auvergne-Rhône-Alpes)", "ADIE Isère", "Adie Auvergne (permanence de Thiers)",
        "Adie Lyon 7, Villeurbanne, Vaulx-en-Velin (direction territoriale)", "Adie Rhône",
        "Adie (antenne expérimentale près de Gap)", "Adie Région Sud", "Adie Var", "Adie Corse (direction territoriale)",
        "Adie (antenne d'Ajaccio)", "Adie (antenne de Porto-Vecchio)", "Adie (antenne de Bastia)", "Adie – agence de Corte",
    ]},
    # BGE
    "BGE (Mayotte)": "bge-mayotte",
    "BGE (Lot-et-Garonne)": "bge-lot-et-garonne",
    "BGE (Corse)": "bge-ile-conseil",
    # CAE
    "Coopérer pour entreprendre": "cooperer-pour-entreprendre",
    "Copea (réseau de CAE)": "copea",
    "CAE Bourgogne": "cae-bourgogne",
    "L'Envol (CAE Bourgogne)": "cae-bourgogne",
    "L'Envol / Coop en Bât – antenne de l'Yonne": "cae-bourgogne",
    "Cesam-Oxalis": "oxalis",
    "Tumukuma'Kop (CAE Sud Guyane)": "tumukuma-kop",
    "Confluences (établissement de Port Parallèle)": "port-parallele",
    "CAE béarnaise (réseau Coopérer pour entreprendre)": "cae-bearnaise",
    "A Prova": "a-prova-cooperative-d-activites-et-d-emploi",
    "Coopérer pour entreprendre – Pays de la Loire": "cooperer-pour-entreprendre-pays-de-la-loire",
    # couveuses
    "Union des couveuses d'entreprises": "union-nationale-des-couveuses-d-entreprises",
    "Union des couveuses d'entreprises – CAPE à Mayotte": "union-nationale-des-couveuses-d-entreprises",
    "Le Cric (Coopérative régionale d'éducation à l'entrepreneuriat collectif)": "le-cric-cooperative-regionale-d-education-a-l-entrepreneuriat-collectif",
    "Boréal Corsica": "couveuse-d-entreprises-boreal-corsica",
    "Potentiel (couveuse d'entreprises)": "potentiel",
    "Couveuse d'entreprises de Dieppe (gérée par Interface)": "couveuse-d-entreprises-de-dieppe",
    "Adije": "adije-couveuse-d-entreprises",
    "Breizh Couv (couveuse de commerces)": "union-nationale-des-couveuses-d-entreprises",
    # CRESS
    "CRESS de Guadeloupe (Chambre Régionale de l’Économie Sociale et Solidaire des Îles de Guadeloupe, CRESS-IG)": "cress-des-iles-de-guadeloupe-cress-ig",
    "CRESS Martinique (Chambre régionale de l’économie sociale et solidaire de Martinique)": "cress-martinique",
    "CRESS de Guyane (Chambre Régionale de l’ESS)": "cress-guyane",
    "CRESS Réunion (Chambre Régionale de l’Economie Sociale et Solidaire)": "cress-de-la-reunion",
    "CRESS de Mayotte (Chambre Régionale de l’Économie sociale et solidaire)": "cress-de-mayotte",
    "CRESS IdF": "cress-ile-de-france",
    "CRESS Île-de-France": "cress-ile-de-france",
    "CRESS Centre-Val de Loire (Chambre Régionale de l’Économie Sociale et Solidaire)": "cress-centre-val-de-loire",
    "CRESS Bourgogne-Franche-Comté": "cress-bourgogne-franche-comte",
    "CRESS Normandie": "cress-normandie",
    "Chambre régionale de l’économie sociale et solidaire des Hauts-de-France (Cress)": "cress-hauts-de-france",
    "CRESS Grand Est": "cress-grand-est",
    "CRESS des Pays de la Loire": "cress-pays-de-la-loire",
    "CRESS Bretagne (Chambre Régionale de l’Économie Sociale et Solidaire de Bretagne)": "cress-bretagne",
    "CRESS Nouvelle-Aquitaine (CRESS NA)": "cress-nouvelle-aquitaine",
    "Chambre Régionale de l’Économie Sociale et Solidaire (CRESS) d’Occitanie": "cress-occitanie",
    "CRESS Auvergne-Rhône-Alpes (Chambre Régionale de l’Économie Sociale et Solidaire d’Auvergne-Rhône-Alpes)": "cress-auvergne-rhone-alpes",
    "CRESS Paca (Chambre régionale des entreprises de l’économie sociale et solidaire de Provence-Alpes-Côte d’Azur)": "cress-provence-alpes-cote-d-azur",
    "CRESS Provence-Alpes-Côte d'Azur": "cress-provence-alpes-cote-d-azur",
    "CRESS de Corse (Chambre régionale de l’Économie Sociale et Solidaire)": "cress-corse",
    # DLA operators
    "AGLCA (Centre Ressource pour la Vie Associative et l'Économie Sociale et Solidaire)": "aglca",
    "Ligue de l'Enseignement des Ardennes": "ligue-de-l-enseignement-des-ardennes",
    "Ligue de l'Enseignement (Ariège)": "ligue-de-l-enseignement-de-l-ariege",
    "URQR (Université Rurale Quercy Rouergue)": "urqr",
    "France Active PACA": "france-active-provence-alpes-cote-d-azur",
    "France Active Nouvelle-Aquitaine (FANA)": "france-active-nouvelle-aquitaine",
    "Bretagne Active": "france-active-bretagne",
    "IFAID Aquitaine (Institut de formation et d'appui aux initiatives de développement)": "ifaid-aquitaine",
    "Ligue de l'enseignement (Loir-et-Cher)": "ligue-de-l-enseignement-de-loir-et-cher",
    "Champagne-Ardenne Active": "france-active-champagne-ardenne",
    "Ligue de l'enseignement de la Haute-Marne": "ligue-de-l-enseignement-de-la-haute-marne",
    "Nord Actif": "nord-actif-france-active-nord",
    "France Active Midi Pyrénées-Occitanie (France Active MPA Occitanie)": "france-active-mpa-occitanie",
    "PIE – Paris Initiative Entreprise": "pie-paris-initiative-entreprise",
    "PIE – Paris Initiative Entreprise (France Active Paris)": "pie-paris-initiative-entreprise",
    "PIE – Paris Initiative Entreprise (Réseau Initiative Paris)": "pie-paris-initiative-entreprise",
    "Ligue de l'Enseignement (Vosges)": "ligue-de-l-enseignement-des-vosges",
    "France Active Île-de-France (Île-de-France Active, IDFA)": "ile-de-france-active",
    "Le Mouvement associatif Hauts-de-France": "le-mouvement-associatif-hauts-de-france",
    "ATIS (Association Territoires et Innovation Sociale)": "atis-association-territoires-et-innovation-sociale",
    "ATIS – La Fabrique à Initiatives": "atis-association-territoires-et-innovation-sociale",
    "Le Mouvement Associatif Occitanie": "le-mouvement-associatif-occitanie",
    # Fabriques
    "Générateur Bourgogne Franche-Comté": "generateur-bourgogne-franche-comte",
    "Fabrique à initiatives – Franche-Comté et Besançon (programme Territoires fragiles)": "generateur-bourgogne-franche-comte",
    "ADRESS Normandie – Fabrique à initiatives": "adress-normandie",
    "Fabrique à initiatives – Normandie (Orne, Manche, Seine-Maritime)": "adress-normandie",
    "Alsace Active": "france-active-alsace",
    "Alsace Active (France Active Alsace)": "france-active-alsace",
    "Fabrique à initiatives – Eurométropole de Strasbourg (programme Territoires fragiles)": "france-active-alsace",
    "TAg bretons (métier du Révélateur)": "tag-bretons",
    "La Fabrique du Limousin (France Active Nouvelle-Aquitaine)": "france-active-nouvelle-aquitaine",
    "Fabrique à initiatives – Limousin (Creuse, Corrèze, Haute-Vienne)": "france-active-nouvelle-aquitaine",
    "Courant Fort": "courant-fort",
    "Fabrique à initiatives – Drôme-Ardèche (programme Territoires fragiles)": "courant-fort",
    "Fabrique à initiatives de La Réunion (portée par la CRESS)": "cress-de-la-reunion",
    "Clus'ter Jura (membre fondateur du Générateur BFC)": "clus-ter-jura",
    "La Serre à Projets (France Active Lorraine)": "france-active-lorraine",
    "Fabrique à initiatives – Finistère et Brest métropole (programme Territoires fragiles)": "tag29",
    "Fabrique à initiatives – Ille-et-Vilaine et Rennes métropole (programme Territoires fragiles)": "tag35",
    "Fabrique à initiatives – Morbihan et Vannes (programme Territoires fragiles)": "tag56",
    "La Fabrique à Initiatives (portée par Inter-Made, La Friche la Belle de Mai)": "inter-made",
    "Fabrique à initiatives – Aix-Marseille-Provence métropole (programme Territoires fragiles)": "inter-made",
    "Fabrique à initiatives – Mulhouse Sud Alsace (programme Territoires fragiles)": "avise",
    "Fabrique à initiatives – Lyon métropole et alentours (programme Territoires fragiles)": "avise",
    "Fabrique à initiatives (réseau national animé par l'Avise)": "avise",
    "Réseau national des incubateurs de l'ESS (Avise)": "avise",
    # financers
    "Banque des Territoires – investissement en fonds propres des structures ESS": "banque-des-territoires-economie-sociale-et-solidaire",
    "Banque des Territoires – soutien à l'ESS (Caisse des Dépôts)": "banque-des-territoires-economie-sociale-et-solidaire",
    "Bpifrance – Fonds d'innovation sociale (FISO)": "bpifrance",
    "Bpifrance – Prêt Économie sociale et solidaire (PESS)": "bpifrance",
    "Caisses d'Epargne (FNCE) – appel à projets annuel": "federation-nationale-des-caisses-d-epargne",
    "Clubs Cigales (Fédération des Cigales)": "federation-des-cigales",
    "Fabriques de territoire (programme Nouveaux lieux, nouveaux liens – ANCT)": "anct",
    "Fondation Crédit Coopératif – Prix de l'inspiration en ESS": "fondation-credit-cooperatif",
    "Fondation La France s'engage – concours national": "fondation-la-france-s-engage",
    "Fondation de France – appel à projets « Initiatives solidaires, territoires et emplois »": "fondation-de-france",
    "France Active Investissement": "france-active-reseau-national",
    "France Active – Pacte Relance (Prêt Relève Solidaire)": "france-active-reseau-national",
    "France Active – les 5 pactes (Émergence, Création, …)": "france-active-reseau-national",
    "Garantie France Active (Fonds de garantie France Active)": "france-active-reseau-national",
    "France Active (tête de réseau nationale)": "france-active-reseau-national",
    "Zeste (plateforme de financement participatif de la Nef)": "la-nef",
    "La Nef": "la-nef",
    "Appel à projets « Soutien à l'ESS en Guyane »": "collectivite-territoriale-de-guyane",
    "Département de Mayotte – soutien à l'ESS": "departement-de-mayotte",
    "Initiative Haute-Normandie": "initiative-haute-normandie",
    "CAP'Création ESS (Région Bretagne)": "france-active-bretagne",
    "Fonds de confiance Bretagne": "france-active-bretagne",
    "J'adopte un projet (ADEFIP)": "adefip",
    "Région Nouvelle-Aquitaine – soutien conjoncturel aux structures de l'ESS": "region-nouvelle-aquitaine",
    "Fonds ESS'OR (Région Sud)": "region-provence-alpes-cote-d-azur",
    "ADEC – soutien à l'ESS (Corse)": "adec-soutien-a-l-ess-corse",
    "LITA.co (1001PACT)": "lita-co",
    "Coup de pouce Corrèze (Département)": "departement-de-la-correze",
    "Fondation d'entreprise Crédit Agricole Toulouse 31": "fondation-credit-agricole-toulouse-31",
    "Lot Initiatives Artisanat (LIA)": "lot-initiatives-artisanat",
    # France Active associations
    "PIE – Paris Initiative Entreprise (France Active Paris)": "pie-paris-initiative-entreprise",
    "France Active Bourgogne (ex-Bourgogne Active)": "france-active-bourgogne",
    "INITIACTIVE 89": "initiactive-89",
    "Pas-de-Calais Actif (ex-Inseraction 62)": "pas-de-calais-actif",
    "Initiative Somme France Active Picardie": "initiative-somme-france-active-picardie",
    "Initiative Somme (Initiative Somme France Active Picardie)": "initiative-somme-france-active-picardie",
    "France Active MPA-Occitanie (France Active Midi-Pyrénées-Occitanie)": "france-active-mpa-occitanie",
    "France Active Auvergne-Rhône-Alpes (ex-Auvergne-Rhône-Alpes Active)": "france-active-auvergne-rhone-alpes-auvergne-rhone-alpes-active",
    "France Active Auvergne": "france-active-auvergne-ex-auvergne-active",
    "France Active Savoie Mont Blanc (ex-Adises Active)": "france-active-savoie-mont-blanc-ex-adises-active",
    "Rhône Développement Initiative (RDI)": "rhone-developpement-initiative",
    "Corse Active Pour l'Initiative (CAPI)": "corse-active",
    "France Active Guadeloupe": "france-active-guadeloupe",
    # incubators
    "SINGA (programmes d'incubation)": "singa-incubateurs",
    "Finkela – SINGA Lyon": "singa-incubateurs",
    "makesense (incubateur)": "makesense-incubateur",
    "makesense (incubateur SenseCube)": "makesense-incubateur",
    "Kaléidoscope": "kaleidoscope-martinique",
    "Fanya Lab (CRESS de Mayotte)": "cress-de-mayotte",
    "Alter'Incub Centre-Val de Loire": "les-scop-et-scic-icd",
    "Le T (incubateur engagé)": "le-t-incubateur",
    "Katapult (ADRESS Normandie)": "adress-normandie",
    "TAg BZH": "tag-bretons",
    "Alter'Incub Occitanie Méditerranée (ex-Languedoc-Roussillon)": "union-regionale-des-scop-et-scic-occitanie",
    "Alter'Venture (Union régionale des Scop et Scic Occitanie)": "union-regionale-des-scop-et-scic-occitanie",
    "Catalys": "union-regionale-des-scop-et-scic-occitanie",
    "Catalis (Alter'Incub Occitanie Ouest)": "union-regionale-des-scop-et-scic-occitanie",
    "Alter'Incub Rhône-Alpes": "union-regionale-des-scop-et-scic-auvergne-rhone-alpes",
    "Alter’Incub Poitou-Charentes": "alter-incub-poitou-charentes",
    "Les Premières Auvergne-Rhône-Alpes": "les-premieres-auvergne-rhone-alpes",
    "Premières (Lyon, ex-Pionnières)": "les-premieres-auvergne-rhone-alpes",
    "Ronalpia – incubateur nord-Ardèche": "ronalpia",
    "Ronalpia (antenne Isère)": "ronalpia",
    "Ronalpia (antenne Loire)": "ronalpia",
    "Inizià (incubateur territorial de Corse)": "inizia",
    "La Ruche Bordeaux": "la-ruche",
    "La Ruche Marseille": "la-ruche",
    "In'ESS 91": "essonne-active",
    "Incubateur des Ecossolies": "les-ecossolies",
    "TAg29 (Adess du Pays de Morlaix)": "tag29",
    "TAg29 (Trajectoires Agiles 29)": "tag29",
    "TAg35 (Trajectoires Agiles 35)": "tag35",
    "POP (France Active Poitou-Charentes et ATIS)": "atis-association-territoires-et-innovation-sociale",
    "LIESS 87 (incubateur ESS de la Haute-Vienne)": "liess-87-incubateur-ess-de-la-haute-vienne",
    "GEM Les Prem1ères (Les Prem1ères Rhône-Alpes Auvergne)": "gem-les-prem1eres",
    "Az'up": "inter-made",
    "Accélérateur social Var - Toulon": "accelerateur-social-var",
    "Les premières de Guadeloupe": "les-premieres-de-guadeloupe",
    # Initiative France
    "WILCO Initiative (anciennement Scientipôle Initiative)": "wilco-initiative",
    "Initiative Melun Val de Seine et Sud Seine-et-Marne": "initiative-melun-val-de-seine",
    "Initiative Loir-et-Cher (ILC 41)": "initiative-loir-et-cher",
    "Lille Métropole Innovation (LMI)": "lille-metropole-innovation",
    "Initiative-Marne Pays de Brie et Champagne": "initiative-marne-pays-de-brie-et-champagne",
    "Initiative en Pays lunévillois (IPL)": "initiative-en-pays-lunevillois",
    "Initiative Meuse (Meuse Initiative)": "initiative-meuse",
    "Initiative Strasbourg (ex-Cap Création)": "initiative-strasbourg",
    "Hautes Vosges Initiative (HVI)": "hautes-vosges-initiative",
    "Initiative Agri Charente (Initiative Agri Nouvelle Aquitaine)": "initiative-agri-charente",
    "Initiative Landes (Réseau Initiative Landes)": "initiative-landes",
    "Initiative Narbonne Arrondissement (INA)": "initiative-narbonne-arrondissement",
    "Initiative Gers (plateforme d’initiative artisanale gersoise, IAG)": "initiative-gers",
    "Initiative Montauban Tarn-et-Garonne (IMTG)": "initiative-montauban-tarn-et-garonne",
    "Initiatives Auvergne (coordination régionale des plateformes)": "initiatives-auvergne",
    "plateforme d'initiative locale du Puy-en-Velay (nom non précisé par la page)": "plateforme-d-initiative-locale-du-puy-en-velay",
    "Initiative Provence-Alpes-Côte d’Azur (réseau régional)": "initiative-provence-alpes-cote-d-azur",
    "Initiative Marseille Métropole (IMM)": "initiative-marseille-metropole",
    "Corse Initiative": "initiative-corse",
    # insertion
    "CHANTIER école (réseau national)": "chantier-ecole",
    **{n: "chantier-ecole" for n in [
        "CHANTIER école Île-de-France", "CHANTIER école – association régionale Centre",
        "CHANTIER école – association régionale Bourgogne-Franche-Comté", "CHANTIER école – association régionale Normandie",
        "CHANTIER école – association régionale Nord-Pas-de-Calais-Picardie",
        "CHANTIER école – association régionale Alsace-Lorraine-Champagne-Ardenne",
        "CHANTIER école – association régionale Pays de la Loire", "CHANTIER école – association régionale Bretagne",
        "CHANTIER école – association régionale Aquitaine-Limousin-Poitou-Charentes",
        "CHANTIER école – association régionale Midi-Pyrénées-Languedoc-Roussillon",
        "CHANTIER école – association régionale Auvergne-Rhône-Alpes",
    ]},
    "COORACE (fédération nationale)": "coorace",
    "COORACE Pays de la Loire": "coorace",
    "COORACE PACA": "coorace",
    "Coorace Bretagne": "coorace",
    "Fédération des acteurs de la solidarité (FAS)": "federation-des-acteurs-de-la-solidarite",
    "Uniopss / réseau des Uriopss": "uniopss",
    # Mouvement associatif
    "Le Mouvement associatif (national)": "le-mouvement-associatif",
    "Le Mouvement Associatif d'Île-de-France (MADIF)": "le-mouvement-associatif-d-ile-de-france",
    "Le Mouvement Associatif de La Réunion": "le-mouvement-associatif-de-la-reunion",
    "Le Mouvement Associatif Pays de la Loire": "le-mouvement-associatif-pays-de-la-loire",
    "Le Mouvement Associatif de Bretagne": "le-mouvement-associatif-de-bretagne",
    # pôles ESS, PTCE, programmes
    "Pôles ESS de Mayotte (CRESS)": "cress-de-mayotte",
    "Réseau des développeurs économiques de l'ESS (Centre-Val de Loire)": "cress-centre-val-de-loire",
    "BGE Franche-Comté – Pôle ESS": "bge-franche-comte",
    "Réseau Tremplin Hauts-de-France": "cress-hauts-de-france",
    "Réseau des pôles ESS de Bretagne": "cress-bretagne",
    "Acc'ESS": "cress-auvergne-rhone-alpes",
    "Programme Outre-mer des Scop et des Scic (CG Scop) – direction": "cg-scop",
    "PESAD 21 (pôle d'économie solidaire de l'Agglomération dijonnaise)": "pesad-21-pole-d-economie-solidaire-de-l-agglomeration-dijonnaise",
    "Active 71 (pôle de l’économie solidaire de Saône-et-Loire)": "active-71-pole-de-l-economie-solidaire-de-saone-et-loire",
    "La Californie (Toucy)": "la-californie",
    "PTCE FIBRES 49 (Envie 2E 49)": "ptce-fibres-49",
    "APES 53": "apess-53",
    "APESS 53": "apess-53",
    "Adess du Pays de Morlaix (Association de Développement de l’Economie Sociale et Solidaire)": "adess-du-pays-de-morlaix",
    "RésoSolidaire (pôle ESS du pays de Rennes)": "resosolidaire-pole-ess-du-pays-de-rennes",
    "ÉcoSolidaireS (pôle ESS du pays de Fougères)": "ecosolidaires-pole-ess-du-pays-de-fougeres",
    "Pôle de coopération économique social et environnement Sud Aquitaine (coord. Comité de bassin d’emploi du Seignanx)": "pole-de-cooperation-sud-aquitaine",
    "AG2I – Pôle Territorial de Coopération Économique (PTCE) / Comptoir solidaire d’Auch": "ag2i-auch",
    "AG2I": "ag2i-bourg-en-bresse",
    "Pôle Territorial de Coopération Economique Centre Isère": "ptce-centre-isere",
    "PECCS – Pôle d'Économie Circulaire en Cœur de Savoie": "peccs",
    "Plateforme territoriale de l’éco-construction et des métiers du bois": "plateforme-eco-construction-metiers-du-bois",
    "Pôle régional des musiques actuelles (PRMA) de Poitou-Charentes": "prma-poitou-charentes",
    "Cluster des acteurs de l'économie textile circulaire en Occitanie": "cluster-textile-circulaire-occitanie",
    # Réseau Entreprendre
    "Réseau Entreprendre Essonne (Réseau Entreprendre 91)": "reseau-entreprendre-essonne",
    "Réseau Entreprendre Alsace (Entreprendre Alsace)": "reseau-entreprendre-alsace",
    "Réseau Entreprendre Occitanie Garonne (antenne Tarn-et-Garonne)": "reseau-entreprendre-occitanie-garonne",
    "Réseau Entreprendre Loire (ex-Loire Entreprendre)": "reseau-entreprendre-loire",
    "Réseau Entreprendre Haute-Savoie (Entreprendre Haute-Savoie)": "reseau-entreprendre-haute-savoie",
    # tiers-lieux
    "La Coopérative Tiers-Lieux": "cooperative-tiers-lieux",
    "La Rosée – Le Réseau des Tiers-Lieux d'Occitanie": "la-rosee",
    "RésO des Tiers-Lieux labellisés d’Occitanie (AD’OCC)": "ad-occ",
    "RELIEF (REseau des LIeux EFfervescents d’Auvergne Rhône Alpes)": "relief",
    "Dà Locu (réseau des tiers-lieux de Corse)": "da-locu",
    "Réseau de tiers-lieux d'Isopolis": "isopolis",
    "CAP Tiers-Lieux": "cress-pays-de-la-loire",
    "Tilino": "tilino-reseau-normand-des-tiers-lieux",
    # Scop unions
    "Les Scop et Scic ICD – Union régionale des Scop et Scic Île-de-France, Centre-Val de Loire, Dom-Tom": "les-scop-et-scic-icd",
    "Union régionale des Scop (antenne Centre-Val de Loire)": "les-scop-et-scic-icd",
    "Union régionale des Scop et Scic de l'Ouest (Les Scop et Scic de l'Ouest)": "les-scop-et-scic-de-l-ouest",
    "Union régionale des Scop (Nord-Pas-de-Calais / Hauts-de-France)": "union-regionale-des-scop-hauts-de-france",
    "Union régionale Grand Est (Scop)": "union-regionale-des-scop-et-scic-grand-est",
    "Union régionale des Scop et Scic de Nouvelle-Aquitaine": "union-regionale-des-scop-et-scic-nouvelle-aquitaine",
    "Union Régionale des Scop Occitanie Pyrénées": "union-regionale-des-scop-et-scic-occitanie",
    "Union Régionale des Scop et Scic Occitanie (URSCOP Occitanie)": "union-regionale-des-scop-et-scic-occitanie",
    "URSCOP-LR (Union régionale des Scop, Languedoc-Roussillon / pôle Méditerranée)": "union-regionale-des-scop-et-scic-occitanie",
    "Union régionale des Scop Auvergne-Rhône-Alpes": "union-regionale-des-scop-et-scic-auvergne-rhone-alpes",
    "Union régionale des Scop et Scic de Provence-Alpes-Côte d’Azur et Corse": "union-regionale-des-scop-et-scic-provence-alpes-cote-d-azur-et-corse",
}

# --------------------------------------------------------------------------------------------------------------------
# Rows we do not turn into offers, with the reason (listed in the report). Key: (network, name) or
# (network, name, first source URL) when only one of a name's rows is concerned.

SKIP_ROWS = {
    ("cress", "CRESS Normandie"):
        "la source elle-même dit la CRESS de Normandie placée en liquidation judiciaire le 11 juillet 2025 : ne plus la "
        "proposer sans vérification",
    ("dla", "CRESS de Basse-Normandie"):
        "état du DLA régional normand en 2015, avant la fusion des régions ; la structure n'existe plus sous ce nom",
    ("dla", "Haute-Normandie Active"):
        "état du DLA régional normand en 2015 ; Haute-Normandie Active a laissé place à France Active Normandie",
    ("fabrique-initiatives", "PTCE Ancrage Guyane"):
        "seulement candidate à la Fabrique à initiatives (entrée annoncée par l'Avise) ; aucun service décrit",
    ("fabrique-initiatives", "Fabrique à initiatives de Seine-et-Marne"):
        "expérimentation soutenue par le Département depuis 2009, décrite par une page d'évaluation ancienne ; porteur "
        "non nommé",
    ("fabrique-initiatives", "Fabrique à initiatives en Picardie (expérimentation)"):
        "expérimentation d'environ 2012 sur cinq territoires picards ; porteur non nommé",
    ("france-active", "Prisme 95"):
        "source très ancienne (montants en francs) : existence et nom actuels non vérifiés ; le Val-d'Oise reste couvert "
        "par Île-de-France Active",
    ("france-active", "France Active (association territoriale non nommée)"):
        "association non nommée par la source (un prêt France Active dans la Drôme) ; la Drôme reste couverte par "
        "France Active Auvergne-Rhône-Alpes",
    ("bge", "BGE Oise (anciennement Le Roseau)"):
        "page non datée ; probablement l'ancienne BGE de l'Oise, regroupée depuis dans BGE Picardie (fait connu "
        "seulement par une page exclue) ; l'Oise reste couverte par BGE Picardie",
    ("bge", "BGE (territoire Gironde, Lot-et-Garonne, Dordogne)"):
        "association BGE non nommée par la source (un responsable territorial en Dordogne)",
    ("bge", "BGE (Gard)"):
        "association non nommée (page de 2016) ; BGE Languedoc Catalogne (2024) est retenue pour le Gard",
    ("cae", "Hauts les Coop (collectif régional inter-CAE : Tilt, Toerana Habitat, Grands Ensemble, Coop’Conexion, "
            "Alterna, Le Groop, On est bien là, Optéos)"):
        "collectif informel de CAE : ses membres sont des structures, le collectif est cité dans leur description",
    ("cae", "Artenréel", "http://www.radioevasion.net/2017/11/28/entreprendre-autrement-en-cooperative-dactivites-et-demploi/"):
        "une CAE artistique du Finistère y est nommée comme la CAE strasbourgeoise Artenréel : implantation finistérienne "
        "à vérifier",
    ("incubateur", "Paris Pionnières"):
        "renommé Willa en 2018 (documentation de la référence) ; à re-sourcer sous son nom actuel",
    ("insertion", "Uriopss du Grand Est (rapprochement des Uriopss)"):
        "rapprochement des Uriopss annoncé en 2016, sans organisation régionale nommée",
    ("pole-ess", "Pôle ESS du pays Centre-Bretagne (projet du Conseil de développement)"):
        "projet de pôle en 2015, aucune structure établie dans la source",
    ("pole-ess", "ESS'entiel Ploërmel"):
        "pôle en préfiguration en 2016 ; fonctionnement actuel non sourcé",
}

# Rows that are sources of another structure's offers or of a dispositif, and feed no offer of their own.
SOURCE_ONLY = {
    ("pole-ess", "Pôles territoriaux de coopération économique – AMI de l'État"): "dispositif ptce",
    ("pole-ess", "Le Transfo"): "dispositif le-transfo",
    ("pole-ess", "Région Grand Est – fabriques à projets d'utilité sociale"): "dispositif fabriques-a-projets-grand-est",
    ("pole-ess", "Trajectoir'ESS"): "dispositif trajectoiress",
    ("financeur", "Agrément ESUS (entreprise solidaire d'utilité sociale)"): "dispositif agrement-esus",
    ("fabrique-initiatives", "TAg bretons (métier du Révélateur)"): "offres « révélateur » des TAg",
    ("incubateur", "TAg BZH"): "offres des TAg",
}
for _ident in SOURCE_ONLY:
    ALIAS[_ident[1]] = "-"

# --------------------------------------------------------------------------------------------------------------------
# Offers of a row when they differ from its network's default (NETWORK_OFFERS). An entry is a kind or (kind, variant).

ROW_OFFERS = {
    ("bge", "BGE Guyane"): [],                                   # carries the DLA (dla.csv)
    ("bge", "BGE Sud-Ouest"): [],                                # co-carries the DLA of Ariège (dla.csv)
    ("bge", "BGE Ismer"): ["bge-formation", ("couveuse", "bge-ismer")],
    ("dla", "CRESS Île-de-France"): [],                          # animates the departmental DLA; IDFA accompanies
    ("cae", "Coopérer pour entreprendre"): [],                   # national: custom offer
    ("cae", "Copea (réseau de CAE)"): [],                        # national: custom offer
    ("cae", "Coopérer pour entreprendre – Pays de la Loire"): [("info", "cae-pdl")],
    ("couveuse", "Union des couveuses d'entreprises"): [],       # national: custom offer
    ("couveuse", "Union des couveuses d'entreprises – CAPE à Mayotte"): [("couveuse", "mayotte")],
    ("couveuse", "Breizh Couv (couveuse de commerces)"): [("couveuse", "breizh-couv")],
    ("couveuse", "Le Cric (Coopérative régionale d'éducation à l'entrepreneuriat collectif)"): [("couveuse", "cric")],
    ("couveuse", "Inter-Made"): [("couveuse", "inter-made")],
    ("fabrique-initiatives", "Fabrique à initiatives (réseau national animé par l'Avise)"): [],
    ("fabrique-initiatives", "Alsace Active"): [("fabrique", "strasbourg")],
    ("fabrique-initiatives", "Fabrique à initiatives – Eurométropole de Strasbourg (programme Territoires fragiles)"):
        [("fabrique", "strasbourg")],
    ("fabrique-initiatives", "La Serre à Projets (France Active Lorraine)"): [("accompagnement", "serre")],
    ("fabrique-initiatives", "Clus'ter Jura (membre fondateur du Générateur BFC)"): [],
    ("fabrique-initiatives", "Fabrique à initiatives – Mulhouse Sud Alsace (programme Territoires fragiles)"):
        [("fabrique-tbc", "mulhouse")],
    ("fabrique-initiatives", "Fabrique à initiatives – Lyon métropole et alentours (programme Territoires fragiles)"):
        [("fabrique-tbc", "lyon")],
    ("fabrique-initiatives", "Fabrique à initiatives – Finistère et Brest métropole (programme Territoires fragiles)"):
        [("fabrique", "revelateur")],
    ("fabrique-initiatives", "Fabrique à initiatives – Ille-et-Vilaine et Rennes métropole (programme Territoires fragiles)"):
        [("fabrique", "revelateur")],
    ("fabrique-initiatives", "Fabrique à initiatives – Morbihan et Vannes (programme Territoires fragiles)"):
        [("fabrique", "revelateur")],
    ("fabrique-initiatives", "Fabrique à initiatives de La Réunion (portée par la CRESS)"): [("fabrique", "reunion")],
    ("financeur", "Initiative Haute-Normandie"): ["initiative-coord"],
    ("france-active", "Pas-de-Calais Actif (ex-Inseraction 62)"): [("financement", "pas-de-calais-actif")],
    ("france-active", "Centre Ain Initiative"): [("financement", "centre-ain")],
    ("incubateur", "Réseau national des incubateurs de l'ESS (Avise)"): [],
    ("incubateur", "SINGA (programmes d'incubation)"): [],        # national: custom offer
    ("incubateur", "Finkela – SINGA Lyon"): [("incubation", "finkela")],
    ("incubateur", "makesense (incubateur)"): [],                # national: custom offer
    ("incubateur", "makesense (incubateur SenseCube)"): [],
    ("incubateur", "Antropia ESSEC"): [],                        # custom offer (four programmes)
    ("incubateur", "Fanya Lab (CRESS de Mayotte)"): [("incubation", "fanya-lab")],
    ("incubateur", "Alter'Incub Centre-Val de Loire"): [("incubation", "alter-incub-cvl")],
    ("incubateur", "Katapult (ADRESS Normandie)"): [("incubation", "katapult")],
    ("incubateur", "Alter'Incub Occitanie Méditerranée (ex-Languedoc-Roussillon)"): [("incubation", "alter-incub-lr")],
    ("incubateur", "Alter'Venture (Union régionale des Scop et Scic Occitanie)"): [("incubation", "alter-venture")],
    ("incubateur", "Catalys"): [("incubation", "catalis")],
    ("incubateur", "Catalis (Alter'Incub Occitanie Ouest)"): [("incubation", "catalis")],
    ("incubateur", "Alter'Incub Rhône-Alpes"): [("incubation", "alter-incub-ra")],
    ("incubateur", "Az'up"): [("incubation", "azup")],
    ("incubateur", "In'ESS 91"): [("incubation", "iness-91")],
    ("incubateur", "POP (France Active Poitou-Charentes et ATIS)"): [("incubation", "pop")],
    ("incubateur", "Kaléidoscope"): [("incubation", "kaleidoscope")],
    ("incubateur", "Les premières de Guadeloupe"): [("incubation", "premieres")],
    ("incubateur", "Les Premières Auvergne-Rhône-Alpes"): [("incubation", "premieres")],
    ("incubateur", "Premières (Lyon, ex-Pionnières)"): [("incubation", "premieres")],
    ("incubateur", "Les Premières Nouvelle-Aquitaine"): [("incubation", "premieres")],
    ("incubateur", "Premières Sud"): [("incubation", "premieres")],
    ("incubateur", "GEM Les Prem1ères (Les Prem1ères Rhône-Alpes Auvergne)"): [("incubation", "gem-premieres")],
    ("incubateur", "Accélérateur ESS HEC Paris"): [("incubation", "hec")],
    ("incubateur", "Inizià (incubateur territorial de Corse)"): [("incubation", "inizia")],
    ("incubateur", "La Ruche"): [("incubation", "la-ruche")],
    ("incubateur", "La Ruche Bordeaux"): [("incubation", "la-ruche")],
    ("incubateur", "La Ruche Marseille"): [("incubation", "la-ruche")],
    ("incubateur", "Le Labo des partenariats"): [("incubation", "labo-partenariats")],
    ("incubateur", "TAg22"): [("incubation", "tag"), ("fabrique", "revelateur")],
    ("incubateur", "TAg29 (Adess du Pays de Morlaix)"): [("incubation", "tag"), ("fabrique", "revelateur")],
    ("incubateur", "TAg29 (Trajectoires Agiles 29)"): [("incubation", "tag")],
    ("incubateur", "TAg35 (Trajectoires Agiles 35)"): [("incubation", "tag"), ("fabrique", "revelateur")],
    ("incubateur", "TAg56"): [("incubation", "tag"), ("fabrique", "revelateur")],
    ("initiative-france", "Initiative Franche-Comté"): ["initiative-coord"],
    ("initiative-france", "Initiative Hauts-de-France"): ["initiative-coord"],
    ("initiative-france", "Initiative Bretagne"): ["initiative-coord", ("initiative", "brit")],
    ("initiative-france", "Initiative Nouvelle-Aquitaine"): ["initiative-coord"],
    ("initiative-france", "Initiative Occitanie"): ["initiative-coord"],
    ("initiative-france", "Initiatives Auvergne (coordination régionale des plateformes)"): ["initiative-coord"],
    ("initiative-france", "Initiative Provence-Alpes-Côte d’Azur (réseau régional)"): ["initiative-coord"],
    ("initiative-france", "Lot Initiatives Artisanat (LIA)"): [("financement", "lia")],
    ("initiative-france", "WILCO Initiative (anciennement Scientipôle Initiative)"): [("initiative", "innovation")],
    ("initiative-france", "Lille Métropole Innovation (LMI)"): [("initiative", "innovation")],
    ("initiative-france", "Initiative Agri Charente (Initiative Agri Nouvelle Aquitaine)"): [("initiative", "agri")],
    ("insertion", "CHANTIER école (réseau national)"): [],
    ("insertion", "COORACE (fédération nationale)"): [],
    ("insertion", "Fédération des acteurs de la solidarité (FAS)"): [],
    ("insertion", "Uniopss / réseau des Uriopss"): [],
    **{("insertion", n): ["uriopss"] for n in [
        "Uriopss Île-de-France", "Uriopss Centre", "Uriopss Normandie", "Uriopss Hauts-de-France",
        "Uriopss Pays de la Loire", "Uriopss Bretagne", "Uriopss Nouvelle-Aquitaine"]},
    **{("insertion", n): [("insertion", "fas")] for n in [
        "Fédération des acteurs de la solidarité Centre-Val de Loire",
        "Fédération des acteurs de la solidarité Bourgogne-Franche-Comté",
        "Fédération des acteurs de la solidarité Pays de la Loire", "Fédération des acteurs de la solidarité Bretagne",
        "Fédération des acteurs de la solidarité Auvergne-Rhône-Alpes"]},
    ("insertion", "COORACE Pays de la Loire"): [("insertion", "coorace")],
    ("insertion", "COORACE PACA"): [("insertion", "coorace")],
    **{("insertion", n): [("insertion", "chantier-ecole")] for n in [
        "CHANTIER école Île-de-France", "CHANTIER école – association régionale Centre",
        "CHANTIER école – association régionale Bourgogne-Franche-Comté", "CHANTIER école – association régionale Normandie",
        "CHANTIER école – association régionale Nord-Pas-de-Calais-Picardie",
        "CHANTIER école – association régionale Alsace-Lorraine-Champagne-Ardenne",
        "CHANTIER école – association régionale Pays de la Loire", "CHANTIER école – association régionale Bretagne",
        "CHANTIER école – association régionale Aquitaine-Limousin-Poitou-Charentes",
        "CHANTIER école – association régionale Midi-Pyrénées-Languedoc-Roussillon",
        "CHANTIER école – association régionale Auvergne-Rhône-Alpes"]},
    # rows added by the data-c pass (2026): regional COORACE delegation, IAE federations and inter-networks,
    # associative support structures, Breton pôles ESS
    ("insertion", "Coorace Bretagne"): [("insertion", "coorace")],
    ("insertion", "Fédération des entreprises d'insertion (FEI)"): [],
    **{("insertion", n): [("insertion", "iae")] for n in [
        "Fédération des entreprises d'insertion Provence-Alpes-Côte d'Azur (FEI PACA)",
        "Fédération des entreprises d'insertion Pays de la Loire", "Fédération des entreprises d'insertion Rhône-Alpes",
        "UREI Languedoc-Roussillon (Union régionale des entreprises d'insertion)",
        "IAE Grand Est : Innover et Agir pour l'Emploi",
        "URSIEA (Union régionale des structures d'insertion par l'économique d'Alsace)",
        "INAÉ (Insertion par l'activité économique en Nouvelle-Aquitaine)", "URIAE Nord-Pas-de-Calais",
        "Inser'Eco93", "IAE 48"]},
    ("mouvement-associatif", "Réseau national des maisons des associations (RNMA)"): [],
    **{("mouvement-associatif", n): [("mouvement-associatif", "appui")] for n in [
        "Adefpat", "UDAF de la Lozère", "Rezo 1901 (maison des associations de Lyon)",
        "Maison des associations de Saint-Benoît (La Réunion)", "Ligue de l'enseignement de Normandie – CRIB de l'Orne",
        "Maison inter-associative de Millevaches (MIAM)"]},
    **{("pole-ess", n): ["pole-ess"] for n in ["E2S Pays de Vannes", "Adess du pays de Guingamp"]},
    ("mouvement-associatif", "Le Mouvement associatif (national)"): [],
    # rows added by the data-e pass (2026): IAE inter-networks and federations, associative support structures
    # (maisons des associations, CRIB, PAVA / PIVA / PLAIA, Guid'Asso), tiers-lieux network accompanying projects
    **{("insertion", n): [("insertion", "iae")] for n in [
        "URSIAE Martinique (inter-réseau régional des structures d'insertion par l'activité économique)",
        "Territoires Insertion 38", "Ancrage Guyane", "GRAFIE (fédération francilienne de réseaux de SIAE)",
        "Club IAE d'Amiens", "URSIAE Réunion (Union réunionnaise des structures d'insertion par l'activité économique)",
        "Fédération des entreprises d'insertion – La Réunion"]},
    **{("mouvement-associatif", n): [("mouvement-associatif", "appui")] for n in [
        "Mlezi Maore – Plateforme de soutien à la vie associative (PSVA)", "Maison des associations de Strasbourg (MDAS)",
        "Carré des associations (Mulhouse)",
        "CRVA – Centre d'animation et de ressources à la vie associative (Maison des associations de Rennes)",
        "Cité des associations (Marseille)", "Maison des associations de Brest", "Maison de la vie associative de Reims (MVA)",
        "Maison de la vie associative et citoyenne de Grenoble (ex-Maison des associations)",
        "Maison des associations de Raismes",
        "PALVA – Réseau des points d'appui locaux à la vie associative (agglomération paloise)",
        "CRIB de Mayotte (hébergé par le CROS de Mayotte)", "Formation des bénévoles 79 (collectif départemental)",
        "Réseau PIVA (points d'information à la vie associative)", "Maison des associations de Valenciennes",
        "Le 1901 – Maison des associations de Caen", "Maison des associations de Dijon (CRDVA)",
        "Les Pictons (centre socioculturel de Marans)",
        "PLAIA du Choletais (points locaux d'accueil et d'information des associations)",
        "Village Pierre Rabhi (Saint-Barthélemy-d'Anjou)", "Espace associatif de Quimper-Cornouaille",
        "AVEC – La Gare de Coustellet",
        "Réseau des pôles régionaux d'appui à la vie associative (Provence-Alpes-Côte d'Azur)",
        "Maisons de la vie associative et citoyenne de Paris (MVAC)", "Maison des associations d'Eaubonne"]},
    ("tiers-lieux-reseau", "POLeN (pôle lozérien d'économie numérique)"): [("tiers-lieux", "accompagne")],
    ("pole-ess", "Pôles ESS de Mayotte (CRESS)"): [("info", "poles-mayotte")],
    ("pole-ess", "Réseau des développeurs économiques de l'ESS (Centre-Val de Loire)"): [("info", "developpeurs-cvl")],
    ("pole-ess", "BGE Franche-Comté – Pôle ESS"): [("accompagnement", "pole-ess-bge-fc")],
    ("pole-ess", "Réseau Tremplin Hauts-de-France"): [("info", "tremplin")],
    ("pole-ess", "Réseau des pôles ESS de Bretagne"): [("info", "poles-bretagne")],
    ("pole-ess", "Acc'ESS"): [("info", "acc-ess")],
    ("pole-ess", "Programme Outre-mer des Scop et des Scic (CG Scop) – direction"): [("accompagnement", "pom")],
    ("pole-ess", "PESAD 21 (pôle d'économie solidaire de l'Agglomération dijonnaise)"): [("accompagnement", "bfc-ess")],
    ("pole-ess", "Active 71 (pôle de l’économie solidaire de Saône-et-Loire)"): [("accompagnement", "bfc-ess")],
    ("pole-ess", "KaléidosCOOP"): [("lieu", "kaleidoscoop")],
    ("pole-ess", "Les Écossolies"): [("reseau", "ecossolies")],
    ("pole-ess", "APES 53"): [("info", "apess")],
    ("pole-ess", "APESS 53"): [("info", "apess")],
    **{("pole-ess", n): ["pole-ess"] for n in [
        "Adess du Pays de Morlaix (Association de Développement de l’Economie Sociale et Solidaire)",
        "Adess du pays de Brest", "Adess du pays de Cornouaille", "Adess du pays du Centre-Ouest Bretagne",
        "RésoSolidaire (pôle ESS du pays de Rennes)", "ÉcoSolidaireS (pôle ESS du pays de Fougères)",
        "Horizons Solidaires (pôle ESS du pays de Saint-Malo)",
        "Portes de Bretagne Solidaires (pôle ESS du pays de Vitré)"]},
    ("pole-ess", "CEAS 72 (Centre d'études et d'action sociale de la Sarthe)"): [("info", "ceas72")],
    ("pole-ess", "Kèpos"): [("info", "kepos")],
    ("pole-ess", "C2Sol"): ["pole-ess", ("incubation", "c2sol")],
    ("pole-ess", "Les Imaginations Fertiles"): ["ptce"],
    ("tiers-lieux-reseau", "France Tiers-Lieux"): [],
    ("tiers-lieux-reseau", "CAP Tiers-Lieux"): [("tiers-lieux", "cap")],
    ("tiers-lieux-reseau", "Réseau Tiers-Lieux Martinique"): [("tiers-lieux", "accompagne")],
    ("tiers-lieux-reseau", "Cowork'in Corsica"): [("tiers-lieux", "coworking")],
    ("tiers-lieux-reseau", "La Coopérative Tiers-Lieux"): [("tiers-lieux", "accompagne")],
}

# Zones that replace those of a row (a sub-regional body coded to its départements, a "pays" to its département...).
D = lambda *codes: [f"departement:{c}" for c in codes]  # noqa: E731
ROW_ZONES = {
    ("fabrique-initiatives", "Alsace Active"): ["epci:246700488"],
    ("fabrique-initiatives", "Courant Fort"): D("07", "26"),
    ("fabrique-initiatives", "La Fabrique du Limousin (France Active Nouvelle-Aquitaine)"): D("19", "23", "87"),
    ("fabrique-initiatives", "Fabrique à initiatives – Normandie (Orne, Manche, Seine-Maritime)"): ["region:28"],
    ("fabrique-initiatives", "Fabrique à initiatives – Franche-Comté et Besançon (programme Territoires fragiles)"):
        ["region:27"],
    ("fabrique-initiatives", "Fabrique à initiatives – Aix-Marseille-Provence métropole (programme Territoires fragiles)"):
        D("13"),
    ("fabrique-initiatives", "TAg bretons (métier du Révélateur)"): ["region:53"],
    ("cae", "Coopilote"): D("25", "39", "70", "90"),
    ("cae", "CAE Bourgogne"): D("21", "58", "71", "89"),
    ("cae", "L'Envol (CAE Bourgogne)"): D("21", "58", "71", "89"),
    ("cae", "L'Envol / Coop en Bât – antenne de l'Yonne"): D("21", "58", "71", "89"),
    ("cae", "Cesam-Oxalis"): D("19", "23", "87"),
    ("cae", "Antigone"): D("68"),
    ("cae", "Tumukuma'Kop (CAE Sud Guyane)"): ["commune:97352", "commune:97353", "commune:97356", "commune:97362"],
    ("cae", "Port Parallèle"): D("75", "78", "93", "95"),
    ("cae", "Confluences (établissement de Port Parallèle)"): D("75", "78", "93", "95"),
    ("incubateur", "Le T (incubateur engagé)"): D("21", "58", "71", "89"),
    ("incubateur", "Alter’Incub Poitou-Charentes"): D("16", "17", "79", "86"),
    ("incubateur", "Alter'Incub Occitanie Méditerranée (ex-Languedoc-Roussillon)"): D("11", "30", "34", "48", "66"),
    ("incubateur", "Catalys"): D("09", "12", "31", "32", "46", "65", "81", "82"),
    ("incubateur", "Catalis (Alter'Incub Occitanie Ouest)"): D("09", "12", "31", "32", "46", "65", "81", "82"),
    ("incubateur", "Inter-Made"): D("13"),
    ("incubateur", "Ronalpia"): D("07", "26", "38", "42", "69"),
    ("incubateur", "Ronalpia – incubateur nord-Ardèche"): D("07", "26", "38", "42", "69"),
    ("incubateur", "Ronalpia (antenne Isère)"): D("07", "26", "38", "42", "69"),
    ("incubateur", "Ronalpia (antenne Loire)"): D("07", "26", "38", "42", "69"),
    ("incubateur", "Les Premières Auvergne-Rhône-Alpes"): D("38", "42", "63", "69"),
    ("incubateur", "Premières (Lyon, ex-Pionnières)"): D("38", "42", "63", "69"),
    ("incubateur", "La Ruche"): D("13", "33", "34", "44", "75", "78"),
    ("incubateur", "La Ruche Bordeaux"): D("13", "33", "34", "44", "75", "78"),
    ("incubateur", "La Ruche Marseille"): D("13", "33", "34", "44", "75", "78"),
    ("incubateur", "Finkela – SINGA Lyon"): D("69"),
    ("incubateur", "Incubateur des Ecossolies"): ["epci:244400404"],
    ("incubateur", "TAg BZH"): ["region:53"],
    ("pole-ess", "PTCE filière vélo du Grand Paris"): ["epci:200054781"],
    ("pole-ess", "PTCE Gâtinais Montargois"): D("45"),
    ("pole-ess", "PTCE Grand Bergeracois"): D("24"),
    ("pole-ess", "Pôle régional des musiques actuelles (PRMA) de Poitou-Charentes"): D("16", "17", "79", "86"),
    ("pole-ess", "PESAD 21 (pôle d'économie solidaire de l'Agglomération dijonnaise)"): ["epci:242100410"],
    ("pole-ess", "KaléidosCOOP"): D("67"),
    ("pole-ess", "Les Écossolies"): ["epci:244400404"],
    ("couveuse", "Couveuse d'entreprises de Dieppe (gérée par Interface)"): D("76"),
    ("initiative-france", "Initiative Marseille Métropole (IMM)"): D("13"),
    ("dla", "France Active Alsace"): ["epci:200067874"],
    ("bge", "BGE Franche-Comté"): D("25", "39", "70", "90"),
    ("financeur", "Herrikoa"): D("64"),
    ("financeur", "France Active (tête de réseau nationale)"): ["pays:FR"],
    ("financeur", "Crédit Coopératif"): ["pays:FR"],
    ("financeur", "HelloAsso"): ["pays:FR"],
    ("financeur", "LITA.co (1001PACT)"): ["pays:FR"],
    ("financeur", "La Nef"): ["pays:FR"],
    ("financeur", "Département de Mayotte – soutien à l'ESS"): D("976"),
    ("financeur", "Initiative Haute-Normandie"): D("27", "76"),
    ("urscop", "Union régionale des Scop Auvergne-Rhône-Alpes"): ["region:84"],
    ("urscop", "Union régionale des Scop et Scic de l'Ouest (Les Scop et Scic de l'Ouest)",
     "https://les-scop-ouest.coop/les-scop-et-scic-de-l-ouest-accueillent-morgane-le-roux-un-renfort-strategique-pour-la-normandie"):
        ["region:28"],
    ("mouvement-associatif", "Lorraine Mouvement associatif"): D("54", "55", "57", "88"),
}


# --------------------------------------------------------------------------------------------------------------------
# Precisions added to the offers a row feeds.

PARTIAL = "Couvre une partie du département seulement"
ROW_CONDITIONS = {
    ("dla", "France Active Nouvelle-Aquitaine (FANA)"): [
        "Attribution indirecte : la source (café citoyen de juin 2024 sur l'ESS en Dordogne) présente une chargée de "
        "mission DLA de France Active Nouvelle-Aquitaine, antenne de Périgueux ; à confirmer."],
    ("dla", "BGE Sud-Ouest"): ["DLA co-porté avec la Ligue de l'enseignement de l'Ariège."],
    ("dla", "Ligue de l'Enseignement (Ariège)"): [
        "DLA co-porté avec BGE Sud-Ouest ; la Ligue suit notamment les structures de la famille, de l'enfance, de la "
        "jeunesse, de l'animation sociale, du sport et de la culture."],
    ("dla", "Bretagne Active"): [
        f"{PARTIAL} : point d'entrée du DLA du Finistère pour le pays de Brest (la Cornouaille et le pays de Morlaix "
        "passent par l'Espace associatif de Quimper-Cornouaille)."],
    ("dla", "Espace associatif de Quimper-Cornouaille"): [
        f"{PARTIAL} : point d'entrée du DLA du Finistère pour la Cornouaille et le pays de Morlaix (le pays de Brest "
        "passe par France Active Bretagne)."],
    ("dla", "France Active Alsace"): [
        "Pour l'agglomération de Haguenau ; la source ne dit pas qui porte le DLA dans le reste du Bas-Rhin."],
    ("dla", "PIE – Paris Initiative Entreprise"): ["La source cite le DLA parmi les dispositifs que PIE porte à Paris."],
    ("dla", "Nord Actif"): [
        "La source (2020) montre Nord Actif accompagnant une association du Nord dans le cadre du DLA ; nom actuel de "
        "l'association à confirmer."],
    ("dla", "BGE Loiret"): ["Portage cité pour 2014-2016 : vérifier l'opérateur actuel."],
    ("dla", "Ligue de l'Enseignement (Vosges)"): ["Convention annoncée jusqu'en 2016 : vérifier l'opérateur actuel."],
    ("dla", "FOL 93"): ["Portage décrit en 2007-2008 : vérifier l'opérateur actuel."],
    ("dla", "Ligue de l'Enseignement des Ardennes"): ["Page non datée (exemples jusqu'en 2010) : vérifier l'opérateur "
                                                      "actuel."],
    ("dla", "Champagne-Ardenne Active"): ["Interview non datée (avant 2016) d'une chargée de mission DLA de la Marne."],
    ("dla", "ID37"): ["Portage depuis 2004 selon la source (article d'environ 2015)."],
    ("dla", "Ligue de l'enseignement (Loir-et-Cher)"): ["Portage depuis 2004, décrit en 2014 : vérifier l'opérateur "
                                                       "actuel."],
    ("dla", "URQR (Université Rurale Quercy Rouergue)"): ["L'URQR porte le DLA de l'Aveyron depuis 2005 et celui du Lot "
                                                         "depuis 2009 selon la source."],
    ("dla", "Union Régionale des BGE du Centre"): [
        "Centre régional de ressources du DLA confié à l'Union régionale des BGE début 2011 (source de 2012) : vérifier "
        "le porteur actuel."],
    ("dla", "ATIS (Association Territoires et Innovation Sociale)"): [
        "Source de 2017 : vérifier le porteur actuel du DLA régional."],
    ("dla", "BGE (Mayotte)"): ["Gestion du DLA obtenue en 2017 selon la source."],
    ("dla", "Adefpat"): ["Mission reconduite pour 2023-2025 selon la source."],
    ("cae", "Crescendo"): [
        "Placée en redressement judiciaire en janvier 2025 (période d'observation prolongée jusqu'au 5 mai 2025) : "
        "vérifier que la coopérative fonctionne avant de s'y adresser."],
    ("cae", "Artenréel"): ["CAE des métiers artistiques et culturels."],
    ("cae", "CooBâtir"): ["CAE des métiers du bâtiment, créée par Artenréel ; implantation précise non donnée par la "
                          "source."],
    ("cae", "Coopénates"): ["CAE des services à la personne, créée par Artenréel ; implantation précise non donnée par "
                            "la source."],
    ("cae", "Antigone"): ["CAE multi-activités créée par Artenréel, installée au « 48 » à Mulhouse."],
    ("cae", "Coop domi ouest"): ["CAE des services à la personne."],
    ("cae", "Penn ar bat"): ["CAE des métiers du bâtiment."],
    ("cae", "Coop'Action"): ["CAE des métiers du bâtiment."],
    ("cae", "Terracoopa"): ["Coopérative d'activité agricole."],
    ("cae", "Optéos"): ["Activités du numérique, du conseil et de la formation."],
    ("cae", "L'Envol (CAE Bourgogne)"): ["Métiers de services ; Coop en Bât accueille les métiers du bâtiment."],
    ("cae", "Port Parallèle"): ["Siège à Paris ; antennes citées à Cergy, Garges-lès-Gonesse et Aulnay-sous-Bois."],
    ("cae", "Confluences (établissement de Port Parallèle)"): [
        "L'établissement Confluences couvrait le Val-d'Oise et les Yvelines (source de 2012)."],
    ("cae", "Cesam-Oxalis"): ["Antenne limousine (Cesam-Oxalis)."],
    ("cae", "Tumukuma'Kop (CAE Sud Guyane)"): [
        "Pour les entrepreneurs qui résident ou ont un projet à Maripasoula, Papaïchton, Saül ou Camopi (dont "
        "Trois-Sauts)."],
    ("cae", "Le Groop"): ["CAE du littoral ; implantation précise non donnée par la source."],
    **{("cae", n): ["Membre du collectif régional Hauts les Coop ; implantation précise non donnée par la source."]
       for n in ["Alterna", "Coop'Conexion", "Grands Ensemble", "On est bien là", "Tilt", "Toerana Habitat"]},
    ("cae", "Odyssée création"): ["Source de 2011 : vérifier que la coopérative existe toujours."],
    ("cae", "Coopilote"): ["Coopérative franc-comtoise basée à Besançon, créée à Montbéliard en 2002."],
    ("cae", "Appuy Créateurs"): ["Antennes en Auvergne ; activités regroupées en Appuy Dom, Appuy Compétences et Appuy "
                                "Culture."],
    ("couveuse", "Adije"): ["Sites cités en 2008 : Marseille, Salon-de-Provence, Vitrolles, Aubagne, Martigues."],
    ("couveuse", "Cado"): ["Couveuse des entreprises et activités culturelles (source de 2008)."],
    ("couveuse", "Couveuse d'entreprises de Dieppe (gérée par Interface)"): [
        "Couveuse de l'agglomération de Dieppe (Dieppe Maritime), gérée par la société Interface."],
    ("couveuse", "IDECAP"): ["Projets de jeunes en service civique (source de 2015)."],
    ("couveuse", "Potentiel (couveuse d'entreprises)"): ["Basée à Chalon-sur-Saône, elle intervient aussi dans la Nièvre."],
    ("couveuse", "Couveuse Nuna"): ["CAPE et CAPE étudiant."],
    ("incubateur", "Inizià (incubateur territorial de Corse)"): [
        "Incubateur d'entreprises innovantes généraliste, non spécifique à l'ESS."],
    ("incubateur", "Accélérateur social Var - Toulon"): ["Source de 2016 : vérifier que l'incubateur fonctionne."],
    ("incubateur", "Premières Sud"): ["Siège à Aix-en-Provence ; la source cite 25 antennes."],
    ("incubateur", "Les premières de Guadeloupe"): ["Projet présenté en 2019 : vérifier que l'incubateur fonctionne."],
    ("initiative-france", "Initiative Marseille Métropole (IMM)"): [
        f"{PARTIAL} : Marseille et seize communes voisines."],
    ("initiative-france", "Initiative Martinique Active"): [
        "La source cite aussi un prêt d'honneur « Développement » plafonné à 25 000 €."],
    ("initiative-france", "Initiative Gers (plateforme d’initiative artisanale gersoise, IAG)"): [
        "Plateforme d'initiative artisanale."],
    ("initiative-france", "Bigorre Initiative"): ["Nom de 2011 : nom actuel à confirmer."],
    ("initiative-france", "Isère Sud Initiative"): [
        f"{PARTIAL} : partenaire de la communauté de communes du Trièves ; la page ne dit pas son appartenance au "
        "réseau Initiative France."],
    ("initiative-france", "Initiative Pays de Ploërmel"): [
        "Depuis 2023, la plateforme accorde aussi des prêts d'honneur aux projets agricoles."],
    ("initiative-france", "Initiative Réunion"): ["La plateforme gère aussi le dispositif Alizé."],
    ("initiative-france", "Initiative Mayenne"): ["Comités organisés par intercommunalité."],
    ("initiative-france", "Initiative Aveyron"): ["Huit comités dans le département."],
    ("initiative-france", "Initiative Alpes Provence"): [
        "Issue de la fusion d'Initiative Sud Hautes-Alpes et d'Initiative Alpes-de-Haute-Provence ; antennes à Gap, "
        "Digne-les-Bains et Manosque."],
    ("initiative-france", "Initiative Touraine"): ["Guichet du Fonds Renaissance de la Région en Indre-et-Loire."],
    ("initiative-france", "Rhône Développement Initiative (RDI)"): [
        f"{PARTIAL} pour les prêts d'honneur : Métropole de Lyon et Monts et Coteaux du Lyonnais."],
    ("france-active", "Rhône Développement Initiative (RDI)"): ["Porte l'offre France Active dans tout le Rhône."],
    ("france-active", "France Active Guadeloupe"): ["Bureaux dans les locaux de la CRESS des îles de Guadeloupe."],
    ("france-active", "France Active Poitou-Charentes"): [
        "Source de 2020 : l'association a pu rejoindre depuis France Active Nouvelle-Aquitaine."],
    ("france-active", "France Active Pays de la Loire"): ["Seule source trouvée : 2018."],
    ("france-active", "Initiative Somme France Active Picardie"): [
        "Issue d'une fusion en 2018 ; porte l'offre France Active dans les trois départements picards."],
    ("france-active", "Nord Actif"): ["Nom de l'association encore en 2023 ; nom actuel à confirmer."],
    ("france-active", "Corse Active Pour l'Initiative (CAPI)"): [
        "Les pages citées ne disent pas l'appartenance au réseau France Active ; CAPI organise le concours régional de "
        "l'entrepreneuriat engagé."],
    ("pole-ess", "PTCE Gâtinais Montargois"): [f"{PARTIAL} : Gâtinais montargois."],
    ("pole-ess", "PTCE Grand Bergeracois"): [f"{PARTIAL} : Grand Bergeracois."],
    ("pole-ess", "Pôle Territorial de Coopération Economique Centre Isère"): [
        f"{PARTIAL} : Pays voironnais et Sud-Grésivaudan."],
    ("pole-ess", "Pôle de coopération économique social et environnement Sud Aquitaine (coord. Comité de bassin d’emploi du Seignanx)"): [
        "Coordonné par le comité de bassin d'emploi du Seignanx ; sud des Landes et Pyrénées-Atlantiques."],
    ("pole-ess", "PTCE Turfu Productions en Val d'Allier"): ["Territoire : le Val d'Allier."],
    ("pole-ess", "AG2I"): ["PTCE alors en émergence (source non datée)."],
    ("pole-ess", "Pôle Culture et Coopération"): ["PTCE alors en émergence (source non datée)."],
    ("pole-ess", "Plateforme territoriale de l’éco-construction et des métiers du bois"): [
        "PTCE alors en émergence (source non datée)."],
    ("pole-ess", "Pôle Sud-Rhône-Alpes"): ["Source de 2007 : vérifier que le pôle fonctionne."],
    ("pole-ess", "KaléidosCOOP"): ["Lieu situé au Port du Rhin, à Strasbourg."],
    ("pole-ess", "La Californie (Toucy)"): ["Réunit la Recyclerie de Toucy, Bonjour Cascade et Toucy Entraide."],
    ("pole-ess", "PTCE FIBRES 49 (Envie 2E 49)"): ["Porté par Envie 2E 49 à Trélazé."],
    ("pole-ess", "Pôle Laine du Pays de Saugues"): ["Filière laine locale."],
    ("pole-ess", "PECCS – Pôle d'Économie Circulaire en Cœur de Savoie"): ["Économie circulaire en zone rurale."],
    ("pole-ess", "Le Damier"): ["Cluster d'entreprises culturelles et créatives."],
    ("pole-ess", "Les Imaginations Fertiles"): ["Tiers-lieu de l'innovation sociale à Toulouse (source de 2013)."],
    ("pole-ess", "Le Moulin créatif"): ["Soutenu par le dispositif PTCE de la Région des Pays de la Loire (2025)."],
    ("pole-ess", "Adess du Pays de Morlaix (Association de Développement de l’Economie Sociale et Solidaire)"): [
        f"{PARTIAL} : pays de Morlaix."],
    ("pole-ess", "Adess du pays de Brest"): [f"{PARTIAL} : pays de Brest."],
    ("pole-ess", "Adess du pays de Cornouaille"): [f"{PARTIAL} : pays de Cornouaille."],
    ("pole-ess", "Adess du pays du Centre-Ouest Bretagne"): [f"Couvre une partie de chacun de ces départements : pays du "
                                                             "Centre-Ouest Bretagne."],
    ("pole-ess", "RésoSolidaire (pôle ESS du pays de Rennes)"): [f"{PARTIAL} : pays de Rennes (source de 2012)."],
    ("pole-ess", "ÉcoSolidaireS (pôle ESS du pays de Fougères)"): [f"{PARTIAL} : pays de Fougères (page ancienne)."],
    ("pole-ess", "C2Sol"): [f"{PARTIAL} : pays de Lorient."],
    **{("pole-ess", n): ["Implantation locale non précisée par la source."] for n in [
        "PTCE autonomie MCE-M3S", "PTCE Auton'Homme", "PTCE Stras Eco Renov", "Tiers lieu ESS Level",
        "Les Ateliers du Rond-Point", "EDENN", "La Place des Possibles", "Projet PHARE"]},
    ("tiers-lieux-reseau", "La Trame"): ["Réseau local de tiers-lieux de l'Ardèche, membre de RELIEF."],
    ("tiers-lieux-reseau", "Réseau de tiers-lieux d'Isopolis"): ["Réseau local lancé au Vaisseau, zone industrielle Les "
                                                                "Sables, à L'Étang-Salé."],
    ("tiers-lieux-reseau", "Cowork'in Corsica"): ["Fédère neuf espaces de coworking répartis en Corse."],
    ("reseau-entreprendre", "Réseau Entreprendre Normandie Seine & Eure"): [
        "Périmètre exact (Eure ?) non précisé par la source de 2013."],
    ("reseau-entreprendre", "Vendée Entreprendre"): ["Nom de 2006 : nom actuel à confirmer."],
    ("reseau-entreprendre", "Savoie Entreprendre"): ["Nom de 2006 : nom actuel à confirmer."],
    ("reseau-entreprendre", "Réseau Entreprendre Guadeloupe"): ["Source de 2013 : vérifier que l'association fonctionne."],
    ("reseau-entreprendre", "Réseau Entreprendre Essonne (Réseau Entreprendre 91)"): [
        "Prêts d'honneur de 15 000 à 50 000 € selon la source."],
    ("reseau-entreprendre", "Réseau Entreprendre Haute-Savoie (Entreprendre Haute-Savoie)"): [
        "Prêt d'honneur de 33 000 € en moyenne selon la source ; pour des créateurs d'emplois."],
    ("reseau-entreprendre", "Réseau Entreprendre Occitanie Garonne (antenne Tarn-et-Garonne)"): [
        "Antenne dans le Tarn-et-Garonne."],
    ("urscop", "Union régionale des Scop (Nord-Pas-de-Calais / Hauts-de-France)"): [
        "Source non datée (vers 2013) : nom, périmètre et existence actuels à confirmer."],
    ("urscop", "Union régionale des Scop et Scic de l'Ouest (Les Scop et Scic de l'Ouest)",
     "https://les-scop-ouest.coop/les-scop-et-scic-de-l-ouest-accueillent-morgane-le-roux-un-renfort-strategique-pour-la-normandie"): [
        "En Normandie, une délégation territoriale suit le Calvados, l'Eure et l'Orne."],
}

# Places of the Adie's agencies and antennas, as the sources name them.
ADIE_PLACES = {
    "Adie (antennes de Saint-Denis et Saint-Louis, La Réunion)": "antennes de Saint-Denis et de Saint-Louis",
    "Adie (agence de Meaux)": "agence de Meaux (ouverte fin 2021)",
    "Adie (agence de Melun)": "agence de Melun", "Adie (agence de Noisiel)": "agence de Noisiel",
    "Adie (antenne de Poissy)": "antenne de Poissy",
    "Adie Seine-Saint-Denis (Montreuil, Saint-Denis, Aubervilliers, Clichy)":
        "implantations à Montreuil, Saint-Denis, Aubervilliers et Clichy",
    "Adie Centre-Val de Loire – agence mobile (bus)": "agence mobile en bus (Bourges, Châteauroux, Vendôme, Blois)",
    "Adie (antenne de Bourges)": "antenne de Bourges", "Adie (antenne de Châteauroux)": "antenne de Châteauroux",
    "Adie Côte-d'Or": "agence de Dijon", "Adie (antenne régionale Franche-Comté)": "antenne de Besançon (source de 2009)",
    "Adie (antenne expérimentale près de Nevers)": "antenne rurale expérimentale près de Nevers",
    "Adie (permanence d'Évreux)": "permanence d'Évreux (source de 2008)",
    "Adie (agence de Rouen)": "agence de Rouen et permanences de quartier (source de 2012)",
    "Adie (agence du Havre)": "agence du Havre (source de 2008)",
    "ADIE (au « 48, l’atelier des entrepreneurs »)": "au « 48, l'atelier des entrepreneurs », à Mulhouse",
    "Adie (antenne de Saint-Brieuc)": "antenne de Saint-Brieuc", "Adie (agence de Carhaix)": "agence de Carhaix",
    "Adie (antenne de Brest)": "antenne de Brest", "Adie (antenne de Quimper)": "antenne de Quimper",
    "Adie (antenne de Rennes)": "antenne de Rennes", "Adie (antenne de Saint-Malo)": "antenne de Saint-Malo",
    "Adie (antenne de Lorient)": "antenne de Lorient", "Adie (antenne de Vannes)": "antenne de Vannes",
    "Adie (agence de Lormont)": "agence de Lormont", "Adie (agence de Talence)": "agence de Talence",
    "Adie (Dax)": "conseiller à Dax", "Adie (Poitiers)": "présence à Poitiers",
    "Adie (antenne expérimentale près de Saint-Lizier)": "antenne rurale expérimentale près de Saint-Lizier",
    "Adie (agence de Nîmes)": "agence de Nîmes", "Adie Occitanie (Toulouse)": "présence à Toulouse depuis 1996",
    "Adie (antenne de Montpellier)": "antenne de Montpellier (source de 2014)",
    "Adie (antenne Tarbes Lourdes Pyrénées)": "antenne Tarbes Lourdes Pyrénées",
    "Adie Auvergne (permanence de Thiers)": "permanence de Thiers (source de 2015)",
    "Adie Lyon 7, Villeurbanne, Vaulx-en-Velin (direction territoriale)":
        "direction territoriale pour Lyon 7e, Villeurbanne et Vaulx-en-Velin",
    "Adie (antenne expérimentale près de Gap)": "antenne rurale expérimentale près de Gap",
    "Adie Région Sud": "direction régionale à Marseille",
    "Adie (antenne d'Ajaccio)": "antenne d'Ajaccio", "Adie (antenne de Porto-Vecchio)": "antenne de Porto-Vecchio",
    "Adie (antenne de Bastia)": "antenne de Bastia", "Adie – agence de Corte": "agence de Corte (ouverte en 2025)",
    "Adie (Guadeloupe)": "cafés créateurs en Guadeloupe",
}

# structure-addresses.csv names -> structure key
ADDRESS_KEYS = {
    "PIE – Paris Initiative Entreprise": "pie-paris-initiative-entreprise",
    "PIE – Paris Initiative Entreprise (France Active Paris)": "pie-paris-initiative-entreprise",
    "PIE – Paris Initiative Entreprise (Réseau Initiative Paris)": "pie-paris-initiative-entreprise",
    "Initiative Eure-et-Loir": "initiative-eure-et-loir",
    "BGE Franche-Comté": "bge-franche-comte",
    "CDOS Meuse": "cdos-meuse",
    "Espace associatif de Quimper-Cornouaille": "espace-associatif-de-quimper-cornouaille",
    "URQR (Université Rurale Quercy Rouergue)": "urqr",
    "France Active Savoie Mont Blanc (ex-Adises Active)": "france-active-savoie-mont-blanc-ex-adises-active",
    "Réseau Entreprendre Occitanie Garonne (antenne Tarn-et-Garonne)": "reseau-entreprendre-occitanie-garonne",
    # "Adie Région Sud": the regional direction's office, not the association's head office: not used
}

# --------------------------------------------------------------------------------------------------------------------
# Variants: an offer of a known kind with its own wording, or an offer kind used once or twice.
# A value may be a function (structure name, zones phrase, territories, offer) -> value.

INFO = dict(types=["information", "mise-en-reseau"], etapes=["ideation", "emergence", "creation", "consolidation"],
            besoins=["cooperation-reseau"], publics=[])
INCUB = dict(types=["incubation"], etapes=["emergence", "creation"], besoins=["modele-economique", "strategie"],
             publics=["porteur-sans-structure", "association", "societe-commerciale-ess"])

VARIANTS = {
    # couveuses
    ("couveuse", "bge-ismer"): dict(
        nom=lambda n, zp, t, o: f"Couveuse « Mature Entreprise » ({n})",
        description=lambda n, zp, t, o: (f"{n} propose dans le Loir-et-Cher une couveuse, « Mature Entreprise », à "
                                         "Blois, Romorantin et Vendôme : on y teste son activité en conditions réelles "
                                         "avant de créer sa structure.")),
    ("couveuse", "mayotte"): dict(
        nom="Test d'activité sous contrat CAPE à Mayotte",
        description=("L'Union des couveuses d'entreprises introduit à Mayotte, à partir de janvier 2024, le contrat "
                     "d'appui au projet d'entreprise (CAPE), qui permet de tester une activité en conditions réelles "
                     "avec un accompagnement."),
        conditions=["Lancement annoncé pour janvier 2024 : vérifier le partenaire local et les modalités."]),
    ("couveuse", "breizh-couv"): dict(
        nom="Breizh Couv, couveuse de commerces (Lorient)",
        description=("Portée par l'Union des couveuses d'entreprises, Breizh Couv est présentée comme la première "
                     "couveuse de commerces de Bretagne : un local de centre-ville à Lorient pour tester une activité "
                     "commerciale avant de s'installer."),
        conditions=["Implantation annoncée par la source (« va s'implanter ») : vérifier son ouverture."]),
    ("couveuse", "cric"): dict(
        nom="Coopératives de territoire éphémères (Le Cric)",
        description=("Le Cric porte juridiquement des coopératives de territoire éphémères où des habitants ou des "
                     "jeunes expérimentent l'entrepreneuriat coopératif sous contrat d'appui au projet d'entreprise "
                     "(CAPE)."),
        besoins=["competences-formation", "gouvernance"]),
    ("couveuse", "inter-made"): dict(
        nom="Couveuse d'entreprises (Inter-Made)",
        description=("Inter-Made, créée en 2001 à Marseille, a d'abord été une couveuse d'entreprises : elle permet "
                     "de tester une activité en conditions réelles avant de créer sa structure.")),
    # information, networks
    ("info", "cae-pdl"): dict(INFO,
        nom="Réseau régional des coopératives d'activité et d'emploi (Pays de la Loire)",
        description=("La coordination régionale de Coopérer pour entreprendre présente les coopératives d'activité et "
                     "d'emploi des Pays de la Loire (sept CAE selon la CRESS) et les fait travailler ensemble ; un porteur "
                     "de projet peut y repérer la CAE qui lui convient."),
        etapes=["emergence", "creation"], publics=["porteur-sans-structure"]),
    ("info", "poles-mayotte"): dict(INFO,
        nom="Pôles ESS de Mayotte : guichets de proximité de la CRESS",
        description=("La CRESS de Mayotte déploie dans les intercommunalités de l'île des pôles ESS, guichets qui "
                     "accueillent et orientent les porteurs de projet et les structures de l'ESS."),
        publics=["porteur-sans-structure", "association"]),
    ("info", "developpeurs-cvl"): dict(INFO,
        nom="Réseau des développeurs économiques de l'ESS (Centre-Val de Loire)",
        description=("La CRESS Centre-Val de Loire anime un collectif des acteurs de l'accompagnement de l'ESS de la "
                     "région, qui oriente les porteurs de projet vers l'accompagnement adapté.")),
    ("info", "tremplin"): dict(INFO,
        nom="Réseau Tremplin : orientation vers les accompagnateurs de l'ESS (Hauts-de-France)",
        description=("Lancé par la CRESS, le réseau Tremplin organise les accompagnateurs de l'ESS des Hauts-de-France "
                     "en deux cercles : les accompagnateurs Starter ESS, puis les incubateurs, France Active, les DLA, "
                     "les CAE et d'autres. Les porteurs de projet y sont orientés vers l'acteur adapté."),
        publics=["porteur-sans-structure", "association"]),
    ("info", "poles-bretagne"): dict(INFO,
        nom="Réseau des pôles de développement de l'ESS de Bretagne",
        description=("La CRESS Bretagne anime un réseau de 21 pôles de développement de l'ESS, un par pays, qui "
                     "accueillent les porteurs de projet, font connaître l'ESS et animent des projets collectifs."),
        publics=["porteur-sans-structure", "association"], dispositif="poles-ess-bretagne",
        network=["poles-ess-bretagne"]),
    ("info", "acc-ess"): dict(INFO,
        nom="Acc'ESS : réseau des accompagnateurs de l'ESS (Auvergne-Rhône-Alpes)",
        description=("La CRESS Auvergne-Rhône-Alpes anime Acc'ESS, réseau régional des acteurs de l'accompagnement de "
                     "l'ESS, pour orienter les porteurs de projet et les structures vers le bon interlocuteur.")),
    ("info", "apess"): dict(INFO,
        nom="Promotion et développement de l'ESS en Mayenne (APESS 53)",
        description=("APESS 53 promeut l'économie sociale et solidaire en Mayenne et travaille avec les collectivités "
                     "du département ; elle peut orienter les porteurs de projet vers les acteurs locaux de l'ESS."),
        etapes=["ideation", "emergence", "creation"], publics=["porteur-sans-structure", "association", "collectivite"]),
    ("info", "ceas72"): dict(INFO,
        nom="Développement de l'ESS et de l'innovation sociale en Sarthe (CEAS 72)",
        description=("Le CEAS 72, réseau territorial de l'ESS de la Sarthe, met en réseau les acteurs de l'ESS du "
                     "département et accompagne l'émergence de projets socialement innovants, de l'idée à la création."),
        etapes=["ideation", "emergence", "creation"], publics=["porteur-sans-structure", "association", "collectivite"]),
    ("info", "kepos"): dict(INFO,
        nom="Coopérative d'entreprises de la transition (Kèpos, sud de la Meurthe-et-Moselle)",
        description=("Kèpos, Scic installée à Jarville-la-Malgrange, réunit de jeunes entreprises engagées dans la "
                     "transition écologique : accompagnement de leurs dirigeants, coopération et mutualisation."),
        etapes=["creation", "consolidation"], publics=["societe-commerciale-ess", "scic"]),
    # accompaniment
    ("accompagnement", "serre"): dict(
        nom="La Serre à Projets : entrepreneuriat inversé (sud de la Meurthe-et-Moselle)",
        description=("Depuis 2019, France Active Lorraine anime La Serre à Projets, une « fabrique à projets » qui "
                     "part des besoins du territoire pour faire naître des activités et chercher ensuite qui les "
                     "portera, dans le Grand Nancy, le Val de Lorraine, les Terres de Lorraine et le Lunévillois."),
        types=["accompagnement"], etapes=["ideation", "emergence"], besoins=["strategie", "cooperation-reseau"],
        publics=["porteur-sans-structure", "association", "collectivite"],
        conditions=[f"{PARTIAL} : Grand Nancy, Val de Lorraine, Terres de Lorraine et Lunévillois."]),
    ("accompagnement", "pole-ess-bge-fc"): dict(
        nom="Pôle ESS de BGE Franche-Comté",
        description=("BGE Franche-Comté a créé en 2019 un pôle consacré aux projets de l'ESS : présence continue à "
                     "Besançon et permanences à Vesoul, Belfort, Pontarlier et Lons-le-Saunier."),
        types=["accompagnement"], etapes=["ideation", "emergence", "creation"],
        besoins=["modele-economique", "strategie"], publics=["porteur-sans-structure", "association"]),
    ("accompagnement", "pom"): dict(
        nom="Programme Outre-mer des Scop et des Scic",
        description=("La Confédération générale des Scop et des Scic mène un programme pour développer les Scop, Scic et "
                     "CAE dans les outre-mer, en partenariat avec l'union régionale Île-de-France, Centre-Val de "
                     "Loire, DROM-COM ; sa direction est installée au tiers-lieu La Kour, à Saint-Leu (La Réunion)."),
        types=["accompagnement"], etapes=["emergence", "creation", "consolidation"],
        besoins=["juridique", "gouvernance"], publics=["porteur-sans-structure", "association", "scop", "scic", "cae"],
        network=["urscop"]),
    ("accompagnement", "bfc-ess"): dict(
        nom=lambda n, zp, t, o: f"Accompagnement des créateurs d'activités ESS ({n})",
        description=lambda n, zp, t, o: (f"{o.subject} fait partie du groupement d'acteurs de l'ESS qui, depuis 2018, "
                                         "accompagne les créateurs d'activités de l'ESS dans le cadre du lot ESS du "
                                         f"marché régional d'accompagnement à la création de Bourgogne-Franche-Comté, "
                                         f"{zp}."),
        types=["accompagnement"], etapes=["emergence", "creation"], besoins=["modele-economique", "strategie"],
        publics=["porteur-sans-structure", "association"], dispositif="accompagnement-createurs-ess-bfc"),
    ("lieu", "kaleidoscoop"): dict(
        nom="KaléidosCOOP, tiers-lieu de l'ESS (Strasbourg)",
        description=("KaléidosCOOP est un tiers-lieu de l'ESS au Port du Rhin, à Strasbourg, où se sont installés "
                     "notamment les bureaux de la coopérative Artenréel."),
        types=["hebergement-locaux", "mise-en-reseau"], etapes=["creation", "consolidation"],
        besoins=["immobilier-locaux", "cooperation-reseau"], publics=[]),
    ("reseau", "ecossolies"): dict(
        nom="Réseau ESS et pôle de coopération de la métropole nantaise (Les Écossolies)",
        description=("Les Écossolies animent le réseau de l'ESS de la métropole nantaise, reconnu comme pôle "
                     "territorial de coopération économique, autour du Solilab sur l'île de Nantes."),
        types=["mise-en-reseau", "information"], etapes=["emergence", "creation", "consolidation"],
        besoins=["cooperation-reseau"], publics=[], dispositif="ptce", network=["ptce"]),
    # financing
    ("financement", "pas-de-calais-actif"): dict(
        nom="Financement des créateurs et des structures d'insertion (Pas-de-Calais Actif)",
        description=("Créé en 1995 à l'initiative du Département, Pas-de-Calais Actif finance des créateurs "
                     "d'entreprise et des structures d'insertion du Pas-de-Calais."),
        types=["aide-financiere"], etapes=["creation", "consolidation"], besoins=["financement"],
        publics=["porteur-sans-structure", "association", "societe-commerciale-ess"], frais="variable",
        conditions=["Les pages retenues ne disent pas l'appartenance au réseau France Active."]),
    ("financement", "centre-ain"): dict(
        nom="Contrat d'apport associatif France Active (Centre Ain Initiative)",
        description=("Centre Ain Initiative mobilise dans le centre de l'Ain les financements France Active, dont le "
                     "contrat d'apport associatif, qui renforce les fonds propres des associations."),
        types=["aide-financiere"], instruments=["fonds-propres"], etapes=["creation", "consolidation"],
        besoins=["financement"], publics=["association"], frais="variable",
        conditions=[f"{PARTIAL} : centre de l'Ain."], network=["fa-financement"]),
    ("financement", "lia"): dict(
        nom="Prêts à taux zéro pour la reprise artisanale (Lot Initiatives Artisanat)",
        description=("Lot Initiatives Artisanat, adossée à la chambre de métiers du Lot, accorde des prêts à taux zéro "
                     "aux repreneurs d'entreprises artisanales."),
        types=["aide-financiere"], instruments=["pret"], etapes=["creation"], besoins=["financement"],
        publics=["porteur-sans-structure"],
        conditions=["Reprise d'entreprises artisanales ; la page ne dit pas l'appartenance au réseau Initiative France."]),
    # Initiative
    ("initiative", "brit"): dict(
        nom="Fonds régional de prêt d'honneur BRIT (Initiative Bretagne)",
        description=("Initiative Bretagne gère le fonds régional de prêt d'honneur BRIT, qui a notamment soutenu des "
                     "repreneurs d'entreprise en Bretagne (150 selon une source de 2015)."),
        conditions=["Prêt d'honneur régional, en particulier pour la reprise d'entreprise."]),
    ("initiative", "innovation"): dict(
        nom=lambda n, zp, t, o: f"Prêt d'honneur pour les projets innovants ({n})",
        description=lambda n, zp, t, o: (f"{n} est une plateforme Initiative consacrée aux projets innovants {zp} : "
                                         "elle accorde des prêts d'honneur sans intérêt ni garantie aux créateurs de "
                                         "jeunes entreprises innovantes."),
        conditions=["Pour les jeunes entreprises innovantes."]),
    ("initiative", "agri"): dict(
        nom="Prêt d'honneur agricole (Initiative Agri Charente)",
        description=("Initiative Agri Charente, comité du réseau Initiative Agri Nouvelle-Aquitaine, accorde des prêts "
                     "d'honneur aux personnes qui s'installent en agriculture en Charente (premier comité en avril "
                     "2017)."),
        conditions=["Pour les installations agricoles."]),
    # insertion networks
    ("insertion", "fas"): dict(
        nom=lambda n, zp, t, o: f"Réseau régional des acteurs de la solidarité ({n})",
        description=lambda n, zp, t, o: (f"{o.subject} réunit {zp} les associations de lutte contre l'exclusion "
                                         "(hébergement, insertion par l'activité économique) : animation du réseau, "
                                         "formation des adhérents et plaidoyer."),
        types=["mise-en-reseau", "formation"], etapes=["consolidation"],
        besoins=["cooperation-reseau", "competences-formation"], publics=["association"]),
    ("insertion", "coorace"): dict(
        nom=lambda n, zp, t, o: f"Délégation régionale de COORACE ({t.zones_label(o.zones)})",
        description=lambda n, zp, t, o: ("COORACE, fédération d'entreprises d'utilité sociale (surtout des structures "
                                         f"d'insertion par l'activité économique), a une délégation {zp} qui réunit "
                                         "et accompagne ses adhérents."),
        types=["mise-en-reseau", "accompagnement"], etapes=["consolidation", "changement-echelle"],
        besoins=["cooperation-reseau"], publics=["association", "scop", "scic", "societe-commerciale-ess"]),
    ("insertion", "iae"): dict(
        nom=lambda n, zp, t, o: f"Réseau des structures d'insertion par l'activité économique ({n})",
        description=lambda n, zp, t, o: (f"{o.subject} fédère {zp} des structures d'insertion par l'activité "
                                         "économique (entreprises d'insertion, chantiers, associations intermédiaires…) "
                                         ": représentation, mise en réseau et appui à leurs projets."),
        types=["mise-en-reseau"], etapes=["consolidation"], besoins=["cooperation-reseau"],
        publics=["association", "societe-commerciale-ess"]),
    ("mouvement-associatif", "appui"): dict(
        nom=lambda n, zp, t, o: f"Information et accompagnement des associations ({n})",
        description=lambda n, zp, t, o: (f"{o.subject} accueille, informe et accompagne {zp} les associations et leurs "
                                         "bénévoles dans leur fonctionnement (création, statuts, gestion, projets)."),
        types=["information", "accompagnement"], etapes=["creation", "consolidation"],
        besoins=["gouvernance", "juridique"], publics=["association"]),
    ("insertion", "chantier-ecole"): dict(
        nom=lambda n, zp, t, o: f"Association régionale CHANTIER école ({t.zones_label(o.zones)})",
        description=lambda n, zp, t, o: ("Le réseau CHANTIER école des ateliers et chantiers d'insertion est organisé "
                                         f"en associations régionales ; celle {t.REGION_DE[o.zones[0].split(':')[1]]} "
                                         "réunit les structures qui portent des chantiers."),
        types=["mise-en-reseau"], etapes=["consolidation"], besoins=["cooperation-reseau"],
        publics=["association"],
        conditions=["Association régionale rencontrée par le président national en 2016 ; nom et périmètre actuels à "
                    "confirmer."]),
    # tiers-lieux
    ("tiers-lieux", "cap"): dict(
        nom="CAP Tiers-Lieux : accélération des projets de tiers-lieux de l'ESS (Pays de la Loire)",
        description=("La CRESS des Pays de la Loire anime CAP Tiers-Lieux, collectif piloté par des réseaux régionaux, "
                     "qui aide les projets de tiers-lieux de l'ESS à se concrétiser."),
        types=["accompagnement", "mise-en-reseau"], lien="https://www.cap-tierslieux.org"),
    ("tiers-lieux", "accompagne"): dict(
        types=["accompagnement", "mise-en-reseau"], besoins=["cooperation-reseau", "competences-formation"],
        description=lambda n, zp, t, o: (f"{o.subject} accompagne {zp} les tiers-lieux, notamment ceux qui émergent, et les "
                                         "met en réseau.")),
    ("tiers-lieux", "coworking"): dict(
        nom="Fédération des espaces de coworking de Corse (Cowork'in Corsica)",
        description=("Cowork'in Corsica fédère des espaces de coworking répartis en Corse pour les faire connaître et "
                     "travailler ensemble.")),
    # Fabriques
    ("fabrique", "strasbourg"): dict(
        description=("France Active Alsace a porté, à titre expérimental (2018), la Fabrique à initiatives de "
                     "l'Eurométropole de Strasbourg, qui part des besoins repérés dans les quartiers pour faire émerger "
                     "des activités de l'ESS ; le territoire figurait encore parmi ceux du programme « Territoires "
                     "fragiles » en 2020-2021."),
        conditions=["Porteur nommé en 2018 ; la liste de 2021 ne nomme pas le porteur : à confirmer."]),
    ("fabrique", "revelateur"): dict(
        nom=lambda n, zp, t, o: f"Révélateur et idéateur de projets collectifs ({n})",
        description=lambda n, zp, t, o: (f"{n}, propulseur d'entrepreneuriat collectif du réseau TAg BZH, repère des "
                                         f"besoins {zp} et fait émerger des projets collectifs (révélateur, sur le "
                                         "modèle de la Fabrique à initiatives), puis accompagne leur idéation.")),
    ("fabrique", "reunion"): dict(
        conditions=["Source de 2012 : vérifier que la Fabrique fonctionne toujours."]),
    ("fabrique-tbc", "mulhouse"): dict(
        nom="Fabrique à initiatives de Mulhouse Alsace Agglomération — porteur à confirmer",
        description=("La liste des territoires du programme « Territoires fragiles » (2020-2021) de la Fabrique à "
                     "initiatives, animée par l'Avise, comprend Mulhouse Sud Alsace ; la structure qui la porte n'est "
                     "pas nommée par la source."),
        conditions=["Porteur non confirmé dans nos sources."], lien="https://www.fabriqueainitiatives.org"),
    ("fabrique-tbc", "lyon"): dict(
        nom="Fabrique à initiatives de la métropole de Lyon — porteur à confirmer",
        description=("La liste des territoires du programme « Territoires fragiles » (2020-2021) de la Fabrique à "
                     "initiatives, animée par l'Avise, comprend Lyon métropole et ses alentours ; la structure qui la "
                     "porte n'est pas nommée par la source."),
        conditions=["Porteur non confirmé dans nos sources."], lien="https://www.fabriqueainitiatives.org"),
    # incubators
    ("incubation", "finkela"): dict(
        nom="Finkela, incubateur de SINGA à Lyon",
        description=("À Lyon, SINGA anime Finkela, un incubateur qui tient des permanences chaque semaine pour les "
                     "personnes nouvellement arrivées qui veulent créer leur activité."),
        conditions=["Pour les personnes nouvellement arrivées en France."]),
    ("incubation", "fanya-lab"): dict(
        nom="Fanya Lab, accélérateur de l'ESS (CRESS de Mayotte)",
        description=("La CRESS de Mayotte porte Fanya Lab, un accélérateur de l'ESS et de l'innovation sociale qui va "
                     "aussi au-devant des porteurs avec un « ESS Tour » itinérant (2021).")),
    ("incubation", "alter-incub-cvl"): dict(
        nom="Alter'Incub Centre-Val de Loire, incubateur d'innovation sociale",
        description=("L'union régionale des Scop et Scic porte en Centre-Val de Loire l'incubateur d'innovation sociale "
                     "Alter'Incub ; des réunions d'information se tiennent à la Maison régionale de l'ESS à "
                     "Fleury-les-Aubrais et à Tours (2019)."),
        dispositif="alter-incub"),
    ("incubation", "katapult"): dict(
        nom="Katapult, incubateur des entreprises socialement innovantes (Normandie)",
        description=("Créé en 2018 par l'ADRESS, Katapult incube en Normandie des projets d'entreprises socialement "
                     "innovantes, sélectionnés par appel à candidatures."),
        conditions=["Sélection sur appel à candidatures."]),
    ("incubation", "alter-incub-lr"): dict(
        nom="Alter'Incub Occitanie Méditerranée, incubateur d'innovation sociale",
        description=("Créé en 2007 à Montpellier par l'union régionale des Scop, Alter'Incub accompagne en "
                     "pré-incubation puis en incubation des projets d'innovation sociale de l'est de l'Occitanie."),
        etapes=["ideation", "emergence", "creation"], dispositif="alter-incub"),
    ("incubation", "alter-venture"): dict(
        nom="Alter'Venture, accélérateur des coopératives et entreprises de l'ESS",
        description=("L'union régionale des Scop et Scic d'Occitanie anime Alter'Venture, un accélérateur régional des "
                     "sociétés coopératives et des entreprises de l'ESS qui veulent se développer."),
        etapes=["consolidation", "changement-echelle"], besoins=["strategie", "modele-economique"],
        publics=["scop", "scic", "association", "societe-commerciale-ess"]),
    ("incubation", "catalis"): dict(
        nom="Catalis, incubateur d'innovation sociale (Alter'Incub Occitanie Ouest)",
        description=("Porté à Toulouse par l'union régionale des Scop et Scic d'Occitanie (pôle Pyrénées), Catalis "
                     "— parfois écrit Catalys — duplique l'incubateur Alter'Incub dans l'ouest de l'Occitanie."),
        dispositif="alter-incub"),
    ("incubation", "alter-incub-ra"): dict(
        nom="Alter'Incub Rhône-Alpes, incubateur de projets socialement innovants",
        description=("L'union régionale des Scop porte depuis 2011 la branche Rhône-Alpes de l'incubateur Alter'Incub, "
                     "qui accompagne par appels à projets des projets socialement innovants."),
        dispositif="alter-incub"),
    ("incubation", "azup"): dict(
        nom="Az'up, incubateur de l'ESS (Alpes-Maritimes)",
        description=("Az'up décline dans les Alpes-Maritimes l'incubateur de l'ESS d'Inter-Made (2023).")),
    ("incubation", "iness-91"): dict(
        nom="In'ESS 91 : émergence et incubation de projets ESS en Essonne",
        description=("Essonne Active anime avec l'Agence pour l'économie en Essonne In'ESS 91, qui accueille les "
                     "porteurs de projets ESS, les aide à faire émerger leur projet puis les incube."),
        etapes=["ideation", "emergence", "creation"]),
    ("incubation", "pop"): dict(
        nom="POP, incubateur de projets à impact (ex-Poitou-Charentes)",
        description=("L'ATIS et France Active Poitou-Charentes portent POP, incubateur de projets à impact social dans "
                     "les départements de l'ancienne région Poitou-Charentes (2020).")),
    ("incubation", "kaleidoscope"): dict(
        description=("Kaléidoscope incube chaque année une promotion de projets d'entrepreneuriat social en Martinique "
                     "et propose aussi conseil et formation."),
        types=["incubation", "formation"], besoins=["modele-economique", "strategie", "competences-formation"]),
    ("incubation", "premieres"): dict(
        nom=lambda n, zp, t, o: f"Incubation d'entreprises portées par des femmes ({n})",
        description=lambda n, zp, t, o: (f"{n}, du réseau Les Premières, incube {zp} des projets d'entreprise portés "
                                         "par des femmes ou des équipes mixtes."),
        publics=["porteur-sans-structure"],
        conditions=["Pour les entrepreneures et les équipes mixtes."]),
    ("incubation", "gem-premieres"): dict(
        nom="GEM Les Prem1ères, incubateur mobile (Isère)",
        description=("Grenoble École de Management et Les Prem1ères Rhône-Alpes Auvergne mènent en Isère un incubateur "
                     "mobile pour les femmes qui créent leur entreprise en zone rurale et de montagne."),
        publics=["porteur-sans-structure"], conditions=["Pour les femmes entrepreneures, en zone rurale et de montagne."]),
    ("incubation", "hec"): dict(
        nom="Accélérateur ESS de HEC Paris (Île-de-France)",
        description=("HEC Paris et ses partenaires, dont la Région Île-de-France, accompagnent des entreprises de l'ESS "
                     "franciliennes qui changent d'échelle (troisième promotion en 2020)."),
        etapes=["consolidation", "changement-echelle"], publics=["association", "scop", "scic", "societe-commerciale-ess"]),
    ("incubation", "inizia"): dict(
        nom="Incubation d'entreprises innovantes (Inizià, Corse)",
        description=("Inizià, incubateur territorial basé à Bastia, accompagne sur toute la Corse des projets "
                     "d'entreprises innovantes ; ce n'est pas un incubateur propre à l'ESS.")),
    ("incubation", "la-ruche"): dict(
        nom="Espaces de travail partagés et incubation (La Ruche)",
        description=("La Ruche, réseau né à Paris en 2007-2008, propose à des entrepreneurs à impact des postes de "
                     "travail partagés et des programmes d'incubation dans ses espaces (Paris, Bordeaux, Marseille, "
                     "Montpellier, Saint-Nazaire, Saint-Germain-en-Laye)."),
        types=["incubation", "hebergement-locaux"], besoins=["modele-economique", "immobilier-locaux",
                                                              "cooperation-reseau"]),
    ("incubation", "labo-partenariats"): dict(
        description=("Le Labo des partenariats, incubateur régional du Grand Est, anime notamment des ateliers pour "
                     "aider des entreprises sociales à s'implanter dans l'Eurométropole de Strasbourg."),
        types=["incubation", "atelier"], etapes=["creation", "changement-echelle"]),
    ("incubation", "tag"): dict(
        nom=lambda n, zp, t, o: f"Incubation de projets d'entrepreneuriat collectif ({n})",
        description=lambda n, zp, t, o: (f"{n}, propulseur d'entrepreneuriat collectif du réseau TAg BZH, incube {zp} "
                                         "des projets collectifs de l'ESS jusqu'à leur lancement."),
        publics=["porteur-sans-structure", "association", "scic"]),
    ("incubation", "c2sol"): dict(
        nom="Incubateur de projets ESS (C2Sol, pays de Lorient)",
        description=("C2Sol expérimente à Lorient un incubateur pour les projets de l'ESS qu'il accueille comme pôle de "
                     "développement de l'ESS.")),
}

# Which family the report counts a variant in.
VARIANT_FAMILY = {
    ("info", "cae-pdl"): "CAE", ("info", "poles-mayotte"): "CRESS", ("info", "developpeurs-cvl"): "CRESS",
    ("info", "tremplin"): "CRESS", ("info", "poles-bretagne"): "CRESS", ("info", "acc-ess"): "CRESS",
    ("info", "apess"): "Pôles ESS", ("accompagnement", "serre"): "Fabriques à initiatives",
    ("info", "ceas72"): "Pôles ESS", ("info", "kepos"): "PTCE",
    ("accompagnement", "pole-ess-bge-fc"): "BGE", ("accompagnement", "pom"): "Unions Scop",
    ("accompagnement", "bfc-ess"): "Pôles ESS", ("lieu", "kaleidoscoop"): "PTCE", ("reseau", "ecossolies"): "PTCE",
    ("financement", "pas-de-calais-actif"): "France Active", ("financement", "centre-ain"): "France Active",
    ("financement", "lia"): "Acteurs nationaux, financeurs et programmes",
    ("tiers-lieux", "cap"): "Réseaux de tiers-lieux", ("couveuse", "cric"): "Couveuses",
    ("fabrique", "revelateur"): "Fabriques à initiatives",
}

VARIANT_SOURCES = {
    **{(k, "fabrique", "revelateur"): ["net:fabrique-initiatives:TAg bretons (métier du Révélateur)",
                                       "ref:TAg BZH – propulseurs d'entrepreneuriat collectif"]
       for k in ["tag22", "tag29", "tag35", "tag56"]},
    **{(k, "incubation", "tag"): ["net:incubateur:TAg BZH", "ref:TAg BZH – propulseurs d'entrepreneuriat collectif"]
       for k in ["tag22", "tag29", "tag35", "tag56"]},
    ("tag35", "incubation", "tag"): ["net:incubateur:TAg BZH", "ref:TAg BZH – propulseurs d'entrepreneuriat collectif",
                                     "ref:TAg35"],
    ("tag29", "incubation", "tag"): ["net:incubateur:TAg BZH", "ref:TAg BZH – propulseurs d'entrepreneuriat collectif",
                                     "ref:TAg29 (Adess du Pays de Morlaix)"],
    ("initiative-bretagne", "initiative", "brit"): ["net:reseau-entreprendre:Réseau Entreprendre Bretagne"],
    ("cress-pays-de-la-loire", "tiers-lieux", "cap"): [],
    ("cress-bretagne", "info", "poles-bretagne"): ["ref:Pôles de développement de l'ESS de Bretagne"],
    ("cress-hauts-de-france", "info", "tremplin"): ["ref:Réseau Tremplin Hauts-de-France"],
    ("cress-auvergne-rhone-alpes", "info", "acc-ess"): ["ref:Acc'ESS"],
    ("cress-centre-val-de-loire", "info", "developpeurs-cvl"): [
        "ref:Réseau des développeurs économiques de l'ESS (Centre-Val de Loire)"],
    ("cress-de-mayotte", "info", "poles-mayotte"): ["ref:Pôles ESS de Mayotte"],
    ("cress-de-mayotte", "incubation", "fanya-lab"): ["ref:Fanya Lab"],
    ("adress-normandie", "incubation", "katapult"): ["ref:Katapult (incubateur de l'ADRESS)"],
    ("essonne-active", "incubation", "iness-91"): ["ref:In'ESS 91"],
    ("les-scop-et-scic-icd", "incubation", "alter-incub-cvl"): ["ref:Alter'Incub Centre-Val de Loire"],
    ("union-regionale-des-scop-et-scic-occitanie", "incubation", "alter-incub-lr"): ["ref:Alter'Incub Occitanie"],
    ("union-regionale-des-scop-et-scic-occitanie", "incubation", "catalis"): ["ref:Catalis"],
    ("union-regionale-des-scop-et-scic-occitanie", "incubation", "alter-venture"): ["ref:Alter'Venture"],
    ("inter-made", "incubation", "azup"): ["ref:Az'up"],
    ("inter-made", "incubation", ""): ["ref:Inter-Made"],
    ("singa-incubateurs", "incubation", "finkela"): ["ref:Finkela – incubateur SINGA Lyon"],
    ("kaleidoscope-martinique", "incubation", "kaleidoscope"): ["ref:Kaléidoscope (Martinique)"],
    ("la-ruche", "incubation", "la-ruche"): ["ref:La Ruche"],
    ("le-labo-des-partenariats", "incubation", "labo-partenariats"): ["ref:Le Labo des partenariats"],
    ("accelerateur-ess-hec-paris", "incubation", "hec"): ["ref:Accélérateur ESS HEC Paris"],
    ("france-active-nouvelle-aquitaine", "fabrique", ""): ["ref:France Active Nouvelle-Aquitaine (Fabrique du Limousin)"],
    ("adress-normandie", "fabrique", ""): ["ref:ADRESS Normandie"],
    ("generateur-bourgogne-franche-comte", "fabrique", ""): ["ref:Générateur Bourgogne-Franche-Comté"],
    ("atis-association-territoires-et-innovation-sociale", "fabrique", ""): [
        "ref:ATIS – Association Territoires et Innovation Sociale"],
    ("premiere-brique", "fabrique", ""): ["ref:Première Brique"],
    ("premiere-brique", "incubation", ""): ["ref:Première Brique"],
    ("les-ecossolies", "fabrique", ""): ["ref:Les Écossolies"],
    ("les-ecossolies", "incubation", ""): ["ref:Les Écossolies"],
    ("ile-de-france-active", "dla-regional", ""): [],
    ("le-t-incubateur", "incubation", ""): ["ref:Le T (incubateur)"],
    ("liess-87-incubateur-ess-de-la-haute-vienne", "incubation", ""): ["ref:LIESS 87 (incubateur ESS de la Haute-Vienne)"],
    ("ronalpia", "incubation", ""): ["ref:Ronalpia"],
    ("atis-association-territoires-et-innovation-sociale", "incubation", ""): [
        "ref:ATIS – Association Territoires et Innovation Sociale"],
}

# DLA offers also cite the reference rows that state the same operator.
VARIANT_SOURCES.update({
    ("aglca", "dla", ""): ["ref:DLA de l'Ain (AGLCA)"],
    ("ligue-de-l-enseignement-de-la-haute-marne", "dla", ""): ["ref:DLA de la Haute-Marne (Ligue de l'enseignement 52)"],
    ("bge-sud-ouest", "dla", ""): ["ref:DLA de l'Ariège (BGE Sud-Ouest et Ligue de l'enseignement)"],
    ("ligue-de-l-enseignement-de-l-ariege", "dla", ""): ["ref:DLA de l'Ariège (BGE Sud-Ouest et Ligue de l'enseignement)"],
    ("france-active-provence-alpes-cote-d-azur", "dla", ""): ["ref:DLA des Bouches-du-Rhône (France Active PACA)"],
    ("france-active-mpa-occitanie", "dla", ""): ["ref:DLA des Hautes-Pyrénées (France Active MPA-Occitanie)"],
    ("bge-adil", "dla", ""): ["ref:DLA du Val-de-Marne (BGE ADIL)"],
    ("france-active-bretagne", "dla", ""): ["ref:DLA du Finistère – pays de Brest (Bretagne Active)"],
    ("espace-associatif-de-quimper-cornouaille", "dla", ""): [
        "ref:DLA du Finistère – Cornouaille et pays de Morlaix (Espace associatif Quimper-Cornouaille)"],
    ("ifaid-aquitaine", "dla", ""): ["ref:DLA de la Gironde (IFAID Aquitaine)"],
    ("france-active-alsace", "dla", ""): ["ref:DLA porté par France Active Alsace (territoire de Haguenau)"],
    ("ligue-de-l-enseignement-de-loir-et-cher", "dla", ""): ["ref:DLA du Loir-et-Cher (Ligue de l'enseignement)"],
    ("mission-locale-d-alencon", "dla", ""): ["ref:DLA de l'Orne (Mission locale d'Alençon)"],
    ("pie-paris-initiative-entreprise", "dla", ""): ["ref:DLA de Paris (Paris Initiative Entreprise)"],
    ("france-active-reunion", "dla", ""): ["ref:DLA de La Réunion (France Active Réunion)"],
    ("bge-guyane", "dla", ""): ["ref:DLA de la Guyane (BGE Guyane)"],
    ("ile-de-france-active", "dla-regional", ""): ["ref:DLA régional Île-de-France", "ref:Île-de-France Active"],
    ("cress-grand-est", "dla-regional", ""): ["ref:DLA régional Grand Est"],
    ("le-mouvement-associatif-hauts-de-france", "dla-regional", ""): [
        "ref:DLA régional Hauts-de-France (Le Mouvement associatif Hauts-de-France)"],
    ("le-mouvement-associatif-occitanie", "dla-regional", ""): [
        "url:https://www.lemouvementassociatif-occitanie.org/dispositif-local-d-accompagnement|"],
    ("union-regionale-des-bge-du-centre", "dla-regional", ""): ["ref:DLA Centre-Val de Loire"],
})

OFFER_OVERRIDES = {
    ("ligue-de-l-enseignement-des-ardennes", "dla", ""): dict(telephone="03 24 33 85 85"),
    ("france-active-reunion", "dla", ""): dict(lien="https://info-dla.re"),
    ("cress-grand-est", "dla-regional", ""): dict(
        lien="https://www.dla-grandest.org",
        modalites="Le site du DLA Grand Est présente aussi les contacts des dix DLA départementaux."),
    ("union-regionale-des-bge-du-centre", "dla-regional", ""): dict(lien="https://www.dla-centrevaldeloire.org"),
    ("initiative-martinique-active", "initiative", ""): dict(etapes=["creation", "consolidation"]),
    ("initiative-reunion", "initiative", ""): dict(),
    # data-e: POLeN is not a network of tiers-lieux; its source only says it helps project holders create tiers-lieux
    ("polen-pole-lozerien-d-economie-numerique", "tiers-lieux", "accompagne"): dict(
        nom="Accompagnement des projets de tiers-lieux en Lozère (POLeN)", types=["accompagnement"],
        description=("POLeN, pôle lozérien d'économie numérique installé à Mende, accompagne les porteurs de projet "
                     "dans la création de tiers-lieux en Lozère.")),
}

DLA_REGIONAL_CONTACTS = {
    "44": dict(text="Dans le Grand Est, le DLA régional (porté par la CRESS Grand Est) coordonne les dix DLA "
                    "départementaux et son site, dla-grandest.org, donne les contacts de proximité.",
               src=["N:dla-grand-est"]),
    "24": dict(text="En Centre-Val de Loire, le site dla-centrevaldeloire.org présente le réseau des DLA "
                    "départementaux de la région.",
               src=["ref:DLA Centre-Val de Loire"]),
    "11": dict(text="En Île-de-France, la CRESS anime le réseau des huit porteurs départementaux du DLA.",
               src=["ref:DLA régional Île-de-France"]),
    "93": dict(text="En Provence-Alpes-Côte d'Azur, la CRESS pilote les DLA au niveau régional.",
               src=["net:dla:CRESS Provence-Alpes-Côte d'Azur"]),
    "32": dict(text="Dans les Hauts-de-France, le DLA régional est porté par Le Mouvement associatif Hauts-de-France.",
               src=["net:dla:Le Mouvement associatif Hauts-de-France"]),
    "76": dict(text="En Occitanie, le DLA régional est porté par Le Mouvement associatif Occitanie.",
               src=["net:dla:Le Mouvement Associatif Occitanie"]),
}

DLA_TBC_CONDITIONS = {
    "67": [dict(text="Dans l'agglomération de Haguenau, le DLA est porté par France Active Alsace.",
                src=["net:dla:France Active Alsace"])],
}

# --------------------------------------------------------------------------------------------------------------------
# Rows of shared/reference/ess-support-actors.csv: ("structure", key) adds the row's sources to a structure (offers may
# also cite it as "ref:<name>"); ("dispositif", code) / ("source", why) keep it only as a citation; ("skip", why).

REFERENCE = {
    "Avise": ("structure", "avise"),
    "Dispositif local d'accompagnement (DLA)": ("dispositif", "dla"),
    "Centres de ressources DLA (CRDLA)": ("dispositif", "crdla"),
    "Fabrique à initiatives (réseau national)": ("dispositif", "fabrique-initiatives"),
    "Réseau national des incubateurs de l'ESS": ("structure", "avise"),
    "HubESS": ("structure", "hubess"),
    "France Active (réseau national)": ("structure", "france-active-reseau-national"),
    "Garantie France Active": ("structure", "france-active-reseau-national"),
    "France Active Investissement": ("structure", "france-active-reseau-national"),
    "Pacte Émergence – Fonds de confiance (France Active)": ("structure", "france-active-reseau-national"),
    "Accès+ (France Active)": ("structure", "france-active-reseau-national"),
    "Initiative France": ("structure", "initiative-france"),
    "Réseau Entreprendre": ("structure", "reseau-entreprendre"),
    "Adie": ("structure", "adie"),
    "BGE (réseau)": ("structure", "bge-reseau"),
    "Union nationale des couveuses d'entreprises": ("structure", "union-nationale-des-couveuses-d-entreprises"),
    "Coopérer pour entreprendre": ("structure", "cooperer-pour-entreprendre"),
    "Coopératives d'activité et d'emploi (CAE)": ("source", "page réseau des CAE (NETWORK_SOURCES['cae'])"),
    "Le Mouvement associatif": ("structure", "le-mouvement-associatif"),
    "Guid'Asso": ("dispositif", "guid-asso"),
    "France Tiers-Lieux": ("structure", "france-tiers-lieux"),
    "Fabriques de territoire (programme Nouveaux lieux, nouveaux liens)": ("structure", "anct"),
    "Social Value France": ("structure", "avise"),
    "French Impact": ("dispositif", "french-impact"),
    "Banque des Territoires – économie sociale et solidaire": (
        "structure", "banque-des-territoires-economie-sociale-et-solidaire"),
    "Prêt ESS de Bpifrance (PESS)": ("structure", "bpifrance"),
    "Fonds d'innovation sociale (FISO)": ("structure", "bpifrance"),
    "La Nef – microcrédit professionnel": ("structure", "la-nef"),
    "Fondation La France s'engage": ("structure", "fondation-la-france-s-engage"),
    "Fondation RTE": ("structure", "fondation-rte"),
    "Pro Bono Lab": ("structure", "pro-bono-lab"),
    "makesense – incubateur": ("structure", "makesense-incubateur"),
    "Antropia ESSEC": ("structure", "antropia-essec"),
    "La Ruche": ("structure", "la-ruche"),
    "SINGA – incubateurs": ("structure", "singa-incubateurs"),
    "RTES – Réseau des collectivités territoriales pour une économie solidaire": (
        "structure", "rtes-reseau-des-collectivites-territoriales-pour-une-economie-solidaire"),
    "ESS France": ("structure", "ess-france"),
    "ESS France Outre-mer": ("structure", "ess-france"),
    "Agrément ESUS (entreprise solidaire d'utilité sociale)": ("dispositif", "agrement-esus"),
    "Pôles territoriaux de coopération économique (PTCE)": ("dispositif", "ptce"),
    "CRESS Auvergne-Rhône-Alpes": ("structure", "cress-auvergne-rhone-alpes"),
    "CRESS Bourgogne-Franche-Comté": ("structure", "cress-bourgogne-franche-comte"),
    "CRESS Bretagne": ("structure", "cress-bretagne"),
    "CRESS Centre-Val de Loire": ("structure", "cress-centre-val-de-loire"),
    "CRESS Corse": ("structure", "cress-corse"),
    "CRESS Grand Est": ("structure", "cress-grand-est"),
    "CRESS Hauts-de-France": ("structure", "cress-hauts-de-france"),
    "CRESS Île-de-France": ("structure", "cress-ile-de-france"),
    "CRESS Normandie": ("skip", "CRESS placée en liquidation judiciaire en juillet 2025 (voir cress.csv)"),
    "CRESS Nouvelle-Aquitaine": ("structure", "cress-nouvelle-aquitaine"),
    "CRESS Occitanie": ("structure", "cress-occitanie"),
    "CRESS Pays de la Loire": ("structure", "cress-pays-de-la-loire"),
    "CRESS Provence-Alpes-Côte d'Azur": ("structure", "cress-provence-alpes-cote-d-azur"),
    "CRESS des îles de Guadeloupe (CRESS-IG)": ("structure", "cress-des-iles-de-guadeloupe-cress-ig"),
    "CRESS Guyane": ("structure", "cress-guyane"),
    "CRESS de La Réunion": ("structure", "cress-de-la-reunion"),
    "CRESS de Mayotte": ("structure", "cress-de-mayotte"),
    "DLA régional Grand Est": ("structure", "cress-grand-est"),
    "DLA régional Île-de-France": ("structure", "ile-de-france-active"),
    "DLA régional Hauts-de-France (Le Mouvement associatif Hauts-de-France)": (
        "structure", "le-mouvement-associatif-hauts-de-france"),
    "DLA Centre-Val de Loire": ("source", "site régional des DLA du Centre-Val de Loire"),
    "DLA de l'Ain (AGLCA)": ("structure", "aglca"),
    "DLA de la Haute-Marne (Ligue de l'enseignement 52)": ("structure", "ligue-de-l-enseignement-de-la-haute-marne"),
    "DLA de l'Ariège (BGE Sud-Ouest et Ligue de l'enseignement)": ("source", "DLA de l'Ariège (deux co-porteurs)"),
    "DLA des Bouches-du-Rhône (France Active PACA)": ("structure", "france-active-provence-alpes-cote-d-azur"),
    "DLA des Hautes-Pyrénées (France Active MPA-Occitanie)": ("structure", "france-active-mpa-occitanie"),
    "DLA de la Dordogne (Initiative Périgord)": (
        "skip", "page d'avant 2016 (« DLA en Aquitaine ») ; remplacée par la source de 2024 qui cite France Active "
                "Nouvelle-Aquitaine"),
    "Trajectoir'ESS": ("dispositif", "trajectoiress"),
    "Pôles de développement de l'ESS de Bretagne": ("dispositif", "poles-ess-bretagne"),
    "TAg BZH – propulseurs d'entrepreneuriat collectif": ("source", "offres des TAg"),
    "TAg35": ("structure", "tag35"),
    "TAg29 (Adess du Pays de Morlaix)": ("structure", "tag29"),
    "France Active Bretagne": ("structure", "france-active-bretagne"),
    "CAP'Création ESS (Région Bretagne)": ("structure", "france-active-bretagne"),
    "Fonds de confiance Bretagne": ("structure", "france-active-bretagne"),
    "Le Cric (Coopérative régionale d'éducation à l'entrepreneuriat collectif)": (
        "structure", "le-cric-cooperative-regionale-d-education-a-l-entrepreneuriat-collectif"),
    "ESSor": ("structure", "cress-pays-de-la-loire"),
    "Les Écossolies": ("structure", "les-ecossolies"),
    "Solilab": ("structure", "les-ecossolies"),
    "ADRESS Normandie": ("structure", "adress-normandie"),
    "Katapult (incubateur de l'ADRESS)": ("structure", "adress-normandie"),
    "Ici je monte ma boîte (Région Normandie)": ("dispositif", "ici-je-monte-ma-boite"),
    "Tilino (réseau normand des tiers-lieux)": ("structure", "tilino-reseau-normand-des-tiers-lieux"),
    "Réseau Tremplin Hauts-de-France": ("structure", "cress-hauts-de-france"),
    "Starter ESS (Région Hauts-de-France)": ("dispositif", "starter-ess"),
    "Île-de-France Active": ("structure", "ile-de-france-active"),
    "Accélérateur ESS HEC Paris": ("structure", "accelerateur-ess-hec-paris"),
    "In'ESS 91": ("structure", "essonne-active"),
    "Essonne Active": ("structure", "essonne-active"),
    "Alter'Incub Centre-Val de Loire": ("structure", "les-scop-et-scic-icd"),
    "Le Mouvement associatif Centre-Val de Loire": ("structure", "le-mouvement-associatif-centre-val-de-loire"),
    "Réseau des développeurs économiques de l'ESS (Centre-Val de Loire)": ("structure", "cress-centre-val-de-loire"),
    "Coopilote": ("structure", "coopilote"),
    "BGE Franche-Comté – Pôle ESS": ("structure", "bge-franche-comte"),
    "Le Transfo": ("dispositif", "le-transfo"),
    "Le T (incubateur)": ("structure", "le-t-incubateur"),
    "France Active Bourgogne": ("structure", "france-active-bourgogne"),
    "France Active Franche-Comté": ("structure", "france-active-franche-comte"),
    "Active 71 (pôle de l'économie solidaire de Saône-et-Loire)": (
        "structure", "active-71-pole-de-l-economie-solidaire-de-saone-et-loire"),
    "PESAD 21 (pôle d'économie solidaire de l'agglomération dijonnaise)": (
        "structure", "pesad-21-pole-d-economie-solidaire-de-l-agglomeration-dijonnaise"),
    "Générateur Bourgogne-Franche-Comté": ("structure", "generateur-bourgogne-franche-comte"),
    "Réseau Entreprendre Franche-Comté": ("structure", "reseau-entreprendre-franche-comte"),
    "Tiers-Lieux BFC": ("structure", "tiers-lieux-bfc"),
    "Région Bourgogne-Franche-Comté – accompagnement des créateurs d'activités ESS": (
        "dispositif", "accompagnement-createurs-ess-bfc"),
    "France Active Lorraine": ("structure", "france-active-lorraine"),
    "Lorraine Mouvement associatif": ("structure", "lorraine-mouvement-associatif"),
    "Terres de Lorraine – soutien à l'ESS": ("structure", "terres-de-lorraine"),
    "ATIS – Association Territoires et Innovation Sociale": (
        "structure", "atis-association-territoires-et-innovation-sociale"),
    "France Active Nouvelle-Aquitaine (Fabrique du Limousin)": ("structure", "france-active-nouvelle-aquitaine"),
    "LIESS 87 (incubateur ESS de la Haute-Vienne)": ("structure", "liess-87-incubateur-ess-de-la-haute-vienne"),
    "BGE Lot-et-Garonne": ("structure", "bge-lot-et-garonne"),
    "Coopérative Tiers-Lieux": ("structure", "cooperative-tiers-lieux"),
    "France Active Airdie Occitanie": ("structure", "france-active-airdie-occitanie"),
    "France Active MPA-Occitanie": ("structure", "france-active-mpa-occitanie"),
    "Alter'Incub Occitanie": ("structure", "union-regionale-des-scop-et-scic-occitanie"),
    "Catalis": ("structure", "union-regionale-des-scop-et-scic-occitanie"),
    "Alter'Venture": ("structure", "union-regionale-des-scop-et-scic-occitanie"),
    "Première Brique": ("structure", "premiere-brique"),
    "Union régionale des Scop et Scic Occitanie": ("structure", "union-regionale-des-scop-et-scic-occitanie"),
    "Adie Occitanie": ("structure", "adie"),
    "Crealead": ("structure", "crealead"),
    "Mine de talents": ("structure", "mine-de-talents"),
    "Terracoopa": ("structure", "terracoopa"),
    "Adefpat": ("structure", "adefpat"),
    "Acc'ESS": ("structure", "cress-auvergne-rhone-alpes"),
    "Ronalpia": ("structure", "ronalpia"),
    "Finkela – incubateur SINGA Lyon": ("structure", "singa-incubateurs"),
    "France Active Loire": ("structure", "france-active-loire"),
    "France Active Provence-Alpes-Côte d'Azur": ("structure", "france-active-provence-alpes-cote-d-azur"),
    "Inter-Made": ("structure", "inter-made"),
    "Adije (couveuse d'entreprises)": ("structure", "adije-couveuse-d-entreprises"),
    "Corse Active": ("structure", "corse-active"),
    "Initiative Corse": ("structure", "initiative-corse"),
    "Couveuse d'entreprises Boréal Corsica": ("structure", "couveuse-d-entreprises-boreal-corsica"),
    "A Prova (coopérative d'activités et d'emploi)": ("structure", "a-prova-cooperative-d-activites-et-d-emploi"),
    "BGE Ile Conseil": ("structure", "bge-ile-conseil"),
    "ADEC – soutien à l'ESS (Corse)": ("structure", "adec-soutien-a-l-ess-corse"),
    "Réunion Active": ("structure", "france-active-reunion"),
    "France Active – représentation en Guadeloupe": ("structure", "france-active-guadeloupe"),
    "Fanya Lab": ("structure", "cress-de-mayotte"),
    "Institut Fikiri": ("structure", "institut-fikiri"),
    "Pôles ESS de Mayotte": ("structure", "cress-de-mayotte"),
    "Appel à projets « Soutien à l'ESS en Guyane »": ("structure", "collectivite-territoriale-de-guyane"),
    "GUYANASSO (maison des associations)": ("structure", "guyanasso-maison-des-associations"),
    "France Active Guyane": ("structure", "france-active-guyane"),
    "France Active Savoie Mont Blanc (ex-Adises Active)": ("structure", "france-active-savoie-mont-blanc-ex-adises-active"),
    "France Active Auvergne (ex-Auvergne Active)": ("structure", "france-active-auvergne-ex-auvergne-active"),
    "France Active Auvergne-Rhône-Alpes (Auvergne-Rhône-Alpes Active)": (
        "structure", "france-active-auvergne-rhone-alpes-auvergne-rhone-alpes-active"),
    "Union régionale des Scop et Scic Île-de-France, Centre-Val de Loire, DOM-TOM (Scop et Scic ICD)": (
        "structure", "les-scop-et-scic-icd"),
    "Union régionale des Scop et Scic Provence-Alpes-Côte d'Azur et Corse": (
        "structure", "union-regionale-des-scop-et-scic-provence-alpes-cote-d-azur-et-corse"),
    "Union régionale des Scop et Scic Grand Est": ("structure", "union-regionale-des-scop-et-scic-grand-est"),
    "Union régionale des Scop et Scic Nouvelle-Aquitaine": ("structure", "union-regionale-des-scop-et-scic-nouvelle-aquitaine"),
    "Kaléidoscope (Martinique)": ("structure", "kaleidoscope-martinique"),
    "Le Labo des partenariats": ("structure", "le-labo-des-partenariats"),
    "Az'up": ("structure", "inter-made"),
    "Fabrique à initiatives en Picardie (expérimentation)": (
        "skip", "expérimentation d'environ 2012, porteur non nommé"),
    "ÉcoSolidaireS – pôle ESS du pays de Fougères": ("structure", "ecosolidaires-pole-ess-du-pays-de-fougeres"),
    "RésoSolidaire – pôle ESS du pays de Rennes": ("structure", "resosolidaire-pole-ess-du-pays-de-rennes"),
    "Adess du pays de Brest": ("structure", "adess-du-pays-de-brest"),
    "Adess du pays de Cornouaille": ("structure", "adess-du-pays-de-cornouaille"),
    "Adess du pays du Centre-Ouest Bretagne": ("structure", "adess-du-pays-du-centre-ouest-bretagne"),
    "Clus'ter Jura": ("structure", "clus-ter-jura"),
    "DLA du Val-de-Marne (BGE ADIL)": ("structure", "bge-adil"),
    "DLA du Finistère – pays de Brest (Bretagne Active)": ("structure", "france-active-bretagne"),
    "DLA du Finistère – Cornouaille et pays de Morlaix (Espace associatif Quimper-Cornouaille)": (
        "structure", "espace-associatif-de-quimper-cornouaille"),
    "DLA de la Gironde (IFAID Aquitaine)": ("structure", "ifaid-aquitaine"),
    "DLA porté par France Active Alsace (territoire de Haguenau)": ("structure", "france-active-alsace"),
    "DLA du Loir-et-Cher (Ligue de l'enseignement)": ("structure", "ligue-de-l-enseignement-de-loir-et-cher"),
    "DLA de l'Orne (Mission locale d'Alençon)": ("structure", "mission-locale-d-alencon"),
    "DLA de Paris (Paris Initiative Entreprise)": ("structure", "pie-paris-initiative-entreprise"),
    "DLA de La Réunion (France Active Réunion)": ("structure", "france-active-reunion"),
    "DLA de la Guyane (BGE Guyane)": ("structure", "bge-guyane"),
}

# --------------------------------------------------------------------------------------------------------------------
# Structures: current name, extra types, facts the template cannot guess. "note" is appended to the family's
# sentence; "desc" replaces it. "website": "" blanks a domain that is the source's, not the structure's.

S = {}


def st(key, name=None, **kw):
    if name:
        kw["name"] = name
    S[key] = kw


# national actors
st("avise", "Avise", website="avise.org",
   desc="L'Avise est une agence d'ingénierie au service de l'économie sociale et solidaire. Elle anime au niveau "
        "national le dispositif local d'accompagnement (DLA) depuis sa création, le réseau de la Fabrique à "
        "initiatives qu'elle a lancé en 2010, le réseau national des incubateurs de l'ESS (plus de 130 membres) et "
        "Social Value France.")
st("hubess", "HubESS", types=["plateforme-orientation"],
   desc="HubESS est un outil numérique, soutenu par l'État et par la Banque des Territoires, qui recense des structures "
        "d'accompagnement de l'ESS et oriente les porteurs de projet grâce à un autodiagnostic.")
st("france-active-reseau-national", "France Active", types=["financeur", "reseau"], website="franceactive.org",
   desc="Fondé en 1988, installé à Montreuil, France Active est un mouvement associatif qui accompagne, finance et met "
        "en réseau les entrepreneurs engagés et les structures de l'ESS, par ses associations territoriales et ses "
        "sociétés financières (France Active Garantie, France Active Investissement).")
st("initiative-france", "Initiative France", types=["financeur", "reseau"], website="initiative-france.fr",
   desc="Initiative France fédère des plateformes associatives locales (217 en 2019) qui accordent des prêts d'honneur "
        "sans intérêt ni garantie aux créateurs et repreneurs d'entreprise et les font parrainer.")
st("reseau-entreprendre", "Réseau Entreprendre", types=["financeur", "reseau"],
   desc="Réseau Entreprendre réunit des chefs d'entreprise bénévoles, organisés en associations locales, qui accordent "
        "des prêts d'honneur à des créateurs et repreneurs et les accompagnent pendant deux ans ; sa démarche « Impact+ » "
        "porte sur les effets sociaux et environnementaux.")
st("adie", "Adie", website="adie.org",
   desc="L'Adie est une association fondée en 1989 qui finance par microcrédit les personnes qui créent leur activité "
        "sans accès au crédit bancaire et les accompagne gratuitement. Les sources consultées la situent dans toutes "
        "les régions, métropole et outre-mer, par des directions régionales, des agences et des permanences.")
st("bge-reseau", "BGE (réseau national)", types=["reseau", "conseil"], specialist=False,
   desc="BGE est un réseau associatif né en 1979 (43 associations selon la source) qui accompagne les créateurs "
        "d'entreprise de l'idée au développement et propose des couveuses pour tester une activité.")
st("union-nationale-des-couveuses-d-entreprises", "Union des couveuses d'entreprises", types=["reseau", "couveuse"],
   specialist=False,
   desc="L'Union des couveuses d'entreprises est le réseau national des couveuses, qui permettent de tester une "
        "activité en conditions réelles sous contrat d'appui au projet d'entreprise (CAPE) : 63 structures et 253 sites "
        "d'accompagnement en métropole et outre-mer selon son site.")
st("cooperer-pour-entreprendre", "Coopérer pour entreprendre", types=["reseau", "cooperative"],
   desc="Union d'économie sociale créée en 1999 par et pour les coopératives d'activité et d'emploi (CAE) : elle met en "
        "commun ressources et services et représente les CAE.")
st("copea", "Copea", types=["reseau", "cooperative"],
   desc="Copea est l'un des deux réseaux nationaux de coopératives d'activité et d'emploi ; il a notamment soutenu le "
        "montage de la CAE Tumukuma'Kop dans le sud de la Guyane.")
st("le-mouvement-associatif", "Le Mouvement associatif", website="lemouvementassociatif.org",
   desc="Le Mouvement associatif est la représentation nationale des associations : il regroupe des coordinations "
        "associatives nationales et des mouvements régionaux, et compte parmi les partenaires du DLA.")
st("france-tiers-lieux", "France Tiers-Lieux", types=["reseau", "centre-ressources"], website="francetierslieux.fr",
   desc="France Tiers-Lieux est un groupement d'intérêt public créé en 2022 (État, ANCT, Association nationale des "
        "tiers-lieux) qui soutient l'ingénierie des projets de tiers-lieux et anime des outils communs avec une "
        "vingtaine de réseaux régionaux.")
st("anct", "Agence nationale de la cohésion des territoires (ANCT)", types=["programme-public", "financeur"],
   specialist=False,
   desc="L'ANCT mène le programme « Nouveaux lieux, nouveaux liens », lancé en 2019, qui labellise des tiers-lieux "
        "ressources appelés Fabriques de territoire.")
st("banque-des-territoires-economie-sociale-et-solidaire", "Banque des Territoires (Caisse des Dépôts)",
   website="banquedesterritoires.fr",
   desc="Entité de la Caisse des Dépôts, la Banque des Territoires consacre au moins 100 millions d'euros par an à l'ESS "
        "et à l'innovation sociale (convention 2023-2025) et investit surtout en fonds propres ou quasi-fonds propres "
        "dans des structures de l'ESS.")
st("bpifrance", "Bpifrance", specialist=False,
   desc="Bpifrance, banque publique d'investissement, gère le Fonds d'innovation sociale (FISO) et a lancé en 2015 un "
        "prêt de développement dédié aux entreprises de l'ESS.")
st("la-nef", "La Nef", website="lanef.com", commune="69123",
   desc="La Nef est une coopérative de finance solidaire, basée à Lyon, qui finance des projets sociaux, écologiques et "
        "culturels ; elle propose aussi un microcrédit professionnel et la plateforme de financement participatif "
        "Zeste.")
st("fondation-la-france-s-engage", "Fondation La France s'engage", website="fondationlafrancesengage.org",
   desc="La Fondation La France s'engage sélectionne des porteurs de projets sociaux innovants, par un concours "
        "national, et les aide à se développer et à s'implanter sur de nouveaux territoires.")
st("fondation-rte", "Fondation RTE", specialist=False,
   desc="Fondation créée en 2008 qui soutient des projets d'intérêt général contribuant au développement économique, "
        "social et solidaire des territoires ruraux de métropole ; elle est partenaire de la Fabrique à initiatives.")
st("pro-bono-lab", "Pro Bono Lab", types=["conseil", "reseau"], website="probonolab.org",
   desc="Association créée en 2011 qui aide les associations d'intérêt général à formuler leurs besoins de compétences "
        "et mobilise des volontaires (mécénat ou bénévolat de compétences) pour y répondre.")
st("makesense-incubateur", "makesense", types=["incubateur", "accelerateur"], commune="75056",
   desc="makesense est une communauté qui a lancé en 2014 un incubateur à impact, avec des programmes de l'idée au "
        "changement d'échelle, un fonds d'investissement et des ressources ouvertes en ligne.")
st("antropia-essec", "Antropia ESSEC", types=["incubateur", "accelerateur"],
   desc="Créé en 2008 par la chaire d'innovation sociale de l'ESSEC, Antropia accompagne des entreprises sociales "
        "recrutées dans toute la France, de l'idée à la mesure d'impact.")
st("la-ruche", "La Ruche", types=["incubateur", "tiers-lieu"],
   desc="La Ruche est un réseau d'espaces de travail partagés et d'incubation pour entrepreneurs à impact, né à Paris en "
        "2007-2008 et présent aussi à Bordeaux, Marseille, Montpellier, Saint-Nazaire ou Saint-Germain-en-Laye.")
st("singa-incubateurs", "SINGA", types=["incubateur"],
   desc="SINGA est une association créée en 2012 qui propose dans plusieurs villes (Paris, Lyon, Lille, Marseille, "
        "Nantes...) des programmes d'incubation gratuits pour les personnes nouvellement arrivées qui veulent créer "
        "leur activité.")
st("rtes-reseau-des-collectivites-territoriales-pour-une-economie-solidaire",
   "RTES – Réseau des collectivités territoriales pour une économie solidaire", types=["reseau", "centre-ressources"],
   website="rtes.fr",
   desc="Le RTES fédère des collectivités territoriales engagées pour l'économie solidaire et diffuse informations et "
        "retours d'expérience sur les politiques locales et les outils financiers de l'ESS.")
st("ess-france", "ESS France", types=["reseau", "centre-ressources"],
   desc="ESS France est l'organisation nationale de l'ESS : les CRESS lui sont rattachées depuis 2020 et elle anime "
        "l'Observatoire national de l'ESS ; sa délégation ESS France Outre-mer appuie les CRESS ultramarines.")
st("cg-scop", "Confédération générale des Scop et des Scic (CG Scop)", types=["reseau", "cooperative"],
   desc="La Confédération générale des Scop et des Scic anime le mouvement des coopératives de production et "
        "d'intérêt collectif ; elle mène un programme de développement des Scop, Scic et CAE dans les outre-mer, dont "
        "la direction est installée à Saint-Leu (La Réunion).")
st("terres-de-lorraine", "Terres de Lorraine", types=["programme-public"], specialist=False,
   desc="Le territoire de Terres de Lorraine, en Meurthe-et-Moselle, soutient sur son périmètre les projets "
        "d'« entreprendre autrement » de l'économie sociale et solidaire.")
st("institut-fikiri", "Institut Fikiri", types=["centre-ressources"],
   desc="L'Institut Fikiri est un centre de formation de Mayotte destiné à structurer l'économie sociale et solidaire "
        "ultramarine.")
st("guyanasso-maison-des-associations", "GUYANASSO (maison des associations de Guyane)", types=["centre-ressources"],
   desc="GUYANASSO, ancienne APROSEP, est une maison des associations qui accompagne les associations de Guyane, y "
        "compris dans les territoires éloignés.")
st("terres-de-lorraine", "Pays Terres de Lorraine", types=["programme-public"], specialist=False,
   desc="Le Pays Terres de Lorraine, en Meurthe-et-Moselle, apporte un suivi technique et stratégique aux structures de "
        "l'ESS de son territoire et aide à faire émerger des projets qui répondent à ses enjeux.")
st("institut-fikiri", "Institut Fikiri", types=["centre-ressources"],
   desc="L'Institut Fikiri est un centre de formation lancé par la CRESS de Mayotte pour professionnaliser les acteurs "
        "de l'ESS et sécuriser le parcours de leurs projets.")

# BGE
st("bge-guyane", "BGE Guyane", desc="BGE Guyane, association du réseau BGE, porte le dispositif local "
   "d'accompagnement (DLA) de la Guyane, dans le cadre d'un projet cofinancé par le Fonds social européen.")
st("bge-mayotte", "BGE Mayotte", note="Association qui fêtait ses vingt ans en 2021, elle organise le concours Talents "
   "et a obtenu en 2017 la gestion du DLA de Mayotte.")
st("bge-parif", "BGE PaRIF", note="Elle assure l'accueil, le diagnostic et la phase amont de la création et fait "
   "circuler un bus de la création d'entreprise.")
st("bge-yvelines", "BGE Yvelines", note="Elle conseille les futurs entrepreneurs et anime un bus de la création "
   "d'entreprise avec la communauté urbaine Grand Paris Seine et Oise.")
st("bge-adil", "BGE ADIL", website="bge-adil.eu", note="Elle porte aussi le DLA du Val-de-Marne.")
st("bge-berry-touraine", "BGE Berry-Touraine", note="Elle anime localement le Bus de l'entrepreneuriat et le CitésLab "
   "de Tours.")
st("bge-eure-et-loir", "BGE Eure-et-Loir", note="Elle est installée à la Cité de l'innovation, au Coudray, avec "
   "Initiative Eure-et-Loir.")
st("bge-ismer", "BGE Ismer", desc="BGE Ismer, association du réseau BGE dans le Loir-et-Cher, forme à l'entrepreneuriat "
   "et anime la couveuse « Mature Entreprise » à Blois, Romorantin et Vendôme.")
st("bge-perspectives", "BGE Perspectives", note="Elle va au-devant des créateurs des quartiers prioritaires avec un "
   "bus (2021).")
st("bge-franche-comte", "BGE Franche-Comté", note="Basée à Besançon, elle a créé en 2019 un pôle ESS et tient des "
   "permanences à Vesoul, Belfort, Pontarlier et Lons-le-Saunier ; elle est mandataire du groupement qui accompagne les "
   "créateurs d'activités ESS pour la Région Bourgogne-Franche-Comté.")
st("bge-picardie", "BGE Picardie", note="Elle accompagne créateurs et repreneurs, anime un pôle ESS et le concours "
   "Talents.")
st("bge-opale", "BGE Opale", note="Le Département du Pas-de-Calais la cite parmi les accompagnateurs de projets de "
   "l'ESS.")
st("bge-lot-et-garonne", "BGE Lot-et-Garonne", note="Antennes à Agen, Villeneuve-sur-Lot et Marmande ; elle met aussi en "
   "œuvre le DLA du Lot-et-Garonne.")
st("bge-sud-ouest", "BGE Sud-Ouest", desc="BGE Sud-Ouest, association du réseau BGE, porte le dispositif local "
   "d'accompagnement (DLA) de l'Ariège avec la Ligue de l'enseignement de l'Ariège.")
st("bge-languedoc-catalogne", "BGE Languedoc Catalogne", note="En 2024, elle a lancé avec Bpifrance un bus de "
   "l'entrepreneuriat dans neuf quartiers prioritaires du Gard.")
st("bge-ile-conseil", "BGE Ile Conseil", note="Elle participe aux réunions d'information des créateurs en Corse (2025) "
   "et figure parmi les partenaires ESS de la Collectivité de Corse.")
st("bge-loiret", "BGE Loiret", types=["conseil"], desc="BGE Loiret, association du réseau BGE, portait en 2014 le "
   "dispositif local d'accompagnement (DLA) de l'Eure-et-Loir, qu'elle assurait depuis 2010.")
st("union-regionale-des-bge-du-centre", "Union régionale des BGE du Centre", types=["reseau"],
   desc="L'Union régionale des BGE du Centre s'est vu confier début 2011 le centre régional de ressources et "
        "d'animation du DLA (DLA régional) de la région Centre (source de 2012).")

# CAE
st("odyssee-creation", "Odyssée création")
st("cae-bourgogne", "CAE Bourgogne (L'Envol, Coop en Bât)", website="caebourgogne.fr", commune="21231",
   note="Coopérative généraliste adhérente de Coopérer pour entreprendre, avec L'Envol pour les métiers de services et "
        "Coop en Bât pour le bâtiment ; siège à Dijon et antenne à Auxerre.")
st("coopilote", "Coopilote", commune="25056", note="Créée en 2002 à Montbéliard, installée à Besançon depuis 2007, elle "
   "a fêté ses vingt ans avec 300 entrepreneurs.")
for _k, _n in [("alterna", "Alterna"), ("coop-conexion", "Coop'Conexion"), ("grands-ensemble", "Grands Ensemble"),
               ("on-est-bien-la", "On est bien là"), ("tilt", "Tilt"), ("toerana-habitat", "Toerana Habitat"),
               ("le-groop", "Le Groop")]:
    st(_k, _n, note="Elle fait partie du collectif régional des CAE Hauts les Coop.")
st("antigone", "Antigone", commune="68224", note="CAE multi-activités créée en 2009 par Artenréel, installée au « 48 » "
   "à Mulhouse.")
st("coobatir", "CooBâtir", note="CAE des métiers du bâtiment créée en 2014 par Artenréel.")
st("coopenates", "Coopénates", note="CAE des services à la personne créée en 2007 par Artenréel.")
st("cooperer-pour-entreprendre-pays-de-la-loire", "Coopérer pour entreprendre – Pays de la Loire",
   types=["reseau", "cooperative"], website="cooperer-paysdelaloire.coop",
   desc="Coordination régionale du réseau Coopérer pour entreprendre, qui réunit les coopératives d'activité et "
        "d'emploi des Pays de la Loire (sept CAE selon la CRESS) ; elle a co-porté la candidature nantaise au label "
        "Territoires French Impact en 2018.")
st("oxalis", "Oxalis", commune="73008", note="Son siège est à Aix-les-Bains et elle compte sept établissements "
   "régionaux, dont une antenne limousine (Cesam-Oxalis).")
st("co-actions", "Co-actions", website="co-actions.coop", note="Elle a la forme d'une Scic.")
st("a-prova-cooperative-d-activites-et-d-emploi", "A Prova", note="La Collectivité de Corse la cite parmi ses "
   "partenaires de l'ESS.")
st("tumukuma-kop", "Tumukuma'Kop (CAE Sud Guyane)", website="cae-tumukumakop.com",
   note="Initiée par le Parc amazonien de Guyane, créée en 2021 avec l'appui du réseau Copea et de la Confédération "
        "générale des Scop, elle sert les communes du sud de la Guyane.")
st("coop-union-cae", "COOP UNION CAE")
st("possible", "Possible", commune="97416", note="CAE multi-activités installée à Saint-Pierre.")
st("coopaname", "Coopaname", website="", commune="93066", note="Elle a des implantations en Île-de-France, dont "
   "Saint-Denis.")
st("port-parallele", "Port Parallèle", commune="75056", note="Siège à Paris ; antennes à Cergy, Garges-lès-Gonesse et "
   "Aulnay-sous-Bois (2019).")
st("crescendo", "Crescendo", commune="61169", note="Basée à Flers, elle comptait 92 entrepreneurs-salariés fin 2014 ; "
   "elle a été placée en redressement judiciaire en janvier 2025.")
st("opteos", "Optéos", website="opteos.fr", note="Basée à Lille, elle accueille des activités du numérique, du conseil "
   "et de la formation et fait partie du collectif Hauts les Coop.")
st("artenreel", "Artenréel", commune="67482", website="artenreel.fr", note="CAE des métiers artistiques et culturels "
   "fondée à Strasbourg (réseau Coopérer pour entreprendre), qui a créé d'autres coopératives comme Antigone, "
   "CooBâtir et Coopénates.")
st("l-ouvre-boites", "L'Ouvre-Boîtes", commune="44162")
st("coodem", "Coodem", note="CAE généraliste de la Mayenne, située à Changé selon la source la plus récente (2021), à "
   "Laval selon la CRESS.")
st("cae-22", "CAE 22", commune="22187")
st("chrysalide", "Chrysalide", note="CAE généraliste du réseau CAE 29.")
st("coop-domi-ouest", "Coop domi ouest", note="CAE des services à la personne du réseau CAE 29.")
st("penn-ar-bat", "Penn ar bat", note="CAE des métiers du bâtiment du réseau CAE 29.")
st("elan-createur", "Élan Créateur", commune="35238")
st("coapi", "COAPI", website="coapi.fr", commune="17300", note="Première coopérative d'activité et d'emploi implantée à "
   "La Rochelle.")
st("coopalpha", "Coop'alpha", commune="33249", note="Implantée à Lormont, avec une antenne à Périgueux pour la "
   "Dordogne.")
st("iriscop", "IRISCOP", commune="24291")
st("cae-bearnaise", "CAE béarnaise", note="Membre du réseau Coopérer pour entreprendre.")
st("coop-action", "Coop'Action", commune="31555", note="Première CAE du bâtiment en Occitanie, elle a eu vingt ans en "
   "2022.")
st("terracoopa", "Terracoopa", commune="34172", note="Coopérative d'activité agricole hébergée au pôle Réalis, à "
   "Montpellier.")
st("regate", "Regate", commune="81065")
st("cap-services-loire", "Cap Services Loire", commune="42189", note="Anciennement Talents Croisés.")
st("appuy-createurs", "Appuy Créateurs", commune="63113", note="CAE généraliste créée en 2014, adhérente de Coopérer "
   "pour entreprendre, avec des antennes en Auvergne.")
st("cap-services", "Cap Services", note="Elle est présentée comme la première coopérative d'activité et d'emploi, créée "
   "en 1995 dans le Rhône.")
st("prisme", "Prisme", commune="13055", note="Coopérative d'activités et d'entrepreneurs installée à Marseille.")

# couveuses
st("le-cric-cooperative-regionale-d-education-a-l-entrepreneuriat-collectif",
   "Le Cric (Coopérative régionale d'éducation à l'entrepreneuriat collectif)", types=["cooperative", "couveuse"],
   desc="Le Cric est une coopérative bretonne qui porte juridiquement des coopératives de territoire éphémères, où "
        "des habitants ou des jeunes expérimentent l'entrepreneuriat coopératif sous contrat CAPE.")
st("couveuse-d-entreprises-boreal-corsica", "Boréal Corsica", note="Adhérente de l'Union des couveuses d'entreprises.")
st("reu-sit", "Réu.sit", note="Présentée comme la première couveuse d'entreprises des outre-mer.")
st("potentiel", "Potentiel", commune="71076", note="Basée à Chalon-sur-Saône, elle accompagne aussi des créateurs dans "
   "la Nièvre.")
st("couveuse-d-entreprises-de-dieppe", "Couveuse d'entreprises de Dieppe", commune="76217",
   note="Gérée par la société Interface, elle est installée dans l'ancien terminal transmanche.")
st("idecap", "IDECAP", note="Elle accompagne des projets de jeunes en service civique (2015).")
st("hopla", "Hopla", commune="68224", note="L'activité y est testée sous le numéro Siret de la couveuse.")
st("odacio", "ODACIO")
st("couveuse-nuna", "Couveuse Nuna", website="couveusenuna.com")
st("adije-couveuse-d-entreprises", "Adije", note="Sites cités en 2008 : Marseille, Salon-de-Provence, Vitrolles, Aubagne "
   "et Martigues.")
st("cado", "Cado", note="Couveuse spécialisée dans les entreprises et activités culturelles.")
st("inter-made", "Inter-Made", types=["incubateur", "couveuse", "generateur"], commune="13055", specialist=True,
   desc="Inter-Made, née en 2001 à Marseille comme couveuse d'entreprises, est un incubateur spécialisé dans l'ESS "
        "installé à la Friche la Belle de Mai ; elle porte aussi une Fabrique à initiatives et l'incubateur Az'up dans "
        "les Alpes-Maritimes.")

# CRESS
for _k, _n in [("cress-des-iles-de-guadeloupe-cress-ig", "CRESS des îles de Guadeloupe (CRESS-IG)"),
               ("cress-martinique", "CRESS Martinique"), ("cress-guyane", "CRESS de Guyane"),
               ("cress-de-la-reunion", "CRESS de La Réunion"), ("cress-de-mayotte", "CRESS de Mayotte"),
               ("cress-ile-de-france", "CRESS Île-de-France"), ("cress-centre-val-de-loire", "CRESS Centre-Val de Loire"),
               ("cress-bourgogne-franche-comte", "CRESS Bourgogne-Franche-Comté"),
               ("cress-hauts-de-france", "CRESS Hauts-de-France"), ("cress-grand-est", "CRESS Grand Est"),
               ("cress-pays-de-la-loire", "CRESS des Pays de la Loire"), ("cress-bretagne", "CRESS Bretagne"),
               ("cress-nouvelle-aquitaine", "CRESS Nouvelle-Aquitaine"), ("cress-occitanie", "CRESS Occitanie"),
               ("cress-auvergne-rhone-alpes", "CRESS Auvergne-Rhône-Alpes"),
               ("cress-provence-alpes-cote-d-azur", "CRESS Provence-Alpes-Côte d'Azur"), ("cress-corse", "CRESS de Corse")]:
    st(_k, _n)
S["cress-martinique"]["note"] = ("La seule source trouvée est sa revue de janvier 2013 (30e anniversaire) : son "
                                 "activité actuelle est à confirmer.")
S["cress-des-iles-de-guadeloupe-cress-ig"]["note"] = "Elle accueille dans ses locaux France Active Guadeloupe."
S["cress-de-la-reunion"]["note"] = ("Elle siège au comité stratégique du DLA et a porté une Fabrique à initiatives "
                                    "(2012).")
S["cress-de-mayotte"]["note"] = ("Elle porte l'accélérateur Fanya Lab, déploie des pôles ESS dans les "
                                 "intercommunalités et a lancé l'Institut Fikiri.")
S["cress-ile-de-france"]["note"] = ("Elle co-porte le DLA régional avec Île-de-France Active et anime les huit porteurs "
                                    "départementaux du DLA.")
S["cress-ile-de-france"]["types"] = ["dla"]
S["cress-centre-val-de-loire"]["note"] = ("Elle anime le réseau des développeurs économiques de l'ESS et a créé le "
                                          "réseau régional Ambition Tiers-Lieux.")
S["cress-hauts-de-france"]["note"] = "Elle a initié le réseau Tremplin des accompagnateurs de l'ESS."
S["cress-grand-est"]["note"] = "Elle porte le DLA régional avec Lorraine Mouvement associatif."
S["cress-grand-est"]["website"] = ""
S["cress-pays-de-la-loire"]["note"] = ("Installée à Nantes, elle a lancé le portail ESSor et anime le collectif CAP "
                                       "Tiers-Lieux.")
S["cress-bretagne"]["note"] = "Elle anime le réseau des pôles de développement de l'ESS de Bretagne."
S["cress-auvergne-rhone-alpes"]["note"] = "Elle anime Acc'ESS, réseau régional des acteurs de l'accompagnement de l'ESS."
S["cress-provence-alpes-cote-d-azur"]["note"] = "Installée à Marseille, elle pilote les DLA au niveau régional."

# DLA operators
st("aglca", "AGLCA", types=["centre-ressources"], website="aglca.asso.fr",
   desc="L'AGLCA est le centre de ressources de la vie associative et de l'économie sociale et solidaire de l'Ain ; "
        "elle porte le dispositif local d'accompagnement (DLA) du département.")
st("ligue-de-l-enseignement-des-ardennes", "Ligue de l'enseignement des Ardennes", types=["reseau"],
   desc="Fédération d'éducation populaire des Ardennes, la Ligue de l'enseignement y est le contact du dispositif local "
        "d'accompagnement (DLA), par son service Territoires.")
st("ligue-de-l-enseignement-de-l-ariege", "Ligue de l'enseignement de l'Ariège", types=["reseau"],
   desc="Fédération d'éducation populaire, la Ligue de l'enseignement de l'Ariège co-porte le dispositif local "
        "d'accompagnement (DLA) du département avec BGE Sud-Ouest.")
st("urqr", "URQR (Université Rurale Quercy Rouergue)", types=["conseil"], website="urqr.org",
   desc="L'Université rurale Quercy Rouergue, installée à Villefranche-de-Rouergue, accompagne la création de projets "
        "sur deux départements ruraux ; elle porte le DLA de l'Aveyron et celui du Lot.")
st("espace-associatif-de-quimper-cornouaille", "Espace associatif de Quimper-Cornouaille", types=["centre-ressources"],
   desc="L'Espace associatif de Quimper-Cornouaille accompagne les associations ; il est le point d'entrée du "
        "dispositif local d'accompagnement (DLA) du Finistère pour la Cornouaille et le pays de Morlaix.")
st("acegaa", "Acegaa", desc="Acegaa porte le dispositif local d'accompagnement (DLA) du Gard.")
st("ifaid-aquitaine", "IFAID Aquitaine (Institut de formation et d'appui aux initiatives de développement)",
   types=["centre-ressources"],
   desc="L'IFAID Aquitaine, institut de formation et d'appui aux initiatives de développement, porte le dispositif "
        "local d'accompagnement (DLA) de la Gironde aux côtés du Département.")
st("id37", "ID37", desc="ID37 gère depuis 2004 le dispositif local d'accompagnement (DLA) de l'Indre-et-Loire.")
st("ligue-de-l-enseignement-de-loir-et-cher", "Ligue de l'enseignement de Loir-et-Cher", types=["reseau"],
   desc="Fédération d'éducation populaire, la Ligue de l'enseignement de Loir-et-Cher porte depuis 2004 le dispositif "
        "local d'accompagnement (DLA) du département.")
st("adefpat", "Adefpat", types=["conseil", "generateur"], website="adefpat.fr",
   desc="L'Adefpat porte le dispositif local d'accompagnement (DLA) de la Lozère (mission reconduite pour "
        "2023-2025) et a annoncé rejoindre le réseau de la Fabrique à initiatives.")
st("ligue-de-l-enseignement-de-la-haute-marne", "Ligue de l'enseignement de la Haute-Marne", types=["reseau"],
   website="associations.ligue52.org",
   desc="Fédération d'éducation populaire, la Ligue de l'enseignement de la Haute-Marne porte depuis 2020 le dispositif "
        "local d'accompagnement (DLA) du département.")
st("cdos-meuse", "CDOS Meuse", types=["reseau"], website="cdos55.fr",
   desc="Le CDOS Meuse, installé à Bar-le-Duc, porte depuis 2014 le dispositif local d'accompagnement (DLA) de la "
        "Meuse.")
st("mission-locale-d-alencon", "Mission locale d'Alençon", specialist=False,
   website="missionslocalesnormandie.fr",
   desc="La Mission locale d'Alençon porte le dispositif local d'accompagnement (DLA) de l'Orne.")
st("ligue-de-l-enseignement-des-vosges", "Ligue de l'enseignement des Vosges", types=["reseau"],
   desc="Fédération d'éducation populaire, la Ligue de l'enseignement des Vosges portait le dispositif local "
        "d'accompagnement (DLA) du département (convention annoncée jusqu'en 2016).")
st("fol-93", "FOL 93", types=["reseau"], website="fol93.org",
   desc="La FOL 93 porte le dispositif local d'accompagnement (DLA) de la Seine-Saint-Denis depuis janvier 2007 "
        "(source de 2008).")

# France Active associations
st("france-active-provence-alpes-cote-d-azur", "France Active Provence-Alpes-Côte d'Azur", website="franceactive-paca.org",
   note="Créée en 2002, elle porte aussi le DLA des Bouches-du-Rhône.")
st("france-active-nouvelle-aquitaine", "France Active Nouvelle-Aquitaine",
   note="Elle a succédé notamment à Aquitaine Active, a une antenne à Périgueux et porte la Fabrique à initiatives du "
        "Limousin.")
st("france-active-bretagne", "France Active Bretagne", website="franceactive-bretagne.bzh",
   note="Anciennement BDI puis Bretagne Active, elle gère pour la Région les dispositifs CAP'Création ESS et Fonds de "
        "confiance et est un point d'entrée du DLA du Finistère.")
st("france-active-champagne-ardenne", "France Active Champagne-Ardenne", commune="51454",
   note="Siège à Reims, antennes à Charleville-Mézières, Troyes et Chaumont ; une source plus ancienne nomme "
        "Champagne-Ardenne Active la structure qui emploie la chargée de mission DLA de la Marne.")
st("nord-actif-france-active-nord", "Nord Actif", website="franceactive-nord.org",
   note="Elle intervient aussi dans le cadre du DLA ; nom actuel de l'association à confirmer.")
st("france-active-mpa-occitanie", "France Active MPA-Occitanie", website="franceactive-occitanie.org",
   note="Ex-Midi-Pyrénées Active, elle intervient dans l'ouest de l'Occitanie, porte le DLA des Hautes-Pyrénées et "
        "co-porte l'incubateur Première Brique à Toulouse.")
st("france-active-alsace", "France Active Alsace",
   note="Nommée Alsace Active dans des sources de 2018-2019, elle porte le DLA de l'agglomération de Haguenau et a "
        "expérimenté la Fabrique à initiatives de l'Eurométropole de Strasbourg.")
st("pie-paris-initiative-entreprise", "PIE – Paris Initiative Entreprise", types=["financeur"], website="pie.paris",
   desc="Paris Initiative Entreprise est à la fois l'association France Active et la plateforme Initiative France de "
        "Paris ; elle porte aussi un DLA parisien et a financé six lauréats des Trophées de l'ESS (2025).")
st("france-active-reunion", "France Active Réunion", website="",
   note="Elle porte le DLA de La Réunion depuis 2006 ; une autre source, qui la nomme Réunion Active (association "
        "créée en 2006), la décrit facilitant l'accès au crédit par des garanties et apportant des fonds propres "
        "(jusqu'à 1,5 M€).")
st("ile-de-france-active", "Île-de-France Active",
   note="Elle coordonne les associations France Active des huit départements franciliens et co-porte le DLA régional, "
        "où elle accompagne les entreprises de l'ESS d'envergure régionale.")
st("france-active-guadeloupe", "France Active Guadeloupe",
   note="Créée en 2023 après deux années d'expérimentation, elle propose notamment des prêts gratuits aux associations, "
        "des garanties et des prêts participatifs ; ses bureaux sont dans les locaux de la CRESS.")
st("france-active-guyane", "France Active Guyane", website="franceactive-guyane.org", commune="97304",
   note="Née officiellement en 2023 et basée à Kourou, elle intervient dans toute la Guyane.")
st("essonne-active", "Essonne Active",
   note="Elle anime avec l'Agence pour l'économie en Essonne le dispositif In'ESS 91 d'accueil et d'incubation de "
        "projets ESS.")
st("france-active-metropole", "France Active Métropole",
   note="Issue de la fusion du 1er juillet 2021, elle couvre les Hauts-de-Seine, la Seine-Saint-Denis et le "
        "Val-de-Marne.")
st("france-active-centre-val-de-loire", "France Active Centre-Val de Loire", commune="45234",
   note="Siège à Orléans ; elle organise le concours régional de l'entrepreneuriat des femmes.")
st("france-active-bourgogne", "France Active Bourgogne", note="Anciennement Bourgogne Active ; partenaire de "
   "l'incubateur Le T.")
st("france-active-franche-comte", "France Active Franche-Comté", note="Membre du groupement Le Transfo avec "
   "Coopilote et BGE Franche-Comté.")
st("initiactive-89", "INITIACTIVE 89", types=["financeur"],
   desc="INITIACTIVE 89 est à la fois membre de France Active et d'Initiative France dans l'Yonne : elle apporte "
        "garanties et financements solidaires et accorde des prêts d'honneur aux créateurs d'entreprise.")
st("france-active-normandie", "France Active Normandie", note="Elle a remplacé les anciennes associations haut- et "
   "bas-normandes.")
st("pas-de-calais-actif", "Pas-de-Calais Actif", types=["financeur"],
   desc="Pas-de-Calais Actif (ex-Inseraction 62) a été créé en 1995 à l'initiative du Département pour financer les "
        "créateurs d'entreprise et les structures d'insertion du Pas-de-Calais ; son appartenance au réseau France "
        "Active n'est dite que par une source exclue.")
st("initiative-somme-france-active-picardie", "Initiative Somme France Active Picardie", types=["financeur"],
   desc="Issue d'une fusion en 2018, l'association porte l'offre France Active dans l'Aisne, l'Oise et la Somme et la "
        "plateforme Initiative de la Somme (prêts d'honneur).")
st("france-active-pays-de-la-loire", "France Active Pays de la Loire", note="Seule source trouvée : 2018.")
st("france-active-poitou-charentes", "France Active Poitou-Charentes",
   note="Source de 2020 ; elle a pu rejoindre depuis France Active Nouvelle-Aquitaine. Elle co-porte l'incubateur POP "
        "avec l'ATIS.")
st("france-active-airdie-occitanie", "France Active Airdie Occitanie",
   note="Elle intervient dans les cinq départements de l'est de l'Occitanie, notamment dans la métropole de Montpellier "
        "(trente ans en 2023).")
st("france-active-auvergne-rhone-alpes-auvergne-rhone-alpes-active", "France Active Auvergne-Rhône-Alpes",
   website="franceactive-ara.org", note="Elle regroupe les associations France Active de la région (anciennement "
   "Auvergne-Rhône-Alpes Active).")
st("france-active-auvergne-ex-auvergne-active", "France Active Auvergne", website="franceactive-auvergne.org",
   note="Anciennement Auvergne Active.")
st("france-active-loire", "France Active Loire")
st("france-active-savoie-mont-blanc-ex-adises-active", "France Active Savoie Mont Blanc",
   note="Anciennement Adises Active ; centre à Chambéry, antenne à Annecy et permanences à Albertville et "
        "Saint-Pierre-d'Albigny.")
st("france-active-lorraine", "France Active Lorraine", website="franceactive-lorraine.org", commune="54395",
   note="Siège à Nancy et bureaux à Metz, Épinal et Bar-le-Duc ; elle anime aussi La Serre à Projets dans le sud de la "
        "Meurthe-et-Moselle.")
st("rhone-developpement-initiative", "Rhône Développement Initiative (RDI)", types=["financeur"], commune="69123",
   desc="Rhône Développement Initiative, à Lyon, porte l'offre France Active dans tout le Rhône et la plateforme "
        "Initiative de la Métropole de Lyon et des Monts et Coteaux du Lyonnais.")
st("centre-ain-initiative", "Centre Ain Initiative", types=["financeur"],
   desc="Centre Ain Initiative mobilise dans le centre de l'Ain des financements France Active, comme le contrat "
        "d'apport associatif.")
st("corse-active", "Corse Active Pour l'Initiative (CAPI)", types=["financeur"],
   desc="Corse Active Pour l'Initiative (CAPI), appelée aussi Corse Active, finance les entrepreneurs en Corse, "
        "organise le concours régional de l'entrepreneuriat engagé et fait partie de la plateforme Corse Financement, "
        "partenaire de l'ADEC dans son plan de soutien à l'ESS.")

# incubators, Fabriques, generators
st("accelerateur-ess-hec-paris", "Accélérateur ESS HEC Paris", types=["accelerateur"],
   desc="L'accélérateur ESS de HEC Paris, mené avec la Région Île-de-France et d'autres partenaires, accompagne des "
        "entreprises de l'ESS franciliennes qui changent d'échelle.")
st("les-scop-et-scic-icd", "Les Scop et Scic ICD (union régionale Île-de-France, Centre-Val de Loire, outre-mer)",
   website="les-scop-idf.coop",
   desc="Les Scop et Scic ICD est l'union régionale des Scop et des Scic d'Île-de-France, du Centre-Val de Loire et des "
        "outre-mer (422 coopératives fin 2023). Elle accompagne la création, la reprise et la transformation "
        "d'entreprises en coopérative et porte l'incubateur Alter'Incub en Centre-Val de Loire.")
st("le-t-incubateur", "Le T (incubateur engagé)",
   note="Il est porté par France Active Bourgogne, Active 71 et les Foyers ruraux de l'Yonne (première promotion en "
        "2020).")
st("le-labo-des-partenariats", "Le Labo des partenariats")
st("alter-incub-poitou-charentes", "Alter'Incub Poitou-Charentes",
   desc="Alter'Incub Poitou-Charentes est un incubateur d'innovation sociale de l'ancienne région Poitou-Charentes, "
        "cité en 2018 parmi les déclinaisons d'Alter'Incub ; son porteur n'est pas nommé par la source.")
st("union-regionale-des-scop-et-scic-occitanie", "Union régionale des Scop et Scic Occitanie (URSCOP Occitanie)",
   note="Fédération créée en 2019 des pôles Méditerranée (ex-URSCOP Languedoc-Roussillon, à Montpellier) et Pyrénées, "
        "elle porte les incubateurs Alter'Incub Occitanie Méditerranée et Catalis et l'accélérateur Alter'Venture.")
st("union-regionale-des-scop-et-scic-auvergne-rhone-alpes", "Union régionale des Scop et Scic Auvergne-Rhône-Alpes",
   note="Issue de la fusion des unions d'Auvergne et de Rhône-Alpes (2017), elle porte l'incubateur Alter'Incub "
        "Rhône-Alpes.")
st("les-premieres-auvergne-rhone-alpes", "Les Premières Auvergne-Rhône-Alpes", commune="69123",
   desc="Les Premières Auvergne-Rhône-Alpes (ex-Pionnières, à Lyon) incubent des entreprises portées par des femmes et "
        "des équipes mixtes, avec des implantations essaimées à Grenoble, Saint-Étienne et Clermont-Ferrand.")
st("ronalpia", "Ronalpia", website="ronalpia.fr", commune="69123",
   desc="Ronalpia est un incubateur d'entreprises sociales né à Lyon, présent aussi à Saint-Étienne, en Isère, dans la "
        "Drôme (Biovallée) et dans le nord de l'Ardèche (2023).")
st("inizia", "Inizià", website="inizia.corsica", commune="2B033", specialist=False,
   desc="Inizià est l'incubateur territorial d'entreprises innovantes de Corse, basé à Bastia ; généraliste, il n'est "
        "pas propre à l'ESS.")
st("tag22", "TAg22", note="Propulseur d'entrepreneuriat collectif des Côtes-d'Armor, membre du réseau TAg BZH.")
st("tag29", "TAg29 (Trajectoires Agiles 29)", note="Propulseur d'entrepreneuriat collectif du Finistère, lancé à "
   "Morlaix par l'Adess du pays de Morlaix avec les pôles ESS du département (réseau TAg BZH).")
st("tag35", "TAg35 (Trajectoires Agiles 35)", commune="35238", note="Propulseur d'entrepreneuriat collectif "
   "d'Ille-et-Vilaine installé au Quadri à Rennes, fondé par les pôles ESS du département et l'URSCOP (réseau TAg BZH).")
st("tag56", "TAg56", note="Propulseur d'entrepreneuriat collectif du Morbihan, membre du réseau TAg BZH.")
st("emergence-perigord", "Emergence Périgord", note="Créé en 2018, il accompagne les projets collectifs de l'ESS en "
   "Dordogne.")
st("atis-association-territoires-et-innovation-sociale", "ATIS (Association Territoires et Innovation Sociale)",
   types=["incubateur", "generateur"], commune="33318",
   desc="L'ATIS, à Pessac, est un incubateur d'innovation sociale de Nouvelle-Aquitaine qui porte aussi une Fabrique à "
        "initiatives et co-porte l'incubateur POP ; elle était en 2017 l'organisme régional du DLA.")
st("les-premieres-nouvelle-aquitaine", "Les Premières Nouvelle-Aquitaine", commune="33063",
   note="Membre du réseau Les Premières, installée dans l'écosystème Darwin à Bordeaux.")
st("liess-87-incubateur-ess-de-la-haute-vienne", "LIESS 87 (incubateur ESS de la Haute-Vienne)", commune="87085",
   note="Créé en 2021 à Limoges par six acteurs (URSCOP, Cesam-Oxalis, CRESS, interconsulaire, France Active Limousin, "
        "BGE Limousin), il accompagne les projets pendant douze à dix-huit mois.")
st("premiere-brique", "Première Brique", types=["incubateur", "generateur"], commune="31555",
   desc="Première Brique est l'incubateur d'innovation sociale de Toulouse Métropole, co-porté par la Métropole et "
        "France Active MPA-Occitanie ; il porte aussi la Fabrique à initiatives de Toulouse, tournée vers les "
        "quartiers prioritaires.")
st("gem-les-prem1eres", "GEM Les Prem1ères", website="grenoble-em.com",
   desc="GEM Les Prem1ères est un incubateur mobile lancé par Grenoble École de Management et Les Prem1ères "
        "Rhône-Alpes Auvergne pour les femmes qui créent leur entreprise en zone rurale et de montagne, en Isère.")
st("cocoshaker", "Cocoshaker", commune="63113", note="À Clermont-Ferrand, il accompagne les projets d'entreprise à "
   "impact social.")
st("premieres-sud", "Premières Sud", commune="13001", note="Membre du réseau Les Premières, il incube des entreprises "
   "portées par des femmes et des équipes mixtes ; siège à Aix-en-Provence et 25 antennes.")
st("accelerateur-social-var", "Accélérateur social Var", commune="83137",
   note="Hébergé à la Maison du numérique de Toulon, il a été accompagné par Inter-Made (2016).")
st("les-premieres-de-guadeloupe", "Les Premières de Guadeloupe",
   note="Projet d'incubateur pour un public féminin présenté au Forum des projets outre-mer (2019).")
st("kaleidoscope-martinique", "Kaléidoscope", types=["incubateur", "conseil"],
   desc="Kaléidoscope est un incubateur et une structure de conseil et de formation spécialisée dans l'entrepreneuriat "
        "social, en Martinique.")
st("generateur-bourgogne-franche-comte", "Générateur Bourgogne-Franche-Comté",
   desc="Le Générateur Bourgogne-Franche-Comté est un collectif de six structures qui porte la Fabrique à initiatives "
        "dans la région ; Clus'ter Jura en est membre fondateur.")
st("adress-normandie", "ADRESS Normandie", types=["centre-ressources", "incubateur", "generateur"],
   desc="L'ADRESS, agence pour le développement régional de l'ESS née en Haute-Normandie, fait la promotion de l'ESS, "
        "accueille et accompagne les porteurs de projets sociaux, porte la Fabrique à initiatives en Normandie et a "
        "créé en 2018 l'incubateur Katapult.")
st("courant-fort", "Courant Fort", desc="Courant Fort est l'association qui porte la Fabrique à initiatives de la "
   "Drôme et de l'Ardèche.")
st("clus-ter-jura", "Clus'ter Jura", types=["reseau"],
   desc="Clus'ter Jura est un acteur jurassien de l'ESS, membre fondateur du Générateur Bourgogne-Franche-Comté (Fabrique "
        "à initiatives) et du groupement qui accompagne les créateurs d'activités ESS pour la Région.")
st("les-ecossolies", "Les Écossolies", types=["incubateur", "reseau", "tiers-lieu"], website="ecossolies.fr",
   commune="44109",
   desc="Les Écossolies animent le réseau de l'ESS de la métropole nantaise, reconnu comme pôle territorial de "
        "coopération économique, autour du Solilab sur l'île de Nantes ; elles y portent un incubateur et une Fabrique à "
        "initiatives.")

# Initiative France platforms (template + note)
for _k, _n, _note in [
    ("initiative-martinique-active", "Initiative Martinique Active", "Elle accorde des prêts d'honneur de création et "
     "de développement."),
    ("initiative-guyane", "Initiative Guyane", "Elle est implantée en Guyane depuis plus de vingt ans (2023)."),
    ("initiative-reunion", "Initiative Réunion", "Elle gère aussi le dispositif Alizé en faveur des PME."),
    ("initiative-mayotte", "Initiative Mayotte", ""),
    ("wilco-initiative", "WILCO Initiative", "Anciennement Scientipôle Initiative, elle accorde des prêts d'honneur aux "
     "jeunes entreprises innovantes d'Île-de-France."),
    ("initiative-melun-val-de-seine", "Initiative Melun Val de Seine et Sud Seine-et-Marne", "Elle a fêté ses vingt ans "
     "en 2021."),
    ("initiative-seine-saint-denis", "Initiative Seine-Saint-Denis", ""),
    ("initiative-eure-et-loir", "Initiative Eure-et-Loir", "Elle est installée à la Cité de l'innovation, au Coudray."),
    ("initiative-indre", "Initiative Indre", ""),
    ("initiative-touraine", "Initiative Touraine", "Elle a été le guichet du Fonds Renaissance de la Région en "
     "Indre-et-Loire."),
    ("initiative-loir-et-cher", "Initiative Loir-et-Cher", ""),
    ("initiative-franche-comte", "Initiative Franche-Comté", ""),
    ("initiative-cote-d-or", "Initiative Côte-d'Or", ""),
    ("initiative-doubs-territoire-de-belfort", "Initiative Doubs Territoire de Belfort", ""),
    ("initiative-jura", "Initiative Jura", ""),
    ("initiative-saone-et-loire", "Initiative Saône-et-Loire", "Elle a rejoint le réseau Initiative France en 2014."),
    ("initiative-rouen", "Initiative Rouen", ""),
    ("le-havre-caux-initiative", "Le Havre Caux Initiative", ""),
    ("initiative-hauts-de-france", "Initiative Hauts-de-France", ""),
    ("lille-metropole-innovation", "Lille Métropole Innovation (LMI)", "Basée à Lille, elle est consacrée aux projets "
     "innovants de toute la région."),
    ("initiative-oise-est", "Initiative Oise Est", ""),
    ("initiative-oise-ouest", "Initiative Oise Ouest", ""),
    ("oise-sud-initiative", "Oise-Sud Initiative", ""),
    ("initiative-calaisis", "Initiative Calaisis", ""),
    ("artois-initiative", "Artois Initiative", "Elle est partenaire de la communauté d'agglomération de Béthune-Bruay."),
    ("initiative-ardennes", "Initiative Ardennes", "Elle a été créée en 1988."),
    ("initiative-aube", "Initiative Aube", ""),
    ("initiative-marne-pays-de-brie-et-champagne", "Initiative Marne Pays de Brie et Champagne", ""),
    ("initiative-en-pays-lunevillois", "Initiative en Pays lunévillois", "Elle a été créée en 1999."),
    ("initiative-meuse", "Initiative Meuse", ""),
    ("initiative-metz", "Initiative Metz", ""),
    ("initiative-strasbourg", "Initiative Strasbourg", "Anciennement Cap Création."),
    ("initiative-sud-alsace", "Initiative Sud-Alsace", "Elle est basée à Mulhouse."),
    ("hautes-vosges-initiative", "Hautes Vosges Initiative", ""),
    ("initiative-nantes", "Initiative Nantes", ""),
    ("initiative-mayenne", "Initiative Mayenne", ""),
    ("initiative-sarthe", "Initiative Sarthe", ""),
    ("vendee-bocage-initiative", "Vendée Bocage Initiative", ""),
    ("initiative-bretagne", "Initiative Bretagne", "Elle gère le fonds régional de prêt d'honneur BRIT."),
    ("initiative-armor", "Initiative Armor", ""),
    ("initiative-en-pays-de-dinan", "Initiative en Pays de Dinan", ""),
    ("initiative-pays-de-brest", "Initiative Pays de Brest", ""),
    ("initiative-pays-de-morlaix", "Initiative Pays de Morlaix", ""),
    ("initiative-rennes", "Initiative Rennes", ""),
    ("portes-de-bretagne-initiative", "Portes de Bretagne Initiative", ""),
    ("initiative-pays-de-ploermel", "Initiative Pays de Ploërmel", ""),
    ("initiative-nouvelle-aquitaine", "Initiative Nouvelle-Aquitaine", ""),
    ("initiative-agri-charente", "Initiative Agri Charente", ""),
    ("initiative-perigord", "Initiative Périgord", ""),
    ("initiative-gironde", "Initiative Gironde", ""),
    ("initiative-landes", "Initiative Landes", ""),
    ("initiative-vienne", "Initiative Vienne", ""),
    ("initiative-occitanie", "Initiative Occitanie", ""),
    ("initiative-ariege", "Initiative Ariège", ""),
    ("initiative-narbonne-arrondissement", "Initiative Narbonne Arrondissement", ""),
    ("initiative-aveyron", "Initiative Aveyron", ""),
    ("initiative-gard", "Initiative Gard", ""),
    ("initiative-gers", "Initiative Gers", "Plateforme d'initiative artisanale gersoise (IAG)."),
    ("initiative-cur-dherault", "Initiative Cœur d'Hérault", ""),
    ("bigorre-initiative", "Bigorre Initiative", "Gérée en 2011 par le comité départemental de développement "
     "économique ; nom actuel à confirmer."),
    ("initiative-montauban-tarn-et-garonne", "Initiative Montauban Tarn-et-Garonne", ""),
    ("initiatives-auvergne", "Initiatives Auvergne", ""),
    ("initiative-dombes-val-de-saone", "Initiative Dombes Val de Saône", ""),
    ("initiative-bugey", "Initiative Bugey", ""),
    ("cantal-initiative", "Cantal Initiative", ""),
    ("initiative-vallee-de-la-drome-diois", "Initiative Vallée de la Drôme Diois", ""),
    ("initiative-loire", "Initiative Loire", "Elle a été créée en 1996."),
    ("clermont-agglo-initiative", "Clermont Agglo Initiative", "Elle a été créée à l'initiative de Clermont "
     "Communauté, aujourd'hui Clermont Auvergne Métropole."),
    ("initiative-provence-alpes-cote-d-azur", "Initiative Provence-Alpes-Côte d'Azur", ""),
    ("initiative-alpes-provence", "Initiative Alpes Provence", "Issue de la fusion d'Initiative Sud Hautes-Alpes et "
     "d'Initiative Alpes-de-Haute-Provence."),
    ("initiative-nice-cote-dazur", "Initiative Nice Côte d'Azur", ""),
    ("initiative-terre-dazur", "Initiative Terre d'Azur", ""),
    ("initiative-marseille-metropole", "Initiative Marseille Métropole", ""),
    ("var-initiative", "Var Initiative", ""),
    ("initiative-ventoux", "Initiative Ventoux", ""),
    ("initiative-corse", "Initiative Corse", "Elle est soutenue par l'ADEC dans le cadre du plan régional de soutien à "
     "l'ESS ; une source la nomme Corse Initiative."),
]:
    st(_k, _n, **({"note": _note} if _note else {}))
for _k in ["initiative-franche-comte", "initiative-hauts-de-france", "initiative-bretagne", "initiative-nouvelle-aquitaine",
           "initiative-occitanie", "initiatives-auvergne", "initiative-provence-alpes-cote-d-azur"]:
    S[_k]["coordination"] = True
S["initiative-hauts-de-france"]["note"] = "Elle coordonne une vingtaine de plateformes (2020)."
S["initiative-nouvelle-aquitaine"]["note"] = "Elle coordonne seize plateformes (2017)."
S["initiative-occitanie"]["note"] = "Elle coordonne vingt et une plateformes (2018)."
S["initiatives-auvergne"]["note"] = "Elle coordonne les douze plateformes d'Auvergne."
S["initiative-provence-alpes-cote-d-azur"]["note"] = "Elle réunit vingt associations (2018)."
S["initiative-franche-comte"]["note"] = "Elle coordonne quatre plateformes."
st("initiative-haute-normandie", "Initiative Haute-Normandie", coordination=True,
   note="Source de 2012, avant la fusion des régions : nom et périmètre actuels à confirmer.")
st("isere-sud-initiative", "Isère Sud Initiative", not_networks=["initiative-france"],
   desc="Isère Sud Initiative est une plateforme de prêts d'honneur partenaire de la communauté de communes du Trièves, "
        "dans le sud de l'Isère ; la page ne dit pas son appartenance au réseau Initiative France.")
st("plateforme-d-initiative-locale-du-puy-en-velay", "Plateforme d'initiative locale du Puy-en-Velay",
   desc="Plateforme d'initiative locale du Puy-en-Velay (Haute-Loire), créée par le comité d'expansion économique ; la "
        "page ne donne pas son nom actuel. Elle accorde des prêts d'honneur aux créateurs et repreneurs d'entreprise.")
st("lot-initiatives-artisanat", "Lot Initiatives Artisanat (LIA)", specialist=False, not_networks=["initiative-france"],
   desc="Lot Initiatives Artisanat, adossée à la chambre de métiers du Lot, accorde des prêts à taux zéro aux repreneurs "
        "d'entreprises artisanales ; la page ne dit pas son appartenance au réseau Initiative France.")

# Réseau Entreprendre associations (template + note)
for _k, _n, _note in [
    ("reseau-entreprendre-guadeloupe", "Réseau Entreprendre Guadeloupe", "Implantée depuis 2012 (source de 2013)."),
    ("reseau-entreprendre-paris", "Réseau Entreprendre Paris", ""),
    ("reseau-entreprendre-essonne", "Réseau Entreprendre Essonne", ""),
    ("reseau-entreprendre-93", "Réseau Entreprendre 93", "Elle a fêté ses vingt ans."),
    ("reseau-entreprendre-du-val-de-marne", "Réseau Entreprendre du Val-de-Marne", ""),
    ("reseau-entreprendre-bourgogne", "Réseau Entreprendre Bourgogne", "Née en 2002, elle anime aussi le programme "
     "étudiant Entrep'Bourgogne."),
    ("reseau-entreprendre-franche-comte", "Réseau Entreprendre Franche-Comté", ""),
    ("reseau-entreprendre-normandie-ouest", "Réseau Entreprendre Normandie Ouest", ""),
    ("reseau-entreprendre-normandie-seine-eure", "Réseau Entreprendre Normandie Seine & Eure", ""),
    ("reseau-entreprendre-seine-estuaire", "Réseau Entreprendre Seine Estuaire", ""),
    ("nord-entreprendre", "Nord Entreprendre", "Basée à Roubaix, elle est à l'origine du Réseau Entreprendre."),
    ("reseau-entreprendre-alsace", "Réseau Entreprendre Alsace", "Elle s'adresse notamment aux primo-créateurs."),
    ("reseau-entreprendre-champagne-ardenne", "Réseau Entreprendre Champagne-Ardenne", ""),
    ("reseau-entreprendre-lorraine", "Réseau Entreprendre Lorraine", "Elle a une antenne dans la Meuse, dans les "
     "locaux de Meuse Attractivité."),
    ("reseau-entreprendre-maine-et-loire", "Réseau Entreprendre Maine-et-Loire", ""),
    ("reseau-entreprendre-mayenne", "Réseau Entreprendre Mayenne", ""),
    ("reseau-entreprendre-sarthe", "Réseau Entreprendre Sarthe", "Créée en 2019, elle accorde un label à ses lauréats."),
    ("vendee-entreprendre", "Vendée Entreprendre", ""),
    ("reseau-entreprendre-bretagne", "Réseau Entreprendre Bretagne", ""),
    ("reseau-entreprendre-du-finistere", "Réseau Entreprendre du Finistère", ""),
    ("reseau-entreprendre-adour", "Réseau Entreprendre Adour", ""),
    ("reseau-entreprendre-occitanie-garonne", "Réseau Entreprendre Occitanie Garonne", "Installée à Toulouse, elle a "
     "une antenne dans le Tarn-et-Garonne."),
    ("reseau-entreprendre-isere", "Réseau Entreprendre Isère", ""),
    ("reseau-entreprendre-loire", "Réseau Entreprendre Loire", "Anciennement Loire Entreprendre."),
    ("reseau-entreprendre-du-rhone", "Réseau Entreprendre du Rhône", ""),
    ("savoie-entreprendre", "Savoie Entreprendre", ""),
    ("reseau-entreprendre-haute-savoie", "Réseau Entreprendre Haute-Savoie", ""),
    ("reseau-entreprendre-alpes-du-sud", "Réseau Entreprendre Alpes du Sud", ""),
    ("reseau-entreprendre-provence-alpes-cote-dazur", "Réseau Entreprendre Provence-Alpes-Côte d'Azur", ""),
    ("reseau-entreprendre-var", "Réseau Entreprendre Var", ""),
]:
    st(_k, _n, **({"note": _note} if _note else {}))
S["reseau-entreprendre-paris"]["website"] = "reseau-entreprendre.org/paris"
S["reseau-entreprendre-occitanie-garonne"]["commune"] = "31555"

# insertion and solidarity networks
st("chantier-ecole", "CHANTIER école", website="chantierecole.org",
   desc="CHANTIER école est le réseau national des ateliers et chantiers d'insertion, organisé en associations "
        "régionales (délégation francilienne créée en 2001).")
st("coorace", "COORACE", website="coorace.org",
   desc="COORACE regroupe, représente et accompagne près de 600 entreprises d'utilité sociale, surtout des structures "
        "d'insertion par l'activité économique, avec des délégations régionales ; il co-anime le dispositif national "
        "des pôles territoriaux de coopération économique.")
st("federation-des-acteurs-de-la-solidarite", "Fédération des acteurs de la solidarité (FAS)",
   website="federationsolidarite.org",
   desc="La Fédération des acteurs de la solidarité rassemble les acteurs de la lutte contre l'exclusion (hébergement, "
        "insertion par l'activité économique) et compte treize fédérations régionales.")
st("uniopss", "Uniopss", website="uniopss.asso.fr",
   desc="L'Uniopss est l'union nationale des associations sanitaires, sociales et médico-sociales ; elle s'appuie sur "
        "des unions régionales, les Uriopss.")
for _k, _n, _note in [
    ("uriopss-ile-de-france", "Uriopss Île-de-France", "Elle rencontre ses adhérents dans les huit départements "
     "franciliens (2019)."),
    ("uriopss-centre", "Uriopss Centre", "Siège à Orléans."),
    ("uriopss-normandie", "Uriopss Normandie", ""),
    ("uriopss-hauts-de-france", "Uriopss Hauts-de-France", "Elle rassemble plus de 1 400 associations de solidarité."),
    ("uriopss-pays-de-la-loire", "Uriopss Pays de la Loire", "Elle compte 200 adhérents et plus de 800 établissements "
     "et services."),
    ("uriopss-bretagne", "Uriopss Bretagne", ""),
    ("uriopss-nouvelle-aquitaine", "Uriopss Nouvelle-Aquitaine", ""),
]:
    st(_k, _n, desc=(f"L'{_n} est l'union régionale interfédérale des associations de solidarité, sanitaires, sociales et "
                     f"médico-sociales, membre du réseau Uniopss. {_note}").strip())
S["uriopss-centre"]["commune"] = "45234"
S["uriopss-centre"]["website"] = "uriopss-centre.fr"
S["uriopss-hauts-de-france"]["website"] = "uriopss-hdf.fr"
S["uriopss-nouvelle-aquitaine"]["website"] = "uriopss-nouvelleaquitaine.fr"
for _k, _n, _note in [
    ("federation-des-acteurs-de-la-solidarite-centre-val-de-loire", "Fédération des acteurs de la solidarité "
     "Centre-Val de Loire", "Elle a fêté ses quarante ans en 2025."),
    ("federation-des-acteurs-de-la-solidarite-bourgogne-franche-comte", "Fédération des acteurs de la solidarité "
     "Bourgogne-Franche-Comté", ""),
    ("federation-des-acteurs-de-la-solidarite-pays-de-la-loire", "Fédération des acteurs de la solidarité Pays de la "
     "Loire", "Elle a lancé avec l'Uriopss un appel de 600 associations pour la solidarité."),
    ("federation-des-acteurs-de-la-solidarite-bretagne", "Fédération des acteurs de la solidarité Bretagne",
     "Elle réunit une quarantaine d'associations (2022)."),
    ("federation-des-acteurs-de-la-solidarite-auvergne-rhone-alpes", "Fédération des acteurs de la solidarité "
     "Auvergne-Rhône-Alpes", "Élargie à l'Auvergne, elle est installée rue Smith à Lyon."),
]:
    st(_k, _n, desc=(f"La {_n} est la fédération régionale des associations de lutte contre l'exclusion, membre de la "
                     f"Fédération des acteurs de la solidarité. {_note}").strip())
S["federation-des-acteurs-de-la-solidarite-auvergne-rhone-alpes"]["commune"] = "69123"

# Mouvement associatif
for _k, _n, _note in [
    ("le-mouvement-associatif-de-la-reunion", "Le Mouvement associatif de La Réunion", ""),
    ("le-mouvement-associatif-d-ile-de-france", "Le Mouvement associatif d'Île-de-France (MADIF)",
     "Il est l'interlocuteur de la préfecture de région pour la vie associative."),
    ("le-mouvement-associatif-centre-val-de-loire", "Le Mouvement associatif Centre-Val de Loire", ""),
    ("le-mouvement-associatif-bourgogne-franche-comte", "Le Mouvement associatif Bourgogne-Franche-Comté", ""),
    ("le-mouvement-associatif-hauts-de-france", "Le Mouvement associatif Hauts-de-France",
     "Il porte le DLA régional des Hauts-de-France."),
    ("lorraine-mouvement-associatif", "Lorraine Mouvement associatif", "Il est partenaire du DLA régional Grand Est."),
    ("le-mouvement-associatif-pays-de-la-loire", "Le Mouvement associatif Pays de la Loire", ""),
    ("le-mouvement-associatif-de-bretagne", "Le Mouvement associatif de Bretagne", "Il a signé une charte "
     "d'engagements réciproques avec la Région."),
    ("le-mouvement-associatif-nouvelle-aquitaine", "Le Mouvement associatif Nouvelle-Aquitaine", ""),
    ("le-mouvement-associatif-occitanie", "Le Mouvement associatif Occitanie", "Il porte le DLA régional et est "
     "partenaire de la Région pour l'appel à projets « Occitanie plus inclusive et solidaire » (2025)."),
    ("le-mouvement-associatif-auvergne-rhone-alpes", "Le Mouvement associatif Auvergne-Rhône-Alpes", ""),
]:
    st(_k, _n, **({"note": _note} if _note else {}))
S["le-mouvement-associatif-centre-val-de-loire"]["website"] = "lemouvementassociatif-cvl.org"
S["le-mouvement-associatif-bourgogne-franche-comte"]["website"] = "lmabfc.org"
S["lorraine-mouvement-associatif"]["website"] = "lorrainemouvementassociatif.org"
S["le-mouvement-associatif-pays-de-la-loire"]["website"] = "lemouvementassociatif-pdl.org"
S["le-mouvement-associatif-nouvelle-aquitaine"]["website"] = "lemouvementassociatif-na.org"
S["le-mouvement-associatif-auvergne-rhone-alpes"]["website"] = "lemouvementassociatif-aura.org"

# tiers-lieux networks
for _k, _n in [("reseau-tiers-lieux-martinique", "Réseau Tiers-Lieux Martinique"),
               ("la-reunion-des-tiers-lieux", "La Réunion des Tiers-Lieux"), ("a-c-est-mieux", "A+ c'est mieux !"),
               ("ambition-tiers-lieux", "Ambition Tiers-Lieux"), ("tiers-lieux-bfc", "Tiers-Lieux BFC"),
               ("tilino-reseau-normand-des-tiers-lieux", "Tilino"),
               ("la-compagnie-des-tiers-lieux", "La Compagnie des Tiers-Lieux"),
               ("reseau-tiers-lieux-en-grand-est", "Réseau Tiers-Lieux en Grand Est"),
               ("bretagne-tiers-lieux", "Bretagne Tiers-Lieux"), ("cooperative-tiers-lieux", "La Coopérative Tiers-Lieux"),
               ("la-rosee", "La Rosée – Réseau des tiers-lieux d'Occitanie"),
               ("relief", "RELIEF (réseau des lieux effervescents d'Auvergne-Rhône-Alpes)"),
               ("sud-tiers-lieux", "Sud Tiers-Lieux"), ("da-locu", "Dà Locu"), ("la-trame", "La Trame")]:
    st(_k, _n)
S["reseau-tiers-lieux-martinique"]["note"] = "Il accompagne et forme les tiers-lieux émergents de l'île."
S["la-reunion-des-tiers-lieux"]["note"] = "Association-fédération à bureau collégial, organisée en groupes de travail."
S["a-c-est-mieux"]["note"] = "Association qui fédère les tiers-lieux franciliens."
S["ambition-tiers-lieux"]["note"] = "Réseau régional créé par la CRESS Centre-Val de Loire."
S["tiers-lieux-bfc"]["note"] = "Association régionale préfigurée au printemps 2021."
S["tilino-reseau-normand-des-tiers-lieux"]["note"] = "Réseau régional des tiers-lieux normands."
S["la-compagnie-des-tiers-lieux"]["note"] = "Réseau régional des Hauts-de-France organisé en cercles territoriaux et "\
                                            "thématiques."
S["reseau-tiers-lieux-en-grand-est"]["note"] = "Association collégiale régionale créée en septembre 2021."
S["cooperative-tiers-lieux"]["note"] = ("Tête de réseau régionale créée en 2011, qui accompagne les tiers-lieux de "
                                        "Nouvelle-Aquitaine.")
S["cooperative-tiers-lieux"]["website"] = "coop.tierslieux.net"
S["la-rosee"]["website"] = "tierslieuxoccitanie.com"
S["da-locu"]["note"] = ("Réseau régional de Corse (19 structures en 2022), fondé par l'Université de Corse, l'AFPA "
                        "d'Ajaccio et d'autres partenaires.")
S["la-trame"]["note"] = "Réseau local de tiers-lieux de l'Ardèche, membre de RELIEF."
st("ad-occ", "AD'OCC (agence régionale de développement économique d'Occitanie)", types=["reseau"], specialist=False,
   desc="L'agence régionale de développement économique AD'OCC anime le RésO des tiers-lieux labellisés d'Occitanie.")
st("cowork-in-corsica", "Cowork'in Corsica", desc="Cowork'in Corsica est l'association qui fédère neuf espaces de "
   "coworking répartis en Corse (2022).")
st("isopolis", "Isopolis", types=["tiers-lieu"], website="isopolis.re", commune="97404",
   desc="Isopolis a lancé au Vaisseau, à L'Étang-Salé, un réseau local de tiers-lieux.")

# Scop unions
st("les-scop-et-scic-de-l-ouest", "Les Scop et Scic de l'Ouest", website="les-scop-ouest.coop",
   note="Elle intervient en Bretagne, en Normandie (délégation pour le Calvados, l'Eure et l'Orne) et en "
        "Loire-Atlantique.")
st("union-regionale-des-scop-hauts-de-france", "Union régionale des Scop (Nord-Pas-de-Calais)",
   note="La seule source, non datée (vers 2013), la cite pour la reprise d'entreprises par leurs salariés : nom, "
        "périmètre et existence actuels à confirmer.")
st("union-regionale-des-scop-et-scic-grand-est", "Union régionale des Scop et Scic Grand Est", website="")
st("union-regionale-des-scop-et-scic-nouvelle-aquitaine", "Union régionale des Scop et Scic de Nouvelle-Aquitaine",
   note="Association créée à l'échelle régionale, elle a tenu son premier congrès régional en 2021.")
st("union-regionale-des-scop-et-scic-provence-alpes-cote-d-azur-et-corse",
   "Union régionale des Scop et Scic de Provence-Alpes-Côte d'Azur et Corse")

# financers, collectivités, platforms
st("blue-bees", "Blue Bees", desc="Blue Bees est une plateforme de financement participatif dédiée aux projets de l'ESS "
   "et de l'écologie.")
st("federation-nationale-des-caisses-d-epargne", "Fédération nationale des Caisses d'Epargne (FNCE)", specialist=False,
   desc="Depuis 2022, la Fédération nationale des Caisses d'Epargne lance chaque année un appel à projets relayé par les "
        "quinze caisses régionales.")
st("federation-des-cigales", "Fédération des Cigales", types=["financeur", "reseau"],
   desc="Les Cigales sont des clubs de cinq à vingt citoyens qui placent ensemble leur épargne dans des entreprises "
        "locales et solidaires (721 clubs en 2021) ; leur fédération compte dix associations régionales.")
st("fondation-credit-agricole-solidarite-et-developpement", "Fondation Crédit Agricole Solidarité et Développement",
   specialist=False,
   desc="Fondation nationale du Crédit Agricole qui soutient des projets d'intérêt général par appels à projets et a "
        "lancé avec l'Avise un programme d'accompagnement et d'innovation sociale.")
st("fondation-credit-cooperatif", "Fondation Crédit Coopératif",
   desc="La Fondation Crédit Coopératif lance chaque année les Prix de l'inspiration en ESS, appel à projets dédié aux "
        "structures de l'ESS.")
st("fondation-macif", "Fondation Macif", desc="La Fondation Macif soutient l'innovation sociale et aide des projets "
   "régionaux à essaimer dans toute la France.")
st("fondation-de-france", "Fondation de France", specialist=False,
   desc="La Fondation de France a mené un appel à projets national « Initiatives solidaires, territoires et emplois » "
        "pour l'émergence et la consolidation d'activités solidaires (source de 2012).")
st("garrigue", "Garrigue", website="garrigue.org",
   desc="Garrigue est une société coopérative de capital-risque solidaire qui prend des participations d'au moins cinq "
        "ans dans des entreprises d'utilité sociale.")
st("kisskissbankbank", "KissKissBankBank", specialist=False,
   desc="KissKissBankBank est une plateforme de financement participatif par le don, utilisée par des projets de l'ESS.")
st("miimosa", "MiiMOSA", desc="MiiMOSA est une plateforme de financement participatif dédiée à l'ESS et à "
   "l'écologie, notamment à l'agriculture.")
st("ulule", "Ulule", specialist=False, desc="Ulule est une plateforme de financement participatif par le don, "
   "utilisée par des projets de l'ESS.")
st("collectivite-territoriale-de-guyane", "Collectivité territoriale de Guyane", types=["financeur"],
   website="ctguyane.fr", specialist=False,
   desc="La Collectivité territoriale de Guyane lance chaque année avec l'État un appel à projets de soutien aux "
        "structures de l'économie sociale et solidaire.")
st("departement-de-mayotte", "Département de Mayotte", specialist=False,
   desc="Le Département de Mayotte finance le développement et la structuration de l'ESS (12,5 millions d'euros sur "
        "2017-2024), dont il a confié la stratégie à la CRESS.")
st("association-des-cigales-d-ile-de-france", "Association des Cigales d'Île-de-France",
   note="Elle a fêté ses trente ans en 2020.")
st("efferve-sens", "Efferve'sens", desc="Efferve'sens est une plateforme de financement participatif citoyen et "
   "local lancée fin 2020 en Centre-Val de Loire par France Active, la Région et la Banque des Territoires.")
st("graines-d-actions", "Graines d'Actions", commune="21231", desc="Graines d'Actions, basée à Dijon, se présentait en "
   "2017 comme la première plateforme régionale de financement participatif des projets d'utilité sociale.")
st("les-cigales-hauts-de-france", "Les Cigales Hauts-de-France", note="Elle réunit 26 clubs (2023).")
st("cigales-de-bretagne", "Cigales de Bretagne", website="cigales-bretagne.org", note="Elle réunit une trentaine de "
   "clubs.")
st("cigales-nouvelle-aquitaine", "Cigales Nouvelle-Aquitaine", website="cigalespoitoucharentes.org")
st("association-des-cigales-occitanie", "Association des Cigales Occitanie", website="cigales-occitanie.org")
st("les-cigales-auvergne-rhone-alpes", "Les Cigales Auvergne-Rhône-Alpes", website="cigales-aura.fr")
_CIGALES_REGIONS = {"association-des-cigales-d-ile-de-france": "d'Île-de-France",
                    "les-cigales-hauts-de-france": "des Hauts-de-France", "cigales-de-bretagne": "de Bretagne",
                    "cigales-nouvelle-aquitaine": "de Nouvelle-Aquitaine", "association-des-cigales-occitanie": "d'Occitanie",
                    "les-cigales-auvergne-rhone-alpes": "d'Auvergne-Rhône-Alpes"}
for _k, _de in _CIGALES_REGIONS.items():
    S[_k]["desc"] = (f"{('L' + chr(39) if S[_k]['name'].startswith('Association') else '') + S[_k]['name']} est l'association régionale des clubs Cigales {_de} : des clubs d'investisseurs "
                     "citoyens qui investissent leur épargne dans des entreprises locales et solidaires. "
                     + S[_k].get("note", "")).strip()
st("adefip", "ADEFIP (J'adopte un projet)",
   desc="L'association néo-aquitaine ADEFIP porte la plateforme de financement participatif « J'adopte un projet », que "
        "la Région abonde pour des projets de l'ESS.")
st("region-nouvelle-aquitaine", "Région Nouvelle-Aquitaine", types=["financeur"], specialist=False,
   desc="La Région Nouvelle-Aquitaine soutient l'économie sociale et solidaire, notamment les entreprises de l'ESS qui "
        "traversent des difficultés financières passagères.")
st("region-provence-alpes-cote-d-azur", "Région Provence-Alpes-Côte d'Azur (Région Sud)", types=["financeur"],
   specialist=False,
   desc="La Région Sud a créé en 2020 le Fonds ESS'OR, qui accorde des prêts à taux zéro aux structures de l'ESS avec la "
        "Banque des Territoires et la Caisse d'Epargne CEPAC.")
st("adec-soutien-a-l-ess-corse", "Agence de développement économique de la Corse (ADEC)", specialist=False,
   desc="L'Agence de développement économique de la Corse finance l'ESS au titre des plans régionaux de soutien et par "
        "des appels à projets.")
st("femu-qui", "Femu Quì", desc="Femu Quì, créée en 1992, est une société de capital-investissement à actionnariat "
   "populaire qui renforce les fonds propres de projets créateurs d'emplois en Corse.")
st("reunion-entreprendre", "Réunion Entreprendre", specialist=False,
   desc="Réunion Entreprendre, fondée en 1992, accorde des prêts à taux zéro à des créateurs d'entreprise de La "
        "Réunion ; la source ne la rattache pas au Réseau Entreprendre.")
st("lita-co", "LITA.co", website="lita.co", commune="75056",
   desc="LITA.co (ex-1001PACT) est une plateforme d'investissement participatif dans des entreprises à impact social et "
        "environnemental.")
st("credit-cooperatif", "Crédit Coopératif", commune="92050",
   desc="Le Crédit Coopératif, banque coopérative installée à Nanterre, compte parmi ses clients les trois quarts des "
        "Scop et des Scic et partage des outils avec leur mouvement.")
st("departement-de-la-correze", "Département de la Corrèze", specialist=False,
   desc="Le Département de la Corrèze facilite le financement participatif des projets corréziens avec le dispositif "
        "Coup de pouce Corrèze.")
st("helloasso", "HelloAsso", commune="33063",
   desc="HelloAsso, installée à Bordeaux, est une plateforme gratuite de financement participatif et de paiement dédiée aux "
        "associations.")
st("herrikoa", "Herrikoa", desc="Herrikoa est une société de capital-investissement à actionnariat citoyen du Pays "
   "basque (5 000 actionnaires) qui investit l'épargne locale dans l'économie.")
st("fondation-credit-agricole-toulouse-31", "Fondation d'entreprise Crédit Agricole Toulouse 31", specialist=False,
   desc="La fondation d'entreprise du Crédit Agricole Toulouse 31 soutient par appel à projets des projets collectifs "
        "qui bénéficient à la Haute-Garonne.")

# PTCE and pôles (template "pole-ess" family + note)
st("ptce-les-amis-du-bien-vieillir", "PTCE Les Amis du Bien-vieillir")
st("reuniverre", "Réuniverre")
st("ptce-filiere-velo-du-grand-paris", "PTCE filière vélo du Grand Paris")
st("ptce-gatinais-montargois", "PTCE Gâtinais Montargois")
st("ptce-autonomie-mce-m3s", "PTCE autonomie MCE-M3S")
st("ptce-auton-homme", "PTCE Auton'Homme")
st("ptce-stras-eco-renov", "PTCE Stras Eco Renov")
st("tiers-lieu-ess-level", "Tiers lieu ESS Level")
st("les-ateliers-du-rond-point", "Les Ateliers du Rond-Point")
st("ptce-grand-bergeracois", "PTCE Grand Bergeracois")
st("prma-poitou-charentes", "Pôle régional des musiques actuelles de Poitou-Charentes")
st("cluster-textile-circulaire-occitanie", "Cluster des acteurs de l'économie textile circulaire en Occitanie")
st("edenn", "EDENN")
st("la-place-des-possibles", "La Place des Possibles")
st("ptce-turfu-productions-en-val-d-allier", "PTCE Turfu Productions en Val d'Allier")
st("projet-phare", "Projet PHARE")
st("le-secours-fraternel", "Le Secours fraternel")
st("construire-solidaire", "Construire solidaire")
st("la-californie", "La Californie", commune="89419")
st("ptce-fibres-49", "PTCE FIBRES 49", commune="49353")
st("le-moulin-creatif", "Le Moulin créatif", commune="85146")
st("pole-de-cooperation-sud-aquitaine", "Pôle de coopération économique, sociale et environnementale Sud Aquitaine")
st("les-imaginations-fertiles", "Les Imaginations Fertiles", commune="31555")
st("ag2i-auch", "AG2I – Comptoir solidaire d'Auch", commune="32013")
st("ag2i-bourg-en-bresse", "AG2I (Bourg-en-Bresse)", commune="01053")
st("pole-sud-rhone-alpes", "Pôle Sud-Rhône-Alpes")
st("ptce-centre-isere", "PTCE Centre Isère")
st("pole-culture-et-cooperation", "Pôle Culture et Coopération", commune="42218")
st("pole-laine-du-pays-de-saugues", "Pôle Laine du Pays de Saugues")
st("le-damier", "Le Damier", commune="63113")
st("peccs", "PECCS – Pôle d'économie circulaire en Cœur de Savoie")
st("plateforme-eco-construction-metiers-du-bois", "Plateforme territoriale de l'éco-construction et des métiers du bois",
   commune="74250")
st("kaleidoscoop", "KaléidosCOOP", types=["tiers-lieu"], website="",
   desc="KaléidosCOOP est un tiers-lieu de l'ESS au Port du Rhin, à Strasbourg, où la coopérative Artenréel a installé ses "
        "bureaux.")
st("pesad-21-pole-d-economie-solidaire-de-l-agglomeration-dijonnaise",
   "PESAD 21 (pôle d'économie solidaire de l'agglomération dijonnaise)",
   desc="Le PESAD 21 est le pôle d'économie solidaire de l'agglomération dijonnaise ; il fait partie du groupement qui "
        "accompagne les créateurs d'activités ESS pour la Région Bourgogne-Franche-Comté.")
st("active-71-pole-de-l-economie-solidaire-de-saone-et-loire",
   "Active 71 (pôle de l'économie solidaire de Saône-et-Loire)",
   desc="Active 71 est le pôle de l'économie solidaire de Saône-et-Loire ; il fait partie du groupement qui accompagne "
        "les créateurs d'activités ESS pour la Région Bourgogne-Franche-Comté et co-porte l'incubateur Le T.")
st("apess-53", "APESS 53", desc="APESS 53 est une association de promotion de l'économie sociale et solidaire en "
   "Mayenne ; une source plus ancienne la nomme APES 53.")
for _k, _n, _pays in [
    ("adess-du-pays-de-morlaix", "Adess du pays de Morlaix", "du pays de Morlaix ; elle a lancé le propulseur TAg29"),
    ("adess-du-pays-de-brest", "Adess du pays de Brest", "du pays de Brest ; elle co-porte le propulseur TAg29"),
    ("adess-du-pays-de-cornouaille", "Adess du pays de Cornouaille", "du pays de Cornouaille ; elle co-porte le "
     "propulseur TAg29"),
    ("adess-du-pays-du-centre-ouest-bretagne", "Adess du pays du Centre-Ouest Bretagne", "du pays du Centre-Ouest "
     "Bretagne ; elle co-porte le propulseur TAg29"),
    ("resosolidaire-pole-ess-du-pays-de-rennes", "RésoSolidaire", "du pays de Rennes"),
    ("ecosolidaires-pole-ess-du-pays-de-fougeres", "ÉcoSolidaireS", "du pays de Fougères, créé en 2010"),
    ("c2sol", "C2Sol", "du pays de Lorient ; il a assuré le primo-accueil d'une soixantaine de projets en trois ans et "
     "expérimente un incubateur"),
]:
    st(_k, _n, desc=f"{('L' + chr(39) if _n.startswith('Adess') else '') + _n} est le pôle de développement de l'ESS "
                    f"{_pays}.")
S["ecosolidaires-pole-ess-du-pays-de-fougeres"]["website"] = "ecosolidaires.org"
S["c2sol"]["commune"] = "56121"

# data-e pass (2026): associative-support structures. They are not coordinations of Le Mouvement associatif (the
# family's default description and network would say so): own description, type "centre-ressources", no network.
_NO_MA = dict(types=["centre-ressources"], not_networks=["mouvement-associatif"])
for _k, _n, _d in [
    ("mlezi-maore-plateforme-de-soutien-a-la-vie-associative-psva",
     "Plateforme de soutien à la vie associative de Mlezi Maore",
     "Créée en mai 2021 par Mlezi Maore (groupe SOS), la plateforme de soutien à la vie associative aide les "
     "associations mahoraises dans leurs démarches (banque, préfecture, gouvernance, budget) et leur prête du matériel."),
    ("maison-des-associations-de-strasbourg-mdas", "Maison des associations de Strasbourg",
     "La Maison des associations de Strasbourg organise depuis 1994 la rentrée des associations, réunit les dirigeants "
     "associatifs et a lancé un observatoire de la vie associative."),
    ("carre-des-associations-mulhouse", "Carré des associations (Mulhouse)",
     "Le Carré des associations est le lieu de la Ville de Mulhouse consacré aux associations ; il participe à "
     "l'observatoire local de la vie associative lancé en Alsace en 2021."),
    ("crva-centre-d-animation-et-de-ressources-a-la-vie-associative-maison-des-associa",
     "CRVA – Centre d'animation et de ressources à la vie associative (Rennes)",
     "Installé à la Maison des associations de Rennes, le CRVA est un centre de ressources généraliste pour les "
     "associations et les bénévoles rennais."),
    ("cite-des-associations-marseille", "Cité des associations (Marseille)",
     "Créée en 1989 sur la Canebière, la Cité des associations est la maison des associations municipale de Marseille : "
     "centre de ressources, locaux, domiciliation, formations et information juridique et comptable pour ses "
     "associations adhérentes."),
    ("maison-des-associations-de-brest", "Maison des associations de Brest",
     "Ouverte en 2019 par la Ville de Brest, la maison des associations abrite un centre de ressources et d'orientation "
     "de la vie associative."),
    ("maison-de-la-vie-associative-de-reims-mva", "Maison de la vie associative de Reims",
     "La maison de la vie associative de la Ville de Reims offre aux associations bureaux, permanences, salles et "
     "boîtes aux lettres."),
    ("maison-de-la-vie-associative-et-citoyenne-de-grenoble-ex-maison-des-associations",
     "Maison de la vie associative et citoyenne de Grenoble",
     "Service de la Ville de Grenoble (ex-Maison des associations), elle conseille les associations sur leur gestion "
     "et leur prête salles, espaces de travail et domiciliation."),
    ("maison-des-associations-de-raismes", "Maison des associations de Raismes",
     "Ouverte en 2021, la maison des associations de Raismes accueille les associations pour leurs démarches et leur "
     "prête bureaux et salle ; elle fait partie du réseau PIVA."),
    ("palva-reseau-des-points-d-appui-locaux-a-la-vie-associative-agglomeration-palois",
     "PALVA – Réseau des points d'appui locaux à la vie associative (agglomération paloise)",
     "Le PALVA réunit depuis 2005 des structures associatives et institutionnelles qui conseillent les associations de "
     "l'agglomération paloise, existantes ou en création, et forment leurs bénévoles."),
    ("crib-de-mayotte-heberge-par-le-cros-de-mayotte", "CRIB de Mayotte",
     "Le centre de ressources et d'information des bénévoles de Mayotte, hébergé par le comité régional olympique et "
     "sportif depuis décembre 2017, accompagne et forme les membres de toutes les associations de l'île."),
    ("formation-des-benevoles-79-collectif-departemental", "Formation des bénévoles 79",
     "Collectif créé en 2003 par la Ligue de l'enseignement, le CDOS, Niort Associations et les Foyers ruraux pour "
     "former les bénévoles associatifs des Deux-Sèvres."),
    ("reseau-piva-points-d-information-a-la-vie-associative", "Réseau PIVA (points d'information à la vie associative)",
     "Lancé fin 2016, le réseau PIVA compte quelque 80 points d'information (mairies, intercommunalités, associations) "
     "qui accueillent, informent et orientent gratuitement les associations."),
    ("maison-des-associations-de-valenciennes", "Maison des associations de Valenciennes",
     "La maison des associations de Valenciennes (3 000 m²) accueille le PIVA du Hainaut."),
    ("le-1901-maison-des-associations-de-caen", "Le 1901 – Maison des associations de Caen",
     "Inaugurée en 2018, la maison des associations de Caen offre bureaux et salles ; une équipe municipale y "
     "accueille, anime et accompagne les associations."),
    ("maison-des-associations-de-dijon-crdva", "Maison des associations de Dijon",
     "Maison des associations municipale de Dijon ; son centre de ressources dijonnais de la vie associative (CRDVA) "
     "renseigne, oriente et conseille associations et porteurs de projets."),
    ("les-pictons-centre-socioculturel-de-marans", "Les Pictons (centre socioculturel de Marans)",
     "Centre socioculturel de Marans, premier point d'appui à la vie associative labellisé en Charente-Maritime."),
    ("plaia-du-choletais-points-locaux-d-accueil-et-d-information-des-associations",
     "PLAIA du Choletais (points locaux d'accueil et d'information des associations)",
     "Neuf points locaux d'accueil et d'information des associations (six à Cholet, trois dans l'agglomération) "
     "conseillent les associations, par exemple sur leur gouvernance ou leur rôle d'employeur."),
    ("village-pierre-rabhi-saint-barthelemy-d-anjou", "Village Pierre Rabhi (Saint-Barthélemy-d'Anjou)",
     "Labellisé Guid'Asso Orientation en 2023, le Village Pierre Rabhi informe et oriente les associations de la "
     "commune et accueille une permanence mensuelle de la Fédération des œuvres laïques."),
    ("avec-la-gare-de-coustellet", "AVEC – La Gare de Coustellet",
     "L'association AVEC anime La Gare de Coustellet, dans le sud du Vaucluse : centre ressources labellisé et soutien "
     "aux initiatives bénévoles et associatives locales."),
    ("reseau-des-poles-regionaux-d-appui-a-la-vie-associative-provence-alpes-cote-d-az",
     "Réseau des pôles régionaux d'appui à la vie associative (Provence-Alpes-Côte d'Azur)",
     "Réseau d'associations régionales soutenu par la Région Provence-Alpes-Côte d'Azur pour appuyer les projets "
     "associatifs."),
    ("maisons-de-la-vie-associative-et-citoyenne-de-paris-mvac",
     "Maisons de la vie associative et citoyenne de Paris",
     "Anciennes maisons des associations de la Ville de Paris (16 depuis 2018), elles accueillent, conseillent et "
     "forment associations, collectifs et porteurs de projets."),
    ("maison-des-associations-d-eaubonne", "Maison des associations d'Eaubonne",
     "Maison des associations de la Ville d'Eaubonne, membre du RNMA : aide à la création, conseil, formations et "
     "coopération inter-associative."),
]:
    st(_k, _n, desc=_d, **_NO_MA)
S["crib-de-mayotte-heberge-par-le-cros-de-mayotte"]["types"] = ["centre-ressources", "reseau"]
for _k, _n, _d in [
    ("alsace-mouvement-associatif", "Alsace Mouvement associatif",
     "Coordination associative alsacienne ; elle a lancé en 2021, avec la Ville de Mulhouse, la Collectivité européenne "
     "d'Alsace et la Maison des associations de Strasbourg, un observatoire local de la vie associative."),
    ("mouvement-associatif-rennais-mar", "Mouvement associatif rennais",
     "Coordination des associations rennaises, elle a accompagné la Ville de Rennes dans la révision de sa charte des "
     "engagements réciproques (votée en décembre 2022)."),
]:
    st(_k, _n, desc=_d, not_networks=["mouvement-associatif"])
st("polen-pole-lozerien-d-economie-numerique", "POLeN (pôle lozérien d'économie numérique)", types=["conseil"],
   not_networks=["tiers-lieux-reseau"],
   desc="Pôle d'économie numérique installé à Mende, POLeN accompagne les porteurs de projet qui créent des tiers-lieux "
        "en Lozère.")

# communes and websites that rows of an antenna, a programme or a page bring but that are not the structure's own
for _k in ["adie", "union-nationale-des-couveuses-d-entreprises", "singa-incubateurs",
           "union-regionale-des-scop-et-scic-occitanie", "adress-normandie", "cg-scop"]:
    S[_k]["commune"] = ""
S["france-active-nouvelle-aquitaine"]["website"] = ""
S["cress-pays-de-la-loire"]["website"] = ""
S["pas-de-calais-actif"]["not_networks"] = ["france-active"]
S["corse-active"]["not_networks"] = ["france-active"]
S["france-active-metropole"]["note"] = "Elle est issue de la fusion du 1er juillet 2021."
S["les-premieres-de-guadeloupe"]["desc"] = ("Les Premières de Guadeloupe est un projet d'incubateur d'entreprises pour un "
                                           "public féminin, du réseau Les Premières, présenté au Forum des projets "
                                           "outre-mer en 2019.")

S["anct"]["website"] = ""
S["union-regionale-des-bge-du-centre"]["website"] = ""
S["initiative-haute-normandie"]["desc"] = (
    "Initiative Haute-Normandie était en 2012 la coordination régionale des plateformes Initiative de Haute-Normandie, "
    "alors présidée par Le Havre Caux Initiative ; nom et périmètre actuels à confirmer depuis la fusion des régions.")

# data-more2: the State's youth, engagement and sports services (FDVA), local financers of associations and ESS projects
st("drajes-sdjes", "Services de l'État à la jeunesse, à l'engagement et aux sports (DRAJES et SDJES)", specialist=False,
   reseaux=[], website="",
   desc="Dans chaque région, la délégation régionale académique à la jeunesse, à l'engagement et aux sports (DRAJES) "
        "anime le Fonds pour le développement de la vie associative (FDVA) ; dans chaque département, le service "
        "départemental (SDJES, anciennement la direction départementale de la cohésion sociale) reçoit les demandes des "
        "associations locales, avec l'avis d'un collège départemental, et renseigne les associations.")
st("communaute-d-agglomeration-du-pays-ajaccien", "Communauté d'agglomération du Pays Ajaccien (CAPA)", specialist=False,
   website="",
   desc="La Communauté d'agglomération du Pays Ajaccien porte avec l'État et la Ville d'Ajaccio le contrat de ville du "
        "Pays ajaccien, dont l'appel à projets annuel finance des actions d'associations et d'autres acteurs de terrain "
        "dans les quartiers prioritaires.")
st("departement-de-la-nievre", "Département de la Nièvre", specialist=False, website="",
   desc="Le Conseil départemental de la Nièvre soutient chaque année, par un appel à projets, des initiatives de "
        "l'économie sociale et solidaire du département, de l'avant-création à l'amorçage.")
st("departement-de-la-drome", "Département de la Drôme", specialist=False, website="",
   desc="Le Département de la Drôme subventionne, par l'appel à projets « Économie solidaire de proximité », des "
        "initiatives locales de structures de l'ESS, nouvelles ou existantes.")
st("departement-du-val-de-marne", "Département du Val-de-Marne", specialist=False, website="",
   desc="Le Département du Val-de-Marne consacre chaque année un appel à projets aux projets de l'économie sociale et "
        "solidaire du territoire qui en sont à l'émergence ou au démarrage.")
st("departement-de-la-seine-saint-denis", "Département de la Seine-Saint-Denis", specialist=False, website="",
   desc="Le Département de la Seine-Saint-Denis soutient depuis 2012 par un appel à projets les activités de l'économie "
        "sociale et solidaire qui créent des emplois sur son territoire.")
st("departement-de-l-essonne", "Département de l'Essonne", specialist=False, website="",
   desc="Le Département de l'Essonne organise les prix de l'innovation durable, qui accompagnent puis récompensent des "
        "projets de son territoire.")
st("la-solidaire-fonds-de-dotation", "La Solidaire (fonds de dotation)", specialist=True, website="",
   desc="La Solidaire est un fonds de dotation citoyen créé par des habitants du sud de la Creuse, de l'est de la "
        "Haute-Vienne et du nord-ouest de la Corrèze pour le développement humain, social et économique du plateau de "
        "Millevaches ; il a soutenu plus de quarante projets locaux en dix ans.")
st("france-active-mayotte", "Antenne mahoraise de France Active",
   desc="L'antenne mahoraise du réseau France Active conseille les entrepreneurs et les associations de Mayotte sur le "
        "financement de leurs projets et présente, avec la CRESS de Mayotte, les solutions de financement de l'ESS.")

STRUCTURES = S

# --------------------------------------------------------------------------------------------------------------------
# Offers written one by one. "id" names the offer within its structure; "src" cites rows ("net:<file>:<name>"),
# reference rows ("ref:<name>"), network-level sources ("N:<id>") or pages ("url:<address>|<date>").

ALL = ["ideation", "emergence", "creation", "consolidation", "changement-echelle"]
FR = ["pays:FR"]
ESS = ["association", "scop", "scic", "societe-commerciale-ess"]
EMPTY = dict(instruments=[], besoins=[], publics=[], frais="", frais_precisions="", conditions=[], modalites="", lien="",
             courriel="", telephone="", duree="", statut="publiee", dispositif="")


def offer(key, id, nom, description, types, etapes, zones, src, family=None, **kw):
    spec = dict(EMPTY, key=key, id=id, nom=nom, description=description, types=types, etapes=etapes, zones=zones,
                src=src)
    spec.update(kw)
    CUSTOM_OFFERS.append(spec)
    if family:
        CUSTOM_FAMILY[id] = family


CUSTOM_OFFERS = []
CUSTOM_FAMILY = {}
NAT = "Acteurs nationaux, financeurs et programmes"

offer("avise", "ressources", "Ressources et orientation vers les dispositifs d'accompagnement de l'ESS (Avise)",
      "Porteurs de projets, associations, coopératives, entreprises sociales et collectivités peuvent consulter les "
      "ressources de l'Avise et être orientés vers les dispositifs qu'elle anime (DLA, Fabrique à initiatives, réseau des "
      "incubateurs de l'ESS), de l'émergence au changement d'échelle.",
      ["information"], ALL, FR, ["ref:Avise", "ref:Réseau national des incubateurs de l'ESS",
                                 "net:fabrique-initiatives:Fabrique à initiatives (réseau national animé par l'Avise)"],
      family=NAT, besoins=["cooperation-reseau", "strategie"], lien="https://avise.org")
offer("avise", "social-value-france", "Social Value France : réseau sur l'évaluation de l'impact social",
      "Animé par l'Avise, Social Value France réunit régulièrement des spécialistes de l'évaluation de l'impact social "
      "pour partager pratiques et méthodes ; les associations et entreprises sociales qui veulent mesurer leur impact "
      "peuvent s'appuyer sur ces échanges.",
      ["mise-en-reseau", "information"], ["consolidation", "changement-echelle"], FR, ["ref:Social Value France"],
      family=NAT, besoins=["evaluation-impact"], publics=ESS)
offer("hubess", "autodiagnostic", "Autodiagnostic en ligne et orientation vers un accompagnement ESS (HubESS)",
      "Un porteur de projet, une association ou une entreprise sociale remplit en ligne un autodiagnostic qui l'oriente "
      "vers les structures d'accompagnement de l'ESS adaptées, quel que soit le stade du projet.",
      ["information"], ALL, FR, ["ref:HubESS"], family=NAT, publics=["porteur-sans-structure"] + ESS)

# France Active (national)
_FA = ["ref:France Active (réseau national)", "net:financeur:France Active (tête de réseau nationale)"]
offer("france-active-reseau-national", "reseau", "Conseil et financement des entrepreneurs engagés (France Active)",
      "France Active conseille, finance (garanties, prêts, primes, apports en fonds propres) et met en réseau les "
      "entrepreneurs engagés et les structures de l'ESS, de l'émergence au changement d'échelle, par ses associations "
      "territoriales : la demande se fait auprès de l'association du territoire du projet.",
      ["accompagnement", "aide-financiere", "mise-en-reseau"], ["emergence", "creation", "consolidation",
                                                                "changement-echelle"], FR,
      _FA + ["net:financeur:France Active – les 5 pactes (Émergence, Création, …)"], family="France Active",
      instruments=["pret", "subvention", "garantie", "fonds-propres"], besoins=["financement", "modele-economique"],
      publics=["porteur-sans-structure"] + ESS, frais="variable", lien="https://www.franceactive.org")
offer("france-active-reseau-national", "garantie", "Garantie France Active : garantie de prêt bancaire",
      "Le fonds de garantie France Active garantit jusqu'à 65 % d'un prêt bancaire, dans la limite de 200 000 € "
      "garantis, pour créer, reprendre ou développer une très petite entreprise à utilité sociale ou créée par une "
      "personne éloignée de l'emploi, ou une entreprise de l'ESS.",
      ["aide-financiere"], ["creation", "consolidation"], FR,
      ["ref:Garantie France Active", "net:financeur:Garantie France Active (Fonds de garantie France Active)"],
      family="France Active", instruments=["garantie"], besoins=["financement"],
      publics=["porteur-sans-structure"] + ESS, frais="variable")
offer("france-active-reseau-national", "investissement", "Fonds propres solidaires (France Active Investissement)",
      "France Active Investissement, société d'investissement solidaire du réseau créée en 1991, renforce les fonds "
      "propres des entreprises solidaires, des associations et des coopératives qui se développent ou changent "
      "d'échelle.",
      ["aide-financiere"], ["consolidation", "changement-echelle"], FR,
      ["ref:France Active Investissement", "net:financeur:France Active Investissement"],
      family="France Active", instruments=["fonds-propres"], besoins=["financement"], publics=ESS, frais="variable")
offer("france-active-reseau-national", "pacte-emergence", "Pacte Émergence – Fonds de confiance (France Active)",
      "Pour les projets associatifs tournés vers l'emploi et l'utilité sociale, France Active peut accorder une prime "
      "allant jusqu'à 20 000 € pour mûrir et tester le projet ; le porteur est épaulé par un entrepreneur expérimenté en "
      "plus du conseiller France Active.",
      ["aide-financiere", "accompagnement"], ["emergence"], FR,
      ["ref:Pacte Émergence – Fonds de confiance (France Active)"], family="France Active",
      instruments=["subvention"], besoins=["financement", "modele-economique"],
      publics=["porteur-sans-structure", "association"], dispositif="fonds-de-confiance",
      conditions=["Pour des projets associatifs d'utilité sociale ; France Active faisait alors évoluer ce programme."])
offer("france-active-reseau-national", "acces-plus", "Accès+ : accompagnement renforcé des créateurs (France Active)",
      "Complément du pacte Création pour les créateurs les plus fragiles, notamment en quartiers prioritaires ou en "
      "zone rurale : un accompagnement renforcé et, pour les moins de 30 ans, une prime de 3 000 € possible.",
      ["accompagnement", "aide-financiere"], ["creation"], FR, ["ref:Accès+ (France Active)"], family="France Active",
      instruments=["subvention"], besoins=["financement", "competences-formation"], publics=["porteur-sans-structure"],
      conditions=["Pour les créateurs fragiles, en quartiers prioritaires ou en zone rurale ; prime réservée aux moins "
                  "de 30 ans."])
offer("france-active-reseau-national", "pacte-relance", "Pacte Relance : financement et conseil en cas de difficulté "
      "(France Active)",
      "Offre nationale de France Active pour les structures de l'ESS qui traversent des difficultés : financement, "
      "notamment par le Prêt Relève Solidaire, et conseil pour rebondir.",
      ["aide-financiere", "accompagnement"], ["consolidation"], FR,
      ["net:financeur:France Active – Pacte Relance (Prêt Relève Solidaire)"], family="France Active",
      instruments=["pret"], besoins=["difficultes", "financement"], publics=ESS, frais="variable")

# network heads
offer("initiative-france", "national", "Prêt d'honneur et parrainage (réseau Initiative France)",
      "Les plateformes Initiative France (217 en 2019) accordent aux créateurs et repreneurs d'entreprise un prêt "
      "d'honneur personnel sans intérêt ni garantie, décidé par un comité d'agrément, et un parrainage ; le montant "
      "moyen était de 9 700 € en 2017. La demande se fait auprès de la plateforme du territoire du projet.",
      ["aide-financiere", "accompagnement"], ["creation"], FR, ["ref:Initiative France", "N:initiative"],
      family="Initiative France", instruments=["pret-honneur"], besoins=["financement"],
      publics=["porteur-sans-structure"], lien="https://www.initiative-france.fr",
      frais_precisions="Prêt sans intérêt à rembourser, en général sur deux à cinq ans.")
offer("reseau-entreprendre", "national", "Prêt d'honneur et accompagnement par des chefs d'entreprise (Réseau "
      "Entreprendre)",
      "Les associations du Réseau Entreprendre sélectionnent des créateurs et repreneurs, leur accordent un prêt "
      "d'honneur à taux zéro et les font accompagner pendant deux ans par un chef d'entreprise, en général par un "
      "rendez-vous mensuel. La demande se fait auprès de l'association du territoire du projet.",
      ["aide-financiere", "accompagnement"], ["creation"], FR, ["ref:Réseau Entreprendre", "N:reseau-entreprendre"],
      family="Réseau Entreprendre", instruments=["pret-honneur"], besoins=["financement", "strategie"],
      publics=["porteur-sans-structure"], conditions=["Réservé aux lauréats retenus par une association du réseau."])
offer("adie", "national", "Microcrédit et accompagnement de l'Adie",
      "L'Adie finance par microcrédit (jusqu'à 10 000 € selon une source de 2022) les personnes qui créent ou "
      "développent une activité sans avoir accès au crédit bancaire, et les accompagne gratuitement.",
      ["aide-financiere", "accompagnement"], ["creation", "consolidation"], FR, ["ref:Adie", "N:adie"],
      family="Adie", instruments=["pret"], besoins=["financement"], publics=["porteur-sans-structure"],
      lien="https://www.adie.org", frais_precisions="Accompagnement gratuit ; le microcrédit est un prêt à rembourser.")
offer("bge-reseau", "national", "Accompagnement à la création et couveuses (réseau BGE)",
      "Les associations du réseau BGE accompagnent les créateurs d'entreprise, dont les demandeurs d'emploi, de l'idée "
      "au développement de leur activité, et proposent des couveuses pour la tester.",
      ["accompagnement"], ["ideation", "emergence", "creation", "consolidation"], FR, ["ref:BGE (réseau)"],
      family="BGE", besoins=["modele-economique", "financement", "competences-formation"],
      publics=["porteur-sans-structure"])
offer("union-nationale-des-couveuses-d-entreprises", "national", "Tester son activité en couveuse (réseau national)",
      "Les couveuses du réseau permettent de tester une activité en conditions réelles sous contrat d'appui au projet "
      "d'entreprise (CAPE), avec un accompagnement et un volet de formation, en métropole et outre-mer.",
      ["accompagnement"], ["creation"], FR,
      ["ref:Union nationale des couveuses d'entreprises", "net:couveuse:Union des couveuses d'entreprises"],
      family="Couveuses", besoins=["competences-formation", "juridique"], publics=["porteur-sans-structure"],
      lien="https://jetestemonentreprise.com")
offer("cooperer-pour-entreprendre", "reseau", "Réseau national des coopératives d'activité et d'emploi (Coopérer pour "
      "entreprendre)",
      "Coopérer pour entreprendre met en commun ressources et services pour les coopératives d'activité et d'emploi "
      "qu'elle fédère ; c'est par elles que les porteurs de projet testent et développent leur activité sous le statut "
      "d'entrepreneur-salarié.",
      ["mise-en-reseau", "information"], ["creation", "consolidation"], FR,
      ["ref:Coopérer pour entreprendre", "net:cae:Coopérer pour entreprendre", "N:cae"], family="CAE",
      besoins=["cooperation-reseau"], publics=["porteur-sans-structure", "cae"], lien="https://cooperer.coop")
offer("copea", "reseau", "Réseau national de coopératives d'activité et d'emploi (Copea)",
      "Copea, second réseau national de CAE, fédère des coopératives d'activité et d'emploi et appuie la création de "
      "nouvelles CAE.",
      ["mise-en-reseau"], ["creation", "consolidation"], FR,
      ["net:cae:Copea (réseau de CAE)", "net:cae:Tumukuma'Kop (CAE Sud Guyane)"], family="CAE",
      besoins=["cooperation-reseau"], publics=["porteur-sans-structure", "cae"])
offer("le-mouvement-associatif", "national", "Représentation et mise en réseau des associations (Le Mouvement associatif)",
      "Le Mouvement associatif regroupe les coordinations associatives et porte la voix des associations ; il défend "
      "une organisation de l'accompagnement des associations pensée à l'échelle des territoires.",
      ["mise-en-reseau", "information"], ["consolidation"], FR,
      ["ref:Le Mouvement associatif", "net:mouvement-associatif:Le Mouvement associatif (national)"],
      family="Mouvement associatif", besoins=["cooperation-reseau"], publics=["association"])
offer("france-tiers-lieux", "ingenierie", "Appui à l'ingénierie des projets de tiers-lieux (France Tiers-Lieux)",
      "France Tiers-Lieux renforce les capacités d'ingénierie des personnes qui portent des projets de tiers-lieux et "
      "met à disposition, avec les réseaux régionaux, des outils partagés : formation, orientation et mise en réseau.",
      ["accompagnement", "information", "mise-en-reseau"], ["emergence", "creation", "consolidation"], FR,
      ["ref:France Tiers-Lieux", "net:tiers-lieux-reseau:France Tiers-Lieux"], family="Réseaux de tiers-lieux",
      besoins=["cooperation-reseau", "competences-formation"], publics=["porteur-sans-structure", "association",
                                                                        "collectivite"])
offer("anct", "fabriques-de-territoire", "Fabriques de territoire : label et subvention d'amorçage pour tiers-lieux",
      "Le programme « Nouveaux lieux, nouveaux liens » de l'ANCT labellise des tiers-lieux ressources, en quartier "
      "prioritaire ou hors des grands centres urbains, avec une subvention d'amorçage pouvant atteindre 50 000 € par an "
      "pendant trois ans.",
      ["aide-financiere"], ["creation", "consolidation"], FR,
      ["ref:Fabriques de territoire (programme Nouveaux lieux, nouveaux liens)",
       "net:financeur:Fabriques de territoire (programme Nouveaux lieux, nouveaux liens – ANCT)"], family=NAT,
      instruments=["subvention"], besoins=["financement", "immobilier-locaux"], publics=["association", "collectivite"],
      dispositif="fabriques-de-territoire",
      conditions=["Tiers-lieux labellisés par appel à manifestation d'intérêt (29 nouveaux lauréats en 2021)."])
offer("banque-des-territoires-economie-sociale-et-solidaire", "fonds-propres",
      "Investissement en fonds propres dans les structures de l'ESS (Banque des Territoires)",
      "La Banque des Territoires investit surtout en fonds propres ou quasi-fonds propres dans des structures de l'ESS "
      "d'au moins trois ans qui lèvent des fonds (levées de l'ordre de 600 000 € à 1 M€).",
      ["aide-financiere"], ["consolidation", "changement-echelle"], FR,
      ["ref:Banque des Territoires – économie sociale et solidaire",
       "net:financeur:Banque des Territoires – investissement en fonds propres des structures ESS",
       "net:financeur:Banque des Territoires – soutien à l'ESS (Caisse des Dépôts)"], family=NAT,
      instruments=["fonds-propres"], besoins=["financement"], publics=ESS, frais="variable",
      conditions=["Structures d'au moins trois ans en phase de levée de fonds."])
offer("bpifrance", "pess", "Prêt de développement pour les entreprises de l'ESS (PESS, Bpifrance)",
      "Prêt de Bpifrance lancé en 2015 pour les entités de l'ESS de plus de trois ans : de 10 000 à 50 000 €, jusqu'à "
      "100 000 € avec l'abondement d'une région, sans garantie personnelle et adossé à un prêt bancaire.",
      ["aide-financiere"], ["consolidation"], FR,
      ["ref:Prêt ESS de Bpifrance (PESS)", "net:financeur:Bpifrance – Prêt Économie sociale et solidaire (PESS)"],
      family=NAT, instruments=["pret"], besoins=["financement"], publics=ESS, frais="variable", dispositif="pess",
      conditions=["Entités de l'ESS de plus de trois ans ; couplé à un prêt bancaire. Source de 2015 : vérifier que le "
                  "prêt est toujours proposé."])
offer("bpifrance", "fiso", "Fonds d'innovation sociale (FISO) : avances remboursables",
      "Le FISO, cofinancé par l'État et des régions et géré par Bpifrance, finance des projets socialement innovants "
      "sous forme d'avances remboursables.",
      ["aide-financiere"], ["emergence", "creation"], FR,
      ["ref:Fonds d'innovation sociale (FISO)", "net:financeur:Bpifrance – Fonds d'innovation sociale (FISO)"],
      family=NAT, instruments=["pret"], besoins=["financement"], publics=["porteur-sans-structure"] + ESS,
      frais="variable", dispositif="fiso", conditions=["Pour des projets socialement innovants."])
offer("la-nef", "microcredit", "Microcrédit professionnel (La Nef)",
      "La Nef propose aux créateurs et aux petites entreprises un microcrédit professionnel pouvant aller jusqu'à "
      "30 000 €.",
      ["aide-financiere"], ["creation", "consolidation"], FR, ["ref:La Nef – microcrédit professionnel"], family=NAT,
      instruments=["pret"], besoins=["financement"], publics=["porteur-sans-structure", "societe-commerciale-ess"],
      frais="variable")
offer("la-nef", "prets", "Prêts aux projets sociaux, écologiques et culturels (La Nef)",
      "Coopérative financière de la finance solidaire, La Nef prête à des projets à forte valeur ajoutée sociale, "
      "écologique ou culturelle.",
      ["aide-financiere"], ["creation", "consolidation", "changement-echelle"], FR, ["net:financeur:La Nef"],
      family=NAT, instruments=["pret"], besoins=["financement"], publics=ESS, frais="variable")
offer("la-nef", "zeste", "Zeste : financement participatif de la Nef",
      "Zeste, la plateforme de financement participatif de la Nef, permet de collecter des fonds auprès du public pour "
      "des projets associatifs ou des entreprises à lucrativité limitée et à impact sociétal.",
      ["aide-financiere"], ["emergence", "creation", "consolidation"], FR,
      ["net:financeur:Zeste (plateforme de financement participatif de la Nef)"], family=NAT,
      besoins=["financement"], publics=ESS, lien="https://www.zeste.coop")
offer("fondation-la-france-s-engage", "concours", "Concours national de la Fondation La France s'engage",
      "La fondation sélectionne par un concours national des projets sociaux innovants qui changent d'échelle et les "
      "soutient (jusqu'à 300 000 € sur trois ans selon la source) pour se développer et s'implanter sur de nouveaux "
      "territoires.",
      ["aide-financiere", "accompagnement"], ["changement-echelle"], FR,
      ["ref:Fondation La France s'engage", "net:financeur:Fondation La France s'engage – concours national"], family=NAT,
      instruments=["prix-concours"], besoins=["financement", "strategie"], publics=ESS,
      conditions=["Réservé aux lauréats sélectionnés."])
offer("fondation-rte", "soutien", "Soutien aux projets d'intérêt général en territoire rural (Fondation RTE)",
      "La Fondation RTE soutient des projets d'intérêt général, portés notamment par des associations et des entreprises "
      "sociales, qui servent le développement économique, social et solidaire des territoires ruraux de métropole.",
      ["aide-financiere"], ["creation", "consolidation"], FR, ["ref:Fondation RTE", "net:financeur:Fondation RTE"],
      family=NAT, besoins=["financement"], publics=["association", "scop", "scic", "societe-commerciale-ess"],
      conditions=["Projets d'intérêt général dans les territoires ruraux de France métropolitaine."])
offer("pro-bono-lab", "competences", "Mobilisation de bénévoles et de mécènes de compétences (Pro Bono Lab)",
      "Pro Bono Lab aide sans frais les associations d'intérêt général à définir leurs besoins de compétences, puis "
      "mobilise des volontaires, en mécénat ou en bénévolat de compétences, pour y répondre.",
      ["accompagnement", "mise-en-reseau"], ["consolidation", "changement-echelle"], FR, ["ref:Pro Bono Lab"],
      family=NAT, besoins=["commercial-communication", "emploi-rh", "juridique", "numerique", "financement"],
      publics=["association"], frais="gratuit", conditions=["Pour les associations d'intérêt général."])
offer("makesense-incubateur", "national", "Programmes d'incubation de l'idée au changement d'échelle (makesense)",
      "L'incubateur makesense, lancé en 2014, propose des programmes de l'idée au passage à l'échelle, adossés à un fonds "
      "d'investissement et à des ressources ouvertes en ligne.",
      ["incubation"], ["ideation", "emergence", "creation", "changement-echelle"], FR,
      ["ref:makesense – incubateur", "net:incubateur:makesense (incubateur)",
       "net:incubateur:makesense (incubateur SenseCube)"], family="Incubateurs",
      besoins=["modele-economique", "financement", "competences-formation"],
      publics=["porteur-sans-structure", "societe-commerciale-ess", "association"])
offer("antropia-essec", "programmes", "Programmes d'accélération d'entreprises sociales (Antropia ESSEC)",
      "Antropia ESSEC propose quatre programmes selon la maturité du projet : Shake Up pour l'idée, Start Up pour "
      "l'amorçage, Scale Up pour le changement d'échelle et Size Up pour la mesure d'impact.",
      ["incubation"], ALL, FR, ["ref:Antropia ESSEC", "net:incubateur:Antropia ESSEC"], family="Incubateurs",
      besoins=["modele-economique", "strategie", "evaluation-impact", "financement"],
      publics=["porteur-sans-structure", "association", "societe-commerciale-ess"])
offer("singa-incubateurs", "national", "Incubation gratuite pour les personnes nouvellement arrivées (SINGA)",
      "SINGA propose dans plusieurs villes des programmes d'incubation gratuits pour les personnes nouvellement "
      "arrivées en France qui veulent créer leur activité.",
      ["incubation"], ["emergence", "creation"], FR,
      ["ref:SINGA – incubateurs", "net:incubateur:SINGA (programmes d'incubation)"], family="Incubateurs",
      besoins=["modele-economique", "competences-formation", "cooperation-reseau"], publics=["porteur-sans-structure"],
      frais="gratuit", conditions=["Pour les personnes nouvellement arrivées en France, notamment réfugiées."])
offer("rtes-reseau-des-collectivites-territoriales-pour-une-economie-solidaire", "collectivites",
      "Réseau d'échange des collectivités engagées pour l'économie solidaire (RTES)",
      "Les collectivités y trouvent de l'information et des retours d'expérience sur les politiques locales de l'ESS et "
      "ses outils financiers.",
      ["mise-en-reseau", "information"], ["emergence", "creation", "consolidation"], FR,
      ["ref:RTES – Réseau des collectivités territoriales pour une économie solidaire"], family=NAT,
      besoins=["cooperation-reseau"], publics=["collectivite"], conditions=["Pour les collectivités territoriales."])
offer("ess-france", "national", "Réseau national de l'ESS et observatoire (ESS France)",
      "Associations, coopératives et entreprises de l'ESS peuvent s'appuyer sur le réseau d'ESS France et des CRESS et "
      "sur les travaux de l'Observatoire national de l'ESS pour s'orienter et coopérer.",
      ["information", "mise-en-reseau"], ALL, FR, ["ref:ESS France"], family=NAT, besoins=["cooperation-reseau"],
      publics=ESS)
offer("ess-france", "outre-mer", "ESS France Outre-mer : appui au développement de l'ESS ultramarine",
      "La délégation d'ESS France consacrée aux outre-mer appuie les CRESS ultramarines et réunit les acteurs lors de "
      "séances de travail sur le développement de l'ESS.",
      ["mise-en-reseau", "information"], ["emergence", "creation", "consolidation", "changement-echelle"],
      ["region:01", "region:02", "region:03", "region:04", "region:06"], ["ref:ESS France Outre-mer"], family=NAT,
      besoins=["cooperation-reseau"], publics=ESS)
offer("terres-de-lorraine", "ess", "Suivi et émergence de projets ESS (Pays Terres de Lorraine)",
      "Le Pays Terres de Lorraine assure un suivi technique et stratégique des structures de l'ESS de son territoire et "
      "aide à faire émerger des projets qui répondent à ses enjeux.",
      ["accompagnement"], ["emergence", "consolidation"], ["departement:54"],
      ["ref:Terres de Lorraine – soutien à l'ESS"], family=NAT, besoins=["strategie"],
      publics=["porteur-sans-structure", "association"],
      conditions=[f"{PARTIAL} : territoire du Pays Terres de Lorraine."])
offer("institut-fikiri", "formation", "Formation des acteurs de l'ESS à Mayotte (Institut Fikiri)",
      "L'Institut Fikiri forme les acteurs de l'ESS de Mayotte pour les professionnaliser et sécuriser le parcours de "
      "leurs projets.",
      ["formation"], ["creation", "consolidation"], ["region:06"], ["ref:Institut Fikiri"], family=NAT,
      besoins=["competences-formation"], publics=["porteur-sans-structure", "association"])
offer("guyanasso-maison-des-associations", "associations", "Ressources, conseil et formation pour les associations de "
      "Guyane (GUYANASSO)",
      "Maison des associations de Guyane, GUYANASSO apporte ressources, conseil et formation aux associations, y "
      "compris dans les territoires éloignés.",
      ["accompagnement", "formation", "information"], ["emergence", "creation", "consolidation"], ["region:03"],
      ["ref:GUYANASSO (maison des associations)"], family=NAT,
      besoins=["competences-formation", "gouvernance"], publics=["association"])

# crowdfunding platforms, foundations, financers
offer("blue-bees", "financement-participatif", "Financement participatif de projets ESS et écologiques (Blue Bees)",
      "Blue Bees permet de financer par la foule des projets de l'ESS et de l'écologie.",
      ["aide-financiere"], ["creation", "consolidation"], FR, ["net:financeur:Blue Bees"], family=NAT,
      besoins=["financement"], publics=["porteur-sans-structure"] + ESS)
offer("kisskissbankbank", "financement-participatif", "Financement participatif par le don (KissKissBankBank)",
      "KissKissBankBank permet de collecter des dons auprès du public pour un projet ; des projets de l'ESS s'en "
      "servent comme levier (2013).",
      ["aide-financiere"], ["emergence", "creation"], FR, ["net:financeur:KissKissBankBank"], family=NAT,
      besoins=["financement"], publics=["porteur-sans-structure"] + ESS)
offer("ulule", "financement-participatif", "Financement participatif par le don (Ulule)",
      "Ulule permet de collecter des dons auprès du public pour un projet ; des projets de l'ESS s'en servent comme "
      "levier (2013).",
      ["aide-financiere"], ["emergence", "creation"], FR, ["net:financeur:Ulule"], family=NAT,
      besoins=["financement"], publics=["porteur-sans-structure"] + ESS)
offer("miimosa", "financement-participatif", "Financement participatif de projets agricoles et écologiques (MiiMOSA)",
      "MiiMOSA permet de financer par la foule des projets de l'ESS et de l'écologie, en particulier agricoles.",
      ["aide-financiere"], ["creation", "consolidation"], FR, ["net:financeur:MiiMOSA"], family=NAT,
      besoins=["financement", "transition-ecologique"], publics=["porteur-sans-structure"] + ESS)
offer("federation-nationale-des-caisses-d-epargne", "appel-a-projets", "Appel à projets annuel des Caisses d'Epargne",
      "Depuis 2022, la Fédération nationale des Caisses d'Epargne lance chaque année un appel à projets, relayé par "
      "chacune des quinze caisses régionales.",
      ["aide-financiere"], ["creation", "consolidation"], FR,
      ["net:financeur:Caisses d'Epargne (FNCE) – appel à projets annuel"], family=NAT, besoins=["financement"],
      publics=["association"],
      conditions=["La source décrit l'édition 2024 sur une page destinée aux clubs sportifs : vérifier le public visé."])
offer("federation-des-cigales", "clubs", "Épargne citoyenne des clubs Cigales",
      "Un club Cigales (club d'investisseurs pour une gestion alternative et locale de l'épargne solidaire) réunit cinq "
      "à vingt citoyens qui investissent ensemble leur épargne dans des entreprises locales et solidaires ; 721 clubs "
      "existaient en 2021.",
      ["aide-financiere"], ["creation", "consolidation"], FR,
      ["net:financeur:Clubs Cigales (Fédération des Cigales)"], family=NAT, instruments=["fonds-propres"],
      besoins=["financement"], publics=["scop", "scic", "societe-commerciale-ess"])
for _k in _CIGALES_REGIONS:
    _row = {
        "association-des-cigales-d-ile-de-france": "Association des Cigales d'Île-de-France",
        "les-cigales-hauts-de-france": "Les Cigales Hauts-de-France", "cigales-de-bretagne": "Cigales de Bretagne",
        "cigales-nouvelle-aquitaine": "Cigales Nouvelle-Aquitaine",
        "association-des-cigales-occitanie": "Association des Cigales Occitanie",
        "les-cigales-auvergne-rhone-alpes": "Les Cigales Auvergne-Rhône-Alpes"}[_k]
    _region = {"association-des-cigales-d-ile-de-france": "11", "les-cigales-hauts-de-france": "32",
               "cigales-de-bretagne": "53", "cigales-nouvelle-aquitaine": "75", "association-des-cigales-occitanie": "76",
               "les-cigales-auvergne-rhone-alpes": "84"}[_k]
    offer(_k, "clubs", f"Investissement citoyen des clubs Cigales ({S[_k]['name']})",
          f"Les clubs Cigales {_CIGALES_REGIONS[_k]} investissent l'épargne de leurs membres dans des entreprises locales "
          "et solidaires.",
          ["aide-financiere"], ["creation", "consolidation"], [f"region:{_region}"],
          [f"net:financeur:{_row}", "net:financeur:Clubs Cigales (Fédération des Cigales)"], family=NAT,
          instruments=["fonds-propres"], besoins=["financement"], publics=["scop", "scic", "societe-commerciale-ess"])
offer("fondation-credit-agricole-solidarite-et-developpement", "appels-a-projets",
      "Appels à projets et programme d'accompagnement (Fondation Crédit Agricole Solidarité et Développement)",
      "La fondation soutient des structures d'intérêt général par appels à projets et a lancé avec l'Avise un programme "
      "d'accompagnement et d'innovation sociale.",
      ["aide-financiere", "accompagnement"], ["creation", "consolidation"], FR,
      ["net:financeur:Fondation Crédit Agricole Solidarité et Développement"], family=NAT, besoins=["financement"],
      publics=["association", "scop", "scic", "societe-commerciale-ess"])
offer("fondation-credit-cooperatif", "prix", "Prix de l'inspiration en ESS (Fondation Crédit Coopératif)",
      "Chaque année, la Fondation Crédit Coopératif ouvre aux structures de l'ESS l'appel à projets des Prix de "
      "l'inspiration, dotés de 3 000 à 10 000 € (édition 2023).",
      ["aide-financiere"], ["creation", "consolidation", "changement-echelle"], FR,
      ["net:financeur:Fondation Crédit Coopératif – Prix de l'inspiration en ESS"], family=NAT,
      instruments=["prix-concours"], besoins=["financement"], publics=ESS)
offer("fondation-macif", "essaimage", "Soutien à l'innovation sociale et à l'essaimage (Fondation Macif)",
      "La Fondation Macif aide des projets régionaux d'innovation sociale, notamment sur l'accès de tous aux services "
      "essentiels, à essaimer dans toute la France.",
      ["aide-financiere"], ["changement-echelle"], FR, ["net:financeur:Fondation Macif"], family=NAT,
      besoins=["financement", "strategie"], publics=ESS)
offer("fondation-de-france", "initiatives-solidaires", "Appel à projets « Initiatives solidaires, territoires et emplois » "
      "(Fondation de France)",
      "Appel à projets national de la Fondation de France pour l'émergence et la consolidation d'activités solidaires "
      "créatrices d'emplois (source de 2012).",
      ["aide-financiere"], ["emergence", "consolidation"], FR,
      ["net:financeur:Fondation de France – appel à projets « Initiatives solidaires, territoires et emplois »"],
      family=NAT, instruments=["subvention"], besoins=["financement"], publics=ESS,
      conditions=["Source de 2012 : vérifier que l'appel à projets est toujours ouvert."])
offer("garrigue", "capital-risque", "Capital-risque solidaire (Garrigue)",
      "Garrigue prend des participations, pour cinq ans au moins, dans des entreprises d'utilité sociale.",
      ["aide-financiere"], ["creation", "consolidation", "changement-echelle"], FR, ["net:financeur:Garrigue"],
      family=NAT, instruments=["fonds-propres"], besoins=["financement"], publics=["scop", "scic", "societe-commerciale-ess"],
      frais="variable")

# regional and local financers
offer("collectivite-territoriale-de-guyane", "appel-a-projets", "Appel à projets « Soutien à l'ESS en Guyane »",
      "Appel à projets annuel de l'État et de la Collectivité territoriale de Guyane en faveur des structures de "
      "l'économie sociale et solidaire (résultats 2025).",
      ["aide-financiere"], ["creation", "consolidation"], ["region:03"],
      ["net:financeur:Appel à projets « Soutien à l'ESS en Guyane »", "ref:Appel à projets « Soutien à l'ESS en Guyane »"],
      family=NAT, besoins=["financement"], publics=ESS, lien="https://www.ctguyane.fr")
offer("departement-de-mayotte", "aides-ess", "Aides départementales aux entreprises de l'ESS (Mayotte)",
      "Le Département de Mayotte a consacré 12,5 millions d'euros sur 2017-2024 au développement et à la structuration "
      "de l'ESS, par des aides dédiées aux entreprises de l'ESS ; la CRESS porte la stratégie.",
      ["aide-financiere"], ["creation", "consolidation"], ["departement:976"],
      ["net:financeur:Département de Mayotte – soutien à l'ESS"], family=NAT, besoins=["financement"], publics=ESS)
offer("efferve-sens", "financement-participatif", "Efferve'sens : financement participatif citoyen et local "
      "(Centre-Val de Loire)",
      "Plateforme lancée fin 2020 par France Active, la Région Centre-Val de Loire et la Banque des Territoires pour "
      "financer par les citoyens des projets de la région.",
      ["aide-financiere"], ["creation", "consolidation"], ["region:24"], ["net:financeur:Efferve'sens"], family=NAT,
      besoins=["financement"], publics=["porteur-sans-structure"] + ESS)
offer("graines-d-actions", "financement-participatif", "Financement participatif des projets d'utilité sociale "
      "(Graines d'Actions)",
      "Plateforme régionale de financement participatif des projets d'utilité sociale, basée à Dijon (2017).",
      ["aide-financiere"], ["creation", "consolidation"], ["region:27"], ["net:financeur:Graines d'Actions"], family=NAT,
      besoins=["financement"], publics=["porteur-sans-structure"] + ESS,
      conditions=["Source de 2017 : vérifier que la plateforme fonctionne."])
offer("adefip", "j-adopte-un-projet", "« J'adopte un projet » : financement participatif abondé par la Région "
      "(Nouvelle-Aquitaine)",
      "Sur la plateforme « J'adopte un projet », la Région Nouvelle-Aquitaine abonde les collectes de projets de l'ESS "
      "menés dans quatre territoires : Bordeaux, Limoges Métropole, l'agglomération de Saintes et le Lot-et-Garonne (2023).",
      # The four territories the source names (2023-07-04), not the whole région: the abondement is theirs.
      ["aide-financiere"], ["creation", "consolidation"],
      ["commune:33063", "epci:248719312", "epci:200036473", "departement:47"], ["net:financeur:J'adopte un projet (ADEFIP)"],
      family=NAT, besoins=["financement"], publics=ESS)
offer("region-nouvelle-aquitaine", "soutien-conjoncturel", "Soutien conjoncturel aux structures de l'ESS en difficulté "
      "(Région Nouvelle-Aquitaine)",
      "Aide régionale exceptionnelle pour les entreprises de l'ESS confrontées à des difficultés financières passagères : "
      "diagnostic, cofinancement et appui de France Active.",
      ["aide-financiere"], ["consolidation"], ["region:75"],
      ["net:financeur:Région Nouvelle-Aquitaine – soutien conjoncturel aux structures de l'ESS"], family=NAT,
      besoins=["difficultes", "financement"], publics=ESS)
offer("region-provence-alpes-cote-d-azur", "fonds-ess-or", "Fonds ESS'OR : prêts à taux zéro pour les structures de "
      "l'ESS (Région Sud)",
      "Créé en 2020 par la Région Sud avec la Banque des Territoires et la Caisse d'Epargne CEPAC, le Fonds ESS'OR "
      "accorde aux structures de l'ESS des prêts à taux zéro de 10 000 à 100 000 €, sur 12 à 18 mois.",
      ["aide-financiere"], ["consolidation"], ["region:93"], ["net:financeur:Fonds ESS'OR (Région Sud)"], family=NAT,
      instruments=["pret"], besoins=["financement", "difficultes"], publics=ESS,
      conditions=["Fonds lancé en 2020 : vérifier qu'il est toujours ouvert."])
offer("adec-soutien-a-l-ess-corse", "soutien-ess", "Soutien de l'ADEC aux entreprises de l'ESS (Corse)",
      "L'Agence de développement économique de la Corse finance des entreprises de l'ESS dans le cadre des plans "
      "régionaux de soutien à l'ESS et par des appels à projets.",
      ["aide-financiere"], ["creation", "consolidation"], ["region:94"],
      ["net:financeur:ADEC – soutien à l'ESS (Corse)", "ref:ADEC – soutien à l'ESS (Corse)"], family=NAT,
      besoins=["financement"], publics=ESS)
offer("femu-qui", "capital-investissement", "Capital-investissement citoyen en Corse (Femu Quì)",
      "Femu Quì renforce les fonds propres de projets créateurs d'emplois en Corse grâce à l'épargne de ses actionnaires.",
      ["aide-financiere"], ["creation", "consolidation", "changement-echelle"], ["region:94"],
      ["net:financeur:Femu Quì"], family=NAT, instruments=["fonds-propres"], besoins=["financement"],
      publics=["scop", "scic", "societe-commerciale-ess"], frais="variable")
offer("reunion-entreprendre", "prets", "Prêts à taux zéro aux créateurs (Réunion Entreprendre)",
      "Réunion Entreprendre accorde des prêts à taux zéro à des créateurs d'entreprise de La Réunion.",
      ["aide-financiere"], ["creation"], ["departement:974"], ["net:financeur:Réunion Entreprendre"], family=NAT,
      instruments=["pret"], besoins=["financement"], publics=["porteur-sans-structure"],
      conditions=["Source européenne (association fondée en 1992) : vérifier les conditions actuelles."])
offer("lita-co", "investissement-participatif", "Investissement participatif dans des entreprises à impact (LITA.co)",
      "LITA.co permet à des particuliers d'investir dans des entreprises à impact social et environnemental.",
      ["aide-financiere"], ["creation", "consolidation", "changement-echelle"], FR, ["net:financeur:LITA.co (1001PACT)"],
      family=NAT, instruments=["fonds-propres"], besoins=["financement"], publics=["scop", "scic",
                                                                               "societe-commerciale-ess"],
      lien="https://fr.lita.co")
offer("credit-cooperatif", "financement", "Financement bancaire des coopératives et structures de l'ESS (Crédit "
      "Coopératif)",
      "Banque coopérative, le Crédit Coopératif compte parmi ses clients les trois quarts des Scop et des Scic et "
      "finance les transitions de l'économie sociale et solidaire.",
      ["aide-financiere"], ["creation", "consolidation", "changement-echelle"], FR, ["net:financeur:Crédit Coopératif"],
      family=NAT, instruments=["pret"], besoins=["financement"], publics=ESS, frais="variable")
offer("departement-de-la-correze", "coup-de-pouce", "Coup de pouce Corrèze : appui au financement participatif",
      "Le Département de la Corrèze accompagne le financement participatif des projets corréziens par une série de "
      "mesures regroupées sous le nom Coup de pouce Corrèze.",
      ["aide-financiere"], ["creation", "consolidation"], ["departement:19"],
      ["net:financeur:Coup de pouce Corrèze (Département)"], family=NAT, besoins=["financement"],
      publics=["porteur-sans-structure", "association"], lien="https://coupdepouce-correze.fr")
offer("helloasso", "collecte", "Financement participatif et paiement en ligne gratuits pour les associations (HelloAsso)",
      "HelloAsso propose gratuitement aux associations des outils de financement participatif et de paiement en ligne.",
      ["aide-financiere"], ["creation", "consolidation"], FR, ["net:financeur:HelloAsso"], family=NAT,
      besoins=["financement", "numerique"], publics=["association"], frais="gratuit")
offer("herrikoa", "capital-investissement", "Capital-investissement citoyen au Pays basque (Herrikoa)",
      "Herrikoa investit l'épargne de ses 5 000 actionnaires citoyens dans des entreprises du Pays basque.",
      ["aide-financiere"], ["creation", "consolidation", "changement-echelle"], ["departement:64"],
      ["net:financeur:Herrikoa"], family=NAT, instruments=["fonds-propres"], besoins=["financement"],
      publics=["scop", "scic", "societe-commerciale-ess"], frais="variable",
      conditions=[f"{PARTIAL} : Pays basque."])
offer("fondation-credit-agricole-toulouse-31", "appel-a-projets", "Appel à projets de mécénat (Fondation Crédit Agricole "
      "Toulouse 31)",
      "La fondation soutient par appel à projets des projets collectifs qui bénéficient à la Haute-Garonne (édition "
      "2023).",
      ["aide-financiere"], ["creation", "consolidation"], ["departement:31"],
      ["net:financeur:Fondation d'entreprise Crédit Agricole Toulouse 31"], family=NAT, instruments=["subvention"],
      besoins=["financement"], publics=["association"])
offer("france-active-bretagne", "cap-creation-ess", "CAP'Création ESS : soutien régional aux créateurs d'entreprise "
      "sociale (Bretagne)",
      "Dispositif de la Région Bretagne géré par France Active Bretagne (alors Bretagne Active) pour épauler les porteurs "
      "individuels de projet d'entreprise sociale au moment où ils créent leur structure.",
      ["accompagnement", "aide-financiere"], ["creation"], ["region:53"],
      ["net:financeur:CAP'Création ESS (Région Bretagne)", "ref:CAP'Création ESS (Région Bretagne)"],
      family="France Active", besoins=["financement", "modele-economique"], publics=["porteur-sans-structure"],
      dispositif="cap-creation-ess", conditions=["Pour les porteurs individuels de projet d'entreprise sociale."])
offer("france-active-bretagne", "fonds-de-confiance", "Fonds de confiance Bretagne : financer la faisabilité d'une "
      "entreprise sociale",
      "Fonds géré par France Active Bretagne (alors Bretagne Active) avec la Région : pendant l'étude de faisabilité de "
      "son entreprise sociale, le porteur peut être salarié par une structure déjà en place qui le suit.",
      ["aide-financiere", "accompagnement"], ["emergence"], ["region:53"],
      ["net:financeur:Fonds de confiance Bretagne", "ref:Fonds de confiance Bretagne"], family="France Active",
      besoins=["financement", "modele-economique"], publics=["porteur-sans-structure"], dispositif="fonds-de-confiance",
      conditions=["Pour les porteurs de projet d'entreprise sociale en phase d'étude de faisabilité."])
offer("clus-ter-jura", "bfc-ess", "Accompagnement des créateurs d'activités ESS (Clus'ter Jura)",
      "Clus'ter Jura fait partie du groupement d'acteurs de l'ESS qui, depuis 2018, accompagne les créateurs d'activités "
      "de l'ESS dans le cadre du lot ESS du marché régional d'accompagnement à la création de Bourgogne-Franche-Comté ; "
      "il est aussi membre fondateur du Générateur Bourgogne-Franche-Comté (Fabrique à initiatives).",
      ["accompagnement"], ["emergence", "creation"], ["departement:39"],
      ["ref:Clus'ter Jura", "ref:Région Bourgogne-Franche-Comté – accompagnement des créateurs d'activités ESS",
       "net:fabrique-initiatives:Clus'ter Jura (membre fondateur du Générateur BFC)"], family="Pôles ESS",
      besoins=["modele-economique", "strategie"], publics=["porteur-sans-structure", "association"],
      dispositif="accompagnement-createurs-ess-bfc")
offer("bge-franche-comte", "bfc-ess", "Accompagnement des créateurs d'activités ESS (marché régional, BGE Franche-Comté "
      "mandataire)",
      "Depuis 2018, la Région Bourgogne-Franche-Comté finance dans un lot distinct de son marché d'accompagnement à la "
      "création l'appui aux créateurs d'activités de l'ESS, confié à un groupement dont BGE Franche-Comté est "
      "mandataire (avec Coopilote, l'Aldess, Clus'ter Jura, le PESAD 21, Active 71, les Foyers ruraux de l'Yonne et "
      "l'URSCOP).",
      ["accompagnement"], ["emergence", "creation"], ["region:27"],
      ["ref:Région Bourgogne-Franche-Comté – accompagnement des créateurs d'activités ESS"], family="BGE",
      besoins=["modele-economique", "strategie"], publics=["porteur-sans-structure", "association"],
      dispositif="accompagnement-createurs-ess-bfc")

# --------------------------------------------------------------------------------------------------------------------
# Programmes and labels (dispositifs.csv): not structures. Descriptions in our own words; sources as citations.

# data-more2: local financers of associations and ESS projects (financeur.csv), FDVA (fdva.csv is rendered by the "fdva"
# template), the CRESS de Mayotte's microcredit, the Guid'Asso network in the Vienne.
LOCAL = "Financeurs locaux des associations et de l'ESS"
offer("la-solidaire-fonds-de-dotation", "soutien-projets", "Soutien aux projets locaux du plateau de Millevaches "
      "(La Solidaire)",
      "Fonds de dotation créé par des habitants du sud de la Creuse, de l'est de la Haute-Vienne et du nord-ouest de la "
      "Corrèze, La Solidaire réunit des dons pour soutenir des projets locaux, économiques, immobiliers ou associatifs : "
      "plus de quarante en dix ans (2023).",
      ["aide-financiere"], ["creation", "consolidation"], ["departement:19", "departement:23", "departement:87"],
      ["net:financeur:La Solidaire (fonds de dotation)"], family=LOCAL, besoins=["financement"],
      publics=["porteur-sans-structure", "association", "scop", "scic"],
      conditions=["Projets situés dans le périmètre du Parc naturel régional de Millevaches en Limousin ; couvre une "
                  "partie des départements seulement."],
      modalites="Présenter son projet au fonds ; les modalités de soutien ne sont pas détaillées par la source.")
offer("communaute-d-agglomeration-du-pays-ajaccien", "contrat-de-ville", "Appel à projets du contrat de ville du Pays "
      "ajaccien",
      "Chaque année, la Communauté d'agglomération du Pays Ajaccien, l'État et la Ville d'Ajaccio appellent les "
      "associations et les autres acteurs de terrain à proposer des actions pour les habitants des quartiers "
      "prioritaires ; l'appel de 2022 retenait en priorité les projets d'accès à l'emploi ou de création d'activités "
      "économiques, celui de 2023 la cohésion sociale (sport, culture, numérique, environnement).",
      ["aide-financiere"], ["creation", "consolidation"], ["epci:242010056"],
      ["net:financeur:Contrat de ville du Pays Ajaccien (CAPA, État, Ville d'Ajaccio)"], family=LOCAL,
      instruments=["subvention"], besoins=["financement"], publics=["association"],
      conditions=["Actions au bénéfice des habitants des quartiers prioritaires (Jardins de l'Empereur, Salines) ou de "
                  "veille active du Pays ajaccien ; priorités et date limite fixées à chaque appel."],
      lien="https://www.ajaccio.fr")
offer("departement-de-la-nievre", "appel-a-projets-ess", "Appel à projets économie sociale et solidaire de la Nièvre",
      "Le Conseil départemental de la Nièvre lance chaque année (cinquième édition en 2025) un appel à projets pour "
      "les associations, coopératives et autres structures de l'ESS du département, en deux catégories : projets avant "
      "la création et projets en amorçage. En 2023, trois lauréats ont reçu 5 000 euros chacun.",
      ["aide-financiere"], ["emergence", "creation"], ["departement:58"],
      ["net:financeur:Appel à projets ESS du Département de la Nièvre"], family=LOCAL, instruments=["subvention"],
      besoins=["financement"], publics=ESS,
      conditions=["Projet domicilié dans la Nièvre, créateur ou consolidateur d'emplois et viable économiquement ; "
                  "sociétés commerciales seulement avec l'agrément ESUS."])
offer("departement-de-la-drome", "economie-solidaire-de-proximite", "Appel à projets « Économie solidaire de "
      "proximité » (Drôme)",
      "Le Département de la Drôme subventionne des initiatives locales portées par des structures de l'ESS, en émergence "
      "ou déjà en activité, en priorité dans l'économie verte et circulaire, l'alimentation et l'autonomie des personnes "
      "âgées ou handicapées ; les dossiers sont étudiés au fil de leur arrivée dans la limite de l'enveloppe annuelle.",
      ["aide-financiere"], ["emergence", "creation", "consolidation"], ["departement:26"],
      ["net:financeur:Appel à projets « Économie solidaire de proximité » (Département de la Drôme)"], family=LOCAL,
      instruments=["subvention"], besoins=["financement"], publics=ESS,
      conditions=["Priorité aux territoires peu dotés en services, aux publics fragiles, aux projets créateurs "
                  "d'emplois et innovants (édition 2022)."])
offer("departement-du-val-de-marne", "appel-a-projets-ess", "Appel à projets économie sociale et solidaire du "
      "Val-de-Marne",
      "Le Département du Val-de-Marne finance chaque année des projets de structures de l'ESS établis dans le "
      "département, au stade de l'émergence (étude de faisabilité, expérimentation) ou du démarrage : de 5 000 à "
      "15 000 euros, au plus 70 % du coût du projet, après pré-candidature, dossier complet et audition par un jury.",
      ["aide-financiere"], ["emergence", "creation"], ["departement:94"],
      ["net:financeur:Appel à projets ESS du Département du Val-de-Marne"], family=LOCAL, instruments=["subvention"],
      besoins=["financement"], publics=ESS,
      conditions=["Ancrage territorial, utilité sociale, viabilité économique et création ou consolidation d'emplois."])
offer("departement-de-la-seine-saint-denis", "appel-a-projets-ess", "Appel à projets économie sociale et solidaire de "
      "la Seine-Saint-Denis",
      "Le Département de la Seine-Saint-Denis soutient depuis 2012 par un appel à projets l'émergence, la création ou le "
      "développement d'activités de l'ESS qui créent des emplois sur son territoire ; plus de 75 projets avaient été "
      "aidés en 2015.",
      ["aide-financiere"], ["emergence", "creation", "consolidation"], ["departement:93"],
      ["net:financeur:Appel à projets ESS du Département de la Seine-Saint-Denis"], family=LOCAL,
      besoins=["financement"], publics=ESS,
      conditions=["Cahier des charges recentré sur les publics de l'action départementale (personnes en insertion, "
                  "allocataires de minima sociaux) ; vérifier l'édition en cours."])
offer("departement-de-l-essonne", "prix-innovation-durable", "Prix de l'innovation durable (Essonne)",
      "Le Département de l'Essonne accompagne pendant six mois dix projets de son territoire puis en récompense trois "
      "(enveloppe de 30 000 euros), dans le cadre de ses prix de l'innovation durable.",
      ["aide-financiere", "accompagnement"], ["creation", "consolidation"], ["departement:91"],
      ["net:financeur:Prix de l'innovation durable (Département de l'Essonne)"], family=LOCAL,
      instruments=["subvention"], besoins=["financement", "strategie"], publics=ESS,
      conditions=["Source non datée : vérifier que le concours a lieu cette année."])
offer("departement-de-la-correze", "subventions-associations", "Subventions départementales aux associations "
      "(Corrèze)",
      "Le Département de la Corrèze reçoit chaque année, du 15 juillet au 30 septembre, les demandes de subvention des "
      "associations sur son portail en ligne ; ses agents, à Tulle et dans les maisons du Département, aident à remplir "
      "le dossier.",
      ["aide-financiere"], ["creation", "consolidation"], ["departement:19"],
      ["net:financeur:Département de la Corrèze – subventions aux associations"], family=LOCAL,
      instruments=["subvention"], besoins=["financement"], publics=["association"],
      conditions=["Association déclarée, avec son siège et son activité principale en Corrèze (ou un impact réel pour le "
                  "département), dont l'activité rejoint les politiques du Département."],
      lien="https://www.correze.fr/les-aides-aux-associations", telephone="05 55 93 70 00")
offer("cress-de-mayotte", "crea-sol", "Créa-Sol : microcrédit professionnel pour les projets de l'ESS (CRESS de Mayotte)",
      "La CRESS de Mayotte propose avec sa micro-banque Créa-Sol des microcrédits professionnels pour entreprendre dans "
      "l'ESS, sans caution, jusqu'à 15 000 euros remboursables en cinq ans, à taux fixe ; elle vise notamment les "
      "personnes en situation de fragilité financière.",
      ["aide-financiere"], ["creation", "consolidation"], ["departement:976"],
      ["url:https://mayottehebdo.com/actualite/economie/on-ne-peut-pas-compter-que-sur-les-subventions|"],
      family=LOCAL, instruments=["pret"], besoins=["financement"], publics=["porteur-sans-structure"] + ESS,
      frais="variable", frais_precisions="Prêt à taux fixe (5,9 % selon la source, non datée).")
offer("drajes-sdjes", "guid-asso-vienne", "Guid'Asso dans la Vienne : orientation et appui des associations",
      "Dans la Vienne, le service départemental à la jeunesse, à l'engagement et aux sports porte Guid'Asso, réseau "
      "d'acteurs qui répondent gratuitement aux associations sur leur gouvernance, leurs statuts, la recherche de "
      "ressources ou la communication, et peuvent les accompagner pendant plusieurs mois.",
      ["information", "accompagnement"], ["creation", "consolidation"], ["departement:86"],
      ["url:https://le7.info/article/24216-associations-suivez-le-guide|2022"], family=LOCAL,
      besoins=["gouvernance", "juridique", "financement", "commercial-communication"], publics=["association"],
      frais="gratuit", dispositif="guid-asso")

DISPOSITIFS = [
    dict(code="dla", nom="Dispositif local d'accompagnement (DLA)", nature="programme", site_web="https://www.info-dla.fr",
         description="Dispositif public créé en 2002 par l'État et la Caisse des Dépôts avec le soutien du Fonds social "
                     "européen, que Le Mouvement associatif a rapidement rejoints. Présent dans chaque département (106 DLA départementaux et "
                     "24 DLA régionaux selon une source de 2020) et animé au niveau national par l'Avise, il accompagne "
                     "gratuitement les structures d'utilité sociale qui emploient des salariés : accueil, diagnostic "
                     "partagé, puis missions de conseil financées, pour consolider les activités et les emplois.",
         src=["ref:Dispositif local d'accompagnement (DLA)", "N:dla", "N:dla-national"]),
    dict(code="crdla", nom="Centres de ressources DLA (CRDLA)", nature="programme",
         description="Pôles d'expertise sectorielle (sport, insertion par l'activité économique, culture, social, "
                     "financement, environnement) qui appuient les DLA dans leurs accompagnements ; ils n'accompagnent "
                     "pas directement les structures.",
         src=["ref:Centres de ressources DLA (CRDLA)"]),
    dict(code="fabrique-initiatives", nom="Fabrique à initiatives", nature="programme",
         site_web="https://www.fabriqueainitiatives.org",
         description="Créée en 2010 par l'Avise et portée localement par une trentaine de structures, la Fabrique à "
                     "initiatives part des besoins d'un territoire pour faire émerger, étudier et lancer des activités "
                     "de l'ESS avec les collectivités et les acteurs locaux, puis confie chaque projet à un porteur.",
         src=["ref:Fabrique à initiatives (réseau national)",
              "net:fabrique-initiatives:Fabrique à initiatives (réseau national animé par l'Avise)"]),
    dict(code="agrement-esus", nom="Agrément « entreprise solidaire d'utilité sociale » (ESUS)", nature="label",
         description="Agrément de l'État, prévu par la loi ESS de 2014 et demandé à la direction départementale de "
                     "l'emploi, du travail et des solidarités : il permet à des sociétés commerciales d'être reconnues "
                     "dans l'ESS et ouvre l'accès à l'épargne solidaire, à des avantages fiscaux et à certains "
                     "accompagnements et financements (DLA, France Active).",
         src=["net:financeur:Agrément ESUS (entreprise solidaire d'utilité sociale)",
              "ref:Agrément ESUS (entreprise solidaire d'utilité sociale)"]),
    dict(code="french-impact", nom="French Impact", nature="label",
         description="Bannière nationale de l'innovation sociale lancée en 2018, qui a notamment labellisé des "
                     "« Territoires French Impact » pour renforcer leur écosystème et accélérer l'essaimage des "
                     "solutions.",
         src=["ref:French Impact"]),
    dict(code="pess", nom="Prêt Économie sociale et solidaire (PESS) de Bpifrance", nature="programme",
         description="Prêt de développement lancé en 2015 pour les entités de l'ESS de plus de trois ans (10 000 à "
                     "50 000 €, jusqu'à 100 000 € avec l'abondement d'une région), sans garantie personnelle et adossé "
                     "à un prêt bancaire.",
         src=["ref:Prêt ESS de Bpifrance (PESS)", "net:financeur:Bpifrance – Prêt Économie sociale et solidaire (PESS)"]),
    dict(code="fiso", nom="Fonds d'innovation sociale (FISO)", nature="programme",
         description="Fonds cofinancé par l'État et des régions et géré par Bpifrance, qui finance des projets "
                     "socialement innovants par des avances remboursables.",
         src=["ref:Fonds d'innovation sociale (FISO)", "net:financeur:Bpifrance – Fonds d'innovation sociale (FISO)"]),
    dict(code="ptce", nom="Pôle territorial de coopération économique (PTCE)", nature="label",
         description="Reconnus par la loi ESS de 2014, les PTCE regroupent des acteurs de l'ESS, des entreprises et des "
                     "collectivités autour d'une stratégie locale de coopération économique. L'État les soutient par un "
                     "appel à manifestation d'intérêt (140 PTCE répertoriés en 2023, quinze lauréats soutenus à hauteur "
                     "de 100 000 €).",
         src=["ref:Pôles territoriaux de coopération économique (PTCE)",
              "net:pole-ess:Pôles territoriaux de coopération économique – AMI de l'État", "N:ptce"]),
    dict(code="fabriques-de-territoire", nom="Fabriques de territoire (programme Nouveaux lieux, nouveaux liens)",
         nature="programme",
         description="Programme de l'ANCT lancé en 2019 qui labellise des tiers-lieux ressources, en quartier "
                     "prioritaire ou hors des grands centres urbains, avec une subvention d'amorçage pouvant atteindre "
                     "50 000 € par an pendant trois ans.",
         src=["ref:Fabriques de territoire (programme Nouveaux lieux, nouveaux liens)",
              "net:financeur:Fabriques de territoire (programme Nouveaux lieux, nouveaux liens – ANCT)"]),
    dict(code="guid-asso", nom="Guid'Asso", nature="programme", site_web="https://www.associations.gouv.fr",
         description="Démarche de l'État, expérimentée dès 2020 avec Le Mouvement associatif, pour que chaque "
                     "association trouve près de chez elle un lieu d'accueil et d'orientation gratuit, dans un parcours "
                     "d'accompagnement lisible.",
         src=["ref:Guid'Asso"]),
    dict(code="fdva", nom="Fonds pour le développement de la vie associative (FDVA)", nature="programme",
         site_web="https://www.associations.gouv.fr",
         description="Fonds de l'État pour la vie associative : formation des bénévoles (FDVA 1) et, depuis 2018, "
                     "financement du fonctionnement global ou des nouveaux projets des associations (FDVA 2), en "
                     "priorité les petites associations. Le FDVA 2 est géré au niveau départemental, avec l'avis d'un "
                     "collège consultatif, et régional pour les associations d'envergure régionale.",
         src=["N:fdva"]),
    dict(code="starter-ess", nom="Starter ESS (Région Hauts-de-France)", nature="programme",
         description="Dispositif de la Région Hauts-de-France qui fait accompagner gratuitement les porteurs de projet "
                     "de l'ESS par des structures spécialisées réparties sur le territoire, premier cercle du réseau "
                     "Tremplin animé par la CRESS.",
         src=["ref:Starter ESS (Région Hauts-de-France)"]),
    dict(code="trajectoiress", nom="Trajectoir'ESS (Bretagne)", nature="programme",
         description="Démarche régionale bretonne, inscrite dans la stratégie ESS de la Région, qui coordonne pour les "
                     "créateurs d'activités de l'ESS l'accompagnement, la formation et le financement entre pôles ESS, "
                     "TAg, CAE, union des Scop et France Active Bretagne.",
         src=["ref:Trajectoir'ESS", "net:pole-ess:Trajectoir'ESS"]),
    dict(code="poles-ess-bretagne", nom="Pôles de développement de l'ESS de Bretagne", nature="programme",
         description="Réseau de 21 pôles de développement de l'ESS, un par pays breton, animé par la CRESS Bretagne : "
                     "les pôles accueillent les porteurs de projet, font connaître l'ESS et animent des projets "
                     "collectifs.",
         src=["ref:Pôles de développement de l'ESS de Bretagne", "net:pole-ess:Réseau des pôles ESS de Bretagne"]),
    dict(code="ici-je-monte-ma-boite", nom="Ici je monte ma boîte (Région Normandie)", nature="programme",
         description="Guichet unique régional de la création d'entreprise, mis en place en 2017 : après un premier "
                     "diagnostic, le porteur est orienté vers l'accompagnateur adapté, dont un groupement d'acteurs de "
                     "l'ESS mené par la CRESS.",
         src=["ref:Ici je monte ma boîte (Région Normandie)"]),
    dict(code="cap-creation-ess", nom="CAP'Création ESS (Région Bretagne)", nature="programme",
         description="Dispositif de la Région Bretagne, géré par France Active Bretagne, qui soutient les porteurs "
                     "individuels de projet d'entreprise sociale au moment de la création.",
         src=["ref:CAP'Création ESS (Région Bretagne)", "net:financeur:CAP'Création ESS (Région Bretagne)"]),
    dict(code="fonds-de-confiance", nom="Fonds de confiance (France Active)", nature="programme",
         description="Programme de France Active pour l'émergence de projets d'utilité sociale : une prime, jusqu'à "
                     "20 000 € au niveau national, ou le salariat du porteur par une structure existante en Bretagne, "
                     "pour mûrir et tester un projet avec l'appui d'un entrepreneur expérimenté.",
         src=["ref:Pacte Émergence – Fonds de confiance (France Active)", "ref:Fonds de confiance Bretagne"]),
    dict(code="le-transfo", nom="Le Transfo (Franche-Comté)", nature="programme",
         description="Groupement d'accompagnement de l'ESS constitué en 2015 par France Active Franche-Comté, Coopilote "
                     "et BGE Franche-Comté.",
         src=["ref:Le Transfo", "net:pole-ess:Le Transfo"]),
    dict(code="fabriques-a-projets-grand-est", nom="Fabriques à projets d'utilité sociale (Région Grand Est)",
         nature="programme",
         description="Appel à projets de la Région Grand Est (2017) qui a cofinancé des fabriques à projets d'utilité "
                     "sociale ; trois ont été retenues en 2017. Sa suite n'est pas documentée ici.",
         src=["net:pole-ess:Région Grand Est – fabriques à projets d'utilité sociale"]),
    dict(code="accompagnement-createurs-ess-bfc",
         nom="Accompagnement des créateurs d'activités ESS (Région Bourgogne-Franche-Comté)", nature="programme",
         description="Depuis 2018, la Région Bourgogne-Franche-Comté finance, dans un lot distinct de son marché "
                     "d'accompagnement à la création, l'appui aux créateurs d'activités de l'ESS par un groupement "
                     "d'acteurs dont BGE Franche-Comté est mandataire.",
         src=["ref:Région Bourgogne-Franche-Comté – accompagnement des créateurs d'activités ESS"]),
    dict(code="alter-incub", nom="Alter'Incub", nature="programme",
         description="Incubateur d'innovation sociale né à Montpellier en 2007 au sein de l'union régionale des Scop, "
                     "puis décliné dans d'autres régions par les unions régionales des Scop et Scic (Rhône-Alpes, "
                     "Centre-Val de Loire, ouest de l'Occitanie avec Catalis, Poitou-Charentes).",
         src=["net:incubateur:Alter'Incub Occitanie Méditerranée (ex-Languedoc-Roussillon)",
              "net:incubateur:Alter'Incub Rhône-Alpes", "net:incubateur:Alter'Incub Centre-Val de Loire",
              "net:incubateur:Catalis (Alter'Incub Occitanie Ouest)"]),
]

# Old offer identifiers kept for the same offer of the same structure (so that re-importing updates it).
OLD_OFFER_IDS = {
    ("avise", "custom", "ressources"): "avise",
    ("hubess", "custom", "autodiagnostic"): "hubess",
    ("france-active-reseau-national", "custom", "reseau"): "france-active-reseau-national",
    ("france-active-reseau-national", "custom", "garantie"): "garantie-france-active",
    ("france-active-reseau-national", "custom", "investissement"): "france-active-investissement",
    ("france-active-reseau-national", "custom", "pacte-emergence"): "pacte-emergence-fonds-de-confiance-france-active",
    ("france-active-reseau-national", "custom", "acces-plus"): "acces-france-active",
    ("initiative-france", "custom", "national"): "initiative-france",
    ("reseau-entreprendre", "custom", "national"): "reseau-entreprendre",
    ("adie", "custom", "national"): "adie",
    ("bge-reseau", "custom", "national"): "bge-reseau",
    ("union-nationale-des-couveuses-d-entreprises", "custom", "national"): "union-nationale-des-couveuses-d-entreprises",
    ("cooperer-pour-entreprendre", "custom", "reseau"): "cooperer-pour-entreprendre",
    ("le-mouvement-associatif", "custom", "national"): "le-mouvement-associatif",
    ("france-tiers-lieux", "custom", "ingenierie"): "france-tiers-lieux",
    ("ess-france", "custom", "national"): "ess-france",
    ("singa-incubateurs", "custom", "national"): "singa-incubateurs",
    ("makesense-incubateur", "custom", "national"): "makesense-incubateur",
}
# When a structure keeps its old identifier and had one offer, that identifier goes to its main offer: the first offer
# whose kind comes first here.
AUTO_PRIORITY = ["cress", "fa-financement", "initiative", "initiative-coord", "reseau-entreprendre", "bge", "cae",
                 "urscop", "incubation", "couveuse", "fabrique", "tiers-lieux", "mouvement-associatif", "uriopss", "info",
                 "pole-ess", "ptce", "custom", "accompagnement", "financement", "fa-garantie", "fa-accompagnement",
                 "dla-regional", "dla"]

DOUBTS = [
    "Fusions déduites, qu'aucune page ne dit en toutes lettres : Réunion Active → France Active Réunion (créée en 2006, "
    "garanties et fonds propres, DLA depuis 2006) ; Champagne-Ardenne Active → France Active Champagne-Ardenne (vingt ans "
    "d'existence) ; Corse Active → Corse Active Pour l'Initiative (CAPI) ; Corse Initiative = Initiative Corse ; "
    "APES 53 → APESS 53 ; Catalys = Catalis ; Premières (Lyon, ex-Pionnières) → Les Premières Auvergne-Rhône-Alpes ; "
    "L'Envol = CAE Bourgogne ; Bretagne Active → France Active Bretagne (dit par sa page historique) ; Alsace Active → "
    "France Active Alsace (noms successifs dans les sources).",
    "Rangées « Fabrique à initiatives – territoire (programme Territoires fragiles) » (liste de 2021 sans porteur) "
    "rattachées au porteur qu'une autre source nomme sur le même territoire : ADRESS (Normandie), Générateur BFC "
    "(Franche-Comté), Inter-Made (Aix-Marseille), Courant Fort (Drôme-Ardèche), France Active Alsace (Strasbourg, "
    "expérimentation de 2018), France Active Nouvelle-Aquitaine (Limousin), TAg29/35/56 (Finistère, Ille-et-Vilaine, "
    "Morbihan). Mulhouse et Lyon restent « porteur à confirmer » sous l'Avise.",
    "DLA de la Dordogne attribué à France Active Nouvelle-Aquitaine sur une source indirecte (café citoyen de 2024) ; "
    "DLA de Paris attribué à PIE parce que sa page cite le DLA parmi ses dispositifs ; DLA du Nord à Nord Actif "
    "d'après une association accompagnée (2020).",
    "Opérateurs DLA décrits par des sources anciennes (à revérifier) : Ardennes (page non datée, exemples jusqu'en 2010), "
    "Eure-et-Loir (2014), Vosges (convention jusqu'en 2016), Seine-Saint-Denis (2008), Loir-et-Cher (2014), "
    "Indre-et-Loire (depuis 2004, article vers 2015), DLA régionaux du Centre (2012) et de Nouvelle-Aquitaine (2017).",
    "`date_source` suit la règle demandée (la date la plus récente des pages citées, page du réseau comprise) : une "
    "offre d'une structure décrite par une page ancienne ou non datée peut porter la date, plus récente, de la page "
    "qui décrit le service du réseau (voir le compte dans « Âge des sources »).",
    "Zones déduites d'un nom d'ancienne région ou d'un « pays » sans liste de communes : Franche-Comté (25 39 70 90), "
    "Bourgogne (21 58 71 89), Limousin (19 23 87), Poitou-Charentes (16 17 79 86), Lorraine (54 55 57 88), "
    "ex-Languedoc-Roussillon (11 30 34 48 66), ex-Midi-Pyrénées (09 12 31 32 46 65 81 82) ; les « pays » sont codés "
    "au département avec « Couvre une partie du département » dans les conditions.",
    "Structures toujours en activité ? Crescendo (redressement judiciaire en 2025), CRESS Martinique (seule source : "
    "2013), Union régionale des Scop du Nord-Pas-de-Calais (source non datée vers 2013), France Active Poitou-Charentes "
    "(2020, peut-être fondue dans France Active Nouvelle-Aquitaine), Nord Actif (nom de 2023), Bigorre Initiative "
    "(2011), Savoie Entreprendre et Vendée Entreprendre (2006), Les Premières de Guadeloupe (projet en 2019), "
    "Accélérateur social Var (2016), PTCE « en émergence » d'une page non datée.",
    "Les PTCE ne sont décrits que comme lauréats ou membres du dispositif : leur offre est une mise en réseau, sans "
    "détail de service aux porteurs de projet.",
    "Adresses (structure_commune) : seulement celles qu'une rangée donne pour le bureau de la structure ; les "
    "antennes (Adie, couveuses du réseau, incubateurs des unions Scop) ne donnent pas la commune de la structure.",
    "67 adresses sources restent en http:// : leur site n'a pas été vu en https dans nos sources et ne peut pas être "
    "vérifié hors ligne.",
]
VARIANT_ZONES = {}

# Review (integration of data-c/data-e): these four support associations are not members of Le Mouvement associatif;
# their descriptions say only what their sources state (see mouvement-associatif-notes.md).
for _k, _n, _d in [
    ("udaf-de-la-lozere", "UDAF de la Lozère",
     "Seule structure de Lozère titulaire de la marque Guid'Asso « accompagnement généraliste », l'UDAF accompagne "
     "les associations du département et anime ce réseau local."),
    ("rezo-1901-maison-des-associations-de-lyon", "Rezo 1901 (maison des associations de Lyon)",
     "Maison des associations de Lyon, membre du réseau national des maisons des associations : elle accueille et "
     "accompagne les associations."),
    ("ligue-de-l-enseignement-de-normandie-crib-de-l-orne", "Ligue de l'enseignement de Normandie – CRIB de l'Orne",
     "Centre de ressources et d'information des bénévoles de l'Orne, coordonné par la Ligue de l'enseignement : appui "
     "aux associations, de leur création à leur dissolution."),
    ("maison-inter-associative-de-millevaches-miam", "Maison inter-associative de Millevaches (MIAM)",
     "Structure créée en 2009 sur le plateau de Millevaches pour mettre en commun compétences et moyens de gestion entre "
     "associations ; activité actuelle à vérifier."),
]:
    st(_k, _n, desc=_d, **_NO_MA)


# ====================================================================================================================
# data-more (issue 10, second pass): new families and second offers, each from the rows cited (see the *-notes.md of
# rebond, apesa, cip, terre-de-liens, energie-citoyenne, vie-associative). Every text below is our own wording.

NETWORK_OFFERS.update({"rebond": ["rebond"], "apesa": ["apesa"], "cip": ["cip"], "terre-de-liens": ["terre-de-liens"],
                       "energie-citoyenne": ["energie-citoyenne"], "vie-associative": []})
FAMILY_TYPES.update({"rebond": ["conseil"], "apesa": ["plateforme-orientation"], "cip": ["conseil"],
                     "terre-de-liens": ["reseau"], "energie-citoyenne": ["reseau"], "vie-associative": ["reseau"]})

ALIAS.update({
    "PES 45 (Pour une économie solidaire)": "pes-45",
    "Union régionale des Scop et Scic Bourgogne-Franche-Comté": "urscop-bourgogne-franche-comte",
    "ECLR – Énergies citoyennes locales et renouvelables": "eclr-occitanie",
    "APESA Val-de-Marne (Apesa 94)": "apesa-94",
})

_PUB_ENT = ["scop", "scic", "societe-commerciale-ess"]
_REBOND = dict(
    nom=lambda n, zp, t, o: f"Rebondir après la liquidation de son entreprise ({n})",
    description=lambda n, zp, t, o: (f"{n} accompagne gratuitement {zp} les chefs d'entreprise dont la société a été "
                                     "liquidée : un coach bénévole les aide à surmonter l'échec, un parrain à bâtir un "
                                     "nouveau projet professionnel — créer une autre entreprise ou retrouver un emploi "
                                     "salarié —, le plus souvent sur deux ans au plus, avec des rencontres collectives "
                                     "entre entrepreneurs accompagnés."),
    types=["accompagnement", "mise-en-reseau"], etapes=["consolidation"], besoins=["difficultes"],
    publics=["porteur-sans-structure"], frais="gratuit",
    conditions=["Pour les dirigeants et dirigeantes d'une entreprise liquidée."])
_APESA = dict(
    nom=lambda n, zp, t, o: f"Soutien psychologique des entrepreneurs en difficulté ({n})",
    description=lambda n, zp, t, o: (f"{n} met en œuvre {zp} le dispositif APESA : des « sentinelles » formées (juges "
                                     "et greffiers des tribunaux de commerce, mandataires, avocats, experts-comptables) "
                                     "repèrent les chefs d'entreprise en grande détresse ; avec leur accord, un "
                                     "psychologue les rappelle rapidement, puis quelques séances gratuites sont "
                                     "possibles près de chez eux."),
    types=["information", "accompagnement"], etapes=["consolidation"], besoins=["difficultes"], publics=_PUB_ENT,
    frais="gratuit", modalites="Le dispositif se déclenche par une alerte d'un professionnel au contact de "
                               "l'entrepreneur (souvent au tribunal de commerce), avec son accord.")
_CIP = dict(
    nom=lambda n, zp, t, o: f"Entretiens confidentiels pour dirigeants en difficulté ({n})",
    description=lambda n, zp, t, o: (f"{n} reçoit {zp} les dirigeants de petites entreprises qui voient venir des "
                                     "difficultés : un entretien gratuit et confidentiel avec des professionnels "
                                     "bénévoles (expert-comptable, avocat, ancien juge consulaire) pour faire le point "
                                     "et connaître les solutions amiables ou judiciaires, sans prestation de conseil "
                                     "payante ensuite."),
    types=["information", "diagnostic"], etapes=["consolidation"], besoins=["difficultes", "juridique"],
    publics=_PUB_ENT, frais="gratuit")
_TDL = dict(
    nom=lambda n, zp, t, o: f"Accès à la terre pour s'installer en agriculture ({n})",
    description=lambda n, zp, t, o: (f"{n} accueille et conseille gratuitement {zp} les personnes qui veulent "
                                     "s'installer en agriculture biologique ou paysanne et cherchent des terres : "
                                     "démarches, recherche de foncier, mise en relation avec des cédants ; le mouvement "
                                     "peut aussi acheter des fermes par sa foncière solidaire et les louer."),
    types=["accompagnement", "information"], etapes=["emergence", "creation"],
    besoins=["immobilier-locaux", "transition-ecologique"], publics=["porteur-sans-structure"],
    frais="gratuit", conditions=["Projets agricoles et ruraux (agriculture biologique ou paysanne)."])
_EC = dict(
    nom=lambda n, zp, t, o: f"Monter un projet citoyen d'énergie renouvelable ({n})",
    description=lambda n, zp, t, o: (f"{n} informe et accompagne {zp} les collectifs de citoyens et les collectivités "
                                     "qui veulent produire ensemble une énergie renouvelable sous gouvernance partagée : "
                                     "émergence du groupe, montage du projet, mise en relation avec le réseau de "
                                     "l'énergie citoyenne."),
    types=["accompagnement", "mise-en-reseau"], etapes=["emergence", "creation"],
    besoins=["transition-ecologique", "cooperation-reseau"],
    publics=["porteur-sans-structure", "association", "collectivite"])

VARIANTS.update({
    ("rebond", ""): _REBOND,
    ("apesa", ""): _APESA,
    ("cip", ""): _CIP,
    ("terre-de-liens", ""): _TDL,
    ("energie-citoyenne", ""): _EC,
    ("energie-investissement", ""): dict(
        nom="Investissement citoyen au capital des projets (Énergie Partagée Investissement)",
        description=("L'outil d'investissement du mouvement Énergie Partagée collecte l'épargne de citoyens et l'investit "
                     "au capital de projets d'énergie renouvelable et d'économie d'énergie portés localement."),
        types=["aide-financiere"], instruments=["fonds-propres"], etapes=["creation", "consolidation"],
        besoins=["financement", "transition-ecologique"], publics=["association", "scic", "collectivite"],
        frais="variable", conditions=["Projets d'énergie renouvelable à gouvernance locale et partagée."]),
    ("benevolat", ""): dict(
        nom=lambda n, zp, t, o: f"Trouver et fidéliser des bénévoles ({n})",
        description=lambda n, zp, t, o: (f"{n} met en relation {zp} les personnes qui veulent donner de leur temps et "
                                         "les associations qui cherchent des bénévoles, et aide les associations à "
                                         "accueillir, reconnaître et fidéliser leurs bénévoles."),
        types=["mise-en-reseau", "accompagnement"], etapes=["creation", "consolidation"],
        besoins=["emploi-rh", "cooperation-reseau"], publics=["association"]),
    ("numerique-asso", ""): dict(
        nom="Transformation numérique des associations (Solidatech)",
        description=("Solidatech, programme porté par la coopérative Les Ateliers du Bocage, aide les associations et "
                     "autres organisations à but non lucratif à s'équiper et à s'approprier le numérique : accès à des "
                     "logiciels et du matériel à tarif solidaire, ressources et accompagnement."),
        types=["accompagnement", "information"], etapes=["creation", "consolidation"], besoins=["numerique"],
        publics=["association", "fondation"], frais="variable"),
    # second offers of Initiative platforms, from the rows that state them
    ("pret-croissance", "vienne"): dict(
        nom="Prêt croissance (Initiative Vienne)",
        description=("Initiative Vienne finance aussi le développement d'entreprises de plus de trois ans qui ont un "
                     "projet (investissement, embauche) : un prêt de 5 000 à 30 000 € annoncé en 2016."),
        types=["aide-financiere", "accompagnement"], instruments=["pret-honneur"], etapes=["consolidation"],
        besoins=["financement"], publics=_PUB_ENT, conditions=["Entreprises de plus de trois ans (source de 2016)."]),
    ("pret-croissance", "saone-et-loire"): dict(
        nom="Prêts pour la croissance des entreprises (Initiative Saône-et-Loire)",
        description=("En plus des prêts d'honneur de création et de reprise, Initiative Saône-et-Loire accorde des prêts "
                     "destinés à favoriser la croissance d'entreprises du département (nouveauté en 2015)."),
        types=["aide-financiere"], instruments=["pret-honneur"], etapes=["consolidation"], besoins=["financement"],
        publics=_PUB_ENT),
    ("pret-agricole", "loir-et-cher"): dict(
        nom="Prêt d'honneur agricole (Initiative Loir-et-Cher)",
        description=("Initiative Loir-et-Cher gère un fonds de prêts d'honneur pour les créateurs et repreneurs "
                     "d'exploitations agricoles ; les dossiers se déposent auprès d'elle ou de la chambre d'agriculture, "
                     "qui les instruisent ensemble."),
        types=["aide-financiere"], instruments=["pret-honneur"], etapes=["creation"], besoins=["financement"],
        publics=["porteur-sans-structure"], conditions=["Installation ou reprise agricole."]),
    ("pret-agricole", "melun"): dict(
        nom="Prêt d'honneur agricole (Initiative Melun Val de Seine et Sud Seine-et-Marne)",
        description=("Depuis 2013, la plateforme accorde des prêts d'honneur agricoles, sans intérêt ni garantie, de "
                     "3 000 à 30 000 € sur deux à cinq ans, pour des installations, transmissions ou diversifications "
                     "d'exploitations ; le prêt s'adosse à un emprunt bancaire."),
        types=["aide-financiere"], instruments=["pret-honneur"], etapes=["creation", "consolidation"],
        besoins=["financement"], publics=["porteur-sans-structure"], conditions=["Projets agricoles."]),
    ("pret-agricole", "dinan"): dict(
        nom="Prêt d'honneur agricole local (Initiative en Pays de Dinan)",
        description=("Initiative en Pays de Dinan a lancé, avec Dinan Agglomération, un prêt d'honneur local destiné aux "
                     "agriculteurs."),
        types=["aide-financiere"], instruments=["pret-honneur"], etapes=["creation"], besoins=["financement"],
        publics=["porteur-sans-structure"], conditions=["Projets agricoles du territoire de Dinan Agglomération."]),
    ("pret-agricole", "perigord"): dict(
        nom="Prêt d'honneur agricole (Initiative Périgord)",
        description=("Initiative Périgord a créé en 2010 en Dordogne le prêt d'honneur agricole, sans intérêt ni "
                     "garantie, pour des installations agricoles qui n'ont pas accès à la dotation jeunes agriculteurs."),
        types=["aide-financiere"], instruments=["pret-honneur"], etapes=["creation"], besoins=["financement"],
        publics=["porteur-sans-structure"], conditions=["Installations agricoles."]),
    ("pret-agricole", "dombes"): dict(
        nom="Prêt d'honneur pour jeunes agriculteurs (Initiative Dombes Val de Saône)",
        description=("Initiative Dombes Val de Saône propose aux jeunes agriculteurs des prêts d'honneur à taux zéro de "
                     "5 000 à 25 000 €, abondés par la Région, avec un parcours d'accompagnement de la chambre "
                     "d'agriculture."),
        types=["aide-financiere"], instruments=["pret-honneur"], etapes=["creation"], besoins=["financement"],
        publics=["porteur-sans-structure"],
        conditions=["Moins de 40 ans, installé depuis moins d'un an ou pas encore installé (conditions de 2024)."]),
    # competitions run by structures already in the seed
    ("concours", "ouvre-boite"): dict(
        nom="Concours Ouvre-Boîte (France Active Auvergne)",
        description=("France Active Auvergne organise à Clermont-Ferrand le concours Ouvre-Boîte, qui récompense des "
                     "entrepreneurs engagés ayant créé leur entreprise ou leur association dans un quartier prioritaire "
                     "ou dans l'ESS (9e édition en 2023)."),
        types=["aide-financiere", "mise-en-reseau"], instruments=["prix-concours"], etapes=["creation"],
        besoins=["financement", "commercial-communication"], publics=["association", "scop", "scic",
                                                                       "societe-commerciale-ess"]),
    ("concours", "talents-picardie"): dict(
        nom="Concours Talents (BGE Picardie)",
        description=("BGE Picardie organise chaque année le concours Talents, qui distingue des entrepreneurs passés "
                     "par son accompagnement, avec notamment une catégorie ESS (21e cérémonie en 2019)."),
        types=["aide-financiere", "mise-en-reseau"], instruments=["prix-concours"], etapes=["creation"],
        besoins=["commercial-communication"], publics=["porteur-sans-structure", "societe-commerciale-ess"]),
    ("concours", "femmes-cvl"): dict(
        nom="Concours régional de l'entrepreneuriat par les femmes (France Active Centre-Val de Loire)",
        description=("France Active Centre-Val de Loire est à l'initiative d'un concours régional qui récompense des "
                     "entreprises créées par des femmes dans les six départements de la région."),
        types=["aide-financiere", "mise-en-reseau"], instruments=["prix-concours"], etapes=["creation"],
        besoins=["commercial-communication"], publics=["porteur-sans-structure", "societe-commerciale-ess"]),
    ("concours", "capi"): dict(
        nom="Concours régional de l'entrepreneuriat engagé (Corse Active Pour l'Initiative)",
        description=("Corse Active Pour l'Initiative organise chaque année un concours régional de l'entrepreneuriat "
                     "engagé (quatrième édition remise en décembre 2023)."),
        types=["aide-financiere", "mise-en-reseau"], instruments=["prix-concours"], etapes=["creation"],
        besoins=["commercial-communication"], publics=["porteur-sans-structure", "association",
                                                       "societe-commerciale-ess"]),
})
VARIANT_ZONES[("france-active-auvergne-ex-auvergne-active", "concours", "ouvre-boite")] = ["commune:63113"]

_FA_KINDS = ["fa-garantie", "fa-financement", "fa-accompagnement"]
ROW_OFFERS.update({
    ("vie-associative", "France Bénévolat"): [("benevolat", "")],
    ("vie-associative", "France Bénévolat Besançon"): [("benevolat", "")],
    ("vie-associative", "Solidatech"): [("numerique-asso", "")],
    ("energie-citoyenne", "Énergie Partagée"): ["energie-citoyenne", ("energie-investissement", "")],
    ("initiative-france", "Initiative Vienne"): ["initiative", ("pret-croissance", "vienne")],
    ("initiative-france", "Initiative en Pays de Dinan"): ["initiative", ("pret-agricole", "dinan")],
    ("initiative-france", "Initiative Périgord"): ["initiative", ("pret-agricole", "perigord")],
    ("initiative-france", "Initiative Dombes Val de Saône"): ["initiative", ("pret-agricole", "dombes")],
    ("initiative-france", "Initiative Saône-et-Loire",
     "http://www.lejsl.com/ecodocs71/2015/06/15/initiative-saone-et-loire-continue-avec-dynamisme-a-porter-les-createurs-et-les-repreneurs-d-entreprise"):
        [("pret-croissance", "saone-et-loire")],
    ("initiative-france", "Initiative Loir-et-Cher (ILC 41)", "https://lepicentre.online/?p=5368"):
        [("pret-agricole", "loir-et-cher")],
    ("initiative-france", "Initiative Melun Val de Seine et Sud Seine-et-Marne",
     "https://www.lemoniteur77.com/des-prets-d-honneur-attribues-a-quatre-fermes-115188.html"):
        [("pret-agricole", "melun")],
    ("france-active", "France Active Auvergne",
     "https://radiorva.com/news/locales/19826/concours-ouvre-boite-2023-entrepreneurs-inscrivez-vous?zone_id=16"):
        [("concours", "ouvre-boite")],
    ("bge", "BGE Picardie"): ["bge", ("concours", "talents-picardie")],
    ("france-active", "France Active Centre-Val de Loire"): _FA_KINDS + [("concours", "femmes-cvl")],
    ("france-active", "Corse Active Pour l'Initiative (CAPI)"): _FA_KINDS + [("concours", "capi")],
})

VARIANT_FAMILY.update({
    **{(k, ""): "Difficultés et rebond" for k in ("rebond", "apesa", "cip")},
    **{(k, ""): "Transition écologique" for k in ("terre-de-liens", "energie-citoyenne", "energie-investissement")},
    ("benevolat", ""): "Vie associative (bénévolat, numérique)", ("numerique-asso", ""): "Vie associative (bénévolat, numérique)",
    **{("pret-croissance", v): "Initiative France" for v in ("vienne", "saone-et-loire")},
    **{("pret-agricole", v): "Initiative France" for v in ("loir-et-cher", "melun", "dinan", "perigord", "dombes")},
    ("concours", "ouvre-boite"): "France Active", ("concours", "femmes-cvl"): "France Active",
    ("concours", "capi"): "France Active", ("concours", "talents-picardie"): "BGE",
})

# Île-de-France Active, as regional DLA operator, helps structures prepare an impact evaluation (Avise, 2021).
OFFER_OVERRIDES[("ile-de-france-active", "dla-regional", "")] = dict(
    besoins=["strategie", "modele-economique", "emploi-rh", "cooperation-reseau", "evaluation-impact"])
VARIANT_SOURCES[("ile-de-france-active", "dla-regional", "")] = [
    "ref:DLA régional Île-de-France", "ref:Île-de-France Active",
    "url:https://www.avise.org/actualites/le-dla-ile-de-france-sensibilise-et-oriente-sur-levaluation-de-limpact-social|2021-11-26"]

# Structures of data-more (descriptions in our own words, from the rows cited)
_NS = dict(specialist=False)
st("60-000-rebonds", "60 000 Rebonds", types=["reseau"], website="60000rebonds.com", commune="", **_NS,
   desc="Association nationale créée en 2012 à Bordeaux, reconnue d'intérêt général, 60 000 Rebonds aide gratuitement "
        "les entrepreneurs dont l'entreprise a été liquidée à se reconstruire et à rebondir, grâce à des coachs et des "
        "parrains bénévoles ; elle s'organise en fédération d'associations régionales et d'antennes locales.")
for _k, _n, _d in [
    ("60-000-rebonds-grand-ouest", "60 000 Rebonds Grand Ouest",
     "Association régionale de 60 000 Rebonds pour les Pays de la Loire, le Centre-Val de Loire et la Bretagne, "
     "appuyée sur plusieurs centaines de bénévoles ; elle a ouvert des antennes en Mayenne (2023) et dans la Sarthe "
     "(2025)."),
    ("60-000-rebonds-hauts-de-france", "60 000 Rebonds Hauts-de-France",
     "Présente dans les Hauts-de-France depuis 2016 avec six antennes, l'association accompagne des dirigeants après "
     "la faillite de leur entreprise vers l'emploi salarié ou une nouvelle création."),
    ("60-000-rebonds-bourgogne-franche-comte", "60 000 Rebonds Bourgogne-Franche-Comté",
     "Implantée à Dijon, Besançon et Chalon-sur-Saône, l'association accompagne individuellement et collectivement les "
     "patrons dont l'entreprise a été liquidée."),
    ("60-000-rebonds-occitanie", "60 000 Rebonds Occitanie",
     "Née du rapprochement des antennes de Toulouse et de Montpellier, avec des relais dans le Tarn et à Béziers, "
     "l'association accompagne en Occitanie les entrepreneurs après une liquidation."),
    ("60-000-rebonds-grand-est", "60 000 Rebonds Grand Est",
     "Branche Grand Est de 60 000 Rebonds, basée à Strasbourg, qui accompagne des entrepreneurs après une faillite, "
     "y compris à distance ; d'autres antennes étaient en projet dans la région."),
]:
    st(_k, _n, reseaux=["60 000 Rebonds"], desc=_d, **_NS)

st("apesa-france", "APESA France", types=["reseau"], website="apesa-france.com", **_NS,
   desc="APESA France anime le réseau du dispositif d'aide psychologique aux entrepreneurs en souffrance aiguë, né en "
        "2013 au tribunal de commerce de Saintes : des professionnels formés repèrent les dirigeants en détresse et des "
        "psychologues partenaires les prennent en charge rapidement et gratuitement.")
for _k, _n, _d in [
    ("apesa-seine-et-marne", "APESA Seine-et-Marne",
     "Association qui déploie depuis 2016 le dispositif APESA auprès des tribunaux de commerce de Melun et de Meaux."),
    ("apesa-yvelines", "APESA Yvelines",
     "Déclinaison du dispositif APESA dans les Yvelines, active depuis juin 2019 autour du tribunal de commerce de "
     "Versailles."),
    ("apesa-92", "APESA 92",
     "Association des Hauts-de-Seine, présidée par le tribunal de commerce de Nanterre et soutenue par le Département, "
     "qui porte le dispositif APESA sur le territoire."),
    ("apesa-94", "APESA Val-de-Marne",
     "Association créée fin 2023 pour porter le dispositif APESA dans le Val-de-Marne et venir en aide aux dirigeants en "
     "détresse psychologique."),
    ("apesa-85", "APESA 85",
     "Association vendéenne, présidée par un juge consulaire du tribunal de commerce de La Roche-sur-Yon, qui anime un "
     "réseau de sentinelles du dispositif APESA."),
]:
    st(_k, _n, reseaux=["APESA France"], desc=_d, **_NS)

st("cip-national", "CIP National", types=["reseau"], **_NS,
   desc="Le CIP National fédère plusieurs dizaines de centres d'information sur la prévention des difficultés des "
        "entreprises, associations où des professionnels bénévoles du chiffre et du droit reçoivent gratuitement les "
        "dirigeants qui rencontrent des difficultés.")
for _k, _n, _d in [
    ("cip-ile-de-france", "CIP Île-de-France",
     "Association créée en 2021 par les CIP des départements franciliens (sauf le Val-d'Oise) pour leur donner un "
     "point d'entrée régional ; les rendez-vous restent assurés dans chaque département."),
    ("cip-loire-sud", "CIP Loire Sud",
     "Centre d'information sur la prévention des difficultés des entreprises de Saint-Étienne."),
    ("cip-de-bordeaux", "CIP de Bordeaux",
     "Centre d'information sur la prévention des difficultés des entreprises créé en 2013 à Bordeaux."),
    ("cip-de-caen", "CIP de Caen",
     "Centre d'information sur la prévention des difficultés des entreprises lié au tribunal de commerce de Caen, qui "
     "tient des permanences le jeudi."),
    ("cip-de-nanterre", "CIP de Nanterre",
     "Centre d'information sur la prévention des difficultés des entreprises installé à Nanterre, dans les "
     "Hauts-de-Seine."),
]:
    st(_k, _n, reseaux=["CIP National"], desc=_d, **_NS)

st("terre-de-liens", "Terre de Liens", types=["reseau", "financeur"], website="terredeliens.org",
   desc="Mouvement citoyen né en 2003, Terre de Liens réunit une fédération d'associations territoriales couvrant la "
        "métropole, une foncière d'investissement solidaire et une fondation reconnue d'utilité publique, pour préserver "
        "les terres agricoles et aider des paysans à s'installer.")
for _k, _n, _d, _kw in [
    ("terre-de-liens-ile-de-france", "Terre de Liens Île-de-France",
     "Association territoriale francilienne de Terre de Liens, dont l'équipe accompagne des projets agricoles et "
     "mobilise les citoyens autour de la préservation des terres.", {}),
    ("terre-de-liens-bourgogne-franche-comte", "Terre de Liens Bourgogne-Franche-Comté",
     "Association territoriale qui facilite l'accès au foncier et accompagne chaque année des porteurs de projets "
     "agricoles et des cédants en Bourgogne-Franche-Comté.", {}),
    ("terre-de-liens-aquitaine", "Terre de Liens Aquitaine",
     "Association née en 2010 qui travaille avec les acteurs agricoles, les collectivités et les citoyens pour favoriser "
     "des installations agricoles durables dans l'ex-Aquitaine.", {}),
    ("terre-de-liens-normandie", "Terre de Liens Normandie",
     "Association régionale née en 2009, qui agit pour l'accès solidaire au foncier agricole en Normandie.",
     dict(commune="")),
    ("terre-de-liens-bretagne", "Terre de Liens Bretagne",
     "Association bretonne de Terre de Liens, installée au Pôle InPACT de Cesson-Sévigné, qui aide des agriculteurs à "
     "s'installer en bio ou en production paysanne.", dict(email="bretagne@terredeliens.org")),
    ("terre-de-liens-auvergne", "Terre de Liens Auvergne",
     "Association régionale créée en 2010, présente dans toute l'Auvergne.", {}),
    ("terre-de-liens-pays-de-la-loire", "Terre de Liens Pays de la Loire",
     "Association régionale qui accompagne et conseille les porteurs de projets paysans et biologiques dans leur "
     "recherche de terres et mobilise l'épargne citoyenne.", dict(website="terredeliens-paysdelaloire.org")),
    ("terre-de-liens-languedoc-roussillon", "Terre de Liens Languedoc-Roussillon",
     "Association régionale de Terre de Liens pour le territoire de l'ex-Languedoc-Roussillon.", {}),
    ("terre-de-liens-midi-pyrenees", "Terre de Liens Midi-Pyrénées",
     "Association de Terre de Liens en Midi-Pyrénées, qui accompagne sur l'accès à la terre, l'installation et la "
     "transmission.", dict(website="terredeliens-midi-pyrenees.org")),
    ("terre-de-liens-champagne-ardenne", "Terre de Liens Champagne-Ardenne",
     "Association régionale adhérente de la fédération Terre de Liens, qui encourage l'acquisition et la gestion "
     "collectives du foncier et du bâti agricoles.", {}),
]:
    st(_k, _n, reseaux=["Terre de Liens"], desc=_d, **_kw)

st("energie-partagee", "Énergie Partagée", types=["reseau", "financeur"], website="energie-partagee.org",
   desc="Mouvement né en 2010, Énergie Partagée accompagne, forme et fédère les projets citoyens d'énergies "
        "renouvelables, et investit au capital de ces projets l'épargne collectée auprès de citoyens.")
st("reseau-taranis", "Réseau Taranis", reseaux=["Énergie Partagée"],
   desc="Premier réseau régional de l'énergie citoyenne, créé en Bretagne en 2012 : il informe et appuie les citoyens et "
        "les collectivités qui montent des projets d'énergie renouvelable.")
st("coopawatt", "CoopaWatt", reseaux=["Énergie Partagée"],
   desc="Structure créée en 2016 à Lyon, composée d'une association qui fait émerger des projets citoyens d'énergie "
        "renouvelable en Auvergne-Rhône-Alpes et en Bourgogne-Franche-Comté et d'une Scop qui accompagne les "
        "collectivités.")
st("cirena", "CIRENA", website="cirena.fr",
   desc="Association « Citoyens en réseau pour des énergies renouvelables en Nouvelle-Aquitaine », qui accompagne et "
        "fédère depuis 2016 les projets citoyens de la région.")
st("eclr-occitanie", "ECLR – Énergies citoyennes locales et renouvelables",
   desc="Réseau régional qui accompagne en Occitanie les projets d'énergie renouvelable portés par des citoyens et des "
        "collectivités.")
st("alisee", "Alisée",
   desc="Association de promotion des énergies renouvelables active en Loire-Atlantique et en Maine-et-Loire, qui "
        "conseille citoyens, collectivités et entreprises dans leur transition énergétique.")

st("france-benevolat", "France Bénévolat", types=["reseau"],
   desc="Association reconnue d'utilité publique créée en 2003, France Bénévolat promeut le bénévolat, met en relation "
        "bénévoles et associations et aide les associations à reconnaître et valoriser leurs bénévoles, par un réseau "
        "national et local.")
st("france-benevolat-besancon", "France Bénévolat Besançon", reseaux=["France Bénévolat"],
   desc="Structure bisontine de France Bénévolat, qui met en relation bénévoles et associations et aide celles-ci à "
        "suivre et fidéliser leurs bénévoles.")
st("solidatech", "Solidatech", types=["centre-ressources"],
   desc="Programme de solidarité numérique lancé en 2008 par la coopérative Les Ateliers du Bocage, issue du mouvement "
        "Emmaüs : il aide les associations à s'équiper et à se saisir du numérique.")
st("pes-45", "PES 45 (Pour une économie solidaire)", website="pes45.org",
   desc="Créée en 1994 à Orléans, l'association Pour une économie solidaire (PES 45) porte une couveuse d'entreprises "
        "qui permet, dans le Loiret, de tester un projet de création en conditions réelles avant de s'immatriculer.")
st("urscop-bourgogne-franche-comte", "Union régionale des Scop et Scic Bourgogne-Franche-Comté",
   desc="Union régionale des Scop et Scic de Bourgogne-Franche-Comté ; la Région subordonne son aide à la création ou à "
        "la reprise en Scop ou Scic (Tremplin Scop-Scic) à un avis favorable préalable de l'union.")

# Network-level pages for the new families: what the service is, cited on every offer of the family.
NETWORK_SOURCES.update({
    "rebond": [("http://www.touleco-tarn.fr/Initiative-L-association-60-000-rebonds-ouvre-une-antenne-a,27521", "2019-11-05"),
               ("https://www.lyoncapitale.fr/actualite/depuis-10-ans-60-000-rebonds-aide-les-entrepreneurs-a-se-relancer-apres-un-echec", "2022-09")],
    "apesa": [("https://www.normandinamik.cci.fr/dispositif-apesa-6-800-personnes-prises-en-charge-en-10-ans/", ""),
              ("http://medef-yvelines.com/fr/actualite/apesa-le-lanceur-dalerte-des-entrepreneurs", "2019-06")],
    "cip": [("https://archive.nossenateurs.fr/intervention/2366055", ""),
            ("https://maydaymag.fr/initiative-les-cip-information-et-assistance-pour-les-entreprises-en-difficulte", "")],
    "terre-de-liens": [("https://terredeliens.org/accueil-orientation-et-appui-pour.html", ""),
                       ("https://terredeliens.org/national/aider-les-paysannes-a-sinstaller/", "2022-11-01")],
    "energie-citoyenne": [("https://energie-partagee.org/reseaux-regionaux-energie-citoyenne-socle-incontournable/", "2018")],
    "benevolat": [("https://ash.tm.fr/hebdo/3132/lorganisation-de-la-semaine/une-association-au-service-des-associations-524544.php", "")],
})
KIND_NETWORK.update({"rebond": ["rebond"], "apesa": ["apesa"], "cip": ["cip"], "terre-de-liens": ["terre-de-liens"],
                     "energie-citoyenne": ["energie-citoyenne"], "benevolat": ["benevolat"]})

# data-more, second batch
for _n, _place in [
    ("Adie Région Sud (Marseille)", "délégation régionale à Marseille"),
    ("Adie Lorraine (antennes et permanences)", "antennes de Maxéville, Metz et Épinal ; permanences à Lunéville, Toul, "
                                                "Thionville, Forbach, Verdun, Bar-le-Duc et Saint-Dié (source non datée)"),
    ("Adie Hauts-de-France (formations à Lille et Amiens)", "formation « Je deviens entrepreneur » à Lille ou à Amiens"),
    ("Adie (Yonne)", ""),
    ("Adie (Pays de Savoie)", ""),
]:
    ALIAS[_n] = "adie"
    if _place:
        ADIE_PLACES[_n] = _place
ROW_OFFERS.update({
    ("vie-associative", "France Bénévolat Hauts-de-Seine"): [("benevolat", "")],
    ("vie-associative", "France Bénévolat Haute-Savoie"): [("benevolat", "")],
})
for _k, _n, _d in [
    ("apesa-33", "APESA 33",
     "Association créée au tribunal de commerce de Bordeaux, qui porte le dispositif APESA en Gironde ; il s'étend "
     "depuis 2025 aux tribunaux judiciaires de Bordeaux et de Libourne."),
    ("apesa-40", "APESA 40",
     "Association créée dans les Landes par la CCI, la chambre de métiers, l'ordre des avocats et les tribunaux de "
     "commerce pour déployer le dispositif APESA."),
    ("apesa-provence", "APESA Provence",
     "Association qui porte le dispositif APESA en Provence ; le tribunal de commerce de Marseille l'a rejointe par une "
     "convention en 2023."),
]:
    st(_k, _n, reseaux=["APESA France"], desc=_d, **_NS)
st("france-benevolat-hauts-de-seine", "France Bénévolat Hauts-de-Seine", reseaux=["France Bénévolat"],
   desc="Centre départemental de France Bénévolat, qui a ouvert une antenne à la Maison des associations de Nanterre pour "
        "mettre en relation associations et bénévoles.")
st("france-benevolat-haute-savoie", "France Bénévolat Haute-Savoie", reseaux=["France Bénévolat"],
   desc="Implantée dans la vieille ville d'Annecy, l'association recueille les besoins d'une centaine d'associations "
        "haut-savoyardes et oriente les personnes qui veulent devenir bénévoles.")
st("terre-de-liens-picardie", "Terre de Liens Picardie", reseaux=["Terre de Liens"],
   desc="Association créée en 2009 à Amiens, qui sensibilise, repère les terres disponibles et conseille les projets "
        "d'installation paysanne en Picardie ; elle forme aussi des « veilleurs de terres ».")
st("terre-de-liens-limousin", "Terre de Liens Limousin", reseaux=["Terre de Liens"],
   desc="Association de Terre de Liens en Limousin, qui met en relation cédants et candidats à l'installation et a acquis "
        "plusieurs fermes pour y installer des paysans en bio.")

# data-more, third batch: Second Souffle, local citizen loan funds, second offers
NETWORK_OFFERS["finance-locale"] = ["pret-citoyen"]
FAMILY_TYPES["finance-locale"] = ["financeur"]
ALIAS["Adie (Pays basque)"] = "adie"
ADIE_PLACES["Adie (Pays basque)"] = "siège du Pays basque au centre Jorlis, à Anglet (source de 2017)"
ALIAS["La Cagnotte (Loir-et-Cher)"] = "la-cagnotte-loir-et-cher"
NETWORK_SOURCES["second-souffle"] = [
    ("https://www.informateurjudiciaire.fr/actualites/second-souffle-aide-les-tpe-en-difficulte-a-rebondir/", "2024-11-04"),
    ("https://www.assurland.com/assurance-blog/assurance-actualite/aide-aux-professionnels-la-vague-va-arriver-en-2021-selon-l-association-second-souffle_138056.html", "2021-03-02")]
VARIANTS.update({
    ("rebond", "second-souffle"): dict(
        nom=lambda n, zp, t, o: f"Accompagnement des entrepreneurs en difficulté ({n})",
        description=lambda n, zp, t, o: (f"{n} accompagne gratuitement et en toute confidentialité {zp} les dirigeants "
                                         "de petites entreprises en difficulté, de préférence avant toute procédure au "
                                         "tribunal de commerce : des bénévoles, souvent eux-mêmes chefs d'entreprise, les "
                                         "aident à rompre l'isolement, à y voir clair et à rebondir — relancer "
                                         "l'entreprise, la cesser dans de bonnes conditions ou retrouver un emploi."),
        types=["accompagnement"], etapes=["consolidation"], besoins=["difficultes"], publics=_PUB_ENT,
        frais="gratuit", network=["second-souffle"]),
    ("pret-citoyen", ""): dict(
        nom=lambda n, zp, t, o: f"Prêt citoyen à taux zéro ({n})",
        description=lambda n, zp, t, o: (f"{n} réunit l'épargne ou les dons d'habitants pour prêter sans intérêt "
                                         f"{zp} à des personnes qui créent, reprennent ou développent une activité de "
                                         "proximité."),
        types=["aide-financiere"], instruments=["pret"], etapes=["creation", "consolidation"], besoins=["financement"],
        publics=["porteur-sans-structure"], frais_precisions="Prêt sans intérêt à rembourser."),
    ("pret-croissance", "igi"): dict(
        nom="Prêt d'honneur croissance (Initiative Grésivaudan Isère)",
        description=("Depuis 2011, Initiative Grésivaudan Isère accorde aux entreprises en croissance un prêt d'honneur "
                     "de 5 000 à 15 000 €, à taux zéro et sans garantie personnelle, remboursable en deux à cinq ans, "
                     "pour une embauche, un nouveau marché, un investissement ou un besoin de fonds de roulement."),
        types=["aide-financiere"], instruments=["pret-honneur"], etapes=["consolidation"], besoins=["financement"],
        publics=_PUB_ENT, conditions=["Un comité d'agrément de la plateforme décide de l'octroi."]),
    ("financement-participatif", "tellement-pret"): dict(
        nom="Financement participatif local Tellement Prêt (Initiative Somme)",
        description=("Initiative Somme gère Tellement Prêt, une plateforme de financement participatif où des habitants "
                     "prêtent à des projets d'entreprise de la Somme, et anime le club de ces prêteurs."),
        types=["aide-financiere", "mise-en-reseau"], instruments=["pret"], etapes=["creation", "consolidation"],
        besoins=["financement"], publics=["porteur-sans-structure", "societe-commerciale-ess"]),
    ("nef-participatif", "pret-de-chez-moi"): dict(
        nom="Prêt de chez moi : prêt solidaire de citoyens (La Nef)",
        description=("Sur Prêt de chez moi, plateforme de La Nef lancée en 2015, un projet à impact social et écologique "
                     "peut mener une campagne de prêt solidaire auprès de particuliers proches de chez lui, avec le "
                     "conseil de l'équipe de finance participative de la coopérative."),
        types=["aide-financiere"], instruments=["pret"], etapes=["creation", "consolidation"],
        besoins=["financement", "transition-ecologique"], publics=["association", "scop", "scic",
                                                                    "societe-commerciale-ess"]),
    ("nef-participatif", "zeste"): dict(
        nom="Zeste : campagne de dons pour un projet à impact (La Nef)",
        description=("Zeste, plateforme de La Nef, permet à un projet à impact social et écologique de collecter des dons "
                     "de particuliers proches de chez lui, avec le conseil de l'équipe de finance participative."),
        types=["aide-financiere"], instruments=["subvention"], etapes=["emergence", "creation"],
        besoins=["financement"], publics=["association", "scop", "scic", "societe-commerciale-ess"]),
})
ROW_OFFERS.update({
    ("rebond", "Second Souffle"): [("rebond", "second-souffle")],
    ("rebond", "Second Souffle Lyon"): [("rebond", "second-souffle")],
    ("initiative-france", "Initiative Grésivaudan Isère"): [("pret-croissance", "igi")],
    ("initiative-france", "Initiative Somme (Initiative Somme France Active Picardie)",
     "https://www.picardiegazette.fr/article/tellement-pret%25c2%25a0-le-club-est-ne"):
        [("financement-participatif", "tellement-pret")],
    ("financeur", "La Nef",
     "https://lelabo-ess.org/financement-citoyen-de-projets-sociaux-et-environnementaux-de-territoire-zeste-et-pret-de-chez-moi"):
        [("nef-participatif", "pret-de-chez-moi"), ("nef-participatif", "zeste")],
})
VARIANT_FAMILY.update({
    ("rebond", "second-souffle"): "Difficultés et rebond", ("pret-citoyen", ""): "Finance solidaire locale",
    ("pret-croissance", "igi"): "Initiative France", ("financement-participatif", "tellement-pret"): "Initiative France",
    ("nef-participatif", "pret-de-chez-moi"): NAT, ("nef-participatif", "zeste"): NAT,
})
st("60-000-rebonds-auvergne-rhone-alpes", "60 000 Rebonds Auvergne-Rhône-Alpes", reseaux=["60 000 Rebonds"], **_NS,
   desc="Association régionale de 60 000 Rebonds, avec huit implantations en Auvergne-Rhône-Alpes, qui accompagne les "
        "entrepreneurs après une liquidation ou une cession à la barre ; elle s'est associée en 2023 à Second Souffle.")
st("second-souffle", "Second Souffle", types=["reseau"], commune="", **_NS,
   desc="Association nationale créée en 2010 et reconnue d'intérêt général, Second Souffle accompagne gratuitement, par "
        "des bénévoles, les dirigeants de TPE en difficulté ou après un échec, à travers un réseau d'antennes locales.")
st("second-souffle-lyon", "Second Souffle Lyon", reseaux=["Second Souffle"], **_NS,
   desc="Association lyonnaise de bénévoles qui aide les chefs d'entreprise en difficulté à rompre l'isolement et à "
        "traverser la cessation d'activité ou à rebondir ; partenaire de 60 000 Rebonds.")
for _k, _n, _d, _kw in [
    ("apesa-46", "APESA 46", "Association créée début 2017 au tribunal de commerce de Cahors pour déployer le dispositif "
     "APESA dans le Lot, ouvert aussi aux agriculteurs.", dict(commune="46042")),
    ("apesa-bayonne", "APESA Bayonne", "Association qui implante en 2025 le dispositif APESA au Pays basque, autour du "
     "tribunal de commerce de Bayonne.", {}),
    ("apesa-nord-franche-comte", "APESA Nord Franche-Comté", "Antenne APESA lancée en 2017 autour du tribunal de "
     "commerce de Belfort-Montbéliard.", {}),
]:
    st(_k, _n, reseaux=["APESA France"], desc=_d, **_NS, **_kw)
st("cip-herault", "CIP Hérault", reseaux=["CIP National"], **_NS,
   desc="Association de prévention des difficultés des entreprises de l'Hérault, en lien avec les tribunaux de commerce "
        "de Montpellier et de Béziers.")
st("terre-de-liens-poitou-charentes", "Terre de Liens Poitou-Charentes", reseaux=["Terre de Liens"],
   desc="Association territoriale présente depuis 2012, organisée en groupes locaux, qui accompagne porteurs de projet "
        "et cédants et aide des agriculteurs sans héritage familial à s'installer.")
st("terre-de-liens-centre-val-de-loire", "Terre de Liens Centre-Val de Loire", reseaux=["Terre de Liens"],
   desc="Association régionale née en 2010 ; des fermes acquises par le mouvement y sont louées à plusieurs dizaines de "
        "fermiers.")
st("l-oseille-citoyenne", "L'Oseille Citoyenne", commune="87154",
   desc="Association de citoyens basée à Saint-Junien qui prête à taux zéro à des porteurs de projets de proximité "
        "(agriculture, artisanat, commerce…) installés sur la communauté de communes Porte Océane du Limousin.")
st("aspe-solidaire", "Aspe Solidaire",
   desc="Association créée en 2011 par des habitants de la vallée d'Aspe (Béarn) pour prêter sans intérêt, grâce à leur "
        "épargne, aux projets économiques de la vallée.")
st("la-fourmi-preteuse", "La Fourmi Prêteuse",
   desc="Cagnotte solidaire créée en 2015 dans le Sud Isère pour financer de petits projets agri-ruraux "
        "éco-responsables.")
st("la-cagnotte-loir-et-cher", "La Cagnotte (Loir-et-Cher)",
   desc="Association de financement solidaire du Loir-et-Cher qui accorde, grâce à des donateurs, des prêts personnels "
        "à taux zéro aux créateurs d'entreprise.")
st("initiative-gresivaudan-isere", "Initiative Grésivaudan Isère", website="igi38.fr",
   desc="Plateforme du réseau Initiative dans le Grésivaudan (Isère) ; elle accorde notamment un prêt d'honneur "
        "croissance aux entreprises qui se développent.")

DOUBTS += [
    "Passe data-more : quand une page ne donne pas sa date de publication, `source_date` prend la dernière année que la "
    "page cite pour les faits qu'elle rapporte (ex. 60 000 Rebonds Bourgogne-Franche-Comté, 2023 ; APESA 46, 2022), ou "
    "reste vide ; les sources d'Adie Lorraine, de Terre de Liens Aquitaine, Auvergne, Champagne-Ardenne, Limousin, "
    "Picardie et de plusieurs CIP ne sont pas datées.",
    "Les offres nationales de 60 000 Rebonds et de Second Souffle ne sont codées qu'aux départements où une page place "
    "une antenne ; APESA Provence est codée aux Bouches-du-Rhône (convention avec le tribunal de commerce de Marseille) ; "
    "60 000 Rebonds Grand Est au seul Bas-Rhin (siège à Strasbourg, antennes seulement envisagées ailleurs).",
    "Terre de Liens : les associations nommées d'après une ancienne région (Aquitaine, Auvergne, Limousin, Picardie, "
    "Poitou-Charentes, Languedoc-Roussillon, Midi-Pyrénées, Champagne-Ardenne) sont codées aux départements de cette "
    "ancienne région ; certaines ont pu se regrouper depuis au niveau des nouvelles régions.",
    "Adie : des offres départementales ajoutées sur une activité citée (Yonne, formation à Lille ou Amiens) plutôt que "
    "sur une agence nommée ; à confirmer auprès de l'Adie.",
]
