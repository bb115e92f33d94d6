//! Chinese input → mentions, one check per rule. A small dictionary of
//! its own keeps these independent of `ontology/dictionary.tsv`.

use crate::dictionary::Dictionary;
use crate::pipeline::Pipeline;
use std::sync::OnceLock;

const DICT: &str = "label\ttype\taliases\tparent\tfamily\tplace
阿里巴巴\tCompany\t阿里|阿里巴巴集团\t\t\t中国
阿里云\tCompany\t阿里雲\t阿里巴巴\t\t中国
腾讯\tCompany\t騰訊\t\t\t中国
百度\tCompany\t\t\t\t中国
通义千问\tModel\t通義千問|Qwen\t阿里巴巴\t\t
文心大模型\tModel\t文心\t百度\t\t
豆包大模型\tModel\t豆包\t\t\t
百度文库\tProduct\t百度文庫\t百度\t\t
医疗\tSector\t醫療\t\t\t
政务\tSector\t政務\t\t\t
中国\tPlace\t中國\t\t\t
杭州\tPlace\t\t\t\t
钉钉\tProduct\t\t阿里巴巴\t\t
VBench\tBenchmark\t\t\t\t
HumanEval\tBenchmark\t\t\t\t
深度求索\tCompany\t\t\t\t中国
DeepSeek\tModel\t\t深度求索\t\t
DeepSeek-R1\tModel\tR1\t深度求索\tDeepSeek\t
美国国会\tOrganization\t国会\t\t\t
小米\tCompany\t\t\t\t中国
小米15\tProduct\t\t小米\t\t
英特尔\tCompany\tIntel\t\t\t
酷睿\tProduct\tCore Ultra|英特尔酷睿\t英特尔\t\t
Google\tCompany\t谷歌\t\t\t
Gemini\tModel\t谷歌Gemini\tGoogle\t\t
";

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| Pipeline::with_dictionary(Dictionary::from_tsv(DICT).unwrap()))
}

/// Entities of `text` as `label/Type` in text order.
fn check(text: &str, expect: &[&str]) {
    let extraction = pipeline().extract("t.txt", text);
    let got: Vec<String> = extraction.entities.iter().map(|e| format!("{}/{}", e.label, e.kind)).collect();
    assert_eq!(got, expect, "in {text}");
}

#[test]
fn curated_names_in_either_script() {
    check("騰訊與阿里雲都在杭州。", &["腾讯/Company", "阿里云/Company", "杭州/Place"]);
}

#[test]
fn short_names_need_a_word_boundary() {
    // 阿里 is a name of 阿里巴巴, but not inside 阿里山.
    check("阿里发布了新模型。", &["阿里巴巴/Company"]);
    check("他去了阿里山。", &[]);
}

#[test]
fn latin_model_versions_join_their_family() {
    check("通义千问发布了Qwen2.5-VL和QwQ-32B。", &["通义千问/Model", "Qwen2.5-VL/Model", "QwQ-32B/Model"]);
    check("DeepSeek-V3模型很受欢迎。", &["DeepSeek-V3/Model"]);
    // Codes and units are not models; a chip's model number is a product.
    check("它支持3D生成和H20芯片。", &["H20/Product"]);
    check("它支持3D生成。", &[]);
}

#[test]
fn chinese_family_versions() {
    check("百度推出文心4.5 Turbo。", &["百度/Company", "文心4.5 Turbo/Model"]);
    check("豆包·深度思考模型表现突出。", &["豆包·深度思考模型/Model"]);
}

#[test]
fn quoted_and_named_applications_become_deployments_in_context() {
    check(
        "在政务领域,西湖区依托阿里云「通义千问」大模型开发的「西小服」AI专员上线。",
        &["政务/Sector", "西湖区/Organization", "阿里云/Company", "通义千问/Model", "西小服/Deployment"],
    );
    check(
        "在医疗领域,腾讯与明德医疗合作开发了一个模型,名为启元重症大模型。",
        &["医疗/Sector", "腾讯/Company", "明德医疗/Company", "启元重症大模型/Deployment"],
    );
}

#[test]
fn organizations_and_persons_by_pattern() {
    check("斯坦福大学李飞飞团队发布报告。", &["斯坦福大学/Organization", "李飞飞/Person"]);
    check("深言科技创始人岂凡表示。", &["深言科技/Company", "岂凡/Person"]);
}

#[test]
fn sector_words_only_where_they_name_a_field() {
    check("医疗、教育等都在变化。", &[]);
    check("在医疗领域,进展很快。", &["医疗/Sector"]);
    // Fields listed side by side are fields (annotators of real news count
    // them), with or without 在.
    check("医疗、政务等行业落地最快。", &["医疗/Sector", "政务/Sector"]);
    check("在医疗、政务等领域,进展很快。", &["医疗/Sector", "政务/Sector"]);
    check("AI+医疗发展很快。", &["医疗/Sector"]);
    // Inside a longer noun the word is a modifier: 医疗设备, 政务公司.
    check("医疗设备和政务公司都在变化。", &[]);
}

