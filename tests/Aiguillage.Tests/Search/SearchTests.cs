using Aiguillage.Catalogue;
using Aiguillage.Offers;
using Aiguillage.Search;
using Aiguillage.Territories;

namespace Aiguillage.Tests;

/// <summary>Search behaviour over a small hand-built catalogue: French forms, curated vocabulary, typos, ranking, safety.</summary>
public sealed class SearchTests
{
    private static int _nextStructure = 500;

    private static (CatalogueOffer Offer, StructureEntry Structure) Offer(
        int id,
        string title,
        string description = "Une offre d'essai.",
        string? structure = null,
        IReadOnlyList<string>? networks = null,
        IReadOnlyList<CoverageZone>? zones = null,
        IReadOnlyList<string>? stages = null,
        IReadOnlyList<string>? needs = null)
    {
        var structureId = Interlocked.Increment(ref _nextStructure);
        var zoneList = zones ?? [CoverageZone.France];
        var view = new OfferView(
            id, title, description, new StructureRef(structureId, structure ?? $"Structure {id}", null), ["accompagnement"], [],
            stages ?? ["creation"], needs ?? [], [], "gratuit", null, null, null, null, null, null, null, OfferStatus.Published,
            zoneList.Select(z => new ZoneView(z.Level, z.Code, OrientationTestData.Names.Name(z))).ToList(),
            OrientationTestData.Today, null, "test", $"o{id}", ["https://example.org"]);
        var footprint = OfferFootprint.Of(zoneList, d => d == "01" ? "84" : "75", c => c[..2], _ => ["23"], r => r == "75" ? ["23", "87"] : ["01"]);
        var entry = new StructureEntry(structureId, structure ?? $"Structure {id}", ["incubateur"], networks ?? [], "Une structure d'essai.", true,
            null, null, OrientationTestData.Today, [id]);
        return (new CatalogueOffer(view, true, zoneList, footprint), entry);
    }

    private static CatalogueSnapshot Catalog(params (CatalogueOffer Offer, StructureEntry Structure)[] offers)
    {
        var regions = new[]
        {
            new TerritoryEntry(TerritoryLevel.Region, "75", "Nouvelle-Aquitaine", null, TerritoryZone.Metro, 6_000_000),
            new TerritoryEntry(TerritoryLevel.Region, "84", "Auvergne-Rhône-Alpes", null, TerritoryZone.Metro, 8_000_000),
        };
        var departements = new[]
        {
            new TerritoryEntry(TerritoryLevel.Departement, "23", "Creuse", "75", TerritoryZone.Metro, 115_000),
            new TerritoryEntry(TerritoryLevel.Departement, "87", "Haute-Vienne", "75", TerritoryZone.Metro, 370_000),
            new TerritoryEntry(TerritoryLevel.Departement, "01", "Ain", "84", TerritoryZone.Metro, 650_000),
        };
        var communes = new CommuneDirectory(
            [new CommuneEntry("23096", "Guéret", "23", "Creuse", "75", "Nouvelle-Aquitaine", "200034825", 13_000, ["23000"])], []);
        return new CatalogueSnapshot(
            offers.Select(o => o.Offer), offers.Select(o => o.Structure), regions, departements, TestData.Taxonomy, communes, OrientationTestData.Names,
            stamp: "test", day: OrientationTestData.Today);
    }

    private static SearchResult Search(CatalogueSnapshot catalog, string text, string? territory = null, string? stage = null, int size = 20) =>
        SearchCatalog.Search(catalog, SearchIndex.Build(catalog, catalog.Taxonomy), new SearchQuery(text, territory, stage, Size: size));

    private static List<int> OfferIds(SearchResult result) =>
        result.Items.Where(i => i.Kind == SearchDocument.OfferKind).Select(i => i.Id).ToList();

    [Theory]
    [InlineData("creation", "Création d'entreprise")]
    [InlineData("CRÉATION", "creation d'entreprise")]
    [InlineData("financements", "Un financement solidaire")]
    [InlineData("financement", "Des financements solidaires")]
    [InlineData("associatives", "Pour les associations")]
    [InlineData("rurales", "En milieu rural")]
    [InlineData("l'emploi", "Aide à l'emploi")]
    [InlineData("emploi", "Aide à l'emploi")]
    [InlineData("cooperatives", "Une coopérative")]
    public void French_forms_find_each_other(string query, string title)
    {
        var catalog = Catalog(Offer(1, title), Offer(2, "Sans rapport aucun"));
        Assert.Equal([1], OfferIds(Search(catalog, query)));
    }

