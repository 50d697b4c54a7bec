using Xunit.Abstractions;

namespace Rapport.Extraction.Tests;

/// <summary>Set A (Generalisation/): unseen at 0.40 / 0.21, now a development set; floors are the targets.</summary>
public sealed class GeneralisationTests(ITestOutputHelper output) : GoldSetTests(output)
{
    protected override string FolderName => "Generalisation";

    protected override double StatementsFloor => 0.9;

    protected override double MeetingsFloor => 0.85;
}
