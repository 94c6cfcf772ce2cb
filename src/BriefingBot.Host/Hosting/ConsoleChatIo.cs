namespace BriefingBot.Host.Hosting;

/// <summary>The console chat's input and output; tests give it their own.</summary>
public sealed record ConsoleChatIo(TextReader Input, TextWriter Output);
