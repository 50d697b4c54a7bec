namespace Rapport.Documents;

/// <summary>Limits and clock for <see cref="DocumentReader"/>.</summary>
public sealed record ReaderOptions
{
    /// <summary>The default size limit: 16 MiB per file.</summary>
    public const long DefaultMaxBytes = 16L * 1024 * 1024;

    /// <summary>Files larger than this are rejected before they are read.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>The clock that stamps <c>IngestedAt</c>; replace it in tests.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
