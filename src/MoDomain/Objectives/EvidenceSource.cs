namespace MoDomain.Objectives;

/// <summary>Where the knowledge that an organisation pursues an objective comes from.</summary>
/// <remarks>
/// The stable JSON id of each value is given by <see cref="ObjectivesVocabulary.EvidenceSources"/>. When an objective is
/// both stated by the organisation and seen by an observer, record the stronger evidence, <see cref="Observed"/>.
/// </remarks>
public enum EvidenceSource
{
    /// <summary>The organisation states it itself, for example in its statutes, an interview or a survey (<c>self-reported</c>).</summary>
    SelfReported = 0,

    /// <summary>Someone outside the organisation has seen it pursue the objective, for example in its activities (<c>observed</c>).</summary>
    Observed = 1,
}
