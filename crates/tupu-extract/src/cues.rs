//! Cue words: every word list that a recognition or relation rule keys on,
//! in one place, so that a reader sees what the rules look for and a change
//! of wording is one edit. The rules themselves live in `recognize` and
//! `relate`; nothing here is an entity name.

/// Chars or words that, right after a sector word, make it part of a longer
/// noun (制造商, 办公室, 营销力度, 法律团队): the sector word is a modifier.
pub const SECTOR_NOUN_CONTINUATIONS: &[&str] = &[
    "商",
    "室",
    "具",
    "团队",
    "力度",
    "费用",
    "开支",
    "网络",
    "投放",
    "效率",
    "环节",
    "人员",
    "部门",
    "岗",
    "公司",
    "企业",
    "集团",
    "巨头",
    "厂",
    "产品",
    "芯片",
    "晶片",
    "设备",
    // 汽车股份, 医疗股权: a firm's shares and stakes; a bare 股 (芯片股,
    // 黄金股) is how the market trades the field (FIELD_FIRM_NOUNS).
    "股份",
    "股东",
    "股权",
    "股价",
    "股本",
    "股息",
    "板块股",
];

/// Sector names of three or more chars that also name a thing or a generic
/// activity (a robot, a data centre, a phone): they are a sector only in a
/// frame (机器人行业, 在A、B等领域), like the short sector words.
pub const FRAMED_SECTOR_WORDS: &[&str] =
    &["机器人", "数据中心", "智能手机", "电动汽车", "无人机", "服务业", "数字经济", "信息技术"];

/// Words for a whole wave of technology that the news uses of nearly
/// anything (人工智能领域的竞争, 科技公司, 算力需求): a sector only where the
/// market trades it (科技板块, 算力概念股) or a list of sectors holds it.
pub const OPEN_FIELD_WORDS: &[&str] = &["人工智能", "科技", "算力"];

/// Nouns by which the stock market trades a field (科技板块, 算力概念股, 科技股).
pub const MARKET_FIELD_NOUNS: &[&str] = &["板块", "概念", "股"];

/// Chars that, right after a word, show that the word ended its noun: a
/// particle, a conjunction or a light verb (半导体的, 云计算与AI, 新能源等).
pub const NOUN_END_FOLLOWERS: &[char] =
    &['的', '和', '与', '及', '或', '等', '是', '也', '都', '将', '在', '这', '为', '已', '正', '中', '上', '里'];

/// Nouns that say the word before them is a field (医疗领域, 光伏板块).
pub const FIELD_NOUNS: &[&str] = &["领域", "行业", "产业", "赛道", "板块", "方面", "方向", "概念"];

/// Words right before a sector word that mark it as a field something is
/// applied in: AI+医疗, 智慧医疗, 赋能金融, 应用于医疗.
pub const FIELD_MARKERS_BEFORE: &[&str] = &[
    "AI+",
    "AI",
    "AI ",
    "人工智能+",
    "智慧",
    "智能",
    "数字",
    "赋能",
    "应用于",
    "用于",
    "服务于",
    "落地",
    "覆盖",
    "涵盖",
    "深耕",
    "聚焦",
    "面向",
    "布局",
    "进军",
    "在",
    "包括",
];

/// Prefixes that make a field word a field of its own: 智慧医疗, 智能制造,
/// 互联网医疗, 数字金融, 先进制造.
pub const SECTOR_PREFIXES: &[&str] = &["智慧", "智能", "互联网", "数字", "先进", "移动", "工业"];

/// Words that, after a short head word, make a firm's name (兴业证券,
/// 岚图汽车, 北京商报), with the type of what they name.
pub const BRAND_SUFFIXES: &[(&str, crate::model::EntityType)] = {
    use crate::model::EntityType::{Company, Organization};
    &[
        ("银行", Company),
        ("证券", Company),
        ("保险", Company),
        ("汽车", Company),
        ("股份", Company),
        ("信息", Company),
        ("软件", Company),
        ("药业", Company),
        ("生物", Company),
        ("基因", Company),
        ("光电", Company),
        ("电子", Company),
        ("传媒", Company),
        ("资本", Company),
        ("创投", Company),
        ("投资", Company),
        ("资产", Company),
        ("咨询", Company),
        ("日报", Company),
        ("时报", Company),
        ("商报", Company),
        ("周报", Company),
        ("晚报", Company),
        ("财经", Company),
        ("智库", Organization),
    ]
};

/// Suffixes that make a name even after a common word (兴业证券, 时代周报,
/// 深蓝汽车); the others need a head that is a name by itself (拓维信息).
pub const STRONG_BRAND_SUFFIXES: &[&str] =
    &["银行", "证券", "保险", "汽车", "股份", "药业", "创投", "日报", "时报", "商报", "周报", "晚报"];

/// Suffixes whose names may open with a place: 北京银行, 重庆银行, 北京商报.
pub const PLACE_HEADED_SUFFIXES: &[&str] = &["银行", "日报", "时报", "商报", "晚报", "周报", "证券", "保险"];

/// Heads that describe a kind of firm rather than name one: 商业银行,
/// 中小银行, 新能源汽车, 个人信息, 风险投资.
pub const DESCRIPTOR_HEADS: &[&str] = &[
    // 国防科技公司, 中美科技竞争, 美股科技股, 投硬科技, 七大科技巨头, 恒生科技(指数),
    // 银行保险机构: a field, a market or a count before the suffix word.
    "国防",
    "中美",
    "美股",
    "港股",
    "尖端",
    "硬",
    "银行",
    "两大",
    "三大",
    "四大",
    "五大",
    "六大",
    "七大",
    "恒生",
    "商业",
    "中小",
    "城商",
    "农商",
    "股份制",
    "国有",
    "民营",
    "外资",
    "中资",
    "传统",
    "头部",
    "大型",
    "多家",
    "各家",
    "部分",
    "主要",
    "上市",
    "新能源",
    "智能",
    "自动",
    "合资",
    "自主",
    "乘用",
    "商用",
    "家用",
    "数字",
    "网络",
    "手机",
    "互联网",
    "官网",
    "个人",
    "企业",
    "用户",
    "行业",
    "风险",
    "股权",
    "战略",
    "天使",
    "产业",
    "政府",
    "国家",
    "全国",
    "地方",
    "社会",
    "公开",
    "市场",
    "金融",
    "科技",
    "医疗",
    "健康",
    "燃油",
    "电动",
    "纯电",
    "整车",
    "汽车",
    "二是",
    "一是",
    "三是",
    "赋能",
    "能为",
    "相关",
    "基础",
    "核心",
    "关键",
    "敏感",
    "隐私",
    "数据",
    "财经",
    "资本",
    "海外",
    "境外",
    "境内",
    "全球",
    "中国",
    "美国",
    "海外",
    "消费",
    "零售",
    "投资",
    "私人",
    "虚拟",
    "数字化",
    "网上",
    "手机银行",
    "直销",
    "村镇",
    "更多",
    "顶级",
    "知名",
    "其他",
    "其它",
    "多个",
    "若干",
    "远程",
    "助力",
    "联储",
    "储蓄",
    "央行",
    "投行",
    "开发",
    "政策性",
    "人寿",
    "财产",
    "寿险",
    "养老",
    "健康险",
    "再",
    "该",
    "这家",
    "一家",
    "本",
];

/// Words after a model family's name that make it the model: DeepSeek大模型.
pub const MODEL_HEADS_AFTER: &[&str] = &[
    "大模型",
    "模型",
    "系列模型",
    "开源模型",
    "推理模型",
    "-R1",
    "-V3",
    " R1",
    " V3",
    "AI大模型",
    "AI模型",
    // DeepSeek是一款…, DeepSeek等AI模型: a kind of model said of it.
    "是一款",
    "等模型",
    "等大模型",
    "等AI模型",
];

/// A kind of model said right before a family's name, which makes the name
/// the model and not its firm: 国产大模型DeepSeek, AI模型DeepSeek; so does
/// a release it is the object of (2023年发布的Baichuan), and a model it is
/// joined with (自研大模型与DeepSeek深度融合).
pub const MODEL_HEADS_BEFORE: &[&str] = &["模型", "发布的", "推出的", "开源的", "模型与", "模型和", "模型及", "模型、"];

/// Verbs of using or deploying a model: 接入DeepSeek, 基于通义千问.
pub const USE_VERBS: &[&str] = &[
    "接入",
    "部署",
    "搭载",
    "引入",
    "融合",
    "基于",
    "依托",
    "调用",
    "适配",
    "集成",
    "使用",
    "采用",
    "应用",
    "上线",
    "本地化部署",
    "私有化部署",
    "拥抱",
    "结合",
    "利用",
    "借助",
    "联合",
    "对接",
    "支持",
];

/// Words before a technique that a model uses (基于MoE架构, 通过强化学习).
pub const TECHNOLOGY_USE_VERBS: &[&str] = &[
    "基于",
    "采用",
    "使用",
    "引入",
    "借助",
    "利用",
    "应用",
    "结合",
    "通过",
    "依靠",
    "运用",
    "经过",
    "凭借",
    "依托",
    "整合了",
    "依赖",
    "开创了",
];

/// Words that compare models on a benchmark: every model named is measured.
/// Words of a result on a benchmark the sentence before named: a rank or a
/// score (a number of points is found apart).
pub const BENCHMARK_RESULT_WORDS: &[&str] = &["排名第", "名列第", "位列第", "位居第", "榜首", "准确率", "得分"];

pub const COMPARISON_WORDS: &[&str] =
    &["超越", "比肩", "媲美", "相当", "超过", "优于", "领先于", "击败", "对比", "相比", "持平", "逼近", "不相上下"];

/// Kinds of service that end product names (百度搜索, 美团外卖, 腾讯会议):
/// alone they are common words, never the product's short form.
pub const SERVICE_KINDS: &[&str] = &[
    "搜索",
    "外卖",
    "网盘",
    "云盘",
    "视频",
    "会议",
    "地图",
    "新闻",
    "翻译",
    "音乐",
    "邮箱",
    "支付",
    "浏览器",
    "输入法",
    "文档",
    "直播",
    "购物",
    "打车",
    "健康",
    "学术",
    "阅读",
    "游戏",
    "商城",
    "相册",
    "天气",
    "日历",
    "笔记",
];

/// Chars of adverbs, modal verbs and common verbs that the words jieba does
/// not know after a title hold when they are no name (竟称, 不太用, 会想,
/// 改完, 对谈); a name that opens with a surname may still hold them.
pub const NON_NAME_CHARS: &str = "不太会还更最只该拟能看想抢走对多兼之一改交排研谈愿得以著完期称竟就都也再又已被把";

/// Endings of a phrase that acts like a firm but is none: the start of a
/// title after a firm (现任, 联席, 轮值, 总裁兼), a market, an industry, an
/// index or shares (科技行业, 成熟市场, 中国指数, 科技股), or the channel a
/// firm speaks through.
pub const NOT_FIRM_ENDINGS: &[&str] = &[
    "现任",
    "联席",
    "轮值",
    "兼",
    "前任",
    "行业",
    "市场",
    "指数",
    "科技股",
    "概念股",
    "细节",
    "板块",
    "赛道",
    "领域",
    "月份",
    // What announces for a firm is no firm (数字金融官微发布公告, 最新财报公告).
    "官微",
    "官网",
    "公众号",
    "财报",
    "年报",
    "季报",
    "信息平台",
];

/// Verbs of a career right after a Latin name, which mark it as a person's
/// (Jeremy Utley曾任…, Sam Lessin 创办了…).
pub const CAREER_VERBS_AFTER_NAME: &[&str] =
    &["曾任", "现任", "曾在", "担任", "出任", "加入", "创办", "创立", "毕业于", "曾经担任", "离开"];

/// Determiners and quantifiers that open a description, never a firm's name
/// (这批数据中心, 整家公司, 各地政府). Not 本/每/家, which open names (本田,
/// 每日互动, 家乐福).
pub const DETERMINER_OPENINGS: &[&str] =
    &["这", "那些", "该", "各", "整", "此", "其", "某", "一家", "多家", "几家", "数家", "旗下", "大公司", "小公司"];

/// Adverbs and stances between a firm and the 与 of its partner (腾讯计划与…,
/// OpenAI正在与…, 三星选择了与…), longest first where one starts another.
pub const PARTNER_ADVERBS: &[&str] = &[
    "仍然",
    "最近",
    "终于",
    "计划",
    "拟",
    "将",
    "也",
    "还",
    "正在",
    "正",
    "已经",
    "已",
    "宣布",
    "近日",
    "今天",
    "再次",
    "转而",
    "率先",
    "首次",
    "积极",
    "仍在",
    "仍",
    "继续",
    "此前",
    "曾经",
    "曾",
    "再度",
    "日前",
    "近期",
    "目前",
    "正式",
    "选择了",
    "选择",
    "决定",
    "有望",
    "开始",
    "一直",
    "同样",
    "则",
    "又",
    "早已",
    "就",
];

/// A pronoun and a conjunction opening a clause of cooperation (其与X签署
/// 战略合作): the sentence's first actor cooperates.
pub const PRONOUN_PARTNER_LEADS: &[&str] =
    &["其与", "其和", "其同", "其还与", "其已与", "该公司与", "公司与", "该公司还与", "公司还与", "公司已与"];

/// Legal suffixes after a curated Latin firm name, kept with the name as the
/// article spells it (CVS Health Corp), longest first.
pub const LATIN_FIRM_SUFFIXES: &[&str] = &[
    " Corporation",
    " Holdings",
    " Corp.",
    " Corp",
    " Inc.",
    " Inc",
    " Ltd.",
    " Ltd",
    " PLC",
    " plc",
    " Co., Ltd.",
    " AG",
    " SE",
    " N.V.",
    " S.A.",
];

/// What ends the name of a university's department (计算机系, 新闻学院,
/// 人工智能研究院).
pub const UNIVERSITY_UNITS: &[&str] = &["系", "学院", "研究院", "实验室", "研究所", "研究中心", "中心"];

/// What jieba may join to a country in one word (美国公司, 日本政府): the
/// country is still a place of its own.
pub const PLACE_WORD_TAILS: &[&str] =
    &["公司", "企业", "政府", "厂商", "官员", "本土", "市场", "国内", "境内", "总统", "总理", "首相", "央行"];

/// What describes a firm as one of a kind (X是一家美国公司, X作为一家…).
pub const DESCRIBED_AS: &[&str] =
    &["是一家", "作为一家", "为一家", "系一家", "是家", "是一间", "是一個", "是一个", "是一所", "作为一所"];

/// Words between 这家 and where the firm is at home (这家总部位于杭州的公司).
pub const HOME_LEADS: &[&str] = &["总部位于", "总部设在", "总部在", "位于", "来自"];

/// A plain 是 before a place, its 的 and a kind of firm (X又是杭州的企业).
pub const PLAIN_DESCRIBED_AS: &[&str] = &["是", "也是", "又是", "还是", "同样是", "都是"];

/// Nouns for a kind of firm or body: 美国半导体巨头辉达, 上海GPU厂商格兰菲.
pub const FIRM_NOUNS: &[&str] = &[
    // (Taiwan usage: AI晶片新創Groq.)
    "新创",
    "企业",
    "公司",
    "厂商",
    "巨头",
    "大厂",
    "独角兽",
    "初创",
    "运营商",
    "银行",
    "集团",
    "机构",
    "平台",
    "品牌",
    "车企",
    "芯片商",
    "制造商",
    "供应商",
    "开发商",
    "服务商",
    "实验室",
    "大学",
    "媒体",
    "政府",
    "交易所",
    "券商",
    "同行",
    // (美国政治新闻网站Politico.)
    "网站",
];

/// What joins the members of a coordinated list: A、B和C, A及B, A以及B.
/// 与/同/跟 are left out: they join the two sides of a joint act (A与B合作,
/// A与M融合) more often than they list.
pub const LIST_SEPARATORS: &[&str] = &["、", "和", "及", "以及", ",以及", "、以及", "、及", "或", "/"];

/// Kind nouns that close a member's descriptor inside a list (推理模型QwQ、
/// 多模态推理模型QVQ和视觉模型Qwen2.5-VL): the descriptor is part of the
/// member, not a break in the list.
pub const MEMBER_DESCRIPTOR_KINDS: &[&str] =
    &["模型", "芯片", "产品", "应用", "平台", "助手", "系统", "框架", "工具", "智能体", "机器人", "车型", "基金"];

/// Verbs after a pair that make it the two sides of one act, not a list:
/// A和B合作, A和M深度融合.
pub const RECIPROCAL_VERBS: &[&str] = &[
    "合作", "融合", "结合", "适配", "对接", "联合", "携手", "共建", "签署", "签约", "竞争", "合并", "相比", "对比",
    "之间",
];

/// The relation rules whose statement holds for every member of a list it
/// names (see `relate::distribute_over_lists`).
pub const LIST_DISTRIBUTED_RULES: &[crate::rule::Rule] = &[
    crate::rule::Rule::REL_INVESTED,
    crate::rule::Rule::REL_PARTNER,
    crate::rule::Rule::REL_USES_MODEL,
    crate::rule::Rule::REL_SERVES,
    crate::rule::Rule::REL_BASE_MODEL,
    crate::rule::Rule::REL_MAKER,
    crate::rule::Rule::REL_MADE_BY,
    crate::rule::Rule::REL_DEPLOYMENT_MODEL,
    crate::rule::Rule::REL_DEPLOYMENT_SECTOR,
    crate::rule::Rule::REL_SECTOR_DESCRIPTOR,
    crate::rule::Rule::REL_BENCHMARK,
    crate::rule::Rule::REL_TECHNOLOGY,
    crate::rule::Rule::REL_LOCATED,
    crate::rule::Rule::REL_NATIONALITY,
    crate::rule::Rule::REL_OWNED,
    crate::rule::Rule::REL_POSITION_MOVE,
    crate::rule::Rule::REL_INVESTED_OBJECT,
    crate::rule::Rule::REL_INVESTED_TOPIC,
    crate::rule::Rule::REL_HOLDING,
    crate::rule::Rule::REL_MODEL_PUT_INTO,
    crate::rule::Rule::REL_FIELD_LIST,
    crate::rule::Rule::REL_FIELD_ADOPTERS,
    crate::rule::Rule::REL_FIELD_SERVED,
    crate::rule::Rule::REL_APPLIED_VERB,
    crate::rule::Rule::REL_TECHNOLOGY_OWN,
];

/// Verbs that follow an investor: X领投, X参投, X入股Y.
pub const INVEST_VERBS: &[&str] = &[
    "领投",
    "参投",
    "跟投",
    "投资",
    "注资",
    "入股",
    "战略投资",
    "共同参与",
    "参与",
    "加注",
    "出资",
    "超额认购",
    "增持",
    "持股",
    "控股",
    "收购",
    "独家投资",
    "联合投资",
    "追加投资",
];

/// Words before 收购 that make it a bid, a wish or a past attempt, not a
/// deal (提出收购, 有意收购, 曾提出, 传…收购).
pub const ACQUISITION_NOT_DONE: &[&str] = &[
    "提出", "有意", "谋求", "寻求", "试图", "传", "拟", "计划", "考虑", "曾", "要约", "竞购", "报价", "洽谈", "意向",
    "希望", "想", "否认", "放弃", "终止", "叫停", "如果", "假如", "倘若", "若", "一旦",
];

/// What may follow the company a deal bought: the clause ends, or the deal
/// goes on being talked about (收购广州证券的案例, 收购民生证券完成).
pub const ACQUISITION_TAILS: &[&str] =
    &["完成", "获", "是", "后", "的案例", "的经验", "的做法", "的交易", "一事", "案", "，", "。", ",", "；"];

/// Investing verbs that take the company as their object: X投资Y, X入股Y.
pub const TRANSITIVE_INVEST_VERBS: &[&str] =
    &["投资", "入股", "注资", "收购", "控股", "增持", "战略投资", "投资了", "领投了", "参投了", "持有"];

/// A sentence about money raised or held: only there do investor cues count.
pub static FINANCING_WORDS: crate::words::Words = crate::words::Words::new(&[
    "融资",
    "轮",
    "领投",
    "参投",
    "跟投",
    "注资",
    "入股",
    "股东",
    "投资方",
    "投资人",
    "持股",
    "估值",
    "募资",
]);

/// Words before a list of investors: 股东包括A、B, 投资方为A.
pub static INVESTOR_LIST_CUES: crate::words::Words = crate::words::Words::new(&[
    "股东包括",
    "股东为",
    "股东有",
    "股东阵容",
    "股东名单",
    "投资方包括",
    "投资方为",
    "投资方有",
    "投资者包括",
    "投资人包括",
    "投资机构包括",
    "投资方阵容",
    "背后的投资方",
    "背后股东",
    "其余股东",
    "股东还有",
    "领投方为",
    "领投方包括",
    "领投方是",
    "参投方包括",
    "跟投方包括",
]);

/// What the company that raises money does in its clause.
pub const RAISE_WORDS: &[&str] =
    &["融资", "获得", "获投", "股东包括", "投资方包括", "募资", "完成", "宣布获", "筹集了", "筹得"];

/// Words that point a funding sentence back at the company named before:
/// 本轮融资由X领投, 其股东包括X.
pub const ROUND_REFERENCES: &[&str] =
    &["本轮", "此轮", "该轮", "这轮", "本次融资", "此次融资", "其", "这家", "该公司", "公司股东", "该企业"];

/// Words that a pronoun reference (其, 这家…公司, 该公司) of a funding sentence
/// must be followed by to name the company funded: 其股东包括X, 该公司最新
/// 3亿美元融资, 这家公司完成融资. 其持有, 其投资基金, 该公司正在评估 name the investor or some
/// other actor.
pub const FUNDED_REFERENCE_TAILS: &[&str] = &[
    "的",
    "股东",
    "投资方",
    "投资人",
    "投资者",
    "融资",
    "估值",
    "最新",
    "新一轮",
    "本轮",
    "此轮",
    "轮",
    "完成",
    "获",
    "宣布",
];

/// Words that a pronoun reference of a funding sentence may follow to be
/// the company funded: 向其投资, 参与该公司融资, 入股这家公司.
pub const FUNDED_REFERENCE_LEADS: &[&str] = &[
    "增持",
    "减持",
    "持有",
    "向",
    "对",
    "为",
    "助",
    "给",
    "参与",
    "参与了",
    "投资",
    "投资了",
    "入股",
    "注资",
    "领投",
    "领投了",
    "参投",
    "参投了",
    "跟投",
    "跟投了",
    "收购",
];

/// The words that join two names of one list as the name finders read it
/// (A、B, A和B, A以及B); one list for all of them, so that a list one
/// finder reads is a list to the others too.
pub const NAME_JOINTS: &[&str] = &["、", "和", "与", "及", "以及"];

/// Party committees of one level (省委, 市委): one before a body of the same
/// level (浙江省委省政府) is a second body, not glued to it.
pub const PARTY_COMMITTEE_LEVELS: &[&str] = &["省委", "市委", "区委", "县委"];

