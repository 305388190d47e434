using static Manifests.Tests.Support.AnalyzerVerifier;

namespace Manifests.Tests.Analyzers;

/// <summary>
/// The PodDisruptionBudget: its bounds as the API server judges them (KM145), a budget that can never let a pod go
/// (KM413), and one guarding a single replica (KM414), counted against the replicas or the autoscaler's Min.
/// </summary>
public class DisruptionBudgetDiagnosticsTests
{
    private static string Web(string budget, string workload = "[Deployment(Replicas = 3)]", string autoscale = "") => $$"""
        using Manifests;
        {{workload}} [Container("nginx:1.27")] [Resources(CpuRequest = "250m")] {{autoscale}}
        {{budget}}
        public partial class Web { }
        """;

    [Theory]
    [InlineData("MinAvailable = \"2\"")]
    [InlineData("MinAvailable = \"0\"")]
    [InlineData("MinAvailable = \"66%\"")]
    [InlineData("MaxUnavailable = \"1\"")]
    [InlineData("MaxUnavailable = \"3\"")]
    [InlineData("MaxUnavailable = \"100%\"")]
    [InlineData("MaxUnavailable = \"1%\"")]
    public Task Budgets_that_let_a_pod_go_are_accepted(string arguments)
        => VerifyAsync(Web($"[DisruptionBudget({arguments})]"));

    [Fact]
    public Task A_budget_without_a_bound_is_reported_at_the_attribute()
        => VerifyAsync(Web("[{|#0:DisruptionBudget|}]"),
            Diagnostic("KM145").WithLocation(0).WithMessage(
                "The disruption budget of 'web' sets neither MinAvailable nor MaxUnavailable: set one, for example [DisruptionBudget(MaxUnavailable = \"1\")]"));

    [Fact]
    public Task A_budget_with_both_bounds_is_reported_at_the_second()
        => VerifyAsync(Web("""[DisruptionBudget(MinAvailable = "2", MaxUnavailable = {|#0:"1"|})]"""),
            Diagnostic("KM145").WithLocation(0).WithMessage(
                "The disruption budget of 'web' sets both MinAvailable and MaxUnavailable, which Kubernetes rejects: keep one of them"));

    [Theory]
    [InlineData("MinAvailable", "two")]
    [InlineData("MinAvailable", "-1")]
    [InlineData("MaxUnavailable", "+1")]
    [InlineData("MaxUnavailable", "50 %")]
    [InlineData("MaxUnavailable", "%")]
    [InlineData("MinAvailable", "1.5")]
    [InlineData("MinAvailable", "")]
    [InlineData("MinAvailable", "99999999999")]
    public Task A_bound_that_is_neither_a_number_nor_a_percentage_is_reported_at_it(string property, string value)
        => VerifyAsync(Web($$"""[DisruptionBudget({{property}} = {|#0:"{{value}}"|})]"""),
            Diagnostic("KM145").WithLocation(0).WithMessage(
                $"{property} '{value}' of the disruption budget of 'web' is invalid: write a number of pods such as \"1\" or a percentage such as \"50%\""));

    [Theory]
    [InlineData("MinAvailable", "101%")]
    [InlineData("MaxUnavailable", "99999999999%")]
    public Task A_percentage_above_100_is_reported_at_it(string property, string value)
        => VerifyAsync(Web($$"""[DisruptionBudget({{property}} = {|#0:"{{value}}"|})]"""),
            Diagnostic("KM145").WithLocation(0).WithMessage(
                $"{property} '{value}' of the disruption budget of 'web' is invalid: must not be greater than 100%"));

    [Theory]
    [InlineData("0")]
    [InlineData("0%")]
    [InlineData("00")]
    public Task MaxUnavailable_zero_lets_no_pod_go(string value)
        => VerifyAsync(Web($$"""[DisruptionBudget(MaxUnavailable = {|#0:"{{value}}"|})]"""),
            Diagnostic("KM413").WithLocation(0).WithMessage(
                $"MaxUnavailable '{value}' of the disruption budget of 'web' lets no pod be evicted, so node drains and cluster upgrades stall until someone deletes a pod by hand: allow one, MaxUnavailable = \"1\""));

