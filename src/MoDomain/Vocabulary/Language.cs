namespace MoDomain.Vocabulary;

/// <summary>The two languages every label and explanation is available in.</summary>
public enum Language
{
    /// <summary>English.</summary>
    English = 0,

    /// <summary>German, the domain's own language.</summary>
    German = 1,
}
