namespace Aiguillage.Organisations;

public enum StructureStatus
{
    Active,
    Closed,
}

/// <summary>An organisation that supports ESS projects ("structure d'accompagnement").</summary>
public sealed class Structure
{
    private Structure()
    {
        Source = "";
        SourceIdentifier = "";
        Name = "";
        Description = "";
    }

    public Structure(string source, string sourceIdentifier, StructureDetails details)
        : this()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceIdentifier);
        Source = source;
        SourceIdentifier = sourceIdentifier;
        Apply(details);
    }

    public int Id { get; private set; }

    /// <summary>The dataset the structure comes from ("aiguillage-amorce" for the seed); with SourceIdentifier, the key of imports.</summary>
    public string Source { get; private set; }

    public string SourceIdentifier { get; private set; }

    public string Name { get; private set; }

    public List<string> Kinds { get; private set; } = [];

    public string? Siret { get; private set; }

    /// <summary>INSEE code of the commune of its address, when known.</summary>
    public string? CommuneCode { get; private set; }

    public string? Website { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    public List<string> Networks { get; private set; } = [];

    public bool IsEssSpecialist { get; private set; }

    public string Description { get; private set; }

    public List<string> SourceUrls { get; private set; } = [];

    /// <summary>When a person last confirmed the fiche; null until someone does.</summary>
    public DateOnly? LastVerifiedOn { get; private set; }

    public StructureStatus Status { get; private set; }

    /// <summary>Incremented on every change; edits carry the version they read, so a concurrent change is detected.</summary>
    public int Version { get; private set; }

    /// <summary>Replaces the described facts; returns whether anything changed.</summary>
    public bool Apply(StructureDetails details)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(details.Name);
        var changed = Id == 0 || !details.Equals(Details);
        if (!changed)
        {
            return false;
        }

        Name = details.Name.Trim();
        Kinds = [.. details.Kinds];
        Siret = details.Siret;
        CommuneCode = details.CommuneCode;
        Website = details.Website;
        Email = details.Email;
        Phone = details.Phone;
        Networks = [.. details.Networks];
        IsEssSpecialist = details.IsEssSpecialist;
        Description = details.Description.Trim();
        SourceUrls = [.. details.SourceUrls];
        LastVerifiedOn = details.LastVerifiedOn;
        Status = details.Status;
        Version++;
        return true;
    }

    public StructureDetails Details => new(
        Name, Kinds, Siret, CommuneCode, Website, Email, Phone, Networks, IsEssSpecialist, Description, SourceUrls, LastVerifiedOn, Status);
}

/// <summary>What an editor or an import states about a structure.</summary>
public sealed record StructureDetails(
    string Name,
    IReadOnlyList<string> Kinds,
    string? Siret,
    string? CommuneCode,
    string? Website,
    string? Email,
    string? Phone,
    IReadOnlyList<string> Networks,
    bool IsEssSpecialist,
    string Description,
    IReadOnlyList<string> SourceUrls,
    DateOnly? LastVerifiedOn,
    StructureStatus Status)
{
    public bool Equals(StructureDetails? other) =>
        other is not null
        && Name == other.Name
        && Kinds.SequenceEqual(other.Kinds)
        && Siret == other.Siret
        && CommuneCode == other.CommuneCode
        && Website == other.Website
        && Email == other.Email
        && Phone == other.Phone
        && Networks.SequenceEqual(other.Networks)
        && IsEssSpecialist == other.IsEssSpecialist
        && Description == other.Description
        && SourceUrls.SequenceEqual(other.SourceUrls)
        && LastVerifiedOn == other.LastVerifiedOn
        && Status == other.Status;

    public override int GetHashCode() => HashCode.Combine(Name, Siret, CommuneCode, LastVerifiedOn);
}
