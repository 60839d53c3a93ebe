using System.Collections.Frozen;
using Aiguillage.Offers;
using Aiguillage.Territories;

namespace Aiguillage.Orientation;

/// <summary>
/// What the engine knows of one published offer: the view shown to people (zones already named) and the facts matching
/// reads, kept as direct fields for speed.
/// </summary>
public sealed record IndexedOffer(OfferView View, bool IsEssSpecialist, IReadOnlyList<CoverageZone> Zones)
{
    public int Id => View.Id;

    public string Title => View.Title;

    public IReadOnlyList<string> Stages => View.Stages;

    public IReadOnlyList<string> Needs => View.Needs;

    public IReadOnlyList<string> Publics => View.Publics;

    public IReadOnlyList<string> Types => View.Types;

    public string? Cost => View.Cost;

    public DateOnly LastVerifiedOn => View.LastVerifiedOn;

    public DateOnly? EndsOn => View.EndsOn;

    /// <summary>Folded words of the title, description and structure, for the optional free text.</summary>
    public string SearchText { get; } = Territories.SearchText.Normalize(View.Title + " " + View.Description + " " + View.Structure.Name);
}

/// <summary>The names the explanations need: départements, régions, EPCI, communes.</summary>
public sealed record TerritoryNames(
    FrozenDictionary<string, string> Regions,
    FrozenDictionary<string, string> Departements,
    FrozenDictionary<string, string> DepartementPhrases,
    FrozenDictionary<string, string> Epcis,
    FrozenDictionary<string, string> Communes)
{
    public static TerritoryNames Empty { get; } = new(
        FrozenDictionary<string, string>.Empty, FrozenDictionary<string, string>.Empty, FrozenDictionary<string, string>.Empty,
        FrozenDictionary<string, string>.Empty, FrozenDictionary<string, string>.Empty);

    /// <summary>"de la Creuse (23)".</summary>
    public string DepartementWithPreposition(string code) =>
        DepartementPhrases.TryGetValue(code, out var phrase) ? $"{phrase} ({code})" : code;

    public string Name(CoverageZone zone) => zone.Level switch
    {
        TerritoryLevel.Pays => "France",
        TerritoryLevel.Region => Regions.GetValueOrDefault(zone.Code, zone.Code),
        TerritoryLevel.Departement => Departements.GetValueOrDefault(zone.Code, zone.Code),
        TerritoryLevel.Epci => Epcis.GetValueOrDefault(zone.Code, zone.Code),
        TerritoryLevel.Commune => Communes.GetValueOrDefault(zone.Code, zone.Code),
        _ => zone.Code,
    };
}

/// <summary>
/// An immutable snapshot of the published offers, indexed by the zone keys they cover, so that one commune's candidates
/// are the union of five look-ups (country, région, département, EPCI, commune) instead of a scan.
/// Rebuilt when the catalogue changes (see OrientationIndexProvider); never touched by a request.
/// </summary>
public sealed class OrientationIndex
{
    private readonly FrozenDictionary<string, int[]> _byZone;
    private readonly FrozenDictionary<string, int[]> _byRegion;

    /// <summary>Builds the snapshot; regionOf tells the région of a département, EPCI or commune zone (for alternatives "dans votre région").</summary>
    public OrientationIndex(IEnumerable<IndexedOffer> offers, TerritoryNames names, Func<CoverageZone, string?>? regionOf = null)
    {
        Offers = offers.OrderBy(o => o.Id).ToArray();
        Names = names;
        var byZone = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < Offers.Count; i++)
        {
            foreach (var zone in Offers[i].Zones)
            {
                var key = zone.ToString();
                if (!byZone.TryGetValue(key, out var list))
                {
                    byZone[key] = list = [];
                }

                list.Add(i);
            }
        }

