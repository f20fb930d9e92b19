using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using PolicyParse.Search.Indexing;
using PolicyParse.Search.Searching;

namespace PolicyParse.Benchmarks;

/// <summary>
/// Search latency on a synthetic archive made by recombining the corpus notices' sections (generated
/// here, never committed): each notice takes a seed's header and four level-1 sections drawn from all
/// seeds. One operation is one search; the percentile columns give the latency distribution.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PercentileConfig))]
public class SearchBenchmarks
{
    private sealed class PercentileConfig : ManualConfig
    {
        public PercentileConfig() => AddColumn(StatisticColumn.P50, StatisticColumn.P95, StatisticColumn.Max);
    }

    private PolicyIndex? _index;
    private PolicySearcher? _searcher;

    [Params(2000)]
    public int Notices { get; set; }

    [Params("营商环境", "政务公开 标准目录", "docNumber:台政办发〔2022〕4号")]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var parser = new PolicyParser();
        var seeds = Directory.GetFiles(ParseBenchmarks.CorpusDirectory(), "0*.txt").OrderBy(f => f).Select(File.ReadAllText).ToList();
        var parsed = seeds.Select((t, i) => parser.ParseText(t, $"seed{i}")).ToList();
        var sections = parsed.SelectMany(d => d.Sections).Select(s => s.Marker + (s.Heading ?? "") + "\n" + s.Text + "\n"
            + string.Join("\n", s.Children.Select(c => c.Marker + (c.Heading ?? "") + "\n" + c.Text))).ToList();
        var random = new Random(20261123);
        _index = PolicyIndex.OpenInMemory();
        for (int n = 0; n < Notices; n++)
        {
            var head = seeds[n % seeds.Count].Split('\n').Take(6);
            var body = new StringBuilder(string.Join("\n", head)).Append('\n');
            var markers = new[] { "一、", "二、", "三、", "四、" };
            for (int k = 0; k < 4; k++)
            {
                var section = sections[random.Next(sections.Count)];
                int cut = section.IndexOf('、');
                body.Append(markers[k]).Append(cut > 0 && cut < 4 ? section.Substring(cut + 1) : section).Append('\n');
            }
            body.Append($"（编号{n}）\n");
            _index.Index(parser.ParseText(body.ToString(), $"n{n}.txt"), $"n{n}.txt");
        }
        _index.Commit();
        _searcher = _index.CreateSearcher();
    }

    [GlobalCleanup]
    public void Cleanup() => _index?.Dispose();

    [Benchmark]
    public int Search() => _searcher!.Search(Query, new SearchOptions { Top = 10 }).Total;
}
