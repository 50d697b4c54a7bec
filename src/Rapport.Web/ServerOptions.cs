using Rapport.Services;

namespace Rapport.Web;

/// <summary>How <c>rapport serve</c> runs: where it listens and which knowledge base it serves.</summary>
/// <param name="Urls">The addresses to listen on, e.g. <c>http://127.0.0.1:5080</c>.</param>
/// <param name="Store">The knowledge base.</param>
public sealed record ServerOptions(string Urls, StoreLocation Store)
{
    /// <summary>The default address: loopback only, so a server is never exposed by accident.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The largest upload accepted, in bytes (the same limit as <c>rapport ingest</c>).</summary>
    public long MaxUploadBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Where the keys that protect sign-in cookies are kept; null for the store's folder (SQLite) or memory.</summary>
    public string? KeyDirectory { get; init; }
}
