//! Names of products and deployments found by the words around them, in
//! sentences written for these tests (the names are made up). Each
//! mechanism has a case it must find and one it must leave alone.

mod common;

use common::extract;

fn entities(text: &str) -> Vec<String> {
    extract(text).entities.iter().map(|e| format!("{}/{}", e.label, e.kind)).collect()
}

fn entity(text: &str, label: &str, kind: &str) {
    let got = entities(text);
    assert!(got.iter().any(|e| *e == format!("{label}/{kind}")), "{label}/{kind} not in {got:?}\n  from {text}");
}

/// No entity of any type has the label.
fn no_entity(text: &str, label: &str) {
    let got = entities(text);
    assert!(!got.iter().any(|e| e.split('/').next() == Some(label)), "{label} should not be in {got:?}\n  from {text}");
}

#[test]
fn quoted_words_after_a_described_kind_of_product_name_it() {
    entity("星河科技去年量产了自研AI芯片“云杉”，并计划向外部客户开放。", "云杉", "Product");
    entity("用户可使用AI营销工具“青鸾”，快速生成文案。", "青鸾", "Product");
}

#[test]
fn quoted_words_after_a_kind_noun_that_a_verb_takes_name_nothing() {
    // 系统 here is an adverb to the verb 接受过, not a kind of product.
    no_entity("通用大模型是接受过系统「通识教育」的全才。", "通识教育");
}

#[test]
fn quoted_words_after_a_bare_kind_noun_name_nothing() {
    // 模型 alone, with nothing describing it, is what the quoted remark is about.
    no_entity("研究者发现，模型“青鸾”这个说法并不准确。", "青鸾");
    // The quotes must close a phrase: here they open a clause.
    no_entity("这家公司的AI芯片“青鸾”计划明年量产。", "青鸾");
}

#[test]
fn a_quoted_phrase_after_a_role_noun_is_no_name() {
    // An adverb inside the quotes: a remark, not an assistant's name.
    no_entity("团队希望让AI写作助手“更加懂你”，提升体验。", "更加懂");
    no_entity("团队希望让AI写作助手“更加懂你”，提升体验。", "更加懂你");
    // A name in the same place stays.
    entity("团队为员工上线了AI写作助手“青鸾”，提升体验。", "青鸾", "Product");
}

#[test]
fn a_latin_code_after_a_known_maker_names_its_product() {
    entity("这款游戏本配备了英伟达RTX 4070，续航也不错。", "RTX 4070", "Product");
    entity("他上周换了一台华为Pocket 9，屏幕更大。", "Pocket 9", "Product");
}

#[test]
fn periods_indexes_and_partial_codes_after_a_maker_are_no_product() {
    // A quarter, a driving level, an index that moves.
    no_entity("腾讯Q4营收同比增长，超出预期。", "Q4");
    no_entity("比亚迪L2级辅助驾驶已全系标配。", "L2");
    no_entity("收盘时万得A500涨0.3%。", "A500");
    // The code goes on past what the pattern reads (J6 M): no half name.
    no_entity("这些车型的芯片来自地平线J6 M等。", "J6");
}

#[test]
fn an_assistant_an_adopter_puts_a_model_to_work_in_is_a_deployment() {
    entity("招商银行将DeepSeek大模型应用于“小招助手”，提升了客服效率。", "小招助手", "Deployment");
    // A vendor's own assistant, with no adopter in the sentence, stays a product.
    entity("DeepSeek大模型已应用于“灵犀助手”，用户可免费体验。", "灵犀助手", "Product");
}

#[test]
fn a_named_staff_role_is_a_deployment() {
    entity("DeepSeek已接入数字员工“青禾”，为员工提供知识检索。", "青禾", "Deployment");
    // Another role noun (an assistant) gives no such reading by itself.
    entity("DeepSeek已接入智能助手“青禾”，为用户提供知识检索。", "青禾", "Product");
}

#[test]
fn a_title_in_title_marks_is_a_work_not_an_application() {
    // A report or a rule that is published, or a paper that is named.
    no_entity("三部门近日联合发布《智能客服发展指导意见》，提出多项措施。", "智能客服发展指导意见");
    no_entity("团队提交了一篇名为《细节决定成败》的论文。", "细节决定成败");
    // The same verb before plain quotes still introduces an application.
    entity("星河科技近日推出“青禾”，面向中小商家开放。", "青禾", "Product");
}

/// The label is not an entity of that type.
fn not_typed(text: &str, label: &str, kind: &str) {
    let got = entities(text);
    assert!(
        !got.iter().any(|e| *e == format!("{label}/{kind}")),
        "{label}/{kind} should not be in {got:?}\n  from {text}"
    );
}

#[test]
fn a_nickname_given_by_cheng_wei_is_no_name_unless_a_role_noun_says_so() {
    no_entity("这类资金常被称为“快钱”，流动性很强。", "快钱");
    no_entity("业内把这种打法叫做“大水漫灌”，成本很高。", "大水漫灌");
    entity("这款应用被称为“青禾助手”，上线首周下载量破万。", "青禾助手", "Product");
}

#[test]
fn the_noun_after_ming_wei_x_de_says_what_x_is() {
    entity("星河科技推出了一款名为“青禾”的AI应用。", "青禾", "Product");
    not_typed("他去年创立了一家名为“青禾”的公司。", "青禾", "Product");
    not_typed("研究团队提出了一种名为“青禾”的算法。", "青禾", "Product");
}

#[test]
fn quoted_common_words_after_a_verb_need_a_kind_of_product() {
    // A way of working, a phrase, a plan: no application.
    no_entity("很多企业开始使用“人机协同”，效率明显提高。", "人机协同");
    no_entity("该公司推出了“以旧换新”计划，吸引了大量用户。", "以旧换新");
    // Common words with a kind of product named beside them are a name.
    entity("星河科技推出“天空”智能平台，面向商家开放。", "天空", "Product");
    // A coined word needs no such help.
    entity("星河科技推出“燎元”，面向商家开放。", "燎元", "Product");
}

#[test]
fn quoted_words_with_a_list_mark_are_a_slogan() {
    no_entity("该行打造了“数据、算力、场景”三轮驱动的智能决策系统。", "数据、算力、场景");
    entity("该行打造了“青禾”智能决策系统。", "青禾", "Deployment");
}

#[test]
fn a_latin_name_after_a_kind_of_robot_chip_or_product_is_that_product() {
    entity("星河机器人发布了首款人形机器人Qinghe X1，售价未公布。", "Qinghe X1", "Product");
    entity("公司推出了AI推理芯片Lumen，主打低功耗。", "Lumen", "Product");
    // A team, a title or a news site after the kind noun is no product.
    not_typed("据科技新闻网站 Tech Daily 报道，该项目已上线。", "Tech Daily", "Product");
    not_typed("星河智能解决方案BU CEO王明表示，今年会加大投入。", "BU CEO", "Product");
}

#[test]
fn a_makers_phones_are_a_category_not_a_product() {
    not_typed("去年第四季度，小米手机的市场份额位居第一。", "小米手机", "Product");
    entity("去年第四季度，小米手机的市场份额位居第一。", "小米", "Company");
    // A head that names a thing sold still makes a product after the maker.
    entity("希沃学习机今年新增了AI批改功能。", "希沃学习机", "Product");
}

#[test]
fn a_latin_name_closed_by_podcast_is_a_show() {
    entity("本文整理自 Quiet Hours Podcast 上周播出的单集。", "Quiet Hours Podcast", "Product");
    entity("本文整理自 More or Less Podcast 上周播出的单集。", "More or Less Podcast", "Product");
    // A host the dictionary knows is part of the show's name.
    entity("据《Lex Fridman Podcast》访谈透露，该公司已上线新功能。", "Lex Fridman Podcast", "Product");
    // A kind of show is no name.
    no_entity("她主持的节目是新加坡排名第一的 AI Podcast。", "AI Podcast");
}

#[test]
fn a_series_of_an_unknown_family_is_hardware_in_a_sentence_about_hardware() {
    entity("星河微已成功研发XG5系列、XG7系列等多款GPU产品。", "XG5系列", "Product");
    // Without hardware in the sentence, 系列 keeps the model reading.
    entity("星河智能发布了XG5系列，推理能力大幅提升。", "XG5", "Model");
}

