using System;

namespace PolicyParse.Reading.Pdf;

/// <summary>A straight rule on a page, in points with y up: a table's border or grid line, from a PDF path or an OFD PathObject.</summary>
internal readonly record struct RuleSegment(double X1, double Y1, double X2, double Y2)
{
    /// <summary>How far, in points, two positions may lie apart and still be one.</summary>
    public const double Tolerance = 2.0;

    public bool IsHorizontal => Math.Abs(Y1 - Y2) < Tolerance;
    public bool IsVertical => Math.Abs(X1 - X2) < Tolerance;
    public double MinX => Math.Min(X1, X2);
    public double MaxX => Math.Max(X1, X2);
    public double MinY => Math.Min(Y1, Y2);
    public double MaxY => Math.Max(Y1, Y2);

    public bool Touches(RuleSegment o) =>
        MinX - Tolerance <= o.MaxX && o.MinX - Tolerance <= MaxX && MinY - Tolerance <= o.MaxY && o.MinY - Tolerance <= MaxY;
}
