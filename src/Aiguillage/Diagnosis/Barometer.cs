using Aiguillage.Catalogue;
using Aiguillage.Data;
using Aiguillage.Referrals;
using Aiguillage.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Diagnosis;

public sealed record RegionFigures(string Code, string Name, int Structures, int OffersOfItsStructures, int OffersAvailable);

public sealed record MonthFigures(int Year, int Month, int Requests, int Unmet, IReadOnlyDictionary<string, int> ByStage);

public sealed record ReferralFigures(int Requests, IReadOnlyList<(string Status, int Count)> ByStatus, TimeSpan? MedianFirstAnswer, int Answers);

/// <summary>The public statistics: what the catalogue holds by région, the orientations of the last 12 months, the mises en relation.</summary>
public sealed record BarometerFigures(
    DateOnly Day,
    DateOnly From,
    IReadOnlyList<RegionFigures> Regions,
    IReadOnlyList<(string Code, string Label)> Stages,
    IReadOnlyList<MonthFigures> Months,
    IReadOnlyList<DemandLine> Needs,
    ReferralFigures Referrals);

/// <summary>
/// The baromètre: public figures with the date of the data. Structures are counted in the région they are based in
/// (CatalogueRules.HomeOf), offers where they are available; orientations are counted by the database per month and
/// stage; response times follow ReferralStatistics.FirstAnswers, the dashboard's rule.
/// </summary>
public sealed class Barometer(AppDbContext db, CatalogueProvider catalogue)
{
    public async Task<BarometerFigures> HandleAsync(CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken);
        var from = new DateOnly(snapshot.Day.Year, snapshot.Day.Month, 1).AddMonths(-11);
        var homes = snapshot.Structures.Select(s => (Structure: s, Region: CatalogueRules.HomeOf(snapshot, s).Region)).ToList();
        var regions = snapshot.Regions.OrderBy(r => r.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), true)).Select(r =>
        {
            var based = homes.Where(h => h.Region == r.Code).Select(h => h.Structure).ToList();
            return new RegionFigures(r.Code, r.Name, based.Count, based.Sum(s => s.OfferIds.Count),
                snapshot.Offers.Count(o => CatalogueRules.IsAvailableIn(o.Footprint, Territories.TerritoryLevel.Region, r.Code)));
        }).ToList();

        var counted = await db.OrientationRequests.AsNoTracking().Where(r => r.Day >= from)
            .GroupBy(r => new { r.Day.Year, r.Day.Month, r.Stage, Unmet = r.ResultCount < DiagnosisRules.UnmetBelow })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Stage, g.Key.Unmet, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var months = Enumerable.Range(0, 12).Select(i => from.AddMonths(i)).Select(m =>
        {
            var rows = counted.Where(c => c.Year == m.Year && c.Month == m.Month).ToList();
            return new MonthFigures(m.Year, m.Month, rows.Sum(r => r.Count), rows.Where(r => r.Unmet).Sum(r => r.Count),
                rows.GroupBy(r => r.Stage).ToDictionary(g => g.Key, g => g.Sum(r => r.Count)));
        }).ToList();

        var demand = await DemandCounts.OfAsync(db.OrientationRequests.AsNoTracking().Where(r => r.Day >= from), cancellationToken);
        var needs = DemandCounts.ByNeed(demand, snapshot.Taxonomy.Terms(TaxonomyKind.Need).Select(t => (t.Code, t.Label)));

        var referrals = await db.Referrals.AsNoTracking().Include(r => r.Events).ToListAsync(cancellationToken);
        var delays = referrals.SelectMany(ReferralStatistics.FirstAnswers).Select(a => a.Delay).ToList();
        var referralFigures = new ReferralFigures(
            referrals.Count,
            referrals.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => (ReferralRules.Label(g.Key), g.Count())).ToList(),
            ReferralStatistics.Median(delays),
            delays.Count);

        return new BarometerFigures(snapshot.Day, from, regions, snapshot.Taxonomy.Terms(TaxonomyKind.Stage).Select(t => (t.Code, t.Label)).ToList(), months, needs, referralFigures);
    }
}
