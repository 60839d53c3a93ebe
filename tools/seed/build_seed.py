#!/usr/bin/env python3
"""Builds src/Aiguillage/Seed/offres.csv from the facts of shared/reference (see docs/adr/003-format-des-donnees-d-amorce.md).

Inputs:
  - ../shared/reference/ess-support-actors.csv   facts about real structures, with their sources (read-only);
  - tools/seed/descriptions.csv                   our own wording of each reference row (titles, descriptions, instruments);
  - tools/seed/additions.csv                      rows found in further public sources, same columns as the reference;
  - tools/seed/additions-descriptions.csv         (optional) our wording for the additions.
Outputs the seed file and prints the rejected rows with the reason.

Run from the repository root: python3 tools/seed/build_seed.py
"""
import csv
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT.parent / "shared" / "reference" / "ess-support-actors.csv"
HERE = Path(__file__).resolve().parent
OUTPUT = ROOT / "src" / "Aiguillage" / "Seed" / "offres.csv"
SOURCE = "aiguillage-amorce"
CHECKED_ON = "2026-11-25"  # the day these rows were checked and normalised against their sources' facts

STAGES = {
    "emergence": ["ideation", "emergence"],  # the reference's "emergence" covers idéation and émergence
    "creation": ["creation"],
    "consolidation": ["consolidation"],
    "changement_echelle": ["changement-echelle"],
}
NEEDS = {
    "financement": "financement", "modele_economique": "modele-economique", "juridique": "juridique",
    "gouvernance": "gouvernance", "evaluation_impact": "evaluation-impact", "strategie": "strategie",
    "rh_emploi": "emploi-rh", "transition_ecologique": "transition-ecologique", "numerique": "numerique",
    "immobilier": "immobilier-locaux", "cooperation": "cooperation-reseau", "commercial": "commercial-communication",
    "formation": "competences-formation",
    "orientation": None,      # becomes the offer type "information"
    "test_activite": None,    # becomes the offer type "hebergement-locaux" (hébergement juridique d'une activité à l'essai)
}
PUBLICS = {
    "associations": ["association"],
    "cooperatives": ["scop", "scic", "cae"],
    "entreprises_esus": ["societe-commerciale-ess"],
    "entreprises_sociales": ["societe-commerciale-ess"],
    "porteurs_projet": ["porteur-sans-structure"],
    "collectivites": ["collectivite"],
    "siae": ["association", "societe-commerciale-ess"],
    "tpe": ["societe-commerciale-ess"],
    "demandeurs_emploi": ["porteur-sans-structure"],
    "jeunes": ["porteur-sans-structure"],
    "refugies": ["porteur-sans-structure"],
    "tiers_lieux": [],
}
PUBLIC_NOTES = {
    "siae": "structures d'insertion par l'activité économique",
    "demandeurs_emploi": "demandeurs d'emploi",
    "jeunes": "jeunes",
    "refugies": "personnes réfugiées",
    "tiers_lieux": "tiers-lieux",
    "tpe": "très petites entreprises",
}
KIND_TYPES = {
    "incubateur": ["incubation"], "accelerateur": ["incubation"], "generateur": ["accompagnement"],
    "couveuse": ["hebergement-locaux", "accompagnement"], "cooperative": ["accompagnement"],
    "dla": ["diagnostic", "accompagnement"], "cress": ["information", "mise-en-reseau"], "financeur": ["aide-financiere"],
    "reseau": ["mise-en-reseau"], "tiers_lieu": ["hebergement-locaux", "mise-en-reseau"], "programme_public": ["accompagnement"],
    "programme": ["accompagnement"], "centre_ressources": ["information"], "plateforme_orientation": ["information"],
    "conseil": ["accompagnement"],
}
TYPE_ORDER = ["accompagnement", "atelier", "incubation", "diagnostic", "formation", "information", "aide-financiere",
              "hebergement-locaux", "mise-en-reseau"]
STAGE_ORDER = ["ideation", "emergence", "creation", "consolidation", "changement-echelle"]
PUBLIC_ORDER = ["porteur-sans-structure", "association", "scop", "scic", "cae", "mutuelle", "fondation",
                "societe-commerciale-ess", "collectivite"]
INSTRUMENTS = {"subvention", "pret", "pret-honneur", "garantie", "fonds-propres", "prix-concours"}

