//! Types that only the sentence can tell.
//!
//! A Deployment is a named application built for an adopter or a sector
//! (ANNOTATION.md): an assistant a district government builds on a model,
//! an ICU model a company builds with a hospital group. No list can hold
//! them; the sentence around a newly found name says what it is.

use crate::dictionary::Dictionary;
use crate::model::{EntityType, Mention};
use crate::normalize::Document;
use crate::rule::Rule;

pub fn retype(doc: &Document, mentions: &mut [Mention], dictionary: &Dictionary) {
    let scopes: Vec<bool> = doc.sentences.iter().map(|s| sector_scope(doc.slice(s.span), mentions, s.index)).collect();
    let sector_spans: Vec<(usize, usize)> =
        mentions.iter().filter(|m| m.kind == EntityType::Sector).map(|m| (m.span.start, m.span.end)).collect();
    for i in 0..mentions.len() {
        let m = &mentions[i];
        if brand_used_as_company(doc, m, dictionary) {
            mentions[i].kind = EntityType::Company;
            mentions[i].rule = Rule::DICT_BRAND_AS_COMPANY;
            continue;
        }
        if brand_used_as_model(doc, m, dictionary) || brand_listed_with_models(doc, m, mentions, dictionary) {
            mentions[i].rule = Rule::DICT_BRAND_AS_MODEL;
            continue;
        }
        if m.kind == EntityType::Sector
            && (named_trade(doc, m, dictionary)
                || if is_open_field_word(m, dictionary) {
                    market_or_list_field(doc, m, &sector_spans)
                } else {
                    is_field_word(doc, m, &sector_spans)
                })
        {
            mentions[i].rule = Rule::DICT_SECTOR_SCOPE;
            continue;
        }
        if m.entry.is_some() || !matches!(m.kind, EntityType::Product | EntityType::Model) {
            continue;
        }
        const NEW_NAMES: [Rule; 7] = [
            Rule::PATTERN_NAMED,
            Rule::PATTERN_QUOTED,
            Rule::PATTERN_QUOTED_ROLE,
            Rule::PATTERN_QUOTED_KIND,
            Rule::PATTERN_MODEL_HEAD,
            Rule::PATTERN_MADE_MODEL,
            Rule::PATTERN_FAMILY_FIELD,
        ];
        if !NEW_NAMES.contains(&m.rule) {
            continue;
        }
        let sentence = m.sentence;
        let paragraph = doc.sentences[sentence].paragraph;
        let in_scope = scopes[sentence]
            || (sentence > 0 && doc.sentences[sentence - 1].paragraph == paragraph && scopes[sentence - 1]);
        let text = doc.slice(doc.sentences[sentence].span);
        // 将DeepSeek应用于“小邮助手”: an adopter putting a model to work in
        // its own assistant builds it as much as one that develops it.
        let builds = crate::cues::BUILD_VERBS.iter().chain(crate::cues::DEPLOY_VERBS).any(|v| text.contains(v));
        // 该行/该院/该区: the adopter named in the sentence before.
        let adopter_pronoun =
            ["该行", "该院", "该局", "该区", "该市", "该县", "该集团", "该医院"].iter().any(|p| text.contains(p));
        let adopter = adopter_pronoun
            || mentions.iter().any(|o| {
                o.sentence == sentence
                    && o.span.end <= m.span.start
                    && (o.kind == EntityType::Organization
                        || (o.kind == EntityType::Company
                            && crate::cues::ADOPTER_ENDINGS.iter().any(|e| o.text.ends_with(e))))
            });
        // 数字员工“白小柒”, 「西小服」AI专员: a staff role is filled for one
        // adopter, never sold to users.
        let staffed = m.kind == EntityType::Product && staff_role(doc, m);
        let deployed = staffed
            || match m.kind {
                // A model an AI vendor releases stays a Model; one a hospital,
                // bank or government builds for itself is a Deployment.
                EntityType::Model => builds && (in_scope || adopter),
                _ => in_scope || (adopter && builds),
            };
        if deployed {
            mentions[i].kind = EntityType::Deployment;
        }
    }
    quoted_runs_share_a_type(doc, mentions);
}

