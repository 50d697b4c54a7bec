using Rapport.Bench;

// The repo's bench command: dotnet run -c Release --project bench/Rapport.Bench -- <benchmark> [options]
// Each benchmark prints a Markdown table for docs/benchmarks.md.
return args.FirstOrDefault() switch
{
    "ingest" => await IngestBenchmark.RunAsync(args),
    "extract" => await ExtractionBenchmark.RunAsync(args),
    "import" => await EventBenchmark.ImportAsync(args),
    "dyad" => await EventBenchmark.DyadAsync(args),
    "brief" => await BriefBenchmark.RunAsync(args),
    "web" => await WebBenchmark.RunAsync(args),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Rapport.Bench <benchmark> [options]");
    Console.Error.WriteLine("  ingest [--docs N] [--sizes N,N,...] [--no-postgres] [--no-extraction]");
    Console.Error.WriteLine("  extract [--mb N] [--runs N]");
    Console.Error.WriteLine("  import [--mb 100,300,1000]");
    Console.Error.WriteLine("  dyad [--events 10000000]");
    Console.Error.WriteLine("  brief [--docs 10000] [--runs 3] [--formats html,md,docx,pdf]");
    Console.Error.WriteLine("  web [--seconds 60] [--connections 16] [--path /api/v1/dyad?...]   (needs wrk)");
    return 1;
}
