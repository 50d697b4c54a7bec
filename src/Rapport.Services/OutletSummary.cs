using Rapport.Model;

namespace Rapport.Services;

/// <summary>An outlet as <c>rapport sources</c> lists it.</summary>
/// <param name="Outlet">Its name as most often written.</param>
/// <param name="Grade">Its Admiralty reliability grade; F when nobody graded it.</param>
/// <param name="Facts">How many stored meetings and statements cite it.</param>
/// <param name="Documents">In how many documents.</param>
/// <param name="Graded">True when an analyst set the grade.</param>
public sealed record OutletSummary(string Outlet, ReliabilityGrade Grade, int Facts, int Documents, bool Graded);