#[test]
fn a_bureau_named_after_its_ministry_is_the_unit_that_acts() {
    entity("商务部产业安全局周三宣布，将三家芯片公司列入实体清单。", "商务部产业安全局", "Organization");
    entity("工信部运行监测协调局发布数据显示，软件业收入增长。", "工信部运行监测协调局", "Organization");
    // A second body after a joining word, or an idiom, is no unit.
    entity("财政部和税务局联合发布通知。", "财政部", "Organization");
    no_entity("预算案在立法院陷入僵局。", "立法院陷入僵局");
    no_entity("消息称上交所受理公司的退市申请。", "上交所受理公司");
}

#[test]
fn a_chinese_name_before_a_hong_kong_board_code_is_a_listed_firm() {
    entity("異動股包括，星河建業（2477）收報1.05元，升5%。", "星河建业", "Company");
    // A year in brackets, or a Latin title before a code, names no firm.
    no_entity("这篇论文发表于自然期刊（2023），引用很多。", "自然期刊");
    no_entity("A博时港元（3152）创上市新高。", "博时港元");
}

#[test]
fn unknown_items_in_a_list_of_known_firms_are_firms() {
    entity("板卡厂商如华硕、技嘉、微星、青枫虹等均有布局。", "青枫虹", "Company");
    entity("建议关注星川精工、腾讯、阿里巴巴、百度等。", "星川精工", "Company");
    // A count of firms, or an exchange, is no member.
    no_entity("包括腾讯、阿里巴巴、三大运营商等均已接入。", "三大运营商");
    no_entity("数据来源：沪深交易所、腾讯、阿里巴巴等。", "沪深交易所");
}

#[test]
fn an_outlets_app_in_a_credit_line_is_no_product() {
    no_entity("一位分析师告诉钛媒体App，市场仍在观望。（本文首发于钛媒体App）", "钛媒体App");
    // The same outlet's app as the subject of news stays a product.
    entity("每日经济新闻App已经接入了DeepSeek大模型。", "每日经济新闻App", "Product");
}

#[test]
fn a_product_in_a_sentence_about_drugs_is_a_drug() {
    no_entity("该公司的明星产品Keltora是一款治疗肺癌的单抗。", "Keltora");
    entity("该公司发布了人形机器人 PX7，主打家庭服务。", "PX7", "Product");
}

#[test]
fn a_title_or_a_clause_before_a_known_firm_makes_no_acting_firm() {
    no_entity("部长在北京会见苹果公司首席执行官，双方就合作交换意见。", "北京会见苹果公司");
    no_entity("英伟达创始人表示，公司将继续投入研发。", "英伟达创始人");
    entity("英伟达创始人表示，公司将继续投入研发。", "英伟达", "Company");
}

#[test]
fn a_firm_suffix_that_the_next_word_continues_ends_no_name() {
    no_entity("该公司在瑞士证券交易所上市。", "瑞士证券");
    no_entity("他是一位传奇创投家。", "传奇创投");
    entity("澄川证券发布研报称，板块有望回暖。", "澄川证券", "Company");
}

#[test]
fn a_common_word_suffix_that_runs_into_a_noun_makes_no_firm() {
    no_entity("这次突破挑战了关于高昂投资成本的看法。", "高昂投资");
    no_entity("欧盟考虑降低对美汽车关税。", "对美汽车");
    entity("本轮融资由澄远投资、腾讯等机构参与。", "澄远投资", "Company");
}

/// Members of a list of fields are fields when a curated sector among them
/// says what the list is of; a list with none, or a lone phrase before 领域,
/// is not read as one, and a verb before the first member is no part of it.
#[test]
fn members_of_a_list_of_fields_are_sectors() {
    let text = "该公司的芯片广泛用于医疗、风力发电、跨境物流等领域。";
    entity(text, "风力发电", "Sector");
    entity(text, "跨境物流", "Sector");
    let text = "团队希望加快推进图像生成、文本摘要等方向的研究，并在基座模型领域发力。";
    no_entity(text, "文本摘要");
    no_entity(text, "基座模型");
    let text = "该模型将赋能客服、投研等场景。";
    entity(text, "投研", "Sector");
    no_entity(text, "赋能客服");
    // jieba's one word 特别是在 opens the list too.
    let text = "这款模型用途很广，特别是在遥感测绘、医疗等领域。";
    entity(text, "遥感测绘", "Sector");
    no_entity(text, "特别是在遥感测绘");
}

/// A stock code names the firm before it; a 和 or 合 that opens the
/// clause (or follows a preposition) is the name's first char, a 和 after
/// another name or a bracket joins two firms.
#[test]
fn a_leading_conjunction_char_before_a_stock_code_opens_the_name() {
    entity("根据和辉光电（688538.SH）发布的公告，公司去年营收增长。", "和辉光电", "Company");
    entity("今日港股地产股走强。合景泰富（1813）收涨6%。", "合景泰富", "Company");
    let text = "小米和星辰微电子（688111.SH）签署了合作协议。";
    entity(text, "星辰微电子", "Company");
    no_entity(text, "和星辰微电子");
    no_entity("再生元（REGN.US）和林德气体（LIN.US）均下跌。", "和林德气体");
}

/// A curated subsidiary written right after its parent's name (上汽智己) is
/// spelled so in the article: the spelling is one of its aliases, and the
/// parent stays an entity of its own. After another firm's name it is not.
#[test]
fn a_subsidiary_written_after_its_parent_takes_the_joint_spelling() {
    let r = extract("上汽智己宣布其新车将搭载自研座舱系统。");
    let child = r.entities.iter().find(|e| e.label == "智己汽车").expect("智己汽车");
    assert!(child.aliases.iter().any(|a| a == "上汽智己"), "{:?}", child.aliases);
    assert!(r.entities.iter().any(|e| e.label == "上汽集团"));
    let r = extract("广汽和智己汽车都宣布了新车计划。");
    let child = r.entities.iter().find(|e| e.label == "智己汽车").expect("智己汽车");
    assert!(child.aliases.iter().all(|a| !a.contains("广汽")), "{:?}", child.aliases);
}

/// A curated spelling of a model that opens with its maker's name (OpenAI
/// o1) names the maker too, and keeps the whole spelling as the model's
/// alias; a bare model name names no maker, a maker's name glued to Latin
/// letters (Snapchat) is not split, and none is added where a figure follows.
#[test]
fn a_model_spelled_with_its_makers_name_names_the_maker() {
    let r = extract("新模型在数学测试上的成绩接近OpenAI o1。");
    assert!(r.entities.iter().any(|e| e.label == "OpenAI" && e.kind.to_string() == "Company"), "{:?}", r.entities);
    let model = r.entities.iter().find(|e| e.label == "o1").expect("o1");
    assert!(model.aliases.iter().any(|a| a == "OpenAI o1"), "{:?}", model.aliases);
    no_entity("新模型在数学测试上的成绩接近o1。", "OpenAI");
    no_entity("年轻用户每天都会打开Snapchat聊天。", "Snap");
    // A figure after it is the model's; no maker stands there to take it.
    no_entity("在这项测试中，OpenAI o1的准确率为59%。", "OpenAI");
}

/// A list of firms closed by an ellipsis (……, folded to dots) is closed as
/// by 等; a list of common words so closed names no firm.
#[test]
fn a_list_of_firms_closed_by_an_ellipsis_names_its_members() {
    let text = "已接入的教育品牌：学而思、网易有道、希沃、弈小象、云学堂……覆盖多个学段。";
    entity(text, "弈小象", "Company");
    entity(text, "云学堂", "Company");
    no_entity("他们讨论了课程、作业、考试、答疑……覆盖多个学段。", "答疑");
}

/// The first item of a firm list runs back to the clause's edge; a known
/// firm that ends it after the words that lead into the list counts as one
/// of the list's firms. A lead-in that ends in no firm counts for nothing.
#[test]
fn a_known_firm_after_the_lead_in_counts_for_a_firm_list() {
    let text = "接入的教育品牌包括学而思、网易有道、希沃、弈小象、云知堂等。";
    entity(text, "弈小象", "Company");
    entity(text, "云知堂", "Company");
    no_entity("接入的教育品牌包括学习机、网易有道、希沃、弈小象、云知堂等。", "弈小象");
}

/// A short head before 公司 that opens with a function char, a pronoun or a
/// count, or ends in 大, is the clause run into the noun; a coined head
/// (明晟公司) still names a firm.
#[test]
fn a_clause_run_into_gongsi_names_no_firm() {
    no_entity("他说，但全公司上下都支持这项改革。", "但全公司");
    no_entity("很多人开始尝试一人公司的模式。", "一人公司");
    no_entity("创业团队比大公司更灵活。", "比大公司");
    entity("指数编制机构明晟公司宣布调整成分股。", "明晟公司", "Company");
}

