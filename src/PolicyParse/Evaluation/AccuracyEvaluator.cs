using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using PolicyParse.Model;

namespace PolicyParse.Evaluation;

/// <summary>
/// Parses every file of a folder and scores the fields its labels give (<see cref="ScoredField.All"/>).
/// A file's labels are found by its name without extension, so a document held in several formats
/// ("x.html", "x.txt") is scored once per format against the same labels.
/// </summary>
public sealed class AccuracyEvaluator
{
    private readonly PolicyParser _parser;

    /// <summary>Scores with the given parser (a default one when null).</summary>
    public AccuracyEvaluator(PolicyParser? parser = null) => _parser = parser ?? new PolicyParser();

    /// <summary>Scores every file under <paramref name="folder"/> that has labels.</summary>
    public AccuracyReport Run(string folder, IReadOnlyDictionary<string, DocumentLabels> labels)
    {
        if (!Directory.Exists(folder))
            throw new PolicyParseException(Path.GetFileName(folder), "the folder to score does not exist");
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => f.Substring(folder.Length).TrimStart(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        var labeled = files.Where(f => labels.ContainsKey(IdOf(f))).ToList();

        var outcomes = new ConcurrentDictionary<string, (PolicyDocument? Document, string? Failure)>(StringComparer.Ordinal);
        Parallel.ForEach(labeled, file =>
        {
            try
            {
                outcomes[file] = (_parser.ParseFile(Path.Combine(folder, file)), null);
            }
            catch (PolicyParseException e)
            {
                outcomes[file] = (null, e.Reason);
            }
        });

        var scores = new Dictionary<(string Field, string Format), (int Correct, int Labeled)>();
        var misses = new List<FieldMiss>();
        foreach (var file in labeled)
        {
            var (document, failure) = outcomes[file];
            var format = FormatOf(file);
            foreach (var field in ScoredField.All)
            {
                var expected = field.Expected(labels[IdOf(file)]);
                if (expected is null)
                    continue;
                var got = document is null ? $"(failed: {failure})" : field.Got(document);
                bool correct = document is not null && got == expected;
                scores.TryGetValue((field.Name, format), out var tally);
                scores[(field.Name, format)] = (tally.Correct + (correct ? 1 : 0), tally.Labeled + 1);
                if (!correct)
                    misses.Add(new FieldMiss(file, field.Name, expected, got));
            }
        }

        var fieldOrder = ScoredField.All.Select(f => f.Name).ToList();
        return new AccuracyReport(
            labeled.Count,
            outcomes.Values.Count(o => o.Document is null),
            files.Where(f => !labels.ContainsKey(IdOf(f))).ToList(),
            scores.OrderBy(s => fieldOrder.IndexOf(s.Key.Field)).ThenBy(s => s.Key.Format, StringComparer.Ordinal)
                .Select(s => new FieldScore(s.Key.Field, s.Key.Format, s.Value.Correct, s.Value.Labeled)).ToList(),
            misses);
    }

    /// <summary>The document id a file's labels are kept under: its name without directories and extension.</summary>
    public static string IdOf(string file) => Path.GetFileNameWithoutExtension(file);

    private static string FormatOf(string file) => Path.GetExtension(file).TrimStart('.').ToLowerInvariant() is { Length: > 0 } ext ? ext : "none";
}
