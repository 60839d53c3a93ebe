namespace Aiguillage.Web;

/// <summary>Text typed by someone, before anything reads it.</summary>
internal static class InputText
{
    /// <summary>Whether the text holds a bidirectional control character (embeddings, overrides, isolates, marks).</summary>
    public static bool HasBidiControl(string? text) => text is not null && text.AsSpan().IndexOfAny(BidiControls) >= 0;

    public static string WithoutBidiControls(string text) =>
        HasBidiControl(text) ? string.Concat(text.Where(c => !BidiControls.Contains(c))) : text;

    private static readonly System.Buffers.SearchValues<char> BidiControls = System.Buffers.SearchValues.Create(
        "\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");
}
