using Xunit.Abstractions;

namespace Rapport.Extraction.Tests;

/// <summary>
/// Set X (HeldOutX/): written with its gold files by a writer who had not seen the extractor's code or output, before any run,
/// and measured once, unseen, at 0.714 / 0.615 (outlets 63%), after a short round on sets T, U and V. Its floors are that measurement.
/// </summary>
public sealed class HeldOutXSetTests(ITestOutputHelper output) : GoldSetTests(output)
{
    protected override string FolderName => "HeldOutX";

    protected override double StatementsFloor => 0.71;

    protected override double MeetingsFloor => 0.61;
}
