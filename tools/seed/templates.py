"""How sourced rows become structures and offers: one renderer per kind of offer, written in our own words.

The renderers only say what the cited rows and the network-level sources (curation.NETWORK_SOURCES) state.
"""
import csv
import re
from collections import Counter, OrderedDict, defaultdict

import curation as C
import seedlib as L
from seedlib import Unit, lookup


# ==================================================================================================================
# Structures

class Structure:
    def __init__(self, key):
        self.key = key
        self.rows = []
        self.families = []
        self.family_zones = defaultdict(list)
        self.units = []
        self.raw_names = []
        self.communes = []          # (priority, code, origin)
        self.websites = []
        self.emails = []
        self.phones = []
        self.offers = []
        self.name = None

    def add_unit(self, unit):
        if all(u.urls != unit.urls for u in self.units):
            self.units.append(unit)

    def add_row(self, row, b):
        self.rows.append(row)
        if row.network not in self.families:
            self.families.append(row.network)
        for z in row.zones:
            if z not in self.family_zones[row.network]:
                self.family_zones[row.network].append(z)
        self.add_unit(row.unit())
        if row.name not in self.raw_names:
            self.raw_names.append(row.name)
        if row.code_insee:
            code = b.t.resolve_commune(row.code_insee)
            if not code:
                raise ValueError(f"commune inconnue {row.code_insee} pour {row.ident}")
            priority = 0 if "siège" in row.role else 1
            self.communes.append((priority, row.date or "", code, f"{row.network} : {row.name}"))
        if row.website:
            self.websites.append(row.website)
        if row.contact:
            for part in [p.strip() for p in row.contact.split(";")]:
                if "@" in part:
                    self.emails.append(part.split()[-1])
                elif re.search(r"\d", part):
                    self.phones.append(part)


def attach_reference(b):
    """Rows of ess-support-actors.csv: sources of a structure, of a programme, or rejected (curation.REFERENCE)."""
    for name, unit in b.ref_units.items():
        action = C.REFERENCE.get(name)
        if action is None:
            raise ValueError(f"ligne de référence sans décision : {name}")
        kind, arg = action[0], action[1] if len(action) > 1 else None
        if kind == "structure":
            s = b.structure(arg)
            s.add_unit(unit)
            if name not in s.raw_names:
                s.raw_names.append(name)
            if "reference" not in s.families:
                s.families.append("reference")
            ref = b.refs[name]
            if ref["website"].strip():
                s.websites.append(ref["website"].strip())
        elif kind in ("dispositif", "network", "source"):
            pass
        elif kind == "skip":
            b.skipped.append((f"référence : {name}", arg))
        else:
            raise ValueError(f"décision inconnue pour {name}: {action}")


def attach_addresses(b):
    """structure-addresses.csv: the town of a structure's office, where a stored page states it."""
    for a in b.addresses:
        key = C.ADDRESS_KEYS.get(a["structure_name"])
        if not key or key not in b.structures:
            continue
        url = b.clean_url(a["source_url"])
        if b.url_problem([url]):
            b.rejects.append((f"adresses : {a['structure_name']}", b.url_problem([url])))
            continue
        s = b.structures[key]
        code = b.t.resolve_commune(a["code_insee"])
        s.communes.append((0, a["source_date"], code, f"adresses : {a['structure_name']}"))
        s.add_unit(Unit([url], a["source_date"], f"adresses:{a['structure_name']}"))
        if a["website"]:
            s.websites.append(a["website"])


# ==================================================================================================================
# Offers

class Offer:
    def __init__(self, key, kind, variant="", group=""):
        self.key = key
        self.kind = kind
        self.variant = variant
        self.group = group
        self.zones = []
        self.units = []
        self.rows = []
        self.conditions = []
        self.places = []
        self.fields = {}
        self.identifier = None

    def add_units(self, units):
        for unit in units:
            if all(u.urls != unit.urls for u in self.units):
                self.units.append(unit)

    def add_zones(self, zones):
        for z in zones:
            if z not in self.zones:
                self.zones.append(z)

    @property
    def date_source(self):
        # The date of the page that says this structure does this here; a network page describing the service in general
        # does not make the local fact any fresher. Only an offer with no local page takes the network page's date.
        local = [u for u in self.units if not u.origin.startswith("réseau:")]
        return L.latest_date([u.date for u in (local or self.units)])


def network_units(ids):
    units = []
    for i in ids:
        for url, date in C.NETWORK_SOURCES[i]:
            units.append(Unit([url], date, f"réseau:{i}"))
    return units


def row_kinds(row):
    found = lookup(C.ROW_OFFERS, row)
    if found is not None:
        return found
    kinds = C.NETWORK_OFFERS[row.network]
    if row.network == "dla" and row.zone_level == "region":
        return ["dla-regional"]
    return kinds


def groups_for(b, kind, row):
    """The separate offers a row feeds: one per département for the DLA and the Adie, else one."""
    if kind == "dla":
        if any(z.startswith("epci:") for z in row.zones):
            return [("epci-" + "-".join(z.split(":")[1] for z in row.zones), row.zones)]
        deps = [z.split(":")[1] for z in row.zones if z.startswith("departement:")]
        return [("d" + d, [f"departement:{d}"]) for d in deps]
    if kind == "dla-regional":
        return [("r" + z.split(":")[1], [z]) for z in row.zones]
    if kind == "adie":
        out = []
        for z in row.zones:
            level, _, code = z.partition(":")
            if level == "region":
                out.append(("r" + code, [z]))
            else:
                for d in sorted(b.t.departements_of(z)):
                    out.append(("d" + d, [f"departement:{d}"]))
        seen, unique = set(), []
        for g in out:
            if g[0] not in seen:
                seen.add(g[0])
                unique.append(g)
        return unique
    if kind == "fdva":
        return [(z.replace(":", ""), [z]) for z in row.zones]
    if kind == "insertion":
        return [("-".join(sorted(z.replace(":", "") for z in row.zones)), row.zones)]
    return [("", row.zones)]


