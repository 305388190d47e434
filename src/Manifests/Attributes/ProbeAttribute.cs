using System;

namespace Manifests
{
    /// <summary>
    /// What <see cref="ReadinessProbeAttribute"/>, <see cref="LivenessProbeAttribute"/> and
    /// <see cref="StartupProbeAttribute"/> share: one way to ask the container whether it is well (an HTTP GET of
    /// <see cref="Path"/>, a TCP connection to <see cref="TcpPort"/>, a command in <see cref="Exec"/>, or a gRPC health check on
    /// <see cref="GrpcPort"/>), and how often. A value left at 0 is Kubernetes' default.
    /// </summary>
    public abstract class ProbeAttribute : Attribute
    {
        /// <summary>HTTP GET: the path to request, for example <c>/healthz</c>.</summary>
        public string? Path { get; set; }

        /// <summary>HTTP GET: the container port, by name (<c>http</c>) or number (<c>"8080"</c>); defaults to the container's only port.</summary>
        public string? Port { get; set; }

        /// <summary>HTTP GET: HTTP unless set.</summary>
        public ProbeScheme Scheme { get; set; }

        /// <summary>TCP: the container port to connect to, by name or number.</summary>
        public string? TcpPort { get; set; }

        /// <summary>A command run in the container; exit code 0 is healthy.</summary>
        public string[]? Exec { get; set; }

        /// <summary>gRPC: the container port of the gRPC health service (grpc.health.v1).</summary>
        public int GrpcPort { get; set; }

        /// <summary>gRPC: the service name to check; empty checks the server as a whole.</summary>
        public string? GrpcService { get; set; }

        /// <summary>Seconds after the container starts before the first probe.</summary>
        public int InitialDelaySeconds { get; set; }

        /// <summary>Seconds between probes (Kubernetes' default: 10).</summary>
        public int PeriodSeconds { get; set; }

        /// <summary>Seconds before a probe times out (default: 1).</summary>
        public int TimeoutSeconds { get; set; }

        /// <summary>Successes in a row that count as healthy after a failure (default: 1; liveness and startup probes must keep 1).</summary>
        public int SuccessThreshold { get; set; }

        /// <summary>Failures in a row that count as unhealthy (default: 3).</summary>
        public int FailureThreshold { get; set; }
    }
}
