using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages;

[IgnoreAntiforgeryToken]
public sealed class ErreurModel : PageModel
{
    public string Title { get; private set; } = "Une erreur est survenue";

    public string Message { get; private set; } = "Une erreur inattendue est survenue ; elle a été enregistrée. Réessayez dans quelques instants.";

    public void OnGet() => Describe();

    public void OnPost() => Describe();

    /// <summary>
    /// The status comes from the error being handled: the original status of a re-executed response, 500 for an exception.
    /// Asked for directly, the page is not found; nothing in the address can set the status line.
    /// </summary>
    private void Describe()
    {
        var status = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode
            ?? (HttpContext.Features.Get<IExceptionHandlerFeature>() is not null ? StatusCodes.Status500InternalServerError : StatusCodes.Status404NotFound);
        Response.StatusCode = status;
        (Title, Message) = status switch
        {
            StatusCodes.Status404NotFound => ("Page introuvable", "Cette adresse ne correspond à aucune page. Elle a peut-être changé, ou la fiche a été retirée."),
            StatusCodes.Status400BadRequest => ("Demande invalide", "La demande n'a pas pu être comprise. Vérifiez l'adresse ou le formulaire."),
            StatusCodes.Status429TooManyRequests => ("Trop de demandes", "Vous avez envoyé beaucoup de demandes en peu de temps. Attendez quelques minutes avant de réessayer ; rien n'a été perdu de ce qui était déjà envoyé."),
            StatusCodes.Status405MethodNotAllowed => ("Action non permise", "Cette page ne permet pas cette action."),
            _ => (Title, Message),
        };
    }
}
