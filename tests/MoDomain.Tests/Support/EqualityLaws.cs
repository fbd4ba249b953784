using System;
using System.Collections.Generic;

namespace MoDomain.Tests.Support;

/// <summary>
/// Value-equality laws for one type: equal copies are equal with equal hashes, and every variant that differs from the
/// original in one field is unequal (both ways, typed and untyped) and hashes differently.
/// </summary>
internal static class EqualityLaws
{
    /// <summary>Checks the laws.</summary>
    /// <param name="make">Builds the original; called twice to get an equal copy that is a different instance.</param>
    /// <param name="variants">Each changes exactly one field of the original, named for the failure message; a name
    /// starting with <c>~</c> marks a field the type leaves out of its hash code on purpose.</param>
    internal static void Check<T>(Func<T> make, params (string Field, T Value)[] variants)
        where T : class, IEquatable<T>
    {
        T original = make();
        AssertEqualCopies(original, make());
        foreach (var (field, variant) in variants)
        {
            AssertDiffers(original, variant, field, hashed: !field.StartsWith('~'));
        }
    }

    /// <summary>Checks that two separately built equal values are equal both ways with equal hashes, and that null and
    /// a value of another type are not equal.</summary>
    /// <param name="original">The original value.</param>
    /// <param name="copy">An equal value, built separately.</param>
    internal static void AssertEqualCopies<T>(T original, T copy)
        where T : class, IEquatable<T>
    {
        Assert.NotSame(original, copy);
        Assert.True(original.Equals(copy));
        Assert.True(copy.Equals(original));
        Assert.True(original.Equals((object)copy));
        Assert.Equal(original.GetHashCode(), copy.GetHashCode());
        Assert.False(original.Equals((T?)null));
        Assert.False(original.Equals((object?)"other"));
    }

    /// <summary>Checks that a variant differing in one field is unequal both ways, typed and untyped.</summary>
    /// <param name="original">The original value.</param>
    /// <param name="variant">The value that differs in <paramref name="field"/>.</param>
    /// <param name="field">The field, for the failure message.</param>
    /// <param name="hashed">Whether the type's hash reads the field, so the hashes must differ too.</param>
    internal static void AssertDiffers<T>(T original, T variant, string field, bool hashed)
        where T : class, IEquatable<T>
    {
        Assert.False(original.Equals(variant), $"{typeof(T).Name}: differs in {field} yet equal");
        Assert.False(variant.Equals(original), $"{typeof(T).Name}: differs in {field} yet equal (reversed)");
        Assert.False(original.Equals((object)variant), $"{typeof(T).Name}: differs in {field} yet equal (object)");
        // HashCode is seeded per process: two different values collide with probability 2^-32.
        Assert.True(!hashed || original.GetHashCode() != variant.GetHashCode(), $"{typeof(T).Name}: differs in {field} yet hashes alike");
    }
}
