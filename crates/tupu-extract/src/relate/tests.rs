//! Chinese input → relations and facts, one check per rule, with a small
//! dictionary of its own (independent of `ontology/dictionary.tsv`).

use crate::dictionary::Dictionary;
use crate::pipeline::Pipeline;
use std::sync::OnceLock;

const DICT: &str = "label\ttype\taliases\tparent\tfamily\tplace
阿里巴巴\tCompany\t阿里|阿里巴巴集团\t\t\t中国
阿里云\tCompany\t阿里雲\t阿里巴巴\t\t中国
腾讯\tCompany\t騰訊\t\t\t中国
百度\tCompany\t\t\t\t中国
字节跳动\tCompany\t字节\t\t\t中国
火山引擎\tCompany\t\t字节跳动\t\t中国
OpenAI\tCompany\t\t\t\t美国
月之暗面\tCompany\tMoonshot AI\t\t\t中国
红杉中国\tCompany\t\t\t\t中国
美团\tCompany\t\t\t\t中国
通义千问\tModel\t通義千問|Qwen\t阿里巴巴\t\t
混元大模型\tModel\t混元\t腾讯\t\t
豆包大模型\tModel\t豆包\t字节跳动\t\t
GPT-4o\tModel\t\tOpenAI\t\t
微信\tProduct\t\t腾讯\t\t
QQ\tProduct\t\t腾讯\t\t
腾讯元宝\tProduct\t騰訊元寶|元宝App\t腾讯\t\t
VBench\tBenchmark\t\t\t\t
混合专家(MoE)\tTechnology\tMoE|MoE架构|混合专家\t\t\t
政务\tSector\t\t\t\t
医疗\tSector\t\t\t\t
中国\tPlace\t中國\t\t\t
美国\tPlace\t\t\t\t
北京\tPlace\t\t\t\t
杭州\tPlace\t\t\t\t
深圳\tPlace\t\t\t\t
张一鸣\tPerson\t\t字节跳动\t\t
";

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| Pipeline::with_dictionary(Dictionary::from_tsv(DICT).unwrap()))
}

/// Relations of `text` as `subject predicate object`, sorted.
fn relations(text: &str) -> Vec<String> {
    let mut got: Vec<String> = pipeline()
        .extract("t.txt", text)
        .relations
        .iter()
        .map(|r| format!("{} {} {}", r.subject, r.predicate, r.object))
        .collect();
    got.sort();
    got
}

/// Facts of `text` as `subject value unit date`, in text order.
fn facts(text: &str) -> Vec<String> {
    pipeline()
        .extract("t.txt", text)
        .facts
        .iter()
        .map(|f| format!("{} {} {} {}", f.subject, f.value, f.unit, f.date.as_deref().unwrap_or("-")))
        .collect()
}

fn check(got: Vec<String>, expect: &[&str]) {
    let mut expect: Vec<String> = expect.iter().map(|s| s.to_string()).collect();
    expect.sort();
    let mut got = got;
    got.sort();
    assert_eq!(got, expect);
}

#[test]
fn possessive_and_owner_prefix() {
    check(relations("腾讯的混元大模型表现突出。"), &["混元大模型 developedBy 腾讯"]);
    check(relations("字节的火山引擎增长很快。"), &["火山引擎 subsidiaryOf 字节跳动"]);
}

#[test]
fn makers_and_partners() {
    check(
        relations("在医疗领域,腾讯与明德医疗合作开发了一个模型,名为启元重症大模型。"),
        &[
            "启元重症大模型 appliedIn 医疗",
            "启元重症大模型 developedBy 明德医疗",
            "启元重症大模型 developedBy 腾讯",
            "腾讯 partnerOf 明德医疗",
        ],
    );
}

#[test]
fn deployments_use_models_in_their_sector() {
    check(
        relations("在政务领域,西湖区依托阿里云「通义千问」大模型开发的「西小服」AI专员上线。"),
        &[
            "西小服 appliedIn 政务",
            "西小服 developedBy 西湖区",
            "西小服 usesModel 通义千问",
            "通义千问 developedBy 阿里云",
        ],
    );
}

