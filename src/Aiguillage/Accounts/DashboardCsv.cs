using System.Globalization;
using Aiguillage.Referrals;
using Library = CsvHelper;

namespace Aiguillage.Accounts;

/// <summary>The dashboard as CSV for spreadsheets set to French: semicolons, decimal commas, one row per structure.</summary>
public static class DashboardCsv
{
    public static readonly string[] Columns =
        ["structure", "recues", "en_attente", "prises_en_charge", "refusees", "reorientees_vers_autres", "recues_par_reorientation", "expirees", "delai_median_premiere_reponse_heures"];

    public static string Write(IEnumerable<(string StructureName, StructureReferralStats Stats)> rows)
    {
        var french = CultureInfo.GetCultureInfo("fr-FR");
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = Library.CsvWriter.Create(text, Library.CsvWriterOptions.Default with { Separator = ';' }, true))
        {
            csv.WriteRecord(Columns);
            foreach (var (name, s) in rows)
            {
                csv.WriteRecord([
                    name, N(s.Received), N(s.Open), N(s.Accepted), N(s.Declined), N(s.RedirectedOut), N(s.RedirectedIn), N(s.Expired),
                    s.MedianFirstAnswer is { } m ? Math.Round(m.TotalHours, 1).ToString(french) : ""]);
            }
        }

        return text.ToString();
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
