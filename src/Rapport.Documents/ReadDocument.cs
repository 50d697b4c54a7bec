using Rapport.Model;

namespace Rapport.Documents;

/// <summary>A file that was read into a document, not yet stored.</summary>
public sealed record ReadDocument : ReadResult
{
    /// <summary>Creates the result.</summary>
    public ReadDocument(string origin, Document document)
        : base(origin) => Document = document;

    /// <summary>The document read.</summary>
    public Document Document { get; }
}
