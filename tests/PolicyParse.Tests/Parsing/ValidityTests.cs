using PolicyParse.Model;

namespace PolicyParse.Tests;

/// <summary>时效性 read from a notice's own words: 施行 date, term, repealed documents, and the status on a day.</summary>
public class ValidityTests
{
    private static PolicyDocument Notice(string closing, string date = "2023年3月1日") => new PolicyParser().ParseText(
        "某某市人民政府关于印发某某市促进就业办法的通知\n某政发〔2023〕5号\n各区人民政府：\n现将《某某市促进就业办法》印发给你们，请认真贯彻执行。\n"
        + "一、总体要求\n做好就业工作。\n二、附则\n" + closing + "\n某某市人民政府\n" + date, "notice.txt");

    [Fact]
    public void A_dated_start_and_a_term_in_years_give_the_first_and_last_day_in_force()
    {
        var validity = Notice("本办法自2023年4月1日起施行，有效期5年。").Validity!;
        Assert.Equal((new DateTime(2023, 4, 1), "自2023年4月1日起施行"), (validity.Effective, validity.EffectiveText));
        Assert.Equal((new DateTime(2028, 3, 31), "有效期5年"), (validity.Expires, validity.ExpiresText));
        Assert.Empty(validity.Repeals);
    }

    [Fact]
    public void Start_on_issue_takes_the_signing_date_and_a_repeal_names_the_documents()
    {
        var validity = Notice("本通知自印发之日起施行，有效期至2025年12月31日。原《某某市促进就业暂行办法》（某政发〔2018〕3号）同时废止。").Validity!;
        Assert.Equal(new DateTime(2023, 3, 1), validity.Effective);
        Assert.Equal((new DateTime(2025, 12, 31), "有效期至2025年12月31日"), (validity.Expires, validity.ExpiresText));
        var repealed = Assert.Single(validity.Repeals);
        Assert.Equal(("某某市促进就业暂行办法", "某政发〔2018〕3号"), (repealed.Title, repealed.DocNumber));
    }

    [Fact]
    public void The_outline_shows_the_validity_with_its_words()
    {
        var outline = PolicyParse.Markdown.MarkdownWriter.Write(Notice("本通知自印发之日起施行，有效期至2025年12月31日。原《某某市促进就业暂行办法》（某政发〔2018〕3号）同时废止。"));
        Assert.Contains("- **施行**: 2023-03-01（自印发之日起施行）", outline);
        Assert.Contains("- **有效期至**: 2025-12-31（有效期至2025年12月31日）", outline);
        Assert.Contains("- **废止**: 《某某市促进就业暂行办法》 某政发〔2018〕3号", outline);
    }

