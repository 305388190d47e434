using static Manifests.Tests.Support.AnalyzerVerifier;

namespace Manifests.Tests.Analyzers;

/// <summary>
/// Where a container's environment comes from: a value or one Secret or ConfigMap key (KM115, KM117, KM122), a
/// reference that names a Secret or ConfigMap of the kind written, in the pod's namespace, holding the key (KM405), and
/// <c>[EnvFrom]</c> prefixes Kubernetes accepts (KM115).
/// </summary>
public class EnvSourceDiagnosticsTests
{
    private const string Config = """
        [ConfigMap] [Data("LOG_LEVEL", "info")] [Data("FEATURES", "cart")] public partial class ShopConfig { }
        [Secret("db-credentials", Keys = new[] { "username", "password" })] public partial class DbCredentials { }
        [Secret("no-keys")] public partial class Undeclared { }
        [ConfigMap] public partial class EmptyConfig { }
        public class NotConfig { }
        [Deployment] [Container("nginx:1.27")] public partial class Other { }
        """;

    private static string Project(string workload) => "using Manifests;\n" + Config + "\n" + workload;

    [Fact]
    public Task Values_keys_prefixes_and_optional_keys_that_resolve_are_accepted()
        => VerifyAsync(Project("""
            [Deployment] [Container("nginx:1.27")]
            [Env("LOG_LEVEL", ConfigMap = typeof(ShopConfig))]
            [Env("DB_USER", Secret = typeof(DbCredentials), Key = "username")]
            [Env("DB_TOKEN", Secret = typeof(DbCredentials), Key = "token", Optional = true)]
            [Env("EXTRA", Secret = typeof(Undeclared), Key = "anything", Optional = true)]
            [Env("REGION", "kr-central")]
            [EnvFrom(typeof(ShopConfig), Prefix = "SHOP_")]
            [EnvFrom(typeof(DbCredentials), Prefix = "")]
            public partial class Web { }
            """));

    [Fact]
    public Task A_value_beside_a_reference_is_reported_at_the_value()
        => VerifyAsync(Project("""
            [Deployment] [Container("nginx:1.27")] [Env("LOG_LEVEL", {|#0:"debug"|}, ConfigMap = typeof(ShopConfig))] public partial class Web { }
            """),
            Diagnostic("KM115").WithLocation(0).WithMessage(
                "Environment variable 'LOG_LEVEL' in container 'web' has both a value and a ConfigMap: Kubernetes takes one or the other, so remove the value or ConfigMap"));

    [Fact]
    public Task A_secret_and_a_config_map_on_one_variable_are_reported_at_the_config_map()
        => VerifyAsync(Project("""
            [Deployment] [Container("nginx:1.27")] [Env("DB_USER", Secret = typeof(DbCredentials), Key = "username", ConfigMap = {|#0:typeof(ShopConfig)|})] public partial class Web { }
            """),
            Diagnostic("KM115").WithLocation(0).WithMessage(
                "Environment variable 'DB_USER' in container 'web' is taken from both a Secret and a ConfigMap: a variable has one source, so keep Secret or ConfigMap"));

    [Fact]
    public Task A_variable_with_neither_value_nor_reference_is_reported_at_the_attribute()
        => VerifyAsync(Project("""
            [Deployment] [Container("nginx:1.27")] [{|#0:Env("DB_USER")|}] public partial class Web { }
            """),
            Diagnostic("KM115").WithLocation(0).WithMessage(
                "Environment variable 'DB_USER' in container 'web' has no value: write [Env(\"DB_USER\", \"value\")], or take it from a Secret or ConfigMap with Secret = typeof(...) or ConfigMap = typeof(...)"));

    [Fact]
    public Task Key_and_optional_without_a_reference_are_km117()
        => VerifyAsync(Project("""
            [Deployment] [Container("nginx:1.27")] [Env("MODE", "fast", Key = {|#0:"mode"|}, Optional = {|#1:true|})] public partial class Web { }
            """),
            Diagnostic("KM117").WithLocation(0).WithMessage(
                "Key has no effect on [Env] 'MODE', which has no Secret or ConfigMap to read: remove Key, or set Secret = typeof(...) or ConfigMap = typeof(...)"),
            Diagnostic("KM117").WithLocation(1).WithMessage(
                "Optional has no effect on [Env] 'MODE', which has no Secret or ConfigMap to read: remove Optional, or set Secret = typeof(...) or ConfigMap = typeof(...)"));

