using Aiguillage.Referrals;
using Microsoft.Extensions.Configuration;

namespace Aiguillage.Tests.Referrals;

public sealed class ReferralRulesTests
{
    private static readonly DateTime Handed = new(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(ReferralStatus.Open, true, false, true, true, false)]
    [InlineData(ReferralStatus.Redirected, true, false, true, true, false)]
    [InlineData(ReferralStatus.Accepted, false, true, true, true, false)]
    [InlineData(ReferralStatus.Declined, false, false, false, false, true)]
    [InlineData(ReferralStatus.Closed, false, false, false, false, true)]
    [InlineData(ReferralStatus.Expired, false, false, false, false, true)]
    public void Each_status_allows_its_own_actions(ReferralStatus status, bool awaits, bool close, bool redirect, bool withdraw, bool finished)
    {
        Assert.Equal(awaits, ReferralRules.AwaitsAnswer(status));
        Assert.Equal(close, ReferralRules.CanClose(status));
        Assert.Equal(redirect, ReferralRules.CanRedirect(status));
        Assert.Equal(withdraw, ReferralRules.CanWithdraw(status));
        Assert.Equal(finished, ReferralRules.IsFinished(status));
    }

    [Fact]
    public void One_reminder_after_ten_days_without_answer_and_only_while_waiting()
    {
        var ten = TimeSpan.FromDays(10);
        Assert.False(ReferralRules.IsDueForReminder(ReferralStatus.Open, Handed, null, Handed.AddDays(10).AddMinutes(-1), ten));
        Assert.True(ReferralRules.IsDueForReminder(ReferralStatus.Open, Handed, null, Handed.AddDays(10), ten));
        Assert.True(ReferralRules.IsDueForReminder(ReferralStatus.Redirected, Handed, null, Handed.AddDays(12), ten));
        Assert.False(ReferralRules.IsDueForReminder(ReferralStatus.Open, Handed, Handed.AddDays(10), Handed.AddDays(12), ten));
        Assert.False(ReferralRules.IsDueForReminder(ReferralStatus.Accepted, Handed, null, Handed.AddDays(12), ten));
    }

    [Fact]
    public void A_request_nobody_answered_expires_after_thirty_days()
    {
        var thirty = TimeSpan.FromDays(30);
        Assert.False(ReferralRules.IsDueForExpiry(ReferralStatus.Open, Handed, Handed.AddDays(29.9), thirty));
        Assert.True(ReferralRules.IsDueForExpiry(ReferralStatus.Open, Handed, Handed.AddDays(30), thirty));
        Assert.False(ReferralRules.IsDueForExpiry(ReferralStatus.Accepted, Handed, Handed.AddDays(90), thirty));
    }

    [Fact]
    public void Personal_data_goes_once_the_request_has_not_changed_for_the_retention_period()
    {
        var retention = TimeSpan.FromDays(730);
        Assert.False(ReferralRules.IsDueForAnonymisation(Handed, null, Handed.AddDays(729), retention));
        Assert.True(ReferralRules.IsDueForAnonymisation(Handed, null, Handed.AddDays(730), retention));
        Assert.False(ReferralRules.IsDueForAnonymisation(Handed, Handed.AddDays(731), Handed.AddDays(800), retention));
    }

    [Theory]
    [InlineData("05 55 00 00 00", true)]
    [InlineData("+33 5 55 00 00 00", true)]
    [InlineData("(0590) 12-34-56", true)]
    [InlineData("12345", false)]
    [InlineData("05 55 + 00", false)]
    [InlineData("appelez-moi", false)]
    public void A_phone_is_digits_and_separators(string value, bool valid) =>
        Assert.Equal(valid, ReferralRules.IsPhone(value));

    [Fact]
    public void Tokens_are_random_url_safe_and_recognised_by_their_form()
    {
        var tokens = Enumerable.Range(0, 100).Select(_ => ReferralRules.NewToken()).ToList();
        Assert.Equal(100, tokens.Distinct(StringComparer.Ordinal).Count());
        Assert.All(tokens, t => Assert.True(ReferralRules.LooksLikeToken(t)));
        Assert.False(ReferralRules.LooksLikeToken(null));
        Assert.False(ReferralRules.LooksLikeToken(new string('a', 42)));
        Assert.False(ReferralRules.LooksLikeToken(new string('a', 42) + "/"));
    }

    [Fact]
    public void Settings_that_cannot_work_are_named_in_French()
    {
        Assert.Empty(new ReferralOptions().Problems());
        var wrong = new ReferralOptions
        {
            ReminderAfterDays = 30,
            ExpireAfterDays = 10,
            Moderators = [new ModeratorContact { Territory = "commune:23096", Email = "pas-une-adresse" }],
        }.WithPublicUrl("ftp://exemple/");
        var problems = wrong.Problems();
        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.Contains("Site:PublicUrl", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("commune:23096", StringComparison.Ordinal));
    }

    [Fact]
    public void The_site_has_one_public_address_and_the_former_second_setting_is_refused()
    {
        ReferralOptions Read(params (string Key, string Value)[] settings) => ReferralOptions.Read(
            new ConfigurationBuilder().AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value)).Build());

        Assert.Equal("http://localhost:5080", Read().PublicBaseUrl);
        var site = Read(("Site:PublicUrl", "https://aiguillage.example.org/"));
        Assert.Equal("https://aiguillage.example.org", site.PublicBaseUrl);
        Assert.Empty(site.Problems());

        var both = Read(("Site:PublicUrl", "https://aiguillage.example.org"), ("Referrals:PublicBaseUrl", "https://autre.example.org"));
        Assert.Equal("https://aiguillage.example.org", both.PublicBaseUrl);
        Assert.Contains(both.Problems(), p => p.Contains("Referrals:PublicBaseUrl n'existe plus", StringComparison.Ordinal));
    }
}