/// 数字员工“白小柒”“重小楼”, “小安”和“小康”: quoted names right after a
/// Deployment, with nothing but a joining word between them, are the same
/// kind of thing; only the first is next to the words that told its type.
fn quoted_runs_share_a_type(doc: &Document, mentions: &mut [Mention]) {
    const QUOTED: [Rule; 3] = [Rule::PATTERN_QUOTED, Rule::PATTERN_QUOTED_ROLE, Rule::PATTERN_QUOTED_KIND];
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&i| mentions[i].span.start);
    for pair in order.windows(2) {
        let (a, b) = (&mentions[pair[0]], &mentions[pair[1]]);
        if a.kind != EntityType::Deployment
            || b.kind != EntityType::Product
            || b.entry.is_some()
            || !QUOTED.contains(&b.rule)
            || a.sentence != b.sentence
            || a.span.end > b.span.start
        {
            continue;
        }
        let between: String = doc.chars[a.span.end..b.span.start].iter().collect();
        let quotes = |c: char| matches!(c, '“' | '”' | '「' | '」' | '"' | '‘' | '’' | '『' | '』');
        let joint = between.trim_matches(quotes);
        if between.chars().any(quotes) && matches!(joint, "" | "、" | "和" | "及" | "与") {
            mentions[pair[1]].kind = EntityType::Deployment;
        }
    }
}

/// A staff role noun right before the name or right after it, past the
/// quotes around it.
fn staff_role(doc: &Document, m: &Mention) -> bool {
    let (before, after) = around(doc, m, 7, 7);
    let quotes = |c: char| matches!(c, '“' | '”' | '「' | '」' | '"' | '‘' | '’');
    let before = before.trim_end_matches(quotes);
    let after = after.trim_start_matches(quotes);
    crate::cues::STAFF_ROLE_NOUNS.iter().any(|r| before.ends_with(r) || after.starts_with(r))
}

/// DeepSeek is a model family and, in most news, the company behind it:
/// "DeepSeek发布…", "DeepSeek的横空出世", "DeepSeek创始人". An unversioned
/// family name that acts like a company is one.
fn brand_used_as_company(doc: &Document, m: &Mention, dictionary: &Dictionary) -> bool {
    let Some(id) = m.entry else { return false };
    let entry = dictionary.entry(id);
    if entry.kind != EntityType::Model || m.text.chars().any(|c| c.is_ascii_digit()) || !m.text.is_ascii() {
        return false;
    }
    let maker = entry.parent.as_deref().and_then(|p| dictionary.by_label(p));
    if maker.is_none_or(|p| dictionary.entry(p).kind != EntityType::Company) {
        return false;
    }
    // (The words up to the clause's end, for a brand that works with firms;
    // its first 12 are what the other cues read.)
    let (before, clause_after) = around(doc, m, 4, 30);
    let after: String = clause_after.chars().take(12).collect();
    // DeepSeek（深度探索）公司: a gloss in brackets before the firm noun.
    let after = after
        .strip_prefix(['(', '（'])
        .and_then(|rest| rest.split_once([')', '）']))
        .map_or(after.as_str(), |(_, rest)| rest);
    // 与DeepSeek有合作, 银行与DeepSeek的合作: a partner is a firm; so is a
    // brand that works with firms (DeepSeek与恒瑞医药、药明康德等企业合作).
    let partner = ["与", "和", "同", "跟"].iter().any(|w| before.ends_with(w))
        && crate::cues::BRAND_PARTNER_AFTER.iter().any(|w| after.starts_with(w));
    let clause_after: String =
        clause_after.chars().take_while(|ch| !matches!(ch, '，' | '。' | '；' | ',' | ';')).collect();
    let partnering = ["与", "同", "跟"].iter().any(|w| clause_after.starts_with(w))
        && ["合作", "签约", "签署", "携手"].iter().any(|w| clause_after.contains(w))
        && !["融合", "适配", "相比", "对比", "结合", "集成"].iter().any(|w| clause_after.contains(w))
        && clause_after.contains("企业");
    // 中国初创公司DeepSeek: a noun for a firm right before the name.
    partner
        || partnering
        || crate::cues::BRAND_COMPANY_CONTEXT.iter().any(|w| after.starts_with(w))
        || crate::cues::APPOSITIVE_HEADS.iter().any(|h| before.ends_with(h))
}

