namespace BriefingBot.Core.Answering;

/// <summary>The words that say one party supports or opposes another.</summary>
internal static class StanceCues
{
    public static readonly HashSet<string> Support = new(StringComparer.OrdinalIgnoreCase)
    {
        "back", "backs", "backed", "backing", "backer", "backers", "support", "supports", "supported", "supporting",
        "supporter", "supporters", "endorse", "endorses", "endorsed", "endorsement", "recognize", "recognizes",
        "recognized", "recognise", "recognises", "recognised", "ally", "allies", "allied", "defend", "defends",
        "defended", "champion", "champions", "championed", "loyalty", "loyal", "praise", "praises", "praised",
        "applaud", "applauds", "applauded", "hail", "hails", "hailed", "embrace", "embraces", "embraced",
        "endorsing", "recognizing", "recognising", "defending", "championing", "praising", "applauding", "hailing",
        "embracing",
    };

    public static readonly HashSet<string> Oppose = new(StringComparer.OrdinalIgnoreCase)
    {
        "oppose", "opposes", "opposed", "opposing", "opponent", "opponents", "condemn", "condemns", "condemned",
        "criticize", "criticizes", "criticized", "criticise", "criticised", "critic", "critics", "sanction",
        "sanctions", "sanctioned", "reject", "rejects", "rejected", "slam", "slams", "slammed", "denounce",
        "denounces", "denounced", "blast", "blasts", "blasted", "rebuke", "rebukes", "rebuked", "accuse", "accuses",
        "accused", "fault", "faults", "faulted", "decry", "decries", "decried", "lambaste", "lambasted", "assail",
        "assailed", "challenge", "challenges", "challenged", "attack", "attacks", "attacked", "condemning",
        "criticizing", "criticising", "criticises", "sanctioning", "rejecting", "slamming", "denouncing", "blasting",
        "rebuking", "accusing", "faulting", "decrying", "lambastes", "lambasting", "assails", "assailing",
        "challenging", "attacking", "oust", "ousts", "ousted", "ousting", "topple", "topples", "toppled", "toppling",
        "overthrow", "overthrows", "overthrew", "overthrown", "bash", "bashes", "bashed", "bashing", "chastise",
        "chastises", "chastised", "chastising", "scold", "scolds", "scolded", "scolding", "berate", "berates", "berated",
        "berating", "excoriate", "excoriates", "excoriated", "excoriating",
    };

    // Verbs of opposing that are something else as nouns or names ("a hammer blow", "deflects blame from", "Sue
    // Essex"): read from the parse only, as lower-case verbs of what has happened ("Lufthansa may sue" has not).
    public static readonly HashSet<string> OpposingVerbs = new(StringComparer.Ordinal)
    {
        "mock", "mocks", "mocked", "mocking", "ridicule", "ridicules", "ridiculed", "ridiculing", "deride", "derides",
        "derided", "deriding", "chide", "chides", "chided", "chiding", "rip", "rips", "ripped", "ripping", "taunt", "taunts",
        "taunted", "taunting", "scoff", "scoffs", "scoffed", "scoffing", "lash", "lashes", "lashed", "lashing", "blame",
        "blames", "blamed", "blaming", "sue", "sues", "sued", "suing", "hammer", "hammers", "hammered", "hammering",
        "disparage", "disparages", "disparaged", "disparaging", "block", "blocks", "blocked", "blocking", "thwart", "thwarts",
        "thwarted", "thwarting", "filibuster", "filibusters", "filibustered", "filibustering",
    };

    // Cues of opposing read from the parse alone: nouns by their owner ("her opposition to the restaurant", "his
    // criticism of Trump") and "boycott". They are kept out of the surface patterns, where "opposition leader Juan
    // Guaido" would read as opposing him, and out of the check on what the cues are about ("calls to boycott T that
    // were supported by A" must still keep A from T's supporters).
    public static readonly HashSet<string> ParsedOpposition = new(StringComparer.OrdinalIgnoreCase)
    {
        "opposition", "criticism", "criticisms", "condemnation", "condemnations", "boycott", "boycotts", "boycotted", "boycotting",
    };

