using System.Globalization;
using System.Numerics;
using Aiguillage.Catalogue;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;

namespace Aiguillage.Orientation;

/// <summary>
/// The orientation engine: a pure function from an index snapshot and a profile to ranked, explained offers,
/// close alternatives and the next stages' offers. Rules and weights are in docs/adr/004-classement-et-index-de-l-orientation.md.
/// </summary>
public static class MatchOffers
{
    public const int MaxResults = 20;
    public const int DiversityWindow = 10;
    public const int FewResults = 3;
    public const int MaxAlternatives = 5;
    public const int NextStages = 2;
    public const int OffersPerNextStage = 3;

    // Weights of the score (sum 100 without free text): needs first, then territorial proximity.
    public const double NeedsWeight = 40;
    public const double ProximityWeight = 25;
    public const double SpecialistWeight = 10;
    public const double CostWeight = 10;
    public const double FreshnessWeight = 10;
    public const double TextWeight = 5;

    /// <summary>
    /// The proximity an offer that serves only part of its zones (<see cref="Offers.Offer.PartialZones"/>) gets, whatever
    /// zone contains the commune: it perhaps serves the commune, so it ranks as far as a national offer, below the offers
    /// that surely cover the commune from closer (ADR 022).
    /// </summary>
    public const int PartialZonesProximity = 1;

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>The proximity that scores an offer: its closest zone's, or <see cref="PartialZonesProximity"/> when that zone is only partly served.</summary>
    public static int Proximity(int closestZone, bool partialZones) => partialZones ? Math.Min(closestZone, PartialZonesProximity) : closestZone;

    public static OrientationResult Match(OfferIndex index, TaxonomySnapshot taxonomy, OrientationProfile profile, DateOnly today)
    {
        var context = new Context(index, taxonomy, profile, today);
        var eligible = new List<Candidate>();
        // Near misses are scored only when few offers fit: most offers of a large catalogue miss the stage.
        var nearMisses = new List<(CatalogueOffer Offer, string Missing)>();
        // The offers covering the commune are looked up once and read again for the next stages; eligibility is read
        // from the index's flat masks, and only eligible offers (or near misses) are touched.
        // The snapshot holds only the offers visible today, so every covering offer is a candidate.
        var (found, proximities) = index.CoveringPositions(profile.Commune);
        var covering = new List<(int Position, int Proximity)>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            covering.Add((found[i], proximities[i]));
        }

        var stageBit = index.StageBit(profile.Stage);
        var publicBit = profile.Public is null ? 0 : index.PublicBit(profile.Public);
        foreach (var (position, proximity) in covering)
        {
            var stageOk = CatalogueRules.ServesStage(index.StageMasks[position], stageBit);
            var publicOk = CatalogueRules.AcceptsPublic(index.PublicMasks[position], profile.Public is not null, publicBit);
            if (stageOk && publicOk)
            {
                eligible.Add(context.ScoreAt(position, proximity));
            }
            else if (stageOk != publicOk)
            {
                nearMisses.Add((index.Offers[position], stageOk ? Criteria.Public : Criteria.Stage));
            }
        }

        var results = Rank(eligible, profile.Needs, MaxResults).Select(context.Explain).ToList();

        var alternatives = new List<Alternative>();
        if (results.Count < FewResults)
        {
            var outside = index.InRegionNotCovering(profile.Commune)
                .Where(o => CatalogueRules.ServesStage(o.Stages, profile.Stage) && CatalogueRules.AcceptsPublic(o.Publics, profile.Public))
                .Select(o => (Offer: o, Missing: Criteria.Territory));
            alternatives = nearMisses.Concat(outside)
                .Select(m => (Candidate: context.Score(m.Offer), m.Missing))
                .OrderBy(m => m.Candidate, CandidateOrder.Instance)
                .Take(MaxAlternatives)
                .Select(m => context.Alternative(m.Candidate, m.Missing))
                .ToList();
        }

        var shown = results.Select(r => index.PositionOf(r.Offer.Id)).ToHashSet();
        var nextSteps = new List<NextStep>();
        foreach (var stage in FollowingStages(taxonomy, profile.Stage).Take(NextStages))
        {
            var next = Match(covering, index, taxonomy, profile with { Stage = stage }, today, shown);
            if (next.Count > 0)
            {
                nextSteps.Add(new NextStep(stage, next));
            }
        }

