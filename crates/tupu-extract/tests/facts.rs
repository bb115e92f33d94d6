//! Chinese sentences written for these tests (the facts may be real) →
//! numeric facts, one check per mechanism of the fact work on real news:
//! the day a market report speaks of, lists of periods, signed figures.

mod common;

use common::extract;

/// `subject value date` lines of the facts.
fn facts(text: &str) -> Vec<String> {
    extract(text)
        .facts
        .iter()
        .map(|f| format!("{} {} {}", f.subject, f.value, f.date.as_deref().unwrap_or("-")))
        .collect()
}

fn has(text: &str, fact: &str) {
    let got = facts(text);
    assert!(got.iter().any(|f| f == fact), "{fact} not in {got:?}\n  from {text}");
}

/// A trading-day report dates its moves by its dateline's month.
#[test]
fn a_market_report_dates_its_moves_by_the_dateline() {
    let report = "美股收市\n2025年3月5日\n\n特斯拉股价升3.1%，英伟达及苹果分别跌2.4%及1.2%。";
    has(report, "特斯拉 3.1 2025-03");
    has(report, "英伟达 2.4 2025-03");
    has(report, "苹果 1.2 2025-03");
}

/// A gain in anything else, or a move over a span, is no day's price move.
#[test]
fn other_gains_and_moves_over_a_span_keep_no_date() {
    let text = "行业观察\n2025年3月5日\n\n港股板块走强。百度使得模型精度提升了6%。蛇年以来小米股价涨逾三成。";
    has(text, "百度 6 -");
    has(text, "小米 30 -");
}

/// 发行价：23美元: the label before a colon names the figure, a price.
#[test]
fn a_label_before_a_colon_names_the_figure() {
    let text = "新股速递\n2025年3月5日\n\n相关资讯：小米 发行价：23 美元 上市首日收盘：26 美元（+13%）";
    has(text, "小米 23 2025-03");
    has(text, "小米 13 2025-03");
}

/// 2019年至2021年及2022年前三季度…分别为: a span of years that opens a
/// list of periods gives each year its figure.
#[test]
fn a_span_of_years_inside_a_list_of_periods() {
    let text = "2019年至2021年及2022年前三季度，寒武纪营业收入分别为4.4亿元、4.6亿元、7.2亿元、1.9亿元。";
    has(text, "寒武纪 440000000 2019");
    has(text, "寒武纪 460000000 2020");
    has(text, "寒武纪 720000000 2021");
    has(text, "寒武纪 190000000 2022-Q3");
}

/// 同期，…分别…: the next sentence's list pairs with the same periods.
#[test]
fn the_same_period_pairs_with_the_list_before() {
    let text = "2021年、2022年和2023年，商汤科技营业收入分别为47亿元、38亿元、34亿元。同期，公司净利润分别亏损171亿元、61亿元、64亿元。";
    has(text, "商汤科技 17100000000 2021");
    has(text, "商汤科技 6400000000 2023");
}

/// 净利润分别是-0.78亿元: a signed amount is a loss of its size, while a
/// signed percentage in a list of index moves is no figure at all.
#[test]
fn a_signed_amount_is_a_loss_and_a_signed_percentage_no_fact() {
    let text = "格灵深瞳自2020年至2022年的三个财年里，净利润分别是-0.78亿元、-0.69亿元、0.32亿元。";
    has(text, "格灵深瞳 78000000 2020");
    has(text, "格灵深瞳 69000000 2021");
    assert!(
        extract(text).facts.iter().any(|f| f.value == 78000000.0 && f.metric == "netLoss"),
        "a profit below zero should be a netLoss"
    );
    let index = "今日收盘，百度涨幅为-0.66%。";
    assert!(facts(index).is_empty(), "{:?}", facts(index));
}

/// 近5个交易日累计上涨56%: the trading days a move is measured over are no
/// figure; 连续17个交易日上涨, a streak, is the stock's record.
#[test]
fn trading_days_are_a_window_unless_a_streak() {
    let window = "新炬网络近5个交易日累计上涨56%。";
    let got = facts(window);
    assert!(!got.iter().any(|f| f.starts_with("新炬网络 5 ")), "{got:?}");
    has(window, "新炬网络 56 -");
    has("Meta股价已连续17个交易日上涨。", "Meta 17 -");
}

/// 发布了A、B共计17款大模型: a figure right after a list counts the list,
/// and is the releaser's; 甲、乙等9家券商 is no member's.
#[test]
fn a_total_after_a_list_is_no_members() {
    let models = "百川智能先后发布了Baichuan-7B、Baichuan2-192K、Baichuan4-Turbo共计17款大模型。";
    has(models, "百川智能 17 -");
    let got = facts(models);
    assert!(!got.iter().any(|f| f.starts_with("Baichuan4-Turbo 17")), "{got:?}");
    let firms = "国泰君安、国金证券、广发证券等9家券商先后表示完成DeepSeek本地化部署。";
    let got = facts(firms);
    // The count is of what the firms took up, no member's.
    assert_eq!(got, ["DeepSeek 9 -"]);
}

/// 只有十四分之一: the denominator of a fraction is no amount.
#[test]
fn a_fractions_denominator_is_no_figure() {
    let got = facts("智谱训练模型只用了OpenAI成本的十四分之一。");
    assert!(!got.iter().any(|f| f.contains(" 14 ")), "{got:?}");
    has("智谱训练模型的成本为2000万美元。", "智谱 20000000 -");
}

/// 乙公司（1234）收报9.9元: a firm named by its stock code is the clause's
/// own subject even when the dictionary does not know it; the figures are
/// not the firm quoted before.
#[test]
fn a_stock_code_names_the_clauses_own_subject() {
    let text = "小米集团（01810）收报50.5元，升3.1%；甲乙丙丁（9999）收报2.2元，跌4.4%。";
    has(text, "小米 3.1 -");
    let got = facts(text);
    // The code makes 甲乙丙丁 a firm of its own (names.rs): its figures may be
    // its own, never 小米's.
    assert!(!got.iter().any(|f| f.starts_with("小米 ") && (f.contains(" 4.4 ") || f.contains(" 2.2 "))), "{got:?}");
}

/// 75万- 100万元, 4.25% - 4.5%: a range with spaces around its dash is
/// still a range, never a fact.
#[test]
fn a_spaced_range_is_no_figure() {
    let got = facts("抖音2月6日的销售额已达 75 万- 100 万元。");
    assert!(!got.iter().any(|f| f.contains(" 750000 ") || f.contains(" 1000000 ")), "{got:?}");
}

/// 嘉兴蓝驰持有青云科技289万股: shares and stake after a firm held are the
/// holder's; an unknown holder gives them to no one; a price per share
/// stays the held firm's.
#[test]
fn what_is_held_is_the_holders_figure() {
    let text = "减持后，嘉兴蓝驰持有青云科技2899399股，占公司总股本的6.07%。";
    has(text, "嘉兴蓝驰 2899399 -");
    has(text, "嘉兴蓝驰 6.07 -");
    let got = facts(text);
    assert!(!got.iter().any(|f| f.starts_with("青云科技")), "{got:?}");
    let unknown = "此次减持前，甲乙丙丁持有青云科技股份545万股。";
    let got = facts(unknown);
    assert!(!got.iter().any(|f| f.starts_with("青云科技")), "{got:?}");
    has("两家合计持有青云科技427.65万股，按均价73元/股计算。", "青云科技 73 -");
}

/// IDC预测，2025年，将有55%的企业…: a forecast said before the clause's 将
/// is no fact; a 预计 after it is of another figure (可以将精度提高5%).
#[test]
fn a_forecast_before_the_clause_hedges_it() {
    let forecast = "IDC预测，2025年，百度将有55%的业务使用开源模型。";
    let got = facts(forecast);
    assert!(!got.iter().any(|f| f.contains(" 55 ")), "{got:?}");
    has("通过使用盘古大模型，百度可以将生产精度提高5%以上，预计每年可以多产钢板2万余吨。", "百度 5 -");
}

/// 道指收市报44593，升123点或0.28%: a clause about an index has its own
/// subject; the firm named before does not get the index's move.
#[test]
fn an_index_clause_keeps_its_figures_from_the_firm_before() {
    let text = "苹果股价升2.2%；道指收市报44593点，升123点或0.28%；标指微弹2点或0.03%。";
    has(text, "苹果 2.2 -");
    let got = facts(text);
    assert!(!got.iter().any(|f| f.contains(" 0.28 ") || f.contains(" 0.03 ")), "{got:?}");
}

