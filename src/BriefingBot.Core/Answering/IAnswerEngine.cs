namespace BriefingBot.Core.Answering;

/// <summary>Answers a question from the stored articles, never from anywhere else.</summary>
public interface IAnswerEngine
{
    Task<Answer> AskAsync(string question, CancellationToken cancellationToken);
}
