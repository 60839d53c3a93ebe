using Aiguillage.Territories;
using Spectre.Console;

namespace Aiguillage.Cli.Commands;

/// <summary>
/// Shows the territory import step by step. On a terminal, Spectre.Console draws one bar per step; on a redirected
/// output (CI, a log file) it draws nothing, so one line per finished step is written instead, as before.
/// </summary>
internal static class TerritoryImportProgressView
{
    public static async Task<T> ShowAsync<T>(IAnsiConsole console, Func<IProgress<TerritoryImportProgress>, Task<T>> import)
    {
        if (!console.Profile.Capabilities.Interactive || !console.Profile.Capabilities.Ansi)
        {
            return await import(new Lines(console));
        }

        return await console.Progress()
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(context => import(new Bars(context)));
    }

    private sealed class Bars(ProgressContext context) : IProgress<TerritoryImportProgress>
    {
        private (string Step, ProgressTask Task)? _current;

        public void Report(TerritoryImportProgress value)
        {
            if (_current?.Step != value.Step)
            {
                // A step that reports no end (the deletion) is done when the next one starts.
                if (_current?.Task is { } previous)
                {
                    Finish(previous);
                }

                _current = (value.Step, context.AddTask(Markup.Escape(value.Step)));
            }

            var task = _current.Value.Task;
            task.MaxValue = Math.Max(value.Total, 1);
            task.Value = value.Done;
            if (value.Done == value.Total)
            {
                Finish(task);
            }
        }

        /// <summary>Full, and its clock stopped at the time the step took.</summary>
        private static void Finish(ProgressTask task)
        {
            task.Value = task.MaxValue;
            task.StopTask();
        }
    }

    private sealed class Lines(IAnsiConsole console) : IProgress<TerritoryImportProgress>
    {
        public void Report(TerritoryImportProgress value)
        {
            if (value.Done == value.Total)
            {
                console.WriteLine($"{value.Step} : {value.Done} / {value.Total}");
            }
        }
    }
}
