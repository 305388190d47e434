using System.Collections.Immutable;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Models;

namespace Manifests.Generators.Domain.BestPractice;

/// <summary>KM504 and KM506: who the container runs as, and whether it can gain privileges.</summary>
internal static partial class BestPracticeValidator
{
    /// <summary>
    /// A container runs as root unless it or its pod says otherwise: <c>RunAsNonRoot = true</c> (the kubelet then refuses
    /// a root user) or a <c>RunAsUser</c> above 0; the container's setting wins over the pod's. <c>RunAsUser = 0</c> is
    /// root said out loud, reported at the 0. A written <c>RunAsNonRoot = false</c> says root is on purpose (an image that
    /// must start as root) and is left alone.
    /// </summary>
    private static void CheckRunAsRoot(ImmutableArray<ManifestProblem>.Builder problems, WorkloadSpec workload, ContainerSpec container)
    {
        var pod = workload.Pod.Security;
        var nonRoot = container.Security?.RunAsNonRoot ?? pod?.RunAsNonRoot;
        var user = container.Security?.RunAsUser ?? pod?.RunAsUser;
        var containerName = container.Name.Value;
        var workloadName = workload.Name.Value;

        if (user is { Value: 0 } root)
        {
            var descriptor = nonRoot switch
            {
                { Value: true } => DiagnosticDescriptors.RootAndNonRoot,
                null => DiagnosticDescriptors.RunsAsRoot,
                _ => null,
            };
            if (descriptor is not null)
            {
                problems.Add(ManifestProblem.Create(descriptor, root.Source, containerName, workloadName));
            }
            return;
        }
        if (nonRoot is not null || user is not null)
        {
            return;
        }
        problems.Add(ManifestProblem.Create(DiagnosticDescriptors.MayRunAsRoot, SecurityAnchor(container), containerName, workloadName)
            .With(DiagnosticProperties.Security(SecuritySetting.RunAsNonRoot)));
    }

    /// <summary>
    /// Privilege escalation is allowed unless the container says <c>AllowPrivilegeEscalation = false</c> (the pod cannot
    /// say it for its containers). A privileged container can always escalate, and the API server rejects
    /// <c>AllowPrivilegeEscalation = false</c> beside it, so it gets its own message and no fix. A written
    /// <c>AllowPrivilegeEscalation = true</c> is on purpose (a setuid tool the container needs) and is left alone.
    /// </summary>
    private static void CheckPrivilegeEscalation(ImmutableArray<ManifestProblem>.Builder problems, WorkloadSpec workload, ContainerSpec container)
    {
        var security = container.Security;
        if (security?.Privileged is { Value: true } privileged)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.PrivilegedContainer, privileged.Source, container.Name.Value, workload.Name.Value));
            return;
        }
        if (security?.AllowPrivilegeEscalation is not null)
        {
            return;
        }
        problems.Add(ManifestProblem.Create(DiagnosticDescriptors.PrivilegeEscalationAllowed, SecurityAnchor(container), container.Name.Value, workload.Name.Value)
            .With(DiagnosticProperties.Security(SecuritySetting.NoPrivilegeEscalation)));
    }
}
