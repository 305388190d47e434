using System.Collections.Immutable;
using CsCheck;
using static Manifests.Tests.Hostile.AttributeValues;

namespace Manifests.Tests.Hostile;

/// <summary>A container and what sits beside it: its ports, variables, resources, probes, mounts, security and overrides.</summary>
internal static partial class AttributeSets
{
    /// <summary>The workload class's own container: [Container] (almost always) and what sits beside it.</summary>
    private static Gen<IEnumerable<string>> MainContainer(Pod pod, Shape shape)
        => from definition in Maybe(98, ContainerDefinition("Container"))
           from ports in Sequence(pod.Ports.Select(Port))
           from duplicate in Maybe(3, Attribute("Port", [Gen.Const(pod.Ports.Length > 0 ? Number(pod.Ports[0].Number) : "8080")]))
           from env in EnvVariables(shape, 25)
           from envFrom in Maybe(shape.ConfigMaps.Length + shape.Secrets.Length > 0 ? 15 : 1, EnvFrom(shape))
           from resources in Maybe(50, Resources)
           from probes in Probes(pod.Ports, 20, "ReadinessProbe", "LivenessProbe", "StartupProbe")
           from mounts in Sequence(pod.Volumes.Concat(pod.Claims).Select(volume => Maybe(96, Mount(volume))))
           from strayMount in Maybe(3, Mount("logs"))
           from security in Maybe(25, SecurityContext)
           from overrides in Maybe(shape.EnvironmentPercent, ContainerOverride(shape))
           select new[] { definition, duplicate, envFrom, resources, strayMount, security, overrides }
               .Concat(ports).Concat(env).Concat(probes).Concat(mounts).OfType<string>();

    private static Gen<string> ContainerDefinition(string attribute) => Attribute(attribute, [Text(Images)],
        Named("Name", Text("app", "main", "sidecar"), 10),
        Named("PullPolicy", EnumValue("ImagePullPolicy"), 20),
        Named("Command", ArrayOf("string", Text("/bin/app", "serve"), 1, 2), 15),
        Named("Args", ArrayOf("string", FreeText("--port=8080", "-v"), 0, 2), 15));

    private static Gen<string> Port(PortPlan port) => Attribute("Port", [Int(port.Number)],
        Named("Name", Text(port.Name), 85),
        port.IsUdp ? Gen.Const<string?>("Protocol = Protocol.Udp") : Named("Protocol", EnumValue("Protocol"), 5));

    /// <summary>A port as a Service's target or a probe's port names it: by name or number, mostly one the container declares.</summary>
    private static Gen<string> PortReference(PortPlan[] ports) => ports.Length == 0
        ? Text("web", "9999", "0", "HTTP")
        : Gen.Frequency(
            (20, Gen.OneOf(ports.SelectMany(port => new[] { port.Name, Number(port.Number) }).ToArray()).Select(Quote)),
            (1, Text("web", "9999", "0", "HTTP")));

    /// <summary>Environment variables of distinct names, each <paramref name="percent"/>% of the time.</summary>
    private static Gen<ImmutableArray<string?>> EnvVariables(Shape shape, int percent)
        => Sequence(new[] { "MODE", "LOG_LEVEL", "DB_PASSWORD", "DB_USER" }.Select(name => Maybe(percent, Env(name, shape))));

    /// <summary>A literal variable, or a key of a Secret or ConfigMap the project declares (mostly one it holds); rarely neither, or both.</summary>
    private static Gen<string> Env(string name, Shape shape) => Weighted(
        (16, Attribute("Env", [Text(name), FreeText("debug", "info", "8080", "s3cr3t")],
            Named("Environment", EnvironmentName(shape), shape.EnvironmentPercent))),
        (shape.Secrets.Length > 0 ? 8 : 0, Attribute("Env", [Text(name)],
            Named("Secret", TypeOf(shape.Secrets, shape), 100),
            Named("Key", Gen.Frequency((20, Text("password", "user")), (1, Text("token"))), 97),
            Named("Optional", Bool, 10),
            Named("Environment", EnvironmentName(shape), shape.EnvironmentPercent / 2))),
        (shape.ConfigMaps.Length > 0 ? 8 : 0, Attribute("Env", [Text(name)],
            Named("ConfigMap", TypeOf(shape.ConfigMaps, shape), 100),
            Named("Key", Gen.Frequency((20, Text("mode", "level")), (1, Text("missing"))), 97),
            Named("Optional", Bool, 10))),
        (shape.AllClasses.Length > 1 ? 1 : 0, Attribute("Env", [Text(name)], Named("Secret", AttributeValues.TypeOf(shape.AllClasses), 50), Named("ConfigMap", AttributeValues.TypeOf(shape.AllClasses), 30))));