/// Characters that may stand between the members of one list of names
/// (A、B和C, A与B): members are fellow investors or fellow investees, never
/// each other's.
pub const LIST_JOINERS: &[&str] = &["、", "以及", "和", "与", "及", "/"];

/// Words between an investor and its verb that deny the act (阿里否认投资X,
/// 腾讯并未投资X, 从未入股).
pub const INVEST_DENIED: &[&str] =
    &["否认", "并未", "从未", "尚未", "未曾", "没有", "不会", "不再", "无意", "拒绝", "辟谣"];

/// Nouns after an actor that make the holder of a stake the actor's
/// (X参与股东持有Y, X下属实体持股): the actor itself holds nothing.
pub const HOLDER_OF_NOUNS: &[&str] = &["股东", "下属实体", "下属企业", "子公司", "旗下基金", "一致行动人"];

/// A unit of the company named just before, after 的 (英特尔的晶圆代工事业部):
/// what is invested in is that unit, not the company.
pub const COMPANY_UNIT_NOUNS: &[&str] = &["事业部", "事业群", "业务部", "部门", "分部", "业务线"];

/// The kinds of division a firm names after itself and staffs
/// (X事业部总经理, X华东分公司负责人): who holds a post there works for X.
pub const STAFFED_UNIT_NOUNS: &[&str] = &["事业部", "事业群", "业务部", "业务线", "产品线", "营业部", "分公司"];

/// After a company's name, the start of a funding clause (…融资 follows):
/// 星河科技宣布完成A轮融资, 格兰菲获得数亿元融资.
pub static FUNDING_SUBJECT_CUES: crate::words::Words =
    crate::words::Words::new(&["宣布完成", "完成了", "完成", "宣布获得", "获得了", "获得", "宣布获", "获"]);

/// After a company's name, what only a firm has: 格兰菲的第一大股东,
/// 深言科技创始人, 星河科技成立于.
pub static COMPANY_ACTS_AFTER: crate::words::Words = crate::words::Words::new(&[
    "的股东",
    "的第一大股东",
    "的控股股东",
    "的大股东",
    "的投资方",
    "的估值",
    "估值达",
    "估值超",
    "成立于",
    "总部位于",
    "的创始人",
    "创始人兼",
    "联合创始人",
    "的CEO",
    "CEO",
    "首席执行官",
    "董事长",
    "递交招股书",
    "提交招股书",
    // 长江电力公告，…: only a listed firm files an announcement under its
    // own name (a regulator's is curated as an organization).
    "公告称",
    "公告，",
    "公告,",
    "公告：",
    "公告:",
    "发布公告",
    "晚间公告",
]);

/// Words after an entity that give it another role than the subject of a figure:
/// an investor (领投, 注资), a base model (为基座), a source.
pub const FACT_OTHER_ROLES: &[&str] = &[
    "创立",
    "创办",
    "成立的",
    "带领",
    "领导的",
    "领投",
    "参投",
    "跟投",
    "投资",
    "注资",
    "数据显示",
    "发布的数据",
    "统计",
    "报告显示",
    "显示",
    "表示",
    "指出",
    "认为",
    "称",
    "说",
    "预计",
    "估计",
    "测算",
    "的测算",
    "的数据",
    "的统计",
    "披露",
    "透露",
    "介绍",
];

/// Hedges that state a plan (计划投资600亿美元): with a word of spending,
/// the amount is the planner's figure.
pub const PLAN_WORDS: &[&str] = &["计划", "拟", "打算"];

/// Words that deny or doubt a plan (否认拟10亿美元投资, 传言称, a question): it stays
/// hedged.
pub const DENIALS: &[&str] = &["否认", "辟谣", "传言", "不实", "假消息", "？", "?"];

/// Words of spending that make a planned amount a figure.
pub const PLAN_SPENDING_WORDS: &[&str] = &["投资", "投入", "斥资", "支出", "资本开支", "注资", "募资", "融资"];

/// What a firm tells of its own acts (X表示完成A轮融资, X宣布获得…投资).
pub const OWN_ACT_WORDS: &[&str] = &["完成", "获得", "获", "实现", "累计", "旗下", "公司"];

/// Verbs before an entity that make it an object of the clause, not what a
/// figure is about: 基于X, 接入X, 通过应用X.
pub static FACT_OBJECT_VERBS: crate::words::Words = crate::words::Words::new(&[
    "基于",
    "依托",
    "接入",
    "采用",
    "搭载",
    "使用",
    "调用",
    "集成",
    "引入",
    "借助",
    "部署",
    "应用于",
    "应用",
    "通过",
    "利用",
    "结合",
    "融合",
    "覆盖",
    "超越",
    "包括",
    "如",
    "随着",
]);

/// Comparison markers: an entity or a figure after 高于/超越 is the comparand.
pub static COMPARISON_VERBS: crate::words::Words =
    crate::words::Words::new(&["高于", "低于", "优于", "超越", "领先", "落后于", "不及", "超过了", "击败"]);

/// Hedges that only estimate: of a period already over they state a
/// firm's own preliminary figure (预计2024年净亏损45亿元).
pub const ESTIMATE_WORDS: &[&str] = &["预计", "预估"];

/// Words that make a statement a plan, a forecast or a rumour (hedged).
pub const HEDGES: &[&str] = &[
    "计划",
    "拟",
    "传闻",
    "据传",
    "预计",
    "有望",
    "或将",
    "打算",
    "考虑",
    "洽谈",
    "商谈",
    "谈判中",
    "可能会",
    "预期",
    "目标是",
    "力争",
    "预测",
    "预估",
    // A bid is an offer, not a deal: 出价收购, 竞购, 要约收购.
    "出价",
    "竞购",
    "要约",
    "报价收购",
    "提出收购",
    "收购提案",
    "收购提议",
    // A deal about to close has not closed: 即将敲定对X的投资, 正接近完成.
    "即将敲定",
    "接近完成",
    "接近达成",
    "即将完成",
];

/// Units of measure written in Latin letters, longest first where one is a
/// prefix of another.
pub const LATIN_UNITS: &[(&str, &str)] = &[
    ("GB/s", "GB/s"),
    ("TB/s", "TB/s"),
    ("TFLOPS", "TFLOPS"),
    ("PFLOPS", "PFLOPS"),
    ("TOPS", "TOPS"),
    ("GHz", "GHz"),
    ("MHz", "MHz"),
    ("GB", "GB"),
    ("TB", "TB"),
    ("MB", "MB"),
    ("PB", "PB"),
    ("nm", "nm"),
    ("ms", "ms"),
    ("pct", "pp"),
    ("kW", "kW"),
    ("MW", "MW"),
    ("GPU小时", "GPU hours"),
    ("tokens", "tokens"),
    ("Tokens", "tokens"),
    ("token", "tokens"),
    ("Token", "tokens"),
];

/// Units of time, size and count written in Chinese after a number.
pub const MEASURE_UNITS: &[(&str, &str)] = &[
    ("小时", "hours"),
    ("分钟", "minutes"),
    ("天", "days"),
    ("周", "weeks"),
    ("个月", "months"),
    ("岁", "years"),
    ("纳米", "nm"),
    ("基点", "bp"),
    ("枚", "枚"),
    ("轮", "轮"),
    ("股", "shares"),
    ("字", "characters"),
    ("万字", "characters"),
];

/// Units and currencies written after a number (%, 倍, 元, 美元, 港元 …) and what
/// they normalize to.
pub const CURRENCY_UNITS: &[(&str, &str)] = &[
    ("%", "%"),
    ("％", "%"),
    ("个百分点", "pp"),
    ("百分点", "pp"),
    ("倍", "x"),
    ("成", "成"),
    ("毫秒", "ms"),
    ("ms", "ms"),
    ("秒", "s"),
    ("元新台币", "TWD"),
    ("元台币", "TWD"),
    ("元港币", "HKD"),
    ("元港元", "HKD"),
    ("元美金", "USD"),
    ("元人民币", "CNY"),
    ("人民币", "CNY"),
    ("元", "CNY"),
    ("美元", "USD"),
    ("美金", "USD"),
    ("港元", "HKD"),
    ("港币", "HKD"),
    ("新台币", "TWD"),
    ("台币", "TWD"),
    ("欧元", "EUR"),
    ("日元", "JPY"),
    ("英镑", "GBP"),
];

/// Chars of words that count or rank (两款, 首个, 千亿, 一系列), beside the
/// classifiers: a numeral-tagged word made of these only names nothing.
pub const COUNT_WORD_CHARS: &str = "零〇一二三四五六七八九十百千万亿两几多首第数半每各某些类批代级大小余系列";

/// Classifiers that mark a number as a count (次, 名, 家, 款 …).
pub const CLASSIFIERS: &[char] = &[
    '次', '名', '人', '家', '款', '个', '種', '种', '项', '辆', '台', '分', '位', '座', '所', '张', '篇', '条', '部',
    '单', '件', '亩', '吨', '度', '笔', '户', '块', '卡', '颗', '套', '支', '只', '场',
];

/// The sector of a deployment from the end of its adopter's name: a 区/局
/// builds for 政务, a 医院 for 医疗, a 银行 for 金融.
pub const ADOPTER_SECTORS: &[(&[&str], &str)] = &[
    (&["区", "县", "市", "省", "局", "政府", "委员会", "办公室", "办公厅", "中心"], "政务"),
    (&["医院", "医疗", "卫健委", "诊所", "医学院"], "医疗"),
    (&["银行", "证券", "保险", "基金", "信托", "交易所"], "金融"),
    (&["电网", "电力", "能源", "石化", "石油", "煤", "矿"], "能源"),
];

/// Verbs of making an artifact: X发布/推出/开源/研发了Y.
pub const MAKE_VERBS: &[&str] = &[
    "发布", "推出", "开源", "研发", "上线", "打造", "开发", "升级", "亮相", "训练", "构建", "研制", "自研", "首发",
    "发表", "微调", "承建", "放出",
];

/// Adverbs between a user and its verb of use (已全面接入, 相继接入).
pub const USE_ADVERBS: &[&str] = &["已经", "已", "也", "均", "将", "相继", "全面", "率先", "正式", "还", "都"];

/// Nouns a verb of using may head, when it names a thing, not an act
/// (整合点: integration points).
pub const VERB_NOUN_HEADS: &[&str] = &["点", "方案", "能力"];

/// Verbs of building on a model, before it: 基于M, 依托M, 接入M (relation rules;
/// `USE_VERBS` is the wider list recognition uses).
pub const MODEL_USE_VERBS: &[&str] = &[
    "基于",
    "依托",
    "接入",
    "整合",
    "采用",
    "搭载",
    "使用",
    "调用",
    "集成",
    "融合",
    "借助",
    "部署",
    "引入",
    "内置",
    "运行",
    "凭借",
    "依靠",
    "结合",
    "上线了",
    "用上",
    "上线",
    "支持",
    "拥抱",
    "预置",
    "内嵌",
    "嵌入",
];

/// Verbs of a model reaching products after it: M应用于A、B, M接入C.
pub const SERVE_VERBS: &[&str] = &[
    "应用于",
    "接入",
    "赋能",
    "支持",
    "服务于",
    "落地",
    "嵌入",
    "部署到",
    "部署于",
    "覆盖",
    "上线",
    "登陆",
    "上架",
    "入驻",
];

/// Of [`SERVE_VERBS`], those of going live somewhere (DeepSeek全尺寸模型上线
/// 阿里云百炼): they say so only with the model right before them and the
/// platform right after (R1上线后登顶App Store is about the model).
pub const LIVE_VERBS: &[&str] = &["上线", "登陆", "上架", "入驻"];

/// Group nouns after a country that make a nationality statement: 中国云厂商.
pub const NATIONALITY_GROUPS: &[&str] =
    &["厂商", "企业", "公司", "巨头", "大厂", "科技", "同行", "独角兽", "玩家", "创业"];

/// Nouns that make a nationality group word a modifier of something other
/// than firms (美国科技媒体Wired, 中国科技博主): the country describes that
/// outlet or writer, and frames none of the sentence's firms.
pub const NATIONALITY_GROUP_NOT_FIRMS: &[&str] =
    &["媒体", "网站", "杂志", "博客", "博主", "记者", "新闻", "评论员", "分析师", "作家", "频道"];

/// Words for the home of the outlet that writes them (国内头部企业, 华为、小米
/// 等国产厂商, 作为本土企业): they stand for the country the article's outlet
/// is at home in (see `relate::outlet_home`).
pub const DOMESTIC_WORDS: &[&str] = &["国内", "国产", "本土"];

/// What a domestic word opens that is no statement of a firm's home
/// (国内外: at home and abroad; 国产化: made at home).
pub const NOT_DOMESTIC: &[&str] = &["国内外", "国内生产总值", "国产化", "国产替代", "本土化"];

/// Words for one place whatever the outlet (本港: Hong Kong), with the
/// place's curated label.
pub const PLACE_WORDS: &[(&str, &str)] = &[("本港", "香港")];

/// What may close a firm described as domestic (X是国内领先的AI公司。,
/// X是国内少数…的公司之一): the phrase ends there, so the firm noun is the
/// thing described, not what describes another (X是国内企业的首选).
pub const DESCRIBED_CLOSERS: &[&str] = &["之一", "，", "。", ",", "；", ";", "！", "!"];

/// Verbs by which a place a clause is about has or gives rise to firms
/// (杭州…这里诞生了阿里巴巴, 深圳有华为、大疆). Longest first.
pub const HOST_VERBS: &[&str] =
    &["诞生了", "诞生过", "孕育了", "孕育出", "聚集了", "汇聚了", "走出了", "涌现出", "涌现了", "拥有", "还有", "有"];

/// What 有 opens that is no having (有望, 有关部门, 有意收购).
pub const NOT_HAVING: &[&str] =
    &["有望", "有关", "有意", "有所", "有些", "有点", "有效", "有限", "有可能", "有助", "有利"];

/// Prepositions and verbs before a firm that make it no firm a place has
/// (北京有来自腾讯的工程师, 杭州有不少企业使用阿里云).
pub const HOST_OBJECT_PREPOSITIONS: &[&str] =
    &["来自", "从", "与", "跟", "对", "向", "给", "被", "使用", "采用", "接入", "投资", "收购", "合作"];

/// Words that point back to the place a sentence opens with (杭州是…，这里诞生了…).
pub const PLACE_PRONOUNS: &[&str] = &["这里", "这儿", "当地", "该市", "该地", "此地"];

/// Adverbs between a clause's topic and its verb (这里又诞生了, 深圳更有, 的确诞生了).
pub const TOPIC_ADVERBS: &[&str] = &["的确", "确实", "同样", "已经", "又", "还", "也", "更", "则", "就", "便", "都"];

/// Openers before a place that a clause is about (再比如深圳, 而杭州).
pub const TOPIC_OPENERS: &[&str] = &["再比如", "比如", "例如", "譬如", "再如", "像", "而", "但", "在"];

/// Bodies written in full from their place (韩国智慧城市联盟, 河南分中心,
/// 法国国民议会): the place they open with is where they are, as for a
/// government office.
pub const PLACE_NAMED_BODIES: &[&str] = &["联盟", "协会", "商会", "联合会", "促进会", "分中心", "分会", "议会"];

/// A firm's sites and branches: 长沙盒马门店 is a shop in 长沙, not 盒马's home.
pub const FIRM_SITES: &[&str] =
    &["门店", "乐园", "供应链", "工厂", "分公司", "分部", "办事处", "代表处", "分行", "支行", "店"];

/// Adopters outside the AI trade, recognizable by the end of their name.
pub const ADOPTER_ENDINGS: &[&str] = &[
    "银行", "商行", "证券", "保险", "电网", "电力", "钢铁", "矿业", "石化", "石油", "航空", "医院", "医疗", "医药",
    "政府", "区", "县", "市", "局", "集团",
];

/// Verbs of building or deploying an application (Deployment typing).
pub const BUILD_VERBS: &[&str] = &[
    "开发",
    "打造",
    "推出",
    "上线",
    "部署",
    "研发",
    "建设",
    "构建",
    "发布",
    "定制",
    "引入",
    "落地",
    "试运行",
    "启用",
    "承建",
    "投用",
    "接入",
    "配备",
];

/// What follows a model family's name when the text means the company:
/// DeepSeek发布, DeepSeek的创始人.
pub const BRAND_COMPANY_CONTEXT: &[&str] = &[
    "公司",
    "团队",
    "创始人",
    "发布",
    "推出",
    "开源了",
    "宣布",
    "表示",
    "成立",
    "融资",
    "估值",
    "的横空出世",
    "的崛起",
    "的创始人",
    "的团队",
    "的估值",
    "的融资",
    "创办人",
    "联合创始人",
    "的创办人",
    "CEO",
    "首席执行官",
    "的员工",
    "员工",
    "的研究人员",
    "的研究员",
    "的工程师",
    "的股东",
    "的投资人",
    "的投资方",
    "的大股东",
    "的控股股东",
    "的母公司",
    "母公司",
    "的子公司",
];

/// Words that open a clause of reason (…，因为它由幻方量化资助): what it
/// names explains the main clause.
pub const REASON_CLAUSE_OPENERS: &[&str] = &["因为", "由于"];

/// People of a firm after its name (位于欧洲、亚洲和美国的Meta公司员工):
/// where they are says nothing of where the firm is.
pub const FIRM_PEOPLE_NOUNS: &[&str] =
    &["员工", "雇员", "职员", "用户", "客户", "工程师", "研究人员", "研究员", "股东", "投资者"];

/// Broad fields that a sector word inside an application's name stands for.
pub const BROAD_SECTORS: &[&str] =
    &["医疗", "金融", "政务", "教育", "法律", "能源", "制造", "交通", "农业", "汽车", "工业", "零售", "电商"];

/// Separators of a typed list whose unknown items take the list's type.
pub const ENUMERATION_SEPARATORS: &[char] = &['、', '和', '及', '与'];

/// Words that describe a kind of thing rather than name one: never the head of
/// a found name.
pub const GENERIC_HEADS: &[&str] = &[
    // Kinds and groups of firms and money, read from the corpus's junk firms
    // (公募基金, 新一轮科技周期, 国资央企集团, 金融IT公司, 创投公司, 算力投资,
    // 报告来源证券, 对本基金, 交易所交易基金): they describe, they name nothing.
    "公募",
    "私募",
    "新一轮",
    "央企",
    "国资央企",
    "IT",
    "SaaS",
    "创投",
    "算力",
    "来源",
    "对本",
    "对外部",
    "交易所交易",
    "上市公司",
    "关联",
    "欧元",
    "美元",
    "大量",
    "华尔街",
    "美国对冲",
    "中国股票",
    "科创",
    "动力",
    "无人驾驶",
    "银行保险",
    // Kinds of stocks (中国科技股的估值…).
    "中国科技股",
    "科技股",
    "中概股",
    // A kind of facility or body (智算中心, 算力中心, 人工智能数据中心,
    // 顾问委员会, ETF基金).
    "智算",
    "人工智能",
    "顾问",
    "ETF",
    // Words the appositive and partner rules took for firms (科技公司高管,
    // 很难推动, 深度合作, 智能化升级).
    "高管",
    "很难",
    "深度",
    "智能化",
    // Measures (以400亿美元的估值获得…): a figure's noun names nothing.
    "估值",
    "市值",
    "营收",
    "融资",
    "通用",
    "国产",
    "开源",
    "闭源",
    "多模态",
    "视觉",
    "语言",
    "语音",
    "医疗",
    "行业",
    "垂直",
    "基础",
    "基座",
    "推理",
    "生成",
    "文生图",
    "视频生成",
    "轻量级",
    "轻量",
    "领先",
    "顶尖",
    "最佳",
    "本土",
    "国际",
    "中国",
    "美国",
    "国内",
    "国外",
    "全球",
    "自研",
    "专属",
    "定制",
    "人工智能",
    "AI",
    "ai",
    "新一代",
    "下一代",
    "旗舰",
    "主流",
    "头部",
    "前沿",
    "底层",
    "端侧",
    "云端",
    "大型",
    "小型",
    "超大",
    "万亿参数",
    "千亿参数",
    "百亿参数",
    "该",
    "此",
    "这",
    "其",
    "这款",
    "该款",
    "一款",
    "多款",
    "各类",
    "各种",
    "相关",
    "专业",
    "金融",
    "政务",
    "教育",
    "工业",
    "法律",
    "科学",
    "数学",
    "代码",
    "编程",
    "对话",
    "聊天",
    "思考",
    "深度思考",
    "混合",
    "专家",
    "稀疏",
    "稠密",
    "密集",
    "预训练",
    "训练",
    "微调",
    "蒸馏",
    "小",
    "大",
    "新",
    "首个",
    "第一",
    "世界",
    "数据",
    "知识",
    "通识",
    "场景",
    "产业",
    "企业",
    "公司",
    "平台",
    "模型",
    "智能",
    "数字",
    "数智",
    "智慧",
    "城市",
    "政府",
    "国家",
    "地方",
    "省级",
    "市级",
    "区级",
    "部分",
    "多家",
    "多个",
    "各大",
    "三甲",
    "这家",
    "那家",
    "母",
    "子",
    "上市",
    "初创",
    "科技",
    "互联网",
    "传统",
    "海外",
    "当地",
    "本地",
    "大厂",
    "巨头",
    "独角兽",
    "明星",
    "重症",
    "基层",
    "社区",
    "公立",
    "民营",
    "定点",
    "全新",
    "一款",
    "一个",
    "首个",
    "多款",
    "这一",
    "首款",
    "第一款",
    "最新",
];

/// Role nouns that make a name an application (助手, 平台, App …).
pub const APP_WORDS: &[&str] = &[
    "AI专员",
    "数字员工",
    "数智员工",
    "数字人",
    "智能助手",
    "AI助手",
    "助手",
    "智能体",
    "专员",
    "平台",
    "系统",
    "App",
    "APP",
    "app",
    "应用",
    "小程序",
    "机器人",
    "客服",
    "服务号",
    "产品",
];

/// Latin acronyms of the trade that are never names on their own.
pub static COMMON_ACRONYMS: crate::words::Words = crate::words::Words::new(&[
    "ai", "aigc", "agi", "gpu", "cpu", "npu", "tpu", "api", "saas", "iaas", "paas", "maas", "llm", "llms", "dau",
    "mau", "app", "it", "icu", "ceo", "cto", "coo", "cfo", "ipo", "b端", "c端", "token", "tokens", "ar", "vr", "xr",
    "5g", "ok", "pc", "ui", "ux", "cot", "rag", "moe", "sft", "rlhf", "ppt", "pdf", "url", "ip", "id", "sdk", "ide",
    "os", "soc", "pro", "max", "plus", "lite", "mini", "turbo", "vision", "standard", "ultra", "flash", "chat",
    "agent", "agents", "ai+", "gdp", "roi", "kpi", "etf", "usd", "cny", "hk", "us", "eu", "uk", "vs", "ttm", "ps",
    "pe",
]);

