using System;
using System.Collections.Generic;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace PolicyParse.Reading.Pdf;

/// <summary>The rules a PDF page draws: stroked lines, and filled rectangles thin enough to be lines.</summary>
internal static class PdfRules
{
    private const double Thin = 2.5;

    public static IEnumerable<RuleSegment> Of(IReadOnlyList<PdfPath> paths)
    {
        foreach (var path in paths)
        {
            if (path.IsStroked)
            {
                foreach (var subpath in path)
                {
                    PdfPoint? last = null, first = null;
                    foreach (var command in subpath.Commands)
                    {
                        switch (command)
                        {
                            case PdfSubpath.Move move:
                                last = first = move.Location;
                                break;
                            case PdfSubpath.Line line:
                                yield return new RuleSegment(line.From.X, line.From.Y, line.To.X, line.To.Y);
                                last = line.To;
                                break;
                            case PdfSubpath.Close when last is { } from && first is { } to:
                                yield return new RuleSegment(from.X, from.Y, to.X, to.Y);
                                break;
                        }
                    }
                }
            }
            else if (path.IsFilled && path.GetBoundingRectangle() is { } box && (box.Width < Thin || box.Height < Thin) && Math.Max(box.Width, box.Height) > 5)
            {
                // A rule drawn as a thin filled rectangle.
                yield return box.Width < Thin
                    ? new RuleSegment(box.Left + box.Width / 2, box.Bottom, box.Left + box.Width / 2, box.Top)
                    : new RuleSegment(box.Left, box.Bottom + box.Height / 2, box.Right, box.Bottom + box.Height / 2);
            }
        }
    }
}
