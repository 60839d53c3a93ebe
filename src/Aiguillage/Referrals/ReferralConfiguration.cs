using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aiguillage.Referrals;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.ToTable("referrals");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.HolderToken).HasMaxLength(43);
        builder.Property(x => x.RecipientToken).HasMaxLength(43);
        builder.HasIndex(x => x.HolderToken).IsUnique();
        builder.HasIndex(x => x.RecipientToken).IsUnique();
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.RecipientKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.HolderName).HasMaxLength(ReferralRules.NameMax);
        builder.Property(x => x.HolderEmail).HasMaxLength(ReferralRules.EmailMax);
        builder.Property(x => x.HolderPhone).HasMaxLength(ReferralRules.PhoneMax);
        builder.Property(x => x.Message).HasMaxLength(ReferralRules.MessageMax);
        builder.Property(x => x.CommuneCode).HasMaxLength(5);
        builder.Property(x => x.Stage).HasMaxLength(40);
        builder.Property(x => x.Public).HasMaxLength(40);
        builder.Property(x => x.ConsentText).HasMaxLength(1000);
        builder.Property(x => x.RecipientAddress).HasMaxLength(1000);
        builder.Property(x => x.RecipientLabel).HasMaxLength(400);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasIndex(x => new { x.Status, x.HandedAtUtc });
        builder.HasIndex(x => x.StructureId);
        builder.HasMany(x => x.Events).WithOne().HasForeignKey(e => e.ReferralId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReferralEventConfiguration : IEntityTypeConfiguration<ReferralEvent>
{
    public void Configure(EntityTypeBuilder<ReferralEvent> builder)
    {
        builder.ToTable("referral_events");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.ReasonCode).HasMaxLength(40);
        builder.Property(x => x.Note).HasMaxLength(ReferralRules.NoteMax);
        builder.HasIndex(x => new { x.TargetStructureId });
    }
}
