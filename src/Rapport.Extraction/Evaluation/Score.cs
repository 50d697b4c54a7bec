namespace Rapport.Extraction.Evaluation;

/// <summary>Precision, recall and F1 from counts of true positives, false positives and misses.</summary>
/// <param name="TruePositives">Extracted records matched one-to-one to required gold records.</param>
/// <param name="FalsePositives">Extracted records matched to no gold record (optional ones included).</param>
/// <param name="Misses">Required gold records matched by nothing.</param>
public sealed record Score(int TruePositives, int FalsePositives, int Misses)
{
    /// <summary>TP / (TP + FP); 1 when nothing was extracted.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + misses); 1 when nothing was expected.</summary>
    public double Recall => TruePositives + Misses == 0 ? 1 : (double)TruePositives / (TruePositives + Misses);

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <inheritdoc />
    public override string ToString() =>
        FormattableString.Invariant($"P={Precision:0.000} R={Recall:0.000} F1={F1:0.000} (tp={TruePositives} fp={FalsePositives} miss={Misses})");
}
