namespace Rapport.Analysis.EventData;

/// <summary>One entry of the CAMEO event codebook.</summary>
/// <param name="Code">The code as written in event data, with its leading zero: <c>042</c>, <c>0211</c>, <c>19</c>.</param>
/// <param name="Root">The two-digit root (<c>04</c>), 1–20 as a number in <see cref="RootNumber"/>.</param>
/// <param name="QuadClass">The quad class of the root.</param>
/// <param name="Goldstein">The Goldstein (1992) weight, −10 (most conflictual) … +10 (most cooperative).</param>
/// <param name="Description">The codebook's description.</param>
public sealed record CameoCode(string Code, string Root, QuadClass QuadClass, double Goldstein, string Description)
{
    /// <summary>The root as a number, 1–20.</summary>
    public int RootNumber => (Root[0] - '0') * 10 + (Root[1] - '0');
}
