using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aiguillage.Offers;

internal sealed class DispositifConfiguration : IEntityTypeConfiguration<Dispositif>
{
    public void Configure(EntityTypeBuilder<Dispositif> builder)
    {
        builder.ToTable("dispositifs");
        builder.HasKey(x => x.Code);
        builder.Property(x => x.Code).HasMaxLength(60);
        builder.Property(x => x.Name).HasMaxLength(300);
        builder.Property(x => x.Nature).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Description).HasMaxLength(4000);
        builder.Property(x => x.Website).HasMaxLength(500);
        builder.Property(x => x.SourceDate).HasConversion(v => v!.Value.ToString(), v => Offers.SourceDate.Parse(v)).HasMaxLength(10);
        builder.Ignore(x => x.Details);
    }
}
