using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;

namespace Aiguillage.Search;

/// <summary>
/// The curated synonyms (<see cref="Synonyms"/>) as a token filter: at each word, the longest variant that starts there
/// is recognised and its group's key is added after the first word (keepOriginal, for documents) or replaces the
/// variant's words (for queries), typed <see cref="SynonymFilter.TYPE_SYNONYM"/> and spanning the variant's offsets, as
/// Lucene's SynonymFilter does (a test compares the two). Lucene's filter copies every token's attributes into new
/// objects while it looks ahead, which made it a third of an index build; here only a word that starts a variant is
/// looked ahead from, into reused buffers.
/// </summary>
internal sealed class SynonymKeyFilter : TokenFilter
{
    private readonly SynonymTable _table;
    private readonly bool _keepOriginal;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IPositionLengthAttribute _length;
    private readonly ITypeAttribute _type;

    // Tokens read ahead and not yet given out, from _head on: words still to be matched, preceded (for documents) by the
    // key and the other words of a variant just recognised. Slots are reused, so a long text allocates nothing here.
    private readonly List<Slot> _queue = [];
    private readonly Stack<Slot> _free = new();
    private readonly Slot _first = new();
    private int _head;
    private bool _inputEnded;

    public SynonymKeyFilter(TokenStream input, SynonymTable table, bool keepOriginal)
        : base(input)
    {
        _table = table;
        _keepOriginal = keepOriginal;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _length = AddAttribute<IPositionLengthAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    private enum SlotKind
    {
        /// <summary>A word read ahead that may still start a variant.</summary>
        Word,

        /// <summary>A word inside a variant already recognised: given out as it is.</summary>
        Inside,

        /// <summary>The key of a variant recognised, stacked on its first word.</summary>
        Key,
    }

    public override bool IncrementToken()
    {
        if (_head < _queue.Count)
        {
            var slot = _queue[_head++];
            Compact();
            Load(slot);
            _free.Push(slot);
            if (slot.Kind != SlotKind.Word)
            {
                return true;
            }
        }
        else if (_inputEnded || !m_input.IncrementToken())
        {
            _inputEnded = true;
            return false;
        }

        var candidates = _table.StartingWith(_term.Buffer.AsSpan(0, _term.Length));
        if (candidates.Length == 0)
        {
            return true;
        }

        Save(_first, SlotKind.Word);
        foreach (var (words, key) in candidates)
        {
            if (!Matches(words))
            {
                continue;
            }

            var end = words.Length == 1 ? _first.End : _queue[_head + words.Length - 2].End;
            if (_keepOriginal)
            {
                // The first word now, then its key, then the variant's other words (never a variant's start themselves).
                for (var i = 0; i < words.Length - 1; i++)
                {
                    _queue[_head + i].Kind = SlotKind.Inside;
                }

                var keySlot = Rent();
                keySlot.Set(SlotKind.Key, key, _first.Start, end, increment: 0, SynonymFilter.TYPE_SYNONYM, words.Length);
                _queue.Insert(_head, keySlot);
                Load(_first);
            }
            else
            {
                for (var i = 0; i < words.Length - 1; i++)
                {
                    _free.Push(_queue[_head++]);
                }

                Compact();
                Load(_first);
                _term.SetEmpty().Append(key);
                _offset.SetOffset(_first.Start, end);
                _length.PositionLength = words.Length;
                _type.Type = SynonymFilter.TYPE_SYNONYM;
            }

            return true;
        }

        Load(_first);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        while (_head < _queue.Count)
        {
            _free.Push(_queue[_head++]);
        }

        Compact();
        _inputEnded = false;
    }

    /// <summary>Empties the queue once every slot in it has been given out (they are back in _free).</summary>
    private void Compact()
    {
        if (_head == _queue.Count)
        {
            _queue.Clear();
            _head = 0;
        }
    }

    /// <summary>Whether the words read ahead continue the variant (reading more from the input as needed).</summary>
    private bool Matches(string[] words)
    {
        for (var i = 1; i < words.Length; i++)
        {
            if (_head + i - 1 == _queue.Count)
            {
                if (_inputEnded || !m_input.IncrementToken())
                {
                    _inputEnded = true;
                    return false;
                }

                var slot = Rent();
                Save(slot, SlotKind.Word);
                _queue.Add(slot);
            }

            if (!_queue[_head + i - 1].Term.AsSpan(0, _queue[_head + i - 1].TermLength).SequenceEqual(words[i]))
            {
                return false;
            }
        }

        return true;
    }

    private Slot Rent() => _free.Count > 0 ? _free.Pop() : new Slot();

    private void Save(Slot slot, SlotKind kind)
    {
        slot.Set(kind, _term.Buffer.AsSpan(0, _term.Length), _offset.StartOffset, _offset.EndOffset, _increment.PositionIncrement, _type.Type, 1);
    }

    /// <summary>Makes a slot the current token: the attributes the tokenizer sets, everything else at its default.</summary>
    private void Load(Slot slot)
    {
        ClearAttributes();
        _term.CopyBuffer(slot.Term, 0, slot.TermLength);
        _offset.SetOffset(slot.Start, slot.End);
        _increment.PositionIncrement = slot.Increment;
        _length.PositionLength = slot.Words;
        _type.Type = slot.Type;
    }

    private sealed class Slot
    {
        public SlotKind Kind { get; set; }

        public char[] Term { get; private set; } = new char[16];

        public int TermLength { get; private set; }

        public int Start { get; private set; }

        public int End { get; private set; }

        public int Increment { get; private set; }

        public string Type { get; private set; } = "";

        public int Words { get; private set; }

        public void Set(SlotKind kind, ReadOnlySpan<char> term, int start, int end, int increment, string type, int words)
        {
            if (Term.Length < term.Length)
            {
                Term = new char[term.Length * 2];
            }

            term.CopyTo(Term);
            (Kind, TermLength, Start, End, Increment, Type, Words) = (kind, term.Length, start, end, increment, type, words);
        }
    }
}

/// <summary>The variants of <see cref="Synonyms"/> as folded words, by first word, the longest first.</summary>
internal sealed class SynonymTable
{
    private readonly Dictionary<string, (string[] Words, string Key)[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;

    public SynonymTable(IEnumerable<(string[] Words, string Key)> variants) =>
        _byFirstWord = variants
            .Where(v => v.Words.Length > 0)
            .DistinctBy(v => string.Join(' ', v.Words))
            .GroupBy(v => v.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(v => v.Words.Length).ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    public (string[] Words, string Key)[] StartingWith(ReadOnlySpan<char> word) =>
        _byFirstWord.TryGetValue(word, out var variants) ? variants : [];
}
