using Microsoft.Build.Utilities;

namespace Manifests.Build;

/// <summary>
/// Every error and warning the build tasks report, with its KMB code, in one place: the README's table of codes is
/// this file. Each names the file concerned (so an IDE can open it) and says what to do.
/// </summary>
internal static class BuildDiagnostics
{
    public const string PathLeavesFolder = "KMB001";
    public const string WriteFailed = "KMB002";
    public const string FileNotOurs = "KMB003";
    public const string FolderOfAnotherProject = "KMB004";
    public const string ObjectWithheld = "KMB005";
    public const string NameTooLong = "KMB006";
    public const string ProjectLocked = "KMB007";
    public const string TidyingFailed = "KMB008";

    public static void ReportPathLeavesFolder(this TaskLoggingHelper log, string assembly, string path)
        => Error(log, PathLeavesFolder, assembly, "Manifests: refusing to write '{0}': the path leaves the output folder.", path);

    public static void ReportUnreadableAssembly(this TaskLoggingHelper log, string assembly, string reason)
        => Error(log, WriteFailed, assembly, "Manifests: could not read the YAML from '{0}': {1}", assembly, reason);

    public static void ReportWriteFailed(this TaskLoggingHelper log, string file, string reason)
        => Error(log, WriteFailed, file,
            "Manifests: could not write '{0}': {1} Nothing was removed and kustomization.yaml was not rewritten, so it lists only files that exist; build again once the file can be written.",
            file, reason);

    public static void ReportBookkeepingFailed(this TaskLoggingHelper log, string record, string reason)
        => Error(log, WriteFailed, record, "Manifests: could not keep the record of the files the build wrote: {0} Build again once the file can be written.", reason);

    public static void ReportFileNotOurs(this TaskLoggingHelper log, string file)
        => Error(log, FileNotOurs, file,
            "Manifests: '{0}' is in the way: this project's build did not write it, and never overwrites or deletes what it did not write, so nothing was written. Move it elsewhere, or set ManifestsOutputPath to a folder of the build's own.",
            file);

    public static void ReportFolderOfAnotherProject(this TaskLoggingHelper log, string folder, string? owner, string marker)
        => Error(log, FolderOfAnotherProject, marker,
            "Manifests: the output folder '{0}' belongs to {1} (so says '{2}'); nothing was written. Give each project an output folder of its own, and list them in a kustomization of yours to deploy them together.",
            folder, owner is null ? "a project it does not name" : $"the project '{owner}'", marker);

    public static void ReportWithheld(this TaskLoggingHelper log, string project, string path, string reason)
        => Error(log, ObjectWithheld, project,
            "Manifests: '{0}' was not generated: {1} Nothing was written or deleted, so the output folder keeps the files of the last good build. Fix the class, or set ManifestsAllowWithheldObjects to true to write the other objects without it.",
            path, Sentence(reason));

    public static void ReportWithheldAllowed(this TaskLoggingHelper log, string project, string path, string reason)
        => Warning(log, ObjectWithheld, project,
            "Manifests: '{0}' was not generated: {1} The other objects are written without it, as ManifestsAllowWithheldObjects is true.",
            path, Sentence(reason));

    public static void ReportNameTooLong(this TaskLoggingHelper log, string file, string name, int bytes)
        => Error(log, NameTooLong, file,
            "Manifests: cannot write '{0}': the name '{1}' is {2} bytes long, and file systems allow {3}; nothing was written. Give the object a shorter name.",
            file, name, bytes, Files.PathRules.MaxNameBytes);

    public static void ReportPathTooLong(this TaskLoggingHelper log, string file)
        => Error(log, NameTooLong, file,
            "Manifests: cannot write '{0}': the path is longer than this system allows. Set ManifestsOutputPath to a shorter folder.",
            file);

    public static void ReportProjectLocked(this TaskLoggingHelper log, string lockFile, int seconds)
        => Error(log, ProjectLocked, lockFile,
            "Manifests: another build of this project held '{0}' for {1} seconds; nothing was written. Build again when it has finished.",
            lockFile, seconds);

    public static void ReportDeleteFailed(this TaskLoggingHelper log, string file, string reason)
        => Warning(log, TidyingFailed, file, "Manifests: could not delete '{0}', which the build wrote earlier: {1} The next build tries again.", file, reason);

    public static void ReportMarkerNotUpdated(this TaskLoggingHelper log, string marker, string reason)
        => Warning(log, TidyingFailed, marker, "Manifests: could not update '{0}': {1} The next build tries again.", marker, reason);

    /// <summary>A reason the generator wrote, ending like a sentence so that the next one can follow.</summary>
    private static string Sentence(string reason)
    {
        var trimmed = reason.Trim();
        return trimmed.Length == 0 || trimmed.EndsWith(".", System.StringComparison.Ordinal) || trimmed.EndsWith("!", System.StringComparison.Ordinal) || trimmed.EndsWith("?", System.StringComparison.Ordinal)
            ? trimmed
            : trimmed + ".";
    }

    private static void Error(TaskLoggingHelper log, string code, string file, string message, params object[] arguments)
        => log.LogError(null, code, null, file, 0, 0, 0, 0, message, arguments);

    private static void Warning(TaskLoggingHelper log, string code, string file, string message, params object[] arguments)
        => log.LogWarning(null, code, null, file, 0, 0, 0, 0, message, arguments);
}