#[test]
fn a_model_serves_a_list_of_products() {
    check(
        relations("混元大模型已广泛应用于微信、QQ、腾讯元宝等产品。"),
        &["QQ usesModel 混元大模型", "微信 usesModel 混元大模型", "腾讯元宝 usesModel 混元大模型"],
    );
}

#[test]
fn technology_benchmark_person_place() {
    check(relations("基于MoE架构的豆包大模型表现突出。"), &["豆包大模型 usesTechnology 混合专家(MoE)"]);
    check(relations("豆包大模型在权威评测VBench中位居榜首。"), &["豆包大模型 evaluatedOn VBench"]);
    check(relations("字节跳动创始人张一鸣亲自参与。"), &["张一鸣 affiliatedWith 字节跳动"]);
    check(relations("总部位于北京的月之暗面发布新品。"), &["月之暗面 locatedIn 北京"]);
    check(relations("美国的OpenAI发布了GPT-4o。"), &["GPT-4o developedBy OpenAI", "OpenAI locatedIn 美国"]);
}

#[test]
fn investments_name_every_investor() {
    check(
        relations("月之暗面完成10亿美元融资,红杉中国领投,美团、阿里巴巴跟投。"),
        &["红杉中国 investedIn 月之暗面", "美团 investedIn 月之暗面", "阿里巴巴 investedIn 月之暗面"],
    );
}

#[test]
fn hedged_relations_are_marked_and_weaker() {
    let e = pipeline().extract("t.txt", "腾讯计划与阿里巴巴合作开发新模型。");
    let r = e.relations.iter().find(|r| r.predicate == crate::Predicate::PartnerOf).expect("partnerOf");
    assert!(r.hedged);
    assert!(r.confidence < 0.6);
}

#[test]
fn facts_take_the_clause_subject_and_period() {
    check(
        facts("阿里云(包含通义千问)在中国市场中约占19.3%的份额,腾讯元宝在2025年1月的日活达到3369万。"),
        &["阿里云 19.3 % -", "腾讯元宝 33690000 users 2025-01"],
    );
    // The clause without an entity continues the one before it.
    check(
        facts("字节跳动的豆包大模型增长迅猛。在2025年3月的日均Token调用量达到12.7万亿次,同比增长近100倍。"),
        &["豆包大模型 12700000000000 tokens 2025-03", "豆包大模型 100 x 2025-03"],
    );
    // A pronoun points back to the last model.
    check(facts("腾讯推出混元大模型。该模型总参数量达2000亿。"), &["混元大模型 200000000000 parameters -"]);
}

#[test]
fn forecasts_ranges_and_comparands_are_not_facts() {
    check(facts("中国AI市场规模预计到2026年将突破700亿元。"), &[]);
    check(facts("混元大模型调用3—5个专家模块。"), &[]);
    check(facts("GPT-4o得分达87.3分,显著高于中国模型的72.0分。"), &["GPT-4o 87.3 points -"]);
    let e = pipeline().extract("t.txt", "腾讯元宝的日活预计明年将突破1亿。");
    assert!(e.facts.is_empty());
    assert_eq!(e.forecasts.len(), 1);
}

#[test]
fn relative_periods_need_the_articles_dateline() {
    check(facts("标题\n2025年6月1日\n腾讯元宝去年的月活达到2000万。"), &["腾讯元宝 20000000 users 2024"]);
    check(facts("腾讯元宝去年的月活达到2000万。"), &["腾讯元宝 20000000 users -"]);
}

#[test]
fn a_move_after_a_bare_stock_code_is_the_reporting_days() {
    check(
        facts("标题\n2025年3月4日\n科技股方面，腾讯(00700)涨3.5%，美团(03690)跌2.1%。"),
        &["腾讯 3.5 % 2025-03", "美团 2.1 % 2025-03"],
    );
}

#[test]
fn a_figure_said_of_each_goes_to_every_listed_member() {
    check(
        facts("标题\n2025年3月4日\n腾讯、百度和美团本月表现抢眼，股价涨幅均超过20%。"),
        &["腾讯 20 % 2025-03", "百度 20 % 2025-03", "美团 20 % 2025-03"],
    );
    // 平均 is no "each".
    check(facts("腾讯和百度的平均降幅为20%。"), &["百度 20 % -"]);
    // A run of limit-ups after a list is each member's.
    check(
        facts("标题\n2025年3月4日\n今日AI概念股走强，腾讯、百度4连板。"),
        &["腾讯 4 consecutive limit-ups 2025-03", "百度 4 consecutive limit-ups 2025-03"],
    );
    // 分别 hands figures out one by one.
    assert!(!facts("腾讯和百度都在分别筹集10亿美元。").iter().any(|f| f.starts_with("腾讯")));
}

