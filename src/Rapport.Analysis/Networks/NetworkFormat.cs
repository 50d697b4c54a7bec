using System.Globalization;
using System.Text;
using System.Xml;
using Rapport.Model;

namespace Rapport.Analysis.Networks;

/// <summary>Spellings and settings the GraphML and GEXF writers and readers share.</summary>
internal static class NetworkFormat
{
    public static XmlWriterSettings WriterSettings { get; } = new()
    {
        Indent = true,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        NewLineChars = "\n",
    };

    public static XmlReaderSettings ReaderSettings { get; } = new()
    {
        // Our own files carry no DTD; refusing one keeps the readers safe on files from elsewhere.
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreComments = true,
        IgnoreWhitespace = true,
    };

    public static string Name(EdgeKind kind) => kind.ToString().ToLowerInvariant();

    public static string Name(ActorKind kind) => kind.ToString().ToLowerInvariant();

    public static string Name(SupportKind kind) => kind.ToString().ToLowerInvariant();

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static T ParseEnum<T>(string? text, string what)
        where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : throw new FormatException($"'{text}' is not a {what}.");

    public static double ParseNumber(string? text, string what) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a number ({what}).");

    public static PartialDate ParseDate(string? text) =>
        PartialDate.TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a partial date.");
}
