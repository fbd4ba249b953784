namespace MoDomain.Coding.Agreement;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood 2014): a tiny, fully specified pseudo-random generator, so that a seed gives the
/// same stream on every platform and .NET version. Bounded integers use Lemire's multiply-and-reject method (unbiased).
/// Not thread-safe; one instance per computation.
/// </summary>
internal sealed class SplitMix64
{
    private ulong state;

    /// <summary>Creates a generator from a 32-bit seed.</summary>
    internal SplitMix64(int seed) => state = unchecked((ulong)(long)seed);

    /// <summary>Returns the next 64 random bits.</summary>
    internal ulong Next()
    {
        unchecked
        {
            ulong z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>Returns a uniformly distributed integer in [0, <paramref name="bound"/>); <paramref name="bound"/> must be positive.</summary>
    internal int NextInt(int bound)
    {
        uint range = (uint)bound;
        ulong product = (ulong)(uint)(Next() >> 32) * range;
        uint low = unchecked((uint)product);
        if (low < range)
        {
            uint threshold = unchecked(0u - range) % range;
            while (low < threshold)
            {
                product = (ulong)(uint)(Next() >> 32) * range;
                low = unchecked((uint)product);
            }
        }
        return (int)(product >> 32);
    }
}