def build_offers(b):
    for key, s in b.structures.items():
        for row in s.rows:
            for entry in row_kinds(row):
                kind, variant = (entry, "") if isinstance(entry, str) else entry
                groups = groups_for(b, kind, row)
                for group, zones in groups:
                    okey = (key, kind, variant, group)
                    if okey not in b.offers:
                        b.offers[okey] = Offer(key, kind, variant, group)
                        s.offers.append(b.offers[okey])
                    o = b.offers[okey]
                    o.rows.append(row)
                    o.add_zones(C.VARIANT_ZONES.get((key, kind, variant)) or zones)
                    o.add_units([row.unit()])
                    for cond in lookup(C.ROW_CONDITIONS, row) or []:
                        if cond not in o.conditions:
                            o.conditions.append(cond)
                    partial = partial_condition(row)
                    if partial and partial not in o.conditions:
                        o.conditions.append(partial)
                    place = C.ADIE_PLACES.get(row.name) if kind == "adie" else None
                    if place and place not in o.places:
                        o.places.append(place)
    for o in b.offers.values():
        extra = C.VARIANT_SOURCES.get((o.key, o.kind, o.variant), [])
        o.add_units(resolve_sources(b, extra))
        o.add_units(network_units(C.KIND_NETWORK.get(o.kind, [])))
        o.add_units(network_units(C.VARIANTS.get((o.kind, o.variant), {}).get("network", [])))


def partial_condition(row):
    if "couvre une partie du département" not in row.role:
        return None
    head = row.role.split(";")[0].strip()
    head = re.sub(r"^plateforme (Initiative |d'initiative locale )?", "plateforme ", head)
    return f"Couvre une partie du département seulement ({head})."


def resolve_sources(b, refs):
    units = []
    for ref in refs:
        kind, _, rest = ref.partition(":")
        if kind == "net":
            network, _, name = rest.partition(":")
            found = [r for r in b.rows if r.network == network and r.name == name]
            if not found:
                raise ValueError(f"source introuvable : {ref}")
            units += [r.unit() for r in found]
        elif kind == "ref":
            if rest not in b.ref_units:
                raise ValueError(f"source de référence introuvable ou rejetée : {ref}")
            units.append(b.ref_units[rest])
        elif kind == "N":
            units += network_units([rest])
        elif kind == "url":
            url, _, date = rest.rpartition("|")
            units.append(Unit([b.clean_url(url)], date, "page"))
        else:
            raise ValueError(f"référence de source inconnue : {ref}")
    return units


def build_custom_offers(b):
    for spec in C.CUSTOM_OFFERS:
        key = spec["key"]
        s = b.structure(key)
        o = Offer(key, "custom", spec["id"], "")
        o.fields = {k: v for k, v in spec.items() if k not in ("key", "id", "src", "zones")}
        o.add_zones(spec["zones"])
        b.check_zones(o.zones, spec["id"])
        o.add_units(resolve_sources(b, spec["src"]))
        b.offers[(key, "custom", spec["id"], "")] = o
        s.offers.append(o)
        for u in o.units:
            s.add_unit(u)
        if "custom" not in s.families:
            s.families.append("custom")


def build_dla_coverage(b):
    """Every département gets a DLA entry: its operator where a source names one, else « opérateur à confirmer »."""
    named = defaultdict(list)
    for o in b.offers.values():
        if o.kind == "dla":
            for z in o.zones:
                if z.startswith("departement:"):
                    named[z.split(":")[1]].append(o.key)
    b.dla_named = named
    avise = b.structure("avise")
    for d in sorted(b.t.departements, key=dep_sort):
        if d in named:
            continue
        o = Offer("avise", "dla-tbc", "", "d" + d)
        o.add_zones([f"departement:{d}"])
        region = b.t.region_of_departement(d)
        o.add_units(network_units(C.KIND_NETWORK["dla-tbc"]))
        regional = C.DLA_REGIONAL_CONTACTS.get(region)
        if regional:
            o.add_units(resolve_sources(b, regional["src"]))
        for cond in C.DLA_TBC_CONDITIONS.get(d, []):
            o.conditions.append(cond["text"])
            o.add_units(resolve_sources(b, cond["src"]))
        b.offers[("avise", "dla-tbc", "", "d" + d)] = o
        avise.offers.append(o)


def dep_sort(code):
    return (len(code) > 2 and not code[:2].isdigit(), code.replace("2A", "20.1").replace("2B", "20.2").zfill(6))


# ==================================================================================================================
# Rendering

