using System.Collections.Immutable;
using CsCheck;
using static Manifests.Tests.Hostile.AttributeValues;

namespace Manifests.Tests.Hostile;

/// <summary>
/// Random but compilable projects written with the whole attribute contract: one to four workload classes (a
/// Deployment, StatefulSet or ReplicaSet, sometimes a record, sometimes split over two partial declarations) with
/// nested container classes, the ConfigMap and Secret classes they name by <c>typeof</c>, and the assembly's defaults,
/// common labels and environments. A pod is planned first (its main container's ports, its volumes, a StatefulSet's
/// claims) so that references mostly name what it declares: a Service's target port, a probe's port, a mount's volume,
/// an environment. Sometimes they name what it does not, and sometimes an attribute sits where it cannot apply.
/// </summary>
internal static partial class AttributeSets
{
    /// <summary>A property, not a field: the pieces it is made of are the fields below, initialized after this one would be.</summary>
    public static Gen<GeneratedProject> Projects =>
        from shape in Shapes
        from assembly in AssemblyAttributes(shape)
        from configMaps in Sequence(shape.ConfigMaps.Select(ConfigMapClass))
        from secrets in Sequence(shape.Secrets.Select(SecretClass))
        from workloads in Sequence(shape.Workloads.Select(name => WorkloadClass(name, shape, fileLocal: false)))
        from fileLocal in Maybe(8, Gen.OneOf(WorkloadNames[..shape.Workloads.Length]).SelectMany(name => WorkloadClass(name, shape, fileLocal: true)))
        from ns in Gen.OneOf("namespace App;", "namespace Shop.Services;", "")
        from split in Gen.Bool
        select GeneratedProject.Of(assembly, [.. configMaps, .. secrets, .. workloads], fileLocal, ns, split);

    private static readonly string[] WorkloadNames = ["Web", "Api", "Worker", "Db"];
    private static readonly string[] ConfigMapNames = ["AppConfig", "FeatureFlags"];
    private static readonly string[] SecretNames = ["DbCredentials", "ApiKeys"];

    /// <summary>Object names few enough that two classes sometimes declare the same object (KM114).</summary>
    private static readonly string[] ObjectNames = ["web", "api", "frontend", "backend", "shop.web"];

    /// <summary>Images, two of them malformed (KM201, which the generator writes as given).</summary>
    private static readonly string[] Images =
    [
        "registry.example.com/shop/web:1.0.0", "registry.example.com/shop/api:2.1.0", "nginx:1.27", "nginx", "nginx:latest",
        "registry.example.com/shop/db@sha256:" + new string('a', 64), "localhost:5000/tools/migrate:0.1", "Registry/Upper:1", "nginx:",
    ];

    /// <summary>What a project declares, drawn first so that every typeof and environment argument can name it.</summary>
    private sealed record Shape(string[] Workloads, string[] ConfigMaps, string[] Secrets, string[] Environments)
    {
        public bool HasEnvironments => Environments.Length > 0;

        /// <summary>How often an attribute that names an environment is written: rarely where none is declared (KM151).</summary>
        public int EnvironmentPercent => HasEnvironments ? 30 : 1;

        /// <summary>Every class a typeof may name: the project's own, and one that is no Manifests class at all.</summary>
        public string[] AllClasses => [.. Workloads, .. ConfigMaps, .. Secrets, "string"];
    }

    private static readonly Gen<string[]> EnvironmentSets = Gen.Frequency(
        (10, Gen.Const(System.Array.Empty<string>())),
        (6, Gen.Const(new[] { "dev", "prod" })),
        (2, Gen.Const(new[] { "prod" })),
        (1, Gen.OneOf(new[] { "dev", "Prod" }, ["dev", "dev"], [""], ["staging", new string('e', 64)])));

    /// <summary>A workload's name as other classes refer to it: most are top-level, some nested in a plain class (<c>Services.Web</c>).</summary>
    private static Gen<string> WorkloadName(string name) => Gen.Frequency((10, Gen.Const(name)), (1, Gen.Const(Outer + "." + name)));

    private const string Outer = "Services";

