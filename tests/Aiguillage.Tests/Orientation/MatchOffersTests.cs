using Aiguillage.Offers;
using Aiguillage.Orientation;
using Aiguillage.Territories;
using static Aiguillage.Tests.OrientationTestData;

namespace Aiguillage.Tests;

public class EligibilityTests
{
    private static List<int> Ids(OrientationResult result) => result.Results.Select(r => r.Offer.Id).ToList();

    [Fact]
    public void A_national_offer_covers_every_commune() =>
        Assert.Equal([1], Ids(Match(Gueret(), Offer(1))));

    [Fact]
    public void Offers_of_the_region_the_departement_the_epci_and_the_commune_are_eligible() =>
        Assert.Equal([1, 2, 3, 4], Ids(Match(Gueret(), Offer(1, zones: [Region("75")]), Offer(2, zones: [Departement("23")]), Offer(3, zones: [Epci("200034825")]), Offer(4, zones: [Commune("23096")]))).Order());

    [Fact]
    public void An_offer_of_another_departement_region_epci_or_commune_is_not() =>
        Assert.Empty(Match(Gueret(), Offer(1, zones: [Region("84")]), Offer(2, zones: [Departement("87")]), Offer(3, zones: [Epci("200054781")]), Offer(4, zones: [Commune("87085")])).Results);

    [Fact]
    public void An_offer_for_another_stage_is_not_eligible() =>
        Assert.Empty(Match(Gueret(stage: "creation"), Offer(1, stages: ["consolidation"])).Results);

    [Fact]
    public void An_offer_restricted_to_another_public_is_not_eligible_but_an_unrestricted_one_is()
    {
        var result = Match(Gueret(audience: "scic"), Offer(1, publics: ["association"]), Offer(2, publics: []), Offer(3, publics: ["scic", "scop"]));
        Assert.Equal([2, 3], Ids(result).Order());
    }

    [Fact]
    public void Without_a_public_restricted_offers_stay_eligible_and_say_so()
    {
        var result = Match(Gueret(), Offer(1, publics: ["association"]));
        var criterion = Assert.Single(result.Results).Criteria.Single(c => c.Criterion == Criteria.Public);
        Assert.Equal("Réservé à : Association ; vérifiez que votre projet en relève", criterion.Explanation);
    }

    [Fact]
    public void A_label_never_outranks_someone_who_helps()
    {
        var label = Offer(1, zones: [Commune("23096")], needs: ["financement"]);
        label = label with { View = label.View with { Dispositif = new DispositifRef("agrement-esus", "Agrément ESUS", DispositifNature.Label) } };
        var help = Offer(2, zones: [CoverageZone.France], cost: "payant", essSpecialist: false);

        Assert.Equal([2, 1], Ids(Match(Gueret(needs: ["financement"]), label, help)).Take(2));
    }

    [Fact]
    public void An_offer_covering_the_commune_twice_appears_once() =>
        Assert.Single(Match(Gueret(), Offer(1, zones: [Departement("23"), Commune("23096"), CoverageZone.France])).Results);
}

public class RankingTests
{
    private static List<int> Ids(OrientationResult result) => result.Results.Select(r => r.Offer.Id).ToList();

    [Fact]
    public void The_share_of_needs_covered_comes_first() =>
        Assert.Equal([2, 1], Ids(Match(Gueret(needs: ["financement", "juridique"]), Offer(1, needs: ["financement"], zones: [Commune("23096")]), Offer(2, needs: ["financement", "juridique"]))));

    [Fact]
    public void With_the_same_needs_the_closest_territory_comes_first() =>
        Assert.Equal([4, 3, 2, 1], Ids(Match(Gueret(), Offer(1), Offer(2, zones: [Region("75")]), Offer(3, zones: [Departement("23")]), Offer(4, zones: [Epci("200034825")]))));

    [Fact]
    public void An_offer_over_part_of_its_zones_stays_but_ranks_as_a_national_one()
    {
        // A fund of a park in the Creuse perhaps serves Guéret: after the offers that surely do, level with a national one.
        var park = Offer(1, zones: [Departement("23")], partialZones: true);
        Assert.Equal([3, 2, 1, 4], Ids(Match(Gueret(), park, Offer(2, zones: [Region("75")]), Offer(3, zones: [Departement("23")]), Offer(4, essSpecialist: false))));
        Assert.Equal(MatchOffers.PartialZonesProximity, MatchOffers.Proximity(4, partialZones: true));
        Assert.Equal(3, MatchOffers.Proximity(3, partialZones: false));
    }

