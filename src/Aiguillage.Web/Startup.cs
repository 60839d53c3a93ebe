using Aiguillage.Data;
using Aiguillage.Mail;
using Microsoft.Extensions.Configuration.Json;

namespace Aiguillage.Web;

internal static class Startup
{
    /// <summary>Development and tests: migrate, import the territories and load the seed into an empty database.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var initialize = scope.ServiceProvider.GetRequiredService<InitializeDatabase>();
        var directory = app.Configuration["Territories:DataDirectory"] ?? InitializeDatabase.DefaultTerritoryDataDirectory;
        await initialize.HandleAsync(directory);
    }

    /// <summary>The "Mail" settings; the password is refused from a settings file, where it would end up in the repository.</summary>
    public static MailOptions ReadMailOptions(this WebApplicationBuilder builder)
    {
        var key = $"{MailOptions.Section}:{nameof(MailOptions.Password)}";
        if (((IConfigurationRoot)builder.Configuration).Providers.OfType<JsonConfigurationProvider>()
            .Any(provider => provider.TryGet(key, out var value) && !string.IsNullOrEmpty(value)))
        {
            throw new MailSettingsException($"{key} ne se met pas dans un fichier de réglages : donnez-le par la variable d'environnement Mail__Password.");
        }

        return builder.Configuration.GetSection(MailOptions.Section).Get<MailOptions>() ?? new MailOptions();
    }

    /// <summary>
    /// API routes answer errors with ProblemDetails; pages re-execute the French error page. Neither leaks a stack trace.
    /// </summary>
    public static void UseSiteAndApiErrors(this WebApplication app)
    {
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), site =>
        {
            site.UseExceptionHandler("/Erreur");
            site.UseStatusCodePagesWithReExecute("/Erreur", "?code={0}");
        });
    }

    public static void UseSecurityHeaders(this WebApplication app)
    {
        // The map's tiles are the only images from elsewhere, and only from the configured tile server.
        var tiles = app.Configuration.GetSection(MapOptions.Section).Get<MapOptions>()?.TileOrigin;
        var images = tiles is null ? "img-src 'self' data:" : $"img-src 'self' data: {tiles}";
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.ContentSecurityPolicy = $"default-src 'self'; {images}; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
            await next();
        });
    }

    private static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/health");
}
