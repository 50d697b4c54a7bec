using Rapport.Model;
using Rapport.Services;
using Rapport.Storage;

namespace Rapport.Services.Tests;

public sealed class ActorResolutionTests
{
    private static readonly DocumentId D1 = Id('1');
    private static readonly DocumentId D2 = Id('2');
    private static readonly DocumentId D3 = Id('3');

    private static readonly ActorMention[] Mentions =
    [
        new(D1, "name:Saleh al-Arouri", "Saleh al-Arouri", "person", "hamas"),
        new(D2, "name:Salih al-Aruri", "Salih al-Aruri", "person", "hamas"),
        new(D3, "name:al-Arouri", "al-Arouri", "person", "hamas"),
        new(D1, "name:Ali Larijani", "Ali Larijani", "person", "IRN"),
        new(D2, "name:Sadeq Larijani", "Sadeq Larijani", "person", "IRN"),
        new(D3, "name:Larijani", "Larijani", "person", "IRN"),
        new(D1, "name:Ismail Haniyeh", "Ismail Haniyeh", "person", "hamas"),
        new(D2, "name:Ismail Radwan", "Ismail Radwan", "person", "hamas"),
        new(D3, "name:Ismail", "Ismail", "person", "hamas"),
    ];

    [Fact]
    public void Transliterations_of_one_full_name_and_a_short_form_within_the_organisation_are_proposed()
    {
        var candidates = MergeCandidates.Find(ActorIdentity.Build(Mentions, []));

        var pairs = candidates.Select(c => Pair(c.A.Key, c.B.Key)).ToList();
        Assert.Contains(Pair("name:Saleh al-Arouri", "name:Salih al-Aruri"), pairs);
        Assert.Contains(Pair("name:al-Arouri", "name:Saleh al-Arouri"), pairs);
        var full = candidates.Single(c => Pair(c.A.Key, c.B.Key) == Pair("name:Saleh al-Arouri", "name:Salih al-Aruri"));
        Assert.Equal(MergeCandidates.TransliterationScore, full.Score);
    }

    [Theory]
    [InlineData("name:Ali Larijani", "name:Sadeq Larijani")]
    [InlineData("name:Ismail Haniyeh", "name:Ismail Radwan")]
    [InlineData("name:Larijani", "name:Ali Larijani")]
    [InlineData("name:Larijani", "name:Sadeq Larijani")]
    [InlineData("name:Ismail", "name:Ismail Haniyeh")]
    [InlineData("name:Ismail", "name:Ismail Radwan")]
    public void People_who_only_share_a_name_part_are_never_proposed(string a, string b)
    {
        var candidates = MergeCandidates.Find(ActorIdentity.Build(Mentions, []));

        Assert.DoesNotContain(candidates, c => Pair(c.A.Key, c.B.Key) == Pair(a, b));
    }

    [Fact]
    public void A_merge_joins_two_keys_and_a_later_split_undoes_it()
    {
        var merged = ActorIdentity.Build(Mentions, [Decision(ActorDecisionKind.Merge, "name:Saleh al-Arouri", "name:Salih al-Aruri")]);
        Assert.Equal(merged.Canonical("name:Saleh al-Arouri"), merged.Canonical("name:Salih al-Aruri"));
        Assert.Equal(2, merged.Find("name:Salih al-Aruri")!.Documents.Count);

        var split = ActorIdentity.Build(Mentions, [
            Decision(ActorDecisionKind.Merge, "name:Saleh al-Arouri", "name:Salih al-Aruri"),
            Decision(ActorDecisionKind.Split, "name:Salih al-Aruri", "name:Saleh al-Arouri"),
        ]);
        Assert.NotEqual(split.Canonical("name:Saleh al-Arouri"), split.Canonical("name:Salih al-Aruri"));
    }

    [Fact]
    public void A_split_keeps_two_keys_apart_even_through_a_chain_of_merges()
    {
        var identity = ActorIdentity.Build(Mentions, [
            Decision(ActorDecisionKind.Merge, "name:Ali Larijani", "name:Larijani"),
            Decision(ActorDecisionKind.Merge, "name:Larijani", "name:Sadeq Larijani"),
            Decision(ActorDecisionKind.Split, "name:Ali Larijani", "name:Sadeq Larijani"),
        ]);

        Assert.NotEqual(identity.Canonical("name:Ali Larijani"), identity.Canonical("name:Sadeq Larijani"));
        Assert.Single(identity.Blocked);
    }

    [Fact]
    public void A_pair_marked_distinct_is_not_proposed_again_until_merged()
    {
        var identity = ActorIdentity.Build(Mentions, [Decision(ActorDecisionKind.Distinct, "name:Salih al-Aruri", "name:Saleh al-Arouri")]);

        Assert.DoesNotContain(MergeCandidates.Find(identity), c => Pair(c.A.Key, c.B.Key) == Pair("name:Saleh al-Arouri", "name:Salih al-Aruri"));
    }

    [Fact]
    public void A_dyad_member_covers_the_keys_merged_into_it()
    {
        var identity = ActorIdentity.Build(Mentions, [Decision(ActorDecisionKind.Merge, "name:Saleh al-Arouri", "name:Salih al-Aruri")]);
        var group = new ActorGroup("side", new Dictionary<string, DateInterval> { ["name:Saleh al-Arouri"] = DateInterval.Always }, []);

        var widened = DyadService.WithMerged(group, identity);

        Assert.True(widened.Covers("name:Salih al-Aruri", new YearMonth(2017, 10)));
        Assert.False(widened.Covers("name:Ali Larijani", new YearMonth(2017, 10)));
    }

    [Theory]
    [InlineData("2017-10-21", "2017-10-21", true)]
    [InlineData("2017-10", "2017-10-21", true)]
    [InlineData("2017", "2017-10-21", true)]
    [InlineData("2017-10-21", "2017-10-22", false)]
    [InlineData("2017-09", "2017-10-21", false)]
    public void Dates_match_when_equal_or_within_each_others_precision(string a, string b, bool same)
    {
        Assert.Equal(same, FactCorroboration.DatesCompatible(PartialDate.Parse(a), PartialDate.Parse(b)));
    }

    private static ActorDecision Decision(ActorDecisionKind kind, string a, string b) => new(kind, a, b, "test", DateTimeOffset.UnixEpoch);

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    private static DocumentId Id(char c) => DocumentId.Parse(new string(c, 64));
}
