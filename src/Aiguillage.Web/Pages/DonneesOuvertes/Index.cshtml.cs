using Aiguillage.OpenData;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages.DonneesOuvertes;

/// <summary>The latest open dump: its files with their date, size, licence and hash (ADR 019).</summary>
public sealed class IndexModel(OpenDumpFolderPath folder) : PageModel
{
    public OpenDumpManifest? Dump { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Dump = (await WriteOpenDump.LatestAsync(folder.Value, cancellationToken))?.Manifest;

    /// <summary>« 1,2 Mo », « 845 ko »: French units, powers of 1,000 as the French usage and file managers give them.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1_000 => $"{PageFormats.Number(bytes)} octets",
        < 1_000_000 => (bytes / 1_000d).ToString("0.#", PageFormats.French) + " ko",
        _ => (bytes / 1_000_000d).ToString("0.#", PageFormats.French) + " Mo",
    };
}
