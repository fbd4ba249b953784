namespace MoDomain.Cooperation;

/// <summary>The form of a first contact (DOMAIN.md §5.5). Ids: <see cref="CooperationVocabulary.ContactForms"/>.</summary>
public enum ContactForm
{
    /// <summary><c>in-person</c>: a personal conversation, which the source recommends.</summary>
    InPerson = 0,

    /// <summary><c>phone</c>: a phone call.</summary>
    Phone = 1,

    /// <summary><c>video</c>: a video call.</summary>
    Video = 2,

    /// <summary><c>written</c>: a letter or e-mail.</summary>
    Written = 3,
}
