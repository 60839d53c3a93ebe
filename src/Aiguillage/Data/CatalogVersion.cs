namespace Aiguillage.Data;

/// <summary>
/// A stamp that changes with every write to offers, structures, référentiels or territories. Each web instance compares it
/// with the stamp of its in-memory index and rebuilds when it differs, so several instances stay in step without a bus.
/// A new random stamp (not a counter) cannot be lost between two concurrent writers.
/// </summary>
public sealed class CatalogVersion
{
    public const int SingletonId = 1;

    public int Id { get; private set; } = SingletonId;

    public string Stamp { get; private set; } = Guid.NewGuid().ToString("N");

    public void Touch() => Stamp = Guid.NewGuid().ToString("N");
}
