namespace Aiguillage.Territories;

/// <summary>
/// French articles from the official "type de nom en clair" (TNCC, "typeLiaison" in the Etalab files):
/// 0 consonant, 1 vowel, 2 "Le", 3 "La", 4 "Les", 5 "L'", 6 "Aux", 7 "Las", 8 "Los".
/// </summary>
public static class TerritoryArticles
{
    public static string WithDe(string name, int nameLinkType) => nameLinkType switch
    {
        1 => "d'" + name,
        2 => "du " + name,
        3 => "de la " + name,
        4 => "des " + name,
        5 => "de l'" + name,
        6 => "des " + name,
        7 => "de Las " + name,
        8 => "de Los " + name,
        _ => "de " + name,
    };
}
