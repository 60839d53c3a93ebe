using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Aiguillage.IntegrationTests;

/// <summary>
/// Bad input everywhere (issue 14): every parameter of every API operation, read from the OpenAPI document the site serves
/// (a new parameter is covered without touching this test), and every field of every form found by walking the pages from
/// the home page, gets wrong types, huge values, unicode, bidi controls and injection strings. The answer is a 2xx/3xx or a
/// 4xx that says what is wrong in French — never a 5xx. The test prints what it tried.
/// </summary>
public sealed class FuzzTests(SqliteDatabase database)
{
    private static readonly string[] BadValues =
    [
        "", " ", "-1", "0", "2147483648", "99999999999999999999999", "1e309", "NaN", "abc", "null", "[]", "{\"a\":1}",
        "' OR '1'='1' --", "\"; DROP TABLE offers; --", "<script>alert(1)</script>", "{{7*7}}", "${jndi:ldap://x}", "../../../../etc/passwd",
        "%00", "\0", "\u202Eetape\u202C", "\u2066x\u2069", "😀🇫🇷", "Ｃｒéａｔｉｏｎ", "\t\r\n", new string('x', 5_000), "2A", "97411", "region:75",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static void Say(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);

    [Fact]
    public async Task Every_api_parameter_with_bad_input_gets_a_french_4xx_never_a_5xx()
    {
        var client = database.Web.CreateClient(new() { AllowAutoRedirect = false });
        var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Ct)).RootElement;
        var failures = new List<string>();
        var tried = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var operation) || !operation.TryGetProperty("parameters", out var parameters))
            {
                continue;
            }

            var names = parameters.EnumerateArray().Select(p => (Name: p.GetProperty("name").GetString()!, In: p.GetProperty("in").GetString()!)).ToList();
            foreach (var (name, location) in names)
            {
                // A NUL in the path is refused by Kestrel before the site (and cannot even be sent to the test server).
                foreach (var value in BadValues.Where(v => location != "path" || !v.Contains('\0', StringComparison.Ordinal)))
                {
                    var url = path.Name;
                    foreach (var (other, otherIn) in names.Where(n => n.In == "path"))
                    {
                        url = url.Replace("{" + other + "}", Uri.EscapeDataString(other == name ? value : Plausible(other)), StringComparison.Ordinal);
                    }

                    if (location == "query")
                    {
                        url += "?" + Uri.EscapeDataString(name) + "=" + Uri.EscapeDataString(value);
                    }

                    tried++;
                    var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
                    var problem = await CheckAsync(response, url);
                    if (problem is not null)
                    {
                        failures.Add(problem);
                    }
                }
            }
        }

        Say($"API : {tried} requêtes mal formées sur les paramètres du document OpenAPI.");
        Assert.True(tried > 300, $"seulement {tried} essais : le document OpenAPI a-t-il perdu ses paramètres ?");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public async Task Every_form_field_of_the_pages_with_bad_input_gets_an_answer_never_a_5xx()
    {
        // The form limits are tested elsewhere: here every bad value must reach the validation, not the limiter.
        await using var site = database.Web.WithWebHostBuilder(b => b.UseSetting("Referrals:RateLimit:PermitLimit", "100000"));
        var client = site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var forms = await DiscoverFormsAsync(client);
        var failures = new List<string>();
        var tried = 0;
        foreach (var form in forms)
        {
            foreach (var field in form.Fields.Where(f => f != "__RequestVerificationToken"))
            {
                foreach (var value in BadValues)
                {
                    var values = form.Fields.ToDictionary(f => f, f => f == field ? value : "", StringComparer.Ordinal);
                    tried++;
                    HttpResponseMessage response;
                    string shown;
                    if (form.Method == "post")
                    {
                        // A fresh token for each post, from the page the form is on, as a browser would send it.
                        var page = await client.GetStringAsync(new Uri(form.Page, UriKind.Relative), Ct);
                        values["__RequestVerificationToken"] = TokenIn(page) ?? "";
                        using var body = new FormUrlEncodedContent(values);
                        response = await client.PostAsync(new Uri(form.Action, UriKind.Relative), body, Ct);
                        shown = $"POST {form.Action} ({field})";
                    }
                    else
                    {
                        var url = form.Action + (form.Action.Contains('?', StringComparison.Ordinal) ? "&" : "?") + string.Join("&", values.Select(v => Uri.EscapeDataString(v.Key) + "=" + Uri.EscapeDataString(v.Value)));
                        response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
                        shown = $"GET {url}";
                    }

                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{(int)response.StatusCode} {shown} = {Printable(value)}");
                    }
                }
            }
        }

        Say($"Pages : {forms.Count} formulaires, {tried} envois mal formés ({string.Join(", ", forms.Select(f => f.Method.ToUpperInvariant() + " " + f.Action).Distinct())}).");
        Assert.True(forms.Count >= 10, $"seulement {forms.Count} formulaires trouvés");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    private static async Task<string?> CheckAsync(HttpResponseMessage response, string url)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return $"{status} GET {url}";
        }

        if (status >= 400 && status != 405)
        {
            if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                return $"{status} sans ProblemDetails : GET {url}";
            }

            var title = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("title").GetString();
            if (title is null or "Bad Request" or "Not Found" or "An error occurred while processing your request.")
            {
                return $"{status} sans titre en français ({title}) : GET {url}";
            }
        }

        return null;
    }

    /// <summary>A value that lets the request reach the parameter under test (other path parameters).</summary>
    private static string Plausible(string parameter) => parameter switch
    {
        "niveau" => "departement",
        "code" => "23",
        _ => "1",
    };

    private sealed record FoundForm(string Page, string Method, string Action, IReadOnlyList<string> Fields);

    /// <summary>Walks the site from the home page (internal links, at most 80 pages) and keeps each distinct form.</summary>
    private static async Task<List<FoundForm>> DiscoverFormsAsync(HttpClient client)
    {
        var parser = new HtmlParser();
        var queue = new Queue<string>(["/", "/diagnostic/departement/23", "/barometre", "/offres", "/structures", "/dispositifs", "/orientation", "/orientation/etape?commune=23096", "/orientation/besoins?commune=23096&etape=creation",
            "/orientation/forme?commune=23096&etape=creation", "/compte/connexion", "/compte/inscription", "/compte/mot-de-passe-oublie"]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var forms = new Dictionary<string, FoundForm>(StringComparer.Ordinal);
        while (queue.Count > 0 && seen.Count < 80)
        {
            var url = queue.Dequeue();
            if (!seen.Add(url))
            {
                continue;
            }

            var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var html = parser.ParseDocument(await response.Content.ReadAsStringAsync(Ct));
            foreach (var form in html.Forms)
            {
                var method = (form.Method ?? "get").ToLowerInvariant();
                var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
                var fields = form.Elements.OfType<IHtmlElement>().Select(e => e.GetAttribute("name")).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
                if (fields.Count > 0 && !action.StartsWith("/compte/deconnexion", StringComparison.Ordinal))
                {
                    // One form per handler: the annuaire of each région has the same form, tried once.
                    var handler = System.Text.RegularExpressions.Regex.Replace(action.Split('?')[0], "/[0-9AB]{1,9}(?=/|$)", "/{code}");
                    forms.TryAdd($"{method} {handler} {string.Join(",", fields)}", new FoundForm(url, method, action, fields));
                }
            }

            foreach (var link in html.Links.OfType<IHtmlAnchorElement>().Select(a => a.GetAttribute("href")).OfType<string>())
            {
                if (link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal) && !link.Contains("export", StringComparison.Ordinal) && !link.StartsWith("/api", StringComparison.Ordinal))
                {
                    queue.Enqueue(link.Split('#')[0]);
                }
            }
        }

        return [.. forms.Values];
    }

    private static string? TokenIn(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");

    private static string Printable(string value) => value.Length > 40 ? value[..40] + "…" : value.Replace("\0", "\\0", StringComparison.Ordinal);
}
