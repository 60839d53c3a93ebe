namespace Aiguillage.Offers;

/// <summary>Whether a dispositif is a programme that operators deliver, or a label a structure may obtain.</summary>
public enum DispositifNature
{
    Programme,
    Label,
}

/// <summary>
/// A national or regional programme or label (DLA, Fabrique à initiatives, agrément ESUS…): not a structure that helps,
/// but what structures deliver. Offers name the dispositif they deliver; its page lists its operators by territory.
/// </summary>
public sealed class Dispositif
{
    private Dispositif()
    {
        Code = "";
        Name = "";
        Description = "";
    }

    public Dispositif(string code, DispositifDetails details)
        : this()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
        Apply(details);
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public DispositifNature Nature { get; private set; }

    public string Description { get; private set; }

    public string? Website { get; private set; }

    public List<string> SourceUrls { get; private set; } = [];

    public SourceDate? SourceDate { get; private set; }

    public DispositifDetails Details => new(Name, Nature, Description, Website, SourceUrls, SourceDate);

    /// <summary>Replaces the details; false when nothing changed.</summary>
    public bool Apply(DispositifDetails details)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(details.Name);
        if (details.SourceUrls.Count == 0)
        {
            throw new ArgumentException("Un dispositif cite au moins une source.", nameof(details));
        }

        if (Name == details.Name && Nature == details.Nature && Description == details.Description && Website == details.Website
            && SourceUrls.SequenceEqual(details.SourceUrls) && SourceDate == details.SourceDate)
        {
            return false;
        }

        Name = details.Name.Trim();
        Nature = details.Nature;
        Description = details.Description.Trim();
        Website = details.Website;
        SourceUrls = [.. details.SourceUrls];
        SourceDate = details.SourceDate;
        return true;
    }
}

public sealed record DispositifDetails(
    string Name, DispositifNature Nature, string Description, string? Website, IReadOnlyList<string> SourceUrls, SourceDate? SourceDate);
