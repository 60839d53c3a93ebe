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
        public const string PartialZones = "zone_partielle";
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
        public const string SourceDate = "date_source";
        public const string Dispositif = "dispositif";
        public const string EndsOn = "date_fin";
        public const string Sources = "sources";
    }

    /// <summary>Every column, in the order the seed file uses; <see cref="RequiredColumns"/> says which a file must have.</summary>
    public static IReadOnlyList<string> AllColumns { get; } =
    [
        Columns.Source, Columns.Identifier, Columns.StructureIdentifier, Columns.StructureName, Columns.StructureKinds,
        Columns.StructureSiret, Columns.StructureCommune, Columns.StructureWebsite, Columns.StructureEmail, Columns.StructurePhone,
        Columns.StructureNetworks, Columns.StructureEssSpecialist, Columns.StructureDescription, Columns.StructureSources,
        Columns.StructureVerifiedOn, Columns.Title, Columns.Description, Columns.Types, Columns.Instruments, Columns.Stages,
        Columns.Needs, Columns.Publics, Columns.Zones, Columns.PartialZones, Columns.Cost, Columns.CostDetails, Columns.Conditions,
        Columns.HowToApply, Columns.ApplicationUrl, Columns.Email, Columns.Phone, Columns.Duration, Columns.Status, Columns.VerifiedOn,
        Columns.EndsOn, Columns.Sources, Columns.SourceDate, Columns.Dispositif,
    ];

    public static IReadOnlyList<string> RequiredColumns { get; } =
    [
        Columns.Source, Columns.Identifier, Columns.StructureIdentifier, Columns.StructureName, Columns.StructureKinds,
        Columns.Title, Columns.Types, Columns.Stages, Columns.Zones, Columns.Sources,
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
        List<ImportError> errors,
        IReadOnlySet<string>? dispositifs = null)
    {
        if (record.Fields.Count != expectedFieldCount)
        {
            errors.Add(new(record.LineNumber, null, $"{record.Fields.Count} champs au lieu de {expectedFieldCount} : vérifiez les séparateurs et les guillemets."));
            return null;
        }

        var before = errors.Count;
        var cells = new OfferCsvCells(record, positions, taxonomy, errors);
        var source = cells.Required(Columns.Source, 100);
        var identifier = cells.Required(Columns.Identifier, 200);
        var structureIdentifier = cells.Required(Columns.StructureIdentifier, 200);
        var structure = ReadStructure(cells, territories);
        var offer = ReadOffer(cells, territories, dispositifs ?? new HashSet<string>());
        return errors.Count > before || offer is null
            ? null
            : new OfferRow(record.LineNumber, source, identifier, structureIdentifier, structure.With(offer), offer);
    }

    /// <summary>
    /// Reads a structure described as named cells (the back-office form posts the CSV's column names), with the same
    /// checks and messages as an import. Errors carry line 1 and the column.
    /// </summary>
    public static StructureDetails? ReadStructureFields(
        IReadOnlyDictionary<string, string> fields, TaxonomySnapshot taxonomy, TerritoryCodes territories, List<ImportError> errors)
    {
        var before = errors.Count;
        var (record, positions) = AsRecord(fields);
        var columns = ReadStructure(new OfferCsvCells(record, positions, taxonomy, errors), territories);
        return errors.Count > before ? null : columns.Details with { LastVerifiedOn = columns.VerifiedOn };
    }

    /// <summary>Reads an offer described as named cells, with the same checks and messages as an import.</summary>
    public static OfferDetails? ReadOfferFields(
        IReadOnlyDictionary<string, string> fields, TaxonomySnapshot taxonomy, TerritoryCodes territories, IReadOnlySet<string> dispositifs, List<ImportError> errors)
    {
        var before = errors.Count;
        var (record, positions) = AsRecord(fields);
        var offer = ReadOffer(new OfferCsvCells(record, positions, taxonomy, errors), territories, dispositifs);
        return errors.Count > before ? null : offer;
    }

    /// <summary>A structure's details as the named cells <see cref="ReadStructureFields"/> reads back.</summary>
    public static Dictionary<string, string> FieldsOf(StructureDetails details) => new(StringComparer.Ordinal)
    {
        [Columns.StructureName] = details.Name,
        [Columns.StructureKinds] = Join(details.Kinds),
        [Columns.StructureSiret] = details.Siret ?? "",
        [Columns.StructureCommune] = details.CommuneCode ?? "",
        [Columns.StructureWebsite] = details.Website ?? "",
        [Columns.StructureEmail] = details.Email ?? "",
        [Columns.StructurePhone] = details.Phone ?? "",
        [Columns.StructureNetworks] = Join(details.Networks),
        [Columns.StructureEssSpecialist] = details.IsEssSpecialist ? "oui" : "non",
        [Columns.StructureDescription] = details.Description,
        [Columns.StructureSources] = Join(details.SourceUrls),
        [Columns.StructureVerifiedOn] = Date(details.LastVerifiedOn),
    };

    /// <summary>An offer's details as the named cells <see cref="ReadOfferFields"/> reads back.</summary>
    public static Dictionary<string, string> FieldsOf(OfferDetails details) => new(StringComparer.Ordinal)
    {
        [Columns.Title] = details.Title,
        [Columns.Description] = details.Description,
        [Columns.Types] = Join(details.Types),
        [Columns.Instruments] = Join(details.Instruments),
        [Columns.Stages] = Join(details.Stages),
        [Columns.Needs] = Join(details.Needs),
        [Columns.Publics] = Join(details.Publics),
        [Columns.Zones] = Join(details.Zones.Select(z => z.ToString())),
        // Empty is "non", as in a file: a fiche saved before the column existed, or posted without the box ticked, reads the same.
        [Columns.PartialZones] = details.PartialZones ? "oui" : "",
        [Columns.Cost] = details.Cost ?? "",
        [Columns.CostDetails] = details.CostDetails ?? "",
        [Columns.Conditions] = details.Conditions ?? "",
        [Columns.HowToApply] = details.HowToApply ?? "",
        [Columns.ApplicationUrl] = details.ApplicationUrl ?? "",
        [Columns.Email] = details.ContactEmail ?? "",
        [Columns.Phone] = details.ContactPhone ?? "",
        [Columns.Duration] = details.Duration ?? "",
        [Columns.Status] = details.Status.ToCode(),
        [Columns.VerifiedOn] = Date(details.LastVerifiedOn),
        [Columns.EndsOn] = Date(details.EndsOn),
        [Columns.Sources] = Join(details.SourceUrls),
        [Columns.SourceDate] = details.SourceDate?.ToString() ?? "",
        [Columns.Dispositif] = details.DispositifCode ?? "",
    };

    private static string Join(IEnumerable<string> values) => string.Join(ListSeparator, values);

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private static (CsvRecord Record, Dictionary<string, int> Positions) AsRecord(IReadOnlyDictionary<string, string> fields)
    {
        var names = fields.Keys.ToList();
        return (new CsvRecord(1, names.Select(n => fields[n] ?? "").ToList()), names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal));
    }

    /// <summary>The structure_* columns; the structure's sources and verification date, when absent, are those of its offer.</summary>
    private sealed record StructureColumns(StructureDetails Details, DateOnly? VerifiedOn)
    {
        public StructureDetails With(OfferDetails offer) => Details with
        {
            SourceUrls = Details.SourceUrls.Count > 0 ? Details.SourceUrls : offer.SourceUrls,
            LastVerifiedOn = VerifiedOn ?? offer.LastVerifiedOn,
        };
    }

    private static StructureColumns ReadStructure(OfferCsvCells cells, TerritoryCodes territories)
    {
        var name = cells.Required(Columns.StructureName, 300);
        var kinds = cells.Codes(Columns.StructureKinds, TaxonomyKind.StructureKind, required: true);

        var siret = cells.Optional(Columns.StructureSiret, 20)?.Replace(" ", "", StringComparison.Ordinal);
        if (siret is not null && !IsSiret(siret))
        {
            cells.Error(Columns.StructureSiret, $"« {siret} » n'est pas un numéro SIRET valide (14 chiffres, clé de contrôle).");
        }

        var commune = cells.Optional(Columns.StructureCommune, 5)?.ToUpperInvariant();
        var resolvedCommune = commune is null ? null : territories.ResolveCommune(commune);
        if (commune is not null && resolvedCommune is null)
        {
            cells.Error(Columns.StructureCommune, $"« {commune} » n'est pas un code INSEE de commune connu.");
        }

        var details = new StructureDetails(
            name,
            kinds,
            siret,
            resolvedCommune,
            cells.Website(Columns.StructureWebsite, 500),
            cells.Email(Columns.StructureEmail),
            cells.Phone(Columns.StructurePhone),
            SplitList(cells.Text(Columns.StructureNetworks)),
            cells.YesNo(Columns.StructureEssSpecialist, defaultValue: true),
            cells.Optional(Columns.StructureDescription, 4000) ?? "",
            cells.Urls(Columns.StructureSources, required: false),
            default,
            StructureStatus.Active);
        return new StructureColumns(details, cells.Date(Columns.StructureVerifiedOn, required: false));
    }

    /// <summary>The offer's columns, then the rules of <see cref="Offer"/> that tie them together.</summary>
    private static OfferDetails? ReadOffer(OfferCsvCells cells, TerritoryCodes territories, IReadOnlySet<string> dispositifs)
    {
        var title = cells.Required(Columns.Title, 300);
        var description = cells.Optional(Columns.Description, 4000) ?? "";
        var types = cells.Codes(Columns.Types, TaxonomyKind.OfferType, required: true);
        var instruments = cells.Codes(Columns.Instruments, TaxonomyKind.FinancialInstrument, required: false);
        var stages = cells.Codes(Columns.Stages, TaxonomyKind.Stage, required: true);
        var needs = cells.Codes(Columns.Needs, TaxonomyKind.Need, required: false);
        var publics = cells.Codes(Columns.Publics, TaxonomyKind.Public, required: false);
        var zones = ReadZones(cells.Text(Columns.Zones), territories, message => cells.Error(Columns.Zones, message));
        var partialZones = cells.YesNo(Columns.PartialZones, defaultValue: false);

        var cost = cells.Optional(Columns.Cost, 40);
        if (cost is not null && cells.Codes(Columns.Cost, TaxonomyKind.Cost, required: false).Count > 1)
        {
            cells.Error(Columns.Cost, "une seule valeur de frais est permise ; précisez dans frais_precisions.");
        }

        var costDetails = cells.Optional(Columns.CostDetails, 1000);
        var conditions = cells.Optional(Columns.Conditions, 2000);
        var howToApply = cells.Optional(Columns.HowToApply, 2000);
        var applicationUrl = cells.Url(Columns.ApplicationUrl, 500);
        var email = cells.Email(Columns.Email);
        var phone = cells.Phone(Columns.Phone);
        var duration = cells.Optional(Columns.Duration, 200);
        var status = ReadStatus(cells);
        var verifiedOn = cells.Date(Columns.VerifiedOn, required: false);
        var endsOn = cells.Date(Columns.EndsOn, required: false);
        var sources = cells.Urls(Columns.Sources, required: true);
        var sourceDate = cells.SourceDate(Columns.SourceDate);
        var dispositif = cells.Optional(Columns.Dispositif, 60);
        if (dispositif is not null && !dispositifs.Contains(dispositif))
        {
            cells.Error(Columns.Dispositif, dispositifs.Count == 0
                ? $"« {dispositif} » n'est pas un dispositif connu : aucun dispositif n'est encore chargé."
                : $"« {dispositif} » n'est pas un dispositif connu ; dispositifs possibles : {string.Join(", ", dispositifs.Order(StringComparer.Ordinal))}.");
        }

        foreach (var broken in Offer.CheckRules(types, instruments, verifiedOn, endsOn, partialZones, conditions))
        {
            cells.Error(ColumnOf(broken.Detail), broken.Message);
        }

        return new OfferDetails(
            title, description, types, instruments, stages, needs, publics, zones, cost, costDetails, conditions, howToApply,
            applicationUrl, email, phone, duration, status, verifiedOn, endsOn, sources, sourceDate, dispositif, partialZones);
    }

    private static OfferStatus ReadStatus(OfferCsvCells cells)
    {
        var text = cells.Text(Columns.Status);
        if (text.Length == 0)
        {
            return OfferStatus.Published;
        }

        if (StatusCodes.TryGetValue(SearchText.Normalize(text), out var status))
        {
            return status;
        }

        cells.Error(Columns.Status, $"« {text} » n'est pas un statut connu ; statuts possibles : {string.Join(", ", StatusCodes.Keys)}.");
        return OfferStatus.Published;
    }

    /// <summary>The column that holds a detail of <see cref="OfferDetails"/>, to place an offer rule's message.</summary>
    private static string ColumnOf(string detail) => detail switch
    {
        nameof(OfferDetails.Instruments) => Columns.Instruments,
        nameof(OfferDetails.EndsOn) => Columns.EndsOn,
        nameof(OfferDetails.PartialZones) => Columns.PartialZones,
        _ => throw new ArgumentOutOfRangeException(nameof(detail), detail, "Détail d'offre sans colonne CSV."),
    };

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

    public static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Contains('.', StringComparison.Ordinal);

    /// <summary>Accepts "avise.org" or a full address; returns an https:// address, or null when it is not one.</summary>
    public static string? NormalizeWebsite(string value)
    {
        var candidate = value.Contains("://", StringComparison.Ordinal) ? value : "https://" + value;
        return IsHttpUrl(candidate) ? candidate : null;
    }

    internal static bool IsPhone(string value) =>
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
