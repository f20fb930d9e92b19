using System;

namespace PolicyParse.Search.Searching;

/// <summary>The query text does not follow the query syntax; the message says what is wrong, for the person who typed it.</summary>
public sealed class QuerySyntaxException : ArgumentException
{
    /// <summary>Creates the exception with a message for the person who typed the query.</summary>
    public QuerySyntaxException(string message) : base(message) { }
}
