using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aiguillage.Territories;

internal sealed class TerritoryDatasetConfiguration : IEntityTypeConfiguration<TerritoryDataset>
{
    public void Configure(EntityTypeBuilder<TerritoryDataset> builder)
    {
        builder.ToTable("territory_datasets");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Package).HasMaxLength(100);
        builder.Property(x => x.Version).HasMaxLength(30);
    }
}
