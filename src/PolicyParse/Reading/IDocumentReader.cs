namespace PolicyParse.Reading;

/// <summary>Turns the bytes of one format into a <see cref="Layout.DocumentLayout"/>.</summary>
public interface IDocumentReader
{
    /// <summary>The format this reader decodes.</summary>
    SourceFormat Format { get; }

    /// <summary>Reads <paramref name="content"/>; throws <see cref="PolicyParseException"/> naming <paramref name="fileName"/> on bad input.</summary>
    Layout.DocumentLayout Read(byte[] content, string? fileName);
}
