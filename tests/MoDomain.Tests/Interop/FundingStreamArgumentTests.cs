using System;
using MoDomain.Interop;

namespace MoDomain.Tests.Interop;

/// <summary>The stream readers name their public parameter when it is null, as documented.</summary>
public sealed class FundingStreamArgumentTests
{
    [Fact]
    public void A_null_stream_is_refused_naming_utf8Json()
    {
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => FundingJson.ReadPolicy(null!)).ParamName);
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => FundingJson.ReadLadder(null!)).ParamName);
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => FundingJson.ReadCases(null!)).ParamName);
    }
}