/// 到2030年…有望达到: a figure for a year after the dateline's in a sentence
/// that looks ahead is a forecast; a firm's stated plan to spend is kept.
#[test]
fn a_later_year_looking_ahead_is_a_forecast() {
    let text = "行业观察\n2025年2月13日\n\n据测算，2030年百度的营收可达5000亿元。";
    let got = facts(text);
    assert!(!got.iter().any(|f| f.contains(" 500000000000 ")), "{got:?}");
    let plan = "行业观察\n2025年2月13日\n\n百度计划在2027年前投资200亿元建设数据中心。";
    has(plan, "百度 20000000000 2027");
}

/// 与X相当, 是X的N倍: what a figure is likened to or measured against is
/// not whose figure it is.
#[test]
fn a_comparand_does_not_take_the_figure() {
    let text = "百度发布的文心4.5模型，能力与OpenAI的GPT-4o相当，但训练成本只有300万美元。";
    has(text, "文心4.5 3000000 -");
    let text = "小米的日活用户达到3000万，是华为的60%。";
    has(text, "小米 60 -");
    let text = "阿里的市值已经是百度的5倍。";
    has(text, "阿里巴巴 5 -");
    // 跟X的N相比: the figure between is X's own.
    let text = "这个模型只有十亿参数，跟GPT-3的1750亿参数相比微不足道。";
    has(text, "GPT-3 175000000000 -");
}

/// 已有超过40家银行宣布接入DeepSeek: a count of firms taking something up
/// is a figure of what they take up.
#[test]
fn a_count_of_adopters_is_the_adopted_things() {
    has("目前已有超过40家银行宣布接入DeepSeek，覆盖客服与风控。", "DeepSeek 40 -");
    has("12家券商完成DeepSeek的本地化部署。", "DeepSeek 12 -");
    has("已有超过5万家企业客户采用了阿里云的通义千问。", "通义千问 50000 -");
}

/// 27岁的开发工程师田丰: an age is a person's (a post may stand between), of
/// no period; a firm named near an age does not get it.
#[test]
fn an_age_is_a_persons_only() {
    has("27岁的开发工程师田丰今年在公司过年。", "田丰 27 -");
    let got = facts("百度让这位28岁的年轻人负责新的实验室。");
    assert!(!got.iter().any(|f| f.contains(" 28 ")), "{got:?}");
}

/// 被X以N收购, 被X超越: who does it (after 被) is not whose figure it is.
#[test]
fn the_agent_of_a_passive_is_no_subject() {
    has("Instagram被Facebook以10亿美元收购时，只有13名员工。", "Instagram 1000000000 -");
    let got = facts("长虹电视销量已经被海信、小米等厂商超越，市场份额可能已跌至10%以下。");
    assert!(!got.iter().any(|f| f.starts_with("小米")), "{got:?}");
    // 被誉为: what the subject is called is no agent.
    has("DeepSeek被誉为国产之光，日活达到3000万。", "DeepSeek 30000000 -");
}

/// A和B合计占90%: a figure summed over names joined in a list is none of
/// theirs.
#[test]
fn a_joint_figure_is_no_members() {
    let got = facts("三星和美光合计占全球HBM市场超过90%。");
    assert!(!got.iter().any(|f| f.contains(" 90 ")), "{got:?}");
    has("三星占全球HBM市场超过50%。", "三星 50 -");
}

/// 据《福布斯》估算, 据 Axios 获悉: a source after 据 is no subject, with a
/// title mark or a space between.
#[test]
fn a_source_in_title_marks_is_no_subject() {
    let got = facts("据《福布斯》估算，全美前25位慈善家的捐赠总额增至2410亿美元。");
    assert!(!got.iter().any(|f| f.starts_with("福布斯")), "{got:?}");
}

/// 3.35TB/s的带宽: a chip's bandwidth is what the chip is, of no period.
#[test]
fn a_bandwidth_is_of_no_period() {
    has("2022年9月，H100拥有3.35TB/s的记忆体频宽。", "H100 3.35 -");
}

/// 生成了237个候选分子，其中5个…: a part (其中N) is the whole's owner's; a
/// whole no one owns (a market's count) leaves the part no one's.
#[test]
fn a_part_after_qizhong_is_the_wholes_owners() {
    has("DeepSeek在两周内生成了237个候选分子，其中5个在体外实验中有效。", "DeepSeek 5 -");
    let got = facts("英伟达股价大涨，沪深两市共有4100只个股收涨，其中93只个股涨停。");
    assert!(!got.iter().any(|f| f.contains(" 93 ")), "{got:?}");
}

/// 2024年全球服务器出货量增长10%: a clause that opens with a scope (全球,
/// 我国, 行业) states that scope's figure, not the firm's named before; a
/// firm's own measure over the scope (全球销量) stays the firm's.
#[test]
fn a_clause_about_a_scope_is_no_firms() {
    let got = facts("英伟达发布新一代芯片。2024年全球服务器出货量增长10%。");
    assert!(!got.iter().any(|f| f.contains(" 10 ")), "{got:?}");
    has("小米发布新一代手机，全球销量突破200万台。", "小米 2000000 -");
}

/// Canalys发布的统计数据显示，…: research a firm publishes is about others;
/// its own accounts (财报显示) and a clause pointing back to it (其, 该公司)
/// are its figures.
#[test]
fn a_firms_research_is_about_others() {
    let got = facts("Canalys发布的统计数据显示，2024年第四季度中国智能手机出货量达到7740万部。");
    assert!(!got.iter().any(|f| f.contains(" 77400000 ")), "{got:?}");
    has("Arm发布的财报显示，第四季度营收同比增长19%。", "Arm 19 -");
    has("麦当劳发布的研究报告显示，其海外市场同店销售额增长4.1%。", "麦当劳 4.1 -");
}

/// 在过去18个月下降90%: the span a change is measured over is no figure; a
/// span that is the figure (上线26天) stays.
#[test]
fn a_window_of_time_is_no_figure() {
    let got = facts("英伟达H100芯片的算力成本在过去18个月下降90%。");
    assert!(!got.iter().any(|f| f.contains(" 18 ")), "{got:?}");
    has("英伟达H100芯片的算力成本在过去18个月下降90%。", "H100 90 -");
    has("DeepSeek移动端上线26天，日活突破4000万。", "DeepSeek 26 -");
}

/// 由三季度末的62.5万股增加到68万股: the period a change starts from dates
/// its start only; 上年同期的7830万美元 is the same period a year before.
#[test]
fn a_starting_period_and_a_year_ago_figure() {
    let text = "美股财报\n2025年2月14日\n\n截至去年末，英伟达的员工由三季度末的3.2万人增加到3.6万人。";
    has(text, "英伟达 36000 2024");
    has(text, "英伟达 32000 2024-Q3");
    let text = "美股财报\n2025年2月14日\n\nSnap第四季度净亏损为3550万美元，上年同期的净亏损为7830万美元。";
    has(text, "Snap 35500000 2024-Q4");
    has(text, "Snap 78300000 2023-Q4");
}

/// 2月1日突破3000万日活: how many use a model that day is that month's
/// figure; its score on the day it came out is what the model is.
#[test]
fn a_models_users_on_a_day_are_that_months() {
    let text = "AI速递\n2025年2月10日\n\nDeepSeek在2月1日日活突破3000万。";
    has(text, "DeepSeek 30000000 2025-02");
    let text = "AI速递\n2025年2月10日\n\n2月1日，DeepSeek在AIME测试中得分79.8%。";
    has(text, "DeepSeek 79.8 -");
}

/// 比X便宜63%: what 比 measures against is not the figure's subject; a
/// name after 比 that no comparative follows (比亚迪, 比例) is no comparand.
#[test]
fn what_bi_compares_against_is_no_subject() {
    has("OpenAI推出的o3-mini比o1-mini便宜63%。", "o3-mini 63 -");
    let got = facts("OpenAI推出的o3-mini比o1-mini便宜63%。");
    assert!(!got.iter().any(|f| f.starts_with("o1-mini")), "{got:?}");
    has("比亚迪1月销量增长50%。", "比亚迪 50 -");
}

