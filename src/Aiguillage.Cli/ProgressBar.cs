using Aiguillage.Territories;

namespace Aiguillage.Cli;

/// <summary>A one-line text progress bar; on a redirected output it prints one line per step instead.</summary>
internal sealed class ProgressBar(TextWriter output) : IProgress<TerritoryImportProgress>
{
    private const int Width = 30;
    private string? _lastStep;

    public void Report(TerritoryImportProgress value)
    {
        var ratio = value.Total == 0 ? 1d : (double)value.Done / value.Total;
        var filled = (int)Math.Round(ratio * Width);
        var line = $"{value.Step,-40} [{new string('#', filled)}{new string('.', Width - filled)}] {ratio,4:P0}";
        if (Console.IsOutputRedirected)
        {
            if (value.Done == value.Total && value.Step != _lastStep)
            {
                output.WriteLine(line);
                _lastStep = value.Step;
            }

            return;
        }

        output.Write("\r" + line);
        if (value.Done == value.Total)
        {
            output.WriteLine();
        }
    }

    public void Finish() => output.Flush();
}
