namespace MoDomain.Coding;

/// <summary>How <see cref="CorpusAnalyses.CodeFrequencies"/> groups the coded segments.</summary>
public enum FrequencyGrouping
{
    /// <summary>One group for the whole corpus (group key <c>corpus</c>).</summary>
    Corpus = 0,

    /// <summary>One group per document (group key = document id).</summary>
    Document = 1,

    /// <summary>One group per organisation reference (<c>unknown</c> for documents without one).</summary>
    Organisation = 2,

    /// <summary>One group per perspective id (<c>unknown</c> when not recorded).</summary>
    Perspective = 3,
}