    private static readonly Gen<Shape> Shapes =
        from workloads in Gen.Int[1, 4].SelectMany(count => Sequence(WorkloadNames[..count].Select(WorkloadName)))
        from configMaps in Gen.Int[0, 2]
        from secrets in Gen.Int[0, 2]
        from environments in EnvironmentSets
        select new Shape([.. workloads], ConfigMapNames[..configMaps], SecretNames[..secrets], environments);

    // ---- The assembly ----

    private static Gen<ImmutableArray<string>> AssemblyAttributes(Shape shape)
        => Gen.Select(
            Maybe(40, Defaults),
            Sequence(shape.Environments.Select(EnvironmentDeclaration)),
            Maybe(15, Attribute("Label", [Text("team", "example.com/owner"), Text("shop", "platform")])),
            (defaults, environments, label) => new[] { defaults }.Concat(environments).Append(label).OfType<string>().ToImmutableArray());

    private static readonly Gen<string> Defaults = Attribute("ManifestDefaults", [],
        Named("Namespace", Text("shop", "jobs"), 60),
        Named("PartOf", Text("shop"), 40),
        Named("AllowedRegistries", ArrayOf("string", Text("registry.example.com", "docker.io", "localhost:5000"), 1, 2), 20),
        Named("PrivateRegistries", ArrayOf("string", Text("registry.example.com"), 1, 1), 15),
        Named("CreateNamespace", Bool, 20));

    private static Gen<string> EnvironmentDeclaration(string name) => Attribute("ManifestEnvironment", [Gen.Const(Quote(name))],
        Named("ClusterNodes", Text("cluster/nodes.yaml", "cluster/missing.yaml"), 30));

    /// <summary>An environment a workload names: mostly a declared one, sometimes a misspelt or undeclared one.</summary>
    private static Gen<string> EnvironmentName(Shape shape) => shape.HasEnvironments
        ? Gen.Frequency((20, Gen.OneOf(shape.Environments).Select(Quote)), (1, Text("qa", "prd", "production")))
        : Text("dev", "prod");

    /// <summary>typeof one of <paramref name="preferred"/> mostly, else of any class (a Secret where a ConfigMap goes, string), or null.</summary>
    private static Gen<string> TypeOf(string[] preferred, Shape shape) => preferred.Length == 0
        ? Gen.Frequency((20, AttributeValues.TypeOf(shape.AllClasses)), (1, Gen.Const("null!")))
        : Gen.Frequency((60, AttributeValues.TypeOf(preferred)), (2, AttributeValues.TypeOf(shape.AllClasses)), (1, Gen.Const("null!")));

    // ---- ConfigMap and Secret classes ----

    private static Gen<string> ConfigMapClass(string className)
        => from configMap in Attribute("ConfigMap", [],
               Named("Name", Text("app-config", "feature-flags"), 20),
               Named("Namespace", Text("shop", "jobs"), 15),
               Named("Immutable", Bool, 15))
           from data in Sequence(new[] { "mode", "level", "config.yaml" }.Select(key => Maybe(90, Attribute("Data", [Text(key), FreeText("debug", "info", "a: 1\nb: 2\n")]))))
           from metadata in Sequence([Maybe(20, Label), Maybe(10, Annotation), Maybe(3, Attribute("Port", [Int(80)]))])
           from isRecord in Gen.Int[0, 9]
           select ClassText(className, [configMap, .. data.OfType<string>(), .. metadata.OfType<string>()], [], isRecord == 0 ? "public record" : "public static class");

    private static Gen<string> SecretClass(string className)
        => from secret in Attribute("Secret", [Text("db-credentials", "api-keys")],
               Named("Keys", Gen.Frequency((10, Gen.Const("new[] { \"password\", \"user\" }")), (1, ArrayOf("string", Text("password", "user", "token"), 0, 3))), 95))
           select ClassText(className, [secret], [], "public static class");

    // ---- Workload classes ----

    /// <summary>A port of the pod's main container.</summary>
    private sealed record PortPlan(int Number, string Name, bool IsUdp);

    /// <summary>What a pod's attributes refer to one another by: its main container's ports, its volumes, a StatefulSet's claims.</summary>
    private sealed record Pod(string Kind, PortPlan[] Ports, string[] Volumes, string[] Claims);

