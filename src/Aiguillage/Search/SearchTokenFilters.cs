using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace Aiguillage.Search;

/// <summary>Lower case without ICU: ASCII letters in place, the rest (rare once accents are folded) one char at a time.</summary>
internal sealed class InvariantLowerCaseFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public InvariantLowerCaseFilter(TokenStream input)
        : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++)
        {
            var c = buffer[i];
            buffer[i] = c < 128 ? (char)(c is >= 'A' and <= 'Z' ? c | 0x20 : c) : char.ToLowerInvariant(c);
        }

        return true;
    }
}

/// <summary>Adds each term that passes to a set, copying it only the first time it is seen.</summary>
internal sealed class VocabularyFilter : TokenFilter
{
    private readonly CharArraySet _words;
    private readonly ICharTermAttribute _term;

    public VocabularyFilter(TokenStream input, CharArraySet words)
        : base(input)
    {
        _words = words;
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (!_words.Contains(_term.Buffer, 0, _term.Length))
        {
            _words.Add(_term.ToString());
        }

        return true;
    }
}
