//! Fields and techniques said of a whole list (sentences written for these
//! tests): 在A、B等领域, A、B等行业接入M, 为A、B等场景注入, M的T, M为T模型.

mod common;

use common::relations::{has, lacks};

#[test]
fn an_artifact_in_a_list_of_fields_is_applied_in_each() {
    let text = "通义千问在金融、医疗和教育等领域已有大量落地案例。";
    for sector in ["金融", "医疗", "教育"] {
        has(text, &format!("通义千问 appliedIn {sector}"));
    }
    // 其 stands for the model named before it.
    let text = "阿里云宣布上线DeepSeek-R1模型，并推动其在政务、医疗等场景的应用。";
    has(text, "DeepSeek-R1 appliedIn 政务");
    has(text, "DeepSeek-R1 appliedIn 医疗");
}

#[test]
fn industries_that_take_up_a_model_are_its_fields_but_firms_of_a_field_are_not() {
    let text = "目前汽车、金融、医疗等行业纷纷接入DeepSeek-R1。";
    for sector in ["汽车", "金融", "医疗"] {
        has(text, &format!("DeepSeek-R1 appliedIn {sector}"));
    }
    lacks("医疗、教育领域的头部企业纷纷接入DeepSeek-R1。", "DeepSeek-R1 appliedIn 医疗");
}

#[test]
fn what_an_artifact_brings_to_a_field_is_a_use_but_not_an_idea_or_a_chance() {
    has("DeepSeek-R1为智能客服赋予了更强的推理能力。", "DeepSeek-R1 appliedIn 智能客服");
    lacks("文心大模型为医疗领域带来了新的机遇。", "文心大模型 appliedIn 医疗");
}

#[test]
fn a_models_own_technique_and_a_model_of_a_techniques_kind() {
    has("DeepSeek-V3的MoE架构降低了训练成本。", "DeepSeek-V3 usesTechnology 混合专家(MoE)");
    has("DeepSeek-V3为自研MoE模型。", "DeepSeek-V3 usesTechnology 混合专家(MoE)");
    // 非: a model without it; a distilled model is made from the model.
    lacks("GPT-4.5将是最后一个非思维链模型。", "GPT-4.5 usesTechnology 思维链(CoT)");
    lacks("小邮助手使用DeepSeek-R1的蒸馏模型。", "DeepSeek-R1 usesTechnology 知识蒸馏");
}

#[test]
fn an_artifact_said_to_be_a_fields_kind_of_product() {
    has("抖音是国内最受欢迎的短视频平台之一。", "抖音 appliedIn 短视频");
    lacks("抖音不是短视频平台。", "抖音 appliedIn 短视频");
}

#[test]
fn fields_a_list_of_models_is_put_to_work_in_hold_for_each_model_but_hosting_is_no_field() {
    has("银行将DeepSeek-R1布局到智能风控、客服等多个场景中。", "DeepSeek-R1 appliedIn 智能风控");
    let text = "公司已接入DeepSeek-V3和DeepSeek-R1两款模型，主要用于营销和客服等业务场景。";
    has(text, "DeepSeek-V3 appliedIn 营销");
    has(text, "DeepSeek-R1 appliedIn 客服");
    lacks("微软将DeepSeek-R1部署在云服务上。", "DeepSeek-R1 appliedIn 云计算");
}

#[test]
fn a_model_that_uses_or_depends_on_techniques() {
    let text = "AlphaGo用的是深度神经网络和蒙特卡洛树搜索。";
    has(text, "AlphaGo usesTechnology 深度神经网络");
    has(text, "AlphaGo usesTechnology 蒙特卡洛树搜索(MCTS)");
    has("瑞银认为，DeepSeek-V3依赖MoE技术完成训练。", "DeepSeek-V3 usesTechnology 混合专家(MoE)");
    lacks("DeepSeek-R1不用MoE架构。", "DeepSeek-R1 usesTechnology 混合专家(MoE)");
}

#[test]
fn a_clause_of_adverbs_and_fields_goes_on_about_the_artifact_before() {
    let text = "该公司专注于盘古大模型的研发，目前已在政务、金融等多个领域落地。";
    has(text, "盘古大模型 appliedIn 政务");
    has(text, "盘古大模型 appliedIn 金融");
}

fn sectors(text: &str) -> Vec<String> {
    common::extract(text).entities.iter().filter(|e| e.kind.to_string() == "Sector").map(|e| e.label.clone()).collect()
}

