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
            document.Info.License = new Microsoft.OpenApi.OpenApiLicense { Name = "MIT (code) ; données sous Licence Ouverte 2.0", Url = new Uri("https://opensource.org/licenses/MIT") };

            // Relative to the site that serves the document: the same document describes every deployment.
            document.Servers = [new Microsoft.OpenApi.OpenApiServer { Url = "/", Description = "Le site qui sert ce document" }];

            // Public API: no authentication, said explicitly (an empty requirement) rather than left undefined.
            document.Security = [new Microsoft.OpenApi.OpenApiSecurityRequirement()];
            foreach (var tag in document.Tags ?? new HashSet<Microsoft.OpenApi.OpenApiTag>())
            {
                tag.Description = TagDescriptions.TryGetValue(tag.Name ?? "", out var description)
                    ? description
                    : throw new InvalidOperationException($"Le groupe d'API « {tag.Name} » n'a pas de description (OpenApiDocumentInfo.TagDescriptions).");
            }

            return Task.CompletedTask;
        })
        .AddOperationTransformer((operation, context, _) =>
        {
            // Every /api route is rate limited (RateLimits:Public for reads, the referral limit for the form): say so.
            operation.Responses ??= [];
            if (!operation.Responses.ContainsKey("429"))
            {
                operation.Responses["429"] = new Microsoft.OpenApi.OpenApiResponse
                {
                    Description = "Trop de requêtes depuis cette adresse : ProblemDetails en français, en-tête Retry-After (secondes).",
                    Content = new Dictionary<string, Microsoft.OpenApi.OpenApiMediaType> { ["application/problem+json"] = new() { Schema = new Microsoft.OpenApi.OpenApiSchemaReference("ProblemDetails", context.Document) } },
                };
            }

            return Task.CompletedTask;
        });

    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Référentiels"] = "Les listes de codes (étapes, besoins, publics, types…) et leurs libellés.",
        ["Orientation"] = "Les offres qui correspondent à un projet, avec les raisons de chacune.",
        ["Diagnostic territorial"] = "Les indicateurs du diagnostic d'une région, d'un département ou d'un EPCI.",
        ["Qualité des données"] = "Le rapport sur les données : comptes, manques, âge des sources.",
        ["Mises en relation"] = "Demander à une structure d'accompagner un projet, et suivre la demande.",
        ["Territoires"] = "Les territoires officiels (Etalab) : régions, départements, EPCI, communes.",
        ["Structures"] = "Les structures d'accompagnement publiées.",
        ["Offres"] = "Les offres d'accompagnement publiées.",
        ["Cartes"] = "Les structures sur la carte (GeoJSON) et la couverture par territoire.",
        ["Recherche"] = "La recherche plein texte dans les offres et les structures.",
        ["Statistiques"] = "Le baromètre public : structures, offres, orientations et mises en relation.",
        ["Parcours"] = "Les parcours d'accompagnement publiés par les territoires.",
        ["Données ouvertes"] = "Les exports au format data·inclusion v1 (Licence Ouverte 2.0).",
        ["Open Referral HSDS 3.0"] = "Un sous-ensemble de l'API Open Referral HSDS 3.0.",
    };
}
