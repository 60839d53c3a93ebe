using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Aiguillage;
using Aiguillage.Accounts;
using Aiguillage.Catalogue;
using Aiguillage.Data;
using Aiguillage.Mail;
using Aiguillage.OpenData;
using Aiguillage.Orientation;
using Aiguillage.Referrals;
using Aiguillage.Web;
using Aiguillage.Web.Api;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.WebEncoders;

var builder = WebApplication.CreateBuilder(args);

// No "Server: Kestrel" banner: it tells an attacker what to try and tells users nothing.
builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);

var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
builder.Services.AddAiguillageDatabase(
    database.Provider,
    builder.Configuration.GetConnectionString(DatabaseRegistration.ConnectionStringName),
    builder.Environment.ContentRootPath);
builder.Services.AddAiguillageUseCases();
// The name this instance holds its job leases under: the mail queue and the deadlines run on one instance at a time (ADR 018).
builder.Services.AddSingleton(LeaseHolder.New());
// Mails wait in the database and a background sender sends them (ADR 010); files under App_Data/courriels by default.
var mail = builder.ReadMailOptions();
builder.Services.AddAiguillageMail(mail, builder.Environment.ContentRootPath);
if (mail.Enabled)
{
    builder.Services.AddHostedService<MailSender>();
}

// Orientation answers are memoised per catalogue stamp and day; Orientation:CacheSize = 0 turns the memo off (ADR 004).
var orientationCacheSize = builder.Configuration.GetValue("Orientation:CacheSize", OrientationResultCache.DefaultCapacity);
builder.Services.AddSingleton(new OrientationResultCache(orientationCacheSize));
builder.Services.AddSingleton(new OrientationJsonCache(orientationCacheSize / 2));
builder.Services.AddRazorPages(o =>
{
    // The questionnaire embedded in partners' sites (ADR 019): the same pages under /integrer, with the embed layout.
    foreach (var (page, route) in new[] { ("Index", ""), ("Etape", "/etape"), ("Besoins", "/besoins"), ("Forme", "/forme"), ("Resultats", "/resultats") })
    {
        o.Conventions.AddPageRoute("/Orientation/" + page, "/integrer/orientation" + route);
    }
});
// French text is written as is in pages, not as numeric character references.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddHostedService<DemandWriter>();
// Every public page reads one snapshot of the catalogue, rebuilt in the background when the stamp or the day changes (ADR 008).
builder.Services.AddSingleton(builder.Configuration.GetSection(CatalogueOptions.Section).Get<CatalogueOptions>() ?? new CatalogueOptions());
builder.Services.AddHostedService<CatalogueRefresher>();
// Mises en relation: settings checked at start, deadlines run every hour, one rate limit for the form and the API.
var referralOptions = ReferralOptions.Read(builder.Configuration);
if (referralOptions.Problems() is { Count: > 0 } referralProblems)
{
    throw new InvalidOperationException("Réglages des mises en relation invalides : " + string.Join(" ", referralProblems));
}

builder.Services.AddSingleton(referralOptions);
builder.Services.AddHostedService<ReferralScheduler>();
// Open dumps (ADR 019): written every night into OpenData:DumpDirectory, listed and served by /donnees-ouvertes.
var openDump = builder.Configuration.GetSection(OpenDumpOptions.Section).Get<OpenDumpOptions>() ?? new OpenDumpOptions();
builder.Services.AddSingleton(openDump);
builder.Services.AddSingleton(new OpenDumpFolderPath(Path.GetFullPath(openDump.DumpDirectory, builder.Environment.ContentRootPath)));
if (openDump.NightlyDump)
{
    builder.Services.AddHostedService<OpenDumpScheduler>();
}
// Accounts (ADR 012): Identity on our database, cookies signed with keys kept in the database.
builder.Services.AddAiguillageAccounts().AddSignInManager();
var authentication = builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme);
authentication.AddIdentityCookies();
// Optional single sign-on (OpenID Connect) when Authentication:OpenIdConnect:Authority is set.
authentication.AddSingleSignOn(builder.Configuration);
builder.Services.ConfigureApplicationCookie(o =>
{
    o.LoginPath = "/compte/connexion";
    o.LogoutPath = "/compte/deconnexion";
    o.AccessDeniedPath = "/compte/acces-refuse";
    o.Cookie.Name = "aiguillage.compte";
    o.Cookie.HttpOnly = true;
    o.Cookie.SameSite = SameSiteMode.Lax;
    o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    o.ExpireTimeSpan = TimeSpan.FromHours(8);
    o.SlidingExpiration = true;
});
builder.Services.AddAuthorization();
builder.Services.Configure<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>(o =>
{
    o.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
    foreach (var proxy in builder.Configuration.GetSection("Proxy:KnownProxies").Get<string[]>() ?? [])
    {
        o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
    }
});
builder.Services.AddReferralRateLimit(builder.Configuration);
builder.Services.Configure<MapOptions>(builder.Configuration.GetSection(MapOptions.Section));
builder.Services.AddProblemDetails(ApiProblems.Customize);
builder.Services.AddOpenApi("v1", OpenApiDocumentInfo.Configure);
builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("base-de-donnees", tags: ["ready"]);
builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
    o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
});

var app = builder.Build();

if (database.InitializeOnStartup)
{
    await app.InitializeDatabaseAsync();
}

// Behind nginx (deploy/): the client's address and scheme come from the proxy's headers, trusted only from the proxies
// listed in Proxy:KnownProxies (loopback by default), so that a client cannot claim another address or HTTPS.
app.UseForwardedHeaders();
app.UseSiteAndApiErrors();
if (!app.Environment.IsDevelopment())
{
    // Browsers that reached the site over HTTPS keep to HTTPS (the header is only sent on HTTPS responses).
    app.UseHsts();
}

if (app.Environment.IsProduction())
{
    // Behind the proxy the scheme is the forwarded one: a request that reached nginx over plain HTTP is sent to HTTPS.
    app.UseHttpsRedirection();
}

app.UseSecurityHeaders();
app.UseHttpMethodRules();
app.UseBidiControlStripping();
// The offline base map's outlines (wwwroot/geo, ADR 020) are .geojson files, which the default provider does not serve.
var contentTypes = new Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider();
contentTypes.Mappings[".geojson"] = "application/geo+json";
app.UseStaticFiles(new StaticFileOptions { ContentTypeProvider = contentTypes });
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapOpenApi("/openapi/{documentName}.json");
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
app.MapTerritoriesApi();
app.MapTaxonomyApi();
app.MapStructuresApi();
app.MapOffersApi();
app.MapOrientationApi();
app.MapMapApi();
app.MapDiagnosisApi();
app.MapStatisticsApi();
app.MapPathwaysApi();
app.MapSearchApi();
app.MapQualityApi();
app.MapReferralsApi();
app.MapOpenDataApi();
app.MapEmbedTheme();
app.MapRazorPages();

await app.RunAsync();
