using System;
using System.IO;
using Manifests.Build.Files;
using Manifests.Build.Output;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Manifests.Build;

/// <summary>
/// What the tasks that change a project's manifests on disk share: whose output it is, where its record is, how to
/// retry, and the lock that lets one build of the project at a time change it.
/// </summary>
public abstract class ProjectOutputTask : Task
{
    /// <summary>The project file (<c>$(MSBuildProjectFullPath)</c>): the owner the output folder's marker names.</summary>
    [Required]
    public string ProjectPath { get; set; } = string.Empty;

    /// <summary>The project's record of what its builds wrote, in obj/; the lock file sits beside it.</summary>
    [Required]
    public string RecordPath { get; set; } = string.Empty;

    /// <summary>
    /// The build's intermediate folder (<c>$(IntermediateOutputPath)</c>), which tells this configuration, target
    /// framework and runtime from the project's others: several may write one output folder.
    /// </summary>
    [Required]
    public string IntermediateOutputPath { get; set; } = string.Empty;

    /// <summary>How many times to try a write or delete again after a transient failure, as the Copy task's <c>Retries</c>.</summary>
    public int Retries { get; set; } = 10;

    /// <summary>The wait before each new try, as the Copy task's <c>RetryDelayMilliseconds</c>.</summary>
    public int RetryDelayMilliseconds { get; set; } = 1000;

    /// <summary>How long to wait for another build of the project to finish with the output.</summary>
    internal TimeSpan LockTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Where files are read and written; a test replaces it to make an operation fail.</summary>
    internal FileSystem FileSystem { get; set; } = new();

    /// <summary>Runs <paramref name="change"/> on the project's output while holding its lock; false when it or the lock failed.</summary>
    private protected bool ChangeOutput(Func<ProjectOutput, bool> change)
    {
        var lockPath = Path.GetFullPath(RecordPath) + ".lock";
        using var held = ProjectLock.Acquire(lockPath, LockTimeout,
            () => Log.LogMessage(MessageImportance.High, "Manifests: waiting for another build of this project to finish with its output ({0})", lockPath));
        if (held is null)
        {
            Log.ReportProjectLocked(lockPath, (int)LockTimeout.TotalSeconds);
            return false;
        }
        var files = new AtomicFiles(FileSystem, new Retrying(Retries, RetryDelayMilliseconds, message => Log.LogMessage(MessageImportance.Normal, message)));
        try
        {
            var output = new ProjectOutput(
                Path.GetFullPath(ProjectPath), PathRules.NormalizeFolder(IntermediateOutputPath), Path.GetFullPath(RecordPath), files, Log);
            return change(output) && !Log.HasLoggedErrors;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The record or a marker could not be read or written (the writes of the YAML itself report their file).
            // Whatever was written is in the record already: the next build takes up where this one stopped.
            Log.ReportBookkeepingFailed(RecordPath, exception.Message);
            return false;
        }
    }
}
