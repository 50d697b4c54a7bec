namespace Rapport.Web.Security;

/// <summary>The role names carried in a signed-in user's claims.</summary>
public static class Roles
{
    /// <summary>Reads everything.</summary>
    public const string Viewer = "viewer";

    /// <summary>Reads, ingests, merges, grades, tags, writes briefs.</summary>
    public const string Analyst = "analyst";

    /// <summary>Everything, and users and tokens.</summary>
    public const string Admin = "admin";
}
