using BriefingBot.Core.Answering;
using BriefingBot.Host.Composition;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BriefingBot.Llm.Tests;

public sealed class LlmRegistrationTests
{
    [Fact]
    public void AnswerEngine_NoModelConfigured_IsTheBuiltInOne()
    {
        using var host = Host(new Dictionary<string, string?>());

        Assert.IsType<ExtractiveAnswerEngine>(host.Services.GetRequiredService<IAnswerEngine>());
    }

    [Fact]
    public void AnswerEngine_EndpointAndModelConfigured_IsTheModelInFrontOfTheBuiltInOne()
    {
        using var host = Host(new Dictionary<string, string?> { ["Llm:Endpoint"] = "http://127.0.0.1:11434/v1", ["Llm:Model"] = "llama3.1:8b" });

        Assert.IsType<LlmAnswerEngine>(host.Services.GetRequiredService<IAnswerEngine>());
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/v1", "llama3.1:8b", "absolute http(s) URL")]
    [InlineData("not a url", "llama3.1:8b", "absolute http(s) URL")]
    [InlineData("http://127.0.0.1:11434/v1", null, "go together")]
    public void Options_BadSettings_AreRefusedWithAClearMessage(string endpoint, string? model, string expected)
    {
        using var host = Host(new Dictionary<string, string?> { ["Llm:Endpoint"] = endpoint, ["Llm:Model"] = model });

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<LlmOptions>>().Value);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static IHost Host(Dictionary<string, string?> settings)
    {
        // Never created: these tests only build the container, they open no store.
        settings["Storage:DataDirectory"] = Path.Combine(Path.GetTempPath(), $"briefingbot-llm-{Guid.NewGuid():N}");
        return BotHost.CreateForVerb(settings);
    }
}
