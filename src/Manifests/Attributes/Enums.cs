namespace Manifests
{
    /// <summary>The effect of a node taint a <see cref="TolerationAttribute"/> matches.</summary>
    public enum TaintEffect
    {
        /// <summary>Matches every effect (Kubernetes' empty effect).</summary>
        Any = 0,
        /// <summary>New pods that do not tolerate the taint are not scheduled on the node.</summary>
        NoSchedule,
        /// <summary>The scheduler tries to avoid the node; never a hard rule.</summary>
        PreferNoSchedule,
        /// <summary>Pods that do not tolerate the taint are not scheduled, and running ones are evicted.</summary>
        NoExecute,
    }

    /// <summary>A port's protocol.</summary>
    public enum Protocol
    {
        /// <summary>TCP (the default).</summary>
        Tcp = 0,
        /// <summary>UDP.</summary>
        Udp,
        /// <summary>SCTP.</summary>
        Sctp,
    }

    /// <summary>How a Service is exposed.</summary>
    public enum ServiceType
    {
        /// <summary>A cluster-internal virtual IP (the default).</summary>
        ClusterIP = 0,
        /// <summary>A port on every node.</summary>
        NodePort,
        /// <summary>An external load balancer from the cloud provider.</summary>
        LoadBalancer,
    }

    /// <summary>When the kubelet pulls a container image.</summary>
    public enum ImagePullPolicy
    {
        /// <summary>Kubernetes' default: <c>Always</c> for <c>:latest</c> or no tag, else <c>IfNotPresent</c>.</summary>
        Default = 0,
        /// <summary>Pull on every start.</summary>
        Always,
        /// <summary>Pull only when the node lacks the image.</summary>
        IfNotPresent,
        /// <summary>Never pull; the image must be on the node.</summary>
        Never,
    }

    /// <summary>The scheme of an HTTP probe.</summary>
    public enum ProbeScheme
    {
        /// <summary>HTTP (the default).</summary>
        Http = 0,
        /// <summary>HTTPS, without checking the certificate.</summary>
        Https,
    }

    /// <summary>Where an empty-directory volume lives.</summary>
    public enum StorageMedium
    {
        /// <summary>The node's disk (the default).</summary>
        Default = 0,
        /// <summary>Memory (a tmpfs); counts against the container's memory limit.</summary>
        Memory,
    }

    /// <summary>A seccomp profile for a container or pod.</summary>
    public enum SeccompProfile
    {
        /// <summary>Not set: the pod's, else the runtime's default.</summary>
        Unset = 0,
        /// <summary>The container runtime's default profile.</summary>
        RuntimeDefault,
        /// <summary>No seccomp filtering.</summary>
        Unconfined,
    }

    /// <summary>How a node affinity compares a node's label.</summary>
    public enum AffinityOperator
    {
        /// <summary>The label has one of the values (the default).</summary>
        In = 0,
        /// <summary>The label has none of the values, or is missing.</summary>
        NotIn,
        /// <summary>The node has the label, whatever its value.</summary>
        Exists,
        /// <summary>The node does not have the label.</summary>
        DoesNotExist,
        /// <summary>The label, as an integer, is greater than the one value.</summary>
        Gt,
        /// <summary>The label, as an integer, is less than the one value.</summary>
        Lt,
    }

    /// <summary>What the scheduler does when a topology spread cannot be kept.</summary>
    public enum UnsatisfiableSpread
    {
        /// <summary>Leave the pod pending (the default).</summary>
        DoNotSchedule = 0,
        /// <summary>Schedule it anyway, preferring nodes that reduce the skew.</summary>
        ScheduleAnyway,
    }

    /// <summary>How a StatefulSet starts and stops its pods.</summary>
    public enum PodManagementPolicy
    {
        /// <summary>One at a time, in ordinal order (the default).</summary>
        OrderedReady = 0,
        /// <summary>All at once.</summary>
        Parallel,
    }

    /// <summary>How a persistent volume may be mounted.</summary>
    public enum VolumeAccessMode
    {
        /// <summary>Read-write by one node (the default).</summary>
        ReadWriteOnce = 0,
        /// <summary>Read-only by many nodes.</summary>
        ReadOnlyMany,
        /// <summary>Read-write by many nodes.</summary>
        ReadWriteMany,
        /// <summary>Read-write by one pod.</summary>
        ReadWriteOncePod,
    }

    /// <summary>How an Ingress path matches a request's path.</summary>
    public enum IngressPathType
    {
        /// <summary>By path segments: <c>/shop</c> matches <c>/shop/cart</c> (the default).</summary>
        Prefix = 0,
        /// <summary>The exact path only.</summary>
        Exact,
        /// <summary>As the ingress class decides.</summary>
        ImplementationSpecific,
    }
}
