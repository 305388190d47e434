using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Diagnostics;

/// <summary>KM4xx: objects that are each valid but do not fit together.</summary>
internal static partial class DiagnosticDescriptors
{
    private const string TargetPortTitle = "Service targets a port no container exposes";
    private const string TargetsUnexposedPort = "Service '{0}' targets port '{1}', which no container of '{2}' exposes: ";

    /// <summary>{0} Service, {1} target, {2} workload.</summary>
    public static readonly DiagnosticDescriptor TargetPortNotExposedNoPorts = Error(
        DiagnosticIds.TargetPortNotExposed, CrossObjectCategory, TargetPortTitle,
        TargetsUnexposedPort + "declare the port with [Port(...)] on the container that listens on it");

    /// <summary>{0} Service, {1} target, {2} workload, {3} the ports the pod exposes.</summary>
    public static readonly DiagnosticDescriptor TargetPortNotExposed = Error(
        DiagnosticIds.TargetPortNotExposed, CrossObjectCategory, TargetPortTitle,
        TargetsUnexposedPort + "the pod exposes {3}; target one of them or declare the port with [Port(...)]");

    /// <summary>{0} Service, {1} target, {2} workload, {3} the port's protocol, {4} the Service's, {5} the port's as the enum member.</summary>
    public static readonly DiagnosticDescriptor TargetPortOfOtherProtocol = Error(
        DiagnosticIds.TargetPortNotExposed, CrossObjectCategory, TargetPortTitle,
        TargetsUnexposedPort + "port '{1}' is {3} but the Service is {4}, so set Protocol = Protocol.{5} on [Service]");
}