/// Role nouns right before quotes that make the quoted words a name:
/// 政务助手「园小智」.
pub const ROLE_NOUNS_BEFORE: &[&str] = &[
    "助手",
    "智能体",
    "专员",
    "数字员工",
    "数智员工",
    "数字人",
    "大模型",
    "App",
    "APP",
    "机器人",
    "客服",
    "智能体产品",
    "AI产品",
    "应用产品",
    "自研平台",
    "服务平台",
    "智能平台",
    "智算平台",
    "客服系统",
    "智能系统",
    "管理系统",
];

/// Role nouns right after quotes that make the quoted words a name:
/// 「西小服」AI专员.
pub const ROLE_NOUNS_AFTER: &[&str] = &[
    "AI专员",
    "数字员工",
    "数智员工",
    "数字人",
    "智能助手",
    "AI助手",
    "助手",
    "智能体",
    "专员",
    "平台",
    "系统",
    "App",
    "APP",
    "应用",
    "小程序",
    "机器人",
    "人形机器人",
    "客服",
    "大模型",
    "大语言模型",
    "模型",
    "中台",
    "服务平台",
    "工作台",
];

/// Role nouns after quotes that also name a field of industry: the quoted
/// words before them may be a verb that takes the field (“All in”人形机器人),
/// so they name a product only when they read as one coined word.
pub const FIELD_ROLE_NOUNS_AFTER: &[&str] = &["人形机器人"];

/// Suffixes of company names (有限公司, 集团, 科技, 银行 …).
pub const COMPANY_SUFFIXES: &[&str] = &[
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "合伙企业",
    "公司",
    "集团",
    "科技",
    "银行",
    "证券",
    "保险",
    "资本",
    "创投",
    "基金",
    "控股",
    // Law and accounting firms; a firm's business groups.
    "律师事务所",
    "会计师事务所",
    "事业群",
    "事业部",
];

/// Associations' suffixes: like a registered name, an association is
/// written in full from its place or field (中国电动汽车百人会,
/// 上海市人工智能行业协会), words a name-by-name scan would not join.
pub const ASSOCIATION_SUFFIXES: &[&str] = &["协会", "商会", "联合会", "促进会", "研究会", "基金会", "百人会", "联盟"];

/// Suffixes of other organizations' names (实验室, 大学, 医院, 局 …).
pub const ORGANIZATION_SUFFIXES: &[&str] = &[
    "实验室",
    "研究院",
    "研究所",
    "研究中心",
    "大学",
    "学院",
    "医院",
    "人民政府",
    "政府",
    "委员会",
    "管理局",
    "局",
    "中心",
    "协会",
    "商会",
    "联合会",
    "促进会",
    "研究会",
    "基金会",
    "百人会",
    "联盟",
    "办公室",
    "办公厅",
    "海关",
    "卫健委",
    "发改委",
    "网信办",
    "经信委",
    "教育厅",
    "科技厅",
    "财政厅",
    "商务厅",
    "社科院",
    "科学院",
    "智库",
];

/// Words that end like an office (局, 中心) or a firm (公司) but are not one.
pub const NOT_OFFICES: &[&str] = &[
    "格局",
    "布局",
    "结局",
    "大局",
    "全局",
    "开局",
    "当局",
    "僵局",
    "骗局",
    "饭局",
    "时局",
    "败局",
    "战局",
    "终局",
    "入局",
    "破局",
    "搅局",
    "赛局",
    "出局",
    "变局",
    "棋局",
    "定局",
    "困局",
    "迷局",
    "残局",
    "乱局",
    "危局",
    "重心",
    "核心",
    "信心",
    "决心",
    "身心",
    "关心",
    "用心",
    // A firm's board: 阿里巴巴董事局主席 names 阿里巴巴 and a title.
    "董事局",
    "董事会",
    // Relational nouns: Facebook母公司 is a role, not a name.
    "母公司",
    "子公司",
    "分公司",
    "总公司",
    "该公司",
    "这家公司",
    "的公司",
];

/// Heads of an appositive before a company name: 杭州初创公司X.
pub const APPOSITIVE_HEADS: &[&str] = &[
    "公司",
    "初创公司",
    "创业公司",
    "企业",
    "厂商",
    "创企",
    "初创",
    "新创",
    "独角兽",
    "科技公司",
    "机构",
    "服务商",
    "供应商",
];

/// Words after a name that mark it as a person: X表示, X团队, X教授, X毕业于.
pub const AFTER_PERSON: &[&str] = &[
    "团队",
    "表示",
    "称",
    "指出",
    "认为",
    "介绍",
    "透露",
    "说",
    "强调",
    "坦言",
    "教授",
    "博士",
    "院士",
    "毕业",
    "毕业于",
    "就读于",
    "曾任",
    "任职于",
    "曾在",
];

/// Nouns for a kind of product after a company's name: 希沃学习机,
/// 红旗九章平台, 联通云桌面.
pub const PRODUCT_HEADS: &[&str] = &[
    "学习机",
    "白板",
    "电脑助手",
    "助手",
    "App",
    "APP",
    "app",
    "平台",
    "系统",
    "云桌面",
    "座舱",
    "GPU",
    "处理器",
    "手机",
    "音箱",
    "眼镜",
    "浏览器",
    "输入法",
    "网盘",
    "文档",
    "地图",
    "翻译",
    "搜索",
    "智能体",
    "大模型",
    "加速卡",
    "大装置",
    "操作系统",
    "客户端",
    "小程序",
    "机器人",
];

/// Heads that make a product right after the company's name (希沃白板,
/// 中国移动App), where 平台 or 系统 alone would be generic.
pub const STRONG_PRODUCT_HEADS: &[&str] = &[
    "学习机",
    "白板",
    "App",
    "APP",
    "app",
    "云桌面",
    "音箱",
    "眼镜",
    "浏览器",
    "输入法",
    "网盘",
    "加速卡",
    "手机",
    "大装置",
];

/// Words after two joined actors that make them partners: A与B合作.
pub const COOPERATION_WORDS: &[&str] =
    &["合作", "携手", "联合", "共同", "联手", "战略协议", "签约", "签署", "共建", "结盟", "牵手"];

/// What actors joined by 联合 do together: 智谱联合A、B设立基金.
pub const JOINT_ACTS: &[&str] =
    &["设立", "成立", "发起", "推出", "发布", "打造", "研发", "开发", "组建", "建设", "举办"];

/// Roles of the banks that take a company to market: 辅导机构为海通证券.
pub const ADVISOR_ROLES: &[&str] =
    &["辅导机构", "保荐机构", "保荐人", "联席保荐人", "承销商", "主承销商", "联席承销商", "财务顾问", "独家保荐人"];

/// Words that point back at a firm named before: 该公司核心技术人员张岭.
pub const FIRM_PRONOUNS: &[&str] = &["该公司", "这家公司", "该行", "该院", "该集团", "该机构", "其"];

/// Verbs of a model or product reaching fields: 覆盖了政务、金融等领域.
pub const APPLY_VERBS: &[&str] = &[
    "覆盖了",
    "覆盖",
    "可用于",
    "用于",
    "应用于",
    "应用到",
    "落地于",
    "落地到",
    "服务于",
    "拓展到",
    "深入到",
    "赋能",
    "运用到",
    "运用于",
    "应用在",
    "适用于",
    "运用在",
    "布局到",
    "落地在",
    // (Not 部署在/部署到: 部署在自家的云服务上, 部署在私有基础设施、SaaS上
    // host a model, they do not apply it in a field.)
];

/// Generic artifact nouns that, before a verb of applying in its own clause,
/// are that clause's subject (当前大模型赋能医疗): an artifact named in an
/// earlier clause is then not the one applied.
pub const CLAUSE_ARTIFACT_NOUNS: &[&str] = &["模型", "人工智能", "AI", "系统", "平台", "技术", "算法"];

/// Demonstratives that point back to something named before (这两款模型,
/// 其技术, 该系统).
pub const BACK_DEMONSTRATIVES: &[&str] = &["这", "该", "其", "此"];

/// A modal said to the reader (你可以把X接入Y): a how-to, not a fact.
pub const ADDRESSEE_MODALS: &[&str] = &["你可以", "您可以", "你也可以", "您也可以", "你能", "您能", "你可", "您可"];

/// Channels a firm runs on a platform (微信小程序, 微信公众号): the platform's
/// name before one only says where it lives.
pub const PLATFORM_CHANNEL_NOUNS: &[&str] = &["小程序", "公众号", "服务号", "视频号"];

/// Words jieba tags as names that are titles, roles or adverbs of a career:
/// 博导 is no person.
pub const NOT_PERSONS: &[&str] = &[
    "博导",
    "硕导",
    "导师",
    "博士",
    "硕士",
    "院士",
    "中国区",
    "大区",
    "总部",
    "本人",
    "本尊",
    "一职",
    "职务",
    "顾问",
    "记者",
    "特聘",
    "智慧",
    // 创办人曾于韩国…工作: 曾 is a surname, but 曾于/曾在/曾任 after a
    // title are "once at" and "once held".
    "曾于",
    "曾在",
    "曾任",
    // Adverbs, verbs and set phrases jieba's dictionary tags as
    // persons' names (宁可多投, 许可使用, 诸如此类, 齐声回答).
    "宁可",
    "许可",
    "诸如",
    "齐声",
    "齐全",
    "白白",
    "容纳",
    "原谅",
    "祝贺",
    "荣获",
    "谢谢",
    "杜绝",
    "寻思",
    "晋升",
    "布满",
    "林立",
    "安抚",
    "封锁",
    "陈列",
    "陈述",
    "周转",
    "安静",
    "宁静",
    "明白",
    "高明",
    "卓越",
    "蓬勃",
    "修正",
    "康复",
    "公正",
    "光荣",
];

/// Markers of ownership before a described artifact: 旗下的大模型X, 推出的助手X.
pub const POSSESSIVE_MARKERS: &[&str] = &[
    "旗下的",
    "旗下",
    "推出的",
    "发布的",
    "开发的",
    "研发的",
    "自研的",
    "打造的",
    "生产的",
    "研制的",
    "制造的",
    "出品的",
    "的",
];

/// Nouns for a kind of artifact at the end of its description: 大模型, 助手 ….
pub const ARTIFACT_NOUNS: &[&str] = &[
    "大模型",
    "模型",
    "助手",
    "智能体",
    "平台",
    "应用",
    "App",
    "APP",
    "产品",
    "系统",
    "芯片",
    "搜索",
    "机器人",
    "聊天机器人",
];

/// Verbs of joining or studying at a place, written before it: 潘梓正2021年加入
/// 蒙纳许大学, 本科毕业于清华大学 (a person's affiliation, past or present).
pub const CAREER_VERBS_BEFORE: &[&str] = &[
    "加入",
    "创办",
    "创立",
    "创建",
    "毕业于",
    "就读于",
    "考入",
    "任职于",
    "供职于",
    "就职于",
    "入职",
    "任教于",
    "执教于",
    "效力于",
    "师从于",
    "受聘于",
    "服务于",
    "曾任职于",
    "获聘",
    "离开",
    "离开了",
];

/// Adverbs and degrees that may open a clause before a verb of joining or
/// studying: 后加入, 随后在, 本科毕业于, 博士毕业于.
pub const CAREER_LEAD_WORDS: &[&str] = &[
    "此前",
    "之后",
    "随后",
    "先后",
    "后来",
    "曾经",
    "曾",
    "后",
    "并",
    "又",
    "还",
    "也",
    "再",
    "本科",
    "硕士",
    "博士",
    "研究生",
    "他",
    "她",
    "其",
];

/// What follows `在 X` when X is where a person studies or works: 在阿德莱德大学获
/// 硕士, 在知识工程实验室工作.
pub const CAREER_AFTER_PLACE: &[&str] = &[
    "攻读", "获得", "获", "工作", "任职", "任教", "读博", "实习", "就读", "学习", "深造", "读书", "担任", "从事",
    "学位",
];

/// What ranks a shareholder (第二大股东, 间接控股股东, 大股东).
pub const SHAREHOLDER_RANKS: &[&str] = &[
    "第一大",
    "第二大",
    "第三大",
    "第四大",
    "第五大",
    "第六大",
    "第七大",
    "第八大",
    "第九大",
    "第十大",
    "前十大",
    "单一最大",
    "最大",
    "大",
    "间接控股",
    "直接控股",
    "控股",
    "主要",
    "重要",
    "战略",
    "机构",
    "早期",
];

/// Nouns for holding a part of a company: 微软作为OpenAI的早期投资者.
pub const STAKEHOLDER_NOUNS: &[&str] = &["投资者", "投资方", "投资人", "股东", "出资方"];

/// Verbs of holding shares right before the company: 持有Anthropic股份.
pub const HOLDING_VERBS: &[&str] = &["持有", "持股", "增持", "入股", "控制"];

/// What is held: 股份, 股权, 股票 (within a few chars after the company).
pub const STAKE_NOUNS: &[&str] = &["股份", "股权", "股票", "的股", "美股", "港股"];

/// Endings of reports, rankings and papers, which are not entities
/// (ANNOTATION.md): 2024全球独角兽榜, 阿里云安全白皮书2024版.
pub const REPORT_ENDINGS: &[&str] = &["榜", "榜单", "排行榜", "白皮书", "蓝皮书", "报告", "年报", "研报"];

/// Chars that jieba's HMM glues to the end of a person's name from the verb
/// after it: 杨学良发(微博), 王立说.
pub const VERB_TAILS: &[char] =
    &['发', '说', '称', '表', '在', '和', '与', '将', '对', '也', '是', '曾', '向', '则', '等'];

/// Function words that jieba's HMM glues to the end of a two-char name
/// (张和君于, 莫迪前): rarely a given name's char when a verb or a number
/// follows.
pub const FUNCTION_TAILS: &[char] = &['于', '则', '前', '曾', '也', '亦', '均', '就', '即', '用'];

/// Counted phrases inside a found name mean it is a description of several
/// things, not a name: R1两款大模型, 三个模型.
pub const COUNTED_PHRASES: &[&str] =
    &["两款", "三款", "四款", "多款", "几款", "两个", "三个", "多个", "两大", "三大", "系列的"];

/// Nouns between a parent and its unit: 杭钢股份的全资子公司X.
pub const SUBSIDIARY_NOUNS: &[&str] = &["子公司", "孙公司", "分公司", "控股子公司", "全资子公司", "子品牌", "事业部"];

/// Job titles: a person's name stands next to one (创始人梁文锋, 行长王良),
/// and the organization before it employs them.
pub static TITLES: crate::words::Words = crate::words::Words::new(&[
    // ---- names32: posts written before a name (州长道格·杜西).
    "州长",
    "副研究员",
    "创始人",
    "联合创始人",
    "创办人",
    "董事长",
    "副董事长",
    "总裁",
    "副总裁",
    "高级副总裁",
    "首席执行官",
    "CEO",
    "CTO",
    "COO",
    "CFO",
    "CIO",
    "首席技术官",
    "首席科学家",
    "首席运营官",
    "首席财务官",
    "首席信息官",
    "首席战略官",
    "首席产品官",
    "总经理",
    "副总经理",
    "院长",
    "副院长",
    "校长",
    "教授",
    "院士",
    "研究员",
    // 技术团队成员, 董事会成员: a member is held at the body named before.
    "成员",
    "主任",
    "负责人",
    "技术负责人",
    "执行长",
    "主席",
    "董事会主席",
    "总监",
    "合伙人",
    "创始合伙人",
    "管理合伙人",
    "掌门人",
    "董事",
    "书记",
    "党委书记",
    "局长",
    "区长",
    "市长",
    "行长",
    "副行长",
    "总工程师",
    "部长",
    "所长",
    "秘书长",
    "理事长",
    "会长",
    "社长",
    "总编辑",
    "首席架构师",
    "首席专家",
    "专家",
    "工程师",
    "高级工程师",
    "技术人员",
    "核心技术人员",
    "分析师",
    "首席分析师",
    "首席经济学家",
    "经济学家",
    "科学家",
    "高级研究员",
    "副教授",
    "副主任",
    "副局长",
    "副部长",
    "副市长",
    "总统",
    "副总统",
    "首相",
    "总理",
    "副总理",
    "议员",
    "参议员",
    "发言人",
    "高管",
    "经理",
    "产品经理",
    "董事总经理",
    "执行董事",
    "独立董事",
    "监事",
    "投资人",
    "创业者",
    "基金经理",
    "副总监",
    "投资总监",
    "研究总监",
    "首席投资官",
    "首席研究员",
    "首席人工智能官",
    "执行总裁",
    "常务副总裁",
    "联席总裁",
    "主编",
    "总编",
    "副秘书长",
    "副理事长",
    "副会长",
    "董秘",
    "董事会秘书",
    "律师",
    "首席权益投资官",
    "策略师",
    "主任医师",
    "副主任医师",
    "组长",
    "班组长",
    "行政长官",
    "特首",
    "署长",
    "司长",
    "处长",
    "主管",
    "首席营运官",
    "本科生",
    "博士生",
    "研究生",
    "博士后",
    "得主",
    "交易员",
    "老师",
    "顾问",
    "法律顾问",
    "关键人物",
    "核心人物",
    "灵魂人物",
    "首席策略官",
    "首席策略师",
    "首席商务官",
    "首席营销官",
    "首席市场官",
    "首席数据官",
    "首席安全官",
    "首席法务官",
    "首席宏观分析师",
    "宏观分析师",
    "行业分析师",
    "权益投资总监",
    "研究主管",
    "投资经理",
    "研究部总监",
]);

/// More last words of a Latin firm's name, read only after a curated
/// one-word firm (Fidelity National Information Services is no Fidelity).
pub const LATIN_FIRM_TAILS: &[&str] = &["Services", "Solutions", "Systems"];

/// The last word of a Latin firm's name (Thoma Bravo has none; Renaissance
/// Capital, QuantumBlack Labs do). Not "AI": Agentic AI and Physical AI are
/// fields; Scale AI is a firm by what stands around it.
pub const LATIN_FIRM_WORDS: &[&str] = &[
    "Capital",
    "Ventures",
    "Partners",
    "Labs",
    "Lab",
    "Group",
    "Holdings",
    "Inc",
    "Inc.",
    "Corp",
    "Corp.",
    "Corporation",
    "Technologies",
    "Robotics",
    "Therapeutics",
    "Semiconductor",
    "Software",
    "Networks",
    "Investments",
    "Securities",
    "Management",
    "Bank",
    "Motors",
    "Energy",
    "Ltd",
    "Ltd.",
    "LLC",
];

/// The last word of a Latin institution's name.
pub const LATIN_ORGANIZATION_WORDS: &[&str] =
    &["Institute", "University", "Foundation", "Association", "Council", "Center", "Centre", "Society", "Agency"];

/// Words that open a clause after a firm's name when the text cites it
/// (据Renaissance Capital统计).
pub const CITING_VERBS: &[&str] = &["统计", "数据", "报告", "显示", "调查", "预测", "估计", "测算", "研究"];

/// Kinds of product that close a list after 等 (猛士、奕派等车型).
pub const PRODUCT_KIND_NOUNS: &[&str] =
    &["产品", "车型", "应用", "App", "APP", "app", "平台", "工具", "终端", "设备", "机型", "手机", "软件", "系统"];

/// Nouns of a maker's line of vehicles or devices after 等 (猛士、奕派等车型).
pub const MODEL_LINE_NOUNS: &[&str] = &["车型", "机型", "型号", "车系", "款车型", "款机型", "系列车型", "款手机"];

/// Words after which a list begins (东风旗下猛士、…, 包括A、B等).
pub const LIST_OPENERS: &[&str] = &[
    "旗下",
    "的",
    "包括",
    "涵盖",
    "例如",
    "比如",
    "如",
    "像",
    "推出",
    "发布",
    "上线",
    "接入",
    "搭载",
    "使用",
    "采用",
    "应用于",
    "得益于",
    "结合",
    "通过",
    "将",
    "已",
    "在",
];

/// What an actor set up (X联合A、B等设立的Y) or owns (X拥有Y等机构主体).
pub const SET_UP_VERBS: &[&str] = &["设立的", "成立的", "发起设立的"];
pub const OWNING_VERBS: &[&str] = &["拥有", "旗下拥有", "还拥有"];

/// Verbs of an opinion or a citation: the one who says it is no maker
/// (兴业证券认为…研发的DeepSeek-R1), and a made thing that is then cited
/// (发表的论文则显示…) is not the artifact named after it.
pub const REPORTING_VERBS: &[&str] = &["认为", "表示", "指出", "显示", "分析", "预计", "透露"];

/// Words of a firm saying or writing something, besides
/// [`REPORTING_VERBS`] (华泰证券在报告中提出, 中信建投发布研报称): what follows is its
/// view, and a country framed in it does not frame the firm.
pub const SPEAKER_WORDS: &[&str] = &["称", "报告", "研报", "提出", "预测", "看好", "强调", "获悉", "发表"];

/// Words that open a clause going on with the subject of the clause before
/// it (…，并推出了Y; …，同时发布Y).
pub const CONTINUING_JOINTS: &[&str] = &["并且", "并", "同时", "随后", "还", "也", "又", "此外", "另外", "且"];

/// Nouns of a firm held by another after 旗下 (X旗下公司Y, Y是X旗下的物流企业).
pub const HELD_FIRM_NOUNS: &[&str] = &["公司", "企业", "品牌", "机构", "平台公司"];

/// Words before a change in percentage points that make it no reported
/// change of the clause's subject: a forecast or scenario (将, 会, 可能, 如果,
/// 估算) or a gap to another (高出, 跑赢). Both scripts.
pub const PP_UNREPORTED_WORDS: &[&str] = &[
    "将", "將", "会让", "會讓", "会使", "會使", "可能", "可为", "可為", "如果", "若", "估算", "预计", "預計", "高出",
    "跑赢", "跑贏", "差距",
];

/// Conjunctions and prepositions that end the text between a post and the
/// person after it when that person is the post holder's counterpart, not
/// its holder (欧盟贸易主管与Y会谈, 主管同Y, 董事长对Y表示).
pub const COUNTERPART_JOINTS: &[char] = &['与', '和', '同', '跟', '对', '向'];

/// Words that open a means phrase between a firm and an artifact it uses,
/// not one it makes (Figure通过社交平台X宣布, 借助云平台Y). Both scripts.
pub const MEANS_LEADS: &[&str] = &["通过", "透过", "借助", "藉助", "利用", "使用", "经由", "經由", "在", "用"];

/// Nouns that name the firm after them as a partner (合作伙伴沐曦).
pub const PARTNER_NOUNS: &[&str] = &["合作伙伴", "合作方"];

/// Verbs that join an artifact of one's own with a model (自研的A与M深度融合).
pub const JOINING_VERBS: &[&str] = &["融合", "适配", "结合", "集成", "对接"];

/// Words before an artifact that make it the speaker's own (自研的, 其).
pub const OWN_MARKERS: &[&str] = &["自研的", "自有的", "自主研发的", "自家的", "其", "旗下"];

