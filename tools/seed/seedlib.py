"""Shared helpers of the seed builder and its checker: paths, official territories, référentiels, dates, URLs.

Nothing here knows about a particular network; build_seed.py and curation.py do.
"""
import csv
import json
import re
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
SHARED = ROOT.parent / "shared" / "reference"
SEED_DIR = ROOT / "src" / "Aiguillage" / "Seed"
ETALAB = ROOT / "node_modules" / "@etalab" / "decoupage-administratif" / "data"
TAXONOMY_CS = ROOT / "src" / "Aiguillage" / "Taxonomy" / "TaxonomyCatalog.cs"

SOURCE = "aiguillage-amorce"

# Column order of offres.csv: the documented columns, plus `dispositif` and `date_source` (issue 10), and
# `zone_partielle` (ADR 022).
COLUMNS = [
    "source", "identifiant", "structure_identifiant", "structure_nom", "structure_types", "structure_siret",
    "structure_commune", "structure_site_web", "structure_courriel", "structure_telephone", "structure_reseaux",
    "structure_specialiste_ess", "structure_description", "structure_sources", "structure_date_verification",
    "nom", "description", "types", "instruments", "etapes", "besoins", "publics", "zones", "zone_partielle", "frais",
    "frais_precisions", "conditions", "modalites", "lien", "courriel", "telephone", "duree", "statut",
    "dispositif", "date_source", "date_verification", "date_fin", "sources",
]
STRUCTURE_COLUMNS = [c for c in COLUMNS if c.startswith("structure_")]
DISPOSITIF_COLUMNS = ["code", "nom", "nature", "description", "site_web", "sources", "date_source"]

STAGE_ORDER = ["ideation", "emergence", "creation", "consolidation", "changement-echelle"]
TYPE_ORDER = ["accompagnement", "atelier", "incubation", "diagnostic", "formation", "information", "aide-financiere",
              "hebergement-locaux", "mise-en-reseau"]
PUBLIC_ORDER = ["porteur-sans-structure", "association", "scop", "scic", "cae", "mutuelle", "fondation",
                "societe-commerciale-ess", "collectivite"]
NEED_ORDER = ["financement", "modele-economique", "juridique", "gouvernance", "strategie", "evaluation-impact",
              "emploi-rh", "commercial-communication", "transition-ecologique", "numerique", "immobilier-locaux",
              "cooperation-reseau", "competences-formation", "difficultes"]


class Unit:
    """One citation: the page(s) a row cites and the date the row says they give ('' when none)."""

    def __init__(self, urls, date, origin):
        self.urls = list(urls)
        self.date = date or ""
        self.origin = origin

    def __repr__(self):
        return f"Unit({self.origin}, {self.date})"


def lookup(table, row):
    """A per-row decision: keyed by (network, name, first source URL) or by (network, name)."""
    for url in row.urls[:1] + row.raw_urls[:1]:
        if row.ident + (url,) in table:
            return table[row.ident + (url,)]
    return table.get(row.ident)


def read_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def split(cell):
    return [v.strip() for v in (cell or "").split("|") if v.strip()]


def slug(text, limit=80):
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:limit].strip("-")


def norm_name(text):
    """A name for duplicate detection: lower case, no accents, no punctuation, no 'association'."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"\(.*?\)", " ", text)
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(w for w in text.split() if w not in {"l", "la", "le", "les", "de", "du", "des", "d", "et"})


def ordered(values, order):
    seen = []
    for v in values:
        if v and v not in seen:
            seen.append(v)
    return sorted(seen, key=lambda v: order.index(v) if v in order else len(order))


# ---------------------------------------------------------------------------------------------------- référentiels

def taxonomy():
    """Codes of TaxonomyCatalog.cs, read from the C# source so the checker never drifts from it."""
    text = TAXONOMY_CS.read_text(encoding="utf-8")
    kinds = {}
    for block in re.finditer(r"TaxonomyKind\.(\w+),(.*?)\);", text, re.S):
        kinds[block.group(1)] = re.findall(r'\("([a-z0-9-]+)",', block.group(2))
    return {
        "etapes": kinds["Stage"], "besoins": kinds["Need"], "publics": kinds["Public"], "types": kinds["OfferType"],
        "instruments": kinds["FinancialInstrument"], "frais": kinds["Cost"], "structure_types": kinds["StructureKind"],
    }


# ---------------------------------------------------------------------------------------------------- territories

