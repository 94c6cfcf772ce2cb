namespace BriefingBot.Ingestion.Fetching;

/// <summary>A fetch was refused because the host resolves only to addresses the SSRF guard forbids.</summary>
public sealed class AddressRefusedException(string message) : Exception(message);
