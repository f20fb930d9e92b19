namespace PolicyParse.Search.Indexing;

/// <summary>How a file stands among the files of its notice (<see cref="DocumentKey"/>).</summary>
internal enum Standing
{
    /// <summary>The notice's only file.</summary>
    Alone,
    /// <summary>The file that stands for a notice other files share.</summary>
    ForOthers,
    /// <summary>A file that another file of its notice stands for: searches pass over it.</summary>
    Duplicate,
}