    // People someone has: "X's daughters", "X's nominee", "X's aides", "X's rival" are other people than X.
    public static readonly HashSet<string> OwnedPeople = new(StringComparer.OrdinalIgnoreCase)
    {
        "daughter", "daughters", "son", "sons", "wife", "husband", "children", "child", "kids", "family", "mother",
        "father", "brother", "sister", "brothers", "sisters", "aide", "aides", "adviser", "advisers", "advisor",
        "advisors", "lawyer", "lawyers", "attorney", "nominee", "nominees", "pick", "spokesman", "spokeswoman", "staff",
        "deputy", "successor", "predecessor", "running", "mate", "allies", "supporters", "critics", "opponents", "rival",
        "rivals", "opponent", "challenger", "challengers",
    };

    // What is done for something or is its own, so a stance on it is one on the thing: "the construction of the
    // mosque", "the nomination of Judge Gorsuch", "the passage of the bill" (not "the invasion of Iraq").
    public static readonly HashSet<string> DoneForIt = new(StringComparer.OrdinalIgnoreCase)
    {
        "nomination", "confirmation", "construction", "passage", "building", "election", "reelection", "re-election",
        "appointment", "candidacy", "plan", "plans", "proposal", "proposals", "policy", "policies", "agenda", "leadership",
        "presidency", "administration", "record", "bid", "campaign", "decision", "comments", "remarks", "statement",
        "statements", "selection", "choice", "reforms", "approval", "expansion", "handling",
    };

    // What a group is said to hold within it: "condemning racist elements in the Tea Party movement".
    public static readonly HashSet<string> PartsOf = new(StringComparer.OrdinalIgnoreCase)
    {
        "element", "elements", "ranks", "wing", "faction", "factions", "racism", "bigotry", "extremism", "extremists", "corruption",
    };

    // What a party puts out in its name: "adopted a resolution condemning…", "released an ad attacking…".
    public static readonly HashSet<string> Writings = new(StringComparer.OrdinalIgnoreCase)
    {
        "resolution", "statement", "letter", "ad", "ads", "advertisement", "advertisements", "report", "petition", "editorial",
        "op-ed", "video", "tweet", "tweets", "post", "memo", "complaint", "motion", "amendment", "release", "message", "speech",
    };

    // Harsh judgments someone may pass on a target or what it did: "inappropriate", "a destructive force".
    public static readonly HashSet<string> HarshJudgments = new(StringComparer.OrdinalIgnoreCase)
    {
        "inappropriate", "wrong", "unacceptable", "outrageous", "disgraceful", "irresponsible", "offensive", "ridiculous",
        "absurd", "dangerous", "reckless", "shameful", "appalling", "deplorable", "despicable", "insensitive", "misguided",
        "divisive", "destructive", "hypocritical", "racist", "bigoted", "unfit", "unqualified", "incompetent", "dishonest",
        "disastrous", "disgusting", "embarrassing", "foolish", "stupid", "troubling", "unconstitutional", "un-American",
    };

