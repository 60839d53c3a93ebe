using Aiguillage.Catalogue;
using Aiguillage.Directory;
using Aiguillage.Territories;
using Microsoft.Extensions.DependencyInjection;

namespace Aiguillage.IntegrationTests;

/// <summary>
/// The annuaire reads the in-memory catalogue; the listings of the API query the database. On each database, both must
/// count the same offers and structures for a territory and a filter.
/// </summary>
public abstract class DirectoryDataTests(TestDatabase database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(DirectoryPage Page, int Offers, int Structures)> BothAsync(TerritoryLevel level, string code, OfferFilter dbFilter, CatalogueFilter filter)
    {
        database.SkipIfUnavailable();
        await using var scope = database.Scope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<CatalogueProvider>().RefreshAsync(Ct);
        var page = await services.GetRequiredService<BrowseDirectory>()
            .HandleAsync(new DirectoryQuery(level, code, filter, DirectoryView.Offers, 1, 20), Ct);
        var offers = await services.GetRequiredService<ListOffers>().HandleAsync(dbFilter, 1, 1, Ct);
        var structures = await services.GetRequiredService<ListStructures>().HandleAsync(dbFilter, 1, 1, Ct);
        Assert.NotNull(page);
        return (page, offers.Total, structures.Total);
    }

    [Theory]
    [InlineData("23", null)]
    [InlineData("23", "creation")]
    [InlineData("971", null)]
    [InlineData("2A", "emergence")]
    [InlineData("75", "consolidation")]
    public async Task A_departement_of_the_annuaire_counts_what_the_database_finds(string departement, string? stage)
    {
        var (page, offers, structures) = await BothAsync(
            TerritoryLevel.Departement, departement, new OfferFilter(DepartementCode: departement, Stage: stage), new CatalogueFilter(Stage: stage));

        Assert.Equal(offers, page.OfferCount);
        if (stage is null)
        {
            Assert.Equal(structures, page.StructureCount);
        }

        Assert.True(page.OfferCount > 0, $"Aucune offre dans le département {departement} : l'amorce devrait en avoir.");
    }

    [Theory]
    [InlineData("75")]
    [InlineData("94")]
    [InlineData("04")]
    public async Task A_region_of_the_annuaire_counts_what_the_database_finds(string region)
    {
        var (page, offers, structures) = await BothAsync(TerritoryLevel.Region, region, new OfferFilter(RegionCode: region), new CatalogueFilter());

        Assert.Equal(offers, page.OfferCount);
        Assert.Equal(structures, page.StructureCount);
    }

    [Fact]
    public async Task France_lists_its_regions_and_every_published_offer()
    {
        var (page, offers, structures) = await BothAsync(TerritoryLevel.Pays, TerritoryLevels.FranceCode, new OfferFilter(), new CatalogueFilter());

        Assert.Equal(offers, page.OfferCount);
        Assert.Equal(structures, page.StructureCount);
        Assert.Equal(18, page.Children.Count);
        Assert.Contains(page.Children, c => c.Territory.Name == "Guadeloupe");
        Assert.All(page.Children, c => Assert.True(c.Offers > 0, $"{c.Territory.Name} n'a aucune offre"));
    }

    [Fact]
    public async Task The_creuse_lists_its_intercommunalities_under_its_region()
    {
        var (page, _, _) = await BothAsync(TerritoryLevel.Departement, "23", new OfferFilter(DepartementCode: "23"), new CatalogueFilter());

        Assert.Contains(page.Children, c => c.Territory.Level == TerritoryLevel.Epci && c.Territory.Name.Contains("Grand Guéret", StringComparison.Ordinal));
        Assert.Equal(["France", "Nouvelle-Aquitaine"], page.Ancestors.Select(a => a.Name));
    }

    [Fact]
    public async Task The_ain_lists_its_own_dla_before_national_offers()
    {
        var (page, _, _) = await BothAsync(TerritoryLevel.Departement, "01", new OfferFilter(DepartementCode: "01"), new CatalogueFilter());

        var items = page.Offers.Items.ToList();
        var dla = items.FindIndex(o => o.Dispositif?.Code == "dla");
        Assert.True(dla >= 0, "Pas d'entrée DLA sur la première page de l'Ain.");
        Assert.All(items.Take(dla + 1), o => Assert.DoesNotContain(o.Zones, z => z.Level == TerritoryLevel.Pays));
    }
}

public sealed class SqliteDirectoryDataTests(SqliteDatabase database) : DirectoryDataTests(database);

public sealed class PostgresDirectoryDataTests(PostgresDatabase database) : DirectoryDataTests(database);
