"""tools/seed/report.md: what the seed holds, what it lacks, and what was left out and why."""
from collections import Counter, defaultdict

import curation as C
import seedlib as L

FAMILY_LABELS = {
    "dla": "DLA (opérateurs nommés)", "dla-regional": "DLA régionaux", "dla-tbc": "DLA « opérateur à confirmer »",
    "fa-garantie": "France Active", "fa-financement": "France Active", "fa-accompagnement": "France Active",
    "initiative": "Initiative France", "initiative-coord": "Initiative France", "reseau-entreprendre": "Réseau Entreprendre",
    "adie": "Adie", "bge": "BGE", "bge-formation": "BGE", "couveuse": "Couveuses", "cae": "CAE", "urscop": "Unions Scop",
    "cress": "CRESS", "fabrique": "Fabriques à initiatives", "fabrique-tbc": "Fabriques à initiatives",
    "incubation": "Incubateurs", "tiers-lieux": "Réseaux de tiers-lieux", "mouvement-associatif": "Mouvement associatif",
    "ptce": "PTCE", "pole-ess": "Pôles ESS", "uriopss": "Insertion et solidarité", "insertion": "Insertion et solidarité",
    "rebond": "Difficultés et rebond", "apesa": "Difficultés et rebond", "cip": "Difficultés et rebond",
    "terre-de-liens": "Transition écologique", "energie-citoyenne": "Transition écologique",
    "energie-investissement": "Transition écologique", "benevolat": "Vie associative (bénévolat, numérique)",
    "numerique-asso": "Vie associative (bénévolat, numérique)", "pret-citoyen": "Finance solidaire locale",
    "fdva": "Vie associative : FDVA",
}

TEST_COMMUNES = [("Guéret", "23096"), ("Aubusson", "23008"), ("Mamoudzou", "97611"),
                 ("Saint-Pierre (La Réunion)", "97416"), ("Cayenne", "97302"), ("Ajaccio", "2A004"),
                 ("Paris 11e", "75111"), ("Lens", "62498")]

AGE_BUCKETS = ["non datée", "avant 2015", "2015–2019", "2020–2022", "2023–2024", "2025–2026"]


def age_bucket(date):
    k = L.date_key(date)
    if not k:
        return "non datée"
    y = k[0]
    if y < 2015:
        return "avant 2015"
    if y <= 2019:
        return "2015–2019"
    if y <= 2022:
        return "2020–2022"
    if y <= 2024:
        return "2023–2024"
    return "2025–2026"


def family_of(o):
    if o.kind == "custom":
        return C.CUSTOM_FAMILY.get(o.variant, "Acteurs nationaux, financeurs et programmes")
    if (o.kind, o.variant) in C.VARIANT_FAMILY:
        return C.VARIANT_FAMILY[(o.kind, o.variant)]
    return FAMILY_LABELS.get(o.kind, "Autres")


def level_of(zones):
    levels = {z.split(":")[0] for z in zones}
    for lv in ("commune", "epci", "departement", "region", "pays"):
        if lv in levels:
            return lv
    return "?"


def covers(t, zones, dep):
    return any(dep in t.departements_of(z) for z in zones)


