using Aiguillage.Catalogue;
using Aiguillage.Data;
using Aiguillage.Directory;
using Aiguillage.Maps;
using Aiguillage.Offers;
using Aiguillage.Orientation;
using Aiguillage.Referrals;
using Aiguillage.Search;
using Aiguillage.Seed;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;
using Microsoft.Extensions.DependencyInjection;

namespace Aiguillage;

/// <summary>Registers every use case of the library; hosts (web, CLI, tests) call this once.</summary>
public static class UseCases
{
    public static IServiceCollection AddAiguillageUseCases(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<ImportTerritories>();
        services.AddScoped<SearchTerritories>();
        services.AddScoped<GetTerritory>();
        services.AddScoped<CountTerritories>();
        services.AddScoped<LoadTerritoryCodes>();
        services.AddScoped<LoadTaxonomy>();
        services.AddScoped<ImportOffers>();
        services.AddScoped<ImportDispositifs>();
        services.AddScoped<ListOffers>();
        services.AddScoped<GetOffer>();
        services.AddScoped<ListStructures>();
        services.AddScoped<GetStructure>();
        services.AddScoped<SeedDatabase>();
        services.AddScoped<InitializeDatabase>();
        services.AddScoped<JobLeases>();
        services.AddSingleton<CatalogueProvider>();
        services.AddSingleton<ICataloguePreparation, SearchIndexPreparation>();
        services.AddSingleton<DemandQueue>();
        services.AddSingleton<OrientationResultCache>();
        services.AddScoped<OrientProject>();
        services.AddScoped<SendReferral>();
        services.AddScoped<IModeratorDirectory, Accounts.AccountModerators>();
        services.AddScoped<AnswerReferral>();
        services.AddScoped<RunReferralDeadlines>();
        services.AddScoped<BrowseDirectory>();
        services.AddScoped<MapStructures>();
        services.AddScoped<CountCoverage>();
        services.AddScoped<SearchCatalog>();
        services.AddScoped<Quality.ReportData>();
        services.AddSingleton<Diagnosis.Comparisons>();
        services.AddScoped<Pathways.ReadChains>();
        services.AddScoped<Diagnosis.DiagnoseTerritory>();
        services.AddScoped<Diagnosis.Barometer>();
        services.AddScoped<OpenData.ExportDataInclusion>();
        services.AddScoped<OpenData.ReadHsds>();
        services.AddScoped<OpenData.ImportDataInclusion>();
        services.AddScoped<OpenData.WriteOpenDump>();
        return services;
    }
}
