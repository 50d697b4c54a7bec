using Rapport.Analysis.Hypotheses;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Rapport.Services;

/// <summary>
/// Reads a hypotheses file (YAML). Every mistake is a <see cref="UserErrorException"/> naming the file and line, so
/// the analyst can go straight to it. The format is in <c>docs/analysis.md</c>; an example is
/// <c>samples/hypotheses/</c>.
/// </summary>
/// <remarks>
/// Walks the YAML node tree rather than deserialising into classes: that keeps each node's line for messages and
/// turns a misspelt field into an error instead of silently ignoring it.
/// </remarks>
public static class HypothesesFileLoader
{
    private static readonly string[] TopFields = ["actors", "hypotheses"];
    private static readonly string[] HypothesisFields = ["id", "title", "consistent", "inconsistent", "neutral", "consistent_with", "inconsistent_with"];
    private static readonly string[] RuleFields = ["support", "topics", "meetings"];
    private static readonly string[] SupportKinds = ["general", "weapons", "funds", "know-how", "training", "political", "media"];
    private static readonly string[] MeetingKinds = ["visit", "meeting", "phone call", "ceremony"];

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="UserErrorException">The file is missing, or is not a valid hypotheses file.</exception>
    public static HypothesesFile Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException($"cannot read the hypotheses file {path}: {e.Message}", e);
        }

        return Parse(text, Path.GetFileName(path));
    }

    /// <summary>Reads a hypotheses file's text; <paramref name="name"/> names it in messages.</summary>
    /// <exception cref="UserErrorException">The text is not a valid hypotheses file.</exception>
    public static HypothesesFile Parse(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            // YamlDotNet's messages repeat the position in brackets; keep only the reason.
            var reason = e.InnerException?.Message ?? e.Message;
            var bracket = reason.IndexOf("): ", StringComparison.Ordinal);
            reason = reason.StartsWith('(') && bracket > 0 ? reason[(bracket + 3)..] : reason;
            throw new UserErrorException($"{name} line {e.Start.Line}: not valid YAML: {reason}", e);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new UserErrorException($"{name} line 1: expected a mapping with 'hypotheses:' (a list of hypotheses)");
        }

        CheckFields(root, TopFields, "top level", name);
        var actors = Field(root, "actors") is { } a ? Strings(a, "actors", name, null) : [];
        if (Field(root, "hypotheses") is not YamlSequenceNode list || list.Children.Count == 0)
        {
            throw new UserErrorException($"{name} line {Line(Field(root, "hypotheses") ?? root)}: 'hypotheses' must be a list of at least one hypothesis");
        }

        var hypotheses = list.Children.Select(node => Hypothesis(node, name)).ToList();
        var repeated = hypotheses.GroupBy(h => h.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new UserErrorException($"{name} line {repeated.Last().Line}: hypothesis id '{repeated.Key}' is used twice");
        }

        return new HypothesesFile(name, actors, hypotheses);
    }

    private static HypothesisDefinition Hypothesis(YamlNode node, string name)
    {
        if (node is not YamlMappingNode map)
        {
            throw new UserErrorException($"{name} line {Line(node)}: each hypothesis must be a mapping with id and title");
        }

        CheckFields(map, HypothesisFields, "a hypothesis", name);
        var id = Scalar(map, "id", name);
        var title = Scalar(map, "title", name);
        var tags = new List<EvidenceTag>();
        // In the file's order, so a reference tagged twice is reported where it is written the second time.
        foreach (var (key, refs) in map.Children)
        {
            var field = ((YamlScalarNode)key).Value;
            AchRating? rating = field switch
            {
                "consistent" => AchRating.Consistent,
                "inconsistent" => AchRating.Inconsistent,
                "neutral" => AchRating.Neutral,
                _ => null,
            };
            if (rating is null || IsNull(refs))
            {
                continue;
            }

            foreach (var item in Items(refs))
            {
                var text = item is YamlScalarNode s ? s.Value : null;
                if (!FactReference.TryParse(text, out var reference))
                {
                    throw new UserErrorException(
                        $"{name} line {Line(item)}: '{text}' in {id}.{field} is not a fact reference (KIND:DOCUMENT@OFFSET, as the last column of 'rapport facts' shows)");
                }

                var twice = tags.FirstOrDefault(t => t.Reference == reference);
                if (twice is not null)
                {
                    throw new UserErrorException($"{name} line {Line(item)}: {reference} is tagged twice for {id} (also on line {twice.Line})");
                }

                tags.Add(new EvidenceTag(reference, rating.Value, Line(item)));
            }
        }

        return new HypothesisDefinition(id, title, tags, Rule(map, "consistent_with", name), Rule(map, "inconsistent_with", name), Line(map));
    }

    private static SuggestionRule Rule(YamlMappingNode hypothesis, string field, string name)
    {
        if (Field(hypothesis, field) is not { } node)
        {
            return SuggestionRule.None;
        }

        if (node is not YamlMappingNode map)
        {
            throw new UserErrorException($"{name} line {Line(node)}: '{field}' must be a mapping of support, topics and meetings");
        }

        CheckFields(map, RuleFields, $"'{field}'", name);
        return new SuggestionRule(
            Field(map, "support") is { } s ? Strings(s, "support", name, SupportKinds) : [],
            Field(map, "topics") is { } t ? Strings(t, "topics", name, null) : [],
            Field(map, "meetings") is { } m ? Strings(m, "meetings", name, MeetingKinds) : []);
    }

    private static void CheckFields(YamlMappingNode map, string[] allowed, string where, string name)
    {
        foreach (var key in map.Children.Keys)
        {
            var text = (key as YamlScalarNode)?.Value;
            if (text is null || !allowed.Contains(text, StringComparer.Ordinal))
            {
                throw new UserErrorException($"{name} line {Line(key)}: unknown field '{text}' in {where}; expected one of {string.Join(", ", allowed)}");
            }
        }
    }

    private static YamlNode? Field(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) && !IsNull(value) ? value : null;

    private static string Scalar(YamlMappingNode map, string key, string name)
    {
        var node = Field(map, key);
        if (node is not YamlScalarNode { Value: { } value } || string.IsNullOrWhiteSpace(value))
        {
            throw new UserErrorException($"{name} line {Line(node ?? map)}: a hypothesis needs a non-empty '{key}'");
        }

        return value.Trim();
    }

    private static IReadOnlyList<string> Strings(YamlNode node, string field, string name, string[]? allowed)
    {
        var values = new List<string>();
        foreach (var item in Items(node))
        {
            if (item is not YamlScalarNode { Value: { } value } || string.IsNullOrWhiteSpace(value))
            {
                throw new UserErrorException($"{name} line {Line(item)}: '{field}' must list words");
            }

            if (allowed is not null && !allowed.Contains(value.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                throw new UserErrorException($"{name} line {Line(item)}: unknown {field} '{value}'; expected one of {string.Join(", ", allowed)}");
            }

            values.Add(value.Trim());
        }

        return values;
    }

    // A single value may be written without brackets.
    private static IEnumerable<YamlNode> Items(YamlNode node) => node is YamlSequenceNode seq ? seq.Children : [node];

    private static bool IsNull(YamlNode node) => node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    private static int Line(YamlNode node) => (int)node.Start.Line;
}
