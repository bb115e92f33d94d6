//! Stage 4: relations between mentions, and the numbers stated about them.
//!
//! Works on mentions (not yet merged into entities), one sentence at a time
//! with a little memory of the sentence before: what a pronoun (其, 该模型,
//! 这款应用) points to, what the paragraph is about. [`rules`] holds the
//! relation patterns, [`facts`] the numeric facts, [`numbers`] the parsing
//! of Chinese numbers and periods.

pub mod facts;
pub mod numbers;
pub mod rules;
#[cfg(test)]
mod tests;

use crate::dictionary::Dictionary;
use crate::model::{EntityType, Mention, Predicate, Span};
use crate::normalize::Document;
use crate::rule::Rule;
use crate::segment::Token;

/// A relation between two mentions (indices into the mention list).
#[derive(Debug, Clone, PartialEq)]
pub struct RelationCandidate {
    pub subject: usize,
    pub predicate: Predicate,
    pub object: usize,
    pub sentence: usize,
    /// The sentence (doc char span) that states it.
    pub evidence: Span,
    pub rule: Rule,
    pub confidence: f32,
    pub hedged: bool,
}

/// A numeric fact about a mention.
#[derive(Debug, Clone, PartialEq)]
pub struct FactCandidate {
    pub subject: usize,
    pub metric: String,
    pub value: f64,
    pub unit: String,
    pub date: Option<String>,
    pub sentence: usize,
    /// Where the number is (doc char span).
    pub evidence: Span,
    pub rule: Rule,
    pub confidence: f32,
    /// Forecasts and plans: kept apart from the facts.
    pub hedged: bool,
}

#[derive(Debug, Default)]
pub struct Related {
    pub relations: Vec<RelationCandidate>,
    pub facts: Vec<FactCandidate>,
}

/// Words that make a statement a plan, a forecast or a rumour.
pub fn is_hedged(text: &str) -> bool {
    // One pass of a literal automaton instead of a search per word: this
    // runs for every sentence and clause.
    static ANY_HEDGE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    ANY_HEDGE
        .get_or_init(|| regex::Regex::new(&crate::cues::HEDGES.join("|")).expect("literal words compile"))
        .is_match(text)
}

/// Whether `text` is still hedged once `words` are taken out of it: 预计
/// alone only estimates, 预计…有望 also forecasts.
pub fn hedged_beyond(text: &str, words: &[&str]) -> bool {
    is_hedged(&words.iter().fold(text.to_string(), |t, w| t.replace(w, "")))
}

/// The indices of one sentence's mentions. Mentions come in text order, so
/// this is a binary search, not a scan: articles can be long.
pub fn sentence_members(mentions: &[Mention], sentence: usize) -> std::ops::Range<usize> {
    let start = mentions.partition_point(|m| m.sentence < sentence);
    let end = mentions.partition_point(|m| m.sentence <= sentence);
    start..end.max(start)
}

/// The relations and figures of one article; `tokens` are each sentence's
/// words (figures read them to tell a name that heads its phrase from one
/// that modifies the next word); `home` is the curated label of the place
/// the article's domestic words (国内, 国产, 本土) stand for
/// ([`outlet_home`]).
pub fn relate(
    doc: &Document,
    tokens: &[Vec<Token>],
    mentions: &[Mention],
    dictionary: &Dictionary,
    home: Option<&str>,
) -> Related {
    let mut related = Related::default();
    rules::apply(doc, mentions, dictionary, home, &mut related.relations);
    distribute_over_lists(doc, mentions, dictionary, &mut related.relations);
    facts::extract(doc, tokens, mentions, &mut related.facts);
    related
}

/// The place an article's outlet is at home in, which its domestic words
/// (国内, 国产, 本土) stand for: named by the document's outlet prefix when
/// it has one (`cn_…` mainland China; `hk_…` also mainland China, since a
/// Hong Kong paper's 國內/國產 is the mainland's and it says 本港 for its
/// own city; `tw_…` Taiwan), else mainland China for an article in
/// simplified script; a traditional-script article of unknown outlet has
/// none.
pub fn outlet_home(name: &str, doc: &Document) -> Option<&'static str> {
    let name = name.rsplit(['/', '\\']).next().unwrap_or(name);
    if name.starts_with("cn_") || name.starts_with("hk_") {
        Some("中国")
    } else if name.starts_with("tw_") {
        Some("台湾")
    } else if doc.is_traditional() {
        None
    } else {
        Some("中国")
    }
}

