namespace Aiguillage.Taxonomy;

/// <summary>
/// Version 1 of the référentiels (product brief, "Vocabulary"). It seeds the tables through the first migration;
/// after that the tables are the truth and editors change them there.
/// </summary>
public static class TaxonomyCatalog
{
    public static IReadOnlyList<TaxonomyTerm> Version1 { get; } = Build();

    private static List<TaxonomyTerm> Build()
    {
        var terms = new List<TaxonomyTerm>();

        void Add(TaxonomyKind kind, params (string Code, string Label, string Description)[] items)
        {
            for (var i = 0; i < items.Length; i++)
            {
                terms.Add(new TaxonomyTerm(kind, items[i].Code, items[i].Label, items[i].Description, (i + 1) * 10));
            }
        }

        Add(
            TaxonomyKind.Stage,
            ("ideation", "Idéation", "Une idée, un besoin repéré sur le territoire, pas encore de projet formalisé."),
            ("emergence", "Émergence", "Étude d'opportunité et de faisabilité, construction du projet."),
            ("creation", "Création", "Lancement de l'activité et premières années d'existence."),
            ("consolidation", "Consolidation", "Développement et structuration d'une activité existante."),
            ("changement-echelle", "Changement d'échelle", "Essaimage, duplication, diversification, coopération ou fusion."));

        Add(
            TaxonomyKind.Need,
            ("financement", "Financement", "Trouver et obtenir des financements : subventions, prêts, garanties, fonds propres."),
            ("modele-economique", "Modèle économique", "Construire ou faire évoluer le modèle économique et les ressources."),
            ("juridique", "Juridique", "Choisir une forme juridique, rédiger des statuts, sécuriser des conventions."),
            ("gouvernance", "Gouvernance", "Organiser les instances, la vie démocratique et coopérative."),
            ("strategie", "Stratégie", "Définir une stratégie, un plan de développement ou de changement d'échelle."),
            ("evaluation-impact", "Évaluation d'impact", "Mesurer et valoriser l'utilité sociale et l'impact."),
            ("emploi-rh", "Emploi et ressources humaines", "Recruter, structurer la fonction employeur, gérer les compétences."),
            ("commercial-communication", "Commercial et communication", "Vendre, communiquer, répondre aux marchés publics."),
            ("transition-ecologique", "Transition écologique", "Réduire son empreinte et développer des activités de transition."),
            ("numerique", "Numérique", "Outils numériques, transformation numérique, données."),
            ("immobilier-locaux", "Immobilier et locaux", "Trouver des locaux, du foncier, un lieu d'activité."),
            ("cooperation-reseau", "Coopération et réseau", "Se mettre en réseau, coopérer, mutualiser avec d'autres acteurs."),
            ("competences-formation", "Compétences et formation", "Former les dirigeants, salariés et bénévoles."),
            ("difficultes", "Difficultés", "Prévenir les difficultés, traverser une crise, rebondir."));

        Add(
            TaxonomyKind.Public,
            ("porteur-sans-structure", "Porteur de projet sans structure", "Une personne ou un collectif dont le projet n'a pas encore de forme juridique."),
            ("association", "Association", "Association loi 1901 ou de droit local."),
            ("scop", "SCOP", "Société coopérative et participative."),
            ("scic", "SCIC", "Société coopérative d'intérêt collectif."),
            ("cae", "CAE", "Coopérative d'activité et d'emploi."),
            ("mutuelle", "Mutuelle", "Mutuelle ou société d'assurance mutuelle."),
            ("fondation", "Fondation", "Fondation ou fonds de dotation."),
            ("societe-commerciale-ess", "Société commerciale de l'ESS", "Société commerciale de l'ESS, y compris agréée ESUS."),
            ("collectivite", "Collectivité", "Commune, intercommunalité, département ou région."));

        Add(
            TaxonomyKind.OfferType,
            ("accompagnement", "Accompagnement individuel", "Un suivi personnalisé du projet ou de la structure."),
            ("atelier", "Atelier collectif", "Des séances collectives entre porteurs de projets ou structures."),
            ("incubation", "Incubation ou accélération", "Un programme d'incubation ou d'accélération sur plusieurs mois."),
            ("diagnostic", "Diagnostic", "Un état des lieux partagé qui débouche sur des préconisations."),
            ("formation", "Formation", "Une formation, certifiante ou non."),
            ("information", "Information et orientation", "Accueil, information, orientation et ressources."),
            ("aide-financiere", "Aide financière", "Un apport d'argent : subvention, prêt, garantie, fonds propres ou prix."),
            ("hebergement-locaux", "Hébergement et locaux", "Un bureau, un lieu ou un hébergement juridique de l'activité."),
            ("mise-en-reseau", "Mise en réseau", "Des mises en relation, un réseau de pairs, des partenaires."));

        Add(
            TaxonomyKind.FinancialInstrument,
            ("subvention", "Subvention", "Un financement non remboursable."),
            ("pret", "Prêt", "Un prêt, à taux zéro ou non."),
            ("pret-honneur", "Prêt d'honneur", "Un prêt personnel sans intérêt ni garantie, accordé au porteur."),
            ("garantie", "Garantie", "Une garantie qui facilite l'accès au prêt bancaire."),
            ("fonds-propres", "Fonds propres", "Un apport en capital ou en quasi-fonds propres."),
            ("prix-concours", "Prix ou concours", "Une dotation attribuée à l'issue d'un concours ou d'un appel."));

        Add(
            TaxonomyKind.Cost,
            ("gratuit", "Gratuit", "Sans frais pour le bénéficiaire."),
            ("payant", "Payant", "Une participation financière est demandée au bénéficiaire."),
            ("variable", "Variable", "Le coût dépend de la situation ou du produit financier."));

        Add(
            TaxonomyKind.StructureKind,
            ("incubateur", "Incubateur", "Incubateur de l'ESS ou d'innovation sociale."),
            ("accelerateur", "Accélérateur", "Programme d'accélération ou de changement d'échelle."),
            ("generateur", "Générateur de projets", "Fabrique à initiatives ou dispositif qui fait émerger des projets à partir des besoins d'un territoire."),
            ("couveuse", "Couveuse", "Structure qui permet de tester une activité en grandeur réelle."),
            ("cooperative", "Coopérative d'accompagnement", "Coopérative d'activité et d'emploi, union régionale des SCOP et SCIC."),
            ("dla", "Dispositif local d'accompagnement", "Opérateur ou niveau du dispositif local d'accompagnement."),
            ("cress", "CRESS", "Chambre régionale de l'économie sociale et solidaire."),
            ("financeur", "Financeur", "Acteur ou outil de financement."),
            ("reseau", "Réseau", "Réseau, fédération ou collectif d'acteurs."),
            ("tiers-lieu", "Tiers-lieu", "Tiers-lieu ou réseau de tiers-lieux."),
            ("programme-public", "Programme public", "Programme, label ou dispositif public."),
            ("programme", "Programme d'un réseau", "Programme porté par un réseau non public."),
            ("centre-ressources", "Centre de ressources", "Centre de ressources, observatoire, laboratoire d'idées ou organisme de formation."),
            ("plateforme-orientation", "Plateforme d'orientation", "Guichet ou plateforme d'accueil et d'orientation."),
            ("conseil", "Conseil", "Accompagnement par le mécénat de compétences ou le conseil."));

        Add(
            TaxonomyKind.DeclineReason,
            ("hors-territoire", "Hors de notre territoire", "Le projet se situe hors du territoire que couvre l'offre."),
            ("hors-champ", "Hors de notre champ", "Le projet ne relève pas de ce que propose l'offre."),
            ("public", "Public non accompagné", "Le porteur ou la structure ne fait pas partie du public accompagné."),
            ("etape", "Étape non accompagnée", "L'offre n'accompagne pas le projet à son étape actuelle."),
            ("capacite", "Plus de place pour l'instant", "La structure ne peut pas accompagner de nouveau projet pour le moment."),
            ("offre-arretee", "Offre arrêtée", "L'offre n'existe plus ou est suspendue."),
            ("injoignable", "Porteur injoignable", "La structure n'a pas pu joindre le porteur de projet."),
            ("autre", "Autre motif", "Un autre motif, précisé dans la note."));

        return terms;
    }
}
