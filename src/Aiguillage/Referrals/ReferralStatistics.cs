namespace Aiguillage.Referrals;

/// <summary>What a structure did with the requests it received: counts, response time, redirections in and out.</summary>
public sealed record StructureReferralStats(int StructureId, int Received, int Open, int Accepted, int Declined, int RedirectedOut, int RedirectedIn, int Expired, TimeSpan? MedianFirstAnswer);

/// <summary>
/// The dashboard's figures, computed once from the requests' histories (the response time of a structure is from the
/// moment the request reached it to its first answer: taken on, declined, handed on or closed).
/// </summary>
public static class ReferralStatistics
{
    public static StructureReferralStats For(int structureId, IEnumerable<Referral> referrals)
    {
        int received = 0, open = 0, accepted = 0, declined = 0, outgoing = 0, incoming = 0, expired = 0;
        var list = referrals as IReadOnlyCollection<Referral> ?? referrals.ToList();
        foreach (var r in list)
        {
            foreach (var e in r.Events.OrderBy(e => e.AtUtc).ThenBy(e => e.Id))
            {
                var reachedHere = (e.Kind == ReferralEventKind.Sent && e.StructureId == structureId) || (e.Kind == ReferralEventKind.Redirected && e.TargetStructureId == structureId);
                if (reachedHere)
                {
                    received++;
                    incoming += e.Kind == ReferralEventKind.Redirected ? 1 : 0;
                    continue;
                }

                if (e.StructureId != structureId)
                {
                    continue;
                }

                switch (e.Kind)
                {
                    case ReferralEventKind.Accepted: accepted++; break;
                    case ReferralEventKind.Declined: declined++; break;
                    case ReferralEventKind.Redirected: outgoing++; break;
                    case ReferralEventKind.Expired: expired++; break;
                }
            }

            if (r.StructureId == structureId && ReferralRules.AwaitsAnswer(r.Status))
            {
                open++;
            }
        }

        var delays = list.SelectMany(FirstAnswers).Where(a => a.StructureId == structureId).Select(a => a.Delay).ToList();
        return new StructureReferralStats(structureId, received, open, accepted, declined, outgoing, incoming, expired, Median(delays));
    }

    /// <summary>
    /// The response times of a request, one per structure that held it and answered: from the moment it reached the
    /// structure (sent or handed to it) to its first answer (taken on, declined, handed on or closed).
    /// </summary>
    public static IEnumerable<(int StructureId, TimeSpan Delay)> FirstAnswers(Referral referral)
    {
        var reached = new Dictionary<int, DateTime>();
        foreach (var e in referral.Events.OrderBy(e => e.AtUtc).ThenBy(e => e.Id))
        {
            if (e.Kind is ReferralEventKind.Accepted or ReferralEventKind.Declined or ReferralEventKind.Redirected or ReferralEventKind.Closed
                && reached.Remove(e.StructureId, out var since))
            {
                yield return (e.StructureId, e.AtUtc - since);
            }

            if (e.Kind == ReferralEventKind.Sent)
            {
                reached[e.StructureId] = e.AtUtc;
            }
            else if (e.Kind == ReferralEventKind.Redirected && e.TargetStructureId is { } target)
            {
                reached[target] = e.AtUtc;
            }
        }
    }

    public static TimeSpan? Median(IReadOnlyList<TimeSpan> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
