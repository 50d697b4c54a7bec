using Xunit.Abstractions;

namespace Rapport.Extraction.Tests;

/// <summary>
/// Set E (HeldOutE/): written with its gold files after set D's tuning and measured once, unseen, at 0.255 / 0.200 (outlets 83%); no rule has been tuned on it.
/// The floors are that first measurement, so that a change which makes unseen documents worse fails.
/// </summary>
public sealed class HeldOutESetTests(ITestOutputHelper output) : GoldSetTests(output)
{
    protected override string FolderName => "HeldOutE";

    protected override double StatementsFloor => 0.25;

    protected override double MeetingsFloor => 0.19;
}