    [Theory]
    [InlineData("DLA", "Dispositif local d'accompagnement de la Creuse")]
    [InlineData("dispositif local d'accompagnement", "Le DLA de la Creuse")]
    [InlineData("CRESS", "Chambre régionale de l'économie sociale et solidaire")]
    [InlineData("chambre régionale de l'économie sociale et solidaire", "La CRESS Nouvelle-Aquitaine")]
    [InlineData("SCOP", "Créer une société coopérative et participative")]
    [InlineData("société coopérative et participative", "Créer une SCOP")]
    [InlineData("SCIC", "Créer une société coopérative d'intérêt collectif")]
    [InlineData("société coopérative d'intérêt collectif", "Passer en SCIC")]
    [InlineData("CAE", "Entrer dans une coopérative d'activité et d'emploi")]
    [InlineData("coopérative d'activité et d'emploi", "Tester son activité en CAE")]
    [InlineData("ESUS", "Obtenir l'agrément entreprise solidaire d'utilité sociale")]
    [InlineData("entreprise solidaire d'utilité sociale", "Agrément ESUS")]
    [InlineData("AAP", "Appel à projets innovation sociale")]
    [InlineData("appel à projets", "AAP innovation sociale")]
    [InlineData("AMI", "Appel à manifestation d'intérêt")]
    [InlineData("appel à manifestation d'intérêt", "AMI innovation sociale")]
    [InlineData("tiers lieux", "Ouvrir un tiers-lieu")]
    [InlineData("tiers-lieu", "Réseau des tiers lieux")]
    [InlineData("changement d'échelle", "Programme d'essaimage")]
    [InlineData("essaimage", "Accompagner le changement d'échelle")]
    [InlineData("ESS", "Entreprendre dans l'économie sociale et solidaire")]
    public void The_curated_vocabulary_is_found_both_ways(string query, string title)
    {
        var catalog = Catalog(Offer(1, title), Offer(2, "Sans rapport aucun"));
        Assert.Equal([1], OfferIds(Search(catalog, query)));
    }

    [Theory]
    [InlineData("finacement", "Financement des associations")]
    [InlineData("incubatuer", "Incubateur de projets")]
    [InlineData("cooperatvie", "Coopérative d'habitants")]
    public void A_typo_still_finds_the_word(string query, string title)
    {
        var catalog = Catalog(Offer(1, title), Offer(2, "Sans rapport aucun"));
        Assert.Equal([1], OfferIds(Search(catalog, query)));
    }

    [Fact]
    public void A_word_the_index_knows_is_taken_as_meant_without_its_typo_neighbours()
    {
        var catalog = Catalog(Offer(1, "Prêt solidaire"), Offer(2, "Prêt solidaires"), Offer(3, "Les solitaires"));
        Assert.Equal([3], OfferIds(Search(catalog, "solitaire")));
        Assert.Equal([1, 2], OfferIds(Search(catalog, "solidaire")));
    }

    [Fact]
    public void An_exact_word_ranks_before_a_typo_neighbour_of_another_query_word()
    {
        var catalog = Catalog(Offer(1, "Incubateur rural"), Offer(2, "Incubateur"), Offer(3, "Rural"));
        var ids = OfferIds(Search(catalog, "incubateur rurall"));
        Assert.Equal(1, ids[0]);
    }

    [Fact]
    public void A_title_match_ranks_before_a_description_only_match()
    {
        var catalog = Catalog(
            Offer(1, "Programme régional", "Un programme pour les projets d'incubation et bien d'autres choses encore."),
            Offer(2, "Incubation", "Un programme."));
        Assert.Equal([2, 1], OfferIds(Search(catalog, "incubation")));
    }

    [Fact]
    public void Documents_with_every_word_rank_before_those_with_most_and_those_with_few_are_left_out()
    {
        var catalog = Catalog(
            Offer(1, "Financement des associations"),
            Offer(2, "Un programme", "Un texte plus long qui parle de financement en milieu rural, pour des associations, et d'autres choses."),
            Offer(3, "Associations rurales"),
            Offer(4, "Financement"));
        var ids = OfferIds(Search(catalog, "financements associations rurales"));
        Assert.Equal(2, ids[0]);
        Assert.Equal([1, 2, 3], ids.Order());
    }

    [Fact]
    public void Equal_scores_are_ordered_by_kind_then_name_then_id()
    {
        var catalog = Catalog(Offer(3, "Atelier"), Offer(1, "Atelier"), Offer(2, "Atelier"));
        var first = Search(catalog, "atelier");
        Assert.Equal([1, 2, 3], OfferIds(first));
        Assert.Equal(first.Items.Select(i => (i.Kind, i.Id)), Search(catalog, "atelier").Items.Select(i => (i.Kind, i.Id)));
    }

