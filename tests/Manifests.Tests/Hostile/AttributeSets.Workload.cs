using CsCheck;
using static Manifests.Tests.Hostile.AttributeValues;

namespace Manifests.Tests.Hostile;

/// <summary>The attributes of the whole workload: metadata, placement, volumes, identity, rollout and the objects around it.</summary>
internal static partial class AttributeSets
{
    /// <summary>The attributes of the whole workload: metadata, placement, volumes, identity, rollout and the objects around it.</summary>
    private static Gen<IEnumerable<string>> WorkloadAttributes(Pod pod, Shape shape)
        => from metadata in Sequence([Maybe(30, Label), Maybe(10, Label), Maybe(25, Annotation)])
           from placement in Sequence([Maybe(20, NodeSelector(shape)), Maybe(20, Toleration(shape)), Maybe(15, NodeAffinity), Maybe(10, PodAntiAffinity(shape)), Maybe(10, SpreadAcross)])
           from volumes in Sequence(pod.Volumes.Select(name => Volume(name, shape)))
           from strayVolume in Maybe(2, Volume("unused", shape))
           from claims in Sequence(pod.Claims.Select(VolumeClaim))
           from strayClaim in Maybe(pod.Kind == "StatefulSet" ? 0 : 3, VolumeClaim("storage"))
           from identity in Sequence([Maybe(15, ImagePullSecret), Maybe(15, ServiceAccount), Maybe(20, PodSecurityContext)])
           from strategy in Strategy(pod.Kind)
           from exposure in Exposure(pod)
           from around in Sequence([Maybe(20, Autoscale), Maybe(20, DisruptionBudget), Maybe(15, DependsOn(shape)), Maybe(shape.EnvironmentPercent, WorkloadOverride(shape))])
           select metadata.Concat(placement).Concat(volumes).Append(strayVolume).Concat(claims).Append(strayClaim)
               .Concat(identity).Concat(strategy).Concat(exposure).Concat(around).OfType<string>();

    private static readonly Gen<string> Label = Attribute("Label", [Text("tier", "team", "app.kubernetes.io/component", "example.com/owner"), Text("web", "backend", "v1", "")]);

    private static readonly Gen<string> Annotation = Attribute("Annotation", [Text("note", "example.com/revision", "prometheus.io/scrape"), FreeText("true", "a note", "{\"json\": 1}")]);

    private static Gen<string> NodeSelector(Shape shape) => Attribute("NodeSelector", [Text("pool", "disktype", "kubernetes.io/arch"), Text("general", "ssd", "amd64")],
        Named("Environment", EnvironmentName(shape), shape.EnvironmentPercent));

    private static Gen<string> Toleration(Shape shape) => Attribute("Toleration", [Text("dedicated", "gpu", "")],
        Named("Value", Text("web", "true"), 50),
        Named("Effect", EnumValue("TaintEffect"), 60),
        Named("TolerationSeconds", Long(60, 300), 8),
        Named("Environment", EnvironmentName(shape), shape.EnvironmentPercent));

    /// <summary>An operator with the values it takes (In and NotIn some, Exists and DoesNotExist none, Gt and Lt one integer); rarely not.</summary>
    private static readonly Gen<string> NodeAffinity =
        from key in Text("pool", "disktype", "node.example.com/cores")
        from choice in Gen.Frequency(
            (4, Gen.Select(Gen.OneOf("In", "NotIn"), Text("general", "ssd").Array[1, 2], (op, values) => (Op: op, Values: values))),
            (2, Gen.OneOf("Exists", "DoesNotExist").Select(op => (Op: op, Values: System.Array.Empty<string>()))),
            (1, Gen.Select(Gen.OneOf("Gt", "Lt"), Text("4", "16").Array[1, 1], (op, values) => (Op: op, Values: values))),
            (1, Gen.Select(Gen.OneOf("In", "Exists", "Gt", "(AffinityOperator)42"), Text("a", "1").Array[0, 3], (op, values) => (Op: op, Values: values))))
        from explicitArray in Gen.Int[0, 5]
        from preferred in Named("Preferred", Gen.Const("true"), 30)
        from weight in Named("Weight", Int(1, 100), preferred is null ? 3 : 50)
        let op = choice.Op.StartsWith('(') ? choice.Op : "AffinityOperator." + choice.Op
        let values = explicitArray == 0 ? [$"new string[] {{ {string.Join(", ", choice.Values)} }}"] : choice.Values
        select Render("NodeAffinity", new[] { key }.Concat(values).Append("Operator = " + op).Concat(new[] { preferred, weight }.OfType<string>()));

