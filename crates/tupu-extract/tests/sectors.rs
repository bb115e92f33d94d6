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
