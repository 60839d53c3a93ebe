using Aiguillage.Offers;
using Aiguillage.Taxonomy;

namespace Aiguillage.Catalogue;

/// <summary>
/// The attribute filters every reader offers (annuaire, search, map, coverage, listings); null means "any". Public follows
/// the orientation: an offer without restriction accepts every public. The rule itself is <see cref="CatalogueRules.Accepts"/>.
/// </summary>
public sealed record CatalogueFilter(string? Stage = null, string? Need = null, string? Public = null, string? Type = null, string? Cost = null)
{
    public string? Value(TaxonomyKind kind) => kind switch
    {
        TaxonomyKind.Stage => Stage,
        TaxonomyKind.Need => Need,
        TaxonomyKind.Public => Public,
        TaxonomyKind.OfferType => Type,
        TaxonomyKind.Cost => Cost,
        _ => null,
    };

    public CatalogueFilter With(TaxonomyKind kind, string? value) => kind switch
    {
        TaxonomyKind.Stage => this with { Stage = value },
        TaxonomyKind.Need => this with { Need = value },
        TaxonomyKind.Public => this with { Public = value },
        TaxonomyKind.OfferType => this with { Type = value },
        TaxonomyKind.Cost => this with { Cost = value },
        _ => this,
    };

    public bool IsEmpty => Stage is null && Need is null && Public is null && Type is null && Cost is null;

    public bool Accepts(OfferView offer) => CatalogueRules.Accepts(this, offer);
}
