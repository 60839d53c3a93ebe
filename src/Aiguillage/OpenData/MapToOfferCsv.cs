using System.Globalization;
using Aiguillage.Catalogue;
using Aiguillage.Offers;
using Aiguillage.Organisations;

namespace Aiguillage.OpenData;

/// <summary>
/// The published catalogue in our own CSV format (docs/format-csv-offres.md), one row per visible offer with its
/// structure, so that the open dump re-imports with <c>offers import</c>. The cells are written by the same code that
/// the import reads back (<see cref="OfferCsv.FieldsOf(OfferDetails)"/>); the keys are ours, as in the data·inclusion export.
/// </summary>
public static class MapToOfferCsv
{
    /// <summary>The dump's « source »: a base that imports it keeps our records apart from its own, and the next dump updates them.</summary>
    public const string Source = StableIds.Source;

    public static string OfferIdentifier(int id) => "offre-" + id.ToString(CultureInfo.InvariantCulture);

    public static string StructureIdentifier(int id) => "structure-" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The visible offers of open structures, in id order, as named cells.</summary>
    public static IEnumerable<IReadOnlyDictionary<string, string>> Rows(CatalogueSnapshot catalogue, string publicBaseUrl)
    {
        foreach (var offer in catalogue.Offers)
        {
            // A visible offer's structure is open (CatalogueRules); the look-up cannot miss, the check keeps it honest.
            if (catalogue.Structure(offer.View.Structure.Id) is { } structure)
            {
                yield return Row(offer, structure, publicBaseUrl);
            }
        }
    }

    public static Dictionary<string, string> Row(CatalogueOffer offer, StructureEntry structure, string publicBaseUrl)
    {
        var row = OfferCsv.FieldsOf(Details(structure));
        foreach (var (column, value) in OfferCsv.FieldsOf(Details(offer, publicBaseUrl)))
        {
            row[column] = value;
        }

        row[OfferCsv.Columns.Source] = Source;
        row[OfferCsv.Columns.Identifier] = OfferIdentifier(offer.Id);
        row[OfferCsv.Columns.StructureIdentifier] = StructureIdentifier(structure.Id);
        return row;
    }

    private static StructureDetails Details(StructureEntry s) => new(
        s.Name, s.Kinds, s.Siret, s.CommuneCode, s.Website, s.Email, s.Phone, s.Networks, s.IsEssSpecialist, s.Description,
        s.SourceUrls, s.LastVerifiedOn, StructureStatus.Active);

    private static OfferDetails Details(CatalogueOffer offer, string publicBaseUrl)
    {
        var v = offer.View;

        // « sources » is required: an offer entered in the back-office may cite none; our public page is then its source.
        IReadOnlyList<string> sources = v.SourceUrls.Count > 0 ? v.SourceUrls : [publicBaseUrl.TrimEnd('/') + "/offres/" + v.Id.ToString(CultureInfo.InvariantCulture)];
        return new OfferDetails(
            v.Title, v.Description, v.Types, v.Instruments, v.Stages, v.Needs, v.Publics, offer.Zones, v.Cost, v.CostDetails,
            v.Conditions, v.HowToApply, v.ApplicationUrl, v.ContactEmail, v.ContactPhone, v.Duration, v.Status, v.LastVerifiedOn,
            v.EndsOn, sources, v.SourceDate, v.Dispositif?.Code, v.PartialZones);
    }
}
