namespace MoDomain.Funding;

/// <summary>The kind of legal person as § 75 SGB VIII distinguishes it. Ids in <see cref="FundingVocabulary.LegalPersonKinds"/>.</summary>
public enum LegalPersonKind
{
    /// <summary>A natural person: never recognisable (<c>individual</c>).</summary>
    Individual = 0,

    /// <summary>A legal person or association of persons under private law, e.g. an e.V. (<c>association</c>).</summary>
    Association = 1,

    /// <summary>A church (<c>church</c>): recognised by law.</summary>
    Church = 2,

    /// <summary>A religious community with public-law status (<c>public-law-religious-community</c>): recognised by law.</summary>
    PublicLawReligiousCommunity = 3,

    /// <summary>A free-welfare association joined at federal level (<c>federal-free-welfare-association</c>): recognised by law.</summary>
    FederalFreeWelfareAssociation = 4,

    /// <summary>A Land or local subdivision of such an association (<c>free-welfare-subdivision</c>); whether it shares the status is disputed (interpretive parameter).</summary>
    FreeWelfareSubdivision = 5,
}
