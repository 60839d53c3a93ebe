using System.Text;
using Aiguillage.Accounts;
using Aiguillage.Mail;
using Aiguillage.Offers;
using Aiguillage.Organisations;
using Aiguillage.Orientation;
using Aiguillage.Referrals;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Data;

/// <summary>
/// The one model of the application. Each database provider has a thin subclass that only carries its own migrations
/// (ADR 001); nothing here depends on the provider.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<Account>(options), IDataProtectionKeyContext
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

    public DbSet<ModeratorScope> ModeratorScopes => Set<ModeratorScope>();

    public DbSet<StructureMembership> StructureMemberships => Set<StructureMembership>();

    public DbSet<Editing.ChangeProposal> ChangeProposals => Set<Editing.ChangeProposal>();

    public DbSet<Editing.ChangeRecord> ChangeRecords => Set<Editing.ChangeRecord>();

    public DbSet<Editing.VerificationPlan> VerificationPlans => Set<Editing.VerificationPlan>();

    public DbSet<MembershipRequest> MembershipRequests => Set<MembershipRequest>();

    public DbSet<Pathways.SupportChain> SupportChains => Set<Pathways.SupportChain>();

    /// <summary>Which instance runs each once-across-instances background job (see JobLeases).</summary>
    public DbSet<JobLease> JobLeases => Set<JobLease>();

    /// <summary>The keys that sign cookies and one-time links, shared by every instance of the site and by the CLI.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Every save that changes the catalogue also changes its stamp, in the same transaction (see CatalogVersion).</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (ChangesCatalogue())
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

    /// <summary>
    /// Synchronous saves are for the framework's own tables (data protection keys are stored this way); a change to the
    /// catalogue must go through SaveChangesAsync, which keeps the stamp.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        ChangesCatalogue()
            ? throw new NotSupportedException("Utilisez SaveChangesAsync : le tampon du catalogue y est tenu à jour.")
            : base.SaveChanges(acceptAllChangesOnSuccess);

    private bool ChangesCatalogue() =>
        ChangeTracker.Entries().Any(e => e.Entity is Offer or Structure or Dispositif or TaxonomyTerm or TerritoryDataset
            && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);

    /// <summary>Each entity's mapping sits beside it; they are listed here rather than found by reflection, so the model reads in one place.</summary>
    protected override void OnModelCreating(ModelBuilder builder)
    {
        // Identity's tables first (accounts, roles, logins, tokens), then ours.
        base.OnModelCreating(builder);
        builder.ApplyConfiguration(new RegionConfiguration());
        builder.ApplyConfiguration(new DepartementConfiguration());
        builder.ApplyConfiguration(new EpciConfiguration());
        builder.ApplyConfiguration(new CommuneConfiguration());
        builder.ApplyConfiguration(new CommunePostalCodeConfiguration());
        builder.ApplyConfiguration(new CommuneAliasConfiguration());
        builder.ApplyConfiguration(new TerritoryDatasetConfiguration());
        builder.ApplyConfiguration(new TaxonomyTermConfiguration());
        builder.ApplyConfiguration(new StructureConfiguration());
        builder.ApplyConfiguration(new DispositifConfiguration());
        builder.ApplyConfiguration(new OfferConfiguration());
        builder.ApplyConfiguration(new OrientationRequestConfiguration());
        builder.ApplyConfiguration(new QueuedMailConfiguration());
        builder.ApplyConfiguration(new ReferralConfiguration());
        builder.ApplyConfiguration(new ReferralEventConfiguration());
        builder.ApplyConfiguration(new CatalogVersionConfiguration());
        builder.ApplyConfiguration(new ModeratorScopeConfiguration());
        builder.ApplyConfiguration(new StructureMembershipConfiguration());
        builder.ApplyConfiguration(new Editing.ChangeProposalConfiguration());
        builder.ApplyConfiguration(new Editing.ChangeRecordConfiguration());
        builder.ApplyConfiguration(new Editing.VerificationPlanConfiguration());
        builder.ApplyConfiguration(new MembershipRequestConfiguration());
        builder.ApplyConfiguration(new Pathways.SupportChainConfiguration());
        builder.ApplyConfiguration(new JobLeaseConfiguration());
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");

        // snake_case columns, so that SQL written by hand reads the same on SQLite and PostgreSQL.
        foreach (var entity in builder.Model.GetEntityTypes())
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
