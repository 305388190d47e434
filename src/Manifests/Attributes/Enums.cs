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
}
