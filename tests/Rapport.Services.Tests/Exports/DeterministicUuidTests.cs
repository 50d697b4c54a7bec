using Rapport.Services.Exports;

namespace Rapport.Services.Tests.Exports;

public sealed class DeterministicUuidTests
{
    [Fact]
    public void Matches_the_RFC_9562_version_5_algorithm_on_a_known_vector()
    {
        // uuid5(NAMESPACE_DNS, "www.example.com"), as Python's uuid module and RFC 9562's algorithm give it.
        Assert.Equal("2ed6657d-e927-568b-95e1-2665a8aea6a2", DeterministicUuid.Create(new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"));
    }

    [Fact]
    public void A_STIX_id_is_the_type_and_the_UUID_of_the_key_in_Rapports_namespace()
    {
        var id = DeterministicUuid.StixId("identity", "actor:hamas");

        Assert.Equal(id, DeterministicUuid.StixId("identity", "actor:hamas"));
        Assert.NotEqual(id, DeterministicUuid.StixId("identity", "actor:Hamas"));
        Assert.Matches("^identity--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", id);
    }
}
