using Rapport.Model;

namespace Rapport.Documents;

/// <summary>Maps file extensions to the formats Rapport reads.</summary>
public static class FormatDetector
{
    private static readonly Dictionary<string, DocumentFormat> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = DocumentFormat.Text,
        [".text"] = DocumentFormat.Text,
        [".md"] = DocumentFormat.Markdown,
        [".markdown"] = DocumentFormat.Markdown,
        [".html"] = DocumentFormat.Html,
        [".htm"] = DocumentFormat.Html,
        [".pdf"] = DocumentFormat.Pdf,
    };

    /// <summary>The extensions Rapport reads, for messages and folder walks.</summary>
    public static IReadOnlyCollection<string> SupportedExtensions => ByExtension.Keys;

    /// <summary>The format for a path's extension, or null when Rapport does not read it.</summary>
    public static DocumentFormat? ForPath(string path) =>
        ByExtension.TryGetValue(Path.GetExtension(path), out var format) ? format : null;
}
