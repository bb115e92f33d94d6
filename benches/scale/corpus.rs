//! A deterministic corpus of generated articles, so that scale can be
//! measured without outside data.
//!
//! Articles are strung together from sentence templates written for this
//! benchmark, with names drawn from the bundled dictionary; lengths follow a
//! skewed distribution between 300 and 3000 characters (most news pieces
//! are short, a few are long), and a quarter of them are converted to
//! traditional characters. The same seed always gives the same bytes.

use ferrous_opencc::{config::BuiltinConfig, OpenCC};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use tupu::dictionary::Dictionary;
use tupu::EntityType;

/// Shortest and longest article, in characters.
pub const MIN_CHARS: usize = 300;
pub const MAX_CHARS: usize = 3000;

/// Files per sub-folder, so that no folder holds 100,000 entries.
const FILES_PER_FOLDER: usize = 1000;

/// Sentence templates. Slots: {C} {C2} company, {M} {M2} model, {P}
/// product, {O} organization, {R} person, {L} place, {S} sector, {B}
/// benchmark, {T} technology, {D} a new deployment's name, {N} a count,
/// {F} a decimal, {Y} a year, {Q} a quarter, {MO} a month.
const TEMPLATES: &[&str] = &[
    "{C}于{Y}年{MO}月正式发布了{M},该模型在{B}上取得{F}分。",
    "{C}今天宣布开源{M},开发者可以在{P}上免费下载。",
    "据{C}披露,{M}的日均调用量已经超过{N}万次,较{Y}年初增长{F}%。",
    "{L}政务服务中心依托{C}的{M}上线了名为「{D}」的智能助手,覆盖{N}项审批事项。",
    "{O}与{C}签署战略合作协议,双方将在{S}领域联合研发行业大模型。",
    "{R}在接受采访时表示,{C}会继续加大对{T}的投入。",
    "{C}完成新一轮融资,金额达到{N}亿元,投资方包括{C2}。",
    "在{S}场景中,{C}推出的{P}已服务超过{N}万名用户。",
    "{C2}宣布接入{M},成为首批采用该模型的{S}企业之一。",
    "{Y}年第{Q}季度,{C}的云业务收入同比增长{F}%。",
    "由{C}和{O}共同打造的{D}已在{L}的{N}家医院部署。",
    "{M}在{B}评测中得分{F},超过了{M2}。",
    "{C}的创始人{R}透露,公司正在训练下一代{T}模型。",
    "{L}计划在{Y}年底前建成{N}个智能算力中心,服务本地{S}企业。",
    "分析人士认为,{C}凭借{M}在{S}市场占据了{F}%的份额。",
    "{C}旗下的{P}月活跃用户数已达{N}万。",
    "{O}发布的报告显示,{Y}年中国{S}行业的大模型渗透率为{F}%。",
    "基于{M},{C2}开发了面向{S}的{D},推理延迟降低到{N}毫秒。",
    "{C}与{C2}宣布成立合资公司,总部设在{L}。",
    "{R}此前曾在{O}从事{T}研究,后加入{C}。",
    "{C}表示,{M}采用了{T}架构,参数规模达到{N}亿。",
    "目前,{P}已经接入{M}和{M2}两款模型。",
    "{L}的一家{S}企业使用{M}改造了客服系统,人工成本下降{F}%。",
    "{C}预计{Y}年在{L}投资{N}亿元建设数据中心。",
    "在{B}榜单上,{M}以{F}分位列第一。",
    "{O}牵头制定的{T}标准已于{Y}年{MO}月发布。",
    "{C}的{M}被{O}选为{S}领域的基础模型。",
    "业内人士指出,{T}正在成为{S}数字化的关键技术。",
    "截至{Y}年{MO}月,{C}已与{N}家合作伙伴完成{M}的适配。",
    "{D}由{L}医保局委托{C}开发,底层调用{M}。",
    "{C}首席执行官{R}称,{P}的付费用户在一年内翻了{N}倍。",
    "{C2}投资了{C},持股比例约为{F}%。",
];

