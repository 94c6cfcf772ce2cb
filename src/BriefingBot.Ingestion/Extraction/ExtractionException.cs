namespace BriefingBot.Ingestion.Extraction;

/// <summary>Content that could not be read as an article or feed, with a reason fit for the user.</summary>
public sealed class ExtractionException(string message, Exception? inner = null) : Exception(message, inner);
