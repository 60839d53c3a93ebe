using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aiguillage.Catalogue;
using Json.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Aiguillage.IntegrationTests;

/// <summary>
/// The open-data exports of the real seed catalogue, through the HTTP API, validated record by record against the official
/// schemas kept in Schemas/ with their licences (data·inclusion v1: Licence Ouverte 2.0; HSDS 3.0: CC-BY-SA 4.0), with
/// formats (uuid, uri, email, date) asserted, not only noted.
/// </summary>
public sealed class OpenDataApiTests(SqliteDatabase database)
{
    private static readonly EvaluationOptions Strict = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
    private static readonly Lazy<JsonSchema> DiStructure = new(() => Schema("data-inclusion-v1", "structure.json"));
    private static readonly Lazy<JsonSchema> DiService = new(() => Schema("data-inclusion-v1", "service.json"));
    private static readonly Lazy<JsonSchema> HsdsService = new(() => Schema("hsds-3", "service.json"));
    private static readonly Lazy<JsonSchema> HsdsOrganization = new(() => Schema("hsds-3", "organization.json"));
    private readonly HttpClient _client = database.Web.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static string SchemaPath(string folder, string file) =>
        Path.Combine(ApiTests.RepositoryRoot(), "tests", "Aiguillage.IntegrationTests", "Schemas", folder, file);

    private static JsonSchema Schema(string folder, string file) => JsonSchema.FromText(File.ReadAllText(SchemaPath(folder, file)));

