using PolicyParse.Layout;

namespace PolicyParse.Reading;

/// <summary>
/// Turns the bytes of one format into a <see cref="Layout.DocumentLayout"/>. The readers are internal:
/// <see cref="PolicyParser"/> picks one by content; a caller with another format builds a
/// <see cref="Layout.DocumentLayout"/> itself and calls <see cref="PolicyParser.Parse(Layout.DocumentLayout)"/>.
/// </summary>
internal interface IDocumentReader
{
    /// <summary>The format this reader decodes.</summary>
    SourceFormat Format { get; }

    /// <summary>
    /// Reads <paramref name="source"/>, within <paramref name="budget"/>; throws <see cref="PolicyParseException"/>
    /// on bad input (a reader's limit may leave the file name to <see cref="PolicyParser"/>).
    /// </summary>
    Layout.DocumentLayout Read(SourceFile source, FileBudget budget);
}
