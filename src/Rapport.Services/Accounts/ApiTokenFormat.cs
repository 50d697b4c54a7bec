using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Rapport.Services.Accounts;

/// <summary>
/// The text of an API token: <c>rpt_&lt;id&gt;_&lt;secret&gt;</c>, where the id is 12 random base32 characters that
/// name the token in the store and the secret is 32 random bytes in base64url. Only a SHA-256 of the secret is stored.
/// </summary>
/// <remarks>
/// The prefix lets secret scanners and people recognise a leaked token. The id travels in the token so a request
/// is checked with one keyed lookup instead of hashing against every stored token. A plain SHA-256 suffices for
/// the secret (no slow password hash): 256 random bits cannot be guessed however fast each guess is.
/// </remarks>
public static class ApiTokenFormat
{
    /// <summary>What every token starts with.</summary>
    public const string Prefix = "rpt_";

    /// <summary>The length of a token id.</summary>
    public const int IdLength = 12;

    /// <summary>How many random bytes a secret holds.</summary>
    public const int SecretBytes = 32;

    // RFC 4648 base32, lower-cased: no characters that base64url or the separator use, and easy to read aloud.
    private const string IdAlphabet = "abcdefghijklmnopqrstuvwxyz234567";

    private static readonly int SecretLength = Base64Url.GetEncodedLength(SecretBytes);

    /// <summary>The length of a whole token.</summary>
    public static int TokenLength => Prefix.Length + IdLength + 1 + SecretLength;

    /// <summary>A new random id and secret.</summary>
    public static (string Id, string Secret) Generate()
    {
        var id = RandomNumberGenerator.GetString(IdAlphabet, IdLength);
        Span<byte> secret = stackalloc byte[SecretBytes];
        RandomNumberGenerator.Fill(secret);
        var text = Base64Url.EncodeToString(secret);
        CryptographicOperations.ZeroMemory(secret);
        return (id, text);
    }

    /// <summary>The token's text for an id and secret.</summary>
    public static string Format(string id, string secret) => $"{Prefix}{id}_{secret}";

    /// <summary>True when <paramref name="id"/> has the form of a token id.</summary>
    public static bool IsId(string? id) => id is { Length: IdLength } && id.All(c => IdAlphabet.Contains(c, StringComparison.Ordinal));

    /// <summary>Splits a token into its id and secret.</summary>
    /// <returns>False when <paramref name="token"/> does not have the form of a Rapport token.</returns>
    public static bool TryParse(string? token, out string id, out string secret)
    {
        id = secret = string.Empty;
        if (token is null || token.Length != TokenLength || !token.StartsWith(Prefix, StringComparison.Ordinal) || token[Prefix.Length + IdLength] != '_')
        {
            return false;
        }

        var candidateId = token.Substring(Prefix.Length, IdLength);
        var candidateSecret = token[(Prefix.Length + IdLength + 1)..];
        if (!IsId(candidateId) || !candidateSecret.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return false;
        }

        (id, secret) = (candidateId, candidateSecret);
        return true;
    }

    /// <summary>The SHA-256 of a secret's text, as lower-case hex: what the store keeps.</summary>
    public static string HashSecret(string secret) => Convert.ToHexStringLower(HashSecretBytes(secret));

    /// <summary>The SHA-256 of a secret's text.</summary>
    internal static byte[] HashSecretBytes(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return SHA256.HashData(Encoding.ASCII.GetBytes(secret));
    }
}
