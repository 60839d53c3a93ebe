using System.Text.Json.Serialization;

namespace Aiguillage.OpenData;

/// <summary>A structure in data·inclusion's schema v1 (structure.json); optional fields we cannot fill are left out.</summary>
public sealed record DataInclusionStructure(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("nom")] string Name,
    [property: JsonPropertyName("date_maj")] string UpdatedOn,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("siret")] string? Siret,
    [property: JsonPropertyName("site_web")] string? Website,
    [property: JsonPropertyName("courriel")] string? Email,
    [property: JsonPropertyName("telephone")] string? Phone,
    [property: JsonPropertyName("code_insee")] string? CommuneCode,
    [property: JsonPropertyName("commune")] string? CommuneName,
    [property: JsonPropertyName("code_postal")] string? PostalCode,
    [property: JsonPropertyName("lien_source")] string SourceLink,
    [property: JsonPropertyName("reseaux_porteurs")] IReadOnlyList<string>? Networks);

/// <summary>A service in data·inclusion's schema v1 (service.json): one of our published offers.</summary>
public sealed record DataInclusionService(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("structure_id")] string StructureId,
    [property: JsonPropertyName("nom")] string Name,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("date_maj")] string UpdatedOn,
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("thematiques")] IReadOnlyList<string>? Thematiques,
    [property: JsonPropertyName("publics")] IReadOnlyList<string>? Publics,
    [property: JsonPropertyName("publics_precisions")] string? PublicsDetails,
    [property: JsonPropertyName("frais")] string? Frais,
    [property: JsonPropertyName("frais_precisions")] string? FraisDetails,
    [property: JsonPropertyName("conditions_acces")] string? Conditions,
    [property: JsonPropertyName("zone_eligibilite")] IReadOnlyList<string>? EligibilityZone,
    [property: JsonPropertyName("courriel")] string? Email,
    [property: JsonPropertyName("telephone")] string? Phone,
    [property: JsonPropertyName("modes_mobilisation")] IReadOnlyList<string>? MobilisationModes,
    [property: JsonPropertyName("mobilisation_precisions")] string? MobilisationDetails,
    [property: JsonPropertyName("lien_mobilisation")] string? MobilisationLink,
    [property: JsonPropertyName("lien_source")] string SourceLink);
