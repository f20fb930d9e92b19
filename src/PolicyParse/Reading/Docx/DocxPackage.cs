using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Xml;

namespace PolicyParse.Reading.Docx;

/// <summary>
/// The parts of a .docx read straight from its ZIP archive: the package relationships say where the
/// main document is, and its relationships where the styles and the numbering are. (Opening the
/// package through System.IO.Packaging costs several times the whole body pass.)
/// Every part is size-checked before it is inflated, so a zip bomb is refused unread.
/// </summary>
internal sealed class DocxPackage : IDisposable
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly ZipArchive _archive;
    private readonly string? _fileName;
    private readonly long _maxCharacters;

    public DocxPackage(byte[] content, string? fileName, long maxCharacters)
    {
        _fileName = fileName;
        _maxCharacters = maxCharacters;
        try
        {
            _archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (_archive.GetEntry("[Content_Types].xml") is null)
                throw new PolicyParseException(fileName, "a ZIP archive that is not an Office package (no [Content_Types].xml): not a Word document");
        }
        catch (InvalidDataException e)
        {
            throw new PolicyParseException(fileName, "the ZIP archive is truncated or corrupt (" + e.Message + ")", e);
        }

        try
        {
            var main = Related("_rels/.rels", "", "/officeDocument")
                       ?? throw new PolicyParseException(fileName, "the package has no main document part; it is not a Word document");
            if (_archive.GetEntry(main) is null)
                throw new PolicyParseException(fileName, $"the package names {main} as its document, but the archive does not hold it");
            MainDocument = main;
            var folder = main.Substring(0, main.LastIndexOf('/') + 1);
            var mainRelationships = folder + "_rels/" + main.Substring(folder.Length) + ".rels";
            Styles = Related(mainRelationships, folder, "/styles");
            Numbering = Related(mainRelationships, folder, "/numbering");
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or NotSupportedException)
        {
            _archive.Dispose();
            throw new PolicyParseException(fileName, "the package's relationship part is damaged (" + e.Message + ")", e);
        }
    }

    /// <summary>Path of the main document part (word/document.xml in nearly every file).</summary>
    public string MainDocument { get; }

    public string? Styles { get; }

    public string? Numbering { get; }

    /// <summary>Opens a part for reading; null when the archive lacks it.</summary>
    public Stream? Open(string? path)
    {
        if (path is null || _archive.GetEntry(path) is not { } entry)
            return null;
        // A UTF-8 character takes at most 3 bytes in the BMP (4 beyond): refuse before inflating.
        if (entry.Length > _maxCharacters * 4)
            throw new PolicyParseException(_fileName, $"the part {path} inflates to {entry.Length:N0} bytes, more than {_maxCharacters:N0} characters allow (PolicyParserOptions.MaxXmlPartCharacters); refused so that a zip bomb cannot exhaust memory");
        return entry.Open();
    }

    /// <summary>The target of the first relationship whose type ends with <paramref name="typeSuffix"/>, as an archive path.</summary>
    private string? Related(string relationshipsPath, string baseFolder, string typeSuffix)
    {
        using var stream = Open(relationshipsPath);
        if (stream is null)
            return null;
        using var reader = XmlReader.Create(stream, SafeXml.Settings(_maxCharacters));
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship" || reader.NamespaceURI != RelationshipsNamespace)
                continue;
            if (reader.GetAttribute("TargetMode") == "External")
                continue;
            var type = reader.GetAttribute("Type");
            var target = reader.GetAttribute("Target");
            if (type is not null && target is not null && type.EndsWith(typeSuffix, StringComparison.Ordinal))
                return Resolve(baseFolder, target);
        }
        return null;
    }

    /// <summary>A relationship target relative to its source's folder, or absolute from the package root.</summary>
    internal static string Resolve(string baseFolder, string target)
    {
        var segments = new List<string>();
        foreach (var part in ((target.StartsWith("/", StringComparison.Ordinal) ? "" : baseFolder) + target).Split('/'))
        {
            if (part.Length == 0 || part == ".") continue;
            if (part == "..") { if (segments.Count > 0) segments.RemoveAt(segments.Count - 1); }
            else segments.Add(Uri.UnescapeDataString(part));
        }
        return string.Join("/", segments);
    }

    public void Dispose() => _archive.Dispose();
}
