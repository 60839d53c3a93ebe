using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aiguillage.Taxonomy;

internal sealed class TaxonomyTermConfiguration : IEntityTypeConfiguration<TaxonomyTerm>
{
    public void Configure(EntityTypeBuilder<TaxonomyTerm> builder)
    {
        builder.ToTable("taxonomy_terms");
        builder.HasKey(x => new { x.Kind, x.Code });
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(x => x.Code).HasMaxLength(40);
        builder.Property(x => x.Label).HasMaxLength(100);
        builder.Property(x => x.Description).HasMaxLength(500);
        builder.HasData(TaxonomyCatalog.Version1.Select(t => new
        {
            t.Kind,
            t.Code,
            t.Label,
            t.Description,
            t.SortOrder,
            t.IsRetired,
        }));
    }
}