def write_report(b, recs, disps):
    t = b.t
    offers = [o for s in b.structures.values() for o in s.offers]
    deps = sorted(t.departements, key=lambda d: (len(d) > 2 and d[:2] == "97", d))
    lines = []
    w = lines.append
    n_struct = len(b.structures)
    w("# Données d'amorce : rapport de construction")
    w("")
    w("Écrit par `tools/seed/build_seed.py` (ne pas modifier à la main). Territoires : "
      f"`@etalab/decoupage-administratif` {t.version}.")
    w("")
    w("## En bref")
    w("")
    w(f"- **{n_struct} structures**, **{len(recs)} offres**, **{len(disps)} dispositifs** (programmes et labels).")
    w(f"- Objectifs de l'issue 10 : ≥ 600 structures et ≥ 1 000 offres. "
      + ("Atteints." if n_struct >= 600 and len(recs) >= 1000 else
         f"**Non atteints** : il manque {max(0, 600 - n_struct)} structures et {max(0, 1000 - len(recs))} offres. "
         "Rien n'a été ajouté sans source : voir « Manques » plus bas."))
    named = sorted(b.dla_named)
    tbc = [o for o in offers if o.kind == "dla-tbc"]
    w(f"- DLA : {len(named)} départements avec un opérateur nommé par une source, {len(tbc)} « opérateur à confirmer » "
      f"(101 départements couverts).")
    w(f"- {len(b.rejects)} rangées sources rejetées (site de copies ou sans adresse), {len(b.skipped)} rangées "
      "sourcées écartées avec leur raison, "
      f"{len(b.merges)} structures issues de plusieurs noms fusionnés.")
    w("")

    # ---------------------------------------------------------------- ages
    w("## Âge des sources (`date_source`)")
    w("")
    ages = Counter(age_bucket(r["date_source"]) for r in recs)
    w("| âge de la source | offres | part |")
    w("|---|---:|---:|")
    for a in AGE_BUCKETS:
        w(f"| {a} | {ages[a]} | {100 * ages[a] / len(recs):.0f} % |")
    w("")
    w("`date_source` est la date la plus récente que donnent les pages propres à la structure et au territoire ; la page "
      "du réseau qui décrit le service en général ne rajeunit pas le fait local. Une offre sans page locale prend la date "
      "de la page du réseau. Offres dont la page du réseau est plus récente que la page locale :")
    only_network = []
    for o in offers:
        local = [u.date for u in o.units if not u.origin.startswith("réseau:")]
        net = [u.date for u in o.units if u.origin.startswith("réseau:")]
        ld, nd = L.latest_date(local), L.latest_date(net)
        if nd and (not ld or L.date_key(nd) > L.date_key(ld)):
            only_network.append((o, ld))
    w(f"{len(only_network)} offres (dont {sum(1 for _, ld in only_network if not ld)} dont la page locale n'est pas datée : "
      "elles restent « non datées »).")
    w("")

    # ---------------------------------------------------------------- per family
    w("## Comptes par famille")
    w("")
    fam_offers = Counter(family_of(o) for o in offers)
    fam_structs = defaultdict(set)
    for o in offers:
        fam_structs[family_of(o)].add(o.key)
    w("| famille | structures | offres |")
    w("|---|---:|---:|")
    for fam, n in sorted(fam_offers.items(), key=lambda x: -x[1]):
        w(f"| {fam} | {len(fam_structs[fam])} | {n} |")
    w("")
    w("Une structure peut apparaître dans plusieurs familles (par exemple une association France Active qui porte "
      "un DLA).")
    w("")

    # ---------------------------------------------------------------- regions
    w("## Comptes par région")
    w("")
    w("| région | offres régionales | offres départementales ou plus fines | structures implantées |")
    w("|---|---:|---:|---:|")
    for rc in sorted(t.regions, key=lambda r: (r in t.DROM_REGIONS, r)):
        regional = sum(1 for o in offers if f"region:{rc}" in o.zones)
        rdeps = {d for d, v in t.departements.items() if v["region"] == rc}
        local = sum(1 for o in offers if level_of(o.zones) in ("departement", "epci", "commune")
                    and any(t.departements_of(z) & rdeps for z in o.zones))
        placed = sum(1 for s in b.structures.values() if s.commune and t.communes[s.commune]["region"] == rc)
        w(f"| {t.region_name(rc)} ({rc}) | {regional} | {local} | {placed} |")
    w("")

    # ---------------------------------------------------------------- departements
    w("## Par département")
    w("")
    w("Offres non nationales qui couvrent le département (régionales comprises), dont celles codées au département "
      "ou plus finement ; présence des réseaux demandés par l'issue. « rég. » : joignable seulement par une offre "
      "régionale ; « — » : absent.")
    w("")
    w("| dépt | non nationales | locales | DLA | France Active | Initiative | union Scop | CRESS |")
    w("|---|---:|---:|---|---|---|---|---|")
    missing = defaultdict(list)
    stage_gaps = defaultdict(list)
    local_stage = defaultdict(set)
    for d in deps:
        cov = [o for o in offers if "pays:FR" not in o.zones and covers(t, o.zones, d)]
        loc = [o for o in cov if level_of(o.zones) in ("departement", "epci", "commune")]

        def presence(kinds, label):
            hit = [o for o in cov if o.kind in kinds]
            if not hit:
                missing[label].append(d)
                return "—"
            if any(level_of(o.zones) != "region" for o in hit):
                return "oui"
            missing[label + " (régional seulement)"].append(d)
            return "rég."

        if d in b.dla_named:
            dla = "nommé"
        else:
            dla = "à confirmer"
            missing["DLA : opérateur à confirmer"].append(d)
        fa = presence({"fa-garantie", "fa-financement", "fa-accompagnement"}, "France Active")
        ini = presence({"initiative", "initiative-coord"}, "Initiative France")
        scop = presence({"urscop"}, "union Scop")
        cress = presence({"cress"}, "CRESS")
        w(f"| {d} {t.dep_name(d)} | {len(cov)} | {len(loc)} | {dla} | {fa} | {ini} | {scop} | {cress} |")
        for st in L.STAGE_ORDER:
            if not any(st in o.fields["etapes"] for o in cov):
                stage_gaps[st].append(d)
            if any(st in o.fields["etapes"] for o in loc):
                local_stage[st].add(d)
    w("")
    w("### Départements où manque un réseau")
    w("")
    for label in ["DLA : opérateur à confirmer", "France Active", "France Active (régional seulement)",
                  "Initiative France", "Initiative France (régional seulement)", "union Scop",
                  "union Scop (régional seulement)", "CRESS"]:
        ds = missing.get(label, [])
        w(f"- **{label}** ({len(ds)}) : {' '.join(ds) if ds else 'aucun'}")
    w("")
    w("### Étapes")
    w("")
    for st in L.STAGE_ORDER:
        gaps = stage_gaps.get(st, [])
        w(f"- `{st}` : offre non nationale dans {101 - len(gaps)} départements"
          + (f" (manque : {' '.join(gaps)})" if gaps else "")
          + f" ; offre codée au département ou plus finement dans {len(local_stage[st])} départements.")
    w("")
    needs = Counter(n for r in recs for n in L.split(r["besoins"]))
    w("### Besoins (nombre d'offres)")
    w("")
    w(" ; ".join(f"`{n}` {needs[n]}" for n in L.NEED_ORDER))
    w("")

    # ---------------------------------------------------------------- test communes
    w("## Contrôle : association en création qui cherche un financement")
    w("")
    w("Simulation simplifiée du classement (besoin couvert, puis proximité, puis spécialiste ESS) sur les offres "
      "éligibles (étape `creation`, public association ou sans restriction, zone qui contient la commune). Le "
      "moteur réel en C# peut classer autrement ; ce tableau sert à repérer les trous.")
    w("")
    w("| commune | éligibles | non nationales dans les 5 premières | départementale ou plus fine dans les 5 |")
    w("|---|---:|---:|---|")
    for label, code in TEST_COMMUNES:
        c = t.resolve_commune(code)
        dep = t.communes[c]["departement"]
        reg = t.communes[c]["region"]
        epci = t.epci_of_commune.get(c)

        def contains(z):
            lv, _, cd = z.partition(":")
            return (lv == "pays" or (lv == "region" and cd == reg) or (lv == "departement" and cd == dep)
                    or (lv == "epci" and cd == epci) or (lv == "commune" and cd == c))

        elig = []
        for o in offers:
            f = o.fields
            if "creation" not in f["etapes"]:
                continue
            if f["publics"] and "association" not in f["publics"]:
                continue
            zs = [z for z in o.zones if contains(z)]
            if not zs:
                continue
            prox = min({"commune": 0, "epci": 0, "departement": 1, "region": 2, "pays": 3}[z.split(":")[0]] for z in zs)
            need = 1 if "financement" in f["besoins"] else 0
            spec = 1 if b.structures[o.key].specialist else 0
            elig.append((-need, prox, -spec, o.identifier, o, prox))
        elig.sort(key=lambda x: x[:4])
        top = elig[:5]
        nonnat = sum(1 for e in top if e[5] < 3)
        local = any(e[5] <= 1 for e in top)
        w(f"| {label} | {len(elig)} | {nonnat} | {'oui' if local else '**non**'} |")
    w("")

    # ---------------------------------------------------------------- places, contacts
    w("## Localisation et contacts des structures")
    w("")
    placed = sum(1 for s in b.structures.values() if s.commune)
    site = sum(1 for s in b.structures.values() if s.website)
    contact = sum(1 for s in b.structures.values() if s.email or s.phone)
    either = sum(1 for s in b.structures.values() if s.website or s.email or s.phone)
    w(f"- Commune du bureau connue par une source : {placed} / {n_struct} ({100 * placed / n_struct:.0f} %). Les "
      "autres se placent au centre du plus petit territoire qu'elles servent, comme position approximative.")
    w(f"- Site web : {site} ; courriel ou téléphone public : {contact} ; l'un ou l'autre : {either} "
      f"({100 * either / n_struct:.0f} %).")
    w("")
    w("<details><summary>Structures sans site web ni contact public "
      f"({n_struct - either})</summary>")
    w("")
    for s in sorted(b.structures.values(), key=lambda s: L.norm_name(s.name)):
        if not (s.website or s.email or s.phone):
            w(f"- {s.name}")
    w("")
    w("</details>")
    w("")

    # ---------------------------------------------------------------- merges
    w("## Doublons fusionnés")
    w("")
    w("Une structure par organisation : les noms suivants désignent la même organisation (noms des fichiers "
      "sources, regroupés par `curation.ALIAS` et `curation.REFERENCE`). Les fusions fondées sur une déduction "
      "plutôt que sur une page qui le dit sont signalées dans « Doutes ».")
    w("")
    for name, raws in sorted(b.merges, key=lambda m: L.norm_name(m[0])):
        w(f"- **{name}** ← " + " ; ".join(f"« {r} »" for r in raws))
    w("")

    # ---------------------------------------------------------------- rejects
    w("## Rangées rejetées")
    w("")
    w("Source sur un site de copies (`src/Aiguillage/Offers/content-farms.txt`) ou sans adresse source.")
    w("")
    for what, reason in b.rejects:
        w(f"- {what} — {reason}")
    w("")
    w("## Rangées sourcées écartées")
    w("")
    for what, reason in b.skipped:
        w(f"- {what} — {reason}")
    w("")

    # ---------------------------------------------------------------- doubts
    w("## Doutes à lever")
    w("")
    for d in C.DOUBTS:
        w(f"- {d}")
    w("")

    # ---------------------------------------------------------------- retired
    new_ids = {r["identifiant"] for r in recs}
    retired = sorted(b.old_ids - new_ids)
    w("## Identifiants de l'ancienne amorce qui ne sont plus produits")
    w("")
    w("Une base déjà amorcée garde ces offres tant qu'elles ne sont pas importées avec `statut` à `archivee` "
      f"(format CSV : une offre absente n'est pas supprimée). {len(retired)} identifiants :")
    w("")
    w(", ".join(f"`{i}`" for i in retired))
    w("")
    (L.HERE / "report.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