    private static Gen<string> EnvFrom(Shape shape) => Attribute("EnvFrom", [TypeOf([.. shape.ConfigMaps, .. shape.Secrets], shape)],
        Named("Prefix", Text("APP_", "CFG_", ""), 30),
        Named("Optional", Bool, 10));

    private static readonly Gen<string> Resources = Attribute("Resources", [],
        Named("CpuRequest", Quantity("100m", "250m", "1"), 60),
        Named("CpuLimit", Quantity("500m", "1", "2"), 40),
        Named("MemoryRequest", Quantity("64Mi", "128Mi", "1Gi"), 60),
        Named("MemoryLimit", Quantity("256Mi", "1Gi", "2Gi"), 40),
        Named("EphemeralStorageRequest", Quantity("1Gi"), 10),
        Named("EphemeralStorageLimit", Quantity("2Gi"), 10));

    /// <summary>Each of the probe attributes, each <paramref name="percent"/>% of the time.</summary>
    private static Gen<ImmutableArray<string?>> Probes(PortPlan[] ports, int percent, params string[] attributes)
        => Sequence(attributes.Select(attribute => Maybe(percent, Probe(attribute, ports))));

    private static Gen<string> Probe(string attribute, PortPlan[] ports)
        => from handler in ProbeHandler(ports)
           from timing in Sequence(
           [
               Named("InitialDelaySeconds", Int(0, 30), 20),
               Named("PeriodSeconds", Int(1, 30), 20),
               Named("TimeoutSeconds", Int(1, 10), 10),
               Named("SuccessThreshold", attribute == "ReadinessProbe" ? Int(1, 3) : Int(1), 10),
               Named("FailureThreshold", Int(1, 5), 10),
           ])
           select Render(attribute, handler.Concat(timing.OfType<string>()));

    /// <summary>One way of probing (HTTP or TCP mostly where the container has ports, exec, gRPC); rarely none, or two.</summary>
    private static Gen<IEnumerable<string>> ProbeHandler(PortPlan[] ports) => Weighted(
        (ports.Length > 0 ? 30 : 2, Sequence([Named("Path", Text("/healthz", "/ready"), 100), Named("Port", PortReference(ports), ports.Length > 1 ? 90 : 40), Named("Scheme", EnumValue("ProbeScheme"), 10)]).Select(Present)),
        (ports.Length > 0 ? 20 : 2, Sequence([Named("TcpPort", PortReference(ports), 100)]).Select(Present)),
        (20, Sequence([Named("Exec", ArrayOf("string", Text("cat", "/tmp/healthy"), 1, 2), 100)]).Select(Present)),
        (ports.Any(port => port.Number == 9090) ? 10 : 1, Sequence([Named("GrpcPort", Int(9090), 100), Named("GrpcService", Text("health"), 30)]).Select(Present)),
        (3, Sequence([Named("Port", PortReference(ports), 50), Named("TcpPort", PortReference(ports), 50), Named("GrpcService", Text("health"), 20)]).Select(Present)));

    private static IEnumerable<string> Present(ImmutableArray<string?> arguments) => arguments.OfType<string>();

    private static Gen<string> Mount(string volume) => Attribute("Mount", [Text(volume), Text(MountPaths.GetValueOrDefault(volume, "/" + volume))],
        Named("ReadOnly", Bool, 20),
        Named("SubPath", Text("conf", "logs"), 10));

    private static readonly Gen<string> SecurityContext = Attribute("SecurityContext", [],
        Named("RunAsNonRoot", Bool, 40),
        Named("RunAsUser", Long(1000, 1000, 0), 30),
        Named("RunAsGroup", Long(1000), 15),
        Named("ReadOnlyRootFilesystem", Bool, 30),
        Named("AllowPrivilegeEscalation", Bool, 30),
        Named("Privileged", Bool, 10),
        Named("DropCapabilities", ArrayOf("string", Text("ALL", "NET_RAW"), 1, 2), 30),
        Named("AddCapabilities", ArrayOf("string", Text("NET_BIND_SERVICE", "CAP_SYS_ADMIN"), 1, 1), 15),
        Named("Seccomp", EnumValue("SeccompProfile"), 20));

    /// <summary>What an environment changes of a container: its tag and resources.</summary>
    private static Gen<string> ContainerOverride(Shape shape) => Attribute("Override", [EnvironmentName(shape)],
        Named("Tag", Text("2.0.0", "1.0.1"), 60),
        Named("CpuRequest", Quantity("500m", "1"), 30),
        Named("CpuLimit", Quantity("2"), 15),
        Named("MemoryRequest", Quantity("256Mi"), 30),
        Named("MemoryLimit", Quantity("1Gi", "64Mi"), 15));
}
