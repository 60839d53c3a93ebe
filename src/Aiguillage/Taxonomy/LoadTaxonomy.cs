using Aiguillage.Data;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Taxonomy;

public sealed class LoadTaxonomy(AppDbContext db)
{
    public async Task<TaxonomySnapshot> HandleAsync(CancellationToken cancellationToken = default) =>
        new(await db.TaxonomyTerms.AsNoTracking().ToListAsync(cancellationToken));
}
