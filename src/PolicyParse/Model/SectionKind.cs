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
}
