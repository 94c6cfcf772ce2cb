using System.Diagnostics;
using BriefingBot.Core.Language;
using BriefingBot.Core.Language.Corpus;

namespace BriefingBot.Benchmarks;

/// <summary>
/// Loading the embedded tagger and parser, then tagging and parsing the EWT test split on one thread
/// after a warm-up pass (the same work the answer pipeline does per sentence).
/// </summary>
internal static class LanguageModelBenchmark
{
    public static int Run(string nlpDir)
    {
        var testFile = Path.Combine(nlpDir, "ud-english-ewt", "en_ewt-ud-test.conllu");
        if (!File.Exists(testFile))
        {
            Console.Error.WriteLine($"missing {testFile}");
            return 1;
        }

        List<ConlluSentence> test;
        using (var reader = File.OpenText(testFile))
        {
            test = Conllu.Read(reader).ToList();
        }

        var load = Stopwatch.StartNew();
        var models = LanguageModels.Default;
        load.Stop();
        Console.WriteLine($"machine: {BenchHost.Machine()}");
        Console.WriteLine($"model load (tagger + parser, embedded): {load.ElapsedMilliseconds} ms");

        foreach (var sentence in test)
        {
            models.AnalyzeSyntax(sentence.Forms()); // warm-up: JIT to optimized code
        }

        for (var run = 1; run <= 3; run++)
        {
            long tokens = 0;
            var watch = Stopwatch.StartNew();
            foreach (var sentence in test)
            {
                tokens += models.AnalyzeSyntax(sentence.Forms()).Words.Length; // the target is for tagging and parsing
            }

            Console.WriteLine($"run {run}: {tokens:N0} tokens in {watch.Elapsed.TotalSeconds:0.00} s = {tokens / watch.Elapsed.TotalSeconds:N0} tokens/s (tag + parse, one thread)");
        }

        return 0;
    }
}
