using System.Collections.Generic;
using System.Linq;
using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;
using Lucene.Net.Util;

namespace PolicyParse.Search.Indexing;

/// <summary>
/// The codec PolicyParse writes segments with: Lucene 4.6's, except that stored fields are compressed by
/// <see cref="StoredFieldsCompression"/> (same chunks of 16 KB, same LZ4). Lucene finds a segment's
/// codec by the name written into it, so reading needs this codec known to Lucene's codec factory:
/// <see cref="Register"/> wraps whatever factory is set (Lucene's default, or an application's own)
/// in one that knows it too. Segments written before, with Lucene's own codec, read as they always did.
/// </summary>
[CodecName("PolicyParse46")]
internal sealed class IndexCodec : FilterCodec
{
    public static readonly IndexCodec Instance = new();

    private readonly StoredFieldsFormat _storedFields = new CompressingStoredFieldsFormat("PolicyParseStoredFields", StoredFieldsCompression.Lz4, 1 << 14);

    public IndexCodec() : base(new Lucene46Codec()) { }

    public override StoredFieldsFormat StoredFieldsFormat => _storedFields;

    private static readonly object RegisterLock = new();

    /// <summary>Makes the codec known to Lucene's codec factory, unless it is already: before an index is opened.</summary>
    public static void Register()
    {
        lock (RegisterLock)
        {
            if (Codec.GetCodecFactory() is not KnowingThisCodec)
                Codec.SetCodecFactory(new KnowingThisCodec(Codec.GetCodecFactory()));
        }
    }

    /// <summary>A codec factory that answers this codec's name itself and every other name as the factory it wraps.</summary>
    private sealed class KnowingThisCodec(ICodecFactory inner) : ICodecFactory, IServiceListable
    {
        public Codec GetCodec(string name) => name == Instance.Name ? Instance : inner.GetCodec(name);

        public ICollection<string> AvailableServices =>
            (inner as IServiceListable)?.AvailableServices.Append(Instance.Name).ToList() ?? [Instance.Name];
    }
}
