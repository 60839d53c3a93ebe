using System.Globalization;
using System.Text;

namespace Aiguillage.Territories;

/// <summary>
/// Folds a French name to the form stored for prefix look-ups: lower case, no accents, ligatures split,
/// punctuation as single spaces, and the usual abbreviations of "Saint" written out.
/// The same folding runs on the stored names and on what people type, so SQLite and PostgreSQL compare plain ASCII.
/// </summary>
public static class SearchText
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                switch (c)
                {
                    case 'œ' or 'Œ': builder.Append("oe"); break;
                    case 'æ' or 'Æ': builder.Append("ae"); break;
                    case 'ß': builder.Append("ss"); break;
                    default: builder.Append(char.ToLowerInvariant(c)); break;
                }

                lastWasSpace = false;
            }
            else if (!lastWasSpace)
            {
                builder.Append(' ');
                lastWasSpace = true;
            }
        }

        var folded = builder.ToString().TrimEnd();
        return ExpandAbbreviations(folded);
    }

    private static string ExpandAbbreviations(string folded)
    {
        if (!folded.Contains("st", StringComparison.Ordinal))
        {
            return folded;
        }

        var words = folded.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = words[i] switch
            {
                "st" => "saint",
                "ste" => "sainte",
                "sts" => "saints",
                "stes" => "saintes",
                _ => words[i],
            };
        }

        return string.Join(' ', words);
    }
}
