using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using PolicyParse.Layout;
using PolicyParse.Reading.Pdf;

namespace PolicyParse.Reading.Ofd;

/// <summary>
/// Reads OFD (GB/T 33190-2016), China's fixed-layout format: OFD.xml → the DocBody's DocRoot →
/// Document.xml (page area, templates, fonts) → each page's content and its templates, whose text
/// objects and rules become positioned text and rules like a PDF page's, then lines, ruled tables and
/// paragraphs by the same code. A missing page or template is a warning; annotations and seals are not
/// text (the images and the seals are counted in warnings). Only the first document of a package is read.
/// </summary>
internal sealed class OfdReader : IDocumentReader
{
    private const int MaxGlyphsPerPage = 200_000;

    /// <inheritdoc />
    public SourceFormat Format => SourceFormat.Ofd;

    /// <inheritdoc />
    public DocumentLayout Read(SourceFile source, FileBudget budget)
    {
        var fileName = source.Name;
        using var package = new OfdPackage(source.Content, fileName, budget.Options.MaxXmlPartCharacters);
        var ofd = package.Load("OFD.xml") ?? throw new PolicyParseException(fileName, "the ZIP archive has no OFD.xml at its root: it is not an OFD package");
        var body = Child(ofd, "DocBody") ?? throw new PolicyParseException(fileName, "OFD.xml has no DocBody: the package holds no document");
        if (Child(body, "Encryptions") is not null || Child(ofd, "Encryptions") is not null || package.Has("Encryptions.xml"))
            throw new PolicyParseException(fileName, "the OFD package is encrypted (OFD cryptography, GM/T 0099); it cannot be read without its keys");
        var rootLocation = Child(body, "DocRoot")?.Value;
        if (string.IsNullOrWhiteSpace(rootLocation))
            throw new PolicyParseException(fileName, "OFD.xml's DocBody names no DocRoot: the package holds no document");
        var rootPath = OfdPackage.Resolve("", rootLocation!);
        var document = package.Load(rootPath) ?? throw new PolicyParseException(fileName, $"the DocRoot {rootLocation} is not in the package");
        var folder = OfdPackage.FolderOf(rootPath);

        var warnings = new List<string>();
        var common = Child(document, "CommonData");
        var pageArea = Box(Child(Child(common, "PageArea"), "PhysicalBox")) ?? new[] { 0.0, 0, 210, 297 };
        var fonts = Fonts(package, folder, common);
        var templates = Children(common, "TemplatePage")
            .Where(t => t.Attribute("ID") is not null && t.Attribute("BaseLoc") is not null)
            .GroupBy(t => (string)t.Attribute("ID")!)
            .ToDictionary(g => g.Key, g => OfdPackage.Resolve(folder, (string)g.First().Attribute("BaseLoc")!));
        var pageEntries = Children(Child(document, "Pages"), "Page").ToList();
        if (pageEntries.Count == 0)
            throw new PolicyParseException(fileName, "the OFD document has no pages");
        if (pageEntries.Count > budget.Options.MaxPages)
            throw new PolicyParseException(fileName, $"the OFD has {pageEntries.Count:N0} pages, over the limit of {budget.Options.MaxPages:N0} (PolicyParserOptions.MaxPages)");

        var pages = new List<PdfPageContent>();
        int images = 0;
        for (int index = 0; index < pageEntries.Count; index++)
        {
            budget.CheckClock();
            var location = (string?)pageEntries[index].Attribute("BaseLoc");
            var pagePath = location is null ? null : OfdPackage.Resolve(folder, location);
            var page = pagePath is null ? null : package.Load(pagePath);
            if (page is null)
            {
                warnings.Add($"page {index + 1} of the OFD ({location ?? "no BaseLoc"}) is not in the package; skipped");
                continue;
            }
            var area = Box(Child(Child(page, "Area"), "PhysicalBox")) ?? pageArea;
            var objects = new OfdPageObjects(area[3], fonts, MaxGlyphsPerPage);
            foreach (var use in Children(page, "Template"))
            {
                var id = (string?)use.Attribute("TemplateID");
                var template = id is not null && templates.TryGetValue(id, out var templatePath) ? package.Load(templatePath) : null;
                if (template is null)
                    warnings.Add($"page {index + 1} of the OFD uses template {id}, which is not in the package");
                else if (Child(template, "Content") is { } templateContent)
                    objects.Add(templateContent);
            }
            if (Child(page, "Content") is { } content)
                objects.Add(content);
            images += objects.Images;
            double width = area[2] * 72 / 25.4;
            pages.Add(PageContentBuilder.Build(index + 1, width, objects.Text, RuledTableDetector.Detect(objects.Rules)));
        }

        PageFurniture.Remove(pages);
        var blocks = PdfLayoutAssembler.Assemble(pages);
        if (blocks.Count == 0)
            throw new PolicyParseException(fileName, images > 0
                ? $"the OFD has no text: its pages hold {images} image{(images > 1 ? "s" : "")} (a scan?), which are not read"
                : "the OFD has no text (its pages hold only graphics)");
        if (images > 0)
            warnings.Add($"the OFD's pages hold {images} image{(images > 1 ? "s" : "")}; images are not read as text");
        if (Child(body, "Signatures") is { } signatures && package.Load(OfdPackage.Resolve("", signatures.Value)) is { } list
            && Children(list, "Signature").Count() is var seals and > 0)
            warnings.Add($"the OFD carries {seals} electronic signature{(seals > 1 ? "s" : "")} (seal{(seals > 1 ? "s" : "")}); not read as text");
        return new DocumentLayout(fileName, SourceFormat.Ofd, pageEntries.Count, source.Sha256, blocks) { Warnings = warnings };
    }

    /// <summary>Font names by ID from the document's PublicRes and DocumentRes parts.</summary>
    private static Dictionary<string, string> Fonts(OfdPackage package, string folder, XElement? common)
    {
        var fonts = new Dictionary<string, string>();
        foreach (var resource in Children(common, "PublicRes").Concat(Children(common, "DocumentRes")))
        {
            var res = package.Load(OfdPackage.Resolve(folder, resource.Value));
            foreach (var font in Children(Child(res, "Fonts"), "Font"))
                if ((string?)font.Attribute("ID") is { } id && (string?)font.Attribute("FontName") is { } name)
                    fonts[id] = name;
        }
        return fonts;
    }

    private static double[]? Box(XElement? element) =>
        OfdNumbers.Parse(element?.Value) is { Length: 4 } box && box[2] > 0 && box[3] > 0 ? box : null;

    private static XElement? Child(XElement? parent, string localName) => Children(parent, localName).FirstOrDefault();

    private static IEnumerable<XElement> Children(XElement? parent, string localName) =>
        parent?.Elements().Where(e => e.Name.LocalName == localName) ?? Enumerable.Empty<XElement>();
}
