namespace Rapport.Model;

/// <summary>The numeric ranges of the ICD 203 bands.</summary>
public static class EstimativeLikelihoodExtensions
{
    /// <summary>The band's lower and upper probability in percent.</summary>
    public static (int Low, int High) PercentRange(this EstimativeLikelihood likelihood) => likelihood switch
    {
        EstimativeLikelihood.AlmostNoChance => (1, 5),
        EstimativeLikelihood.VeryUnlikely => (5, 20),
        EstimativeLikelihood.Unlikely => (20, 45),
        EstimativeLikelihood.RoughlyEvenChance => (45, 55),
        EstimativeLikelihood.Likely => (55, 80),
        EstimativeLikelihood.VeryLikely => (80, 95),
        EstimativeLikelihood.AlmostCertain => (95, 99),
        _ => throw new ArgumentOutOfRangeException(nameof(likelihood), likelihood, "Not an ICD 203 band."),
    };
}
