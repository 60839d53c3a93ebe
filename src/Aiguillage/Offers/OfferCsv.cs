using System.Globalization;
using System.Net.Mail;
using Aiguillage.Imports;
using Aiguillage.Organisations;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;

namespace Aiguillage.Offers;

/// <summary>One validation problem, located by line and column, in French.</summary>
public sealed record ImportError(int Line, string? Column, string Message)
{
    public override string ToString() => Column is null ? $"ligne {Line} : {Message}" : $"ligne {Line}, colonne {Column} : {Message}";
}

/// <summary>A row that passed validation: the structure and the offer it describes.</summary>
public sealed record OfferRow(
    int Line,
    string Source,
    string Identifier,
    string StructureIdentifier,
    StructureDetails Structure,
    OfferDetails Offer);

/// <summary>
/// The CSV format of offers, shared by the seed and by imports (docs/format-csv-offres.md).
/// Multi-valued cells separate their values with "|".
/// </summary>
public static class OfferCsv
{
    public const char ListSeparator = '|';

    public static class Columns
    {
        public const string Source = "source";
        public const string Identifier = "identifiant";
        public const string StructureIdentifier = "structure_identifiant";
        public const string StructureName = "structure_nom";
        public const string StructureKinds = "structure_types";
        public const string StructureSiret = "structure_siret";
        public const string StructureCommune = "structure_commune";
        public const string StructureWebsite = "structure_site_web";
        public const string StructureEmail = "structure_courriel";
        public const string StructurePhone = "structure_telephone";
        public const string StructureNetworks = "structure_reseaux";
        public const string StructureEssSpecialist = "structure_specialiste_ess";
        public const string StructureDescription = "structure_description";
        public const string StructureSources = "structure_sources";
        public const string StructureVerifiedOn = "structure_date_verification";
        public const string Title = "nom";
        public const string Description = "description";
        public const string Types = "types";
        public const string Instruments = "instruments";
        public const string Stages = "etapes";
        public const string Needs = "besoins";
        public const string Publics = "publics";
        public const string Zones = "zones";
        public const string Cost = "frais";
        public const string CostDetails = "frais_precisions";
        public const string Conditions = "conditions";
        public const string HowToApply = "modalites";
        public const string ApplicationUrl = "lien";
        public const string Email = "courriel";
        public const string Phone = "telephone";
        public const string Duration = "duree";
        public const string Status = "statut";
        public const string VerifiedOn = "date_verification";
        public const string EndsOn = "date_fin";
        public const string Sources = "sources";
    }

    /// <summary>Every column, in the order the seed file uses; the first ones are required.</summary>
    public static IReadOnlyList<string> AllColumns { get; } =
    [
        Columns.Source, Columns.Identifier, Columns.StructureIdentifier, Columns.StructureName, Columns.StructureKinds,
        Columns.StructureSiret, Columns.StructureCommune, Columns.StructureWebsite, Columns.StructureEmail, Columns.StructurePhone,
        Columns.StructureNetworks, Columns.StructureEssSpecialist, Columns.StructureDescription, Columns.StructureSources,
        Columns.StructureVerifiedOn, Columns.Title, Columns.Description, Columns.Types, Columns.Instruments, Columns.Stages,
        Columns.Needs, Columns.Publics, Columns.Zones, Columns.Cost, Columns.CostDetails, Columns.Conditions, Columns.HowToApply,
        Columns.ApplicationUrl, Columns.Email, Columns.Phone, Columns.Duration, Columns.Status, Columns.VerifiedOn, Columns.EndsOn,
        Columns.Sources,
    ];

    public static IReadOnlyList<string> RequiredColumns { get; } =
    [
        Columns.Source, Columns.Identifier, Columns.StructureIdentifier, Columns.StructureName, Columns.StructureKinds,
        Columns.Title, Columns.Types, Columns.Stages, Columns.Zones, Columns.VerifiedOn, Columns.Sources,
    ];

    private static readonly Dictionary<string, OfferStatus> StatusCodes = new(StringComparer.Ordinal)
    {
        ["brouillon"] = OfferStatus.Draft,
        ["publiee"] = OfferStatus.Published,
        ["suspendue"] = OfferStatus.Suspended,
        ["archivee"] = OfferStatus.Archived,
    };

    public static string ToCode(this OfferStatus status) => StatusCodes.First(p => p.Value == status).Key;

