using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aiguillage.Territories;

internal sealed class EpciConfiguration : IEntityTypeConfiguration<Epci>
{
    public void Configure(EntityTypeBuilder<Epci> builder)
    {
        builder.ToTable("epcis");
        builder.HasKey(x => x.Code);
        builder.Property(x => x.Code).HasMaxLength(9);
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.SearchName).HasMaxLength(200);
        builder.Property(x => x.Kind).HasMaxLength(10);
        builder.HasIndex(x => x.SearchName);
    }
}