/// 微软向印尼投资17亿美元: an investor whose money goes to a place or a
/// project, not to a firm named, spends it as its own figure; 向其投资 and
/// 向OpenAI投资 stay the invested firm's.
#[test]
fn an_investor_with_no_investee_keeps_its_outlay() {
    has("微软向印尼投资17亿美元建设数据中心。", "微软 1700000000 -");
    let got = facts("3月，智谱完成新一轮融资；同月，华发集团也向其投资5亿元。");
    assert!(!got.iter().any(|f| f.starts_with("华发集团")), "{got:?}");
    has("2019年，微软向OpenAI投资10亿美元。", "OpenAI 1000000000 2019");
}

/// “1+2+N”方案: numbers joined by + name a scheme, no figure; 1200+ and
/// +13% are figures.
#[test]
fn a_scheme_of_numbers_joined_by_plus_is_no_figure() {
    let got = facts("百川智能与海淀区卫健委签署战略合作，通过“1+2+N”方案推进。");
    assert!(!got.iter().any(|f| f.contains(" 1 ") || f.contains(" 2 ")), "{got:?}");
    has("智谱已累计链接1200+大模型初创项目。", "智谱 1200 -");
}

/// 2024年上半年营收…: a half year has no date a figure can carry (YYYY,
/// YYYY-MM or YYYY-QN), so its figures go undated; a quarter's keep theirs.
#[test]
fn a_half_years_figures_go_undated() {
    has("2024年上半年，寒武纪营收为0.65亿元。", "寒武纪 65000000 -");
    has("2024年第三季度，寒武纪营收为1.2亿元。", "寒武纪 120000000 2024-Q3");
}

/// 2019年以来累计亏损50亿元, 2022年和2023年裁减2.1万人: a sum since a past
/// year or over two years is of no single period; 分别 still pairs them.
#[test]
fn a_sum_since_or_over_years_goes_undated() {
    let text = "芯片观察\n2025年2月10日\n\n2019年以来，寒武纪累计亏损约50亿元。";
    has(text, "寒武纪 5000000000 -");
    let text = "科技观察\n2025年2月10日\n\nMeta在2022年和2023年共裁减21000名员工。";
    has(text, "Meta 21000 -");
    has("2022年和2023年，寒武纪营收分别为7.3亿元和7.1亿元。", "寒武纪 710000000 2023");
}

/// A股成交额接近两万亿: a clause that opens with a whole market is not about
/// the firm named before; a firm's own listing (港股上涨3.69%) is.
#[test]
fn a_clause_about_a_whole_market_is_no_firms() {
    let got = facts("英伟达股价大涨。2月7日，A股成交额接近两万亿。");
    assert!(!got.iter().any(|f| f.contains(" 2000000000000 ")), "{got:?}");
    has("阿里巴巴今天开盘再度高开，港股上涨3.69%。", "阿里巴巴 3.69 -");
}

/// Qwen2.5-Max是阿里云通义团队的最新成果，预训练数据…: a name after the
/// copula says what the subject is; the figures stay the subject's.
#[test]
fn a_name_after_the_copula_is_no_subject() {
    has("Qwen2.5-Max是阿里云通义团队的最新成果，预训练数据超过20万亿tokens。", "Qwen2.5-Max 20000000000000 -");
    let got = facts("Qwen2.5-Max是阿里云通义团队的最新成果，预训练数据超过20万亿tokens。");
    assert!(!got.iter().any(|f| f.starts_with("阿里云")), "{got:?}");
    // A 是 that is no copula (但是) leaves the later name the subject.
    has("DeepSeek很火，但是Kimi的月活达到3600万。", "Kimi 36000000 -");
}

/// 除了英伟达…，其他5家都有…: a count of the others is not the subject's.
#[test]
fn a_count_of_the_others_is_no_subjects() {
    let got = facts("美股七姐妹中，除了英伟达是卖铲子的公司，其他5家都有大模型产品。");
    assert!(!got.iter().any(|f| f.contains(" 5 ")), "{got:?}");
    has("英伟达旗下共有5家数据中心。", "英伟达 5 -");
}

/// 微软(MSFT.US)位列第三，持仓约6.84亿股: a fund's position in a stock it
/// lists by ticker is not the stock's figure; the stock's own price is.
#[test]
fn a_funds_position_is_no_figure_of_the_stock() {
    let got = facts("小摩前十大重仓股中，微软(MSFT.US)位列第一，持仓约1.35亿股，持仓市值约569亿美元。");
    assert!(!got.iter().any(|f| f.starts_with("微软")), "{got:?}");
    has("微软(MSFT.US)收涨1.2%，报409.75美元。", "微软 409.75 -");
}

/// 根据埃森哲披露，其生成式AI咨询预订额近30亿美元: 其 is the firm this
/// sentence named, even one excluded as a source; 它们 (a list), 其后 and
/// 其余 are no pronoun for one firm.
#[test]
fn qi_points_to_the_sentences_own_firm() {
    has("英伟达发布新芯片。根据埃森哲披露，其生成式AI咨询预订额近30亿美元。", "埃森哲 3000000000 -");
    let got = facts("其中包括阿里巴巴、百度和比亚迪，它们在过去一个月的涨幅分别为43%、13%和40%。");
    assert!(!got.iter().any(|f| f.starts_with("比亚迪 43")), "{got:?}");
}

/// 第四季度营收超出预期: a quarter a firm's results are headlined for dates
/// the figures of the sentences after that name no period, until the talk
/// moves to a span of its own (全年) or to another firm.
#[test]
fn a_quarter_headlined_dates_the_results_that_follow() {
    let text = "美股盘前\n2025年2月12日\n\n京东升5%，第四季度营收超出预期。公司当季营收为30亿美元，净利润为2亿美元。\
                全年营收占比达到40%。其中海外营收占比为8%。";
    has(text, "京东 3000000000 2024-Q4");
    has(text, "京东 200000000 2024-Q4");
    has(text, "京东 8 -");
    // A quarter that dates a figure of its own clause dates only that one.
    let own = "观察\n2025年2月12日\n\n2024年第四季度，寒武纪营收占比超全年70%。前五大客户销售占比92.36%。";
    has(own, "寒武纪 92.36 -");
    // Guidance for a quarter to come is no results reported.
    let guidance = "快讯\n2025年2月12日\n\n京东第一季度营收指引低于预期。公司营收为30亿美元。";
    has(guidance, "京东 3000000000 -");
}

/// Biogen Inc (NASDAQ:BIIB)跌2%: a firm quoted with its exchange and ticker
/// is a stock, and its move is the reporting day's.
#[test]
fn a_move_after_a_ticker_is_the_days() {
    let text = "盘前速递\n2025年2月12日\n\n百度 (NASDAQ:BIDU)跌2%，公司推出新服务。";
    has(text, "百度 2 2025-02");
}

/// 反观杭州，其GDP构成中…, 美国有1539家: a place that opens its clause and
/// goes on with what it has is what the clause measures; one after 在 is
/// where, and the sentence after is not its own.
#[test]
fn a_place_that_heads_its_clause_gets_its_figures() {
    let text = "城市观察\n\n反观杭州，其GDP构成中，制造业占比只有28%。全欧洲只有263家独角兽公司，而美国有1539家。";
    has(text, "杭州 28 -");
    has(text, "欧洲 263 -");
    has(text, "美国 1539 -");
    let carried = "收市\n\n债市：美国10年期国债收益率上涨5个基点。商品：原油期货收涨0.39美元。";
    assert!(!facts(carried).iter().any(|f| f.starts_with("美国 0.39")), "{:?}", facts(carried));
}

/// 美国1月核心CPI环比上涨0.4%: an economy's statistic is the figure of the
/// place named as its subject (and still of no firm).
#[test]
fn an_economys_statistic_is_its_places() {
    let text = "宏观\n2025年2月13日\n\n美国1月核心CPI环比上涨0.4%。";
    has(text, "美国 0.4 2025-01");
}

/// 两个月前 dates by the dateline's month counted back; 最新市值, 当前报收
/// are the dateline's, not an earlier clause's month; 五个月前的三倍 is the
/// period of what a multiple is of.
#[test]
fn months_ago_and_the_latest_quote() {
    let text = "科技快讯\n2025年2月10日\n\n百度在两个月前完成了60亿美元的融资。";
    has(text, "百度 6000000000 2024-12");
    let quote = "科技快讯\n2025年2月10日\n\n至2024年8月，百度股价最低下探至25.25元，当前报收于43.28元。";
    has(quote, "百度 43.28 2025-02");
    let multiple = "科技快讯\n2025年2月10日\n\n2024年底，百度估值达到66亿美元——五个月前的三倍。";
    has(multiple, "百度 6600000000 2024");
}

