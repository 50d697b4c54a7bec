using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Rapport.Documents;

/// <summary>Reads the text layer of a PDF, page by page, in reading order.</summary>
internal static class PdfTextExtractor
{
    /// <summary>The title from the PDF's information dictionary and the text, or an error for a file that is not a readable PDF.</summary>
    public static (string? Title, string? Text, string? Error) Extract(byte[] bytes)
    {
        if (bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) < 0)
        {
            return (null, null, "malformed PDF (no %PDF- header)");
        }

        try
        {
            using var pdf = PdfDocument.Open(bytes);
            var text = new StringBuilder();
            foreach (var page in pdf.GetPages())
            {
                if (text.Length > 0)
                {
                    text.Append("\n\n");
                }

                text.Append(ContentOrderTextExtractor.GetText(page));
            }

            var title = pdf.Information.Title;
            return (string.IsNullOrWhiteSpace(title) ? null : title.Trim(), text.ToString(), null);
        }
        catch (PdfDocumentEncryptedException)
        {
            return (null, null, "encrypted PDF (cannot read its text)");
        }
#pragma warning disable CA1031 // PdfPig signals damaged files with many exception types; every one means "malformed" to the user.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return (null, null, $"malformed PDF ({OneLine(ex.Message)})");
        }
    }

    private static string OneLine(string message)
    {
        var line = message.ReplaceLineEndings(" ").Trim();
        return line.Length <= 120 ? line : line[..120] + "…";
    }
}
