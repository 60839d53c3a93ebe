using Aiguillage.Catalogue;
using Aiguillage.Territories;

namespace Aiguillage.Orientation;

/// <summary>What a project holder answered: where, at which stage, which needs, which legal form, free words.</summary>
public sealed record OrientationProfile(
    CommuneLocation Commune,
    string CommuneName,
    string Stage,
    IReadOnlyList<string> Needs,
    string? Public,
    string? Text);

/// <summary>
/// One criterion of a result, met or not, said in plain French. <see cref="ToCheck"/>: met perhaps, the person must check
/// (an offer over part of its zones, ADR 022).
/// </summary>
public sealed record CriterionResult(string Criterion, bool Met, string Explanation, bool ToCheck = false);

public sealed record RankedOffer(CatalogueOffer Offer, double Score, IReadOnlyList<CriterionResult> Criteria);

/// <summary>An offer that would fit but for one criterion, and which one.</summary>
public sealed record Alternative(CatalogueOffer Offer, string MissingCriterion, string Explanation, IReadOnlyList<CriterionResult> Criteria);

public sealed record NextStep(string Stage, IReadOnlyList<RankedOffer> Offers);

public sealed record OrientationResult(
    IReadOnlyList<RankedOffer> Results,
    IReadOnlyList<Alternative> Alternatives,
    IReadOnlyList<NextStep> NextSteps);

/// <summary>The criteria codes used in the API ("critere").</summary>
public static class Criteria
{
    public const string Territory = "territoire";
    public const string Stage = "etape";
    public const string Public = "public";
    public const string Needs = "besoins";
    public const string Specialisation = "specialisation-ess";
    public const string Cost = "frais";
    public const string Freshness = "fraicheur";
    public const string Text = "mots-cles";
}
