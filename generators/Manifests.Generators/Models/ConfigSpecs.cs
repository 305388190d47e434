using Manifests.Generators.Helpers;

namespace Manifests.Generators.Models;

/// <summary>A <c>[ConfigMap]</c> class: generated as a ConfigMap from its <c>[Data]</c> entries.</summary>
internal sealed record ConfigMapSpec(
    string ClassName,
    SourceRef KindSource,
    Sourced<string> Name,
    Sourced<string>? Namespace,
    bool Immutable,
    EquatableArray<KeyValueSpec> Data,
    EquatableArray<KeyValueSpec> Labels,
    EquatableArray<KeyValueSpec> Annotations,
    EquatableArray<MisplacedAttribute> Misplaced,
    EquatableArray<InvalidArgument> InvalidArguments);

/// <summary>A <c>[Secret]</c> class: declares a Secret of the cluster, never generated.</summary>
internal sealed record SecretSpec(
    string ClassName,
    SourceRef KindSource,
    Sourced<string> Name,
    EquatableArray<Sourced<string>> Keys,
    EquatableArray<MisplacedAttribute> Misplaced,
    EquatableArray<InvalidArgument> InvalidArguments);
