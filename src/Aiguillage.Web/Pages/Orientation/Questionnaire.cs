using System.Text;
using Microsoft.Extensions.Primitives;

namespace Aiguillage.Web.Pages.Orientation;

/// <summary>
/// The answers carried from one step of the questionnaire to the next in the query string, so that every step and the
/// results have a permalink and the whole path works without JavaScript or session.
/// </summary>
public sealed record Answers(string? Commune, string? Stage, IReadOnlyList<string> Needs, string? Public, string? Text)
{
    /// <summary>Set on the embedded questionnaire (/integrer/orientation): its links stay there and carry the partner's settings.</summary>
    public EmbedSettings? Embed { get; init; }

    /// <summary>The first step, without answers (the embed settings kept).</summary>
    public string Start => (this with { Commune = null, Stage = null, Needs = [], Public = null, Text = null }).Url("/orientation");

    public static Answers From(IQueryCollection query) => new(
        Clean(query["commune"]),
        Clean(query["etape"]),
        query["besoins"].SelectMany(v => (v ?? "").Split([',', '|'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal).ToList(),
        Clean(query["public"]),
        Clean(query["q"]));

    /// <summary>"commune=23096&amp;etape=creation&amp;besoins=financement&amp;besoins=juridique".</summary>
    public string ToQuery(params (string Key, string? Value)[] extra)
    {
        var pairs = new List<KeyValuePair<string, StringValues>>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                pairs.Add(new(key, value));
            }
        }

        Add("commune", Commune);
        Add("etape", Stage);
        foreach (var need in Needs)
        {
            Add("besoins", need);
        }

        Add("public", Public);
        Add("q", Text);
        foreach (var (key, value) in extra)
        {
            Add(key, value);
        }

        return QueryString.Create(pairs).ToUriComponent().TrimStart('?');
    }

    /// <summary>A step or the results with these answers; a step of the embedded questionnaire stays under /integrer.</summary>
    public string Url(string path, params (string Key, string? Value)[] extra)
    {
        var embedded = IsQuestionnaire(path) && Embed is not null;
        var query = ToQuery(embedded ? [.. extra, .. Embed!.Query] : extra);
        path = Path(path);
        return query.Length == 0 ? path : new StringBuilder(path).Append('?').Append(query).ToString();
    }

    /// <summary>The address of a step for a form's action: /integrer/orientation/… when embedded.</summary>
    public string Path(string path) => IsQuestionnaire(path) && Embed is not null ? "/integrer" + path : path;

    private static bool IsQuestionnaire(string path) => path == "/orientation" || path.StartsWith("/orientation/", StringComparison.Ordinal);

    private static string? Clean(StringValues value)
    {
        var text = value.FirstOrDefault()?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }
}

/// <summary>The four steps, for the progress indicator.</summary>
public static class Steps
{
    public static IReadOnlyList<(string Title, string Path)> All { get; } =
    [
        ("Où ?", "/orientation"),
        ("À quelle étape ?", "/orientation/etape"),
        ("Quels besoins ?", "/orientation/besoins"),
        ("Quelle forme ?", "/orientation/forme"),
    ];

}
