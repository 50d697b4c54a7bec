using System.Globalization;

namespace Rapport.Testing.EventData;

/// <summary>
/// Writes events in the exact column layouts of GDELT 1.0 (57/58 columns), GDELT 2.0 (61) and ICEWS (tab-separated
/// with a header), as described in the shared event-data README. Columns Rapport does not read get plausible filler.
/// </summary>
public static class EventFileWriter
{
    /// <summary>The ICEWS header, in the order of the published files.</summary>
    public static readonly string[] IcewsColumns =
    [
        "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
        "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
        "City", "District", "Province", "Country", "Latitude", "Longitude",
    ];

    /// <summary>How many columns a layout has.</summary>
    public static int ColumnCount(GdeltLayout layout) => layout switch
    {
        GdeltLayout.Version1WithoutUrl => 57,
        GdeltLayout.Version1 => 58,
        _ => 61,
    };

    /// <summary>The fields of one GDELT record.</summary>
    public static string[] GdeltFields(SyntheticEvent e, GdeltLayout layout)
    {
        var v2 = layout == GdeltLayout.Version2;
        var f = new List<string>(61)
        {
            e.Id.ToString(CultureInfo.InvariantCulture),
            e.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            e.Date.ToString("yyyyMM", CultureInfo.InvariantCulture),
            e.Date.Year.ToString(CultureInfo.InvariantCulture),
            (e.Date.Year + ((e.Date.DayOfYear - 1) / 365.0)).ToString("0.0000", CultureInfo.InvariantCulture),
        };
        AddActor(f, e.SourceCode, e.SourceName, e.SourceCountry);
        AddActor(f, e.TargetCode, e.TargetName, e.TargetCountry);
        f.Add("1");                                              // IsRootEvent
        f.Add(e.CameoCode);                                      // EventCode
        f.Add(e.CameoCode.Length > 3 ? e.CameoCode[..3] : e.CameoCode); // EventBaseCode
        f.Add(e.CameoCode[..2]);                                 // EventRootCode
        f.Add(e.QuadClass.ToString(CultureInfo.InvariantCulture));
        f.Add(e.Goldstein.ToString("0.0", CultureInfo.InvariantCulture));
        f.Add("10");                                             // NumMentions
        f.Add("1");                                              // NumSources
        f.Add("10");                                             // NumArticles
        f.Add("-1.25");                                          // AvgTone
        AddGeo(f, e, v2, "1");                                   // Actor1Geo_
        AddGeo(f, e, v2, "1");                                   // Actor2Geo_
        AddGeo(f, e, v2, "4");                                   // ActionGeo_
        f.Add(v2 ? e.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "151500" : e.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
        if (layout != GdeltLayout.Version1WithoutUrl)
        {
            f.Add(e.Url);
        }

        return [.. f];
    }

    /// <summary>Writes one GDELT record line.</summary>
    public static void WriteGdelt(TextWriter writer, SyntheticEvent e, GdeltLayout layout)
    {
        writer.Write(string.Join('\t', GdeltFields(e, layout)));
        writer.Write('\n');
    }

    /// <summary>Writes the ICEWS header line.</summary>
    public static void WriteIcewsHeader(TextWriter writer)
    {
        writer.Write(string.Join('\t', IcewsColumns));
        writer.Write('\n');
    }

    /// <summary>The fields of one ICEWS record, in <see cref="IcewsColumns"/> order.</summary>
    public static string[] IcewsFields(SyntheticEvent e) =>
    [
        e.Id.ToString(CultureInfo.InvariantCulture),
        e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        e.SourceName,
        "Government",
        e.SourceCountry,
        "Make a visit",
        e.CameoCode,
        e.Goldstein.ToString("0.0", CultureInfo.InvariantCulture),
        e.TargetName,
        "Government",
        e.TargetCountry,
        (e.Id * 7).ToString(CultureInfo.InvariantCulture),
        "1",
        "Synthetic Wire",
        e.Place,
        string.Empty,
        "Province " + e.PlaceCountry,
        e.PlaceCountry,
        e.Latitude.ToString("0.####", CultureInfo.InvariantCulture),
        e.Longitude.ToString("0.####", CultureInfo.InvariantCulture),
    ];

    /// <summary>Writes one ICEWS record line.</summary>
    public static void WriteIcews(TextWriter writer, SyntheticEvent e)
    {
        writer.Write(string.Join('\t', IcewsFields(e)));
        writer.Write('\n');
    }

    private static void AddActor(List<string> f, string code, string name, string country)
    {
        f.Add(code);
        f.Add(name);
        f.Add(country);
        f.AddRange(["", "", "", "", "GOV", "", ""]);            // KnownGroup, Ethnic, Religion1/2, Type1/2/3
    }

    private static void AddGeo(List<string> f, SyntheticEvent e, bool v2, string type)
    {
        f.Add(type);
        f.Add(e.Place);
        f.Add(e.PlaceCountry);
        f.Add(e.PlaceCountry + "01");                            // ADM1Code
        if (v2)
        {
            f.Add(e.PlaceCountry + "0101");                      // ADM2Code
        }

        f.Add(e.Latitude.ToString("0.####", CultureInfo.InvariantCulture));
        f.Add(e.Longitude.ToString("0.####", CultureInfo.InvariantCulture));
        f.Add("-1234567");                                       // FeatureID
    }
}
