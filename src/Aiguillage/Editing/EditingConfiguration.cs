using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aiguillage.Editing;

internal sealed class ChangeProposalConfiguration : IEntityTypeConfiguration<ChangeProposal>
{
    public void Configure(EntityTypeBuilder<ChangeProposal> builder)
    {
        builder.ToTable("change_proposals");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.AuthorAccountId).HasMaxLength(450);
        builder.Property(x => x.AuthorEmail).HasMaxLength(320);
        builder.Property(x => x.DecidedByEmail).HasMaxLength(320);
        builder.Property(x => x.DecisionNote).HasMaxLength(2000);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Ignore(x => x.Fields);
        builder.Ignore(x => x.BaseFields);
        builder.Ignore(x => x.IsOpen);
        builder.HasIndex(x => new { x.Kind, x.TargetId, x.Status });
        builder.HasIndex(x => new { x.Status, x.StructureId });
        builder.HasIndex(x => x.AuthorAccountId);
    }
}

internal sealed class ChangeRecordConfiguration : IEntityTypeConfiguration<ChangeRecord>
{
    public void Configure(EntityTypeBuilder<ChangeRecord> builder)
    {
        builder.ToTable("change_records");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.ActorEmail).HasMaxLength(320);
        builder.Property(x => x.Note).HasMaxLength(2000);
        builder.Ignore(x => x.Changes);
        builder.HasIndex(x => new { x.Kind, x.TargetId, x.AtUtc });
        builder.HasIndex(x => x.ProposalId);
    }
}
