namespace BriefingBot.Host.Cli;

/// <summary>The command line was understood but makes no sense (exit code 2).</summary>
public sealed class UsageException(string message) : Exception(message);
