namespace Rapport.Model;

/// <summary>The format a document was read from.</summary>
public enum DocumentFormat
{
    /// <summary>Plain text.</summary>
    Text,

    /// <summary>Markdown, kept as written.</summary>
    Markdown,

    /// <summary>An HTML page, reduced to its visible text.</summary>
    Html,

    /// <summary>A PDF file, reduced to its text layer.</summary>
    Pdf,
}
