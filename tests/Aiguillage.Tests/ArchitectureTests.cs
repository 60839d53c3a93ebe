using System.Text.RegularExpressions;

namespace Aiguillage.Tests;

/// <summary>
/// The feature folders of the library depend on each other one way (docs/adr/008-un-seul-catalogue.md): a new arrow is a
/// decision, so it must be added here and drawn in the ADR, or it fails the build.
/// </summary>
public sealed partial class ArchitectureTests
{
    /// <summary>Each folder and the folders it may read. Data (the EF context, which maps every entity) is infrastructure, left out.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Imports"] = [],
        ["Mail"] = [],
        ["Taxonomy"] = [],
        ["Territories"] = ["Imports"],
        ["Organisations"] = ["Territories"],
        ["Offers"] = ["Imports", "Mail", "Organisations", "Taxonomy", "Territories"],
        ["Catalogue"] = ["Offers", "Organisations", "Taxonomy", "Territories"],
        ["Orientation"] = ["Catalogue", "Offers", "Taxonomy", "Territories"],
        ["Directory"] = ["Catalogue", "Offers", "Taxonomy", "Territories"],
        ["Search"] = ["Catalogue", "Offers", "Taxonomy", "Territories"],
        ["Maps"] = ["Catalogue", "Taxonomy", "Territories"],
        ["Quality"] = ["Catalogue", "Offers", "Taxonomy", "Territories"],
        ["Referrals"] = ["Catalogue", "Mail", "Offers", "Taxonomy", "Territories"],
        ["Accounts"] = ["Catalogue", "Imports", "Mail", "Offers", "Quality", "Referrals", "Territories"],
        ["Diagnosis"] = ["Catalogue", "Imports", "Orientation", "Pathways", "Referrals", "Taxonomy", "Territories"],
        ["Pathways"] = ["Accounts", "Catalogue", "Editing", "Taxonomy", "Territories"],
        ["Editing"] = ["Accounts", "Catalogue", "Mail", "Offers", "Organisations", "Quality", "Referrals", "Taxonomy", "Territories"],
        ["Seed"] = ["Imports", "Offers", "Organisations", "Territories"],
        ["OpenData"] = ["Catalogue", "Imports", "Maps", "Offers", "Organisations", "Taxonomy", "Territories"],
    };

    private static string LibraryFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Aiguillage.slnx")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("Aiguillage.slnx introuvable."), "src", "Aiguillage");
    }

    private static Dictionary<string, HashSet<string>> ActualDependencies()
    {
        var root = LibraryFolder();
        var folders = System.IO.Directory.GetDirectories(root).Select(Path.GetFileName).OfType<string>().Where(f => f is not ("bin" or "obj")).ToHashSet();
        var edges = folders.ToDictionary(f => f, _ => new HashSet<string>());
        foreach (var file in System.IO.Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar);
            if (relative.Length < 2 || relative.Contains("Migrations") || relative[0] is "bin" or "obj")
            {
                continue;
            }

            foreach (Match reference in Reference().Matches(File.ReadAllText(file)))
            {
                var target = reference.Groups[1].Value;
                if (target != relative[0] && folders.Contains(target))
                {
                    edges[relative[0]].Add(target);
                }
            }
        }

        return edges;
    }

    [Fact]
    public void Every_feature_folder_depends_only_on_the_folders_its_ADR_allows()
    {
        var unexpected = ActualDependencies()
            .Where(e => e.Key != "Data")
            .SelectMany(e => e.Value.Where(t => t != "Data" && !(Allowed.TryGetValue(e.Key, out var allowed) && allowed.Contains(t))).Select(t => $"{e.Key} → {t}"))
            .ToList();

        Assert.True(unexpected.Count == 0, "Dépendances non prévues par l'ADR 008 : " + string.Join(", ", unexpected));
    }

    [Fact]
    public void The_allowed_dependencies_have_no_cycle()
    {
        var state = new Dictionary<string, int>();
        bool Cycle(string folder)
        {
            if (state.TryGetValue(folder, out var s))
            {
                return s == 1;
            }

            state[folder] = 1;
            var found = Allowed.GetValueOrDefault(folder, []).Any(Cycle);
            state[folder] = 2;
            return found;
        }

        Assert.DoesNotContain(Allowed.Keys, Cycle);
    }

    [GeneratedRegex(@"\bAiguillage\.(\w+)")]
    private static partial Regex Reference();
}