/// A bare 公司/企业 right after a clause's edge or a function word is the
/// firm the text already talks about: what follows is its own words, not a
/// name. A described kind of firm (初创公司, 芯片公司) still introduces one.
#[test]
fn a_bare_firm_noun_introduces_no_appositive_name() {
    no_entity("业绩会上，公司账上还有大量现金。", "账上");
    no_entity("他表示，公司总营收同比增长。", "总营收");
    entity("杭州初创公司星澜智算基于开源模型训练了医疗模型。", "星澜智算", "Company");
}

/// A share-class mark after a hyphen (-SW, -W) is no part of the listed
/// name before a code, and a Latin name of several capitalized words is
/// taken whole.
#[test]
fn a_stock_codes_name_drops_the_share_class_and_keeps_latin_words() {
    let text = "星岚数据-SW(09698)涨近3%。";
    entity(text, "星岚数据", "Company");
    no_entity(text, "SW");
    let text = "基金清仓了Palisade Bio(PALI.US)。";
    entity(text, "Palisade Bio", "Company");
    no_entity(text, "Bio");
}

/// A function word after a firm noun opens the clause's own words, not an
/// appositive name; a coined name there is still one.
#[test]
fn a_function_word_after_a_firm_noun_opens_no_name() {
    no_entity("投资者对主要科技公司弱于预期的业绩感到失望。", "弱于");
    no_entity("这家初创公司以远低于同行的成本训练了模型。", "以远");
    entity("上海生物医药企业星禾汉霖宣布与多家医院合作。", "星禾汉霖", "Company");
}

/// Before an acting cue, a part of a body (非营利部门) or words after an
/// adverb or 在 (愈发高企的估值, 在短时间内完成) name no firm; a coined name
/// before the cue still does.
#[test]
fn parts_of_bodies_and_described_words_before_an_acting_cue_name_no_firm() {
    no_entity("分析师讨论了该机构非营利部门的估值。", "非营利部门");
    no_entity("这款应用在短时间内完成了千万用户的积累。", "短时间内");
    entity("星禾智算完成了新一轮融资。", "星禾智算", "Company");
}

/// A sector word before a noun for the platforms or listed firms of a field
/// (短视频平台, 钢铁上市公司) names that field; the same word inside a
/// longer noun (制造商) does not.
#[test]
fn a_sector_word_before_a_firm_noun_names_the_field() {
    entity("一众钢铁上市公司的股价接连上涨。", "钢铁", "Sector");
    entity("短视频平台的崛起改变了广告市场。", "短视频", "Sector");
    no_entity("这家制造商的订单大幅增加。", "制造");
}

#[test]
fn a_market_round_up_names_its_sectors_by_how_they_traded() {
    // No field noun and no known field in the first list: 等板块 says it.
    let text = "午后，宠物经济、乳业、调味品等板块涨幅居前，两市成交额放大。";
    entity(text, "宠物经济", "Sector");
    entity(text, "调味品", "Sector");
    // 等领涨 closes a list of sectors when a known one is among them.
    entity("盘面上，珠宝首饰、教育等领涨，酒店餐饮等走低。", "珠宝首饰", "Sector");
    // Themes and securities in the same list are not sectors.
    no_entity("午后，宠物经济、星火概念、乳业等板块涨幅居前。", "星火概念");
}

#[test]
fn a_firms_business_units_called_板块_are_no_sectors() {
    let got = entities("该集团业务涵盖青禾健康、青禾保险等板块，营收稳定。");
    assert!(!got.iter().any(|e| e.ends_with("/Sector")), "{got:?}");
}

#[test]
fn what_hits_the_daily_limit_is_a_listed_firm() {
    let text = "光伏板块午后走强，青岚新能、澄江股份涨停，昀澄精工涨超8%。";
    entity(text, "青岚新能", "Company");
    entity(text, "澄江股份", "Company");
    entity(text, "昀澄精工", "Company");
    // An index, a coin or the share price moves too, and is no firm.
    let text = "沪指收盘涨超1%，比特币一度涨超3%，股价盘后涨超5%。";
    no_entity(text, "沪指收盘");
    no_entity(text, "比特币");
    no_entity(text, "股价盘后");
}

#[test]
fn a_stock_code_makes_a_firm_of_a_name_holding_a_field_word() {
    entity("据悉，青岚能源(000123.SZ)拟收购一家公司。", "青岚能源", "Company");
}

#[test]
fn a_title_in_book_marks_after_a_kind_of_work_is_a_product() {
    entity("星河科技赞助了综艺节目《青岚少年行》。", "青岚少年行", "Product");
    entity("截至昨日，《云杉往事》票房已突破10亿元。", "云杉往事", "Product");
    // The titles listed with a marked one are works too, whole (了 included).
    let text = "该公司冠名的综艺还包括《晚风来了》、《青岚少年行》和《云杉往事》等。";
    entity(text, "晚风来了", "Product");
    entity(text, "云杉往事", "Product");
    // A law or a report in book marks is no product.
    no_entity("根据《青岚数据管理办法》，企业需完成备案。", "青岚数据管理办法");
}

#[test]
fn a_latin_name_that_writes_or_holds_a_view_is_a_person() {
    entity("Daniel Horvath等人写道，通胀将在年内回落。", "Daniel Horvath", "Person");
    entity("他同意 Maren Vossberg 的观点，认为成本会下降。", "Maren Vossberg", "Person");
}

#[test]
fn an_outlets_dateline_and_closing_credit_name_no_entity() {
    let text = "界面新闻2月13日讯（编辑 王青）星河科技发布了新模型。\n这是重要进展。（界面新闻 王青）";
    no_entity(text, "界面新闻");
    // The same outlet reporting in the body is an actor.
    entity("据界面新闻报道，星河科技发布了新模型。", "界面新闻", "Company");
}

#[test]
fn a_kind_of_fund_after_a_firm_is_no_funds_name() {
    let text = "高盛对冲基金业务负责人表示，宽基基金仍值得关注。";
    no_entity(text, "高盛对冲基金");
    no_entity(text, "宽基基金");
    entity(text, "高盛", "Company");
    no_entity("星河资本旗下基金近期增持了科技股。", "星河资本旗下基金");
}

#[test]
fn a_known_firm_and_the_business_it_runs_name_a_unit() {
    let text = "行业头部企业腾讯微保、蚂蚁保险等依托生态优势扩大份额。";
    entity(text, "腾讯微保", "Company");
    entity(text, "蚂蚁保险", "Company");
    // A longer noun after the business word: the firm alone.
    no_entity("腾讯金融科技业务增长很快。", "腾讯金融");
}

#[test]
fn a_place_and_a_carriers_short_name_name_its_branch() {
    entity("随后湖南移动、广东电信也宣布接入该模型。", "湖南移动", "Company");
    entity("随后湖南移动、浙江联通也宣布接入该模型。", "浙江联通", "Company");
    // A longer noun after it: the place alone.
    no_entity("广东移动互联网产业发展很快。", "广东移动");
}

#[test]
fn a_place_and_a_kind_of_hub_name_no_organization() {
    for text in ["美国数据中心的用电量持续上升。", "江苏将推动沿海港口与上海国际航运中心融合发展。"]
    {
        let x = extract(text);
        assert!(
            !x.entities.iter().any(|e| e.label.ends_with("中心")),
            "{:?}",
            x.entities.iter().map(|e| &e.label).collect::<Vec<_>>()
        );
    }
    // A named centre stays one.
    let x = extract("北京人形机器人创新中心发布了新成果。");
    assert!(x.entities.iter().any(|e| e.label == "北京人形机器人创新中心"));
}

#[test]
fn a_model_brand_named_as_a_partner_or_an_employer_is_the_firm() {
    entity("航锦科技回应称，其子公司与DeepSeek有合作。", "DeepSeek", "Company");
    entity("银行与DeepSeek的合作正向更多场景延伸。", "DeepSeek", "Company");
    entity("分析师认为，DeepSeek（深度探索）公司没有扩容的计划。", "DeepSeek", "Company");
    entity("一位DeepSeek的研究员在社交媒体上回应了质疑。", "DeepSeek", "Company");
    entity("黄仁勋会见了客户，其中包括DeepSeek创办人梁文锋。", "DeepSeek", "Company");
    // Joined with a model in one act, the brand stays the model.
    entity("吉利汽车将自研大模型与DeepSeek深度融合。", "DeepSeek", "Model");
}

