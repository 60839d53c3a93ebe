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

            // The error page reads the status from the re-execution itself (ErreurModel), never from the address.
            site.UseStatusCodePagesWithReExecute("/Erreur");
        });
    }

    /// <summary>
    /// Methods the site does not serve: TRACE and TRACK echo a request (cross-site tracing) and are refused with 405 on
    /// every route; HEAD is answered as GET without a body (Kestrel sends no body to a HEAD), so that the API, which maps
    /// GET only, answers it like the pages do.
    /// </summary>
    public static void UseHttpMethodRules(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            var method = context.Request.Method;
            if (HttpMethods.IsTrace(method) || string.Equals(method, "TRACK", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                context.Response.Headers.Allow = "GET, HEAD, POST";
                return;
            }

            if (HttpMethods.IsHead(method) && IsApi(context))
            {
                context.Request.Method = HttpMethods.Get;
            }

            await next();
        });

    /// <summary>
    /// Bidirectional control characters (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) reverse how text reads when a
    /// page or a message shows it back ("Trojan Source"). No field of ours needs them: they are taken out of the query string
    /// and of form values before anything reads them.
    /// </summary>
    public static void UseBidiControlStripping(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (request.QueryString.HasValue && InputText.HasBidiControl(Uri.UnescapeDataString(request.QueryString.Value!)))
            {
                var cleaned = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(request.QueryString.Value)
                    .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(InputText.WithoutBidiControls(p.Key), InputText.WithoutBidiControls(v ?? ""))));
                request.QueryString = QueryString.Create(cleaned);
            }

            if (request.HasFormContentType && !HttpMethods.IsGet(request.Method))
            {
                IFormCollection form;
                try
                {
                    form = await request.ReadFormAsync(context.RequestAborted);
                }
                catch (InvalidDataException)
                {
                    // A value with a NUL character, a form past the size limits: the request is malformed, not our error.
                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                    return;
                }

                if (form.Any(f => f.Value.Any(v => InputText.HasBidiControl(v))))
                {
                    var fields = form.ToDictionary(f => f.Key, f => new Microsoft.Extensions.Primitives.StringValues(f.Value.Select(v => InputText.WithoutBidiControls(v ?? "")).ToArray()));
                    context.Features.Set<Microsoft.AspNetCore.Http.Features.IFormFeature>(new Microsoft.AspNetCore.Http.Features.FormFeature(new FormCollection(fields, form.Files)));
                }
            }

            await next();
        });

    public static void UseSecurityHeaders(this WebApplication app)
    {
        // The map's tiles are the only images from elsewhere, and only from the configured tile server.
        var tiles = app.Configuration.GetSection(MapOptions.Section).Get<MapOptions>()?.TileOrigin;
        var images = tiles is null ? "img-src 'self' data:" : $"img-src 'self' data: {tiles}";

        // Only the embedded questionnaire may be framed, and only by the partners' origins (ADR 019); read once, checked at start.
        var embedAncestors = Embed.FrameAncestors(app.Configuration);
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            var framable = Embed.IsFramable(context.Request.Path);
            headers.XContentTypeOptions = "nosniff";
            if (!framable)
            {
                // X-Frame-Options has no "these origins" value that browsers honour: the embed routes rely on frame-ancestors alone.
                headers.XFrameOptions = "DENY";
            }

            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.ContentSecurityPolicy = $"default-src 'self'; {images}; style-src 'self'; script-src 'self'; frame-ancestors {(framable ? embedAncestors : "'none'")}; base-uri 'self'; form-action 'self'";

            // No page uses the camera, the microphone, the position, payments or sensors: none may ask for them.
            headers["Permissions-Policy"] = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()";
            await next();
        });
    }

    private static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/health");
}