# Programmes that belong to a structure described on another row: the offer joins that structure.
PARENT = {
    "Garantie France Active": "France Active (réseau national)",
    "France Active Investissement": "France Active (réseau national)",
    "Pacte Émergence – Fonds de confiance (France Active)": "France Active (réseau national)",
    "Accès+ (France Active)": "France Active (réseau national)",
    "Katapult (incubateur de l'ADRESS)": "ADRESS Normandie",
    "Évident ! (incubateur d'Initiatives et Cité)": "Initiatives et Cité",
    "Adie Occitanie": "Adie",
}
# Generalist actors (their offer is open to all entrepreneurs, the ESS is one public among others).
GENERALISTS = {
    "Initiative France", "Réseau Entreprendre", "Adie", "BGE (réseau)", "Union nationale des couveuses d'entreprises",
    "Prêt ESS de Bpifrance (PESS)", "Fondation RTE", "BGE Hauts-de-France – couveuses d'entreprises", "BGE Lot-et-Garonne",
    "Initiative Corse", "BGE Ile Conseil", "Adije (couveuse d'entreprises)", "Couveuse d'entreprises Boréal Corsica",
    "Ici je monte ma boîte (Région Normandie)", "Réseau Entreprendre Franche-Comté", "Réseau Entreprendre Lorraine",
    "Banque des Territoires – économie sociale et solidaire", "Adie Occitanie",
}

COLUMNS = ["source", "identifiant", "structure_identifiant", "structure_nom", "structure_types", "structure_siret",
           "structure_commune", "structure_site_web", "structure_courriel", "structure_telephone", "structure_reseaux",
           "structure_specialiste_ess", "structure_description", "structure_sources", "structure_date_verification",
           "nom", "description", "types", "instruments", "etapes", "besoins", "publics", "zones", "frais",
           "frais_precisions", "conditions", "modalites", "lien", "courriel", "telephone", "duree", "statut",
           "date_verification", "date_fin", "sources"]


def slug(text):
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:80]


def split(cell):
    return [v.strip() for v in (cell or "").split("|") if v.strip()]


def ordered(values, order):
    seen = []
    for v in values:
        if v not in seen:
            seen.append(v)
    return sorted(seen, key=lambda v: order.index(v) if v in order else len(order))


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def load_descriptions(path):
    if not path.exists():
        return {}
    return {row["name"]: row for row in read_csv(path)}


def convert(row, words, rejects):
    name = row["name"].strip()
    level, codes = row["territory_level"].strip(), split(row["territory_code"])
    zones, conditions = [], []
    if level == "national":
        zones = ["pays:FR"]
    elif level in ("region", "departement", "commune") and codes:
        zones = [f"{level}:{c}" for c in codes]
    elif level == "infra" and codes:
        # A group of communes ("pays") that the reference locates by its département: cover the département and say where.
        zones = [f"departement:{c}" for c in codes]
        conditions.append(f"Intervient sur une partie du territoire : {row['territory_name'].strip()}.")
    else:
        rejects.append((name, "territoire d'intervention inconnu dans la source (niveau et code vides)"))
        return None
    if level in ("region", "departement") and row["territory_name"].strip() and "(" in row["territory_name"]:
        conditions.append(f"Territoire précisé par la source : {row['territory_name'].strip()}.")

    if not words:
        rejects.append((name, "pas de description rédigée dans nos mots (descriptions.csv)"))
        return None

    kinds = split(row["kind"])
    needs_in = split(row["needs"])
    types = [t for k in kinds for t in KIND_TYPES[k]]
    if "orientation" in needs_in:
        types.append("information")
    if "test_activite" in needs_in:
        types.append("hebergement-locaux")
    instruments = [i for i in split(words.get("instruments", "")) if i in INSTRUMENTS]
    if instruments and "aide-financiere" not in types:
        types.append("aide-financiere")
    if "aide-financiere" not in types:
        instruments = []
    stages = [s for st in split(row["stages"]) for s in STAGES[st]]
    if not stages:
        rejects.append((name, "aucune étape indiquée par la source"))
        return None
    needs = [NEEDS[n] for n in needs_in if NEEDS.get(n)]
    publics_in = split(row["public"])
    publics = [p for pub in publics_in for p in PUBLICS[pub]]
    notes = [PUBLIC_NOTES[p] for p in publics_in if p in PUBLIC_NOTES]
    if notes:
        conditions.append("Publics cités par la source : " + ", ".join(notes) + ".")
    if words.get("conditions", "").strip():
        conditions.insert(0, words["conditions"].strip().rstrip(".") + ".")

    year = (words.get("source_year") or "").strip()
    verified = f"{year}-01-01" if re.fullmatch(r"20[0-2][0-9]", year) and int(year) <= 2024 else CHECKED_ON
    website = row["website"].strip()
    sources = split(row["source_url"])
    return {
        "name": name,
        "structure": {
            "structure_nom": PARENT.get(name, name),
            "structure_types": "|".join(ordered([k.replace("_", "-") for k in kinds], [])),
            "structure_site_web": website,
            # a structure whose territory is one commune is located there (its address commune).
            "structure_commune": codes[0] if level == "commune" and len(codes) == 1 else "",
            "structure_specialiste_ess": "non" if name in GENERALISTS else "oui",
            "structure_description": words["structure_description"].strip(),
            "structure_sources": "|".join(sources),
            "structure_date_verification": verified,
        },
        "offer": {
            "nom": words["offer_title"].strip(),
            "description": words["offer_description"].strip(),
            "types": "|".join(ordered(types, TYPE_ORDER)),
            "instruments": "|".join(ordered(instruments, sorted(INSTRUMENTS))),
            "etapes": "|".join(ordered(stages, STAGE_ORDER)),
            "besoins": "|".join(ordered(needs, [])),
            "publics": "|".join(ordered(publics, PUBLIC_ORDER)),
            "zones": "|".join(zones),
            "frais": row["cost"].strip(),
            "conditions": " ".join(conditions),
            "statut": "publiee",
            "date_verification": verified,
            "sources": "|".join(sources),
        },
    }


