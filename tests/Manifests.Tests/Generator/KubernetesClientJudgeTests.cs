using k8s;
using k8s.Models;
using Manifests.Tests.Support;

namespace Manifests.Tests.Generator;

/// <summary>Every generated document parses strictly with the official client, and says what the attributes said.</summary>
public class KubernetesClientJudgeTests
{
    private static readonly GeneratedFiles Shop = GeneratorHarness.Run(Repository.ExampleSources("Shop"));
    private static readonly GeneratedFiles Edge = GeneratorHarness.Run(Samples.EdgeCases);

    [Fact]
    public void Shop_frontend_deployment_says_what_the_attributes_say()
    {
        var deployment = (V1Deployment)KubernetesJudge.Parse(Shop["shop/frontend-deployment.yaml"]);
        Assert.Equal("apps/v1", deployment.ApiVersion);
        Assert.Equal("frontend", deployment.Metadata.Name);
        Assert.Equal("shop", deployment.Metadata.NamespaceProperty);
        // The autoscaler owns the count: a replicas field would set it back on every apply.
        Assert.Null(deployment.Spec.Replicas);
        Assert.Equal("frontend", deployment.Metadata.Labels["tier"]);
        Assert.Equal("commerce", deployment.Metadata.Labels["team"]);
        Assert.Equal("shop", deployment.Metadata.Labels["app.kubernetes.io/part-of"]);
        Assert.Equal(("RollingUpdate", "25%", "0"), (deployment.Spec.Strategy.Type, deployment.Spec.Strategy.RollingUpdate.MaxSurge.Value, deployment.Spec.Strategy.RollingUpdate.MaxUnavailable.Value));

        var pod = deployment.Spec.Template.Spec;
        var container = Assert.Single(pod.Containers);
        Assert.Equal("frontend", container.Name);
        Assert.Equal("idock.daumkakao.io/shop/frontend:1.4.2", container.Image);
        var port = Assert.Single(container.Ports);
        Assert.Equal(("http", 8080), (port.Name, port.ContainerPort));
        Assert.Equal(("API_URL", "http://backend:8080"), (container.Env[0].Name, container.Env[0].Value));
        Assert.Equal(("LOG_LEVEL", "shop-config", "LOG_LEVEL"), (container.Env[1].Name, container.Env[1].ValueFrom.ConfigMapKeyRef.Name, container.Env[1].ValueFrom.ConfigMapKeyRef.Key));
        Assert.Equal("250m", container.Resources.Requests["cpu"].ToString());
        Assert.Equal("256Mi", container.Resources.Requests["memory"].ToString());
        Assert.Equal("512Mi", container.Resources.Limits["memory"].ToString());
        Assert.False(container.Resources.Limits.ContainsKey("cpu"));

        Assert.Equal(("/ready", "http"), (container.ReadinessProbe.HttpGet.Path, container.ReadinessProbe.HttpGet.Port.Value));
        Assert.Equal(("/healthz", "http"), (container.LivenessProbe.HttpGet.Path, container.LivenessProbe.HttpGet.Port.Value));
        AssertHardened(container.SecurityContext, readOnlyRoot: true);
        Assert.Equal(("tmp", "/tmp"), (Assert.Single(container.VolumeMounts).Name, container.VolumeMounts[0].MountPath));
        Assert.Equal("64Mi", Assert.Single(pod.Volumes).EmptyDir.SizeLimit.ToString());
        Assert.Equal((1000L, "RuntimeDefault"), (pod.SecurityContext.RunAsUser ?? 0, pod.SecurityContext.SeccompProfile.Type));
        Assert.Equal("idock-pull", Assert.Single(pod.ImagePullSecrets).Name);

        var toleration = Assert.Single(pod.Tolerations);
        Assert.Equal(("node-role.dkosv3.9rum.cc/lb", "Equal", "true", "NoSchedule"), (toleration.Key, toleration.OperatorProperty, toleration.Value, toleration.Effect));
        Assert.Null(toleration.TolerationSeconds);
    }