    private static Gen<string> PodAntiAffinity(Shape shape) => Attribute("PodAntiAffinity", [],
        Named("TopologyKey", Text("kubernetes.io/hostname", "topology.kubernetes.io/zone"), 50),
        Named("Workload", TypeOf(shape.Workloads, shape), 50),
        Named("Preferred", Bool, 40),
        Named("Weight", Int(1, 100), 20));

    private static readonly Gen<string> SpreadAcross = Attribute("SpreadAcross", [Text("topology.kubernetes.io/zone", "kubernetes.io/hostname")],
        Named("MaxSkew", Int(1, 3), 40),
        Named("WhenUnsatisfiable", EnumValue("UnsatisfiableSpread"), 40));

    /// <summary>A pod volume with one source (rarely none, or two), and the settings of its source.</summary>
    private static Gen<string> Volume(string name, Shape shape)
        => from source in Weighted(
               (4, Sequence([Gen.Const<string?>("EmptyDir = true"), Named("Medium", EnumValue("StorageMedium"), 20), Named("SizeLimit", Quantity("1Gi", "500Mi"), 20)])),
               (shape.ConfigMaps.Length > 0 ? 2 : 0, Sequence([Named("ConfigMap", TypeOf(shape.ConfigMaps, shape), 100)])),
               (shape.Secrets.Length > 0 ? 2 : 0, Sequence([Named("Secret", TypeOf(shape.Secrets, shape), 100)])),
               (2, Sequence([Named("Claim", Text("data-claim"), 100), Named("ReadOnly", Bool, 30)])),
               (1, Sequence([Named("EmptyDir", Bool, 50), Named("Claim", Text("data-claim"), 50), Named("Medium", EnumValue("StorageMedium"), 30), Named("ReadOnly", Bool, 30)])))
           from volumeName in Text(name)
           select Render("Volume", new[] { volumeName }.Concat(source.OfType<string>()));

    private static Gen<string> VolumeClaim(string name) => Attribute("VolumeClaim", [Text(name), Quantity("1Gi", "10Gi")],
        Named("StorageClass", Text("standard", "fast-ssd", ""), 30),
        Named("AccessMode", EnumValue("VolumeAccessMode"), 30));

    private static readonly Gen<string> ImagePullSecret = Attribute("ImagePullSecret", [Text("regcred", "registry-credentials")]);

    private static readonly Gen<string> ServiceAccount = Attribute("ServiceAccount", [Text("web", "api-reader")]);

    private static readonly Gen<string> PodSecurityContext = Attribute("PodSecurityContext", [],
        Named("RunAsNonRoot", Bool, 40),
        Named("RunAsUser", Long(1000, 1000, 0), 30),
        Named("RunAsGroup", Long(1000), 15),
        Named("FsGroup", Long(2000), 20),
        Named("SupplementalGroups", ArrayOf("long", Long(3000, 4000), 0, 2), 10),
        Named("Seccomp", EnumValue("SeccompProfile"), 30));

    /// <summary>The rollout strategy that fits the kind, one time in four; rarely one that does not, or two.</summary>
    private static Gen<IEnumerable<string>> Strategy(string kind)
    {
        var rollingUpdate = Attribute("RollingUpdate", [],
            Named("MaxSurge", Text("25%", "1", "0"), kind == "StatefulSet" ? 3 : 40),
            Named("MaxUnavailable", Text("25%", "1", "0"), 40),
            Named("Partition", Int(0, 2), kind == "StatefulSet" ? 30 : 3));
        var recreate = Attribute("Recreate", []);
        var onDelete = Attribute("OnDelete", []);
        // Any one (it may not fit the kind), or two of different kinds: each is AllowMultiple = false.
        var misfits = Gen.OneOf(
            rollingUpdate.Select(strategy => (IEnumerable<string>)[strategy]),
            recreate.Select(strategy => (IEnumerable<string>)[strategy]),
            onDelete.Select(strategy => (IEnumerable<string>)[strategy]),
            Gen.Select(rollingUpdate, recreate, (first, second) => (IEnumerable<string>)[first, second]),
            Gen.Select(onDelete, rollingUpdate, (first, second) => (IEnumerable<string>)[first, second]));
        var none = Gen.Const(Enumerable.Empty<string>());
        return kind switch
        {
            "Deployment" => Gen.Frequency((15, none), (5, Gen.OneOf(rollingUpdate, recreate).Select(strategy => (IEnumerable<string>)[strategy])), (1, misfits)),
            "StatefulSet" => Gen.Frequency((15, none), (5, Gen.OneOf(rollingUpdate, onDelete).Select(strategy => (IEnumerable<string>)[strategy])), (1, misfits)),
            // A ReplicaSet has no strategy at all.
            _ => Gen.Frequency((15, none), (1, misfits)),
        };
    }