/// 据X2024年半年报: a firm's own accounts as the source give its figures;
/// 这公司 points back to the firm; a clause over 最近5年 is dated by no year
/// named before it.
#[test]
fn own_accounts_and_spans_of_years() {
    let text = "公司观察\n2025年2月10日\n\n据百度2024年半年报，智能云营收占比为27.36%。";
    has(text, "百度 27.36 2024");
    let span = "公司观察\n2025年2月10日\n\n百度很舍得花钱：2022年和2023年研发费用率分别是11.6%和11.41%；\
                最近5年，百度的研发投入复合增长率接近21%。";
    has(span, "百度 11.41 2023");
    has(span, "百度 21 -");
    let pointer = "公司观察\n2025年2月10日\n\n百度发布了文心一言。这公司在研发方面很舍得花钱，研发费用率是11.6%。";
    has(pointer, "百度 11.6 -");
}

/// X预计2024年净亏损…，Y则预计亏损…, said in 2025: the second firm's
/// estimate is of the same year already over, a figure, not a forecast.
#[test]
fn a_parallel_estimate_goes_on_with_the_year() {
    let text = "观察\n2025-02-10\n\n百度预计2024年净亏损在45亿元左右，阿里巴巴则预计亏损约32亿元。";
    has(text, "阿里巴巴 3200000000 2024");
}

/// A target price is the rated stock's, not the broker's that sets it.
#[test]
fn a_target_price_is_the_rated_stocks() {
    let text = "大行评级\n2025-02-13\n\n摩根士丹利维持对阿里巴巴的增持评级，目标价为160美元。";
    has(text, "阿里巴巴 160 -");
    let pointer =
        "大行评级\n2025-02-13\n\n尽管百度股价下跌，但摩根士丹利仍看好其长期前景，维持增持评级，目标价130美元。";
    has(pointer, "百度 130 -");
}

/// 以12亿美元收购X: a takeover's price is the deal's for the firm taken
/// over, not the buyer's.
#[test]
fn a_takeover_price_is_the_targets() {
    let text = "并购\n2025-02-10\n\n2023年12月，阿斯利康以12亿美元收购百度。";
    has(text, "百度 1200000000 2023-12");
    let parent = "并购\n2025-02-10\n\n马斯克牵头的财团提出以974亿美元收购文心一言的母公司百度。";
    has(parent, "百度 97400000000 -");
}

/// A price move after a clause about a quarter's results is the day's.
#[test]
fn a_move_after_a_quarters_results_is_the_days() {
    let text = "美股盘前\n2025年2月12日\n\n京东升10%，第四季度收入和利润超出预期，股价盘前上涨超8%。";
    has(text, "京东 8 2025-02");
}

fn lacks(text: &str, fact: &str) {
    let got = facts(text);
    assert!(!got.iter().any(|f| f == fact), "{fact} in {got:?}\n  from {text}");
}

/// 位列第三, 排名第八位, kimi第25名, 排23名: a place in a ranking is the
/// clause subject's rank; 第一次, 第三方, 第N产业 and a list's running
/// number before a name are none.
#[test]
fn a_place_in_a_ranking_is_a_rank() {
    let text = "榜单\n2025-02-10\n\n数据显示，百度耗时9个月位列第三，小米在国内手机市场排名第八位。";
    has(text, "百度 3 -");
    has(text, "小米 8 -");
    let short = "榜单\n2025-02-10\n\n豆包排23名，腾讯元宝第25名。";
    has(short, "豆包App 23 -");
    has(short, "腾讯元宝 25 -");
    let other = "榜单\n2025-02-10\n\n百度第三次发布新模型，第三方机构参与了测试。";
    lacks(other, "百度 3 -");
    let running = "美股\n2025-02-10\n\n第9名阿里巴巴收高4.92%。";
    lacks(running, "阿里巴巴 9 -");
    has(running, "阿里巴巴 4.92 2025-02");
    // Where a rank fell from is no rank now.
    let fell = "榜单\n2025-02-10\n\n小米的排名从全国第5降至第40位。";
    lacks(fell, "小米 5 -");
    has(fell, "小米 40 -");
    let span = "榜单\n2025-02-10\n\n小米销量从第一跌至第六位，百度和京东分别位列第六到第十。";
    has(span, "小米 6 -");
    lacks(span, "京东 6 -");
    lacks(span, "京东 10 -");
}

/// 华为云和腾讯云分别以18%和10%位列第二、第三: each kind of figure after
/// 分别 pairs with the members on its own, and a clause after that names
/// no one (…分别达到13%、9%，位列第三位、第四位) pairs the same way.
#[test]
fn respective_figures_pair_by_kind_and_carry_to_the_next_clause() {
    let text = "云市场\n2025-02-10\n\n华为云和腾讯云分别以18%和10%位列第二、第三。";
    has(text, "华为云 18 -");
    has(text, "腾讯云 10 -");
    has(text, "华为云 2 -");
    has(text, "腾讯云 3 -");
    let next = "云市场\n2025-02-10\n\n中国电信、中国移动的市场份额分别达到13%、9%，位列第三位、第四位。";
    has(next, "中国电信 3 -");
    has(next, "中国移动 4 -");
    lacks(next, "中国移动 3 -");
}

/// 超过DeepSeek V3等强手，获得全球第七名: whom the subject beat is not
/// what its figures are about; 超过百度的1180亿元 and 超过百度（43.4%）
/// still give the comparand its own figure.
#[test]
fn whom_the_subject_beat_gets_no_figure() {
    let text = "榜单\n2025-02-10\n\n通义千问以1332分，超过DeepSeek-V3和文心一言等强手，获得全球第七名。";
    has(text, "通义千问 7 -");
    lacks(text, "文心一言 7 -");
    let latin =
        "榜单\n2025-02-10\n\n通义千问冲进前十，超越DeepSeek V3, o1-mini和文心一言等模型，以1332分位列全球第七名。";
    has(latin, "通义千问 1332 -");
    lacks(latin, "文心一言 1332 -");
    let second = "榜单\n2025-02-10\n\n豆包月活高达5998万，仅次于ChatGPT，位列全球第二。";
    has(second, "豆包App 2 -");
    lacks(second, "ChatGPT 2 -");
    let own = "行情\n2025-02-10\n\n该指数涨幅高达45.4%，超过百度（43.4%）。";
    has(own, "百度 43.4 -");
}

/// 深流智算基于通义千问微调出问诊模型MedFlow-8B，…下载量超过3万次: a
/// product's measure after a maker that made it in the sentence is the
/// product's; not the model it builds on, nor the platform it went live on.
#[test]
fn a_products_measure_after_its_maker_is_the_products() {
    let text =
        "开源\n2025-02-10\n\n杭州的百度基于通义千问微调出问诊模型MedFlow-8B，上线魔搭社区一个月下载量超过3万次。";
    has(text, "MedFlow-8B 30000 -");
    lacks(text, "百度 30000 -");
    lacks(text, "通义千问 30000 -");
    lacks(text, "魔搭社区 30000 -");
}

/// 以Meta的Llama 3.1为基础, 它在通义千问开源模型的基础上: the model a
/// new one is built on gets none of its figures, and a later 该模型 is the
/// new one.
#[test]
fn the_base_a_model_is_built_on_gets_no_figure() {
    let text = "模型\n2025-02-10\n\n鸿海研究院发表大型语言模型FoxBrain，以Meta的Llama 3.1为基础，参数规模达700亿。";
    has(text, "FoxBrain 70000000000 -");
    lacks(text, "Meta 70000000000 -");
    let later = "模型\n2025-02-10\n\n百度去年推出「衡远工业大模型」，它在通义千问开源模型的基础上进行二次训练。该模型部署后，设备故障预警准确率达到98.5%。";
    has(later, "衡远工业大模型 98.5 -");
    lacks(later, "通义千问 98.5 -");
}