    [Fact]
    public Task An_invalid_key_is_km122()
        => VerifyAsync(Project("""
            [Deployment] [Container("nginx:1.27")] [Env("DB_USER", Secret = typeof(DbCredentials), Key = {|#0:"user name"|})] public partial class Web { }
            """),
            Diagnostic("KM122").WithLocation(0).WithMessage(
                "Secret key 'user name' is invalid: a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name', or 'KEY_NAME', or 'key-name')"));

    [Fact]
    public Task An_invalid_prefix_is_km115()
        => VerifyAsync(Project("""
            [Deployment] [Container("nginx:1.27")] [EnvFrom(typeof(ShopConfig), Prefix = {|#0:"1SHOP_"|})] public partial class Web { }
            """),
            Diagnostic("KM115").WithLocation(0).WithMessage("Prefix '1SHOP_' of [EnvFrom] in container 'web' is invalid: " + RuleText.EnvVarName));

    [Fact]
    public Task A_reference_to_a_class_that_is_neither_secret_nor_config_map_is_reported_at_the_typeof()
        => VerifyAsync(Project("""
            [Deployment] [Container("nginx:1.27")]
            [Env("A", Secret = {|#0:typeof(NotConfig)|})]
            [EnvFrom({|#1:typeof(Other)|})]
            public partial class Web { }
            """),
            Diagnostic("KM405").WithLocation(0).WithMessage("[Env] refers to 'NotConfig', which is neither a Secret nor a ConfigMap: refer to a class marked [Secret(...)] or [ConfigMap]"),
            Diagnostic("KM405").WithLocation(1).WithMessage("[EnvFrom] refers to 'Other', which is neither a Secret nor a ConfigMap: refer to a class marked [Secret(...)] or [ConfigMap]"));

    [Fact]
    public Task A_config_map_written_as_a_secret_is_reported_with_the_property_to_write()
        => VerifyAsync(Project("""
            [Deployment] [Container("nginx:1.27")] [Env("LOG_LEVEL", Secret = {|#0:typeof(ShopConfig)|})] public partial class Web { }
            """),
            Diagnostic("KM405").WithLocation(0).WithMessage(
                "[Env] sets Secret = typeof(ShopConfig), but 'ShopConfig' is a ConfigMap, so Kubernetes would look for a Secret that is not there: write ConfigMap = typeof(ShopConfig)"));

    [Fact]
    public Task A_key_the_secret_does_not_declare_lists_its_keys()
        => VerifyAsync(Project("""
            [Deployment] [Container("nginx:1.27")] [Env("DB_TOKEN", Secret = typeof(DbCredentials), Key = {|#0:"token"|})] public partial class Web { }
            """),
            Diagnostic("KM405").WithLocation(0).WithMessage(
                "Secret 'db-credentials' ('DbCredentials') has no key 'token', so the container cannot start (CreateContainerConfigError): use one of 'username', 'password', declare 'token' on 'DbCredentials', or set Optional = true"));

    [Fact]
    public Task A_misspelt_key_gets_did_you_mean()
        => VerifyAsync(Project("""
            [Deployment] [Container("nginx:1.27")] [Env("DB_PASSWORD", Secret = typeof(DbCredentials), Key = {|#0:"pasword"|})] public partial class Web { }
            """),
            Diagnostic("KM405").WithLocation(0).WithMessage(
                "Secret 'db-credentials' ('DbCredentials') has no key 'pasword', so the container cannot start (CreateContainerConfigError): did you mean 'password'?"));