#[test]
fn a_bare_family_named_after_its_firm_is_the_firm_unless_read_as_the_model() {
    // Nothing says model or firm: the article talks about the firm.
    entity("受消息刺激，DeepSeek概念股午后集体走强。", "DeepSeek", "Company");
    entity("自从DeepSeek爆火以来，资本市场的风向变了。", "DeepSeek", "Company");
    // As many readings as the firm as the model: still the firm.
    entity("DeepSeek团队人数不多；多家券商已接入DeepSeek。", "DeepSeek", "Company");
    // A kind of model said of it, or listed beside a model: the model.
    entity("国产大模型DeepSeek在海外也引起了讨论。", "DeepSeek", "Model");
    entity("DeepSeek是一款开源的推理模型。", "DeepSeek", "Model");
    entity("这份榜单上有DeepSeek、腾讯的混元以及其他模型。", "DeepSeek", "Model");
    entity("他们去年发布的Baichuan后来也开源了。", "Baichuan", "Model");
    // A family without its firm's name stays the model.
    entity("分析人士认为，Claude在海外也引起了讨论。", "Claude", "Model");
    // A list of firms that make models is a list of firms.
    entity("百度、阿里、DeepSeek等大模型开发公司都在降价。", "DeepSeek", "Company");
}

#[test]
fn people_listed_after_possessives_with_academic_titles_name_their_firms() {
    let text = "这家基金还投资了星尘的李明博士、云帆的赵刚教授等创业者。";
    entity(text, "星尘", "Company");
    entity(text, "云帆", "Company");
    entity(text, "赵刚", "Person");
    let relations: Vec<String> = extract(text)
        .relations
        .iter()
        .map(|r| format!("{} {} {}", r.subject, r.predicate.as_str(), r.object))
        .collect();
    assert!(relations.contains(&"李明 affiliatedWith 星尘".to_string()), "{relations:?}");
    assert!(relations.contains(&"赵刚 affiliatedWith 云帆".to_string()), "{relations:?}");
    // Adjectives and pronouns before the people name no firm.
    no_entity("会上，著名的王强教授和我们的李伟博士先后发言。", "著名");
    no_entity("会上，著名的王强教授和我们的李伟博士先后发言。", "我们");
}

#[test]
fn a_universitys_initials_name_it_but_not_the_licence_named_after_it() {
    entity("她后来进入 MIT 攻读博士学位。", "麻省理工学院", "Organization");
    no_entity("该模型采用MIT许可证开源。", "麻省理工学院");
    no_entity("这个项目采用 MIT License 发布。", "麻省理工学院");
}

#[test]
fn members_of_a_list_of_counted_stocks_are_firms() {
    let text = "午后，星河股份、云帆新材等多只概念股快速拉升。";
    entity(text, "星河股份", "Company");
    entity(text, "云帆新材", "Company");
    // Without a count the list may be of themes.
    no_entity("午后，云计算、公共交通等概念股快速拉升。", "公共交通");
}

#[test]
fn an_outlets_byline_masthead_and_source_credits_name_no_entity() {
    let cases = [
        ("标题\n界面新闻记者 | 王青\n星河科技发布了新模型。", "界面新闻"),
        ("标题\n量子位 | 公众号 QbitAI\n星河科技发布了新模型。", "量子位"),
        ("新浪科技讯 3月2日上午消息，星河科技发布了新模型。", "新浪科技"),
        ("星河科技发布了新模型。\n（财联社记者 王青）", "财联社"),
        ("星河科技发布了新模型。\n(本文来自第一财经)", "第一财经"),
        ("星河科技发布了新模型。\n（综合自财联社、澎湃新闻等）", "澎湃新闻"),
    ];
    for (text, outlet) in cases {
        no_entity(text, outlet);
    }
    // The outlet's reporter at work in the body, or the outlet reporting, is an actor.
    entity("星河科技负责人对财联社记者表示，新模型将开源。", "财联社", "Company");
    entity("据澎湃新闻报道，星河科技发布了新模型。", "澎湃新闻", "Company");
}

#[test]
fn a_count_a_field_a_person_or_a_longer_noun_around_an_org_suffix_name_no_firm() {
    no_entity("四大航空公司里，星河航空的利润最高。", "四大航空公司");
    no_entity("不少生成式AI公司开始按结果收费。", "生成式AI公司");
    no_entity("监管机构正在调查马斯克公司的数据处理。", "马斯克公司");
    no_entity("星河科技政府关系副总裁王青表示，政策有利。", "星河科技政府");
    // A named firm with the same suffix stays.
    entity("去年星海航空公司开通了新航线。", "星海航空公司", "Company");
}

#[test]
fn a_group_of_funds_or_a_hub_someone_builds_is_no_registered_name() {
    no_entity("去年四季度时有部分基金加仓了港股。", "时有部分基金");
    no_entity("业绩前十基金均重仓机器人板块。", "前十基金");
    no_entity("星河集团计划在挪威建设数据中心。", "挪威建设数据中心");
    // A named fund stays.
    entity("本轮融资由星海创业投资基金领投。", "星海创业投资基金", "Company");
}

#[test]
fn a_known_firms_name_quoted_before_a_plan_or_a_project_names_no_firm() {
    // 星际之门 is curated as the joint venture (Stargate).
    no_entity("软银与甲骨文共同推进“星际之门”项目，投资规模巨大。", "Stargate");
    no_entity("法国也宣布了自己的“星际之门（Stargate）”计划。", "Stargate");
    // The venture acting, and a firm that plans, stay.
    entity("他们计划通过Stargate合资企业建设数据中心。", "Stargate", "Company");
    entity("OpenAI计划在今年推出新模型。", "OpenAI", "Company");
}

#[test]
fn a_common_noun_after_a_joining_word_or_an_adjective_before_a_brand_suffix_is_no_firm() {
    no_entity("用户更加依赖和信任银行的服务。", "信任银行");
    no_entity("这些资金来自政府提供的临时保险计划。", "临时保险");
    no_entity("本人没有持有上述股份。", "上述股份");
    // A firm's name there stays.
    entity("分析师推荐星澜股份和海汐股份。", "星澜股份", "Company");
}

#[test]
fn a_quoted_description_a_rank_or_a_firm_is_no_product() {
    no_entity("研究者称它是「还不太灵光的助手」。", "还不太灵光的助手");
    no_entity("中国的世界排名为14，相比去年下降2位。", "14");
    // (The firm's name is a company's, no product's: the recognizer reads a stem,
    // a field word and a firm suffix as a firm.)
    let renamed = entities("星河保险后更名为“星河金融控股集团”。");
    assert!(
        !renamed.iter().any(|e| e.starts_with("星河金融控股集团/") && e != "星河金融控股集团/Company"),
        "{renamed:?}"
    );
    // A named app stays.
    entity("星河科技上线了一款名为“灵犀”的AI工具。", "灵犀", "Product");
}

#[test]
fn common_words_before_an_assistants_role_noun_in_quotes_name_no_app() {
    no_entity("他们把新版定位为“全能AI助手”。", "全能AI助手");
    no_entity("车机正式成为“语音智能体”。", "语音智能体");
    // A coined name before the role noun stays.
    entity("星河银行推出了“小澜助手”，服务客户。", "小澜助手", "Deployment");
}

#[test]
fn a_clause_or_another_kind_of_thing_after_a_naming_verb_is_no_app() {
    no_entity("它会与一种名为XRB的蛋白结合。", "XRB");
    no_entity("星河科技的新产品代号将不会再用数字。", "不会再用数字");
    // A named app stays.
    entity("星河科技推出了一款名为灵犀的应用。", "灵犀", "Product");
}

#[test]
fn a_common_word_after_a_title_and_a_preposition_is_no_person() {
    no_entity("一位律师事务所合伙人向记者透露了细节。", "记者");
    // A surname and a given name after a title stay a person.
    entity("星河科技创始人周启航表示，新品将在下月发布。", "周启航", "Person");
}

#[test]
fn a_clause_word_between_a_maker_and_a_kind_of_product_makes_no_product() {
    no_entity("据报道，星河科技下单手机芯片十万颗。", "星河科技下单手机");
    no_entity("市场担心星河科技入局人形机器人会加剧竞争。", "星河科技入局人形机器人");
}

#[test]
fn a_firms_act_after_its_kind_noun_is_no_firm() {
    no_entity("这款工具是星河微电子（上海）有限公司研发的一款芯片设计软件。", "研发");
}

