using Aiguillage.Offers;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;
using C = Aiguillage.Offers.OfferCsv.Columns;

namespace Aiguillage.OpenData;

/// <summary>
/// What a field accepts: the codes of a référentiel (listed from the catalogue at the time of reading, so retired or new
/// codes are always current), a fixed list, or a rule said in words.
/// </summary>
public sealed record AllowedValues(TaxonomyKind? Taxonomy = null, IReadOnlyList<string>? Codes = null, string? Rule = null);

/// <summary>One column or field of a file of the dump: its name in the file, its type, whether it is always filled, what it means.</summary>
public sealed record DictionaryField(string Name, string Type, bool Required, string Meaning, AllowedValues? Values = null);

/// <summary>A list of fields as one file (or one part of a file) holds them.</summary>
public sealed record DictionaryTable(string Title, string Description, IReadOnlyList<DictionaryField> Fields);

/// <summary>A file of the dump and its tables.</summary>
public sealed record DictionaryFile(string FileName, string Format, string Description, IReadOnlyList<DictionaryTable> Tables);

/// <summary>
/// The data dictionary of the open dump (ADR 019): every column and field of each file. It is the one place these
/// descriptions are written: the page /donnees-ouvertes/dictionnaire shows it, and tests check that it names exactly the
/// columns of <see cref="OfferCsv.AllColumns"/>, the fields of the data·inclusion records, of the GeoJSON and of metadata.json.
/// </summary>
public static class OpenDumpDictionary
{
    private const string Text = "texte";
    private const string Code = "code";
    private const string Codes = "liste de codes séparés par |";
    private const string Day = "date AAAA-MM-JJ";
    private const string Url = "adresse web (https)";
    private const string Urls = "adresses web séparées par |";

    private static readonly AllowedValues DataInclusionThematiques = new(Codes:
        DataInclusionVocabulary.ThematiquesByNeed.Values.SelectMany(v => v).Concat(DataInclusionVocabulary.ThematiqueByStage.Values)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());

    public static IReadOnlyList<DictionaryFile> Files { get; } =
    [
        new(WriteOpenDump.CsvFile, "CSV (UTF-8, virgule, guillemets RFC 4180)",
            "Une ligne par offre publiée, avec sa structure ; le format d'import d'Aiguillage : ce fichier se réimporte tel quel avec « aiguillage offers import ». Les valeurs multiples sont séparées par « | ».",
            [new("Colonnes", "Dans l'ordre du fichier.", CsvColumns())]),
        new(WriteOpenDump.DataInclusionFile, "JSON (UTF-8)",
            "Un objet { \"structures\": [...], \"services\": [...] } au schéma data·inclusion v1 (structure.json et service.json, Licence Ouverte 2.0) ; le fichier que lit « aiguillage offers import-data-inclusion ». Une fiche sans aucune date n'y figure pas : date_maj est obligatoire et n'est jamais une date de construction (ADR 017). Un champ sans valeur est omis.",
            [
                new("structures", "Une structure d'accompagnement ouverte.", DataInclusionStructureFields()),
                new("services", "Une offre publiée.", DataInclusionServiceFields()),
            ]),
        new(WriteOpenDump.GeoJsonFile, "GeoJSON (RFC 7946, WGS 84)",
            "Une FeatureCollection : un point par structure placée sur la carte (longitude, latitude arrondies à 5 décimales). Les structures qu'on ne sait pas placer n'y sont pas.",
            [new("features[].properties", "Chaque Feature a « id » (identifiant de la structure), une géométrie « Point » et ces propriétés.", GeoJsonProperties())]),
        new(OpenDumpManifest.FileName, "JSON (UTF-8)",
            "La description de la décharge : date, licence, comptes, et pour chaque fichier sa taille et son empreinte SHA-256.",
            [
                new("Racine", "", ManifestFields()),
                new("fichiers[]", "Un fichier de la décharge.", ManifestFileFields()),
            ]),
    ];

