using Rapport.Model;

namespace Rapport.Extraction.Tests;

/// <summary>Locates the shared reference material: the folder holding Rapport.slnx, then ../shared.</summary>
internal static class Reference
{
    public const string Name = "itic-2018-iran-hamas-rapprochement";

    private static readonly Lazy<ExtractionResult> LazyResult = new(() =>
        Extractor.Extract(DocumentId.ForText(Text), Text, PartialDate.OfMonth(2018, 1)));

    public static string Shared
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Rapport.slnx")))
                {
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                }
            }

            throw new DirectoryNotFoundException("No folder with Rapport.slnx above " + AppContext.BaseDirectory);
        }
    }

    public static string Text => File.ReadAllText(Path.Combine(Shared, "corpus", Name + ".txt"));

    public static string GoldJson => File.ReadAllText(Path.Combine(Shared, "gold", Name + ".json"));

    public static ExtractionResult Result => LazyResult.Value;
}