    [Fact]
    public void Then_ess_specialists_then_cost_then_freshness()
    {
        Assert.Equal([2, 1], Ids(Match(Gueret(), Offer(1, essSpecialist: false), Offer(2, essSpecialist: true))));
        Assert.Equal([2, 3, 1], Ids(Match(Gueret(), Offer(1, cost: "payant"), Offer(2, cost: "gratuit"), Offer(3, cost: "variable"))));
        Assert.Equal([2, 1], Ids(Match(Gueret(), Offer(1, verifiedOn: Today.AddYears(-4)), Offer(2))));
    }

    [Fact]
    public void Ties_are_broken_by_title_then_id_whatever_the_input_order()
    {
        var a = Offer(7, title: "Bravo");
        var b = Offer(3, title: "Alpha");
        var c = Offer(5, title: "Alpha");
        Assert.Equal([3, 5, 7], Ids(Match(Gueret(), a, b, c)));
        Assert.Equal([3, 5, 7], Ids(Match(Gueret(), c, a, b)));
    }

    [Fact]
    public void Several_needs_are_covered_together_by_the_first_results()
    {
        // Three strong financing offers and a weaker legal one: the legal one comes second, not fourth.
        var result = Match(
            Gueret(needs: ["financement", "juridique"]),
            Offer(1, needs: ["financement"], zones: [Commune("23096")]),
            Offer(2, needs: ["financement"], zones: [Commune("23096")]),
            Offer(3, needs: ["financement"], zones: [Commune("23096")]),
            Offer(4, needs: ["juridique"], cost: "payant"));
        Assert.Equal([1, 4, 2, 3], Ids(result));
    }

    [Fact]
    public void Free_words_favour_offers_that_mention_them()
    {
        var result = Match(Gueret(text: "tiers-lieu"), Offer(1, title: "Accompagnement"), Offer(2, title: "Accompagnement des tiers-lieux"));
        Assert.Equal([2, 1], Ids(result));
        Assert.Contains(result.Results[0].Criteria, c => c.Criterion == Criteria.Text && c.Met);
    }
}

public class ExplanationTests
{
    private static string Explanation(RankedOffer result, string criterion) => result.Criteria.Single(c => c.Criterion == criterion).Explanation;

    [Fact]
    public void Every_result_explains_every_criterion()
    {
        var result = Assert.Single(Match(Gueret(needs: ["financement"]), Offer(1)).Results);
        Assert.Equal(
            [Criteria.Territory, Criteria.Stage, Criteria.Public, Criteria.Needs, Criteria.Specialisation, Criteria.Cost, Criteria.Freshness],
            result.Criteria.Select(c => c.Criterion));
        Assert.All(result.Criteria, c => Assert.False(string.IsNullOrWhiteSpace(c.Explanation)));
    }

    [Theory]
    [InlineData("departement", "23", "Couvre votre commune via le département de la Creuse (23)")]
    [InlineData("region", "75", "Couvre votre commune via la région Nouvelle-Aquitaine")]
    [InlineData("epci", "200034825", "Couvre votre commune via l'intercommunalité CA du Grand Guéret")]
    [InlineData("commune", "23096", "Couvre votre commune (Guéret)")]
    [InlineData("pays", "FR", "Couvre toute la France")]
    public void The_territory_is_explained_by_the_closest_zone(string level, string code, string expected)
    {
        Assert.True(Aiguillage.Territories.TerritoryLevels.TryParse(level, out var parsed));
        var result = Assert.Single(Match(Gueret(), Offer(1, zones: [CoverageZone.France, new(parsed, code)])).Results);
        Assert.Equal(expected, Explanation(result, Criteria.Territory));
    }

