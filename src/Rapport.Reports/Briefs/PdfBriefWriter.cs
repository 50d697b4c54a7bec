using System.Globalization;
using PdfSharp.Pdf;

namespace Rapport.Reports.Briefs;

/// <summary>
/// Writes a brief as PDF with PDFsharp: A4 pages laid out by <see cref="PdfLayout"/>, DejaVu Sans embedded (so the
/// file looks the same everywhere and its text can be searched and extracted), charts as PNG images and page
/// numbers in the footer. Document text is drawn as text and can do nothing.
/// </summary>
public sealed class PdfBriefWriter : IBriefWriter
{
    /// <inheritdoc />
    public string Extension => "pdf";

    /// <inheritdoc />
    public async Task WriteAsync(Brief brief, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(output);

        // PDFsharp writes synchronously; the file is built in memory and only the copy is asynchronous.
        var bytes = Render(brief, cancellationToken);
        await output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    private static byte[] Render(Brief brief, CancellationToken cancellationToken)
    {
        var theme = new PdfTheme();
        var header = brief.Header;
        var issued = header.Issued.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        using var document = new PdfDocument();
        document.Info.Title = PrintableText.Clean(header.Title);
        document.Info.Subject = PrintableText.Clean($"{header.SideA} – {header.SideB}, {header.From}–{header.To}");
        document.Info.Author = "Rapport";
        document.Info.Creator = "Rapport";

        // Dated by the brief, not the clock, so the same brief gives the same metadata.
        document.Info.CreationDate = issued;
        document.Info.ModificationDate = issued;

        using (var layout = new PdfLayout(document, theme))
        using (var renderer = new PdfBlockRenderer(layout))
        {
            foreach (var block in BriefOutline.Of(brief))
            {
                cancellationToken.ThrowIfCancellationRequested();
                renderer.Render(block);
            }

            var date = header.Issued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            layout.Finish($"Rapport brief, issued {date}. Sentences marked {BriefOutline.MachineDraftedLabel} were written by Rapport, not by a source.");

            using var buffer = new MemoryStream();
            document.Save(buffer, closeStream: false);
            return buffer.ToArray();
        }
    }
}
