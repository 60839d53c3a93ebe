using Aiguillage.Offers;

namespace Aiguillage.Seed;

/// <summary>
/// Loads the project's seed (Seed/offres.csv, built from shared/reference facts, ADR 003) through the ordinary offer import,
/// so the seed obeys exactly the rules of any import.
/// </summary>
public sealed class SeedDatabase(ImportOffers importOffers)
{
    public const string ResourceName = "Aiguillage.Seed.offres.csv";

    public async Task<OfferImportReport> HandleAsync(CancellationToken cancellationToken = default)
    {
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