/// Use verbs that may close a clause with no model after them (…车型将陆续搭载).
pub const OBJECTLESS_USE_VERBS: &[&str] = &["搭载", "接入", "部署", "引入", "上线"];

/// Verbs that put a model on a leaderboard (登上X榜单).
pub const RANKING_VERBS: &[&str] = &["登上", "登顶", "霸榜", "位列", "跻身"];

/// What may follow the name of a thing made when the name heads its
/// phrase (…共同开发的Apple Intelligence功能提交…, “VideoWorld”正式开源): a
/// kind noun, a time or modal word, a verb, a bracket. Anything else (iPhone
/// 用户, DeepSeek一体机) makes the name a modifier.
pub const MADE_NAME_FOLLOWERS: &[&str] = &[
    ",",
    "，",
    ";",
    "；",
    ":",
    "：",
    "。",
    "(",
    "（",
    "功能",
    "模型",
    "大模型",
    "系统",
    "平台",
    "正式",
    "已",
    "将",
    "于",
    "在",
    "是",
    "也",
    "提交",
    "上线",
    "发布",
    "开源",
    "诞生",
    "问世",
];

/// Verbs of founding a firm after its founders (X是A和B共同创立).
pub const FOUNDING_VERBS: &[&str] = &["创立", "创办", "创建", "联合创立", "联合创办"];

/// Words of when before an employer in a list of posts (现任A公司CEO、前B公司
/// 副总裁, 曾任A总监、原B经理).
pub const POST_TENSE_WORDS: &[&str] = &["前", "原", "现任", "曾任", "后任", "现为", "曾为"];

/// Verbs of holding a post, before the employer and a title (曾任X…总监).
pub const POST_VERBS: &[&str] = &["曾任", "担任", "出任", "现任", "历任", "曾担任", "是", "任"];

/// What follows an invest verb's word when it is part of a noun (风险投资基金,
/// 投资机构, 投资人, 投资顾问): a kind of firm or person, not an act; before
/// 、 the word ends a name in a list (A、汇丰投资、B).
pub const INVEST_NOUN_TAILS: &[&str] = &[
    "基金", "机构", "公司", "方", "人", "者", "领域", "管理", "集团", "银行", "平台", "股东", "顾问", "组合", "案",
    "、",
];

/// Words for a kind of product right before a Latin name (车机系统DEEPALOS3.0).
pub const DESCRIBED_PRODUCT_KINDS: &[&str] =
    &["系统", "平台", "助手", "应用", "工具", "软件", "智能体", "浏览器", "眼镜", "耳机", "手表"];

/// A firm's sales regions (大中华区, 亚太区): no governing places.
pub const SALES_REGIONS: &[&str] = &[
    "大中华",
    "亚太",
    "华东",
    "华南",
    "华北",
    "华中",
    "西南",
    "东北",
    "西北",
    "北美",
    "欧洲",
    "全球",
    "中国区",
    "美国区",
];

/// What a name read by chars after a title must meet: words that cannot go
/// on a name (a function word, a speech verb), the first chars of words that
/// follow people, and chars that end the name before them when third.
pub const NAME_FOLLOWERS: &[&str] = &[
    "在", "也", "更", "等", "的", "和", "与", "及", "则", "曾", "将", "已", "还", "都", "就", "于", "对", "向", "说",
    "称", "是", "表示", "认为", "指出", "去年", "今年", "上周", "本周", "上月", "近日", "日前", "此前", "昨天", "今天",
];
pub const NAME_FOLLOWER_STARTS: &[&str] =
    &["会", "表", "认", "指", "透", "介", "告", "坦", "直", "强", "提", "回", "接", "坚", "公", "带", "发"];
pub const NAME_END_CHARS: &str = "前即以所谈面会于在说等也曾将和与对向为是";

/// Chars that transliterate foreign names (哈塞特, 坎特威尔, 托贝洛夫): a run of
/// them after a title is one name, where jieba cuts it into pieces.
pub const TRANSLITERATION: &str = "廷尔夫丝娜妮黛蕾茨史蒂弗罗阿埃艾安奥巴拜贝本比彼波伯布查达戴丹德迪蒂杜多厄恩法菲费芬弗福盖戈格哈海汉赫亨霍基吉加杰金卡凯坎康柯科克库拉莱兰朗劳勒雷里利莉林琳卢鲁路伦罗洛玛马麦曼梅门蒙米莫姆穆纳南内尼努诺欧帕佩皮珀普奇齐乔切琼萨塞桑瑟森沙施什斯松苏索塔泰坦汤唐特滕提托图瓦威韦维温沃乌伍西希谢辛休雅亚扬伊因英尤约泽扎詹兹祖佐";

/// Chars that, besides [`TRANSLITERATION`], spell foreign names on either
/// side of a middle dot (约翰, 大卫, 乔治, 津斯纳): common chars elsewhere, so
/// they count only in a dotted name.
pub const DOTTED_NAME_CHARS: &str =
    "翰大瑞默山密莎隆贾得古顿冯博代理迈汀依文历舒纽佛察魏卫登朔素列瑙津保治逊廉考吐耶雪肖";

/// Verbs after a name whose first char also spells names (提, 坦): 威纳提出
/// is 威纳, then 提出.
pub const DOTTED_NAME_VERB_TAILS: &[&str] = &["提出", "提到", "提及", "提醒", "提议", "提供", "坦言", "坦承", "坦率"];

/// What, right after a dotted name, makes it the name of a body, a fund or
/// a work rather than a person's (梅琳达·盖茨基金会, 某某·某某奖).
pub const DOTTED_NAME_NOT_BEFORE: &[&str] =
    &["基金", "公司", "集团", "大学", "学院", "研究", "实验室", "中心", "家族", "奖", "杯", "号", "酒店", "定律"];

/// Words after which a name and a noun for a kind of product is a product
/// (其灵语智舱系统, 基于星罗平台).
pub const PRODUCT_PLACE_WORDS: &[&str] =
    &["其", "旗下", "自研的", "自研", "宣布", "推出", "发布", "上线", "基于", "依托", "接入", "打造"];

/// Words that continue a firm's suffix into a common noun (资本市场, 科技巨头).
pub const SUFFIX_CONTINUATIONS: &[&str] =
    &["市场", "指数", "巨头", "板块", "股", "智选", "投入", "开支", "人士", "行业", "领域", "概念", "ETF", "类"];

/// Endings of an employer named before a title, besides the firms' and
/// institutions' suffixes (数科律师事务所合伙人, 纽约联储主席).
pub const EMPLOYER_SUFFIXES: &[&str] = &["律师事务所", "事务所", "保险社", "人寿", "半导体", "联储"];

/// Ranks that are part of the title after them (高级合伙人, 首席执行官).
pub const TITLE_RANKS: &[&str] = &["高级", "首席", "资深", "执行", "联席", "常务", "副"];

/// What may stand between 的 and the name a figure's phrase describes
/// (持股5%以上的股东X), besides a kind of model (…的长文本模型Qwen2.5-1M).
pub const DESCRIPTORS_BEFORE_NAME: &[&str] = &["", "公司", "股东", "平台", "初创公司", "子公司"];

/// Words that make a phrase a description of an artifact, not its name
/// (业内首个金融对话大模型, 一款AI助手).
pub const RANKING_DESCRIPTIONS: &[&str] = &["首个", "首款", "首家", "第一个", "第一款", "一款", "一个", "多款", "多个"];

/// Words that say a firm raised money (筹集资金, 融得).
pub const RAISING_VERBS: &[&str] = &["筹集", "募集", "募资", "筹得", "融得", "融资"];

/// Words after a firm that make it one of a raise's investors (微软和其他投资者).
pub const OTHER_INVESTORS: &[&str] = &["和其他投资者", "及其他投资者", "等投资者", "等其他投资者", "和其他的投资者"];

/// Words after a field that make it a venue (在社交媒体发文, 在社交平台上).
pub const VENUE_WORDS_AFTER: &[&str] = &["上", "发文", "发帖", "发布", "账号", "帖子", "表示", "称"];

/// Words that make what follows a yardstick, besides [`COMPARISON_WORDS`]
/// (发布对标o1的模型: o1 is not what was made).
pub const COMPARAND_WORDS: &[&str] = &["对标", "赶超", "不输"];

/// Words before a district that make it where something is (在上海市闵行区).
pub const LOCATIVE_WORDS: &[&str] = &["在", "于", "位于", "至", "到", "从", "来自", "落户"];

/// Words that open the list of a raise's backers (从微软和其他投资者, 包括A、B在内的).
pub const BACKER_LIST_OPENERS: &[&str] = &["从", "向", "包括"];

/// The verbs of [`PRODUCT_PLACE_WORDS`] that use a product (基于星罗平台).
pub const PRODUCT_USE_WORDS: &[&str] = &["基于", "依托", "接入"];

/// What joins a technique to the model it describes: MoE模型DeepSeek-V3,
/// MoE架构的Step-2, 混合专家架构大模型X (spaces and a closing bracket aside).
pub const TECHNOLOGY_MODEL_LINKS: &[&str] =
    &["的", "架构的", "模型", "大模型", "架构模型", "架构大模型", "架构的模型", "架构的大模型", "的模型", "的大模型"];

/// What a figure may measure that is no entity's: a market index or the
/// market as a whole, a probability, an economy's statistic. A clause that
/// names one between its subject and the figure gives the figure to none.
pub const AGGREGATE_SUBJECTS: &[&str] = &[
    "指数",
    "纳指",
    "道指",
    "标普500",
    "恒指",
    "沪指",
    "深成指",
    "创业板指",
    "科创50",
    "两市",
    "大盘",
    "概率",
    "就业人数",
    "非农",
    "失业率",
    "通胀率",
    "CPI",
    "PPI",
    "GDP",
    "PMI",
    "国债收益率",
    "汇率",
    "金价",
    "油价",
];

/// Endings of things named after a person (奈特·亨尼西学者项目, 科赫家族): the
/// name that comes before them ends where they begin.
pub const NAMED_AFTER_PERSON: &[&str] = &["学者", "项目", "奖", "计划", "家族", "基金", "中心", "大楼", "法案"];

/// Words of time between a firm's name and what it did (星河科技近日宣布完成
/// 融资).
pub const ACT_TIME_WORDS: &[&str] =
    &["近日", "日前", "今日", "昨日", "近期", "今天", "昨天", "本周", "正式", "已", "已经"];

/// What a figure measures of a person, not of what the person runs or says:
/// wealth, holdings, pay, age (陈天石以700亿元身家, 梁文锋的持股价值).
pub const PERSONAL_METRICS: &[&str] = &[
    "身家",
    "财富",
    "净资产",
    "个人资产",
    "持股价值",
    "持股",
    "持有",
    "年薪",
    "薪酬",
    "薪水",
    "岁",
    "出资",
    "个人捐",
    // How long a person worked somewhere (在麦肯锡待了超过十年, 具有14年证券从业经验).
    "待了",
    "任职",
    "效力",
    "从业",
    "执教",
    // What a fund manager manages, whom a person trained or hired (在管基金有5只,
    // 管理基金规模为61亿元, 培养了90名博士生, 招募约100名志愿者).
    "在管基金",
    "管理基金",
    "培养了",
    "招募",
];

/// Units of a piece of hardware's specification, which hold whenever said.
pub const SPEC_UNITS: &[&str] = &["GB", "TB", "MB", "TFLOPS", "PFLOPS", "TOPS", "nm", "GHz", "MHz"];

/// Units of what a chip is (its process node, compute and clock: 3nm,
/// 50TOPS, 4.47GHz): a figure in one is a chip's or a device's, never the
/// firm that makes, uses or sells the chip (台积电的3纳米工艺, 高通芯片可达50TOPS).
pub const CHIP_SPEC_UNITS: &[&str] = &["nm", "TOPS", "TFLOPS", "GHz", "MHz"];

/// Between an investor and the company it puts money into, before the verb:
/// 软银向OpenAI注资, 亚马逊对Anthropic的投资, 微软已向OpenAI投资.
pub const INVEST_TARGET_MARKERS: &[&str] =
    &["向", "对", "给", "已向", "曾向", "再次向", "也向", "还向", "又向", "将向", "已对", "曾对", "此前向"];

/// Words that open the amount between an investor and its verb: 谷歌斥资20亿
/// 美元投资Anthropic.
pub const SPENDING_WORDS: &[&str] = &["斥资", "出资", "耗资", "拟以", "以", "砸下", "豪掷"];

/// A clause's own subject before a verb of technique that is not the
/// sentence's model: people who use the technique on it, or models in
/// general (允许用户通过蒸馏…, 大模型基于大数据…).
pub const OTHER_TECHNIQUE_USERS: &[&str] = &[
    "用户",
    "开发者",
    "研究者",
    "研究人员",
    "他人",
    "其他模型",
    "大模型基于",
    "大模型通过",
    "模型通过",
    "团队通过",
    "有人",
    "基于它",
    "基于其",
];

/// Words that end like a district or a city but name a kind of place:
/// 大城市, 偏远地区, 无人区, 高新区 (a zone's own name carries its city:
/// 杭州高新区).
pub const KINDS_OF_PLACE: &[&str] = &[
    "大城市",
    "小城市",
    "中小城市",
    "超大城市",
    "偏远地区",
    "无人区",
    "发达地区",
    "欠发达地区",
    "贫困地区",
    "农村地区",
    "高新区",
    "开发区",
    "保税区",
    "自贸区",
    "试验区",
    "示范区",
    "新城区",
    "老城区",
    "主城区",
    "中心城区",
];

/// Marks that open a quoted name (“天神之眼”, 「梁溪小智」, 『…』, "…", 《…》).
pub const OPENING_QUOTES: &[char] = &['“', '「', '『', '"', '《'];

// ── Names in quotes after a kind of product (names24) ──

/// Nouns for a kind of product that, with words describing them, name the
/// quoted words right after them: 自研AI芯片“含光”, AI营销工具“灵感岛”.
pub const KIND_NOUNS_BEFORE_QUOTES: &[&str] = &[
    "平台",
    "芯片",
    "手机",
    "系统",
    "产品",
    "机器人",
    "眼镜",
    "应用",
    "小程序",
    "App",
    "APP",
    "工具",
    "软件",
    "网站",
    "车型",
    "终端",
    "耳机",
    "手表",
    "座舱",
    "助手",
    "智能体",
];

/// Chars that may follow a quoted name where a phrase ends: a pause, a list
/// or a possessive (平台“清影”，在…, 产品“点点”的用户).
pub const QUOTED_NAME_CLOSERS: &str = "，。、,；;：:)）和与及的等";

/// Latin words after a product's name that name a form or generation of
/// it (Codex Desktop, Optimus Gen-2, Mac Studio, YouTube Live, iOS App), or
/// an edition or a service of the platform (… Enterprise Edition, Azure
/// Foundry, Alexa Custom Assistant).
pub const PRODUCT_PART_WORDS: &[&str] = &[
    "Gen",
    "Desktop",
    "Studio",
    "Live",
    "App",
    "Apps",
    "Tasks",
    "Edition",
    "Cloud",
    "Enterprise",
    "Foundry",
    "Custom",
];

/// Edition and tier words written after a product's name, part of it
/// (小米15 Ultra, iPhone SE, iPad Air, Apple Watch Ultra 3).
pub const EDITION_WORDS: &[&str] =
    &["Ultra", "Pro", "Max", "Plus", "Mini", "mini", "SE", "Air", "Lite", "Turbo", "Pro Max", "Pro+", "Ultra+"];

/// Tier words written in Chinese after an app's or a service's name, that
/// make the whole a product (某某专业版: the paid tier of a data app).
pub const CJK_EDITION_WORDS: &[&str] = &["专业版"];

/// Units a digit run with capitals may be instead of a model number
/// (16GB, 100W, 5G): a size or a figure, not part of the name before it.
pub const NOT_MODEL_NUMBER_UNITS: &[&str] =
    &["GB", "TB", "MB", "KB", "PB", "G", "W", "KW", "MW", "GW", "V", "HZ", "MHZ", "GHZ", "FPS", "TOPS", "T", "M"];

/// Words after a maker and a Latin code that make the code no product: a
/// model, a drug, an event, a period's figures (DeepSeek R1模型, …注射液,
/// GTC大会, Q4业绩).
pub const NOT_PRODUCT_CODE_FOLLOWERS: &[&str] = &[
    "模型",
    "大模型",
    "系列模型",
    "推理模型",
    "注射液",
    "胶囊",
    "片",
    "吸入",
    "大会",
    "峰会",
    "会议",
    "业绩",
    "财报",
    "利润",
    "营收",
    "收入",
    "亏损",
    "季度",
    "年",
    "月",
    "日",
    "%",
    "股",
    "指数",
    "ETF",
    "级",
    "涨",
    "跌",
    "收涨",
    "收跌",
];

// ── Deployments by role and by use (names24) ──

/// Verbs of an adopter putting AI to work in its own application, beside
/// [`BUILD_VERBS`]: 将DeepSeek应用于“小邮助手”.
pub const DEPLOY_VERBS: &[&str] = &["应用于", "应用到"];

/// Staff roles an application fills for one adopter (Deployment typing):
/// 数字员工“白小柒”, 「西小服」AI专员.
pub const STAFF_ROLE_NOUNS: &[&str] = &["数字员工", "数智员工", "AI员工", "AI专员", "数字专员", "智能专员"];

// ── What 名为/称为 introduce (names24) ──

/// Verbs that give a nickname or a term (被称为“聪明钱”, 叫做“大力出奇迹”).
pub const NICKNAMING_VERBS: &[&str] = &["称为", "叫做"];

/// Nouns after 名为X的 that make X something other than an application: a
/// firm, a group, a document, an event, a method (一家名为X的公司).
pub const NAMED_OTHER_HEADS: &[&str] = &[
    "公司",
    "企业",
    "初创",
    "创业",
    "团队",
    "联盟",
    "组织",
    "机构",
    "基金",
    "群",
    "微信群",
    "表格",
    "文件",
    "报告",
    "论文",
    "文章",
    "书",
    "峰会",
    "会议",
    "活动",
    "计划",
    "项目",
    "技术",
    "方法",
    "算法",
    "框架",
    "数据集",
    "代币",
    "河",
    "街",
    "人",
];

/// Nouns right after quoted words that make them a plan, an event, a
/// feature, a rule or a way of working, not an application: “…”计划,
/// “…”活动, “…”的理念.
pub const QUOTED_OTHER_HEADS: &[&str] = &[
    "计划",
    "活动",
    "报告",
    "理念",
    "名义",
    "模式",
    "形式",
    "战略",
    "政策",
    "概念",
    "标准",
    "工程",
    "行动",
    "倡议",
    "方案",
    "功能",
    "技术",
    "框架",
    "算法",
    "内核",
    "课程",
    "的理念",
    "的成本",
    "的经营",
    "等名义",
    "这样的",
    "的说法",
    "口号",
];

// ── Latin names after more kinds of product (names24) ──

/// Words for a kind of product right before a Latin name, beside
/// [`DESCRIBED_PRODUCT_KINDS`]: 人形机器人 PX5, 智能穿戴芯片ATS3085, AI社交产品Linky.
pub const MORE_DESCRIBED_PRODUCT_KINDS: &[&str] = &["产品", "机器人", "芯片", "网站", "插件", "解决方案", "数据库"];

/// Words after a Latin name that make it a unit of a firm (…Foundation团队).
pub const UNIT_WORDS_AFTER_NAME: &[&str] = &["团队", "公司", "部门", "事业部", "实验室"];

/// Product heads that, right after a maker's name, make a category of its
/// goods rather than a product's name (华为手机).
pub const CATEGORY_HEADS: &[&str] = &["手机"];

/// Words for hardware in a sentence that make a code's 系列 a series of
/// devices, not of models (JM5系列、JM7系列等多款GPU产品).
pub const HARDWARE_SENTENCE_WORDS: &[&str] =
    &["GPU", "芯片", "显卡", "处理器", "加速卡", "机器人", "手机", "车型", "机型", "耳机", "手表", "眼镜", "服务器"];
// ---- Facts: market moves and reported periods (facts24) ----

/// Words of a trading-day report (股价, 收盘, 涨停, 龙头股): a sentence with
/// one of them tells how a stock moved, and the move is the reporting
/// day's.
pub const MARKET_DAY_WORDS: &[&str] = &[
    "股价",
    "收盘",
    "收市",
    "收报",
    "报收",
    "盘中",
    "开盘",
    "高开",
    "低开",
    "涨停",
    "跌停",
    "领涨",
    "领跌",
    "龙头股",
    "成份股",
    "成分股",
    "概念股",
    "个股",
    "板块",
    "港股",
    "美股",
    "A股",
    "交易日",
];

/// Words that link a price move to its figure (涨幅分别为5.89%、1.17%,
/// 跌幅均为3%), read off before the move word.
pub const PRICE_MOVE_LINKS: &[&str] = &["分别为", "分别是", "分别", "均为", "均", "为", "是"];

/// What stands right before a price move (跌6.3%, 股价升2.2%, 涨幅13.17%).
pub const PRICE_MOVE_WORDS: &[&str] = &[
    "涨", "跌", "升", "上涨", "下跌", "涨幅", "跌幅", "升幅", "收涨", "收跌", "大涨", "大跌", "急跌", "暴跌", "暴涨",
    "下挫", "炒高", "回落", "高涨", "累涨", "累跌",
];

/// Verbs of holding a stake: the firm after one is what is held, and the
/// shares, value or stake that follow are the holder's (嘉兴蓝驰持有青云科技
/// 289万股, 桥水持有的拼多多股票市值).
pub const FACT_HOLDING_VERBS: &[&str] = &["持有", "增持", "减持", "持仓", "买入", "卖出", "清仓", "建仓", "所持"];

/// Words that make a sentence a forecast when a later clause says what 将
/// be (IDC预测，2025年，将有55%的企业…; 预计到2029年…将达到…).
pub const FORECAST_WORDS: &[&str] = &["预测", "预计", "预期", "展望"];

/// Short names of indexes that AGGREGATE_SUBJECTS does not list (标指 for
/// 标普500, 国指, 恒科指).
pub const MORE_AGGREGATE_SUBJECTS: &[&str] = &["标指", "国指", "恒科指", "日经", "上证", "深证", "北证50"];

/// What marks a sentence about a later year as looking ahead (到2030年…有望
/// 达到, 目标是2030年冲刺300亿元) rather than reporting a date the dateline
/// got wrong.
pub const LOOKING_AHEAD_WORDS: &[&str] =
    &["将", "预计", "预测", "预期", "有望", "目标", "力争", "计划", "估计", "估算", "可达", "冲刺", "展望", "承诺"];

// Comparands of numeric facts.

/// What joins an entity to the one it is likened to (能力与o1相当).
pub const COMPARAND_JOINERS: &[&str] = &["与", "和", "跟", "同"];

