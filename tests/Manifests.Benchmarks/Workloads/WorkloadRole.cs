namespace Manifests.Benchmarks.Workloads;

/// <summary>
/// What a service of the benchmark project is, which decides the attributes its class carries. Services come in groups
/// of ten (a "domain" with its own ConfigMap, database and database Secret), each group the same mix:
/// <list type="table">
/// <item><term>0, 5</term><description><see cref="Web"/>: the edited workload is always one of these.</description></item>
/// <item><term>1</term><description><see cref="Database"/>.</description></item>
/// <item><term>2, 8</term><description><see cref="Api"/>.</description></item>
/// <item><term>3</term><description><see cref="Worker"/>.</description></item>
/// <item><term>4</term><description><see cref="MigratingApi"/>.</description></item>
/// <item><term>6, 9</term><description><see cref="PublicApi"/>.</description></item>
/// <item><term>7</term><description><see cref="BatchWorker"/>.</description></item>
/// </list>
/// </summary>
internal enum WorkloadRole
{
    /// <summary>
    /// A web front end: a Deployment with a written replica count, a server and a log-shipper sidecar on nested classes,
    /// a Service, an Ingress on the shared web host, a disruption budget, a prod replica override.
    /// </summary>
    Web,

    /// <summary>
    /// The domain's database: a StatefulSet of 3 with a volume claim, credentials from the domain's Secret, a governing
    /// Service, a disruption budget, node and pod anti-affinity.
    /// </summary>
    Database,

    /// <summary>
    /// An internal API: an autoscaled Deployment (no replica count), a Service, a disruption budget, env and a volume from
    /// the domain's ConfigMap, the database's URL from its Secret, a dependency on the database, prod autoscaler bounds.
    /// </summary>
    Api,

    /// <summary>A queue worker: a Deployment with a written replica count and no Service; a liveness probe on its metrics port.</summary>
    Worker,

    /// <summary>An <see cref="Api"/> behind the shared API host, with a migration init container on a nested class.</summary>
    MigratingApi,

    /// <summary>An <see cref="Api"/> behind the shared API host.</summary>
    PublicApi,

    /// <summary>A batch worker: a Deployment recreated on update, startup and liveness probes that exec, no port, no Service.</summary>
    BatchWorker,
}

/// <summary>Which role each service plays, and the objects each role declares.</summary>
internal static class WorkloadRoles
{
    /// <summary>The services of a domain, in order of their index within it.</summary>
    public const int DomainSize = 10;

    public static WorkloadRole Of(int index) => (index % DomainSize) switch
    {
        0 or 5 => WorkloadRole.Web,
        1 => WorkloadRole.Database,
        2 or 8 => WorkloadRole.Api,
        3 => WorkloadRole.Worker,
        4 => WorkloadRole.MigratingApi,
        6 or 9 => WorkloadRole.PublicApi,
        _ => WorkloadRole.BatchWorker,
    };

    /// <summary>The domain (and so the ConfigMap, Secret and database) the service belongs to.</summary>
    public static int DomainOf(int index) => index / DomainSize;

    /// <summary>The index of the domain's database: the second service of its group, so it exists whenever a service depends on it.</summary>
    public static int DatabaseOf(int index) => (DomainOf(index) * DomainSize) + 1;

    /// <summary>How many domains <paramref name="workloads"/> services make.</summary>
    public static int Domains(int workloads) => (workloads + DomainSize - 1) / DomainSize;

    /// <summary>How many ConfigMap classes the project declares: the platform's and one per domain.</summary>
    public static int ConfigMaps(int workloads) => 1 + Domains(workloads);

    /// <summary>
    /// The documents a project of <paramref name="workloads"/> services declares, by kind: each service's
    /// <see cref="Objects"/> and each ConfigMap. The kustomization comes on top; Secret classes declare no document (they
    /// name a Secret created elsewhere).
    /// </summary>
    public static IReadOnlyDictionary<string, int> Documents(int workloads)
    {
        var documents = new SortedDictionary<string, int>(StringComparer.Ordinal) { ["ConfigMap"] = ConfigMaps(workloads) };
        for (var i = 0; i < workloads; i++)
        {
            foreach (var kind in Objects(Of(i)))
            {
                documents[kind] = documents.GetValueOrDefault(kind) + 1;
            }
        }
        return documents;
    }

    /// <summary>
    /// The Kubernetes objects a service of the role declares, by kind as the generator spells it: the workload, then a
    /// Service, Ingress, HorizontalPodAutoscaler and PodDisruptionBudget where the role has one.
    /// </summary>
    public static IReadOnlyList<string> Objects(WorkloadRole role) => role switch
    {
        WorkloadRole.Web => ["Deployment", "Service", "Ingress", "PodDisruptionBudget"],
        WorkloadRole.Database => ["StatefulSet", "Service", "PodDisruptionBudget"],
        WorkloadRole.Api => ["Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget"],
        WorkloadRole.MigratingApi or WorkloadRole.PublicApi => ["Deployment", "Service", "Ingress", "HorizontalPodAutoscaler", "PodDisruptionBudget"],
        _ => ["Deployment"],
    };
}
