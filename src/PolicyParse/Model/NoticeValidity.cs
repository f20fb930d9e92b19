using System;
using System.Collections.Generic;

namespace PolicyParse.Model;

/// <summary>
/// 时效性 as the notice's own text states it: when it takes effect, when it lapses, and which earlier
/// documents it repeals or replaces. Each date comes with the words it was read from.
/// </summary>
public sealed record NoticeValidity
{
    /// <summary>施行/实施 date: "自2022年1月1日起施行", or the signing date for "自印发之日起施行".</summary>
    public DateTime? Effective { get; init; }

    /// <summary>The words <see cref="Effective"/> was read from.</summary>
    public string? EffectiveText { get; init; }

    /// <summary>Last day in force: "有效期至2025年12月31日", or the day before the term ends for "有效期5年" (counted from <see cref="Effective"/>, else the signing date).</summary>
    public DateTime? Expires { get; init; }

    /// <summary>The words <see cref="Expires"/> was read from.</summary>
    public string? ExpiresText { get; init; }

    /// <summary>Documents this one repeals or replaces ("原《…》（…号）同时废止", "…停止执行").</summary>
    public IReadOnlyList<DocumentReference> Repeals { get; init; } = Array.Empty<DocumentReference>();

    /// <summary>Documents this one amends ("对《…》作如下修改", "将《…》第三条修改为", a title "关于修改《…》的决定").</summary>
    public IReadOnlyList<DocumentReference> Amends { get; init; } = Array.Empty<DocumentReference>();

    /// <summary>The amending documents its own history names ("根据《国务院关于修改〈…〉的决定》第一次修订").</summary>
    public IReadOnlyList<DocumentReference> AmendedBy { get; init; } = Array.Empty<DocumentReference>();

    /// <summary>
    /// Where the notice stands on <paramref name="date"/> by its own text: not yet in force before it takes
    /// effect, expired after its term, in force between (from its signing date when only a term is stated),
    /// and unknown when the text says neither. A later document repealing it is not seen here.
    /// </summary>
    public ValidityStatus StatusOn(DateTime date, DateTime? signDate) =>
        StatusOn(DayNumber(date), DayNumber(Effective), DayNumber(Expires), DayNumber(signDate));

    /// <summary>
    /// The rule of <see cref="StatusOn(DateTime, DateTime?)"/> over days as yyyyMMdd numbers, 0 for a date
    /// not stated: how an index, which keeps the dates as such numbers, tells a notice's status.
    /// </summary>
    public static ValidityStatus StatusOn(int day, int effective, int expires, int signed)
    {
        if (effective != 0 && day < effective)
            return ValidityStatus.NotYetInForce;
        if (expires != 0 && day > expires)
            return ValidityStatus.Expired;
        if (effective != 0 || (expires != 0 && signed != 0 && day >= signed))
            return ValidityStatus.InForce;
        return ValidityStatus.Unknown;
    }

    private static int DayNumber(DateTime? date) => date is { } d ? d.Year * 10000 + d.Month * 100 + d.Day : 0;
}

/// <summary>A notice's standing on a given day.</summary>
public enum ValidityStatus
{
    /// <summary>The text states neither when it takes effect nor when it lapses.</summary>
    Unknown,
    /// <summary>Its 施行 date is still to come.</summary>
    NotYetInForce,
    /// <summary>In force.</summary>
    InForce,
    /// <summary>Its term has ended.</summary>
    Expired,
    /// <summary>A later document repeals it (known only across an archive).</summary>
    Repealed,
}
