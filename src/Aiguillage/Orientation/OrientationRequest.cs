namespace Aiguillage.Orientation;

/// <summary>
/// One questionnaire answered ("demande d'orientation"), kept without personal data for the territorial diagnosis:
/// where (commune, département, région), what (stage, needs, public), how many offers were found, and the day.
/// The free text is not kept: it could hold personal data.
/// </summary>
public sealed class OrientationRequest
{
    private OrientationRequest()
    {
        CommuneCode = DepartementCode = RegionCode = Stage = "";
        Needs = [];
    }

    public OrientationRequest(DateOnly day, string communeCode, string departementCode, string regionCode, string stage, IReadOnlyList<string> needs, string? audience, int resultCount, int alternativeCount)
    {
        Day = day;
        CommuneCode = communeCode;
        DepartementCode = departementCode;
        RegionCode = regionCode;
        Stage = stage;
        Needs = [.. needs];
        Public = audience;
        ResultCount = resultCount;
        AlternativeCount = alternativeCount;
    }

    public long Id { get; private set; }

    /// <summary>The day only: a timestamp to the second would help re-identify a person.</summary>
    public DateOnly Day { get; private set; }

    public string CommuneCode { get; private set; }

    public string DepartementCode { get; private set; }

    public string RegionCode { get; private set; }

    public string Stage { get; private set; }

    public List<string> Needs { get; private set; }

    public string? Public { get; private set; }

    public int ResultCount { get; private set; }

    public int AlternativeCount { get; private set; }
}
