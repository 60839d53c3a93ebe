using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Aiguillage.Search;

/// <summary>The fields of the Lucene index, their weights, and how a <see cref="SearchDocument"/> is written into them.</summary>
internal static class SearchFields
{
    public const string Ord = "ord";
    public const string Title = "title";
    public const string StructureName = "structure";
    public const string Networks = "networks";
    public const string Labels = "labels";
    public const string Places = "places";
    public const string Body = "body";
    public const string Zone = "zone";

    // Where a word is found says how much it tells: a name is the strongest sign, a description the weakest. Merging the
    // short fields into one was measured: no faster once positions were dropped, and it reordered results (a territory
    // named in a long line weighs less), so each kind of text keeps its field.
    public static readonly (string Field, float Boost)[] Weighted =
        [(Title, 3f), (StructureName, 1.5f), (Networks, 1.5f), (Places, 1.5f), (Labels, 1f), (Body, 1f)];

    // Frequencies and lengths (norms) weigh the terms; positions would only serve phrase queries, which the search never
    // builds (multi-word synonyms become one key at analysis).
    private static readonly FieldType Text = Frozen(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        IsStored = false,
        IndexOptions = IndexOptions.DOCS_AND_FREQS,
    });

    // Zone keys are matched whole and only tell whether a document is there: no frequency, no length.
    private static readonly FieldType Keys = Frozen(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        IsStored = false,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    });

    /// <summary>Writes the documents, in order, into a new index in memory, and returns it with the words it contains.</summary>
    public static (LuceneDirectory Directory, SearchVocabulary Vocabulary) Write(IReadOnlyList<SearchDocument> documents)
    {
        LuceneDirectory directory = new RAMDirectory();
        var words = new CharArraySet(FrenchSearchAnalyzer.Version, 1 << 16, ignoreCase: false);
        var config = new IndexWriterConfig(FrenchSearchAnalyzer.Version, FrenchSearchAnalyzer.ForIndex(words))
        {
            OpenMode = OpenMode.CREATE,
            // One segment written once: no flush, merge or compound file to copy the postings again on the way.
            RAMBufferSizeMB = 512,
            UseCompoundFile = false,
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
        };

        // One set of fields, refilled for each document, as Lucene advises for bulk indexing.
        var ord = new NumericDocValuesField(Ord, 0);
        var title = new Field(Title, "", Text);
        var structureName = new Field(StructureName, "", Text);
        var networks = new Field(Networks, "", Text);
        var labels = new Field(Labels, "", Text);
        var places = new Field(Places, "", Text);
        var body = new Field(Body, "", Text);
        var zoneKeys = new KeyTokens();
        var zones = new Field(Zone, zoneKeys, Keys);
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < documents.Count; i++)
            {
                var source = documents[i];
                ord.SetInt64Value(i);
                title.SetStringValue(source.Name);
                structureName.SetStringValue(source.StructureName);
                networks.SetStringValue(source.Networks);
                labels.SetStringValue(source.Labels);
                places.SetStringValue(source.Places);
                body.SetStringValue(source.Description);
                zoneKeys.Keys = source.Zones;
                writer.AddDocument(new Document { ord, title, structureName, networks, labels, places, body, zones });
            }

            writer.Commit();
        }

        return (directory, new SearchVocabulary(words));
    }

    /// <summary>The zone keys of one document as tokens, one per key: one field instance instead of one per key.</summary>
    private sealed class KeyTokens : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private IEnumerator<string>? _next;

        public KeyTokens() => _term = AddAttribute<ICharTermAttribute>();

        public IReadOnlyCollection<string> Keys { get; set; } = [];

        public override void Reset()
        {
            base.Reset();
            _next = Keys.GetEnumerator();
        }

        public override bool IncrementToken()
        {
            ClearAttributes();
            if (_next is null || !_next.MoveNext())
            {
                return false;
            }

            _term.SetEmpty().Append(_next.Current);
            return true;
        }
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