/// 上线70名“AI数智员工”, 让16台H1人形机器人登台: a count of units or staff
/// right before a deployment's or a product's name counts that thing, not
/// the clause subject's; what a thing needs (需要2台H100) counts none.
#[test]
fn a_count_of_units_before_a_name_counts_that_thing() {
    let text = "政务\n2025-02-10\n\n今年2月，深圳市福田区在政务系统中正式上线70名“AI数智员工”。";
    has(text, "AI数智员工 70 2025-02");
    lacks(text, "深圳市福田区 70 2025-02");
    let needs = "部署\n2025-02-10\n\n百度的满血版模型对显存要求较高，需要2台H100支持。";
    lacks(needs, "H100 2 -");
}

/// 华为、小米、百度…，分别为13只、12只、10只: a 分别 clause that lists no
/// members of its own pairs its figures with the list the clause before
/// named; not with two names that only stand side by side (高通骁龙8).
#[test]
fn respective_figures_pair_with_the_list_named_before() {
    let text = "调研\n2025-02-10\n\n被调研的个股有3家，即百度、小米、京东，分别被65家、62家、61家机构调研。";
    has(text, "百度 65 -");
    has(text, "小米 62 -");
    has(text, "京东 61 -");
    lacks(text, "京东 65 -");
}

/// 2025年第一季度中国云服务支出达到116亿美元。阿里云以33%的市场份额领跑:
/// shares and ranks right after a market's statistic are of its period;
/// not after a forecast's year, nor two sentences on.
#[test]
fn shares_after_a_markets_statistic_are_of_its_period() {
    let text = "云市场\n2025-06-10\n\n2025年第一季度中国云基础设施服务支出达到116亿美元。阿里云以33%的市场份额继续领跑，华为云位列第二。";
    has(text, "阿里云 33 2025-Q1");
    has(text, "华为云 2 2025-Q1");
    let ahead = "云市场\n2025-06-10\n\n预计2026年中国云服务市场支出将达到200亿美元。阿里云以33%的市场份额继续领跑。";
    has(ahead, "阿里云 33 -");
}

/// 8天6板, 五连板: a stock's run of limit-up sessions counts its boards,
/// not the days it is counted in, and stands as of the reporting day (the
/// dateline's month, as the gold files date it); a headline's run before
/// the name (5连板某某科技：) is left, its subject not being found after a
/// figure.
#[test]
fn a_run_of_limit_up_boards_counts_the_boards() {
    let text = "复盘\n2025-02-10\n\n个股方面，宁德时代再度涨停，8天6板；比亚迪五连板。";
    has(text, "宁德时代 6 2025-02");
    has(text, "比亚迪 5 2025-02");
    lacks(text, "宁德时代 8 2025-02");
    lacks(text, "宁德时代 8 -");
    let headline = "复盘\n2025-02-10\n\n宁德时代公告称，5连板比亚迪：公司无相关业务。";
    lacks(headline, "宁德时代 5 -");
}

/// 谷歌和亚马逊的资本支出上升至750亿和1000亿美元: as many figures joined
/// by 和 as names joined before them pair in order, without 分别; the
/// first amount is in the currency of the one it is joined to.
#[test]
fn figures_joined_like_the_names_before_them_pair_in_order() {
    let text = "资本支出\n2025-02-10\n\n谷歌和亚马逊的资本支出上升至750亿和1000亿美元。";
    has(text, "Google 75000000000 -");
    has(text, "亚马逊 100000000000 -");
    lacks(text, "亚马逊 75000000000 -");
    let got = extract(text);
    assert!(got.facts.iter().any(|f| f.subject == "Google" && f.unit == "USD"), "{:?}", got.facts);
}

/// 在英伟达H800芯片上训练了278.8万GPU小时: the hardware or platform work
/// ran on is no subject of the figures of that work.
#[test]
fn the_hardware_work_ran_on_takes_no_figures() {
    let text = "训练\n2025-02-10\n\n该模型在英伟达H800芯片上训练了278.8万GPU小时。";
    lacks(text, "H800 2788000 -");
    lacks(text, "英伟达 2788000 -");
}

/// 目标生产1万台, 销量目标突破5万辆: a goal is no figure reached; an
/// analyst's target price stays a figure, and the move it implies in the
/// clause after it does not.
#[test]
fn goals_and_implied_moves_are_no_figures() {
    let goal = "量产\n2025-02-10\n\n理想汽车表示今年目标交付70万辆，销量目标突破5万辆。";
    lacks(goal, "理想汽车 700000 -");
    lacks(goal, "理想汽车 50000 -");
    let rating = "评级\n2025-02-10\n\n瑞银维持比亚迪买入评级，目标价420港元，上涨35%。";
    lacks(rating, "比亚迪 35 -");
    let met = "用户\n2025-02-10\n\n豆包达到这一目标仅用了9个月，此前小米达到此目标耗时3年。";
    has(met, "豆包App 9 -");
}

/// 同比增长19%至6.85亿份: a change in percent and the count it ended at
/// are two figures, not the ends of a range (10%至20% still is one).
#[test]
fn a_change_and_the_count_it_ended_at_are_no_range() {
    let text = "财报\n2025-02-12\n\n拼多多第四季度订单量同比增长19%至6.85亿份。";
    has(text, "拼多多 19 2024-Q4");
    has(text, "拼多多 685000000 2024-Q4");
    let range = "财报\n2025-02-12\n\n拼多多预计毛利率为12%至15%。";
    lacks(range, "拼多多 12 -");
}

/// 某券商预测，X收入同比增8.8%: what follows a clause of forecasting is
/// the forecast's; not after 超预期 (a comparison with one), not what is
/// said as reached (已达到), nor the year-ago figure it is compared with.
#[test]
fn figures_after_a_clause_of_forecasting_are_forecasts() {
    let forecast = "前瞻\n2025-02-12\n\n中金公司预测，百度第四季度收入同比增长3%至340亿元。";
    lacks(forecast, "百度 3 2024-Q4");
    lacks(forecast, "百度 34000000000 2024-Q4");
    let beat = "财报\n2025-02-12\n\n百度第四季度业绩超预期，收入同比增长3%。";
    has(beat, "百度 3 2024-Q4");
    let reached = "数据\n2025-02-12\n\n据调研机构预测，2024年百度的智能云收入已达到200亿元。";
    has(reached, "百度 20000000000 2024");
    let baseline = "前瞻\n2025-02-12\n\n分析师预计，百度每股收益为2.1美元，高于去年同期的1.8美元。";
    lacks(baseline, "百度 2.1 -");
}

/// A(00700.HK)、B(09988.HK)、C(03690.HK)分别上涨…: names with their stock
/// codes still form the list 分别 pairs the figures with; when the list and
/// the figures do not pair, no member takes them all.
#[test]
fn a_list_of_names_with_stock_codes_pairs_its_figures() {
    let text = "港股\n2025-02-12\n\n腾讯(00700.HK)、阿里巴巴(09988.HK)、美团(03690.HK)分别上涨3.5%、6.2%、4.1%。";
    has(text, "腾讯 3.5 -");
    has(text, "阿里巴巴 6.2 -");
    has(text, "美团 4.1 -");
    let unpaired = "港股\n2025-02-12\n\n腾讯(00700.HK)、阿里巴巴(09988.HK)、美团(03690.HK)分别上涨3.5%、6.2%。";
    lacks(unpaired, "腾讯 6.2 -");
    lacks(unpaired, "美团 6.2 -");
}

/// 思科大升6% 英伟达飙升9%, 小米（17.2%）、苹果（17.1%）, 微软的800亿美元和谷歌
/// 的750亿美元: a name after an earlier figure of the clause, right before
/// its own, takes it; not a name deep in another phrase (推出媲美GPT-4的千亿
/// 参数大模型) nor a stock code's digits taken for a figure.
#[test]
fn a_name_after_a_figure_takes_the_next_figure() {
    let headline = "盘前\n2025-02-12\n\n美股盘前：思科大升6% 英伟达飙升9%";
    has(headline, "思科 6 2025-02");
    has(headline, "英伟达 9 2025-02");
    lacks(headline, "思科 9 2025-02");
    let shares = "手机\n2025-02-12\n\n排名其后的是小米（17.2%）、苹果（17.1%）。";
    has(shares, "苹果 17.1 -");
    lacks(shares, "小米 17.1 -");
    let spending = "资本支出\n2025-02-12\n\n亚马逊投资了780亿美元，远超微软的560亿美元和谷歌的530亿美元。";
    has(spending, "Google 53000000000 -");
    let deep = "模型\n2025-02-12\n\nDeepSeek仅用18个月便推出媲美GPT-4的千亿参数大模型。";
    lacks(deep, "GPT-4 100000000000 -");
}

