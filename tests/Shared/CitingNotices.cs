namespace PolicyParse.TestSupport;

/// <summary>
/// Notices as text. Of one city: A issues interim measures (in force from 2018-06-01), B cites A, C
/// issues new measures in force from 2023-04-01 and repeals A. Of one province: P, which the city
/// forwards (City) and the county forwards on (County).
/// </summary>
internal static class CitingNotices
{
    public const string A = "某政发〔2018〕3号\n某某市人民政府关于印发某某市促进就业暂行办法的通知\n各区人民政府：\n"
        + "现将《某某市促进就业暂行办法》印发给你们。本办法自2018年6月1日起施行。\n一、总体要求\n做好有关工作。\n某某市人民政府\n2018年5月1日";

    public const string B = "某政办发〔2020〕7号\n某某市人民政府办公室关于做好高校毕业生就业工作的通知\n各区人民政府：\n"
        + "根据《某某市促进就业暂行办法》（某政发〔2018〕3号），现就有关事项通知如下。\n一、总体要求\n做好有关工作。\n某某市人民政府办公室\n2020年3月2日";

    public const string C = "某政发〔2023〕5号\n某某市人民政府关于印发某某市促进就业办法的通知\n各区人民政府：\n"
        + "现将《某某市促进就业办法》印发给你们。本办法自2023年4月1日起施行。原《某某市促进就业暂行办法》（某政发〔2018〕3号）同时废止。\n"
        + "一、总体要求\n做好有关工作。\n某某市人民政府\n2023年3月1日";

    public const string P = "某政办发〔2021〕1号\n某某省人民政府办公厅关于加强安全生产工作的通知\n各市人民政府：\n"
        + "为加强安全生产工作，现就有关事项通知如下。\n一、压实责任\n落实安全生产责任。\n某某省人民政府办公厅\n2021年3月1日";

    public const string City = "市政办发〔2021〕5号\n某某市人民政府办公室关于转发《某某省人民政府办公厅关于加强安全生产工作的通知》的通知\n各区人民政府：\n"
        + "现将《某某省人民政府办公厅关于加强安全生产工作的通知》（某政办发〔2021〕1号）转发给你们，请认真贯彻执行。\n某某市人民政府办公室\n2021年3月5日";

    public const string County = "县政办发〔2021〕9号\n某某县人民政府办公室关于转发《某某市人民政府办公室关于转发〈某某省人民政府办公厅关于加强安全生产工作的通知〉的通知》的通知\n"
        + "各乡镇人民政府：\n现将《某某市人民政府办公室关于转发〈某某省人民政府办公厅关于加强安全生产工作的通知〉的通知》（市政办发〔2021〕5号）转发给你们，"
        + "请认真贯彻执行。\n某某县人民政府办公室\n2021年3月10日";
}
