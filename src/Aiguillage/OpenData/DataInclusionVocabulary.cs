namespace Aiguillage.OpenData;

/// <summary>
/// Our référentiels translated into data·inclusion v1's vocabularies (docs/adr/017-donnees-ouvertes.md). Every value on
/// the right was copied from the official schema files (structure.json, service.json) and a test checks each one against
/// their enums, so a value outside them can never be emitted. A code with no close value maps to nothing rather than to
/// a value that would mislead.
/// </summary>
public static class DataInclusionVocabulary
{
    private const string DefineProject = "creer-une-entreprise--definir-son-projet-de-creation-dentreprise";
    private const string StructureProject = "creer-une-entreprise--structurer-son-projet-de-creation-dentreprise";
    private const string GrowCompany = "creer-une-entreprise--developper-son-entreprise";

    /// <summary>
    /// Our needs (besoins) to their closest thématiques. data·inclusion's thématiques describe services to people; the only
    /// family about building an activity is « créer une entreprise », so each need goes to the sub-thématique of the phase
    /// it belongs to. Needs whose closest thématique would describe a person's situation (« se former », « difficultés
    /// financières », « numérique » are about individuals) map to none; the étape then gives the thématique.
    /// </summary>
    public static IReadOnlyDictionary<string, string[]> ThematiquesByNeed { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["financement"] = [StructureProject],
        ["modele-economique"] = [DefineProject],
        ["juridique"] = [StructureProject],
        ["gouvernance"] = [StructureProject],
        ["strategie"] = [GrowCompany],
        ["evaluation-impact"] = [GrowCompany],
        ["emploi-rh"] = [GrowCompany],
        ["commercial-communication"] = [GrowCompany],
        ["transition-ecologique"] = [GrowCompany],
        ["numerique"] = [GrowCompany],
        ["immobilier-locaux"] = [StructureProject],
        ["cooperation-reseau"] = [GrowCompany],
        ["competences-formation"] = [],
        ["difficultes"] = [],
    };

    /// <summary>Our étapes to the « créer une entreprise » sub-thématique of the same phase.</summary>
    public static IReadOnlyDictionary<string, string> ThematiqueByStage { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ideation"] = DefineProject,
        ["emergence"] = DefineProject,
        ["creation"] = StructureProject,
        ["consolidation"] = GrowCompany,
        ["changement-echelle"] = GrowCompany,
    };

    /// <summary>
    /// Our frais to theirs: « variable » has no equivalent (their enum is gratuit or payant) and is said in frais_precisions.
    /// </summary>
    public static IReadOnlyDictionary<string, string> FraisByCost { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["gratuit"] = "gratuit",
        ["payant"] = "payant",
    };

    /// <summary>
    /// The one data·inclusion public our offers can state: an offer that restricts no public is « tous-publics ». Our publics
    /// are legal forms (association, SCOP…), theirs are situations of people (jeunes, demandeurs d'emploi…): an offer
    /// reserved to some legal forms gets no publics value and says so in publics_precisions.
    /// </summary>
    public const string EveryPublic = "tous-publics";

    /// <summary>
    /// Our offer types to their type de service; an offer's types are tried in its order and the first that maps wins.
    /// « mise-en-reseau » has no close type and maps to none.
    /// </summary>
    public static IReadOnlyDictionary<string, string> TypeByOfferType { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["accompagnement"] = "accompagnement",
        ["incubation"] = "accompagnement",
        ["diagnostic"] = "accompagnement",
        ["atelier"] = "atelier",
        ["formation"] = "formation",
        ["information"] = "information",
        ["aide-financiere"] = "aide-financiere",
        ["hebergement-locaux"] = "aide-materielle",
    };

    /// <summary>The networks of our structures that are in their réseaux porteurs list, by our name.</summary>
    public static IReadOnlyDictionary<string, string> ReseauByNetwork { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["France Active"] = "france-active",
        ["Initiative France"] = "initiative-france",
        ["Réseau Entreprendre"] = "reseau-entreprendre",
        ["BGE"] = "reseau-bge",
        ["60 000 Rebonds"] = "60000-rebonds",
    };

    /// <summary>The thématiques of an offer: those of its needs and of its étapes, without duplicates, in a stable order.</summary>
    public static IReadOnlyList<string> Thematiques(IEnumerable<string> needs, IEnumerable<string> stages) =>
        needs.SelectMany(n => ThematiquesByNeed.GetValueOrDefault(n) ?? [])
            .Concat(stages.Select(s => ThematiqueByStage.GetValueOrDefault(s)).OfType<string>())
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The type de service of an offer: the first of its types that has one; null when none has.</summary>
    public static string? Type(IEnumerable<string> offerTypes) =>
        offerTypes.Select(t => TypeByOfferType.GetValueOrDefault(t)).FirstOrDefault(t => t is not null);

    /// <summary>Their publics for an offer: « tous-publics » when it restricts none; null when it is reserved to some legal forms.</summary>
    public static IReadOnlyList<string>? Publics(IReadOnlyCollection<string> publics) => publics.Count == 0 ? [EveryPublic] : null;

    public static string? Frais(string? cost) => cost is null ? null : FraisByCost.GetValueOrDefault(cost);

    public static IReadOnlyList<string>? Reseaux(IEnumerable<string> networks)
    {
        var reseaux = networks.Select(n => ReseauByNetwork.GetValueOrDefault(n)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return reseaux.Count == 0 ? null : reseaux;
    }
}
