using Aiguillage.Catalogue;
using Aiguillage.Offers;

namespace Aiguillage.Tests;

public sealed class EvidenceTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    [Theory]
    [InlineData("2014", "2014", "2014-01-01")]
    [InlineData("2024-06", "juin 2024", "2024-06-01")]
    [InlineData("2025-03-31", "31 mars 2025", "2025-03-31")]
    public void A_source_date_is_as_precise_as_its_source_and_counts_from_its_first_day(string text, string label, string earliest)
    {
        var date = SourceDate.Parse(text);

        Assert.Equal(text, date.ToString());
        Assert.Equal(label, date.Label);
        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), date.Earliest);
    }

    [Theory]
    [InlineData("")]
    [InlineData("14")]
    [InlineData("2014-6")]
    [InlineData("2014-13")]
    [InlineData("2023-02-29")]
    [InlineData("juin 2014")]
    public void A_malformed_source_date_is_refused(string text) => Assert.False(SourceDate.TryParse(text, out _));

    [Fact]
    public void A_persons_recent_verification_is_said_first()
    {
        Assert.Equal(EvidenceState.Verified, Evidence.State(Today.AddMonths(-3), new SourceDate(2014), Today));
        Assert.Equal("Informations vérifiées le 30 août 2026", Evidence.Sentence(Today.AddMonths(-3), new SourceDate(2014), Today));
    }

    [Fact]
    public void A_recent_source_nobody_checked_is_said_as_such()
    {
        Assert.Equal(EvidenceState.RecentSource, Evidence.State(null, new SourceDate(2025, 6), Today));
        Assert.Equal("Source : juin 2025, non revérifiée", Evidence.Sentence(null, new SourceDate(2025, 6), Today));
    }

    [Fact]
    public void Old_or_undated_evidence_is_to_confirm_and_weighs_less()
    {
        Assert.Equal(EvidenceState.ToConfirm, Evidence.State(null, new SourceDate(2014), Today));
        Assert.Equal("Source de 2014, non revérifiée : à confirmer auprès de la structure", Evidence.Sentence(null, new SourceDate(2014), Today));
        Assert.Equal("Source non datée : à confirmer auprès de la structure", Evidence.Sentence(null, null, Today));
        Assert.Equal("Source du 29 juin 2020, non revérifiée : à confirmer auprès de la structure", Evidence.Sentence(null, new SourceDate(2020, 6, 29), Today));
        Assert.Equal(EvidenceState.ToConfirm, Evidence.State(new DateOnly(2023, 1, 1), null, Today));
        Assert.Equal(0, Evidence.Weight(null, Today));
        Assert.Equal(1, Evidence.Weight(Today.AddMonths(-6).DayNumber, Today));
        Assert.True(Evidence.Weight(new SourceDate(2024).Earliest.DayNumber, Today) < Evidence.Weight(new SourceDate(2025, 6).Earliest.DayNumber, Today));
        Assert.Equal(0, Evidence.Weight(new SourceDate(2014).Earliest.DayNumber, Today));
    }

    [Fact]
    public void The_newest_evidence_is_the_later_of_verification_and_source()
    {
        Assert.Equal(new DateOnly(2025, 6, 1), Evidence.Newest(new DateOnly(2020, 1, 1), new SourceDate(2025, 6)));
        Assert.Equal(new DateOnly(2026, 1, 5), Evidence.Newest(new DateOnly(2026, 1, 5), new SourceDate(2025)));
        Assert.Null(Evidence.Newest(null, null));
    }
}
