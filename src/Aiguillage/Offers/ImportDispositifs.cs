using Aiguillage.Data;
using Aiguillage.Imports;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Offers;

/// <summary>
/// Loads the dispositifs (Seed/dispositifs.csv: code, nom, nature, description, site_web, sources, date_source), all or
/// nothing, updated by code. They come before the offers that name them.
/// </summary>
public sealed class ImportDispositifs(AppDbContext db)
{
    public static readonly string[] Columns = ["code", "nom", "nature", "description", "site_web", "sources", "date_source"];

    public async Task<IReadOnlyList<ImportError>> HandleAsync(TextReader reader, CancellationToken cancellationToken = default)
    {
        var errors = new List<ImportError>();
        var rows = Read(reader, errors);
        if (errors.Count > 0)
        {
            return errors;
        }

        var existing = await db.Dispositifs.ToDictionaryAsync(d => d.Code, StringComparer.Ordinal, cancellationToken);
        foreach (var (code, details) in rows)
        {
            if (existing.TryGetValue(code, out var dispositif))
            {
                dispositif.Apply(details);
            }
            else
            {
                db.Dispositifs.Add(new Dispositif(code, details));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>Validates every row; returns them only when all are valid.</summary>
    public static List<(string Code, DispositifDetails Details)> Read(TextReader reader, List<ImportError> errors)
    {
        IReadOnlyList<CsvRecord> records;
        try
        {
            records = CsvReader.Read(reader);
        }
        catch (CsvFormatException e)
        {
            errors.Add(new ImportError(e.LineNumber, null, e.Message));
            return [];
        }

        if (records.Count == 0 || !records[0].Fields.Select(f => f.Trim()).SequenceEqual(Columns))
        {
            errors.Add(new ImportError(records.Count == 0 ? 1 : records[0].LineNumber, null, $"en-tête attendu : {string.Join(",", Columns)}."));
            return [];
        }

        var rows = new List<(string, DispositifDetails)>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records.Skip(1))
        {
            string Cell(int i) => i < record.Fields.Count ? record.Fields[i].Trim() : "";
            void Error(string column, string message) => errors.Add(new ImportError(record.LineNumber, column, message));
            if (record.Fields.Count != Columns.Length)
            {
                Error("code", $"{record.Fields.Count} champs au lieu de {Columns.Length}.");
                continue;
            }

            var code = Cell(0);
            if (code.Length == 0 || !code.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') || !codes.Add(code))
            {
                Error("code", $"« {code} » : un code en minuscules, chiffres et tirets, unique, est attendu.");
            }

            if (Cell(1).Length == 0)
            {
                Error("nom", "nom obligatoire.");
            }

            DispositifNature? nature = Cell(2) switch { "programme" => DispositifNature.Programme, "label" => DispositifNature.Label, _ => null };
            if (nature is null)
            {
                Error("nature", $"« {Cell(2)} » : programme ou label attendu.");
            }

            var sources = OfferCsv.SplitList(Cell(5));
            if (sources.Count == 0 || sources.Any(s => !OfferCsv.IsHttpUrl(s) || SourceRules.IsContentFarm(s)))
            {
                Error("sources", "au moins une adresse web de source, sur le site d'origine (pas une copie), est attendue.");
            }

            SourceDate? date = null;
            if (Cell(6).Length > 0)
            {
                if (SourceDate.TryParse(Cell(6), out var parsed))
                {
                    date = parsed;
                }
                else
                {
                    Error("date_source", $"« {Cell(6)} » : AAAA, AAAA-MM ou AAAA-MM-JJ attendu.");
                }
            }

            var website = Cell(4).Length == 0 ? null : OfferCsv.NormalizeWebsite(Cell(4));
            if (Cell(4).Length > 0 && website is null)
            {
                Error("site_web", $"« {Cell(4)} » n'est pas une adresse web.");
            }

            if (nature is { } n)
            {
                rows.Add((code, new DispositifDetails(Cell(1), n, Cell(3), website, sources, date)));
            }
        }

        return rows;
    }
}