    [Fact]
    public void Dla_creuse_puts_the_creuse_dla_first_then_a_nationwide_one_then_others()
    {
        var catalog = Catalog(
            Offer(1, "DLA de la Haute-Vienne", zones: [OrientationTestData.Departement("87")]),
            Offer(2, "DLA de la Creuse", "Le dispositif local d'accompagnement.", zones: [OrientationTestData.Departement("23")]),
            Offer(3, "Incubateur", zones: [OrientationTestData.Departement("23")]),
            Offer(4, "Dispositif local d'accompagnement", zones: [OrientationTestData.Departement("23")]),
            Offer(5, "DLA national", zones: [CoverageZone.France]));
        var result = Search(catalog, "DLA Creuse");
        var ids = OfferIds(result);
        Assert.True(ids.Take(2).Order().SequenceEqual([2, 4]), string.Join(" ", result.Items.Select(i => $"{i.Id}:{i.Score}")));
        Assert.Equal([5, 1], ids.Skip(2).Take(2));
    }

    [Fact]
    public void Filters_and_territory_restrict_the_results()
    {
        var catalog = Catalog(
            Offer(1, "Financement", zones: [OrientationTestData.Departement("23")], stages: ["creation"]),
            Offer(2, "Financement", zones: [OrientationTestData.Departement("01")], stages: ["creation"]),
            Offer(3, "Financement", zones: [OrientationTestData.Region("75")], stages: ["emergence"]));
        Assert.Equal([1, 3], OfferIds(Search(catalog, "financement", territory: "departement:23")));
        Assert.Equal([1, 3], OfferIds(Search(catalog, "financement", territory: "commune:23096")));
        Assert.Equal([1, 3], OfferIds(Search(catalog, "financement", territory: "region:75")));
        Assert.Equal([1, 2], OfferIds(Search(catalog, "financement", stage: "creation")));
        Assert.Equal([1], OfferIds(Search(catalog, "financement", territory: "region:75", stage: "creation")));
    }

    [Fact]
    public void Unknown_codes_are_refused_with_the_parameter_named()
    {
        var catalog = Catalog(Offer(1, "Financement"));
        Assert.Equal("territoire", Search(catalog, "financement", territory: "departement:99").Problem?.Parameter);
        Assert.Equal("territoire", Search(catalog, "financement", territory: "n'importe quoi").Problem?.Parameter);
        Assert.Equal("etape", Search(catalog, "financement", stage: "decollage").Problem?.Parameter);
        Assert.Equal("q", Search(catalog, "  ").Problem?.Parameter);
    }

    [Fact]
    public void Matches_are_highlighted_in_encoded_fragments()
    {
        var catalog = Catalog(Offer(1, "Financement", "<script>alert(1)</script> Des financements pour les associations & les coopératives."));
        var fragment = Assert.Single(Search(catalog, "financement cooperative").Items[0].Fragments);
        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt; Des <mark>financements</mark> pour les associations &amp; les <mark>coopératives</mark>.", fragment);
    }

    [Fact]
    public void A_synonym_highlights_the_whole_phrase_and_a_typo_its_word()
    {
        var catalog = Catalog(Offer(1, "Appui", "Le dispositif local d'accompagnement aide au financement."));
        Assert.Contains("<mark>dispositif local d&#39;accompagnement</mark>", Search(catalog, "DLA").Items[0].Fragments[0], StringComparison.Ordinal);
        Assert.Contains("<mark>financement</mark>", Search(catalog, "finacement").Items[0].Fragments[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"(((")]
    [InlineData("*")]
    [InlineData("AND OR NOT")]
    [InlineData("financement~2 title:x^3 [a TO b] {c}")]
    [InlineData("le la les de")]
    [InlineData("?")]
    public void Hostile_or_empty_queries_do_not_throw(string query)
    {
        var catalog = Catalog(Offer(1, "Financement"), Offer(2, "Incubation"));
        var result = Search(catalog, query);
        Assert.Null(result.Problem);
        Assert.True(result.Total <= 2);
    }

    [Fact]
    public void A_long_query_is_refused_and_a_long_index_query_does_not_throw()
    {
        var catalog = Catalog(Offer(1, "Financement"));
        Assert.Equal("q", Search(catalog, new string('a', 500)).Problem?.Parameter);
        var index = SearchIndex.Build(catalog, catalog.Taxonomy);
        var words = string.Join(' ', Enumerable.Range(0, 100).Select(i => "financement" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(index.Search(words, _ => true, 1, 20).Total <= 1);
    }
}
