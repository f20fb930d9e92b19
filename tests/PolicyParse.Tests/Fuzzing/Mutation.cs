using System.IO;
using System.IO.Compression;
using CsCheck;

namespace PolicyParse.Tests.Fuzzing;

/// <summary>One change to a file's bytes, as damaged downloads and crawlers make them.</summary>
internal abstract record Mutation
{
    /// <summary>Applies the change; positions are fractions of the length, so one mutation fits any file.</summary>
    public abstract byte[] Apply(byte[] bytes);

    private static int At(double fraction, int length) => Math.Clamp((int)(fraction * length), 0, length);

    public sealed record Truncate(double Keep) : Mutation
    {
        public override byte[] Apply(byte[] bytes) => bytes[..At(Keep, bytes.Length)];
    }

    public sealed record Overwrite(double Position, byte[] With) : Mutation
    {
        public override byte[] Apply(byte[] bytes)
        {
            var copy = (byte[])bytes.Clone();
            int start = At(Position, copy.Length);
            for (int i = 0; i < With.Length && start + i < copy.Length; i++)
                copy[start + i] = With[i];
            return copy;
        }
    }

    public sealed record Insert(double Position, byte[] What) : Mutation
    {
        public override byte[] Apply(byte[] bytes)
        {
            int at = At(Position, bytes.Length);
            return [.. bytes[..at], .. What, .. bytes[at..]];
        }
    }

    public sealed record Delete(double Position, int Length) : Mutation
    {
        public override byte[] Apply(byte[] bytes)
        {
            int at = At(Position, bytes.Length), end = Math.Min(bytes.Length, at + Length);
            return [.. bytes[..at], .. bytes[end..]];
        }
    }

    /// <summary>A stretch of the file repeated: deep nesting, long runs, many table rows.</summary>
    public sealed record Repeat(double Position, int Length, int Times) : Mutation
    {
        public override byte[] Apply(byte[] bytes)
        {
            int at = At(Position, bytes.Length), end = Math.Min(bytes.Length, at + Length);
            var stretch = bytes[at..end];
            var result = new List<byte>(bytes.Length + stretch.Length * Times);
            result.AddRange(bytes[..end]);
            for (int i = 0; i < Times; i++) result.AddRange(stretch);
            result.AddRange(bytes[end..]);
            return result.ToArray();
        }
    }

    /// <summary>The mutations applied to one part inside a ZIP package (a Word document's XML), the package rebuilt around it.</summary>
    public sealed record InsidePart(string Part, Mutation[] Changes) : Mutation
    {
        public override byte[] Apply(byte[] bytes)
        {
            using var input = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var output = new MemoryStream();
            using (var rebuilt = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var entry in input.Entries)
                {
                    using var read = entry.Open();
                    var content = new MemoryStream();
                    read.CopyTo(content);
                    var data = content.ToArray();
                    if (entry.FullName == Part)
                        foreach (var change in Changes) data = change.Apply(data);
                    using var write = rebuilt.CreateEntry(entry.FullName).Open();
                    write.Write(data);
                }
            }
            return output.ToArray();
        }
    }

    /// <summary>
    /// What goes in: mostly fragments that matter to the formats read (markup, notice markers, Word XML, PDF
    /// syntax, byte-order marks), sometimes random bytes — which a text reader refuses as undecodable, so
    /// they are rarer, to let most inputs reach the parser.
    /// </summary>
    private static readonly Gen<byte[]> Fragment = Gen.Frequency<byte[]>(
        (1, Gen.Byte.Array[1, 16]),
        (4, Gen.OneOf<string>("<", ">", "</", "<table><tr><td rowspan=\"999\">", "<div>", "&", "&#x0;", "\0", "\uFFFD", "一、", "（一）", "第一条",
                "〔2021〕", "|", "\n\n", "**", "# ", "<w:p>", "<w:tbl><w:tr><w:tc>", "w:val=\"2147483647\"", "obj", "endobj", "stream",
                "/W [1 3 -9]", "xref", "trailer", "<<", ">>", "%PDF-", "\xEF\xBB\xBF", "\xFF\xFE")
            .Select(s => System.Text.Encoding.UTF8.GetBytes(s))));

    private static readonly Gen<Mutation> ByteLevel = Gen.Frequency(
        (1, Gen.Double[0, 1].Select(d => (Mutation)new Truncate(d))),
        (4, Gen.Select(Gen.Double[0, 1], Fragment).Select((p, f) => (Mutation)new Overwrite(p, f))),
        (4, Gen.Select(Gen.Double[0, 1], Fragment).Select((p, f) => (Mutation)new Insert(p, f))),
        (2, Gen.Select(Gen.Double[0, 1], Gen.Int[1, 4096]).Select((p, n) => (Mutation)new Delete(p, n))),
        (1, Gen.Select(Gen.Double[0, 1], Gen.Int[1, 64], Gen.Int[1, 2000]).Select((p, n, t) => (Mutation)new Repeat(p, n, t))));

    /// <summary>One to four byte-level changes.</summary>
    public static readonly Gen<Mutation[]> Bytes = ByteLevel.Array[1, 4];

    /// <summary>Changes to a package part (the XML a reader parses), or to the package's own bytes.</summary>
    public static Gen<Mutation[]> Package(string part) => Gen.Frequency(
        (3, Bytes.Select(changes => new Mutation[] { new InsidePart(part, changes) })),
        (1, Bytes));
}
