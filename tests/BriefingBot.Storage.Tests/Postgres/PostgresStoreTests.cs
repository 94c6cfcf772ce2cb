using BriefingBot.TestSupport;

namespace BriefingBot.Storage.Tests.Postgres;

[Collection(SharedPostgres.Name)]
public sealed class PostgresStoryStoreTests(PostgresCluster cluster) : StoryStoreTests(new PostgresTestDatabase(cluster));

[Collection(SharedPostgres.Name)]
public sealed class PostgresDeliveryLedgerTests(PostgresCluster cluster) : DeliveryLedgerTests(new PostgresTestDatabase(cluster));

[Collection(SharedPostgres.Name)]
public sealed class PostgresSourceStateStoreTests(PostgresCluster cluster) : SourceStateStoreTests(new PostgresTestDatabase(cluster));

[Collection(SharedPostgres.Name)]
public sealed class PostgresSubscriptionStoreTests(PostgresCluster cluster) : SubscriptionStoreTests(new PostgresTestDatabase(cluster));
