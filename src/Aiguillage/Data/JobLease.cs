using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aiguillage.Data;

/// <summary>
/// One row per background job that must run on a single instance at a time (table job_leases): who holds it and until when
/// (UTC). Rows are only written by <see cref="JobLeases"/>.
/// </summary>
public sealed class JobLease
{
    public JobLease(string name, string holder, DateTime expiresAtUtc)
    {
        Name = name;
        Holder = holder;
        ExpiresAtUtc = expiresAtUtc;
    }

    public string Name { get; private set; }

    public string Holder { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }
}

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        builder.ToTable("job_leases");
        builder.HasKey(x => x.Name);
        builder.Property(x => x.Name).HasMaxLength(100);
        builder.Property(x => x.Holder).HasMaxLength(200);
    }
}
