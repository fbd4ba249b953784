using System;
using System.Linq;
using MoDomain.Cooperation;
using MoDomain.Rules;
using static MoDomain.Tests.Cooperation.CoopFixtures;

namespace MoDomain.Tests.Cooperation;

/// <summary>
/// Contracts of a cooperation record and its parts (partner, period, arrangement) that mutation testing found
/// unchecked: every argument check with its parameter name and message, value equality field by field, text forms.
/// </summary>
public sealed class RecordContractTests
{
    private static void AssertOutOfRange(Action act, string param)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(act);
        Assert.Equal(param, e.ParamName);
    }

    [Fact]
    public void A_record_keeps_what_it_was_given()
    {
        var record = Record(
            id: "kita-fest",
            mos: ["mo-a", "mo-b"],
            partners: [Office, Kita],
            level: CooperationLevel.Project,
            form: CooperationForm.Joint,
            topics: ValueSet.Of(CooperationTopic.Sport, CooperationTopic.Refugees),
            initiator: CooperationInitiator.MigrantOrganisation,
            roles: ValueSet.Of(CooperationRole.Expert),
            period: CooperationPeriod.Between(D(2021, 3, 1), D(2021, 9, 30)));
        Assert.Equal("kita-fest", record.Id);
        Assert.Equal(["mo-a", "mo-b"], record.Mos);
        Assert.Equal([Office, Kita], record.Partners);
        Assert.Equal(CooperationForm.Joint, record.Form.Value);
        Assert.Equal(CooperationInitiator.MigrantOrganisation, record.Initiator.Value);
        Assert.Equal(ValueSet.Of(CooperationRole.Expert), record.Roles.Value);
        Assert.Equal("kita-fest: Titel kita-fest", record.ToString());
        Assert.False(Record().Initiator.IsKnown);
        Assert.False(Record().Roles.IsKnown);
    }

    [Fact]
    public void The_mo_list_must_be_present_non_empty_distinct_and_without_blanks()
    {
        var nullList = Assert.Throws<ArgumentNullException>(() => new CooperationRecord("r-1", "T", null!, [Office], CooperationLevel.AdHocExchange, default, ValueSet.Of(CooperationTopic.Other), default, default, CooperationPeriod.On(D(2020, 1, 1))));
        Assert.Equal("mos", nullList.ParamName);
        AssertArgument(() => Record(mos: ["mo-a", null!]), "mos", "null elements");
        AssertArgument(() => Record(mos: []), "mos", "A cooperation needs at least one MO.");
        AssertArgument(() => Record(mos: ["mo-a", " "]), "mos", "An MO key must not be blank.");
        AssertArgument(() => Record(mos: ["mo-a", "mo-b", "mo-a"]), "mos", "The MO 'mo-a' is listed twice.");
    }

    [Fact]
    public void The_partner_list_must_be_non_empty_distinct_and_without_nulls()
    {
        AssertArgument(() => Record(partners: [Office, null!]), "partners", "null elements");
        AssertArgument(() => Record(partners: []), "partners", "A cooperation needs at least one institutional partner.");
        AssertArgument(() => Record(partners: [Office, Kita, new CooperationPartner("Integrationsbüro", PartnerKind.IntegrationDepartment)]), "partners", "A partner is listed twice.");
        // Same name, other kind: a different partner.
        Assert.Equal(2, Record(partners: [Office, new CooperationPartner("Integrationsbüro", PartnerKind.MunicipalOffice)]).Partners.Length);
    }

    [Fact]
    public void Form_topics_initiator_and_roles_are_checked()
    {
        AssertOutOfRange(() => Record(level: CooperationLevel.Project, form: (CooperationForm)9), "form");
        AssertArgument(() => Record(level: CooperationLevel.StandingBody, form: CooperationForm.Joint), "form", "The level 'standing-body' has no forms; leave the form unknown.");
        AssertArgument(() => Record(topics: ValueSet.Of<CooperationTopic>()), "topics", "A cooperation needs at least one topic; use 'other' when none fits.");
        AssertOutOfRange(() => Record(topics: ValueSet.Of(CooperationTopic.Sport, (CooperationTopic)99)), "topics");
        AssertOutOfRange(() => Record(initiator: (CooperationInitiator)9), "initiator");
        AssertOutOfRange(() => Record(roles: ValueSet.Of(CooperationRole.Expert, (CooperationRole)9)), "roles");
    }

    [Fact]
    public void Involves_needs_both_names_and_both_parties()
    {
        var record = Record(mos: ["mo-a"], partners: [Office]);
        Assert.True(record.Involves("mo-a", "Integrationsbüro"));
        Assert.False(record.Involves("mo-b", "Integrationsbüro"));
        Assert.False(record.Involves("mo-a", "Kita-Koordination"));
        Assert.Equal("mo", Assert.Throws<ArgumentNullException>(() => record.Involves(null!, "Integrationsbüro")).ParamName);
        Assert.Equal("partnerName", Assert.Throws<ArgumentNullException>(() => record.Involves("mo-a", null!)).ParamName);
    }

    [Fact]
    public void Partners_compare_by_name_and_kind()
    {
        EqualityLaws.Check(
            () => new CooperationPartner("Jobcenter", PartnerKind.LabourMarketInstitution),
            ("name", new CooperationPartner("Jobcentre", PartnerKind.LabourMarketInstitution)),
            ("kind", new CooperationPartner("Jobcenter", PartnerKind.MunicipalOffice)));
        Assert.Equal("Jobcenter (labour-market-institution)", new CooperationPartner("Jobcenter", PartnerKind.LabourMarketInstitution).ToString());
    }

    [Fact]
    public void Periods_compare_by_interval_and_shape_and_print_as_iso_dates()
    {
        var day = D(2020, 3, 5);
        EqualityLaws.Check(
            () => CooperationPeriod.Between(day, day),
            ("single date", CooperationPeriod.On(day)),
            ("interval", CooperationPeriod.Between(day, day.PlusDays(1))));
        var during = CooperationPeriod.During(new NodaTime.DateInterval(day, D(2020, 4, 1)));
        Assert.False(during.IsSingleDate);
        Assert.Equal("2020-03-05/2020-04-01", during.ToString());
        Assert.Equal("2020-03-05/2020-03-05", CooperationPeriod.Between(day, day).ToString());
        Assert.Equal("2020-03-05", CooperationPeriod.On(day).ToString());
        Assert.True(CooperationPeriod.On(day).IsSingleDate);
    }

    [Fact]
    public void A_period_cannot_end_before_it_starts()
    {
        AssertArgument(() => CooperationPeriod.Between(D(2020, 2, 1), D(2020, 1, 31)), "end", "The end 2020-01-31 lies before the start 2020-02-01.");
        Assert.Equal(D(2020, 2, 1), CooperationPeriod.Between(D(2020, 2, 1), D(2020, 2, 1)).End);
    }

    [Fact]
    public void Arrangements_refuse_a_form_where_none_applies_and_demand_one_where_it_does()
    {
        AssertArgument(() => _ = new CooperationArrangement(CooperationLevel.Project), "level", "The level 'project' needs a form.");
        AssertArgument(() => _ = new CooperationArrangement(CooperationLevel.StandingBody, CooperationForm.Joint), "level", "The level 'standing-body' has no forms.");
    }

    [Fact]
    public void Arrangement_ids_parse_back_and_unknown_ids_do_not()
    {
        foreach (var arrangement in CooperationArrangement.All)
        {
            Assert.True(CooperationArrangement.TryParse(arrangement.Id, out var parsed));
            Assert.Equal(arrangement, parsed);
        }
        Assert.True(CooperationArrangement.TryParse("project/joint", out var joint));
        Assert.Equal(new CooperationArrangement(CooperationLevel.Project, CooperationForm.Joint), joint);
        Assert.False(CooperationArrangement.TryParse("project", out var none));
        Assert.Null(none);
        Assert.False(CooperationArrangement.TryParse(null, out _));
        Assert.False(CooperationArrangement.TryParse("Project/Joint", out _));
    }
}
