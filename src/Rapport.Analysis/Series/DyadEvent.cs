using Rapport.Analysis.EventData;
using Rapport.Model;

namespace Rapport.Analysis.Series;

/// <summary>An event between two resolved actors, ready to be binned into a dyad series.</summary>
/// <param name="Date">When it happened; may be partial or unknown.</param>
/// <param name="Source">The acting actor.</param>
/// <param name="Target">The actor acted upon.</param>
/// <param name="CameoCode">The CAMEO event code, e.g. <c>042</c>.</param>
/// <param name="Goldstein">The Goldstein weight, −10 … +10.</param>
/// <param name="QuadClass">The quad class of the code.</param>
public sealed record DyadEvent(PartialDate Date, ActorId Source, ActorId Target, string CameoCode, double Goldstein, QuadClass QuadClass)
{
    /// <summary>The two-digit CAMEO root, e.g. <c>04</c>.</summary>
    public string Root => CameoCode.Length >= 2 ? CameoCode[..2] : CameoCode;

    /// <summary>A dyad event from a coded event whose two sides the caller has resolved to actors.</summary>
    public static DyadEvent From(CodedEvent coded, ActorId source, ActorId target)
    {
        ArgumentNullException.ThrowIfNull(coded);
        return new DyadEvent(coded.Date, source, target, coded.CameoCode, coded.Goldstein, coded.QuadClass);
    }
}
