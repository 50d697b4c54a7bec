using Rapport.Analysis.EventData;

namespace Rapport.Analysis.Tests;

public sealed class CameoCodebookTests
{
    private static readonly CameoCodebook Codebook = CameoCodebook.LoadDefault();

    [Fact]
    public void The_bundled_codebook_holds_every_code_of_the_shared_table()
    {
        Assert.Equal(311, Codebook.Count);
        Assert.Equal(20, Codebook.All.Count(c => c.Code.Length == 2));
    }

    [Fact]
    public void A_code_gives_its_root_quad_class_weight_and_description()
    {
        var visit = Codebook.Get("042");
        Assert.Equal("04", visit.Root);
        Assert.Equal(4, visit.RootNumber);
        Assert.Equal(QuadClass.VerbalCooperation, visit.QuadClass);
        Assert.Equal(1.9, visit.Goldstein);
        Assert.Equal("Make a visit", visit.Description);

        var militaryAid = Codebook.Get("072");
        Assert.Equal(QuadClass.MaterialCooperation, militaryAid.QuadClass);
        Assert.Equal(8.3, militaryAid.Goldstein);
    }

    [Fact]
    public void The_repaired_descriptions_are_in_the_bundled_copy()
    {
        Assert.Equal("Meet at a third location", Codebook.Get("044").Description);
        Assert.Equal("Demand withdrawal", Codebook.Get("106").Description);
    }

    [Fact]
    public void Every_code_has_the_quad_class_of_its_root()
    {
        foreach (var code in Codebook.All)
        {
            Assert.Equal(CameoCodebook.QuadClassOfRoot(code.RootNumber), code.QuadClass);
        }
    }

    [Theory]
    [InlineData(1, QuadClass.VerbalCooperation)]
    [InlineData(5, QuadClass.VerbalCooperation)]
    [InlineData(6, QuadClass.MaterialCooperation)]
    [InlineData(9, QuadClass.MaterialCooperation)]
    [InlineData(10, QuadClass.VerbalConflict)]
    [InlineData(14, QuadClass.VerbalConflict)]
    [InlineData(15, QuadClass.MaterialConflict)]
    [InlineData(20, QuadClass.MaterialConflict)]
    public void Roots_fall_into_the_gdelt_quad_classes(int root, QuadClass expected) =>
        Assert.Equal(expected, CameoCodebook.QuadClassOfRoot(root));

    [Fact]
    public void A_code_that_lost_its_leading_zero_is_resolved_but_a_real_root_is_not_padded()
    {
        Assert.True(Codebook.TryResolve("42", out var visit));
        Assert.Equal("042", visit.Code);
        Assert.True(Codebook.TryResolve("211", out var appeal));
        Assert.Equal("0211", appeal.Code);
        Assert.True(Codebook.TryResolve("14", out var protest));
        Assert.Equal("14", protest.Code);
        Assert.False(Codebook.TryResolve("999", out _));
    }

    [Fact]
    public void An_unknown_code_is_not_found()
    {
        Assert.False(Codebook.TryGet("042x", out _));
        Assert.Throws<KeyNotFoundException>(() => Codebook.Get("21"));
    }

    [Theory]
    [InlineData("042\t04\t1\t1.9", "expected 5")]
    [InlineData("042\t05\t1\t1.9\tMake a visit", "root")]
    [InlineData("042\t04\t7\t1.9\tMake a visit", "quad class")]
    [InlineData("042\t04\t1\t11\tMake a visit", "Goldstein")]
    [InlineData("04x\t04\t1\t1.9\tMake a visit", "not a CAMEO code")]
    public void A_malformed_line_is_an_error_naming_the_line(string line, string expected)
    {
        var text = "code\troot\tquad_class\tgoldstein\tdescription\n040\t04\t1\t1.0\tConsult\n" + line + "\n";
        var error = Assert.Throws<FormatException>(() => CameoCodebook.Load(new StringReader(text), "test.tsv"));
        Assert.Contains("test.tsv:3:", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_code_listed_twice_is_an_error()
    {
        var text = "header\n040\t04\t1\t1.0\tConsult\n040\t04\t1\t1.0\tConsult\n";
        Assert.Contains("twice", Assert.Throws<FormatException>(() => CameoCodebook.Load(new StringReader(text))).Message);
    }
}
