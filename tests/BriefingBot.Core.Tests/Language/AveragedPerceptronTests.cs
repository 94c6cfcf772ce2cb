using BriefingBot.Core.Language.Learning;

namespace BriefingBot.Core.Tests.Language;

public sealed class AveragedPerceptronTests
{
    private static readonly (ulong[] Features, int Class)[] Examples =
    [
        ([Atom.F(1, Atom.Of("red")), Atom.F(2, Atom.Of("round"))], 0),
        ([Atom.F(1, Atom.Of("yellow")), Atom.F(2, Atom.Of("long"))], 1),
        ([Atom.F(1, Atom.Of("green")), Atom.F(2, Atom.Of("round"))], 0),
        ([Atom.F(1, Atom.Of("yellow")), Atom.F(2, Atom.Of("round"))], 2),
    ];

    private static AveragedPerceptron Trained(bool average = true, bool reversed = false)
    {
        var model = new AveragedPerceptron(3);
        var scores = new float[3];
        for (var epoch = 0; epoch < 10; epoch++)
        {
            foreach (var (features, truth) in reversed ? Examples.Reverse() : Examples)
            {
                var guess = model.Predict(features, scores);
                model.Tick();
                model.Update(features, truth, guess);
            }
        }

        if (average)
        {
            model.Average();
        }

        return model;
    }

    [Fact]
    public void Mean_ScoresAsTheMeanOfTheRunsAveragedWeights()
    {
        var (forward, backward) = (Trained(), Trained(reversed: true));
        var mean = AveragedPerceptron.Mean([Trained(average: false), Trained(average: false, reversed: true)]);
        var (a, b, m) = (new float[3], new float[3], new float[3]);

        foreach (var (features, _) in Examples)
        {
            forward.Score(features, a);
            backward.Score(features, b);
            mean.Score(features, m);
            Assert.Equal(Enumerable.Range(0, 3).Select(c => (a[c] + b[c]) / 2), m, (x, y) => Math.Abs(x - y) < 1e-5f);
        }

        Assert.NotEqual(a, b); // the order of the examples made two different models
        Assert.Throws<ArgumentException>(() => AveragedPerceptron.Mean([Trained()])); // an averaged (frozen) run has lost its history
    }

    [Fact]
    public void Train_SeparableExamples_AreLearned()
    {
        var model = Trained();
        var scores = new float[3];

        Assert.All(Examples, e => Assert.Equal(e.Class, model.Predict(e.Features, scores)));
    }

    [Fact]
    public void SaveThenLoad_GivesTheSameScores()
    {
        var model = Trained();
        using var stream = new MemoryStream();
        ModelFile.Write(stream, "test", 1, model.Save);
        stream.Position = 0;
        var loaded = ModelFile.Read(stream, "test", 1, AveragedPerceptron.Load);
        var before = new float[3];
        var after = new float[3];

        foreach (var (features, _) in Examples)
        {
            model.Score(features, before);
            loaded.Score(features, after);
            Assert.Equal(before, after);
        }

        Assert.Equal(model.Features, loaded.Features);
    }

    [Fact]
    public void Read_WrongMagic_IsRefused()
    {
        using var stream = new MemoryStream();
        ModelFile.Write(stream, "tagger", 1, Trained().Save);
        stream.Position = 0;

        Assert.Throws<InvalidDataException>(() => ModelFile.Read(stream, "parser", 1, AveragedPerceptron.Load));
    }

    [Fact]
    public void Update_AfterAveraging_IsRefused() =>
        Assert.Throws<InvalidOperationException>(() => Trained().Update([1UL], 0, 1));
}
