#!/usr/bin/env python3
"""Builds the seed data of Aiguillage from sourced facts (issue 10).

Inputs (read-only):
  tools/seed/networks/*.csv                       one row per (network, structure, territory, source), with the
                                                  source URL, the date that page gives, and an evidence excerpt that
                                                  is never copied;
  ../shared/reference/ess-support-actors.csv      national actors and programmes (facts + source URLs);
  ../shared/reference/structure-addresses.csv     the towns of a few structures;
  tools/seed/descriptions.csv                     our earlier wording of the reference rows and the year their facts
                                                  carry (source_year);
  tools/seed/curation.py                          our decisions: merges, zones, offers, programmes, wording;
  src/Aiguillage/Offers/content-farms.txt           domains whose copies are never cited;
  node_modules/@etalab/decoupage-administratif    the official territories.

Outputs:
  src/Aiguillage/Seed/offres.csv                  one row per offer (docs/format-csv-offres.md + dispositif, date_source)
  src/Aiguillage/Seed/dispositifs.csv             the programmes and labels
  tools/seed/report.md                            counts, gaps, rejected rows, merges, date ages

Run from the repository root: python3 tools/seed/build_seed.py
"""
import csv
import re
import sys
from collections import Counter, defaultdict, OrderedDict
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))

import curation as C  # noqa: E402
import seedlib as L  # noqa: E402
import templates as T  # noqa: E402
from seedlib import Unit, lookup  # noqa: E402

NETWORK_FILES = sorted((L.HERE / "networks").glob("*.csv"))
REFERENCE = L.SHARED / "ess-support-actors.csv"
ADDRESSES = L.SHARED / "structure-addresses.csv"
OLD_SEED_IDS = L.HERE / "old-seed-identifiers.csv"


class Row:
    def __init__(self, network, index, raw):
        self.network = network
        self.index = index
        self.name = raw["structure_name"].strip()
        self.zone_level = raw["zone_level"].strip()
        self.zone_codes = L.split(raw["zone_codes"])
        self.departement = raw["departement"].strip()
        self.region = raw["region"].strip()
        self.commune_name = raw["commune"].strip()
        self.code_insee = raw["code_insee"].strip()
        self.website = raw["website"].strip()
        self.contact = raw["contact"].strip()
        self.role = raw["role"].strip()
        self.urls = L.split(raw["source_url"])
        self.raw_urls = list(self.urls)
        self.date = raw["source_date"].strip()
        self.key = None
        self.zones = []

    @property
    def ident(self):
        return (self.network, self.name)

    def unit(self):
        return Unit(self.urls, self.date, f"{self.network}:{self.name}")


class Builder:
    def __init__(self):
        self.t = L.Territories()
        self.tax = L.taxonomy()
        self.farms = L.load_content_farms()
        self.rejects = []        # (what, reason)
        self.skipped = []        # (what, reason): sourced rows we chose not to turn into offers
        self.notes = []          # free remarks for the report
        self.rows = []
        self.refs = {}
        self.ref_units = {}
        self.structures = OrderedDict()
        self.offers = OrderedDict()
        self.https_hosts = set()

    # ------------------------------------------------------------------------------------------------ inputs
    def load(self):
        raw_rows = []
        for path in NETWORK_FILES:
            network = path.stem
            for i, raw in enumerate(L.read_csv(path)):
                raw_rows.append(Row(network, i, raw))
        refs = L.read_csv(REFERENCE)
        years = {r["name"]: (r.get("source_year") or "").strip() for r in L.read_csv(L.HERE / "descriptions.csv")}
        # hosts that we know serve https: used to upgrade http:// citations of the same host
        for r in raw_rows:
            for u in r.urls:
                self._note_scheme(u)
        for r in refs:
            for u in L.split(r["source_url"]):
                self._note_scheme(u)
        for units in C.NETWORK_SOURCES.values():
            for u, _ in units:
                self._note_scheme(u)
        for r in raw_rows:
            r.urls = [self.clean_url(u) for u in r.urls]
            reason = self.url_problem(r.urls)
            if reason:
                self.rejects.append((f"{r.network} : {r.name}", reason))
                continue
            self.rows.append(r)
        for r in refs:
            name = r["name"].strip()
            urls = [self.clean_url(u) for u in L.split(r["source_url"])]
            reason = self.url_problem(urls)
            if reason:
                self.rejects.append((f"référence : {name}", reason))
                continue
            self.refs[name] = r
            self.ref_units[name] = Unit(urls, years.get(name, ""), f"référence:{name}")
        self.addresses = L.read_csv(ADDRESSES)

    def _note_scheme(self, url):
        if url.startswith("https://"):
            self.https_hosts.add(L.host_of(url).removeprefix("www."))

    def clean_url(self, url):
        url = url.strip()
        parts = urlsplit(url)
        host = (parts.hostname or "").rstrip(".")
        netloc = parts.netloc.replace(parts.hostname or "", host) if parts.hostname else parts.netloc
        scheme = parts.scheme
        if scheme == "http" and host.removeprefix("www.") in self.https_hosts:
            scheme = "https"
        return urlunsplit((scheme, netloc, parts.path, parts.query, parts.fragment))

    def url_problem(self, urls):
        if not urls:
            return "aucune adresse source"
        for u in urls:
            if not re.match(r"^https?://[^/]+\.[^/]+", u):
                return f"adresse source illisible : {u}"
            farm = L.farm_of(u, self.farms)
            if farm:
                return f"source sur un site de copies ({farm}) : {u}"
        return None

    # ------------------------------------------------------------------------------------------------ zones
    def row_zones(self, row):
        override = lookup(C.ROW_ZONES, row)
        if override is not None:
            return list(override)
        level, codes = row.zone_level, row.zone_codes
        if level == "pays":
            return ["pays:FR"]
        if level in ("region", "departement", "epci", "commune") and codes:
            return [f"{level}:{c}" for c in codes]
        raise ValueError(f"zone illisible pour {row.ident}: {level} {codes}")

    def check_zones(self, zones, what):
        for z in zones:
            if not self.t.zone_ok(z):
                raise ValueError(f"{what}: zone inconnue {z}")

    # ------------------------------------------------------------------------------------------------ structures
    def structure(self, key):
        if key not in self.structures:
            self.structures[key] = T.Structure(key)
        return self.structures[key]

    def attach_rows(self):
        for row in self.rows:
            skip = lookup(C.SKIP_ROWS, row)
            if skip:
                self.skipped.append((f"{row.network} : {row.name}", skip))
                continue
            key = C.ALIAS.get(row.name, L.slug(row.name))
            row.key = key
            row.zones = self.row_zones(row)
            self.check_zones(row.zones, row.ident)
            if key == "-":
                continue
            s = self.structure(key)
            s.add_row(row, self)

    # ------------------------------------------------------------------------------------------------ run
    def run(self):
        self.load()
        self.attach_rows()
        T.attach_reference(self)
        T.attach_addresses(self)
        T.build_offers(self)
        T.build_custom_offers(self)
        T.build_dla_coverage(self)
        T.finish_structures(self)
        T.check_duplicates(self)
        T.assign_identifiers(self)
        records = T.records(self)
        dispositifs = T.dispositifs(self)
        T.write_outputs(self, records, dispositifs)
        T.write_report(self, records, dispositifs)
        print(f"{len(records)} offres, {len({r['structure_identifiant'] for r in records})} structures, "
              f"{len(dispositifs)} dispositifs ; {len(self.rejects)} rangées rejetées, {len(self.skipped)} écartées "
              f"(détail : tools/seed/report.md)")


if __name__ == "__main__":
    Builder().run()
