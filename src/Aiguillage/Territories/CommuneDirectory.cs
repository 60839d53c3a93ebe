using System.Collections.Frozen;

namespace Aiguillage.Territories;

public sealed record CommuneEntry(
    string Code,
    string Name,
    string DepartementCode,
    string DepartementName,
    string RegionCode,
    string RegionName,
    string? EpciCode,
    long Population,
    IReadOnlyList<string> PostalCodes)
{
    public CommuneLocation Location => new(Code, DepartementCode, RegionCode, EpciCode);
}

/// <summary>Every current commune in memory, by INSEE code, former or arrondissement code, and postal code.</summary>
public sealed class CommuneDirectory
{
    private readonly FrozenDictionary<string, CommuneEntry> _byCode;
    private readonly FrozenDictionary<string, string> _aliases;
    private readonly FrozenDictionary<string, CommuneEntry[]> _byPostalCode;

    private readonly FrozenDictionary<string, CommuneEntry[]> _byEpci;
    private readonly FrozenDictionary<string, CommuneEntry[]> _byDepartement;

    public CommuneDirectory(IEnumerable<CommuneEntry> communes, IEnumerable<KeyValuePair<string, string>> aliases)
    {
        var list = communes.ToList();
        // The annuaire lists a département's or an EPCI's communes on every visit: grouped once per catalogue.
        _byEpci = list.Where(c => c.EpciCode != null).GroupBy(c => c.EpciCode!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _byDepartement = list.GroupBy(c => c.DepartementCode, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _byCode = list.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        _aliases = aliases.Where(a => _byCode.ContainsKey(a.Value)).ToFrozenDictionary(StringComparer.Ordinal);
        _byPostalCode = list
            .SelectMany(c => c.PostalCodes.Select(p => (PostalCode: p, Commune: c)))
            .GroupBy(x => x.PostalCode, StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.Select(x => x.Commune).OrderByDescending(c => c.Population).ThenBy(c => c.Code, StringComparer.Ordinal).ToArray(),
                StringComparer.Ordinal);
    }

    public static CommuneDirectory Empty { get; } = new([], []);

    public int Count => _byCode.Count;

    /// <summary>The member communes of an EPCI (SIREN); empty when unknown.</summary>
    public IReadOnlyList<CommuneEntry> InEpci(string epciCode) => _byEpci.GetValueOrDefault(epciCode) ?? [];

    /// <summary>The communes of a département; empty when unknown.</summary>
    public IReadOnlyList<CommuneEntry> InDepartement(string departementCode) => _byDepartement.GetValueOrDefault(departementCode) ?? [];

    /// <summary>The current commune of an INSEE code, an arrondissement or a former code; null if unknown.</summary>
    public CommuneEntry? Find(string code)
    {
        var key = code.Trim().ToUpperInvariant();
        return _byCode.GetValueOrDefault(key) ?? (_aliases.TryGetValue(key, out var target) ? _byCode[target] : null);
    }

    /// <summary>The communes served by a postal code, most populated first.</summary>
    public IReadOnlyList<CommuneEntry> ByPostalCode(string postalCode) =>
        _byPostalCode.TryGetValue(postalCode.Trim(), out var communes) ? communes : [];
}
