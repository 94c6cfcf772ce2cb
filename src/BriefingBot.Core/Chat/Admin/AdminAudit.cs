using BriefingBot.Core.Subscriptions;

namespace BriefingBot.Core.Chat.Admin;

/// <summary>Writes every configuration change to the audit log.</summary>
public sealed class AdminAudit(ISubscriptionStore store, TimeProvider time)
{
    public Task RecordAsync(AdminRequest request, string action, string detail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return store.AppendAuditAsync(new AuditEntry(time.GetUtcNow(), request.Channel, request.Context.UserId, action, detail), cancellationToken);
    }
}
