using System;
using System.Collections.Generic;
using MoDomain.Cooperation;
using MoDomain.Rules;
using NodaTime;

namespace MoDomain.Tests.Cooperation;

/// <summary>Small builders shared by the cooperation contract tests: one valid record whose single parts can be varied.</summary>
internal static class CoopFixtures
{
    public static readonly CooperationPartner Office = new("Integrationsbüro", PartnerKind.IntegrationDepartment);
    public static readonly CooperationPartner Kita = new("Kita-Koordination", PartnerKind.Kita);

    /// <summary>Asserts that an action throws exactly <see cref="ArgumentException"/> naming the parameter, with the message part.</summary>
    public static void AssertArgument(Action act, string param, string message)
    {
        var e = Assert.Throws<ArgumentException>(act);
        Assert.Equal(param, e.ParamName);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    public static LocalDate D(int year, int month, int day) => new(year, month, day);

    public static CooperationRecord Record(
        string id = "r-1",
        IEnumerable<string>? mos = null,
        IEnumerable<CooperationPartner>? partners = null,
        CooperationLevel level = CooperationLevel.AdHocExchange,
        Fact<CooperationForm> form = default,
        ValueSet<CooperationTopic>? topics = null,
        Fact<CooperationInitiator> initiator = default,
        Fact<ValueSet<CooperationRole>> roles = default,
        CooperationPeriod? period = null) =>
        new(
            id,
            "Titel " + id,
            mos ?? ["mo-a"],
            partners ?? [Office],
            level,
            form,
            topics ?? ValueSet.Of(CooperationTopic.Other),
            initiator,
            roles,
            period ?? CooperationPeriod.On(D(2020, 1, 1)));
}