    private static List<DictionaryField> CsvColumns() =>
    [
        new(C.Source, Text, true, "Le jeu de données ; « aiguillage » dans la décharge. Avec identifiant, la clé de mise à jour d'un import."),
        new(C.Identifier, Text, true, "Identifiant de l'offre dans la source : « offre-{n} », n étant l'identifiant public (/offres/{n})."),
        new(C.StructureIdentifier, Text, true, "Identifiant de la structure dans la source : « structure-{n} » (/structures/{n})."),
        new(C.StructureName, Text, true, "Nom de la structure."),
        new(C.StructureKinds, Codes, true, "Types de la structure.", new(TaxonomyKind.StructureKind)),
        new(C.StructureSiret, "14 chiffres", false, "Numéro SIRET, clé de contrôle vérifiée."),
        new(C.StructureCommune, "code INSEE", false, "Commune de l'adresse de la structure (code officiel géographique)."),
        new(C.StructureWebsite, Url, false, "Site de la structure."),
        new(C.StructureEmail, "courriel", false, "Adresse publique de la structure."),
        new(C.StructurePhone, "téléphone", false, "Numéro public de la structure."),
        new(C.StructureNetworks, "textes séparés par |", false, "Réseaux d'appartenance (France Active, BGE…), en clair."),
        new(C.StructureEssSpecialist, "oui ou non", false, "« oui » pour un acteur spécialiste de l'ESS, « non » pour un acteur généraliste.", new(Codes: ["oui", "non"])),
        new(C.StructureDescription, Text, false, "Présentation de la structure."),
        new(C.StructureSources, Urls, false, "Pages publiques d'où viennent les informations sur la structure."),
        new(C.StructureVerifiedOn, Day, false, "Date à laquelle une personne a confirmé la fiche de la structure ; vide sinon."),
        new(C.Title, Text, true, "Titre de l'offre."),
        new(C.Description, Text, false, "Ce que l'offre apporte."),
        new(C.Types, Codes, true, "Types d'offre.", new(TaxonomyKind.OfferType)),
        new(C.Instruments, Codes, false, "Instruments financiers, seulement avec le type aide-financiere.", new(TaxonomyKind.FinancialInstrument)),
        new(C.Stages, Codes, true, "Étapes du projet que l'offre sert.", new(TaxonomyKind.Stage)),
        new(C.Needs, Codes, false, "Besoins d'accompagnement couverts.", new(TaxonomyKind.Need)),
        new(C.Publics, Codes, false, "Formes juridiques auxquelles l'offre est réservée ; vide : sans restriction.", new(TaxonomyKind.Public)),
        new(C.Zones, "liste niveau:code séparés par |", true, "Territoires où l'offre est disponible.",
            new(Rule: $"niveaux : {TerritoryLevels.AcceptedCodes} ; codes officiels (région, département, SIREN de l'EPCI, code INSEE de la commune), pays:FR pour toute la France")),
        new(C.PartialZones, "oui ou non", false, "« oui » : l'offre ne sert qu'une partie de ses territoires (un pays, un parc, quelques communes), que ses conditions décrivent ; une commune de ces territoires n'est donc pas sûrement servie. Vide : non.",
            new(Codes: ["oui", "non"])),
        new(C.Cost, Code, false, "Frais pour le porteur de projet ; vide : non précisé.", new(TaxonomyKind.Cost)),
        new(C.CostDetails, Text, false, "Précisions sur les frais."),
        new(C.Conditions, Text, false, "Conditions d'éligibilité, en clair."),
        new(C.HowToApply, Text, false, "Comment candidater ou prendre contact."),
        new(C.ApplicationUrl, Url, false, "Adresse de candidature ou de contact."),
        new(C.Email, "courriel", false, "Contact de l'offre."),
        new(C.Phone, "téléphone", false, "Contact de l'offre."),
        new(C.Duration, Text, false, "Durée, en clair (« 12 mois »)."),
        new(C.Status, Code, false, "Statut de l'offre : toujours « publiee » dans la décharge, qui ne contient que les offres publiées.", new(Codes: ["brouillon", "publiee", "suspendue", "archivee"])),
        new(C.VerifiedOn, Day, false, "Date à laquelle une personne a confirmé l'offre ; vide tant que personne ne l'a fait (jamais la date d'un import)."),
        new(C.EndsOn, Day, false, "Dernier jour où l'offre est proposée."),
        new(C.Sources, Urls, true, "Pages publiques d'où viennent les informations ; pour une offre saisie sans source, sa page sur Aiguillage."),
        new(C.SourceDate, "AAAA, AAAA-MM ou AAAA-MM-JJ", false, "Date que donne la source pour ces faits, aussi précise qu'elle ; vide si la source n'en donne pas."),
        new(C.Dispositif, Code, false, "Le dispositif (programme ou label) que l'offre met en œuvre, parmi ceux de /dispositifs."),
    ];

    private static List<DictionaryField> DataInclusionStructureFields() =>
    [
        new("source", Text, true, "Le producteur : « aiguillage ».", new(Codes: [StableIds.Source])),
        new("id", Text, true, "Identifiant stable : « aiguillage--structure-{n} »."),
        new("nom", "texte (3 à 150 caractères)", true, "Nom de la structure, coupé au dernier mot entier au-delà de 150 caractères."),
        new("date_maj", Day, true, "La plus récente de la vérification de la structure et des dates de ses offres publiées."),
        new("description", Text, false, "Présentation de la structure."),
        new("siret", "14 chiffres", false, "SIRET, seulement s'il est valide."),
        new("site_web", Url, false, "Site de la structure."),
        new("courriel", "courriel", false, "Adresse publique."),
        new("telephone", "téléphone", false, "Numéro public."),
        new("code_insee", "code INSEE", false, "Commune de l'adresse."),
        new("commune", Text, false, "Nom de cette commune."),
        new("code_postal", "5 chiffres", false, "Code postal, seulement si la commune n'en a qu'un."),
        new("lien_source", Url, true, "La fiche de la structure sur Aiguillage."),
        new("reseaux_porteurs", "liste de codes", false, "Réseaux de la structure présents dans la liste data·inclusion.",
            new(Codes: DataInclusionVocabulary.ReseauByNetwork.Values.Order(StringComparer.Ordinal).ToList())),
    ];