ARTICLES = [("CRESS", "La "), ("Chambre", "La "), ("Union", "L'"), ("Uriopss", "L'"), ("Uniopss", "L'"),
            ("Fédération", "La "), ("Confédération", "La "), ("Agence", "L'"), ("Association", "L'"),
            ("Région", "La "), ("Département", "Le "), ("Collectivité", "La "), ("Fondation", "La "), ("Banque", "La "),
            ("Mission locale", "La "), ("Ligue", "La "), ("Plateforme", "La "), ("Coopérative", "La "),
            ("Couveuse", "La "), ("Pôle", "Le "), ("PTCE", "Le "), ("Cluster", "Le "), ("Accélérateur", "L'"),
            ("Incubateur", "L'"), ("Espace", "L'"), ("Avise", "L'"), ("Adie", "L'"), ("ADRESS", "L'"), ("ATIS", "L'"),
            ("AGLCA", "L'"), ("URQR", "L'"), ("APESS", "L'"), ("Adefpat", "L'"), ("IFAID", "L'"), ("Adess", "L'"),
            ("Institut", "L'"), ("ID37", ""), ("CIP", "Le "), ("Antenne", "L'")]


def subject(name):
    """The name as the subject of a French sentence: « La CRESS Bretagne », « L'Adie », « France Active Lorraine »."""
    for prefix, article in ARTICLES:
        if name.startswith(prefix + " ") or name == prefix:
            return article + name
    return name


def join_fr_list(items):
    return L.join_fr(items)


def website_url(s):
    site = C.STRUCTURES.get(s.key, {}).get("website")
    if site is None:
        site = next((w for w in s.websites if w), "")
    if not site:
        return ""
    return site if "://" in site else "https://" + site


