using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BriefingBot.Core.Answering;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Llm;

/// <summary>
/// Answers through a language model, grounded: the built-in engine retrieves and cites first; the model sees only
/// those stored sentences, numbered, and must answer from them and cite them as [n]. An answer citing none of them,
/// an error or a timeout gives the built-in answer instead; with nothing retrieved the model is not asked.
/// </summary>
public sealed partial class LlmAnswerEngine(IAnswerEngine builtIn, IChatClient chat, IOptions<LlmOptions> options, ILogger<LlmAnswerEngine> logger) : IAnswerEngine
{
    /// <summary>What the model must say when the sentences do not answer the question.</summary>
    public const string NotAnswered = "NOT IN SOURCES";

    private const string Instructions =
        "You answer questions about news using only the numbered sentences given, which come from stored articles. " +
        "Write two or three plain sentences. After each claim put the number of the sentence it rests on, like [2]. " +
        "Do not use anything you know from elsewhere. If the sentences do not answer the question, reply exactly: " + NotAnswered;

    private readonly LlmOptions settings = options.Value;

    public async Task<Answer> AskAsync(string question, CancellationToken cancellationToken)
    {
        var grounded = await builtIn.AskAsync(question, cancellationToken);
        if (grounded.Citations.Count == 0)
        {
            return grounded;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        try
        {
            var response = await chat.GetResponseAsync(
                [new ChatMessage(ChatRole.System, Instructions), new ChatMessage(ChatRole.User, Prompt(question, grounded))],
                new ChatOptions { Temperature = 0, MaxOutputTokens = 400 },
                timeout.Token);
            var answer = FromModel(response.Text, grounded);
            if (answer is null)
            {
                LogUngrounded(logger);
                return grounded;
            }

            return answer;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogTimeout(logger, settings.Timeout.TotalSeconds);
            return grounded;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && exception is not OperationCanceledException)
        {
            // Whatever the endpoint did (refused, 5xx, malformed JSON), the user still gets the built-in answer.
            LogFailed(logger, exception.GetType().Name, exception.Message);
            return grounded;
        }
    }

    /// <summary>The question and the evidence, numbered as the citations are.</summary>
    internal static string Prompt(string question, Answer grounded)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < grounded.Citations.Count; i++)
        {
            var citation = grounded.Citations[i];
            var when = citation.Published is { } published ? published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "undated";
            builder.Append(CultureInfo.InvariantCulture, $"[{i + 1}] ({citation.Source ?? "unknown outlet"}, {when}) {citation.Sentence}\n");
        }

        builder.Append(CultureInfo.InvariantCulture, $"\nQuestion: {question}");
        return builder.ToString();
    }

    /// <summary>The model's answer with its citations renumbered to the sentences it cited, or null when it cited none.</summary>
    internal static Answer? FromModel(string? text, Answer grounded)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Contains(NotAnswered, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var cited = new List<int>();
        foreach (Match marker in Marker().Matches(text))
        {
            if (int.TryParse(marker.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= grounded.Citations.Count && !cited.Contains(n))
            {
                cited.Add(n);
            }
        }

        if (cited.Count == 0)
        {
            return null; // an answer that rests on none of the stored sentences is not an answer this bot gives
        }

        var renumbered = Marker().Replace(text, m =>
            int.TryParse(m.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && cited.IndexOf(n) is var index and >= 0
                ? $"[{index + 1}]"
                : string.Empty);
        return grounded with
        {
            Text = renumbered,
            Citations = cited.Select(n => grounded.Citations[n - 1]).ToList(),
        };
    }

    [GeneratedRegex(@"\[(\d{1,3})\]", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    [LoggerMessage(Level = LogLevel.Warning, Message = "The language model did not answer within {Seconds} s; the built-in answer was given")]
    private static partial void LogTimeout(ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The language model failed ({Kind}: {Reason}); the built-in answer was given")]
    private static partial void LogFailed(ILogger logger, string kind, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The language model's answer cited none of the stored sentences; the built-in answer was given")]
    private static partial void LogUngrounded(ILogger logger);
}
