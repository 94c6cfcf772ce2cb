using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Storage.Postgres;
using BriefingBot.TestSupport;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BriefingBot.Storage.Tests.Postgres;

/// <summary>What PostgreSQL is there for: several instances on one database.</summary>
[Collection(SharedPostgres.Name)]
public sealed class PostgresDatabaseTests(PostgresCluster cluster) : IDisposable
{
    private static readonly DateTimeOffset Slot = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);

    private readonly PostgresTestDatabase temp = new(cluster);

    public void Dispose() => temp.Dispose();

    private static int MigrationCount =>
        typeof(PostgresDatabase).Assembly.GetManifestResourceNames().Count(n => n.Contains(".Postgres.Migrations.", StringComparison.Ordinal));

    [Fact]
    public async Task OpenAsync_InstancesStartingAtTheSameMoment_MigrateOnceAndAllWork()
    {
        const int Instances = 4;
        var databases = Enumerable.Range(0, Instances).Select(_ => temp.Reopen()).ToList();
        using var start = new Barrier(Instances);
        var failures = new Exception?[Instances];

        // Threads released together, so the migrations really overlap (without the lock, DbUp's CREATE TABLEs collide).
        var threads = databases.Select((database, i) => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                database.OpenAsync(CancellationToken.None).GetAwaiter().GetResult().Dispose();
            }
            catch (Exception e)
            {
                failures[i] = e;
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        await using var connection = await databases[0].OpenAsync(CancellationToken.None);

        Assert.All(failures, Assert.Null);
        Assert.True(MigrationCount > 0);
        Assert.Equal(MigrationCount, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM schemaversions"));
    }

    [Fact]
    public async Task TryBeginAsync_InstancesRacingForOneSlot_ExactlyOnePostsIt()
    {
        var subscription = await new SubscriptionStore(temp.Database).SaveSubscriptionAsync(
            new Subscription { Channel = new ChannelAddress("slack", "T1", "C1"), Schedule = "daily 08:00", ScheduledFrom = Slot.AddDays(-1) },
            CancellationToken.None);
        var ledgers = Enumerable.Range(0, 8).Select(_ => new DeliveryLedger(temp.Reopen())).ToList();
        var record = new DeliveryRecord
        {
            SubscriptionId = subscription.Id,
            Slot = Slot,
            State = DeliveryState.Pending,
            WindowStart = Slot.AddDays(-1),
            WindowEnd = Slot,
            UpdatedAt = Slot,
        };

        var won = await Task.WhenAll(ledgers.Select(l => Task.Run(() => l.TryBeginAsync(record, CancellationToken.None))));

        Assert.Equal(1, won.Count(w => w));
    }

    [Fact]
    public async Task AddAsync_InstancesStoringAtOnce_AllArticlesStoredAndTheirWordsCounted()
    {
        var time = TimeProvider.System;
        var analyzer = new Core.Stories.ArticleAnalyzer(new Core.Summarization.ExtractiveSummarizer());
        var stores = Enumerable.Range(0, 4).Select(_ => new StoryStore(temp.Reopen(), time)).ToList();
        var places = new[] { "Harbour", "Quarry", "Orchard", "Lighthouse", "Viaduct", "Granary" };

        // Every batch shares words with every other, so the word counts of concurrent batches meet on the same rows.
        await Task.WhenAll(stores.Select((store, s) => Task.Run(async () =>
        {
            for (var round = 0; round < 3; round++)
            {
                var batch = places.Select((place, p) => analyzer.Analyze(new Core.Stories.ArticleDraft
                {
                    ExternalId = $"s{s}-r{round}-p{p}",
                    Title = $"{place} council vote {s}{round}{p}",
                    Text = $"The council voted on the {place.ToLowerInvariant()} plan number {s}{round}{p} after a long debate about the budget and the ferry timetable.",
                })).ToList();
                await store.AddAsync(batch, CancellationToken.None);
            }
        })));
        await using var connection = await temp.Database.OpenAsync(CancellationToken.None);
        var articles = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM articles");
        var council = await connection.ExecuteScalarAsync<long>("SELECT doc FROM article_words WHERE term = 'council'");

        Assert.Equal(4 * 3 * places.Length, articles);
        Assert.Equal(articles, council);
    }

    [Fact]
    public async Task OpenAsync_DatabaseNotThereYet_FailsClearlyThenWorksOnceItIs()
    {
        var missing = new NpgsqlConnectionStringBuilder(temp.ConnectionString) { Database = "not_created_yet_" + Guid.NewGuid().ToString("N")[..8], Password = "hunter2-secret" };
        using var database = new PostgresDatabase(missing.ConnectionString);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => database.OpenAsync(CancellationToken.None));
        await using (var admin = new NpgsqlConnection(temp.ConnectionString))
        {
            await admin.ExecuteAsync($"CREATE DATABASE {missing.Database}");
        }

        await using var connection = await database.OpenAsync(CancellationToken.None);

        Assert.DoesNotContain("hunter2-secret", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(MigrationCount, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM schemaversions"));
    }

    [Fact]
    public void Options_PostgresWithoutConnectionString_FailsValidationNamingTheSetting()
    {
        using var provider = Services(new() { ["Storage:Provider"] = "Postgres" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("Storage:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_UnknownProvider_FailsValidation()
    {
        using var provider = Services(new() { ["Storage:Provider"] = "Oracle" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("'Sqlite' or 'Postgres'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddStoryStore_PostgresProvider_StoresGoToThatDatabase()
    {
        using var provider = Services(new() { ["Storage:Provider"] = "Postgres", ["Storage:ConnectionString"] = temp.ConnectionString });
        var store = provider.GetRequiredService<ISubscriptionStore>();

        await store.SaveSubscriptionAsync(new Subscription { Channel = new ChannelAddress("discord", "G1", "C9"), ScheduledFrom = Slot }, CancellationToken.None);

        Assert.IsType<PostgresDatabase>(provider.GetRequiredService<StoreDatabase>());
        Assert.Single(await new SubscriptionStore(temp.Database).ListSubscriptionsAsync(CancellationToken.None));
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddSingleton(TimeProvider.System).AddStoryStore().BuildServiceProvider();
    }
}
