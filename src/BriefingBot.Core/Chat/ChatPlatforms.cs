namespace BriefingBot.Core.Chat;

/// <summary>The registered chat platforms, found by name.</summary>
public sealed class ChatPlatforms(IEnumerable<IChatPlatform> platforms)
{
    private readonly Dictionary<string, IChatPlatform> byName = platforms.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

    public IChatPlatform? Find(string name) => byName.GetValueOrDefault(name);
}
