namespace Rapport.Model;

/// <summary>A stable identifier for an actor, such as <c>IRN</c> or <c>person/first-last</c>.</summary>
public readonly record struct ActorId
{
    private readonly string? _value;

    /// <summary>Creates an id from a non-blank key.</summary>
    /// <exception cref="ArgumentException">The key is blank.</exception>
    public ActorId(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>The key.</summary>
    public string Value => _value ?? throw new InvalidOperationException("An uninitialised ActorId has no value.");

    /// <inheritdoc />
    public override string ToString() => _value ?? string.Empty;
}
