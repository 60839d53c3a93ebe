namespace Aiguillage.BrowserTests;

/// <summary>
/// The main public pages, one of each kind the browser tests visit: the checks that hold for every page (valid HTML, no
/// sideways scrolling on a phone) run over this one list, so a new page kind is added once.
/// </summary>
internal static class MainPages
{
    public const string Results = "/orientation/resultats?commune=23096&etape=creation&besoins=financement";

    public const string Sheet = "/orientation/fiche?commune=23096&etape=creation&besoins=financement";

    public static IReadOnlyList<string> All { get; } =
    [
        "/",
        "/orientation",
        "/orientation/etape?commune=23096",
        "/orientation/besoins?commune=23096&etape=creation",
        "/orientation/forme?commune=23096&etape=creation&besoins=financement",
        Results,
        Sheet,
        "/orientation/fiche?offres=5",
        "/annuaire",
        "/annuaire/region/75",
        "/annuaire/departement/23",
        "/annuaire/commune/23096",
        "/offres",
        "/offres?page=2",
        "/offres/5",
        "/offres/5/mise-en-relation?commune=23096&etape=creation",
        "/structures",
        "/structures/1",
        "/recherche?q=tiers+lieux",
        "/recherche?q=zzzzqqq",
        "/carte",
        "/couverture",
        "/diagnostic",
        "/diagnostic/region/75",
        "/diagnostic/departement/23",
        "/barometre",
        "/dispositifs",
        "/dispositifs/dla",
        "/compte/connexion",
        "/compte/inscription",
        "/compte/mot-de-passe-oublie",
        "/donnees-ouvertes",
        "/donnees-ouvertes/dictionnaire",
        "/integrer",
        "/integrer/orientation?territoire=departement:23&couleur=1f4e79",
        "/integrer/orientation/resultats?commune=23096&etape=creation&besoins=financement&territoire=departement:23&couleur=1f4e79",
    ];
}
