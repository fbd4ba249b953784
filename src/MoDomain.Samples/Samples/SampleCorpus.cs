using System.Collections.Generic;
using MoDomain.Coding;
using MoDomain.SocialSecurity;
using NodaTime;

namespace MoDomain.Samples;

/// <summary>
/// A small fictional interview corpus for the research toolkit: six short German transcript snippets from the three
/// MIKOSS perspectives about organisations of <see cref="SampleData"/>, coded against <see cref="Codebook.Standard"/>
/// plus one researcher code by two coders who agree on most but not all segments.
/// </summary>
/// <remarks>All interviews, speakers and statements are invented for this library. Speaker ids are already
/// pseudonymous; no speaker names are included.</remarks>
public static class SampleCorpus
{
    /// <summary>The id of the first sample coder.</summary>
    public const string CoderA = "coder-a";

    /// <summary>The id of the second sample coder.</summary>
    public const string CoderB = "coder-b";

    /// <summary>The researcher code the sample adds below <c>functions</c>: language barriers.</summary>
    public const string LanguageBarrierCode = "own:language-barrier";

    /// <summary>Gets the codebook of the sample: the standard codebook plus <see cref="LanguageBarrierCode"/>.</summary>
    public static Codebook Codebook { get; } = Coding.Codebook.Standard.WithCode(
        LanguageBarrierCode, "Language barrier", "Sprachbarriere", description: "Passages where language keeps people from help or services.", colour: "#999999");

    /// <summary>Gets the sample corpus (documents with attributes, codings of <see cref="CoderA"/> and <see cref="CoderB"/>).</summary>
    public static Corpus Corpus { get; } = Build();

