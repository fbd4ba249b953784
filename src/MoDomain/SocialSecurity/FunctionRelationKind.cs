namespace MoDomain.SocialSecurity;

/// <summary>The kind of a relation the source states about a social-security function (see <see cref="FunctionRelation"/>).</summary>
/// <remarks>The stable JSON id of each value is given by <see cref="SocialSecurityVocabulary.RelationKinds"/>.</remarks>
public enum FunctionRelationKind
{
    /// <summary>One function favours another (begünstigt), id <c>favours</c>.</summary>
    Favours = 0,

    /// <summary>A function sets MO offers apart from those of other providers (unterscheidet), id <c>distinguishes</c>.</summary>
    Distinguishes = 1,

    /// <summary>A function is directly relevant to social security, id <c>relevant-to-social-security</c>.</summary>
    RelevantToSocialSecurity = 2,
}
