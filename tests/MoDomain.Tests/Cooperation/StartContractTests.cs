using System;
using System.Linq;
using MoDomain.Cooperation;
using MoDomain.Definitions;
using MoDomain.Rules;
using static MoDomain.Tests.Cooperation.CoopFixtures;

namespace MoDomain.Tests.Cooperation;

/// <summary>
/// Contracts of starting a cooperation (Kita-Einstieg 2018) that mutation testing found unchecked: the step machine's
/// refusals and messages, the inputs of each step, the candidate's checks, the fact formats and the due-diligence
/// explanations in both languages.
/// </summary>
public sealed class StartContractTests
{
    private static readonly GoalsDefinition Goals = new(["Eltern erreichen"], "Zugang zu Familien", "Räume und Sichtbarkeit");
    private static readonly MsoSearch Search = new([new MsoCandidate("Verein A"), new MsoCandidate("Verein B")], ["Integrationsbeauftragte"]);

    [Fact]
    public void Each_step_needs_its_input()
    {
        var begun = CooperationStart.Begin("Elternarbeit in der Kita");
        Assert.Equal("goals", Assert.Throws<ArgumentNullException>(() => begun.DefineGoals(null!)).ParamName);
        var withGoals = begun.DefineGoals(Goals);
        Assert.Equal("search", Assert.Throws<ArgumentNullException>(() => withGoals.FindMso(null!)).ParamName);
        var found = withGoals.FindMso(Search);
        Assert.Equal("contact", Assert.Throws<ArgumentNullException>(() => found.MakeFirstContact(null!)).ParamName);
    }

    [Fact]
    public void Any_candidate_of_the_search_may_be_contacted_and_its_result_is_on_record()
    {
        var found = CooperationStart.Begin("Elternarbeit").DefineGoals(Goals).FindMso(Search);
        Assert.Null(found.ContactedCandidateDueDiligence);
        var done = found.MakeFirstContact(new FirstContactRecord("Verein B", D(2024, 5, 2), ContactForm.InPerson));
        Assert.True(done.IsComplete);
        Assert.Equal("Verein B", done.ContactedCandidateDueDiligence!.Candidate);
        Assert.Equal("Verein A", found.MakeFirstContact(new FirstContactRecord("Verein A", D(2024, 5, 2), ContactForm.Phone)).ContactedCandidateDueDiligence!.Candidate);
        AssertArgument(
            () => found.MakeFirstContact(new FirstContactRecord("Verein C", D(2024, 5, 2), ContactForm.InPerson)),
            "contact",
            "'Verein C' was not found in the find-mso step; candidates: Verein A, Verein B.");
    }

    [Fact]
    public void Steps_out_of_order_are_refused_with_the_reason()
    {
        var begun = CooperationStart.Begin("Elternarbeit");
        var skipped = Assert.Throws<InvalidOperationException>(() => begun.FindMso(Search));
        Assert.Equal("The step 'find-mso' cannot be recorded before 'define-goals'; steps may not be skipped.", skipped.Message);

        var withGoals = begun.DefineGoals(Goals);
        var again = Assert.Throws<InvalidOperationException>(() => withGoals.DefineGoals(Goals));
        Assert.Equal("The step 'define-goals' is already recorded; a start process records each step once.", again.Message);

        var done = withGoals.FindMso(Search).MakeFirstContact(new FirstContactRecord("Verein A", D(2024, 5, 2), ContactForm.Video));
        var afterEnd = Assert.Throws<InvalidOperationException>(() => done.MakeFirstContact(new FirstContactRecord("Verein A", D(2024, 5, 3), ContactForm.Video)));
        Assert.Equal("The step 'first-contact' is already recorded; a start process records each step once.", afterEnd.Message);
    }

    [Fact]
    public void A_search_checks_candidates_and_whom_was_asked()
    {
        var a = new MsoCandidate("Verein A");
        Assert.Equal("candidates", Assert.Throws<ArgumentNullException>(() => new MsoSearch(null!, [])).ParamName);
        AssertArgument(() => _ = new MsoSearch([a, null!], []), "candidates", "null elements");
        AssertArgument(() => _ = new MsoSearch([], []), "candidates", "Name at least one candidate MSO.");
        AssertArgument(() => _ = new MsoSearch([a, new MsoCandidate("Verein B"), new MsoCandidate("Verein A")], []), "candidates", "A candidate name appears twice.");
        AssertArgument(() => _ = new MsoSearch([a], ["Integrationsbeauftragte", null!]), "consulted", "null elements");
        Assert.Equal("consulted", Assert.Throws<ArgumentNullException>(() => new MsoSearch([a], null!)).ParamName);
        AssertArgument(() => _ = new MsoSearch([a], [" "]), "consulted", "empty or white space");
        Assert.Equal(["Bildungskoordination"], new MsoSearch([a], ["Bildungskoordination"]).Consulted);
    }

