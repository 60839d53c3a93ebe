using Aiguillage.Quality;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aiguillage.Web.Api;

internal static class QualityApi
{
    public static void MapQualityApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/qualite", async Task<Ok<QualiteDto>> (ReportData report, CancellationToken cancellationToken) =>
            TypedResults.Ok(QualiteDto.From(await report.HandleAsync(cancellationToken))))
        .WithTags("Qualité des données")
        .WithName("RapportQualite")
        .WithSummary("Le rapport sur les données : comptes par famille et par région, réseaux et étapes absents par département, âge des sources, contacts manquants, doublons possibles.");
    }
}

internal sealed record CompteDto(string Cle, string Libelle, int Nombre)
{
    public static List<CompteDto> From(IEnumerable<Count> counts) => counts.Select(c => new CompteDto(c.Key, c.Label, c.Value)).ToList();
}

internal sealed record DepartementQualiteDto(
    string Code, string Nom, string Region, int Offres, int OffresLocales, bool OperateurDlaNomme,
    IReadOnlyList<string> ReseauxAbsents, IReadOnlyList<string> EtapesSansOffreLocale, IReadOnlyList<string> EtapesSansOffreNonNationale);

internal sealed record DoublonDto(string Motif, IReadOnlyList<int> Structures, IReadOnlyList<string> Noms);

internal sealed record QualiteDto(
    DateOnly Date,
    int Structures,
    int Offres,
    int Dispositifs,
    IReadOnlyList<CompteDto> StructuresParFamille,
    IReadOnlyList<CompteDto> OffresParRegion,
    IReadOnlyList<CompteDto> DepartementsSansReseau,
    int OperateursDlaNommes,
    IReadOnlyList<CompteDto> DepartementsSansOffreLocaleParBesoin,
    IReadOnlyList<CompteDto> AgeDesSources,
    int OffresSansContact,
    int StructuresSansSiteNiContact,
    int StructuresPlaceesParCommune,
    int StructuresPlaceesApproximativement,
    int StructuresAvecSiteOuContact,
    IReadOnlyList<DepartementQualiteDto> Departements,
    IReadOnlyList<DoublonDto> DoublonsPossibles)
{
    public static QualiteDto From(DataReport r) => new(
        r.Day,
        r.Structures,
        r.Offers,
        r.Dispositifs,
        CompteDto.From(r.StructuresByKind),
        CompteDto.From(r.OffersByRegion),
        CompteDto.From(r.MissingByNetwork),
        r.DlaOperatorsNamed,
        CompteDto.From(r.NeedsWithoutLocalOffer),
        CompteDto.From(r.SourceAges),
        r.OffersWithoutContact,
        r.StructuresWithoutWebsiteOrContact,
        r.StructuresPlacedByCommune,
        r.StructuresPlacedApproximately,
        r.StructuresWithWebsiteOrContact,
        r.Departements.Select(d => new DepartementQualiteDto(
            d.Code, d.Name, d.RegionCode, d.OffersAvailable, d.LocalOffers, d.DlaOperatorNamed, d.MissingNetworks, d.StagesWithoutLocalOffer, d.StagesWithoutNonNationalOffer)).ToList(),
        r.Duplicates.Select(d => new DoublonDto(d.Reason, d.StructureIds, d.Names)).ToList());
}
