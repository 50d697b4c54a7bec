using System.Text;
using Rapport.Testing.EventData;

namespace Rapport.Analysis.Tests;

/// <summary>Builds event files in memory from synthetic events.</summary>
internal static class EventFiles
{
    public static SyntheticEvent Sample(long id = 1001, string code = "042", int quad = 1, double goldstein = 1.9) => new(
        id,
        new DateOnly(2017, 8, 14),
        "XAAGOV",
        "ACTOR A",
        "XAA",
        "XBBREB",
        "ACTOR B",
        "XBB",
        code,
        quad,
        goldstein,
        "https://news.example.org/2017/08/14/story",
        "Place 1",
        "XAA",
        33.5,
        36.25);

    public static string Gdelt(GdeltLayout layout, params SyntheticEvent[] events)
    {
        var builder = new StringBuilder();
        using var writer = new StringWriter(builder);
        foreach (var e in events)
        {
            EventFileWriter.WriteGdelt(writer, e, layout);
        }

        return builder.ToString();
    }

    public static string Icews(params SyntheticEvent[] events)
    {
        var builder = new StringBuilder();
        using var writer = new StringWriter(builder);
        EventFileWriter.WriteIcewsHeader(writer);
        foreach (var e in events)
        {
            EventFileWriter.WriteIcews(writer, e);
        }

        return builder.ToString();
    }

    public static string WithField(string line, int index, string value)
    {
        var fields = line.TrimEnd('\n').Split('\t');
        fields[index] = value;
        return string.Join('\t', fields) + "\n";
    }
}
