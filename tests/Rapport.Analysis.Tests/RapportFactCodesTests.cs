using Rapport.Analysis.EventData;
using Rapport.Model;

namespace Rapport.Analysis.Tests;

public sealed class RapportFactCodesTests
{
    private static readonly CameoCodebook Codebook = CameoCodebook.LoadDefault();
    private static readonly RapportFactCodes Codes = RapportFactCodes.LoadDefault(Codebook);

    [Fact]
    public void A_visit_is_made_by_the_visitors_and_hosted_by_the_hosts()
    {
        Assert.Equal("042", Codes.ForMeeting(MeetingKind.Visit).Code);
        Assert.Equal("043", Codes.ForMeeting(MeetingKind.Visit, fromHostSide: true).Code);
    }

    [Fact]
    public void A_meeting_at_a_third_location_gets_its_own_code()
    {
        Assert.Equal("040", Codes.ForMeeting(MeetingKind.Meeting).Code);
        Assert.Equal("044", Codes.ForMeeting(MeetingKind.Meeting, atThirdLocation: true).Code);
    }

    [Fact]
    public void Calls_and_ceremonies_are_consultations()
    {
        Assert.Equal("041", Codes.ForMeeting(MeetingKind.PhoneCall).Code);
        Assert.Equal("040", Codes.ForMeeting(MeetingKind.Ceremony).Code);
    }

    [Theory]
    [InlineData(SupportKind.Weapons, "072")]
    [InlineData(SupportKind.Training, "072")]
    [InlineData(SupportKind.KnowHow, "072")]
    [InlineData(SupportKind.Funds, "071")]
    [InlineData(SupportKind.Political, "051")]
    [InlineData(SupportKind.Media, "051")]
    [InlineData(SupportKind.General, "070")]
    public void Every_support_kind_has_a_code(SupportKind kind, string expected) =>
        Assert.Equal(expected, Codes.ForSupport(kind).Code);

    [Fact]
    public void Praise_and_agreements_are_diplomatic_cooperation()
    {
        Assert.Equal("051", Codes.CodeFor(EventKind.Praise).Code);
        Assert.Equal("057", Codes.CodeFor(EventKind.Agreement).Code);
        Assert.Equal(QuadClass.VerbalCooperation, Codes.CodeFor(EventKind.Agreement).QuadClass);
    }

    [Fact]
    public void A_row_naming_a_code_outside_the_codebook_is_refused()
    {
        var text = "kind\tqualifier\tcameo\twhy\nvisit\tmade\t049\tno such code\n";
        var error = Assert.Throws<FormatException>(() => RapportFactCodes.Load(new StringReader(text), Codebook, "codes.tsv"));
        Assert.Contains("codes.tsv:2:", error.Message);
    }

    [Fact]
    public void An_unknown_kind_is_refused()
    {
        var text = "kind\tqualifier\tcameo\twhy\nparade\t-\t040\t\n";
        Assert.Contains("not an event kind", Assert.Throws<FormatException>(() => RapportFactCodes.Load(new StringReader(text), Codebook)).Message);
    }

    [Fact]
    public void A_missing_row_is_a_clear_error()
    {
        var codes = RapportFactCodes.Load(new StringReader("kind\tqualifier\tcameo\twhy\nmeeting\t-\t040\t\n"), Codebook);
        Assert.Throws<KeyNotFoundException>(() => codes.ForSupport(SupportKind.Funds));
    }
}
