namespace MoDomain.SocialSecurity;

/// <summary>One of the four functions migrant organisations fulfil for social security (MIKOSS 2022, DOMAIN.md §3.1).</summary>
/// <remarks>The stable JSON id of each value is given by <see cref="SocialSecurityVocabulary.Functions"/>.</remarks>
public enum SocialSecurityFunction
{
    /// <summary>Homemaking function (Homemaking-Funktion), id <c>homemaking</c>.</summary>
    Homemaking = 0,

    /// <summary>Service function (Dienstleistungsfunktion), id <c>service</c>.</summary>
    Service = 1,

    /// <summary>Hinge function (Scharnierfunktion), id <c>hinge</c>.</summary>
    Hinge = 2,

    /// <summary>Advocacy function (Anwaltschaft-Funktion), id <c>advocacy</c>.</summary>
    Advocacy = 3,
}
