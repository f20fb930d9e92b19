using System;
using System.Text.RegularExpressions;

namespace PolicyParse.Parsing;

/// <summary>Names that begin an organ: the central organs that sign joint notices, and administrative places.</summary>
internal static class OrganLexicon
{
    /// <summary>Party and state organs, ministries and commissions of the State Council, as they are written in signatures (short forms included).</summary>
    public static readonly string[] CentralOrganHeads =
    {
        "中共中央", "中央", "国务院", "全国人大", "全国人民代表大会", "全国政协", "最高人民法院", "最高人民检察院", "中华人民共和国",
        "外交部", "国防部", "国家发展改革委", "国家发展和改革委员会", "教育部", "科技部", "科学技术部", "工业和信息化部", "国家民委",
        "公安部", "国家安全部", "民政部", "司法部", "财政部", "人力资源社会保障部", "人力资源和社会保障部", "自然资源部",
        "生态环境部", "住房城乡建设部", "住房和城乡建设部", "交通运输部", "水利部", "农业农村部", "商务部", "文化和旅游部",
        "国家卫生健康委", "国家卫生健康委员会", "退役军人事务部", "应急管理部", "中国人民银行", "人民银行", "审计署",
        "国务院国资委", "海关总署", "税务总局", "国家税务总局", "市场监管总局", "国家市场监督管理总局", "金融监管总局",
        "广电总局", "体育总局", "统计局", "国家统计局", "国家医保局", "国管局", "证监会", "银保监会", "国家知识产权局",
        "国家林草局", "国家能源局", "国家粮食和储备局", "国家邮政局", "国家文物局", "民航局", "中国民用航空局", "国家铁路局",
        "全国总工会", "共青团中央", "全国妇联", "中国残联", "中国科协",
    };

    // "浙江省…", "杭州市…", "临安区…", "阿坝藏族羌族自治州…": two to nine characters and an administrative level.
    private static readonly Regex Place = new(
        @"^[\u4E00-\u9FFF]{1,8}?(省|市|县|区|自治区|自治州|自治县|盟|旗|州|镇|乡|街道)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant, PatternTimeout.Value);

    /// <summary>True when the text from <paramref name="start"/> begins with a place name followed by more (the organ's own words).</summary>
    public static bool BeginsWithPlace(string text, int start = 0)
    {
        // Matched in the text from start, which the regex sees as its whole input (^ anchors at start).
        var m = Place.Match(text, start, text.Length - start);
        return m.Success && m.Length >= 2 && m.Index + m.Length < text.Length && !HoldsOrganWord(text, m.Index, m.Length);
    }

    private static bool HoldsOrganWord(string text, int start, int length)
    {
        foreach (var word in OrganWords)
            if (text.IndexOf(word, start, length, StringComparison.Ordinal) >= 0)
                return true;
        return false;
    }

    /// <summary>Words of organs, which a place name does not hold ("办公室XX县" is no place).</summary>
    private static readonly string[] OrganWords = { "办", "政府", "委", "局", "厅", "部", "室", "院", "署", "中心" };
}
