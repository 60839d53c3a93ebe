using Microsoft.AspNetCore.Identity;

namespace Aiguillage.Accounts;

/// <summary>
/// A person who signs in ("compte"): an administrator, a territorial moderator or a member of one or more structures.
/// ASP.NET Core Identity keeps the e-mail, the password hash, the confirmation and the lockout; the scopes are beside it.
/// </summary>
public sealed class Account : IdentityUser
{
    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>The three roles, as Identity stores them.</summary>
public static class Roles
{
    public const string Administrator = "administrateur";
    public const string Moderator = "moderateur";
    public const string Member = "membre";

    public static IReadOnlyList<string> All { get; } = [Administrator, Moderator, Member];
}

/// <summary>A territory a moderator answers for: "pays:FR", "region:75" or "departement:23".</summary>
public sealed class ModeratorScope
{
    private ModeratorScope()
    {
        AccountId = Territory = "";
    }

    public ModeratorScope(string accountId, string territory)
    {
        AccountId = accountId;
        Territory = territory;
    }

    public int Id { get; private set; }

    public string AccountId { get; private set; }

    public string Territory { get; private set; }
}

/// <summary>A structure a member acts for.</summary>
public sealed class StructureMembership
{
    private StructureMembership()
    {
        AccountId = "";
    }

    public StructureMembership(string accountId, int structureId)
    {
        AccountId = accountId;
        StructureId = structureId;
    }

    public int Id { get; private set; }

    public string AccountId { get; private set; }

    public int StructureId { get; private set; }
}
