using System;

namespace Manifests
{
    /// <summary>
    /// Makes the class a Kubernetes <c>apps/v1</c> ReplicaSet: a fixed number of identical pods, without the rolling
    /// updates a <see cref="DeploymentAttribute"/> gives.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class ReplicaSetAttribute : Attribute
    {
        /// <summary>The object name; defaults to the class name in kebab-case (<c>OrderApi</c> becomes <c>order-api</c>).</summary>
        public string? Name { get; set; }

        /// <summary>The namespace; defaults to <see cref="ManifestDefaultsAttribute.Namespace"/>, else none (the apply-time namespace).</summary>
        public string? Namespace { get; set; }

        /// <summary>How many pods to keep running. Defaults to 1; leave it unset on a workload an <see cref="AutoscaleAttribute"/> scales.</summary>
        public int Replicas { get; set; } = 1;

        /// <summary>Seconds a new pod must be ready, without a container crashing, before it counts as available.</summary>
        public int MinReadySeconds { get; set; }

        /// <summary>The pods' priority class.</summary>
        public string? PriorityClassName { get; set; }

        /// <summary>Seconds a pod gets to shut down after SIGTERM before it is killed (Kubernetes' default: 30).</summary>
        public long TerminationGracePeriodSeconds { get; set; }
    }
}
