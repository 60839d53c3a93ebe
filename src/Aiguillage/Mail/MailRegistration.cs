using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Aiguillage.Mail;

public static class MailRegistration
{
    /// <summary>
    /// Checks the settings (a <see cref="MailSettingsException"/> in French otherwise) and registers the transport they
    /// choose, <see cref="SendQueuedMails"/> and <see cref="ReportMailQueue"/>. A relative files folder is taken from
    /// <paramref name="contentRoot"/>. Hosts call this beside AddAiguillageUseCases.
    /// </summary>
    public static IServiceCollection AddAiguillageMail(this IServiceCollection services, MailOptions options, string contentRoot)
    {
        options.Validate();
        services.AddSingleton(options);
        services.AddSingleton<IMailTransport>(options.TransportMode == MailMode.Smtp
            ? new SmtpMailTransport(options)
            : new FileMailTransport(Path.GetFullPath(Path.Combine(contentRoot, options.Directory))));
        services.AddScoped(s => new SendQueuedMails(
            s.GetRequiredService<Data.AppDbContext>(),
            s.GetRequiredService<IMailTransport>(),
            options,
            s.GetRequiredService<TimeProvider>(),
            s.GetService<ILogger<SendQueuedMails>>()));
        services.AddScoped<ReportMailQueue>();
        return services;
    }
}
