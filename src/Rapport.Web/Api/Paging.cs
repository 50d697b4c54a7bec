namespace Rapport.Web.Api;

/// <summary>The paging every list endpoint takes: <c>offset</c> (default 0) and <c>limit</c> (default 50, at most 500).</summary>
public static class Paging
{
    /// <summary>The largest page served.</summary>
    public const int MaxLimit = 500;

    /// <summary>The page size when none is asked for.</summary>
    public const int DefaultLimit = 50;

    /// <summary>Checks and completes the paging parameters.</summary>
    /// <exception cref="BadHttpRequestException">A parameter is out of range.</exception>
    public static (int Offset, int Limit) Of(int? offset, int? limit)
    {
        var o = offset ?? 0;
        var l = limit ?? DefaultLimit;
        if (o < 0)
        {
            throw new BadHttpRequestException("offset must be 0 or more");
        }

        if (l is < 1 or > MaxLimit)
        {
            throw new BadHttpRequestException($"limit must be 1 to {MaxLimit}");
        }

        return (o, l);
    }

    /// <summary>One page of an in-memory list.</summary>
    public static Page<T> Slice<T>(IReadOnlyList<T> items, int? offset, int? limit)
    {
        ArgumentNullException.ThrowIfNull(items);
        var (o, l) = Of(offset, limit);
        return new Page<T>(items.Skip(o).Take(l).ToList(), o, l, items.Count);
    }
}