def render_offer(b, o):
    s = b.structures[o.key]
    name = s.name
    o.subject = subject(name)
    subj = o.subject
    t = b.t
    zp = t.zones_phrase(o.zones)
    spec = C.VARIANTS.get((o.kind, o.variant), {}) if o.kind != "custom" else {}
    f = dict(nom="", description="", types=[], instruments=[], etapes=[], besoins=[], publics=[], frais="",
             frais_precisions="", conditions=[], modalites="", lien="", courriel="", telephone="", duree="",
             statut="publiee", dispositif="")
    k = o.kind
    if k == "custom":
        f.update({kk: vv for kk, vv in o.fields.items()})
        f["conditions"] = [f["conditions"]] if isinstance(f.get("conditions"), str) and f["conditions"] else \
            list(f.get("conditions") or [])
    elif k == "dla":
        dep = [z.split(":")[1] for z in o.zones if z.startswith("departement:")]
        where = t.dep_de(dep[0]) if dep else "de l'" + t.zones_label(o.zones)
        label = where if dep else join_fr_list([t.epci_de(z.split(":")[1]) for z in o.zones if z.startswith("epci:")])
        f.update(nom=f"Dispositif local d'accompagnement (DLA) {label}",
                 description=(f"{subj} porte le DLA {label}. Ce dispositif public accompagne gratuitement les "
                              "structures d'utilité sociale qui emploient des salariés et veulent consolider leurs "
                              "activités et leurs emplois : accueil, diagnostic partagé avec un chargé de mission, "
                              "puis missions de conseil confiées à des prestataires et financées par le DLA."),
                 types=["diagnostic", "accompagnement"], etapes=["consolidation", "changement-echelle"],
                 besoins=["strategie", "modele-economique", "emploi-rh", "gouvernance", "difficultes"],
                 publics=["association", "scop", "scic", "cae", "societe-commerciale-ess"], frais="gratuit",
                 conditions=["Pour les structures employeuses de l'ESS (au moins un emploi) : associations, "
                             "coopératives, structures d'insertion par l'activité économique, entreprises agréées "
                             "ESUS."],
                 modalites=f"Prendre contact avec le chargé de mission DLA {label} pour un premier entretien.",
                 lien=website_url(s), dispositif="dla")
    elif k == "dla-regional":
        r = o.zones[0].split(":")[1]
        f.update(nom=f"DLA régional {t.REGION_DE[r]}",
                 description=(f"{subj} porte le DLA régional {t.REGION_DE[r]}. Il accompagne gratuitement les "
                              "structures de l'ESS dont l'activité est régionale, ainsi que les têtes de réseau, sur "
                              "leur stratégie, leur modèle économique et leurs emplois."),
                 types=["diagnostic", "accompagnement"], etapes=["consolidation", "changement-echelle"],
                 besoins=["strategie", "modele-economique", "emploi-rh", "cooperation-reseau"],
                 publics=["association", "scop", "scic", "cae", "societe-commerciale-ess"], frais="gratuit",
                 conditions=["Pour les structures employeuses de l'ESS d'envergure régionale et les têtes de réseau ; "
                             "les autres structures s'adressent au DLA de leur département."],
                 dispositif="dla")
    elif k == "dla-tbc":
        d = o.zones[0].split(":")[1]
        de = t.dep_de(d)
        region = t.region_of_departement(d)
        regional = C.DLA_REGIONAL_CONTACTS.get(region)
        modal = ("Le site national du dispositif, info-dla.fr, est la porte d'entrée indiquée pour s'informer sur le "
                 "DLA ; l'Avise en assure l'animation nationale.")
        if regional:
            modal += " " + regional["text"]
        f.update(nom=f"Dispositif local d'accompagnement (DLA) {de} — opérateur à confirmer",
                 description=(f"Le DLA est présent dans chaque département (plus de cent DLA départementaux). La "
                              f"structure qui porte le DLA {de} n'a pas encore été confirmée ici par une source : "
                              "renseignez-vous avant de compter sur un nom. Le DLA accompagne gratuitement les "
                              "structures employeuses de l'ESS qui veulent consolider leurs activités et leurs "
                              "emplois (diagnostic partagé, puis missions de conseil financées)."),
                 types=["diagnostic", "accompagnement"], etapes=["consolidation", "changement-echelle"],
                 besoins=["strategie", "modele-economique", "emploi-rh", "gouvernance", "difficultes"],
                 publics=["association", "scop", "scic", "cae", "societe-commerciale-ess"], frais="gratuit",
                 conditions=["Opérateur départemental non confirmé dans nos sources.",
                             "Pour les structures employeuses de l'ESS (au moins un emploi)."],
                 modalites=modal, lien="https://www.info-dla.fr", dispositif="dla")
    elif k == "fdva":
        level, _, code = o.zones[0].partition(":")
        if level == "departement":
            where = t.dep_de(code)
            f.update(nom=f"FDVA : subvention au fonctionnement ou aux nouveaux projets des associations {where}",
                     description=("Chaque année, le Fonds pour le développement de la vie associative (FDVA 2) "
                                  f"subventionne des associations {where}, tous secteurs confondus, pour leur "
                                  "fonctionnement global ou pour un nouveau projet ; le service départemental de l'État "
                                  "chargé de la vie associative reçoit les demandes, sur lesquelles un collège "
                                  "départemental donne son avis. Les priorités de l'année sont dans la note "
                                  "d'orientation départementale."))
        else:
            where = t.REGION_DE[code]
            f.update(nom=f"FDVA : campagne régionale de soutien aux associations {where}",
                     description=("La délégation régionale académique à la jeunesse, à l'engagement et aux sports "
                                  f"anime chaque année la campagne du FDVA {where} : subventions au fonctionnement "
                                  "global ou aux nouveaux projets des associations, instruites au niveau régional pour "
                                  "celles dont l'action est régionale ou interdépartementale et par les services "
                                  "départementaux pour les autres."))
        f.update(types=["aide-financiere"], instruments=["subvention"], etapes=["consolidation"],
                 besoins=["financement"], publics=["association"], frais="gratuit",
                 conditions=["Associations déclarées d'intérêt général, au fonctionnement démocratique et à la gestion "
                             "transparente, priorité aux petites associations (deux salariés au plus) ; un an "
                             "d'existence est souvent exigé. Une campagne par an, dépôt sur Le Compte Asso."],
                 modalites="Lire la note d'orientation de l'année, puis déposer la demande sur Le Compte Asso.",
                 lien="https://lecompteasso.associations.gouv.fr", dispositif="fdva")
    elif k == "fa-garantie":
        f.update(nom=f"Garantie bancaire France Active ({name})",
                 description=(f"{subj} peut garantir une partie d'un prêt bancaire {zp} pour créer, reprendre ou "
                              "développer une activité à utilité sociale ou une entreprise de l'ESS : le fonds de "
                              "garantie France Active couvre jusqu'à 65 % du prêt, dans la limite de 200 000 € "
                              "garantis."),
                 types=["aide-financiere"], instruments=["garantie"], etapes=["creation", "consolidation"],
                 besoins=["financement"],
                 publics=["porteur-sans-structure", "association", "scop", "scic", "societe-commerciale-ess"],
                 frais="variable",
                 conditions=["Pour les entreprises de l'ESS et les très petites entreprises à utilité sociale ou "
                             "créées par des personnes éloignées de l'emploi."])
    elif k == "fa-financement":
        f.update(nom=f"Prêts, primes et fonds propres solidaires ({name})",
                 description=(f"{subj} mobilise {zp} les financements du réseau France Active — prêts, primes et "
                              "apports en fonds propres selon le projet — pour les associations, les entreprises de "
                              "l'ESS et les entrepreneurs éloignés du crédit bancaire. La décision revient à un "
                              "comité d'engagement."),
                 types=["aide-financiere"], instruments=["pret", "subvention", "fonds-propres"],
                 etapes=["creation", "consolidation"], besoins=["financement"],
                 publics=["porteur-sans-structure", "association", "scop", "scic", "societe-commerciale-ess"],
                 frais="variable")
    elif k == "fa-accompagnement":
        f.update(nom=f"Accompagnement à la recherche de financement ({name})",
                 description=(f"Un conseiller de {name} étudie le projet, évalue ses besoins financiers et aide à "
                              "réunir les financements adaptés, avant le passage en comité d'engagement."),
                 types=["accompagnement"], etapes=["emergence", "creation", "consolidation"],
                 besoins=["financement", "modele-economique"],
                 publics=["porteur-sans-structure", "association", "scop", "scic", "societe-commerciale-ess"])
    elif k == "initiative":
        f.update(nom=f"Prêt d'honneur et parrainage ({name})",
                 description=(f"{subj} accorde aux créateurs et repreneurs d'entreprise {zp} un prêt d'honneur : un "
                              "prêt personnel sans intérêt ni garantie, décidé par un comité d'agrément, qui renforce "
                              "l'apport et facilite l'obtention d'un prêt bancaire. Un parrainage accompagne le "
                              "créateur."),
                 types=["aide-financiere", "accompagnement"], instruments=["pret-honneur"], etapes=["creation"],
                 besoins=["financement"], publics=["porteur-sans-structure"],
                 frais_precisions="Prêt sans intérêt à rembourser (en général sur deux à cinq ans).",
                 conditions=["Pour les personnes qui créent ou reprennent une entreprise."])
    elif k == "initiative-coord":
        f.update(nom=f"Réseau régional des plateformes Initiative ({name})",
                 description=(f"{subj} fédère les plateformes Initiative France {zp}, qui accordent des prêts "
                              "d'honneur et un parrainage aux créateurs et repreneurs d'entreprise ; la demande se "
                              "fait auprès de la plateforme du territoire du projet."),
                 types=["information", "mise-en-reseau"], etapes=["creation"], besoins=["financement"],
                 publics=["porteur-sans-structure"])
    elif k == "reseau-entreprendre":
        f.update(nom=f"Prêt d'honneur et accompagnement par des chefs d'entreprise ({name})",
                 description=(f"{subj} réunit des chefs d'entreprise qui sélectionnent des créateurs et repreneurs "
                              f"{zp}, leur accordent un prêt d'honneur sans intérêt et les accompagnent, en général "
                              "pendant deux ans."),
                 types=["aide-financiere", "accompagnement"], instruments=["pret-honneur"], etapes=["creation"],
                 besoins=["financement", "strategie"], publics=["porteur-sans-structure"],
                 conditions=["Pour des projets de création ou de reprise d'entreprise retenus par l'association."])
    elif k == "adie":
        label = t.zones_label(o.zones)
        places = ""
        if o.places:
            places = " Implantations citées par les sources : " + ", ".join(o.places) + "."
        f.update(nom=f"Microcrédit et accompagnement de l'Adie ({label})",
                 description=("L'Adie finance par microcrédit les personnes qui créent ou développent une activité "
                              f"sans avoir accès au crédit bancaire, et les accompagne gratuitement, {zp}.{places}"),
                 types=["aide-financiere", "accompagnement"], instruments=["pret"],
                 etapes=["creation", "consolidation"], besoins=["financement"], publics=["porteur-sans-structure"],
                 frais_precisions="Accompagnement gratuit ; le microcrédit est un prêt à rembourser.",
                 conditions=["Pour les personnes qui n'ont pas accès au crédit bancaire."])
    elif k == "bge":
        f.update(nom=f"Accompagnement à la création d'entreprise ({name})",
                 description=(f"{subj}, association du réseau BGE, accompagne les créateurs d'entreprise {zp}, de "
                              "l'idée au lancement puis au développement de leur activité."),
                 types=["accompagnement"], etapes=["ideation", "emergence", "creation", "consolidation"],
                 besoins=["modele-economique", "financement", "competences-formation"],
                 publics=["porteur-sans-structure"])
    elif k == "bge-formation":
        f.update(nom=f"Formation à l'entrepreneuriat ({name})",
                 description=f"{subj} forme les personnes qui préparent la création de leur entreprise {zp}.",
                 types=["formation"], etapes=["emergence", "creation"], besoins=["competences-formation"],
                 publics=["porteur-sans-structure"])
    elif k == "couveuse":
        f.update(nom=f"Tester son activité en couveuse ({name})",
                 description=(f"{subj} permet {zp} de tester une activité en conditions réelles, sous contrat "
                              "d'appui au projet d'entreprise (CAPE), avec un accompagnement, avant de créer sa "
                              "propre structure."),
                 types=["accompagnement"], etapes=["creation"], besoins=["competences-formation", "juridique"],
                 publics=["porteur-sans-structure"])
    elif k == "cae":
        f.update(nom=f"Entreprendre en coopérative d'activité et d'emploi ({name})",
                 description=(f"{subj} accueille {zp} des entrepreneurs qui développent leur activité sous le statut "
                              "d'entrepreneur-salarié : la coopérative prend en charge la gestion administrative et "
                              "comptable, en échange d'une contribution sur le chiffre d'affaires, et l'entrepreneur "
                              "rejoint un collectif."),
                 types=["accompagnement"], etapes=["creation", "consolidation"],
                 besoins=["juridique", "competences-formation", "cooperation-reseau"],
                 publics=["porteur-sans-structure"], frais="payant",
                 frais_precisions="Contribution sur le chiffre d'affaires, souvent proche de 10 % selon la source "
                                  "réseau.")
    elif k == "urscop":
        f.update(nom=f"Créer, reprendre ou transformer une entreprise en Scop ou en Scic ({name})",
                 description=(f"{subj} accompagne {zp} les projets de création de Scop et de Scic, la reprise "
                              "d'entreprises par leurs salariés et la transformation d'associations ou de sociétés en "
                              "coopérative : choix du statut, gouvernance coopérative, montage financier."),
                 types=["accompagnement"], etapes=["emergence", "creation", "consolidation"],
                 besoins=["juridique", "gouvernance", "financement", "strategie"],
                 publics=["porteur-sans-structure", "association", "scop", "scic", "societe-commerciale-ess"])
    elif k == "cress":
        f.update(nom=f"Information et orientation sur l'ESS ({name})",
                 description=(f"{subj} informe les porteurs de projet et les structures de l'ESS {zp} et les "
                              "oriente vers les acteurs de l'accompagnement et du financement de la région ; l'appui "
                              "à la création et au développement des entreprises de l'ESS fait partie de ses missions "
                              "légales."),
                 types=["information", "mise-en-reseau"], etapes=["ideation", "emergence", "creation", "consolidation"],
                 besoins=["cooperation-reseau"])
    elif k in ("fabrique", "fabrique-tbc"):
        label = t.zones_label(o.zones)
        f.update(nom=f"Fabrique à initiatives ({label})",
                 description=(f"{subj} porte une Fabrique à initiatives {zp} : à partir des besoins repérés sur le "
                              "territoire, avec les collectivités et les acteurs locaux, elle fait émerger des "
                              "activités de l'ESS, en étudie la faisabilité et accompagne leur lancement par un "
                              "porteur de projet."),
                 types=["accompagnement"], etapes=["ideation", "emergence"],
                 besoins=["strategie", "modele-economique", "cooperation-reseau"],
                 publics=["collectivite", "association", "porteur-sans-structure"], dispositif="fabrique-initiatives")
    elif k == "incubation":
        f.update(nom=f"Incubation ({name})",
                 description=f"{subj} accompagne {zp} des porteurs de projets d'entreprise à impact social pendant "
                             "plusieurs mois, jusqu'au lancement de leur activité.",
                 types=["incubation"], etapes=["emergence", "creation"], besoins=["modele-economique", "strategie"],
                 publics=["porteur-sans-structure", "association", "societe-commerciale-ess"])
    elif k == "tiers-lieux":
        f.update(nom=f"Réseau des tiers-lieux ({name})",
                 description=(f"{subj} met en réseau les tiers-lieux {zp} et les personnes qui en portent le projet : "
                              "échanges entre lieux, ressources et appui à leur développement."),
                 types=["mise-en-reseau"], etapes=["emergence", "creation", "consolidation"],
                 besoins=["cooperation-reseau"], publics=["porteur-sans-structure", "association", "collectivite"],
                 conditions=["Pour les tiers-lieux et leurs porteurs de projet."])
    elif k == "mouvement-associatif":
        f.update(nom=f"Coordination et représentation des associations ({name})",
                 description=(f"{subj} réunit les réseaux et coordinations associatives {zp} et porte leur voix "
                              "auprès des pouvoirs publics ; les associations y trouvent un lieu de mise en réseau."),
                 types=["mise-en-reseau"], etapes=["consolidation"], besoins=["cooperation-reseau"],
                 publics=["association"])
    elif k == "ptce":
        f.update(nom=f"Pôle territorial de coopération économique ({name})",
                 description=(f"{subj} est un pôle territorial de coopération économique (PTCE) {zp} : des acteurs "
                              "de l'ESS, des entreprises et des collectivités y coopèrent autour d'un projet "
                              "économique commun. Les sources consultées ne détaillent pas son offre aux porteurs de "
                              "projet."),
                 types=["mise-en-reseau"], etapes=["consolidation", "changement-echelle"],
                 besoins=["cooperation-reseau"], publics=["association", "scop", "scic", "societe-commerciale-ess",
                                                          "collectivite"],
                 dispositif="ptce")
    elif k == "pole-ess":
        f.update(nom=f"Accueil des porteurs de projet ESS ({name})",
                 description=(f"{subj} est un pôle de développement de l'ESS {zp} : il accueille les porteurs de "
                              "projet, fait connaître l'ESS et anime des dynamiques collectives sur son territoire."),
                 types=["information", "mise-en-reseau"], etapes=["ideation", "emergence"],
                 besoins=["cooperation-reseau"], publics=["porteur-sans-structure", "association"],
                 dispositif="poles-ess-bretagne")
    elif k == "uriopss":
        f.update(nom=f"Union des associations de solidarité et de santé ({name})",
                 description=(f"{subj} rassemble {zp} les associations des secteurs sanitaire, social et "
                              "médico-social, les représente et leur offre un réseau d'échange et d'appui."),
                 types=["mise-en-reseau", "information"], etapes=["consolidation"], besoins=["cooperation-reseau"],
                 publics=["association"])
    elif k == "insertion":
        pass
    else:
        if not spec:
            raise ValueError(f"sorte d'offre inconnue {k} / {o.variant}")
    for field, value in spec.items():
        if field in ("network",):
            continue
        f[field] = value(name, zp, t, o) if callable(value) else value
    overrides = C.OFFER_OVERRIDES.get((o.key, o.kind, o.variant), {})
    for field, value in overrides.items():
        f[field] = value(name, zp, t, o) if callable(value) else value
    if not f["nom"]:
        raise ValueError(f"offre sans titre : {o.key} {o.kind} {o.variant}")
    if "(" in name and f["nom"].endswith(f"({name})"):
        f["nom"] = f["nom"][: -len(name) - 2].rstrip() + f" — {name}"
    conditions = list(f["conditions"]) + [c for c in o.conditions if c not in f["conditions"]]
    f["conditions"] = conditions
    o.fields = f
    return f


