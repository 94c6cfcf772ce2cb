using BriefingBot.Core.Language;

namespace BriefingBot.Core.Answering;

/// <summary>The words that say one party supports or opposes another.</summary>
internal static class StanceCues
{
    // Verbs of backing by their base form; every form of each is a cue ("lauds", "lauded", "lauding").
    private static readonly string[] SupportingVerbs =
    [
        "back", "support", "endorse", "recognize", "recognise", "ally", "defend", "champion", "praise", "applaud", "hail",
        "embrace", "laud", "commend", "extol", "admire",
    ];

    // Verbs of opposing by their base form. "Attack", "challenge" and the verbs of removing (oust, topple, overthrow)
    // are cues in a sentence but not in a question: "who attacked X" mostly asks who did it, not who is against X.
    private static readonly string[] OpposingVerbsAsked =
    [
        "oppose", "condemn", "criticize", "criticise", "sanction", "reject", "slam", "denounce", "blast", "rebuke",
        "accuse", "fault", "decry", "lambaste", "lambast", "assail", "bash", "chastise", "scold", "berate", "excoriate",
        "castigate", "pillory", "vilify", "reprimand", "censure", "admonish", "upbraid", "deplore", "denigrate", "belittle",
        "malign", "impugn", "lampoon", "demonize", "demonise", "skewer", "repudiate",
    ];

    private static readonly string[] OpposingVerbsNotAsked = ["attack", "challenge", "oust", "topple", "overthrow"];

    public static readonly HashSet<string> Support = new(
        VerbForms.Of(SupportingVerbs).Concat(["backer", "backers", "supporter", "supporters", "endorsement", "loyalty", "loyal"]),
        StringComparer.OrdinalIgnoreCase);

    public static readonly HashSet<string> Oppose = new(
        VerbForms.Of([.. OpposingVerbsAsked, .. OpposingVerbsNotAsked]).Concat(["opponent", "opponents", "critic", "critics"]),
        StringComparer.OrdinalIgnoreCase);

    // Verbs of opposing that are something else as nouns or names ("a hammer blow", "deflects blame from", "Sue
    // Essex", "a pan", "trash"): read from the parse only, as lower-case verbs of what has happened ("Lufthansa may
    // sue" has not).
    private static readonly string[] ParsedOpposingVerbs =
    [
        "mock", "ridicule", "deride", "chide", "rip", "taunt", "scoff", "lash", "blame", "sue", "hammer", "disparage", "resist",
        "block", "thwart", "filibuster", "veto", "pan", "savage", "trash", "snub", "rebuff", "spurn", "insult", "smear", "pound", "pummel",
    ];

    // Verbs of keeping someone from something ("barred Guaido from leaving the country"), read from the parse but not
    // searched for: as nouns they fill the news ("the assault weapons ban") and would crowd out the stance sentences.
    private static readonly string[] PreventingVerbs = ["bar", "ban"];

    public static readonly HashSet<string> OpposingVerbs = new(VerbForms.Of([.. ParsedOpposingVerbs, .. PreventingVerbs]), StringComparer.Ordinal);

    // "dismissed the plan as a gimmick" opposes it; "dismissed the lawsuit" does not: read from the parse, with "as".
    public static readonly HashSet<string> Dismissing = new(VerbForms.Of(["dismiss"]), StringComparer.OrdinalIgnoreCase);

    /// <summary>Every form of the verbs a stance question may ask with ("who lauded", "who is castigating").</summary>
    public static IEnumerable<string> AskedForms(bool supporters) =>
        VerbForms.Of(supporters ? SupportingVerbs : [.. OpposingVerbsAsked, "sue"]);

    /// <summary>The base forms of each side's verbs, which the store's stemmed index matches in any form.</summary>
    public static IEnumerable<string> BaseForms(bool supporters) =>
        supporters ? SupportingVerbs : [.. OpposingVerbsAsked, .. OpposingVerbsNotAsked, .. ParsedOpposingVerbs];

    // Verbs that take a side through a preposition (with a word beside them, where one is needed): "tore into",
    // "hit out at", "took aim at"; "stood by", "sided with".
    public static readonly Dictionary<string, List<(string Preposition, string? Beside, bool Supports)>> PrepositionCues = BuildPrepositionCues(
    [
        ("tear", "into", null, false), ("lay", "into", null, false), ("go", "after", null, false), ("hit", "at", "out", false),
        ("fire", "at", "back", false), ("take", "at", "aim", false), ("swipe", "at", null, false), ("rail", "at", null, false),
        ("stand", "by", null, true), ("stand", "with", null, true), ("stand", "behind", null, true), ("side", "with", null, true),
        ("rally", "behind", null, true), ("rally", "around", null, true), ("vouch", "for", null, true), ("stick", "by", null, true),
        ("stick", "for", "up", true), ("speak", "for", "up", true), ("vote", "for", null, true), ("vote", "against", null, false),
    ]);