#[test]
fn a_count_before_a_kind_of_body_names_no_body() {
    no_entity("星河移动在全国建成的12个算力中心已全部上线。", "个算力中心");
    no_entity("运营商近年来建了大量算力中心。", "建了大量算力中心");
}

#[test]
fn any_foreign_government_or_bank_is_no_name() {
    no_entity("他担心数据会被外国政府调阅。", "外国政府");
    no_entity("多家外国银行也在观望。", "外国银行");
}

#[test]
fn a_stock_listed_with_a_curated_firm_before_a_move_is_a_firm() {
    entity("午后资金回流，紫金矿业、长河精密、拓维信息获主力资金净流入居前。", "长河精密", "Company");
    entity("消费电子板块走强，拓维信息、长河精密等多股涨停。", "长河精密", "Company");
}

#[test]
fn curated_firms_of_finance_news_are_found_by_their_english_and_long_names() {
    entity("食品股走弱，Kraft Heinz下调了全年业绩指引。", "卡夫亨氏", "Company");
    entity("思科系统公司发布了新一代网络设备。", "思科", "Company");
}

#[test]
fn digits_glued_to_a_latin_name_before_a_date_word_start_the_date() {
    let x = common::extract("OpenAI2月6日宣布向所有用户开放搜索功能。");
    assert!(
        !x.entities.iter().any(|e| e.label == "OpenAI2"),
        "{:?}",
        x.entities.iter().map(|e| &e.label).collect::<Vec<_>>()
    );
}

// ---- names30

#[test]
fn a_name_jieba_tags_as_one_before_da_moxing_is_a_model() {
    // jieba cuts the noun in two (朱雀/大/模型); the name before it is kept.
    entity("星河科技旗下的朱雀大模型已经开放测试。", "朱雀大模型", "Model");
}

#[test]
fn a_kind_count_or_object_of_a_verb_before_da_moxing_is_no_model() {
    no_entity("国内曾掀起一波大模型降价潮。", "一波大模型");
    no_entity("这款眼镜首款搭载中文大模型。", "中文大模型");
    no_entity("它进入了多个权威大模型榜单。", "权威大模型");
}

#[test]
fn the_last_field_of_a_list_joined_by_he_is_a_field_too() {
    // 矿山装备 is in no list of fields: the list says what it is.
    entity("这家公司的产品已用于医疗、物流、电力和矿山装备领域。", "矿山装备", "Sector");
    entity("该平台可以覆盖金融、物流、矿山装备等多个行业。", "矿山装备", "Sector");
}

#[test]
fn a_person_after_a_zhuguan_title_is_named() {
    entity("星河证券中国股票策略研究主管严子墨指出，估值仍然偏低。", "严子墨", "Person");
    entity("星河资管多资产投资主管Laura Fenwick在报告中表示，市场仍然乐观。", "Laura Fenwick", "Person");
}

#[test]
fn a_rank_before_a_title_is_no_person_nor_employer() {
    no_entity("調查顯示，78% 的高階主管認為 AI 帶來成長。", "高阶");
}

#[test]
fn a_titles_last_char_glued_to_the_name_after_it_is_the_titles() {
    let text = "星河研究院首席營運官莊偉泉工程師在會上簽署了備忘錄。";
    entity(text, "庄伟泉", "Person");
    no_entity(text, "官庄伟泉");
}

#[test]
fn quoted_words_after_a_kind_of_firm_name_a_firm() {
    let text = "该基金已投资两家公司：语音算法开发商“青禾声学”、物流数据服务提供商“远帆数科”。";
    entity(text, "青禾声学", "Company");
    entity(text, "远帆数科", "Company");
    // Two chars in quotes after the firm noun are a word, not a name.
    no_entity("苹果习惯让供应商「赛马」。", "赛马");
}

#[test]
fn a_traded_member_opened_by_a_curated_short_name_is_another_firm() {
    // 中金 is 中金公司's short name; 中金远航 is another listed firm.
    let text = "黄金板块走强，北方铜业、中金远航、莱绅通灵涨停。";
    entity(text, "中金远航", "Company");
    no_entity(text, "中金公司");
}

#[test]
fn a_transliteration_before_its_bracketed_original_is_a_person() {
    entity("这位棋手后来输给了世界冠军的挑战者卡斯帕洛夫（Garry Kasparov）。", "卡斯帕洛夫", "Person");
    entity("演员本·阿弗莱克（Ben Affleck）曾表示，AI无法取代电影创作。", "本·阿弗莱克", "Person");
}

#[test]
fn a_transliteration_that_may_be_cut_or_a_firm_in_brackets_is_no_person() {
    // The run of transliteration chars starts after 贾: where the name starts is not sure.
    no_entity("Meta人事主管贾内尔·盖尔（Janelle Gale）称，裁员将在数天内展开。", "内尔·盖尔");
    // A firm's last word in the original.
    no_entity("他曾任职于罗森伯格（Rosen Capital）。", "罗森伯格");
}

#[test]
fn a_two_char_person_always_followed_by_the_same_char_is_three_chars_long() {
    // A made-up name that jieba cuts after its second char (李广/川正).
    let text = "星河科技创始人李广川正面临一场风波。投资人向星河科技和李广川要回这笔钱。李广川真的会还钱吗？";
    entity(text, "李广川", "Person");
    no_entity(text, "李广");
}

#[test]
fn a_curated_dotted_name_is_found_with_a_hyphen_or_without_the_dot() {
    let text = "上世纪90年代，伯克希尔-哈撒韦CEO巴菲特买入了可口可乐。";
    entity(text, "伯克希尔·哈撒韦", "Company");
    no_entity(text, "哈撒韦");
}

#[test]
fn quoted_contests_grades_and_group_nicknames_are_no_names() {
    no_entity("2023年，国内大模型「千模大战」爆发。", "千模大战");
    no_entity("这为云厂商提供了部署“杀手级”应用的机会。", "杀手级");
    no_entity("这几家公司曾被合称为“AI五小虎”。", "AI五小虎");
    no_entity("这几家公司曾被合称为“AI五小虎”。", "五小虎");
}

#[test]
fn an_unknown_word_jieba_guesses_as_a_verb_before_keji_after_a_pause_is_a_firm() {
    entity("比如，跃眠科技就引入了新模型。", "跃眠科技", "Company");
    // Before 公司 or 大学 such a word is the verb of a clause.
    no_entity("“随著公司变大，决策更难了。”", "随著公司");
}

#[test]
fn a_common_word_in_a_list_of_a_makes_models_is_a_model_name() {
    let text = "星河汽车宣布，旗下猛虎、岚舟、飞鹰、奕驰等车型将陆续搭载新座舱。";
    entity(text, "猛虎", "Product");
    entity(text, "飞鹰", "Product");
}

#[test]
fn a_person_after_a_students_role_is_named() {
    entity("来自星河大学的本科生Lina Park与团队训练出了新模型。", "Lina Park", "Person");
    entity("星河大学在读博士生严子墨对记者表示，代码仍有漏洞。", "严子墨", "Person");
    no_entity("每三位博士后研究员中就有一位使用大模型。", "博士后");
}

#[test]
fn a_person_after_a_prize_winner_is_named() {
    entity("他引用了图灵奖得主 Lena Ström 的比喻。", "Lena Ström", "Person");
}

#[test]
fn a_name_before_an_exchange_ticker_is_a_listed_firm_and_the_exchange_is_no_mention() {
    let text = "财报盘前：星河能源 (NYSE:XH)，季度营收超出预期。";
    entity(text, "星河能源", "Company");
    no_entity(text, "纽约证券交易所");
}

#[test]
fn a_curated_field_spelled_with_its_field_noun_is_a_field() {
    // 通信行业 is a curated spelling of 通信: the noun after it is another word.
    entity("这些设备主要用于通信行业的基站和机房。", "通信", "Sector");
}

#[test]
fn a_speaker_before_a_colon_in_a_headline_is_a_person_unless_the_author() {
    let text = "今日要闻\n\n楼市观察 李声扬：「动物本能」一旦出现 楼价或见底\n\n他认为楼价可能已经见底。";
    entity(text, "李声扬", "Person");
    // Named in the title and then only in the credit: the piece's author.
    let text = "严子墨：欧洲AI发展仅有时间表还不够\n\n欧洲的AI计划雄心勃勃。\n\n作者 严子墨 星河大学教授";
    no_entity(text, "严子墨");
}

#[test]
fn a_carriers_branch_before_a_word_that_refers_back_is_a_firm() {
    entity("随后湖南移动、河南联通相关群成员亦在群内响应。", "河南联通", "Company");
}

// ---- names31

