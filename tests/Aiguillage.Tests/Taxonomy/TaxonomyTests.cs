using Aiguillage.Taxonomy;

namespace Aiguillage.Tests;

public class TaxonomyTests
{
    [Theory]
    [InlineData(TaxonomyKind.Stage, "ideation,emergence,creation,consolidation,changement-echelle")]
    [InlineData(TaxonomyKind.Need, "financement,modele-economique,juridique,gouvernance,strategie,evaluation-impact,emploi-rh,commercial-communication,transition-ecologique,numerique,immobilier-locaux,cooperation-reseau,competences-formation,difficultes")]
    [InlineData(TaxonomyKind.Public, "porteur-sans-structure,association,scop,scic,cae,mutuelle,fondation,societe-commerciale-ess,collectivite")]
    [InlineData(TaxonomyKind.OfferType, "accompagnement,atelier,incubation,diagnostic,formation,information,aide-financiere,hebergement-locaux,mise-en-reseau")]
    [InlineData(TaxonomyKind.FinancialInstrument, "subvention,pret,pret-honneur,garantie,fonds-propres,prix-concours")]
    [InlineData(TaxonomyKind.Cost, "gratuit,payant,variable")]
    public void Version_1_holds_the_codes_of_the_product_brief_in_order(TaxonomyKind kind, string codes) =>
        Assert.Equal(codes.Split(','), TestData.Taxonomy.Terms(kind).Select(t => t.Code));

    [Fact]
    public void Every_term_has_a_french_label_and_a_description() =>
        Assert.All(TaxonomyCatalog.Version1, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Label));
            Assert.False(string.IsNullOrWhiteSpace(t.Description));
        });

    [Fact]
    public void Codes_are_unique_within_their_list() =>
        Assert.Equal(TaxonomyCatalog.Version1.Count, TaxonomyCatalog.Version1.Select(t => (t.Kind, t.Code)).Distinct().Count());

    [Fact]
    public void A_retired_code_stays_readable_but_is_no_longer_usable()
    {
        var retired = new TaxonomyTerm(TaxonomyKind.Need, "ancien-besoin", "Ancien besoin", "Plus utilisé.", 999, isRetired: true);
        var snapshot = new TaxonomySnapshot([.. TaxonomyCatalog.Version1, retired]);

        Assert.Equal("Ancien besoin", snapshot.Label(TaxonomyKind.Need, "ancien-besoin"));
        Assert.False(snapshot.IsUsable(TaxonomyKind.Need, "ancien-besoin"));
        Assert.DoesNotContain("ancien-besoin", snapshot.AcceptedCodes(TaxonomyKind.Need), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_code_is_shown_as_itself() =>
        Assert.Equal("inconnu", TestData.Taxonomy.Label(TaxonomyKind.Stage, "inconnu"));
}
