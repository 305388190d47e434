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
        Assert.Equal(3, deployment.Spec.Replicas);
        Assert.Equal("frontend", deployment.Metadata.Labels["tier"]);
        Assert.Equal("commerce", deployment.Metadata.Labels["team"]);
        Assert.Equal("shop", deployment.Metadata.Labels["app.kubernetes.io/part-of"]);

        var container = Assert.Single(deployment.Spec.Template.Spec.Containers);
        Assert.Equal("frontend", container.Name);
        Assert.Equal("idock.daumkakao.io/shop/frontend:1.4.2", container.Image);
        var port = Assert.Single(container.Ports);
        Assert.Equal(("http", 8080), (port.Name, port.ContainerPort));
        var env = Assert.Single(container.Env);
        Assert.Equal(("API_URL", "http://backend:8080"), (env.Name, env.Value));
        Assert.Equal("250m", container.Resources.Requests["cpu"].ToString());
        Assert.Equal("256Mi", container.Resources.Requests["memory"].ToString());
        Assert.Equal("512Mi", container.Resources.Limits["memory"].ToString());
        Assert.False(container.Resources.Limits.ContainsKey("cpu"));

        var toleration = Assert.Single(deployment.Spec.Template.Spec.Tolerations);
        Assert.Equal(("node-role.dkosv3.9rum.cc/lb", "Equal", "true", "NoSchedule"), (toleration.Key, toleration.OperatorProperty, toleration.Value, toleration.Effect));
        Assert.Null(toleration.TolerationSeconds);
    }

    [Fact]
    public void Shop_backend_has_both_containers_in_declaration_order()
    {
        var deployment = (V1Deployment)KubernetesJudge.Parse(Shop["shop/backend-deployment.yaml"]);
        Assert.Equal(2, deployment.Spec.Replicas);
        Assert.Equal(["api", "log-shipper"], deployment.Spec.Template.Spec.Containers.Select(c => c.Name));
        Assert.Equal(["idock.daumkakao.io/shop/backend:2.0.1", "idock.daumkakao.io/shop/log-shipper:1.2.0"], deployment.Spec.Template.Spec.Containers.Select(c => c.Image));
        var api = deployment.Spec.Template.Spec.Containers[0];
        Assert.Equal([("DB_HOST", "db"), ("DB_PORT", "5432")], api.Env.Select(e => (e.Name, e.Value)));
        Assert.Equal("1", api.Resources.Limits["cpu"].ToString());
        Assert.Null(deployment.Spec.Template.Spec.Containers[1].Ports);
    }

    [Fact]
    public void Shop_database_is_a_replica_set_named_db()
    {
        var replicaSet = (V1ReplicaSet)KubernetesJudge.Parse(Shop["shop/db-replicaset.yaml"]);
        Assert.Equal(("apps/v1", "ReplicaSet", "db", 1), (replicaSet.ApiVersion, replicaSet.Kind, replicaSet.Metadata.Name, replicaSet.Spec.Replicas ?? -1));
        var service = (V1Service)KubernetesJudge.Parse(Shop["shop/db-service.yaml"]);
        var port = Assert.Single(service.Spec.Ports);
        Assert.Equal((5432, "postgres"), (port.Port, port.TargetPort.Value));
    }

    [Theory]
    [InlineData("Shop")]
    [InlineData("Edge")]
    public void Every_workload_selects_its_own_pods_and_every_service_reaches_a_declared_port(string sample)
    {
        var documents = KubernetesJudge.ParseAll(sample == "Shop" ? Shop : Edge);
        var workloads = documents.Values.Where(d => d is V1Deployment or V1ReplicaSet).ToList();
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
        Assert.Equal(6, objects.Count);
    }
}
