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
        Assert.Equal(["1", "2,5"], records[1].Fields);
    }

    [Fact]
    public void Blank_lines_are_skipped_and_line_numbers_stay_true()
    {
        var records = Read("a,b\n\n1,2\n");
        Assert.Equal(3, records[1].LineNumber);
    }

    [Fact]
    public void An_unclosed_quote_is_reported_with_its_line()
    {
        var error = Assert.Throws<CsvFormatException>(() => Read("a,b\n1,2\n3,\"quatre\n"));
        Assert.Equal(3, error.LineNumber);
        Assert.Contains("guillemet", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("simple", "simple")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("dit \"oui\"", "\"dit \"\"oui\"\"\"")]
    public void Fields_are_escaped_when_needed(string value, string expected) => Assert.Equal(expected, CsvReader.Escape(value));
}
