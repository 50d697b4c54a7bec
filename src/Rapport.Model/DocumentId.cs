using System.Security.Cryptography;
using System.Text;

namespace Rapport.Model;

/// <summary>
/// A document's identity: the SHA-256 of its normalised text, as 64 lower-case hex digits.
/// The same text always has the same id, which is what makes ingest idempotent.
/// </summary>
public readonly record struct DocumentId
{
    private readonly string? _hex;

    private DocumentId(string hex) => _hex = hex;

    /// <summary>The 64 lower-case hex digits.</summary>
    public string Value => _hex ?? throw new InvalidOperationException("An uninitialised DocumentId has no value.");

    /// <summary>The id of a normalised text.</summary>
    public static DocumentId ForText(string normalisedText)
    {
        ArgumentNullException.ThrowIfNull(normalisedText);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(normalisedText));
        return new DocumentId(Convert.ToHexStringLower(hash));
    }

    /// <summary>Parses a full id.</summary>
    public static bool TryParse(string? text, out DocumentId id)
    {
        id = default;
        if (text is null || text.Length != 64 || !text.All(Uri.IsHexDigit))
        {
            return false;
        }

        id = new DocumentId(text.ToLowerInvariant());
        return true;
    }

    /// <summary>Parses a full id.</summary>
    /// <exception cref="FormatException">Not 64 hex digits.</exception>
    public static DocumentId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not a document id (64 hex digits).");

    /// <summary>The first 12 hex digits, as shown to people; unique enough to look a document up by prefix.</summary>
    public string Short => Value[..12];

    /// <inheritdoc />
    public override string ToString() => _hex ?? string.Empty;
}
