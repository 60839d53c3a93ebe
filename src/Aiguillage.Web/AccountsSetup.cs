using Aiguillage.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
#pragma warning disable IDE0005 // implicit in the site, needed in the CLI that links this file
using Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0005

namespace Aiguillage.Accounts;

/// <summary>
/// Accounts on our database (ASP.NET Core Identity): password rules, lockout, confirmed e-mail required, and one-time
/// links signed with keys kept in the database, so that a link printed by the CLI opens on any instance of the site.
/// Compiled into the site and into the CLI (linked file), written once.
/// </summary>
public static class AccountsSetup
{
    public const string ApplicationName = "Aiguillage";

    public static IdentityBuilder AddAiguillageAccounts(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<AppDbContext>();
        services.AddScoped<ManageAccounts>();
        services.AddScoped<AccountScopes>();
        services.AddScoped<AccountInbox>();
        services.AddScoped<RegisterAccount>();
        services.AddScoped<JoinStructures>();
        services.AddScoped<ClaimStructure>();
        services.AddScoped<ExternalLogins>();
        services.AddScoped<Pathways.ManageChains>();
        services.AddScoped<Editing.MemberOffers>();
        services.AddScoped<Editing.FicheStore>();
        services.AddScoped<Editing.EditFiches>();
        services.AddScoped<Editing.ModerateFiches>();
        services.AddScoped<Editing.RemindVerifications>();
        return services.AddIdentityCore<Account>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<FrenchIdentityErrors>();
    }
}
