using System.Text.Json.Serialization;

namespace Aiguillage.OpenData;

/// <summary>An organization of Open Referral HSDS 3.0 (organization.json): one of our open structures.</summary>
public sealed record HsdsOrganization(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("website")] string? Website,
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("organization_identifiers")] IReadOnlyList<HsdsOrganizationIdentifier>? Identifiers,
    [property: JsonPropertyName("phones")] IReadOnlyList<HsdsPhone>? Phones,
    [property: JsonPropertyName("services")] IReadOnlyList<HsdsService>? Services);

/// <summary>A third-party identifier of an organization (its SIRET).</summary>
public sealed record HsdsOrganizationIdentifier(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("organization_id")] string OrganizationId,
    [property: JsonPropertyName("identifier_type")] string Type,
    [property: JsonPropertyName("identifier")] string Identifier);

public sealed record HsdsPhone(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("number")] string Number);

/// <summary>A service of Open Referral HSDS 3.0 (service.json): one of our visible offers.</summary>
public sealed record HsdsService(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("organization_id")] string OrganizationId,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("application_process")] string? ApplicationProcess,
    [property: JsonPropertyName("fees_description")] string? FeesDescription,
    [property: JsonPropertyName("eligibility_description")] string? EligibilityDescription,
    [property: JsonPropertyName("assured_date")] string? AssuredDate,
    [property: JsonPropertyName("phones")] IReadOnlyList<HsdsPhone>? Phones,
    [property: JsonPropertyName("service_areas")] IReadOnlyList<HsdsServiceArea> ServiceAreas,
    [property: JsonPropertyName("attributes")] IReadOnlyList<HsdsAttribute> Attributes);

/// <summary>Where a service is available: one of our coverage zones, named, with its official code.</summary>
public sealed record HsdsServiceArea(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("service_id")] string ServiceId,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("uri")] string Uri);

/// <summary>A link between a service and a term of one of our référentiels.</summary>
public sealed record HsdsAttribute(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("link_id")] string LinkId,
    [property: JsonPropertyName("link_type")] string LinkType,
    [property: JsonPropertyName("link_entity")] string LinkEntity,
    [property: JsonPropertyName("taxonomy_term_id")] string TaxonomyTermId,
    [property: JsonPropertyName("taxonomy_term")] HsdsTaxonomyTerm TaxonomyTerm);

public sealed record HsdsTaxonomyTerm(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("taxonomy")] string Taxonomy,
    [property: JsonPropertyName("taxonomy_id")] string TaxonomyId,
    [property: JsonPropertyName("taxonomy_detail")] HsdsTaxonomy TaxonomyDetail,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("term_uri")] string TermUri);

/// <summary>One of our published référentiels as an HSDS taxonomy, with its own URI.</summary>
public sealed record HsdsTaxonomy(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("version")] string Version);

/// <summary>The paged envelope of HSDS list endpoints (API reference, « Lists »).</summary>
public sealed record HsdsPage<T>(
    [property: JsonPropertyName("total_items")] int TotalItems,
    [property: JsonPropertyName("total_pages")] int TotalPages,
    [property: JsonPropertyName("page_number")] int PageNumber,
    [property: JsonPropertyName("size")] int Size,
    [property: JsonPropertyName("first_page")] bool FirstPage,
    [property: JsonPropertyName("last_page")] bool LastPage,
    [property: JsonPropertyName("empty")] bool Empty,
    [property: JsonPropertyName("contents")] IReadOnlyList<T> Contents);
