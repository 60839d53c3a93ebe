using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Aiguillage.BrowserTests;

/// <summary>
/// The printable orientation sheet (issue 15, item 2): reached from the results and from an offer, offers chosen with a
/// GET form of checkboxes (no JavaScript), printed to an A4 PDF by headless Chromium from the print CSS alone.
/// </summary>
public sealed partial class PrintSheetTests(SiteFixture site)
{
    [Fact]
    public async Task The_sheet_of_the_chosen_offers_prints_to_an_a4_pdf_with_their_titles_and_its_permalink()
    {
        var (page, problems) = await site.OpenAsync(javaScript: false);
        await page.VisitAsync(site.BaseUrl + MainPages.Results);
        await page.GetByRole(AriaRole.Link, new() { Name = "Imprimer ou enregistrer en PDF" }).ClickAsync();
        await page.ArriveAsync("**/orientation/fiche?**");

        // Keep the second and third offers only, without JavaScript.
        var boxes = page.Locator(".sheet-tools input[type=checkbox]");
        Assert.True(await boxes.CountAsync() >= 3);
        Assert.True(await boxes.Nth(0).IsCheckedAsync());
        await boxes.Nth(0).UncheckAsync();
        var titles = new[] { await LabelOfAsync(page, boxes.Nth(1)), await LabelOfAsync(page, boxes.Nth(2)) };
        await page.GetByRole(AriaRole.Button, new() { Name = "Mettre à jour la fiche" }).ClickAsync();
        await page.ArriveAsync(new Regex("choix=1"));
        var offers = page.Locator(".sheet-offer h3");
        Assert.Equal(titles, await offers.AllInnerTextsAsync());
        Assert.Contains("Pourquoi elle vous correspond", await page.Locator(".sheet-offer").First.InnerTextAsync(), StringComparison.Ordinal);
        await Assertions.Expect(page.Locator(".sheet-link svg.qr-code path")).ToHaveCountAsync(1);
        var permalink = await page.Locator(".sheet-link a").InnerTextAsync();
        Assert.Contains("/orientation/fiche?", permalink, StringComparison.Ordinal);

        var pdf = await page.PdfAsync(new() { Format = "A4", PreferCSSPageSize = true, Outline = true, Tagged = true, PrintBackground = true });
        var text = PdfText(pdf);
        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        // A4 is 595 × 842 points; Chromium writes them with decimals.
        var boxesFound = MediaBox().Matches(text).Select(m => (double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.NotEmpty(boxesFound);
        Assert.All(boxesFound, b => Assert.True(Math.Abs(b.Item1 - 595.3) < 2 && Math.Abs(b.Item2 - 841.9) < 2, $"Page de {b.Item1} × {b.Item2} points, pas A4."));
        Assert.InRange(boxesFound.Count, 1, 2);
        // The headings are the PDF's outline (its bookmarks): the offers' titles are there, and the permalink is its link.
        // Chromium joins a heading's wrapped lines without their space: compare without spaces.
        var outline = OutlineTitles(text).Select(WithoutSpaces).ToList();
        Assert.All(titles, t => Assert.True(outline.Contains(WithoutSpaces(t)), $"« {t} » absent du sommaire du PDF : {string.Join(" | ", outline)}"));
        Assert.Contains(WithoutSpaces("Votre fiche d'orientation"), outline);
        Assert.Contains(permalink, text, StringComparison.Ordinal);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_sheet_opens_from_an_offer_and_is_accessible_with_its_print_button_from_the_script()
    {
        var (page, problems) = await site.OpenAsync();
        await page.VisitAsync(site.BaseUrl + "/offres/5");
        var title = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Imprimer ou enregistrer en PDF" }).ClickAsync();
        await page.ArriveAsync("**/orientation/fiche?offres=5");
        Assert.Equal([title], await page.Locator(".sheet-offer h3").AllInnerTextsAsync());
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Imprimer ou enregistrer en PDF" })).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.VisitAsync(site.BaseUrl + MainPages.Sheet);
        Assert.Equal(3, await page.Locator(".sheet-offer").CountAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        Assert.Empty(problems);
    }

    private static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static async Task<string> LabelOfAsync(IPage page, ILocator box) =>
        await page.Locator($"label[for='{await box.GetAttributeAsync("id")}']").InnerTextAsync();

    /// <summary>The PDF as Latin-1 text, with its compressed streams inflated after it (Chromium deflates most objects).</summary>
    private static string PdfText(byte[] pdf)
    {
        var latin1 = Encoding.Latin1.GetString(pdf);
        var text = new StringBuilder(latin1);
        foreach (Match stream in Stream().Matches(latin1))
        {
            try
            {
                using var inflater = new ZLibStream(new MemoryStream(Encoding.Latin1.GetBytes(stream.Groups[1].Value)), CompressionMode.Decompress);
                using var reader = new StreamReader(inflater, Encoding.Latin1);
                text.Append('\n').Append(reader.ReadToEnd());
            }
            catch (InvalidDataException)
            {
                // Not a deflated stream (an image, a font): nothing to read in it.
            }
        }

        return text.ToString();
    }

    /// <summary>The outline's /Title strings, written as UTF-16 hex (&lt;FEFF…&gt;) or as literal strings.</summary>
    private static List<string> OutlineTitles(string pdf)
    {
        var titles = new List<string>();
        foreach (Match m in Title().Matches(pdf))
        {
            if (m.Groups[1].Success)
            {
                var hex = m.Groups[1].Value;
                var bytes = Convert.FromHexString(hex.Length % 2 == 0 ? hex : hex + "0");
                titles.Add(bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF ? Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2) : Encoding.Latin1.GetString(bytes));
            }
            else
            {
                var literal = Regex.Unescape(m.Groups[2].Value.Replace("\\(", "(", StringComparison.Ordinal).Replace("\\)", ")", StringComparison.Ordinal));
                var bytes = Encoding.Latin1.GetBytes(literal);
                titles.Add(bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF ? Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2) : literal);
            }
        }

        return titles;
    }

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]")]
    private static partial Regex MediaBox();

    [GeneratedRegex(@"stream\r?\n(.*?)\r?\nendstream", RegexOptions.Singleline)]
    private static partial Regex Stream();

    [GeneratedRegex(@"/Title\s*(?:<([0-9A-Fa-f]+)>|\(((?:\\.|[^\\)])*)\))")]
    private static partial Regex Title();
}
