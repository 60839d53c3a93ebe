using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aiguillage.Territories;

internal sealed class CommuneConfiguration : IEntityTypeConfiguration<Commune>
{
    public void Configure(EntityTypeBuilder<Commune> builder)
    {
        builder.ToTable("communes");
        builder.HasKey(x => x.Code);
        builder.Property(x => x.Code).HasMaxLength(5);
        builder.Property(x => x.Name).HasMaxLength(100);
        builder.Property(x => x.SearchName).HasMaxLength(100);
        builder.Property(x => x.DepartementCode).HasMaxLength(3);
        builder.Property(x => x.RegionCode).HasMaxLength(3);
        builder.Property(x => x.EpciCode).HasMaxLength(9);
        builder.Property(x => x.Zone).HasConversion<string>().HasMaxLength(10);
        builder.HasIndex(x => x.SearchName);
        builder.HasIndex(x => x.DepartementCode);
        builder.HasIndex(x => x.EpciCode);
        builder.HasMany(x => x.PostalCodes).WithOne().HasForeignKey(x => x.CommuneCode).OnDelete(DeleteBehavior.Cascade);
    }
}