    [Fact]
    public Task MinAvailable_100_percent_keeps_every_pod()
        => VerifyAsync(Web("""[DisruptionBudget(MinAvailable = {|#0:"100%"|})]"""),
            Diagnostic("KM413").WithLocation(0).WithMessage(
                "MinAvailable '100%' of the disruption budget of 'web' keeps every pod up, so node drains and cluster upgrades stall until someone deletes a pod by hand: use MaxUnavailable = \"1\" instead"));

    [Theory]
    [InlineData("3", 3, "2")]
    [InlineData("5", 3, "2")]
    [InlineData("60%", 2, "50%")]
    [InlineData("67%", 3, "66%")]
    public Task MinAvailable_of_every_replica_lets_no_pod_go(string value, int replicas, string highest)
        => VerifyAsync(Web($$"""[DisruptionBudget(MinAvailable = {|#0:"{{value}}"|})]""", $"[Deployment(Replicas = {replicas})]"),
            Diagnostic("KM413").WithLocation(0).WithMessage(
                $"MinAvailable '{value}' of the disruption budget of 'web' keeps all of its {replicas} replicas up, so node drains and cluster upgrades stall until someone deletes a pod by hand: set MinAvailable to {highest} or less, or run more replicas"));

    [Fact]
    public Task An_autoscaled_workload_is_judged_at_the_autoscalers_min()
        => VerifyAsync(Web("""[DisruptionBudget(MinAvailable = {|#0:"3"|})]""", "[Deployment]", "[Autoscale(Min = 3, Max = 10, CpuPercent = 70)]"),
            Diagnostic("KM413").WithLocation(0).WithMessage(
                "MinAvailable '3' of the disruption budget of 'web' keeps all 3 replicas up while the autoscaler is at its Min, so node drains and cluster upgrades then stall until someone deletes a pod by hand: set MinAvailable to 2 or less, or raise Min"));

    [Fact]
    public Task An_autoscaled_workload_with_room_at_its_min_is_accepted()
        => VerifyAsync(Web("""[DisruptionBudget(MinAvailable = "2")]""", "[Deployment]", "[Autoscale(Min = 3, Max = 10, CpuPercent = 70)]"));

    [Theory]
    [InlineData("[Deployment]", "1")]
    [InlineData("[Deployment(Replicas = 1)]", "1")]
    [InlineData("[StatefulSet]", "1")]
    [InlineData("[Deployment]", "50%")]
    public Task A_budget_that_keeps_a_single_replica_up_says_to_run_two(string workload, string value)
        => VerifyAsync($$"""
            using Manifests;
            {{workload}} [Container("nginx:1.27")] [Port(8080)] [Service(Port = 8080)]
            [DisruptionBudget(MinAvailable = {|#0:"{{value}}"|})]
            public partial class Web { }
            """,
            Diagnostic("KM414").WithLocation(0).WithMessage(
                $"'web' runs one replica and MinAvailable '{value}' keeps it up, so its node can never be drained: run 2 or more replicas (one moves while the other serves), or remove [DisruptionBudget] and accept a short outage during drains"));

    [Fact]
    public Task An_autoscaler_that_scales_down_to_one_replica_is_judged_there()
        => VerifyAsync(Web("""[DisruptionBudget(MinAvailable = {|#0:"1"|})]""", "[Deployment]", "[Autoscale(Max = 10, CpuPercent = 70)]"),
            Diagnostic("KM414").WithLocation(0).WithMessage(
                "'web' scales down to one replica (its autoscaler's Min is 1), where MinAvailable '1' keeps it up, so its node can then never be drained: set Min = 2 or more, or remove [DisruptionBudget]"));

    [Theory]
    [InlineData("MaxUnavailable = \"1\"")]
    [InlineData("MinAvailable = \"0\"")]
    public Task A_single_replica_budget_that_lets_it_go_is_accepted(string arguments)
        => VerifyAsync(Web($"[DisruptionBudget({arguments})]", "[Deployment(Replicas = 1)]"));

    [Fact]
    public Task A_workload_scaled_to_zero_has_no_pod_to_guard()
        => VerifyAsync(Web("""[DisruptionBudget(MinAvailable = "1")]""", "[Deployment(Replicas = 0)]"));

    [Fact]
    public Task MaxUnavailable_zero_on_a_single_replica_is_the_explicit_no_eviction_choice_and_reported_as_such()
        => VerifyAsync(Web("""[DisruptionBudget(MaxUnavailable = {|KM413:"0"|})]""", "[Deployment(Replicas = 1)]"));
}
