using Aiguillage.Accounts;
using Aiguillage.Editing;
using Aiguillage.Offers;
using Aiguillage.Organisations;

namespace Aiguillage.Tests.Editing;

public sealed class FicheFieldsTests
{
    private static Dictionary<string, string> Fields(params (string Key, string Value)[] values) => values.ToDictionary(v => v.Key, v => v.Value);

    [Fact]
    public void A_proposal_takes_its_changes_onto_what_was_published_since_it_started()
    {
        var start = Fields(("nom", "Ancien"), ("description", "Texte"), ("frais", "gratuit"));
        var now = Fields(("nom", "Ancien"), ("description", "Texte corrigé par la modération"), ("frais", "gratuit"));
        var proposed = Fields(("nom", "Nouveau"), ("description", "Texte"), ("frais", "gratuit"));

        var merged = FicheFields.Merge(start, now, proposed, out var conflicts);

        Assert.Empty(conflicts);
        Assert.Equal("Nouveau", merged["nom"]);
        Assert.Equal("Texte corrigé par la modération", merged["description"]);
    }

    [Fact]
    public void A_field_changed_differently_on_both_sides_is_a_conflict_and_keeps_the_published_value()
    {
        var start = Fields(("nom", "Ancien"));
        var now = Fields(("nom", "Choisi par la modération"));
        var proposed = Fields(("nom", "Choisi par le membre"));

        var merged = FicheFields.Merge(start, now, proposed, out var conflicts);

        var conflict = Assert.Single(conflicts);
        Assert.Equal(("nom", "Intitulé", "Choisi par la modération", "Choisi par le membre"), (conflict.Field, conflict.Label, conflict.Before, conflict.After));
        Assert.Equal("Choisi par la modération", merged["nom"]);
    }

    [Fact]
    public void The_same_change_made_on_both_sides_is_not_a_conflict()
    {
        FicheFields.Merge(Fields(("nom", "A")), Fields(("nom", "B")), Fields(("nom", "B")), out var conflicts);
        Assert.Empty(conflicts);
    }

    [Fact]
    public void The_difference_lists_changed_fields_only_with_their_French_labels_in_the_forms_order()
    {
        var changes = FicheFields.Diff(Fields(("frais", "gratuit"), ("nom", "A"), ("lien", "")), Fields(("frais", "payant"), ("nom", "B"), ("lien", "")));
        Assert.Equal(["Intitulé", "Frais"], changes.Select(c => c.Label));
    }

    [Fact]
    public void The_form_overlays_only_the_editable_fields_and_keeps_the_others()
    {
        var full = OfferCsv.FieldsOf(TestData.Offer());
        var result = FicheFields.Overlay(FicheKind.Offer, full, Fields(("nom", "  Nouveau titre "), ("statut", "archivee"), ("date_verification", "2030-01-01")));
        Assert.Equal("Nouveau titre", result["nom"]);
        Assert.Equal("publiee", result["statut"]);
        Assert.Equal("2026-11-01", result["date_verification"]);
        Assert.Equal("", result["description"]);
    }

    [Fact]
    public void An_offer_written_as_fields_reads_back_the_same_with_the_import_rules()
    {
        var offer = TestData.Offer() with { ContactEmail = "contact@example.org", EndsOn = new DateOnly(2027, 6, 30), SourceDate = new SourceDate(2025, 3) };
        var errors = new List<ImportError>();
        var read = OfferCsv.ReadOfferFields(OfferCsv.FieldsOf(offer), TestData.Taxonomy, TestData.Territories, new HashSet<string>(), errors);
        Assert.Empty(errors);
        Assert.Equal(offer, read);
    }

    [Fact]
    public void A_structure_written_as_fields_reads_back_the_same_and_a_wrong_commune_is_explained()
    {
        var structure = new StructureDetails("Couveuse", ["incubateur"], null, "23096", "https://example.org", "a@example.org", null, [], true, "Texte.", ["https://example.org/a"], null, StructureStatus.Active);
        var errors = new List<ImportError>();
        Assert.Equal(structure, OfferCsv.ReadStructureFields(OfferCsv.FieldsOf(structure), TestData.Taxonomy, TestData.Territories, errors));
        Assert.Empty(errors);

        var wrong = OfferCsv.FieldsOf(structure);
        wrong["structure_commune"] = "99999";
        Assert.Null(OfferCsv.ReadStructureFields(wrong, TestData.Taxonomy, TestData.Territories, errors));
        Assert.Equal("structure_commune", Assert.Single(errors).Column);
    }

    [Theory]
    [InlineData(null, 12, "2026-11-30", true)]
    [InlineData("2026-08-30", 3, "2026-11-30", true)]
    [InlineData("2026-09-01", 3, "2026-11-30", false)]
    [InlineData("2026-06-01", 6, "2026-11-30", false)]
    [InlineData("2025-11-30", 12, "2026-11-30", true)]
    public void An_offer_is_due_for_confirmation_when_never_confirmed_or_confirmed_longer_ago_than_the_chosen_months(string? verified, int months, string today, bool due) =>
        Assert.Equal(due, VerificationPlan.IsDue(verified is null ? null : DateOnly.Parse(verified, System.Globalization.CultureInfo.InvariantCulture), months, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_reminder_goes_out_at_most_once_in_the_minimum_interval_and_only_allowed_frequencies_are_chosen()
    {
        var plan = new VerificationPlan(1);
        var day = new DateOnly(2026, 11, 30);
        Assert.True(plan.MayRemind(day, 30));
        plan.Reminded(day);
        Assert.False(plan.MayRemind(day.AddDays(29), 30));
        Assert.True(plan.MayRemind(day.AddDays(30), 30));
        Assert.Throws<ArgumentOutOfRangeException>(() => plan.Choose(7));
        plan.Choose(6);
        Assert.Equal(6, plan.Months);
    }

    [Theory]
    [InlineData("region:75", "23", "75", true)]
    [InlineData("departement:23", "23", "75", true)]
    [InlineData("departement:87", "23", "75", false)]
    [InlineData("region:84", "23", "75", false)]
    [InlineData("pays:FR", null, null, true)]
    [InlineData("region:75", null, null, false)]
    public void A_moderator_covers_a_proposed_structure_by_its_departement_or_region(string territory, string? departement, string? region, bool covers)
    {
        var scope = new AccountScope(false, true, new HashSet<int>(), new HashSet<int>(), "m@example.org", [territory]);
        Assert.Equal(covers, scope.Covers(departement, region));
    }

    [Fact]
    public void Members_edit_moderators_and_administrators_also_publish()
    {
        var member = new AccountScope(false, false, new HashSet<int> { 1 }, new HashSet<int>(), "a@example.org");
        var moderator = new AccountScope(false, true, new HashSet<int>(), new HashSet<int> { 1 }, "m@example.org");
        var admin = new AccountScope(true, false, new HashSet<int>(), new HashSet<int>(), "x@example.org");
        Assert.Equal((true, false, false), (member.CanEdit(1), member.CanModerate(1), member.CanEdit(2)));
        Assert.Equal((true, true, false), (moderator.CanEdit(1), moderator.CanModerate(1), moderator.CanModerate(2)));
        Assert.Equal((true, true), (admin.CanEdit(2), admin.CanModerate(2)));
    }
}
