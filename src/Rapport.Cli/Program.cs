using Rapport.Cli;
using Rapport.Cli.Commands;
using Rapport.Services;
using Rapport.Storage;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("rapport");
    config.AddCommand<InitCommand>("init").WithExample("init", "--db", "team.db");
    config.AddCommand<IngestCommand>("ingest").WithExample("ingest", "samples/corpus");
    config.AddCommand<DocumentsCommand>("documents");
    config.AddCommand<ShowCommand>("show").WithExample("show", "3f2a9c1d");
    config.AddCommand<SearchCommand>("search").WithExample("search", "\"Qods Force\"");
    config.AddCommand<ImportCommand>("import").WithExample("import", "gdelt", "20171220.export.CSV");
    config.AddCommand<DyadCommand>("dyad").WithExample("dyad", "Iran", "Hamas", "--from", "2014-01", "--to", "2018-02", "--svg", "dyad.svg");
    config.AddCommand<NetworkCommand>("network").WithExample("network", "-o", "network.gexf");
    config.AddCommand<ExtractCommand>("extract").WithExample("extract", "report.txt", "--format", "table");
    config.AddCommand<EvalCommand>("eval").WithExample("eval", "../shared/gold", "../shared/corpus");
    config.SetExceptionHandler((exception, _) => ErrorReporter.Report(exception));
});

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await app.RunAsync(args, cancellation.Token).ConfigureAwait(false);
