namespace Rapport.Reports.Briefs;

/// <summary>The brief writers by file extension.</summary>
public static class BriefWriters
{
    private static readonly IBriefWriter[] All = [new MarkdownBriefWriter(), new HtmlBriefWriter(), new DocxBriefWriter(), new PdfBriefWriter()];

    /// <summary>The extensions a brief can be written as, for messages: ".md, .html, .docx or .pdf".</summary>
    public static string Extensions =>
        string.Join(", ", All[..^1].Select(w => "." + w.Extension)) + " or ." + All[^1].Extension;

    /// <summary>The writer for <paramref name="path"/>'s extension, or null when no writer has it.</summary>
    public static IBriefWriter? For(string path)
    {
        var extension = Path.GetExtension(path).TrimStart('.');
        return All.FirstOrDefault(w => string.Equals(w.Extension, extension, StringComparison.OrdinalIgnoreCase));
    }
}
