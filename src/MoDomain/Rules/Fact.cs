namespace MoDomain.Rules;

/// <summary>Factory methods for <see cref="Fact{T}"/>.</summary>
public static class Fact
{
    /// <summary>Creates a known fact.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The known fact.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static Fact<T> Known<T>(T value) => new(value);

    /// <summary>Creates a known fact from a reference that may be null, and an unknown fact from null: the explicit way to
    /// say that a missing value means "not known" (for example a nullable database column).</summary>
    /// <typeparam name="T">The value type (a reference type).</typeparam>
    /// <param name="value">The value, or null for unknown.</param>
    /// <returns>The known fact, or <see cref="Fact{T}.Unknown"/> when <paramref name="value"/> is null.</returns>
    public static Fact<T> FromNullable<T>(T? value)
        where T : class => value is null ? default : new(value);

    /// <summary>Creates a known fact from a nullable value, and an unknown fact from null: the explicit way to say that a
    /// missing value means "not known" (for example an <c>int?</c> column).</summary>
    /// <typeparam name="T">The value type (a value type).</typeparam>
    /// <param name="value">The value, or null for unknown.</param>
    /// <returns>The known fact, or <see cref="Fact{T}.Unknown"/> when <paramref name="value"/> has no value.</returns>
    public static Fact<T> FromNullable<T>(T? value)
        where T : struct => value is { } known ? new(known) : default;

    /// <summary>Creates an unknown fact.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <returns>The unknown fact.</returns>
    public static Fact<T> Unknown<T>() => default;
}
