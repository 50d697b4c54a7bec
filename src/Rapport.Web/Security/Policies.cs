namespace Rapport.Web.Security;

/// <summary>
/// The three roles as authorization policies. Each includes the ones below it: an analyst may do what a viewer may,
/// an admin what an analyst may. See <c>docs/accounts.md</c>.
/// </summary>
public static class Policies
{
    /// <summary>Read everything.</summary>
    public const string Viewer = "viewer";

    /// <summary>Also ingest, merge actors, grade sources, tag evidence, generate briefs.</summary>
    public const string Analyst = "analyst";

    /// <summary>Also manage users and API tokens.</summary>
    public const string Admin = "admin";
}