/// 接入DeepSeek, DeepSeek大模型, 部署DeepSeek, 国产大模型DeepSeek: the family name read as the
/// model. Marked so that the entity's type follows the mentions whose
/// context says something, not the bare ones.
fn brand_used_as_model(doc: &Document, m: &Mention, dictionary: &Dictionary) -> bool {
    let Some(id) = m.entry else { return false };
    if dictionary.entry(id).kind != EntityType::Model
        || !m.text.is_ascii()
        || m.text.chars().any(|c| c.is_ascii_digit())
    {
        return false;
    }
    let (before, after) = around(doc, m, 4, 6);
    // 百度、DeepSeek等大模型开发公司: the kind of model is what the firms make.
    let (_, further) = around(doc, m, 0, 12);
    let firm_after = crate::cues::APPOSITIVE_HEADS.iter().any(|h| further.contains(h));
    crate::cues::MODEL_HEADS_AFTER.iter().any(|w| after.starts_with(w) && !(w.starts_with('等') && firm_after))
        || crate::cues::USE_VERBS.iter().any(|v| before.ends_with(v))
        || crate::cues::MODEL_HEADS_BEFORE.iter().any(|h| before.ends_with(h))
}

/// DeepSeek、阿里巴巴的通义千问以及…: a bare family name listed beside a
/// model (or a maker's model) is one more model of the list.
fn brand_listed_with_models(doc: &Document, m: &Mention, mentions: &[Mention], dictionary: &Dictionary) -> bool {
    let Some(id) = m.entry else { return false };
    if !dictionary.brand_names_its_maker(id) || !m.text.is_ascii() {
        return false;
    }
    // Llama和DeepSeek的V3: the name before 的 is the maker of what follows.
    if doc.chars.get(m.span.end) == Some(&'的') {
        return false;
    }
    let joints = crate::cues::NAME_JOINTS;
    let text = |a: usize, b: usize| -> String { doc.chars[a..b].iter().collect() };
    mentions.iter().any(|o| {
        if o.kind != EntityType::Model || o.sentence != m.sentence || o.entry == m.entry {
            return false;
        }
        if o.span.end <= m.span.start {
            let between = text(o.span.end, m.span.start);
            return joints.contains(&between.trim());
        }
        if o.span.start < m.span.end || o.span.start - m.span.end > 8 {
            return false;
        }
        // The item after the name: a joint, then at most a maker and 的.
        let between = text(m.span.end, o.span.start);
        let Some(rest) = joints.iter().find_map(|j| between.trim_start().strip_prefix(j)) else { return false };
        let rest = rest.trim();
        let item_ends =
            doc.chars.get(o.span.end).is_none_or(|c| matches!(c, '、' | '，' | ',' | '和' | '及' | '以' | '等' | '。'));
        item_ends
            && (rest.is_empty()
                || (rest.ends_with('的') && !rest.chars().any(|c| matches!(c, '、' | '，' | ',' | '和' | '及'))))
    })
}

/// Up to `n_before` chars before a mention and `n_after` after it, past the
/// spaces that some outlets set around Latin names (中国公司 DeepSeek 的…).
fn around(doc: &Document, m: &Mention, n_before: usize, n_after: usize) -> (String, String) {
    let chars = &doc.chars;
    let mut start = m.span.start;
    while start > 0 && chars[start - 1] == ' ' {
        start -= 1;
    }
    let mut end = m.span.end.min(chars.len());
    while end < chars.len() && chars[end] == ' ' {
        end += 1;
    }
    let before = chars[start.saturating_sub(n_before)..start].iter().collect();
    let after = chars[end..].iter().take(n_after).collect();
    (before, after)
}

/// "在医疗领域", "金融行业": the sentence is about a field of application.
fn sector_scope(sentence: &str, mentions: &[Mention], index: usize) -> bool {
    mentions.iter().any(|m| {
        // (在人工智能领域: the whole wave of AI is no adopter's scope.)
        m.sentence == index
            && m.kind == EntityType::Sector
            && !crate::cues::OPEN_FIELD_WORDS.contains(&m.text.as_str())
            && {
                let after_start = sentence.find(m.text.as_str()).map(|p| p + m.text.len());
                after_start.is_some_and(|p| {
                    let rest = &sentence[p..];
                    rest.starts_with("领域") || rest.starts_with("行业") || rest.starts_with("场景")
                })
            }
    })
}

