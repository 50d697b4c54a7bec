using Xunit.Abstractions;

namespace Rapport.Extraction.Tests;

/// <summary>
/// Set Y (HeldOutY/): written with its gold files by a writer who had not seen the extractor's code or output, before any run,
/// and measured once, unseen, at 0.843 / 0.739 (outlets 95%), after a short round on sets T, U and V. Its floors are that measurement.
/// </summary>
public sealed class HeldOutYSetTests(ITestOutputHelper output) : GoldSetTests(output)
{
    protected override string FolderName => "HeldOutY";

    protected override double StatementsFloor => 0.84;

    protected override double MeetingsFloor => 0.73;
}