#[test]
fn a_model_brand_that_acts_like_a_company_is_one() {
    check("DeepSeek的横空出世改变了格局。", &["DeepSeek/Company"]);
    check("DeepSeek模型很受欢迎。", &["DeepSeek/Model"]);
}

#[test]
fn group_nicknames_and_office_words_are_not_names() {
    check("被业内称为“六小虎”的公司。", &[]);
    check("这一格局正在变化。", &[]);
}

#[test]
fn unknown_items_of_a_list_take_its_type() {
    check("评测基准包括VBench、MMATH和HumanEval等。", &["VBench/Benchmark", "MMATH/Benchmark", "HumanEval/Benchmark"]);
    check(
        "通义千问接入了钉钉、百度文库、阿里旺信等产品。",
        &["通义千问/Model", "钉钉/Product", "百度文库/Product", "阿里旺信/Product"],
    );
}

#[test]
fn registered_names_and_the_short_names_they_introduce() {
    let e = pipeline()
        .extract("t.txt", "总部位于杭州的曦言智能科技有限公司(下称\"曦言智能\")完成融资。曦言智能成立于2023年。");
    // The article's own short name is the most used spelling, so it labels the entity.
    let company = e.entities.iter().find(|e| e.label == "曦言智能").expect("the company");
    assert_eq!(company.kind, crate::EntityType::Company);
    assert_eq!(company.aliases, ["曦言智能科技有限公司"]);
    assert_eq!(company.mentions.len(), 3, "the full name, the short name and its repeat");
}

#[test]
fn appositive_companies_and_split_person_names() {
    check("杭州初创公司深流智算基于通义千问开发了新模型。", &["杭州/Place", "深流智算/Company", "通义千问/Model"]);
    check("腾讯创始人周启航介绍了情况。", &["腾讯/Company", "周启航/Person"]);
}

#[test]
fn short_forms_after_the_full_name() {
    let extraction = pipeline().extract("t.txt", "百度文库很受欢迎。文库的用户很多。");
    assert_eq!(extraction.entities.len(), 1);
    assert_eq!(extraction.entities[0].aliases, ["文库"]);
}

#[test]
fn names33_glued_clause_chars_and_firm_lists() {
    // jieba glued the preposition 为 to the subsidiary's name.
    check("腾讯子公司星擎数智为百度提供芯片。", &["腾讯/Company", "星擎数智/Company", "百度/Company"]);
    // …and the preposition 因 to a person's name after a title.
    check("腾讯首席运营官梁启俊因工作调动辞任。", &["腾讯/Company", "梁启俊/Person"]);
    // A member of common words in a list of known firms is a firm too.
    check(
        "阿里巴巴、腾讯、百度、长青医疗等公司发布财报。",
        &["阿里巴巴/Company", "腾讯/Company", "百度/Company", "长青医疗/Company"],
    );
    // Not a field in such a list.
    check("阿里巴巴、腾讯、百度、汽车制造行业等企业都很关注。", &["阿里巴巴/Company", "腾讯/Company", "百度/Company"]);
}

#[test]
fn names33_a_place_over_a_short_name() {
    check("国会通过了预算。", &["美国国会/Organization"]);
    // 中国会创造: the place's name runs over 国会, which is no name here.
    check("人们期待中国会创造出伟大的公司。", &[]);
}

#[test]
fn bounds34_a_size_after_a_model_is_no_version() {
    // 70亿参数 is a size: the model's name ends before it.
    check("阿里巴巴开源了通义千问70亿参数版本。", &["阿里巴巴/Company", "通义千问/Model"]);
    // Digits glued to a Latin name, then 万 or %, are an amount.
    check("基金减持了Nvidia12.5万股。", &[]);
}

#[test]
fn bounds34_edition_words_and_model_numbers_belong_to_the_product() {
    check("小米将在月底发布小米15 Ultra。", &["小米/Company", "小米15 Ultra/Product"]);
    check("这台笔记本搭载英特尔酷睿Ultra 9 285H处理器。", &["英特尔/Company", "酷睿Ultra 9 285H/Product"]);
    check("Intel发布了Core Ultra 7 265KF处理器。", &["英特尔/Company", "Core Ultra 7 265KF/Product"]);
    // A figure with its unit is no model number.
    check("小米15 Pro 512GB版本更受欢迎。", &["小米15 Pro/Product"]);
    // The edition word must end where the word does.
    check("小米15 Prompt功能上线。", &["小米15/Product"]);
}

#[test]
fn bounds34_the_makers_name_is_no_part_of_a_version() {
    check("谷歌Gemini Ultra的训练花费巨大。", &["Google/Company", "Gemini Ultra/Model"]);
}

#[test]
fn bounds34_a_repeat_stops_at_a_longer_code() {
    // AlphaBot is named; AlphaBot-Lite later is another, longer name, no
    // second mention of it.
    let extraction = pipeline().extract("t.txt", "公司推出了AlphaBot模型。随后又发布了AlphaBot-Lite。");
    let alpha = extraction.entities.iter().find(|e| e.label.starts_with("AlphaBot")).expect("the model");
    assert_eq!(alpha.mentions.len(), 1, "{:?}", extraction.entities);
}

