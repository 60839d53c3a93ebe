using System.Globalization;
using Aiguillage.Imports;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;

namespace Aiguillage.Offers;

/// <summary>
/// The cells of one row of the offers CSV, read by kind (text, codes, dates, addresses), each problem added to the
/// report with the row's line, the column and a French message that says what is accepted.
/// </summary>
internal sealed class OfferCsvCells(CsvRecord record, IReadOnlyDictionary<string, int> positions, TaxonomySnapshot taxonomy, List<ImportError> errors)
{
    public int Line => record.LineNumber;

    public string Text(string column) =>
        positions.TryGetValue(column, out var i) && i < record.Fields.Count ? record.Fields[i].Trim() : "";

    public void Error(string column, string message) => errors.Add(new(Line, column, message));

    public string Required(string column, int maxLength)
    {
        var value = Text(column);
        if (value.Length == 0)
        {
            Error(column, "valeur obligatoire manquante.");
        }
        else if (value.Length > maxLength)
        {
            Error(column, TooLong(value, maxLength));
        }

        return value;
    }

    public string? Optional(string column, int maxLength)
    {
        var value = Text(column);
        if (value.Length > maxLength)
        {
            Error(column, TooLong(value, maxLength));
        }

        return value.Length == 0 ? null : value;
    }

    /// <summary>Codes of a référentiel, "|"-separated: each known and not retired, none repeated.</summary>
    public List<string> Codes(string column, TaxonomyKind kind, bool required)
    {
        var values = OfferCsv.SplitList(Text(column));
        var accepted = $"{kind.ToPluralLabel()} possibles : {taxonomy.AcceptedCodes(kind)}.";
        if (required && values.Count == 0)
        {
            Error(column, $"au moins une valeur est attendue ; {accepted}");
        }

        foreach (var value in values)
        {
            var term = taxonomy.Find(kind, value);
            if (term is null)
            {
                Error(column, $"« {value} » n'est pas {kind.WithArticle()} ; {accepted}");
            }
            else if (term.IsRetired)
            {
                Error(column, $"« {value} » n'est plus utilisé ; {accepted}");
            }
        }

        if (values.Distinct(StringComparer.Ordinal).Count() != values.Count)
        {
            Error(column, "une valeur est répétée.");
        }

        return values;
    }

    public DateOnly? Date(string column, bool required)
    {
        var value = Text(column);
        if (value.Length == 0)
        {
            if (required)
            {
                Error(column, "date obligatoire manquante (format AAAA-MM-JJ).");
            }

            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(column, $"« {value} » n'est pas une date au format AAAA-MM-JJ (par exemple 2026-03-31).");
        return null;
    }

    /// <summary>Web addresses, "|"-separated, each starting with http:// or https://.</summary>
    public List<string> Urls(string column, bool required)
    {
        var values = OfferCsv.SplitList(Text(column));
        if (required && values.Count == 0)
        {
            Error(column, "au moins une adresse web de source est attendue.");
        }

        foreach (var value in values.Where(v => !OfferCsv.IsHttpUrl(v)))
        {
            Error(column, NotAnHttpUrl(value));
        }

        foreach (var value in values.Where(SourceRules.IsContentFarm))
        {
            Error(column, $"« {value} » est une copie sur un site de documents ou une ferme de contenus : citez la page d'origine.");
        }

        return values;
    }

    /// <summary>The date a source gives: AAAA, AAAA-MM or AAAA-MM-JJ; empty for an undated source.</summary>
    public SourceDate? SourceDate(string column)
    {
        var value = Text(column);
        if (value.Length == 0)
        {
            return null;
        }

        if (Offers.SourceDate.TryParse(value, out var date))
        {
            return date;
        }

        Error(column, $"« {value} » n'est pas une date de source : AAAA, AAAA-MM ou AAAA-MM-JJ (par exemple 2014, 2024-06 ou 2025-03-31), vide si la source n'en donne pas.");
        return null;
    }

    public string? Url(string column, int maxLength)
    {
        var value = Optional(column, maxLength);
        if (value is not null && !OfferCsv.IsHttpUrl(value))
        {
            Error(column, NotAnHttpUrl(value));
        }

        return value;
    }

    /// <summary>A structure's site: "avise.org" is accepted and becomes https://avise.org.</summary>
    public string? Website(string column, int maxLength)
    {
        var value = Optional(column, maxLength);
        if (value is null)
        {
            return null;
        }

        var website = OfferCsv.NormalizeWebsite(value);
        if (website is null)
        {
            Error(column, $"« {value} » n'est pas une adresse de site web.");
        }

        return website;
    }

    public string? Email(string column)
    {
        var value = Optional(column, 320);
        if (value is not null && !Mail.EmailAddresses.IsValid(value))
        {
            Error(column, $"« {value} » n'est pas une adresse électronique valide.");
        }

        return value;
    }

    public string? Phone(string column)
    {
        var value = Optional(column, 30);
        if (value is not null && !OfferCsv.IsPhone(value))
        {
            Error(column, $"« {value} » n'est pas un numéro de téléphone (chiffres, espaces, points, tirets, + en tête).");
        }

        return value;
    }

    public bool YesNo(string column, bool defaultValue)
    {
        var value = Text(column);
        switch (SearchText.Normalize(value))
        {
            case "": return defaultValue;
            case "oui" or "vrai" or "1" or "true": return true;
            case "non" or "faux" or "0" or "false": return false;
            default:
                Error(column, $"« {value} » : répondez oui ou non.");
                return defaultValue;
        }
    }

    private static string TooLong(string value, int maxLength) => $"{value.Length} caractères, au plus {maxLength} sont permis.";

    private static string NotAnHttpUrl(string value) => $"« {value} » n'est pas une adresse web commençant par http:// ou https://.";
}
