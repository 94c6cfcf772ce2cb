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
