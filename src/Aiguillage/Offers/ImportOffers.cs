using Aiguillage.Data;
using Aiguillage.Imports;
using Aiguillage.Organisations;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Offers;

public sealed record OfferImportReport(
    IReadOnlyList<ImportError> Errors,
    int Rows,
    int StructuresCreated,
    int StructuresUpdated,
    int OffersCreated,
    int OffersUpdated,
    int OffersUnchanged,
    bool DryRun)
{
    public bool Succeeded => Errors.Count == 0;

    public bool Written => Succeeded && !DryRun;
}

/// <summary>
/// Imports offers (and the structures they belong to) from the CSV format of docs/format-csv-offres.md.
/// Every row is validated first; one bad row and nothing is written. Rows are upserted by (source, identifiant),
/// so importing the same file twice changes nothing.
/// </summary>
public sealed class ImportOffers(AppDbContext db, LoadTaxonomy loadTaxonomy, LoadTerritoryCodes loadTerritoryCodes)
{
    public async Task<OfferImportReport> HandleAsync(TextReader reader, bool dryRun, CancellationToken cancellationToken = default)
    {
        var errors = new List<ImportError>();
        IReadOnlyList<CsvRecord> records;
        try
        {
            records = CsvReader.Read(reader);
        }
        catch (CsvFormatException e)
        {
            return Failed(e.Problems.Select(p => new ImportError(p.LineNumber, $"n° {p.ColumnNumber}", p.Message)).ToList(), 0, dryRun);
        }

        if (records.Count == 0)
        {
            return Failed([new ImportError(1, null, "le fichier est vide : une ligne d'en-tête puis une ligne par offre sont attendues.")], 0, dryRun);
        }

        var header = records[0];
        var positions = OfferCsv.ReadHeader(header, errors);
        if (errors.Count > 0)
        {
            return Failed(errors, records.Count - 1, dryRun);
        }

        if (records.Count == 1)
        {
            return Failed([new ImportError(2, null, "aucune offre : le fichier ne contient que la ligne d'en-tête.")], 0, dryRun);
        }

        var taxonomy = await loadTaxonomy.HandleAsync(cancellationToken);
        var dispositifs = (await db.Dispositifs.AsNoTracking().Select(d => d.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var territories = await loadTerritoryCodes.HandleAsync(cancellationToken);
        if (territories.IsEmpty)
        {
            return Failed([new ImportError(1, null, "les territoires officiels ne sont pas encore importés : lancez « aiguillage territories import ».")], records.Count - 1, dryRun);
        }

        var rows = new List<OfferRow>();
        foreach (var record in records.Skip(1))
        {
            var row = OfferCsv.ReadRow(record, header.Fields.Count, positions, taxonomy, territories, errors, dispositifs);
            if (row is not null)
            {
                rows.Add(row);
            }
        }

        CheckAcrossRows(rows, errors);
        if (errors.Count > 0)
        {
            return Failed(errors, records.Count - 1, dryRun);
        }

        return await WriteAsync(rows, dryRun, cancellationToken);
    }

    /// <summary>An identifier appears once per source; a structure described on several rows is described the same way.</summary>
    private static void CheckAcrossRows(List<OfferRow> rows, List<ImportError> errors)
    {
        var offers = new Dictionary<(string, string), int>();
        var structures = new Dictionary<(string, string), OfferRow>();
        foreach (var row in rows)
        {
            if (!offers.TryAdd((row.Source, row.Identifier), row.Line))
            {
                errors.Add(new(row.Line, OfferCsv.Columns.Identifier, $"l'identifiant « {row.Identifier} » de la source « {row.Source} » figure déjà ligne {offers[(row.Source, row.Identifier)]}."));
            }

            if (!structures.TryGetValue((row.Source, row.StructureIdentifier), out var first))
            {
                structures[(row.Source, row.StructureIdentifier)] = row;
            }
            else if (!first.Structure.Equals(row.Structure))
            {
                errors.Add(new(row.Line, OfferCsv.Columns.StructureIdentifier, $"la structure « {row.StructureIdentifier} » est décrite autrement ligne {first.Line} : les colonnes structure_* doivent être identiques sur toutes ses lignes."));
            }
        }
    }

    private async Task<OfferImportReport> WriteAsync(List<OfferRow> rows, bool dryRun, CancellationToken cancellationToken)
    {
        var sources = rows.Select(r => r.Source).Distinct().ToList();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            var existingStructures = await db.Structures.Where(s => sources.Contains(s.Source)).ToDictionaryAsync(s => (s.Source, s.SourceIdentifier), cancellationToken);
            var existingOffers = await db.Offers.Where(o => sources.Contains(o.Source)).ToDictionaryAsync(o => (o.Source, o.SourceIdentifier), cancellationToken);

            int structuresCreated = 0, structuresUpdated = 0, offersCreated = 0, offersUpdated = 0, offersUnchanged = 0;
            foreach (var group in rows.GroupBy(r => (r.Source, r.StructureIdentifier)))
            {
                var details = group.First().Structure;
                if (existingStructures.TryGetValue(group.Key, out var structure))
                {
                    if (structure.Apply(details))
                    {
                        structuresUpdated++;
                    }
                }
                else
                {
                    structure = new Structure(group.Key.Source, group.Key.StructureIdentifier, details);
                    db.Structures.Add(structure);
                    existingStructures[group.Key] = structure;
                    structuresCreated++;
                }
            }

            // Structures get their ids before the offers that point at them.
            await db.SaveChangesAsync(cancellationToken);

            foreach (var row in rows)
            {
                var structureId = existingStructures[(row.Source, row.StructureIdentifier)].Id;
                if (existingOffers.TryGetValue((row.Source, row.Identifier), out var offer))
                {
                    var moved = offer.StructureId != structureId;
                    offer.MoveTo(structureId);
                    if (offer.Apply(row.Offer) || moved)
                    {
                        offersUpdated++;
                    }
                    else
                    {
                        offersUnchanged++;
                    }
                }
                else
                {
                    db.Offers.Add(new Offer(structureId, row.Source, row.Identifier, row.Offer));
                    offersCreated++;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            if (dryRun)
            {
                await transaction.RollbackAsync(cancellationToken);
            }
            else
            {
                // The new stamp is read by every instance's catalogue refresher within its poll interval.
                await transaction.CommitAsync(cancellationToken);
            }

            db.ChangeTracker.Clear();
            return new OfferImportReport([], rows.Count, structuresCreated, structuresUpdated, offersCreated, offersUpdated, offersUnchanged, dryRun);
        });
    }

    private static OfferImportReport Failed(List<ImportError> errors, int rows, bool dryRun) =>
        new(errors.OrderBy(e => e.Line).ToList(), rows, 0, 0, 0, 0, 0, dryRun);
}
