using System;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using PolicyParse.Layout;
using PolicyParse.Model;
using PolicyParse.Parsing;
using PolicyParse.Reading;
using PolicyParse.Reading.Conversion;
using PolicyParse.Reading.Docx;
using PolicyParse.Reading.Html;
using PolicyParse.Reading.Markdown;
using PolicyParse.Reading.Ofd;
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
    private readonly PlainTextReader _textReader = new();
    private readonly DocxReader _docxReader = new();
    private readonly PdfReader _pdfReader = new();
    private readonly HtmlReader _htmlReader = new();
    private readonly MarkdownReader _markdownReader = new();
    private readonly OfficeConverterReader _docReader = new(SourceFormat.Doc);
    private readonly OfficeConverterReader _wpsReader = new(SourceFormat.Wps);
    private readonly OfficeConverterReader _rtfReader = new(SourceFormat.Rtf);
    private readonly OfficeConverterReader _odtReader = new(SourceFormat.Odt);
    private readonly OfdReader _ofdReader = new();

    /// <summary>Creates a parser with the given options (or the defaults).</summary>
    public PolicyParser(PolicyParserOptions? options = null)
    {
        _options = (options ?? new PolicyParserOptions()).Validated();
        _parser = new PolicyDocumentParser(_options);
    }

    /// <summary>Reads and parses the file at <paramref name="path"/>.</summary>
    /// <exception cref="PolicyParseException">The file is missing, unreadable, over a limit, or not a notice in a supported format.</exception>
    public PolicyDocument ParseFile(string path) => ParseFile(path, CancellationToken.None);

    /// <summary>Reads and parses the file at <paramref name="path"/>, stopping when <paramref name="cancellation"/> is cancelled.</summary>
    /// <exception cref="PolicyParseException">The file is missing, unreadable, over a limit, or not a notice in a supported format.</exception>
    /// <exception cref="OperationCanceledException">The caller cancelled.</exception>
    public PolicyDocument ParseFile(string path, CancellationToken cancellation)
    {
        var name = Path.GetFileName(path);
        byte[] content;
        try
        {
            var info = new FileInfo(path);
            if (Directory.Exists(path))
                throw new PolicyParseException(name, "the path is a folder, not a file");
            if (!info.Exists)
                throw new PolicyParseException(name, "file not found");
            CheckSize(info.Length, name);
            content = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PolicyParseException(name, "cannot read the file: " + e.Message, e);
        }
        return Parse(content, name, cancellation);
    }

    /// <summary>Reads and parses a stream; <paramref name="fileName"/> names it in results and errors.</summary>
    public PolicyDocument Parse(Stream stream, string? fileName = null) => Parse(stream, fileName, CancellationToken.None);

    /// <summary>Reads and parses a stream, stopping when <paramref name="cancellation"/> is cancelled.</summary>
    /// <exception cref="OperationCanceledException">The caller cancelled.</exception>
    public PolicyDocument Parse(Stream stream, string? fileName, CancellationToken cancellation)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            cancellation.ThrowIfCancellationRequested();
            buffer.Write(chunk, 0, read);
            CheckSize(buffer.Length, fileName);
        }
        return Parse(buffer.ToArray(), fileName, cancellation);
    }

    /// <summary>Parses a file's bytes; the format is detected from the content.</summary>
    public PolicyDocument Parse(byte[] content, string? fileName = null) => Parse(new SourceFile(content, fileName));

    /// <summary>Parses a file's bytes, stopping when <paramref name="cancellation"/> is cancelled.</summary>
    /// <exception cref="OperationCanceledException">The caller cancelled.</exception>
    public PolicyDocument Parse(byte[] content, string? fileName, CancellationToken cancellation) => Parse(new SourceFile(content, fileName), cancellation);

    /// <summary>
    /// Parses a file, stopping when <paramref name="cancellation"/> is cancelled or the file has used its
    /// <see cref="PolicyParserOptions.TimeBudget"/>. The file's SHA-256 is computed once, here or where the
    /// caller asked <see cref="SourceFile.Sha256"/> first.
    /// </summary>
    /// <exception cref="PolicyParseException">The file is over a limit, damaged, or not a notice in a supported format.</exception>
    /// <exception cref="OperationCanceledException">The caller cancelled.</exception>
    public PolicyDocument Parse(SourceFile source, CancellationToken cancellation = default)
    {
        var budget = new FileBudget(_options, source.Name, cancellation);
        return Guard(source.Name, () => _parser.Parse(ReadLayout(source, budget), budget));
    }

    /// <summary>
    /// Parses a layout: one that <see cref="ReadLayout(SourceFile)"/> returned, or one built by the caller
    /// from a format this library does not read (paragraphs and tables in reading order).
    /// </summary>
    public PolicyDocument Parse(DocumentLayout layout) =>
        Guard(layout.FileName, () => _parser.Parse(layout, new FileBudget(_options, layout.FileName, CancellationToken.None)));

    /// <summary>Parses text that is already decoded.</summary>
    public PolicyDocument ParseText(string text, string? fileName = null) => Guard(fileName, () =>
    {
        var blocks = PlainTextReader.ReadBlocks(text);
        if (blocks.Count == 0)
            throw new PolicyParseException(fileName, "the text is empty or only whitespace");
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var layout = new DocumentLayout(fileName, SourceFormat.Text, null, Hashing.Sha256Hex(bytes), blocks);
        return _parser.Parse(layout, new FileBudget(_options, fileName, CancellationToken.None));
    });

    /// <summary>Reads a file's bytes into the format-independent layout, without parsing structure.</summary>
    public DocumentLayout ReadLayout(byte[] content, string? fileName = null) => ReadLayout(new SourceFile(content, fileName));

    /// <summary>Reads a file into the format-independent layout, without parsing structure.</summary>
    public DocumentLayout ReadLayout(SourceFile source) => ReadLayout(source, new FileBudget(_options, source.Name, CancellationToken.None));

    private DocumentLayout ReadLayout(SourceFile source, FileBudget budget)
    {
        CheckSize(source.Content.Length, source.Name);
        var format = FormatSniffer.Detect(source.Content, source.Name);
        IDocumentReader reader = format switch
        {
            SourceFormat.Text => _textReader,
            SourceFormat.Docx => _docxReader,
            SourceFormat.Pdf => _pdfReader,
            SourceFormat.Html => _htmlReader,
            SourceFormat.Markdown => _markdownReader,
            SourceFormat.Doc => _docReader,
            SourceFormat.Wps => _wpsReader,
            SourceFormat.Rtf => _rtfReader,
            SourceFormat.Odt => _odtReader,
            SourceFormat.Ofd => _ofdReader,
            _ => throw new PolicyParseException(source.Name, $"no reader for the {format} format"),
        };
        var layout = reader.Read(source, budget);
        CheckTextSize(layout, source.Name);
        return layout;
    }

    private void CheckTextSize(DocumentLayout layout, string? fileName)
    {
        long characters = 0;
        foreach (var block in layout.Blocks)
        {
            if (block is ParagraphBlock paragraph)
                characters += paragraph.Text.Length;
            else if (block is TableBlock table)
                foreach (var row in table.Rows)
                    foreach (var cell in row.Cells)
                        characters += cell.Text.Length;
        }
        if (characters > _options.MaxTextCharacters)
            throw new PolicyParseException(fileName, $"the file reads out to {characters:N0} characters of text, over the limit of {_options.MaxTextCharacters:N0} (PolicyParserOptions.MaxTextCharacters)");
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
        catch (Exception e) when (e is PolicyParseException or OperationCanceledException)
        {
            throw; // a reason already, or the caller's own cancellation
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
