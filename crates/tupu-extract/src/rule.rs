//! Rules as values: every way the extractor finds a mention, a relation or
//! a figure has an id (written into provenance, so that a statement says
//! what found it) and a prior confidence (before hedging and the noisy-or
//! of independent evidence change it). A rule is referred to by its
//! constant, never by its id string.

/// One rule: its id and its prior confidence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rule {
    /// `dict…` curated names, `pattern…` names found by shape or context,
    /// `rel…` relations stated by the text, `curated…` relations the
    /// dictionary knows and the article names both ends of, `fact…` figures.
    pub id: &'static str,
    pub prior: f32,
}

impl Rule {
    pub const REL_POSSESSIVE_DESCRIBED: Rule = Rule { id: "rel.possessive-described", prior: 0.7 };
    pub const REL_TITLE_PRONOUN: Rule = Rule { id: "rel.title-pronoun", prior: 0.7 };
    pub const REL_TITLE_BARE: Rule = Rule { id: "rel.title-bare", prior: 0.65 };
    pub const REL_TITLE_UNIT: Rule = Rule { id: "rel.title-unit", prior: 0.7 };
    pub const REL_APPLIED_VERB: Rule = Rule { id: "rel.applied-verb", prior: 0.65 };
    pub const REL_SUBSIDIARY_NOUN: Rule = Rule { id: "rel.subsidiary-noun", prior: 0.8 };
    pub const REL_ACQUIRED: Rule = Rule { id: "rel.acquired", prior: 0.7 };
    pub const REL_HEADQUARTERS: Rule = Rule { id: "rel.headquarters", prior: 0.8 };
    pub const REL_SITE: Rule = Rule { id: "rel.site", prior: 0.7 };
    pub const REL_JOINT_ACT: Rule = Rule { id: "rel.joint-act", prior: 0.7 };
    pub const REL_STAKE: Rule = Rule { id: "rel.stake", prior: 0.7 };
    pub const REL_DESCRIBED_HOME: Rule = Rule { id: "rel.described-home", prior: 0.75 };
    pub const REL_INCUBATED: Rule = Rule { id: "rel.incubated", prior: 0.7 };
    pub const REL_SHAREHOLDER: Rule = Rule { id: "rel.shareholder", prior: 0.7 };
    pub const REL_CAREER: Rule = Rule { id: "rel.career", prior: 0.7 };
    /// A post and the people listed as its holders (X的联合创始人还包括A和B).
    pub const REL_TITLE_MEMBERS: Rule = Rule { id: "rel.title-members", prior: 0.7 };
    pub const REL_ADVISOR: Rule = Rule { id: "rel.advisor", prior: 0.7 };
    pub const PATTERN_BRAND_PRODUCT: Rule = Rule { id: "pattern.brand-product", prior: 0.6 };
    pub const PATTERN_FAMILY_FIELD: Rule = Rule { id: "pattern.family-field", prior: 0.8 };
    pub const PATTERN_FAMILY_VERSION: Rule = Rule { id: "pattern.family-version", prior: 0.8 };
    pub const PATTERN_QUOTED: Rule = Rule { id: "pattern.quoted", prior: 0.7 };
    pub const PATTERN_QUOTED_ROLE: Rule = Rule { id: "pattern.quoted-role", prior: 0.8 };
    /// Quoted words after a described kind of product (自研AI芯片“含光”).
    pub const PATTERN_QUOTED_KIND: Rule = Rule { id: "pattern.quoted-kind", prior: 0.7 };
    /// Derived: scales the confidence of the name it repeats.
    pub const PATTERN_REPEAT: Rule = Rule { id: "pattern.repeat", prior: 0.9 };
    /// Derived: keeps the confidence of the full name it abbreviates.
    pub const PATTERN_SHORT_NAME: Rule = Rule { id: "pattern.short-name", prior: 1.0 };
    pub const CURATED_ARTICLE: Rule = Rule { id: "curated.article", prior: 0.45 };
    pub const CURATED_COOCCUR: Rule = Rule { id: "curated.cooccur", prior: 0.6 };
    pub const CURATED_COOCCUR_ADJACENT: Rule = Rule { id: "curated.cooccur-adjacent", prior: 0.5 };
    pub const CURATED_FAMILY_MAKER: Rule = Rule { id: "curated.family-maker", prior: 0.55 };
    pub const DICT: Rule = Rule { id: "dict", prior: 0.95 };
    pub const DICT_BRAND_AS_COMPANY: Rule = Rule { id: "dict.brand-as-company", prior: 0.95 };
    pub const DICT_BRAND_AS_MODEL: Rule = Rule { id: "dict.brand-as-model", prior: 0.95 };
    pub const DICT_GLUED_FIRM: Rule = Rule { id: "dict.glued-firm", prior: 0.8 };
    pub const DICT_SECTOR_IN_NAME: Rule = Rule { id: "dict.sector-in-name", prior: 0.6 };
    pub const DICT_SECTOR_SCOPE: Rule = Rule { id: "dict.sector-scope", prior: 0.95 };
    pub const DICT_SHORT_FORM: Rule = Rule { id: "dict.short-form", prior: 0.7 };
    pub const FACT_CLAUSE_SUBJECT: Rule = Rule { id: "fact.clause-subject", prior: 0.75 };
    pub const PATTERN_ACTING_COMPANY: Rule = Rule { id: "pattern.acting-company", prior: 0.6 };
    pub const PATTERN_APPOSITIVE: Rule = Rule { id: "pattern.appositive", prior: 0.6 };
    pub const PATTERN_BENCHMARK: Rule = Rule { id: "pattern.benchmark", prior: 0.7 };
    pub const PATTERN_BRAND_SUFFIX: Rule = Rule { id: "pattern.brand-suffix", prior: 0.6 };
    pub const PATTERN_ENUMERATION: Rule = Rule { id: "pattern.enumeration", prior: 0.55 };
    pub const PATTERN_GOVERNMENT: Rule = Rule { id: "pattern.government", prior: 0.7 };
    pub const PATTERN_GOVERNMENT_PLACE: Rule = Rule { id: "pattern.government-place", prior: 0.5 };
    pub const PATTERN_LATIN_COMPANY: Rule = Rule { id: "pattern.latin-company", prior: 0.6 };
    pub const PATTERN_LATIN_MODEL: Rule = Rule { id: "pattern.latin-model", prior: 0.6 };
    pub const PATTERN_LATIN_PERSON: Rule = Rule { id: "pattern.latin-person", prior: 0.7 };
    pub const PATTERN_TITLED_EMPLOYER: Rule = Rule { id: "pattern.titled-employer", prior: 0.55 };
    pub const PATTERN_LATIN_VERSION: Rule = Rule { id: "pattern.latin-version", prior: 0.8 };
    pub const PATTERN_SLASH_SIBLING: Rule = Rule { id: "pattern.slash-sibling", prior: 0.75 };
    pub const PATTERN_PRODUCT_EDITION: Rule = Rule { id: "pattern.product-edition", prior: 0.8 };
    pub const PATTERN_MADE_MODEL: Rule = Rule { id: "pattern.made-model", prior: 0.6 };
    pub const PATTERN_MODEL_HEAD: Rule = Rule { id: "pattern.model-head", prior: 0.55 };
    pub const PATTERN_NAMED: Rule = Rule { id: "pattern.named", prior: 0.8 };
    pub const PATTERN_ORG_REGISTERED: Rule = Rule { id: "pattern.org-registered", prior: 0.75 };
    pub const PATTERN_HARDWARE: Rule = Rule { id: "pattern.hardware", prior: 0.75 };
    /// A Latin product code right after a known maker (小鹏P7).
    pub const PATTERN_BRAND_CODE: Rule = Rule { id: "pattern.brand-code", prior: 0.65 };
    /// A Latin name closed by Podcast (Lex Fridman Podcast).
    pub const PATTERN_PODCAST: Rule = Rule { id: "pattern.podcast", prior: 0.75 };
    pub const PATTERN_POSTING_PLATFORM: Rule = Rule { id: "pattern.posting-platform", prior: 0.75 };
    pub const PATTERN_DESCRIBED_PRODUCT: Rule = Rule { id: "pattern.described-product", prior: 0.7 };
    pub const PATTERN_HEADED_PRODUCT: Rule = Rule { id: "pattern.headed-product", prior: 0.6 };
    pub const PATTERN_TICKER: Rule = Rule { id: "pattern.ticker", prior: 0.8 };
    pub const PATTERN_LISTED_FIRM: Rule = Rule { id: "pattern.listed-firm", prior: 0.7 };
    pub const PATTERN_TRADED_STOCK: Rule = Rule { id: "pattern.traded-stock", prior: 0.7 };
    pub const PATTERN_TITLED_WORK: Rule = Rule { id: "pattern.titled-work", prior: 0.85 };
    pub const PATTERN_BUSINESS_UNIT: Rule = Rule { id: "pattern.business-unit", prior: 0.7 };
    /// An unknown item in a list of mostly known firms (…、七彩虹等).
    pub const PATTERN_FIRM_LIST: Rule = Rule { id: "pattern.firm-list", prior: 0.6 };
    pub const PATTERN_ORG_SUFFIX: Rule = Rule { id: "pattern.org-suffix", prior: 0.7 };
    pub const PATTERN_UNIVERSITY_UNIT: Rule = Rule { id: "pattern.university-unit", prior: 0.75 };
    /// A unit named after a curated body (商务部产业安全局).
    pub const PATTERN_GOVERNMENT_UNIT: Rule = Rule { id: "pattern.government-unit", prior: 0.7 };
    pub const PATTERN_PARTNER: Rule = Rule { id: "pattern.partner", prior: 0.65 };
    pub const PATTERN_PERSON_TITLE: Rule = Rule { id: "pattern.person-title", prior: 0.7 };
    /// 卡斯帕洛夫（Garry Kasparov）: a transliteration before a person's
    /// name in Latin letters, given and family name, in brackets.
    pub const PATTERN_PERSON_ORIGINAL: Rule = Rule { id: "pattern.person-original", prior: 0.7 };
    /// 奥马尔·苏丹·奥拉马, 卢克·法里托是…: transliterated given and family
    /// names joined by a middle dot, bounded by a title, a pause or a word
    /// that follows people.
    pub const PATTERN_PERSON_DOTTED: Rule = Rule { id: "pattern.person-dotted", prior: 0.7 };
    /// 李声扬：「…」 in a headline: a person's name opening a line or a
    /// clause, then a colon and what they said.
    pub const PATTERN_PERSON_SPEAKER: Rule = Rule { id: "pattern.person-speaker", prior: 0.6 };
    pub const PATTERN_PERSON_TITLE_GIVEN: Rule = Rule { id: "pattern.person-title-given", prior: 0.65 };
    pub const REL_TECHNOLOGY_DESCRIBED: Rule = Rule { id: "rel.technology-described", prior: 0.7 };
    pub const PATTERN_SECTOR_COMPOUND: Rule = Rule { id: "pattern.sector-compound", prior: 0.7 };
    /// A field named where a field stands (在就业服务领域, 医药、X等领域).
    pub const PATTERN_SECTOR_FIELD: Rule = Rule { id: "pattern.sector-field", prior: 0.6 };
    pub const REL_BASE_MODEL: Rule = Rule { id: "rel.base-model", prior: 0.7 };
    pub const REL_BENCHMARK: Rule = Rule { id: "rel.benchmark", prior: 0.7 };
    pub const REL_BENCHMARK_COMPARED: Rule = Rule { id: "rel.benchmark-compared", prior: 0.6 };
    pub const REL_DEPLOYMENT_BUILDER: Rule = Rule { id: "rel.deployment-builder", prior: 0.55 };
    pub const REL_DEPLOYMENT_MODEL: Rule = Rule { id: "rel.deployment-model", prior: 0.55 };
    pub const REL_DEPLOYMENT_SECTOR: Rule = Rule { id: "rel.deployment-sector", prior: 0.5 };
    pub const REL_FAMILY: Rule = Rule { id: "rel.family", prior: 0.8 };
    pub const REL_INVESTED: Rule = Rule { id: "rel.invested", prior: 0.75 };
    /// 宝骏汽车宣布其灵语智舱系统: an artifact after 其, the firm before it.
    pub const REL_PRONOUN_OWN: Rule = Rule { id: "rel.pronoun-own", prior: 0.7 };
    /// 公司发布了X: a firm pronoun as the maker, standing for the firm the
    /// paragraph is about.
    pub const REL_MAKER_PRONOUN: Rule = Rule { id: "rel.maker-pronoun", prior: 0.6 };
    /// 抖音、快手等短视频平台: the members of a list closed by a field's kind of
    /// product (the rule walks the list itself, so it is not distributed).
    pub const REL_SECTOR_GROUP: Rule = Rule { id: "rel.sector-group", prior: 0.7 };
    /// Investors named after 从 before a raising verb (X从A、B等机构筹集了…).
    pub const REL_FUNDED_FROM: Rule = Rule { id: "rel.funded-from", prior: 0.7 };
    /// A holder changing its position in a company (X增持了Y, 其减持Y).
    pub const REL_POSITION_MOVE: Rule = Rule { id: "rel.position-move", prior: 0.7 };
    /// The company an investing verb takes as object, maybe after a
    /// description of its kind (X投资了…初创公司Y).
    pub const REL_INVESTED_OBJECT: Rule = Rule { id: "rel.invested-object", prior: 0.7 };
    /// A sentence of acts without a subject (入股A，投资B) goes on with the
    /// firm the sentence before opened with.
    pub const REL_INVESTED_TOPIC: Rule = Rule { id: "rel.invested-topic", prior: 0.6 };
    /// A fund's top holdings listed with it (X的前十大重仓股分别是Y、Z).
    pub const REL_HOLDING: Rule = Rule { id: "rel.holding", prior: 0.7 };
    /// A person and the firm said to be theirs (X及其公司Y, X旗下的Y).
    pub const REL_PERSON_OWNS: Rule = Rule { id: "rel.person-owns", prior: 0.7 };
    /// A maker and a few words of product kind before its product (知乎 AI
    /// 搜索产品知乎直答), or the products a firm is said to have (其主要产品包括…).
    pub const REL_MAKER_DESCRIBED: Rule = Rule { id: "rel.maker-described", prior: 0.7 };
    /// A model put into a product with 把/将 (把DeepSeek集成至金蝶云苍穹).
    pub const REL_MODEL_PUT_INTO: Rule = Rule { id: "rel.model-put-into", prior: 0.7 };
    /// A maker that made the first of a run of products or models in its
    /// clause made the rest (X推出了A App、B平台和C); the topic of a clause
    /// made what the next clause, opened with 并/同时, makes (X完成…，并推出Y).
    pub const REL_MAKER_TOPIC: Rule = Rule { id: "rel.maker-topic", prior: 0.7 };
    /// A maker's line of vehicles or devices: X的A、B、C等车型, X旗下…，A、B等车型.
    pub const REL_MODEL_LINE: Rule = Rule { id: "rel.model-line", prior: 0.7 };
    /// Derived: scales the confidence of the relation it carries over a list.
    pub const REL_LIST: Rule = Rule { id: "rel.list", prior: 0.9 };
    pub const REL_LOCATED: Rule = Rule { id: "rel.located", prior: 0.8 };
    pub const REL_MADE_BY: Rule = Rule { id: "rel.made-by", prior: 0.8 };
    pub const REL_MAKER: Rule = Rule { id: "rel.maker", prior: 0.8 };
    pub const REL_MAKER_PREFIX: Rule = Rule { id: "rel.maker-prefix", prior: 0.7 };
    pub const REL_NAME_PLACE: Rule = Rule { id: "rel.name-place", prior: 0.6 };
    pub const REL_NAME_PREFIX: Rule = Rule { id: "rel.name-prefix", prior: 0.6 };
    /// A firm named by a place and another firm's whole name (成都星河科技
    /// beside 星河科技): that firm's company registered in the place.
    /// A title at a division named after its firm (X事业部总经理): the
    /// holder works for the firm too.
    pub const REL_TITLE_UNIT_OWNER: Rule = Rule { id: "rel.title-unit-owner", prior: 0.6 };
    pub const REL_PLACE_BRANCH: Rule = Rule { id: "rel.place-branch", prior: 0.6 };
    pub const REL_NATIONALITY: Rule = Rule { id: "rel.nationality", prior: 0.75 };
    /// A country's group of firms in a later clause (…，印证中国X企业) or the
    /// next sentence (三家中国云厂商) standing for a list of firms named before.
    pub const REL_NATIONALITY_BACK: Rule = Rule { id: "rel.nationality-back", prior: 0.6 };
    pub const REL_NATIONALITY_CURATED: Rule = Rule { id: "rel.nationality-curated", prior: 0.6 };
    /// A domestic word (国内, 国产, 本土) for the outlet's home, said of the
    /// firms it describes (华为、小米等国产厂商, 国内人工智能企业X, X作为本土企业).
    pub const REL_DOMESTIC: Rule = Rule { id: "rel.domestic", prior: 0.7 };
    /// A sentence framed by a domestic word (国内市场，A、B等…) and the firms
    /// in it whose curated home is the outlet's.
    pub const REL_DOMESTIC_CURATED: Rule = Rule { id: "rel.domestic-curated", prior: 0.6 };
    /// A place written right before a firm's name (日本任天堂).
    pub const REL_NATIONALITY_ADJACENT: Rule = Rule { id: "rel.nationality-adjacent", prior: 0.7 };
    /// A place that a clause is about, and the firms it says the place has
    /// or gave rise to (杭州…这里有阿里巴巴、网易等巨头).
    pub const REL_PLACE_HOSTS: Rule = Rule { id: "rel.place-hosts", prior: 0.7 };
    pub const REL_OWNER_PREFIX: Rule = Rule { id: "rel.owner-prefix", prior: 0.75 };
    pub const REL_PARTNER: Rule = Rule { id: "rel.partner", prior: 0.8 };
    /// 双方的合作 after a sentence that names two actors: they are the two
    /// parties.
    pub const REL_BOTH_PARTIES: Rule = Rule { id: "rel.both-parties", prior: 0.6 };
    pub const REL_POSSESSIVE: Rule = Rule { id: "rel.possessive", prior: 0.8 };
    pub const REL_POSSESSIVE_LIST: Rule = Rule { id: "rel.possessive-list", prior: 0.7 };
    /// 旗下: what a firm owns, said once for a whole list of its products.
    pub const REL_OWNED: Rule = Rule { id: "rel.owned", prior: 0.8 };
    pub const REL_POSSESSIVE_UNIT: Rule = Rule { id: "rel.possessive-unit", prior: 0.7 };
    pub const REL_SECTOR_DESCRIPTOR: Rule = Rule { id: "rel.sector-descriptor", prior: 0.7 };
    pub const REL_SECTOR_IN_NAME: Rule = Rule { id: "rel.sector-in-name", prior: 0.65 };
    pub const REL_SECTOR_SCOPE_MODEL: Rule = Rule { id: "rel.sector-scope-model", prior: 0.65 };
    /// An artifact, 在 and a list of fields closed by 领域/行业/场景
    /// (盘古大模型在政务、工业、金融三个领域).
    pub const REL_FIELD_LIST: Rule = Rule { id: "rel.field-list", prior: 0.65 };
    /// Fields standing for their firms that adopt a model (汽车、医疗等行业
    /// 纷纷接入DeepSeek).
    pub const REL_FIELD_ADOPTERS: Rule = Rule { id: "rel.field-adopters", prior: 0.6 };
    /// An artifact that brings something to a list of fields (X为保险营销、
    /// 客户服务等场景注入新动力).
    pub const REL_FIELD_SERVED: Rule = Rule { id: "rel.field-served", prior: 0.6 };
    /// An artifact said to be a field's kind of product (X是…社交媒体平台).
    pub const REL_FIELD_KIND: Rule = Rule { id: "rel.field-kind", prior: 0.7 };
    /// A technique written as a model's own (R1的长思维链).
    pub const REL_TECHNOLOGY_OWN: Rule = Rule { id: "rel.technology-own", prior: 0.65 };
    pub const REL_SERVES: Rule = Rule { id: "rel.serves", prior: 0.7 };
    pub const REL_TECHNOLOGY: Rule = Rule { id: "rel.technology", prior: 0.7 };
    pub const REL_TITLE: Rule = Rule { id: "rel.title", prior: 0.85 };
    pub const REL_TITLE_AFTER: Rule = Rule { id: "rel.title-after", prior: 0.8 };
    pub const REL_TITLE_LIST: Rule = Rule { id: "rel.title-list", prior: 0.75 };
    pub const REL_USES_MODEL: Rule = Rule { id: "rel.uses-model", prior: 0.75 };
    /// A model named behind the product of the clause before (…，其背后是M),
    /// or leaned on by a clause ahead of the one that makes the product
    /// (依托M，X推出了P).
    pub const REL_MODEL_ACROSS_PAUSE: Rule = Rule { id: "rel.model-across-pause", prior: 0.65 };

