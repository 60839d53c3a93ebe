using System.Text;
using System.Text.Json;
using Aiguillage.Imports;
using Aiguillage.Offers;
using Aiguillage.Taxonomy;

namespace Aiguillage.OpenData;

/// <summary>
/// Imports a data·inclusion v1 file ({ "structures": [...], "services": [...] }) by writing each service, with its
/// structure, as a row of our CSV format and handing the file to <see cref="ImportOffers"/>: the same checks, messages,
/// report and all-or-nothing rule as a CSV import, keyed by (« data-inclusion », the record's id). Errors name the service
/// by its rank and id, and the data·inclusion field at fault. The mapping is the inverse of <see cref="MapToDataInclusion"/>
/// (docs/adr/017-donnees-ouvertes.md), so that an export imported and exported again gives the same records.
/// </summary>
public sealed class ImportDataInclusion(ImportOffers import, LoadTaxonomy loadTaxonomy)
{
    /// <summary>The source of imported records in our database.</summary>
    public const string Source = "data-inclusion";

    /// <summary>Our CSV columns and the data·inclusion field each comes from, for the messages.</summary>
    private static readonly Dictionary<string, string> FieldOfColumn = new(StringComparer.Ordinal)
    {
        [OfferCsv.Columns.Identifier] = "id",
        [OfferCsv.Columns.StructureIdentifier] = "structure_id",
        [OfferCsv.Columns.StructureName] = "structure.nom",
        [OfferCsv.Columns.StructureKinds] = "type de structure (paramètre de l'import)",
        [OfferCsv.Columns.StructureSiret] = "structure.siret",
        [OfferCsv.Columns.StructureCommune] = "structure.code_insee",
        [OfferCsv.Columns.StructureWebsite] = "structure.site_web",
        [OfferCsv.Columns.StructureEmail] = "structure.courriel",
        [OfferCsv.Columns.StructurePhone] = "structure.telephone",
        [OfferCsv.Columns.StructureDescription] = "structure.description",
        [OfferCsv.Columns.StructureSources] = "structure.lien_source",
        [OfferCsv.Columns.Title] = "nom",
        [OfferCsv.Columns.Description] = "description",
        [OfferCsv.Columns.Types] = "type",
        [OfferCsv.Columns.Stages] = "thematiques",
        [OfferCsv.Columns.Publics] = "publics_precisions",
        [OfferCsv.Columns.Zones] = "zone_eligibilite",
        [OfferCsv.Columns.Cost] = "frais",
        [OfferCsv.Columns.CostDetails] = "frais_precisions",
        [OfferCsv.Columns.Conditions] = "conditions_acces",
        [OfferCsv.Columns.HowToApply] = "mobilisation_precisions",
        [OfferCsv.Columns.ApplicationUrl] = "lien_mobilisation",
        [OfferCsv.Columns.Email] = "courriel",
        [OfferCsv.Columns.Phone] = "telephone",
        [OfferCsv.Columns.SourceDate] = "date_maj",
        [OfferCsv.Columns.Sources] = "lien_source",
    };

    private static readonly string[] Columns =
    [
        OfferCsv.Columns.Source, OfferCsv.Columns.Identifier, OfferCsv.Columns.StructureIdentifier, OfferCsv.Columns.StructureName,
        OfferCsv.Columns.StructureKinds, OfferCsv.Columns.StructureSiret, OfferCsv.Columns.StructureCommune, OfferCsv.Columns.StructureWebsite,
        OfferCsv.Columns.StructureEmail, OfferCsv.Columns.StructurePhone, OfferCsv.Columns.StructureNetworks, OfferCsv.Columns.StructureDescription,
        OfferCsv.Columns.StructureSources, OfferCsv.Columns.Title, OfferCsv.Columns.Description, OfferCsv.Columns.Types, OfferCsv.Columns.Stages,
        OfferCsv.Columns.Publics, OfferCsv.Columns.Zones, OfferCsv.Columns.Cost, OfferCsv.Columns.CostDetails, OfferCsv.Columns.Conditions,
        OfferCsv.Columns.HowToApply, OfferCsv.Columns.ApplicationUrl, OfferCsv.Columns.Email, OfferCsv.Columns.Phone, OfferCsv.Columns.Status,
        OfferCsv.Columns.SourceDate, OfferCsv.Columns.Sources,
    ];

