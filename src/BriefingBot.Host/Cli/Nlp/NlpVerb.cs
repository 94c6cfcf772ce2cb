using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using BriefingBot.Core.Language;
using BriefingBot.Core.Language.Corpus;

namespace BriefingBot.Host.Cli.Nlp;

/// <summary>
/// <c>nlp train|eval|annotate|parse</c>: train the language models from annotated corpora, score them on
/// the test splits, annotate CoNLL-U with gold tokens, and show how a sentence was read.
/// </summary>
internal static class NlpVerb
{
    public static Command Create(CliIo io)
    {
        var command = new Command("nlp", "Train, score and inspect the language models (tagger, parser).");
        command.Subcommands.Add(Train(io));
        command.Subcommands.Add(Eval(io));
        command.Subcommands.Add(Annotate(io));
        command.Subcommands.Add(Parse(io));
        return command;
    }

    private static Option<string> CorpusOption() => new("--corpus") { Description = "Folder holding ud-english-ewt/ and gum/", Required = true };

    private static Option<string?> ModelsOption() => new("--models") { Description = "Folder with tagger.bin and parser.bin (default: the models built into the bot)" };

    private static Command Train(CliIo io)
    {
        var corpus = CorpusOption();
        var output = new Option<string>("--output") { Description = "Where to write tagger.bin and parser.bin", DefaultValueFactory = _ => "src/BriefingBot.Core/Language/Models" };
        var seed = new Option<int>("--seed") { Description = "Random seed (training is deterministic for a seed)", DefaultValueFactory = _ => 1 };
        var command = new Command("train", "Train the tagger and parser from EWT train and GUM train.");
        command.Options.Add(corpus);
        command.Options.Add(output);
        command.Options.Add(seed);
        command.SetAction(async (result, ct) =>
        {
            var data = new NlpCorpus(result.GetValue(corpus)!);
            data.Validate();
            var sentences = data.Ewt("train");
            sentences.AddRange(data.Gum("train").SelectMany(d => d.Sentences));
            await io.Output.WriteLineAsync($"Training on {sentences.Count:N0} sentences ({sentences.Sum(s => s.Tokens.Count):N0} tokens)…");
            var watch = Stopwatch.StartNew();
            var (tagger, parser) = LanguageModelTrainer.Train(sentences, result.GetValue(seed), line => io.Output.WriteLine(line));
            var folder = result.GetValue(output)!;
            Directory.CreateDirectory(folder);
            var trained = new LanguageModels(tagger, parser);
            await using (var taggerFile = File.Create(Path.Combine(folder, "tagger.bin")))
            await using (var parserFile = File.Create(Path.Combine(folder, "parser.bin")))
            {
                trained.Save(taggerFile, parserFile);
            }

            await io.Output.WriteLineAsync($"Trained in {watch.Elapsed.TotalMinutes:0.0} min; wrote {folder}/tagger.bin and parser.bin.");
            var scores = Score(trained, data);
            await io.Output.WriteLineAsync(Describe(scores));
            return BriefingBotCli.Success;
        });
        return command;
    }

    private static Command Eval(CliIo io)
    {
        var corpus = CorpusOption();
        var models = ModelsOption();
        var json = new Option<bool>("--json") { Description = "One JSON object: upos, uas, las, entityF1, corefMucF1 (fractions)" };
        var command = new Command("eval", "Score the models on the EWT test split with gold tokenization.");
        command.Options.Add(corpus);
        command.Options.Add(models);
        command.Options.Add(json);
        command.SetAction(async (result, ct) =>
        {
            var data = new NlpCorpus(result.GetValue(corpus)!);
            data.Validate();
            var scores = Score(LoadModels(result.GetValue(models)), data);
            await io.Output.WriteLineAsync(result.GetValue(json) ? CliJson.Serialize(scores) : Describe(scores));
            return BriefingBotCli.Success;
        });
        return command;
    }

    private static Command Annotate(CliIo io)
    {
        var input = new Option<FileInfo>("--input") { Description = "CoNLL-U with gold tokens", Required = true };
        var output = new Option<FileInfo>("--output") { Description = "Where to write the predicted CoNLL-U", Required = true };
        var models = ModelsOption();
        var command = new Command("annotate", "Write predicted UPOS, XPOS, HEAD and DEPREL for the tokens of a CoNLL-U file.");
        command.Options.Add(input);
        command.Options.Add(output);
        command.Options.Add(models);
        command.SetAction(async (result, ct) =>
        {
            var inFile = result.GetValue(input)!;
            if (!inFile.Exists)
            {
                throw new UsageException($"nlp annotate: {inFile.FullName} does not exist.");
            }

            var language = LoadModels(result.GetValue(models));
            List<ConlluSentence> sentences;
            try
            {
                using var reader = inFile.OpenText();
                sentences = Conllu.Read(reader).ToList();
            }
            catch (FormatException ex)
            {
                await io.Error.WriteLineAsync($"error: {inFile.Name}: {ex.Message}");
                return BriefingBotCli.Failure;
            }

            await using var writer = new StreamWriter(result.GetValue(output)!.FullName);
            foreach (var sentence in sentences)
            {
                var analysis = language.Analyze(sentence.Forms());
                for (var i = 0; i < sentence.Tokens.Count; i++)
                {
                    var token = sentence.Tokens[i];
                    token.Upos = analysis.Upos[i];
                    token.Xpos = analysis.Xpos[i];
                    token.Head = analysis.Heads[i];
                    token.DepRel = analysis.Relations[i];
                    token.Lemma = "_";
                    token.Feats = "_";
                    token.Deps = "_";
                    token.Misc = "_";
                }

                sentence.OtherLines.Clear();
                Conllu.Write(writer, sentence);
            }

            await io.Output.WriteLineAsync($"Annotated {sentences.Count} sentences into {result.GetValue(output)!.FullName}.");
            return BriefingBotCli.Success;
        });
        return command;
    }

