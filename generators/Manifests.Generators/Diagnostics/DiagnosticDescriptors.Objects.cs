using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Diagnostics;

/// <summary>KM1xx: the object itself is not valid Kubernetes. Judged by <see cref="Domain.Validation.WorkloadValidator"/>.</summary>
internal static partial class DiagnosticDescriptors
{
    private const string ObjectNameTitle = "Invalid Kubernetes object name";

    /// <summary>{0} kind, {1} name, {2} the rule in Kubernetes' words.</summary>
    public static readonly DiagnosticDescriptor InvalidObjectName = Error(
        DiagnosticIds.InvalidObjectName, ObjectCategory, ObjectNameTitle,
        "{0} name '{1}' is invalid: {2}");

    /// <summary>{0} kind, {1} name, {2} the rule.</summary>
    public static readonly DiagnosticDescriptor InvalidClassDerivedName = Error(
        DiagnosticIds.InvalidObjectName, ObjectCategory, ObjectNameTitle,
        "{0} name '{1}' is invalid: {2} (the name comes from the class name: set Name on the attribute)");

    /// <summary>{0} name, {1} the rule.</summary>
    public static readonly DiagnosticDescriptor InvalidWorkloadDerivedServiceName = Error(
        DiagnosticIds.InvalidObjectName, ObjectCategory, ObjectNameTitle,
        "Service name '{0}' is invalid: {1} (the Service is named after the workload: set Name on [Service])");

    /// <summary>{0} namespace, {1} the rule.</summary>
    public static readonly DiagnosticDescriptor InvalidNamespace = Error(
        DiagnosticIds.InvalidNamespace, ObjectCategory,
        "Invalid namespace",
        "Namespace '{0}' is invalid: {1}");

    private const string KeyTitle = "Invalid label, annotation or node selector key";

    /// <summary>{0} Label, Annotation or Node selector; {1} key; {2} the rule.</summary>
    public static readonly DiagnosticDescriptor InvalidKey = Error(
        DiagnosticIds.InvalidKey, ObjectCategory, KeyTitle,
        "{0} key '{1}' is invalid: {2}");

    /// <summary>{0} key.</summary>
    public static readonly DiagnosticDescriptor DuplicateAnnotation = Error(
        DiagnosticIds.InvalidKey, ObjectCategory, KeyTitle,
        "Annotation key '{0}' is set twice: keep one");

    /// <summary>{0} Label or Node selector; {1} value; {2} key; {3} the rule.</summary>
    public static readonly DiagnosticDescriptor InvalidLabelValue = Error(
        DiagnosticIds.InvalidLabelValue, ObjectCategory,
        "Invalid label or node selector value",
        "{0} value '{1}' of key '{2}' is invalid: {3}");

    private const string ContainerNameTitle = "Invalid container name";

    /// <summary>{0} name, {1} the rule.</summary>
    public static readonly DiagnosticDescriptor InvalidContainerName = Error(
        DiagnosticIds.InvalidContainerName, ObjectCategory, ContainerNameTitle,
        "Container name '{0}' is invalid: {1}");

    /// <summary>{0} name, {1} the rule.</summary>
    public static readonly DiagnosticDescriptor InvalidClassDerivedContainerName = Error(
        DiagnosticIds.InvalidContainerName, ObjectCategory, ContainerNameTitle,
        "Container name '{0}' is invalid: {1} (the name comes from the class name: set Name on [Container])");

    /// <summary>{0} Container port, Service port, Node port or Target port; {1} the number.</summary>
    public static readonly DiagnosticDescriptor InvalidPortNumber = Error(
        DiagnosticIds.InvalidPortNumber, ObjectCategory,
        "Port number out of range",
        "{0} {1} is out of range: a port number must be between 1 and 65535");

    /// <summary>{0} name, {1} the rule.</summary>
    public static readonly DiagnosticDescriptor InvalidPortName = Error(
        DiagnosticIds.InvalidPortName, ObjectCategory,
        "Invalid port name",
        "Port name '{0}' is invalid: {1}");

    private const string QuantityTitle = "Invalid resource quantity";

    /// <summary>{0} resource, {1} request or limit, {2} the quantity.</summary>
    public static readonly DiagnosticDescriptor UnreadableQuantity = Error(
        DiagnosticIds.InvalidQuantity, ObjectCategory, QuantityTitle,
        "{0} {1} '{2}' is invalid: write a number with an optional suffix, such as 250m or 0.5 (cpu), 128Mi or 1Gi (memory), or 1e3");

