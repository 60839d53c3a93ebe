using System.Text;
using Aiguillage.Offers;
using Aiguillage.Organisations;
using Aiguillage.Orientation;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Data;

/// <summary>
/// The one model of the application. Each database provider has a thin subclass that only carries its own migrations
/// (ADR 001); nothing here depends on the provider.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Region> Regions => Set<Region>();

    public DbSet<Departement> Departements => Set<Departement>();

    public DbSet<Epci> Epcis => Set<Epci>();

    public DbSet<Commune> Communes => Set<Commune>();

    public DbSet<CommunePostalCode> CommunePostalCodes => Set<CommunePostalCode>();

    public DbSet<CommuneAlias> CommuneAliases => Set<CommuneAlias>();

    public DbSet<TerritoryDataset> TerritoryDatasets => Set<TerritoryDataset>();

    public DbSet<TaxonomyTerm> TaxonomyTerms => Set<TaxonomyTerm>();

    public DbSet<Structure> Structures => Set<Structure>();

    public DbSet<Offer> Offers => Set<Offer>();

    public DbSet<OrientationRequest> OrientationRequests => Set<OrientationRequest>();

    public DbSet<CatalogVersion> CatalogVersions => Set<CatalogVersion>();

    /// <summary>Every save that changes the catalogue also changes its stamp, in the same transaction (see CatalogVersion).</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (ChangeTracker.Entries().Any(e => e.Entity is Offer or Structure or TaxonomyTerm or TerritoryDataset
            && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            var version = await CatalogVersions.FindAsync([CatalogVersion.SingletonId], cancellationToken);
            if (version is null)
            {
                CatalogVersions.Add(new CatalogVersion());
            }
            else
            {
                version.Touch();
            }
        }

        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Utilisez SaveChangesAsync : le tampon du catalogue y est tenu à jour.");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Region>(e =>
        {
            e.ToTable("regions");
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(3);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.SearchName).HasMaxLength(100);
            e.Property(x => x.Zone).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.ChefLieuCode).HasMaxLength(5);
            e.HasIndex(x => x.SearchName);
        });

        modelBuilder.Entity<Departement>(e =>
        {
            e.ToTable("departements");
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(3);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.SearchName).HasMaxLength(100);
            e.Property(x => x.RegionCode).HasMaxLength(3);
            e.Property(x => x.Zone).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.ChefLieuCode).HasMaxLength(5);
            e.HasIndex(x => x.SearchName);
            e.HasIndex(x => x.RegionCode);
        });

        modelBuilder.Entity<Epci>(e =>
        {
            e.ToTable("epcis");
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(9);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.SearchName).HasMaxLength(200);
            e.Property(x => x.Kind).HasMaxLength(10);
            e.HasIndex(x => x.SearchName);
        });

        modelBuilder.Entity<Commune>(e =>
        {
            e.ToTable("communes");
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(5);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.SearchName).HasMaxLength(100);
            e.Property(x => x.DepartementCode).HasMaxLength(3);
            e.Property(x => x.RegionCode).HasMaxLength(3);
            e.Property(x => x.EpciCode).HasMaxLength(9);
            e.Property(x => x.Zone).HasConversion<string>().HasMaxLength(10);
            e.HasIndex(x => x.SearchName);
            e.HasIndex(x => x.DepartementCode);
            e.HasIndex(x => x.EpciCode);
            e.HasMany(x => x.PostalCodes).WithOne().HasForeignKey(x => x.CommuneCode).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<CommunePostalCode>(e =>
        {
            e.ToTable("commune_postal_codes");
            e.HasKey(x => new { x.PostalCode, x.CommuneCode });
            e.Property(x => x.PostalCode).HasMaxLength(5);
            e.Property(x => x.CommuneCode).HasMaxLength(5);
            e.HasIndex(x => x.CommuneCode);
        });

        modelBuilder.Entity<CommuneAlias>(e =>
        {
            e.ToTable("commune_aliases");
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(5);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.CommuneCode).HasMaxLength(5);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        });

        modelBuilder.Entity<TerritoryDataset>(e =>
        {
            e.ToTable("territory_datasets");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Package).HasMaxLength(100);
            e.Property(x => x.Version).HasMaxLength(30);
        });

        modelBuilder.Entity<TaxonomyTerm>(e =>
        {
            e.ToTable("taxonomy_terms");
            e.HasKey(x => new { x.Kind, x.Code });
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Code).HasMaxLength(40);
            e.Property(x => x.Label).HasMaxLength(100);
            e.Property(x => x.Description).HasMaxLength(500);
            e.HasData(TaxonomyCatalog.Version1.Select(t => new
            {
                t.Kind,
                t.Code,
                t.Label,
                t.Description,
                t.SortOrder,
                t.IsRetired,
            }));
        });

        modelBuilder.Entity<Structure>(e =>
        {
            e.ToTable("structures");
            e.HasKey(x => x.Id);
            e.Property(x => x.Source).HasMaxLength(100);
            e.Property(x => x.SourceIdentifier).HasMaxLength(200);
            e.Property(x => x.Name).HasMaxLength(300);
            e.Property(x => x.Siret).HasMaxLength(14);
            e.Property(x => x.CommuneCode).HasMaxLength(5);
            e.Property(x => x.Website).HasMaxLength(500);
            e.Property(x => x.Email).HasMaxLength(320);
            e.Property(x => x.Phone).HasMaxLength(30);
            e.Property(x => x.Description).HasMaxLength(4000);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Ignore(x => x.Details);
            e.HasIndex(x => new { x.Source, x.SourceIdentifier }).IsUnique();
            e.HasIndex(x => x.CommuneCode);
        });

        modelBuilder.Entity<Offer>(e =>
        {
            e.ToTable("offers");
            e.HasKey(x => x.Id);
            e.Property(x => x.Source).HasMaxLength(100);
            e.Property(x => x.SourceIdentifier).HasMaxLength(200);
            e.Property(x => x.Title).HasMaxLength(300);
            e.Property(x => x.Description).HasMaxLength(4000);
            e.Property(x => x.Cost).HasMaxLength(40);
            e.Property(x => x.CostDetails).HasMaxLength(1000);
            e.Property(x => x.Conditions).HasMaxLength(2000);
            e.Property(x => x.HowToApply).HasMaxLength(2000);
            e.Property(x => x.ApplicationUrl).HasMaxLength(500);
            e.Property(x => x.ContactEmail).HasMaxLength(320);
            e.Property(x => x.ContactPhone).HasMaxLength(30);
            e.Property(x => x.Duration).HasMaxLength(200);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Ignore(x => x.Zones);
            e.Ignore(x => x.Details);
            e.HasOne(x => x.Structure).WithMany().HasForeignKey(x => x.StructureId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.Source, x.SourceIdentifier }).IsUnique();
            e.HasIndex(x => x.Status);
        });

        modelBuilder.Entity<OrientationRequest>(e =>
        {
            e.ToTable("orientation_requests");
            e.HasKey(x => x.Id);
            e.Property(x => x.CommuneCode).HasMaxLength(5);
            e.Property(x => x.DepartementCode).HasMaxLength(3);
            e.Property(x => x.RegionCode).HasMaxLength(3);
            e.Property(x => x.Stage).HasMaxLength(40);
            e.Property(x => x.Public).HasMaxLength(40);
            e.HasIndex(x => new { x.DepartementCode, x.Day });
            e.HasIndex(x => new { x.RegionCode, x.Day });
        });

        modelBuilder.Entity<CatalogVersion>(e =>
        {
            e.ToTable("catalog_versions");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Stamp).HasMaxLength(32);
        });

        // snake_case columns, so that SQL written by hand reads the same on SQLite and PostgreSQL.
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(ToSnakeCase(property.Name));
            }
        }
    }

    private static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
