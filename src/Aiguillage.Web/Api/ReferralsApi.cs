using System.Text.Json;
using Aiguillage.Referrals;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Aiguillage.Web.Api;

/// <summary>
/// Mises en relation for partner sites: the same form as the offer page (same checks, same consent, same rate limit),
/// and the status behind a private token, without any other party's personal data.
/// </summary>
internal static class ReferralsApi
{
    public static void MapReferralsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/mises-en-relation", async Task<Results<Created<MiseEnRelationCreeeDto>, ProblemHttpResult>> (
            HttpRequest request, SendReferral send, ReferralOptions options, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken cancellationToken) =>
        {
            if (!request.HasJsonContentType())
            {
                return TypedResults.Problem(detail: "Envoyez un corps JSON (Content-Type: application/json).", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Type de contenu non pris en charge");
            }

            MiseEnRelationDemandeDto? body;
            try
            {
                body = await JsonSerializer.DeserializeAsync<MiseEnRelationDemandeDto>(request.Body, json.Value.SerializerOptions, cancellationToken);
            }
            catch (JsonException e)
            {
                return TypedResults.Problem(detail: $"Le corps n'est pas un JSON valide ou un champ n'a pas le bon type ({e.Path ?? "racine"}).", statusCode: StatusCodes.Status400BadRequest, title: "Requête invalide");
            }

            if (body is null || body.OffreId is not { } offerId)
            {
                return ApiProblems.InvalidParameter("offreId", "Indiquez offreId, le numéro de l'offre (voir /api/v1/offres).");
            }

            var profile = body.Profil;
            var result = await send.HandleAsync(
                new ReferralRequest(offerId, body.Nom, body.Courriel, body.Telephone, body.Message, profile?.Commune, profile?.Etape, profile?.Besoins ?? [], profile?.Public, body.Consentement == true),
                cancellationToken);
            if (result.OfferNotFound)
            {
                return ApiProblems.NotFound($"Aucune offre publiée n'a le numéro {offerId}.");
            }

            if (result.Errors.Count > 0)
            {
                return TypedResults.Problem(
                    detail: string.Join(" ", result.Errors.Select(e => e.Message)),
                    statusCode: StatusCodes.Status400BadRequest,
                    title: "Demande invalide",
                    extensions: new Dictionary<string, object?> { ["erreurs"] = result.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToList()) });
            }

            if (result.NoRecipient)
            {
                return TypedResults.Problem(
                    detail: "Cette structure ne peut pas encore recevoir de demande par Aiguillage (ni adresse publique ni modération pour son territoire). Proposez ses coordonnées publiques (voir /api/v1/offres/{id}).",
                    statusCode: StatusCodes.Status409Conflict,
                    title: "Aucun destinataire");
            }

            var sent = result.Sent!;
            return TypedResults.Created($"/api/v1/mises-en-relation/{sent.HolderToken}", new MiseEnRelationCreeeDto(
                sent.Id, sent.HolderToken, ReferralRules.Code(ReferralStatus.Open), $"{options.PublicBaseUrl}/mises-en-relation/{sent.HolderToken}", sent.Recipient.Label));
        })
        .RequireRateLimiting(ReferralRateLimit.Policy)
        .Accepts<MiseEnRelationDemandeDto>("application/json")
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status429TooManyRequests)
        .WithTags("Mises en relation")
        .WithName("DemanderMiseEnRelation")
        .WithSummary("Envoie une demande de mise en relation au sujet d'une offre, sans compte. consentement doit valoir true (texte : voir la page de l'offre). Répond 201 avec le jeton privé du lien de suivi.");

        app.MapGet("/api/v1/mises-en-relation/{jeton}", async Task<Results<Ok<MiseEnRelationDto>, ProblemHttpResult>> (string jeton, AnswerReferral referrals, HttpResponse response, CancellationToken cancellationToken) =>
        {
            response.Headers.CacheControl = "no-store";
            return await referrals.ForHolderAsync(jeton, cancellationToken) is { } view
                ? TypedResults.Ok(MiseEnRelationDto.From(view))
                : ApiProblems.NotFound("Aucune demande ne correspond à ce jeton.");
        })
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithTags("Mises en relation")
        .WithName("SuivreMiseEnRelation")
        .WithSummary("L'état et l'historique d'une demande, d'après son jeton privé ; sans les données personnelles des autres parties.");
    }
}

internal sealed record ProfilDemandeDto(string? Commune, string? Etape, List<string>? Besoins, string? Public);

internal sealed record MiseEnRelationDemandeDto(int? OffreId, string? Nom, string? Courriel, string? Telephone, string? Message, ProfilDemandeDto? Profil, bool? Consentement);

internal sealed record MiseEnRelationCreeeDto(int Id, string Jeton, string Statut, string LienSuivi, string Destinataire);

internal sealed record EtapeHistoriqueDto(DateTime Date, string Code, string Description, string? Motif, string? Note);

internal sealed record MiseEnRelationDto(
    int Id, string Statut, string LibelleStatut, OffreRefDto Offre, StructureRefDto Structure, string Destinataire, DateTime CreeeLe, DateTime ModifieeLe, bool Anonymisee, IReadOnlyList<EtapeHistoriqueDto> Historique)
{
    public static MiseEnRelationDto From(ReferralStatusView v) => new(
        v.Id, v.StatusCode, v.StatusLabel, new(v.OfferId, v.OfferTitle), new StructureRefDto(v.StructureId, v.StructureName, null), v.RecipientLabel, v.CreatedAtUtc, v.UpdatedAtUtc, v.Anonymised,
        v.History.Select(h => new EtapeHistoriqueDto(h.AtUtc, h.Code, h.Sentence, h.ReasonCode, h.Note)).ToList());
}

internal sealed record OffreRefDto(int Id, string Titre);

