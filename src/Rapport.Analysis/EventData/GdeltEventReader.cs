using System.Globalization;

namespace Rapport.Analysis.EventData;

/// <summary>
/// Reads GDELT event exports: 1.0 daily files (tab-separated, no header, 57 columns, 58 with SOURCEURL) or 2.0 files
/// (61 columns: an ADM2Code after each ADM1Code). The quad class and Goldstein weight are taken from the record as given.
/// </summary>
public sealed class GdeltEventReader : EventFileReader
{
    // Column positions shared by both versions up to the geography blocks.
    private const int GlobalEventId = 0;
    private const int SqlDate = 1;
    private const int Actor1Code = 5;
    private const int Actor1Name = 6;
    private const int Actor1Country = 7;
    private const int Actor2Code = 15;
    private const int Actor2Name = 16;
    private const int Actor2Country = 17;
    private const int EventCode = 26;
    private const int QuadClassColumn = 29;
    private const int GoldsteinScale = 30;

    private readonly Layout _layout;

    /// <summary>Creates a reader for GDELT 1.0 (<see cref="EventDataset.Gdelt1"/>) or 2.0 (<see cref="EventDataset.Gdelt2"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The dataset is not a GDELT version.</exception>
    public GdeltEventReader(EventDataset version, EventImportOptions? options = null)
        : base(options)
    {
        _layout = version switch
        {
            // ActionGeo_FullName, _CountryCode, _Lat, _Long; SOURCEURL (1.0 only when the 58th column is there).
            EventDataset.Gdelt1 => new Layout(50, 51, 53, 54, 57, [57, 58]),
            EventDataset.Gdelt2 => new Layout(52, 53, 56, 57, 60, [61]),
            _ => throw new ArgumentOutOfRangeException(nameof(version), version, "GDELT versions are Gdelt1 and Gdelt2."),
        };
        Dataset = version;
    }

    /// <inheritdoc />
    public override EventDataset Dataset { get; }

    /// <inheritdoc />
    protected override object? NewLineState() => new TabFields();

    /// <inheritdoc />
    protected override bool TryParse(string line, long lineNumber, object? state, out CodedEvent? coded, out string? reason)
    {
        coded = null;
        var fields = (TabFields)state!;
        fields.Split(line);
        if (Array.IndexOf(_layout.ColumnCounts, fields.Count) < 0)
        {
            reason = $"{fields.Count} columns; a {Dataset} record has {string.Join(" or ", _layout.ColumnCounts)}";
            return false;
        }

        var id = fields.Span(GlobalEventId);
        if (id.IsEmpty || !long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            reason = $"GLOBALEVENTID '{FieldParsing.Shorten(id)}' is not a number";
            return false;
        }

        if (!FieldParsing.TryCompactDate(fields.Span(SqlDate), out var date))
        {
            reason = $"SQLDATE '{FieldParsing.Shorten(fields.Span(SqlDate))}' is not a date YYYYMMDD";
            return false;
        }

        var code = fields.Span(EventCode);
        if (!FieldParsing.IsCameoCodeShape(code))
        {
            reason = $"EventCode '{FieldParsing.Shorten(code)}' is not a CAMEO code";
            return false;
        }

        var quadText = fields.Span(QuadClassColumn);
        if (!int.TryParse(quadText, NumberStyles.None, CultureInfo.InvariantCulture, out var quad) || quad is < 1 or > 4)
        {
            reason = $"QuadClass '{FieldParsing.Shorten(quadText)}' is not 1–4";
            return false;
        }

        var goldsteinText = fields.Span(GoldsteinScale);
        if (!FieldParsing.TryDouble(goldsteinText, out var goldstein) || goldstein is < -10 or > 10)
        {
            reason = $"GoldsteinScale '{FieldParsing.Shorten(goldsteinText)}' is not a number in −10 … 10";
            return false;
        }

        var place = fields.Text(_layout.PlaceName);
        var placeCountry = fields.Text(_layout.PlaceCountry);
        var latitude = FieldParsing.OptionalDouble(fields.Span(_layout.Latitude));
        var longitude = FieldParsing.OptionalDouble(fields.Span(_layout.Longitude));
        var location = place is null && placeCountry is null && latitude is null && longitude is null
            ? null
            : new EventLocation(place, placeCountry, latitude, longitude);

        coded = new CodedEvent(
            Dataset,
            id.ToString(),
            date,
            Actor(fields, Actor1Code, Actor1Name, Actor1Country),
            Actor(fields, Actor2Code, Actor2Name, Actor2Country),
            code.ToString(),
            goldstein,
            (QuadClass)quad,
            fields.Count > _layout.SourceUrl ? fields.Text(_layout.SourceUrl) : null,
            location,
            lineNumber);
        reason = null;
        return true;
    }

    private static EventActor Actor(TabFields fields, int code, int name, int country)
    {
        var actor = new EventActor(fields.Text(code), fields.Text(name), fields.Text(country));
        return actor.IsEmpty && actor.Country is null ? EventActor.Empty : actor;
    }

    private sealed record Layout(int PlaceName, int PlaceCountry, int Latitude, int Longitude, int SourceUrl, int[] ColumnCounts);
}
