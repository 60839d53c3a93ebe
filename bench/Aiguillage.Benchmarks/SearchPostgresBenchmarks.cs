using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Aiguillage.Catalogue;
using Aiguillage.Search;
using BenchmarkDotNet.Attributes;
using Npgsql;
using NpgsqlTypes;

namespace Aiguillage.Benchmarks;

/// <summary>
/// The same searches on the same corpus through what a team would pick instead of Lucene (ADR 005): PostgreSQL full-text
/// search, a tsvector generated with the 'french' configuration (name A, structure · networks · places B, types and
/// description C, as the Lucene weights 3 / 1.5 / 1) under a GIN index, queried with websearch_to_tsquery, ranked by
/// ts_rank with the same tie-break, with the exact total, and the département filter as an array overlap (GIN too).
/// The setup writes to the log, for each query, the top-10 overlap with Lucene's and both totals.
/// Needs <see cref="ConnectionVariable"/>; the table of each size is loaded once and kept while the corpus is the same.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SearchLatencyConfig))]
public class SearchPostgresBenchmarks : IDisposable
{
    public const string ConnectionVariable = "AIGUILLAGE_BENCH_POSTGRES";

    public const string Missing =
        $"{ConnectionVariable} n'est pas définie : la comparaison avec PostgreSQL demande une chaîne de connexion Npgsql vers une base " +
        "jetable où créer des tables, par exemple Host=127.0.0.1;Port=55499;Database=recherche;Username=bench;Password=bench.";

    private static SyntheticCatalog? _synthetic;
    private NpgsqlConnection _connection = null!;
    private NpgsqlCommand _everywhere = null!;
    private NpgsqlCommand _inDepartement = null!;

    [Params(10_000, 100_000)]
    public int Offers { get; set; }

    [ParamsSource(nameof(QueryValues))]
    public string Query { get; set; } = "";

    public static IEnumerable<string> QueryValues => SearchCorpus.Queries;

    private string Table => $"recherche_{Offers}";

    [GlobalSetup(Target = nameof(Search))]
    public void SetupEverywhere() => Setup(territory: null);

    [GlobalSetup(Target = nameof(SearchInDepartement))]
    public void SetupInDepartement() => Setup(territory: SearchCorpus.Departement);

    /// <summary>websearch_to_tsquery, ts_rank, the first 20 and the total: what the search page needs.</summary>
    [Benchmark(Description = "Rechercher (page de 20)")]
    public int Search() => Run(_everywhere, Query, null).Hits.Count;

    /// <summary>The same search restricted to the documents available in a département.</summary>
    [Benchmark(Description = "Rechercher dans un département")]
    public int SearchInDepartement() => Run(_inDepartement, Query, SearchCorpus.Departement).Hits.Count;

    [GlobalCleanup]
    public void Dispose()
    {
        _everywhere?.Dispose();
        _inDepartement?.Dispose();
        _connection?.Dispose();
        GC.SuppressFinalize(this);
    }

    private void Setup(string? territory)
    {
        var connectionString = Environment.GetEnvironmentVariable(ConnectionVariable) ?? throw new InvalidOperationException(Missing);
        _synthetic ??= new SyntheticCatalog();
        var (catalog, index) = SearchBenchmarks.LuceneIndex(_synthetic, Offers);
        _connection = new NpgsqlConnection(connectionString);
        _connection.Open();
        Load(catalog);

        // One connection and prepared statements: PostgreSQL's best case for one client, as Lucene runs in the process.
        _everywhere = Prepare(departement: false);
        _inDepartement = Prepare(departement: true);

        var lucene = SearchCatalog.Search(catalog, index, new SearchQuery(Query, territory is null ? null : "departement:" + territory, Size: 10));
        var postgres = Run(territory is null ? _everywhere : _inDepartement, Query, territory, size: 10);
        var common = lucene.Items.Select(i => (i.Kind, i.Id)).Intersect(postgres.Hits).Count();
        Console.WriteLine(
            $"// « {Query} »{(territory is null ? "" : $" dans le département {territory}")}, {Offers} offres : " +
            $"{common}/10 des 10 premiers en commun avec Lucene ; total PostgreSQL {postgres.Total}, Lucene {lucene.Total}");
    }

