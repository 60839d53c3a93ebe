using Aiguillage.Catalogue;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;

namespace Aiguillage.Benchmarks;

/// <summary>
/// The search benchmarks' corpus: synthetic offers on the real territories (plus one structure per five offers) whose
/// titles and descriptions mix the field's vocabulary with invented words, so that the term dictionary has a realistic
/// size; and the four reference queries. The same for Lucene and for PostgreSQL.
/// </summary>
internal static class SearchCorpus
{
    private static readonly string[] FieldWords =
    [
        "accompagnement", "financement", "financements", "associations", "associatives", "coopérative", "coopératives", "SCIC", "Scop",
        "CAE", "tiers-lieu", "tiers-lieux", "DLA", "dispositif local d'accompagnement", "création", "créer", "emploi", "l'emploi", "rural",
        "rurales", "ruraux", "insertion", "incubateur", "incubation", "essaimage", "changement d'échelle", "territoire", "solidaire",
        "prêt d'honneur", "diagnostic", "formation", "numérique", "transition écologique", "gouvernance", "modèle économique", "ESUS",
        "appel à projets", "innovation sociale", "entrepreneuriat", "jeunes", "quartiers", "agriculture", "alimentation", "culture",
        "mobilité", "habitat", "santé", "réemploi", "consolidation", "émergence", "idée", "réseau", "collectif", "fondation", "mutuelle",
    ];

    private static readonly string[] Syllables = ["ba", "ro", "ti", "lu", "ver", "san", "pel", "mo", "di", "char", "ne", "gu", "fla", "tor", "mi", "que"];

    // Three words that must all be weighed, a sigle with a territory, a typo, and the most common word of the field.
    public static readonly string[] Queries = ["financements associations rurales", "DLA Creuse", "finacement cooperative", "accompagnement"];

    /// <summary>The département of the "dans un département" benchmarks.</summary>
    public const string Departement = "23";

    public static TaxonomySnapshot Taxonomy { get; } = new(TaxonomyCatalog.Version1);

    /// <summary>The catalogue the search use case reads (the corpus is already a whole snapshot).</summary>
    public static CatalogueSnapshot Catalog(CatalogueSnapshot browse) => browse;

    public static CatalogueSnapshot Browse(SyntheticCatalog synthetic, int count)
    {
        var random = new Random(11);
        var invented = Enumerable.Range(0, 20_000)
            .Select(_ => string.Concat(Enumerable.Range(0, random.Next(2, 5)).Select(_ => Syllables[random.Next(Syllables.Length)])))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        string Words(int min, int max) => string.Join(' ', Enumerable.Range(0, random.Next(min, max + 1))
            .Select(_ => random.NextDouble() < 0.4 ? FieldWords[random.Next(FieldWords.Length)] : invented[random.Next(invented.Length)]));

        var territories = synthetic.Territories;
        var departementRegion = territories.Departements.ToDictionary(d => d.Code, d => d.RegionCode, StringComparer.Ordinal);
        var communeDepartement = territories.Communes.ToDictionary(c => c.Code, c => c.DepartementCode, StringComparer.Ordinal);
        var epciDepartements = territories.Communes.Where(c => c.EpciCode != null).GroupBy(c => c.EpciCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyCollection<string>)g.Select(c => c.DepartementCode).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        var regionDepartements = territories.Departements.ToLookup(d => d.RegionCode, d => d.Code, StringComparer.Ordinal);

        var offers = synthetic.Index(count).Offers.Select(o =>
        {
            var view = o.View with
            {
                Title = Words(3, 7),
                Description = Words(20, 45),
                Structure = new Offers.StructureRef(1 + (o.Id % (count / 5)), "Structure " + Words(1, 3), null),
            };
            return o with
            {
                View = view,
                Footprint = OfferFootprint.Of(
                    o.Zones,
                    d => departementRegion.GetValueOrDefault(d),
                    c => communeDepartement.GetValueOrDefault(c),
                    e => epciDepartements.GetValueOrDefault(e) ?? [],
                    r => regionDepartements[r]),
            };
        }).ToList();
        var communes = territories.Communes.Where(c => c.Zone != TerritoryZone.Com)
            .Select(c => new CommuneEntry(c.Code, c.Name, c.DepartementCode, c.DepartementCode, c.RegionCode, c.RegionCode, c.EpciCode, c.Population, []))
            .ToArray();
        var structures = offers.GroupBy(o => o.View.Structure.Id).Select(g => new StructureEntry(
            g.Key, g.First().View.Structure.Name, ["incubateur"], random.NextDouble() < 0.3 ? ["France Active"] : [], Words(15, 35), true,
            communes[random.Next(communes.Length)], null, new DateOnly(2026, 11, 1), g.Select(o => o.Id).ToArray())).ToList();
        return new CatalogueSnapshot(
            offers,
            structures,
            territories.Regions.Where(r => r.Zone != TerritoryZone.Com).Select(r => new TerritoryEntry(TerritoryLevel.Region, r.Code, r.Name, null, r.Zone, r.Population)),
            territories.Departements.Where(d => d.Zone != TerritoryZone.Com).Select(d => new TerritoryEntry(TerritoryLevel.Departement, d.Code, d.Name, d.RegionCode, d.Zone, d.Population)),
            Taxonomy,
            new CommuneDirectory(communes, []),
            synthetic.Index(0).Names);
    }
}
