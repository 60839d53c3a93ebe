using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Aiguillage.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "catalog_versions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    stamp = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_versions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "commune_aliases",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    commune_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_commune_aliases", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "communes",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    search_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    departement_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    region_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    epci_code = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    population = table.Column<long>(type: "bigint", nullable: false),
                    zone = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_communes", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "departements",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    search_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    region_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    zone = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    chef_lieu_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    population = table.Column<long>(type: "bigint", nullable: false),
                    name_link_type = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_departements", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "epcis",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    search_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    population = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_epcis", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "orientation_requests",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    commune_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    departement_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    region_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    needs = table.Column<List<string>>(type: "text[]", nullable: false),
                    @public = table.Column<string>(name: "public", type: "character varying(40)", maxLength: 40, nullable: true),
                    result_count = table.Column<int>(type: "integer", nullable: false),
                    alternative_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orientation_requests", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "regions",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    search_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    zone = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    chef_lieu_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    population = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regions", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "structures",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    source_identifier = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    kinds = table.Column<List<string>>(type: "text[]", nullable: false),
                    siret = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: true),
                    commune_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    website = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    networks = table.Column<List<string>>(type: "text[]", nullable: false),
                    is_ess_specialist = table.Column<bool>(type: "boolean", nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    source_urls = table.Column<List<string>>(type: "text[]", nullable: false),
                    last_verified_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_structures", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "taxonomy_terms",
                columns: table => new
                {
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    is_retired = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_taxonomy_terms", x => new { x.kind, x.code });
                });

            migrationBuilder.CreateTable(
                name: "territory_datasets",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    package = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    version = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    imported_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_territory_datasets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "commune_postal_codes",
                columns: table => new
                {
                    postal_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    commune_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_commune_postal_codes", x => new { x.postal_code, x.commune_code });
                    table.ForeignKey(
                        name: "FK_commune_postal_codes_communes_commune_code",
                        column: x => x.commune_code,
                        principalTable: "communes",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "offers",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    structure_id = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    source_identifier = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    types = table.Column<List<string>>(type: "text[]", nullable: false),
                    instruments = table.Column<List<string>>(type: "text[]", nullable: false),
                    stages = table.Column<List<string>>(type: "text[]", nullable: false),
                    needs = table.Column<List<string>>(type: "text[]", nullable: false),
                    publics = table.Column<List<string>>(type: "text[]", nullable: false),
                    zone_keys = table.Column<List<string>>(type: "text[]", nullable: false),
                    cost = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    cost_details = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    conditions = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    how_to_apply = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    application_url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    contact_email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    contact_phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    duration = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    last_verified_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: true),
                    source_urls = table.Column<List<string>>(type: "text[]", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_offers", x => x.id);
                    table.ForeignKey(
                        name: "FK_offers_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "taxonomy_terms",
                columns: new[] { "code", "kind", "description", "is_retired", "label", "sort_order" },
                values: new object[,]
                {
                    { "gratuit", "Cost", "Sans frais pour le bénéficiaire.", false, "Gratuit", 10 },
                    { "payant", "Cost", "Une participation financière est demandée au bénéficiaire.", false, "Payant", 20 },
                    { "variable", "Cost", "Le coût dépend de la situation ou du produit financier.", false, "Variable", 30 },
                    { "fonds-propres", "FinancialInstrument", "Un apport en capital ou en quasi-fonds propres.", false, "Fonds propres", 50 },
                    { "garantie", "FinancialInstrument", "Une garantie qui facilite l'accès au prêt bancaire.", false, "Garantie", 40 },
                    { "pret", "FinancialInstrument", "Un prêt, à taux zéro ou non.", false, "Prêt", 20 },
                    { "pret-honneur", "FinancialInstrument", "Un prêt personnel sans intérêt ni garantie, accordé au porteur.", false, "Prêt d'honneur", 30 },
                    { "prix-concours", "FinancialInstrument", "Une dotation attribuée à l'issue d'un concours ou d'un appel.", false, "Prix ou concours", 60 },
                    { "subvention", "FinancialInstrument", "Un financement non remboursable.", false, "Subvention", 10 },
                    { "commercial-communication", "Need", "Vendre, communiquer, répondre aux marchés publics.", false, "Commercial et communication", 80 },
                    { "competences-formation", "Need", "Former les dirigeants, salariés et bénévoles.", false, "Compétences et formation", 130 },
                    { "cooperation-reseau", "Need", "Se mettre en réseau, coopérer, mutualiser avec d'autres acteurs.", false, "Coopération et réseau", 120 },
                    { "difficultes", "Need", "Prévenir les difficultés, traverser une crise, rebondir.", false, "Difficultés", 140 },
                    { "emploi-rh", "Need", "Recruter, structurer la fonction employeur, gérer les compétences.", false, "Emploi et ressources humaines", 70 },
                    { "evaluation-impact", "Need", "Mesurer et valoriser l'utilité sociale et l'impact.", false, "Évaluation d'impact", 60 },
                    { "financement", "Need", "Trouver et obtenir des financements : subventions, prêts, garanties, fonds propres.", false, "Financement", 10 },
                    { "gouvernance", "Need", "Organiser les instances, la vie démocratique et coopérative.", false, "Gouvernance", 40 },
                    { "immobilier-locaux", "Need", "Trouver des locaux, du foncier, un lieu d'activité.", false, "Immobilier et locaux", 110 },
                    { "juridique", "Need", "Choisir une forme juridique, rédiger des statuts, sécuriser des conventions.", false, "Juridique", 30 },
                    { "modele-economique", "Need", "Construire ou faire évoluer le modèle économique et les ressources.", false, "Modèle économique", 20 },
                    { "numerique", "Need", "Outils numériques, transformation numérique, données.", false, "Numérique", 100 },
                    { "strategie", "Need", "Définir une stratégie, un plan de développement ou de changement d'échelle.", false, "Stratégie", 50 },
                    { "transition-ecologique", "Need", "Réduire son empreinte et développer des activités de transition.", false, "Transition écologique", 90 },
                    { "accompagnement", "OfferType", "Un suivi personnalisé du projet ou de la structure.", false, "Accompagnement individuel", 10 },
                    { "aide-financiere", "OfferType", "Un apport d'argent : subvention, prêt, garantie, fonds propres ou prix.", false, "Aide financière", 70 },
                    { "atelier", "OfferType", "Des séances collectives entre porteurs de projets ou structures.", false, "Atelier collectif", 20 },
                    { "diagnostic", "OfferType", "Un état des lieux partagé qui débouche sur des préconisations.", false, "Diagnostic", 40 },
                    { "formation", "OfferType", "Une formation, certifiante ou non.", false, "Formation", 50 },
                    { "hebergement-locaux", "OfferType", "Un bureau, un lieu ou un hébergement juridique de l'activité.", false, "Hébergement et locaux", 80 },
                    { "incubation", "OfferType", "Un programme d'incubation ou d'accélération sur plusieurs mois.", false, "Incubation ou accélération", 30 },
                    { "information", "OfferType", "Accueil, information, orientation et ressources.", false, "Information et orientation", 60 },
                    { "mise-en-reseau", "OfferType", "Des mises en relation, un réseau de pairs, des partenaires.", false, "Mise en réseau", 90 },
                    { "association", "Public", "Association loi 1901 ou de droit local.", false, "Association", 20 },
                    { "cae", "Public", "Coopérative d'activité et d'emploi.", false, "CAE", 50 },
                    { "collectivite", "Public", "Commune, intercommunalité, département ou région.", false, "Collectivité", 90 },
                    { "fondation", "Public", "Fondation ou fonds de dotation.", false, "Fondation", 70 },
                    { "mutuelle", "Public", "Mutuelle ou société d'assurance mutuelle.", false, "Mutuelle", 60 },
                    { "porteur-sans-structure", "Public", "Une personne ou un collectif dont le projet n'a pas encore de forme juridique.", false, "Porteur de projet sans structure", 10 },
                    { "scic", "Public", "Société coopérative d'intérêt collectif.", false, "SCIC", 40 },
                    { "scop", "Public", "Société coopérative et participative.", false, "SCOP", 30 },
                    { "societe-commerciale-ess", "Public", "Société commerciale de l'ESS, y compris agréée ESUS.", false, "Société commerciale de l'ESS", 80 },
                    { "changement-echelle", "Stage", "Essaimage, duplication, diversification, coopération ou fusion.", false, "Changement d'échelle", 50 },
                    { "consolidation", "Stage", "Développement et structuration d'une activité existante.", false, "Consolidation", 40 },
                    { "creation", "Stage", "Lancement de l'activité et premières années d'existence.", false, "Création", 30 },
                    { "emergence", "Stage", "Étude d'opportunité et de faisabilité, construction du projet.", false, "Émergence", 20 },
                    { "ideation", "Stage", "Une idée, un besoin repéré sur le territoire, pas encore de projet formalisé.", false, "Idéation", 10 },
                    { "accelerateur", "StructureKind", "Programme d'accélération ou de changement d'échelle.", false, "Accélérateur", 20 },
                    { "centre-ressources", "StructureKind", "Centre de ressources, observatoire, laboratoire d'idées ou organisme de formation.", false, "Centre de ressources", 130 },
                    { "conseil", "StructureKind", "Accompagnement par le mécénat de compétences ou le conseil.", false, "Conseil", 150 },
                    { "cooperative", "StructureKind", "Coopérative d'activité et d'emploi, union régionale des SCOP et SCIC.", false, "Coopérative d'accompagnement", 50 },
                    { "couveuse", "StructureKind", "Structure qui permet de tester une activité en grandeur réelle.", false, "Couveuse", 40 },
                    { "cress", "StructureKind", "Chambre régionale de l'économie sociale et solidaire.", false, "CRESS", 70 },
                    { "dla", "StructureKind", "Opérateur ou niveau du dispositif local d'accompagnement.", false, "Dispositif local d'accompagnement", 60 },
                    { "financeur", "StructureKind", "Acteur ou outil de financement.", false, "Financeur", 80 },
                    { "generateur", "StructureKind", "Fabrique à initiatives ou dispositif qui fait émerger des projets à partir des besoins d'un territoire.", false, "Générateur de projets", 30 },
                    { "incubateur", "StructureKind", "Incubateur de l'ESS ou d'innovation sociale.", false, "Incubateur", 10 },
                    { "plateforme-orientation", "StructureKind", "Guichet ou plateforme d'accueil et d'orientation.", false, "Plateforme d'orientation", 140 },
                    { "programme", "StructureKind", "Programme porté par un réseau non public.", false, "Programme d'un réseau", 120 },
                    { "programme-public", "StructureKind", "Programme, label ou dispositif public.", false, "Programme public", 110 },
                    { "reseau", "StructureKind", "Réseau, fédération ou collectif d'acteurs.", false, "Réseau", 90 },
                    { "tiers-lieu", "StructureKind", "Tiers-lieu ou réseau de tiers-lieux.", false, "Tiers-lieu", 100 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_commune_postal_codes_commune_code",
                table: "commune_postal_codes",
                column: "commune_code");

            migrationBuilder.CreateIndex(
                name: "IX_communes_departement_code",
                table: "communes",
                column: "departement_code");

            migrationBuilder.CreateIndex(
                name: "IX_communes_epci_code",
                table: "communes",
                column: "epci_code");

            migrationBuilder.CreateIndex(
                name: "IX_communes_search_name",
                table: "communes",
                column: "search_name");

            migrationBuilder.CreateIndex(
                name: "IX_departements_region_code",
                table: "departements",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "IX_departements_search_name",
                table: "departements",
                column: "search_name");

            migrationBuilder.CreateIndex(
                name: "IX_epcis_search_name",
                table: "epcis",
                column: "search_name");

            migrationBuilder.CreateIndex(
                name: "IX_offers_source_source_identifier",
                table: "offers",
                columns: new[] { "source", "source_identifier" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_offers_status",
                table: "offers",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "IX_offers_structure_id",
                table: "offers",
                column: "structure_id");

            migrationBuilder.CreateIndex(
                name: "IX_orientation_requests_departement_code_day",
                table: "orientation_requests",
                columns: new[] { "departement_code", "day" });

            migrationBuilder.CreateIndex(
                name: "IX_orientation_requests_region_code_day",
                table: "orientation_requests",
                columns: new[] { "region_code", "day" });

            migrationBuilder.CreateIndex(
                name: "IX_regions_search_name",
                table: "regions",
                column: "search_name");

            migrationBuilder.CreateIndex(
                name: "IX_structures_commune_code",
                table: "structures",
                column: "commune_code");

            migrationBuilder.CreateIndex(
                name: "IX_structures_source_source_identifier",
                table: "structures",
                columns: new[] { "source", "source_identifier" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "catalog_versions");

            migrationBuilder.DropTable(
                name: "commune_aliases");

            migrationBuilder.DropTable(
                name: "commune_postal_codes");

            migrationBuilder.DropTable(
                name: "departements");

            migrationBuilder.DropTable(
                name: "epcis");

            migrationBuilder.DropTable(
                name: "offers");

            migrationBuilder.DropTable(
                name: "orientation_requests");

            migrationBuilder.DropTable(
                name: "regions");

            migrationBuilder.DropTable(
                name: "taxonomy_terms");

            migrationBuilder.DropTable(
                name: "territory_datasets");

            migrationBuilder.DropTable(
                name: "communes");

            migrationBuilder.DropTable(
                name: "structures");
        }
    }
}
