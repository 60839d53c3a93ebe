using System.Globalization;
using Aiguillage.Catalogue;
using Aiguillage.Diagnosis;
using Aiguillage.Territories;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages.Diagnostic;

/// <summary>The territorial diagnosis page: a territory picker, then the indicators of DiagnoseTerritory, with a permalink.</summary>
public sealed class IndexModel(DiagnoseTerritory diagnose, CatalogueProvider catalogue) : PageModel
{
    public TerritoryDiagnosis? Diagnosis { get; private set; }

    public CatalogueSnapshot Catalogue { get; private set; } = CatalogueSnapshot.Empty;

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    [BindProperty(SupportsGet = true, Name = "depuis")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "jusqua")]
    public string? To { get; set; }

    public async Task<IActionResult> OnGetAsync(string? niveau, string? code, [FromQuery(Name = "territoire")] string? territoire, [FromQuery(Name = "epci")] string? epci, CancellationToken cancellationToken)
    {
        Catalogue = await catalogue.GetAsync(cancellationToken);
        if (niveau is null)
        {
            // The picker (a plain GET form) leads to the permalink.
            var chosen = !string.IsNullOrWhiteSpace(epci) ? $"epci:{epci.Trim()}" : territoire;
            if (CoverageZone.TryParse(chosen, out var zone))
            {
                var query = string.Join("&", new[] { ("depuis", From), ("jusqua", To) }.Where(p => !string.IsNullOrWhiteSpace(p.Item2)).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
                return Redirect($"/diagnostic/{zone.Level.ToCode()}/{Uri.EscapeDataString(zone.Code)}{(query.Length > 0 ? "?" + query : "")}");
            }

            if (chosen is not null)
            {
                Errors["territoire"] = "Choisissez une région ou un département, ou saisissez le numéro SIREN d'un EPCI (9 chiffres).";
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }

            return Page();
        }

        var (diagnosis, problem) = await diagnose.HandleAsync(niveau, code ?? "", From, To, cancellationToken);
        Diagnosis = diagnosis;
        if (problem is not null)
        {
            if (problem.Parameter is "niveau" or "code")
            {
                return NotFound();
            }

            Errors[problem.Parameter] = problem.Message;
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    public static string Percent(double share) => share.ToString("P0", CultureInfo.GetCultureInfo("fr-FR"));

    public static string Number(long value) => value.ToString("N0", CultureInfo.GetCultureInfo("fr-FR"));
}