/// Words that liken two things: the one after 与 is the comparand
/// (能力与OpenAI的o1相当, 和GPT-4o不相上下).
pub const EQUIVALENCE_WORDS: &[&str] = &[
    "相当",
    "相近",
    "持平",
    "媲美",
    "比肩",
    "看齐",
    "不相上下",
    "差不多",
    "相仿",
    "一样",
    "类似",
    "相比",
    "不分伯仲",
    "平分秋色",
    "并驾齐驱",
];

/// A copula before the entity a share or multiple is of (这是ChatGPT日活的
/// 41.6%, 相当于GPT-4的1/10).
pub const RATIO_COPULAS: &[&str] = &["是", "为", "相当于", "仅为", "只有", "约为", "达到"];

/// Measures that count adopters (60家企业, 20余家银行).
pub const ADOPTER_MEASURES: &[&str] = &["家", "所", "个", "款"];

/// Verbs of taking up a model or a service (宣布接入DeepSeek): a count of
/// firms before one counts the adopters of what follows.
pub const ADOPTION_VERBS: &[&str] = &["接入", "部署", "引入", "适配", "采用", "集成", "上线", "融合", "调用"];

/// Words that sum what a list of names holds (A和B合计占90%): the figure
/// after one is the group's, no member's.
pub const JOINT_WORDS: &[&str] =
    &["合计", "合共", "合計", "共同", "加起来", "加起來", "总共", "一共", "两家", "兩家", "联合", "聯合"];

/// What ends the name of a unit inside a government body or regulator
/// (工信部运行监测协调局, 外交部亚洲司, 美国财政部海外资产控制办公室): the
/// unit is an organization of its own, the one that acts in the sentence.
pub const GOVERNMENT_UNIT_ENDS: &[&str] = &["办公室", "局", "司"];

/// Words that make what follows a body an act or a second body, not one of
/// its units (商务部会同市场监管总局, 财政部和国税局, 国资委旗下, 国家统计局
/// 原副局长, 发改委牵头成立数据局), or its board (董事局).
pub const GOVERNMENT_UNIT_BREAKS: &[&str] = &[
    "会同",
    "联合",
    "旗下",
    "下属",
    "原",
    "副",
    "成立",
    "设立",
    "组建",
    "牵头",
    "指责",
    "要求",
    "发布",
    "印发",
    "批准",
    "、",
    "的",
    "等",
    "与",
    "及",
    "对",
    "向",
    "将",
    "在",
    "为",
    "总局",
    "董事",
    "理事",
    "管理局",
];

/// The marks that end a clause, and with it a list of firms that no 等
/// closes (…、青穹、云岫精工。).
pub const FIRM_LIST_PAUSES: &[char] = &['，', '。', '；', ';', '！', '？', ',', '!', '?', '）', ')'];

/// Words with which an analyst names the stocks picked (推荐A、B; 建议关注：
/// A、B): the names after them are listed firms.
pub const STOCK_PICK_WORDS: &[&str] = &["推荐", "关注", "看好", "首选", "受益标的"];

/// Words that open a list of firms, besides LIST_OPENERS, and are no part
/// of its first item (剔除安井食品、…; 拥有华兴源创、…; 建议关注普洛药业、…).
pub const FIRM_LIST_OPENERS: &[&str] = &["其中", "有", "是", "和", "及", "与", "关注", "建议", "剔除", "拥有", "还有"];

/// What ends a list item that is a body or a fund, not a firm (沪深交易所,
/// 国家社科基金, 中证指数).
pub const FIRM_LIST_NOT_FIRMS: &[&str] =
    &["交易所", "基金", "协会", "学会", "研究院", "大学", "学院", "委员会", "指数", "部", "局", "署", "政府", "资料"];

/// How a news outlet's name ends (钛媒体, 新浪财经, 每日经济新闻, 21世纪经济报).
pub const OUTLET_ENDS: &[&str] = &["媒体", "财经", "新闻", "日报", "时报", "周刊", "资讯", "报"];

/// Words before an outlet's app in a credit line (本文首发于, 告诉, 下载,
/// 截图来自).
pub const CREDIT_BEFORE: &[&str] = &["首发于", "首发", "告诉", "下载", "来自", "来源：", "来源:"];

/// Words after an outlet's app in a credit line (钛媒体App注意到, …获悉).
pub const CREDIT_AFTER: &[&str] = &["注意到", "获悉", "了解到", "讯", "报道", "记者", "独家"];

/// Words that make a product a drug (核心产品Keytruda是一款PD-1抗体, 在研
/// 产品进入临床).
pub const PHARMA_CUES: &[&str] =
    &["药", "抗体", "注射液", "疫苗", "临床", "适应症", "单抗", "制剂", "胶囊", "靶点", "癌", "肿瘤", "患者", "治疗"];

/// Endings that make a phrase before an acting cue a firm's title or a
/// status, not a firm (万科新任, 银泰百货原, 美国籍).
pub const ACTING_NOT_FIRM_ENDINGS: &[&str] = &["新任", "原", "前任", "籍", "创始人", "CEO"];

/// More words that continue a firm's suffix into a common noun or a bigger
/// body (保险代理人, 证券交易所, 创投家, 银行部, 电子团队, 保险咨询), besides
/// SUFFIX_CONTINUATIONS.
pub const MORE_SUFFIX_CONTINUATIONS: &[&str] =
    &["代理人", "交易所", "家", "部", "团队", "咨询", "营业部", "从业", "业务员", "价值链", "倒闭"];

/// Firms' suffixes that are common words first (投资成本, 汽车零部件): a
/// name made with one must not run on into a noun.
pub const COMMON_WORD_BRAND_SUFFIXES: &[&str] = &["投资", "汽车", "资产"];

/// Firm suffixes that name a firm only before a title (畅力资产董事长X).
pub const TITLED_ONLY_BRAND_SUFFIXES: &[&str] = &["资产"];

// ---- Fields named where a field stands (names26) ----

/// Scope words before a field that are no part of it (国内公有云IaaS领域).
pub const FIELD_SCOPE_DROPPED: &[&str] = &["国内", "全球", "海外", "国际上"];

/// Openings of a phrase that points at a field or grades it instead of
/// naming it (这一领域, 相关行业, 多个领域, 前沿领域, 传统行业).
pub const FIELD_GENERIC_MODIFIERS: &[&str] = &[
    "相关",
    "不同",
    "特定",
    "垂直",
    "更多",
    "许多",
    "很多",
    "某些",
    "哪些",
    "所处",
    "整个",
    "其他",
    "其它",
    "各",
    "多",
    "新",
    "前沿",
    "高附加值",
    "细分",
    "传统",
    "新兴",
    "核心",
    "重点",
    "关键",
    "主要",
    "专业",
    "本",
    "同",
    "该",
    "这",
    "此",
    "上述",
    "以上",
    "下游",
    "上游",
    "全",
    "所有",
    "众多",
    "诸多",
    "广泛",
    "若干",
    "一些",
    "部分",
    "非",
    "大",
    "小",
    "某",
    "每",
    "一",
    "两",
    "几",
    "此类",
    "这类",
    "那",
    "自己",
    "我们",
    "他们",
    "其",
    "我",
    "你",
    "他",
];

/// Phrases before 领域/行业 that name no field of their own (技术领域, 科技
/// 行业 is any of them; 整个产业).
pub const FIELD_GENERIC_ITEMS: &[&str] = &[
    "技术",
    "科技",
    "应用",
    "产品",
    "业务",
    "市场",
    "研究",
    "科学",
    "开源",
    "硬件",
    "行业",
    "领域",
    "前沿科技",
    "科技创新",
    "技术创新",
    "创新",
    "商业",
    "经济",
    "产业",
    "实体经济",
    "企业",
    "公司",
    "研发",
    "场景",
    "服务",
    "投资",
    "专业领域",
    "AI",
    "人工智能",
    "大模型",
    "AI大模型",
    "模型",
    "基座模型",
    "学术",
    "商业化",
    "实体",
    "消费",
    "民用",
    "军事",
    "工作",
    "生产",
    "生活",
];

/// Verbs that open a list of fields and glue to its first member (赋能客服、
/// 风控等场景, 应用于制药、诊疗等领域).
pub const FIELD_LEAD_VERBS: &[&str] = &[
    "赋能",
    "局限于",
    "限于",
    "应用",
    "应用于",
    "用于",
    "覆盖",
    "包括",
    "涵盖",
    "聚焦",
    "布局",
    "深耕",
    "进军",
    "拓展",
    "推动",
    "助力",
    "提升",
    "优化",
    "加强",
    "涉及",
    "涉足",
    "服务于",
    "面向",
    "集中",
    "集中于",
    "主要",
    "如",
    "例如",
    "比如",
    "像",
    "在",
    "于",
    "对",
    "向",
    "诸如",
    "运用",
    "运用到",
    "运用于",
    "用到",
    "到",
    // jieba keeps 特别是在 as one word (特别是在医疗、教育等领域).
    "特别是在",
    "特别是",
];

/// First chars of a short head before 公司 that belong to the clause, not
/// to a name: function chars, pronouns and counts (但全公司, 仍因公司, 他拉着
/// 公司, 一人公司, 三人公司, 有家公司).
pub const FIRM_HEAD_CLAUSE_OPENERS: &[char] = &[
    '但', '而', '仍', '即', '对', '所', '有', '著', '比', '就', '也', '还', '都', '又', '将', '已', '被', '把', '向',
    '从', '在', '与', '和', '及', '以', '为', '因', '由', '当', '其', '该', '这', '那', '每', '各', '某', '他', '她',
    '它', '我', '你', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '两', '几', '多', '令', '让', '使',
    '给', '跟', '是',
];

/// Chars that open a clause's words, not a name, right after a firm noun
/// (科技公司弱于预期, 企业对磁材, 初创公司以远低于, 独角兽更多地). Not 中
/// or 正, which open many firms' names (中科创达, 正泰).
pub const APPOSITIVE_CLAUSE_OPENERS: &[char] =
    &['对', '以', '更', '不', '弱', '称', '怯', '也', '都', '还', '就', '才', '已', '将', '被', '把'];

/// Endings of a phrase before an acting cue that name a part of a body, its
/// assets or a group of firms, not a firm (非营利部门的估值, AI产业链, 关键技术
/// 供应商, 中国科企). Not 业务: a firm's business unit is a Company to the
/// gold (TikTok美国业务).
pub const ACTING_NOT_FIRM_PARTS: &[&str] = &["部门", "部分", "资产", "实体", "产业链", "供应商", "科企"];

/// Nouns for the platforms or leaders of a field, after a sector word
/// (短视频平台, 钢铁上市公司, 半导体龙头): the sector word names the field
/// they are in. (企业, 公司 and 巨头 stay in SECTOR_NOUN_CONTINUATIONS.)
pub const FIELD_FIRM_NOUNS: &[&str] =
    &["平台", "上市公司", "龙头", "巨头", "企业", "公司", "厂商", "概念", "股", "市场"];

// ---- facts26: whose figure a clause states ----

/// Scopes that open a clause about a country, a region or a whole trade
/// (全球服务器出货量, 我国数据中心, 国内市场手机出货量): such a clause has a
/// subject of its own, not the firm named before.
pub const FACT_SCOPE_OPENERS: &[&str] = &[
    "全球",
    "全国",
    "国内",
    "我国",
    "中国",
    "美国",
    "海外",
    "境内",
    "境外",
    "全行业",
    "行业",
    "欧洲",
    "日本",
    "韩国",
    "印度",
    "全美",
    "全港",
    "全台",
    "台湾",
];

/// What a firm measures of itself over a scope (全球销量, 海外营收, 中国区售价,
/// 海外APP端DAU): after a scope opener, the firm's own figure.
pub const FACT_SCOPED_OWN_METRICS: &[&str] = &[
    "销量",
    "销售额",
    "营收",
    "收入",
    "下载",
    "用户",
    "日活",
    "月活",
    "DAU",
    "MAU",
    "售价",
    "定价",
    "门店",
    "员工",
    "市场份额",
    "份额",
    "市占",
    "访问量",
    "装机",
    "业务",
    "总部",
    "工厂",
    "同店",
];

/// The year so far, dated by the dateline's year (年内共升42%, 年初以来净值
/// 增长13%); a count before them (一年内) is a span, no period.
pub const YEAR_TO_DATE_WORDS: &[&str] = &["年内", "年內", "年初以来", "年初以來", "年初至今"];

/// Words of a clause after a ； that point back to the span an earlier
/// clause named (年初至今…；同一时期…, 以…的区间回报): the year so far
/// still dates it.
pub const SAME_SPAN_WORDS: &[&str] = &["同一时期", "同一時期", "同一期间", "同一期間", "区间", "區間"];

/// Time words that may open a clause before its scope (2024年Q4全球…, 截至目前
/// 国内…).
pub const FACT_LEADING_TIME_WORDS: &[&str] = &[
    "截至",
    "截止",
    "目前",
    "当前",
    "今年",
    "去年",
    "前年",
    "全年",
    "上半年",
    "下半年",
    "前三季度",
    "季度",
    "年底",
    "年末",
    "年初",
    "月底",
    "月末",
    "同期",
    "当年",
];

/// How a clause that names who reports ends (Canalys发布的数据显示,
/// 华创证券研究发现, 国信证券研报指出): with a word of research or data
/// before, what comes after is reported, not the reporter's own figure.
pub const FACT_REPORT_ENDINGS: &[&str] =
    &["显示", "发现", "指出", "称", "表明", "预测", "预计", "统计", "测算", "估算"];

/// What opens a record's starting day (创去年12月18日以来最大跌幅, 创下1月
/// 以来新高): the day is a baseline, no period of the figure.
pub const FACT_RECORD_OPENERS: &[&str] = &["创", "创下", "创出", "刷新", "創", "創下"];

/// What opens a clause that cites a source (根据国家移民管理局公告，).
pub const FACT_CITING_OPENERS: &[&str] = &["根据", "据", "依据", "按照"];

/// A body's notices, which set rules for others (根据X公告, 据X通知).
pub const FACT_BODY_NOTICES: &[&str] = &["公告", "通知", "通告", "规定", "文件", "公告显示", "通知显示"];

/// Research and data a firm publishes about others (数据, 研报, 调查).
pub const FACT_RESEARCH_NOUNS: &[&str] =
    &["数据", "报告", "研报", "研究", "调查", "调研", "统计", "监测", "跟踪", "分析", "预测", "测算", "估算", "榜单"];

/// A firm's accounts of itself (财报显示, 半年报显示, 公告显示): its own figures.
pub const FACT_OWN_ACCOUNTS: &[&str] = &[
    "财报",
    "年报",
    "季报",
    "业绩",
    "公告",
    "招股书",
    "财务",
    "官网",
    "网站",
    "年度报告",
    "运营",
    "内部",
    "自己",
    "自身",
];

/// Bodies whose members' figures they count and report as theirs (中国钢铁
/// 工业协会初步统计，重点企业营收…).
pub const FACT_MEMBER_BODIES: &[&str] = &["协会", "联合会", "商会", "行业协会"];

/// Words that open a clause pointing back to the firm that reports (该公司,
/// 其, 公司): its figures are that firm's own.
pub const FACT_REPORTER_POINTERS: &[&str] =
    &["该公司", "公司", "本公司", "其", "我们", "集团", "该集团", "该行", "本行", "它", "旗下"];

/// Words before a span of time that make it a window a change or a term is
/// measured over (过去18个月, 未来30天内, 之日起12个月, 延长6个月, 近5天).
pub const FACT_SPAN_BEFORE: &[&str] =
    &["未来", "过去", "之日起", "期限", "锁定期", "延长", "推迟", "间隔", "近", "最近"];

/// Words after a span of time that place an event by it (4个月前, 20天后,
/// 22个月以来).
pub const FACT_SPAN_AFTER: &[&str] = &["后", "前", "以来", "之后", "以后", "之前"];

/// Comparatives after 比X (比Grok 2高10倍, 比o1便宜90%): X is what the
/// figure is measured against.
pub const FACT_COMPARATIVES: &[&str] = &[
    "高", "低", "便宜", "贵", "快", "慢", "多", "少", "强", "大", "小", "提升", "提高", "降低", "下降", "增加", "减少",
    "增长", "领先", "落后", "省", "节省", "长", "短",
];

/// Whole markets a clause with no entity of its own may be about (A股成交额
/// 接近两万亿, 全市场ETF净流出, 恒生科技累计涨幅): not the firm named before.
pub const FACT_MARKET_LEADS: &[&str] =
    &["全市场", "A股", "港股", "美股", "中概股", "恒生科技", "沪深", "北向资金", "南向资金", "全球市场"];

// ---- stop 26: relations ----

/// Verbs of raising money from the investors named after 从 (SSI从红杉资本
/// 等五家机构筹集了10亿美元).
pub const FUNDING_SOURCE_VERBS: &[&str] = &["筹集", "募集", "筹得", "募得", "融得", "获得", "拿到", "获取"];

/// What may stand between 从 and the raising verb besides the investors'
/// names: list joints and words that count or sum them up (等五家投资机构,
/// 包括…在内的投资者, …那里).
pub const FUNDING_SOURCE_FILLERS: &[&str] = &[
    "在内的",
    "投资机构",
    "投资公司",
    "投资人",
    "投资者",
    "投资方",
    "其他",
    "其它",
    "那里",
    "包括",
    "机构",
    "公司",
    "基金",
    "以及",
    "现有",
    "新",
    "等",
    "处",
    "这",
    "那",
    "家",
    "、",
    "和",
    "与",
    "及",
    "多",
    "几",
    "两",
];

/// After the raising verb: the money is an investment (资金, 融资, an
/// amount), not income or a grant.
pub const FUNDING_SOURCE_MONEY: &[&str] = &["资金", "融资", "投资", "注资", "美元", "元", "欧元", "英镑", "日元"];
pub const FUNDING_SOURCE_NOT_INVESTMENT: &[&str] =
    &["收入", "营收", "分红", "订单", "补贴", "补助", "贷款", "授信", "赔偿", "罚款", "利润", "回报", "收益"];

/// Words before an employer that make a person named after it (…的Y) one
/// of its people, now or before: 曾在苹果领导AI项目的丹尼尔·格罗斯, 来自清华大学的张三.
pub const CAREER_BEFORE_EMPLOYER: &[&str] = &[
    "曾在",
    "曾于",
    "曾任职于",
    "曾就职于",
    "曾供职于",
    "任职于",
    "就职于",
    "供职于",
    "来自",
    "先后在",
    "此前在",
    "带领",
    "率领",
];

/// Ordinals before a post (第二任公关负责人, 首任CEO): they leave the title
/// where it is.
pub const POST_ORDINALS: &[&str] =
    &["第一任", "第二任", "第三任", "第四任", "第五任", "首任", "现任", "前任", "新任", "前"];

/// Verbs after 在 and a product that a model runs on (R1已在知乎直答上线).
pub const MODEL_HOSTED_VERBS: &[&str] = &["上线", "上架", "集成", "部署", "落地", "运行", "可用"];

/// Words that stand for the firm a paragraph is about, as the subject of a
/// clause (公司发布了最新的盘古大模型5.0, 该行上线了…).
pub const MAKER_PRONOUNS: &[&str] = &["该公司", "这家公司", "该企业", "该集团", "该行", "公司", "集团"];

/// Time words and adverbs that may open a clause before its subject or verb.
pub const CLAUSE_OPENERS: &[&str] = &[
    "近日",
    "日前",
    "此前",
    "随后",
    "目前",
    "今年",
    "去年",
    "同时",
    "同日",
    "此外",
    "另外",
    "就在去年",
    "今天",
    "昨天",
    "也",
    "还",
    "已",
    "已经",
    "将",
    "正式",
    "首次",
    "再次",
    "又",
];

/// 宝骏汽车宣布其灵语智舱系统…: 其 and what may follow it before an
/// artifact that is the firm's own.
pub const PRONOUN_OWN_MARKERS: &[&str] =
    &["其自主研发的", "其自研的", "其旗下的", "其旗下", "其自有的", "其最新的", "其新一代", "其最新", "其"];

/// What may stand between a firm and 其 for 其 to be that firm: verbs of
/// saying, and adverbs.
pub const PRONOUN_OWN_LEADS: &[&str] = &[
    "宣布",
    "表示",
    "称",
    "透露",
    "介绍",
    "也宣布",
    "正式宣布",
    "近日宣布",
    "日前宣布",
    "今日宣布",
    "同日宣布",
    "也",
    "将",
    "已将",
];

/// Kinds of product after a field word that closes a list (抖音、快手等短视频
/// 平台): the list's members are that field's.
pub const SECTOR_GROUP_KINDS: &[&str] = &["平台", "应用", "App", "APP", "产品", "软件", "工具", "服务"];

/// Nouns (and verbs) for the work of running a model on a platform:
/// 完成…的深度适配, 实现…适配M.
pub const ADAPTATION_NOUNS: &[&str] = &["适配", "接入", "部署", "融合", "集成", "对接"];
/// Verbs of completing that work.
pub const COMPLETION_VERBS: &[&str] = &["完成", "实现"];

/// Kinds of hub before 中心 that, after a place, name a facility or a
/// policy goal rather than an organization (美国数据中心, 上海国际航运中心).
pub const HUB_KINDS: &[&str] =
    &["数据", "国际航运", "国际金融", "航运", "金融", "科技创新", "科创", "国际消费", "贸易", "物流"];

/// Verbs of a holder changing its position in a stock, right before the
/// company (摩根大通增持了博通); 清仓 leaves no stake, so it is not here.
pub const POSITION_VERBS: &[&str] = &["增持", "减持", "加仓", "减仓", "新建仓", "建仓", "重仓"];

/// Words that stand for the holder the sentence or paragraph opened with.
pub const HOLDER_PRONOUNS: &[&str] =
    &["其", "该行", "该基金", "该对冲基金", "该机构", "该公司", "这家对冲基金", "这家基金"];

/// Investing verbs that take the company invested in as their object.
pub const INVESTED_OBJECT_VERBS: &[&str] = &["投资了", "注资了", "入股了", "领投了", "参投了", "押注了"];

/// Investing verbs without 了 that take a firm described by its country
/// (投资法国的Mistral): a plainer object (投资AI的X) is a relative clause.
pub const INVESTED_PLACE_VERBS: &[&str] = &["投资", "注资", "入股"];

/// Words that make a short description before 的 a clause of its own
/// (投资了去年成立的X, 投资了他创办的Y), not the field of the firm after it.
pub const INVESTED_FIELD_STOPS: &[&str] = &[
    "成立", "创办", "创立", "收购", "控股", "旗下", "持有", "他", "她", "其", "我们", "自己", "已经", "曾", "最", "年",
    "月",
];

/// How a company comes to hold another on the register, between the two
/// names and the holder's rank (A变更为B的股东, A变成了B的大股东).
pub const HOLDER_CHANGE_VERBS: &[&str] = &["变更为", "变更成", "变更成了", "变成", "变成了", "成了"];

/// Verbs that open a clause of one investment with the investee right
/// after them and no subject before (入股A，投资B，全资收购C).
pub const SERIAL_INVEST_VERBS: &[&str] =
    &["全资收购", "战略投资", "投资了", "入股了", "收购了", "投资", "入股", "参股", "注资", "收购", "持有"];

