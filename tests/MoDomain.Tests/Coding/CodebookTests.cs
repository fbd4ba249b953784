using System;
using System.Collections.Generic;
using System.Linq;
using MoDomain.Coding;
using MoDomain.SocialSecurity;
using MoDomain.Vocabulary;

namespace MoDomain.Tests.Coding;

public sealed class CodebookTests
{
    private static readonly Codebook Standard = Codebook.Standard;

    [Fact]
    public void Standard_codebook_has_the_four_functions_with_their_indicators_as_sub_codes()
    {
        var functions = Standard.ChildrenOf(StandardCodes.Functions).ToList();
        Assert.Equal(["function:homemaking", "function:service", "function:hinge", "function:advocacy"], functions.Select(c => c.Id));
        Assert.Equal(3, Standard.ChildrenOf("function:homemaking").Count());
        Assert.Equal(5, Standard.ChildrenOf("function:service").Count());
        Assert.Equal(4, Standard.ChildrenOf("function:hinge").Count());
        Assert.Equal(4, Standard.ChildrenOf("function:advocacy").Count());
        Assert.Equal("function:homemaking", Standard["indicator:safe-space"].ParentId);
        Assert.Equal("Homemaking-Funktion", Standard["function:homemaking"].Label.German);
        Assert.False(Standard[StandardCodes.Functions].IsCodable);
    }

    [Fact]
    public void Standard_codebook_has_perspectives_objectives_cooperation_roles_and_definition_criteria()
    {
        Assert.Equal(3, Standard.ChildrenOf(StandardCodes.Perspectives).Count());
        Assert.Equal(3, Standard.ChildrenOf("perspective:public-administration").Count());
        Assert.Equal(4, Standard.ChildrenOf(StandardCodes.Objectives).Count());
        Assert.Equal(13, Standard.Codes.Count(c => c.Id.StartsWith("objective:", StringComparison.Ordinal)));
        Assert.Equal(3, Standard.ChildrenOf(StandardCodes.CooperationRoles).Count());
        Assert.True(Standard.Contains("definition:svr-2020"));
        Assert.True(Standard.Contains("definition:bpb-2013"));
        Assert.True(Standard.Contains("criterion:founded-by-migrants"));
        Assert.True(Standard.Contains("criterion:container-term"));
        Assert.True(Standard.IsWithin("criterion:founded-by-migrants", "definition:svr-2020"));
    }

    [Fact]
    public void Parents_come_before_children_and_ids_are_unique()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in Standard.Codes)
        {
            Assert.True(code.ParentId is null || seen.Contains(code.ParentId), code.Id);
            Assert.True(seen.Add(code.Id), code.Id);
        }
    }

    [Fact]
    public void Researcher_codes_are_added_immutably_and_validated()
    {
        var extended = Standard.WithCode("own:language-barrier", "Language barrier", "Sprachbarriere", parentId: "function:service", colour: "#aabbcc");
        Assert.False(Standard.Contains("own:language-barrier"));
        Assert.Equal("#AABBCC", extended["own:language-barrier"].Colour);
        Assert.Equal(Code.ResearcherSource, extended["own:language-barrier"].Source);
        Assert.True(StandardCodes.TryGetFunction(extended, "own:language-barrier", out var f) && f == SocialSecurityFunction.Service);
        Assert.Throws<ArgumentException>(() => extended.WithCode("own:language-barrier", "x", "y"));
        Assert.Throws<ArgumentException>(() => Standard.WithCode("own:x", "x", "y", parentId: "own:missing"));
        Assert.Throws<ArgumentException>(() => Standard.WithCode("own:x", "x", "y", colour: "red"));
        Assert.Throws<ArgumentException>(() => Standard.WithCode("own:x", "x", "y", colour: "#12345"));
        Assert.Throws<ArgumentException>(() => Standard.WithCode("Own Code", "x", "y"));
        Assert.Throws<ArgumentException>(() => new Code("a", new LocalizedText("a", "a"), parentId: "a"));
        var ex = Assert.Throws<KeyNotFoundException>(() => Standard["function:homemakin"]);
        Assert.Contains("function:homemaking", ex.Message);
    }

    [Fact]
    public void Colours_are_validated_as_hash_and_six_hex_digits()
    {
        Assert.True(Code.IsValidColour("#00ff7F"));
        Assert.False(Code.IsValidColour("00ff7f"));
        Assert.False(Code.IsValidColour("#00ff7"));
        Assert.False(Code.IsValidColour("#00ff7g"));
        Assert.False(Code.IsValidColour(null));
    }

    [Fact]
    public void Code_guid_is_derived_from_the_id()
    {
        Assert.Equal(NameBasedGuid.ForCode("indicator:safe-space"), Standard["indicator:safe-space"].CodeGuid);
    }
}
