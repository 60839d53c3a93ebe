using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Aiguillage.Catalogue;
using Aiguillage.Data;
using Aiguillage.Offers;
using Aiguillage.Organisations;
using Aiguillage.Territories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Aiguillage.IntegrationTests;

/// <summary>
/// One truth: after a write (an offer published, one expired, one suspended, a structure closed), every public surface
/// shows the same visible set, through a real host, within two seconds, on SQLite and on PostgreSQL.
/// </summary>
public abstract partial class OneTruthTests(TestDatabase database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(2);

    private sealed record Written(int Draft, int ToExpire, int ToSuspend, int OfClosed, int Open, int Closing, string Token);

    /// <summary>Two structures in Guéret and four offers on the commune, written as the back-office will: through EF.</summary>
    private async Task<Written> WriteAsync(AppDbContext db)
    {
        var token = "veritas" + Guid.NewGuid().ToString("N")[..8];
        var today = CatalogueClock.Today(TimeProvider.System);
        Structure NewStructure(string key) => new($"verite-{token}", key, new StructureDetails(
            $"Structure {token} {key}", ["incubateur"], null, "23096", null, null, null, [], true, $"Structure d'essai {token}.",
            ["https://example.org/verite"], today.AddDays(-10), StructureStatus.Active));
        var open = NewStructure("ouverte");
        var closing = NewStructure("fermee");
        db.Structures.AddRange(open, closing);
        await db.SaveChangesAsync(Ct);

        Offer NewOffer(Structure structure, string key, OfferStatus status) => new(structure.Id, $"verite-{token}", key, new OfferDetails(
            $"Offre {token} {key}", $"Accompagnement d'essai {token} à la création.", ["accompagnement"], [], ["creation"], ["financement"], [],
            [new CoverageZone(TerritoryLevel.Commune, "23096")], "gratuit", null, null, null, null, null, null, null, status,
            today.AddDays(-10), null, ["https://example.org/verite"]));
        var draft = NewOffer(open, "brouillon", OfferStatus.Draft);
        var toExpire = NewOffer(open, "a-expirer", OfferStatus.Published);
        var toSuspend = NewOffer(open, "a-suspendre", OfferStatus.Published);
        var ofClosed = NewOffer(closing, "de-la-fermee", OfferStatus.Published);
        db.Offers.AddRange(draft, toExpire, toSuspend, ofClosed);
        await db.SaveChangesAsync(Ct);
        return new(draft.Id, toExpire.Id, toSuspend.Id, ofClosed.Id, open.Id, closing.Id, token);
    }

    /// <summary>Publishes the draft, ends one offer yesterday, suspends another and closes a structure, in one save.</summary>
    private static async Task ChangeAsync(AppDbContext db, Written w)
    {
        var yesterday = CatalogueClock.Today(TimeProvider.System).AddDays(-1);
        (await db.Offers.SingleAsync(o => o.Id == w.Draft, Ct)).Publish();
        var toExpire = await db.Offers.SingleAsync(o => o.Id == w.ToExpire, Ct);
        toExpire.Apply(toExpire.Details with { EndsOn = yesterday });
        (await db.Offers.SingleAsync(o => o.Id == w.ToSuspend, Ct)).Suspend();
        var closing = await db.Structures.SingleAsync(s => s.Id == w.Closing, Ct);
        closing.Apply(closing.Details with { Status = StructureStatus.Closed });
        await db.SaveChangesAsync(Ct);
    }

    /// <summary>What each public surface shows of the written offers and structures.</summary>
    private static async Task<Dictionary<string, (int[] Offers, int[] Structures)>> SurfacesAsync(HttpClient client, Written w)
    {
        int[] ours = [w.Draft, w.ToExpire, w.ToSuspend, w.OfClosed];
        int[] ourStructures = [w.Open, w.Closing];
        int[] Keep(IEnumerable<int> ids, int[] among) => ids.Where(among.Contains).Distinct().Order().ToArray();
        async Task<JsonElement> Json(string url)
        {
            using var response = await client.GetAsync(url, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone();
        }

        async Task<string> Html(string url) => await client.GetStringAsync(url, Ct);

        // Every page of a paginated listing (the written rows need not be on the first one).
        async Task<string> AllPages(string url)
        {
            var pages = new List<string>();
            for (var page = 1; page <= 50; page++)
            {
                var html = await Html($"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}page={page}");
                pages.Add(html);
                if (!html.Contains($"page={page + 1}", StringComparison.Ordinal))
                {
                    break;
                }
            }

            return string.Concat(pages);
        }
        static IEnumerable<int> Links(string html, string kind) =>
            LinkPattern().Matches(html).Where(m => m.Groups[1].Value == kind).Select(m => int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        async Task<int[]> Fiches(string kind, int[] ids)
        {
            var shown = new List<int>();
            foreach (var id in ids)
            {
                using var response = await client.GetAsync($"/{kind}/{id}", Ct);
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"/{kind}/{id} : {response.StatusCode}");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    shown.Add(id);
                }
            }

            return [.. shown];
        }

        var surfaces = new Dictionary<string, (int[] Offers, int[] Structures)>();

        var orientation = await Json($"/api/v1/orientation?commune=23096&etape=creation&besoins=financement&q={w.Token}");
        surfaces["orientation"] = (Keep(orientation.GetProperty("resultats").EnumerateArray().Select(r => r.GetProperty("offre").GetProperty("id").GetInt32()), ours), ourStructures.Where(id =>
            orientation.GetProperty("resultats").EnumerateArray().Any(r => r.GetProperty("offre").GetProperty("structure").GetProperty("id").GetInt32() == id)).ToArray());

        var annuaire = await AllPages("/annuaire/commune/23096");
        var annuaireStructures = await AllPages("/annuaire/commune/23096?vue=structures");
        surfaces["annuaire"] = (Keep(Links(annuaire, "offres"), ours), Keep(Links(annuaireStructures, "structures"), ourStructures));

        var search = await Json($"/api/v1/recherche?q={w.Token}&taille=100");
        var items = search.GetProperty("elements").EnumerateArray().ToList();
        surfaces["recherche"] = (
            Keep(items.Where(i => i.GetProperty("type").GetString() == "offre").Select(i => i.GetProperty("id").GetInt32()), ours),
            Keep(items.Where(i => i.GetProperty("type").GetString() == "structure").Select(i => i.GetProperty("id").GetInt32()), ourStructures));
        var searchPage = await AllPages($"/recherche?q={w.Token}");
        surfaces["page recherche"] = (Keep(Links(searchPage, "offres"), ours), Keep(Links(searchPage, "structures"), ourStructures));

        var offers = await Json("/api/v1/offres?departement=23&taille=100&page=1");
        var allOffers = new List<int>();
        var total = offers.GetProperty("total").GetInt32();
        for (var page = 1; (page - 1) * 100 < total; page++)
        {
            var json = page == 1 ? offers : await Json($"/api/v1/offres?departement=23&taille=100&page={page}");
            allOffers.AddRange(json.GetProperty("elements").EnumerateArray().Select(e => e.GetProperty("id").GetInt32()));
        }

        // Every page of the structures too: the Creuse is served by more than 100 of them (national ones, and those other tests add).
        var allStructures = new List<int>();
        var structures = await Json("/api/v1/structures?departement=23&taille=100&page=1");
        var structureTotal = structures.GetProperty("total").GetInt32();
        for (var page = 1; (page - 1) * 100 < structureTotal; page++)
        {
            var json = page == 1 ? structures : await Json($"/api/v1/structures?departement=23&taille=100&page={page}");
            allStructures.AddRange(json.GetProperty("elements").EnumerateArray().Select(e => e.GetProperty("id").GetInt32()));
        }

        surfaces["api offres et structures"] = (Keep(allOffers, ours), Keep(allStructures, ourStructures));

        var geojson = await Json("/api/v1/structures.geojson?departement=23");
        var placed = Keep(geojson.GetProperty("features").EnumerateArray().Select(f => int.Parse(f.GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture)), ourStructures);
        var mapPage = await AllPages("/carte?departement=23");
        surfaces["carte (GeoJSON)"] = (Keep(allOffers, ours), placed);
        surfaces["carte (page)"] = (Keep(allOffers, ours), Keep(Links(mapPage, "structures"), ourStructures));

        // The coverage count of the Creuse is the number of offers the listing finds there: same rule, same snapshot.
        var coverage = await Json("/api/v1/couverture?niveau=departement");
        var creuse = coverage.GetProperty("territoires").EnumerateArray().Single(t => t.GetProperty("code").GetString() == "23");
        if (creuse.GetProperty("offres").GetInt32() != total)
        {
            // Told as a surface that disagrees, so that a snapshot swapped between two requests is simply asked again.
            surfaces["couverture ≠ liste"] = ([-creuse.GetProperty("offres").GetInt32()], [-total]);
        }

        surfaces["fiches"] = (await Fiches("offres", ours), await Fiches("structures", ourStructures));
        return surfaces;
    }

    [Fact]
    public async Task Every_surface_shows_the_same_visible_offers_after_a_write_within_two_seconds()
    {
        database.SkipIfUnavailable();
        await using var host = Hosts.On(database);
        var client = host.CreateClient();
        Written written;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            written = await WriteAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>());
        }

        var before = new Dictionary<string, (int[] Offers, int[] Structures)>();
        Assert.True(null != await Hosts.WithinAsync(Limit, async () =>
        {
            before = await SurfacesAsync(client, written);
            return before.Values.All(v => v.Offers.SequenceEqual([written.ToExpire, written.ToSuspend, written.OfClosed])
                && v.Structures.SequenceEqual([written.Open, written.Closing]));
        }), "Avant le changement, les surfaces ne montrent pas les mêmes offres : " + Describe(before));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            await ChangeAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), written);
        }

        var after = new Dictionary<string, (int[] Offers, int[] Structures)>();
        var took = await Hosts.WithinAsync(Limit, async () =>
        {
            after = await SurfacesAsync(client, written);
            return after.Values.All(v => v.Offers.SequenceEqual([written.Draft]) && v.Structures.SequenceEqual([written.Open]));
        });
        Assert.True(took is not null, "Après l'écriture, les surfaces ne montrent pas les mêmes offres en 2 s : " + Describe(after));
    }

    private static string Describe(Dictionary<string, (int[] Offers, int[] Structures)> surfaces) =>
        string.Join(" ; ", surfaces.Select(s => $"{s.Key} = [{string.Join(',', s.Value.Offers)}] / [{string.Join(',', s.Value.Structures)}]"));

    [Fact]
    public async Task A_write_through_one_instance_shows_through_another_within_two_seconds()
    {
        database.SkipIfUnavailable();
        await using var first = Hosts.On(database);
        await using var second = Hosts.On(database);
        var firstClient = first.CreateClient();
        var secondClient = second.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await secondClient.GetAsync("/health/live", Ct)).StatusCode);

        Written written;
        await using (var scope = first.Services.CreateAsyncScope())
        {
            written = await WriteAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>());
        }

        async Task<bool> Shown(HttpClient client, int id) => (await client.GetAsync($"/api/v1/offres/{id}", Ct)).StatusCode == HttpStatusCode.OK;
        Assert.NotNull(await Hosts.WithinAsync(Limit, () => Shown(secondClient, written.ToSuspend)));

        await using (var scope = first.Services.CreateAsyncScope())
        {
            await ChangeAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), written);
        }

        var took = await Hosts.WithinAsync(Limit, async () => !await Shown(secondClient, written.ToSuspend) && await Shown(secondClient, written.Draft));
        Assert.True(took is not null, "La seconde instance ne voit pas l'écriture faite par la première en 2 s.");
        Assert.NotNull(await Hosts.WithinAsync(Limit, () => Shown(firstClient, written.Draft)));
    }

    [Fact]
    public async Task A_request_during_a_rebuild_is_answered_from_the_previous_snapshot()
    {
        database.SkipIfUnavailable();
        using var gate = new SemaphoreSlim(0);
        var preparation = new GatedPreparation(gate);
        using var provider = new CatalogueProvider(
            database.Services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, [preparation], NullLogger<CatalogueProvider>.Instance);
        preparation.Open = true;
        var previous = await provider.GetAsync(Ct);
        preparation.Open = false;

        await using (var scope = database.Scope())
        {
            await WriteAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>());
        }

        var rebuild = Task.Run(() => provider.RefreshAsync(Ct), Ct);
        Assert.True(await Hosts.WithinAsync(TimeSpan.FromSeconds(10), () => Task.FromResult(preparation.Waiting)) is not null);
        var during = provider.GetAsync(Ct);
        Assert.True(during.IsCompletedSuccessfully, "Une requête a attendu la reconstruction du catalogue.");
        Assert.Same(previous, await during);

        gate.Release();
        Assert.True(await rebuild);
        Assert.NotSame(previous, await provider.GetAsync(Ct));
    }

    /// <summary>A preparation that holds the rebuild until the test lets it go.</summary>
    private sealed class GatedPreparation(SemaphoreSlim gate) : ICataloguePreparation
    {
        public bool Open { get; set; }

        public bool Waiting { get; private set; }

        public void Prepare(CatalogueSnapshot snapshot)
        {
            if (!Open)
            {
                Waiting = true;
                gate.Wait(TestContext.Current.CancellationToken);
            }
        }
    }

    [GeneratedRegex("href=\"/(offres|structures)/(\\d+)\"")]
    private static partial Regex LinkPattern();
}

public sealed class SqliteOneTruthTests(SqliteDatabase database) : OneTruthTests(database);

public sealed class PostgresOneTruthTests(PostgresDatabase database) : OneTruthTests(database);
