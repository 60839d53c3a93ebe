using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aiguillage.Territories;

internal sealed class DepartementConfiguration : IEntityTypeConfiguration<Departement>
{
    public void Configure(EntityTypeBuilder<Departement> builder)
    {
        builder.ToTable("departements");
        builder.HasKey(x => x.Code);
        builder.Property(x => x.Code).HasMaxLength(3);
        builder.Property(x => x.Name).HasMaxLength(100);
        builder.Property(x => x.SearchName).HasMaxLength(100);
        builder.Property(x => x.RegionCode).HasMaxLength(3);
        builder.Property(x => x.Zone).HasConversion<string>().HasMaxLength(10);
        builder.Property(x => x.ChefLieuCode).HasMaxLength(5);
        builder.HasIndex(x => x.SearchName);
        builder.HasIndex(x => x.RegionCode);
    }
}
