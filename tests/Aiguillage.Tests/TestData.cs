using Aiguillage.Offers;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;

namespace Aiguillage.Tests;

/// <summary>Builders with sensible defaults; each test names only what matters to it.</summary>
internal static class TestData
{
    public static readonly TaxonomySnapshot Taxonomy = new(TaxonomyCatalog.Version1);

    /// <summary>A few real territories: Guéret in the Creuse (with its EPCI), Paris and one of its arrondissements.</summary>
    public static readonly TerritoryCodes Territories = new(
        regions: ["75", "11", "84"],
        departements: ["23", "75", "87", "2A"],
        epcis: ["200034825", "200054781"],
        communes: ["23096", "75056", "87085"],
        communeAliases: [KeyValuePair.Create("75111", "75056")]);

    public static CommuneLocation Gueret { get; } = new("23096", "23", "75", "200034825");

    /// <summary>Ids are given by the database; pure builds are tested on entities as the database returns them.</summary>
    public static T WithId<T>(T entity, int id)
        where T : class
    {
        typeof(T).GetProperty("Id")!.SetValue(entity, id);
        return entity;
    }

    public static OfferDetails Offer(
        string title = "Accompagnement à la création",
        IReadOnlyList<string>? types = null,
        IReadOnlyList<string>? stages = null,
        IReadOnlyList<CoverageZone>? zones = null,
        OfferStatus status = OfferStatus.Published,
        DateOnly? endsOn = null) =>
        new(
            title,
            "Une description.",
            types ?? ["accompagnement"],
            [],
            stages ?? ["creation"],
            ["financement"],
            [],
            zones ?? [CoverageZone.France],
            "gratuit",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            status,
            new DateOnly(2026, 11, 1),
            endsOn,
            ["https://example.org/source"]);

    public static readonly string Header = string.Join(',', OfferCsv.AllColumns);

    /// <summary>One CSV line in the seed format; named overrides replace single cells.</summary>
    public static string CsvRow(params (string Column, string Value)[] overrides)
    {
        var values = new Dictionary<string, string>
        {
            [OfferCsv.Columns.Source] = "test",
            [OfferCsv.Columns.Identifier] = "offre-1",
            [OfferCsv.Columns.StructureIdentifier] = "structure-1",
            [OfferCsv.Columns.StructureName] = "Structure d'essai",
            [OfferCsv.Columns.StructureKinds] = "incubateur",
            [OfferCsv.Columns.Title] = "Incubation de projets",
            [OfferCsv.Columns.Types] = "incubation",
            [OfferCsv.Columns.Stages] = "emergence|creation",
            [OfferCsv.Columns.Needs] = "financement",
            [OfferCsv.Columns.Zones] = "departement:23",
            [OfferCsv.Columns.Cost] = "gratuit",
            [OfferCsv.Columns.VerifiedOn] = "2026-11-01",
            [OfferCsv.Columns.Sources] = "https://example.org/source",
        };
        foreach (var (column, value) in overrides)
        {
            values[column] = value;
        }

        return string.Join(',', OfferCsv.AllColumns.Select(c => Imports.CsvReader.Escape(values.GetValueOrDefault(c, ""))));
    }
}
