using Rapport.Reports.Briefs;

namespace Rapport.Reports.Tests;

/// <summary>Runs a writer into memory, as the writers' tests need the bytes rather than a file.</summary>
public static class WrittenBrief
{
    public static async Task<byte[]> BytesAsync(IBriefWriter writer, Brief brief)
    {
        using var output = new MemoryStream();
        await writer.WriteAsync(brief, output);
        return output.ToArray();
    }

    /// <summary>A brief with every list empty and no charts: writers must still produce a readable document.</summary>
    public static Brief Empty() => SampleBriefs.Ordinary() with
    {
        Overview = new BriefOverview([], [], [], []),
        AreasOfSupport = [],
        Hypotheses = null,
        Statements = [],
        Meetings = [],
        Charts = new BriefCharts("", ""),
        Sources = [],
    };

    /// <summary>Text with all whitespace removed: PDF text extraction does not keep spaces and line breaks faithfully.</summary>
    public static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