# ==================================================================================================================
# Structures: name, types, description, contacts

def finish_structures(b):
    for key, s in list(b.structures.items()):
        if not s.offers:
            if s.rows or s.units:
                b.skipped.append((f"structure : {key}", "aucune offre sourcée (faits gardés dans la description "
                                  "d'une autre structure ou écartés)"))
            del b.structures[key]
            continue
        spec = C.STRUCTURES.get(key, {})
        s.name = spec.get("name") or (s.rows[0].name if s.rows else None)
        if not s.name:
            raise ValueError(f"structure sans nom : {key}")
        for o in s.offers:
            render_offer(b, o)
        types = list(spec.get("types", []))
        for fam in s.families:
            types += C.FAMILY_TYPES.get(fam, [])
        kinds = {o.kind for o in s.offers}
        if kinds & {"dla", "dla-regional"}:
            types.append("dla")
        if "couveuse" in kinds:
            types.append("couveuse")
        if "incubation" in kinds:
            types.append("incubateur")
        if kinds & {"fabrique"}:
            types.append("generateur")
        if key == "avise":
            types = ["centre-ressources", "reseau"]
        s.types = L.ordered(types, b.tax["structure_types"])
        for ty in s.types:
            if ty not in b.tax["structure_types"]:
                raise ValueError(f"type de structure inconnu {ty} pour {key}")
        generalist = any(f in C.GENERALIST_FAMILIES for f in s.families)
        s.specialist = spec.get("specialist", not generalist)
        reseaux = list(spec.get("reseaux", []))
        for fam in s.families:
            net = C.FAMILY_NETWORK_NAME.get(fam)
            if net and net not in reseaux and fam not in spec.get("not_networks", []):
                reseaux.append(net)
        s.reseaux = reseaux
        # commune: the office a source states, most precise first (a head office before an antenna)
        if "commune" in spec:
            s.commune = spec["commune"]
        elif s.communes:
            s.commune = sorted(s.communes, key=lambda c: (c[0], -(L.date_key(c[1]) or (0,))[0]))[0][2]
        else:
            s.commune = ""
        if "website" in spec:
            s.website = spec["website"]
        else:
            sites = [w for w in s.websites if w]
            s.website = sites[0] if sites else ""
        s.email = spec.get("email", s.emails[0] if s.emails else "")
        s.phone = spec.get("phone", s.phones[0] if s.phones else "")
        s.description = spec.get("desc") or describe(b, s, spec)