    /// Every rule, for listings and tests.
    pub const ALL: &'static [Rule] = &[
        Rule::REL_POSSESSIVE_DESCRIBED,
        Rule::REL_TITLE_PRONOUN,
        Rule::REL_TITLE_BARE,
        Rule::REL_TITLE_UNIT,
        Rule::REL_APPLIED_VERB,
        Rule::REL_ADVISOR,
        Rule::REL_CAREER,
        Rule::REL_TITLE_MEMBERS,
        Rule::REL_STAKE,
        Rule::REL_SHAREHOLDER,
        Rule::REL_INCUBATED,
        Rule::REL_DESCRIBED_HOME,
        Rule::REL_SUBSIDIARY_NOUN,
        Rule::REL_ACQUIRED,
        Rule::REL_HEADQUARTERS,
        Rule::REL_SITE,
        Rule::REL_JOINT_ACT,
        Rule::PATTERN_BRAND_PRODUCT,
        Rule::PATTERN_FAMILY_FIELD,
        Rule::PATTERN_FAMILY_VERSION,
        Rule::PATTERN_QUOTED,
        Rule::PATTERN_QUOTED_ROLE,
        Rule::PATTERN_QUOTED_KIND,
        Rule::PATTERN_REPEAT,
        Rule::PATTERN_SHORT_NAME,
        Rule::CURATED_ARTICLE,
        Rule::CURATED_COOCCUR,
        Rule::CURATED_COOCCUR_ADJACENT,
        Rule::CURATED_FAMILY_MAKER,
        Rule::DICT,
        Rule::DICT_BRAND_AS_COMPANY,
        Rule::DICT_BRAND_AS_MODEL,
        Rule::DICT_GLUED_FIRM,
        Rule::DICT_SECTOR_IN_NAME,
        Rule::DICT_SECTOR_SCOPE,
        Rule::DICT_SHORT_FORM,
        Rule::FACT_CLAUSE_SUBJECT,
        Rule::PATTERN_ACTING_COMPANY,
        Rule::PATTERN_APPOSITIVE,
        Rule::PATTERN_BENCHMARK,
        Rule::PATTERN_BRAND_SUFFIX,
        Rule::PATTERN_ENUMERATION,
        Rule::PATTERN_GOVERNMENT,
        Rule::PATTERN_GOVERNMENT_PLACE,
        Rule::PATTERN_LATIN_COMPANY,
        Rule::PATTERN_LATIN_PERSON,
        Rule::PATTERN_TITLED_EMPLOYER,
        Rule::PATTERN_LATIN_MODEL,
        Rule::PATTERN_LATIN_VERSION,
        Rule::PATTERN_SLASH_SIBLING,
        Rule::PATTERN_PRODUCT_EDITION,
        Rule::PATTERN_MADE_MODEL,
        Rule::PATTERN_MODEL_HEAD,
        Rule::PATTERN_NAMED,
        Rule::PATTERN_ORG_REGISTERED,
        Rule::PATTERN_ORG_SUFFIX,
        Rule::PATTERN_UNIVERSITY_UNIT,
        Rule::PATTERN_GOVERNMENT_UNIT,
        Rule::PATTERN_TICKER,
        Rule::PATTERN_HARDWARE,
        Rule::PATTERN_BRAND_CODE,
        Rule::PATTERN_PODCAST,
        Rule::PATTERN_POSTING_PLATFORM,
        Rule::PATTERN_DESCRIBED_PRODUCT,
        Rule::PATTERN_HEADED_PRODUCT,
        Rule::PATTERN_LISTED_FIRM,
        Rule::PATTERN_PERSON_ORIGINAL,
        Rule::PATTERN_PERSON_DOTTED,
        Rule::PATTERN_PERSON_SPEAKER,
        Rule::PATTERN_TRADED_STOCK,
        Rule::PATTERN_TITLED_WORK,
        Rule::PATTERN_BUSINESS_UNIT,
        Rule::PATTERN_FIRM_LIST,
        Rule::PATTERN_PARTNER,
        Rule::PATTERN_PERSON_TITLE,
        Rule::PATTERN_PERSON_TITLE_GIVEN,
        Rule::PATTERN_SECTOR_COMPOUND,
        Rule::PATTERN_SECTOR_FIELD,
        Rule::REL_TECHNOLOGY_DESCRIBED,
        Rule::REL_BASE_MODEL,
        Rule::REL_BENCHMARK,
        Rule::REL_BENCHMARK_COMPARED,
        Rule::REL_DEPLOYMENT_BUILDER,
        Rule::REL_DEPLOYMENT_MODEL,
        Rule::REL_DEPLOYMENT_SECTOR,
        Rule::REL_FAMILY,
        Rule::REL_INVESTED,
        Rule::REL_FUNDED_FROM,
        Rule::REL_POSITION_MOVE,
        Rule::REL_INVESTED_OBJECT,
        Rule::REL_INVESTED_TOPIC,
        Rule::REL_BOTH_PARTIES,
        Rule::REL_HOLDING,
        Rule::REL_PERSON_OWNS,
        Rule::REL_MAKER_DESCRIBED,
        Rule::REL_MODEL_PUT_INTO,
        Rule::REL_MAKER_TOPIC,
        Rule::REL_MODEL_LINE,
        Rule::REL_SECTOR_GROUP,
        Rule::REL_PRONOUN_OWN,
        Rule::REL_MAKER_PRONOUN,
        Rule::REL_LIST,
        Rule::REL_LOCATED,
        Rule::REL_MADE_BY,
        Rule::REL_MAKER,
        Rule::REL_MAKER_PREFIX,
        Rule::REL_NAME_PLACE,
        Rule::REL_NAME_PREFIX,
        Rule::REL_PLACE_BRANCH,
        Rule::REL_TITLE_UNIT_OWNER,
        Rule::REL_NATIONALITY,
        Rule::REL_NATIONALITY_BACK,
        Rule::REL_NATIONALITY_CURATED,
        Rule::REL_DOMESTIC,
        Rule::REL_DOMESTIC_CURATED,
        Rule::REL_NATIONALITY_ADJACENT,
        Rule::REL_PLACE_HOSTS,
        Rule::REL_OWNER_PREFIX,
        Rule::REL_PARTNER,
        Rule::REL_POSSESSIVE,
        Rule::REL_POSSESSIVE_LIST,
        Rule::REL_OWNED,
        Rule::REL_POSSESSIVE_UNIT,
        Rule::REL_SECTOR_DESCRIPTOR,
        Rule::REL_SECTOR_IN_NAME,
        Rule::REL_SECTOR_SCOPE_MODEL,
        Rule::REL_FIELD_LIST,
        Rule::REL_FIELD_ADOPTERS,
        Rule::REL_FIELD_SERVED,
        Rule::REL_FIELD_KIND,
        Rule::REL_TECHNOLOGY_OWN,
        Rule::REL_SERVES,
        Rule::REL_TECHNOLOGY,
        Rule::REL_TITLE,
        Rule::REL_TITLE_AFTER,
        Rule::REL_TITLE_LIST,
        Rule::REL_USES_MODEL,
        Rule::REL_MODEL_ACROSS_PAUSE,
    ];
}

#[cfg(test)]
mod tests {
    use super::Rule;

    #[test]
    fn ids_are_unique_and_priors_are_probabilities() {
        let mut ids: Vec<&str> = Rule::ALL.iter().map(|r| r.id).collect();
        ids.sort();
        let n = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), n, "two rules share an id");
        assert!(Rule::ALL.iter().all(|r| r.prior > 0.0 && r.prior <= 1.0));
        assert!(Rule::ALL.iter().all(|r| r
            .id
            .split('.')
            .next()
            .is_some_and(|k| matches!(k, "dict" | "pattern" | "rel" | "curated" | "fact"))));
    }
}
