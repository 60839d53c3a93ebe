using Aiguillage.Imports;

namespace Aiguillage.Tests;

public class CsvReaderTests
{
    private static IReadOnlyList<CsvRecord> Read(string text) => CsvReader.Read(new StringReader(text));

    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks()
    {
        var records = Read("a,b,c\n\"un, deux\",\"il dit \"\"oui\"\"\",\"ligne 1\nligne 2\"\nx,y,z\n");

        Assert.Equal(3, records.Count);
        Assert.Equal(["un, deux", "il dit \"oui\"", "ligne 1\nligne 2"], records[1].Fields);
        Assert.Equal(4, records[2].LineNumber);
    }

    [Fact]
    public void A_semicolon_file_from_a_spreadsheet_is_recognised()
    {
        var records = Read("\uFEFFa;b\r\n1;2,5\r\n");
        Assert.Equal(["a", "b"], records[0].Fields);
        Assert.Equal(["1", "2,5"], records[1].Fields);
    }

    [Fact]
    public void Multi_valued_cells_do_not_make_the_bar_a_separator()
    {
        var records = Read("a,b\nemergence|creation,departement:23|departement:87\nideation|creation,pays:FR\n");
        Assert.Equal(["emergence|creation", "departement:23|departement:87"], records[1].Fields);
    }

    [Fact]
    public void Blank_lines_are_skipped_and_line_numbers_stay_true()
    {
        var records = Read("a,b\n\n1,2\n   \n3,4");
        Assert.Equal([1, 3, 5], records.Select(r => r.LineNumber));
    }

    [Fact]
    public void Spaces_around_a_field_are_dropped_but_kept_inside_quotes()
    {
        var records = Read("a,b\n 1 , \" 2 \"\n");
        Assert.Equal(["1", " 2 "], records[1].Fields);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_kept_as_text()
    {
        var records = Read("a,b\n1,Maison \"ESS\"\n");
        Assert.Equal("Maison \"ESS\"", records[1].Fields[1]);
    }

    [Fact]
    public void An_unclosed_quote_is_reported_with_its_line()
    {
        var error = Assert.Throws<CsvFormatException>(() => Read("a,b\n1,2\n3,\"quatre\n"));
        Assert.Equal(3, error.LineNumber);
        Assert.Contains("guillemet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_quote_is_located_at_its_line_and_column_in_French()
    {
        var error = Assert.Throws<CsvFormatException>(() => Read("a,b,c\n1,\"deux\nlignes\",3\n4,5,\"six\n7,8,9\n"));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("ligne 4, colonne n° 3 : un guillemet ouvert n'est jamais fermé.", problem.ToString());
    }

    [Fact]
    public void Every_text_after_a_closing_quote_is_reported_with_its_line_and_column()
    {
        var error = Assert.Throws<CsvFormatException>(() => Read("a,b\n1,\"x\"y\n\"2\"z,z\n3,\"ok\" \n4,\"a\nb\"c\n"));

        Assert.Equal([(2, 2), (3, 1), (6, 2)], error.Problems.Select(p => (p.LineNumber, p.ColumnNumber)));
        Assert.All(error.Problems, p => Assert.StartsWith("caractère inattendu après un guillemet fermant", p.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("simple", "simple")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("dit \"oui\"", "\"dit \"\"oui\"\"\"")]
    public void Fields_are_escaped_when_needed(string value, string expected) => Assert.Equal(expected, CsvReader.Escape(value));

    [Theory]
    [InlineData("a;b")]
    [InlineData(" espace ")]
    [InlineData("ligne 1\r\nligne 2")]
    [InlineData("\"")]
    public void An_escaped_field_reads_back_as_it_was(string value)
    {
        var records = Read("a,b\n" + CsvReader.Escape(value) + ",x\n");
        Assert.Equal([value, "x"], records[1].Fields);
    }
}
