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
    config.AddCommand<BriefCommand>("brief").WithExample("brief", "--corpus", "samples/corpus", "--dyad", "Iran", "Hamas", "-o", "brief.html");
    config.AddCommand<ServeCommand>("serve").WithExample("serve", "--urls", "http://127.0.0.1:5080");
    config.AddCommand<NetworkCommand>("network").WithExample("network", "-o", "network.gexf");
    config.AddCommand<ExportCommand>("export").WithExample("export", "stix", "-o", "bundle.json", "--dyad", "Iran", "Hamas");
    config.AddBranch("actors", actors =>
    {
        actors.SetDescription("Actors across documents: list them, review proposed merges, merge, split or mark distinct.");
        actors.SetDefaultCommand<ActorsCommand>();
        actors.AddCommand<ActorCandidatesCommand>("candidates");
        actors.AddCommand<ActorMergeCommand>("merge").WithExample("actors", "merge", "KEY-A", "KEY-B", "--why", "\"same person, two transliterations\"");
        actors.AddCommand<ActorSplitCommand>("split").WithExample("actors", "split", "KEY-A", "KEY-B");
        actors.AddCommand<ActorDistinctCommand>("distinct").WithExample("actors", "distinct", "KEY-A", "KEY-C", "--why", "\"brothers\"");
    });
    config.AddCommand<SupportCommand>("support").WithExample("support", "--from", "2014-01", "--to", "2018-02", "--csv", "support.csv");
    config.AddCommand<HypothesesCommand>("hypotheses").WithExample("hypotheses", "samples/hypotheses/iran-hamas.yaml", "--csv", "matrix.csv");
    config.AddCommand<FactsCommand>("facts").WithExample("facts", "--kind", "meeting", "--actor", "KEY-A");
    config.AddBranch("sources", sources =>
    {
        sources.SetDescription("The outlets facts cite, and their Admiralty reliability grades.");
        sources.SetDefaultCommand<SourcesCommand>();
        sources.AddCommand<SourceGradeCommand>("grade").WithExample("sources", "grade", "OUTLET", "C");
    });
    config.AddBranch("users", users =>
    {
        users.SetDescription("Web accounts and their roles: viewer (read), analyst (+ ingest, merge, grade, tag), admin (+ users and tokens).");
        users.AddCommand<UsersAddCommand>("add").WithExample("users", "add", "alice", "--role", "analyst");
        users.AddCommand<UsersListCommand>("list");
        users.AddCommand<UsersRoleCommand>("role").WithExample("users", "role", "alice", "admin");
        users.AddCommand<UsersDisableCommand>("disable").WithExample("users", "disable", "alice");
    });
    config.AddBranch("tokens", tokens =>
    {
        tokens.SetDescription("API tokens for scripts: issued once, stored as a hash, revoked by id.");
        tokens.AddCommand<TokensAddCommand>("add").WithExample("tokens", "add", "alice", "--label", "\"nightly ingest\"");
        tokens.AddCommand<TokensListCommand>("list").WithExample("tokens", "list", "alice");
        tokens.AddCommand<TokensRevokeCommand>("revoke").WithExample("tokens", "revoke", "TOKEN-ID");
    });
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

return await app.RunAsync(DyadArguments.Normalise(args), cancellation.Token).ConfigureAwait(false);
