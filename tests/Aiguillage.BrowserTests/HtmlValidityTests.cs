using System.Diagnostics;
using System.Text.Json;

namespace Aiguillage.BrowserTests;

/// <summary>
/// RGAA 8.2 asks for valid code: every main page and every page of the members' space (signed in), as the server sends it, passes the Nu HTML Checker (the W3C's vnu.jar,
/// pinned in package.json as a dev dependency, run by the system's Java) with no error. No browser: the HTML is fetched
/// over HTTP from the real site, and the checker runs once over all pages (a JVM start costs seconds).
/// </summary>
public sealed class HtmlValidityTests(SiteFixture site)
{
    [Fact]
    public async Task Every_main_page_and_every_signed_in_page_passes_the_nu_html_checker_without_error()
    {
        var ct = TestContext.Current.CancellationToken;
        var signedIn = await SignedInPages.PrepareAsync(site);
        var folder = System.IO.Directory.CreateTempSubdirectory("aiguillage-vnu-");
        try
        {
            var clients = new Dictionary<SignedInRole, HttpClient>();
            foreach (var (role, email) in signedIn.Emails)
            {
                clients[role] = await SignedInPages.SignedInClientAsync(site, email);
            }

            using var anonymous = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
            var pages = MainPages.All.Select(p => (Client: anonymous, Path: p, Status: 200, Name: p))
                .Concat(signedIn.All.Select(p => (Client: clients[p.Role], p.Path, p.Status, Name: $"{p.Path} ({p.Role})")));
            var files = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var ((client, path, status, name), i) in pages.Select((p, i) => (p, i)))
            {
                using var response = await client.GetAsync(path, ct);
                Assert.True((int)response.StatusCode == status, $"{name} : HTTP {(int)response.StatusCode}, attendu {status}");
                var file = Path.Combine(folder.FullName, $"page-{i:D2}.html");
                await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync(ct), ct);
                files[Path.GetFileName(file)] = name;
            }

            foreach (var client in clients.Values)
            {
                client.Dispose();
            }

            var errors = await CheckAsync(folder.FullName, files.Keys, ct);
            Assert.True(
                errors.Count == 0,
                $"{errors.Count} erreur(s) du validateur HTML :\n" + string.Join("\n", errors.Select(e => $"- {files.GetValueOrDefault(e.File, e.File)} ligne {e.Line} : {e.Message} — {e.Extract}")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<List<(string File, int Line, string Message, string Extract)>> CheckAsync(string folder, IEnumerable<string> files, CancellationToken ct)
    {
        var jar = Path.Combine(RepositoryRoot(), "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        Assert.True(File.Exists(jar), $"{jar} est absent : lancez « npm ci --ignore-scripts » à la racine du dépôt.");
        var start = new ProcessStartInfo("java", ["-jar", jar, "--errors-only", "--format", "json", .. files])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var checker = Process.Start(start)!;
        var output = checker.StandardOutput.ReadToEndAsync(ct);
        var report = checker.StandardError.ReadToEndAsync(ct);
        await checker.WaitForExitAsync(ct);
        var json = (await report).Trim();
        if (json.Length == 0)
        {
            json = (await output).Trim();
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => (
                File: FileName(m.GetProperty("url").GetString() ?? ""),
                Line: m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                Message: m.GetProperty("message").GetString() ?? "",
                Extract: m.TryGetProperty("extract", out var extract) ? extract.GetString()?.Trim() ?? "" : ""))
            .ToList();
    }

    /// <summary>"file:/tmp/…/page-03.html" or "file:page-03.html", as vnu writes it, gives "page-03.html".</summary>
    private static string FileName(string url) => url[(url.LastIndexOfAny(['/', ':']) + 1)..];

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Aiguillage.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Racine du dépôt introuvable.");
    }
}
