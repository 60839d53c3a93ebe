using System.Globalization;
using Aiguillage.Catalogue;
using Aiguillage.Offers;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;

namespace Aiguillage.OpenData;

/// <summary>
/// The published catalogue as Open Referral HSDS 3.0 objects (docs/adr/017-donnees-ouvertes.md): organizations are our open
/// structures, services our visible offers, service areas our coverage zones, and attributes link each service to the
/// terms of three published taxonomies (our étapes, besoins and publics). Identifiers are name-based UUIDs (<see cref="StableIds"/>).
/// Optional fields we cannot fill are left out: HSDS's compiled schemas accept no null.
/// </summary>
public static class MapToHsds
{
    /// <summary>The référentiels published as HSDS taxonomies, with the name of their list in /api/v1/referentiels.</summary>
    public static IReadOnlyList<(TaxonomyKind Kind, string Key, string Name, string LinkType)> Taxonomies { get; } =
    [
        (TaxonomyKind.Stage, "etapes", "Aiguillage — étapes du projet", "stage"),
        (TaxonomyKind.Need, "besoins", "Aiguillage — besoins d'accompagnement", "need"),
        (TaxonomyKind.Public, "publics", "Aiguillage — publics (formes juridiques)", "eligibility"),
    ];

    public static Guid OrganizationUuid(int structureId) => StableIds.Uuid("structure:" + structureId.ToString(CultureInfo.InvariantCulture));

    public static Guid ServiceUuid(int offerId) => StableIds.Uuid("offre:" + offerId.ToString(CultureInfo.InvariantCulture));

    public static HsdsOrganization Organization(CatalogueSnapshot catalogue, StructureEntry structure, string publicBaseUrl, bool withServices)
    {
        var id = Text(OrganizationUuid(structure.Id));
        return new HsdsOrganization(
            id,
            structure.Name,
            structure.Description,
            structure.Email,
            structure.Website is { } website ? OfferCsv.NormalizeWebsite(website) : null,
            $"{publicBaseUrl}/structures/{structure.Id.ToString(CultureInfo.InvariantCulture)}",
            structure.Siret is { } siret && OfferCsv.IsSiret(siret)
                ? [new HsdsOrganizationIdentifier(Text(StableIds.Uuid($"siret:{structure.Id.ToString(CultureInfo.InvariantCulture)}")), id, "SIRET", siret)]
                : null,
            structure.Phone is { } phone ? [new HsdsPhone(Text(StableIds.Uuid($"telephone:structure:{structure.Id.ToString(CultureInfo.InvariantCulture)}")), phone)] : null,
            withServices ? catalogue.OffersOf(structure).Select(o => Service(catalogue, o, publicBaseUrl)).ToList() : null);
    }

    public static HsdsService Service(CatalogueSnapshot catalogue, CatalogueOffer offer, string publicBaseUrl)
    {
        var view = offer.View;
        var id = Text(ServiceUuid(view.Id));
        var offerKey = view.Id.ToString(CultureInfo.InvariantCulture);
        return new HsdsService(
            id,
            Text(OrganizationUuid(view.Structure.Id)),
            view.Title,
            view.Description,
            $"{publicBaseUrl}/offres/{offerKey}",
            view.ContactEmail,
            "active", // the catalogue holds visible offers only; any other answers 404.
            view.HowToApply,
            Fees(catalogue, view),
            Eligibility(catalogue, view),
            view.LastVerifiedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            view.ContactPhone is { } phone ? [new HsdsPhone(Text(StableIds.Uuid($"telephone:offre:{offerKey}")), phone)] : null,
            offer.Zones.Select(z => new HsdsServiceArea(
                Text(StableIds.Uuid($"zone:offre:{offerKey}:{z}")),
                id,
                catalogue.Names.Name(z),
                view.PartialZones
                    ? $"une partie seulement de : {z.Level.ToLabel()} {z.Code} (code officiel géographique) ; voir les conditions d'éligibilité"
                    : $"{z.Level.ToLabel()} {z.Code} (code officiel géographique)",
                $"{publicBaseUrl}/annuaire/{(z.Level == TerritoryLevel.Pays ? "" : $"{z.Level.ToCode()}/{z.Code}")}".TrimEnd('/'))).ToList(),
            Attributes(catalogue, view, id, offerKey, publicBaseUrl));
    }

    /// <summary>One attribute per étape, besoin and public of the offer, each carrying its term and taxonomy.</summary>
    private static List<HsdsAttribute> Attributes(CatalogueSnapshot catalogue, OfferView view, string serviceId, string offerKey, string publicBaseUrl)
    {
        var attributes = new List<HsdsAttribute>();
        foreach (var (kind, key, _, linkType) in Taxonomies)
        {
            var codes = kind switch
            {
                TaxonomyKind.Stage => view.Stages,
                TaxonomyKind.Need => view.Needs,
                _ => view.Publics,
            };
            foreach (var code in codes)
            {
                var term = Term(catalogue.Taxonomy, kind, code, publicBaseUrl);
                attributes.Add(new HsdsAttribute(Text(StableIds.Uuid($"attribut:offre:{offerKey}:{key}:{code}")), serviceId, linkType, "service", term.Id, term));
            }
        }

        return attributes;
    }

    /// <summary>A term of one of our référentiels; its URI is the list's URI with the code as fragment.</summary>
    public static HsdsTaxonomyTerm Term(TaxonomySnapshot taxonomy, TaxonomyKind kind, string code, string publicBaseUrl)
    {
        var (_, key, name, _) = Taxonomies.First(t => t.Kind == kind);
        var known = taxonomy.Find(kind, code);
        var detail = new HsdsTaxonomy(
            Text(StableIds.Uuid("referentiel:" + key)),
            name,
            $"Référentiel des {kind.ToPluralLabel()} d'Aiguillage, publié avec ses codes, libellés et définitions.",
            $"{publicBaseUrl}/api/v1/referentiels#{key}",
            "1");
        return new HsdsTaxonomyTerm(
            Text(StableIds.Uuid($"terme:{key}:{code}")),
            code,
            known?.Label ?? code,
            known?.Description ?? "",
            name,
            detail.Id,
            detail,
            "fr",
            $"{publicBaseUrl}/api/v1/referentiels#{key}/{code}");
    }

    private static string? Fees(CatalogueSnapshot catalogue, OfferView view) =>
        (view.Cost, view.CostDetails) switch
        {
            (null, null) => null,
            ({ } cost, null) => catalogue.Taxonomy.Label(TaxonomyKind.Cost, cost) + ".",
            (null, { } details) => details,
            ({ } cost, { } details) => $"{catalogue.Taxonomy.Label(TaxonomyKind.Cost, cost)} : {details}",
        };

    private static string? Eligibility(CatalogueSnapshot catalogue, OfferView view)
    {
        var parts = new List<string>();
        if (view.Publics.Count > 0)
        {
            parts.Add("Réservé à : " + string.Join(", ", view.Publics.Select(p => catalogue.Taxonomy.Label(TaxonomyKind.Public, p))) + ".");
        }

        if (view.Conditions is { } conditions)
        {
            parts.Add(conditions);
        }

        return parts.Count == 0 ? null : string.Join(" ", parts);
    }

    private static string Text(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);
}
