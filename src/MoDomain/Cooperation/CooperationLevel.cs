namespace MoDomain.Cooperation;

/// <summary>A level of cooperation between a municipality and MOs (DOMAIN.md §5.1). Ids, labels and sources: <see cref="CooperationVocabulary.Levels"/>.</summary>
public enum CooperationLevel
{
    /// <summary><c>single-event</c>: single events (Einzelveranstaltungen).</summary>
    SingleEvent = 0,

    /// <summary><c>project</c>: time-limited projects (Projekte).</summary>
    Project = 1,

    /// <summary><c>standing-body</c>: working groups and bodies (Arbeitskreise und Gremien).</summary>
    StandingBody = 2,

    /// <summary><c>ad-hoc-exchange</c>: occasional, topic- or occasion-based cooperation and irregular formats such as conferences.</summary>
    AdHocExchange = 3,

    /// <summary><c>thematic-working-group</c>: regular thematic working groups (youth work, women, elderly care, round table of religions …).</summary>
    ThematicWorkingGroup = 4,

    /// <summary><c>democracy-partnership-network</c>: local partnerships for democracy and networks against discrimination.</summary>
    DemocracyPartnershipNetwork = 5,

    /// <summary><c>political-advisory-body</c>: migration councils, integration committees and other political bodies.</summary>
    PoliticalAdvisoryBody = 6,
}
