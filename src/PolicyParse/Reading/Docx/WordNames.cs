using System.Xml;

namespace PolicyParse.Reading.Docx;

/// <summary>The element names the body reader looks for, atomized in the reader's name table so they compare by reference.</summary>
internal sealed class WordNames
{
    public WordNames(XmlNameTable table)
    {
        W = table.Add(WordXml.Namespace);
        MarkupCompatibility = table.Add(WordXml.MarkupCompatibility);
        Fallback = table.Add("Fallback");
        P = table.Add("p"); PPr = table.Add("pPr"); RPr = table.Add("rPr"); T = table.Add("t"); Tab = table.Add("tab");
        Br = table.Add("br"); Cr = table.Add("cr"); NoBreakHyphen = table.Add("noBreakHyphen");
        PStyle = table.Add("pStyle"); NumId = table.Add("numId"); Ilvl = table.Add("ilvl"); OutlineLvl = table.Add("outlineLvl"); Jc = table.Add("jc");
        B = table.Add("b"); Sz = table.Add("sz"); Color = table.Add("color");
        Tbl = table.Add("tbl"); Tr = table.Add("tr"); Tc = table.Add("tc"); TblHeader = table.Add("tblHeader");
        GridSpan = table.Add("gridSpan"); VMerge = table.Add("vMerge"); SectPr = table.Add("sectPr");
        _skippedInRuns = new[]
        {
            table.Add("del"), table.Add("moveFrom"), table.Add("instrText"), table.Add("delInstrText"),
            table.Add("footnoteReference"), table.Add("endnoteReference"), table.Add("commentReference"),
        };
    }

    public string W { get; }
    public string MarkupCompatibility { get; }
    public string Fallback { get; }
    public string P { get; }
    public string PPr { get; }
    public string RPr { get; }
    public string T { get; }
    public string Tab { get; }
    public string Br { get; }
    public string Cr { get; }
    public string NoBreakHyphen { get; }
    public string PStyle { get; }
    public string NumId { get; }
    public string Ilvl { get; }
    public string OutlineLvl { get; }
    public string Jc { get; }
    public string B { get; }
    public string Sz { get; }
    public string Color { get; }
    public string Tbl { get; }
    public string Tr { get; }
    public string Tc { get; }
    public string TblHeader { get; }
    public string GridSpan { get; }
    public string VMerge { get; }
    public string SectPr { get; }

    private readonly string[] _skippedInRuns;

    /// <summary>Deleted and moved-away text, field instructions and note references: not part of what a reader sees.</summary>
    public bool IsSkippedInRuns(string localName)
    {
        foreach (var atom in _skippedInRuns)
            if ((object)localName == atom) return true;
        return false;
    }
}