/// Adverbs that may stand before 双方 at the head of a clause (然而双方的合作…).
pub const BOTH_PARTIES_LEADS: &[&str] =
    &["", "然而", "当然", "未来", "此后", "目前", "如今", "后续", "此前", "随后", "而"];

/// Words right after a firm that make it the describer of the next firm,
/// not a party of its own (甲公司子公司乙…).
pub const DESCRIBING_PARENT_TAILS: &[&str] = &["子公司", "的子公司", "全资子公司", "控股子公司", "旗下"];

/// Words that open a clause going on with the sentence's subject
/// (阿里巴巴不但有…，而且已经投资了…).
pub const SUBJECTLESS_OPENERS: &[&str] = &["而且", "并且", "还", "并", "也", "此前", "此外还", "同时还", "更是"];

/// What follows a brand named as a partner (与DeepSeek有合作): the brand
/// is the firm.
pub const BRAND_PARTNER_AFTER: &[&str] =
    &["合作", "有合作", "的合作", "达成合作", "开展合作", "展开合作", "建立合作", "签署", "签约", "公司合作"];

/// Verbs of leading or joining a round, before 的…融资 (X领投的一轮融资).
pub const ROUND_LEAD_VERBS: &[&str] = &["领投的", "参投的", "跟投的", "联合领投的", "共同领投的"];

/// What opens a firm's list of its own products (其主要产品包括…, X的核心产品有…).
pub const OWNED_PRODUCT_LEADS: &[&str] = &[
    "主要产品包括",
    "主要产品有",
    "主要产品为",
    "核心产品包括",
    "核心产品有",
    "旗下产品包括",
    "旗下产品有",
    "产品线包括",
    "产品矩阵包括",
];

/// Verbs of building a model into a product after 把/将 M (集成至, 接入到).
pub const MODEL_PUT_VERBS: &[&str] = &[
    "集成", "接入", "部署", "融合", "引入", "嵌入", "整合", "植入", "融入", "应用", "内置", "装进", "放进", "上线",
    "上架", "投入", "运用",
];

/// Words right after a country that opens a sentence that make its state
/// the actor (美国对英伟达祭出管制, 美国向…施压, 美国前国防部长).
pub const STATE_ACT_LEADS: &[&str] = &["对", "對", "向", "前"];

/// Words after a country that make its state the actor (美国政府, 法国数字部长,
/// 美国地区法官): a sentence it opens is not framed by the country for firms.
pub const STATE_ACTORS: &[&str] = &[
    "政府",
    "总统",
    "官员",
    "法官",
    "部长",
    "国会",
    "当局",
    "监管",
    "商务部",
    "外交部",
    "财政部",
    "司法部",
    "议员",
    "首相",
    "总理",
];

/// Words that open a sentence and point back to the model or product the
/// sentence before named (这些模型可用于…, 该产品已覆盖…).
pub const ARTIFACT_PRONOUNS: &[&str] = &[
    "这些模型",
    "该模型",
    "这一模型",
    "此模型",
    "这款模型",
    "该系列模型",
    "这些大模型",
    "该大模型",
    "这款大模型",
    "该产品",
    "这款产品",
    "该应用",
    "这款应用",
    "该平台",
    "这一平台",
];

/// Words that may open a sentence before a subjectless 与X合作 (受与苹果合作
/// 消息催化, 随着与X合作的落地): the occasion, not an actor.
pub const FRONTED_OCCASIONS: &[&str] = &["受", "随着", "通过", "借助", "凭借", "此次", "本次", "基于", "由于", "因"];

/// Adverbs between a product and the verb that takes a model in (小艺App已
/// 上架的…, 元宝最新接入的…).
pub const HOSTED_MODEL_LEADS: &[&str] = &["已经", "已", "所", "最新", "新", "近期", "此前", "率先"];
/// Besides the hosting verbs, what a product does to take a model in before
/// 的 and the model (元宝接入的R1, 车机搭载的M).
pub const PRODUCT_TAKE_IN_VERBS: &[&str] = &["接入", "内置", "搭载"];
/// Besides the hosting verbs, the verbs of a fronted 在…M之后 clause (在接入
/// M之后，P…).
pub const FRONTED_TAKE_IN_VERBS: &[&str] = &["接入", "引入"];

/// Words that may stand in a clause made only of its actors (besides
/// TIME_ADVERBS and CLAUSE_OPENERS), which then is the subject of the next
/// clause (X近日联合Y、Z，发布了…).
pub const BARE_SUBJECT_FILLERS: &[&str] =
    &["也", "还", "则", "又", "联合", "携手", "与", "和", "、", "及", "以及", "同", "共同", "一起", "正式"];

/// Time words that may stand between two actors before the word that
/// joins them (X近日联合Y).
pub const TIME_ADVERBS: &[&str] = &["近日", "日前", "今日", "今天", "昨日", "昨天", "近期", "此前", "随后", "同时"];

/// Words before an investing verb that make its subject the one receiving
/// the money (X获得投资, X得到注资).
pub const RECEIVE_WORDS: &[&str] = &["获得了", "获得", "获", "得到", "接受", "迎来"];

/// Chars that, before a country's group of firms in its clause, make the
/// group another party to what the clause says (与中国企业竞争, 对中国公司,
/// 为中国厂商提供), not the firms named before.
pub const OTHER_PARTY_CHARS: &str = "与和跟同对比向给为被把将在从及让令使较";

/// Chars of a count phrase after 等 (超过百家, 近20家, 多家).
pub const COUNT_PHRASE_CHARS: &str = "超过近约共逾余数几多家个0123456789一二两三四五六七八九十百千";

/// Words that open a clause listing the members of what the clause before
/// made (推出Gemini 2.0系列模型，涵盖A和B; 推出的一系列大模型，包括A、B).
pub const MADE_MEMBER_OPENERS: &[&str] = &["包括", "其中包括", "涵盖", "分别是", "分别为", "包含"];

/// Verbs of working together that, after A与M or A和M, make the pair
/// two sides of one act rather than two things made (A与M联动).
pub const WORKING_TOGETHER_VERBS: &[&str] = &["合作", "联动", "打通", "协同"];

/// Verbs of having or opening a site, right after 在 and a place (在巴黎开设
/// 办事处, 在中国、越南设有制造基地).
pub const SITE_VERBS: &[&str] =
    &["设有", "拥有", "建有", "有", "设立了", "设立", "建立了", "建立", "建设了", "开设了", "开设", "建了", "设了"];

/// Kinds of site a firm has in a place.
pub const SITE_NOUNS: &[&str] = &[
    "基地",
    "工厂",
    "办事处",
    "研发中心",
    "总部",
    "分公司",
    "子公司",
    "园区",
    "数据中心",
    "办公室",
    "实验室",
    "晶圆厂",
    "超级工厂",
    "分部",
    "代表处",
    "研究院",
    "创新中心",
    "云中心",
];

/// Adverbs between a place and the verb of a site (在北京、合肥都开设了分公司).
pub const SITE_ADVERBS: &[&str] = &["都", "也", "还", "均", "已经", "已", "分别", "先后", "陆续", "相继", "正式"];

/// Verbs of leading a body, between a person and it with 的 (马斯克领导的
/// 政府效率部): the person is the body's.
pub const LEADING_VERBS: &[&str] =
    &["领导", "执掌", "掌舵", "带领", "率领", "掌管", "创立", "创办", "创建", "联合创立"];

/// Verbs of taking a post, which end a name read backwards from its
/// suffix (曾任美国商务部…办公室主任: the office is named after 曾任).
pub const POST_TAKING_VERBS: &[&str] = &["曾任", "现任", "担任", "出任", "兼任", "历任", "曾担任"];

/// Words that make a field a group of stocks (机器人概念拉升, 传媒板块走强).
pub const STOCK_GROUP_WORDS: &[&str] =
    &["概念", "板块", "指数", "走强", "走弱", "拉升", "跳水", "涨幅", "跌幅", "涨停"];

/// Words after a field (and 行业/领域) that make it a person's description
/// (通信行业资深观察人士, 医疗领域专家).
pub const FIELD_PERSON_WORDS: &[&str] =
    &["资深", "观察人士", "人士", "分析师", "专家", "研究员", "从业者", "记者", "观察家"];

/// A kind of model right after a technique (MoE架构大模型, 强化学习训练的
/// 推理模型): the technique is how models of that kind are built.
pub const TECHNOLOGY_KIND_OF_MODEL: &[&str] = &[
    "架构大模型",
    "架构的大模型",
    "架构模型",
    "架构的模型",
    "架构的语言模型",
    "架构语言模型",
    "架构的推理模型",
    "大模型",
    "的大模型",
];

/// Words right before a model that make it a member of something another
/// subject takes in (整合大量技术，包括o3).
pub const LISTED_OBJECT_LEADS: &[&str] = &["包括", "包含", "例如", "比如", "其中包括"];

/// Words between a partner after 与 and a verb of making (与X共同开发):
/// the partner made it too.
pub const CO_MAKING_WORDS: &[&str] = &["共同", "联合", "合作", "一起", "携手"];

/// Words after a list of firms that make it the joint subject of one act
/// (三家公司将共同投资, 联合发布, 携手打造).
pub const JOINT_ACT_WORDS: &[&str] = &["共同", "联合", "携手", "一同", "合资"];

/// Time words that may open a clause before 投资/资产 and a title (今年投资
/// 总监…): no firm's head.
pub const TIME_HEADS: &[&str] =
    &["今年", "去年", "明年", "当时", "同时", "目前", "此前", "近期", "近日", "日前", "随后", "此后"];

/// What may follow a joint word and make it part of a title (联合创始人,
/// 联合首席执行官), not a joint act.
pub const JOINT_WORD_TITLE_TAILS: &[&str] = &["创始", "创办", "首席"];

/// Chars that may stand between a list of firms and its joint word, besides
/// a count (三家公司将共同, 两家企业已联合).
pub const JOINT_ACT_LEAD_CHARS: &str = "公司企业机构将已也还拟正在";

/// Verbs that liken one thing to another (被称为“俄罗斯的谷歌”): what
/// follows in quotes is a figure of speech, not a statement of where.
pub const LIKENING_VERBS: &[&str] =
    &["称为", "称作", "誉为", "号称", "堪称", "称之为", "喻为", "视为", "戏称", "自称", "人称", "成为", "打造成", "有"];

/// Regions of the world that no one government governs (欧洲政府).
pub const WORLD_REGIONS: &[&str] = &[
    "欧洲",
    "亚洲",
    "非洲",
    "北美",
    "南美",
    "拉美",
    "中东",
    "东南亚",
    "亚太",
    "西方",
    "海外",
    "全球",
    "各地",
    "地方",
    "欧美",
];

/// Kinds of thing that close a list of one owner's artifacts (A、B等产品).
pub const POSSESSED_LIST_KINDS: &[&str] = &[
    "产品",
    "应用",
    "车型",
    "工具",
    "服务",
    "功能",
    "平台",
    "系统",
    "模型",
    "大模型",
    "品牌",
    "系列",
    "App",
    "APP",
    "终端",
    "设备",
    "芯片",
];

/// Words that end a description before a name read back from a suffix or
/// a stock code (星际之门概念龙头新亚电子, 领军者艾默生电气).
pub const NAME_LEAD_CUTS: &[&str] = &["者", "龙头", "概念股", "个股", "标的"];

/// Roles one firm plays for another, after the other's name (A的B供应商,
/// A的B概念身份): A is no unit of B.
pub const FIRM_ROLE_TAILS: &[&str] = &[
    "供应商",
    "间接供应商",
    "核心供应商",
    "客户",
    "大客户",
    "合作伙伴",
    "竞争对手",
    "对手",
    "代工厂",
    "经销商",
    "概念",
    "身份",
    "产业链",
];

/// Heads of a technique aimed at a model (越狱攻击, 对抗攻击): the model
/// suffers it, it does not use it.
pub const ATTACK_HEADS: &[&str] = &["攻击", "漏洞"];

// ---- stop 25: words the rules and the resolver read (moved from inline lists) ----

/// Common words a Latin benchmark pattern must not take alone (在各项
/// benchmark 上): they name no benchmark.
pub const GENERIC_BENCHMARK_WORDS: &[&str] = &["bench", "benchmark", "benchmarks", "eval", "evals"];

/// Words right before a registered name that make it a unit of the firm
/// named before (度小满旗下重庆度小满小额贷款有限公司), not that firm.
pub const UNIT_MARKERS_BEFORE_NAME: &[&str] = &["旗下", "子公司", "控股的", "设立的", "成立的"];

/// Words that join a parent firm to the registered name of its unit right
/// after (X旗下Y有限公司, X全资子公司Y有限公司, X下属Y有限公司): the
/// registered name starts after them.
pub const UNIT_GLUE_WORDS: &[&str] = &["旗下", "下属", "子公司", "孙公司", "控股的", "参股的", "投资的"];

/// Words for "each, many" that make a name found by its suffix a group of
/// bodies (亚洲各国政府, 各大咨询委员会, 各省市, 多国央行).
pub const GROUP_QUANTIFIERS: &[&str] =
    &["各国", "多国", "各地", "多地", "各省", "各市", "各大", "各级", "各类", "各家", "诸国", "列国", "众多", "诸多"];

/// Verbs of where a firm came from (脱胎自OpenAI的Anthropic, 出身于谷歌的团队):
/// the firm named after them is no unit of the one they name.
pub const ORIGIN_VERBS: &[&str] = &["脱胎自", "脱胎于", "出身于", "出身自", "源自", "源于", "出走自"];

/// Words for a kind of model, not a technique it uses (生成式AI模型X,
/// 多模态模型X, 开源模型X).
pub const MODEL_CATEGORY_WORDS: &[&str] =
    &["生成式AI", "生成式人工智能", "生成式", "GenAI", "AIGC", "多模态", "开源", "人工智能", "AI"];

/// How a unit and its parent are joined when the parent comes second
/// (月之暗面的母公司循环智能, 这家公司及其母公司Thoma Bravo).
pub const PARENT_JOINS: &[&str] = &["母公司", "的母公司", "及其母公司", "和其母公司", "与其母公司"];

/// What a firm does when it speaks for itself, so that the 公司 of its next
/// clause is the firm (隆基绿能公告，公司全资子公司…).
/// (赛力斯：公司全资子公司…: a digest's colon after the firm's name is its
/// announcement.)
pub const SPEAKING_FIRM_VERBS: &[&str] = &["公告", "发布公告", "宣布", "披露", "表示", "称", ":"];

/// Words of a firm's reported results (第四季度营收超出预期, 第四季度财报):
/// a quarter named with them, and no figure, heads the figures that follow.
pub const RESULTS_WORDS: &[&str] = &["财报", "业绩", "营收", "收入", "利润", "盈利", "季报"];

/// A headline of what a quarter will bring (第二季度营收指引低于预期): no
/// results reported.
pub const RESULTS_GUIDANCE_WORDS: &[&str] = &["指引", "预计", "预测", "展望"];

/// Words that put a figure in another span than the quarter reported on
/// (全年收入占比, 年度回报率, 过去6个月, 目前年化收入, 持股9成): such a
/// sentence does not go on with the quarter.
pub const RESULTS_OTHER_SPANS: &[&str] = &["全年", "年度", "过去", "目前", "持股", "累计", "历史", "此前", "以来"];

/// Words that may open a clause before a place it is about (反观杭州, 再比如
/// 深圳, 全欧洲只有263家).
pub const PLACE_LEAD_OPENERS: &[&str] =
    &["反观", "再比如", "比如", "例如", "譬如", "而", "但", "同时", "另外", "此外", "其中", "全"];

/// What a place that heads its clause goes on with when the figures are its
/// own: 的, what it has, or its economy's measures.
pub const PLACE_OWN_STARTS: &[&str] = &[
    "的",
    "有",
    "共有",
    "拥有",
    "只有",
    "仅有",
    "则有",
    "则是",
    "则为",
    "GDP",
    "CPI",
    "核心CPI",
    "全年",
    "今年",
    "去年",
];

/// Statistics of an economy among `AGGREGATE_SUBJECTS`: of a place named as
/// the subject, they are its figures (美国1月CPI, 杭州GDP).
pub const PLACE_STATISTICS: &[&str] =
    &["就业人数", "非农", "失业率", "通胀率", "CPI", "PPI", "GDP", "PMI", "国债收益率", "汇率"];

/// Words that give a stock's price or value as it stands at the article's
/// date (当前报收于43.28元, 最新市值为589.7亿元).
pub const LATEST_QUOTE_WORDS: &[&str] = &["当前", "最新", "现报", "现价", "截至发稿", "截止发稿"];

/// Words that open a span of years counted back from now (最近5年, 近三年,
/// 过去十年).
pub const YEAR_SPAN_OPENERS: &[&str] = &["最近", "近", "过去", "以往"];

/// A broker's price target for a stock (目标价430美元, 10美元的目标价格).
pub const TARGET_PRICE_WORDS: &[&str] = &["目标价", "目标股价"];

/// Verbs of taking a firm over at a price (以12亿美元收购…).
/// (Traditional spellings too: 收購, 併購; 全购 is a takeover of all of it.)
pub const TAKEOVER_VERBS: &[&str] =
    &["收购", "并购", "买下", "竞购", "购入", "全购", "收購", "併購", "并購", "買下", "競購", "購入", "全購"];

/// Words that open the words a takeover price may come with, after 以 and
/// before the figure (以大约69亿美元, 以近974亿美元).
pub const TAKEOVER_PRICE_OPENERS: &[&str] = &["以", "以约", "以近", "以超", "以逾", "以大约", "以約", "以大約"];

/// Verbs of making something happen to what is named next (DeepSeek的流行
/// 使得英伟达的市值缩水6000亿美元): the name after one is what the clause's
/// figure after it is about.
pub const CAUSATIVE_WORDS: &[&str] = &["使得", "促使", "致使", "导致", "導致", "使", "让", "讓", "令"];

/// Words before a causative one that make it another word (转让, 出让,
/// 指令, 即使): no cause.
pub const CAUSATIVE_FALSE_BEFORE: &[char] = &['转', '轉', '出', '禅', '指', '命', '法', '即', '假', '纵', '大'];

/// Pronouns of a bank (该行不良贷款率为1.2%): they point back to the last
/// bank named. (该机构, 该基金 most often point to a fund or a body the
/// dictionary does not know.)
pub const FACT_BANK_PRONOUNS: &[&str] = &["该行", "该银行"];

/// Words that 该行 opens and that are no pronoun of a bank (该行业, 该行为).
pub const FACT_BANK_PRONOUN_FALSE: &[&str] = &["该行业", "该行为", "该行动", "该行情", "该行列", "该行政"];

/// How a bank's name ends or what it holds (中国银行, 江苏银行).
pub const BANK_ENDINGS: &[&str] = &["银行", "銀行"];

/// Verbs of getting goods (取得英伟达6万枚芯片, 采购华为2000台服务器): the
/// maker named between one and a count of its goods is a brand, not who
/// has the goods.
pub const GOODS_GETTING_VERBS: &[&str] = &[
    "取得",
    "获得",
    "獲得",
    "采购",
    "採購",
    "购买",
    "購買",
    "购入",
    "購入",
    "拥有",
    "擁有",
    "囤积",
    "囤積",
    "订购",
    "訂購",
    "买入",
    "買入",
    "部署了",
    "购得",
    "購得",
];

/// Verbs of quoting an outlet (援引华尔街日报, 引述彭博社): the outlet is no
/// subject of the figures it reports. (Not 引用: Google Scholar引用超过5万次
/// counts citations.)
pub const FACT_QUOTING_VERBS: &[&str] = &["援引", "引述"];

/// Verbs of learning from a source (记者从X获悉, 从X处了解到): X is where the
/// figures come from, not their subject.
pub const FACT_LEARNED_VERBS: &[&str] = &["获悉", "了解到", "得知", "获知"];

/// Pronouns after a verb of taking over that point back to the firm taken
/// (收购并私有化了该公司).
pub const TAKEN_FIRM_PRONOUNS: &[&str] = &["该公司", "这家公司", "该企业"];

/// A kin firm joined to the subject (X及其母公司Y出售6000万股): Y acts
/// along, and the figure is X's.
pub const KIN_JOINERS: &[&str] = &["及其母公司", "及其子公司", "和其母公司", "及其控股股东", "及其大股东"];

/// Verbs of fetching an app (下载DSR1时，下载量仅1600次): the app's
/// measures after them are its own, not the fetcher's.
pub const APP_FETCH_VERBS: &[&str] = &["下载", "安装"];

/// What a holder has in a firm, after the firm (在京东的持股比例, 在百度的
/// 持仓).
pub const STAKE_WORDS: &[&str] = &["的持股", "的持仓", "的仓位", "持股", "持仓"];

/// Measure words of pieces of hardware (6万枚芯片, 1万颗GPU, 2000台服务器).
pub const GOODS_MEASURES: &[&str] = &["枚", "颗", "顆", "块", "塊", "台", "张", "張", "片"];

/// Ends of a market round-up's list members that are themes or securities,
/// not sectors (DeepSeek概念, 科技股, 北证50指数, 中证A500ETF).
pub const MARKET_THEME_ENDINGS: &[&str] = &["概念", "股", "指数", "ETF", "基金"];

/// Words of a market round-up (涨幅居前, 跌幅居前, 走高, 拉升, 重点股): a list of
/// 板块 in such a sentence is of traded sectors, not of a firm's units.
pub const MARKET_MOVE_WORDS: &[&str] = &["涨", "跌", "走高", "走低", "走强", "走弱", "拉升", "回调", "居前", "股"];

/// Ends of a stock index's name (创业板指, 深成指, 北证50指数, 恒生科技指数):
/// an index moves like a stock but is none.
pub const INDEX_ENDINGS: &[&str] = &["指", "指数", "板", "综指", "期指"];

/// Words that make the subject of a price move a market, an index or the
/// share price itself, not a stock's short name (沪指收盘, 俄罗斯股市,
/// 全市场, 股价盘后), a coin (比特币) or a rate (周环比).
pub const NOT_IN_STOCK_NAMES: &[&str] = &["指", "股市", "市场", "股价", "盘", "但", "全", "币", "环比", "同比"];

/// Kinds of work before a title in book marks (综艺节目《…》, 网页游戏《…》,
/// 动画电影《…》): the title names a show, a film or a game.
pub const WORK_KINDS_BEFORE: &[&str] = &[
    "综艺",
    "节目",
    "电影",
    "影片",
    "游戏",
    "手游",
    "网游",
    "电视剧",
    "剧集",
    "网剧",
    "短剧",
    "动画",
    "动漫",
    "纪录片",
    "播客",
    "冠名",
];

/// What happens to a show or a film right after its title: 《哪吒2》票房.
pub const WORK_EVENTS_AFTER: &[&str] = &["票房", "上映", "热映", "定档", "开播", "播出", "首播", "上线首日"];