/// A relation stated once for a coordinated list holds for each member:
/// 启明创投领投，君联资本、顺为资本和高瓴创投跟投 gives three investors;
/// 微信读书、QQ浏览器和腾讯文档均已接入混元 three users of one model.
/// The rules find the relation for the member next to the cue; this carries
/// it to the members joined to it by 、/和/及/以及/与 (brackets after a
/// member, such as 月之暗面(Kimi), are skipped), never past a clause break
/// or 等, and never to a member that is the relation's other end.
pub fn distribute_over_lists(
    doc: &Document,
    mentions: &[Mention],
    dictionary: &Dictionary,
    relations: &mut Vec<RelationCandidate>,
) {
    let lists = coordinated_lists(doc, mentions);
    if lists.is_empty() {
        return;
    }
    let list_of = |i: usize| lists.iter().find(|l| l.contains(&i));
    let mut extra = Vec::new();
    // Only what a sentence states with a cue word carries over; a curated
    // link or a name's own shape (阿里云 of 阿里巴巴, Qwen3 of Qwen) is
    // about that one name.
    for r in relations.iter().filter(|r| crate::cues::LIST_DISTRIBUTED_RULES.contains(&r.rule)) {
        // 包括巴伦资本、美国风投公司Valor、Atreides: a place and a kind of
        // firm that open a member inside a longer list describe that member
        // alone, not the ones listed after it.
        if r.predicate == Predicate::LocatedIn
            && r.rule == Rule::REL_NATIONALITY
            && mentions[r.object].span.start > 0
            && doc.chars.get(mentions[r.object].span.start - 1) == Some(&'、')
        {
            continue;
        }
        for (end, other) in [(r.subject, r.object), (r.object, r.subject)] {
            let Some(list) = list_of(end) else { continue };
            if list.contains(&other) {
                continue;
            }
            for &member in list.iter().filter(|&&m| m != end) {
                let (subject, object) = if end == r.subject { (member, other) } else { (other, member) };
                let kinds_fit = r.predicate.accepts(mentions[subject].kind, mentions[object].kind);
                // 美国政治新闻网站Politico、路透社: a member the dictionary
                // homes in another country is not of the place said of the first.
                let homed_elsewhere = r.predicate == Predicate::LocatedIn
                    && mentions[subject]
                        .entry
                        .zip(mentions[object].entry)
                        .is_some_and(|(f, p)| dictionary.homed_elsewhere(f, p));
                if kinds_fit && !homed_elsewhere && mentions[subject].text != mentions[object].text {
                    extra.push(RelationCandidate {
                        subject,
                        object,
                        rule: Rule::REL_LIST,
                        confidence: r.confidence * Rule::REL_LIST.prior,
                        ..r.clone()
                    });
                }
            }
        }
    }
    for candidate in extra {
        let known = relations.iter().any(|r| {
            r.subject == candidate.subject && r.object == candidate.object && r.predicate == candidate.predicate
        });
        if !known {
            relations.push(candidate);
        }
    }
}