    /// <summary>
    /// Forms of "vote", whose side ("voted for", "voted against") is read from the parse only: who votes is often a
    /// pronoun or a name far from the verb ("Leahy, D-Vermont, announced he would vote against…"), beyond word order.
    /// </summary>
    public static readonly HashSet<string> VoteForms = VerbForms.Of(["vote"]).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static Dictionary<string, List<(string Preposition, string? Beside, bool Supports)>> BuildPrepositionCues(
        (string Verb, string Preposition, string? Beside, bool Supports)[] cues)
    {
        var byForm = new Dictionary<string, List<(string, string?, bool)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (verb, preposition, beside, supports) in cues)
        {
            foreach (var form in VerbForms.Of([verb]).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                (byForm.TryGetValue(form, out var list) ? list : byForm[form] = []).Add((preposition, beside, supports));
            }
        }

        return byForm;
    }

    /// <summary>
    /// How many words from <paramref name="at"/> make a verb that takes the given side through the preposition after it
    /// ("tore into" 2, "hit out at" 3, "stood by" 2), read by word order where the parse missed the verb; 0 when they do not.
    /// </summary>
    public static int PrepositionCueLength(IReadOnlyList<string> words, int at, bool supporters)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (!PrepositionCues.TryGetValue(words[at], out var cues) || !char.IsLower(words[at][0]))
        {
            return 0;
        }

        string? Next(int k) => at + k < words.Count ? words[at + k] : null;
        foreach (var cue in cues.Where(c => c.Supports == supporters))
        {
            if (cue.Beside is null ? cue.Preposition.Equals(Next(1), StringComparison.OrdinalIgnoreCase)
                : cue.Beside.Equals(Next(1), StringComparison.OrdinalIgnoreCase) && cue.Preposition.Equals(Next(2), StringComparison.OrdinalIgnoreCase))
            {
                return cue.Beside is null ? 2 : 3;
            }
        }

        return 0;
    }

    // Nouns of opposition read only as what the target gets: "came under fire from", "faced a backlash from".
    public static readonly HashSet<string> ReceivedOpposition = new(StringComparer.OrdinalIgnoreCase)
    {
        "fire", "backlash", "flak", "scorn", "ire", "outcry", "outrage",
    };

    // Cues of opposing read from the parse alone: nouns by their owner ("her opposition to the restaurant", "his
    // criticism of Trump") and "boycott". They are kept out of the surface patterns, where "opposition leader Juan
    // Guaido" would read as opposing him, and out of the check on what the cues are about ("calls to boycott T that
    // were supported by A" must still keep A from T's supporters).
    public static readonly HashSet<string> ParsedOpposition = new(StringComparer.OrdinalIgnoreCase)
    {
        "opposition", "criticism", "criticisms", "condemnation", "condemnations", "denunciation", "denunciations", "boycott", "boycotts",
        "boycotted", "boycotting", "misgivings", "objection", "objections", "reservations",
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

    // What is done to someone against them: a stance on "Zelaya's ouster" or "the arrest of Sayoc" is none on Zelaya or
    // Sayoc, and condemning it stands up for them ("The United Nations has condemned Zelaya's ouster").
    public static readonly HashSet<string> BefallingIt = new(StringComparer.OrdinalIgnoreCase)
    {
        "ouster", "ousting", "overthrow", "removal", "arrest", "arrests", "detention", "imprisonment", "jailing", "incarceration",
        "killing", "murder", "assassination", "death", "execution", "exile", "expulsion", "deportation", "extradition",
        "kidnapping", "abduction", "persecution", "indictment", "conviction", "torture", "beating", "firing", "sacking",
        "dismissal", "impeachment", "defeat", "harassment", "isolation",
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

    // A party's own people acting as one, in its name: "Mueller's team disputed…", "the senator's office said…",
    // "Clinton's campaign released…" (not its aides or lawyers, who are people of their own).
    public static readonly HashSet<string> OwnTeams = new(StringComparer.OrdinalIgnoreCase)
    {
        "team", "office", "campaign",
    };

    // Harsh judgments someone may pass on a target or what it did: "inappropriate", "a destructive force", "a demagogue".
    public static readonly HashSet<string> HarshJudgments = new(StringComparer.OrdinalIgnoreCase)
    {
        "inappropriate", "wrong", "unacceptable", "outrageous", "disgraceful", "irresponsible", "offensive", "ridiculous",
        "absurd", "dangerous", "reckless", "shameful", "appalling", "deplorable", "despicable", "insensitive", "misguided",
        "divisive", "destructive", "hypocritical", "racist", "bigoted", "unfit", "unqualified", "incompetent", "dishonest",
        "disastrous", "disgusting", "embarrassing", "foolish", "stupid", "troubling", "unconstitutional", "un-American",
        "vile", "illegitimate", "fraudulent", "corrupt", "hateful", "repugnant", "scandalous", "evasive", "misleading",
        "deceptive", "untruthful", "unethical", "improper", "unprofessional", "arrogant", "pathetic", "phony", "bogus",
        // and what someone is called: "argued that Trump was a dangerous demagogue", "calling him a faker".
        "demagogue", "liar", "faker", "fraud", "hypocrite", "bigot", "bully", "disgrace", "disaster", "menace", "charlatan",
        "clown", "crook", "embarrassment", "failure", "sham", "hoax", "travesty", "charade", "farce", "scam", "boondoggle", "whitewash",
    };

    // What is thrown or taken "at" someone: "threw several jabs at Trump", "took a swipe at Arsenal".
    public static readonly HashSet<string> Jabs = new(StringComparer.OrdinalIgnoreCase)
    {
        "jab", "jabs", "swipe", "swipes", "shot", "shots", "potshot", "potshots", "dig", "digs", "broadside", "broadsides",
    };

    // Verbs that report what someone says: "said", "warned", "tweeted".
    public static readonly HashSet<string> SayingVerbs = ReportingVerbs.Forms;

    /// <summary>Whether a verb says something of its object that a quotation can say: a stance, a judgment, a warning.</summary>
    public static bool IsJudging(string verb) =>
        SayingVerbs.Contains(verb) || NamingVerbs.Contains(verb) || Support.Contains(verb) || Oppose.Contains(verb) || OpposingVerbs.Contains(verb);

    // Verbs that name something as what it is: "called the plan reckless", "deemed the remarks inappropriate".
    public static readonly HashSet<string> NamingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "call", "calls", "called", "calling", "deem", "deems", "deemed", "label", "labels", "labeled", "labelled", "brand",
        "brands", "branded", "consider", "considers", "considered", "find", "finds", "found", "declare", "declared",
        "describe", "describes", "described", "describing", "characterize", "characterizes", "characterized", "portray",
        "portrays", "portrayed", "dismiss", "dismisses", "dismissed",
    };

    // Nouns that name the supporters themselves: "X's staunchest supporters, A and B".
    public static readonly HashSet<string> SupporterNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "supporters", "backers", "allies", "ally", "supporter", "backer", "proponent", "proponents", "advocate", "advocates",
    };

    public static readonly HashSet<string> OpponentNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "opponents", "critics", "opponent", "critic", "rivals", "rival", "detractor", "detractors",
    };

    // Verbs that ask for something, nouns and verbs of leaving office: "called for his resignation", "urged him to resign".
    public static readonly HashSet<string> CallingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "call", "calls", "called", "calling", "demand", "demands", "demanded", "demanding", "urge", "urges", "urged",
        "urging", "press", "pressed", "pressing", "ask", "asks", "asked", "asking", "seek", "seeks", "sought", "seeking",
    };

    // Nouns of pressing someone: "pressure from state lawmakers to step down", "calls from Democrats to resign".
    public static readonly HashSet<string> PressingNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "pressure", "calls", "call", "demands", "demand", "pleas",
    };

    /// <summary>Nouns for a scheme to bring a thing about: a stance on "the plans for ID cards" is one on ID cards.</summary>
    public static readonly HashSet<string> Schemes = new(StringComparer.OrdinalIgnoreCase)
    {
        "plan", "plans", "proposal", "proposals", "scheme", "schemes", "bill", "legislation", "introduction", "idea", "move", "moves",
    };

    /// <summary>Verbs of bringing a thing about, after a scheme noun: "plans to introduce ID cards".</summary>
    public static readonly HashSet<string> BringingAbout = new(StringComparer.OrdinalIgnoreCase)
    {
        "introduce", "create", "build", "adopt", "implement", "launch", "establish", "impose", "extend", "expand", "allow",
        "legalise", "legalize", "bring",
    };

    public static readonly HashSet<string> GoingNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "resignation", "ouster", "removal", "impeachment", "departure", "firing", "recall",
    };

    // Verbs that want something done, read with the calling verbs (which hold "seek"): "want to scrap", "vowed to
    // repeal", "plans to abolish".
    public static readonly HashSet<string> WantingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "want", "wants", "wanted", "wanting", "vow", "vows", "vowed", "pledge", "pledges", "pledged", "promise", "promises",
        "promised", "plan", "plans", "planned", "propose", "proposes", "proposed", "try", "tries", "tried",
    };

    // Ending a thing: "scrap ID cards", "shelve the plans", "the abolition of the Lords".
    public static readonly HashSet<string> EndingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "scrap", "scrapped", "shelve", "shelved", "abolish", "abolished", "axe", "axed", "ditch", "ditched", "abandon", "abandoned",
        "halt", "halted", "repeal", "repealed", "reverse", "reversed", "ban", "banned", "outlaw", "outlawed", "block", "blocked",
        "delay", "delayed", "postpone", "postponed", "suspend", "suspended", "end", "ended", "stop", "stopped", "kill", "killed",
        "drop", "dropped", "overturn", "overturned",
    };

    public static readonly HashSet<string> EndingNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "scrapping", "abolition", "repeal", "reversal", "ban", "halt", "delay", "postponement", "suspension", "end", "shelving",
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
    /// reads (<see cref="ParsedOpposition"/>, <see cref="OpposingVerbs"/>, <see cref="ReceivedOpposition"/>). Used, with
    /// <see cref="PrepositionCueLength"/>, to pick the sentences worth parsing.
    /// </summary>
    public static bool MayOppose(string word) =>
        Oppose.Contains(word) || ParsedOpposition.Contains(word) || OpposingVerbs.Contains(word) || ReceivedOpposition.Contains(word) || Jabs.Contains(word);

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