/// What only persons do right after a Latin name of a person's shape
/// (David Seif等人写道, Alex Wang 的观点): firms and products do not write.
pub const LATIN_PERSON_ACTS: &[&str] = &["等人", "写道", "撰文", "的观点", "受访"];

/// Kinds of fund (对冲基金, 宽基基金, 偏股型基金): before 基金 they make a
/// description, not a fund's name.
pub const FUND_KINDS: &[&str] =
    &["对冲", "公募", "私募", "宽基", "指数", "型", "股票", "美股", "港股", "红利", "纯债", "直投", "产品", "主题"];

/// Businesses a group runs under its own short name (腾讯金融, 蚂蚁保险,
/// 携程小贷, 腾讯微保): after a known firm, a business unit's name.
pub const BUSINESS_UNIT_WORDS: &[&str] = &["金融", "保险", "微保", "小贷", "支付", "物流", "健康", "证券", "银行"];

/// Carriers' short names that follow a province or a city in the name of
/// their branch there (湖南移动, 河南联通, 广东电信).
pub const CARRIER_SHORT_NAMES: &[&str] = &["移动", "联通", "电信", "广电"];

/// Who an outlet's byline credits (界面新闻记者 | 李彪, 编辑 | 张三).
pub const CREDIT_ROLES: &[&str] = &["记者", "编辑", "作者", "通讯员", "撰文"];

/// Words before the outlets a story is taken from ((本文来自第一财经),
/// 综合自财联社、界面新闻).
pub const CREDIT_SOURCE_WORDS: &[&str] = &["本文来自", "综合自", "转载自", "来源:", "来源：", "稿件来源"];

/// Counts that open a group of firms or bodies, not one's name (七大航空公司,
/// 三大运营商, 多家银行, 各大券商).
pub const COUNT_HEADS: &[&str] = &[
    "两大", "三大", "四大", "五大", "六大", "七大", "八大", "九大", "十大", "几大", "各大", "多家", "几家", "数家",
    "各家",
];

/// Words that make an organization's suffix word the head of a longer noun
/// (政府关系, 政府事务, 科技峰会, 科技板块, 银行指数): no name ends there.
pub const ORG_SUFFIX_COMPOUND_TAILS: &[&str] = &[
    "关系",
    "事务",
    "峰会",
    "论坛",
    "大会",
    "板块",
    "指数",
    "新产业",
    "行业",
    "赛道",
    "概念",
    "事业部",
    "事业群",
    "业务部",
    "业务线",
];

/// More kinds that head no name (生技公司 is a biotech firm, 外国政府 any
/// foreign government, 拟IPO公司 a firm
/// going public).
pub const MORE_GENERIC_HEADS: &[&str] =
    &["生技", "IPO", "新创", "新创公司", "科技巨头", "控股", "金融控股", "外国", "各国", "他国", "多国", "一流"];

/// Words before 基金 that pick some funds out of many (时有部分基金, 业绩前十
/// 基金, 申报基金数量, 荷兰风投基金): a group or a kind, no fund's name.
pub const FUND_GROUP_WORDS: &[&str] = &["部分", "前十", "前五", "前二十", "申报", "风投", "博士后", "相关", "同类"];

/// Verbs of building that may stand right before a kind of hub
/// (建设数据中心, 布局智算中心): the hub is the verb's object.
pub const HUB_BUILD_VERBS: &[&str] = &["建设", "布局", "新建", "投建", "兴建", "自建", "建造", "扩建", "筹建", "建"];

/// Words for a plan or a project after a quoted name (“星际之门”项目,
/// “星海”计划): the name is the project's.
pub const PROJECT_WORDS: &[&str] = &["计划", "项目", "工程", "倡议", "行动"];

/// Plain firm words that may follow a company's short name in the same
/// article (高通公司, 中芯国际集团, 鹏华基金, 国泰君安证券): the longer name is
/// the short one's company. Not 科技 (腾讯科技 is a news channel) nor 投资
/// (腾讯投资 is the arm that invests).
pub const FIRM_SUFFIXES_AFTER_SHORT_NAME: &[&str] = &["集团公司", "公司", "集团", "基金", "证券"];

/// How a firm's registered or group name ends: a quoted or named thing that
/// ends so is a firm, not a product (名为浙江九章资产管理有限公司).
pub const FIRM_NAME_ENDS: &[&str] = &["有限公司", "Limited", "集团", "控股", "酒业", "Inc", "Inc."];

/// More nouns after 名为X的 that make X something other than an app (名为MRI
/// 的蛋白, 名为X的专利, 名为X的账号, 名为X的概念).
pub const MORE_NAMED_OTHER_HEADS: &[&str] = &[
    "蛋白",
    "专利",
    "账号",
    "概念",
    "理论",
    "病毒",
    "基因",
    "分子",
    "化合物",
    "药物",
    "小行星",
    "机制",
    "法案",
    "指数",
    "节目",
];

/// Words that open a clause or a description, not a name, after 名为,
/// 代号 or 更名为 (代号将不会…, 更名为现在的…, 名为一种…).
pub const NAMED_CLAUSE_OPENERS: &[&str] = &[
    "不", "没", "现在", "需要", "将", "会", "可以", "可能", "正在", "已经", "一种", "一个", "一款", "这个", "这种",
    "该",
];

/// Words between a maker and a kind of product that make a clause or a
/// description, not a name (阿里旗下源头厂货平台, 台积电下单手机, 特斯拉入局
/// 人形机器人, Canalys预测中国智能手机); jieba tags them nouns.
pub const BRAND_PRODUCT_CLAUSE_WORDS: &[&str] = &["旗下", "下单", "入局", "预测", "布局", "进军", "每台", "每款", "主"];

/// Acts that follow a firm's kind noun and that jieba may tag as a name's
/// piece (有限公司研发的X, 公司生产的X, 企业研制的X): no name of a firm.
pub const APPOSITIVE_ACTS: &[&str] = &["研发", "研制", "生产", "开发", "自研", "出品", "承建", "运营", "投资"];

/// Verbs that place a name in a ranking (位列第三, 排名第八位, 位居第一):
/// the ordinal after them is the name's rank.
pub const RANK_VERBS: &[&str] = &["位列", "排名", "排在", "排行", "位居", "名列", "跃居", "跻身", "升至", "降至", "居"];

/// What an ordinal counts when it is no rank (第一次, 第二季, 第三方, 第一股,
/// 第四名工程师 is the order one joined in): a word after 第N.
pub const ORDINAL_NOT_RANK: &[&str] = &[
    "次", "个", "季", "年", "批", "天", "轮", "代", "届", "期", "款", "家", "大", "股", "波", "阶段", "步", "种", "条",
    "项", "部", "章", "类", "层", "方", "件", "笔", "份", "周", "月", "日", "场", "集", "版", "座", "台", "位置",
    "梯队", "把手", "人", "线", "口", "手", "时间", "财季", "曲线", "例", "艘", "枚", "颗", "只", "支", "产业", "团队",
];

/// Verbs that open a clause naming whom the subject beat (超过DeepSeek V3、
/// o1-mini等强手): those named are no subject of the clause's figures.
/// (仅次于ChatGPT，位列全球第二: the one ahead is no subject either.)
pub const BEATING_VERBS: &[&str] = &["超过", "超越", "击败", "打败", "力压", "领先于", "赶超", "仅次于"];

/// Measures of a model, an app or a deployment, never of its maker: after
/// a maker that made one in the sentence they are the product's.
pub const PRODUCT_METRICS: &[&str] = &[
    "downloads",
    "dailyActiveUsers",
    "monthlyActiveUsers",
    "users",
    "parameters",
    "activeParameters",
    "accuracy",
    "score",
    "dailyTokens",
    "dailyCalls",
    "derivativeModels",
];

/// Verbs of making a model or a product (发布, 推出, 微调出): what follows is
/// the maker's work.
pub const MAKING_VERBS: &[&str] =
    &["发布", "推出", "上线", "开源", "微调出", "训练出", "打造", "研发", "开发", "发表", "亮相", "面世"];

/// What closes the frame that names what a model is built on (以X为基础,
/// 在X的基础上, 基于X): X is the base, not the model made.
pub const BASE_FRAME_ENDS: &[&str] =
    &["为基础", "为基座", "为底座", "为基底", "的基础上", "基础上", "作为基座", "作为底座"];

/// Measure words of units and staff (70名数智员工, 16台机器人, 500辆
/// Robotaxi): a count of them right before a deployment's or a product's
/// name counts that thing.
pub const UNIT_MEASURES: &[char] = &['名', '台', '辆', '位', '套'];

/// Words of a statistic about a whole market (出货量, 市场支出): the period it
/// is named for dates the shares and ranks the next sentence gives.
pub const MARKET_STATISTIC_WORDS: &[&str] = &["市场", "出货量", "销量", "支出"];

// ---- names30

/// First chars of a word before 大模型 that count or point (一波大模型降价潮,
/// 这波大模型, 各家大模型): no model's name.
pub const MODEL_HEAD_POINTERS: &[char] = &['一', '这', '那', '该', '每', '各', '某', '此', '本', '其', '多', '几'];

/// Words jieba tags as names that, before 大模型, say what kind of model or
/// what is done to one (中文大模型, 权威大模型榜单, 研发大模型).
pub const MODEL_HEAD_KINDS: &[&str] = &["中文", "英文", "权威", "研发", "矫正", "主流", "国产", "开源", "头部"];

/// Words that join the last member of a list of fields to the others
/// (工艺装备、数控机床和增材制造领域).
pub const FIELD_LAST_JOINTS: &[&str] = &["和", "及", "以及", "与"];

/// Ranks said before a title (高阶主管, 中层干部): they say which posts, not
/// who holds them nor where.
pub const RANKS_BEFORE_TITLES: &[&str] = &["高阶", "中阶", "高层", "中层", "基层", "资深", "初级", "中级", "高级"];

/// Kinds of firm right before a quoted name (算法软件开发商“超数智能”,
/// 数据服务提供商“小儿方”): the quoted words name a firm.
pub const FIRM_NOUNS_BEFORE_QUOTES: &[&str] =
    &["开发商", "服务商", "提供商", "供应商", "制造商", "初创公司", "创业公司", "初创企业"];

/// Chars after which a transliterated name with its original in brackets
/// starts (的, 和, 、, a role's last char: 艺术家, 演员, 得主, 首席财务官).
pub const BEFORE_ORIGINAL_NAME: &str = "的和与及、是将由被向对跟同在从给让像如家员者主师官长人手";

/// Last words of quoted words that name no entity: a contest (“百团大战”,
/// “千模大战”). (A grade, “杀手级”应用, “保姆式”服务, is told by its last
/// char: 级 or 式 ending three chars at most.)
pub const QUOTED_NOT_NAME_ENDINGS: &[&str] = &["大战", "之战", "战役"];

/// Kinds of product that only the models of one make are (猛士、风神等车型,
/// Mate、nova等机型): the one-word items of such a list are model names.
pub const MODEL_LINE_KINDS: &[&str] = &["车型", "机型", "车系"];

/// Words that credit a piece's author right before the name (作者 肖峰,
/// 文 | 王朔, 撰文：).
pub const AUTHOR_CREDITS: &[&str] = &["作者", "文", "撰文", "文|", "文｜", "作者：", "作者:", "撰文：", "文/"];

/// Two-char words that may follow a business unit's name (河南联通相关群成员,
/// 腾讯金融分别拥有, 湖南移动方面表示).
pub const AFTER_UNIT_NAME: &[&str] = &["相关", "方面", "分别", "旗下", "官方", "日前", "近日", "此前", "表示"];

// ---- facts30

/// A price analysts set for a stock (目标价由92港元降至91港元).
pub const FACT_TARGET_PRICE_WORDS: &[&str] = &["目标价", "目标股价"];

/// How the clause after a target price opens when it states the move the
/// target implies (目标价62.70港元，上涨31%).
pub const FACT_IMPLIED_MOVE_OPENERS: &[&str] =
    &["上涨", "下跌", "上行", "下行", "涨幅", "潜在", "隐含", "意味着", "较现价", "较当前", "有望"];

/// Words of forecasting that end a clause of their own (华泰证券预测，…).
/// (估计 is not one: 业内人士估计，X拥有… and SemiAnalysis估计，X至少拥有6万颗
/// say how things stand now.)
/// (Nor 展望: 发出进取的收入展望 is a noun.)
pub const FACT_FORECAST_VERBS: &[&str] = &["预测", "预计", "预估", "预期"];

/// Words before 预期 that compare a figure with a forecast (超预期，…): the
/// figure after is reached.
pub const FACT_EXPECTATION_COMPARISONS: &[&str] = &[
    "超", "不及", "低于", "高于", "符合", "达到", "好于", "好过", "差于", "差过", "胜于", "胜过", "不如", "优于", "逊",
    "弱于", "强于", "未达", "达", "未能", "落后",
];

/// Words that place a clause in the present, not in a forecast said before
/// it (目前, 当前).
pub const FACT_PRESENT_WORDS: &[&str] = &["目前", "当前", "现阶段", "截至", "截止", "现在"];

/// Words of a price moving between a name and its figure (思科大升6%,
/// AppLovin飙升29%), read after a lead (股价, 亦) and before a tail (超, 逾).
pub const FACT_MOVE_VERBS: &[&str] = &[
    "涨", "跌", "升", "降", "上涨", "下跌", "上升", "下降", "大涨", "大跌", "大升", "飙升", "急升", "急跌", "暴涨",
    "暴跌", "收涨", "收跌", "收升", "收高", "收低", "高开", "低开", "反弹", "走高", "挫", "急挫", "彈高", "弹高",
    "插水", "飙", "狂飙", "跳水", "回落", "攀升", "报", "收报", "收報",
];

/// What may open a move before its verb (股价涨, 亦跌).
pub const FACT_MOVE_LEADS: &[&str] = &["股价", "股價", "亦", "也", "则", "則", "盘中", "盘前", "盤前", "早盘", "午后"];

/// What may close a move before its figure (涨超, 跌逾, 升近, 涨了).
pub const FACT_MOVE_TAILS: &[&str] = &["超", "逾", "近", "约", "了", "至", "达"];

/// More words a price moves by (特斯拉反弹2%, 博通重挫17%, 股價插水3.3%,
/// 彈高2.8%), besides PRICE_MOVE_WORDS.
pub const FACT_MORE_PRICE_MOVE_WORDS: &[&str] = &[
    "反弹", "挫", "插水", "弹高", "彈高", "收高", "收低", "跳水", "上扬", "走低", "走高", "抽高", "跃高", "躍高", "彈",
];

// ---- facts31

/// 暗示了接近23%的下行空间, 仍有30%的上涨空间: the room a price is said to
/// have is what it may do, not what it did.
pub const FACT_POTENTIAL_ROOM: &[&str] =
    &["上涨空间", "下行空间", "上行空间", "下跌空间", "上升空间", "增长空间", "提升空间"];

/// 国家电影局2月5日发布数据，…: a body that releases data in a clause of its
/// own reports the figures that follow; they are not its own.
pub const FACT_DATA_RELEASE_ENDINGS: &[&str] =
    &["发布数据", "公布数据", "发布的数据", "公布的数据", "发布统计数据", "公布统计数据"];

/// 力争到2030年，公司总体销量突破500万辆，其中…: a clause that sets a goal
/// makes the figures of the clauses after it in the sentence goals too.
pub const FACT_GOAL_OPENERS: &[&str] = &["力争", "争取", "目标是", "目标为", "计划到", "规划到", "愿景是"];

/// Measures of a place's economy or stock of things, said right after the
/// place (南京规上工业总产值, 杭州每百户电脑拥有量, 南京私募基金管理规模).
pub const PLACE_MEASURE_NOUNS: &[&str] = &[
    "产值",
    "增加值",
    "总量",
    "总额",
    "规模",
    "人口",
    "产量",
    "拥有量",
    "比重",
    "税收",
    "财政收入",
    "进出口",
    "出口额",
    "进口额",
    "经费",
    "存款",
    "贷款余额",
];

/// Words after a place that make it a modifier of who is measured
/// (美国科技公司投资规模, 中国用户规模, 欧洲钢铁制造商占进口总量), or of
/// who acts (美国总统宣布总额达…的项目).
pub const PLACE_MODIFIED_NOUNS: &[&str] = &[
    "企业",
    "公司",
    "用户",
    "厂商",
    "制造商",
    "供应商",
    "品牌",
    "机构",
    "银行",
    "巨头",
    "市场",
    "行业",
    "平台",
    "网民",
    "总统",
    "总理",
    "首相",
    "部长",
];

// ---- names31

/// Role nouns that, after a few words describing them, say what the quoted
/// words before them name (“光小e”智能服务助手, “云信”垂直大模型). Only
/// nouns of a made thing: 平台 and 系统 close too many descriptions of
/// programmes and schemes.
pub const NAMES31_DESCRIBED_ROLES: &[&str] =
    &["助手", "智能体", "大模型", "数字员工", "数字人", "机器人", "App", "APP", "小程序"];

/// More verbs of making right before quotes, besides the ones introduced_names
/// lists (自主研发了“…调度系统”, 搭建了“…”平台).
pub const NAMES31_MAKING_BEFORE_QUOTES: &[&str] =
    &["研发了", "开发了", "研发", "开发", "自研", "推出了全新", "上线了全新", "发布了全新"];

/// Nouns after a launched Latin name that make it no product: a plan, a
/// framework, a report, a token, a shop (推出了Endgame计划, 发布了EMOTION框架,
/// 推出了Watsons Pink门店).
pub const NAMES31_LATIN_NOT_PRODUCT_HEADS: &[&str] = &[
    "框架",
    "计划",
    "技术",
    "报告",
    "数据",
    "币",
    "代币",
    "订阅",
    "门店",
    "材料",
    "理念",
    "协议",
    "标准",
    "概念",
    "指数",
    "基金",
    "战略",
    "论文",
    "算法",
    "方法",
    "架构",
    "团队",
    "公司",
    "品牌",
    "项目",
    "活动",
    "政策",
    "路线",
    "白皮书",
    "榜单",
    "赛事",
    "大会",
    "会员",
    "套餐",
    "版本",
];

/// Kinds of product after a launched Latin name, besides the app words and
/// the kinds before quotes (发布了Magic V3折叠屏手机, 推出X耳机).
pub const NAMES31_LAUNCHED_KINDS: &[&str] =
    &["设备", "硬件", "显卡", "处理器", "开发板", "折叠屏", "智驾", "汽车", "车型", "服务器", "一体机", "模组"];

/// Latin words of the trade that name no application before 平台/系统
/// (Agents系统, all-in智能体, Copilot助手 is a kind there too).
pub const NAMES31_LATIN_TRADE_WORDS: &[&str] = &[
    "agents",
    "all-in",
    "allin",
    "copilot",
    "chatbot",
    "bot",
    "robot",
    "cloud",
    "web",
    "online",
    "smart",
    "data",
    "model",
    "models",
    "llm",
    "multi-agent",
    "ai-native",
    "open",
    "devops",
    "mlops",
    "aiops",
    "crm",
    "erp",
    "oa",
    "iot",
    "aiot",
    "edge",
    "linux",
    "windows",
    "android",
    "ios",
    "harmonyos",
    "agentic",
];

// ---- facts32
/// The exchange after a stock code (688256.SH, 0700.HK).
pub const EXCHANGE_SUFFIXES: &[&str] = &["HK", "SH", "SZ", "BJ", "US", "O", "N"];
/// Adverbs saying a figure holds for each member of a list (均超50%, 都在…).
pub const EACH_ADVERBS: &[char] = &['均', '都', '皆'];
/// Characters before 均/都 that make another word (平均, 人均, 日均, 首都).
pub const EACH_NOT_AFTER: &[char] = &['平', '人', '日', '月', '年', '周', '户', '首', '国', '古', '成', '京', '帝'];
/// Characters after 均/都 that make another word (均价, 均值, 都市, 均衡).
pub const EACH_NOT_BEFORE: &[char] = &['价', '值', '市', '衡', '线', '等', '匀'];
/// Words in a clause that keep a figure said with 均/都 from each listed
/// member (分别 hands out figures one by one; 其余 speaks of the others).
pub const EACH_NOT_IN_CLAUSE: &[&str] = &["分别", "其余", "其他", "其它"];

// ---- names32

/// What ends a member of a ranking that is a field, not a stock (算力方向
/// 涨幅居前, 白酒板块、煤炭行业涨幅居前).
pub const NAMES32_RANKED_FIELD_ENDINGS: &[&str] =
    &["方向", "板块", "行业", "概念", "产业", "设备", "赛道", "主题", "指数", "开发"];

/// Roles on a show before a full Latin name (主持人 Alex Kantrowitz, 来宾是
/// Sulaiman Ghori): the name is a person's.
pub const NAMES32_SHOW_ROLES: &[&str] =
    &["主持人", "主持人是", "主播", "来宾", "来宾是", "嘉宾", "嘉宾是", "受访者", "访谈者", "名叫", "老朋友"];

// ---- rel33

/// Post verbs that open a later clause about the person the sentence
/// opened with (周曦现任…董事长，曾任联想集团分析师).
pub const CHAINED_POST_VERBS: &[&str] = &["任", "曾任", "现任", "历任", "担任", "出任", "现担任", "任职"];

/// Words before a joint act that opens the clause after the partners
/// (X联合A、B，共同发布了…).
pub const JOINT_ACT_LEADS: &[&str] = &["并", "共同", "一起", "正式", "联合"];

/// Verbs of receiving right before 来自 (获得来自X的投资).
pub const SOURCED_INVESTMENT_VERBS: &[&str] =
    &["获得", "获得了", "拿到", "拿到了", "敲定", "接受", "接受了", "收到", "获", "迎来", "得到", "得到了"];
/// The money received from them (来自X的400亿美元首轮投资).
pub const SOURCED_INVESTMENT_MONEY: &[&str] = &["投资", "融资", "注资", "入股"];

/// What a colon-headed list of investees is counted as (投资了三家公司：…).
pub const INVESTED_LIST_HEADS: &[&str] =
    &["公司", "项目", "企业", "初创公司", "初创企业", "创业公司", "AI公司", "AI初创公司", "AI项目", "AI企业"];
/// Kinds of firm besides FIRM_NOUNS that close an investee's description
/// (医疗健康数据挖掘服务提供商“小儿方”).
pub const INVESTEE_KINDS: &[&str] = &["提供商", "研发商", "技术商", "方案商", "创业公司", "初创企业"];

// ---- names33

/// Prepositions and verbs of a clause that jieba glues to the unknown last
/// word of a name before them (子公司超擎/数智为DeepSeek提供): the char ends
/// the name.
pub const NAMES33_GLUED_CLAUSE_CHARS: &[char] = &['为', '因', '将', '已', '在', '向', '对', '与', '把', '被'];

/// More clause chars glued to a person's name after a title (总裁梁宝俊因
/// 工作调动辞任, 董事长张三将出任): read like [`FUNCTION_TAILS`].
pub const NAMES33_PERSON_GLUED_TAILS: &[char] = &['因', '将', '已', '在'];

