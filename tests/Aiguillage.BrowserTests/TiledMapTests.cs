using System.Buffers.Binary;
using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace Aiguillage.BrowserTests;

/// <summary>
/// Issue 15: "with a tile server configured, nothing changes". A second instance of the site (same database, no second
/// browser) has Map:TileUrl pointing at a tile server on 127.0.0.1: /carte draws its tiles and none of the outlines it
/// draws on its own when there is no tile server (BaseMapTests), and still passes axe.
/// </summary>
public sealed class TiledMapTests(SiteFixture site, TiledSiteFixture tiled) : IClassFixture<TiledSiteFixture>
{
    [Fact]
    public async Task With_a_tile_server_the_map_draws_its_tiles_and_not_the_outlines_shipped_with_the_site()
    {
        var (page, problems) = await site.OpenAsync();
        var outlines = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/geo/", StringComparison.Ordinal))
            {
                outlines.Add(request.Url);
            }
        };
        await page.VisitAsync(tiled.BaseUrl + "/carte");
        var map = new StructureMapPage(page);
        await Assertions.Expect(map.Map).ToHaveAttributeAsync("data-loaded", new Regex("^[1-9]"));
        await Assertions.Expect(page.Locator("#carte img.leaflet-tile-loaded").First).ToBeVisibleAsync();

        Assert.True(tiled.Tiles.Requests > 0, "Aucune tuile demandée au serveur de tuiles.");
        var sources = await page.Locator("#carte img.leaflet-tile").EvaluateAllAsync<string[]>("tiles => tiles.map(t => t.src)");
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.Matches($@"^{Regex.Escape(tiled.Tiles.Origin)}/\d+/\d+/\d+\.png$", s));

        // The base layer of the site stays out: not fetched, not drawn, not in the legend nor the attribution.
        Assert.Empty(outlines);
        Assert.Equal(0, await page.Locator("#carte path.base-outline").CountAsync());
        Assert.Null(await map.Map.GetAttributeAsync("data-outlines"));
        Assert.DoesNotContain("structure-map-plain", await map.Map.GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
        var attribution = await page.Locator(".leaflet-control-attribution").InnerTextAsync();
        Assert.Contains(TiledSiteFixture.Attribution, attribution, StringComparison.Ordinal);
        Assert.DoesNotContain("IGN Admin Express", attribution, StringComparison.Ordinal);
        Assert.DoesNotContain("Contours des départements", await page.Locator("#carte-legende").InnerTextAsync(), StringComparison.Ordinal);

        await Accessibility.AssertNoSeriousViolationsAsync(page);
        Assert.Empty(problems);
    }
}

/// <summary>The site with Map:TileUrl set to a <see cref="TileServer"/>, for the tests of one class.</summary>
public sealed class TiledSiteFixture(SiteFixture site) : IAsyncLifetime
{
    public const string Attribution = "Tuiles d'essai, servies par le test";

    private WebApplicationFactory<Program>? _site;

    public TileServer Tiles { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public ValueTask InitializeAsync()
    {
        (_site, BaseUrl) = site.StartAnotherSite(new Dictionary<string, string>
        {
            ["Map:TileUrl"] = Tiles.TileUrl,
            ["Map:TileAttribution"] = Attribution,
        });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }

        await Tiles.DisposeAsync();
    }
}

/// <summary>
/// A tile server on 127.0.0.1: every /{z}/{x}/{y}.png gets the same 256×256 PNG (a pale plain square), and is counted;
/// anything else is a 404.
/// </summary>
public sealed partial class TileServer : IAsyncDisposable
{
    private static readonly byte[] Tile = PlainPng(256, 0xE8, 0xEC, 0xE6);

    private readonly HttpListener _listener = new();
    private readonly Task _serving;
    private int _requests;

    public TileServer()
    {
        Origin = $"http://127.0.0.1:{SiteFixture.FreePort()}";
        _listener.Prefixes.Add(Origin + "/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public string Origin { get; }

    public string TileUrl => Origin + "/{z}/{x}/{y}.png";

    public int Requests => Volatile.Read(ref _requests);

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            if (TilePath().IsMatch(context.Request.Url!.AbsolutePath))
            {
                Interlocked.Increment(ref _requests);
                context.Response.ContentType = "image/png";
                context.Response.ContentLength64 = Tile.Length;
                await context.Response.OutputStream.WriteAsync(Tile);
            }
            else
            {
                context.Response.StatusCode = 404;
            }

            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _serving;
    }

    [GeneratedRegex(@"^/\d+/\d+/\d+\.png$")]
    private static partial Regex TilePath();

    /// <summary>A square PNG of one colour: signature, IHDR (8-bit RGB), one zlib IDAT of filter-0 rows, IEND.</summary>
    private static byte[] PlainPng(int size, byte red, byte green, byte blue)
    {
        var rows = new byte[size * (1 + (3 * size))];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var at = (y * (1 + (3 * size))) + 1 + (3 * x);
                (rows[at], rows[at + 1], rows[at + 2]) = (red, green, blue);
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(rows);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, size);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), size);
        header[8] = 8;
        header[9] = 2;
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        png.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