    /// <summary>
    /// A Service (usually for a StatefulSet, which needs one), to the container's port by name or number, and one or two
    /// Ingresses to it; rarely an Ingress without a Service.
    /// </summary>
    private static Gen<IEnumerable<string>> Exposure(Pod pod)
        => from service in Maybe((pod.Kind == "StatefulSet" ? 80 : 45) / (pod.Ports.Length > 0 ? 1 : 5), Service(pod))
           from ingresses in Weighted((service is null ? 30 : 3, Gen.Const(0)), (1, Gen.Const(1)), (service is null ? 0 : 1, Gen.Const(2)))
               .SelectMany(count => Ingress.Array[count, count])
           select new[] { service }.OfType<string>().Concat(ingresses);

    private static Gen<string> Service(Pod pod)
        => from type in Gen.Frequency((6, Gen.Const("ServiceType.ClusterIP")), (2, Gen.Const("ServiceType.NodePort")), (1, Gen.Const("ServiceType.LoadBalancer")), (1, EnumValue("ServiceType")))
           from service in Attribute("Service", [],
               Named("Name", Text("web", "api", "db", "frontend"), 10),
               Named("Port", Gen.Frequency((8, Int(80)), (1, Int(8080))), 94),
               Named("TargetPort", PortReference(pod.Ports), 90),
               Named("PortName", Text("web", "http"), 20),
               Gen.Const<string?>(type == "ServiceType.ClusterIP" ? null : "Type = " + type),
               Named("NodePort", Int(30000, 32767), type == "ServiceType.ClusterIP" ? 2 : 40),
               Named("Protocol", pod.Ports.Any(port => port.IsUdp) ? Gen.Const("Protocol.Udp") : EnumValue("Protocol"), pod.Ports.Any(port => port.IsUdp) ? 90 : 5))
           select service;

    private static readonly Gen<string> Ingress = Attribute("Ingress", [Text("shop.example.com", "api.example.com", "*.example.com")],
        Named("Path", Text("/", "/api", "/static"), 50),
        Named("PathType", EnumValue("IngressPathType"), 20),
        Named("Port", Int(80), 20),
        Named("TlsSecret", Text("shop-tls", ""), 20),
        Named("ClassName", Text("nginx"), 20));

    private static readonly Gen<string> Autoscale = Attribute("Autoscale", [],
        Named("Min", Int(1, 3), 60),
        Named("Max", Int(3, 10), 95),
        Named("CpuPercent", Int(50, 90), 70),
        Named("MemoryPercent", Int(50, 90), 20));

    private static readonly Gen<string> DisruptionBudget = Gen.Frequency(
        (5, Attribute("DisruptionBudget", [], Named("MinAvailable", Text("1", "50%", "0"), 100))),
        (3, Attribute("DisruptionBudget", [], Named("MaxUnavailable", Text("1", "25%"), 100))),
        (1, Attribute("DisruptionBudget", [], Named("MinAvailable", Text("1", "101%"), 50), Named("MaxUnavailable", Text("0", "x"), 50))));

    private static Gen<string> DependsOn(Shape shape) => Attribute("DependsOn", [TypeOf(shape.Workloads, shape)]);

    /// <summary>What an environment changes of the workload: its replicas and autoscaler bounds.</summary>
    private static Gen<string> WorkloadOverride(Shape shape) => Attribute("Override", [EnvironmentName(shape)],
        Named("Replicas", Int(1, 5), 50),
        Named("MinReplicas", Int(1, 3), 20),
        Named("MaxReplicas", Int(3, 10), 20));
}
