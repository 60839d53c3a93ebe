using Aiguillage.Catalogue;
using Aiguillage.Data;
using Aiguillage.Referrals;
using Aiguillage.Territories;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Diagnosis;

/// <summary>A diagnosis that could not be made: which parameter, and why, in French.</summary>
public sealed record DiagnosisProblem(string Parameter, string Message);

/// <summary>
/// The diagnosis of a région, a département or an EPCI over a period (12 months to today by default): reads the published
/// catalogue, the communes' surfaces, the orientation requests recorded from the territory and the redirections of
/// mises en relation, then lets <see cref="Diagnostician"/> compute. The requests are filtered and projected by the database.
/// </summary>
public sealed class DiagnoseTerritory(AppDbContext db, CatalogueProvider catalogue, Comparisons comparisons, Pathways.ReadChains chains)
{
    public const int MaxPeriodDays = 3 * 366;

    /// <summary>The period's bounds as typed (AAAA-MM-JJ, empty for the default); the problem names the parameter at fault.</summary>
    public async Task<(TerritoryDiagnosis? Diagnosis, DiagnosisProblem? Problem)> HandleAsync(
        string level, string code, string? from, string? to, CancellationToken cancellationToken)
    {
        DateOnly? start = null, end = null;
        foreach (var (parameter, text) in new[] { ("depuis", from), ("jusqua", to) })
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
            {
                return (null, new DiagnosisProblem(parameter, $"« {text} » n'est pas une date au format AAAA-MM-JJ."));
            }

            if (parameter == "depuis")
            {
                start = day;
            }
            else
            {
                end = day;
            }
        }

        return await HandleAsync(level, code, start, end, cancellationToken);
    }

    public async Task<(TerritoryDiagnosis? Diagnosis, DiagnosisProblem? Problem)> HandleAsync(
        string level, string code, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        if (!TerritoryLevels.TryParse(level, out var parsed) || parsed is not (TerritoryLevel.Region or TerritoryLevel.Departement or TerritoryLevel.Epci))
        {
            return (null, new DiagnosisProblem("niveau", $"« {level} » n'est pas un niveau de diagnostic ; niveaux possibles : region, departement, epci."));
        }

        var snapshot = await catalogue.GetAsync(cancellationToken);
        var end = to ?? snapshot.Day;
        var start = from ?? end.AddMonths(-12).AddDays(1);
        if (start > end)
        {
            return (null, new DiagnosisProblem("depuis", "la date de début doit précéder la date de fin (format AAAA-MM-JJ)."));
        }

        if (end.DayNumber - start.DayNumber > MaxPeriodDays)
        {
            return (null, new DiagnosisProblem("depuis", "la période est limitée à trois ans."));
        }

        var communes = Diagnostician.CommunesOf(snapshot, parsed, code);
        if (communes.Count == 0)
        {
            return (null, new DiagnosisProblem("code", $"« {code} » n'est pas un code de {parsed.ToLabel()} connu."));
        }

        var requests = db.OrientationRequests.AsNoTracking().Where(r => r.Day >= start && r.Day <= end);
        requests = parsed switch
        {
            TerritoryLevel.Region => requests.Where(r => r.RegionCode == code),
            TerritoryLevel.Departement => requests.Where(r => r.DepartementCode == code),
            _ => requests.Where(r => communes.Select(c => c.Code).Contains(r.CommuneCode)),
        };
        var demand = await DemandCounts.OfAsync(requests, cancellationToken);

        var startUtc = start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var endUtc = end.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var redirects = await db.Set<ReferralEvent>().AsNoTracking()
            .Where(e => e.Kind == ReferralEventKind.Redirected && e.TargetStructureId != null && e.AtUtc >= startUtc && e.AtUtc < endUtc)
            .Select(e => new RedirectRow(e.StructureId, e.TargetStructureId!.Value))
            .ToListAsync(cancellationToken);

        // Response times: the requests with an event in the period, through the dashboard's rule (ReferralStatistics.FirstAnswers).
        var answered = await db.Referrals.AsNoTracking().Include(r => r.Events)
            .Where(r => r.Events.Any(e => e.AtUtc >= startUtc && e.AtUtc < endUtc)).ToListAsync(cancellationToken);
        var answers = answered.SelectMany(ReferralStatistics.FirstAnswers).ToList();
        var surfaces = TerritoryCoordinates.Embedded.Surfaces;
        var diagnosis = Diagnostician.Diagnose(snapshot, parsed, code, surfaces, start, end, demand, redirects, TerritoryCoordinates.Embedded.Communes, answers);
        if (diagnosis is null)
        {
            return (null, null);
        }

        var published = await chains.ForTerritoryAsync(parsed, code, cancellationToken);
        return (diagnosis with
        {
            Comparison = comparisons.Compare(snapshot, parsed, code, surfaces),
            Findings = [.. diagnosis.Findings, .. Findings.OfChains(diagnosis, published)],
        }, null);
    }
}
