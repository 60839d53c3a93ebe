using Aiguillage.Imports;
using Aiguillage.Offers;
using Aiguillage.Territories;

namespace Aiguillage.Tests;

public class OfferCsvTests
{
    private static (OfferRow? Row, List<ImportError> Errors) Validate(params (string Column, string Value)[] overrides)
    {
        var records = CsvReader.Read(new StringReader(TestData.Header + "\n" + TestData.CsvRow(overrides) + "\n"));
        var errors = new List<ImportError>();
        var positions = OfferCsv.ReadHeader(records[0], errors);
        var row = OfferCsv.ReadRow(records[1], records[0].Fields.Count, positions, TestData.Taxonomy, TestData.Territories, errors, new HashSet<string> { "dla" });
        return (row, errors);
    }

    [Fact]
    public void A_source_date_keeps_its_precision_and_an_empty_one_stays_undated()
    {
        Assert.Equal(new SourceDate(2014), Validate((OfferCsv.Columns.SourceDate, "2014")).Row!.Offer.SourceDate);
        Assert.Equal(new SourceDate(2024, 6), Validate((OfferCsv.Columns.SourceDate, "2024-06")).Row!.Offer.SourceDate);
        Assert.Equal(new SourceDate(2025, 3, 31), Validate((OfferCsv.Columns.SourceDate, "2025-03-31")).Row!.Offer.SourceDate);
        Assert.Null(Validate((OfferCsv.Columns.SourceDate, "")).Row!.Offer.SourceDate);
        Assert.Contains("date de source", Assert.Single(Validate((OfferCsv.Columns.SourceDate, "juin 2014")).Errors).Message, StringComparison.Ordinal);
        Assert.Single(Validate((OfferCsv.Columns.SourceDate, "2025-02-30")).Errors);
    }

    [Fact]
    public void Nobody_verified_a_row_without_a_verification_date()
    {
        var (row, errors) = Validate((OfferCsv.Columns.VerifiedOn, ""));

        Assert.Empty(errors);
        Assert.Null(row!.Offer.LastVerifiedOn);
        Assert.Null(row.Structure.LastVerifiedOn);
    }

