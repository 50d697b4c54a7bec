using Rapport.Model;

namespace Rapport.Model.Tests;

public sealed class DocumentIdTests
{
    [Fact]
    public void The_same_text_always_has_the_same_id()
    {
        Assert.Equal(DocumentId.ForText("The same text."), DocumentId.ForText("The same text."));
        Assert.NotEqual(DocumentId.ForText("The same text."), DocumentId.ForText("The same text!"));
    }

    [Fact]
    public void The_id_is_the_lower_case_sha256_of_the_utf8_text()
    {
        // SHA-256("abc"), the standard test vector.
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", DocumentId.ForText("abc").Value);
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", DocumentId.ForText(string.Empty).Value);
    }

    [Fact]
    public void The_short_form_is_the_first_twelve_digits()
    {
        var id = DocumentId.ForText("abc");

        Assert.Equal("ba7816bf8f01", id.Short);
        Assert.Equal(id.Value, id.ToString());
    }

    [Fact]
    public void Parse_accepts_64_hex_digits_in_either_case_and_lower_cases_them()
    {
        var id = DocumentId.ForText("abc");

        Assert.Equal(id, DocumentId.Parse(id.Value));
        Assert.Equal(id, DocumentId.Parse(id.Value.ToUpperInvariant()));
        Assert.True(DocumentId.TryParse(id.Value.ToUpperInvariant(), out var parsed));
        Assert.Equal(id.Value, parsed.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ba7816bf8f01")]
    [InlineData("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad0")]
    [InlineData("ga7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData(" a7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a\u0661")]
    public void Parse_rejects_anything_but_64_hex_digits(string? text)
    {
        Assert.False(DocumentId.TryParse(text, out var id));
        Assert.Equal(default, id);
        if (text is not null)
        {
            Assert.Throws<FormatException>(() => DocumentId.Parse(text));
        }
    }

    [Fact]
    public void An_uninitialised_id_has_no_value()
    {
        var id = default(DocumentId);

        Assert.Throws<InvalidOperationException>(() => id.Value);
        Assert.Equal(string.Empty, id.ToString());
    }
}