    [Fact]
    public void Shop_frontend_is_autoscaled_served_over_tls_and_kept_up_through_drains()
    {
        var autoscaler = (V2HorizontalPodAutoscaler)KubernetesJudge.Parse(Shop["shop/frontend-horizontalpodautoscaler.yaml"]);
        Assert.Equal(("apps/v1", "Deployment", "frontend"), (autoscaler.Spec.ScaleTargetRef.ApiVersion, autoscaler.Spec.ScaleTargetRef.Kind, autoscaler.Spec.ScaleTargetRef.Name));
        Assert.Equal((3, 10), (autoscaler.Spec.MinReplicas ?? 0, autoscaler.Spec.MaxReplicas));
        var metric = Assert.Single(autoscaler.Spec.Metrics);
        Assert.Equal(("cpu", "Utilization", 70), (metric.Resource.Name, metric.Resource.Target.Type, metric.Resource.Target.AverageUtilization ?? 0));

        var ingress = (V1Ingress)KubernetesJudge.Parse(Shop["shop/frontend-ingress.yaml"]);
        Assert.Equal("nginx", ingress.Spec.IngressClassName);
        var tls = Assert.Single(ingress.Spec.Tls);
        Assert.Equal(("shop-tls", "shop.example.com"), (tls.SecretName, Assert.Single(tls.Hosts)));
        var rule = Assert.Single(ingress.Spec.Rules);
        var path = Assert.Single(rule.Http.Paths);
        Assert.Equal(("shop.example.com", "/", "frontend", 80), (rule.Host, path.Path, path.Backend.Service.Name, path.Backend.Service.Port.Number ?? 0));

        var budget = (V1PodDisruptionBudget)KubernetesJudge.Parse(Shop["shop/frontend-poddisruptionbudget.yaml"]);
        Assert.Equal("2", budget.Spec.MinAvailable.Value);
        Assert.Equal("frontend", budget.Spec.Selector.MatchLabels["app.kubernetes.io/name"]);
    }

    [Fact]
    public void Shop_backend_has_both_containers_in_declaration_order()
    {
        var deployment = (V1Deployment)KubernetesJudge.Parse(Shop["shop/backend-deployment.yaml"]);
        Assert.Equal(2, deployment.Spec.Replicas);
        var pod = deployment.Spec.Template.Spec;
        Assert.Equal(["api", "log-shipper"], pod.Containers.Select(c => c.Name));
        Assert.Equal(["idock.daumkakao.io/shop/backend:2.0.1", "idock.daumkakao.io/shop/log-shipper:1.2.0"], pod.Containers.Select(c => c.Image));
        var api = pod.Containers[0];
        Assert.Equal([("DB_HOST", "db"), ("DB_PORT", "5432")], api.Env.Take(2).Select(e => (e.Name, e.Value)));
        // The credentials are references to the Secret the cluster holds, never values.
        Assert.Equal(
            [("DB_USER", "db-credentials", "username"), ("DB_PASSWORD", "db-credentials", "password")],
            api.Env.Skip(2).Select(e => (e.Name, e.ValueFrom.SecretKeyRef.Name, e.ValueFrom.SecretKeyRef.Key)));
        Assert.All(api.Env.Skip(2), e => Assert.Null(e.Value));
        Assert.Equal("shop-config", Assert.Single(api.EnvFrom).ConfigMapRef.Name);
        Assert.Equal("1", api.Resources.Limits["cpu"].ToString());
        Assert.Equal(("/ready", "api"), (api.ReadinessProbe.HttpGet.Path, api.ReadinessProbe.HttpGet.Port.Value));
        Assert.NotNull(api.LivenessProbe.HttpGet);

        var shipper = pod.Containers[1];
        Assert.Null(shipper.Ports);
        Assert.Equal("50m", shipper.Resources.Requests["cpu"].ToString());
        // The sidecar reads the API's logs from the volume they share, and is hardened like the API.
        Assert.Equal([("logs", "/var/log/shop", false), ("logs", "/var/log/shop", true)],
            pod.Containers.Select(c => Assert.Single(c.VolumeMounts)).Select(m => (m.Name, m.MountPath, m.ReadOnlyProperty ?? false)));
        Assert.All(pod.Containers, c => AssertHardened(c.SecurityContext, readOnlyRoot: true));
        Assert.Equal((1000L, 1000L), (pod.SecurityContext.RunAsUser ?? 0, pod.SecurityContext.FsGroup ?? 0));
        Assert.Equal("idock-pull", Assert.Single(pod.ImagePullSecrets).Name);

        var budget = (V1PodDisruptionBudget)KubernetesJudge.Parse(Shop["shop/backend-poddisruptionbudget.yaml"]);
        Assert.Equal("1", budget.Spec.MinAvailable.Value);
    }