    private NpgsqlCommand Prepare(bool departement)
    {
        var command = new NpgsqlCommand(
            $"""
            SELECT kind, id, count(*) OVER () AS total
            FROM {Table}, websearch_to_tsquery('french', @text) AS query
            WHERE document @@ query{(departement ? " AND departements && ARRAY['FR', @departement]" : "")}
            ORDER BY ts_rank(document, query) DESC, kind, name, id
            LIMIT @size
            """,
            _connection);
        command.Parameters.Add(new NpgsqlParameter("text", NpgsqlDbType.Text));
        command.Parameters.Add(new NpgsqlParameter("size", NpgsqlDbType.Integer));
        if (departement)
        {
            command.Parameters.Add(new NpgsqlParameter("departement", NpgsqlDbType.Text));
        }

        command.Prepare();
        return command;
    }

    private static (List<(string Kind, int Id)> Hits, long Total) Run(NpgsqlCommand command, string text, string? departement, int size = 20)
    {
        command.Parameters["text"].Value = text;
        command.Parameters["size"].Value = size;
        if (departement is not null)
        {
            command.Parameters["departement"].Value = departement;
        }

        var hits = new List<(string, int)>(size);
        long total = 0;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hits.Add((reader.GetString(0), reader.GetInt32(1)));
            total = reader.GetInt64(2);
        }

        return (hits, total);
    }

    /// <summary>
    /// (Re)creates the table of this size unless it already holds this corpus (its fingerprint is the table's comment):
    /// the same documents as the Lucene index, and for each the départements where it is available ("FR" when nationwide),
    /// by the annuaire's rule.
    /// </summary>
    private void Load(CatalogueSnapshot browse)
    {
        var documents = SearchDocument.From(browse, SearchCorpus.Taxonomy);
        var rows = documents.Select(d => (Document: d, Departements: Departements(browse, d))).ToList();
        var fingerprint = Fingerprint(rows);
        using (var comment = new NpgsqlCommand($"SELECT obj_description(to_regclass('{Table}'), 'pg_class')", _connection))
        {
            if (comment.ExecuteScalar() as string == fingerprint)
            {
                return;
            }
        }

        var clock = Stopwatch.StartNew();
        Execute(
            $"""
            DROP TABLE IF EXISTS {Table};
            CREATE TABLE {Table} (
                kind text NOT NULL, id integer NOT NULL, name text NOT NULL, context text NOT NULL, places text NOT NULL,
                description text NOT NULL, departements text[] NOT NULL,
                document tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('french', name), 'A')
                    || setweight(to_tsvector('french', context || ' ' || places), 'B')
                    || setweight(to_tsvector('french', description), 'C')) STORED,
                PRIMARY KEY (kind, id));
            """);
        using (var import = _connection.BeginBinaryImport($"COPY {Table} (kind, id, name, context, places, description, departements) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (document, departements) in rows)
            {
                import.StartRow();
                import.Write(document.Kind, NpgsqlDbType.Text);
                import.Write(document.Id, NpgsqlDbType.Integer);
                import.Write(document.Name, NpgsqlDbType.Text);
                import.Write(string.Join(" · ", new[] { document.StructureName, document.Networks }.Where(t => t.Length > 0)), NpgsqlDbType.Text);
                import.Write(document.Places, NpgsqlDbType.Text);
                import.Write(document.Labels + " · " + document.Description, NpgsqlDbType.Text);
                import.Write(departements, NpgsqlDbType.Array | NpgsqlDbType.Text);
            }

            import.Complete();
        }

        var loaded = clock.Elapsed;
        Execute($"CREATE INDEX ON {Table} USING gin (document); CREATE INDEX ON {Table} USING gin (departements); ANALYZE {Table};");
        Execute($"COMMENT ON TABLE {Table} IS '{fingerprint}'");
        Console.WriteLine($"// table {Table} : {rows.Count} documents chargés en {loaded.TotalSeconds:F1} s, index GIN en {(clock.Elapsed - loaded).TotalSeconds:F1} s");
    }

    /// <summary>Where a document is available, by département: an offer's footprint; a structure's address and offers.</summary>
    private static string[] Departements(CatalogueSnapshot browse, SearchDocument document)
    {
        var offers = document.Offer is { } offer ? [offer] : browse.OffersOf(document.Structure!).ToList();
        var departements = offers.SelectMany(o => o.Footprint.Departements)
            .Concat(offers.Any(o => o.Footprint.National) ? ["FR"] : [])
            .Concat(document.Offer is null && document.Structure!.DepartementCode is { } own ? [own] : []);
        return departements.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    private static string Fingerprint(IEnumerable<(SearchDocument Document, string[] Departements)> rows)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (d, departements) in rows)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{d.Kind}|{d.Id}|{d.Name}|{d.Details}|{d.Description}|{string.Join(',', departements)}\n"));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private void Execute(string sql)
    {
        using var command = new NpgsqlCommand(sql, _connection) { CommandTimeout = 600 };
        command.ExecuteNonQuery();
    }
}