/// Prose without names: real news carries much of it (context, quotes,
/// caveats), and the segmenter and the recognizer meet it too.
const FILLERS: &[&str] = &[
    "与此同时,行业竞争日趋激烈,价格战仍在继续。",
    "值得注意的是,监管部门对生成式人工智能的备案要求也在逐步细化。",
    "多位业内人士认为,今年将是大模型应用落地的关键一年。",
    "不过,也有专家提醒,模型幻觉和数据安全问题仍需重视。",
    "从市场反馈来看,企业客户更关心成本和部署的便利性。",
    "记者注意到,相关产品的下载量在发布后迅速攀升。",
    "在业内看来,算力成本的下降正在改变整个行业的商业模式。",
    "一位不愿具名的工程师告诉记者,团队为此连续加班了三个月。",
    "目前,这一项目仍处于试点阶段,尚未全面推广。",
    "对于普通用户来说,最直观的变化是回答速度更快了。",
    "有观点认为,开源策略有助于吸引更多开发者加入生态。",
    "此外,数据标注和评测体系的建设也被提上日程。",
    "受访者普遍表示,希望看到更多可落地的行业案例。",
    "业内普遍预期,明年的竞争焦点将转向智能体和多模态能力。",
    "这也意味着,中小企业使用大模型的门槛将进一步降低。",
    "但也有声音指出,过快的商业化可能带来新的风险。",
    "据了解,相关标准的征求意见稿已经在小范围内讨论。",
    "从技术路线看,混合专家架构和长上下文仍是主要方向。",
];

const TITLES: &[&str] = &[
    "{C}发布{M},加码{S}应用",
    "{L}政务服务上线{D}",
    "{C}完成新一轮融资",
    "{S}大模型竞赛升温:{C}与{C2}同台",
    "{M}登顶{B}榜单",
];

/// Names by type, from the dictionary.
struct Names {
    by_kind: Vec<(EntityType, Vec<String>)>,
}

impl Names {
    fn new(dictionary: &Dictionary) -> Names {
        let kinds = [
            EntityType::Company,
            EntityType::Organization,
            EntityType::Model,
            EntityType::Product,
            EntityType::Person,
            EntityType::Place,
            EntityType::Sector,
            EntityType::Benchmark,
            EntityType::Technology,
        ];
        let by_kind = kinds
            .iter()
            .map(|&kind| {
                let names = dictionary.entries().iter().filter(|e| e.kind == kind).map(|e| e.label.clone()).collect();
                (kind, names)
            })
            .collect();
        Names { by_kind }
    }

    fn pick(&self, kind: EntityType, rng: &mut fastrand::Rng) -> &str {
        let names = &self.by_kind.iter().find(|(k, _)| *k == kind).expect("every kind is listed").1;
        &names[rng.usize(..names.len())]
    }
}

/// The generator: deterministic for a seed.
pub struct Corpus {
    names: Names,
    to_traditional: OpenCC,
    seed: u64,
}

impl Corpus {
    pub fn new(dictionary: &Dictionary, seed: u64) -> Corpus {
        Corpus {
            names: Names::new(dictionary),
            to_traditional: OpenCC::from_config(BuiltinConfig::S2t).expect("the bundled s2t config loads"),
            seed,
        }
    }

