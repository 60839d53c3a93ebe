using Aiguillage.Data;
using Aiguillage.Imports;
using Aiguillage.Offers;
using Aiguillage.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Seed;

/// <summary>
/// Loads the project's seed (Seed/offres.csv, built from shared/reference facts, ADR 003) through the ordinary offer import,
/// so the seed obeys exactly the rules of any import.
/// </summary>
public sealed class SeedDatabase(ImportOffers importOffers, ImportDispositifs importDispositifs, AppDbContext db)
{
    /// <summary>The dataset name of the project's seed: its rows are the project's to update and to retire.</summary>
    public const string Source = "aiguillage-amorce";

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

        await RetireAsync(cancellationToken);
        return report;
    }

    /// <summary>
    /// Offers and structures of an earlier seed that the current one no longer holds (a programme that was stored as a
    /// structure, a row whose source was a copy) are archived and closed: an upgraded database shows what a new one does.
    /// </summary>
    private async Task RetireAsync(CancellationToken cancellationToken)
    {
        using var reader = OpenSeed();
        var records = CsvReader.Read(reader);
        var header = records[0].Fields.Select(f => f.Trim()).ToList();
        int Column(string name) => header.IndexOf(name);
        var offers = records.Skip(1).Select(r => r.Fields[Column(OfferCsv.Columns.Identifier)].Trim()).ToHashSet(StringComparer.Ordinal);
        var structures = records.Skip(1).Select(r => r.Fields[Column(OfferCsv.Columns.StructureIdentifier)].Trim()).ToHashSet(StringComparer.Ordinal);

        foreach (var offer in await db.Offers.Where(o => o.Source == Source && o.Status != OfferStatus.Archived).ToListAsync(cancellationToken))
        {
            if (!offers.Contains(offer.SourceIdentifier))
            {
                offer.Archive();
            }
        }

        foreach (var structure in await db.Structures.Where(s => s.Source == Source && s.Status == StructureStatus.Active).ToListAsync(cancellationToken))
        {
            if (!structures.Contains(structure.SourceIdentifier))
            {
                structure.Apply(structure.Details with { Status = StructureStatus.Closed });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public static StreamReader OpenSeed()
    {
        var stream = typeof(SeedDatabase).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Ressource {ResourceName} absente de l'assemblage.");
        return new StreamReader(stream, System.Text.Encoding.UTF8);
    }
}
