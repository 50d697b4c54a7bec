using System.Text;
using Rapport.Model;

namespace Rapport.Documents;

/// <summary>
/// Reads one file into a <see cref="Document"/>, or says in one line why it cannot.
/// Reading never throws for a bad input: every user-side problem becomes a <see cref="Rejected"/>.
/// </summary>
public sealed class DocumentReader
{
    private readonly ReaderOptions _options;

    /// <summary>Creates a reader with the given limits.</summary>
    public DocumentReader(ReaderOptions? options = null) => _options = options ?? new ReaderOptions();

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public async Task<ReadResult> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var format = FormatDetector.ForPath(path);
        if (format is null)
        {
            var extension = Path.GetExtension(path);
            return new Rejected(path, $"unsupported format '{(extension.Length == 0 ? "(no extension)" : extension)}' (Rapport reads {string.Join(' ', FormatDetector.SupportedExtensions)})");
        }

        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return new Rejected(path, Directory.Exists(path) ? "is a folder, not a file" : "no such file");
            }

            if (info.Length > _options.MaxBytes)
            {
                return new Rejected(path, $"too large ({info.Length:N0} bytes; the limit is {_options.MaxBytes:N0})");
            }

            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new Rejected(path, $"cannot read ({ex.Message.ReplaceLineEndings(" ")})");
        }

        return Read(path, format.Value, bytes);
    }

    /// <summary>Reads content already in memory, as if from a file named <paramref name="origin"/> in <paramref name="format"/>.</summary>
    public ReadResult Read(string origin, DocumentFormat format, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length > _options.MaxBytes)
        {
            return new Rejected(origin, $"too large ({bytes.Length:N0} bytes; the limit is {_options.MaxBytes:N0})");
        }

        if (bytes.Length == 0)
        {
            return new Rejected(origin, "empty file");
        }

        string? title;
        string text;
        var published = PartialDate.Unknown;
        if (format == DocumentFormat.Pdf)
        {
            var (pdfTitle, pdfText, error) = PdfTextExtractor.Extract(bytes);
            if (error is not null)
            {
                return new Rejected(origin, error);
            }

            title = pdfTitle;
            text = pdfText!;
        }
        else
        {
            var (decoded, error) = TextDecoder.Decode(bytes);
            if (error is not null)
            {
                return new Rejected(origin, error);
            }

            if (format == DocumentFormat.Html)
            {
                (title, text, published) = HtmlTextExtractor.Extract(decoded!);
            }
            else
            {
                title = null;
                text = decoded!;
            }
        }

        var normalised = TextNormaliser.Normalise(text);
        if (normalised.Length == 0 || normalised.All(char.IsWhiteSpace))
        {
            return new Rejected(origin, format switch
            {
                DocumentFormat.Pdf => "no text layer (a scanned PDF needs OCR first)",
                DocumentFormat.Html => "no visible text in the page",
                _ => "empty (only white space)",
            });
        }

        var header = HeaderMetadata.Read(normalised);
        var document = new Document(
            DocumentId.ForText(normalised),
            title ?? header.Title ?? Path.GetFileNameWithoutExtension(origin),
            origin,
            header.Publisher,
            header.PublishedOn.IsKnown ? header.PublishedOn : published.IsKnown ? published : FileNameDate.Of(origin),
            LanguageGuesser.Guess(normalised),
            format,
            normalised,
            _options.Clock.GetUtcNow());
        return new ReadDocument(origin, document);
    }

    /// <summary>Reads text handed over directly (an upload or a test), as plain text.</summary>
    public ReadResult ReadText(string origin, string text) => Read(origin, DocumentFormat.Text, Encoding.UTF8.GetBytes(text));
}