/// A sector word names a field (ANNOTATION.md counts it) when the text
/// treats it as one: followed by 领域/行业/场景 (or closing a list with 等领域),
/// listed beside other fields (政务、金融、制造), or marked as a field AI is
/// applied in (AI+医疗, 智慧医疗, 赋能金融). Inside a longer word (制造商,
/// 办公室, 营销力度) it is only a modifier.
fn is_field_word(doc: &Document, m: &Mention, sectors: &[(usize, usize)]) -> bool {
    if modifier_of_longer_word(doc, m) {
        return false;
    }
    // 40家银行, 多家券商: a count of firms of the trade, not the trade.
    if m.span.start > 0 && matches!(doc.chars[m.span.start - 1], '家' | '个' | '所') {
        return false;
    }
    if m.rule == Rule::PATTERN_SECTOR_COMPOUND || m.rule == Rule::PATTERN_SECTOR_FIELD {
        return true;
    }
    field_follows(doc, m) || listed_with_sectors(doc, m, sectors) || applied_field(doc, m)
}

/// 金融科技, 半导体, 新能源汽车: a compound trade name names its trade
/// wherever it stands as a noun of its own; only the short everyday words
/// (医疗, 制造, 软件) and the names of things (机器人, 数据中心) need a frame.
fn named_trade(doc: &Document, m: &Mention, dictionary: &Dictionary) -> bool {
    let Some(id) = m.entry else { return false };
    let label = &dictionary.entry(id).label;
    // 智驾, 地产, 锂电: a short spelling is as open as the short words.
    let short = m.text.chars().count() < 3;
    let framed = crate::cues::FRAMED_SECTOR_WORDS.contains(&label.as_str())
        || crate::cues::OPEN_FIELD_WORDS.contains(&label.as_str());
    // 三家消费电子, 两台人形机器人: a count of firms or things.
    let counted = m.span.start > 0 && matches!(doc.chars[m.span.start - 1], '家' | '个' | '所' | '台' | '辆' | '部');
    !short && !framed && !counted && noun_ends_here(doc, m.span.end)
}

/// 半导体、光伏, 云计算与AI, 具身智能的智元: the word ends its noun; in
/// 新能源乘用车, 量化投资总监, 端侧AI能力 it only modifies the noun after it.
fn noun_ends_here(doc: &Document, end: usize) -> bool {
    let mut at = end.min(doc.chars.len());
    while doc.chars.get(at) == Some(&' ') {
        at += 1;
    }
    // SaaS (软件即服务)产品: a gloss in brackets does not end the noun.
    if matches!(doc.chars.get(at), Some('(' | '（')) {
        let close = doc.chars[at..].iter().take(20).position(|c| matches!(c, ')' | '）'));
        if let Some(close) = close {
            at += close + 1;
            while doc.chars.get(at) == Some(&' ') {
                at += 1;
            }
        }
    }
    let Some(&next) = doc.chars.get(at) else { return true };
    let after: String = doc.chars[at..].iter().take(4).collect();
    !(next.is_alphanumeric())
        || crate::cues::NOUN_END_FOLLOWERS.contains(&next)
        || crate::cues::FIELD_NOUNS.iter().any(|f| after.starts_with(f))
}

/// 人工智能, 科技, 算力: words for a whole wave of technology, which news
/// uses of nearly anything (人工智能领域的竞争, 科技公司); see
/// `cues::OPEN_FIELD_WORDS`.
fn is_open_field_word(m: &Mention, dictionary: &Dictionary) -> bool {
    m.entry.is_some_and(|id| crate::cues::OPEN_FIELD_WORDS.contains(&dictionary.entry(id).label.as_str()))
}

/// 人工智能的发展, 科技公司: an open field word outside its frames is no
/// mention at all, so that it stands in no relation or fact rule's way.
pub fn drop_open_field_words(mentions: &mut Vec<Mention>, dictionary: &Dictionary) {
    mentions.retain(|m| {
        m.kind != EntityType::Sector || m.rule == Rule::DICT_SECTOR_SCOPE || !is_open_field_word(m, dictionary)
    });
}

/// 科技板块, 算力概念股, 半导体、人工智能、机器人: an open field word is a
/// sector where the market trades it as one or a list of sectors holds it.
fn market_or_list_field(doc: &Document, m: &Mention, sectors: &[(usize, usize)]) -> bool {
    if m.span.start > 0 && matches!(doc.chars[m.span.start - 1], '家' | '个' | '所') {
        return false;
    }
    let after: String = doc.chars[m.span.end.min(doc.chars.len())..].iter().take(3).collect();
    crate::cues::MARKET_FIELD_NOUNS.iter().any(|f| after.starts_with(f)) || listed_with_sectors(doc, m, sectors)
}