        _byZone = byZone.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);

        // Eligibility reads these flat arrays, not the offer objects: at 100k offers a commune has some 12k candidates
        // scattered over 100 MB, and following their pointers cost more than the matching itself.
        StageMasks = new ulong[Offers.Count];
        PublicMasks = new ulong[Offers.Count];
        NeedMasks = new ulong[Offers.Count];
        EndDays = new int[Offers.Count];
        VerifiedDays = new int[Offers.Count];
        FixedScores = new double[Offers.Count];
        _positions = Offers.Select((o, i) => KeyValuePair.Create(o.Id, i)).ToFrozenDictionary();
        for (var i = 0; i < Offers.Count; i++)
        {
            var offer = Offers[i];
            StageMasks[i] = Mask(_stageBits, offer.Stages);
            PublicMasks[i] = Mask(_publicBits, offer.Publics);
            NeedMasks[i] = Mask(_needBits, offer.Needs);
            EndDays[i] = offer.EndsOn?.DayNumber ?? int.MaxValue;
            VerifiedDays[i] = offer.LastVerifiedOn.DayNumber;
            FixedScores[i] = MatchOffers.FixedScore(offer);
        }

        var byRegion = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < Offers.Count; i++)
        {
            var regions = Offers[i].Zones
                .Where(z => z.Level is TerritoryLevel.Departement or TerritoryLevel.Epci or TerritoryLevel.Commune)
                .Select(z => regionOf?.Invoke(z))
                .OfType<string>()
                .Distinct(StringComparer.Ordinal);
            foreach (var region in regions)
            {
                if (!byRegion.TryGetValue(region, out var list))
                {
                    byRegion[region] = list = [];
                }

                list.Add(i);
            }
        }

        _byRegion = byRegion.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    private readonly Dictionary<string, int> _stageBits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _publicBits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _needBits = new(StringComparer.Ordinal);
    private readonly FrozenDictionary<int, int> _positions;

    /// <summary>The position of an offer of the index, by id.</summary>
    public int PositionOf(int id) => _positions[id];

    /// <summary>Per offer position: one bit per need it covers.</summary>
    public ulong[] NeedMasks { get; }

    /// <summary>Per offer position: the day number of its last verification.</summary>
    public int[] VerifiedDays { get; }

    /// <summary>Per offer position: the part of its score that does not depend on the profile (specialisation, cost).</summary>
    public double[] FixedScores { get; }

    /// <summary>Per offer position: one bit per stage it accepts (bits given in order of first appearance).</summary>
    public ulong[] StageMasks { get; }

    /// <summary>Per offer position: one bit per public it is reserved to; 0 when it declares no restriction.</summary>
    public ulong[] PublicMasks { get; }

    /// <summary>Per offer position: the day number of its end date, int.MaxValue when it has none.</summary>
    public int[] EndDays { get; }

    /// <summary>The bit of a stage in StageMasks; 0 when no offer of the index accepts it.</summary>
    public ulong StageBit(string stage) => _stageBits.TryGetValue(stage, out var bit) ? 1UL << bit : 0;

    /// <summary>The bits of the needs in NeedMasks; needs no offer covers add nothing.</summary>
    public ulong NeedMask(IEnumerable<string> needs) =>
        needs.Aggregate(0UL, (mask, need) => _needBits.TryGetValue(need, out var bit) ? mask | (1UL << bit) : mask);

    /// <summary>The bit of a public in PublicMasks; 0 when no offer of the index is reserved to it.</summary>
    public ulong PublicBit(string audience) => _publicBits.TryGetValue(audience, out var bit) ? 1UL << bit : 0;

    private static ulong Mask(Dictionary<string, int> bits, IReadOnlyList<string> codes)
    {
        var mask = 0UL;
        foreach (var code in codes)
        {
            if (!bits.TryGetValue(code, out var bit))
            {
                // Référentiels are short lists; past 64 codes of one kind, this layout would need a wider mask.
                bit = bits.Count < 64 ? bits.Count : throw new InvalidOperationException($"Plus de 64 codes distincts ({code}) : le masque de l'index est trop étroit.");
                bits[code] = bit;
            }

            mask |= 1UL << bit;
        }

        return mask;
    }

    /// <summary>Offers working on a part of the commune's région (département, EPCI, commune) that does not contain the commune.</summary>
    public IEnumerable<IndexedOffer> InRegionNotCovering(CommuneLocation commune) =>
        _byRegion.TryGetValue(commune.RegionCode, out var positions)
            ? positions.Select(p => Offers[p]).Where(o => !o.Zones.Any(z => z.Contains(commune)))
            : [];

    public IReadOnlyList<IndexedOffer> Offers { get; }

    public TerritoryNames Names { get; }

    public static OrientationIndex Empty { get; } = new([], TerritoryNames.Empty);

    /// <summary>
    /// The positions of every offer whose zones contain the commune, each once, with the proximity of the closest zone
    /// (commune or EPCI 4, département 3, région 2, France 1): keys are read from the most local, so the first sight wins.
    /// </summary>
    public (List<int> Positions, List<int> Proximities) CoveringPositions(CommuneLocation commune)
    {
        var seen = new HashSet<int>();
        var positions = new List<int>();
        var proximities = new List<int>();
        foreach (var (key, proximity) in KeysOf(commune))
        {
            if (_byZone.TryGetValue(key, out var found))
            {
                foreach (var position in found)
                {
                    if (seen.Add(position))
                    {
                        positions.Add(position);
                        proximities.Add(proximity);
                    }
                }
            }
        }

        return (positions, proximities);
    }

    private static IEnumerable<(string Key, int Proximity)> KeysOf(CommuneLocation commune)
    {
        yield return (new CoverageZone(TerritoryLevel.Commune, commune.CommuneCode).ToString(), 4);
        if (commune.EpciCode is not null)
        {
            yield return (new CoverageZone(TerritoryLevel.Epci, commune.EpciCode).ToString(), 4);
        }

        yield return (new CoverageZone(TerritoryLevel.Departement, commune.DepartementCode).ToString(), 3);
        yield return (new CoverageZone(TerritoryLevel.Region, commune.RegionCode).ToString(), 2);
        yield return (CoverageZone.France.ToString(), 1);
    }
}