    [Theory]
    [InlineData("本办法自二〇二三年四月一日起实施，试行期两年。", "2023-04-01", "2025-03-31")]
    [InlineData("本规定从2023年5月1日起执行。", "2023-05-01", null)]
    [InlineData("本办法自发布之日起施行，有效期为三年。", "2023-03-01", "2026-02-28")]
    public void Starts_and_terms_as_notices_word_them(string closing, string effective, string? expires)
    {
        var validity = Notice(closing).Validity!;
        Assert.Equal(effective, validity.Effective?.ToString("yyyy-MM-dd"));
        Assert.Equal(expires, validity.Expires?.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void A_cited_title_with_repeal_in_its_words_repeals_nothing()
    {
        // A regulation's history line names the decision that amended it; the decision's title says 废止.
        var notice = Notice("根据《国务院关于修改和废止部分行政法规的决定》修订。本办法自2023年4月1日起施行。");
        Assert.Empty(notice.Validity!.Repeals);
        Assert.Equal("国务院关于修改和废止部分行政法规的决定", Assert.Single(notice.Validity.AmendedBy).Title);
    }

    [Fact]
    public void A_repeal_spoken_of_is_not_a_repeal_done()
    {
        var notice = Notice("实施《某某市机构改革方案》需要制定、修改、废止地方性法规的，应当及时提出议案。本办法自2023年4月1日起施行。");
        Assert.Empty(notice.Validity!.Repeals);
    }

    [Fact]
    public void A_notice_that_states_nothing_has_no_validity_rather_than_a_guess()
    {
        var notice = Notice("请各单位认真落实。");
        Assert.Null(notice.Validity);
    }

    [Fact]
    public void A_term_without_a_day_to_count_from_keeps_its_words_and_no_date()
    {
        var validity = Notice("本办法有效期3年。", date: "").Validity!;
        Assert.Equal(("有效期3年", null), (validity.ExpiresText, validity.Expires));
        Assert.Null(validity.Effective);
    }

    [Theory]
    [InlineData("2023-03-31", ValidityStatus.NotYetInForce)]
    [InlineData("2023-04-01", ValidityStatus.InForce)]
    [InlineData("2028-03-31", ValidityStatus.InForce)]
    [InlineData("2028-04-01", ValidityStatus.Expired)]
    public void The_status_on_a_day_follows_the_dates(string day, ValidityStatus status)
    {
        var notice = Notice("本办法自2023年4月1日起施行，有效期5年。");
        Assert.Equal(status, notice.Validity!.StatusOn(DateTime.Parse(day), notice.SignDate));
    }

    [Fact]
    public void A_term_alone_is_in_force_from_the_signing_date_and_unknown_before()
    {
        var validity = new NoticeValidity { Expires = new DateTime(2025, 12, 31), ExpiresText = "有效期至2025年12月31日" };
        Assert.Equal(ValidityStatus.InForce, validity.StatusOn(new DateTime(2024, 1, 1), new DateTime(2023, 3, 1)));
        Assert.Equal(ValidityStatus.Unknown, validity.StatusOn(new DateTime(2023, 1, 1), new DateTime(2023, 3, 1)));
        Assert.Equal(ValidityStatus.Unknown, validity.StatusOn(new DateTime(2024, 1, 1), null));
    }

    [Fact]
    public void A_regulation_takes_effect_on_the_day_its_last_article_names()
    {
        var law = new PolicyParser().ParseFile(Corpus.PathOf("dev/docs/lrb-04.md")); // 出版管理条例: "第七十三条 本条例自2002年2月1日起施行。"
        Assert.Equal((new DateTime(2002, 2, 1), "自2002年2月1日起施行"), (law.Validity!.Effective, law.Validity.EffectiveText));
    }

    [Theory]
    [InlineData("原某某市促进就业暂行办法同时废止。", "某某市促进就业暂行办法")]
    [InlineData("本办法自2023年4月1日起施行，2015年印发的某某市就业援助管理办法即行废止。", "某某市就业援助管理办法")]
    [InlineData("某某市人民政府关于做好高校毕业生就业工作的通知同时废止。", "某某市人民政府关于做好高校毕业生就业工作的通知")]
    public void A_repealed_title_written_without_title_marks_is_named(string closing, string title)
    {
        var repealed = Assert.Single(Notice(closing).Validity!.Repeals);
        Assert.Equal((title, null), (repealed.Title, repealed.DocNumber));
    }

    [Theory]
    [InlineData("以前有关规定与本办法不一致的，同时废止。")]
    [InlineData("过去由市政府各部门颁发的有关就业的规定，即行废止。")]
    [InlineData("凡与本办法不一致的同时废止。")]
    [InlineData("本院以前作出的司法解释与本规定不一致的，不再执行。")]
    [InlineData("以前有关规定与本办法不一致的，以本办法为准。")]
    public void A_general_repeal_names_no_document(string closing)
    {
        var validity = Notice(closing + "本办法自2023年4月1日起施行。").Validity!;
        Assert.Empty(validity.Repeals);
        Assert.Empty(validity.Amends);
    }

    [Fact]
    public void A_decision_listing_repeals_repeals_each_item()
    {
        var decision = new PolicyParser().ParseText(
            "某某市人民代表大会常务委员会关于废止部分地方性法规的决定\n某某市人民代表大会常务委员会决定：\n"
            + "一、废止《某某市社会治安综合治理条例》（1992年9月19日通过）\n二、废止《某某市邮政通信条例》\n本决定自公布之日起施行。", "decision.txt");
        Assert.Equal(new[] { "某某市社会治安综合治理条例", "某某市邮政通信条例" }, decision.Validity!.Repeals.Select(r => r.Title));
    }

    [Fact]
    public void An_amending_decision_amends_the_document_its_clauses_and_title_name()
    {
        var decision = new PolicyParser().ParseText(
            "某某省人民政府关于修改《某某省物业管理办法》的决定\n某某省人民政府令第5号\n"
            + "省人民政府决定对《某某省物业管理办法》作如下修改：\n一、将第三条修改为：“物业服务应当符合《某某省服务标准》。”\n"
            + "二、删去《某某省住宅专项维修资金管理办法》第九条。\n本决定自2023年4月1日起施行。", "decision.txt");
        var validity = decision.Validity!;
        Assert.Equal(new[] { "某某省物业管理办法", "某某省住宅专项维修资金管理办法" }, validity.Amends.Select(r => r.Title));
        Assert.Empty(validity.Repeals);
    }

    [Fact]
    public void A_regulation_history_names_the_decisions_that_amended_it()
    {
        var law = new PolicyParser().ParseFile(Corpus.PathOf("dev/docs/lrb-04.md")); // 出版管理条例, revised five times
        var amendedBy = law.Validity!.AmendedBy.Select(r => r.Title).ToList();
        Assert.Contains("国务院关于修改〈出版管理条例〉的决定", amendedBy);
        Assert.Contains("国务院关于废止和修改部分行政法规的决定", amendedBy);
        Assert.Empty(law.Validity.Repeals);
        Assert.Empty(law.Validity.Amends);
    }

    [Theory]
    [InlineData("对自贸试验区内的企业，不再执行《某某市物业管理办法》中关于收费标准的限制性规定。")]
    [InlineData("《某某市物业管理办法》（某政发〔2018〕3号）第五条同时废止。")]
    [InlineData("《某某市物业管理办法》有关规定与本办法不一致的，以本办法为准。")]
    public void A_provision_set_aside_amends_its_document_rather_than_repealing_it(string closing)
    {
        var validity = Notice(closing + "本办法自2023年4月1日起施行。").Validity!;
        Assert.Empty(validity.Repeals);
        Assert.Equal("某某市物业管理办法", Assert.Single(validity.Amends).Title);
    }

    [Fact]
    public void A_reissue_repeals_its_namesake_by_number_but_never_itself()
    {
        var repealed = Assert.Single(Notice("本通知自印发之日起施行，《某某市人民政府关于印发某某市促进就业办法的通知》（某政发〔2019〕8号）同时废止。").Validity!.Repeals);
        Assert.Equal("某政发〔2019〕8号", repealed.DocNumber);
        Assert.Empty(Notice("《某某市人民政府关于印发某某市促进就业办法的通知》自印发之日起施行，不再执行。").Validity!.Repeals);
    }
}
