using System.Globalization;

namespace Aiguillage.Web.Pages;

internal static class PageNumber
{
    /// <summary>A missing page number is page 1; anything that is not a positive whole number is refused.</summary>
    public static bool TryParse(string? value, out int number)
    {
        number = 1;
        return string.IsNullOrEmpty(value)
            || (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number is >= 1 and <= 100_000);
    }
}
