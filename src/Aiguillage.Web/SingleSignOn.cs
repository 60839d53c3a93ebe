using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Aiguillage.Web;

/// <summary>
/// Optional OpenID Connect sign-in (a State or regional single sign-on), configured by the Authentication:OpenIdConnect
/// section; without an Authority the site offers password sign-in only. The client secret comes from the environment
/// (Authentication__OpenIdConnect__ClientSecret), never from a file in the repository.
/// </summary>
public sealed class SingleSignOnOptions
{
    public const string Section = "Authentication:OpenIdConnect";

    public const string Scheme = "oidc";

    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The provider's name on the button, in French: "Se connecter avec …".</summary>
    public string DisplayName { get; set; } = "la connexion unique";

    /// <summary>Only a test provider on loopback may turn this off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority);

    public IReadOnlyList<string> Problems()
    {
        if (!IsConfigured)
        {
            return [];
        }

        var problems = new List<string>();
        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority) || (authority.Scheme != Uri.UriSchemeHttps && RequireHttpsMetadata))
        {
            problems.Add($"{Section}:Authority : « {Authority} » n'est pas une adresse https://.");
        }

        if (string.IsNullOrWhiteSpace(ClientId))
        {
            problems.Add($"{Section}:ClientId est requis quand Authority est donné.");
        }

        return problems;
    }
}

internal static class SingleSignOn
{
    /// <summary>Adds the OpenID Connect handler when the settings name a provider; returns the settings (also registered).</summary>
    public static SingleSignOnOptions AddSingleSignOn(this AuthenticationBuilder authentication, IConfiguration configuration)
    {
        var options = configuration.GetSection(SingleSignOnOptions.Section).Get<SingleSignOnOptions>() ?? new SingleSignOnOptions();
        if (options.Problems() is { Count: > 0 } problems)
        {
            throw new InvalidOperationException("Réglages de la connexion unique invalides : " + string.Join(" ", problems));
        }

        authentication.Services.AddSingleton(options);
        if (options.IsConfigured)
        {
            authentication.AddOpenIdConnect(SingleSignOnOptions.Scheme, options.DisplayName, o =>
            {
                o.SignInScheme = IdentityConstants.ExternalScheme;
                o.Authority = options.Authority;
                o.ClientId = options.ClientId;
                o.ClientSecret = options.ClientSecret;
                o.RequireHttpsMetadata = options.RequireHttpsMetadata;
                o.ResponseType = "code";
                o.UsePkce = true;
                o.MapInboundClaims = false;
                o.CallbackPath = "/compte/connexion-unique/retour";
                o.Scope.Clear();
                o.Scope.Add("openid");
                o.Scope.Add("email");
                o.SaveTokens = false;
                // Secure over HTTPS, as everything in production (HSTS); over plain HTTP (development, tests) they must still come back.
                o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            });
        }

        return options;
    }
}
