using System;
using System.IO;
using System.Threading;

namespace Manifests.Build.Files;

/// <summary>
/// Runs a file operation again after a transient failure, as MSBuild's Copy task does: another process (an editor, a
/// virus scanner, a file watcher) holding the file for a moment fails a write on Windows with a sharing violation.
/// </summary>
internal sealed class Retrying
{
    private readonly int retries;
    private readonly int delayMilliseconds;
    private readonly Action<string> log;

    /// <param name="retries">How many times to try again after the first failure.</param>
    /// <param name="delayMilliseconds">How long to wait before each new try.</param>
    /// <param name="log">Where to say that a try failed and another follows.</param>
    public Retrying(int retries, int delayMilliseconds, Action<string> log)
    {
        this.retries = Math.Max(0, retries);
        this.delayMilliseconds = Math.Max(0, delayMilliseconds);
        this.log = log;
    }

    public T Run<T>(string path, Func<T> operation)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return operation();
            }
            catch (Exception exception) when (attempt <= retries && IsTransient(exception))
            {
                log($"Manifests: '{path}': {exception.Message} Trying again in {delayMilliseconds} ms ({attempt} of {retries}).");
                if (delayMilliseconds > 0)
                {
                    Thread.Sleep(delayMilliseconds);
                }
            }
        }
    }

    public void Run(string path, Action operation) => Run(path, () =>
    {
        operation();
        return true;
    });

    /// <summary>A failure that may pass: not a path that cannot exist or a folder that is missing, which no wait changes.</summary>
    private static bool IsTransient(Exception exception)
        => exception is UnauthorizedAccessException
            || (exception is IOException && exception is not PathTooLongException and not DirectoryNotFoundException);
}
