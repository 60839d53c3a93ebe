using Aiguillage.OpenData;
using Aiguillage.Referrals;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aiguillage.Web.Api;

/// <summary>
/// The published catalogue in two open standards (docs/adr/017-donnees-ouvertes.md): data·inclusion v1 exports, streamed,
/// and a read-only subset of the Open Referral HSDS 3.0 API. Field names are the standards', not ours.
/// </summary>
internal static class OpenDataApi
{
    private const string Csv = "text/csv; charset=utf-8";
    private const string Json = "application/json; charset=utf-8";

    public static void MapOpenDataApi(this IEndpointRouteBuilder app)
    {
        var export = app.MapGroup("/api/v1/export/data-inclusion").WithTags("Données ouvertes");
        export.MapGet("/structures", (string? format, ExportDataInclusion exporter, ReferralOptions site, CancellationToken cancellationToken) =>
            Export(DataInclusionTable.Structures, format, exporter, site, cancellationToken))
            .WithName("ExporterStructuresDataInclusion")
            .WithSummary("Les structures ouvertes au schéma data·inclusion v1 (structure.json), en JSON ou en CSV (format=csv) ; Licence Ouverte 2.0.")
            .Produces<IEnumerable<DataInclusionStructure>>(StatusCodes.Status200OK, "application/json", "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        export.MapGet("/services", (string? format, ExportDataInclusion exporter, ReferralOptions site, CancellationToken cancellationToken) =>
            Export(DataInclusionTable.Services, format, exporter, site, cancellationToken))
            .WithName("ExporterServicesDataInclusion")
            .WithSummary("Les offres publiées au schéma data·inclusion v1 (service.json), en JSON ou en CSV (format=csv) ; Licence Ouverte 2.0.")
            .Produces<IEnumerable<DataInclusionService>>(StatusCodes.Status200OK, "application/json", "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        var hsds = app.MapGroup("/api/hsds").WithTags("Open Referral HSDS 3.0");
        hsds.MapGet("/services", async Task<Results<Ok<HsdsPage<HsdsService>>, ProblemHttpResult>> (
            string? page, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "per_page")] string? perPage, ReadHsds read, ReferralOptions site, CancellationToken cancellationToken) =>
            await PagedAsync(page, perPage, (number, size) => read.ServicesAsync(number, size, site.PublicBaseUrl, cancellationToken)))
        .WithName("ListerServicesHsds")
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .WithSummary("Les offres publiées en services HSDS 3.0, paginées (page, per_page ≤ 100).");

        hsds.MapGet("/services/{id}", async Task<Results<Ok<HsdsService>, ProblemHttpResult>> (string id, ReadHsds read, ReferralOptions site, CancellationToken cancellationToken) =>
            !Guid.TryParseExact(id, "D", out var uuid) ? NotAUuid(id)
            : await read.ServiceAsync(uuid, site.PublicBaseUrl, cancellationToken) is { } service ? TypedResults.Ok(service)
            : ApiProblems.NotFound($"Aucun service publié n'a l'identifiant {uuid}."))
        .WithName("LireServiceHsds")
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithSummary("Un service HSDS 3.0 par son identifiant (UUID).");

        hsds.MapGet("/organizations", async Task<Results<Ok<HsdsPage<HsdsOrganization>>, ProblemHttpResult>> (
            string? page, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "per_page")] string? perPage, ReadHsds read, ReferralOptions site, CancellationToken cancellationToken) =>
            await PagedAsync(page, perPage, (number, size) => read.OrganizationsAsync(number, size, site.PublicBaseUrl, cancellationToken)))
        .WithName("ListerOrganisationsHsds")
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .WithSummary("Les structures ouvertes en organisations HSDS 3.0, paginées (page, per_page ≤ 100).");

        hsds.MapGet("/organizations/{id}", async Task<Results<Ok<HsdsOrganization>, ProblemHttpResult>> (string id, ReadHsds read, ReferralOptions site, CancellationToken cancellationToken) =>
            !Guid.TryParseExact(id, "D", out var uuid) ? NotAUuid(id)
            : await read.OrganizationAsync(uuid, site.PublicBaseUrl, cancellationToken) is { } organization ? TypedResults.Ok(organization)
            : ApiProblems.NotFound($"Aucune organisation ouverte n'a l'identifiant {uuid}."))
        .WithName("LireOrganisationHsds")
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithSummary("Une organisation HSDS 3.0 par son identifiant (UUID), avec ses services.");
    }

    /// <summary>HSDS paging (page ≥ 1, per_page 1–100, 50 by default), read once for both lists; a bad value is a French 400.</summary>
    private static async Task<Results<Ok<HsdsPage<T>>, ProblemHttpResult>> PagedAsync<T>(string? page, string? perPage, Func<int, int, Task<HsdsPage<T>>> read)
    {
        var reader = new QueryReader();
        var (number, size) = (reader.Integer(page, "page", 1, 1, 100_000), reader.Integer(perPage, "per_page", 50, 1, Aiguillage.Offers.Page<object>.MaxSize));
        return reader.Problem is { } problem ? problem : TypedResults.Ok(await read(number, size));
    }

    private static Results<PushStreamHttpResult, ProblemHttpResult> Export(
        DataInclusionTable table, string? format, ExportDataInclusion exporter, ReferralOptions site, CancellationToken cancellationToken)
    {
        var csv = format?.Trim().ToUpperInvariant() switch
        {
            null or "" or "JSON" => false,
            "CSV" => true,
            _ => (bool?)null,
        };
        if (csv is not { } asCsv)
        {
            return ApiProblems.InvalidParameter("format", $"« {format} » n'est pas un format d'export : json (par défaut) ou csv.", "json, csv");
        }

        var name = table == DataInclusionTable.Structures ? "structures" : "services";
        return TypedResults.Stream(
            stream => exporter.WriteAsync(table, asCsv, site.PublicBaseUrl, stream, cancellationToken),
            asCsv ? Csv : Json,
            asCsv ? $"data-inclusion-{name}.csv" : null);
    }

    private static ProblemHttpResult NotAUuid(string id) =>
        ApiProblems.InvalidParameter("id", $"« {id} » n'est pas un identifiant HSDS : un UUID de la forme 8-4-4-4-12 chiffres hexadécimaux est attendu.");
}
