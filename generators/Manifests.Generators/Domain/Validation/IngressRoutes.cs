using System;
using System.Collections.Generic;
using System.Linq;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.Kubernetes;
using Manifests.Generators.Models;

namespace Manifests.Generators.Domain.Validation;

/// <summary>
/// KM410, the one rule across workloads' Ingresses: two workloads whose Ingresses route the same host and path under
/// the same ingress class. The analyzer reports it at compilation end, at each claimant. It is a warning the generator
/// does not act on: each Ingress is valid and the API server takes both; only the controller decides which backend
/// serves the route, and a second Ingress for a route is sometimes meant (a canary, a migration). A rule that withheld
/// YAML would also make every workload's output depend on every other's, which the per-class pipeline avoids.
/// </summary>
internal static class IngressRoutes
{
    /// <summary>One route an Ingress serves: host, path and path type, under an ingress class (null: the cluster's default).</summary>
    public readonly record struct Route(string Host, string Path, IngressPathType PathType, string? ClassName);

    /// <summary>
    /// The routes <paramref name="workload"/>'s Ingress serves, each once, with the rule that declares it first. None
    /// without a Service: no Ingress is written then (KM407). The class is the Ingress's, the first one a rule names.
    /// </summary>
    public static IEnumerable<(Route Route, IngressSpec Rule)> Of(WorkloadSpec workload)
    {
        if (workload.Service is null || workload.Ingresses.IsEmpty)
        {
            yield break;
        }
        var className = workload.Ingresses.Select(rule => rule.ClassName?.Value).FirstOrDefault(value => value is not null);
        var seen = new HashSet<Route>();
        foreach (var rule in workload.Ingresses)
        {
            var route = new Route(rule.Host.Value, rule.Path?.Value ?? "/", rule.PathType, className);
            if (seen.Add(route))
            {
                yield return (route, rule);
            }
        }
    }

    /// <summary>The routes that more than one workload claims, with their claims.</summary>
    /// <param name="claims">Every workload's claims to the routes it serves.</param>
    /// <param name="route">The route a claim is to.</param>
    /// <param name="owner">The workload class that makes the claim.</param>
    public static IEnumerable<IGrouping<Route, TClaim>> Clashes<TClaim>(IEnumerable<TClaim> claims, Func<TClaim, Route> route, Func<TClaim, string> owner)
        => claims
            .GroupBy(route)
            .Where(group => group.Select(owner).Distinct(StringComparer.Ordinal).Skip(1).Any());

    /// <summary>KM410 for one workload's claim to <paramref name="route"/>, naming the other workload classes that claim it.</summary>
    public static ManifestProblem Problem(Route route, IEnumerable<string> otherClasses)
        => ManifestProblem.Create(DiagnosticDescriptors.IngressRouteOfAnotherWorkload, default,
            route.Host, route.Path, KubernetesSpelling.Of(route.PathType), string.Join(", ", otherClasses.Select(other => "'" + other + "'")));

    /// <summary>Where a rule's claim to its route is reported: its path when written, else its host.</summary>
    public static SourceRef Source(IngressSpec rule) => rule.Path?.Source ?? rule.Host.Source;
}
