namespace Rapport.Web.Api;

/// <summary>One page of a list: the items, where the page starts, its size, and how many items match in all.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items of this page.</param>
/// <param name="Offset">How many matching items come before this page.</param>
/// <param name="Limit">The page size asked for.</param>
/// <param name="Total">How many items match the filters.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, int Offset, int Limit, long Total);
