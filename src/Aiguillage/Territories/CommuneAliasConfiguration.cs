using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aiguillage.Territories;

internal sealed class CommuneAliasConfiguration : IEntityTypeConfiguration<CommuneAlias>
{
    public void Configure(EntityTypeBuilder<CommuneAlias> builder)
    {
        builder.ToTable("commune_aliases");
        builder.HasKey(x => x.Code);
        builder.Property(x => x.Code).HasMaxLength(5);
        builder.Property(x => x.Name).HasMaxLength(100);
        builder.Property(x => x.CommuneCode).HasMaxLength(5);
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
    }
}
