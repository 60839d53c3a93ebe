using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Aiguillage.IntegrationTests;

/// <summary>
/// A small OpenID Connect provider on loopback (discovery, keys, authorisation code with PKCE, token), standing for a State or
/// regional single sign-on, which the tests cannot reach. It signs in whoever the test says, with the claims the test gives.
/// Our site talks to it over real HTTP with the real ASP.NET Core handler.
/// </summary>
public sealed class OpenIdProvider : IAsyncDisposable
{
    public const string ClientId = "aiguillage-essai";
    public const string ClientSecret = "secret-d-essai";

    private readonly WebApplication _app;
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "cle-essai" };
    private readonly ConcurrentDictionary<string, (string Nonce, string Challenge, Person Person)> _codes = new();

    private OpenIdProvider(WebApplication app) => _app = app;

    /// <summary>Who the next sign-in is, as the provider tells it.</summary>
    public sealed record Person(string Subject, string? Email, bool EmailVerified);

    public Person Next { get; set; } = new("sujet-1", "personne@example.org", true);

    public string Authority { get; private set; } = "";

    public static async Task<OpenIdProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var provider = new OpenIdProvider(app);
        provider.Map();
        await app.StartAsync();
        provider.Authority = app.Urls.First();
        return provider;
    }

    private void Map()
    {
        _app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Authority,
            ["authorization_endpoint"] = Authority + "/authorize",
            ["token_endpoint"] = Authority + "/token",
            ["jwks_uri"] = Authority + "/jwks",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
        }));
        _app.MapGet("/jwks", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(_key);
            return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", alg = "RS256", kid = jwk.Kid, n = jwk.N, e = jwk.E } } });
        });
        _app.MapGet("/authorize", (HttpRequest request) =>
        {
            var q = request.Query;
            if (q["client_id"] != ClientId || q["response_type"] != "code" || q["code_challenge_method"] != "S256")
            {
                return Results.BadRequest("demande invalide");
            }

            var code = Guid.NewGuid().ToString("N");
            _codes[code] = (q["nonce"].ToString(), q["code_challenge"].ToString(), Next);
            return Results.Redirect($"{q["redirect_uri"]}?code={code}&state={Uri.EscapeDataString(q["state"].ToString())}");
        });
        _app.MapPost("/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            var basic = request.Headers.Authorization.ToString();
            var secretOk = form["client_secret"] == ClientSecret
                || basic == "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{ClientId}:{ClientSecret}"));
            if (!secretOk || !_codes.TryRemove(form["code"].ToString(), out var grant))
            {
                return Results.BadRequest(new { error = "invalid_grant" });
            }

            var verifier = form["code_verifier"].ToString();
            if (Base64UrlEncoder.Encode(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(verifier))) != grant.Challenge)
            {
                return Results.BadRequest(new { error = "invalid_grant", error_description = "PKCE" });
            }

            var claims = new Dictionary<string, object> { ["sub"] = grant.Person.Subject, ["nonce"] = grant.Nonce };
            if (grant.Person.Email is { } email)
            {
                claims["email"] = email;
                claims["email_verified"] = grant.Person.EmailVerified;
            }

            var now = DateTime.UtcNow;
            var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = Authority,
                Audience = ClientId,
                IssuedAt = now,
                NotBefore = now,
                Expires = now.AddMinutes(5),
                Claims = claims,
                SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
            });
            return Results.Json(new { access_token = Guid.NewGuid().ToString("N"), token_type = "Bearer", expires_in = 300, id_token = idToken });
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _key.Rsa?.Dispose();
    }
}
