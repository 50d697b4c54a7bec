using Rapport.Extraction;
using Rapport.Model;

namespace Rapport.Services.Tests;

public sealed class FactEventsTests
{
    private const string Text =
        "Gaza, October 6, 2017. Sami Abu Zuhri, the Hamas spokesman, said on October 5, 2017 that Iran had provided Hamas "
        + "with weapons and funds for its military wing (Safa, October 5, 2017).";

    [Fact]
    public void A_statement_about_another_actor_is_coded_from_the_speaker_to_that_actor()
    {
        var result = Extractor.Extract(DocumentId.ForText(Text), Text, PartialDate.OfDay(2017, 10, 6));
        var statement = Assert.Single(result.Statements);

        var events = new FactEvents().From(result).Where(e => e.RecordId.Contains(":statement:", StringComparison.Ordinal)).ToList();

        var aboutIran = Assert.Single(events);
        Assert.Equal(FactEvents.KeyOf(statement.Speaker, result), aboutIran.SourceActor);
        Assert.Equal("Iran", aboutIran.TargetName);
        Assert.Equal("051", aboutIran.CameoCode);
        Assert.Equal(PartialDate.OfDay(2017, 10, 5), aboutIran.Date);
    }

    [Fact]
    public void The_speakers_own_organisation_is_not_what_the_statement_is_about()
    {
        var result = Extractor.Extract(DocumentId.ForText(Text), Text, PartialDate.OfDay(2017, 10, 6));

        var about = FactEvents.ActorsNamedIn(result, Assert.Single(result.Statements));

        Assert.DoesNotContain(about, a => a.Name == "Hamas");
        Assert.Contains(about, a => a.Name == "Iran");
    }
}
