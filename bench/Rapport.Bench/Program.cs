using Rapport.Bench;

// The repo's bench command: dotnet run -c Release --project bench/Rapport.Bench -- <benchmark> [options]
// Each benchmark prints a Markdown table for docs/benchmarks.md.
return args.FirstOrDefault() switch
{
    "ingest" => await IngestBenchmark.RunAsync(args),
    "extract" => await ExtractionBenchmark.RunAsync(args),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Rapport.Bench <benchmark> [options]");
    Console.Error.WriteLine("  ingest [--docs N] [--sizes N,N,...] [--no-postgres] [--no-extraction]");
    Console.Error.WriteLine("  extract [--mb N] [--runs N]");
    return 1;
}