    private static List<DictionaryField> DataInclusionServiceFields() =>
    [
        new("source", Text, true, "Le producteur : « aiguillage ».", new(Codes: [StableIds.Source])),
        new("id", Text, true, "Identifiant stable : « aiguillage--offre-{n} »."),
        new("structure_id", Text, true, "L'id de la structure qui porte l'offre, dans la liste structures."),
        new("nom", "texte (3 à 150 caractères)", true, "Titre de l'offre."),
        new("description", Text, true, "Ce que l'offre apporte ; à défaut « {titre}, proposé par {structure}. »"),
        new("date_maj", Day, true, "La plus récente de la vérification de l'offre et de la date de sa source."),
        new("type", Code, false, "Type de service : le premier des types de l'offre qui a un équivalent (ADR 017).",
            new(Codes: DataInclusionVocabulary.TypeByOfferType.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList())),
        new("thematiques", "liste de codes", false, "Thématiques « créer une entreprise » déduites des besoins et des étapes (table de l'ADR 017).", DataInclusionThematiques),
        new("publics", "liste de codes", false, "« tous-publics » pour une offre sans restriction ; absent pour une offre réservée à des formes juridiques.", new(Codes: [DataInclusionVocabulary.EveryPublic])),
        new("publics_precisions", Text, false, "« Réservé à : Association, SCOP. » pour une offre réservée."),
        new("frais", Code, false, "Frais ; « variable » n'a pas d'équivalent et passe dans frais_precisions.",
            new(Codes: DataInclusionVocabulary.FraisByCost.Values.Order(StringComparer.Ordinal).ToList())),
        new("frais_precisions", Text, false, "Précisions sur les frais."),
        new("conditions_acces", Text, false, "Conditions d'éligibilité."),
        new("zone_eligibilite", "liste de codes", false, "Territoires : codes officiels de communes, départements, EPCI ; « france » pour le pays ; une région devient ses départements."),
        new("courriel", "courriel", false, "Contact de l'offre."),
        new("telephone", "téléphone", false, "Contact de l'offre."),
        new("modes_mobilisation", "liste de codes", false, "Comment mobiliser l'offre, selon les contacts qu'elle donne.",
            new(Codes: ["envoyer-un-courriel", "telephoner", "utiliser-lien-mobilisation"])),
        new("mobilisation_precisions", Text, false, "Comment candidater, en clair."),
        new("lien_mobilisation", Url, false, "Adresse de candidature."),
        new("lien_source", Url, true, "La fiche de l'offre sur Aiguillage."),
    ];

    private static List<DictionaryField> GeoJsonProperties() =>
    [
        new("nom", Text, true, "Nom de la structure."),
        new("url", Url, true, "Sa fiche sur Aiguillage."),
        new("commune", Text, false, "Commune de son adresse (null si inconnue)."),
        new("codeDepartement", Code, false, "Code du département où elle est placée."),
        new("departement", Text, false, "Nom de ce département."),
        new("precision", Code, true, "Ce que désigne le point : l'adresse, le centre de la commune ou celui du territoire servi.",
            new(Codes: Enum.GetValues<Catalogue.LocationPrecision>().Select(Maps.StructureGeoJson.Code).Where(c => c != "aucune").ToList())),
        new("types", "liste de codes", true, "Types de la structure.", new(TaxonomyKind.StructureKind)),
        new("nombreOffres", "entier", true, "Nombre de ses offres publiées."),
    ];

    private static List<DictionaryField> ManifestFields() =>
    [
        new("date", "date et heure ISO 8601 (UTC)", true, "Moment où la décharge a été écrite."),
        new("jour_catalogue", Day, true, "Jour (heure de Paris) du catalogue publié : les offres échues ce jour-là n'y sont plus."),
        new("producteur", Text, true, "« Aiguillage »."),
        new("site", Url, true, "L'adresse publique du site qui a produit la décharge."),
        new("dictionnaire", Url, true, "Ce dictionnaire."),
        new("licence", "objet { nom, url }", true, "La licence de tous les fichiers : Licence Ouverte 2.0."),
        new("comptes", "objet", true, "structures, offres, structures_data_inclusion, services_data_inclusion, structures_placees : les nombres d'enregistrements."),
        new("fichiers", "liste d'objets", true, "Chaque fichier de la décharge (ci-dessous)."),
    ];

    private static List<DictionaryField> ManifestFileFields() =>
    [
        new("nom", Text, true, "Nom du fichier."),
        new("format", Text, true, "CSV, JSON ou GeoJSON."),
        new("type_media", Text, true, "Son type de média (text/csv, application/json, application/geo+json)."),
        new("description", Text, true, "Ce qu'il contient."),
        new("enregistrements", "entier", true, "Lignes (CSV), structures et services (data·inclusion) ou points (GeoJSON)."),
        new("octets", "entier", true, "Sa taille."),
        new("sha256", "64 chiffres hexadécimaux", true, "Son empreinte SHA-256, pour vérifier un téléchargement."),
    ];
}
