using System.Text.RegularExpressions;
using BriefingBot.Core.Language;
using BriefingBot.Core.Language.Corpus;
using BriefingBot.Core.Language.Entities;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Who supports or opposes a target in one parsed sentence, read from the dependency tree rather than word
/// order: the subject of a cue verb whose object is the target ("Russia and China back Maduro"), the agent of a
/// passive ("Maduro is backed by Russia"), the parties a supporter noun names ("Maduro's staunchest supporters –
/// Russia and China"), and whoever gives or pledges support of the target ("figures have pledged their support of
/// Maduro"). Coordinated subjects are all listed; a negated cue ("did not back", "refused to back") names no one.
/// </summary>
public static partial class ParsedStanceExtractor
{
    private static readonly Dictionary<string, string> PartyMembers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Democrat"] = "Democrats", ["Republican"] = "Republicans", ["GOP"] = "Republicans", ["Tory"] = "Tories", ["Conservative"] = "Conservatives",
    };

    private static readonly HashSet<string> IncludingVerbs = new(StringComparer.OrdinalIgnoreCase) { "include", "includes", "included" };

    private static readonly HashSet<string> GivingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "pledge", "pledged", "pledges", "pledging", "offer", "offered", "offers", "give", "gave", "given", "gives",
        "lend", "lent", "lends", "voice", "voiced", "express", "expressed", "throw", "threw", "thrown", "declare", "declared",
        "make", "made", "makes", "launch", "launched", "launches", "issue", "issued", "issues", "level", "leveled", "levelled",
        "show", "shows", "showed", "shown", "showing", "extend", "extends", "extended", "reaffirm", "reaffirms", "reaffirmed",
        "signal", "signals", "signaled", "signalled", "announce", "announces", "announced", "impose", "imposes", "imposed",
        "slap", "slaps", "slapped", "unveil", "unveils", "unveiled", "deliver", "delivers", "delivered", "delivering",
    };

    // Verbs whose subject gets what their object is: "had received the support of A", "won the backing of B".
    private static readonly HashSet<string> ReceivingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "receive", "received", "receives", "receiving", "win", "won", "wins", "winning", "gain", "gained", "gains", "gaining",
        "get", "got", "gets", "gotten", "secure", "secured", "secures", "enjoy", "enjoyed", "enjoys", "garner", "garnered",
        "garners", "earn", "earned", "earns", "draw", "drew", "drawn", "draws", "attract", "attracted", "attracts", "have", "has", "had",
        "face", "faces", "faced", "facing", "provoke", "provoked", "provokes", "spark", "sparked", "sparks", "prompt", "prompted", "prompts",
        "take", "takes", "took", "taken",
    };

    // Verbs that do what their object names: "issue subpoenas to", "file a complaint against", "make a request to".
    private static readonly HashSet<string> LightVerbs = new(
        VerbForms.Of(["issue", "send", "serve", "make", "give", "file", "launch", "deliver", "extend", "lodge", "level", "hand"]), StringComparer.OrdinalIgnoreCase);

    // Verbs of running against someone: "Etheridge is running for re-election against Renee Ellmers" says Ellmers runs
    // against him too.
    private static readonly HashSet<string> CompetingVerbs = new(VerbForms.Of(["run", "compete", "race", "campaign"]), StringComparer.OrdinalIgnoreCase);

    // Verbs of doing something together: "Trump Jr. messaged with WikiLeaks" says WikiLeaks messaged him too.
    private static readonly HashSet<string> ReciprocalVerbs = new(
        VerbForms.Of(["meet", "talk", "speak", "message", "communicate", "correspond", "negotiate", "confer", "chat", "clash", "spar", "feud", "argue", "quarrel"]),
        StringComparer.OrdinalIgnoreCase);

    // The roles whose holder does what a verb says, by the verb's stem: "who represents Grimm" is Grimm's attorney.
    private static readonly Dictionary<string, HashSet<string>> DoersByRole = new(StringComparer.Ordinal)
    {
        [Stemmer.Stem("represents")] = new(StringComparer.OrdinalIgnoreCase) { "lawyer", "lawyers", "attorney", "attorneys", "counsel" },
        [Stemmer.Stem("coaches")] = new(StringComparer.OrdinalIgnoreCase) { "coach", "manager" },
        [Stemmer.Stem("leads")] = new(StringComparer.OrdinalIgnoreCase) { "leader", "head", "chief", "chairman", "chairwoman", "president" },
        [Stemmer.Stem("owns")] = new(StringComparer.OrdinalIgnoreCase) { "owner", "owners" },
        [Stemmer.Stem("founded")] = new(StringComparer.OrdinalIgnoreCase) { "founder", "founders", "co-founder" },
        [Stemmer.Stem("sponsored")] = new(StringComparer.OrdinalIgnoreCase) { "sponsor", "sponsors", "co-sponsor", "cosponsor" },
        [Stemmer.Stem("advises")] = new(StringComparer.OrdinalIgnoreCase) { "adviser", "advisers", "advisor", "advisors" },
        [Stemmer.Stem("directs")] = new(StringComparer.OrdinalIgnoreCase) { "director" },
    };

    // What may introduce a participle that its clause's subject does: "after criticising", "while calling".
    private static readonly HashSet<string> ParticipleTimes = new(StringComparer.OrdinalIgnoreCase) { "after", "before", "while", "when", "since", "upon", "on" };

    // Verbs whose "with" brings what their subject gets: "The plan was met with criticism from…", "greeted with scorn".
    private static readonly HashSet<string> MeetingVerbs = new(StringComparer.OrdinalIgnoreCase) { "met", "meet", "meets", "greeted" };

    // Participles that make their agent the head of a group: "nations led by the United States".
    private static readonly HashSet<string> LeadingParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        "led", "headed", "spearheaded",
    };

    // Auxiliaries of what has not happened: "must earn the support of eight Democrats".
    private static readonly HashSet<string> Modals = new(StringComparer.OrdinalIgnoreCase)
    {
        "must", "would", "could", "should", "might", "may", "can", "will", "'ll", "ca", "wo",
    };

    // Groups read as parties from the parse only (among the surface patterns' words they would be too loose): those who
    // act for the law ("indicted by a federal grand jury", "prosecutors blamed…"), and "a measure backed by 9/11
    // families", "Democratic presidential candidates demanded…", "Protesters … calling for him to step aside".
    private static readonly HashSet<string> ParsedGroups = new(StringComparer.OrdinalIgnoreCase)
    {
        "prosecutors", "investigators", "authorities", "agents", "police", "jury", "families", "candidates", "protesters", "demonstrators",
        "labour", "lawyers", "attorneys", "judges", "clerics", "economists", "scientists", "experts",
    };

    // A plural noun for people the parse may name as a party: the surface patterns' groups and those read from the parse only.
    private static bool IsGroupNoun(string word) => NameFinder.GroupNouns.Contains(word) || ParsedGroups.Contains(word);

    // Relative pronouns: "…, who have recognized him" names what comes before it.
    private static readonly HashSet<string> RelativePronouns = new(StringComparer.OrdinalIgnoreCase) { "who", "which", "that" };

    private static readonly HashSet<string> PersonalPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they" };

    private static readonly HashSet<string> EmptyWords = [];

    private const int SpeakerLabelWords = 4; // words after a speaker's name that may hold the party label (", D-Eastvale")

    private static readonly HashSet<string> Quantities = new(StringComparer.OrdinalIgnoreCase)
    {
        "handful", "dozen", "dozens", "number", "couple", "majority", "group", "score", "scores", "hundreds", "thousands", "most", "some", "many", "several",
        "few", "all", "both",
    };

    // What a stance noun that is no longer held is called: "past opposition", "a former supporter".
    private static readonly HashSet<string> BygoneAdjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "past", "former", "previous", "earlier", "onetime", "one-time", "erstwhile",
    };

    // Adjectives of holding back: negated they affirm ("not shy about criticizing"), plain they deny ("reluctant to back").
    private static readonly HashSet<string> ReluctantAdjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "shy", "afraid", "hesitant", "reluctant", "loath", "loth", "unwilling", "slow", "wary",
    };

    private static readonly HashSet<string> ShieldingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "protect", "protects", "protected", "protecting", "guard", "guards", "guarded", "guarding", "insure", "insured",
        "hedge", "hedged", "defend", "defends", "defended", "defending", "discriminate", "discriminated", "discriminating",
        "compete", "competes", "competed", "competing", "play", "plays", "played", "playing", "win", "won", "lose", "lost",
    };

    private static readonly HashSet<string> SideNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "stand", "position", "campaign", "crusade", "fight", "push", "vote", "votes", "case", "lawsuit", "suit", "effort", "efforts",
    };

    // Verbs that take up a side: "took a stand against", "filed a lawsuit against", "waged a campaign against" (not
    // "called the case against Flynn unfair").
    private static readonly HashSet<string> TakingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "take", "takes", "took", "taken", "taking", "file", "files", "filed", "filing", "bring", "brings", "brought",
        "bringing", "launch", "launches", "launched", "launching", "lead", "leads", "led", "leading", "wage", "wages",
        "waged", "waging", "mount", "mounts", "mounted", "mounting", "press", "presses", "pressed", "pressing", "join",
        "joins", "joined", "joining", "build", "builds", "built", "building", "make", "makes", "made", "making", "pursue",
        "pursues", "pursued", "pursuing", "begin", "begins", "began", "begun", "start", "starts", "started", "continue",
        "continues", "continued", "spearhead", "spearheads", "spearheaded", "organize", "organizes", "organized", "win",
        "wins", "won", "cast", "casts", "step", "stepped", "ramp", "ramped", "escalate", "escalated", "intensify", "intensified",
    };

    // Verbs that take a stance back: "withdrew their support for", "softened her criticism of".
    private static readonly HashSet<string> WithdrawingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing", "pull", "pulled", "pulls", "lose", "lost", "loses",
        "drop", "dropped", "drops", "end", "ended", "ends", "rescind", "rescinded", "revoke", "revoked", "reverse", "reversed",
        "soften", "softened", "temper", "tempered", "retract", "retracted", "abandon", "abandoned",
    };

    // What a stance noun is about: "opposition to", "criticism of", "support for", "attack on".
    private static readonly HashSet<string> AboutPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "of", "for", "against", "on", "toward", "towards",
    };

    private static readonly HashSet<string> NegatingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "refuse", "refused", "refuses", "decline", "declined", "declines", "deny", "denied", "denies", "stop", "stopped", "cease", "ceased",
    };

    /// <summary>
    /// The names the sentence puts on the requested side of the target (none when it does not say). A pronoun in
    /// that place ("He has criticized Sessions"), or a noun the article gave one name ("the president"), is named by
    /// <paramref name="pronoun"/> (given the word, the name it stands for, or null), or not at all without one; a
    /// pronoun standing for the target itself is never listed.
    /// </summary>
    public static List<string> Extract(SentenceAnalysis analysis, IReadOnlySet<string> targetWords, bool supporters, Func<int, string?>? pronoun = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(targetWords);
        var words = analysis.Words;
        var cues = supporters ? StanceCues.Support : StanceCues.Oppose;
        var roleNouns = supporters ? StanceCues.SupporterNouns : StanceCues.OpponentNouns;
        var found = new List<int>();
        for (var c = 0; c < words.Length; c++)
        {
            if (IsNegated(analysis, c))
            {
                continue;
            }

            if (roleNouns.Contains(words[c]) && analysis.Upos[c] == "NOUN")
            {
                // "The act's supporters include some powerful lobbying groups, including the Motion Picture
                // Association", "Critics of the plan include the union": whom the target's supporters (or critics) include.
                if (analysis.Relations[c] == "nsubj" && analysis.Heads[c] - 1 is var including and >= 0 && IncludingVerbs.Contains(words[including])
                    && analysis.Dependents(c).Any(d => analysis.Relations[d] == "nmod:poss" && IsTarget(analysis, d, targetWords)
                        || analysis.Relations[d] == "nmod" && HasCase(analysis, d, "of") && IsTargetOrItsOwn(analysis, d, targetWords)))
                {
                    foreach (var included in analysis.Dependents(including).Where(d => analysis.Relations[d] == "obj"))
                    {
                        var named = analysis.Dependents(included).Where(d => analysis.Relations[d] is "nmod" or "obl" or "acl" && HasCase(analysis, d, "including")).ToList();
                        found.AddRange(named.Count > 0 ? named : [included]);
                    }

                    continue;
                }

                // "Maduro's staunchest supporters – Russia and China": the noun belongs to the target, its apposition names them.
                if (analysis.Dependents(c).Any(d => analysis.Relations[d] == "nmod:poss" && IsTarget(analysis, d, targetWords)))
                {
                    found.AddRange(analysis.Dependents(c).Where(d => analysis.Relations[d] == "appos"));

                    // "LePage's Republican allies in the House": a group the noun itself describes.
                    if (analysis.Dependents(c).Any(d => analysis.Relations[d] is "amod" or "compound" && analysis.Upos[d] is "ADJ" or "PROPN" && char.IsUpper(analysis.Words[d][0])))
                    {
                        found.Add(c);
                    }
                }
                else if (analysis.Dependents(c).Any(d => analysis.Relations[d] == "nmod" && HasCase(analysis, d, "of") && IsTargetOrItsOwn(analysis, d, targetWords)))
                {
                    // "Rob Shapiro, a former official and a proponent of the deal": the one the noun is set beside or
                    // said of ("Shapiro is a longtime ally of Cino").
                    var described = c;
                    while (analysis.Relations[described] == "conj" && analysis.Heads[described] > 0)
                    {
                        described = analysis.Heads[described] - 1;
                    }

                    // "a former official in the Clinton White House and a proponent of…", read as the House and the
                    // proponent: a description coordinated with a name inside another description is that description's.
                    if (described != c && analysis.Upos[described] == "PROPN" && analysis.Relations[described] == "nmod" && analysis.Heads[described] > 0)
                    {
                        described = analysis.Heads[described] - 1;
                    }

                    // "Dana Hale, one of the most outspoken critics of…": the one among them the description names (the parse
                    // may hang "one" on the name otherwise than as its apposition).
                    if (analysis.Relations[described] == "nmod" && HasCase(analysis, described, "of") && analysis.Heads[described] - 1 is var among and >= 0
                        && analysis.Upos[among] is "NUM" or "PRON")
                    {
                        described = among;
                        if (among > 0 && words[among - 1] == "," && analysis.Heads[among] - 1 is var name and >= 0 && name < among && analysis.Upos[name] == "PROPN"
                            && analysis.Relations[among] is "nmod" or "parataxis" or "dep" or "conj")
                        {
                            found.Add(name);
                            continue;
                        }
                    }

                    if (analysis.Relations[described] == "appos" && analysis.Heads[described] > 0)
                    {
                        found.Add(analysis.Heads[described] - 1);
                    }
                    else if (analysis.Dependents(described).Any(d => analysis.Relations[d] == "cop"))
                    {
                        found.AddRange(analysis.Dependents(described).Where(d => analysis.Relations[d] == "nsubj"));
                    }
                }

                continue;
            }

            if (!supporters && IsCallToGo(analysis, c, targetWords, pronoun) is { } caller)
            {
                // "Kristol called for Steele's resignation", "senators urged Steele to resign".
                found.AddRange(SubjectsOf(analysis, caller));
                continue;
            }

            if (!supporters && IsCallToEnd(analysis, c, targetWords) is { } ender)
            {
                // "urged ministers to scrap ID cards", "called for the scrapping of the toll gates", "want to ban it".
                found.AddRange(SubjectsOf(analysis, ender));
                continue;
            }

            if (!supporters && PressureToGo(analysis, c, targetWords, pronoun) is { Count: > 0 } pressing)
            {
                // "LePage opened the door to an early exit following pressure from state lawmakers to step down".
                found.AddRange(pressing);
                continue;
            }

            if (!supporters && JudgesHarshly(analysis, c, targetWords) is { } judge)
            {
                // "McConnell said Ginsburg's comments were totally inappropriate", "called the plan reckless".
                found.AddRange(SubjectsOf(analysis, judge));
                continue;
            }

            if (!supporters && OpponentsAgainst(analysis, c, targetWords) is { } against)
            {
                // "voted against the bill", "took a stand against the act", "his campaign against Whitcombe".
                found.AddRange(against);
                continue;
            }

            if (!supporters && StanceCues.Jabs.Contains(words[c]) && analysis.Upos[c] == "NOUN")
            {
                // "Bloomberg threw several jabs at Trump", "his swipe at Arsenal".
                found.AddRange(Jabbers(analysis, c, targetWords));
                continue;
            }

            if (!supporters && StanceCues.ReceivedOpposition.Contains(words[c]) && analysis.Upos[c] == "NOUN")
            {
                // "came under fire from Republicans", "faced a backlash from conservatives".
                found.AddRange(Givers(analysis, c, targetWords, supporters));
                continue;
            }

            if (analysis.Upos[c] == "VERB" && TakesSideWithPreposition(analysis, c, targetWords, supporters))
            {
                // "tore into Smith", "went after Smith", "hit out at Smith"; "stood by Smith", "sided with Smith".
                found.AddRange(SubjectsOf(analysis, c));
                continue;
            }

            var opposingVerb = !supporters && analysis.Upos[c] == "VERB" && !IsProspective(analysis, c)
                && (StanceCues.OpposingVerbs.Contains(words[c]) && (!words[c].StartsWith("lash", StringComparison.Ordinal) || analysis.Dependents(c).Any(d => words[d].Equals("out", StringComparison.OrdinalIgnoreCase)))
                    || DismissesAs(analysis, c));
            if (!(cues.Contains(words[c]) || !supporters && StanceCues.ParsedOpposition.Contains(words[c]) || opposingVerb) || StanceCues.NamesARole(words[c], c + 1 < words.Length ? words[c + 1] : null))
            {
                continue;
            }

            if (analysis.Upos[c] == "VERB" && !IsNormative(analysis, c))
            {
                var dependents = analysis.Dependents(c).ToList();
                var passive = dependents.Any(d => analysis.Relations[d] == "aux:pass") || dependents.Any(d => analysis.Relations[d] == "obl:agent");
                // Not what it is done against ("endorsed McCain against eventual winner Barack Obama"), nor for ("endorsed
                // McCain for president"): with an object, the object is what the verb is about. A title defended is no stance.
                var hasObject = dependents.Any(d => analysis.Relations[d] == "obj");
                var defendsTitle = words[c].StartsWith("defend", StringComparison.OrdinalIgnoreCase) && dependents.Any(d => analysis.Relations[d] == "obj" && StanceCues.Titles.Contains(analysis.Words[d]));
                var objectIsTarget = !passive && !defendsTitle && dependents.Any(d => analysis.Relations[d] is "obj" or "obl" or "xcomp" && !IsRole(analysis, d) && !HasCase(analysis, d, "against")
                    && !(analysis.Relations[d] == "obl" && hasObject)
                    && (opposingVerb && analysis.Relations[d] == "obl" ? HasCase(analysis, d, "at") : !IsWhereOrWhen(analysis, d)) && !HasNot(analysis, d) && IsTargetOrItsOwn(analysis, d, targetWords)
                    && !(supporters && IsOwnOpponent(analysis, d))); // "praised his defeated opponent, Hillary Clinton" backs no opponent
                // "a measure backed by 9/11 families": a participle on the target says what is done to it.
                var passiveTarget = passive && (dependents.Any(d => analysis.Relations[d] is "nsubj:pass" or "nsubj" && IsTargetOrItsOwn(analysis, d, targetWords))
                    || analysis.Relations[c] == "acl" && dependents.Any(d => analysis.Relations[d] == "obl:agent") && analysis.Heads[c] - 1 is var described and >= 0
                        && IsTargetOrItsOwn(analysis, described, targetWords)
                    || dependents.Any(d => analysis.Relations[d] == "nsubj:pass" && SetOffRelativeFor(analysis, d) is var antecedent and >= 0 && IsTargetOrItsOwn(analysis, antecedent, targetWords)));

                // "The bill, which Saudi Arabia has fiercely opposed", "the bill the council backed": the clause's object
                // is the noun it describes, and its subject takes the stance.
                var relativeObject = !passive && !dependents.Any(d => analysis.Relations[d] == "obj" && !RelativePronouns.Contains(words[d])) && analysis.Relations[c] == "acl:relcl" && analysis.Heads[c] - 1 is var noun and >= 0
                    && IsTargetOrItsOwn(analysis, noun, targetWords);
                if (relativeObject)
                {
                    found.AddRange(dependents.Where(d => analysis.Relations[d] == "nsubj" && !RelativePronouns.Contains(words[d])));
                }

                // "Hale said she was strongly opposed to the release", "opposed to releasing him": being "opposed to"
                // it is its subject's stance, not something done to the subject.
                if (!supporters && passive && words[c].Equals("opposed", StringComparison.OrdinalIgnoreCase) && dependents.Any(d => OpposedTo(analysis, d, targetWords)))
                {
                    found.AddRange(dependents.Where(d => analysis.Relations[d] is "nsubj" or "nsubj:pass"));
                    continue;
                }

                if (objectIsTarget)
                {
                    found.AddRange(SubjectsOf(analysis, c));
                }
                else if (passiveTarget)
                {
                    // "criticized by human-rights groups and Western leaders, including U.S. President Barack Obama": the
                    // members named after the agents, wherever the parser hung them.
                    found.AddRange(dependents.Where(d => IsAgent(analysis, d)));
                    if (dependents.Any(d => IsAgent(analysis, d) && analysis.Upos[d] == "NOUN"))
                    {
                        found.AddRange(dependents.Where(d => analysis.Relations[d] == "obl" && analysis.Upos[d] == "PROPN" && OpensWith(analysis, d, "including")));
                    }
                }
            }
            else if (analysis.Upos[c] == "NOUN")
            {
                // "pledged their support of Maduro" / "support for Maduro from Russia".
                // The parser may hang "for Maduro" on the verb instead ("offered his support for Labrador's candidacy",
                // "announced her opposition to the plan").
                // A stance noun may say what it does in a clause of its own: "sanctions that could cost the Maduro administration".
                var ofTarget = analysis.Dependents(c).Any(d => analysis.Relations[d] is "nmod" && IsTargetOrItsOwn(analysis, d, targetWords) && !HasCase(analysis, d, "from"))
                    || (analysis.Relations[c] == "obj" && analysis.Heads[c] - 1 is var verb and >= 0 && GivingVerbs.Contains(words[verb])
                        && analysis.Dependents(verb).Any(d => analysis.Relations[d] == "obl" && d > c && AboutPrepositions.Any(p => HasCase(analysis, d, p)) && IsTargetOrItsOwn(analysis, d, targetWords)))
                    || !supporters && analysis.Dependents(c).Any(r => analysis.Relations[r] == "acl:relcl" && !IsNegated(analysis, r)
                        && analysis.Dependents(r).Any(d => analysis.Relations[d] == "nsubj" && RelativePronouns.Contains(analysis.Words[d]))
                        && analysis.Dependents(r).Concat(analysis.Dependents(r).Where(v => analysis.Relations[v] == "conj").SelectMany(analysis.Dependents))
                            .Any(d => analysis.Relations[d] == "obj" && IsTargetOrItsOwn(analysis, d, targetWords)));
                if (!ofTarget)
                {
                    // "T had received the support of A": the target gets it, so whoever it comes from gives it (the target
                    // named, or a pronoun the answers wrote as its name; not "a former T aide").
                    found.AddRange(Givers(analysis, c, targetWords, supporters));
                    continue;
                }

                // "showed her support for X", "joined in support of X" (whoever does it "in support"), and "ripped the roof
                // off … with a sweeping denunciation of X" (not "was met with criticism of X": that one gets it; nor "with
                // the support of X", which X gives).
                var giver = analysis.Heads[c] - 1;
                if (giver >= 0 && !IsNegated(analysis, giver)
                    && ((analysis.Relations[c] == "obj" && GivingVerbs.Contains(words[giver]))
                        || (analysis.Relations[c] == "obl" && HasCase(analysis, c, "in") && analysis.Upos[giver] is "VERB" or "ADJ") // "outspoken in their criticism of X"
                        || (!supporters && analysis.Relations[c] == "obl" && HasCase(analysis, c, "with") && analysis.Upos[giver] == "VERB" && !MeetingVerbs.Contains(words[giver])
                            && !analysis.Dependents(giver).Any(d => analysis.Relations[d] is "aux:pass" or "nsubj:pass"))))
                {
                    found.AddRange(SubjectsOf(analysis, giver));
                }
                else if (giver >= 0 && analysis.Upos[giver] == "VERB" && !IsNegated(analysis, giver) && analysis.Dependents(c).Any(a => a < c && analysis.Relations[a] == "amod"
                    && words[a].EndsWith("ing", StringComparison.OrdinalIgnoreCase) && GivingVerbs.Contains(Stemmer.Stem(words[a].ToLowerInvariant()))))
                {
                    // "Ruiz set the tone, offering support and condolences to Eastvale", parsed with "offering" as an
                    // adjective of "support": whoever does what the clause hangs on offers it.
                    found.AddRange(SubjectsOf(analysis, giver));
                }

                found.AddRange(analysis.Dependents(c).Where(d => analysis.Relations[d] == "nmod" && HasCase(analysis, d, "from")));

                found.AddRange(Holders(analysis, c, targetWords));
            }
        }

        found.AddRange(AgainstWhatBefallsIt(analysis, targetWords, supporters));
        return supporters ? [.. NamesOf(analysis, found, targetWords, pronoun), .. BackersInTheWord(analysis, targetWords)] : NamesOf(analysis, found, targetWords, pronoun);
    }

    // "The United Nations has condemned Zelaya's ouster", "Bush's impeachment was backed by …": a stance on what is done
    // to the target against it is the other stance on the target.
    private static IEnumerable<int> AgainstWhatBefallsIt(SentenceAnalysis analysis, IReadOnlySet<string> targetWords, bool supporters)
    {
        var cues = supporters ? StanceCues.Oppose : StanceCues.Support;
        for (var c = 0; c < analysis.Words.Length; c++)
        {
            if (analysis.Upos[c] != "VERB" || !cues.Contains(analysis.Words[c]) || IsNegated(analysis, c) || IsNormative(analysis, c))
            {
                continue;
            }

            var dependents = analysis.Dependents(c).ToList();
            var passive = dependents.Any(d => analysis.Relations[d] is "aux:pass" or "obl:agent");
            if (!passive && dependents.Any(d => analysis.Relations[d] == "obj" && BefallsTarget(analysis, d, targetWords)))
            {
                foreach (var subject in SubjectsOf(analysis, c))
                {
                    yield return subject;
                }
            }
            else if (passive && dependents.Any(d => analysis.Relations[d] is "nsubj:pass" or "nsubj" && BefallsTarget(analysis, d, targetWords)))
            {
                foreach (var agent in dependents.Where(d => IsAgent(analysis, d)))
                {
                    yield return agent;
                }
            }
        }
    }

    // What "opposed to" is said of: the target ("to the release") or doing it ("to releasing him").
    private static bool OpposedTo(SentenceAnalysis analysis, int dependent, IReadOnlySet<string> targetWords) =>
        analysis.Relations[dependent] is "obl" or "nmod" && HasCase(analysis, dependent, "to") && IsTargetOrItsOwn(analysis, dependent, targetWords)
        || analysis.Relations[dependent] is "advcl" or "xcomp" && HasMark(analysis, dependent, "to")
            && (targetWords.Any(t => Stemmer.Stem(t.ToLowerInvariant()) == Stemmer.Stem(analysis.Words[dependent].ToLowerInvariant()))
                || analysis.Dependents(dependent).Any(o => analysis.Relations[o] == "obj" && IsTargetOrItsOwn(analysis, o, targetWords)));

    // "Zelaya's ouster", "the arrest of Sayoc" (not "Israel's arrest of …", the owner's own deed).
    private static bool BefallsTarget(SentenceAnalysis analysis, int noun, IReadOnlySet<string> targetWords) =>
        analysis.Upos[noun] == "NOUN" && StanceCues.BefallingIt.Contains(analysis.Words[noun])
        && (analysis.Dependents(noun).Any(d => analysis.Relations[d] == "nmod" && HasCase(analysis, d, "of") && IsTarget(analysis, d, targetWords))
            || analysis.Dependents(noun).Any(d => analysis.Relations[d] == "nmod:poss" && IsTarget(analysis, d, targetWords))
                && !analysis.Dependents(noun).Any(d => analysis.Relations[d] == "nmod" && HasCase(analysis, d, "of")));

    // "an Iran-backed militia", "the largely Democrat-backed bill": the name a backing participle is made with, on the target.
    private static IEnumerable<string> BackersInTheWord(SentenceAnalysis analysis, IReadOnlySet<string> targetWords)
    {
        for (var w = 0; w < analysis.Words.Length; w++)
        {
            if (BackedWord().Match(analysis.Words[w]) is { Success: true } backed && analysis.Heads[w] - 1 is var noun and >= 0
                && analysis.Relations[w] is "amod" or "compound" && IsTargetOrItsOwn(analysis, noun, targetWords)
                && !targetWords.Contains(backed.Groups["party"].Value))
            {
                var party = backed.Groups["party"].Value;
                yield return PartyMembers.TryGetValue(party, out var members) ? members : party; // "Democrat-backed": by Democrats
            }
        }
    }

    /// <summary>
    /// Who does to the target what a "who" question asks: the subjects of each verb of the question's kind whose object
    /// is the target ("Flake and McCain called on Brewer to veto it" for "who urged Brewer to veto the bill"), with the
    /// question's second verb under it when it has one ("to veto", not "to sign"). Verbs of asking count as one
    /// ("called on", "urged", "pressed"); any other verb must share the question verb's stem.
    /// </summary>
    public static List<string> Doers(SentenceAnalysis analysis, string verb, IReadOnlySet<string> targetWords, string? complement, Func<int, string?>? pronoun = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(verb);
        ArgumentNullException.ThrowIfNull(targetWords);
        var complementStem = complement is null ? null : Stemmer.Stem(complement.ToLowerInvariant());
        var found = new List<int>();
        var naming = StanceCues.NamingVerbs.Contains(verb);
        if (complementStem is not null && (naming || StanceCues.IsJudging(verb)))
        {
            // "who called the declaration a power grab": "“This is plainly a power grab…,” Pelosi and Schumer said"; "who
            // blamed the House for failing to fund…": "“Shame on the House for failing to fund…,” Meeks said". What a
            // thing is called may be said of "this"; any other deed needs the target in the quote too.
            foreach (var quote in Quotations.Attributed(analysis))
            {
                var quoted = Enumerable.Range(quote.Start, quote.End - quote.Start).ToList();
                if (quoted.Any(w => analysis.Upos[w] is "NOUN" or "VERB" && Stemmer.Stem(analysis.Words[w].ToLowerInvariant()) == complementStem)
                    && (naming || quoted.Any(w => IsTargetWord(analysis.Words[w], targetWords))))
                {
                    found.AddRange(Speakers(analysis, quote.SpeakerStart, quote.SpeakerEnd));
                }
            }
        }

        for (var v = 0; v < analysis.Words.Length; v++)
        {
            var word = analysis.Words[v];
            if (analysis.Upos[v] != "VERB" || !IsDeedVerb(word, verb) || IsNegated(analysis, v))
            {
                continue;
            }

            var dependents = analysis.Dependents(v).ToList();
            if (dependents.Any(d => analysis.Relations[d] is "aux:pass" or "obl:agent"))
            {
                // "Cantor was defeated by Brat": the agent did it; also when the passive is said of a subject or noun it
                // hangs on ("Stone was taken into custody after being indicted by a federal grand jury").
                if (complementStem is null && (dependents.Any(d => analysis.Relations[d] == "nsubj:pass" && IsTargetOrItsOwn(analysis, d, targetWords))
                    || !dependents.Any(d => analysis.Relations[d] is "nsubj:pass" or "nsubj") && ImpliedSubjectIsTarget(analysis, v, targetWords)
                    || RelativeSubjectIsTarget(analysis, v, targetWords)))
                {
                    found.AddRange(dependents.Where(d => IsAgent(analysis, d)));
                }

                continue;
            }

            // "Trump Jr. messaged with WikiLeaks": who did it together with the target did it to the target.
            if (complementStem is null && ReciprocalVerbs.Contains(word) && SubjectsOf(analysis, v).Any(s => IsTargetOrItsOwn(analysis, s, targetWords)))
            {
                found.AddRange(dependents.Where(d => analysis.Relations[d] == "obl" && HasCase(analysis, d, "with")));
                continue;
            }

            if (complementStem is null && CompetingVerbs.Contains(word) && SubjectsOf(analysis, v).Any(s => IsTargetOrItsOwn(analysis, s, targetWords)))
            {
                // Also where the parser hung "against …" on what the race is for ("running for re-election against …",
                // "for a third term against …").
                var race = dependents.Where(d => analysis.Relations[d] == "obl" && !analysis.Dependents(d).Any(x => analysis.Relations[x] is "nsubj" or "nsubj:pass"));
                found.AddRange(dependents.Concat(race.SelectMany(analysis.Dependents)).Where(d => analysis.Relations[d] is "obl" or "nmod" && HasCase(analysis, d, "against")));
                continue;
            }

            // The target may be a pronoun or a noun the article gave it ("urged the governor to reject the measure").
            bool StandsForTarget(int d) => IsTargetOrItsOwn(analysis, d, targetWords)
                || analysis.Upos[d] is "PRON" or "NOUN" && NamedAsTarget(d, targetWords, pronoun);
            if (!dependents.Any(d => analysis.Relations[d] is "obj" or "iobj" or "obl" && (!IsWhereOrWhen(analysis, d) || StanceCues.CallingVerbs.Contains(verb) && HasCase(analysis, d, "on")) && StandsForTarget(d))
                || complementStem is not null && !HasComplement(analysis, dependents, complementStem))
            {
                continue;
            }

            found.AddRange(SubjectsOf(analysis, v));
        }

        // "The committee will issue subpoenas to Flynn" answers "who will subpoena Flynn": the deed as a noun a light verb
        // does, to the target.
        if (complementStem is null)
        {
            var verbStem = Stemmer.Stem(verb.ToLowerInvariant());
            for (var n = 0; n < analysis.Words.Length; n++)
            {
                if (analysis.Upos[n] == "NOUN" && analysis.Relations[n] == "obj" && Stemmer.Stem(analysis.Words[n].ToLowerInvariant()) == verbStem
                    && analysis.Heads[n] - 1 is var light and >= 0 && LightVerbs.Contains(analysis.Words[light]) && !IsNegated(analysis, light)
                    && analysis.Dependents(n).Concat(analysis.Dependents(light)).Any(d => analysis.Relations[d] is "obl" or "nmod" && OpensWith(analysis, d, "to", "against", "on", "at", "for")
                        && IsTargetOrItsOwn(analysis, d, targetWords)))
                {
                    found.AddRange(SubjectsOf(analysis, light));
                }
            }
        }

        // "Grimm's attorney, William McGinley" answers "who represents Grimm", as "the club's coach, Ana Ruiz" answers
        // "who coaches the club": the one who holds the role the verb names.
        if (complementStem is null && DoersByRole.TryGetValue(Stemmer.Stem(verb.ToLowerInvariant()), out var roles))
        {
            found.AddRange(Enumerable.Range(0, analysis.Words.Length).Where(n => analysis.Upos[n] == "NOUN" && roles.Contains(analysis.Words[n])
                && analysis.Dependents(n).Any(d => analysis.Relations[d] == "nmod:poss" && IsTarget(analysis, d, targetWords))));
        }

        return NamesOf(analysis, found, targetWords, pronoun);
    }

    /// <summary>
    /// The names of the ones the doer did the question's verb to: "who did Trump fire" is answered by "Trump fired
    /// Comey" and "Comey was fired by Trump", not by "Bloomberg fired Smith". The doer may be a pronoun or a noun the
    /// article gave it, named by <paramref name="pronoun"/>; with a complement, the one the doer asked to do it
    /// ("encouraged Obama to listen").
    /// </summary>
    public static List<string> DoneTo(SentenceAnalysis analysis, string verb, IReadOnlySet<string> doerWords, string? complement, Func<int, string?>? pronoun = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(verb);
        ArgumentNullException.ThrowIfNull(doerWords);
        var complementStem = complement is null ? null : Stemmer.Stem(complement.ToLowerInvariant());
        bool IsDoer(int d) => IsTargetOrItsOwn(analysis, d, doerWords) || analysis.Upos[d] is "PRON" or "NOUN" && NamedAsTarget(d, doerWords, pronoun);
        var found = new List<int>();
        for (var v = 0; v < analysis.Words.Length; v++)
        {
            if (analysis.Upos[v] != "VERB" || !IsDeedVerb(analysis.Words[v], verb) || IsNegated(analysis, v))
            {
                continue;
            }

            var dependents = analysis.Dependents(v).ToList();
            if (complementStem is not null && !HasComplement(analysis, dependents, complementStem))
            {
                continue;
            }

            if (dependents.Any(d => analysis.Relations[d] == "aux:pass"))
            {
                if (dependents.Any(d => IsAgent(analysis, d) && IsDoer(d)))
                {
                    found.AddRange(dependents.Where(d => analysis.Relations[d] == "nsubj:pass"));
                }
            }
            else if (SubjectsOf(analysis, v).Any(IsDoer))
            {
                found.AddRange(dependents.Where(d => analysis.Relations[d] is "obj" or "iobj"));
            }
        }

        return NamesOf(analysis, found, doerWords, pronoun);
    }

    /// <summary>
    /// The people named as the speakers of the sentence's quotations ("“…,” said Senate Minority Leader Mitch McConnell,
    /// R-Kentucky"), each with the words that name the speaker and the few after them (where a party label stands);
    /// pronouns and bodies or places the recognizer names are not read.
    /// </summary>
    public static List<(string Name, string[] SpeakerWords)> QuotationSpeakers(SentenceAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var found = new List<(string, string[])>();
        foreach (var quote in Quotations.Attributed(analysis))
        {
            // "said the Democratic leader of the Senate, Justin Alfond": the name set beside the description speaks.
            var apposed = quote.SpeakerEnd < analysis.Words.Length && analysis.Words[quote.SpeakerEnd] == ","
                ? analysis.Entities.Where(e => e.Start == quote.SpeakerEnd + 1 && e.Type == EntitySpan.Person).Select(e => (int?)e.End).FirstOrDefault()
                : null;
            var end = apposed ?? quote.SpeakerEnd;
            var people = Speakers(analysis, quote.SpeakerStart, end)
                .Where(w => analysis.Upos[w] == "PROPN" && !analysis.Entities.Any(e => e.Type != EntitySpan.Person && w >= e.Start && w < e.End))
                .ToList();
            var label = analysis.Words[quote.SpeakerStart..Math.Min(analysis.Words.Length, end + SpeakerLabelWords)];
            found.AddRange(NamesOf(analysis, people, EmptyWords, null).Select(name => (name, label)));
        }

        return found;
    }

    // The people and bodies named between these words: the recognizer's, a run of proper nouns it left out ("Senate
    // Democratic Leader Chuck Schumer", with only "Senate" found), and a personal pronoun.
    private static IEnumerable<int> Speakers(SentenceAnalysis analysis, int start, int end)
    {
        // A body right before more of a name only says where the person serves ("Senate" in "Senate Democratic Leader…").
        var named = analysis.Entities.Where(e => e.Type is EntitySpan.Person or EntitySpan.Organization && e.Start >= start && e.End <= end
            && !(e.Type == EntitySpan.Organization && e.End < end && char.IsUpper(analysis.Words[e.End][0]))).ToList();
        foreach (var entity in named)
        {
            yield return GumEntities.HeadOf(analysis.Heads, entity.Start, entity.End);
        }

        // "“…,” she said": named through the pronoun callback, as any pronoun doer is.
        foreach (var pronoun in Enumerable.Range(start, end - start).Where(w => analysis.Upos[w] == "PRON" && PersonalPronouns.Contains(analysis.Words[w])))
        {
            yield return pronoun;
        }

        for (var w = start; w < end; w++)
        {
            var run = w;
            while (run < end && analysis.Upos[run] == "PROPN" && !analysis.Entities.Any(e => run >= e.Start && run < e.End))
            {
                run++;
            }

            if (run - w >= 2)
            {
                yield return GumEntities.HeadOf(analysis.Heads, w, run);
            }

            w = Math.Max(w, run);
        }
    }

    // A relative pronoun that is a clause's subject stands for the noun the clause describes ("the talking points, which
    // were used by Susan E. Rice"), also for a verb coordinated with the clause's ("that serves as … but has been
    // criticized by Republicans"). For who did a deed only: in a stance the pronoun may stand for more than the noun
    // ("calls to boycott Vale Foods that were supported by the mayors" back the calls, not Vale Foods).
    private static bool RelativeSubjectIsTarget(SentenceAnalysis analysis, int verb, IReadOnlySet<string> targetWords)
    {
        var clause = verb;
        while (analysis.Relations[clause] == "conj" && analysis.Heads[clause] > 0 && !analysis.Dependents(clause).Any(d => analysis.Relations[d] is "nsubj" or "nsubj:pass"))
        {
            clause = analysis.Heads[clause] - 1;
        }

        return analysis.Relations[clause] == "acl:relcl" && analysis.Heads[clause] - 1 is var noun and >= 0
            && analysis.Dependents(clause).Any(d => analysis.Relations[d] is "nsubj" or "nsubj:pass" && RelativePronouns.Contains(analysis.Words[d]))
            && IsTargetOrItsOwn(analysis, noun, targetWords);
    }

    // "dismissing the plan as little more than a cheap political gimmick", "dismissed the charges as baseless": dismissing
    // something as what it is (not "dismissed the lawsuit", "dismissed the coach") opposes it.
    private static bool DismissesAs(SentenceAnalysis analysis, int verb) =>
        StanceCues.Dismissing.Contains(analysis.Words[verb])
        && Enumerable.Range(verb + 1, analysis.Words.Length - verb - 1).Any(w => analysis.Words[w].Equals("as", StringComparison.OrdinalIgnoreCase) && analysis.IsWithin(w, verb));

    // "the law, which has also been criticized by …": a relative pronoun set off by a comma stands for the noun or name
    // before it (NominalBefore), wherever the parser hung its clause (on "protest" of "to protest the law, which…");
    // -1 otherwise.
    private static int SetOffRelativeFor(SentenceAnalysis analysis, int pronoun) =>
        pronoun >= 2 && analysis.Words[pronoun].ToLowerInvariant() is "which" or "who" && analysis.Words[pronoun - 1] == ","
            && NominalBefore(analysis, pronoun) is var noun && noun != pronoun ? noun : -1;

    // A verb without a subject of its own is said of its governor's subject ("Stone was taken into custody after being
    // indicted", "was arrested and charged"), or, as a participle on a noun, of that noun ("Stone, indicted on Thursday").
    private static bool ImpliedSubjectIsTarget(SentenceAnalysis analysis, int verb, IReadOnlySet<string> targetWords)
    {
        var governor = analysis.Heads[verb] - 1;
        var adverbial = analysis.Relations[verb] is "advcl" or "xcomp" or "conj"
            || analysis.Relations[verb] == "acl" && analysis.Dependents(verb).Any(d => analysis.Relations[d] == "mark"); // "after being indicted", hung on a noun
        while (adverbial && governor >= 0 && analysis.Upos[governor] != "VERB")
        {
            governor = analysis.Heads[governor] - 1;
        }

        return governor >= 0 && (adverbial
            ? analysis.Dependents(governor).Any(d => analysis.Relations[d] is "nsubj" or "nsubj:pass" && IsTargetOrItsOwn(analysis, d, targetWords))
            : analysis.Relations[verb] == "acl" && IsTargetOrItsOwn(analysis, governor, targetWords));
    }

    /// <summary>Whether a word names the role of whoever does what the verb says ("attorney" for "represents").</summary>
    public static bool IsDoersRole(string word, string verb) =>
        DoersByRole.TryGetValue(Stemmer.Stem(verb.ToLowerInvariant()), out var roles) && roles.Contains(word);

    /// <summary>Whether a word is the verb a "who" question asks about: any verb of asking for one ("called", "urged"), else the same stem.</summary>
    public static bool IsDeedVerb(string word, string verb) => StanceCues.CallingVerbs.Contains(verb)
        ? StanceCues.CallingVerbs.Contains(word)
        : Stemmer.Stem(word.ToLowerInvariant()) == Stemmer.Stem(verb.ToLowerInvariant());

    // The names of the parties at these words, with their conjuncts and leaders; never the target. A description with
    // names set beside it stands for them ("The state's two Republican senators, Jeff Flake and John McCain, called
    // on…"), as does one set beside a name ("Dave Brat, the candidate who…"), a statement or speech for its author
    // ("Bloomberg's speech mocked…"), a quantity for what it counts ("A few of his GOP colleagues"); a pronoun, or a
    // noun the article gave one name, only when it is named (and not by the target's name). A team or office stands for
    // the one whose it is ("Mueller's team disputed…").
    private static List<string> NamesOf(SentenceAnalysis analysis, List<int> found, IReadOnlySet<string> targetWords, Func<int, string?>? pronoun) =>
        found
            .Select(head => analysis.Upos[head] == "NOUN" && analysis.Relations[head] == "appos" && analysis.Heads[head] - 1 is var name and >= 0
                && analysis.Upos[name] == "PROPN" ? name : head) // "Dave Brat, the Tea Party candidate who defeated Cantor"
            // (Not a name after a semicolon, the next item of a list the noun sits in: "…the support of former Vice President
            // Dick Cheney; Saul Anuzis, former chairman…".)
            .SelectMany(head => analysis.Upos[head] == "NOUN" && analysis.Dependents(head).Where(d => analysis.Relations[d] == "appos" && analysis.Upos[d] == "PROPN" && (d == 0 || analysis.Words[d - 1] != ";")).ToList() is { Count: > 0 } named ? named : [head])
            .Select(head => analysis.Upos[head] == "NOUN" && (StanceCues.Writings.Contains(analysis.Words[head]) || StanceCues.OwnTeams.Contains(analysis.Words[head]))
                && analysis.Dependents(head).FirstOrDefault(d => analysis.Relations[d] == "nmod:poss", -1) is var author and >= 0 ? author : head)
            .SelectMany(head => WithConjuncts(analysis, head))
            .SelectMany(head => WithLeaders(analysis, head))
            .SelectMany(head => WithMembers(analysis, head))
            .Where(head => !IsTarget(analysis, head, targetWords))
            .Select(head => analysis.Upos[head] switch
            {
                "PROPN" => NameAt(analysis, head),
                "NOUN" => NameAt(analysis, head) is { Length: > 0 } named ? named
                    : pronoun?.Invoke(head) is { } described && !Tokenizer.Words(described).Any(targetWords.Contains) ? described : string.Empty,
                "PRON" when pronoun?.Invoke(head) is { } name && !Tokenizer.Words(name).Any(targetWords.Contains) => name,
                // "A few of his GOP colleagues urged him…", "Many of the senators…": the quantity read as the subject.
                "ADJ" or "NUM" or "PRON" or "DET" when Quantities.Contains(analysis.Words[head])
                    && analysis.Dependents(head).Any(d => analysis.Relations[d] == "nmod" && HasCase(analysis, d, "of")) => NameAt(analysis, head),
                _ => string.Empty,
            })
            .Where(name => name.Length > 0 && !NameFinder.IsPartyLabel(name)) // "Rep. Bob Goodlatte, R-Va.", read as two
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    // Word c is a harsh judgment of the target said by someone: the predicate of a clause a verb of saying reports
    // ("said Ginsburg's comments were inappropriate", "warned that Netanyahu's address will be a destructive force",
    // "“It is appalling that Ahmadinejad would…,” Casey said"), or what a verb of calling names the target ("called the
    // plan reckless"). The verb of saying is returned, or null.
    private static int? JudgesHarshly(SentenceAnalysis analysis, int c, IReadOnlySet<string> targetWords)
    {
        // "It is appalling that Ahmadinejad would find it appropriate…": the judgment, whatever the tagger made of it,
        // of a clause that says what the target does.
        var ofTargetsDeed = StanceCues.HarshJudgments.Contains(analysis.Words[c])
            && analysis.Dependents(c).Any(d => analysis.Relations[d] is "nsubj" or "expl" && analysis.Words[d].Equals("it", StringComparison.OrdinalIgnoreCase))
            && analysis.Dependents(c).Any(k => analysis.Relations[k] is "ccomp" or "csubj" && HasMark(analysis, k, "that")
                && analysis.Dependents(k).Any(d => analysis.Relations[d] == "nsubj" && IsTargetOrItsOwn(analysis, d, targetWords)));
        var harsh = StanceCues.HarshJudgments.Contains(analysis.Words[c]) && (analysis.Upos[c] is "ADJ" or "NOUN" || ofTargetsDeed)
            || analysis.Upos[c] == "NOUN" && analysis.Dependents(c).Any(d => analysis.Relations[d] is "amod" or "compound" && StanceCues.HarshJudgments.Contains(analysis.Words[d]));
        var verb = analysis.Heads[c] - 1;
        if (harsh && verb >= 0 && analysis.Relations[c] == "nmod" && HasCase(analysis, c, "as") && analysis.Relations[verb] == "obj" && IsTargetOrItsOwn(analysis, verb, targetWords)
            && analysis.Heads[verb] - 1 is var describer and >= 0 && StanceCues.NamingVerbs.Contains(analysis.Words[describer]) && !IsNegated(analysis, describer))
        {
            return describer; // the parser hung "as a vile coup attempt" on the object
        }

        if (!harsh || verb < 0 || analysis.Upos[verb] != "VERB" || IsNegated(analysis, c) || IsNegated(analysis, verb))
        {
            return null;
        }

        var reported = analysis.Relations[c] == "ccomp" && StanceCues.SayingVerbs.Contains(analysis.Words[verb])
            && (analysis.Dependents(c).Any(d => analysis.Relations[d] is "cop" or "aux") && ofTargetsDeed
                || analysis.Dependents(c).Any(d => analysis.Relations[d] == "cop")
                    && analysis.Dependents(c).Any(d => analysis.Relations[d] == "nsubj" && IsTargetOrItsOwn(analysis, d, targetWords)));
        // The parser may read what the target is called as a second object ("called Ruiz a fraud"), or as a phrase with
        // "as" on the verb or on the object ("described Guaido's challenge as a vile coup attempt").
        // "calling her evasive" may be read as one object, "her evasive", the adjective owned by the pronoun.
        var named = StanceCues.NamingVerbs.Contains(analysis.Words[verb])
            && (analysis.Dependents(verb).Any(d => d != c && analysis.Relations[d] == "obj" && IsTargetOrItsOwn(analysis, d, targetWords))
                && (analysis.Relations[c] is "xcomp" or "obj" || analysis.Relations[c] == "obl" && HasCase(analysis, c, "as"))
                || analysis.Relations[c] == "obj" && analysis.Upos[c] == "ADJ"
                    && analysis.Dependents(c).Any(d => analysis.Relations[d] == "nmod:poss" && IsTarget(analysis, d, targetWords)));
        return reported || named ? verb : null;
    }

    /// <summary>
    /// Who aims a jab at the target: the owner ("his swipe at T") or the subject of the verb that has it ("threw several
    /// jabs at T", "took a swipe at T"); "at T" may hang on the noun or on the verb.
    /// </summary>
    private static List<int> Jabbers(SentenceAnalysis analysis, int noun, IReadOnlySet<string> targetWords)
    {
        bool AtTarget(int head) => analysis.Dependents(head).Any(d => analysis.Relations[d] is "nmod" or "obl" && HasCase(analysis, d, "at") && IsTargetOrItsOwn(analysis, d, targetWords));
        var owners = analysis.Dependents(noun).Where(d => analysis.Relations[d] == "nmod:poss").ToList();
        var verb = analysis.Heads[noun] - 1;
        var aimed = verb >= 0 && analysis.Relations[noun] == "obj" && analysis.Upos[verb] == "VERB" && !IsNegated(analysis, verb) && !IsProspective(analysis, verb);
        if (!(AtTarget(noun) || aimed && AtTarget(verb)))
        {
            return [];
        }

        return owners.Count > 0 ? owners : aimed ? SubjectsOf(analysis, verb).ToList() : [];
    }

    /// <summary>
    /// Who gives the target a stance the target gets: "T had received the support of A", "T won the backing of B", "T
    /// drew criticism from C", "T came under fire from D", "T's report was met with scathing criticism from E" (the target
    /// named, a pronoun the answers wrote as its name, or what is its own; not "a former T aide"). Opposition comes
    /// "from" its givers only ("faced criticism of his handling" says what is criticized).
    /// </summary>
    private static List<int> Givers(SentenceAnalysis analysis, int noun, IReadOnlySet<string> targetWords, bool supporters)
    {
        var receiver = analysis.Heads[noun] - 1;
        if (receiver < 0 || IsNegated(analysis, receiver) || IsProspective(analysis, receiver))
        {
            return [];
        }

        var word = analysis.Words[receiver];
        var received = analysis.Relations[noun] == "obj" && ReceivingVerbs.Contains(word)
            || !supporters && analysis.Relations[noun] == "obl" && (HasCase(analysis, noun, "under") || HasCase(analysis, noun, "with") && MeetingVerbs.Contains(word));
        // "Maria Cino, a former Bush official who recently received key backing from A": the description set beside the
        // target's name stands for it.
        var targetGets = SubjectsOf(analysis, receiver).Any(s => analysis.Upos[s] is "PROPN" or "PRON" && IsTarget(analysis, s, targetWords)
                || analysis.Relations[s] == "appos" && analysis.Heads[s] - 1 is var named and >= 0 && analysis.Upos[named] == "PROPN" && IsTarget(analysis, named, targetWords))
            || analysis.Dependents(receiver).Any(s => analysis.Relations[s] is "nsubj" or "nsubj:pass" && analysis.Upos[s] == "NOUN"
                && !StanceCues.OwnedPeople.Contains(analysis.Words[s]) && IsTargetOrItsOwn(analysis, s, targetWords));
        if (!received || !targetGets)
        {
            return [];
        }

        var givers = analysis.Dependents(noun).Where(d => analysis.Relations[d] == "nmod" && (supporters ? OpensWith(analysis, d, "from", "of") : HasCase(analysis, d, "from")));
        // The parser may hang "from C" on the verb: "drew criticism from Republicans".
        return givers.Concat(analysis.Dependents(receiver).Where(d => analysis.Relations[d] == "obl" && d > noun && HasCase(analysis, d, "from"))).ToList();
    }

    /// <summary>
    /// Whether the verb takes a side on the target through its preposition: "tore into T", "went after T", "hit out at
    /// T", "fired back at T", "took aim at T"; "stood by T", "sided with T", "rallied behind T", "vouched for T".
    /// </summary>
    private static bool TakesSideWithPreposition(SentenceAnalysis analysis, int verb, IReadOnlySet<string> targetWords, bool supporters)
    {
        if (!StanceCues.PrepositionCues.TryGetValue(analysis.Words[verb], out var cues) || IsProspective(analysis, verb) || !char.IsLower(analysis.Words[verb][0]))
        {
            return false;
        }

        if (IsVoteNotCast(analysis, verb))
        {
            return false;
        }

        var dependents = analysis.Dependents(verb).ToList();
        return cues.Any(cue => cue.Supports == supporters
            && (cue.Beside is null || dependents.Any(d => analysis.Words[d].Equals(cue.Beside, StringComparison.OrdinalIgnoreCase)))
            && dependents.Any(d => analysis.Relations[d] is "obl" or "obj" && HasCase(analysis, d, cue.Preposition) && !HasNot(analysis, d) && IsTargetOrItsOwn(analysis, d, targetWords)
                && !analysis.Dependents(d).Any(x => analysis.Relations[x] is "nsubj" or "cop"))); // a clause ("voted for when he was a senator") is no one
    }

    // A vote not cast by anyone the sentence names: those urged to vote one way have not ("encouraged lawmakers to
    // vote against the bill", with "to vote" on the object or on the urging verb), nor has anyone in a vote spoken of
    // in general ("said voting for Labour meant higher taxes"). A vote counts only as its voter's own.
    private static bool IsVoteNotCast(SentenceAnalysis analysis, int verb) =>
        StanceCues.VoteForms.Contains(analysis.Words[verb]) && (analysis.Relations[verb] == "acl"
            || (analysis.Xpos[verb] == "VBG" && !analysis.Dependents(verb).Any(d => analysis.Relations[d] is "nsubj" or "nsubj:pass"))
            || (analysis.Relations[verb] == "xcomp" && analysis.Heads[verb] - 1 is var asking and >= 0 && analysis.Dependents(asking).Any(d => analysis.Relations[d] is "obj" or "iobj")));

    // "against" before the target: the subject of the verb it completes ("spoke out against X"), or of the verb that
    // takes a noun of taking sides ("took a stand against X"), or that noun's owner ("his campaign against X"). Verbs
    // of shielding or contest ("protect against", "played against") and a negated verb say nothing of a stance.
    private static List<int>? OpponentsAgainst(SentenceAnalysis analysis, int word, IReadOnlySet<string> targetWords)
    {
        if (!analysis.Words[word].Equals("against", StringComparison.OrdinalIgnoreCase) || analysis.Relations[word] != "case")
        {
            return null;
        }

        var target = analysis.Heads[word] - 1;
        if (target >= 0 && analysis.Relations[target] == "nmod:desc" && analysis.Heads[target] - 1 > target)
        {
            target = analysis.Heads[target] - 1; // "against Sen. Tom Smith", with "against" on the title
        }

        var head = target >= 0 ? analysis.Heads[target] - 1 : -1;
        if (head < 0 || !IsTargetOrItsOwn(analysis, target, targetWords))
        {
            return null;
        }

        if (analysis.Upos[head] == "VERB")
        {
            // Not a verb of naming: "called the case against Flynn very unfair", with "against Flynn" hung on "called".
            return ShieldingVerbs.Contains(analysis.Words[head]) || StanceCues.NamingVerbs.Contains(analysis.Words[head]) || IsNegated(analysis, head) || Undoes(analysis.Words[head])
                || IsVoteNotCast(analysis, head)
                ? [] : SubjectsOf(analysis, head).ToList();
        }

        if (analysis.Upos[head] != "NOUN" || !SideNouns.Contains(analysis.Words[head]))
        {
            return [];
        }

        var owners = analysis.Dependents(head).Where(d => analysis.Relations[d] == "nmod:poss").ToList();
        var taker = analysis.Heads[head] - 1;
        return owners.Count > 0 ? owners
            : taker >= 0 && analysis.Relations[head] == "obj" && analysis.Upos[taker] == "VERB" && !IsNegated(analysis, taker) && !Undoes(analysis.Words[taker])
                && (TakingVerbs.Contains(analysis.Words[taker]) || StanceCues.Support.Contains(analysis.Words[taker])) ? SubjectsOf(analysis, taker).ToList() : [];
    }

    // The owner of a stance noun about the target: "Trump's endorsement of Strange", "tweeted about her opposition to
    // the restaurant" (a pronoun owner is the subject of its own clause when it has one: "Fox was clear in his
    // opposition to Mr. Trump"). Not where a giving verb names the giver already, nor where the clause denies or
    // withdraws it ("withdrawn their support for Mr. Steele"), nor for a target in a place or time ("the USA's
    // challenge in Seville").
    private static List<int> Holders(SentenceAnalysis analysis, int noun, IReadOnlySet<string> targetWords)
    {
        var governor = analysis.Heads[noun] - 1;
        if (governor >= 0 && (GivingVerbs.Contains(analysis.Words[governor]) && analysis.Relations[noun] == "obj"
            || IsNegated(analysis, governor) || NegatingVerbs.Contains(analysis.Words[governor]) || WithdrawingVerbs.Contains(analysis.Words[governor])))
        {
            return [];
        }

        if (!analysis.Dependents(noun).Any(d => analysis.Relations[d] == "nmod" && IsTargetOrItsOwn(analysis, d, targetWords)
            && analysis.Dependents(d).Any(p => analysis.Relations[p] == "case" && AboutPrepositions.Contains(analysis.Words[p]))))
        {
            return [];
        }

        var holders = new List<int>();
        foreach (var owner in analysis.Dependents(noun).Where(d => analysis.Relations[d] == "nmod:poss"))
        {
            var subject = analysis.Upos[owner] == "PRON" ? ClauseSubjectAbove(analysis, noun) : -1;
            holders.Add(subject >= 0 ? subject : owner);
        }

        return holders;
    }

    // The active subject of the verb or predicate a noun completes ("Fox was clear in his opposition", "she doubled
    // down on her criticism"), or -1: not for a noun inside another ("a ban for his criticism"), nor an agent ("alarmed
    // by his embrace").
    private static int ClauseSubjectAbove(SentenceAnalysis analysis, int noun)
    {
        var head = analysis.Heads[noun] - 1;
        if (head < 0 || analysis.Relations[noun] is not ("obj" or "obl") || HasCase(analysis, noun, "by")
            || !(analysis.Upos[head] == "VERB" || analysis.Dependents(head).Any(d => analysis.Relations[d] == "cop")))
        {
            return -1;
        }

        return analysis.Dependents(head).FirstOrDefault(d => analysis.Relations[d] == "nsubj", -1);
    }

    // "block a lawsuit against X", "rejected the campaign against X": taking on the side noun is against it, not with it.
    private static bool Undoes(string verb) =>
        StanceCues.Oppose.Contains(verb) || StanceCues.OpposingVerbs.Contains(verb) || NegatingVerbs.Contains(verb) || WithdrawingVerbs.Contains(verb);

    // The subject of a cue verb; a verb coordinated with another shares its subject ("lend to Venezuela and back Maduro").
    private static IEnumerable<int> SubjectsOf(SentenceAnalysis analysis, int verb) => [.. SubjectsAbove(analysis, verb), .. JoinedIn(analysis, verb)];

    // "Issa joined other conservative lawmakers, including Michele Bachmann and Ron Paul, in opposing the law": those
    // joined in doing it do it too.
    private static IEnumerable<int> JoinedIn(SentenceAnalysis analysis, int verb)
    {
        var joining = analysis.Heads[verb] - 1;
        if (joining < 0 || analysis.Relations[verb] != "advcl" || !StanceCues.JoiningVerbs.Contains(analysis.Words[joining])
            || !analysis.Dependents(verb).Any(d => analysis.Relations[d] is "mark" or "case" && analysis.Words[d].Equals("in", StringComparison.OrdinalIgnoreCase)))
        {
            return [];
        }

        return analysis.Dependents(joining).Where(d => analysis.Relations[d] == "obj").SelectMany(o => WithMembers(analysis, o));
    }

    private static IEnumerable<int> SubjectsAbove(SentenceAnalysis analysis, int verb)
    {
        for (var v = verb; v >= 0; v = analysis.Heads[v] - 1)
        {
            // A subject the parser marked passive on a verb with no passive auxiliary is the active subject.
            var passive = analysis.Dependents(v).Any(d => analysis.Relations[d] == "aux:pass");
            var subjects = analysis.Dependents(v).Where(d => (analysis.Relations[d] == "nsubj" || analysis.Relations[d] == "nsubj:pass" && !passive) && !IsDatelinePlace(analysis, d)).ToList();

            // "a video surfaced of him mocking Sen. Grassley": the one right before a gerund, after "of", does it.
            if (subjects.Count == 0 && v > 0 && analysis.Relations[v] != "acl" && analysis.Words[v].EndsWith("ing", StringComparison.OrdinalIgnoreCase) && analysis.Upos[v - 1] is "PRON" or "PROPN"
                && analysis.Relations[v - 1] is "nmod" or "obl" && HasCase(analysis, v - 1, "of"))
            {
                return [v - 1];
            }
            var head = analysis.Heads[v] - 1;
            var infinitive = analysis.Relations[v] == "xcomp" || analysis.Relations[v] == "advcl" && HasMark(analysis, v, "to");
            if (subjects.Count == 0 && infinitive && head >= 0 && ControllerOf(analysis, head) is var controller and >= 0)
            {
                return [controller]; // "prompted Kristol to call for…": the object of the verb above does it
            }

            // "Hale was seen that October praising X": a time read as the subject stands for no one; the clause above says who.
            if (subjects.Count > 0 && head >= 0 && analysis.Relations[v] is "ccomp" or "xcomp" or "conj"
                && subjects.All(s => TimeWords.All.Contains(analysis.Words[s]) && !analysis.Dependents(s).Any(d => analysis.Relations[d] == "appos")))
            {
                continue;
            }

            if (subjects.Count > 0)
            {
                // "who have recognized him": the relative pronoun stands for the noun the clause modifies; "Earlier
                // Monday, Gov. Dan Malloy took…", read as the day with the governor in apposition: the governor.
                // A relative pronoun in a clause the parser did not attach as one ("…, led by the United States, who have
                // recognized him", read as parataxis) stands for the name just before it.
                // A "who" the parser hung on a thing ("an event with Sen. Rand Paul (R-Ky.), who offered…") is the name before it.
                return subjects.Select(s => analysis.Upos[s] == "PRON" && analysis.Relations[v] == "acl:relcl" ? AmongWhom(analysis, WhoseClause(analysis, s, analysis.Heads[v] - 1))
                    : analysis.Upos[s] == "PRON" && RelativePronouns.Contains(analysis.Words[s]) ? NominalBefore(analysis, s)
                    : TimeWords.All.Contains(analysis.Words[s]) ? analysis.Dependents(s).FirstOrDefault(d => analysis.Relations[d] == "appos", s) : s);
            }

            // A clause of the verb hung on a name ("Vicente Fox on Wednesday harshly criticized…", read with "Fox" as the
            // root) is the parser's misreading of that name as the subject.
            if (head >= 0 && (analysis.Relations[v] == "acl" || analysis.Relations[v] == "advcl" && analysis.Upos[head] == "PROPN" && analysis.Relations[head] == "root"))
            {
                // "activists supporting Maduro": the participle's noun does it; "joined a chorus of Republicans calling
                // for…": the Republicans, and whoever joined them.
                // "Brown was the first senator to call for…": the one the noun is said of.
                var members = analysis.Dependents(head).Where(d => analysis.Relations[d] == "nmod" && HasCase(analysis, d, "of") && StanceCues.Gatherings.Contains(analysis.Words[head])).ToList();
                var joiner = analysis.Relations[head] == "obj" && StanceCues.JoiningVerbs.Contains(analysis.Words[analysis.Heads[head] - 1]) ? SubjectsOf(analysis, analysis.Heads[head] - 1) : [];
                var predicated = analysis.Dependents(head).Where(d => analysis.Relations[d] == "nsubj" && analysis.Dependents(head).Any(c => analysis.Relations[c] == "cop")).ToList();

                // "The NAACP adopted a resolution condemning…", "the group launched an ad attacking…": whoever puts it out.
                var author = analysis.Relations[v] == "acl" && analysis.Relations[head] == "obj" && StanceCues.Writings.Contains(analysis.Words[head])
                    && analysis.Heads[head] - 1 is var issuer and >= 0 && analysis.Upos[issuer] == "VERB" && !IsNegated(analysis, issuer)
                    ? SubjectsOf(analysis, issuer).ToList() : [];
                // An infinitive the parser hung on the backing asked for, or on a name inside it, says what the clause above
                // wants done, and its subject does it: "he needs the backing of the people … to oust Maduro" (but in
                // "encouraged lawmakers to vote against it" the lawmakers would).
                var wanted = analysis.Relations[head] is "appos" or "conj" or "nmod" || StanceCues.Support.Contains(analysis.Words[head]);
                if (wanted && members.Count == 0 && predicated.Count == 0 && author.Count == 0 && !joiner.Any() && analysis.Relations[v] == "acl" && HasMark(analysis, v, "to"))
                {
                    var above = head;
                    while (above >= 0 && analysis.Upos[above] != "VERB")
                    {
                        above = analysis.Heads[above] - 1;
                    }

                    return above >= 0 ? SubjectsOf(analysis, above) : [];
                }

                return [.. members.Count > 0 ? members : predicated.Count > 0 ? predicated : author.Count > 0 ? author : [head], .. joiner];
            }

            // "Romney joined other Republicans in calling on Akin to…": the one who joined does it too; so does the subject
            // of a clause a participle hangs on ("Protesters gathered outside his office, calling for him to step aside",
            // "facing discipline after criticising the referee"), but not what the object is thanked, blamed or warned for
            // ("thanked fans for supporting", "warned the BBC to steer away from demonising"), nor what was not done
            // ("stopped short of calling on Akin to resign", "without naming").
            if (analysis.Relations[v] == "advcl" && head >= 0 && (analysis.Dependents(v).Any(d => analysis.Relations[d] is "mark" or "case" && analysis.Words[d].ToLowerInvariant() is "in" or "by")
                || analysis.Upos[v] == "VERB" && analysis.Words[v].EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                    && analysis.Dependents(v).All(d => analysis.Relations[d] is not ("mark" or "case") || ParticipleTimes.Contains(analysis.Words[d]))))
            {
                continue;
            }

            if (analysis.Relations[v] is not ("conj" or "xcomp") && !IsUnderAdjective(analysis, v))
            {
                break;
            }
        }

        return [];
    }

    // "WASHINGTON — President Trump made…", read with the place as a second subject: where the story was filed.
    private static bool IsDatelinePlace(SentenceAnalysis analysis, int word) =>
        word + 1 < analysis.Words.Length && analysis.Words[word + 1] is "—" or "--" or "–" && analysis.Words[word].Any(char.IsLetter)
        && Enumerable.Range(0, word + 1).All(w => analysis.Words[w].All(c => !char.IsLetter(c) || char.IsUpper(c)));

    // "his defeated opponent": the subject's own opponent or rival, not another's ("Moore's rival Luther Strange").
    private static bool IsOwnOpponent(SentenceAnalysis analysis, int noun) =>
        StanceCues.OpponentNouns.Contains(analysis.Words[noun])
        && analysis.Dependents(noun).Any(d => analysis.Relations[d] == "nmod:poss" && analysis.Upos[d] == "PRON");

    // "Google, Yahoo and Facebook are among the Web heavyweights who have joined…": what a clause says of the noun,
    // the subject said to be among them does.
    private static int AmongWhom(SentenceAnalysis analysis, int noun) =>
        analysis.Upos[noun] == "NOUN" && HasCase(analysis, noun, "among") && analysis.Dependents(noun).Any(d => analysis.Relations[d] == "cop")
            && analysis.Dependents(noun).FirstOrDefault(d => analysis.Relations[d] == "nsubj", -1) is var subject and >= 0 ? subject : noun;

    private static int WhoseClause(SentenceAnalysis analysis, int pronoun, int noun) =>
        analysis.Words[pronoun].Equals("who", StringComparison.OrdinalIgnoreCase) && analysis.Upos[noun] == "NOUN" && !NameFinder.GroupNouns.Contains(analysis.Words[noun])
            && NominalBefore(analysis, pronoun) is var before && before != pronoun
            && analysis.Entities.Any(e => e.Type == EntitySpan.Person && e.Start <= before && before < e.End && e.Start > noun) ? before : noun;

    // The noun or name ending just before a word, past a comma ("the United States, who"); the word itself when there is none.
    private static int NominalBefore(SentenceAnalysis analysis, int word)
    {
        var before = word - 1;
        // "Sen. Rand Paul (R-Ky.), who", "Rep. Bob Goodlatte, R-Va., who": past the punctuation and the party label.
        for (var depth = 0; before >= 0 && (analysis.Upos[before] == "PUNCT" || depth > 0 || NameFinder.IsPartyLabel(analysis.Words[before])); before--)
        {
            depth += analysis.Words[before] == ")" ? 1 : analysis.Words[before] == "(" ? -1 : 0;
        }

        if (before < 0 || analysis.Upos[before] is not ("NOUN" or "PROPN"))
        {
            return word;
        }

        while (analysis.Relations[before] == "flat" && analysis.Heads[before] - 1 is var head and >= 0 && head < before)
        {
            before = head;
        }

        return before;
    }

    // The object of a verb of prompting or urging; a second subject after the verb, when one stands before it, is the
    // parser's misreading of that object ("comments prompted William Kristol, editor of …, to call for…").
    private static int ControllerOf(SentenceAnalysis analysis, int verb)
    {
        var dependents = analysis.Dependents(verb).ToList();
        var obj = dependents.FirstOrDefault(d => analysis.Relations[d] is "obj" or "iobj", -1);
        if (obj >= 0)
        {
            return obj;
        }

        var subjectBefore = dependents.Any(d => d < verb && analysis.Relations[d] == "nsubj");
        return subjectBefore ? dependents.FirstOrDefault(d => d > verb && analysis.Relations[d] == "nsubj", -1) : -1;
    }

    // Word c asks the target to go: a resignation-like noun of the target that a calling verb asks for ("called for
    // Steele's resignation", "demanded his ouster"), or a going verb whose asker names the target ("urged Steele to
    // resign", "called on Steele to step down"), also by a pronoun that stands for the target ("A few of his GOP
    // colleagues urged him to resign over the accusations, which Farenthold has denied"). The calling verb is
    // returned, or null.
    private static int? IsCallToGo(SentenceAnalysis analysis, int c, IReadOnlySet<string> targetWords, Func<int, string?>? pronoun)
    {
        bool IsTheTarget(int d) => IsTarget(analysis, d, targetWords)
            || analysis.Upos[d] == "PRON" && NamedAsTarget(d, targetWords, pronoun);
        var words = analysis.Words;
        var head = analysis.Heads[c] - 1;
        if (head < 0 || !StanceCues.CallingVerbs.Contains(words[head]) || IsNegated(analysis, head))
        {
            return null;
        }

        // "Call" asks for it with "for" ("called for his ouster"); without, it names it ("has called Zelaya's ouster a coup").
        if (analysis.Upos[c] == "NOUN" && StanceCues.GoingNouns.Contains(words[c]) && analysis.Relations[c] is "obj" or "obl"
            && !(StanceCues.NamingVerbs.Contains(words[head]) && !HasCase(analysis, c, "for"))
            && analysis.Dependents(c).Any(d => analysis.Relations[d] is "nmod:poss" or "nmod" && IsTheTarget(d)))
        {
            return head;
        }

        if (analysis.Upos[c] == "VERB" && IsGoing(analysis, c) && (analysis.Relations[c] == "xcomp" || analysis.Relations[c] == "advcl" && HasMark(analysis, c, "to"))
            && (analysis.Dependents(head).Any(d => analysis.Relations[d] is "obj" or "iobj" or "obl" && IsTheTarget(d))
                || analysis.Dependents(c).Any(d => analysis.Relations[d] == "nsubj" && IsTheTarget(d)))) // "calling for Ruiz to step aside", read as Ruiz's clause
        {
            return head;
        }

        return null;
    }

    // Word c asks for a thing (a common noun: a scheme, a law, a practice) to end: a verb of ending its object after a
    // verb of calling or wanting ("urged ministers to scrap ID cards", "want to ban fox hunting", "called for 24-hour
    // drinking to be shelved", read with the thing as the passive's subject or as what is called for), or a noun of
    // ending of it that a calling verb asks for ("called for the scrapping of the toll gates", "demanded a ban on
    // hunting"). The verb of calling or wanting is returned, or null.
    private static int? IsCallToEnd(SentenceAnalysis analysis, int c, IReadOnlySet<string> targetWords)
    {
        var words = analysis.Words;
        var head = analysis.Heads[c] - 1;
        if (head < 0 || !(StanceCues.CallingVerbs.Contains(words[head]) || StanceCues.WantingVerbs.Contains(words[head])) || analysis.Upos[head] != "VERB" || IsNegated(analysis, head))
        {
            return null;
        }

        if (analysis.Upos[c] == "VERB" && StanceCues.EndingVerbs.Contains(words[c]) && !IsNegated(analysis, c)
            && (analysis.Relations[c] == "xcomp" || analysis.Relations[c] == "advcl" && HasMark(analysis, c, "to"))
            && (analysis.Dependents(c).Any(d => analysis.Relations[d] is "obj" or "nsubj:pass" && IsCommonTarget(analysis, d, targetWords))
                || analysis.Dependents(c).Any(d => analysis.Relations[d] == "aux:pass")
                    && analysis.Dependents(head).Any(d => analysis.Relations[d] is "obl" or "obj" && IsCommonTarget(analysis, d, targetWords))))
        {
            return head;
        }

        if (analysis.Upos[c] == "NOUN" && StanceCues.EndingNouns.Contains(words[c]) && analysis.Relations[c] is "obj" or "obl"
            && analysis.Dependents(c).Any(d => analysis.Relations[d] == "nmod" && (HasCase(analysis, d, "of") || HasCase(analysis, d, "on")) && IsCommonTarget(analysis, d, targetWords)))
        {
            return head;
        }

        return null;
    }

    // Word c is pressure, or calls, from someone for the one who faces them to go: whoever it comes from ("from state
    // lawmakers"), when the clause it sits in is about the target ("LePage opened the door … following pressure from
    // state lawmakers to step down").
    private static List<int> PressureToGo(SentenceAnalysis analysis, int c, IReadOnlySet<string> targetWords, Func<int, string?>? pronoun)
    {
        // "to step down" on the noun, or on the verb the noun hangs on, as the parser may read it.
        var head = analysis.Heads[c] - 1;
        if (analysis.Upos[c] != "NOUN" || !StanceCues.PressingNouns.Contains(analysis.Words[c])
            || !analysis.Dependents(c).Concat(head >= 0 ? analysis.Dependents(head).Where(d => d > c) : [])
                .Any(d => analysis.Relations[d] is "acl" or "advcl" && HasMark(analysis, d, "to") && IsGoing(analysis, d)))
        {
            return [];
        }

        // The one who faces it: a subject of the nearest verb above that has one.
        List<int> subjects = [];
        for (var w = head; w >= 0 && subjects.Count == 0; w = analysis.Heads[w] - 1)
        {
            subjects = analysis.Dependents(w).Where(d => analysis.Relations[d] is "nsubj" or "nsubj:pass").ToList();
        }

        var facesIt = subjects.Exists(s => IsTarget(analysis, s, targetWords)
            || analysis.Upos[s] == "PRON" && NamedAsTarget(s, targetWords, pronoun));
        return facesIt ? analysis.Dependents(c).Where(d => analysis.Relations[d] == "nmod" && HasCase(analysis, d, "from")).ToList() : [];
    }

    // "resign", "step down", "withdraw", "drop out", "bow out", "give up his bid".
    private static bool IsGoing(SentenceAnalysis analysis, int verb)
    {
        var next = verb + 1 < analysis.Words.Length ? analysis.Words[verb + 1].ToLowerInvariant() : string.Empty;
        return StanceCues.GoingVerbs.Contains(analysis.Words[verb])
            || (StanceCues.LeavingWithOut.Contains(analysis.Words[verb]) && next == "out")
            || (StanceCues.GivingUp.Contains(analysis.Words[verb]) && next == "up" && analysis.Dependents(verb).Any(d => analysis.Relations[d] == "obj" && StanceCues.Offices.Contains(analysis.Words[d])));
    }

    // "backed Lane in the GOP primary", "criticized him on Fox News": where or when, not whom (but "lashed out at
    // Cruz", "scoffed at the plan": whom).
    private static bool IsWhereOrWhen(SentenceAnalysis analysis, int noun) =>
        analysis.Relations[noun] == "obl" && analysis.Dependents(noun).Any(d => analysis.Relations[d] == "case" && analysis.Words[d].ToLowerInvariant() is "in" or "on" or "at" or "during" or "into" or "since" or "until");

    private static bool HasMark(SentenceAnalysis analysis, int verb, string mark) =>
        analysis.Dependents(verb).Any(d => analysis.Relations[d] == "mark" && analysis.Words[d].Equals(mark, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<int> WithConjuncts(SentenceAnalysis analysis, int head)
    {
        yield return head;
        foreach (var conj in analysis.Dependents(head).Where(d => analysis.Relations[d] == "conj"))
        {
            yield return conj;
        }
    }

    // "recognized him as Venezuela's leader": what the object is recognized as is not what the verb is about.
    private static bool IsRole(SentenceAnalysis analysis, int noun) => analysis.Relations[noun] == "obl" && HasCase(analysis, noun, "as");

    // What someone should or must do is not what they do: "persuade the Democrats that they should support his wall".
    private static bool IsNormative(SentenceAnalysis analysis, int verb) =>
        analysis.Dependents(verb).Any(d => analysis.Relations[d] == "aux" && analysis.Words[d].ToLowerInvariant() is "should" or "must" or "ought");

    private static bool IsProspective(SentenceAnalysis analysis, int verb) =>
        analysis.Dependents(verb).Any(d => analysis.Relations[d] == "aux" && Modals.Contains(analysis.Words[d]));

    // A group and whoever leads it in the sentence: "nations led by the United States" gives both.
    private static IEnumerable<int> WithLeaders(SentenceAnalysis analysis, int head)
    {
        yield return head;
        foreach (var participle in analysis.Dependents(head).Where(d => analysis.Relations[d] == "acl" && LeadingParticiples.Contains(analysis.Words[d])))
        {
            foreach (var leader in analysis.Dependents(participle).Where(d => IsAgent(analysis, d)))
            {
                yield return leader;
            }
        }
    }

    // A group and the members it names: "Several conservatives, including Glenn Beck and Bill O'Reilly" gives all three.
    private static IEnumerable<int> WithMembers(SentenceAnalysis analysis, int head)
    {
        yield return head;
        if (analysis.Upos[head] != "NOUN")
        {
            yield break;
        }

        // The members may come with what they are ("including presidential candidates Michele Bachmann and Ron Paul").
        var listed = analysis.Dependents(head).Where(d => analysis.Relations[d] == "nmod" && OpensWith(analysis, d, "including", "like"))
            .SelectMany(d => analysis.Upos[d] == "NOUN" ? analysis.Dependents(d).Where(a => analysis.Relations[a] == "appos") : [d]);
        foreach (var member in listed.Where(d => analysis.Upos[d] == "PROPN"))
        {
            foreach (var named in WithConjuncts(analysis, member))
            {
                yield return named;
            }
        }
    }

    // The noun's phrase opens with one of the prepositions, wherever the parser hung it ("from more than a dozen
    // nations" with "from" on "dozen").
    private static bool OpensWith(SentenceAnalysis analysis, int noun, params string[] prepositions)
    {
        var first = Enumerable.Range(0, noun).FirstOrDefault(w => analysis.IsWithin(w, noun) && analysis.Upos[w] != "PUNCT", noun); // past a comma before it
        return analysis.Relations[first] == "case" && prepositions.Contains(analysis.Words[first], StringComparer.OrdinalIgnoreCase);
    }

    // The preposition may hang on a title the parser put before the name as its dependent ("against Sen. Tom Smith").
    // The agent of a passive: "obl:agent", or an "obl" brought in by "by".
    private static bool IsAgent(SentenceAnalysis analysis, int word) =>
        analysis.Relations[word] == "obl:agent" || analysis.Relations[word] == "obl" && HasCase(analysis, word, "by");

    // Whether one of the verb's dependents is the verb under it a question asks about ("urged … to veto": veto).
    private static bool HasComplement(SentenceAnalysis analysis, IEnumerable<int> dependents, string complementStem) =>
        dependents.Any(d => analysis.Relations[d] is "xcomp" or "advcl" && Stemmer.Stem(analysis.Words[d].ToLowerInvariant()) == complementStem);

    /// <summary>Whether a word is a target word in the other number ("ads" for "ad", "bill" for "bills").</summary>
    public static bool IsOtherNumberOf(string word, IReadOnlySet<string> targetWords)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(targetWords);
        return targetWords.Contains(word + "s") || word.EndsWith('s') && targetWords.Contains(word[..^1]);
    }

    private static bool HasCase(SentenceAnalysis analysis, int noun, string preposition) =>
        analysis.Dependents(noun).Any(d => analysis.Relations[d] == "case" && analysis.Words[d].Equals(preposition, StringComparison.OrdinalIgnoreCase)
            || analysis.Relations[d] == "nmod:desc" && d < noun && analysis.Dependents(d).Any(t => analysis.Relations[t] == "case" && analysis.Words[t].Equals(preposition, StringComparison.OrdinalIgnoreCase)));

    // The word, or the name its flat/compound parts make with it, is the target.
    // The parts may nest: "the Religious Freedom Restoration Act" hangs "Freedom" on "Restoration".
    private static bool IsTarget(SentenceAnalysis analysis, int head, IReadOnlySet<string> targetWords) =>
        IsTargetWord(analysis.Words[head], targetWords) || IsDefiniteNumberOf(analysis, head, targetWords)
        || analysis.Dependents(head).Any(d => analysis.Relations[d] is "flat" or "compound" && IsTarget(analysis, d, targetWords));

    // "paid for the ads" said of "the ad": a common noun in the other number, with "the" (not "several agreements").
    private static bool IsDefiniteNumberOf(SentenceAnalysis analysis, int noun, IReadOnlySet<string> targetWords) =>
        analysis.Words[noun] is { Length: > 2 } word && analysis.Upos[noun] == "NOUN" && IsOtherNumberOf(word, targetWords)
        && analysis.Dependents(noun).Any(d => analysis.Relations[d] == "det" && analysis.Words[d].Equals("the", StringComparison.OrdinalIgnoreCase));

    // Whether the pronoun callback names the word as the target ("him" for "Blake Farenthold", "the governor" for "Asa
    // Hutchinson").
    private static bool NamedAsTarget(int word, IReadOnlySet<string> targetWords, Func<int, string?>? pronoun) =>
        pronoun?.Invoke(word) is { } named && Tokenizer.Words(named).Any(w => IsTargetWord(w, targetWords));

    // The word is the target, or sits in a name the recognizer drew that holds the target ("by Secretary of State
    // Hillary Clinton", which the parser hangs on "Secretary").
    private static bool IsTargetInName(SentenceAnalysis analysis, int word, IReadOnlySet<string> targetWords) =>
        IsTarget(analysis, word, targetWords)
        || analysis.Entities.Any(e => e.Start <= word && word < e.End && Enumerable.Range(e.Start, e.Length).Any(i => IsTargetWord(analysis.Words[i], targetWords)));

    // A word of the target; a hyphenated one ("Chick-fil-A") when each of its longer parts is.
    public static bool IsTargetWord(string word, IReadOnlySet<string> targetWords) =>
        targetWords.Contains(word) || Tokenizer.IsHyphenatedOf(word, targetWords.Contains, minPartLength: 2);

    // "rejected Obama's trade agenda", "criticized the senator's nomination": what belongs to the target stands for it.
    // "the construction of the mosque", "the nomination of Judge Gorsuch" stand for it too; "the invasion of Iraq" and
    // "the leader of X" do not.
    private static bool IsTargetOrItsOwn(SentenceAnalysis analysis, int head, IReadOnlySet<string> targetWords) =>
        IsTarget(analysis, head, targetWords)
        || analysis.Upos[head] == "NOUN" && analysis.Dependents(head).Any(d => analysis.Relations[d] == "appos" && analysis.Upos[d] == "PROPN" && IsTarget(analysis, d, targetWords)) // "former Clinton aide Huma Abedin"
        || analysis.Upos[head] == "NOUN" && StanceCues.PartsOf.Contains(analysis.Words[head])
            && analysis.Dependents(head).Any(d => analysis.Relations[d] == "nmod" && (HasCase(analysis, d, "in") || HasCase(analysis, d, "within")) && IsTarget(analysis, d, targetWords))
        || analysis.Upos[head] == "NOUN" && !StanceCues.OwnedPeople.Contains(analysis.Words[head]) && !BefallsTarget(analysis, head, targetWords)
            && analysis.Dependents(head).Any(d => (analysis.Relations[d] == "nmod:poss" || analysis.Relations[d] == "nmod" && HasCase(analysis, d, "of") && StanceCues.DoneForIt.Contains(analysis.Words[head]))
                && IsTarget(analysis, d, targetWords))
        // "statements made by Clinton", "the decision taken by the board": what the target did, said the other way.
        || analysis.Upos[head] == "NOUN" && StanceCues.DoneForIt.Contains(analysis.Words[head])
            && analysis.Dependents(head).Any(a => analysis.Relations[a] == "acl" && analysis.Dependents(a).Any(d => IsAgent(analysis, d) && IsTargetInName(analysis, d, targetWords)))
        // "a host of statements made by Clinton": what a quantity counts.
        || analysis.Upos[head] == "NOUN" && (StanceCues.Gatherings.Contains(analysis.Words[head]) || Quantities.Contains(analysis.Words[head]))
            && analysis.Dependents(head).Any(d => analysis.Relations[d] == "nmod" && HasCase(analysis, d, "of") && d != head && IsTargetOrItsOwn(analysis, d, targetWords))
        // "has opposed calls for a higher minimum wage": a stance on the calls for the target is one on the target.
        || analysis.Upos[head] == "NOUN" && StanceCues.PressingNouns.Contains(analysis.Words[head])
            && analysis.Dependents(head).Any(d => analysis.Relations[d] == "nmod" && HasCase(analysis, d, "for") && IsTarget(analysis, d, targetWords))
        || IsTargetsWay(analysis, head, targetWords)
        // "opposed the plans for ID cards", "back plans to introduce ID cards", "the introduction of 24-hour drinking": a
        // stance on a scheme for a thing (a common noun, not a person or a country) is one on the thing; not on a scheme
        // to do anything else with it ("criticizing plans to curtail Medicare").
        || analysis.Upos[head] == "NOUN" && StanceCues.Schemes.Contains(analysis.Words[head])
            && analysis.Dependents(head).Any(d => analysis.Relations[d] == "nmod" && (HasCase(analysis, d, "for") || HasCase(analysis, d, "of") || HasCase(analysis, d, "on")) && IsCommonTarget(analysis, d, targetWords)
                || analysis.Relations[d] == "acl" && StanceCues.BringingAbout.Contains(analysis.Words[d]) && analysis.Dependents(d).Any(o => analysis.Relations[o] == "obj" && IsCommonTarget(analysis, o, targetWords)));

    // "criticised the way Tony Blair's government operates", "the manner in which the senator handled it": the way
    // the target acts stands for it.
    private static bool IsTargetsWay(SentenceAnalysis analysis, int head, IReadOnlySet<string> targetWords) =>
        analysis.Upos[head] == "NOUN" && analysis.Words[head].ToLowerInvariant() is "way" or "manner"
        && analysis.Dependents(head).Any(c => analysis.Relations[c] is "acl:relcl" or "acl"
            && analysis.Dependents(c).Any(d => analysis.Relations[d] is "nsubj" or "nsubj:pass" && d != head && IsTargetOrItsOwn(analysis, d, targetWords)));

    private static bool IsCommonTarget(SentenceAnalysis analysis, int word, IReadOnlySet<string> targetWords) =>
        analysis.Upos[word] == "NOUN" && IsTarget(analysis, word, targetWords);

    /// <summary>
    /// Whether the parse read the sentence's cues as being about something else: a cue verb with an object or a
    /// passive subject, or a cue noun with an "of"/possessor phrase, none of which is the target ("disavowed his
    /// endorsement of Strange" asked about Trump), and no cue the tagger misread (as an adverb) right before the target.
    /// Then the surface patterns, which go by word order, are not trusted.
    /// </summary>
    public static bool ReadsCuesAboutOthers(SentenceAnalysis analysis, IReadOnlySet<string> targetWords)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(targetWords);
        var aboutOthers = false;
        for (var c = 0; c < analysis.Words.Length; c++)
        {
            var word = analysis.Words[c];
            if (!StanceCues.Support.Contains(word) && !StanceCues.Oppose.Contains(word))
            {
                continue;
            }

            if (analysis.Upos[c] is "ADV" or "ADJ" or "ADP" && char.IsLower(word[0]) && c + 1 < analysis.Words.Length && IsTarget(analysis, c + 1, targetWords))
            {
                return false; // "more nations back Guaido" with "back" read as an adverb: the parse misread the cue before the target
            }

            var arguments = analysis.Dependents(c)
                .Where(d => analysis.Upos[c] == "VERB" ? analysis.Relations[d] is "obj" or "nsubj:pass" : analysis.Upos[c] == "NOUN" && analysis.Relations[d] is "nmod" or "nmod:poss")
                .ToList();
            if (arguments.Any(d => IsTargetOrItsOwn(analysis, d, targetWords)))
            {
                return false; // the parse agrees the target is what the cue is about
            }

            aboutOthers |= arguments.Count > 0;
        }

        return aboutOthers;
    }

    // "did not back", "would not go that far to back", "refused to back", "denied backing", "was reluctant to back";
    // but "has not been shy about criticizing" criticizes.
    private static bool IsNegated(SentenceAnalysis analysis, int word)
    {
        for (var w = word; w >= 0; w = analysis.Heads[w] - 1)
        {
            var head = analysis.Heads[w] - 1;
            if (IsUnderAdjective(analysis, w))
            {
                return HasNot(analysis, head) != ReluctantAdjectives.Contains(analysis.Words[head]);
            }

            if (HasNot(analysis, w) || IsAsked(analysis, w) || IsBygone(analysis, w))
            {
                return true;
            }

            if (head >= 0 && analysis.Relations[w] is "xcomp" or "ccomp" && NegatingVerbs.Contains(analysis.Words[head]))
            {
                return true;
            }

            // "had previously said he opposed it": what someone once said is no stance they hold now.
            if (head >= 0 && analysis.Relations[w] == "ccomp" && StanceCues.SayingVerbs.Contains(analysis.Words[head])
                && analysis.Dependents(head).Any(d => analysis.Relations[d] == "advmod" && analysis.Words[d].ToLowerInvariant() is "previously" or "formerly" or "once"))
            {
                return true;
            }

            if (analysis.Relations[w] is not ("xcomp" or "conj"))
            {
                return false;
            }
        }

        return false;
    }

    // A stance given up: "the president's past opposition to gay marriage", "a former supporter", "formerly backed".
    private static bool IsBygone(SentenceAnalysis analysis, int word) =>
        analysis.Dependents(word).Any(d => analysis.Relations[d] == "amod" && BygoneAdjectives.Contains(analysis.Words[d])
            || analysis.Relations[d] == "advmod" && analysis.Words[d].Equals("formerly", StringComparison.OrdinalIgnoreCase));

    // "asked whether he backed X", "if she supports X": a question or a condition, not a stance taken.
    private static bool IsAsked(SentenceAnalysis analysis, int word) => HasMark(analysis, word, "if") || HasMark(analysis, word, "whether");

    private static bool HasNot(SentenceAnalysis analysis, int word) =>
        analysis.Dependents(word).Any(d => analysis.Relations[d] == "advmod" && analysis.Words[d].ToLowerInvariant() is "not" or "n't" or "never");

    // "quick to condemn", "shy about criticizing": a cue verb that completes an adjective said of the subject.
    private static bool IsUnderAdjective(SentenceAnalysis analysis, int verb)
    {
        var head = analysis.Heads[verb] - 1;
        return head >= 0 && analysis.Upos[head] == "ADJ" && analysis.Upos[verb] == "VERB"
            && (analysis.Relations[verb] == "xcomp"
                || (analysis.Relations[verb] is "advcl" or "csubj" && analysis.Dependents(verb).Any(d => analysis.Relations[d] == "mark" && analysis.Words[d].ToLowerInvariant() is "to" or "about" or "in")));
    }

    // The recognizer's name covering the word, else the noun phrase it heads without its determiner ("senior military figures").
    private static string NameAt(SentenceAnalysis analysis, int head)
    {
        for (var e = 0; e < analysis.Entities.Count; e++)
        {
            var entity = analysis.Entities[e];
            if (head >= entity.Start && head < entity.End)
            {
                // "Eastvale City Mayor" + "Dana Hale", the name read as set beside the office: the name.
                if (entity.Type != EntitySpan.Person && ApposedRightAfter(analysis, head, entity.End) is var apposed and >= 0)
                {
                    return NameAt(analysis, apposed);
                }

                // "U.N. Ambassador Susan Rice", read with "U.N." as the head: a body or place right before a person's
                // name only says where the person serves.
                return entity.Type != EntitySpan.Person && e + 1 < analysis.Entities.Count && analysis.Entities[e + 1] is { Type: EntitySpan.Person } person
                    && person.Start == entity.End && !EntitySpan.IsPossessiveEnding(analysis.Words[entity.End - 1])
                    ? person.Name(analysis.Words)
                    : entity.Start == 1 && OpensWithOrder(analysis, head) ? (entity with { Start = 0 }).Name(analysis.Words) : entity.Name(analysis.Words);
            }
        }

        if (analysis.Upos[head] == "PROPN")
        {
            // "the White House" (with "White" read as an adjective) is one name; a capital that only opens the sentence is not.
            var start = head;
            while (start > 0 && analysis.Heads[start - 1] - 1 == head
                && (analysis.Upos[start - 1] == "PROPN" || analysis.Upos[start - 1] == "ADJ" && start - 1 > 0 && char.IsUpper(analysis.Words[start - 1][0])))
            {
                start--;
            }

            var end = head + 1;
            while (end < analysis.Words.Length && analysis.Upos[end] == "PROPN" && analysis.Heads[end] - 1 == head && analysis.Relations[end] == "flat")
            {
                end++;
            }

            if (start == 1 && OpensWithOrder(analysis, head))
            {
                start = 0;
            }

            // "Former New York City Mayor Michael Bloomberg", read with "City" as the head and the person's name hung
            // on it: the place and office only say what the person is, the name that follows them is the answer.
            if (ApposedRightAfter(analysis, head, end) is var apposed and >= 0)
            {
                return NameAt(analysis, apposed);
            }

            foreach (var person in analysis.Entities)
            {
                if (person.Type == EntitySpan.Person && person.Start > head && person.Start <= end
                    && Enumerable.Range(person.Start, person.Length).All(w => analysis.IsWithin(w, head)))
                {
                    return person.Name(analysis.Words);
                }
            }

            // "Germany's Central Council of Jews", "the Board of Deputies of British Jews": an "of" phrase of capitalized
            // words on the name is part of it.
            while (end + 1 < analysis.Words.Length && analysis.Words[end] == "of")
            {
                var of = end;
                var inner = Enumerable.Range(of + 1, analysis.Words.Length - of - 1).FirstOrDefault(
                    d => analysis.Relations[d] == "nmod" && analysis.Heads[d] - 1 >= start && analysis.Heads[d] - 1 < of && analysis.Heads[of] - 1 == d, -1);
                if (inner < 0 || !Enumerable.Range(of + 1, inner - of).All(w => char.IsUpper(analysis.Words[w][0])))
                {
                    break;
                }

                end = inner + 1;
            }

            return UdTokenizer.Detokenize(analysis.Words, start, end);
        }

        // "A handful of other countries", "a number of senators": the quantity with the group it counts.
        if (Quantities.Contains(analysis.Words[head])
            && analysis.Dependents(head).FirstOrDefault(d => analysis.Relations[d] == "nmod" && IsGroupNoun(analysis.Words[d]), -1) is var counted and >= 0)
        {
            var first = analysis.Dependents(head).Where(d => d < head && analysis.Relations[d] is "det" or "amod" or "nummod" or "advmod").DefaultIfEmpty(head).Min();
            return UdTokenizer.Detokenize(analysis.Words, first, counted + 1);
        }

        // A common noun answers only as a group of people or countries ("nations", "figures", "a federal grand jury"),
        // with its modifiers, or by the name set beside it ("Former GOP presidential nominee Mitt Romney", read as the
        // noun with the name in apposition).
        if (!IsGroupNoun(analysis.Words[head]))
        {
            var named = analysis.Dependents(head).FirstOrDefault(d => analysis.Relations[d] == "appos" && analysis.Upos[d] == "PROPN", -1);
            return named >= 0 ? NameAt(analysis, named) : string.Empty;
        }

        // "Members of Congress", "leaders of the House Intelligence Committee", "families in the United States": the body
        // or place they belong to names them.
        // ("The leaders of the Senate intelligence committee": a body a proper noun names.)
        var body = analysis.Dependents(head).FirstOrDefault(d => d > head && analysis.Relations[d] == "nmod" && (HasCase(analysis, d, "of") || HasCase(analysis, d, "in"))
            && (analysis.Upos[d] == "PROPN" || analysis.Upos[d] == "NOUN" && analysis.Dependents(d).Any(c => analysis.Relations[c] == "compound" && analysis.Upos[c] == "PROPN"))
            && Enumerable.Range(head + 1, d - head).All(w => w == d || analysis.IsWithin(w, d)), -1);
        return UdTokenizer.Detokenize(analysis.Words, GroupStart(analysis, head), body >= 0 ? body + 1 : head + 1);
    }

    // "Make America Awesome PAC paid for the ads", read as an order whose clause the name is the subject of: the
    // sentence's first word is the name's, not a verb of its own before its subject.
    private static bool OpensWithOrder(SentenceAnalysis analysis, int head) =>
        analysis.Upos[0] == "VERB" && analysis.Relations[0] == "root" && char.IsUpper(analysis.Words[0][0])
        && analysis.Relations[head] == "nsubj" && analysis.Heads[head] > 0 && analysis.Heads[analysis.Heads[head] - 1] == 1;

    // A name the parser set beside the head's, starting right where the head's ends (no comma between): the head's
    // words are the office or place of the one it names. -1 when there is none.
    private static int ApposedRightAfter(SentenceAnalysis analysis, int head, int end) =>
        end < analysis.Words.Length && analysis.Heads[end] - 1 == head && analysis.Relations[end] == "appos" && analysis.Upos[end] == "PROPN" ? end : -1;

    // Where a group's phrase starts: its modifiers with all their words ("more than twenty mostly European
    // governments", not "European governments"), without a determiner or possessor of the whole.
    private static int GroupStart(SentenceAnalysis analysis, int head)
    {
        var start = head;
        foreach (var modifier in analysis.Dependents(head).Where(d => d < head && analysis.Relations[d] is "amod" or "compound" or "nummod").OrderByDescending(d => d))
        {
            var first = modifier;
            while (first > 0 && analysis.IsWithin(first - 1, modifier))
            {
                first--;
            }

            while (first < modifier && analysis.Relations[first] is "case" or "punct" or "cc" or "mark" && !IsAtLeast(analysis, first))
            {
                first++; // "from more than a dozen": the preposition the parser hung on the number is not the group's
            }

            if (!Enumerable.Range(first, start - first).All(w => analysis.IsWithin(w, head)))
            {
                break;
            }

            start = first;
        }

        return start;
    }

    private static bool IsAtLeast(SentenceAnalysis analysis, int word) =>
        analysis.Words[word].Equals("at", StringComparison.OrdinalIgnoreCase) && word + 1 < analysis.Words.Length && analysis.Words[word + 1].ToLowerInvariant() is "least" or "most";

    [GeneratedRegex(@"^(?<party>[A-Z][\p{L}.&]*(?:-[A-Z][\p{L}.&]*)*)-(?:backed|supported|sponsored|endorsed|funded)$", RegexOptions.CultureInvariant)]
    private static partial Regex BackedWord();
}
