using System;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace PolicyParse.Search.Indexing;

/// <summary>
/// An Int32 field (same type, same terms as Lucene's Int32Field) whose token stream is reused per
/// thread. Int32Field builds a NumericTokenStream for every instance, and its attribute set takes a
/// global lock: that was a third of the inversion time and made parallel indexing contend. A thread
/// inverts one field at a time, so one stream per thread serves every field.
/// </summary>
internal sealed class ReusingInt32Field : Field
{
    [ThreadStatic] private static NumericTokenStream? t_stream;

    public ReusingInt32Field(string name, int value, Store store)
        : base(name, store == Store.YES ? Int32Field.TYPE_STORED : Int32Field.TYPE_NOT_STORED)
    {
        FieldsData = J2N.Numerics.Int32.GetInstance(value); // the boxed form Lucene reads back
    }

    public override TokenStream GetTokenStream(Analyzer analyzer)
    {
        var stream = t_stream ??= new NumericTokenStream(NumericUtils.PRECISION_STEP_DEFAULT);
        return stream.SetInt32Value(GetInt32Value()!.Value);
    }
}
