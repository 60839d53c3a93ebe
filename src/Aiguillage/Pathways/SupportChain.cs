using System.Text.Json;
using Aiguillage.Territories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aiguillage.Pathways;

public enum ChainStatus
{
    Draft,
    Published,
}

/// <summary>One step of a chain: a stage, what happens there, the offers that carry it, and how the project is handed on.</summary>
public sealed record ChainStep(string Stage, string Title, string Description, IReadOnlyList<int> OfferIds, string? Handover);

/// <summary>
/// A chain of support ("parcours") a territory's actors run together, e.g. TrajectoirESS in Bretagne: ordered steps by stage,
/// each with its offers and its hand-over. Composed by the territory's moderators, brouillon until published; its changes
/// go to the fiches' history (Editing.ChangeRecord).
/// </summary>
public sealed class SupportChain
{
    private SupportChain()
    {
        Territory = Name = Description = StepsJson = UpdatedByEmail = "";
    }

    public SupportChain(string territory, string name, string description, IReadOnlyList<ChainStep> steps, ChainStatus status, string byEmail, DateTime nowUtc)
        : this() => Change(territory, name, description, steps, status, byEmail, nowUtc);

    public int Id { get; private set; }

    /// <summary>The territory it serves: "region:53" or "departement:35".</summary>
    public string Territory { get; private set; }

    public string Name { get; private set; }

    public string Description { get; private set; }

    public string StepsJson { get; private set; }

    public ChainStatus Status { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public string UpdatedByEmail { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<ChainStep> Steps => JsonSerializer.Deserialize<List<ChainStep>>(StepsJson) ?? [];

    public void Change(string territory, string name, string description, IReadOnlyList<ChainStep> steps, ChainStatus status, string byEmail, DateTime nowUtc)
    {
        Territory = territory;
        Name = name.Trim();
        Description = description.Trim();
        StepsJson = JsonSerializer.Serialize(steps);
        Status = status;
        UpdatedByEmail = byEmail;
        UpdatedAtUtc = nowUtc;
        Version++;
    }

    /// <summary>Whether the chain serves a commune: its région or its département.</summary>
    public static bool Serves(string territory, CommuneLocation commune) =>
        CoverageZone.TryParse(territory, out var zone) && zone.Contains(commune);
}

internal sealed class SupportChainConfiguration : IEntityTypeConfiguration<SupportChain>
{
    public void Configure(EntityTypeBuilder<SupportChain> builder)
    {
        builder.ToTable("support_chains");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Territory).HasMaxLength(20);
        builder.Property(x => x.Name).HasMaxLength(150);
        builder.Property(x => x.Description).HasMaxLength(2000);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.UpdatedByEmail).HasMaxLength(320);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Ignore(x => x.Steps);
        builder.HasIndex(x => new { x.Status, x.Territory });
    }
}
