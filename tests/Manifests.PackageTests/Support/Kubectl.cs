using System.Diagnostics;
using k8s;

namespace Manifests.PackageTests.Support;

/// <summary>
/// <c>kubectl kustomize</c>, the renderer Argo CD and Flux run on a kustomization folder: what a stage deploys. A
/// machine without kubectl skips the tests that need it, saying so.
/// </summary>
public static class Kubectl
{
    private static readonly Lazy<string?> Executable = new(Find);

    /// <summary>Skips the calling test when kubectl is not on the PATH.</summary>
    public static void Require() => Skip.If(Executable.Value is null, "kubectl is not on the PATH: the kustomize rendering is not checked here");

    /// <summary>The objects <c>kubectl kustomize <paramref name="folder"/></c> renders, read by the official client.</summary>
    public static List<object> Kustomize(string folder)
    {
        var start = new ProcessStartInfo(Executable.Value ?? throw new InvalidOperationException("kubectl is not on the PATH"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("kustomize");
        start.ArgumentList.Add(folder);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "kubectl kustomize did not finish");
        Assert.True(process.ExitCode == 0, $"kubectl kustomize {folder} failed:\n{error}");
        return KubernetesYaml.LoadAllFromString(output.Result);
    }

    private static string? Find()
        => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, OperatingSystem.IsWindows() ? "kubectl.exe" : "kubectl"))
            .FirstOrDefault(File.Exists);
}
