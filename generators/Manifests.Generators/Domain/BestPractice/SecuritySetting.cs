namespace Manifests.Generators.Domain.BestPractice;

/// <summary>A setting KM504's and KM506's fix writes into the container's <c>[SecurityContext]</c>.</summary>
internal enum SecuritySetting
{
    /// <summary><c>RunAsNonRoot = true</c> (KM504).</summary>
    RunAsNonRoot,

    /// <summary><c>AllowPrivilegeEscalation = false</c> (KM506).</summary>
    NoPrivilegeEscalation,
}
