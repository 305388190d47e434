using System.Collections;
using Microsoft.Build.Framework;

namespace Manifests.Tests.Build.Support;

/// <summary>An MSBuild engine for one task: keeps every error, warning and message the task logs.</summary>
internal sealed class CapturingBuildEngine : IBuildEngine
{
    private readonly object gate = new();

    public List<BuildErrorEventArgs> Errors { get; } = [];

    public List<BuildWarningEventArgs> Warnings { get; } = [];

    public List<BuildMessageEventArgs> Messages { get; } = [];

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => string.Empty;

    /// <summary>Whether the task has logged <paramref name="message"/> yet; safe while the task runs on another thread.</summary>
    public bool Said(string message)
    {
        lock (gate)
        {
            return Messages.Any(logged => logged.Message == message);
        }
    }

    public void LogErrorEvent(BuildErrorEventArgs e) => Add(Errors, e);

    public void LogWarningEvent(BuildWarningEventArgs e) => Add(Warnings, e);

    public void LogMessageEvent(BuildMessageEventArgs e) => Add(Messages, e);

    public void LogCustomEvent(CustomBuildEventArgs e)
    {
    }

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => true;

    private void Add<T>(List<T> events, T e)
    {
        lock (gate)
        {
            events.Add(e);
        }
    }
}
