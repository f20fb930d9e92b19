namespace PolicyParse.Model;

/// <summary>Another document the notice cites.</summary>
/// <param name="Title">The cited title (inside 《》), or null for a bare document number.</param>
/// <param name="DocNumber">The cited document number in canonical form, or null.</param>
public sealed record DocumentReference(string? Title, string? DocNumber);