    private static Corpus Build()
    {
        string homemaking = StandardCodes.Function(SocialSecurityFunction.Homemaking);
        string service = StandardCodes.Function(SocialSecurityFunction.Service);
        string hinge = StandardCodes.Function(SocialSecurityFunction.Hinge);
        string advocacy = StandardCodes.Function(SocialSecurityFunction.Advocacy);
        string safeSpace = StandardCodes.Indicator(FunctionIndicator.SafeSpace);
        string formalOffers = StandardCodes.Indicator(FunctionIndicator.FormalOffers);
        string supportUsing = StandardCodes.Indicator(FunctionIndicator.SupportUsingServices);
        string needsVisible = StandardCodes.Indicator(FunctionIndicator.MakingNeedsVisible);

        var corpus = Coding.Corpus.Create(Codebook)
            .AddDocument("int-mo-01",
                "Bei uns im Verein fühlen sich die Leute zuhause, hier kann man alles ansprechen. "
                + "Nach dem Teetrinken fragen viele, ob wir beim Brief vom Jobcenter helfen können. "
                + "Dienstags bieten wir eine feste Sozialberatung an, inzwischen mit einer bezahlten Kraft.",
                new DocumentAttributes(Perspective.MigrantOrganisation, organisationId: "anadolu-kulturverein",
                    interviewDate: new LocalDate(2025, 3, 4), speakerId: "sp-01",
                    variables: [new KeyValuePair<string, VariableValue>("members", VariableValue.Number(120))]),
                "Interview Vorstand Kulturverein")
            .AddDocument("int-mo-02",
                "Wir sind keine Migrantenorganisation, wir sind einfach Nachbarn. "
                + "Trotzdem kommen Familien zu uns, die sonst niemand erreicht, und wir sagen im Ausschuss, was ihnen fehlt. "
                + "Viele verstehen die Bescheide nicht, weil sie nur auf Deutsch kommen.",
                new DocumentAttributes(Perspective.MigrantOrganisation, organisationId: "netzwerk-neue-vielfalt",
                    interviewDate: new LocalDate(2025, 3, 18), speakerId: "sp-02",
                    variables: [new KeyValuePair<string, VariableValue>("members", VariableValue.Number(45))]),
                "Interview Netzwerk")
            .AddDocument("int-wf-01",
                "Der Kulturverein ist für viele Familien der erste Ort, an dem sie Vertrauen fassen. "
                + "Von dort kommen sie dann in unsere Beratungsstellen. "
                + "Als Mitglied im Verband konkurrieren sie aber auch mit uns um die Regelförderung.",
                new DocumentAttributes(Perspective.WelfareAssociation, organisationId: "anadolu-kulturverein",
                    interviewDate: new LocalDate(2025, 4, 2), speakerId: "sp-03"),
                "Interview Wohlfahrtsverband")
            .AddDocument("int-wf-02",
                "Die Frauen vom Treff begleiten Ratsuchende zu Ämtern und übersetzen dort. "
                + "Dabei entsteht eine familiäre Atmosphäre, in der auch schwierige Themen Platz haben.",
                new DocumentAttributes(Perspective.WelfareAssociation, organisationId: "frauentreff-miteinander",
                    interviewDate: new LocalDate(2025, 4, 9), speakerId: "sp-04"),
                "Interview Wohlfahrtsverband 2")
            .AddDocument("int-pa-01",
                "Im Integrationsbeirat sind die Vereine unsere wichtigsten Ansprechpartner, sie machen Bedarfe sichtbar, die wir übersehen. "
                + "Ohne sie würden wir viele Familien gar nicht erreichen.",
                new DocumentAttributes(Perspective.PublicAdministration, SocialSecurity.AdministrativeRole.IntegrationAdministration,
                    organisationId: "netzwerk-neue-vielfalt", interviewDate: new LocalDate(2025, 5, 6), speakerId: "sp-05"),
                "Interview Integrationsverwaltung")
            .AddDocument("int-pa-02",
                "Im Jobcenter merken wir, wenn jemand vom Verein begleitet wird: die Unterlagen sind vollständig. "
                + "Die Sprachbarriere bleibt trotzdem groß.",
                new DocumentAttributes(Perspective.PublicAdministration, SocialSecurity.AdministrativeRole.EmploymentAgency,
                    organisationId: "frauentreff-miteinander", interviewDate: new LocalDate(2025, 5, 20), speakerId: "sp-06"),
                "Interview Jobcenter");

        // Both coders, mostly agreeing.
        foreach (var coder in new[] { CoderA, CoderB })
        {
            corpus = corpus
                .CodeText("int-mo-01", "Bei uns im Verein fühlen sich die Leute zuhause, hier kann man alles ansprechen.", safeSpace, coder)
                .CodeText("int-mo-01", "Dienstags bieten wir eine feste Sozialberatung an, inzwischen mit einer bezahlten Kraft.", formalOffers, coder)
                .CodeText("int-mo-02", "wir sagen im Ausschuss, was ihnen fehlt", needsVisible, coder)
                .CodeText("int-wf-01", "Der Kulturverein ist für viele Familien der erste Ort, an dem sie Vertrauen fassen.", homemaking, coder)
                .CodeText("int-wf-02", "Die Frauen vom Treff begleiten Ratsuchende zu Ämtern und übersetzen dort.", supportUsing, coder)
                .CodeText("int-pa-01", "sie machen Bedarfe sichtbar, die wir übersehen", advocacy, coder)
                .CodeText("int-pa-02", "Die Sprachbarriere bleibt trotzdem groß.", LanguageBarrierCode, coder);
        }

        // Where they disagree or only one of them coded.
        corpus = corpus
            .CodeText("int-mo-01", "Nach dem Teetrinken fragen viele, ob wir beim Brief vom Jobcenter helfen können.", hinge, CoderA,
                memo: "Übergang vom geselligen Rahmen zur Hilfe: Homemaking begünstigt Service.")
            .CodeText("int-mo-01", "Nach dem Teetrinken fragen viele, ob wir beim Brief vom Jobcenter helfen können.", service, CoderB)
            .CodeText("int-mo-01", "Bei uns im Verein fühlen sich die Leute zuhause, hier kann man alles ansprechen. Nach dem Teetrinken fragen viele, ob wir beim Brief vom Jobcenter helfen können.", service, CoderA)
            .CodeText("int-mo-02", "Viele verstehen die Bescheide nicht, weil sie nur auf Deutsch kommen.", LanguageBarrierCode, CoderA)
            .CodeText("int-wf-01", "Von dort kommen sie dann in unsere Beratungsstellen.", hinge, CoderA)
            .CodeText("int-wf-01", "Von dort kommen sie dann in unsere Beratungsstellen.", hinge, CoderB)
            .CodeText("int-wf-01", "Als Mitglied im Verband konkurrieren sie aber auch mit uns um die Regelförderung.", StandardCodes.Indicator(FunctionIndicator.WelfareAssociationMembership), CoderB)
            .CodeText("int-wf-02", "Dabei entsteht eine familiäre Atmosphäre, in der auch schwierige Themen Platz haben.", StandardCodes.Indicator(FunctionIndicator.ArrivingFeelingAtHome), CoderA)
            .CodeText("int-wf-02", "Dabei entsteht eine familiäre Atmosphäre, in der auch schwierige Themen Platz haben.", safeSpace, CoderB)
            .CodeText("int-pa-01", "Ohne sie würden wir viele Familien gar nicht erreichen.", StandardCodes.Indicator(FunctionIndicator.ReferralAndAccess), CoderA)
            .CodeText("int-pa-02", "Im Jobcenter merken wir, wenn jemand vom Verein begleitet wird: die Unterlagen sind vollständig.", supportUsing, CoderA)
            .CodeText("int-pa-02", "Im Jobcenter merken wir, wenn jemand vom Verein begleitet wird: die Unterlagen sind vollständig.", hinge, CoderB);
        return corpus;
    }
}
