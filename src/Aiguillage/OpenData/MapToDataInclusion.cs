using System.Globalization;
using Aiguillage.Catalogue;
using Aiguillage.Offers;
using Aiguillage.Taxonomy;

namespace Aiguillage.OpenData;

/// <summary>
/// The published catalogue as data·inclusion v1 records, field by field (docs/adr/017-donnees-ouvertes.md): one structure
/// per open structure, one service per visible offer. Records are produced lazily, one at a time, so an export streams.
/// A record whose facts carry no date is left out: date_maj is required and we never put a build date in its place.
/// </summary>
public static class MapToDataInclusion
{
    public const int NameMin = 3;
    public const int NameMax = 150;
    public const int DescriptionMin = 5;
    public const int DescriptionMax = 10_000;

    /// <summary>The open structures that have a dated fact (their verification, or a dated offer), in id order.</summary>
    public static IEnumerable<DataInclusionStructure> Structures(CatalogueSnapshot catalogue, string publicBaseUrl)
    {
        foreach (var structure in catalogue.Structures)
        {
            if (UpdatedOn(catalogue, structure) is { } day)
            {
                yield return Structure(structure, day, publicBaseUrl);
            }
        }
    }

    /// <summary>The visible offers whose evidence is dated, in id order.</summary>
    public static IEnumerable<DataInclusionService> Services(CatalogueSnapshot catalogue, string publicBaseUrl)
    {
        foreach (var offer in catalogue.Offers)
        {
            if (offer.EvidenceDay is { } day)
            {
                yield return Service(catalogue, offer, day, publicBaseUrl);
            }
        }
    }

    /// <summary>
    /// A structure's date_maj: the newest of its own verification and of its visible offers' evidence (<see cref="Evidence.Newest"/>);
    /// null when none is dated. Every exported service's structure is therefore exported too.
    /// </summary>
    public static DateOnly? UpdatedOn(CatalogueSnapshot catalogue, StructureEntry structure) =>
        catalogue.OffersOf(structure).Select(o => o.EvidenceDay).Append(structure.LastVerifiedOn).Max();

    public static DataInclusionStructure Structure(StructureEntry structure, DateOnly updatedOn, string publicBaseUrl) => new(
        StableIds.Source,
        StableIds.StructureId(structure.Id),
        OpenText.Name(structure.Name, structure.CommuneName, trimFinalPeriod: true),
        Day(updatedOn),
        OpenText.Bounded(structure.Description, DescriptionMin, DescriptionMax),
        structure.Siret is { } siret && OfferCsv.IsSiret(siret) ? siret : null,
        structure.Website is { } website ? OfferCsv.NormalizeWebsite(website) : null,
        structure.Email,
        structure.Phone,
        structure.Commune?.Code,
        structure.Commune?.Name,
        structure.Commune?.PostalCodes is [var only] ? only : null, // a commune with several postal codes: we do not know which
        $"{publicBaseUrl}/structures/{structure.Id.ToString(CultureInfo.InvariantCulture)}",
        DataInclusionVocabulary.Reseaux(structure.Networks));

    public static DataInclusionService Service(CatalogueSnapshot catalogue, CatalogueOffer offer, DateOnly updatedOn, string publicBaseUrl)
    {
        var view = offer.View;
        var thematiques = DataInclusionVocabulary.Thematiques(view.Needs, view.Stages);
        var applicationUrl = view.ApplicationUrl is { } url && OfferCsv.IsHttpUrl(url) ? url : null;
        var modes = new List<string>();
        if (applicationUrl is not null)
        {
            modes.Add("utiliser-lien-mobilisation");
        }

        if (view.ContactEmail is not null)
        {
            modes.Add("envoyer-un-courriel");
        }

        if (view.ContactPhone is not null)
        {
            modes.Add("telephoner");
        }

        var zones = OpenZones.EligibilityCodes(catalogue, offer.Zones);
        return new DataInclusionService(
            StableIds.Source,
            StableIds.ServiceId(view.Id),
            StableIds.StructureId(view.Structure.Id),
            OpenText.Name(view.Title, view.Structure.Name, trimFinalPeriod: false),
            OpenText.Bounded(view.Description, DescriptionMin, DescriptionMax)
                ?? OpenText.Bounded($"{view.Title}, proposé par {view.Structure.Name}.", DescriptionMin, DescriptionMax)!,
            Day(updatedOn),
            DataInclusionVocabulary.Type(view.Types),
            thematiques.Count == 0 ? null : thematiques,
            DataInclusionVocabulary.Publics(view.Publics),
            view.Publics.Count == 0 ? null : "Réservé à : " + string.Join(", ", view.Publics.Select(p => catalogue.Taxonomy.Label(TaxonomyKind.Public, p))) + ".",
            DataInclusionVocabulary.Frais(view.Cost),
            FraisDetails(catalogue, view),
            view.Conditions,
            zones.Count == 0 ? null : zones,
            view.ContactEmail,
            view.ContactPhone,
            modes.Count == 0 ? null : modes,
            view.HowToApply,
            applicationUrl,
            $"{publicBaseUrl}/offres/{view.Id.ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>Our details on costs; for « variable », which their enum lacks, the label first so the fact is not lost.</summary>
    private static string? FraisDetails(CatalogueSnapshot catalogue, OfferView view) =>
        view.Cost is { } cost && DataInclusionVocabulary.Frais(cost) is null
            ? catalogue.Taxonomy.Label(TaxonomyKind.Cost, cost) + (view.CostDetails is { } d ? " : " + d : ".")
            : view.CostDetails;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>Text fitted to the lengths open-data schemas require, without inventing words.</summary>
public static class OpenText
{
    /// <summary>
    /// A name of 3 to 150 characters: a longer one is cut at a word and ends with « … »; a shorter one is completed with what
    /// we know of it (« FA (Guéret) », the offer's structure) rather than with filler. Structures' names do not end with a period.
    /// </summary>
    public static string Name(string name, string? context, bool trimFinalPeriod)
    {
        var text = name.Trim();
        if (trimFinalPeriod && text.EndsWith('.') && !text.EndsWith("etc.", StringComparison.Ordinal))
        {
            text = text.TrimEnd('.').TrimEnd();
        }

        if (text.Length < MapToDataInclusion.NameMin && !string.IsNullOrWhiteSpace(context))
        {
            text = $"{text} ({context.Trim()})".Trim();
        }

        return Truncate(text, MapToDataInclusion.NameMax);
    }

    /// <summary>The text when it has at least <paramref name="min"/> characters (cut at <paramref name="max"/>); null otherwise.</summary>
    public static string? Bounded(string? text, int min, int max)
    {
        var trimmed = text?.Trim() ?? "";
        return trimmed.Length < min ? null : Truncate(trimmed, max);
    }

    /// <summary>At most <paramref name="max"/> characters, cut after the last whole word and marked with « … ».</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text[..(max - 1)];
        var space = cut.LastIndexOf(' ');
        return (space > max / 2 ? cut[..space] : cut).TrimEnd(' ', ',', ';', ':', '-', '—') + "…";
    }
}
