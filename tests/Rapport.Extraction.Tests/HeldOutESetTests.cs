using Xunit.Abstractions;

namespace Rapport.Extraction.Tests;

/// <summary>
/// Set E (HeldOutE/): measured once, unseen, at 0.255 / 0.200 (outlets 83%), then used for development (round 6): general rules
/// for ordinal and abbreviated dates, wire datelines, year headings, longer transcript labels and separate or passive meetings
/// lifted it to 0.723 / 0.500. The floors are that figure, so that a change which undoes those rules fails.
/// </summary>
public sealed class HeldOutESetTests(ITestOutputHelper output) : GoldSetTests(output)
{
    protected override string FolderName => "HeldOutE";

    protected override double StatementsFloor => 0.87;

    protected override double MeetingsFloor => 0.79;
}
