using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aiguillage.Territories;

internal sealed class CommunePostalCodeConfiguration : IEntityTypeConfiguration<CommunePostalCode>
{
    public void Configure(EntityTypeBuilder<CommunePostalCode> builder)
    {
        builder.ToTable("commune_postal_codes");
        builder.HasKey(x => new { x.PostalCode, x.CommuneCode });
        builder.Property(x => x.PostalCode).HasMaxLength(5);
        builder.Property(x => x.CommuneCode).HasMaxLength(5);
        builder.HasIndex(x => x.CommuneCode);
    }
}