    [Fact]
    public Task A_key_taken_from_the_variable_name_is_reported_at_the_name()
        => VerifyAsync(Project("""
            [Deployment] [Container("nginx:1.27")]
            [Env({|#0:"LOG_LEVL"|}, ConfigMap = typeof(ShopConfig))]
            [Env({|#1:"DEBUG"|}, ConfigMap = typeof(ShopConfig))]
            public partial class Web { }
            """),
            Diagnostic("KM405").WithLocation(0).WithMessage(
                "ConfigMap 'shop-config' ('ShopConfig') has no key 'LOG_LEVL' (the variable's name, as Key is not set), so the container cannot start (CreateContainerConfigError): did you mean Key = \"LOG_LEVEL\"?"),
            Diagnostic("KM405").WithLocation(1).WithMessage(
                "ConfigMap 'shop-config' ('ShopConfig') has no key 'DEBUG' (the variable's name, as Key is not set), so the container cannot start (CreateContainerConfigError): set Key to one of 'LOG_LEVEL', 'FEATURES', declare 'DEBUG' on 'ShopConfig', or set Optional = true"));

    [Fact]
    public Task A_secret_without_keys_and_a_config_map_without_data_say_so()
        => VerifyAsync(Project("""
            [Deployment] [Container("nginx:1.27")]
            [Env("TOKEN", Secret = typeof(Undeclared), Key = {|#0:"token"|})]
            [Env({|#1:"MODE"|}, ConfigMap = typeof(EmptyConfig))]
            public partial class Web { }
            """),
            Diagnostic("KM405").WithLocation(0).WithMessage(
                "Secret 'no-keys' ('Undeclared') declares no keys, so nothing says key 'token' is there: list the keys the Secret holds with Keys = new[] { \"token\" } on 'Undeclared', or set Optional = true"),
            Diagnostic("KM405").WithLocation(1).WithMessage(
                "ConfigMap 'empty-config' ('EmptyConfig') has no [Data], so key 'MODE' is not there and the container cannot start (CreateContainerConfigError): add [Data(\"MODE\", ...)] to 'EmptyConfig', or set Optional = true"));

    [Fact]
    public Task A_config_map_in_another_namespace_is_reported_whichever_side_sets_it()
        => VerifyAsync("""
            using Manifests;
            [assembly: ManifestDefaults(Namespace = "shop")]
            [ConfigMap(Namespace = "infra")] [Data("LOG_LEVEL", "info")] public partial class InfraConfig { }
            [ConfigMap] [Data("LOG_LEVEL", "info")] public partial class ShopConfig { }
            [Deployment] [Container("nginx:1.27")] [EnvFrom({|#0:typeof(InfraConfig)|})] public partial class Web { }
            [Deployment(Namespace = "jobs")] [Container("nginx:1.27")] [Env("LOG_LEVEL", ConfigMap = {|#1:typeof(ShopConfig)|})] public partial class Worker { }
            [Deployment(Namespace = "infra")] [Container("nginx:1.27")] [EnvFrom(typeof(InfraConfig))] public partial class Agent { }
            """,
            Diagnostic("KM405").WithLocation(0).WithMessage(
                "ConfigMap 'infra-config' ('InfraConfig') is in namespace 'infra', but the pod of 'web' runs in 'shop', and a pod reads only its own namespace's ConfigMaps: put both in one namespace"),
            Diagnostic("KM405").WithLocation(1).WithMessage(
                "ConfigMap 'shop-config' ('ShopConfig') is in namespace 'shop', but the pod of 'worker' runs in 'jobs', and a pod reads only its own namespace's ConfigMaps: put both in one namespace"));

    [Fact]
    public Task A_reference_to_a_class_with_an_invalid_name_is_reported_on_the_pod_too()
        => VerifyAsync("""
            using Manifests;
            [Secret({|KM101:"DB_Credentials"|}, Keys = new[] { "password" })] public partial class DbCredentials { }
            [Deployment] [Container("nginx:1.27")] [Env("DB_PASSWORD", Secret = {|#0:typeof(DbCredentials)|}, Key = "password")] public partial class Web { }
            """,
            Diagnostic("KM405").WithLocation(0).WithMessage(
                "[Env] refers to 'DbCredentials', whose Secret name 'DB_Credentials' is invalid (" + RuleText.Subdomain + "), so no Secret can have it: fix the name on 'DbCredentials'"));
}
