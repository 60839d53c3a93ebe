using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aiguillage.Organisations;

internal sealed class StructureConfiguration : IEntityTypeConfiguration<Structure>
{
    public void Configure(EntityTypeBuilder<Structure> builder)
    {
        builder.ToTable("structures");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Source).HasMaxLength(100);
        builder.Property(x => x.SourceIdentifier).HasMaxLength(200);
        builder.Property(x => x.Name).HasMaxLength(300);
        builder.Property(x => x.Siret).HasMaxLength(14);
        builder.Property(x => x.CommuneCode).HasMaxLength(5);
        builder.Property(x => x.Website).HasMaxLength(500);
        builder.Property(x => x.Email).HasMaxLength(320);
        builder.Property(x => x.Phone).HasMaxLength(30);
        builder.Property(x => x.Description).HasMaxLength(4000);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Ignore(x => x.Details);
        builder.HasIndex(x => new { x.Source, x.SourceIdentifier }).IsUnique();
        builder.HasIndex(x => x.CommuneCode);
    }
}