    /// <summary>{0} resource, {1} request or limit, {2} the quantity.</summary>
    public static readonly DiagnosticDescriptor NegativeQuantity = Error(
        DiagnosticIds.InvalidQuantity, ObjectCategory, QuantityTitle,
        "{0} {1} '{2}' is invalid: must be greater than or equal to 0");

    /// <summary>{0} the count.</summary>
    public static readonly DiagnosticDescriptor InvalidReplicas = Error(
        DiagnosticIds.InvalidReplicas, ObjectCategory,
        "Negative replica count",
        "Replicas is {0}: it must be 0 or more");

    /// <summary>{0} container name, {1} workload name.</summary>
    public static readonly DiagnosticDescriptor DuplicateContainerName = Error(
        DiagnosticIds.DuplicateContainerName, ObjectCategory,
        "Two containers with the same name",
        "Container name '{0}' is used twice in the pod of '{1}': give each container its own name");

    private const string DuplicatePortTitle = "Port declared twice";

    /// <summary>{0} number, {1} protocol, {2} workload name.</summary>
    public static readonly DiagnosticDescriptor DuplicatePortNumber = Error(
        DiagnosticIds.DuplicatePort, ObjectCategory, DuplicatePortTitle,
        "Port {0}/{1} (containers of a pod share one network) is declared twice in the pod of '{2}': remove one of them");

    /// <summary>{0} port name, {1} workload name.</summary>
    public static readonly DiagnosticDescriptor DuplicatePortName = Error(
        DiagnosticIds.DuplicatePort, ObjectCategory, DuplicatePortTitle,
        "Port name '{0}' is declared twice in the pod of '{1}': remove one of them");

    private const string ServicePortTitle = "Service port missing or not allowed for its type";

    /// <summary>{0} Service name.</summary>
    public static readonly DiagnosticDescriptor ServiceWithoutPort = Error(
        DiagnosticIds.InvalidServicePort, ObjectCategory, ServicePortTitle,
        "Service '{0}' has no port: set Port to the port clients connect to, for example [Service(Port = 80)]");

    /// <summary>{0} Service name.</summary>
    public static readonly DiagnosticDescriptor NodePortOnClusterIP = Error(
        DiagnosticIds.InvalidServicePort, ObjectCategory, ServicePortTitle,
        "Service '{0}' sets NodePort but its Type is ClusterIP: set Type = ServiceType.NodePort (or LoadBalancer), or remove NodePort");

    /// <summary>{0} kind, {1} workload name.</summary>
    public static readonly DiagnosticDescriptor NoContainer = Error(
        DiagnosticIds.NoContainer, ObjectCategory,
        "Workload without a container",
        "{0} '{1}' has no container: add [Container(\"registry/image:tag\")] to the class, or to a nested class for each container of the pod");

    private const string DuplicateObjectTitle = "Two classes declare the same object";

    /// <summary>{0} kind, {1} name, {2} namespace, {3} the other classes and their kinds.</summary>
    public static readonly DiagnosticDescriptor DuplicateObjectInNamespace = CompilationEndError(
        DiagnosticIds.DuplicateObject, DuplicateObjectTitle,
        "{0} '{1}' in namespace '{2}' is also declared by {3}: two workloads or two Services of one name in one namespace clash, so rename one of them");

    /// <summary>{0} kind, {1} name, {2} the other classes and their kinds.</summary>
    public static readonly DiagnosticDescriptor DuplicateObject = CompilationEndError(
        DiagnosticIds.DuplicateObject, DuplicateObjectTitle,
        "{0} '{1}' is also declared by {2}: two workloads or two Services of one name in one namespace clash, so rename one of them");

    private const string EnvVarTitle = "Invalid or repeated environment variable";

    /// <summary>{0} variable, {1} container, {2} the rule.</summary>
    public static readonly DiagnosticDescriptor InvalidEnvVar = Error(
        DiagnosticIds.InvalidEnvVar, ObjectCategory, EnvVarTitle,
        "Environment variable '{0}' in container '{1}' is invalid: {2}");

    /// <summary>{0} variable, {1} container.</summary>
    public static readonly DiagnosticDescriptor DuplicateEnvVar = Error(
        DiagnosticIds.InvalidEnvVar, ObjectCategory, EnvVarTitle,
        "Environment variable '{0}' is set twice in container '{1}': keep one");

    private const string TolerationTitle = "Invalid toleration";

    public static readonly DiagnosticDescriptor ValueWithoutTolerationKey = Error(
        DiagnosticIds.InvalidToleration, ObjectCategory, TolerationTitle,
        "A toleration with an empty key tolerates every taint and cannot match a value: remove Value, or set the key");

