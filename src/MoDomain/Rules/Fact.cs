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

    /// <summary>Creates an unknown fact.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <returns>The unknown fact.</returns>
    public static Fact<T> Unknown<T>() => default;
}
