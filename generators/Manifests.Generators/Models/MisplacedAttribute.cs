namespace Manifests.Generators.Models;

/// <summary>Why an attribute has no effect where it is (KM117); each has its own message, which says where it belongs.</summary>
internal enum Misplacement
{
    /// <summary>A second workload attribute on one class.</summary>
    SecondWorkloadKind,

    /// <summary>A second [Container] or [InitContainer] on one class.</summary>
    SecondContainer,

    /// <summary>[InitContainer] on the workload class itself.</summary>
    InitContainerOnWorkloadClass,

    /// <summary>A workload-wide attribute on a nested container class.</summary>
    WorkloadAttributeOnContainerClass,

    /// <summary>A container attribute on a nested class without [Container].</summary>
    ContainerAttributeOnNestedClassWithoutContainer,

    /// <summary>A container attribute on a workload class without a [Container] of its own.</summary>
    ContainerAttributeOnWorkloadClassWithoutContainer,

    /// <summary>[Port] beside an [InitContainer].</summary>
    PortOnInitContainer,

    /// <summary>Manifests attributes on a class that is no workload and sits in none.</summary>
    NotInWorkload,

    /// <summary>A container class nested deeper than directly in its workload class.</summary>
    NestedTooDeep,

    /// <summary>An attribute of one kind of workload on another (a volume claim on a Deployment).</summary>
    NotForWorkloadKind,

    /// <summary>A workload or container attribute on a ConfigMap or Secret class.</summary>
    NotForConfigClass,

    /// <summary>[Data] on a class that is no ConfigMap.</summary>
    DataOutsideConfigMap,

    /// <summary>A second of the attributes that say what a class is (a ConfigMap that is also a Deployment).</summary>
    SecondClassKind,

    /// <summary>A second update strategy ([RollingUpdate] and [Recreate] on one workload).</summary>
    SecondStrategy,

    /// <summary>A probe beside an [InitContainer].</summary>
    ProbeOnInitContainer,
}

/// <summary>An attribute that has no effect where it is.</summary>
/// <param name="Reason">Why.</param>
/// <param name="Attribute">The attribute's name as written in C#, without the suffix: <c>Port</c>.</param>
/// <param name="Owner">The class it sits on.</param>
/// <param name="Other">The other name the message needs: the workload kind, the workload class, or the attribute's home.</param>
/// <param name="Source">The attribute.</param>
internal sealed record MisplacedAttribute(Misplacement Reason, string Attribute, string Owner, string Other, SourceRef Source);

/// <summary>What is wrong with an argument the compiler accepted.</summary>
internal enum ArgumentProblem
{
    /// <summary><c>null</c> where a value is required (<c>[Toleration(null!)]</c>).</summary>
    Null,

    /// <summary>A cast to an enum value it does not define (<c>(TaintEffect)42</c>).</summary>
    UndefinedEnumValue,
}

/// <summary>An argument an attribute cannot take (KM121): the parser records it instead of guessing a meaning.</summary>
/// <param name="Problem">What is wrong.</param>
/// <param name="Attribute">The attribute, without the suffix.</param>
/// <param name="Property">The property or constructor parameter.</param>
/// <param name="Value">The value as a number, for an enum.</param>
/// <param name="EnumType">The enum's name, for an enum.</param>
/// <param name="Allowed">The enum's values as a user writes them, for an enum.</param>
/// <param name="Source">The argument.</param>
internal sealed record InvalidArgument(ArgumentProblem Problem, string Attribute, string Property, string? Value, string? EnumType, string? Allowed, SourceRef Source);
