using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Rapport.Analysis.Hypotheses;
using Rapport.Services;
using Rapport.Storage;

namespace Rapport.Web.Pages.Shared;

/// <summary>One analyst's hypotheses file as loaded on the hypotheses page, with the tags added there since.</summary>
/// <param name="File">The hypotheses, with the analyst's tags; the source of truth the YAML is written back from.</param>
/// <param name="FileName">The name the file was loaded under, for messages and the download.</param>
/// <param name="Changes">Tags set or cleared on the page since loading.</param>
public sealed record HypothesisWorkspace(HypothesesFile File, string FileName, int Changes);

/// <summary>
/// The hypotheses files analysts work on in the review queue, one per signed-in user, kept in the server's memory:
/// they last until the server stops (or the analyst clears them), and the way to keep the work is to download the
/// file, which is written back with every tag in it. One instance per store, like <see cref="Jobs.IngestJobs"/>.
/// </summary>
public sealed class HypothesisWorkspaces
{
    private static readonly ConditionalWeakTable<IKnowledgeStore, HypothesisWorkspaces> ByStore = new();
    private readonly ConcurrentDictionary<string, HypothesisWorkspace> _byUser = new(StringComparer.Ordinal);

    /// <summary>The registered instance, or the one kept beside <paramref name="services"/>'s store.</summary>
    public static HypothesisWorkspaces Of(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetService<HypothesisWorkspaces>()
               ?? ByStore.GetValue(services.GetRequiredService<IKnowledgeStore>(), _ => new HypothesisWorkspaces());
    }

    /// <summary>The workspace of <paramref name="user"/>, or null.</summary>
    public HypothesisWorkspace? Find(string? user) => user is not null && _byUser.TryGetValue(user, out var workspace) ? workspace : null;

    /// <summary>Sets the workspace of <paramref name="user"/>.</summary>
    public void Set(string user, HypothesisWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(workspace);
        _byUser[user] = workspace;
    }

    /// <summary>Forgets the workspace of <paramref name="user"/>.</summary>
    public void Clear(string user)
    {
        ArgumentNullException.ThrowIfNull(user);
        _byUser.TryRemove(user, out _);
    }

    /// <summary>
    /// <paramref name="file"/> with one hypothesis's rating of one evidence row replaced: any tag that names one of
    /// the row's reports goes (a file may tag a row by any report of it), then the new tag is added under the row's
    /// own reference; a null <paramref name="rating"/> only removes, leaving the row to the suggestion rules.
    /// </summary>
    /// <exception cref="UserErrorException">No hypothesis has that id.</exception>
    public static HypothesesFile Tag(HypothesesFile file, string hypothesis, HypothesisEvidence evidence, AchRating? rating)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(evidence);
        if (!file.Hypotheses.Any(h => string.Equals(h.Id, hypothesis, StringComparison.Ordinal)))
        {
            throw new UserErrorException($"no hypothesis '{hypothesis}' in {file.Name}");
        }

        return file with
        {
            Hypotheses = file.Hypotheses.Select(h =>
            {
                if (!string.Equals(h.Id, hypothesis, StringComparison.Ordinal))
                {
                    return h;
                }

                var tags = h.Tags.Where(t => !evidence.Reports.Any(t.Reference.Matches)).ToList();
                if (rating is { } r)
                {
                    tags.Add(new EvidenceTag(evidence.Reference, r, 0));
                }

                return h with { Tags = tags };
            }).ToList(),
        };
    }

    /// <summary>
    /// Writes <paramref name="file"/> back as a hypotheses file <see cref="HypothesesFileLoader"/> reads: actors,
    /// hypotheses with their tags and suggestion rules. The original's comments are not kept (they are not in the
    /// parsed file); every string is double-quoted so no title can break the YAML.
    /// </summary>
    public static string ToYaml(HypothesesFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var yaml = new StringBuilder();
        yaml.Append("# Hypotheses written by Rapport's review queue from ").Append(Comment(file.Name)).Append(", with the analyst's tags.\n");
        if (file.Actors.Count > 0)
        {
            yaml.Append("actors: ").Append(List(file.Actors)).Append('\n');
        }

        yaml.Append("hypotheses:\n");
        foreach (var h in file.Hypotheses)
        {
            yaml.Append("  - id: ").Append(Quoted(h.Id)).Append('\n');
            yaml.Append("    title: ").Append(Quoted(h.Title)).Append('\n');
            foreach (var (field, rating) in new[] { ("consistent", AchRating.Consistent), ("inconsistent", AchRating.Inconsistent), ("neutral", AchRating.Neutral) })
            {
                var refs = h.Tags.Where(t => t.Rating == rating).Select(t => t.Reference.ToString()).ToList();
                if (refs.Count > 0)
                {
                    yaml.Append("    ").Append(field).Append(":\n");
                    foreach (var reference in refs)
                    {
                        yaml.Append("      - ").Append(Quoted(reference)).Append('\n');
                    }
                }
            }

            Rule(yaml, "consistent_with", h.ConsistentWith);
            Rule(yaml, "inconsistent_with", h.InconsistentWith);
        }

        return yaml.ToString();
    }

    private static void Rule(StringBuilder yaml, string field, SuggestionRule rule)
    {
        if (rule.Support.Count + rule.Topics.Count + rule.Meetings.Count == 0)
        {
            return;
        }

        yaml.Append("    ").Append(field).Append(":\n");
        foreach (var (name, values) in new[] { ("support", rule.Support), ("topics", rule.Topics), ("meetings", rule.Meetings) })
        {
            if (values.Count > 0)
            {
                yaml.Append("      ").Append(name).Append(": ").Append(List(values)).Append('\n');
            }
        }
    }

    private static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Quoted)) + "]";

    private static string Comment(string text) => new(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());

    /// <summary>A YAML double-quoted scalar: backslash, quote and control characters escaped.</summary>
    private static string Quoted(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                '\n' => quoted.Append("\\n"),
                '\t' => quoted.Append("\\t"),
                _ when char.IsControl(c) => quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }
}
