using Aiguillage.Referrals;

namespace Aiguillage.Accounts;

/// <summary>The dashboard as CSV for spreadsheets set to French: semicolons, decimal commas, one row per structure.</summary>
public static class DashboardCsv
{
    public static readonly string[] Columns =
        ["structure", "recues", "en_attente", "prises_en_charge", "refusees", "reorientees_vers_autres", "recues_par_reorientation", "expirees", "delai_median_premiere_reponse_heures"];

    public static string Write(IEnumerable<(string StructureName, StructureReferralStats Stats)> rows) =>
        Imports.SpreadsheetCsv.Write(Columns, rows.Select(r => (IEnumerable<object?>)
        [
            r.StructureName, r.Stats.Received, r.Stats.Open, r.Stats.Accepted, r.Stats.Declined, r.Stats.RedirectedOut, r.Stats.RedirectedIn, r.Stats.Expired,
            r.Stats.MedianFirstAnswer is { } m ? Math.Round(m.TotalHours, 1) : null,
        ]));
}