    /// <summary>{0} key, {1} the rule.</summary>
    public static readonly DiagnosticDescriptor InvalidTolerationKey = Error(
        DiagnosticIds.InvalidToleration, ObjectCategory, TolerationTitle,
        "Toleration of '{0}' is invalid: the key {1}");

    /// <summary>{0} key, {1} value, {2} the rule.</summary>
    public static readonly DiagnosticDescriptor InvalidTolerationValue = Error(
        DiagnosticIds.InvalidToleration, ObjectCategory, TolerationTitle,
        "Toleration of '{0}' is invalid: the value '{1}' is not a valid label value: {2}");

    /// <summary>{0} key.</summary>
    public static readonly DiagnosticDescriptor TolerationSecondsWithoutNoExecute = Error(
        DiagnosticIds.InvalidToleration, ObjectCategory, TolerationTitle,
        "Toleration of '{0}' is invalid: TolerationSeconds applies only to NoExecute taints: set Effect = TaintEffect.NoExecute, or remove TolerationSeconds");

    private const string LabelTitle = "Reserved or repeated label";

    /// <summary>{0} key.</summary>
    public static readonly DiagnosticDescriptor ReservedLabel = Error(
        DiagnosticIds.LabelConflict, ObjectCategory, LabelTitle,
        "Label '{0}' is reserved: Manifests sets it to the workload name to select the workload's pods, so remove it (set the workload's Name instead)");

    /// <summary>{0} key, {1} class.</summary>
    public static readonly DiagnosticDescriptor DuplicateLabel = Error(
        DiagnosticIds.LabelConflict, ObjectCategory, LabelTitle,
        "Label '{0}' is set twice on '{1}': keep one");

    /// <summary>{0} key.</summary>
    public static readonly DiagnosticDescriptor DuplicateCommonLabel = Error(
        DiagnosticIds.LabelConflict, ObjectCategory, LabelTitle,
        "Label '{0}' is set twice on the assembly: keep one");

    /// <summary>{0} resource, capitalised; {1} limit; {2} request.</summary>
    public static readonly DiagnosticDescriptor LimitBelowRequest = Error(
        DiagnosticIds.LimitBelowRequest, ObjectCategory,
        "Resource limit below its request",
        "{0} limit {1} is below its request {2}: Kubernetes rejects this, so raise the limit or lower the request");

    /// <summary>{0} what the text is (Image of container, Environment variable...), {1} its owner, {2} the surrogate's code.</summary>
    public static readonly DiagnosticDescriptor UnrepresentableText = Error(
        DiagnosticIds.UnrepresentableText, ObjectCategory,
        "Text that YAML cannot carry",
        "{0} '{1}' contains a lone UTF-16 surrogate (\\u{2}), which no YAML file can hold: remove it or complete the pair");

    private const string ConfigKeyTitle = "Invalid ConfigMap or Secret key";

    /// <summary>{0} ConfigMap or Secret, {1} key, {2} the rule.</summary>
    public static readonly DiagnosticDescriptor InvalidConfigKey = Error(
        DiagnosticIds.InvalidConfigKey, ObjectCategory, ConfigKeyTitle,
        "{0} key '{1}' is invalid: {2}");

    /// <summary>{0} ConfigMap or Secret, {1} key, {2} its name.</summary>
    public static readonly DiagnosticDescriptor DuplicateConfigKey = Error(
        DiagnosticIds.InvalidConfigKey, ObjectCategory, ConfigKeyTitle,
        "{0} key '{1}' is declared twice in '{2}': keep one");

    private const string ArgumentTitle = "Argument the attribute cannot take";

    /// <summary>{0} attribute, {1} property.</summary>
    public static readonly DiagnosticDescriptor NullArgument = Error(
        DiagnosticIds.InvalidArgument, ObjectCategory, ArgumentTitle,
        "[{0}] cannot take null for {1}: write a value");

    /// <summary>{0} attribute, {1} property, {2} value, {3} enum, {4} its values.</summary>
    public static readonly DiagnosticDescriptor UndefinedEnumValue = Error(
        DiagnosticIds.InvalidArgument, ObjectCategory, ArgumentTitle,
        "[{0}] cannot set {1} to {2}, which is not a {3} value: use one of {4}");

    private static DiagnosticDescriptor CompilationEndError(string id, string title, string message)
        => new(id, title, message, ObjectCategory, DiagnosticSeverity.Error, isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + id + ".md", customTags: WellKnownDiagnosticTags.CompilationEnd);
}