#[test]
fn bounds34_a_common_acronym_introduced_by_a_naming_verb_is_no_name() {
    check("一朵名为AI的乌云正笼罩着这个行业。", &[]);
}

/// Whether the entities of `text` hold `want` (`label/Type`) and none of
/// `unwanted`.
fn check_some(text: &str, want: &[&str], unwanted: &[&str]) {
    let extraction = pipeline().extract("t.txt", text);
    let got: Vec<String> = extraction.entities.iter().map(|e| format!("{}/{}", e.label, e.kind)).collect();
    for w in want {
        assert!(got.iter().any(|g| g == w), "{w} not in {got:?} for {text}");
    }
    for u in unwanted {
        assert!(!got.iter().any(|g| g == u), "{u} in {got:?} for {text}");
    }
}

#[test]
fn adverbs_tagged_as_names_are_no_persons() {
    check_some("创始人宁可亏损也要投入研发。", &[], &["宁可/Person"]);
    check_some("董事长许可了这项计划。", &[], &["许可/Person"]);
}

#[test]
fn law_and_accounting_firms_by_their_split_suffix() {
    check_some("北京市星河律师事务所合伙人张明表示。", &["北京市星河律师事务所/Company"], &["星河/Person"]);
    check_some("审计机构云帆会计师事务所出具了报告。", &["云帆会计师事务所/Company"], &[]);
}

#[test]
fn national_and_world_bodies_open_with_their_scope() {
    check_some("据国际机器人联合会统计，装机量再创新高。", &["国际机器人联合会/Organization"], &[]);
    check_some("国家人工智能研究院今天成立。", &["国家人工智能研究院/Organization"], &[]);
    check_some("他在白宫的机构国家经济委员会任职。", &["国家经济委员会/Organization"], &["经济委员会/Organization"]);
    // (Nor before a word that describes: any international trade body.)
    check_some("这是最重要的国际行业协会之一。", &[], &["国际行业协会/Organization"]);
    // (Not any scope word: 全球 describes.)
    check_some("全球顶级技术基金会都在关注。", &[], &["全球顶级技术基金会/Organization"]);
}

#[test]
fn place_and_field_nouns_before_a_school_hospital_or_group() {
    check_some("机器人与四川舞蹈学院的演员们同台。", &["四川舞蹈学院/Organization"], &[]);
    check_some("深圳市人民医院上线了大模型。", &["深圳市人民医院/Organization"], &[]);
    check_some("近日，贵州能源集团发布公告。", &["贵州能源集团/Company"], &[]);
}

#[test]
fn a_short_stem_and_a_field_word_before_a_firm_suffix() {
    check_some("星海智能科技获得了新一轮投资。", &["星海智能科技/Company"], &[]);
    // (互联 is a field word though jieba reads it as a verb.)
    check_some("他们与海湾互联科技签了合约。", &["海湾互联科技/Company"], &[]);
    // A scope before the field word names no firm.
    check_some("全球智能科技发展迅速。", &[], &["全球智能科技/Company"]);
}

#[test]
fn words_that_introduce_a_person_before_the_name() {
    check_some("00后女生林悦向模型询问了运势。", &["林悦/Person"], &["女生林悦/Person"]);
    check_some("他的妻子王芳也参与其中。", &["王芳/Person"], &[]);
    // Not any word after them: 网友晒出 is a verb.
    check_some("大量网友晒出了聊天截图。", &[], &["晒出/Person"]);
}

#[test]
fn a_curated_firm_opens_its_units_name() {
    check_some("百度人工智能研究院院长表示。", &["百度人工智能研究院/Organization"], &["人工智能研究院/Organization"]);
    check_some("腾讯智能信息事业群负责人表示。", &["腾讯智能信息事业群/Company"], &[]);
    // A curated firm right before the unit word is the unit itself.
    check_some("阿里云事业群负责人表示。", &["阿里云/Company"], &["阿里云事业群/Company"]);
}

#[test]
fn a_bodys_whole_name_in_quotes() {
    check_some(
        "学校成立了「海洋工程技术联盟」与「智慧城市交通协会」。",
        &["海洋工程技术联盟/Organization", "智慧城市交通协会/Organization"],
        &[],
    );
    // One word and the suffix in quotes is a kind of body.
    check_some("他们提议设立「监督委员会」。", &[], &["监督委员会/Organization"]);
}

#[test]
fn a_name_with_a_chinese_tier_word_is_a_product() {
    check("据蜂鸟专业版数据，这部影片首日票房超过3亿元。", &["蜂鸟专业版/Product"]);
    // A verb or a joining word before the tier is no name.
    check("该应用上线专业版后开始收费。", &[]);
    check("它拥有基础版和专业版两种套餐。", &[]);
    // A curated product keeps its own entry.
    check("钉钉专业版年费为9800元。", &["钉钉/Product"]);
}
