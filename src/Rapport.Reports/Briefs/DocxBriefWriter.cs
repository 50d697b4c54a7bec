using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rapport.Reports.Briefs;

/// <summary>
/// Writes a brief as a Word document with the Open XML SDK: built-in heading and list styles, real tables and
/// lists, charts as PNG pictures. No field is ever written (no w:fldSimple, no w:instrText), so nothing in a
/// document's text can make Word fetch, run or update anything when the brief is opened.
/// </summary>
public sealed class DocxBriefWriter : IBriefWriter
{
    /// <inheritdoc />
    public string Extension => "docx";

    /// <inheritdoc />
    public async Task WriteAsync(Brief brief, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(output);

        // The SDK writes synchronously and needs a seekable stream; the package is built in memory and copied.
        using var buffer = new MemoryStream();
        Render(brief, buffer, cancellationToken);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
    }

    private static void Render(Brief brief, MemoryStream buffer, CancellationToken cancellationToken)
    {
        using var package = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document);
        var main = package.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create();
        var numbering = DocxNumbering.Create();
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
        main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(
            new Compatibility(new CompatibilitySetting
            {
                // Word 2013 and later layout, so Word does not open the brief in compatibility mode.
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }));

        var body = new Body();
        var renderer = new DocxBlockRenderer(main, numbering);
        foreach (var block in BriefOutline.Of(brief))
        {
            cancellationToken.ThrowIfCancellationRequested();
            body.Append(renderer.Render(block));
        }

        body.Append(new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1134, Right = 1134U, Bottom = 1134, Left = 1134U, Header = 567U, Footer = 567U, Gutter = 0U }));
        main.Document = new Document(body);

        var header = brief.Header;
        var issued = header.Issued.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        package.PackageProperties.Title = PrintableText.Clean(header.Title);
        package.PackageProperties.Subject = PrintableText.Clean($"{header.SideA} – {header.SideB}, {header.From}–{header.To}");
        package.PackageProperties.Creator = "Rapport";

        // Dated by the brief, not the clock, so the same brief gives the same metadata.
        package.PackageProperties.Created = issued;
        package.PackageProperties.Modified = issued;
    }
}
