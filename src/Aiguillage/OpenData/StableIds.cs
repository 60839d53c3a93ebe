using System.Security.Cryptography;
using System.Text;

namespace Aiguillage.OpenData;

/// <summary>
/// Identifiers of our records in open-data formats, the same at every export: data·inclusion's « source--identifiant »
/// and HSDS's UUIDs, derived from the record's id in Aiguillage (RFC 9562 version 5, name-based) so they never change
/// while the record lives and need no column in the database.
/// </summary>
public static class StableIds
{
    /// <summary>Our producer identifier in data·inclusion (the « source » field).</summary>
    public const string Source = "aiguillage";

    /// <summary>The namespace of Aiguillage's name-based UUIDs (itself a version 5 UUID of the project's address in the URL namespace).</summary>
    public static readonly Guid Namespace = NameBased(Guid.Parse("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), "https://github.com/aiguillage/aiguillage");

    public static string StructureId(int id) => $"{Source}--structure-{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public static string ServiceId(int id) => $"{Source}--offre-{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>The UUID of any named thing of ours ("structure:12", "offre:345", "zone:departement:23", "terme:besoin:juridique").</summary>
    public static Guid Uuid(string name) => NameBased(Namespace, name);

    /// <summary>RFC 9562 §5.5: SHA-1 of the namespace and the name, with the version and variant bits set.</summary>
    public static Guid NameBased(Guid namespaceId, string name)
    {
        Span<byte> input = stackalloc byte[16];
        namespaceId.TryWriteBytes(input, bigEndian: true, out _);
        var bytes = input.ToArray().Concat(Encoding.UTF8.GetBytes(name)).ToArray();
#pragma warning disable CA5350 // SHA-1 is what the standard prescribes for version 5; it names, it does not protect.
        var hash = SHA1.HashData(bytes);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