    [Fact]
    public void Shop_database_is_a_stateful_set_named_db_with_its_own_volume_behind_a_headless_service()
    {
        var statefulSet = (V1StatefulSet)KubernetesJudge.Parse(Shop["shop/db-statefulset.yaml"]);
        Assert.Equal(("apps/v1", "StatefulSet", "db", 1), (statefulSet.ApiVersion, statefulSet.Kind, statefulSet.Metadata.Name, statefulSet.Spec.Replicas ?? -1));
        Assert.Equal("db", statefulSet.Spec.ServiceName);
        var claim = Assert.Single(statefulSet.Spec.VolumeClaimTemplates);
        Assert.Equal(("data", "10Gi", "ReadWriteOnce"), (claim.Metadata.Name, claim.Spec.Resources.Requests["storage"].ToString(), Assert.Single(claim.Spec.AccessModes)));

        var pod = statefulSet.Spec.Template.Spec;
        var db = Assert.Single(pod.Containers);
        Assert.Equal(("data", "/var/lib/postgresql/data"), (Assert.Single(db.VolumeMounts).Name, db.VolumeMounts[0].MountPath));
        Assert.Null(pod.Volumes);
        Assert.Equal("pg_isready", db.ReadinessProbe.Exec.Command[0]);
        Assert.Equal("postgres", db.LivenessProbe.TcpSocket.Port.Value);
        Assert.Equal(("db-credentials", "password"), (db.Env.Single(e => e.Name == "POSTGRES_PASSWORD").ValueFrom.SecretKeyRef.Name, db.Env.Single(e => e.Name == "POSTGRES_PASSWORD").ValueFrom.SecretKeyRef.Key));
        AssertHardened(db.SecurityContext, readOnlyRoot: false);
        Assert.Equal((999L, 999L), (pod.SecurityContext.RunAsUser ?? 0, pod.SecurityContext.FsGroup ?? 0));
        Assert.Equal("idock-pull", Assert.Single(pod.ImagePullSecrets).Name);

        var service = (V1Service)KubernetesJudge.Parse(Shop["shop/db-service.yaml"]);
        Assert.Equal("None", service.Spec.ClusterIP);
        var port = Assert.Single(service.Spec.Ports);
        Assert.Equal((5432, "postgres"), (port.Port, port.TargetPort.Value));
    }

    [Fact]
    public void Shop_config_is_a_config_map_and_its_secret_is_only_referenced()
    {
        var config = (V1ConfigMap)KubernetesJudge.Parse(Shop["shop/shop-config-configmap.yaml"]);
        Assert.Equal(("shop-config", "shop"), (config.Metadata.Name, config.Metadata.NamespaceProperty));
        Assert.Equal(new Dictionary<string, string> { ["LOG_LEVEL"] = "info", ["FEATURES"] = "cart,search" }, config.Data);
        Assert.DoesNotContain(Shop.ByPath.Keys, path => path.Contains("secret", StringComparison.Ordinal));
    }

    /// <summary>A container that cannot start as root, gain privileges or keep a capability.</summary>
    private static void AssertHardened(V1SecurityContext context, bool readOnlyRoot)
    {
        Assert.True(context.RunAsNonRoot);
        Assert.False(context.AllowPrivilegeEscalation);
        Assert.Equal(["ALL"], context.Capabilities.Drop);
        Assert.Equal(readOnlyRoot, context.ReadOnlyRootFilesystem ?? false);
    }

    [Theory]
    [InlineData("Shop")]
    [InlineData("Edge")]
    public void Every_workload_selects_its_own_pods_and_every_service_reaches_a_declared_port(string sample)
    {
        var documents = KubernetesJudge.ParseAll(sample == "Shop" ? Shop : Edge);
        var workloads = documents.Values.Where(d => d is V1Deployment or V1ReplicaSet or V1StatefulSet).ToList();
        Assert.NotEmpty(workloads);

        foreach (var workload in workloads)
        {
            var podLabels = KubernetesJudge.Template(workload).Metadata.Labels;
            Assert.All(KubernetesJudge.Selector(workload), label => Assert.Equal(label.Value, podLabels[label.Key]));
        }

        foreach (var service in documents.Values.OfType<V1Service>())
        {
            var selected = workloads
                .Where(w => ((IMetadata<V1ObjectMeta>)w).Metadata.NamespaceProperty == service.Metadata.NamespaceProperty)
                .Where(w => service.Spec.Selector.All(s => KubernetesJudge.Template(w).Metadata.Labels.TryGetValue(s.Key, out var v) && v == s.Value))
                .ToList();
            var workload = Assert.Single(selected);
            var ports = KubernetesJudge.Template(workload).Spec.Containers.SelectMany(c => c.Ports ?? []).ToList();
            foreach (var servicePort in service.Spec.Ports)
            {
                var target = servicePort.TargetPort.Value;
                Assert.Contains(ports, p => (p.Name == target || p.ContainerPort.ToString() == target) && (p.Protocol ?? "TCP") == (servicePort.Protocol ?? "TCP"));
            }
        }
    }

