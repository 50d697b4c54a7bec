using System.Text;

namespace Rapport.Reports.Briefs;

/// <summary>Writes a text brief built in memory to a stream without copying it whole into a string or a byte array first.</summary>
internal static class BriefStreams
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Builds <paramref name="brief"/>'s text with <paramref name="build"/> and writes it to <paramref name="output"/> as UTF-8.</summary>
    public static async Task WriteAsync(Brief brief, Func<Brief, StringBuilder> build, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(output);
        var text = build(brief);
        await using var writer = new StreamWriter(output, Utf8, bufferSize: 1 << 16, leaveOpen: true);
        foreach (var chunk in text.GetChunks())
        {
            await writer.WriteAsync(chunk, cancellationToken).ConfigureAwait(false);
        }
    }
}
