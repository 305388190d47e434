using System.Diagnostics;
using System.Text;

namespace Manifests.PackageTests.Support;

/// <summary>What a <c>dotnet</c> child process did: its exit code and its output and error streams, interleaved.</summary>
public sealed record DotNetResult(string Arguments, int ExitCode, string Log)
{
    public bool Succeeded => ExitCode == 0;

    public override string ToString() => $"dotnet {Arguments} exited with {ExitCode}:\n{Log}";
}

/// <summary>Runs the <c>dotnet</c> CLI as a child process, isolated from the MSBuild that runs these tests.</summary>
public static class DotNet
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    public static DotNetResult Run(string workingDirectory, IEnumerable<string> arguments, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(Executable())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        Isolate(start.Environment);

        var log = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(log, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var limit = timeout ?? DefaultTimeout;
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"dotnet {string.Join(' ', start.ArgumentList)} did not finish within {limit}:\n{Text(log)}");
        }
        // The parameterless wait also waits for the redirected streams to be drained.
        process.WaitForExit();
        return new DotNetResult(string.Join(' ', start.ArgumentList), process.ExitCode, Text(log));
    }

    /// <summary>
    /// The test host runs under <c>dotnet test</c>, whose MSBuild leaves variables behind that would make a child build
    /// use that MSBuild's SDK and extension paths instead of resolving its own. The child gets none of them, no
    /// lingering MSBuild nodes and no compiler server, so nothing outlives it.
    /// </summary>
    private static void Isolate(IDictionary<string, string?> environment)
    {
        foreach (var name in environment.Keys.ToList())
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                environment.Remove(name);
            }
        }
        environment["MSBUILDDISABLENODEREUSE"] = "1";
        environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        environment["UseSharedCompilation"] = "false";
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
    }

    /// <summary>The dotnet host that runs these tests when the SDK says where it is, else the one on the PATH.</summary>
    private static string Executable()
        => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static void Append(StringBuilder log, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (log)
        {
            log.Append(line).Append('\n');
        }
    }

    private static string Text(StringBuilder log)
    {
        lock (log)
        {
            return log.ToString();
        }
    }
}
