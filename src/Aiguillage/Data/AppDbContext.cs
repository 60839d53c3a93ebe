using System.Text;
using Aiguillage.Mail;
using Aiguillage.Offers;
using Aiguillage.Organisations;
using Aiguillage.Orientation;
using Aiguillage.Referrals;
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

    public DbSet<Dispositif> Dispositifs => Set<Dispositif>();

    public DbSet<OrientationRequest> OrientationRequests => Set<OrientationRequest>();

    public DbSet<CatalogVersion> CatalogVersions => Set<CatalogVersion>();

    public DbSet<QueuedMail> QueuedMails => Set<QueuedMail>();

    public DbSet<Referral> Referrals => Set<Referral>();

    /// <summary>Every save that changes the catalogue also changes its stamp, in the same transaction (see CatalogVersion).</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (ChangeTracker.Entries().Any(e => e.Entity is Offer or Structure or Dispositif or TaxonomyTerm or TerritoryDataset
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

    /// <summary>Each entity's mapping sits beside it; they are listed here rather than found by reflection, so the model reads in one place.</summary>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new RegionConfiguration());
        modelBuilder.ApplyConfiguration(new DepartementConfiguration());
        modelBuilder.ApplyConfiguration(new EpciConfiguration());
        modelBuilder.ApplyConfiguration(new CommuneConfiguration());
        modelBuilder.ApplyConfiguration(new CommunePostalCodeConfiguration());
        modelBuilder.ApplyConfiguration(new CommuneAliasConfiguration());
        modelBuilder.ApplyConfiguration(new TerritoryDatasetConfiguration());
        modelBuilder.ApplyConfiguration(new TaxonomyTermConfiguration());
        modelBuilder.ApplyConfiguration(new StructureConfiguration());
        modelBuilder.ApplyConfiguration(new DispositifConfiguration());
        modelBuilder.ApplyConfiguration(new OfferConfiguration());
        modelBuilder.ApplyConfiguration(new OrientationRequestConfiguration());
        modelBuilder.ApplyConfiguration(new QueuedMailConfiguration());
        modelBuilder.ApplyConfiguration(new ReferralConfiguration());
        modelBuilder.ApplyConfiguration(new ReferralEventConfiguration());
        modelBuilder.ApplyConfiguration(new CatalogVersionConfiguration());

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
