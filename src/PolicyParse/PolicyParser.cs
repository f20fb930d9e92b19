using System;
using System.IO;
using System.Text.RegularExpressions;
using PolicyParse.Layout;
using PolicyParse.Model;
using PolicyParse.Parsing;
using PolicyParse.Reading;
using PolicyParse.Reading.Docx;
using PolicyParse.Reading.Html;
using PolicyParse.Reading.Markdown;
using PolicyParse.Reading.Pdf;
using PolicyParse.Reading.Text;

namespace PolicyParse;

/// <summary>
/// The entry point: reads a notice in any supported format and returns its structure.
/// Stateless and thread-safe; one instance can serve a whole bulk run.
/// </summary>
/// <example>
/// <code>
/// var doc = new PolicyParser().ParseFile("notice.txt");
/// Console.WriteLine($"{doc.DocNumber?.Text} {doc.Title}");
/// </code>
/// </example>
public sealed class PolicyParser
{
    private readonly PolicyParserOptions _options;
    private readonly PolicyDocumentParser _parser;
    private readonly IDocumentReader _textReader = new PlainTextReader();
    private readonly IDocumentReader _docxReader = new DocxReader();
    private readonly IDocumentReader _pdfReader = new PdfReader();
    private readonly IDocumentReader _htmlReader = new HtmlReader();
    private readonly IDocumentReader _markdownReader = new MarkdownReader();

    /// <summary>Creates a parser with the given options (or the defaults).</summary>
    public PolicyParser(PolicyParserOptions? options = null)
    {
        _options = options ?? new PolicyParserOptions();
        _parser = new PolicyDocumentParser(_options);
    }

    /// <summary>Reads and parses the file at <paramref name="path"/>.</summary>
    /// <exception cref="PolicyParseException">The file is missing, unreadable or not a notice in a supported format.</exception>
    public PolicyDocument ParseFile(string path)
    {
        var name = Path.GetFileName(path);
        byte[] content;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                throw new PolicyParseException(name, "file not found");
            CheckSize(info.Length, name);
            content = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PolicyParseException(name, "cannot read the file: " + e.Message, e);
        }
        return Parse(content, name);
    }

    /// <summary>Reads and parses a stream; <paramref name="fileName"/> names it in results and errors.</summary>
    public PolicyDocument Parse(Stream stream, string? fileName = null)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            CheckSize(buffer.Length, fileName);
        }
        return Parse(buffer.ToArray(), fileName);
    }

    /// <summary>Parses a file's bytes; the format is detected from the content.</summary>
    public PolicyDocument Parse(byte[] content, string? fileName = null) => Guard(fileName, () => _parser.Parse(ReadLayout(content, fileName)));

    /// <summary>Parses text that is already decoded.</summary>
    public PolicyDocument ParseText(string text, string? fileName = null) => Guard(fileName, () =>
    {
        var blocks = PlainTextReader.ReadBlocks(text);
        if (blocks.Count == 0)
            throw new PolicyParseException(fileName, "the text is empty or only whitespace");
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        return _parser.Parse(new DocumentLayout(fileName, SourceFormat.Text, null, Hashing.Sha256Hex(bytes), blocks));
    });

    /// <summary>Reads a file's bytes into the format-independent layout, without parsing structure.</summary>
    public DocumentLayout ReadLayout(byte[] content, string? fileName = null)
    {
        CheckSize(content.Length, fileName);
        var format = FormatSniffer.Detect(content, fileName);
        return format switch
        {
            SourceFormat.Text => _textReader.Read(content, fileName),
            SourceFormat.Docx => _docxReader.Read(content, fileName),
            SourceFormat.Pdf => _pdfReader.Read(content, fileName),
            SourceFormat.Html => _htmlReader.Read(content, fileName),
            SourceFormat.Markdown => _markdownReader.Read(content, fileName),
            _ => throw new PolicyParseException(fileName, $"no reader for the {format} format"),
        };
    }

    private void CheckSize(long length, string? fileName)
    {
        if (length > _options.MaxInputBytes)
            throw new PolicyParseException(fileName, $"the file is {length:N0} bytes, over the {_options.MaxInputBytes:N0}-byte limit (PolicyParserOptions.MaxInputBytes)");
    }

    /// <summary>Whatever goes wrong inside, a caller sees a <see cref="PolicyParseException"/> naming the file.</summary>
    private static PolicyDocument Guard(string? fileName, Func<PolicyDocument> parse)
    {
        try
        {
            return parse();
        }
        catch (PolicyParseException e) when (e.FileName is null && fileName is not null)
        {
            throw new PolicyParseException(fileName, e.Reason, e.InnerException); // a reader's limit, named with the file
        }
        catch (PolicyParseException)
        {
            throw;
        }
        catch (RegexMatchTimeoutException e)
        {
            throw new PolicyParseException(fileName, "a pattern took too long on this input; the text is malformed or adversarial", e);
        }
        catch (OutOfMemoryException e)
        {
            // The file's data is unreachable once this frame unwinds; the caller's other work goes on.
            throw new PolicyParseException(fileName, "the file needs more memory than this process has; refused", e);
        }
        catch (Exception e)
        {
            throw new PolicyParseException(fileName, $"internal parser error ({e.GetType().Name}: {e.Message}); please report it with the file", e);
        }
    }
}
