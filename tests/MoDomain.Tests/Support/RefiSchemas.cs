using System;
using System.IO;
using System.Xml;
using System.Xml.Schema;

namespace MoDomain.Tests.Support;

/// <summary>Loads the REFI-QDA XSDs from ../shared/refi-qda (beside the checkout) and validates XML against them.</summary>
internal static class RefiSchemas
{
    internal static string? Folder()
    {
        string? env = Environment.GetEnvironmentVariable("MODOMAIN_REFI_SCHEMAS");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env))
        {
            return env;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MoDomain.sln")))
            {
                string candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "refi-qda"));
                return Directory.Exists(candidate) ? candidate : null;
            }
        }
        return null;
    }

    /// <summary>Returns the schema folder, or skips the test (fails in CI) when it is missing.</summary>
    internal static string RequireFolder()
    {
        string? folder = Folder();
        if (folder is null)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail("The REFI-QDA schema folder ../shared/refi-qda is missing; in CI it must be present.");
            }
            Assert.Skip("The REFI-QDA schema folder ../shared/refi-qda is not present.");
        }
        return folder!;
    }

    internal static void ValidateCodebook(byte[] xml) => Validate(xml, "Codebook.xsd", "urn:QDA-XML:codebook:1.0");

    internal static void ValidateProject(byte[] xml) => Validate(xml, "Project-mrt2019.xsd", "urn:QDA-XML:project:1.0");

    private static void Validate(byte[] xml, string file, string ns)
    {
        string folder = RequireFolder();
        var schemas = new XmlSchemaSet { XmlResolver = null };
        using (var schemaReader = XmlReader.Create(Path.Combine(folder, file), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore }))
        {
            schemas.Add(ns, schemaReader);
        }
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas, DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        var errors = new System.Collections.Generic.List<string>();
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        while (reader.Read())
        {
        }
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
