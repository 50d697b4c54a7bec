using Xunit.Abstractions;

namespace Rapport.Extraction.Tests;

/// <summary>
/// Set W (HeldOutW/): written with its gold files by a writer who had not seen the extractor's code or output, before any run,
/// and measured once, unseen, at 0.721 / 0.706 (outlets 73%), after a short round on sets T, U and V. Its floors are that measurement.
/// </summary>
public sealed class HeldOutWSetTests(ITestOutputHelper output) : GoldSetTests(output)
{
    protected override string FolderName => "HeldOutW";

    protected override double StatementsFloor => 0.72;

    protected override double MeetingsFloor => 0.70;
}
