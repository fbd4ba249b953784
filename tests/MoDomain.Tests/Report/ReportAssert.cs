using System;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace MoDomain.Tests.Report;

/// <summary>Parses the report as XML and checks the properties every report must have.</summary>
internal static class ReportAssert
{
    internal static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    internal static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Parses the document (doctype ignored); fails the test when it is not well-formed.</summary>
    internal static XDocument Parse(string html)
    {
        Assert.StartsWith("<!DOCTYPE html>\n", html, StringComparison.Ordinal);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(html), settings);
        var doc = XDocument.Load(reader);
        Assert.Equal(Xhtml + "html", doc.Root!.Name);
        return doc;
    }

    /// <summary>Checks the safety and accessibility rules and returns the parsed document.</summary>
    internal static XDocument WellFormedAndSafe(string html)
    {
        XDocument doc = Parse(html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName == "script");
        foreach (XAttribute a in doc.Descendants().Attributes())
        {
            Assert.False(a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler attribute {a.Name}");
            if (a.Name.LocalName is "src" or "href" or "xlink:href")
            {
                Assert.False(a.Value.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || a.Value.StartsWith("https:", StringComparison.OrdinalIgnoreCase) || a.Value.StartsWith("//", StringComparison.Ordinal), $"external reference {a.Value}");
                Assert.StartsWith("#", a.Value, StringComparison.Ordinal);
            }
        }
        Assert.DoesNotContain("url(http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);

        // Ids are unique, and every internal link and aria-labelledby points at one.
        var ids = doc.Descendants().Attributes("id").Select(a => a.Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        foreach (XAttribute href in doc.Descendants().Attributes("href"))
        {
            Assert.Contains(href.Value[1..], ids);
        }
        foreach (XAttribute labelled in doc.Descendants().Attributes("aria-labelledby"))
        {
            foreach (string id in labelled.Value.Split(' '))
            {
                Assert.Contains(id, ids);
            }
        }

        foreach (XElement svg in doc.Descendants(Svg + "svg"))
        {
            ChartIsLabelled(svg);
        }
        return doc;
    }

    /// <summary>An svg has role img, a non-empty title and desc that aria-labelledby names, and sits in a figure with a caption and a data table.</summary>
    internal static void ChartIsLabelled(XElement svg)
    {
        Assert.Equal("img", (string?)svg.Attribute("role"));
        XElement title = Assert.Single(svg.Elements(Svg + "title"));
        XElement desc = Assert.Single(svg.Elements(Svg + "desc"));
        Assert.False(string.IsNullOrWhiteSpace(title.Value));
        Assert.False(string.IsNullOrWhiteSpace(desc.Value));
        string[] labelledBy = ((string?)svg.Attribute("aria-labelledby"))!.Split(' ');
        Assert.Equal([(string)title.Attribute("id")!, (string)desc.Attribute("id")!], labelledBy);
        XElement figure = svg.Parent!;
        Assert.Equal(Xhtml + "figure", figure.Name);
        Assert.Single(figure.Elements(Xhtml + "figcaption"));
        Assert.Single(figure.Elements(Xhtml + "table"));
    }

    /// <summary>The figures of a chart kind (CSS class chart-KIND).</summary>
    internal static XElement[] Figures(XDocument doc, string kind) =>
        [.. doc.Descendants(Xhtml + "figure").Where(f => ((string?)f.Attribute("class") ?? string.Empty).Split(' ').Contains("chart-" + kind))];
}