#[test]
fn single_quoted_coined_words_before_a_role_noun_name_an_application() {
    entity("东岳证券‘岳小智’智能投顾助手已全面上线，为客户提供咨询。", "岳小智", "Deployment");
}

#[test]
fn single_quotes_around_common_words_stress_them() {
    // ‘大锅饭’ is a common word in stressing quotes, whatever noun follows.
    no_entity("他批评说，用‘大锅饭’系统分配资源是行不通的。", "大锅饭");
}

#[test]
fn a_role_noun_after_describing_words_names_the_quotes() {
    entity("松江银行将通义千问融入旗下 “松智” 金融大模型，提升投研效率。", "松智", "Model");
    // A hospital's own assistant is a Deployment.
    entity("青田医院推出“青小护”智能导诊助手，患者可在线咨询。", "青小护", "Deployment");
}

#[test]
fn a_copula_or_a_modifier_before_the_role_noun_is_no_description() {
    // 即 makes the role noun a gloss of the quoted word, not its kind.
    no_entity("“电子犬”即四足机器人，能在复杂地形行走。", "电子犬");
    // After 的 the quoted word grades the model it modifies.
    no_entity("市场都在追捧当下的“爆款”国产大模型。", "爆款");
}

#[test]
fn a_verb_of_development_before_coined_quoted_words_names_them() {
    entity("去年，该中心自主研发了“云枢调度系统”，统一调配全网客服资源。", "云枢调度系统", "Product");
    // A chain of concepts joined by hyphens is no name.
    no_entity("公司研发“数据-算法-场景”闭环，提高效率。", "数据-算法-场景");
}

#[test]
fn an_edition_of_another_name_in_quotes_is_no_product() {
    no_entity("安远科技发布了首个“Qwen版”安全智能体。", "Qwen版");
}

#[test]
fn quoted_names_right_after_a_deployment_are_deployments_too() {
    let text = "南湖医院上线了通义千问，目前已接入数字员工“湖小医”“湖小护”，为员工检索知识。";
    entity(text, "湖小医", "Deployment");
    entity(text, "湖小护", "Deployment");
    // Quotes set apart by other words are typed on their own.
    entity("公司为员工配备了数字员工“白小星”，另外星云科技推出的“星语”App也很受欢迎。", "星语", "Product");
}

#[test]
fn a_latin_name_launched_with_a_kind_of_product_after_it_is_a_product() {
    entity("星河科技近日发布了NovaDesk智能办公平台，面向中小企业。", "NovaDesk", "Product");
    entity("青松汽车发布TerraPilot智驾系统和两款新车。", "TerraPilot", "Product");
}

#[test]
fn a_launched_latin_name_without_a_kind_of_product_is_left_alone() {
    // A programme, a trade's term, a bare word: no noun says it is a product.
    no_entity("该基金会去年推出了Greenway计划，资助开源项目。", "Greenway");
    no_entity("平台上线了DeFi服务，吸引了不少用户。", "DeFi");
    no_entity("研究团队发布了Lumen，引起热议。", "Lumen");
}

#[test]
fn a_coined_word_glued_to_app_names_an_app() {
    entity("东岳证券表示，岳财通APP的月活用户持续增长。", "岳财通APP", "Product");
    // Common words before App name no app, nor does one char a preposition leaves.
    no_entity("很多用户在手机APP上查看行情。", "手机APP");
    no_entity("用户纷纷下载给麦APP体验。", "麦APP");
}

#[test]
fn a_coined_latin_word_glued_to_a_platform_noun_names_it() {
    entity("研究人员依靠Tessel系统完成了分析。", "Tessel", "Product");
    // The trade's words, and a word that goes on from Latin before it, name nothing.
    no_entity("越来越多企业开始构建Agent系统。", "Agent");
    no_entity("很多团队都在搭建Agentic系统。", "Agentic");
    no_entity("公司为其Apple Intelligence平台做本地化。", "Intelligence");
}

#[test]
fn the_native_harmony_system_is_harmonyos_next_and_its_assistant_keeps_its_full_name() {
    let text = "在原生鸿蒙上，华为小艺助手App宣布接入通义千问。";
    entity(text, "HarmonyOS NEXT", "Product");
    no_entity(text, "鸿蒙");
    // The maker inside the assistant's full name is still a mention of the maker.
    entity(text, "华为", "Company");
    let got = extract(text);
    let assistant = got.entities.iter().find(|e| e.label == "小艺").expect("小艺 found");
    assert!(assistant.aliases.iter().any(|a| a.contains("小艺助手")), "{:?}", assistant.aliases);
}

#[test]
fn a_latin_name_after_a_kind_of_model_is_that_model() {
    entity("星河实验室上月发布了推理模型Vela R-lite，成本很低。", "Vela R-lite", "Model");
    // The trade's words after the kind noun name no model.
    no_entity("开发者可以通过大模型API调用这些能力。", "API");
    no_entity("他们正在组建大模型Foundation团队。", "Foundation");
}

#[test]
fn a_latin_name_after_a_found_model_name_is_its_other_spelling() {
    let got = extract("青田医院与星河科技联合发布了青瞳眼科大模型QingEye，用于辅助诊断。");
    assert!(!got.entities.iter().any(|e| e.label == "QingEye"), "{:?}", got.entities);
    assert!(got.entities.iter().any(|e| e.aliases.iter().any(|a| a == "QingEye")), "{:?}", got.entities);
}

#[test]
fn a_curated_model_after_its_maker_is_not_glued_into_a_product() {
    // The dictionary names the model; the maker before it and the kind
    // after it belong to no longer name.
    no_entity("消息称，阿里Qwen大模型已在新款手机上线。", "阿里Qwen大模型");
    entity("消息称，阿里Qwen大模型已在新款手机上线。", "通义千问", "Model");
}

#[test]
fn a_range_of_amounts_after_a_firm_is_no_version() {
    no_entity("今年各家的资本开支预计为：谷歌750亿；Meta 600-650亿；微软800亿。", "Meta 600");
}

#[test]
fn a_transliterated_name_keeps_all_its_chars() {
    entity("Netflix联合创始人哈斯廷斯上周宣布了这笔捐赠。", "哈斯廷斯", "Person");
}

#[test]
fn a_region_has_no_government_and_a_language_names_no_model() {
    no_entity("分析人士认为，欧洲政府在监管方面过于强势。", "欧洲政府");
    no_entity("2020年，这家研究院发布了中文大模型，随后又推出了多个行业版本。", "中文大模型");
}

#[test]
fn think_tanks_and_academies_of_social_sciences_are_organizations() {
    entity("鼎川智库高级研究员李明远表示，银行业正加快应用大模型。", "鼎川智库", "Organization");
    entity("上海社科院副研究员周安宁认为，这一趋势还将持续。", "上海社科院", "Organization");
    // A business unit after a firm's name ends no name of its own.
    no_entity("平安银行事业部的负责人表示，系统已上线。", "平安银行事业部");
}

#[test]
fn an_and_that_jieba_glued_to_the_next_firm_ends_the_name_before_it() {
    let text = "本月，星澜光电、云栖材料和铖昊科技等公司的股价涨幅居前。";
    entity(text, "铖昊科技", "Company");
    no_entity(text, "云栖材料和铖昊科技");
}

#[test]
fn a_count_of_firms_that_counts_the_list_before_it_closes_it() {
    let text = "其中，穗岚轴承、溪岚新材、澄川电子3家公司紧随其后。";
    entity(text, "穗岚轴承", "Company");
    entity(text, "澄川电子", "Company");
    // A count that is not the members' is no closing of this list.
    no_entity("其中，穗岚轴承、溪岚新材5家公司紧随其后。", "穗岚轴承");
}

#[test]
fn a_list_closed_by_private_fund_managers_names_firms() {
    let text = "近期，正岚投资、盘溪投资、澄阳投资等私募机构密集调研了半导体公司。";
    entity(text, "盘溪投资", "Company");
    entity(text, "澄阳投资", "Company");
}

#[test]
fn stocks_that_lead_the_gains_are_firms_and_fields_that_do_are_not() {
    entity("午后，岚山黄金、曼溪龙、鹏澜资源涨幅居前。", "曼溪龙", "Company");
    no_entity("午后，光伏设备、通信设备涨幅居前。", "光伏设备");
    no_entity("午后，算力方向涨幅居前。", "算力方向");
}

