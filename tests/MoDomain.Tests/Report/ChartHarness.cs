using System;
using System.IO;
using System.Xml.Linq;
using MoDomain.Cli.Report;

namespace MoDomain.Tests.Report;

/// <summary>Renders one chart into a bare XHTML fragment and parses it.</summary>
internal static class ChartHarness
{
    internal static (XElement Root, string Markup) Render(Action<ReportWriter> write)
    {
        using var text = new StringWriter();
        using (var writer = new ReportWriter(text))
        {
            writer.Start("div");
            write(writer);
            writer.End();
        }
        string markup = text.ToString();
        return (XElement.Parse(markup), markup);
    }
}