def main():
    rejects = []
    reference = read_csv(REFERENCE)
    additions_path = HERE / "additions.csv"
    additions = read_csv(additions_path) if additions_path.exists() else []
    words = load_descriptions(HERE / "descriptions.csv")
    words.update(load_descriptions(HERE / "additions-descriptions.csv"))

    known = {r["name"].strip() for r in reference}
    rows = list(reference)
    for extra in additions:
        if extra["name"].strip() in known:
            rejects.append((extra["name"], "déjà présente dans le fichier de référence"))
        else:
            rows.append(extra)
            known.add(extra["name"].strip())

    converted = [c for c in (convert(r, words.get(r["name"].strip()), rejects) for r in rows) if c]
    by_name = {c["name"]: c for c in converted}

    out = []
    used_ids = set()
    for c in converted:
        structure_name = c["structure"]["structure_nom"]
        parent = by_name.get(structure_name)
        if parent is None:
            rejects.append((c["name"], f"structure parente « {structure_name} » absente"))
            continue
        structure = dict(parent["structure"]) if parent is not c else c["structure"]
        # the parent's own structure facts describe the structure; the programme's sources stay on its offer.
        if parent is not c:
            structure["structure_types"] = "|".join(ordered(split(parent["structure"]["structure_types"]) + split(c["structure"]["structure_types"]), []))
        identifier = slug(c["name"])
        if identifier in used_ids:
            identifier = identifier + "-2"
        used_ids.add(identifier)
        record = {k: "" for k in COLUMNS}
        record.update({"source": SOURCE, "identifiant": identifier, "structure_identifiant": slug(structure_name)})
        record.update(structure)
        record.update(c["offer"])
        out.append(record)

    # A structure that several offers share is described once: merge its kinds on every row.
    kinds_of = {}
    for r in out:
        kinds_of.setdefault(r["structure_identifiant"], [])
        kinds_of[r["structure_identifiant"]] = ordered(kinds_of[r["structure_identifiant"]] + split(r["structure_types"]), [])
    for r in out:
        r["structure_types"] = "|".join(kinds_of[r["structure_identifiant"]])

    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUTPUT, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(out)

    structures = {r["structure_identifiant"] for r in out}
    print(f"{len(out)} offres, {len(structures)} structures écrites dans {OUTPUT.relative_to(ROOT)}")
    for name, reason in rejects:
        print(f"rejetée : {name} — {reason}", file=sys.stderr)


if __name__ == "__main__":
    main()
