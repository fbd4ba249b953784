namespace MoDomain.Cooperation;

/// <summary>A step of starting a cooperation (Kita-Einstieg 2018, DOMAIN.md §5.5), in order. Ids: <see cref="CooperationVocabulary.StartSteps"/>.</summary>
public enum StartStep
{
    /// <summary><c>define-goals</c>: define what the cooperation should achieve and what the MSO gains.</summary>
    DefineGoals = 0,

    /// <summary><c>find-mso</c>: find MSOs active in the region and learn the facts about them.</summary>
    FindMso = 1,

    /// <summary><c>first-contact</c>: make the first contact, preferably in person and at eye level.</summary>
    FirstContact = 2,
}
