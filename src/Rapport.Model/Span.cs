namespace Rapport.Model;

/// <summary>A half-open range [<see cref="Start"/>, <see cref="End"/>) of characters in a document's stored text.</summary>
public readonly record struct Span
{
    /// <summary>Creates a span.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Start is negative or after end.</exception>
    public Span(DocumentId document, int start, int end)
    {
        if (start < 0 || end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"A span needs 0 <= start <= end; got [{start}, {end}).");
        }

        Document = document;
        Start = start;
        End = end;
    }

    /// <summary>The document the offsets point into.</summary>
    public DocumentId Document { get; }

    /// <summary>Offset of the first character.</summary>
    public int Start { get; }

    /// <summary>Offset one past the last character.</summary>
    public int End { get; }

    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>The covered text of <paramref name="documentText"/>.</summary>
    public string Slice(string documentText) => documentText[Start..End];

    /// <inheritdoc />
    public override string ToString() => $"{Document.Short}[{Start},{End})";
}
