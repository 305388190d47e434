using k8s.Models;
using Manifests.Tests.Support;

namespace Manifests.Tests.Generator;

/// <summary>
/// The production shop (every attribute of a real pod and the objects around it) read back by the official client in
/// strict mode: each field says what the attribute said.
/// </summary>
public class ProductionJudgeTests
{
    private static readonly GeneratedFiles Production = GeneratorHarness.Run(Samples.Production);

    private static V1Deployment Frontend => (V1Deployment)KubernetesJudge.Parse(Production["shop/frontend-deployment.yaml"]);

    [Fact]
    public void Every_document_parses_strictly()
    {
        var documents = KubernetesJudge.ParseAll(Production);
        Assert.Equal(
            ["ConfigMap", "Deployment", "Deployment", "HorizontalPodAutoscaler", "Ingress", "Namespace", "PodDisruptionBudget", "PodDisruptionBudget", "Service", "Service", "StatefulSet"],
            documents.Values.Select(document => document.Kind).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Probes_say_how_and_how_often()
    {
        var container = Assert.Single(Frontend.Spec.Template.Spec.Containers);
        Assert.Equal(("/healthz", "http", 5), (container.ReadinessProbe.HttpGet.Path, container.ReadinessProbe.HttpGet.Port.Value, container.ReadinessProbe.PeriodSeconds));
        // No port written: the container's only port, by its name.
        Assert.Equal(("/livez", "http", 10, 5), (container.LivenessProbe.HttpGet.Path, container.LivenessProbe.HttpGet.Port.Value, container.LivenessProbe.InitialDelaySeconds, container.LivenessProbe.FailureThreshold));
        Assert.Equal(("8080", 30), (container.StartupProbe.TcpSocket.Port.Value, container.StartupProbe.FailureThreshold));

        var worker = Assert.Single(((V1Deployment)KubernetesJudge.Parse(Production["shop/worker-deployment.yaml"])).Spec.Template.Spec.Containers);
        Assert.Equal((9000, "worker"), (worker.LivenessProbe.Grpc.Port, worker.LivenessProbe.Grpc.Service));
        var database = Assert.Single(((V1StatefulSet)KubernetesJudge.Parse(Production["shop/database-statefulset.yaml"])).Spec.Template.Spec.Containers);
        Assert.Equal(["pg_isready", "-U", "shop"], database.ReadinessProbe.Exec.Command);
    }

    [Fact]
    public void Environment_comes_from_the_secret_and_the_config_map_by_name_never_by_value()
    {
        var container = Assert.Single(Frontend.Spec.Template.Spec.Containers);
        var logLevel = container.Env.Single(e => e.Name == "LOG_LEVEL").ValueFrom.ConfigMapKeyRef;
        Assert.Equal(("shop-config", "LOG_LEVEL"), (logLevel.Name, logLevel.Key));
        var password = container.Env.Single(e => e.Name == "DB_PASSWORD").ValueFrom.SecretKeyRef;
        Assert.Equal(("db-credentials", "password"), (password.Name, password.Key));
        Assert.Equal("kr-central", container.Env.Single(e => e.Name == "REGION").Value);
        var envFrom = Assert.Single(container.EnvFrom);
        Assert.Equal(("SHOP_", "shop-config"), (envFrom.Prefix, envFrom.ConfigMapRef.Name));
        Assert.DoesNotContain("password:", string.Concat(Production.ByPath.Values), StringComparison.Ordinal);
    }

    [Fact]
    public void Volumes_mounts_and_security_are_written_as_given()
    {
        var pod = Frontend.Spec.Template.Spec;
        var container = Assert.Single(pod.Containers);
        Assert.Equal(["cache", "config", "tls"], pod.Volumes.Select(v => v.Name));
        Assert.Equal(("Memory", "64Mi"), (pod.Volumes[0].EmptyDir.Medium, pod.Volumes[0].EmptyDir.SizeLimit.ToString()));
        Assert.Equal("shop-config", pod.Volumes[1].ConfigMap.Name);
        Assert.Equal("db-credentials", pod.Volumes[2].Secret.SecretName);
        Assert.Equal([("cache", "/var/cache/app", (bool?)null), ("config", "/etc/shop", true), ("tls", "/etc/tls", true)], container.VolumeMounts.Select(m => (m.Name, m.MountPath, m.ReadOnlyProperty)));

        var security = container.SecurityContext;
        Assert.Equal((true, true, false), (security.RunAsNonRoot, security.ReadOnlyRootFilesystem, security.AllowPrivilegeEscalation));
        Assert.Equal(["ALL"], security.Capabilities.Drop);
        Assert.Equal("RuntimeDefault", security.SeccompProfile.Type);
        Assert.Equal((1000L, 2000L), (pod.SecurityContext.RunAsUser, pod.SecurityContext.FsGroup));
        Assert.Equal("idock-pull", Assert.Single(pod.ImagePullSecrets).Name);
        Assert.Equal("frontend", pod.ServiceAccountName);
        Assert.Equal(("shop-critical", 45L), (pod.PriorityClassName, pod.TerminationGracePeriodSeconds));
    }

    [Fact]
    public void Placement_and_rollout_are_written_as_given()
    {
        var deployment = Frontend;
        var pod = deployment.Spec.Template.Spec;
        var required = Assert.Single(Assert.Single(pod.Affinity.NodeAffinity.RequiredDuringSchedulingIgnoredDuringExecution.NodeSelectorTerms).MatchExpressions);
        Assert.Equal(("disktype", "In"), (required.Key, required.OperatorProperty));
        Assert.Equal(["ssd"], required.Values);
        var preferred = Assert.Single(pod.Affinity.NodeAffinity.PreferredDuringSchedulingIgnoredDuringExecution);
        Assert.Equal((50, "pool"), (preferred.Weight, Assert.Single(preferred.Preference.MatchExpressions).Key));
        var antiAffinity = Assert.Single(pod.Affinity.PodAntiAffinity.PreferredDuringSchedulingIgnoredDuringExecution);
        Assert.Equal((100, "kubernetes.io/hostname", "frontend"), (antiAffinity.Weight, antiAffinity.PodAffinityTerm.TopologyKey, antiAffinity.PodAffinityTerm.LabelSelector.MatchLabels["app.kubernetes.io/name"]));
        var spread = Assert.Single(pod.TopologySpreadConstraints);
        Assert.Equal((1, "topology.kubernetes.io/zone", "ScheduleAnyway"), (spread.MaxSkew, spread.TopologyKey, spread.WhenUnsatisfiable));

        Assert.Equal("RollingUpdate", deployment.Spec.Strategy.Type);
        Assert.Equal(("25%", "0"), (deployment.Spec.Strategy.RollingUpdate.MaxSurge.Value, deployment.Spec.Strategy.RollingUpdate.MaxUnavailable.Value));
        Assert.Equal((5, 3, 300), (deployment.Spec.MinReadySeconds, deployment.Spec.RevisionHistoryLimit, deployment.Spec.ProgressDeadlineSeconds));
        // The autoscaler owns the replica count: none is written.
        Assert.Null(deployment.Spec.Replicas);
        Assert.Equal("Recreate", ((V1Deployment)KubernetesJudge.Parse(Production["shop/worker-deployment.yaml"])).Spec.Strategy.Type);
    }

    [Fact]
    public void The_database_is_a_stateful_set_with_its_storage_and_its_headless_service()
    {
        var statefulSet = (V1StatefulSet)KubernetesJudge.Parse(Production["shop/database-statefulset.yaml"]);
        Assert.Equal(("database", "Parallel", 1), (statefulSet.Spec.ServiceName, statefulSet.Spec.PodManagementPolicy, statefulSet.Spec.Replicas));
        var claim = Assert.Single(statefulSet.Spec.VolumeClaimTemplates);
        Assert.Equal(("data", "standard", "10Gi"), (claim.Metadata.Name, claim.Spec.StorageClassName, claim.Spec.Resources.Requests["storage"].ToString()));
        Assert.Equal(["ReadWriteOnce"], claim.Spec.AccessModes);
        var mount = Assert.Single(Assert.Single(statefulSet.Spec.Template.Spec.Containers).VolumeMounts);
        Assert.Equal(("data", "pgdata"), (mount.Name, mount.SubPath));
        Assert.Equal(0, statefulSet.Spec.UpdateStrategy.RollingUpdate.Partition);

        var service = (V1Service)KubernetesJudge.Parse(Production["shop/database-service.yaml"]);
        Assert.Equal("None", service.Spec.ClusterIP);
    }

    [Fact]
    public void Ingress_autoscaler_and_disruption_budgets_point_at_their_workload()
    {
        var ingress = (V1Ingress)KubernetesJudge.Parse(Production["shop/frontend-ingress.yaml"]);
        Assert.Equal("nginx", ingress.Spec.IngressClassName);
        var tls = Assert.Single(ingress.Spec.Tls);
        Assert.Equal(["shop.example.com", "www.shop.example.com"], tls.Hosts);
        Assert.Equal("shop-tls", tls.SecretName);
        Assert.Equal(["shop.example.com", "www.shop.example.com"], ingress.Spec.Rules.Select(rule => rule.Host));
        Assert.Equal(["/", "/api"], ingress.Spec.Rules[0].Http.Paths.Select(path => path.Path));
        Assert.All(ingress.Spec.Rules.SelectMany(rule => rule.Http.Paths), path => Assert.Equal(("frontend", 80), (path.Backend.Service.Name, path.Backend.Service.Port.Number)));

        var autoscaler = (V2HorizontalPodAutoscaler)KubernetesJudge.Parse(Production["shop/frontend-horizontalpodautoscaler.yaml"]);
        Assert.Equal(("Deployment", "frontend", 3, 10), (autoscaler.Spec.ScaleTargetRef.Kind, autoscaler.Spec.ScaleTargetRef.Name, autoscaler.Spec.MinReplicas, autoscaler.Spec.MaxReplicas));
        Assert.Equal([("cpu", 70), ("memory", 80)], autoscaler.Spec.Metrics.Select(m => (m.Resource.Name, m.Resource.Target.AverageUtilization ?? 0)));

        var frontendBudget = (V1PodDisruptionBudget)KubernetesJudge.Parse(Production["shop/frontend-poddisruptionbudget.yaml"]);
        Assert.Equal(("2", "frontend"), (frontendBudget.Spec.MinAvailable.Value, frontendBudget.Spec.Selector.MatchLabels["app.kubernetes.io/name"]));
        var databaseBudget = (V1PodDisruptionBudget)KubernetesJudge.Parse(Production["shop/database-poddisruptionbudget.yaml"]);
        Assert.Equal("1", databaseBudget.Spec.MaxUnavailable.Value);
    }

    [Fact]
    public void The_config_map_and_the_namespace_come_first_in_their_own_files()
    {
        var configMap = (V1ConfigMap)KubernetesJudge.Parse(Production["shop/shop-config-configmap.yaml"]);
        Assert.Equal([("LOG_LEVEL", "info"), ("FEATURES", "cart,search")], configMap.Data.Select(entry => (entry.Key, entry.Value)));
        Assert.Equal("config", configMap.Metadata.Labels["tier"]);
        Assert.Equal("shop", ((V1Namespace)KubernetesJudge.Parse(Production["shop-namespace.yaml"])).Metadata.Name);
        Assert.StartsWith("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- shop-namespace.yaml\n", Production["kustomization.yaml"], StringComparison.Ordinal);
    }
}
