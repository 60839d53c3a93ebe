using System.Security.Claims;
using Aiguillage.Accounts;
using Aiguillage.Catalogue;
using Aiguillage.Territories;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages.Espace;

/// <summary>Find one's structure by name and ask to join it (JoinStructures decides who approves).</summary>
[Authorize]
public sealed class RejoindreModel(JoinStructures joins, CatalogueProvider catalogue) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<StructureEntry> Found { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public int? Chosen { get; private set; }

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await SearchAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(int structure, string? message, CancellationToken cancellationToken)
    {
        var result = await joins.RequestAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, structure, message ?? "", cancellationToken);
        switch (result)
        {
            case JoinResult.NotFound:
                return NotFound();
            case JoinResult.Requested or JoinResult.AlreadyRequested or JoinResult.AlreadyMember:
                TempData["message"] = result switch
                {
                    JoinResult.Requested => "Demande envoyée : les membres de la structure, ou à défaut l'équipe de modération de son territoire, vont la relire. Vous recevrez un courriel.",
                    JoinResult.AlreadyRequested => "Vous avez déjà une demande en attente pour cette structure.",
                    _ => "Vous êtes déjà membre de cette structure.",
                };
                return Redirect("/espace/fiches");
        }

        Chosen = structure;
        Message = message;
        Errors[$"message-{structure}"] = $"Présentez-vous en quelques mots : votre rôle dans la structure ({JoinStructures.MessageMin} à {JoinStructures.MessageMax} caractères).";
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await SearchAsync(cancellationToken, structure);
        return Page();
    }

    private async Task SearchAsync(CancellationToken cancellationToken, int? include = null)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken);
        var words = SearchText.Normalize(Query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Found = words.Length == 0 && include is null ? []
            : snapshot.Structures
                .Where(s => s.Id == include || (words.Length > 0 && words.All(w => SearchText.Normalize(s.Name).Contains(w, StringComparison.Ordinal))))
                .OrderBy(s => s.Name, StringComparer.Ordinal).Take(20).ToList();
    }
}