/// 制造商, 办公室, 化工具: the next char makes the sector word part of a noun.
fn modifier_of_longer_word(doc: &Document, m: &Mention) -> bool {
    let after: String = doc.chars[m.span.end.min(doc.chars.len())..].iter().take(3).collect();
    crate::cues::SECTOR_NOUN_CONTINUATIONS.iter().any(|w| after.starts_with(w))
}

/// 政务、金融、制造: another sector word right before or after, joined by
/// 、/和/及/与.
fn listed_with_sectors(doc: &Document, m: &Mention, sectors: &[(usize, usize)]) -> bool {
    let joined = |a: usize, b: usize| {
        let between: String = doc.chars[a..b].iter().collect();
        matches!(between.as_str(), "、" | "和" | "及" | "与" | "以及" | ",")
    };
    sectors.iter().any(|&(s, e)| {
        (e <= m.span.start && m.span.start - e <= 2 && joined(e, m.span.start))
            || (s >= m.span.end && s - m.span.end <= 2 && joined(m.span.end, s))
    })
}

/// AI+医疗, AI医疗, 智慧医疗, 赋能金融, 应用于医疗.
fn applied_field(doc: &Document, m: &Mention) -> bool {
    let before: String = doc.chars[m.span.start.saturating_sub(6)..m.span.start].iter().collect();
    crate::cues::FIELD_MARKERS_BEFORE.iter().any(|w| before.ends_with(w))
}

fn field_follows(doc: &Document, m: &Mention) -> bool {
    let after: String = doc.chars[m.span.end.min(doc.chars.len())..].iter().take(12).collect();
    let field = |s: &str| ["领域", "行业", "场景", "板块", "赛道", "产业"].iter().any(|f| s.starts_with(f));
    if field(&after) {
        return true;
    }
    // 通信行业的5G基站: a curated spelling that holds the field noun itself.
    if ["领域", "行业", "产业", "赛道"].iter().any(|f| m.text.ends_with(f) && m.text.chars().count() > 2) {
        return true;
    }
    // 短视频平台, 钢铁上市公司: the field the platforms or firms are in.
    if crate::cues::FIELD_FIRM_NOUNS.iter().any(|f| after.starts_with(f)) {
        return true;
    }
    // Walk a list: (、X)* 等 领域, with only short sector-like items between.
    let mut rest = after.as_str();
    while let Some(stripped) = rest.strip_prefix('、').or_else(|| rest.strip_prefix('和')) {
        let item_len = stripped.chars().take_while(|c| !matches!(c, '、' | '和' | '等' | ',' | '。')).count();
        if item_len == 0 || item_len > 4 {
            return false;
        }
        rest = &stripped[stripped.char_indices().nth(item_len).map_or(stripped.len(), |(b, _)| b)..];
    }
    rest.strip_prefix('等').is_some_and(field)
}

/// Sector words inside an application's own name (讯飞星火医疗大模型 is
/// for 医疗): a Sector mention is added within the name.
pub fn sectors_in_names(mentions: &mut Vec<Mention>, dictionary: &Dictionary) {
    let sectors: Vec<(usize, &str)> = dictionary
        .entries()
        .iter()
        .enumerate()
        // Only broad fields: 矿山 in 盘古矿山大模型 is a use, the field is 能源.
        .filter(|(_, e)| e.kind == EntityType::Sector && crate::cues::BROAD_SECTORS.contains(&e.label.as_str()))
        .flat_map(|(id, e)| e.names().filter(|n| n.chars().count() >= 2).map(move |n| (id, n)))
        .collect();
    let mut extra = Vec::new();
    for m in mentions.iter() {
        if !matches!(m.kind, EntityType::Deployment | EntityType::Model)
            || !(m.text.ends_with("大模型") || m.text.ends_with("助手"))
        {
            continue;
        }
        for &(id, name) in &sectors {
            if let Some(byte) = m.text.find(name) {
                let start = m.span.start + m.text[..byte].chars().count();
                let span = crate::model::Span::new(start, start + name.chars().count());
                extra.push(Mention {
                    surface: name.to_string(),
                    text: name.to_string(),
                    kind: EntityType::Sector,
                    span,
                    sentence: m.sentence,
                    entry: Some(id),
                    family: None,
                    alias_of: None,
                    rule: Rule::DICT_SECTOR_IN_NAME,
                    confidence: Rule::DICT_SECTOR_IN_NAME.prior,
                });
                break;
            }
        }
    }
    mentions.extend(extra);
    mentions.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
}
