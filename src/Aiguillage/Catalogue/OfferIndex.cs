using System.Collections.Frozen;
using Aiguillage.Territories;

namespace Aiguillage.Catalogue;

/// <summary>
/// The visible offers of a snapshot, indexed by the zone keys they cover, so that one commune's candidates
/// are the union of five look-ups (country, région, département, EPCI, commune) instead of a scan.
/// Rebuilt when the catalogue changes (see OfferIndexProvider); never touched by a request.
/// </summary>
public sealed class OfferIndex
{
    private readonly FrozenDictionary<string, int[]> _byZone;
    private readonly FrozenDictionary<string, int[]> _byRegion;

    /// <summary>Builds the snapshot; regionOf tells the région of a département, EPCI or commune zone (for alternatives "dans votre région").</summary>
    public OfferIndex(IEnumerable<CatalogueOffer> offers, TerritoryNames names, Func<CoverageZone, string?>? regionOf = null)
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
        EvidenceDays = new int[Offers.Count];
        _positions = Offers.Select((o, i) => KeyValuePair.Create(o.Id, i)).ToFrozenDictionary();
        for (var i = 0; i < Offers.Count; i++)
        {
            var offer = Offers[i];
            StageMasks[i] = Mask(_stageBits, offer.Stages);
            PublicMasks[i] = Mask(_publicBits, offer.Publics);
            NeedMasks[i] = Mask(_needBits, offer.Needs);
            EvidenceDays[i] = offer.EvidenceDay?.DayNumber ?? NoEvidence;
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

    /// <summary>In <see cref="EvidenceDays"/>: the offer's source gives no date and nobody verified it.</summary>
    public const int NoEvidence = int.MinValue;

    /// <summary>Per offer position: the day number of its newest evidence (verification or source date), or <see cref="NoEvidence"/>.</summary>
    public int[] EvidenceDays { get; }

    /// <summary>Per offer position: one bit per stage it accepts (bits given in order of first appearance).</summary>
    public ulong[] StageMasks { get; }

    /// <summary>Per offer position: one bit per public it is reserved to; 0 when it declares no restriction.</summary>
    public ulong[] PublicMasks { get; }

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
    public IEnumerable<CatalogueOffer> InRegionNotCovering(CommuneLocation commune) =>
        _byRegion.TryGetValue(commune.RegionCode, out var positions)
            ? positions.Select(p => Offers[p]).Where(o => !o.Zones.Any(z => z.Contains(commune)))
            : [];

    public IReadOnlyList<CatalogueOffer> Offers { get; }

    public TerritoryNames Names { get; }

    public static OfferIndex Empty { get; } = new([], TerritoryNames.Empty);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Lazy<object>> _derived = new();

    /// <summary>What the engine derives from the index (its fixed scores), computed once per index.</summary>
    public T Derived<T>(Func<OfferIndex, T> build)
        where T : class =>
        (T)_derived.GetOrAdd(typeof(T), _ => new Lazy<object>(() => build(this), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

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
