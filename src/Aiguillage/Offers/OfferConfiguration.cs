using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aiguillage.Offers;

internal sealed class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> builder)
    {
        builder.ToTable("offers");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Source).HasMaxLength(100);
        builder.Property(x => x.SourceIdentifier).HasMaxLength(200);
        builder.Property(x => x.Title).HasMaxLength(300);
        builder.Property(x => x.Description).HasMaxLength(4000);
        builder.Property(x => x.Cost).HasMaxLength(40);
        builder.Property(x => x.CostDetails).HasMaxLength(1000);
        builder.Property(x => x.Conditions).HasMaxLength(2000);
        builder.Property(x => x.HowToApply).HasMaxLength(2000);
        builder.Property(x => x.ApplicationUrl).HasMaxLength(500);
        builder.Property(x => x.ContactEmail).HasMaxLength(320);
        builder.Property(x => x.ContactPhone).HasMaxLength(30);
        builder.Property(x => x.Duration).HasMaxLength(200);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Property(x => x.SourceDate).HasConversion(v => v!.Value.ToString(), v => Offers.SourceDate.Parse(v)).HasMaxLength(10);
        builder.Property(x => x.DispositifCode).HasMaxLength(60);
        builder.HasOne<Dispositif>().WithMany().HasForeignKey(x => x.DispositifCode).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(x => x.Zones);
        builder.Ignore(x => x.Details);
        builder.HasOne(x => x.Structure).WithMany().HasForeignKey(x => x.StructureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.Source, x.SourceIdentifier }).IsUnique();
        builder.HasIndex(x => x.Status);
    }
}
