using Rapport.Documents;
using Rapport.Model;
using Rapport.Services.Exports;
using Rapport.Storage.Sqlite;
using Rapport.Testing;

namespace Rapport.Services.Tests.Exports;

/// <summary>
/// One SQLite knowledge base for the export tests, ingested for real from the sample corpus, two support reports with
/// cited outlets, and a hostile document whose title, publisher and quoted speech carry markup, a template and a
/// spreadsheet formula. Built once for the whole collection: exports only read it.
/// </summary>
public sealed class ExportStore : IAsyncLifetime
{
    /// <summary>Text planted in the hostile document, each piece of which must come out of every export unchanged.</summary>
    public const string Script = "<script>alert(1)</script>";

    /// <summary>A template expression.</summary>
    public const string Template = "{{ 7*7 }}";

    /// <summary>A spreadsheet formula.</summary>
    public const string Formula = "=HYPERLINK(\"http://x\")";

    private readonly string _folder = Directory.CreateTempSubdirectory("rapport-export-").FullName;

    public SqliteKnowledgeStore Store { get; private set; } = null!;

    public string Folder => _folder;

    public async Task InitializeAsync()
    {
        var extra = Path.Combine(_folder, "docs");
        Directory.CreateDirectory(extra);
        await File.WriteAllTextAsync(Path.Combine(extra, "hostile.txt"), $"""
            {Formula} and {Script}
            Publisher: {Formula}
            Published: 12 March 2018

            Iran provides Hamas with money to pay {Template} salaries, says the {Formula} desk.

            Hamas spokesman Fawzi Barhoum said on March 10, 2018 that {Script} and {Template} were "{Formula}" (Tasnim, March 10, 2018).

            On March 11, 2018 Ismail Haniyeh met Ali Larijani in Tehran.
            """);
        await File.WriteAllTextAsync(Path.Combine(extra, "weapons.txt"), """
            Weapons for Gaza
            Published: 2 June 2017

            Iran supplies Hamas with rockets, Hamas official Osama Hamdan said (Al-Monitor, June 1, 2017).

            Iran trains Hamas fighters in camps near Tehran, Hamas official Osama Hamdan said (Fars, April 2, 2017).
            """);

        Store = await SqliteKnowledgeStore.OpenAsync(Path.Combine(_folder, "kb.db"));
        await new IngestService(Store, new DocumentReader(), new FactExtraction())
            .IngestAsync([Path.Combine(RepoPaths.RepoRoot, "samples", "corpus"), extra]);
        await new SourceService(Store).GradeAsync("Tasnim", ReliabilityGrade.B, "test");
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The bytes an exporter writes for a scope.</summary>
    public async Task<byte[]> StixAsync(ExportScope? scope = null)
    {
        var model = await new ExportService(Store).ModelAsync(scope ?? ExportScope.All);
        using var output = new MemoryStream();
        await new StixExporter().WriteAsync(model, output);
        return output.ToArray();
    }

    /// <summary>The FtM lines of a scope.</summary>
    public async Task<byte[]> FtmAsync(ExportScope? scope = null)
    {
        var model = await new ExportService(Store).ModelAsync(scope ?? ExportScope.All);
        using var output = new MemoryStream();
        await new FtmExporter().WriteAsync(model, output);
        return output.ToArray();
    }

    /// <summary>The two CSV tables of a scope.</summary>
    public async Task<(byte[] Entities, byte[] Links)> CsvAsync(ExportScope? scope = null)
    {
        var model = await new ExportService(Store).ModelAsync(scope ?? ExportScope.All);
        using var entities = new MemoryStream();
        using var links = new MemoryStream();
        await new CsvExporter().WriteAsync(model, entities, links);
        return (entities.ToArray(), links.ToArray());
    }
}

[CollectionDefinition(Name)]
public sealed class ExportCollection : ICollectionFixture<ExportStore>
{
    public const string Name = "export store";
}
