using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Storage;

/// <summary>The <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Folder for the SQLite database (<c>briefingbot.db</c>); created when missing.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DataDirectory { get; set; } = "./data";

    /// <summary><c>Sqlite</c> (the default). PostgreSQL follows as its own provider.</summary>
    [RegularExpression("^(?i:sqlite)$", ErrorMessage = "Storage:Provider must be 'Sqlite'.")]
    public string Provider { get; set; } = "Sqlite";

    public string DatabasePath => Path.Combine(Path.GetFullPath(DataDirectory), "briefingbot.db");
}