    /// Article `index` of the corpus (its own random stream, so any article
    /// can be made without the ones before it).
    pub fn article(&self, index: usize) -> String {
        let mut rng = fastrand::Rng::with_seed(self.seed ^ (index as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        // Skewed towards short pieces: u² puts half the articles under ~975 chars.
        let u = rng.f64();
        let target = MIN_CHARS + ((MAX_CHARS - MIN_CHARS) as f64 * u * u) as usize;
        let mut text = String::new();
        text.push_str(&self.fill(TITLES[rng.usize(..TITLES.len())], &mut rng));
        text.push_str("\n\n");
        text.push_str(&format!("{}年{}月{}日\n\n", rng.u32(2023..=2026), rng.u32(1..=12), rng.u32(1..=28)));
        let mut chars = text.chars().count();
        while chars < target {
            let mut paragraph = String::new();
            // About half the sentences name something, as in real news.
            for _ in 0..rng.usize(2..=5) {
                if rng.bool() {
                    paragraph.push_str(FILLERS[rng.usize(..FILLERS.len())]);
                } else {
                    paragraph.push_str(&self.fill(TEMPLATES[rng.usize(..TEMPLATES.len())], &mut rng));
                }
            }
            let len = paragraph.chars().count();
            if chars + len > MAX_CHARS && chars >= MIN_CHARS {
                break;
            }
            chars += len + 2;
            text.push_str(&paragraph);
            text.push_str("\n\n");
        }
        if rng.u8(..4) == 0 {
            text = self.to_traditional.convert(&text);
        }
        text
    }

    fn fill(&self, template: &str, rng: &mut fastrand::Rng) -> String {
        let mut out = String::with_capacity(template.len() * 2);
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let close = rest[open..].find('}').expect("templates close their slots") + open;
            let slot = &rest[open + 1..close];
            match slot {
                "C" | "C2" => out.push_str(self.names.pick(EntityType::Company, rng)),
                "M" | "M2" => out.push_str(self.names.pick(EntityType::Model, rng)),
                "P" => out.push_str(self.names.pick(EntityType::Product, rng)),
                "O" => out.push_str(self.names.pick(EntityType::Organization, rng)),
                "R" => out.push_str(self.names.pick(EntityType::Person, rng)),
                "L" => out.push_str(self.names.pick(EntityType::Place, rng)),
                "S" => out.push_str(self.names.pick(EntityType::Sector, rng)),
                "B" => out.push_str(self.names.pick(EntityType::Benchmark, rng)),
                "T" => out.push_str(self.names.pick(EntityType::Technology, rng)),
                "D" => out.push_str(&deployment_name(rng)),
                "N" => out.push_str(&rng.u32(2..=9999).to_string()),
                "F" => out.push_str(&format!("{:.1}", rng.f64() * 99.0 + 0.5)),
                "Y" => out.push_str(&rng.u32(2022..=2026).to_string()),
                "Q" => out.push(['一', '二', '三', '四'][rng.usize(..4)]),
                "MO" => out.push_str(&rng.u32(1..=12).to_string()),
                other => panic!("unknown template slot {{{other}}}"),
            }
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
        out
    }

    /// Writes articles `0..count` under `dir` (`dir/000/0000000.txt` …);
    /// returns the total size in bytes.
    pub fn write(&self, dir: &Path, count: usize) -> io::Result<u64> {
        let mut bytes = 0;
        for index in 0..count {
            let path = article_path(dir, index);
            if index % FILES_PER_FOLDER == 0 {
                fs::create_dir_all(path.parent().expect("articles sit in a folder"))?;
            }
            let text = self.article(index);
            bytes += text.len() as u64;
            fs::write(path, text)?;
        }
        Ok(bytes)
    }
}

pub fn article_path(dir: &Path, index: usize) -> PathBuf {
    dir.join(format!("{:03}", index / FILES_PER_FOLDER)).join(format!("{index:07}.txt"))
}

/// A name no dictionary has: the kind of application name that the
/// recognizer must find from context.
fn deployment_name(rng: &mut fastrand::Rng) -> String {
    const FIRST: &[char] = &['智', '慧', '云', '灵', '小', '安', '惠', '通', '明', '星'];
    const SECOND: &[char] = &['医', '政', '保', '税', '学', '农', '警', '航', '证', '链'];
    const TAIL: &[&str] = &["助手", "大模型", "智能体", "专员", "小助理"];
    format!("{}{}{}", FIRST[rng.usize(..FIRST.len())], SECOND[rng.usize(..SECOND.len())], TAIL[rng.usize(..TAIL.len())])
}
