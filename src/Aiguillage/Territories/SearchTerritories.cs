using System.Text.RegularExpressions;
using Aiguillage.Data;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Territories;

/// <summary>
/// Finds territories by code, postal code or name (prefix of the name or of one of its words, accents and case ignored),
/// exact names first, then by population.
/// </summary>
public sealed partial class SearchTerritories(AppDbContext db)
{
    public const int MaxLimit = 200;

    public async Task<IReadOnlyList<TerritoryView>> HandleAsync(string? query, TerritoryLevel? level, int limit, CancellationToken cancellationToken = default)
    {
        limit = Math.Clamp(limit, 1, MaxLimit);
        var text = (query ?? "").Trim();
        var parents = await TerritoryParents.LoadAsync(db, cancellationToken);
        var candidates = new List<(int Rank, TerritoryView View)>();

        bool Wants(TerritoryLevel l) => level is null || level == l;

        if (text.Length == 0)
        {
            if (Wants(TerritoryLevel.Region))
            {
                candidates.AddRange(parents.Regions.Values.OrderBy(r => r.Code, StringComparer.Ordinal).Select(r => (0, parents.View(r))));
            }

            if (Wants(TerritoryLevel.Departement))
            {
                candidates.AddRange(parents.Departements.Values.OrderBy(d => DepartementOrder(d.Code)).Select(d => (0, parents.View(d))));
            }

            if (level is TerritoryLevel.Epci)
            {
                var epcis = await db.Epcis.AsNoTracking().OrderByDescending(e => e.Population).Take(limit).ToListAsync(cancellationToken);
                candidates.AddRange(epcis.Select(e => (0, EpciView(e, null))));
            }

            if (level is TerritoryLevel.Commune)
            {
                var communes = await db.Communes.AsNoTracking().Include(c => c.PostalCodes).OrderByDescending(c => c.Population).Take(limit).ToListAsync(cancellationToken);
                candidates.AddRange(communes.Select(c => (0, parents.View(c))));
            }

            return candidates.Select(c => c.View).Take(limit).ToList();
        }

        if (PostalCodePattern().IsMatch(text))
        {
            if (Wants(TerritoryLevel.Commune))
            {
                // An INSEE code first, then the communes of the postal code, then a commune that once had this code.
                var byPostalCode = await db.CommunePostalCodes.Where(p => p.PostalCode == text).Select(p => p.CommuneCode).ToListAsync(cancellationToken);
                var byFormerCode = await db.CommuneAliases.Where(a => a.Code == text).Select(a => a.CommuneCode).ToListAsync(cancellationToken);
                var codes = byPostalCode.Concat(byFormerCode).Append(text).ToList();
                var communes = await db.Communes.AsNoTracking().Include(c => c.PostalCodes).Where(c => codes.Contains(c.Code)).ToListAsync(cancellationToken);
                candidates.AddRange(communes.Select(c => (c.Code == text ? 0 : byPostalCode.Contains(c.Code) ? 1 : 2, parents.View(c))));
            }

            return Order(candidates, limit);
        }

        var upper = text.ToUpperInvariant();
        if (DepartementOrRegionCodePattern().IsMatch(upper))
        {
            if (Wants(TerritoryLevel.Departement) && parents.Departements.TryGetValue(upper, out var d))
            {
                candidates.Add((0, parents.View(d)));
            }

            if (Wants(TerritoryLevel.Region) && parents.Regions.TryGetValue(upper, out var r))
            {
                candidates.Add((0, parents.View(r)));
            }

            return Order(candidates, limit);
        }

        if (SirenPattern().IsMatch(text))
        {
            if (Wants(TerritoryLevel.Epci))
            {
                var epci = await db.Epcis.AsNoTracking().FirstOrDefaultAsync(e => e.Code == text, cancellationToken);
                if (epci is not null)
                {
                    candidates.Add((0, EpciView(epci, null)));
                }
            }

            return Order(candidates, limit);
        }

        var name = SearchText.Normalize(text);
        if (name.Length == 0)
        {
            return [];
        }

        var wordStart = " " + name;
        int RankOf(string searchName) => searchName == name ? 0 : searchName.StartsWith(name, StringComparison.Ordinal) ? 1 : 2;

        if (Wants(TerritoryLevel.Region))
        {
            candidates.AddRange(parents.Regions.Values.Where(r => Matches(r.SearchName)).Select(r => (RankOf(r.SearchName), parents.View(r))));
        }

        if (Wants(TerritoryLevel.Departement))
        {
            candidates.AddRange(parents.Departements.Values.Where(d => Matches(d.SearchName)).Select(d => (RankOf(d.SearchName), parents.View(d))));
        }

        if (Wants(TerritoryLevel.Epci))
        {
            var epcis = await db.Epcis.AsNoTracking()
                .Where(e => e.SearchName.StartsWith(name) || e.SearchName.Contains(wordStart))
                .OrderByDescending(e => e.Population).Take(limit).ToListAsync(cancellationToken);
            candidates.AddRange(epcis.Select(e => (RankOf(e.SearchName), EpciView(e, null))));
        }

        if (Wants(TerritoryLevel.Commune))
        {
            // Prefix matches first (they use the index), then matches on a later word ("etienne" → Saint-Étienne).
            var communes = await db.Communes.AsNoTracking().Include(c => c.PostalCodes)
                .Where(c => c.SearchName.StartsWith(name))
                .OrderByDescending(c => c.Population).Take(limit).ToListAsync(cancellationToken);
            if (communes.Count < limit)
            {
                communes.AddRange(await db.Communes.AsNoTracking().Include(c => c.PostalCodes)
                    .Where(c => !c.SearchName.StartsWith(name) && c.SearchName.Contains(wordStart))
                    .OrderByDescending(c => c.Population).Take(limit - communes.Count).ToListAsync(cancellationToken));
            }

            candidates.AddRange(communes.Select(c => (RankOf(c.SearchName), parents.View(c))));
        }

        return Order(candidates, limit);

        bool Matches(string searchName) => searchName.StartsWith(name, StringComparison.Ordinal) || searchName.Contains(wordStart, StringComparison.Ordinal);

        TerritoryView EpciView(Epci e, int? communeCount) =>
            new(TerritoryLevel.Epci, e.Code, e.Name, TerritoryZone.Metro, e.Population, [], null, null, null, communeCount);
    }

    private static List<TerritoryView> Order(List<(int Rank, TerritoryView View)> candidates, int limit) =>
        candidates
            .OrderBy(c => c.Rank)
            .ThenByDescending(c => c.View.Population)
            .ThenBy(c => c.View.Code, StringComparer.Ordinal)
            .Select(c => c.View)
            .Take(limit)
            .ToList();

    /// <summary>Départements in their usual order: 01…19, 2A, 2B, 21…95, then overseas.</summary>
    public static string DepartementOrder(string code) => code switch
    {
        "2A" => "20A",
        "2B" => "20B",
        _ => code.Length == 2 ? code + " " : code,
    };

    [GeneratedRegex(@"^\d{5}$")]
    private static partial Regex PostalCodePattern();

    [GeneratedRegex(@"^(\d{2}|2A|2B|\d{3})$")]
    private static partial Regex DepartementOrRegionCodePattern();

    [GeneratedRegex(@"^\d{9}$")]
    private static partial Regex SirenPattern();
}