fn has_sector(text: &str, label: &str) {
    let got = sectors(text);
    assert!(got.iter().any(|s| s == label), "{label} not in {got:?}\n  from {text}");
}

fn lacks_sector(text: &str, label: &str) {
    let got = sectors(text);
    assert!(!got.iter().any(|s| s == label), "{label} in {got:?}\n  from {text}");
}

#[test]
fn a_compound_trade_name_is_a_sector_where_it_ends_its_noun() {
    has_sector("这家基金今年重仓了半导体，也加仓了消费电子。", "半导体");
    has_sector("这家基金今年重仓了半导体，也加仓了消费电子。", "消费电子");
    has_sector("他看好具身智能的几家初创公司。", "具身智能");
    // A gloss in brackets does not end the noun: SaaS产品.
    lacks_sector("公司推出了一款协作SaaS (软件即服务)产品。", "SaaS");
    // Only a modifier of the noun after it.
    lacks_sector("新能源乘用车销量同比增长两成。", "新能源");
    lacks_sector("他此前担任量化投资总监。", "量化投资");
    // Short everyday words and names of things still need a frame.
    lacks_sector("这台机器人会跳舞。", "机器人");
    lacks_sector("公司去年的软件收入增长很快。", "软件");
}

#[test]
fn open_field_words_are_sectors_only_where_the_market_or_a_list_of_sectors_says_so() {
    has_sector("节后科技板块表现突出，多只个股涨停。", "科技");
    has_sector("算力概念股集体走强。", "算力");
    has_sector("建议关注半导体、人工智能、机器人等方向。", "人工智能");
    lacks_sector("公司持续加大在人工智能领域的研发投入。", "人工智能");
    lacks_sector("这家科技公司发布了新手机。", "科技");
    lacks_sector("模型训练需要大量算力。", "算力");
}

#[test]
fn an_open_field_word_is_no_descriptor_of_a_model_and_no_adopters_scope() {
    lacks("中国人工智能大模型DeepSeek-R1上月发布后迅速走红。", "DeepSeek-R1 appliedIn 人工智能");
    // 科技 ending a firm's name in a list leaves the firm to the list.
    let got = common::extract("国产芯片企业如寒武纪、壁仞科技、登临科技等正积极布局推理芯片。");
    assert!(
        got.entities.iter().any(|e| e.label == "登临科技"),
        "{:?}",
        got.entities.iter().map(|e| &e.label).collect::<Vec<_>>()
    );
}

#[test]
fn a_count_of_fields_closes_their_list_like_deng() {
    let found = sectors("这家研究院把模型用到气象、畜牧、园艺和金融四大场景之中。");
    for sector in ["气象", "畜牧", "园艺", "金融"] {
        assert!(found.contains(&sector.to_string()), "{sector} missing from {found:?}");
    }
    // The last member after 以及 still belongs to a counted list.
    let found = sectors("该公司的机器人主要服务于餐饮、仓储以及园林养护三大领域。");
    assert!(found.contains(&"园林养护".to_string()), "{found:?}");
}

#[test]
fn a_trade_the_market_names_by_its_shares_is_a_sector_but_a_firms_shares_are_not() {
    let found = sectors("午后煤炭股震荡走高，信息技术板块小幅回落。");
    assert!(found.contains(&"煤炭".to_string()), "{found:?}");
    assert!(found.contains(&"信息技术".to_string()), "{found:?}");
    let found = sectors("青禾汽车股份有限公司今日发布了年度报告。");
    assert!(!found.contains(&"汽车".to_string()), "{found:?}");
}

#[test]
fn an_adopters_sector_holds_for_its_deployment_only_where_the_article_frames_it() {
    // The lead names the field: the bank's platform is applied in it.
    let framed = "银行业加速拥抱大模型\n2025-02-10\n大模型正在深刻改变金融、医疗等行业。\n\n\
                  江苏银行依托“智慧小苏”大语言模型服务平台，本地化部署了DeepSeek-R1。";
    has(framed, "智慧小苏 appliedIn 金融");
    // Named only in another paragraph, about something else, it is not.
    let elsewhere = "多家机构公布大模型进展\n2025-02-10\n春节后，各地机构陆续公布了新的进展。\n\n\
                     江苏银行依托“智慧小苏”大语言模型服务平台，本地化部署了DeepSeek-R1。\n\n\
                     另一方面，分析师认为金融、医疗等行业的数字化仍在早期阶段。";
    has(elsewhere, "智慧小苏 usesModel DeepSeek-R1");
    lacks(elsewhere, "智慧小苏 appliedIn 金融");
}
