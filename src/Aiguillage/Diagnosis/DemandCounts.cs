using Aiguillage.Orientation;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Diagnosis;

/// <summary>
/// Orientation requests as the diagnosis and the baromètre read them: counted by the database, one row per étape,
/// combination of needs as asked and met or unmet (ADR 014, suite), so that a million requests never leave it.
/// </summary>
public static class DemandCounts
{
    public static async Task<IReadOnlyList<DemandRow>> OfAsync(IQueryable<OrientationRequest> requests, CancellationToken cancellationToken)
    {
        var groups = await requests
            .GroupBy(r => new { r.Stage, r.Needs, Unmet = r.ResultCount < DiagnosisRules.UnmetBelow })
            .Select(g => new { g.Key.Stage, g.Key.Needs, g.Key.Unmet, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return groups.Select(g => new DemandRow(g.Stage, g.Needs, g.Unmet, g.Count)).ToList();
    }

    /// <summary>Requests and unmet requests for each term, most asked first; a request naming two needs counts for both.</summary>
    public static IReadOnlyList<DemandLine> ByNeed(IReadOnlyList<DemandRow> rows, IEnumerable<(string Code, string Label)> needs) =>
        Lines(rows, needs, (r, code) => r.Needs.Contains(code))
            .OrderByDescending(l => l.Requests).ThenBy(l => l.Code, StringComparer.Ordinal).ToList();

    /// <summary>Requests and unmet requests for each étape, in the order of the référentiel.</summary>
    public static IReadOnlyList<DemandLine> ByStage(IReadOnlyList<DemandRow> rows, IEnumerable<(string Code, string Label)> stages) =>
        Lines(rows, stages, (r, code) => r.Stage == code).ToList();

    private static IEnumerable<DemandLine> Lines(IReadOnlyList<DemandRow> rows, IEnumerable<(string Code, string Label)> terms, Func<DemandRow, string, bool> asks) =>
        terms.Select(t =>
        {
            var asking = rows.Where(r => asks(r, t.Code)).ToList();
            return new DemandLine(t.Code, t.Label, asking.Sum(r => r.Count), asking.Where(r => r.Unmet).Sum(r => r.Count));
        });
}
