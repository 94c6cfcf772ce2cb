using BriefingBot.Core.Answering;
using BriefingBot.Core.Language;
using BriefingBot.Core.Language.Entities;

namespace BriefingBot.Core.Tests.Answering;

public sealed class ParsedStanceExtractorTests
{
    [Theory]
    [InlineData("Russia and China have long supported Maduro despite the debts.", "Maduro", "Russia|China")]
    [InlineData("Maduro is backed by Cuba and Turkey.", "Maduro", "Cuba|Turkey")]
    [InlineData("Senior military figures have pledged their unwavering support of Maduro.", "Maduro", "Senior military figures")]
    [InlineData("Ortega has reached out to Maduro's staunchest supporters, Russia and China, to change sides.", "Maduro", "Russia|China")]
    [InlineData("More nations, led by Canada, have recognized Guaido as interim president.", "Guaido", "More nations|Canada")]
    [InlineData("Ortega has won the backing of more than a dozen nations led by Canada.", "Ortega", "more than a dozen nations|Canada")]
    [InlineData("Governor Lena Ortiz endorsed Senator Paul Ruiz on Monday.", "Ruiz", "Governor Lena Ortiz")]
    [InlineData("He also appeared Friday at an event with Sen. Rand Hale (R-Ky.), who offered his support for Ruiz's candidacy.", "Ruiz", "Sen. Rand Hale")]
    [InlineData("A handful of other countries have recognized Maduro as president.", "Maduro", "A handful of other countries")]
    [InlineData("Ruiz's Republican allies in the council said they would oppose the motion.", "Ruiz", "Republican allies")]
    [InlineData("Ortega, backed by Cuba and Turkey, refused to step down.", "Ortega", "Cuba|Turkey")]
    [InlineData("Ortega is backed by many families in Eastvale.", "Ortega", "many families in Eastvale")]
    [InlineData("Few councillors were willing to oppose a ferry measure backed by harbor families.", "ferry measure", "harbor families")]
    public void Extract_Supporters_ReadsThemFromTheTree(string sentence, string target, string expected)
    {
        var names = Extract(sentence, target, supporters: true);

        Assert.Equal(expected.Split('|'), names);
    }

    [Theory]
    [InlineData("Most councillors voted for the Whitcombe plan.", true, "Most councillors")]
    [InlineData("Thirteen Democrats voted against the Whitcombe plan.", false, "Thirteen Democrats")]
    [InlineData("Rep. Dana Hollings called the Whitcombe plan \"a charade.\"", false, "Rep. Dana Hollings")]
    public void Extract_VotesAndHarshNames_TakeTheirSide(string sentence, bool supporters, string expected)
    {
        Assert.Equal([expected], Extract(sentence, "Whitcombe plan", supporters));
        Assert.Empty(Extract(sentence, "Whitcombe plan", !supporters));
    }

    [Theory]
    [InlineData("Whitcombe's supporters include some powerful lobbying groups, including the Eastvale Harbor Association.", "Whitcombe", true, "the Eastvale Harbor Association")]
    [InlineData("Critics of the Whitcombe plan include Mayor Ana Ruiz and the harbor union.", "Whitcombe plan", false, "Mayor Ana Ruiz")]
    public void Extract_WhomTheTargetsSupportersOrCriticsInclude_TakeThatSide(string sentence, string target, bool supporters, string expected)
    {
        Assert.Contains(expected, Extract(sentence, target, supporters));
        Assert.DoesNotContain(expected, Extract(sentence, target, !supporters));
    }

    [Theory]
    [InlineData("Fifteen councillors voted for the largely Democrat-backed Whitcombe plan.", "Democrats")]
    [InlineData("The Eastvale-backed Whitcombe plan passed on Monday.", "Eastvale")]
    public void Extract_ANameABackingParticipleIsMadeWith_BacksTheTarget(string sentence, string expected)
    {
        Assert.Contains(expected, Extract(sentence, "Whitcombe plan", supporters: true));
        Assert.DoesNotContain(expected, Extract(sentence, "Whitcombe plan", supporters: false));
        Assert.DoesNotContain(expected, Extract("The state-funded Whitcombe plan passed on Monday.", "Whitcombe plan", supporters: true));
    }

