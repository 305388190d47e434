using Microsoft.Build.Framework;

namespace Manifests.Tests.Build.Support;

/// <summary>What one run of a task returned and logged.</summary>
internal sealed record TaskRun(bool Succeeded, CapturingBuildEngine Engine, IReadOnlyList<string> Files)
{
    public IReadOnlyList<BuildErrorEventArgs> Errors => Engine.Errors;

    public IReadOnlyList<BuildWarningEventArgs> Warnings => Engine.Warnings;

    public IEnumerable<string> HighMessages
        => Engine.Messages.Where(message => message.Importance == MessageImportance.High).Select(message => message.Message ?? string.Empty);

    /// <summary>The one summary line of a successful write.</summary>
    public string Summary => Assert.Single(HighMessages, message => message.StartsWith("Manifests: ", StringComparison.Ordinal) && message.Contains(" files in ", StringComparison.Ordinal));

    public override string ToString()
        => $"succeeded: {Succeeded}\n"
            + string.Concat(Errors.Select(error => $"error {error.Code} {error.File}: {error.Message}\n"))
            + string.Concat(Warnings.Select(warning => $"warning {warning.Code} {warning.File}: {warning.Message}\n"))
            + string.Concat(Engine.Messages.Select(message => $"message: {message.Message}\n"));
}
