using System.Globalization;
using Aiguillage.Catalogue;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;

namespace Aiguillage.Diagnosis;

/// <summary>Orientation requests of one étape and one combination of needs, met or unmet (fewer than 3 results), and how many.</summary>
public sealed record DemandRow(string Stage, IReadOnlyList<string> Needs, bool Unmet, int Count);

/// <summary>One redirection of a mise en relation, from a structure to another.</summary>
public sealed record RedirectRow(int FromStructureId, int ToStructureId);

/// <summary>
/// Computes a territory's diagnosis from the published catalogue, the communes' surfaces, the recorded demand and the
/// redirections: pure, so that it is tested on a hand-built catalogue with known answers (DiagnoseTerritory loads the data).
/// </summary>
public static class Diagnostician
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static TerritoryDiagnosis? Diagnose(
        CatalogueSnapshot catalogue,
        TerritoryLevel level,
        string code,
        IReadOnlyDictionary<string, double> surfaces,
        DateOnly from,
        DateOnly to,
        IReadOnlyList<DemandRow> demand,
        IReadOnlyList<RedirectRow> redirects,
        IReadOnlyDictionary<string, GeoPoint>? points = null,
        IReadOnlyList<(int StructureId, TimeSpan Delay)>? answers = null)
    {
        var name = level switch
        {
            TerritoryLevel.Region => catalogue.Region(code)?.Name,
            TerritoryLevel.Departement => catalogue.Departement(code)?.Name,
            TerritoryLevel.Epci => catalogue.Names.Epcis.GetValueOrDefault(code),
            _ => null,
        };
        var available = CatalogueRules.AvailableIn(catalogue, level, code);
        var communes = CommunesOf(catalogue, level, code);
        if (name is null || available is null || communes.Count == 0)
        {
            return null;
        }

        var stages = catalogue.Taxonomy.Terms(TaxonomyKind.Stage).Select(t => (t.Code, t.Label)).ToList();
        var needs = catalogue.Taxonomy.Terms(TaxonomyKind.Need).Select(t => (t.Code, t.Label)).ToList();
        var offers = catalogue.Offers.Where(available).Select(o => (Offer: o, Scale: DiagnosisRules.ScaleOf(o.Zones))).ToList();

        var matrix = new List<CoverageCell>();
        foreach (var (stage, _) in stages)
        {
            foreach (var need in needs.Select(n => (string?)n.Code).Prepend(null))
            {
                var matching = offers.Where(x => CatalogueRules.ServesStage(x.Offer.Stages, stage) && (need is null || CatalogueRules.CoversNeed(x.Offer.Needs, need))).ToList();
                matrix.Add(new CoverageCell(stage, need,
                    matching.Count(x => x.Scale == OfferScale.Local), matching.Count(x => x.Scale == OfferScale.Regional), matching.Count(x => x.Scale == OfferScale.National)));
            }
        }

        var bands = communes.ToDictionary(c => c.Code, c => DiagnosisRules.BandOf(c.Population, surfaces.TryGetValue(c.Code, out var s) ? s : null), StringComparer.Ordinal);
        var territorial = offers.Where(x => x.Scale != OfferScale.National).ToList();
        var stageCoverage = stages.Select(s =>
        {
            var coverage = Coverage(s.Code, s.Label, communes, bands, territorial);
            return points is null ? coverage : WithDistances(coverage, catalogue, communes, points, territorial);
        }).ToList();

        var visibility = VisibilityOf(catalogue, territorial.Select(x => x.Offer).ToList());
        var demandSummary = DemandOf(from, to, demand, stages, needs);
        bool Inside(int structureId) => catalogue.Structure(structureId) is { } s && CatalogueRules.IsBasedIn(catalogue, s, level, code);
        var handovers = HandoversOf(catalogue, redirects, Inside);
        var delays = (answers ?? []).Where(a => Inside(a.StructureId)).Select(a => a.Delay).ToList();
        var rural = communes.Where(c => DiagnosisRules.IsRural(bands[c.Code])).ToList();
        var diagnosis = new TerritoryDiagnosis(
            level, code, name, communes.Sum(c => c.Population), communes.Count, rural.Count, rural.Sum(c => c.Population),
            stages, needs, matrix, stageCoverage, visibility, demandSummary, handovers, [],
            Responses: new ResponseTimes(delays.Count, Referrals.ReferralStatistics.Median(delays)));
        return diagnosis with { Findings = Findings.Of(diagnosis, catalogue, territorial.Select(x => x.Offer).ToList()) };
    }

    /// <summary>The communes of a région, a département or an EPCI, from the official territories of the snapshot.</summary>
    public static IReadOnlyList<CommuneEntry> CommunesOf(CatalogueSnapshot catalogue, TerritoryLevel level, string code) => level switch
    {
        TerritoryLevel.Region => catalogue.Departements.Where(d => d.RegionCode == code).SelectMany(d => catalogue.Communes.InDepartement(d.Code)).ToList(),
        TerritoryLevel.Departement => catalogue.Communes.InDepartement(code),
        TerritoryLevel.Epci => catalogue.Communes.InEpci(code),
        _ => [],
    };

    private static StageCoverage Coverage(
        string stage, string label, IReadOnlyList<CommuneEntry> communes, Dictionary<string, DensityBand> bands, List<(CatalogueOffer Offer, OfferScale Scale)> territorial)
    {
        var covered = CatalogueRules.AvailableWhereAnyOf(territorial.Where(x => CatalogueRules.ServesStage(x.Offer.Stages, stage)).Select(x => x.Offer));
        var white = communes.Where(c => !covered(c.Location)).ToList();
        var whiteCodes = white.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        double Share(Func<CommuneEntry, bool> which)
        {
            var population = communes.Where(which).Sum(c => c.Population);
            return population == 0 ? 0 : (double)communes.Where(which).Where(c => !whiteCodes.Contains(c.Code)).Sum(c => c.Population) / population;
        }

        return new StageCoverage(
            stage, label, white.Count, white.Sum(c => c.Population), white.Where(c => DiagnosisRules.IsRural(bands[c.Code])).Sum(c => c.Population),
            Share(c => DiagnosisRules.IsRural(bands[c.Code])), Share(c => bands[c.Code] is DensityBand.Dense or DensityBand.Intermediate),
            white.OrderByDescending(c => c.Population).ThenBy(c => c.Code, StringComparer.Ordinal).Take(15)
                .Select(c => new WhiteCommune(c.Code, c.Name, c.Population, bands[c.Code])).ToList());
    }

    private static StageCoverage WithDistances(
        StageCoverage coverage, CatalogueSnapshot catalogue, IReadOnlyList<CommuneEntry> communes, IReadOnlyDictionary<string, GeoPoint> points, List<(CatalogueOffer Offer, OfferScale Scale)> territorial)
    {
        // Where local offers of the stage are delivered: their structures, when placed at a commune or an address inside a
        // département the offer covers (a DLA of the Creuse carried by a national body in Paris is not delivered in Paris).
        var places = territorial.Where(x => x.Scale == OfferScale.Local && CatalogueRules.ServesStage(x.Offer.Stages, coverage.Stage))
            .Select(x => (x.Offer, Structure: catalogue.Structure(x.Offer.View.Structure.Id)))
            .Where(x => x.Structure is { Location: { IsApproximate: false, Point: not null } }
                && CatalogueRules.HomeOf(catalogue, x.Structure).Departement is { } home && x.Offer.Footprint.Departements.Contains(home))
            .Select(x => x.Structure!.Location.Point!.Value).Distinct();
        var byLatitude = DiagnosisRules.ByLatitude(places);
        if (byLatitude.Count == 0)
        {
            return coverage;
        }

        var distances = communes.Where(c => points.ContainsKey(c.Code))
            .Select(c => (c.Population, Km: DiagnosisRules.NearestKm(points[c.Code], byLatitude)!.Value))
            .OrderBy(x => x.Km).ToList();
        var total = distances.Sum(x => x.Population);
        if (total == 0)
        {
            return coverage;
        }

        long running = 0;
        var median = distances.First(x => (running += x.Population) * 2 >= total).Km;
        return coverage with { MedianDistanceKm = Math.Round(median, 1), FarPopulation = distances.Where(x => x.Km > DiagnosisRules.FarKm).Sum(x => x.Population) };
    }

    private static Visibility VisibilityOf(CatalogueSnapshot catalogue, List<CatalogueOffer> offers)
    {
        bool Recent(CatalogueOffer o) => Evidence.State(o.View.LastVerifiedOn, o.View.SourceDate, catalogue.Day) != EvidenceState.ToConfirm;
        var stale = offers.Where(o => !Recent(o))
            .OrderBy(o => o.View.Structure.Name, StringComparer.Create(French, true)).ThenBy(o => o.Title, StringComparer.Ordinal)
            .Select(o => new StaleOffer(o.Id, o.Title, o.View.Structure.Name, Evidence.Sentence(o.View.LastVerifiedOn, o.View.SourceDate, catalogue.Day)))
            .ToList();
        return new Visibility(
            offers.Count,
            offers.Count(o => o.View.ApplicationUrl is not null || o.View.Structure.Website is not null),
            offers.Count(o => o.View.ContactEmail is not null || o.View.ContactPhone is not null
                || catalogue.Structure(o.View.Structure.Id) is { } s && (s.Email is not null || s.Phone is not null)),
            offers.Count(Recent),
            stale);
    }

    private static Demand DemandOf(DateOnly from, DateOnly to, IReadOnlyList<DemandRow> rows, List<(string Code, string Label)> stages, List<(string Code, string Label)> needs) =>
        new(from, to, rows.Sum(r => r.Count), rows.Where(r => r.Unmet).Sum(r => r.Count), DemandCounts.ByStage(rows, stages), DemandCounts.ByNeed(rows, needs));

    private static List<Handover> HandoversOf(CatalogueSnapshot catalogue, IReadOnlyList<RedirectRow> redirects, Func<int, bool> Inside)
    {
        string Name(int id) => catalogue.Structure(id)?.Name ?? $"structure n° {id}";
        return redirects.Where(r => Inside(r.FromStructureId) || Inside(r.ToStructureId))
            .GroupBy(r => (r.FromStructureId, r.ToStructureId))
            .Select(g => new Handover(g.Key.FromStructureId, Name(g.Key.FromStructureId), g.Key.ToStructureId, Name(g.Key.ToStructureId), g.Count()))
            .OrderByDescending(h => h.Count).ThenBy(h => h.FromStructure, StringComparer.Ordinal).ToList();
    }
}
