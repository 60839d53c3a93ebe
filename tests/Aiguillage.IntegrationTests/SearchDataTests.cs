using Aiguillage.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Aiguillage.IntegrationTests;

/// <summary>
/// The issue's "done when" searches on the real seed, on each database: relevant results, and the same results in the same
/// order on both, because both index the same snapshot.
/// </summary>
public abstract class SearchDataTests(TestDatabase database)
{
    private async Task<SearchResult> SearchAsync(string text, string? territory = null, int size = 20)
    {
        database.SkipIfUnavailable();
        await using var scope = database.Scope();
        var result = await scope.ServiceProvider.GetRequiredService<SearchCatalog>()
            .HandleAsync(new SearchQuery(text, territory, Size: size), TestContext.Current.CancellationToken);
        Assert.Null(result.Problem);
        return result;
    }

    private static string Text(SearchResultItem item) => string.Join(' ', item.Fragments.Prepend(item.Name).Append(item.Structure?.Name ?? ""));

    [Fact]
    public async Task Financements_associations_rurales_finds_financing_for_associations()
    {
        var result = await SearchAsync("financements associations rurales");
        Assert.True(result.Total >= 5);
        await using var scope = database.Scope();
        var catalog = await scope.ServiceProvider.GetRequiredService<Orientation.OrientationCatalogProvider>().GetAsync(TestContext.Current.CancellationToken);
        Assert.All(result.Items.Take(5), item =>
        {
            var offer = catalog.Browse.Offer(item.Id)!.View;
            Assert.True(offer.Needs.Contains("financement") || offer.Types.Contains("aide-financiere"), $"{offer.Title} ne finance pas.");
        });
        Assert.Matches("(?i)rura", Text(result.Items[0]));
        Assert.Contains(result.Items[0].Fragments, f => f.Contains("<mark>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Creation_scic_finds_the_scic_unions_first()
    {
        var result = await SearchAsync("creation scic");
        Assert.All(result.Items.Take(5), item => Assert.Contains("Scic", Text(item), StringComparison.OrdinalIgnoreCase));
        Assert.Contains(result.Items.Take(5), item => item.Kind == SearchDocument.OfferKind && item.Name.Contains("création", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Tiers_lieux_finds_the_tiers_lieux_networks()
    {
        var result = await SearchAsync("tiers lieux");
        Assert.True(result.Total >= 5);
        Assert.All(result.Items.Take(5), item => Assert.Matches("(?i)tiers[- ]lieu", Text(item)));
        Assert.Contains(result.Items, item => item.Name == "France Tiers-Lieux");
    }

    [Fact]
    public async Task Dla_creuse_finds_first_the_dla_available_in_the_creuse()
    {
        var result = await SearchAsync("DLA Creuse");
        var first = result.Items[0];
        Assert.Contains("DLA", Text(first), StringComparison.Ordinal);
        await using var scope = database.Scope();
        var catalog = await scope.ServiceProvider.GetRequiredService<Orientation.OrientationCatalogProvider>().GetAsync(TestContext.Current.CancellationToken);
        Assert.All(result.Items.Take(2), item =>
        {
            var covers = item.Kind == SearchDocument.OfferKind
                ? catalog.Browse.Offer(item.Id)!.Footprint.IsAvailableIn(Territories.TerritoryLevel.Departement, "23")
                : catalog.Browse.Serves(catalog.Browse.Structure(item.Id)!, Territories.TerritoryLevel.Departement, "23");
            Assert.True(covers, $"{item.Name} n'est pas disponible dans la Creuse.");
        });
        var inCreuse = await SearchAsync("DLA", territory: "departement:23");
        Assert.Contains(inCreuse.Items, item => item.Id == first.Id && item.Kind == first.Kind);
    }

    [Theory]
    [InlineData("financements associations rurales")]
    [InlineData("creation scic")]
    [InlineData("tiers lieux")]
    [InlineData("DLA Creuse")]
    public async Task Both_databases_give_the_same_results_in_the_same_order(string text)
    {
        var result = await SearchAsync(text, size: 100);
        var found = string.Join(", ", result.Items.Select(i => $"{i.Kind}:{i.Name}"));
        Assert.True(Expected.TryGetValue(text, out var expected) && expected == found, $"[\"{text}\"] = \"{found}\",");
    }

    /// <summary>
    /// The order recorded on SQLite; the PostgreSQL run must give exactly the same. Names rather than ids, so that the
    /// expectation does not depend on the order rows were inserted in.
    /// </summary>
    private static readonly Dictionary<string, string> Expected = new(StringComparer.Ordinal)
    {
        ["DLA Creuse"] = "structure:ATIS – Association Territoires et Innovation Sociale, structure:Dispositif local d'accompagnement (DLA), offre:Diagnostic partagé et missions de conseil financées (DLA), structure:Centres de ressources DLA (CRDLA), offre:Expertise sectorielle en appui aux accompagnements DLA, structure:Le Mouvement associatif, offre:Agrément ESUS ouvrant l'accès à certains accompagnements et financements, structure:Avise, offre:Création de coopératives et transmission d'entreprises aux salariés, offre:Fabrique à initiatives et incubateur d'innovation sociale, offre:Financement et Fabrique à initiatives du Limousin, offre:Mise en réseau et accompagnement des tiers-lieux en Nouvelle-Aquitaine, offre:Outils de finance solidaire pour l'emploi en Aquitaine, offre:Promotion de l'ESS et centre de ressources en Nouvelle-Aquitaine, structure:Aquitaine Active, structure:CRESS Nouvelle-Aquitaine, structure:Coopérative Tiers-Lieux, structure:France Active Nouvelle-Aquitaine (Fabrique du Limousin), structure:Union régionale des Scop et Scic Nouvelle-Aquitaine, offre:Diagnostic et accompagnement DLA dans l'Ain, offre:Diagnostic et accompagnement DLA en Dordogne, offre:Diagnostic et accompagnement DLA en Gironde, structure:DLA régional Grand Est, offre:Diagnostic et accompagnement DLA dans la Marne, offre:Diagnostic et accompagnement DLA dans les Vosges, offre:Diagnostic et accompagnement DLA à Paris, structure:DLA Centre-Val de Loire, structure:DLA d'Indre-et-Loire (ID37), structure:DLA de la Dordogne (Initiative Périgord), structure:DLA de la Gironde (IFAID Aquitaine), structure:DLA de la Guyane (BGE Guyane), structure:DLA régional Île-de-France, structure:DLA de l'Ain (AGLCA), offre:Diagnostic et accompagnement DLA en Ariège, offre:Portage du DLA régional Grand Est, offre:Accompagnement DLA des associations en Loir-et-Cher, offre:Diagnostic et accompagnement DLA dans le Territoire de Belfort, offre:Diagnostic et accompagnement DLA en Indre-et-Loire, offre:Diagnostic et accompagnement DLA sur le pays de Rennes, structure:DLA de l'Orne (Mission locale d'Alençon), structure:DLA du Val-de-Marne (BGE ADIL), structure:DLA de La Réunion (France Active Réunion), offre:Diagnostic et accompagnement DLA dans le Val-de-Marne, offre:Diagnostic et accompagnement DLA en Eure-et-Loir, offre:Diagnostic et plan d'accompagnement DLA à La Réunion, offre:Diagnostic et prestations de conseil DLA dans l'Orne, structure:DLA d'Eure-et-Loir (BGE Loiret), structure:DLA des Vosges (Ligue de l'enseignement des Vosges), structure:DLA du Loir-et-Cher (Ligue de l'enseignement), structure:DLA de Paris (Paris Initiative Entreprise), structure:DLA de la Marne (Champagne-Ardenne Active), structure:DLA du Territoire de Belfort (MIFE 90), offre:Diagnostic et accompagnement DLA dans les Bouches-du-Rhône, offre:Diagnostic et accompagnement DLA en Haute-Marne, offre:Diagnostic et prestations de conseil DLA en Moselle, offre:Information sur l'ESS, ses financements et le DLA en Martinique, offre:Accompagnement DLA des entreprises ESS d'envergure régionale, offre:Accompagnement DLA des structures régionales et têtes de réseau, offre:Diagnostic partagé et plan de consolidation DLA en Guyane, offre:Accompagnement DLA des structures d'utilité sociale en Centre-Val de Loire, structure:DLA des Hautes-Pyrénées (France Active MPA-Occitanie), offre:DLA régional : accompagnement des têtes de réseau d'Occitanie, structure:DLA des Bouches-du-Rhône (France Active PACA), structure:DLA de la Haute-Marne (Ligue de l'enseignement 52), structure:DLA porté par France Active Alsace (territoire de Haguenau), offre:Accès au DLA pour les employeurs ESS de Cornouaille et du pays de Morlaix, structure:DLA de l'Ariège (BGE Sud-Ouest et Ligue de l'enseignement), structure:DLA du Finistère – pays de Brest (Bretagne Active), structure:DLA régional Occitanie (Le Mouvement associatif Occitanie), structure:DLA d'Ille-et-Vilaine – pays de Rennes (Réso solidaire), offre:Accompagnements DLA individuels et collectifs dans les Hautes-Pyrénées, offre:Accès au DLA pour les employeurs ESS du pays de Brest, offre:Diagnostic et plan d'action DLA sur l'agglomération de Haguenau, offre:Accompagnement DLA à l'échelon régional en Hauts-de-France, offre:DLA régional : accompagnement des têtes de réseau normandes, offre:Coordination associative lorraine, co-porteuse du DLA régional, offre:Représentation de l'ESS francilienne et animation du réseau DLA, structure:DLA de la Moselle (Carrefour des organisations de jeunesse et d'éducation populaire – COJEP), structure:DLA du Finistère – Cornouaille et pays de Morlaix (Espace associatif Quimper-Cornouaille), structure:DLA régional Hauts-de-France (Le Mouvement associatif Hauts-de-France), structure:DLA régional Normandie (CRESS Basse-Normandie et Haute-Normandie Active, 2015), structure:CRESS Grand Est, structure:France Active Provence-Alpes-Côte d'Azur, structure:Île-de-France Active, structure:France Active MPA-Occitanie, structure:France Active Alsace, structure:Haute-Normandie Active, structure:CRESS Île-de-France, structure:Centre Actif, offre:Accompagnement renforcé et prime pour les créateurs les plus fragiles, offre:Accompagnement à la création et test d'activité en couveuse, offre:Accueil et orientation gratuits des associations près de chez elles, offre:Apport en fonds propres pour les coopératives, offre:Appui au développement de l'ESS dans les territoires ultramarins, offre:Appui à l'ingénierie des projets de tiers-lieux, offre:Autodiagnostic en ligne et orientation vers un accompagnement ESS, offre:Avances remboursables pour projets socialement innovants, offre:Conseil, financement et mise en réseau des entrepreneurs engagés, offre:Coopération économique locale entre acteurs ESS et collectivités, offre:Création, reprise ou transformation d'entreprises en Scop ou Scic",
        ["creation scic"] = "offre:Accompagnement à la création et à la reprise de Scop et Scic, offre:Accompagnement à la création et au développement de Scop et Scic, offre:Création de coopératives et transformation d'associations en Scic, offre:Accompagnement à la création de Scop et Scic en Auvergne-Rhône-Alpes, offre:Création, reprise ou transformation d'entreprises en Scop ou Scic, offre:Création et appui des Scop et Scic en PACA et en Corse, offre:Création de coopératives et transmission d'entreprises aux salariés, offre:Appui à la création d'entreprises ESS et service dédié aux Scop et Scic, offre:Accompagnement des Scop et Scic et incubateurs en Occitanie, offre:Accompagnement à la création d'entreprise en Corse, structure:Union régionale des Scop et Scic Grand Est, structure:Union régionale des Scop et Scic Occitanie, offre:Accompagnement à la création d'entreprise en Lot-et-Garonne, offre:Accompagnement à la création et test d'activité en couveuse, structure:Union régionale des Scop et Scic Nouvelle-Aquitaine, structure:Réseau des Scop et Scic (CG Scop et unions régionales), structure:Union régionale des Scop et Scic Auvergne-Rhône-Alpes, offre:Groupement d'accompagnement à la création ESS en Franche-Comté, offre:Accompagnement à la création d'activités solidaires en Saône-et-Loire, offre:Sensibilisation et accompagnement à la création d'activités ESS en Bretagne, offre:Financement solidaire de la création d'entreprises ESS en Essonne, offre:Guichet unique régional d'orientation pour la création d'entreprise, structure:Union régionale des Scop et Scic Île-de-France, Centre-Val de Loire, DOM-TOM (Scop et Scic ICD), structure:Union régionale des Scop et Scic Provence-Alpes-Côte d'Azur et Corse, offre:Financement des créateurs d'entreprise en Corse, offre:Accompagnement des créateurs d'activités ESS dans l'agglomération dijonnaise, offre:Incubation de projets ESS dans les Alpes-Maritimes, structure:Solilab, offre:Accompagnement des porteurs de projets ESS en Franche-Comté, offre:Apport en fonds propres pour les coopératives, offre:Financement des porteurs de projets et entreprises sociales dans la Loire, offre:Financement des porteurs de projets et structures ESS en Bourgogne, offre:Financement des porteurs de projets et structures ESS en Franche-Comté, offre:Incubation de projets d'innovation sociale à Toulouse, structure:France Active Bourgogne, structure:Ici je monte ma boîte (Région Normandie), structure:Trajectoir'ESS, offre:Incubation de projets à vocation sociale, offre:Incubation et Fabrique à initiatives en quartier prioritaire à Toulouse, structure:DLA d'Indre-et-Loire (ID37), offre:Boussole en ligne pour créer un tiers-lieu, offre:Pilotage du groupement d'accompagnateurs ESS du guichet régional, structure:Région Bourgogne-Franche-Comté – accompagnement des créateurs d'activités ESS",
        ["financements associations rurales"] = "offre:Soutien à des projets d'intérêt général en territoire rural, offre:Relais régional des offres de financement France Active, offre:Financements solidaires en Picardie, offre:Financement solidaire des projets ESS en Corse, offre:Financement de l'entrepreneuriat engagé dans l'ouest de l'Occitanie, offre:Financements solidaires pour créer et consolider dans le Nord, offre:Financements solidaires dans l'Eure et la Seine-Maritime, offre:Appel à projets annuel de financement de structures ESS innovantes, offre:Financement des porteurs de projets et structures ESS en Bourgogne, offre:Financement des porteurs de projets et structures ESS en Franche-Comté, offre:Portail d'orientation vers les outils d'accompagnement et de financement, offre:Ateliers sur la finance et l'entrepreneuriat solidaires au pays de Fougères, offre:Plans régionaux et appels à projets pour financer l'ESS en Corse, offre:Conseil, financement et mise en réseau des entrepreneurs engagés, offre:Diagnostic partagé et missions de conseil financées (DLA), offre:Accélération et conseil gratuit aux structures ESS de Mayotte, offre:Diagnostic et accompagnement DLA dans le Territoire de Belfort, offre:Expertise sectorielle en appui aux accompagnements DLA, offre:Garanties, prêts solidaires et prêts participatifs en Guyane, offre:Accompagnement à la création et au développement de Scop et Scic, offre:Création, reprise ou transformation d'entreprises en Scop ou Scic, offre:Ressources et travaux sur l'accompagnement et la coopération dans l'ESS, structure:Aquitaine Active, structure:DLA de Paris (Paris Initiative Entreprise)",
        ["tiers lieux"] = "structure:Tiers-Lieux BFC, structure:Coopérative Tiers-Lieux, structure:France Tiers-Lieux, offre:Appui à l'ingénierie des projets de tiers-lieux, offre:Boussole en ligne pour créer un tiers-lieu, structure:Tilino (réseau normand des tiers-lieux), offre:Mise en réseau et accompagnement des tiers-lieux en Nouvelle-Aquitaine, offre:Réseau régional d'animation et de formation des tiers-lieux, offre:Label et subvention d'amorçage pour tiers-lieux ressources, structure:Solilab, structure:La Ruche, structure:Fabriques de territoire (programme Nouveaux lieux, nouveaux liens), structure:Première Brique",
    };
}

public sealed class SqliteSearchDataTests(SqliteDatabase database) : SearchDataTests(database);

public sealed class PostgresSearchDataTests(PostgresDatabase database) : SearchDataTests(database);
