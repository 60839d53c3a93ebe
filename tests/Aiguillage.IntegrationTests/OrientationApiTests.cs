using System.Net;
using System.Text.Json;
using Aiguillage.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aiguillage.IntegrationTests;

/// <summary>GET /api/v1/orientation through the real host on the seeded SQLite database.</summary>
public sealed class OrientationApiTests(SqliteDatabase database)
{
    private readonly HttpClient _client = database.Web.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement);
    }

    [Fact]
    public async Task An_offer_over_part_of_its_zones_asks_to_check_the_territory()
    {
        // Millevaches, in the park that La Solidaire serves (the fund is coded to the three départements, in part); its title
        // says « plateau », which keeps it among the first twenty whatever offers other tests add.
        var (status, body) = await GetAsync("/api/v1/orientation?commune=19139&etape=creation&besoins=financement&public=association&q=plateau");
        Assert.Equal(HttpStatusCode.OK, status);
        var fund = Assert.Single(body.GetProperty("resultats").EnumerateArray(), r => r.GetProperty("offre").GetProperty("nom").GetString()!.Contains("La Solidaire", StringComparison.Ordinal));
        Assert.True(fund.GetProperty("offre").GetProperty("zonePartielle").GetBoolean());
        var territory = fund.GetProperty("criteres")[0];
        Assert.True(territory.GetProperty("aVerifier").GetBoolean());
        Assert.Equal("Intervient sur une partie seulement du département de la Corrèze (19) : vérifiez dans ses conditions que Millevaches en fait partie", territory.GetProperty("explication").GetString());
    }

    [Fact]
    public async Task Every_result_satisfies_the_eligibility_rules_and_explains_every_criterion()
    {
        var (status, body) = await GetAsync("/api/v1/orientation?commune=23096&etape=creation&besoins=financement,juridique&public=association");
        Assert.Equal(HttpStatusCode.OK, status);

        var profile = body.GetProperty("profil");
        Assert.Equal(("23096", "Creuse", "Nouvelle-Aquitaine"), (profile.GetProperty("commune").GetProperty("code").GetString(), profile.GetProperty("commune").GetProperty("departement").GetProperty("nom").GetString(), profile.GetProperty("commune").GetProperty("region").GetProperty("nom").GetString()));
        var results = body.GetProperty("resultats").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        foreach (var result in results)
        {
            var offer = result.GetProperty("offre");
            Assert.Contains("creation", offer.GetProperty("etapes").EnumerateArray().Select(e => e.GetString()));
            var publics = offer.GetProperty("publics").EnumerateArray().Select(e => e.GetString()).ToList();
            Assert.True(publics.Count == 0 || publics.Contains("association"));
            Assert.Contains(offer.GetProperty("zones").EnumerateArray(), z =>
                (z.GetProperty("niveau").GetString(), z.GetProperty("code").GetString()) is ("pays", "FR") or ("region", "75") or ("departement", "23") or ("commune", "23096") or ("epci", "200034825"));
            var criteria = result.GetProperty("criteres").EnumerateArray().ToList();
            Assert.Equal(["territoire", "etape", "public", "besoins", "specialisation-ess", "frais", "fraicheur"], criteria.Select(c => c.GetProperty("critere").GetString()));
            Assert.All(criteria, c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("explication").GetString())));
            Assert.True(criteria[0].GetProperty("satisfait").GetBoolean());
            // An offer over part of its zones asks the person to check its territory, and only that criterion.
            Assert.Equal(offer.GetProperty("zonePartielle").GetBoolean(), criteria[0].GetProperty("aVerifier").GetBoolean());
            Assert.All(criteria.Skip(1), c => Assert.False(c.GetProperty("aVerifier").GetBoolean()));
        }


        var scores = results.Select(r => r.GetProperty("score").GetDouble()).ToList();
        Assert.True(scores[0] >= scores[^1]);
        Assert.Contains(body.GetProperty("etapesSuivantes").EnumerateArray(), s => s.GetProperty("etape").GetString() == "consolidation");
    }

    [Fact]
    public async Task A_municipal_arrondissement_is_oriented_as_its_city()
    {
        var (status, body) = await GetAsync("/api/v1/orientation?commune=75111&etape=emergence");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("75056", body.GetProperty("profil").GetProperty("commune").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_postal_code_with_several_communes_asks_which_one()
    {
        var (status, body) = await GetAsync("/api/v1/orientation?codePostal=23000&etape=creation");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("codePostal", body.GetProperty("parametre").GetString());
        Assert.Contains(body.GetProperty("communesPossibles").EnumerateArray(), c => c.GetProperty("code").GetString() == "23096");

        var (single, _) = await GetAsync("/api/v1/orientation?codePostal=23000&commune=23096&etape=creation");
        Assert.Equal(HttpStatusCode.OK, single);
    }

    [Theory]
    [InlineData("?etape=creation", "commune")]
    [InlineData("?commune=99999&etape=creation", "commune")]
    [InlineData("?commune=23096", "etape")]
    [InlineData("?commune=23096&etape=creat", "etape")]
    [InlineData("?commune=23096&etape=creation&besoins=financement,argent", "besoins")]
    [InlineData("?commune=23096&etape=creation&public=personne", "public")]
    [InlineData("?codePostal=ABCDE&etape=creation", "codePostal")]
    [InlineData("?commune=%00%FF%27--&etape=creation", "commune")]
    [InlineData("?commune=23096&etape=creation&etape=emergence&besoins=%2C%2C%2C", null)]
    public async Task Bad_queries_get_a_400_naming_the_parameter_never_a_500(string query, string? parameter)
    {
        var response = await _client.GetAsync(new Uri("/api/v1/orientation" + query, UriKind.Relative), Ct);
        if (parameter is null)
        {
            Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}");
            return;
        }

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal(parameter, body.GetProperty("parametre").GetString());
    }

    [Fact]
    public async Task An_unknown_stage_lists_the_accepted_ones()
    {
        var (_, body) = await GetAsync("/api/v1/orientation?commune=23096&etape=creat");
        Assert.Equal("ideation, emergence, creation, consolidation, changement-echelle", body.GetProperty("valeursAcceptees").GetString());
    }

    [Fact]
    public async Task Each_request_is_recorded_without_personal_data()
    {
        var (status, body) = await GetAsync("/api/v1/orientation?commune=97411&etape=changement-echelle&besoins=numerique,immobilier-locaux&public=mutuelle&q=Jean%20Dupont%2006%2012%2034%2056%2078");
        Assert.Equal(HttpStatusCode.OK, status);
        var expectedCount = body.GetProperty("resultats").GetArrayLength();

        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Orientation.OrientationRequest? recorded = null;
        for (var attempt = 0; attempt < 50 && recorded is null; attempt++)
        {
            recorded = await db.OrientationRequests.AsNoTracking().FirstOrDefaultAsync(r => r.CommuneCode == "97411" && r.Public == "mutuelle", Ct);
            if (recorded is null)
            {
                await Task.Delay(100, Ct);
            }
        }

        Assert.NotNull(recorded);
        Assert.Equal(("974", "04", "changement-echelle", expectedCount), (recorded.DepartementCode, recorded.RegionCode, recorded.Stage, recorded.ResultCount));
        Assert.Equal(["numerique", "immobilier-locaux"], recorded.Needs);
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), recorded.Day);
        var columns = db.Model.FindEntityType(typeof(Orientation.OrientationRequest))!.GetProperties().Select(p => p.Name).ToList();
        Assert.DoesNotContain(columns, c => c.Contains("Text", StringComparison.Ordinal) || c.Contains("Ip", StringComparison.Ordinal) || c.Contains("Email", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_repeated_question_gets_the_same_answer_and_is_recorded_once_per_client_and_day()
    {
        const string url = "/api/v1/orientation?commune=2A004&etape=emergence&besoins=gouvernance,juridique&public=scic";
        var first = await _client.GetStringAsync(new Uri(url, UriKind.Relative), Ct);
        var second = await _client.GetStringAsync(new Uri(url, UriKind.Relative), Ct);
        Assert.Equal(first, second);
        await _client.GetStringAsync(new Uri(url.Replace("gouvernance,juridique", "gouvernance", StringComparison.Ordinal), UriKind.Relative), Ct);

        // The requests are written in order: once the third (another profile) is there, a second copy of the first would be too.
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rows = new List<Orientation.OrientationRequest>();
        for (var attempt = 0; attempt < 50 && rows.Count < 2; attempt++)
        {
            rows = await db.OrientationRequests.AsNoTracking().Where(r => r.CommuneCode == "2A004" && r.Public == "scic" && r.Stage == "emergence").ToListAsync(Ct);
            if (rows.Count < 2)
            {
                await Task.Delay(100, Ct);
            }
        }

        Assert.Equal(2, rows.Count);
        Assert.Single(rows, r => r.Needs.Count == 2);
        Assert.Single(rows, r => r.Needs.Count == 1);
    }

    [Theory]
    [InlineData("gzip, deflate, br", true)]
    [InlineData("br;q=1.0, gzip;q=0.5", true)]
    [InlineData("*", true)]
    [InlineData("gzip;q=0", false)]
    [InlineData("identity", false)]
    public async Task A_client_that_accepts_gzip_gets_the_same_answer_compressed(string acceptEncoding, bool compressed)
    {
        const string url = "/api/v1/orientation?commune=23096&etape=creation&besoins=financement,juridique";
        var plain = await _client.GetStringAsync(new Uri(url, UriKind.Relative), Ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);

        using var response = await _client.SendAsync(request, Ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal(compressed, response.Content.Headers.ContentEncoding.Contains("gzip"));
        var text = compressed
            ? new StreamReader(new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress)).ReadToEnd()
            : System.Text.Encoding.UTF8.GetString(bytes);
        Assert.Equal(plain, text);
        if (compressed)
        {
            Assert.True(bytes.Length * 3 < plain.Length, $"{bytes.Length} octets compressés pour {plain.Length}");
        }
    }

    [Fact]
    public async Task A_new_import_is_seen_by_the_next_orientation()
    {
        var (_, before) = await GetAsync("/api/v1/orientation?commune=23096&etape=ideation&q=apiculture");
        Assert.DoesNotContain(before.GetProperty("resultats").EnumerateArray(), r => r.GetProperty("offre").GetProperty("nom").GetString() == "Rucher-école coopératif");

        await using (var scope = database.Scope())
        {
            var csv = string.Join(',', Offers.OfferCsv.AllColumns) + "\n" + string.Join(',', Offers.OfferCsv.AllColumns.Select(c => c switch
            {
                "source" => "index-test",
                "identifiant" => "rucher",
                "structure_identifiant" => "rucher",
                "structure_nom" => "Rucher",
                "structure_types" => "incubateur",
                "nom" => "Rucher-école coopératif",
                "types" => "incubation",
                "etapes" => "ideation",
                "zones" => "commune:23096",
                "date_verification" => "2026-11-01",
                "sources" => "https://example.org/rucher",
                _ => "",
            }));
            var report = await scope.ServiceProvider.GetRequiredService<Offers.ImportOffers>().HandleAsync(new StringReader(csv), false, Ct);
            Assert.True(report.Succeeded);
        }

        // Another process would see it within the stamp check interval; this test waits for it like one.
        JsonElement after = default;
        for (var attempt = 0; attempt < 40; attempt++)
        {
            (_, after) = await GetAsync("/api/v1/orientation?commune=23096&etape=ideation&q=apiculture");
            if (after.GetProperty("resultats").EnumerateArray().Any(r => r.GetProperty("offre").GetProperty("nom").GetString() == "Rucher-école coopératif"))
            {
                break;
            }

            await Task.Delay(100, Ct);
        }

        var first = after.GetProperty("resultats")[0];
        Assert.Equal("Rucher-école coopératif", first.GetProperty("offre").GetProperty("nom").GetString());
        Assert.Contains(first.GetProperty("criteres").EnumerateArray(), c => c.GetProperty("explication").GetString() == "Couvre votre commune (Guéret)");
    }
}