    private static Command Parse(CliIo io)
    {
        var text = new Argument<string>("text") { Description = "The text to read" };
        var json = new Option<bool>("--json") { Description = "One JSON object per sentence" };
        var models = ModelsOption();
        var command = new Command("parse", "Show how the bot reads a text: tokens, tags, heads and relations.");
        command.Arguments.Add(text);
        command.Options.Add(json);
        command.Options.Add(models);
        command.SetAction(async (result, ct) =>
        {
            var language = LoadModels(result.GetValue(models));
            foreach (var sentence in language.AnalyzeText(result.GetValue(text)!))
            {
                if (result.GetValue(json))
                {
                    await io.Output.WriteLineAsync(CliJson.Serialize(new
                    {
                        tokens = sentence.Words.Select((w, i) => new { id = i + 1, form = w, upos = sentence.Upos[i], xpos = sentence.Xpos[i], head = sentence.Heads[i], deprel = sentence.Relations[i] }),
                    }));
                    continue;
                }

                for (var i = 0; i < sentence.Words.Length; i++)
                {
                    var head = sentence.Heads[i] == 0 ? "ROOT" : sentence.Words[sentence.Heads[i] - 1];
                    await io.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{i + 1,3}  {sentence.Words[i],-16} {sentence.Upos[i],-6} {sentence.Xpos[i],-5} {sentence.Heads[i],3} {sentence.Relations[i],-12} → {head}"));
                }

                await io.Output.WriteLineAsync();
            }

            return BriefingBotCli.Success;
        });
        return command;
    }

    private static LanguageModels LoadModels(string? folder)
    {
        if (folder is null)
        {
            return LanguageModels.Default;
        }

        var taggerPath = Path.Combine(folder, "tagger.bin");
        var parserPath = Path.Combine(folder, "parser.bin");
        if (!File.Exists(taggerPath) || !File.Exists(parserPath))
        {
            throw new UsageException($"nlp: {folder} must hold tagger.bin and parser.bin.");
        }

        using var tagger = File.OpenRead(taggerPath);
        using var parser = File.OpenRead(parserPath);
        return LanguageModels.Load(tagger, parser);
    }

    private static NlpScores Score(LanguageModels language, NlpCorpus corpus)
    {
        var test = corpus.Ewt("test");
        long tokens = 0, upos = 0, xpos = 0, uas = 0, las = 0, lasUniversal = 0;
        var watch = Stopwatch.StartNew();
        foreach (var sentence in test)
        {
            var analysis = language.Analyze(sentence.Forms());
            for (var i = 0; i < sentence.Tokens.Count; i++)
            {
                var gold = sentence.Tokens[i];
                tokens++;
                upos += analysis.Upos[i] == gold.Upos ? 1 : 0;
                xpos += analysis.Xpos[i] == gold.Xpos ? 1 : 0;
                if (analysis.Heads[i] == gold.Head)
                {
                    uas++;
                    las += analysis.Relations[i] == gold.DepRel ? 1 : 0;
                    lasUniversal += analysis.Relations[i].Split(':')[0] == gold.DepRel.Split(':')[0] ? 1 : 0;
                }
            }
        }

        var seconds = watch.Elapsed.TotalSeconds;
        double Fraction(long n) => Math.Round((double)n / tokens, 4);
        return new NlpScores(Fraction(upos), Fraction(xpos), Fraction(uas), Fraction(las), Fraction(lasUniversal), null, null, tokens, Math.Round(tokens / seconds));
    }

    private static string Describe(NlpScores s) =>
        string.Create(CultureInfo.InvariantCulture,
            $"EWT test ({s.Tokens:N0} tokens, gold tokenization): UPOS {100 * s.Upos:0.00}%, XPOS {100 * s.Xpos:0.00}%, UAS {100 * s.Uas:0.00}%, LAS {100 * s.Las:0.00}% (universal relations {100 * s.LasUniversal:0.00}%); {s.TokensPerSecond:N0} tokens/s tagging and parsing. Entities and coreference: not trained yet.");
}
