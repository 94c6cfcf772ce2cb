using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Llm;

/// <summary>
/// The <c>Llm</c> configuration section: an OpenAI-compatible chat endpoint (Ollama, vLLM, OpenAI) that phrases
/// answers from the sentences the built-in engine retrieved. Off unless both <see cref="Endpoint"/> and
/// <see cref="Model"/> are set.
/// </summary>
public sealed class LlmOptions
{
    public const string SectionName = "Llm";

    /// <summary>The API's base address, for example <c>http://127.0.0.1:11434/v1</c> (Ollama) or <c>https://api.openai.com/v1</c>.</summary>
    [Url(ErrorMessage = "Llm:Endpoint must be an absolute http(s) URL such as http://127.0.0.1:11434/v1.")]
    public string? Endpoint { get; set; }

    /// <summary>The model name the endpoint knows (<c>llama3.1:8b</c>, <c>gpt-4o-mini</c>…).</summary>
    public string? Model { get; set; }

    /// <summary>The API key (<c>Llm__ApiKey</c>; local servers usually need none). Never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long one answer may take before the built-in answer is given instead.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00", ErrorMessage = "Llm:Timeout must be between 100 ms and 5 minutes.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Model);
}
