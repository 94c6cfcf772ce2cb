using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using BriefingBot.Core.Language;
using BriefingBot.Core.Language.Coreference;
using BriefingBot.Core.Language.Corpus;
using BriefingBot.Core.Language.Entities;

namespace BriefingBot.Host.Cli.Nlp;

/// <summary>
/// <c>nlp train|eval|annotate|parse</c>: train the language models from annotated corpora, score them on
/// the test splits, annotate CoNLL-U with gold tokens, and show how a sentence was read.
/// </summary>
internal static class NlpVerb
{
    public static Command Create(CliIo io)
    {
        var command = new Command("nlp", "Train, score and inspect the language models (tagger, parser, entity recognizer).");
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
        var only = new Option<string>("--only") { Description = "all (tagger, parser, entities) or entities (keeps the tagger and parser in --output)", DefaultValueFactory = _ => "all" };
        only.AcceptOnlyFromAmong("all", "entities");
        var command = new Command("train", "Train the tagger and parser from EWT train and GUM train, and the entity recognizer from GUM train.");
        command.Options.Add(corpus);
        command.Options.Add(output);
        command.Options.Add(seed);
        command.Options.Add(only);
        command.SetAction(async (result, ct) =>
        {
            var data = new NlpCorpus(result.GetValue(corpus)!);
            data.Validate();
            var folder = result.GetValue(output)!;
            var gumDocuments = data.Gum("train").Select(d => (IReadOnlyList<ConlluSentence>)d.Sentences).ToList();
            var gumTrain = gumDocuments.SelectMany(d => d).ToList();
            var watch = Stopwatch.StartNew();
            LanguageModels trained;
            if (result.GetValue(only) == "entities")
            {
                var existing = LoadModels(folder, withEntities: false); // the one being replaced may be of an older format
                var entities = EntityTrainer.Train(existing, gumDocuments, result.GetValue(seed), line => io.Output.WriteLine(line));
                trained = new LanguageModels(existing.Tagger, existing.Parser, entities);
                await using var entitiesFile = File.Create(Path.Combine(folder, "entities.bin"));
                entities.Save(entitiesFile);
            }
            else
            {
                var sentences = data.Ewt("train");
                sentences.AddRange(gumTrain);
                await io.Output.WriteLineAsync($"Training on {sentences.Count:N0} sentences ({sentences.Sum(s => s.Tokens.Count):N0} tokens)…");
                var (tagger, parser) = LanguageModelTrainer.Train(sentences, result.GetValue(seed), line => io.Output.WriteLine(line));
                var entities = EntityTrainer.Train(new LanguageModels(tagger, parser), gumDocuments, result.GetValue(seed), line => io.Output.WriteLine(line));
                Directory.CreateDirectory(folder);
                trained = new LanguageModels(tagger, parser, entities);
                await using var taggerFile = File.Create(Path.Combine(folder, "tagger.bin"));
                await using var parserFile = File.Create(Path.Combine(folder, "parser.bin"));
                await using var entitiesFile = File.Create(Path.Combine(folder, "entities.bin"));
                trained.Save(taggerFile, parserFile, entitiesFile);
            }

            await io.Output.WriteLineAsync($"Trained in {watch.Elapsed.TotalMinutes:0.0} min; wrote the models to {folder}.");
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
        var command = new Command("annotate", "Write predicted UPOS, XPOS, HEAD and DEPREL (and entity brackets in MISC) for the tokens of a CoNLL-U file.");
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
            // Names are decided per document, as in eval: a "# newdoc" comment starts one, the file is one without any.
            var analyses = Documents(sentences)
                .SelectMany(d => language.AnalyzeDocument(d.Select(s => (IReadOnlyList<string>)s.Forms()).ToList()))
                .ToList();
            foreach (var (sentence, analysis) in sentences.Zip(analyses))
            {
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
                    token.Misc = EntityBrackets(analysis, i) ?? "_";
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
        var command = new Command("parse", "Show how the bot reads a text: tokens, tags, heads, relations, names and who its pronouns stand for.");
        command.Arguments.Add(text);
        command.Options.Add(json);
        command.Options.Add(models);
        command.SetAction(async (result, ct) =>
        {
            var language = LoadModels(result.GetValue(models));
            var sentences = language.AnalyzeText(result.GetValue(text)!).ToList();
            for (var s = 0; s < sentences.Count; s++)
            {
                var sentence = sentences[s];
                var resolved = ResolvedPronouns(sentences, s);
                if (result.GetValue(json))
                {
                    await io.Output.WriteLineAsync(CliJson.Serialize(new
                    {
                        tokens = sentence.Words.Select((w, i) => new { id = i + 1, form = w, upos = sentence.Upos[i], xpos = sentence.Xpos[i], head = sentence.Heads[i], deprel = sentence.Relations[i] }),
                        entities = sentence.Entities.Select(e => new { start = e.Start + 1, end = e.End, type = e.Type, text = e.Text(sentence.Words) }),
                        mentions = resolved.Select(r => new { id = r.Word + 1, form = sentence.Words[r.Word], refersTo = r.Name }),
                    }));
                    continue;
                }

                for (var i = 0; i < sentence.Words.Length; i++)
                {
                    var head = sentence.Heads[i] == 0 ? "ROOT" : sentence.Words[sentence.Heads[i] - 1];
                    await io.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{i + 1,3}  {sentence.Words[i],-16} {sentence.Upos[i],-6} {sentence.Xpos[i],-5} {sentence.Heads[i],3} {sentence.Relations[i],-12} → {head}"));
                }

                foreach (var entity in sentence.Entities)
                {
                    await io.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"     {entity.Type}: {entity.Text(sentence.Words)} (words {entity.Start + 1}–{entity.End})"));
                }

                foreach (var (word, name) in resolved)
                {
                    await io.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"     {sentence.Words[word]} (word {word + 1}) → {name}"));
                }

                await io.Output.WriteLineAsync();
            }

            return BriefingBotCli.Success;
        });
        return command;
    }

    // The pronouns of sentence s that the coreference resolver names, reading the sentences before it as answers do.
    private static List<(int Word, string Name)> ResolvedPronouns(List<SentenceAnalysis> sentences, int s)
    {
        var before = Math.Min(s, PronounAntecedents.SentencesBefore);
        var passage = sentences.GetRange(s - before, before + 1);
        return Enumerable.Range(0, sentences[s].Words.Length)
            .Where(i => sentences[s].Upos[i] == "PRON")
            .Select(i => (Word: i, Name: PronounAntecedents.NameFor(passage, i)))
            .Where(r => r.Name is not null)
            .Select(r => (r.Word, r.Name!))
            .ToList();
    }

    // The file's documents: a "# newdoc" comment starts one; a file without any is one document.
    private static IEnumerable<List<ConlluSentence>> Documents(List<ConlluSentence> sentences)
    {
        var document = new List<ConlluSentence>();
        foreach (var sentence in sentences)
        {
            if (document.Count > 0 && sentence.Comments.Any(c => c.StartsWith("# newdoc", StringComparison.Ordinal)))
            {
                yield return document;
                document = [];
            }

            document.Add(sentence);
        }

        if (document.Count > 0)
        {
            yield return document;
        }
    }

    // GUM's notation, so the output can be scored like the corpus: "(1-person" opens, "1)" closes, "(1-person)" is one word.
    private static string? EntityBrackets(SentenceAnalysis analysis, int word)
    {
        var brackets = new System.Text.StringBuilder();
        for (var e = 0; e < analysis.Entities.Count; e++)
        {
            var entity = analysis.Entities[e];
            if (entity.Start == word)
            {
                brackets.Append(CultureInfo.InvariantCulture, $"({e + 1}-{entity.Type}").Append(entity.End == word + 1 ? ")" : string.Empty);
            }
            else if (entity.End == word + 1)
            {
                brackets.Append(CultureInfo.InvariantCulture, $"{e + 1})");
            }
        }

        return brackets.Length == 0 ? null : "Entity=" + brackets;
    }

    private static LanguageModels LoadModels(string? folder, bool withEntities = true)
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
        var entitiesPath = Path.Combine(folder, "entities.bin");
        using var entities = withEntities && File.Exists(entitiesPath) ? File.OpenRead(entitiesPath) : null;
        return LanguageModels.Load(tagger, parser, entities);
    }

    private static NlpScores Score(LanguageModels language, NlpCorpus corpus)
    {
        var test = corpus.Ewt("test");
        long tokens = 0, upos = 0, xpos = 0, uas = 0, las = 0, lasUniversal = 0;
        var watch = Stopwatch.StartNew();
        foreach (var sentence in test)
        {
            var analysis = language.AnalyzeSyntax(sentence.Forms()); // the speed target is for tagging and parsing
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
        // GUM test is read and analyzed once, for the names and for coreference.
        var gumTest = corpus.Gum("test")
            .Select(d => ((IReadOnlyList<ConlluSentence>)d.Sentences, language.AnalyzeDocument(d.Sentences.Select(s => (IReadOnlyList<string>)s.Forms()).ToList())))
            .ToList();
        var entities = language.Entities is null ? ((double, double, double, int)?)null : EntityTrainer.Score(gumTest);
        if (entities is { Item4: 0 })
        {
            entities = null; // no GUM test documents with names: nothing to score against
        }

        var coreference = CoreferenceEvaluation.Score(gumTest);
        double? corefF1 = coreference.RecallLinks == 0 ? null : Math.Round(coreference.F1, 4);
        return new NlpScores(Fraction(upos), Fraction(xpos), Fraction(uas), Fraction(las), Fraction(lasUniversal), entities is { } e ? Math.Round(e.Item3, 4) : null, corefF1, tokens, Math.Round(tokens / seconds))
        {
            CorefMucPrecision = corefF1 is null ? null : Math.Round(coreference.Precision, 4),
            CorefMucRecall = corefF1 is null ? null : Math.Round(coreference.Recall, 4),
            EntityPrecision = entities is { } p ? Math.Round(p.Item1, 4) : null,
            EntityRecall = entities is { } r ? Math.Round(r.Item2, 4) : null,
            EntityMentions = entities?.Item4,
        };
    }

    private static string Describe(NlpScores s)
    {
        var parsing = string.Create(CultureInfo.InvariantCulture, $"EWT test ({s.Tokens:N0} tokens, gold tokenization): UPOS {100 * s.Upos:0.00}%, XPOS {100 * s.Xpos:0.00}%, UAS {100 * s.Uas:0.00}%, LAS {100 * s.Las:0.00}% (universal relations {100 * s.LasUniversal:0.00}%); {s.TokensPerSecond:N0} tokens/s tagging and parsing.");
        var entities = s.EntityF1 is { } f
            ? string.Create(CultureInfo.InvariantCulture, $"GUM test named entities ({s.EntityMentions:N0} person/organization/place mentions headed by a proper noun, exact span and type): precision {100 * s.EntityPrecision:0.00}%, recall {100 * s.EntityRecall:0.00}%, F1 {100 * f:0.00}%.")
            : "Entities: no model.";
        var coreference = s.CorefMucF1 is { } c
            ? string.Create(CultureInfo.InvariantCulture, $"GUM test coreference with the corpus' mentions and types: MUC precision {100 * s.CorefMucPrecision:0.00}%, recall {100 * s.CorefMucRecall:0.00}%, F1 {100 * c:0.00}%.")
            : "Coreference: no GUM test documents.";
        return $"{parsing} {entities} {coreference}";
    }
}