    /// <summary>
    /// Imports the file. <paramref name="structureKind"/> is the type de structure (our référentiel) of its structures:
    /// data·inclusion does not say it and we do not guess it, the person importing states it.
    /// </summary>
    public async Task<OfferImportReport> HandleAsync(Stream json, string structureKind, bool dryRun, CancellationToken cancellationToken = default)
    {
        DataInclusionFile? file;
        try
        {
            file = await JsonSerializer.DeserializeAsync<DataInclusionFile>(json, OpenDataWriter.Json, cancellationToken);
        }
        catch (JsonException e)
        {
            return Failed(new ImportError((int)(e.LineNumber ?? 0) + 1, null, $"le fichier n'est pas un JSON data·inclusion lisible : {e.Message}"), dryRun);
        }

        if (file?.Services is not { Count: > 0 } services)
        {
            return Failed(new ImportError(1, "services", "aucun service : un objet { \"structures\": [...], \"services\": [...] } est attendu."), dryRun);
        }

        var taxonomy = await loadTaxonomy.HandleAsync(cancellationToken);
        var structures = (file.Structures ?? []).GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var csv = new StringBuilder(string.Join(',', Columns)).Append('\n');
        var serviceAtLine = new Dictionary<int, int>();
        var line = 2;
        for (var i = 0; i < services.Count; i++)
        {
            serviceAtLine[line] = i;
            var row = string.Join(',', Row(services[i], structures.GetValueOrDefault(services[i].StructureId ?? ""), structureKind, taxonomy).Select(CsvReader.Escape));
            csv.Append(row).Append('\n');
            line += 1 + row.Count(c => c == '\n');
        }

        var report = await import.HandleAsync(new StringReader(csv.ToString()), dryRun, cancellationToken);
        return report with
        {
            Errors = report.Errors.Select(e => serviceAtLine.TryGetValue(e.Line, out var index)
                ? new ImportError(index + 1, e.Column is { } c ? FieldOfColumn.GetValueOrDefault(c, c) : null, $"service « {services[index].Id} » : {e.Message}")
                : e).ToList(),
        };
    }

    /// <summary>One service and its structure as the cells of our CSV format, in <see cref="Columns"/>' order.</summary>
    private static IEnumerable<string?> Row(DataInclusionService service, DataInclusionStructure? structure, string structureKind, TaxonomySnapshot taxonomy)
    {
        var (publics, publicsLeft) = Publics(service, taxonomy);
        var (cost, costDetails) = Cost(service, taxonomy);
        var conditions = string.Join(" ", new[] { publicsLeft, service.Conditions }.OfType<string>());
        return
        [
            Source,
            service.Id,
            service.StructureId,
            structure?.Name,
            structureKind,
            structure?.Siret,
            structure?.CommuneCode,
            structure?.Website,
            structure?.Email,
            structure?.Phone,
            Join((structure?.Networks ?? []).Select(r => DataInclusionVocabulary.ReseauByNetwork.FirstOrDefault(p => p.Value == r).Key ?? r)),
            structure?.Description,
            structure?.SourceLink,
            service.Name,
            service.Description,
            service.Type is { } type ? DataInclusionVocabulary.TypeByOfferType.FirstOrDefault(p => p.Value == type).Key : null,
            Join(Stages(service.Thematiques ?? [])),
            Join(publics),
            Join((service.EligibilityZone ?? []).Select(Zone)),
            cost,
            costDetails,
            conditions,
            service.MobilisationDetails,
            service.MobilisationLink,
            service.Email,
            service.Phone,
            "publiee",
            service.UpdatedOn,
            service.SourceLink,
        ];
    }

