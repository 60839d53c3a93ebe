using System.Globalization;

namespace Aiguillage.Offers;

/// <summary>
/// The date a source gives for its facts, as precise as the source is: a year, a month or a day ("2014", "2014-06",
/// "2014-06-12"). Never a build date: an undated source has no SourceDate at all.
/// </summary>
public readonly record struct SourceDate
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public SourceDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1900 or > 2100 || month is < 1 or > 12 || (day is not null && month is null))
        {
            throw new ArgumentOutOfRangeException(nameof(year), $"{year}-{month}-{day} n'est pas une date de source valide.");
        }

        if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month!.Value)))
        {
            throw new ArgumentOutOfRangeException(nameof(day), $"{year}-{month}-{day} n'est pas une date de source valide.");
        }

        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }

    public int? Month { get; }

    public int? Day { get; }

    /// <summary>The first day the source may mean: ages are counted from it, so a date given as a year never looks fresher than it is.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>"2014", "juin 2014" or "12 juin 2014".</summary>
    public string Label => Day is not null ? Earliest.ToString("d MMMM yyyy", French)
        : Month is not null ? Earliest.ToString("MMMM yyyy", French)
        : Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>The CSV and stored form: AAAA, AAAA-MM or AAAA-MM-JJ.</summary>
    public override string ToString() => Day is not null ? Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : Month is not null ? Earliest.ToString("yyyy-MM", CultureInfo.InvariantCulture)
        : Year.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out SourceDate date)
    {
        date = default;
        var parts = (text ?? "").Trim().Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2) || !parts.All(p => p.All(char.IsAsciiDigit)))
        {
            return false;
        }

        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        try
        {
            date = new SourceDate(numbers[0], numbers.Length > 1 ? numbers[1] : null, numbers.Length > 2 ? numbers[2] : null);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    public static SourceDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"« {text} » n'est pas une date de source (AAAA, AAAA-MM ou AAAA-MM-JJ).");
}