    private async Task<(HttpResponseMessage Response, string Body)> GetAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(expected == response.StatusCode, $"{url} → {(int)response.StatusCode} : {body}");
        return (response, body);
    }

    private async Task<JsonArray> GetArrayAsync(string url) => JsonNode.Parse((await GetAsync(url)).Body)!.AsArray();

    /// <summary>Every record's errors, "id : /path message", so a failure says which record and which field.</summary>
    private static List<string> Invalid(JsonSchema schema, IEnumerable<JsonNode?> records) =>
        records.SelectMany(r =>
        {
            var result = schema.Evaluate(r, Strict);
            return result.IsValid
                ? []
                : (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                    .SelectMany(d => d.Errors!.Select(e => $"{r?["id"]} : {d.InstanceLocation} {e.Key} {e.Value}"))
                    .DefaultIfEmpty($"{r?["id"]} : invalide");
        }).ToList();

    private async Task<CatalogueSnapshot> CatalogueAsync()
    {
        var provider = database.Web.Services.GetRequiredService<CatalogueProvider>();
        await provider.RefreshAsync(Ct);
        return await provider.GetAsync(Ct);
    }

    [Fact]
    public async Task Every_data_inclusion_structure_and_service_of_the_seed_validates_against_the_official_schema()
    {
        var catalogue = await CatalogueAsync();
        var structures = await GetArrayAsync("/api/v1/export/data-inclusion/structures");
        var services = await GetArrayAsync("/api/v1/export/data-inclusion/services");

        Assert.True(structures.Count > 100, $"{structures.Count} structures exportées");
        Assert.True(services.Count > 500, $"{services.Count} services exportés");
        Assert.Empty(Invalid(DiStructure.Value, structures).Take(20));
        Assert.Empty(Invalid(DiService.Value, services).Take(20));

        // Only undated records are left out (date_maj is required and never a build date), and nothing else is.
        Assert.Equal(catalogue.Offers.Count(o => o.EvidenceDay is not null), services.Count);
        var structureIds = structures.Select(s => (string)s!["id"]!).ToHashSet();
        Assert.Equal(structures.Count, structureIds.Count);
        Assert.All(services, s => Assert.Contains((string)s!["structure_id"]!, structureIds));
        Assert.All(services, s => Assert.Equal("aiguillage", (string)s!["source"]!));
        Assert.All(services, s => Assert.StartsWith("http", (string)s!["lien_source"]!, StringComparison.Ordinal));
    }

    /// <summary>The check itself is proven: records broken in one field each are refused, formats included.</summary>
    [Theory]
    [InlineData("nom", "\"ab\"")]
    [InlineData("date_maj", "\"2025-13-45\"")]
    [InlineData("thematiques", "[\"creer-une-entreprise\"]")]
    [InlineData("zone_eligibilite", "[\"1234\"]")]
    [InlineData("lien_source", "\"pas une adresse\"")]
    [InlineData("frais", "\"variable\"")]
    public async Task The_schema_check_refuses_a_service_broken_in_one_field(string field, string value)
    {
        var service = (await GetArrayAsync("/api/v1/export/data-inclusion/services"))[0]!.DeepClone();
        Assert.Empty(Invalid(DiService.Value, [service]));

        service[field] = JsonNode.Parse(value);
        Assert.NotEmpty(Invalid(DiService.Value, [service]));
    }

    [Fact]
    public async Task The_schema_check_refuses_an_hsds_service_whose_id_is_not_a_uuid()
    {
        var service = JsonNode.Parse((await GetAsync("/api/hsds/services?per_page=1")).Body)!["contents"]![0]!.DeepClone();
        service["id"] = "aiguillage--offre-1";

        Assert.NotEmpty(Invalid(HsdsService.Value, [service]));
    }

    [Fact]
    public async Task A_service_carries_its_zones_as_official_codes_and_a_date_from_its_evidence()
    {
        var catalogue = await CatalogueAsync();
        var services = (await GetArrayAsync("/api/v1/export/data-inclusion/services")).ToDictionary(s => (string)s!["id"]!);
        var regional = catalogue.Offers.First(o => o.EvidenceDay is not null && o.Zones is [{ Level: Territories.TerritoryLevel.Region }]);

        var exported = services[$"aiguillage--offre-{regional.Id}"]!;
        var departements = catalogue.Departements.Where(d => d.RegionCode == regional.Zones[0].Code).Select(d => d.Code).ToList();
        Assert.Equal(departements, exported["zone_eligibilite"]!.AsArray().Select(c => (string)c!));
        Assert.Equal(regional.EvidenceDay!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), (string)exported["date_maj"]!);
        Assert.EndsWith($"/offres/{regional.Id}", (string)exported["lien_source"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_exports_have_the_schema_columns_and_one_record_per_json_record()
    {
        foreach (var table in new[] { "structures", "services" })
        {
            var json = await GetArrayAsync($"/api/v1/export/data-inclusion/{table}");
            var (response, body) = await GetAsync($"/api/v1/export/data-inclusion/{table}?format=csv");

            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            var records = Aiguillage.Imports.CsvReader.Read(new StringReader(body));
            var header = records[0].Fields.ToList();
            Assert.Equal(json.Count, records.Count - 1);
            Assert.Contains("date_maj", header);
            Assert.Equal((string)json[0]!["id"]!, records[1].Fields[header.IndexOf("id")]);
            Assert.Equal((string)json[0]!["nom"]!, records[1].Fields[header.IndexOf("nom")]);
        }
    }

    [Fact]
    public async Task An_unknown_export_format_is_a_french_problem()
    {
        var (response, body) = await GetAsync("/api/v1/export/data-inclusion/services?format=xml", HttpStatusCode.BadRequest);

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal("format", problem.GetProperty("parametre").GetString());
        Assert.Contains("csv", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_hsds_service_and_organization_of_the_seed_validates_against_the_compiled_schemas()
    {
        var catalogue = await CatalogueAsync();
        var services = await AllPagesAsync("/api/hsds/services");
        var organizations = await AllPagesAsync("/api/hsds/organizations");

        Assert.Equal(catalogue.Offers.Count, services.Count);
        Assert.Equal(catalogue.Structures.Count, organizations.Count);
        Assert.Empty(Invalid(HsdsService.Value, services).Take(20));
        Assert.Empty(Invalid(HsdsOrganization.Value, organizations).Take(20));
        Assert.All(services, s => Assert.NotEmpty(s!["service_areas"]!.AsArray()));

        // The detail objects too: an organization with its services, a service by its UUID.
        var withServices = catalogue.Structures.First(s => s.OfferIds.Count > 1);
        var organizationId = organizations.Select(o => (string)o!["id"]!).First(id =>
            id == Aiguillage.OpenData.MapToHsds.OrganizationUuid(withServices.Id).ToString());
        var organization = JsonNode.Parse((await GetAsync($"/api/hsds/organizations/{organizationId}")).Body)!;
        Assert.Empty(Invalid(HsdsOrganization.Value, [organization]));
        Assert.Equal(withServices.OfferIds.Count, organization["services"]!.AsArray().Count);
        var service = JsonNode.Parse((await GetAsync($"/api/hsds/services/{services[0]!["id"]}")).Body)!;
        Assert.Empty(Invalid(HsdsService.Value, [service]));
        Assert.True(JsonNode.DeepEquals(services[0], service));
    }

    private async Task<List<JsonNode?>> AllPagesAsync(string url)
    {
        var all = new List<JsonNode?>();
        for (var page = 1; ; page++)
        {
            var envelope = JsonNode.Parse((await GetAsync($"{url}?page={page}&per_page=100")).Body)!;
            all.AddRange(envelope["contents"]!.AsArray().Select(n => n?.DeepClone()));
            if ((bool)envelope["last_page"]!)
            {
                return all;
            }
        }
    }

    [Fact]
    public async Task The_hsds_lists_are_paged_in_the_hsds_envelope()
    {
        var catalogue = await CatalogueAsync();
        var (response, body) = await GetAsync("/api/hsds/services?page=2&per_page=3");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var page = JsonNode.Parse(body)!;

        Assert.Equal(catalogue.Offers.Count, (int)page["total_items"]!);
        Assert.Equal((catalogue.Offers.Count + 2) / 3, (int)page["total_pages"]!);
        Assert.Equal(2, (int)page["page_number"]!);
        Assert.Equal(3, (int)page["size"]!);
        Assert.False((bool)page["first_page"]!);
        Assert.False((bool)page["last_page"]!);
        Assert.False((bool)page["empty"]!);
        Assert.Equal(
            catalogue.Offers.Skip(3).Take(3).Select(o => Aiguillage.OpenData.MapToHsds.ServiceUuid(o.Id).ToString()),
            page["contents"]!.AsArray().Select(s => (string)s!["id"]!));

        var beyond = JsonNode.Parse((await GetAsync("/api/hsds/organizations?page=100000&per_page=100")).Body)!;
        Assert.Empty(beyond["contents"]!.AsArray());
        Assert.True((bool)beyond["last_page"]!);
    }

    [Theory]
    [InlineData("/api/hsds/services/7b1c0f4e-2d7a-5e39-9b1a-000000000000", 404, null)]
    [InlineData("/api/hsds/organizations/7b1c0f4e-2d7a-5e39-9b1a-000000000000", 404, null)]
    [InlineData("/api/hsds/services/12", 400, "id")]
    [InlineData("/api/hsds/services?per_page=0", 400, "per_page")]
    [InlineData("/api/hsds/organizations?per_page=101", 400, "per_page")]
    [InlineData("/api/hsds/organizations?page=abc", 400, "page")]
    public async Task Hsds_errors_are_french_problem_details(string url, int status, string? parameter)
    {
        var (response, body) = await GetAsync(url, (HttpStatusCode)status);

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(status == 404 ? "Ressource introuvable" : "Paramètre invalide", problem.GetProperty("title").GetString());
        if (parameter is not null)
        {
            Assert.Equal(parameter, problem.GetProperty("parametre").GetString());
        }
    }
}