def describe(b, s, spec):
    t = b.t
    fam = next((f for f in C.FAMILY_PRIORITY if f in s.families), None)
    zones = simplify_zones(b, s.family_zones.get(fam) or [z for o in s.offers for z in o.zones])
    zp = t.zones_phrase(zones) if zones else ""
    n = subject(s.name)
    text = {
        "france-active": f"{n} est l'association du réseau France Active {zp}. Elle accompagne les entrepreneurs "
                         "engagés, les associations et les entreprises de l'ESS dans leur recherche de financement "
                         "et leur apporte garanties bancaires, prêts et autres financements solidaires.",
        "initiative-france": f"{n} est une plateforme du réseau Initiative France {zp}. Elle accorde aux créateurs "
                             "et repreneurs d'entreprise des prêts d'honneur sans intérêt ni garantie et leur propose "
                             "un parrainage.",
        "reseau-entreprendre": f"{n} est une association du Réseau Entreprendre {zp} : des chefs d'entreprise y "
                               "accordent des prêts d'honneur à des créateurs et repreneurs et les accompagnent.",
        "adie": "",
        "urscop": f"{n} est l'union régionale des Scop et des Scic {zp}. Elle accompagne la création de "
                  "coopératives, la reprise d'entreprises par leurs salariés et la transformation d'associations ou "
                  "de sociétés en coopérative.",
        "cress": f"{n} est la chambre régionale de l'économie sociale et solidaire {zp}. Elle représente les "
                 "entreprises de l'ESS et a pour mission légale de soutenir leur création et leur développement.",
        "bge": f"{n} est une association du réseau BGE qui accompagne les créateurs d'entreprise {zp}.",
        "cae": f"{n} est une coopérative d'activité et d'emploi (CAE) {zp} : des entrepreneurs y développent leur "
               "activité sous le statut d'entrepreneur-salarié.",
        "couveuse": f"{n} est une couveuse d'entreprises {zp} : on peut y tester une activité en conditions réelles "
                    "avant de créer sa structure.",
        "incubateur": f"{n} est un incubateur {zp} qui accompagne des projets d'entreprise à impact social.",
        "fabrique-initiatives": f"{n} porte une Fabrique à initiatives {zp}.",
        "tiers-lieux-reseau": f"{n} est un réseau de tiers-lieux {zp}.",
        "mouvement-associatif": f"{n} réunit les coordinations associatives {zp} ; il fait partie du Mouvement "
                                "associatif.",
        "insertion": f"{n} est un réseau d'acteurs de la solidarité et de l'insertion {zp}.",
        "pole-ess": f"{n} est un pôle territorial de coopération économique (PTCE) {zp}.",
        "dla": f"{n} porte le dispositif local d'accompagnement (DLA) {zp}.",
    }.get(fam, "")
    if spec.get("coordination"):
        text = (f"{n} coordonne les plateformes du réseau Initiative France {zp}, qui accordent aux créateurs et "
                "repreneurs d'entreprise des prêts d'honneur sans intérêt ni garantie et un parrainage.")
    note = spec.get("note", "")
    out = " ".join(p for p in (text, note) if p).strip()
    if not out:
        raise ValueError(f"structure sans description : {s.key}")
    return re.sub(r"\s+", " ", out).replace(" ,", ",")


