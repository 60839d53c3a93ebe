using System.Diagnostics;
using System.Globalization;
using Aiguillage.Data;
using Aiguillage.IntegrationTests;
using Aiguillage.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aiguillage.Benchmarks;

/// <summary>
/// A bounded measurement rather than a BenchmarkDotNet run: sending empties the queue, so each run queues its mails in a
/// new SQLite file, then times the sender (as the site runs it, batch after batch) until an SMTP server on 127.0.0.1 has
/// accepted every one. Three runs; the median is the figure kept in docs/benchmarks.md.
/// </summary>
internal static class MailThroughput
{
    public static async Task RunAsync(int count)
    {
        var times = new List<TimeSpan>();
        for (var run = 1; run <= 3; run++)
        {
            var elapsed = await RunOnceAsync(count);
            times.Add(elapsed);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"passage {run} : {count} courriels en {elapsed.TotalSeconds:0.00} s ({count / elapsed.TotalSeconds:0} courriels/s)"));
        }

        var median = times.Order().ElementAt(1);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"médiane : {median.TotalSeconds:0.00} s pour {count} courriels"));
    }

    private static async Task<TimeSpan> RunOnceAsync(int count)
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("aiguillage-bench-courriels-");
        try
        {
            await using var sink = await SmtpSink.StartAsync();
            var services = new ServiceCollection();
            services.AddAiguillageDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder.FullName, "courriels.db")}", folder.FullName);
            services.AddAiguillageUseCases();
            services.AddAiguillageMail(sink.Options(), folder.FullName);
            await using var provider = services.BuildServiceProvider();
            await QueueAsync(provider, count);

            var watch = Stopwatch.StartNew();
            MailSendReport report;
            do
            {
                await using var scope = provider.CreateAsyncScope();
                report = await scope.ServiceProvider.GetRequiredService<SendQueuedMails>().HandleAsync();
                if (report.Failed > 0)
                {
                    throw new InvalidOperationException($"{report.Failed} courriels en échec pendant la mesure.");
                }
            }
            while (report.Claimed > 0);

            if (!await sink.WaitForAsync(count, TimeSpan.FromSeconds(60)))
            {
                throw new InvalidOperationException($"Le serveur n'a reçu que {sink.Received.Count} courriels sur {count}.");
            }

            watch.Stop();
            return watch.Elapsed;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task QueueAsync(IServiceProvider provider, int count)
    {
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
        var now = DateTime.UtcNow;
        for (var i = 1; i <= count; i++)
        {
            // About the size of a real notification: a few paragraphs, a button, both bodies (some 2 KB of HTML).
            var content = new MailTemplate("mesure", $"Nouvelle demande de mise en relation n° {i}")
            {
                Greeting = "Bonjour,",
                Paragraphs =
                [
                    "L'association Élan rural, à Guéret (Creuse), souhaite être contactée par votre structure pour son projet de tiers-lieu.",
                    "Son message : « Nous cherchons un accompagnement pour le financement et la forme juridique de notre coopérative. »",
                    "Vous pouvez accepter ou décliner cette demande depuis votre espace.",
                ],
                Action = new MailAction("Voir la demande", new Uri($"https://aiguillage.example/demandes/{i}")),
            }.To($"structure-{i}@exemple.fr");
            MailOutbox.Enqueue(db, content, now);
        }

        await db.SaveChangesAsync();
    }
}
