namespace BriefingBot.Discord.Tests.Interactions;

/// <summary>Known-good signatures: RFC 8032 section 7.1 TEST 1, and a PING Discord really signed (valid and invalid pair).</summary>
public static class Vectors
{
    public const string RfcPublicKey = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    public const string RfcSecretKey = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    public const string RfcEmptyMessageSignature = "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";
    public const string RfcPingTimestamp = "1700000000";
    public const string RfcPingBody = "{\"type\":1}";
    public const string RfcPingSignature = "1695961a47c91a1ec033b819b7e87e3dbc583dd0cee6d1fd0216f58ac87b6228ae531ddbf91fb7bc28d7edf7f08604da16f54624f38a6bc0614e4dc13cd47f0f";

    public const string DiscordPublicKey = "c5568d0facd66bddee281dcb9c8ac02e169c5c20741b215b2539a96bb183c5d6";

    public const string DiscordBodyValid = "{\"application_id\":\"827290144020496384\",\"id\":\"995105663481028770\",\"token\":\"aW50ZXJhY3Rpb246OTk1MTA1NjYzNDgxMDI4NzcwOmlReEtWOXNxMTJWYXF4UlRkc2RyVEp0MDdDMlVyem1na0FTT21xNTZQNHR0MUlORDU1bmNCUTZZdTI5akJkb3FycjBuUDltNVp3VVVJbnA0UUkzMG13cVBGWE5qZFQyb1dkZEpqVVFEdmZEcGE2UHV5dFAyTE5rS2c2a2lZNDlx\",\"type\":1,\"user\":{\"avatar\":\"27aeb42cc902f7d8712aa64ff15bfb7d\",\"avatar_decoration\":null,\"discriminator\":\"6969\",\"id\":\"170531778354741248\",\"public_flags\":576,\"username\":\"miles\"},\"version\":1}";

    public const string DiscordSignatureValid = "28b4ab5f09cce30c7f7f4ab4b47c311f0ce83dd8fec06d34e402c44d64223be5016f95339e64bdabcbd395e9147afe3f8cd024868330ab41014ae51b5573a009";

    public const string DiscordTimestampValid = "1657322078";

    public const string DiscordBodyInvalid = "{\"application_id\":\"827290144020496384\",\"id\":\"995105663481028771\",\"token\":\"aW50ZXJhY3Rpb246OTk1MTA1NjYzNDgxMDI4NzcxOmhRWEJ1SWlIRWNHTTVaYmFUc2pGRzR5SlZxM1hCSW9wMkxhald2anZ1ZDhaSWhQY3ZIM1d1NGJTNWRZbWs1SzQ4YzdpajEzd2ZkQVRDWEJuamxVN1A1TFhWRVoxWDVIMGV4MkhKSTRyN0ZyQ3JtWEYyem83UXZEV001VENiVUhJ\",\"type\":1,\"user\":{\"avatar\":\"27aeb42cc902f7d8712aa64ff15bfb7d\",\"avatar_decoration\":null,\"discriminator\":\"6969\",\"id\":\"170531778354741248\",\"public_flags\":576,\"username\":\"miles\"},\"version\":1}";

    public const string DiscordSignatureInvalid = "f740b665fd82b37a379626543cb10f9f1cd36b910be2bf3210bb70b5de11e096878c7e2b60a92931269ed49d58f249f32558853049a38fc6d66a831574ab7408";

    public const string DiscordTimestampInvalid = "1657322079";
}
