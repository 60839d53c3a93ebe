using System.Security.Cryptography;
using System.Text;

namespace Aiguillage.Web;

/// <summary>
/// An opaque key for the client of a request (its address, behind a known proxy the forwarded one), salted per process so
/// that it cannot be turned back into an address; it is never written anywhere.
/// </summary>
internal static class ClientKey
{
    private static readonly byte[] Salt = RandomNumberGenerator.GetBytes(16);

    public static string Of(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "inconnu";
        return Convert.ToHexString(HMACSHA256.HashData(Salt, Encoding.UTF8.GetBytes(address)), 0, 12);
    }
}
