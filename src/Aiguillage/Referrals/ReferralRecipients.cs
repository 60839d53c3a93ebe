using Aiguillage.Catalogue;
using Aiguillage.Territories;

namespace Aiguillage.Referrals;

/// <summary>
/// Who receives a request about an offer: its contact address, else its structure's public address, else the moderators
/// of the structure's territory (the most local ones: département, then région, then national). Null when nobody can.
/// </summary>
public static class ReferralRecipients
{
    public static ReferralRecipient? Resolve(CatalogueSnapshot catalogue, CatalogueOffer offer, IReadOnlyList<ModeratorContact> moderators)
    {
        var structure = catalogue.Structure(offer.View.Structure.Id);
        var structureName = offer.View.Structure.Name;
        foreach (var address in new[] { offer.View.ContactEmail, structure?.Email })
        {
            if (address is not null && Mail.EmailAddresses.IsValid(address.Trim()))
            {
                return new ReferralRecipient(ReferralRecipientKind.PublicEmail, address.Trim(), $"{structureName}, à son adresse publique ({address.Trim()})");
            }
        }

        var (departements, regions) = TerritoriesOf(catalogue, offer, structure);
        if (MostLocalModerators(moderators, departements, regions) is { } team)
        {
            var where = team.Level switch
            {
                TerritoryLevel.Departement => string.Join(", ", team.Codes.Order().Select(c => catalogue.Departement(c)?.Name ?? c)),
                TerritoryLevel.Region => string.Join(", ", team.Codes.Order().Select(c => catalogue.Region(c)?.Name ?? c)),
                _ => "la France entière",
            };
            return new ReferralRecipient(ReferralRecipientKind.Moderators, string.Join(";", team.Emails),
                $"l'équipe de modération d'Aiguillage pour {where}, qui transmettra votre demande à {structureName} ou vous orientera (cette structure n'a pas encore d'adresse pour recevoir les demandes)");
        }

        return null;
    }

    /// <summary>
    /// The most local moderators for a place: those of its départements, else of its régions, else the national ones;
    /// null when there are none. The one rule for "which moderation team answers for here" (requests, edits to moderate).
    /// </summary>
    public static ModeratorTeam? MostLocalModerators(IReadOnlyList<ModeratorContact> moderators, IReadOnlySet<string> departements, IReadOnlySet<string> regions)
    {
        foreach (var (level, codes) in new[] { (TerritoryLevel.Departement, departements), (TerritoryLevel.Region, regions), (TerritoryLevel.Pays, (IReadOnlySet<string>)new HashSet<string> { TerritoryLevels.FranceCode }) })
        {
            var found = moderators
                .Where(m => CoverageZone.TryParse(m.Territory, out var zone) && zone.Level == level && codes.Contains(zone.Code) && Mail.EmailAddresses.IsValid(m.Email))
                .Select(m => m.Email)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            if (found.Count > 0)
            {
                return new ModeratorTeam(level, codes, found);
            }
        }

        return null;
    }

    /// <summary>The mails to send for a recipient: one per address.</summary>
    public static IEnumerable<string> Addresses(string recipientAddress) =>
        recipientAddress.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The départements and régions the structure is based in (CatalogueRules.HomeOf) and the offer's zones are in.</summary>
    private static (HashSet<string> Departements, HashSet<string> Regions) TerritoriesOf(CatalogueSnapshot catalogue, CatalogueOffer offer, StructureEntry? structure)
    {
        var departements = new HashSet<string>(StringComparer.Ordinal);
        var regions = new HashSet<string>(StringComparer.Ordinal);
        if (structure is not null)
        {
            var (d, r) = CatalogueRules.HomeOf(catalogue, structure);
            if (d is not null)
            {
                departements.Add(d);
            }

            if (r is not null)
            {
                regions.Add(r);
            }
        }

        foreach (var zone in offer.Zones)
        {
            switch (zone.Level)
            {
                case TerritoryLevel.Departement:
                    departements.Add(zone.Code);
                    if (catalogue.Departement(zone.Code)?.RegionCode is { } region)
                    {
                        regions.Add(region);
                    }

                    break;
                case TerritoryLevel.Region:
                    regions.Add(zone.Code);
                    break;
            }
        }

        return (departements, regions);
    }
}

/// <summary>The moderators who answer for a place, and at which level they were found.</summary>
public sealed record ModeratorTeam(TerritoryLevel Level, IReadOnlySet<string> Codes, IReadOnlyList<string> Emails);