    public static string ToLabel(this OfferStatus status) => status switch
    {
        OfferStatus.Draft => "brouillon",
        OfferStatus.Published => "publiée",
        OfferStatus.Suspended => "suspendue",
        OfferStatus.Archived => "archivée",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>Checks the header: required columns present, no unknown or repeated column. Returns the column positions.</summary>
    public static Dictionary<string, int> ReadHeader(CsvRecord header, List<ImportError> errors)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim().ToLowerInvariant();
            if (name.Length == 0)
            {
                errors.Add(new(header.LineNumber, null, $"la colonne n° {i + 1} n'a pas de nom."));
            }
            else if (!AllColumns.Contains(name))
            {
                errors.Add(new(header.LineNumber, name, $"colonne inconnue ; colonnes possibles : {string.Join(", ", AllColumns)}."));
            }
            else if (!positions.TryAdd(name, i))
            {
                errors.Add(new(header.LineNumber, name, "cette colonne apparaît deux fois."));
            }
        }

        foreach (var required in RequiredColumns.Where(r => !positions.ContainsKey(r)))
        {
            errors.Add(new(header.LineNumber, required, "colonne obligatoire absente."));
        }

        return positions;
    }

    /// <summary>Validates one data row against the référentiels and the official territories; adds its errors to the list.</summary>
    public static OfferRow? ReadRow(
        CsvRecord record,
        int expectedFieldCount,
        IReadOnlyDictionary<string, int> positions,
        TaxonomySnapshot taxonomy,
        TerritoryCodes territories,
        List<ImportError> errors)
    {
        var before = errors.Count;
        var line = record.LineNumber;
        if (record.Fields.Count != expectedFieldCount)
        {
            errors.Add(new(line, null, $"{record.Fields.Count} champs au lieu de {expectedFieldCount} : vérifiez les séparateurs et les guillemets."));
            return null;
        }

        string Cell(string column) =>
            positions.TryGetValue(column, out var i) && i < record.Fields.Count ? record.Fields[i].Trim() : "";

        void Error(string column, string message) => errors.Add(new(line, column, message));

        string Required(string column, int maxLength)
        {
            var value = Cell(column);
            if (value.Length == 0)
            {
                Error(column, "valeur obligatoire manquante.");
            }
            else if (value.Length > maxLength)
            {
                Error(column, $"{value.Length} caractères, au plus {maxLength} sont permis.");
            }

            return value;
        }

        string? Optional(string column, int maxLength)
        {
            var value = Cell(column);
            if (value.Length > maxLength)
            {
                Error(column, $"{value.Length} caractères, au plus {maxLength} sont permis.");
            }

            return value.Length == 0 ? null : value;
        }

        List<string> Codes(string column, TaxonomyKind kind, bool required)
        {
            var values = SplitList(Cell(column));
            if (required && values.Count == 0)
            {
                Error(column, $"au moins une valeur est attendue ; {kind.ToPluralLabel()} possibles : {taxonomy.AcceptedCodes(kind)}.");
            }

            foreach (var value in values)
            {
                var term = taxonomy.Find(kind, value);
                if (term is null)
                {
                    Error(column, $"« {value} » n'est pas {kind.WithArticle()} ; {kind.ToPluralLabel()} possibles : {taxonomy.AcceptedCodes(kind)}.");
                }
                else if (term.IsRetired)
                {
                    Error(column, $"« {value} » n'est plus utilisé ; {kind.ToPluralLabel()} possibles : {taxonomy.AcceptedCodes(kind)}.");
                }
            }

            if (values.Distinct(StringComparer.Ordinal).Count() != values.Count)
            {
                Error(column, "une valeur est répétée.");
            }

            return values;
        }

        DateOnly? Date(string column, bool required)
        {
            var value = Cell(column);
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

        List<string> Urls(string column, bool required)
        {
            var values = SplitList(Cell(column));
            if (required && values.Count == 0)
            {
                Error(column, "au moins une adresse web de source est attendue.");
            }

            foreach (var value in values.Where(v => !IsHttpUrl(v)))
            {
                Error(column, $"« {value} » n'est pas une adresse web commençant par http:// ou https://.");
            }

            return values;
        }

        string? Email(string column)
        {
            var value = Optional(column, 320);
            if (value is not null && !MailAddress.TryCreate(value, out _))
            {
                Error(column, $"« {value} » n'est pas une adresse électronique valide.");
            }

            return value;
        }

        string? Phone(string column)
        {
            var value = Optional(column, 30);
            if (value is not null && !IsPhone(value))
            {
                Error(column, $"« {value} » n'est pas un numéro de téléphone (chiffres, espaces, points, tirets, + en tête).");
            }

            return value;
        }

        var source = Required(Columns.Source, 100);
        var identifier = Required(Columns.Identifier, 200);
        var structureIdentifier = Required(Columns.StructureIdentifier, 200);
        var structureName = Required(Columns.StructureName, 300);
        var structureKinds = Codes(Columns.StructureKinds, TaxonomyKind.StructureKind, required: true);

        var siret = Optional(Columns.StructureSiret, 20)?.Replace(" ", "", StringComparison.Ordinal);
        if (siret is not null && !IsSiret(siret))
        {
            Error(Columns.StructureSiret, $"« {siret} » n'est pas un numéro SIRET valide (14 chiffres, clé de contrôle).");
        }

        var commune = Optional(Columns.StructureCommune, 5)?.ToUpperInvariant();
        string? resolvedCommune = null;
        if (commune is not null)
        {
            resolvedCommune = territories.ResolveCommune(commune);
            if (resolvedCommune is null)
            {
                Error(Columns.StructureCommune, $"« {commune} » n'est pas un code INSEE de commune connu.");
            }
        }

        var website = Optional(Columns.StructureWebsite, 500);
        if (website is not null)
        {
            website = NormalizeWebsite(website);
            if (website is null)
            {
                Error(Columns.StructureWebsite, $"« {Cell(Columns.StructureWebsite)} » n'est pas une adresse de site web.");
            }
        }

        var structureEmail = Email(Columns.StructureEmail);
        var structurePhone = Phone(Columns.StructurePhone);
        var networks = SplitList(Cell(Columns.StructureNetworks));
        var essSpecialist = ParseYesNo(Cell(Columns.StructureEssSpecialist), Columns.StructureEssSpecialist, defaultValue: true, Error);
        var structureDescription = Optional(Columns.StructureDescription, 4000) ?? "";
        var structureSources = Urls(Columns.StructureSources, required: false);
        var structureVerifiedOn = Date(Columns.StructureVerifiedOn, required: false);

        var title = Required(Columns.Title, 300);
        var description = Optional(Columns.Description, 4000) ?? "";
        var types = Codes(Columns.Types, TaxonomyKind.OfferType, required: true);
        var instruments = Codes(Columns.Instruments, TaxonomyKind.FinancialInstrument, required: false);
        if (instruments.Count > 0 && !types.Contains("aide-financiere"))
        {
            Error(Columns.Instruments, "des instruments financiers ne sont permis que pour une offre de type aide-financiere.");
        }

        var stages = Codes(Columns.Stages, TaxonomyKind.Stage, required: true);
        var needs = Codes(Columns.Needs, TaxonomyKind.Need, required: false);
        var publics = Codes(Columns.Publics, TaxonomyKind.Public, required: false);
        var zones = ReadZones(Cell(Columns.Zones), territories, message => Error(Columns.Zones, message));

        var cost = Optional(Columns.Cost, 40);
        if (cost is not null)
        {
            var costs = Codes(Columns.Cost, TaxonomyKind.Cost, required: false);
            if (costs.Count > 1)
            {
                Error(Columns.Cost, "une seule valeur de frais est permise ; précisez dans frais_precisions.");
            }
        }

        var costDetails = Optional(Columns.CostDetails, 1000);
        var conditions = Optional(Columns.Conditions, 2000);
        var howToApply = Optional(Columns.HowToApply, 2000);
        var applicationUrl = Optional(Columns.ApplicationUrl, 500);
        if (applicationUrl is not null && !IsHttpUrl(applicationUrl))
        {
            Error(Columns.ApplicationUrl, $"« {applicationUrl} » n'est pas une adresse web commençant par http:// ou https://.");
        }

        var email = Email(Columns.Email);
        var phone = Phone(Columns.Phone);
        var duration = Optional(Columns.Duration, 200);

        var statusText = Cell(Columns.Status);
        var status = OfferStatus.Published;
        if (statusText.Length > 0 && !StatusCodes.TryGetValue(SearchText.Normalize(statusText), out status))
        {
            Error(Columns.Status, $"« {statusText} » n'est pas un statut connu ; statuts possibles : {string.Join(", ", StatusCodes.Keys)}.");
        }

        var verifiedOn = Date(Columns.VerifiedOn, required: true);
        var endsOn = Date(Columns.EndsOn, required: false);
        if (verifiedOn is { } v && endsOn is { } e && e < v)
        {
            Error(Columns.EndsOn, "la date de fin précède la date de vérification.");
        }

        var sources = Urls(Columns.Sources, required: true);

        if (errors.Count > before)
        {
            return null;
        }

        var structure = new StructureDetails(
            structureName,
            structureKinds,
            siret,
            resolvedCommune,
            website,
            structureEmail,
            structurePhone,
            networks,
            essSpecialist,
            structureDescription,
            structureSources.Count > 0 ? structureSources : sources,
            structureVerifiedOn ?? verifiedOn!.Value,
            StructureStatus.Active);

        var offer = new OfferDetails(
            title,
            description,
            types,
            instruments,
            stages,
            needs,
            publics,
            zones,
            cost,
            costDetails,
            conditions,
            howToApply,
            applicationUrl,
            email,
            phone,
            duration,
            status,
            verifiedOn!.Value,
            endsOn,
            sources);

        return new OfferRow(line, source, identifier, structureIdentifier, structure, offer);
    }

    /// <summary>Reads "niveau:code|niveau:code", checking each code against the official territories.</summary>
    public static List<CoverageZone> ReadZones(string cell, TerritoryCodes territories, Action<string> error)
    {
        var zones = new List<CoverageZone>();
        var values = SplitList(cell);
        if (values.Count == 0)
        {
            error($"au moins une zone est attendue, de la forme niveau:code (niveaux possibles : {TerritoryLevels.AcceptedCodes}), par exemple departement:23 ou pays:FR.");
        }

        foreach (var value in values)
        {
            if (!CoverageZone.TryParse(value, out var zone))
            {
                error($"« {value} » n'est pas une zone de la forme niveau:code ; niveaux possibles : {TerritoryLevels.AcceptedCodes} ; pour toute la France : pays:FR.");
                continue;
            }

            if (zone.Level == TerritoryLevel.Commune && !territories.Communes.Contains(zone.Code))
            {
                var resolved = territories.ResolveCommune(zone.Code);
                if (resolved is null)
                {
                    error($"« {zone.Code} » n'est pas un code INSEE de commune connu.");
                    continue;
                }

                zone = zone with { Code = resolved };
            }
            else if (!territories.Exists(zone.Level, zone.Code))
            {
                error($"« {zone.Code} » n'est pas un code de {zone.Level.ToLabel()} connu dans le découpage administratif officiel.");
                continue;
            }

            if (!zones.Contains(zone))
            {
                zones.Add(zone);
            }
        }

        return zones;
    }

    public static List<string> SplitList(string cell) =>
        cell.Split(ListSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    private static bool ParseYesNo(string value, string column, bool defaultValue, Action<string, string> error)
    {
        switch (SearchText.Normalize(value))
        {
            case "": return defaultValue;
            case "oui" or "vrai" or "1" or "true": return true;
            case "non" or "faux" or "0" or "false": return false;
            default:
                error(column, $"« {value} » : répondez oui ou non.");
                return defaultValue;
        }
    }

    public static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Contains('.', StringComparison.Ordinal);

    /// <summary>Accepts "avise.org" or a full address; returns an https:// address, or null when it is not one.</summary>
    public static string? NormalizeWebsite(string value)
    {
        var candidate = value.Contains("://", StringComparison.Ordinal) ? value : "https://" + value;
        return IsHttpUrl(candidate) ? candidate : null;
    }

    private static bool IsPhone(string value) =>
        value.All(c => char.IsAsciiDigit(c) || c is ' ' or '.' or '-' or '+' or '(' or ')')
        && value.Count(char.IsAsciiDigit) is >= 4 and <= 15
        && value.IndexOf('+', 1) < 0;

    /// <summary>14 digits with a valid Luhn key (La Poste's establishments use another rule).</summary>
    public static bool IsSiret(string value)
    {
        if (value.Length != 14 || !value.All(char.IsAsciiDigit))
        {
            return false;
        }

        if (value.StartsWith("356000000", StringComparison.Ordinal))
        {
            return value.Sum(c => c - '0') % 5 == 0;
        }

        var sum = 0;
        for (var i = 0; i < 14; i++)
        {
            var digit = value[13 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }
}
