using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MoDomain.Internal;
using MoDomain.Rules;

namespace MoDomain.Cooperation;

/// <summary>
/// One recorded cooperation between one or more MOs and one or more institutional partners (DOMAIN.md §5): level,
/// form, topics, initiator, the MOs' roles and the period.
/// </summary>
/// <remarks>
/// <para>Immutable and validated: a record is never half-built. MOs are referenced by a caller-chosen key (e.g. a
/// sample id or the organisation's name); nothing about an MO's origin, nationality or religion is part of a record.</para>
/// <para>The form is only meaningful for single events and projects; for other levels it must be unknown. Unknown
/// facts (form, initiator, roles) stay unknown; analyses report them as such.</para>
/// </remarks>
public sealed class CooperationRecord
{
    /// <summary>Initializes a record.</summary>
    /// <param name="id">A caller-chosen id, unique within a portfolio (lower-case, digits, single hyphens).</param>
    /// <param name="title">A short title.</param>
    /// <param name="mos">The MO keys (at least one, no duplicates, none blank).</param>
    /// <param name="partners">The institutional partners (at least one, no duplicates).</param>
    /// <param name="level">The level.</param>
    /// <param name="form">The form: known only for single events and projects.</param>
    /// <param name="topics">The topics (at least one; use <see cref="CooperationTopic.Other"/> when none fits).</param>
    /// <param name="initiator">Who initiated the cooperation.</param>
    /// <param name="roles">The MOs' roles in it.</param>
    /// <param name="period">When it took place.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">A value is invalid; the exception names the parameter.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public CooperationRecord(
        string id,
        string title,
        IEnumerable<string> mos,
        IEnumerable<CooperationPartner> partners,
        CooperationLevel level,
        Fact<CooperationForm> form,
        ValueSet<CooperationTopic> topics,
        Fact<CooperationInitiator> initiator,
        Fact<ValueSet<CooperationRole>> roles,
        CooperationPeriod period)
    {
        Id = Vocabulary.ConceptIds.Check(id);
        Title = Guard.Against.Blank(title);
        Guard.Against.NullElements(mos);
        Mos = [.. mos];
        Guard.Against.Unsatisfied(!Mos.IsEmpty, "A cooperation needs at least one MO.", nameof(mos));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mo in Mos)
        {
            Guard.Against.Unsatisfied(!string.IsNullOrWhiteSpace(mo), "An MO key must not be blank.", nameof(mos));
            Guard.Against.Unsatisfied(seen.Add(mo), $"The MO '{mo}' is listed twice.", nameof(mos));
        }
        Guard.Against.NullElements(partners);
        Partners = [.. partners];
        Guard.Against.Unsatisfied(!Partners.IsEmpty, "A cooperation needs at least one institutional partner.", nameof(partners));
        Guard.Against.Unsatisfied(new HashSet<CooperationPartner>(Partners).Count == Partners.Length, "A partner is listed twice.", nameof(partners));
        Level = Guard.Against.UndefinedValue(level);
        if (form.IsKnown)
        {
            Guard.Against.UndefinedValue(form.Value, nameof(form));
            Guard.Against.Unsatisfied(CooperationArrangement.HasForms(level), $"The level '{CooperationVocabulary.Levels.IdOf(level)}' has no forms; leave the form unknown.", nameof(form));
        }
        Form = form;
        Topics = Guard.Against.Null(topics);
        Guard.Against.Unsatisfied(!topics.IsEmpty, "A cooperation needs at least one topic; use 'other' when none fits.", nameof(topics));
        foreach (var topic in topics)
        {
            Guard.Against.UndefinedValue(topic, nameof(topics));
        }
        Initiator = initiator.IsKnown ? Guard.Against.UndefinedValue(initiator.Value, nameof(initiator)) : initiator;
        if (roles.IsKnown)
        {
            foreach (var role in roles.Value)
            {
                Guard.Against.UndefinedValue(role, nameof(roles));
            }
        }
        Roles = roles;
        Period = Guard.Against.Null(period);
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the MO keys, in the given order.</summary>
    public ImmutableArray<string> Mos { get; }

    /// <summary>Gets the institutional partners, in the given order.</summary>
    public ImmutableArray<CooperationPartner> Partners { get; }

    /// <summary>Gets the level.</summary>
    public CooperationLevel Level { get; }

    /// <summary>Gets the form (unknown for levels without forms).</summary>
    public Fact<CooperationForm> Form { get; }

    /// <summary>Gets the topics.</summary>
    public ValueSet<CooperationTopic> Topics { get; }

    /// <summary>Gets who initiated the cooperation.</summary>
    public Fact<CooperationInitiator> Initiator { get; }

    /// <summary>Gets the MOs' roles.</summary>
    public Fact<ValueSet<CooperationRole>> Roles { get; }

    /// <summary>Gets the period.</summary>
    public CooperationPeriod Period { get; }

    /// <summary>Gets the arrangement when it is known: always for levels without forms, otherwise when the form is known.</summary>
    public Fact<CooperationArrangement> Arrangement => !CooperationArrangement.HasForms(Level)
        ? new CooperationArrangement(Level)
        : Form.Select(f => new CooperationArrangement(Level, f));

    /// <summary>Whether the record involves the MO and the partner (by name).</summary>
    /// <param name="mo">The MO key.</param>
    /// <param name="partnerName">The partner's name.</param>
    /// <returns>True when both take part.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public bool Involves(string mo, string partnerName)
    {
        Guard.Against.Null(mo);
        Guard.Against.Null(partnerName);
        return Mos.Contains(mo, StringComparer.Ordinal) && Partners.Any(p => string.Equals(p.Name, partnerName, StringComparison.Ordinal));
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Title}";
}
