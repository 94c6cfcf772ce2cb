using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Storage;

/// <summary>The <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string SectionName = "Storage";

    /// <summary>
    /// Folder for the SQLite database (<c>briefingbot.db</c>; created when missing) and, whatever the provider, for
    /// the console chat's journal.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string DataDirectory { get; set; } = "./data";

    /// <summary><c>Sqlite</c> (the default: one file, one instance) or <c>Postgres</c> (several instances share it).</summary>
    [RegularExpression("^(?i:sqlite|postgres|postgresql)$", ErrorMessage = "Storage:Provider must be 'Sqlite' or 'Postgres'.")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>The Npgsql connection string, with <c>Provider</c> <c>Postgres</c>. It may hold a password: set it from the environment, never in a committed file.</summary>
    public string? ConnectionString { get; set; }

    public bool UsesPostgres => Provider.StartsWith("postgres", StringComparison.OrdinalIgnoreCase);

    public string DatabasePath => Path.Combine(Path.GetFullPath(DataDirectory), "briefingbot.db");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (UsesPostgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                "Storage:ConnectionString is required when Storage:Provider is 'Postgres' (e.g. Storage__ConnectionString=\"Host=…;Database=…;Username=…\").",
                [nameof(ConnectionString)]);
        }
    }
}
