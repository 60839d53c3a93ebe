using Aiguillage.Catalogue;
using Aiguillage.Offers;

namespace Aiguillage.Quality;

/// <summary>An offer's quality for its members: a score out of 100 and, in French, what would raise it.</summary>
public sealed record OfferQualityAssessment(int Score, IReadOnlyList<string> Improvements);

/// <summary>
/// The quality indicator of an offer, written once: completeness (what a project holder needs to decide and act) and
/// recency (the freshness rule of Evidence). Each point missing says how to earn it.
/// </summary>
public static class OfferQuality
{
    /// <summary>Points for each part; they add up to 100.</summary>
    private const int Recency = 30, Description = 15, Contact = 15, HowToApply = 10, Cost = 10, Needs = 10, Sources = 10;

    public static OfferQualityAssessment Assess(OfferView offer, DateOnly today)
    {
        var score = 0;
        var improvements = new List<string>();
        void Check(bool met, int points, string improvement)
        {
            if (met)
            {
                score += points;
            }
            else
            {
                improvements.Add(improvement);
            }
        }

        var evidence = Evidence.State(offer.LastVerifiedOn, offer.SourceDate, today);
        score += evidence switch { EvidenceState.Verified => Recency, EvidenceState.RecentSource => Recency / 2, _ => 0 };
        if (evidence != EvidenceState.Verified)
        {
            improvements.Add("Confirmez que l'offre est à jour : elle affichera « vérifiée le » et remontera dans les résultats.");
        }

        Check(offer.Description.Trim().Length >= 200, Description, "Décrivez l'offre en au moins 200 caractères : pour qui, quoi, comment, combien de temps.");
        Check(offer.ContactEmail is not null || offer.ContactPhone is not null, Contact, "Donnez une adresse électronique ou un téléphone de contact pour l'offre : les demandes de mise en relation vous arriveront directement.");
        Check(!string.IsNullOrWhiteSpace(offer.HowToApply) || offer.ApplicationUrl is not null, HowToApply, "Dites comment en bénéficier (démarche ou lien de candidature).");
        Check(offer.Cost is not null, Cost, "Indiquez si l'offre est gratuite, payante ou variable.");
        Check(offer.Needs.Count > 0, Needs, "Indiquez les besoins auxquels l'offre répond : l'orientation s'en sert pour la proposer.");
        Check(offer.SourceUrls.Count > 0, Sources, "Ajoutez l'adresse d'une page publique qui décrit l'offre.");
        return new OfferQualityAssessment(score, improvements);
    }
}
