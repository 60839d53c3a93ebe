using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aiguillage.Editing;

/// <summary>
/// How often a structure's members confirm its offers (3, 6 or 12 months, chosen by them; 12 until they choose), and when
/// they were last reminded. Kept beside the structure, not in it: a reminder is not a change to the catalogue.
/// </summary>
public sealed class VerificationPlan
{
    public const int DefaultMonths = 12;

    public static IReadOnlyList<int> AllowedMonths { get; } = [3, 6, 12];

    private VerificationPlan()
    {
    }

    public VerificationPlan(int structureId)
    {
        StructureId = structureId;
        Months = DefaultMonths;
    }

    public int StructureId { get; private set; }

    public int Months { get; private set; }

    public DateOnly? LastReminderOn { get; private set; }

    public void Choose(int months)
    {
        if (!AllowedMonths.Contains(months))
        {
            throw new ArgumentOutOfRangeException(nameof(months), months, "3, 6 ou 12 mois.");
        }

        Months = months;
    }

    public void Reminded(DateOnly day) => LastReminderOn = day;

    /// <summary>The one rule of "à confirmer" for members: never confirmed, or confirmed more than the chosen months ago.</summary>
    public static bool IsDue(DateOnly? lastVerifiedOn, int months, DateOnly today) =>
        lastVerifiedOn is not { } day || day.AddMonths(months) <= today;

    /// <summary>A reminder goes out when something is due, at most once every <paramref name="minimumDays"/> days.</summary>
    public bool MayRemind(DateOnly today, int minimumDays) => LastReminderOn is not { } last || last.AddDays(minimumDays) <= today;
}

internal sealed class VerificationPlanConfiguration : IEntityTypeConfiguration<VerificationPlan>
{
    public void Configure(EntityTypeBuilder<VerificationPlan> builder)
    {
        builder.ToTable("verification_plans");
        builder.HasKey(x => x.StructureId);
        builder.Property(x => x.StructureId).ValueGeneratedNever();
        builder.HasOne<Organisations.Structure>().WithMany().HasForeignKey(x => x.StructureId).OnDelete(DeleteBehavior.Cascade);
    }
}