def simplify_zones(b, zones):
    regions = {z.split(":")[1] for z in zones if z.startswith("region:")}
    if "pays:FR" in zones:
        return ["pays:FR"]
    out = []
    for z in zones:
        level, _, code = z.partition(":")
        if level == "departement" and b.t.region_of_departement(code) in regions:
            continue
        out.append(z)
    return out


# ==================================================================================================================
# Checks, identifiers, records

def check_duplicates(b):
    names, sites = {}, {}
    for key, s in b.structures.items():
        n = L.norm_name(s.name)
        if n in names:
            raise ValueError(f"deux structures portent le même nom : {names[n]} et {key} ({s.name})")
        names[n] = key
        if s.website:
            w = L.website_key(s.website)
            if w in sites:
                raise ValueError(f"deux structures partagent le site {s.website} : {sites[w]} et {key}")
            sites[w] = key
    b.merges = []
    for key, s in b.structures.items():
        distinct = []
        for raw in s.raw_names:
            if L.norm_name(raw) not in [L.norm_name(d) for d in distinct]:
                distinct.append(raw)
        if len(distinct) > 1:
            b.merges.append((s.name, distinct))


def assign_identifiers(b):
    old = L.read_csv(L.HERE / "old-seed-identifiers.csv")
    old_by_structure = defaultdict(list)
    for r in old:
        old_by_structure[r["structure_identifiant"]].append(r["identifiant"])
    used = set()
    for s in b.structures.values():
        for o in s.offers:
            explicit = C.OLD_OFFER_IDS.get((o.key, o.kind, o.variant))
            if explicit:
                o.identifier = explicit
                used.add(explicit)
    for key, s in b.structures.items():
        auto_old = [i for i in old_by_structure.get(key, []) if i not in used]
        if len(old_by_structure.get(key, [])) == 1 and auto_old and not any(o.identifier for o in s.offers):
            rank = {k: i for i, k in enumerate(C.AUTO_PRIORITY)}
            main = min(s.offers, key=lambda o: rank.get(o.kind, len(rank)))
            main.identifier = auto_old[0]
            used.add(auto_old[0])
        for o in s.offers:
            if o.identifier:
                continue
            parts = [key, o.kind if o.kind != "custom" else "", o.variant, o.group]
            ident = L.slug("--".join(p for p in parts if p), 200)
            if ident in used:
                raise ValueError(f"identifiant d'offre en double : {ident}")
            used.add(ident)
            o.identifier = ident
    b.old_ids = {r["identifiant"] for r in old}
    b.old_structures = {r["structure_identifiant"]: r["structure_nom"] for r in old}


