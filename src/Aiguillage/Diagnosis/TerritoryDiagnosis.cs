using Aiguillage.Territories;

namespace Aiguillage.Diagnosis;

/// <summary>Offers covering the territory for one stage and one need (or all needs when Need is null), by scale.</summary>
public sealed record CoverageCell(string Stage, string? Need, int Local, int Regional, int National)
{
    /// <summary>No local and no regional offer: what the territory itself lacks.</summary>
    public bool IsGap => Local + Regional == 0;
}

/// <summary>A commune of the territory with no local or regional offer for a stage.</summary>
public sealed record WhiteCommune(string Code, string Name, long Population, DensityBand Band);

/// <summary>
/// For one stage: the communes without a local or regional offer, the coverage of rural and urban people, and the distance
/// from the inhabitants to the nearest structure with a local offer (median weighted by population; people farther than
/// DiagnosisRules.FarKm). Distances are from commune points to structures placed at their commune or address in a
/// département the offer covers; both are null when no local offer of the stage is placed so.
/// </summary>
public sealed record StageCoverage(
    string Stage,
    string StageLabel,
    int WhiteCommunes,
    long WhitePopulation,
    long WhiteRuralPopulation,
    double RuralCoveredShare,
    double UrbanCoveredShare,
    IReadOnlyList<WhiteCommune> LargestWhiteCommunes,
    double? MedianDistanceKm = null,
    long? FarPopulation = null);

/// <summary>How visible the territory's offers are: with a site, a contact, recent evidence.</summary>
public sealed record Visibility(int Offers, int WithWebsite, int WithContact, int Recent, IReadOnlyList<StaleOffer> Stale);

public sealed record StaleOffer(int Id, string Title, string StructureName, string Evidence);

/// <summary>Orientation requests of the territory for a stage or a need, and how many found fewer than 3 offers.</summary>
public sealed record DemandLine(string Code, string Label, int Requests, int Unmet)
{
    public double UnmetShare => Requests == 0 ? 0 : (double)Unmet / Requests;
}

public sealed record Demand(DateOnly From, DateOnly To, int Requests, int Unmet, IReadOnlyList<DemandLine> ByStage, IReadOnlyList<DemandLine> ByNeed);

/// <summary>Requests handed from one structure to another (redirections of mises en relation).</summary>
public sealed record Handover(int FromStructureId, string FromStructure, int ToStructureId, string ToStructure, int Count);

/// <summary>How fast the structures of the territory answer mises en relation: answers counted and their median delay.</summary>
public sealed record ResponseTimes(int Answers, TimeSpan? Median);

/// <summary>A finding in plain French, with the figures behind it and the levers a collectivité can use.</summary>
public sealed record Finding(string Kind, string Sentence, IReadOnlyList<string> Figures, IReadOnlyList<string> Levers, string? ActorsLink);

/// <summary>Everything the diagnosis page and API show for one territory.</summary>
public sealed record TerritoryDiagnosis(
    TerritoryLevel Level,
    string Code,
    string Name,
    long Population,
    int Communes,
    int RuralCommunes,
    long RuralPopulation,
    IReadOnlyList<(string Code, string Label)> Stages,
    IReadOnlyList<(string Code, string Label)> Needs,
    IReadOnlyList<CoverageCell> Matrix,
    IReadOnlyList<StageCoverage> StageCoverage,
    Visibility Visibility,
    Demand Demand,
    IReadOnlyList<Handover> Handovers,
    IReadOnlyList<Finding> Findings,
    TerritoryComparison? Comparison = null,
    ResponseTimes? Responses = null)
{
    public CoverageCell Cell(string stage, string? need) => Matrix.First(c => c.Stage == stage && c.Need == need);
}