/// Ends of a list member that make it a field or a kind, not a firm of
/// common words (…、智能制造、新能源行业等公司).
pub const NAMES33_NOT_FIRM_ENDINGS: &[&str] =
    &["行业", "领域", "产业", "板块", "概念", "赛道", "方向", "业务", "技术", "企业", "厂商", "机构"];

/// Words that list the holders of a post named right before them: SSI的
/// 联合创始人还包括A和B, 另外两位联合创始人分别为A和B, 核心技术人员分别为
/// 董事长A和副总经理B.
pub const TITLE_HOLDER_CUES: &[&str] = &["还包括", "也包括", "包括", "分别为", "分别是"];

/// Words that may stand before a post whose holders a clause lists, when no
/// firm is named before it (另外两位联合创始人分别为…).
pub const TITLE_HOLDER_LEADS: &[&str] =
    &["另外", "另", "其余", "其他", "其", "两位", "三位", "四位", "几位", "两名", "三名", "多位", "的"];

/// Post verbs that open a bracketed aside on a person's career: 彼得·克里夫兰
/// (Peter Cleveland,曾任英特尔副总法律顾问).
pub const ASIDE_POST_VERBS: &[&str] = &["曾任", "现任", "时任", "曾担任", "历任", "曾出任"];

/// Words before a workplace that open a bracketed aside on a person's
/// career (派翠克·威尔森(Patrick Wilson,当时在商务部工作)).
pub const ASIDE_PLACE_LEADS: &[&str] =
    &["当时在", "曾在", "现在", "目前在", "时在", "曾就职于", "曾任职于", "曾供职于"];

/// Prepositions that make the name after them the frame of a clause, not
/// its subject (在CNBC专访中, 当Sequoia的主持人问…时, 据路透社).
pub const FRAMING_PREPOSITIONS: &[&str] = &["在", "当", "据", "对", "向", "从"];

/// 用户突破百万, 市值超过千亿港元: a magnitude written without a digit
/// (百万, 千亿) is a figure after a word that says it was reached; alone
/// (年薪百万, 百万用户) it is a manner of speaking.
pub const BARE_MAGNITUDE_REACHED: &[&str] =
    &["达到", "达", "突破", "破", "超过", "超", "逾", "过", "高达", "接近", "近", "约", "至"];

/// 千亿参数, 估值百亿: what a digitless magnitude measures, written after it
/// or just before it, makes it a figure (a currency after it does too).
pub const BARE_MAGNITUDE_METRICS_AFTER: &[&str] = &["参数", "规模", "票房"];
pub const BARE_MAGNITUDE_METRICS_BEFORE: &[&str] = &[
    "市值",
    "估值",
    "营收",
    "收入",
    "流水",
    "规模",
    "融资",
    "投资",
    "销售额",
    "参数",
    "参数量",
    "月活",
    "日活",
    "周活",
];

/// Verbs of founding a body (2016年成立, 成立于2016年): the year next to
/// them dates the founding, none of the body's figures.
pub const FOUNDED_YEAR_VERBS: &[&str] = &["注册成立", "成立", "创立", "创办", "创建"];

/// Words by which a sentence that names no period speaks of another time
/// than the period the sentence before dated its subject's figures by: now
/// (目前, 现报), a span or another time (十年来, 年前, 此前, 上季度), a list
/// over periods (分别), a forecast (预计, 料); and a share of a whole (占比,
/// 份额), which the gold files read as no period's figure.
pub const CARRY_STOP_WORDS: &[&str] = &[
    "目前",
    "当前",
    "现在",
    "如今",
    "现已",
    "现报",
    "开市报",
    "报收",
    "收报",
    "年来",
    "以来",
    "年前",
    "累计",
    "此前",
    "之前",
    "月前",
    "期间",
    "前一季度",
    "上一季度",
    "上季度",
    "上个季度",
    "一年前",
    "同期",
    "分别",
    "预计",
    "预期",
    "料",
    "有望",
    "未来",
    "将",
    "月后",
    "每年",
    "目标价",
    "占比",
    "份额",
    "市占率",
];

/// Kinship words (妻子, 儿子) that, written right before a name, also
/// introduce it (妻子林悦): one list for both [`kinship_words`] and
/// [`person_intro_words`], so the two cannot drift apart.
const KINSHIP_INTRO_WORDS: &[&str] =
    &["妻子", "丈夫", "太太", "女儿", "儿子", "母亲", "父亲", "老公", "老婆", "女友", "男友"];

/// Kinship words not read as introducing the name after them: in
/// [`kinship_words`] only.
const KINSHIP_ONLY_WORDS: &[&str] = &["夫人", "兄弟", "姐妹", "哥哥", "弟弟", "姐姐", "妹妹"];

/// Words that name a person by kinship to another (妻子, 儿子): a post
/// written before the pair (X创始人A和妻子B) is the other's, not theirs.
pub fn kinship_words() -> impl Iterator<Item = &'static str> {
    KINSHIP_INTRO_WORDS.iter().chain(KINSHIP_ONLY_WORDS).copied()
}

/// Words besides [`KINSHIP_INTRO_WORDS`] that introduce a person (女生,
/// 博主, 网友): in [`person_intro_words`].
const OTHER_PERSON_INTRO_WORDS: &[&str] =
    &["女生", "男生", "女孩", "男孩", "博主", "网友", "宝妈", "冠军", "开发者", "网红", "商家"];

/// Words that introduce a person by who they are to the story (女生,
/// 博主, 妻子, 网友), written right before the name as a title is: 90后女生
/// 林悦, 博主小林. The name after them is a person's; the word is no part of
/// it. (Not titles: they name no post, so no role is read from them.)
pub fn person_intro_words() -> impl Iterator<Item = &'static str> {
    KINSHIP_INTRO_WORDS.iter().chain(OTHER_PERSON_INTRO_WORDS).copied()
}

/// Words that open the name of a national or international body
/// (国际机器人联合会, 全国信息安全标准化技术委员会, 国家人工智能研究院): before
/// a body's suffix, the common nouns after them are the body's remit.
pub const BODY_NAME_OPENERS: &[&str] = &["国际", "全国", "世界", "中华", "国家"];

/// Suffixes of bodies that [`BODY_NAME_OPENERS`] may open.
pub const OPENED_BODY_SUFFIXES: &[&str] =
    &["协会", "商会", "联合会", "促进会", "研究会", "基金会", "联盟", "委员会", "研究院", "研究所", "实验室", "学会"];

/// Firms' suffixes that jieba cuts into two words (律师/事务所).
/// (The two words, and the suffix they make.)
pub const SPLIT_FIRM_SUFFIXES: &[(&str, &str, &str)] =
    &[("律师", "事务所", "律师事务所"), ("会计师", "事务所", "会计师事务所"), ("事业", "群", "事业群")];

/// Suffixes of institutions whose name a place and a field noun
/// make (新疆艺术学院, 深圳市人民医院, 广州数字科技集团).
pub const PLACE_FIELD_SUFFIXES: &[&str] = &["大学", "学院", "医院", "集团"];

/// Field words between a firm's short stem and its suffix 科技,
/// 集团 or 控股 (星海智能科技, 湾区互联科技).
pub const FIRM_FIELD_WORDS: &[&str] = &[
    "智能",
    "数字",
    "信息",
    "网络",
    "互联",
    "智慧",
    "电子",
    "生物",
    "医疗",
    "软件",
    "数据",
    "通信",
    "半导体",
    "新能源",
    "能源",
    "材料",
    "机器人",
    "汽车",
    "健康",
    "光电",
    "微电子",
    "智造",
    "物联",
    "视觉",
    "航天",
    "数智",
    "云计算",
    "芯片",
    "新材料",
    "传媒",
    "文化",
    "教育",
    "物流",
    "金融",
    "环保",
    "医药",
    "制药",
    "动力",
    "储能",
    "光伏",
];

/// Words that cannot be a firm's stem before a field word and
/// 科技 (全球智能科技, 我国数字科技): scopes and kinds, not names.
pub const NOT_FIRM_STEMS: &[&str] = &[
    "全球", "国内", "国外", "我国", "行业", "产业", "传统", "未来", "现代", "高新", "前沿", "领先", "新兴", "各类",
    "相关", "国际", "全国", "世界", "国家", "中国", "海外", "本土", "民营", "国有", "大型", "头部", "龙头", "科技",
];

/// Units of a firm whose name opens with the firm's (百度深度学习
/// 研究院, 腾讯人工智能实验室): a curated company right before a unit found by
/// its suffix is part of the unit's name.
pub const FIRM_UNIT_SUFFIXES: &[&str] = &["研究院", "实验室", "事业群", "事业部", "研究所", "研究中心"];

/// Head words that may close each member of a list of fields
/// (金融行业和汽车行业).
pub const FIELD_HEADS: &[&str] = &["行业", "领域", "产业"];

/// Count words between a list of fields and its head: 三个领域, 多个场景.
pub const FIELD_COUNT_WORDS: &[&str] = &["多个", "多种", "几大", "各大", "各个", "诸多", "众多", "等多", "各", "多"];

/// Head words that close a list of fields an artifact is used in
/// (在政务、金融等领域, 在智慧城市、工业质检等场景).
pub const FIELD_LIST_HEADS: &[&str] =
    &["应用领域", "应用场景", "业务场景", "业务领域", "行业场景", "领域", "行业", "场景", "产业", "赛道"];

/// Words of kind and adverbs that may stand between an artifact and 在
/// (DeepSeek技术在, 盘古大模型已经在).
pub const FIELD_SUBJECT_GAP_WORDS: &[&str] = &[
    "技术",
    "大模型",
    "模型",
    "系列",
    "已经",
    "已",
    "正在",
    "正",
    "将",
    "也",
    "还",
    "可以",
    "可",
    "能够",
    "能",
    "有望",
    "目前",
    "均",
    "都",
    "开始",
    "广泛",
    "率先",
    "逐步",
    "未来",
    "会",
    "主要",
    "亦",
    "同样",
    "更",
    "则",
    "持续",
    "进一步",
    "已开始",
];

/// Verbs whose object is no subject of 在 after it (基于DeepSeek在…).
pub const FIELD_OBJECT_VERBS: &[&str] =
    &["基于", "接入", "采用", "依托", "利用", "借助", "使用", "通过", "对比", "相比", "比", "超越", "超过"];

/// Words before a field that make it the object of a preposition or verb,
/// not the firms of the field (在医疗行业接入…, 为金融行业…).
pub const FIELD_PREPOSITIONS: &[&str] =
    &["在", "为", "对", "向", "给", "于", "到", "从", "面向", "针对", "服务", "赋能", "覆盖", "涉及", "包括"];

/// Verbs of firms taking up a model (医疗、证券等行业纷纷接入DeepSeek).
pub const FIELD_ADOPTION_VERBS: &[&str] = &["接入", "部署", "引入", "上线", "拥抱", "落地", "采用"];

/// Words that say the fields stand for the industry as a whole (等行业).
pub const FIELD_ADOPTER_NOUNS: &[&str] = &["行业", "产业"];

/// Words between the fields and the verb that give the verb another
/// subject, or make the fields a description of firms or platforms (数字
/// 医疗领域的头部企业, 云计算平台): firms of a field taking up a model were
/// no use of the model in the field by the annotation's reading (dstar,
/// shared26, rg3: four of four).
pub const FIELD_ADOPTER_BLOCKERS: &[&str] = &[
    "平台",
    "玩家",
    "与",
    "和",
    "为",
    "对",
    "向",
    "帮助",
    "助力",
    "推动",
    "带动",
    "芯片",
    "云",
    "企业",
    "公司",
    "机构",
    "运营商",
    "厂商",
    "服务商",
    "券商",
    "车企",
    "银行",
    "医院",
];

/// Verbs after 为 and a list of fields that an artifact brings something
/// to (为…等场景注入新动力, 为智能客服赋予…能力).
///
/// (Not 带来/提供: 为具身智能领域带来了新的技术思路, 为信创产业带来了新的
/// 发展机遇 bring ideas or chances to a field, not the artifact's use.)
pub const FIELD_SERVING_VERBS: &[&str] = &["注入", "赋予", "赋能", "打造"];

/// Kinds of product after a field that an artifact is said to be (社交媒体
/// 平台, 教育应用).
pub const FIELD_KIND_NOUNS: &[&str] = &["平台", "应用", "App", "APP", "软件", "工具", "产品", "助手", "大模型", "模型"];

/// Copulas and modifiers between a model and the technique of its kind
/// (DeepSeek-V3为自研MoE模型, V3，这是一个全开源MoE模型): 非 is not one.
pub const TECHNOLOGY_APPOSITION_WORDS: &[&str] = &[
    ",",
    "这是",
    "为",
    "是",
    "一个",
    "一款",
    "自研",
    "全开源",
    "开源",
    "大型",
    "原生态",
    "原生",
    "稀疏",
    "的",
    "首个",
];

/// Kinds of model after a technique in apposition to a model (MoE模型).
pub const TECHNOLOGY_APPOSITION_KINDS: &[&str] = &["模型", "大模型", "架构模型", "架构大模型", "架构的"];

/// What may stand between 用 (right after a model) and the technique it
/// uses: AlexNet用深度学习, 用一个深度神经网络, AlphaGo用的是….
pub const TECHNOLOGY_YONG_TAILS: &[&str] = &["", "了", "的是", "一个", "一個", "了一个", "了一個"];

/// Links from a model to a technique that is its own: R1的长思维链.
pub const TECHNOLOGY_OWN_LINKS: &[&str] = &["的", "所采用的", "采用的", "使用的", "所用的", "的创新"];

/// Words after a technique that make it a version made with it, not the
/// model's own technique (R1的蒸馏版本, 其蒸馏变体).
pub const TECHNOLOGY_PRODUCT_WORDS: &[&str] = &["版", "变体", "模型", "小模型", "后", "出"];

/// What separates the parts of a person's name (彼得·克里夫兰, Jensen Huang):
/// the last part alone later names the same person.
pub const NAME_PART_SEPARATORS: &[char] = &['·', '・', '•', '‧', ' '];

/// Verbs right before N年 (threshold words between allowed) that make it
/// how long something has lasted (经营超过30年, 做了16年, 创办了17年的,
/// 待了近十年): not 花了, 用了, 早了, 经历了, which time a task or a gap.
pub const YEARS_LASTING_VERBS: &[&str] = &[
    "待了",
    "待",
    "工作了",
    "工作",
    "经营了",
    "经营",
    "创办了",
    "成立了",
    "成立",
    "深耕了",
    "深耕",
    "做了",
    "干了",
    "探索了",
    "投入了",
    "走过了",
    "走了",
    "任职",
    "效力",
    "执教",
    "从业",
];

/// Threshold words between a lasting verb and its N年 (经营超过30年, 待了将近四十年).
pub const YEARS_THRESHOLD_WORDS: &[&str] =
    &["超过", "超", "逾", "长达", "将近", "接近", "近", "整整", "足足", "了", "约"];

/// After N年 (or N年多), what makes it a span of years (十年之久, 12年历史,
/// 14年证券从业经验).
pub const YEARS_SPAN_AFTER: &[&str] = &["之久", "历史", "的历史", "从业", "证券从业", "行业经验", "工作经验"];

/// After N年, what makes it a window or a date, never a span something
/// lasted (近十年来, 三年内, 五年前, 30年代, 25年底).
pub const YEARS_SPAN_NOT_AFTER: &[&str] = &[
    "来", "内", "前", "后", "间", "代", "度", "级", "初", "底", "末", "中", "起", "期", "里", "以", "至", "到", "-",
    "—", "~", "和", "及", "、", "月", "第", "上", "下", "春", "夏", "秋", "冬", "财", "Q", "半", "全",
];

/// Before N年, words that make it a window of time, not how long the subject
/// has lasted (过去十年, 未来五年, 每两年).
pub const YEARS_SPAN_NOT_BEFORE: &[&str] =
    &["过去", "未来", "最近", "这", "每", "头", "前", "后", "今后", "此后", "近几"];

/// Words before a span of years that make it a person's time at a post
/// (在麦肯锡待了超过十年, 负责公关长达十年之久).
pub const TENURE_WORDS: &[&str] = &["待了", "负责", "任职", "担任", "工作了", "从业", "效力", "执教", "供职"];

/// Nouns for a firm not named (一家刚成立两年的公司, 经营了五年的新创公司):
/// how old it is is no named subject's.
pub const UNNAMED_FIRM_NOUNS: &[&str] =
    &["公司", "企业", "新创公司", "创业公司", "初创公司", "新创", "初创", "团队", "机构", "品牌", "工厂"];

/// Words opening a clause that name what runs behind the product of the
/// clause before (讯飞晓医…，其背后是星火医疗大模型).
pub const MODEL_BEHIND_CUES: &[&str] =
    &["其背后是", "背后是", "其背后的大模型是", "背后的大模型是", "其底层是", "底层是", "其底座是", "底座是"];

/// Verbs of a clause that only leans on a model, ahead of the clause that
/// makes something with it (依托百灵大模型，蚂蚁推出了“蚂小财”).
pub const LEADING_USE_VERBS: &[&str] = &["依托", "基于", "借助", "依靠", "凭借"];

/// Academic titles after a person named with a possessive, in a list of
/// such people (速腾的邱纯鑫博士、戴盟的王煜教授).
pub const POSSESSED_MEMBER_TITLES: &[&str] = &["博士", "教授", "院士", "研究员"];

/// What a possessive before such a person names when it is no firm: a
/// pronoun, a group, a place of study the suffix finders type, a time.
pub const POSSESSED_MEMBER_STOPS: &[&str] = &[
    "我们",
    "他们",
    "她们",
    "我",
    "他",
    "她",
    "其",
    "该",
    "本",
    "团队",
    "公司",
    "企业",
    "学校",
    "大学",
    "学院",
    "医院",
    "研究院",
    "研究所",
    "实验室",
    "中心",
    "当时",
    "时期",
    "年代",
    "著名",
    "知名",
    "年轻",
    "优秀",
    "资深",
    "国内",
    "国外",
    "海外",
    "美国",
    "中国",
    "日本",
];

/// Words after a Latin body's name that make the name a licence or a
/// publication of it (MIT License, MIT许可证, MIT开源协议, MIT Press).
pub const LICENCE_WORDS: &[&str] =
    &["License", "license", "LICENSE", "许可", "授权", "授權", "协议", "協議", "开源协议", "開源協議", "Press", "News"];

/// Words after a Latin name listed after a firm that make it a person
/// (Anthropic 和 Amodei 本人, OpenAI 和 Parmar 所在的…).
pub const LISTED_PERSON_AFTER: &[&str] = &["本人", "所在", "先生", "女士"];

/// Nouns that close a list (等…, 这五家…) of firms: a short capital code in
/// it is a firm (SV Angel 以及 NFDG 这五家投资公司, BOE、HKC等面板厂商).
pub const LISTED_FIRM_CLOSING_NOUNS: &[&str] =
    &["公司", "企业", "机构", "厂商", "基金", "资本", "银行", "券商", "厂家"];

/// Nouns that close a list of products, media or people: a Latin name
/// listed after a firm there is none (Zoom、Teams等平台, The Verge、MKBHD等媒体).
pub const LISTED_NOT_FIRM_CLOSING_NOUNS: &[&str] =
    &["平台", "产品", "应用", "软件", "工具", "模型", "App", "APP", "媒体", "网红", "服务", "博主"];

/// Chars that make a count word a number (八大, 三个), not only a measure.
pub const NUMERAL_CHARS: &str = "一二三四五六七八九十百千两几多数0123456789";

/// Field words between a list's 等 and its noun for models (等八大行业模型).
pub const MODEL_FIELD_WORDS: &[&str] = &["行业", "垂直", "领域", "专业", "垂类", "AI", "基础", "开源"];

/// Nouns for models that close a list after 等: its named items are models
/// (甲、乙等行业模型).
pub const MODEL_KIND_NOUNS: &[&str] = &["模型", "大模型", "语言模型", "行业模型", "垂直模型"];

/// Classifiers of a count that closes a list of products or models as 等
/// does (甲、乙、丙三款机型).
pub const COUNTED_LIST_CLASSIFIERS: &[char] = &['款'];

/// Chinese numerals from two to nine, in order (两, not 二: 二 counts
/// nothing in 第二款).
pub const SMALL_NUMERALS: &[char] = &['两', '三', '四', '五', '六', '七', '八', '九'];

/// A count from two to nine written as one char (三家, 5款, 两款).
pub fn small_count(c: char) -> Option<usize> {
    let n =
        c.to_digit(10).map(|d| d as usize).or_else(|| SMALL_NUMERALS.iter().position(|&x| x == c).map(|i| i + 2))?;
    (2..=9).contains(&n).then_some(n)
}

/// Nouns after a noun for models that make a list's items applications of
/// models, products (四款大模型应用产品).
pub const MODEL_APPLICATION_NOUNS: &[&str] = &["应用"];

/// Words for social media that describe the platform named after them
/// (社交平台X).
pub const SOCIAL_MEDIA_WORDS: &[&str] = &["社交平台", "社交媒体", "社交网络", "社交网站", "社群平台", "社群媒体"];

/// Words after 在 and a one-letter name that make it a place people post
/// on (在X上发文, 在X平台表示).
pub const POSTED_ON_WORDS: &[&str] = &["上", "平台"];

/// The word that names a maker's series (S25系列).
pub const SERIES_WORD: &str = "系列";

/// Marks that end a Latin product name (S25+).
pub const LATIN_NAME_SUFFIX_MARKS: &[&str] = &["+"];

/// Words that join the last item of a list to the one before (甲、乙和丙).
pub const LAST_LIST_JOINTS: &[&str] = &["和", "及", "以及"];

/// Firm words glued right after a firm's curated name that make the longer
/// name the text writes (纽约联储银行, 巴伦资本集团, 中银国际证券).
pub const GLUED_FIRM_WORDS: &[&str] = &["集团", "银行", "证券", "电子", "资本"];

/// Of [`GLUED_FIRM_WORDS`], those that are also a field of study or
/// engineering (北大电子工程系, 华为电子电气架构): glued to a company only,
/// and not before a noun.
pub const GLUED_FIELD_WORDS: &[&str] = &["电子"];

/// Latin words right after a one-word firm's curated name that make its
/// longer name (EPFR Global, Robinhood Markets Inc).
pub const GLUED_LATIN_FIRM_WORDS: &[&str] = &["Global", "Markets", "Group", "Holdings"];

/// Words after a glued firm word that make it a phrase of its own, not the
/// end of a name (X银行股东 are the bank's owners, X证券板块 a stock sector).
pub const GLUED_FIRM_WORD_NOT_BEFORE: &[&str] =
    &["股东", "子公司", "权", "比例", "地位", "板块", "指数", "行业", "业务", "概念"];

/// Words after two names joined by a hyphen that make the pair partners of a
/// joint body (北大-灵初联合实验室), not one firm's longer name.
pub const JOINT_BODY_WORDS: &[&str] = &["联合", "合作", "共建", "合资"];