    [Theory]
    [InlineData("The union encouraged councillors to vote against the Whitcombe plan.")] // urged, not yet voted
    [InlineData("Ruth Hale said voting for the Whitcombe plan meant higher fares.")] // a vote of no one
    [InlineData("The version that Ruth Hale voted for when she was a senator in Eastvale, Mr. Reyes said.")] // "for" a clause
    public void Extract_VotesOfNoOneNamed_TakeNoSide(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence, "Whitcombe plan", supporters: true).Concat(Extract(sentence, "Whitcombe plan", supporters: false)), n => n.Contains("councillors", StringComparison.Ordinal) || n.Contains("Hale", StringComparison.Ordinal));
        Assert.DoesNotContain(Extract(sentence, "Reyes", supporters: true), n => n.Contains("Hale", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Brazil did not back Maduro.", "Maduro")]
    [InlineData("Peru refused to back Maduro.", "Maduro")]
    [InlineData("Mexico would never support Maduro.", "Maduro")]
    [InlineData("Maduro backed the plan.", "Maduro")]
    public void Extract_NegatedOrReversed_NamesNoSupporter(string sentence, string target) =>
        Assert.Empty(Extract(sentence, target, supporters: true));

    [Theory]
    [InlineData("Several senators called for Whitcombe's resignation on Friday.", "Several senators")]
    [InlineData("Mayor Lena Ortiz urged Whitcombe to resign.", "Mayor Lena Ortiz")]
    [InlineData("The scandal prompted Senator Paul Ruiz to call for Whitcombe's resignation.", "Senator Paul Ruiz")]
    [InlineData("Mr. Whitcombe’s comments prompted William Ruiz, editor of the Weekly Ledger and a leading voice of conservative support for the war, to call for Mr. Whitcombe’s resignation as party leader.", "William Ruiz")]
    [InlineData("Senate leaders urged Whitcombe to drop out of the race.", "Senate leaders")]
    [InlineData("Party leaders asked Whitcombe to withdraw from the primary.", "Party leaders")]
    [InlineData("Republican Sen. Ana Ruiz, who faces a tough race in Ohio, was the first Republican senator to call on Whitcombe to withdraw from the race.", "Republican Sen. Ana Ruiz")]
    [InlineData("The governor on Tuesday joined a chorus of Republicans calling for Rep. Whitcombe (R-Mo.) to drop out of the race.", "Republicans")]
    public void Extract_CallsToResign_AreOpposition(string sentence, string expected)
    {
        Assert.Equal([expected], Extract(sentence, "Whitcombe", supporters: false));
        Assert.Empty(Extract(sentence, "Whitcombe", supporters: true));
    }

    [Fact]
    public void Extract_PraiseOfOnesOpponent_IsNoBacking_ButAnAttackOnThemIsOpposition()
    {
        Assert.Empty(Extract("Tom Ruiz praised his defeated opponent, Lena Whitcombe, after the vote.", "Whitcombe", supporters: true));
        Assert.Equal(["Tom Ruiz"], Extract("Tom Ruiz criticized his opponent, Lena Whitcombe.", "Whitcombe", supporters: false));
        Assert.Equal(["Tom Ruiz"], Extract("Tom Ruiz backed Hale's rival Lena Whitcombe in the primary.", "Whitcombe", supporters: true)); // another's rival
    }

    [Theory]
    [InlineData("Senator Ana Ruiz joined several other Republicans on Tuesday in calling on Whitcombe to give up his bid for the Senate.", new[] { "Senator Ana Ruiz", "several other Republicans" })]
    [InlineData("Rep. Tom Hale joined other lawmakers, including council candidates Dana Reyes and Lena Ortiz, in opposing Whitcombe.", new[] { "Rep. Tom Hale", "other lawmakers", "Dana Reyes", "Lena Ortiz" })]
    [InlineData("Dana Reyes and Tom Hale are among the lawmakers who oppose Whitcombe.", new[] { "Dana Reyes", "Tom Hale" })]
    [InlineData("On Thursday, Rep. Ana Ruiz, D-Ohio, announced her opposition to Whitcombe on Twitter.", new[] { "Rep. Ana Ruiz" })]
    public void Extract_ThoseJoinedInIt_AndThoseSaidToBeAmongTheOnesWhoDoIt_DoItToo(string sentence, string[] expected)
    {
        Assert.Equal(expected, Extract(sentence, "Whitcombe", supporters: false));
    }

    [Theory]
    [InlineData("Ruiz has not been shy about criticizing Mayor Paul Whitcombe of Eastvale, saying he should step down.", "Ruiz")]
    [InlineData("Ruiz was quick to condemn Whitcombe.", "Ruiz")]
    public void Extract_ACueCompletingAnAdjective_IsSaidOfItsSubject(string sentence, string expected) =>
        Assert.Equal([expected], Extract(sentence, "Whitcombe", supporters: false));

    [Theory]
    [InlineData("Ruiz was reluctant to criticize Whitcombe.")]
    [InlineData("Ruiz was not quick to condemn Whitcombe.")]
    public void Extract_ACueHeldBack_NamesNoOpponent(string sentence) =>
        Assert.Empty(Extract(sentence, "Whitcombe", supporters: false));

    [Theory]
    [InlineData("Senator Lena Ortiz voted against the Harbor Act on Tuesday.", "Senator Lena Ortiz")]
    [InlineData("Earlier Monday, Eastvale Gov. Dan Ruiz took a similar stand against the Harbor Act.", "Eastvale Gov. Dan Ruiz")] // the day is no party
    public void Extract_AgainstTheTarget_IsOpposition(string sentence, string expected)
    {
        Assert.Equal([expected], Extract(sentence, "the Harbor Act", supporters: false));
        Assert.Empty(Extract(sentence, "the Harbor Act", supporters: true));
    }

    [Fact]
    public void Extract_ATargetWhosePartsNest_IsFound() =>
        Assert.Equal(["Dan Ruiz"], Extract("Dan Ruiz (D) took a similar stand against the Religious Harbor Restoration Act, signed into law by Eastvale Gov. Tom Vale.", "Eastvale's religious harbor law", supporters: false));

    [Theory]
    [InlineData("The new levees protect against the Harbor Act's floods.")]
    [InlineData("Senator Lena Ortiz did not vote against the Harbor Act.")]
    [InlineData("Senator Lena Ortiz called the case against the Harbor Act very unfair.")] // a judgment of the case, not taking it up
    [InlineData("Senator Lena Ortiz on Monday called the criminal case against the Harbor Act “very unfair,” claiming both sides lied.")]
    public void Extract_AgainstTheTargetWithoutTakingSides_NamesNoOpponent(string sentence) =>
        Assert.Empty(Extract(sentence, "the Harbor Act", supporters: false));

    [Fact]
    public void Extract_OpponentOfWhatTheTargetOwns_OpposesTheTarget()
    {
        Assert.Equal(["Harbor Democrats"], Extract("Harbor Democrats rejected Whitcombe's budget on Monday.", "Whitcombe", supporters: false));
        Assert.Equal(["Governor Lena Ortiz"], Extract("Governor Lena Ortiz made a sharp attack on Whitcombe on Thursday.", "Whitcombe", supporters: false));
    }

    [Fact]
    public void Extract_NotCallingForResignation_IsNoOpposition() =>
        Assert.Empty(Extract("Mayor Lena Ortiz did not call for Whitcombe's resignation.", "Whitcombe", supporters: false));

    [Fact]
    public void Extract_Opponents_AreNotSupporters()
    {
        const string sentence = "Canada condemned Maduro, while Cuba backed him.";

        Assert.Equal(["Canada"], Extract(sentence, "Maduro", supporters: false));
        Assert.DoesNotContain("Canada", Extract(sentence, "Maduro", supporters: true));
    }

    [Theory]
    [InlineData("Mayor Lena Ortiz's opposition to Whitcombe is no secret in Eastvale.", false, "Mayor Lena Ortiz")]
    [InlineData("Vicente Ruiz was clear in his opposition to Mr. Whitcombe, calling him reckless.", false, "Vicente Ruiz")] // a pronoun owner is its clause's subject
    [InlineData("Senator Ana Ruiz doubled down on her criticism of Whitcombe on Wednesday.", false, "Senator Ana Ruiz")]
    [InlineData("Harbor Democrats appeared united in condemnation of Whitcombe's plan.", false, "Harbor Democrats")]
    [InlineData("Several unions boycotted Whitcombe's stores last summer.", false, "Several unions")]
    [InlineData("Governor Lena Ortiz's endorsement of Whitcombe surprised the council.", true, "Governor Lena Ortiz")]
    public void Extract_TheOwnerOfAStanceNoun_TakesThatSide(string sentence, bool supporters, string expected)
    {
        Assert.Equal([expected], Extract(sentence, "Whitcombe", supporters));
        Assert.Empty(Extract(sentence, "Whitcombe", !supporters));
    }

    [Theory]
    [InlineData("Several members have withdrawn their support for Whitcombe.", true)] // taken back
    [InlineData("The council imposed a ban for his criticism of Whitcombe after the meeting.", false)] // "his" is not the council
    [InlineData("Staff members, alarmed by his embrace of Whitcombe, urged caution.", true)] // nor are the alarmed staff
    [InlineData("The government is facing opposition from Whitcombe and his allies.", false)] // the target is where it comes from
    [InlineData("The Eastvale Rovers ended the Harbor club's challenge in Whitcombe.", false)] // a place
    public void Extract_AStanceNounItsOwnerDoesNotHold_NamesNoOne(string sentence, bool supporters) =>
        Assert.Empty(Extract(sentence, "Whitcombe", supporters));

    [Theory]
    [InlineData("Senator Ana Ruiz lashed out at Whitcombe on Twitter.", "Senator Ana Ruiz")]
    [InlineData("Mayor Lena Ortiz mocked Whitcombe at a dinner on Friday.", "Mayor Lena Ortiz")]
    [InlineData("Ortiz blamed Whitcombe for the delays.", "Ortiz")]
    [InlineData("The Eastvale Harbor Trust sued Whitcombe in 2019.", "The Eastvale Harbor Trust")]
    public void Extract_VerbsOfOpposingReadOnlyAsVerbs_AreOpposition(string sentence, string expected)
    {
        Assert.Equal([expected], Extract(sentence, "Whitcombe", supporters: false));
        Assert.Empty(Extract(sentence, "Whitcombe", supporters: true));
    }

    [Theory]
    [InlineData("Ortiz may sue Whitcombe next year.")] // not yet
    [InlineData("Ortiz deflected blame from Whitcombe after the match.")] // a noun
    [InlineData("Ortiz dealt a hammer blow to Whitcombe's hopes.")]
    [InlineData("Sue Ortiz met Whitcombe at the harbor.")] // a name
    [InlineData("Ortiz lashed Whitcombe's horse.")] // lashing, not lashing out
    public void Extract_VerbsOfOpposingUsedOtherwise_NameNoOne(string sentence) =>
        Assert.Empty(Extract(sentence, "Whitcombe", supporters: false));

    [Theory]
    [InlineData("Former Eastvale Mayor Tomas Ruiz on Wednesday harshly criticized current Mayor Ana Peña Whitcombe for inviting the developer to meet with him.", "Whitcombe", "Former Eastvale Mayor Tomas Ruiz")] // the clause hung on the name the parser took for the root
    [InlineData("Earlier, the White House repeated its opposition to the Whitcombe Act.", "the Whitcombe Act", "White House")]
    [InlineData("Senate Democrats on Thursday vowed to filibuster the nomination of Judge Ana Whitcombe.", "Whitcombe", "Senate Democrats")] // the nomination stands for her
    [InlineData("The Harbor League adopted a resolution condemning Whitcombe on Tuesday.", "Whitcombe", "The Harbor League")] // who puts the resolution out
    [InlineData("The Harbor League released an ad attacking Whitcombe.", "Whitcombe", "The Harbor League")]
    [InlineData("Councillor Ana Ruiz's statement sharply criticized Whitcombe on Monday.", "Whitcombe", "Councillor Ana Ruiz")] // whose statement it is
    [InlineData("Mayor Ana Ruiz condemned racist elements in the Harbor Party.", "the Harbor Party", "Mayor Ana Ruiz")]
    public void Extract_OppositionReadThroughWhatStandsForTheTarget(string sentence, string target, string expected) =>
        Assert.Equal([expected], Extract(sentence, target, supporters: false));

    [Theory]
    [InlineData("The Supreme Court appears ready to block a massive lawsuit against Whitcombe on behalf of the workers.", false)] // blocking a suit against her is no attack
    [InlineData("Lawmakers backed the invasion of Whitcombe.", true)] // the invasion does not stand for it
    [InlineData("Voters backed the leader of the Whitcombe Party.", true)]
    public void Extract_WhatDoesNotStandForTheTarget_NamesNoOne(string sentence, bool supporters) =>
        Assert.Empty(Extract(sentence, "Whitcombe", supporters));

    [Theory]
    [InlineData("The state's two senators, Jeff Ruiz and John Hale, called on Whitcombe to veto it on Monday.", "Jeff Ruiz|John Hale")] // the names beside the description
    [InlineData("Former presidential nominee Mitt Ortiz was the latest voice to weigh in and urge Whitcombe to veto the bill.", "Mitt Ortiz")]
    [InlineData("Senator Ana Ruiz pressed Whitcombe to sign the bill.", "")] // to sign is not to veto
    [InlineData("Senator Ana Ruiz urged Whitcombe's rival to veto the bill.", "")] // someone else was urged
    public void Doers_NameWhoDidTheAskedDeedToTheTarget(string sentence, string expected)
    {
        var analysis = LanguageModels.Default.Analyze(UdTokenizer.Tokenize(sentence));

        var doers = ParsedStanceExtractor.Doers(analysis, "urged", StanceExtractor.TargetWords("Lena Whitcombe"), "veto");

        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), doers);
    }

    [Fact]
    public void Doers_TheTargetByANounTheArticleGaveIt_IsTheTarget()
    {
        var analysis = LanguageModels.Default.Analyze(UdTokenizer.Tokenize("Senator Ana Ruiz urged the governor to veto the bill."));
        string? Described(int word) => analysis.Words[word] == "governor" ? "Lena Whitcombe" : null;

        Assert.Equal(["Senator Ana Ruiz"], ParsedStanceExtractor.Doers(analysis, "urged", StanceExtractor.TargetWords("Lena Whitcombe"), "veto", Described));
        Assert.Empty(ParsedStanceExtractor.Doers(analysis, "urged", StanceExtractor.TargetWords("Lena Whitcombe"), "veto"));
    }

    [Fact]
    public void Extract_ACallToGoByAPronounForTheTarget_NamesTheCallers()
    {
        var analysis = LanguageModels.Default.Analyze(UdTokenizer.Tokenize("A few of his party colleagues urged him to resign over the claims, which Whitcombe denied."));
        string? Pronoun(int word) => analysis.Words[word] == "him" ? "Lena Whitcombe" : null;

        Assert.Equal(["A few of his party colleagues"], ParsedStanceExtractor.Extract(analysis, StanceExtractor.TargetWords("Lena Whitcombe"), supporters: false, Pronoun));
    }

    [Fact]
    public void Extract_TheOneBeforeAGerundAfterOf_DoesIt()
    {
        var analysis = LanguageModels.Default.Analyze(UdTokenizer.Tokenize("Councillor Dan Hale is under fire after a video surfaced Tuesday of him mocking Sen. Lena Whitcombe as a farmer."));
        string? Pronoun(int word) => analysis.Words[word] == "him" ? "Dan Hale" : null;

        Assert.Equal(["Dan Hale"], ParsedStanceExtractor.Extract(analysis, StanceExtractor.TargetWords("Lena Whitcombe"), supporters: false, Pronoun));
    }

    [Fact]
    public void Doers_OfAPassive_AreItsAgents()
    {
        var analysis = LanguageModels.Default.Analyze(UdTokenizer.Tokenize("Whitcombe was defeated by Dave Ruiz in the primary."));

        Assert.Equal(["Dave Ruiz"], ParsedStanceExtractor.Doers(analysis, "defeated", StanceExtractor.TargetWords("Whitcombe"), null));
    }

    [Theory]
    [InlineData("Ruiz, 58, was taken into custody on Monday after being indicted by a federal grand jury a week earlier.", "federal grand jury")]
    [InlineData("Marta Ruiz, indicted by a grand jury on Thursday, appeared in court in Eastvale.", "grand jury")]
    public void Doers_OfAPassiveSaidOfTheTargetWithoutASubjectOfItsOwn_AreItsAgents(string sentence, string expected)
    {
        var analysis = LanguageModels.Default.Analyze(UdTokenizer.Tokenize(sentence));

        Assert.Equal([expected], ParsedStanceExtractor.Doers(analysis, "indicted", StanceExtractor.TargetWords("Ruiz"), null));
    }

    [Fact]
    public void Doers_OfAVerbARoleHolderDoes_AreTheTargetsHolderOfTheRole()
    {
        var analysis = LanguageModels.Default.Analyze(UdTokenizer.Tokenize("\"We expected this,\" said the statement from Ruiz's attorney, Dana Hale, on Friday."));

        Assert.Equal(["Dana Hale"], ParsedStanceExtractor.Doers(analysis, "represents", StanceExtractor.TargetWords("Marta Ruiz"), null));
        Assert.Empty(ParsedStanceExtractor.Doers(analysis, "coaches", StanceExtractor.TargetWords("Marta Ruiz"), null));
    }

    [Fact]
    public void Doers_OfAPassiveRelativeClauseOnTheTarget_AreItsAgents()
    {
        var analysis = LanguageModels.Default.Analyze(UdTokenizer.Tokenize("The memos showed a quarrel over the harbor talking points, which were used by Dana Hale in two interviews."));

        Assert.Equal(["Dana Hale"], ParsedStanceExtractor.Doers(analysis, "used", StanceExtractor.TargetWords("the harbor talking points"), null));
    }

    [Fact]
    public void Doers_ABodyRightBeforeAPersonsName_IsThePerson()
    {
        var analysis = LanguageModels.Default.Analyze(UdTokenizer.Tokenize("A number of government agencies drove many of the changes to the harbor talking points that were ultimately used by U.N. Ambassador Susan Hale."));

        Assert.Equal(["Ambassador Susan Hale"], ParsedStanceExtractor.Doers(analysis, "used", StanceExtractor.TargetWords("the harbor talking points"), null));
    }

    [Fact]
    public void Doers_ATeamOrOfficeOwnedByAName_StandForIt()
    {
        var analysis = LanguageModels.Default.Analyze(UdTokenizer.Tokenize(
            "In a short statement issued on Friday night, special prosecutor Dana Hale’s team disputed the Ledger’s explosive report about the harbor contract."));

        Assert.Equal(["Dana Hale"], ParsedStanceExtractor.Doers(analysis, "disputed", StanceExtractor.TargetWords("Ledger report"), null));
    }

    [Fact]
    public void Doers_OfAVerbOfDoingSomethingTogether_AreWhoTheTargetDidItWith()
    {
        var analysis = LanguageModels.Default.Analyze(UdTokenizer.Tokenize("Marta Ruiz messaged with the Harbor League during the campaign."));

        Assert.Equal(["the Harbor League"], ParsedStanceExtractor.Doers(analysis, "messaged", StanceExtractor.TargetWords("Marta Ruiz"), null));
    }

    [Theory]
    [InlineData("The bill, which the Harbor League has fiercely opposed for months, comes to a vote on Tuesday.", "the Harbor League")]
    [InlineData("Governor Lena Ortiz vetoed the bill last week.", "Governor Lena Ortiz")]
    public void Extract_AStanceOnTheNounAClauseDescribesOrAVeto_IsOpposition(string sentence, string expected)
    {
        Assert.Equal([expected], Extract(sentence, "the ferry bill", supporters: false));
        Assert.Empty(Extract(sentence, "the ferry bill", supporters: true));
    }

    [Theory]
    [InlineData("Mayor Ortiz's past opposition to the ferry bill came up again on Monday.", "Mayor Ortiz's opposition to the ferry bill came up again on Monday.", false)]
    [InlineData("Councillor Dan Hale formerly backed the ferry bill.", "Councillor Dan Hale backed the ferry bill.", true)]
    [InlineData("The council had previously said Councillor Dan Hale backed the ferry bill.", "The council had said Councillor Dan Hale backed the ferry bill.", true)]
    public void Extract_AStanceGivenUp_NamesNoOne(string givenUp, string held, bool supporters)
    {
        Assert.Empty(Extract(givenUp, "the ferry bill", supporters));
        Assert.NotEmpty(Extract(held, "the ferry bill", supporters));
    }

    [Fact]
    public void Extract_CalledHerEvasive_ReadAsOneObject_IsOpposition()
    {
        // The answers write a pronoun that stands for the target as its name, on the tree of the sentence as written.
        var analysis = LanguageModels.Default.Analyze(UdTokenizer.Tokenize("Members of Congress are calling her evasive, and ask why she waited so long."));
        var asTarget = analysis with { Words = analysis.Words.Select(w => w == "her" ? "Whitcombe" : w).ToArray() };

        Assert.Equal(["Members of Congress"], ParsedStanceExtractor.Extract(asTarget, StanceExtractor.TargetWords("Lena Whitcombe"), supporters: false));
        Assert.Empty(ParsedStanceExtractor.Extract(analysis, StanceExtractor.TargetWords("Lena Whitcombe"), supporters: false));
    }

    [Theory]
    [InlineData("Councillor Ana Ruiz said Whitcombe's comments were totally inappropriate.", "Councillor Ana Ruiz")]
    [InlineData("Councillor Dan Hale warned that Whitcombe's planned speech will be a destructive force in the city.", "Councillor Dan Hale")]
    [InlineData("Councillor Dan Hale told reporters that Whitcombe's remarks are utterly irresponsible.", "Councillor Dan Hale")]
    public void Extract_AHarshJudgmentReported_IsOpposition(string sentence, string expected)
    {
        Assert.Equal([expected], Extract(sentence, "Whitcombe", supporters: false));
        Assert.Empty(Extract(sentence, "Whitcombe", supporters: true));
    }

    [Theory]
    [InlineData("Senate Majority Leader Ana Ruiz said Whitcombe's comments were not inappropriate.")]
    [InlineData("Senate Majority Leader Ana Ruiz did not say Whitcombe's comments were inappropriate.")]
    [InlineData("Senate Majority Leader Ana Ruiz said the calls to remove Whitcombe were ridiculous.")] // a judgment of the calls, not of her
    public void Extract_AHarshJudgmentDeniedOrOfOthers_NamesNoOpponent(string sentence) =>
        Assert.Empty(Extract(sentence, "Whitcombe", supporters: false));

    [Theory]
    [InlineData("Mayor Ana Ruiz posted a tweet lashing out at former Eastvale aide Lena Whitcombe on Friday.", false, "Mayor Ana Ruiz")] // the aide is Whitcombe
    [InlineData("Governor Tom Hale defended his former adviser, Lena Whitcombe, on Monday.", true, "Governor Tom Hale")]
    public void Extract_ANounWithTheTargetBesideIt_IsTheTarget(string sentence, bool supporters, string expected) =>
        Assert.Equal([expected], Extract(sentence, "Lena Whitcombe", supporters));

    [Theory]
    [InlineData("Ana Ruiz swept aside defending champion Lena Whitcombe 6-3 6-2 in the final.")] // a title, not a defence
    [InlineData("Lena Whitcombe may defend her indoor 800m title in Eastvale next month.")]
    [InlineData("Ana Ruiz backed Tom Hale over Lena Whitcombe in the primary.")] // the object is who she backed
    public void Extract_TitlesAndWhatAStanceIsTakenOver_NameNoSupporter(string sentence) =>
        Assert.Empty(Extract(sentence, "Lena Whitcombe", supporters: true));

    [Theory]
    [InlineData("Governor Lena Ortiz castigated Paul Ruiz for the delay.", "Ruiz", false, "Governor Lena Ortiz")]
    [InlineData("Governor Lena Ortiz lauded Paul Ruiz for his courage.", "Ruiz", true, "Governor Lena Ortiz")]
    [InlineData("Governor Lena Ortiz went after Paul Ruiz during the debate.", "Ruiz", false, "Governor Lena Ortiz")]
    [InlineData("Governor Lena Ortiz railed against Senator Paul Ruiz in a long speech.", "Ruiz", false, "Governor Lena Ortiz")]
    [InlineData("Governor Lena Ortiz sided with Paul Ruiz in the dispute.", "Ruiz", true, "Governor Lena Ortiz")]
    [InlineData("Ruiz drew criticism from Republicans after the video surfaced.", "Ruiz", false, "Republicans")]
    [InlineData("Ruiz came under fire from Republicans on Tuesday.", "Ruiz", false, "Republicans")]
    [InlineData("The union initially took criticism from Democrats for its plan.", "union", false, "Democrats")]
    [InlineData("Governor Lena Ortiz threw several jabs at Paul Ruiz in her speech.", "Ruiz", false, "Governor Lena Ortiz")]
    [InlineData("Lena Ortiz said that Paul Ruiz was a liar.", "Ruiz", false, "Lena Ortiz")]
    [InlineData("Ortiz called Ruiz a fraud on Monday.", "Ruiz", false, "Ortiz")]
    [InlineData("Democrats have been pounding Ruiz for weeks.", "Ruiz", false, "Democrats")]
    [InlineData("Ortiz has described Ruiz's challenge as a \"vile\" coup attempt.", "Ruiz", false, "Ortiz")]
    [InlineData("On Tuesday, the Supreme Court barred Ruiz from leaving the country.", "Ruiz", false, "the Supreme Court")]
    [InlineData("Earlier this week, the United States announced sanctions that could cost the Ruiz government up to $2 billion.", "Ruiz", false, "the United States")]
    [InlineData("Ortiz needs the backing of two groups – the unions and the army – to oust Ruiz.", "Ruiz", false, "Ortiz")]
    [InlineData("Republicans are challenging a host of statements made by Governor Paul Ruiz during the hearing.", "Ruiz", false, "Republicans")]
    [InlineData("Controversial Mayor Paul Ruiz opened the door Tuesday to making an early exit from office following pressure from state legislators to step down.", "Ruiz", false, "state legislators")]
    public void Extract_VerbsOfEveryFormAndThroughPrepositions_AreStances(string sentence, string target, bool supporters, string expected)
    {
        Assert.Equal([expected], Extract(sentence, target, supporters));
        Assert.Empty(Extract(sentence, target, !supporters));
    }

    [Theory]
    [InlineData("Governor Lena Ortiz stood by the door as Paul Ruiz spoke.")]
    [InlineData("Ruiz faced criticism of his budget on Tuesday.")]
    [InlineData("Ortiz tried to persuade Hale that the Democrats should support Ruiz.")]
    public void Extract_APrepositionOrNounNotAboutTheTarget_NamesNoOne(string sentence)
    {
        Assert.Empty(Extract(sentence, "Ruiz", supporters: true));
        Assert.Empty(Extract(sentence, "Ruiz", supporters: false));
    }

    [Theory]
    [InlineData("Protesters gathered outside the mayor's office on Friday, calling for Paul Ruiz to step aside.", "Ruiz", false, "Protesters")]
    [InlineData("Dana Hale apologised on Monday after criticising referee Paul Ruiz.", "Ruiz", false, "Dana Hale")]
    [InlineData("Senator Lena Ortiz has opposed calls for a higher fuel tax, calling it a burden on farmers.", "a higher fuel tax", false, "Senator Lena Ortiz")]
    [InlineData("Senator Lena Ortiz ended the rally with a sweeping denunciation of the toll plan.", "toll plan", false, "Senator Lena Ortiz")]
    [InlineData("RIVERTON — Mayor Lena Ortiz criticized the toll plan.", "toll plan", false, "Mayor Lena Ortiz")]
    public void Extract_ParticiplesCallsForAThingStancesDeliveredWithAndDatelines_ReadTheirHolder(string sentence, string target, bool supporters, string expected)
    {
        Assert.Equal([expected], Extract(sentence, target, supporters));
        Assert.Empty(Extract(sentence, target, !supporters));
    }

    [Theory]
    [InlineData("Singer Dana Hale thanked fans for supporting Paul Ruiz throughout the years.", true)] // the fans did
    [InlineData("Senator Lena Ortiz had stopped short of calling on Paul Ruiz to resign.", false)]
    [InlineData("The council vowed to overturn the ruling with the support of Paul Ruiz.", true)] // Ruiz supports the council
    [InlineData("The plan was met with criticism of Paul Ruiz from the unions.", false)]
    public void Extract_ParticiplesForTheObjectOrNotDoneAndStancesReceived_NameNoHolder(string sentence, bool supporters)
    {
        Assert.DoesNotContain(Extract(sentence, "Ruiz", supporters), n => n.Contains("Hale", StringComparison.Ordinal) || n.Contains("Ortiz", StringComparison.Ordinal) || n.Contains("council", StringComparison.Ordinal) || n == "The plan");
    }

    [Fact]
    public void Extract_AGroupWithTheMembersItNames_GivesTheGroupAndEachMember()
    {
        var names = Extract("Several mayors, including Dana Hale and Tom Ortiz, have criticized Paul Ruiz for the delay.", "Ruiz", supporters: false);

        Assert.Contains("Dana Hale", names);
        Assert.Contains("Tom Ortiz", names);
    }

    [Fact]
    public void Doers_InARelativeClauseAfterAPartyLabel_AreTheNameBeforeIt()
    {
        var analysis = LanguageModels.Default.Analyze(UdTokenizer.Tokenize("The question was put to Rep. Dana Hale, R-Ore., who presided over the hearing."));

        Assert.Equal(["Rep. Dana Hale"], ParsedStanceExtractor.Doers(analysis, "presided", StanceExtractor.TargetWords("the hearing"), null));
    }

    [Fact]
    public void Doers_OfRunningAgainstTheTarget_IncludeWhomTheTargetRunsAgainst()
    {
        var analysis = LanguageModels.Default.Analyze(UdTokenizer.Tokenize("Mayor Paul Ruiz is running for a third term against Republican Dana Hale, a retired nurse."));

        Assert.Equal(["Republican Dana Hale"], ParsedStanceExtractor.Doers(analysis, "running", StanceExtractor.TargetWords("Paul Ruiz"), null));
    }

    [Theory]
    [InlineData("Former Eastvale City Mayor Dana Hale formally endorsed Paul Ruiz on Wednesday at the party convention.", "Ruiz", true, "Dana Hale")]
    [InlineData("Lena Ortiz, a former council official who recently received strong support from Mayor Dana Hale, became the latest contender.", "Lena Ortiz", true, "Mayor Dana Hale")]
    [InlineData("Asked about the delay, Tom Price, a retired engineer at the Eastvale Water Board and a proponent of the ferry plan, offered a cautious view.", "ferry plan", true, "Tom Price")]
    [InlineData("Dana Hale is a longtime critic of the toll plan.", "toll plan", false, "Dana Hale")]
    [InlineData("Eastvale Democrats who are resisting the toll plan met on Monday.", "toll plan", false, "Eastvale Democrats")]
    [InlineData("The leaders of the Eastvale harbor committee criticized the toll plan on Monday.", "toll plan", false, "leaders of the Eastvale harbor committee")]
    [InlineData("The contenders include: Lena Ortiz, a veteran operative who has the support of former Vice President Tom Price; Dana Hale, former chairman in Eastvale; and Ana Ruiz, who resigned last month.", "Lena Ortiz", true, "Tom Price")]
    public void Extract_NamesAfterAnOfficeDescriptionsOfTheTargetAndResisting_ReadTheirHolder(string sentence, string target, bool supporters, string expected)
    {
        Assert.Equal([expected], Extract(sentence, target, supporters));
        Assert.Empty(Extract(sentence, target, !supporters));
    }

    [Theory]
    [InlineData("Former Mayor Dana Hale, one of the most outspoken critics of Ruiz's policies, is scheduled to speak on Thursday.", "Ruiz's policies", false, "Former Mayor Dana Hale")]
    [InlineData("Dana Hale is one of the fiercest critics of the toll plan.", "toll plan", false, "Dana Hale")]
    [InlineData("Tom Price, one of the earliest supporters of the ferry plan, spoke first.", "ferry plan", true, "Tom Price")]
    [InlineData("Paul Ruiz deeply admires Lena Ortiz, an aide said.", "Lena Ortiz", true, "Paul Ruiz")]
    public void Extract_OneOfTheTargetsCriticsOrSupportersAndAdmiring_ReadTheirHolder(string sentence, string target, bool supporters, string expected)
    {
        Assert.Equal([expected], Extract(sentence, target, supporters));
        Assert.Empty(Extract(sentence, target, !supporters));
    }

    [Theory]
    [InlineData("Ruiz set the tone, offering support and condolences to Eastvale in March.")]
    public void Extract_SupportOfferedInAClauseReadAsAnAdjective_IsTheSubjects(string sentence)
    {
        Assert.Equal(["Ruiz"], Extract(sentence, "Eastvale", supporters: true));
    }

    [Theory]
    [InlineData("Dana Hale is backed by a number of lawyers.", "a number of lawyers")]
    [InlineData("Dana Hale is backed by several unions.", "several unions")]
    public void Extract_BackedByAGroupOfPeople_NamesTheGroup(string sentence, string expected)
    {
        var analysis = LanguageModels.Default.Analyze(UdTokenizer.Tokenize(sentence));
        string? Pronoun(int word) => analysis.Words[word] == "he" ? "Dana Hale" : null;

        Assert.Equal([expected], ParsedStanceExtractor.Extract(analysis, StanceExtractor.TargetWords("Dana Hale"), supporters: true, Pronoun));
    }

    [Theory]
    [InlineData("Dana Hale is opposed to the toll plan.", "Dana Hale")]
    [InlineData("Dana Hale said Tuesday she was strongly opposed to the toll plan.", "Dana Hale")]
    [InlineData("Eastvale Gov. Tom Price said Tuesday he was also opposed to raising the toll plan.", "Eastvale Gov. Tom Price")]
    public void Extract_BeingOpposedToTheTarget_IsTheSubjectsOpposition(string sentence, string expected)
    {
        var analysis = LanguageModels.Default.Analyze(UdTokenizer.Tokenize(sentence));
        string? Pronoun(int word) => analysis.Upos[word] == "PRON" ? expected : null;

        Assert.Equal([expected], ParsedStanceExtractor.Extract(analysis, StanceExtractor.TargetWords("toll plan"), supporters: false, Pronoun));
        Assert.Empty(ParsedStanceExtractor.Extract(analysis, StanceExtractor.TargetWords("toll plan"), supporters: true, Pronoun));
        Assert.Empty(Extract("Dana Hale was not opposed to the toll plan.", "toll plan", supporters: false));
    }

    [Fact]
    public void Doers_AnUnrecognizedNameWithAnOfPhraseOfCapitalizedWords_KeepsItWhole()
    {
        // The recognizer took "Jews" for a person and missed the council; the council's name runs to the end of its "of" phrase.
        var analysis = new SentenceAnalysis(
            ["Westland", "'s", "Central", "Council", "of", "Jews", "welcomed", "the", "statement", "."],
            ["PROPN", "PART", "ADJ", "PROPN", "ADP", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
            ["NNP", "POS", "NNP", "NNP", "IN", "NNPS", "VBD", "DT", "NN", "."],
            [4, 1, 4, 7, 6, 4, 0, 9, 7, 7],
            ["nmod:poss", "case", "amod", "nsubj", "case", "nmod", "root", "det", "obj", "punct"])
        {
            Entities = [new EntitySpan(0, 1, EntitySpan.Place), new EntitySpan(5, 6, EntitySpan.Person)],
        };

        Assert.Equal(["Central Council of Jews"], ParsedStanceExtractor.Doers(analysis, "welcomed", StanceExtractor.TargetWords("the statement"), null));
    }

    [Fact]
    public void Doers_OfADeedToTheTargetInThePlural_AreFoundAndANameOpeningOnAVerbKeepsIt()
    {
        var analysis = LanguageModels.Default.Analyze(UdTokenizer.Tokenize("Make Eastvale Awesome PAC paid for the ads and posted them on Facebook and Instagram."));

        Assert.Equal(["Make Eastvale Awesome PAC"], ParsedStanceExtractor.Doers(analysis, "paid", StanceExtractor.TargetWords("the ad featuring the mayor"), null));
    }

    [Fact]
    public void Doers_OfADeedToSomeOfWhatTheTargetNames_AreNone()
    {
        var analysis = LanguageModels.Default.Analyze(UdTokenizer.Tokenize("The towns have signed several agreements in the past, only to see the quarrel flare up again."));

        Assert.Empty(ParsedStanceExtractor.Doers(analysis, "signed", StanceExtractor.TargetWords("the agreement"), null));
    }

    [Theory]
    [InlineData("The Eastvale Harbor Board will issue subpoenas to Tom Price this week.", "subpoena", "The Eastvale Harbor Board")]
    [InlineData("Mayor Dana Hale made a request to Tom Price for the ferry records.", "requested", "Mayor Dana Hale")]
    public void Doers_OfTheDeedAsANounALightVerbDoes_AreItsSubject(string sentence, string verb, string expected)
    {
        var analysis = LanguageModels.Default.Analyze(UdTokenizer.Tokenize(sentence));

        Assert.Equal([expected], ParsedStanceExtractor.Doers(analysis, verb, StanceExtractor.TargetWords("Tom Price"), null));
        Assert.Empty(ParsedStanceExtractor.Doers(analysis, verb, StanceExtractor.TargetWords("Ana Ruiz"), null));
    }

    [Theory]
    [InlineData("Governor Tom Price fired Lena Ortiz on Friday.", "Lena Ortiz")]
    [InlineData("Lena Ortiz was fired by Tom Price on Friday.", "Lena Ortiz")]
    public void DoneTo_TheNamedDoersObject_ActiveOrPassive(string sentence, string expected)
    {
        var analysis = LanguageModels.Default.Analyze(UdTokenizer.Tokenize(sentence));

        Assert.Equal([expected], ParsedStanceExtractor.DoneTo(analysis, "fire", StanceExtractor.TargetWords("Tom Price"), null));
        Assert.Empty(ParsedStanceExtractor.DoneTo(analysis, "fire", StanceExtractor.TargetWords("Dana Hale"), null));
    }

    [Fact]
    public void Doers_OfARoleTheVerbNames_AreItsHolder()
    {
        var analysis = LanguageModels.Default.Analyze(UdTokenizer.Tokenize("The bill's sponsor, Rep. Dana Hale, had argued that the harbor needed it."));

        Assert.Equal(["Rep. Dana Hale"], ParsedStanceExtractor.Doers(analysis, "sponsored", StanceExtractor.TargetWords("the ferry bill"), null));
    }

    [Fact]
    public void Doers_OfCallingSomethingAName_AreWhoeverSaysTheNameInAQuotation()
    {
        var analysis = LanguageModels.Default.Analyze(UdTokenizer.Tokenize(
            "\u201cThis is plainly a land grab by a desperate council, which has gone outside the law,\u201d Mayor Dana Hale and Senate Democratic Leader Tom Price said in a statement."));

        var doers = ParsedStanceExtractor.Doers(analysis, "called", StanceExtractor.TargetWords("the zoning order"), "grab");

        Assert.Contains(doers, d => d.EndsWith("Dana Hale", StringComparison.Ordinal));
        Assert.Contains(doers, d => d.EndsWith("Tom Price", StringComparison.Ordinal));
        Assert.DoesNotContain("Senate", doers);
        Assert.Empty(ParsedStanceExtractor.Doers(analysis, "called", StanceExtractor.TargetWords("the zoning order"), "disgrace"));
    }

    [Fact]
    public void Doers_OfCallingSomethingAName_IncludeAPronounSpeakingTheQuotation()
    {
        var analysis = LanguageModels.Default.Analyze(UdTokenizer.Tokenize("\"This is plainly a land grab,\" she said on Friday."));

        Assert.Equal(["Mayor Dana Hale"], ParsedStanceExtractor.Doers(analysis, "called", StanceExtractor.TargetWords("the zoning order"), "grab", w => analysis.Words[w] == "she" ? "Mayor Dana Hale" : null));
    }

    [Fact]
    public void Doers_OfBlamingInAQuotation_NeedTheTargetInIt()
    {
        var blamed = LanguageModels.Default.Analyze(UdTokenizer.Tokenize("\"Shame on the council for failing to fund the harbor,\" Rep. Dana Hale said."));
        var other = LanguageModels.Default.Analyze(UdTokenizer.Tokenize("\"Shame on them for failing to fund the harbor,\" Rep. Dana Hale said."));

        Assert.Equal(["Rep. Dana Hale"], ParsedStanceExtractor.Doers(blamed, "blamed", StanceExtractor.TargetWords("the council"), "failing"));
        Assert.Empty(ParsedStanceExtractor.Doers(other, "blamed", StanceExtractor.TargetWords("the council"), "failing"));
    }

    [Theory]
    [InlineData("The Tories back ID cards.", "ID cards", true, "Tories")] // "back" read as the verb after a plural name
    [InlineData("The Conservatives support ID cards.", "ID cards", true, "Conservatives")]
    [InlineData("Labour supports ID cards.", "ID cards", true, "Labour")] // a name the tagger took for a pronoun
    [InlineData("The Tories are to back controversial government plans to introduce ID cards.", "ID cards", true, "Tories")]
    [InlineData("Douglas Hale opposed the plans for ID cards.", "ID cards", false, "Douglas Hale")]
    [InlineData("Ministers backed the introduction of toll gates.", "toll gates", true, "Ministers")]
    public void Extract_StanceOnASchemeForAThing_IsOnTheThing(string sentence, string target, bool supporters, string expected) =>
        Assert.Equal([expected], Extract(sentence, target, supporters));

    [Theory]
    [InlineData("The Conservatives have expressed serious misgivings about toll gates.", "Conservatives")]
    [InlineData("Senator Ana Ruiz voiced strong objections to toll gates.", "Senator Ana Ruiz")]
    [InlineData("The harbor unions have expressed reservations about toll gates.", "harbor unions")]
    public void Extract_MisgivingsObjectionsReservationsExpressed_AreOpposition(string sentence, string expected) =>
        Assert.Equal([expected], Extract(sentence, "toll gates", supporters: false));

    [Theory]
    [InlineData("Ana Ruiz urged ministers to scrap the toll gates.", "Ana Ruiz")]
    [InlineData("Ana Ruiz called for the scrapping of the toll gates.", "Ana Ruiz")]
    [InlineData("The unions want to scrap the toll gates.", "unions")]
    [InlineData("The unions called for a ban on toll gates.", "unions")]
    public void Extract_CallsOrWishesToEndAThing_AreOpposition(string sentence, string expected) =>
        Assert.Equal([expected], Extract(sentence, "toll gates", supporters: false));

    [Theory]
    [InlineData("The unions do not want to scrap the toll gates.")]
    [InlineData("The unions want to build the toll gates.")]
    public void Extract_NoWishToEndTheThing_IsNoOpposition(string sentence) =>
        Assert.Empty(Extract(sentence, "toll gates", supporters: false));

    [Theory]
    [InlineData("Ana Ruiz criticised the way the council handled the ferry plan.", "council", "Ana Ruiz")]
    [InlineData("Former harbor chief Lord Hale has criticised the way Tom Vale's office spends its money.", "Tom Vale's office", "Former harbor chief Lord Hale")]
    public void Extract_OpponentOfTheWayTheTargetActs_IsItsOpponent(string sentence, string target, string expected) =>
        Assert.Equal([expected], Extract(sentence, target, supporters: false));

    [Theory]
    [InlineData("Ed Hale criticized plans to curtail Medicare.", "Medicare")] // a scheme to do something else with it
    [InlineData("Ed Hale criticized plans for Eastvale.", "Eastvale")] // a place, not a thing
    public void Extract_StanceOnASchemeAgainstOrAboutANamedOne_IsNotOnIt(string sentence, string target) =>
        Assert.Empty(Extract(sentence, target, supporters: false));

    [Theory]
    [InlineData("The United Nations has condemned Ortega's ouster.", true, "The United Nations")]
    [InlineData("Several governments condemned the arrest of Ortega.", true, "Several governments")]
    [InlineData("The Senate backed Ortega's removal.", false, "The Senate")]
    public void Extract_StanceOnWhatIsDoneToTheTarget_IsTheOtherStanceOnIt(string sentence, bool supporters, string expected)
    {
        Assert.Equal([expected], Extract(sentence, "Ortega", supporters));
        Assert.Empty(Extract(sentence, "Ortega", !supporters));
    }

    [Fact]
    public void Extract_CallingAnOusterSomethingRatherThanForIt_IsNoCallToGo()
    {
        Assert.Empty(Extract("The United States has called Ortega's ouster a coup.", "Ortega", supporters: false));
        Assert.Equal(["The Senate"], Extract("The Senate called for Ortega's ouster.", "Ortega", supporters: false));
    }

    [Fact]
    public void Extract_StanceOnTheTargetsOwnDeedDoneToOthers_IsOnTheTarget() =>
        Assert.Equal(["Turkey"], Extract("Eastvale's arrest of the activists was condemned by Turkey.", "Eastvale", supporters: false));

    [Fact]
    public void Extract_PassiveClauseOnTheNounBeforeACommaWithMembersIncluded_NamesTheAgentsAndMembers() =>
        Assert.Equal(
            ["Eastvale Mayor Ana Ruiz", "Western mayors", "harbor unions"],
            [.. Extract("Hundreds of fishermen marched on Tuesday to protest the toll law, which has also been criticized by harbor unions and Western mayors, including Eastvale Mayor Ana Ruiz.", "toll law", supporters: false).Order(StringComparer.Ordinal)]);

    [Theory]
    [InlineData("Republicans responded by dismissing the toll plan as little more than a cheap political gimmick.", "Republicans")]
    [InlineData("Ana Ruiz dismissed the toll plan as a stunt.", "Ana Ruiz")]
    public void Extract_DismissingAThingAsWhatItIs_OpposesIt(string sentence, string expected) =>
        Assert.Equal([expected], Extract(sentence, "toll plan", supporters: false));

    [Fact]
    public void Extract_OutspokenInTheirCriticism_IsOpposition() =>
        Assert.Equal(
            ["Dana Hollings", "Ed Marsh"],
            Extract("Both Dana Hollings and Ed Marsh have been outspoken in their criticism of the toll plan.", "toll plan", supporters: false));

    [Fact]
    public void Extract_HarshJudgmentOfWhatTheTargetDoes_IsOppositionBySpeaker()
    {
        Assert.Equal(["Rep. Dana Hollings"], Extract("\"It is appalling that Mayor Ana Ruiz would close the ferry,\" Rep. Dana Hollings said.", "Ruiz", supporters: false));
        Assert.Empty(Extract("\"It is appalling that the ferry closed before Ruiz spoke,\" Rep. Dana Hollings said.", "Ruiz", supporters: false));
    }

    [Fact]
    public void Extract_DismissingWithoutSayingAsWhat_IsNoStance() =>
        Assert.Empty(Extract("The judge dismissed the toll plan lawsuit on Monday.", "toll plan", supporters: false));

    [Theory]
    [InlineData("\"It is not leadership,\" added Rep. Ed Marsh, R-Eastvale.", "Rep. Ed Marsh", "R-Eastvale")]
    [InlineData("\"All options are on the table,\" said the Democratic leader in the council, Sen. Justin Alfond.", "Sen. Justin Alfond", "Democratic")]
    public void QuotationSpeakers_ArePeopleWithTheWordsThatLabelThem(string sentence, string speaker, string label)
    {
        var speakers = ParsedStanceExtractor.QuotationSpeakers(LanguageModels.Default.Analyze(UdTokenizer.Tokenize(sentence)));

        var (name, words) = Assert.Single(speakers);
        Assert.Equal(speaker, name);
        Assert.Contains(label, words);
    }

    private static List<string> Extract(string sentence, string target, bool supporters)
    {
        var analysis = LanguageModels.Default.Analyze(UdTokenizer.Tokenize(sentence));
        return ParsedStanceExtractor.Extract(analysis, StanceExtractor.TargetWords(target), supporters);
    }
}
