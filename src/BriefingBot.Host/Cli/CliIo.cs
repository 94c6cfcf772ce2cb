namespace BriefingBot.Host.Cli;

/// <summary>Where a verb writes its results (stdout) and its messages (stderr).</summary>
public sealed record CliIo(TextWriter Output, TextWriter Error);
