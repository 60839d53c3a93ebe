using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
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
    public const string Body = "body";
    public const string StructureName = "structure";
    public const string Networks = "networks";
    public const string Labels = "labels";
    public const string Places = "places";
    public const string Exact = "exact";
    public const string Zone = "zone";

    // Where a word is found says how much it tells: a name is the strongest sign, a description the weakest.
    public static readonly (string Field, float Boost)[] Weighted =
        [(Title, 3f), (StructureName, 1.5f), (Networks, 1.5f), (Places, 1.5f), (Labels, 1f), (Body, 1f)];

    /// <summary>Writes the documents, in order, into a new index in memory.</summary>
    public static LuceneDirectory Write(IReadOnlyList<SearchDocument> documents)
    {
        LuceneDirectory directory = new RAMDirectory();
        var analyzers = new Dictionary<string, Analyzer> { [Exact] = new ExactAnalyzer() };
        var config = new IndexWriterConfig(FrenchSearchAnalyzer.Version, new PerFieldAnalyzerWrapper(FrenchSearchAnalyzer.ForIndex(), analyzers))
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 64,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var ord = 0; ord < documents.Count; ord++)
            {
                writer.AddDocument(ToLucene(ord, documents[ord]));
            }

            writer.Commit();
        }

        return directory;
    }

    private static Document ToLucene(int ord, SearchDocument source)
    {
        Document document =
        [
        new NumericDocValuesField(Ord, ord),
        new TextField(Title, source.Name, Field.Store.NO),
        new TextField(Body, source.Description, Field.Store.NO),
        new TextField(StructureName, source.StructureName, Field.Store.NO),
        new TextField(Networks, source.Networks, Field.Store.NO),
        new TextField(Labels, source.Labels, Field.Store.NO),
        new TextField(Places, source.Places, Field.Store.NO),
        new TextField(Exact, source.Name + "\n" + source.Description + "\n" + source.Details, Field.Store.NO),
        ];
        foreach (var zone in source.Zones)
        {
            document.Add(new StringField(Zone, zone, Field.Store.NO));
        }

        return document;
    }
}
