using System.IO;
using PolicyParse.Evaluation;

namespace PolicyParse.Tests.Evaluation;

/// <summary>
/// The parser on the labeled development corpus (corpus/dev): no field of any format may fall below
/// its floor in corpus/dev/accuracy-floors.json. Floors only go up.
/// </summary>
public class AccuracyFloorTests
{
    private static readonly string Dev = Corpus.PathOf("dev");

    [Fact]
    public void Every_field_is_at_or_above_its_floor_on_the_development_corpus()
    {
        var report = new AccuracyEvaluator().Run(Path.Combine(Dev, "docs"), DocumentLabels.Load(Path.Combine(Dev, "labels.json")));
        var violations = AccuracyFloors.Load(Path.Combine(Dev, "accuracy-floors.json")).Violations(report);
        Assert.True(violations.Count == 0, "below floor:\n" + string.Join("\n", violations) + "\n\n" + report.ToText());
        Assert.Equal(0, report.Failed);
        Assert.Empty(report.Unlabeled);
    }
}