#[test]
fn a_name_after_a_title_that_jieba_cut_into_words_is_a_person() {
    entity("星河证券首席策略官陈岚建议关注消费板块。", "陈岚", "Person");
    // A transliterated name that jieba cut goes on after the title: its
    // first piece alone is no person.
    no_entity("星河公司首席财务官阿什肯纳齐表示，收入增长。", "阿什");
}

#[test]
fn a_full_latin_name_after_a_role_on_a_show_is_a_person() {
    entity("在这集节目中，主持人 Dana Whitfield 问他如何看待开源。", "Dana Whitfield", "Person");
    entity("本期来宾是 Omar Feldt，他在星河实验室做研究。", "Omar Feldt", "Person");
    // One capitalized word is no full name.
    no_entity("主持人 Podcast 说了一句。", "Podcast");
}

#[test]
fn a_description_before_a_listed_firm_is_cut_at_its_head() {
    let text = "今天，算力概念龙头澄川电子（603999.SH）股价大涨。";
    entity(text, "澄川电子", "Company");
    no_entity(text, "概念龙头澄川电子");
    // The firms listed on an exchange are no one firm.
    no_entity("北交所公司本周涨幅前五如下。", "北交所公司");
}

#[test]
fn words_between_a_maker_and_a_curated_product_describe_that_product() {
    let text = "同时，优刻得私有云平台 UCloudStack 已支持本地部署。";
    no_entity(text, "优刻得私有云平台");
    entity(text, "UCloudStack", "Product");
}

#[test]
fn a_surname_after_the_full_name_is_the_same_person() {
    let text = "云杉科技首席执行官卡洛琳·史密斯表示，公司将扩大算力投资。史密斯表示，新模型将于明年发布。";
    let got = entities(text);
    let people: Vec<&String> = got.iter().filter(|e| e.ends_with("/Person")).collect();
    assert_eq!(people, [&"卡洛琳·史密斯/Person".to_string()], "from {text}");
    let x = extract(text);
    let person = x.entities.iter().find(|e| e.label == "卡洛琳·史密斯").unwrap();
    assert!(person.aliases.iter().any(|a| a == "史密斯"), "{:?}", person.aliases);
}

#[test]
fn a_surname_two_people_share_is_left_alone() {
    // Two people of one surname: the bare surname could be either.
    let text = "云杉科技分析师马克·史密斯和其妹妹卡洛琳·史密斯均出席了会议。史密斯表示，市场仍在观望。";
    let got = entities(text);
    assert!(got.iter().any(|e| e == "史密斯/Person"), "{got:?}");
    let x = extract(text);
    for e in &x.entities {
        assert!(
            !(e.label.contains('·') && e.aliases.iter().any(|a| a == "史密斯")),
            "{} took the bare surname",
            e.label
        );
    }
}

/// A kinship word before a name introduces a person, as 博主 or 网友 does.
#[test]
fn a_kinship_word_introduces_the_person_after_it() {
    entity("星河科技创始人的妻子林悦在发布会上介绍了这款产品。", "林悦", "Person");
    entity("博主小林在视频中展示了这款产品。", "小林", "Person");
}

#[test]
fn a_titled_name_runs_to_the_pause_and_a_body_keeps_its_place_and_scope() {
    // 韩/璧/丞: jieba reads the last char as a noun of its own.
    let x = extract("不久之后，这家公司的创始人韩璧丞，出现在了杭州的大会上。");
    let got: Vec<String> = x.entities.iter().map(|e| format!("{}/{}", e.label, e.kind)).collect();
    assert!(got.iter().any(|e| e == "韩璧丞/Person"), "{got:?}");
    // 巴黎/综合/理工学院: the scope word between the place and the body word.
    let x = extract("巴黎综合理工学院院长表示欢迎。");
    let got: Vec<String> = x.entities.iter().map(|e| format!("{}/{}", e.label, e.kind)).collect();
    assert!(got.iter().any(|e| e == "巴黎综合理工学院/Organization"), "{got:?}");
    // 省委省政府: two bodies of one province, not one name.
    let x = extract("去年，江苏省委省政府出台了一份人工智能规划。");
    assert!(
        x.entities.iter().all(|e| e.label != "江苏省委省政府"),
        "{:?}",
        x.entities.iter().map(|e| &e.label).collect::<Vec<_>>()
    );
}

#[test]
fn a_curated_firm_before_capitalized_words_is_cut_only_by_a_whole_next_name_or_a_service_firms_tail() {
    // Market Intelligence holds "Intel", Gorilla Armor holds "Arm": no
    // whole curated name follows, so the firm is the one named.
    let x = extract("报告引用了S&P Global Market Intelligence的统计。这款平板的盖板用的是Corning Gorilla Armor。");
    let got: Vec<&str> = x.entities.iter().map(|e| e.label.as_str()).collect();
    for label in ["标普全球", "康宁公司"] {
        assert!(got.contains(&label), "{label} not in {got:?}");
    }
    // A one-word firm's name opening a longer service firm's name is not that firm.
    let x = extract("支付服务商Fidelity National Information Services本季度营收增长。");
    assert!(
        x.entities.iter().all(|e| e.label != "富达投资"),
        "{:?}",
        x.entities.iter().map(|e| &e.label).collect::<Vec<_>>()
    );
}

#[test]
fn a_curated_product_before_an_edition_or_service_word_keeps_its_name() {
    let x = extract("开发者可以在Azure Foundry上调用多家的模型。");
    assert!(
        x.entities.iter().any(|e| e.label == "Azure"),
        "{:?}",
        x.entities.iter().map(|e| &e.label).collect::<Vec<_>>()
    );
}

#[test]
fn a_shorter_product_head_after_a_maker_names_the_product_when_the_longer_fails() {
    // 服务平台 after the name is generic (服务 is a common word), but the
    // maker's 大装置 before it names one product.
    entity("开发者可在腾讯大装置服务平台中部署模型。", "腾讯大装置", "Product");
    entity("腾讯大装置还提供私有化部署。", "腾讯大装置", "Product");
    // The generic head alone after the maker names nothing.
    no_entity("开发者可在腾讯服务平台中部署模型。", "腾讯服务平台");
}

#[test]
fn a_model_named_after_a_dash_or_with_spaced_latin_words_after_a_making_verb() {
    // The dash names the model the kind noun before it described.
    entity("星河科技发布了业内首个开源法律大模型——青鸾大模型。", "青鸾大模型", "Model");
    // Latin words of the name stand apart after the verb.
    entity("星河科技宣布其自主研发的Qx AI大模型已上线。", "Qx AI大模型", "Model");
    // A Latin word and a Chinese one spaced apart are two phrases.
    no_entity("星河科技发布了 AI 大模型。", "AI 大模型");
}

#[test]
fn quoted_words_before_a_humanoid_robot_name_it_unless_they_are_a_phrase() {
    entity("星河科技的“青鸾”人形机器人亮相展会。", "青鸾", "Product");
    // Before a field's name, a Latin phrase or a common word in quotes is a
    // verb that takes the field.
    no_entity("这家公司不会“All in”人形机器人。", "All in");
    no_entity("这家公司不会“押注”人形机器人。", "押注");
}

#[test]
fn a_numeral_word_with_a_char_that_neither_counts_nor_classifies_may_name_a_model() {
    // jieba tags 九章 a numeral; 章 is no classifier of models.
    entity("星河科技宣布，其研发的九章大模型已用于数学辅导。", "九章大模型", "Model");
    // Counts and series words before 大模型 name nothing.
    no_entity("星河科技推出的一系列AI大模型广受欢迎。", "一系列AI大模型");
    no_entity("星河科技发布了两款大模型。", "两款大模型");
}

#[test]
fn a_code_series_in_a_sentence_about_device_lines_is_a_product() {
    // 机型 says the series is one of devices, not of models.
    entity("星河科技Q7系列正式发布，包括三款机型。", "Q7系列", "Product");
}

/// A list of firms that no 等 closes ends at the clause's pause: its other
/// members are firms too when most are known ones. After an analyst's pick
/// word (推荐, 关注：) one known firm among the picks is enough, and a place
/// may open a pick's short name. The member before the pause that holds a
/// verb is what the list does, no name; a list of fields is no list of firms.
#[test]
fn a_list_of_firms_that_runs_to_a_pause_names_its_other_members() {
    let text = "整车板块我们看这几家：比亚迪、蔚来、青穹、小鹏、理想。";
    entity(text, "青穹", "Company");
    let text = "零件方面：推荐云岫精工、比亚迪，另可留意港股。";
    entity(text, "云岫精工", "Company");
    let text = "建议关注：宁德时代、江苏岫山、澜湄新材。";
    entity(text, "江苏岫山", "Company");
    entity(text, "澜湄新材", "Company");
    no_entity("比亚迪、蔚来、小鹏、青穹上涨。", "青穹上涨");
    no_entity("今年关注：芯片、汽车、青穹。", "青穹");
}

