using MoDomain.Vocabulary;

namespace MoDomain.Tests.Support;

/// <summary>Deep equality of concept schemes (Concept equality alone compares ids only).</summary>
public static class SkosAssert
{
    /// <summary>Asserts that two schemes have the same id, label, source and concepts (every field, in order).</summary>
    /// <param name="expected">The expected scheme.</param>
    /// <param name="actual">The actual scheme.</param>
    public static void SameScheme(ConceptScheme expected, ConceptScheme actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Label, actual.Label);
        Assert.Equal(expected.Source, actual.Source);
        Assert.Equal(expected.Concepts.Length, actual.Concepts.Length);
        for (int i = 0; i < expected.Concepts.Length; i++)
        {
            var e = expected.Concepts[i];
            var a = actual.Concepts[i];
            Assert.Equal(e.Id, a.Id);
            Assert.Equal(e.Label, a.Label);
            Assert.Equal(e.Description, a.Description);
            Assert.Equal(e.Source, a.Source);
            Assert.Equal(e.Broader, a.Broader);
        }
    }
}