    [Fact]
    public void Edge_cases_keep_every_awkward_value()
    {
        var worker = (V1Deployment)KubernetesJudge.Parse(Edge["jobs/worker-deployment.yaml"]);
        Assert.Equal(0, worker.Spec.Replicas);
        var container = Assert.Single(worker.Spec.Template.Spec.Containers);
        Assert.Equal("IfNotPresent", container.ImagePullPolicy);
        Assert.Equal(["/bin/worker"], container.Command);
        Assert.Equal(["--queue", "jobs: urgent", "--verbose", "yes", "0123"], container.Args);
        Assert.Equal(
            [("MODE", "yes"), ("EMPTY", ""), ("MULTI", "line1\nline2"), ("QUOTED", "say \"hi\" \\ bye")],
            container.Env.Select(e => (e.Name, e.Value ?? "")));
        Assert.Equal(("dns", 5353, "UDP"), (container.Ports[1].Name, container.Ports[1].ContainerPort, container.Ports[1].Protocol));
        Assert.Equal(0.5m, container.Resources.Requests["cpu"].ToDecimal());
        Assert.Equal(1000m, container.Resources.Requests["memory"].ToDecimal());
        Assert.Equal("2Gi", container.Resources.Limits["ephemeral-storage"].ToString());
        Assert.Equal("true", worker.Spec.Template.Metadata.Annotations["prometheus.io/scrape"]);
        Assert.Equal("# not a comment: really", worker.Metadata.Annotations["description"]);
        Assert.Equal("on", worker.Spec.Template.Spec.NodeSelector["zone"]);
        Assert.Equal("1.0", worker.Metadata.Labels["version"]);

        var tolerations = worker.Spec.Template.Spec.Tolerations;
        Assert.Equal(3, tolerations.Count);
        Assert.Equal(("node.kubernetes.io/unreachable", "Exists", "NoExecute", 60L), (tolerations[1].Key, tolerations[1].OperatorProperty, tolerations[1].Effect, tolerations[1].TolerationSeconds ?? 0));
        Assert.Equal((null, "Exists", null), (tolerations[2].Key, tolerations[2].OperatorProperty, tolerations[2].Effect));

        var service = (V1Service)KubernetesJudge.Parse(Edge["jobs/worker-metrics-service.yaml"]);
        Assert.Equal("NodePort", service.Spec.Type);
        var port = Assert.Single(service.Spec.Ports);
        Assert.Equal((80, "9090", 30090), (port.Port, port.TargetPort.Value, port.NodePort ?? 0));
    }

    [Fact]
    public void Init_containers_come_after_the_containers_and_keep_their_command()
    {
        var deployment = (V1Deployment)KubernetesJudge.Parse(Edge["order-api-server-deployment.yaml"]);
        Assert.Equal(["main", "proxy"], deployment.Spec.Template.Spec.Containers.Select(c => c.Name));
        var init = Assert.Single(deployment.Spec.Template.Spec.InitContainers);
        Assert.Equal(("wait-for-db", "busybox:1.36"), (init.Name, init.Image));
        Assert.Equal(["sh", "-c", "until nc -z db 5432; do sleep 1; done"], init.Command);
        Assert.Equal(0.1m, init.Resources.Requests["cpu"].ToDecimal());
    }

    [Fact]
    public void A_multi_document_stream_of_all_files_loads_with_the_client()
    {
        var stream = string.Join("---\n", Shop.ByPath.Where(f => f.Key != "kustomization.yaml").Select(f => f.Value));
        var objects = KubernetesYaml.LoadAllFromString(stream);
        Assert.Equal(11, objects.Count);
    }
}
