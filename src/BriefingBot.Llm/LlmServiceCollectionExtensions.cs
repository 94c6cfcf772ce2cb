using System.ClientModel;
using System.ClientModel.Primitives;
using BriefingBot.Core.Answering;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenAI;

namespace BriefingBot.Llm;

/// <summary>Puts the language-model answer engine in front of the built-in one when <c>Llm:Endpoint</c> and <c>Llm:Model</c> are set.</summary>
public static class LlmServiceCollectionExtensions
{
    /// <summary>
    /// Registers the options and replaces <see cref="IAnswerEngine"/> with a factory that wraps the engine registered
    /// before (the built-in one) when the model is configured, and returns it unchanged otherwise.
    /// </summary>
    public static IServiceCollection AddLlmAnswers(this IServiceCollection services)
    {
        services.AddOptions<LlmOptions>()
            .BindConfiguration(LlmOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.Endpoint is null || Uri.TryCreate(o.Endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https", "Llm:Endpoint must be an absolute http(s) URL such as http://127.0.0.1:11434/v1.")
            .Validate(o => string.IsNullOrWhiteSpace(o.Endpoint) == string.IsNullOrWhiteSpace(o.Model), "Llm:Endpoint and Llm:Model go together: set both to use a language model, or neither.")
            .ValidateOnStart();

        var builtIn = services.LastOrDefault(d => d.ServiceType == typeof(IAnswerEngine))
            ?? throw new InvalidOperationException("Register the built-in answer engine before AddLlmAnswers.");
        services.RemoveAll<IAnswerEngine>();
        services.AddSingleton<IAnswerEngine>(sp =>
        {
            var fallback = (IAnswerEngine)(builtIn.ImplementationInstance ?? builtIn.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, builtIn.ImplementationType!));
            var settings = sp.GetRequiredService<IOptions<LlmOptions>>();
            return settings.Value.IsEnabled
                ? new LlmAnswerEngine(fallback, CreateChatClient(settings.Value), settings, sp.GetRequiredService<ILogger<LlmAnswerEngine>>())
                : fallback;
        });
        return services;
    }

    /// <summary>An <see cref="IChatClient"/> for the configured OpenAI-compatible endpoint; the engine's own timeout governs, so no retries.</summary>
    public static IChatClient CreateChatClient(LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var client = new OpenAI.Chat.ChatClient(
            options.Model,
            new ApiKeyCredential(string.IsNullOrWhiteSpace(options.ApiKey) ? "unused" : options.ApiKey),
            new OpenAIClientOptions
            {
                Endpoint = new Uri(options.Endpoint!),
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                NetworkTimeout = options.Timeout,
            });
        return client.AsIChatClient();
    }
}
