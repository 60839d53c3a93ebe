using System.Text.Json;
using Aiguillage.Catalogue;
using Aiguillage.OpenData;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;

namespace Aiguillage.Tests;

/// <summary>
/// The tables that translate our référentiels into data·inclusion's vocabularies (ADR 017), checked against the enums of
/// the official schema files kept as fixtures: no value of ours can fall outside them.
/// </summary>
public sealed class OpenDataMappingTests
{
    private static readonly Lazy<JsonElement> ServiceSchema = new(() => Read("service.json"));
    private static readonly Lazy<JsonElement> StructureSchema = new(() => Read("structure.json"));

    private static JsonElement Read(string file)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Aiguillage.slnx")))
        {
            folder = folder.Parent;
        }

        var path = Path.Combine(folder!.FullName, "tests", "Aiguillage.IntegrationTests", "Schemas", "data-inclusion-v1", file);
        return JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();
    }

    private static HashSet<string> Enum(JsonElement schema, string definition) =>
        schema.GetProperty("$defs").GetProperty(definition).GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToHashSet();

    private static IEnumerable<string> Codes(TaxonomyKind kind) => TaxonomyCatalog.Version1.Where(t => t.Kind == kind).Select(t => t.Code);

    [Fact]
    public void Every_thematique_of_the_needs_and_stages_tables_is_in_the_official_enum()
    {
        var official = Enum(ServiceSchema.Value, "Thematique");

        Assert.All(DataInclusionVocabulary.ThematiquesByNeed.Values.SelectMany(t => t), t => Assert.Contains(t, official));
        Assert.All(DataInclusionVocabulary.ThematiqueByStage.Values, t => Assert.Contains(t, official));
    }

    [Fact]
    public void Every_need_and_stage_of_the_referentiels_has_a_decided_row()
    {
        Assert.Equal(Codes(TaxonomyKind.Need).Order(), DataInclusionVocabulary.ThematiquesByNeed.Keys.Order());
        Assert.Equal(Codes(TaxonomyKind.Stage).Order(), DataInclusionVocabulary.ThematiqueByStage.Keys.Order());
    }

    [Fact]
    public void Frais_types_publics_and_networks_stay_inside_their_enums_and_only_the_documented_codes_have_no_value()
    {
        Assert.Subset(Enum(ServiceSchema.Value, "Frais"), DataInclusionVocabulary.FraisByCost.Values.ToHashSet());
        Assert.Subset(Enum(ServiceSchema.Value, "TypeService"), DataInclusionVocabulary.TypeByOfferType.Values.ToHashSet());
        Assert.Contains(DataInclusionVocabulary.EveryPublic, Enum(ServiceSchema.Value, "Public"));
        Assert.Subset(Enum(StructureSchema.Value, "ReseauPorteur"), DataInclusionVocabulary.ReseauByNetwork.Values.ToHashSet());

        Assert.Equal(["variable"], Codes(TaxonomyKind.Cost).Where(c => !DataInclusionVocabulary.FraisByCost.ContainsKey(c)));
        Assert.Equal(["mise-en-reseau"], Codes(TaxonomyKind.OfferType).Where(c => !DataInclusionVocabulary.TypeByOfferType.ContainsKey(c)));
    }

    [Fact]
    public void An_offer_gets_the_thematiques_of_its_needs_and_of_its_stages_once_each()
    {
        var thematiques = DataInclusionVocabulary.Thematiques(["juridique", "financement", "competences-formation"], ["emergence", "creation"]);

        Assert.Equal(
            ["creer-une-entreprise--definir-son-projet-de-creation-dentreprise", "creer-une-entreprise--structurer-son-projet-de-creation-dentreprise"],
            thematiques);
        Assert.Empty(DataInclusionVocabulary.Thematiques(["difficultes"], []));
    }

    [Fact]
    public void Only_an_offer_open_to_every_public_says_tous_publics()
    {
        Assert.Equal(["tous-publics"], DataInclusionVocabulary.Publics([]));
        Assert.Null(DataInclusionVocabulary.Publics(["association", "scop"]));
    }

    [Fact]
    public void Frais_variable_and_unknown_have_no_value_and_the_type_is_the_first_that_maps()
    {
        Assert.Equal("gratuit", DataInclusionVocabulary.Frais("gratuit"));
        Assert.Null(DataInclusionVocabulary.Frais("variable"));
        Assert.Null(DataInclusionVocabulary.Frais(null));
        Assert.Equal("aide-financiere", DataInclusionVocabulary.Type(["mise-en-reseau", "aide-financiere", "accompagnement"]));
        Assert.Null(DataInclusionVocabulary.Type(["mise-en-reseau"]));
        Assert.Equal(["france-active", "reseau-bge"], DataInclusionVocabulary.Reseaux(["France Active", "ESS France", "BGE"]));
        Assert.Null(DataInclusionVocabulary.Reseaux(["ESS France"]));
    }

    [Fact]
    public void Zones_become_official_codes_a_region_its_departements_and_france_alone()
    {
        var catalogue = new CatalogueSnapshot(
            [],
            [],
            [new TerritoryEntry(TerritoryLevel.Region, "94", "Corse", null, TerritoryZone.Metro, 0)],
            [
                new TerritoryEntry(TerritoryLevel.Departement, "2A", "Corse-du-Sud", "94", TerritoryZone.Metro, 0),
                new TerritoryEntry(TerritoryLevel.Departement, "2B", "Haute-Corse", "94", TerritoryZone.Metro, 0),
                new TerritoryEntry(TerritoryLevel.Departement, "23", "Creuse", "75", TerritoryZone.Metro, 0),
            ]);

        Assert.Equal(
            ["2A", "2B", "23", "200034825", "23096"],
            OpenZones.EligibilityCodes(catalogue, [
                new CoverageZone(TerritoryLevel.Region, "94"),
                new CoverageZone(TerritoryLevel.Departement, "2A"),
                new CoverageZone(TerritoryLevel.Departement, "23"),
                new CoverageZone(TerritoryLevel.Epci, "200034825"),
                new CoverageZone(TerritoryLevel.Commune, "23096"),
            ]));
        Assert.Equal(["france"], OpenZones.EligibilityCodes(catalogue, [new CoverageZone(TerritoryLevel.Departement, "23"), CoverageZone.France]));
    }

    [Fact]
    public void Names_are_fitted_to_3_to_150_characters_without_invented_words()
    {
        var longName = string.Join(' ', Enumerable.Repeat("Accompagnement", 20));
        var cut = OpenText.Name(longName, null, trimFinalPeriod: false);
        Assert.True(cut.Length <= 150, cut);
        Assert.EndsWith("Accompagnement…", cut, StringComparison.Ordinal);

        Assert.Equal("FA (Guéret)", OpenText.Name("FA", "Guéret", trimFinalPeriod: true));
        Assert.Equal("Les Scop", OpenText.Name("Les Scop.", null, trimFinalPeriod: true));
        Assert.Null(OpenText.Bounded("  ", 5, 10_000));
    }

    [Fact]
    public void Uuids_are_rfc_9562_version_5_and_stable()
    {
        var dns = Guid.Parse("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.Equal(Guid.Parse("2ed6657d-e927-568b-95e1-2665a8aea6a2"), StableIds.NameBased(dns, "www.example.com"));
        Assert.Equal(StableIds.Uuid("offre:12"), MapToHsds.ServiceUuid(12));
        Assert.NotEqual(MapToHsds.ServiceUuid(12), MapToHsds.OrganizationUuid(12));
    }
}
