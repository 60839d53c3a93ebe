using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Aiguillage.Mail;
using MimeKit;
using SmtpServer;
using SmtpServer.IO;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Aiguillage.IntegrationTests;

/// <summary>
/// A real SMTP server on 127.0.0.1 and a free port (the SmtpServer package), keeping every message it accepts. Tests
/// stop it to play an outage and start it again on the same port. Free of xUnit, so the benchmarks link this file too.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> _received = new();
    private CancellationTokenSource? _stop;
    private Task? _running;

    private SmtpSink(int port) => Port = port;

    public int Port { get; }

    public bool Running => _running is not null;

    /// <summary>Every message accepted since the start, in the order received.</summary>
    public IReadOnlyList<MimeMessage> Received => [.. _received];

    /// <summary>Starts a server on a port nobody uses.</summary>
    public static async Task<SmtpSink> StartAsync()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var sink = new SmtpSink(port);
        await sink.StartAgainAsync();
        return sink;
    }

    /// <summary>Settings that send to this server, without TLS.</summary>
    public MailOptions Options(int batchSize = 50, int maxAttempts = 8) => new()
    {
        Mode = "smtp",
        Host = "127.0.0.1",
        Port = Port,
        Security = "aucune",
        FromAddress = "ne-pas-repondre@aiguillage.test",
        BatchSize = batchSize,
        MaxAttempts = maxAttempts,
    };

    /// <summary>Starts (again) on the same port, and returns once it accepts connections.</summary>
    public async Task StartAgainAsync()
    {
        if (_running is not null)
        {
            return;
        }

        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(_received));
        services.Add(new NoDelayListenerFactory());
        _stop = new CancellationTokenSource();
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
        }
    }

    /// <summary>Stops listening and cuts the open sessions, as a server that goes down does.</summary>
    public async Task StopAsync()
    {
        if (_running is null)
        {
            return;
        }

        await _stop!.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // the normal end of a cancelled server.
        }

        _stop.Dispose();
        _running = null;
    }

    /// <summary>Waits until at least <paramref name="count"/> messages arrived, for at most <paramref name="limit"/>.</summary>
    public async Task<bool> WaitForAsync(int count, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (_received.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        return _received.Count >= count;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    /// <summary>
    /// The package's listener leaves Nagle's algorithm on: its replies to a pipelined MAIL FROM + RCPT TO then wait for the
    /// client's delayed acknowledgement, some 40 ms a mail on Linux, which would make the benchmark measure the test server.
    /// </summary>
    private sealed class NoDelayListenerFactory : IEndpointListenerFactory
    {
        public IEndpointListener CreateListener(IEndpointDefinition endpointDefinition)
        {
            var listener = new TcpListener(endpointDefinition.Endpoint);
            listener.Start();
            return new Listener(listener);
        }

        private sealed class Listener(TcpListener listener) : IEndpointListener
        {
            public async Task<ISecurableDuplexPipe> GetPipeAsync(ISessionContext context, CancellationToken cancellationToken)
            {
                var client = await listener.AcceptTcpClientAsync(cancellationToken);
                client.NoDelay = true;
                context.Properties.Add(EndpointListener.RemoteEndPointKey, client.Client.RemoteEndPoint);
                return new Pipe(client);
            }

            public void Dispose() => listener.Stop();
        }

        /// <summary>A plain TCP pipe (the package's own is internal); the tests use no TLS.</summary>
        private sealed class Pipe(TcpClient client) : ISecurableDuplexPipe
        {
            public PipeReader Input { get; } = PipeReader.Create(client.GetStream());

            public PipeWriter Output { get; } = PipeWriter.Create(client.GetStream());

            public bool IsSecure => false;

            public SslProtocols SslProtocol => SslProtocols.None;

            public Task UpgradeAsync(X509Certificate certificate, SslProtocols protocols, CancellationToken cancellationToken = default) =>
                throw new NotSupportedException("Le serveur de test ne fait pas de TLS.");

            public void Dispose() => client.Dispose();
        }
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
