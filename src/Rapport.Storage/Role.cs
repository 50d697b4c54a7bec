namespace Rapport.Storage;

/// <summary>
/// What an account may do. Each role includes everything the roles before it may do, so a check is a comparison
/// (<c>role &gt;= Role.Analyst</c>); the values are ordered for that and must stay so.
/// </summary>
public enum Role
{
    /// <summary>Reads documents, facts, analyses and briefs; changes nothing.</summary>
    Viewer = 0,

    /// <summary>A viewer who may also change the knowledge base: ingest, merge, grade, tag, upload, generate briefs.</summary>
    Analyst = 1,

    /// <summary>An analyst who may also manage users and API tokens.</summary>
    Admin = 2,
}
