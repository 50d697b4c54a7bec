using Rapport.Analysis.Hypotheses;
using Rapport.Storage;

namespace Rapport.Services.Tests;

public sealed class HypothesesFileLoaderTests
{
    private const string Good = """
        actors: [Iran, Hamas]
        hypotheses:
          - id: H1
            title: Military support is expanding
            consistent:
              - statement:7598c229bd8d@5644
            inconsistent: [meeting:7598c229bd8d@10755]
            neutral: 7598c229bd8d@303
            consistent_with:
              support: [weapons, funds]
              topics: [military support]
          - id: H2
            title: The rapprochement is rhetorical only
            inconsistent_with:
              meetings: visit
        """;

    [Fact]
    public void A_good_file_gives_the_hypotheses_their_tags_and_their_rules()
    {
        var file = HypothesesFileLoader.Parse(Good, "good.yaml");

        Assert.Equal(["Iran", "Hamas"], file.Actors);
        Assert.Equal(["H1", "H2"], file.Hypotheses.Select(h => h.Id));
        var h1 = file.Hypotheses[0];
        Assert.Equal("Military support is expanding", h1.Title);
        Assert.Equal(
            [
                (new FactReference(FactKind.Statement, "7598c229bd8d", 5644), AchRating.Consistent, 6),
                (new FactReference(FactKind.Meeting, "7598c229bd8d", 10755), AchRating.Inconsistent, 7),
                (new FactReference(null, "7598c229bd8d", 303), AchRating.Neutral, 8),
            ],
            h1.Tags.Select(t => (t.Reference, t.Rating, t.Line)));
        Assert.Equal(["weapons", "funds"], h1.ConsistentWith.Support);
        Assert.Equal(["military support"], h1.ConsistentWith.Topics);
        Assert.Same(SuggestionRule.None, h1.InconsistentWith);
        Assert.Equal(["visit"], file.Hypotheses[1].InconsistentWith.Meetings);
        Assert.Empty(file.Hypotheses[1].Tags);
    }

    [Fact]
    public void Bad_yaml_is_reported_with_its_line()
    {
        var text = "hypotheses:\n  - id: H1\n    title: one\n    consistent: [a@1, \n  - id: H2\n";

        var error = Assert.Throws<UserErrorException>(() => HypothesesFileLoader.Parse(text, "bad.yaml"));

        Assert.StartsWith("bad.yaml line ", error.Message, StringComparison.Ordinal);
        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_misspelt_rating_word_is_reported_with_its_line_and_the_words_allowed()
    {
        var text = "hypotheses:\n  - id: H1\n    title: one\n    consistant: [statement:7598c229bd8d@1]\n";

        var error = Assert.Throws<UserErrorException>(() => HypothesesFileLoader.Parse(text, "h.yaml"));

        Assert.StartsWith("h.yaml line 4: unknown field 'consistant'", error.Message, StringComparison.Ordinal);
        Assert.Contains("consistent, inconsistent, neutral", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    consistent: [not-a-reference]\n", 4, "is not a fact reference")]
    [InlineData("    consistent: [rumour:7598c229bd8d@1]\n", 4, "is not a fact reference")]
    [InlineData("    consistent_with:\n      support: [rockets]\n", 5, "unknown support 'rockets'")]
    [InlineData("    neutral: [7598c229bd8d@1]\n    consistent: [7598c229bd8d@1]\n", 5, "tagged twice for H1")]
    public void A_wrong_value_is_reported_with_its_line(string lines, int line, string message)
    {
        var error = Assert.Throws<UserErrorException>(() => HypothesesFileLoader.Parse("hypotheses:\n  - id: H1\n    title: one\n" + lines, "h.yaml"));

        Assert.StartsWith($"h.yaml line {line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_hypotheses_or_with_a_repeated_id_is_refused()
    {
        Assert.Throws<UserErrorException>(() => HypothesesFileLoader.Parse("actors: [Iran]\n", "h.yaml"));
        var twice = Assert.Throws<UserErrorException>(() => HypothesesFileLoader.Parse("hypotheses:\n  - {id: H1, title: a}\n  - {id: H1, title: b}\n", "h.yaml"));
        Assert.Equal("h.yaml line 3: hypothesis id 'H1' is used twice", twice.Message);
    }

    [Fact]
    public void A_fact_reference_reads_back_as_written()
    {
        Assert.True(FactReference.TryParse("statement:7598C229BD8D@5644", out var reference));
        Assert.Equal("statement:7598c229bd8d@5644", reference.ToString());
        Assert.False(FactReference.TryParse("75982@5644", out _));
        Assert.False(FactReference.TryParse("7598c229bd8d@-1", out _));
    }
}