#[test]
fn named_items_of_a_list_closed_by_a_noun_for_models_are_models() {
    entity("星河科技的产品线包括云岚智算、云岚明镜等五大行业模型。", "云岚明镜", "Model");
    // The last joint of the list may be 和.
    entity("产品线有云岚智算、云岚明镜和云岚知渡等三大垂直模型。", "云岚知渡", "Model");
    // Common words in such a list name nothing.
    no_entity("它覆盖翻译、摘要等多个模型。", "翻译");
    // Sizes are no names.
    no_entity("星河科技放出了3B和9B等模型。", "9B");
}

#[test]
fn a_dotted_transliterated_name_is_a_person_whole() {
    // Longer than a plain transliteration run, chars outside it (保, 卫,
    // 津), three parts, opened by a title or a function word.
    entity("星河科技政府事务总监保罗·特雷德戈尔德介绍了公司的业务。", "保罗·特雷德戈尔德", "Person");
    entity("首席财务官大卫·津斯纳（David Zinsner）将暂时接任。", "大卫·津斯纳", "Person");
    entity("22岁的卢克·法里托是团队中的一员。", "卢克·法里托", "Person");
    entity("某国数字部长奥马尔·萨米尔·奥拉基进行了发言。", "奥马尔·萨米尔·奥拉基", "Person");
    // 特 and 本 that open a dotted name are its chars, not words to trim.
    entity("她与球队的特拉维斯·凯恩是朋友。", "特拉维斯·凯恩", "Person");
    entity("观众很多。本·阿弗莱克、马修·麦康纳也在场。", "本·阿弗莱克", "Person");
    // A verb whose first char spells names is not the name's (威纳提出).
    entity("由参议员斯科特·威纳提出的法案获得通过。", "斯科特·威纳", "Person");
    // Brands with a dot, a foundation, and a later part whose start is unsure.
    no_entity("游戏黑神话·悟空很受欢迎。", "黑神话·悟空");
    no_entity("比尔和梅琳达·盖茨基金会宣布了捐款。", "梅琳达·盖茨");
    no_entity("经济学家艾丽西亚·加西亚·赫雷罗指出，欧盟需要投资。", "加西亚·赫雷罗");
}

#[test]
fn a_verb_before_a_kind_of_firm_or_a_theme_fund_names_no_firm() {
    // 科技 before 公司 is the kind of firm a guessed verb acts on.
    no_entity("外资机构密集调研并增仓科技公司。", "增仓科技");
    // A fund named after its theme is a product, no firm.
    no_entity("她管理的星河碳中和主题基金表现突出。", "星河碳中和主题基金");
    no_entity("她管理的星河碳中和主题基金表现突出。", "中和主题基金");
}

#[test]
fn a_third_char_that_often_ends_a_name_is_the_names_when_speech_follows_it_each_time() {
    // 为 after 王益 reads as a preposition; written three times, each
    // followed by 对, 说 or 认为, it is the name's last char.
    let text = "秘塔首席运营官王益为对记者介绍了新版本。王益为说，团队不会做竞价排名。“用户会回来的。”王益为认为，转型需要时间。";
    entity(text, "王益为", "Person");
    no_entity(text, "王益");
}

#[test]
fn a_name_after_a_title_that_cuts_a_longer_word_is_no_person() {
    // 连 is a surname, but 连竞争 cuts 竞争对手 in two.
    no_entity("那家公司的工程师连竞争对手的产品都买不到。", "连竞争");
    // A name and a verb jieba glued (何立/峰会) stay a person.
    entity("副总理何立峰会面了代表团。", "何立峰", "Person");
}

#[test]
fn a_list_closed_by_a_count_of_its_items_names_products_or_models() {
    let phones = "星河科技发布了新一代折叠屏，包括Nova9、Nova9+、Nova9 Max三款机型。";
    entity(phones, "Nova9+", "Product");
    entity(phones, "Nova9 Max", "Product");
    let models = "星河云旗下澄言、墨川、拾光四款大模型全面升级。";
    // Three items are no four: the count is of something else.
    no_entity(models, "墨川");
    let models = "星河云旗下澄言、墨川、拾光三款大模型全面升级。";
    entity(models, "墨川", "Model");
    entity(models, "拾光", "Model");
}

#[test]
fn a_counted_list_of_applications_of_models_names_products() {
    let apps = "星河云旗下澄言、墨川、拾光三款大模型应用产品完成升级。";
    entity(apps, "墨川", "Product");
    // A function word before the first item may be the name's first char.
    no_entity("可以看到，给麦APP、星河音乐及Lumo AI三款应用的素材各不相同。", "麦APP");
}

#[test]
fn a_latin_version_the_article_names_as_a_device_series_is_a_product() {
    let text = "星河电子发布了Vega7系列。Vega7系列共有三款机型，均搭载自研芯片。其中Vega7的起售价为4999元。";
    entity(text, "Vega7", "Product");
    // A list of versions of that series, counted, names them too.
    let text = "星河电子发布了Vega7系列，包括Vega7、Vega7+、Vega7 Ultra三款机型。Vega7系列的手机均搭载自研芯片。";
    entity(text, "Vega7+", "Product");
    entity(text, "Vega7 Ultra", "Product");
}

#[test]
fn a_one_letter_name_people_post_on_is_a_platform() {
    entity("星河科技的创始人周五在X上发文回应了质疑。", "X", "Product");
    entity("这位研究员在社交媒体X透露了新模型的进展。", "X", "Product");
    // Grades, sides and codes are no platforms.
    no_entity("这款应用在B端市场进展迅速。", "B");
    no_entity("新芯片在X86上运行良好。", "X");
}

/// Every name (label and aliases) of every entity.
fn names(text: &str) -> Vec<String> {
    extract(text)
        .entities
        .iter()
        .flat_map(|e| std::iter::once(e.label.clone()).chain(e.aliases.iter().cloned()))
        .collect()
}

#[test]
fn a_firm_word_glued_to_a_curated_firm_name_belongs_to_the_name() {
    for (text, long) in [
        ("纽约联储银行周二公布了一份调查报告。", "纽约联储银行"),
        ("投资者包括巴伦资本集团和几家主权基金。", "巴伦资本集团"),
        ("据EPFR Global统计，上周资金流入科技股。", "EPFR Global"),
        ("盘后，Robinhood Markets Inc发布季度业绩。", "Robinhood Markets Inc"),
        ("安永-博智隆首席经济学家认为，通胀将回落。", "安永-博智隆"),
        ("他曾任中银国际证券业务经理。", "中银国际证券"),
        ("该电源厂是中国台湾光宝电子的子公司。", "光宝电子"),
    ] {
        let got = names(text);
        assert!(got.iter().any(|n| n == long), "{long} not in {got:?}\n  from {text}");
    }
    // A firm word that opens a longer word is no part of the name, nor one
    // that makes a phrase of its own, nor a word of a still longer name,
    // nor a partner joined by a hyphen to a joint body.
    for (text, not) in [
        ("腾讯银行业务的负责人表示。", "腾讯银行"),
        ("招商银行股东大会今天召开。", "招商银行股东"),
        ("今天腾讯证券板块整体上涨。", "腾讯证券"),
        ("据Allianz Global Investors统计，资金回流。", "Allianz Global"),
        ("安永-博智隆联合实验室今天成立。", "安永-博智隆"),
        ("新车融合了华为电子电气架构。", "华为电子"),
        ("他考入北大电子工程系。", "北大电子"),
    ] {
        let got = names(text);
        assert!(!got.iter().any(|n| n == not), "{not} in {got:?}\n  from {text}");
    }
    // A glued firm word other than a registered form makes its own entity.
    let got = extract("纽约联储银行周二公布了一份调查报告。");
    assert!(got.entities.iter().any(|e| e.label == "纽约联储银行"), "{:?}", got.entities);
}

#[test]
fn a_maker_opening_only_the_first_item_of_a_list_is_no_part_of_its_name() {
    let text = "百度智能云客悦、文心一言等产品接入了DeepSeek。";
    entity(text, "客悦", "Product");
    no_entity(text, "百度智能云客悦");
    // A maker before every item stays in each name.
    entity("腾讯元宝、腾讯客悦等产品已经上线。", "腾讯客悦", "Product");
}
