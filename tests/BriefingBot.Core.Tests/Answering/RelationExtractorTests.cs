using BriefingBot.Core.Answering;
using BriefingBot.Core.Stories;
using Moq;

namespace BriefingBot.Core.Tests.Answering;

public sealed class RelationExtractorTests
{
    private readonly RelationExtractor extractor = new();

    [Fact]
    public void Extract_EachNameOfACueSentenceIsATarget_AndEachSideIsRead()
    {
        IReadOnlyList<string> sentences =
        [
            "Talks resumed in Oslo on Monday.",
            "Russia and China back Maduro.",
            "The United States recognized Guaido as interim president.",
            "Senator Ana Vale condemned Maduro.",
            "Canada backed that view on Tuesday.",
        ];

        var relations = extractor.Extract(sentences).Select(r => (r.Position, r.Party, r.Supports, r.Target)).ToList();

        Assert.Contains((1, "Russia", true, "Maduro"), relations);
        Assert.Contains((1, "China", true, "Maduro"), relations);
        Assert.Contains(relations, r => r is (2, _, true, "Guaido") && r.Party.EndsWith("United States", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (3, _, false, "Maduro") && r.Party.EndsWith("Ana Vale", StringComparison.Ordinal));
        Assert.DoesNotContain(relations, r => r.Position == 0); // no cue: never parsed
        Assert.DoesNotContain(relations, r => r.Target == "Tuesday");
        Assert.DoesNotContain(relations, r => r.Party == "Russia" && r.Target == "Guaido");
        Assert.DoesNotContain(relations, r => r.Target.Contains("Vale", StringComparison.Ordinal) || r.Party == r.Target);
    }

    [Fact]
    public void Extract_SurnameOpeningASentence_IsTheNameTheArticleGaveInFull()
    {
        var relations = extractor.Extract(
        [
            "Rep. Dana Hollings spoke at the Eastvale harbor on Monday.",
            "Hollings also criticized Mayor Tom Marcher over the ferry tolls.",
        ]);

        Assert.Contains(relations, r => r is { Position: 1, Party: "Hollings", Supports: false } && r.Target.EndsWith("Marcher", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_AWishToEndAThingOfAName_IsOppositionToIt()
    {
        var relations = extractor.Extract(["\"Ruth Hale wants to ditch the Whitcombe report on ferry fares,\" he said."]);

        Assert.Contains(relations, r => r is { Party: "Ruth Hale", Supports: false, Target: "Whitcombe" });
    }

    [Theory]
    [InlineData("Vale's supporters said her record is what the city needs now, going up against Governor Tom Hale and a hostile council.")] // the supporters are not named
    [InlineData("Instead, it was seen that October praising Mayor Ana Vale for her leadership.")] // a month is no party
    [InlineData("Reporters asked whether Senator Tom Hale backed Vale.")] // a question, not a stance
    [InlineData("Senate Majority Leader Mitch Hale, R-Ky., who backed Vale's rival Luther Lane in the GOP primary, said he must step aside.")] // nor a party's label
    [InlineData("Tom Hale grabbed the arm of a student who asked if he supported the Vale agenda.")]
    public void Extract_NoPartyTheSentenceDoesNotName_IsASupporter(string sentence)
    {
        var relations = extractor.Extract([sentence]);

        // Hale backing Vale's rival Luther Lane is his stance on Lane; none of these sentences says who backs Vale.
        Assert.DoesNotContain(relations, r => r.Supports && r.Target.Contains("Vale", StringComparison.Ordinal));
        Assert.DoesNotContain(relations, r => r.Party == "October" || r.Party.StartsWith("R-", StringComparison.Ordinal) || r.Party.Contains("council", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_APartyCalledByTheNounTheArticleGaveIt_IsNamed()
    {
        var relations = extractor.Extract(
        [
            "President Ana Vale met Deputy Mayor Tom Hale in Eastvale on Monday.",
            "The next day, the president sharply criticized Governor Lena Ortiz.",
            "The deputy mayor also criticized Ortiz.",
        ]);

        Assert.Contains(relations, r => r.Party == "Ana Vale" && !r.Supports && r.Target.EndsWith("Lena Ortiz", StringComparison.Ordinal));
        Assert.DoesNotContain(relations, r => r.Position == 2); // a deputy mayor is not "the mayor" the article named
    }

    [Fact]
    public void Extract_SupportForACallToBoycott_IsNoSupportOfTheTarget()
    {
        var relations = extractor.Extract(["This prompted calls to boycott Vale Foods that were supported by the mayors of Eastvale and Northport."]);

        Assert.DoesNotContain(relations, r => r.Supports);
    }

    [Theory]
    [InlineData("But on Tuesday, Mr. Vale's Republican allies in the House, including the minority leader, Kenneth Hale, announced that they would oppose those efforts.", "Kenneth Hale", true)]
    [InlineData("One of Mr. Vale's rivals for the Republican nomination, Representative Ron Hale of Texas, scoffed at Mr. Vale on Sunday.", "Representative Ron Hale of Texas", false)]
    [InlineData("Vale's opponent in the general election for the Senate seat, Republican Pat Hale, questioned why it took so long.", "Republican Pat Hale", false)]
    [InlineData("Instead, Tom Hale was seen that October praising Mayor Ana Vale for her leadership.", "Tom Hale", true)]
    [InlineData("Packages were mailed to public figures, including former Mayor Tom Hale and Vale's 2016 opponent Ana Hale.", "Ana Hale", false)]
    public void Extract_TheTargetsPeopleNamedAfterWhatTheyAre_TakeTheirSide(string sentence, string party, bool supports) =>
        Assert.Contains(extractor.Extract([sentence]), r => r.Party == party && r.Supports == supports && r.Target.EndsWith("Vale", StringComparison.Ordinal));

    [Fact]
    public void Extract_TargetIsTheNameWithoutItsTitle_AndTheOwnerOfTheSpeakersTitleTakesNoSide()
    {
        var relations = extractor.Extract(["Lena Ortiz, Governor Hale's chief of staff, sharply criticized Prime Minister Tomas Brandt of Norland on Friday."]);

        Assert.Contains(relations, r => r is { Party: "Lena Ortiz", Supports: false, Target: "Tomas Brandt" });
        Assert.DoesNotContain(relations, r => r.Target.StartsWith("Prime", StringComparison.Ordinal) || r.Target.StartsWith("Governor", StringComparison.Ordinal));
        Assert.DoesNotContain(relations, r => r.Party.Contains("Hale", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_BackAsAnAdverbChampionAsATitleOrASupportingRole_IsNoStance()
    {
        var relations = extractor.Extract(
        [
            "Kim Collins came back to Birmingham in May.",
            "World champion Kim Collins beat Asafa Powell.",
            "Mara Quinn won best supporting actress for the Harbor Players' staging of Hamlet.",
            "Tom Ide was praised for his supporting role in Riverside Nights.",
        ]);

        Assert.Empty(relations);
    }

    [Fact]
    public async Task ReadPendingAsync_ReadsEveryBatchAndStoresWhatItFound_CopiesReadAsNothingNew()
    {
        var store = new Mock<IStoryStore>();
        store.SetupSequence(s => s.GetArticlesToReadAsync(It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new ArticleToRead("a-1", ["Russia and China back Maduro."], false), new ArticleToRead("a-2", ["Russia and China back Maduro."], true)])
            .ReturnsAsync([new ArticleToRead("a-3", ["It rained in Oslo."], false)])
            .ReturnsAsync([]);
        var saved = new List<(string ArticleId, IReadOnlyList<StanceRelation> Relations)>();
        store.Setup(s => s.SaveRelationsAsync(It.IsAny<IReadOnlyList<(string, IReadOnlyList<StanceRelation>)>>(), It.IsAny<CancellationToken>()))
            .Callback<IReadOnlyList<(string ArticleId, IReadOnlyList<StanceRelation> Relations)>, CancellationToken>((read, _) => saved.AddRange(read))
            .Returns(Task.CompletedTask);

        var reading = await new RelationReader(store.Object, extractor).ReadPendingAsync(CancellationToken.None);

        Assert.Equal(["a-1", "a-2", "a-3"], saved.Select(s => s.ArticleId));
        Assert.Equal(["China", "Russia"], saved[0].Relations.Select(r => r.Party).Order());
        Assert.Empty(saved[1].Relations);
        Assert.Empty(saved[2].Relations);
        Assert.Equal(new RelationReading(3, 2, 0), reading);
    }
}