    [Fact]
    public void Goals_must_be_listed_without_nulls_or_blanks()
    {
        AssertArgument(() => _ = new GoalsDefinition(["Eltern erreichen", null!], "x", "y"), "goals", "null elements");
        AssertArgument(() => _ = new GoalsDefinition(["Eltern erreichen", " "], "x", "y"), "goals", "empty or white space");
        AssertArgument(() => _ = new GoalsDefinition([], "x", "y"), "goals", "Name at least one goal.");
        Assert.Equal(["Eltern erreichen"], Goals.Goals);
    }

    [Fact]
    public void A_candidate_refuses_undefined_values_and_blank_texts()
    {
        Assert.Equal("staffing", Assert.Throws<ArgumentOutOfRangeException>(() => new MsoCandidate("Verein A", staffing: (Staffing)9)).ParamName);
        Assert.Equal("commissionerClarification", Assert.Throws<ArgumentOutOfRangeException>(() => new MsoCandidate("Verein A", commissionerClarification: (CommissionerClarification)9)).ParamName);
        AssertArgument(() => _ = new MsoCandidate("Verein A", goals: " "), "goals", "empty or white space");
        AssertArgument(() => _ = new MsoCandidate("Verein A", religion: ""), "religion", "empty or white space");
        var candidate = new MsoCandidate("Verein A", goals: "Elternbildung", staffing: Staffing.Mixed, commissionerClarification: CommissionerClarification.NoConcerns);
        Assert.Equal(("Elternbildung", Staffing.Mixed, CommissionerClarification.NoConcerns), (candidate.Goals.Value, candidate.Staffing.Value, candidate.CommissionerClarification.Value));
    }

    [Fact]
    public void Fact_formats_name_the_umbrellas_and_the_report()
    {
        Assert.Equal("none", MsoCandidateFacts.UmbrellaMemberships.Format(ValueSet.OfStrings()));
        Assert.Equal("\"Dachverband Nord\", \"Dachverband Süd\"", MsoCandidateFacts.UmbrellaMemberships.Format(ValueSet.OfStrings("Dachverband Süd", "Dachverband Nord")));
        Assert.Equal("observed; VS-Bericht 2023; 2023-06-01", MsoCandidateFacts.ObservationReport.Format(new ObservationReport(true, "VS-Bericht 2023", D(2023, 6, 1))));
        Assert.Equal("not observed; Auskunft; 2022-01-31", MsoCandidateFacts.ObservationReport.Format(new ObservationReport(false, "Auskunft", D(2022, 1, 31))));
    }

    [Fact]
    public void Observation_reports_compare_field_by_field_and_print_their_source()
    {
        EqualityLaws.Check(
            () => new ObservationReport(true, "VS-Bericht 2023", D(2023, 6, 1)),
            ("observed", new ObservationReport(false, "VS-Bericht 2023", D(2023, 6, 1))),
            ("source", new ObservationReport(true, "VS-Bericht 2022", D(2023, 6, 1))),
            ("date", new ObservationReport(true, "VS-Bericht 2023", D(2023, 6, 2))));
        Assert.Equal("observed (VS-Bericht 2023, 2023-06-01)", new ObservationReport(true, "VS-Bericht 2023", D(2023, 6, 1)).ToString());
        Assert.Equal("not observed (Auskunft, 2022-01-31)", new ObservationReport(false, "Auskunft", D(2022, 1, 31)).ToString());
    }

    [Fact]
    public void A_first_contact_is_in_person_only_in_that_form()
    {
        Assert.True(new FirstContactRecord("Verein A", D(2024, 5, 2), ContactForm.InPerson).InPerson);
        Assert.All(new[] { ContactForm.Phone, ContactForm.Video, ContactForm.Written }, f => Assert.False(new FirstContactRecord("Verein A", D(2024, 5, 2), f).InPerson));
    }

