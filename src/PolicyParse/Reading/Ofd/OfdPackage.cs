using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace PolicyParse.Reading.Ofd;

/// <summary>
/// The parts of an OFD package (GB/T 33190), read straight from its ZIP archive. Part names are resolved
/// as the standard says — absolute from the package root ("/Doc_0/Document.xml") or relative to the
/// folder of the part that names them — and leniently as producers write them: backslashes, any case,
/// folder names in UTF-8 or GBK. Every part is size-checked before it is inflated (a zip bomb is refused
/// unread) and parsed without DTDs.
/// </summary>
internal sealed class OfdPackage : IDisposable
{
    private readonly ZipArchive _archive;
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly string? _fileName;
    private readonly long _maxCharacters;

    public OfdPackage(byte[] content, string? fileName, long maxCharacters)
    {
        _fileName = fileName;
        _maxCharacters = maxCharacters;
        try
        {
            // Names without the ZIP's UTF-8 flag are GBK (GB18030) in Chinese producers' packages.
            _archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read, leaveOpen: false, Gb18030());
            foreach (var entry in _archive.Entries)
                _entries[Normalize(entry.FullName)] = entry;
        }
        catch (InvalidDataException e)
        {
            throw new PolicyParseException(fileName, "the OFD package (a ZIP archive) is truncated or corrupt (" + e.Message + ")", e);
        }
    }

    /// <summary>Whether the package holds the part at <paramref name="path"/> (a resolved name).</summary>
    public bool Has(string path) => _entries.ContainsKey(Normalize(path));

    /// <summary>The part at <paramref name="path"/> as XML, or null when the package lacks it.</summary>
    /// <exception cref="PolicyParseException">The part is larger than the limit allows, or is not well-formed XML.</exception>
    public XElement? Load(string path)
    {
        if (!_entries.TryGetValue(Normalize(path), out var entry))
            return null;
        // A UTF-8 character takes at most 3 bytes in the BMP (4 beyond): refuse before inflating.
        if (entry.Length > _maxCharacters * 4)
            throw new PolicyParseException(_fileName, $"the part {path} inflates to {entry.Length:N0} bytes, more than {_maxCharacters:N0} characters allow (PolicyParserOptions.MaxXmlPartCharacters); refused so that a zip bomb cannot exhaust memory");
        try
        {
            using var reader = XmlReader.Create(entry.Open(), SafeXml.Settings(_maxCharacters));
            return XDocument.Load(reader).Root;
        }
        catch (XmlException e)
        {
            throw new PolicyParseException(_fileName, $"the part {path} is not well-formed XML ({e.Message})", e);
        }
        catch (InvalidDataException e)
        {
            throw new PolicyParseException(_fileName, $"the part {path} is damaged in the archive ({e.Message})", e);
        }
    }

    /// <summary>
    /// A location as a part name names it: absolute from the package root when it starts with '/', else
    /// relative to <paramref name="baseFolder"/> (the folder of the part that names it, "" for the root).
    /// </summary>
    public static string Resolve(string baseFolder, string location)
    {
        location = location.Trim().Replace('\\', '/');
        var segments = new List<string>();
        foreach (var part in ((location.StartsWith("/", StringComparison.Ordinal) ? "" : baseFolder + "/") + location).Split('/'))
        {
            if (part.Length == 0 || part == ".") continue;
            if (part == "..") { if (segments.Count > 0) segments.RemoveAt(segments.Count - 1); }
            else segments.Add(part);
        }
        return string.Join("/", segments);
    }

    /// <summary>The folder of a resolved part name ("" at the root).</summary>
    public static string FolderOf(string path)
    {
        int slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path.Substring(0, slash);
    }

    private static string Normalize(string name) => Resolve("", name);

    private static Encoding Gb18030() =>
        CodePagesEncodingProvider.Instance.GetEncoding(54936) ?? throw new InvalidOperationException("GB18030 is not available on this platform");

    public void Dispose() => _archive.Dispose();
}
