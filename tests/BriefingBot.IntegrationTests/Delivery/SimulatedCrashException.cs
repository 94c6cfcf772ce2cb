namespace BriefingBot.IntegrationTests.Delivery;

/// <summary>Stands for the process dying at a chosen point: nothing after the throw runs.</summary>
public sealed class SimulatedCrashException : Exception
{
    public SimulatedCrashException()
    {
    }

    public SimulatedCrashException(string message)
        : base(message)
    {
    }

    public SimulatedCrashException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