#[test]
fn a_list_of_posts_held() {
    check(
        relations("张一鸣曾任腾讯产品经理、百度研究部高级工程师。"),
        &["张一鸣 affiliatedWith 百度", "张一鸣 affiliatedWith 腾讯"],
    );
    check(
        relations("张一鸣现任字节跳动董事长，拥有十年从业经验，曾任腾讯产品经理，百度高级工程师。"),
        &["张一鸣 affiliatedWith 百度", "张一鸣 affiliatedWith 字节跳动", "张一鸣 affiliatedWith 腾讯"],
    );
}

#[test]
fn partners_joined_before_a_comma_then_the_act() {
    check(
        relations("腾讯联合百度、阿里巴巴，共同发布了一份行业报告。"),
        &["腾讯 partnerOf 百度", "腾讯 partnerOf 阿里巴巴"],
    );
    check(relations("腾讯联合百度，股价双双上涨。"), &[]);
}

#[test]
fn investment_received_from_named_investors() {
    check(
        relations("月之暗面先后拿到来自红杉中国、美团的投资，估值超过2亿美元。"),
        &["红杉中国 investedIn 月之暗面", "美团 investedIn 月之暗面"],
    );
    check(relations("腾讯希望吸引来自美国的投资者。"), &[]);
    check(relations("百度获得来自腾讯的订单。"), &[]);
}

#[test]
fn a_colon_list_of_investees() {
    check(
        relations("估值百亿的腾讯已对外投资两个项目：金融服务提供商“星河科技”、医疗数据服务商“云帆科技”。"),
        &["腾讯 investedIn 云帆科技", "腾讯 investedIn 星河科技"],
    );
    check(relations("腾讯被投资两家公司：星河科技、云帆科技。"), &[]);
}

#[test]
fn places_that_host_firms() {
    // A clause about a place: the place opens it, 这里 points back to it,
    // or the clause before is the place alone.
    check(
        relations("杭州是一座创新之城，这里有阿里巴巴、月之暗面等企业。"),
        &["月之暗面 locatedIn 杭州", "阿里巴巴 locatedIn 杭州"],
    );
    check(relations("再比如深圳，的确诞生了腾讯这样的互联网巨头。"), &["腾讯 locatedIn 深圳"]);
    check(relations("深圳还有顶级企业——腾讯。"), &["腾讯 locatedIn 深圳"]);
    // 有望 is no having; a firm after another actor is not the place's.
    check(relations("杭州有望吸引百度。"), &[]);
    check(relations("北京有来自腾讯的工程师和百度的员工。"), &[]);
    // Born there, unless denied.
    check(relations("百度在北京诞生。"), &["百度 locatedIn 北京"]);
    check(relations("为什么百度会诞生在北京？"), &["百度 locatedIn 北京"]);
    check(relations("腾讯的下一个对手未必诞生于深圳。"), &[]);
}

#[test]
fn nationality_is_not_a_likening() {
    // 中国的OpenAI likens; 中国人 are people, not a frame for the sentence.
    check(relations("他要做中国的OpenAI。"), &[]);
    check(relations("中国人更熟悉阿里云。"), &[]);
    check(relations("中国人工智能企业月之暗面发布新品。"), &["月之暗面 locatedIn 中国"]);
    // A list after one firm's nationality: not to a member homed elsewhere.
    check(relations("美国科技公司OpenAI、阿里巴巴均发布新品。"), &["OpenAI locatedIn 美国"]);
}

#[test]
fn bodies_and_offices_placed_by_name_or_site() {
    check(relations("北京人工智能产业联盟今日在北京成立。"), &["北京人工智能产业联盟 locatedIn 北京"]);
    check(relations("百度北京的办公室迎来新员工。"), &["百度 locatedIn 北京"]);
}
