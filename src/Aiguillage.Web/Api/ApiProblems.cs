using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aiguillage.Web.Api;

/// <summary>Every API error is a ProblemDetails body in French, naming the parameter at fault and what it accepts.</summary>
internal static class ApiProblems
{
    public static void Customize(ProblemDetailsOptions options) =>
        options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            problem.Title = problem.Status switch
            {
                StatusCodes.Status400BadRequest when problem.Title is null or "Bad Request" => "Requête invalide",
                StatusCodes.Status404NotFound when problem.Title is null or "Not Found" => "Ressource introuvable",
                StatusCodes.Status405MethodNotAllowed => "Méthode non permise",
                StatusCodes.Status429TooManyRequests => "Trop de requêtes",
                StatusCodes.Status500InternalServerError => "Erreur interne",
                _ => problem.Title,
            };
            if (problem.Status == StatusCodes.Status500InternalServerError)
            {
                problem.Detail = "Une erreur inattendue est survenue ; elle a été journalisée. Réessayez plus tard.";
            }

            if (problem.Status == StatusCodes.Status429TooManyRequests)
            {
                problem.Detail = "Trop de demandes envoyées depuis cette adresse en peu de temps. Réessayez dans quelques minutes (voir l'en-tête Retry-After).";
            }

            problem.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        };

    public static ProblemHttpResult InvalidParameter(string parameter, string detail, string? accepted = null)
    {
        var extensions = new Dictionary<string, object?> { ["parametre"] = parameter };
        if (accepted is not null)
        {
            extensions["valeursAcceptees"] = accepted;
        }

        return TypedResults.Problem(
            detail: detail,
            statusCode: StatusCodes.Status400BadRequest,
            title: "Paramètre invalide",
            extensions: extensions);
    }

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Ressource introuvable");
}

/// <summary>Reads a query string as text and checks it, so a malformed value gets a French 400 rather than a framework message.</summary>
internal sealed class QueryReader
{
    public ProblemHttpResult? Problem { get; private set; }

    public int Integer(string? value, string parameter, int defaultValue, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(value) || Problem is not null)
        {
            return defaultValue;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            Problem = ApiProblems.InvalidParameter(parameter, $"« {value} » n'est pas accepté pour {parameter} : un nombre entier de {min} à {max} est attendu.", $"{min}-{max}");
            return defaultValue;
        }

        return number;
    }

    public string? Code(string? value, string parameter, Func<string, bool> exists, string accepted, string noun)
    {
        if (string.IsNullOrWhiteSpace(value) || Problem is not null)
        {
            return null;
        }

        var code = value.Trim();
        if (!exists(code))
        {
            Problem = ApiProblems.InvalidParameter(parameter, $"« {code} » n'est pas {noun} pour {parameter}.", accepted);
            return null;
        }

        return code;
    }

    public void Fail(ProblemHttpResult problem) => Problem ??= problem;
}

internal static class OpenApiDocumentInfo
{
    public static void Configure(Microsoft.AspNetCore.OpenApi.OpenApiOptions options) =>
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "API Aiguillage";
            document.Info.Version = "v1";
            document.Info.Description = "Territoires officiels, référentiels, structures d'accompagnement de l'ESS et leurs offres. Réponses en JSON (camelCase, noms de champs en français) ; erreurs au format ProblemDetails (RFC 9457).";
            document.Servers?.Clear();
            return Task.CompletedTask;
        });
}
