namespace Rapport.Analysis.EventData;

/// <summary>
/// The tab-separated fields of one line, found without allocating a string per field: readers materialise only the
/// dozen fields they keep out of GDELT's 58–61. The boundary buffer is reused from line to line.
/// </summary>
internal sealed class TabFields
{
    private int[] _starts = new int[64];
    private int[] _ends = new int[64];
    private string _line = string.Empty;

    public int Count { get; private set; }

    public void Split(string line)
    {
        _line = line;
        Count = 0;
        var start = 0;
        for (var i = 0; i <= line.Length; i++)
        {
            if (i == line.Length || line[i] == '\t')
            {
                if (Count == _starts.Length)
                {
                    Array.Resize(ref _starts, _starts.Length * 2);
                    Array.Resize(ref _ends, _ends.Length * 2);
                }

                _starts[Count] = start;
                _ends[Count] = i;
                Count++;
                start = i + 1;
            }
        }
    }

    public ReadOnlySpan<char> Span(int index) => _line.AsSpan(_starts[index], _ends[index] - _starts[index]).Trim();

    /// <summary>The field as a string, or null when it is empty.</summary>
    public string? Text(int index)
    {
        var span = Span(index);
        return span.IsEmpty ? null : span.ToString();
    }
}
