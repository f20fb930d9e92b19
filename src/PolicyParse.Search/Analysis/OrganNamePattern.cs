using System;
using System.Linq;

namespace PolicyParse.Search.Analysis;

/// <summary>
/// Organ names built from a place and an organ type — 临沭县 + 人民政府办公室, 苏州市 + 发展改革委, 市南区 +
/// 财政局 — which no dictionary can list: a place word (ending in 省 市 县 区 镇 乡 旗 州 or 街道) followed by
/// an organ word (ending in 人民政府, 办公室, 办公厅, 委员会, 管委会, 办事处, 局, 委, 厅 or 中心).
/// </summary>
internal static class OrganNamePattern
{
    private static readonly string[] PlaceEndings = { "省", "市", "县", "区", "镇", "乡", "旗", "州", "街道" };
    private static readonly string[] OrganEndings = { "人民政府", "办公室", "办公厅", "委员会", "管委会", "办事处", "局", "委", "厅", "中心" };
    // The last characters of the endings: asked first, as most pairs of words fail on them (this runs on every word indexed).
    private static readonly string PlaceLastCharacters = LastCharacters(PlaceEndings);
    private static readonly string OrganLastCharacters = LastCharacters(OrganEndings);

    public static bool Joins(char[] text, (int Start, int End) place, (int Start, int End) organ) =>
        place.End - place.Start >= 2 && organ.End - organ.Start >= 2 && place.End == organ.Start
        && PlaceLastCharacters.IndexOf(text[place.End - 1]) >= 0 && OrganLastCharacters.IndexOf(text[organ.End - 1]) >= 0
        && EndsWithAny(text, place, PlaceEndings) && EndsWithAny(text, organ, OrganEndings);

    private static string LastCharacters(string[] endings) => new(endings.Select(e => e[^1]).Distinct().ToArray());

    private static bool EndsWithAny(char[] text, (int Start, int End) word, string[] endings)
    {
        foreach (var ending in endings)
        {
            int from = word.End - ending.Length;
            if (from < word.Start) continue;
            bool match = true;
            for (int i = 0; i < ending.Length && match; i++)
                match = text[from + i] == ending[i];
            if (match) return true;
        }
        return false;
    }
}