/// Runs of mentions of one kind (actors count as one kind) joined only by
/// list separators, as indices into `mentions`.
fn coordinated_lists(doc: &Document, mentions: &[Mention]) -> Vec<Vec<usize>> {
    let same_kind = |a: &Mention, b: &Mention| a.kind == b.kind || (a.kind.is_actor() && b.kind.is_actor());
    let mut lists: Vec<Vec<usize>> = Vec::new();
    let mut current: Vec<usize> = Vec::new();
    for i in 0..mentions.len() {
        // 与A、欧洲信贷机构B、C: a member described by its place and a kind
        // of firm; the place is part of the member's description, no break
        // (it waits: the member after it joins the list).
        let bridged = |prev: usize, place: usize, next: usize| {
            place == prev + 1 && next == place + 1 && place_described_member(doc, mentions, prev, place, next)
        };
        if current.last().is_some_and(|&prev| bridged(prev, i, i + 1)) {
            continue;
        }
        let joined = current.last().is_some_and(|&prev| {
            let (a, b) = (&mentions[prev], &mentions[i]);
            a.sentence == b.sentence
                && same_kind(a, b)
                && a.span.end <= b.span.start
                && is_list_separator(&doc.chars[a.span.end..b.span.start])
                || i >= 2 && bridged(prev, i - 1, i)
        });
        if !joined {
            if current.len() > 1 {
                lists.push(std::mem::take(&mut current));
            }
            current.clear();
        }
        current.push(i);
    }
    if current.len() > 1 {
        lists.push(current);
    }
    // A和B深度融合: the two sides of one act (not A和B都是C的合作伙伴: the
    // act is with the name after them).
    lists.retain(|list| {
        let last_index = *list.last().expect("lists have members");
        let last = &mentions[last_index];
        let sentence_end = doc.sentences[last.sentence].span.end;
        let next_name = mentions.get(last_index + 1).map_or(sentence_end, |m| m.span.start.max(last.span.end));
        let end = sentence_end.min(last.span.end + 12).min(next_name);
        let after: String = doc.chars[last.span.end..end].iter().collect();
        // 雷鸟创新、云天励飞与闪极科技的合作: the last member pairs with the
        // name after it; the list is no list of one side.
        if end == next_name && matches!(after.trim(), "与" | "和" | "同" | "跟") {
            return false;
        }
        let clause = after.split([',', ';', ':', '。']).next().unwrap_or("");
        // 完成与A和B的深度适配: a list after 与 is one side of the act, the
        // other side came before it.
        let first = &mentions[list[0]];
        let lead_from = doc.sentences[first.sentence].span.start.max(first.span.start.saturating_sub(1));
        if matches!(doc.chars[lead_from..first.span.start], ['与'] | ['同'] | ['跟']) {
            return true;
        }
        !crate::cues::RECIPROCAL_VERBS.iter().any(|v| clause.contains(v))
    });
    lists
}

/// 、 和 及 以及 与 (and ", 以及"), after an optional bracket: 月之暗面(Kimi)、.
pub(crate) fn is_list_separator(between: &[char]) -> bool {
    let text: String = between.iter().collect();
    let text = match text.strip_prefix('(') {
        Some(rest) => match rest.find(')') {
            Some(close) if rest[..close].chars().count() <= 12 => rest[close + 1..].to_string(),
            _ => return false,
        },
        None => text,
    };
    let text = text.trim_matches([' ', '「', '」', '“', '”', '"', '《', '》']);
    crate::cues::LIST_SEPARATORS.contains(&text) || separator_and_descriptor(text)
}

/// 、欧洲信贷机构B after actor A: an enumeration comma, a place, then a short run
/// of Han chars (no 的) ending in a kind of firm, and actor B.
fn place_described_member(doc: &Document, mentions: &[Mention], prev: usize, place: usize, next: usize) -> bool {
    let (Some(a), Some(p), Some(b)) = (mentions.get(prev), mentions.get(place), mentions.get(next)) else {
        return false;
    };
    if !(a.kind.is_actor() && p.kind == EntityType::Place && b.kind.is_actor() && a.sentence == b.sentence)
        || a.span.end > p.span.start
        || p.span.end > b.span.start
    {
        return false;
    }
    let lead: String = doc.chars[a.span.end..p.span.start].iter().collect();
    let between = &doc.chars[p.span.end..b.span.start];
    let text: String = between.iter().collect();
    // (Only 、: after ，以及 the place may frame the member alone.)
    lead.trim() == "、"
        && (2..=8).contains(&between.len())
        && between.iter().all(|c| ('\u{4E00}'..='\u{9FFF}').contains(c))
        && !text.contains('的')
        && crate::cues::MEMBER_DESCRIPTOR_KINDS.iter().chain(crate::cues::FIRM_NOUNS).any(|k| text.ends_with(k))
}

/// 、多模态推理模型 between two models: a separator, then a short descriptor
/// of the next member that ends in a kind noun (no 的, no verb phrase: only
/// Han and Latin letters).
pub(crate) fn separator_and_descriptor(text: &str) -> bool {
    crate::cues::LIST_SEPARATORS.iter().any(|sep| {
        text.strip_prefix(sep).is_some_and(|rest| {
            let n = rest.chars().count();
            (2..=10).contains(&n)
                && !rest.contains('的')
                && rest.chars().all(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c) || c.is_ascii_alphanumeric())
                && crate::cues::MEMBER_DESCRIPTOR_KINDS.iter().any(|k| rest.ends_with(k))
        })
    })
}
