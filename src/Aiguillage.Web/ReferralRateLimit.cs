using System.Threading.RateLimiting;

namespace Aiguillage.Web;

/// <summary>
/// The public request form and its API share one limit per client address (Referrals:RateLimit:PermitLimit requests per
/// Referrals:RateLimit:WindowMinutes), so nobody can flood a structure's mailbox; only POSTs count. The sign-in and
/// forgotten-password forms use the same limit, against password guessing and mail flooding. Reads of the public API and
/// of the results page have a wider limit of their own (RateLimits:Public). Beyond either: 429 with Retry-After, and a
/// French page or a ProblemDetails body.
/// </summary>
internal static class ReferralRateLimit
{
    public const string Policy = "mises-en-relation";

    public static IServiceCollection AddReferralRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("Referrals:RateLimit:PermitLimit", 5);
        var window = TimeSpan.FromMinutes(configuration.GetValue("Referrals:RateLimit:WindowMinutes", 10.0));
        var publicPermits = configuration.GetValue("RateLimits:Public:PermitLimit", 300);
        var publicWindow = TimeSpan.FromSeconds(configuration.GetValue("RateLimits:Public:WindowSeconds", 60.0));
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;

            // The public API and the results page (which records demand) take at most RateLimits:Public:PermitLimit
            // requests per client and window (300 a minute by default; 0 turns it off, for load tests): far above what a
            // person does, low enough that a loop cannot fill the database or take the site's two cores.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                publicPermits > 0 && IsPublicRead(context)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        "public|" + (context.Connection.RemoteIpAddress?.ToString() ?? "inconnu"),
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = publicPermits, Window = publicWindow, QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("sans-limite"));
            options.AddPolicy(Policy, context =>
                HttpMethods.IsPost(context.Request.Method)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "inconnu",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("lecture"));
            options.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
    }

    private static bool IsPublicRead(HttpContext context) =>
        !HttpMethods.IsPost(context.Request.Method)
        && (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/orientation/resultats")
            || context.Request.Path.StartsWithSegments("/integrer/orientation/resultats"));
}
