using Xunit.Abstractions;

namespace Rapport.Extraction.Tests;

/// <summary>Set C (HeldOutC/): unseen at 0.605 / 0.578, now a development set; floors at the figures reached.</summary>
public sealed class HeldOutCSetTests(ITestOutputHelper output) : GoldSetTests(output)
{
    protected override string FolderName => "HeldOutC";

    protected override double StatementsFloor => 0.92;

    protected override double MeetingsFloor => 0.88;
}
