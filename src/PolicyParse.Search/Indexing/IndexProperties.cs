using System;
using System.Collections.Generic;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace PolicyParse.Search.Indexing;

/// <summary>
/// Facts about the index as a whole (where its files came from, how its text was analyzed), kept in
/// the commit's user data so that they are durable exactly when the documents they describe are: a
/// crashed run leaves both at the last commit.
/// </summary>
internal sealed class IndexProperties
{
    private readonly IndexWriter? _writer;
    private readonly Directory _directory;
    private readonly object _lock = new();

    public IndexProperties(IndexWriter? writer, Directory directory)
    {
        _writer = writer;
        _directory = directory;
    }

    /// <summary>The value of <paramref name="name"/>: with a writer, as it will be committed; read-only, as last committed.</summary>
    public string? Get(string name)
    {
        lock (_lock)
            return Current().TryGetValue(name, out var value) ? value : null;
    }

    /// <summary>Sets <paramref name="name"/> for the next commit (a writer's only).</summary>
    public void Set(string name, string value)
    {
        if (_writer is null)
            throw new InvalidOperationException("the index is open read-only");
        lock (_lock)
        {
            var data = new Dictionary<string, string>(Current(), StringComparer.Ordinal) { [name] = value };
            _writer.SetCommitData(data);
        }
    }

    /// <summary>The value of <paramref name="name"/> as last committed in <paramref name="directory"/>, or null (no index, or not set).</summary>
    public static string? Committed(Directory directory, string name)
    {
        if (!DirectoryReader.IndexExists(directory))
            return null;
        var commits = DirectoryReader.ListCommits(directory);
        return commits[commits.Count - 1].UserData.TryGetValue(name, out var value) ? value : null;
    }

    private IDictionary<string, string> Current()
    {
        if (_writer is not null)
            return _writer.CommitData ?? new Dictionary<string, string>();
        var commits = DirectoryReader.ListCommits(_directory);
        return commits.Count == 0 ? new Dictionary<string, string>() : commits[commits.Count - 1].UserData;
    }
}
