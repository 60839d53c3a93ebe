using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aiguillage.Accounts;

internal sealed class ModeratorScopeConfiguration : IEntityTypeConfiguration<ModeratorScope>
{
    public void Configure(EntityTypeBuilder<ModeratorScope> builder)
    {
        builder.ToTable("moderator_scopes");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Territory).HasMaxLength(20);
        builder.HasIndex(x => new { x.AccountId, x.Territory }).IsUnique();
        builder.HasIndex(x => x.Territory);
        builder.HasOne<Account>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StructureMembershipConfiguration : IEntityTypeConfiguration<StructureMembership>
{
    public void Configure(EntityTypeBuilder<StructureMembership> builder)
    {
        builder.ToTable("structure_memberships");
        builder.HasKey(x => x.Id);
        builder.HasIndex(x => new { x.AccountId, x.StructureId }).IsUnique();
        builder.HasIndex(x => x.StructureId);
        builder.HasOne<Account>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisations.Structure>().WithMany().HasForeignKey(x => x.StructureId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MembershipRequestConfiguration : IEntityTypeConfiguration<MembershipRequest>
{
    public void Configure(EntityTypeBuilder<MembershipRequest> builder)
    {
        builder.ToTable("membership_requests");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.AccountEmail).HasMaxLength(320);
        builder.Property(x => x.Message).HasMaxLength(1000);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.DecidedByEmail).HasMaxLength(320);
        builder.HasIndex(x => new { x.StructureId, x.Status });
        builder.HasIndex(x => x.AccountId);
        builder.HasOne<Account>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisations.Structure>().WithMany().HasForeignKey(x => x.StructureId).OnDelete(DeleteBehavior.Cascade);
    }
}
