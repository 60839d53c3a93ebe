namespace Aiguillage.Search;

/// <summary>
/// The field's vocabulary that a stemmer cannot guess: acronyms, their expansions and spellings of the same thing.
/// Each group is one concept: every variant found in a text also indexes the group's key, and a query that names any
/// variant searches the key, so "DLA" finds "dispositif local d'accompagnement" and the other way round.
/// Variants are written as people write them (accents, apostrophes, hyphens): the analyzer normalises them.
/// </summary>
public static class Synonyms
{
    public sealed record Group(string Key, IReadOnlyList<string> Variants);

    public static IReadOnlyList<Group> Groups { get; } =
    [
        // Dispositif local d'accompagnement: one operator per département, the main entry point for associations that employ.
        new("dla", ["DLA", "DLAs", "dispositif local d'accompagnement", "dispositifs locaux d'accompagnement"]),

        // Chambre régionale de l'ESS: one per région; longer than the ESS group, so it wins when both could match.
        new("cress", ["CRESS", "chambre régionale de l'économie sociale et solidaire", "chambres régionales de l'économie sociale et solidaire"]),

        // Société coopérative et participative, formerly "société coopérative ouvrière de production".
        new("scop", ["SCOP", "SCOPs", "société coopérative et participative", "sociétés coopératives et participatives",
            "société coopérative ouvrière de production", "coopérative ouvrière", "coopératives ouvrières"]),

        // Société coopérative d'intérêt collectif.
        new("scic", ["SCIC", "SCICs", "société coopérative d'intérêt collectif", "sociétés coopératives d'intérêt collectif"]),

        // Coopérative d'activité et d'emploi.
        new("cae", ["CAE", "coopérative d'activité et d'emploi", "coopératives d'activité et d'emploi", "coopérative d'activités et d'emploi"]),

        // Agrément « entreprise solidaire d'utilité sociale ».
        new("esus", ["ESUS", "entreprise solidaire d'utilité sociale", "entreprises solidaires d'utilité sociale"]),

        // Appel à projets: how many financers open their grants.
        new("aap", ["AAP", "appel à projets", "appels à projets", "appel à projet"]),

        // Appel à manifestation d'intérêt ("ami" is also a common word, accepted: it is rare in this field's texts).
        new("ami", ["AMI", "appel à manifestation d'intérêt", "appels à manifestation d'intérêt"]),

        // Économie sociale et solidaire.
        new("ess", ["ESS", "économie sociale et solidaire"]),

        // Tiers-lieu: written with or without hyphen, singular or plural ("tiers-lieux", "tiers lieu").
        new("tierslieu", ["tiers-lieu", "tiers-lieux", "tiers lieu", "tiers lieux", "tierslieux"]),

        // Changement d'échelle: the stage is also called essaimage (duplicating a project elsewhere).
        new("essaimage", ["essaimage", "changement d'échelle", "changements d'échelle", "essaimer"]),

        // Fabrique à initiatives: the Avise programme, often shortened.
        new("fabriqueinitiatives", ["fabrique à initiatives", "fabriques à initiatives", "FAI"]),
    ];

    /// <summary>
    /// Word forms the light stemmer leaves apart although people mean the same thing, mapped to the stem of the common
    /// form: "associatif", "associative" and "association" must meet (FrenchLightStemFilter gives "asociati"/"asoci").
    /// </summary>
    public static IReadOnlyDictionary<string, string> StemOverrides { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["associatif"] = "asoci",
        ["associatifs"] = "asoci",
        ["associative"] = "asoci",
        ["associatives"] = "asoci",
    };
}