/// 特斯拉反弹2%, 博通重挫17%: more words of a price moving make the move
/// the reporting day's.
#[test]
fn a_rebound_or_a_slump_is_a_price_move() {
    let text = "美股收市\n2025-02-12\n\n美股收盘，特斯拉反弹2%，博通重挫17%。";
    has(text, "特斯拉 2 2025-02");
    has(text, "博通 17 2025-02");
}

/// 10时25分: a time of day is no score, and its hour no figure.
#[test]
fn a_time_of_day_is_no_figure() {
    let text = "小米2月12日10时25分股价上涨3.5%。";
    has(text, "小米 3.5 -");
    lacks(text, "小米 25 -");
    lacks(text, "小米 10 -");
}

/// 力争到2030年，…，其中…: a goal set in one clause makes the figures of
/// the clauses after it goals; 未来五年将… is a plan, but a firm's plan to
/// spend stays its figure.
#[test]
fn goals_carry_through_the_sentence_and_plans_over_years_ahead_are_no_facts() {
    let goal = "车企\n2025-02-12\n\n比亚迪力争到2030年，总销量突破800万辆，其中，海外销量300万辆。";
    lacks(goal, "比亚迪 8000000 -");
    lacks(goal, "比亚迪 3000000 -");
    let plan = "车企\n2025-02-12\n\n吉利汽车表示，未来五年将推出20款新车型。";
    lacks(plan, "吉利汽车 20 -");
    let spend = "云\n2025-02-12\n\n腾讯宣布未来三年将投入超过1000亿元建设数据中心。";
    has(spend, "腾讯 100000000000 -");
}

/// 还有约30%的上涨空间: the room a price has to move is not a move.
#[test]
fn room_to_move_is_no_move() {
    let text = "港股\n2025-02-12\n\n美团股价收报150港元，分析师认为其仍有约30%的上涨空间。";
    lacks(text, "美团 30 -");
    lacks(text, "美团 30 2025-02");
}

/// 工信部发布数据，…: a body that releases data reports figures that are not
/// its own; an app that publishes its data speaks of itself.
#[test]
fn a_body_releasing_data_is_no_subject_of_it() {
    let body = "国家电影局发布数据，今年春节档总票房达到95亿元，观影人次1.9亿。";
    lacks(body, "国家电影局 9500000000 -");
    lacks(body, "国家电影局 190000000 -");
    let app = "作业帮公布的数据，每天批改作业达3亿题。";
    has(app, "作业帮 300000000 -");
}

/// 成都规上工业总产值…, 武汉以2.1万亿元GDP位列…: a place that heads its
/// clause and goes straight on with a measure of its economy owns the
/// figure; one that names whose firms or which office acts does not.
#[test]
fn a_place_heading_a_measure_of_its_economy_owns_the_figure() {
    has("2024年成都规上工业总产值突破2万亿元。", "成都 2000000000000 2024");
    has("2024年武汉以2.1万亿元的GDP位列全国第9。", "武汉 2100000000000 2024");
    has("2024年武汉以2.1万亿元的GDP位列全国第9。", "武汉 9 2024");
    let firms = "日本钢铁制造商占美国进口总量的约12%。";
    lacks(firms, "日本 12 -");
    let office = "美国总统宣布了一个总额达1000亿美元的芯片项目。";
    lacks(office, "美国 100000000000 -");
}

/// 《长安三万里》票房18亿元: a title the dictionary does not know is the
/// clause's own subject, not the firm named before; a colon inside a title
/// splits no clause; a title a clause only passes (超过《X》，) leaves the
/// subject as it was.
#[test]
fn titles_in_a_clause_and_the_subject_before_them() {
    let text = "据统计，光线传媒的影片票房8亿元，第二名为《小小的我》（3.2亿元）。";
    has(text, "光线传媒 800000000 -");
    lacks(text, "光线传媒 320000000 -");
    let colon = "据统计，《流浪地球：终极版》票房12亿元。";
    has(colon, "流浪地球:终极版 1200000000 -");
    let passed = "据统计，《流浪地球：终极版》票房12亿元，超过《满江红》，进入影史票房榜前20名。";
    has(passed, "流浪地球:终极版 20 -");
}

/// 他与谷歌研究总监合著的《X》是…教科书，被翻译成15种语言: the firm in a
/// relative clause before an unknown title does not take the title's
/// figures.
#[test]
fn a_name_modifying_a_title_takes_none_of_its_figures() {
    let text = "据介绍，他与谷歌研究总监合著的《机器学习：概率视角》是最常用的教科书，被翻译成超过15种语言。";
    lacks(text, "谷歌 15 -");
    lacks(text, "Google 15 -");
}

/// 以N（约M）收购X: the price and its bracketed conversion are the deal's
/// for the firm taken over, not the buyer's; so is a price paid for a firm
/// the pronoun after the verb points back to.
#[test]
fn a_takeover_price_is_the_firm_taken_overs() {
    let text = "据报道，微软提出以100亿美元（约720亿元人民币）收购OpenAI。";
    has(text, "OpenAI 10000000000 -");
    has(text, "OpenAI 72000000000 -");
    lacks(text, "微软 10000000000 -");
    lacks(text, "微软 72000000000 -");
    let pronoun = "特斯拉曾在纳斯达克上市，之后微软以约500亿美元的交易再次进行收购并私有化了该公司。";
    has(pronoun, "特斯拉 50000000000 -");
    lacks(pronoun, "微软 50000000000 -");
}

/// X使得Y的市值缩水N: the name after a causative word is what the figure
/// after it is about, even past a date that bounds the clause's subject.
#[test]
fn the_name_after_a_causative_word_takes_the_figure() {
    let text = "DeepSeek的爆火在1月27日使得英伟达的市值缩水了5000亿美元。";
    has(text, "英伟达 500000000000 -");
    lacks(text, "DeepSeek 500000000000 -");
}

/// 花费N训练出的Y, 与X不分伯仲，训练成本为N: the cost of a phrase a verb of
/// making closes before a model is the model's; a model likened to is no
/// subject.
#[test]
fn a_made_models_cost_and_a_likened_models_none() {
    let made = "深度求索花费约560万美元训练出的DeepSeek-V3，性能接近GPT-4o。";
    has(made, "DeepSeek-V3 5600000 -");
    lacks(made, "深度求索 5600000 -");
    let owner = "拥有30亿用户的Meta推出的Llama 3，性能接近GPT-4o。";
    has(owner, "Meta 3000000000 -");
    let likened = "DeepSeek-V3在性能上与GPT-4o不分伯仲，训练成本约为557万美元。";
    has(likened, "DeepSeek-V3 5570000 -");
    lacks(likened, "GPT-4o 5570000 -");
}

/// 采购了英伟达20万颗芯片, - H20：30,000颗: the maker of goods bought and
/// the goods listed with their counts are not who holds them.
#[test]
fn goods_and_their_maker_are_not_the_holder() {
    let bought = "据报道，字节跳动去年采购了英伟达20万颗芯片。";
    has(bought, "字节跳动 200000 -");
    lacks(bought, "英伟达 200000 -");
    let listed = "据估计，字节跳动拥有5万颗GPU，包括：\n- H20：30,000颗\n- H800：20,000颗";
    has(listed, "字节跳动 30000 -");
    has(listed, "字节跳动 20000 -");
    lacks(listed, "H20 30000 -");
}

/// 援引彭博社的报道: the outlet quoted takes no figure.
#[test]
fn an_outlet_quoted_takes_no_figure() {
    let text = "一位学者引述彭博社的一篇专栏文章，指中国的工程师总数是美国的9倍。";
    lacks(text, "彭博社 9 -");
    let quoter = "据报道，摩根大通援引彭博社的数据补充说，货币市场基金一周内吸引了400亿美元。";
    lacks(quoter, "摩根大通 40000000000 -");
    lacks(quoter, "彭博社 40000000000 -");
}

/// 该行不良贷款率为0.95%: 该行 points back to the last bank named, not to
/// a central bank (a body) nor to anything after 该行业.
#[test]
fn the_bank_pronoun_points_to_the_last_bank() {
    let text = "招商银行接到中国人民银行通知。截至2024年末，该行不良贷款率为0.95%。";
    has(text, "招商银行 0.95 2024");
    lacks(text, "中国人民银行 0.95 2024");
}

