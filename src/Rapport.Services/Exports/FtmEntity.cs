using System.Text.Json;

namespace Rapport.Services.Exports;

/// <summary>
/// One FollowTheMoney entity: an id, a schema and multi-valued properties, all values strings as FtM requires.
/// Properties are kept sorted and values in the order added without repeats, so an entity always serialises alike.
/// </summary>
public sealed class FtmEntity
{
    private readonly SortedDictionary<string, List<string>> _properties = new(StringComparer.Ordinal);

    /// <summary>Creates an entity.</summary>
    public FtmEntity(string id, string schema)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(schema);
        Id = id;
        Schema = schema;
    }

    /// <summary>The entity id, unique in the export.</summary>
    public string Id { get; }

    /// <summary>The FtM schema name (<c>Person</c>, <c>Event</c>, …).</summary>
    public string Schema { get; }

    /// <summary>The property names set, sorted.</summary>
    public IEnumerable<string> PropertyNames => _properties.Keys;

    /// <summary>Adds values to a property, skipping empty ones and repeats; returns the entity for chaining.</summary>
    public FtmEntity Add(string property, params IEnumerable<string?> values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(property);
        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            if (!_properties.TryGetValue(property, out var list))
            {
                list = [];
                _properties[property] = list;
            }

            if (!list.Contains(value, StringComparer.Ordinal))
            {
                list.Add(value);
            }
        }

        return this;
    }

    /// <summary>Writes the entity as one JSON object: <c>{"id":…,"schema":…,"properties":{name:[values]}}</c>.</summary>
    public void Write(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartObject();
        json.WriteString("id", Id);
        json.WriteString("schema", Schema);
        json.WriteStartObject("properties");
        foreach (var (name, values) in _properties)
        {
            json.WriteStartArray(name);
            foreach (var value in values)
            {
                json.WriteStringValue(value);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