def records(b):
    out = []
    for key, s in b.structures.items():
        structure_sources = []
        for u in s.units + [u for o in s.offers for u in o.units]:
            for url in u.urls:
                if url not in structure_sources:
                    structure_sources.append(url)
        for o in s.offers:
            f = o.fields
            sources = []
            for u in o.units:
                for url in u.urls:
                    if url not in sources:
                        sources.append(url)
            rec = {c: "" for c in L.COLUMNS}
            rec.update({
                "source": L.SOURCE, "identifiant": o.identifier, "structure_identifiant": key,
                "structure_nom": s.name, "structure_types": "|".join(s.types),
                "structure_commune": s.commune, "structure_site_web": s.website,
                "structure_courriel": s.email, "structure_telephone": s.phone,
                "structure_reseaux": "|".join(s.reseaux), "structure_specialiste_ess": "oui" if s.specialist else "non",
                "structure_description": s.description, "structure_sources": "|".join(structure_sources),
                "nom": f["nom"], "description": clean(f["description"]),
                "types": "|".join(L.ordered(f["types"], L.TYPE_ORDER)),
                "instruments": "|".join(L.ordered(f["instruments"], b.tax["instruments"]))
                if "aide-financiere" in f["types"] else "",
                "etapes": "|".join(L.ordered(f["etapes"], L.STAGE_ORDER)),
                "besoins": "|".join(L.ordered(f["besoins"], L.NEED_ORDER)),
                "publics": "|".join(L.ordered(f["publics"], L.PUBLIC_ORDER)),
                "zones": "|".join(sort_zones(o.zones)),
                "zone_partielle": "oui" if covers_part(f["conditions"]) else "", "frais": f["frais"],
                "frais_precisions": f["frais_precisions"], "conditions": clean(" ".join(f["conditions"])),
                "modalites": f["modalites"], "lien": f["lien"], "courriel": f["courriel"],
                "telephone": f["telephone"], "duree": f["duree"], "statut": f["statut"],
                "dispositif": f["dispositif"], "date_source": o.date_source, "sources": "|".join(sources),
            })
            out.append(rec)
    return out


# Our conditions say "Couvre une partie du département seulement", "… des départements …", "… de chacun de ces
# départements …" when a zone coded at département level is really a « pays », a park or a court's area (curation.py
# PARTIAL, templates.partial_condition): such an offer serves only part of its zones (`zone_partielle`, ADR 022).
PARTIAL_WORDS = re.compile(r"\bcouvre une partie (du|des|de chacun)\b", re.IGNORECASE)


def covers_part(conditions):
    return any(PARTIAL_WORDS.search(c) for c in conditions)


def clean(text):
    return re.sub(r"\s+", " ", text or "").strip()


def sort_zones(zones):
    order = {"pays": 0, "region": 1, "departement": 2, "epci": 3, "commune": 4}
    return sorted(zones, key=lambda z: (order[z.split(":")[0]], dep_sort(z.split(":")[1])))


def dispositifs(b):
    out = []
    for d in C.DISPOSITIFS:
        units = resolve_sources(b, d["src"])
        urls = []
        for u in units:
            for url in u.urls:
                if url not in urls:
                    urls.append(url)
        out.append({"code": d["code"], "nom": d["nom"], "nature": d["nature"], "description": d["description"],
                    "site_web": d.get("site_web", ""), "sources": "|".join(urls),
                    "date_source": L.latest_date([u.date for u in units])})
    return out


def write_outputs(b, recs, disps):
    with open(L.SEED_DIR / "offres.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=L.COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(recs)
    with open(L.SEED_DIR / "dispositifs.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=L.DISPOSITIF_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(disps)


from report import write_report  # noqa: E402,F401