        return new OrientationResult(results, alternatives, nextSteps);
    }

    /// <summary>The eligible offers of another stage for the same profile, leaving out those already shown.</summary>
    private static List<RankedOffer> Match(
        List<(int Position, int Proximity)> covering, OfferIndex index, TaxonomySnapshot taxonomy, OrientationProfile profile, DateOnly today, HashSet<int> exclude)
    {
        var context = new Context(index, taxonomy, profile, today);
        var stageBit = index.StageBit(profile.Stage);
        var publicBit = profile.Public is null ? 0 : index.PublicBit(profile.Public);
        var eligible = new List<Candidate>();
        foreach (var (position, proximity) in covering)
        {
            if (CatalogueRules.ServesStage(index.StageMasks[position], stageBit)
                && CatalogueRules.AcceptsPublic(index.PublicMasks[position], profile.Public is not null, publicBit)
                && !exclude.Contains(position))
            {
                eligible.Add(context.ScoreAt(position, proximity));
            }
        }

        return Rank(eligible, profile.Needs, OffersPerNextStage).Select(context.Explain).ToList();
    }

    /// <summary>The part of the score that depends on the offer alone: ESS specialisation and cost.</summary>
    public static double FixedScore(CatalogueOffer offer) =>
        (offer.IsEssSpecialist ? SpecialistWeight : 0) + (CostWeight * Context.CostValue(offer.Cost));

    /// <summary>A label (agrément ESUS…) is something to obtain, not someone who helps: it is ranked after them whatever its score.</summary>
    public static bool IsLabel(CatalogueOffer offer) => offer.View.Dispositif?.Nature == Offers.DispositifNature.Label;

    /// <summary>The fixed part of every offer's score, by index position, computed once per snapshot.</summary>
    public sealed record FixedScores(double[] Values)
    {
        public static FixedScores Of(OfferIndex index) => new(index.Offers.Select(FixedScore).ToArray());
    }

    public static IEnumerable<string> FollowingStages(TaxonomySnapshot taxonomy, string stage) =>
        taxonomy.Terms(TaxonomyKind.Stage).SkipWhile(t => t.Code != stage).Skip(1).Select(t => t.Code);

    /// <summary>
    /// The first <paramref name="count"/> candidates in result order. When several needs are asked, the first results
    /// together cover as many of them as possible: while an asked need is still uncovered and some offer covers it, the
    /// next pick is the best-ranked offer covering an uncovered need. Then, and after the window, plain rank order.
    /// Only the shown candidates are ordered (a bounded heap), not the whole eligible list: at 100k offers a commune has
    /// thousands of eligible ones and a full sort dominated the cost.
    /// </summary>
    public static List<Candidate> Rank(List<Candidate> candidates, IReadOnlyList<string> needs, int count)
    {
        var picked = new List<Candidate>();
        var taken = new HashSet<Candidate>(ReferenceEqualityComparer.Instance);
        if (needs.Count >= 2)
        {
            var uncovered = new HashSet<string>(needs, StringComparer.Ordinal);
            while (picked.Count < Math.Min(DiversityWindow, count) && uncovered.Count > 0)
            {
                Candidate? best = null;
                foreach (var candidate in candidates)
                {
                    if (!taken.Contains(candidate) && candidate.Offer.Needs.Any(uncovered.Contains)
                        && (best is null || CandidateOrder.Instance.Compare(candidate, best) < 0))
                    {
                        best = candidate;
                    }
                }

                if (best is null)
                {
                    break;
                }

                picked.Add(best);
                taken.Add(best);
                uncovered.ExceptWith(best.Offer.Needs);
            }
        }

        var rest = count - picked.Count;
        if (rest <= 0)
        {
            return picked;
        }

        // A max-heap of the best "rest" candidates seen so far: its root is the worst of them, replaced when beaten.
        var heap = new PriorityQueue<Candidate, Candidate>(rest + 1, Comparer<Candidate>.Create((x, y) => CandidateOrder.Instance.Compare(y, x)));
        foreach (var candidate in candidates)
        {
            if (taken.Contains(candidate))
            {
                continue;
            }

            if (heap.Count < rest)
            {
                heap.Enqueue(candidate, candidate);
            }
            else if (CandidateOrder.Instance.Compare(candidate, heap.Peek()) < 0)
            {
                heap.EnqueueDequeue(candidate, candidate);
            }
        }

        var ordered = new List<Candidate>(heap.Count);
        while (heap.Count > 0)
        {
            ordered.Add(heap.Dequeue());
        }

        ordered.Reverse();
        picked.AddRange(ordered);
        return picked;
    }

    /// <summary>An offer with its score and the facts the tie-break reads.</summary>
    public sealed record Candidate(CatalogueOffer Offer, double Score, int NeedsCovered, int Proximity, CoverageZone? Zone);

    /// <summary>People who help before labels, then score, needs covered, proximity, newest evidence, title, id: a total, deterministic order.</summary>
    public sealed class CandidateOrder : IComparer<Candidate>
    {
        public static CandidateOrder Instance { get; } = new();

        public int Compare(Candidate? x, Candidate? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? 1 : -1;
            }

            var c = IsLabel(x.Offer).CompareTo(IsLabel(y.Offer));
            if (c == 0)
            {
                c = y.Score.CompareTo(x.Score);
            }

            if (c == 0)
            {
                c = y.NeedsCovered.CompareTo(x.NeedsCovered);
            }

            if (c == 0)
            {
                c = y.Proximity.CompareTo(x.Proximity);
            }

            if (c == 0)
            {
                c = Nullable.Compare(y.Offer.EvidenceDay, x.Offer.EvidenceDay);
            }

            if (c == 0)
            {
                c = string.CompareOrdinal(x.Offer.Title, y.Offer.Title);
            }

            return c != 0 ? c : x.Offer.Id.CompareTo(y.Offer.Id);
        }
    }

    /// <summary>Proximity of the closest zone that contains the commune: commune or EPCI 4, département 3, région 2, France 1.</summary>
    public static (int Proximity, CoverageZone? Zone) Closest(CatalogueOffer offer, CommuneLocation commune)
    {
        var best = (Proximity: 0, Zone: (CoverageZone?)null);
        foreach (var zone in offer.Zones)
        {
            if (!zone.Contains(commune))
            {
                continue;
            }

            var proximity = zone.Level switch
            {
                TerritoryLevel.Commune or TerritoryLevel.Epci => 4,
                TerritoryLevel.Departement => 3,
                TerritoryLevel.Region => 2,
                _ => 1,
            };
            if (proximity > best.Proximity)
            {
                best = (proximity, zone);
            }
        }

        return best;
    }

    private sealed class Context(OfferIndex index, TaxonomySnapshot taxonomy, OrientationProfile profile, DateOnly today)
    {
        private readonly string[] _words = Words(profile.Text);

        private readonly ulong _needMask = index.NeedMask(profile.Needs);

        private readonly double[] _fixedScores = index.Derived(FixedScores.Of).Values;

        /// <summary>Scores an offer found outside the covering look-up (alternatives in the région).</summary>
        public Candidate Score(CatalogueOffer offer)
        {
            var needsCovered = offer.Needs.Count(profile.Needs.Contains);
            var (closest, zone) = Closest(offer, profile.Commune);
            var proximity = Proximity(closest, offer.View.PartialZones);
            return new Candidate(offer, Total(needsCovered, proximity, FixedScore(offer), offer.EvidenceDay?.DayNumber ?? OfferIndex.NoEvidence, offer), needsCovered, proximity, zone);
        }

        /// <summary>Scores a covering offer from the index's flat arrays; its zone is found later, for shown results only.</summary>
        public Candidate ScoreAt(int position, int closestZone)
        {
            var needsCovered = BitOperations.PopCount(index.NeedMasks[position] & _needMask);
            var offer = index.Offers[position];
            var proximity = Proximity(closestZone, offer.View.PartialZones);
            return new Candidate(offer, Total(needsCovered, proximity, _fixedScores[position], index.EvidenceDays[position], offer), needsCovered, proximity, null);
        }

        private double Total(int needsCovered, int proximity, double fixedScore, int evidenceDay, CatalogueOffer offer)
        {
            var needsShare = profile.Needs.Count == 0 ? 1d : (double)needsCovered / profile.Needs.Count;
            var score = (NeedsWeight * needsShare)
                + (ProximityWeight * proximity / 4d)
                + fixedScore
                + (FreshnessWeight * Evidence.Weight(evidenceDay == OfferIndex.NoEvidence ? null : evidenceDay, today))
                + (_words.Length == 0 ? 0 : TextWeight * TextShare(offer));
            return Math.Round(score, 6);
        }

        public RankedOffer Explain(Candidate candidate) =>
            new(candidate.Offer, Math.Round(candidate.Score, 1), CriteriaOf(candidate, territoryMissed: false));

        public Alternative Alternative(Candidate candidate, string missing)
        {
            var criteria = CriteriaOf(candidate, territoryMissed: missing == Criteria.Territory);
            return new Alternative(candidate.Offer, missing, criteria.First(c => c.Criterion == missing).Explanation, criteria);
        }

        private List<CriterionResult> CriteriaOf(Candidate candidate, bool territoryMissed)
        {
            var offer = candidate.Offer;
            var list = new List<CriterionResult>
            {
                territoryMissed ? TerritoryMissed(offer) : Territory(candidate),
                Stage(offer),
                Audience(offer),
                Needs(offer),
                new(Criteria.Specialisation, offer.IsEssSpecialist, offer.IsEssSpecialist
                    ? "Structure spécialiste de l'économie sociale et solidaire"
                    : "Structure généraliste, ouverte à tous les créateurs et entreprises"),
                Cost(offer),
                Freshness(offer),
            };
            if (_words.Length > 0)
            {
                var found = _words.Where(w => ContainsWord(offer.SearchText, w)).ToList();
                list.Add(new(Criteria.Text, found.Count > 0, found.Count > 0
                    ? $"Mentionne : {string.Join(", ", found)}"
                    : "Ne mentionne pas vos mots-clés"));
            }

            return list;
        }

        private CriterionResult Territory(Candidate candidate)
        {
            var zone = candidate.Zone ?? Closest(candidate.Offer, profile.Commune).Zone;
            if (candidate.Offer.View.PartialZones && zone is not null)
            {
                var part = zone.Level switch
                {
                    TerritoryLevel.Commune => $"de votre commune ({profile.CommuneName})",
                    TerritoryLevel.Epci => $"de l'intercommunalité {index.Names.Name(zone)}",
                    TerritoryLevel.Departement => $"du département {index.Names.DepartementWithPreposition(zone.Code)}",
                    TerritoryLevel.Region => $"de la région {index.Names.Name(zone)}",
                    _ => "de la France",
                };
                var yours = zone.Level == TerritoryLevel.Commune ? "votre quartier" : profile.CommuneName;
                return new(Criteria.Territory, true, $"Intervient sur une partie seulement {part} : vérifiez dans ses conditions que {yours} en fait partie", ToCheck: true);
            }

            var text = zone?.Level switch
            {
                TerritoryLevel.Commune => $"Couvre votre commune ({profile.CommuneName})",
                TerritoryLevel.Epci => $"Couvre votre commune via l'intercommunalité {index.Names.Name(zone)}",
                TerritoryLevel.Departement => $"Couvre votre commune via le département {index.Names.DepartementWithPreposition(zone.Code)}",
                TerritoryLevel.Region => $"Couvre votre commune via la région {index.Names.Name(zone)}",
                TerritoryLevel.Pays => "Couvre toute la France",
                _ => "Couvre votre commune",
            };
            return new(Criteria.Territory, true, text);
        }

        private CriterionResult TerritoryMissed(CatalogueOffer offer)
        {
            var places = string.Join(", ", offer.Zones.Select(z => z.Level == TerritoryLevel.Departement
                ? $"le département {index.Names.DepartementWithPreposition(z.Code)}"
                : $"{z.Level.ToLabel()} {index.Names.Name(z)}"));
            return new(Criteria.Territory, false, $"Ne couvre pas {profile.CommuneName} : intervient sur {places}, dans votre région");
        }

        private CriterionResult Stage(CatalogueOffer offer)
        {
            var asked = taxonomy.Label(TaxonomyKind.Stage, profile.Stage);
            return CatalogueRules.ServesStage(offer.Stages, profile.Stage)
                ? new(Criteria.Stage, true, $"Accompagne l'étape « {asked} »")
                : new(Criteria.Stage, false, $"N'accompagne pas l'étape « {asked} » mais : {Labels(TaxonomyKind.Stage, offer.Stages)}");
        }

        private CriterionResult Audience(CatalogueOffer offer)
        {
            if (offer.Publics.Count == 0)
            {
                return new(Criteria.Public, true, "Ouvert à tous les publics");
            }

            var accepted = Labels(TaxonomyKind.Public, offer.Publics);
            if (profile.Public is null)
            {
                return new(Criteria.Public, true, $"Réservé à : {accepted} ; vérifiez que votre projet en relève");
            }

            var yours = taxonomy.Label(TaxonomyKind.Public, profile.Public);
            return CatalogueRules.AcceptsPublic(offer.Publics, profile.Public)
                ? new(Criteria.Public, true, $"Ouvert à votre forme : {yours}")
                : new(Criteria.Public, false, $"Réservé à : {accepted} ; vous avez indiqué : {yours}");
        }

        private CriterionResult Needs(CatalogueOffer offer)
        {
            if (profile.Needs.Count == 0)
            {
                return new(Criteria.Needs, true, offer.Needs.Count == 0
                    ? "Vous n'avez pas indiqué de besoin"
                    : $"Vous n'avez pas indiqué de besoin ; l'offre couvre : {Labels(TaxonomyKind.Need, offer.Needs)}");
            }

            var covered = profile.Needs.Where(offer.Needs.Contains).ToList();
            if (covered.Count == 0)
            {
                return new(Criteria.Needs, false, $"Ne répond à aucun de vos besoins ({Labels(TaxonomyKind.Need, profile.Needs)})");
            }

            var text = covered.Count == profile.Needs.Count
                ? profile.Needs.Count == 1
                    ? $"Répond à votre besoin : {Labels(TaxonomyKind.Need, covered)}"
                    : $"Répond à vos {profile.Needs.Count} besoins : {Labels(TaxonomyKind.Need, covered)}"
                : $"Répond à {covered.Count} de vos {profile.Needs.Count} besoins : {Labels(TaxonomyKind.Need, covered)}";
            return new(Criteria.Needs, true, text);
        }

        private static CriterionResult Cost(CatalogueOffer offer) => offer.Cost switch
        {
            "gratuit" => new(Criteria.Cost, true, "Gratuit"),
            "variable" => new(Criteria.Cost, true, "Coût variable selon votre situation"),
            "payant" => new(Criteria.Cost, false, "Payant"),
            _ => new(Criteria.Cost, false, "Frais non précisés par la source"),
        };

        private CriterionResult Freshness(CatalogueOffer offer) => new(
            Criteria.Freshness,
            Evidence.State(offer.View.LastVerifiedOn, offer.View.SourceDate, today) != EvidenceState.ToConfirm,
            Evidence.Sentence(offer.View.LastVerifiedOn, offer.View.SourceDate, today));

        /// <summary>Needs and stages read in lower case inside a sentence; publics keep their capitals (SCOP, SCIC).</summary>
        private string Labels(TaxonomyKind kind, IEnumerable<string> codes) =>
            string.Join(", ", codes.Select(c => kind == TaxonomyKind.Public ? taxonomy.Label(kind, c) : taxonomy.Label(kind, c).ToLower(French)));

        private double TextShare(CatalogueOffer offer) =>
            _words.Length == 0 ? 0 : (double)_words.Count(w => ContainsWord(offer.SearchText, w)) / _words.Length;

        public static double CostValue(string? cost) => cost switch
        {
            "gratuit" => 1,
            "variable" => 0.6,
            "payant" => 0.3,
            _ => 0.5,
        };

        private static string[] Words(string? text) =>
            string.IsNullOrWhiteSpace(text)
                ? []
                : SearchText.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3).Distinct().Take(10).ToArray();

        private static bool ContainsWord(string haystack, string word) =>
            haystack.StartsWith(word, StringComparison.Ordinal) || haystack.Contains(" " + word, StringComparison.Ordinal);
    }
}
