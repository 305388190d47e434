using static Manifests.Tests.Support.AnalyzerVerifier;

namespace Manifests.Tests.Analyzers;

/// <summary>KM121: arguments the compiler accepts but no attribute can take, squiggled at the argument.</summary>
public class ArgumentDiagnosticsTests
{
    [Fact]
    public Task An_enum_cast_to_an_undefined_value_is_reported_at_the_cast()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27", PullPolicy = {|#0:(ImagePullPolicy)9|})]
            [Port(53, Protocol = {|#1:(Protocol)42|})]
            [Toleration("role/lb", Effect = {|#2:(TaintEffect)42|})]
            public partial class Web { }
            """,
            Diagnostic("KM121").WithLocation(0).WithMessage("[Container] cannot set PullPolicy to 9, which is not a ImagePullPolicy value: use one of ImagePullPolicy.Default, ImagePullPolicy.Always, ImagePullPolicy.IfNotPresent, ImagePullPolicy.Never"),
            Diagnostic("KM121").WithLocation(1).WithMessage("[Port] cannot set Protocol to 42, which is not a Protocol value: use one of Protocol.Tcp, Protocol.Udp, Protocol.Sctp"),
            Diagnostic("KM121").WithLocation(2).WithMessage("[Toleration] cannot set Effect to 42, which is not a TaintEffect value: use one of TaintEffect.Any, TaintEffect.NoSchedule, TaintEffect.PreferNoSchedule, TaintEffect.NoExecute"));

    [Fact]
    public Task Null_where_a_value_is_required_is_reported_at_the_null()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container({|#0:null!|})]
            [Toleration({|#1:null!|})]
            [Env("A", {|#2:null!|})]
            [Label(key: {|#3:null!|}, value: "v")]
            public partial class Web { }
            """,
            Diagnostic("KM121").WithLocation(0).WithMessage("[Container] cannot take null for Image: write a value"),
            Diagnostic("KM121").WithLocation(1).WithMessage("[Toleration] cannot take null for Key: write a value"),
            Diagnostic("KM121").WithLocation(2).WithMessage("[Env] cannot take null for Value: write a value"),
            Diagnostic("KM121").WithLocation(3).WithMessage("[Label] cannot take null for Key: write a value"),
            // An empty label key is invalid as well.
            Diagnostic("KM103").WithLocation(3));

    [Fact]
    public Task Null_for_a_required_class_is_reported_at_the_null_not_dropped()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")]
            [EnvFrom({|#0:null!|})]
            [DependsOn({|#1:null!|})]
            public partial class Web { }
            """,
            Diagnostic("KM121").WithLocation(0).WithMessage("[EnvFrom] cannot take null for Source: write a value"),
            Diagnostic("KM121").WithLocation(1).WithMessage("[DependsOn] cannot take null for Workload: write a value"));

    [Fact]
    public Task Defined_values_and_optional_nulls_are_fine()
        => VerifyAsync("""
            using Manifests;
            [Deployment(Name = null)] [Container("nginx:1.27", Name = null, PullPolicy = ImagePullPolicy.IfNotPresent, Args = null)]
            [Port(53, Protocol = Protocol.Udp, Name = null)]
            [Toleration("", Effect = TaintEffect.Any)]
            public partial class Web { }
            """);

    [Fact]
    public Task A_record_workload_is_judged_like_a_class()
        => VerifyAsync("""
            using Manifests;
            [Deployment(Replicas = {|KM109:-1|})] [Container("nginx:1.27")] public partial record Web;
            """);
}
