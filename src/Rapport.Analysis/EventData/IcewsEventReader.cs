namespace Rapport.Analysis.EventData;

/// <summary>
/// Reads ICEWS coded event data: tab-separated with a header line, columns found by header name (so column order and
/// extra columns do not matter). ICEWS gives no quad class; it is taken from the codebook entry of the CAMEO code, or
/// from the code's root when no codebook is given. The Goldstein weight is ICEWS's Intensity.
/// </summary>
public sealed class IcewsEventReader : EventFileReader
{
    /// <summary>The header names a file must have.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } =
        ["Event ID", "Event Date", "Source Name", "Target Name", "CAMEO Code", "Intensity"];

    private readonly CameoCodebook? _codebook;

    /// <summary>Creates a reader; with a codebook, codes that lost their leading zero (<c>42</c>) are restored and unknown codes rejected.</summary>
    public IcewsEventReader(CameoCodebook? codebook = null, EventImportOptions? options = null)
        : base(options)
    {
        _codebook = codebook;
    }

    /// <inheritdoc />
    public override EventDataset Dataset => EventDataset.Icews;

    /// <inheritdoc />
    protected override object? NewLineState() => new State();

    /// <inheritdoc />
    protected override bool TryParse(string line, long lineNumber, object? state, out CodedEvent? coded, out string? reason)
    {
        coded = null;
        var s = (State)state!;
        s.Fields.Split(line);
        if (s.Columns is null)
        {
            return ReadHeader(s, out reason);
        }

        var c = s.Columns;
        if (s.Fields.Count != s.HeaderCount)
        {
            reason = $"{s.Fields.Count} columns; the header has {s.HeaderCount}";
            return false;
        }

        var f = s.Fields;
        var id = f.Text(c.EventId);
        if (id is null)
        {
            reason = "Event ID is empty";
            return false;
        }

        if (!FieldParsing.TryIsoDay(f.Span(c.EventDate), out var date))
        {
            reason = $"Event Date '{FieldParsing.Shorten(f.Span(c.EventDate))}' is not a date YYYY-MM-DD";
            return false;
        }

        var codeText = f.Span(c.CameoCode).ToString();
        string code;
        QuadClass quad;
        if (_codebook is not null)
        {
            if (!_codebook.TryResolve(codeText, out var entry))
            {
                reason = $"CAMEO Code '{FieldParsing.Shorten(codeText)}' is not in the codebook";
                return false;
            }

            code = entry.Code;
            quad = entry.QuadClass;
        }
        else
        {
            if (!FieldParsing.IsCameoCodeShape(codeText))
            {
                reason = $"CAMEO Code '{FieldParsing.Shorten(codeText)}' is not a CAMEO code";
                return false;
            }

            code = codeText;
            quad = CameoCodebook.QuadClassOfRoot(CameoCodebook.RootOf(code)!.Value);
        }

        var intensityText = f.Span(c.Intensity);
        if (!FieldParsing.TryDouble(intensityText, out var intensity) || intensity is < -10 or > 10)
        {
            reason = $"Intensity '{FieldParsing.Shorten(intensityText)}' is not a number in −10 … 10";
            return false;
        }

        coded = new CodedEvent(
            Dataset,
            id,
            date,
            new EventActor(null, f.Text(c.SourceName), Optional(f, c.SourceCountry)),
            new EventActor(null, f.Text(c.TargetName), Optional(f, c.TargetCountry)),
            code,
            intensity,
            quad,
            Optional(f, c.StoryId),
            Location(f, c),
            lineNumber);
        reason = null;
        return true;
    }

    private static bool ReadHeader(State s, out string? reason)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < s.Fields.Count; i++)
        {
            var name = s.Fields.Text(i);
            if (name is not null)
            {
                index.TryAdd(name, i);
            }
        }

        var missing = RequiredColumns.Where(name => !index.ContainsKey(name)).ToList();
        if (missing.Count > 0)
        {
            reason = $"the header lacks {string.Join(", ", missing.Select(m => $"'{m}'"))}: not an ICEWS event file";
            return false;
        }

        int Find(string name) => index.TryGetValue(name, out var i) ? i : -1;
        s.HeaderCount = s.Fields.Count;
        s.Columns = new Columns(
            Find("Event ID"), Find("Event Date"), Find("Source Name"), Find("Source Country"), Find("CAMEO Code"),
            Find("Intensity"), Find("Target Name"), Find("Target Country"), Find("Story ID"), Find("City"),
            Find("District"), Find("Province"), Find("Country"), Find("Latitude"), Find("Longitude"));
        reason = null;
        return true;
    }

    private static string? Optional(TabFields fields, int column) => column < 0 ? null : fields.Text(column);

    private static EventLocation? Location(TabFields f, Columns c)
    {
        var parts = new[] { Optional(f, c.City), Optional(f, c.District), Optional(f, c.Province) }
            .Where(p => p is not null)
            .ToList();
        var country = Optional(f, c.Country);
        var latitude = c.Latitude < 0 ? null : FieldParsing.OptionalDouble(f.Span(c.Latitude));
        var longitude = c.Longitude < 0 ? null : FieldParsing.OptionalDouble(f.Span(c.Longitude));
        if (parts.Count == 0 && country is null && latitude is null && longitude is null)
        {
            return null;
        }

        var name = string.Join(", ", parts.Append(country).Where(p => p is not null));
        return new EventLocation(name.Length == 0 ? null : name, country, latitude, longitude);
    }

    private sealed class State
    {
        public TabFields Fields { get; } = new();

        public Columns? Columns { get; set; }

        public int HeaderCount { get; set; }
    }

    private sealed record Columns(
        int EventId,
        int EventDate,
        int SourceName,
        int SourceCountry,
        int CameoCode,
        int Intensity,
        int TargetName,
        int TargetCountry,
        int StoryId,
        int City,
        int District,
        int Province,
        int Country,
        int Latitude,
        int Longitude);
}
