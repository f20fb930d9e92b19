using System.IO;
using CsCheck;

namespace PolicyParse.Tests.Fuzzing;

/// <summary>
/// Every reader on mutated corpus files: truncated, overwritten with markup and syntax fragments, bytes
/// inserted, deleted and repeated, and a Word document's XML changed inside its package. Whatever the
/// damage, a parse returns a document or a <see cref="PolicyParseException"/> that names the file and is
/// not an internal error. The runs use fixed seeds (the same inputs on every machine); a longer run with
/// fresh seeds is POLICYPARSE_FUZZ_ITERATIONS=N (see the README).
/// </summary>
public class MutationFuzzTests
{
    private static readonly PolicyParser Parser = new(new PolicyParserOptions { TimeBudget = TimeSpan.FromSeconds(20) });

    private static int Iterations(int inCi) =>
        int.TryParse(Environment.GetEnvironmentVariable("POLICYPARSE_FUZZ_ITERATIONS"), out int n) && n > 0 ? n : inCi;

    private static ulong Seed(int inCi) =>
        Environment.GetEnvironmentVariable("POLICYPARSE_FUZZ_ITERATIONS") is null ? (ulong)inCi : (ulong)DateTime.UtcNow.Ticks;

    [Theory]
    [InlineData("002-linshu-2021-zhengwu-gongkai.txt", 300)]
    [InlineData("html/002-linshu-2021-zhengwu-gongkai.html", 300)]
    [InlineData("md/002-linshu-2021-docling.md", 300)]
    [InlineData("pdf/002-linshu-2021-zhengwu-gongkai.pdf", 60)]
    public void Mutated_files_parse_or_are_refused_with_a_reason(string file, int iterations) =>
        Run(file, Mutation.Bytes, Iterations(iterations), Seed(iterations));

    [Fact]
    public void Mutated_word_documents_parse_or_are_refused_with_a_reason() =>
        Run("docx/003-taierzhuang-2022-shishi-fangan.docx", Mutation.Package("word/document.xml"), Iterations(200), Seed(200));

    private static void Run(string file, Gen<Mutation[]> mutations, int iterations, ulong seed)
    {
        var original = File.ReadAllBytes(Corpus.PathOf(file));
        var name = Path.GetFileName(file);
        var random = new PCG(1, seed);
        for (int i = 0; i < iterations; i++)
        {
            var changes = mutations.Generate(random, null!, out _);
            var bytes = changes.Aggregate(original, (b, change) => change.Apply(b));
            try
            {
                Parser.Parse(bytes, name);
            }
            catch (PolicyParseException e)
            {
                Assert.True(e.FileName == name && !e.Reason.Contains("internal parser error"),
                    $"seed {seed}, input {i} ({string.Join(", ", changes.Select(c => c.ToString()))}): {e.Message}");
            }
            catch (Exception e)
            {
                Assert.Fail($"seed {seed}, input {i} ({string.Join(", ", changes.Select(c => c.ToString()))}): {e.GetType().Name} escaped: {e}");
            }
        }
    }
}
