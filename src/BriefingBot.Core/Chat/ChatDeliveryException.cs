namespace BriefingBot.Core.Chat;

/// <summary>A post the platform did not take, with a plain reason fit to show an admin (never a token).</summary>
public sealed class ChatDeliveryException : Exception
{
    public ChatDeliveryException()
    {
    }

    public ChatDeliveryException(string message)
        : base(message)
    {
    }

    public ChatDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ChatDeliveryException(DeliveryFailure failure, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
    }

    public DeliveryFailure Failure { get; }

    public bool IsPermanent => Failure is not DeliveryFailure.Transient;
}
