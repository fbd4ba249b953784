using System.Linq;
using MoDomain.Coding;
using MoDomain.SocialSecurity;

namespace MoDomain.Tests.Coding;

public sealed class RollUpTests
{
    private static Corpus TwoIndicators() =>
        Corpus.Create(Codebook.Standard)
            .AddDocument("d1", "Hier fühlen sich alle zuhause und finden Rat.", new DocumentAttributes(Perspective.MigrantOrganisation))
            .AddDocument("d2", "Man kennt sich.", new DocumentAttributes(Perspective.WelfareAssociation))
            .Code("d1", 0, 29, "indicator:safe-space", "a")
            .Code("d1", 0, 29, "indicator:arriving-feeling-at-home", "b")
            .Code("d2", 0, 15, "function:homemaking", "a");

    [Fact]
    public void Frequencies_roll_indicators_up_to_their_function_counting_each_segment_once()
    {
        var rows = TwoIndicators().CodeFrequencies();
        Assert.Contains(new CodeFrequency("corpus", "function:homemaking", 2, 2), rows);
        Assert.Contains(new CodeFrequency("corpus", "functions", 2, 2), rows);
        Assert.Contains(new CodeFrequency("corpus", "indicator:safe-space", 1, 1), rows);
        var flat = TwoIndicators().CodeFrequencies(includeSubcodes: false);
        Assert.Equal(["function:homemaking", "indicator:safe-space", "indicator:arriving-feeling-at-home"], flat.Select(f => f.CodeId));
        Assert.Equal(1, flat[0].Segments);
    }

    [Fact]
    public void Cross_tabs_roll_up_the_same_way()
    {
        var cells = TwoIndicators().CrossTabulate("perspective");
        Assert.Contains(new CrossTabCell("function:homemaking", "migrant-organisation", 1, 1), cells);
        Assert.Contains(new CrossTabCell("function:homemaking", "welfare-association", 1, 1), cells);
        Assert.DoesNotContain(cells, c => c.CodeId == "function:homemaking" && c.Segments > 1);
        Assert.DoesNotContain(TwoIndicators().CrossTabulate("perspective", includeSubcodes: false), c => c.CodeId == "functions");
    }

    [Fact]
    public void Rolled_up_function_counts_equal_the_matrix()
    {
        var corpus = MoDomain.Samples.SampleCorpus.Corpus;
        var matrix = corpus.FunctionPerspectiveMatrix();
        var rows = corpus.CodeFrequencies(FrequencyGrouping.Perspective);
        foreach (var function in System.Enum.GetValues<SocialSecurityFunction>())
        {
            foreach (var perspective in System.Enum.GetValues<Perspective>())
            {
                string group = SocialSecurityVocabulary.Perspectives.IdOf(perspective);
                int expected = matrix.Segments(function, perspective);
                int actual = rows.Where(r => r.Group == group && r.CodeId == StandardCodes.Function(function)).Sum(r => r.Segments);
                Assert.Equal(expected, actual);
            }
        }
    }

    [Fact]
    public void Pseudonymise_keeps_a_speaker_id_the_caller_set_unless_asked()
    {
        var p = new Pseudonymiser(new byte[32]);
        var corpus = Corpus.Create(Codebook.Standard)
            .AddDocument("own", "a", new DocumentAttributes(speakerId: "B03", speakerName: "Ayşe K."))
            .AddDocument("none", "b", new DocumentAttributes(speakerName: "Ayşe K."));
        var kept = corpus.Pseudonymise(p);
        Assert.Equal("B03", kept.Document("own").Attributes.SpeakerId);
        Assert.Null(kept.Document("own").Attributes.SpeakerName);
        Assert.Equal(p.Pseudonymise("Ayşe K."), kept.Document("none").Attributes.SpeakerId);
        var replaced = corpus.Pseudonymise(p, replaceSpeakerIds: true);
        Assert.Equal(p.Pseudonymise("Ayşe K."), replaced.Document("own").Attributes.SpeakerId);
        Assert.Null(replaced.Document("own").Attributes.SpeakerName);
    }
}
