#!/usr/bin/env python3
"""Checks src/Aiguillage/Seed/offres.csv and dispositifs.csv without .NET: the rules the C# import applies, plus the
rules of issue 10 (no verification date, no content-farm source, no duplicate structure).

Run from the repository root: python3 tools/seed/check_seed.py   (exit code 1 and a French list of errors if any)
"""
import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import seedlib as L  # noqa: E402

OFFERS = L.SEED_DIR / "offres.csv"
DISPOSITIFS = L.SEED_DIR / "dispositifs.csv"
URL_RE = re.compile(r"^https?://[^/\s]+\.[^/\s]+(/\S*)?$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
LIST_COLUMNS = {"types": "types", "instruments": "instruments", "etapes": "etapes", "besoins": "besoins",
                "publics": "publics", "structure_types": "structure_types"}


def phone_ok(value):
    digits = sum(c.isdigit() for c in value)
    return all(c.isdigit() or c in " .-+()" for c in value) and 4 <= digits <= 15 and "+" not in value[1:]


def main():
    errors = []

    def err(line, column, message):
        errors.append(f"ligne {line}, colonne {column} : {message}" if column else f"ligne {line} : {message}")

    tax = L.taxonomy()
    t = L.Territories()
    farms = L.load_content_farms()

    # ---------------------------------------------------------------------------------------------- dispositifs
    disp_codes = set()
    with open(DISPOSITIFS, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != L.DISPOSITIF_COLUMNS:
            err(1, None, f"dispositifs.csv : en-tête inattendu {reader.fieldnames}")
        for i, row in enumerate(reader, start=2):
            code = row["code"]
            if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", code):
                err(i, "code", f"dispositifs.csv : code « {code} » invalide")
            if code in disp_codes:
                err(i, "code", f"dispositifs.csv : code « {code} » en double")
            disp_codes.add(code)
            if row["nature"] not in ("programme", "label"):
                err(i, "nature", f"dispositifs.csv : nature « {row['nature']} » (programme ou label)")
            for column in ("nom", "description", "sources"):
                if not row[column].strip():
                    err(i, column, f"dispositifs.csv : {column} vide")
            for url in L.split(row["sources"]):
                check_url(url, i, "sources", farms, err, "dispositifs.csv : ")
            if row["site_web"] and not URL_RE.match(row["site_web"]):
                err(i, "site_web", f"dispositifs.csv : site « {row['site_web']} » illisible")
            if row["date_source"] and not L.date_key(row["date_source"]):
                err(i, "date_source", "dispositifs.csv : date illisible")

    # ---------------------------------------------------------------------------------------------- offers
    with open(OFFERS, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        header = reader.fieldnames
        rows = list(reader)
    if header != L.COLUMNS:
        missing = [c for c in L.COLUMNS if c not in header]
        extra = [c for c in header if c not in L.COLUMNS]
        err(1, None, f"en-tête : colonnes manquantes {missing}, inconnues {extra}, ou ordre différent")
    required = ["source", "identifiant", "structure_identifiant", "structure_nom", "structure_types", "nom", "types",
                "etapes", "zones", "sources", "description", "structure_description"]
    keys = set()
    structures = {}
    names = {}
    sites = {}
    for i, row in enumerate(rows, start=2):
        for column in required:
            if not row[column].strip():
                err(i, column, "valeur obligatoire vide")
        if row["source"] != L.SOURCE:
            err(i, "source", f"« {row['source']} » au lieu de {L.SOURCE}")
        key = (row["source"], row["identifiant"])
        if key in keys:
            err(i, "identifiant", f"(source, identifiant) en double : {row['identifiant']}")
        keys.add(key)
        for column in ("identifiant", "structure_identifiant"):
            if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", row[column]) or len(row[column]) > 200:
                err(i, column, f"« {row[column]} » n'est pas un identifiant stable (a-z, 0-9, tirets)")
        for column, kind in LIST_COLUMNS.items():
            for code in L.split(row[column]):
                if code not in tax[kind]:
                    err(i, column, f"« {code} » n'est pas un code connu ({', '.join(tax[kind])})")
        if row["frais"] and row["frais"] not in tax["frais"]:
            err(i, "frais", f"« {row['frais']} » n'est pas un code de frais")
        types = L.split(row["types"])
        if row["instruments"] and "aide-financiere" not in types:
            err(i, "instruments", "instruments sans le type aide-financiere")
        if "aide-financiere" in types and "diagnostic" in types:
            err(i, "types", "une offre de financement n'est pas un diagnostic")
        if row["statut"] not in ("", "brouillon", "publiee", "suspendue", "archivee"):
            err(i, "statut", f"« {row['statut']} »")
        zones = L.split(row["zones"])
        if not zones:
            err(i, "zones", "aucune zone")
        for z in zones:
            if not t.zone_ok(z):
                err(i, "zones", f"« {z} » inconnue du découpage administratif officiel")
        if "pays:FR" in zones and len(zones) > 1:
            err(i, "zones", "pays:FR avec d'autres zones")
        if row["structure_commune"] and row["structure_commune"] not in t.communes:
            err(i, "structure_commune", f"« {row['structure_commune']} » n'est pas une commune actuelle")
        for column in ("date_verification", "structure_date_verification"):
            if row[column].strip():
                err(i, column, "date de vérification renseignée alors que personne n'a vérifié cette ligne")
        if row["date_source"] and not L.date_key(row["date_source"]):
            err(i, "date_source", f"« {row['date_source']} » : AAAA, AAAA-MM ou AAAA-MM-JJ attendu")
        if L.date_key(row["date_source"]) and L.date_key(row["date_source"]) > (2026, 12, 31):
            err(i, "date_source", "date dans le futur")
        if row["date_fin"] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["date_fin"]):
            err(i, "date_fin", "AAAA-MM-JJ attendu")
        if row["dispositif"] and row["dispositif"] not in disp_codes:
            err(i, "dispositif", f"« {row['dispositif']} » absent de dispositifs.csv")
        sources = L.split(row["sources"])
        if not sources:
            err(i, "sources", "aucune source")
        for url in sources + L.split(row["structure_sources"]):
            check_url(url, i, "sources", farms, err)
        for column in ("lien",):
            if row[column] and not URL_RE.match(row[column]):
                err(i, column, f"« {row[column]} » n'est pas une adresse http(s)")
        for column in ("structure_courriel", "courriel"):
            if row[column] and not EMAIL_RE.match(row[column]):
                err(i, column, f"« {row[column]} » n'est pas un courriel")
        for column in ("structure_telephone", "telephone"):
            if row[column] and not phone_ok(row[column]):
                err(i, column, f"« {row[column]} » n'est pas un téléphone")
        if row["structure_site_web"]:
            site = row["structure_site_web"]
            if not URL_RE.match(site if "://" in site else "https://" + site):
                err(i, "structure_site_web", f"« {site} » illisible")
        if row["structure_specialiste_ess"] not in ("", "oui", "non"):
            err(i, "structure_specialiste_ess", "oui ou non")
        # one structure, one description
        sid = row["structure_identifiant"]
        cols = {c: row[c] for c in L.STRUCTURE_COLUMNS}
        if sid in structures and structures[sid] != cols:
            diff = [c for c in L.STRUCTURE_COLUMNS if structures[sid][c] != cols[c]]
            err(i, diff[0], f"la structure {sid} n'est pas décrite à l'identique sur toutes ses lignes ({diff})")
        structures.setdefault(sid, cols)
    for sid, cols in structures.items():
        n = L.norm_name(cols["structure_nom"])
        if n in names and names[n] != sid:
            errors.append(f"structures {names[n]} et {sid} : même nom « {cols['structure_nom']} »")
        names[n] = sid
        if cols["structure_site_web"]:
            w = L.website_key(cols["structure_site_web"])
            if w in sites and sites[w] != sid:
                errors.append(f"structures {sites[w]} et {sid} : même site {cols['structure_site_web']}")
            sites[w] = sid

    if errors:
        print(f"{len(errors)} erreur(s) :", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print(f"offres.csv : {len(rows)} offres, {len(structures)} structures ; dispositifs.csv : {len(disp_codes)} "
          "dispositifs ; aucune erreur.")
    return 0


def check_url(url, line, column, farms, err, prefix=""):
    if not URL_RE.match(url):
        err(line, column, f"{prefix}« {url} » n'est pas une adresse http(s)")
        return
    farm = L.farm_of(url, farms)
    if farm:
        err(line, column, f"{prefix}« {url} » est une copie sur un site de la liste content-farms.txt ({farm})")


if __name__ == "__main__":
    sys.exit(main())
