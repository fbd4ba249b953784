using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Cooperation;
using MoDomain.Definitions;
using MoDomain.Funding;
using MoDomain.Rules;
using NodaTime;

namespace MoDomain.Tests.Cooperation;

/// <summary>FsCheck generators for the cooperation framework.</summary>
internal static class CooperationGenerators
{
    public static Config Config { get; } = Config.QuickThrowOnFailure.WithMaxTest(Generators.Scaled(300));

    public static Gen<CooperationArrangement> Arrangement { get; } = Gen.Elements(CooperationArrangement.All.ToArray());

    public static Gen<T> Enum<T>()
        where T : struct, System.Enum => Gen.Elements(System.Enum.GetValues<T>());

    public static Gen<Fact<T>> FactOf<T>(Gen<T> gen) =>
        Gen.Frequency((1, Gen.Constant(Fact<T>.Unknown)), (3, gen.Select(v => new Fact<T>(v))));

    public static Gen<ValueSet<T>> SetOf<T>()
        where T : struct, System.Enum => Gen.SubListOf(System.Enum.GetValues<T>()).Select(l => ValueSet.Of<T>(l));

    private static readonly string[] Mos = ["mo-a", "mo-b", "mo-c"];
    private static readonly CooperationPartner[] Partners =
    [
        new("Integrationsbüro", PartnerKind.IntegrationDepartment),
        new("Kita-Koordination", PartnerKind.Kita),
        new("Jobcenter", PartnerKind.LabourMarketInstitution),
    ];

    public static Gen<CooperationRecord> Record(int index) =>
        from level in Enum<CooperationLevel>()
        from form in CooperationArrangement.HasForms(level) ? FactOf(Enum<CooperationForm>()) : Gen.Constant(Fact<CooperationForm>.Unknown)
        from mos in Gen.NonEmptyListOf(Gen.Elements(Mos)).Select(l => l.Distinct().ToArray())
        from partners in Gen.NonEmptyListOf(Gen.Elements(Partners)).Select(l => l.Distinct().ToArray())
        from topics in Gen.NonEmptyListOf(Enum<CooperationTopic>())
        from initiator in FactOf(Enum<CooperationInitiator>())
        from roles in FactOf(SetOf<CooperationRole>())
        from startDay in Gen.Choose(0, 3000)
        from length in Gen.Frequency((1, Gen.Constant(-1)), (2, Gen.Choose(0, 800)))
        let start = new LocalDate(2018, 1, 1).PlusDays(startDay)
        let period = length < 0 ? CooperationPeriod.On(start) : CooperationPeriod.Between(start, start.PlusDays(length))
        select new CooperationRecord($"record-{index}", $"Record {index}", mos, partners, level, form, ValueSet.Of<CooperationTopic>(topics), initiator, roles, period);

    public static Gen<CooperationRecord[]> Records { get; } =
        from n in Gen.Choose(0, 12)
        from records in Gen.CollectToArray(Enumerable.Range(0, n).Select(Record))
        select records;

    public static Gen<MunicipalSetUp> SetUp { get; } =
        from concept in FactOf(Gen.Elements(true, false))
        from job in FactOf(Gen.Elements(true, false))
        from staff in FactOf(Enum<ShareBand>())
        from budget in FactOf(Enum<ShareBand>())
        from rooms in FactOf(SetOf<RoomForm>())
        from offers in FactOf(SetOf<QualificationWay>())
        select new MunicipalSetUp(concept, job, staff, budget, rooms, offers);

    public static Gen<MunicipalityCooperation> Municipality { get; } =
        from name in Gen.Elements("Musterstadt", "Beispielkreis", "Neustadt „Süd“")
        from setUp in SetUp
        from records in Records
        select new MunicipalityCooperation(name, setUp, records);

    public static Gen<ObservationReport> Report { get; } =
        from observed in Gen.Elements(true, false)
        from source in Gen.Elements("Verfassungsschutzbericht 2023", "Auskunft des Landesamts")
        from day in Gen.Choose(0, 2000)
        select new ObservationReport(observed, source, new LocalDate(2019, 1, 1).PlusDays(day));

    public static Gen<MsoCandidate> Candidate { get; } =
        from name in Gen.Elements("Verein A", "Verein B")
        from active in FactOf(Gen.Elements(true, false))
        from umbrellas in FactOf(Gen.SubListOf("Dachverband Nord", "Dachverband Süd").Select(l => ValueSet.OfStrings(l)))
        from character in FactOf(SetOf<Orientation>())
        from staffing in FactOf(Enum<Staffing>())
        from report in FactOf(Report)
        from clarification in FactOf(Enum<CommissionerClarification>())
        from identity in Identity
        select new MsoCandidate(name, active, umbrellas, character, Fact<string>.Unknown, staffing, report, clarification, identity.Origin, identity.Nationality, identity.Religion);

    public static Gen<(Fact<string> Origin, Fact<string> Nationality, Fact<string> Religion)> Identity { get; } =
        from origin in FactOf(Gen.Elements("Türkei", "Syrien", "Polen", "Vietnam", "Eritrea"))
        from nationality in FactOf(Gen.Elements("deutsch", "türkisch", "syrisch", "staatenlos"))
        from religion in FactOf(Gen.Elements("muslimisch", "christlich", "jüdisch", "alevitisch", "keine"))
        select (origin, nationality, religion);

    public static Gen<DueDiligenceParameters> Parameters { get; } =
        from concerning in Gen.SubListOf("Dachverband Nord", "Dachverband West")
        from require in Gen.Elements(true, false)
        select new DueDiligenceParameters(concerning, require);
}