    private static readonly PortPlan Http = new(8080, "http", false);
    private static readonly PortPlan Grpc = new(9090, "grpc", false);
    private static readonly PortPlan Dns = new(5353, "dns", true);

    private static readonly Dictionary<string, string> MountPaths = new() { ["data"] = "/data", ["cache"] = "/cache", ["storage"] = "/var/lib/storage" };

    private static Gen<Pod> Pods(string kind) => Gen.Select(
        Gen.Frequency((4, Gen.Const(new[] { Http })), (2, Gen.Const(System.Array.Empty<PortPlan>())), (2, Gen.Const(new[] { Http, Grpc })), (1, Gen.Const(new[] { Dns }))),
        Gen.Frequency((6, Gen.Const(System.Array.Empty<string>())), (3, Gen.Const(new[] { "data" })), (1, Gen.Const(new[] { "data", "cache" }))),
        kind == "StatefulSet" ? Gen.OneOf(System.Array.Empty<string>(), ["storage"]) : Gen.Const(System.Array.Empty<string>()),
        (ports, volumes, claims) => new Pod(kind, ports, volumes, claims));

    /// <summary>
    /// A workload class. A file-local one (C# 11 <c>file class</c>) goes in a file of its own and has the name of a
    /// workload declared elsewhere: two distinct classes whose names display alike.
    /// </summary>
    /// <param name="reference">The class as others refer to it: <c>Web</c>, or <c>Services.Web</c> for one nested in a plain class.</param>
    private static Gen<string> WorkloadClass(string reference, Shape shape, bool fileLocal)
        => from kind in Gen.Frequency((6, Gen.Const("Deployment")), (2, Gen.Const("StatefulSet")), (2, Gen.Const("ReplicaSet")))
           from pod in Pods(kind)
           from kindAttribute in KindAttribute(kind)
           from container in MainContainer(pod, shape)
           from workload in WorkloadAttributes(pod, shape)
           from misplaced in Maybe(4, Misplaced(kind))
           from nestedCount in Gen.Frequency((6, Gen.Const(0)), (3, Gen.Const(1)), (1, Gen.Const(2)))
           from nested in Sequence(NestedNames.Take(nestedCount).Select(name => NestedClass(name, pod, shape)))
           from keyword in fileLocal
               ? Gen.OneOf("file class", "file partial class", "file record")
               : Gen.Frequency((8, Gen.Const("public partial class")), (2, Gen.Const("public class")), (1, Gen.Const("public partial record")))
           from splitAt in Gen.Frequency((6, Gen.Const(-1)), (1, Gen.Int[1, 6]))
           let attributes = new[] { kindAttribute }.Concat(container).Concat(workload).Append(misplaced).OfType<string>().ToArray()
           select splitAt > 0 && keyword.Contains("partial", StringComparison.Ordinal)
               ? InOuterClass(reference, SplitClassText(ClassName(reference), attributes, splitAt, nested, keyword))
               : InOuterClass(reference, ClassText(ClassName(reference), attributes, nested, keyword));

    private static string ClassName(string reference) => reference[(reference.LastIndexOf('.') + 1)..];

    /// <summary>The class, nested in the plain class its reference names (partial: several workloads may share it).</summary>
    private static string InOuterClass(string reference, string classText)
        => reference.Contains('.', StringComparison.Ordinal) ? $"public static partial class {Outer}\n{{\n{Indent(classText)}}}\n" : classText;

    private static Gen<string> KindAttribute(string kind) => Attribute(kind, [],
        Named("Name", Text(ObjectNames), 20),
        Named("Namespace", Text("shop", "jobs"), 15),
        Named("Replicas", Int(0, 5), 30),
        Named("MinReadySeconds", Int(0, 30), 10),
        Named("PriorityClassName", Text("high-priority"), 10),
        Named("TerminationGracePeriodSeconds", Long(30, 60), 10),
        kind == "ReplicaSet" ? Gen.Const((string?)null) : Named("RevisionHistoryLimit", Int(0, 10), 10),
        kind == "Deployment" ? Named("ProgressDeadlineSeconds", Int(60, 600), 10) : Gen.Const((string?)null),
        kind == "StatefulSet" ? Named("PodManagementPolicy", EnumValue("PodManagementPolicy"), 20) : Gen.Const((string?)null));

