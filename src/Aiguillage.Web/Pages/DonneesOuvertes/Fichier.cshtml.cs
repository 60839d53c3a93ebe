using Aiguillage.OpenData;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages.DonneesOuvertes;

/// <summary>A file of the latest dump, by its name in metadata.json; any other name is not found (no path from the address).</summary>
public sealed class FichierModel(OpenDumpFolderPath folder) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string nom, CancellationToken cancellationToken)
    {
        if (await WriteOpenDump.LatestAsync(folder.Value, cancellationToken) is not { } dump)
        {
            return NotFound();
        }

        if (nom == OpenDumpManifest.FileName)
        {
            return PhysicalFile(Path.Combine(dump.Path, nom), "application/json; charset=utf-8");
        }

        return dump.PathOf(nom) is { } path
            ? PhysicalFile(path, dump.Manifest.File(nom)!.MediaType, nom)
            : NotFound();
    }
}
