namespace Rapport.Testing.EventData;

/// <summary>
/// Generates synthetic events with a fixed seed, and whole GDELT/ICEWS files up to a target size (for the import
/// benchmark). Actors, places and URLs are invented codes and labels, not real names.
/// </summary>
public sealed class EventDataGenerator
{
    // (code, quad class, Goldstein) drawn from the CAMEO codebook, across all four quad classes.
    private static readonly (string Code, int Quad, double Goldstein)[] Codes =
    [
        ("010", 1, 0.0), ("036", 1, 4.0), ("040", 1, 1.0), ("042", 1, 1.9), ("043", 1, 2.8), ("051", 1, 3.4),
        ("057", 1, 8.0), ("0211", 1, 3.4), ("061", 2, 6.4), ("071", 2, 7.4), ("072", 2, 8.3), ("111", 3, -2.0),
        ("112", 3, -2.0), ("138", 3, -7.0), ("141", 3, -6.5), ("173", 4, -5.0), ("190", 4, -10.0), ("193", 4, -10.0),
    ];

    private readonly Random _random;
    private readonly int _actors;
    private long _nextId;

    /// <summary>Creates a generator; the same seed gives the same events.</summary>
    public EventDataGenerator(int seed, int actorCount = 40, long firstId = 100_000_000)
    {
        _random = new Random(seed);
        _actors = actorCount;
        _nextId = firstId;
    }

    /// <summary>The next event, dated between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public SyntheticEvent Next(DateOnly from, DateOnly to)
    {
        var (code, quad, goldstein) = Codes[_random.Next(Codes.Length)];
        var source = _random.Next(_actors);
        var target = (source + 1 + _random.Next(_actors - 1)) % _actors;
        var date = from.AddDays(_random.Next(to.DayNumber - from.DayNumber + 1));
        var id = _nextId++;
        return new SyntheticEvent(
            id,
            date,
            ActorCode(source),
            $"ACTOR {source}",
            CountryCode(source),
            ActorCode(target),
            $"ACTOR {target}",
            CountryCode(target),
            code,
            quad,
            goldstein,
            $"https://news.example.org/{date:yyyy/MM/dd}/story-{id}",
            $"Place {source % 7}",
            CountryCode(source),
            Math.Round((_random.NextDouble() * 60) - 10, 4),
            Math.Round((_random.NextDouble() * 60) + 10, 4));
    }

    /// <summary>Writes GDELT records until the file reaches <paramref name="targetBytes"/>; returns how many were written.</summary>
    public long WriteGdeltFile(string path, long targetBytes, GdeltLayout layout, DateOnly from, DateOnly to)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false), 1 << 16);
        long count = 0;
        while (writer.BaseStream.Position < targetBytes)
        {
            EventFileWriter.WriteGdelt(writer, Next(from, to), layout);
            count++;
            if (count % 1024 == 0)
            {
                writer.Flush();
            }
        }

        return count;
    }

    /// <summary>Writes an ICEWS file (header and records) until it reaches <paramref name="targetBytes"/>; returns how many records were written.</summary>
    public long WriteIcewsFile(string path, long targetBytes, DateOnly from, DateOnly to)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false), 1 << 16);
        EventFileWriter.WriteIcewsHeader(writer);
        long count = 0;
        while (writer.BaseStream.Position < targetBytes)
        {
            EventFileWriter.WriteIcews(writer, Next(from, to));
            count++;
            if (count % 1024 == 0)
            {
                writer.Flush();
            }
        }

        return count;
    }

    private static string CountryCode(int actor) => "X" + (char)('A' + (actor % 26)) + (char)('A' + (actor / 26 % 26));

    private static string ActorCode(int actor) => CountryCode(actor) + (actor % 3 == 0 ? "GOV" : actor % 3 == 1 ? "MIL" : "REB");
}