    [Fact]
    public void Due_diligence_parameters_check_the_umbrella_names()
    {
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => DueDiligence.Rule(null!)).ParamName);
        Assert.Equal("concerningUmbrellas", Assert.Throws<ArgumentNullException>(() => new DueDiligenceParameters(null!, false)).ParamName);
        AssertArgument(() => _ = new DueDiligenceParameters(["Dachverband Nord", null!], false), "concerningUmbrellas", "null elements");
        AssertArgument(() => _ = new DueDiligenceParameters(["Dachverband Nord", " "], false), "concerningUmbrellas", "empty or white space");
        var p = new DueDiligenceParameters(["Dachverband Nord"], true);
        Assert.Equal(ValueSet.OfStrings("Dachverband Nord"), p.ConcerningUmbrellas);
        Assert.True(p.RequireCommissionerClarification);
    }

    private static (string English, string German) Reason(MsoCandidate candidate, DueDiligenceParameters parameters, int index)
    {
        var reason = DueDiligence.Check(candidate, parameters).Reasons[index];
        return (reason.English, reason.German);
    }

    [Fact]
    public void The_observation_check_explains_what_the_source_reports()
    {
        Assert.Equal(
            ("VS-Bericht 2023 (2023-06-01) reports observation by the Verfassungsschutz.", "VS-Bericht 2023 (2023-06-01) meldet eine Beobachtung durch den Verfassungsschutz."),
            Reason(new MsoCandidate("Verein A", observationReport: new ObservationReport(true, "VS-Bericht 2023", D(2023, 6, 1))), DueDiligenceParameters.Default, 0));
        Assert.Equal(
            ("Auskunft (2022-01-31) reports no observation by the Verfassungsschutz.", "Auskunft (2022-01-31) meldet keine Beobachtung durch den Verfassungsschutz."),
            Reason(new MsoCandidate("Verein A", observationReport: new ObservationReport(false, "Auskunft", D(2022, 1, 31))), DueDiligenceParameters.Default, 0));
    }

    [Fact]
    public void The_umbrella_check_explains_a_concern_and_a_pass()
    {
        var parameters = new DueDiligenceParameters(["Dachverband Nord"], false);
        var member = new MsoCandidate("Verein A", umbrellaMemberships: ValueSet.OfStrings("Dachverband Nord"));
        Assert.Equal(
            ("It belongs to an umbrella listed as a concern: \"Dachverband Nord\".", "Sie gehört einem als bedenklich geführten Dachverband an: \"Dachverband Nord\"."),
            Reason(member, parameters, 1));
        var other = new MsoCandidate("Verein A", umbrellaMemberships: ValueSet.OfStrings("Dachverband Süd"));
        Assert.Equal(
            ("Umbrella associations checked: \"Dachverband Süd\"; none is listed as a concern.", "Dachverbände geprüft: \"Dachverband Süd\"; keiner ist als bedenklich geführt."),
            Reason(other, parameters, 1));
        Assert.Equal(Truth.No, DueDiligence.Check(member, parameters).Outcome);
    }

    [Fact]
    public void The_commissioner_check_explains_each_state()
    {
        var optional = DueDiligenceParameters.Default;
        var required = new DueDiligenceParameters([], true);
        Assert.Equal(
            ("Whether the integration commissioner was consulted is not recorded.", "Ob die Integrationsbeauftragten angefragt wurden, ist nicht erfasst."),
            Reason(new MsoCandidate("Verein A"), optional, 2));
        Assert.Equal(
            ("The integration commissioner raised concerns.", "Die Integrationsbeauftragten haben Bedenken geäußert."),
            Reason(new MsoCandidate("Verein A", commissionerClarification: CommissionerClarification.Concerns), optional, 2));
        Assert.Equal(
            ("The integration commissioner raised no concerns.", "Die Integrationsbeauftragten haben keine Bedenken geäußert."),
            Reason(new MsoCandidate("Verein A", commissionerClarification: CommissionerClarification.NoConcerns), optional, 2));
        var notAsked = new MsoCandidate("Verein A", commissionerClarification: CommissionerClarification.NotRequested);
        Assert.Equal(
            ("The integration commissioner has not been consulted yet, and the parameters require it.", "Die Integrationsbeauftragten wurden noch nicht angefragt; die Parameter verlangen es."),
            Reason(notAsked, required, 2));
        Assert.Equal(
            ("The integration commissioner was not consulted; the source makes this optional.", "Die Integrationsbeauftragten wurden nicht angefragt; die Quelle stellt dies frei."),
            Reason(notAsked, optional, 2));
    }
}