class Territories:
    """The official territories of @etalab/decoupage-administratif: régions and départements of métropole and DROM,
    EPCI, current communes, and the codes (arrondissements, former communes) that resolve to a current commune."""

    DROM_REGIONS = ["01", "02", "03", "04", "06"]
    REGION_IN = {
        "01": "en Guadeloupe", "02": "en Martinique", "03": "en Guyane", "04": "à La Réunion", "06": "à Mayotte",
        "11": "en Île-de-France", "24": "en Centre-Val de Loire", "27": "en Bourgogne-Franche-Comté",
        "28": "en Normandie", "32": "dans les Hauts-de-France", "44": "dans le Grand Est",
        "52": "dans les Pays de la Loire", "53": "en Bretagne", "75": "en Nouvelle-Aquitaine", "76": "en Occitanie",
        "84": "en Auvergne-Rhône-Alpes", "93": "en Provence-Alpes-Côte d'Azur", "94": "en Corse",
    }
    REGION_DE = {
        "01": "de la Guadeloupe", "02": "de la Martinique", "03": "de la Guyane", "04": "de La Réunion",
        "06": "de Mayotte", "11": "d'Île-de-France", "24": "du Centre-Val de Loire",
        "27": "de Bourgogne-Franche-Comté", "28": "de Normandie", "32": "des Hauts-de-France", "44": "du Grand Est",
        "52": "des Pays de la Loire", "53": "de Bretagne", "75": "de Nouvelle-Aquitaine", "76": "d'Occitanie",
        "84": "d'Auvergne-Rhône-Alpes", "93": "de Provence-Alpes-Côte d'Azur", "94": "de Corse",
    }

    def __init__(self):
        regions = json.loads((ETALAB / "regions.json").read_text(encoding="utf-8"))
        departements = json.loads((ETALAB / "departements.json").read_text(encoding="utf-8"))
        epcis = json.loads((ETALAB / "epci.json").read_text(encoding="utf-8"))
        communes = json.loads((ETALAB / "communes.json").read_text(encoding="utf-8"))
        self.version = json.loads((ETALAB.parent / "package.json").read_text(encoding="utf-8"))["version"]
        self.regions = {r["code"]: r for r in regions if r.get("zone") in ("metro", "drom")}
        self.departements = {d["code"]: d for d in departements if d.get("zone") in ("metro", "drom")}
        self.epcis = {e["code"]: e for e in epcis}
        self.communes = {c["code"]: c for c in communes if c["type"] == "commune-actuelle"}
        self.aliases = {}
        for c in communes:
            if c["type"] == "arrondissement-municipal" and c.get("commune"):
                self.aliases[c["code"]] = c["commune"]
            elif c["type"] in ("commune-deleguee", "commune-associee") and c.get("chefLieu") \
                    and c["code"] not in self.communes:
                self.aliases[c["code"]] = c["chefLieu"]
        for c in self.communes.values():
            for former in c.get("anciensCodes") or []:
                if former not in self.communes:
                    self.aliases.setdefault(former, c["code"])
        self.epci_of_commune = {}
        for e in epcis:
            for m in e.get("membres", []):
                self.epci_of_commune[m["code"]] = e["code"]

    # ---- checks
    def resolve_commune(self, code):
        return code if code in self.communes else self.aliases.get(code)

    def zone_ok(self, zone):
        level, _, code = zone.partition(":")
        return {
            "pays": lambda c: c == "FR",
            "region": lambda c: c in self.regions,
            "departement": lambda c: c in self.departements,
            "epci": lambda c: c in self.epcis,
            "commune": lambda c: c in self.communes,
        }.get(level, lambda c: False)(code)

    def departements_of(self, zone):
        """The départements a zone touches (for the report): a région gives all of its départements."""
        level, _, code = zone.partition(":")
        if level == "pays":
            return set(self.departements)
        if level == "region":
            return {d for d, v in self.departements.items() if v["region"] == code}
        if level == "departement":
            return {code}
        if level == "commune":
            c = self.communes.get(code)
            return {c["departement"]} if c else set()
        if level == "epci":
            return {self.communes[m["code"]]["departement"] for m in self.epcis[code]["membres"]
                    if m["code"] in self.communes}
        return set()

    def region_of_departement(self, code):
        return self.departements[code]["region"]

    # ---- French phrases
    def dep_name(self, code):
        return self.departements[code]["nom"]

    def dep_de(self, code):
        d = self.departements[code]
        if d["region"] in self.DROM_REGIONS:
            return self.REGION_DE[d["region"]]
        usual = {"49": "du Maine-et-Loire", "54": "de la Meurthe-et-Moselle", "71": "de la Saône-et-Loire",
                 "77": "de la Seine-et-Marne"}
        if code in usual:
            return usual[code]
        nom, t = d["nom"], d["typeLiaison"]
        return {0: f"de {nom}", 1: f"d'{nom}", 2: f"du {nom}", 3: f"de la {nom}", 4: f"des {nom}",
                5: f"de l'{nom}"}[t]

    def dep_le(self, code):
        d = self.departements[code]
        nom, t = d["nom"], d["typeLiaison"]
        if d["region"] in self.DROM_REGIONS:
            return {"971": "la Guadeloupe", "972": "la Martinique", "973": "la Guyane", "974": "La Réunion",
                    "976": "Mayotte"}[code]
        usual = {"28": "l'Eure-et-Loir", "35": "l'Ille-et-Vilaine", "37": "l'Indre-et-Loire", "49": "le Maine-et-Loire",
                 "54": "la Meurthe-et-Moselle", "71": "la Saône-et-Loire", "77": "la Seine-et-Marne"}
        if code in usual:
            return usual[code]
        return {0: nom, 1: nom, 2: f"le {nom}", 3: f"la {nom}", 4: f"les {nom}", 5: f"l'{nom}"}[t]

    def dep_in(self, code):
        d = self.departements[code]
        if d["region"] in self.DROM_REGIONS:
            return self.REGION_IN[d["region"]]
        if code == "75":
            return "à Paris"
        nom, t = d["nom"], d["typeLiaison"]
        return {0: f"en {nom}", 1: f"en {nom}", 2: f"dans le {nom}", 3: f"dans la {nom}", 4: f"dans les {nom}",
                5: f"dans l'{nom}"}[t]

    def epci_de(self, code):
        nom = self.epcis[code]["nom"]
        for short, long in (("CA ", "de la communauté d'agglomération "), ("CC ", "de la communauté de communes "),
                            ("CU ", "de la communauté urbaine ")):
            if nom.startswith(short):
                return long + nom[len(short):]
        if nom.startswith("Métropole"):
            return "de la " + nom
        if nom.startswith("Eurométropole"):
            return "de l'" + nom
        return "de " + nom

    def region_name(self, code):
        return self.regions[code]["nom"]

    def zones_phrase(self, zones):
        """'dans la Creuse', 'en Bretagne', 'dans l'Allier, le Cantal et la Haute-Loire', 'dans toute la France'."""
        by = {}
        for z in zones:
            level, _, code = z.partition(":")
            by.setdefault(level, []).append(code)
        if "pays" in by:
            return "dans toute la France"
        parts = []
        if "region" in by:
            codes = by["region"]
            if sorted(codes) == self.DROM_REGIONS:
                parts.append("dans les cinq départements et régions d'outre-mer")
            else:
                parts.append(join_fr([self.REGION_IN[c] for c in codes]))
        if "departement" in by:
            codes = sorted(by["departement"], key=lambda c: (len(c) > 2 and c[:2] == "97", c))
            if "75" in codes and len(codes) > 1:
                parts.append("à Paris")
                codes = [c for c in codes if c != "75"]
            if len(codes) == 1:
                parts.append(self.dep_in(codes[0]))
            else:
                parts.append("dans " + join_fr([self.dep_le(c) for c in codes]))
        if "epci" in by:
            parts.append("sur le territoire " + join_fr([self.epci_de(c) for c in by["epci"]]))
        if "commune" in by:
            parts.append("à " + join_fr([self.communes[c]["nom"] for c in by["commune"]]))
        return join_fr(parts)

    def zones_label(self, zones):
        """A short label for titles: 'Creuse', 'Bretagne', 'Allier, Cantal, Haute-Loire', 'France'."""
        labels = []
        for z in zones:
            level, _, code = z.partition(":")
            if level == "pays":
                return "France"
            labels.append({
                "region": lambda c: self.regions[c]["nom"],
                "departement": lambda c: self.departements[c]["nom"],
                "epci": lambda c: self.epcis[c]["nom"],
                "commune": lambda c: self.communes[c]["nom"],
            }[level](code))
        return ", ".join(labels)


def join_fr(items):
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " et " + items[-1]


# ---------------------------------------------------------------------------------------------------- dates

DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def date_key(value):
    """'2019' < '2019-03' < '2019-03-05' on the same year; None when the value is not a date."""
    m = DATE_RE.match(value or "")
    if not m:
        return None
    return tuple(int(g) if g else 0 for g in m.groups())


def latest_date(values):
    dated = [v for v in values if date_key(v)]
    return max(dated, key=date_key) if dated else ""


# ---------------------------------------------------------------------------------------------------- URLs

def load_content_farms(path=None):
    path = path or (SEED_DIR.parent / "Offers" / "content-farms.txt")
    domains = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line:
            domains.append(line)
    return domains


def host_of(url):
    try:
        return (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""


def farm_of(url, farms):
    host = host_of(url)
    for d in farms:
        if host == d or host.endswith("." + d):
            return d
    return None


def website_key(url):
    """Host without 'www.' plus path without trailing slash: two structures may not share it."""
    u = url if "://" in url else "https://" + url
    parts = urlsplit(u)
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    return host + parts.path.rstrip("/").lower()