    /// <summary>An attribute where it cannot apply: a second kind, an init container or a ConfigMap entry on the workload class.</summary>
    private static Gen<string> Misplaced(string kind) => Gen.OneOf(
        Attribute(kind == "ReplicaSet" ? "Deployment" : "ReplicaSet", []),
        Attribute("InitContainer", [Text("busybox:1.36")]),
        Attribute("Data", [Text("mode"), Text("debug")]),
        Attribute("Secret", [Text("db-credentials")]));

    // ---- Nested container classes ----

    private static readonly string[] NestedNames = ["Sidecar", "Migrate"];

    /// <summary>
    /// One more container of the pod: [Container] or [InitContainer] with what sits beside it, mounting the pod's
    /// volumes now and then; rarely no container at all, a workload attribute that cannot sit on it, or a container class
    /// nested in it. Never a workload of its own: such a class is both a misplaced container of the outer workload
    /// (KM117, at its [Deployment]) and a workload written on its own, so an error in its declaration is not its own.
    /// </summary>
    private static Gen<string> NestedClass(string className, Pod pod, Shape shape)
        => from definition in Gen.Frequency((12, ContainerDefinition("Container").Select(text => (string?)text)), (6, ContainerDefinition("InitContainer").Select(text => (string?)text)), (1, Gen.Const((string?)null)))
           let isInit = definition?.StartsWith("[InitContainer", StringComparison.Ordinal) == true
           from port in Maybe(isInit ? 2 : 30, Attribute("Port", [Int(9100)], Named("Name", Text("metrics"), 80)))
           from env in EnvVariables(shape, 10)
           from resources in Maybe(40, Resources)
           from probes in Probes(port is null ? [] : [new PortPlan(9100, "metrics", false)], isInit ? 2 : 20, "ReadinessProbe")
           from mounts in Sequence(pod.Volumes.Select(volume => Maybe(30, Mount(volume))))
           from security in Maybe(20, SecurityContext)
           from overrides in Maybe(shape.EnvironmentPercent, ContainerOverride(shape))
           from misplaced in Maybe(3, Gen.OneOf(Attribute("Service", [], Named("Port", Int(80), 100)), WorkloadOverride(shape)))
           from name in Gen.Frequency((20, Gen.Const(className)), (1, Gen.Const(className + "_2")))
           from deeper in Maybe(4, NestedTooDeep)
           select ClassText(name, new[] { definition, port, resources, security, overrides, misplaced }.Concat(env).Concat(probes).Concat(mounts).OfType<string>(), new[] { deeper }.OfType<string>(), "public class");

    /// <summary>A container class nested in a container class, where no container is read (KM117).</summary>
    private static readonly Gen<string> NestedTooDeep =
        from definition in ContainerDefinition("Container")
        from port in Maybe(50, Attribute("Port", [Int(9200)]))
        select ClassText("Logs", new[] { definition, port }.OfType<string>(), [], "public class");

    // ---- Text ----

    /// <param name="modifiers">What precedes the name: <c>public partial class</c>, <c>file record</c>.</param>
    private static string ClassText(string className, IEnumerable<string> attributes, IEnumerable<string> nested, string modifiers)
    {
        var members = nested.ToList();
        var header = string.Concat(attributes.Select(attribute => attribute + "\n")) + modifiers + " " + className;
        if (members.Count == 0)
        {
            return header + (modifiers.EndsWith("record", StringComparison.Ordinal) ? ";\n" : " { }\n");
        }
        return header + "\n{\n" + string.Concat(members.Select(member => Indent(member))) + "}\n";
    }

    /// <summary>A partial class whose attributes are split over two declarations: the analyzers and the generator must read them as one.</summary>
    private static string SplitClassText(string className, string[] attributes, int splitAt, IEnumerable<string> nested, string modifiers)
    {
        var at = Math.Min(splitAt, attributes.Length);
        return ClassText(className, attributes[..at], nested, modifiers) + "\n" + ClassText(className, attributes[at..], [], modifiers);
    }

    private static string Indent(string text)
        => string.Concat(text.Split('\n').Where(line => line.Length > 0).Select(line => "    " + line + "\n"));
}
