using System.Threading.RateLimiting;

namespace Aiguillage.Web;

/// <summary>
/// The public request form and its API share one limit per client address (Referrals:RateLimit:PermitLimit requests per
/// Referrals:RateLimit:WindowMinutes), so nobody can flood a structure's mailbox; only POSTs count. The sign-in and
/// forgotten-password forms use the same limit, against password guessing and mail flooding. Beyond it: 429, with
/// a French page or a ProblemDetails body.
/// </summary>
internal static class ReferralRateLimit
{
    public const string Policy = "mises-en-relation";

    public static IServiceCollection AddReferralRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("Referrals:RateLimit:PermitLimit", 5);
        var window = TimeSpan.FromMinutes(configuration.GetValue("Referrals:RateLimit:WindowMinutes", 10.0));
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, context =>
                HttpMethods.IsPost(context.Request.Method)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "inconnu",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("lecture"));
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = ((int)window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
    }
}