    // Verbs that report what someone says: "said", "warned", "tweeted".
    public static readonly HashSet<string> SayingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "says", "said", "saying", "warn", "warns", "warned", "tell", "tells", "told", "argue", "argues", "argued",
        "write", "writes", "wrote", "tweet", "tweets", "tweeted", "insist", "insists", "insisted", "add", "adds", "added",
        "complain", "complains", "complained", "declare", "declares", "declared", "charge", "charges", "charged", "contend",
        "contends", "contended", "suggest", "suggests", "suggested", "state", "states", "stated",
    };

    // Verbs that name something as what it is: "called the plan reckless", "deemed the remarks inappropriate".
    public static readonly HashSet<string> NamingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "call", "calls", "called", "calling", "deem", "deems", "deemed", "label", "labels", "labeled", "labelled", "brand",
        "brands", "branded", "consider", "considers", "considered", "find", "finds", "found", "declare", "declared",
    };

    // Nouns that name the supporters themselves: "X's staunchest supporters, A and B".
    public static readonly HashSet<string> SupporterNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "supporters", "backers", "allies", "ally", "supporter", "backer",
    };

    public static readonly HashSet<string> OpponentNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "opponents", "critics", "opponent", "critic", "rivals", "rival",
    };

    // Verbs that ask for something, nouns and verbs of leaving office: "called for his resignation", "urged him to resign".
    public static readonly HashSet<string> CallingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "call", "calls", "called", "calling", "demand", "demands", "demanded", "demanding", "urge", "urges", "urged",
        "urging", "press", "pressed", "pressing", "ask", "asks", "asked", "asking", "seek", "seeks", "sought", "seeking",
    };

    public static readonly HashSet<string> GoingNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "resignation", "ouster", "removal", "impeachment", "departure", "firing", "recall",
    };

    public static readonly HashSet<string> GoingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "resign", "quit", "step", "leave", "go", "withdraw", "exit",
    };

    // Verbs that leave with "out": "drop out", "bow out".
    public static readonly HashSet<string> LeavingWithOut = new(StringComparer.OrdinalIgnoreCase) { "drop", "bow", "pull" };

    // "give up his bid", "give up the seat".
    public static readonly HashSet<string> GivingUp = new(StringComparer.OrdinalIgnoreCase) { "give", "gives", "gave", "giving" };

    public static readonly HashSet<string> Offices = new(StringComparer.OrdinalIgnoreCase)
    {
        "bid", "candidacy", "seat", "campaign", "race", "post", "job", "office", "position", "chairmanship", "leadership", "presidency",
    };

    // A crowd whose members act together: "a chorus of Republicans calling for…".
    public static readonly HashSet<string> Gatherings = new(StringComparer.OrdinalIgnoreCase)
    {
        "chorus", "group", "number", "coalition", "host", "handful", "string", "wave", "list", "line", "crowd", "slew",
    };

    public static readonly HashSet<string> JoiningVerbs = new(StringComparer.OrdinalIgnoreCase) { "join", "joins", "joined", "joining" };

    public static readonly HashSet<string> Negations = new(StringComparer.OrdinalIgnoreCase)
    {
        "not", "n't", "never", "no", "denied", "denies", "deny", "refused", "refuses", "without",
    };

    // Roles a "supporting" names rather than support given: "best supporting actress", "a supporting role".
    private static readonly HashSet<string> SupportingRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "actor", "actress", "actors", "actresses", "role", "roles", "cast", "part", "parts", "character", "characters", "act", "acts", "player", "players",
    };

    /// <summary>
    /// Whether a word may say someone opposes: a cue of opposing that the surface patterns read, or one only the parse
    /// reads (<see cref="ParsedOpposition"/>, <see cref="OpposingVerbs"/>). Used to pick the sentences worth parsing.
    /// </summary>
    public static bool MayOppose(string word) => Oppose.Contains(word) || ParsedOpposition.Contains(word) || OpposingVerbs.Contains(word);

    /// <summary>Whether a cue word is not a stance where it stands, given the word after it ("supporting actress").</summary>
    public static bool NamesARole(string cue, string? next) =>
        next is not null && (cue.Equals("supporting", StringComparison.OrdinalIgnoreCase) && SupportingRoles.Contains(next)
            || cue.StartsWith("defend", StringComparison.OrdinalIgnoreCase) && Titles.Contains(next)); // "defending champion Venus Williams"

    // What a player defends or holds: "defend her indoor title", "the defending champion".
    public static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "champion", "champions", "titleholder", "titleholders", "title", "titles", "crown", "championship", "belt", "record",
    };
}