    [Theory]
    [InlineData("departement", "23", "Intervient sur une partie seulement du département de la Creuse (23) : vérifiez dans ses conditions que Guéret en fait partie")]
    [InlineData("region", "75", "Intervient sur une partie seulement de la région Nouvelle-Aquitaine : vérifiez dans ses conditions que Guéret en fait partie")]
    [InlineData("commune", "23096", "Intervient sur une partie seulement de votre commune (Guéret) : vérifiez dans ses conditions que votre quartier en fait partie")]
    public void An_offer_over_part_of_its_zones_asks_the_person_to_check(string level, string code, string expected)
    {
        Assert.True(Aiguillage.Territories.TerritoryLevels.TryParse(level, out var parsed));
        var result = Assert.Single(Match(Gueret(), Offer(1, zones: [new(parsed, code)], partialZones: true)).Results);
        Assert.Equal(expected, Explanation(result, Criteria.Territory));
        Assert.True(result.Criteria.Single(c => c.Criterion == Criteria.Territory).ToCheck);
        Assert.DoesNotContain(Assert.Single(Match(Gueret(), Offer(2, zones: [new(parsed, code)])).Results).Criteria, c => c.ToCheck);
    }

    [Fact]
    public void Needs_are_counted_and_named()
    {
        var result = Assert.Single(Match(Gueret(needs: ["financement", "juridique", "numerique"]), Offer(1, needs: ["juridique", "financement", "strategie"])).Results);
        var needs = result.Criteria.Single(c => c.Criterion == Criteria.Needs);
        Assert.True(needs.Met);
        Assert.Equal("Répond à 2 de vos 3 besoins : financement, juridique", needs.Explanation);
    }

    [Fact]
    public void An_offer_meeting_none_of_the_needs_says_so()
    {
        var needs = Assert.Single(Match(Gueret(needs: ["numerique"]), Offer(1, needs: ["juridique"])).Results).Criteria.Single(c => c.Criterion == Criteria.Needs);
        Assert.False(needs.Met);
        Assert.Equal("Ne répond à aucun de vos besoins (numérique)", needs.Explanation);
    }

    [Fact]
    public void Old_facts_are_flagged()
    {
        var freshness = Assert.Single(Match(Gueret(), Offer(1, verifiedOn: new DateOnly(2016, 1, 1))).Results).Criteria.Single(c => c.Criterion == Criteria.Freshness);
        Assert.False(freshness.Met);
        Assert.Equal("Informations vérifiées en 2016 : à confirmer auprès de la structure", freshness.Explanation);
    }
}

public class AlternativeTests
{
    [Fact]
    public void With_few_results_the_closest_offers_missing_one_criterion_are_shown_with_that_criterion()
    {
        var result = Match(
            Gueret(audience: "scic"),
            Offer(1, stages: ["consolidation"]),
            Offer(2, publics: ["association"]),
            Offer(3, zones: [Departement("87")]),
            Offer(4, zones: [Departement("01")]),
            Offer(5, stages: ["consolidation"], publics: ["association"]));

        Assert.Empty(result.Results);
        var missing = result.Alternatives.ToDictionary(a => a.Offer.Id, a => a.MissingCriterion);
        Assert.Equal(new Dictionary<int, string> { [1] = Criteria.Stage, [2] = Criteria.Public, [3] = Criteria.Territory }, missing);
        Assert.Equal("Réservé à : Association ; vous avez indiqué : SCIC", result.Alternatives.Single(a => a.Offer.Id == 2).Explanation);
        Assert.Equal("N'accompagne pas l'étape « Création » mais : consolidation", result.Alternatives.Single(a => a.Offer.Id == 1).Explanation);
        Assert.Equal("Ne couvre pas Guéret : intervient sur le département de la Haute-Vienne (87), dans votre région", result.Alternatives.Single(a => a.Offer.Id == 3).Explanation);
    }

    [Fact]
    public void With_enough_results_no_alternative_is_shown() =>
        Assert.Empty(Match(Gueret(), Offer(1), Offer(2), Offer(3), Offer(4, stages: ["consolidation"])).Alternatives);
}

public class NextStepTests
{
    [Fact]
    public void The_following_stages_show_their_offers_for_the_same_profile()
    {
        var result = Match(Gueret(stage: "emergence"), Offer(1, stages: ["emergence"]), Offer(2, stages: ["creation"]), Offer(3, stages: ["consolidation"]), Offer(4, stages: ["changement-echelle"]));

        Assert.Equal(["creation", "consolidation"], result.NextSteps.Select(s => s.Stage));
        Assert.Equal([2], result.NextSteps[0].Offers.Select(o => o.Offer.Id));
        Assert.Equal([3], result.NextSteps[1].Offers.Select(o => o.Offer.Id));
    }

    [Fact]
    public void The_last_stage_has_no_next_step() =>
        Assert.Empty(Match(Gueret(stage: "changement-echelle"), Offer(1, stages: ["changement-echelle"])).NextSteps);
}
