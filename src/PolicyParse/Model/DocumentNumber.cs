namespace PolicyParse.Model;

/// <summary>发文字号, e.g. 发改办财金规〔2019〕860号.</summary>
/// <param name="Text">Canonical form: year in 〔〕, half-width digits, no spaces, ending in 号.</param>
/// <param name="Raw">The characters as the source wrote them.</param>
/// <param name="AgencyCode">发文机关代字, e.g. 发改办财金规.</param>
/// <param name="Year">年份.</param>
/// <param name="Serial">发文顺序号.</param>
public sealed record DocumentNumber(string Text, string Raw, string AgencyCode, int Year, int Serial);