/// 这家公司及其母公司X将出售N股: the parent joined after 及其 acts along;
/// the figure is the firm's the sentence before named.
#[test]
fn a_parent_joined_after_ji_qi_takes_no_figure() {
    let text = "特斯拉公布了发行计划。这家公司及其母公司微软即将以每股20美元的价格出售大约5000万股股票。";
    lacks(text, "微软 50000000 -");
}

/// X下载Y时，下载量仅N次: the app fetched owns its downloads, not the one
/// who fetched it.
#[test]
fn downloads_are_the_fetched_apps() {
    let text = "据报道，腾讯于1月20日在应用商店下载DeepSeek-R1时，下载量仅2000次，到2月10日，下载量已达150万次。";
    has(text, "DeepSeek-R1 2000 -");
    has(text, "DeepSeek-R1 1500000 -");
    lacks(text, "腾讯 2000 -");
}

/// 在X的持股比例增加了N: the firm the stake is in is no subject; the holder
/// named in the clause before keeps the figures.
#[test]
fn a_stake_in_a_firm_is_the_holders() {
    let text = "据披露，高瓴资本在京东的持股比例增加了40%，在阿里巴巴的持股比例增加了15%，在百度的持股比例增加了6%。";
    has(text, "高瓴资本 15 -");
    has(text, "高瓴资本 6 -");
    lacks(text, "阿里巴巴 15 -");
    lacks(text, "百度 6 -");
}

/// 自2018年成立以来, 2019年创立: the year a body was founded dates none of
/// its figures.
#[test]
fn a_founding_year_dates_no_figure() {
    let text = "行业观察\n2025年3月5日\n\n红杉中国自2018年成立以来管理规模超过80亿元。百度2000年创立，员工超过3万人。";
    has(text, "红杉中国 8000000000 -");
    has(text, "百度 30000 -");
}

/// 2024财年, 第三财季: a fiscal year or quarter dates its figures.
#[test]
fn a_fiscal_period_dates_its_figures() {
    let text = "财报速递\n2025年2月12日\n\n微软2024财年营收为2450亿美元。英伟达第三财季营收为350亿美元。";
    has(text, "微软 245000000000 2024");
    has(text, "英伟达 35000000000 2024-Q3");
}

/// 年薪百万, 百万用户 are manners of speaking; 突破百万 is a figure.
#[test]
fn a_digitless_magnitude_needs_a_word_that_reaches_it() {
    let text = "小米的用户突破了千万。小米让百万用户受益。";
    assert!(facts(text).iter().all(|f| !f.starts_with("小米 1000000 ")), "{:?}", facts(text));
    has(text, "小米 10000000 -");
}

/// 格兰菲2023年营收2.1亿元。公司亏损0.2亿元: a sentence that names no
/// period goes on about the one its paragraph's last sentence dated the
/// same subject's figures by; not one that speaks of now or of a span.
#[test]
fn a_paragraph_carries_its_period_to_the_same_subject() {
    let text = "财报速递\n2025年2月12日\n\n小米2024年营收为3659亿元。小米净利润为272亿元。小米目前拥有员工4万人。\n\n小米净利润增长41%。";
    has(text, "小米 27200000000 2024");
    has(text, "小米 40000 -");
    // A new paragraph carries nothing.
    has(text, "小米 41 -");
    // 当年 refers back to the year even when no figure took it.
    let back = "回顾\n2025年2月12日\n\n2019年，小米推出了新手机。雷军说小米当年营收增长18%。";
    has(back, "小米 18 2019");
}

/// 年内, 年初至今: a gain over the year so far is the dateline year's; a
/// year named before 年内 in the sentence is the one it is within.
#[test]
fn the_year_so_far_dates_by_the_dateline_year() {
    let text =
        "港股观察\n2025年3月5日\n\n年初至今，小米股价已累计上涨35%。2024年，腾讯年内累计投入1120亿港元回购股份。";
    has(text, "小米 35 2025");
    assert!(!facts(text).iter().any(|f| f.starts_with("腾讯") && f.ends_with(" 2025")), "{:?}", facts(text));
}

/// 年初至今 dates the figures of its own ；-clause only: a clause after a
/// ； that names another span (节后三个交易日) is not the year so far, one
/// that points back to it (同一时期) is.
#[test]
fn the_year_so_far_ends_at_a_semicolon() {
    let text = "港股观察\n2025年3月5日\n\n年初至今，小米股价已累计上涨35%；春节后三个交易日，腾讯股价上涨5%，阿里巴巴股价上涨8%。";
    has(text, "小米 35 2025");
    assert!(!facts(text).iter().any(|f| f.starts_with("腾讯") && f.ends_with(" 2025")), "{:?}", facts(text));
    assert!(!facts(text).iter().any(|f| f.starts_with("阿里巴巴") && f.ends_with(" 2025")), "{:?}", facts(text));
    // A clause that points back to the span (同一时期) is still dated by it.
    let same = "港股观察\n2025年3月5日\n\n年初至今，小米股价已累计上涨35%；同一时期，腾讯股价累计上涨12%。";
    has(same, "腾讯 12 2025");
}

/// 经营超过30年, 投入了十年之久, 有155年历史: how long something has lasted
/// is its figure, undated; time something took (花了三年), a window (过去
/// 十年) or the age of an unnamed firm is none.
#[test]
fn years_a_subject_has_lasted_are_its_figure() {
    has("宇树科技已在杭州经营超过10年。", "宇树科技 10 -");
    has("这项计划苹果投入了十年之久。", "苹果 10 -");
    has("高盛是一家有155年历史的银行。", "高盛 155 -");
    lacks("宇树科技花了三年完成这款机器人。", "宇树科技 3 -");
    lacks("过去十年，百度的研发投入持续增长。", "百度 10 -");
    let got = facts("对于一家刚成立两年的公司，小米的投资很关键。");
    assert!(!got.iter().any(|f| f.contains(" 2 ")), "{got:?}");
}

/// 成立3年的幻方量化管理资金约45亿元: the age before a name bounds no
/// subject; both figures are the name's.
#[test]
fn an_age_before_a_name_is_the_names_and_bounds_no_subject() {
    let text = "成立3年的幻方量化管理客户资金约45亿元。";
    has(text, "幻方量化 3 -");
    has(text, "幻方量化 4500000000 -");
}

/// 在阿里巴巴工作了近20年: a person's years at a post are the person's, not
/// the firm's where they worked.
#[test]
fn years_at_a_post_are_the_persons() {
    has("吴泳铭在阿里巴巴工作了近20年。", "吴泳铭 20 -");
    lacks("吴泳铭在阿里巴巴工作了近20年。", "阿里巴巴 20 -");
    has("马云在阿里巴巴待了超过十年，之后退休。", "马云 10 -");
}

/// 招募约100名工程师, 培养了90名博士生, 在管基金有5只: whom a person hired
/// or trained, and the funds a manager runs, are the person's counts; a fund
/// 由X在管 is not the person's, nor are its figures.
#[test]
fn whom_a_person_hired_or_trained_and_funds_managed_are_theirs() {
    has("雷军已招募约100名工程师组建团队。", "雷军 100 -");
    has("李彦宏培养了超过 90 名博士生。", "李彦宏 90 -");
    has("马云目前在管基金有5只。", "马云 5 -");
    lacks("该基金目前由马云在管，基金份额净值为2.078元。", "马云 2.078 -");
}

/// 小米集团(45.600, 1.20, 2.70%): the quote a site inserts after a listed
/// name gives no facts; the figure the sentence states after it stays.
#[test]
fn an_inserted_ticker_quote_is_no_fact() {
    let text = "2025年3月5日\n\n小米集团(45.600, 1.20, 2.70%)表示，其手机出货量达到4000万台。";
    let got = facts(text);
    assert!(!got.iter().any(|f| f.contains(" 2.7 ") || f.contains(" 45.6 ") || f.contains(" 1.2 ")), "{got:?}");
    has(text, "小米 40000000 -");
}

/// 8GB+128GB: memory and storage joined by a plus are one configuration
/// the phone is sold in, no facts; its price stays.
#[test]
fn a_memory_configuration_is_no_fact() {
    let text = "小米15提供8GB+128GB和16GB+1TB两种版本，起售价为4499元。";
    let got = facts(text);
    assert!(!got.iter().any(|f| [" 8 ", " 128 ", " 16 ", " 1 "].iter().any(|v| f.contains(v))), "{got:?}");
    assert!(got.iter().any(|f| f.contains(" 4499 ")), "{got:?}");
}

