using System.Security.Cryptography;
using System.Text;

namespace Rapport.Services.Exports;

/// <summary>
/// Name-based UUIDs (version 5, RFC 9562 §5.5): the same namespace and name always give the same UUID, which is what
/// STIX 2.1 recommends for identifiers that several producers, or several runs, must agree on.
/// </summary>
public static class DeterministicUuid
{
    /// <summary>
    /// Rapport's namespace for the objects it exports (a random version-4 UUID fixed once). Changing it changes every
    /// exported identifier, so it never changes.
    /// </summary>
    public static readonly Guid RapportNamespace = new("4a7b1a3e-5f0c-4d8e-9b62-3c1d2e7f9a10");

    /// <summary>The version-5 UUID of <paramref name="name"/> (UTF-8) in <paramref name="namespaceId"/>, lower-case with hyphens.</summary>
    public static string Create(Guid namespaceId, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span<byte> space = stackalloc byte[16];
        if (!namespaceId.TryWriteBytes(space, bigEndian: true, out _))
        {
            throw new InvalidOperationException("a GUID is 16 bytes");
        }

        var text = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + text.Length];
        space.CopyTo(input);
        text.CopyTo(input, 16);

        // RFC 9562 fixes SHA-1 for version 5; it names, it does not protect anything.
#pragma warning disable CA5350
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D");
    }

    /// <summary>A STIX identifier: <c>TYPE--</c> and the version-5 UUID of <paramref name="key"/> in Rapport's namespace.</summary>
    public static string StixId(string type, string key) => $"{type}--{Create(RapportNamespace, key)}";
}
