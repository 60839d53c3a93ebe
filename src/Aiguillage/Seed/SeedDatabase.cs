using Aiguillage.Offers;

namespace Aiguillage.Seed;

/// <summary>
/// Loads the project's seed (Seed/offres.csv, built from shared/reference facts, ADR 003) through the ordinary offer import,
/// so the seed obeys exactly the rules of any import.
/// </summary>
public sealed class SeedDatabase(ImportOffers importOffers, ImportDispositifs importDispositifs)
{
    public const string ResourceName = "Aiguillage.Seed.offres.csv";
    public const string DispositifsResourceName = "Aiguillage.Seed.dispositifs.csv";

    public async Task<OfferImportReport> HandleAsync(CancellationToken cancellationToken = default)
    {
        // The dispositifs first: offers name the one they deliver.
        if (typeof(SeedDatabase).Assembly.GetManifestResourceStream(DispositifsResourceName) is { } dispositifs)
        {
            using var dispositifsReader = new StreamReader(dispositifs, System.Text.Encoding.UTF8);
            var problems = await importDispositifs.HandleAsync(dispositifsReader, cancellationToken);
            if (problems.Count > 0)
            {
                throw new InvalidOperationException(
                    "Les dispositifs d'amorce sont invalides :" + Environment.NewLine + string.Join(Environment.NewLine, problems.Take(20)));
            }
        }

        using var reader = OpenSeed();
        var report = await importOffers.HandleAsync(reader, dryRun: false, cancellationToken);
        if (!report.Succeeded)
        {
            throw new InvalidOperationException(
                "Le jeu de données d'amorce est invalide :" + Environment.NewLine + string.Join(Environment.NewLine, report.Errors.Take(20)));
        }

        return report;
    }

    public static StreamReader OpenSeed()
    {
        var stream = typeof(SeedDatabase).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Ressource {ResourceName} absente de l'assemblage.");
        return new StreamReader(stream, System.Text.Encoding.UTF8);
    }
}