/// 记者从X获悉: the outlet or agency a reporter learned the figures from is
/// not their subject.
#[test]
fn the_source_a_reporter_learned_from_is_no_subject() {
    let text = "本报记者从艾瑞咨询获悉，到上月底为止，本季度共有312家基金调研过芯片公司。";
    let got = facts(text);
    assert!(!got.iter().any(|f| f.starts_with("艾瑞咨询")), "{got:?}");
}

/// 记者从X获悉，该公司…: a source the sentence goes on about as 该公司 is
/// the subject of its figures after all.
#[test]
fn a_source_the_sentence_goes_on_about_keeps_its_figures() {
    let text = "本报记者从艾瑞咨询获悉，眼下该公司正和几家券商洽谈，首批签约16家。";
    has(text, "艾瑞咨询 16 -");
}

/// A、B、C3家公司: a count right after a list of names counts the list; it
/// is no figure of the last name listed.
#[test]
fn a_count_of_a_list_is_no_fact_of_its_last_name() {
    let text = "本周，腾讯、百度、京东3家公司宣布接入该模型，京东的订单量增长了20%。";
    let got = facts(text);
    assert!(!got.iter().any(|f| f.starts_with("京东 3 ")), "{got:?}");
    has(text, "京东 20 -");
}

/// A list of short names before 分别 stands for the names the sentence gave.
#[test]
fn short_names_before_respectively_stand_for_the_full_names() {
    let text = "周一，中国电信、中国移动和中国联通股价齐涨。中国联通一度涨7.5%，截至收盘，电信、移动、联通涨幅分别为5.8%、1.2%、3.2%。";
    has(text, "中国电信 5.8 -");
    has(text, "中国移动 1.2 -");
    has(text, "中国联通 3.2 -");
}

/// A name alone in brackets right after a figure is the figure's subject.
#[test]
fn a_name_in_brackets_after_a_figure_takes_it() {
    let text = "甲骨文、英伟达和微软上周走强，英伟达涨幅高达15.6%，涨幅最低的也有6.36%（微软）。";
    has(text, "英伟达 15.6 -");
    has(text, "微软 6.36 -");
}

/// A broker's note headed by a listed firm and its code covers that firm:
/// the body's figures, which name no one, are the firm's; 3Q24 is a quarter
/// and a change in pct is a figure too.
#[test]
fn a_note_headed_by_a_coded_firm_covers_it() {
    let note = "寒武纪-688256-季度经营简评：订单放量\n2025年2月10日\n\n要点：需求旺盛。3Q24营收1.2亿元，毛利率55.1%，同比提升3.4pct。";
    has(note, "寒武纪 120000000 2024-Q3");
    has(note, "寒武纪 3.4 2024-Q3");
    // Without the code the headline is a story's, and the body may be
    // about anything.
    let story = "寒武纪新品发布会观察\n2025年2月10日\n\n要点：需求旺盛。3Q24营收1.2亿元。";
    assert!(!facts(story).iter().any(|f| f.starts_with("寒武纪")), "{:?}", facts(story));
}

/// 为“某某计划”拨款: the 计划 is the programme funded, a noun, and the grant
/// stays the giver's figure; a firm that plans to give is still hedged.
#[test]
fn a_grant_to_a_named_programme_is_no_plan() {
    has("欧盟委员会为“智慧农业试点计划”拨款3亿美元。", "欧盟委员会 300000000 -");
    assert!(facts("腾讯计划提供3亿美元补贴。").is_empty());
}

/// 41 岁的 Sutskever: an age before a Latin name, a space between.
#[test]
fn an_age_before_a_spaced_latin_name() {
    has("据报道，41 岁的 Sutskever 当天没有出席活动。", "伊利亚·苏茨克维 41 -");
}

/// A change in percentage points is the subject's when the clause reports
/// it; a forecast, a scenario or a gap to another is not.
#[test]
fn a_change_in_percentage_points_is_reported_not_forecast() {
    has("星河银行去年的不良贷款率较年初下降0.05个百分点。", "星河银行 0.05 -");
    has("腾讯去年的毛利率较上年提升了2.3个百分点。", "腾讯 2.3 -");
    for (text, subject) in [
        ("交易员押注美联储将在年底前降息0.5个百分点。", "美联储"),
        ("Anthropic的报告称，AI可能让美国生产力每年提升1.2个百分点。", "Anthropic"),
        ("在准确率上，通义千问比同类模型高出4.2个百分点。", "通义千问"),
        ("DeepSeek的收益率跑赢基准超30个百分点。", "DeepSeek"),
    ] {
        assert!(!facts(text).iter().any(|f| f.starts_with(subject)), "{text}: {:?}", facts(text));
    }
}

/// The platform a figure is posted on is not what the figure is about.
#[test]
fn a_figure_posted_on_a_platform_is_not_the_platforms() {
    let got = facts("韩启明周一在X平台发文称，今年已累计持有18,527枚比特币。");
    assert!(!got.iter().any(|f| f.starts_with("X ")), "{got:?}");
}

/// A process node, compute or clock is what a chip is: a firm that makes,
/// uses or sells the chip has no such figure; the chip keeps its own.
#[test]
fn a_chips_process_node_is_no_firms_figure() {
    for (text, subject) in [
        ("台积电正在用它的3纳米工艺为客户代工新款芯片。", "台积电"),
        ("手机上的高通芯片，推理算力已经可以达到45TOPS。", "高通"),
        ("这颗为三星定制的处理器最高主频可达4.3GHz。", "三星"),
    ] {
        assert!(!facts(text).iter().any(|f| f.starts_with(subject)), "{text}: {:?}", facts(text));
    }
    has("英伟达的H100芯片采用4nm工艺制造。", "H100 4 -");
}

/// 涨幅分别为a、b: a move word linked to its figures by 分别为 or 为 is a
/// price move like 涨a, dated by the report's dateline.
#[test]
fn a_move_linked_to_its_figures_is_the_days() {
    let report = "午间收评\n2025年3月5日\n\n截至午间收盘，腾讯、百度的涨幅分别为2.4%、1.8%，小米跌幅为0.6%。";
    has(report, "腾讯 2.4 2025-03");
    has(report, "百度 1.8 2025-03");
    has(report, "小米 0.6 2025-03");
}

/// 根据X公告，…: a body's notice cited in a clause of its own sets rules
/// for others; the figures after are not the body's.
#[test]
fn a_cited_notice_of_a_body_is_no_subject() {
    let text = "根据国家移民管理局公告，即日起，10个东盟国家的旅游团可以免签入境。";
    assert!(!facts(text).iter().any(|f| f.starts_with("国家移民管理局")), "{:?}", facts(text));
}

/// 某公司跌超10%: a percentage right after a firm's name and a price move
/// word is that day's move, dated by the dateline, even with no session
/// word in the sentence; a gain in something the firm has is not.
#[test]
fn a_move_right_after_a_firms_name_is_the_days() {
    let report = "芯片股速览\n2025年3月5日\n\n芯片股展开调整，寒武纪跌超10%，海光信息反弹逾3%。";
    has(report, "寒武纪 10 2025-03");
    has(report, "海光信息 3 2025-03");
    has("行业观察\n2025年3月5日\n\n百度的模型精度上涨了6%。", "百度 6 -");
}

/// 创去年12月18日以来最大单日跌幅: the day a record runs from is a baseline;
/// the moves after it in the sentence stay the reporting day's.
#[test]
fn the_day_a_record_runs_from_dates_no_move() {
    let report = "美股收评\n2025年2月8日\n\n亚马逊跌超4%，创去年12月18日以来最大单日跌幅；特斯拉跌超3%。";
    has(report, "亚马逊 4 2025-02");
    has(report, "特斯拉 3 2025-02");
}

/// 是2022年初以來最高價: the part of a past year a high runs from is a
/// baseline; the day's close after it is the reporting day's.
#[test]
fn the_start_of_a_year_a_high_runs_from_dates_no_move() {
    let report = "港股收市\n2025年2月13日\n\n阿里巴巴股价高见124.3元，是2022年初以来最高价，收报116.7元。";
    has(report, "阿里巴巴 116.7 2025-02");
}
