using Aiguillage.Catalogue;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages.Integrer;

/// <summary>How a partner embeds the questionnaire: choose a territory and a colour, copy one line, see it live (ADR 019).</summary>
public sealed class IndexModel(CatalogueProvider catalogue) : PageModel
{
    public const string DefaultColour = "0b6b4f";

    public CatalogueSnapshot Catalog { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "territoire")]
    public string? Territory { get; set; }

    [BindProperty(SupportsGet = true, Name = "couleur")]
    public string? Colour { get; set; }

    public EmbedSettings Settings { get; private set; } = new(null, null);

    /// <summary>Field id → French message.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Catalog = await catalogue.GetAsync(cancellationToken);
        var territory = string.IsNullOrWhiteSpace(Territory) ? null : EmbedSettings.ReadTerritory(Territory, Catalog);
        if (!string.IsNullOrWhiteSpace(Territory) && territory is null)
        {
            Errors["territoire"] = "Choisissez une région ou un département dans la liste.";
        }

        var colour = string.IsNullOrWhiteSpace(Colour) ? null : EmbedSettings.Accent(Colour);
        if (!string.IsNullOrWhiteSpace(Colour) && colour is null)
        {
            Errors["couleur"] = Embed.HexColour().IsMatch(Colour.Trim())
                ? $"« {Colour.Trim()} » est trop claire : le texte blanc des boutons n'y serait pas lisible (contraste inférieur à 4,5:1). Choisissez une teinte plus foncée."
                : $"« {Colour.Trim()} » n'est pas une couleur : six chiffres hexadécimaux sont attendus, par exemple {DefaultColour}.";
        }

        Settings = new EmbedSettings(territory, colour);
    }

    /// <summary>The embedded questionnaire's address on this site, with the chosen settings.</summary>
    public string EmbedUrl(bool absolute)
    {
        var query = QueryString.Create(Settings.Query.Where(p => p.Value is not null).Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)));
        return (absolute ? PublicUrl.Base(Request) : "") + "/integrer/orientation" + query.ToUriComponent();
    }

    /// <summary>The one line to paste: the frame, and inside it a plain link for browsers that show no frame.</summary>
    public string Snippet =>
        $"<iframe src=\"{EmbedUrl(absolute: true)}\" title=\"Trouver un accompagnement pour votre projet de l'ESS (Aiguillage)\" width=\"100%\" height=\"760\" loading=\"lazy\">"
        + $"<a href=\"{PublicUrl.Base(Request)}/orientation\">Trouver un accompagnement pour votre projet de l'ESS</a></iframe>";
}
