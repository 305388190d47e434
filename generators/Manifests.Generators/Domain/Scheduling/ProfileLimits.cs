namespace Manifests.Generators.Domain.Scheduling;

/// <summary>
/// The bounds within which a cluster profile is read. The file is untrusted and read inside the compiler, where a stack
/// overflow kills the build and nothing can catch it, so every cost the file drives is bounded here; each bound sits far
/// above what <c>kubectl get nodes</c> prints for the largest cluster Kubernetes supports. A file past one is not used,
/// and a KM303 says which bound and what to do.
/// </summary>
internal sealed class ProfileLimits
{
    public static readonly ProfileLimits Default = new();

    /// <summary>
    /// The longest file read, in characters. kubectl prints about 13 KB a node (most of it status.images and
    /// conditions), so 64 Mi characters hold 5,000 nodes; reading them takes about two seconds.
    /// </summary>
    public int MaxCharacters { get; init; } = 64 * 1024 * 1024;

    /// <summary>
    /// The deepest nesting of mappings and sequences. kubectl's output nests about 10 levels. The parser's own cost grows
    /// with depth (its simple-key checks scan every open level for each token), and the tree is read by recursion.
    /// </summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>
    /// The most objects the file may list, Nodes or anything else: 5,000, the nodes of the largest cluster Kubernetes
    /// supports. With the limits on labels and taints, this bounds what the nodes kept in memory take, and the work spent
    /// on what is kept, whatever aliases repeat.
    /// </summary>
    public int MaxObjects { get; init; } = 5_000;

    /// <summary>The most taints a node may carry. Real nodes carry a handful; every workload's pod is checked against each.</summary>
    public int MaxTaintsPerNode { get; init; } = 100;

    /// <summary>The most labels a node may carry; node feature discovery adds a couple of hundred.</summary>
    public int MaxLabelsPerNode { get; init; } = 500;

    /// <summary>
    /// The longest value kept (a name, label, taint or quantity). Kubernetes' longest is a qualified key, 317 characters;
    /// taints are quoted in KM301 messages, once per workload.
    /// </summary>
    public int MaxValueLength { get; init; } = 512;

    /// <summary>
    /// The YAML events read may not exceed this many, plus <see cref="EventsPerCharacter"/> for each character of the
    /// file. An alias repeats the events of its anchored node each time it is used, so nested aliases can make a few
    /// hundred bytes expand to millions of nodes; counting every event, repeated ones too, keeps the cost linear in the
    /// file. A file without aliases reads at most about one event a character (kubectl's output, one per 20).
    /// </summary>
    public int BaseEvents { get; init; } = 10_000;

    /// <inheritdoc cref="BaseEvents"/>
    public int EventsPerCharacter { get; init; } = 2;

    /// <summary>
    /// The most problems reported one by one; the last says how many follow. Each is a warning in the build log, and the
    /// command-line compiler slows down quadratically with tens of thousands of diagnostics.
    /// </summary>
    public int MaxListedProblems { get; init; } = 100;

    /// <summary>How many events a file of <paramref name="length"/> characters may read.</summary>
    public long EventBudget(int length) => BaseEvents + ((long)EventsPerCharacter * length);
}
