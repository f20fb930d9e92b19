namespace PolicyParse.Model;

/// <summary>An attachment named by the notice.</summary>
/// <param name="Number">Its number in the 附件说明; null for a sole, unnumbered attachment.</param>
/// <param name="Title">Its title.</param>
public sealed record Attachment(int? Number, string Title);
