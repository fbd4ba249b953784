namespace MoDomain.Cooperation;

/// <summary>A form of cooperation within single events and projects (DOMAIN.md §5.1). Ids: <see cref="CooperationVocabulary.Forms"/>.</summary>
public enum CooperationForm
{
    /// <summary><c>municipality-led</c>: the municipality's event or project with MOs involved.</summary>
    MunicipalityLed = 0,

    /// <summary><c>mo-led</c>: the MO's event or project with municipal involvement.</summary>
    MoLed = 1,

    /// <summary><c>joint</c>: planned and carried out together.</summary>
    Joint = 2,
}
