namespace Aiguillage.Referrals;

/// <summary>
/// The moderators who have an account, by territory (implemented by Accounts, which depends on this folder, not the
/// reverse). They receive requests for structures without an address, beside those named in Referrals:Moderators.
/// </summary>
public interface IModeratorDirectory
{
    Task<IReadOnlyList<ModeratorContact>> ModeratorsAsync(CancellationToken cancellationToken);
}
