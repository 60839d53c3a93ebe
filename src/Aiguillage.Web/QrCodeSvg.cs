using System.Globalization;
using System.Net;
using System.Text;
using QRCoder;

namespace Aiguillage.Web;

/// <summary>
/// A QR code as an inline SVG drawn on the server (ADR 020): QRCoder encodes, this draws one path of dark modules with
/// presentation attributes only, because the CSP forbids style attributes (QRCoder's own SVG renderer may write some).
/// </summary>
internal static class QrCodeSvg
{
    /// <summary>An SVG image of <paramref name="text"/> (medium error correction, quiet zone included) named by <paramref name="label"/>.</summary>
    public static string Render(string text, string label)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (matrix[y][x])
                {
                    path.Append(CultureInfo.InvariantCulture, $"M{x} {y}h1v1h-1z");
                }
            }
        }

        var name = WebUtility.HtmlEncode(label);
        return $"""<svg class="qr-code" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" role="img" aria-label="{name}" shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/><path d="{path}" fill="#000"/></svg>""";
    }
}
