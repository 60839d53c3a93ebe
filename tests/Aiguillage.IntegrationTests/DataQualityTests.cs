using Aiguillage.Catalogue;
using Aiguillage.Offers;
using Aiguillage.Quality;
using Microsoft.Extensions.DependencyInjection;

namespace Aiguillage.IntegrationTests;

/// <summary>
/// The minimums the seed holds today, asserted on both databases so that a later change cannot silently lose coverage.
/// Raise them as sourced data is added; never lower them without saying why in the commit.
/// </summary>
public abstract class DataQualityTests(TestDatabase database)
{
    private async Task<(DataReport Report, CatalogueSnapshot Snapshot)> ReportAsync()
    {
        database.SkipIfUnavailable();
        await using var scope = database.Scope();
        var snapshot = await scope.ServiceProvider.GetRequiredService<CatalogueProvider>().GetAsync(TestContext.Current.CancellationToken);
        return (ReportData.Build(snapshot), snapshot);
    }

    [Fact]
    public async Task The_seed_keeps_its_sourced_structures_and_offers()
    {
        var (report, _) = await ReportAsync();

        // Issue 10 aims at 600 and 1,000; the sources gathered so far hold this much, and nothing is padded.
        Assert.True(report.Structures >= 630, $"{report.Structures} structures");
        Assert.True(report.Offers >= 1000, $"{report.Offers} offres");
        Assert.Empty(report.Duplicates);
    }

    [Fact]
    public async Task Every_departement_has_its_DLA_entry_and_the_networks_reach_it()
    {
        var (report, _) = await ReportAsync();
        int Missing(string network) => report.MissingByNetwork.Single(c => c.Key == network).Value;

        Assert.Equal(101, report.Departements.Count);
        Assert.Equal(0, Missing("dla"));
        Assert.True(report.DlaOperatorsNamed >= 28, $"{report.DlaOperatorsNamed} opérateurs DLA nommés");
        Assert.True(Missing("france-active") <= 5, $"France Active absente de {Missing("france-active")} départements");
        Assert.True(Missing("initiative-france") <= 9, $"Initiative France absente de {Missing("initiative-france")} départements");
        Assert.True(Missing("urscop") <= 0, $"union des Scop absente de {Missing("urscop")} départements");
        Assert.True(Missing("cress") <= 5, $"CRESS absente de {Missing("cress")} départements");
    }

    /// <summary>
    /// Issue 10's check, through the real engine: an association at the creation stage that needs financing gets, among its
    /// first five results, at least three offers that are not national and one coded at its département or finer.
    /// The Creuse has no such local offer in the sources gathered: its one local ESS fund, La Solidaire, serves the
    /// Millevaches park only, which Guéret is not in, so it ranks as a national offer (ADR 022); it used to pass this check
    /// by claiming the whole département. There, the first five are the région's (France Active, Cigales…), and the
    /// département's microcredit (Adie) comes later, a generalist.
    /// </summary>
    [Theory]
    [InlineData("23096", false)] // Guéret
    [InlineData("23008", false)] // Aubusson
    [InlineData("97611", true)] // Mamoudzou
    [InlineData("97416", true)] // Saint-Pierre (La Réunion)
    [InlineData("97302", true)] // Cayenne
    [InlineData("2A004", true)] // Ajaccio
    [InlineData("75111", true)] // Paris 11e
    [InlineData("62498", true)] // Lens
    public async Task An_association_creating_its_project_and_needing_financing_finds_local_offers_first(string commune, bool localAmongFirstFive)
    {
        database.SkipIfUnavailable();
        await using var scope = database.Scope();
        var (answer, problem) = await scope.ServiceProvider.GetRequiredService<Orientation.OrientProject>().HandleAsync(
            new Orientation.OrientationQuery(commune, null, "creation", ["financement"], "association", null), recordFor: null, TestContext.Current.CancellationToken);
        Assert.Null(problem);
        var snapshot = await scope.ServiceProvider.GetRequiredService<CatalogueProvider>().GetAsync(TestContext.Current.CancellationToken);
        var firstFive = answer!.Result.Results.Take(5).Select(r => r.Offer).ToList();

        Assert.Equal(5, firstFive.Count);
        Assert.True(firstFive.Count(o => o.Zones.Any(z => z.Level != Territories.TerritoryLevel.Pays)) >= 3, string.Join(" ; ", firstFive.Select(o => o.Title)));
        if (localAmongFirstFive)
        {
            Assert.Contains(firstFive, o => CatalogueRules.IsLocalTo(snapshot, o, answer.Commune.DepartementCode));
        }

        Assert.DoesNotContain(firstFive, o => o.View.PartialZones);
    }

    [Fact]
    public async Task Creation_and_consolidation_are_local_almost_everywhere_and_every_stage_has_a_non_national_offer()
    {
        var (report, _) = await ReportAsync();

        Assert.True(report.Departements.Count(d => !d.StagesWithoutLocalOffer.Contains("creation")) >= 95);
        Assert.True(report.Departements.Count(d => !d.StagesWithoutLocalOffer.Contains("consolidation")) >= 95);
        Assert.All(report.Departements, d => Assert.Empty(d.StagesWithoutNonNationalOffer));
    }

    [Fact]
    public async Task No_seed_offer_claims_a_verification_nor_cites_a_content_farm()
    {
        var (_, snapshot) = await ReportAsync();
        var seed = snapshot.Offers.Where(o => o.View.Source == "aiguillage-amorce").ToList();

        Assert.NotEmpty(seed);
        Assert.All(seed, o => Assert.Null(o.View.LastVerifiedOn));
        Assert.All(seed, o => Assert.NotEmpty(o.View.SourceUrls));
        Assert.DoesNotContain(seed, o => o.View.SourceUrls.Any(SourceRules.IsContentFarm));
        Assert.True(snapshot.Dispositifs.Count >= 10);
    }
}

public sealed class SqliteDataQualityTests(SqliteDatabase database) : DataQualityTests(database);

public sealed class PostgresDataQualityTests(PostgresDatabase database) : DataQualityTests(database);
