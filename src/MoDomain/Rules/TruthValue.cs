namespace MoDomain.Rules;

/// <summary>
/// The three values of a <see cref="Truth"/> as an enum, for <c>switch</c> statements and expressions
/// (<c>switch (outcome.Value) { case TruthValue.Yes: … }</c>). Ids and labels: <see cref="TruthVocabulary.Values"/>.
/// </summary>
/// <remarks>
/// <para>The default is <see cref="Unknown"/>, like <c>default(Truth)</c>. The numbers follow the vocabularies built on
/// this enum (unknown, yes, no), not the Kleene order no &lt; unknown &lt; yes: compare and combine <see cref="Truth"/>
/// values, not the numbers of this enum.</para>
/// </remarks>
public enum TruthValue
{
    /// <summary><c>unknown</c>: the facts do not decide the question.</summary>
    Unknown = 0,

    /// <summary><c>yes</c>.</summary>
    Yes = 1,

    /// <summary><c>no</c>.</summary>
    No = 2,
}