    [Theory]
    [InlineData("https://docplayer.fr/123-un-document.html")]
    [InlineData("https://www.lagazettefrance.fr/article/x")]
    [InlineData("https://fr.readkong.com/page/x")]
    public void A_copy_on_a_content_farm_is_refused_as_a_source(string url)
    {
        var (row, errors) = Validate((OfferCsv.Columns.Sources, url));

        Assert.Null(row);
        Assert.Contains("ferme de contenus", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_without_a_source_is_refused() =>
        Assert.Contains(Validate((OfferCsv.Columns.Sources, "")).Errors, e => e.Column == OfferCsv.Columns.Sources);

    [Fact]
    public void A_dispositif_must_be_known()
    {
        Assert.Equal("dla", Validate((OfferCsv.Columns.Dispositif, "dla")).Row!.Offer.DispositifCode);
        var error = Assert.Single(Validate((OfferCsv.Columns.Dispositif, "dla-creuse")).Errors);
        Assert.Equal(OfferCsv.Columns.Dispositif, error.Column);
        Assert.Contains("dla", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_zone_is_read_as_yes_or_no_and_must_be_described_in_the_conditions()
    {
        const string Pays = "Couvre une partie du département seulement : pays de Guéret.";
        Assert.False(Validate().Row!.Offer.PartialZones);
        Assert.True(Validate((OfferCsv.Columns.PartialZones, "oui"), (OfferCsv.Columns.Conditions, Pays)).Row!.Offer.PartialZones);
        Assert.False(Validate((OfferCsv.Columns.PartialZones, "non")).Row!.Offer.PartialZones);

        var unclear = Assert.Single(Validate((OfferCsv.Columns.PartialZones, "en partie"), (OfferCsv.Columns.Conditions, Pays)).Errors);
        Assert.Equal(OfferCsv.Columns.PartialZones, unclear.Column);
        Assert.Equal("« en partie » : répondez oui ou non.", unclear.Message);

        var undescribed = Assert.Single(Validate((OfferCsv.Columns.PartialZones, "oui")).Errors);
        Assert.Equal(OfferCsv.Columns.PartialZones, undescribed.Column);
        Assert.Contains("dit laquelle dans ses conditions", undescribed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_complete_row_becomes_a_structure_and_an_offer()
    {
        var (row, errors) = Validate();

        Assert.Empty(errors);
        Assert.NotNull(row);
        Assert.Equal(2, row.Line);
        Assert.Equal(["emergence", "creation"], row.Offer.Stages);
        Assert.Equal([new CoverageZone(TerritoryLevel.Departement, "23")], row.Offer.Zones);
        Assert.Equal(OfferStatus.Published, row.Offer.Status);
    }

    [Fact]
    public void An_unknown_stage_is_named_with_its_line_column_and_the_accepted_values()
    {
        var (row, errors) = Validate((OfferCsv.Columns.Stages, "creat"));

        Assert.Null(row);
        var error = Assert.Single(errors);
        Assert.Equal(
            "ligne 2, colonne etapes : « creat » n'est pas une étape connue ; étapes possibles : ideation, emergence, creation, consolidation, changement-echelle.",
            error.ToString());
    }

    [Fact]
    public void Every_bad_field_of_a_row_is_reported_not_only_the_first()
    {
        var (_, errors) = Validate((OfferCsv.Columns.Needs, "argent"), (OfferCsv.Columns.VerifiedOn, "31/12/2026"), (OfferCsv.Columns.Zones, "departement:99"));

        Assert.Equal(["besoins", "date_verification", "zones"], errors.Select(e => e.Column).Order(StringComparer.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("« 99 » n'est pas un code de département connu", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("AAAA-MM-JJ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_municipal_arrondissement_in_a_zone_resolves_to_its_commune()
    {
        var (row, errors) = Validate((OfferCsv.Columns.Zones, "commune:75111"));

        Assert.Empty(errors);
        Assert.Equal([new CoverageZone(TerritoryLevel.Commune, "75056")], row!.Offer.Zones);
    }

    [Fact]
    public void A_zone_without_level_is_explained()
    {
        var (_, errors) = Validate((OfferCsv.Columns.Zones, "23"));
        Assert.Contains("niveau:code", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Instruments_need_a_financial_aid()
    {
        var (_, errors) = Validate((OfferCsv.Columns.Instruments, "pret"));
        Assert.Equal(OfferCsv.Columns.Instruments, Assert.Single(errors).Column);

        var (row, none) = Validate((OfferCsv.Columns.Instruments, "pret|garantie"), (OfferCsv.Columns.Types, "aide-financiere"));
        Assert.Empty(none);
        Assert.Equal(["pret", "garantie"], row!.Offer.Instruments);
    }

    [Fact]
    public void Required_values_are_required()
    {
        var (_, errors) = Validate((OfferCsv.Columns.Title, ""), (OfferCsv.Columns.Sources, ""));
        Assert.Equal(2, errors.Count);
        Assert.Equal(["nom", "sources"], errors.Select(e => e.Column).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_end_date_before_the_verification_date_is_refused()
    {
        var (_, errors) = Validate((OfferCsv.Columns.EndsOn, "2020-01-01"));
        Assert.Equal(OfferCsv.Columns.EndsOn, Assert.Single(errors).Column);
    }

    [Theory]
    [InlineData("73282920000011", true)]
    [InlineData("73282920000012", false)]
    [InlineData("1234", false)]
    [InlineData("35600000000001", true)]
    public void Siret_numbers_are_checked_with_their_key(string siret, bool valid) => Assert.Equal(valid, OfferCsv.IsSiret(siret));

    [Fact]
    public void A_header_with_an_unknown_or_missing_column_is_refused()
    {
        var errors = new List<ImportError>();
        OfferCsv.ReadHeader(new CsvRecord(1, ["source", "identifiant", "etapess"]), errors);

        Assert.Contains(errors, e => e.Column == "etapess" && e.Message.StartsWith("colonne inconnue", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Column == "etapes" && e.Message == "colonne obligatoire absente.");
    }

    [Fact]
    public void A_domain_is_accepted_as_a_website() =>
        Assert.Equal("https://avise.org", OfferCsv.NormalizeWebsite("avise.org"));

    [Fact]
    public void A_structure_without_its_own_sources_or_date_takes_those_of_its_offer()
    {
        var (row, errors) = Validate();
        Assert.Empty(errors);
        Assert.Equal(["https://example.org/source"], row!.Structure.SourceUrls);
        Assert.Equal(new DateOnly(2026, 11, 1), row.Structure.LastVerifiedOn);

        var (own, _) = Validate((OfferCsv.Columns.StructureSources, "https://example.org/structure"), (OfferCsv.Columns.StructureVerifiedOn, "2026-10-01"));
        Assert.Equal(["https://example.org/structure"], own!.Structure.SourceUrls);
        Assert.Equal(new DateOnly(2026, 10, 1), own.Structure.LastVerifiedOn);
    }

    [Fact]
    public void The_offer_rules_are_reported_beside_the_cells_that_could_not_be_read()
    {
        var (row, errors) = Validate((OfferCsv.Columns.Instruments, "pret"), (OfferCsv.Columns.EndsOn, "2020-01-01"), (OfferCsv.Columns.StructureEmail, "pas-une-adresse"));

        Assert.Null(row);
        Assert.Equal(["date_fin", "instruments", "structure_courriel"], errors.Select(e => e.Column).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.Equal(2, e.Line));
    }
}
