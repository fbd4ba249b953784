using System.Linq;
using MoDomain.Coding.Agreement;

namespace MoDomain.Tests.Agreement;

/// <summary>
/// Fleiss (1971), "Measuring nominal scale agreement among many raters", Psychological Bulletin 76, 378–382, Table 1:
/// psychiatric diagnoses of 30 patients by 6 raters each (1 depression, 2 personality disorder, 3 schizophrenia,
/// 4 neurosis, 5 other). The paper reports κ = .430 (P̄ = .556, P̄e = .220).
/// </summary>
public sealed class Fleiss1971Tests
{
    // One string per patient: the six diagnoses, as category numbers.
    private static readonly string[] Diagnoses =
    [
        "444444", "222555", "233335", "555555", "222444", "113333", "333355", "113334", "114444", "555555",
        "144444", "124444", "222333", "144444", "224445", "333335", "111455", "111112", "224444", "133555",
        "555555", "244444", "224555", "114444", "144445", "222224", "111155", "224444", "133333", "555555",
    ];

    private static ReliabilityData Data()
    {
        var matrix = new string?[Diagnoses.Length, 6];
        for (int unit = 0; unit < Diagnoses.Length; unit++)
        {
            for (int rater = 0; rater < 6; rater++)
            {
                matrix[unit, rater] = Diagnoses[unit][rater].ToString();
            }
        }

        return ReliabilityData.FromCategoryMatrix(matrix, ["1", "2", "3", "4", "5"]);
    }

    [Fact]
    public void Fleiss_kappa_is_0_430_as_published()
    {
        KappaResult result = FleissKappa.Compute(Data());
        Assert.True(result.IsDefined);
        Assert.Equal(0.430, result.Value!.Value, 3);
        Assert.Equal(0.556, result.ObservedAgreement, 3);
        Assert.Equal(0.220, result.ChanceAgreement, 3);
        Assert.Equal(30, result.Units);
        Assert.Equal(6, result.ValuesPerUnit);
    }

    [Fact]
    public void The_table_has_180_diagnoses_with_the_published_category_totals()
    {
        // Column totals of Table 1 (p_j = .144, .144, .167, .306, .239 of 180).
        var totals = Enumerable.Range(1, 5).Select(c => Diagnoses.Sum(row => row.Count(ch => ch - '0' == c))).ToArray();
        Assert.Equal([26, 26, 30, 55, 43], totals);
    }
}
