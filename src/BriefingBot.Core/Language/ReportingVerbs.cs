namespace BriefingBot.Core.Language;

/// <summary>Verbs that report what someone said ("said", "told", "warned", "insisted"), in all their forms.</summary>
public static class ReportingVerbs
{
    public static readonly HashSet<string> Forms = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "says", "said", "saying", "warn", "warns", "warned", "tell", "tells", "told", "argue", "argues", "argued",
        "write", "writes", "wrote", "tweet", "tweets", "tweeted", "insist", "insists", "insisted", "add", "adds", "added",
        "complain", "complains", "complained", "declare", "declares", "declared", "charge", "charges", "charged", "contend",
        "contends", "contended", "suggest", "suggests", "suggested", "state", "states", "stated", "announce", "announces",
        "announced",
    };
}
