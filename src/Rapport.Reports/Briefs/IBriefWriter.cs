namespace Rapport.Reports.Briefs;

/// <summary>Writes a brief in one format. Writers escape every piece of document text: it is data, never markup.</summary>
public interface IBriefWriter
{
    /// <summary>The file extension this writer produces, without the dot: <c>md</c>, <c>html</c>, <c>docx</c>, <c>pdf</c>.</summary>
    string Extension { get; }

    /// <summary>Writes <paramref name="brief"/> to <paramref name="output"/>.</summary>
    Task WriteAsync(Brief brief, Stream output, CancellationToken cancellationToken = default);
}
