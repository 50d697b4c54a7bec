namespace Rapport.Analysis.EventData;

/// <summary>
/// The data rows of the project's tab-separated tables: blank lines and <c>#</c> comments skipped, the first
/// remaining line taken as the header, each row with its line number for error messages.
/// </summary>
internal static class TsvRows
{
    public static IEnumerable<(int LineNumber, string[] Fields)> Read(TextReader reader)
    {
        var lineNumber = 0;
        var sawHeader = false;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!sawHeader)
            {
                sawHeader = true;
                continue;
            }

            yield return (lineNumber, line.Split('\t'));
        }
    }
}
