namespace PolicyParse.Model;

/// <summary>What kind of numbered unit a <see cref="SectionNode"/> is.</summary>
public enum SectionKind
{
    /// <summary>A numbered heading: 一、 （一） 1. （1） ①.</summary>
    Heading,
    /// <summary>第X章.</summary>
    Chapter,
    /// <summary>第X节.</summary>
    Section,
    /// <summary>第X条.</summary>
    Article,
    /// <summary>
    /// An attached document whose text follows the notice ("附件2" over its title): <c>marker</c> is the
    /// heading line as printed, <c>number</c> the attachment's number, <c>heading</c> its title, and its
    /// children its own section tree, numbered afresh.
    /// </summary>
    Attachment,
}
