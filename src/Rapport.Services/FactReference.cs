using System.Globalization;
using Rapport.Storage;

namespace Rapport.Services;

/// <summary>
/// A stable, typeable handle on one stored fact: its kind, the start of its document's id and the offset its span
/// starts at, written <c>statement:3f2a9c1d7e4b@720</c>. Document ids hash the text and spans are character offsets,
/// so the handle survives re-ingest, merges and grading; <c>rapport facts</c> prints it in its last column. The kind
/// is needed because a statement and the meeting or support claim it reports can start at the same offset; it may
/// be left out when the rest names one fact.
/// </summary>
/// <param name="Kind">Statement, meeting or support; null when not written.</param>
/// <param name="DocumentPrefix">The start of the document id, lower-case hex, at least <see cref="MinimumPrefix"/> digits.</param>
/// <param name="Start">The offset of the fact's span in the document's text.</param>
public readonly record struct FactReference(FactKind? Kind, string DocumentPrefix, int Start)
{
    /// <summary>The shortest document prefix accepted: shorter ones would often name several documents.</summary>
    public const int MinimumPrefix = 6;

    /// <summary>The reference of one stored fact, with the same 12-digit prefix other commands show.</summary>
    public static FactReference Of(FactRecord fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return new FactReference(fact.Kind, fact.Span.Document.Short, fact.Span.Start);
    }

    /// <summary>
    /// The reference printed for a fact several documents report: its report that sorts first by document id, then
    /// offset, so the choice does not depend on which report grouping met first.
    /// </summary>
    public static FactReference Of(IEnumerable<FactRecord> reports) =>
        Of(reports.OrderBy(r => r.Span.Document.Value, StringComparer.Ordinal).ThenBy(r => r.Span.Start).First());

    /// <summary>Reads <c>[KIND:]PREFIX@START</c>; false when the text is not one.</summary>
    public static bool TryParse(string? text, out FactReference reference)
    {
        reference = default;
        var trimmed = text?.Trim() ?? string.Empty;
        FactKind? kind = null;
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            kind = trimmed[..colon].ToLowerInvariant() switch
            {
                "statement" => FactKind.Statement,
                "meeting" => FactKind.Meeting,
                "support" => FactKind.Support,
                _ => null,
            };
            if (kind is null)
            {
                return false;
            }

            trimmed = trimmed[(colon + 1)..];
        }

        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var prefix = trimmed[..at].ToLowerInvariant();
        if (prefix.Length < MinimumPrefix || !prefix.All(Uri.IsHexDigit)
            || !int.TryParse(trimmed[(at + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var start))
        {
            return false;
        }

        reference = new FactReference(kind, prefix, start);
        return true;
    }

    /// <summary>True when <paramref name="fact"/> is (one of) the facts this reference points at.</summary>
    public bool Matches(FactRecord fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return (Kind is null || Kind == fact.Kind) && fact.Span.Start == Start && fact.Span.Document.Value.StartsWith(DocumentPrefix, StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{(Kind is { } k ? k.ToString().ToLowerInvariant() + ":" : string.Empty)}{DocumentPrefix}@{Start}");
}
