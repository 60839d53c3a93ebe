using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aiguillage.Orientation;

internal sealed class OrientationRequestConfiguration : IEntityTypeConfiguration<OrientationRequest>
{
    public void Configure(EntityTypeBuilder<OrientationRequest> builder)
    {
        builder.ToTable("orientation_requests");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.CommuneCode).HasMaxLength(5);
        builder.Property(x => x.DepartementCode).HasMaxLength(3);
        builder.Property(x => x.RegionCode).HasMaxLength(3);
        builder.Property(x => x.Stage).HasMaxLength(40);
        builder.Property(x => x.Public).HasMaxLength(40);
        builder.HasIndex(x => new { x.DepartementCode, x.Day });
        builder.HasIndex(x => new { x.RegionCode, x.Day });

        // The diagnosis of an EPCI counts the requests of its member communes over a period.
        builder.HasIndex(x => new { x.CommuneCode, x.Day });
    }
}
