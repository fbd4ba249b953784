namespace MoDomain.Coding;

/// <summary>What counts as one unit when codings are turned into agreement input.</summary>
public enum CodingUnitLevel
{
    /// <summary>A unit is one exact character range of a document (key <c>document#start-end</c>).</summary>
    Segment = 0,

    /// <summary>A unit is a whole document (key = document id).</summary>
    Document = 1,
}