    /// <summary>
    /// The étapes a service's thématiques name: each « créer une entreprise » sub-thématique gives the first étape of its
    /// phase (the étapes table read backwards), so that exporting again gives the same thématiques. Other thématiques give
    /// none; a service with none of these is refused by the import (an offer serves at least one étape).
    /// </summary>
    public static IReadOnlyList<string> Stages(IEnumerable<string> thematiques) =>
        thematiques.Select(t => DataInclusionVocabulary.ThematiqueByStage.FirstOrDefault(p => p.Value == t).Key).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Zone codes back to our zones: « france » or 99100 the country, 9 digits an EPCI, 5 characters a commune, else a département.</summary>
    public static string Zone(string code) => code switch
    {
        OpenZones.France or "99100" => Territories.CoverageZone.France.ToString(),
        { Length: 9 } when code.All(char.IsAsciiDigit) => "epci:" + code,
        { Length: 5 } => "commune:" + code,
        _ => "departement:" + code,
    };

    /// <summary>
    /// Our publics from « Réservé à : A, B. » when every label is one of our publics; otherwise none, and the service's
    /// publics other than « tous-publics » and its publics_precisions are kept as text in the conditions.
    /// </summary>
    private static (IReadOnlyList<string> Codes, string? Left) Publics(DataInclusionService service, TaxonomySnapshot taxonomy)
    {
        const string Prefix = "Réservé à : ";
        var precisions = service.PublicsDetails;
        if (precisions is not null && precisions.StartsWith(Prefix, StringComparison.Ordinal) && precisions.EndsWith('.'))
        {
            var labels = precisions[Prefix.Length..^1].Split(", ");
            var codes = labels.Select(l => taxonomy.Terms(TaxonomyKind.Public, includeRetired: true).FirstOrDefault(t => t.Label == l)?.Code).ToList();
            if (codes.TrueForAll(c => c is not null))
            {
                return (codes.OfType<string>().ToList(), null);
            }
        }

        var theirs = (service.Publics ?? []).Where(p => p != DataInclusionVocabulary.EveryPublic).ToList();
        var left = string.Join(" ", new[] { theirs.Count > 0 ? "Publics (data·inclusion) : " + string.Join(", ", theirs) + "." : null, precisions }.OfType<string>());
        return ([], left.Length == 0 ? null : left);
    }

    /// <summary>Their frais, or our « variable » when the details begin with its label (as our export writes it).</summary>
    private static (string? Cost, string? Details) Cost(DataInclusionService service, TaxonomySnapshot taxonomy)
    {
        if (service.Frais is { } frais)
        {
            return (DataInclusionVocabulary.FraisByCost.FirstOrDefault(p => p.Value == frais).Key, service.FraisDetails);
        }

        foreach (var term in taxonomy.Terms(TaxonomyKind.Cost).Where(t => !DataInclusionVocabulary.FraisByCost.ContainsKey(t.Code)))
        {
            if (service.FraisDetails == term.Label + ".")
            {
                return (term.Code, null);
            }

            if (service.FraisDetails?.StartsWith(term.Label + " : ", StringComparison.Ordinal) == true)
            {
                return (term.Code, service.FraisDetails[(term.Label.Length + 3)..]);
            }
        }

        return (null, service.FraisDetails);
    }

    private static string Join(IEnumerable<string> values) => string.Join(OfferCsv.ListSeparator, values);

    private static OfferImportReport Failed(ImportError error, bool dryRun) => new([error], 0, 0, 0, 0, 0, 0, dryRun);

    private sealed record DataInclusionFile(
        [property: System.Text.Json.Serialization.JsonPropertyName("structures")] IReadOnlyList<DataInclusionStructure>? Structures,
        [property: System.Text.Json.Serialization.JsonPropertyName("services")] IReadOnlyList<DataInclusionService>? Services);
}
